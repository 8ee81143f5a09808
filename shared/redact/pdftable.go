package redact

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A PDF's text layer runs a table's cells together with single spaces:
//
//	연번 지번 지목 소유자 주 소 지급액
//	1 성동구 금호동4가 485-21 잡종지 표용태 대구광역시 수성구 범안로 110 3,885,000원
//
// No separator says where a cell ends, but most columns have a shape of
// their own (a date, a telephone, an amount, a land category, a name),
// so a row is read by fitting its words to the header's columns: the
// columns of free text (an address, a note) take what lies between the
// columns whose shape is known. A row that fits no way is left to the
// other readers; a row that fits masks its personal columns as a
// table's cells would be.

// pdfKind is the shape of a column's values.
type pdfKind uint8

const (
	pdfFree     pdfKind = iota // free text of one word or more
	pdfWord                    // one word (관계, 성별, 학년)
	pdfName                    // a person's name
	pdfDate                    // a date (of birth, of a visit)
	pdfPhone                   // a telephone
	pdfRRN                     // a registration number
	pdfAmount                  // a sum of money
	pdfCategory                // a land category (답, 전, 대지, 잡종지)
	pdfEmail                   // an e-mail address
	pdfCode                    // a number of one word (사업자등록번호, 접수번호)
	pdfPlate                   // a vehicle plate: "12가 3456", "350서 ****"
)

type pdfCol struct {
	label string
	role  role
	kind  pdfKind
}

// landCategories are the 지목 of the cadastre.
var landCategories = map[string]bool{"전": true, "답": true, "과수원": true, "목장용지": true, "임야": true, "광천지": true, "염전": true, "대": true,
	"대지": true, "공장용지": true, "학교용지": true, "주차장": true, "주유소용지": true, "창고용지": true, "도로": true, "철도용지": true,
	"제방": true, "하천": true, "구거": true, "유지": true, "양어장": true, "수도용지": true, "공원": true, "체육용지": true, "유원지": true,
	"종교용지": true, "사적지": true, "묘지": true, "잡종지": true}

// pdfLabelTails join the word before them into one label: "보호자 성명",
// "면허 번호", "근로 여부", "토지 소유자".
var pdfLabelTails = map[string]bool{"성명": true, "이름": true, "번호": true, "여부": true, "토지": true, "정도": true, "유형": true,
	"소유자": true, "일자": true}

// pdfColumns reads a header line of a table run together with single
// spaces: a row number's label, then three labels or more, of which one
// at least names a person or a personal value. Labels written apart
// ("주 소") or in two words ("보호자 성명") are joined.
func pdfColumns(t string) []pdfCol {
	cols, numbered := pdfHead(t)
	if !numbered {
		return nil
	}
	return cols
}

