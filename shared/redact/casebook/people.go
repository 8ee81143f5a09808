package casebook

import (
	"fmt"
	"strings"
)

// person is a citizen or resident who appears in a document.
type person struct {
	name     string       // as usually written in Hangul (a transcription for foreigners)
	sur      string       // Hangul surname or family name
	given    string       // Hangul given name
	famLat   string       // Latin family name
	givLat   string       // Latin given name(s)
	q        string       // qualities every mention carries
	nat      *nationality // nil for Korean citizens
	y, m, d  int
	male     bool
	mobile   string // 11 digits
	landline string // digits with area code
	home     addr
	ctx      string // context qualities: +health, +criminal, +disciplinary
}

// Birth-year ranges for the roles people play in these documents.
const (
	adult = iota
	elder
	youth
	child
	worker
)

// citizen returns a new Korean person whose name appears nowhere else in
// the document.
func (w *writer) citizen(role int) *person {
	for {
		p := &person{male: w.chance(0.5)}
		switch x := w.r.IntN(100); {
		case x < 5:
			p.sur = w.pick(w.lx.compounds...)
			p.q = "+compound_surname"
		default:
			p.sur = w.pick(w.lx.surnames...)
		}
		switch x := w.r.IntN(100); {
		case x < 6 && contains(w.lx.given1Surnames, p.sur):
			p.given = w.pick(w.lx.given1...)
			p.q += "+given1"
		case x < 10:
			p.given = w.pick(w.lx.given3...)
			p.q += "+given3"
		default:
			a, b := w.pick(w.lx.givenFirst...), w.pick(w.lx.givenSecond...)
			if a == b || a == p.sur || w.lx.givenStop[a+b] {
				continue
			}
			p.given = a + b
		}
		p.name = p.sur + p.given
		if !w.claim(p.name) {
			continue
		}
		p.famLat, p.givLat = romanSurname(p.sur), romanize(p.given)
		w.birth(p, role)
		p.mobile = "010" + w.digitsFrom(1, "23456789") + w.digits(7)
		return p
	}
}

// relative returns a new citizen with the given surname.
func (w *writer) relative(sur string, role int) *person {
	for {
		p := w.citizen(role)
		if p.sur == sur {
			return p
		}
		delete(w.used, p.name)
		g := p.given
		p.sur, p.name = sur, sur+g
		p.q = strings.ReplaceAll(p.q, "+compound_surname", "")
		if len([]rune(sur)) > 1 {
			p.q += "+compound_surname"
		}
		if w.claim(p.name) {
			p.famLat = romanSurname(sur)
			return p
		}
	}
}

// foreigner returns a new foreign resident of nationality code ("" for
// any).
func (w *writer) foreigner(code string) *person {
	var n *nationality
	for n == nil || (code != "" && n.code != code) {
		n = &w.lx.nations[w.r.IntN(len(w.lx.nations))]
	}
	for {
		f, g := n.families[w.r.IntN(len(n.families))], n.givens[w.r.IntN(len(n.givens))]
		p := &person{nat: n, famLat: f[0], givLat: g[0], sur: f[1], given: g[1], male: w.chance(0.6), q: "+transcribed"}
		switch {
		case n.glued:
			p.name = f[1] + g[1]
		case n.familyFirst:
			p.name = f[1] + " " + g[1]
		default:
			p.name = g[1] + " " + f[1]
		}
		if !w.claim(p.name) || !w.claim(p.latinPassport()) {
			continue
		}
		w.birth(p, worker)
		p.mobile = "010" + w.digitsFrom(1, "23456789") + w.digits(7)
		return p
	}
}

// claim reserves a name for one person; it fails when the name, or a
// name it contains or is contained in, is taken.
func (w *writer) claim(name string) bool {
	for u := range w.used {
		if strings.Contains(u, name) || strings.Contains(name, u) {
			return false
		}
	}
	w.used[name] = true
	return true
}

