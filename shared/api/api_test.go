package api

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/stats"
)

func decode[T any](t *testing.T, body []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	return v
}

func errCode(t *testing.T, body []byte) string {
	t.Helper()
	return decode[httpjson.ErrorBody](t, body).Error.Code
}

func TestSearch(t *testing.T) {
	e := newEnv(t)
	w := e.do(t, "GET", "/api/documents?q="+url.QueryEscape("정보공개"), "", nil)
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	res := decode[searchResponse](t, w.Body.Bytes())
	// The statement itself first; the plan that cites its number and the
	// closed document whose number (정보공개정책과-0003) matches follow.
	ids := map[string]bool{}
	for _, it := range res.Items {
		ids[it.ID] = true
		if it.MetadataOnly && it.Snippet != "" {
			t.Errorf("closed document %s has a snippet %q", it.ID, it.Snippet)
		}
	}
	if res.Total != 3 || len(res.Items) != 3 || res.Items[0].ID != "SEOUL-2014-0001" || !ids["SEOUL-2014-0002"] || !ids["SEOUL-2014-0003"] {
		t.Fatalf("result %+v", res)
	}
	if !strings.Contains(res.Items[0].Snippet, "<mark>정보공개</mark>") {
		t.Fatalf("snippet %q lacks the highlight", res.Items[0].Snippet)
	}
	for _, f := range []string{"organization", "department", "type", "grade", "year"} {
		if _, ok := res.Facets[f]; !ok {
			t.Errorf("facet %s missing", f)
		}
	}
	labels := map[string]string{}
	for _, f := range res.Facets["type"] {
		labels[f.Value] = f.Label
	}
	if labels["approval"] != "결재문서" || labels["plan"] != "계획" {
		t.Errorf("type facet %+v lacks its Korean labels", res.Facets["type"])
	}

	// The empty query lists every organization's documents (the seed
	// indexes the default organization's only).
	all := decode[searchResponse](t, e.do(t, "GET", "/api/documents", "", nil).Body.Bytes())
	if all.Total != 4 {
		t.Fatalf("empty query total %d, want 4", all.Total)
	}
	// Filters reach the engine; a department goes with its organization.
	f := decode[searchResponse](t, e.do(t, "GET", "/api/documents?grade=closed&organization="+org+"&department="+deptInfo, "", nil).Body.Bytes())
	if f.Total != 1 || f.Items[0].ID != "SEOUL-2014-0003" || !f.Items[0].MetadataOnly || f.Items[0].Snippet != "" {
		t.Fatalf("closed filter %+v", f)
	}
	// A bare date as upper bound includes that whole day in Korea.
	d := decode[searchResponse](t, e.do(t, "GET", "/api/documents?from=2014-03-02&to=2014-03-02", "", nil).Body.Bytes())
	if d.Total != 1 {
		t.Fatalf("date range total %d, want 1", d.Total)
	}
	// Paging with the cursor walks every document once.
	seen := map[string]bool{}
	next := ""
	for range 10 {
		target := "/api/documents?size=1"
		if next != "" {
			target += "&after=" + url.QueryEscape(next)
		}
		p := decode[searchResponse](t, e.do(t, "GET", target, "", nil).Body.Bytes())
		for _, h := range p.Items {
			seen[h.ID] = true
		}
		if next = p.Next; next == "" {
			break
		}
	}
	if len(seen) != 4 {
		t.Fatalf("cursor paging saw %d documents, want 4", len(seen))
	}
	// Query text is NFC-normalised: decomposed Hangul (NFD) finds the same.
	nfd := "\u1109\u1165\u11af\u1106\u1167\u11bc\u1112\u116c" // 설명회 in conjoining jamo
	n := decode[searchResponse](t, e.do(t, "GET", "/api/documents?q="+url.QueryEscape(nfd), "", nil).Body.Bytes())
	if n.Total != 1 || n.Items[0].ID != "XSS-0001" {
		t.Fatalf("NFD query: %+v", n)
	}
}