// pdfHead reads a header line as pdfColumns does, and also one without
// a row number's label ("신청인 생년월일 주소 결과", "차량번호 소유자 주소
// 위반일시 금액"): then four labels or more, three of them known, no digit
// or punctuation in the line. numbered says the first label numbers the
// rows.
func pdfHead(t string) (cols []pdfCol, numbered bool) {
	f := strings.Fields(t)
	spaced := spacedCells(t)
	if spaced {
		// "연번  성명     생년월일   보호자 성명": the cells are the runs of
		// two spaces or more apart, a label of two words one cell.
		f = f[:0]
		for _, c := range strings.Split(t, "  ") {
			if c = strings.TrimSpace(c); c != "" {
				f = append(f, c)
			}
		}
	}
	if len(f) < 4 || len(f) > 16 {
		return nil, false
	}
	first := 1
	switch f[0] {
	case "연번", "번호", "순번", "No", "No.", "NO":
		numbered = true
	default:
		if strings.ContainsAny(t, ".,:;()[]「」0123456789") {
			return nil, false
		}
		for _, w := range f {
			if utf8.RuneCountInString(w) > 8 {
				return nil, false // a sentence's words, not labels
			}
		}
		first = 0
	}
	var labels []string
	for i := first; i < len(f); i++ {
		w := f[i]
		switch {
		case spaced:
			w = strings.ReplaceAll(w, " ", "")
		case i+1 < len(f) && strings.HasSuffix(w, "의") && utf8.RuneCountInString(w) >= 3 && hangulWord(w):
			w += f[i+1] // "가구주와의 관계"
			i++
		case i+1 < len(f) && utf8.RuneCountInString(w) == 1 && utf8.RuneCountInString(f[i+1]) == 1 && hangulWord(w) && hangulWord(f[i+1]):
			w += f[i+1] // "주 소"
			i++
		case i+1 < len(f) && pdfLabelTails[f[i+1]] && !(i+2 < len(f) && pdfLabelTails[f[i+2]]) && hangulWord(w) && w != "지목" &&
			(roleOf(w) == roleNone || roleOf(w) == roleName && (f[i+1] == "성명" || f[i+1] == "이름")):
			w += f[i+1] // "보호자 성명", "면허 번호"
			i++
		}
		labels = append(labels, w)
	}
	if len(labels) < 3 || !numbered && len(labels) < 4 {
		return nil, false
	}
	cols = make([]pdfCol, len(labels))
	personal, known := false, 0
	for i, l := range labels {
		r := roleOf(l)
		k := pdfFree
		switch {
		case r == roleName:
			k = pdfName
		case r == roleBirth || strings.HasSuffix(l, "일") || strings.HasSuffix(l, "일자") || strings.HasSuffix(l, "일시") || l == "생일":
			k = pdfDate
		case r == rolePhone:
			k = pdfPhone
		case r == roleRRN:
			k = pdfRRN
		case r == roleEmail:
			k = pdfEmail
		case r == rolePlate:
			k = pdfPlate
		case l == "지목":
			k = pdfCategory
		case strings.HasSuffix(l, "번호") && l != "예비번호" && r != rolePlate && r != roleAccount && r != rolePassport:
			k = pdfCode
		case strings.HasSuffix(l, "액") || strings.HasSuffix(l, "금") || strings.Contains(l, "금액") || strings.Contains(l, "(원)"):
			k = pdfAmount
		case l == "관계" || l == "성별" || l == "학년" || l == "순위" || l == "종별" || l == "점수" || l == "배점" || l == "예비번호":
			k = pdfWord
		}
		if strings.Contains(l, "/") && k != pdfFree && k != pdfName {
			k = pdfFree // "이메일/전화": either value, so no one shape
		}
		if l == "생일" || l == "출생" || l == "출생년월일" {
			r, k = roleBirth, pdfDate
		} else if k == pdfDate && r != roleBirth {
			r = roleOther // a date that is no birth date: 확진일, 접속일시
		}
		cols[i] = pdfCol{label: l, role: r, kind: k}
		if r != roleNone || k != pdfFree {
			known++
		}
		// A corporation's number column is read too, to keep its
		// numbers public.
		personal = personal || r.personal() || hasAny(l, kwCorporate)
	}
	if !personal || !numbered && known < 3 {
		return nil, false
	}
	return cols, numbered
}

// pdfTables reads the rows under each header pdfColumns accepts: lines
// that open with the next running number.
func (sc *scanner) pdfTables() {
	s := sc.s
	var cols []pdfCol
	next, idle := 0, 0
	spaced := false   // the header's cells are two spaces apart, and so are the rows'
	numbered := false // the rows open with their running numbers
	lines := sc.lines()
	for x := 0; x < len(lines); x++ {
		ln := lines[x]
		t := s[ln.start:ln.end]
		if len(t) > 6 && (t[0] >= 0xEA && t[0] <= 0xED || t[0] == 'N') {
			// Headers open with a label in Hangul or No: most lines are
			// passed on their first byte.
			if c, nb := pdfHead(t); c != nil {
				cols, next, idle, spaced, numbered = c, 1, 0, spacedCells(t), nb
				continue
			}
		}
		if cols == nil {
			continue
		}
		if !numbered {
			x = sc.pdfFreeRow(cols, lines, x, spaced, &idle)
			if idle > 2 {
				cols = nil
			}
			continue
		}
		if idle++; idle > 12 {
			cols = nil
			continue
		}
		num := strconv.Itoa(next)
		lead := strings.TrimLeft(t, " ")
		if !strings.HasPrefix(lead, num+" ") || strings.ContainsAny(t, "|\t") || spacedCells(t) != spaced {
			continue
		}
		next++
		idle = 0
		a := ln.end - len(lead) + len(num) + 1
		if spaced {
			sc.pdfRow(cols, a, ln.end, -1, -1, true)
			continue
		}
		if sc.pdfRow(cols, a, ln.end, -1, -1, false) || x+1 >= len(lines) {
			continue
		}
		// A row the page's width broke: "6 은평구 역촌동 221-13 답 황보광"
		// then "별 경기도 수원시 …". The next line, if it opens no row and
		// no section, is the rest of this one.
		nl := lines[x+1]
		nt := strings.TrimSpace(s[nl.start:nl.end])
		if nt == "" || strings.HasPrefix(nt, strconv.Itoa(next)+" ") || numberedStart(s, nl.start, nl.end) || strings.ContainsAny(nt, "|\t") {
			continue
		}
		sc.pdfRow(cols, a, ln.end, nl.start, nl.end, false)
	}
}

