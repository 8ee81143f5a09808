// Package leak is what happens when a citizen reports personal data in a
// published document: the text is masked at once, with the one masking
// rule, wherever the document shows it (the document, its attachments'
// renditions, the index and so its snippets, suggestions and related
// reasons), and the report waits for staff, who confirm the mask, widen
// it, or restore the text with a reason. Masking more can never leak, so
// nothing waits for a person; restoring waits for one.
//
// The rules:
//   - Only a personal-data report (my data, someone's data) whose text is
//     found in the published document masks automatically. A report of
//     classified content or of an error, a text not found, or a report on
//     a document that has had too many automatic masks today goes to staff
//     without a change.
//   - Reports are limited per client (its address blinded, as inquiries)
//     and per document.
//   - The reported text and the reporter's contact are sealed at rest and
//     deleted after the retention period; log lines carry neither.
//   - Every staff action is a new version of the report (an audit trail
//     with who, when and why); two actions on one version cannot both win.
//   - A confirmed report is a detection the machine missed: its type and
//     where it was (the context a person names, never the value) feed the
//     "missed by type" statistics, per department and month.
package leak

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/redact"
)

// Reason is why a citizen reports.
type Reason string

// The reasons.
const (
	// MyData: my own personal data is shown.
	MyData Reason = "my_data"
	// SomeonesData: someone else's personal data is shown.
	SomeonesData Reason = "someones_data"
	// Classified: the document shows what should be closed.
	Classified Reason = "classified"
	// Mistake: the document is wrong in some other way.
	Mistake Reason = "error"
)

// Reasons lists the reasons a report may give.
var Reasons = []Reason{MyData, SomeonesData, Classified, Mistake}

// Personal reports whether a report of r is about personal data, and so
// may mask automatically.
func (r Reason) Personal() bool { return r == MyData || r == SomeonesData }

// State is where a report stands.
type State string

// The states.
const (
	// Masked: the text was masked automatically; staff must check it.
	Masked State = "masked"
	// Pending: staff must look; nothing was changed.
	Pending State = "pending"
	// Confirmed: staff kept the mask (and may have widened it).
	Confirmed State = "confirmed"
	// Restored: staff found no personal data and put the text back.
	Restored State = "restored"
	// Dismissed: staff looked at a report that changed nothing and found
	// nothing to change.
	Dismissed State = "dismissed"
)

// Open reports whether staff still have to act.
func (s State) Open() bool { return s == Masked || s == Pending }

// Why a report waits for staff without an automatic change.
const (
	WhyNotPersonal = "leak.not_personal_data"
	WhyNotFound    = "leak.text_not_found"
	WhyWhole       = "leak.whole_document"
	WhyDailyLimit  = "leak.automatic_limit"
)

// Action is what staff do with a report.
type Action string

// The staff actions.
const (
	// Confirm keeps the mask (or, on a pending report, masks the text now)
	// and records the miss.
	Confirm Action = "confirm"
	// Widen masks more texts (the same person elsewhere) and confirms.
	Widen Action = "widen"
	// Restore puts the text back; it needs a reason.
	Restore Action = "restore"
	// Dismiss closes a report that changed nothing; it needs a reason.
	Dismiss Action = "dismiss"
)

// Step is one version of a report: what happened and who did it. The
// texts a step masked are sealed with the report, never kept here.
type Step struct {
	Seq    int       `json:"seq"`
	At     time.Time `json:"at"`
	By     string    `json:"by"` // staff subject, or "citizen" / "system"
	Action string    `json:"action"`
	State  State     `json:"state"`
	Note   string    `json:"note,omitempty"`
	// Masked is how many occurrences the step masked.
	Masked int `json:"masked,omitempty"`
}

// Miss is a confirmed report as a detection the machine missed: a type and
// a context, never the value.
type Miss struct {
	Type    string `json:"type"`
	Context string `json:"context"`
}

// Contexts a person may name for a miss (where the value stood).
var Contexts = []string{"body", "table", "list", "header", "attachment", "title", "signature", "other"}

