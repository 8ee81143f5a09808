package bleve

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/searchtest"
)

// indexConcurrently indexes docs from writers goroutines, one document per
// call as the pipeline does, and reports docs/s and the p95 call latency.
func indexConcurrently(b *testing.B, docs []search.Doc, writers int, index func(search.Doc) error) {
	var next atomic.Int64
	lat := make([][]time.Duration, writers)
	var wg sync.WaitGroup
	start := time.Now()
	for w := range writers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(docs) {
					return
				}
				t0 := time.Now()
				if err := index(docs[i]); err != nil {
					b.Error(err)
					return
				}
				lat[w] = append(lat[w], time.Since(t0))
			}
		})
	}
	wg.Wait()
	el := time.Since(start)
	all := slices.Concat(lat...)
	slices.Sort(all)
	b.ReportMetric(float64(len(docs))/el.Seconds(), "docs/s")
	b.ReportMetric(float64(all[len(all)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(all[len(all)/2].Microseconds())/1000, "p50-ms")
}

// BenchmarkIndexConcurrent measures single-document Index calls from
// several goroutines on a folder index: the group committer against the
// straightforward way (one Bleve Index call per document).
func BenchmarkIndexConcurrent(b *testing.B) {
	docs := searchtest.Docs("6110000", 2000, 1)
	for _, writers := range []int{1, 8, 32} {
		b.Run(fmt.Sprintf("group-commit/writers=%d", writers), func(b *testing.B) {
			for range b.N {
				x, err := Open(b.TempDir() + "/idx")
				if err != nil {
					b.Fatal(err)
				}
				ctx := context.Background()
				indexConcurrently(b, docs, writers, func(d search.Doc) error { return x.Index(ctx, d) })
				batches, writes := x.BatchStats()
				b.ReportMetric(float64(writes)/float64(batches), "docs/batch")
				x.Close()
			}
		})
		b.Run(fmt.Sprintf("baseline-per-doc/writers=%d", writers), func(b *testing.B) {
			for range b.N {
				x, err := Open(b.TempDir() + "/idx")
				if err != nil {
					b.Fatal(err)
				}
				indexConcurrently(b, docs, writers, func(d search.Doc) error { return x.idx.Index(docID(d.Org, d.ID), fields(d)) })
				x.Close()
			}
		})
	}
}

// BenchmarkIndexGrowth indexes 10,000 documents one call each from 32
// writers, as the local pipeline does, and reports the rate of the first
// and the last 2,000: a cost that grows with the index (Scorch's internal
// store is copied and persisted whole with every batch) shows as a last
// rate well below the first.
func BenchmarkIndexGrowth(b *testing.B) {
	docs := searchtest.Docs("6110000", 10000, 1)
	for range b.N {
		x, err := Open(b.TempDir() + "/idx")
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.Background()
		var done atomic.Int64
		var firstAt, lastFrom time.Time
		var mu sync.Mutex
		start := time.Now()
		var next atomic.Int64
		var wg sync.WaitGroup
		for range 32 {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= len(docs) {
						return
					}
					if err := x.Index(ctx, docs[i]); err != nil {
						b.Error(err)
						return
					}
					switch done.Add(1) {
					case 2000:
						mu.Lock()
						firstAt = time.Now()
						mu.Unlock()
					case int64(len(docs) - 2000):
						mu.Lock()
						lastFrom = time.Now()
						mu.Unlock()
					}
				}
			})
		}
		wg.Wait()
		end := time.Now()
		first := 2000 / firstAt.Sub(start).Seconds()
		last := 2000 / end.Sub(lastFrom).Seconds()
		b.ReportMetric(first, "first-docs/s")
		b.ReportMetric(last, "last-docs/s")
		b.ReportMetric(last/first, "last/first")
		b.ReportMetric(float64(len(docs))/end.Sub(start).Seconds(), "docs/s")
		x.Close()
	}
}
