package opendata

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/search"
)

// TestCKANGoldenAnswers: each action's answer (and CKAN's error shapes)
// as a CKAN client receives it.
func TestCKANGoldenAnswers(t *testing.T) {
	e := newEnv(t)
	e.publish(t, corpus()...)
	cases := []struct {
		name, method, target, body string
		status                     int
	}{
		{"package_search.json", "GET", "/api/3/action/package_search", "", 200},
		{"package_search_q_fq_facets.json", "GET", "/api/3/action/package_search?q=" + url.QueryEscape("정보공개") +
			"&fq=" + url.QueryEscape(`organization:"6110000-1100123" AND year:2014`) + "&facet.field=" + url.QueryEscape(`["organization","groups","type","grade","year"]`), "", 200},
		{"package_search_groups_rows.json", "GET", "/api/3/action/package_search?fq=groups:3220000&rows=1&start=0&sort=" + url.QueryEscape("metadata_modified desc"), "", 200},
		{"package_search_post.json", "POST", "/api/3/action/package_search", `{"fq":"grade:closed","rows":5,"facet.field":["grade"]}`, 200},
		{"package_show.json", "GET", "/api/3/action/package_show?id=6110000:SEOUL-2014-0001", "", 200},
		{"package_show_closed.json", "GET", "/api/3/action/package_show?id=SEOUL-2015-0003", "", 200},
		{"package_show_by_name.json", "GET", "/api/3/action/package_show?id=3220000-gn-2016-0004", "", 200},
		{"organization_list.json", "GET", "/api/3/action/organization_list", "", 200},
		{"organization_list_all_fields.json", "GET", "/api/3/action/organization_list?all_fields=true&sort=" + url.QueryEscape("package_count desc") + "&limit=3", "", 200},
		{"tag_list.json", "GET", "/api/3/action/tag_list", "", 200},
		{"tag_list_query.json", "POST", "/api/3/action/tag_list", `{"query":"정보","all_fields":true}`, 200},
		{"status_show.json", "GET", "/api/3/action/status_show", "", 200},
		{"error_unknown_action.json", "GET", "/api/3/action/package_create", "", 400},
		{"error_not_found.json", "GET", "/api/3/action/package_show?id=6110000:NOPE", "", 404},
		{"error_missing_id.json", "GET", "/api/3/action/package_show", "", 409},
		{"error_rows.json", "GET", "/api/3/action/package_search?rows=1001", "", 409},
		{"error_fq.json", "GET", "/api/3/action/package_search?fq=" + url.QueryEscape("title:x OR grade:public"), "", 409},
		{"error_department_without_org.json", "GET", "/api/3/action/package_search?fq=department:1100123", "", 409},
		{"error_bad_json.json", "POST", "/api/3/action/package_search", `{"rows":`, 400},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, hdr, body := e.do(t, c.method, c.target, c.body)
			if code != c.status {
				t.Fatalf("status %d, want %d: %s", code, c.status, body)
			}
			if ct := hdr.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			var env struct {
				Help    string          `json:"help"`
				Success bool            `json:"success"`
				Result  json.RawMessage `json:"result"`
				Error   map[string]any  `json:"error"`
			}
			if err := json.Unmarshal(body, &env); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(env.Help, base+"/api/3/action/help_show?name=") || env.Success != (code == 200) {
				t.Errorf("envelope %+v", env)
			}
			if code != 200 && (env.Error["__type"] == nil || env.Result != nil) {
				t.Errorf("error envelope %s", body)
			}
			noLeak(t, c.name, body)
			golden(t, "ckan/"+c.name, indent(t, body))
		})
	}
}

