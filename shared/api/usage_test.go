package api

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/usage"
)

// putUsage keeps two days of figures as the monitor's count writes them:
// a query three visitors typed, a masked one only one did, and a
// referrer one visitor came from.
func putUsage(t testing.TB, e *env) {
	t.Helper()
	today := usage.Day(e.now)
	for i, f := range []usage.Figures{
		{Day: "2026-11-26", Complete: true, Visitors: 12, PageViews: 30, Devices: map[string]int{"mobile": 7, "desktop": 5},
			Documents:   []usage.DocCount{{Org: org, ID: "SEOUL-2014-0001", Title: "2014년 정보공개 추진계획", Views: 20, Visitors: 9, Timing: usage.Timing{Beacons: 4, Millis: 120000}}},
			Departments: []usage.DeptCount{{Org: org, Code: deptInfo, Name: "정보공개정책과", Views: 20, Visitors: 9}},
			Searches:    []usage.QueryCount{{Query: "정보공개", Count: 5, Visitors: 3}, {Query: "홍*동 010-****-5678", Count: 1, Visitors: 1, NoResults: true}},
			Referrers:   []usage.HostCount{{Host: "search.naver.com", Count: 6, Visitors: 4}, {Host: "one.person.example", Count: 1, Visitors: 1}},
			TimeOnPage:  usage.Timing{Beacons: 4, Millis: 120000}},
		{Day: today, Visitors: 3, PageViews: 4, Documents: []usage.DocCount{{Org: org, ID: "SEOUL-2014-0002", Views: 4, Visitors: 3}},
			Departments: []usage.DeptCount{}, Searches: []usage.QueryCount{}, Referrers: []usage.HostCount{}},
	} {
		b, _ := json.Marshal(f)
		if err := e.store.Put(context.Background(), buckets.Work, usage.Key(f.Day), bytes.NewReader(b), storage.PutOptions{}); err != nil {
			t.Fatal(i, err)
		}
	}
}

// TestUsagePublicAndStaff: the public answer sums the days and leaves out
// what fewer than K visitors typed or came from; the staff answer has it.
func TestUsagePublicAndStaff(t *testing.T) {
	e := newEnv(t)
	putUsage(t, e)
	pub := e.do(t, "GET", "/api/stats/usage", "", nil)
	staff := e.do(t, "GET", "/api/staff/stats/usage", e.token(t, deptInfo, false), nil)
	if pub.Code != 200 || staff.Code != 200 {
		t.Fatalf("%d %s / %d %s", pub.Code, pub.Body, staff.Code, staff.Body)
	}
	var p, s usage.Summary
	_ = json.Unmarshal(pub.Body.Bytes(), &p)
	_ = json.Unmarshal(staff.Body.Bytes(), &s)
	if p.Visitors != 15 || p.PageViews != 34 || len(p.Days) != 2 || p.Documents[0].ID != "SEOUL-2014-0001" || p.TimeOnPage.MeanSeconds != 30 {
		t.Errorf("public sums: %s", pub.Body)
	}
	for _, rare := range []string{"홍*동", "one.person.example"} {
		if strings.Contains(pub.Body.String(), rare) {
			t.Errorf("the public answer shows %q", rare)
		}
		if !strings.Contains(staff.Body.String(), rare) {
			t.Errorf("the staff answer lacks %q", rare)
		}
	}
	if len(s.NoResults) != 1 || !p.Public || s.Public {
		t.Errorf("staff no-results %+v, public %v/%v", s.NoResults, p.Public, s.Public)
	}
}

