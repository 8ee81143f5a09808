package localfs

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/seoul-plaza/plaza/shared/storage"
	bbolt "go.etcd.io/bbolt"
)

// Handler processes one event. An error (or a panic) means "retry later".
type Handler func(ctx context.Context, ev storage.Event) error

// BusOptions configure a Bus. Zero values take the defaults.
type BusOptions struct {
	// Dir holds the spool: spool.db for events not yet handled, dead/ for
	// events that failed every attempt (one JSON file each, for a person).
	Dir string
	// Fsync makes every spooled event durable against a machine crash;
	// without it a crash of the process still loses nothing.
	Fsync    bool
	Workers  int           // default 4
	Attempts int           // default 4, as Lambda's async 2 retries plus EventBridge's
	Backoff  time.Duration // first retry delay, doubled each time; default 100ms
	// OnDead is told about each dead letter, so the document's ledger
	// entry can say so.
	OnDead func(ctx context.Context, ev storage.Event, err error)
	Logger *slog.Logger
}

// Bus delivers object events asynchronously, at least once, the way
// EventBridge and Lambda's async invocation do: every event is spooled to
// disk before Publish returns, retried with backoff, and moved to a
// dead-letter folder after the last attempt. Events spooled but not handled
// when the process stops are delivered again at the next start.
//
// The spool is a bbolt file rather than a file per event: creating and
// removing small files costs far more than a batched bbolt commit.
type Bus struct {
	opts    BusOptions
	handler Handler
	seq     atomic.Int64
	db      *bbolt.DB

	mu      sync.Mutex
	cond    *sync.Cond
	queue   []job
	pending int // queued, running or waiting to retry
	closed  bool
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	timers  sync.WaitGroup
}

type job struct {
	ev      storage.Event
	key     []byte
	attempt int
}

var pendingBucket = []byte("pending")

// DeadLetter is what the dead/ folder holds for each failed event.
type DeadLetter struct {
	Event    storage.Event `json:"event"`
	Error    string        `json:"error"`
	Attempts int           `json:"attempts"`
	At       time.Time     `json:"at"`
}

