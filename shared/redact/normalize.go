package redact

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normText is the text the detectors read: NFC, full-width forms folded to
// ASCII, dashes folded to '-', odd spaces folded to ' ' and zero-width
// characters dropped. When the input needed none of that, s is the input
// itself and there is nothing to map.
//
// Offsets map back through edits, a sorted list of the places that
// changed, so the common case of a few folded characters in a large
// document costs memory in proportion to the changes, not to the text.
// Only text that is not NFC (decomposed Hangul, rare) falls back to a
// per-byte map.
type normText struct {
	s     string
	valid bool // the input was valid UTF-8
	edits []edit
	// start[k] and end[k] are the original byte range of the source unit
	// that produced normalised byte k (NFC fallback only).
	start, end []int32
}

// edit says that normalised bytes [n, nEnd) came from original bytes
// [o, oEnd); between edits the two texts are identical.
type edit struct{ n, nEnd, o, oEnd int }

// origStart maps a normalised start offset back to the input.
func (t *normText) origStart(k int) int {
	if t.start != nil {
		if k >= len(t.start) {
			if len(t.end) == 0 {
				return 0
			}
			return int(t.end[len(t.end)-1])
		}
		return int(t.start[k])
	}
	// Last edit with n <= k.
	i := sort.Search(len(t.edits), func(i int) bool { return t.edits[i].n > k }) - 1
	if i < 0 {
		return k
	}
	e := t.edits[i]
	if k < e.nEnd {
		return e.o
	}
	return e.oEnd + k - e.nEnd
}

// origEnd maps a normalised end offset (exclusive) back to the input.
func (t *normText) origEnd(k int) int {
	if t.end != nil {
		if k <= 0 {
			return 0
		}
		return int(t.end[k-1])
	}
	// Last edit with n < k.
	i := sort.Search(len(t.edits), func(i int) bool { return t.edits[i].n >= k }) - 1
	if i < 0 {
		return k
	}
	e := t.edits[i]
	if k <= e.nEnd {
		return e.oEnd
	}
	return e.oEnd + k - e.nEnd
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
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x2061, 0x2062, 0x2063:
		return -1
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63:
		return '-'
	case 0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000:
		return ' '
	case 0x3002, 0xFF61, 0x2024:
		return '.'
	case 0xFE6B:
		return '@'
	case 0x2502, 0x2503, 0x2551, 0xFFE8: // │ ┃ ║: box-drawn tables read as '|' rows
		return '|'
	case 0x2500, 0x2501, 0x2550:
		return '-'
	case 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2554, 0x2557, 0x255A, 0x255D, 0x2560, 0x2563,
		0x2566, 0x2569, 0x256C:
		return '+'
	}
	return r
}

// stableNFC reports, cheaply, runes known to be NFC-stable starters that
// never combine with a neighbour, so that common Korean text skips the
// normalisation tables entirely.
func stableNFC(r rune) bool {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3, // Hangul syllables
		r >= 0x00A0 && r <= 0x00FF,                             // Latin-1
		r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E, // punctuation
		r >= 0x2150 && r <= 0x2189, r >= 0x2190 && r <= 0x2328, // numbers, arrows, maths
		r >= 0x232B && r <= 0x2BFF,                             // technical, enclosed, shapes
		r >= 0x3001 && r <= 0x3029, r >= 0x3030 && r <= 0x303F, // CJK punctuation
		r >= 0x3131 && r <= 0x318F, r >= 0x3200 && r <= 0x33FF, // compatibility jamo, enclosed CJK
		r >= 0x4E00 && r <= 0x9FFF, r >= 0xFF01 && r <= 0xFFEF: // ideographs, half/full-width
		return true
	}
	return false
}

