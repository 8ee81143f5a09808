package docset

import (
	"strings"
	"unicode/utf8"
)

// Table layouts, as text extraction produces them from HWP, HWPX and PDF.
const (
	LayoutPipeRule    = "pipe_rule"     // | 성명 | 주소 |, a |---| rule, then rows
	LayoutPipe        = "pipe"          // |-separated rows without a rule
	LayoutSpaces      = "spaces"        // columns aligned with two or more spaces
	LayoutTabs        = "tabs"          // tab-separated columns
	LayoutCellPerLine = "cell_per_line" // every cell on its own line, no separators
	LayoutKV          = "kv"            // "성    명: 홍길동" blocks, one per record
)

// Layouts lists every layout in report order.
func Layouts() []string {
	return []string{LayoutPipeRule, LayoutPipe, LayoutSpaces, LayoutTabs, LayoutCellPerLine, LayoutKV}
}

// table is a table of cells; a cell is a list of segments.
type table struct {
	caption string   // printed above the table ("< 지급 내역 >")
	unit    string   // "(단위: 원)"
	group   []string // upper header row of a two-level header (cell_per_line)
	head    []string
	rows    [][][]seg
	noHead  bool   // a continuation page: the header row is not repeated
	record  string // kv: the label of each record ("대상자")
}

func (t *table) add(cells ...any) {
	row := make([][]seg, len(cells))
	for i, c := range cells {
		row[i] = segs(c)
	}
	t.rows = append(t.rows, row)
}

// canon is a header as a form names it: without spaces.
func canon(h string) string { return strings.Join(strings.Fields(h), "") }

// width is the display width of s: Hangul and other wide characters count
// two columns.
func width(s string) int {
	w := 0
	for _, c := range s {
		switch {
		case c >= 0x1100 && c <= 0x115F, c >= 0x2E80 && c <= 0xA4CF, c >= 0xAC00 && c <= 0xD7A3,
			c >= 0xF900 && c <= 0xFAFF, c >= 0xFF00 && c <= 0xFF60, c >= 0xFFE0 && c <= 0xFFE6:
			w += 2
		default:
			w++
		}
	}
	return w
}

// tableLayout picks a layout among those a template allows (all grid
// layouts when none is named).
func (b *builder) tableLayout(allowed ...string) string {
	if len(allowed) == 0 {
		allowed = []string{LayoutPipeRule, LayoutPipe, LayoutSpaces, LayoutTabs, LayoutCellPerLine, LayoutCellPerLine}
	}
	return pick(b.r, allowed)
}

