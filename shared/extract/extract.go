// Package extract turns the files attached to a document into text. It
// sniffs content rather than trusting the extension, and fails with a
// reason code, never with garbage, on what it cannot read.
//
// Formats: HWP 5.x (package hwp), HWP 3.0 (hwp3: Hangul, ASCII and
// level-1 Hanja), HWPX (hwpx), HWPML (hwpml), DOCX (docx), PDF (pdf) and
// plain text in UTF-8, UTF-16 with a BOM or CP949 (text). See README.md.
package extract

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/extract/docx"
	"github.com/seoul-plaza/plaza/shared/extract/hwp"
	"github.com/seoul-plaza/plaza/shared/extract/hwp3"
	"github.com/seoul-plaza/plaza/shared/extract/hwpml"
	"github.com/seoul-plaza/plaza/shared/extract/hwpx"
	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
	"github.com/seoul-plaza/plaza/shared/extract/pdf"
	"github.com/seoul-plaza/plaza/shared/extract/text"
)

// Reason codes of the Problems Extract returns.
const (
	CodeNeedsOCR     = reason.NeedsOCR     // no text layer: a scan; goes to review
	CodeEncrypted    = reason.Encrypted    // password-protected
	CodeDRMLocked    = reason.DRMLocked    // distribution-locked (배포용) HWP
	CodeCorrupt      = reason.Corrupt      // truncated or malformed
	CodeTooLarge     = reason.TooLarge     // over a size limit
	CodeZipBomb      = reason.ZipBomb      // zip entries or expansion over the limits
	CodeTooManyPages = reason.TooManyPages // PDF over the page limit
	CodeTimeout      = reason.Timeout      // per-file deadline passed
	CodeUnsupported  = reason.Unsupported  // a format Plaza does not read
	CodeEmpty        = reason.Empty        // readable, but holds no text
)

// Formats named in Result.Format.
const (
	FormatText  = "text"
	FormatHWP   = "hwp"
	FormatHWP3  = "hwp3"
	FormatHWPX  = "hwpx"
	FormatDOCX  = "docx"
	FormatPDF   = "pdf"
	FormatHWPML = "hwpml" // Hancom's XML format (.hml)
	FormatZip   = "zip"   // a zip that is neither HWPX nor DOCX
	FormatOLE   = "ole"   // a compound file: HWP, or a legacy or encrypted Office file
)

// DefaultMaxDocumentBytes is the total size of a document's files that
// the caller (ingest) accepts. Extract also refuses one file larger than
// Limits.MaxFileBytes, which defaults to the same figure.
const DefaultMaxDocumentBytes = 50 << 20

// Limits bound the work spent on one file. Zero fields take the defaults.
type Limits struct {
	MaxFileBytes       int64         // input size; default 50 MiB
	MaxZipEntries      int           // entries in a zip container; default 10,000
	MaxZipRatio        int64         // expansion of an entry or a whole zip; default 200:1 (checked above 1 MiB)
	MaxUnpackedBytes   int64         // bytes decompressed from one zip in total; default 512 MiB
	MaxHWPStreamBytes  int64         // one decompressed HWP stream; default 256 MiB
	MaxPDFPages        int           // default 2,000
	MaxPDFContentBytes int64         // decompressed content streams of one PDF page; default 64 MiB
	MaxTextBytes       int           // extracted UTF-8 text; default 64 MiB
	Timeout            time.Duration // per-file deadline unless ctx's is sooner; default 60 s
}

// DefaultLimits returns the limits New uses.
func DefaultLimits() Limits {
	return Limits{
		MaxFileBytes:       DefaultMaxDocumentBytes,
		MaxZipEntries:      10_000,
		MaxZipRatio:        200,
		MaxUnpackedBytes:   512 << 20,
		MaxHWPStreamBytes:  256 << 20,
		MaxPDFPages:        2_000,
		MaxPDFContentBytes: 64 << 20,
		MaxTextBytes:       64 << 20,
		Timeout:            60 * time.Second,
	}
}

