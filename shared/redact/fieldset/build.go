package fieldset

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Type names, exactly as package evalset spells them.
const (
	tRRN      = "rrn"
	tFRN      = "frn"
	tMobile   = "mobile"
	tLandline = "landline"
	tEmail    = "email"
	tCard     = "card"
	tAccount  = "account"
	tPassport = "passport"
	tLicence  = "driver_licence"
	tPlate    = "vehicle_plate"
	tBirth    = "birth_date"
	tName     = "name"
	tAddress  = "address"
	tIP       = "ip"
)

// Negative kinds.
const (
	nOfficial  = "official"
	nOffPhone  = "office_phone"
	nOffEmail  = "office_email"
	nOffAddr   = "office_address"
	nCompany   = "company"
	nBRN       = "business_no"
	nCRN       = "corporate_no"
	nCaseNo    = "case_no"
	nBudget    = "budget_code"
	nAmount    = "amount"
	nDate      = "date"
	nStatute   = "statute"
	nStat      = "statistic"
	nPlace     = "place"
	nWord      = "word"
	nMasked    = "masked"
	nOfficeURL = "office_url"
)

// part is a piece of text: plain, a planted item or a hard negative.
type part struct {
	s    string
	typ  string // item type, if an item
	neg  string // negative kind, if a negative
	form string
}

func p(s string) part                    { return part{s: s} }
func it(typ, form, s string) part        { return part{s: s, typ: typ, form: form} }
func ng(kind, s string) part             { return part{s: s, neg: kind} }
func (x part) wrap(pre, suf string) cell { return cell{p(pre), x, p(suf)} }

// cell is a run of parts that belongs together, such as a table cell.
type cell []part

func (c cell) String() string {
	var sb strings.Builder
	for _, x := range c {
		sb.WriteString(x.s)
	}
	return sb.String()
}

// builder writes one document and records its labels.
type builder struct {
	r     *rand.Rand
	sb    strings.Builder
	doc   evalset.Doc
	clean bool   // no personal data at all, only hard negatives
	ch    string // channel: hwp, hwpx, pdf, docx, scan, email, webform, sheet
	org   office
	staff []official
	laws  []string // statutes this kind cites
	// ageMin and ageSpan bound the ages of the citizens drawn, when set.
	ageMin, ageSpan int
	foreignPct      int // extra share of foreign residents, in percent
}

func (b *builder) text(s string) { b.sb.WriteString(s) }

func (b *builder) put(xs ...part) {
	for _, x := range xs {
		st := b.sb.Len()
		b.sb.WriteString(x.s)
		if x.s == "" {
			continue
		}
		switch {
		case x.typ != "":
			b.doc.Items = append(b.doc.Items, evalset.Item{Type: x.typ, Start: st, End: b.sb.Len(), Form: x.form})
		case x.neg != "":
			b.doc.Negatives = append(b.doc.Negatives, evalset.Negative{Kind: x.neg, Start: st, End: b.sb.Len()})
		}
	}
}

func (b *builder) cell(c cell)     { b.put(c...) }
func (b *builder) line(xs ...part) { b.put(xs...); b.text("\n") }

// linef writes a line mixing plain text and parts: string arguments are
// plain, part and cell arguments are written as they are labelled.
func (b *builder) linef(args ...any) {
	b.say(args...)
	b.text("\n")
}

func (b *builder) say(args ...any) {
	for _, a := range args {
		switch v := a.(type) {
		case string:
			b.text(v)
		case part:
			b.put(v)
		case cell:
			b.put(v...)
		default:
			panic(fmt.Sprintf("fieldset: cannot write %T", a))
		}
	}
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func (b *builder) pick(xs ...string) string { return pick(b.r, xs) }
func (b *builder) chance(pct int) bool      { return b.r.IntN(100) < pct }

func digits(r *rand.Rand, n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(byte('0' + r.IntN(10)))
	}
	return sb.String()
}

func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// isClean says whether document i is one without personal data: exactly
// one document in each block of three, at a place the seed chooses.
func isClean(seed uint64, i int) bool {
	blk := uint64(i / 3)
	return uint64(i%3) == mix(seed^mix(blk+0x51ED))%3
}

