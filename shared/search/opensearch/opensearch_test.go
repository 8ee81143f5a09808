package opensearch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/opensearch/ostest"
	"github.com/seoul-plaza/plaza/shared/search/userdict"
)

func mustEnsure(t *testing.T, x *Index) {
	t.Helper()
	if err := x.EnsureIndex(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestEnsureIndexInstallsTemplateAndAlias(t *testing.T) {
	ctx := context.Background()
	x, srv := newTestIndex(t, nil, nil)
	mustEnsure(t, x)
	mustEnsure(t, x) // idempotent: no second index
	var created []string
	var tpl []byte
	for _, r := range srv.Requests() {
		if r.Method == http.MethodPut && !strings.Contains(r.Path, "/_") {
			created = append(created, r.Path)
		}
		if r.Path == "/_index_template/plaza-documents" {
			tpl = r.Body
		}
	}
	if !slices.Equal(created, []string{"/plaza-documents-v1"}) {
		t.Fatalf("indices created = %v, want just /plaza-documents-v1", created)
	}
	cur, err := x.CurrentIndex(ctx)
	if err != nil || cur != "plaza-documents-v1" {
		t.Fatalf("CurrentIndex = %q, %v", cur, err)
	}
	var m struct {
		IndexPatterns []string `json:"index_patterns"`
		Template      struct {
			Settings struct {
				Analysis struct {
					Tokenizer map[string]map[string]any `json:"tokenizer"`
					Analyzer  map[string]struct {
						Tokenizer string   `json:"tokenizer"`
						Filter    []string `json:"filter"`
					} `json:"analyzer"`
					Filter map[string]map[string]any `json:"filter"`
				} `json:"analysis"`
			} `json:"settings"`
			Mappings struct {
				Dynamic    string                    `json:"dynamic"`
				Properties map[string]map[string]any `json:"properties"`
			} `json:"mappings"`
		} `json:"template"`
	}
	if err := json.Unmarshal(tpl, &m); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.IndexPatterns, []string{"plaza-documents-v*"}) {
		t.Errorf("index_patterns = %v", m.IndexPatterns)
	}
	a := m.Template.Settings.Analysis
	if tk := a.Tokenizer["plaza_nori"]; tk["type"] != "nori_tokenizer" || tk["decompound_mode"] != "mixed" {
		t.Errorf("tokenizer = %v", tk)
	}
	// nori splits by the user dictionary the local engine reads.
	var rules []string
	for _, r := range a.Tokenizer["plaza_nori"]["user_dictionary_rules"].([]any) {
		rules = append(rules, r.(string))
	}
	if !slices.Equal(rules, userdict.Rules()) || !slices.Contains(rules, "정보공개 정보 공개") {
		t.Errorf("user_dictionary_rules = %q, want shared/search/userdict's", rules)
	}
	if k := a.Analyzer["plaza_korean"]; k.Tokenizer != "plaza_nori" || !slices.Equal(k.Filter, []string{"plaza_pos", "nori_readingform", "lowercase"}) {
		t.Errorf("korean analyzer = %+v", k)
	}
	if a.Filter["plaza_pos"]["type"] != "nori_part_of_speech" || a.Filter["plaza_edge"]["type"] != "edge_ngram" {
		t.Errorf("filters = %v", a.Filter)
	}
	mp := m.Template.Mappings
	if mp.Dynamic != "strict" {
		t.Errorf("dynamic = %q", mp.Dynamic)
	}
	for _, f := range []string{"department_code", "type", "grade", "org", "uid", "keywords", "nouns", "cites", "document_number"} {
		if mp.Properties[f]["type"] != "keyword" {
			t.Errorf("%s is %v, want keyword", f, mp.Properties[f]["type"])
		}
	}
	if mp.Properties["approved_at"]["type"] != "date" {
		t.Errorf("approved_at = %v", mp.Properties["approved_at"])
	}
	sub, _ := mp.Properties["keywords"]["fields"].(map[string]any)
	if s, _ := sub["suggest"].(map[string]any); s["analyzer"] != "plaza_keyword_suggest" || s["search_analyzer"] != "plaza_keyword_search" {
		t.Errorf("keywords.suggest = %v", sub)
	}
	if k := a.Analyzer["plaza_keyword_suggest"]; k.Tokenizer != "keyword" || !slices.Contains(k.Filter, "plaza_edge") {
		t.Errorf("suggest analyzer = %+v", k)
	}
	// Every field the adapter writes is mapped (strict would refuse it otherwise).
	var src map[string]any
	full := doc("X", 1, "t", "b 정보공개정책과-1 참조")
	full.PublishedAt = time.Date(2026, 12, 7, 9, 0, 0, 0, seoul)
	_ = json.Unmarshal(mustJSON(toSource(full)), &src)
	if _, ok := src["published_at"]; !ok {
		t.Error("the source has no published_at")
	}
	for k := range src {
		if _, ok := mp.Properties[k]; !ok {
			t.Errorf("source field %q is not in the mapping", k)
		}
	}
}

func total(t *testing.T, x *Index, q search.Query) (search.Result, []string) {
	t.Helper()
	r, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range r.Items {
		ids = append(ids, fmt.Sprintf("%s@%d", h.ID, h.Version))
	}
	return r, ids
}

// An index made from an older template (before published_at) is serving
// behind the alias: its strict mapping refuses a document with the new
// field until EnsureIndex adds the field, after which documents carry
// their publication date and sort by it, with no reindex.
func TestEnsureIndexAddsNewFieldsToAServingIndex(t *testing.T) {
	ctx := context.Background()
	x, srv := newTestIndex(t, nil, nil)
	var tpl struct {
		Template map[string]map[string]any `json:"template"`
	}
	if err := json.Unmarshal(x.Template(), &tpl); err != nil {
		t.Fatal(err)
	}
	props := tpl.Template["mappings"]["properties"].(map[string]any)
	for _, f := range addedFields {
		delete(props, f)
	}
	old := mustJSON(map[string]any{"settings": tpl.Template["settings"], "mappings": tpl.Template["mappings"],
		"aliases": map[string]any{x.Alias(): map[string]any{"is_write_index": true}}})
	req, _ := http.NewRequest(http.MethodPut, srv.URL+"/"+x.Alias()+"-v1", bytes.NewReader(old))
	req.Header.Set("Content-Type", "application/json")
	resp, err := srv.Client().Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("create the old index: %v %v", err, resp)
	}
	resp.Body.Close()

	d := doc("PUB-1", 1, "정보공개 추진계획", "본문")
	d.PublishedAt = time.Date(2026, 12, 7, 9, 0, 0, 0, seoul)
	if err := x.Index(ctx, d); err == nil {
		t.Fatal("the old strict mapping took published_at: the test shows nothing")
	}
	mustEnsure(t, x)
	mustEnsure(t, x) // the field is there already: still fine
	if err := x.Index(ctx, d); err != nil {
		t.Fatalf("after EnsureIndex: %v", err)
	}
	r, err := x.Search(ctx, search.Query{Sort: search.SortPublished, PublishedSince: d.PublishedAt})
	if err != nil || len(r.Items) != 1 || !r.Items[0].PublishedAt.Equal(d.PublishedAt) {
		t.Fatalf("search by publication: %+v %v", r, err)
	}
	if cur, _ := x.CurrentIndex(ctx); cur != x.Alias()+"-v1" {
		t.Errorf("EnsureIndex replaced the serving index: %s", cur)
	}
}

