package redact

import (
	"strings"
	"unicode/utf8"
)

// wrappedAddresses finds addresses that a cell or a line wrapped at its
// width, anywhere in the address: "서울특별시 관악구 봉천\n로 375",
// "해운대해변로\n  95길 34", "화곡로 3\n02, 5층", or a pipe table's
// continuation row that carries the rest of the cell. The end of the
// address's cell is joined with the start of its continuation, the join
// is read as one line, and what it finds on the continuation is masked
// where it stands. Other rules see each line alone.
func (sc *scanner) wrappedAddresses() {
	s := sc.s
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			return
		}
		le += ls
		ns := le + 1
		ne := strings.IndexByte(s[ns:], '\n')
		if ne < 0 {
			ne = len(s)
		} else {
			ne += ns
		}
		// Only a next line with a number near its start can carry an
		// address's rest: ask that first, it is cheap.
		if strings.IndexAny(s[ns:min(ne, ns+160)], "0123456789") >= 0 && (districtWord(s[ls:ns]) || sc.hasAny(s[ls:le], kwAddress)) {
			sc.joinCells(ls, le, ns, ne)
		}
		ls = ns
	}
}

// piece is a part of the text by its offsets.
type piece struct{ a, b int }

// joinCells joins each cell of the line [ls, le) that may hold a wrapped
// address with its continuation on the line [ns, ne).
func (sc *scanner) joinCells(ls, le, ns, ne int) {
	s := sc.s
	cells := splitCells(s, ls, le)
	next := splitCells(s, ns, ne)
	last := -1
	for k, c := range cells {
		if c.b > c.a {
			last = k
		}
	}
	for k, c := range cells {
		if c.b <= c.a {
			continue
		}
		t := s[c.a:c.b]
		if !districtWord(t) && !districtEnds(t) && !hasAny(t, kwAddress) {
			continue
		}
		var h piece
		switch {
		case len(next) == len(cells) && len(cells) > 1 && next[k].b > next[k].a && emptyBefore(next, k):
			h = next[k] // a pipe or tab table's continuation row
		case k == last:
			h = next[0]
			if len(next) > 1 && len(next) == len(cells) && h.b <= h.a {
				continue
			}
			if h.b-h.a > 64 {
				h.b = h.a + 64
				for h.b > h.a && !utf8.RuneStart(s[h.b]) {
					h.b--
				}
			}
		default:
			continue
		}
		if h.b <= h.a {
			continue
		}
		sc.joinAddress(c, h)
	}
}

// emptyBefore reports whether the cells before k are blank: a row that
// continues the one above it.
func emptyBefore(cells []piece, k int) bool {
	for _, c := range cells[:k] {
		if c.b > c.a {
			return false
		}
	}
	return true
}

// splitCells splits the line [a, b) at its pipes or tabs, each cell
// trimmed of spaces; a line without them is one cell.
func splitCells(s string, a, b int) []piece {
	sep := byte(0)
	switch {
	case strings.IndexByte(s[a:b], '|') >= 0:
		sep = '|'
	case strings.IndexByte(s[a:b], '\t') >= 0:
		sep = '\t'
	}
	var out []piece
	for st := a; ; {
		e := b
		if sep != 0 {
			if k := strings.IndexByte(s[st:b], sep); k >= 0 {
				e = st + k
			}
		}
		x, y := st, e
		for x < y && s[x] == ' ' {
			x++
		}
		for y > x && s[y-1] == ' ' {
			y--
		}
		out = append(out, piece{x, y})
		if e == b {
			return out
		}
		st = e + 1
	}
}

