package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"golang.org/x/sync/errgroup"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// ReindexReport says what a reindex did.
type ReindexReport struct {
	// Index is the name of the index now served.
	Index string `json:"index"`
	// Copied counts the documents of the first pass; CaughtUp those
	// written again or added by the later passes, Deleted those removed
	// because their public object went away meanwhile.
	Copied   int `json:"copied"`
	CaughtUp int `json:"caught_up"`
	Deleted  int `json:"deleted"`
	// Held counts public objects left out because a text masked after
	// publication shows in them again (the monitor masks them, and their
	// event indexes them).
	Held int `json:"held"`
}

// reindexBatch is how many documents one bulk write of a reindex carries.
const reindexBatch = 500

// Reindex builds a new index from the public bucket, the index's source of
// truth, while the served one keeps answering and the pipeline keeps
// writing to it. Then it catches up: it lists the bucket again and writes
// what was added or changed during the copy and deletes what was taken
// down; swaps; and catches up once more, for what reached only the old
// index between the last pass and the swap (the pipeline writes to the new
// one from the swap on). progress, if not nil, is told after each pass.
func (p *Pipeline) Reindex(ctx context.Context, rb search.Rebuilder, progress func(pass string, r ReindexReport)) (ReindexReport, error) {
	var rep ReindexReport
	b, err := rb.Rebuild(ctx)
	if err != nil {
		return rep, fmt.Errorf("reindex: %w", err)
	}
	rep.Index = b.Name()
	swapped := false
	defer func() {
		if !swapped {
			if err := b.Abort(context.WithoutCancel(ctx)); err != nil {
				p.log.Error("reindex: dropping the unfinished index", "index", rep.Index, "err", err)
			}
		}
	}()
	seen := map[document.Key]seenObject{}
	note := func(pass string) {
		p.log.Info("reindex pass", "pass", pass, "index", rep.Index, "copied", rep.Copied, "caught_up", rep.CaughtUp, "deleted", rep.Deleted)
		if progress != nil {
			progress(pass, rep)
		}
	}
	c, err := p.syncIndex(ctx, b, seen)
	rep.Copied, rep.Held = c.written, c.held
	if err != nil {
		return rep, err
	}
	note("copy")
	if err := p.catchUp(ctx, b, seen, &rep); err != nil {
		return rep, err
	}
	note("catch-up")
	if err := b.Swap(ctx); err != nil {
		return rep, fmt.Errorf("reindex: swap: %w", err)
	}
	swapped = true
	if err := p.catchUp(ctx, b, seen, &rep); err != nil {
		return rep, fmt.Errorf("reindex: after the swap to %s: %w", rep.Index, err)
	}
	note("after-swap")
	return rep, nil
}

func (p *Pipeline) catchUp(ctx context.Context, b search.Rebuild, seen map[document.Key]seenObject, rep *ReindexReport) error {
	c, err := p.syncIndex(ctx, b, seen)
	rep.CaughtUp += c.written
	rep.Deleted += c.deleted
	rep.Held = c.held
	return err
}

// syncCounts are what one pass did.
type syncCounts struct{ written, held, deleted int }

// seenObject is what a pass wrote of one public object: its fingerprint
// and version.
type seenObject struct {
	print   string
	version int
}

func fingerprint(in storage.Info) string {
	return in.ETag + "|" + strconv.FormatInt(in.Size, 10) + "|" + strconv.FormatInt(in.Modified.UnixNano(), 10)
}