func (w *writer) birth(p *person, role int) {
	lo, hi := 1950, 2002
	switch role {
	case elder:
		lo, hi = 1932, 1958
	case youth:
		lo, hi = 2006, 2011
	case child:
		lo, hi = 2012, 2020
	case worker:
		lo, hi = 1975, 2003
	}
	p.y = lo + w.r.IntN(hi-lo+1)
	p.m = 1 + w.r.IntN(12)
	p.d = 1 + w.r.IntN(daysIn(p.y, p.m))
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

// latinPassport is the name as a machine-readable passport prints it:
// family name first, in capitals.
func (p *person) latinPassport() string {
	return strings.ToUpper(p.famLat + " " + strings.ReplaceAll(p.givLat, "-", ""))
}

// latin returns the person's name in one of the Latin forms found in
// forms, e-mails and rosters, with the quality flags it carries.
func (w *writer) latin(p *person) (string, string) {
	fam, giv := p.famLat, p.givLat
	order := "+family_first"
	var v string
	switch w.r.IntN(8) {
	case 0, 1:
		v = p.latinPassport()
	case 2:
		v = strings.ToUpper(fam) + ", " + strings.ToUpper(giv)
	case 3:
		v, order = giv+" "+fam, "+given_first"
	case 4:
		v = strings.ToUpper(fam) + " " + giv
	case 5:
		v, order = giv+" "+strings.ToUpper(fam), "+given_first"
	case 6:
		if w.chance(0.4) {
			v, order = strings.ToLower(giv+" "+fam), "+given_first+lowercase"
			break
		}
		v = fam + " " + giv
	default:
		v = fam + " " + giv
	}
	if p.nat == nil && w.chance(0.3) {
		v = strings.ReplaceAll(v, "-", "")
	}
	return v, "+latin" + order
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// digits returns n random decimal digits.
func (w *writer) digits(n int) string {
	return w.digitsFrom(n, "0123456789")
}

func (w *writer) digitsFrom(n int, set string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[w.r.IntN(len(set))]
	}
	return string(b)
}

// pattern fills # with digits and @ with capital letters.
func (w *writer) pattern(p string) string {
	var b strings.Builder
	for _, c := range p {
		switch c {
		case '#':
			b.WriteByte(byte('0' + w.r.IntN(10)))
		case '@':
			b.WriteByte(byte('A' + w.r.IntN(26)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// Revised Romanisation, syllable by syllable, as people write their own
// names, for e-mail addresses and Latin names.
const (
	romInitials = "g kk n d tt r m b pp s ss - j jj ch k t p h"
	romVowels   = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i"
	romFinals   = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t"
)

func romanize(h string) string {
	ini, vow, fin := strings.Fields(romInitials), strings.Fields(romVowels), strings.Fields(romFinals)
	var parts []string
	for _, c := range h {
		if !isHangul(c) {
			continue
		}
		i := int(c - 0xAC00)
		s := ini[i/588] + vow[i%588/28] + fin[i%28]
		parts = append(parts, strings.ReplaceAll(s, "-", ""))
	}
	if len(parts) == 0 {
		return ""
	}
	j := strings.Join(parts, "")
	if len(parts) == 2 && len(j) > 7 {
		j = parts[0] + "-" + parts[1]
	}
	return strings.ToUpper(j[:1]) + j[1:]
}

// romanSurname spells a surname as its bearers usually do, not by the
// rules.
func romanSurname(s string) string {
	conv := map[string]string{"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
		"윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
		"안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo", "홍": "Hong", "전": "Jeon", "고": "Ko", "문": "Moon", "양": "Yang",
		"손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "노": "Noh", "우": "Woo", "구": "Koo", "남궁": "Namgung",
		"황보": "Hwangbo", "제갈": "Jegal", "선우": "Sunwoo", "독고": "Dokgo", "사공": "Sagong", "서문": "Seomun"}
	if v, ok := conv[s]; ok {
		return v
	}
	return romanize(s)
}

// emailFor makes an address a person might have chosen.
func (w *writer) emailFor(p *person) string {
	fam := strings.ToLower(strings.ReplaceAll(p.famLat, " ", ""))
	giv := strings.ToLower(strings.NewReplacer("-", "", " ", "").Replace(p.givLat))
	ini := initials(p.givLat)
	yy := fmt.Sprintf("%02d", p.y%100)
	var local string
	switch w.r.IntN(8) {
	case 0:
		local = giv + "." + fam
	case 1:
		local = fam + giv + yy
	case 2:
		local = ini + fam + w.digits(2)
	case 3:
		local = fam + "_" + giv
	case 4:
		local = giv + fmt.Sprint(p.y)
	case 5:
		local = fam + ini + w.digits(3)
	case 6:
		local = w.pick("happy", "sky", "blue", "sunny", "dream", "star") + giv + w.digits(2)
	default:
		local = fam + "." + giv + w.digits(1)
	}
	host := w.pick("naver.com", "naver.com", "naver.com", "daum.net", "hanmail.net", "gmail.com", "gmail.com", "kakao.com", "nate.com", "hotmail.com")
	if p.nat != nil {
		host = w.pick(p.nat.emailHosts...)
	}
	return local + "@" + host
}

func initials(giv string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(giv, func(r rune) bool { return r == '-' || r == ' ' }) {
		b.WriteString(strings.ToLower(part[:1]))
	}
	return b.String()
}
