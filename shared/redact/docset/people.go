package docset

import (
	"strings"
	"unicode/utf8"
)

// Personal-data types, as evalset names them.
const (
	tRRN      = "rrn"
	tFRN      = "frn"
	tMobile   = "mobile"
	tLandline = "landline"
	tEmail    = "email"
	tCard     = "card"
	tAccount  = "account"
	tPassport = "passport"
	tLicence  = "driver_licence"
	tPlate    = "vehicle_plate"
	tBirth    = "birth_date"
	tName     = "name"
	tAddress  = "address"
	tIP       = "ip"
)

// address is a citizen's address in three parts; only core, from the road
// or dong name through the building number and unit, is labelled.
type address struct {
	pre  string // "서울특별시 성동구 "
	core string // "왕십리로 222, 101동 1203호"
	post string // " (행당동)"
	area string // the area code of the place
}

func (a address) full() string { return a.pre + a.core + a.post }

// person is someone whose data a document may carry. Everything is drawn
// when the person is made, so that repeated mentions agree.
type person struct {
	name     string   // as usually written: Hangul, or Latin for a foreigner
	sur      string   // surname ("" for foreigners)
	given    string   // given name
	quals    []string // compound_surname, given:1, given:3
	f        *foreigner
	female   bool
	dob      date
	rrn      string // 13 digits; an alien registration number for a foreigner
	mobile   string
	home     landline
	email    string
	addr     address
	bank     bank
	acct     string
	card     string
	plate    string
	licence  string
	passport string
	mask     string // the name as staff mask it
}

// surname draws a surname: mostly the common ones by population share,
// sometimes a rare or compound one.
func (b *builder) surname() (string, bool) {
	switch x := b.r.Float64(); {
	case x < 0.02:
		return pick(b.r, b.v.compound), true
	case x < 0.04:
		return pick(b.r, b.v.rareSurnames), false
	}
	total := 0
	for _, w := range commonSurnames {
		total += w.w
	}
	n := b.intn(total)
	for _, w := range commonSurnames {
		if n < w.w {
			return w.s, false
		}
		n -= w.w
	}
	return "김", false
}

// givenName draws a given name from the split's lists or syllable pools.
func (b *builder) givenName() (string, string) {
	switch x := b.r.Float64(); {
	case x < 0.04:
		return pick(b.r, b.v.given1), "given:1"
	case x < 0.07:
		return pick(b.r, b.v.given3), "given:3"
	case x < 0.55:
		return pick(b.r, b.v.given2), ""
	}
	for {
		a, c := pick(b.r, b.v.syl1), pick(b.r, b.v.syl2)
		if a != c { // 민민, 윤윤: not names
			return a + c, ""
		}
	}
}

// koreanName draws a full name not yet used in the document.
func (b *builder) koreanName() (sur, given string, quals []string) {
	for {
		s, compound := b.surname()
		g, q := b.givenName()
		if !b.fresh("name:" + s + g) {
			continue
		}
		if compound {
			quals = append(quals, "compound_surname")
		}
		if q != "" {
			quals = append(quals, q)
		}
		return s, g, quals
	}
}

// newPerson makes a Korean citizen aged between minAge and maxAge.
func (b *builder) newPerson(minAge, maxAge int) *person {
	r := b.r
	p := &person{female: b.chance(0.5)}
	p.sur, p.given, p.quals = b.koreanName()
	p.name = p.sur + p.given
	p.dob = randDate(r, b.today.y-maxAge, b.today.y-minAge)
	// Numbers re-issued or first issued since October 2020 carry no check
	// digit; children born since then never do.
	withCheck := b.chance(0.8) && p.dob.y < 2020
	p.rrn = residentNumber(r, p.dob, p.female, false, withCheck)
	p.passport = koreanPassport(r)
	b.fill(p)
	p.mask = b.maskName(p)
	return p
}

