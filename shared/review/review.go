// Package review is what a person does with a document the machine would
// not publish alone: the review item (work/review/…), the actions a
// reviewer takes — mask spans, approve as masked, withhold with an Art.
// 9(1) item, send back to the department, retry a dead letter — and the
// rules they obey. It is pure: the pipeline stores items and the audit
// log, the API authenticates the reviewer.
//
// The rules:
//   - Masks use the one masking rule, redact.Mask (type redact.TypeOther
//     unless the reviewer names a detected type), on the candidate the
//     machine produced, never on the original.
//   - A document whose content would be published (not a closed document,
//     which is listed by metadata only) is approved only with an explicit
//     decision on each exemption item its partial grade cites; "masked"
//     needs a mask to have been made.
//   - Every action is an Entry in the audit log: who, when, what, and the
//     text before and after.
package review

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/redact"
)

// Reason is one machine-readable reason for a person's attention.
type Reason struct {
	Code   string `json:"code"`
	Detail string `json:"detail,omitempty"`
	Field  string `json:"field,omitempty"`
	Start  int    `json:"start,omitempty"`
	End    int    `json:"end,omitempty"`
}

// DeadLetter says which stage failed every attempt, and how.
type DeadLetter struct {
	Stage string    `json:"stage"`
	Error string    `json:"error"`
	At    time.Time `json:"at"`
}

// Item is what work/review/<org>/<id>.json holds: the document and why a
// person must look at it. Candidate is the redacted document approval
// would publish, before the reviewers' masks; it is nil for a dead letter,
// which must be retried first.
type Item struct {
	Staged     *document.Staged `json:"staged"`
	Candidate  *document.Public `json:"candidate,omitempty"`
	Reasons    []Reason         `json:"reasons"`
	DeadLetter *DeadLetter      `json:"dead_letter,omitempty"`
}

// The actions.
const (
	ActMask     = "mask"
	ActApprove  = "approve"
	ActWithhold = "withhold"
	ActSendBack = "send_back"
	ActRetry    = "retry"
)

// Decisions on an exemption item, given with an approval.
const (
	// Masked: the part exempt under the item has been masked.
	Masked = "masked"
	// NotPresent: the text holds nothing the item exempts.
	NotPresent = "not_present"
)

// Span is a stretch of text a reviewer masks: either Start and End, rune
// offsets into Field as the candidate shows it now, or Text, every
// occurrence of which is masked in every published field.
type Span struct {
	Field string `json:"field,omitempty"`
	Start int    `json:"start,omitempty"`
	End   int    `json:"end,omitempty"`
	Text  string `json:"text,omitempty"`
	// Type is a redact type (name, mobile…); empty is redact.TypeOther.
	Type string `json:"type,omitempty"`
}

// Action is one reviewer's action.
type Action struct {
	Kind string
	By   string
	// Spans to mask (ActMask).
	Spans []Span
	// Decisions per exemption item (ActApprove).
	Decisions map[string]string
	// Exemption is the Art. 9(1) item a withholding rests on.
	Exemption string
	// Note explains the action (required to withhold or send back).
	Note string
	// Seq, when set, is the number of audit entries the reviewer saw; the
	// action is refused (a conflict) if others acted meanwhile.
	Seq *int
}

// Entry is one audited action, kept in the work bucket beside the item.
// Before and After hold, for every field a mask changed, its text before
// and after; an approval's After holds the text published. Actions that
// change no text carry neither.
type Entry struct {
	Seq       int               `json:"seq"`
	At        time.Time         `json:"at"`
	By        string            `json:"by"`
	Action    string            `json:"action"`
	Org       string            `json:"org"`
	ID        string            `json:"id"`
	Version   int               `json:"version"`
	Hash      string            `json:"hash"`
	Note      string            `json:"note,omitempty"`
	Exemption string            `json:"exemption,omitempty"`
	Decisions map[string]string `json:"decisions,omitempty"`
	Spans     []Span            `json:"spans,omitempty"`
	Before    map[string]string `json:"before,omitempty"`
	After     map[string]string `json:"after,omitempty"`
}

// View is a document in review as a reviewer sees it.
type View struct {
	Org     string   `json:"org"`
	ID      string   `json:"id"`
	Version int      `json:"version"`
	State   string   `json:"state"`
	Reasons []Reason `json:"reasons"`
	// Candidate is what approval would publish now, the masks applied.
	Candidate *document.Public `json:"candidate,omitempty"`
	// Exemptions are the items an approval must decide on.
	Exemptions []string    `json:"exemptions"`
	DeadLetter *DeadLetter `json:"dead_letter,omitempty"`
	RetryAt    *time.Time  `json:"retry_at,omitempty"`
	// Audit lists the actions so far, without their texts.
	Audit []Entry `json:"audit"`
	// Seq is the number of audit entries (pass it back as seq).
	Seq int `json:"seq"`
	// Marks place layer 1's findings in the candidate (type and rule, no
	// value), where the redaction report is at hand.
	Marks []Mark `json:"marks,omitempty"`
}

