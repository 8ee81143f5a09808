package bleve

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/seoul-plaza/plaza/shared/search"
)

// Served is the index searches are served from, as OpenSearch's alias is:
// one generation of the index in a folder (index, index-v2, index-v3 …)
// named by a pointer file (index.current), so that a reindex builds the
// next generation beside it while this one answers, then swaps the two in
// one step (search.Rebuilder). Bleve's own IndexAlias would swap the
// bleve.Index but not what this package keeps beside it (the writer, the
// write-ahead log, the caches), so the swap is of whole *Index values.
type Served struct {
	// mu is read-held by every call for its whole length and write-held
	// by a swap, so a call never meets an index closed under it; searches
	// wait out a swap rather than fail.
	mu   sync.RWMutex
	cur  *Index
	base string // the generation-1 folder, e.g. <data>/index; "" in memory
	gen  int
	// building guards against two reindexes at once.
	building atomic.Bool
}

var (
	_ search.Engine    = (*Served)(nil)
	_ search.Rebuilder = (*Served)(nil)
)

// OpenServed opens the generation the pointer file beside base names (base
// itself when there is none); base "" keeps the index in memory. An index
// of another mapping answers ErrMappingChanged, as Open does.
func OpenServed(base string) (*Served, error) {
	s := &Served{base: base, gen: 1}
	if base != "" {
		data, err := os.ReadFile(base + ".current")
		switch {
		case err == nil:
			if s.gen, err = generationOf(base, strings.TrimSpace(string(data))); err != nil {
				return nil, err
			}
		case !errors.Is(err, os.ErrNotExist):
			return nil, fmt.Errorf("bleve: %w", err)
		}
	}
	idx, err := Open(s.path(s.gen))
	if err != nil {
		return nil, err
	}
	s.cur = idx
	return s, nil
}

// RebuildServed empties the served generation (Rebuild) and opens it.
func RebuildServed(base string) (*Served, error) {
	s, err := OpenServed(base)
	if err == nil {
		return s, nil
	}
	if !errors.Is(err, ErrMappingChanged) {
		return nil, err
	}
	s = &Served{base: base, gen: 1}
	if data, err := os.ReadFile(base + ".current"); err == nil {
		if s.gen, err = generationOf(base, strings.TrimSpace(string(data))); err != nil {
			return nil, err
		}
	}
	if s.cur, err = Rebuild(s.path(s.gen)); err != nil {
		return nil, err
	}
	return s, nil
}

// generationOf reads n from the folder name base-vN (base alone is 1).
func generationOf(base, name string) (int, error) {
	b := filepath.Base(base)
	if name == b {
		return 1, nil
	}
	n, err := strconv.Atoi(strings.TrimPrefix(name, b+"-v"))
	if !strings.HasPrefix(name, b+"-v") || err != nil || n < 2 {
		return 0, fmt.Errorf("bleve: %s.current names %q, not a generation of %s", base, name, b)
	}
	return n, nil
}

// path is the folder of generation n ("" in memory).
func (s *Served) path(n int) string {
	if s.base == "" {
		return ""
	}
	if n == 1 {
		return s.base
	}
	return s.base + "-v" + strconv.Itoa(n)
}

// Current is the served generation's folder ("" in memory).
func (s *Served) Current() string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.path(s.gen)
}

// Index implements search.Index.
func (s *Served) Index(ctx context.Context, d search.Doc) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur.Index(ctx, d)
}

// Bulk implements search.Bulker.
func (s *Served) Bulk(ctx context.Context, docs []search.Doc) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur.Bulk(ctx, docs)
}

// Delete implements search.Index.
func (s *Served) Delete(ctx context.Context, org, id string, version int) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur.Delete(ctx, org, id, version)
}

// Search implements search.Index.
func (s *Served) Search(ctx context.Context, q search.Query) (search.Result, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur.Search(ctx, q)
}

// Related implements search.Relater.
func (s *Served) Related(ctx context.Context, org, id string, n int) ([]search.Link, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur.Related(ctx, org, id, n)
}

// Suggest implements search.Suggester.
func (s *Served) Suggest(ctx context.Context, prefix string, n int) ([]string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur.Suggest(ctx, prefix, n)
}

// DocCount returns how many documents the served generation holds.
func (s *Served) DocCount() (uint64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur.DocCount()
}

// Close closes the served generation.
func (s *Served) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur.Close()
}

// Rebuild implements search.Rebuilder: an empty next generation, in its
// own folder (a leftover of an aborted reindex is removed first).
func (s *Served) Rebuild(ctx context.Context) (search.Rebuild, error) {
	if !s.building.CompareAndSwap(false, true) {
		return nil, errors.New("bleve: a reindex is already under way")
	}
	s.mu.RLock()
	n := s.gen + 1
	s.mu.RUnlock()
	p := s.path(n)
	if p != "" {
		if err := os.RemoveAll(p); err != nil {
			s.building.Store(false)
			return nil, fmt.Errorf("bleve: %w", err)
		}
	}
	idx, err := Open(p)
	if err != nil {
		s.building.Store(false)
		return nil, err
	}
	return &build{s: s, idx: idx, gen: n}, nil
}

// build is a generation under construction.
type build struct {
	s    *Served
	idx  *Index
	gen  int
	done bool
}

func (b *build) Name() string {
	if p := b.s.path(b.gen); p != "" {
		return filepath.Base(p)
	}
	return "memory-v" + strconv.Itoa(b.gen)
}

func (b *build) Bulk(ctx context.Context, docs []search.Doc) error { return b.idx.Bulk(ctx, docs) }

func (b *build) Delete(ctx context.Context, org, id string, version int) error {
	return b.idx.Delete(ctx, org, id, version)
}

// Swap points the pointer file at the new generation, then serves it; the
// old one is closed once no call uses it, and its folder removed. A crash
// between the two leaves the pointer naming the complete new generation.
func (b *build) Swap(ctx context.Context) error {
	if b.done {
		return errors.New("bleve: this rebuild is finished")
	}
	s := b.s
	if s.base != "" {
		tmp := s.base + ".current.tmp"
		if err := os.WriteFile(tmp, []byte(filepath.Base(s.path(b.gen))+"\n"), 0o640); err != nil {
			return fmt.Errorf("bleve: %w", err)
		}
		if err := os.Rename(tmp, s.base+".current"); err != nil {
			return fmt.Errorf("bleve: %w", err)
		}
	}
	s.mu.Lock()
	old, oldPath := s.cur, s.path(s.gen)
	s.cur, s.gen = b.idx, b.gen
	s.mu.Unlock()
	b.done = true
	s.building.Store(false)
	err := old.Close()
	if oldPath != "" {
		err = errors.Join(err, os.RemoveAll(oldPath))
	}
	if err != nil {
		return fmt.Errorf("bleve: dropping the old generation: %w", err)
	}
	return nil
}

// Abort drops the new generation.
func (b *build) Abort(ctx context.Context) error {
	if b.done {
		return nil
	}
	b.done = true
	defer b.s.building.Store(false)
	err := b.idx.Close()
	if p := b.s.path(b.gen); p != "" {
		err = errors.Join(err, os.RemoveAll(p))
	}
	return err
}
