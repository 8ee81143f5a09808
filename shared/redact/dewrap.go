package redact

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A line wrapped at its width cuts whatever stands at its end: a cell of
// a PDF table ("92\n0927"), a kv field ("성명: 금\n점례"), a bracket in a
// sentence ("(우리은행 242\n2618183737)"). The rules read line by line, so
// they see two halves that are no longer personal data. Text extracted
// from a PDF or an OCR'd scan wraps this way at every line, mid-word for
// Korean, which HWP and Word break by the letter.
//
// The text is read a second time with those breaks removed. Only what
// that reading finds across a removed break is taken, split at the break
// into one finding per line, so every other rule keeps its own reading
// and no finding spans a line.

// cut is a byte the joined reading takes out: a line break that may cut
// a value, or a space inside a value a form or a scan set one character
// apart. sep says a break stood for a space ("010 9885\n9860", "자이아파트
// 112동\n203호"), read as one; otherwise it is read as nothing ("92\n0927",
// "금\n점례"). space marks the spaces of a spaced-out value, which stay
// inside its one finding.
type cut struct {
	at    int
	sep   bool
	space bool
}

// wrapCuts returns the line breaks of s (split into lines) that may cut
// a value: a break between two letters or digits, not before a list
// item, a row's number or a new field, and not among the cells of a
// table that puts one cell on each line.
func wrapCuts(s string, lines []span) []cut {
	var cuts []cut
	var inCells []bool // lines of a table laid out one cell to a line
	run := 0           // bytes of the joined line that ends at line i
	for i := 0; i+1 < len(lines); i++ {
		p, q := s[lines[i].start:lines[i].end], s[lines[i+1].start:lines[i+1].end]
		if !cutBefore(cuts, lines[i].start-1) {
			run = len(p) // line i starts a joined line
		}
		// A joined line stays about as long as a row wrapped twice: lines
		// that each run on into the next ("…, 2014. 3. 1.\n주민등록번호 …")
		// are a list, and joining them all would make one line of the
		// whole text.
		if run+len(q) > maxJoined || !wrapEnds(p, q) {
			continue
		}
		pc, qc := columns(p), columns(q)
		switch {
		case qc != sepNone && pc != qc:
			continue // a caption or a field before a table's row
		case qc != sepNone:
			// Two rows, or one row that stops short of its columns and
			// goes on: then what starts the next line is no row's number.
			if !rowContinues(s, lines, i, qc) || qc == sepSpaces && newItem(q) {
				continue
			}
		case newItem(q) && !roadNumberWrap(p, q) && !hyphenWrap(p, q):
			continue
		}
		if inCells == nil {
			inCells = cellBlocks(s, lines)
		}
		// Tables of one cell to a line have rules of their own (cellRows,
		// brokenName), and a break there ends a cell.
		if inCells[i] || inCells[i+1] {
			continue
		}
		cuts = append(cuts, cut{at: lines[i].end, sep: spaceCut(p, q)})
		run += 1 + len(q)
	}
	return cuts
}

// spacedCuts returns the spaces inside values that a form or a scan set
// one character apart: "4 6 5 7 9 3 - 7 7 - 3 6 4 7 1 3", "2 0 0 1 . 0 3 .
// 2 1 .", "( 0 2 ) 6 4 6 0 - 0 5 3 6", "M 8 2 4 X 4 5 1 4", "7 5 보 9 2 4
// 1", "2 0 0 9 년 2 월 2 7 일". A run of such characters, one space
// apart, with seven digits or more (five with a separator), is read
// squeezed; a run longer than any value ("1 1 1 1 …") is none.
func spacedCuts(s string) []cut {
	var cuts []cut
	one := func(k int) int { // the size of a one-character token at k, or 0
		if k >= len(s) {
			return 0
		}
		size := 1
		switch c := s[k]; {
		case c < 0x80 && (isAlnum(c) || strings.IndexByte(".-/()+:", c) >= 0):
		case c >= 0xEA && c <= 0xED && hangulAt(s, k):
			size = 3
		default:
			return 0
		}
		if e := k + size; e < len(s) && s[e] != ' ' && s[e] < 0x80 && (isAlnum(s[e]) || s[e] == '@' || (s[e] == ',' || s[e] == '.') && e+1 < len(s) && isDigit(s[e+1])) {
			return 0 // a longer word, or a number ("1,394,000원")
		}
		return size
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' && s[i-1] != '\t' && s[i-1] != '\n' && s[i-1] != '|' && s[i-1] != ',' && s[i-1] != '(' {
			continue
		}
		n := one(i)
		if n == 0 || i+n >= len(s) || s[i+n] != ' ' {
			continue
		}
		var sp []int
		digits, seps, hangul, toks := 0, 0, 0, 0
		k := i
		for {
			switch {
			case isDigit(s[k]):
				digits++
			case n == 3 && !strings.HasPrefix(s[k:], "년") && !strings.HasPrefix(s[k:], "월") && !strings.HasPrefix(s[k:], "일"):
				hangul++ // a date's 년, 월 and 일 are its separators
			case strings.IndexByte(".-/()", s[k]) >= 0:
				seps++
			}
			toks++
			e := k + n
			if e+1 < len(s) && s[e] == ' ' && toks < 40 {
				if m := one(e + 1); m > 0 {
					sp = append(sp, e)
					k, n = e+1, m
					continue
				}
			}
			break
		}
		if hangul <= 1 && toks <= 24 && (digits >= 7 || digits >= 5 && seps > 0) {
			for _, p := range sp {
				cuts = append(cuts, cut{at: p, space: true})
			}
		}
		i = k
	}
	return cuts
}

