package lastset

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// ---- the issuing office: everything here is a hard negative ----

type office struct {
	org, dept, domain, addr, post string
	phone, fax, mail              string
	staff                         []string // officials in duty, exempt
	titles                        []string
}

var orgs = []struct{ org, domain, addr, post, area string }{
	{"서울특별시 마포구", "mapo.go.kr", "서울특별시 마포구 월드컵로 212", "03937", "02"},
	{"서울특별시 노원구", "nowon.kr", "서울특별시 노원구 노해로 437", "01689", "02"},
	{"경기도 안산시", "iansan.net", "경기도 안산시 단원구 화랑로 387", "15335", "031"},
	{"인천광역시 부평구", "icbp.go.kr", "인천광역시 부평구 부평대로 168", "21354", "032"},
	{"충청남도 천안시", "cheonan.go.kr", "충청남도 천안시 서북구 번영로 156", "31198", "041"},
	{"대구광역시 달서구", "dalseo.daegu.kr", "대구광역시 달서구 학산로 45", "42701", "053"},
	{"부산광역시 사하구", "saha.go.kr", "부산광역시 사하구 낙동대로 398번길 12", "49334", "051"},
	{"전라북도 익산시", "iksan.go.kr", "전라북도 익산시 인북로32길 1", "54629", "063"},
	{"경상남도 김해시", "gimhae.go.kr", "경상남도 김해시 김해대로 2401", "50917", "055"},
	{"제주특별자치도 제주시", "jejusi.go.kr", "제주특별자치도 제주시 광양9길 10", "63176", "064"},
}

var depts = []string{"민원여권과", "복지정책과", "일자리경제과", "감사담당관", "교통행정과", "도시재생과", "자치행정과", "외국인주민지원팀", "환경위생과", "계약심사팀", "건축과", "사회적경제과"}

var officialNames = []string{"윤서진", "한경택", "서미란", "임도현", "강슬아", "오병준", "문재희", "배정원", "신유경", "홍석민", "권나래", "조태웅", "유하림", "장은비", "황보석진", "구민호", "노승희", "도예린"}

var mailIDs = []string{"civil", "welfare", "minwon", "audit", "contract", "global", "jobs", "traffic", "eco", "urban"}

func newOffice(r *rand.Rand) office {
	o := orgs[r.IntN(len(orgs))]
	f := office{org: o.org, domain: o.domain, addr: o.addr, post: o.post}
	f.dept = pickOf(r, depts)
	mid := fmt.Sprintf("%d", 2000+r.IntN(8000))
	if o.area != "02" {
		mid = fmt.Sprintf("%d", 100+r.IntN(900))
		if r.IntN(2) == 0 {
			mid = fmt.Sprintf("%d", 2000+r.IntN(8000))
		}
	}
	f.phone = fmt.Sprintf("%s-%s-%04d", o.area, mid, r.IntN(10000))
	f.fax = fmt.Sprintf("%s-%s-%04d", o.area, mid, r.IntN(10000))
	f.mail = pickOf(r, mailIDs) + fmt.Sprintf("%d", r.IntN(90)+10) + "@" + o.domain
	if r.IntN(3) == 0 {
		f.mail = pickOf(r, mailIDs) + "@korea.kr"
	}
	perm := r.Perm(len(officialNames))
	for _, k := range perm[:4] {
		f.staff = append(f.staff, officialNames[k])
	}
	f.titles = []string{pickOf(r, []string{"주무관", "행정주사보", "행정주사"}), pickOf(r, []string{"팀장", "계장"}), pickOf(r, []string{"과장", "담당관"}), pickOf(r, []string{"국장", "부구청장", "부시장"})}
	return f
}

// staffCell is an official named in duty.
func (b *bld) staff(i int) cell { return neg("official", b.off.staff[i%len(b.off.staff)]) }

// ---- people ----

type person struct {
	name     string // as written in Korean documents
	latin    string // passport spelling, foreigners only
	q        string // name qualities
	foreign  bool
	nat      string
	y, m, d  int
	female   bool
	mailUser string
}

