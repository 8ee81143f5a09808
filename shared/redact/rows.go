package redact

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numberedRows reads the rows of a table that start with a running number
// and then a person: "4  연한철  64.07.20  시각  13→2", "| 5 | 선정은 |
// 우리 | 256-553269-95-158 |", "1\t임승명\t수협은행\t1757-4964-5597".
// Whatever its header says (merged, shifted or missing), a word shaped
// like a full name right after the row's number is the row's person when
// the row also holds a value of a person: a date, a telephone, a
// registration or account number, or something already found as personal
// data. It runs after the other readers, whose findings it reads.
func (sc *scanner) numberedRows() {
	s := sc.s
	found := sc.hitsIn(func(h hit) bool { return h.typ != TypeName })
	for _, ln := range sc.lines() {
		if !numberedStart(s, ln.start, ln.end) {
			continue
		}
		cs := rowFields(s, ln.start, ln.end)
		if len(cs) < 3 || !runningNumber(s[cs[0].start:cs[0].end]) {
			continue
		}
		// The person is the first cell after the number, or after a
		// neighbourhood or a vehicle's plate ("5\t우동\t태형훈\t1945.04.27",
		// "3\t69호 3409\t탁병원").
		for k := 1; k < len(cs)-1 && k <= 3; k++ {
			c := cs[k]
			if !found(c.end, ln.end) && !personValue(s[c.end:ln.end]) {
				break // no value of a person in the row
			}
			w := s[c.start:c.end]
			if hangulWord(w) && utf8.RuneCountInString(w) >= 3 && sc.shapedName(w) && !sc.lx.noun(w) && !sc.lx.derived(w) && !officialNear(s, c.start, c.end) ||
				hangulWord(w) && utf8.RuneCountInString(w) == 2 && !leadCell(w) && sc.roleNamed(w, false, false) && !officialNear(s, c.start, c.end) || // "7\t위솔\t2007.6.14."
				!hangulWord(w) && (sc.splitName(c.start, c.end) == c.end || sc.transcribedCell(c.start, c.end)) {
				// "연한철", "남궁 하늘", "아지즈 카리모프"
				sc.add(c.start, c.end, TypeName, "name.numbered_row", 0.8, MaskName(w))
				break
			}
			if !leadCell(w) {
				break
			}
		}
	}
}

// numberedRecords reads rows that a PDF wrapped one cell to a line: a
// line holding only the row's number, then the person's name, then the
// person's values ("2\n탁우엽\n811211\n서울특별시 관악구 남현동\n153-10").
// The name line counts when one of the two lines after it holds a value
// of a person: a date shaped like a birth, a telephone, a registration
// or account number, or something already found as personal data.
func (sc *scanner) numberedRecords() {
	s := sc.s
	found := sc.hitsIn(func(h hit) bool { return h.typ != TypeName })
	newest := sc.newestYear()
	lines := sc.lines()
	for k := 0; k+2 < len(lines); k++ {
		t := strings.TrimSpace(s[lines[k].start:lines[k].end])
		if t == "" || len(t) > 3 || !runningNumber(t) {
			continue
		}
		nl := trimSpan(s, lines[k+1])
		if w := s[nl.start:nl.end]; leadCell(w) && k+3 < len(lines) {
			nl = trimSpan(s, lines[k+2]) // "4\n중동\n옥승우\n1987.05.23": the neighbourhood first
			k++
		}
		w := s[nl.start:nl.end]
		if !hangulWord(w) && sc.splitName(nl.start, nl.end) != nl.end {
			continue
		}
		n := utf8.RuneCountInString(strings.ReplaceAll(w, " ", ""))
		if n < 2 || n > 5 || sc.lx.noun(w) || roleWord(w) || placeWord(w) || isTitle(w) || bodyWord(w) || sc.exempt(w) || officialNear(s, nl.start, nl.end) {
			continue
		}
		if hangulWord(w) && !sc.shapedName(w) && !(n >= 3 && surnames1.has(runeAt(w, 0)) && !sc.lx.derived(w)) {
			continue
		}
		person, birth := false, span{}
		for _, v := range lines[k+2 : min(len(lines), k+4)] {
			vt := strings.TrimSpace(s[v.start:v.end])
			if y, ok := birthShape(vt, newest); ok && y > 1900 && y <= newest-8 {
				person, birth = true, trimSpan(s, v) // the person's date of birth, right after the name
				break
			}
			if found(v.start, v.end+1) || personValue(vt) {
				person = true
				break
			}
		}
		if person {
			sc.add(nl.start, nl.end, TypeName, "name.numbered_record", 0.8, MaskName(w))
			if birth.end > birth.start {
				sc.add(birth.start, birth.end, TypeBirthDate, "birth.numbered_record", 0.8, maskDigits(s[birth.start:birth.end]))
			}
		}
	}
}

