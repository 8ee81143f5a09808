package realset

import (
	"fmt"
	"strings"
)

// office is the issuing district: its own address, phones and e-mail
// domain are public and appear in every footer.
type office struct {
	city, gu, road, addr, zip, tel, web, mail string
	dongs, roads                              []string
}

var offices = []office{
	{"서울특별시", "관악구", "관악로", "관악로 145", "08832", "02-879", "www.gwanak.go.kr", "gwanak.go.kr",
		[]string{"봉천동", "신림동", "남현동"}, []string{"남부순환로", "봉천로", "신림로", "난곡로", "은천로", "조원로", "쑥고개로", "관천로"}},
	{"서울특별시", "강북구", "도봉로89길", "도봉로89길 13", "01071", "02-901", "www.gangbuk.go.kr", "gangbuk.go.kr",
		[]string{"미아동", "번동", "수유동", "우이동"}, []string{"삼양로", "한천로", "솔매로", "인수봉로", "오패산로", "덕릉로"}},
	{"서울특별시", "성동구", "고산자로", "고산자로 270", "04750", "02-2286", "www.sd.go.kr", "sd.go.kr",
		[]string{"성수동1가", "성수동2가", "행당동", "금호동2가", "옥수동", "마장동", "사근동"}, []string{"왕십리로", "아차산로", "성수이로", "뚝섬로", "독서당로", "무학로"}},
	{"서울특별시", "마포구", "월드컵로", "월드컵로 212", "03937", "02-3153", "www.mapo.go.kr", "mapo.go.kr",
		[]string{"망원동", "합정동", "서교동", "연남동", "공덕동", "아현동"}, []string{"양화로", "동교로", "성미산로", "독막로", "희우정로", "만리재로"}},
	{"경기도", "수원시 팔달구", "효원로", "효원로 241", "16490", "031-228", "www.suwon.go.kr", "suwon.go.kr",
		[]string{"인계동", "매탄동", "우만동", "지동"}, []string{"권광로", "매산로", "경수대로", "중부대로", "창룡대로"}},
	{"부산광역시", "해운대구", "중동2로", "중동2로 11", "48095", "051-749", "www.haeundae.go.kr", "haeundae.go.kr",
		[]string{"우동", "중동", "좌동", "반여동", "재송동"}, []string{"해운대로", "좌동순환로", "센텀중앙로", "재반로", "해운대해변로"}},
}

func (o office) short() string { return strings.TrimSuffix(strings.Fields(o.gu)[0], "구") }

// name of the head of office ("관악구청장").
func (o office) head() string {
	f := strings.Fields(o.gu)
	if len(f) > 1 {
		return strings.TrimSuffix(f[0], "시") + "시장"
	}
	return o.gu + "청장"
}

var surnames = []string{"김", "김", "김", "이", "이", "이", "박", "박", "최", "정", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "석", "선", "설", "마", "길", "연", "위", "표", "명", "반", "왕", "금", "옥", "육", "인", "맹", "탁", "국", "어", "은", "편", "용", "봉", "태", "피", "감", "빈", "동", "호", "범", "좌"}

var compound = []string{"남궁", "제갈", "선우", "황보", "독고", "사공", "서문"}

var syl1 = []string{"민", "서", "지", "현", "준", "수", "영", "은", "하", "도", "윤", "예", "시", "주", "태", "재", "승", "성", "상", "동", "정", "혜", "경", "미", "선", "유", "소", "채", "다", "가", "나", "아", "연", "진", "희", "보", "세", "규", "한", "건", "형", "종", "병", "철", "용", "원", "석", "명", "광", "덕", "춘", "순", "옥", "말", "금", "봉", "인", "창", "기", "혁", "찬", "우", "효", "병", "재", "영", "두", "만", "귀", "점"}