// strayCuts returns the spaces a form or a scan left inside a telephone,
// one or two digits set apart at its start or end, or a group broken in
// its middle ("055-33 43-5034"): "0 10-2651-2758", "010-6530-033
// 7", "01 0.7539.0662", "+82-10-2846-960 6". Joined, the two tokens must
// read as a telephone's digits and separators, ten or eleven digits (twelve
// after +82).
func strayCuts(s string) []cut {
	var cuts []cut
	in := func(c byte) bool { return isDigit(c) || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' }
	for p := 1; p+1 < len(s); p++ {
		if s[p] != ' ' || !isDigit(s[p-1]) || !isDigit(s[p+1]) {
			continue
		}
		a := p
		for a > 0 && in(s[a-1]) && p-a < 20 {
			a--
		}
		e := p + 1
		for e < len(s) && in(s[e]) && e-p < 20 {
			e++
		}
		if a > 0 && isAlnum(s[a-1]) || e < len(s) && isAlnum(s[e]) {
			continue
		}
		left, right := s[a:p], s[p+1:e]
		lg := len(left) - len(strings.TrimRight(left, "0123456789"))
		fg := digitsAt(right, 0)
		if len(left) > 2 && len(right) > 2 && !(lg+fg >= 3 && lg+fg <= 4 && lg < 4 && fg < 4 && len(left) > lg && len(right) > fg) {
			continue // "055-33 43-5034": a group broken inside, too
		}
		j := left + right
		d := countDigits(j)
		if !strings.ContainsAny(j, "-.)") || !(j[0] == '0' && (d == 10 || d == 11) || strings.HasPrefix(j, "+82") && d >= 11 && d <= 12) {
			continue
		}
		if k := strings.IndexAny(j, "-.)"); k < 2 || k > 4 && j[0] != '+' {
			continue // an area code or 010, then its separator
		}
		cuts = append(cuts, cut{at: p, space: true})
	}
	return cuts
}

// mergeCuts merges two lists of cuts, each in order of place.
func mergeCuts(a, b []cut) []cut {
	if len(b) == 0 {
		return a
	}
	out := append(a[:len(a):len(a)], b...)
	sort.Slice(out, func(i, j int) bool { return out[i].at < out[j].at })
	return out
}

// maxJoined bounds a joined line, in bytes: three lines of a wide table.
const maxJoined = 600

// cutBefore reports whether the last cut is the break at n.
func cutBefore(cuts []cut, n int) bool {
	return len(cuts) > 0 && cuts[len(cuts)-1].at == n
}

// columns says how a line is split into columns: pipes, tabs, a run of
// spaces, or none.
func columns(t string) sep {
	t = strings.TrimLeft(t, " ")
	switch {
	case strings.IndexByte(t, '|') >= 0:
		return sepPipe
	case strings.IndexByte(t, '\t') >= 0:
		return sepTab
	case strings.Contains(t, "  "):
		return sepSpaces
	case fieldCommas(t) >= 2 && !strings.Contains(t, ", "):
		return sepComma // "일시,접속 IP,조회 건수": a system's CSV export
	}
	return sepNone
}

// fieldCommas counts the commas of t that part fields, not thousands
// ("6,855,000원").
func fieldCommas(t string) int {
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] == ',' && !(i > 0 && isDigit(t[i-1]) && digitsAt(t, i+1) == 3) {
			n++
		}
	}
	return n
}

