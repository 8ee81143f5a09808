package citydocs

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type office struct {
	org, head, dept, team string
	tel, fax, zip, addr   string
	site, domain, code    string
}

var offices = []office{
	{org: "서울특별시", head: "서울특별시장", tel: "02-2133-", fax: "02-2133-", zip: "04524", addr: "서울특별시 중구 세종대로 110", site: "www.seoul.go.kr", domain: "seoul.go.kr"},
	{org: "서울특별시 마포구", head: "마포구청장", tel: "02-3153-", fax: "02-3153-", zip: "03937", addr: "서울특별시 마포구 월드컵로 212", site: "www.mapo.go.kr", domain: "mapo.go.kr"},
	{org: "서울특별시 강남구", head: "강남구청장", tel: "02-3423-", fax: "02-3423-", zip: "06090", addr: "서울특별시 강남구 학동로 426", site: "www.gangnam.go.kr", domain: "gangnam.go.kr"},
	{org: "서울특별시 성동구", head: "성동구청장", tel: "02-2286-", fax: "02-2286-", zip: "04750", addr: "서울특별시 성동구 고산자로 270", site: "www.sd.go.kr", domain: "sd.go.kr"},
	{org: "서울특별시 노원구", head: "노원구청장", tel: "02-2116-", fax: "02-2116-", zip: "01689", addr: "서울특별시 노원구 노해로 437", site: "www.nowon.kr", domain: "nowon.kr"},
	{org: "서울특별시 관악구", head: "관악구청장", tel: "02-879-", fax: "02-879-", zip: "08832", addr: "서울특별시 관악구 관악로 145", site: "www.gwanak.go.kr", domain: "ga.go.kr"},
	{org: "서울특별시 은평구", head: "은평구청장", tel: "02-351-", fax: "02-351-", zip: "03386", addr: "서울특별시 은평구 은평로 195", site: "www.ep.go.kr", domain: "ep.go.kr"},
	{org: "경기도 성남시", head: "성남시장", tel: "031-729-", fax: "031-729-", zip: "13437", addr: "경기도 성남시 중원구 성남대로 997", site: "www.seongnam.go.kr", domain: "korea.kr"},
}

var deptsByKind = map[string][]string{
	"complaint": {"교통지도과", "주택과", "청소행정과", "건축과", "민원여권과", "도로관리과"},
	"minutes":   {"도시계획과", "주민자치과", "문화예술과", "자치행정과", "복지정책과"},
	"subsidy":   {"복지정책과", "일자리정책과", "소상공인지원과", "청년정책과", "어르신복지과"},
	"notice":    {"부과징수과", "교통행정과", "건축과", "위생과", "주차관리과"},
	"briefing":  {"도시재생과", "도시계획과", "공원녹지과", "재개발정비과", "교통정책과"},
	"contract":  {"재무과", "계약과", "회계과", "도로계획과", "시설관리과"},
	"criminal":  {"위생과", "환경과", "감사담당관", "건축과", "복지정책과"},
	"audit":     {"감사담당관", "감사과", "조사담당관"},
	"foreign":   {"외국인주민지원과", "글로벌도시정책과", "다문화가족팀", "외국인다문화과"},
}

func (g *gen) office(kind string) office {
	o := offices[g.r.IntN(len(offices))]
	o.dept = g.pick(deptsByKind[kind])
	o.team = g.pick([]string{"총괄팀", "지원팀", "운영팀", "관리팀", "기획팀", "1팀", "2팀"})
	o.code = o.dept + "-" + fmt.Sprint(g.in(1000, 29999))
	return o
}

