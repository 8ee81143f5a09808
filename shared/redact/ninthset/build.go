// Package ninthset is a ninth hand's evaluation corpus for Plaza's
// personal-data redactor, written without sight of the detector or of the
// other corpora: whole Korean approval documents (기안문 and the
// attachments as text extraction gives them) of the nine kinds the outside
// held-out test uses — complaint results, committee minutes, subsidy
// payment tables, administrative notices, residents' briefings, contract
// lists, criminal complaints, audit results and support for foreign
// residents — in several templates and layouts each (pipe, tab, space and
// cell-per-line tables, transposed key/value forms, speaker lines, running
// prose, 붙임, 결재 lines and footers).
//
// Every planted item's Form is "place:label+quality…" so that the whole
// document evaluation prints recall by place and by quality. About one
// document in four carries no personal data at all, so that the review rate
// of clean documents is measurable.
package ninthset

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Type names as evalset spells them; the test checks that each is one of
// evalset.AllTypes.
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

// piece is a run of text: literal, a planted item (typ set) or a hard
// negative (neg set).
type piece struct {
	text string
	typ  string
	neg  string
	q    []string
}

// cell is the pieces of one table cell or field value.
type cell []piece

func lit(s string) piece                     { return piece{text: s} }
func negp(kind, s string) piece              { return piece{text: s, neg: kind} }
func litc(s string) cell                     { return cell{lit(s)} }
func negc(kind, s string) cell               { return cell{negp(kind, s)} }
func itemp(typ, s string, q ...string) piece { return piece{text: s, typ: typ, q: q} }

func (c cell) String() string {
	var sb strings.Builder
	for _, p := range c {
		sb.WriteString(p.text)
	}
	return sb.String()
}

// builder writes one document and records the spans of what it plants.
type builder struct {
	r      *rand.Rand
	sb     strings.Builder
	doc    evalset.Doc
	clean  bool // the document carries no personal data
	ended  bool // "끝." is written
	org    office
	dept   string
	staff  []official // the officials of the 결재 line, exempt
	people []*person  // the citizens already named, for repeated mentions
	used   map[string]bool
	// values and negValues are the strings planted, in the order of
	// doc.Items and doc.Negatives, for the test's round trip.
	values, negValues []string
}

func (b *builder) w(ss ...string) {
	for _, s := range ss {
		b.sb.WriteString(s)
	}
}

// put writes p; an item's Form is place, ":" label when there is one, and
// "+" each quality.
func (b *builder) put(place, label string, p piece) {
	st := b.sb.Len()
	b.sb.WriteString(p.text)
	switch {
	case p.typ != "":
		if b.clean {
			panic("ninthset: item planted in a clean document")
		}
		form := place
		if label != "" {
			form += ":" + label
		}
		for _, q := range p.q {
			form += "+" + q
		}
		b.doc.Items = append(b.doc.Items, evalset.Item{Type: p.typ, Start: st, End: b.sb.Len(), Form: form})
		b.values = append(b.values, p.text)
	case p.neg != "":
		b.doc.Negatives = append(b.doc.Negatives, evalset.Negative{Kind: p.neg, Start: st, End: b.sb.Len()})
		b.negValues = append(b.negValues, p.text)
	}
}

func (b *builder) putc(place, label string, c cell) {
	for _, p := range c {
		b.put(place, label, p)
	}
}

// say writes a run of prose: strings are literal, pieces and cells are
// planted at place.
func (b *builder) say(place string, parts ...any) {
	for _, x := range parts {
		switch v := x.(type) {
		case string:
			b.w(v)
		case piece:
			b.put(place, "", v)
		case cell:
			b.putc(place, "", v)
		default:
			panic(fmt.Sprintf("ninthset: say %T", x))
		}
	}
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func digits(r *rand.Rand, n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(byte('0' + r.IntN(10)))
	}
	return sb.String()
}

// chance is true with probability 1/n.
func chance(r *rand.Rand, n int) bool { return r.IntN(n) == 0 }

// width is the display width of s: two columns for Hangul and other wide
// characters, one for the rest.
func width(s string) int {
	n := 0
	for _, c := range s {
		if c >= 0x1100 && (c <= 0x115F || c >= 0x2E80) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// lastHasBatchim reports whether the last Hangul syllable of s ends in a
// consonant, and whether that consonant is ㄹ.
func lastHasBatchim(s string) (bool, bool) {
	for len(s) > 0 {
		c, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
		if c >= 0xAC00 && c <= 0xD7A3 {
			jong := (c - 0xAC00) % 28
			return jong != 0, jong == 8
		}
		if c >= 'A' && c <= 'z' {
			return false, false
		}
	}
	return false, false
}

// josa returns the particle of a pair ("은/는", "이/가", "을/를", "과/와",
// "으로/로", "이다/다"…) that follows s.
func josa(s, pair string) string {
	a, bb, _ := strings.Cut(pair, "/")
	has, rieul := lastHasBatchim(s)
	if a == "으로" && rieul {
		return bb
	}
	if has {
		return a
	}
	return bb
}
