// Package reason holds the extract.* reason codes shared by the format
// parsers, so every parser fails with the same vocabulary.
package reason

import (
	"fmt"

	"github.com/seoul-plaza/plaza/shared/document"
)

// Reason codes. They are part of the ledger's public vocabulary.
const (
	NeedsOCR     = "extract.needs_ocr"
	Encrypted    = "extract.encrypted"
	DRMLocked    = "extract.drm_locked"
	Corrupt      = "extract.corrupt"
	TooLarge     = "extract.too_large"
	ZipBomb      = "extract.zip_bomb"
	TooManyPages = "extract.too_many_pages"
	Timeout      = "extract.timeout"
	Unsupported  = "extract.unsupported"
	Empty        = "extract.empty"
)

// New builds a Problem with a formatted message.
func New(code, format string, args ...any) *document.Problem {
	return document.Errorf(code, fmt.Sprintf(format, args...))
}

// Wrap turns err into a Problem: a Problem inside err is kept as it is,
// anything else becomes code with err's text, so a library's error never
// leaks out without a reason code.
func Wrap(err error, code, what string) error {
	if err == nil {
		return nil
	}
	if p, ok := document.Reason(err); ok {
		return p
	}
	return document.Errorf(code, what+": "+err.Error())
}