var surnames = []string{"김", "김", "김", "이", "이", "이", "박", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "엄", "채", "원", "방", "천", "공", "현", "함", "염", "여", "추", "석", "설", "마", "길", "연", "표", "명", "반", "왕", "금", "옥", "인", "맹", "탁", "국", "어", "편", "용", "봉", "태", "피", "두", "감", "빈", "온", "범", "좌"}
var compound = []string{"남궁", "제갈", "선우", "황보", "독고", "사공", "서문"}
var given2 = []string{"민준", "서연", "지훈", "수빈", "예은", "현우", "도윤", "하은", "지민", "성호", "영숙", "미경", "정희", "상철", "동현", "은정", "경민", "혜진", "재석", "순자", "옥순", "말순", "병철", "기순", "윤서", "채원", "시우", "건우", "지안", "다인", "태희", "보람", "한결", "슬기", "나래", "아름", "가온", "준서", "유진", "승민", "명숙", "춘자", "영호", "광수", "덕희", "분이", "점례", "철민", "용수", "소희", "가윤", "서진", "하린", "연우", "주원", "태민", "정란", "금순", "봉수", "창호"}
var given1 = []string{"훈", "진", "결", "솔", "별", "범", "혁", "건", "윤", "담", "율", "찬", "란", "숙"}
var given3 = []string{"빛나리", "아름솔", "하늘빛", "슬기로", "한가람", "보라미", "새롬이", "다솜이", "그루터", "나비야"}
var offGiven = []string{"경수", "민호", "재훈", "수진", "영미", "현정", "성민", "지영", "태호", "윤정", "상우", "미라", "종혁", "은숙", "승현", "동욱", "혜란", "기철", "선영", "정우"}

type foreignName struct{ latin, hangul, nat string }

var foreignNames = []foreignName{
	{"NGUYEN VAN AN", "응우옌 반 안", "베트남"}, {"TRAN THI MAI", "쩐 티 마이", "베트남"}, {"LE MINH TUAN", "레 민 뚜안", "베트남"},
	{"PHAM THI HOA", "팜 티 호아", "베트남"}, {"WANG XIAOMING", "왕샤오밍", "중국"}, {"LIU YANG", "류양", "중국"},
	{"ZHANG WEI", "장웨이", "중국"}, {"KARIMOV RUSTAM", "카리모프 루스탐", "우즈베키스탄"}, {"ALIEVA DILNOZA", "알리예바 딜노자", "우즈베키스탄"},
	{"SANTOS MARIA CLARA", "산토스 마리아 클라라", "필리핀"}, {"DELA CRUZ JOSE", "델라크루스 호세", "필리핀"}, {"BATBAYAR GANBOLD", "바트바야르 간볼드", "몽골"},
	{"SOMCHAI WONGSA", "솜차이 웡사", "태국"}, {"GURUNG RAM BAHADUR", "구룽 람 바하두르", "네팔"}, {"SMITH JOHN MICHAEL", "스미스 존 마이클", "미국"},
	{"IVANOVA OLGA", "이바노바 올가", "러시아"}, {"RAHMAN MD ABDUL", "라흐만 모하마드 압둘", "방글라데시"}, {"SARI DEWI", "사리 데위", "인도네시아"},
}

type person struct {
	name, sur, giv string
	latin          string
	nat            string
	foreign        bool
	y, m, d        int
	female         bool
	mobile         string
	addr           string
	quality        string // name qualities: compound, short, long, latin …
}

func (g *gen) newName() (sur, giv, q string) {
	for {
		sur = g.pick(surnames)
		q = ""
		if g.p(8) {
			sur = g.pick(compound)
			q = "+compound"
		}
		switch {
		case g.p(8):
			giv = g.pick(given1)
			q += "+short"
		case g.p(5):
			giv = g.pick(given3)
			q += "+long"
		default:
			giv = g.pick(given2)
		}
		if !g.used[sur+giv] && sur != giv {
			g.used[sur+giv] = true
			return
		}
	}
}

func (g *gen) person() *person {
	p := &person{}
	p.sur, p.giv, p.quality = g.newName()
	p.name = p.sur + p.giv
	p.y, p.m, p.d = g.in(1941, 2004), g.in(1, 12), g.in(1, 28)
	p.female = g.p(50)
	p.mobile = "010-" + g.dg(4) + "-" + g.dg(4)
	p.addr = g.addrValue()
	return p
}

