package blindset

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

type date struct{ y, m, d int }

func (d date) t() time.Time { return time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC) }

func fromTime(t time.Time) date { return date{t.Year(), int(t.Month()), t.Day()} }

func (d date) add(days int) date { return fromTime(d.t().AddDate(0, 0, days)) }

var weekdayKo = []string{"일", "월", "화", "수", "목", "금", "토"}

func (d date) wd() string { return weekdayKo[d.t().Weekday()] }

// dot is the office style "2024. 3. 5."
func (d date) dot() string { return fmt.Sprintf("%d. %d. %d.", d.y, d.m, d.d) }

func (d date) ko() string { return fmt.Sprintf("%d년 %d월 %d일", d.y, d.m, d.d) }

func (d date) iso() string { return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d) }

// age in full years on day ref.
func (d date) age(ref date) int {
	a := ref.y - d.y
	if ref.m < d.m || (ref.m == d.m && ref.d < d.d) {
		a--
	}
	return a
}

type org struct {
	city     bool
	gu       district
	full     string // 서울특별시 마포구
	short    string // 마포구
	head     string // 마포구청장
	domain   string
	dept     string
	team     string
	exch     string // office phone exchange, 4 digits
	postal   string
	address  string // office address
	homepage string
}

var cityDepts = map[string]string{
	"복지": "복지정책과", "교통": "주차계획과", "세무": "38세금징수과", "재산": "재산관리과",
	"주택": "공동주택지원과", "건축": "건축기획과", "보건": "감염병관리과", "법무": "법률지원담당관",
	"정보": "정보공개정책과", "소통": "시민소통기획과", "인사": "인사과", "감사": "감사담당관",
	"외국인": "외국인다문화담당관", "청소년": "청소년정책과", "자치": "자치행정과", "안전": "식품정책과",
	"장애": "장애인자립지원과", "자원봉사": "자치행정과", "포상": "총무과", "문화": "문화정책과",
}

var guDepts = map[string]string{
	"복지": "복지정책과", "교통": "주차관리과", "세무": "세무2과", "재산": "재무과",
	"주택": "주택과", "건축": "건축과", "보건": "보건행정과", "법무": "감사담당관",
	"정보": "행정지원과", "소통": "민원여권과", "인사": "행정지원과", "감사": "감사담당관",
	"외국인": "자치행정과", "청소년": "아동청소년과", "자치": "자치행정과", "안전": "위생과",
	"장애": "장애인복지과", "자원봉사": "자치행정과", "포상": "행정지원과", "문화": "문화체육과",
}

var teams = []string{"총괄팀", "지원팀", "관리팀", "운영팀", "기획팀", "조사팀", "심사팀", "점검팀"}

func (g *gen) newOrg(area string) org {
	var o org
	if g.chance(0.22) {
		o.city = true
		o.full, o.short, o.head, o.domain = "서울특별시", "서울시", "서울특별시장", "seoul.go.kr"
		o.dept = cityDepts[area]
		o.exch = fmt.Sprintf("2133")
		if g.chance(0.3) {
			o.exch = "2171"
		}
		o.postal = "04524"
		o.address = "서울특별시 중구 세종대로 110"
		if g.chance(0.3) {
			o.address = "서울특별시 중구 서소문로 124"
		}
		o.homepage = "www.seoul.go.kr"
	} else {
		di := g.r.IntN(len(districts))
		d := districts[di]
		o.gu = d
		o.full = "서울특별시 " + d.name
		o.short = d.name
		o.head = d.name + "청장"
		o.domain = d.domain
		o.dept = guDepts[area]
		o.exch = fmt.Sprintf("%04d", 2100+di*71%800+g.r.IntN(2)*1000)
		o.postal = fmt.Sprintf("0%d", 1000+di*350+g.r.IntN(40))
		o.address = "서울특별시 " + d.name + " " + d.office
		o.homepage = "www." + d.domain
	}
	if o.dept == "" {
		o.dept = "총무과"
	}
	o.team = strings.TrimSuffix(o.dept, "과") + g.pick(teams)
	return o
}

func (g *gen) officePhone() string { return "02-" + g.org.exch + "-" + g.digits(4) }

// person is a citizen (or an official; see official).
type person struct {
	fam, given string // Hangul
	compound   bool
	foreign    bool
	nat        *nationality
	latFam     string
	latGiven   string
	trFam      string // Hangul transcription, foreigners only
	trGiven    string
	male       bool
	birth      date
	rrn        string // 13 digits (FRN for foreigners)
	mobile     string // 11 digits
	home       string // landline digits with area code
	email      string
	addr       address
}