var surnames = []string{"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "탁", "국", "어", "은", "편", "봉", "태", "피", "빈", "감", "승"}
var compound = []string{"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"}
var givenSyl = []string{"민", "서", "준", "지", "현", "수", "영", "윤", "우", "하", "은", "예", "진", "연", "유", "주", "원", "성", "재", "혜", "경", "희", "숙", "철", "호", "훈", "석", "태", "상", "용", "미", "선", "순", "옥", "남", "광", "병", "창", "승", "규", "찬", "종", "명", "택", "혁", "빈", "율", "솔", "람", "결", "담", "별", "채", "아", "나", "소", "건", "환", "식", "말", "분", "덕", "춘", "봉"}
var oneSyl = []string{"혁", "건", "솔", "별", "결", "훈", "찬", "민", "율", "담", "진", "웅", "란", "설"}
var threeSyl = []string{"하늘별", "보람찬", "슬기로", "한가람", "빛나리", "아름솔", "다솜이", "새벽빛", "누리온", "가온길"}

type foreigner struct{ nat, latin, ko string }

var foreigners = []foreigner{
	{"VNM", "NGUYEN THI HOA", "응우옌 티 호아"}, {"VNM", "TRAN VAN NAM", "쩐 반 남"}, {"VNM", "Le Thi Mai", "레 티 마이"}, {"VNM", "PHAM MINH TUAN", "팜 민 뚜언"},
	{"CHN", "WANG XIAOMING", "왕샤오밍"}, {"CHN", "LIU YANG", "리우양"}, {"CHN", "Zhao Lina", "자오리나"},
	{"PHL", "MARIA CRISTINA SANTOS", "마리아 크리스티나 산토스"}, {"PHL", "Jose Reyes", "호세 레예스"},
	{"UZB", "KARIMOV BAKHODIR", "카리모프 바호디르"}, {"UZB", "YUSUPOVA DILNOZA", "유수포바 딜노자"},
	{"NPL", "RAM BAHADUR THAPA", "람 바하두르 타파"}, {"THA", "SOMCHAI SRISUK", "솜차이 스리숙"},
	{"KHM", "SOK CHANTHA", "속 찬타"}, {"MNG", "BATBAYAR GANBOLD", "바트바야르 간볼드"},
	{"IDN", "AGUS SETIAWAN", "아구스 세티아완"}, {"USA", "John Michael Carter", "존 마이클 카터"},
	{"RUS", "IVANOV SERGEI", "이바노프 세르게이"}, {"JPN", "SATO YUKI", "사토 유키"},
	{"LKA", "PERERA KASUN", "페레라 카순"}, {"KAZ", "NURLANOV AIDAR", "누를라노프 아이다르"},
}

var romaja = map[string]string{"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "홍": "hong"}

// person makes a new person whose name the document has not used yet.
func (b *bld) person() *person {
	var p *person
	for tries := 0; tries < 20; tries++ {
		p = b.newPerson()
		if b.used == nil {
			b.used = map[string]bool{}
		}
		if !b.used[p.name] {
			break
		}
	}
	b.used[p.name] = true
	return p
}

func (b *bld) newPerson() *person {
	r := b.r
	p := &person{y: 1940 + r.IntN(66), m: 1 + r.IntN(12), d: 1 + r.IntN(28), female: r.IntN(2) == 0}
	switch x := r.IntN(20); {
	case x < 3:
		f := pickOf(r, foreigners)
		p.foreign, p.nat, p.latin = true, f.nat, f.latin
		p.name = f.ko
		p.q = "+transcribed"
		if r.IntN(2) == 0 {
			p.name, p.q = f.latin, "+latin"
		}
		p.mailUser = strings.ToLower(strings.ReplaceAll(f.latin, " ", "."))
		if len(p.mailUser) > 14 {
			p.mailUser = p.mailUser[:14]
		}
		p.mailUser = strings.TrimSuffix(p.mailUser, ".")
		return p
	case x < 5:
		p.name = pickOf(r, compound) + pickOf(r, givenSyl)
		if r.IntN(2) == 0 {
			p.name += pickOf(r, givenSyl)
		}
		p.q = "+compound"
	case x < 7:
		p.name = pickOf(r, surnames) + pickOf(r, oneSyl)
		p.q = "+given1"
	case x < 8:
		p.name = pickOf(r, surnames) + pickOf(r, threeSyl)
		p.q = "+given3"
	default:
		p.name = pickOf(r, surnames) + pickOf(r, givenSyl) + pickOf(r, givenSyl)
	}
	sur := string([]rune(p.name)[:1])
	rom, ok := romaja[sur]
	if !ok {
		rom = pickOf(r, []string{"hj", "sy", "mk", "jw", "dh"})
	}
	p.mailUser = pickOf(r, []string{"", "happy", "blue", "sky", "sun", "moon", "dream"}) + rom + pickOf(r, []string{"", ".", "_"}) + fmt.Sprintf("%d", p.y%100)
	if r.IntN(3) == 0 {
		p.mailUser = rom + pickOf(r, []string{"js", "mh", "yk", "sh", "dw"}) + fmt.Sprintf("%04d", r.IntN(10000))
	}
	return p
}

func hasBatchim(s string) bool {
	rs := []rune(s)
	if len(rs) == 0 {
		return false
	}
	c := rs[len(rs)-1]
	if c < 0xAC00 || c > 0xD7A3 {
		return true
	}
	return (c-0xAC00)%28 != 0
}

// particle picks the form of a particle that fits name: "은/는", "이/가" …
func particle(name, pair string) string {
	ps := strings.Split(pair, "/")
	if len(ps) == 1 {
		return ps[0]
	}
	if hasBatchim(name) {
		return ps[0]
	}
	return ps[1]
}

// nm is one occurrence of p's name followed by suffix (a particle pair
// such as "은/는" or plain text). In a clean document it is a mask.
func (b *bld) nm(p *person, suffix string) cell {
	name := p.name
	if b.clean {
		rs := []rune(name)
		masked := string(rs[:1]) + pickOf(b.r, []string{"○○", "**", "OO", "모 씨", "△△"})
		if p.latin != "" && name == p.latin {
			var parts []string
			for _, f := range strings.Fields(name) {
				parts = append(parts, f[:1]+"***")
			}
			masked = strings.Join(parts, " ")
		}
		return neg("masked", masked).then(particle(masked, suffix))
	}
	q := p.q
	if p.latin == "" && b.chance(0.08) {
		rs := []rune(name)
		var parts []string
		for _, c := range rs {
			parts = append(parts, string(c))
		}
		name = strings.Join(parts, " ")
		q += "+spaced"
	}
	c := itm(tName, name, q)
	if suffix != "" {
		s := particle(p.name, suffix)
		c = c.then(s)
		if r := []rune(s); len(r) > 0 && r[0] >= 0xAC00 && r[0] <= 0xD7A3 {
			c.q += "+particle"
		}
	}
	return c
}

// ---- value forms ----

func digits(r *rand.Rand, n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(byte('0' + r.IntN(10)))
	}
	return sb.String()
}

func fullwidth(s string) string {
	var sb strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			sb.WriteRune(c - '0' + 0xFF10)
		} else {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

func rrnCheck(d12 string) byte {
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	s := 0
	for i := 0; i < 12; i++ {
		s += int(d12[i]-'0') * w[i]
	}
	return byte('0' + (11-s%11)%10)
}

// regno is a resident (or foreign resident) registration number of p.
func (b *bld) regno(p *person) cell {
	typ := tRRN
	g := 1
	if p.y >= 2000 {
		g = 3
	}
	if p.female {
		g++
	}
	if p.foreign {
		typ = tFRN
		g += 4
	}
	front := fmt.Sprintf("%02d%02d%02d", p.y%100, p.m, p.d)
	back := fmt.Sprintf("%d", g) + digits(b.r, 5)
	if b.clean {
		return neg("masked", front+"-"+back[:1]+"******")
	}
	back += string(rrnCheck(front + back))
	if b.chance(0.2) {
		back = back[:6] + string('0'+byte((back[6]-'0'+1)%10)) // a number that fails the check digit
	}
	switch x := b.r.IntN(20); {
	case x < 8:
		return itm(typ, front+"-"+back, "+dash")
	case x < 10:
		return itm(typ, front+back, "+nodash")
	case x < 12:
		return itm(typ, front+" - "+back, "+spaced")
	case x < 13:
		return itm(typ, front+" "+back, "+space")
	case x < 14:
		return itm(typ, fullwidth(front+"-"+back), "+fullwidth")
	case x < 15:
		return itm(typ, front+"－"+back, "+widedash")
	case x < 17:
		return itm(typ, front+"-"+back[:4]+"***", "+sloppy")
	case x < 18:
		return itm(typ, "****"+front[4:]+"-"+back, "+sloppy")
	default:
		return itm(typ, front+"–"+back, "+endash")
	}
}

var mobPrefix = []string{"010", "010", "010", "010", "010", "011", "016", "017", "019"}

func (b *bld) mobile() cell {
	pre := pickOf(b.r, mobPrefix)
	mid := digits(b.r, 4)
	if pre != "010" && b.chance(0.6) {
		mid = digits(b.r, 3)
	}
	mid = string('1'+byte(b.r.IntN(9))) + mid[1:]
	end := digits(b.r, 4)
	if b.clean {
		return neg("masked", pickOf(b.r, []string{pre + "-****-" + end, pre + "-" + mid[:2] + "**-****", pre + "-****-****"}))
	}
	switch x := b.r.IntN(22); {
	case x < 8:
		return itm(tMobile, pre+"-"+mid+"-"+end, "+dash")
	case x < 10:
		return itm(tMobile, pre+mid+end, "+nodash")
	case x < 12:
		return itm(tMobile, pre+" "+mid+" "+end, "+space")
	case x < 13:
		return itm(tMobile, pre+"."+mid+"."+end, "+dot")
	case x < 14:
		return itm(tMobile, "("+pre+")"+mid+"-"+end, "+paren")
	case x < 16:
		return itm(tMobile, "+82-"+pre[1:]+"-"+mid+"-"+end, "+intl")
	case x < 17:
		return itm(tMobile, "+82 "+pre[1:]+" "+mid+" "+end, "+intl")
	case x < 18:
		return itm(tMobile, pre+" - "+mid+" - "+end, "+spaced")
	case x < 19:
		return itm(tMobile, fullwidth(pre+"-"+mid+"-"+end), "+fullwidth")
	case x < 20:
		return itm(tMobile, pre+"-"+mid[:2]+"**-"+end, "+sloppy")
	case x < 21:
		return itm(tMobile, pre+"-"+mid+"-"+end[:2]+"**", "+sloppy")
	default:
		return itm(tMobile, pre+"-"+mid+end, "+halfdash")
	}
}

var areas = []string{"02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064", "070"}

func (b *bld) landline() cell {
	a := pickOf(b.r, areas)
	mid := string('2'+byte(b.r.IntN(8))) + digits(b.r, 2)
	if b.chance(0.5) {
		mid += digits(b.r, 1)
	}
	end := digits(b.r, 4)
	if b.clean {
		return neg("masked", a+"-"+"***-"+end)
	}
	switch x := b.r.IntN(20); {
	case x < 7:
		return itm(tLandline, a+"-"+mid+"-"+end, "+dash")
	case x < 9:
		return itm(tLandline, "("+a+")"+mid+"-"+end, "+paren")
	case x < 11:
		return itm(tLandline, a+")"+mid+"-"+end, "+halfparen")
	case x < 12:
		return itm(tLandline, a+mid+end, "+nodash")
	case x < 14:
		return itm(tLandline, a+" "+mid+" "+end, "+space")
	case x < 15:
		return itm(tLandline, a+"."+mid+"."+end, "+dot")
	case x < 17:
		return itm(tLandline, "+82-"+a[1:]+"-"+mid+"-"+end, "+intl")
	case x < 18:
		return itm(tLandline, "("+a+") "+mid+"-"+end, "+paren")
	case x < 19:
		return itm(tLandline, a+"-"+mid+"-"+end[:2]+"**", "+sloppy")
	default:
		return itm(tLandline, a+"-"+mid+end, "+halfdash")
	}
}

var mailDomains = []string{"naver.com", "naver.com", "daum.net", "hanmail.net", "gmail.com", "gmail.com", "kakao.com", "nate.com", "hotmail.com", "yahoo.co.kr", "outlook.com", "icloud.com"}

func (b *bld) email(p *person) cell {
	u := p.mailUser
	d := pickOf(b.r, mailDomains)
	if b.clean {
		return neg("masked", u[:min(2, len(u))]+"****@"+d)
	}
	switch x := b.r.IntN(12); {
	case x < 8:
		return itm(tEmail, u+"@"+d, "+plain")
	case x < 9:
		return itm(tEmail, strings.ToUpper(u)+"@"+strings.ToUpper(d), "+upper")
	case x < 10:
		return itm(tEmail, u+" @ "+d, "+spaced")
	case x < 11:
		return itm(tEmail, u+"(at)"+d, "+obfuscated")
	default:
		return itm(tEmail, u[:min(3, len(u))]+"***"+u[min(3, len(u)):]+"@"+d, "+sloppy")
	}
}

func luhn(prefix string, n int, r *rand.Rand) string {
	s := prefix + digits(r, n-len(prefix)-1)
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return s + string(byte('0'+(10-sum%10)%10))
}

func (b *bld) card() cell {
	pre := pickOf(b.r, []string{"4", "5", "9410", "9430", "4518", "5365", "6243"})
	if b.chance(0.1) {
		c := luhn("37", 15, b.r)
		if b.clean {
			return neg("masked", "3***-******-*"+c[11:])
		}
		return itm(tCard, c[:4]+"-"+c[4:10]+"-"+c[10:], "+amex")
	}
	c := luhn(pre, 16, b.r)
	g := []string{c[:4], c[4:8], c[8:12], c[12:]}
	if b.clean {
		return neg("masked", "****-****-****-"+g[3])
	}
	switch x := b.r.IntN(10); {
	case x < 5:
		return itm(tCard, strings.Join(g, "-"), "+dash")
	case x < 7:
		return itm(tCard, strings.Join(g, " "), "+space")
	case x < 8:
		return itm(tCard, c, "+nodash")
	case x < 9:
		return itm(tCard, g[0]+"-"+g[1]+"-****-"+g[3], "+sloppy")
	default:
		return itm(tCard, g[0]+"-"+g[1][:2]+"**-**"+g[2][2:]+"-"+g[3], "+sloppy")
	}
}

type bank struct {
	name  string
	parts []int
}

var banks = []bank{
	{"국민은행", []int{6, 2, 6}}, {"KB국민은행", []int{3, 2, 4, 3}}, {"신한은행", []int{3, 3, 6}}, {"우리은행", []int{4, 3, 6}},
	{"농협은행", []int{3, 4, 4, 2}}, {"NH농협", []int{6, 2, 6}}, {"하나은행", []int{3, 6, 5}}, {"IBK기업은행", []int{3, 6, 2, 3}},
	{"카카오뱅크", []int{4, 2, 7}}, {"우체국", []int{6, 2, 6}}, {"새마을금고", []int{4, 4, 4, 1}}, {"부산은행", []int{3, 4, 4, 2}},
	{"대구은행", []int{3, 2, 6, 1}}, {"토스뱅크", []int{4, 4, 4}}, {"SC제일은행", []int{3, 2, 6}}, {"수협", []int{4, 4, 4}},
}

// account returns the bank (a negative) and the account number.
func (b *bld) account() (cell, cell) {
	bk := pickOf(b.r, banks)
	var ps []string
	for _, n := range bk.parts {
		ps = append(ps, digits(b.r, n))
	}
	bn := neg("bank", bk.name)
	if b.clean {
		last := ps[len(ps)-1]
		return bn, neg("masked", strings.Repeat("*", 6)+"-**-"+last[max(0, len(last)-3):])
	}
	switch x := b.r.IntN(10); {
	case x < 6:
		return bn, itm(tAccount, strings.Join(ps, "-"), "+dash")
	case x < 8:
		return bn, itm(tAccount, strings.Join(ps, ""), "+nodash")
	case x < 9:
		return bn, itm(tAccount, strings.Join(ps, " "), "+space")
	default:
		j := strings.Join(ps, "-")
		return bn, itm(tAccount, j[:len(j)-3]+"***", "+sloppy")
	}
}

func upper(r *rand.Rand) string { return string(rune('A' + r.IntN(26))) }

// passport is a passport number of p's country (Korean for Koreans).
func (b *bld) passport(p *person) cell {
	r := b.r
	nat := "KOR"
	if p.foreign {
		nat = p.nat
	}
	var v string
	switch nat {
	case "KOR":
		if r.IntN(2) == 0 {
			v = pickOf(r, []string{"M", "M", "S", "R", "G"}) + digits(r, 8)
		} else {
			v = "M" + digits(r, 3) + upper(r) + digits(r, 4)
		}
	case "VNM":
		v = pickOf(r, []string{"B", "C", "N", "P"}) + digits(r, 7)
	case "CHN":
		v = pickOf(r, []string{"E", "EA", "EB", "G"})
		v += digits(r, 9-len(v))
	case "PHL":
		v = "P" + digits(r, 7) + upper(r)
	case "UZB", "KAZ":
		v = pickOf(r, []string{"AA", "AB", "FA", "N"}) + digits(r, 7)
	case "NPL":
		v = digits(r, 8)
	case "THA", "MNG":
		v = upper(r) + upper(r) + digits(r, 7)
	case "KHM":
		v = "N" + digits(r, 8)
	case "IDN":
		v = pickOf(r, []string{"A", "B", "C", "X"}) + digits(r, 7)
	case "USA":
		v = digits(r, 9)
	case "RUS":
		v = digits(r, 2) + " " + digits(r, 7)
	case "JPN":
		v = pickOf(r, []string{"TK", "TR", "MU", "TZ"}) + digits(r, 7)
	case "LKA":
		v = "N" + digits(r, 7)
	default:
		v = upper(r) + digits(r, 8)
	}
	if b.clean {
		return neg("masked", v[:1]+strings.Repeat("*", len(v)-1))
	}
	q := "+" + strings.ToLower(nat)
	if r.IntN(8) == 0 && !strings.Contains(v, " ") {
		v = v[:len(v)-4] + "****"
		q += "+sloppy"
	}
	return itm(tPassport, v, q)
}

var licRegions = []string{"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"}

func (b *bld) licence() cell {
	yy := fmt.Sprintf("%02d", b.r.IntN(100))
	mid, end := digits(b.r, 6), digits(b.r, 2)
	code := fmt.Sprintf("%d", 11+b.r.IntN(18))
	if b.clean {
		return neg("masked", code+"-"+yy+"-******-**")
	}
	switch x := b.r.IntN(10); {
	case x < 4:
		return itm(tLicence, code+"-"+yy+"-"+mid+"-"+end, "+numeric")
	case x < 6:
		return itm(tLicence, pickOf(b.r, licRegions)+" "+yy+"-"+mid+"-"+end, "+region")
	case x < 7:
		return itm(tLicence, pickOf(b.r, licRegions)+yy+"-"+mid+"-"+end, "+region")
	case x < 8:
		return itm(tLicence, code+yy+mid+end, "+nodash")
	case x < 9:
		return itm(tLicence, code+" "+yy+" "+mid+" "+end, "+space")
	default:
		return itm(tLicence, code+"-"+yy+"-"+mid[:3]+"***-"+end, "+sloppy")
	}
}

var plateSyl = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "하", "허", "호", "바", "사", "아", "자"}
var plateRegions = []string{"서울", "경기", "인천", "부산", "대구", "충남", "전북", "경남", "제주", "강원"}

func (b *bld) plate() cell {
	s := pickOf(b.r, plateSyl)
	num := digits(b.r, 4)
	front := fmt.Sprintf("%d", 10+b.r.IntN(90))
	if b.chance(0.5) {
		front = fmt.Sprintf("%d", 100+b.r.IntN(900))
	}
	if b.clean {
		return neg("masked", front+s+" ****")
	}
	switch x := b.r.IntN(10); {
	case x < 4:
		return itm(tPlate, front+s+" "+num, "+space")
	case x < 6:
		return itm(tPlate, front+s+num, "+tight")
	case x < 8:
		return itm(tPlate, pickOf(b.r, plateRegions)+" "+front[:2]+s+" "+num, "+region")
	case x < 9:
		return itm(tPlate, pickOf(b.r, plateRegions)+front[:2]+s+num, "+region")
	default:
		return itm(tPlate, front+" "+s+" "+num, "+spaced")
	}
}

var monthsEn = []string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}
var monthsLong = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func (b *bld) birth(p *person) cell {
	y, m, d := p.y, p.m, p.d
	if b.clean {
		return neg("masked", fmt.Sprintf("%d. **. **.", y))
	}
	switch x := b.r.IntN(24); {
	case x < 5:
		return itm(tBirth, fmt.Sprintf("%d. %d. %d.", y, m, d), "+dots")
	case x < 8:
		return itm(tBirth, fmt.Sprintf("%d-%02d-%02d", y, m, d), "+iso")
	case x < 11:
		return itm(tBirth, fmt.Sprintf("%d년 %d월 %d일", y, m, d), "+hangul")
	case x < 13:
		return itm(tBirth, fmt.Sprintf("%02d.%02d.%02d", y%100, m, d), "+short")
	case x < 15:
		return itm(tBirth, fmt.Sprintf("%02d%02d%02d", y%100, m, d), "+six")
	case x < 16:
		return itm(tBirth, fmt.Sprintf("%d/%02d/%02d", y, m, d), "+slash")
	case x < 17:
		return itm(tBirth, fmt.Sprintf("%02d %s %d", d, monthsEn[m-1], y), "+dmy-en")
	case x < 18:
		return itm(tBirth, fmt.Sprintf("%s %d, %d", monthsLong[m-1], d, y), "+mdy-en")
	case x < 19:
		return itm(tBirth, fmt.Sprintf("%d%02d%02d", y, m, d), "+eight")
	case x < 20:
		return itm(tBirth, fmt.Sprintf("'%02d. %d. %d.", y%100, m, d), "+apos")
	case x < 21:
		return itm(tBirth, fmt.Sprintf("%d.%02d.%02d", y, m, d), "+dots")
	case x < 22:
		return itm(tBirth, fmt.Sprintf("%02d/%02d/%d", d, m, y), "+dmy")
	case x < 23:
		return itm(tBirth, fmt.Sprintf("%d년%d월%d일", y, m, d), "+hangul")
	default:
		return itm(tBirth, fmt.Sprintf("%d. %02d. **.", y, m), "+sloppy")
	}
}

