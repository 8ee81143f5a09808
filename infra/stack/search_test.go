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
	uses := map[string]bool{Index: true, API: true, Monitor: true, Notify: true, Setup: true}
	for _, c := range []struct {
		name string
		tp   tmpl
	}{{"dev", fixture.devJSON}, {"prod", fixture.prodJSON}} {
		// GIVEN the stack's search domain and its access policy
		domain := idOf(t, c.tp, "AWS::OpenSearchService::Domain", "Search")
		admitted := map[string]bool{}
		for _, st := range domainStatements(c.tp, domain) {
			if st.effect == "Allow" {
				for _, pr := range st.principals {
					admitted[pr] = true
				}
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
			// THEN the functions that use search have all three, the others none
			if hasEndpoint != uses[fn] || admitted["<"+role+".Arn>"] != uses[fn] || (len(actions) > 0) != uses[fn] {
				t.Errorf("%s %s: endpoint %v, es actions %v, admitted by the domain %v; want all or nothing (uses search: %v)",
					c.name, fn, hasEndpoint, actions, admitted["<"+role+".Arn>"], uses[fn])
			}
		}
	}
}

// TestSearchGrantsPerRoleHold evaluates requests to the domain as IAM does
// within one account: a request is allowed when the role's identity
// policy or the domain's access policy allows it, unless either denies it
// explicitly. So a wide grant in either policy would show here, as the
// domain policy's grant of every verb to the api once did.
func TestSearchGrantsPerRoleHold(t *testing.T) {
	type req struct{ verb, path string }
	alias := SearchAlias
	search, count := req{"POST", alias + "/_search"}, req{"GET", alias + "/_search"}
	get := req{"GET", alias + "/_doc/6110000:SEOUL-INFO-2014-001234"}
	put := req{"PUT", alias + "/_doc/6110000:SEOUL-INFO-2014-001234"}
	del := req{"DELETE", alias + "/_doc/6110000:SEOUL-INFO-2014-001234"}
	bulk := req{"POST", alias + "/_bulk"}
	rootBulk := req{"POST", "_bulk"}
	postDoc := req{"POST", alias + "/_doc/x"}
	refresh := req{"POST", alias + "/_refresh"}
	template := req{"PUT", "_index_template/" + alias}
	createIndex := req{"PUT", alias + "-v2"}
	aliases := req{"POST", "_aliases"}
	security := req{"PUT", "_plugins/_security/api/rolesmapping/all_access"}
	dropIndex := req{"DELETE", alias + "-v1"}
	otherIndex := req{"POST", "other/_search"}
	snapshot := req{"PUT", "_snapshot/x"}
	all := []req{search, count, get, put, del, bulk, rootBulk, postDoc, refresh, template, createIndex, aliases, security, dropIndex, otherIndex, snapshot}
	allowed := map[string][]req{
		API:     {search, count, get},
		Notify:  {search, count, get}, // the weekly digest's searches
		Index:   {search, count, get, put, del, bulk, postDoc, refresh},
		Monitor: {search, count, get, put, del, bulk, postDoc, refresh},
		Setup:   all,
		Ingest:  nil, Redact: nil,
	}
	for _, c := range []struct {
		name string
		tp   tmpl
	}{{"dev", fixture.devJSON}, {"prod", fixture.prodJSON}} {
		domain := idOf(t, c.tp, "AWS::OpenSearchService::Domain", "Search")
		policy := domainStatements(c.tp, domain)
		for fn, want := range allowed {
			role := c.tp.functionRole(idOf(t, c.tp, "AWS::Lambda::Function", title(fn)+"Function"))
			identity := c.tp.roleGrants(role)
			for _, r := range all {
				// GIVEN a role WHEN it sends r THEN IAM's answer is the one
				// its stage needs, nothing wider
				got := searchDecision(identity, policy, "<"+role+".Arn>", "<"+domain+".Arn>", r.verb, r.path)
				if got != slices.Contains(want, r) {
					t.Errorf("%s %s: %s %s allowed=%v, want %v", c.name, fn, r.verb, r.path, got, !got)
				}
			}
		}
		// AND the denies that hold whatever an identity policy says are in
		// the domain's policy itself: the api may never PUT or DELETE
		if searchDecision([]grant{{Action: "es:*", Resource: "*"}}, policy, "<"+c.tp.functionRole(idOf(t, c.tp, "AWS::Lambda::Function", "ApiFunction"))+".Arn>", "<"+domain+".Arn>", "DELETE", alias+"-v1") {
			t.Errorf("%s: an api role granted es:* by its own policy could delete the index", c.name)
		}
	}
}