func (p *person) full() string {
	if p.foreign {
		return p.trFam + " " + p.trGiven
	}
	return p.fam + p.given
}

func (g *gen) koreanName(minAge, maxAge int) (fam, given string, birth date) {
	fam = g.weighted(surnames)
	ref := 2024
	y := ref - g.n(minAge, maxAge)
	birth = date{y, g.n(1, 12), g.n(1, 28)}
	var pool [2][]string
	switch {
	case y < 1965:
		pool = givenOld
	case y < 1990:
		pool = givenMid
	default:
		pool = givenYoung
	}
	for {
		switch x := g.r.IntN(100); {
		case x < 4:
			given = g.pick(pool[0])
		case x < 7:
			given = g.pick(threeSyllable)
		default:
			given = g.pick(pool[0]) + g.pick(pool[1])
		}
		if utf8.RuneCountInString(given) > 1 {
			a, _ := utf8.DecodeRuneInString(given)
			b, _ := utf8.DecodeLastRuneInString(given)
			if a == b {
				continue
			}
		}
		break
	}
	return
}

func (g *gen) newPerson(minAge, maxAge int) *person {
	p := &person{}
	p.fam, p.given, p.birth = g.koreanName(minAge, maxAge)
	p.compound = utf8.RuneCountInString(p.fam) > 1
	p.male = g.chance(0.5)
	p.rrn = g.rrnDigits(p.birth, p.male, false)
	p.mobile = "010" + g.pattern("99999999")
	if p.mobile[3] == '0' {
		p.mobile = p.mobile[:3] + "7" + p.mobile[4:]
	}
	p.home = g.homeDigits()
	p.email = g.emailFor(p)
	p.addr = g.newAddress()
	g.secrets = append(g.secrets, p.full())
	return p
}

func (g *gen) newForeigner(minAge, maxAge int) *person {
	p := &person{foreign: true}
	nat := &nations[g.r.IntN(len(nations))]
	p.nat = nat
	f := nat.fam[g.r.IntN(len(nat.fam))]
	gv := nat.given[g.r.IntN(len(nat.given))]
	p.latFam, p.trFam = f.latin, f.hangul
	p.latGiven, p.trGiven = gv.latin, gv.hangul
	y := 2024 - g.n(minAge, maxAge)
	p.birth = date{y, g.n(1, 12), g.n(1, 28)}
	p.male = g.chance(0.5)
	p.rrn = g.rrnDigits(p.birth, p.male, true)
	p.mobile = "010" + g.pattern("99999999")
	if p.mobile[3] == '0' {
		p.mobile = p.mobile[:3] + "5" + p.mobile[4:]
	}
	p.home = g.homeDigits()
	p.email = g.emailFor(p)
	p.addr = g.newAddress()
	g.secrets = append(g.secrets, p.full())
	return p
}

// official is a public servant acting in duty.
type official struct {
	name, pos string
	email     string
}

func (g *gen) newOfficial(pos string) official {
	fam, given, _ := g.koreanName(28, 58)
	o := official{name: fam + given, pos: pos}
	o.email = strings.ToLower(romanSurname(fam)) + initials(given) + "@" + g.org.domain
	if g.chance(0.3) {
		o.email = strings.ToLower(romanSurname(fam)) + initials(given) + g.digits(2) + "@" + g.org.domain
	}
	return o
}

func initials(given string) string {
	var b strings.Builder
	for _, r := range given {
		s := romanSyllable(r)
		if s != "" {
			b.WriteByte(s[0])
		}
	}
	return b.String()
}

// --- romanisation (Revised Romanisation, syllable by syllable) ---

var rrInit = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
var rrVowel = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
var rrFinal = []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}

func romanSyllable(r rune) string {
	if r < 0xAC00 || r > 0xD7A3 {
		return ""
	}
	x := int(r - 0xAC00)
	return rrInit[x/588] + rrVowel[(x%588)/28] + rrFinal[x%28]
}

func romanize(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(romanSyllable(r))
	}
	return b.String()
}

