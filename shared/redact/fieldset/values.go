package fieldset

import (
	"fmt"
	"strings"
)

// syllable pairs the Hangul of a name syllable with its usual romanization.
type syllable struct{ h, l string }

var commonSurnames = []syllable{
	{"김", "kim"}, {"이", "lee"}, {"박", "park"}, {"최", "choi"}, {"정", "jung"}, {"강", "kang"}, {"조", "cho"},
	{"윤", "yoon"}, {"장", "jang"}, {"임", "lim"}, {"한", "han"}, {"오", "oh"}, {"서", "seo"}, {"신", "shin"},
	{"권", "kwon"}, {"황", "hwang"}, {"안", "ahn"}, {"송", "song"}, {"전", "jeon"}, {"홍", "hong"}, {"유", "yoo"},
	{"고", "ko"}, {"문", "moon"}, {"양", "yang"}, {"손", "son"}, {"배", "bae"}, {"백", "baek"}, {"허", "heo"},
}

var rareSurnames = []syllable{
	{"편", "pyun"}, {"어", "eo"}, {"국", "kook"}, {"견", "kyun"}, {"반", "ban"}, {"탁", "tak"}, {"피", "pi"},
	{"빈", "bin"}, {"옥", "ok"}, {"제", "je"}, {"추", "choo"}, {"도", "do"}, {"용", "yong"}, {"봉", "bong"},
	{"경", "kyung"}, {"천", "cheon"}, {"방", "bang"}, {"마", "ma"}, {"음", "eum"}, {"요", "yo"},
}

var compoundSurnames = []syllable{
	{"남궁", "namgung"}, {"선우", "sunwoo"}, {"제갈", "jegal"}, {"독고", "dokgo"}, {"황보", "hwangbo"},
	{"사공", "sagong"}, {"서문", "seomun"},
}

var givenSyllables = []syllable{
	{"민", "min"}, {"서", "seo"}, {"지", "ji"}, {"현", "hyun"}, {"준", "jun"}, {"우", "woo"}, {"예", "ye"},
	{"은", "eun"}, {"수", "su"}, {"영", "young"}, {"진", "jin"}, {"호", "ho"}, {"윤", "yoon"}, {"하", "ha"},
	{"연", "yeon"}, {"도", "do"}, {"성", "sung"}, {"재", "jae"}, {"혜", "hye"}, {"훈", "hoon"}, {"경", "kyung"},
	{"동", "dong"}, {"상", "sang"}, {"미", "mi"}, {"희", "hee"}, {"태", "tae"}, {"원", "won"}, {"석", "seok"},
	{"철", "cheol"}, {"숙", "sook"}, {"순", "soon"}, {"옥", "ok"}, {"명", "myung"}, {"광", "kwang"}, {"혁", "hyuk"},
	{"빈", "bin"}, {"린", "rin"}, {"율", "yul"}, {"채", "chae"}, {"규", "kyu"}, {"찬", "chan"}, {"봉", "bong"},
	{"덕", "deok"}, {"말", "mal"}, {"분", "bun"}, {"향", "hyang"}, {"엽", "yeop"}, {"겸", "gyeom"},
}

var oneSyllable = []syllable{{"현", "hyun"}, {"진", "jin"}, {"훈", "hoon"}, {"란", "ran"}, {"솔", "sol"}, {"혁", "hyuk"}, {"웅", "woong"}, {"결", "gyeol"}}

var threeSyllable = []syllable{
	{"한가람", "hangaram"}, {"하늘빛", "haneulbit"}, {"새로미", "saeromi"}, {"아름솔", "areumsol"},
	{"빛나리", "bitnari"}, {"보리울", "boriul"}, {"다스리", "daseuri"}, {"늘해랑", "neulhaerang"},
}

// foreigner is a foreign resident as the documents write them: in Hangul
// transcription and in the Latin script of the passport.
type foreigner struct{ hangul, latin, nation string }