// NewBus returns a stopped bus; Start it to deliver.
func NewBus(opts BusOptions, h Handler) (*Bus, error) {
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	if opts.Attempts <= 0 {
		opts.Attempts = 4
	}
	if opts.Backoff <= 0 {
		opts.Backoff = 100 * time.Millisecond
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(filepath.Join(opts.Dir, "dead"), 0o750); err != nil {
		return nil, fmt.Errorf("bus: %w", err)
	}
	db, err := bbolt.Open(filepath.Join(opts.Dir, "spool.db"), 0o640, &bbolt.Options{Timeout: time.Second, NoSync: !opts.Fsync, NoFreelistSync: true})
	if err != nil {
		return nil, fmt.Errorf("bus: spool: %w", err)
	}
	if err := db.Update(func(tx *bbolt.Tx) error { _, err := tx.CreateBucketIfNotExists(pendingBucket); return err }); err != nil {
		db.Close()
		return nil, fmt.Errorf("bus: spool: %w", err)
	}
	// A batch gathers the puts of concurrent publishers; a lone publisher
	// (a system dropping documents one by one) must not wait 10 ms for
	// company on every event.
	db.MaxBatchDelay = time.Millisecond
	b := &Bus{opts: opts, handler: h, db: db}
	b.cond = sync.NewCond(&b.mu)
	b.seq.Store(time.Now().UnixNano())
	return b, nil
}

// Start replays the spooled events of an earlier run and starts the workers.
func (b *Bus) Start(ctx context.Context) error {
	b.ctx, b.cancel = context.WithCancel(context.WithoutCancel(ctx))
	var jobs []job
	var torn [][]byte
	err := b.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(pendingBucket).ForEach(func(k, v []byte) error {
			var ev storage.Event
			if err := json.Unmarshal(v, &ev); err != nil {
				torn = append(torn, append([]byte(nil), k...))
				return nil
			}
			jobs = append(jobs, job{ev: ev, key: append([]byte(nil), k...)})
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("bus: replay: %w", err)
	}
	for _, k := range torn {
		// Unreadable: keep it for a person, do not drop it silently.
		b.bury(k, storage.Event{}, errors.New("unreadable spooled event"), 0)
	}
	for _, j := range jobs {
		b.enqueue(j)
	}
	replayed := len(jobs)
	if replayed > 0 {
		b.opts.Logger.Info("replaying spooled events", "count", replayed)
	}
	for range b.opts.Workers {
		b.wg.Add(1)
		go b.work()
	}
	return nil
}

// Publish spools an event and queues it for delivery.
func (b *Bus) Publish(ctx context.Context, ev storage.Event) error {
	n := b.seq.Add(1)
	if ev.ID == "" {
		ev.ID = fmt.Sprintf("%x-%04x", n, rand.Uint32()&0xffff)
	}
	data, err := json.Marshal(ev)
	if err != nil {
		return fmt.Errorf("bus: %w", err)
	}
	key := binary.BigEndian.AppendUint64(nil, uint64(n))
	if err := b.db.Batch(func(tx *bbolt.Tx) error { return tx.Bucket(pendingBucket).Put(key, data) }); err != nil {
		return fmt.Errorf("bus: spool: %w", err)
	}
	b.enqueue(job{ev: ev, key: key})
	return nil
}

func (b *Bus) enqueue(j job) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.pending++
	b.queue = append(b.queue, j)
	b.cond.Broadcast()
}

func (b *Bus) work() {
	defer b.wg.Done()
	for {
		b.mu.Lock()
		for len(b.queue) == 0 && !b.closed {
			b.cond.Wait()
		}
		if b.closed {
			b.mu.Unlock()
			return
		}
		j := b.queue[0]
		b.queue[0] = job{}
		b.queue = b.queue[1:]
		b.mu.Unlock()
		b.run(j)
	}
}

func (b *Bus) run(j job) {
	err := b.call(j.ev)
	// The key itself may be a sender's (the inbox): logs carry its digest
	// (an Event logs so), the dead letter for a person the key.
	log := b.opts.Logger.With("event", j.ev)
	switch {
	case err == nil:
		if rerr := b.unspool(j.key); rerr != nil {
			log.Error("removing delivered event", "err", rerr)
		}
		b.done()
	case j.attempt+1 >= b.opts.Attempts:
		log.Error("event failed every attempt; dead-lettered", "attempts", j.attempt+1, "err", err)
		b.bury(j.key, j.ev, err, j.attempt+1)
		if b.opts.OnDead != nil {
			b.opts.OnDead(b.ctx, j.ev, err)
		}
		b.done()
	default:
		delay := b.opts.Backoff << j.attempt
		delay += time.Duration(rand.Int64N(int64(delay)/2 + 1)) // jitter
		log.Warn("event failed; will retry", "attempt", j.attempt+1, "in", delay.String(), "err", err)
		j.attempt++
		b.timers.Add(1)
		time.AfterFunc(delay, func() {
			defer b.timers.Done()
			b.mu.Lock()
			defer b.mu.Unlock()
			if b.closed {
				// Left in the spool: delivered again at the next start.
				b.pending--
				b.cond.Broadcast()
				return
			}
			b.queue = append(b.queue, j)
			b.cond.Broadcast()
		})
	}
}

// call runs the handler, turning a panic into an error.
func (b *Bus) call(ev storage.Event) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("handler panic: %v", r)
			b.opts.Logger.Error("handler panicked", "event_id", ev.ID, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		}
	}()
	return b.handler(b.ctx, ev)
}

func (b *Bus) unspool(key []byte) error {
	return b.db.Batch(func(tx *bbolt.Tx) error { return tx.Bucket(pendingBucket).Delete(key) })
}

func (b *Bus) bury(key []byte, ev storage.Event, cause error, attempts int) {
	dl := DeadLetter{Event: ev, Error: cause.Error(), Attempts: attempts, At: time.Now().UTC()}
	data, _ := json.MarshalIndent(dl, "", "  ")
	dead := filepath.Join(b.opts.Dir, "dead", fmt.Sprintf("%020d.json", binary.BigEndian.Uint64(key)))
	if err := os.WriteFile(dead, data, 0o640); err != nil {
		b.opts.Logger.Error("writing dead letter", "err", err)
		return // keep it spooled rather than lose the event
	}
	if err := b.unspool(key); err != nil {
		b.opts.Logger.Error("removing dead-lettered event from the spool", "err", err)
	}
}