func TestWritesAreIdempotentByVersion(t *testing.T) {
	ctx := context.Background()
	x, _ := newTestIndex(t, nil, nil)
	mustEnsure(t, x)
	step := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	step("index v2", x.Index(ctx, doc("D", 2, "버스 노선 개편", "새 노선")))
	step("late v1", x.Index(ctx, doc("D", 1, "버스 노선 초안", "옛 노선")))
	step("retry v2", x.Index(ctx, doc("D", 2, "버스 노선 개편", "새 노선")))
	if _, ids := total(t, x, search.Query{}); !slices.Equal(ids, []string{"D@2"}) {
		t.Fatalf("after late v1: %v, want [D@2]", ids)
	}
	step("stale delete v1", x.Delete(ctx, "6110000", "D", 1))
	if _, ids := total(t, x, search.Query{}); !slices.Equal(ids, []string{"D@2"}) {
		t.Fatalf("a delete of v1 removed v2: %v", ids)
	}
	step("delete v2", x.Delete(ctx, "6110000", "D", 2))
	step("delete v2 again", x.Delete(ctx, "6110000", "D", 2))
	step("late index v2 after retraction", x.Index(ctx, doc("D", 2, "버스 노선 개편", "새 노선")))
	if _, ids := total(t, x, search.Query{}); len(ids) != 0 {
		t.Fatalf("retracted document came back: %v", ids)
	}
	step("v3 after retraction", x.Index(ctx, doc("D", 3, "버스 노선 재개편", "노선")))
	if _, ids := total(t, x, search.Query{}); !slices.Equal(ids, []string{"D@3"}) {
		t.Fatalf("v3: %v", ids)
	}
	if err := x.Index(ctx, search.Doc{Org: "6110000", ID: "Z", Version: -1}); err == nil {
		t.Error("negative version accepted")
	}
}

func manyDocs(n int) []search.Doc {
	docs := make([]search.Doc, n)
	for i := range docs {
		d := doc(fmt.Sprintf("B-%03d", i), 1, fmt.Sprintf("주민참여예산 %d차 회의", i), strings.Repeat("주민참여예산 심의 결과를 알립니다. ", 10))
		d.ApprovedAt = d.ApprovedAt.Add(time.Duration(i) * time.Hour)
		docs[i] = d
	}
	return docs
}