func romanSurname(fam string) string {
	if v, ok := surnameRoman[fam]; ok {
		return v
	}
	v := romanize(fam)
	return strings.ToUpper(v[:1]) + v[1:]
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func hasBatchim(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	return (r-0xAC00)%28 != 0
}

// josa picks the particle form that fits the word before it: pair is
// "은/는", "이/가", "을/를", "과/와", "으로/로", "이에요/예요".
func josa(word, pair string) string {
	a, b, _ := strings.Cut(pair, "/")
	if hasBatchim(word) {
		return a
	}
	return b
}

// --- addresses ---

type address struct {
	city     string // 서울특별시, 경기도 고양시 덕양구 ...
	gu       string
	road     string
	num      string
	dong     string // legal dong, for lot numbers and reference
	lot      string // 지번 e.g. 412-7
	unit     string // 101동 1203호 / 203호 / 지하1층
	building string // apartment or villa name
}

func (g *gen) newAddress() address {
	var a address
	if g.chance(0.12) {
		c := otherCities[g.r.IntN(len(otherCities))]
		a.city = c.prefix
		a.road = c.road
		a.dong = c.dong
	} else {
		d := districts[g.r.IntN(len(districts))]
		a.city = "서울특별시"
		a.gu = d.name
		a.road = g.pick(d.roads)
		if g.chance(0.4) {
			a.road += fmt.Sprintf("%d길", g.n(1, 40))
		}
		a.dong = g.pick(d.dongs)
	}
	a.num = fmt.Sprint(g.n(3, 320))
	if g.chance(0.15) {
		a.num += fmt.Sprintf("-%d", g.n(1, 30))
	}
	a.lot = fmt.Sprintf("%d-%d", g.n(12, 980), g.n(1, 60))
	switch x := g.r.IntN(10); {
	case x < 5:
		a.building = a.dongStem() + g.pick(aptBrands)
		if g.chance(0.3) {
			a.building = g.pick(aptBrands) + fmt.Sprintf(" %d차", g.n(1, 5))
		}
		a.unit = fmt.Sprintf("%d동 %d호", g.n(101, 128), g.n(1, 25)*100+g.n(1, 6))
	case x < 8:
		a.building = g.pick(villaNames)
		a.unit = fmt.Sprintf("%d호", g.n(1, 5)*100+g.n(1, 4))
	default:
		a.unit = ""
	}
	return a
}

func (a address) dongStem() string {
	s := strings.TrimSuffix(a.dong, "동")
	if utf8.RuneCountInString(s) > 3 {
		return ""
	}
	return s
}

// road returns the road-name address in one of several writings.
func (a address) roadForm(cityForm int, withUnit, withRef bool) string {
	var parts []string
	city := a.city
	if a.city == "서울특별시" {
		switch cityForm {
		case 1:
			city = "서울시"
		case 2:
			city = "서울"
		case 3:
			city = ""
		}
	}
	if city != "" {
		parts = append(parts, city)
	}
	if a.gu != "" {
		parts = append(parts, a.gu)
	}
	parts = append(parts, a.road, a.num)
	s := strings.Join(parts, " ")
	if withUnit && a.unit != "" {
		s += ", " + a.unit
	}
	if withRef {
		ref := a.dong
		if a.building != "" {
			ref += ", " + a.building
		}
		s += " (" + ref + ")"
	}
	return s
}

func (a address) lotForm(withUnit bool) string {
	parts := []string{a.city}
	if a.gu != "" {
		parts = append(parts, a.gu)
	}
	parts = append(parts, a.dong, a.lot)
	s := strings.Join(parts, " ")
	if g := a.building; g != "" && withUnit {
		s += " " + g
	}
	if withUnit && a.unit != "" {
		s += " " + a.unit
	}
	return s
}

// addr writes a citizen's address as one item and returns nothing; the
// writing is chosen at random.
func (g *gen) addr(p *person, q ...string) {
	a := p.addr
	var v string
	switch x := g.r.IntN(100); {
	case x < 55:
		v = a.roadForm(g.pickCity(), true, g.chance(0.35))
		q = append(q, "road")
	case x < 75:
		v = a.lotForm(true)
		if g.chance(0.3) {
			v = strings.Replace(v, a.lot, a.lot+"번지", 1)
		}
		q = append(q, "lot")
	case x < 90:
		v = a.roadForm(g.pickCity(), true, false)
		q = append(q, "road")
		if i := strings.Index(v, " "+a.road); i > 0 && g.place != "table" {
			// wrapped over two lines the way a narrow form cell breaks it
			v = v[:i] + "\n" + strings.Repeat(" ", g.n(0, 6)) + v[i+1:]
			q = append(q, "wrapped")
		}
	default:
		v = a.roadForm(g.pickCity(), false, false)
		q = append(q, "road", "nounit")
	}
	if a.unit != "" && !strings.Contains(v, a.unit) {
		q = append(q, "nounit")
	}
	g.item(tAddress, v, q...)
}

func (g *gen) pickCity() int {
	x := g.r.IntN(10)
	switch {
	case x < 6:
		return 0
	case x < 8:
		return 1
	case x < 9:
		return 2
	}
	return 3
}