func (g *gen) foreigner() *person {
	p := g.person()
	for {
		f := foreignNames[g.r.IntN(len(foreignNames))]
		if !g.used[f.latin] {
			g.used[f.latin] = true
			p.latin, p.name, p.nat = f.latin, f.hangul, f.nat
			break
		}
	}
	p.foreign = true
	p.y = g.in(1965, 2003)
	p.quality = ""
	return p
}

// official returns an exempt official's name.
func (g *gen) official() string {
	for {
		n := g.pick(surnames[:40]) + g.pick(offGiven)
		if !g.used[n] {
			g.used[n] = true
			g.d.Exempt = append(g.d.Exempt, n)
			return n
		}
	}
}

func hasBatchim(s string) (bool, bool) {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r < 0xAC00 || r > 0xD7A3 {
		return false, false
	}
	f := (r - 0xAC00) % 28
	return f != 0, f == 8
}

// particle returns the particle form for a name.
func particle(name, p string) string {
	b, rieul := hasBatchim(name)
	switch p {
	case "은":
		if b {
			return "은"
		}
		return "는"
	case "이":
		if b {
			return "이"
		}
		return "가"
	case "으로":
		if b && !rieul {
			return "으로"
		}
		return "로"
	case "이다":
		if b {
			return "이다"
		}
		return "다"
	}
	return p
}

func spaced(s string) string {
	rs := []rune(s)
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = string(r)
	}
	return strings.Join(parts, " ")
}

func masked(p *person) string {
	if p.foreign {
		if p.latin != "" {
			return p.latin[:1] + "****"
		}
	}
	n := utf8.RuneCountInString(p.giv)
	return p.sur + strings.Repeat("○", max(n, 2))
}

// nm writes a mention of p's name with place as the form's place and
// particle (already a surface form or a class like 은/이/으로) after it.
func (g *gen) nm(p *person, place, part string) {
	suffix := ""
	if part != "" {
		suffix = particle(p.name, part)
	}
	if g.clean {
		g.neg("masked", masked(p))
		if part != "" {
			g.w(particle("○", part))
		}
		return
	}
	form := place + p.quality
	v := p.name
	if p.foreign {
		if p.latin != "" && g.p(40) {
			v = p.latin
			form += "+latin"
			suffix = ""
			if part != "" {
				suffix = g.pick([]string{" 씨", " 님", "(" + p.nat + ")", ""})
			}
		} else {
			form += "+translit"
			suffix = particle(v, part)
		}
	} else if g.p(7) {
		v = spaced(p.name)
		form += "+spaced"
	}
	if part != "" {
		form += "+particle:" + strings.TrimSpace(suffix)
	}
	g.item(tName, form, v)
	g.w(suffix)
}

// nmPlain writes a mention without particle choice (table cells).
func (g *gen) nmCell(p *person, place string) { g.nm(p, place, "") }

func (g *gen) nmLatin(p *person, place string) {
	if g.clean {
		g.neg("masked", masked(p))
		return
	}
	g.item(tName, place+"+latin", p.latin)
}

func (g *gen) nmHangul(p *person, place string) {
	if g.clean {
		g.neg("masked", p.name[:len(string([]rune(p.name)[0]))]+"○○")
		return
	}
	g.item(tName, place+"+translit", p.name)
}

func yy(y int) string { return fmt.Sprintf("%02d", y%100) }

func (g *gen) rrnValue(p *person) (string, string) {
	var s int
	switch {
	case p.y < 2000 && !p.female:
		s = 1
	case p.y < 2000:
		s = 2
	case !p.female:
		s = 3
	default:
		s = 4
	}
	front := fmt.Sprintf("%s%02d%02d", yy(p.y), p.m, p.d)
	back := fmt.Sprintf("%d%s", s, g.dg(6))
	switch g.in(0, 9) {
	case 0:
		return front + back, "+compact"
	case 1:
		return front + "-" + back[:4] + "***", "+partialmask"
	case 2:
		return front + " - " + back, "+spaced"
	}
	return front + "-" + back, ""
}