// Problems a reviewer's action can meet. All are document.Problems.
var (
	ErrDeadLetter    = document.Errorf("review.dead_letter", "a stage failed on this document; retry it (or withhold it or send it back) before masking or approving")
	ErrNotDeadLetter = document.Errorf("review.not_dead_letter", "only a dead-lettered document can be retried")
	ErrNoCandidate   = document.Errorf("review.no_candidate", "the review item holds no redacted candidate")
)

// Field is one published field of a candidate.
type Field struct {
	Name string
	Text *string
}

// Fields lists the candidate's published fields, named as the pipeline
// names them in its findings and doubts: title, disclosure.note,
// keywords[i], the drafter's and approver's name and position, the
// department's and organization's name, and, unless it is listed by
// metadata only, body, attachments[j].name and attachments[j].text.
func Fields(pub *document.Public) []Field {
	fs := []Field{{"title", &pub.Title}, {"disclosure.note", &pub.Disclosure.Note}}
	for i := range pub.Keywords {
		fs = append(fs, Field{fmt.Sprintf("keywords[%d]", i), &pub.Keywords[i]})
	}
	fs = append(fs, Field{"drafter.name", &pub.Drafter.Name}, Field{"drafter.position", &pub.Drafter.Position},
		Field{"approver.name", &pub.Approver.Name}, Field{"approver.position", &pub.Approver.Position},
		Field{"department.name", &pub.Department.Name}, Field{"organization.name", &pub.Organization.Name})
	if pub.MetadataOnly {
		return fs
	}
	fs = append(fs, Field{"body", &pub.Body})
	for j := range pub.Attachments {
		fs = append(fs, Field{fmt.Sprintf("attachments[%d].name", j), &pub.Attachments[j].Name},
			Field{fmt.Sprintf("attachments[%d].text", j), &pub.Attachments[j].Text})
	}
	return fs
}

// Texts returns the candidate's published fields by name.
func Texts(pub *document.Public) map[string]string {
	out := map[string]string{}
	for _, f := range Fields(pub) {
		out[f.Name] = *f.Text
	}
	return out
}

// Occurrences counts where text (NFC) stands in the published fields of
// pub: what a mask of it as an exact string would cover.
func Occurrences(pub *document.Public, text string) int {
	text = norm.NFC.String(text)
	if text == "" {
		return 0
	}
	n := 0
	for _, f := range Fields(pub) {
		n += strings.Count(*f.Text, text)
	}
	return n
}

// Copy returns a deep copy of a candidate, for masking.
func Copy(pub *document.Public) *document.Public {
	c := *pub
	c.Keywords = slices.Clone(pub.Keywords)
	c.Attachments = slices.Clone(pub.Attachments)
	c.Disclosure.Exemptions = slices.Clone(pub.Disclosure.Exemptions)
	if pub.Redactions != nil {
		c.Redactions = map[string]int{}
		for k, v := range pub.Redactions {
			c.Redactions[k] = v
		}
	}
	return &c
}

// MaxSpans bounds the spans of one action.
const MaxSpans = 200

// Check validates spans before they meet any text.
func Check(spans []Span) *document.Problem {
	if len(spans) == 0 {
		return document.Errorf("review.bad_span", "give at least one span to mask")
	}
	if len(spans) > MaxSpans {
		return document.Errorf("review.bad_span", fmt.Sprintf("at most %d spans at once", MaxSpans))
	}
	for i, s := range spans {
		at := "spans[" + strconv.Itoa(i) + "]"
		if s.Type != "" && s.Type != redact.TypeOther && !slices.Contains(redact.Types(), s.Type) {
			return document.Errorf("review.bad_span", at+".type is not a redact type")
		}
		switch {
		case s.Text != "" && (s.Field != "" || s.Start != 0 || s.End != 0):
			return document.Errorf("review.bad_span", at+" gives both text and a range; give one")
		case s.Text != "":
			if utf8.RuneCountInString(strings.TrimSpace(s.Text)) < 1 || len(s.Text) > 4096 {
				return document.Errorf("review.bad_span", at+".text must be 1 to 4096 bytes of text")
			}
		case s.Field == "":
			return document.Errorf("review.bad_span", at+" needs text, or field with start and end")
		case s.Start < 0 || s.End <= s.Start:
			return document.Errorf("review.bad_span", at+" needs 0 ≤ start < end (character offsets)")
		}
	}
	return nil
}

