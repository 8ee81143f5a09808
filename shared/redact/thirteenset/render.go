package thirteenset

import (
	"strings"
	"unicode/utf8"
)

// cell is one table cell: plain text, a planted item or a negative, with
// text around the value inside the same cell.
type cell struct {
	pre, s, post string
	typ, neg     string
	q            string
	wrap         int // byte offset in s of a break, 0 for none
}

func tx(s string) cell { return cell{s: s} }

func ng(kind, s string) cell { return cell{s: s, neg: kind} }

// table collects rows and renders them in one of the extraction layouts.
type table struct {
	g     *gen
	place string // pipe, tab, space, cells, pdf
	head  []string
	rows  [][]cell
	memo  string // lets a row's later cells agree with its earlier ones
}

var tablePlaces = []string{"pipe", "tab", "space", "cells", "cells", "pdf", "pdf"}

func (g *gen) table(head ...string) *table {
	return &table{g: g, place: pick(g.r, tablePlaces), head: head}
}

func (t *table) form() string { return "table." + t.place }

// c makes an item cell with a drawn quality.
func (t *table) c(typ, v string) cell {
	g := t.g
	q := g.quality(typ, "table")
	if q == "wrapped" {
		q = "plain"
	}
	out := g.shape(typ, q, v, 0)
	if out == v && noisy(q) {
		q = g.ctxOr("plain")
	}
	return cell{s: out, typ: typ, q: q}
}

// addrCell makes an address cell, which the layout may wrap.
func (t *table) addrCell(p *person) cell {
	g := t.g
	c := cell{s: p.addr, typ: "address", q: g.ctxOr("plain")}
	if chance(g.r, 30) {
		c.q = "wrapped"
		c.wrap = breakAt(p.addr, p.addrWrap)
	}
	return c
}

// nameCell makes a name cell; foreigners appear in Latin script.
func (t *table) nameCell(p *person) cell {
	g := t.g
	if p.foreign {
		if chance(g.r, 60) {
			return cell{s: p.name, typ: "name", q: "latin"}
		}
		return cell{s: p.hangul, typ: "name", q: "transcribed"}
	}
	q := g.ctxOr("plain")
	s := p.name
	if chance(g.r, 5) {
		q, s = "spaced", spaced(g.r, "name", s)
	}
	return cell{s: s, typ: "name", q: q}
}

func (g *gen) ctxOr(q string) string {
	if g.ctx != "" {
		return g.ctx
	}
	return q
}

func (t *table) add(cs ...cell) { t.rows = append(t.rows, cs) }

func dispWidth(s string) int {
	w := 0
	for _, c := range s {
		switch {
		case c >= 0x1100 && c <= 0x11FF, c >= 0x2E80 && c <= 0xA4CF, c >= 0xAC00 && c <= 0xD7A3, c >= 0xF900 && c <= 0xFAFF, c >= 0xFF00 && c <= 0xFF60, c == '㈜':
			w += 2
		default:
			w++
		}
	}
	return w
}

func (c cell) width() int {
	s := c.s
	if c.wrap > 0 {
		s = s[:c.wrap]
	}
	return dispWidth(c.pre + s + c.post)
}