// pdfFreeRow reads line x under a header without running numbers: the
// rows are the lines that fit the header, alone or with the next line
// when the page's width broke them. It returns the last line it read and
// counts in idle the lines in a row that fitted no way; a blank line, a
// table's own rows (pipes, tabs) or a new section ends the table.
func (sc *scanner) pdfFreeRow(cols []pdfCol, lines []span, x int, spaced bool, idle *int) int {
	s := sc.s
	ln := lines[x]
	t := strings.TrimSpace(s[ln.start:ln.end])
	if t == "" || strings.ContainsAny(t, "|\t") || numberedStart(s, ln.start, ln.end) || listItemLine(t) {
		*idle = 3
		return x
	}
	a := ln.end - len(strings.TrimLeft(s[ln.start:ln.end], " "))
	if spacedCells(t) == spaced && sc.pdfRow(cols, a, ln.end, -1, -1, spaced) {
		*idle = 0
		return x
	}
	if !spaced && x+1 < len(lines) {
		nl := lines[x+1]
		nt := strings.TrimSpace(s[nl.start:nl.end])
		if nt != "" && !strings.ContainsAny(nt, "|\t") && !listItemLine(nt) && sc.pdfRow(cols, a, ln.end, nl.start, nl.end, false) {
			*idle = 0
			return x + 1
		}
	}
	*idle++
	return x
}

// listItemLine reports a line that opens a list item or a section: "3. ",
// "가. ", "※", "○", "□".
func listItemLine(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	if strings.ContainsRune("※○●□■◎▶ㅇ·", r) {
		return true
	}
	d := digitsAt(t, 0)
	if d > 0 && d <= 2 && d+1 < len(t) && (t[d] == '.' || t[d] == ')') && t[d+1] == ' ' {
		return true
	}
	return r >= 0xAC00 && r <= 0xD7A3 && size+1 < len(t) && (t[size] == '.' || t[size] == ')') && t[size+1] == ' '
}

// pdfRow fits the words of [a, e), and of [a2, e2) after them when the
// row wrapped, to the columns and masks the personal ones; it reports
// whether the row fitted.
func (sc *scanner) pdfRow(cols []pdfCol, a, e, a2, e2 int, spaced bool) bool {
	s := sc.s
	var words []span
	if spaced {
		// Each cell is one word to the fit: "장기수선충당금 목적 외 사용".
		// A row of cells must have the header's number of them: the
		// readers of aligned tables know the other cases better.
		words = pdfCells(s, a, e)
		if len(words) != len(cols) {
			return false
		}
	} else {
		words = pdfWords(s, a, e)
	}
	if a2 >= 0 {
		words = append(words, pdfWords(s, a2, e2)...)
	}
	if len(words) < len(cols)-1 || len(words) > 40 {
		return false
	}
	// fit[c][w]: columns c… can take words w… exactly. The last column
	// may be empty (a note left blank).
	n, m := len(cols), len(words)
	fit := make([]int8, (n+1)*(m+1)) // 0 unknown, 1 yes, 2 no
	var can func(c, w int) bool
	can = func(c, w int) bool {
		if c == n {
			return w == m
		}
		k := &fit[c*(m+1)+w]
		if *k != 0 {
			return *k == 1
		}
		ok := false
		if c == n-1 && w == m {
			ok = true // the last cell of a row left blank
		}
		if !ok && !spaced && w < m && (cols[c].kind == pdfName || cols[c].kind == pdfFree) && c+1 < n && cols[c+1].kind == pdfPhone && pdfStartsPhone(s, words[w]) && can(c+1, w) {
			ok = true // "문나영 2019.3.1. 문종태 010-…" under "부모 보호자 연락처": a cell left blank
		}
		for _, l := range sc.pdfTakes(cols[c], words, w) {
			if can(c+1, w+l) {
				ok = true
				break
			}
		}
		if ok {
			*k = 1
		} else {
			*k = 2
		}
		return ok
	}
	if !can(0, 0) {
		return false
	}
	w := 0
	for c := 0; c < n && w < m; c++ {
		take := 0
		for _, l := range sc.pdfTakes(cols[c], words, w) {
			if can(c+1, w+l) {
				take = l
				break
			}
		}
		if take == 0 {
			if !spaced && can(c+1, w) {
				continue // a cell left blank
			}
			break
		}
		cl := cell{start: words[w].start, end: words[w+take-1].end, tab: -1, role: cols[c].role, label: cols[c].label}
		w += take
		if a2 >= 0 && cl.start < e && cl.end > e && cols[c].role != roleName {
			// A cell the page's edge broke: each part is read as a cell,
			// so that no mask runs over the line's end.
			sc.pdfCell(cols[c], cell{start: cl.start, end: e, tab: -1, role: cl.role, label: cl.label, unwrapped: true})
			sc.pdfCell(cols[c], cell{start: a2, end: cl.end, tab: -1, role: cl.role, label: cl.label})
			continue
		}
		sc.pdfCell(cols[c], cl)
	}
	return true
}