// joinAddress reads the tail t and the head h as one line, without a
// space between them and then with one, and adds what it finds of an
// address on h.
func (sc *scanner) joinAddress(t, h piece) {
	s := sc.s
	tail, head := s[t.a:t.b], s[h.a:h.b]
	if strings.IndexAny(head[:min(len(head), 40)], "0123456789") < 0 {
		return // no number near the join to read
	}
	lastT, _ := utf8.DecodeLastRuneInString(tail)
	firstH, _ := utf8.DecodeRuneInString(head)
	digitJoin := lastT < 0x80 && isDigit(byte(lastT))
	switch {
	case digitJoin && !(firstH < 0x80 && isDigit(byte(firstH))) && !hasPrefixAny(head, []string{"길", "번길", "로", "동", "호", "층", "가", "번지"}):
		return // the number ended its line, unless its unit or street follows ("해운대해변로95\n길 34", "101\n동 1203호")
	case digitJoin && isDigit(head[0]) && (phoneStart(head) || !splitNumber(tail, head)):
		return // "… 3\n02-2133-…": a telephone or an amount in the next cell, not a number's end
	case !digitJoin && !isHangul(lastT):
		return // "…(봉천동)", "… 375,": closed, or left to unitLine
	case !digitJoin && hasSuffixAny(tail, []string{"호", "층", "번지"}):
		return // the unit ended it
	}
	if isDigit(head[0]) && !numberOpens(head) {
		return // "3. 처분하고자", "5) RAHMAN", "51부**4*": a list's number or a plate
	}
	if k := strings.IndexAny(head, ":："); k >= 0 && k < 24 {
		return // "연락처: …": the next line is a field of its own
	}
	// Without a space between them ("봉천\n로 375", "화곡로 3\n02") and
	// with one ("올림픽로\n300"); the reading that finds more of the
	// head's digits wins.
	var best []hit
	bestN, bestSep := 0, 0
	for _, sep := range []string{"", " "} {
		j := tail + sep + head
		var got []hit
		n := 0
		// Only the address rules, and only at numbers near the join: the
		// rest of the join was read already, line by line.
		sub := scanner{s: j, opts: sc.opts, lx: sc.lx}
		join := len(tail) + len(sep)
		for i := max(0, len(tail)-24); i < len(j) && i < join+24; i++ {
			if isDigit(j[i]) && (i == 0 || !isDigit(j[i-1])) {
				if e := sub.addressAt(i); e > i {
					i = e - 1
				}
			}
		}
		for _, x := range sub.hits {
			if x.typ != TypeAddress || x.end <= len(tail)+len(sep) || x.start > len(tail)+len(sep)+16 || !wrapRules[x.rule] {
				continue // only what the road and lot rules read at the join
			}
			d := countDigits(j[max(x.start, len(tail)+len(sep)):x.end])
			if d == 0 {
				continue
			}
			got = append(got, x)
			n += d
		}
		if n > bestN {
			best, bestN, bestSep = got, n, len(sep)
		}
	}
	for _, x := range best {
		// The head's part, and the tail's part if the address began
		// there; what stands between them (the rest of the line, other
		// cells) is not the address's.
		ha := h.a + max(0, x.start-len(tail)-bestSep)
		hb := h.a + x.end - len(tail) - bestSep
		sc.addWrapped(ha, hb, x)
		if x.start < len(tail) {
			sc.addWrapped(t.a+x.start, t.b, x)
		}
	}
}

