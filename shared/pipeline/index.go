package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/emf"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/pipeline/route"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// ErrNoIndex is returned, as a failure to retry, where the index stage
// needs the search index and the pipeline was built without one (Deps).
var ErrNoIndex = errors.New("pipeline: no search index configured")

// maxPublicBytes bounds a public document read back for indexing.
const maxPublicBytes = 256 << 20

// Index mirrors the public bucket into the search index: a created
// document is indexed, a deleted one removed.
func (p *Pipeline) Index(ctx context.Context, ev storage.Event) error {
	if !p.routed(route.Index, ev) {
		return nil
	}
	if ev.Kind == storage.Deleted {
		return p.unindex(ctx, ev)
	}
	var pub document.Public
	err := p.getJSON(ctx, ev.Bucket, ev.Key, maxPublicBytes, &pub)
	if errors.Is(err, storage.ErrNotFound) {
		return nil // retracted before we got here
	}
	if err != nil {
		return fmt.Errorf("index %s: %w", ev.Key, err)
	}
	k := pub.Key()
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		return fmt.Errorf("index %s: %w", k, err)
	}
	if rec.Version == pub.Version && rec.State == ledger.Retracted {
		return nil // retracted; the deletion that follows keeps it out
	}
	// A text masked after publication must not reach the index through a
	// writer that raced the mask: such an object is not indexed, and the
	// monitor's tick masks it again (this stage may not write the bucket
	// that triggers it), whose event indexes it.
	masks, err := p.masks(ctx, k)
	if err != nil {
		return fmt.Errorf("index %s: %w", k, err)
	}
	if leaking(&pub, masks) {
		p.log.Warn("a text masked after publication is back in the public object; not indexed until the monitor masks it again",
			"stage", "index", "doc_id", k.String(), "version", pub.Version)
		return nil
	}
	if p.d.Index == nil {
		return fmt.Errorf("index %s: %w", k, ErrNoIndex)
	}
	if err := p.d.Index.Index(ctx, p.searchDoc(ctx, &pub)); err != nil {
		return fmt.Errorf("index %s: %w", k, err)
	}
	if (pub.Revision > 0 || pub.Version > 1) && p.d.Edge != nil {
		// Masked or restored after publication, or replaced by a new
		// version (which may be closed now): the edge may still serve the
		// text before. Only these are invalidated (CloudFront bills
		// invalidations; first publications are new paths anyway).
		if err := p.d.Edge.Invalidate(ctx, ChangedPaths(k)); err != nil {
			return fmt.Errorf("index %s: %w", k, err)
		}
	}
	after, moved, err := p.advance(ctx, k, move{version: pub.Version, to: ledger.Indexed, hash: pub.Hash, meta: &pub.Meta, public: true,
		implies: ledger.Published, impliesDetail: "recorded by the index stage, which found this version in the public bucket first"})
	if moved {
		// Also an EMF record: how long the version took from the inbox to
		// the index (its first transition of this version to this one).
		// A backfilled document's wait is the backfill's queue, not the
		// pipeline's latency: it records none (BackfillFolder).
		now := p.cfg.Now()
		var metrics []emf.Metric
		backfill := Backfilled(after.Source)
		if at, ok := receivedAt(after, pub.Version); ok && !backfill {
			metrics = append(metrics, emf.Metric{Name: emf.ReceivedToIndexed, Unit: emf.Milliseconds, Value: float64(now.Sub(at).Milliseconds())})
		}
		attrs := []any{"stage", "index", "event_id", ev.ID, "doc_id", k.String(), "version", pub.Version}
		if backfill {
			attrs = append(attrs, "backfill", true)
		}
		p.log.Info("indexed", append(attrs, emf.Attrs(now, metrics...)...)...)
		p.meter("index", k.Org, metrics)
	}
	return err
}

func (p *Pipeline) unindex(ctx context.Context, ev storage.Event) error {
	k, ok := document.ParsePublicKey(ev.Key)
	if !ok {
		return nil
	}
	// A late delete must not remove a document published again since.
	if _, err := p.d.Store.Head(ctx, ev.Bucket, ev.Key); err == nil {
		return nil
	} else if !errors.Is(err, storage.ErrNotFound) {
		return fmt.Errorf("index %s: %w", k, err)
	}
	// Delete up to the version the ledger knows, so that a later version
	// can still be indexed; an object deleted by hand removes any version.
	version := math.MaxInt32
	if rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID); err == nil {
		version = max(rec.Version, rec.PublicVersion)
	} else if !errors.Is(err, ledger.ErrNotFound) {
		return fmt.Errorf("unindex %s: %w", k, err)
	}
	if p.d.Index == nil {
		return fmt.Errorf("unindex %s: %w", k, ErrNoIndex)
	}
	if err := p.d.Index.Delete(ctx, k.Org, k.ID, version); err != nil {
		return fmt.Errorf("unindex %s: %w", k, err)
	}
	// Retracted: the edge may serve the document, and every listing
	// that names it, for their cache times. A failure is retried with
	// the event (the delete above is idempotent).
	if p.d.Edge != nil {
		if err := p.d.Edge.Invalidate(ctx, RemovedPaths(k)); err != nil {
			return fmt.Errorf("unindex %s: %w", k, err)
		}
	}
	p.log.Info("removed from index", "stage", "index", "event_id", ev.ID, "doc_id", k.String())
	return nil
}

// ChangedPaths are the edge's paths that may hold a document's text
// before it changed (a mask, a restore, a new version): the document in
// the API, the searches that quote it, and its open-data copies (its
// page, dataset and texts, the CKAN answers, the catalog and the feeds).
// Each path ends in * so that every query string goes too (?org=…).
func ChangedPaths(k document.Key) []string {
	return []string{"/api/documents/" + k.ID + "*", "/api/documents?*", "/api/keywords*",
		"/documents/" + k.ID + "*", "/dataset/" + k.ID + "*", "/api/3/action/*", "/catalog*", "/feeds/*"}
}

// RemovedPaths are the edge's paths that may still serve or list a
// document taken down: ChangedPaths, the related lists of other
// documents (which name it), and the sitemaps (which list its page).
func RemovedPaths(k document.Key) []string {
	return append(ChangedPaths(k), "/api/documents/*", "/sitemap.xml", "/sitemaps/*")
}

// searchDoc is SearchDoc with the lines its department repeats named,
// when they are known.
func (p *Pipeline) searchDoc(ctx context.Context, pub *document.Public) search.Doc {
	d := SearchDoc(pub)
	if p.d.Boilerplate != nil {
		d.Boilerplate = p.d.Boilerplate.Of(ctx, d.Org, d.DepartmentCode, d.Body)
	}
	return d
}

// SearchDoc is what the index gets from a public document.
func SearchDoc(pub *document.Public) search.Doc {
	body := pub.Body
	for _, a := range pub.Attachments {
		if a.Text != "" {
			body += "\n\n" + a.Text
		}
	}
	return search.Doc{
		Org:            pub.Organization.Code,
		ID:             pub.ID,
		Version:        pub.Version,
		Title:          pub.Title,
		Body:           body,
		DocumentNumber: pub.DocumentNumber,
		DepartmentCode: pub.Department.Code,
		DepartmentName: pub.Department.Name,
		Type:           pub.Type,
		Grade:          pub.Disclosure.Grade,
		ApprovedAt:     pub.ApprovedAt,
		PublishedAt:    pub.PublishedAt,
		Keywords:       pub.Keywords,
		MetadataOnly:   pub.MetadataOnly,
		Revision:       pub.Revision,
	}
}
