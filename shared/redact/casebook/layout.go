package casebook

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// nm is a mention of p's name as usually written.
func (w *writer) nm(p *person, q ...string) seg {
	return personal(tName, p.name, append([]string{p.q, p.ctx}, q...)...)
}

// nmSpaced writes a Korean name with spaces inside, as forms and OCR do.
func (w *writer) nmSpaced(p *person) seg {
	if p.nat != nil {
		return w.nm(p)
	}
	var v string
	if w.chance(0.5) || utf8.RuneCountInString(p.given) < 2 {
		v = p.sur + " " + p.given
	} else {
		rs := []rune(p.given)
		parts := []string{p.sur}
		for _, r := range rs {
			parts = append(parts, string(r))
		}
		v = strings.Join(parts, " ")
	}
	return personal(tName, v, p.q, p.ctx, "+spaced")
}

// nmLatin writes p's name in Latin letters.
func (w *writer) nmLatin(p *person) seg {
	v, q := w.latin(p)
	pq := strings.ReplaceAll(p.q, "+transcribed", "")
	return personal(tName, v, pq, p.ctx, q)
}

// nmv is a mention in whatever form the writer of the document chose.
func (w *writer) nmv(p *person) seg {
	x := w.r.IntN(100)
	switch {
	case p.nat != nil && x < 30:
		return w.nmLatin(p)
	case p.nat == nil && x < 7:
		return w.nmSpaced(p)
	}
	return w.nm(p)
}

// header normalises a table or form header for an item's form.
func header(h string) string {
	h = strings.Join(strings.Fields(h), "")
	return strings.NewReplacer("+", "", ":", "", "\n", "").Replace(h)
}

// Table styles, as text extraction renders a table.
const (
	stPipe    = "pipe"    // | a | b |
	stTab     = "tab"     // a\tb
	stAligned = "aligned" // columns padded with spaces
	stCells   = "cells"   // one cell per line
	stBox     = "box"     // box-drawing borders
	stPDF     = "pdf_columns"
	stCSV     = "csv"
)

// tableStyle picks a rendering that the document's source produces.
func (w *writer) tableStyle() string {
	switch w.src {
	case srcHWP:
		return w.pick(stPipe, stPipe, stCells, stTab, stBox)
	case srcHWPX:
		return w.pick(stCells, stCells, stTab, stPipe)
	case srcDOCX:
		return w.pick(stTab, stTab, stPipe)
	case srcPDF:
		return w.pick(stAligned, stAligned, stPDF, stCells)
	case srcScan:
		return w.pick(stAligned, stBox, stPipe)
	case srcExport:
		return w.pick(stCSV, stCSV, stTab, stAligned)
	}
	return w.pick(stTab, stAligned, stPipe)
}

// table is a grid of cells with its header.
type table struct {
	heads []string // nil when the table has no header row
	tops  []string // upper row of a two-row header; "" where a header spans both rows
	rows  [][][]seg
	style string
}

// cell flattens parts into a cell.
func cell(parts ...any) []seg { return segs(parts...) }

func cellText(c []seg) string {
	var b strings.Builder
	for _, s := range c {
		b.WriteString(s.s)
	}
	return b.String()
}