// normalize prepares text for detection.
func normalize(text string) normText {
	var b *strings.Builder
	var edits []edit
	copied := 0 // text[:copied] has been handled into b
	unsure, valid := false, true
	// The number a scan's letter stands in, read once for all its letters.
	tokEnd, tokOK := 0, false
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 {
			conf := c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == 'S' || c == 'B' || c == 'Z' || c == 'b' || c == 'D' || c == '|' && (ocrPipe(text, i) || ocrDatePart(text, i) || ocrInMobile(text, i))
			if conf && i >= tokEnd {
				tokEnd, tokOK = ocrNumber(text, i)
			}
			if conf && (tokOK && i < tokEnd || ocrDigit(text, i) || ocrDatePart(text, i) || ocrDottedDate(text, i)) {
				// A scan read 0 as O and 1 as l inside a number:
				// "0l0-8107-0205", "01O-2046-3234", "(043)798-432O".
				if b == nil {
					b = &strings.Builder{}
					b.Grow(len(text))
				}
				b.WriteString(text[copied:i])
				n := b.Len()
				switch c {
				case 'O', 'o':
					b.WriteByte('0')
				case 'S':
					b.WriteByte('5')
				case 'B':
					b.WriteByte('8')
				case 'Z':
					b.WriteByte('2')
				case 'b':
					b.WriteByte('6')
				case 'D':
					b.WriteByte('0')
				default: // l, I and a pipe
					b.WriteByte('1')
				}
				edits = append(edits, edit{n: n, nEnd: n + 1, o: i, oEnd: i + 1})
				copied = i + 1
			}
			i++
			continue
		}
		if c >= 0xEA && c <= 0xED && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			// Inline decode of the common case, a Hangul syllable.
			r := rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
			if r >= 0xAC00 && r <= 0xD7A3 {
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		f := foldRune(r)
		if r == utf8.RuneError && size == 1 {
			f, valid = utf8.RuneError, false // invalid byte: read as U+FFFD
		}
		if f != r || size == 1 && r == utf8.RuneError {
			if b == nil {
				b = &strings.Builder{}
				b.Grow(len(text))
			}
			b.WriteString(text[copied:i])
			n := b.Len()
			if f >= 0 {
				b.WriteRune(f)
			}
			edits = append(edits, edit{n: n, nEnd: b.Len(), o: i, oEnd: i + size})
			copied = i + size
		} else if !stableNFC(r) {
			unsure = true
		}
		i += size
	}
	t := normText{s: text}
	if b != nil {
		b.WriteString(text[copied:])
		t = normText{s: b.String(), edits: edits}
	}
	t.valid = valid
	if unsure && !norm.NFC.IsNormalString(t.s) {
		t = t.nfc()
		t.valid = valid
	}
	return t
}

