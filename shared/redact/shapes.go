package redact

import (
	"strings"
	"unicode/utf8"
)

// cardShape returns the groups of a card number: 4-4-4-4, 4-6-5, 4-6-4
// or one run of 14 to 16 digits.
func cardShape(l []int) int {
	switch {
	case eqInts(l, 4, 4, 4, 4):
		return 4
	case eqInts(l, 4, 6, 5), eqInts(l, 4, 6, 4):
		return 3
	case len(l) >= 1 && l[0] >= 15 && l[0] <= 16:
		return 1
	}
	return 0
}

func luhn(d string) bool {
	sum, dbl := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if dbl {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		dbl = !dbl
	}
	return sum%10 == 0
}

func licenceShape(l []int) int {
	switch {
	case eqInts(l, 2, 2, 6, 2):
		return 4
	case len(l) >= 1 && l[0] == 12:
		return 1
	}
	return 0
}

var licenceRegions = []string{"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주",
	"대구", "인천", "광주", "대전", "울산", "세종", "경기북부", "경기남부"}

// regionBefore reports whether pre ends with an old-style licence region
// name ("서울 12-123456-78").
func regionBefore(pre string) bool {
	p := strings.TrimRight(pre, " ")
	for _, r := range licenceRegions {
		if strings.HasSuffix(p, r) {
			return true
		}
	}
	return false
}

// landShape returns the groups of a landline number and the length of
// its area code.
func landShape(s string, t *token, a int, l []int) (n, area int) {
	if len(l) == 0 || s[t.g[a].start] != '0' {
		return 0, 0
	}
	d0 := s[t.g[a].start:t.g[a].end]
	switch {
	case len(l) >= 3 && (l[1] == 3 || l[1] == 4) && l[2] == 4 && isArea(d0):
		return 3, len(d0)
	case len(l) >= 2 && isArea(d0) && l[1] >= 7 && l[1] <= 8 && (len(l) == 2 || t.g[a+1].end < len(s) && s[t.g[a+1].end] != '-'):
		// "043-2369972": the area, then the line's seven or eight digits
		// with no hyphen between exchange and number.
		return 2, len(d0)
	case len(l) >= 1 && l[0] >= 9 && l[0] <= 11:
		for _, k := range []int{2, 3, 4} {
			if isArea(d0[:k]) && len(d0)-k-4 >= 3 && len(d0)-k-4 <= 4 {
				return 1, k
			}
		}
	}
	return 0, 0
}

func isArea(a string) bool {
	switch a {
	case "02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
		"061", "062", "063", "064", "070", "0502", "0503", "0504", "0505", "0506", "0507", "0508":
		return true
	}
	return false
}

// personalLine decides from the words before a landline whether it is a
// citizen's: a personal word nearer than any office word.
func personalLine(pre, post string) bool {
	o := lastAny(pre, kwLandOffice)
	if p := lastAny(pre, kwLandPersonal); p >= 0 && p > o {
		return true
	}
	// A note right after the number, "(자택)", names it unless a number
	// follows the note, which it then labels instead.
	if p := strings.TrimLeft(post, " "); strings.HasPrefix(p, "(") {
		if k := strings.IndexByte(p, ')'); k > 0 && hasAny(p[:k], []string{"자택", "집", "개인", "home", "Home"}) {
			rest := strings.TrimLeft(p[k+1:], " ")
			if rest == "" || !isDigit(rest[0]) && rest[0] != '(' {
				return true
			}
		}
	}
	// "낮에는 032-455-7651로 연락 주세요": the writer's own number, unless
	// an office is named just before it.
	if p := strings.TrimLeft(post, " "); o < 0 && (hasPrefixAny(p, []string{"로 연락", "으로 연락", "로 전화", "으로 전화", "번으로 연락",
		"로 주십시오", "로 주세요", "로 문자", "으로 문자", "로 회신", "으로 회신", "로 답변", "으로 답변"})) {
		// "답변은 042-7318-8726로 주십시오", "02-5124-0171 로 문자주세요"
		return true
	}
	return o < 0 && lastAny(pre, kwLandWeak) >= 0
}

// ipShape returns 4 when the groups from a are four dotted octets.
func ipShape(s string, t *token, a int, l []int) int {
	if len(l) < 4 {
		return 0
	}
	for k := 0; k < 4; k++ {
		if l[k] > 3 {
			return 0
		}
		g := t.g[a+k]
		if k < 3 && (s[g.end] != '.' || !t.tight[a+k]) {
			return 0
		}
		v := 0
		for _, c := range []byte(s[g.start:g.end]) {
			v = v*10 + int(c-'0')
		}
		if v > 255 {
			return 0
		}
	}
	if len(l) > 4 && t.tight[a+3] {
		return 0
	}
	return 4
}

// accountShape returns the groups of a bank account: 10 to 14 digits in
// up to four tight groups, or one run.
func accountShape(t *token, a int, l []int) int {
	sum := 0
	best := 0
	for k, v := range l {
		if k > 0 && !t.tight[a+k-1] {
			break
		}
		sum += v
		if sum >= 10 && sum <= 14 && k >= 0 {
			best = k + 1
		}
		if sum > 14 {
			break
		}
	}
	if best > 0 && t.followsTight(a, best) {
		return 0
	}
	return best
}

