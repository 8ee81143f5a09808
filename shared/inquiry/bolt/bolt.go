// Package bolt is the inquiry store of the one-machine stack: one bbolt
// file. Every method is one bbolt transaction, so a change and the events
// it raises are stored together or not at all.
package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bbolt "go.etcd.io/bbolt"

	"github.com/seoul-plaza/plaza/shared/inquiry"
)

var (
	bInquiries = []byte("inquiries") // id → Inquiry
	bEvents    = []byte("events")    // id \0 key → Event
	bPending   = []byte("pending")   // at \0 id \0 key → ""
	bClaims    = []byte("claims")    // message key → claim
	bCounters  = []byte("counters")  // key \0 window start → count, expiry
	bSecrets   = []byte("secrets")   // name → sealed bytes
)

// Store keeps inquiries, their events, message claims, rate counters and
// secrets in a bbolt file.
type Store struct{ db *bbolt.DB }

// One Store serves every user of the inquiry data.
var (
	_ inquiry.ServiceStore  = (*Store)(nil)
	_ inquiry.NotifierStore = (*Store)(nil)
	_ inquiry.MonitorStore  = (*Store)(nil)
	_ inquiry.Secrets       = (*Store)(nil)
)

// Options tune Open.
type Options struct {
	// NoSync skips fsync per commit (much faster on virtual disks; a
	// machine crash may lose the last commits, a process crash does not).
	NoSync bool
}

// Open opens (creating) the store at path.
func Open(path string, o Options) (*Store, error) {
	db, err := bbolt.Open(path, 0o640, &bbolt.Options{Timeout: time.Second, NoFreelistSync: true, NoSync: o.NoSync})
	if err != nil {
		return nil, fmt.Errorf("inquiry/bolt: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{bInquiries, bEvents, bPending, bClaims, bCounters, bSecrets} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("inquiry/bolt: %w", err)
	}
	return &Store{db: db}, nil
}

// Close closes the file.
func (s *Store) Close() error { return s.db.Close() }

func eventKey(id, key string) []byte { return []byte(id + "\x00" + key) }

func pendingKey(e inquiry.Event) []byte {
	return []byte(e.At.UTC().Format("20060102T150405.000000000") + "\x00" + e.Inquiry + "\x00" + e.Key)
}

func putJSON(b *bbolt.Bucket, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, data)
}

func addEvent(tx *bbolt.Tx, e inquiry.Event) (bool, error) {
	evs := tx.Bucket(bEvents)
	k := eventKey(e.Inquiry, e.Key)
	if evs.Get(k) != nil {
		return false, nil
	}
	if err := putJSON(evs, k, e); err != nil {
		return false, err
	}
	if e.DeliveredAt == nil {
		if err := tx.Bucket(bPending).Put(pendingKey(e), nil); err != nil {
			return false, err
		}
	}
	return true, nil
}

// Create implements inquiry.Records.
func (s *Store) Create(ctx context.Context, q inquiry.Inquiry, ev inquiry.Event) error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bInquiries)
		if b.Get([]byte(q.ID)) != nil {
			return fmt.Errorf("inquiry %s: %w", q.ID, inquiry.ErrExists)
		}
		if err := putJSON(b, []byte(q.ID), q); err != nil {
			return err
		}
		_, err := addEvent(tx, ev)
		return err
	})
}

func get(tx *bbolt.Tx, id string) (inquiry.Inquiry, error) {
	data := tx.Bucket(bInquiries).Get([]byte(id))
	if data == nil {
		return inquiry.Inquiry{}, fmt.Errorf("inquiry %s: %w", id, inquiry.ErrNotFound)
	}
	var q inquiry.Inquiry
	if err := json.Unmarshal(data, &q); err != nil {
		return q, fmt.Errorf("inquiry/bolt: %s: %w", id, err)
	}
	return q, nil
}

// Get implements inquiry.Records.
func (s *Store) Get(ctx context.Context, id string) (q inquiry.Inquiry, err error) {
	err = s.db.View(func(tx *bbolt.Tx) error {
		q, err = get(tx, id)
		return err
	})
	return q, err
}

