package opensearch

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/search/opensearch/ostest"
)

func TestEnsureAccessMapsTheRolesAndTurnsOnTheAuditLog(t *testing.T) {
	// GIVEN a domain under fine-grained access control, behind a server
	// that validates every request against the specification
	em := ostest.NewEmulator()
	srv := ostest.NewServer(t, needSpec(t), em)
	replicas := 0
	x, err := New(context.Background(), Config{Endpoint: srv.URL, HTTPClient: srv.Client(), Backoff: time.Millisecond, Replicas: &replicas})
	if err != nil {
		t.Fatal(err)
	}
	writers := []string{"arn:aws:iam::123456789012:role/index", "arn:aws:iam::123456789012:role/monitor"}
	readers := []string{"arn:aws:iam::123456789012:role/api"}
	// WHEN the deployment runs EnsureAccess twice (create, then update)
	for range 2 {
		if err := x.EnsureAccess(context.Background(), Access{Writers: writers, Readers: readers, Audit: true}); err != nil {
			t.Fatal(err)
		}
	}
	// THEN every request was a valid security API call (an invalid one
	// would have failed EnsureAccess with the server's 400)
	for _, r := range srv.Requests() {
		if r.Operation == "" {
			t.Errorf("%s %s: no operation of the specification", r.Method, r.Path)
		}
	}
	// AND each role is mapped to exactly its IAM roles
	for role, want := range map[string][]string{WriterRole: writers, ReaderRole: readers} {
		var m struct {
			BackendRoles []string `json:"backend_roles"`
		}
		if err := json.Unmarshal(em.Security("rolesmapping/"+role), &m); err != nil || !slices.Equal(m.BackendRoles, want) {
			t.Errorf("%s mapped to %v (%v), want %v", role, m.BackendRoles, err, want)
		}
	}
	// AND the reader may only read, the writer neither manage templates
	// nor aliases nor security
	var reader, writer struct {
		Index []struct {
			Patterns []string `json:"index_patterns"`
			Actions  []string `json:"allowed_actions"`
		} `json:"index_permissions"`
	}
	_ = json.Unmarshal(em.Security("roles/"+ReaderRole), &reader)
	_ = json.Unmarshal(em.Security("roles/"+WriterRole), &writer)
	if len(reader.Index) != 1 || !slices.Equal(reader.Index[0].Actions, []string{"read"}) || !slices.Equal(reader.Index[0].Patterns, []string{"plaza-documents", "plaza-documents-v*"}) {
		t.Errorf("reader role: %+v", reader)
	}
	for _, p := range writer.Index {
		for _, a := range p.Actions {
			if a == "indices_all" || a == "manage" || a == "manage_aliases" || a == "*" {
				t.Errorf("writer role may %s", a)
			}
		}
	}
	// AND the audit log is on, without request bodies
	var audit struct {
		Enabled bool `json:"enabled"`
		Audit   struct {
			Body bool `json:"log_request_body"`
			Rest bool `json:"enable_rest"`
		} `json:"audit"`
	}
	if err := json.Unmarshal(em.Security("audit/config"), &audit); err != nil || !audit.Enabled || !audit.Audit.Rest || audit.Audit.Body {
		t.Errorf("audit config: %+v (%v)", audit, err)
	}
	// AND the template carries the configured replicas
	var tpl struct {
		Template struct {
			Settings struct {
				Index struct {
					Replicas int `json:"number_of_replicas"`
				} `json:"index"`
			} `json:"settings"`
		} `json:"template"`
	}
	if err := json.Unmarshal(x.Template(), &tpl); err != nil || tpl.Template.Settings.Index.Replicas != 0 {
		t.Errorf("template replicas: %+v (%v)", tpl, err)
	}
}
