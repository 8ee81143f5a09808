// Package bolt is the ledger on one machine: a bbolt file. Conditional
// writes compare the record's revision inside one transaction.
package bolt

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	bbolt "go.etcd.io/bbolt"
)

var (
	records = []byte("records")
	holds   = []byte("holds")
	// changes is the change feed: one entry per write of a record, keyed
	// by a sequence number, written in the write's own transaction.
	changes = []byte("changes")
)

// Ledger is a ledger.Ledger over bbolt.
type Ledger struct {
	db *bbolt.DB
}

// Options tune the file.
type Options struct {
	// NoSync skips fsync on commit: a crash of the process loses nothing
	// (the page cache survives it), a crash of the machine may lose the
	// last commits, which the monitor's reconciliation then repairs. On a
	// virtual disk fsync costs tens of milliseconds a commit.
	NoSync bool
}

// Open opens or creates the ledger file. It waits at most a second for the
// file lock, which another running stack may hold.
func Open(path string) (*Ledger, error) { return OpenWith(path, Options{}) }

// OpenWith opens or creates the ledger file with options.
func OpenWith(path string, o Options) (*Ledger, error) {
	db, err := bbolt.Open(path, 0o640, &bbolt.Options{Timeout: time.Second, NoFreelistSync: true, NoSync: o.NoSync})
	if err != nil {
		return nil, fmt.Errorf("ledger: open %s: %w", path, err)
	}
	// Concurrent stages share a commit; a lone caller waits at most 1 ms.
	db.MaxBatchDelay = time.Millisecond
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{records, holds, changes} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("ledger: init: %w", err)
	}
	return &Ledger{db: db}, nil
}

// OpenReadOnly opens the file for reading while no writer holds it.
func OpenReadOnly(path string) (*Ledger, error) {
	db, err := bbolt.Open(path, 0o640, &bbolt.Options{Timeout: 200 * time.Millisecond, ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("ledger: open %s: %w", path, err)
	}
	return &Ledger{db: db}, nil
}

// Close closes the file.
func (l *Ledger) Close() error { return l.db.Close() }

func key(org, id string) []byte { return []byte(org + "\x00" + id) }

// Get returns a record.
func (l *Ledger) Get(ctx context.Context, org, id string) (ledger.Record, error) {
	var rec ledger.Record
	err := l.db.View(func(tx *bbolt.Tx) error {
		v := tx.Bucket(records).Get(key(org, id))
		if v == nil {
			return ledger.ErrNotFound
		}
		return json.Unmarshal(v, &rec)
	})
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		return rec, fmt.Errorf("ledger: get %s/%s: %w", org, id, err)
	}
	return rec, err
}

// Put writes rec if the stored revision is rec.Rev, and appends the write
// to the change feed in the same transaction. Concurrent puts are batched
// into one transaction (and one fsync).
func (l *Ledger) Put(ctx context.Context, rec ledger.Record) (int64, error) {
	var rev int64
	err := l.db.Batch(func(tx *bbolt.Tx) error {
		b := tx.Bucket(records)
		k := key(rec.Org, rec.ID)
		var stored int64
		var prev *ledger.Record
		if v := b.Get(k); v != nil {
			var cur ledger.Record
			if err := json.Unmarshal(v, &cur); err != nil {
				return err
			}
			stored, prev = cur.Rev, &cur
		}
		if stored != rec.Rev {
			return ledger.ErrConflict
		}
		next := rec
		next.Rev = stored + 1
		data, err := json.Marshal(next)
		if err != nil {
			return err
		}
		rev = next.Rev
		if err := b.Put(k, data); err != nil {
			return err
		}
		return appendChange(tx, ledger.ChangeOf(prev, next, next.Rev))
	})
	if errors.Is(err, ledger.ErrConflict) {
		return 0, err
	}
	if err != nil {
		return 0, fmt.Errorf("ledger: put %s/%s: %w", rec.Org, rec.ID, err)
	}
	return rev, nil
}

func appendChange(tx *bbolt.Tx, c ledger.Change) error {
	b := tx.Bucket(changes)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	return b.Put(seqKey(seq), encodeChange(c))
}

func seqKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// A change cursor is the decimal sequence number of the last change read.
func parseCursor(c string) (uint64, error) {
	if c == "" {
		return 0, nil
	}
	n, err := strconv.ParseUint(c, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("ledger: change cursor %q: %w", c, err)
	}
	return n, nil
}

