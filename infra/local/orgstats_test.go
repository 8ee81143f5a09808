package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/api"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/stats"
)

// seoulDistricts are Seoul's 25 autonomous districts with their
// organization codes.
var seoulDistricts = []struct{ code, name, slug string }{
	{"3000000", "종로구", "jongno"}, {"3010000", "중구", "junggu"}, {"3020000", "용산구", "yongsan"},
	{"3030000", "성동구", "seongdong"}, {"3040000", "광진구", "gwangjin"}, {"3050000", "동대문구", "dongdaemun"},
	{"3060000", "중랑구", "jungnang"}, {"3070000", "성북구", "seongbuk"}, {"3080000", "강북구", "gangbuk"},
	{"3090000", "도봉구", "dobong"}, {"3100000", "노원구", "nowon"}, {"3110000", "은평구", "eunpyeong"},
	{"3120000", "서대문구", "seodaemun"}, {"3130000", "마포구", "mapo"}, {"3140000", "양천구", "yangcheon"},
	{"3150000", "강서구", "gangseo"}, {"3160000", "구로구", "guro"}, {"3170000", "금천구", "geumcheon"},
	{"3180000", "영등포구", "yeongdeungpo"}, {"3190000", "동작구", "dongjak"}, {"3200000", "관악구", "gwanak"},
	{"3210000", "서초구", "seocho"}, {"3220000", "강남구", "gangnam"}, {"3230000", "송파구", "songpa"},
	{"3240000", "강동구", "gangdong"},
}

// sharedDept is the department id City Hall and every district use, each
// for its own department.
const sharedDept = "1100123"

// districtFile is a generated organization's file: three departments, the
// first of them with City Hall's id.
func districtFile(code, name, slug string) org.Org {
	officer := func(id string, n int) org.Person {
		return org.Person{ID: id, Name: "담당자", Position: "주무관", Email: id + "@" + slug + ".example", Phone: fmt.Sprintf("010-0000-%04d", n)}
	}
	dept := func(id, dname string, n int) org.Department {
		return org.Department{ID: id, Name: dname, Officers: []org.Person{officer(slug+"-"+id, n)}}
	}
	audit := code[:3] + "0100"
	return org.Org{
		Code: code, Name: "서울특별시 " + name,
		Departments: []org.Department{
			dept(sharedDept, name+" 기획예산과", 201), dept(audit, name+" 감사담당관", 202), dept(code[:3]+"0200", name+" 복지정책과", 203),
		},
		Inquiry: org.Inquiry{Fallback: audit},
		Senders: []org.Sender{{Prefix: slug + "-approval"}},
		Policy: org.Policy{Timezone: "Asia/Seoul", Phases: []org.Phase{{From: "2014-03-01", MinRank: "team_manager"}},
			PartialAutoExemptions: []string{"6"}, Holds: []org.Hold{}},
		MaskingExceptions: []string{},
		SubjectAreas:      []org.SubjectArea{},
		Branding: org.Branding{Name: name + " 정보공개", Emblem: "emblems/" + code + ".svg", Colors: org.Colors{Primary: "#005BAC"},
			Contact: org.Contact{Address: "서울특별시 " + name}},
	}
}

