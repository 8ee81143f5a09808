package bolt

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/ledgertest"
)

// The bbolt ledger passes the same contract as the DynamoDB one.
func TestContract(t *testing.T) {
	for name, o := range map[string]Options{"fsync": {}, "nosync": {NoSync: true}} {
		t.Run(name, func(t *testing.T) {
			ledgertest.Run(t, func(t *testing.T) ledger.Ledger {
				l, err := OpenWith(filepath.Join(t.TempDir(), "ledger.db"), o)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { l.Close() })
				return l
			})
		})
	}
}

func TestReadOnlyWhileHeldFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if ro, err := OpenReadOnly(path); err == nil {
		ro.Close()
		t.Fatal("opened a ledger another process holds for writing")
	}
}

func TestFeed(t *testing.T) {
	ledgertest.RunFeed(t, func(t *testing.T) ledgertest.Feed {
		l, err := OpenWith(filepath.Join(t.TempDir(), "ledger.db"), Options{NoSync: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { l.Close() })
		return l
	})
}

// TrimChanges deletes what was read and nothing after it.
func TestTrimChanges(t *testing.T) {
	ctx := context.Background()
	l, err := OpenWith(filepath.Join(t.TempDir(), "ledger.db"), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for i := range 5 {
		rec := ledger.Record{Org: "6110000", ID: fmt.Sprintf("D-%d", i)}
		rec.Move(time.Now(), ledger.Received, 1, "", "")
		if _, err := l.Put(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	_, cur, err := l.Changes(ctx, "", 3)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.TrimChanges(ctx, cur); err != nil {
		t.Fatal(err)
	}
	rest, _, err := l.Changes(ctx, "", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(rest) != 2 || rest[0].ID != "D-3" || rest[1].ID != "D-4" {
		t.Fatalf("after trimming 3 of 5: %+v, want D-3 and D-4", rest)
	}
}