type city struct {
	sido, sigungu string
	roads, dongs  []string
}

var cities = []city{
	{"서울특별시", "은평구", []string{"통일로", "연서로", "은평로", "진흥로"}, []string{"불광동", "응암동", "갈현동"}},
	{"서울특별시", "강서구", []string{"공항대로", "화곡로", "강서로"}, []string{"화곡동", "등촌동", "방화동"}},
	{"서울", "관악구", []string{"남부순환로", "봉천로", "신림로"}, []string{"봉천동", "신림동"}},
	{"경기도", "수원시 팔달구", []string{"효원로", "권광로", "중부대로"}, []string{"인계동", "우만동", "지동"}},
	{"경기도", "안산시 단원구", []string{"원곡로", "선부광장로", "중앙대로"}, []string{"원곡동", "선부동", "초지동"}},
	{"경기", "화성시", []string{"향남로", "봉담읍 동화길"}, []string{"향남읍 행정리", "봉담읍 수기리"}},
	{"인천광역시", "남동구", []string{"인주대로", "구월로", "만수로"}, []string{"구월동", "만수동", "간석동"}},
	{"부산광역시", "해운대구", []string{"해운대로", "좌동순환로", "달맞이길"}, []string{"우동", "중동", "좌동"}},
	{"대구광역시", "북구", []string{"칠곡중앙대로", "동천로"}, []string{"동천동", "산격동"}},
	{"충청남도", "아산시", []string{"번영로", "온천대로"}, []string{"배방읍 장재리", "온천동"}},
	{"전라남도", "영암군", []string{"삼호중앙로", "대불로"}, []string{"삼호읍 용앙리", "삼호읍 난전리"}},
	{"경상북도", "구미시", []string{"구미대로", "인동중앙로"}, []string{"인의동", "진평동"}},
	{"제주특별자치도", "서귀포시", []string{"중정로", "일주서로"}, []string{"서홍동", "대정읍 하모리"}},
}

