// Package hwp3 extracts the text of HWP 3.0 documents (Hangul 96/97): a
// fixed header, then a raw-deflate stream of fonts, styles and nested
// paragraph lists whose characters are 16-bit HNC codes.
//
// Mapped: ASCII, Hangul in HNC's Johab layout (modern syllables and lone
// jamo, computed), and the 4,888 level-1 Hanja, which HNC numbers in KS X
// 1001 order (decoded through x/text's EUC-KR table). Not mapped: HNC
// symbols, level-2 Hanja and old Hangul; they are dropped and counted in
// Meta["unmapped_chars"], never written as garbage. A control code whose
// layout is not known stops the file with extract.unsupported.
package hwp3

import (
	"bufio"
	"bytes"
	"compress/flate"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"strconv"
	"sync"

	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
	"golang.org/x/text/encoding/korean"
)

// Signature starts every HWP 3.0 file.
const Signature = "HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05"

// Offsets of the fixed header: signature, document information, summary.
const (
	infoOffset    = len(Signature)
	summaryLength = 1008
	headerLength  = infoOffset + 128 + summaryLength
)

// Limits bounds the work on one file.
type Limits struct {
	MaxStream int64 // the decompressed body
	MaxText   int
}

// Extract returns the text of the HWP 3.0 document in data.
func Extract(ctx context.Context, data []byte, lim Limits) (out.Doc, error) {
	if !bytes.HasPrefix(data, []byte(Signature)) {
		return out.Doc{}, reason.New(reason.Corrupt, "no HWP 3.0 signature")
	}
	if len(data) < headerLength {
		return out.Doc{}, reason.New(reason.Corrupt, "HWP 3.0 header is truncated")
	}
	info := data[infoOffset:]
	if binary.LittleEndian.Uint16(info[96:]) != 0 {
		return out.Doc{}, reason.New(reason.Encrypted, "HWP 3.0 document is password-protected")
	}
	compressed := info[124] != 0
	start := headerLength + int(binary.LittleEndian.Uint16(info[126:]))
	if start > len(data) {
		return out.Doc{}, reason.New(reason.Corrupt, "HWP 3.0 information block is truncated")
	}
	var body io.Reader = bytes.NewReader(data[start:])
	if compressed {
		body = flate.NewReader(body)
	}
	p := &parser{
		r: bufio.NewReaderSize(guard.Reader(ctx, body, lim.MaxStream, reason.TooLarge, "decompressed HWP 3.0 body"), 64<<10),
		b: out.New(lim.MaxText),
		t: guard.NewTicker(ctx),
	}
	if err := p.document(); err != nil {
		return out.Doc{}, err
	}
	d, err := p.b.Finish()
	d.Meta = map[string]string{"version": "3.0"}
	if p.unmapped > 0 {
		d.Meta["unmapped_chars"] = strconv.Itoa(p.unmapped)
	}
	if err == nil && p.unmapped > p.mapped {
		// More holes than text: a rendition that misleads. The text is
		// still returned beside the error, for diagnosis.
		return d, reason.New(reason.Unsupported, "HWP 3.0 document is mostly characters that are not mapped (%d of %d: symbols, level-2 Hanja, old Hangul); save as HWP 5, HWPX or PDF", p.unmapped, p.unmapped+p.mapped)
	}
	return d, err
}

type parser struct {
	r        *bufio.Reader
	b        *out.Builder
	t        *guard.Ticker
	unmapped int
	mapped   int // non-space characters written
	depth    int
	buf      [8]byte
}

func (p *parser) fail(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return reason.New(reason.Corrupt, "HWP 3.0 body is truncated")
	}
	return reason.Wrap(err, reason.Corrupt, "HWP 3.0 body")
}

func (p *parser) u8() (int, error) {
	c, err := p.r.ReadByte()
	return int(c), err
}

func (p *parser) u16() (int, error) {
	if _, err := io.ReadFull(p.r, p.buf[:2]); err != nil {
		return 0, err
	}
	return int(binary.LittleEndian.Uint16(p.buf[:2])), nil
}

