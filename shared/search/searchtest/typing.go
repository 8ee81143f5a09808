package searchtest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/search"
)

// typingFixture is Fixture with a document found by its keyword's
// initials only (대중교통 is not in its title).
func typingFixture() []search.Doc {
	bus := search.Doc{Org: Org, ID: "BUS-1", Version: 1, Title: "버스노선 개편 안내", Body: "간선버스 노선을 조정한다.",
		DepartmentCode: "1100302", DepartmentName: "도시교통실 도로관리과", Type: "press", Grade: "public", ApprovedAt: at(2018, 6, 1),
		Keywords: []string{"대중교통"}}
	park := search.Doc{Org: Org, ID: "PARK-1", Version: 1, Title: "공원 조성 계획", Body: "근린공원을 조성한다.",
		DepartmentCode: "1100501", DepartmentName: "푸른도시국 공원조성과", Type: "plan", Grade: "public", ApprovedAt: at(2018, 7, 1)}
	show := search.Doc{Org: Org, ID: "SHOW-1", Version: 1, Title: "공연 일정 안내", Body: "여름 음악회를 연다.",
		DepartmentCode: "1100530", DepartmentName: "문화본부 문화정책과", Type: "press", Grade: "public", ApprovedAt: at(2018, 8, 1)}
	return append(Fixture(), bus, park, show)
}

// testTyping: the Korean typing habits (search.Forgive) on the engine:
// 초성 matched against titles and keywords, keystrokes typed in English
// mode, one wrong key in a title word, and what is said about each.
func testTyping(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, typingFixture()...)
	for _, c := range []struct {
		text, didYouMean string
		want             []string
	}{
		{"ㅈㅂㄱㄱ", "", []string{"INFO-1", "INFO-2"}},           // initials begin a title word
		{"ㅈㅂㄱㄱ ㅊㄱ", "", []string{"INFO-2"}},                  // every part is required
		{"ㄷㅈㄱㅌ", "", []string{"BUS-1"}},                      // a keyword's initials
		{"ㅋㅋㅋ", "", nil},                                     // initials of nothing
		{"wjdqhrhdro", "정보공개", []string{"INFO-1", "INFO-2"}}, // English mode
		{"WJDQHRHDRO", "정보공개", []string{"INFO-1", "INFO-2"}}, // and caps lock
		{"qjtmshtjs", "버스노선", []string{"BUS-1"}},
		{"정보공게", "정보공개", []string{"INFO-1", "INFO-2"}}, // one wrong key
		{"버스노섬 개편", "버스노선 개편", []string{"BUS-1"}},
		{"예산 편성 지칭", "예산 편성 지침", []string{"BUDGET-1"}},
		{"wjdqhrhdrp", "정보공개", []string{"INFO-1", "INFO-2"}}, // both at once
		{"정보공개", "", []string{"INFO-1", "INFO-2"}},           // found as typed: nothing said
		{"zzxxqq", "", nil},
		{"정보공개 돌봄", "", nil}, // each word alone is right: nothing to correct
	} {
		q := search.Query{Org: Org, Text: c.text, Forgiving: true}
		r := find(t, x, q)
		wantIDs(t, q, r, c.want...)
		if r.DidYouMean != c.didYouMean {
			t.Errorf("Search(%q).DidYouMean = %q, want %q", c.text, r.DidYouMean, c.didYouMean)
		}
	}
	// The 초성 query pages and counts facets like any other.
	// A word some document holds is no typo: 공원 among the press
	// releases finds nothing, and is not read as 공연.
	q := search.Query{Org: Org, Text: "공원", Type: "press", Forgiving: true}
	if r := find(t, x, q); r.Total != 0 || r.DidYouMean != "" {
		t.Errorf("Search(%+v) = %v, did_you_mean %q; want nothing, as typed", q, ids(r), r.DidYouMean)
	}
	q = search.Query{Org: Org, Text: "공원", Forgiving: true}
	wantIDs(t, q, find(t, x, q), "PARK-1")
	// Machine clients (feeds, CKAN, digests) get what they asked for.
	for _, text := range []string{"ㅈㅂㄱㄱ", "wjdqhrhdro", "정보공게"} {
		q := search.Query{Org: Org, Text: text}
		r := find(t, x, q)
		wantIDs(t, q, r)
		if r.DidYouMean != "" {
			t.Errorf("Search(%q) not forgiving: DidYouMean = %q", text, r.DidYouMean)
		}
	}
	r := find(t, x, search.Query{Org: Org, Text: "ㅈㅂㄱㄱ", Size: 1, Forgiving: true})
	if r.Total != 2 || len(r.Items) != 1 || r.Next == "" {
		t.Errorf("ㅈㅂㄱㄱ size 1: total %d, %d items, next %q; want 2, 1, a cursor", r.Total, len(r.Items), r.Next)
	}
	if n := count(r.Facets[search.FacetType], "plan") + count(r.Facets[search.FacetType], "report"); n != 2 {
		t.Errorf("ㅈㅂㄱㄱ type facet = %+v, want plan and report", r.Facets[search.FacetType])
	}
}