// TestStaffUsageIsScopedByOrganization: GIVEN figures with views of two
// organizations' documents WHEN staff of one ask THEN they get their
// organization's documents, departments and page views only, and may not
// name the other; a city-wide admin gets both, or the one named.
func TestStaffUsageIsScopedByOrganization(t *testing.T) {
	e := newEnv(t)
	f := usage.Figures{Day: "2026-11-27", Complete: true, Visitors: 9, PageViews: 17, Devices: map[string]int{"mobile": 9},
		Documents: []usage.DocCount{
			{Org: org, ID: "SEOUL-2014-0001", Views: 5, Visitors: 4, Timing: usage.Timing{Beacons: 2, Millis: 20000}},
			{Org: orgB, ID: "GANGNAM-2014-0001", Views: 12, Visitors: 6, Timing: usage.Timing{Beacons: 3, Millis: 90000}}},
		Departments: []usage.DeptCount{{Org: org, Code: deptInfo, Views: 5, Visitors: 4}, {Org: orgB, Code: deptInfo, Views: 12, Visitors: 6}},
		Searches:    []usage.QueryCount{{Query: "교통", Count: 2, Visitors: 1}}, Referrers: []usage.HostCount{},
		TimeOnPage: usage.Timing{Beacons: 5, Millis: 110000}}
	b, _ := json.Marshal(f)
	if err := e.store.Put(context.Background(), buckets.Work, usage.Key(f.Day), bytes.NewReader(b), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	issue := func(c auth.Claims) string {
		tok, err := e.issuer.Issue(c, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	get := func(target, tok string, want int) usage.Summary {
		t.Helper()
		w := e.do(t, "GET", target, tok, nil)
		if w.Code != want {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		var s usage.Summary
		_ = json.Unmarshal(w.Body.Bytes(), &s)
		return s
	}
	orgsOf := func(s usage.Summary) string {
		var out []string
		for _, d := range s.Documents {
			out = append(out, d.Org)
		}
		for _, d := range s.Departments {
			out = append(out, d.Org)
		}
		return strings.Join(out, ",")
	}
	const period = "/api/staff/stats/usage?from=2026-11-27&to=2026-11-27"
	gangnam := issue(auth.Claims{Subject: "gangnam-officer", Organization: orgB, Department: deptInfo})
	s := get(period, gangnam, 200)
	if s.Org != orgB || orgsOf(s) != orgB+","+orgB || s.PageViews != 12 || s.Days[0].PageViews != 12 || s.TimeOnPage.MeanSeconds != 30 {
		t.Errorf("gangnam's staff: %+v", s)
	}
	// The portal's own figures are shared by every organization.
	if s.Visitors != 9 || len(s.Searches) != 1 {
		t.Errorf("gangnam's staff, portal figures: %+v", s)
	}
	get(period+"&org="+org, gangnam, 403)
	if s := get(period, e.token(t, "", true), 200); s.Org != org || orgsOf(s) != org+","+org || s.PageViews != 5 {
		t.Errorf("city's admin: %+v", s)
	}
	city := issue(auth.Claims{Subject: "city-wide", CityAdmin: true})
	if s := get(period, city, 200); s.Org != "" || s.PageViews != 17 || len(s.Documents) != 2 {
		t.Errorf("city-wide admin: %+v", s)
	}
	if s := get(period+"&org="+orgB, city, 200); s.Org != orgB || s.PageViews != 12 {
		t.Errorf("city-wide admin naming gangnam: %+v", s)
	}
	get(period+"&org=a%20b", city, 400)
}

// TestBeaconLimits: a beacon answers 204 and nothing else is kept; a body
// over 1 KiB, a bad query and the 61st beacon of a minute are refused.
func TestBeaconLimits(t *testing.T) {
	e := newEnv(t)
	ok := "/api/beacon?doc=SEOUL-2014-0001&org=" + org + "&ms=4200"
	if w := e.do(t, "POST", ok, "", ""); w.Code != 204 || w.Body.Len() != 0 {
		t.Fatalf("beacon: %d %s", w.Code, w.Body)
	}
	if w := e.do(t, "POST", ok, "", strings.Repeat("a", 1025)); w.Code != 413 {
		t.Errorf("a large body: %d", w.Code)
	}
	for _, q := range []string{"doc=SEOUL-2014-0001", "doc=%3Cx%3E&ms=1", "doc=SEOUL-2014-0001&ms=99999999"} {
		if w := e.do(t, "POST", "/api/beacon?"+q, "", ""); w.Code != 400 {
			t.Errorf("%s: %d", q, w.Code)
		}
	}
	e.setAddr("192.0.2.44")
	codes := map[int]int{}
	for range 61 {
		codes[e.do(t, "POST", ok, "", "").Code]++
	}
	if codes[204] != 60 || codes[429] != 1 {
		t.Errorf("a minute's beacons: %v", codes)
	}
	e.setAddr("192.0.2.45") // another address is not held back
	if w := e.do(t, "POST", ok, "", ""); w.Code != 204 {
		t.Errorf("another address: %d", w.Code)
	}
	if w := e.do(t, "GET", ok, "", nil); w.Code != 405 {
		t.Errorf("GET: %d", w.Code)
	}
}

// TestSortByViews: sort=views lists the most viewed documents that
// match, most viewed first, paged; before any figures it lists none.
func TestSortByViews(t *testing.T) {
	e := newEnv(t)
	ids := func(target string) (int, []string) {
		t.Helper()
		w := e.do(t, "GET", target, "", nil)
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		var res searchResponse
		_ = json.Unmarshal(w.Body.Bytes(), &res)
		var out []string
		for _, h := range res.Items {
			out = append(out, h.ID)
		}
		return res.Total, out
	}
	if n, got := ids("/api/documents?sort=views"); n != 0 || len(got) != 0 {
		t.Errorf("before any figures: %d %v", n, got)
	}
	e.h.views = ranking{} // the empty ranking is cached; the figures come
	putUsage(t, e)
	if n, got := ids("/api/documents?sort=views"); n != 2 || strings.Join(got, ",") != "SEOUL-2014-0001,SEOUL-2014-0002" {
		t.Errorf("most viewed: %d %v", n, got)
	}
	if _, got := ids("/api/documents?sort=views&size=1&page=2"); strings.Join(got, ",") != "SEOUL-2014-0002" {
		t.Errorf("page 2: %v", got)
	}
	if n, got := ids("/api/documents?sort=views&grade=closed"); n != 0 || len(got) != 0 {
		t.Errorf("filtered: %d %v", n, got)
	}
	if w := e.do(t, "GET", "/api/documents?sort=views&after=abc", "", nil); w.Code != 400 {
		t.Errorf("a cursor: %d", w.Code)
	}
}