// gaps counts the column breaks of a line split by k.
func gaps(t string, k sep) int {
	t = strings.TrimSpace(t)
	switch k {
	case sepPipe:
		return strings.Count(t, "|")
	case sepTab:
		return strings.Count(t, "\t")
	case sepComma:
		return fieldCommas(t)
	}
	n := 0
	for i := 0; i+1 < len(t); i++ {
		if t[i] == ' ' && t[i+1] == ' ' && (i == 0 || t[i-1] != ' ') {
			n++
		}
	}
	return n
}

// cellBlocks marks the lines of tables laid out one cell to a line: the
// lines in or next to a run of three or more short lines ("5", "편",
// "준은", "010 8174 8363"), and the rows between running numbers alone on
// their lines ("3", then "4" a row later). A wrapped row of a PDF table
// leaves one short line at a time, and numbers no rows.
func cellBlocks(s string, lines []span) []bool {
	out := make([]bool, len(lines))
	short := func(i int) bool {
		t := strings.TrimSpace(s[lines[i].start:lines[i].end])
		return t != "" && !strings.ContainsAny(t, "\t|:") && strings.Count(t, " ") <= 2 && utf8.RuneCountInString(t) <= 15
	}
	for i := 0; i < len(lines); {
		if !short(i) {
			i++
			continue
		}
		j := i
		for j < len(lines) && short(j) {
			j++
		}
		if j-i >= 3 {
			for k := max(0, i-1); k < min(len(lines), j+1); k++ {
				out[k] = true
			}
		}
		i = j
	}
	// Running numbers: n alone on a line, n+1 alone within a row's
	// lines after it. The rows between them are cells, and so is the
	// last row, as long as the one before it.
	prevLine, prevNum := -1, 0
	for i := range lines {
		t := strings.TrimSpace(s[lines[i].start:lines[i].end])
		if !runningNumber(t) {
			continue
		}
		n, _ := strconv.Atoi(t) // runningNumber: one to three digits
		if prevLine >= 0 && n == prevNum+1 && i-prevLine <= 24 {
			for k := prevLine; k < min(len(lines), i+(i-prevLine)); k++ {
				out[k] = true
			}
		}
		prevLine, prevNum = i, n
	}
	return out
}

// rowContinues reports a row split by k that stops short of its columns
// at line i and goes on at line i+1: the two together have no more
// columns than the full rows above ("3\t5\t제갈민민\t7911" and
// "14\t서울 …", "| 1 | 변다진 | 92" and "0927 | 서울 … |").
func rowContinues(s string, lines []span, i int, k sep) bool {
	p, q := s[lines[i].start:lines[i].end], s[lines[i+1].start:lines[i+1].end]
	full := 0
	for x := max(0, i-3); x < i; x++ {
		if t := s[lines[x].start:lines[x].end]; columns(t) == k {
			full = max(full, gaps(t, k))
		}
	}
	np := gaps(p, k)
	return np < full && np+gaps(q, k) <= full
}

// spaceCut reports a break that stood for a space: between a word and a
// number ("112동\n203호", "10월\n14일생"), between the four-digit groups
// of a spaced number ("010 9885\n9860"), or between two words of a
// Latin name ("Thi\nHoa").
func spaceCut(p, q string) bool {
	last, _ := utf8.DecodeLastRuneInString(p)
	first, _ := utf8.DecodeRuneInString(q)
	switch {
	case isHangul(last) && first < 0x80 && isDigit(byte(first)):
		return true
	case last < 0x80 && isDigit(byte(last)) && first < 0x80 && isDigit(byte(first)):
		k := len(p)
		for k > 0 && isDigit(p[k-1]) {
			k--
		}
		n := digitsAt(q, 0)
		if n == 4 && (n == len(q) || !isDigit(q[n]) && q[n] != '-') && (k == 0 || p[k-1] != '-') {
			// "5208\n5254 7103", "010 9885\n9860", "010\n4206 1675"
			return len(p)-k == 4 || len(p)-k == 3 && p[k] == '0'
		}
		return false
	case last >= 'a' && last <= 'z' && first >= 'A' && first <= 'Z':
		return true
	}
	return false
}