// TestSearchForgivesTyping: the search box forgives the Korean typing
// habits and says which reading it answered.
func TestSearchForgivesTyping(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		q, didYouMean string
		total         int
	}{
		{"ㅈㅂㄱㄱ", "", 2},           // 초성: the plan's title, and the keyword of the closed report
		{"wjdqhrhdro", "정보공개", 3}, // English mode: what 정보공개 finds
		{"버스 노섬", "버스 노선", 1},     // one wrong key in a title word
		{"정보공개", "", 3},
		{"xyzzy", "", 0},
	} {
		w := e.do(t, "GET", "/api/documents?q="+url.QueryEscape(c.q), "", nil)
		if w.Code != 200 {
			t.Fatalf("q=%s: status %d: %s", c.q, w.Code, w.Body)
		}
		res := decode[searchResponse](t, w.Body.Bytes())
		if res.Total != c.total || res.DidYouMean != c.didYouMean {
			t.Errorf("q=%s: total %d, did_you_mean %q; want %d, %q", c.q, res.Total, res.DidYouMean, c.total, c.didYouMean)
		}
		if c.didYouMean == "" && strings.Contains(w.Body.String(), "did_you_mean") {
			t.Errorf("q=%s answered as typed, yet did_you_mean is in %s", c.q, w.Body)
		}
	}
}

func TestSearchBadParams(t *testing.T) {
	e := newEnv(t)
	long := strings.Repeat("가", MaxQueryRunes+1)
	cases := map[string]string{
		"size=0":                                 "query.bad_param:size",
		"size=101":                               "query.bad_param:size",
		"size=abc":                               "query.bad_param:size",
		"page=0":                                 "query.bad_param:page",
		"size=100&page=101":                      "query.bad_param:page",
		"q=" + url.QueryEscape(long):             "query.bad_param:q",
		"q=%ff%fe":                               "query.bad_param:q",
		"type=memo":                              "query.bad_param:type",
		"grade=secret":                           "query.bad_param:grade",
		"sort=random":                            "query.bad_param:sort",
		"from=yesterday":                         "query.bad_param:from",
		"from=2015-01-01&to=2014-01-01":          "query.bad_param:to",
		"to=7000-01-01":                          "query.bad_param:to",
		"from=1000-01-01T00:00:00Z":              "query.bad_param:from",
		"after=bm90LWEtY3Vyc29y":                 "query.bad_param:after",
		"department=" + url.QueryEscape("../x"):  "query.bad_param:department",
		"org=" + url.QueryEscape("a b"):          "query.bad_param:org",
		"organization=" + url.QueryEscape("a b"): "query.bad_param:organization",
		"organization=6110000&org=3220000":       "query.bad_param:organization",
		// Department ids are unique within an organization only.
		"department=1100123":              "query.bad_param:department",
		"after=" + url.QueryEscape("a b"): "query.bad_param:after",
	}
	for qs, want := range cases {
		w := e.do(t, "GET", "/api/documents?"+qs, "", nil)
		if w.Code != 400 || errCode(t, w.Body.Bytes()) != want {
			t.Errorf("%s: %d %s, want 400 %s", qs, w.Code, w.Body, want)
		}
	}
	// 200 runes exactly is fine.
	if w := e.do(t, "GET", "/api/documents?q="+url.QueryEscape(long[:len(long)-len("가")]), "", nil); w.Code != 200 {
		t.Errorf("q of %d runes: %d", MaxQueryRunes, w.Code)
	}
}

func TestDocument(t *testing.T) {
	e := newEnv(t)
	w := e.do(t, "GET", "/api/documents/SEOUL-2014-0001", "", nil)
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	v := decode[map[string]any](t, w.Body.Bytes())
	if v["title"] != "2014년 정보공개 추진계획" || v["body"] == nil || v["attachments"] == nil || v["metadata_only"] != false {
		t.Fatalf("document %v", v)
	}
	if _, ok := v["hash"]; ok {
		t.Fatal("the hash of the original must not be served")
	}

	// Closed: metadata only, exemptions explained in Korean.
	w = e.do(t, "GET", "/api/documents/SEOUL-2014-0003", "", nil)
	if w.Code != 200 {
		t.Fatalf("closed: %d %s", w.Code, w.Body)
	}
	if s := w.Body.String(); strings.Contains(s, "SECRET") {
		t.Fatalf("closed document leaked its text: %s", s)
	}
	c := decode[documentView](t, w.Body.Bytes())
	if !c.MetadataOnly || c.Body != "" || c.Attachments != nil || c.Title == "" || c.Department.Code != deptInfo {
		t.Fatalf("closed view %+v", c)
	}
	if len(c.ExemptionItems) != 2 || c.ExemptionItems[0].Item != "4" || c.ExemptionItems[1].Label != "개인정보(사생활)" || c.GradeLabel != "비공개" {
		t.Fatalf("exemptions %+v", c.ExemptionItems)
	}

	for target, want := range map[string]int{
		"/api/documents/NOPE":                        404,
		"/api/documents/WORK-ONLY":                   404, // present in the work bucket only
		"/api/documents/OTHER-ORG":                   404,
		"/api/documents/SEOUL-2014-0001?org=6120000": 404,
		"/api/documents/a..b":                        400,
		"/api/documents/%2e%2e%2fwork":               400,
	} {
		w := e.do(t, "GET", target, "", nil)
		if w.Code != want {
			t.Errorf("%s: %d %s, want %d", target, w.Code, w.Body, want)
		}
		if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s: content type %q", target, ct)
		}
	}
}