// leadCell reports a cell that may stand between a row's number and its
// person: a neighbourhood (우동, 성수동1가, 양곡리) or a vehicle's plate
// ("69호 3409").
func leadCell(w string) bool {
	w = strings.TrimSpace(w)
	if w == "" || len(w) > 24 {
		return false
	}
	if hangulWord(w) {
		last, _ := utf8.DecodeLastRuneInString(w)
		return utf8.RuneCountInString(w) >= 2 && strings.ContainsRune("동리읍면", last)
	}
	if k := strings.IndexAny(w, "0123456789"); k > 0 && strings.HasSuffix(w[:k], "가") && hangulWord(w[:k]) {
		return true // 성수동1가
	}
	digits := 0
	for _, r := range w {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return digits >= 4 && digits <= 8 && !strings.ContainsAny(w, ".-/") // a plate
}

// hitsIn returns a test of whether some finding that keep accepts starts
// in [a, b): the findings sorted once, each test a binary search, so that
// a pass over every line stays linear.
func (sc *scanner) hitsIn(keep func(hit) bool) func(a, b int) bool {
	var starts []int
	for _, h := range sc.hits {
		if keep(h) {
			starts = append(starts, h.start)
		}
	}
	slices.Sort(starts)
	return func(a, b int) bool {
		k, _ := slices.BinarySearch(starts, a)
		return k < len(starts) && starts[k] < b
	}
}

// eol returns the end of the line holding i.
func eol(s string, i int) int {
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(s)
}

// eolWithin returns the end of the line holding i, or i+max if the line
// goes on longer: readers of what follows a marker look no further, so a
// line of a million markers stays linear.
func eolWithin(s string, i, max int) int {
	end := min(len(s), i+max)
	if k := strings.IndexByte(s[i:end], '\n'); k >= 0 {
		return i + k
	}
	return end
}

// bolWithin returns the start of the line holding i, or i-max if the line
// began further back, and whether the start was found: a row longer than
// that is no row, and a line of a million numbers stays linear.
func bolWithin(s string, i, max int) (int, bool) {
	lo := i - max
	if lo <= 0 {
		return strings.LastIndexByte(s[:i], '\n') + 1, true
	}
	if k := strings.LastIndexByte(s[lo:i], '\n'); k >= 0 {
		return lo + k + 1, true
	}
	return lo, false
}

// numberedStart reports a line that opens with a running number and a
// cell separator ("3  ", "| 3 |", "3\t", "3,"): the cheap test before a
// line is split.
func numberedStart(s string, a, b int) bool {
	for a < b && (s[a] == ' ' || s[a] == '|') {
		a++
	}
	d := digitsAt(s[:b], a)
	if d < 1 || d > 3 || a+d >= b {
		return false
	}
	c := s[a+d]
	return c == '\t' || c == ',' || c == '|' || c == ' ' && a+d+1 < b && (s[a+d+1] == ' ' || s[a+d+1] == '|')
}

// rowFields returns the non-empty cells of a line, split as the layout
// splits rows (rowCells: pipes, tabs, runs of spaces, CSV with quotes).
func rowFields(s string, a, b int) []span {
	cs, _ := rowCells(s, span{a, b})
	out := cs[:0:0]
	for _, c := range cs {
		if c.end > c.start {
			out = append(out, c)
		}
	}
	return out
}

// personValue reports a value of a person in the rest of a row: a date
// (of birth, most often, beside a name), a telephone or a registration
// number — shapes, read loosely, since the row's number and name decide.
func personValue(t string) bool {
	t = dropBizNumbers(t)
	digits, runs, longest, cur := 0, 0, 0, 0
	for k := 0; k < len(t); k++ {
		if isDigit(t[k]) {
			digits++
			cur++
			if cur == 1 {
				runs++
			}
			longest = max(longest, cur)
			continue
		}
		cur = 0
	}
	if digits < 6 {
		return false
	}
	return strings.ContainsAny(t, "./-") || longest >= 6 || strings.Contains(t, "년")
}

// dropBizNumbers blanks the business registration numbers (ddd-dd-ddddd)
// of t: a company's, in a row that names a company, not a person.
func dropBizNumbers(t string) string {
	for k := 0; k+12 <= len(t); k++ {
		if (k == 0 || !isDigit(t[k-1])) && digitsAt(t, k) == 3 && t[k+3] == '-' && digitsAt(t, k+4) == 2 && t[k+6] == '-' &&
			digitsAt(t, k+7) == 5 && (k+12 == len(t) || !isDigit(t[k+12])) {
			t = t[:k] + strings.Repeat(" ", 12) + t[k+12:]
		}
	}
	return t
}

// rowBirthDates reads, in each row of a table that names a person, the
// cells that hold nothing but a date old enough to be a birth: whatever
// its header says (merged, shifted or missing), "64.07.20", "1969/08/05"
// or "27 JAN 1989" beside a name is the person's date of birth. A date
// under a header of events (신청일, 처리일자, 기간 …) is left alone, and
// so is a date less than eight years before the newest year the document
// names (a 2024 document's dates of 2017 and later are its events).
func (sc *scanner) rowBirthDates() {
	s := sc.s
	newest := sc.newestYear()
	if newest == 0 {
		return
	}
	named := sc.hitsIn(func(h hit) bool { return h.typ == TypeName })
	for _, ln := range sc.lines() {
		if ln.end-ln.start <= 12 || !named(ln.start, ln.end) {
			continue
		}
		for _, c := range rowFields(s, ln.start, ln.end) {
			y, ok := birthShape(s[c.start:c.end], newest)
			if !ok || y > newest-8 || y < 1900 {
				continue
			}
			// A date twelve years or more before the document's newest
			// is a birth whatever the header over it says: a header of
			// two rows ("신청인 … 입소일" over "성별 생년월일") puts an
			// event's label over it.
			if l := sc.colCtx(c.start); l != "" && !strings.Contains(l, "생") && hasAny(l, eventLabels) && y > newest-12 {
				continue
			}
			sc.birthCell(cell{start: c.start, end: c.end})
		}
	}
}

// eventLabels are headers of dates that are events, not births.
var eventLabels = []string{"일자", "일시", "신청", "접수", "처분", "처리", "지급", "결정", "기간", "날짜", "시작", "종료", "등록", "발급", "만료",
	"입국", "출국", "계약", "납기", "완료", "취득", "변경", "전입", "전출", "사망", "입소", "퇴소", "개시", "선정", "단속", "위반"}

// newestYear returns the latest four-digit year from 1900 to 2099 the
// text names, or 0.
func newestYear(s string) int {
	y := 0
	// A year starts with 1 or 2: the next of each is found by IndexByte,
	// and the bytes between are passed unread.
	one, two := -1, -1
	for k := 0; k+6 <= len(s); k++ {
		if one < k {
			if one = strings.IndexByte(s[k:], '1'); one < 0 {
				one = len(s)
			} else {
				one += k
			}
		}
		if two < k {
			if two = strings.IndexByte(s[k:], '2'); two < 0 {
				two = len(s)
			} else {
				two += k
			}
		}
		if k = min(one, two); k+6 > len(s) {
			break
		}
		if (s[k] == '1' && s[k+1] == '9' || s[k] == '2' && s[k+1] == '0') && digitsAt(s, k) == 4 && (k == 0 || !isDigit(s[k-1])) {
			// A year is followed by its month ("2024. 7.", "2024-07",
			// "2024년 7월"): the groups of a telephone number are not.
			j := k + 4
			if strings.HasPrefix(s[j:], "년") {
				j += len("년")
			} else if s[j] == '.' || s[j] == '-' || s[j] == '/' {
				j++
			} else {
				k += 3
				continue
			}
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if m := digitsAt(s, j); m >= 1 && m <= 2 && atoi(s, group{j, j + m}) >= 1 && atoi(s, group{j, j + m}) <= 12 {
				y = max(y, atoi(s, group{k, k + 4}))
			}
			k += 3
		}
	}
	return y
}

var months = []string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}

