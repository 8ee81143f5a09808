package archive

import (
	"strings"
	"unicode/utf8"
)

// table is a grid as a document has it: one or two header rows (equal
// neighbours in the first of two rows are one merged cell, equal labels
// above and below are one cell spanning both rows) and rows of cells.
type table struct {
	head [][]string
	rows [][]any // each row holds one cell per column: string, piece or []any
}

// cell is the placeholder place of an item written into a table; render
// replaces it with "table:<column header>" and the layout.
const cell = "cell"

// Table layouts as extraction produces them.
const (
	layBox     = "box"     // HWP, box-drawing characters
	layPipe    = "pipe"    // | a | b |
	layTab     = "tab"     // tab-separated
	laySpace   = "space"   // space-aligned, as a PDF text layer
	layCells   = "cells"   // one cell per line, row by row
	layColumns = "columns" // one cell per line, column by column (PDF)
)

// dispWidth counts Hangul and other wide characters as two columns.
func dispWidth(s string) int {
	n := 0
	for _, c := range s {
		switch {
		case c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)):
			n += 2
		default:
			n++
		}
	}
	return n
}

// leaf is the header a column's values are read against.
func (t table) leaf(c int) string {
	if len(t.head) == 0 {
		return "none"
	}
	h := strings.Join(strings.Fields(t.head[len(t.head)-1][c]), "")
	if h == "" && len(t.head) > 1 {
		h = strings.Join(strings.Fields(t.head[0][c]), "")
	}
	if h == "" {
		return "none"
	}
	return h
}

// cells resolves the pieces of every body cell and names their items.
func (d *doc) cells(t table, lay string) [][][]piece {
	out := make([][][]piece, len(t.rows))
	for i, row := range t.rows {
		out[i] = make([][]piece, len(row))
		for c, x := range row {
			ps := d.pieces(x)
			for k, p := range ps {
				if p.typ != "" && (p.form == cell || strings.HasPrefix(p.form, cell+"+")) {
					p = p.at("table:" + t.leaf(c)).with(lay)
					if len(t.head) > 1 {
						p = p.with("merged")
					}
					ps[k] = p
				}
			}
			out[i][c] = ps
		}
	}
	return out
}

func piecesWidth(ps []piece) int {
	n := 0
	for _, p := range ps {
		n += dispWidth(p.s)
	}
	return n
}

// headRuns merges equal neighbours of a header row into runs.
type run struct {
	label    string
	from, to int // columns [from, to)
}

func headRuns(row []string) []run {
	var out []run
	for c := 0; c < len(row); {
		e := c + 1
		for e < len(row) && row[e] == row[c] && row[c] != "" {
			e++
		}
		out = append(out, run{row[c], c, e})
		c = e
	}
	return out
}

// render writes t in layout lay.
func (d *doc) render(t table, lay string) {
	body := d.cells(t, lay)
	ncol := 0
	if len(t.head) > 0 {
		ncol = len(t.head[0])
	} else if len(t.rows) > 0 {
		ncol = len(t.rows[0])
	}
	// The second header row shows only the cells not merged from above.
	var h2 []string
	if len(t.head) == 2 {
		h2 = make([]string, ncol)
		for c := range ncol {
			if t.head[1][c] != t.head[0][c] {
				h2[c] = t.head[1][c]
			}
		}
	}
	switch lay {
	case layBox:
		d.renderBox(t, h2, body, ncol)
	case layPipe, layTab, laySpace:
		d.renderRows(t, h2, body, ncol, lay)
	case layCells:
		d.renderCells(t, h2, body)
	case layColumns:
		d.renderColumns(t, h2, body, ncol)
	}
}

func (d *doc) widths(t table, body [][][]piece, ncol int) []int {
	w := make([]int, ncol)
	last := len(t.head) - 1
	for i, row := range t.head {
		for c, s := range row {
			if i == last || len(t.head) == 1 || (row[c] != "" && (c == 0 || row[c-1] != row[c]) && (c == ncol-1 || row[c+1] != row[c])) {
				w[c] = max(w[c], dispWidth(s))
			}
		}
	}
	for _, row := range body {
		for c, ps := range row {
			w[c] = max(w[c], piecesWidth(ps))
		}
	}
	return w
}

func (d *doc) pad(n int) { d.raw(strings.Repeat(" ", max(0, n))) }