// TestCKANPackagesAreTheDocuments: the mapping as a harvester relies on
// it, asserted field by field (the golden files hold the rest).
func TestCKANPackagesAreTheDocuments(t *testing.T) {
	e := newEnv(t)
	e.publish(t, corpus()...)
	var show struct {
		Result map[string]any `json:"result"`
	}
	_, _, body := e.get(t, "/api/3/action/package_show?id=6110000:SEOUL-2014-0001")
	if err := json.Unmarshal(body, &show); err != nil {
		t.Fatal(err)
	}
	p := show.Result
	org := p["organization"].(map[string]any)
	if org["name"] != "6110000-1100123" || org["title"] != "행정국 정보공개정책과" || p["owner_org"] != org["id"] {
		t.Errorf("the department is not the organization: %v (owner_org %v)", org, p["owner_org"])
	}
	if g := p["groups"].([]any); len(g) != 1 || g[0].(map[string]any)["name"] != cityHall || g[0].(map[string]any)["title"] != "서울특별시" {
		t.Errorf("the organization is not the group: %v", g)
	}
	res := p["resources"].([]any)
	if len(res) != 2 { // the body and the readable attachment; the scan waiting for OCR has no text
		t.Fatalf("resources %v", res)
	}
	for _, r := range res {
		u := r.(map[string]any)["url"].(string)
		code, hdr, text := e.get(t, strings.TrimPrefix(u, base))
		if code != 200 || hdr.Get("Content-Type") != "text/plain; charset=utf-8" || len(text) == 0 {
			t.Errorf("resource %s: %d %q", u, code, text)
		}
	}
	// A closed document: a package with its access rights, no resource, and
	// its text is not reachable through a guessed resource URL either.
	_, _, body = e.get(t, "/api/3/action/package_show?id=6110000:SEOUL-2015-0003")
	show.Result = nil
	_ = json.Unmarshal(body, &show)
	if n := len(show.Result["resources"].([]any)); n != 0 {
		t.Errorf("a closed package has %d resources", n)
	}
	if !strings.Contains(string(body), `{"key":"access_rights","value":"non-public"}`) {
		t.Errorf("no non-public access rights: %s", body)
	}
	for _, n := range []string{"0", "1"} {
		if code, _, text := e.get(t, "/dataset/SEOUL-2015-0003/text/"+n+".txt"); code != 404 || strings.Contains(string(text), secret) {
			t.Errorf("closed text %s: %d %s", n, code, text)
		}
	}
	// Ids never mix across organizations: Gangnam-gu's department 1100123
	// is its own CKAN organization.
	var search struct {
		Result struct {
			Count   int              `json:"count"`
			Results []map[string]any `json:"results"`
		} `json:"result"`
	}
	_, _, body = e.get(t, "/api/3/action/package_search?fq="+url.QueryEscape("organization:3220000-1100123"))
	_ = json.Unmarshal(body, &search)
	if search.Result.Count != 1 || search.Result.Results[0]["id"] != "3220000:GN-2016-0004" {
		t.Errorf("Gangnam-gu's department: %s", body)
	}
}

// TestPackageSearchPagesBeyondTenThousand: a harvester reads every package
// with start and rows, past the index's 10,000-hit window, each exactly
// once and in order.
func TestPackageSearchPagesBeyondTenThousand(t *testing.T) {
	e := newEnv(t)
	const n = 10250
	docs := make([]document.Public, 0, n)
	day := time.Date(2000, 1, 1, 9, 0, 0, 0, kstTest)
	for i := range n {
		d := doc(cityHall, fmt.Sprintf("BULK-%05d", i), "1100123", "행정국 정보공개정책과", "approval", document.GradePublic,
			fmt.Sprintf("문서 %d", i), "본문", day.Add(time.Duration(i)*time.Hour), []string{"대량"})
		docs = append(docs, d)
	}
	e.publish(t, docs...)
	seen := map[string]int{}
	var order []string
	for start := 0; ; start += MaxRows {
		var page struct {
			Success bool `json:"success"`
			Result  struct {
				Count   int `json:"count"`
				Results []struct {
					ID string `json:"id"`
				} `json:"results"`
			} `json:"result"`
		}
		code, _, body := e.get(t, fmt.Sprintf("/api/3/action/package_search?rows=%d&start=%d&sort=%s", MaxRows, start, url.QueryEscape("metadata_modified desc")))
		if code != 200 || json.Unmarshal(body, &page) != nil || !page.Success {
			t.Fatalf("start %d: %d %.300s", start, code, body)
		}
		if page.Result.Count != n {
			t.Fatalf("start %d: count %d, want %d", start, page.Result.Count, n)
		}
		if want := min(MaxRows, n-start); len(page.Result.Results) != max(want, 0) {
			t.Fatalf("start %d: %d results, want %d", start, len(page.Result.Results), want)
		}
		if len(page.Result.Results) == 0 {
			break
		}
		for _, r := range page.Result.Results {
			seen[r.ID]++
			order = append(order, r.ID)
		}
	}
	if len(seen) != n {
		t.Fatalf("%d distinct packages of %d", len(seen), n)
	}
	for i, id := range order {
		// Newest first: BULK-10249 … BULK-00000.
		if want := fmt.Sprintf("%s:BULK-%05d", cityHall, n-1-i); id != want {
			t.Fatalf("position %d holds %s, want %s", i, id, want)
		}
	}
	// Past the end: no result, and no walk through every cursor to find
	// none (one search answers it).
	counted := &countingIndex{inner: e.index}
	e.h.d.Search = counted
	if _, _, body := e.get(t, "/api/3/action/package_search?rows=10&start=999999999"); !strings.Contains(string(body), `"results":[]`) || counted.n != 1 {
		t.Errorf("start past the end: %d searches, %.200s", counted.n, body)
	}
	e.h.d.Search = e.index
	// An offset inside a page past the window.
	_, _, body := e.get(t, "/api/3/action/package_search?rows=3&start=10001&sort="+url.QueryEscape("metadata_modified desc"))
	if !strings.Contains(string(body), `"id":"6110000:BULK-00248"`) || strings.Contains(string(body), "BULK-00249") {
		t.Errorf("start=10001: %.600s", body)
	}
}