// newForeigner makes a foreign resident from the split's pool.
func (b *builder) newForeigner() *person {
	r := b.r
	var f foreigner
	for i := 0; ; i++ {
		f = pick(r, b.v.foreigners)
		if b.fresh("name:"+f.latin) || i > 50 {
			break
		}
	}
	p := &person{f: &f, name: f.latin, given: f.latin, female: f.female}
	p.dob = randDate(r, b.today.y-60, b.today.y-20)
	p.rrn = residentNumber(r, p.dob, p.female, true, b.chance(0.5))
	p.passport = foreignPassport(r, f.passport)
	b.fill(p)
	p.mask = b.maskName(p)
	return p
}

// fill draws the contact and financial data every person gets.
func (b *builder) fill(p *person) {
	r := b.r
	p.mobile = mobileNumber(r)
	p.addr = b.newAddress()
	p.home = homePhone(r, p.addr.area)
	if b.chance(0.2) {
		p.home = homePhone(r, pickOf(r, "02", "031", "032", "070"))
	}
	p.email = b.newEmail(p)
	p.bank = pick(r, b.v.banks)
	hyphen := b.chance(0.8)
	if b.holdout() {
		hyphen = b.chance(0.65)
	}
	p.acct = p.bank.account(r, hyphen)
	p.card = cardNumber(r)
	p.plate = vehiclePlate(r, pick(r, b.v.plateStyles))
	lic := ""
	if b.holdout() {
		lic = pickOf(r, "", "name", "plain")
	}
	p.licence = driverLicence(r, lic)
}

// maskName is how staff mask a name by hand: 김○○, 김*수, 이OO.
func (b *builder) maskName(p *person) string {
	if p.f != nil {
		var parts []string
		for _, w := range strings.Fields(p.f.latin) {
			parts = append(parts, w[:1]+strings.Repeat("*", len(w)-1))
		}
		return strings.Join(parts, " ")
	}
	n := utf8.RuneCountInString(p.given)
	switch b.intn(4) {
	case 0:
		if n >= 2 {
			rs := []rune(p.given)
			return p.sur + strings.Repeat("*", n-1) + string(rs[n-1])
		}
		return p.sur + "*"
	case 1:
		return p.sur + strings.Repeat("O", n)
	}
	return p.sur + strings.Repeat("○", n)
}