// wrapEnds reports whether the line p may end inside a value that the
// line q goes on with: letters or digits on both sides of the break, p
// not closed by a sentence's end, a label or a bracket.
func wrapEnds(p, q string) bool {
	last, _ := utf8.DecodeLastRuneInString(p)
	first, _ := utf8.DecodeRuneInString(q)
	if !wrapRune(last) || !wrapRune(first) {
		return false
	}
	if spacedEnd(p) {
		return false // "서 울 특 별 시": letters set apart, a title
	}
	if countEnd(p) {
		return false // "… 4,926,000원": an amount or a count ends its row
	}
	if lp, fq := p[strings.LastIndexAny(p, " \t|")+1:], strings.Fields(q); len(fq) > 0 && strings.Contains(fq[0], "@") && strings.Trim(lp, "0123456789-*.()") == "" {
		return false // "010-****-4198" then "d***@daum.net": a telephone, then an e-mail
	}
	switch last {
	case ':', ';', ',', ')', ']', '>', '」', '』':
		return false // a field's label, or a closed bracket
	case '.':
		if r, _ := utf8.DecodeLastRuneInString(p[:len(p)-1]); !(r < 0x80 && isDigit(byte(r))) {
			return false // a sentence's end; "061.\n933" and "2013.09.\n06" go on
		}
	}
	return true
}

// hyphenWrap reports a number its line's end broke after a hyphen, "산
// 23-" then "12 …": no value ends with one, so the next line's digits
// are its rest, not a row's number.
func hyphenWrap(p, q string) bool {
	n := len(p)
	return n >= 2 && p[n-1] == '-' && isDigit(p[n-2]) && isDigit(q[0])
}

// roadNumberWrap reports a building number its line's end broke after a
// road's name: "동일로 2" then "37) 인근", which reads like a list's item.
func roadNumberWrap(p, q string) bool {
	k := len(p)
	for k > 0 && isDigit(p[k-1]) {
		k--
	}
	if k == len(p) || k < 4 || p[k-1] != ' ' || !isDigit(q[0]) {
		return false
	}
	return strings.HasSuffix(p[:k-1], "로") || strings.HasSuffix(p[:k-1], "길")
}

// countEnd reports a line that ends with a number and its unit: an
// amount (4,926,000원), a count (15명, 3건, 12세대), a rate (12.5%).
func countEnd(p string) bool {
	w := p[strings.LastIndexAny(p, " \t|")+1:]
	for _, u := range []string{"원", "명", "건", "개", "세대", "가구", "%", "회", "매", "부"} {
		if v, ok := strings.CutSuffix(w, u); ok && v != "" && isDigit(v[len(v)-1]) {
			return strings.Trim(v, "0123456789,.") == ""
		}
	}
	return false
}

// spacedEnd reports a line that ends with two words of one letter each.
func spacedEnd(p string) bool {
	f := strings.Fields(p)
	if len(f) < 2 {
		return false
	}
	return utf8.RuneCountInString(f[len(f)-1]) == 1 && utf8.RuneCountInString(f[len(f)-2]) == 1
}

// wrapRune reports a rune a cut value may end or begin with.
func wrapRune(r rune) bool {
	switch {
	case r == utf8.RuneError || r == ' ' || r == '\t' || r == '|' || r == '\r':
		return false
	case r < 0x80:
		return isAlnum(byte(r)) || strings.ContainsRune(".-@)(:;,]>", r)
	}
	return isHangul(r) || r == '」' || r == '』'
}

// columned reports a line laid out in columns: pipes, tabs or a run of
// spaces.
func columned(t string) bool {
	return strings.ContainsAny(t, "|\t") || strings.Contains(t, "  ")
}

