package usage

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/access"
)

// bruteForce counts the records the obvious way, with the raw addresses
// in plain sets: what the tally must equal.
func bruteForce(each func(func(access.Record))) Figures {
	start, end, _ := dayBounds(testDay)
	f := Figures{Devices: map[string]int{}}
	visitors := map[string]bool{}
	devices := map[string]map[string]bool{}
	views := map[DocKey]map[string]int{}
	searches := map[string]map[string]int{}
	refs := map[string]map[string]int{}
	timing := map[DocKey]*Timing{}
	each(func(r access.Record) {
		if r.Time.Before(start) || !r.Time.Before(end) {
			return
		}
		f.Lines++
		d := access.Device(r.UserAgent)
		if devices[d] == nil {
			devices[d] = map[string]bool{}
		}
		devices[d][r.IP] = true
		if d == access.Bot {
			f.BotRequests++
			return
		}
		f.Requests++
		visitors[r.IP] = true
		if h := access.RefererHost(r.Referer); h != "" && h != "plaza.example.org" {
			if refs[h] == nil {
				refs[h] = map[string]int{}
			}
			refs[h][r.IP]++
		}
		if r.Status/100 != 2 {
			return
		}
		q, _ := url.ParseQuery(r.Query)
		switch {
		case r.Method == "GET" && r.Path == "/api/documents":
			if p := q.Get("page"); p != "" && p != "1" {
				return
			}
			text := strings.ToLower(strings.Join(strings.Fields(q.Get("q")), " "))
			if searches[text] == nil {
				searches[text] = map[string]int{}
			}
			searches[text][r.IP]++
		case r.Method == "GET" && strings.HasPrefix(r.Path, "/api/documents/") && !strings.Contains(r.Path[15:], "/"):
			org := q.Get("org")
			if org == "" {
				org = "6110000"
			}
			k := DocKey{org, r.Path[15:]}
			if views[k] == nil {
				views[k] = map[string]int{}
			}
			views[k][r.IP]++
		case r.Method == "POST" && r.Path == BeaconPath:
			k := DocKey{q.Get("org"), q.Get("doc")}
			ms, _ := strconv.ParseInt(q.Get("ms"), 10, 64)
			if timing[k] == nil {
				timing[k] = &Timing{}
			}
			timing[k].Beacons++
			timing[k].Millis += ms
		}
	})
	f.Visitors = len(visitors)
	for d, s := range devices {
		f.Devices[d] = len(s)
	}
	sum := func(m map[string]int) (n int) {
		for _, v := range m {
			n += v
		}
		return n
	}
	depts := map[[2]string]*DeptCount{}
	deptIPs := map[[2]string]map[string]bool{}
	for k, ips := range views {
		f.PageViews += sum(ips)
		if strings.HasSuffix(k.ID, "7") {
			continue
		}
		in := deptOf(k)
		dk := [2]string{k.Org, in.DepartmentCode}
		if depts[dk] == nil {
			depts[dk] = &DeptCount{Org: k.Org, Code: in.DepartmentCode, Name: in.DepartmentName}
			deptIPs[dk] = map[string]bool{}
		}
		depts[dk].Views += sum(ips)
		for ip := range ips {
			deptIPs[dk][ip] = true
		}
	}
	docs := map[DocKey]DocCount{}
	for k := range views {
		docs[k] = DocCount{Org: k.Org, ID: k.ID, Views: sum(views[k]), Visitors: len(views[k])}
	}
	for k, tm := range timing {
		d := docs[k]
		d.Org, d.ID, d.Timing = k.Org, k.ID, *tm
		d.finish()
		docs[k] = d
		f.TimeOnPage.Beacons += tm.Beacons
		f.TimeOnPage.Millis += tm.Millis
	}
	f.TimeOnPage.finish()
	for k, d := range docs {
		if !strings.HasSuffix(k.ID, "7") {
			in := deptOf(k)
			d.Title, d.DepartmentCode, d.DepartmentName = in.Title, in.DepartmentCode, in.DepartmentName
		}
		f.Documents = append(f.Documents, d)
	}
	for dk, d := range depts {
		d.Visitors = len(deptIPs[dk])
		f.Departments = append(f.Departments, *d)
	}
	for q, ips := range searches {
		f.Searches = append(f.Searches, QueryCount{Query: q, Count: sum(ips), Visitors: len(ips), NoResults: strings.Contains(q, "noresult")})
	}
	for h, ips := range refs {
		f.Referrers = append(f.Referrers, HostCount{Host: h, Count: sum(ips), Visitors: len(ips)})
	}
	return f
}

