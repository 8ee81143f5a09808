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
	// Public is the organization's allowlist of its own identifiers,
	// which are no cause for doubt.
	Public Public
}

// Public is an organization's allowlist: prefixes of its office numbers
// (digits only), its e-mail domains and its office addresses.
type Public struct {
	Phones       []string
	EmailDomains []string
	Addresses    []string
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
	occ := vocabulary.find(f.s)
	ds = append(ds, keywordResidue(f.s, occ)...)
	ds = append(ds, patterns(f.s)...)
	ds = append(ds, garbledNumbers(f.s)...)
	ds = append(ds, addressResidue(f.s, occ)...)
	ds = append(ds, bornSuffix(f.s, occ)...)
	ds = append(ds, bornNote(f.s, occ)...)
	ds = append(ds, honorificNames(f.s, occ, opts.Exempt)...)
	ds = append(ds, markedNames(f.s, occ, opts.Exempt)...)
	ds = append(ds, nameAround(f.s, occ, opts.Exempt)...)
	ds = append(ds, tableResidue(f.s, opts.Exempt)...)
	ds = append(ds, siblingNames(f.s, opts.Exempt)...)
	o := learn(f.s, opts.Public)
	kept := ds[:0]
	for _, d := range ds {
		if !o.public(f.s, d) {
			kept = append(kept, d)
		}
	}
	ds = kept
	for i := range ds {
		ds[i].Start, ds[i].End = f.from(ds[i].Start), f.to(ds[i].End)
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Start < ds[j].Start })
	return ds
}
