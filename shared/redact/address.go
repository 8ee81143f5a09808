package redact

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// roadBefore reports whether the digits at i follow a road name
// ("세종대로 209", "테헤란로7길 12", "중앙로12번길 3") or a lot-numbered
// neighbourhood ("신림동 123-45") in an address context.
func roadBefore(s string, i int) (bool, string) {
	// A cell wrapped at its width ("서울특별시 관악구 남현동\n153-10", as
	// PDF tables come out) puts the number at the start of the next line.
	wrapped := i >= 4 && s[i-1] == '\n'
	if i < 4 || s[i-1] != ' ' && !wrapped {
		return false, ""
	}
	// "덕현리 산 70-18": a mountain lot, its 산 set apart; the word before
	// it says where.
	k := i
	if i >= 9 && s[i-4:i-1] == "산" && s[i-5] == ' ' && !wrapped {
		k = i - 4
	}
	switch s[k-4 : k-1] {
	case "로", "길", "동", "리", "가":
	case "트", "라", "션", "텔", "운":
		// "동천동 e편한세상아파트 105-1102": a complex's name, then its
		// building and unit.
		if ok := aptUnit(s, i); ok && districtWord(before(s, i, 90)) {
			return true, "address.apt"
		}
		return false, ""
	default:
		return false, ""
	}
	j := k - 1
	// Read the word before j (Hangul and digits).
	w := j
	syl := 0
	for w > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:w])
		if r >= 0xAC00 && r <= 0xD7A3 {
			syl++
		} else if !(r >= '0' && r <= '9') {
			break
		}
		w -= size
		if j-w > 48 {
			return false, ""
		}
	}
	word := s[w:j]
	if syl == 1 && (strings.HasSuffix(word, "길") || strings.HasSuffix(word, "번길")) && isDigit(word[0]) && w >= 4 && s[w-1] == ' ' {
		// "계룡로 44길 163-13": the road's 길 written apart from it.
		if r, _ := utf8.DecodeLastRuneInString(s[:w-1]); r == '로' || r == '길' {
			pw := w - 1
			for pw > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:pw])
				if !(r >= 0xAC00 && r <= 0xD7A3) && !(r >= '0' && r <= '9') {
					break
				}
				pw -= size
			}
			if w-1-pw >= 6 {
				w, syl = pw, 3
				word = s[w:j]
			}
		}
	}
	if syl < 2 {
		return false, ""
	}
	pre := before(s, w, 90)
	district := districtWord(pre)
	if !district && w > 0 && s[w-1] == '\n' {
		// The road starts its line, the district ended the one before
		// ("경기도 수원시 팔달구\n권광로12길 15": a cell wrapped).
		district = districtEnds(before(s, w-1, 90))
	}
	if wrapped && (!district || !lotAlone(s, i)) {
		// Across lines, only a line that names its district, and a
		// number that stands as a lot or house number: not "61루**2*"
		// (a plate in the next cell) nor "010-****-4856".
		return false, ""
	}
	if hasPrefixAny(strings.TrimLeft(after(s, i+digitsAt(s, i), 12), " -0123456789"), []string{"부근", "일대", "인근", "앞 ", "앞에서", "사거리", "교차로", "일원"}) {
		return false, "" // "연서로 7 부근에서": a place on the road, not a home
	}
	switch {
	case strings.HasSuffix(word, "로") || strings.HasSuffix(word, "길"):
		if strings.HasSuffix(word, "으로") || roadStop[word] {
			return false, ""
		}
		if district || hasAny(pre, kwAddress) || hasAny(after(s, i, 40), kwAddressAfter) {
			return true, "address.road"
		}
	case strings.HasSuffix(word, "동") || strings.HasSuffix(word, "리") || strings.HasSuffix(word, "가"):
		if strings.HasSuffix(word, "가") && !isDigit(word[len(word)-4]) {
			return false, "" // "성수동1가", not "요구가"
		}
		if (district || !roadStop[word]) && hasAny(pre, kwAddress) || !roadStop[word] && (strings.Contains(after(s, i, 16), "번지") || unitNext(s, i)) {
			return true, "address.lot"
		}
		if district && (strings.HasSuffix(word, "동") || strings.HasSuffix(word, "가")) && !roadStop[word] {
			return true, "address.lot"
		}
		if strings.HasSuffix(word, "리") && hasSuffixAny(strings.TrimRight(pre, " "), []string{"읍", "면"}) {
			return true, "address.lot" // "군서면 동구림리 665-8": a village's lot
		}
		if strings.HasSuffix(word, "동") && !roadStop[word] && lotEnds(s, i) && hasAny(after(s, i, 40), kwAddressAfter) {
			return true, "address.lot" // "둔산동 193-26에 거주", "갈현동 384 SK뷰 105동"
		}
	}
	return false, ""
}