func tallyOf(t *testing.T, logs [][]byte) Figures {
	t.Helper()
	tl, err := NewTally(testDay, Options{Salt: bytes.Repeat([]byte{7}, 32), DefaultOrg: "6110000", OwnHosts: []string{"plaza.example.org"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range logs {
		skipped, err := access.Scan(bytes.NewReader(l), func(r access.Record) error { tl.Add(r); return nil })
		if err != nil {
			t.Fatal(err)
		}
		tl.Skipped(skipped)
	}
	f, err := tl.Figures(context.Background(), &catalog{}, keep{}, searcher{})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestTallyEqualsBruteForce: over generated logs of both formats (the
// gateway's JSON lines and CloudFront's gzipped W3C), every figure equals
// a brute-force count over the raw records.
func TestTallyEqualsBruteForce(t *testing.T) {
	var a, b bytes.Buffer
	var recs []access.Record
	collect := func(r access.Record) { recs = append(recs, r) }
	generate(&a, genOptions{lines: 20000, ips: 700, docs: 300, seed: 1}, collect)
	generate(&b, genOptions{lines: 20000, ips: 700, docs: 300, seed: 2, w3c: true}, collect)
	got := tallyOf(t, [][]byte{a.Bytes(), gzipped(b.Bytes())})
	want := bruteForce(func(yield func(access.Record)) {
		for _, r := range recs {
			yield(r)
		}
	})
	if got.Skipped != 0 {
		t.Errorf("skipped %d lines", got.Skipped)
	}
	sameFigures(t, got, want)
	if got.Visitors < 600 || got.PageViews < 10000 || len(got.Searches) < 50 || got.TimeOnPage.Beacons < 1000 {
		t.Errorf("the generator made too little to compare: %+v", got.TimeOnPage)
	}
	noResults := 0
	for _, q := range got.Searches {
		if q.NoResults {
			noResults++
		}
	}
	if noResults == 0 {
		t.Error("no query without results")
	}
}

func docID(d DocCount) string   { return d.Org + "/" + d.ID }
func deptID(d DeptCount) string { return d.Org + "/" + d.Code }

func byKey[V any](vs []V, key func(V) string) map[string]V {
	m := make(map[string]V, len(vs))
	for _, v := range vs {
		m[key(v)] = v
	}
	return m
}

// TestSumKeepsRareQueriesOutOfPublicAnswers: a query fewer than K
// visitors typed, or a referrer fewer came from, is in the staff summary
// and not in the public one.
func TestSumKeepsRareQueriesOutOfPublicAnswers(t *testing.T) {
	days := []Figures{{Day: "2026-12-05", Visitors: 10, PageViews: 4,
		Searches:  []QueryCount{{Query: "예산", Count: 5, Visitors: 3}, {Query: "홍*동 민원", Count: 2, Visitors: 1, NoResults: true}},
		Referrers: []HostCount{{Host: "search.naver.com", Count: 9, Visitors: 4}, {Host: "my.blog.example", Count: 1, Visitors: 1}},
		Documents: []DocCount{{Org: "6110000", ID: "A", Views: 4, Visitors: 2, Timing: Timing{Beacons: 2, Millis: 4000}}}},
		{Day: "2026-12-06", Visitors: 5, PageViews: 6, Documents: []DocCount{{Org: "6110000", ID: "A", Views: 6, Visitors: 3}}}}
	pub := Sum(slicesClone(days), "2026-12-05", "2026-12-06", 10, true)
	staff := Sum(slicesClone(days), "2026-12-05", "2026-12-06", 10, false)
	if len(pub.Searches) != 1 || pub.Searches[0].Query != "예산" || len(pub.NoResults) != 0 || len(pub.Referrers) != 1 {
		t.Errorf("public: %+v %+v %+v", pub.Searches, pub.NoResults, pub.Referrers)
	}
	if len(staff.Searches) != 2 || len(staff.NoResults) != 1 || len(staff.Referrers) != 2 {
		t.Errorf("staff: %+v %+v", staff.Searches, staff.Referrers)
	}
	if pub.Visitors != 15 || pub.PageViews != 10 || pub.Documents[0].Views != 10 || pub.Documents[0].MeanSeconds != 2 || len(pub.Days) != 2 {
		t.Errorf("sums: %+v", pub)
	}
}

func slicesClone(f []Figures) []Figures { return append([]Figures(nil), f...) }

func TestParseBeacon(t *testing.T) {
	for q, ok := range map[string]bool{
		"doc=A-1&org=6110000&ms=1200": true, "doc=A-1&ms=0": true, "doc=A-1&ms=-1": false, "doc=A-1&ms=99999999999": false,
		"doc=%3Cscript%3E&ms=5": false, "doc=A-1&org=6110000": false, "ms=5": false,
	} {
		if _, got := ParseBeacon(q, "6110000"); got != ok {
			t.Errorf("%q: %v", q, got)
		}
	}
	b, _ := ParseBeacon("doc=A-1&ms=1200", "6110000")
	if b.Doc != (DocKey{"6110000", "A-1"}) || b.Millis != 1200 {
		t.Errorf("%+v", b)
	}
}

// sameFigures compares a tally with a brute-force count.
func sameFigures(t testing.TB, got, want Figures) {
	t.Helper()
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"lines", got.Lines, want.Lines}, {"requests", got.Requests, want.Requests}, {"bots", got.BotRequests, want.BotRequests},
		{"visitors", got.Visitors, want.Visitors}, {"devices", got.Devices, want.Devices}, {"page views", got.PageViews, want.PageViews},
		{"time on page", got.TimeOnPage, want.TimeOnPage},
		{"documents", byKey(got.Documents, docID), byKey(want.Documents, docID)},
		{"departments", byKey(got.Departments, deptID), byKey(want.Departments, deptID)},
		{"searches", byKey(got.Searches, func(q QueryCount) string { return q.Query }), byKey(want.Searches, func(q QueryCount) string { return q.Query })},
		{"referrers", byKey(got.Referrers, func(h HostCount) string { return h.Host }), byKey(want.Referrers, func(h HostCount) string { return h.Host })},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s differ: %s", c.what, firstDiff(c.got, c.want))
		}
	}
}

// firstDiff names the first difference, briefly (the lists are long).
func firstDiff(got, want any) string {
	g, w := reflect.ValueOf(got), reflect.ValueOf(want)
	if g.Kind() != reflect.Map {
		return fmt.Sprintf("got %v, want %v", got, want)
	}
	if g.Len() != w.Len() {
		return fmt.Sprintf("%d entries, want %d", g.Len(), w.Len())
	}
	for _, k := range w.MapKeys() {
		gv, wv := g.MapIndex(k), w.MapIndex(k)
		if !gv.IsValid() || !reflect.DeepEqual(gv.Interface(), wv.Interface()) {
			return fmt.Sprintf("%v: got %+v, want %+v", k, gv, wv)
		}
	}
	return "?"
}

// FuzzParseBeacon: whatever a client sends, a beacon that is accepted
// names a well-formed document and a time within the bounds.
func FuzzParseBeacon(f *testing.F) {
	for _, s := range []string{"doc=A-1&org=6110000&ms=1200", "doc=A-1&ms=-1", "doc=%00&ms=1", "ms=1e9", "doc=A&doc=B&ms=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		b, ok := ParseBeacon(q, "6110000")
		if ok && (!idPattern.MatchString(b.Doc.ID) || !orgPattern.MatchString(b.Doc.Org) || b.Millis < 0 || b.Millis > MaxBeaconMillis) {
			t.Fatalf("%q → %+v", q, b)
		}
	})
}