var syl2 = []string{"준", "서", "우", "민", "윤", "현", "진", "아", "연", "희", "호", "훈", "혁", "수", "영", "빈", "원", "린", "율", "경", "숙", "자", "순", "옥", "희", "식", "철", "환", "석", "규", "재", "례", "남", "녀", "애", "란", "임", "섭", "균", "택", "욱", "근", "국", "배", "엽", "겸", "솔", "별", "담", "온"}

var oneSyl = []string{"혁", "훈", "솔", "별", "담", "결", "찬", "율", "건", "휘", "준", "빈", "탁", "웅", "란"}
var threeSyl = []string{"한가람", "아름솔", "하늘별", "보람찬", "은하수", "새로미", "다솜이", "슬기로", "빛가람", "나래솔", "가온누리"}

// person is a citizen whose data the document carries.
type person struct {
	sur, given string
	quals      string // +compound, +single, +three
	latin      string // "NGUYEN THI LAN", for foreigners
	trans      string // "응우옌 티 란"
	y, m, d    int
	female     bool
	foreign    bool
	nation     string
}

func (p *person) name() string {
	if p.latin != "" {
		return p.trans
	}
	return p.sur + p.given
}

func (g *gen) newPerson() *person {
	for {
		p := &person{}
		switch {
		case g.p(6):
			p.sur, p.quals = pick(g.r, compound), "+compound"
		default:
			p.sur = pick(g.r, surnames)
		}
		switch {
		case g.p(7):
			p.given, p.quals = pick(g.r, oneSyl), p.quals+"+single"
		case g.p(5):
			p.given, p.quals = pick(g.r, threeSyl), p.quals+"+three"
		default:
			a, b := pick(g.r, syl1), pick(g.r, syl2)
			if a == b {
				continue
			}
			p.given = a + b
		}
		if g.used[p.name()] || nameClash[p.name()] {
			continue
		}
		g.used[p.name()] = true
		p.y = g.between(1938, 2008)
		p.m, p.d = g.between(1, 12), g.between(1, 28)
		p.female = g.p(50)
		return p
	}
}

// nameClash holds names that are also ordinary words in these documents.
var nameClash = map[string]bool{"이상": true, "정보": true, "조사": true, "이사": true, "고지": true, "신청": true, "주민": true, "구민": true, "성명": true, "정정": true, "한정": true, "안전": true, "전결": true, "공개": true, "시행": true, "이행": true, "차량": true, "조치": true, "지원": true, "전화": true}

type foreigner struct {
	nation, latin, trans string
	passport             func(g *gen) string
}

// foreignPerson draws a foreign resident: a Latin-script name, its Hangul
// transcription and a passport number of the country's shape.
func (g *gen) foreignPerson() *person {
	for {
		f := pick(g.r, foreignNames)
		i := g.n(len(f.given))
		p := &person{foreign: true, nation: f.nation}
		fam := pick(g.r, f.family)
		p.latin = strings.ToUpper(fam[0]) + " " + f.given[i][0]
		p.trans = fam[1] + " " + f.given[i][1]
		if g.p(30) {
			p.latin = title(p.latin)
		}
		if g.used[p.trans] {
			continue
		}
		g.used[p.trans] = true
		p.y, p.m, p.d = g.between(1960, 2006), g.between(1, 12), g.between(1, 28)
		p.female = g.p(50)
		return p
	}
}

func title(s string) string {
	fs := strings.Fields(s)
	for i, f := range fs {
		fs[i] = f[:1] + strings.ToLower(f[1:])
	}
	return strings.Join(fs, " ")
}

type nameSet struct {
	nation string
	family [][2]string
	given  [][2]string
}