func count(fc []search.FacetCount, v string) int {
	for _, f := range fc {
		if f.Value == v {
			return f.Count
		}
	}
	return 0
}

// testSubject: a subject area filters by its departments or its
// keywords, within the organization; an empty area finds nothing; the
// facets and the empty query's listing follow the filter.
func testSubject(t *testing.T, newIndex Factory) {
	x := open(t, newIndex, typingFixture()...)
	roads := &search.Subject{Departments: []string{"1100302"}, Keywords: []string{"대중교통"}}
	for _, c := range []struct {
		q    search.Query
		want []string
	}{
		{search.Query{Org: Org, Subject: roads}, []string{"ROAD-1", "ROAD-2", "BUS-1"}},
		{search.Query{Org: Org, Subject: roads, Text: "예산"}, []string{"ROAD-1", "ROAD-2"}},
		{search.Query{Subject: &search.Subject{Keywords: []string{"대중교통"}}}, []string{"BUS-1"}},
		{search.Query{Org: Org, Subject: &search.Subject{Departments: []string{"1100123"}}, Type: "report"}, []string{"INFO-2", "XSS-1"}},
		{search.Query{Org: Org, Subject: &search.Subject{}}, nil},
		{search.Query{Org: Other, Subject: roads}, nil},
	} {
		r := find(t, x, c.q)
		wantIDs(t, c.q, r, c.want...)
		if n := 0; c.q.Text == "" {
			for _, f := range r.Facets[search.FacetType] {
				n += f.Count
			}
			if n != len(c.want) {
				t.Errorf("Search(%+v): type facet counts %d, want %d", c.q, n, len(c.want))
			}
		}
	}
	// A page of the filtered listing, then of the whole: no answer (nor
	// an engine's cached count) is another's.
	if r := find(t, x, search.Query{Org: Org, Subject: roads, Size: 1}); r.Total != 3 {
		t.Errorf("subject listing total %d, want 3", r.Total)
	}
	all := find(t, x, search.Query{Org: Org, Size: 1})
	if all.Total != len(typingFixture()) {
		t.Errorf("after subject searches, the whole listing has %d, want %d", all.Total, len(typingFixture()))
	}
	if _, err := x.Search(context.Background(), search.Query{Subject: roads}); !errors.Is(err, search.ErrDepartmentWithoutOrg) {
		t.Errorf("subject with departments and no organization: err %v, want ErrDepartmentWithoutOrg", err)
	}
}

// testBoilerplate: lines a department repeats weigh nothing: a word that
// only they hold finds no document, and two documents sharing only them
// are not related by keywords.
func testBoilerplate(t *testing.T, newIndex Factory) {
	ctx := context.Background()
	attach := "붙임 1. 세부 추진계획 및 예산 집행계획 1부. 끝."
	doc := func(id, title, body string, m time.Month) search.Doc {
		return search.Doc{Org: Org, ID: id, Version: 1, Title: title, Body: body + "\n" + attach,
			DepartmentCode: "1100302", DepartmentName: "도시교통실 도로관리과", Type: "plan", Grade: "public",
			ApprovedAt: at(2016, m, 1), Boilerplate: []string{attach}}
	}
	x := open(t, newIndex,
		doc("P1", "가로등 교체", "노후 가로등을 엘이디 가로등으로 교체한다.", 1),
		doc("P2", "보도블록 정비", "파손된 보도블록을 정비한다.", 2),
		// The word in its own text: found.
		doc("P3", "교량 점검", "교량 안전 점검의 집행계획을 세운다.", 3))
	q := search.Query{Org: Org, Text: "집행계획"}
	wantIDs(t, q, find(t, x, q), "P3")
	// The text around the boilerplate is searched as before.
	q = search.Query{Org: Org, Text: "보도블록"}
	wantIDs(t, q, find(t, x, q), "P2")
	links, err := engine(t, x).Related(ctx, Org, "P1", 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		if l.Reason == search.ReasonKeywords {
			t.Errorf("P1 related to %s by keywords %v: only the boilerplate is shared", l.ID, l.Keywords)
		}
	}
}