// Apply masks spans in pub (changing it) and returns, for every field it
// changed, the text before and after. Range offsets count characters
// (runes) of each field as it was before this call; ranges of one field
// must not overlap.
func Apply(pub *document.Public, spans []Span) (before, after map[string]string, prob *document.Problem) {
	if p := Check(spans); p != nil {
		return nil, nil, p
	}
	fields := map[string]*string{}
	var order []string
	for _, f := range Fields(pub) {
		fields[f.Name] = f.Text
		order = append(order, f.Name)
	}
	before, after = map[string]string{}, map[string]string{}
	remember := func(name string) {
		if _, ok := before[name]; !ok {
			before[name] = *fields[name]
		}
	}
	// Ranges, per field, from the end so that earlier offsets hold.
	byField := map[string][]Span{}
	for i, s := range spans {
		if s.Text != "" {
			continue
		}
		if _, ok := fields[s.Field]; !ok {
			return nil, nil, document.Errorf("review.bad_span", fmt.Sprintf("spans[%d].field %q is not a published field of this document", i, s.Field))
		}
		byField[s.Field] = append(byField[s.Field], s)
	}
	for name, ss := range byField {
		sort.Slice(ss, func(i, j int) bool { return ss[i].Start > ss[j].Start })
		rs := []rune(*fields[name])
		for i, s := range ss {
			if s.End > len(rs) {
				return nil, nil, document.Errorf("review.bad_span", fmt.Sprintf("a span of %s ends at %d, past its %d characters; reload the item", name, s.End, len(rs)))
			}
			if i > 0 && s.End > ss[i-1].Start {
				return nil, nil, document.Errorf("review.bad_span", "two spans of "+name+" overlap")
			}
		}
		remember(name)
		for _, s := range ss {
			masked := []rune(redact.Mask(typeOf(s), string(rs[s.Start:s.End])))
			rs = append(rs[:s.Start:s.Start], append(masked, rs[s.End:]...)...)
		}
		*fields[name] = string(rs)
	}
	// Exact strings, everywhere they occur.
	for i, s := range spans {
		if s.Text == "" {
			continue
		}
		text := norm.NFC.String(s.Text)
		found := false
		for _, name := range order {
			if !strings.Contains(*fields[name], text) {
				continue
			}
			found = true
			remember(name)
			*fields[name] = strings.ReplaceAll(*fields[name], text, redact.Mask(typeOf(s), text))
		}
		if !found {
			return nil, nil, document.Errorf("review.span_not_found", fmt.Sprintf("spans[%d].text occurs in no published field", i))
		}
	}
	for name, old := range before {
		if *fields[name] == old {
			delete(before, name) // masked to itself (punctuation only)
			continue
		}
		after[name] = *fields[name]
	}
	if len(before) == 0 {
		return nil, nil, document.Errorf("review.bad_span", "the spans hold no letter or digit to mask")
	}
	return before, after, nil
}

func typeOf(s Span) string {
	if s.Type == "" {
		return redact.TypeOther
	}
	return s.Type
}

// Required returns the exemption items an approval of pub must decide on:
// every item a partial document cites, unless it is listed by metadata
// only (a closed document's content is never published).
func Required(pub *document.Public) []string {
	if pub == nil || pub.MetadataOnly || pub.Disclosure.Grade != document.GradePartial {
		return []string{}
	}
	items := slices.Clone(pub.Disclosure.Exemptions)
	slices.Sort(items)
	return slices.Compact(items)
}

// CheckDecisions says whether decisions settle every required item.
// masked reports whether a reviewer masked anything; machineMasked whether
// layer 1 masked personal data (which answers item 6).
func CheckDecisions(required []string, decisions map[string]string, masked, machineMasked bool) *document.Problem {
	for item, d := range decisions {
		if !slices.Contains(required, item) {
			return document.Errorf("review.unknown_exemption", fmt.Sprintf("item %q is not an exemption this document cites", item))
		}
		if d != Masked && d != NotPresent {
			return document.Errorf("review.bad_decision", fmt.Sprintf("item %s: the decision must be %q or %q", item, Masked, NotPresent))
		}
	}
	for _, item := range required {
		d, ok := decisions[item]
		if !ok {
			return document.Errorf("review.exemption_undecided", fmt.Sprintf("the document cites Art. 9(1) item %s; decide it (%q or %q) before approving", item, Masked, NotPresent))
		}
		if d == Masked && !masked && !(item == "6" && machineMasked) {
			return document.Errorf("review.masked_nothing", fmt.Sprintf("item %s is decided %q, but nothing was masked; mask the exempt part first", item, Masked))
		}
	}
	return nil
}

// ValidItem reports whether s is an item of Art. 9(1), "1" to "8".
func ValidItem(s string) bool { return len(s) == 1 && s[0] >= '1' && s[0] <= '8' }
