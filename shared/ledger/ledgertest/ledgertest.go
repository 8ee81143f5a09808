// Package ledgertest is the behaviour every ledger.Ledger adapter must
// show, as a reusable test suite. An adapter's test calls Run with a
// function that returns a fresh, empty ledger:
//
//	func TestLedger(t *testing.T) {
//		ledgertest.Run(t, func(t *testing.T) ledger.Ledger { return open(t) })
//	}
package ledgertest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// Run runs the suite; each subtest gets its own ledger from open.
func Run(t *testing.T, open func(t *testing.T) ledger.Ledger) {
	tests := []struct {
		name string
		fn   func(t *testing.T, l ledger.Ledger)
	}{
		{"GetMissing", testGetMissing},
		{"ConditionalPut", testConditionalPut},
		{"RoundTrip", testRoundTrip},
		{"RacingWritersOneWins", testRacingWriters},
		{"UpdateRetriesConflicts", testUpdateRetries},
		{"List", testList},
		{"ListPages", testListPages},
		{"Holds", testHolds},
		{"FullHistoryRoundTrip", testFullHistory},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

var t0 = time.Date(2014, 3, 2, 10, 15, 0, 0, time.FixedZone("KST", 9*3600))

func record(org, id string, state ledger.State, dept string) ledger.Record {
	r := ledger.Record{Org: org, ID: id, Department: dept, Grade: "public", Source: "inbox/e-approval/" + id + "/envelope.json"}
	r.Move(t0, ledger.Received, 1, "", "")
	if state != ledger.Received {
		r.Move(t0.Add(time.Minute), state, 1, "", "")
	}
	return r
}

func testGetMissing(t *testing.T, l ledger.Ledger) {
	_, err := l.Get(context.Background(), "6110000", "NOPE")
	if !errors.Is(err, ledger.ErrNotFound) {
		t.Fatalf("Get of a missing record: %v, want ErrNotFound", err)
	}
}

func testConditionalPut(t *testing.T, l ledger.Ledger) {
	ctx := context.Background()
	rec := record("6110000", "DOC-1", ledger.Received, "1100123")
	rev, err := l.Put(ctx, rec)
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	if rev != 1 {
		t.Fatalf("first revision %d, want 1", rev)
	}
	if _, err := l.Put(ctx, rec); !errors.Is(err, ledger.ErrConflict) {
		t.Fatalf("second create (Rev 0 over an existing record): %v, want ErrConflict", err)
	}
	got, err := l.Get(ctx, "6110000", "DOC-1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Rev != 1 {
		t.Fatalf("stored Rev %d, want 1", got.Rev)
	}
	got.Move(t0.Add(time.Hour), ledger.Staged, 1, "", "")
	rev, err = l.Put(ctx, got)
	if err != nil || rev != 2 {
		t.Fatalf("update at Rev 1: rev %d, err %v; want 2, nil", rev, err)
	}
	for _, stale := range []int64{1, 3, 99} {
		r := got
		r.Rev = stale
		r.State = ledger.Rejected
		if _, err := l.Put(ctx, r); !errors.Is(err, ledger.ErrConflict) {
			t.Fatalf("put at Rev %d over stored Rev 2: %v, want ErrConflict", stale, err)
		}
	}
	now, err := l.Get(ctx, "6110000", "DOC-1")
	if err != nil {
		t.Fatal(err)
	}
	if now.State != ledger.Staged || now.Rev != 2 {
		t.Fatalf("after rejected writes: state %s rev %d, want staged 2", now.State, now.Rev)
	}
	// The same id in another organization is another record.
	if _, err := l.Put(ctx, record("3000000", "DOC-1", ledger.Received, "")); err != nil {
		t.Fatalf("same id, other org: %v", err)
	}
}

// normal makes records comparable: instants in UTC, empty slices nil.
func normal(r ledger.Record) ledger.Record {
	r.UpdatedAt = r.UpdatedAt.UTC()
	if r.ReleaseAt != nil {
		u := r.ReleaseAt.UTC()
		r.ReleaseAt = &u
	}
	if r.RetryAt != nil {
		u := r.RetryAt.UTC()
		r.RetryAt = &u
	}
	h := make([]ledger.Transition, len(r.History))
	for i, tr := range r.History {
		tr.At = tr.At.UTC()
		h[i] = tr
	}
	r.History = h
	if len(h) == 0 {
		r.History = nil
	}
	return r
}

func testRoundTrip(t *testing.T, l ledger.Ledger) {
	ctx := context.Background()
	release := time.Date(2014, 4, 1, 0, 0, 0, 123456789, time.FixedZone("KST", 9*3600))
	retry := release.Add(90 * time.Second)
	rec := ledger.Record{
		Org: "6110000", ID: "SEOUL-INFO-2014-001234", Hash: "sha256:9f86d081884c7d65",
		Department: "1100123", Grade: "partial", Source: "inbox/e-approval/SEOUL-INFO-2014-001234/envelope.json",
		ReleaseAt: &release, PublicVersion: 1, Attempts: 3, RetryAt: &retry,
	}
	rec.Move(t0, ledger.Received, 1, "", "")
	rec.Move(t0.Add(time.Second), ledger.Withheld, 1, "policy.release_later", "공개 예정일 대기 — 2014-04-01")
	if _, err := l.Put(ctx, rec); err != nil {
		t.Fatal(err)
	}
	got, err := l.Get(ctx, rec.Org, rec.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := rec
	want.Rev = 1
	if g, w := normal(got), normal(want); !reflect.DeepEqual(g, w) {
		t.Fatalf("round trip\n got %+v\nwant %+v", g, w)
	}
	// A record without optional fields comes back without them.
	bare := ledger.Record{Org: "6110000", ID: "BARE", State: ledger.Received, UpdatedAt: t0}
	if _, err := l.Put(ctx, bare); err != nil {
		t.Fatal(err)
	}
	got, err = l.Get(ctx, bare.Org, bare.ID)
	if err != nil {
		t.Fatal(err)
	}
	bare.Rev = 1
	if g, w := normal(got), normal(bare); !reflect.DeepEqual(g, w) {
		t.Fatalf("bare round trip\n got %+v\nwant %+v", g, w)
	}
}

// testRacingWriters has several writers that read the same revision write
// at once, as two deliveries of one event would: exactly one must win.
func testRacingWriters(t *testing.T, l ledger.Ledger) {
	ctx := context.Background()
	if _, err := l.Put(ctx, record("6110000", "RACE", ledger.Received, "")); err != nil {
		t.Fatal(err)
	}
	base, err := l.Get(ctx, "6110000", "RACE")
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 3; round++ {
		const n = 8
		var wg sync.WaitGroup
		errs := make([]error, n)
		start := make(chan struct{})
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := base
				r.History = slices.Clone(base.History)
				r.Move(t0.Add(time.Duration(i)*time.Second), ledger.Staged, 1, "", fmt.Sprintf("writer %d", i))
				<-start
				_, errs[i] = l.Put(ctx, r)
			}()
		}
		close(start)
		wg.Wait()
		wins := 0
		for _, err := range errs {
			switch {
			case err == nil:
				wins++
			case !errors.Is(err, ledger.ErrConflict):
				t.Fatalf("racing put: %v", err)
			}
		}
		if wins != 1 {
			t.Fatalf("round %d: %d of %d racing writers won, want exactly 1", round, wins, n)
		}
		base, err = l.Get(ctx, "6110000", "RACE")
		if err != nil {
			t.Fatal(err)
		}
		if base.Rev != int64(round+2) {
			t.Fatalf("round %d: Rev %d, want %d", round, base.Rev, round+2)
		}
	}
	// Racing creations of a new record: one wins as well.
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := 0
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := l.Put(ctx, record("6110000", "NEW", ledger.Received, ""))
			if err != nil && !errors.Is(err, ledger.ErrConflict) {
				t.Errorf("racing create: %v", err)
			}
			if err == nil {
				mu.Lock()
				wins++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if wins != 1 {
		t.Fatalf("%d racing creations won, want 1", wins)
	}
}

// testUpdateRetries runs concurrent ledger.Update calls that each append
// one transition: none may be lost.
func testUpdateRetries(t *testing.T, l ledger.Ledger) {
	ctx := context.Background()
	const n = 6
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := ledger.Update(ctx, l, "6110000", "COUNTER", func(r *ledger.Record) (bool, error) {
				r.Move(t0, ledger.Received, 1, "", fmt.Sprintf("update %d", i))
				return true, nil
			})
			if err != nil {
				t.Errorf("update %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	got, err := l.Get(ctx, "6110000", "COUNTER")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.History) != n || got.Rev != n {
		t.Fatalf("after %d updates: %d transitions, Rev %d", n, len(got.History), got.Rev)
	}
	// fn returning false writes nothing.
	same, err := ledger.Update(ctx, l, "6110000", "COUNTER", func(r *ledger.Record) (bool, error) { return false, nil })
	if err != nil || same.Rev != n {
		t.Fatalf("no-op update: rev %d err %v", same.Rev, err)
	}
}

type fixture struct {
	recs []ledger.Record
}

func populate(t *testing.T, l ledger.Ledger) fixture {
	t.Helper()
	ctx := context.Background()
	var f fixture
	orgs := []string{"6110000", "3000000"}
	states := []ledger.State{ledger.Received, ledger.Published, ledger.Review}
	depts := []string{"1100123", "1100456"}
	i := 0
	for _, org := range orgs {
		for _, st := range states {
			for _, d := range depts {
				for k := 0; k < 1+i%3; k++ {
					r := record(org, fmt.Sprintf("DOC-%03d", i), st, d)
					i++
					if _, err := l.Put(ctx, r); err != nil {
						t.Fatal(err)
					}
					r.Rev = 1
					f.recs = append(f.recs, r)
				}
			}
		}
	}
	// A hold is no record and must not be listed.
	if err := l.SetHold(ctx, ledger.Hold{Org: "6110000", Department: "1100123", Reason: "audit", Since: t0}); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f fixture) want(flt ledger.Filter) []string {
	var ids []string
	for _, r := range f.recs {
		if (flt.Org == "" || r.Org == flt.Org) && (flt.State == "" || r.State == flt.State) &&
			(flt.Department == "" || r.Department == flt.Department) {
			ids = append(ids, r.Org+"/"+r.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

// listAll pages through f and checks each page's size and the cursor.
func listAll(t *testing.T, l ledger.Ledger, f ledger.Filter) []string {
	t.Helper()
	var ids []string
	seen := map[string]bool{}
	for pages := 0; ; pages++ {
		if pages > 200 {
			t.Fatalf("%+v: more than 200 pages; the cursor does not advance", f)
		}
		recs, next, err := l.List(context.Background(), f)
		if err != nil {
			t.Fatalf("List(%+v): %v", f, err)
		}
		if f.Limit > 0 && len(recs) > f.Limit {
			t.Fatalf("List(%+v) returned %d records, over the limit", f, len(recs))
		}
		for _, r := range recs {
			k := r.Org + "/" + r.ID
			if seen[k] {
				t.Fatalf("List(%+v) returned %s twice", f, k)
			}
			seen[k] = true
			ids = append(ids, k)
			if r.Rev != 1 || len(r.History) == 0 {
				t.Fatalf("listed record %s incomplete: %+v", k, r)
			}
		}
		if next == "" {
			break
		}
		if next == f.After {
			t.Fatalf("List(%+v) returned its own cursor", f)
		}
		f.After = next
	}
	slices.Sort(ids)
	return ids
}

func filters() []ledger.Filter {
	var out []ledger.Filter
	for _, org := range []string{"", "6110000", "3000000"} {
		for _, st := range []ledger.State{"", ledger.Published, ledger.Review, ledger.Indexed} {
			for _, d := range []string{"", "1100123", "9999999"} {
				out = append(out, ledger.Filter{Org: org, State: st, Department: d})
			}
		}
	}
	return out
}

func testList(t *testing.T, l ledger.Ledger) {
	fx := populate(t, l)
	for _, f := range filters() {
		got := listAll(t, l, f)
		if want := fx.want(f); !slices.Equal(got, want) {
			t.Errorf("List(%+v)\n got %v\nwant %v", f, got, want)
		}
	}
}

func testListPages(t *testing.T, l ledger.Ledger) {
	fx := populate(t, l)
	for _, limit := range []int{1, 2, 5} {
		for _, f := range filters() {
			f.Limit = limit
			got := listAll(t, l, f)
			if want := fx.want(f); !slices.Equal(got, want) {
				t.Errorf("List(%+v) in pages\n got %v\nwant %v", f, got, want)
			}
		}
	}
	// A first page that fills the limit exactly says whether more follow.
	all := fx.want(ledger.Filter{Org: "6110000", State: ledger.Published})
	recs, next, err := l.List(context.Background(), ledger.Filter{Org: "6110000", State: ledger.Published, Limit: len(all) - 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(all)-1 || next == "" {
		t.Fatalf("page of %d of %d: got %d, cursor %q", len(all)-1, len(all), len(recs), next)
	}
}

func testHolds(t *testing.T, l ledger.Ledger) {
	ctx := context.Background()
	hs, err := l.Holds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 0 {
		t.Fatalf("new ledger has holds: %+v", hs)
	}
	global := ledger.Hold{Org: "6110000", Department: "", Reason: "선거 기간 공개 보류", Since: t0, By: "admin"}
	dept := ledger.Hold{Org: "6110000", Department: "1100123", Reason: "audit", Since: t0.Add(time.Hour)}
	other := ledger.Hold{Org: "3000000", Department: "1100123", Reason: "other org", Since: t0}
	for _, h := range []ledger.Hold{global, dept, other} {
		if err := l.SetHold(ctx, h); err != nil {
			t.Fatal(err)
		}
	}
	dept.Reason = "audit, extended"
	if err := l.SetHold(ctx, dept); err != nil {
		t.Fatal(err)
	}
	key := func(h ledger.Hold) string {
		return h.Org + "/" + h.Department + "/" + h.Reason + "/" + h.By + "/" + h.Since.UTC().String()
	}
	check := func(want ...ledger.Hold) {
		t.Helper()
		hs, err := l.Holds(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got, exp []string
		for _, h := range hs {
			got = append(got, key(h))
		}
		for _, h := range want {
			exp = append(exp, key(h))
		}
		slices.Sort(got)
		slices.Sort(exp)
		if !slices.Equal(got, exp) {
			t.Fatalf("holds\n got %v\nwant %v", got, exp)
		}
	}
	check(global, dept, other)
	if err := l.LiftHold(ctx, "6110000", "1100123"); err != nil {
		t.Fatal(err)
	}
	check(global, other)
	if err := l.LiftHold(ctx, "6110000", "1100123"); err != nil {
		t.Fatalf("lifting a lifted hold: %v", err)
	}
	if err := l.LiftHold(ctx, "6110000", ""); err != nil {
		t.Fatal(err)
	}
	check(other)
	recs, _, err := l.List(ctx, ledger.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 0 {
		t.Fatalf("holds listed as records: %+v", recs)
	}
}

// testFullHistory stores a record with the longest history and details a
// record may carry (a dead-lettered version retried many times), and
// reads every transition back in order: the audit trail must not lose a
// step in either adapter.
func testFullHistory(t *testing.T, l ledger.Ledger) {
	ctx := context.Background()
	long := strings.Repeat("처리 실패: 디스크 공간 부족 ", 200) // over MaxDetail
	var want []ledger.State
	rec, err := ledger.Update(ctx, l, "6110000", "DEAD-1", func(r *ledger.Record) (bool, error) {
		for i := range ledger.MaxHistory + 20 {
			to := []ledger.State{ledger.Received, ledger.Staged, ledger.Review, ledger.Published, ledger.Indexed}[i%5]
			r.Move(t0.Add(time.Duration(i)*time.Second), to, 1+i/5, "pipeline.dead_letter:redact", long)
			want = append(want, to)
		}
		next := t0.Add(time.Hour)
		r.Attempts, r.RetryAt = 7, &next
		return true, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := l.Get(ctx, "6110000", "DEAD-1")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.History) != ledger.MaxHistory || got.Rev != rec.Rev {
		t.Fatalf("history of %d transitions (rev %d), want %d", len(got.History), got.Rev, ledger.MaxHistory)
	}
	want = want[len(want)-ledger.MaxHistory:]
	for i, tr := range got.History {
		if tr.To != want[i] || (i > 0 && tr.From != want[i-1]) {
			t.Fatalf("transition %d: %s→%s, want →%s", i, tr.From, tr.To, want[i])
		}
		if n := len([]rune(tr.Detail)); n > ledger.MaxDetail+1 || !strings.HasSuffix(tr.Detail, "…") {
			t.Fatalf("transition %d: detail of %d characters, not cut at %d", i, n, ledger.MaxDetail)
		}
	}
	if got.Attempts != 7 || got.RetryAt == nil || !got.RetryAt.Equal(t0.Add(time.Hour)) {
		t.Errorf("retry fields: %d %v", got.Attempts, got.RetryAt)
	}
}
