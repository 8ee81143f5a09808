package localfs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/seoul-plaza/plaza/shared/storage"
)

// Handler processes one event. An error (or a panic) means "retry later".
type Handler func(ctx context.Context, ev storage.Event) error

// BusOptions configure a Bus. Zero values take the defaults.
type BusOptions struct {
	// Dir holds the spool: pending/ for events not yet handled, dead/ for
	// events that failed every attempt.
	Dir      string
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
type Bus struct {
	opts    BusOptions
	handler Handler
	seq     atomic.Int64

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
	file    string
	attempt int
}

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
	for _, d := range []string{"pending", "dead"} {
		if err := os.MkdirAll(filepath.Join(opts.Dir, d), 0o750); err != nil {
			return nil, fmt.Errorf("bus: %w", err)
		}
	}
	b := &Bus{opts: opts, handler: h}
	b.cond = sync.NewCond(&b.mu)
	b.seq.Store(time.Now().UnixNano())
	return b, nil
}

// Start replays the spooled events of an earlier run and starts the workers.
func (b *Bus) Start(ctx context.Context) error {
	b.ctx, b.cancel = context.WithCancel(context.WithoutCancel(ctx))
	dir := filepath.Join(b.opts.Dir, "pending")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("bus: replay: %w", err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	replayed := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("bus: replay: %w", err)
		}
		var ev storage.Event
		if err := json.Unmarshal(data, &ev); err != nil {
			// A torn write from a crash: keep it for a person, do not drop it.
			b.bury(path, storage.Event{}, fmt.Errorf("unreadable spooled event: %w", err), 0)
			continue
		}
		b.enqueue(job{ev: ev, file: path})
		replayed++
	}
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
	path := filepath.Join(b.opts.Dir, "pending", fmt.Sprintf("%020d.json", n))
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o640); err != nil {
		return fmt.Errorf("bus: spool: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("bus: spool: %w", err)
	}
	b.enqueue(job{ev: ev, file: path})
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
	log := b.opts.Logger.With("event_id", j.ev.ID, "bucket", j.ev.Bucket, "key", j.ev.Key)
	switch {
	case err == nil:
		if rerr := os.Remove(j.file); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			log.Error("removing delivered event", "err", rerr)
		}
		b.done()
	case j.attempt+1 >= b.opts.Attempts:
		log.Error("event failed every attempt; dead-lettered", "attempts", j.attempt+1, "err", err)
		b.bury(j.file, j.ev, err, j.attempt+1)
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

func (b *Bus) bury(file string, ev storage.Event, cause error, attempts int) {
	dl := DeadLetter{Event: ev, Error: cause.Error(), Attempts: attempts, At: time.Now().UTC()}
	data, _ := json.MarshalIndent(dl, "", "  ")
	dead := filepath.Join(b.opts.Dir, "dead", filepath.Base(file))
	if err := os.WriteFile(dead, data, 0o640); err != nil {
		b.opts.Logger.Error("writing dead letter", "err", err)
		return // keep the pending file rather than lose the event
	}
	_ = os.Remove(file)
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
	return nil
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