// pdfCell masks a fitted cell as its column's role says.
func (sc *scanner) pdfCell(col pdfCol, cl cell) {
	s := sc.s
	if hasAny(col.label, kwCorporate) {
		// "110112-0313518" under 법인등록번호: a corporation's number,
		// public, though shaped like a resident's.
		sc.dropIn(cl.start, cl.end, TypeRRN, TypeFRN)
		return
	}
	switch col.role {
	case roleName:
		sc.pdfName(cl)
	case roleBirth:
		sc.birthCell(cl)
	case roleAddress:
		if houseNumber(s[cl.start:cl.end]) {
			sc.addressCell(cl)
		}
	case rolePhone:
		sc.phoneCell(cl)
	case roleEmail:
		if strings.Contains(col.label, "전화") || strings.Contains(col.label, "연락처") {
			sc.phoneCell(cl) // "이메일/전화": the person's telephone, where they gave one
		}
	case roleAccount:
		sc.accountCell(cl)
	case rolePassport:
		sc.passportCell(cl)
	case rolePlate:
		if col.kind == pdfPlate {
			v := s[cl.start:cl.end]
			if k := strings.IndexByte(v, ' '); k > 0 && !isDigit(v[0]) {
				cl.start += k + 1 // the region stays
				v = v[k+1:]
			}
			if d := digitsAt(v, 0); d >= 2 && len(v) >= d+3 && hangulAt(v, d) && len(onlyDigits(v[d+3:])) == 4 {
				sc.add(cl.start, cl.end, TypePlate, "plate.column", 0.85, v[:d+3]+" ****")
			}
		}
	}
}

// pdfCells splits a row into the runs two spaces or more apart.
func pdfCells(s string, a, e int) []span {
	var out []span
	for a < e {
		for a < e && s[a] == ' ' {
			a++
		}
		b := a
		for b < e && !(s[b] == ' ' && b+1 < e && s[b+1] == ' ') {
			b++
		}
		if sp := trimSpan(s, span{a, b}); sp.end > sp.start {
			out = append(out, sp)
		}
		a = b
	}
	return out
}

// pdfWords splits a row into words, a bracket with its spaces kept in
// the word it opens in ("뇌병변(심하지 않은)", "Yuting Chen(위팅 천)").
func pdfWords(s string, a, e int) []span {
	var out []span
	for a < e {
		for a < e && s[a] == ' ' {
			a++
		}
		if a >= e {
			break
		}
		b, depth := a, 0
		for b < e && (s[b] != ' ' || depth > 0) {
			switch s[b] {
			case '(':
				depth++
			case ')':
				if depth > 0 {
					depth--
				}
			}
			b++
		}
		out = append(out, span{a, b})
		a = b
	}
	return out
}

