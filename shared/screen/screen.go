// Package screen puts a document's text through both layers of Plaza's
// protection of personal data and decides, as the pipeline does, whether
// the result may be published or needs a person first. The pipeline's
// redact stage and the `redact` command both call Screen, so that an
// evaluation of the command measures what the pipeline would publish.
package screen

import (
	"fmt"
	"sort"
	"strings"

	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// Redactor is layer 1: it masks personal data.
type Redactor interface {
	Redact(text string, opts redact.Options) redact.Result
}

// Verifier is layer 2: it doubts what layer 1 left.
type Verifier interface {
	Check(text string, opts verify.Options) []verify.Doubt
}

// Field is one text of a document. Public fields are published and so
// checked by layer 2; the others (a closed document's body) only lend
// context to layer 1.
type Field struct {
	Name   string
	Text   string
	Public bool
}

// Finding is a layer-1 finding located in a field. Offsets are byte
// offsets into the field's own text.
type Finding struct {
	Field string `json:"field"`
	redact.Finding
}

// Doubt is a reason for a person to look before publishing, with the span
// it points at in its field's published (masked) text.
type Doubt struct {
	Code   string `json:"code"`
	Type   string `json:"type"`
	Field  string `json:"field,omitempty"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"reason"`
}

// Outcome is what both layers made of a document.
type Outcome struct {
	// Texts are the fields masked, in the order given.
	Texts    []string
	Findings []Finding
	Doubts   []Doubt
}

// Review reports whether a person must look before the document is
// published: any doubt of layer 2, or a layer-1 guess.
func (o Outcome) Review() bool { return len(o.Doubts) > 0 }

// Options tune one screening.
type Options struct {
	// Exempt lists officials' names that are public in their duty.
	Exempt []string
	// Public is the organization's allowlist of its own identifiers.
	Public redact.Public
}

// sep separates fields in the one text given to the redactor: a line of
// its own (the redactor keeps line structure and reads context within a
// line), made of a control character no field keeps.
const sep = "\n\x1e\n"

// Screen masks fields together (layer 1), so that a value found in one
// field (a name after 민원인 in the body) is masked in all (the same name
// alone among the keywords), checks the public ones (layer 2), and says
// what a person must look at.
func Screen(r Redactor, v Verifier, fields []Field, opts Options) Outcome {
	texts := make([]string, len(fields))
	starts := make([]int, len(fields))
	pos := 0
	for i, f := range fields {
		texts[i] = strings.ReplaceAll(f.Text, "\x1e", " ")
		starts[i] = pos
		pos += len(texts[i]) + len(sep)
	}
	res := r.Redact(strings.Join(texts, sep), redact.Options{Exempt: opts.Exempt, Public: opts.Public})
	out := Outcome{Texts: strings.Split(res.Text, sep)}
	if len(out.Texts) != len(fields) {
		// The masked text lost its field boundaries: publish nothing.
		out.Texts = make([]string, len(fields))
		out.Doubts = append(out.Doubts, Doubt{Code: "redact.structure", Type: "structure", Reason: "the masked text lost its field boundaries"})
		return out
	}
	byField := make([][]redact.Finding, len(fields))
	for _, f := range res.Findings {
		i := sort.Search(len(starts), func(i int) bool { return starts[i] > f.Start }) - 1
		if i < 0 {
			i = 0
		}
		f.Start -= starts[i]
		f.End -= starts[i]
		out.Findings = append(out.Findings, Finding{Field: fields[i].Name, Finding: f})
		byField[i] = append(byField[i], f)
	}
	for i, fs := range byField {
		// A finding's offsets are into the original; a doubt's, into the
		// published text: the guess is pointed at where its mask stands.
		placed := redact.Place(texts[i], out.Texts[i], fs)
		for j, f := range fs {
			// Masked, but a guess (a card failing Luhn, an IP without
			// context): a person confirms before it goes out.
			if fields[i].Public && f.Confidence < redact.ReviewConfidence {
				d := Doubt{Code: "redact.low_confidence:" + f.Type, Type: f.Type, Field: fields[i].Name,
					Reason: fmt.Sprintf("layer 1 masked a %s by rule %s with confidence %.2f", f.Type, f.Rule, f.Confidence)}
				if placed[j][0] >= 0 {
					d.Start, d.End = placed[j][0], placed[j][1]
				}
				out.Doubts = append(out.Doubts, d)
			}
		}
	}
	vopts := verify.Options{Exempt: opts.Exempt, Public: verify.Public{
		Phones: opts.Public.Phones, EmailDomains: opts.Public.EmailDomains, Addresses: opts.Public.Addresses}}
	for i, f := range fields {
		if !f.Public || out.Texts[i] == "" {
			continue
		}
		for _, d := range v.Check(out.Texts[i], vopts) {
			out.Doubts = append(out.Doubts, Doubt{Code: "redact.doubt:" + d.Type, Type: d.Type, Field: f.Name,
				Start: d.Start, End: d.End, Reason: d.Reason + " (" + d.Rule + ")"})
		}
	}
	return out
}
