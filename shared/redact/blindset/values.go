package blindset

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// --- digit helpers ---

func toFull(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
			return r - '0' + '０'
		case r == '-':
			return '－'
		case r == '.':
			return '．'
		case r == '(':
			return '（'
		case r == ')':
			return '）'
		case r == '@':
			return '＠'
		}
		return r
	}, s)
}

var spokenDigit = []string{"공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"}

func spoken(d string) string {
	var b strings.Builder
	for _, r := range d {
		if r >= '0' && r <= '9' {
			b.WriteString(spokenDigit[r-'0'])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var ocrDigit = map[byte][]string{'0': {"O", "o", "D"}, '1': {"l", "I", "|"}, '5': {"S"}, '8': {"B"}, '2': {"Z"}, '6': {"b"}}

// ocrNum replaces one or two digits with look-alike letters.
func (g *gen) ocrNum(s string) (string, bool) {
	var idx []int
	for i := 0; i < len(s); i++ {
		if _, ok := ocrDigit[s[i]]; ok {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return s, false
	}
	k := idx[g.r.IntN(len(idx))]
	return s[:k] + g.pick(ocrDigit[s[k]]) + s[k+1:], true
}

// group splits digits by sizes and joins them with sep.
func group(d string, sep string, sizes ...int) string {
	var parts []string
	i := 0
	for _, n := range sizes {
		parts = append(parts, d[i:i+n])
		i += n
	}
	if i < len(d) {
		parts = append(parts, d[i:])
	}
	return strings.Join(parts, sep)
}

// --- phones ---

var areaCodes = []string{"02", "02", "02", "02", "031", "031", "032", "033", "041", "051", "053", "062", "063", "064", "070"}

func (g *gen) homeDigits() string {
	ac := g.pick(areaCodes)
	if ac == "02" {
		if g.chance(0.5) {
			return ac + g.pattern("2999") + g.digits(4)
		}
		return ac + g.pattern("299") + g.digits(4)
	}
	return ac + g.pattern("2999") + g.digits(4)
}

func splitPhone(d string) (a, b, c string) {
	n := 3
	if strings.HasPrefix(d, "02") {
		n = 2
	}
	return d[:n], d[n : len(d)-4], d[len(d)-4:]
}

// phone writes a mobile or landline number of a citizen as an item.
func (g *gen) phone(typ, d string, q ...string) {
	a, b, c := splitPhone(d)
	var v string
	x := g.r.IntN(100)
	switch {
	case x < 50:
		v = a + "-" + b + "-" + c
	case x < 57:
		v = d
		q = append(q, "nosep")
	case x < 62:
		v = a + "." + b + "." + c
		q = append(q, "dots")
	case x < 67:
		v = a + " " + b + " " + c
		q = append(q, "spaces")
	case x < 72:
		if g.chance(0.5) {
			v = "(" + a + ")" + b + "-" + c
		} else {
			v = a + ")" + b + "-" + c
		}
		q = append(q, "parens")
	case x < 77:
		switch g.r.IntN(3) {
		case 0:
			v = "+82-" + a[1:] + "-" + b + "-" + c
		case 1:
			v = "+82 " + a[1:] + " " + b + " " + c
		default:
			v = "+82" + d[1:]
		}
		q = append(q, "intl")
	case x < 81:
		v = a[1:] + "-" + b + "-" + c
		q = append(q, "nozero")
	case x < 85:
		v = toFull(a + "-" + b + "-" + c)
		q = append(q, "fullwidth")
	case x < 88 && g.place != "table":
		v = spoken(a) + " " + spoken(b) + " " + spoken(c)
		q = append(q, "spoken")
	case x < 92:
		// masked by hand, but not enough
		if len(b) == 4 {
			v = a + "-" + b[:2] + "**-" + c
		} else {
			v = a + "-" + b + "-" + c[:2] + "**"
		}
		q = append(q, "masked")
	case x < 95:
		v = a + "-" + b + " " + c
		q = append(q, "mixed")
	default:
		v = a + " - " + b + " - " + c
		q = append(q, "spaces")
	}
	g.item(typ, v, q...)
}

func (g *gen) mobile(p *person, q ...string) { g.phone(tMobile, p.mobile, q...) }
func (g *gen) landline(p *person, q ...string) {
	g.phone(tLandline, p.home, q...)
}

// --- resident registration numbers ---

func (g *gen) rrnDigits(b date, male, foreign bool) string {
	gd := 1
	if b.y >= 2000 {
		gd = 3
	}
	if !male {
		gd++
	}
	if foreign {
		gd += 4
	}
	s := fmt.Sprintf("%02d%02d%02d%d", b.y%100, b.m, b.d, gd) + g.digits(5)
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i := 0; i < 12; i++ {
		sum += int(s[i]-'0') * w[i]
	}
	return s + fmt.Sprint((11-sum%11)%10)
}

// rrn writes an RRN (or FRN for foreigners) as an item, in one of many
// writings. Properly masked forms (back six digits hidden) are not
// written by this function.
func (g *gen) rrn(p *person, q ...string) {
	typ := tRRN
	if p.foreign {
		typ = tFRN
	}
	d := p.rrn
	var v string
	switch x := g.r.IntN(100); {
	case x < 55:
		v = d[:6] + "-" + d[6:]
	case x < 63:
		v = d
		q = append(q, "nosep")
	case x < 70:
		v = d[:6] + " " + d[6:]
		q = append(q, "spaces")
	case x < 75:
		v = d[:6] + " - " + d[6:]
		q = append(q, "spaces")
	case x < 81:
		v = toFull(d[:6] + "-" + d[6:])
		q = append(q, "fullwidth")
	case x < 88:
		v = d[:4] + "**-" + d[6:]
		q = append(q, "masked")
	case x < 93:
		v = d[:6] + "-" + d[6:11] + "**"
		q = append(q, "masked")
	case x < 96:
		v = d[:6] + "–" + d[6:]
		q = append(q, "mixed")
	default:
		v = d[:2] + "." + d[2:4] + "." + d[4:6] + "-" + d[6:]
		q = append(q, "dots")
	}
	g.item(typ, v, q...)
}

// maskedRRN writes an adequately masked number: neither item nor
// negative.
func (g *gen) maskedRRN(p *person) {
	d := p.rrn
	switch g.r.IntN(3) {
	case 0:
		g.w(d[:6] + "-" + d[6:7] + "******")
	case 1:
		g.w(d[:6] + "-*******")
	default:
		g.w(d[:6] + "-" + d[6:7] + "xxxxxx")
	}
}

// --- birth dates ---

func (g *gen) birth(p *person, q ...string) {
	b := p.birth
	var v string
	switch x := g.r.IntN(100); {
	case x < 22:
		v = fmt.Sprintf("%d. %d. %d.", b.y, b.m, b.d)
	case x < 36:
		v = fmt.Sprintf("%d.%02d.%02d.", b.y, b.m, b.d)
	case x < 44:
		v = fmt.Sprintf("%d.%02d.%02d", b.y, b.m, b.d)
	case x < 52:
		v = b.iso()
		q = append(q, "iso")
	case x < 62:
		v = b.ko()
		q = append(q, "korean")
	case x < 67:
		v = fmt.Sprintf("%d년 %02d월 %02d일", b.y, b.m, b.d)
		q = append(q, "korean")
	case x < 74:
		v = fmt.Sprintf("'%02d.%d.%d.", b.y%100, b.m, b.d)
		q = append(q, "shortyear")
	case x < 78:
		v = fmt.Sprintf("%02d.%02d.%02d", b.y%100, b.m, b.d)
		q = append(q, "shortyear")
	case x < 84:
		v = fmt.Sprintf("%02d%02d%02d", b.y%100, b.m, b.d)
		q = append(q, "sixdigit")
	case x < 89:
		v = fmt.Sprintf("%02d/%02d/%d", b.d, b.m, b.y)
		q = append(q, "dmy")
	case x < 92:
		v = fmt.Sprintf("%d/%02d/%02d", b.y, b.m, b.d)
	case x < 95:
		v = toFull(fmt.Sprintf("%d.%02d.%02d.", b.y, b.m, b.d))
		q = append(q, "fullwidth")
	default:
		v = fmt.Sprintf("%d년%d월%d일", b.y, b.m, b.d)
		q = append(q, "korean")
	}
	g.item(tBirth, v, q...)
}

// --- e-mail ---

var mailHosts = []string{"naver.com", "naver.com", "naver.com", "hanmail.net", "daum.net", "gmail.com", "gmail.com", "nate.com", "kakao.com", "hotmail.com"}

func (g *gen) emailFor(p *person) string {
	var local string
	if p.foreign {
		fam := strings.ToLower(strings.ReplaceAll(p.latFam, " ", ""))
		gv := strings.ToLower(strings.Fields(p.latGiven)[0])
		switch g.r.IntN(3) {
		case 0:
			local = gv + "." + fam
		case 1:
			local = gv + fam + g.digits(2)
		default:
			local = fam + "_" + gv
		}
	} else {
		fam := strings.ToLower(romanSurname(p.fam))
		gv := romanize(p.given)
		yy := fmt.Sprintf("%02d", p.birth.y%100)
		switch g.r.IntN(5) {
		case 0:
			local = gv + "." + fam + yy
		case 1:
			local = fam + initials(p.given) + fmt.Sprintf("%02d%02d", p.birth.m, p.birth.d)
		case 2:
			local = fam + gv
		case 3:
			local = g.pick([]string{"sky", "happy", "blue", "moon", "star", "sun", "dream", "zzang"}) + g.pick([]string{"love", "day", "light", "walker", "_"}) + g.digits(3)
		default:
			local = fam + "_" + gv + g.digits(1)
		}
	}
	return local + "@" + g.pick(mailHosts)
}

func (g *gen) email(p *person, q ...string) {
	v := p.email
	switch x := g.r.IntN(100); {
	case x < 80:
	case x < 86:
		v = strings.Replace(v, "@", " [at] ", 1)
		q = append(q, "obfuscated")
	case x < 90:
		v = strings.Replace(v, "@", "＠", 1)
		q = append(q, "fullwidth")
	case x < 95:
		v = strings.ToUpper(v[:1]) + v[1:]
		q = append(q, "case")
	default:
		v = strings.Replace(v, "@", " @ ", 1)
		q = append(q, "spaces")
	}
	g.item(tEmail, v, q...)
}

// --- cards, accounts ---

func luhn(d string) string {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if (len(d)-i)%2 == 1 {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
	}
	return d + fmt.Sprint((10-sum%10)%10)
}

func (g *gen) cardDigits() string {
	pre := g.pick([]string{"9410", "9420", "4518", "5365", "4673", "9490", "5409", "4048"})
	return luhn(pre + g.digits(11))
}

func (g *gen) card(q ...string) {
	d := g.cardDigits()
	var v string
	switch x := g.r.IntN(100); {
	case x < 55:
		v = group(d, "-", 4, 4, 4)
	case x < 68:
		v = group(d, " ", 4, 4, 4)
		q = append(q, "spaces")
	case x < 78:
		v = d
		q = append(q, "nosep")
	case x < 88:
		v = group(d[:12], "-", 4, 4) + "-****"
		q = append(q, "masked")
	default:
		v = toFull(group(d, "-", 4, 4, 4))
		q = append(q, "fullwidth")
	}
	g.item(tCard, v, q...)
}

// account writes "bank number" with the number as the item.
func (g *gen) account(q ...string) string {
	bk := banks[g.r.IntN(len(banks))]
	v := g.pattern(bk.pattern)
	switch x := g.r.IntN(10); {
	case x < 2:
		v = strings.ReplaceAll(v, "-", "")
		q = append(q, "nosep")
	case x < 3:
		v = strings.ReplaceAll(v, "-", " ")
		q = append(q, "spaces")
	}
	g.w(bk.name + " ")
	g.item(tAccount, v, q...)
	return bk.name
}

// --- other identifiers ---

func (g *gen) passport(p *person, q ...string) {
	var v string
	if p.foreign {
		v = g.pattern(p.nat.passport)
	} else {
		if g.chance(0.5) {
			v = "M" + g.digits(8)
		} else {
			v = "M" + g.digits(3) + string(rune('A'+g.r.IntN(26))) + g.digits(4)
		}
	}
	if g.chance(0.1) {
		v = strings.ToLower(v)
		q = append(q, "case")
	}
	g.item(tPassport, v, q...)
}

var licenceRegions = []struct{ code, name string }{{"11", "서울"}, {"12", "부산"}, {"13", "경기"}, {"28", "인천"}, {"14", "강원"}, {"26", "경남"}}

func (g *gen) licence(q ...string) {
	rg := licenceRegions[g.r.IntN(len(licenceRegions))]
	yy := fmt.Sprintf("%02d", g.n(0, 24))
	ser, ck := g.digits(6), g.digits(2)
	var v string
	switch x := g.r.IntN(10); {
	case x < 5:
		v = rg.code + "-" + yy + "-" + ser + "-" + ck
	case x < 7:
		v = rg.name + " " + yy + "-" + ser + "-" + ck
		q = append(q, "region")
	case x < 8:
		v = rg.code + yy + ser + ck
		q = append(q, "nosep")
	default:
		v = rg.code + " " + yy + " " + ser + " " + ck
		q = append(q, "spaces")
	}
	g.item(tLicence, v, q...)
}

var plateSyll = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "하", "허", "호", "배"}

func (g *gen) plateValue() string {
	s := g.pick(plateSyll)
	if g.chance(0.5) {
		return fmt.Sprintf("%d%s %04d", g.n(10, 99), s, g.n(1000, 9999))
	}
	return fmt.Sprintf("%d%s %04d", g.n(100, 399), s, g.n(1000, 9999))
}

func (g *gen) plate(v string, q ...string) {
	switch x := g.r.IntN(10); {
	case x < 6:
	case x < 8:
		v = strings.ReplaceAll(v, " ", "")
		q = append(q, "nosep")
	case x < 9:
		v = g.pick([]string{"서울", "경기", "인천"}) + strings.ReplaceAll(v, " ", "")
		q = append(q, "region")
	default:
		r := []rune(v)
		out := ""
		for i, c := range r {
			if i > 0 && c != ' ' && r[i-1] != ' ' {
				out += " "
			}
			if c != ' ' {
				out += string(c)
			}
		}
		v = out
		q = append(q, "spaced")
	}
	g.item(tPlate, v, q...)
}

var ipFirst = []string{"211.234", "121.134", "175.223", "118.235", "223.38", "39.7", "106.101", "1.234", "220.76", "112.169", "58.140", "125.129"}

func (g *gen) ipValue() string {
	return fmt.Sprintf("%s.%d.%d", g.pick(ipFirst), g.n(0, 254), g.n(1, 254))
}

func (g *gen) ip(v string, q ...string) {
	if v == "" {
		v = g.ipValue()
	}
	g.item(tIP, v, q...)
}

func (g *gen) ipv6() string {
	return fmt.Sprintf("2001:2d8:%x:%x::%x", g.n(0x1000, 0xffff), g.n(0x10, 0xffff), g.n(1, 0xfff))
}

// --- names ---

// name writes a person's name as an item. style: "" picks at random.
func (g *gen) name(p *person, q ...string) { g.nameStyle(p, "", q...) }

func (g *gen) nameStyle(p *person, style string, q ...string) {
	if p.foreign {
		g.foreignName(p, style, q...)
		return
	}
	if p.compound {
		q = append(q, "compound")
	}
	switch utf8.RuneCountInString(p.given) {
	case 1:
		q = append(q, "given1")
	case 3:
		q = append(q, "given3")
	}
	if style == "" {
		switch x := g.r.IntN(100); {
		case x < 86:
			style = "plain"
		case x < 95:
			style = "spaced"
		default:
			style = "surnamegap"
		}
	}
	v := p.fam + p.given
	switch style {
	case "spaced":
		v = strings.Join(strings.Split(v, ""), " ")
		q = append(q, "spaced")
	case "surnamegap":
		v = p.fam + " " + p.given
		q = append(q, "spaced")
	case "given":
		v = p.given
		q = append(q, "given_only")
	case "latin":
		v = g.latinKorean(p)
		q = append(q, "latin")
	case "hanja":
		h, ok := hanjaName(p)
		if !ok {
			break
		}
		v = h
		q = append(q, "hanja")
	}
	g.item(tName, v, q...)
}

func hanjaName(p *person) (string, bool) {
	var b strings.Builder
	for _, r := range p.fam + p.given {
		h, ok := hanja[string(r)]
		if !ok {
			return "", false
		}
		b.WriteString(h)
	}
	return b.String(), true
}

func (g *gen) latinKorean(p *person) string {
	fam := strings.ToUpper(romanSurname(p.fam))
	var syl []string
	for _, r := range p.given {
		syl = append(syl, romanSyllable(r))
	}
	switch g.r.IntN(4) {
	case 0:
		return fam + " " + strings.ToUpper(strings.Join(syl, ""))
	case 1:
		return fam + " " + strings.ToUpper(strings.Join(syl, " "))
	case 2:
		return title(strings.Join(syl, "-")) + " " + title(strings.ToLower(fam))
	}
	return title(strings.ToLower(fam)) + ", " + title(strings.Join(syl, ""))
}

func (g *gen) foreignName(p *person, style string, q ...string) {
	q = append(q, "foreign")
	if style == "" || style == "plain" {
		if g.chance(0.55) {
			style = "translit"
		} else {
			style = "latin"
		}
	}
	var v string
	switch style {
	case "translit":
		v = p.trFam + " " + p.trGiven
		if !p.nat.givenLast && g.chance(0.3) {
			v = strings.ReplaceAll(v, " ", "")
		}
		if p.nat.givenLast {
			v = p.trGiven + " " + p.trFam
		}
		q = append(q, "translit")
	case "given":
		v = p.trGiven
		q = append(q, "translit", "given_only")
	default:
		fam, gv := p.latFam, p.latGiven
		q = append(q, "latin")
		switch g.r.IntN(5) {
		case 0:
			v = fam + " " + gv
		case 1:
			v = titleWords(gv) + " " + fam
			q = append(q, "surname_last")
		case 2:
			v = titleWords(fam) + ", " + titleWords(gv)
		case 3:
			v = strings.ToLower(gv + " " + fam)
			q = append(q, "surname_last", "case")
		default:
			v = titleWords(gv + " " + fam)
			q = append(q, "surname_last")
		}
	}
	g.item(tName, v, q...)
}

func titleWords(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		parts := strings.Split(w, "-")
		for j := range parts {
			parts[j] = title(parts[j])
		}
		ws[i] = strings.Join(parts, "-")
	}
	return strings.Join(ws, " ")
}

// nameJ writes a name and a particle right after it.
func (g *gen) nameJ(p *person, pair string, q ...string) {
	if p.foreign {
		g.nameStyle(p, "translit", append(q, "particle")...)
		g.w(josa(p.trGiven+p.trFam, pair))
		return
	}
	g.nameStyle(p, "plain", append(q, "particle")...)
	g.w(josa(p.given, pair))
}

// nameH writes a name with an honorific: 씨, 님, 귀하, 어르신, 군, 양.
func (g *gen) nameH(p *person, hon string, q ...string) {
	sp := ""
	if hon == "귀하" || g.chance(0.5) {
		sp = " "
	}
	g.nameStyle(p, "", append(q, "honorific")...)
	g.w(sp + hon)
}

// --- negatives ---

func (g *gen) date(d date) { g.neg(nDate, d.dot()) }

func (g *gen) dateAny(d date) {
	switch g.r.IntN(4) {
	case 0:
		g.neg(nDate, d.ko())
	case 1:
		g.neg(nDate, fmt.Sprintf("%d.%02d.%02d.", d.y, d.m, d.d))
	case 2:
		g.neg(nDate, d.iso())
	default:
		g.neg(nDate, d.dot())
	}
}

func won(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (g *gen) amount(n int) {
	if g.chance(0.2) {
		g.neg(nAmount, "금"+won(n)+"원")
		return
	}
	g.neg(nAmount, won(n)+"원")
}

func (g *gen) statute(law, art string) { g.neg(nStatute, "「"+law+"」 "+art) }

func (g *gen) docNo() string {
	return fmt.Sprintf("%s-%d", g.org.dept, g.n(1200, 48000))
}

func (g *gen) bizNo() string {
	d := g.pattern("999999999")
	w := []int{1, 3, 7, 1, 3, 7, 1, 3, 5}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(d[i]-'0') * w[i]
	}
	sum += int(d[8]-'0') * 5 / 10
	ck := (10 - sum%10) % 10
	return d[:3] + "-" + d[3:5] + "-" + d[5:] + fmt.Sprint(ck)
}

func (g *gen) corpNo() string {
	return g.pick([]string{"110111", "110171", "110114", "134811", "131111", "284711"}) + "-" + g.digits(7)
}

type company struct {
	name, addr, phone, biz, corp, rep string
}

func (g *gen) newCompany() company {
	stem, trade := g.pick(companyStems), g.pick(companyTrades)
	var c company
	switch g.r.IntN(4) {
	case 0:
		c.name = "(주)" + stem + trade
	case 1:
		c.name = "주식회사 " + stem + trade
	case 2:
		c.name = stem + trade + "(주)"
	default:
		c.name = "㈜" + stem + trade
	}
	d := districts[g.r.IntN(len(districts))]
	c.addr = fmt.Sprintf("서울특별시 %s %s %d, %d층", d.name, g.pick(d.roads), g.n(10, 400), g.n(2, 12))
	if g.chance(0.3) {
		c.phone = "1588-" + g.digits(4)
	} else {
		c.phone = "02-" + g.pattern("2999") + "-" + g.digits(4)
	}
	c.biz = g.bizNo()
	c.corp = g.corpNo()
	return c
}

func (g *gen) receiptNo() string {
	switch g.r.IntN(3) {
	case 0:
		return fmt.Sprintf("%dAA-%02d%02d-%07d", g.n(1, 3), g.n(23, 25), g.n(1, 12), g.n(1, 9999999))
	case 1:
		return fmt.Sprintf("%d-%s-%06d", g.n(2023, 2025), g.digits(4), g.n(1, 999999))
	}
	return fmt.Sprintf("%s", g.pattern("99999999"))
}

func (g *gen) bidNo() string {
	if g.chance(0.5) {
		return fmt.Sprintf("R%02dBK%08d", g.now.y%100, g.n(1, 99999999))
	}
	return fmt.Sprintf("%d%02d%05d-00", g.now.y, g.now.m, g.n(1, 99999))
}

// --- look-alike scan (used by check) ---

var lookRE = []*regexp.Regexp{
	// phones, domestic and international
	regexp.MustCompile(`(?:\+82[- ]?)?\(?0?1[016789]\)?[-. )]*[0-9]{3,4}[-. ]*[0-9]{4}`),
	regexp.MustCompile(`\(?0[2-9][0-9]?\)?[-. )]+[0-9]{3,4}[-. ]+[0-9]{4}`),
	regexp.MustCompile(`1[5-8][0-9]{2}-[0-9]{4}`),
	// RRN and corporation numbers
	regexp.MustCompile(`[0-9]{6}\s*[-–]?\s*[0-9]{7}`),
	// cards
	regexp.MustCompile(`[0-9]{4}[- ][0-9]{4}[- ][0-9]{4}[- ][0-9]{2,4}`),
	// account-like and other dashed numbers
	regexp.MustCompile(`[0-9]{2,6}-[0-9]{2,6}-[0-9]{2,7}`),
	// e-mail
	regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`),
	// IPv4
	regexp.MustCompile(`\b[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\b`),
	// long digit runs
	regexp.MustCompile(`[0-9]{9,}`),
}

func lookalikes(text string) [][2]int {
	var out [][2]int
	for _, re := range lookRE {
		for _, m := range re.FindAllStringIndex(text, -1) {
			out = append(out, [2]int{m[0], m[1]})
		}
	}
	return out
}
