package tenthset

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// piece is a run of text that is plain, a planted item (typ set) or a
// hard negative (neg set). q holds the item's qualities, "+spaced+ocr".
type piece struct {
	text, typ, neg, label, q string
}

// val is a generated value and the qualities of its spelling.
type val struct {
	s, q string
}

func tx(s string) piece { return piece{text: s} }

func it(typ, label string, v val) piece { return piece{text: v.s, typ: typ, label: label, q: v.q} }

func ng(kind, s string) piece { return piece{text: s, neg: kind} }

// cell is one table cell: several pieces (a bank name and an account).
type cell []piece

func c(ps ...piece) cell { return cell(ps) }

func ct(s string) cell { return cell{tx(s)} }

func (x cell) width() int {
	w := 0
	for _, p := range x {
		w += dispWidth(p.text)
	}
	return w
}

// dispWidth counts Hangul and full-width runes as two columns, as the
// space-aligned tables of a text export do.
func dispWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 {
			w += 2
		} else {
			w++
		}
	}
	return w
}

type builder struct {
	r     *rand.Rand
	sb    strings.Builder
	doc   evalset.Doc
	used  map[string]bool
	clean bool
	org   office
	// A PDF's text layer breaks lines at the page width: at spaces, or,
	// in justified Korean text, between any two syllables. wrapW is that
	// width in runes (0: no PDF), col the current column.
	wrapW    int
	anywhere bool
	col      int
}

const (
	flowPlain = iota
	flowItem
	flowKeep
)

// flow returns s as the page writes it from the current column: plain
// text breaks at the width, an item at most once inside itself (broken
// reports it), a negative never.
func (b *builder) flow(s string, mode int) (out string, broken bool) {
	if b.wrapW == 0 {
		if k := strings.LastIndexByte(s, '\n'); k >= 0 {
			b.col = utf8.RuneCountInString(s[k+1:])
		} else {
			b.col += utf8.RuneCountInString(s)
		}
		return s, false
	}
	var sb strings.Builder
	prev := rune(0)
	for i, r := range s {
		if r == '\n' {
			sb.WriteRune(r)
			b.col = 0
			prev = r
			continue
		}
		if b.col >= b.wrapW {
			switch {
			case mode == flowPlain && r == ' ':
				sb.WriteByte('\n')
				b.col = 0
				prev = '\n'
				continue
			case mode == flowPlain && b.anywhere && prev != ' ' && prev != '\n':
				sb.WriteByte('\n')
				b.col = 0
			case mode == flowItem && !broken && i > 0 && prev != '\n':
				if r == ' ' {
					sb.WriteByte('\n')
					b.col = 0
					broken = true
					prev = '\n'
					continue
				}
				// A line breaks after a separator, or between two
				// syllables of justified Korean; never inside a run of
				// digits or Latin letters.
				if prev == '-' || prev == '.' || prev == ',' || (b.anywhere && prev >= 0xAC00 && r >= 0xAC00) {
					sb.WriteByte('\n')
					b.col = 0
					broken = true
				}
			}
		}
		sb.WriteRune(r)
		b.col++
		prev = r
	}
	return sb.String(), broken
}

// put writes pieces; items are recorded with their form
// place:label+qualities, negatives with their kind.
func (b *builder) put(place string, ps ...piece) {
	for _, p := range ps {
		st := b.sb.Len()
		switch {
		case p.typ != "":
			if b.clean {
				panic(fmt.Sprintf("tenthset: %s planted in a clean document", p.typ))
			}
			text, broken := b.flow(p.text, flowItem)
			q := p.q
			if broken {
				q += "+wrapped"
			}
			q = dedupe(q)
			b.sb.WriteString(text)
			b.doc.Items = append(b.doc.Items, evalset.Item{Type: p.typ, Start: st, End: b.sb.Len(), Form: place + ":" + p.label + q})
		case p.neg != "":
			text, _ := b.flow(p.text, flowKeep)
			b.sb.WriteString(text)
			b.doc.Negatives = append(b.doc.Negatives, evalset.Negative{Kind: p.neg, Start: st, End: b.sb.Len()})
		default:
			text, _ := b.flow(p.text, flowPlain)
			b.sb.WriteString(text)
		}
	}
}

func (b *builder) w(ss ...string) {
	for _, s := range ss {
		text, _ := b.flow(s, flowPlain)
		b.sb.WriteString(text)
	}
}

func (b *builder) n(k int) int { return b.r.IntN(k) }

func (b *builder) p(num, of int) bool { return b.r.IntN(of) < num }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func (b *builder) pick(xs []string) string { return pick(b.r, xs) }

// tableStyles are the layouts extraction gives a table: pipes, tabs
// (HWP), runs of spaces (text export), one cell per line (HWP cells as
// paragraphs), PDF lines with single spaces and broken rows.
var tableStyles = []string{"pipe", "tab", "space", "cell", "pdf"}

