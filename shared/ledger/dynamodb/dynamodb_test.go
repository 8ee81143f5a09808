package dynamodb_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	awsddb "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
	"github.com/seoul-plaza/plaza/shared/ledger/ledgertest"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

func open(t *testing.T) *dynamodb.Ledger {
	t.Helper()
	srv := moto.Get(t)
	client := awsddb.NewFromConfig(srv.Config)
	table := awstest.Name("plaza-ledger")
	if err := dynamodb.CreateTable(context.Background(), client, table); err != nil {
		t.Fatal(err)
	}
	return dynamodb.New(client, table)
}

func TestLedger(t *testing.T) {
	ledgertest.Run(t, func(t *testing.T) ledger.Ledger { return open(t) })
}

func TestFeed(t *testing.T) {
	ledgertest.RunFeed(t, func(t *testing.T) ledgertest.Feed {
		l := open(t)
		l.SetSettle(0) // read the writes at once
		return l
	})
}

func TestBadCursor(t *testing.T) {
	l := open(t)
	for _, c := range []string{"%%%", "bm90IGpzb24", "eyJ4IjoieSJ9"} { // not base64, not JSON, unknown attribute
		_, _, err := l.List(context.Background(), ledger.Filter{After: c})
		if !errors.Is(err, dynamodb.ErrBadCursor) {
			t.Errorf("cursor %q: %v, want ErrBadCursor", c, err)
		}
	}
}

// TestFeedShards writes enough documents, over three days, to use many
// shards of the change feed, and reads the feed in small pages: every
// change comes once and in write order, whichever day and shard holds it.
func TestFeedShards(t *testing.T) {
	ctx := context.Background()
	srv := moto.Get(t)
	client := awsddb.NewFromConfig(srv.Config)
	table := awstest.Name("plaza-ledger")
	if err := dynamodb.CreateTable(ctx, client, table); err != nil {
		t.Fatal(err)
	}
	l := dynamodb.New(client, table)
	l.SetSettle(0)
	// A write an hour from 22:00 on 5 December: the third and the 27th
	// write start a new day.
	clock := time.Date(2026, 12, 5, 22, 0, 0, 0, time.UTC)
	l.SetClock(func() time.Time { return clock })
	tick := func() { clock = clock.Add(time.Hour) }
	var want []string
	for i := 0; i < 40; i++ {
		id := fmt.Sprintf("DOC-%02d", i)
		rec := ledger.Record{Org: "6110000", ID: id, Department: "1100123", Grade: "public"}
		rec.Move(clock, ledger.Received, 1, "", "")
		rev, err := l.Put(ctx, rec)
		if err != nil {
			t.Fatal(err)
		}
		tick()
		want = append(want, id+"@1")
		if i%10 == 5 {
			// The same document again, so one shard holds two of its changes.
			rec.Rev = rev
			rec.Move(clock, ledger.Staged, 1, "", "")
			if _, err := l.Put(ctx, rec); err != nil {
				t.Fatal(err)
			}
			tick()
			want = append(want, id+"@2")
		}
	}

	read := func(after string, limit int) ([]string, string) {
		var got []string
		for i := 0; i < 100; i++ {
			page, next, err := l.Changes(ctx, after, limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) > limit {
				t.Fatalf("a page of %d changes, limit %d", len(page), limit)
			}
			for _, c := range page {
				got = append(got, fmt.Sprintf("%s@%d", c.ID, c.Rev))
			}
			after = next
			if len(page) == 0 {
				break
			}
		}
		return got, after
	}
	got, cur := read("", 7)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("feed read in pages of 7:\n got %v\nwant %v", got, want)
	}
	if again, _ := read(cur, 7); len(again) != 0 {
		t.Errorf("read again from the returned cursor: %v", again)
	}

	// The changes did spread over the shards of three days.
	keys := map[string]bool{}
	days := map[string]bool{}
	out, err := client.Scan(ctx, &awsddb.ScanInput{TableName: &table})
	if err != nil {
		t.Fatal(err)
	}
	for _, item := range out.Items {
		pk := item[dynamodb.AttrPK].(*types.AttributeValueMemberS).Value
		if f := strings.Split(pk, "#"); f[0] == "CHG" {
			if len(f) != 3 || len(f[2]) != 2 {
				t.Errorf("change key %q, want CHG#<day>#<shard>", pk)
				continue
			}
			keys[pk], days[f[1]] = true, true
		}
	}
	if len(keys) < 12 || len(days) != 3 {
		t.Errorf("change keys %v: want at least 12 shard keys over 3 days", keys)
	}
}

// TestRollupReadsEveryShard runs the monitor's reader of the feed, the
// release statistics' roller, over a DynamoDB ledger whose changes span
// two days and many shards: it counts each document once, and a second
// run finds nothing new.
func TestRollupReadsEveryShard(t *testing.T) {
	ctx := context.Background()
	l := open(t)
	l.SetSettle(0)
	clock := time.Date(2026, 12, 5, 23, 0, 0, 0, time.UTC)
	l.SetClock(func() time.Time { return clock })
	store, err := localfs.New(filepath.Join(t.TempDir(), "data"), nil)
	if err != nil {
		t.Fatal(err)
	}
	ro := stats.NewRoller(stats.RollerDeps{Ledger: l, Store: store, Bucket: "work", Now: func() time.Time { return clock }})
	// The first run counts the (empty) ledger and starts at the feed's head.
	if _, err := ro.Run(ctx); err != nil {
		t.Fatal(err)
	}
	writes := 0
	for i := 0; i < 24; i++ {
		clock = clock.Add(5 * time.Minute) // 23:05 on the 5th to 01:00 on the 6th
		rec := ledger.Record{Org: "6110000", ID: fmt.Sprintf("DOC-%02d", i), Department: "1100123", Grade: "public"}
		rec.Move(clock, ledger.Received, 1, "", "")
		rev, err := l.Put(ctx, rec)
		if err != nil {
			t.Fatal(err)
		}
		writes++
		if i%2 == 0 {
			rec.Rev = rev
			rec.Move(clock, ledger.Published, 1, "", "")
			if _, err := l.Put(ctx, rec); err != nil {
				t.Fatal(err)
			}
			writes++
		}
	}
	clock = clock.Add(time.Minute)
	rep, err := ro.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Changes != writes || rep.Ops.Received != 24 || rep.Ops.States["published"] != 12 {
		t.Errorf("run over the feed: %d changes (want %d), %d received (want 24), states %v (want 12 published)",
			rep.Changes, writes, rep.Ops.Received, rep.Ops.States)
	}
	again, err := ro.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again.Changes != 0 || again.Ops.Received != 24 || again.Ops.States["published"] != 12 {
		t.Errorf("second run: %d changes, %d received, states %v; want nothing new", again.Changes, again.Ops.Received, again.Ops.States)
	}
}