// aptUnit reports, after a complex's name (…아파트, …빌라, …맨션,
// …오피스텔, …타운), a building and unit written "105-1102" at i.
func aptUnit(s string, i int) bool {
	w := strings.TrimRight(before(s, i, 40), " ")
	if k := strings.LastIndexAny(w, " \t\n"); k >= 0 {
		w = w[k+1:]
	}
	if !hasSuffixAny(w, []string{"아파트", "빌라", "맨션", "오피스텔", "타운"}) {
		return false
	}
	b := digitsAt(s, i)
	if b < 1 || b > 4 || i+b >= len(s) || s[i+b] != '-' {
		return false
	}
	u := digitsAt(s, i+b+1)
	return u >= 2 && u <= 4 && (i+b+1+u == len(s) || !isDigit(s[i+b+1+u]))
}

// lotAlone reports a lot or house number at i that the line holds as
// one: "153-10", "375,", "1469-5, 204호", "산127-33" is not (its 산 comes
// first), and no leading zero.
func lotAlone(s string, i int) bool {
	if s[i] == '0' {
		return false
	}
	j := i + digitsAt(s, i)
	if j+1 < len(s) && s[j] == '-' {
		if !isDigit(s[j+1]) {
			return false
		}
		j += 1 + digitsAt(s, j+1)
	}
	return j == len(s) || s[j] == '\n' || s[j] == '\t' || s[j] == ',' || s[j] == ' ' || s[j] == '(' || strings.HasPrefix(s[j:], "번지")
}

// lotEnds reports a lot number at i that ends where a lot does: before a
// space, a comma, a bracket, 번지 or the particle 에, not before a count
// ("화정동 2구역", "3개").
func lotEnds(s string, i int) bool {
	j := i + digitsAt(s, i)
	if j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) {
		j += 1 + digitsAt(s, j+1)
	}
	return j == len(s) || strings.ContainsRune(" ,()\n\t", rune(s[j])) || hasPrefixAny(s[j:], []string{"번지", "에 ", "에서"})
}

// unitNext reports a floor or unit after the lot number at i: "구의동
// 1398-56 지하1층 B02호", "정릉동 960 3층 301호".
func unitNext(s string, i int) bool {
	j := i
	for j < len(s) && (isDigit(s[j]) || s[j] == '-') {
		j++
	}
	post := strings.TrimLeft(after(s, j, 24), " ,")
	if strings.HasPrefix(post, "지하") {
		return true
	}
	k := 0
	for k < len(post) && (isDigit(post[k]) || post[k] == 'B') {
		k++
	}
	return k > 0 && (strings.HasPrefix(post[k:], "층") || strings.HasPrefix(post[k:], "호"))
}

// kwAddressAfter follow a private address: "능동로 20-6에 사는", "동일로
// 135 소재 건축물", "… 101동 1104호".
var kwAddressAfter = []string{"에 사는", "에 거주", "에 살고", "에서 거주", "소재 건축물", "소재 주택", "소재 건물", "번지", "동 ", "호)", "호에서",
	"호에 ", "에 혼자", "에서 ", "에 주소", "거주"}

// roadStop lists common words that end like a road name but are not.
var roadStop = map[string]bool{
	"도로": true, "경로": true, "통로": true, "진로": true, "선로": true, "항로": true, "수로": true, "회로": true,
	"활로": true, "공로": true, "미로": true, "과로": true, "그대로": true, "이대로": true, "제대로": true,
	"마음대로": true, "멋대로": true, "새로": true, "별로": true, "주로": true, "실제로": true, "최초로": true,
	"차례로": true, "따로": true, "스스로": true, "저절로": true, "함부로": true, "대체로": true, "비교적으로": true,
	"행동": true, "활동": true, "공동": true, "이동": true, "변동": true, "노동": true, "운동": true, "협동": true,
	"자동": true, "작동": true, "가동": true, "출동": true, "연동": true, "합동": true,
}