func TestBulkIsSizedByBytes(t *testing.T) {
	const limit = 4 << 10
	x, srv := newTestIndex(t, nil, func(c *Config) { c.BulkBytes = limit })
	mustEnsure(t, x)
	if err := x.Bulk(context.Background(), manyDocs(40)); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range srv.Requests() {
		if strings.HasSuffix(r.Path, "/_bulk") {
			n++
			if len(r.Body) > limit {
				t.Errorf("bulk body %d bytes > %d", len(r.Body), limit)
			}
			if ct := r.Header.Get("Content-Type"); ct != "application/x-ndjson" {
				t.Errorf("Content-Type = %q", ct)
			}
		}
	}
	if n < 5 {
		t.Errorf("%d bulk requests for ~%d KiB: not split", n, 40*700/1024)
	}
	if r, _ := total(t, x, search.Query{Size: 1}); r.Total != 40 {
		t.Errorf("total = %d, want 40", r.Total)
	}
}

// throttler answers 429 for every other item of the first bulk requests,
// passing the rest to the emulator, as a busy cluster does.
type throttler struct {
	next  http.Handler
	all   bool         // throttle every item, not every other
	times atomic.Int32 // how many bulk requests to throttle
	seen  atomic.Int32
}

func (th *throttler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !strings.HasSuffix(r.URL.Path, "/_bulk") || th.times.Add(-1) < 0 {
		th.next.ServeHTTP(w, r)
		return
	}
	var body bytes.Buffer
	body.ReadFrom(r.Body)
	lines := strings.Split(strings.TrimRight(body.String(), "\n"), "\n")
	var pass []string
	var items []any
	var passIdx []int
	for i := 0; i+1 < len(lines); i += 2 {
		if th.all || (i/2)%2 == 1 {
			items = append(items, map[string]any{"index": map[string]any{
				"_index": "plaza-documents-v1", "_id": "?", "status": 429,
				"error": map[string]any{"type": "es_rejected_execution_exception", "reason": "rejected execution of coordinating operation"},
			}})
			continue
		}
		pass = append(pass, lines[i], lines[i+1])
		passIdx = append(passIdx, len(items))
		items = append(items, nil)
	}
	th.seen.Add(int32(len(lines) / 2))
	if len(pass) > 0 {
		rec := &recorder{header: http.Header{}}
		req, _ := http.NewRequest(r.Method, r.URL.String(), strings.NewReader(strings.Join(pass, "\n")+"\n"))
		th.next.ServeHTTP(rec, req)
		var ans struct {
			Items []any `json:"items"`
		}
		_ = json.Unmarshal(rec.body.Bytes(), &ans)
		for k, i := range passIdx {
			items[i] = ans.Items[k]
		}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"took": 2, "errors": true, "items": items})
}

type recorder struct {
	header http.Header
	body   bytes.Buffer
	status int
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
func (r *recorder) WriteHeader(s int)           { r.status = s }

func TestBulkRetriesThrottledItems(t *testing.T) {
	th := &throttler{next: ostest.NewEmulator()}
	th.times.Store(2)
	x, srv := newTestIndex(t, th, nil)
	mustEnsure(t, x)
	if err := x.Bulk(context.Background(), manyDocs(8)); err != nil {
		t.Fatal(err)
	}
	if r, _ := total(t, x, search.Query{Size: 1}); r.Total != 8 {
		t.Fatalf("total = %d, want 8", r.Total)
	}
	// 8 sent, 4 throttled and resent, 2 of those throttled again and resent
	// (the third request passes the throttler untouched).
	if got := th.seen.Load(); got != 12 {
		t.Errorf("items through the throttler = %d, want 12", got)
	}
	var sizes []int
	for _, r := range srv.Requests() {
		if strings.HasSuffix(r.Path, "/_bulk") {
			sizes = append(sizes, bytes.Count(r.Body, []byte("\n"))/2)
		}
	}
	if !slices.Equal(sizes, []int{8, 4, 2}) {
		t.Errorf("bulk sizes = %v, want [8 4 2] (only throttled items resent)", sizes)
	}
}

func TestBulkGivesUpAfterRetries(t *testing.T) {
	th := &throttler{next: ostest.NewEmulator(), all: true}
	th.times.Store(100)
	x, _ := newTestIndex(t, th, func(c *Config) { c.Retries = 2 })
	mustEnsure(t, x)
	err := x.Bulk(context.Background(), manyDocs(3))
	var be *BulkError
	if !errors.As(err, &be) {
		t.Fatalf("err = %v, want *BulkError", err)
	}
	if len(be.Items) != 3 || be.Items[0].Status != 429 || be.Items[2].ID != "B-002" {
		t.Errorf("failed items = %+v, want all three with 429", be.Items)
	}
	// The first try and two retries.
	if got := th.seen.Load(); got != 9 {
		t.Errorf("items sent = %d, want 9", got)
	}
}

func TestRequestBacksOffOn429(t *testing.T) {
	x, srv := newTestIndex(t, nil, func(c *Config) { c.Backoff = 20 * time.Millisecond })
	mustEnsure(t, x)
	var n atomic.Int32
	srv.Inject(func(r ostest.Request) *ostest.Reply {
		if strings.HasSuffix(r.Path, "/_search") && n.Add(1) <= 2 {
			return &ostest.Reply{Status: 429, Body: `{"error":{"root_cause":[{"type":"circuit_breaking_exception","reason":"[parent] Data too large"}],"type":"circuit_breaking_exception","reason":"[parent] Data too large","bytes_wanted":123,"bytes_limit":100,"durability":"TRANSIENT"},"status":429}`}
		}
		return nil
	})
	start := time.Now()
	if _, err := x.Search(context.Background(), search.Query{Text: "예산"}); err != nil {
		t.Fatal(err)
	}
	// Two waits of 20 ms·2ⁿ ± 50 %: at least 10 + 20 ms.
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("retried after %v: no backoff", d)
	}
	if n.Load() != 3 {
		t.Errorf("%d search attempts, want 3", n.Load())
	}
	// A permanent error is not retried and comes back typed.
	srv.Inject(func(r ostest.Request) *ostest.Reply {
		return &ostest.Reply{Status: 400, Body: `{"error":{"root_cause":[{"type":"query_shard_exception","reason":"failed to create query"}],"type":"search_phase_execution_exception","reason":"all shards failed","phase":"query","grouped":true},"status":400}`}
	})
	_, err := x.Search(context.Background(), search.Query{Text: "예산"})
	var oe *Error
	if !errors.As(err, &oe) || oe.Status != 400 || oe.Type != "search_phase_execution_exception" {
		t.Errorf("err = %v, want *Error 400 search_phase_execution_exception", err)
	}
}