var foreigners = []foreigner{
	{"응우옌 반 안", "NGUYEN VAN AN", "베트남"}, {"쩐티마이", "TRAN THI MAI", "베트남"}, {"왕웨이", "WANG WEI", "중국"},
	{"리우양", "LIU YANG", "중국"}, {"마리아 산토스", "MARIA SANTOS", "필리핀"}, {"타나카 유키", "TANAKA YUKI", "일본"},
	{"바트에르덴", "BAT-ERDENE", "몽골"}, {"아지즈 카리모프", "AZIZ KARIMOV", "우즈베키스탄"}, {"쏨차이", "SOMCHAI", "태국"},
	{"드미트리 이바노프", "DMITRY IVANOV", "러시아"}, {"누르 아이샤", "NUR AISYAH", "인도네시아"}, {"존 밀러", "JOHN MILLER", "미국"},
}

// official is a public official named in the course of duty.
type official struct{ name, rank, user string }

var officialNames = []syllable{
	{"홍수빈", "hongsb"}, {"김태욱", "ktw"}, {"이정란", "ljr"}, {"박상철", "psc"}, {"최윤서", "cys"}, {"정다운", "jdw"},
	{"한승민", "hsm"}, {"오세경", "osk"}, {"문지혜", "mjh"}, {"서동욱", "sdw"}, {"강은비", "keb"}, {"윤재석", "yjs"},
	{"임보라", "ibr"}, {"조한결", "chk"}, {"신미란", "smr"}, {"권오준", "koj"}, {"황보경", "hbk"}, {"배정훈", "bjh"},
}

type person struct {
	name, latin, rrn, birth, mobile, home, email, addr, account, bank, plate, licence, card, ip, passport, frn part
	age                                                                                                        int
	male                                                                                                       bool
	foreign                                                                                                    bool
	nation                                                                                                     string
	surname                                                                                                    string
}

const (
	mask1 = "○"
	mask2 = "*"
)

// person draws a citizen. In a clean document every field is a masked
// form or a district, labelled as a negative.
func (b *builder) person() *person {
	r := b.r
	lo, span := 19, 70
	if b.ageSpan > 0 {
		lo, span = b.ageMin, b.ageSpan
	}
	ps := &person{age: lo + r.IntN(span), male: r.IntN(2) == 0}
	year := 2025 - ps.age
	mon, day := 1+r.IntN(12), 1+r.IntN(28)
	var sur, giv syllable
	form := "common"
	switch x := r.IntN(100); {
	case x < 10 || x >= 100-b.foreignPct:
		f := pick(r, foreigners)
		ps.foreign, ps.nation = true, f.nation
		ps.name = it(tName, "transcribed", f.hangul)
		ps.latin = it(tName, "latin", f.latin)
		ps.surname = strings.Fields(f.hangul)[0]
		lf := strings.Fields(strings.ToLower(f.latin))
		sur.l, giv.l = lf[0], lf[len(lf)-1]
	default:
		sur = pick(r, commonSurnames)
		switch {
		case x < 18:
			sur, form = pick(r, rareSurnames), "rare-surname"
		case x < 24:
			sur, form = pick(r, compoundSurnames), "compound-surname"
		}
		switch y := r.IntN(100); {
		case y < 8:
			giv, form = pick(r, oneSyllable), "one-syllable"
		case y < 14:
			giv, form = pick(r, threeSyllable), "three-syllable"
		default:
			a, c := pick(r, givenSyllables), pick(r, givenSyllables)
			for c.h == a.h {
				c = pick(r, givenSyllables)
			}
			giv = syllable{a.h + c.h, a.l + c.l}
		}
		ps.surname = sur.h
		h := sur.h + giv.h
		if b.ch == "scan" && r.IntN(4) == 0 {
			var sp []string
			for _, c := range h {
				sp = append(sp, string(c))
			}
			ps.name = it(tName, "spaced", strings.Join(sp, " "))
		} else {
			ps.name = it(tName, form, h)
		}
		lat := strings.ToUpper(sur.l) + " " + strings.ToUpper(giv.l)
		if r.IntN(2) == 0 {
			lat = strings.ToUpper(sur.l[:1]) + sur.l[1:] + " " + strings.ToUpper(giv.l[:1]) + giv.l[1:]
		}
		ps.latin = it(tName, "latin", lat)
	}
	ps.rrn = b.rrnValue(year, mon, day, ps.male, ps.foreign)
	if ps.foreign {
		ps.frn = ps.rrn
		ps.frn.typ = tFRN
	}
	ps.birth = b.birthValue(year, mon, day)
	ps.mobile = b.mobileValue()
	ps.home = b.landlineValue()
	ps.email = b.emailValue(sur.l, giv.l)
	ps.addr = b.addressValue()
	ps.bank, ps.account = b.accountValue()
	ps.plate = b.plateValue()
	ps.licence = b.licenceValue()
	ps.card = b.cardValue()
	ps.ip = b.ipValue()
	ps.passport = b.passportValue(ps.foreign)
	if b.clean {
		b.maskPerson(ps, year, mon, day)
	}
	return ps
}