// Report is one citizen's report, as stored (each version a new object).
type Report struct {
	ID              string `json:"id"`
	Org             string `json:"org"`
	Document        string `json:"document"`
	DocumentVersion int    `json:"document_version"`
	DocumentTitle   string `json:"document_title"`
	Department      string `json:"department"`
	DepartmentName  string `json:"department_name"`
	Reason          Reason `json:"reason"`
	State           State  `json:"state"`
	// Why says why an open report changed nothing (Why* codes).
	Why string `json:"why,omitempty"`
	// Found is how many times the reported text occurred when reported.
	Found int `json:"found"`
	// Sealed is the reported text, and Widened the texts staff added,
	// sealed (Sealer) with the report's id as context; both are dropped
	// when the retention period ends.
	Sealed  []byte   `json:"sealed,omitempty"`
	Widened [][]byte `json:"widened,omitempty"`
	// TextRunes is the reported text's length, kept after the purge.
	TextRunes int `json:"text_runes"`
	// Contact is the reporter's contact, sealed; nil when none was given
	// or after the purge.
	Contact        []byte     `json:"contact,omitempty"`
	ConsentVersion string     `json:"consent_version,omitempty"`
	TokenHash      string     `json:"token_hash"`
	ReceivedAt     time.Time  `json:"received_at"`
	DecidedAt      *time.Time `json:"decided_at,omitempty"`
	PurgedAt       *time.Time `json:"purged_at,omitempty"`
	Miss           *Miss      `json:"miss,omitempty"`
	// Notices lists the notices not yet sent ("department", "privacy",
	// "reporter:confirmed"); the monitor sends them again.
	Notices []string `json:"notices,omitempty"`
	Steps   []Step   `json:"steps"`
}

// Key is the document the report is about.
func (r *Report) Key() document.Key { return document.Key{Org: r.Org, ID: r.Document} }

// Version is the report's version: the number of its steps.
func (r *Report) Version() int { return len(r.Steps) }

// Problems. All are *document.Problem, each of the Kind the API answers
// it with.
var (
	ErrBadText        = document.Refusal(document.Invalid, "leak.bad_text", "give the text you see (2 to 200 characters), or leave it empty to report the whole document")
	ErrBadReason      = document.Refusal(document.Invalid, "leak.bad_reason", "reason must be my_data, someones_data, classified or error")
	ErrNotFound       = document.Refusal(document.NotFound, "leak.not_found", "no such report")
	ErrNoDocument     = document.Refusal(document.NotFound, "document.not_found", "no such document")
	ErrClosedDocument = document.Refusal(document.Conflict, "leak.closed_document", "this document is not published: only its title and metadata are listed, so there is no text to mask; ask a question instead")
	ErrRateLimited    = document.Refusal(document.Limited, "leak.rate_limited", "too many reports; try again later")
	ErrNotOpen        = document.Refusal(document.Conflict, "leak.not_open", "the report is already decided")
	ErrBadAction      = document.Refusal(document.Invalid, "leak.bad_action", "no such action for this report")
	ErrNeedsNote      = document.Refusal(document.Invalid, "leak.needs_note", "restoring or dismissing needs a reason")
	ErrBadContact     = document.Refusal(document.Invalid, "leak.bad_contact", "contact needs a valid e-mail address or mobile number, and consent_version the version of the consent notice shown")
	ErrBadMiss        = document.Refusal(document.Invalid, "leak.bad_miss", "confirming needs type (a personal-data type) and context (where the value stood)")
	ErrConflict       = document.Refusal(document.Conflict, "leak.conflict", "the report changed meanwhile; reload it")
	ErrBadWiden       = document.Refusal(document.Invalid, "leak.bad_widen", "widen needs 1 to 20 texts of 2 to 200 characters, each found in the document")
)

// Text bounds.
const (
	MinTextRunes = 2
	MaxTextRunes = 200
	MaxWiden     = 20
)

// CleanText normalizes a reported text (NFC, spaces collapsed) and checks
// its length; "" is a report of the whole document.
func CleanText(s string) (string, error) {
	s = strings.Join(strings.Fields(norm.NFC.String(s)), " ")
	if s == "" {
		return "", nil
	}
	n := utf8.RuneCountInString(s)
	if n < MinTextRunes || n > MaxTextRunes || !utf8.ValidString(s) {
		return "", ErrBadText
	}
	return s, nil
}

// ValidReason reports whether r is a reason a report may give.
func ValidReason(r Reason) bool { return slices.Contains(Reasons, r) }

// ValidMiss checks a miss as staff name it.
func ValidMiss(m Miss) bool {
	return (slices.Contains(redact.Types(), m.Type) || m.Type == redact.TypeOther) && slices.Contains(Contexts, m.Context)
}

// Next is the state an action leads to from s, or an error.
func Next(s State, a Action) (State, error) {
	if !s.Open() {
		return "", ErrNotOpen
	}
	switch a {
	case Confirm, Widen:
		return Confirmed, nil
	case Restore:
		if s != Masked {
			return "", ErrBadAction
		}
		return Restored, nil
	case Dismiss:
		if s != Pending {
			return "", ErrBadAction
		}
		return Dismissed, nil
	}
	return "", ErrBadAction
}