func (g *gen) rrnMasked(p *person) string {
	return fmt.Sprintf("%s%02d%02d-%d******", yy(p.y), p.m, p.d, 1+g.r.IntN(2))
}

func (g *gen) frnValue(p *person) (string, string) {
	s := 5 + g.r.IntN(2)
	if p.y >= 2000 {
		s = 7 + g.r.IntN(2)
	}
	v := fmt.Sprintf("%s%02d%02d-%d%s", yy(p.y), p.m, p.d, s, g.dg(6))
	if g.p(10) {
		return v[:10] + "***", "+partialmask"
	}
	return v, ""
}

func (g *gen) birthValue(p *person) (string, string) {
	switch g.in(0, 8) {
	case 0:
		return fmt.Sprintf("%d.%02d.%02d", p.y, p.m, p.d), "+dotted"
	case 1:
		return fmt.Sprintf("%s.%02d.%02d.", yy(p.y), p.m, p.d), "+short"
	case 2:
		return fmt.Sprintf("%d년 %d월 %d일", p.y, p.m, p.d), "+hangul"
	case 3:
		return fmt.Sprintf("%s%02d%02d", yy(p.y), p.m, p.d), "+sixdigit"
	case 4:
		return fmt.Sprintf("%d-%02d-%02d", p.y, p.m, p.d), "+iso"
	case 5:
		return fmt.Sprintf("%d. %d. %d.", p.y, p.m, p.d), "+spaced"
	case 6:
		return fmt.Sprintf("%d/%02d/%02d", p.y, p.m, p.d), "+slash"
	case 7:
		return fmt.Sprintf("%d%02d%02d", p.y, p.m, p.d), "+eightdigit"
	}
	return fmt.Sprintf("%d.%d.%d", p.y, p.m, p.d), "+dotted"
}

// birthProse writes "1988년 10월 7일생" style birth mentions.
func (g *gen) birthProse(p *person, place string) {
	if g.clean {
		g.w("19**년생")
		return
	}
	if g.p(50) {
		g.item(tBirth, place+"+hangul", fmt.Sprintf("%d년 %d월 %d일", p.y, p.m, p.d))
		g.w("생")
	} else {
		g.item(tBirth, place+"+dotted", fmt.Sprintf("%d. %d. %d.", p.y, p.m, p.d))
		g.w("생")
	}
}

func (g *gen) mobileValue(p *person) (string, string) {
	v := p.mobile
	switch g.in(0, 9) {
	case 0:
		return strings.ReplaceAll(v, "-", ""), "+compact"
	case 1:
		return strings.ReplaceAll(v, "-", " "), "+spaced"
	case 2:
		return strings.ReplaceAll(v, "-", "."), "+dotted"
	case 3:
		return v[:len(v)-2] + "**", "+partialmask"
	case 4:
		return "010)" + v[4:], "+paren"
	}
	return v, ""
}

func (g *gen) mobileMasked(p *person) string {
	return "010-****-" + p.mobile[len(p.mobile)-4:]
}

var areaCodes = []string{"02", "02", "02", "031", "032", "033", "051", "064"}

func (g *gen) landValue() (string, string) {
	a := g.pick(areaCodes)
	mid := g.dg(3)
	if a != "02" || g.p(50) {
		mid = fmt.Sprint(g.in(200, 999))
	} else {
		mid = fmt.Sprint(g.in(2000, 9999))
	}
	last := g.dg(4)
	switch g.in(0, 5) {
	case 0:
		return "(" + a + ")" + mid + "-" + last, "+paren"
	case 1:
		return a + ")" + mid + "-" + last, "+halfparen"
	case 2:
		return a + "." + mid + "." + last, "+dotted"
	case 3:
		return a + " " + mid + " " + last, "+spaced"
	}
	return a + "-" + mid + "-" + last, ""
}

