// Package searchtest is the contract every search adapter satisfies: the
// Bleve index for real, the OpenSearch adapter through its HTTP seam. The
// suite speaks only through the port (search.Index, and search.Engine for
// bulk, related and suggestions), so whatever it checks the API can rely
// on, whichever engine serves it.
//
// Use it from an adapter's test:
//
//	func TestContract(t *testing.T) {
//		searchtest.Run(t, func(t *testing.T) search.Index { return newIndex(t) })
//	}
//
// The factory returns a new, empty index per subtest; the suite closes it.
// Writes must be searchable when Index, Bulk or Delete returns (OpenSearch:
// refresh=wait_for).
package searchtest

import (
	"context"
	"errors"
	"fmt"
	"html"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/search"
)

// Org is the organization of the suite's documents; Other is a second one.
const (
	Org   = "6110000"
	Other = "3000000"
)

var kst = time.FixedZone("KST", 9*3600)

func at(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 10, 0, 0, 0, kst) }

// Fixture is the small corpus most cases search. Each document is there to
// make one behaviour observable.
func Fixture() []search.Doc {
	d := func(id, title, body, dept, deptName, typ, grade string, t time.Time) search.Doc {
		return search.Doc{Org: Org, ID: id, Version: 1, Title: title, Body: body, DepartmentCode: dept, DepartmentName: deptName, Type: typ, Grade: grade, ApprovedAt: t}
	}
	docs := []search.Doc{
		d("INFO-1", "2014년 정보공개 추진계획", "시민의 알 권리를 위하여 정보공개 청구 절차를 간소화하고 결재문서 원문을 공개한다.", "1100123", "행정국 정보공개정책과", "plan", "public", at(2014, 3, 2)),
		d("INFO-2", "정보공개 청구 처리 결과 보고", "2014년 상반기 정보공개를 청구한 건수와 처리 결과를 보고합니다. 공개 결정 비율이 높아졌다.", "1100123", "행정국 정보공개정책과", "report", "public", at(2014, 7, 15)),
		d("ROAD-1", "도로 보수 공사 계획", "강남대로 포장 보수 공사를 시행한다. 공사 예산은 3억 원이다.", "1100302", "도시교통실 도로관리과", "plan", "public", at(2015, 5, 20)),
		d("ROAD-2", "보행 환경 개선 회의록", "보도 정비와 횡단보도 신설을 논의하였다. 도로 예산 확보가 필요하다.", "1100302", "도시교통실 도로관리과", "minutes", "partial", at(2016, 1, 10)),
		d("BUDGET-1", "2016년도 예산 편성 지침", "각 부서는 세출 예산을 편성할 때 도로와 복지 사업의 우선순위를 검토한다.", "1100201", "재무국 예산담당관", "budget", "public", at(2015, 9, 1)),
		d("WELF-1", "어르신 돌봄 서비스 확대", "경로당을 중심으로 돌봄 서비스를 확대하고 급식을 지원한다. 청구 서류는 간소화한다.", "1100402", "복지정책실 노인복지과", "press", "public", at(2017, 11, 30)),
		d("SECRET-1", "감사 결과 처분 요구", "", "1101202", "감사위원회 감사담당관", "report", "closed", at(2018, 2, 28)),
		d("XSS-1", "<b>보안</b> 점검 & 결과", "점검 결과 <script>alert('x')</script> 문자열과 \"따옴표\" 및 보안 취약점을 발견하였다.", "1100123", "행정국 정보공개정책과", "report", "public", at(2019, 4, 1)),
	}
	docs[6].MetadataOnly = true
	return docs
}

// Factory returns a new, empty index for one subtest.
type Factory func(t *testing.T) search.Index

// Run runs the whole contract.
func Run(t *testing.T, newIndex Factory) {
	cases := []struct {
		name string
		f    func(*testing.T, Factory)
	}{
		{"WordsFindDocuments", testWords},
		{"ParticlesDoNotHideWords", testParticles},
		{"EveryWordIsRequired", testAllWords},
		{"QuotedPhrase", testPhrase},
		{"HitCarriesTheDocument", testHitFields},
		{"SnippetIsEscapedWithMarks", testSnippet},
		{"MetadataOnlyIsFoundByTitle", testMetadataOnly},
		{"Filters", testFilters},
		{"Facets", testFacets},
		{"EmptyQueryListsNewestWithFacets", testEmptyQuery},
		{"FacetsFollowWrites", testFacetsFollowWrites},
		{"SortByDateAndRelevance", testSort},
		{"PagesAreDisjoint", testPages},
		{"CursorWalksEverything", testCursor},
		{"BadCursor", testBadCursor},
		{"PublicationDate", testPublished},
		{"VersionRule", testVersions},
		{"RevisionRule", testRevisions},
		{"DeleteLeavesTombstone", testDelete},
		{"OrganizationsAreSeparate", testOrgs},
		{"SameDepartmentIDInTwoOrganizations", testOrgDepartments},
		{"DepartmentNeedsItsOrganization", testDepartmentWithoutOrg},
		{"ConcurrentIndex", testConcurrent},
		{"Bulk", testBulk},
		{"RelatedByCitation", testRelatedCitations},
		{"RelatedByKeywordsThenDepartment", testRelatedKeywords},
		{"RelatedUnknown", testRelatedUnknown},
		{"CitationsKeepTime", testRelatedCitationDates},
		{"Suggest", testSuggest},
		{"KoreanTypingHabits", testTyping},
		{"SubjectArea", testSubject},
		{"BoilerplateWeighsNothing", testBoilerplate},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.f(t, newIndex) })
	}
}

