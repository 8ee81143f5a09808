// Package out builds the text a parser returns: paragraphs joined by
// newlines, NFC, no control characters, bounded in size, with the spans of
// pages, sections and tables kept as structure hints.
package out

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
	"golang.org/x/text/unicode/norm"
)

// Block is a span of the text with a structural meaning. Start and End are
// byte offsets into Doc.Text.
type Block struct {
	Kind  string `json:"kind"` // page, section, table
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Doc is what a parser returns.
type Doc struct {
	Text   string
	Pages  int
	Meta   map[string]string
	Blocks []Block
}

// Builder collects text. Its zero value is not usable; use New.
type Builder struct {
	buf    []byte
	seg    int // start of the paragraph not yet normalised
	max    int
	err    error
	blocks []Block
	open   []int // indexes into blocks of spans not yet ended
}

// New returns a Builder that fails with extract.too_large past max bytes.
func New(max int) *Builder { return &Builder{max: max} }

// Err returns the first error, if any: a parser may stop early on it.
func (b *Builder) Err() error { return b.err }

// Len returns the bytes written so far.
func (b *Builder) Len() int { return len(b.buf) }

// WriteString appends s, dropping control characters other than tab and
// newline and replacing invalid UTF-8.
func (b *Builder) WriteString(s string) {
	if b.err != nil {
		return
	}
	clean := isClean(s)
	if clean {
		b.buf = append(b.buf, s...)
	} else {
		for _, r := range s {
			b.WriteRune(r)
		}
	}
	b.check()
}

// isClean reports whether s is valid UTF-8 free of the characters
// WriteRune drops: C0 and C1 controls (bar tab and newline), DEL, the BOM
// and the specials U+FFF0–U+FFFC.
func isClean(s string) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n', c == 0x7f:
			return false
		case c < 0x80:
		case c == 0xC2 && i+1 < len(s) && s[i+1] < 0xA0:
			return false
		case c == 0xEF && i+2 < len(s) && (s[i+1] == 0xBB && s[i+2] == 0xBF || s[i+1] == 0xBF && s[i+2] >= 0xB0 && s[i+2] <= 0xBC):
			return false
		default:
			ascii = false
		}
	}
	return ascii || utf8.ValidString(s)
}

// WriteRune appends r, with the same rules as WriteString.
func (b *Builder) WriteRune(r rune) {
	if b.err != nil {
		return
	}
	switch {
	case r == '\t' || r == '\n':
	case r == '\r':
		r = '\n'
	case r == utf8.RuneError, r >= 0xD800 && r <= 0xDFFF:
		r = utf8.RuneError
	case unicode.IsControl(r), r == 0xFEFF, r >= 0xFFF0 && r <= 0xFFFD && r != utf8.RuneError:
		return
	}
	b.buf = utf8.AppendRune(b.buf, r)
	b.check()
}

func (b *Builder) check() {
	if len(b.buf) > b.max {
		b.err = reason.New(reason.TooLarge, "text exceeds %d bytes", b.max)
	}
}

// Space appends one space unless the text already ends in white space.
func (b *Builder) Space() {
	if n := len(b.buf); n > 0 && b.buf[n-1] != ' ' && b.buf[n-1] != '\n' && b.buf[n-1] != '\t' {
		b.buf = append(b.buf, ' ')
	}
}

// Tab ends a table cell.
func (b *Builder) Tab() {
	b.trimSpace()
	b.buf = append(b.buf, '\t')
}

// Break ends a paragraph: it normalises the paragraph to NFC, trims its
// trailing blanks and starts a new line. Empty paragraphs leave no line.
func (b *Builder) Break() {
	if b.err != nil {
		return
	}
	b.trimSpace()
	if len(b.buf) > b.seg {
		if seg := b.buf[b.seg:]; !isNFC(seg) {
			cp := append([]byte(nil), seg...)
			b.buf = norm.NFC.Append(b.buf[:b.seg], cp...)
		}
	}
	if n := len(b.buf); n > 0 && b.buf[n-1] != '\n' {
		b.buf = append(b.buf, '\n')
	}
	b.seg = len(b.buf)
	b.check()
}

// plain reports that r is NFC, has combining class 0 and is never the
// second character of a composition: Latin below the combining marks,
// Greek and Cyrillic letters, Hangul syllables and compatibility jamo,
// punctuation and symbols, CJK symbols and kana, ideographs, private use
// and full-width forms, less the singletons (U+2126 OHM SIGN …) that NFC
// replaces. Conjoining jamo, combining marks and the rest are not plain.
func plain(r rune) bool {
	switch {
	case r < 0x300, r >= 0xAC00 && r <= 0xD7A3, r >= 0x3131 && r <= 0x318E,
		r >= 0x0388 && r <= 0x03FF, r >= 0x0400 && r <= 0x0482, r >= 0x048A && r <= 0x04FF,
		r >= 0x2010 && r <= 0x20CF,
		r >= 0x2100 && r <= 0x2BFF && r != 0x2126 && r != 0x212A && r != 0x212B &&
			r != 0x2329 && r != 0x232A && r != 0x2ADC,
		r >= 0x3000 && r <= 0x3098, r >= 0x309B && r <= 0x33FF,
		r >= 0x4E00 && r <= 0x9FFF, r >= 0xE000 && r <= 0xF8FF, r >= 0xFF01 && r <= 0xFFEF:
		return true
	}
	return false
}

// isNFC is norm.NFC.IsNormal, fast on Korean text: plain characters
// neither compose with what precedes them nor change, so only each run of
// other characters, with the plain character before it, needs the full
// check.
func isNFC(s []byte) bool {
	prev := 0 // start of the last plain character
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			prev = i
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		if plain(r) {
			prev = i
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRune(s[j:])
			if plain(r2) {
				break
			}
			j += n2
		}
		if !norm.NFC.IsNormal(s[prev:j]) {
			return false
		}
		i = j
	}
	return true
}

func (b *Builder) trimSpace() {
	for n := len(b.buf); n > b.seg && (b.buf[n-1] == ' ' || b.buf[n-1] == '\t'); n-- {
		b.buf = b.buf[:n-1]
	}
}

// Begin opens a span of kind at a paragraph boundary.
func (b *Builder) Begin(kind string) {
	b.Break()
	b.open = append(b.open, len(b.blocks))
	b.blocks = append(b.blocks, Block{Kind: kind, Start: len(b.buf)})
}

// End closes the span opened last.
func (b *Builder) End() {
	b.Break()
	if len(b.open) == 0 {
		return
	}
	i := b.open[len(b.open)-1]
	b.open = b.open[:len(b.open)-1]
	b.blocks[i].End = len(b.buf)
	if b.blocks[i].End == b.blocks[i].Start {
		// An empty span says nothing; drop it if it is the last one.
		if i == len(b.blocks)-1 {
			b.blocks = b.blocks[:i]
		}
	}
}

// Finish returns the Doc, or extract.empty when there is no text at all.
func (b *Builder) Finish() (Doc, error) {
	for len(b.open) > 0 {
		b.End()
	}
	b.Break()
	if b.err != nil {
		return Doc{}, b.err
	}
	text := strings.TrimRight(string(b.buf), "\n")
	for i := range b.blocks {
		b.blocks[i].End = min(b.blocks[i].End, len(text))
		b.blocks[i].Start = min(b.blocks[i].Start, b.blocks[i].End)
	}
	d := Doc{Text: text, Blocks: b.blocks}
	if strings.TrimSpace(text) == "" {
		return d, reason.New(reason.Empty, "no text found")
	}
	return d, nil
}
