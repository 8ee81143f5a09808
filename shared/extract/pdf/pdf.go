// Package pdf extracts the text layer of PDF files, including Korean text
// set in Type0/CID fonts (Identity-H) with ToUnicode maps. A PDF whose
// pages carry no decodable text (a scan) fails with extract.needs_ocr so
// that it goes to review instead of being published empty.
//
// Parsing (cross-reference tables and streams, objects, filters,
// decryption with an empty password, ToUnicode CMaps) is done by
// github.com/ledongthuc/pdf (BSD-3-Clause). The text-state interpreter that
// places glyphs, with CID widths from /W, and the line assembly are ours:
// the library's own text walkers take glyph widths of CID fonts as zero,
// which loses word and line boundaries.
package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	lib "github.com/ledongthuc/pdf"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
)

// Limits bounds the work on one file.
type Limits struct {
	MaxPages   int
	MaxContent int64 // decompressed content streams of one page
	MaxText    int
}

// Extract returns the text of the PDF in data, one block per page.
func Extract(ctx context.Context, data []byte, lim Limits) (d out.Doc, err error) {
	r, err := open(ctx, data)
	if err != nil {
		return out.Doc{}, err
	}
	var pages []lib.Value
	if err := safely(ctx, func() { pages, err = walkPages(r, lim.MaxPages) }); err != nil {
		return out.Doc{}, reason.Wrap(err, reason.Corrupt, "PDF page tree")
	}
	if err != nil {
		return out.Doc{}, err
	}
	n := len(pages)
	if n == 0 {
		return out.Doc{}, reason.New(reason.Corrupt, "PDF has no pages")
	}
	b := out.New(lim.MaxText)
	fonts := map[string]*font{} // shared by the pages: ToUnicode maps are parsed once
	var blank, failed []int
	for i := 1; i <= n; i++ {
		if err := guard.Deadline(ctx); err != nil {
			return out.Doc{}, err
		}
		b.Begin("page")
		glyphs, err := pageText(ctx, lib.Page{V: pages[i-1]}, fonts, b, lim)
		b.End()
		switch {
		case err != nil && isLimit(err):
			return out.Doc{}, err
		case err != nil:
			failed = append(failed, i)
		case glyphs == 0:
			blank = append(blank, i)
		}
	}
	d, err = b.Finish()
	d.Pages = n
	d.Meta = map[string]string{}
	if len(blank) > 0 {
		d.Meta["pages_without_text"] = pageList(blank)
	}
	if len(failed) > 0 {
		d.Meta["pages_unreadable"] = pageList(failed)
	}
	if p, ok := document.Reason(err); ok && p.Code == reason.Empty {
		if len(failed) == n {
			return d, reason.New(reason.Corrupt, "no page of the PDF could be read")
		}
		return d, reason.New(reason.NeedsOCR, "PDF has no text layer on any of its %d pages (a scan?); needs OCR", n)
	}
	return d, err
}

// walkPages lists the leaves of the page tree in order, once: the
// library's Page(i) walks the tree from the root for every page. Cycles
// and absurd depths end the walk; more than max pages is an error.
func walkPages(r *lib.Reader, max int) ([]lib.Value, error) {
	root := r.Trailer().Key("Root").Key("Pages")
	if c := root.Key("Count").Int64(); c > int64(max) {
		return nil, reason.New(reason.TooManyPages, "PDF has %d pages, more than %d", c, max)
	}
	var pages []lib.Value
	visits := 0
	var walk func(v lib.Value, depth int) error
	walk = func(v lib.Value, depth int) error {
		if visits++; visits > 4*max+64 || depth > 32 {
			return reason.New(reason.Corrupt, "PDF page tree is cyclic or too deep")
		}
		switch v.Key("Type").Name() {
		case "Pages":
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				if err := walk(kids.Index(i), depth+1); err != nil {
					return err
				}
			}
		case "Page":
			if len(pages) == max {
				return reason.New(reason.TooManyPages, "PDF has more than %d pages", max)
			}
			pages = append(pages, v)
		}
		return nil
	}
	return pages, walk(root, 0)
}

