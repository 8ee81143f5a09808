package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/extract"
	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/bleve"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// hooked lets a test act while a reindex copies and just before it swaps.
type hooked struct {
	search.Rebuilder
	duringCopy, beforeSwap func()
}

func (h hooked) Rebuild(ctx context.Context) (search.Rebuild, error) {
	b, err := h.Rebuilder.Rebuild(ctx)
	if err != nil {
		return nil, err
	}
	return &hookedBuild{Rebuild: b, h: h}, nil
}

type hookedBuild struct {
	search.Rebuild
	h      hooked
	copied bool
}

func (b *hookedBuild) Bulk(ctx context.Context, docs []search.Doc) error {
	if !b.copied {
		b.copied = true
		b.h.duringCopy()
	}
	return b.Rebuild.Bulk(ctx, docs)
}

func (b *hookedBuild) Swap(ctx context.Context) error {
	b.h.beforeSwap()
	return b.Rebuild.Swap(ctx)
}

func listed(t *testing.T, x search.Index) map[string]bool {
	t.Helper()
	r, err := x.Search(context.Background(), search.Query{Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, h := range r.Items {
		out[h.ID] = true
	}
	return out
}

func TestReindexSwapsWithoutDowntimeAndCatchesWritesDuringTheCopy(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	e := &env{t: t, bus: &syncBus{}, now: time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)}
	var err error
	if e.store, err = localfs.New(filepath.Join(dir, "data"), e.bus); err != nil {
		t.Fatal(err)
	}
	if e.led, err = bolt.Open(filepath.Join(dir, "ledger.db")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.led.Close() })
	base := filepath.Join(dir, "index")
	idx, err := bleve.OpenServed(base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	e.p = New(Config{Buckets: buckets, Now: func() time.Time { return e.now }}, Deps{
		Store: e.store, Ledger: e.led, Index: idx, Extractor: readFiles{extract.New()}, Redactor: redact.New(), Verifier: verify.New(),
	})
	e.bus.p = e.p
	// GIVEN 40 published documents
	const n = 40
	for i := range n {
		id := fmt.Sprintf("RX-%02d", i)
		e.drop(id, envelope(id, 1))
	}
	if got := listed(t, idx); len(got) != n {
		t.Fatalf("%d indexed", len(got))
	}
	// AND a citizen searching all the while
	var searches, during atomic.Int64
	var copying atomic.Bool
	var failures []string
	var mu sync.Mutex
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			for _, q := range []search.Query{{Size: 5}, {Text: "정보공개 추진계획", Size: 5}} {
				r, err := idx.Search(ctx, q)
				if err != nil || r.Total == 0 || len(r.Items) == 0 {
					mu.Lock()
					failures = append(failures, fmt.Sprintf("%q: total %d, %v", q.Text, r.Total, err))
					mu.Unlock()
				}
				searches.Add(1)
				if copying.Load() {
					during.Add(1)
				}
			}
		}
	}()
	waitSearches := func() {
		for start := searches.Load(); searches.Load() < start+4; {
			time.Sleep(time.Millisecond)
		}
	}
	retract := func(id string) {
		if err := e.p.Retract(ctx, document.Key{Org: "6110000", ID: id}, "test", "staff"); err != nil {
			t.Error(err)
		}
	}
	// WHEN the index is rebuilt while one document is taken down and one
	// added during the copy, and the same again between the last pass and
	// the swap
	rb := hooked{Rebuilder: idx,
		duringCopy: func() {
			copying.Store(true)
			retract("RX-03")
			e.drop("NEW-1", envelope("NEW-1", 1))
			waitSearches()
		},
		beforeSwap: func() {
			retract("RX-07")
			e.drop("NEW-2", envelope("NEW-2", 1))
			waitSearches()
		},
	}
	var passes []string
	rep, err := e.p.Reindex(ctx, rb, func(pass string, _ ReindexReport) { passes = append(passes, pass) })
	waitSearches()
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	// THEN searches never failed nor came back empty, also while copying
	if len(failures) > 0 || during.Load() == 0 {
		t.Fatalf("%d searches during the reindex; failures: %v", during.Load(), failures)
	}
	// AND the new index holds what the public bucket holds: the documents
	// taken down are gone, the ones added are there
	got := listed(t, idx)
	if len(got) != n || got["RX-03"] || got["RX-07"] || !got["NEW-1"] || !got["NEW-2"] {
		t.Fatalf("after the swap: %d documents: %v", len(got), got)
	}
	if rep.Copied != n || rep.Deleted != 2 || rep.CaughtUp != 2 || strings.Join(passes, ",") != "copy,catch-up,after-swap" {
		t.Errorf("report %+v, passes %v", rep, passes)
	}
	// AND the served generation is the new folder, the old one removed,
	// and a restart opens the new one
	if idx.Current() != base+"-v2" || rep.Index != "index-v2" {
		t.Errorf("serving %s (report %s)", idx.Current(), rep.Index)
	}
	if _, err := os.Stat(base); !os.IsNotExist(err) {
		t.Errorf("the old generation is still there: %v", err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := bleve.OpenServed(base)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if c, _ := again.DocCount(); c != n {
		t.Errorf("reopened: %d documents", c)
	}
}