// table writes head and rows in style; items in it are placed at
// "table.<style>".
func (b *builder) table(style string, head []string, rows []([]cell)) {
	place := "table." + style
	hc := make([]cell, len(head))
	for i, h := range head {
		hc[i] = ct(h)
	}
	all := append([][]cell{hc}, rows...)
	switch style {
	case "pipe":
		for i, row := range all {
			b.w("|")
			for _, x := range row {
				b.w(" ")
				b.put(place, x...)
				b.w(" |")
			}
			b.w("\n")
			if i == 0 {
				b.w("|")
				for range row {
					b.w("---|")
				}
				b.w("\n")
			}
		}
	case "tab":
		for _, row := range all {
			for j, x := range row {
				if j > 0 {
					b.w("\t")
				}
				b.put(place, x...)
			}
			if b.p(1, 4) {
				b.w("\t")
			}
			b.w("\n")
		}
	case "space":
		widths := make([]int, len(head))
		for _, row := range all {
			for j, x := range row {
				if j < len(widths) {
					widths[j] = max(widths[j], x.width())
				}
			}
		}
		for _, row := range all {
			for j, x := range row {
				b.put(place, x...)
				if j < len(row)-1 {
					b.w(strings.Repeat(" ", widths[j]-x.width()+2))
				}
			}
			b.w("\n")
		}
	case "cell":
		for i, row := range all {
			for _, x := range row {
				b.put(place, x...)
				b.w("\n")
			}
			if i == 0 || b.p(1, 3) {
				b.w("\n")
			}
		}
	case "pdf":
		for _, row := range all {
			for j, x := range row {
				if j > 0 {
					// A long row wraps on the page: the rest goes on the
					// next line.
					if j == len(row)-1 && len(row) > 4 && b.p(1, 4) {
						b.w("\n")
					} else {
						b.w(" ")
					}
				}
				b.put(place, x...)
			}
			b.w("\n")
		}
	}
}

// kv writes a transposed form, one field per line: 성명 : 김철수.
func (b *builder) kv(sep string, rows []struct {
	k string
	v cell
}) {
	for _, r := range rows {
		b.w(r.k, sep)
		b.put("form", r.v...)
		b.w("\n")
	}
}

type kvrow = struct {
	k string
	v cell
}

// fullWidth turns digits, Latin letters and punctuation into their
// full-width forms, as some HWP documents keep them.
func fullWidth(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r >= '!' && r <= '~':
			sb.WriteRune(r - '!' + 0xFF01)
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// ocr confuses 0 with O and 1 with l in some places, as a scanned
// attachment's text layer does.
func ocr(r *rand.Rand, s string) string {
	var sb strings.Builder
	changed := false
	for _, c := range s {
		switch {
		case c == '0' && r.IntN(3) == 0:
			sb.WriteByte('O')
			changed = true
		case c == '1' && r.IntN(3) == 0:
			sb.WriteByte('l')
			changed = true
		default:
			sb.WriteRune(c)
		}
	}
	if !changed {
		return strings.Replace(s, "0", "O", 1)
	}
	return sb.String()
}

// strayspace puts one space inside a run of digits or between syllables.
func strayspace(r *rand.Rand, s string) string {
	rs := []rune(s)
	if len(rs) < 3 {
		return s
	}
	at := 1 + r.IntN(len(rs)-2)
	for k := 0; k < len(rs) && (rs[at] == ' ' || rs[at-1] == ' ' || rs[at] == '-' || rs[at-1] == '-'); k++ {
		at = 1 + (at % (len(rs) - 2))
	}
	return string(rs[:at]) + " " + string(rs[at:])
}

// wrapAt breaks s with a line break (PDF) at a separator near its
// middle, keeping the separator on the first line.
func wrapAt(s string, seps string) (string, bool) {
	mid := utf8.RuneCountInString(s) / 2
	best, bestd := -1, 1<<30
	i := 0
	for k, r := range s {
		if strings.ContainsRune(seps, r) && k > 0 && k < len(s)-1 {
			d := i - mid
			if d < 0 {
				d = -d
			}
			if d < bestd {
				best, bestd = k+utf8.RuneLen(r), d
			}
		}
		i++
	}
	if best <= 0 || best >= len(s) {
		return s, false
	}
	head, tail := strings.TrimRight(s[:best], " "), strings.TrimLeft(s[best:], " ")
	if head == "" || tail == "" {
		return s, false
	}
	return head + "\n" + tail, true
}

// noisy applies, rarely, one of the extraction noises to a number.
func (b *builder) noisy(v val, scanned bool) val {
	switch {
	case scanned && b.p(1, 2):
		return val{ocr(b.r, v.s), v.q + "+ocr"}
	case b.p(1, 12):
		return val{fullWidth(v.s), v.q + "+fullwidth"}
	case b.p(1, 14):
		return val{strayspace(b.r, v.s), v.q + "+spaced"}
	}
	return v
}

// dedupe drops repeated qualities: "+spaced+spaced" is one quality.
func dedupe(q string) string {
	if q == "" {
		return q
	}
	seen := map[string]bool{}
	var out strings.Builder
	for _, x := range strings.Split(q[1:], "+") {
		if !seen[x] {
			seen[x] = true
			out.WriteString("+" + x)
		}
	}
	return out.String()
}