// birthShape reports whether a cell is a date and nothing else, and its
// year (two-digit years read against newest): 1980. 3. 2., 1980-03-02,
// 19800302, 800302, '80.3.2, 80.03.02, 1980년 3월 2일, 02/03/1980,
// 2 MAR 1980.
func birthShape(t string, newest int) (int, bool) {
	t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), "'"))
	if len(t) < 6 || len(t) > 24 {
		return 0, false
	}
	var groups []string
	cur := ""
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			cur += string(r)
			continue
		case strings.ContainsRune(" ./-년월일", r) || r >= 'A' && r <= 'Z':
		default:
			return 0, false
		}
		if cur != "" {
			groups = append(groups, cur)
			cur = ""
		}
	}
	if cur != "" {
		groups = append(groups, cur)
	}
	if hasLetters := strings.IndexFunc(t, func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0; hasLetters && !hasAny(t, months) {
		return 0, false
	}
	two := func(g string) int {
		yy := atoi(g, group{0, 2})
		if 2000+yy <= newest+2 { // a 2024 document may name its 2025 events
			return 2000 + yy
		}
		return 1900 + yy
	}
	switch len(groups) {
	case 1:
		g := groups[0]
		switch len(g) {
		case 8:
			return atoi(g, group{0, 4}), validMD(atoi(g, group{4, 6}), atoi(g, group{6, 8}))
		case 6:
			return two(g), validMD(atoi(g, group{2, 4}), atoi(g, group{4, 6}))
		}
	case 2: // "27 JAN 1989"
		if len(groups[1]) == 4 && len(groups[0]) <= 2 {
			return atoi(groups[1], group{0, 4}), true
		}
	case 3:
		a, b, c := groups[0], groups[1], groups[2]
		switch {
		case len(a) == 4:
			return atoi(a, group{0, 4}), validMD(atoi(b, group{0, len(b)}), atoi(c, group{0, len(c)}))
		case len(c) == 4:
			return atoi(c, group{0, 4}), len(a) <= 2 && len(b) <= 2
		case len(a) == 2:
			return two(a), validMD(atoi(b, group{0, len(b)}), atoi(c, group{0, len(c)}))
		}
	}
	return 0, false
}