// table writes t in a layout. Each column's items get the form
// "table.<layout>:<header>" ("kv:<key>" for key-value blocks), and
// "(none)" as the header when the header row is not printed.
func (b *builder) table(t table, lay string) {
	if lay != LayoutKV && !t.noHead && len(t.rows) >= 5 && b.chance(0.2) {
		// A page break: the rest of the rows come after the page number,
		// often without the header row.
		at := 2 + b.intn(len(t.rows)-3)
		first, rest := t, t
		first.rows, rest.rows = t.rows[:at], t.rows[at:]
		rest.caption, rest.unit, rest.group = "", "", nil
		rest.noHead = b.chance(0.6)
		b.table(first, lay)
		b.line("", "")
		b.line("", "- ", itoa(2+b.intn(3)), " -")
		b.line("", "")
		b.table(rest, lay)
		return
	}
	if t.caption != "" {
		b.line("body", t.caption)
	}
	if t.unit != "" {
		b.line("body", t.unit)
	}
	ctx := func(i int) string {
		if lay == LayoutKV {
			return "kv:" + canon(t.head[i])
		}
		if t.noHead {
			return "table." + lay + ":(none)"
		}
		return "table." + lay + ":" + canon(t.head[i])
	}
	switch lay {
	case LayoutPipeRule, LayoutPipe:
		outer := lay == LayoutPipeRule || !b.holdout() || b.chance(0.5)
		row := func(cells [][]seg) {
			if outer {
				b.put("", "| ")
			}
			for i, c := range cells {
				if i > 0 {
					b.put("", " | ")
				}
				b.put(ctx(i), c)
			}
			if outer {
				b.put("", " |")
			}
			b.put("", "\n")
		}
		if !t.noHead {
			row(headCells(t.head))
			if lay == LayoutPipeRule {
				rule := "---"
				if b.holdout() {
					rule = pickOf(b.r, "---", " --- ", ":---", ":---:")
				}
				b.line("", "|"+strings.Repeat(rule+"|", len(t.head)))
			}
		}
		for _, r := range t.rows {
			row(r)
		}
	case LayoutSpaces:
		gap := 2 + b.intn(2)
		if b.holdout() {
			gap = 2 + b.intn(5)
		}
		w := make([]int, len(t.head))
		all := t.rows
		if !t.noHead {
			all = append([][][]seg{headCells(t.head)}, t.rows...)
		}
		for _, r := range all {
			for i, c := range r {
				w[i] = max(w[i], width(text(c)))
			}
		}
		for _, r := range all {
			for i, c := range r {
				b.put(ctx(i), c)
				if i < len(r)-1 {
					b.put("", strings.Repeat(" ", w[i]-width(text(c))+gap))
				}
			}
			b.put("", "\n")
		}
	case LayoutTabs:
		row := func(cells [][]seg) {
			for i, c := range cells {
				if i > 0 {
					b.put("", "\t")
				}
				b.put(ctx(i), c)
			}
			b.put("", "\n")
		}
		if !t.noHead {
			row(headCells(t.head))
		}
		for _, r := range t.rows {
			row(r)
		}
	case LayoutCellPerLine:
		if !t.noHead {
			for _, g := range t.group {
				b.line("", g)
			}
			for _, h := range t.head {
				b.line("", h)
			}
		}
		for _, r := range t.rows {
			for i, c := range r {
				b.put(ctx(i), c)
				b.put("", "\n")
			}
		}
	case LayoutKV:
		b.kv(t, ctx)
	default:
		panic("docset: unknown layout " + lay)
	}
}

func headCells(h []string) [][]seg {
	out := make([][]seg, len(h))
	for i, s := range h {
		out[i] = []seg{plain(s)}
	}
	return out
}

// spread writes a short key the way forms space it out: "성    명",
// "연 락 처".
func spread(k string) string {
	rs := []rune(k)
	switch len(rs) {
	case 2:
		return string(rs[0]) + "    " + string(rs[1])
	case 3:
		return string(rs[0]) + " " + string(rs[1]) + " " + string(rs[2])
	}
	return k
}

// kv writes each record of t as key-value lines.
func (b *builder) kv(t table, ctx func(int) string) {
	style := b.intn(4)
	if b.holdout() {
		style = b.intn(7)
	}
	spreadKeys := b.chance(0.5)
	label := t.record
	if label == "" {
		label = "대상자"
	}
	labelStyle := 0
	if b.holdout() && style >= 4 {
		labelStyle = 1 + b.intn(2)
	}
	for n, r := range t.rows {
		if len(t.rows) > 1 {
			switch labelStyle {
			case 1:
				b.line("", "[", label, " ", itoa(n+1), "]")
			case 2:
				b.line("", "<", itoa(n+1), ">")
			default:
				b.line("", itoa(n+1), ". ", label, " ", itoa(n+1))
			}
		}
		var cols []int
		for i, c := range r {
			if text(c) != "" {
				cols = append(cols, i)
			}
		}
		for j, i := range cols {
			k := t.head[i]
			if spreadKeys && utf8.RuneCountInString(k) <= 3 {
				k = spread(k)
			}
			switch style {
			case 0, 6:
				b.put("", k, ": ")
			case 1:
				b.put("", k, " : ")
			case 2:
				b.put("", "  ○ ", k, ": ")
			case 3:
				b.put("", "  - ", k, " : ")
			case 4:
				b.put("", k, "：")
			case 5: // no colon, aligned by spaces
				b.put("", k, strings.Repeat(" ", max(2, 12-width(k))))
			}
			b.put(ctx(i), r[i])
			if style == 6 && j%2 == 0 && j < len(cols)-1 {
				// two pairs a line, as PDF extraction joins them
				b.put("", "    ")
				continue
			}
			b.put("", "\n")
		}
		if n < len(t.rows)-1 && b.chance(0.5) {
			b.put("", "\n")
		}
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