func (d *doc) renderBox(t table, h2 []string, body [][][]piece, ncol int) {
	w := d.widths(t, body, ncol)
	for c := range w {
		w[c] += 2
	}
	rule := func(l, m, r string, runs []run) {
		var sb strings.Builder
		sb.WriteString(l)
		for i, rn := range runs {
			if i > 0 {
				sb.WriteString(m)
			}
			n := 0
			for c := rn.from; c < rn.to; c++ {
				n += w[c]
			}
			n += rn.to - rn.from - 1
			sb.WriteString(strings.Repeat("─", n))
		}
		sb.WriteString(r)
		d.plain(sb.String() + "\n")
	}
	single := make([]run, ncol)
	for c := range ncol {
		single[c] = run{"", c, c + 1}
	}
	textRow := func(runs []run, cellsOf func(rn run) []piece) {
		d.raw("│")
		for _, rn := range runs {
			n := 0
			for c := rn.from; c < rn.to; c++ {
				n += w[c]
			}
			n += rn.to - rn.from - 1
			ps := cellsOf(rn)
			pw := piecesWidth(ps)
			left := 1
			if d.r.IntN(3) == 0 {
				left = max(1, (n-pw)/2) // centred, as headers and short cells often are
			}
			d.pad(left)
			d.flow(ps, 0)
			d.pad(n - left - pw)
			d.raw("│")
		}
		d.plain("\n")
	}
	if len(t.head) > 0 {
		top := single
		if len(t.head) == 2 {
			top = headRuns(t.head[0])
		}
		rule("┌", "┬", "┐", top)
		textRow(top, func(rn run) []piece { return []piece{{s: t.head[0][rn.from]}} })
		if len(t.head) == 2 {
			rule("├", "┼", "┤", single)
			textRow(single, func(rn run) []piece { return []piece{{s: h2[rn.from]}} })
		}
		rule("├", "┼", "┤", single)
	} else {
		rule("┌", "┬", "┐", single)
	}
	between := d.r.IntN(2) == 0
	for i, row := range body {
		textRow(single, func(rn run) []piece { return row[rn.from] })
		if between && i < len(body)-1 {
			rule("├", "┼", "┤", single)
		}
	}
	rule("└", "┴", "┘", single)
}

func (d *doc) renderRows(t table, h2 []string, body [][][]piece, ncol int, lay string) {
	w := d.widths(t, body, ncol)
	sep := d.r.IntN(2) == 0
	line := func(cells [][]piece) {
		switch lay {
		case layPipe:
			d.raw("|")
			for c, ps := range cells {
				d.raw(" ")
				d.flow(ps, 0)
				d.pad(w[c] - piecesWidth(ps))
				d.raw(" |")
			}
		case layTab:
			for c, ps := range cells {
				if c > 0 {
					d.raw("\t")
				}
				d.flow(ps, 0)
			}
		default:
			for c, ps := range cells {
				d.flow(ps, 0)
				if c < len(cells)-1 {
					d.pad(w[c] - piecesWidth(ps) + 2)
				}
			}
		}
		d.plain("\n")
	}
	hrow := func(labels []string) [][]piece {
		out := make([][]piece, len(labels))
		for c, s := range labels {
			out[c] = []piece{{s: s}}
		}
		return out
	}
	if len(t.head) > 0 {
		top := t.head[0]
		if len(t.head) == 2 {
			// A merged cell's label stands over its first column only.
			top = make([]string, ncol)
			for _, rn := range headRuns(t.head[0]) {
				top[rn.from] = rn.label
			}
		}
		line(hrow(top))
		if len(t.head) == 2 {
			line(hrow(h2))
		}
		if lay == layPipe && sep {
			d.raw("|")
			for c := range ncol {
				d.raw(strings.Repeat("-", w[c]+2) + "|")
			}
			d.plain("\n")
		}
	}
	for _, row := range body {
		line(row)
	}
}

func (d *doc) renderCells(t table, h2 []string, body [][][]piece) {
	width := 0
	if d.fmt == "pdf" {
		width = between(d.r, 12, 20)
	}
	blank := d.r.IntN(3) == 0
	if len(t.head) > 0 {
		labels := t.head[0]
		if len(t.head) == 2 {
			labels = nil
			for _, rn := range headRuns(t.head[0]) {
				labels = append(labels, rn.label)
			}
			for _, s := range h2 {
				if s != "" {
					labels = append(labels, s)
				}
			}
		}
		for _, s := range labels {
			d.plain(s + "\n")
		}
		if blank {
			d.plain("\n")
		}
	}
	for _, row := range body {
		for _, ps := range row {
			d.col = 0
			d.flow(ps, width)
			d.plain("\n")
		}
		if blank {
			d.plain("\n")
		}
	}
}

