package stats

import (
	"context"
	"encoding/json"
	"maps"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// brute counts records one by one, written apart from Counts.Count so
// that the two can disagree.
type brute struct {
	received, published, closed, withheld, review, rejected, formatRejected, retracted, pending int
	withheldBy, closedBy, rejectedBy                                                            map[string]int
	oldestReview                                                                                time.Time
}

func (b *brute) add(r ledger.Record) {
	if b.withheldBy == nil {
		b.withheldBy, b.closedBy, b.rejectedBy = map[string]int{}, map[string]int{}, map[string]int{}
	}
	b.received++
	switch {
	case (r.State == "published" || r.State == "indexed") && r.Grade == "closed":
		b.closed++
		for _, x := range r.Exemptions {
			b.closedBy[x]++
		}
	case r.State == "published" || r.State == "indexed":
		b.published++
	case r.State == "withheld":
		b.withheld++
		b.withheldBy[r.Reason]++
	case r.State == "review":
		b.review++
		if b.oldestReview.IsZero() || r.UpdatedAt.Before(b.oldestReview) {
			b.oldestReview = r.UpdatedAt
		}
	case r.State == "rejected":
		b.rejected++
		code := r.Reason
		if i := strings.IndexByte(code, ':'); i >= 0 {
			code = code[:i]
		}
		b.rejectedBy[code]++
		if strings.HasPrefix(r.Reason, "envelope.") || strings.HasPrefix(r.Reason, "inbox.") || strings.HasPrefix(r.Reason, "sender.") {
			b.formatRejected++
		}
	case r.State == "retracted":
		b.retracted++
	default:
		b.pending++
	}
}

func nonEmpty(m map[string]int) map[string]int {
	if len(m) == 0 {
		return nil
	}
	return m
}

// same compares a report's group with a brute-force count.
func (b *brute) same(t *testing.T, what string, g Group, now time.Time) {
	t.Helper()
	want := Counts{Received: b.received, Published: b.published, Closed: b.closed, Withheld: b.withheld, Review: b.review,
		Rejected: b.rejected, Retracted: b.retracted, Pending: b.pending, FormatRejected: b.formatRejected,
		WithheldBy: nonEmpty(b.withheldBy), ClosedBy: nonEmpty(b.closedBy), RejectedBy: nonEmpty(b.rejectedBy)}
	if !equalCounts(g.Counts, want) {
		t.Errorf("%s: rolled up %+v, counted %+v", what, g.Counts, want)
	}
	base := b.received - b.formatRejected
	ratio := 0.0
	if base > 0 {
		ratio = float64(b.published) / float64(base)
	}
	if g.RatioBase != base || g.ReleaseRatio != ratio {
		t.Errorf("%s: ratio %v of %d, counted %v of %d", what, g.ReleaseRatio, g.RatioBase, ratio, base)
	}
	var oldest int64
	if !b.oldestReview.IsZero() {
		oldest = int64(now.Sub(b.oldestReview) / time.Second)
	}
	if g.ReviewOldestSeconds != oldest {
		t.Errorf("%s: oldest in review %ds, counted %ds", what, g.ReviewOldestSeconds, oldest)
	}
}

func equalCounts(a, b Counts) bool {
	return a.Received == b.Received && a.Published == b.Published && a.Closed == b.Closed && a.Withheld == b.Withheld &&
		a.Review == b.Review && a.Rejected == b.Rejected && a.Retracted == b.Retracted && a.Pending == b.Pending &&
		a.FormatRejected == b.FormatRejected && maps.Equal(a.WithheldBy, b.WithheldBy) &&
		maps.Equal(a.ClosedBy, b.ClosedBy) && maps.Equal(a.RejectedBy, b.RejectedBy)
}

// check compares every group of a report for q with a brute-force count
// of recs.
func check(t *testing.T, ru *Rollup, recs []ledger.Record, q Query, now time.Time) {
	t.Helper()
	rep := ru.Report(q, now)
	type dk struct{ org, dept, period string }
	total := map[string]*brute{}
	orgs := map[dk]*brute{}
	depts := map[dk]*brute{}
	without := map[dk]*brute{}
	get := func(m map[dk]*brute, k dk) *brute {
		if m[k] == nil {
			m[k] = &brute{}
		}
		return m[k]
	}
	for _, r := range recs {
		day := r.History[0].At.In(time.FixedZone("Seoul", 9*3600)).Format("2006-01-02")
		period := map[string]string{"": "", PeriodDay: day, PeriodMonth: day[:7], PeriodYear: day[:4]}[q.Period]
		if (q.Org != "" && r.Org != q.Org) || (q.Dept != "" && r.Department != q.Dept) ||
			(q.From != "" && period < q.From) || (q.To != "" && period > q.To) {
			continue
		}
		for _, p := range []string{"*", period} {
			if total[p] == nil {
				total[p] = &brute{}
			}
			total[p].add(r)
			get(orgs, dk{r.Org, "", p}).add(r)
			if r.Department == "" {
				get(without, dk{r.Org, "", p}).add(r)
			} else {
				get(depts, dk{r.Org, r.Department, p}).add(r)
			}
		}
	}
	if total["*"] == nil {
		t.Fatalf("query %+v selects nothing: a useless check", q)
	}
	tables := map[string]*Table{"*": rep.Whole}
	if q.Period != "" {
		maps.Copy(tables, rep.Periods)
		if len(rep.Periods) != len(total)-1 {
			t.Errorf("query %+v: %d periods, counted %d", q, len(rep.Periods), len(total)-1)
		}
	}
	for p, tb := range tables {
		if total[p] == nil {
			t.Errorf("query %+v: period %s has nothing counted", q, p)
			continue
		}
		total[p].same(t, p+" total", tb.Total, now)
		n := 0
		for k, b := range orgs {
			if k.period != p {
				continue
			}
			n++
			o := tb.Orgs[k.org]
			if o == nil {
				t.Errorf("%s: no row for organization %s", p, k.org)
				continue
			}
			b.same(t, p+" "+k.org, o.Group, now)
			w := without[k]
			if w == nil {
				w = &brute{}
			}
			w.same(t, p+" "+k.org+" without department", o.WithoutDepartment, now)
		}
		if n != len(tb.Orgs) {
			t.Errorf("%s: %d organizations, counted %d", p, len(tb.Orgs), n)
		}
		n = 0
		for k, b := range depts {
			if k.period != p {
				continue
			}
			n++
			d := tb.Depts[DeptKey{k.org, k.dept}]
			if d == nil {
				t.Errorf("%s: no row for department %s/%s", p, k.org, k.dept)
				continue
			}
			b.same(t, p+" "+k.org+"/"+k.dept, *d, now)
		}
		if n != len(tb.Depts) {
			t.Errorf("%s: %d departments, counted %d (a department row for records that name none?)", p, len(tb.Depts), n)
		}
		if _, ok := tb.Depts[DeptKey{"6110000", ""}]; ok {
			t.Errorf("%s: records without a department reported as a department", p)
		}
	}
}

var queries = []Query{
	{},
	{Period: PeriodYear},
	{Period: PeriodMonth, From: "2025-03", To: "2025-11", Org: "3220000"},
	{Period: PeriodDay, From: "2026-02-01", To: "2026-02-28", Org: "6110000", Dept: "1100300"},
}

// TestRollupOf100kAgreesWithBruteForce: 100,000 generated documents, their
// half-million writes applied change by change, count what a scan of the
// final records counts, per organization, department and the whole, by
// day, month and year.
func TestRollupOf100kAgreesWithBruteForce(t *testing.T) {
	l := newMemLedger()
	writes := generate(l, 100_000, 1)
	ru := NewRollup()
	changes, _, _ := l.Changes(context.Background(), "", writes)
	for _, c := range changes {
		ru.Apply(c)
	}
	recs := l.records()
	if len(recs) != 100_000 || writes < 350_000 {
		t.Fatalf("%d records from %d writes", len(recs), writes)
	}
	now := genStart.AddDate(4, 0, 0)
	for _, q := range queries {
		check(t, ru, recs, q, now)
	}
	// Every kind of count occurs, so the comparison covered each.
	whole := ru.Report(Query{}, now).Whole
	for _, o := range whole.OrgCodes() {
		g := whole.Orgs[o]
		if g.Closed == 0 || g.Withheld == 0 || g.Review == 0 || g.Retracted == 0 || g.Pending == 0 || g.FormatRejected == 0 ||
			g.Rejected == g.FormatRejected || g.WithoutDepartment.Received == 0 || len(g.WithheldBy) < 4 || len(g.ClosedBy) < 4 {
			t.Errorf("%s: the generated ledger misses a kind of count: %+v", o, g)
		}
	}
}

// TestRollerIsIncremental: runs of the Roller, each applying what the feed
// brought since the one before and keeping the roll-up in the store,
// agree with a brute-force count after every run; the first starts from a
// scan of a ledger that had records before it.
func TestRollerIsIncremental(t *testing.T) {
	ctx := context.Background()
	store, err := localfs.New(filepath.Join(t.TempDir(), "data"), nil)
	if err != nil {
		t.Fatal(err)
	}
	l := newMemLedger()
	full := newMemLedger()
	generate(full, 3000, 7)
	// Replay the generated writes in three slices, running the roller
	// after each.
	all, _, _ := full.Changes(ctx, "", 1<<30)
	byDoc := map[string]ledger.Record{}
	for _, r := range full.records() {
		byDoc[r.Org+"/"+r.ID] = r
	}
	now := genStart.AddDate(4, 0, 0)
	ro := NewRoller(RollerDeps{Ledger: l, Store: store, Bucket: "work", Now: func() time.Time { return now }})
	replay := func(cs []ledger.Change) {
		for _, c := range cs {
			// The record as it stood after the change: its final form
			// with the state and facts of the change.
			r := byDoc[c.Org+"/"+c.ID]
			r.State, r.Reason, r.Department, r.Grade, r.Exemptions, r.UpdatedAt = c.After.State, c.After.Reason, c.After.Department, c.After.Grade, c.After.Exemptions, c.After.Since
			r.History = []ledger.Transition{{At: c.After.Received, To: ledger.Received}}
			l.put(r)
		}
	}
	third := len(all) / 3
	replay(all[:third])
	var scanned, applied int
	for i, part := range [][]ledger.Change{nil, all[third : 2*third], all[2*third:]} {
		replay(part)
		rep, err := ro.Run(ctx)
		if err != nil {
			t.Fatal(err)
		}
		scanned += rep.Scanned
		applied += rep.Changes
		if i == 0 && rep.Scanned == 0 {
			t.Fatal("the first run did not start from the ledger's records")
		}
		if i > 0 && (rep.Scanned != 0 || rep.Changes != len(part)) {
			t.Fatalf("run %d: scanned %d, applied %d changes, want 0 and %d", i, rep.Scanned, rep.Changes, len(part))
		}
		kept, err := ro.Load(ctx)
		if err != nil || kept == nil {
			t.Fatalf("run %d kept nothing: %v", i, err)
		}
		for _, q := range queries[:2] {
			check(t, kept, l.records(), q, now)
		}
	}
	if scanned+applied >= len(all) {
		t.Errorf("%d records scanned and %d changes applied for %d writes: not incremental", scanned, applied, len(all))
	}
	// A run with nothing new keeps nothing and changes nothing.
	if rep, err := ro.Run(ctx); err != nil || rep.Changes != 0 || rep.Scanned != 0 {
		t.Fatalf("idle run: %+v, %v", rep, err)
	}
}

// A change the starting scan already counted is not counted again.
func TestScanThenFeedCountsOnce(t *testing.T) {
	l := newMemLedger()
	r := ledger.Record{Org: "6110000", ID: "D-1", Department: "1100123", Grade: "public", UpdatedAt: time.Now()}
	r.Move(time.Now(), ledger.Received, 1, "", "")
	l.put(r)
	ro := NewRoller(RollerDeps{Ledger: l})
	// The scan sees revision 2 while the feed's head was taken before it.
	ru := NewRollup()
	ru.Seen = map[string]int64{"6110000/D-1": 2}
	r.Rev = 1
	r.Move(time.Now(), ledger.Published, 1, "", "")
	l.put(r)
	ru.Add(l.records()[0])
	changes, _, _ := l.Changes(context.Background(), "1", 10)
	for _, c := range changes {
		if ru.Apply(c) {
			t.Errorf("applied %+v, already counted by the scan", c)
		}
	}
	if g := ru.Report(Query{}, time.Now()).Whole.Total; g.Received != 1 || g.Published != 1 {
		t.Fatalf("counted %+v, want the one document, published", g.Counts)
	}
	_ = ro
}

func TestRollupJSONRoundTrip(t *testing.T) {
	l := newMemLedger()
	generate(l, 500, 3)
	ru := NewRollup()
	cs, cur, _ := l.Changes(context.Background(), "", 1<<20)
	for _, c := range cs {
		ru.Apply(c)
	}
	ru.Cursor = cur
	data, err := json.Marshal(ru)
	if err != nil {
		t.Fatal(err)
	}
	back := NewRollup()
	if err := json.Unmarshal(data, back); err != nil {
		t.Fatal(err)
	}
	if back.Cursor != cur || len(back.Cells) != len(ru.Cells) || len(back.Review) != len(ru.Review) || len(ru.Review) == 0 {
		t.Fatalf("round trip: %d cells, %d in review, cursor %q; want %d, %d, %q", len(back.Cells), len(back.Review), back.Cursor, len(ru.Cells), len(ru.Review), cur)
	}
	check(t, back, l.records(), Query{Period: PeriodMonth}, genStart.AddDate(4, 0, 0))
}