// isLimit tells the problems that stop the whole file from those that
// lose one page.
func isLimit(err error) bool {
	p, ok := document.Reason(err)
	return ok && (p.Code == reason.Timeout || p.Code == reason.TooLarge)
}

func pageList(pages []int) string {
	var sb strings.Builder
	for i, p := range pages {
		if i == 50 {
			sb.WriteString(",…")
			break
		}
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strconv.Itoa(p))
	}
	return sb.String()
}

// open parses the trailer and cross-references. Junk before the header
// and after the last %%EOF is cut, and a PDF 2.0 header is read as 1.7,
// since the library checks both strictly.
func open(ctx context.Context, data []byte) (*lib.Reader, error) {
	start := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
	if start < 0 {
		return nil, reason.New(reason.Corrupt, "no PDF header")
	}
	data = data[start:]
	if end := bytes.LastIndex(data, []byte("%%EOF")); end >= 0 {
		data = data[:end+5]
	} else {
		return nil, reason.New(reason.Corrupt, "PDF is truncated: no %%EOF")
	}
	ra := &ctxReaderAt{ctx: ctx, r: bytes.NewReader(data)}
	if len(data) > 9 && data[5] != '1' {
		ra.header = []byte("%PDF-1.7")
	}
	var r *lib.Reader
	err := safely(ctx, func() {
		var err error
		if r, err = lib.NewReader(ra, int64(len(data))); err != nil {
			panic(err)
		}
	})
	if err != nil {
		if errors.Is(err, lib.ErrInvalidPassword) || strings.Contains(strings.ToLower(err.Error()), "encrypt") {
			return nil, reason.New(reason.Encrypted, "PDF is password-protected")
		}
		return nil, reason.Wrap(err, reason.Corrupt, "PDF")
	}
	return r, nil
}

// ctxReaderAt fails every read once ctx is done, which stops the library
// wherever it is: all its parsing pulls bytes through here.
type ctxReaderAt struct {
	ctx    context.Context
	r      *bytes.Reader
	header []byte // replaces the first bytes when set
}

func (c *ctxReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if err := guard.Deadline(c.ctx); err != nil {
		return 0, err
	}
	n, err := c.r.ReadAt(p, off)
	if off < int64(len(c.header)) {
		copy(p[:n], c.header[off:])
	}
	return n, err
}

// safely runs f, turning a panic (the library reports malformed input by
// panicking) into an error, and a panic after the deadline into Timeout.
func safely(ctx context.Context, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e := guard.Deadline(ctx); e != nil {
				err = e
				return
			}
			if e, ok := r.(error); ok {
				err = e // a Problem raised by our own callbacks stays one
				return
			}
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}

// readAllBounded reads a stream value under max, for the size check,
// noting in ops which operators it holds.
func readAllBounded(ctx context.Context, v lib.Value, max int64, ops *opScan) (int64, error) {
	rc := v.Reader()
	defer rc.Close()
	return io.Copy(ops, guard.Reader(ctx, rc, max, reason.TooLarge, "PDF page content"))
}

// opScan notes whether a content stream begins a text object (BT) or an
// inline image (BI). The library's tokenizer cannot skip the binary data
// of inline images, so a scan made of them fails to parse; knowing that
// the page has an image and no text object at all, it is a page without
// text, not an unreadable one.
type opScan struct {
	text, image bool
	prev        [3]byte // the last bytes written, for tokens split across writes
}

func (o *opScan) Write(p []byte) (int, error) {
	look := append(o.prev[:], p...)
	for i := 1; i+2 < len(look); i++ {
		if look[i] == 'B' && isDelim(look[i-1]) && isDelim(look[i+2]) {
			switch look[i+1] {
			case 'T':
				o.text = true
			case 'I':
				o.image = true
			}
		}
	}
	copy(o.prev[:], look[len(look)-3:])
	return len(p), nil
}

func isDelim(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '\f', 0, '[', ']', '(', ')', '<', '>', '/', '%':
		return true
	}
	return false
}