func (d *doc) renderColumns(t table, h2 []string, body [][][]piece, ncol int) {
	width := between(d.r, 10, 18)
	for c := range ncol {
		if len(t.head) == 2 {
			for _, rn := range headRuns(t.head[0]) {
				if rn.from == c {
					d.plain(rn.label + "\n")
				}
			}
			if h2[c] != "" {
				d.plain(h2[c] + "\n")
			}
		} else if len(t.head) == 1 {
			d.plain(t.head[0][c] + "\n")
		}
		for _, row := range body {
			d.col = 0
			d.flow(row[c], width)
			d.plain("\n")
		}
	}
}

// layout picks a table layout the document's format produces.
func (d *doc) layout() string {
	n := d.r.IntN(20)
	switch d.fmt {
	case "hwp":
		return []string{layBox, layBox, layBox, layBox, layBox, layBox, layBox, layPipe, layPipe, layPipe, layPipe, layTab, layTab, layTab, layTab, layTab, layCells, layCells, layCells, layCells}[n]
	case "hwpx":
		return []string{layCells, layCells, layCells, layCells, layCells, layCells, layCells, layCells, layCells, layCells, layTab, layTab, layTab, layTab, layTab, layTab, layPipe, layPipe, layPipe, layPipe}[n]
	case "docx":
		return []string{layPipe, layPipe, layPipe, layPipe, layPipe, layPipe, layPipe, layPipe, layTab, layTab, layTab, layTab, layTab, layTab, layTab, layTab, layCells, layCells, layCells, layCells}[n]
	}
	return []string{laySpace, laySpace, laySpace, laySpace, laySpace, laySpace, laySpace, laySpace, layColumns, layColumns, layColumns, layColumns, layColumns, layColumns, layColumns, layCells, layCells, layCells, layCells, layCells}[n]
}

// table renders t in a layout of the document's format.
func (d *doc) table(t table) { d.render(t, d.layout()) }

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// kv is one labelled value of a form.
type kv struct {
	key string
	val any
}

// kvs writes a form's labelled values in a layout the format produces.
// Items written with place "kv" are named "kv:<key>" plus the layout.
func (d *doc) kvs(pairs ...kv) {
	r := d.r
	var lay string
	switch d.fmt {
	case "hwp":
		lay = pick(r, []string{"colon", "colon", "box", "box", "tab", "space"})
	case "hwpx":
		lay = pick(r, []string{"cells", "cells", "colon", "tab"})
	case "docx":
		lay = pick(r, []string{"colon", "colon", "pipe", "tab"})
	default:
		lay = pick(r, []string{"colon", "colon", "space", "cells"})
	}
	bullet := pick(r, []string{"□ ", "○ ", "- ", "", "· ", "• "})
	spaced := r.IntN(3) == 0
	name := func(p kv) []piece {
		ps := d.pieces(p.val)
		for i, x := range ps {
			if x.typ != "" && (x.form == "kv" || strings.HasPrefix(x.form, "kv+")) {
				ps[i] = x.at("kv:" + strings.Join(strings.Fields(p.key), "")).with(lay)
			}
		}
		return ps
	}
	key := func(k string) string {
		if spaced && runeLen(k) == 2 {
			return strings.Join(strings.Split(k, ""), "   ")
		}
		return k
	}
	switch lay {
	case "box", "pipe":
		t := table{}
		for _, p := range pairs {
			t.rows = append(t.rows, []any{key(p.key), name(p)})
		}
		if lay == "box" {
			d.render(t, layBox)
		} else {
			d.render(t, layPipe)
		}
	case "cells":
		for _, p := range pairs {
			d.ln(key(p.key))
			d.col = 0
			w := 0
			if d.fmt == "pdf" {
				w = between(r, 14, 24)
			}
			d.flow(name(p), w)
			d.plain("\n")
		}
	case "tab":
		for _, p := range pairs {
			d.w(key(p.key), "\t")
			d.flow(name(p), 0)
			d.plain("\n")
		}
	case "space":
		wk := 0
		for _, p := range pairs {
			wk = max(wk, dispWidth(key(p.key)))
		}
		for _, p := range pairs {
			d.w(key(p.key))
			d.pad(wk - dispWidth(key(p.key)) + 3)
			d.flow(name(p), 0)
			d.plain("\n")
		}
	default:
		sep := pick(r, []string{": ", " : ", "：", " "})
		for _, p := range pairs {
			d.w(bullet, key(p.key), sep)
			d.flow(name(p), d.width)
			d.plain("\n")
		}
	}
}
