package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// TickReport says what one monitor run did.
type TickReport struct {
	Released int `json:"released"`
	Redriven int `json:"redriven"`
	// Retried counts dead-lettered documents that a retry moved on.
	Retried int `json:"retried"`
	// Remasked counts public documents in which a text masked after
	// publication had come back (a racing writer) and was masked again.
	Remasked int `json:"remasked"`
	// Unseen counts inbox envelopes the ledger had never heard of.
	Unseen int `json:"unseen"`
	// OldestUnprocessed is the age of the oldest document between stages.
	OldestUnprocessed time.Duration `json:"oldest_unprocessed_ns"`
}

// Tick is the monitor's periodic run: it releases scheduled documents and
// those whose hold was lifted, retries dead-lettered documents whose
// back-off has passed, and drives on documents stuck between stages
// (after a crash, or events lost outside our control).
func (p *Pipeline) Tick(ctx context.Context) (TickReport, error) {
	var r TickReport
	n, err := p.releaseWithheld(ctx)
	r.Released = n
	if err != nil {
		return r, err
	}
	if r.Retried, err = p.retryDeadLetters(ctx); err != nil {
		return r, err
	}
	if r.Remasked, err = p.enforceMasks(ctx); err != nil {
		return r, err
	}
	now := p.cfg.Now()
	for _, st := range []ledger.State{ledger.Received, ledger.Staged, ledger.Published} {
		err := p.each(ctx, ledger.Filter{State: st}, func(rec ledger.Record) error {
			age := now.Sub(rec.UpdatedAt)
			if age > r.OldestUnprocessed {
				r.OldestUnprocessed = age
			}
			if age < p.cfg.StuckAfter {
				return nil
			}
			if err := p.redrive(ctx, rec); err != nil {
				p.log.Error("redrive failed", "doc_id", rec.Org+"/"+rec.ID, "state", rec.State, "err", err)
				return nil
			}
			r.Redriven++
			return nil
		})
		if err != nil {
			return r, err
		}
	}
	return r, nil
}

// enforceMasks masks again every public document in which a text masked
// after publication shows (masks/ holds few documents: those reported).
func (p *Pipeline) enforceMasks(ctx context.Context) (int, error) {
	docs := map[document.Key]bool{}
	err := p.d.Store.List(ctx, p.cfg.Buckets.Work, document.PrefixMasks, func(in storage.Info) error {
		if k, _, ok := document.ParseMaskKey(in.Key); ok {
			docs[k] = true
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("enforce masks: %w", err)
	}
	n := 0
	for k := range docs {
		pub, err := p.Published(ctx, k)
		if err != nil {
			continue // retracted or not yet published: nothing shows
		}
		masks, err := p.masks(ctx, k)
		if err != nil {
			return n, err
		}
		if !leaking(pub, masks) {
			continue
		}
		if _, err := p.remask(ctx, k); err != nil {
			return n, err
		}
		p.log.Warn("masked again after a racing writer", "doc_id", k.String())
		n++
	}
	return n, nil
}

func (p *Pipeline) redrive(ctx context.Context, rec ledger.Record) error {
	k := document.Key{Org: rec.Org, ID: rec.ID}
	p.log.Warn("driving a stuck document again", "doc_id", k.String(), "state", rec.State, "since", rec.UpdatedAt)
	switch rec.State {
	case ledger.Received:
		if rec.Source == "" {
			return nil
		}
		return p.Ingest(ctx, storage.Event{Kind: storage.Created, Bucket: p.cfg.Buckets.Inbox, Key: rec.Source, ID: "redrive"})
	case ledger.Staged:
		// Staged is recorded before the staged object is written: if the
		// write was lost, write it (from the withheld copy of a release,
		// else by ingesting the envelope again).
		key := document.StagedKey(k, rec.Version)
		if _, err := p.d.Store.Head(ctx, p.cfg.Buckets.Work, key); errors.Is(err, storage.ErrNotFound) {
			var st document.Staged
			err := p.getJSON(ctx, p.cfg.Buckets.Work, document.WithheldKey(k, rec.Version), maxStagedBytes, &st)
			if err == nil && st.Hash == rec.Hash {
				return p.ensureStaged(ctx, &st, false)
			}
			if rec.Source == "" {
				return nil
			}
			return p.Ingest(ctx, storage.Event{Kind: storage.Created, Bucket: p.cfg.Buckets.Inbox, Key: rec.Source, ID: "redrive"})
		} else if err != nil {
			return err
		}
		return p.Redact(ctx, storage.Event{Kind: storage.Created, Bucket: p.cfg.Buckets.Work, Key: key, ID: "redrive"})
	case ledger.Published:
		// An approval is recorded before its public object is written: if
		// that write was lost, write it again from the review.
		if err := p.republishApproved(ctx, k, rec); err != nil {
			return err
		}
		return p.Index(ctx, storage.Event{Kind: storage.Created, Bucket: p.cfg.Buckets.Public, Key: document.PublicKey(k), ID: "redrive"})
	}
	return nil
}

// releaseWithheld moves withheld documents whose time has come, or whose
// hold was lifted, to staged.
func (p *Pipeline) releaseWithheld(ctx context.Context) (int, error) {
	holds, err := p.d.Ledger.Holds(ctx)
	if err != nil {
		return 0, err
	}
	now := p.cfg.Now()
	released := 0
	err = p.each(ctx, ledger.Filter{State: ledger.Withheld}, func(rec ledger.Record) error {
		switch rec.Reason {
		case policy.ReasonScheduled, policy.ReasonHold:
		default:
			return nil // waits for a person
		}
		if rec.Reason == policy.ReasonScheduled && rec.ReleaseAt != nil && rec.ReleaseAt.After(now) {
			return nil
		}
		if _, held := policy.Held(holds, rec.Org, rec.Department); held {
			return nil
		}
		k := document.Key{Org: rec.Org, ID: rec.ID}
		var st document.Staged
		err := p.getJSON(ctx, p.cfg.Buckets.Work, document.WithheldKey(k, rec.Version), maxStagedBytes, &st)
		if errors.Is(err, storage.ErrNotFound) {
			p.log.Error("withheld document has no withheld object", "doc_id", k.String(), "version", rec.Version)
			return nil
		}
		if err != nil {
			return err
		}
		dec := p.cfg.Policy.Decide(st.Meta, now, holds)
		if err := p.place(ctx, &st, dec); err != nil {
			return err
		}
		if dec.Action != policy.Withhold {
			released++
			p.log.Info("released", "doc_id", k.String(), "version", rec.Version, "was", rec.Reason)
		}
		return nil
	})
	return released, err
}

// each calls fn for every record that matches f, page by page.
func (p *Pipeline) each(ctx context.Context, f ledger.Filter, fn func(ledger.Record) error) error {
	for {
		recs, next, err := p.d.Ledger.List(ctx, f)
		if err != nil {
			return err
		}
		for _, r := range recs {
			if err := fn(r); err != nil {
				return err
			}
		}
		if next == "" {
			return nil
		}
		f.After = next
	}
}
