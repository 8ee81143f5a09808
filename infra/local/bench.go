package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sort"
	"sync"
	"syscall"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/bleve"
)

// timedIndex notes when each document became searchable.
type timedIndex struct {
	inner search.Index
	mu    sync.Mutex
	done  map[string]time.Time
}

func (t *timedIndex) Index(ctx context.Context, d search.Doc) error {
	if err := t.inner.Index(ctx, d); err != nil {
		return err
	}
	t.mu.Lock()
	t.done[d.ID] = time.Now()
	t.mu.Unlock()
	return nil
}

func (t *timedIndex) Delete(ctx context.Context, org, id string, v int) error {
	return t.inner.Delete(ctx, org, id, v)
}

func (t *timedIndex) Search(ctx context.Context, q search.Query) (search.Result, error) {
	return t.inner.Search(ctx, q)
}

func (t *timedIndex) Close() error { return t.inner.Close() }

// benchCmd measures the pipeline end to end on generated documents: a
// flood for throughput, a steady stream for drop-to-searchable latency, and
// as the baseline, in the same run, the same documents bulk-indexed straight
// into Bleve with no pipeline at all.
func benchCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "load" {
		return loadCmd(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "lighthouse" {
		return lighthouseCmd(ctx, args[1:], stdout, stderr)
	}
	fset, data, _ := commonFlags("bench", "", "unused: the bench runs its own stack")
	n := fset.Int("docs", 10000, "documents in the flood")
	steady := fset.Int("steady", 300, "documents in the steady stream")
	rate := fset.Int("rate", 100, "documents per second in the steady stream")
	workers := fset.Int("workers", 0, "event bus workers (0: the stack's default)")
	senders := fset.Int("senders", 4, "systems dropping documents at once in the flood")
	cpuprofile := fset.String("cpuprofile", "", "write a CPU profile of the pipeline run to this file")
	if err := fset.Parse(args); err != nil {
		return err
	}
	// The bench works under the data folder, not the system's temp folder:
	// on some machines /tmp is much slower at creating files.
	if err := os.MkdirAll(*data, 0o750); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(*data, "bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	now := time.Now()
	docs := samples(*n+*steady, now)
	for _, d := range docs {
		d.envelope["release_at"] = nil // scheduled ones would wait for the tick
	}
	fmt.Fprintf(stderr, "bench: %d documents, %d CPU\n", len(docs), runtime.NumCPU())

	var ti *timedIndex
	s, err := Open(Options{Data: filepath.Join(tmp, "data"), Logger: slog.New(slog.DiscardHandler), Workers: *workers,
		WrapIndex: func(x search.Index) search.Index {
			ti = &timedIndex{inner: x, done: map[string]time.Time{}}
			return ti
		}})
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Bus.Start(ctx); err != nil {
		return err
	}

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}

	// Sample the Go heap while the pipeline runs; RSS also counts the
	// pages of the memory-mapped index, ledger and spool files.
	var heapPeak uint64
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		// runtime/metrics reads without stopping the world.
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			select {
			case <-stopSampling:
				return
			case <-t.C:
				metrics.Read(sample)
				heapPeak = max(heapPeak, sample[0].Value.Uint64())
			}
		}
	}()

	// Flood: several systems drop documents at once, as 80-odd internal
	// systems do.
	start := time.Now()
	if err := flood(ctx, s, docs[:*n], *senders); err != nil {
		return err
	}
	if err := s.Bus.Wait(ctx); err != nil {
		return err
	}
	flood := time.Since(start)

	// Steady stream: one document every 1/rate s.
	dropped := map[string]time.Time{}
	every := time.Second / time.Duration(*rate)
	for _, d := range docs[*n:] {
		id := d.envelope["id"].(string)
		dropped[id] = time.Now()
		if err := putDoc(ctx, s.Store, d); err != nil {
			return err
		}
		time.Sleep(every)
	}
	if err := s.Bus.Wait(ctx); err != nil {
		return err
	}
	var lat []time.Duration
	ti.mu.Lock()
	for id, t0 := range dropped {
		if t1, ok := ti.done[id]; ok {
			lat = append(lat, t1.Sub(t0))
		}
	}
	ti.mu.Unlock()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })

	states := map[ledger.State]int{}
	recs, err := readLedger(ctx, s.Ledger, defaultOrg(), "", "")
	if err != nil {
		return err
	}
	for _, r := range recs {
		states[r.State]++
	}
	dead, err := s.Bus.DeadLetters()
	if err != nil {
		return err
	}
	close(stopSampling)
	<-sampled
	// Peak memory of the pipeline run, before the baseline adds its own.
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	if err := s.Close(); err != nil {
		return err
	}

	// Baseline, in the same run: bulk indexing straight into Bleve.
	base, err := baseline(ctx, filepath.Join(tmp, "baseline"), docs[:*n])
	if err != nil {
		return err
	}

	rateFlood := float64(*n) / flood.Seconds()
	fmt.Fprintf(stdout, "documents            %d (+%d steady)\n", *n, *steady)
	fmt.Fprintf(stdout, "pipeline throughput  %.0f docs/s (flood of %d in %s)\n", rateFlood, *n, flood.Round(time.Millisecond))
	fmt.Fprintf(stdout, "baseline bulk index  %.0f docs/s (the same documents straight into Bleve)\n", base)
	fmt.Fprintf(stdout, "ratio                %.2f of the baseline\n", rateFlood/base)
	if len(lat) > 0 {
		fmt.Fprintf(stdout, "drop→searchable      p50 %s  p95 %s  max %s  (%d docs at %d/s)\n",
			pct(lat, 50), pct(lat, 95), lat[len(lat)-1].Round(time.Millisecond), len(lat), *rate)
	}
	fmt.Fprintf(stdout, "peak RSS             %d MiB (peak live Go heap %d MiB)\n", ru.Maxrss/1024, heapPeak>>20)
	fmt.Fprintf(stdout, "ledger states        %v\n", states)
	if len(dead) > 0 {
		return fmt.Errorf("%d events dead-lettered during the bench", len(dead))
	}
	return nil
}

// flood drops docs from several senders concurrently.
func flood(ctx context.Context, s *Stack, docs []sampleDoc, senders int) error {
	var wg sync.WaitGroup
	errs := make(chan error, senders)
	for i := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := i; j < len(docs); j += senders {
				if err := putDoc(ctx, s.Store, docs[j]); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func pct(d []time.Duration, p int) time.Duration {
	i := (len(d)*p + 99) / 100
	if i > 0 {
		i--
	}
	return d[i].Round(time.Millisecond)
}

func baseline(ctx context.Context, dir string, docs []sampleDoc) (float64, error) {
	idx, err := bleve.Open(dir)
	if err != nil {
		return 0, err
	}
	defer idx.Close()
	batch := make([]search.Doc, 0, len(docs))
	for _, d := range docs {
		e := d.envelope
		approved, _ := time.Parse(time.RFC3339, e["approved_at"].(string))
		dept := e["department"].(map[string]any)
		batch = append(batch, search.Doc{Org: defaultOrg(), ID: e["id"].(string), Version: 1, Title: e["title"].(string),
			Body: e["body"].(string), DepartmentCode: dept["code"].(string), DepartmentName: dept["name"].(string),
			Type: e["type"].(string), Grade: "public", ApprovedAt: approved})
	}
	start := time.Now()
	for i := 0; i < len(batch); i += 500 {
		if err := idx.Bulk(ctx, batch[i:min(i+500, len(batch))]); err != nil {
			return 0, err
		}
	}
	return float64(len(batch)) / time.Since(start).Seconds(), nil
}
