package api

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

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
