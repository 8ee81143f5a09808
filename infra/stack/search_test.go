package stack

import (
	"slices"
	"strings"
	"testing"
)

// TestFunctionsGivenTheSearchEndpointCanReachIt checks the three things a
// function needs before a request to OpenSearch succeeds, together: the
// endpoint in its environment, an identity policy allowing the es:ESHttp*
// actions it uses on the domain, and the domain's own access policy
// admitting its role. Any one missing fails at run time only (the monitor
// once logged ErrNoSearch for want of the first).
func TestFunctionsGivenTheSearchEndpointCanReachIt(t *testing.T) {
	// The actions each stage needs: reads search with GET and POST
	// (_search, _count), the index stage also writes and deletes.
	read := []string{"es:ESHttpGet", "es:ESHttpPost"}
	write := append([]string{"es:ESHttpPut", "es:ESHttpDelete"}, read...)
	want := map[string][]string{Index: write, API: read, Monitor: write}
	for _, c := range []struct {
		name string
		tp   tmpl
	}{{"dev", fixture.devJSON}, {"prod", fixture.prodJSON}} {
		// GIVEN the stack's search domain and its access policy
		domain := idOf(t, c.tp, "AWS::OpenSearchService::Domain", "Search")
		admitted := map[string]bool{}
		for _, st := range list(props(c.tp.resources()[domain])["AccessPolicies"].(map[string]interface{})["Statement"]) {
			s := st.(map[string]interface{})
			for _, pr := range list(s["Principal"].(map[string]interface{})["AWS"]) {
				admitted[render(pr)] = true
			}
		}
		for _, fn := range Functions() {
			// WHEN a function is synthesized
			id := idOf(t, c.tp, "AWS::Lambda::Function", title(fn)+"Function")
			vars := props(c.tp.resources()[id])["Environment"].(map[string]interface{})["Variables"].(map[string]interface{})
			_, hasEndpoint := vars[EnvOpenSearchEndpoint]
			role := c.tp.functionRole(id)
			var actions []string
			for _, g := range c.tp.roleGrants(role) {
				if strings.HasPrefix(g.Action, "es:") && strings.Contains(g.Resource, "<"+domain+".Arn>") {
					actions = append(actions, g.Action)
				}
			}
			isAdmitted := admitted["<"+role+".Arn>"]
			// THEN the functions that use search have all three, the others none
			_, uses := want[fn]
			if hasEndpoint != uses || isAdmitted != uses || (len(actions) > 0) != uses {
				t.Errorf("%s %s: endpoint %v, es actions %v, admitted by the domain %v; want all or nothing (uses search: %v)",
					c.name, fn, hasEndpoint, actions, isAdmitted, uses)
			}
			// AND their policy allows what their stage sends
			for _, a := range want[fn] {
				if !slices.Contains(actions, a) {
					t.Errorf("%s %s: no %s on the domain (has %v)", c.name, fn, a, actions)
				}
			}
			// AND the api, which faces the Internet, cannot change the index
			if fn == API {
				for _, a := range actions {
					if a == "es:ESHttpPut" || a == "es:ESHttpDelete" || a == "es:*" {
						t.Errorf("%s api: may %s on the domain", c.name, a)
					}
				}
			}
		}
	}
}
