package verify

import (
	"strings"
	"unicode/utf8"
)

// Layer 1 finds personal data where it is; layer 2 checks that what
// should have been masked was. In a table, every cell under a header that
// names personal data (성명, 생년월일, 주소, 연락처 …) must carry a mask
// once layer 1 is done, so an unmasked cell there is a doubt, whatever its
// content. In a list or a table where some names are masked, a word of
// the same shape left bare beside them is one too. This reads tables with
// its own parser, apart from the redactor's.

// piiHeaders are the headers of columns that hold personal data, with
// spaces removed; a header ending in one of them counts too (신청인성명,
// 보호자연락처).
var piiHeaders = []string{"성명", "이름", "성함", "예금주", "신청인", "대표자", "수령인", "민원인", "청구인", "피고발인", "고발인",
	"피의자", "관련자", "보호자", "대상자", "수급자", "참석자", "생년월일", "출생일", "주민등록번호", "외국인등록번호", "주민번호",
	"연락처", "전화번호", "휴대전화", "휴대폰", "주소", "거주지", "주소지", "계좌번호", "이메일", "전자우편", "여권번호", "차량번호",
	"면허번호", "카드번호"}

// notPersonal are header words that end like piiHeaders but hold no
// personal data of a citizen.
var notPersonal = []string{"담당자", "담당자연락처", "사무실전화번호", "대표전화", "사업장주소", "본점주소", "소재지", "업체주소"}

// piiHeader reports whether header text h names personal data.
func piiHeader(h string) bool {
	k := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' {
			return -1
		}
		return r
	}, h)
	if i := strings.IndexByte(k, '('); i > 0 {
		k = k[:i]
	}
	if k == "" || utf8.RuneCountInString(k) > 10 {
		return false
	}
	for _, n := range notPersonal {
		if k == n {
			return false
		}
	}
	for _, p := range piiHeaders {
		if k == p || strings.HasSuffix(k, p) {
			return true
		}
	}
	return false
}

// heading reports a numbered heading: "3. 청구 내용", "가. 대상".
func heading(t string) bool {
	k := 0
	for k < len(t) && digit(t[k]) {
		k++
	}
	if k == 0 && len(t) > 3 && hangul([]rune(t)[0]) {
		k = len(string([]rune(t)[0]))
	}
	return k > 0 && k <= 3 && k+1 < len(t) && (t[k] == '.' || t[k] == ')') && t[k+1] == ' '
}

// personLike reports a cell that may be a person's name: two to four
// Hangul syllables led by a surname, a spaced name, or words of Latin
// letters; not a business ("미소세탁", "박가네순대").
func personLike(t string) bool {
	t = strings.TrimSpace(t)
	if k := strings.IndexAny(t, "(,"); k > 0 {
		t = strings.TrimSpace(t[:k])
	}
	if t == "" {
		return false
	}
	if r := t[0]; r >= 'A' && r <= 'Z' {
		return true
	}
	w := strings.ReplaceAll(t, " ", "")
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 5 || !surnameStart(w) {
		return false
	}
	for _, r := range w {
		if !hangul(r) {
			return false
		}
	}
	return !hasWord(w, businessWords)
}

// businessWords end the names of businesses and institutions, which a
// column of people may list beside them.
var businessWords = []string{"세탁", "약국", "식당", "상회", "상사", "건설", "산업", "기술", "마트", "순대", "치킨", "병원", "의원", "경로당", "도서관",
	"복지관", "센터", "어린이집", "유치원", "학교", "교회", "문구", "협회", "재단", "조합", "기관", "공원", "상가", "회관", "인쇄", "조경"}

// exemptCell reports a cell that is an exempt official's name, or holds
// one after a title ("위원장 여운태").
func exemptCell(t string, exempt []string) bool {
	t = strings.TrimSpace(t)
	for _, e := range exempt {
		if e == "" {
			continue
		}
		if t == e || strings.HasSuffix(t, " "+e) {
			return true
		}
		for _, f := range strings.Fields(e) {
			if t == f {
				return true
			}
		}
	}
	return false
}