func TestBulkReportsItemErrors(t *testing.T) {
	x, srv := newTestIndex(t, nil, nil)
	// A recorded answer: one created, one stale (409, fine), one refused by the mapping.
	srv.Inject(func(r ostest.Request) *ostest.Reply {
		return &ostest.Reply{Status: 200, Body: `{"took":30,"errors":true,"items":[
{"index":{"_index":"plaza-documents-v1","_id":"6110000:A","_version":3,"result":"created","_shards":{"total":2,"successful":2,"failed":0},"_seq_no":7,"_primary_term":1,"status":201}},
{"index":{"_index":"plaza-documents-v1","_id":"6110000:B","status":409,"error":{"type":"version_conflict_engine_exception","reason":"[6110000:B]: version conflict, current version [5] is higher or equal to the one provided [2]","index":"plaza-documents-v1","shard":"0","index_uuid":"u2W9dKqbQ4iL3FzJv0o1Yw"}}},
{"index":{"_index":"plaza-documents-v1","_id":"6110000:C","status":400,"error":{"type":"mapper_parsing_exception","reason":"failed to parse field [approved_at] of type [date] in document with id '6110000:C'","caused_by":{"type":"illegal_argument_exception","reason":"failed to parse date field"}}}}
]}`}
	})
	err := x.Bulk(context.Background(), []search.Doc{doc("A", 3, "a", "a"), doc("B", 2, "b", "b"), doc("C", 1, "c", "c")})
	var be *BulkError
	if !errors.As(err, &be) {
		t.Fatalf("err = %v, want *BulkError", err)
	}
	if len(be.Items) != 1 || be.Items[0].ID != "C" || be.Items[0].Type != "mapper_parsing_exception" {
		t.Errorf("items = %+v", be.Items)
	}
	if !strings.Contains(err.Error(), "C: HTTP 400 mapper_parsing_exception") {
		t.Errorf("message = %q", err)
	}
}

// corpus is a small set of documents for behaviour tests.
func corpus() []search.Doc {
	d := func(id, title, body, dept, deptName, typ, grade string, at time.Time, kw ...string) search.Doc {
		return search.Doc{Org: "6110000", ID: id, Version: 1, Title: title, Body: body,
			DepartmentCode: dept, DepartmentName: deptName, Type: typ, Grade: grade, ApprovedAt: at, Keywords: kw}
	}
	day := func(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 10, 0, 0, 0, seoul) }
	docs := []search.Doc{
		d("P-1", "2014년 정보공개 추진계획", "정보공개 확대를 위한 추진계획입니다. 시민의 알 권리를 보장합니다. <script>alert(1)</script>", "1100123", "정보공개정책과", "plan", "public", day(2014, 3, 2), "정보공개", "알권리"),
		d("P-2", "정보공개 심의회 회의 결과", "정보공개 심의회를 개최하였습니다. 정보공개정책과-1001 문서를 참고하십시오.", "1100123", "정보공개정책과", "minutes", "public", day(2014, 4, 10), "정보공개", "심의회"),
		d("P-3", "공영주차장 운영 계획", "공영주차장 요금 체계를 개편합니다.", "1200456", "주차계획과", "plan", "partial", day(2015, 1, 1), "주차장"),
		d("P-4", "주차장 요금 조정 보도자료", "공영주차장 요금을 조정한다고 발표하였습니다.", "1200456", "주차계획과", "press", "public", day(2013, 12, 31), "주차장", "요금"),
		d("P-5", "시민 알 권리 강화 방안", "정보 공개 청구 절차를 간소화합니다.", "1100123", "정보공개정책과", "report", "public", day(2014, 5, 1)),
	}
	docs[0].DocumentNumber = "정보공개정책과-1001"
	docs[1].DocumentNumber = "정보공개정책과-1002"
	return docs
}