var mailHosts = []string{"naver.com", "gmail.com", "daum.net", "hanmail.net", "nate.com", "kakao.com", "hotmail.com", "yahoo.co.kr"}
var mailIDs = []string{"sunny", "blue", "happy", "mintcat", "jjang", "star", "moon", "hope", "rainy", "dream", "apple", "ssam", "gogo", "tiger"}

func (g *gen) emailValue() string {
	id := g.pick(mailIDs)
	switch g.in(0, 3) {
	case 0:
		id += g.dg(2)
	case 1:
		id = g.pick(mailIDs) + "_" + id
	case 2:
		id += "." + g.pick([]string{"kim", "lee", "park", "choi", "jung"}) + g.dg(3)
	}
	return id + "@" + g.pick(mailHosts)
}

var banks = []string{"국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "IBK기업은행", "새마을금고", "우체국", "카카오뱅크", "토스뱅크", "SC제일은행", "수협은행"}

func (g *gen) accountValue(bank string) string {
	switch bank {
	case "국민은행":
		return g.dg(6) + "-" + g.dg(2) + "-" + g.dg(6)
	case "신한은행":
		return "110-" + g.dg(3) + "-" + g.dg(6)
	case "우리은행":
		return "1002-" + g.dg(3) + "-" + g.dg(6)
	case "하나은행":
		return g.dg(3) + "-" + g.dg(6) + "-" + g.dg(5)
	case "농협은행":
		return "302-" + g.dg(4) + "-" + g.dg(4) + "-" + g.dg(2)
	case "카카오뱅크":
		return "3333-" + g.dg(2) + "-" + g.dg(7)
	case "우체국":
		return g.dg(6) + "-" + g.dg(2) + "-" + g.dg(6)
	}
	if g.p(30) {
		return g.dg(12)
	}
	return g.dg(3) + "-" + g.dg(4) + "-" + g.dg(4) + "-" + g.dg(2)
}

func accountMasked(v string) string {
	rs := []byte(v)
	n := 0
	for i := len(rs) - 1; i >= 0 && n < 4; i-- {
		if rs[i] >= '0' && rs[i] <= '9' {
			rs[i] = '*'
			n++
		}
	}
	return string(rs)
}

func (g *gen) cardValue() string {
	s := []string{g.pick([]string{"9410", "5365", "4518", "9430", "3560", "6253"}), g.dg(4), g.dg(4), g.dg(4)}
	if g.p(20) {
		s[2] = "****"
	}
	sep := g.pick([]string{"-", "-", " "})
	return strings.Join(s, sep)
}

func (g *gen) passportValue(nat string) string {
	switch nat {
	case "", "한국":
		if g.p(50) {
			return "M" + g.dg(8)
		}
		return "M" + g.dg(3) + string(rune('A'+g.r.IntN(26))) + g.dg(4)
	case "베트남":
		return string(rune('B'+g.r.IntN(2))) + g.dg(7)
	case "중국":
		return "E" + g.dg(8)
	case "필리핀":
		return "P" + g.dg(7) + string(rune('A'+g.r.IntN(26)))
	case "우즈베키스탄":
		return "FA" + g.dg(7)
	case "몽골":
		return "E" + g.dg(7)
	case "태국":
		return "AA" + g.dg(7)
	case "미국":
		return g.dg(9)
	case "러시아":
		return "75" + g.dg(7)
	case "네팔":
		return "PA" + g.dg(7)
	}
	return string(rune('A'+g.r.IntN(26))) + g.dg(8)
}

func (g *gen) licenceValue() string {
	if g.p(30) {
		return g.pick([]string{"서울", "경기", "인천"}) + " " + g.dg(2) + "-" + g.dg(6) + "-" + g.dg(2)
	}
	return fmt.Sprintf("%d-%s-%s-%s", g.in(11, 28), g.dg(2), g.dg(6), g.dg(2))
}

var plateHangul = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "허", "하", "호"}

