// Package files is the pipeline's Extractor over shared/extract, the file
// readers (HWP, HWPX, PDF, DOCX, text). It sits apart from the pipeline so
// that functions which never read a file (the api, redact and index
// functions) do not link the readers and their tables.
package files

import (
	"context"

	"github.com/seoul-plaza/plaza/shared/extract"
	"github.com/seoul-plaza/plaza/shared/pipeline"
)

// Extractor reads files with shared/extract.
type Extractor struct{ x *extract.Extractor }

var _ pipeline.Extractor = Extractor{}

// New returns an Extractor with extract's default limits.
func New() Extractor { return Extractor{x: extract.New()} }

// Extract implements pipeline.Extractor.
func (e Extractor) Extract(ctx context.Context, name string, data []byte) (pipeline.Extraction, error) {
	r, err := e.x.Extract(ctx, name, data)
	return pipeline.Extraction{Text: r.Text, Format: r.Format}, err
}
