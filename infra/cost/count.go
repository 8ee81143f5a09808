package cost

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"sync"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Calls counts what one stage asks of the ports while it handles one
// document. On AWS each port call is one request: a Get or Head is an S3
// GET-class request, a Put an S3 PUT, a ledger Get one consistent GetItem,
// a ledger Put a TransactWriteItems of the record and its change item
// (preceded by a consistent GetItem when the record exists, see
// shared/ledger/dynamodb), Holds one Query, an Index one OpenSearch
// document write.
type Calls struct {
	S3Get, S3Head, S3Put, S3List int
	LedgerGet                    int
	LedgerCreate                 int // Put of a new record (Rev 0): no read first
	LedgerUpdate                 int // Put of an existing record: GetItem, then the transaction
	Holds                        int
	IndexDocs                    int
}

// Add returns c + o.
func (c Calls) Add(o Calls) Calls {
	return Calls{
		S3Get: c.S3Get + o.S3Get, S3Head: c.S3Head + o.S3Head, S3Put: c.S3Put + o.S3Put, S3List: c.S3List + o.S3List,
		LedgerGet: c.LedgerGet + o.LedgerGet, LedgerCreate: c.LedgerCreate + o.LedgerCreate, LedgerUpdate: c.LedgerUpdate + o.LedgerUpdate,
		Holds: c.Holds + o.Holds, IndexDocs: c.IndexDocs + o.IndexDocs,
	}
}

// tally is the counters the counting adapters share; the measuring loop
// reads and resets it around each stage.
type tally struct {
	mu       sync.Mutex
	c        Calls
	buckets  map[string]BucketCalls
	stored   map[string]int // bytes of the objects written, per bucket
	putBytes []int          // JSON size of every ledger record written
}

// bucket counts one request against a bucket (reads: GET, HEAD, LIST).
func (t *tally) bucket(name string, read bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.buckets == nil {
		t.buckets = map[string]BucketCalls{}
	}
	b := t.buckets[name]
	if read {
		b.GetClass++
	} else {
		b.PutClass++
	}
	t.buckets[name] = b
}

func (t *tally) add(f func(c *Calls)) {
	t.mu.Lock()
	f(&t.c)
	t.mu.Unlock()
}

func (t *tally) take() Calls {
	t.mu.Lock()
	defer t.mu.Unlock()
	c := t.c
	t.c = Calls{}
	return c
}

// countingStore is a storage.Store that counts its requests.
type countingStore struct {
	inner storage.Store
	t     *tally
}

func (s countingStore) Put(ctx context.Context, bucket, key string, body io.Reader, opts storage.PutOptions) error {
	s.t.add(func(c *Calls) { c.S3Put++ })
	s.t.bucket(bucket, false)
	data, err := io.ReadAll(body)
	if err != nil {
		return err
	}
	s.t.mu.Lock()
	if s.t.stored == nil {
		s.t.stored = map[string]int{}
	}
	s.t.stored[bucket] += len(data)
	s.t.mu.Unlock()
	return s.inner.Put(ctx, bucket, key, bytes.NewReader(data), opts)
}

func (s countingStore) Get(ctx context.Context, bucket, key string) (io.ReadCloser, storage.Info, error) {
	s.t.add(func(c *Calls) { c.S3Get++ })
	s.t.bucket(bucket, true)
	return s.inner.Get(ctx, bucket, key)
}

func (s countingStore) Head(ctx context.Context, bucket, key string) (storage.Info, error) {
	s.t.add(func(c *Calls) { c.S3Head++ })
	s.t.bucket(bucket, true)
	return s.inner.Head(ctx, bucket, key)
}

func (s countingStore) Delete(ctx context.Context, bucket, key string) error {
	return s.inner.Delete(ctx, bucket, key)
}

func (s countingStore) List(ctx context.Context, bucket, prefix string, fn func(storage.Info) error) error {
	s.t.add(func(c *Calls) { c.S3List++ })
	s.t.bucket(bucket, true)
	return s.inner.List(ctx, bucket, prefix, fn)
}

// countingLedger is a ledger.Ledger that counts its requests and the size
// of the records it writes (DynamoDB bills writes by the KB).
type countingLedger struct {
	ledger.Ledger
	t *tally
}

func (l countingLedger) Get(ctx context.Context, org, id string) (ledger.Record, error) {
	l.t.add(func(c *Calls) { c.LedgerGet++ })
	return l.Ledger.Get(ctx, org, id)
}

func (l countingLedger) Put(ctx context.Context, rec ledger.Record) (int64, error) {
	size := 0
	if data, err := json.Marshal(rec); err == nil {
		size = len(data)
	}
	l.t.add(func(c *Calls) {
		if rec.Rev == 0 {
			c.LedgerCreate++
		} else {
			c.LedgerUpdate++
		}
	})
	l.t.mu.Lock()
	l.t.putBytes = append(l.t.putBytes, size)
	l.t.mu.Unlock()
	return l.Ledger.Put(ctx, rec)
}

func (l countingLedger) Holds(ctx context.Context) ([]ledger.Hold, error) {
	l.t.add(func(c *Calls) { c.Holds++ })
	return l.Ledger.Holds(ctx)
}

// countingIndex is a search.Index that counts document writes and keeps
// nothing: the OpenSearch side is priced from the domain, not measured
// here.
type countingIndex struct{ t *tally }

func (x countingIndex) Index(ctx context.Context, d search.Doc) error {
	x.t.add(func(c *Calls) { c.IndexDocs++ })
	return nil
}

func (x countingIndex) Delete(ctx context.Context, org, id string, version int) error { return nil }

func (x countingIndex) Search(ctx context.Context, q search.Query) (search.Result, error) {
	return search.Result{}, nil
}

func (x countingIndex) Close() error { return nil }
