package api

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/closure"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// listCounter is the bbolt ledger, counting its List calls (scans).
type listCounter struct {
	*bolt.Ledger
	mu    sync.Mutex
	lists int
}

func (c *listCounter) List(ctx context.Context, f ledger.Filter) ([]ledger.Record, string, error) {
	c.mu.Lock()
	c.lists++
	c.mu.Unlock()
	return c.Ledger.List(ctx, f)
}

// putAt writes a record received at `at` into state, with a reason.
func (e *env) putAt(t *testing.T, id, dept string, at time.Time, state ledger.State, reason string) {
	t.Helper()
	rec := ledger.Record{Org: org, ID: id, Department: dept, Grade: "public"}
	rec.Move(at, ledger.Received, 1, "", "")
	rec.Move(at.Add(time.Minute), state, 1, reason, "")
	if _, err := e.ledger.Put(context.Background(), rec); err != nil {
		t.Fatal(err)
	}
}

// TestStatsByPeriod: documents count in the month they were received;
// a rejection without a department is the organization's
// without_department in every period, never a department row; CSV
// carries the same figures.
func TestStatsByPeriod(t *testing.T) {
	e := newEnv(t)
	// The seed's records were received at e.now (2026-11-27).
	oct := time.Date(2026, 10, 31, 23, 30, 0, 0, time.UTC) // 2026-11-01 08:30 in Seoul
	e.putAt(t, "OCT-1", deptInfo, oct, ledger.Indexed, "")
	e.putAt(t, "SEP-1", deptInfo, time.Date(2026, 9, 10, 0, 0, 0, 0, time.UTC), ledger.Withheld, "policy.scheduled")
	e.putAt(t, "SEP-2", "", time.Date(2026, 9, 11, 0, 0, 0, 0, time.UTC), ledger.Rejected, "envelope.missing_field:title")
	e.now = e.now.Add(time.Hour)

	st := decode[ReleaseStats](t, e.do(t, "GET", "/api/stats/release?organization="+org+"&period=month&from=2026-09&to=2026-11", "", nil).Body.Bytes())
	if st.Period != "month" || st.From != "2026-09" || st.To != "2026-11" || len(st.Periods) != 2 {
		t.Fatalf("periods %+v", st)
	}
	sep, nov := st.Periods[0], st.Periods[1]
	if sep.Period != "2026-09" || sep.Total.Received != 2 || sep.Total.Withheld != 1 || sep.Total.WithheldBy["policy.scheduled"] != 1 ||
		sep.Total.FormatRejected != 1 || sep.Total.RatioBase != 1 || sep.Total.ReleaseRatio != 0 {
		t.Errorf("September: %+v", sep.Total)
	}
	if len(sep.Organizations) != 1 || sep.Organizations[0].WithoutDepartment.RejectedBy["envelope.missing_field"] != 1 {
		t.Errorf("September's rejection without a department: %+v", sep.Organizations)
	}
	for _, d := range sep.Departments {
		if d.Code == "" || d.Rejected != 0 {
			t.Errorf("September department row %+v: a rejection without a department shows as a department", d)
		}
	}
	// OCT-1 was received on 1 November, Seoul time: November has it and
	// the seven seeded records of the organization.
	if nov.Period != "2026-11" || nov.Total.Received != 8 || nov.Total.Published != 4 {
		t.Errorf("November: %+v", nov.Total)
	}
	if st.Total.Received != 10 {
		t.Errorf("the range: %d received, want 10", st.Total.Received)
	}
	// The review wait of the seeded document in review, measured now.
	if nov.Total.Review != 1 || nov.Total.ReviewOldestSeconds != 3600 {
		t.Errorf("November's review: %d waiting, oldest %ds; want 1 and 3600s", nov.Total.Review, nov.Total.ReviewOldestSeconds)
	}

	w := e.do(t, "GET", "/api/stats/release?organization="+org+"&period=month&from=2026-09&to=2026-11&format=csv", "", nil)
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	rows, err := csv.NewReader(w.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows[1:] {
		if r[0] == "2026-09" && r[1] == "without_department" {
			found = true
			if r[6] != "1" || r[21] != "envelope.missing_field=1" {
				t.Errorf("CSV row %v", r)
			}
		}
		if r[1] == "department" && r[4] == "" {
			t.Errorf("CSV department row without a department: %v", r)
		}
	}
	if !found || rows[0][6] != "received" || rows[0][16] != "release_ratio" {
		t.Fatalf("CSV %v", rows)
	}
	// Accept: text/csv asks for the same.
	req := httptest.NewRequest("GET", "/api/stats/release?period=year", nil)
	req.Header.Set("Accept", "text/csv")
	r := e.record(req)
	if !strings.HasPrefix(r.Header().Get("Content-Type"), "text/csv") {
		t.Errorf("Accept text/csv: %s", r.Header().Get("Content-Type"))
	}
}

// TestStatsReadTheKeptRollup: once the monitor has kept a roll-up the API
// reads it and the feed after it, and never scans the ledger.
func TestStatsReadTheKeptRollup(t *testing.T) {
	e := newEnv(t)
	lc := &listCounter{Ledger: e.ledger}
	ro := stats.NewRoller(stats.RollerDeps{Ledger: lc, Store: e.store, Bucket: buckets.Work, Now: e.h.d.Now})
	if _, err := ro.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	scans := lc.lists
	e.putRecord(t, "AFTER-1", deptInfo, "public", ledger.Indexed)
	h := New(Deps{Search: e.index, Store: e.store, Buckets: buckets, Ledger: lc, DefaultOrg: org, Now: e.h.d.Now})
	st := decode[ReleaseStats](t, e.doOn(h, "GET", "/api/stats/release?organization="+org).Body.Bytes())
	if st.Total.Received != 8 || st.Total.Published != 4 {
		t.Fatalf("after the roll-up and one more document: %+v", st.Total)
	}
	if lc.lists != scans {
		t.Fatalf("the API scanned the ledger %d times with a roll-up kept", lc.lists-scans)
	}
}

// TestStaffFlagsAndRanking: a department far below its organization is
// flagged with its figures; its staff see their own flag and row, another
// department's staff nothing of it, the organization's admin everything.
func TestStaffFlagsAndRanking(t *testing.T) {
	e := newEnv(t)
	for i := range 30 {
		e.putRecord(t, "INFO-"+strconv.Itoa(i), deptInfo, "public", ledger.Indexed)
		e.putRecord(t, "TRAFFIC-"+strconv.Itoa(i), deptTraffic, "public", ledger.Withheld)
	}
	type flags struct {
		Items []NamedFlag
	}
	type ranking struct {
		Month string
		Items []NamedRank
	}
	admin := decode[flags](t, e.do(t, "GET", "/api/staff/stats/flags", e.token(t, "", true), nil).Body.Bytes())
	if len(admin.Items) != 1 {
		t.Fatalf("admin's flags: %+v", admin.Items)
	}
	f := admin.Items[0]
	// Traffic: 2 published of 34 received; the organization 33 of 67.
	if f.Department != deptTraffic || f.Kind != stats.FlagLowRatio || f.Count != 2 || f.Base != 34 || f.OrgCount != 33 || f.OrgBase != 67 || f.Why == "" {
		t.Errorf("flag %+v", f)
	}
	if own := decode[flags](t, e.do(t, "GET", "/api/staff/stats/flags", e.token(t, deptTraffic, false), nil).Body.Bytes()); len(own.Items) != 1 {
		t.Errorf("traffic's own flags: %+v", own.Items)
	}
	if other := decode[flags](t, e.do(t, "GET", "/api/staff/stats/flags", e.token(t, deptInfo, false), nil).Body.Bytes()); len(other.Items) != 0 {
		t.Errorf("info sees another department's flag: %+v", other.Items)
	}
	// A margin wider than the gap (43 points) flags nothing.
	if wide := decode[flags](t, e.do(t, "GET", "/api/staff/stats/flags?margin=0.5", e.token(t, "", true), nil).Body.Bytes()); len(wide.Items) != 0 {
		t.Errorf("flags with a margin of 50 points: %+v", wide.Items)
	}
	rk := decode[ranking](t, e.do(t, "GET", "/api/staff/stats/ranking?month=2026-11", e.token(t, "", true), nil).Body.Bytes())
	if len(rk.Items) != 2 || rk.Items[0].Department != deptInfo || rk.Items[0].Rank != 1 || rk.Items[1].Rank != 2 || rk.Items[1].Flags != 1 {
		t.Errorf("ranking %+v", rk)
	}
	own := decode[ranking](t, e.do(t, "GET", "/api/staff/stats/ranking?month=2026-11", e.token(t, deptTraffic, false), nil).Body.Bytes())
	if len(own.Items) != 1 || own.Items[0].Department != deptTraffic || own.Items[0].Rank != 2 {
		t.Errorf("traffic's ranking: %+v", own)
	}
	// The default month is the last complete one: October, empty.
	if last := decode[ranking](t, e.do(t, "GET", "/api/staff/stats/ranking", e.token(t, "", true), nil).Body.Bytes()); last.Month != "2026-10" || len(last.Items) != 0 {
		t.Errorf("default month: %+v", last)
	}
}

// The disclosure check's doubts reach staff of their department or an
// admin only, as the monitor kept them.
func TestStaffDisclosureCheck(t *testing.T) {
	e := newEnv(t)
	type check struct {
		Pending bool
		Items   []closure.Doubt
	}
	admin := e.token(t, "", true)
	if got := decode[check](t, e.do(t, "GET", "/api/staff/stats/disclosure-check", admin, nil).Body.Bytes()); !got.Pending || len(got.Items) != 0 {
		t.Fatalf("before the first check: %+v", got)
	}
	res := closure.Result{Org: org, GeneratedAt: e.now, Checked: 2, Compared: 9, Doubts: []closure.Doubt{
		{Org: org, ID: "A", Department: deptInfo, Grade: "closed", Exemptions: []string{"6"}, Reasons: []closure.Reason{{Code: closure.ReasonItem6NoPersonalData, Why: "x"}}},
		{Org: org, ID: "B", Department: deptTraffic, Grade: "closed", Exemptions: []string{"5"}, Reasons: []closure.Reason{{Code: closure.ReasonTypeUsuallyPublic, Why: "y"}}},
	}}
	data, _ := json.Marshal(res)
	if err := e.store.Put(context.Background(), buckets.Work, document.DisclosureCheckKey(org), bytes.NewReader(data), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := decode[check](t, e.do(t, "GET", "/api/staff/stats/disclosure-check", admin, nil).Body.Bytes()); got.Pending || len(got.Items) != 2 {
		t.Errorf("admin: %+v", got)
	}
	if got := decode[check](t, e.do(t, "GET", "/api/staff/stats/disclosure-check", e.token(t, deptInfo, false), nil).Body.Bytes()); len(got.Items) != 1 || got.Items[0].ID != "A" {
		t.Errorf("info's staff: %+v", got)
	}
	// Nothing of it is public.
	if w := e.do(t, "GET", "/api/stats/release", "", nil); strings.Contains(w.Body.String(), "item6") {
		t.Errorf("the public statistics carry the check: %s", w.Body)
	}
}

// The reconciliation report reaches an organization's admins, limited to
// their organization (and the inbox's mismatches, which name none).
func TestStaffReconciliation(t *testing.T) {
	e := newEnv(t)
	admin := e.token(t, "", true)
	type report struct {
		Pending    bool
		Mismatches []pipeline.Mismatch
	}
	if got := decode[report](t, e.do(t, "GET", "/api/staff/reconciliation", admin, nil).Body.Bytes()); !got.Pending {
		t.Fatalf("before the first: %+v", got)
	}
	rep := pipeline.Reconciliation{At: e.now, Mismatches: []pipeline.Mismatch{
		{Kind: pipeline.MismatchInboxUnseen, Source: "ab12", Repaired: "ingested"},
		{Kind: pipeline.MismatchIndexMissing, Org: org, ID: "A", Repaired: "re-indexed"},
		{Kind: pipeline.MismatchObjectWithoutLedger, Org: "3220000", ID: "B"},
	}}
	data, _ := json.Marshal(rep)
	if err := e.store.Put(context.Background(), buckets.Work, document.ReconciliationKey, bytes.NewReader(data), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	got := decode[report](t, e.do(t, "GET", "/api/staff/reconciliation", admin, nil).Body.Bytes())
	if got.Pending || len(got.Mismatches) != 2 || got.Mismatches[1].ID != "A" {
		t.Fatalf("City Hall's admin: %+v", got)
	}
	if w := e.do(t, "GET", "/api/staff/reconciliation", e.token(t, deptInfo, false), nil); w.Code != 403 {
		t.Fatalf("a department's staff: %d", w.Code)
	}
}

// The operations figures: the staff route for the caller's organization,
// Prometheus text for every organization.
func TestStaffMetricsAndPrometheus(t *testing.T) {
	e := newEnv(t)
	var o stats.Ops
	o = decode[stats.Ops](t, e.do(t, "GET", "/api/staff/metrics", e.token(t, deptInfo, false), nil).Body.Bytes())
	// The seed: 7 records of City Hall, 3 published, 1 in review.
	if o.Org != org || o.Received != 7 || o.ReviewBacklog != 1 || o.States["published"] != 3 || o.ReleaseRatio != 3.0/7 {
		t.Fatalf("metrics %+v", o)
	}
	w := httptest.NewRecorder()
	e.h.Metrics().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	body := w.Body.String()
	for _, line := range []string{`plaza_review_backlog{org="6110000"} 1`, `plaza_documents_received{org="6120000"} 1`, `plaza_documents{org="6110000",state="published"} 3`} {
		if !strings.Contains(body, line+"\n") {
			t.Errorf("no %q in\n%s", line, body)
		}
	}
	if !strings.HasPrefix(w.Header().Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Errorf("content type %q", w.Header().Get("Content-Type"))
	}

	// A citizen's question: open, then, a month on, past its deadline,
	// in both.
	if asked := e.do(t, "POST", "/api/inquiries", "", map[string]any{"document_id": "SEOUL-2014-0001",
		"question": "정보공개 추진계획의 세부 일정을 알고 싶습니다.", "email": "citizen@example.com", "consent": true}); asked.Code != 201 {
		t.Fatalf("ask: %d %s", asked.Code, asked.Body)
	}
	type withInquiries struct {
		Inquiries *inquiry.Deadlines `json:"inquiries"`
	}
	for _, c := range []struct {
		after time.Duration
		want  inquiry.Deadlines
	}{{0, inquiry.Deadlines{Open: 1}}, {30 * 24 * time.Hour, inquiry.Deadlines{Open: 1, Overdue: 1}}} {
		e.now = e.now.Add(c.after)
		got := decode[withInquiries](t, e.do(t, "GET", "/api/staff/metrics", e.token(t, deptInfo, false), nil).Body.Bytes())
		if got.Inquiries == nil || *got.Inquiries != c.want {
			t.Errorf("after %v: inquiries %+v, want %+v", c.after, got.Inquiries, c.want)
		}
		w := httptest.NewRecorder()
		e.h.Metrics().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
		for _, line := range []string{fmt.Sprintf(`plaza_inquiries_open{org="6110000"} %d`, c.want.Open), fmt.Sprintf(`plaza_inquiries_overdue{org="6110000"} %d`, c.want.Overdue)} {
			if !strings.Contains(w.Body.String(), line+"\n") {
				t.Errorf("after %v: no %q in\n%s", c.after, line, w.Body.String())
			}
		}
	}
}
