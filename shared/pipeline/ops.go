package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/sender"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// ErrNotInReview is returned when a review decision names a document that
// is not waiting for one.
var ErrNotInReview = document.Errorf("review.not_in_review", "the document is not waiting for a review decision")

// Retract takes a published document down: the ledger first, so that no
// late event can publish it again, then the public object, whose deletion
// removes it from the index.
func (p *Pipeline) Retract(ctx context.Context, k document.Key, reason, by string) error {
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil {
		return fmt.Errorf("retract %s: %w", k, err)
	}
	if _, _, err := p.advance(ctx, k, move{version: rec.Version, to: ledger.Retracted, reason: "staff.retracted", detail: reason + " (by " + by + ")"}); err != nil {
		return err
	}
	if err := p.d.Store.Delete(ctx, p.cfg.Buckets.Public, document.PublicKey(k)); err != nil {
		return fmt.Errorf("retract %s: %w", k, err)
	}
	p.log.Info("retracted", "doc_id", k.String(), "version", rec.Version, "by", by)
	return nil
}

// SetHold stops releases for an organization or one of its departments.
func (p *Pipeline) SetHold(ctx context.Context, h ledger.Hold) error {
	if h.Since.IsZero() {
		h.Since = p.cfg.Now().UTC()
	}
	if err := p.d.Ledger.SetHold(ctx, h); err != nil {
		return err
	}
	p.log.Warn("hold set", "org", h.Org, "department", h.Department, "by", h.By)
	return nil
}

// LiftHold lifts a hold and releases what it kept back.
func (p *Pipeline) LiftHold(ctx context.Context, org, department, by string) error {
	if err := p.d.Ledger.LiftHold(ctx, org, department); err != nil {
		return err
	}
	p.log.Warn("hold lifted", "org", org, "department", department, "by", by)
	_, err := p.releaseWithheld(ctx)
	return err
}

// DeadLettered records, for the document an event was about, that the event
// failed every attempt: the document waits in review with a review item
// that says what failed, and the monitor retries it with back-off (Tick).
//
// An inbox event is tied to a document only if its envelope is valid and
// its system may send that document; anything else is left to the
// monitor's reconciliation, which ingests the envelope again. An index
// event needs nothing: the document stays published and the monitor
// drives it on.
func (p *Pipeline) DeadLettered(ctx context.Context, ev storage.Event, cause error) {
	switch {
	case ev.Bucket == p.cfg.Buckets.Inbox:
		p.deadInbox(ctx, ev, cause)
	case ev.Bucket == p.cfg.Buckets.Work:
		k, version, ok := document.ParseStagedKey(ev.Key)
		if !ok {
			return
		}
		var st *document.Staged
		var staged document.Staged
		if err := p.getJSON(ctx, ev.Bucket, ev.Key, maxStagedBytes, &staged); err == nil {
			st = &staged
		}
		p.deadLetter(ctx, k, version, "redact", "", st, cause)
	}
}

func (p *Pipeline) deadInbox(ctx context.Context, ev storage.Event, cause error) {
	log := p.log.With("stage", "ingest", "event", ev)
	data, err := storage.ReadAll(ctx, p.d.Store, ev.Bucket, ev.Key, document.MaxEnvelopeBytes)
	if err != nil {
		log.Error("dead letter for an envelope that cannot be read; the monitor's reconciliation ingests it again", "err", hideKeys(err, ev.Key).Error())
		return
	}
	env, err := document.DecodeEnvelope(data, p.cfg.DefaultOrg)
	if err != nil {
		code := "unknown"
		if prob, ok := document.Reason(err); ok {
			code = prob.Code
		}
		log.Error("dead letter for an envelope that does not validate; the monitor's reconciliation ingests it again", "reason", code)
		return
	}
	system := sender.SystemOf(ev.Key)
	k := env.Meta().Key()
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		log.Error("recording dead letter", "doc_id", k.String(), "err", err)
		return
	}
	if p.cfg.Senders.Check(system, k.Org, env.Department.Code, p.cfg.DefaultOrg.Code) != nil || (ownerOf(rec) != "" && ownerOf(rec) != system) {
		log.Error("dead letter for an envelope its system may not send; the monitor's reconciliation refuses it", "doc_id", k.String())
		return
	}
	p.deadLetter(ctx, k, env.Version, "ingest", ev.Key, nil, cause)
}

