package pipeline

import "strings"

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

// Backfilled reports whether source, an envelope's inbox key, is in a
// backfill's folder.
func Backfilled(source string) bool {
	parts := strings.Split(source, "/")
	return len(parts) >= 4 && parts[1] == BackfillFolder
}