// open makes an index holding docs and closes it after the test.
func open(t *testing.T, newIndex Factory, docs ...search.Doc) search.Index {
	t.Helper()
	x := newIndex(t)
	t.Cleanup(func() {
		if err := x.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	for _, d := range docs {
		if err := x.Index(context.Background(), d); err != nil {
			t.Fatalf("Index %s: %v", d.ID, err)
		}
	}
	return x
}

func engine(t *testing.T, x search.Index) search.Engine {
	t.Helper()
	e, ok := x.(search.Engine)
	if !ok {
		t.Fatalf("%T does not implement search.Engine (Bulk, Related, Suggest)", x)
	}
	return e
}

func find(t *testing.T, x search.Index, q search.Query) search.Result {
	t.Helper()
	r, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	if r.Total < len(r.Items) {
		t.Fatalf("Search(%+v): total %d < %d items", q, r.Total, len(r.Items))
	}
	return r
}

func ids(r search.Result) []string {
	out := make([]string, len(r.Items))
	for i, h := range r.Items {
		out[i] = h.ID
	}
	return out
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func wantIDs(t *testing.T, q search.Query, r search.Result, want ...string) {
	t.Helper()
	if got := sorted(ids(r)); !slices.Equal(got, sorted(want)) || r.Total != len(want) {
		t.Errorf("Search(%+v) = %v (total %d), want %v", q, ids(r), r.Total, sorted(want))
	}
}

func testWords(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"정보공개", []string{"INFO-1", "INFO-2"}},
		{"돌봄", []string{"WELF-1"}},
		{"경로당", []string{"WELF-1"}},
		{"예산", []string{"ROAD-1", "ROAD-2", "BUDGET-1"}},
		{"강남대로", []string{"ROAD-1"}},
		{"없는낱말입니다", nil},
	} {
		q := search.Query{Text: c.text}
		wantIDs(t, q, find(t, x, q), c.want...)
	}
}

func testParticles(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	// INFO-2 says 정보공개를; a search for 정보공개를 finds both forms.
	q := search.Query{Text: "정보공개를"}
	wantIDs(t, q, find(t, x, q), "INFO-1", "INFO-2")
	q = search.Query{Text: "경로당을"}
	wantIDs(t, q, find(t, x, q), "WELF-1")
}

func testAllWords(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	q := search.Query{Text: "도로 예산"}
	wantIDs(t, q, find(t, x, q), "ROAD-1", "ROAD-2", "BUDGET-1")
	q = search.Query{Text: "청구 돌봄"}
	wantIDs(t, q, find(t, x, q), "WELF-1")
	q = search.Query{Text: "정보공개 강남대로"}
	wantIDs(t, q, find(t, x, q))
}

func testPhrase(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	// INFO-1 has "정보공개 청구"; WELF-1 has 청구 without 정보공개.
	// Whether a particle between the words breaks the phrase is the
	// analyzer's business; the adjacent form must match, the others not.
	q := search.Query{Text: `"정보공개 청구"`}
	r := find(t, x, q)
	if got := ids(r); !slices.Contains(got, "INFO-1") || slices.Contains(got, "WELF-1") {
		t.Errorf("Search(%+v) = %v, want INFO-1 and not WELF-1", q, got)
	}
	q = search.Query{Text: `"청구 절차"`}
	wantIDs(t, q, find(t, x, q), "INFO-1")
	q = search.Query{Text: `"절차 청구"`}
	wantIDs(t, q, find(t, x, q))
	q = search.Query{Text: `"보수 공사" 예산`}
	wantIDs(t, q, find(t, x, q), "ROAD-1")
}

func testHitFields(t *testing.T, newIndex Factory) {
	d := Fixture()[0]
	d.Version = 3
	d.DocumentNumber = "정보공개정책과-1234"
	d.Keywords = []string{"정보공개"}
	x := open(t, newIndex, d)
	r := find(t, x, search.Query{Text: "추진계획"})
	if len(r.Items) != 1 {
		t.Fatalf("got %d hits, want 1", len(r.Items))
	}
	h := r.Items[0]
	want := search.Hit{Org: d.Org, ID: d.ID, Version: 3, Title: d.Title, DocumentNumber: d.DocumentNumber,
		DepartmentCode: d.DepartmentCode, DepartmentName: d.DepartmentName, Type: d.Type, Grade: d.Grade}
	got := h
	got.ApprovedAt, got.Snippet, got.Score = time.Time{}, "", 0
	if got != want {
		t.Errorf("hit = %+v\nwant %+v", got, want)
	}
	if !h.ApprovedAt.Equal(d.ApprovedAt) {
		t.Errorf("approved_at = %v, want %v", h.ApprovedAt, d.ApprovedAt)
	}
	if h.Score <= 0 {
		t.Errorf("relevance score = %v, want > 0", h.Score)
	}
}

// unmark removes the <mark> tags a snippet may carry.
func unmark(s string) string {
	return strings.NewReplacer("<mark>", "", "</mark>", "").Replace(s)
}

func testSnippet(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	r := find(t, x, search.Query{Text: "보안 취약점"})
	if len(r.Items) != 1 || r.Items[0].ID != "XSS-1" {
		t.Fatalf("got %v, want XSS-1", ids(r))
	}
	s := r.Items[0].Snippet
	if !strings.Contains(s, "<mark>") || !strings.Contains(s, "</mark>") {
		t.Errorf("snippet %q has no <mark>", s)
	}
	// Only <mark> may be markup: everything else is escaped text.
	if plain := unmark(s); strings.ContainsAny(plain, "<>") {
		t.Errorf("snippet %q carries markup other than <mark>", s)
	}
	if !strings.Contains(html.UnescapeString(unmark(s)), "취약점") {
		t.Errorf("snippet %q does not show the match", s)
	}
	marked := between(s, "<mark>", "</mark>")
	if len(marked) == 0 {
		t.Fatalf("snippet %q marks nothing", s)
	}
	for _, m := range marked {
		if !strings.Contains("보안 취약점", m) && !strings.Contains(m, "보안") && !strings.Contains(m, "취약점") {
			t.Errorf("snippet marks %q, which is not a query word", m)
		}
	}
	// A match in the escaped part of the text is still escaped.
	r = find(t, x, search.Query{Text: "alert"})
	for _, h := range r.Items {
		if strings.Contains(unmark(h.Snippet), "<script") {
			t.Errorf("snippet %q lets <script> through", h.Snippet)
		}
	}
}

func between(s, open, close string) []string {
	var out []string
	for {
		i := strings.Index(s, open)
		if i < 0 {
			return out
		}
		s = s[i+len(open):]
		j := strings.Index(s, close)
		if j < 0 {
			return out
		}
		out = append(out, s[:j])
		s = s[j+len(close):]
	}
}

func testMetadataOnly(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	r := find(t, x, search.Query{Text: "처분 요구"})
	if len(r.Items) != 1 || r.Items[0].ID != "SECRET-1" || !r.Items[0].MetadataOnly || r.Items[0].Grade != "closed" {
		t.Fatalf("got %+v, want SECRET-1 metadata only", r.Items)
	}
}

func testFilters(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	for _, q := range []struct {
		q    search.Query
		want []string
	}{
		{search.Query{Org: Org, Department: "1100302"}, []string{"ROAD-1", "ROAD-2"}},
		{search.Query{Text: "예산", Org: Org, Department: "1100302"}, []string{"ROAD-1", "ROAD-2"}},
		{search.Query{Text: "예산", Type: "budget"}, []string{"BUDGET-1"}},
		{search.Query{Grade: "partial"}, []string{"ROAD-2"}},
		{search.Query{Grade: "closed"}, []string{"SECRET-1"}},
		{search.Query{Org: Org, Type: "report", Grade: "public"}, []string{"INFO-2", "XSS-1"}},
		{search.Query{Org: Other}, nil},
		// Date bounds are inclusive.
		{search.Query{From: at(2014, 7, 15), To: at(2015, 9, 1)}, []string{"INFO-2", "ROAD-1", "BUDGET-1"}},
		{search.Query{From: at(2017, 1, 1)}, []string{"WELF-1", "SECRET-1", "XSS-1"}},
		{search.Query{To: at(2014, 3, 2)}, []string{"INFO-1"}},
		{search.Query{Text: "정보공개", From: at(2014, 4, 1)}, []string{"INFO-2"}},
		// Only the documents named (the API's most viewed).
		{search.Query{Keys: []search.Key{{Org: Org, ID: "ROAD-2"}, {Org: Org, ID: "INFO-1"}, {Org: Other, ID: "INFO-2"}}}, []string{"ROAD-2", "INFO-1"}},
		{search.Query{Text: "정보공개", Keys: []search.Key{{Org: Org, ID: "INFO-2"}, {Org: Org, ID: "ROAD-1"}}}, []string{"INFO-2"}},
	} {
		wantIDs(t, q.q, find(t, x, q.q), q.want...)
	}
	// The facets of a restricted list are its own, not the cached whole's.
	find(t, x, search.Query{})
	r := find(t, x, search.Query{Keys: []search.Key{{Org: Org, ID: "ROAD-1"}, {Org: Org, ID: "ROAD-2"}}})
	if r.Total != 2 || facet(r, search.FacetDepartment)["1100302"].Count != 2 || len(r.Facets[search.FacetDepartment]) != 1 {
		t.Errorf("restricted facets: total %d, %+v", r.Total, r.Facets[search.FacetDepartment])
	}
	if _, err := x.Search(context.Background(), search.Query{Keys: make([]search.Key, search.MaxKeys+1)}); !errors.Is(err, search.ErrTooManyKeys) {
		t.Errorf("too many keys: %v", err)
	}
}

func facet(r search.Result, name string) map[string]search.FacetCount {
	m := map[string]search.FacetCount{}
	for _, f := range r.Facets[name] {
		m[f.Value] = f
	}
	return m
}

func testFacets(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	r := find(t, x, search.Query{Text: "예산"})
	dept := facet(r, search.FacetDepartment)
	if dept["1100302"].Count != 2 || dept["1100201"].Count != 1 || len(dept) != 2 {
		t.Errorf("department facet = %+v, want 1100302:2 1100201:1", r.Facets[search.FacetDepartment])
	}
	if dept["1100302"].Label != "도시교통실 도로관리과" {
		t.Errorf("department label = %q, want the department's name", dept["1100302"].Label)
	}
	typ := facet(r, search.FacetType)
	if typ["plan"].Count != 1 || typ["minutes"].Count != 1 || typ["budget"].Count != 1 || len(typ) != 3 {
		t.Errorf("type facet = %+v", r.Facets[search.FacetType])
	}
	grade := facet(r, search.FacetGrade)
	if grade["public"].Count != 2 || grade["partial"].Count != 1 {
		t.Errorf("grade facet = %+v", r.Facets[search.FacetGrade])
	}
	year := facet(r, search.FacetYear)
	if year["2015"].Count != 2 || year["2016"].Count != 1 || len(year) != 2 {
		t.Errorf("year facet = %+v", r.Facets[search.FacetYear])
	}
	// Counts are largest first; years newest first.
	if fs := r.Facets[search.FacetDepartment]; fs[0].Value != "1100302" {
		t.Errorf("department facet not ordered by count: %+v", fs)
	}
	if fs := r.Facets[search.FacetYear]; fs[0].Value != "2016" {
		t.Errorf("year facet not newest first: %+v", fs)
	}
	// Facets count the filtered result.
	r = find(t, x, search.Query{Text: "예산", Grade: "public"})
	if g := facet(r, search.FacetGrade); g["partial"].Count != 0 || g["public"].Count != 2 {
		t.Errorf("filtered grade facet = %+v", r.Facets[search.FacetGrade])
	}
	// The year is Seoul's: 2014-01-01T00:30+09:00 is 2014 although UTC
	// says 2013.
	y := open(t, newIndex,
		search.Doc{Org: Org, ID: "NY", Version: 1, Title: "신년 인사", Body: "새해", DepartmentCode: "1", DepartmentName: "가", Type: "press", Grade: "public",
			ApprovedAt: time.Date(2014, 1, 1, 0, 30, 0, 0, kst)})
	if yr := facet(find(t, y, search.Query{Text: "신년"}), search.FacetYear); yr["2014"].Count != 1 {
		t.Errorf("year facet = %+v, want 2014 (KST)", yr)
	}
}

func testEmptyQuery(t *testing.T, newIndex Factory) {
	docs := Fixture()
	x := open(t, newIndex, docs...)
	r := find(t, x, search.Query{})
	if r.Total != len(docs) {
		t.Fatalf("empty query total = %d, want %d", r.Total, len(docs))
	}
	for i := 1; i < len(r.Items); i++ {
		if r.Items[i].ApprovedAt.After(r.Items[i-1].ApprovedAt) {
			t.Fatalf("empty query not newest first: %v", ids(r))
		}
	}
	if fs := facet(r, search.FacetDepartment); fs["1100123"].Count != 3 {
		t.Errorf("department facet = %+v", r.Facets[search.FacetDepartment])
	}
	n := 0
	for _, f := range r.Facets[search.FacetGrade] {
		n += f.Count
	}
	if n != len(docs) {
		t.Errorf("grade facet sums to %d, want %d", n, len(docs))
	}
}

func testFacetsFollowWrites(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	ctx := context.Background()
	before := facet(find(t, x, search.Query{}), search.FacetType)["press"].Count
	d := Fixture()[0]
	d.ID, d.Type = "PRESS-NEW", "press"
	if err := x.Index(ctx, d); err != nil {
		t.Fatal(err)
	}
	after := facet(find(t, x, search.Query{}), search.FacetType)["press"].Count
	if after != before+1 {
		t.Errorf("press count %d after indexing one more, was %d: stale facets", after, before)
	}
	if err := x.Delete(ctx, d.Org, d.ID, d.Version); err != nil {
		t.Fatal(err)
	}
	if n := facet(find(t, x, search.Query{}), search.FacetType)["press"].Count; n != before {
		t.Errorf("press count %d after deleting it again, want %d", n, before)
	}
}

func testSort(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	r := find(t, x, search.Query{Text: "예산", Sort: search.SortDate})
	if got := ids(r); !slices.Equal(got, []string{"ROAD-2", "BUDGET-1", "ROAD-1"}) {
		t.Errorf("date sort = %v, want newest first", got)
	}
	// A title match outranks body mentions.
	r = find(t, x, search.Query{Text: "정보공개"})
	if r.Items[0].ID != "INFO-1" && r.Items[0].ID != "INFO-2" {
		t.Fatalf("relevance: %v", ids(r))
	}
	r = find(t, x, search.Query{Text: "돌봄"})
	if len(r.Items) != 1 {
		t.Fatalf("돌봄: %v", ids(r))
	}
	d1 := search.Doc{Org: Org, ID: "T", Version: 1, Title: "대기질 개선 대책", Body: "미세먼지를 줄인다.", DepartmentCode: "1", DepartmentName: "가", Type: "plan", Grade: "public", ApprovedAt: at(2020, 1, 1)}
	d2 := search.Doc{Org: Org, ID: "B", Version: 1, Title: "주간 업무 보고", Body: "여러 안건 가운데 대기질 문제도 언급되었다. 교통, 복지, 문화, 체육, 청년, 주택 분야의 안건을 보고하였다.", DepartmentCode: "1", DepartmentName: "가", Type: "report", Grade: "public", ApprovedAt: at(2021, 1, 1)}
	y := open(t, newIndex, d2, d1)
	r = find(t, y, search.Query{Text: "대기질"})
	if got := ids(r); !slices.Equal(got, []string{"T", "B"}) {
		t.Errorf("relevance = %v, want the title match first", got)
	}
	for i := 1; i < len(r.Items); i++ {
		if r.Items[i].Score > r.Items[i-1].Score {
			t.Errorf("relevance order has rising scores: %+v", r.Items)
		}
	}
	r = find(t, y, search.Query{Text: "대기질", Sort: search.SortDate})
	if got := ids(r); !slices.Equal(got, []string{"B", "T"}) {
		t.Errorf("date sort = %v, want newest first", got)
	}
}

func many(n int) []search.Doc {
	docs := make([]search.Doc, n)
	for i := range docs {
		docs[i] = search.Doc{Org: Org, ID: fmt.Sprintf("P-%03d", i), Version: 1,
			Title: fmt.Sprintf("공문 %d호", i), Body: "청사 관리 공문입니다.",
			DepartmentCode: "1100124", DepartmentName: "행정국 총무과", Type: "approval", Grade: "public",
			// Some share a date, so the order needs its tie-break.
			ApprovedAt: at(2015, 1, 1).Add(time.Duration(i/3) * time.Hour)}
	}
	return docs
}

func testPages(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, many(25)...)
	for _, text := range []string{"", "청사"} {
		seen := map[string]bool{}
		for page := 1; page <= 3; page++ {
			q := search.Query{Text: text, Size: 10, Page: page, Sort: search.SortDate}
			r := find(t, x, q)
			if r.Total != 25 {
				t.Fatalf("total = %d, want 25", r.Total)
			}
			want := min(10, 25-(page-1)*10)
			if len(r.Items) != want {
				t.Fatalf("%+v: %d items, want %d", q, len(r.Items), want)
			}
			for _, id := range ids(r) {
				if seen[id] {
					t.Fatalf("%+v: %s on two pages", q, id)
				}
				seen[id] = true
			}
		}
	}
	// Size is bounded and defaults to 20.
	if r := find(t, x, search.Query{}); len(r.Items) != 20 {
		t.Errorf("default size gave %d items, want 20", len(r.Items))
	}
	y := open(t, newIndex, many(105)...)
	if r := find(t, y, search.Query{Size: 1000}); len(r.Items) != 100 {
		t.Errorf("size 1000 gave %d items, want 100", len(r.Items))
	}
	if r := find(t, x, search.Query{Page: 9}); len(r.Items) != 0 || r.Total != 25 {
		t.Errorf("page past the end = %d items (total %d), want 0 (25)", len(r.Items), r.Total)
	}
}

