package twelveset

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// The type names the evaluator scores.
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

// doc accumulates one document's text with its labelled items and hard
// negatives, so that every span is the byte range actually written.
type doc struct {
	r      *rand.Rand
	b      strings.Builder
	items  []evalset.Item
	negs   []evalset.Negative
	exempt []string
	format string // hwp, hwpx, pdf, docx: how the text was extracted
}

func (d *doc) t(s string) { d.b.WriteString(s) }

func (d *doc) tf(format string, a ...any) { fmt.Fprintf(&d.b, format, a...) }

// pii writes a value after noise and labels it; place is where it sits,
// extra the qualities the caller knows (particle, health, latin…).
func (d *doc) pii(typ, place, val string, extra ...string) {
	v, q := d.noise(typ, place, val)
	quals := append(append([]string{}, extra...), q...)
	form := place
	if len(quals) == 0 {
		form += "+plain"
	} else {
		form += "+" + strings.Join(quals, "+")
	}
	start := d.b.Len()
	d.b.WriteString(v)
	d.items = append(d.items, evalset.Item{Type: typ, Start: start, End: d.b.Len(), Form: form})
}

// raw writes a value exactly as given and labels it.
func (d *doc) raw(typ, place, val string, quals ...string) {
	form := place + "+plain"
	if len(quals) > 0 {
		form = place + "+" + strings.Join(quals, "+")
	}
	start := d.b.Len()
	d.b.WriteString(val)
	d.items = append(d.items, evalset.Item{Type: typ, Start: start, End: d.b.Len(), Form: form})
}

// neg writes a hard negative: it must come out untouched.
func (d *doc) neg(kind, val string) {
	start := d.b.Len()
	d.b.WriteString(val)
	d.negs = append(d.negs, evalset.Negative{Kind: kind, Start: start, End: d.b.Len()})
}

// official writes an official's name in the line of duty, exempt.
func (d *doc) official(name string) {
	d.exempt = append(d.exempt, name)
	d.neg("official", name)
}

var fullwidth = strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９", "-", "－")

var numeric = map[string]bool{tRRN: true, tFRN: true, tMobile: true, tLandline: true, tCard: true, tAccount: true, tPassport: true, tLicence: true, tPlate: true, tBirth: true, tIP: true}

// noise damages a value the way extraction, scanning and clerks do.
func (d *doc) noise(typ, place, v string) (string, []string) {
	r := d.r
	x := r.IntN(100)
	switch {
	case typ == tName:
		if x < 5 && !strings.Contains(v, " ") {
			return spaceRunes(v), []string{"spaced"}
		}
		return v, nil
	case typ == tAddress:
		if x < 14 {
			return wrapAt(r, v), []string{"wrapped"}
		}
		return v, nil
	case typ == tEmail:
		switch {
		case x < 5:
			return strings.Replace(v, "@", " @ ", 1), []string{"spaced"}
		case x < 10:
			i := strings.LastIndexByte(v, '.')
			return v[:i+1] + "\n" + v[i+1:], []string{"wrapped"}
		}
		return v, nil
	case numeric[typ]:
		switch {
		case x < 6:
			return spaceRunes(v), []string{"spaced"}
		case x < 12:
			return fullwidth.Replace(v), []string{"fullwidth"}
		case x < 17:
			return ocr(r, v), []string{"ocr"}
		case x < 21 && strings.Count(v, "-") >= 1:
			i := strings.IndexByte(v, '-')
			if r.IntN(2) == 0 {
				return v[:i+1] + "\n" + v[i+1:], []string{"wrapped"}
			}
			return v[:i+2] + " " + v[i+2:], []string{"split"}
		case x < 26 && (typ == tRRN || typ == tFRN || typ == tMobile || typ == tCard):
			return sloppyMask(r, v), []string{"partialmask"}
		}
	}
	return v, nil
}

func spaceRunes(v string) string {
	rs := []rune(v)
	parts := make([]string, 0, len(rs))
	for _, c := range rs {
		if c != ' ' {
			parts = append(parts, string(c))
		}
	}
	return strings.Join(parts, " ")
}