// newAddress draws a residential address: a road address with building
// number and often a unit, or a lot-number address.
func (b *builder) newAddress() address {
	r := b.r
	sido := func(s string) string {
		if s == "서울특별시" {
			return pickOf(r, "서울특별시", "서울특별시", "서울특별시", "서울", "서울시")
		}
		return s
	}
	unit := func() string {
		switch b.intn(6) {
		case 0:
			return itoa(101+b.intn(12)) + "동 " + itoa(1+b.intn(25)) + pad2(1+b.intn(6)) + "호"
		case 1:
			return itoa(1+b.intn(5)) + "0" + itoa(1+b.intn(4)) + "호"
		case 2:
			return itoa(2+b.intn(4)) + "층"
		case 3:
			return "지하1층 B0" + itoa(1+b.intn(3)) + "호"
		}
		return ""
	}
	if b.chance(0.3) {
		l := pick(r, b.v.lots)
		core := l.dong + " " + itoa(1+b.intn(1500))
		if b.chance(0.7) {
			core += "-" + itoa(1+b.intn(60))
		}
		if b.chance(0.4) {
			core += "번지"
		}
		if u := unit(); u != "" {
			core += " " + u
		}
		return address{pre: sido(l.sido) + " " + l.gu + " ", core: core, area: l.area}
	}
	rd := pick(r, b.v.roads)
	name := rd.road
	if b.chance(0.3) {
		name += itoa(1+b.intn(40)) + pickOf(r, "길", "길", "가길", "나길")
	}
	no := itoa(1 + b.intn(350))
	if b.chance(0.25) {
		no += "-" + itoa(1+b.intn(20))
	}
	core := name + " " + no
	post := ""
	switch b.intn(5) {
	case 0, 1:
		if u := unit(); u != "" {
			core += ", " + u
		}
		post = " (" + rd.dong + ")"
	case 2:
		core += " " + pick(r, b.v.buildings) + " " + itoa(101+b.intn(12)) + "동 " + itoa(1+b.intn(20)) + pad2(1+b.intn(6)) + "호"
	case 3:
		core += ", " + itoa(101+b.intn(12)) + "동 " + itoa(1+b.intn(20)) + pad2(1+b.intn(6)) + "호"
		post = "(" + rd.dong + ", " + pick(r, b.v.buildings) + ")"
	}
	return address{pre: sido(rd.sido) + " " + rd.gu + " ", core: core, post: post, area: rd.area}
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

// newEmail draws a citizen's e-mail address on a public mail service.
func (b *builder) newEmail(p *person) string {
	r := b.r
	const initials = "jhsmykdwbycgt"
	ini := string(initials[b.intn(len(initials))]) + string(initials[b.intn(len(initials))])
	sur := romanSurname[p.sur]
	if p.f != nil {
		sur = strings.ToLower(strings.Fields(p.f.latin)[0])
		sur = strings.ReplaceAll(sur, "ü", "ue")
	}
	yy := pad2(p.dob.y % 100)
	var local string
	switch b.intn(5) {
	case 0:
		local = sur + ini + yy
	case 1:
		local = pick(r, b.v.handles) + pad2(p.dob.m) + pad2(p.dob.d)
	case 2:
		local = ini + sur + itoa(b.intn(1000))
	case 3:
		local = sur + "." + ini
		if !b.holdout() {
			local = sur + ini
		}
	default:
		local = pick(r, b.v.handles) + "_" + ini + yy
		if !b.holdout() {
			local = pick(r, b.v.handles) + ini + yy
		}
	}
	return local + "@" + pick(r, b.v.mailDomains)
}

// official is a public servant acting in their duty.
type official struct {
	sur, name, pos string
}

func (b *builder) newOfficial(pos string) official {
	s, g, _ := b.koreanName()
	return official{sur: s, name: s + g, pos: pos}
}

// off is an official's name: a hard negative.
func (b *builder) off(o official) seg { return neg("official", o.name) }

// officialMail is an office e-mail address such as kimjh12@sd.go.kr.
func (b *builder) officialMail(o official) string {
	const initials = "jhsmykdwbycgt"
	local := romanSurname[o.sur] + string(initials[b.intn(len(initials))]) + string(initials[b.intn(len(initials))])
	if b.chance(0.5) {
		local += itoa(1 + b.intn(99))
	}
	return local + "@" + b.org.domain
}

// Mentions. In a clean document every helper below yields the value as
// staff mask it (a hard negative) instead of the value.

// nm is a mention of p's name (Latin for a foreigner).
func (b *builder) nm(p *person, quals ...string) seg {
	if b.clean {
		return neg("masked", p.mask)
	}
	qs := append(append([]string(nil), p.quals...), quals...)
	if p.f != nil {
		qs = append(qs, "latin")
		return pii(tName, p.name, qs...)
	}
	// Forms and tables sometimes space a name out to fill a cell: 홍 길 동.
	if !strings.Contains(strings.Join(quals, "+"), "particle:") && !strings.Contains(strings.Join(quals, "+"), "honorific:") && b.chance(0.03) {
		return b.spaced(p, quals...)
	}
	return pii(tName, p.name, qs...)
}

// nmK is a foreigner's name as transcribed in Hangul (a citizen's name
// otherwise).
func (b *builder) nmK(p *person, quals ...string) seg {
	if p.f == nil {
		return b.nm(p, quals...)
	}
	if b.clean {
		return neg("masked", firstRune(p.f.hangul)+"○○")
	}
	return pii(tName, p.f.hangul, append([]string{"transcribed"}, quals...)...)
}

// spaced is a name written with a space between syllables: 홍 길 동.
func (b *builder) spaced(p *person, quals ...string) seg {
	if p.f != nil {
		return b.nmK(p, quals...)
	}
	if b.clean {
		return neg("masked", p.mask)
	}
	rs := []rune(p.name)
	var parts []string
	for _, c := range rs {
		parts = append(parts, string(c))
	}
	qs := append(append([]string(nil), p.quals...), "spaced")
	return pii(tName, strings.Join(parts, " "), append(qs, quals...)...)
}

func firstRune(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// Particle pairs: the first form follows a final consonant.
var particlePairs = map[string][2]string{
	"은/는":  {"은", "는"},
	"이/가":  {"이", "가"},
	"을/를":  {"을", "를"},
	"과/와":  {"과", "와"},
	"으로/로": {"으로", "로"},
	"이다":   {"이다", "다"},
	"입니다":  {"입니다", "입니다"},
	"이며":   {"이며", "며"},
}

// batchim reports whether the word ends in a final consonant, and whether
// that consonant is ㄹ (which takes 로, not 으로).
func batchim(word string) (has, rieul bool) {
	c, _ := utf8.DecodeLastRuneInString(word)
	if c < 0xAC00 || c > 0xD7A3 {
		return false, false
	}
	t := (c - 0xAC00) % 28
	return t != 0, t == 8
}

// nmp is a name followed by a particle or ending, written without a space
// (홍길동에게, 홍길동은). pair is a key of particlePairs or a literal
// ending.
func (b *builder) nmp(p *person, pair string, quals ...string) []seg {
	word := p.name
	if p.f != nil {
		word = p.f.hangul
	}
	suffix := pair
	if forms, ok := particlePairs[pair]; ok {
		has, rieul := batchim(word)
		suffix = forms[1]
		if has && !(pair == "으로/로" && rieul) {
			suffix = forms[0]
		}
	}
	name := b.nm(p, append([]string{"particle:" + suffix}, quals...)...)
	if p.f != nil && b.chance(0.5) {
		name = b.nmK(p, append([]string{"particle:" + suffix}, quals...)...)
	}
	return []seg{name, plain(suffix)}
}

// val is a personal datum of type typ; masked in a clean document.
func (b *builder) val(typ, value string, quals ...string) seg {
	if b.clean {
		return neg("masked", maskValue(typ, value))
	}
	return pii(typ, value, quals...)
}

// maskValue masks a value the way the team's masking rule does, leaving
// what that rule leaves (the birth part of a resident number, the last four
// digits of a phone or account).
func maskValue(typ, s string) string {
	n := 0
	for _, c := range s {
		if isAlnum(c) {
			n++
		}
	}
	keepFirst, keepLast := 0, 0
	switch typ {
	case tRRN, tFRN:
		keepFirst = 7
	case tMobile:
		keepFirst, keepLast = 3, 4
		if strings.HasPrefix(s, "+82") {
			keepFirst = 4
		}
	case tLandline:
		keepFirst, keepLast = 2, 4
		if !strings.HasPrefix(s, "02") && !strings.HasPrefix(s, "(02") {
			keepFirst = 3
		}
	case tCard:
		keepFirst, keepLast = 4, 4
	case tAccount:
		keepLast = 4
	case tPassport, tLicence:
		keepFirst = 1
	case tIP:
		i := strings.IndexByte(s, '.')
		keepFirst = i
	case tEmail:
		at := strings.IndexByte(s, '@')
		return s[:1] + "***" + s[at:]
	}
	var sb strings.Builder
	i := 0
	for _, c := range s {
		if isAlnum(c) {
			if i >= keepFirst && i < n-keepLast {
				sb.WriteByte('*')
				i++
				continue
			}
			i++
		}
		sb.WriteRune(c)
	}
	return sb.String()
}

func isAlnum(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// maskSpan masks the alphanumerics at positions [from, to) of s.
func maskSpan(s string, from, to int) string {
	var sb strings.Builder
	i := 0
	for _, c := range s {
		if isAlnum(c) {
			if i >= from && i < to {
				sb.WriteByte('*')
				i++
				continue
			}
			i++
		}
		sb.WriteRune(c)
	}
	return sb.String()
}

// sloppy is a value masked by hand so that it still identifies the person:
// more digits left than the masking rule allows.
func (b *builder) sloppy(typ, value string) seg {
	if b.clean {
		return neg("masked", maskValue(typ, value))
	}
	var s string
	switch typ {
	case tRRN, tFRN:
		if b.chance(0.7) {
			s = maskSpan(value, 10, 13) // 881007-2774***
		} else {
			s = maskSpan(value, 4, 6) // 8810**-2774123
		}
	case tMobile:
		s = maskSpan(value, 5, 7) // 010-12**-5678
	case tAccount:
		n := 0
		for _, c := range value {
			if isAlnum(c) {
				n++
			}
		}
		s = maskSpan(value, n-3, n) // 110-123-456***
	case tCard:
		s = maskSpan(value, 8, 12) // 9410-1234-****-3456 leaves twelve digits
	default:
		s = value
	}
	return pii(typ, s, "sloppy_mask")
}

// Masked values that follow the masking rule: hard negatives, in any
// document.
func (b *builder) masked(typ, value string) seg { return neg("masked", maskValue(typ, value)) }

// Per-type mentions of a person's data, in one of the split's notations
// unless a style is given.

func (b *builder) dob(p *person, style string, quals ...string) seg {
	if style == "" {
		style = pick(b.r, b.v.dobStyles)
	}
	return b.val(tBirth, fmtDOB(p.dob, style), quals...)
}

func (b *builder) rrnOf(p *person, style string, quals ...string) seg {
	if style == "" {
		style = pick(b.r, b.v.rrnStyles)
	}
	typ := tRRN
	if p.f != nil {
		typ = tFRN
	}
	return b.val(typ, fmtRRN(p.rrn, style), quals...)
}

func (b *builder) mob(p *person, style string, quals ...string) seg {
	if style == "" {
		style = pick(b.r, b.v.mobStyles)
	}
	return b.val(tMobile, fmtMobile(p.mobile, style), quals...)
}

func (b *builder) tel(p *person, style string, quals ...string) seg {
	if style == "" {
		style = pick(b.r, b.v.telStyles)
	}
	return b.val(tLandline, p.home.format(style), quals...)
}

func (b *builder) mail(p *person, quals ...string) seg { return b.val(tEmail, p.email, quals...) }

// addr is p's address; full adds the city and district before the
// labelled part.
func (b *builder) addr(p *person, full bool, quals ...string) []seg {
	var out []seg
	if full {
		out = append(out, plain(p.addr.pre))
	}
	out = append(out, b.val(tAddress, p.addr.core, quals...))
	if full && p.addr.post != "" {
		out = append(out, plain(p.addr.post))
	}
	return out
}

func (b *builder) acct(p *person, quals ...string) seg { return b.val(tAccount, p.acct, quals...) }

func (b *builder) card(p *person, quals ...string) seg {
	sep := pickOf(b.r, "-", "-", "-", " ", "")
	return b.val(tCard, fmtCard(p.card, sep), quals...)
}

func (b *builder) plate(p *person, quals ...string) seg { return b.val(tPlate, p.plate, quals...) }

func (b *builder) licence(p *person, quals ...string) seg {
	return b.val(tLicence, p.licence, quals...)
}

func (b *builder) passport(p *person, quals ...string) seg {
	return b.val(tPassport, p.passport, quals...)
}

func (b *builder) ip(quals ...string) seg { return b.val(tIP, publicIP(b.r), quals...) }
