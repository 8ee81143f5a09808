package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// Fault injection for the soak (soak.go), and only for it: serve reads
// faultsEnv, which the soak sets in its child's environment and nothing
// else does; the Lambda functions never compose these wrappers. They wrap
// the real adapters at composition time, so that the production adapters
// carry no fault code.

// faultsEnv holds the soak's fault settings ("fail=0.1,dup=0.05,seed=7").
const faultsEnv = "PLAZA_SOAK_FAULTS"

// faultMsg is the log line of every injected fault; the soak counts them.
const faultMsg = "soak: injected fault"

// Kinds of injected fault, as logged.
const (
	faultSearch    = "search"    // the search index failed a write
	faultNotify    = "notify"    // the mailer or texter failed a send
	faultDuplicate = "duplicate" // an event was delivered a second time, late
)

// errInjected is the failure the wrappers return.
var errInjected = errors.New("soak: injected failure")

// faultConfig is what the soak asks of its child.
type faultConfig struct {
	Fail float64 // share of search and notify calls that fail
	Dup  float64 // share of events delivered twice, the copy late
	Seed uint64
}

func (c faultConfig) String() string {
	return fmt.Sprintf("fail=%g,dup=%g,seed=%d", c.Fail, c.Dup, c.Seed)
}

// parseFaults reads faultConfig.String's form.
func parseFaults(s string) (faultConfig, error) {
	var c faultConfig
	for part := range strings.SplitSeq(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return c, fmt.Errorf("%s: %q is not key=value", faultsEnv, part)
		}
		var err error
		switch k {
		case "fail":
			c.Fail, err = strconv.ParseFloat(v, 64)
		case "dup":
			c.Dup, err = strconv.ParseFloat(v, 64)
		case "seed":
			c.Seed, err = strconv.ParseUint(v, 10, 64)
		default:
			err = fmt.Errorf("unknown setting %q", k)
		}
		if err != nil {
			return c, fmt.Errorf("%s: %w", faultsEnv, err)
		}
	}
	if c.Fail < 0 || c.Fail >= 1 || c.Dup < 0 || c.Dup > 1 {
		return c, fmt.Errorf("%s: fail must be in [0,1) and dup in [0,1]", faultsEnv)
	}
	return c, nil
}

// faults decides which calls fail and which events repeat.
type faults struct {
	cfg faultConfig
	log *slog.Logger
	mu  sync.Mutex
	rnd *rand.Rand
	// late counts the copies of events not yet delivered: the soak waits
	// for them before it calls the stack settled.
	late atomic.Int64
}

func newFaults(cfg faultConfig, log *slog.Logger) *faults {
	return &faults{cfg: cfg, log: log, rnd: rand.New(rand.NewPCG(cfg.Seed, 0x50a4))}
}

func (f *faults) float() float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rnd.Float64()
}

// call runs op, failing it f.cfg.Fail of the time: half of the failures
// before op (nothing done), half after it (done, but the caller is told
// it failed, as when an answer is lost on the way back).
func (f *faults) call(kind, what string, op func() error) error {
	x := f.float()
	if x >= f.cfg.Fail {
		return op()
	}
	after := x >= f.cfg.Fail/2
	if after {
		if err := op(); err != nil {
			return err
		}
	}
	f.log.Warn(faultMsg, "fault", kind, "op", what, "after", after)
	return fmt.Errorf("%s: %w", what, errInjected)
}

// index wraps the search index the pipeline writes to (searches pass).
func (f *faults) index(x search.Index) search.Index { return faultyIndex{inner: x, f: f} }

type faultyIndex struct {
	inner search.Index
	f     *faults
}

func (x faultyIndex) Index(ctx context.Context, d search.Doc) error {
	return x.f.call(faultSearch, "index", func() error { return x.inner.Index(ctx, d) })
}

func (x faultyIndex) Delete(ctx context.Context, org, id string, v int) error {
	return x.f.call(faultSearch, "delete", func() error { return x.inner.Delete(ctx, org, id, v) })
}

func (x faultyIndex) Search(ctx context.Context, q search.Query) (search.Result, error) {
	return x.inner.Search(ctx, q)
}

func (x faultyIndex) Close() error { return x.inner.Close() }

type faultyMailer struct {
	inner notify.Mailer
	f     *faults
}

func (m faultyMailer) Send(ctx context.Context, mail notify.Mail) error {
	return m.f.call(faultNotify, "mail", func() error { return m.inner.Send(ctx, mail) })
}

type faultyTexter struct {
	inner notify.Texter
	f     *faults
}

func (t faultyTexter) Send(ctx context.Context, s notify.SMS) error {
	return t.f.call(faultNotify, "sms", func() error { return t.inner.Send(ctx, s) })
}

// events wraps the bus: f.cfg.Dup of the events are published a second
// time, under a new event id, 10 to 500 ms later, so that the copy arrives
// after events published since (out of order).
func (f *faults) events(next localfs.Notifier) localfs.Notifier { return dupEvents{next: next, f: f} }

type dupEvents struct {
	next localfs.Notifier
	f    *faults
}

func (d dupEvents) Publish(ctx context.Context, ev storage.Event) error {
	if err := d.next.Publish(ctx, ev); err != nil {
		return err
	}
	if d.f.float() >= d.f.cfg.Dup {
		return nil
	}
	delay := 10*time.Millisecond + time.Duration(d.f.float()*float64(490*time.Millisecond))
	c := ev
	c.ID = ""
	d.f.late.Add(1)
	time.AfterFunc(delay, func() {
		defer d.f.late.Add(-1)
		// A copy that finds the bus closed is lost with the process, as
		// a late duplicate may be.
		if err := d.next.Publish(context.WithoutCancel(ctx), c); err == nil {
			d.f.log.Warn(faultMsg, "fault", faultDuplicate, "event", c)
		}
	})
	return nil
}