// ocr swaps one or two digits for the letters a scanner confuses them with.
func ocr(r *rand.Rand, v string) string {
	sw := map[byte]string{'0': "O", '1': "l", '5': "S", '8': "B", '2': "Z", '6': "b"}
	b := []byte(v)
	var idx []int
	for i, c := range b {
		if _, ok := sw[c]; ok {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return v
	}
	out := v
	for n := 0; n < 1+r.IntN(2) && len(idx) > 0; n++ {
		i := idx[r.IntN(len(idx))]
		out = out[:i] + sw[out[i]] + out[i+1:]
		idx = nil
		for j := range len(out) {
			if _, ok := sw[out[j]]; ok {
				idx = append(idx, j)
			}
		}
	}
	return out
}

// sloppyMask stars only the last few digits, which still publishes most of
// the value.
func sloppyMask(r *rand.Rand, v string) string {
	n := 2 + r.IntN(3)
	b := []byte(v)
	for i := len(b) - 1; i >= 0 && n > 0; i-- {
		if b[i] >= '0' && b[i] <= '9' {
			b[i] = '*'
			n--
		}
	}
	return string(b)
}

// wrapAt breaks an address at one of its spaces, as a narrow cell does.
func wrapAt(r *rand.Rand, v string) string {
	var sp []int
	for i := 0; i < len(v); i++ {
		if v[i] == ' ' {
			sp = append(sp, i)
		}
	}
	if len(sp) == 0 {
		return v
	}
	i := sp[len(sp)/2+r.IntN((len(sp)+1)/2)%len(sp)]
	return v[:i] + "\n" + v[i+1:]
}

// cell is one table cell: text, a negative, or a personal value.
type cell struct {
	typ, neg, val string
	quals         []string
}

func txt(s string) cell                      { return cell{val: s} }
func ng(kind, s string) cell                 { return cell{neg: kind, val: s} }
func pv(typ, s string, quals ...string) cell { return cell{typ: typ, val: s, quals: quals} }

// table writes a header and rows in one of the layouts extraction gives:
// tab-joined (HWP, DOCX), one cell a line (HWPX, HWP merged cells),
// space-joined (a PDF's text layer), pipes (converted documents), or
// transposed as label: value records.
func (d *doc) table(header []string, rows [][]cell) {
	layouts := map[string][]string{
		"hwp":  {"tab", "tab", "cells"},
		"hwpx": {"cells", "tab", "tab"},
		"pdf":  {"space", "space", "cells"},
		"docx": {"tab", "pipe", "kv"},
	}
	lay := pick(d.r, layouts[d.format])
	place := "table." + lay
	if lay == "kv" {
		place = "kv"
	}
	write := func(c cell) {
		switch {
		case c.typ != "":
			d.pii(c.typ, place, c.val, c.quals...)
		case c.neg == "official":
			d.official(c.val)
		case c.neg != "":
			d.neg(c.neg, c.val)
		default:
			d.t(c.val)
		}
	}
	switch lay {
	case "kv":
		for i, row := range rows {
			d.tf("%d) ", i+1)
			for j, c := range row {
				if j > 0 {
					d.t(", ")
				}
				d.t(header[j] + ": ")
				write(c)
			}
			d.t("\n")
		}
		return
	case "pipe":
		d.t("| " + strings.Join(header, " | ") + " |\n|")
		for range header {
			d.t("---|")
		}
		d.t("\n")
	case "space":
		d.t(strings.Join(header, " ") + "\n")
	case "tab":
		d.t(strings.Join(header, "\t") + "\n")
	case "cells":
		d.t(strings.Join(header, "\n") + "\n")
	}
	// A PDF's table that runs over a page gives the page number and the
	// header again between two rows.
	brk := -1
	if d.format == "pdf" && len(rows) > 3 && d.r.IntN(3) == 0 {
		brk = 1 + d.r.IntN(len(rows)-1)
	}
	for i, row := range rows {
		if i == brk {
			d.tf("- %d -\n", 2+d.r.IntN(3))
			if lay == "space" {
				d.t(strings.Join(header, " ") + "\n")
			}
		}
		if lay == "pipe" {
			d.t("| ")
		}
		for j, c := range row {
			if j > 0 {
				switch lay {
				case "pipe":
					d.t(" | ")
				case "space":
					d.t(" ")
				case "tab":
					d.t("\t")
				case "cells":
					d.t("\n")
				}
			}
			write(c)
		}
		if lay == "pipe" {
			d.t(" |")
		}
		d.t("\n")
	}
}

// sp separates two phrases of prose: a space, or in a PDF's text layer
// now and then the end of a hard-wrapped line.
func (d *doc) sp() {
	if d.format == "pdf" && d.r.IntN(3) == 0 {
		d.t("\n")
		return
	}
	d.t(" ")
}