// withDefaults fills the zero fields of l.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = d.MaxFileBytes
	}
	if l.MaxZipEntries <= 0 {
		l.MaxZipEntries = d.MaxZipEntries
	}
	if l.MaxZipRatio <= 0 {
		l.MaxZipRatio = d.MaxZipRatio
	}
	if l.MaxUnpackedBytes <= 0 {
		l.MaxUnpackedBytes = d.MaxUnpackedBytes
	}
	if l.MaxHWPStreamBytes <= 0 {
		l.MaxHWPStreamBytes = d.MaxHWPStreamBytes
	}
	if l.MaxPDFPages <= 0 {
		l.MaxPDFPages = d.MaxPDFPages
	}
	if l.MaxPDFContentBytes <= 0 {
		l.MaxPDFContentBytes = d.MaxPDFContentBytes
	}
	if l.MaxTextBytes <= 0 {
		l.MaxTextBytes = d.MaxTextBytes
	}
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	return l
}

func (l Limits) zip() guard.ZipLimits {
	return guard.ZipLimits{MaxEntries: l.MaxZipEntries, MaxRatio: l.MaxZipRatio, MaxUnpacked: l.MaxUnpackedBytes}
}

// Block is a structure hint: a span of Result.Text (byte offsets) that is
// a page (PDF), a section (HWP, HWPX) or a table.
type Block = out.Block

// Result is the text of one file.
type Result struct {
	Text   string            `json:"text"`
	Format string            `json:"format"` // text, hwp, hwp3, hwpx, hwpml, docx, pdf (or zip, ole when not read)
	Pages  int               `json:"pages,omitempty"`
	Meta   map[string]string `json:"meta,omitempty"`
	Blocks []Block           `json:"blocks,omitempty"`
}

// Extractor reads files. It holds only its limits and is safe for
// concurrent use.
type Extractor struct {
	lim Limits
}

// New returns an Extractor with DefaultLimits.
func New() *Extractor { return NewWith(Limits{}) }

// NewWith returns an Extractor with lim; zero fields take the defaults.
func NewWith(lim Limits) *Extractor { return &Extractor{lim: lim.withDefaults()} }

// Limits returns the limits in force.
func (x *Extractor) Limits() Limits { return x.lim }

// Sniff names the format of data from its content: one of the Format
// constants, "" for unknown binary data. A zip or compound file is named
// by its container (FormatZip, FormatOLE) when its content is not looked
// into; Extract looks further.
func Sniff(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		return FormatOLE
	case bytes.HasPrefix(data, []byte("HWP Document File V3")):
		return FormatHWP3
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return FormatZip
	case bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")):
		return FormatPDF
	}
	if len(data) <= 1<<16 {
		if text.Detect(data) != "" {
			return FormatText
		}
		return ""
	}
	// A window of the first 64 KiB may end inside a character: cut up to
	// three bytes (a UTF-8 sequence) before giving up.
	for cut := range 4 {
		if text.Detect(data[:1<<16-cut]) != "" {
			return FormatText
		}
	}
	return ""
}