// districtWord reports whether pre holds an administrative unit such as
// "마포구 ", "수원시 " or "양평군 ".
func districtWord(pre string) bool {
	// A district that ends its line ("경기도 수원시 팔달구\n권광로12길 15",
	// a cell wrapped at its width) counts as one followed by a space.
	for _, u := range []string{"구 ", "시 ", "군 ", "도 ", "읍 ", "면 ", "구\n", "시\n", "군\n"} {
		k := strings.Index(pre, u)
		for k > 0 {
			r, _ := utf8.DecodeLastRuneInString(pre[:k])
			if r >= 0xAC00 && r <= 0xD7A3 {
				return true
			}
			n := strings.Index(pre[k+len(u):], u)
			if n < 0 {
				break
			}
			k += len(u) + n
		}
	}
	return false
}

// districtEnds reports whether line ends with a district's name
// ("… 팔달구", "해운대구 "): two or more syllables ending in 구, 시, 군,
// 읍 or 면.
func districtEnds(line string) bool {
	line = strings.TrimRight(line, " ")
	if k := strings.LastIndexAny(line, " \t"); k >= 0 {
		line = line[k+1:]
	}
	return utf8.RuneCountInString(line) >= 2 && hangulWord(line) && hasSuffixAny(line, []string{"구", "시", "군", "읍", "면"})
}

// address matches a building number at i and the unit after it. It
// returns the end offset, or 0.
func (sc *scanner) address(i int, rule string) int {
	s := sc.s
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j-i > 5 {
		return 0
	}
	if j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	if strings.HasPrefix(s[j:], "길") || strings.HasPrefix(s[j:], "번길") || strings.HasPrefix(s[j:], "가") {
		return 0 // part of a road name: "테헤란로 7길"
	}
	if strings.HasPrefix(s[j:], "번지") {
		j += len("번지")
	}
	// A number followed by a unit of measure is not a building number.
	if r, _ := utf8.DecodeRuneInString(s[j:]); strings.ContainsRune("년월일개명원조항호%세층km", r) && !strings.HasPrefix(s[j:], "호") {
		return 0
	}
	end := j
	// Units: "101동 1004호", "1004호", "3층", "101-1004호", optionally after
	// ", ", a parenthesised name or one building name.
	k := j
	crossed := false
	for step := 0; step < 4 && k < len(s); step++ {
		for k < len(s) && (s[k] == ' ' || s[k] == ',') {
			if s[k] == ',' && (k+1 >= len(s) || s[k+1] != ' ' && s[k+1] != '\n') {
				break // "433-10,010-…": a CSV field ends here
			}
			k++
		}
		// A cell wrapped at its width puts the unit on the next line
		// ("봉천로 375,\n507호", "효령로 93, 108동\n1601호"): the line
		// ends here and the next one starts with a unit, once.
		if k < len(s) && s[k] == '\n' && !crossed {
			m := k + 1
			for m < len(s) && s[m] == ' ' {
				m++ // an indented continuation
			}
			if unitLine(s, m) {
				k = m
				crossed = true
			}
		}
		if k < len(s) && s[k] == ',' {
			break
		}
		if k < len(s) && s[k] == '(' {
			c := strings.IndexByte(s[k:min(len(s), k+60)], ')')
			if c < 0 || strings.IndexByte(s[k:k+c], '\n') >= 0 {
				break
			}
			k += c + 1
			continue
		}
		if k >= len(s) {
			break
		}
		// "지하1층", "B01호": a basement floor or unit.
		if strings.HasPrefix(s[k:], "지하") && k+6 < len(s) && isDigit(s[k+6]) {
			k += 6
		} else if (s[k] == 'B' || s[k] == 'b') && k+1 < len(s) && isDigit(s[k+1]) {
			k++
		}
		st := k
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k == st {
			// One building name ("래미안아파트 101동").
			m := k
			for m < len(s) && m-k < 40 {
				r, size := utf8.DecodeRuneInString(s[m:])
				if (r < 0xAC00 || r > 0xD7A3) && !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
					break // "SK뷰", "e편한세상": Latin letters name complexes too
				}
				m += size
			}
			if m > k && m+1 < len(s) && s[m] == ' ' && isDigit(s[m+1]) {
				k = m
				continue
			}
			break
		}
		if k+1 < len(s) && s[k] == '-' && isDigit(s[k+1]) {
			k++
			for k < len(s) && isDigit(s[k]) {
				k++
			}
		}
		switch {
		case strings.HasPrefix(s[k:], "동"), strings.HasPrefix(s[k:], "호"), strings.HasPrefix(s[k:], "층"):
			k += 3
			end = k
		case strings.HasPrefix(s[k:], "단지 "):
			k += len("단지") // "우리마을 5단지 111동": the complex's phase, then its building
			end = k
		case dongHo(s[st:k]) && (k == len(s) || strings.IndexByte(" )\t\n,|", s[k]) >= 0) && st >= 2 && s[st-1] == ' ' && s[st-2] != ')':
			// "잠실동 1458-52 106-1201": the building and unit written as
			// one pair after the lot.
			end = k
			step = 4
		default:
			step = 4
		}
	}
	return end + referenceItems(s, end)
}