// syncIndex makes b hold what the public bucket holds, writing only the
// objects whose fingerprint differs from seen's (every one, the first
// time) and deleting those seen before and gone now.
func (p *Pipeline) syncIndex(ctx context.Context, b search.Rebuild, seen map[document.Key]seenObject) (c syncCounts, err error) {
	masked := map[document.Key]bool{}
	err = p.d.Store.List(ctx, p.cfg.Buckets.Work, document.PrefixMasks, func(in storage.Info) error {
		if k, _, ok := document.ParseMaskKey(in.Key); ok {
			masked[k] = true
		}
		return nil
	})
	if err != nil {
		return c, fmt.Errorf("reindex: masks: %w", err)
	}
	now := map[document.Key]storage.Info{}
	err = p.d.Store.List(ctx, p.cfg.Buckets.Public, document.PrefixDocuments, func(in storage.Info) error {
		if k, ok := document.ParsePublicKey(in.Key); ok {
			now[k] = in
		}
		return nil
	})
	if err != nil {
		return c, fmt.Errorf("reindex: list: %w", err)
	}
	var todo []document.Key
	for _, k := range sortedInfoKeys(now) {
		if s, ok := seen[k]; !ok || s.print != fingerprint(now[k]) {
			todo = append(todo, k)
		}
	}
	// Objects are read by reindexReaders at once (S3 answers each GET in
	// tens of milliseconds) and written in batches by this goroutine.
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan document.Key)
	reads := make(chan readDoc, reindexReaders)
	g, gctx := errgroup.WithContext(rctx)
	g.Go(func() error {
		defer close(jobs)
		for _, k := range todo {
			select {
			case jobs <- k:
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		return nil
	})
	for range reindexReaders {
		g.Go(func() error {
			for k := range jobs {
				r, err := p.readForIndex(gctx, k, now[k], masked[k])
				if err != nil {
					return err
				}
				select {
				case reads <- r:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
			return nil
		})
	}
	readErr := make(chan error, 1)
	go func() { readErr <- g.Wait(); close(reads) }()
	var batch []search.Doc
	var prints []seenObject
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := b.Bulk(ctx, batch); err != nil {
			return fmt.Errorf("reindex: bulk: %w", err)
		}
		for i, d := range batch {
			seen[document.Key{Org: d.Org, ID: d.ID}] = prints[i]
		}
		c.written += len(batch)
		batch, prints = batch[:0], prints[:0]
		return nil
	}
	var werr error
	for r := range reads {
		switch {
		case werr != nil || r.skip:
		case r.held:
			c.held++
		default:
			batch = append(batch, r.doc)
			prints = append(prints, r.print)
			if len(batch) == reindexBatch {
				if werr = flush(); werr != nil {
					cancel() // the readers stop; reads drains
				}
			}
		}
	}
	if err := <-readErr; werr == nil && err != nil {
		werr = err
	}
	if werr == nil {
		werr = flush()
	}
	if werr != nil {
		return c, werr
	}
	for k, s := range seen {
		if _, ok := now[k]; ok {
			continue
		}
		// As the index stage: a document published again since the
		// listing is not deleted.
		if _, err := p.d.Store.Head(ctx, p.cfg.Buckets.Public, document.PublicKey(k)); err == nil {
			continue
		} else if !errors.Is(err, storage.ErrNotFound) {
			return c, fmt.Errorf("reindex: %w", err)
		}
		if err := b.Delete(ctx, k.Org, k.ID, s.version); err != nil {
			return c, fmt.Errorf("reindex: delete %s: %w", k, err)
		}
		delete(seen, k)
		c.deleted++
	}
	return c, nil
}

// reindexReaders is how many public objects a reindex reads at once.
const reindexReaders = 16

// readDoc is one public object as a reindex reads it: the document to
// write, or why not.
type readDoc struct {
	doc   search.Doc
	print seenObject
	held  bool // a text masked after publication shows in it again
	skip  bool // gone since the listing, irregular, or not its document
}

// readForIndex reads the public object of k as the index stage would take
// it.
func (p *Pipeline) readForIndex(ctx context.Context, k document.Key, in storage.Info, masked bool) (readDoc, error) {
	data, err := storage.ReadAll(ctx, p.d.Store, p.cfg.Buckets.Public, in.Key, maxPublicBytes)
	if errors.Is(err, storage.ErrNotFound) {
		return readDoc{skip: true}, nil // taken down since the listing: the next pass deletes it
	}
	if ie, ok := storage.Irregular(err); ok {
		p.log.Warn("reindex: skipping an irregular entry of the public bucket", "key_sha", storage.KeyDigest(in.Key), "kind", ie.Kind)
		return readDoc{skip: true}, nil
	}
	if err != nil {
		return readDoc{}, fmt.Errorf("reindex: %w", err)
	}
	var pub document.Public
	if err := json.Unmarshal(data, &pub); err != nil || pub.Key() != k {
		p.log.Error("reindex: a public object that is not its document; skipped", "doc_id", k.String())
		return readDoc{skip: true}, nil
	}
	if masked {
		ms, err := p.masks(ctx, k)
		if err != nil {
			return readDoc{}, err
		}
		if leaking(&pub, ms) {
			return readDoc{held: true}, nil
		}
	}
	return readDoc{doc: p.searchDoc(ctx, &pub), print: seenObject{print: fingerprint(in), version: pub.Version}}, nil
}

func sortedInfoKeys(m map[document.Key]storage.Info) []document.Key {
	set := make(map[document.Key]bool, len(m))
	for k := range m {
		set[k] = true
	}
	return sortedKeys(set)
}