func (b *Bus) done() {
	b.mu.Lock()
	b.pending--
	b.cond.Broadcast()
	b.mu.Unlock()
}

// Wait blocks until no event is queued, running or waiting to retry, or
// until ctx ends.
func (b *Bus) Wait(ctx context.Context) error {
	stop := context.AfterFunc(ctx, func() {
		b.mu.Lock()
		b.cond.Broadcast()
		b.mu.Unlock()
	})
	defer stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.pending > 0 && !b.closed {
		if err := ctx.Err(); err != nil {
			return err
		}
		b.cond.Wait()
	}
	return nil
}

// Pending returns how many events are not yet delivered.
func (b *Bus) Pending() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.pending
}

// Close stops taking work and waits for running handlers. Events still
// queued stay in the spool and are delivered at the next Start.
func (b *Bus) Close() error {
	b.mu.Lock()
	b.closed = true
	b.cond.Broadcast()
	b.mu.Unlock()
	b.wg.Wait()
	if b.cancel != nil {
		b.cancel()
	}
	// Retries still waiting on their timers stay spooled for the next start.
	return b.db.Close()
}

// DeadLetters lists the dead-lettered events.
func (b *Bus) DeadLetters() ([]DeadLetter, error) {
	dir := filepath.Join(b.opts.Dir, "dead")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("bus: %w", err)
	}
	var out []DeadLetter
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("bus: %w", err)
		}
		var dl DeadLetter
		if err := json.Unmarshal(data, &dl); err != nil {
			return nil, fmt.Errorf("bus: dead letter %s: %w", e.Name(), err)
		}
		out = append(out, dl)
	}
	return out, nil
}

// RedriveResult counts what Redrive did; Failures name each event that
// failed again by its id and digest (Event.String), never its key.
type RedriveResult struct {
	Redriven, Failed int
	Failures         []string
}

// Redrive hands each dead letter's event to the handler again, oldest
// first, once the cause of the failures is fixed: a dead letter whose
// event now succeeds leaves dead/, one that fails again stays with its new
// error. The stages are idempotent, so an event whose document went
// through meanwhile (the monitor retries dead-lettered documents) does
// nothing. With dryRun it only counts them.
func (b *Bus) Redrive(ctx context.Context, dryRun bool) (RedriveResult, error) {
	var r RedriveResult
	dir := filepath.Join(b.opts.Dir, "dead")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return r, fmt.Errorf("bus: %w", err)
	}
	for _, e := range entries { // named by spool sequence: oldest first
		if err := ctx.Err(); err != nil {
			return r, err
		}
		p := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(p)
		if err != nil {
			return r, fmt.Errorf("bus: %w", err)
		}
		var dl DeadLetter
		if err := json.Unmarshal(data, &dl); err != nil {
			return r, fmt.Errorf("bus: dead letter %s: %w", e.Name(), err)
		}
		if dryRun {
			r.Failures = append(r.Failures, dl.Event.String()+": "+dl.Error)
			continue
		}
		if err := b.redriveOne(ctx, dl.Event); err != nil {
			r.Failed++
			r.Failures = append(r.Failures, dl.Event.String()+": "+err.Error())
			dl.Error, dl.Attempts, dl.At = err.Error(), dl.Attempts+1, time.Now().UTC()
			if data, err := json.MarshalIndent(dl, "", "  "); err == nil {
				_ = os.WriteFile(p, data, 0o640)
			}
			continue
		}
		if err := os.Remove(p); err != nil {
			return r, fmt.Errorf("bus: %w", err)
		}
		r.Redriven++
	}
	return r, nil
}

// redriveOne runs the handler once, turning a panic into an error.
func (b *Bus) redriveOne(ctx context.Context, ev storage.Event) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("handler panic: %v", p)
		}
	}()
	return b.handler(ctx, ev)
}

// Spooled counts the events in the spool, delivered or not yet.
func (b *Bus) Spooled() (int, error) {
	n := 0
	err := b.db.View(func(tx *bbolt.Tx) error {
		n = tx.Bucket(pendingBucket).Stats().KeyN
		return nil
	})
	return n, err
}
