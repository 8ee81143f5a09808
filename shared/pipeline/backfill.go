package pipeline

import (
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
)

// BackfillFolder marks a document of an archive's backfill: its envelope
// is at inbox/<system>/backfill/<id>/envelope.json (infra/backfill puts
// it there). A backfilled document goes through every stage like any
// other and ends in the same state, but the pipeline sends none of the
// per-document signals that are about new documents: the index stage
// records no ReceivedToIndexed latency (a backfill's queue of hours is
// not the pipeline's latency, and would hide a live document's), and each
// stage's log line says backfill=true. A notifier of new releases must
// check Backfilled too.
const BackfillFolder = "backfill"

// releaseDate is the publication date of a version Plaza publishes at
// at: at itself, except for a backfilled document, which its archive
// released long before Plaza took it in: then its release_at, else its
// approval (the archive published at approval, as Plaza does), never
// later than at. A 2014 document backfilled today is not a new release:
// feeds, catalogs and sitemaps date it 2014.
func releaseDate(source string, m document.Meta, at time.Time) time.Time {
	if !Backfilled(source) {
		return at
	}
	if m.ReleaseAt != nil && !m.ReleaseAt.IsZero() && m.ReleaseAt.Before(at) {
		return m.ReleaseAt.UTC()
	}
	if !m.ApprovedAt.IsZero() && m.ApprovedAt.Before(at) {
		return m.ApprovedAt.UTC()
	}
	return at
}

// Backfilled reports whether source, an envelope's inbox key, is in a
// backfill's folder.
func Backfilled(source string) bool {
	parts := strings.Split(source, "/")
	return len(parts) >= 4 && parts[1] == BackfillFolder
}