func testCursor(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, many(23)...)
	for _, q0 := range []search.Query{
		{Size: 5, Sort: search.SortDate},
		{Text: "청사 공문", Size: 5},
		{Text: "청사", Size: 4, Sort: search.SortDate},
	} {
		seen := map[string]bool{}
		var order []string
		q := q0
		for range 20 {
			r := find(t, x, q)
			for _, id := range ids(r) {
				if seen[id] {
					t.Fatalf("%+v: %s returned twice", q0, id)
				}
				seen[id] = true
				order = append(order, id)
			}
			if r.Next == "" {
				break
			}
			q.After = r.Next
			q.Page = 7 // ignored with a cursor
		}
		if len(seen) != 23 {
			t.Fatalf("%+v: cursor walk saw %d documents, want 23", q0, len(seen))
		}
		// The walk matches the order of one big page.
		all := q0
		all.Size = 100
		if got := ids(find(t, x, all)); !slices.Equal(got, order) {
			t.Errorf("%+v: cursor order %v\nwant %v", q0, order, got)
		}
	}
	// The last page has no cursor.
	if r := find(t, x, search.Query{Size: 23}); r.Next != "" {
		t.Errorf("a page holding everything has Next %q", r.Next)
	}
}

// testPublished: the publication date is kept apart from the approval
// date, returned with each hit, sorted by (newest first, by cursor too)
// and filtered on (PublishedSince, inclusive). A document approved long
// ago and published late is new by publication; one indexed without a
// publication date is listed last and never matches PublishedSince.
func testPublished(t *testing.T, newIndex Factory) {
	docs := many(7)
	// Publication order is the reverse of approval order, with a tie
	// (P-002, P-003) that the key breaks; P-006 has no date.
	for i := range docs[:6] {
		docs[i].PublishedAt = at(2026, 12, 1).Add(time.Duration(6-i) * time.Hour)
	}
	docs[3].PublishedAt = docs[2].PublishedAt
	docs[0].ApprovedAt = at(2014, 3, 2) // approved in 2014, published in 2026
	x := open(t, newIndex, docs...)

	r := find(t, x, search.Query{Sort: search.SortPublished, Size: 10})
	want := []string{"P-000", "P-001", "P-002", "P-003", "P-004", "P-005", "P-006"}
	if got := ids(r); !slices.Equal(got, want) {
		t.Errorf("newest publication first: %v, want %v", got, want)
	}
	for _, h := range r.Items {
		i := slices.IndexFunc(docs, func(d search.Doc) bool { return d.ID == h.ID })
		if !h.PublishedAt.Equal(docs[i].PublishedAt) || !h.ApprovedAt.Equal(docs[i].ApprovedAt) {
			t.Errorf("%s: published %v approved %v, want %v and %v", h.ID, h.PublishedAt, h.ApprovedAt, docs[i].PublishedAt, docs[i].ApprovedAt)
		}
	}
	// By approval the 2014 document is last, though it is the newest
	// release.
	if got := ids(find(t, x, search.Query{Sort: search.SortDate, Size: 10})); got[len(got)-1] != "P-000" {
		t.Errorf("by approval: %v, want P-000 last", got)
	}

	since := search.Query{PublishedSince: docs[3].PublishedAt, Sort: search.SortPublished}
	wantIDs(t, since, find(t, x, since), "P-000", "P-001", "P-002", "P-003")
	if got := ids(find(t, x, since)); !slices.Equal(got, []string{"P-000", "P-001", "P-002", "P-003"}) {
		t.Errorf("since, in order: %v", got)
	}
	// The filter combines with text and with the approval range.
	q := search.Query{Text: "청사", PublishedSince: docs[1].PublishedAt, From: at(2015, 1, 1)}
	wantIDs(t, q, find(t, x, q), "P-001")

	// A cursor walks the publication order without gaps or repeats.
	var walked []string
	q = search.Query{Sort: search.SortPublished, Size: 2}
	for range 10 {
		r := find(t, x, q)
		walked = append(walked, ids(r)...)
		if r.Next == "" {
			break
		}
		q.After = r.Next
	}
	if !slices.Equal(walked, want) {
		t.Errorf("cursor walk: %v, want %v", walked, want)
	}
	r = find(t, x, search.Query{Size: 1, Sort: search.SortDate})
	if _, err := x.Search(context.Background(), search.Query{Sort: search.SortPublished, After: r.Next}); !errors.Is(err, search.ErrBadCursor) {
		t.Errorf("an approval-date cursor used for the publication order: err = %v, want ErrBadCursor", err)
	}
}

