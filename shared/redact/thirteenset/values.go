package thirteenset

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func wpick(r *rand.Rand, xs []wstr) string {
	t := 0
	for _, x := range xs {
		t += x.w
	}
	n := r.IntN(t)
	for _, x := range xs {
		if n < x.w {
			return x.s
		}
		n -= x.w
	}
	return xs[0].s
}

func digits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

func chance(r *rand.Rand, pct int) bool { return r.IntN(100) < pct }

// person is one citizen; values are drawn once so that recurrences agree.
type person struct {
	name     string // as written in the document
	sur      string
	hangul   string // transcription, for foreigners
	foreign  bool
	nat      string
	female   bool
	y, m, d  int
	addr     string
	addrWrap int // byte offset of a natural break in addr
	phone    string
	mail     string
	bank     string
	acct     string
}

// givenName draws a name that fits the birth cohort.
func givenName(r *rand.Rand, y int, female bool) string {
	switch n := r.IntN(100); {
	case n < 4:
		return pick(r, givenOne)
	case n < 6:
		return pick(r, givenThree)
	case n < 55:
		var pool []string
		switch {
		case y < 1962 && female:
			pool = givenOldF
		case y < 1962:
			pool = givenOldM
		case y < 1990 && female:
			pool = givenMidF
		case y < 1990:
			pool = givenMidM
		case female:
			pool = givenNewF
		default:
			pool = givenNewM
		}
		return pick(r, pool)
	}
	s1, s2 := syl1M, syl2M
	if female {
		s1, s2 = syl1F, syl2F
	}
	a, b := pick(r, s1), pick(r, s2)
	for a == b || (y >= 1980 && strings.Contains("자숙순례분", b)) {
		b = pick(r, s2)
	}
	return a + b
}

// newPerson draws a citizen born between lo and hi.
func (g *gen) newPerson(lo, hi int) *person {
	r := g.r
	p := &person{female: r.IntN(2) == 0, y: lo + r.IntN(hi-lo+1), m: 1 + r.IntN(12)}
	p.d = 1 + r.IntN(daysIn(p.y, p.m))
	for {
		p.sur = wpick(r, surnames)
		p.name = p.sur + givenName(r, p.y, p.female)
		if !g.taken(p.name) {
			break
		}
	}
	g.used[p.name] = true
	p.addr, p.addrWrap = g.address(nil)
	return p
}

// childOf draws a child who carries the parent's surname and address.
func (g *gen) childOf(par *person, lo, hi int) *person {
	p := g.newPerson(lo, hi)
	delete(g.used, p.name)
	for {
		p.sur = par.sur
		p.name = p.sur + givenName(g.r, p.y, p.female)
		if !g.taken(p.name) {
			break
		}
	}
	g.used[p.name] = true
	p.addr, p.addrWrap = par.addr, par.addrWrap
	return p
}

// newForeigner draws a married immigrant or worker.
func (g *gen) newForeigner(lo, hi int) *person {
	r := g.r
	var f foreigner
	for {
		f = pick(r, foreigners)
		if !g.used[f.latin] {
			break
		}
	}
	g.used[f.latin] = true
	p := &person{name: f.latin, hangul: f.hangul, foreign: true, nat: f.nat, female: f.female,
		y: lo + r.IntN(hi-lo+1), m: 1 + r.IntN(12)}
	p.d = 1 + r.IntN(daysIn(p.y, p.m))
	p.addr, p.addrWrap = g.address(nil)
	return p
}

