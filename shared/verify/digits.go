package verify

import "strings"

// Types of doubt.
const (
	DoubtDigits  = "digit_run"
	DoubtEmail   = "email"
	DoubtKeyword = "keyword"
	DoubtName    = "name"
	DoubtPattern = "pattern"
)

func digit(c byte) bool { return '0' <= c && c <= '9' }

// minDigits is how many digits, joined only by '-', '.', '/', ' ', '('
// or ')', make a run dense enough to be an identifier. Dates, amounts
// with commas, statute and document numbers stay below it or are broken
// by other characters.
const minDigits = 10

// run is a stretch of digits and joiners on one line.
type run struct {
	start, end, digits, groups int
}

// runs finds the digit runs of s.
func runs(s string) []run {
	var out []run
	for i := 0; i < len(s); {
		if !digit(s[i]) {
			i++
			continue
		}
		r := run{start: i, end: i, groups: 1}
		j := i
		for j < len(s) {
			c := s[j]
			if digit(c) {
				r.digits++
				j++
				r.end = j
				continue
			}
			if (c == '-' || c == '.' || c == ' ' || c == ')' || c == '(' || c == '/') && j-r.end < 3 && j+1 < len(s) && (digit(s[j+1]) || s[j+1] == ' ' || s[j+1] == '-' || s[j+1] == '(') {
				if j == r.end {
					r.groups++
				}
				j++
				continue
			}
			break
		}
		out = append(out, r)
		i = max(r.end, i+1)
	}
	return out
}

// officeWords before a landline-shaped run make it a public office
// number; codeWords make a run a budget, case or document code.
var (
	officeWords = []string{"담당", "문의", "대표", "팩스", "FAX", "Fax", "fax", "민원실", "콜센터", "사무실", "부서", "주무관", "상담", "Office", "office"}
	homeWords   = []string{"자택", "집", "Home", "home", "휴대", "본인", "민원인", "신청인", "청구인", "보호자", "개인", "연락처"}
	codeWords   = []string{"예산", "과목", "코드", "세출", "세입", "문서번호", "사건번호", "접수번호", "고유번호", "등록번호 제", "관리번호", "공고번호", "고시 제",
		"신청번호", "청구번호", "계약번호", "입찰공고번호", "공고번호", "허가번호", "신고번호", "처리번호", "민원번호", "과제번호",
		"입찰공고", "K-apt", "나라장터", "접수 ", "시행 ", "고지서", "고지번호", "납부번호", "전자납부번호"}
)

// corporateWords mark a line about a company, whose registration
// numbers are public.
var corporateWords = []string{"(주)", "㈜", "주식회사", "법인", "(유)", "(재)", "(사)", "사업자", "상호", "업체"}

// codeHeader reports a number in a table column whose header names a code
// ("접수번호", "고지서 번호"), or a registration number on a company's row
// under "등록번호".
func codeHeader(s string, st int) bool {
	h := columnHeader(s, st)
	if h == "" {
		return false
	}
	if hasWord(h, codeWords) || hasWord(strings.ReplaceAll(h, " ", ""), codeWords) {
		return true
	}
	return strings.Contains(h, "등록번호") && !hasWord(h, []string{"주민", "외국인"}) && hasWord(lineAround(s, st), corporateWords)
}

// receiptNumber reports a long number of digits alone that the words after
// it call a receipt: "20267399538243 상담 접수".
func receiptNumber(s string, st, en int) bool {
	if en-st < 12 || strings.Trim(s[st:en], "0123456789") != "" {
		return false
	}
	after := strings.TrimLeft(lineAfter(s, en, 24), " ")
	return strings.HasPrefix(after, "접수") || strings.HasPrefix(after, "상담 접수") || strings.HasPrefix(after, "민원 접수")
}