// Extract returns the text of data. name is used only in messages.
// Failures are *document.Problem with codes extract.*.
func (x *Extractor) Extract(ctx context.Context, name string, data []byte) (res Result, err error) {
	if err := guard.Deadline(ctx); err != nil {
		return Result{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, x.lim.Timeout)
	defer cancel()
	defer func() {
		// A parser bug on hostile input must not take the stage down.
		if r := recover(); r != nil {
			res, err = Result{}, reason.New(reason.Corrupt, "unreadable file (parser panic: %v)", r)
		}
		if p, ok := document.Reason(err); ok {
			err = document.Errorf(p.Code, fmt.Sprintf("%s: %s", name, p.Message))
		}
	}()
	if int64(len(data)) > x.lim.MaxFileBytes {
		return Result{}, reason.New(reason.TooLarge, "file is %d bytes, more than %d", len(data), x.lim.MaxFileBytes)
	}
	if len(data) == 0 {
		return Result{}, reason.New(reason.Empty, "file is empty")
	}
	var (
		d      out.Doc
		format = Sniff(data)
	)
	switch format {
	case FormatZip:
		d, format, err = x.zip(ctx, data)
	case FormatOLE:
		d, format, err = x.ole(ctx, data)
	case FormatHWP3:
		d, err = hwp3.Extract(ctx, data, hwp3.Limits{MaxStream: x.lim.MaxHWPStreamBytes, MaxText: x.lim.MaxTextBytes})
	case FormatPDF:
		d, err = x.pdf(ctx, data)
	case FormatText:
		d, format, err = x.text(ctx, data)
	default:
		err = reason.New(reason.Unsupported, "unknown binary format")
	}
	if err != nil {
		return Result{Format: format}, err
	}
	return Result{Text: d.Text, Format: format, Pages: d.Pages, Meta: d.Meta, Blocks: d.Blocks}, nil
}

// text reads plain text, and HWPML, which is XML text. RTF and HTML are
// refused rather than published as markup.
func (x *Extractor) text(ctx context.Context, data []byte) (out.Doc, string, error) {
	utf8, enc, err := text.Decode(ctx, data, x.lim.MaxTextBytes)
	if err != nil {
		return out.Doc{}, FormatText, err
	}
	head := bytes.TrimLeft(utf8[:min(len(utf8), 1024)], " \t\r\n")
	lower := bytes.ToLower(head)
	switch {
	case hwpml.Is(utf8):
		d, err := hwpml.Extract(ctx, utf8, x.lim.MaxTextBytes)
		d.Meta = map[string]string{"encoding": enc}
		return d, FormatHWPML, err
	case bytes.HasPrefix(head, []byte(`{\rtf`)):
		return out.Doc{}, FormatText, reason.New(reason.Unsupported, "RTF document; save as DOCX, HWP or PDF")
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")):
		return out.Doc{}, FormatText, reason.New(reason.Unsupported, "HTML page, not a document; save as PDF")
	}
	d, err := text.FromUTF8(ctx, utf8, enc, x.lim.MaxTextBytes)
	return d, FormatText, err
}

func (x *Extractor) zip(ctx context.Context, data []byte) (out.Doc, string, error) {
	z, err := guard.OpenZip(ctx, data, x.lim.zip())
	if err != nil {
		return out.Doc{}, FormatZip, err
	}
	switch {
	case hwpx.IsHWPX(z):
		d, err := hwpx.FromZip(ctx, z, hwpx.Limits{Zip: x.lim.zip(), MaxText: x.lim.MaxTextBytes})
		return d, FormatHWPX, err
	case docx.IsDOCX(z):
		d, err := docx.FromZip(ctx, z, docx.Limits{Zip: x.lim.zip(), MaxText: x.lim.MaxTextBytes})
		return d, FormatDOCX, err
	}
	return out.Doc{}, FormatZip, reason.New(reason.Unsupported, "zip archive that is neither HWPX nor DOCX")
}

func (x *Extractor) ole(ctx context.Context, data []byte) (out.Doc, string, error) {
	d, err := hwp.Extract(ctx, data, hwp.Limits{MaxStream: x.lim.MaxHWPStreamBytes, MaxText: x.lim.MaxTextBytes})
	if d.Meta["container"] == "ole" {
		return out.Doc{}, FormatOLE, err
	}
	return d, FormatHWP, err
}

func (x *Extractor) pdf(ctx context.Context, data []byte) (out.Doc, error) {
	return pdf.Extract(ctx, data, pdf.Limits{MaxPages: x.lim.MaxPDFPages, MaxContent: x.lim.MaxPDFContentBytes, MaxText: x.lim.MaxTextBytes})
}