// spacedAccount returns how many groups from a make an account number
// typed with spaces around or instead of its hyphens: three to five
// groups, joined only by spaces and hyphens, 10 to 16 digits in all.
func spacedAccount(s string, t *token, a int) int {
	if s[t.g[a].start] == '0' {
		return 0 // a telephone's area code, not an account's
	}
	sum, best := 0, 0
	spaced := false
	for k := a; k < len(t.g) && k < a+5; k++ {
		if k > a {
			gap := s[t.g[k-1].end:t.g[k].start]
			if strings.Trim(gap, " -") != "" || strings.Count(gap, "-") > 1 {
				break
			}
			spaced = spaced || strings.Contains(gap, " ")
		}
		sum += t.g[k].end - t.g[k].start
		if sum > 16 {
			break
		}
		if sum >= 10 && k-a >= 2 && spaced {
			best = k - a + 1
		}
	}
	return best
}

// maskKeepLast replaces every digit but the last keep with '*'.
func maskKeepLast(v string, keep int) string {
	n := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			n++
		}
	}
	b := []byte(v)
	for i := range b {
		if isDigit(b[i]) {
			if n > keep {
				b[i] = '*'
			}
			n--
		}
	}
	return string(b)
}

// maskDigits replaces every ASCII digit with '*'.
func maskDigits(v string) string {
	b := []byte(v)
	for i := range b {
		if isDigit(b[i]) {
			b[i] = '*'
		}
	}
	return string(b)
}

// plateSyllables are the Hangul letters used on Korean number plates.
const plateSyllables = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주바사아자배하허호육해공국합"

// plateAt matches a vehicle plate from digit group g: 2 or 3 digits, a
// plate syllable, 4 digits, with optional spaces. It returns the end and
// the confidence, or 0.
func plateAt(s string, g group, preFn func() string) (int, float64) {
	if g.len() != 2 && g.len() != 3 {
		return 0, 0
	}
	j := g.end
	sp := 0
	if j < len(s) && s[j] == ' ' {
		j++
		sp++
	}
	r, size := utf8.DecodeRuneInString(s[j:])
	if size != 3 || !strings.ContainsRune(plateSyllables, r) {
		return 0, 0
	}
	j += size
	if j < len(s) && s[j] == ' ' {
		j++
		sp++
	} else if j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) && hasAny(preFn(), kwPlate) {
		j++ // "12가-3456", after a word that names a vehicle
		sp++
	}
	k := j
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k-j != 4 || (k < len(s) && (isDigit(s[k]) || s[k] == '-')) {
		return 0, 0
	}
	pre := preFn()
	if hasAny(pre, kwPlate) || hasAny(after(s, k, 16), kwPlate) || regionBefore(pre) {
		return k, 0.9
	}
	if sp == 1 && r != '호' && k+3 <= len(s) && strings.ContainsRune("은는이가의을를에", runeAt(s, k)) && (k+3 == len(s) || !hangulAt(s, k+3) || strings.HasPrefix(s[k+3:], "게")) {
		// "305두 1285은 장애인 전용 표지를": a plate spoken of with its
		// particle, as no other number of this shape is.
		return k, 0.75
	}
	if sp == 0 && !strings.HasSuffix(pre, "제") {
		// Alone in its cell or line, the shape is the plate's own.
		if (g.start == 0 || s[g.start-1] == '\n' || s[g.start-1] == '\t' || s[g.start-1] == ' ') && (k == len(s) || s[k] == '\n' || s[k] == '\t') {
			return k, 0.8
		}
		return k, 0.7
	}
	return 0, 0
}

func plateSyllable(s string, i int) string {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i : i+size]
}

// birthDate matches a date of birth from group a when the words before
// name it, or when "생" follows it ("1990. 1. 1.생"). It returns the
// groups consumed and the end offset.
func (sc *scanner) birthDate(t *token, a int, l []int) (int, int) {
	s := sc.s
	n, e := dateShape(s, t, a, l)
	if n == 0 {
		return 0, 0
	}
	if s[e:] != "" && s[e] == '.' {
		e++
	}
	post := strings.TrimLeft(after(s, e, 8), " ")
	born := strings.HasPrefix(post, "생") && (!nextHangul(post[len("생"):]) || hasPrefixAny(post[len("생"):], []string{"이", "입", "인", "의"}))
	if born || hasAny(ownContext(ctxBefore(s, t.g[a].start, 40)), kwBirth) ||
		birthAfter(after(s, e, 20)) {
		return n, e
	}
	return 0, 0
}