// maskPerson turns every field into what a clean document prints: masked
// values and districts.
func (b *builder) maskPerson(ps *person, year, mon, day int) {
	r := b.r
	n := []rune(strings.ReplaceAll(ps.name.s, " ", ""))
	var nm string
	switch r.IntN(4) {
	case 0:
		nm = string(n[0]) + strings.Repeat(mask1, len(n)-1)
	case 1:
		nm = string(n[0]) + "*" + string(n[len(n)-1:])
		if len(n) == 2 {
			nm = string(n[0]) + "*"
		}
	case 2:
		nm = string(n[0]) + "OO"
	default:
		nm = string(n[0]) + "모"
	}
	ps.name = ng(nMasked, nm)
	ps.latin = ng(nMasked, strings.ToUpper(ps.latin.s[:1])+"*** "+strings.Repeat("*", 3))
	g := genderDigit(year, ps.male, ps.foreign)
	ps.rrn = ng(nMasked, fmt.Sprintf("%02d%02d%02d-%d******", year%100, mon, day, g))
	ps.frn = ps.rrn
	ps.birth = ng(nMasked, fmt.Sprintf("%d. **. **.", year))
	ps.mobile = ng(nMasked, "010-****-"+digits(r, 4))
	ps.home = ng(nMasked, "02-***-"+digits(r, 4))
	ps.email = ng(nMasked, string(strings.ToLower(ps.latin.s)[0])+"***@"+pick(r, freeMail))
	d := pick(r, districts)
	ps.addr = ng(nPlace, "서울특별시 "+d.gu+" "+pick(r, d.dongs))
	ps.account = ng(nMasked, digits(r, 3)+"-***-***"+digits(r, 3))
	ps.plate = ng(nMasked, fmt.Sprintf("%d%s**%d*", 10+r.IntN(90), pick(r, plateLetters), r.IntN(10)))
	ps.licence = ng(nMasked, fmt.Sprintf("%d-%02d-******-**", 11+r.IntN(18), r.IntN(25)))
	ps.card = ng(nMasked, "9410-****-****-"+digits(r, 4))
	ps.ip = ng(nMasked, fmt.Sprintf("%d.%d.*.*", 100+r.IntN(120), r.IntN(250)))
	ps.passport = ng(nMasked, "M*****"+digits(r, 3))
}

var fullWidth = strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９")

// styled applies a number style to a value whose groups are joined by '-'.
func (b *builder) styled(typ, v string) part {
	r := b.r
	scan := b.ch == "scan"
	x := r.IntN(100)
	switch {
	case x < 8 || scan && x < 25:
		return it(typ, "spaced", strings.ReplaceAll(v, "-", " - "))
	case x < 14 || scan && x < 40:
		return it(typ, "fullwidth", fullWidth.Replace(v))
	case x < 22:
		return it(typ, "plain", strings.ReplaceAll(v, "-", ""))
	case x < 28 && typ != tRRN && typ != tFRN:
		return it(typ, "dot", strings.ReplaceAll(v, "-", "."))
	case x < 33 && typ != tRRN && typ != tFRN:
		return it(typ, "space", strings.ReplaceAll(v, "-", " "))
	}
	return it(typ, "hyphen", v)
}

func genderDigit(year int, male, foreign bool) int {
	g := 1
	if !male {
		g = 2
	}
	if year >= 2000 {
		g += 2
	}
	if foreign {
		g += 4
	}
	return g
}