// newItem reports a line that opens something of its own: a list item
// ("3. ", "가) ", "(1)", "○"), a row's running number ("6 류희은", "2\t"),
// an amount, a field ("전화: …", "붙임").
func newItem(q string) bool {
	r, size := utf8.DecodeRuneInString(q)
	if strings.ContainsRune("·ㆍ○●◦•▶▷□■※◎◇◆☐①②③④⑤⑥⑦⑧⑨⑩*", r) {
		return true
	}
	if r == '-' && len(q) > 1 && q[1] == ' ' || ruleLine(q) {
		return true // "- 항목", "-----"
	}
	if r == '(' {
		k := 1
		for k < len(q) && k < 8 && q[k] != ')' {
			k++
		}
		return k < len(q) && q[k] == ')' && k <= 4 // "(1)", "(가)"
	}
	if isDigit(q[0]) {
		d := digitsAt(q, 0)
		switch {
		case d < len(q) && d <= 2 && (q[d] == ')' || q[d] == '.') && (d+1 == len(q) || q[d+1] == ' '):
			return true // "3. ", "1) "; not "17)로 지급함"
		case q[0] != '0' && d <= 3 && (d == len(q) || q[d] == ' ' || q[d] == '\t'):
			return true // a row's number; "0927" and "51225" are a value's rest
		case d <= 3 && d+4 <= len(q) && q[d] == ',' && digitsAt(q, d+1) == 3:
			return true // "2,818,000원": an amount in the next cell
		case q[0] != '0' && d <= 3 && d+1 < len(q) && q[d] == ',' && !isDigit(q[d+1]):
			return true // "3,빈옥봉,…": a CSV row's number
		}
		return false
	}
	if isHangul(r) && size < len(q) && (q[size] == '.' || q[size] == ')') && (size+1 == len(q) || q[size+1] == ' ') {
		return true // "가. ", "나)"
	}
	if k := strings.IndexAny(q, ":："); k > 0 && k <= 20 && !strings.ContainsAny(q[:k], "()") {
		return true // "전화: …", "여권 정보: …"
	}
	if w, _, _ := strings.Cut(q, " "); w != q {
		if r, ok := labelRoles[w]; ok && r != roleNone {
			return true // "국적 대한민국": a form's next field
		}
	}
	return strings.HasPrefix(q, "붙임") || strings.HasPrefix(q, "끝.")
}

// dewrapped reads again, with its cuts joined, the part of the text
// around each cut: the block of lines it stands in, back to a blank line
// (where a table's header is) and on to the next. It returns what that
// reading finds across the cuts, in the text's offsets: each finding as
// its parts, one to a line. What the whole text says of itself (that it
// is about foreigners, its newest year, the names found in it) holds for
// each part.
func (sc *scanner) dewrapped(cuts []cut, known map[string]string) []joinedHit {
	s := sc.s
	var out []joinedHit
	for i := 0; i < len(cuts); {
		a, b := blockAround(s, cuts[i].at)
		j := i + 1
		for j < len(cuts) && cuts[j].at < b {
			b = max(b, blockEnd(s, cuts[j].at))
			j++
		}
		sub := &scanner{opts: sc.opts, lx: sc.lx, docForeign: sc.docForeign, newest: sc.newestYear(), newestRead: true, disc: sc.docDisc(), discRead: true}
		for _, h := range joinRead(s, a, b, cuts[i:j], sub, known) {
			out = append(out, h)
		}
		i = j
	}
	return out
}

// maxBlock bounds the lines read around a cut on each side.
const maxBlock = 60

// blockAround returns the block of lines around the break at n: back to
// a blank line and on to the next, at most maxBlock lines each way.
func blockAround(s string, n int) (int, int) {
	a := strings.LastIndexByte(s[:n], '\n') + 1 // the line the break ends
	for k := 0; k < maxBlock && a > 0; k++ {
		p := strings.LastIndexByte(s[:a-1], '\n') + 1 // the line before
		if strings.TrimSpace(s[p:a-1]) == "" {
			break
		}
		a = p
	}
	return a, blockEnd(s, n)
}

// blockEnd returns where the block of lines after the break at n ends: at
// a blank line, or maxBlock lines on.
func blockEnd(s string, n int) int {
	b := n + 1
	for k := 0; k < maxBlock && b < len(s); k++ {
		e := strings.IndexByte(s[b:], '\n')
		if e < 0 {
			return len(s)
		}
		if strings.TrimSpace(s[b:b+e]) == "" {
			return b
		}
		b += e + 1
	}
	return min(b, len(s))
}

