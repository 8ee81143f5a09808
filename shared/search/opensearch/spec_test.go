package opensearch

import (
	"bytes"
	"context"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/opensearch/ostest"
)

// looseSpec is the specification as published, without the closed-object
// patch, for checking answers: closing response schemas makes one nested
// mismatch cascade into "false schema" on every property of the answer,
// which hides the real problem.
var looseSpec = func() func(t testing.TB) *ostest.Spec {
	var once sync.Once
	var spec *ostest.Spec
	var err error
	return func(t testing.TB) *ostest.Spec {
		t.Helper()
		needSpec(t)
		once.Do(func() {
			path, _ := ostest.SpecPath()
			spec, err = ostest.LoadSpec(path, false)
		})
		if err != nil {
			t.Fatal(err)
		}
		return spec
	}
}()

// TestSpecRejects shows that the validation is not vacuous: requests with
// mistakes the adapter once made or could make are refused, with a message
// that names the problem.
func TestSpecRejects(t *testing.T) {
	spec := needSpec(t)
	cases := []struct {
		name, method, path, ct, body, want string
	}{
		{"null bool filter (the adapter's first version sent it)", "POST", "/plaza-documents/_search", "application/json",
			`{"query":{"bool":{"must":[{"match_all":{}}],"filter":null}}}`, "/query/bool/filter: got null"},
		{"ambiguous _score sort object", "POST", "/plaza-documents/_search", "application/json",
			`{"sort":[{"_score":{"order":"desc"}}]}`, "'oneOf' failed"},
		{"misspelt query type (caught by the closed-object patch)", "POST", "/plaza-documents/_search", "application/json",
			`{"query":{"simple_query_strng":{"query":"x"}}}`, "/query/simple_query_strng: false schema"},
		{"misspelt highlight option", "POST", "/plaza-documents/_search", "application/json",
			`{"highlight":{"pre_tag":["<mark>"],"fields":{"body":{}}}}`, "/highlight/pre_tag: false schema"},
		{"size as a string", "POST", "/plaza-documents/_search", "application/json",
			`{"size":"20"}`, "/size: got string, want integer"},
		{"unknown sort order", "POST", "/plaza-documents/_search", "application/json",
			`{"sort":[{"approved_at":{"order":"newest"}}]}`, "order: value must be one of 'asc', 'desc'"},
		{"unknown version_type", "PUT", "/plaza-documents/_doc/6110000:A?version=2&version_type=externall", "application/json",
			`{"title":"x"}`, "value must be 'external_gte'"},
		{"unknown bulk action", "POST", "/plaza-documents/_bulk", "application/x-ndjson",
			"{\"upsert\":{\"_id\":\"1\"}}\n{\"title\":\"x\"}\n", "not a bulk action"},
		{"bulk body without final newline", "POST", "/plaza-documents/_bulk", "application/x-ndjson",
			"{\"delete\":{\"_id\":\"1\"}}", "newline"},
		{"alias action misspelt", "POST", "/_aliases", "application/json",
			`{"actions":[{"swap":{"index":"a","alias":"b"}}]}`, "actions"},
		{"no such endpoint", "POST", "/plaza-documents/_searchh", "application/json", `{}`, "no such operation"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, _ := http.NewRequest(c.method, "http://localhost"+c.path, bytes.NewBufferString(c.body))
			r.Header.Set("Content-Type", c.ct)
			_, err := spec.Validate(context.Background(), r, []byte(c.body))
			if err == nil {
				t.Fatalf("accepted %s", c.body)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error does not mention %q:\n%v", c.want, err)
			}
		})
	}
	// And the forms the adapter uses instead pass.
	for _, body := range []string{
		`{"sort":[{"_score":"desc"},{"approved_at":{"order":"desc"}},{"uid":{"order":"asc"}}]}`,
		`{"query":{"bool":{"must":[{"match_all":{}}],"filter":[]}}}`,
	} {
		r, _ := http.NewRequest("POST", "http://localhost/plaza-documents/_search", bytes.NewBufferString(body))
		r.Header.Set("Content-Type", "application/json")
		if _, err := spec.Validate(context.Background(), r, []byte(body)); err != nil {
			t.Errorf("%s: %v", body, err)
		}
	}
}

