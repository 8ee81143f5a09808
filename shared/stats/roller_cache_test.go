package stats

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// A run starts from the roll-up it kept without decoding it again, and
// what it applies never changes the cached copy; a roll-up kept by
// another process (the object changed) is read again.
func TestRollerCachesWhatItKept(t *testing.T) {
	ctx := context.Background()
	store, err := localfs.New(filepath.Join(t.TempDir(), "data"), nil)
	if err != nil {
		t.Fatal(err)
	}
	l := newMemLedger()
	writes := lives(200, 5)
	for _, w := range writes[:100] {
		l.put(w)
	}
	now := genStart.AddDate(4, 0, 0)
	ro := NewRoller(RollerDeps{Ledger: l, Store: store, Bucket: "work", Now: func() time.Time { return now }})
	if _, err := ro.Run(ctx); err != nil {
		t.Fatal(err)
	}
	before := ro.kept.Report(Query{}, now).Whole.Total.Received
	for _, w := range writes[100:] {
		l.put(w)
	}
	cur, err := ro.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ro.kept.Report(Query{}, now).Whole.Total.Received != before {
		t.Fatal("applying the feed changed the cached roll-up")
	}
	check(t, cur, l.records(), Query{Period: PeriodYear}, now)
	// Another process keeps a different roll-up: it is read, not the cache.
	other := NewRoller(RollerDeps{Ledger: l, Store: store, Bucket: "work", Now: func() time.Time { return now }})
	if _, err := other.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := ro.Current(ctx); got.Cursor != other.kept.Cursor {
		t.Fatalf("read the stale cache: cursor %q, kept %q", got.Cursor, other.kept.Cursor)
	}
}
