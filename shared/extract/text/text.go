// Package text decodes plain text files: UTF-8, UTF-16 with a byte order
// mark, and the legacy Korean CP949/EUC-KR, into NFC UTF-8.
package text

import (
	"bytes"
	"context"
	"strings"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// Encodings the detector names in Doc.Meta["encoding"].
const (
	UTF8    = "utf-8"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	CP949   = "cp949"
)

// Detect names the encoding of data, or "" when data does not look like
// text in any of the supported encodings.
func Detect(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return UTF8
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return UTF16LE
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return UTF16BE
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "" // binary; UTF-16 without a BOM is not guessed
	}
	if utf8.Valid(data) {
		return UTF8
	}
	if validCP949(data) {
		return CP949
	}
	return ""
}

// validCP949 checks the byte structure of CP949 (Unified Hangul Code, a
// superset of EUC-KR): ASCII, or a lead byte 0x81–0xFE followed by a trail
// byte 0x41–0x5A, 0x61–0x7A or 0x81–0xFE. x/text would replace bad pairs
// with U+FFFD silently, which cannot tell binary from text.
func validCP949(data []byte) bool {
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c < 0x80 {
			continue
		}
		if c == 0x80 || c == 0xFF || i+1 >= len(data) {
			return false
		}
		t := data[i+1]
		if !(t >= 0x41 && t <= 0x5A || t >= 0x61 && t <= 0x7A || t >= 0x81 && t <= 0xFE) {
			return false
		}
		i++
	}
	return true
}

// Decode returns data as UTF-8 with its encoding's name, unnormalised;
// maxText bounds the decoded size.
func Decode(ctx context.Context, data []byte, maxText int) ([]byte, string, error) {
	enc := Detect(data)
	var dec *encoding.Decoder
	switch enc {
	case "":
		return nil, "", reason.New(reason.Unsupported, "not text in UTF-8, UTF-16 (with BOM) or CP949")
	case UTF8:
		data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
		if len(data) > maxText {
			return nil, enc, reason.New(reason.TooLarge, "text exceeds %d bytes", maxText)
		}
		return data, enc, nil
	case UTF16LE:
		dec = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	case UTF16BE:
		dec = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
	case CP949:
		dec = korean.EUCKR.NewDecoder() // x/text's EUC-KR decoder covers CP949
	}
	r := guard.Reader(ctx, dec.Reader(bytes.NewReader(data)), int64(maxText), reason.TooLarge, "decoded text")
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, enc, reason.Wrap(err, reason.Corrupt, enc+" text")
	}
	return buf.Bytes(), enc, nil
}

// Extract decodes data and lays it out as paragraphs, one per line.
// maxText bounds the decoded size.
func Extract(ctx context.Context, data []byte, maxText int) (out.Doc, error) {
	data, enc, err := Decode(ctx, data, maxText)
	if err != nil {
		return out.Doc{}, err
	}
	return FromUTF8(ctx, data, enc, maxText)
}

// FromUTF8 is Extract on text already decoded.
func FromUTF8(ctx context.Context, data []byte, enc string, maxText int) (out.Doc, error) {
	b := out.New(maxText)
	// Whole chunks of lines at a time: per-line calls cost more than the
	// work. A chunk ends at a newline, which composes with nothing, so NFC
	// per chunk is NFC of the whole.
	for len(data) > 0 {
		if err := guard.Deadline(ctx); err != nil {
			return out.Doc{}, err
		}
		n := min(len(data), 1<<20)
		if i := bytes.IndexByte(data[n:], '\n'); i >= 0 {
			n += i + 1
		} else {
			n = len(data)
		}
		b.WriteString(strings.ReplaceAll(string(data[:n]), "\r\n", "\n"))
		b.Break()
		data = data[n:]
	}
	d, err := b.Finish()
	d.Meta = map[string]string{"encoding": enc}
	return d, err
}
