package casebook

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Personal-data types, spelled as evalset and the redactor spell them.
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

// source is the system or artefact a document's text was extracted from.
// It decides page furniture, wrapping and OCR noise.
type source int

const (
	srcHWP    source = iota // HWP 5 through the extractor: pages, tables as text
	srcHWPX                 // HWPX: one paragraph per cell
	srcDOCX                 // Word: tabs and pipes, no pages
	srcPDF                  // PDF: hard-wrapped lines, page headers and numbers
	srcScan                 // a scanned paper through OCR
	srcMail                 // an e-mail body, pasted as received
	srcExport               // a system export (CSV, text report)
)

func (s source) String() string {
	return [...]string{"hwp", "hwpx", "docx", "pdf", "scan", "mail", "export"}[s]
}

// seg is one piece of a document's text: plain text, a labelled value or
// a hard negative.
type seg struct {
	s   string
	typ string // personal-data type of a labelled value
	neg string // kind of a hard negative
	q   string // "+quality" flags of a labelled value
}

// plain is text.
func plain(s string) seg { return seg{s: s} }

// keep is a hard negative: a string that must stay as it is.
func keep(kind, s string) seg { return seg{s: s, neg: kind} }

// personal is a labelled personal value with optional quality flags.
func personal(typ, s string, q ...string) seg { return seg{s: s, typ: typ, q: flags(q...)} }

// flags joins quality names into "+a+b".
func flags(q ...string) string {
	var b strings.Builder
	for _, f := range q {
		if f == "" {
			continue
		}
		if !strings.HasPrefix(f, "+") {
			b.WriteByte('+')
		}
		b.WriteString(f)
	}
	return b.String()
}

// writer builds one document.
type writer struct {
	r   *rand.Rand
	lx  *lexicon
	sb  strings.Builder
	doc evalset.Doc
	src source
	org office

	values []string // each item's value as planted, for the tests

	used map[string]bool // names given to someone in this document
	seen map[string]bool // type+value of labelled values already written

	// Page furniture for paged sources: a page break is written at the
	// first line end after pageLines lines.
	pageLines, lines, page int
	running                string // page header repeated on each new page
	pageFoot               string // page number format
	wrapAt                 int    // display columns at which flowing text wraps; 0 never
	col                    int    // display column of the write position
	flow                   bool   // the text being written may be re-wrapped
	colon                  string // how this document's transcript separates a speaker from the words
}

func newWriter(r *rand.Rand, lx *lexicon) *writer {
	return &writer{r: r, lx: lx, used: map[string]bool{}, seen: map[string]bool{}, page: 1}
}

// chance reports true with probability p.
func (w *writer) chance(p float64) bool { return w.r.Float64() < p }

func (w *writer) pick(xs ...string) string { return xs[w.r.IntN(len(xs))] }

// segs flattens strings, segs and slices of segs into one list.
func segs(parts ...any) []seg {
	var out []seg
	for _, p := range parts {
		switch v := p.(type) {
		case string:
			if v != "" {
				out = append(out, plain(v))
			}
		case seg:
			out = append(out, v)
		case []seg:
			out = append(out, v...)
		case []any:
			out = append(out, segs(v...)...)
		case nil:
		default:
			panic(fmt.Sprintf("casebook: cannot write %T", p))
		}
	}
	return out
}

// put writes parts; labelled values get the form at + their qualities.
func (w *writer) put(at string, parts ...any) {
	ss := segs(parts...)
	for i, s := range ss {
		var next string
		if i+1 < len(ss) {
			next = ss[i+1].s
		}
		w.write1(at, s, next)
	}
}

// line writes parts in running text and ends the line.
func (w *writer) line(parts ...any) {
	w.put("body", parts...)
	w.nl()
}

// para writes parts as a paragraph that paged sources may wrap.
func (w *writer) para(parts ...any) {
	w.flow = true
	w.put("body", parts...)
	w.flow = false
	w.nl()
}

// nl ends the line.
func (w *writer) nl() { w.write1("", plain("\n"), "") }

// txt writes plain text.
func (w *writer) txt(s string) { w.write1("", plain(s), "") }

func (w *writer) write1(at string, s seg, next string) {
	switch {
	case s.typ != "":
		v, q := s.s, s.q
		if w.src == srcScan && w.chance(0.18) {
			if o := ocrValue(w.r, s.typ, v); o != v {
				v, q = o, q+"+ocr"
			}
		}
		q += w.autoFlags(s.typ, v, next)
		start := w.sb.Len()
		w.emit(v, false)
		w.doc.Items = append(w.doc.Items, evalset.Item{Type: s.typ, Start: start, End: w.sb.Len(), Form: form(at, q)})
		w.values = append(w.values, v)
	case s.neg != "":
		start := w.sb.Len()
		w.emit(s.s, false)
		w.doc.Negatives = append(w.doc.Negatives, evalset.Negative{Kind: s.neg, Start: start, End: w.sb.Len()})
	default:
		t := s.s
		if w.src == srcScan {
			t = ocrText(w.r, t)
		}
		w.emit(t, true)
	}
}

