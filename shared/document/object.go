package document

import (
	"fmt"
	"strconv"
	"strings"
)

// Object keys. Every key carries the organization code. Each key a stage
// reads back has its parser here, next to its builder, so the layout is
// written down once; a parser accepts exactly what its builder makes.

// Key prefixes of the work and public buckets. The event rules and IAM
// grants of infra/stack are derived from them.
const (
	PrefixStaged    = "staged/"
	PrefixWithheld  = "withheld/"
	PrefixRejected  = "rejected/"
	PrefixReview    = "review/"
	PrefixReports   = "reports/"
	PrefixAudit     = "audit/"
	PrefixDocuments = "documents/"
	PrefixLeaks     = "leaks/"
	PrefixLeaksSent = "leaks-sent/"
	// Citizens' feedback (shared/feedback) and keyword subscriptions
	// (shared/subscription), in the work bucket.
	PrefixFeedback      = "feedback/"
	PrefixSubscriptions = "subscriptions/"
	PrefixMasks         = "masks/"
	PrefixPublished     = "published/"
	// PrefixStats holds the release statistics' roll-up (work bucket): a
	// figure per department and day, never a document.
	PrefixStats = "stats/"
	// PrefixBoilerplate holds the lines each department repeats, learnt
	// by the monitor and read by the functions that index (work bucket):
	// no document, only lines of published (redacted) texts.
	PrefixBoilerplate = "boilerplate/"
)

// BoilerplateKey is the work-bucket key of an organization's learnt
// boilerplate lines (shared/search/boilerplate/s3).
func BoilerplateKey(org string) string { return PrefixBoilerplate + org + ".json" }

// StatsRollupKey is the work-bucket key of the release roll-up the
// monitor keeps (shared/stats).
const StatsRollupKey = PrefixStats + "release.json"

// ReconciliationKey is the work-bucket key of the latest reconciliation
// report (shared/pipeline), staff only.
const ReconciliationKey = PrefixStats + "reconciliation.json"

// DisclosureCheckKey is the work-bucket key of an organization's latest
// check of its non-disclosure decisions (shared/closure), staff only.
func DisclosureCheckKey(org string) string { return PrefixStats + "disclosure/" + org + ".json" }

// StagedKey is the work-bucket key of a staged version.
func StagedKey(k Key, version int) string { return versionKey(PrefixStaged, k, version) }

// ParseStagedKey reads a key StagedKey made.
func ParseStagedKey(key string) (Key, int, bool) { return parseVersionKey(PrefixStaged, key) }

// WithheldKey is the work-bucket key of a version waiting for release.
func WithheldKey(k Key, version int) string { return versionKey(PrefixWithheld, k, version) }

// RejectedKey is the work-bucket key of a rejection notice.
func RejectedKey(k Key, version int) string { return versionKey(PrefixRejected, k, version) }

// ReviewKey is the work-bucket key of a document waiting for a person.
func ReviewKey(k Key) string { return PrefixReview + k.Org + "/" + k.ID + ".json" }

// ReportKey is the work-bucket key of the staff-only redaction report.
func ReportKey(k Key, version int) string { return versionKey(PrefixReports, k, version) }

// AuditPrefix is the work-bucket prefix of the audit entries of one review
// of a version (hash names the content under review).
func AuditPrefix(k Key, version int, hash string) string {
	h := hash
	if len(h) > 16 {
		h = h[:16]
	}
	if h == "" {
		h = "none"
	}
	return fmt.Sprintf("%s%s/%s/v%d-%s/", PrefixAudit, k.Org, k.ID, version, h)
}

// LeakPrefix is the work-bucket prefix of the citizens' leak reports on a
// document (leaks/<org>/<id>/<report>/…).
func LeakPrefix(k Key) string { return PrefixLeaks + k.Org + "/" + k.ID + "/" }

// MaskPrefix is the work-bucket prefix of the texts masked on a published
// document after publication, one object per report (masks/<org>/<id>/<report>.json).
func MaskPrefix(k Key) string { return PrefixMasks + k.Org + "/" + k.ID + "/" }

// MaskKey is the work-bucket key of the text masked on k on a report.
func MaskKey(k Key, report string) string { return MaskPrefix(k) + report + ".json" }

// ParseMaskKey reads a key MaskKey made.
func ParseMaskKey(key string) (k Key, report string, ok bool) {
	parts, ok := split(PrefixMasks, key, 3)
	if !ok {
		return Key{}, "", false
	}
	k = Key{Org: parts[0], ID: parts[1]}
	report, ok = strings.CutSuffix(parts[2], ".json")
	if !ok || report == "" {
		return Key{}, "", false
	}
	return k, report, true
}

// AsPublishedKey is the work-bucket key of the public document as the
// pipeline published it, before any text was masked after publication:
// what a restore goes back to.
func AsPublishedKey(k Key) string { return PrefixPublished + k.Org + "/" + k.ID + ".json" }

// PublicKey is the public-bucket key of the published document.
func PublicKey(k Key) string { return PrefixDocuments + k.Org + "/" + k.ID + ".json" }

// ParsePublicKey reads a key PublicKey made.
func ParsePublicKey(key string) (Key, bool) {
	parts, ok := split(PrefixDocuments, key, 2)
	if !ok {
		return Key{}, false
	}
	id, ok := strings.CutSuffix(parts[1], ".json")
	k := Key{Org: parts[0], ID: id}
	return k, ok && ValidID(id)
}

func versionKey(prefix string, k Key, version int) string {
	return prefix + k.Org + "/" + k.ID + "/v" + strconv.Itoa(version) + ".json"
}

// parseVersionKey reads prefix<org>/<id>/v<version>.json, version ≥ 1.
func parseVersionKey(prefix, key string) (Key, int, bool) {
	parts, ok := split(prefix, key, 3)
	if !ok {
		return Key{}, 0, false
	}
	digits, ok := strings.CutPrefix(parts[2], "v")
	if !ok {
		return Key{}, 0, false
	}
	digits, ok = strings.CutSuffix(digits, ".json")
	v, err := strconv.Atoi(digits)
	k := Key{Org: parts[0], ID: parts[1]}
	// The round trip refuses what Atoi forgives (a sign, leading zeros).
	if !ok || err != nil || v < 1 || versionKey(prefix, k, v) != key {
		return Key{}, 0, false
	}
	return k, v, true
}

// split cuts prefix off key and splits the rest into n parts, the first
// two of which (organization and id) must be valid ids.
func split(prefix, key string, n int) ([]string, bool) {
	rest, ok := strings.CutPrefix(key, prefix)
	if !ok {
		return nil, false
	}
	parts := strings.Split(rest, "/")
	if len(parts) != n || !ValidID(parts[0]) || !ValidID(parts[1]) {
		return nil, false
	}
	return parts, true
}