func (b *builder) rrnValue(year, mon, day int, male, foreign bool) part {
	r := b.r
	s := fmt.Sprintf("%02d%02d%02d%d%s", year%100, mon, day, genderDigit(year, male, foreign), digits(r, 5))
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i := 0; i < 12; i++ {
		sum += int(s[i]-'0') * w[i]
	}
	c := (11 - sum%11) % 10
	if foreign {
		c = (13 - sum%11) % 10
	}
	s = fmt.Sprintf("%s-%s%d", s[:6], s[6:], c)
	typ := tRRN
	if foreign {
		typ = tFRN
	}
	if r.IntN(100) < 7 {
		// Only partly masked: the seven digits of a masked number and
		// three more, which single the person out.
		return it(typ, "partial-mask", s[:11]+"***")
	}
	return b.styled(typ, s)
}

func (b *builder) birthValue(year, mon, day int) part {
	r := b.r
	forms := []struct{ f, v string }{
		{"dotted", fmt.Sprintf("%d. %d. %d.", year, mon, day)},
		{"dotted-tight", fmt.Sprintf("%d.%02d.%02d", year, mon, day)},
		{"iso", fmt.Sprintf("%d-%02d-%02d", year, mon, day)},
		{"korean", fmt.Sprintf("%d년 %d월 %d일", year, mon, day)},
		{"short", fmt.Sprintf("%02d.%02d.%02d", year%100, mon, day)},
		{"six-digit", fmt.Sprintf("%02d%02d%02d", year%100, mon, day)},
		{"slash", fmt.Sprintf("%d/%02d/%02d", year, mon, day)},
	}
	f := pick(r, forms)
	if b.ch == "scan" && r.IntN(3) == 0 {
		return it(tBirth, "fullwidth", fullWidth.Replace(f.v))
	}
	return it(tBirth, f.f, f.v)
}

func (b *builder) mobileValue() part {
	r := b.r
	v := fmt.Sprintf("010-%d%s-%s", 2+r.IntN(8), digits(r, 3), digits(r, 4))
	switch r.IntN(100) {
	case 0, 1, 2, 3:
		return it(tMobile, "intl", "+82-10-"+v[4:])
	case 4, 5, 6:
		return it(tMobile, "partial-mask", v[:11]+"**")
	case 7:
		return it(tMobile, "old-prefix", fmt.Sprintf("01%d-%d%s-%s", pick(r, []int{1, 6, 7, 9}), 2+r.IntN(8), digits(r, 2), digits(r, 4)))
	}
	return b.styled(tMobile, v)
}

func (b *builder) landlineValue() part {
	r := b.r
	var v string
	switch r.IntN(5) {
	case 0, 1:
		pre := fmt.Sprintf("%d%s", 3+r.IntN(7), digits(r, 2+r.IntN(2)))
		v = "02-" + pre + "-" + digits(r, 4)
	case 2:
		v = fmt.Sprintf("031-%d%s-%s", 2+r.IntN(8), digits(r, 2), digits(r, 4))
	case 3:
		v = fmt.Sprintf("070-%d%s-%s", 4+r.IntN(5), digits(r, 3), digits(r, 4))
	default:
		v = fmt.Sprintf("032-%d%s-%s", 4+r.IntN(5), digits(r, 2), digits(r, 4))
	}
	return b.styled(tLandline, v)
}

