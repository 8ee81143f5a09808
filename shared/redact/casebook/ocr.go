package casebook

import (
	"math/rand/v2"
	"strings"
)

// ocrText adds the errors a scanner's OCR makes to plain text: 0 read as
// O, 1 as l, a space inside a word, brackets and punctuation misread.
func ocrText(r *rand.Rand, s string) string {
	var b strings.Builder
	prevHangul := false
	for _, c := range s {
		switch {
		case c == '0' && r.IntN(14) == 0:
			b.WriteRune('O')
		case c == '1' && r.IntN(14) == 0:
			b.WriteRune('l')
		case c == '「' && r.IntN(3) == 0:
			b.WriteRune('[')
		case c == '」' && r.IntN(3) == 0:
			b.WriteRune(']')
		case c == '·' && r.IntN(3) == 0:
			b.WriteRune('.')
		case c == ':' && r.IntN(20) == 0:
			b.WriteRune(';')
		case isHangul(c) && prevHangul && r.IntN(70) == 0:
			b.WriteRune(' ')
			b.WriteRune(c)
		case c == '을' && r.IntN(30) == 0:
			b.WriteRune('울')
		case c == '는' && r.IntN(30) == 0:
			b.WriteRune('눈')
		default:
			b.WriteRune(c)
		}
		prevHangul = isHangul(c)
	}
	return b.String()
}

// ocrValue misreads one character of a value, or splits a name, the way
// OCR does. The value keeps its type: it is what the text now holds.
func ocrValue(r *rand.Rand, typ, v string) string {
	rs := []rune(v)
	switch typ {
	case tName, tAddress:
		var at []int
		for i := 1; i < len(rs); i++ {
			if isHangul(rs[i]) && isHangul(rs[i-1]) {
				at = append(at, i)
			}
		}
		if len(at) == 0 {
			return v
		}
		i := at[r.IntN(len(at))]
		return string(rs[:i]) + " " + string(rs[i:])
	case tEmail:
		return v
	}
	var at []int
	for i, c := range rs {
		if c == '0' || c == '1' || c == '5' || c == '8' {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return v
	}
	i := at[r.IntN(len(at))]
	rs[i] = map[rune]rune{'0': 'O', '1': 'l', '5': 'S', '8': 'B'}[rs[i]]
	return string(rs)
}