var foreignNames = []nameSet{
	{"베트남", [][2]string{{"NGUYEN", "응우옌"}, {"TRAN", "쩐"}, {"PHAM", "팜"}, {"LE", "레"}, {"HOANG", "호앙"}},
		[][2]string{{"THI LAN", "티 란"}, {"VAN HUNG", "반 훙"}, {"THI MAI", "티 마이"}, {"DUC ANH", "득 아인"}, {"THI HUONG", "티 흐엉"}, {"MINH TUAN", "민 뚜안"}}},
	{"중국", [][2]string{{"WANG", "왕"}, {"ZHANG", "장"}, {"LIU", "류"}, {"CHEN", "천"}, {"ZHAO", "자오"}},
		[][2]string{{"XIAOMEI", "샤오메이"}, {"JUNJIE", "쥔제"}, {"LIHUA", "리화"}, {"HAOYU", "하오위"}, {"YANTING", "옌팅"}}},
	{"필리핀", [][2]string{{"SANTOS", "산토스"}, {"REYES", "레예스"}, {"CRUZ", "크루스"}, {"BAUTISTA", "바우티스타"}},
		[][2]string{{"MARIA CRISTINA", "마리아 크리스티나"}, {"JOHN PAUL", "존 폴"}, {"ANGELICA", "안젤리카"}, {"MARK ANTHONY", "마크 앤서니"}}},
	{"우즈베키스탄", [][2]string{{"KARIMOV", "카리모프"}, {"RAKHIMOVA", "라히모바"}, {"YUSUPOV", "유수포프"}, {"TURSUNOVA", "투르수노바"}},
		[][2]string{{"DILSHOD", "딜쇼드"}, {"NODIRA", "노디라"}, {"AZIZ", "아지즈"}, {"GULNORA", "굴노라"}}},
	{"네팔", [][2]string{{"GURUNG", "구릉"}, {"TAMANG", "타망"}, {"SHRESTHA", "슈레스타"}, {"RAI", "라이"}},
		[][2]string{{"BIKASH", "비카스"}, {"SUNITA", "수니타"}, {"RAMESH", "라메시"}, {"ANITA", "아니타"}}},
	{"몽골", [][2]string{{"BATBAYAR", "바트바야르"}, {"GANBOLD", "간볼드"}, {"ENKHTUYA", "엥흐투야"}},
		[][2]string{{"TSETSEG", "체첵"}, {"BOLD", "볼드"}, {"ALTANTSETSEG", "알탄체첵"}, {"MUNKH", "멍흐"}}},
}

// ---- numbers -------------------------------------------------------

func rrnCheck(s string) byte {
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i, c := range s[:12] {
		sum += int(c-'0') * w[i]
	}
	return byte('0' + (11-sum%11)%10)
}

func frnCheck(s string) byte {
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i, c := range s[:12] {
		sum += int(c-'0') * w[i]
	}
	return byte('0' + ((11-sum%11)+2)%10)
}

func (p *person) six() string { return fmt.Sprintf("%02d%02d%02d", p.y%100, p.m, p.d) }

// regNo is the 13 digits of p's resident (or foreign) registration number.
func (g *gen) regNo(p *person) string {
	var s int
	switch {
	case p.foreign && p.y < 2000:
		s = 5
	case p.foreign:
		s = 7
	case p.y < 2000:
		s = 1
	default:
		s = 3
	}
	if p.female {
		s++
	}
	raw := p.six() + fmt.Sprint(s) + g.digits(5)
	if p.foreign {
		return raw + string(frnCheck(raw+"0"))
	}
	return raw + string(rrnCheck(raw+"0"))
}

// rrn writes p's registration number in a form drawn at random; ctx is the
// place form ("table.hwp:주민등록번호").
func (g *gen) rrn(p *person, ctx string) {
	typ := tRRN
	if p.foreign {
		typ = tFRN
	}
	if g.clean {
		g.neg("masked", p.six()+"-"+string(g.regNo(p)[6])+"******")
		return
	}
	n := g.regNo(p)
	switch k := g.n(20); {
	case k < 12:
		g.item(typ, ctx, n[:6]+"-"+n[6:])
	case k < 14:
		g.item(typ, ctx+"+spaced", n[:6]+" - "+n[6:])
	case k < 15:
		g.item(typ, ctx+"+bare", n)
	case k < 17:
		g.item(typ, ctx+"+partial", n[:6]+"-"+n[6:10]+"***")
	case k < 18:
		g.item(typ, ctx+"+partial", n[:6]+"-"+n[6:8]+"*****")
	case k < 19:
		g.item(typ, ctx+"+fullwidth", strings.Map(fw, n[:6]+"-"+n[6:]))
	default:
		g.item(typ, ctx+"+dot", n[:6]+"."+n[6:])
	}
}

