// Package stats holds Plaza's release statistics: the release ratio,
// defined once, the counts a ledger change moves (Counts), the roll-up of
// those counts per organization, department and day (Rollup), kept
// incrementally from the ledger's change feed (Roller), and the views
// built on it: periods, low-ratio flags and the monthly ranking.
package stats

import "strings"

// RatioDefinition says in words what Ratio computes; the API documents and
// the responses carry the same sentence.
const RatioDefinition = "release_ratio = published ÷ (received − format_rejected); 0 when nothing remains"

// Ratio is the release ratio, defined once for every figure Plaza
// publishes: the documents published (in full or in part) over the
// documents received, less those rejected for format faults (FormatFault),
// which were never documents of the organization. 0 when nothing remains.
func Ratio(published, received, formatRejected int) float64 {
	base := received - formatRejected
	if base <= 0 {
		return 0
	}
	return float64(published) / float64(base)
}

// formatFaults are the reason prefixes of rejections for format faults:
// the envelope itself (envelope.missing_field:title, envelope.not_utf8…),
// the inbox object (inbox.not_regular:symlink) or its sender
// (sender.wrong_organization…).
var formatFaults = []string{"envelope.", "inbox.", "sender."}

// FormatFault reports whether a rejection's reason is a format fault: what
// was refused never became a document of the organization, so the release
// ratio leaves it out. A document sent back by review (review.sent_back)
// was the department's, and stays in.
func FormatFault(reason string) bool {
	for _, p := range formatFaults {
		if strings.HasPrefix(reason, p) {
			return true
		}
	}
	return false
}

// ReasonCode is a reason without its detail: envelope.missing_field for
// envelope.missing_field:title. Rejections are counted by code, so that
// the counts have a bounded set of columns.
func ReasonCode(reason string) string {
	code, _, _ := strings.Cut(reason, ":")
	return code
}
