// Package xmltext streams the text out of the word-processing XML of DOCX
// (WordprocessingML), HWPX (OWPML) and HWPML. They name their elements
// alike: a paragraph, a text run, table/row/cell, tab and a line break, so
// one walker serves all three with a small vocabulary per format.
package xmltext

import (
	"encoding/xml"
	"io"

	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
)

// Vocab names the elements of one format by local name.
type Vocab struct {
	Para   string          // paragraph
	Text   string          // text run content
	Inline string          // parent inside which Tab and Breaks are characters ("" = Text)
	Table  string          // table, row and cell
	Row    string          //
	Cell   string          //
	Tab    string          // tab character
	Breaks map[string]bool // line breaks
	Spaces map[string]bool // special spaces (non-breaking, fixed width)
	Skip   map[string]bool // subtrees whose text is not shown (fallbacks, deleted text)

	Entities map[string]string // named entities beyond XML's five (HWPML declares &nbsp;)
	Decoded  bool              // the input is UTF-8 already, whatever its declaration says
}

// Walk writes the text of the XML in r to b: paragraphs end lines, cells
// of a top-level table are tab-separated with one row per line, and the
// table is a "table" block. It checks the deadline through the ticker as
// it goes.
func Walk(r io.Reader, v *Vocab, b *out.Builder, t *guard.Ticker) error {
	d := xml.NewDecoder(r)
	d.Entity = v.Entities
	if v.Decoded {
		d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	}
	inline := v.Inline
	if inline == "" {
		inline = v.Text
	}
	var (
		inText, inInline int // depth counters, not bools: elements may nest
		skip             int
		cells            []bool // per open table: inside a cell?
	)
	inCell := func() bool { return len(cells) > 0 && cells[len(cells)-1] }
	for {
		if err := t.Tick(); err != nil {
			return err
		}
		tok, err := d.RawToken()
		if err == io.EOF {
			return b.Err()
		}
		if err != nil {
			return reason.Wrap(err, reason.Corrupt, "XML")
		}
		switch el := tok.(type) {
		case xml.StartElement:
			name := el.Name.Local
			if skip > 0 || v.Skip[name] {
				skip++
				continue
			}
			switch {
			case name == v.Para:
				if inCell() {
					b.Space()
				} else {
					b.Break()
				}
			case name == v.Text:
				inText++
			case name == v.Table:
				if len(cells) == 0 {
					b.Begin("table")
				}
				cells = append(cells, false)
			case name == v.Row:
				if len(cells) == 1 {
					b.Break()
				}
			case name == v.Cell && len(cells) > 0:
				cells[len(cells)-1] = true
			}
			if name == inline {
				inInline++
			}
			if inInline > 0 {
				switch {
				case name == v.Tab:
					b.WriteString(" ")
				case v.Breaks[name]:
					if inCell() {
						b.Space()
					} else {
						b.Break()
					}
				case v.Spaces[name]:
					b.WriteString(" ")
				}
			}
		case xml.EndElement:
			name := el.Name.Local
			if skip > 0 {
				skip--
				continue
			}
			if name == inline && inInline > 0 {
				inInline--
			}
			switch {
			case name == v.Text && inText > 0:
				inText--
			case name == v.Para:
				if inCell() {
					b.Space()
				} else {
					b.Break()
				}
			case name == v.Cell && len(cells) > 0:
				cells[len(cells)-1] = false
				if len(cells) == 1 {
					b.Tab()
				} else {
					b.Space()
				}
			case name == v.Row && len(cells) == 1:
				b.Break()
			case name == v.Table && len(cells) > 0:
				cells = cells[:len(cells)-1]
				if len(cells) == 0 {
					b.End()
				} else {
					b.Space()
				}
			}
		case xml.CharData:
			if inText > 0 && skip == 0 {
				b.WriteString(string(el))
			}
		}
		if err := b.Err(); err != nil {
			return err
		}
	}
}