// pdfTakes returns how many words from w a column's value may take, the
// likelier first.
func (sc *scanner) pdfTakes(c pdfCol, words []span, w int) []int {
	s := sc.s
	if w >= len(words) {
		return nil
	}
	word := func(i int) string { return s[words[i].start:words[i].end] }
	left := len(words) - w
	switch c.kind {
	case pdfCategory:
		if landCategories[word(w)] {
			return []int{1}
		}
		return nil
	case pdfPlate:
		t := word(w)
		if (provinces[t] || cities[t] || plateRegions[t]) && w+1 < len(words) {
			// "경기 82라 0405": the region, then the plate.
			var out []int
			for _, l := range sc.pdfTakes(c, words, w+1) {
				out = append(out, l+1)
			}
			return out
		}
		d := digitsAt(t, 0)
		if d < 2 || d > 3 || len(t) < d+3 || !hangulAt(t, d) {
			return nil
		}
		if len(t) > d+3 {
			return []int{1} // "12가3456"
		}
		if left >= 2 {
			return []int{2} // "12가 3456"
		}
		return nil
	case pdfCode:
		if strings.ContainsAny(word(w), "0123456789") {
			return []int{1}
		}
		return nil
	case pdfWord:
		if left >= 2 && hangulWord(word(w)) && digitsAt(word(w+1), 0) == len(word(w+1)) {
			return []int{1, 2} // "예비 4"
		}
		return []int{1}
	case pdfAmount:
		if t := strings.TrimSuffix(word(w), "원"); t != "" && strings.Trim(t, "0123456789,.₩") == "" && isDigit(t[len(t)-1]) {
			return []int{1}
		}
		return nil
	case pdfEmail:
		if strings.IndexByte(word(w), '@') > 0 {
			return []int{1}
		}
		return nil
	case pdfDate, pdfPhone, pdfRRN:
		// One to three words of digits and their separators: "2019.3.15",
		// "84년 6월 15일생", "010 7541 1858", "(010)82**-9988".
		var out []int
		digits := 0
		// Digits spaced out one by one ("0 3 2 - 9 7 1 - 7 8 5 2") run
		// to more words.
		most := 3
		if c.kind == pdfDate {
			most = 4 // "19 47년 10월 18일", "1 939년 5월 6일"
		}
		for k := w; k < len(words) && k-w < 16 && len(word(k)) <= 4; k++ {
			most = max(most, k-w+1) // "010 - 5613 - 0986"
		}
		for k := 0; k < most && k < left; k++ {
			t := word(w + k)
			d := 0
			for i := 0; i < len(t); i++ {
				if isDigit(t[i]) || t[i] == '*' || t[i] == 'O' || t[i] == 'o' {
					d++
				}
			}
			if c.kind == pdfDate && ipLike(t) {
				break // "59.10.195.10": an address of the internet, not a date
			}
			if c.kind == pdfDate && d == 0 && k > 0 && monthAbbrev(t) {
				continue // "13 MAR 1978"
			}
			if d == 0 && !(len(t) <= 2 && strings.ContainsAny(t, "-./)")) || k == 0 && !strings.ContainsAny(t[:1], "0123456789(O'o＇+") && c.kind != pdfDate {
				break
			}
			if c.kind == pdfPhone && k == 0 && !strings.ContainsAny(t[:1], "0(+Oo") {
				break // a telephone opens with its zero: "106-2004" before it is a unit
			}
			if c.kind == pdfDate && k == 0 && !isDigit(t[0]) && t[0] != '\'' {
				break
			}
			digits += d
			if c.kind == pdfDate && digits >= 4 || c.kind != pdfDate && digits >= 7 {
				out = append(out, k+1)
			}
		}
		// The longest reading first: "84년 6월 15일생" is one date.
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
		return out
	case pdfName:
		var out []int
		t := word(w)
		if isLatinUpper(t[0]) {
			// "Yuting Chen(위팅 천)", "SRISUK, Anucha", "NGUYEN VAN AN".
			k := w
			for k < len(words) && k-w < 4 && isLatinUpper(word(k)[0]) {
				k++
				out = append([]int{k - w}, out...)
			}
			return out
		}
		if !hangulAt(t, 0) || hasAny(t, corpMarks) {
			return nil // "우리환경(주)": the company, not its representative
		}
		if strings.IndexByte(t, ' ') > 0 {
			// A cell of a space-aligned row: a name written apart, or a
			// transcription in words.
			st, en := words[w].start, words[w].end
			if e, ok := sc.spacedNameMin(st, en, 2); ok && e == en || sc.splitName(st, en) == en || sc.transcribedCell(st, en) {
				return []int{1}
			}
			return nil
		}
		if w+1 < len(words) && s[words[w].end] == '\n' && hangulWord(word(w+1)) && utf8.RuneCountInString(t)+utf8.RuneCountInString(word(w+1)) <= 5 {
			out = append(out, 2) // "육\n형민": the name wrapped at the page's edge
		}
		// A name written apart ("배 소 혁", "황보 은 별") or in Hangul
		// words of a transcription ("유수포바 사르도르").
		for k := 3; k >= 2; k-- {
			if w+k <= len(words) {
				st, en := words[w].start, words[w+k-1].end
				if e, ok := sc.spacedNameMin(st, en, 2); ok && e == en || sc.splitName(st, en) == en || sc.transcribedCell(st, en) {
					out = append(out, k)
				}
			}
		}
		if hangulWord(pdfNameCore(t)) && utf8.RuneCountInString(t) <= 8 {
			out = append(out, 1)
		}
		return out
	}
	// Free text: any number of words, the fewest first, so that the
	// columns after it take theirs.
	out := make([]int, 0, left)
	for k := 1; k <= left; k++ {
		out = append(out, k)
	}
	return out
}

// pdfNameCore returns a name cell's word without what may follow the
// name in it: a relation in brackets ("지미민(모)") or the stars of a
// mask that left most of it ("손판*").
func pdfNameCore(t string) string {
	if k := strings.IndexByte(t, '('); k > 0 && strings.HasSuffix(t, ")") {
		t = t[:k]
	}
	return strings.TrimRight(t, "*○")
}