func (p *parser) u32() (int64, error) {
	if _, err := io.ReadFull(p.r, p.buf[:4]); err != nil {
		return 0, err
	}
	return int64(binary.LittleEndian.Uint32(p.buf[:4])), nil
}

func (p *parser) skip(n int64) error {
	for n > 0 {
		k, err := p.r.Discard(int(min(n, 1<<20)))
		n -= int64(k)
		if err != nil {
			return err
		}
	}
	return nil
}

// document reads the font names, the styles and the main paragraph list.
func (p *parser) document() error {
	for range 7 { // one font-name list per script
		n, err := p.u16()
		if err != nil {
			return p.fail(err)
		}
		if err := p.skip(int64(n) * 40); err != nil {
			return p.fail(err)
		}
	}
	n, err := p.u16()
	if err != nil {
		return p.fail(err)
	}
	if err := p.skip(int64(n) * (20 + 31 + 187)); err != nil {
		return p.fail(err)
	}
	return p.paragraphs()
}

// paragraphs reads a paragraph list: paragraphs up to an empty one.
func (p *parser) paragraphs() error {
	if p.depth++; p.depth > 16 {
		return reason.New(reason.Corrupt, "HWP 3.0 paragraph lists nest too deep")
	}
	defer func() { p.depth-- }()
	for {
		more, err := p.paragraph()
		if err != nil || !more {
			return err
		}
	}
}

// paragraph reads one paragraph; false means the empty paragraph that ends
// a list.
func (p *parser) paragraph() (bool, error) {
	var head [43]byte
	if _, err := io.ReadFull(p.r, head[:]); err != nil {
		return false, p.fail(err)
	}
	prevShape := head[0]
	chars := int(binary.LittleEndian.Uint16(head[1:]))
	lines := int64(binary.LittleEndian.Uint16(head[3:]))
	shapes := head[5] != 0
	if prevShape == 0 && chars > 0 {
		if err := p.skip(187); err != nil { // the paragraph's own shape
			return false, p.fail(err)
		}
	}
	if chars == 0 {
		return false, nil
	}
	if err := p.skip(lines * 14); err != nil {
		return false, p.fail(err)
	}
	if shapes {
		for range chars {
			flag, err := p.u8()
			if err != nil {
				return false, p.fail(err)
			}
			if flag != 1 {
				if err := p.skip(31); err != nil {
					return false, p.fail(err)
				}
			}
		}
	}
	for n := 0; n < chars; {
		if err := p.t.Tick(); err != nil {
			return false, err
		}
		c, err := p.u16()
		if err != nil {
			return false, p.fail(err)
		}
		n++
		if c >= 32 {
			p.char(c)
			continue
		}
		// Control codes: each takes a fixed number of 16-bit units and
		// bytes; some hold paragraph lists of their own.
		var units, skip int64
		var lists int
		switch c {
		case 13: // end of paragraph
			p.b.Break()
			continue
		case 9: // tab
			units, skip = 3, 6
			p.b.WriteString("\t")
		case 6: // bookmark
			units, skip = 3, 6+34
		case 10: // table
			if err := p.skip(6 + 80); err != nil {
				return false, p.fail(err)
			}
			n += 3
			if err := p.table(); err != nil {
				return false, err
			}
			continue
		case 11: // picture, then its caption
			if err := p.skip(6); err != nil {
				return false, p.fail(err)
			}
			size, err := p.u32()
			if err != nil {
				return false, p.fail(err)
			}
			units, skip, lists = 3, 344+size, 1
		case 16: // header or footer
			units, skip, lists = 3, 6+10, 1
		case 17: // footnote or endnote
			units, skip, lists = 3, 6+14, 1
		case 18, 19, 20, 21: // page number, page controls
			units, skip = 3, 6
		case 23: // overlapping characters
			units, skip = 4, 8
		case 24, 25: // hyphen, hidden space
			units, skip = 2, 4
		case 28: // outline numbering
			units, skip = 31, 62
		case 30, 31: // bound space, fixed-width space
			units, skip = 1, 2
			p.b.WriteString(" ")
		default:
			return false, reason.New(reason.Unsupported, "HWP 3.0 control code %d is not read", c)
		}
		n += int(units)
		if err := p.skip(skip); err != nil {
			return false, p.fail(err)
		}
		for range lists {
			p.b.Break()
			if err := p.paragraphs(); err != nil {
				return false, err
			}
		}
	}
	return true, p.b.Err()
}