// table writes t in its style.
func (w *writer) table(t table) {
	if t.style == "" {
		t.style = w.tableStyle()
	}
	n := len(t.rows[0])
	ctx := make([]string, n)
	for j := range ctx {
		c := "table"
		if t.heads != nil && header(t.heads[j]) != "" {
			c += ":" + header(t.heads[j])
		}
		c += "+" + t.style
		if t.tops != nil && t.tops[j] != "" {
			c += "+merged"
		}
		if t.heads == nil {
			c += "+noheader"
		}
		ctx[j] = c
	}
	if t.style == stPipe || t.style == stCells || t.style == stPDF || t.style == stTab {
		for _, row := range t.rows {
			for j := range row {
				row[j] = w.wrapCell(row[j])
			}
		}
	}
	var headRows [][]string
	if t.heads != nil {
		if t.tops != nil {
			top, sub := make([]string, n), make([]string, n)
			for j := 0; j < n; j++ {
				switch {
				case t.tops[j] == "":
					top[j] = t.heads[j]
				case j == 0 || t.tops[j-1] != t.tops[j]:
					top[j], sub[j] = t.tops[j], t.heads[j]
				default:
					sub[j] = t.heads[j]
				}
			}
			headRows = [][]string{top, sub}
		} else {
			headRows = [][]string{t.heads}
		}
	}
	switch t.style {
	case stPipe, stTab, stCSV:
		sep, open, close := " | ", "| ", " |"
		if t.style == stTab {
			sep, open, close = "\t", "", ""
		}
		if t.style == stCSV {
			sep, open, close = ",", "", ""
		}
		for _, h := range headRows {
			w.txt(open + strings.Join(h, sep) + close + "\n")
		}
		if t.style == stPipe && t.heads != nil && w.chance(0.3) {
			w.txt(strings.Repeat("|---", n) + "|\n")
		}
		for _, row := range t.rows {
			w.txt(open)
			for j, c := range row {
				if j > 0 {
					w.txt(sep)
				}
				if t.style == stCSV && strings.ContainsAny(cellText(c), ",\"\n") {
					w.put(ctx[j], "\"", c, "\"")
				} else {
					w.put(ctx[j], c)
				}
			}
			w.txt(close + "\n")
		}
	case stCells:
		for _, h := range headRows {
			for _, x := range h {
				w.txt(x + "\n")
			}
		}
		blank := w.chance(0.4)
		for _, row := range t.rows {
			if blank {
				w.nl()
			}
			for j, c := range row {
				w.put(ctx[j], c)
				w.nl()
			}
		}
	case stPDF:
		for j := 0; j < n; j++ {
			for _, h := range headRows {
				if h[j] != "" {
					w.txt(h[j] + "\n")
				}
			}
			for _, row := range t.rows {
				w.put(ctx[j], row[j])
				w.nl()
			}
		}
	case stAligned, stBox:
		wd := make([]int, n)
		for _, h := range headRows {
			for j, x := range h {
				wd[j] = max(wd[j], strWidth(x))
			}
		}
		for _, row := range t.rows {
			for j, c := range row {
				wd[j] = max(wd[j], strWidth(cellText(c)))
			}
		}
		box := t.style == stBox
		rule := func(l, m, r string) {
			if !box {
				return
			}
			var b strings.Builder
			b.WriteString(l)
			for j := range wd {
				if j > 0 {
					b.WriteString(m)
				}
				b.WriteString(strings.Repeat("─", wd[j]+1))
			}
			b.WriteString(r + "\n")
			w.txt(b.String())
		}
		gap := "  "
		if box {
			gap = "│"
		}
		rule("┌", "┬", "┐")
		for _, h := range headRows {
			if box {
				w.txt("│")
			}
			for j, x := range h {
				if j > 0 {
					w.txt(gap)
				}
				w.txt(x + strings.Repeat(" ", wd[j]-strWidth(x)+boolInt(box)))
			}
			if box {
				w.txt("│")
			}
			w.nl()
		}
		if headRows != nil {
			if box {
				rule("├", "┼", "┤")
			} else if w.chance(0.5) {
				w.txt(strings.Repeat("-", sum(wd)+2*n) + "\n")
			}
		}
		for _, row := range t.rows {
			if box {
				w.txt("│")
			}
			for j, c := range row {
				if j > 0 {
					w.txt(gap)
				}
				w.put(ctx[j], c)
				pad := wd[j] - strWidth(cellText(c)) + boolInt(box)
				if j < n-1 || box {
					w.txt(strings.Repeat(" ", pad))
				}
			}
			if box {
				w.txt("│")
			}
			w.nl()
		}
		rule("└", "┴", "┘")
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// wrapCell sometimes breaks a long value over two lines, as a narrow
// cell does when its text is extracted.
func (w *writer) wrapCell(c []seg) []seg {
	out := make([]seg, len(c))
	copy(out, c)
	for i, s := range out {
		if s.typ == "" || !w.chance(0.12) {
			continue
		}
		v := s.s
		switch s.typ {
		case tAddress:
			sp := strings.LastIndex(v[:len(v)/2+1], " ")
			if sp < 0 {
				sp = strings.Index(v, " ")
			}
			if sp > 0 {
				v = v[:sp] + "\n" + v[sp+1:]
			}
		case tName:
			rs := []rune(v)
			if strings.Contains(v, " ") {
				v = strings.Replace(v, " ", "\n", 1)
			} else if len(rs) >= 4 {
				v = string(rs[:2]) + "\n" + string(rs[2:])
			}
		case tMobile, tAccount, tLandline:
			if k := strings.LastIndex(v, "-"); k > 0 {
				v = v[:k+1] + "\n" + v[k+1:]
			}
		}
		if v != s.s {
			out[i].s = v
			out[i].q += "+wrapped"
		}
	}
	return out
}

// field is one label and value of a form.
type field struct {
	label string
	val   []seg
}

func fld(label string, parts ...any) field { return field{label, segs(parts...)} }

// kvLine writes one "label: value" line in one of the styles forms use;
// a document keeps one style.
func (w *writer) kvLine(style int, f field) {
	lab := f.label
	spaced := lab
	if rs := []rune(lab); len(rs) == 2 {
		spaced = string(rs[0]) + "    " + string(rs[1])
	} else if len(rs) == 3 {
		spaced = string(rs[0]) + " " + string(rs[1]) + " " + string(rs[2])
	}
	ctx := "kv:" + header(lab)
	switch style {
	case 0:
		w.put(ctx, lab+": ", f.val)
	case 1:
		w.put(ctx, spaced+" : ", f.val)
	case 2:
		w.put(ctx, "○ "+lab+" : ", f.val)
	case 3:
		w.put(ctx, "- "+lab+": ", f.val)
	case 4:
		w.put(ctx, lab+"\t", f.val)
	case 5:
		w.put(ctx, "["+lab+"] ", f.val)
	case 6:
		w.put(ctx, "  ㅇ "+lab+" : ", f.val)
	default:
		w.put(ctx, lab+" ", f.val)
	}
	w.nl()
}

// kvBlock writes fields one per line in the document's label style.
func (w *writer) kvBlock(fs ...field) {
	style := w.r.IntN(8)
	for _, f := range fs {
		w.kvLine(style, f)
	}
}

// formTable writes fields as a form table: labels in cells beside their
// values, perRow pairs to a row.
func (w *writer) formTable(perRow int, fs ...field) {
	style := w.pick(stPipe, stPipe, stTab, stCells, stBox)
	if w.src == srcPDF {
		style = w.pick(stCells, stTab)
	}
	if w.src == srcScan {
		style = w.pick(stPipe, stBox)
	}
	box := style == stBox
	if box {
		w.txt("┌" + strings.Repeat("─", 30) + "┐\n")
	}
	for i := 0; i < len(fs); i += perRow {
		switch style {
		case stPipe, stBox:
			bar := "|"
			if box {
				bar = "│"
			}
			w.txt(bar)
			for _, f := range fs[i:min(i+perRow, len(fs))] {
				w.put("kv:"+header(f.label)+"+"+style, " "+f.label+" "+bar+" ", f.val, " "+bar)
			}
			w.nl()
			if box && i+perRow < len(fs) {
				w.txt("├" + strings.Repeat("─", 30) + "┤\n")
			}
		case stTab:
			for k, f := range fs[i:min(i+perRow, len(fs))] {
				if k > 0 {
					w.txt("\t")
				}
				w.put("kv:"+header(f.label)+"+tab", f.label+"\t", f.val)
			}
			w.nl()
		default:
			for _, f := range fs[i:min(i+perRow, len(fs))] {
				w.txt(f.label + "\n")
				w.put("kv:"+header(f.label)+"+cells", f.val)
				w.nl()
			}
		}
	}
	if box {
		w.txt("└" + strings.Repeat("─", 30) + "┘\n")
	}
}

// List separators.
const (
	lsComma   = "comma"
	lsMiddot  = "middot"
	lsSlash   = "slash"
	lsNewline = "newline"
)

// list writes items as a list in one of the ways Korean documents write
// them; each item is a slice of segs.
func (w *writer) list(style string, items [][]seg) {
	ctx := "list+" + style
	num := w.pick("%d. ", "- ", "  ", "(%d) ", "%d) ")
	for i, it := range items {
		switch style {
		case lsComma:
			if i > 0 {
				w.txt(w.pick(", ", ", ", ","))
			}
		case lsMiddot:
			if i > 0 {
				w.txt(w.pick("·", "ㆍ", "·"))
			}
		case lsSlash:
			if i > 0 {
				w.txt(w.pick("/", " / "))
			}
		case lsNewline:
			if i > 0 {
				w.nl()
			}
			if strings.Contains(num, "%d") {
				w.txt(fmt.Sprintf(num, i+1))
			} else {
				w.txt(num)
			}
		}
		w.put(ctx, it)
	}
}

func (w *writer) listStyle() string {
	return w.pick(lsComma, lsComma, lsMiddot, lsSlash, lsNewline)
}

// Speaker notations of minutes and transcripts.
const (
	spCircle  = "circle"  // ○위원장 김철수
	spColon   = "colon"   // 김철수 위원 :
	spBracket = "bracket" // [김철수]
	spParen   = "paren"   // 민원인(김철수):
)

// turn writes one speaker's turn. p is nil for a speaker known only by
// position, who is an official in duty.
func (w *writer) turn(style, role string, p *person, text ...any) {
	ctx := "speaker+" + style
	if w.colon == "" {
		w.colon = w.pick(": ", " : ", " : ", ":  ")
	}
	var who seg
	if p != nil {
		who = w.nm(p)
		if w.chance(0.08) {
			who = w.nmSpaced(p)
		}
	}
	switch {
	case p == nil && style == spCircle:
		w.put(ctx, "○", keep("position", role), "  ")
	case p == nil && style == spBracket:
		w.put(ctx, "[", keep("position", role), "] ")
	case p == nil:
		w.put(ctx, keep("position", role), w.colon)
	case style == spCircle:
		if role == "" {
			w.put(ctx, "○", who, "  ")
		} else {
			w.put(ctx, "○"+role+" ", who, "  ")
		}
	case style == spColon:
		if role == "" {
			w.put(ctx, who, w.colon)
		} else {
			w.put(ctx, who, " "+role+w.colon)
		}
	case style == spBracket:
		w.put(ctx, "[", who, "] ")
	default:
		w.put(ctx, role+"(", who, ")"+w.colon)
	}
	w.flow = true
	w.put("body", text...)
	w.flow = false
	w.nl()
}

// official is a named official in duty.
type official struct {
	name, rank string
}

// staff names the drafter and the approver, who are exempt.
func (w *writer) staff() (drafter, approver official) {
	a, b := w.citizen(adult), w.citizen(adult)
	drafter = official{a.name, w.pick("주무관", "주무관", "행정주사보", "사회복지주사", "행정주사", "보건주사")}
	approver = official{b.name, w.pick("과장", "팀장", "국장", "소장", "과장 전결")}
	w.doc.Exempt = []string{a.name, b.name}
	return drafter, approver
}