func testBadCursor(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, many(3)...)
	for _, after := range []string{"not a cursor!", "eyJ4Ijo"} {
		_, err := x.Search(context.Background(), search.Query{After: after})
		if !errors.Is(err, search.ErrBadCursor) {
			t.Errorf("After=%q: err = %v, want ErrBadCursor", after, err)
		}
	}
	r := find(t, x, search.Query{Size: 1, Sort: search.SortDate})
	if _, err := x.Search(context.Background(), search.Query{Text: "청사", After: r.Next}); !errors.Is(err, search.ErrBadCursor) {
		t.Errorf("a date cursor used for relevance: err = %v, want ErrBadCursor", err)
	}
}

func testVersions(t *testing.T, newIndex Factory) {
	ctx := context.Background()
	v1 := Fixture()[2]
	v2 := v1
	v2.Version, v2.Title = 2, "도로 보수 공사 변경 계획"
	x := open(t, newIndex, v2)
	if err := x.Index(ctx, v1); err != nil { // late older version
		t.Fatal(err)
	}
	r := find(t, x, search.Query{Text: "보수"})
	if len(r.Items) != 1 || r.Items[0].Version != 2 || r.Items[0].Title != v2.Title {
		t.Fatalf("after a late v1: %+v, want v2 kept", r.Items)
	}
	if err := x.Index(ctx, v2); err != nil { // duplicate delivery
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "보수"}); r.Total != 1 {
		t.Fatalf("duplicate v2 made %d hits", r.Total)
	}
	v3 := v2
	v3.Version, v3.Title, v3.Body = 3, "보행로 정비 계획", "보행로를 정비한다."
	if err := x.Index(ctx, v3); err != nil {
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "강남대로"}); r.Total != 0 {
		t.Errorf("v3 replaced the text, but the old text still finds %v", ids(r))
	}
	if r := find(t, x, search.Query{Text: "보행로"}); r.Total != 1 || r.Items[0].Version != 3 {
		t.Errorf("v3 not found: %+v", r.Items)
	}
}