// autoFlags adds the qualities a value gets from what it is and what
// follows it: a particle or honorific glued on, a repeated mention,
// full-width digits.
func (w *writer) autoFlags(typ, v, next string) string {
	var q string
	if r, _ := utf8.DecodeRuneInString(next); isHangul(r) {
		if typ == tName && hasHonorific(next) {
			q += "+honorific"
		} else {
			q += "+particle"
		}
	} else if typ == tName && strings.HasPrefix(next, " ") && hasHonorific(next[1:]) {
		q += "+honorific"
	}
	key := typ + "\x00" + v
	if w.seen[key] {
		q += "+repeat"
	}
	w.seen[key] = true
	for _, c := range v {
		if c >= 0xFF10 && c <= 0xFF5A {
			q += "+fullwidth"
			break
		}
	}
	return q
}

// hasHonorific reports whether s starts with a term of address that
// follows a name: 님, 씨, 귀하…, or 군/양/옹 standing alone or before a
// particle.
func hasHonorific(s string) bool {
	for _, h := range []string{"님", "씨", "귀하", "선생", "어르신", "여사"} {
		if strings.HasPrefix(s, h) {
			return true
		}
	}
	for _, h := range []string{"군", "양", "옹"} {
		if !strings.HasPrefix(s, h) {
			continue
		}
		rest := s[len(h):]
		r, _ := utf8.DecodeRuneInString(rest)
		if !isHangul(r) {
			return true
		}
		for _, p := range []string{"은", "이", "의", "에게", "을", "과", "도", "께"} {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
	}
	return false
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// form joins a place and quality flags, each flag once, in order.
func form(at, q string) string {
	if at == "" {
		at = "body"
	}
	parts := strings.Split(at+q, "+")
	out := parts[0]
	have := map[string]bool{}
	for _, f := range parts[1:] {
		if f == "" || have[f] {
			continue
		}
		have[f] = true
		out += "+" + f
	}
	return out
}

// emit appends s at the write position, wrapping flowing text and
// breaking pages at line ends when breakable.
func (w *writer) emit(s string, breakable bool) {
	for _, c := range s {
		switch {
		case c == '\n':
			w.sb.WriteByte('\n')
			w.col = 0
			if breakable {
				w.endLine()
			}
		case c == ' ' && breakable && w.flow && w.wrapAt > 0 && w.col >= w.wrapAt:
			w.sb.WriteByte('\n')
			w.col = 0
			w.endLine()
		default:
			w.sb.WriteRune(c)
			w.col += width(c)
		}
	}
}

// endLine counts a line and writes page furniture when the page is full.
func (w *writer) endLine() {
	w.lines++
	if w.pageLines == 0 || w.lines < w.pageLines || w.pageFoot == "" {
		return
	}
	w.lines = 0
	foot := fmt.Sprintf(w.pageFoot, w.page)
	w.page++
	w.sb.WriteString("\n" + foot + "\n")
	if w.running != "" {
		w.sb.WriteString(w.running + "\n")
	}
	if w.chance(0.5) {
		w.sb.WriteByte('\n')
	}
}

// width is the display width of c in a monospaced terminal or table.
func width(c rune) int {
	switch {
	case c >= 0x1100 && c <= 0x115F, c >= 0x2E80 && c <= 0xA4CF, c >= 0xAC00 && c <= 0xD7A3,
		c >= 0xF900 && c <= 0xFAFF, c >= 0xFF00 && c <= 0xFF60, c >= 0x3000 && c <= 0x303F:
		return 2
	}
	return 1
}

func strWidth(s string) int {
	n := 0
	for _, c := range s {
		n += width(c)
	}
	return n
}

// finish closes the document's last page.
func (w *writer) finish() evalset.Doc {
	if w.pageLines > 0 && w.page > 1 {
		w.sb.WriteString("\n" + fmt.Sprintf(w.pageFoot, w.page) + "\n")
	}
	w.doc.Text = w.sb.String()
	if w.doc.Items == nil {
		w.doc.Items = []evalset.Item{}
	}
	if w.doc.Negatives == nil {
		w.doc.Negatives = []evalset.Negative{}
	}
	return w.doc
}