func fw(c rune) rune {
	if c >= '0' && c <= '9' {
		return c - '0' + 0xFF10
	}
	if c == '-' {
		return 0xFF0D
	}
	return c
}

func (g *gen) mobileNo() string {
	return "010-" + fmt.Sprint(g.between(2000, 9999)) + "-" + g.digits(4)
}

func (g *gen) mobile(ctx string) {
	if g.clean {
		g.neg("masked", g.pk("010-****-", "010-XXXX-", "010-○○○○-")+g.digits(4))
		return
	}
	n := g.mobileNo()
	d := strings.ReplaceAll(n, "-", "")
	switch k := g.n(20); {
	case k < 11:
		g.item(tMobile, ctx, n)
	case k < 13:
		g.item(tMobile, ctx+"+spaced", strings.ReplaceAll(n, "-", " "))
	case k < 15:
		g.item(tMobile, ctx+"+dotted", strings.ReplaceAll(n, "-", "."))
	case k < 16:
		g.item(tMobile, ctx+"+bare", d)
	case k < 18:
		g.item(tMobile, ctx+"+partial", n[:11]+"**")
	case k < 19:
		g.item(tMobile, ctx+"+intl", "+82-10-"+n[4:])
	default:
		g.item(tMobile, ctx+"+paren", "010)"+n[4:])
	}
}

var areaCodes = []string{"02", "02", "02", "031", "032", "051", "053", "042", "062", "033", "043", "055", "064"}

func (g *gen) landline(ctx string) {
	if g.clean {
		g.t("(비공개)")
		return
	}
	a := pick(g.r, areaCodes)
	ex := fmt.Sprint(g.between(200, 999))
	if g.p(50) {
		ex = fmt.Sprint(g.between(2000, 9999))
	}
	if strings.HasSuffix(g.off.tel, "-"+ex) || ex == "879" || ex == "901" || ex == "2286" || ex == "3153" || ex == "228" || ex == "749" {
		ex = "8" + ex[1:]
		if ex == "879" {
			ex = "871"
		}
	}
	s := g.digits(4)
	switch k := g.n(8); k {
	case 0, 1, 2:
		g.item(tLandline, ctx, a+"-"+ex+"-"+s)
	case 3:
		g.item(tLandline, ctx+"+paren", "("+a+")"+ex+"-"+s)
	case 4:
		g.item(tLandline, ctx+"+paren", a+")"+ex+"-"+s)
	case 5:
		g.item(tLandline, ctx+"+dotted", a+"."+ex+"."+s)
	case 6:
		g.item(tLandline, ctx+"+spaced", a+" "+ex+" "+s)
	default:
		g.item(tLandline, ctx+"+paren", "("+a+") "+ex+"-"+s)
	}
}

