// Package verify is layer 2 of Plaza's protection of personal data. It
// re-reads redacted text with methods independent of package redact, so that
// one bug cannot blind both layers. Any doubt sends a document to review.
//
// The method differs on purpose: redact recognises the shapes of known
// identifiers; verify looks for what should not be left at all — long
// digit runs, identifier keywords followed by unmasked digits, e-mail
// residue and surname-plus-honorific names. It has its own normalisation.
package verify

import "sort"

// Doubt is one reason to let a person look before publishing.
type Doubt struct {
	Type   string `json:"type"`
	Rule   string `json:"rule"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"reason"`
}

// Options tune one check.
type Options struct {
	// Exempt lists officials' names that are public.
	Exempt []string
}

// Verifier checks redacted text. It is safe for concurrent use.
type Verifier struct{}

// New returns a Verifier.
func New() *Verifier { return &Verifier{} }

// Check returns the doubts about text; none means clean. Offsets are byte
// offsets into text.
func (v *Verifier) Check(text string, opts Options) []Doubt {
	f := fold(text)
	var ds []Doubt
	ds = append(ds, digitRuns(f.s)...)
	ds = append(ds, mailResidue(f.s)...)
	ds = append(ds, keywordResidue(f.s)...)
	ds = append(ds, patterns(f.s)...)
	ds = append(ds, addressResidue(f.s)...)
	ds = append(ds, bornSuffix(f.s)...)
	ds = append(ds, bornNote(f.s)...)
	ds = append(ds, honorificNames(f.s, opts.Exempt)...)
	ds = append(ds, markedNames(f.s, opts.Exempt)...)
	for i := range ds {
		ds[i].Start, ds[i].End = f.from(ds[i].Start), f.to(ds[i].End)
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Start < ds[j].Start })
	return ds
}
