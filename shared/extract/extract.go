// Package extract turns the files attached to a document into text. It
// sniffs content rather than trusting the extension, and fails with a
// reason code, never with garbage, on what it cannot read.
package extract

import (
	"bytes"
	"context"
	"strings"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/document"
	"golang.org/x/text/unicode/norm"
)

// Result is the text of one file.
type Result struct {
	Text   string            `json:"text"`
	Format string            `json:"format"` // text, hwp, hwpx, pdf, docx
	Pages  int               `json:"pages,omitempty"`
	Meta   map[string]string `json:"meta,omitempty"`
}

// Extractor reads files.
type Extractor struct{}

// New returns an Extractor.
func New() *Extractor { return &Extractor{} }

// Extract returns the text of data. Failures are *document.Problem with
// codes extract.*.
func (x *Extractor) Extract(ctx context.Context, name string, data []byte) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, document.Errorf("extract.timeout", "extraction deadline passed")
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return Result{}, document.Errorf("extract.unsupported", "file "+name+" is not UTF-8 text")
	}
	text := norm.NFC.String(strings.ReplaceAll(string(data), "\r\n", "\n"))
	if strings.TrimSpace(text) == "" {
		return Result{}, document.Errorf("extract.empty", "file "+name+" has no text")
	}
	return Result{Text: text, Format: "text"}, nil
}