// pdfName masks the name of a row's name column: the fit says where it
// stands, so a word of the right shape that is no ordinary word is taken.
func (sc *scanner) pdfName(c cell) {
	s := sc.s
	w := s[c.start:c.end]
	if k := strings.IndexByte(w, '\n'); k > 0 {
		// A name the page's edge broke: its two parts, each masked.
		if j := s[c.start:c.start+k] + s[c.start+k+1:c.end]; hangulWord(j) && !sc.lx.noun(j) && !sc.exempt(j) {
			m1, m2 := splitMask(MaskName(j), utf8.RuneCountInString(s[c.start:c.start+k]))
			sc.add(c.start, c.start+k, TypeName, "name.pdf_row", 0.8, m1)
			sc.add(c.start+k+1, c.end, TypeName, "name.pdf_row", 0.8, m2)
		}
		return
	}
	if hasAny(w, corpMarks) {
		return // "조은건설(주)": a company in the column
	}
	if core := pdfNameCore(w); core != w && hangulWord(core) {
		c.end = c.start + len(core)
		w = core
		if strings.HasSuffix(s[:c.end+1], "*") || strings.HasSuffix(s[:c.end+3], "○") {
			// "손판*": what the mask left still names the person.
			if n := utf8.RuneCountInString(w); n >= 2 && surnames1.has(runeAt(w, 0)) && !hasSurname2(w) || n >= 3 && hasSurname2(w) {
				sc.add(c.start, c.end, TypeName, "name.partly_masked", 0.8, MaskName(w))
			}
			return
		}
	}
	if strings.IndexByte(w, '\n') >= 0 {
		return // a name in words across the page's edge: no mask may run over it
	}
	if !isLatinUpper(w[0]) && strings.IndexByte(w, ' ') >= 0 {
		// Hangul words: a name written apart, or a transcription; "확인 중"
		// and "녹번동 상인회" are neither.
		if e, ok := sc.spacedNameMin(c.start, c.end, 2); ok && e == c.end || sc.splitName(c.start, c.end) == c.end || sc.transcribedCell(c.start, c.end) {
			sc.add(c.start, c.end, TypeName, "name.pdf_row", 0.8, MaskName(w))
		}
		return
	}
	if isLatinUpper(w[0]) {
		c.tab = 1
		c.foreign = true
		sc.nameCell(c, false)
		return
	}
	n := utf8.RuneCountInString(w)
	// A dictionary's noun of three syllables led by a surname (염창섭, a
	// name mecab-ko-dic knows) is the name the fit placed there, unless its
	// first two syllables are a word (compound) or it ends like one.
	nameNoun := n == 3 && surnames1.has(runeAt(w, 0)) && !sc.lx.compound(w) && !sc.lx.derived(w) && !verbLike(w)
	// A name ends in 리, 동 or 구 as often as a village does (금아름드리,
	// 김영동): in the name's column, only a word the dictionary lists as
	// such, or that reads as no name, is a place.
	if n < 2 || n > 7 || n == 2 && sc.lx.common(w) || n > 2 && sc.lx.noun(w) && sc.lx.score(w) < likelyName && !nameNoun || roleWord(w) || isPrivateRole(w) || placeWord(w) ||
		isTitle(w) || districtLike(w) && (sc.lx.noun(w) || sc.lx.score(w) < likelyName) || sc.exempt(w) || hasAny(w, corpMarks) || personWord(w) {
		return
	}
	if sc.lx.score(w) < shapeName && !sc.lx.foreignName(w) && sc.lx.alienness(w) < 0.5 &&
		!(n >= 4 && n <= 5 && (surnames1.has(runeAt(w, 0)) || hasSurname2(w)) && !sc.lx.noun(w) && !sc.lx.derived(w) && !sc.lx.compound4(w)) {
		// "부아름드리": a native given name of four syllables after the
		// surname, which the column says is a name.
		return
	}
	sc.add(c.start, c.end, TypeName, "name.pdf_row", 0.8, MaskName(w))
}

// monthAbbrev reports a month written in English: "MAR", "Mar.", "March".
func monthAbbrev(t string) bool {
	t = strings.ToLower(strings.TrimRight(t, ".,"))
	if len(t) < 3 {
		return false
	}
	return strings.Contains("jan feb mar apr may jun jul aug sep oct nov dec", t[:3]) && t[:3] != "ar " && isLatin(t[0])
}

// houseNumber reports a number in an address that is not part of a
// place's name: "상계3동", "성수동2가" and "올림픽로9길" hold digits, but
// only a building, lot or unit number places a home.
func houseNumber(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			continue
		}
		j := i
		for j < len(v) && isDigit(v[j]) {
			j++
		}
		if !(i > 0 && prevHangul(v, i) && hasPrefixAny(v[j:], []string{"동", "가", "로", "길"})) {
			return true
		}
		i = j
	}
	return false
}

// pdfStartsPhone reports a word that opens a telephone: "010-…", "(02)…",
// "+82-10-…", "O10…".
func pdfStartsPhone(s string, w span) bool {
	t := s[w.start:w.end]
	return strings.HasPrefix(t, "0") || strings.HasPrefix(t, "(0") || strings.HasPrefix(t, "+82") || strings.HasPrefix(t, "O1") || strings.HasPrefix(t, "o1")
}

// ipLike reports four groups of digits with dots between and none after:
// "59.10.195.10".
func ipLike(t string) bool {
	parts := strings.Split(t, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || digitsAt(p, 0) != len(p) {
			return false
		}
	}
	return true
}

