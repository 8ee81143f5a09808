package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Masks after publication: a citizen reports personal data in a published
// document, and the text is masked at once, before any person looks.
//
// Each masked text is one object, masks/<org>/<id>/<report>.json in the
// work bucket, so that reports never race on one list. The public document
// as the pipeline published it is kept at published/<org>/<id>.json (work
// bucket): a restore goes back to it. Every write of the public object —
// a first publication, an approval, a new version, a re-mask — applies the
// masks, and the index stage checks them again before it indexes, so a
// late or racing writer cannot put a masked text back into the public
// bucket or the index for longer than one index event.

// ErrNotPublished is returned when a document has no published text to
// mask: unknown, retracted, not yet published, or closed (listed by
// metadata only).
var ErrNotPublished = leak.ErrNotPublished

var _ leak.Masker = (*Pipeline)(nil)

// Mask is one text masked after publication.
type Mask struct {
	Report string      `json:"report"`
	Span   review.Span `json:"span"`
	At     time.Time   `json:"at"`
}

// Published returns the public document as citizens see it now.
func (p *Pipeline) Published(ctx context.Context, k document.Key) (*document.Public, error) {
	var pub document.Public
	err := p.getJSON(ctx, p.cfg.Buckets.Public, document.PublicKey(k), maxPublicBytes, &pub)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, ErrNotPublished
	}
	if err != nil {
		return nil, fmt.Errorf("published %s: %w", k, err)
	}
	if pub.Key() != k {
		return nil, fmt.Errorf("published %s: the object holds %s", k, pub.Key())
	}
	return &pub, nil
}

// AsPublished returns the public document as the pipeline published it,
// before any mask made after publication.
func (p *Pipeline) AsPublished(ctx context.Context, k document.Key) (*document.Public, error) {
	cur, err := p.Published(ctx, k)
	if err != nil {
		return nil, err
	}
	var base document.Public
	err = p.getJSON(ctx, p.cfg.Buckets.Work, document.AsPublishedKey(k), maxPublicBytes, &base)
	if errors.Is(err, storage.ErrNotFound) || (err == nil && (base.Version != cur.Version || base.Hash != cur.Hash)) {
		return cur, nil
	}
	if err != nil {
		return nil, fmt.Errorf("as published %s: %w", k, err)
	}
	return &base, nil
}

// MaskAfter masks every occurrence of s.Text in a published document, for
// report, and returns how many it masked (0: the text is not there, and
// nothing changed). Repeating it for the same report changes nothing more.
func (p *Pipeline) MaskAfter(ctx context.Context, k document.Key, report string, s review.Span) (int, error) {
	if !document.ValidID(report) || s.Text == "" {
		return 0, document.Refusal(document.Invalid, "leak.bad_mask", "a mask needs a report id and a text")
	}
	pub, err := p.Published(ctx, k)
	if err != nil {
		return 0, err
	}
	if pub.MetadataOnly {
		return 0, ErrNotPublished
	}
	s.Field, s.Start, s.End = "", 0, 0
	s.Text = norm.NFC.String(s.Text)
	n := review.Occurrences(pub, s.Text)
	if n == 0 {
		return 0, nil
	}
	// The mask is recorded before the public object changes: if the write
	// below fails, the index stage's check or the retry applies it.
	m := Mask{Report: report, Span: s, At: p.cfg.Now().UTC()}
	if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.MaskKey(k, report), m); err != nil {
		return 0, err
	}
	if _, err := p.remask(ctx, k); err != nil {
		return 0, err
	}
	p.log.Warn("masked after publication", "doc_id", k.String(), "report", report, "type", s.Type, "occurrences", n)
	return n, nil
}

// Unmask removes the mask of report and publishes the text again as the
// pipeline had published it, with the other masks still applied.
func (p *Pipeline) Unmask(ctx context.Context, k document.Key, report string) error {
	if !document.ValidID(report) {
		return document.Refusal(document.Invalid, "leak.bad_mask", "a report id is needed")
	}
	if err := p.d.Store.Delete(ctx, p.cfg.Buckets.Work, document.MaskKey(k, report)); err != nil && !errors.Is(err, storage.ErrNotFound) {
		return fmt.Errorf("unmask %s: %w", k, err)
	}
	if _, err := p.remask(ctx, k); err != nil {
		return err
	}
	p.log.Warn("mask after publication removed", "doc_id", k.String(), "report", report)
	return nil
}