// addWrapped adds the part [a, b) of the address x found across lines.
// An address hit on the tail alone would keep it out: it starts where
// that one does and covers it.
func (sc *scanner) addWrapped(a, b int, x hit) {
	s := sc.s
	// The tail's hit was found on its line, among the last few.
	for k := len(sc.hits) - 1; k >= 0 && k >= len(sc.hits)-64; k-- {
		if o := sc.hits[k]; o.typ == TypeAddress && o.start < a && o.end > a {
			a = o.start
		}
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	if countDigits(s[a:b]) == 0 {
		return
	}
	mask := maskDigits(s[a:b])
	if strings.ContainsRune(x.mask, '○') && strings.HasSuffix(s[a:b], ")") {
		mask = maskReference(s[a:b])
	}
	sc.add(a, b, TypeAddress, x.rule+".wrapped", x.conf, mask)
}

// wrapRules are the rules that read an address from its road or lot, as
// the join is read; a label's column would take the whole next line.
var wrapRules = map[string]bool{"address.road": true, "address.lot": true, "address.unit": true, "address.apt": true}

// splitNumber reports whether the digits ending tail and those starting
// head can be one building number cut in two ("화곡로 3" + "02, 5층"): four
// digits at most together, the head's not an amount ("500,000").
func splitNumber(tail, head string) bool {
	k := len(tail)
	for k > 0 && isDigit(tail[k-1]) {
		k--
	}
	n := digitsAt(head, 0)
	if len(tail)-k+n > 4 {
		return false
	}
	if n < len(head) && (head[n] == ',' || head[n] == '.') && n+1 < len(head) && isDigit(head[n+1]) {
		return false
	}
	return true
}

// numberOpens reports whether the digits starting head may be a
// building or lot number, or the number of a side street: followed by the
// space, a comma, a hyphen and digits, a bracket, or 번지, 호, 층, 동, 길,
// 번길, 로; not by a list's "." or ")", nor by other letters, nor alone.
func numberOpens(head string) bool {
	n := digitsAt(head, 0)
	if n == len(head) {
		return false // alone in its cell: a row's number (roadBefore reads a number wrapped alone)
	}
	switch c := head[n]; {
	case c == ' ':
		return n+1 < len(head) && head[n+1] != ' ' // not a row's number before the next column
	case c == ',':
		return n+1 < len(head) && head[n+1] == ' ' // "2,SAETANG": a CSV row's number
	case c == '(':
		return true
	case c == '-':
		return n+1 < len(head) && isDigit(head[n+1])
	}
	return hasPrefixAny(head[n:], []string{"번지", "호", "층", "동", "길", "번길", "로"})
}

// phoneStart reports a telephone number at the start of s: "02-2133-",
// "031)745", "010 1234".
func phoneStart(s string) bool {
	if len(s) < 2 || s[0] != '0' {
		return false
	}
	n := digitsAt(s, 0)
	return n >= 9 || n >= 2 && n <= 4 && n < len(s) && strings.IndexByte("-) .", s[n]) >= 0 && digitsAt(s, n+1) >= 3
}

// countDigits counts the ASCII digits of s.
func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// wrappedNumbers reads a resident number or a mobile that a line's end
// broke inside ("980\n401-1458946", "010\n6341 9622"): the digits before
// and after the break, joined, must be a registration number that passes
// its checksum, or a mobile's eleven digits. Each part gets its own
// finding and its share of the one mask, so no mask runs over the line's
// end.
func (sc *scanner) wrappedNumbers() {
	s := sc.s
	for n := strings.IndexByte(s, '\n'); n >= 0; {
		next := strings.IndexByte(s[n+1:], '\n')
		if n > 0 && n+1 < len(s) && isDigit(s[n+1]) && (isDigit(s[n-1]) || s[n-1] == '-') {
			sc.wrappedNumber(n)
		}
		if next < 0 {
			break
		}
		n += 1 + next
	}
}

func (sc *scanner) wrappedNumber(n int) {
	s := sc.s
	num := func(c byte) bool { return isDigit(c) || c == '-' }
	a := n
	for a > 0 && num(s[a-1]) && n-a < 14 {
		a--
	}
	if a > 0 && (isAlnum(s[a-1]) || s[a-1] == '.' || s[a-1] == '*') {
		return
	}
	e := n + 1
	for e < len(s) && num(s[e]) && e-n < 15 {
		e++
	}
	// "010\n6341 9622": a mobile's last group a space apart.
	if e+5 <= len(s) && s[e] == ' ' && digitsAt(s, e+1) == 4 && (e+5 == len(s) || !isAlnum(s[e+5])) && e-n-1 == 4 {
		e += 5
	}
	if e < len(s) && (isAlnum(s[e]) || s[e] == '*') {
		return
	}
	joined := s[a:n] + s[n+1:e]
	d := onlyDigits(joined)
	var typ, rule string
	var keepFirst, keepLast int
	switch {
	case len(d) == 13 && strings.Count(joined, "-") == 1 && strings.Index(joined, "-") == 6 && rrnChecksum(d):
		t, _, ok := rrnCheck(d)
		if !ok {
			return
		}
		typ, rule, keepFirst = t, "rrn.wrapped", 7
	case len(d) == 11 && strings.HasPrefix(d, "010"):
		typ, rule, keepFirst, keepLast = TypeMobile, "mobile.wrapped", 3, 4
	default:
		return
	}
	for _, h := range sc.hits {
		if h.start < e && a < h.end {
			return // read already, whole or in part
		}
	}
	// The one mask, digit by digit, kept where the rule shows them.
	mask := []byte(s[a:e])
	k := 0
	for i := range mask {
		if isDigit(mask[i]) {
			if k >= keepFirst && k < len(d)-keepLast {
				mask[i] = '*'
			}
			k++
		}
	}
	p := n - a
	sc.add(a, n, typ, rule, 0.85, string(mask[:p]))
	sc.add(n+1, e, typ, rule, 0.85, string(mask[p+1:]))
}
