package stats

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Ledger is what the roll-up reads: the change feed, and the records for
// the one scan that starts a roll-up of a ledger older than its feed.
type Ledger interface {
	List(ctx context.Context, f ledger.Filter) ([]ledger.Record, string, error)
	// Changes returns up to limit changes after the cursor, oldest first,
	// and the cursor to read on from; an empty page is the end.
	Changes(ctx context.Context, after string, limit int) ([]ledger.Change, string, error)
	// Head is the cursor after every change written so far.
	Head(ctx context.Context) (string, error)
}

// trimmer is a feed that keeps its changes until told (bbolt); the
// DynamoDB feed expires them by itself.
type trimmer interface {
	TrimChanges(ctx context.Context, upTo string) error
}

// ObjectKey is where the roll-up is kept, in the work bucket (private).
const ObjectKey = document.StatsRollupKey

// maxObjectBytes bounds the roll-up read back: cells are per department
// and day, some megabytes for years of a city's documents.
const maxObjectBytes = 256 << 20

// scanWindow is how far before a starting scan a record's change may have
// been written and still be read from the feed after it (the DynamoDB
// feed reads changes once they are a minute old).
const scanWindow = 10 * time.Minute

// RollerDeps are a Roller's collaborators.
type RollerDeps struct {
	Ledger Ledger
	Store  storage.Store
	// Bucket is the work bucket, where ObjectKey is kept.
	Bucket string
	Logger *slog.Logger
	Now    func() time.Time
}

// Roller keeps the roll-up: each Run reads the roll-up kept, applies the
// changes the feed has after its cursor and keeps it again. It never
// rescans the ledger; only the first run over a ledger that has no
// roll-up yet counts its records once.
type Roller struct {
	d RollerDeps
	// kept is the roll-up last read or kept, never changed (each use
	// starts from a clone), with the object's version (ETag, size and
	// time): while the object is the same, a run or a read need not decode
	// it again.
	mu   sync.Mutex
	kept *Rollup
	etag string
}

// NewRoller returns a Roller.
func NewRoller(d RollerDeps) *Roller {
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	return &Roller{d: d}
}

// RunReport says what one run did.
type RunReport struct {
	// Changes counts the changes applied.
	Changes int `json:"changes"`
	// Scanned counts the records of a starting scan (0 on every run after
	// the first).
	Scanned int `json:"scanned"`
	// Ops are the figures of the roll-up after the run, every
	// organization's together: the monitor's run line carries them as
	// EMF metrics (shared/monitor).
	Ops Ops `json:"ops"`
}

// Run brings the kept roll-up up to date and keeps it. The monitor calls
// it: nightly on AWS, on every tick on one machine.
func (r *Roller) Run(ctx context.Context) (RunReport, error) {
	ru, rep, moved, err := r.current(ctx)
	if err != nil {
		return rep, err
	}
	rep.Ops = ru.OpsOf("", r.d.Now())
	if !moved {
		return rep, nil
	}
	ru.At = r.d.Now().UTC()
	if err := r.Keep(ctx, ru); err != nil {
		return rep, err
	}
	// Only what the previous roll-up had read: a reader that loaded that
	// one a moment ago still finds every change after it.
	if t, ok := r.d.Ledger.(trimmer); ok && ru.Prev != "" {
		if err := t.TrimChanges(ctx, ru.Prev); err != nil {
			return rep, fmt.Errorf("stats: %w", err)
		}
	}
	r.d.Logger.InfoContext(ctx, "release statistics rolled up", "changes", rep.Changes, "scanned", rep.Scanned, "cells", len(ru.Cells))
	return rep, nil
}

// Keep stores ru as the roll-up the next run starts from.
func (r *Roller) Keep(ctx context.Context, ru *Rollup) error {
	data, err := json.Marshal(ru)
	if err != nil {
		return fmt.Errorf("stats: encode roll-up: %w", err)
	}
	if err := r.d.Store.Put(ctx, r.d.Bucket, ObjectKey, bytes.NewReader(data), storage.PutOptions{ContentType: "application/json"}); err != nil {
		return fmt.Errorf("stats: keep roll-up: %w", err)
	}
	r.remember(ctx, ru)
	return nil
}