// officeIssued reports the shape of a number an office issues to a
// business, "2018-3150000-48072" (영업신고번호: the year, the office's
// seven-digit code, a serial): no person's identifier is written so.
func officeIssued(t string) bool {
	parts := strings.Split(t, "-")
	if len(parts) != 3 || len(parts[0]) != 4 || len(parts[1]) != 7 || len(parts[2]) < 4 || len(parts[2]) > 6 {
		return false
	}
	for _, p := range parts {
		if strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return (parts[0][:2] == "19" || parts[0][:2] == "20") && strings.HasSuffix(parts[1], "0000")
}

// lineAround returns the whole line holding byte i.
func lineAround(s string, i int) string {
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	le := strings.IndexByte(s[i:], '\n')
	if le < 0 {
		return s[ls:]
	}
	return s[ls : i+le]
}

// codeColumn reports a number alone on its line under a code header a
// few lines above, as a table written one cell per line has it
// ("입찰공고번호" … "20240380480-00").
func codeColumn(s string, st int) bool {
	if st > 0 && s[st-1] != '\n' {
		return false
	}
	above := s[max(0, st-200):st]
	if k := strings.LastIndex(above, "\n\n"); k >= 0 {
		above = above[k:]
	}
	return hasWord(above, codeWords)
}

// allPublic reports whether every space-separated field of a window is a
// public code ("110111-1234567  123-45-67890" on a company's row).
func allPublic(s string, fields [][2]int, pre string) bool {
	for k, f := range fields {
		p := pre
		if k > 0 {
			p = ownWords(lineBefore(s, f[0], 48))
		}
		if !publicCode(s, f[0], f[1], p) {
			return false
		}
	}
	return true
}

// publicCode reports the public numbers a run may be: a business
// registration number (123-45-67890), a corporate registration number on a
// company's line, a code that letters lead ("1AA-2404-3306743"), or a
// numbered registration ("제2009-6044957호").
func publicCode(s string, st, en int, pre string) bool {
	text := s[st:en]
	if businessNumber(onlyDigitsOf(text)) && strings.Trim(text, "0123456789-") == "" {
		return true // beside a company's registration number: its 1577 number
	}
	parts := strings.Split(text, "-")
	if len(parts) == 3 && len(parts[0]) == 3 && len(parts[1]) == 2 && len(parts[2]) == 5 && !strings.Contains(pre, "계좌") {
		return true
	}
	// A corporation's number: a company named on its line or the lines
	// just before (a table written one cell per line), or under the
	// column's header.
	near := s[max(0, st-120):st] + lineAfter(s, en, 60)
	if len(parts) == 2 && len(parts[0]) == 6 && len(parts[1]) == 7 && !hasWord(pre, []string{"주민", "외국인"}) &&
		(hasWord(near, corporateWords) || strings.Contains(s[max(0, st-600):st], "법인등록번호")) {
		return true
	}
	if st > 0 && (s[st-1] == '-' || s[st-1] >= 'A' && s[st-1] <= 'Z') {
		k := st - 1
		for k > 0 && (s[k-1] >= 'A' && s[k-1] <= 'Z' || digit(s[k-1]) || s[k-1] == '-') {
			k--
		}
		if strings.ContainsAny(s[k:st], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			return true
		}
	}
	if strings.HasSuffix(pre, "제") && strings.HasPrefix(s[en:], "호") {
		return true
	}
	if codeShape(parts) && hasWord(tableAbove(s, st), codeWords) {
		return true
	}
	// A document number: the issuing unit, a hyphen, the serial, perhaps
	// its date in brackets ("일자리경제과-5997(2024.11.01.)"); or a
	// contract's number glued to the word ("계약6673909411").
	units := []string{"과", "팀", "국", "실", "소", "단", "관", "처", "센터", "본부", "담당관"}
	if st > 0 && s[st-1] == '-' && hasSuffix(s[:st-1], units) || hasSuffix(s[:st], []string{"계약", "공고", "고시", "허가"}) {
		return true
	}
	// A receipt number glued to the department in brackets: "민원(건축과9199308380)".
	if hasSuffix(s[:st], units) && strings.HasPrefix(s[en:], ")") && strings.Contains(lineBefore(s, st, 24), "(") {
		return true
	}
	// A budget line: "예산(168-7868-799-25)", "소요예산: 금7,651,400원
	// (553-2589-971-30)". The 예산 word closes the sentence before it.
	if len(parts) >= 3 && hasWord(lineBefore(s, st, 60), []string{"예산", "예산과목", "세출", "회계"}) && !hasWord(lineBefore(s, st, 60), []string{"계좌", "은행", "예금주"}) {
		return true
	}
	return orgAccount(s, en)
}

// codeShape reports the shapes of the public numbers tables list under
// a code header: a bid notice's "20231086085-00" (year, serial, round)
// and a receipt's "20240411-209167" (its date, then a serial).
func codeShape(parts []string) bool {
	if len(parts) != 2 || !allDigits(parts[0]) || !allDigits(parts[1]) {
		return false
	}
	year := func(p string) bool { return strings.HasPrefix(p, "19") || strings.HasPrefix(p, "20") }
	switch {
	case len(parts[0]) == 11 && len(parts[1]) == 2:
		return year(parts[0])
	case len(parts[0]) == 4 && len(parts[1]) >= 6 && len(parts[1]) <= 8:
		return year(parts[0]) // "2024-3669671": a year and a serial
	case len(parts[0]) == 8 && len(parts[1]) >= 4 && len(parts[1]) <= 7:
		m, d := (parts[0][4]-'0')*10+parts[0][5]-'0', (parts[0][6]-'0')*10+parts[0][7]-'0'
		return year(parts[0]) && m >= 1 && m <= 12 && d >= 1 && d <= 31
	}
	return false
}

func allDigits(t string) bool {
	for i := 0; i < len(t); i++ {
		if !digit(t[i]) {
			return false
		}
	}
	return t != ""
}

// tableAbove returns the text from the start of the block (after the
// last blank line, at most 1,500 bytes back) to i: where a table's header
// row is.
func tableAbove(s string, i int) string {
	above := s[max(0, i-1500):i]
	if k := strings.LastIndex(above, "\n\n"); k >= 0 {
		above = above[k:]
	}
	return above
}

// orgAccount reports an account whose holder, named after it, is an
// organization: "… 527566-19-532145(예금주: 서울특별시 강서구)".
func orgAccount(s string, en int) bool {
	post := strings.ReplaceAll(s[en:min(len(s), en+80)], "\n", " ") // the holder may wrap to the next line
	k := strings.Index(post, "예금주")
	if k < 0 || k > 8 {
		return false
	}
	h := strings.TrimLeft(post[k+len("예금주"):], " :：")
	if w := strings.FieldsFunc(h, func(r rune) bool { return r == ' ' || r == ')' || r == ',' }); len(w) > 0 {
		if first := w[0]; strings.HasSuffix(first, "구") || strings.HasSuffix(first, "시") || strings.HasSuffix(first, "군") || strings.HasSuffix(first, "청") {
			return true // "예금주 강서구)": a district's own account
		}
	}
	if end := strings.IndexByte(h, '\n'); end > 0 {
		h = h[:end] // the holder's line, not the next item's
	}
	// "(예금주: 응암동 2구역 조합)", "(예금주: ㈜새한정보통신)": an
	// association's or a company's.
	return strings.HasPrefix(h, "서울") || hasWord(h, []string{"구청", "시청", "특별시", "광역시", "(주)", "㈜", "주식회사", "재단", "공단", "공사", "센터", "구 ",
		"구역", "조합", "추진위", "협회", "연합회", "법인"})
}

// idSpacing reports whether the space-separated groups of a run have the
// lengths of an identifier typed with spaces (010 1234 5678, 4×4 card,
// 900101 1234567); other space-joined runs are separate numbers side by
// side, such as a code and a date.
func idSpacing(text string) bool {
	var l []int
	text = strings.NewReplacer(" - ", "-", " -", "-", "- ", "-").Replace(text)
	for _, f := range strings.Fields(text) {
		l = append(l, countDigits(f))
	}
	switch len(l) {
	case 1:
		return true
	case 2:
		return l[0] == 6 && l[1] == 7 || l[0] == 3 && l[1] == 8 || l[0] == 2 && l[1] == 8 || l[0]+l[1] >= 15
	case 3:
		return (l[0] >= 2 && l[0] <= 4) && (l[1] == 3 || l[1] == 4) && l[2] == 4 || l[0] == 2 && l[1] == 6 && l[2] == 2
	case 4:
		return l[0] == 4 && l[1] == 4 && l[2] == 4 && l[3] == 4 || l[0] == 2 && l[1] == 2 && l[2] == 6 && l[3] == 2 ||
			l[0] == 2 && l[1] == 2 && (l[2] == 3 || l[2] == 4) && l[3] == 4
	}
	return false
}

// digitRuns flags unmasked runs of digits long enough to be identifiers.
// A run joined by spaces is judged window by window, so a date typed
// beside a resident number does not hide it, nor make it look longer.
func digitRuns(s string) []Doubt {
	var ds []Doubt
	for _, r := range runs(s) {
		if r.digits < minDigits-1 {
			continue
		}
		fs := fieldSpans(s, r.start, r.end)
		for i := 0; i < len(fs); i++ {
			for j := min(len(fs)-1, i+5); j >= i; j-- { // identifiers have at most six space-separated parts
				st, en := fs[i][0], fs[j][1]
				text := s[st:en]
				nd := countDigits(text)
				if nd < minDigits-1 || nd < minDigits && text[0] != '0' || dateLike(text) || !idSpacing(text) || (en < len(s) && s[en] == '*') {
					continue
				}
				if strings.Contains(text, " (") || strings.Contains(text, ") ") {
					continue // two numbers side by side: "300,000 (472-9907-…)"
				}
				pre := ownWords(lineBefore(s, st, 48))
				if hasWord(pre, codeWords) || hasWord(strings.ReplaceAll(pre, " ", ""), codeWords) || allPublic(s, fs[i:j+1], pre) || codeColumn(s, st) ||
					codeHeader(s, st) || receiptNumber(s, st, en) || officeIssued(text) {
					continue // "접   수   번   호": a label spaced out on a form
				}
				if k := strings.IndexByte(text, '('); k > 0 && dateLike(strings.TrimRight(text[:k], ".")) {
					continue // "2025.04.16.(14일간)": a date and a count of days
				}
				if text[0] == '0' && nd <= 11 && !strings.HasPrefix(text, "01") && lastWord(pre, officeWords) >= lastWord(pre, homeWords) {
					// A landline no home word claims: an office number,
					// public, or one layer 1 rightly left alone.
					continue
				}
				ds = append(ds, Doubt{Type: DoubtDigits, Rule: "digits.dense", Start: st, End: en,
					Reason: "a run of digits long enough to be an identifier is left unmasked"})
				i = j
				break
			}
		}
	}
	return ds
}

// ownWords keeps the words after the last digit of w, the ones that
// describe the number that follows rather than an earlier one.
func ownWords(w string) string {
	for k := len(w) - 1; k >= 0; k-- {
		if digit(w[k]) {
			return w[k+1:]
		}
	}
	return w
}

// fieldSpans splits s[a:b] into [start, end) spans at the spaces between
// two numbers; a space beside a hyphen ("900101 - 1234567") joins.
func fieldSpans(s string, a, b int) [][2]int {
	var out [][2]int
	st := -1
	for i := a; i <= b; i++ {
		if i == b || s[i] == ' ' && !(i > a && s[i-1] == '-') && !(i+1 < b && s[i+1] == '-') {
			if st >= 0 {
				out = append(out, [2]int{st, i})
				st = -1
			}
			continue
		}
		if st < 0 {
			st = i
		}
	}
	return out
}

// dateLike reports whether a run is a date or a range of dates such as
// "2014. 3. 1." or "2014-03-01 ~ 2014-03-31", which are public.
func dateLike(run string) bool {
	parts := strings.FieldsFunc(run, func(r rune) bool { return r == '.' || r == '-' || r == ' ' || r == '/' })
	if len(parts) == 0 || len(parts)%3 != 0 {
		return false
	}
	for k := 0; k < len(parts); k += 3 {
		if len(parts[k]) != 4 || len(parts[k+1]) > 2 || len(parts[k+2]) > 2 {
			return false
		}
		y := parts[k]
		if !(strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) {
			return false
		}
	}
	return true
}

// mailResidue flags an '@' between an unmasked local part and a dotted
// domain.
func mailResidue(s string) []Doubt {
	var ds []Doubt
	for i := 0; i < len(s); i++ {
		if s[i] != '@' {
			continue
		}
		a := i
		for a > 0 && localByte(s[a-1]) {
			a--
		}
		if i-a < 2 {
			continue // "h***@" or nothing: masked or not an address
		}
		e := i + 1
		for e < len(s) && (alnum(s[e]) || s[e] == '-' || s[e] == '.') {
			e++
		}
		if !strings.Contains(s[i+1:e], ".") {
			continue
		}
		ds = append(ds, Doubt{Type: DoubtEmail, Rule: "email.unmasked_local", Start: a, End: e,
			Reason: "an e-mail address with its local part visible"})
	}
	return ds
}

func alnum(c byte) bool {
	return digit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func localByte(c byte) bool {
	return alnum(c) || c == '.' || c == '_' || c == '+' || c == '-' || c == '%'
}

// lineBefore returns up to n bytes before i on the same line, starting at
// a character boundary.
func lineBefore(s string, i, n int) string {
	a := max(0, i-n)
	for a < i && s[a]&0xC0 == 0x80 {
		a++
	}
	w := s[a:i]
	if k := strings.LastIndexByte(w, '\n'); k >= 0 {
		w = w[k+1:]
	}
	return w
}

// lineAfter returns up to n bytes from i on the same line, ending at a
// character boundary.
func lineAfter(s string, i, n int) string {
	e := min(len(s), i+n)
	for e > i && e < len(s) && s[e]&0xC0 == 0x80 {
		e--
	}
	w := s[i:e]
	if k := strings.IndexByte(w, '\n'); k >= 0 {
		w = w[:k]
	}
	return w
}

// lastWord returns the last index in w of any of words, or -1.
func lastWord(w string, words []string) int {
	best := -1
	for _, k := range words {
		if j := strings.LastIndex(w, k); j > best {
			best = j
		}
	}
	return best
}

// hasSuffix reports whether s ends with one of the words.
func hasSuffix(s string, words []string) bool {
	for _, k := range words {
		if strings.HasSuffix(s, k) {
			return true
		}
	}
	return false
}

func hasWord(w string, words []string) bool {
	for _, k := range words {
		if strings.Contains(w, k) {
			return true
		}
	}
	return false
}