// plateRegions are the regions an older plate opens with.
var plateRegions = map[string]bool{"서울": true, "경기": true, "인천": true, "부산": true, "대구": true, "광주": true, "대전": true, "울산": true,
	"세종": true, "강원": true, "충북": true, "충남": true, "전북": true, "전남": true, "경북": true, "경남": true, "제주": true}

// cellRows reads a table written one cell to a line, as HWP tables come
// out, by its running numbers: a header of labels under 순번 or 연번,
// then rows that each open with the next number. A cell wrapped onto a
// second line ("+82-10-" then "8022-3208") makes its row longer and
// would shift every later row; restarting at each number keeps the rows
// in step, and a row whose cells, once joined, are not the header's
// number is read only up to its first cell that could have wrapped.
func (sc *scanner) cellRows() {
	s := sc.s
	lines := sc.lines()
	for x := 0; x < len(lines); x++ {
		t := strings.TrimSpace(s[lines[x].start:lines[x].end])
		if len(t) > 16 {
			continue
		}
		if t = squeeze(t); t != "순번" && t != "연번" && t != "번호" && t != "No" && t != "No." {
			continue // "번   호": a label spaced out to its cell's width, too
		}
		var cols []pdfCol
		y := x + 1
		for ; y < len(lines) && len(cols) < 12; y++ {
			l := strings.TrimSpace(s[lines[y].start:lines[y].end])
			if l == "1" || l == "" || strings.ContainsAny(l, "0123456789\t|") || utf8.RuneCountInString(l) > 12 {
				break
			}
			k := squeeze(l)
			cols = append(cols, pdfCol{label: k, role: roleOf(k)})
		}
		if len(cols) < 3 || y >= len(lines) || strings.TrimSpace(s[lines[y].start:lines[y].end]) != "1" {
			continue
		}
		personal := false
		for _, c := range cols {
			personal = personal || c.role.personal()
		}
		if !personal {
			continue
		}
		next := 1
		seen := make([]map[string]bool, len(cols)) // each column's cells in rows that fit
		for c := range seen {
			seen[c] = map[string]bool{}
		}
		for y < len(lines) && strings.TrimSpace(s[lines[y].start:lines[y].end]) == strconv.Itoa(next) {
			// The row's lines run to the next number found at least a
			// row's width on, or to a blank line.
			a := y + 1
			e := a
			want := strconv.Itoa(next + 1)
			for e < len(lines) && e-a < 3*len(cols) {
				l := strings.TrimSpace(s[lines[e].start:lines[e].end])
				if l == "" || e-a >= len(cols) && (l == want || sectionLine(l)) {
					break
				}
				e++
			}
			sc.cellRow(cols, lines[a:e], seen)
			if e >= len(lines) || strings.TrimSpace(s[lines[e].start:lines[e].end]) != want {
				break
			}
			y = e
			next++
		}
		x = y
	}
}

// sectionLine reports a line that opens the text after a table: a
// numbered or bulleted item ("4. 특기 사항", "가. …", "※ …"), not a
// cell's number or amount.
func sectionLine(l string) bool {
	r, size := utf8.DecodeRuneInString(l)
	switch {
	case strings.ContainsRune("○●□■※◎◇◆▶▷", r):
		return true
	case isDigit(l[0]):
		d := digitsAt(l, 0)
		return d <= 2 && d+1 < len(l) && (l[d] == '.' || l[d] == ')') && l[d+1] == ' '
	case isHangul(r):
		return size+1 < len(l) && (l[size] == '.' || l[size] == ')') && l[size+1] == ' ' || strings.HasPrefix(l, "붙임")
	}
	return false
}

// cellRow masks the personal cells of one row written a cell to a line.
// A row longer than the header has cells its width broke over two lines
// ("편" then "준은", "우리은행" then "0057554212***"); the joins that
// make the row fit its header best are taken, if one way is best.
func (sc *scanner) cellRow(cols []pdfCol, ls []span, seen []map[string]bool) {
	s := sc.s
	cells := make([]span, 0, len(ls))
	for _, l := range ls {
		cells = append(cells, trimSpan(s, l))
	}
	joined := make([]bool, len(cols)) // cell c is two lines joined
	if len(cells) == len(cols) {
		for c, cl := range cells {
			seen[c][s[cl.start:cl.end]] = true
		}
	}
	if extra := len(cells) - len(cols); extra < 0 {
		cells = cells[:1] // a cell left out: only the first is sure to be in its column
	} else if extra > 0 {
		joins := sc.cellJoins(cols, cells, extra, seen)
		if joins == nil {
			// Only the first cell is sure to be in its column.
			cells = cells[:1]
		} else {
			cells, joined = joinCells(cells, joins, len(cols))
		}
	}
	for c := 0; c < len(cols) && c < len(cells); c++ {
		cl := cells[c]
		if cl.end <= cl.start {
			continue
		}
		if joined[c] {
			if cols[c].role == roleName {
				k := cl.start + strings.IndexByte(s[cl.start:cl.end], '\n')
				sc.brokenName(cl.start, k, cl.end)
			} else if cols[c].role.personal() {
				// A number its cell broke is read whole by the joined
				// reading; its halves read alone would be other things
				// ("2705.2532").
				k := cl.start + strings.IndexByte(s[cl.start:cl.end], '\n')
				p := strings.TrimRight(s[cl.start:k], " ")
				sc.cellCuts = append(sc.cellCuts, cut{at: k, sep: p == s[cl.start:k] && spaceCut(p, strings.TrimLeft(s[k+1:cl.end], " "))})
			}
			continue
		}
		sc.pdfCell(cols[c], cell{start: cl.start, end: cl.end, tab: -1, role: cols[c].role, label: cols[c].label})
	}
}