// Update implements inquiry.Records.
func (s *Store) Update(ctx context.Context, q inquiry.Inquiry, prev int, evs ...inquiry.Event) error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		old, err := get(tx, q.ID)
		if err != nil {
			return err
		}
		if old.Version != prev {
			return fmt.Errorf("inquiry %s: stored version %d, expected %d: %w", q.ID, old.Version, prev, inquiry.ErrConflict)
		}
		if err := putJSON(tx.Bucket(bInquiries), []byte(q.ID), q); err != nil {
			return err
		}
		for _, e := range evs {
			if _, err := addEvent(tx, e); err != nil {
				return err
			}
		}
		return nil
	})
}

// List implements inquiry.Records by scanning in id order.
func (s *Store) List(ctx context.Context, f inquiry.Filter) ([]inquiry.Inquiry, string, error) {
	if f.Limit <= 0 {
		f.Limit = 1000
	}
	var out []inquiry.Inquiry
	next := ""
	err := s.db.View(func(tx *bbolt.Tx) error {
		c := tx.Bucket(bInquiries).Cursor()
		k, v := c.First()
		if f.After != "" {
			k, v = c.Seek([]byte(f.After))
			if k != nil && string(k) == f.After {
				k, v = c.Next()
			}
		}
		for ; k != nil; k, v = c.Next() {
			var q inquiry.Inquiry
			if err := json.Unmarshal(v, &q); err != nil {
				return fmt.Errorf("inquiry/bolt: %s: %w", k, err)
			}
			if (f.Org != "" && q.Org != f.Org) || (f.Department != "" && q.Department != f.Department) ||
				(f.Document != "" && q.DocumentID != f.Document) || (f.State != "" && q.State != f.State) {
				continue
			}
			if len(out) == f.Limit {
				next = out[len(out)-1].ID
				return nil
			}
			out = append(out, q)
		}
		return nil
	})
	return out, next, err
}

// Work implements inquiry.MonitorStore.
func (s *Store) Work(ctx context.Context, fn func(inquiry.Inquiry) error) error {
	// Collect first: fn may write, and bbolt forbids writes inside a view.
	var work []inquiry.Inquiry
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bInquiries).ForEach(func(k, v []byte) error {
			var q inquiry.Inquiry
			if err := json.Unmarshal(v, &q); err != nil {
				return fmt.Errorf("inquiry/bolt: %s: %w", k, err)
			}
			if inquiry.Watched(q) {
				work = append(work, q)
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	for _, q := range work {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

// AddEvent implements inquiry.MonitorStore.
func (s *Store) AddEvent(ctx context.Context, ev inquiry.Event) (added bool, err error) {
	err = s.db.Update(func(tx *bbolt.Tx) error {
		if tx.Bucket(bInquiries).Get([]byte(ev.Inquiry)) == nil {
			return fmt.Errorf("inquiry %s: %w", ev.Inquiry, inquiry.ErrNotFound)
		}
		added, err = addEvent(tx, ev)
		return err
	})
	return added, err
}

func getEvent(tx *bbolt.Tx, r inquiry.Ref) (inquiry.Event, error) {
	data := tx.Bucket(bEvents).Get(eventKey(r.Inquiry, r.Key))
	if data == nil {
		return inquiry.Event{}, fmt.Errorf("event %s/%s: %w", r.Inquiry, r.Key, inquiry.ErrNotFound)
	}
	var e inquiry.Event
	err := json.Unmarshal(data, &e)
	return e, err
}

// Event implements inquiry.NotifierStore.
func (s *Store) Event(ctx context.Context, r inquiry.Ref) (e inquiry.Event, err error) {
	err = s.db.View(func(tx *bbolt.Tx) error {
		e, err = getEvent(tx, r)
		return err
	})
	return e, err
}

// Pending implements inquiry.NotifierStore.
func (s *Store) Pending(ctx context.Context, limit int) ([]inquiry.Event, error) {
	var out []inquiry.Event
	err := s.db.View(func(tx *bbolt.Tx) error {
		c := tx.Bucket(bPending).Cursor()
		for k, _ := c.First(); k != nil && len(out) < limit; k, _ = c.Next() {
			parts := bytes.SplitN(k, []byte{0}, 3)
			if len(parts) != 3 {
				continue
			}
			e, err := getEvent(tx, inquiry.Ref{Inquiry: string(parts[1]), Key: string(parts[2])})
			if err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	return out, err
}

// Delivered implements inquiry.NotifierStore.
func (s *Store) Delivered(ctx context.Context, r inquiry.Ref, at time.Time) error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		e, err := getEvent(tx, r)
		if err != nil {
			return err
		}
		if e.DeliveredAt != nil {
			return nil
		}
		if err := tx.Bucket(bPending).Delete(pendingKey(e)); err != nil {
			return err
		}
		at = at.UTC()
		e.DeliveredAt = &at
		return putJSON(tx.Bucket(bEvents), eventKey(r.Inquiry, r.Key), e)
	})
}

type claim struct {
	Sent      bool      `json:"sent"`
	ClaimedAt time.Time `json:"claimed_at"`
	Lease     int64     `json:"lease_ns"`
}

// Claim implements inquiry.NotifierStore.
func (s *Store) Claim(ctx context.Context, key string, now time.Time, lease time.Duration) (out inquiry.Claim, err error) {
	err = s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bClaims)
		if data := b.Get([]byte(key)); data != nil {
			var c claim
			if err := json.Unmarshal(data, &c); err != nil {
				return err
			}
			if c.Sent {
				out = inquiry.Sent
				return nil
			}
			if now.Before(c.ClaimedAt.Add(time.Duration(c.Lease))) {
				out = inquiry.Busy
				return nil
			}
		}
		out = inquiry.Granted
		return putJSON(b, []byte(key), claim{ClaimedAt: now.UTC(), Lease: int64(lease)})
	})
	return out, err
}

// Finish implements inquiry.NotifierStore.
func (s *Store) Finish(ctx context.Context, key string, sent bool) error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bClaims)
		if !sent {
			return b.Delete([]byte(key))
		}
		return putJSON(b, []byte(key), claim{Sent: true})
	})
}

