package boilerplate

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Loader reads one organization's learnt lines where they are kept (on
// AWS an object in the work bucket, shared/search/boilerplate/s3). An
// organization with nothing learnt yet has an empty Model and no error.
type Loader interface {
	Load(ctx context.Context, org string) (Model, error)
}

// CacheOptions tune a Cache.
type CacheOptions struct {
	// TTL is how long a loaded model is used before it is read again
	// (DefaultTTL when 0): the monitor relearns nightly, so a function
	// that lives for hours still picks the new lines up.
	TTL time.Duration
	// RetryAfter is how long after a failed read the next is tried
	// (DefaultRetryAfter when 0), so a broken store is not asked once a
	// document.
	RetryAfter time.Duration
	Logger     *slog.Logger
	Now        func() time.Time
}

// Defaults of CacheOptions.
const (
	DefaultTTL        = 10 * time.Minute
	DefaultRetryAfter = time.Minute
)

// Cache is a pipeline Boilerplate over a Loader: each organization's
// model is read on first use and kept for the TTL, for the life of the
// process (a Lambda's execution environment). A failed read never fails
// the caller: it names the lines of the model read before, or none, and
// logs a warning.
type Cache struct {
	l    Loader
	o    CacheOptions
	mu   sync.Mutex
	orgs map[string]cached
}

type cached struct {
	m    Model
	next time.Time // when to read again
}

// NewCache returns a Cache over l.
func NewCache(l Loader, o CacheOptions) *Cache {
	if o.TTL <= 0 {
		o.TTL = DefaultTTL
	}
	if o.RetryAfter <= 0 {
		o.RetryAfter = DefaultRetryAfter
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Cache{l: l, o: o, orgs: map[string]cached{}}
}

// Of returns the lines of body its department repeats, as Model.Of does,
// with the organization's model as last read.
func (c *Cache) Of(ctx context.Context, org, dept, body string) []string {
	return c.model(ctx, org).Of(org, dept, body)
}

// model returns org's model, read again when its time has come. The lock
// is held over the read: a Lambda handles one event at a time, and
// elsewhere it saves a burst of events from reading the same object.
func (c *Cache) model(ctx context.Context, org string) Model {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.o.Now()
	cur, ok := c.orgs[org]
	if ok && now.Before(cur.next) {
		return cur.m
	}
	m, err := c.l.Load(ctx, org)
	if err != nil {
		// The lines weigh documents less, they never keep them out: the
		// document is indexed with what was known, and the line (with the
		// invocation's request id, which the functions' logger adds) says
		// why its ranking may count boilerplate.
		c.o.Logger.WarnContext(ctx, "boilerplate lines unread; indexing with those read before, if any",
			"org", org, "err", err.Error())
		cur.next = now.Add(c.o.RetryAfter)
		c.orgs[org] = cur
		return cur.m
	}
	c.orgs[org] = cached{m: m.Org(org), next: now.Add(c.o.TTL)}
	return c.orgs[org].m
}