func (g *gen) taken(name string) bool {
	if g.used[name] {
		return true
	}
	// An official's name inside a citizen's, or the reverse, would blur
	// what Exempt covers.
	for _, o := range g.offs {
		if strings.Contains(o, name) || strings.Contains(name, o) {
			return true
		}
	}
	for _, w := range nameLikeWords {
		if w == name {
			return true
		}
	}
	return false
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// rrn builds a resident number consistent with birth and sex; numbers
// issued before 2020 carry the check digit.
func (p *person) rrn(r *rand.Rand) string {
	g := 1
	if p.female {
		g = 2
	}
	if p.y >= 2000 {
		g += 2
	}
	s := fmt.Sprintf("%02d%02d%02d%d%s", p.y%100, p.m, p.d, g, digits(r, 5))
	if p.y >= 2020 {
		s += digits(r, 1)
	} else {
		w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
		sum := 0
		for i, c := range s {
			sum += int(c-'0') * w[i]
		}
		s += fmt.Sprint((11 - sum%11) % 10)
	}
	return s[:6] + "-" + s[6:]
}

// frn builds an alien registration number: 5/6 before 2000, 7/8 after.
func (p *person) frn(r *rand.Rand) string {
	g := 5
	if p.female {
		g = 6
	}
	if p.y >= 2000 {
		g += 2
	}
	return fmt.Sprintf("%02d%02d%02d-%d%s", p.y%100, p.m, p.d, g, digits(r, 6))
}

func mobile(r *rand.Rand) string {
	mid := fmt.Sprintf("%d%s", 2+r.IntN(8), digits(r, 3))
	return "010-" + mid + "-" + digits(r, 4)
}

var areaCodes = []string{"02", "02", "02", "02", "031", "031", "032", "033", "041", "042", "043", "051", "053", "055", "061", "062", "063", "064", "070"}

func landline(r *rand.Rand) (area, mid, last string) {
	area = pick(r, areaCodes)
	if area == "070" || chance(r, 55) {
		mid = fmt.Sprintf("%d%s", 2+r.IntN(8), digits(r, 3))
	} else {
		mid = fmt.Sprintf("%d%s", 2+r.IntN(8), digits(r, 2))
	}
	return area, mid, digits(r, 4)
}

// romanised surnames and syllables for e-mail local parts.
var roma = map[string]string{"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
	"윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
	"안": "ahn", "송": "song", "전": "jeon", "홍": "hong", "유": "yu", "고": "ko", "문": "moon", "양": "yang", "손": "son"}
var mailWords = []string{"sky", "blue", "happy", "sun", "moon", "star", "love", "dream", "jjang", "angel", "tiger", "bear", "mom", "dad", "rose"}

func (p *person) email(r *rand.Rand) string {
	if p.mail != "" {
		return p.mail
	}
	var local string
	if p.foreign {
		f := strings.Fields(strings.ToLower(p.name))
		local = f[len(f)-1] + "." + f[0]
	} else {
		sur := string([]rune(p.name)[:1])
		rs, ok := roma[sur]
		if !ok {
			rs = pick(r, mailWords)
		}
		switch r.IntN(4) {
		case 0:
			local = fmt.Sprintf("%s%02d%02d", rs, p.y%100, p.m)
		case 1:
			local = pick(r, mailWords) + rs + digits(r, 2)
		case 2:
			local = fmt.Sprintf("%s.%s%d", rs, pick(r, mailWords), p.y)
		default:
			local = fmt.Sprintf("%s_%s%s", pick(r, mailWords), rs, digits(r, 3))
		}
	}
	p.mail = local + "@" + pick(r, mailDomains)
	return p.mail
}

func (p *person) mob(r *rand.Rand) string {
	if p.phone == "" {
		p.phone = mobile(r)
	}
	return p.phone
}

func (p *person) account(r *rand.Rand) (string, string) {
	if p.acct == "" {
		b := pick(r, banks)
		p.bank = b.name
		p.acct = accountNumber(r, b)
	}
	return p.bank, p.acct
}

func accountNumber(r *rand.Rand, b bank) string {
	parts := make([]string, len(b.shape))
	for i, n := range b.shape {
		parts[i] = digits(r, n)
	}
	switch b.name {
	case "신한은행":
		parts[0] = pick(r, []string{"110", "100", "140"})
	case "카카오뱅크":
		parts[0] = pick(r, []string{"3333", "3355", "3388"})
	case "토스뱅크":
		parts[0] = "1000"
	case "우리은행":
		parts[0] = "1002"
	case "새마을금고":
		parts[0] = "9002"
	case "농협", "NH농협은행":
		parts[0] = pick(r, []string{"302", "301", "352", "356"})
	}
	return strings.Join(parts, "-")
}

// card draws a Luhn-valid 16-digit number from domestic issuers' ranges.
func card(r *rand.Rand) string {
	s := pick(r, []string{"4518", "9410", "5365", "4364", "9430", "5585", "4579", "6253", "3568"}) + digits(r, 11)
	sum := 0
	for i := 0; i < 15; i++ {
		d := int(s[14-i] - '0')
		if i%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	s += fmt.Sprint((10 - sum%10) % 10)
	return s[0:4] + "-" + s[4:8] + "-" + s[8:12] + "-" + s[12:16]
}

func passportKR(r *rand.Rand) string {
	if chance(r, 50) {
		return "M" + digits(r, 8)
	}
	return "M" + digits(r, 3) + string(rune('A'+r.IntN(26))) + digits(r, 4)
}

func passportFor(r *rand.Rand, nat string) string {
	switch nat {
	case "베트남":
		return string(rune('B'+r.IntN(2))) + digits(r, 7)
	case "필리핀":
		return "P" + digits(r, 7) + string(rune('A'+r.IntN(3)))
	case "중국":
		return "E" + digits(r, 8)
	case "우즈베키스탄", "몽골":
		return pick(r, []string{"FA", "AB", "E"}) + digits(r, 7)
	case "일본":
		return "T" + string(rune('K'+r.IntN(10))) + digits(r, 7)
	}
	return "N" + digits(r, 8)
}

var licenceRegions = []string{"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"}

func licence(r *rand.Rand) string {
	i := r.IntN(len(licenceRegions))
	yy := fmt.Sprintf("%02d", r.IntN(26))
	if chance(r, 30) {
		return licenceRegions[i] + " " + yy + "-" + digits(r, 6) + "-" + digits(r, 2)
	}
	return fmt.Sprintf("%d-%s-%s-%s", 11+i, yy, digits(r, 6), digits(r, 2))
}

var plateLetters = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로",
	"모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "하", "허", "호", "배"}

func plate(r *rand.Rand) string {
	l := pick(r, plateLetters)
	switch r.IntN(5) {
	case 0:
		return pick(r, licenceRegions) + fmt.Sprintf("%02d", 10+r.IntN(90)) + l + digits(r, 4)
	case 1, 2:
		return fmt.Sprintf("%d", 100+r.IntN(300)) + l + digits(r, 4)
	}
	return fmt.Sprintf("%02d", 10+r.IntN(90)) + l + digits(r, 4)
}

func ip(r *rand.Rand) string {
	a := pick(r, []int{211, 175, 121, 118, 222, 59, 112, 61, 220, 106, 14, 183})
	return fmt.Sprintf("%d.%d.%d.%d", a, r.IntN(256), r.IntN(256), 1+r.IntN(254))
}

// birth renders a date of birth in one of the notations clerks use.
func (p *person) birth(r *rand.Rand, style int) string {
	y, m, d := p.y, p.m, p.d
	switch style {
	case 0:
		return fmt.Sprintf("%d.%d.%d", y, m, d)
	case 1:
		return fmt.Sprintf("%d. %d. %d.", y, m, d)
	case 2:
		return fmt.Sprintf("%d.%02d.%02d", y, m, d)
	case 3:
		return fmt.Sprintf("%02d.%02d.%02d", y%100, m, d)
	case 4:
		return fmt.Sprintf("%d년 %d월 %d일", y, m, d)
	case 5:
		return fmt.Sprintf("%02d%02d%02d", y%100, m, d)
	case 6:
		return fmt.Sprintf("%d-%02d-%02d", y, m, d)
	}
	return fmt.Sprintf("%d/%02d/%02d", y, m, d)
}

// address draws a road-name or lot-number address and the byte offset
// where a line could break in it. d, if given, fixes the district.
func (g *gen) address(d *district) (string, int) {
	r := g.r
	if d == nil {
		if chance(r, 82) {
			d = &seoul[r.IntN(len(seoul))]
		} else {
			d = &elsewhere[r.IntN(len(elsewhere))]
		}
	}
	city := d.city
	if d.city == "서울특별시" {
		city = pick(r, []string{"서울특별시", "서울특별시", "서울특별시", "서울시", "서울"})
	}
	head := city + " " + d.gu + " "
	if chance(r, 8) && d.city == "서울특별시" {
		head = d.gu + " "
	}
	dong := pick(r, d.dongs)
	var tail string
	if chance(r, 70) {
		road := pick(r, d.roads)
		if chance(r, 45) {
			sep := ""
			if chance(r, 30) {
				sep = " "
			}
			road += sep + fmt.Sprintf("%d길", 1+r.IntN(60))
		}
		tail = fmt.Sprintf("%s %d", road, 1+r.IntN(180))
		if chance(r, 25) {
			tail += fmt.Sprintf("-%d", 1+r.IntN(30))
		}
		switch r.IntN(4) {
		case 0:
			tail += fmt.Sprintf(", %d동 %d호", 101+r.IntN(15), (1+r.IntN(20))*100+1+r.IntN(6))
			if chance(r, 60) {
				stem := dong
				if i := strings.Index(dong, "동"); i > 3 {
					stem = dong[:i]
				}
				tail += fmt.Sprintf(" (%s, %s%s)", dong, stem, pick(r, aptBrands))
			}
		case 1:
			tail += fmt.Sprintf(", %d층 %d호", 2+r.IntN(4), 200+r.IntN(300))
		case 2:
			tail += fmt.Sprintf(" (%s)", dong)
		default:
			tail += pick(r, []string{"", ", 지하1층", ", B01호", fmt.Sprintf(" %d호", 101+r.IntN(400))})
		}
	} else {
		tail = fmt.Sprintf("%s %d-%d", dong, 1+r.IntN(900), 1+r.IntN(80))
		if chance(r, 50) {
			tail += pick(r, []string{" 2층", " 301호", " 지층 1호", fmt.Sprintf(" %s빌라 %d호", pick(r, []string{"그린", "한솔", "청운", "다온", "해든"}), 101+r.IntN(300))})
		}
	}
	return head + tail, len(head) - 1
}

// Quality transforms. Each keeps the value recognisable to a careful
// reader, as the scans and sloppy clerks of the real archive do.

func fullwidth(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c > ' ' && c < 0x7f {
			c += 0xFEE0
		}
		b.WriteRune(c)
	}
	return b.String()
}

// ocr swaps look-alike letters into digits and drops a stray space in.
func ocr(r *rand.Rand, s string) string {
	rs := []rune(s)
	var b strings.Builder
	swapped := false
	for i, c := range rs {
		switch {
		case c == '0' && chance(r, 40):
			c, swapped = 'O', true
		case c == '1' && chance(r, 40):
			c, swapped = pick(r, []rune{'l', 'I'}), true
		}
		b.WriteRune(c)
		if i > 0 && i < len(rs)-2 && chance(r, 8) && c != ' ' && rs[i+1] != ' ' {
			b.WriteByte(' ')
			swapped = true
		}
	}
	out := b.String()
	if !swapped && len(rs) > 3 {
		i := 1 + r.IntN(len(rs)-2)
		out = string(rs[:i]) + " " + string(rs[i:])
	}
	return out
}

// spaced replaces separators with blanks, or puts blanks between syllables.
func spaced(r *rand.Rand, typ, s string) string {
	if typ == "name" {
		return strings.Join(strings.Split(s, ""), " ")
	}
	if typ == "vehicle_plate" {
		rs := []rune(s)
		for i, c := range rs {
			if c >= '가' && c <= '힣' && i > 0 && rs[i-1] >= '0' && rs[i-1] <= '9' {
				return string(rs[:i]) + " " + string(c) + " " + string(rs[i+1:])
			}
		}
	}
	if typ == "rrn" || typ == "frn" {
		return strings.Replace(s, "-", pick(r, []string{" ", " - ", "- "}), 1)
	}
	return strings.ReplaceAll(s, "-", " ")
}

// mask hides a tail the way a hurried clerk does, leaving most of it.
func mask(r *rand.Rand, typ, s string) string {
	rs := []rune(s)
	star := func(from, to int) string {
		out := append([]rune{}, rs...)
		for i := from; i < to && i < len(out); i++ {
			if out[i] >= '0' && out[i] <= '9' {
				out[i] = '*'
			}
		}
		return string(out)
	}
	switch typ {
	case "rrn", "frn":
		return star(len(rs)-2-r.IntN(3), len(rs))
	case "mobile", "landline":
		if chance(r, 50) {
			return star(len(rs)-2, len(rs))
		}
		j := strings.LastIndex(s, "-")
		if j < 3 {
			return star(len(rs)-2, len(rs))
		}
		return star(j-2, j)
	case "card":
		return star(7, 14)
	case "account":
		out := append([]rune{}, rs...)
		for i, n := len(out)-1, 0; i >= 0 && n < 3; i-- {
			if out[i] != '-' {
				out[i], n = '*', n+1
			}
		}
		return string(out)
	case "email":
		at := strings.Index(s, "@")
		if at > 3 {
			return s[:at-2] + "**" + s[at:]
		}
	case "ip":
		i := strings.LastIndex(s, ".")
		return s[:i+1] + "***"
	}
	return s
}

// breakAt returns a byte offset inside s where a PDF line may end: at a
// blank near the middle, else at a hyphen, else at a rune boundary.
func breakAt(s string, pref int) int {
	if pref > 0 && pref < len(s)-1 && s[pref] == ' ' {
		return pref
	}
	mid := len(s) / 2
	best := -1
	for i := 1; i < len(s)-1; i++ {
		if s[i] == ' ' || s[i] == '-' {
			if best < 0 || abs(i-mid) < abs(best-mid) {
				best = i
			}
		}
	}
	if best > 0 {
		if s[best] == '-' {
			return best + 1
		}
		return best
	}
	for i := mid; i < len(s); i++ {
		if utf8.RuneStart(s[i]) {
			return i
		}
	}
	return 0
}

// wrap breaks s at its natural point, dropping the blank there and
// indenting the continuation.
func wrap(s string, at int, indent string) string {
	if at <= 0 || at >= len(s) {
		return s
	}
	if s[at] == ' ' {
		return s[:at] + "\n" + indent + s[at+1:]
	}
	return s[:at] + "\n" + indent + s[at:]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// josa picks the particle form that agrees with the last syllable.
func josa(word, pair string) string {
	i := strings.Index(pair, "/")
	if i < 0 {
		return pair
	}
	withB, without := pair[:i], pair[i+1:]
	rs := []rune(word)
	last := rs[len(rs)-1]
	if last < '가' || last > '힣' {
		// Latin names are read aloud; most end in a consonant sound.
		return withB
	}
	b := (last - '가') % 28
	if pair == "으로/로" && b == 8 { // ㄹ takes 로
		return without
	}
	if b != 0 {
		return withB
	}
	return without
}