// placeholderCell reports a person named by a letter: "A 위원", "B씨",
// "갑", "을".
func placeholderCell(t string) bool {
	if t == "갑" || t == "을" || t == "병" {
		return true
	}
	if len(t) < 1 || t[0] < 'A' || t[0] > 'Z' || len(t) > 1 && t[1] >= 'A' && t[1] <= 'Z' {
		return false
	}
	rest := strings.TrimSpace(t[1:])
	return rest == "" || rest == "씨" || rest == "위원" || rest == "님" || rest == "군" || rest == "양"
}

// officialTitles are positions of officials, named with them in duty.
var officialTitles = []string{"주무관", "실무관", "지원관", "사무관", "서기관", "주사", "서기", "과장", "팀장", "국장", "실장", "본부장",
	"담당관", "구청장", "시장", "동장", "센터장", "소장"}

// nameHeader reports a header of people's names, which a corporation's
// row masks too (its 대표자).
func nameHeader(h string) bool {
	return hasWord(strings.ReplaceAll(h, " ", ""), []string{"성명", "이름", "성함", "대표자", "예금주", "수령인", "신청인"})
}

// peopleHeader reports a header of a column of people, which may list an
// institution or a company beside them (수급자: 녹번경로당).
func peopleHeader(h string) bool {
	return nameHeader(h) || hasWord(strings.ReplaceAll(h, " ", ""), []string{"수급자", "민원인", "대상자", "수령자", "소유자", "신청자", "참석자", "상대방", "위원"})
}