// masks lists the texts masked after publication on a document.
func (p *Pipeline) masks(ctx context.Context, k document.Key) ([]Mask, error) {
	var out []Mask
	err := p.d.Store.List(ctx, p.cfg.Buckets.Work, document.MaskPrefix(k), func(in storage.Info) error {
		var m Mask
		err := p.getJSON(ctx, p.cfg.Buckets.Work, in.Key, 1<<20, &m)
		if errors.Is(err, storage.ErrNotFound) {
			return nil // removed while listing
		}
		if err != nil {
			return err
		}
		out = append(out, m)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("masks of %s: %w", k, err)
	}
	return out, nil
}

// applyMasks masks every occurrence of each mask's text in pub and reports
// whether anything changed. A text that no longer occurs (a later version
// dropped it) is skipped.
func applyMasks(pub *document.Public, masks []Mask) bool {
	changed := false
	for _, m := range masks {
		if review.Occurrences(pub, m.Span.Text) == 0 {
			continue
		}
		if _, _, prob := review.Apply(pub, []review.Span{{Text: m.Span.Text, Type: m.Span.Type}}); prob == nil {
			changed = true
		}
	}
	return changed
}

// leaking reports whether some masked text still shows in pub.
func leaking(pub *document.Public, masks []Mask) bool {
	for _, m := range masks {
		if review.Occurrences(pub, m.Span.Text) > 0 {
			return true
		}
	}
	return false
}

// putPublic writes a public document as the pipeline publishes it: with the
// masks made after an earlier publication applied, and the unmasked text
// kept aside for a restore.
func (p *Pipeline) putPublic(ctx context.Context, pub *document.Public) error {
	k := pub.Key()
	masks, err := p.masks(ctx, k)
	if err != nil {
		return err
	}
	if len(masks) == 0 {
		return p.putJSON(ctx, p.cfg.Buckets.Public, document.PublicKey(k), pub)
	}
	if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.AsPublishedKey(k), pub); err != nil {
		return err
	}
	out := review.Copy(pub)
	out.Revision = 1
	if cur, err := p.Published(ctx, k); err == nil && cur.Version == pub.Version {
		out.Revision = cur.Revision + 1
	}
	if applyMasks(out, masks) {
		out.Reported = true
	}
	return p.putJSON(ctx, p.cfg.Buckets.Public, document.PublicKey(k), out)
}

// remask publishes the document again from its as-published text with the
// current masks, as a new revision, and returns what it wrote.
func (p *Pipeline) remask(ctx context.Context, k document.Key) (*document.Public, error) {
	cur, err := p.Published(ctx, k)
	if err != nil {
		return nil, err
	}
	var base document.Public
	err = p.getJSON(ctx, p.cfg.Buckets.Work, document.AsPublishedKey(k), maxPublicBytes, &base)
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return nil, fmt.Errorf("remask %s: %w", k, err)
	}
	if err != nil || base.Version != cur.Version || base.Hash != cur.Hash {
		// No copy of this version as published: the public object is it,
		// unless it was already masked (then a restore cannot bring back
		// what was masked before the copy was lost — masking more never
		// leaks).
		base = *cur
		if cur.Revision == 0 {
			if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.AsPublishedKey(k), cur); err != nil {
				return nil, err
			}
		} else {
			p.log.Error("no as-published copy of a masked document; a restore cannot bring back earlier masks", "doc_id", k.String(), "version", cur.Version)
		}
	}
	masks, err := p.masks(ctx, k)
	if err != nil {
		return nil, err
	}
	out := review.Copy(&base)
	out.Reported = applyMasks(out, masks)
	out.Revision = cur.Revision + 1
	out.PublishedAt = cur.PublishedAt
	if err := p.putJSON(ctx, p.cfg.Buckets.Public, document.PublicKey(k), out); err != nil {
		return nil, err
	}
	return out, nil
}