// joinRead reads s[a:b] with the cuts in it joined, by sub, and returns
// the findings across them in s's offsets.
func joinRead(s string, a, b int, cuts []cut, sub *scanner, known map[string]string) []joinedHit {
	var sb strings.Builder
	sb.Grow(b - a)
	from := a
	// at[k] is where cut k stands in the joined text: its space, or the
	// byte after it when nothing stands for it.
	at := make([]int, len(cuts))
	for k, c := range cuts {
		sb.WriteString(s[from:c.at])
		at[k] = sb.Len()
		if c.sep {
			sb.WriteByte(' ')
		}
		from = c.at + 1
	}
	sb.WriteString(s[from:b])
	j := sb.String()
	// shift[k] counts the cuts before cut k that nothing stands for.
	shift := make([]int, len(cuts)+1)
	for k, c := range cuts {
		shift[k+1] = shift[k]
		if !c.sep {
			shift[k+1]++
		}
	}
	sub.s, sub.lay = j, analyze(j, sub.lx)
	var out []joinedHit
	for _, h := range sub.readAll(known) {
		k := sort.SearchInts(at, h.start+1) // the first cut after the hit's start
		single := k == len(at) || at[k] >= h.end || cuts[k].sep && at[k]+1 >= h.end
		if single && !(k > 0 && h.typ == TypeAddress && h.start-at[k-1] <= 1 && strings.Contains(j[h.start:h.end], "호")) {
			// Within one line: the lines' own reading has it, unless
			// the line before said what it is ("롯데캐슬아파트" then
			// "112동 1204호" at the next line's start).
			continue
		}
		parts := splitHit(s[a:b], j, h, cuts, at, shift)
		for x := range parts {
			parts[x].start += a
			parts[x].end += a
		}
		// A name ends where its word does ("차현정" before "추가" is
		// another word); a number may have its unit or particle after it
		// ("19번지는", "1204호(").
		whole := h.end == len(j) || strings.IndexByte(" \t\n|,()[]", j[h.end]) >= 0 || h.typ != TypeName && hasPrefixAny(j[h.end:], unitAfter)
		out = append(out, joinedHit{parts: parts, whole: whole, single: single})
	}
	return out
}

// unitAfter may follow a number that ends where its word does: a unit,
// or a particle with its space.
var unitAfter = []string{"번지", "호", "동 ", "층", "은 ", "는 ", "에 ", "의 ", "이 ", "가 ", "로 ", "를 ", "을 ", "와 ", "과 ", "도 ", "에서"}

// joinedHit is a finding of the joined reading, as its parts in the
// text, one to a line; whole says that it ends where a word ends ("박병윤"
// before a tab, not "차현정추" before "가 자료를").
type joinedHit struct {
	parts  []hit
	whole  bool
	single bool // on one line, read with the line before: it only adds
}

// splitHit maps the hit h of the joined text j back to s, one hit for
// each line it covers; the spaces of a spaced-out value stay inside it.
// The mask is cut where the value is, letter by letter, so the parts
// together are the one mask; a mask of another length falls back to
// masking every letter and digit of each part.
func splitHit(s, j string, h hit, cuts []cut, at, shift []int) []hit {
	mask := []rune(h.mask)
	whole := utf8.RuneCountInString(j[h.start:h.end]) == len(mask)
	// orig maps an offset of j that is no cut's space back to s.
	orig := func(x int) int {
		return x + shift[sort.SearchInts(at, x+1)] // the cuts at or before x
	}
	var out []hit
	r := 0 // runes of the mask used
	var pm strings.Builder
	pa, pe := -1, 0         // the part being built, in s
	seg := func(a, b int) { // j[a:b], with no cut inside, belongs to the part
		if b <= a {
			return
		}
		oa := orig(a)
		if pa < 0 {
			pa = oa
		}
		pe = oa + b - a
		n := utf8.RuneCountInString(j[a:b])
		if whole {
			pm.WriteString(string(mask[r : r+n]))
		} else {
			pm.WriteString(maskAll(j[a:b]))
		}
		r += n
	}
	flush := func() {
		if pa >= 0 {
			// A part the rule shows whole ("12가" of a plate) masks
			// nothing and is dropped; a name's first letter alone ("금"
			// of "금\n점례") and the last digits a telephone's mask
			// shows ("9860" of "010 9885\n9860") stay parts of the
			// finding, which says where the value is.
			if m := pm.String(); m != s[pa:pe] || pe-pa <= 3 || shownDigits(m) {
				out = append(out, hit{start: pa, end: pe, typ: h.typ, rule: h.rule + ".wrapped", conf: h.conf, mask: m})
			}
		}
		pa = -1
		pm.Reset()
	}
	a := h.start
	for k := sort.SearchInts(at, h.start+1); k < len(at) && at[k] < h.end; k++ {
		seg(a, at[k])
		a = at[k]
		switch {
		case cuts[k].space:
			pm.WriteByte(' ') // the value's own space, kept
			pe = cuts[k].at + 1
		case cuts[k].sep:
			flush()
			a++
			r++ // the space's place in the mask
		default:
			flush()
		}
	}
	seg(a, h.end)
	flush()
	return out
}