func TestRelatedAndKeywords(t *testing.T) {
	e := newEnv(t)
	w := e.do(t, "GET", "/api/documents/SEOUL-2014-0001/related", "", nil)
	items := decode[struct {
		Items []map[string]any `json:"items"`
	}](t, w.Body.Bytes()).Items
	// The plan cites this document's number; the closed reply shares a keyword.
	if w.Code != 200 || len(items) != 2 ||
		items[0]["id"] != "SEOUL-2014-0002" || items[0]["reason"] != "cited_by" || items[0]["cited"] != "정보공개정책과-0001" ||
		items[1]["id"] != "SEOUL-2014-0003" || items[1]["reason"] != "keywords" {
		t.Fatalf("related %d %s", w.Code, w.Body)
	}
	if w := e.do(t, "GET", "/api/documents/SEOUL-2014-0001/related?size=1", "", nil); strings.Count(w.Body.String(), `"reason"`) != 1 {
		t.Fatalf("related size=1: %s", w.Body)
	}
	if w := e.do(t, "GET", "/api/documents/SEOUL-2014-0001/related?size=51", "", nil); w.Code != 400 {
		t.Fatalf("related size=51: %d", w.Code)
	}
	if w := e.do(t, "GET", "/api/documents/NOPE/related", "", nil); w.Code != 404 {
		t.Fatalf("related of unknown: %d", w.Code)
	}
	w = e.do(t, "GET", "/api/keywords?prefix="+url.QueryEscape("정보"), "", nil)
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"정보공개"`) {
		t.Fatalf("keywords %d %s", w.Code, w.Body)
	}
	if w := e.do(t, "GET", "/api/keywords", "", nil); w.Code != 400 {
		t.Fatalf("keywords without prefix: %d", w.Code)
	}

	// An engine without related documents answers 501 in JSON.
	h := New(Deps{Search: plainIndex{e.index}, Store: e.store, Buckets: buckets, Ledger: e.ledger, DefaultOrg: org})
	for _, target := range []string{"/api/documents/SEOUL-2014-0001/related", "/api/keywords?prefix=a"} {
		rec := e.doOn(h, "GET", target)
		if rec.Code != 501 || errCode(t, rec.Body.Bytes()) != "not_implemented" {
			t.Errorf("%s without the capability: %d %s", target, rec.Code, rec.Body)
		}
	}
}

func TestDepartmentsAndStats(t *testing.T) {
	e := newEnv(t)
	w := e.do(t, "GET", "/api/departments", "", nil)
	deps := decode[struct{ Items []departmentItem }](t, w.Body.Bytes()).Items
	if w.Code != 200 || len(deps) != 2 {
		t.Fatalf("departments %d %s", w.Code, w.Body)
	}
	for _, d := range deps {
		if d.Count != 2 || d.Name == "" {
			t.Errorf("department %+v", d)
		}
	}

	w = e.do(t, "GET", "/api/stats/release?organization="+org, "", nil)
	st := decode[ReleaseStats](t, w.Body.Bytes())
	if w.Code != 200 || st.Org != org || len(st.Organizations) != 1 || st.Organizations[0].Code != org {
		t.Fatalf("stats %d %s", w.Code, w.Body)
	}
	// 4 indexed (1 closed) + review + withheld + rejected; OTHER-ORG excluded.
	want := stats.Counts{Received: 7, Published: 3, Closed: 1, Withheld: 1, Review: 1, Rejected: 1}
	for _, got := range []ReleaseCounts{st.Total, st.Organizations[0].ReleaseCounts} {
		if c := got.Counts; c.Received != want.Received || c.Published != want.Published || c.Closed != want.Closed ||
			c.Withheld != want.Withheld || c.Review != want.Review || c.Rejected != want.Rejected || c.Pending != 0 ||
			got.RatioBase != 7 || got.ReleaseRatio != 3.0/7 {
			t.Fatalf("total %+v, organization %+v, want %+v with ratio 3/7", st.Total, st.Organizations[0].ReleaseCounts, want)
		}
	}
	byCode := map[string]DepartmentStats{}
	for _, d := range st.Departments {
		if d.Org != org {
			t.Errorf("department %+v of another organization", d)
		}
		byCode[d.Code] = d
	}
	info := byCode[deptInfo]
	if info.Received != 3 || info.Published != 1 || info.Closed != 1 || info.Review != 1 || info.Name != "행정국 정보공개정책과" {
		t.Fatalf("info department %+v", info)
	}
	// Without organization: every organization, each apart.
	every := decode[ReleaseStats](t, e.do(t, "GET", "/api/stats/release", "", nil).Body.Bytes())
	if every.Org != "" || every.Total.Received != 8 || len(every.Organizations) != 2 || every.Organizations[1].Code != "6120000" || every.Organizations[1].Received != 1 {
		t.Fatalf("every organization: %+v", every)
	}
	// Cached: a new record shows only after the TTL.
	e.putRecord(t, "NEW-1", deptInfo, document.GradePublic, ledger.Indexed)
	if got := decode[ReleaseStats](t, e.do(t, "GET", "/api/stats/release?organization="+org, "", nil).Body.Bytes()); got.Total.Received != 7 {
		t.Fatalf("stats not cached: %+v", got.Total)
	}
	e.now = e.now.Add(2 * e.h.d.StatsTTL)
	if got := decode[ReleaseStats](t, e.do(t, "GET", "/api/stats/release?org="+org, "", nil).Body.Bytes()); got.Total.Received != 8 {
		t.Fatalf("stats not refreshed: %+v", got.Total)
	}
}

func TestErrorsAndHeaders(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		method, target string
		status         int
		code           string
	}{
		{"GET", "/api/nothing", 404, "not_found"},
		{"GET", "/nothing", 404, "not_found"},
		{"POST", "/api/documents", 405, "method_not_allowed"},
		{"DELETE", "/api/documents/SEOUL-2014-0001", 405, "method_not_allowed"},
		{"PUT", "/api/staff/holds", 405, "method_not_allowed"},
	}
	for _, c := range cases {
		w := e.do(t, c.method, c.target, "", nil)
		if w.Code != c.status || errCode(t, w.Body.Bytes()) != c.code {
			t.Errorf("%s %s: %d %s", c.method, c.target, w.Code, w.Body)
		}
		if c.status == 405 && w.Header().Get("Allow") == "" {
			t.Errorf("%s %s: 405 without Allow", c.method, c.target)
		}
	}

	// Engine failure: 500 without internals.
	broken := New(Deps{Search: errIndex{err: errors.New("disk /var/secret/index is on fire")}, Store: e.store, Buckets: buckets,
		Ledger: e.ledger, DefaultOrg: org, Logger: e.h.d.Logger})
	w := e.doOn(broken, "GET", "/api/documents")
	if w.Code != 500 || strings.Contains(w.Body.String(), "secret") || errCode(t, w.Body.Bytes()) != "internal" {
		t.Fatalf("engine failure: %d %s", w.Code, w.Body)
	}
	if !strings.Contains(e.logs.String(), "is on fire") {
		t.Fatal("the internal error is not in the log")
	}

	// Security headers and request ids on every response, API or portal.
	for _, target := range []string{"/api/documents", "/api/nothing", "/", "/static/app.js"} {
		w := e.do(t, "GET", target, "", nil)
		h := w.Header()
		if h.Get("Content-Security-Policy") != ContentSecurityPolicy || h.Get("X-Content-Type-Options") != "nosniff" ||
			h.Get("X-Frame-Options") != "DENY" || h.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: security headers %v", target, h)
		}
		if len(h.Get("X-Request-Id")) != 32 {
			t.Errorf("%s: generated request id %q", target, h.Get("X-Request-Id"))
		}
	}
	if e.do(t, "GET", "/api/documents", "", nil).Header().Get("Access-Control-Allow-Origin") != "*" {
		t.Error("public routes must allow any origin")
	}
	if e.do(t, "GET", "/api/staff/ledger", "", nil).Header().Get("Access-Control-Allow-Origin") != "" {
		t.Error("staff routes must not allow other origins")
	}
	r, _ := http.NewRequest("GET", "/api/documents?q=%ED%99%8D%EA%B8%B8%EB%8F%99", nil)
	r.Header.Set("X-Request-Id", "req-123")
	rec := e.record(r)
	if rec.Header().Get("X-Request-Id") != "req-123" {
		t.Fatalf("request id not echoed: %q", rec.Header().Get("X-Request-Id"))
	}
	// A hostile request id is replaced, not echoed.
	r, _ = http.NewRequest("GET", "/api/documents", nil)
	r.Header.Set("X-Request-Id", "a\"b<script>")
	if got := e.record(r).Header().Get("X-Request-Id"); got == "a\"b<script>" || len(got) != 32 {
		t.Fatalf("hostile request id echoed: %q", got)
	}
	// The access log carries the route pattern and the id, never the query.
	var line map[string]any
	for _, l := range strings.Split(strings.TrimSpace(e.logs.String()), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(l), &m) == nil && m["request_id"] == "req-123" && m["msg"] == "request" {
			line = m
		}
		if strings.Contains(l, "홍길동") || strings.Contains(l, "%ED%99%8D") {
			t.Fatalf("query text in the log: %s", l)
		}
	}
	if line == nil || line["route"] != "GET /api/documents" || line["status"] != float64(200) || line["duration_ms"] == nil {
		t.Fatalf("access log line %v", line)
	}
}

func TestPanicIsJSON500(t *testing.T) {
	e := newEnv(t)
	h := New(Deps{Search: panicIndex{}, Store: e.store, Buckets: buckets, Ledger: e.ledger, DefaultOrg: org})
	w := e.doOn(h, "GET", "/api/documents")
	if w.Code != 500 || errCode(t, w.Body.Bytes()) != "internal" {
		t.Fatalf("panic: %d %s", w.Code, w.Body)
	}
}

// TestPortalOnlyWhenGiven: the api function on AWS serves no portal (the
// site bucket does), so without Deps.Portal its paths are the API's 404.
func TestPortalOnlyWhenGiven(t *testing.T) {
	e := newEnv(t)
	bare := New(Deps{Search: e.index, Store: e.store, Buckets: buckets, Ledger: e.ledger, DefaultOrg: org})
	for _, target := range []string{"/", "/static/app.js"} {
		if w := e.doOn(bare, "GET", target); w.Code != http.StatusNotFound || errCode(t, w.Body.Bytes()) != "not_found" {
			t.Errorf("no portal: %s answers %d %s", target, w.Code, w.Body)
		}
		if w := e.do(t, "GET", target, "", nil); w.Code != http.StatusOK {
			t.Errorf("with the portal: %s answers %d", target, w.Code)
		}
	}
}

func TestSanitizeSnippet(t *testing.T) {
	for in, want := range map[string]string{
		"plain <mark>hit</mark> text":      "plain <mark>hit</mark> text",
		"<script>x</script><mark>y</mark>": "&lt;script&gt;x&lt;/script&gt;<mark>y</mark>",
		"&lt;b&gt; ok":                     "&lt;b&gt; ok",
		`<mark onclick="x">a</mark>`:       `&lt;mark onclick=&#34;x&#34;&gt;a</mark>`,
		"<markx>":                          "&lt;markx&gt;",
	} {
		if got := SanitizeSnippet(in); got != want {
			t.Errorf("SanitizeSnippet(%q) = %q, want %q", in, got, want)
		}
	}
}