// countingIndex counts searches.
type countingIndex struct {
	inner search.Index
	n     int
}

func (c *countingIndex) Index(ctx context.Context, d search.Doc) error { return c.inner.Index(ctx, d) }
func (c *countingIndex) Delete(ctx context.Context, org, id string, v int) error {
	return c.inner.Delete(ctx, org, id, v)
}
func (c *countingIndex) Close() error { return c.inner.Close() }

// Search counts, then searches.
func (c *countingIndex) Search(ctx context.Context, q search.Query) (search.Result, error) {
	c.n++
	return c.inner.Search(ctx, q)
}

// TestPackageSearchSinceAHarvest: CKAN's harvester asks for what changed
// since its last run with fq=metadata_modified:[<time> TO *]; the answer
// is what was published since, newest first, whatever its approval date.
func TestPackageSearchSinceAHarvest(t *testing.T) {
	e := newEnv(t)
	e.publish(t, corpus()...)
	var res struct {
		Success bool `json:"success"`
		Result  struct {
			Count   int `json:"count"`
			Results []struct {
				ID               string `json:"id"`
				MetadataModified string `json:"metadata_modified"`
			} `json:"results"`
		} `json:"result"`
	}
	search := func(fq string) int {
		t.Helper()
		code, _, body := e.get(t, "/api/3/action/package_search?fq="+url.QueryEscape(fq))
		res.Result.Results = nil
		if err := json.Unmarshal(body, &res); err != nil {
			t.Fatal(err)
		}
		return code
	}
	if code := search("metadata_modified:[2026-01-01T00:00:00Z TO *]"); code != 200 || res.Result.Count != 1 || res.Result.Results[0].ID != "6110000:SEOUL-2014-0001" {
		t.Fatalf("since 2026: %d %+v", code, res.Result)
	}
	if got := res.Result.Results[0].MetadataModified; got != "2026-12-01T05:00:00.000000" {
		t.Errorf("metadata_modified %q, want the release (2026-12-01 14:00 KST)", got)
	}
	// Solr's form without a zone, with another filter.
	if code := search("metadata_modified:[2015-01-01T00:00:00 TO *] AND groups:6110000"); code != 200 || res.Result.Count != 3 {
		t.Errorf("since 2015 in City Hall: %d %+v", code, res.Result)
	}
	for _, bad := range []string{"metadata_modified:[yesterday TO *]", "metadata_modified:[2026-01-01T00:00:00Z TO 2027-01-01T00:00:00Z]", "metadata_modified:[2026-01-01T00:00:00Z"} {
		if code := search(bad); code == 200 {
			t.Errorf("%s: %d, want an error", bad, code)
		}
	}
}