// bareCell reports a cell that should carry a mask and does not: text with
// a letter or digit and no '*', '○' or 'O' run, and not a word that fills
// empty cells.
func bareCell(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t, "*○●◯△▲□■◇◆×") || strings.Contains(t, "OO") || strings.Contains(t, "XX") {
		return false
	}
	if placeholderCell(t) {
		return false // "A 위원", "B씨": a person named by a letter
	}
	// "국모 씨", "박모 님": a surname and 모 with its honorific.
	for _, h := range []string{" 씨", "씨", " 님", "님"} {
		if k := strings.TrimSuffix(t, h); k != t && anonymized(k) {
			return false
		}
	}
	if r, size := utf8.DecodeRuneInString(t); hangul(r) && strings.Trim(t[size:], "O") == "" {
		return false // "김O": masked with a letter
	}
	if anonymized(t) {
		return false // "박모"
	}
	// "(비공개)", "[해당없음]": a filler in brackets is still a filler.
	if k := strings.Trim(t, "()[]<>"); k != t && k != "" {
		t = k
	}
	if birthYear(t) || piiHeader(t) {
		return false // "1966년생" names no day; "생년월일" is a header, in a table laid on its side
	}
	switch t {
	case "-", "–", "—", "본인", "해당없음", "없음", "미상", "공란", "생략", "비공개", "익명", "합계", "소계", "계", "같음", "상동", "〃", "기관", "법인", "단체":
		return false
	}
	if hasWord(t, officialTitles) {
		return false // an official in the line of duty
	}
	for _, r := range t {
		if hangul(r) || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

// splitLines returns the lines of s and the offset where each starts.
func splitLines(s string) ([]string, []int) {
	lines := strings.Split(s, "\n")
	offs := make([]int, len(lines))
	pos := 0
	for i, l := range lines {
		offs[i] = pos
		pos += len(l) + 1
	}
	return lines, offs
}

// tableResidue flags cells left bare under personal-data headers: in rows
// split by '|' or tabs, and in tables written one cell per line.
func tableResidue(s string, exempt []string) []Doubt {
	var ds []Doubt
	lines, offs := splitLines(s)
	flag := func(line, a, b int, h string) {
		if exemptCell(lines[line][a:b], exempt) {
			return // an official named in their duty: public
		}
		ds = append(ds, Doubt{Type: DoubtName, Rule: "table.unmasked_cell", Start: offs[line] + a, End: offs[line] + b,
			Reason: "a cell under the header " + strings.TrimSpace(h) + " carries no mask"})
	}
	// Rows of cells under a header row.
	for i := 0; i < len(lines); i++ {
		sep := rowSep(lines[i])
		if sep == 0 {
			continue
		}
		head := splitCells(lines[i], sep)
		pii := make([]bool, len(head))
		any := false
		for c, h := range head {
			pii[c] = piiHeader(lines[i][h[0]:h[1]])
			any = any || pii[c]
		}
		if !any || strings.ContainsAny(lines[i], "0123456789*") || len(head) == 2 && piiHeader(lines[i][head[0][0]:head[0][1]]) {
			continue // no header, or a form's first row: "| 성명 | 김○○ |"
		}
		j := i + 1
		for ; j < len(lines); j++ {
			l := lines[j]
			if strings.Trim(l, "|-=:+ \t") == "" && strings.TrimSpace(l) != "" {
				continue // a rule
			}
			if rowSep(l) != sep {
				break
			}
			cells := splitCells(l, sep)
			if len(cells) != len(head) {
				continue // a merged or broken row: not read
			}
			corp := hasWord(l, corporateWords)
			for c, cl := range cells {
				h := lines[i][head[c][0]:head[c][1]]
				if pii[c] && bareCell(l[cl[0]:cl[1]]) && !(corp && !nameHeader(h)) && (!peopleHeader(h) || personLike(l[cl[0]:cl[1]])) &&
					!coarseAddress(h, l[cl[0]:cl[1]]) {
					flag(j, cl[0], cl[1], lines[i][head[c][0]:head[c][1]])
				}
			}
		}
		i = j - 1
	}
	// One cell per line: header lines, then rows of as many lines.
	for i := 0; i < len(lines); i++ {
		n, pii := 0, []bool{}
		var heads []string
		for j := i; j < len(lines) && n < 12; j++ {
			t := strings.TrimSpace(lines[j])
			// A header names a column: it is no value already masked
			// ("장○○") nor a filler ("(비공개)").
			if t == "" || len(t) > 30 || strings.ContainsAny(t, "0123456789:|\t*○●◯@") || !bareCell(t) {
				break
			}
			heads = append(heads, t)
			pii = append(pii, piiHeader(t))
			n++
		}
		known := 0
		for _, p := range pii {
			if p {
				known++
			}
		}
		if n < 3 || known == 0 || labelsAndValues(heads) {
			continue
		}
		// The rows: read while the lines stay short, in steps of n.
		j := i + n
		var cells []int
		for ; j < len(lines); j++ {
			t := strings.TrimSpace(lines[j])
			if t == "" {
				continue
			}
			if len(t) > 80 || strings.HasSuffix(t, "다.") || strings.HasSuffix(t, "끝.") || strings.HasPrefix(t, "※") ||
				strings.HasPrefix(t, "붙임") || heading(t) || hasWord(t, []string{"기안자", "협조자", "결재", "전결", "시행 "}) {
				break
			}
			cells = append(cells, j)
		}
		if len(cells) >= n && len(cells)%n == 0 {
			for k, line := range cells {
				if c := k % n; pii[c] && bareCell(lines[line]) && (!peopleHeader(heads[c]) || personLike(lines[line])) && !hasWord(lines[line], corporateWords) &&
					!coarseAddress(heads[c], lines[line]) {
					a := len(lines[line]) - len(strings.TrimLeft(lines[line], " \t"))
					flag(line, a, len(strings.TrimRight(lines[line], " \t\r")), heads[c])
				}
			}
		}
		i = j - 1
	}
	return ds
}

// labelsAndValues reports lines that alternate a label and its value
// ("성명", "장철수", "주소", …): a form written one field to a line, not
// the header of a table.
func labelsAndValues(heads []string) bool {
	if len(heads) < 4 {
		return false
	}
	for k, h := range heads {
		label := piiHeader(h) || tableHeaderWord(h)
		if label != (k%2 == 0) {
			return false
		}
	}
	return true
}

// rowSep returns '|' or '\t' when a line is a row of cells split by it.
func rowSep(l string) byte {
	if strings.Count(l, "|") >= 2 {
		return '|'
	}
	if strings.Count(l, "\t") >= 2 {
		return '\t'
	}
	return 0
}

// splitCells returns the [start, end) of each trimmed cell of a row,
// without the empty edges of "| a | b |".
func splitCells(l string, sep byte) [][2]int {
	var out [][2]int
	a := 0
	for i := 0; i <= len(l); i++ {
		if i < len(l) && l[i] != sep {
			continue
		}
		st, en := a, i
		for st < en && (l[st] == ' ' || l[st] == '\t') {
			st++
		}
		for en > st && (l[en-1] == ' ' || l[en-1] == '\t' || l[en-1] == '\r') {
			en--
		}
		out = append(out, [2]int{st, en})
		a = i + 1
	}
	if sep == '|' {
		if len(out) > 0 && out[0][0] == out[0][1] {
			out = out[1:]
		}
		if len(out) > 0 && out[len(out)-1][0] == out[len(out)-1][1] {
			out = out[:len(out)-1]
		}
	}
	return out
}

// coarseAddress reports an address cell that names no more than a
// neighbourhood ("서울특별시 구로구 고척동", "성동구 성수동1가 일대"):
// without a number of its own it points at no one's home.
func coarseAddress(header, cell string) bool {
	c := strings.TrimSpace(cell)
	if strings.HasSuffix(c, "일대") || strings.HasSuffix(c, "일원") || strings.HasSuffix(c, "부근") || strings.Contains(c, "주소 비공개)") {
		return true // under any header: a neighbourhood, or the rest withheld
	}
	if !strings.Contains(header, "주소") && !strings.Contains(header, "거주") {
		return false
	}
	// Digits inside a neighbourhood's name (성수동1가, 상계1동) are no
	// house number.
	for i := 0; i < len(c); i++ {
		if !digit(c[i]) {
			continue
		}
		j := i
		for j < len(c) && digit(c[j]) {
			j++
		}
		if !(i > 0 && c[i-1] >= 0x80 && (strings.HasPrefix(c[j:], "가") || strings.HasPrefix(c[j:], "동"))) {
			return false
		}
		i = j
	}
	return true
}

// birthYear reports a year of birth alone: "1966년생", "1966년".
func birthYear(t string) bool {
	t = strings.TrimSuffix(strings.TrimSuffix(t, "생"), "년")
	return len(t) == 4 && allDigits(t) && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20"))
}

// columnHeader returns the header of the table column holding byte i: the
// first line of i's paragraph, split as i's line is (by '|', by tabs, or
// by runs of two spaces aligned to the same column of characters). It
// returns "" when i is in no table.
func columnHeader(s string, i int) string {
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	le := strings.IndexByte(s[i:], '\n')
	if le < 0 {
		le = len(s)
	} else {
		le += i
	}
	top := s[max(0, ls-4000):ls]
	if k := strings.LastIndex(top, "\n\n"); k >= 0 {
		top = top[k+2:]
	}
	if top == "" {
		return ""
	}
	head := top
	if k := strings.IndexByte(top, '\n'); k >= 0 {
		head = top[:k]
	}
	line := s[ls:le]
	if sep := rowSep(line); sep != 0 {
		// The header is the first of the rows split as this one is,
		// above it without a break: a table may follow prose directly.
		head = line
		// At most 8 KB up: a table's header is near, and a megabyte of
		// rows stays linear.
		for k := ls; k > 0 && ls-k < 8000; {
			ps := strings.LastIndexByte(s[:k-1], '\n') + 1
			prev := s[ps : k-1]
			if rowSep(prev) != sep {
				break
			}
			head, k = prev, ps
		}
		cells, heads := splitCells(line, sep), splitCells(head, sep)
		if len(cells) != len(heads) {
			return ""
		}
		for c, cl := range cells {
			if ls+cl[0] <= i && i < ls+max(cl[1], cl[0]+1) {
				return head[heads[c][0]:heads[c][1]]
			}
		}
		return ""
	}
	// Columns aligned with spaces: the header word over i's character
	// column, the last one starting at or before it.
	if !strings.Contains(line, "  ") || !strings.Contains(head, "  ") {
		return ""
	}
	col := utf8.RuneCountInString(s[ls:i])
	var best string
	pos := 0
	for _, f := range strings.Split(head, "  ") {
		if t := strings.TrimSpace(f); t != "" {
			start := pos + utf8.RuneCountInString(f) - utf8.RuneCountInString(strings.TrimLeft(f, " "))
			if start > col+1 {
				break
			}
			best = t
		}
		pos += utf8.RuneCountInString(f) + 2
	}
	return best
}
