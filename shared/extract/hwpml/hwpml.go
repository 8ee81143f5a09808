// Package hwpml extracts the text of HWPML, the XML format Hancom Office
// saves as .hml (and that some public systems hand out under a .hwp name):
// <HWPML><BODY><SECTION><P><TEXT><CHAR>…, tables as TABLE/ROW/CELL.
package hwpml

import (
	"bytes"
	"context"
	"encoding/xml"

	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"github.com/seoul-plaza/plaza/shared/extract/internal/xmltext"
)

var vocab = xmltext.Vocab{
	Para: "P", Text: "CHAR", Inline: "TEXT", Table: "TABLE", Row: "ROW", Cell: "CELL", Tab: "TAB",
	Breaks:   map[string]bool{"LINEBREAK": true},
	Spaces:   map[string]bool{"NBSPACE": true, "FWSPACE": true},
	Entities: xml.HTMLEntity,
	Decoded:  true,
}

// Is reports whether the start of a decoded (UTF-8) text is an HWPML
// document.
func Is(head []byte) bool {
	return bytes.Contains(head[:min(len(head), 4096)], []byte("<HWPML"))
}

// Extract returns the text of the HWPML document in data, already decoded
// to UTF-8.
func Extract(ctx context.Context, data []byte, maxText int) (out.Doc, error) {
	b := out.New(maxText)
	if err := xmltext.Walk(bytes.NewReader(data), &vocab, b, guard.NewTicker(ctx)); err != nil {
		return out.Doc{}, err
	}
	return b.Finish()
}