// write renders the table. Wrapped cells break only where a layout can
// keep the value contiguous: the last column of a space-aligned table,
// or anywhere in one-cell-per-line output.
func (t *table) write() {
	g := t.g
	r := g.r
	n := len(t.head)
	// Wrapped cells break only where a layout keeps the value whole.
	for _, row := range t.rows {
		for i := range row {
			c := &row[i]
			if c.wrap > 0 && !(t.place == "cells" || ((t.place == "pdf" || t.place == "space") && i == n-1)) {
				c.wrap = 0
				if c.q == "wrapped" {
					c.q = g.ctxOr("plain")
				}
			}
		}
	}
	widths := make([]int, n)
	for i, h := range t.head {
		widths[i] = dispWidth(h)
	}
	for _, row := range t.rows {
		for i, c := range row {
			if w := c.width(); w > widths[i] {
				widths[i] = w
			}
		}
	}
	gap := 2 + r.IntN(3)
	indent := ""
	if t.place == "pdf" {
		indent = strings.Repeat(" ", r.IntN(3))
	}
	starts := make([]int, n)
	x := len(indent)
	for i := range widths {
		starts[i] = x
		x += widths[i] + gap
	}
	cellOut := func(c cell, i int) {
		g.w(c.pre)
		s := c.s
		q := c.q
		if c.wrap > 0 {
			ind := ""
			if t.place != "cells" {
				ind = strings.Repeat(" ", starts[i])
			}
			s = wrap(s, c.wrap, ind)
		}
		switch {
		case c.typ != "":
			g.put(c.typ, t.form(), q, s)
		case c.neg != "":
			g.neg(c.neg, s)
		default:
			g.w(s)
		}
		g.w(c.post)
	}
	pad := func(c cell, i int) {
		if i < n-1 {
			g.w(strings.Repeat(" ", widths[i]-c.width()+gap))
		}
	}
	switch t.place {
	case "pipe":
		outer := chance(r, 70)
		line := func(cs []string) {
			if outer {
				g.w("| ")
			}
			g.w(strings.Join(cs, " | "))
			if outer {
				g.w(" |")
			}
			g.w("\n")
		}
		line(t.head)
		dash := make([]string, n)
		for i := range dash {
			dash[i] = pick(r, []string{"---", ":---:", "---"})
		}
		line(dash)
		for _, row := range t.rows {
			if outer {
				g.w("| ")
			}
			for i, c := range row {
				if i > 0 {
					g.w(" | ")
				}
				cellOut(c, i)
			}
			if outer {
				g.w(" |")
			}
			g.w("\n")
		}
	case "tab":
		g.w(strings.Join(t.head, "\t"), "\n")
		for _, row := range t.rows {
			for i, c := range row {
				if i > 0 {
					g.w("\t")
				}
				cellOut(c, i)
			}
			g.w("\n")
		}
	case "cells":
		for _, h := range t.head {
			g.w(letterspace(r, h), "\n")
		}
		for _, row := range t.rows {
			for i, c := range row {
				cellOut(c, i)
				g.w("\n")
			}
		}
	default: // space, pdf
		hs := make([]cell, n)
		for i, h := range t.head {
			hs[i] = tx(h)
		}
		writeRow := func(row []cell) {
			g.w(indent)
			for i, c := range row {
				cellOut(c, i)
				if i < n-1 && t.place == "pdf" && i > 0 && i < n-2 && chance(r, 4) {
					// PDF text layers sometimes end a row early and
					// carry the rest over, indented to its column.
					g.w("\n", strings.Repeat(" ", starts[i+1]))
					continue
				}
				pad(c, i)
			}
			g.w("\n")
		}
		writeRow(hs)
		if t.place == "space" && chance(r, 50) {
			g.w(strings.Repeat("-", x-gap), "\n")
		}
		for j, row := range t.rows {
			if t.place == "pdf" && j > 0 && j == len(t.rows)/2 && chance(r, 25) {
				g.wf("\n- %d -\n\n", 2+r.IntN(3))
				writeRow(hs)
			}
			writeRow(row)
		}
	}
	g.w("\n")
}

// letterspace spreads a two- or three-syllable label as HWP forms do.
func letterspace(r interface{ IntN(int) int }, s string) string {
	if utf8.RuneCountInString(s) == 2 && r.IntN(3) == 0 {
		rs := []rune(s)
		return string(rs[0]) + "   " + string(rs[1])
	}
	return s
}

// kv writes "label: value" in the document's house style.
func (g *gen) label(l string) {
	switch g.kvSty {
	case 0:
		g.w("  - ", l, ": ")
	case 1:
		g.w("  ○ ", l, " : ")
	case 2:
		rs := []rune(l)
		if len(rs) == 2 {
			l = string(rs[0]) + "    " + string(rs[1])
		}
		g.w("  ", l, " : ")
	case 3:
		g.w("□ ", l, ": ")
	default:
		g.w("  · ", l, " ")
	}
}

func (g *gen) kvVal(l, typ, v string) {
	g.label(l)
	g.val(typ, "kv", v)
	g.w("\n")
}

func (g *gen) kvNeg(l, kind, v string) {
	g.label(l)
	g.neg(kind, v)
	g.w("\n")
}

func (g *gen) kvText(l, v string) {
	g.label(l)
	g.w(v, "\n")
}
