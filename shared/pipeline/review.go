package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Reason codes of review decisions, as the ledger records them.
const (
	ReasonApproved = "review.approved"
	// ReasonWithheld prefixes the Art. 9(1) item ("review.withheld:5").
	ReasonWithheld = "review.withheld:"
	ReasonSentBack = "review.sent_back"
)

// maxEntryBytes bounds one audit entry read back (it holds texts).
const maxEntryBytes = maxStagedBytes

// cycle is one document version's stay in review: its item, the audit
// entries so far and the candidate with their masks applied.
type cycle struct {
	rec     ledger.Record
	item    review.Item
	entries []review.Entry
	cand    *document.Public // nil: nothing to approve (a dead letter)
	prefix  string           // of the audit entries
}

// cycleHash names a review cycle: the staged content under review.
func cycleHash(rec ledger.Record, item review.Item) string {
	if item.Staged != nil && item.Staged.Version == rec.Version && item.Staged.Hash != "" {
		return item.Staged.Hash
	}
	return rec.Hash
}

// loadCycle reads the review of version of k, whatever the ledger says.
func (p *Pipeline) loadCycle(ctx context.Context, rec ledger.Record) (*cycle, error) {
	k := document.Key{Org: rec.Org, ID: rec.ID}
	c := &cycle{rec: rec}
	err := p.getJSON(ctx, p.cfg.Buckets.Work, document.ReviewKey(k), maxStagedBytes, &c.item)
	stale := err == nil && c.item.Staged != nil && c.item.Staged.Version != rec.Version
	if errors.Is(err, storage.ErrNotFound) || stale {
		// No item for this version (its write failed): the ledger says why
		// it waits; a person can still withhold it or send it back.
		c.item = review.Item{Reasons: []review.Reason{{Code: rec.Reason, Detail: rec.Detail}}}
		if deadLettered(rec) {
			c.item.DeadLetter = &review.DeadLetter{Stage: strings.TrimPrefix(rec.Reason, ReasonDeadLetter), Error: rec.Detail, At: rec.UpdatedAt}
		}
	} else if err != nil {
		return nil, fmt.Errorf("review %s: %w", k, err)
	}
	c.prefix = document.AuditPrefix(k, rec.Version, cycleHash(rec, c.item))
	err = p.d.Store.List(ctx, p.cfg.Buckets.Work, c.prefix, func(in storage.Info) error {
		var e review.Entry
		if err := p.getJSON(ctx, p.cfg.Buckets.Work, in.Key, maxEntryBytes, &e); err != nil {
			return err
		}
		c.entries = append(c.entries, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("review %s: audit: %w", k, err)
	}
	switch {
	case c.item.Candidate != nil:
		c.cand = review.Copy(c.item.Candidate)
	case c.item.Staged != nil && c.item.DeadLetter == nil && !stale:
		c.cand, _ = p.mask(c.item.Staged) // an item written before candidates were kept
	}
	if c.cand != nil {
		for _, e := range c.entries {
			if e.Action != review.ActMask {
				continue
			}
			if _, _, prob := review.Apply(c.cand, e.Spans); prob != nil {
				return nil, fmt.Errorf("review %s: replaying mask %d: %w", k, e.Seq, prob)
			}
		}
	}
	return c, nil
}

func (c *cycle) view() review.View {
	v := review.View{Org: c.rec.Org, ID: c.rec.ID, Version: c.rec.Version, State: string(c.rec.State),
		Reasons: c.item.Reasons, Candidate: c.cand, Exemptions: review.Required(c.cand),
		DeadLetter: c.item.DeadLetter, RetryAt: c.rec.RetryAt, Audit: []review.Entry{}, Seq: len(c.entries)}
	if v.Reasons == nil {
		v.Reasons = []review.Reason{}
	}
	for _, e := range c.entries {
		e.Before, e.After = nil, nil // the texts stay in the audit log
		v.Audit = append(v.Audit, e)
	}
	return v
}

func (c *cycle) masked() bool {
	for _, e := range c.entries {
		if e.Action == review.ActMask {
			return true
		}
	}
	return false
}

// inReview loads the cycle of a document that waits in review.
func (p *Pipeline) inReview(ctx context.Context, k document.Key) (*cycle, error) {
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil {
		return nil, fmt.Errorf("review %s: %w", k, err)
	}
	if rec.State != ledger.Review {
		return nil, ErrNotInReview
	}
	return p.loadCycle(ctx, rec)
}

// ReviewItem returns a document waiting in review as a reviewer sees it:
// why it waits, the candidate with the masks so far, the exemption items
// an approval must decide on and the actions taken.
func (p *Pipeline) ReviewItem(ctx context.Context, k document.Key) (review.View, error) {
	c, err := p.inReview(ctx, k)
	if err != nil {
		return review.View{}, err
	}
	v := c.view()
	v.Marks = p.layerOneMarks(ctx, c)
	return v, nil
}

// layerOneMarks places the findings of the redaction report of the
// version under review in the candidate as it stands. A missing or
// unreadable report gives none: the marks only help a reviewer read.
func (p *Pipeline) layerOneMarks(ctx context.Context, c *cycle) []review.Mark {
	st := c.item.Staged
	if c.cand == nil || st == nil {
		return nil
	}
	var rep Report
	err := p.getJSON(ctx, p.cfg.Buckets.Work, document.ReportKey(st.Key(), st.Version), maxStagedBytes, &rep)
	if err != nil {
		if !errors.Is(err, storage.ErrNotFound) {
			p.log.WarnContext(ctx, "review: the redaction report is unreadable", "doc_id", st.Key().String(), "version", st.Version, "err", err)
		}
		return nil
	}
	if rep.Hash != st.Hash {
		return nil // another content's report
	}
	return review.Marks(stagedTexts(st), review.Texts(c.cand), found(rep.Findings))
}

// stagedTexts are a staged document's fields by the names of its
// published ones.
func stagedTexts(st *document.Staged) map[string]string {
	return review.Texts(&document.Public{Meta: st.Meta, Body: st.Body, Attachments: st.Attachments})
}

func found(fs []ReportFinding) []review.Found {
	out := make([]review.Found, len(fs))
	for i, f := range fs {
		out[i] = review.Found{Field: f.Field, Finding: f.Finding}
	}
	return out
}

// Review applies a reviewer's action to a document waiting in review and
// returns the review as it stands after. Every action is audited first
// (audit/… in the work bucket: who, when, what, and the texts before and
// after); two actions on one review cannot cross, since each claims the
// next audit number with a conditional write (the loser gets
// ledger.ErrConflict).
func (p *Pipeline) Review(ctx context.Context, k document.Key, a review.Action) (review.View, error) {
	c, err := p.inReview(ctx, k)
	if err != nil {
		return review.View{}, err
	}
	if a.Seq != nil && *a.Seq != len(c.entries) {
		return review.View{}, fmt.Errorf("review %s: %d actions since the reviewer's view: %w", k, len(c.entries)-*a.Seq, ledger.ErrConflict)
	}
	now := p.cfg.Now().UTC()
	e := review.Entry{Seq: len(c.entries), At: now, By: a.By, Action: a.Kind, Org: k.Org, ID: k.ID,
		Version: c.rec.Version, Hash: cycleHash(c.rec, c.item), Note: a.Note}
	detail := strings.TrimSpace(a.Note + " (by " + a.By + ")")
	dead := deadLettered(c.rec)
	log := p.log.With("doc_id", k.String(), "version", c.rec.Version, "action", a.Kind, "by", a.By)

	switch a.Kind {
	case review.ActMask:
		if dead {
			return review.View{}, review.ErrDeadLetter
		}
		if c.cand == nil {
			return review.View{}, review.ErrNoCandidate
		}
		before, after, prob := review.Apply(c.cand, a.Spans)
		if prob != nil {
			return review.View{}, prob
		}
		e.Spans, e.Before, e.After = a.Spans, before, after
		if err := p.audit(ctx, c, e); err != nil {
			return review.View{}, err
		}
		log.Info("masked", "spans", len(a.Spans), "fields", len(after))
		return c.view(), nil

	case review.ActApprove:
		if dead {
			return review.View{}, review.ErrDeadLetter
		}
		if c.cand == nil {
			return review.View{}, review.ErrNoCandidate
		}
		if prob := review.CheckDecisions(review.Required(c.cand), a.Decisions, c.masked(), len(c.cand.Redactions) > 0); prob != nil {
			return review.View{}, prob
		}
		e.Decisions, e.After = a.Decisions, review.Texts(c.cand)
		if err := p.audit(ctx, c, e); err != nil {
			return review.View{}, err
		}
		// Recorded, then written: the index stage must find the approval
		// (who, why) in the ledger; a lost write is redone by the monitor
		// from this audit entry (republishApproved).
		c.cand.PublishedAt = releaseDate(c.rec.Source, c.cand.Meta, now)
		_, moved, err := p.advance(ctx, k, move{version: c.rec.Version, to: ledger.Published, reason: ReasonApproved, detail: detail,
			hash: c.cand.Hash, meta: &c.cand.Meta, public: true})
		if err != nil {
			return review.View{}, err
		}
		if !moved {
			return review.View{}, ErrNotInReview
		}
		if err := p.putPublic(ctx, c.cand); err != nil {
			return review.View{}, err
		}
		log.Info("approved and published", "decisions", len(a.Decisions))
		c.rec.State = ledger.Published
		return c.view(), nil

	case review.ActWithhold:
		if !review.ValidItem(a.Exemption) {
			return review.View{}, document.Errorf("review.bad_exemption", "withholding needs an Art. 9(1) item, \"1\" to \"8\"")
		}
		e.Exemption = a.Exemption
		if err := p.audit(ctx, c, e); err != nil {
			return review.View{}, err
		}
		if err := p.decide(ctx, c, ledger.Withheld, ReasonWithheld+a.Exemption, detail); err != nil {
			return review.View{}, err
		}
		log.Info("withheld", "exemption", a.Exemption)
		return c.view(), nil

	case review.ActSendBack:
		if err := p.audit(ctx, c, e); err != nil {
			return review.View{}, err
		}
		notice := Rejection{Key: k, Version: c.rec.Version, Source: c.rec.Source, At: now.Format("2006-01-02T15:04:05Z"),
			Reason: document.Errorf(ReasonSentBack, a.Note)}
		if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.RejectedKey(k, c.rec.Version), notice); err != nil {
			return review.View{}, err
		}
		if err := p.decide(ctx, c, ledger.Rejected, ReasonSentBack, detail); err != nil {
			return review.View{}, err
		}
		log.Info("sent back to the department")
		return c.view(), nil

	case review.ActRetry:
		if !dead {
			return review.View{}, review.ErrNotDeadLetter
		}
		if err := p.audit(ctx, c, e); err != nil {
			return review.View{}, err
		}
		// Due now: the monitor's next run retries it (the API need not
		// hold the stages' permissions).
		rec, err := ledger.Update(ctx, p.d.Ledger, k.Org, k.ID, func(r *ledger.Record) (bool, error) {
			if !deadLettered(*r) || r.Version != c.rec.Version {
				return false, ErrNotInReview
			}
			r.RetryAt = &now
			return true, nil
		})
		if err != nil {
			return review.View{}, err
		}
		log.Info("retry requested")
		c.rec = rec
		return c.view(), nil
	}
	return review.View{}, document.Errorf("review.bad_action", "no such review action")
}

// decide moves a reviewed version to a final state.
func (p *Pipeline) decide(ctx context.Context, c *cycle, to ledger.State, reason, detail string) error {
	k := document.Key{Org: c.rec.Org, ID: c.rec.ID}
	rec, moved, err := p.advance(ctx, k, move{version: c.rec.Version, to: to, reason: reason, detail: detail})
	if err != nil {
		return err
	}
	if !moved {
		return ErrNotInReview
	}
	c.rec = rec
	return nil
}

// audit stores an entry under the next number of the cycle, or answers
// ledger.ErrConflict if another action took that number.
func (p *Pipeline) audit(ctx context.Context, c *cycle, e review.Entry) error {
	key := c.prefix + fmt.Sprintf("%06d.json", e.Seq)
	data, err := jsonBytes(e)
	if err != nil {
		return err
	}
	err = p.d.Store.Put(ctx, p.cfg.Buckets.Work, key, bytesReader(data), storage.PutOptions{ContentType: "application/json", IfNoneMatch: true})
	if errors.Is(err, storage.ErrExists) {
		return fmt.Errorf("review %s/%s: another action came first: %w", e.Org, e.ID, ledger.ErrConflict)
	}
	if err != nil {
		return fmt.Errorf("review %s/%s: audit: %w", e.Org, e.ID, err)
	}
	c.entries = append(c.entries, e)
	return nil
}

// republishApproved writes the public object of an approved version again
// if it is missing (the approval is recorded before the write).
func (p *Pipeline) republishApproved(ctx context.Context, k document.Key, rec ledger.Record) error {
	var pub document.Public
	err := p.getJSON(ctx, p.cfg.Buckets.Public, document.PublicKey(k), maxPublicBytes, &pub)
	if err == nil && pub.Version == rec.Version && pub.Hash == rec.Hash {
		return nil
	}
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return err
	}
	c, err := p.loadCycle(ctx, rec)
	if err != nil {
		return err
	}
	for _, e := range c.entries {
		if e.Action == review.ActApprove && c.cand != nil {
			c.cand.PublishedAt = releaseDate(rec.Source, c.cand.Meta, e.At)
			p.log.Warn("writing the public object of an approval again", "doc_id", k.String(), "version", rec.Version)
			return p.putPublic(ctx, c.cand)
		}
	}
	return nil
}