func (g *gen) plateValue() string {
	h := g.pick(plateHangul)
	switch g.in(0, 3) {
	case 0:
		return fmt.Sprintf("%d%s %s", g.in(10, 99), h, g.dg(4))
	case 1:
		return fmt.Sprintf("%s %d%s %s", g.pick([]string{"서울", "경기", "인천"}), g.in(10, 99), h, g.dg(4))
	case 2:
		return fmt.Sprintf("%d%s%s", g.in(100, 399), h, g.dg(4))
	}
	return fmt.Sprintf("%d%s %s", g.in(100, 399), h, g.dg(4))
}

type area struct {
	city, gu     string
	roads, dongs []string
}

var areas = []area{
	{"서울", "성동구", []string{"왕십리로", "성수일로", "아차산로", "뚝섬로"}, []string{"성수동1가", "성수동2가", "행당동", "금호동4가"}},
	{"서울", "마포구", []string{"월드컵로", "망원로", "양화로", "마포대로"}, []string{"망원동", "합정동", "성산동", "공덕동"}},
	{"서울", "강서구", []string{"화곡로", "공항대로", "강서로", "등촌로"}, []string{"화곡동", "등촌동", "가양동"}},
	{"서울", "관악구", []string{"신림로", "봉천로", "남부순환로", "난곡로"}, []string{"신림동", "봉천동"}},
	{"서울", "노원구", []string{"동일로", "노해로", "한글비석로", "상계로"}, []string{"상계동", "중계동", "하계동", "공릉동"}},
	{"서울", "도봉구", []string{"도봉로", "마들로", "방학로"}, []string{"쌍문동", "방학동", "창동"}},
	{"서울", "중랑구", []string{"망우로", "면목로", "용마산로"}, []string{"면목동", "상봉동", "묵동"}},
	{"서울", "은평구", []string{"통일로", "연서로", "진관2로"}, []string{"불광동", "응암동", "진관동"}},
	{"서울", "양천구", []string{"오목로", "목동서로", "신월로"}, []string{"목동", "신정동", "신월동"}},
	{"서울", "강남구", []string{"테헤란로", "도곡로", "삼성로", "논현로"}, []string{"역삼동", "대치동", "개포동"}},
	{"서울", "송파구", []string{"올림픽로", "송파대로", "오금로"}, []string{"잠실동", "가락동", "문정동"}},
	{"서울", "동대문구", []string{"답십리로", "장한로", "왕산로"}, []string{"휘경동", "답십리동", "장안동"}},
	{"서울", "금천구", []string{"시흥대로", "독산로", "가산로"}, []string{"독산동", "시흥동"}},
	{"서울", "동작구", []string{"보라매로", "상도로", "사당로"}, []string{"사당동", "상도동", "노량진동"}},
	{"서울", "성북구", []string{"정릉로", "보문로", "화랑로"}, []string{"길음동", "정릉동", "돈암동"}},
	{"경기도", "성남시 분당구", []string{"판교로", "정자일로", "미금로"}, []string{"정자동", "서현동", "야탑동"}},
	{"경기도", "고양시 일산동구", []string{"중앙로", "호수로", "장항로"}, []string{"장항동", "마두동", "백석동"}},
	{"인천광역시", "부평구", []string{"부평대로", "경원대로"}, []string{"부평동", "산곡동"}},
}

var dongs = []string{"성수동1가", "화곡동", "신림동", "봉천동", "상계동", "망원동", "쌍문동", "면목동", "불광동", "목동", "독산동", "사당동", "길음동", "휘경동"}

var aptNames = []string{"현대아파트", "주공아파트", "래미안", "힐스테이트", "e편한세상", "삼성쉐르빌", "한신휴플러스", "푸르지오"}

