package inquiry_test

import (
	"testing"

	"github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
)

// localEnv is the one-machine stack: bbolt, a local key file, the outbox.
func localEnv(t testing.TB) inquirytest.Env { return inquirytest.LocalEnv(t) }

func TestFlowLocal(t *testing.T) { inquirytest.Flow(t, localEnv(t)) }
