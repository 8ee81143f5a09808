package pipeline

import (
	"context"
	"fmt"
	"strings"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
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

// Decide records a person's review decision: publish the redacted
// candidate, or reject it.
func (p *Pipeline) Decide(ctx context.Context, k document.Key, publish bool, reason, by string) error {
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil {
		return fmt.Errorf("decide %s: %w", k, err)
	}
	if rec.State != ledger.Review {
		return ErrNotInReview
	}
	var item ReviewItem
	if err := p.getJSON(ctx, p.cfg.Buckets.Work, document.ReviewKey(k), maxStagedBytes, &item); err != nil {
		return fmt.Errorf("decide %s: %w", k, err)
	}
	if item.Staged == nil || item.Staged.Version != rec.Version {
		return fmt.Errorf("decide %s: review item does not match version %d", k, rec.Version)
	}
	detail := strings.TrimSpace(reason + " (by " + by + ")")
	if !publish {
		_, _, err := p.advance(ctx, k, move{version: rec.Version, to: ledger.Rejected, reason: "review.rejected", detail: detail})
		return err
	}
	cand := item.Candidate
	if cand == nil {
		cand, _ = p.mask(item.Staged)
	}
	return p.publish(ctx, cand, "review.approved", detail)
}

// DeadLettered records, for the document an event was about, that the event
// failed every attempt, so the document waits in review instead of limbo.
func (p *Pipeline) DeadLettered(ctx context.Context, ev storage.Event, cause error) {
	var k document.Key
	version := 0
	stage := ""
	switch {
	case ev.Bucket == p.cfg.Buckets.Inbox:
		stage = "ingest"
		k = p.sourceKey(ev.Key, nil)
		if data, err := storage.ReadAll(ctx, p.d.Store, ev.Bucket, ev.Key, document.MaxEnvelopeBytes); err == nil {
			k = p.sourceKey(ev.Key, data)
			version = lenientVersion(data)
		}
	case ev.Bucket == p.cfg.Buckets.Work && strings.HasPrefix(ev.Key, "staged/"):
		stage = "redact"
		parts := strings.Split(ev.Key, "/")
		if len(parts) != 4 {
			return
		}
		k = document.Key{Org: parts[1], ID: parts[2]}
		fmt.Sscanf(parts[3], "v%d.json", &version)
	default:
		return // the index stage: the document stays published, the monitor drives it again
	}
	_, _, err := p.advance(ctx, k, move{version: version, to: ledger.Review, reason: "pipeline.dead_letter:" + stage, detail: "failed every attempt: " + cause.Error()})
	if err != nil {
		p.log.Error("recording dead letter", "doc_id", k.String(), "err", err)
	}
}
