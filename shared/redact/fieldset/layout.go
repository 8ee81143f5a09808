package fieldset

import (
	"strings"
	"unicode/utf8"
)

// group is a merged header cell spanning columns.
type group struct {
	title string
	span  int
}

// table is a table before text extraction flattens it.
type table struct {
	groups []group // merged header row above head, if any
	head   []string
	cells  [][]cell
}

func (t *table) add(cs ...cell) { t.cells = append(t.cells, cs) }

// Layouts: how extraction from each source delivers a table.
const (
	lPipe     = "pipe"      // HWPX/DOCX to Markdown-like text
	lTab      = "tab"       // HWP text export, spreadsheets
	lSpace    = "space"     // PDF with aligned columns
	lCellLine = "cell-line" // one cell per line (HWP, scans)
	lColMajor = "col-major" // PDF read column by column
	lWrap     = "wrapped"   // PDF: the last column wraps under itself
	lCSV      = "csv"       // spreadsheet export
	lKV       = "key-value" // web forms and e-mail: label: value per row
)

var channelLayouts = map[string][]string{
	"hwp":     {lTab, lCellLine, lPipe, lSpace},
	"hwpx":    {lPipe, lCellLine, lTab},
	"pdf":     {lSpace, lColMajor, lWrap, lCellLine},
	"docx":    {lPipe, lTab, lSpace},
	"scan":    {lSpace, lWrap, lCellLine},
	"email":   {lKV, lTab, lSpace},
	"webform": {lKV, lPipe},
	"sheet":   {lCSV, lTab},
}

func width(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 || r >= 0xff00 && r <= 0xff60 || r == '○' || r == '「' || r == '」') {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// table writes t in a layout that suits the document's channel.
func (b *builder) table(t *table) {
	l := pick(b.r, channelLayouts[b.ch])
	b.tableIn(t, l)
}

func (b *builder) tableIn(t *table, l string) {
	n := len(t.head)
	wd := make([]int, n)
	for i, h := range t.head {
		wd[i] = width(h)
	}
	for _, row := range t.cells {
		for i, c := range row {
			if w := width(c.String()); w > wd[i] {
				wd[i] = w
			}
		}
	}
	groupLine := func(sep string, pad bool) {
		if len(t.groups) == 0 {
			return
		}
		col := 0
		for gi, g := range t.groups {
			s := g.title
			if pad {
				w := 0
				for k := col; k < col+g.span; k++ {
					w += wd[k] + 2
				}
				if gi < len(t.groups)-1 {
					s += strings.Repeat(" ", max(1, w-width(s)))
				}
			} else {
				s += strings.Repeat(sep, g.span-1)
				if gi < len(t.groups)-1 {
					s += sep
				}
			}
			b.text(s)
			col += g.span
		}
		b.text("\n")
	}
	switch l {
	case lPipe:
		if len(t.groups) > 0 {
			b.text("|")
			for _, g := range t.groups {
				b.text(" " + g.title + " |" + strings.Repeat("  |", g.span-1))
			}
			b.text("\n")
		}
		b.text("| " + strings.Join(t.head, " | ") + " |\n")
		if b.chance(60) {
			b.text("|" + strings.Repeat("---|", n) + "\n")
		}
		for _, row := range t.cells {
			b.text("|")
			for _, c := range row {
				b.text(" ")
				b.cell(c)
				b.text(" |")
			}
			b.text("\n")
		}
	case lTab, lCSV:
		sep := "\t"
		if l == lCSV {
			sep = ","
		}
		groupLine(sep, false)
		b.text(strings.Join(t.head, sep) + "\n")
		for _, row := range t.cells {
			for i, c := range row {
				if i > 0 {
					b.text(sep)
				}
				q := l == lCSV && strings.ContainsAny(c.String(), ",\"")
				if q {
					b.text("\"")
				}
				b.cell(c)
				if q {
					b.text("\"")
				}
			}
			b.text("\n")
		}
	case lSpace, lWrap:
		groupLine("", true)
		for i, h := range t.head {
			b.text(h)
			if i < n-1 {
				b.text(strings.Repeat(" ", wd[i]-width(h)+2))
			}
		}
		b.text("\n")
		limit := 0
		if l == lWrap {
			limit = 14 + b.r.IntN(8)
		}
		for _, row := range t.cells {
			indent := 0
			for i, c := range row {
				if i < n-1 {
					b.cell(c)
					b.text(strings.Repeat(" ", wd[i]-width(c.String())+2))
					indent += wd[i] + 2
					continue
				}
				if limit > 0 {
					c = wrapCell(c, limit, strings.Repeat(" ", indent))
				}
				b.cell(c)
			}
			b.text("\n")
		}
	case lCellLine:
		for _, h := range t.head {
			b.text(h + "\n")
		}
		for _, row := range t.cells {
			b.text("\n")
			for _, c := range row {
				if c.String() == "" {
					b.text("\n")
					continue
				}
				b.cell(c)
				b.text("\n")
			}
		}
	case lColMajor:
		for i, h := range t.head {
			b.text(h + "\n")
			for _, row := range t.cells {
				if row[i].String() != "" {
					b.cell(row[i])
					b.text("\n")
				}
			}
		}
	case lKV:
		for k, row := range t.cells {
			oneLine := b.chance(50)
			if !oneLine {
				b.text("[" + itoa(k+1) + "]\n")
			}
			for i, c := range row {
				if oneLine {
					if i > 0 {
						b.text(" / ")
					}
				}
				b.text(t.head[i] + ": ")
				b.cell(c)
				if !oneLine {
					b.text("\n")
				}
			}
			if oneLine {
				b.text("\n")
			}
		}
	}
	b.text("\n")
}

// wrapCell breaks a long cell at the spaces after limit columns, the way
// a PDF wraps text in a narrow column: the continuation starts on the
// next line under the column. A value broken this way stays one item
// whose span contains the line break.
func wrapCell(c cell, limit int, indent string) cell {
	out := make(cell, len(c))
	w := 0
	for i, x := range c {
		var sb strings.Builder
		s := x.s
		for j, r := range s {
			rw := width(string(r))
			last := i == len(c)-1 && j+utf8.RuneLen(r) == len(s)
			if r == ' ' && w >= limit && !last && j > 0 {
				sb.WriteString("\n" + indent)
				w = 0
				continue
			}
			sb.WriteRune(r)
			w += rw
		}
		x.s = sb.String()
		out[i] = x
	}
	return out
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
