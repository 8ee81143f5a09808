package inquiry_test

import (
	"net/http"
	"testing"

	"github.com/seoul-plaza/plaza/shared/api"
	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
)

// localEnv is the one-machine stack: bbolt, a local key file, the outbox,
// the Service behind the API's handler.
func localEnv(t testing.TB) inquirytest.Env {
	env := inquirytest.LocalEnv(t)
	env.Serve = serveAPI
	return env
}

// serveAPI puts the Service behind the API, as the api function and the
// one-machine stack do.
func serveAPI(s *inquiry.Service, v auth.Verifier, addr func(*http.Request) string) http.Handler {
	return api.New(api.Deps{Inquiries: s, Auth: v, DefaultOrg: inquirytest.Org, ClientAddr: addr})
}

func TestFlowLocal(t *testing.T) { inquirytest.Flow(t, localEnv(t)) }

func TestOrgsLocal(t *testing.T) { inquirytest.Orgs(t, localEnv(t)) }