// testRevisions: a mask added after publication (a higher revision of the
// same version) replaces the text, and a late copy of the unmasked text
// (a lower revision) cannot bring it back; a delete removes every revision.
func testRevisions(t *testing.T, newIndex Factory) {
	ctx := context.Background()
	plain := Fixture()[2]
	plain.Version, plain.Body = 2, "민원인 홍길동의 요청으로 강남대로 보수 공사를 한다."
	masked := plain
	masked.Revision, masked.Body = 1, "민원인 ***의 요청으로 강남대로 보수 공사를 한다."
	x := open(t, newIndex, plain)
	if r := find(t, x, search.Query{Text: "홍길동"}); r.Total != 1 {
		t.Fatalf("revision 0 not indexed: %d hits", r.Total)
	}
	if err := x.Index(ctx, masked); err != nil {
		t.Fatal(err)
	}
	if err := x.Index(ctx, plain); err != nil { // late revision 0
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "홍길동"}); r.Total != 0 {
		t.Fatalf("the masked name is found again after a late revision 0: %v", ids(r))
	}
	if r := find(t, x, search.Query{Text: "보수"}); r.Total != 1 || r.Items[0].Version != 2 {
		t.Fatalf("revision 1 not found: %+v", r.Items)
	}
	restored := plain
	restored.Revision = 2 // a restore is a new revision too
	if err := x.Index(ctx, restored); err != nil {
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "홍길동"}); r.Total != 1 {
		t.Fatalf("revision 2 did not replace revision 1: %d hits", r.Total)
	}
	if err := x.Delete(ctx, plain.Org, plain.ID, 2); err != nil {
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "보수"}); r.Total != 0 {
		t.Fatalf("a delete of version 2 left revision 2: %v", ids(r))
	}
}

