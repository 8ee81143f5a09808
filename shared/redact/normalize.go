package redact

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normText is the text the detectors read: NFC, full-width forms folded to
// ASCII, dashes folded to '-', odd spaces folded to ' ' and zero-width
// characters dropped. When the input needed none of that, s is the input
// itself and the maps are nil (offsets are identical).
type normText struct {
	s string
	// start[k] and end[k] are the original byte range of the source unit
	// that produced normalised byte k.
	start, end []int32
}

// origStart maps a normalised start offset back to the input.
func (n *normText) origStart(k int) int {
	if n.start == nil {
		return k
	}
	if k >= len(n.start) {
		if len(n.end) == 0 {
			return 0
		}
		return int(n.end[len(n.end)-1])
	}
	return int(n.start[k])
}

// origEnd maps a normalised end offset (exclusive) back to the input.
func (n *normText) origEnd(k int) int {
	if n.end == nil {
		return k
	}
	if k <= 0 {
		return 0
	}
	return int(n.end[k-1])
}

// foldRune returns the replacement of r for detection: -1 to drop it, the
// rune itself when it stays.
func foldRune(r rune) rune {
	switch {
	case r < 0x80:
		return r
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		return r - 0xFF01 + '!'
	}
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E:
		return -1
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0x30FC:
		return '-'
	case 0x00A0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000:
		return ' '
	case 0x3002, 0xFF61, 0x2024:
		return '.'
	case 0xFE6B:
		return '@'
	}
	return r
}

// needsFold reports whether r is changed by foldRune.
func needsFold(r rune) bool { return r >= 0x80 && foldRune(r) != r }

// normalize prepares text for detection.
func normalize(text string) normText {
	// Fast path: Hangul syllables and ASCII are already NFC and need no
	// folding; only other runes are looked at closely.
	clean := true
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 {
			i++
			continue
		}
		if c >= 0xEA && c <= 0xED && i+2 < len(text) {
			r := rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
			if r >= 0xAC00 && r <= 0xD7A3 && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError || needsFold(r) || !norm.NFC.IsNormalString(text[i:i+size]) || combiningNext(text, i+size) {
			clean = false
			break
		}
		i += size
	}
	if clean {
		return normText{s: text}
	}
	return slowNormalize(text)
}

// combiningNext reports whether the rune at i would combine with the one
// before it under NFC (a combining mark or a conjoining jamo).
func combiningNext(text string, i int) bool {
	if i >= len(text) || text[i] < 0x80 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	p := norm.NFC.PropertiesString(string(r))
	return p.CCC() != 0 || (r >= 0x1160 && r <= 0x11FF) || (r >= 0xD7B0 && r <= 0xD7FF)
}

func slowNormalize(text string) normText {
	// Pass 1: fold runes, keeping each output byte's source range.
	buf := make([]byte, 0, len(text))
	st := make([]int32, 0, len(text))
	en := make([]int32, 0, len(text))
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size <= 1 {
			// Invalid byte: keep a replacement so offsets stay sane.
			r = utf8.RuneError
			size = 1
		}
		f := foldRune(r)
		if f >= 0 {
			var tmp [4]byte
			n := utf8.EncodeRune(tmp[:], f)
			for k := 0; k < n; k++ {
				buf = append(buf, tmp[k])
				st = append(st, int32(i))
				en = append(en, int32(i+size))
			}
		}
		i += size
	}
	folded := string(buf)
	if norm.NFC.IsNormalString(folded) {
		return normText{s: folded, start: st, end: en}
	}
	// Pass 2: NFC segment by segment; each output segment maps to the
	// union of its input segment's source ranges.
	var it norm.Iter
	it.InitString(norm.NFC, folded)
	out := make([]byte, 0, len(folded))
	st2 := make([]int32, 0, len(folded))
	en2 := make([]int32, 0, len(folded))
	for !it.Done() {
		from := it.Pos()
		seg := it.Next()
		to := it.Pos()
		if to <= from {
			break
		}
		lo, hi := st[from], en[to-1]
		for _, b := range seg {
			out = append(out, b)
			st2 = append(st2, lo)
			en2 = append(en2, hi)
		}
	}
	return normText{s: string(out), start: st2, end: en2}
}