// Generate builds n whole documents. Document i depends only on seed and
// i; its ID is fieldset-%05d.
func Generate(seed uint64, n int) []evalset.Doc {
	docs := make([]evalset.Doc, 0, n)
	for i := 0; i < n; i++ {
		docs = append(docs, one(seed, i))
	}
	return docs
}

// one builds document i. A draw whose labels would break the set's
// invariants (a value that also occurs unlabelled, for instance a given
// name inside an ordinary word) is drawn again from the next stream.
func one(seed uint64, i int) evalset.Doc {
	clean := isClean(seed, i)
	k := kinds[mix(seed*0x9E3779B97F4A7C15+uint64(i)+7)%uint64(len(kinds))]
	var last error
	for attempt := uint64(0); attempt < 64; attempt++ {
		r := rand.New(rand.NewPCG(mix(seed)^uint64(i), mix(uint64(i)<<8|attempt)^seed))
		b := &builder{r: r, clean: clean}
		b.doc.ID = fmt.Sprintf("fieldset-%05d", i)
		b.doc.Kind = k.name
		b.ch = pick(r, k.channels)
		b.org = pick(r, k.offices)
		b.laws = k.laws
		k.build(b)
		b.doc.Text = b.sb.String()
		for _, s := range b.staff {
			b.doc.Exempt = append(b.doc.Exempt, s.name)
		}
		if last = check(b.doc); last == nil {
			return b.doc
		}
	}
	panic(fmt.Sprintf("fieldset: document %d of seed %d: %v", i, seed, last))
}

// check verifies a document's labels: spans on rune boundaries, no
// overlaps, every occurrence of an item's value inside some item, no
// negative's text equal to an item's, no items in clean documents.
func check(d evalset.Doc) error {
	type span struct {
		s, e int
		what string
	}
	var all []span
	for _, x := range d.Items {
		all = append(all, span{x.Start, x.End, "item " + x.Type})
	}
	for _, x := range d.Negatives {
		all = append(all, span{x.Start, x.End, "negative " + x.Kind})
	}
	for _, x := range all {
		if x.s < 0 || x.e > len(d.Text) || x.s >= x.e {
			return fmt.Errorf("%s: bad span %d..%d", x.what, x.s, x.e)
		}
		if !utf8.RuneStart(d.Text[x.s]) || (x.e < len(d.Text) && !utf8.RuneStart(d.Text[x.e])) {
			return fmt.Errorf("%s: span %d..%d not on rune boundaries", x.what, x.s, x.e)
		}
		if strings.TrimSpace(d.Text[x.s:x.e]) != d.Text[x.s:x.e] {
			return fmt.Errorf("%s: span %q has outer spaces", x.what, d.Text[x.s:x.e])
		}
	}
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			if all[i].s < all[j].e && all[j].s < all[i].e {
				return fmt.Errorf("%s %d..%d overlaps %s %d..%d", all[i].what, all[i].s, all[i].e, all[j].what, all[j].s, all[j].e)
			}
		}
	}
	covered := func(s, e int) bool {
		for _, x := range d.Items {
			if x.Start <= s && e <= x.End {
				return true
			}
		}
		return false
	}
	vals := map[string]bool{}
	for _, x := range d.Items {
		v := d.Text[x.Start:x.End]
		vals[v] = true
		for at := 0; ; {
			k := strings.Index(d.Text[at:], v)
			if k < 0 {
				break
			}
			if !covered(at+k, at+k+len(v)) {
				return fmt.Errorf("%s value %q also occurs unlabelled at %d", x.Type, v, at+k)
			}
			at += k + len(v)
		}
	}
	for _, x := range d.Negatives {
		if vals[d.Text[x.Start:x.End]] {
			return fmt.Errorf("negative %q equals an item", d.Text[x.Start:x.End])
		}
	}
	for _, ex := range d.Exempt {
		for v := range vals {
			if strings.Contains(v, ex) || strings.Contains(ex, v) {
				return fmt.Errorf("exempt official %q and item %q share a name", ex, v)
			}
		}
	}
	return nil
}