// Changes returns up to limit changes after the cursor, oldest first, and
// the cursor of the last one (after itself when there are none).
func (l *Ledger) Changes(ctx context.Context, after string, limit int) ([]ledger.Change, string, error) {
	from, err := parseCursor(after)
	if err != nil {
		return nil, "", err
	}
	if limit <= 0 {
		limit = 1000
	}
	var out []ledger.Change
	last := from
	err = l.db.View(func(tx *bbolt.Tx) error {
		c := tx.Bucket(changes).Cursor()
		for k, v := c.Seek(seqKey(from + 1)); k != nil && len(out) < limit; k, v = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			ch, err := decodeChange(v)
			if err != nil {
				return err
			}
			out = append(out, ch)
			last = binary.BigEndian.Uint64(k)
		}
		return nil
	})
	if err != nil {
		return nil, "", fmt.Errorf("ledger: changes: %w", err)
	}
	return out, strconv.FormatUint(last, 10), nil
}

// Head returns the cursor after the latest change: reading from it
// returns only the changes written later.
func (l *Ledger) Head(ctx context.Context) (string, error) {
	var seq uint64
	err := l.db.View(func(tx *bbolt.Tx) error {
		seq = tx.Bucket(changes).Sequence()
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("ledger: head: %w", err)
	}
	return strconv.FormatUint(seq, 10), nil
}

// trimBatch is how many changes one transaction of TrimChanges deletes:
// a night's hundreds of thousands in one transaction made it slower than
// the roll-up itself.
const trimBatch = 10000

// TrimChanges deletes the changes up to and including the cursor, once
// their reader has kept what it counted from them.
func (l *Ledger) TrimChanges(ctx context.Context, upTo string) error {
	to, err := parseCursor(upTo)
	if err != nil {
		return err
	}
	for done := false; !done; {
		if err := ctx.Err(); err != nil {
			return err
		}
		err = l.db.Update(func(tx *bbolt.Tx) error {
			b := tx.Bucket(changes)
			var keys [][]byte
			c := b.Cursor()
			for k, _ := c.First(); k != nil && binary.BigEndian.Uint64(k) <= to && len(keys) < trimBatch; k, _ = c.Next() {
				keys = append(keys, append([]byte(nil), k...))
			}
			done = len(keys) < trimBatch
			// Deleted after the walk: a bbolt cursor's Next after Delete
			// may skip an entry.
			for _, k := range keys {
				if err := b.Delete(k); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("ledger: trim changes: %w", err)
		}
	}
	return nil
}

// List returns the records that match f, in key order.
func (l *Ledger) List(ctx context.Context, f ledger.Filter) ([]ledger.Record, string, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 1000
	}
	var out []ledger.Record
	var next string
	err := l.db.View(func(tx *bbolt.Tx) error {
		c := tx.Bucket(records).Cursor()
		var k, v []byte
		if f.After != "" {
			k, v = c.Seek([]byte(f.After))
			if k != nil && string(k) == f.After {
				k, v = c.Next()
			}
		} else {
			k, v = c.First()
		}
		for ; k != nil; k, v = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			var rec ledger.Record
			if err := json.Unmarshal(v, &rec); err != nil {
				return err
			}
			if (f.Org != "" && rec.Org != f.Org) || (f.State != "" && rec.State != f.State) ||
				(f.Department != "" && rec.Department != f.Department) {
				continue
			}
			if len(out) == limit {
				next = string(key(out[len(out)-1].Org, out[len(out)-1].ID))
				return nil
			}
			out = append(out, rec)
		}
		return nil
	})
	if err != nil {
		return nil, "", fmt.Errorf("ledger: list: %w", err)
	}
	return out, next, nil
}

// Holds returns every hold in force.
func (l *Ledger) Holds(ctx context.Context) ([]ledger.Hold, error) {
	var out []ledger.Hold
	err := l.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(holds).ForEach(func(_, v []byte) error {
			var h ledger.Hold
			if err := json.Unmarshal(v, &h); err != nil {
				return err
			}
			out = append(out, h)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("ledger: holds: %w", err)
	}
	return out, nil
}

// SetHold puts a hold in force.
func (l *Ledger) SetHold(ctx context.Context, h ledger.Hold) error {
	data, err := json.Marshal(h)
	if err != nil {
		return err
	}
	err = l.db.Update(func(tx *bbolt.Tx) error { return tx.Bucket(holds).Put(key(h.Org, h.Department), data) })
	if err != nil {
		return fmt.Errorf("ledger: set hold: %w", err)
	}
	return nil
}

// LiftHold removes a hold.
func (l *Ledger) LiftHold(ctx context.Context, org, department string) error {
	err := l.db.Update(func(tx *bbolt.Tx) error { return tx.Bucket(holds).Delete(key(org, department)) })
	if err != nil {
		return fmt.Errorf("ledger: lift hold: %w", err)
	}
	return nil
}