// cellJoins returns the cells (by index into cells) that open a join
// with the next, extra of them (one or two), for which the row fits its
// header best, or nil when no way is best or none fits well. A cell
// fits when it has its column's shape, or is what the column holds in
// other rows (seen).
func (sc *scanner) cellJoins(cols []pdfCol, cells []span, extra int, seen []map[string]bool) []int {
	if extra > 2 {
		return nil
	}
	best, bestScore, ties := []int(nil), -1, 0
	try := func(joins []int) {
		js, joined := joinCells(cells, joins, len(cols))
		score := 0
		for c, cl := range js {
			if r := cols[c].role; r.personal() && sc.cellFits(cl, r, joined[c]) {
				score += 2
			} else if joined[c] {
				score-- // a join that does not fit its column, or of no known shape
			} else if seen[c][sc.s[cl.start:cl.end]] {
				score += 2 // what other rows hold in this column ("전", "답")
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, ties = joins, score, 0
		case score == bestScore:
			ties++
		}
	}
	for i := 0; i+1 < len(cells); i++ {
		if extra == 1 {
			try([]int{i})
			continue
		}
		for j := i + 2; j+1 < len(cells); j++ {
			try([]int{i, j})
		}
	}
	if ties > 0 || bestScore < 2 {
		return nil
	}
	return best
}

// joinCells joins each cell in joins with the next, across its line
// break, and returns at most n cells and which of them were joined.
func joinCells(cells []span, joins []int, n int) ([]span, []bool) {
	out := make([]span, 0, n)
	joined := make([]bool, n)
	for i := 0; i < len(cells) && len(out) < n; i++ {
		if slices.Contains(joins, i) && i+1 < len(cells) {
			joined[len(out)] = true
			out = append(out, span{cells[i].start, cells[i+1].end})
			i++
			continue
		}
		out = append(out, cells[i])
	}
	return out, joined
}

// cellFits reports whether a cell holds what a column of role r holds,
// in the shapes a row's alignment can be judged by: a name, or enough
// digits for a date, a telephone or an account. A joined cell's two
// lines must join into one such value.
func (sc *scanner) cellFits(cl span, r role, joined bool) bool {
	s := sc.s
	t := s[cl.start:cl.end]
	if joined {
		k := strings.IndexByte(t, '\n')
		p1, p2 := strings.TrimSpace(t[:k]), strings.TrimSpace(t[k+1:])
		if r == roleName {
			j := p1 + p2
			n := utf8.RuneCountInString(j)
			return hangulWord(p1) && hangulWord(p2) && n >= 2 && n <= 5 && !(sc.lx.noun(j) && n > 2) &&
				(sc.lx.score(j) >= shapeName || n >= 4 && hasSurname2(j))
		}
		// A value's digits go on past the break: a date or a number
		// does not end on one line and its row go on with a word
		// ("2015/01/28" then "우리은행"). A bank's name may stand before
		// its account's number, and an address wraps anywhere.
		if r != roleAddress && (countDigits(p2) == 0 || countDigits(p1) == 0 && r != roleAccount) {
			return false
		}
		if r == roleAddress && !strings.ContainsFunc(p1, isHangul) {
			return false // an address opens with its place's name
		}
		t = p1 + p2
	}
	digits := countDigits(t)
	switch r {
	case roleName:
		return fits(s, cl, r, sc.lx)
	case roleBirth:
		return digits >= 4 && digits <= 8
	case rolePhone:
		return digits >= 9 && digits <= 12
	case roleAccount, roleRRN:
		return digits >= 8
	case roleEmail:
		return strings.IndexByte(t, '@') > 0
	case roleAddress:
		return utf8.RuneCountInString(t) >= 3
	}
	return digits >= 2
}

// dropIn removes the findings of the given types inside [a, e).
func (sc *scanner) dropIn(a, e int, types ...string) {
	kept := sc.hits[:0]
	for _, h := range sc.hits {
		if h.start >= a && h.end <= e && slices.Contains(types, h.typ) {
			continue
		}
		kept = append(kept, h)
	}
	sc.hits = kept
}