// Count implements inquiry.Counter. Expired counters are pruned as it goes.
func (s *Store) Count(ctx context.Context, key string, window time.Duration, now time.Time) (n int, err error) {
	start := inquiry.WindowStart(now, window)
	k := []byte(key + "\x00" + start.Format(time.RFC3339))
	err = s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bCounters)
		var val [16]byte // count, expiry (unix seconds)
		if v := b.Get(k); len(v) == 16 {
			copy(val[:], v)
		}
		n = int(binary.BigEndian.Uint64(val[:8])) + 1
		binary.BigEndian.PutUint64(val[:8], uint64(n))
		binary.BigEndian.PutUint64(val[8:], uint64(start.Add(window).Unix()))
		if err := b.Put(k, val[:]); err != nil {
			return err
		}
		return prune(b, now, 64)
	})
	return n, err
}

// prune deletes up to max expired counters.
func prune(b *bbolt.Bucket, now time.Time, max int) error {
	var dead [][]byte
	c := b.Cursor()
	seen := 0
	for k, v := c.First(); k != nil && len(dead) < max && seen < 4*max; k, v = c.Next() {
		seen++
		if len(v) == 16 && int64(binary.BigEndian.Uint64(v[8:])) < now.Unix() {
			dead = append(dead, append([]byte(nil), k...))
		}
	}
	for _, k := range dead {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// Secret implements inquiry.Secrets.
func (s *Store) Secret(ctx context.Context, name string) (data []byte, err error) {
	err = s.db.View(func(tx *bbolt.Tx) error {
		v := tx.Bucket(bSecrets).Get([]byte(name))
		if v == nil {
			return fmt.Errorf("secret %s: %w", name, inquiry.ErrNotFound)
		}
		data = append([]byte(nil), v...)
		return nil
	})
	return data, err
}

// PutSecret implements inquiry.Secrets.
func (s *Store) PutSecret(ctx context.Context, name string, data []byte) error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bSecrets)
		if b.Get([]byte(name)) != nil {
			return fmt.Errorf("secret %s: %w", name, inquiry.ErrExists)
		}
		return b.Put([]byte(name), data)
	})
}