// table reads the cell count and layout, then one paragraph list per cell
// (each cell on its own line) and the caption list.
func (p *parser) table() error {
	cells, err := p.u16()
	if err != nil {
		return p.fail(err)
	}
	if err := p.skip(2 + 27*int64(cells)); err != nil {
		return p.fail(err)
	}
	p.b.Begin("table")
	for range cells {
		if err := p.paragraphs(); err != nil {
			return err
		}
		p.b.Break()
	}
	p.b.End()
	return p.paragraphs()
}

// char writes one HNC character, or counts it as unmapped.
func (p *parser) char(c int) {
	switch {
	case c < 0x7f:
		p.b.WriteRune(rune(c))
		if c != ' ' {
			p.mapped++
		}
		return
	case c >= 0x8000:
		if s := johab(c); s != "" {
			p.b.WriteString(s)
			p.mapped++
			return
		}
	case c >= 0x4000 && c < 0x4000+hanjaCount:
		if r := hanja()[c-0x4000]; r != 0 {
			p.b.WriteRune(r)
			p.mapped++
			return
		}
	}
	p.unmapped++
}

// Johab indexes (5 bits each) to Unicode order; -1 is no letter, and the
// fill codes are 1 (initial), 2 (medial) and 1 (final).
var (
	johabL = [32]int8{-1, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}
	johabV = [32]int8{-1, -1, -1, 0, 1, 2, 3, 4, -1, -1, 5, 6, 7, 8, 9, 10, -1, -1, 11, 12, 13, 14, 15, 16, -1, -1, 17, 18, 19, 20, -1, -1}
	johabT = [32]int8{-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, -1, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, -1, -1}
	// Compatibility jamo for a lone initial, medial or final.
	compatL = [19]rune{'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'}
	compatT = [28]rune{0, 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'}
)

// johab maps a code of the Hangul area (high bit set): a modern syllable,
// or one lone jamo; "" for anything else (old Hangul).
func johab(c int) string {
	li, vi, ti := (c>>10)&0x1f, (c>>5)&0x1f, c&0x1f
	l, v, t := johabL[li], johabV[vi], johabT[ti]
	switch {
	case l >= 0 && v >= 0 && t >= 0:
		return string(rune(0xAC00 + (int(l)*21+int(v))*28 + int(t)))
	case l >= 0 && vi == 2 && ti == 1:
		return string(compatL[l])
	case li == 1 && v >= 0 && ti == 1:
		return string(rune(0x314F + int(v)))
	case li == 1 && vi == 2 && t > 0:
		return string(compatT[t])
	}
	return ""
}

const hanjaCount = 52 * 94 // KS X 1001 rows 0xCA–0xFD

// hanja is the level-1 Hanja table: HNC 0x4000+i is the i-th Hanja of KS X
// 1001, whose EUC-KR code is row 0xCA+i/94, column 0xA1+i%94.
var hanja = sync.OnceValue(func() []rune {
	t := make([]rune, hanjaCount)
	dec := korean.EUCKR.NewDecoder()
	for i := range t {
		s, err := dec.Bytes([]byte{byte(0xCA + i/94), byte(0xA1 + i%94)})
		if r := []rune(string(s)); err == nil && len(r) == 1 && r[0] != 0xFFFD {
			t[i] = r[0]
		}
	}
	return t
})