func validMD(m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= 31 }

// pdfRows reads the tables a PDF's text layer ran together with single
// spaces: a header line of labels ("연번 성명 생년월일 주소 연락처") over
// rows that open with their running number ("1 이동훈 1992년9월12일 서울
// 구로구 …", "3 권 태 식 …", "2 RAI BIKASH 네팔 27 FEB 1986 …"). The
// name stands right after the number when the header names a person
// second; a date of birth is the first date after the name when the
// header has one. Lines between rows (a wrapped address, "✓") are
// skipped, and a row's number must follow the last one's, so "2386
// 수협/…" on a wrapped line is no row.
func (sc *scanner) pdfRows() {
	s := sc.s
	var hdr struct {
		ok, birth  bool
		next, idle int
		skip       int // the columns before the name's: "연번 구분 성명 …"
	}
	for _, ln := range sc.lines() {
		t := s[ln.start:ln.end]
		if hdr.ok && hdr.idle > 12 {
			hdr.ok = false
		}
		if skip, birth, ok := pdfHeader(t); ok {
			hdr.ok, hdr.birth, hdr.next, hdr.idle, hdr.skip = true, birth, 1, 0, skip
			continue
		}
		if !hdr.ok {
			continue
		}
		hdr.idle++
		num := fmt.Sprint(hdr.next)
		lead := strings.TrimLeft(t, " ")
		if !strings.HasPrefix(lead, num+" ") || len(lead) <= len(num)+1 || isDigit(lead[len(num)+1]) {
			continue
		}
		hdr.next++
		hdr.idle = 0
		p := ln.end - len(lead) + len(num) + 1
		for p < ln.end && s[p] == ' ' {
			p++
		}
		for k := 0; k < hdr.skip && p < ln.end; k++ {
			// "1 위원장 성성민 …": a role's column before the name's.
			w, e := wordAt(s, p, ln.end)
			if w == "" || e >= ln.end || s[e] != ' ' {
				p = ln.end
				break
			}
			p = e + 1
		}
		e := sc.pdfRowName(p, ln.end)
		if e == 0 {
			continue
		}
		if hdr.birth {
			sc.birthCell(cell{start: e, end: ln.end})
		}
	}
}