// twentySixOrgs writes City Hall's file (as embedded), the deployment's and
// 25 generated districts' into a folder and loads it as a start would.
func twentySixOrgs(t *testing.T) *org.Set {
	t.Helper()
	dir := t.TempDir()
	for _, n := range []string{"6110000.json", org.DeploymentFile} {
		data, err := os.ReadFile(filepath.Join("..", "..", "shared", "org", "orgs", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range seoulDistricts {
		data, err := json.MarshalIndent(districtFile(d.code, d.name, d.slug), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, d.code+".json"), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	set, err := org.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(set.All()); n != 26 {
		t.Fatalf("%d organizations, want 26", n)
	}
	return set
}

// expected is what one organization was sent.
type expected struct {
	received, published, closed, withheld, formatRejected int
	perDept                                               map[string]int // received per department
}

// orgDocs generates organization k's documents: a varying number of
// public ones, a partial one (item 6, which redaction satisfies), a closed
// one, one approved below the rank threshold (withheld), an envelope
// without a title (rejected for a format fault, before any department is
// read) and, in every organization, SAME-0001 from department 1100123.
func orgDocs(k int, o *org.Org, system string) ([]sampleDoc, expected) {
	ex := expected{perDept: map[string]int{}}
	var docs []sampleDoc
	env := func(id, dept, grade, rank string, exemptions ...string) map[string]any {
		d, _ := o.Department(dept)
		if exemptions == nil {
			exemptions = []string{}
		}
		return map[string]any{
			"schema": "plaza.envelope/v1", "id": id, "version": 1, "type": "report",
			"organization": map[string]any{"code": o.Code, "name": o.Name},
			"title":        o.Name + " " + d.Name + " 업무 보고 " + id,
			"department":   map[string]any{"code": dept, "name": d.Name},
			"approver":     map[string]any{"name": "이과장", "position": "과장", "rank": rank},
			"approved_at":  "2026-11-20T10:00:00+09:00",
			"disclosure":   map[string]any{"grade": grade, "exemptions": exemptions},
			"body":         "정기 업무 보고입니다. 추진 실적과 향후 계획을 정리하였습니다.",
		}
	}
	add := func(m map[string]any, dept string) {
		docs = append(docs, sampleDoc{system: system, envelope: m})
		ex.received++
		if dept != "" {
			ex.perDept[dept]++
		}
	}
	depts := o.Departments
	add(env("SAME-0001", sharedDept, "public", "division_head"), sharedDept)
	ex.published++
	for i := range 1 + k%4 {
		dept := depts[i%len(depts)].ID
		add(env(fmt.Sprintf("PUB-%03d", i), dept, "public", "division_head"), dept)
		ex.published++
	}
	dept := depts[1%len(depts)].ID
	add(env("PART-001", dept, "partial", "division_head", "6"), dept)
	ex.published++
	if k%2 == 1 {
		add(env("CLOSED-001", sharedDept, "closed", "division_head", "4"), sharedDept)
		ex.closed++
	}
	if k%3 == 0 {
		add(env("LOW-001", dept, "public", "officer"), dept)
		ex.withheld++
	}
	bad := env("BAD-001", sharedDept, "public", "division_head")
	delete(bad, "title")
	delete(bad, "department")
	add(bad, "")
	ex.formatRejected++
	return docs, ex
}

// TestTwentySixOrganizationsAddUp runs City Hall and its 25 districts
// (generated files, not the embedded ones) through the real pipeline, and
// checks that the statistics add up — departments to their organization,
// organizations to the whole, each equal to what was sent — and that the
// department id and the document id all of them share never mix in
// search results, facets or statistics.
func TestTwentySixOrganizationsAddUp(t *testing.T) {
	set := twentySixOrgs(t)
	dir := t.TempDir()
	s, err := Open(Options{Data: dir, Addr: "127.0.0.1:0", Orgs: set, Logger: slog.New(slog.DiscardHandler), TickEvery: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	want := map[string]expected{}
	var all []sampleDoc
	for k, o := range set.All() {
		system := "e-approval" // City Hall's file binds every unlisted prefix
		if len(o.Senders) > 0 && o.Senders[0].Prefix != org.AnySystem {
			system = o.Senders[0].Prefix
		}
		docs, ex := orgDocs(k, o, system)
		all = append(all, docs...)
		want[o.Code] = ex
	}
	if err := s.Seed(ctx, all, nil); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)

	// The ledger as the statistics read it, counted by brute force.
	recs, err := readLedger(ctx, s.Ledger, "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(all) {
		t.Fatalf("%d ledger records for %d envelopes", len(recs), len(all))
	}
	for _, r := range recs {
		if r.State == ledger.Received || r.State == ledger.Staged {
			t.Fatalf("%s/%s still %s after the pipeline settled", r.Org, r.ID, r.State)
		}
	}

	var st api.ReleaseStats
	if code := getJSON(t, s.API, "/api/stats/release", &st); code != 200 {
		t.Fatalf("stats: %d", code)
	}
	if len(st.Organizations) != 26 {
		t.Fatalf("%d organizations in the statistics, want 26", len(st.Organizations))
	}
	// Organizations add up to the whole.
	var sum api.ReleaseCounts
	for _, o := range st.Organizations {
		addCounts(&sum, o.ReleaseCounts)
	}
	if !sameCounts(sum, st.Total) {
		t.Errorf("organizations add up to %+v, the total is %+v", sum, st.Total)
	}
	t.Logf("26 organizations: %+v", st.Total)
	if st.Total.Received != len(all) {
		t.Errorf("total received %d, sent %d", st.Total.Received, len(all))
	}
	// Each organization: its departments and its records without one add
	// up to it, and it is what it was sent.
	byOrg := map[string][]api.DepartmentStats{}
	for _, d := range st.Departments {
		byOrg[d.Org] = append(byOrg[d.Org], d)
	}
	for _, o := range st.Organizations {
		ex := want[o.Code]
		var depts api.ReleaseCounts
		for _, d := range byOrg[o.Code] {
			addCounts(&depts, d.ReleaseCounts)
			if d.Received != ex.perDept[d.Code] {
				t.Errorf("%s department %s: %d received, sent %d", o.Code, d.Code, d.Received, ex.perDept[d.Code])
			}
			file, _ := set.Get(o.Code)
			if fd, _ := file.Department(d.Code); d.Name != fd.Name {
				t.Errorf("%s department %s is named %q, its file says %q", o.Code, d.Code, d.Name, fd.Name)
			}
		}
		addCounts(&depts, o.WithoutDepartment)
		if !sameCounts(depts, o.ReleaseCounts) {
			t.Errorf("%s: departments and without_department add up to %+v, the organization is %+v", o.Code, depts, o.ReleaseCounts)
		}
		got := expected{received: o.Received, published: o.Published, closed: o.Closed, withheld: o.Withheld, formatRejected: o.FormatRejected}
		if got.received != ex.received || got.published != ex.published || got.closed != ex.closed ||
			got.withheld != ex.withheld || got.formatRejected != ex.formatRejected {
			t.Errorf("%s: %+v, sent %+v", o.Code, o.ReleaseCounts, ex)
		}
		// The rejected envelope named no department: it is counted apart.
		if w := o.WithoutDepartment; w.Received != 1 || w.Rejected != 1 || w.FormatRejected != 1 {
			t.Errorf("%s without_department = %+v, want the one rejected envelope", o.Code, w)
		}
		if r := stats.Ratio(ex.published, ex.received, ex.formatRejected); math.Abs(o.ReleaseRatio-r) > 1e-12 || o.RatioBase != ex.received-ex.formatRejected {
			t.Errorf("%s ratio %v (base %d), want %v", o.Code, o.ReleaseRatio, o.RatioBase, r)
		}
		name, _ := set.Get(o.Code)
		if o.Name != name.Name {
			t.Errorf("%s is named %q, its file says %q", o.Code, o.Name, name.Name)
		}
	}
	// One organization asked for alone is the same row.
	var gangnam api.ReleaseStats
	getJSON(t, s.API, "/api/stats/release?organization=3220000", &gangnam)
	for _, o := range st.Organizations {
		if o.Code == "3220000" && (len(gangnam.Organizations) != 1 || !sameCounts(gangnam.Total, o.ReleaseCounts)) {
			t.Errorf("Gangnam-gu alone: %+v, in the whole: %+v", gangnam.Total, o.ReleaseCounts)
		}
	}
	for _, d := range gangnam.Departments {
		if d.Org != "3220000" {
			t.Errorf("Gangnam-gu's statistics hold %s's department %s", d.Org, d.Code)
		}
	}

	// The same figures as Prometheus text, each organization labelled.
	rr := httptest.NewRecorder()
	s.API.ServeHTTP(rr, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	for _, o := range st.Organizations {
		if line := fmt.Sprintf("plaza_documents_received{org=%q} %d\n", o.Code, o.Received); !strings.Contains(rr.Body.String(), line) {
			t.Errorf("/metrics lacks %q", line)
		}
	}

	// The comparison ranks all 26 by ratio, and adds up to the whole.
	var cmp api.OrgComparison
	if code := getJSON(t, s.API, "/api/stats/organizations", &cmp); code != 200 || len(cmp.Items) != 26 {
		t.Fatalf("comparison: %d, %d items", code, len(cmp.Items))
	}
	received := 0
	for i, it := range cmp.Items {
		received += it.Received
		if it.Rank < 1 || (i > 0 && (it.ReleaseRatio > cmp.Items[i-1].ReleaseRatio || it.Rank < cmp.Items[i-1].Rank)) {
			t.Errorf("comparison out of order at %d: %+v after %+v", i, it, cmp.Items[i-1])
		}
		if i > 0 && it.ReleaseRatio == cmp.Items[i-1].ReleaseRatio && it.Rank != cmp.Items[i-1].Rank {
			t.Errorf("equal ratios, different ranks: %+v and %+v", cmp.Items[i-1], it)
		}
	}
	if received != cmp.Total.Received || received != len(all) {
		t.Errorf("comparison adds up to %d received, total %d, sent %d", received, cmp.Total.Received, len(all))
	}

	// Search: every organization has a department 1100123 and a document
	// SAME-0001; they are 26 facet values and 26 documents, never one.
	type searchResult struct {
		Total  int `json:"total"`
		Items  []struct{ Org, ID, Title string }
		Facets map[string][]struct {
			Value, Label, Org string
			Count             int
		} `json:"facets"`
	}
	var res searchResult
	if code := getJSON(t, s.API, "/api/documents?size=1", &res); code != 200 {
		t.Fatalf("search: %d", code)
	}
	if len(res.Facets["organization"]) != 26 {
		t.Errorf("organization facet has %d values, want 26", len(res.Facets["organization"]))
	}
	indexed := map[string]int{}
	for _, r := range recs {
		if r.State == ledger.Indexed {
			indexed[r.Org]++
		}
	}
	for _, f := range res.Facets["organization"] {
		o, _ := set.Get(f.Value)
		if o == nil || f.Label != o.Name || f.Count != indexed[f.Value] {
			t.Errorf("organization facet %+v: want %d documents named from the file", f, indexed[f.Value])
		}
	}
	shared := map[string]int{}
	for _, f := range res.Facets["department"] {
		if f.Value != sharedDept {
			continue
		}
		if shared[f.Org]++; shared[f.Org] > 1 {
			t.Errorf("department %s of %s appears twice", sharedDept, f.Org)
		}
		o, _ := set.Get(f.Org)
		if d, _ := o.Department(sharedDept); f.Label != d.Name {
			t.Errorf("department %s of %s labelled %q, want %q", sharedDept, f.Org, f.Label, d.Name)
		}
	}
	if len(shared) != 26 {
		t.Errorf("department %s is %d facet values, want one per organization (26)", sharedDept, len(shared))
	}
	for _, o := range set.All() {
		q := "/api/documents?size=100&organization=" + o.Code + "&department=" + sharedDept
		var res searchResult
		if code := getJSON(t, s.API, q, &res); code != 200 {
			t.Fatalf("%s: %d", q, code)
		}
		same := 0
		for _, it := range res.Items {
			if it.Org != o.Code {
				t.Errorf("%s found %s/%s", q, it.Org, it.ID)
			}
			if it.ID == "SAME-0001" {
				same++
			}
		}
		if same != 1 {
			t.Errorf("%s: SAME-0001 %d times, want once", q, same)
		}
		if f := res.Facets["department"]; len(f) != 1 || f[0].Org != o.Code || f[0].Count != res.Total {
			t.Errorf("%s: department facet %+v", q, f)
		}
		var doc struct {
			Title        string `json:"title"`
			Organization struct {
				Code string `json:"code"`
			} `json:"organization"`
		}
		if code := getJSON(t, s.API, "/api/documents/SAME-0001?org="+url.QueryEscape(o.Code), &doc); code != 200 ||
			doc.Organization.Code != o.Code || doc.Title != o.Name+" "+mustDept(t, o, sharedDept)+" 업무 보고 SAME-0001" {
			t.Errorf("SAME-0001 of %s: %d %+v", o.Code, code, doc)
		}
	}
	// And the department alone is refused rather than mixing them.
	if code := getJSON(t, s.API, "/api/documents?department="+sharedDept, nil); code != 400 {
		t.Errorf("department without organization: %d, want 400", code)
	}
}

func mustDept(t *testing.T, o *org.Org, id string) string {
	t.Helper()
	d, ok := o.Department(id)
	if !ok {
		t.Fatalf("%s has no department %s", o.Code, id)
	}
	return d.Name
}

func addCounts(a *api.ReleaseCounts, b api.ReleaseCounts) {
	a.Add(b.Counts)
	a.RatioBase += b.RatioBase
}

// sameCounts compares the counts and their splits, not the ratio (a ratio
// of sums is not a sum of ratios) nor the review waits (a maximum and a
// median, not sums).
func sameCounts(a, b api.ReleaseCounts) bool {
	x, y := a.Counts, b.Counts
	return x.Received == y.Received && x.Published == y.Published && x.Closed == y.Closed && x.Withheld == y.Withheld &&
		x.Review == y.Review && x.Rejected == y.Rejected && x.Retracted == y.Retracted && x.Pending == y.Pending &&
		x.FormatRejected == y.FormatRejected && a.RatioBase == b.RatioBase && maps.Equal(a.WithheldBy, b.WithheldBy) &&
		maps.Equal(a.ClosedBy, b.ClosedBy) && maps.Equal(a.RejectedBy, b.RejectedBy)
}