var aptNames = []string{"한빛마을", "푸른솔", "e편한세상", "래미안", "주공", "현대홈타운", "부영", "LH휴먼시아", "행복마을", "SK뷰"}

func (b *bld) address() cell {
	c := pickOf(b.r, cities)
	num := fmt.Sprintf("%d", 1+b.r.IntN(400))
	if b.chance(0.3) {
		num += fmt.Sprintf("-%d", 1+b.r.IntN(30))
	}
	apt := ""
	if b.chance(0.5) {
		apt = fmt.Sprintf("%d동 %d호", 101+b.r.IntN(15), (1+b.r.IntN(25))*100+1+b.r.IntN(4))
	}
	if b.clean {
		return neg("masked", c.sido+" "+c.sigungu+" "+pickOf(b.r, c.dongs)+" ***")
	}
	switch x := b.r.IntN(12); {
	case x < 4:
		s := c.sido + " " + c.sigungu + " " + pickOf(b.r, c.roads) + " " + num
		q := "+road"
		if apt != "" {
			s += ", " + apt
			q += "+apt"
		}
		return itm(tAddress, s, q)
	case x < 6:
		s := c.sido + " " + c.sigungu + " " + pickOf(b.r, c.roads) + " " + num
		if apt != "" {
			s += ", " + apt + " (" + pickOf(b.r, c.dongs) + ", " + pickOf(b.r, aptNames) + "아파트)"
		} else {
			s += " (" + pickOf(b.r, c.dongs) + ")"
		}
		return itm(tAddress, s, "+road+dong")
	case x < 8:
		s := c.sido + " " + c.sigungu + " " + pickOf(b.r, c.dongs) + " " + num + "번지"
		return itm(tAddress, s, "+lot")
	case x < 9:
		s := c.sigungu + " " + pickOf(b.r, c.dongs) + " " + num
		if apt != "" {
			s += " " + pickOf(b.r, aptNames) + " " + apt
		}
		return itm(tAddress, s, "+lot+partial")
	case x < 10:
		s := c.sido + " " + c.sigungu + " " + pickOf(b.r, c.dongs) + " " + pickOf(b.r, aptNames) + "아파트 " + fmt.Sprintf("%d-%d", 101+b.r.IntN(15), (1+b.r.IntN(25))*100+1+b.r.IntN(4))
		return itm(tAddress, s, "+apt+short")
	case x < 11:
		s := pickOf(b.r, c.roads) + " " + num + " " + fmt.Sprintf("%d호", 100+b.r.IntN(500))
		return itm(tAddress, s, "+road+partial")
	default:
		s := fmt.Sprintf("(%05d) ", 1000+b.r.IntN(63000)) + c.sido + " " + c.sigungu + " " + pickOf(b.r, c.roads) + " " + num
		return itm(tAddress, s, "+road+postcode")
	}
}

func (b *bld) ip() cell {
	if b.clean {
		return neg("masked", fmt.Sprintf("%d.%d.***.***", 100+b.r.IntN(120), b.r.IntN(256)))
	}
	if b.chance(0.12) {
		return itm(tIP, fmt.Sprintf("2001:%x:%x:%x::%x", 0x200+b.r.IntN(0xd00), b.r.IntN(0xffff), b.r.IntN(0xffff), 1+b.r.IntN(0xfff)), "+v6")
	}
	a := pickOf(b.r, []int{1, 14, 27, 39, 58, 59, 61, 106, 112, 115, 118, 121, 125, 175, 180, 183, 211, 218, 220, 222})
	v := fmt.Sprintf("%d.%d.%d.%d", a, b.r.IntN(256), b.r.IntN(256), 1+b.r.IntN(254))
	if b.chance(0.1) {
		v = v[:strings.LastIndex(v, ".")] + ".***"
		return itm(tIP, v, "+sloppy")
	}
	return itm(tIP, v, "+v4")
}