// pdfHeader reports a header line of a table run together with spaces:
// three labels or more, the first a row number's (연번, 번호, 순번, No)
// and the second a person's name, or the third after a role's column
// (구분, 직위, 역할); skip is the number of columns between, and birth
// says whether a date of birth is among the labels.
func pdfHeader(t string) (skip int, birth bool, found bool) {
	// The first field must be a row number's label: most lines are
	// passed by their first letters, without being split.
	if u := strings.TrimLeftFunc(t, unicode.IsSpace); !strings.HasPrefix(u, "연번") && !strings.HasPrefix(u, "번호") && !strings.HasPrefix(u, "순번") &&
		!strings.HasPrefix(u, "No") && !strings.HasPrefix(u, "NO") {
		return 0, false, false
	}
	f := strings.Fields(t)
	if len(f) < 3 || len(f) > 14 {
		return 0, false, false
	}
	switch f[0] {
	case "연번", "번호", "순번", "No", "No.", "NO":
	default:
		return 0, false, false
	}
	named := func(w string) bool {
		return roleOf(w) == roleName || w == "성명" || w == "이름" || strings.EqualFold(w, "name")
	}
	switch {
	case named(f[1]):
	case (f[1] == "구분" || f[1] == "직위" || f[1] == "역할" || f[1] == "직책") && named(f[2]):
		skip = 1
	default:
		return 0, false, false
	}
	return skip, strings.Contains(t, "생년월일") || strings.Contains(t, "생년") || strings.Contains(t, "Date of Birth") || strings.Contains(t, "DOB"), true
}

// pdfRowName masks the name at p in a row of a table run together with
// spaces and returns its end, or 0: a Latin-script name, a name spaced
// syllable by syllable, or a word shaped like a name.
func (sc *scanner) pdfRowName(p, end int) int {
	s := sc.s
	if p >= end {
		return 0
	}
	if isLatinUpper(s[p]) {
		if e := latinNameEnd(s, p, end); e > p {
			sc.add(p, e, TypeName, "name.pdf_row", 0.8, MaskName(s[p:e]))
			return e
		}
		return 0
	}
	if e, ok := sc.spacedNameMin(p, end, 2); ok {
		sc.add(p, e, TypeName, "name.pdf_row", 0.8, MaskName(s[p:e]))
		return e
	}
	if e := sc.splitName(p, end); e > p {
		sc.add(p, e, TypeName, "name.pdf_row", 0.8, MaskName(s[p:e])) // "2 이 지민 신림동 …"
		return e
	}
	w, e := wordAt(s, p, end)
	if e < end && s[e] != ' ' {
		return 0
	}
	if !sc.shapedName(w) || sc.lx.derived(w) || verbLike(w) || titleSuffix(w) || districtLike(w) || hasAny(w, corpMarks) {
		return 0
	}
	sc.add(p, e, TypeName, "name.pdf_row", 0.8, MaskName(w))
	return e
}