func atoi(s string, g group) int {
	v := 0
	for i := g.start; i < g.end; i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// koreanDate matches "1990년 1월 1일" (spaces optional) at i.
func koreanDate(s string, i int) (bool, int) {
	vals := [3]int{}
	units := [3]string{"년", "월", "일"}
	j := i
	for k := 0; k < 3; k++ {
		for k > 0 && j < len(s) && s[j] == ' ' {
			j++
		}
		st := j
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == st || j-st > 4 {
			return false, 0
		}
		vals[k] = atoi(s, group{st, j})
		if j < len(s) && s[j] == ' ' {
			j++
		}
		if !strings.HasPrefix(s[j:], units[k]) {
			return false, 0
		}
		j += len(units[k])
	}
	y := vals[0]
	if y < 100 {
		y += 1900
	}
	if y < 1900 || y > 2030 || !validDate(y, vals[1], vals[2]) {
		return false, 0
	}
	return true, j
}

// nextHangul reports whether s starts with a Hangul syllable.
func nextHangul(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHangul(r)
}

// birthAfter reports a birth keyword in brackets right after a date:
// "1990-01-01 (생년월일)". A bare keyword after a date introduces the
// next value instead ("2014. 3. 1. 생년월일: …").
func birthAfter(post string) bool {
	post = strings.TrimLeft(post, " ")
	if !strings.HasPrefix(post, "(") && !strings.HasPrefix(post, "[") {
		return false
	}
	for k := 0; k < len(post); k++ {
		if isDigit(post[k]) {
			post = post[:k]
			break
		}
	}
	return hasAny(post, kwBirth)
}

// ownContext drops a bracketed note at the start of a context window: in
// "19870204 (생년월일) 2011. 1. 22." the note belongs to the number before.
func ownContext(w string) string {
	if o := strings.IndexByte(w, '('); o >= 0 && o <= 8 {
		if k := strings.IndexByte(w[o:], ')'); k >= 0 {
			return w[o+k+1:]
		}
	}
	return w
}

// dateShape reads a date from group a: 1980. 3. 2., 80.03.02, 19800302,
// 800302 or 1980년 3월 2일. It returns the groups consumed and the end.
func dateShape(s string, t *token, a int, l []int) (int, int) {
	var n, e int
	switch {
	case len(l) >= 3 && l[0] == 4 && l[1] <= 2 && l[2] <= 2:
		y, m, d := atoi(s, t.g[a]), atoi(s, t.g[a+1]), atoi(s, t.g[a+2])
		if y >= 1900 && y <= 2030 && validDate(y, m, d) {
			n, e = 3, t.g[a+2].end
		}
	case len(l) >= 3 && l[0] == 2 && l[1] <= 2 && l[2] <= 2:
		y, m, d := atoi(s, t.g[a]), atoi(s, t.g[a+1]), atoi(s, t.g[a+2])
		if validDate(1900+y, m, d) {
			n, e = 3, t.g[a+2].end
		}
	case len(l) >= 3 && l[0] <= 2 && l[1] <= 2 && l[2] == 4:
		// "14/02/2002", "05.03.2000": day first (or month first, as the
		// Americans write it), on foreigners' papers.
		a0, a1, y := atoi(s, t.g[a]), atoi(s, t.g[a+1]), atoi(s, t.g[a+2])
		if y >= 1900 && y <= 2030 && (validDate(y, a1, a0) || validDate(y, a0, a1)) {
			n, e = 3, t.g[a+2].end
		}
	case len(l) >= 1 && (l[0] == 6 || l[0] == 8):
		v := s[t.g[a].start:t.g[a].end]
		y, m, d := 0, 0, 0
		if len(v) == 8 {
			y = atoi(s, group{t.g[a].start, t.g[a].start + 4})
			m = atoi(s, group{t.g[a].start + 4, t.g[a].start + 6})
			d = atoi(s, group{t.g[a].start + 6, t.g[a].end})
		} else {
			y = 1900 + atoi(s, group{t.g[a].start, t.g[a].start + 2})
			m = atoi(s, group{t.g[a].start + 2, t.g[a].start + 4})
			d = atoi(s, group{t.g[a].start + 4, t.g[a].end})
		}
		if validDate(y, m, d) && (y >= 1900) {
			n, e = 1, t.g[a].end
		}
	}
	if n == 0 {
		// "1990년 1월 1일"
		if k, end := koreanDate(s, t.g[a].start); k {
			n, e = 1, end
		}
	}
	if n == 0 && len(l) >= 1 && l[0] <= 2 {
		// "05 OCT 1981", "5 Oct 1981": a passport's day, month and year.
		if end := monthNameDate(s, t.g[a].end, atoi(s, t.g[a])); end > 0 {
			n, e = 1, end
		}
	}
	return n, e
}

// monthNameDate reads " OCT 1981" (a month's name in English, then a year)
// after a day at i, and returns where it ends, or 0.
func monthNameDate(s string, i, day int) int {
	if i+9 > len(s) || s[i] != ' ' {
		return 0
	}
	m := strings.ToUpper(s[i+1 : i+4])
	month := 0
	for k, name := range months {
		if name == m {
			month = k + 1
		}
	}
	j := i + 4
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] == '.') {
		j++ // "October", "Oct."
	}
	if month == 0 || j >= len(s) || s[j] != ' ' || digitsAt(s, j+1) != 4 {
		return 0
	}
	y := atoi(s, group{j + 1, j + 5})
	if y < 1900 || y > 2030 || !validDate(y, month, day) {
		return 0
	}
	return j + 5
}
