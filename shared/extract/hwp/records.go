package hwp

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
)

// Record tags of the section stream (HWPTAG_BEGIN = 0x10).
const (
	tagParaHeader = 0x10 + 50
	tagParaText   = 0x10 + 51
	tagCtrlHeader = 0x10 + 55
	tagListHeader = 0x10 + 56
)

// ctrlTable is the control id of a table, MAKE_4CHID('t','b','l',' ').
const ctrlTable = 't'<<24 | 'b'<<16 | 'l'<<8 | ' '

type peekReader = bufio.Reader

func newPeekReader(r io.Reader) *peekReader { return bufio.NewReaderSize(r, 64<<10) }

// table is an open table: its control's record level, the row of its last
// cell and how many cells were seen.
type table struct {
	level   int
	lastRow int
	cells   int
}

// Section writes the text of one decompressed section record stream.
func Section(r io.Reader, b *out.Builder, t *guard.Ticker) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = newPeekReader(r)
	}
	var (
		hdr     [4]byte
		payload []byte
		text    []byte
		tables  []table
	)
	for {
		if err := t.Tick(); err != nil {
			return err
		}
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			if err == io.EOF {
				break
			}
			return recordErr(err)
		}
		v := binary.LittleEndian.Uint32(hdr[:])
		tag, level, size := int(v&0x3ff), int(v>>10&0x3ff), int64(v>>20)
		if size == 0xfff {
			if _, err := io.ReadFull(br, hdr[:]); err != nil {
				return recordErr(err)
			}
			size = int64(binary.LittleEndian.Uint32(hdr[:]))
		}
		for len(tables) > 0 && level <= tables[len(tables)-1].level {
			tables = tables[:len(tables)-1]
			if len(tables) == 0 {
				b.End()
			} else {
				b.Space()
			}
		}
		switch tag {
		case tagParaText, tagCtrlHeader, tagListHeader:
		default:
			if _, err := br.Discard(int(min(size, 1<<40))); err != nil {
				return recordErr(err)
			}
			continue
		}
		if size <= 1<<20 {
			if int64(cap(payload)) < size {
				payload = make([]byte, size)
			}
			payload = payload[:size]
			if _, err := io.ReadFull(br, payload); err != nil {
				return recordErr(err)
			}
		} else {
			// Grow with the data actually read, never to a size a header claims.
			buf := payloadBuf(payload[:0])
			if _, err := io.CopyN(&buf, br, size); err != nil {
				return recordErr(err)
			}
			payload = buf
		}
		switch tag {
		case tagCtrlHeader:
			if len(payload) >= 4 && binary.LittleEndian.Uint32(payload) == ctrlTable {
				if len(tables) == 0 {
					b.Begin("table")
				}
				tables = append(tables, table{level: level, lastRow: -1})
			}
		case tagListHeader:
			if n := len(tables); n > 0 && level == tables[n-1].level+1 {
				cell := &tables[n-1]
				row := -1
				if len(payload) >= 12 {
					row = int(binary.LittleEndian.Uint16(payload[10:]))
				}
				switch {
				case n > 1:
					b.Space()
				case cell.cells > 0 && row != cell.lastRow:
					b.Break()
				case cell.cells > 0:
					b.Tab()
				}
				cell.lastRow = row
				cell.cells++
			}
		case tagParaText:
			text = paraText(text[:0], payload, len(tables) > 0)
			b.WriteString(string(text))
			if len(tables) > 0 {
				b.Space()
			} else {
				b.Break()
			}
		}
		if err := b.Err(); err != nil {
			return err
		}
	}
	for range tables {
		b.End()
	}
	return b.Err()
}

// payloadBuf is a byte slice that io.CopyN can append to.
type payloadBuf []byte

func (p *payloadBuf) Write(b []byte) (int, error) {
	*p = append(*p, b...)
	return len(b), nil
}

func recordErr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return reason.New(reason.Corrupt, "HWP record stream is truncated")
	}
	return reason.Wrap(err, reason.Corrupt, "HWP record stream")
}

// paraText appends the UTF-8 of a PARA_TEXT payload (UTF-16LE) to dst.
// Codes below 32 are controls: 0, 10, 13 and 24–31 take one code unit,
// the others (inline and extended controls) take eight. A tab inside a
// table cell becomes a space, since tabs separate the cells.
func paraText(dst, p []byte, inCell bool) []byte {
	for i := 0; i+1 < len(p); {
		c := rune(binary.LittleEndian.Uint16(p[i:]))
		i += 2
		switch {
		case c < 32:
			switch c {
			case 10: // line break
				dst = append(dst, ' ')
			case 24: // hyphen
				dst = append(dst, '-')
			case 30, 31: // bound space, fixed-width space
				dst = append(dst, ' ')
			case 9: // tab, an inline control
				if inCell {
					dst = append(dst, ' ')
				} else {
					dst = append(dst, '\t')
				}
				i += 14
			case 0, 13, 25, 26, 27, 28, 29:
			default:
				i += 14
			}
		case utf16.IsSurrogate(c):
			if c < 0xdc00 && i+1 < len(p) {
				if r := utf16.DecodeRune(c, rune(binary.LittleEndian.Uint16(p[i:]))); r != utf8.RuneError {
					dst = utf8.AppendRune(dst, r)
					i += 2
					continue
				}
			}
			dst = utf8.AppendRune(dst, utf8.RuneError)
		default:
			dst = utf8.AppendRune(dst, c)
		}
	}
	return dst
}