// ocrNumber reads the number-like token around i, a run of digits, the
// letters a scan takes for digits (O o l I S B Z b D) and the separators - . ( ),
// and reports its end and whether its letters are digits misread: it
// holds six digits or more, its letters are at most two in five of its
// characters, and no other letter touches it ("0lO-9797-3353",
// "O1037615876", "OlO)7603-0531"). A letter that opens a run of digits
// otherwise whole is a passport's ("S12345678", "M1234567"), unless it is
// an O before a telephone's 1.
func ocrNumber(t string, i int) (int, bool) {
	in := func(c byte) bool {
		return c >= '0' && c <= '9' || c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == 'S' || c == 'B' || c == 'Z' || c == 'b' || c == 'D' || c == '-' || c == '.' || c == '(' || c == ')' ||
			c == '|' || c == '/'
	}
	a := i
	for a > 0 && in(t[a-1]) && i-a < 64 {
		a--
	}
	e := i
	for e < len(t) && in(t[e]) {
		e++
	}
	letter := func(k int) bool { return k >= 0 && k < len(t) && (t[k]|0x20 >= 'a' && t[k]|0x20 <= 'z') }
	if a > 0 && (letter(a-1) || isDigit(t[a-1])) || letter(e) {
		return e, false
	}
	// "O10 3072 9691", "0lO 40l5 8831": a mobile's prefix misread, then
	// groups a space apart, each with a digit of its own.
	if e-a == 3 && (t[a] == '0' || t[a] == 'O') && (t[a+1] == '1' || t[a+1] == 'l' || t[a+1] == 'I') && (t[a+2] == '0' || t[a+2] == 'O' || isDigit(t[a+2])) {
		for groups := 0; groups < 2 && e+4 <= len(t) && t[e] == ' '; groups++ {
			g := e + 1
			for g < len(t) && g-e <= 5 && (isDigit(t[g]) || t[g] == 'O' || t[g] == 'l' || t[g] == 'I') {
				g++
			}
			if n := g - e - 1; n < 3 || n > 4 || letter(g) || !strings.ContainsAny(t[e+1:g], "0123456789") {
				break
			}
			e = g
		}
	}
	// "ol0-3S45 7583": a mobile whose prefix and groups a scan misread,
	// its groups a separator or a space apart.
	pa := a
	if pa < e && t[pa] == '(' {
		pa++ // "(0|0)8799-479|"
	}
	if e-pa >= 3 && ocrMobilePrefix(t[pa:pa+3]) {
		if me := ocrMobileEnd(t, pa); me > 0 {
			return max(e, me), true
		}
	}
	digits, letters := 0, 0
	for k := a; k < e; k++ {
		switch {
		case isDigit(t[k]):
			digits++
		case t[k] != '-' && t[k] != '.' && t[k] != '(' && t[k] != ')' && t[k] != ' ' && t[k] != '/':
			letters++
		}
	}
	if letters == 0 || letters*5 > (digits+letters)*2 {
		return e, false
	}
	if digits < 6 && !(digits >= 4 && ocrDateShape(t[a:e])) {
		return e, false // "6o.05.o7" is a date; shorter runs are words and codes
	}
	if k := strings.IndexFunc(t[a:e], func(r rune) bool { return r != '(' }); k >= 0 {
		f := a + k
		if letter(f) && !(t[f] == 'O' || t[f] == 'o') && strings.Trim(t[f+1:e], "0123456789") == "" {
			return e, false // a passport's letter
		}
		if (t[f] == 'S' || t[f] == 'B' || t[f] == 'Z' || t[f] == 'b' || t[f] == 'D') && letters == 1 && !strings.ContainsAny(t[f:e], ".-") {
			return e, false
		}
	}
	return e, true
}

// ocrMobilePrefix reports 010 as a scan may read it: "ol0", "OlO", "0I0".
func ocrMobilePrefix(p string) bool {
	return strings.IndexByte("0OoD", p[0]) >= 0 && strings.IndexByte("1lI|", p[1]) >= 0 && strings.IndexByte("0OoD", p[2]) >= 0 && p != "010"
}

// ocrInMobile reports a '|' at i inside a mobile whose prefix a scan
// misread ("0|D-9575 2423", "(0|0)8799-479|"): the prefix starts at
// most 13 bytes before it.
func ocrInMobile(t string, i int) bool {
	for k := max(0, i-13); k <= i && k+3 <= len(t); k++ {
		if (k == 0 || !isAlnum(t[k-1])) && ocrMobilePrefix(t[k:k+3]) {
			if e := ocrMobileEnd(t, k); e > i {
				return true
			}
		}
	}
	return false
}

// ocrMobileEnd returns the end of a mobile from its misread prefix at a:
// two groups of three or four and four characters of digits or misread
// letters, each after a hyphen, a dot or a space, with three digits or
// more among them; or 0.
func ocrMobileEnd(t string, a int) int {
	ok := func(c byte) bool { return isDigit(c) || strings.IndexByte("OolISBZbD|", c) >= 0 }
	e, digits := a+3, 0
	for g, size := range []int{4, 4} {
		if e >= len(t) || strings.IndexByte("-. ", t[e]) < 0 && !(g == 0 && t[e] == ')' && a > 0 && t[a-1] == '(') {
			return 0
		}
		k := e + 1
		for k < len(t) && k-e-1 < 4 && ok(t[k]) {
			if isDigit(t[k]) {
				digits++
			}
			k++
		}
		if n := k - e - 1; n != size && !(g == 0 && n == 3) {
			return 0
		}
		e = k
	}
	if digits < 3 || e < len(t) && isAlnum(t[e]) {
		return 0
	}
	return e
}