// pdfAnchoredRows reads the rows of a table run together with single
// spaces whose name column is not the second ("연번 계약명 업체명 대표자
// 사업자등록번호 계약금액 계약일" over "5 청사 청소용역 (주)하나로건설 정한결
// 402-11-30312 …"): the cells before the name have spaces of their own,
// so the name is read back from the next column's value, whose shape is
// its own (a business number, a resident number, a telephone).
func (sc *scanner) pdfAnchoredRows() {
	s := sc.s
	var anchor func(string) bool
	next, idle := 0, 0
	for _, ln := range sc.lines() {
		t := s[ln.start:ln.end]
		if a := anchoredHeader(t); a != nil {
			anchor, next, idle = a, 1, 0
			continue
		}
		if anchor == nil {
			continue
		}
		if idle++; idle > 12 {
			anchor = nil
			continue
		}
		num := strconv.Itoa(next)
		lead := strings.TrimLeft(t, " ")
		if !strings.HasPrefix(lead, num+" ") {
			continue
		}
		next++
		idle = 0
		p := ln.end - len(lead) + len(num) + 1
		// The first word of the anchor's shape, past the row's first cell.
		for q := p; q < ln.end; {
			e := strings.IndexByte(s[q:ln.end], ' ')
			if e < 0 {
				e = ln.end
			} else {
				e += q
			}
			if q > p && anchor(s[q:e]) {
				sc.nameBackFrom(p, q-1)
				break
			}
			q = e + 1
		}
	}
}

// anchoredHeader returns the test of the value that follows the name
// in a header line of a table run together with single spaces, or nil:
// the line opens with a row number's label, and a person's label stands
// right before a business number's, a resident number's or a
// telephone's.
func anchoredHeader(t string) func(string) bool {
	if len(t) < 8 || !(strings.HasPrefix(t, "연번 ") || strings.HasPrefix(t, "번호 ") || strings.HasPrefix(t, "순번 ")) {
		return nil
	}
	f := strings.Fields(t)
	if len(f) < 4 || len(f) > 14 {
		return nil
	}
	for i := 2; i+1 < len(f); i++ {
		if roleOf(f[i]) != roleName {
			continue
		}
		switch f[i+1] {
		case "사업자등록번호", "사업자번호":
			return businessNumber
		case "주민등록번호":
			return func(w string) bool { return len(w) >= 8 && isDigit(w[0]) && strings.IndexByte(w, '-') == 6 }
		case "연락처", "전화번호", "휴대전화", "휴대폰", "휴대전화번호":
			return func(w string) bool { return len(w) >= 9 && w[0] == '0' && len(onlyDigits(w)) >= 9 }
		}
		return nil
	}
	return nil
}

// businessNumber reports a 사업자등록번호's shape, 000-00-00000.
func businessNumber(w string) bool {
	if len(w) != 12 || w[3] != '-' || w[6] != '-' {
		return false
	}
	return len(onlyDigits(w)) == 10
}

// nameBackFrom masks the name that ends at end (a space follows it),
// read back no further than from: one word shaped like a name, or a name
// written apart ("최 보람", "추 지 유").
func (sc *scanner) nameBackFrom(from, end int) {
	s := sc.s
	var starts []int // the words' starts, the last word first
	for a := end; a > from && len(starts) < 3; {
		b := strings.LastIndexByte(s[from:a], ' ')
		st := from
		if b >= 0 {
			st = from + b + 1
		}
		starts = append(starts, st)
		if b < 0 {
			break
		}
		a = from + b
	}
	if len(starts) == 0 {
		return
	}
	w := s[starts[0]:end]
	if !hangulWord(w) || hasAny(w, corpMarks) {
		return
	}
	// Words of one syllable before it: a name written apart.
	k := 0
	for k+1 < len(starts) && utf8.RuneCountInString(strings.TrimSpace(s[starts[k+1]:starts[k]])) == 1 && hangulAt(s, starts[k+1]) {
		k++
	}
	if k > 0 {
		for m := k; m >= 1; m-- {
			if e, ok := sc.spacedNameMin(starts[m], end, 2); ok && e == end || sc.splitName(starts[m], end) == end {
				sc.add(starts[m], end, TypeName, "name.pdf_row", 0.8, MaskName(s[starts[m]:end]))
				return
			}
		}
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 4 || n > 2 && sc.lx.noun(w) || sc.lx.common(w) || sc.lx.derived(w) || verbLike(w) || titleSuffix(w) || districtLike(w) || roleWord(w) || isPrivateRole(w) || isTitle(w) || sc.exempt(w) {
		return
	}
	// A representative's name of two syllables may be the given name
	// alone ("우진"): the column says it is a name.
	if sc.lx.score(w) < shapeName && n != 2 {
		return
	}
	sc.add(starts[0], end, TypeName, "name.pdf_row", 0.8, MaskName(w))
}