// countingLedger counts List calls.
type countingLedger struct {
	ledger.Ledger
	mu    sync.Mutex
	lists int
}

func (c *countingLedger) List(ctx context.Context, f ledger.Filter) ([]ledger.Record, string, error) {
	c.mu.Lock()
	c.lists++
	c.mu.Unlock()
	return c.Ledger.List(ctx, f)
}

func TestStatsScanOnceUnderLoad(t *testing.T) {
	e := newEnv(t)
	cl := &countingLedger{Ledger: e.ledger}
	h := New(Deps{Search: e.index, Store: e.store, Buckets: buckets, Ledger: cl, DefaultOrg: org, Now: e.h.d.Now})
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			if w := e.doOn(h, "GET", "/api/stats/release"); w.Code != 200 {
				t.Errorf("stats: %d", w.Code)
			}
		})
	}
	wg.Wait()
	if cl.lists != 1 {
		t.Fatalf("20 concurrent requests scanned the ledger %d times, want 1", cl.lists)
	}
	// Other organizations read the same roll-up: no scan of their own.
	for i := range 10 {
		e.doOn(h, "GET", "/api/stats/release?org=o"+strconv.Itoa(i))
	}
	if cl.lists != 1 {
		t.Fatalf("requests for 10 organizations scanned the ledger %d times, want 1", cl.lists)
	}
}