var romaji = []string{"minji", "seojun", "jihoon", "yuna", "hyunwoo", "soyeon", "dongmin", "eunji", "taeyang", "haneul", "jiwoo", "sumin", "kyungho", "mirae", "bora", "chulsoo", "younghee", "sangwoo", "dahye", "jaehyun"}
var mailDomains = []string{"naver.com", "naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "hotmail.com", "korea.kr"}

func (g *gen) email(p *person, ctx string) {
	if g.clean {
		g.t("(비공개)")
		return
	}
	local := pick(g.r, romaji)
	if p != nil && p.latin != "" {
		local = strings.ToLower(strings.Fields(p.latin)[0])
	}
	switch g.n(4) {
	case 0:
		local += g.digits(g.between(2, 4))
	case 1:
		local += "." + pick(g.r, []string{"kim", "lee", "park", "choi", "jung", "kang", "cho"})
	case 2:
		local += "_" + g.digits(2)
	}
	dom := pick(g.r, mailDomains)
	if dom == "korea.kr" && g.p(50) {
		dom = "gmail.com"
	}
	g.item(tEmail, ctx, local+"@"+dom)
}

var banks = []string{"국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "기업은행", "카카오뱅크", "새마을금고", "우체국", "부산은행", "수협은행"}

func (g *gen) account(ctx string) (bank string) {
	bank = pick(g.r, banks)
	if g.clean {
		g.neg("bank", bank)
		g.t(" (계좌번호 비공개)")
		return
	}
	var n string
	switch bank {
	case "국민은행":
		n = g.digits(6) + "-" + g.digits(2) + "-" + g.digits(6)
	case "신한은행":
		n = "110-" + g.digits(3) + "-" + g.digits(6)
	case "우리은행":
		n = "1002-" + g.digits(3) + "-" + g.digits(6)
	case "하나은행":
		n = g.digits(3) + "-" + g.digits(6) + "-" + g.digits(5)
	case "농협은행":
		n = "3" + g.digits(2) + "-" + g.digits(4) + "-" + g.digits(4) + "-" + g.digits(2)
	case "기업은행":
		n = g.digits(3) + "-" + g.digits(6) + "-" + g.digits(2) + "-" + g.digits(3)
	case "카카오뱅크":
		n = "3333-" + g.digits(2) + "-" + g.digits(7)
	case "새마을금고":
		n = "9002-" + g.digits(4) + "-" + g.digits(4) + "-" + g.digits(1)
	case "우체국":
		n = g.digits(6) + "-" + g.digits(2) + "-" + g.digits(6)
	default:
		n = g.digits(3) + "-" + g.digits(4) + "-" + g.digits(4) + "-" + g.digits(2)
	}
	form := ctx
	if g.p(12) {
		n = strings.ReplaceAll(n, "-", "")
		form += "+bare"
	}
	g.neg("bank", bank)
	g.t(g.pk(" ", " ", "\t", " / "))
	g.item(tAccount, form, n)
	return bank
}

func (g *gen) card(ctx string) {
	if g.clean {
		g.neg("masked", g.pk("9410", "5365", "4518")+"-****-****-"+g.digits(4))
		return
	}
	a := pick(g.r, []string{"9410", "5365", "4518", "3560", "9490", "4092", "5243"})
	n := []string{a, g.digits(4), g.digits(4), g.digits(4)}
	switch g.n(6) {
	case 0:
		g.item(tCard, ctx+"+spaced", strings.Join(n, " "))
	case 1:
		g.item(tCard, ctx+"+partial", n[0]+"-"+n[1][:2]+"**-****-"+n[3])
	default:
		g.item(tCard, ctx, strings.Join(n, "-"))
	}
}

func (g *gen) passport(p *person, ctx string) {
	if g.clean {
		g.t("(비공개)")
		return
	}
	L := func() string { return string(rune('A' + g.n(26))) }
	var v string
	switch {
	case p == nil || !p.foreign:
		if g.p(50) {
			v = "M" + g.digits(8)
		} else {
			v = "M" + g.digits(3) + L() + g.digits(4)
			ctx += "+new"
		}
	case p.nation == "중국":
		v = g.pk("E", "EA", "EB")
		v += g.digits(9 - len(v))
	case p.nation == "베트남":
		v = g.pk("C", "N", "B") + g.digits(7)
	case p.nation == "필리핀":
		v = "P" + g.digits(7) + L()
	case p.nation == "우즈베키스탄":
		v = g.pk("FA", "AD", "AC") + g.digits(7)
	case p.nation == "몽골":
		v = "E" + g.digits(7)
	default:
		v = g.pk("PA", "PB", "") + g.digits(7)
		if len(v) == 7 {
			v = "1" + v
		}
	}
	g.item(tPassport, ctx, v)
}

var licRegions = []string{"서울", "경기", "부산", "인천", "대구", "광주", "대전", "강원", "충북", "전남", "경남"}

func (g *gen) licence(ctx string) {
	if g.clean {
		g.t("(비공개)")
		return
	}
	n := fmt.Sprintf("%02d-%s-%s-%s", g.between(11, 28), g.digits(2), g.digits(6), g.digits(2))
	switch g.n(4) {
	case 0:
		g.item(tLicence, ctx+"+region", pick(g.r, licRegions)+" "+n[3:])
	case 1:
		g.item(tLicence, ctx+"+bare", strings.ReplaceAll(n, "-", ""))
	default:
		g.item(tLicence, ctx, n)
	}
}

var plateHangul = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "하", "허", "호"}

func (g *gen) plate(ctx string) {
	if g.clean {
		g.t(fmt.Sprintf("%d%s ****", g.between(10, 399), pick(g.r, plateHangul)))
		return
	}
	h := pick(g.r, plateHangul)
	switch g.n(6) {
	case 0, 1:
		g.item(tPlate, ctx, fmt.Sprintf("%d%s %s", g.between(10, 99), h, g.digits(4)))
	case 2, 3:
		g.item(tPlate, ctx+"+new", fmt.Sprintf("%d%s%s", g.between(100, 399), h, g.digits(4)))
	case 4:
		g.item(tPlate, ctx+"+region", fmt.Sprintf("%s %d%s %s", pick(g.r, []string{"서울", "경기", "부산", "인천"}), g.between(10, 99), h, g.digits(4)))
	default:
		g.item(tPlate, ctx+"+spaced", fmt.Sprintf("%d %s %s", g.between(10, 99), h, g.digits(4)))
	}
}

// birth writes p's date of birth; column means a table column headed
// 생년월일, where six-digit codes are common.
func (g *gen) birth(p *person, ctx string, column bool) {
	if g.clean {
		g.t(fmt.Sprintf("%d년생", p.y))
		return
	}
	y, m, d := p.y, p.m, p.d
	k := g.n(10)
	if column {
		// A column is typed in one notation, mostly; a six-digit code is
		// common there.
		if g.colStyle < 0 {
			g.colStyle = g.n(10)
			if g.p(40) {
				g.colStyle = 10
			}
		}
		if !g.p(10) {
			k = g.colStyle
		}
		if k == 10 {
			g.item(tBirth, ctx+"+six", p.six())
			return
		}
	}
	switch k {
	case 0:
		g.item(tBirth, ctx, fmt.Sprintf("%d. %d. %d.", y, m, d))
	case 1:
		g.item(tBirth, ctx, fmt.Sprintf("%d.%02d.%02d", y, m, d))
	case 2:
		g.item(tBirth, ctx, fmt.Sprintf("%d-%02d-%02d", y, m, d))
	case 3:
		g.item(tBirth, ctx+"+hangul", fmt.Sprintf("%d년 %d월 %d일", y, m, d))
	case 4:
		g.item(tBirth, ctx+"+short", fmt.Sprintf("%02d.%02d.%02d", y%100, m, d))
	case 5:
		g.item(tBirth, ctx+"+short", fmt.Sprintf("'%02d. %d. %d.", y%100, m, d))
	case 6:
		g.item(tBirth, ctx+"+slash", fmt.Sprintf("%d/%02d/%02d", y, m, d))
	case 7:
		g.item(tBirth, ctx+"+hangul", fmt.Sprintf("%d년%02d월%02d일", y, m, d))
	case 8:
		g.item(tBirth, ctx, fmt.Sprintf("%d.%d.%d.", y, m, d))
	default:
		g.item(tBirth, ctx, fmt.Sprintf("%d. %02d. %02d.", y, m, d))
	}
}

var aptNames = []string{"푸르지오", "래미안", "e편한세상", "힐스테이트", "자이", "아이파크", "롯데캐슬", "두산위브", "현대아파트", "삼성아파트", "벽산블루밍", "한신휴플러스"}

// addressText draws a citizen's address: road, road-gil or lot-number
// form, mostly in the issuing district.
func (g *gen) addressText() (string, string) {
	o := g.off
	if g.p(20) {
		o = offices[g.n(len(offices))]
	}
	city := o.city
	switch g.n(4) {
	case 0:
		city = strings.NewReplacer("서울특별시", "서울", "부산광역시", "부산", "경기도", "경기").Replace(city)
	case 1:
		city = ""
	}
	pre := strings.TrimSpace(city + " " + o.gu)
	dong := pick(g.r, o.dongs)
	unit := ""
	switch g.n(5) {
	case 0:
		unit = fmt.Sprintf(", %d동 %d호", g.between(101, 115), g.between(1, 25)*100+g.between(1, 6))
	case 1:
		unit = fmt.Sprintf(" %d층", g.between(1, 5))
	case 2:
		unit = fmt.Sprintf(", %d호", g.between(1, 5)*100+g.between(1, 9))
	case 3:
		unit = fmt.Sprintf(" 지하%d층 %d호", 1, g.between(1, 9))
	}
	switch g.n(3) {
	case 0: // road
		s := fmt.Sprintf("%s %s %d", pre, pick(g.r, o.roads), g.between(2, 480))
		if g.p(40) {
			s += fmt.Sprintf("-%d", g.between(1, 30))
		}
		s += unit
		if strings.Contains(unit, "동 ") || g.p(30) {
			s += fmt.Sprintf("(%s, %s)", dong, pick(g.r, aptNames))
		} else if g.p(30) {
			s += "(" + dong + ")"
		}
		return s, "road"
	case 1: // road-gil
		s := fmt.Sprintf("%s %s%d길 %d", pre, pick(g.r, o.roads), g.between(2, 99), g.between(2, 60))
		if g.p(50) {
			s += fmt.Sprintf("-%d", g.between(1, 20))
		}
		return s + unit, "roadgil"
	}
	s := fmt.Sprintf("%s %s %d-%d", pre, dong, g.between(1, 1700), g.between(1, 99))
	if g.p(25) {
		s = fmt.Sprintf("%s %s 산%d-%d", pre, dong, g.between(1, 200), g.between(1, 40))
	}
	return s + unit, "lot"
}

func (g *gen) address(ctx string) {
	if g.clean {
		g.t(g.off.gu + " " + pick(g.r, g.off.dongs) + g.pk(" 일원", " 일대", "(상세주소 비공개)"))
		return
	}
	s, f := g.addressText()
	g.item(tAddress, ctx+"+"+f, s)
}

// addressWrapped writes an address broken by a PDF line end, as a
// narrow column or a justified paragraph delivers it.
func (g *gen) addressWrapped(ctx string) {
	if g.clean {
		g.address(ctx)
		return
	}
	s, f := g.addressText()
	fs := strings.Fields(s)
	if len(fs) < 3 {
		g.item(tAddress, ctx+"+"+f, s)
		return
	}
	k := 1 + g.n(len(fs)-2)
	g.item(tAddress, ctx+"+"+f+"+wrapped", strings.Join(fs[:k+1], " ")+"\n"+strings.Join(fs[k+1:], " "))
}

func (g *gen) ip(ctx string) {
	if g.clean {
		g.t("***.***." + fmt.Sprint(g.between(1, 254)) + "." + fmt.Sprint(g.between(1, 254)))
		return
	}
	a := pick(g.r, []int{211, 175, 223, 118, 121, 106, 39, 110, 1, 58, 61, 112, 220})
	g.item(tIP, ctx, fmt.Sprintf("%d.%d.%d.%d", a, g.between(0, 255), g.between(0, 255), g.between(1, 254)))
}