func testDelete(t *testing.T, newIndex Factory) {
	ctx := context.Background()
	d := Fixture()[0]
	d.Version = 2
	x := open(t, newIndex, d)
	// Deleting an older version than the indexed one changes nothing.
	if err := x.Delete(ctx, d.Org, d.ID, 1); err != nil {
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "추진계획"}); r.Total != 1 {
		t.Fatalf("delete of v1 removed v2")
	}
	if err := x.Delete(ctx, d.Org, d.ID, 2); err != nil {
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "추진계획"}); r.Total != 0 {
		t.Fatalf("deleted document still found")
	}
	// Deleting again, or deleting what was never indexed, is no error.
	if err := x.Delete(ctx, d.Org, d.ID, 2); err != nil {
		t.Fatal(err)
	}
	if err := x.Delete(ctx, d.Org, "NEVER", 1); err != nil {
		t.Fatal(err)
	}
	// A late copy of the retracted version stays out.
	if err := x.Index(ctx, d); err != nil {
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "추진계획"}); r.Total != 0 {
		t.Fatalf("a late copy of the retracted version came back")
	}
	// A newer version is published again.
	d.Version = 3
	if err := x.Index(ctx, d); err != nil {
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "추진계획"}); r.Total != 1 || r.Items[0].Version != 3 {
		t.Fatalf("v3 after retraction of v2: %+v", r.Items)
	}
}

func testOrgs(t *testing.T, newIndex Factory) {
	a := Fixture()[0]
	b := a
	b.Org, b.Title, b.DepartmentCode = Other, "구청 정보공개 추진계획", "3000123"
	x := open(t, newIndex, a, b)
	if r := find(t, x, search.Query{Text: "추진계획"}); r.Total != 2 {
		t.Fatalf("same id in two organizations: %d hits, want 2", r.Total)
	}
	r := find(t, x, search.Query{Text: "추진계획", Org: Other})
	if len(r.Items) != 1 || r.Items[0].Org != Other {
		t.Fatalf("org filter: %+v", r.Items)
	}
	if err := x.Delete(context.Background(), Other, a.ID, 1); err != nil {
		t.Fatal(err)
	}
	r = find(t, x, search.Query{Text: "추진계획"})
	if len(r.Items) != 1 || r.Items[0].Org != Org {
		t.Fatalf("deleting in one organization touched the other: %+v", r.Items)
	}
}