func (g *gen) addrValue() string {
	a := areas[g.r.IntN(len(areas))]
	pre := ""
	if a.city == "서울" {
		switch g.in(0, 3) {
		case 0:
			pre = "서울특별시 "
		case 1:
			pre = "서울 "
		case 2:
			pre = "서울시 "
		}
	} else {
		pre = a.city + " "
	}
	gu := a.gu
	road, dong := g.pick(a.roads), g.pick(a.dongs)
	var s string
	lot := false
	switch g.in(0, 5) {
	case 0, 1:
		s = fmt.Sprintf("%s%s %s %d", pre, gu, road, g.in(1, 399))
	case 2:
		s = fmt.Sprintf("%s%s %s%d길 %d-%d", pre, gu, road, g.in(1, 40), g.in(1, 90), g.in(1, 12))
	case 3:
		s = fmt.Sprintf("%s%s %s %d-%d", pre, gu, dong, g.in(1, 999), g.in(1, 60))
		lot = true
	case 4:
		s = fmt.Sprintf("%s%s %s%d길 %d", pre, gu, road, g.in(1, 40), g.in(1, 90))
	default:
		s = fmt.Sprintf("%s%s %s %d", pre, gu, dong, g.in(1, 1500))
		lot = true
	}
	switch g.in(0, 4) {
	case 0:
		s += fmt.Sprintf(", %d동 %d호", g.in(101, 125), g.in(1, 25)*100+g.in(1, 8))
		if !lot && g.p(50) {
			s += fmt.Sprintf(" (%s, %s)", dong, g.pick(aptNames))
		}
	case 1:
		s += fmt.Sprintf(" %d동 %d호", g.in(101, 125), g.in(1, 25)*100+g.in(1, 8))
	case 2:
		s += fmt.Sprintf(" %d층", g.in(1, 5))
	case 3:
		if !lot {
			s += fmt.Sprintf(" (%s)", dong)
		}
	}
	return s
}

func addrMasked(a string) string {
	f := strings.Fields(a)
	if len(f) < 3 {
		return "서울특별시 ○○구"
	}
	return strings.Join(f[:2], " ") + " ○○○"
}

func (g *gen) ipValue() string {
	return fmt.Sprintf("%d.%d.%d.%d", g.pick2([]int{211, 175, 121, 59, 118, 223, 106, 110}), g.in(1, 254), g.in(0, 254), g.in(1, 254))
}

func (g *gen) pick2(xs []int) int { return xs[g.r.IntN(len(xs))] }

// field helpers that write a person's value or its mask.

func (g *gen) fRRN(p *person, place string) {
	v, q := g.rrnValue(p)
	g.pf(tRRN, place+q, v, g.rrnMasked(p))
}

func (g *gen) fFRN(p *person, place string) {
	v, q := g.frnValue(p)
	g.pf(tFRN, place+q, v, fmt.Sprintf("%s%02d%02d-*******", yy(p.y), p.m, p.d))
}

func (g *gen) fBirth(p *person, place string) {
	v, q := g.birthValue(p)
	g.pf(tBirth, place+q, v, "")
}

func (g *gen) fMobile(p *person, place string) {
	v, q := g.mobileValue(p)
	g.pf(tMobile, place+q, v, g.mobileMasked(p))
}

func (g *gen) fLand(place string) {
	v, q := g.landValue()
	g.pf(tLandline, place+q, v, "")
}

func (g *gen) fEmail(place string) {
	v := g.emailValue()
	g.pf(tEmail, place, v, v[:2]+"****@"+strings.SplitN(v, "@", 2)[1])
}

func (g *gen) fAddr(p *person, place string) {
	g.pf(tAddress, place, p.addr, addrMasked(p.addr))
}

func (g *gen) fAccount(bank, place string) {
	v := g.accountValue(bank)
	g.pf(tAccount, place, v, accountMasked(v))
}

func (g *gen) fPlate(place string) {
	v := g.plateValue()
	g.pf(tPlate, place, v, "")
}

func (g *gen) fPassport(nat, place string) {
	v := g.passportValue(nat)
	g.pf(tPassport, place, v, v[:1]+"********")
}

func (g *gen) fLicence(place string) {
	g.pf(tLicence, place, g.licenceValue(), "")
}

func (g *gen) fCard(place string) {
	v := g.cardValue()
	g.pf(tCard, place, v, v[:4]+"-****-****-"+v[len(v)-4:])
}

func (g *gen) fIP(place string) {
	g.pf(tIP, place, g.ipValue(), "")
}