// unitLine reports whether the line at i starts with an address's unit
// or floor ("507호(봉천동)", "2층\t", "지하1층", "B02호") or a building
// name before one ("동아하이츠 127호", "가동 169호", "나동 174호"): what a
// wrapped address cell carries onto its second line.
func unitLine(s string, i int) bool { return unitLineEnd(s, i) > 0 }

// unitLineEnd returns the end of the unit unitLine finds at i, or 0.
func unitLineEnd(s string, i int) int {
	j := i
	for j < len(s) && j-i < 40 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if r < 0xAC00 || r > 0xD7A3 {
			break
		}
		j += size
	}
	if j > i {
		if strings.HasPrefix(s[i:], "지하") && j == i+len("지하") {
			if j < len(s) && s[j] == ' ' {
				j++ // "지하 101호"
			}
			return unitAt(s, j)
		}
		// A building's name: a complex, or a lettered block (가동, 나동).
		name := s[i:j]
		if !(utf8.RuneCountInString(name) == 2 && strings.HasSuffix(name, "동")) && !hasSuffixAny(name, []string{"아파트", "빌라", "맨션", "오피스텔", "타운", "하이츠", "빌", "캐슬", "자이", "푸르지오", "힐스테이트", "주택", "연립", "빌딩"}) {
			return 0
		}
		if j >= len(s) || s[j] != ' ' {
			return 0
		}
		return unitAt(s, j+1)
	}
	if j < len(s) && (s[j] == 'B' || s[j] == 'b') {
		j++
	}
	u := unitAt(s, j)
	if u > 0 && u+1 < len(s) && s[u] == ' ' {
		if v := unitAt(s, u+1); v > 0 {
			return v // "2층 105호"
		}
	}
	return u
}

// unitAt returns the end of digits at i ending in 호, 층 or 동, a unit
// followed by the end of its cell or a reference in brackets, or 0.
func unitAt(s string, i int) int {
	n := digitsAt(s, i)
	if n < 1 || n > 5 || s[i] == '0' {
		return 0
	}
	j := i + n
	if j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) {
		j += 1 + digitsAt(s, j+1)
	}
	if !hasPrefixAny(s[j:], []string{"호", "층", "동"}) {
		return 0
	}
	j += len("호")
	if j == len(s) || strings.ContainsRune(" \t\n(,", rune(s[j])) {
		return j
	}
	return 0
}

// referenceItems returns the length of the reference items that follow a
// road address, " (사당동, e편한세상)": the neighbourhood and the building's
// name, which with the road point at the home as the number does.
func referenceItems(s string, end int) int {
	k := end
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || s[k] != '(' {
		return 0
	}
	c := strings.IndexByte(s[k:min(len(s), k+64)], ')')
	if c < 0 {
		return 0
	}
	in := s[k+1 : k+c]
	first := in
	if j := strings.IndexByte(in, ','); j >= 0 {
		first = in[:j]
	}
	first = strings.TrimSpace(first)
	if ws := strings.Fields(first); len(ws) == 2 && hasSuffixAny(ws[0], []string{"읍", "면"}) {
		first = ws[1] // "(삼호읍 용앙리, …)"
	}
	if strings.ContainsAny(in, "\n") || !hasSuffixAny(first, []string{"동", "가", "리", "읍", "면"}) || !hangulWord(strings.TrimRight(first, "0123456789가동리읍면")+"동") {
		return 0
	}
	return k + c + 1 - end
}

// maskReference masks an address with its reference items: the digits of
// the address, and every letter inside the brackets.
func maskReference(v string) string {
	k := strings.LastIndexByte(v, '(')
	if k < 0 || !strings.HasSuffix(v, ")") {
		return maskDigits(v)
	}
	var b strings.Builder
	b.WriteString(maskDigits(v[:k+1]))
	for _, r := range v[k+1 : len(v)-1] {
		if r == ',' || r == ' ' {
			b.WriteRune(r)
		} else {
			b.WriteRune('○')
		}
	}
	b.WriteByte(')')
	return b.String()
}