func seeded(t *testing.T) *Index {
	t.Helper()
	x, _ := newTestIndex(t, nil, nil)
	mustEnsure(t, x)
	if err := x.Bulk(context.Background(), corpus()); err != nil {
		t.Fatal(err)
	}
	return x
}

func ids(r search.Result) []string {
	out := make([]string, len(r.Items))
	for i, h := range r.Items {
		out[i] = h.ID
	}
	return out
}

func TestSearchBehaviour(t *testing.T) {
	ctx := context.Background()
	x := seeded(t)
	must := func(q search.Query) search.Result {
		t.Helper()
		r, err := x.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	t.Run("text ranks title matches first", func(t *testing.T) {
		// P-5 writes 정보 공개 apart: nori's decomposition finds it too,
		// after the titles.
		r := must(search.Query{Text: "정보공개"})
		if r.Total != 3 || ids(r)[0] != "P-1" && ids(r)[0] != "P-2" || ids(r)[2] != "P-5" {
			t.Fatalf("got %v (total %d)", ids(r), r.Total)
		}
	})
	t.Run("particles do not matter", func(t *testing.T) {
		if r := must(search.Query{Text: "주차장을"}); r.Total != 2 {
			t.Errorf("주차장을: %v", ids(r))
		}
	})
	t.Run("phrase", func(t *testing.T) {
		if r := must(search.Query{Text: `"요금 체계"`}); !slices.Equal(ids(r), []string{"P-3"}) {
			t.Errorf("phrase: %v", ids(r))
		}
		if r := must(search.Query{Text: `"체계 요금"`}); r.Total != 0 {
			t.Errorf("reversed phrase matched %v", ids(r))
		}
	})
	t.Run("all words required", func(t *testing.T) {
		if r := must(search.Query{Text: "주차장 보도자료"}); !slices.Equal(ids(r), []string{"P-4"}) {
			t.Errorf("got %v", ids(r))
		}
	})
	t.Run("punctuation alone lists everything", func(t *testing.T) {
		if r := must(search.Query{Text: ` - "" `}); r.Total != 5 || ids(r)[0] != "P-3" {
			t.Errorf("got %v, want all five newest first", ids(r))
		}
	})
	t.Run("operators are text", func(t *testing.T) {
		if r := must(search.Query{Text: "주차장 -요금 | ("}); r.Total == 0 {
			t.Errorf("operators were not treated as text")
		}
	})
	t.Run("filters", func(t *testing.T) {
		r := must(search.Query{Org: "6110000", Department: "1200456", Type: "plan"})
		if !slices.Equal(ids(r), []string{"P-3"}) {
			t.Errorf("dept+type: %v", ids(r))
		}
		r = must(search.Query{Grade: "public", From: time.Date(2014, 1, 1, 0, 0, 0, 0, seoul), To: time.Date(2014, 12, 31, 23, 59, 59, 0, seoul)})
		if !slices.Equal(ids(r), []string{"P-5", "P-2", "P-1"}) {
			t.Errorf("grade+2014, newest first: %v", ids(r))
		}
	})
	t.Run("facets", func(t *testing.T) {
		r := must(search.Query{})
		want := map[string][]search.FacetCount{
			search.FacetOrganization: {{Value: "6110000", Count: 5}},
			search.FacetDepartment:   {{Value: "1100123", Label: "정보공개정책과", Org: "6110000", Count: 3}, {Value: "1200456", Label: "주차계획과", Org: "6110000", Count: 2}},
			search.FacetType:         {{Value: "plan", Count: 2}, {Value: "minutes", Count: 1}, {Value: "press", Count: 1}, {Value: "report", Count: 1}},
			search.FacetGrade:        {{Value: "public", Count: 4}, {Value: "partial", Count: 1}},
			// 2015-01-01 10:00 KST is 2015 in Seoul.
			search.FacetYear: {{Value: "2015", Count: 1}, {Value: "2014", Count: 3}, {Value: "2013", Count: 1}},
		}
		for k, w := range want {
			if !slices.Equal(r.Facets[k], w) {
				t.Errorf("facet %s = %+v, want %+v", k, r.Facets[k], w)
			}
		}
	})
	t.Run("highlight is escaped", func(t *testing.T) {
		r := must(search.Query{Text: "추진계획"})
		if len(r.Items) != 1 {
			t.Fatalf("got %v", ids(r))
		}
		s := r.Items[0].Snippet
		if !strings.Contains(s, "<mark>") || strings.Contains(s, "<script>") || !strings.Contains(s, "&lt;script&gt;") {
			t.Errorf("snippet = %q", s)
		}
	})
	t.Run("keyword-only match still has a snippet", func(t *testing.T) {
		r := must(search.Query{Text: "알권리"})
		if !slices.Equal(ids(r), []string{"P-1"}) {
			t.Fatalf("got %v", ids(r))
		}
		if s := r.Items[0].Snippet; !strings.HasPrefix(s, "정보공개 확대를") || strings.Contains(s, "<script>") {
			t.Errorf("snippet = %q, want the escaped start of the body", s)
		}
		body, _ := SearchBody(search.Query{Text: "알권리"})
		if src := fmt.Sprint(body["_source"]); strings.Contains(src, "body") {
			t.Errorf("_source %s fetches the body", src)
		}
	})
	t.Run("sort by date", func(t *testing.T) {
		r := must(search.Query{Sort: search.SortDate})
		if !slices.Equal(ids(r), []string{"P-3", "P-5", "P-2", "P-1", "P-4"}) {
			t.Errorf("by date: %v", ids(r))
		}
	})
	t.Run("pages and cursor agree", func(t *testing.T) {
		var paged, cursored []string
		for p := 1; p <= 3; p++ {
			paged = append(paged, ids(must(search.Query{Size: 2, Page: p}))...)
		}
		q := search.Query{Size: 2}
		for range 5 {
			r := must(q)
			cursored = append(cursored, ids(r)...)
			if r.Next == "" {
				break
			}
			q.After = r.Next
		}
		if len(paged) != 5 || !slices.Equal(paged, cursored) {
			t.Errorf("pages %v, cursor %v", paged, cursored)
		}
	})
	t.Run("bad cursors", func(t *testing.T) {
		r := must(search.Query{Text: "정보공개", Size: 1})
		if r.Next == "" {
			t.Fatal("no cursor")
		}
		if _, err := x.Search(ctx, search.Query{Text: "정보공개", Size: 1, Sort: search.SortDate, After: r.Next}); !errors.Is(err, search.ErrBadCursor) {
			t.Errorf("cursor of another sort: %v", err)
		}
		if _, err := x.Search(ctx, search.Query{Text: "x", After: "!!"}); !errors.Is(err, search.ErrBadCursor) {
			t.Errorf("garbage cursor: %v", err)
		}
		if _, err := x.Search(ctx, search.Query{Page: 200, Size: 100}); !errors.Is(err, ErrWindow) {
			t.Errorf("page beyond window: %v", err)
		}
	})
}

func TestRelated(t *testing.T) {
	ctx := context.Background()
	x := seeded(t)
	links, err := x.Related(ctx, "6110000", "P-2", 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range links {
		got = append(got, l.ID+":"+l.Reason)
	}
	// P-2 cites P-1's number; P-5 is the same department within 90 days.
	if len(links) < 2 || links[0].ID != "P-1" || links[0].Reason != search.ReasonCites || links[0].Cited != "정보공개정책과-1001" {
		t.Fatalf("links = %v", got)
	}
	if !slices.Contains(got, "P-5:"+search.ReasonDepartmentPeriod) {
		t.Errorf("links = %v, want P-5 by department and period", got)
	}
	back, err := x.Related(ctx, "6110000", "P-1", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) == 0 || back[0].ID != "P-2" || back[0].Reason != search.ReasonCitedBy {
		t.Errorf("P-1 related = %+v, want P-2 cited_by first", back)
	}
	park, err := x.Related(ctx, "6110000", "P-3", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(park) == 0 || park[0].ID != "P-4" || park[0].Reason != search.ReasonKeywords || !slices.Contains(park[0].Keywords, "주차장") {
		t.Errorf("P-3 related = %+v, want P-4 by shared keyword 주차장", park)
	}
	for _, l := range park {
		if l.ID == "P-3" {
			t.Error("a document is related to itself")
		}
	}
	if _, err := x.Related(ctx, "6110000", "NOPE", 5); !errors.Is(err, search.ErrNotFound) {
		t.Errorf("missing: %v", err)
	}
}

func TestSuggest(t *testing.T) {
	x := seeded(t)
	got, err := x.Suggest(context.Background(), "주차", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0] != "주차장" {
		t.Errorf("주차 → %v, want 주차장 first", got)
	}
	for _, g := range got {
		if !strings.HasPrefix(g, "주차") {
			t.Errorf("suggestion %q lacks the prefix", g)
		}
	}
	if got, _ := x.Suggest(context.Background(), "  ", 5); got != nil {
		t.Errorf("blank prefix → %v", got)
	}
}

func TestReindexSwapsAliasWithoutDowntime(t *testing.T) {
	ctx := context.Background()
	x, srv := newTestIndex(t, nil, nil)
	mustEnsure(t, x)
	if err := x.Bulk(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	next, err := x.Reindex(ctx)
	if err != nil || next != "plaza-documents-v2" {
		t.Fatalf("Reindex = %q, %v", next, err)
	}
	if cur, _ := x.CurrentIndex(ctx); cur != next {
		t.Fatalf("alias points at %q", cur)
	}
	if r, _ := total(t, x, search.Query{Size: 1}); r.Total != 5 {
		t.Errorf("after reindex total = %d", r.Total)
	}
	var swaps int
	for _, r := range srv.Requests() {
		if r.Path == "/_aliases" {
			swaps++
			var body struct {
				Actions []map[string]map[string]any `json:"actions"`
			}
			_ = json.Unmarshal(r.Body, &body)
			if len(body.Actions) != 2 || body.Actions[0]["add"]["index"] != next || body.Actions[1]["remove"]["index"] != "plaza-documents-v1" {
				t.Errorf("alias actions = %s", r.Body)
			}
		}
	}
	if swaps != 1 {
		t.Errorf("%d _aliases calls, want one atomic swap", swaps)
	}
	// Versions survive the copy: a stale write is still refused.
	if err := x.Index(ctx, search.Doc{Org: "6110000", ID: "P-1", Version: 1, Title: "stale"}); err != nil {
		t.Fatal(err)
	}
	if r, _ := total(t, x, search.Query{Text: "stale"}); r.Total != 0 {
		t.Error("stale write replaced a copied document")
	}
	if err := x.DeleteIndex(ctx, next); err == nil {
		t.Error("deleted the index behind the alias")
	}
	if err := x.DeleteIndex(ctx, "plaza-documents-v1"); err != nil {
		t.Error(err)
	}
}

func TestSigV4(t *testing.T) {
	if _, err := New(context.Background(), Config{Endpoint: "https://search.example", Sign: true, Region: "ap-northeast-2"}); err == nil {
		t.Fatal("signing without credentials was accepted")
	}
	x, srv := newTestIndex(t, nil, func(c *Config) {
		c.Sign, c.Region = true, "ap-northeast-2"
		c.Credentials = credentials.NewStaticCredentialsProvider("AKIDPLAZATEST", "secret", "")
	})
	mustEnsure(t, x)
	if err := x.Index(context.Background(), doc("S", 1, "서명", "본문")); err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	if len(reqs) == 0 {
		t.Fatal("no requests")
	}
	for _, r := range reqs {
		auth := r.Header.Get("Authorization")
		if !strings.HasPrefix(auth, "AWS4-HMAC-SHA256 Credential=AKIDPLAZATEST/") || !strings.Contains(auth, "/ap-northeast-2/es/aws4_request") {
			t.Errorf("%s %s: Authorization = %q", r.Method, r.Path, auth)
		}
		sum := sha256.Sum256(r.Body)
		if got := r.Header.Get("X-Amz-Content-Sha256"); got != hex.EncodeToString(sum[:]) {
			t.Errorf("%s %s: X-Amz-Content-Sha256 = %q, want the body's hash", r.Method, r.Path, got)
		}
		if r.Header.Get("X-Amz-Date") == "" {
			t.Errorf("%s %s: no X-Amz-Date", r.Method, r.Path)
		}
	}
	if _, err := New(context.Background(), Config{Endpoint: "http://x", Sign: true}); err == nil {
		t.Error("signing without a region accepted")
	}
	if _, err := New(context.Background(), Config{Endpoint: "search-plaza.example.com"}); err == nil || !strings.Contains(err.Error(), "https://host") {
		t.Errorf("an endpoint without a scheme: %v", err)
	}
}

func TestClosed(t *testing.T) {
	x, _ := newTestIndex(t, nil, nil)
	x.Close()
	if err := x.Index(context.Background(), doc("C", 1, "t", "b")); !errors.Is(err, search.ErrClosed) {
		t.Errorf("Index after Close: %v", err)
	}
	if _, err := x.Search(context.Background(), search.Query{}); !errors.Is(err, search.ErrClosed) {
		t.Errorf("Search after Close: %v", err)
	}
}

// TestParsesRecordedAnswer reads a _search answer shaped as OpenSearch 2.19
// gives it (checked against the specification's response schema first).
func TestParsesRecordedAnswer(t *testing.T) {
	body, err := os.ReadFile("testdata/search_answer.json")
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("POST", "http://localhost/plaza-documents/_search", nil)
	if err := looseSpec(t).ValidateResponse(context.Background(), req, 200, http.Header{"Content-Type": {"application/json"}}, body); err != nil {
		t.Fatalf("the recorded answer does not match the specification: %v", err)
	}
	x, srv := newTestIndex(t, nil, nil)
	srv.Inject(func(r ostest.Request) *ostest.Reply { return &ostest.Reply{Status: 200, Body: string(body)} })
	r, err := x.Search(context.Background(), search.Query{Text: "정보공개", Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 1342 || len(r.Items) != 1 || r.Next == "" {
		t.Fatalf("total %d, %d items, next %q", r.Total, len(r.Items), r.Next)
	}
	h := r.Items[0]
	want := search.Hit{Org: "6110000", ID: "SEOUL-INFO-2014-001234", Version: 2, Title: "2014년 정보공개 추진계획",
		DocumentNumber: "정보공개정책과-1234", DepartmentCode: "1100123", DepartmentName: "행정국 정보공개정책과",
		Type: "approval", Grade: "public", Score: 12.618372,
		Snippet: "시민의 알 권리를 위한 <mark>정보공개</mark> 확대 &lt;별첨&gt; 참조"}
	got := h
	got.ApprovedAt = time.Time{}
	if got != want {
		t.Errorf("hit = %+v\nwant %+v", got, want)
	}
	if !h.ApprovedAt.Equal(time.Date(2014, 3, 2, 10, 15, 0, 0, seoul)) {
		t.Errorf("approved_at = %v", h.ApprovedAt)
	}
	// The cursor carries the last returned hit's sort values.
	after, err := decodeCursor(r.Next, search.SortRelevance)
	if err != nil || string(after[1]) != "1393722900000" || string(after[2]) != `"6110000:SEOUL-INFO-2014-001234"` {
		t.Errorf("cursor = %s, %v", after, err)
	}
	wantFacets := map[string][]search.FacetCount{
		search.FacetOrganization: {{Value: "6110000", Count: 1300}, {Value: "3220000", Count: 42}},
		// The same department id in two organizations is two values.
		search.FacetDepartment: {{Value: "1100123", Label: "행정국 정보공개정책과", Org: "6110000", Count: 1258},
			{Value: "1100123", Label: "기획조정실 정보공개팀", Org: "3220000", Count: 42}, {Value: "1100124", Label: "행정국 총무과", Org: "6110000", Count: 42}},
		search.FacetType:  {{Value: "approval", Count: 1000}, {Value: "minutes", Count: 330}},
		search.FacetGrade: {{Value: "public", Count: 1201}, {Value: "partial", Count: 99}, {Value: "closed", Count: 42}},
		search.FacetYear:  {{Value: "2014", Count: 1242}, {Value: "2013", Count: 100}},
	}
	for k, w := range wantFacets {
		if !slices.Equal(r.Facets[k], w) {
			t.Errorf("facet %s = %+v, want %+v", k, r.Facets[k], w)
		}
	}
}

func TestRebuildFillsANewIndexAndSwapsTheAliasAtomically(t *testing.T) {
	ctx := context.Background()
	x, srv := newTestIndex(t, nil, nil)
	mustEnsure(t, x)
	docs := corpus()
	if err := x.Bulk(ctx, docs); err != nil {
		t.Fatal(err)
	}
	// GIVEN a rebuild of the served index
	b, err := x.Rebuild(ctx)
	if err != nil || b.Name() != "plaza-documents-v2" {
		t.Fatalf("Rebuild = %v, %v", b, err)
	}
	// WHEN it is filled (one document fewer, as if taken down during the
	// copy), the served index still answers from the old one
	if err := b.Bulk(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if err := b.Delete(ctx, "6110000", "P-4", 1); err != nil {
		t.Fatal(err)
	}
	if r, _ := total(t, x, search.Query{Size: 1}); r.Total != 5 {
		t.Fatalf("before the swap the alias serves %d", r.Total)
	}
	if err := b.Swap(ctx); err != nil {
		t.Fatal(err)
	}
	// THEN the alias serves the new index, without the deleted document,
	// and the old index is gone
	if cur, _ := x.CurrentIndex(ctx); cur != "plaza-documents-v2" {
		t.Fatalf("alias points at %q", cur)
	}
	if r, ids := total(t, x, search.Query{Size: 10}); r.Total != 4 || slices.Contains(ids, "P-4") {
		t.Errorf("after the swap: %d %v", r.Total, ids)
	}
	var swaps, dropped, created int
	for _, r := range srv.Requests() {
		switch {
		case r.Path == "/_aliases":
			swaps++
			var body struct {
				Actions []map[string]map[string]any `json:"actions"`
			}
			_ = json.Unmarshal(r.Body, &body)
			if len(body.Actions) != 2 || body.Actions[0]["add"]["index"] != "plaza-documents-v2" || body.Actions[1]["remove"]["index"] != "plaza-documents-v1" {
				t.Errorf("alias actions = %s", r.Body)
			}
		case r.Method == "DELETE" && r.Path == "/plaza-documents-v1":
			dropped++
		case r.Method == "PUT" && r.Path == "/plaza-documents-v2":
			created++
			if strings.Contains(string(r.Body), "aliases") {
				t.Errorf("the new index was created behind the alias: %s", r.Body)
			}
		}
	}
	if swaps != 1 || dropped != 1 || created != 1 {
		t.Errorf("%d swaps, %d drops of the old index, %d creations", swaps, dropped, created)
	}
	// AND an aborted rebuild leaves nothing behind
	b, err = x.Rebuild(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Abort(ctx); err != nil {
		t.Fatal(err)
	}
	v3 := 0
	for _, r := range srv.Requests() {
		if r.Method == "DELETE" && r.Path == "/plaza-documents-v3" {
			v3++ // a leftover's, before creating it, and the abort's
		}
	}
	if v3 != 2 {
		t.Errorf("%d deletions of the aborted index", v3)
	}
	if cur, _ := x.CurrentIndex(ctx); cur != "plaza-documents-v2" {
		t.Errorf("after an abort the alias points at %q", cur)
	}
}