// testOrgDepartments: two organizations use the same department id and
// the same document id (City Hall's and Gangnam-gu's 1100123). They are
// two facet values, each with its organization and its own name, and a
// department filter with its organization finds that organization's only.
func testOrgDepartments(t *testing.T, newIndex Factory) {
	a := Fixture()[0] // Org, 1100123 행정국 정보공개정책과
	b := a
	b.Org, b.Title, b.DepartmentName = Other, "구청 정보공개 추진계획", "기획조정실 정보공개팀"
	c := Fixture()[1] // Org, 1100123
	x := open(t, newIndex, a, b, c)
	r := find(t, x, search.Query{Text: "정보공개"})
	if r.Total != 3 {
		t.Fatalf("total %d, want 3: %v", r.Total, ids(r))
	}
	orgs := facet(r, search.FacetOrganization)
	if orgs[Org].Count != 2 || orgs[Other].Count != 1 || len(orgs) != 2 {
		t.Errorf("organization facet = %+v, want %s:2 %s:1", r.Facets[search.FacetOrganization], Org, Other)
	}
	if fs := r.Facets[search.FacetOrganization]; len(fs) > 0 && fs[0].Value != Org {
		t.Errorf("organization facet not ordered by count: %+v", fs)
	}
	depts := r.Facets[search.FacetDepartment]
	want := []search.FacetCount{
		{Value: "1100123", Label: "행정국 정보공개정책과", Org: Org, Count: 2},
		{Value: "1100123", Label: "기획조정실 정보공개팀", Org: Other, Count: 1},
	}
	if !slices.Equal(depts, want) {
		t.Errorf("department facet = %+v\nwant %+v (one value per organization and id)", depts, want)
	}
	for _, q := range []struct {
		org  string
		want []string
	}{{Org, []string{a.ID, c.ID}}, {Other, []string{b.ID}}} {
		r := find(t, x, search.Query{Text: "정보공개", Org: q.org, Department: "1100123"})
		wantIDs(t, search.Query{Org: q.org, Department: "1100123"}, r, q.want...)
		for _, h := range r.Items {
			if h.Org != q.org {
				t.Errorf("org %s department 1100123 found %s/%s", q.org, h.Org, h.ID)
			}
		}
		if o := facet(r, search.FacetOrganization); len(o) != 1 || o[q.org].Count != len(q.want) {
			t.Errorf("org %s: organization facet %+v", q.org, r.Facets[search.FacetOrganization])
		}
		if d := r.Facets[search.FacetDepartment]; len(d) != 1 || d[0].Org != q.org || d[0].Count != len(q.want) {
			t.Errorf("org %s: department facet %+v", q.org, d)
		}
	}
	// The empty query (whose facets the engines cache) keeps them apart too.
	if d := find(t, x, search.Query{}).Facets[search.FacetDepartment]; !slices.Equal(d, want) {
		t.Errorf("empty query's department facet = %+v, want %+v", d, want)
	}
}

// testDepartmentWithoutOrg: a department filter without its organization
// would match the same id in every organization; it is refused.
func testDepartmentWithoutOrg(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, Fixture()...)
	_, err := x.Search(context.Background(), search.Query{Department: "1100123"}.Normalize())
	if !errors.Is(err, search.ErrDepartmentWithoutOrg) {
		t.Fatalf("department without organization: err = %v, want ErrDepartmentWithoutOrg", err)
	}
}