// unitAddress matches an apartment unit without a road ("래미안아파트
// 101동 1004호") when the line speaks of an address or a home.
func (sc *scanner) unitAddress(i int) int {
	s := sc.s
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j-i > 4 || !strings.HasPrefix(s[j:], "동") {
		return 0
	}
	k := j + len("동")
	if k < len(s) && s[k] == ' ' {
		k++
	}
	m := k
	for m < len(s) && isDigit(s[m]) {
		m++
	}
	if m == k || m-k > 5 || !strings.HasPrefix(s[m:], "호") {
		return 0
	}
	e := m + len("호")
	pre := before(s, i, 90)
	if !hasAny(pre, kwAddress) && !districtWord(pre) && !hasAny(pre, []string{"아파트", "빌라", "맨션", "오피스텔", "주택", "연립"}) &&
		!hasAny(after(s, e, 30), []string{"거주", "주소", "자택", "사는", "살고"}) {
		return 0
	}
	sc.add(i, e, TypeAddress, "address.unit", 0.85, maskDigits(s[i:e]))
	return e
}

// recordLots masks a lot address alone on its line in a citizen's record,
// one cell to a line ("박광호\n중동 199-44\n지하 101호\n010-…"): a
// neighbourhood and its lot number, and the unit on the same or the next
// line, a citizen's name standing on one of the three lines above. A
// facility's lot in a list of places has no name above it.
func (sc *scanner) recordLots() {
	s := sc.s
	var named []int
	for _, h := range sc.hits {
		if h.typ == TypeName {
			named = append(named, h.end)
		}
	}
	if len(named) == 0 {
		return
	}
	slices.Sort(named)
	lines := sc.lines()
	for k, ln := range lines {
		a, b := ln.start, ln.end
		for a < b && s[a] == ' ' {
			a++
		}
		e := lotCellEnd(s, a, b)
		if e == 0 {
			continue
		}
		from := lines[max(0, k-3)].start
		if x := sort.SearchInts(named, from+1); x >= len(named) || named[x] > a {
			continue
		}
		d := a
		for d < e && !isDigit(s[d]) {
			d++
		}
		end := e
		if e == b && b < len(s) {
			if u := unitLineEnd(s, b+1); u > 0 {
				end = u // "중동 199-44\n지하 101호"
			}
		}
		sc.add(d, end, TypeAddress, "address.record_lot", 0.85, maskDigits(s[d:end]))
	}
}

// lotCellEnd reads a cell that is a lot address and nothing else from a:
// a neighbourhood ending in 동, 리 or 가 ("중동", "성수동1가"), a space,
// a lot number ("199-44", "677번지") and, after a space, an optional unit
// ("지하 101호", "2층 105호", "101호"). It returns the end, or 0.
func lotCellEnd(s string, a, b int) int {
	j := a
	for j < b && hangulAt(s, j) && j-a < 15 {
		j += 3
	}
	if j == a {
		return 0
	}
	if j < b && isDigit(s[j]) && j+1 < b && strings.HasPrefix(s[j+1:], "가") {
		j += 1 + len("가") // 성수동1가
	}
	last, _ := utf8.DecodeLastRuneInString(s[:j])
	if !strings.ContainsRune("동리가", last) || j-a < 6 || j >= b || s[j] != ' ' {
		return 0
	}
	j++
	n := digitsAt(s, j)
	if n < 1 || n > 4 {
		return 0
	}
	j += n
	if j+1 < b && s[j] == '-' {
		m := digitsAt(s, j+1)
		if m < 1 || m > 4 {
			return 0
		}
		j += 1 + m
	}
	if strings.HasPrefix(s[j:b], "번지") {
		j += len("번지")
	}
	if j == b {
		return j
	}
	if s[j] != ' ' {
		return 0
	}
	if u := unitLineEnd(s, j+1); u > 0 && u == b {
		return u
	}
	return 0
}

// dongHo reports a building and unit written as one pair, "106-1201",
// "111-302": three digits, a hyphen, three or four.
func dongHo(t string) bool {
	k := strings.IndexByte(t, '-')
	return k >= 2 && k <= 3 && digitsAt(t, 0) == k && len(t)-k-1 >= 3 && len(t)-k-1 <= 4 && digitsAt(t, k+1) == len(t)-k-1
}