// ocrDateShape reports a date's shape read with letters for digits:
// "6o.05.o7", "Z00O.1o.21.": two to four, then one or two, then one or
// two characters, split by dots, hyphens or slashes.
func ocrDateShape(v string) bool {
	v = strings.TrimSuffix(v, ".")
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == '.' || r == '-' || r == '/' })
	if len(parts) != 3 || strings.Count(v, ".")+strings.Count(v, "-")+strings.Count(v, "/") != 2 {
		return false
	}
	if len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 4 {
		return true // "22/12/ZOZ2", "01/l2/1972": day, month, then the year
	}
	return len(parts[0]) >= 2 && len(parts[0]) <= 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2
}

// ocrPipe reports a '|' at i that a scan read for a 1: letters or digits
// on both sides ("247|264", "0|0-7294", "32|-6243" after a digit), on a
// line whose other pipes stand apart, as a table's separators do. A line
// of three pipes or more that touch a neighbour is a table written
// without spaces.
func ocrPipe(t string, i int) bool {
	alnum := func(k int) bool { return k >= 0 && k < len(t) && isAlnum(t[k]) }
	if !(alnum(i-1) && (alnum(i+1) || i+1 < len(t) && t[i+1] == '-' && isDigit(t[i-1]))) {
		return false
	}
	ls := strings.LastIndexByte(t[:i], '\n') + 1
	le := strings.IndexByte(t[i:], '\n')
	if le < 0 {
		le = len(t)
	} else {
		le += i
	}
	glued := 0 // pipes touching a neighbour: a table written without spaces has many
	for k := ls + 1; k < le-1; k++ {
		if t[k] == '|' && (t[k-1] != ' ' && t[k-1] != '\t' || t[k+1] != ' ' && t[k+1] != '\t') {
			glued++
		}
	}
	return glued <= 2
}

// ocrDatePart reports a letter at i inside the year, month or day of a
// date written in Korean that a scan misread: "77년 lZ월 27일생", "93년 7월
// l일생", "l4년 4월 9일생". The part is at most four characters of digits
// and the letters a scan takes for them, glued to its 년, 월 or 일, and the
// date's other units stand within a few characters.
func ocrDatePart(t string, i int) bool {
	ok := func(c byte) bool {
		return isDigit(c) || strings.IndexByte("OolISBZbD|", c) >= 0
	}
	a, e := i, i
	for a > 0 && ok(t[a-1]) && i-a < 4 {
		a--
	}
	for e < len(t) && ok(t[e]) && e-i < 4 {
		e++
	}
	if e-a > 4 || a > 0 && isAlnum(t[a-1]) {
		return false
	}
	rest := t[e:]
	if !strings.HasPrefix(rest, "년") && !strings.HasPrefix(rest, "월") && !strings.HasPrefix(rest, "일") {
		return false
	}
	w := t[max(0, a-14):min(len(t), e+18)]
	return strings.Contains(w, "년") && strings.Contains(w, "월") && strings.Contains(w, "일")
}

