package stats

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// fillBolt writes the lives of n documents into a bbolt ledger through
// its Put, many documents at once as the stages write (each document's
// writes in order).
func fillBolt(b *testing.B, n int) (*bolt.Ledger, int) {
	l, err := bolt.OpenWith(filepath.Join(b.TempDir(), "ledger.db"), bolt.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { l.Close() })
	writes := lives(n, 1)
	putAll(b, l, writes)
	return l, len(writes)
}

// putAll writes records through Put, many documents at once, each
// document's writes in order.
func putAll(b *testing.B, l *bolt.Ledger, writes []ledger.Record) {
	const workers = 128
	byWorker := make([][]ledger.Record, workers)
	for _, r := range writes {
		w := int(fnv(r.ID) % workers)
		byWorker[w] = append(byWorker[w], r)
	}
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for _, recs := range byWorker {
		wg.Add(1)
		go func() {
			defer wg.Done()
			revs := map[string]int64{}
			for _, r := range recs {
				r.Rev = revs[r.ID]
				rev, err := l.Put(context.Background(), r)
				if err != nil {
					errs <- err
					return
				}
				revs[r.ID] = rev
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
}

func nowNano() int64 { return time.Now().UnixNano() }

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// BenchmarkNightlyRollup100k: the roll-up of a night in which 100,000
// documents went through their lives (some 380,000 ledger writes), read
// from the bbolt ledger's change feed and kept in the folder store; the
// baseline, in the same run, is one scan of the same ledger counting
// every record (what GET /api/stats/release did on every cache miss).
// Reported: ns/op of the roll-up, and scan-ns and ratio (roll-up ÷ scan).
//
//	go test ./shared/stats -run '^$' -bench NightlyRollup100k -benchtime 3x -timeout 30m
func BenchmarkNightlyRollup100k(b *testing.B) {
	ctx := context.Background()
	l, writes := fillBolt(b, 100_000)
	b.ResetTimer()
	var scanNs, rollNs int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		store, err := localfs.New(filepath.Join(b.TempDir(), "data"), nil)
		if err != nil {
			b.Fatal(err)
		}
		// The baseline: a scan of every record.
		start := nowNano()
		ru := NewRollup()
		f := ledger.Filter{Limit: 1000}
		n := 0
		for {
			recs, next, err := l.List(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range recs {
				ru.Add(r)
			}
			n += len(recs)
			if next == "" {
				break
			}
			f.After = next
		}
		scanNs += nowNano() - start
		if n != 100_000 {
			b.Fatalf("scanned %d records", n)
		}
		// The roll-up from a kept roll-up at the start of the night: an
		// empty one at cursor 0.
		ro := NewRoller(RollerDeps{Ledger: l, Store: store, Bucket: "work"})
		if err := ro.Keep(ctx, NewRollup()); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start = nowNano()
		rep, err := ro.Run(ctx)
		rollNs += nowNano() - start
		if err != nil {
			b.Fatal(err)
		}
		if rep.Changes != writes || rep.Scanned != 0 {
			b.Fatalf("applied %d changes, scanned %d; want %d and 0", rep.Changes, rep.Scanned, writes)
		}
	}
	b.ReportMetric(float64(scanNs)/float64(b.N), "scan-ns")
	b.ReportMetric(float64(rollNs)/float64(scanNs), "ratio")
	b.ReportMetric(float64(writes), "changes")
}

// BenchmarkNightlyRollupOn100k: the night after, on the same ledger of
// 100,000 documents: 1,000 new documents' lives (some 3,800 changes),
// rolled up by a fresh Roller (as a new Lambda would: the kept roll-up is
// read and decoded, then the night's changes applied and the roll-up kept
// again). Reported against the same scan baseline (ratio).
//
//	go test ./shared/stats -run '^$' -bench NightlyRollupOn100k -benchtime 3x -timeout 30m
func BenchmarkNightlyRollupOn100k(b *testing.B) {
	ctx := context.Background()
	l, _ := fillBolt(b, 100_000)
	store, err := localfs.New(filepath.Join(b.TempDir(), "data"), nil)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := NewRoller(RollerDeps{Ledger: l, Store: store, Bucket: "work"}).Run(ctx); err != nil {
		b.Fatal(err)
	}
	var scanNs, rollNs int64
	changes := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		// The night's documents: new ids, so each night adds its own.
		night := lives(1000, uint64(100+i))
		for j := range night {
			night[j].ID = fmt.Sprintf("NIGHT%d-%s", i, night[j].ID)
		}
		putAll(b, l, night)
		start := nowNano()
		n := 0
		f := ledger.Filter{Limit: 1000}
		ru := NewRollup()
		for {
			recs, next, err := l.List(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range recs {
				ru.Add(r)
			}
			n += len(recs)
			if next == "" {
				break
			}
			f.After = next
		}
		scanNs += nowNano() - start
		b.StartTimer()
		start = nowNano()
		rep, err := NewRoller(RollerDeps{Ledger: l, Store: store, Bucket: "work"}).Run(ctx)
		rollNs += nowNano() - start
		if err != nil {
			b.Fatal(err)
		}
		if rep.Changes != len(night) || rep.Scanned != 0 {
			b.Fatalf("applied %d changes, scanned %d; want %d and 0", rep.Changes, rep.Scanned, len(night))
		}
		changes += rep.Changes
	}
	b.ReportMetric(float64(scanNs)/float64(b.N), "scan-ns")
	b.ReportMetric(float64(rollNs)/float64(scanNs), "ratio")
	b.ReportMetric(float64(changes)/float64(b.N), "changes")
}