var freeMail = []string{"naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "hotmail.com", "icloud.com"}

func (b *builder) emailValue(sur, giv string) part {
	r := b.r
	if sur == "" {
		sur = pick(r, []string{"nguyen", "wang", "maria", "yuki", "aziz", "ivanov"})
	}
	if giv == "" {
		giv = pick(r, []string{"an", "mai", "wei", "lee"})
	}
	var local string
	switch r.IntN(5) {
	case 0:
		local = giv + "." + sur
	case 1:
		local = sur + giv + digits(r, 2)
	case 2:
		local = giv[:1] + sur + "_" + digits(r, 4)
	case 3:
		local = pick(r, []string{"happy", "sky", "blue", "moon", "sun", "tree"}) + giv + digits(r, 3)
	default:
		local = sur + "." + giv + "." + digits(r, 2)
	}
	v := local + "@" + pick(r, freeMail)
	if r.IntN(12) == 0 {
		return it(tEmail, "at-spelled", strings.Replace(v, "@", " (at) ", 1))
	}
	return it(tEmail, "plain", v)
}

// district is a Seoul district with its road names and legal dongs.
type district struct {
	gu    string
	roads []string
	dongs []string
}

var districts = []district{
	{"마포구", []string{"월드컵로", "성미산로", "망원로", "독막로"}, []string{"망원동", "성산동", "합정동", "연남동"}},
	{"강서구", []string{"화곡로", "공항대로", "강서로", "까치산로"}, []string{"화곡동", "등촌동", "가양동", "방화동"}},
	{"노원구", []string{"동일로", "상계로", "노원로", "덕릉로"}, []string{"상계동", "중계동", "하계동", "월계동"}},
	{"관악구", []string{"신림로", "봉천로", "남부순환로", "관천로"}, []string{"신림동", "봉천동", "남현동"}},
	{"은평구", []string{"통일로", "연서로", "진관2로", "불광로"}, []string{"불광동", "응암동", "진관동", "갈현동"}},
	{"송파구", []string{"송파대로", "오금로", "백제고분로", "위례성대로"}, []string{"잠실동", "가락동", "문정동", "방이동"}},
	{"강북구", []string{"도봉로", "삼양로", "솔매로", "인수봉로"}, []string{"수유동", "미아동", "번동"}},
	{"중랑구", []string{"망우로", "면목로", "동일로", "용마산로"}, []string{"면목동", "상봉동", "묵동", "신내동"}},
	{"성북구", []string{"보문로", "정릉로", "동소문로", "화랑로"}, []string{"정릉동", "길음동", "석관동", "돈암동"}},
	{"동작구", []string{"상도로", "노량진로", "사당로", "장승배기로"}, []string{"상도동", "사당동", "흑석동", "대방동"}},
	{"구로구", []string{"구로중앙로", "경인로", "디지털로", "오리로"}, []string{"구로동", "개봉동", "고척동"}},
	{"양천구", []string{"목동로", "신월로", "오목로", "중앙로"}, []string{"목동", "신월동", "신정동"}},
}

var apartments = []string{"래미안", "푸르지오", "현대", "주공", "e편한세상", "자이", "SH 행복주택", "롯데캐슬", "벽산", "삼성"}

func (b *builder) addressValue() part {
	r := b.r
	d := pick(r, districts)
	city := pick(r, []string{"서울특별시", "서울특별시", "서울시", "서울"})
	switch r.IntN(7) {
	case 0, 1:
		v := fmt.Sprintf("%s %s %s %d", city, d.gu, pick(r, d.roads), 1+r.IntN(300))
		if r.IntN(2) == 0 {
			v += fmt.Sprintf(", %d동 %d호", 101+r.IntN(12), 100*(1+r.IntN(20))+1+r.IntN(6))
			if r.IntN(2) == 0 {
				v += fmt.Sprintf(" (%s, %s%s)", pick(r, d.dongs), pick(r, apartments), pick(r, []string{"아파트", ""}))
			}
		} else {
			v += fmt.Sprintf(", %d층", 2+r.IntN(5))
		}
		return it(tAddress, "road", v)
	case 2, 3:
		return it(tAddress, "road-gil", fmt.Sprintf("%s %s %s%d길 %d-%d", city, d.gu, pick(r, d.roads), 1+r.IntN(40), 1+r.IntN(60), 1+r.IntN(12)))
	case 4:
		v := fmt.Sprintf("%s %s %s %d-%d", city, d.gu, pick(r, d.dongs), 10+r.IntN(900), 1+r.IntN(40))
		if r.IntN(2) == 0 {
			v += "번지"
		}
		return it(tAddress, "jibun", v)
	case 5:
		return it(tAddress, "no-city", fmt.Sprintf("%s %s %d, %d호", d.gu, pick(r, d.roads), 1+r.IntN(200), 101+r.IntN(500)))
	}
	return it(tAddress, "gyeonggi", fmt.Sprintf("경기도 %s %s %d", pick(r, []string{"고양시 덕양구", "성남시 분당구", "부천시", "의정부시", "광명시"}), pick(r, []string{"중앙로", "화정로", "경수대로", "시청로"}), 10+r.IntN(500)))
}

type bank struct {
	name    string
	pattern []int
}

var banks = []bank{
	{"KB국민은행", []int{6, 2, 6}}, {"신한은행", []int{3, 3, 6}}, {"우리은행", []int{4, 3, 6}}, {"NH농협은행", []int{3, 4, 4, 2}},
	{"하나은행", []int{3, 6, 5}}, {"IBK기업은행", []int{3, 6, 2, 3}}, {"카카오뱅크", []int{4, 2, 7}}, {"새마을금고", []int{4, 4, 4, 1}},
}

func (b *builder) accountValue() (part, part) {
	r := b.r
	bk := pick(r, banks)
	var gs []string
	for _, n := range bk.pattern {
		gs = append(gs, digits(r, n))
	}
	gs[0] = fmt.Sprint(1+r.IntN(9)) + gs[0][1:]
	return ng(nCompany, bk.name), b.styled(tAccount, strings.Join(gs, "-"))
}

var plateLetters = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "허", "하", "호", "바", "사", "아", "자"}

