package ledgertest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// Feed is a ledger with a change feed.
type Feed interface {
	ledger.Ledger
	Changes(ctx context.Context, after string, limit int) ([]ledger.Change, string, error)
	Head(ctx context.Context) (string, error)
}

// RunFeed runs the change feed's suite; each subtest gets its own ledger.
func RunFeed(t *testing.T, open func(t *testing.T) Feed) {
	t.Run("EveryWriteOnce", func(t *testing.T) { testFeedWrites(t, open(t)) })
	t.Run("FromHead", func(t *testing.T) { testFeedHead(t, open(t)) })
}

// readAll reads the feed from after until it returns nothing more.
func readAll(t *testing.T, f Feed, after string, limit int) ([]ledger.Change, string) {
	t.Helper()
	var out []ledger.Change
	for i := 0; ; i++ {
		page, next, err := f.Changes(context.Background(), after, limit)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) > limit {
			t.Fatalf("a page of %d changes, limit %d", len(page), limit)
		}
		out = append(out, page...)
		after = next
		if len(page) == 0 || i > 1000 {
			return out, after
		}
	}
}

func testFeedWrites(t *testing.T, f Feed) {
	ctx := context.Background()
	rec := record("6110000", "DOC-1", ledger.Received, "1100123")
	rev, err := f.Put(ctx, rec)
	if err != nil {
		t.Fatal(err)
	}
	// A lost race writes nothing to the feed.
	if _, err := f.Put(ctx, rec); !errors.Is(err, ledger.ErrConflict) {
		t.Fatalf("second create: %v, want ErrConflict", err)
	}
	rec.Rev = rev
	rec.Grade, rec.Exemptions = "closed", []string{"5", "6"}
	rec.Move(t0.Add(time.Hour), ledger.Published, 1, "", "")
	if _, err := f.Put(ctx, rec); err != nil {
		t.Fatal(err)
	}
	for i := 2; i <= 5; i++ {
		if _, err := f.Put(ctx, record("6110000", fmt.Sprintf("DOC-%d", i), ledger.Rejected, "")); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := readAll(t, f, "", 2)
	if len(got) != 6 {
		t.Fatalf("%d changes, want 6 (one per successful write): %+v", len(got), got)
	}
	first, second := got[0], got[1]
	if first.ID != "DOC-1" || first.Before != nil || first.After.State != ledger.Received || first.Rev != 1 {
		t.Errorf("first change %+v, want DOC-1 created in received at rev 1", first)
	}
	if second.ID != "DOC-1" || second.Before == nil || second.Before.State != ledger.Received ||
		second.After.State != ledger.Published || second.After.Grade != "closed" || len(second.After.Exemptions) != 2 || second.Rev != 2 {
		t.Errorf("second change %+v (before %+v), want DOC-1 received → published closed under 5 and 6, rev 2", second, second.Before)
	}
	if !second.After.Received.Equal(t0) || !second.After.Since.Equal(t0.Add(time.Hour)) {
		t.Errorf("received %v since %v, want %v and %v", second.After.Received, second.After.Since, t0, t0.Add(time.Hour))
	}
}

func testFeedHead(t *testing.T, f Feed) {
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if _, err := f.Put(ctx, record("6110000", fmt.Sprintf("OLD-%d", i), ledger.Received, "1100123")); err != nil {
			t.Fatal(err)
		}
	}
	head, err := f.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := readAll(t, f, head, 10); len(got) != 0 {
		t.Fatalf("%d changes after the head before any new write", len(got))
	}
	if _, err := f.Put(ctx, record("3220000", "NEW-1", ledger.Received, "1100123")); err != nil {
		t.Fatal(err)
	}
	got, cur := readAll(t, f, head, 10)
	if len(got) != 1 || got[0].ID != "NEW-1" || got[0].Org != "3220000" {
		t.Fatalf("after the head: %+v, want NEW-1 only", got)
	}
	if again, _ := readAll(t, f, cur, 10); len(again) != 0 {
		t.Fatalf("read again from the returned cursor: %+v", again)
	}
}
