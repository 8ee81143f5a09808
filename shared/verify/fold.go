package verify

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// view is the text verify reads: NFC, full-width forms as ASCII, all
// dash-like characters as '-', invisible characters removed. lo and hi
// give, per byte of s, the input range it came from (nil when s is the
// input unchanged).
type view struct {
	s      string
	lo, hi []int
}

func (f view) from(k int) int {
	if f.lo == nil {
		return k
	}
	if k >= len(f.lo) {
		if len(f.hi) == 0 {
			return 0
		}
		return f.hi[len(f.hi)-1]
	}
	return f.lo[k]
}

func (f view) to(k int) int {
	if f.hi == nil {
		return k
	}
	if k <= 0 {
		return 0
	}
	if k > len(f.hi) {
		k = len(f.hi)
	}
	return f.hi[k-1]
}

// mapRune says what verify reads for r: -1 means nothing.
func mapRune(r rune) rune {
	if r < 0x80 {
		return r
	}
	if 0xFF01 <= r && r <= 0xFF5E {
		return r - 0xFEE0
	}
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u2061', '\u2062', '\u2063':
		return -1
	case '‐', '‑', '‒', '–', '—', '―', '−', '﹣', '﹘':
		return '-'
	case '\u00a0', '\u3000', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
		'\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f':
		return ' '
	case '。', '｡', '․':
		return '.'
	case '﹫':
		return '@'
	}
	return r
}

// plainRune reports runes that are their own NFC form and never combine
// with a neighbour, so text made only of them needs no normalisation.
func plainRune(r rune) bool {
	switch {
	case r < 0x300, 0xAC00 <= r && r <= 0xD7A3, 0x4E00 <= r && r <= 0x9FFF, 0xFF00 <= r && r <= 0xFFEF:
		return true
	case 0x3000 <= r && r <= 0x33FF:
		return !(0x302A <= r && r <= 0x302F) && r != 0x3099 && r != 0x309A
	case 0x2010 <= r && r <= 0x2BFF:
		return !(0x20D0 <= r && r <= 0x20FF) && r != 0x2126 && r != 0x212A && r != 0x212B && r != 0x2329 && r != 0x232A
	}
	return false
}

func fold(text string) view {
	same, plain := true, true
	for _, r := range text {
		if r >= 0x80 && mapRune(r) != r {
			same = false
			break
		}
		if r == utf8.RuneError || !plainRune(r) {
			plain = false
		}
	}
	if same && (plain || norm.NFC.IsNormalString(text) && utf8.ValidString(text)) {
		return view{s: text}
	}
	buf := make([]byte, 0, len(text))
	var lo, hi []int
	for i, r := range text {
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			size = 1
			if _, n := utf8.DecodeRuneInString(text[i:]); n > 1 {
				size = n
			}
		}
		m := mapRune(r)
		if m < 0 {
			continue
		}
		before := len(buf)
		buf = utf8.AppendRune(buf, m)
		for k := before; k < len(buf); k++ {
			lo = append(lo, i)
			hi = append(hi, i+size)
		}
	}
	s := string(buf)
	if norm.NFC.IsNormalString(s) {
		return view{s: s, lo: lo, hi: hi}
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	out := make([]byte, 0, len(s))
	var lo2, hi2 []int
	for !it.Done() {
		a := it.Pos()
		seg := it.Next()
		b := it.Pos()
		if b <= a {
			break
		}
		for range seg {
			lo2 = append(lo2, lo[a])
			hi2 = append(hi2, hi[b-1])
		}
		out = append(out, seg...)
	}
	return view{s: string(out), lo: lo2, hi: hi2}
}