// statement is one statement of the domain's access policy.
type statement struct {
	effect     string
	principals []string
	actions    []string
	resources  []string
}

func domainStatements(tp tmpl, domain string) []statement {
	var out []statement
	doc := props(tp.resources()[domain])["AccessPolicies"].(map[string]interface{})
	for _, st := range list(doc["Statement"]) {
		s := st.(map[string]interface{})
		x := statement{effect: s["Effect"].(string)}
		for _, pr := range list(s["Principal"].(map[string]interface{})["AWS"]) {
			x.principals = append(x.principals, render(pr))
		}
		for _, a := range list(s["Action"]) {
			x.actions = append(x.actions, a.(string))
		}
		for _, r := range list(s["Resource"]) {
			x.resources = append(x.resources, render(r))
		}
		out = append(out, x)
	}
	return out
}

// searchDecision is IAM's answer, within one account, to a role sending
// verb path to the domain.
func searchDecision(identity []grant, policy []statement, role, domainArn, verb, path string) bool {
	action := "es:ESHttp" + verb[:1] + strings.ToLower(verb[1:])
	// The domain's policy names the domain by its ARN built from its name.
	resourceFromPolicy := func(r string) string {
		if i := strings.Index(r, ":domain/"); i >= 0 {
			rest := r[i+len(":domain/"):]
			if j := strings.IndexByte(rest, '/'); j >= 0 {
				return domainArn + rest[j:]
			}
			return domainArn
		}
		return r
	}
	target := domainArn + "/" + path
	allow := false
	for _, st := range policy {
		if !slices.Contains(st.principals, role) || !slices.ContainsFunc(st.actions, func(a string) bool { return pathMatch(a, action) }) {
			continue
		}
		if !slices.ContainsFunc(st.resources, func(r string) bool { return pathMatch(resourceFromPolicy(r), target) }) {
			continue
		}
		if st.effect == "Deny" {
			return false
		}
		allow = true
	}
	for _, g := range identity {
		if pathMatch(g.Action, action) && pathMatch(g.Resource, target) && g.Condition == "" {
			allow = true
		}
	}
	return allow
}

func TestSearchDecisionSeesWildcardsAndDenies(t *testing.T) {
	policy := []statement{
		{effect: "Allow", principals: []string{"<R.Arn>"}, actions: []string{"es:ESHttpGet"}, resources: []string{"arn:${AWS::Partition}:es:x:y:domain/d/a/*"}},
		{effect: "Deny", principals: []string{"<R.Arn>"}, actions: []string{"es:ESHttp*"}, resources: []string{"arn:${AWS::Partition}:es:x:y:domain/d/a/_secret"}},
	}
	for _, c := range []struct {
		identity   []grant
		verb, path string
		want       bool
	}{
		{nil, "GET", "a/_search", true},
		{nil, "GET", "b/_search", false},
		{nil, "PUT", "a/_doc/1", false},
		{[]grant{{Action: "es:*", Resource: "<D.Arn>/*"}}, "PUT", "a/_doc/1", true},
		{[]grant{{Action: "es:*", Resource: "<D.Arn>/*"}}, "GET", "a/_secret", false},
		{[]grant{{Action: "es:ESHttpPut", Resource: "<D.Arn>/*", Condition: "x"}}, "PUT", "b", false},
	} {
		if got := searchDecision(c.identity, policy, "<R.Arn>", "<D.Arn>", c.verb, c.path); got != c.want {
			t.Errorf("%v %s %s: %v", c.identity, c.verb, c.path, got)
		}
	}
}