// shownDigits reports the part of a value its mask shows whole: the last
// four digits of a telephone or a card.
func shownDigits(m string) bool {
	return len(m) == 4 && countDigits(m) == 4
}

// addWrapped adds to hits, the lines' own reading, what the joined reading
// found across their breaks. A joined finding that meets a finding of
// another kind on one of its lines read two values as one ("466호" and
// the telephone on the next line) and is dropped, and so is one that
// ends inside a word ("예금주 차현정" and "추가 자료를", a passport and
// "13:34"). One that completes what a line read ("010 9885" and "9860",
// "박병" and "윤") replaces what it covers.
func addWrapped(hits []hit, joined []joinedHit) []hit {
	// hits are resolved: in order, none overlapping.
	meets := func(p hit, f func(h hit) bool) bool {
		for k := sort.Search(len(hits), func(k int) bool { return hits[k].end > p.start }); k < len(hits) && hits[k].start < p.end; k++ {
			if f(hits[k]) {
				return true
			}
		}
		return false
	}
	var more []hit
	for _, jh := range joined {
		ok := true
		for _, p := range jh.parts {
			if meets(p, func(h hit) bool { return jh.single || !jh.whole || family(h.typ) != family(p.typ) }) {
				ok = false
				break
			}
		}
		if ok {
			more = append(more, jh.parts...)
		}
	}
	if len(more) == 0 {
		return hits
	}
	// What a kept part covers whole, it replaces.
	covered := map[int]bool{}
	for _, p := range more {
		for k := sort.Search(len(hits), func(k int) bool { return hits[k].end > p.start }); k < len(hits) && hits[k].start < p.end; k++ {
			if p.start <= hits[k].start && hits[k].end <= p.end {
				covered[k] = true
			}
		}
	}
	out := more
	for k, h := range hits {
		if !covered[k] {
			out = append(out, h)
		}
	}
	return resolve(out)
}

// family groups the types one value may be read as: a telephone as a
// mobile or a landline, a card's digits as an account's.
func family(t string) string {
	switch t {
	case TypeLandline:
		return TypeMobile
	case TypeCard:
		return TypeAccount
	case TypeFRN:
		return TypeRRN
	}
	return t
}

// oneLine splits each hit that runs over a line's end into one hit per
// line, each with its share of the mask: a reader that read a unit on
// the next line ("안로 0\n1동") still leaves every finding on one line,
// as the staff's review and the offsets downstream expect.
func oneLine(s string, hits []hit) []hit {
	var out []hit
	for k, h := range hits {
		v := s[h.start:h.end]
		if strings.IndexByte(v, '\n') < 0 {
			if out != nil {
				out = append(out, h)
			}
			continue
		}
		if out == nil {
			out = append(make([]hit, 0, len(hits)+4), hits[:k]...)
		}
		mask := []rune(h.mask)
		whole := utf8.RuneCountInString(v) == len(mask)
		r := 0
		for a := h.start; a < h.end; {
			e := strings.IndexByte(s[a:h.end], '\n')
			if e < 0 {
				e = h.end
			} else {
				e += a
			}
			n := utf8.RuneCountInString(s[a:e])
			m := maskAll(s[a:e])
			if whole {
				m = string(mask[r : r+n])
			}
			r += n + 1 // and the line's end
			x, y := a, e
			for x < y && (s[x] == ' ' || s[x] == '\t' || s[x] == '\r') {
				_, size := utf8.DecodeRuneInString(m)
				x, m = x+1, m[size:]
			}
			for y > x && (s[y-1] == ' ' || s[y-1] == '\t' || s[y-1] == '\r') {
				_, size := utf8.DecodeLastRuneInString(m)
				y, m = y-1, m[:len(m)-size]
			}
			if y > x {
				out = append(out, hit{start: x, end: y, typ: h.typ, rule: h.rule, conf: h.conf, mask: m})
			}
			a = e + 1
		}
	}
	if out == nil {
		return hits
	}
	return out
}