// remember caches ru as the object now kept.
func (r *Roller) remember(ctx context.Context, ru *Rollup) {
	info, err := r.d.Store.Head(ctx, r.d.Bucket, ObjectKey)
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		r.kept, r.etag = nil, ""
		return
	}
	r.kept, r.etag = ru.Clone(), version(info)
}

func version(in storage.Info) string {
	return fmt.Sprintf("%s/%d/%d", in.ETag, in.Size, in.Modified.UnixNano())
}

// cached returns a clone of the cached roll-up if the object kept is
// still the one cached.
func (r *Roller) cached(ctx context.Context) *Rollup {
	r.mu.Lock()
	kept, etag := r.kept, r.etag
	r.mu.Unlock()
	if kept == nil {
		return nil
	}
	if info, err := r.d.Store.Head(ctx, r.d.Bucket, ObjectKey); err != nil || version(info) != etag {
		return nil
	}
	return kept.Clone()
}

// Current returns the kept roll-up with the changes since applied,
// without keeping it: what the API reads between runs.
func (r *Roller) Current(ctx context.Context) (*Rollup, error) {
	ru, _, _, err := r.current(ctx)
	return ru, err
}

// Load returns the roll-up kept, or nil when there is none yet.
func (r *Roller) Load(ctx context.Context) (*Rollup, error) {
	data, err := storage.ReadAll(ctx, r.d.Store, r.d.Bucket, ObjectKey, maxObjectBytes)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("stats: read roll-up: %w", err)
	}
	ru := NewRollup()
	if err := json.Unmarshal(data, ru); err != nil {
		return nil, fmt.Errorf("stats: decode roll-up: %w", err)
	}
	return ru, nil
}

// current loads the kept roll-up and applies the feed after it; moved is
// true when it differs from the one kept.
func (r *Roller) current(ctx context.Context) (ru *Rollup, rep RunReport, moved bool, err error) {
	if ru = r.cached(ctx); ru == nil {
		if ru, err = r.Load(ctx); err != nil {
			return nil, rep, false, err
		}
		if ru != nil {
			r.remember(ctx, ru)
		}
	}
	if ru == nil {
		if ru, rep.Scanned, err = r.scan(ctx); err != nil {
			return nil, rep, false, err
		}
		moved = true
	}
	if ru.Seen != nil && r.d.Now().After(ru.SeenUntil) {
		ru.Seen, ru.SeenUntil = nil, time.Time{}
	}
	prev := ru.Cursor
	cur := ru.Cursor
	for {
		changes, next, err := r.d.Ledger.Changes(ctx, cur, 5000)
		if err != nil {
			return nil, rep, false, fmt.Errorf("stats: %w", err)
		}
		for _, c := range changes {
			if ru.Apply(c) {
				rep.Changes++
			}
		}
		if len(changes) == 0 || next == cur {
			if next != "" {
				cur = next
			}
			break
		}
		cur = next
	}
	if cur != prev {
		ru.Prev, ru.Cursor = prev, cur
		moved = true
	}
	return ru, rep, moved, nil
}

// scan counts every record once, for a ledger that has no roll-up yet.
// The feed's head is taken first; a record changed while the scan ran is
// then both in the scan and after the head, so the revision the scan saw
// is kept for a while (Rollup.Seen) and the feed's copy skipped.
func (r *Roller) scan(ctx context.Context) (*Rollup, int, error) {
	start := r.d.Now()
	head, err := r.d.Ledger.Head(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("stats: %w", err)
	}
	ru := NewRollup()
	ru.Cursor = head
	ru.Seen = map[string]int64{}
	n := 0
	f := ledger.Filter{Limit: 1000}
	for {
		recs, next, err := r.d.Ledger.List(ctx, f)
		if err != nil {
			return nil, n, fmt.Errorf("stats: scan: %w", err)
		}
		for _, rec := range recs {
			ru.Add(rec)
			n++
			if !rec.UpdatedAt.Before(start.Add(-scanWindow)) {
				ru.Seen[rec.Org+"/"+rec.ID] = rec.Rev
			}
		}
		if next == "" || next == f.After {
			break
		}
		f.After = next
	}
	ru.SeenUntil = r.d.Now().Add(scanWindow)
	r.d.Logger.InfoContext(ctx, "release statistics started from a scan of the ledger", "records", n)
	return ru, n, nil
}