func testConcurrent(t *testing.T, newIndex Factory) {
	x := open(t, newIndex)
	docs := many(60)
	var wg sync.WaitGroup
	errs := make(chan error, len(docs))
	for i := range 6 {
		wg.Go(func() {
			for j := i; j < len(docs); j += 6 {
				if err := x.Index(context.Background(), docs[j]); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "청사"}); r.Total != len(docs) {
		t.Fatalf("after concurrent Index: %d found, want %d", r.Total, len(docs))
	}
}

func testBulk(t *testing.T, newIndex Factory) {
	x := open(t, newIndex)
	e := engine(t, x)
	ctx := context.Background()
	docs := many(40)
	if err := e.Bulk(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{}); r.Total != 40 {
		t.Fatalf("after Bulk: total %d, want 40", r.Total)
	}
	// The version rule holds per item: the stale item is ignored, the
	// newer one replaces.
	stale, newer := docs[0], docs[1]
	stale.Title, stale.Version = "낡은 판", 0
	newer.Title, newer.Version = "새로운 판", 2
	if err := e.Bulk(ctx, []search.Doc{stale, newer}); err != nil {
		t.Fatal(err)
	}
	if r := find(t, x, search.Query{Text: "낡은"}); r.Total != 0 {
		t.Errorf("stale bulk item indexed")
	}
	if r := find(t, x, search.Query{Text: "새로운"}); r.Total != 1 || r.Items[0].Version != 2 {
		t.Errorf("newer bulk item not indexed: %+v", r.Items)
	}
	if err := e.Bulk(ctx, nil); err != nil {
		t.Errorf("empty Bulk: %v", err)
	}
}

// relatedFixture: A cites B in its text; C cites A; D shares A's subject
// words; E is of A's department and period only; F is of A's department
// but years later; G is another organization citing A's number.
func relatedFixture() []search.Doc {
	base := func(id, number, title, body, dept string, t time.Time) search.Doc {
		return search.Doc{Org: Org, ID: id, Version: 1, Title: title, Body: body, DocumentNumber: number,
			DepartmentCode: dept, DepartmentName: "부서 " + dept, Type: "report", Grade: "public", ApprovedAt: t}
	}
	docs := []search.Doc{
		base("A", "정보공개정책과-1234", "결재문서 원문공개 확대 계획",
			"결재문서 원문공개 대상을 확대한다. 원문공개 시스템 개선은 총무과-77 문서에 따른다. 결재문서 원문공개 현황을 매월 보고한다.", "1100123", at(2014, 3, 2)),
		base("B", "총무과-77", "전산 시스템 개선 계획", "전산 장비를 교체한다.", "1100124", at(2013, 12, 1)),
		base("C", "감사담당관-5", "감사 결과 통보", "정보공개정책과-1234 문서의 이행 여부를 점검하였다.", "1101202", at(2015, 1, 5)),
		base("D", "정보공개정책과-2000", "원문공개 이용 실적 분석", "결재문서 원문공개 이용 실적을 분석하였다. 원문공개 만족도가 높다.", "1100999", at(2019, 6, 1)),
		base("E", "정보공개정책과-1240", "직원 교육 일정", "상반기 직원 교육을 실시한다.", "1100123", at(2014, 4, 10)),
		base("F", "정보공개정책과-3000", "체육 행사 안내", "가을 체육 행사를 연다.", "1100123", at(2019, 10, 1)),
	}
	g := base("G", "구청총무과-1", "구청 원문공개 협조", "정보공개정책과-1234 문서를 참고하였다.", "3000123", at(2014, 5, 1))
	g.Org = Other
	return append(docs, g)
}

// testRelatedCitationDates: a number reissued years later (총무과-77 in
// 2013 and again in 2018) is not what a 2014 document cited, and the 2014
// document is not "cited by" a 2013 one that cited the number's earlier
// holder.
func testRelatedCitationDates(t *testing.T, newIndex Factory) {
	docs := relatedFixture()
	reissued := search.Doc{Org: Org, ID: "B2018", Version: 1, Title: "청사 보안 점검 결과", Body: "출입 통제 장비를 점검하였다.", DocumentNumber: "총무과-77",
		DepartmentCode: "1100124", DepartmentName: "부서 1100124", Type: "report", Grade: "public", ApprovedAt: at(2018, 5, 1)}
	early := search.Doc{Org: Org, ID: "OLD", Version: 1, Title: "청사 관리 지침", Body: "정보공개정책과-1234 문서의 예에 따른다.", DocumentNumber: "총무과-10",
		DepartmentCode: "1100124", DepartmentName: "부서 1100124", Type: "report", Grade: "public", ApprovedAt: at(2012, 1, 1)}
	x := open(t, newIndex, append(docs, reissued, early)...)
	e := engine(t, x)
	links, err := e.Related(context.Background(), Org, "A", 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		if l.ID == "B2018" && l.Reason == search.ReasonCites {
			t.Errorf("A (2014) cites B2018 (2018): %+v", l)
		}
		if l.ID == "OLD" && l.Reason == search.ReasonCitedBy {
			t.Errorf("A (2014) cited by OLD (2012): %+v", l)
		}
	}
	if len(links) < 2 || links[0].ID != "B" || links[0].Reason != search.ReasonCites || links[1].ID != "C" || links[1].Reason != search.ReasonCitedBy {
		t.Errorf("related(A) = %+v, want B (cites) then C (cited_by)", links)
	}
}

func testRelatedCitations(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, relatedFixture()...)
	e := engine(t, x)
	links, err := e.Related(context.Background(), Org, "A", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(links) < 2 {
		t.Fatalf("related(A) = %+v, want citations first", links)
	}
	if l := links[0]; l.ID != "B" || l.Reason != search.ReasonCites || l.Cited != "총무과-77" {
		t.Errorf("first link = %+v, want B cited by A's text (cites 총무과-77)", l)
	}
	if l := links[1]; l.ID != "C" || l.Reason != search.ReasonCitedBy || l.Cited != "정보공개정책과-1234" {
		t.Errorf("second link = %+v, want C citing A (cited_by 정보공개정책과-1234)", l)
	}
	for _, l := range links {
		if l.ID == "A" {
			t.Errorf("a document is not related to itself")
		}
		if l.Org != Org {
			t.Errorf("link to another organization: %+v", l)
		}
	}
	// And the other way: B lists A as citing it.
	links, err = e.Related(context.Background(), Org, "B", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(links) == 0 || links[0].ID != "A" || links[0].Reason != search.ReasonCitedBy {
		t.Errorf("related(B) = %+v, want A first (cited_by)", links)
	}
}

func testRelatedKeywords(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, relatedFixture()...)
	e := engine(t, x)
	links, err := e.Related(context.Background(), Org, "A", 10)
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]search.Link{}
	order := []string{}
	for _, l := range links {
		reasons[l.ID] = l
		order = append(order, l.ID+":"+l.Reason)
	}
	d, ok := reasons["D"]
	if !ok || d.Reason != search.ReasonKeywords {
		t.Fatalf("related(A) = %v, want D by keywords", order)
	}
	if !slices.Contains(d.Keywords, "원문공개") {
		t.Errorf("D's shared keywords = %v, want 원문공개 among them", d.Keywords)
	}
	if e, ok := reasons["E"]; !ok || e.Reason != search.ReasonDepartmentPeriod {
		t.Errorf("related(A) = %v, want E by department and period", order)
	}
	if _, ok := reasons["F"]; ok {
		t.Errorf("related(A) = %v: F is of the department but five years later", order)
	}
	// Strongest reason first.
	rank := map[string]int{search.ReasonCites: 0, search.ReasonCitedBy: 1, search.ReasonKeywords: 2, search.ReasonDepartmentPeriod: 3}
	for i := 1; i < len(links); i++ {
		if rank[links[i].Reason] < rank[links[i-1].Reason] {
			t.Errorf("related order %v: weaker reason before stronger", order)
		}
	}
	// n bounds the list.
	links, err = e.Related(context.Background(), Org, "A", 1)
	if err != nil || len(links) != 1 || links[0].ID != "B" {
		t.Errorf("Related(n=1) = %+v, %v", links, err)
	}
}

func testRelatedUnknown(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, relatedFixture()...)
	_, err := engine(t, x).Related(context.Background(), Org, "NOPE", 5)
	if !errors.Is(err, search.ErrNotFound) {
		t.Errorf("Related(unknown) err = %v, want ErrNotFound", err)
	}
}

func testSuggest(t *testing.T, newIndex Factory) {
	docs := relatedFixture()
	docs[3].Keywords = []string{"원문공개"}
	docs[4].Keywords = []string{"원문정보"}
	x := open(t, newIndex, docs...)
	e := engine(t, x)
	got, err := e.Suggest(context.Background(), "원문", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0] != "원문공개" {
		t.Fatalf("Suggest(원문) = %v, want 원문공개 first (most documents)", got)
	}
	if !slices.Contains(got, "원문정보") {
		t.Errorf("Suggest(원문) = %v, want the envelope keyword 원문정보", got)
	}
	for _, s := range got {
		if !strings.HasPrefix(s, "원문") {
			t.Errorf("Suggest(원문) gave %q", s)
		}
	}
	if got, _ := e.Suggest(context.Background(), "원문", 1); len(got) != 1 {
		t.Errorf("Suggest n=1 gave %v", got)
	}
	if got, err := e.Suggest(context.Background(), "  ", 5); err != nil || len(got) != 0 {
		t.Errorf("Suggest(blank) = %v, %v; want nothing", got, err)
	}
	if got, err := e.Suggest(context.Background(), "없는접두어", 5); err != nil || len(got) != 0 {
		t.Errorf("Suggest(unknown) = %v, %v; want nothing", got, err)
	}
}