// ocrDottedDate reports a letter at i inside a date written with dots and
// spaces that a scan misread: "1975. 5. Z2.", "2014. 9. IB.", "1979. 1Z.
// 28.". The date is three parts, a year of two to four characters then
// two of one or two, with four digits or more among them.
func ocrDottedDate(t string, i int) bool {
	ok := func(c byte) bool {
		return isDigit(c) || strings.IndexByte("OolISBZbD|", c) >= 0
	}
	part := func(a, e int) (int, int) { // widen [a, e) over the part's characters
		for a > 0 && ok(t[a-1]) && e-a < 5 {
			a--
		}
		for e < len(t) && ok(t[e]) && e-a < 5 {
			e++
		}
		return a, e
	}
	a, e := part(i, i+1)
	if e-a > 4 {
		return false
	}
	parts := [][2]int{{a, e}}
	for len(parts) < 3 { // parts before: "…. " then this one
		l := parts[0][0]
		if l < 3 || t[l-1] != ' ' || t[l-2] != '.' || !ok(t[l-3]) {
			break
		}
		b, _ := part(l-3, l-2)
		parts = append([][2]int{{b, l - 2}}, parts...)
	}
	for len(parts) < 3 { // parts after: ". " then the next
		r := parts[len(parts)-1][1]
		if r+2 >= len(t) || t[r] != '.' || t[r+1] != ' ' || !ok(t[r+2]) {
			break
		}
		_, c := part(r+2, r+3)
		parts = append(parts, [2]int{r + 2, c})
	}
	if len(parts) != 3 {
		return false
	}
	y, end := parts[0], parts[2][1]
	if y[1]-y[0] < 2 || y[1]-y[0] > 4 || y[0] > 0 && isAlnum(t[y[0]-1]) || end < len(t) && isAlnum(t[end]) {
		return false
	}
	digits := 0
	for _, p := range parts[1:] {
		if p[1]-p[0] > 2 {
			return false
		}
	}
	for _, p := range parts {
		for k := p[0]; k < p[1]; k++ {
			if isDigit(t[k]) {
				digits++
			}
		}
	}
	return digits >= 4
}

// ocrDigit reports a letter at i that stands for a digit: between two
// digits, or after two digits with no letter or digit after it.
func ocrDigit(t string, i int) bool {
	digit := func(k int) bool { return k >= 0 && k < len(t) && t[k] >= '0' && t[k] <= '9' }
	letter := func(k int) bool {
		return k >= 0 && k < len(t) && (t[k]|0x20 >= 'a' && t[k]|0x20 <= 'z')
	}
	if digit(i-1) && digit(i+1) {
		return true
	}
	ol := func(k int) bool { return k >= 0 && k < len(t) && (t[k] == 'O' || t[k] == 'l' || t[k] == 'I') }
	sep := func(k int) bool { return k >= 0 && k < len(t) && (t[k] == '-' || t[k] == '.') }
	if digit(i-1) && (digit(i-2) || ol(i-2) && !letter(i-3)) && !letter(i+1) && !digit(i+1) && !letter(i-3) {
		return true
	}
	// Between a separator and a digit, or a digit and a separator, inside
	// a number: "19-S9-764", "1959-0S-26".
	if sep(i-1) && digit(i-2) && digit(i+1) || digit(i-1) && sep(i+1) && digit(i+2) && (sep(i-2) || digit(i-2)) {
		return true
	}
	// First in a number split by hyphens: "O1O-2046-3234"; the letter
	// stands alone before two digits, no word around it. Only O and l:
	// S, M or R before digits opens a passport number.
	if (t[i] == 'O' || t[i] == 'l' || t[i] == 'I') && (digit(i+1) || ol(i+1)) && (digit(i+2) || ol(i+2)) && (digit(i+1) || digit(i+2)) &&
		!letter(i-1) && !digit(i-1) && (i+3 >= len(t) || !letter(i+3) || ol(i+3)) {
		// "l992. 5. 8.", "I952": a year too.
		return strings.IndexAny(t[i:min(len(t), i+8)], "-.") > 0 || digit(i+3) && !digit(i+4)
	}
	return false
}

// nfc composes t segment by segment with a per-byte map; each output
// segment maps to the original range of its input segment.
func (t normText) nfc() normText {
	var it norm.Iter
	it.InitString(norm.NFC, t.s)
	out := make([]byte, 0, len(t.s))
	st := make([]int32, 0, len(t.s))
	en := make([]int32, 0, len(t.s))
	for !it.Done() {
		from := it.Pos()
		seg := it.Next()
		to := it.Pos()
		if to <= from {
			break
		}
		lo, hi := int32(t.origStart(from)), int32(t.origEnd(to))
		for _, c := range seg {
			out = append(out, c)
			st = append(st, lo)
			en = append(en, hi)
		}
	}
	return normText{s: string(out), start: st, end: en}
}