// TestEveryRequestKindIsValidated runs every kind of request the adapter
// sends through the validating server, with the emulator's answers checked
// against the specification's response schemas too, and checks that each
// operation was in fact exercised.
func TestEveryRequestKindIsValidated(t *testing.T) {
	ctx := context.Background()
	x, srv := newTestIndex(t, nil, nil)
	srv.ResponseSpec = looseSpec(t)
	mustEnsure(t, x)
	docs := corpus()
	if err := x.Bulk(ctx, docs[:4]); err != nil {
		t.Fatal(err)
	}
	if err := x.Index(ctx, docs[4]); err != nil {
		t.Fatal(err)
	}
	queries := []search.Query{
		{Text: `정보공개 "추진계획"`, Org: "6110000", Department: "1100123", Type: "plan", Grade: "public",
			From: docs[0].ApprovedAt.AddDate(-1, 0, 0), To: docs[0].ApprovedAt.AddDate(1, 0, 0), Size: 1},
		{Text: "주차장", Sort: search.SortDate, Page: 2, Size: 1},
		// Another organization's department of the same id: the filter
		// pairs them, and the facets nest departments in organizations.
		{Org: "3220000", Department: "1100123"},
		{},
	}
	for _, q := range queries {
		r, err := x.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if r.Next != "" {
			q.After = r.Next
			if _, err := x.Search(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := x.Related(ctx, "6110000", "P-2", 5); err != nil {
		t.Fatal(err)
	}
	if _, err := x.Suggest(ctx, "정보", 5); err != nil {
		t.Fatal(err)
	}
	if err := x.Delete(ctx, "6110000", "P-5", 1); err != nil {
		t.Fatal(err)
	}
	if err := x.BulkDelete(ctx, []search.Doc{{Org: "6110000", ID: "P-4", Version: 1}}); err != nil {
		t.Fatal(err)
	}
	if err := x.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := x.Reindex(ctx); err != nil {
		t.Fatal(err)
	}
	if err := x.DeleteIndex(ctx, "plaza-documents-v1"); err != nil {
		t.Fatal(err)
	}
	ops := srv.Operations()
	var got []string
	for op := range ops {
		got = append(got, strings.SplitN(op, ".", 2)[0]+"."+strings.Split(strings.SplitN(op, ".", 2)[1], ".")[0])
	}
	sort.Strings(got)
	for _, want := range []string{
		"indices.put_index_template", "indices.get_alias", "indices.create", "indices.update_aliases",
		"indices.delete", "indices.refresh", "bulk.", "index.", "delete.", "get.", "search.", "reindex.",
	} {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g+".", want) || strings.HasPrefix(g, want) }) {
			t.Errorf("operation %s never exercised; saw %v", want, ops)
		}
	}
	t.Logf("validated operations: %v", ops)
}

// TestBodyValidatorsAgree checks that the schemas compiled once (used by
// every other test, for speed) judge bodies as kin-openapi's own
// ValidateRequest does, on the adapter's real bodies and on bad ones.
func TestBodyValidatorsAgree(t *testing.T) {
	spec := needSpec(t)
	x, err := New(context.Background(), Config{Endpoint: "http://localhost"})
	if err != nil {
		t.Fatal(err)
	}
	type req struct{ method, path, ct, body string }
	var reqs []req
	for _, q := range []search.Query{
		{Text: `정보공개 "추진 계획"`, Org: "3220000", Department: "1100123", Type: "plan", Grade: "public", Size: 5, Page: 2},
		{Sort: search.SortDate},
	} {
		b, err := SearchBody(q)
		if err != nil {
			t.Fatal(err)
		}
		reqs = append(reqs, req{"POST", "/plaza-documents/_search", "application/json", string(mustJSON(b))})
	}
	reqs = append(reqs,
		req{"POST", "/plaza-documents/_search", "application/json", string(mustJSON(SuggestBody("정보")))},
		req{"PUT", "/_index_template/plaza-documents", "application/json", string(x.Template())},
		req{"POST", "/plaza-documents/_bulk", "application/x-ndjson", "{\"index\":{\"_id\":\"6110000:A\",\"version\":2,\"version_type\":\"external\"}}\n{\"title\":\"x\"}\n{\"delete\":{\"_id\":\"6110000:B\",\"version\":3,\"version_type\":\"external_gte\"}}\n"},
		req{"POST", "/plaza-documents/_search", "application/json", `{"query":{"bool":{"must":[{"match_all":{}}],"filter":null}}}`},
		req{"POST", "/plaza-documents/_search", "application/json", `{"query":{"simple_query_strng":{"query":"x"}}}`},
		req{"POST", "/plaza-documents/_search", "application/json", `{"sort":[{"_score":{"order":"desc"}}]}`},
		req{"POST", "/_aliases", "application/json", `{"actions":[{"swap":{"index":"a","alias":"b"}}]}`},
	)
	valid := 0
	for _, r := range reqs {
		verdict := [2]bool{}
		for i, kin := range []bool{false, true} {
			hr, _ := http.NewRequest(r.method, "http://localhost"+r.path, bytes.NewBufferString(r.body))
			hr.Header.Set("Content-Type", r.ct)
			_, err := spec.ValidateMode(context.Background(), hr, []byte(r.body), kin)
			verdict[i] = err == nil
		}
		if verdict[0] != verdict[1] {
			t.Errorf("%s %s %.200s: compiled-once says valid=%v, kin-openapi says valid=%v", r.method, r.path, r.body, verdict[0], verdict[1])
		}
		if verdict[0] {
			valid++
		}
	}
	if valid != 5 {
		t.Errorf("%d bodies valid, want the adapter's 5", valid)
	}
}