func (b *builder) plateValue() part {
	r := b.r
	l := pick(r, plateLetters)
	switch r.IntN(6) {
	case 0, 1:
		return it(tPlate, "two-digit", fmt.Sprintf("%d%s%04d", 10+r.IntN(90), l, r.IntN(10000)))
	case 2, 3:
		return it(tPlate, "three-digit", fmt.Sprintf("%d%s %04d", 100+r.IntN(600), l, r.IntN(10000)))
	case 4:
		return it(tPlate, "regional", fmt.Sprintf("서울%d%s%04d", 10+r.IntN(90), l, r.IntN(10000)))
	}
	return it(tPlate, "spaced", fmt.Sprintf("%d %s %04d", 10+r.IntN(90), l, r.IntN(10000)))
}

func (b *builder) licenceValue() part {
	r := b.r
	v := fmt.Sprintf("%d-%02d-%s-%s", 11+r.IntN(18), r.IntN(25), digits(r, 6), digits(r, 2))
	if r.IntN(5) == 0 {
		return it(tLicence, "regional", fmt.Sprintf("%s %02d-%s-%s", pick(r, []string{"서울", "경기", "인천"}), r.IntN(25), digits(r, 6), digits(r, 2)))
	}
	return b.styled(tLicence, v)
}

func luhn(s string) string {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return fmt.Sprint((10 - sum%10) % 10)
}

func (b *builder) cardValue() part {
	r := b.r
	pre := pick(r, []string{"9410", "4518", "5365", "9430", "4364", "5433"})
	s := pre + digits(r, 11)
	s += luhn(s)
	return b.styled(tCard, s[:4]+"-"+s[4:8]+"-"+s[8:12]+"-"+s[12:])
}

func (b *builder) ipValue() part {
	r := b.r
	if r.IntN(10) == 0 {
		return it(tIP, "ipv6", fmt.Sprintf("2001:e60:%x:%x::%x", r.IntN(0xffff), r.IntN(0xffff), 1+r.IntN(0xfff)))
	}
	first := pick(r, []int{211, 121, 175, 58, 112, 118, 223, 61, 106, 220})
	return it(tIP, "ipv4", fmt.Sprintf("%d.%d.%d.%d", first, r.IntN(256), r.IntN(256), 1+r.IntN(254)))
}

func (b *builder) passportValue(foreign bool) part {
	r := b.r
	if foreign {
		return it(tPassport, "foreign", fmt.Sprintf("%s%s", pick(r, []string{"E", "C", "G", "P", "B"}), digits(r, 7+r.IntN(2))))
	}
	if r.IntN(2) == 0 {
		return it(tPassport, "new", fmt.Sprintf("M%s%c%s", digits(r, 3), 'A'+rune(r.IntN(26)), digits(r, 4)))
	}
	return it(tPassport, "old", "M"+digits(r, 8))
}
