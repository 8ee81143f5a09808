package backfill

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/seoul-plaza/plaza/shared/pipeline"
)

// Uploader writes one file to an inbox key (the local folder, or S3).
type Uploader interface {
	Upload(ctx context.Context, key, path string, size int64) error
}

// Marker is the folder a backfill puts its documents under, right after
// the system's: inbox/<system>/backfill/<id>/envelope.json. The pipeline
// honours it (pipeline.Backfilled): such a document is published like any
// other, but sends none of the per-document signals meant for new
// documents (see shared/pipeline/backfill.go).
const Marker = pipeline.BackfillFolder

// envelopeTimeout bounds an envelope's upload, which a cancel does not
// cut (an envelope is at most document.MaxEnvelopeBytes).
const envelopeTimeout = 2 * time.Minute

// Options tune a run.
type Options struct {
	// System is the inbox's first folder, the sending system.
	System string
	// Backfill puts the documents under the Marker folder.
	Backfill bool
	// Concurrency is how many documents are uploaded at once (default 4).
	Concurrency int
	// Limiter, when set, is waited on before each file's upload.
	Limiter *rate.Limiter
	// Checkpoint, when set, skips what it says was done and records what
	// is done.
	Checkpoint *Checkpoint
	// Progress, when set, is called after each document, uploaded,
	// skipped or failed.
	Progress func()
	Now      func() time.Time
}

// Prefix is a document's inbox folder, ending in '/'.
func (o Options) Prefix(d Doc) string {
	if o.Backfill {
		return o.System + "/" + Marker + "/" + d.Name + "/"
	}
	return o.System + "/" + d.Name + "/"
}

// Failure is a document that could not be uploaded, and why.
type Failure struct {
	Doc Doc
	Err error
}

// Result is what a run did.
type Result struct {
	// Sent are the documents whose envelope is in the inbox: uploaded by
	// this run, or by an earlier one (Resumed).
	Sent []Entry
	// Resumed counts the entries of Sent that an earlier run uploaded.
	Resumed int
	// Failed are the documents this run could not upload.
	Failed []Failure
	// NotStarted counts the documents left when the context ended, or
	// stopped by it before their envelope.
	NotStarted int
}

// Run uploads docs with opts.Concurrency workers, each document's files
// first and its envelope last. A failed document does not stop the run;
// a cancelled context does: what is in flight finishes or fails, what was
// not started is counted, and Run returns the context's error.
func Run(ctx context.Context, docs []Doc, up Uploader, opts Options) (Result, error) {
	if opts.Concurrency <= 0 {
		opts.Concurrency = 4
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	var (
		mu  sync.Mutex
		res Result
		wg  sync.WaitGroup
		cut int // documents the cancel stopped midway
	)
	order := make([]Entry, len(docs))
	sent := make([]bool, len(docs))
	work := make(chan int)
	for range opts.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				e, resumed, err := one(ctx, docs[i], up, opts)
				mu.Lock()
				switch {
				case err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()):
					// Stopped by the cancel, not failed: the rerun sends it.
					cut++
				case err != nil:
					res.Failed = append(res.Failed, Failure{Doc: docs[i], Err: err})
				default:
					order[i], sent[i] = e, true
					if resumed {
						res.Resumed++
					}
				}
				mu.Unlock()
				if opts.Progress != nil {
					opts.Progress()
				}
			}
		}()
	}
	next := 0
feed:
	for ; next < len(docs); next++ {
		select {
		case <-ctx.Done():
			break feed
		case work <- next:
		}
	}
	close(work)
	wg.Wait()
	res.NotStarted = len(docs) - next + cut
	for i, ok := range sent {
		if ok {
			res.Sent = append(res.Sent, order[i])
		}
	}
	if err := ctx.Err(); err != nil && next < len(docs) {
		return res, err
	}
	return res, nil
}

// one uploads a document unless the checkpoint has it.
func one(ctx context.Context, d Doc, up Uploader, opts Options) (Entry, bool, error) {
	if e, ok := opts.Checkpoint.Done(d); ok {
		return e, true, nil
	}
	prefix := opts.Prefix(d)
	put := func(upCtx context.Context, key, p string, size int64) error {
		if opts.Limiter != nil {
			if err := opts.Limiter.Wait(ctx); err != nil {
				return err
			}
		}
		if err := up.Upload(upCtx, key, p, size); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		return nil
	}
	for _, f := range d.Files {
		if err := put(ctx, prefix+f.Key, f.Path, f.Size); err != nil {
			return Entry{}, false, err
		}
	}
	if err := ctx.Err(); err != nil {
		return Entry{}, false, err // the envelope starts ingest: not after a cancel
	}
	// The envelope is the commit point: once its upload starts, a cancel
	// does not cut it, so it is either not in the inbox or in it and in
	// the checkpoint, and a rerun never sends it twice.
	commit, cancel := context.WithTimeout(context.WithoutCancel(ctx), envelopeTimeout)
	defer cancel()
	e := Entry{Name: d.Name, Digest: d.Digest, Source: prefix + pipeline.EnvelopeName, Version: d.Version, Org: d.Org, At: opts.Now().UTC()}
	if err := put(commit, e.Source, d.Envelope, -1); err != nil {
		return Entry{}, false, err
	}
	// Recorded whatever the context says now: the envelope is in.
	if err := opts.Checkpoint.Add(e); err != nil {
		return e, false, errors.Join(err, errors.New("the envelope was written; a rerun sends it again"))
	}
	return e, false, nil
}