// deadLetter puts version of k in review with reason
// pipeline.dead_letter:<stage>, unless the version has moved on: the
// review item first, so that staff never find the state without it.
func (p *Pipeline) deadLetter(ctx context.Context, k document.Key, version int, stage, source string, st *document.Staged, cause error) {
	log := p.log.With("doc_id", k.String(), "version", version, "stage", stage)
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		log.Error("recording dead letter", "err", err)
		return
	}
	if !waiting(rec, version) {
		log.Info("dead letter for a version that has moved on; nothing to do", "state", rec.State)
		return
	}
	now := p.cfg.Now().UTC()
	msg := cause.Error()
	code := ReasonDeadLetter + stage
	item := ReviewItem{Staged: st, Reasons: []Reason{{Code: code, Detail: "failed every attempt: " + msg}},
		DeadLetter: &review.DeadLetter{Stage: stage, Error: msg, At: now}}
	if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.ReviewKey(k), item); err != nil {
		log.Error("writing the review item of a dead letter", "err", err)
	}
	retry := now.Add(p.cfg.RetryBackoff)
	_, err = ledger.Update(ctx, p.d.Ledger, k.Org, k.ID, func(r *ledger.Record) (bool, error) {
		if !waiting(*r, version) {
			return false, nil
		}
		r.Move(now, ledger.Review, version, code, "failed every attempt: "+msg)
		if source != "" {
			r.Source = source
		}
		r.Attempts, r.RetryAt = 0, &retry
		return true, nil
	})
	if err != nil {
		log.Error("recording dead letter", "err", err)
		return
	}
	log.Warn("dead-lettered; waits in review, retried from", "retry_at", retry)
}

// waiting reports whether version of a record is still short of a final
// state, so that a dead letter about it belongs in review.
func waiting(r ledger.Record, version int) bool {
	switch {
	case version < r.Version:
		return false
	case version > r.Version:
		return true
	}
	return r.State == ledger.Received || r.State == ledger.Staged || deadLettered(r)
}

// backoff is the wait before retry number n+1 of a dead letter.
func (p *Pipeline) backoff(n int) time.Duration {
	d := p.cfg.RetryBackoff
	for range n {
		d *= 2
		if d >= p.cfg.MaxRetryBackoff {
			return p.cfg.MaxRetryBackoff
		}
	}
	return d
}

// retryDeadLetters retries the dead-lettered documents whose back-off has
// passed, and returns how many left review.
func (p *Pipeline) retryDeadLetters(ctx context.Context) (int, error) {
	now := p.cfg.Now()
	var due []ledger.Record
	err := p.each(ctx, ledger.Filter{State: ledger.Review}, func(rec ledger.Record) error {
		if deadLettered(rec) && (rec.RetryAt == nil || !rec.RetryAt.After(now)) {
			due = append(due, rec)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	done := 0
	for _, rec := range due {
		if p.retry(ctx, rec) {
			done++
		}
	}
	return done, nil
}

// retry runs the failed stage of a dead-lettered record again. On failure
// (or when the stage made no progress) it records the attempt and backs
// off; it reports whether the document left review.
func (p *Pipeline) retry(ctx context.Context, rec ledger.Record) bool {
	k := document.Key{Org: rec.Org, ID: rec.ID}
	stage := strings.TrimPrefix(rec.Reason, ReasonDeadLetter)
	log := p.log.With("doc_id", k.String(), "version", rec.Version, "stage", stage)
	var err error
	switch stage {
	case "ingest":
		err = p.Ingest(ctx, storage.Event{Kind: storage.Created, Bucket: p.cfg.Buckets.Inbox, Key: rec.Source, ID: "retry"})
	case "redact":
		key := document.StagedKey(k, rec.Version)
		if _, herr := p.d.Store.Head(ctx, p.cfg.Buckets.Work, key); errors.Is(herr, storage.ErrNotFound) && rec.Source != "" {
			// The staged object was never written: stage it again.
			err = p.Ingest(ctx, storage.Event{Kind: storage.Created, Bucket: p.cfg.Buckets.Inbox, Key: rec.Source, ID: "retry"})
		} else {
			err = p.Redact(ctx, storage.Event{Kind: storage.Created, Bucket: p.cfg.Buckets.Work, Key: key, ID: "retry"})
		}
	default:
		err = fmt.Errorf("no stage %q to retry", stage)
	}
	after, gerr := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err == nil && gerr == nil && !(deadLettered(after) && after.Version == rec.Version) {
		log.Info("dead letter retried; the document moved on", "state", after.State)
		return true
	}
	why := "the stage made no progress"
	if err != nil {
		why = err.Error()
	}
	now := p.cfg.Now().UTC()
	_, uerr := ledger.Update(ctx, p.d.Ledger, k.Org, k.ID, func(r *ledger.Record) (bool, error) {
		if !deadLettered(*r) || r.Version != rec.Version {
			return false, nil
		}
		r.Attempts++
		next := now.Add(p.backoff(r.Attempts))
		r.RetryAt = &next
		r.Move(now, ledger.Review, r.Version, r.Reason, fmt.Sprintf("retry %d failed: %s", r.Attempts, why))
		return true, nil
	})
	if uerr != nil {
		log.Error("recording a failed retry", "err", uerr)
	}
	log.Warn("dead letter retry failed; backing off", "err", why)
	return false
}
