package ninthset

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// person is a citizen named in a document. Values that must agree (the
// birth date inside a registration number) are fixed once.
type person struct {
	sur, given string // Hangul; for foreigners the transcription
	latin      string // Latin-script name of a foreigner
	foreign    bool
	nation     nation
	y, m, d    int
	male       bool
	mentions   int
}

func (p *person) hangul() string {
	if p.foreign {
		return p.given // the whole transcription, spaces kept
	}
	return p.sur + p.given
}

type nation struct {
	name     string // 국적 as written
	families [][2]string
	givens   [][2]string
	passport func(r *rand.Rand) string
}

var koSurnames = []string{"김", "김", "김", "이", "이", "이", "박", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
	"신", "권", "황", "안", "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차",
	"주", "우", "구", "민", "나", "진", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석",
	"선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어",
	"남궁", "제갈", "황보", "선우", "독고", "사공", "서문"}

var givenFirst = []string{"민", "서", "지", "현", "준", "예", "도", "하", "수", "유", "은", "채", "윤", "태", "승", "재", "동", "성", "영",
	"정", "혜", "미", "경", "상", "종", "명", "옥", "순", "희", "진", "형", "건", "우", "주", "나", "다", "보", "세", "소", "아", "연", "인",
	"원", "규", "기", "광", "병", "석", "용", "충", "혁", "효", "가", "린", "솔", "한", "초", "봉", "말", "춘", "금", "덕", "찬", "시", "윤"}

var givenSecond = []string{"준", "우", "호", "민", "서", "연", "아", "은", "희", "영", "숙", "자", "수", "진", "현", "원", "혁", "빈", "윤",
	"경", "미", "정", "식", "철", "석", "훈", "규", "재", "율", "린", "하", "주", "순", "남", "옥", "례", "애", "란", "봉", "길", "덕", "성",
	"태", "용", "환", "찬", "결", "솔", "담", "나", "온", "슬", "비", "선", "혜"}

var givenOne = []string{"혁", "준", "솔", "빈", "율", "훈", "건", "욱", "웅", "결", "현", "민", "진", "윤", "강", "산", "범", "완"}

var givenThree = []string{"아름솔", "빛나리", "슬기로", "하늘별", "새로미", "다솜이", "한가람", "보라매", "나래온", "이슬비", "가온누리",
	"은하수", "샛별이", "한빛나", "봄이슬"}

// notNames are surname+given pairs that spell ordinary words; a citizen
// is never given one, so that the word stays a word.
var notNames = map[string]bool{"이상": true, "강철": true, "전환": true, "이별": true, "조찬": true, "정담": true, "한솔": true,
	"정산": true, "공산": true, "원산": true, "하산": true, "성범": true, "방범": true, "선결": true, "조율": true, "성현": true,
	"금강": true, "한강": true, "석산": true, "마진": true, "전진": true, "기준": true, "표준": true, "기강": true, "조준": true,
	"고민": true, "유민": true, "이민": true, "주민": true, "난민": true, "국민": true, "시민": true, "인민": true, "성민": false,
	"연혁": true, "위산": true, "명산": true, "천산": true, "위민": true, "부산": true}

var nations = []nation{
	{"베트남", [][2]string{{"NGUYEN", "응우옌"}, {"TRAN", "쩐"}, {"LE", "레"}, {"PHAM", "팜"}, {"HOANG", "호앙"}, {"VU", "부"}, {"DANG", "당"}},
		[][2]string{{"THI HOA", "티 호아"}, {"VAN NAM", "반 남"}, {"THI THU", "티 투"}, {"MINH TUAN", "민 뚜언"}, {"THI LAN", "티 란"}, {"DUC ANH", "득 아인"}},
		func(r *rand.Rand) string { return pick(r, []string{"C", "B", "N"}) + digits(r, 7) }},
	{"중국", [][2]string{{"WANG", "왕"}, {"LI", "리"}, {"ZHANG", "장"}, {"LIU", "류"}, {"CHEN", "천"}, {"ZHAO", "자오"}},
		[][2]string{{"XIAOMING", "샤오밍"}, {"LING", "링"}, {"JIANHUA", "젠화"}, {"MEI", "메이"}, {"HAIYAN", "하이옌"}, {"WEI", "웨이"}},
		func(r *rand.Rand) string {
			if chance(r, 2) {
				return "E" + digits(r, 8)
			}
			return "E" + string(rune('A'+r.IntN(8))) + digits(r, 7)
		}},
	{"필리핀", [][2]string{{"SANTOS", "산토스"}, {"REYES", "레예스"}, {"CRUZ", "크루즈"}, {"BAUTISTA", "바우티스타"}, {"GARCIA", "가르시아"}},
		[][2]string{{"MARIA", "마리아"}, {"JOSE", "호세"}, {"ANGELICA", "안젤리카"}, {"MARK", "마크"}, {"JOY", "조이"}},
		func(r *rand.Rand) string { return "P" + digits(r, 7) + string(rune('A'+r.IntN(26))) }},
	{"우즈베키스탄", [][2]string{{"RAKHIMOV", "라히모프"}, {"KARIMOVA", "카리모바"}, {"YUSUPOV", "유수포프"}, {"TOSHMATOV", "토시마토프"}},
		[][2]string{{"BOBUR", "보부르"}, {"DILNOZA", "딜노자"}, {"SHERZOD", "셰르조드"}, {"NODIRA", "노디라"}},
		func(r *rand.Rand) string { return pick(r, []string{"FA", "AA", "AB"}) + digits(r, 7) }},
	{"네팔", [][2]string{{"GURUNG", "구룽"}, {"TAMANG", "타망"}, {"RAI", "라이"}, {"SHRESTHA", "슈레스타"}},
		[][2]string{{"SANTOSH", "산토스"}, {"BIMALA", "비말라"}, {"RAJESH", "라제시"}, {"SITA", "시타"}},
		func(r *rand.Rand) string { return "PA" + digits(r, 7) }},
	{"태국", [][2]string{{"PRASERT", "쁘라셋"}, {"SRISUK", "시숙"}, {"WONGSA", "웡사"}},
		[][2]string{{"SOMCHAI", "솜차이"}, {"NARUMON", "나루몬"}, {"KITTI", "끼띠"}},
		func(r *rand.Rand) string { return "A" + string(rune('A'+r.IntN(26))) + digits(r, 7) }},
	{"인도네시아", [][2]string{{"RAHAYU", "라하유"}, {"SETIAWAN", "스티아완"}, {"HIDAYAT", "히다얏"}},
		[][2]string{{"SITI", "시티"}, {"AGUS", "아구스"}, {"DEWI", "데위"}},
		func(r *rand.Rand) string { return pick(r, []string{"B", "C", "X"}) + digits(r, 7) }},
	{"몽골", [][2]string{{"BATBAYAR", "바트바야르"}, {"GANBOLD", "간볼드"}, {"ENKHTUYA", "엥흐투야"}},
		[][2]string{{"ERDENE", "에르덴"}, {"SARNAI", "사르나이"}, {"TEMUULEN", "테무렝"}},
		func(r *rand.Rand) string { return "E" + digits(r, 7) }},
	{"캄보디아", [][2]string{{"SOK", "속"}, {"CHEA", "찌어"}, {"KIM", "킴"}},
		[][2]string{{"DARA", "다라"}, {"SREYMOM", "스레이몸"}, {"VANNAK", "반낙"}},
		func(r *rand.Rand) string { return "N" + digits(r, 8) }},
	{"미국", [][2]string{{"MILLER", "밀러"}, {"JOHNSON", "존슨"}, {"WALKER", "워커"}},
		[][2]string{{"EMILY", "에밀리"}, {"DAVID", "데이비드"}, {"SARAH", "세라"}},
		func(r *rand.Rand) string { return pick(r, []string{"A", "C"}) + digits(r, 8) }},
	{"러시아", [][2]string{{"PETROV", "페트로프"}, {"IVANOVA", "이바노바"}, {"SOKOLOV", "소콜로프"}},
		[][2]string{{"IVAN", "이반"}, {"OLGA", "올가"}, {"DMITRY", "드미트리"}},
		func(r *rand.Rand) string { return "7" + digits(r, 8) }},
}

// newPerson makes a citizen whose name is not an official's and not
// already used in the document.
func (b *builder) newPerson(foreign bool) *person {
	r := b.r
	for {
		p := &person{y: 1940 + r.IntN(66), m: 1 + r.IntN(12), d: 1 + r.IntN(28), male: chance(r, 2), foreign: foreign}
		if foreign {
			p.y = 1965 + r.IntN(40)
			p.nation = pick(r, nations)
			f, g := pick(r, p.nation.families), pick(r, p.nation.givens)
			p.sur = f[1]
			if p.nation.name == "중국" && chance(r, 2) {
				p.given = f[1] + g[1] // Chinese names run together
			} else {
				p.given = f[1] + " " + g[1]
			}
			p.latin = f[0] + " " + g[0]
			if chance(r, 3) {
				p.latin = titleCase(p.latin)
			}
		} else {
			p.sur = pick(r, koSurnames)
			switch x := r.IntN(20); {
			case x < 2:
				p.given = pick(r, givenOne)
			case x < 3:
				p.given = pick(r, givenThree)
			default:
				p.given = pick(r, givenFirst) + pick(r, givenSecond)
			}
			if notNames[p.sur+p.given] {
				continue
			}
		}
		full := p.hangul()
		if b.used[full] || b.used[p.sur+strings.ReplaceAll(p.given, " ", "")] {
			continue
		}
		b.used[full] = true
		b.people = append(b.people, p)
		return p
	}
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = w[:1] + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

// name is p's name as a piece: Hangul, sometimes spaced out syllable by
// syllable, or the Latin spelling of a foreigner when latin is set. A
// clean document gets a masked name instead.
func (b *builder) name(p *person, latin bool, q ...string) piece {
	if b.clean {
		return negp("masked", maskName(b.r, p.sur))
	}
	r := b.r
	p.mentions++
	if p.mentions > 1 {
		q = append(q, "repeat")
	}
	if p.foreign {
		if latin {
			return itemp(tName, p.latin, append(q, "latin")...)
		}
		return itemp(tName, p.hangul(), append(q, "transcribed")...)
	}
	s := p.sur + p.given
	if n := len([]rune(p.sur)); n == 2 {
		q = append(q, "compound")
	}
	switch len([]rune(p.given)) {
	case 1:
		q = append(q, "given1")
	case 3, 4:
		q = append(q, "given3")
	}
	switch x := r.IntN(16); {
	case x == 0:
		var rs []string
		for _, c := range s {
			rs = append(rs, string(c))
		}
		return itemp(tName, strings.Join(rs, " "), append(q, "spaced")...)
	case x == 1 && len([]rune(p.sur)) == 2:
		return itemp(tName, p.sur+" "+p.given, append(q, "spaced")...)
	}
	return itemp(tName, s, q...)
}

func maskName(r *rand.Rand, sur string) string {
	return sur + pick(r, []string{"○○", "OO", "**", "◯◯", "××", "○○"})
}

// nameWith writes p's name followed by an ending chosen by its last
// syllable ("에게", "은/는", "씨" …), the ending recorded as a quality.
func (b *builder) nameWith(p *person, latin bool, endings ...string) cell {
	n := b.name(p, latin)
	e := pick(b.r, endings)
	kind := "particle"
	switch strings.TrimSpace(e) {
	case "씨", "님", "귀하", "씨는", "씨가", "씨의", "님께", "씨에게", "님의":
		kind = "title"
	case "입니다", "이다/다", "이며/며", "이고/고":
		kind = "copula"
	}
	if strings.Contains(e, "/") {
		e = josa(n.text, e)
	}
	if n.typ != "" {
		n.q = append(n.q, kind+":"+strings.TrimSpace(e))
	}
	return cell{n, lit(e)}
}

// ---- values ----

func (p *person) yy() string { return fmt.Sprintf("%02d%02d%02d", p.y%100, p.m, p.d) }

// regno is a resident (or foreigner) registration number for p.
func (b *builder) regno(p *person) piece {
	r := b.r
	g := 1
	if !p.male {
		g = 2
	}
	if p.y >= 2000 {
		g += 2
	}
	typ := tRRN
	if p.foreign {
		g += 4
		typ = tFRN
	}
	if b.clean {
		return negp("masked", pick(r, []string{p.yy()[:2] + "****-*******", "******-*******", "######-#######"}))
	}
	body := p.yy() + fmt.Sprint(g) + digits(r, 5)
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i := 0; i < 12; i++ {
		sum += int(body[i]-'0') * w[i]
	}
	body += fmt.Sprint((11 - sum%11) % 10)
	var q []string
	sep := "-"
	switch r.IntN(10) {
	case 0:
		sep, q = "", []string{"bare"}
	case 1:
		sep = " - "
	case 2:
		sep = "–"
	}
	return itemp(typ, body[:6]+sep+body[6:], q...)
}

func (b *builder) mobile() piece {
	r := b.r
	if b.clean {
		return negp("masked", "010-****-"+digits(r, 4))
	}
	mid, last := fmt.Sprint(2+r.IntN(8))+digits(r, 3), digits(r, 4)
	pre := "010"
	if chance(r, 12) {
		pre = pick(r, []string{"011", "016", "019"})
		mid = mid[:3]
	}
	var v string
	switch r.IntN(12) {
	case 0:
		v = pre + mid + last
	case 1:
		v = pre + " " + mid + " " + last
	case 2:
		v = pre + "." + mid + "." + last
	case 3:
		v = "(" + pre + ")" + mid + "-" + last
	case 4:
		v = pre + ")" + mid + "-" + last
	case 5:
		v = "+82-" + pre[1:] + "-" + mid + "-" + last
	default:
		v = pre + "-" + mid + "-" + last
	}
	return itemp(tMobile, v)
}

var areaCodes = []string{"02", "02", "02", "031", "032", "033", "041", "042", "043", "051", "052", "053", "054", "055", "061", "062", "063", "064"}

// landline is a home telephone number in one of the notations people
// write: (02)123-4567, 02)123-4567, 02.123.4567 ….
func (b *builder) landline() piece {
	r := b.r
	if b.clean {
		return negp("masked", "02-***-"+digits(r, 4))
	}
	a := pick(r, areaCodes)
	mid := fmt.Sprint(2+r.IntN(8)) + digits(r, 2+r.IntN(2))
	last := digits(r, 4)
	switch r.IntN(7) {
	case 0:
		return itemp(tLandline, "("+a+")"+mid+"-"+last, "tel.paren")
	case 1:
		return itemp(tLandline, a+")"+mid+"-"+last, "tel.halfparen")
	case 2:
		return itemp(tLandline, a+"."+mid+"."+last, "tel.dot")
	case 3:
		return itemp(tLandline, a+" "+mid+" "+last, "tel.space")
	case 4:
		return itemp(tLandline, "("+a+") "+mid+"-"+last, "tel.paren")
	}
	return itemp(tLandline, a+"-"+mid+"-"+last, "tel.hyphen")
}

var mailLocals = []string{"sunny", "bluesky", "happyday", "moonlight", "greenleaf", "dream", "starfish", "pado", "haneul", "byeol",
	"sarang", "nuri", "gaon", "dasom", "jjang", "mint", "peach", "tiger", "ocean", "maple"}

var romaSur = map[string]string{"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
	"장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song",
	"홍": "hong", "유": "yoo", "고": "ko", "문": "moon", "양": "yang", "배": "bae", "백": "baek", "남궁": "namgung", "제갈": "jegal"}

func (b *builder) email(p *person) piece {
	r := b.r
	dom := pick(r, []string{"naver.com", "naver.com", "daum.net", "hanmail.net", "gmail.com", "gmail.com", "nate.com", "kakao.com",
		"hotmail.com", "icloud.com", "outlook.com", "yahoo.co.kr"})
	if b.clean {
		return negp("masked", pick(r, mailLocals)[:2]+"****@"+dom)
	}
	var local string
	switch {
	case p != nil && p.foreign:
		local = strings.ToLower(strings.ReplaceAll(p.latin, " ", pick(r, []string{".", "_", ""})))
	case p != nil && romaSur[p.sur] != "" && chance(r, 2):
		local = romaSur[p.sur] + pick(r, []string{"", ".", "_"}) + string(rune('a'+r.IntN(26))) + string(rune('a'+r.IntN(26)))
	default:
		local = pick(r, mailLocals) + pick(r, []string{"", "_", "."}) + pick(r, mailLocals)[:3]
	}
	if chance(r, 2) {
		local += digits(r, 2+r.IntN(3))
	}
	return itemp(tEmail, local+"@"+dom)
}

func (b *builder) card() piece {
	r := b.r
	if b.clean {
		return negp("masked", "****-****-****-"+digits(r, 4))
	}
	d := pick(r, []string{"4", "5", "9", "6", "3"}) + digits(r, 14)
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	d += fmt.Sprint((10 - sum%10) % 10)
	switch r.IntN(4) {
	case 0:
		return itemp(tCard, d)
	case 1:
		return itemp(tCard, d[:4]+" "+d[4:8]+" "+d[8:12]+" "+d[12:])
	}
	return itemp(tCard, d[:4]+"-"+d[4:8]+"-"+d[8:12]+"-"+d[12:])
}

var banks = []struct{ name, shape string }{{"국민은행", "6-2-6"}, {"KB국민", "3-2-4-3"}, {"신한은행", "3-3-6"}, {"우리은행", "4-3-6"},
	{"하나은행", "3-6-5"}, {"농협", "3-4-4-2"}, {"농협은행", "6-2-6"}, {"IBK기업은행", "3-6-2-3"}, {"카카오뱅크", "4-2-7"},
	{"우체국", "6-2-6"}, {"새마을금고", "4-4-4-1"}, {"수협", "4-4-4"}, {"신협", "3-3-6"}, {"대구은행", "3-2-6-1"}, {"부산은행", "3-4-4-2"},
	{"광주은행", "3-3-6"}, {"토스뱅크", "4-4-4"}, {"SC제일", "3-2-6"}}

// account returns a bank's name and an account number at it.
func (b *builder) account() (string, piece) {
	r := b.r
	bk := pick(r, banks)
	var parts []string
	for _, s := range strings.Split(bk.shape, "-") {
		var k int
		fmt.Sscan(s, &k)
		parts = append(parts, digits(r, k))
	}
	if b.clean {
		return bk.name, negp("masked", parts[0]+"-****-****")
	}
	if chance(r, 6) {
		return bk.name, itemp(tAccount, strings.Join(parts, ""), "bare")
	}
	return bk.name, itemp(tAccount, strings.Join(parts, "-"))
}

func (b *builder) passport(p *person) piece {
	r := b.r
	if b.clean {
		return negp("masked", "M*******")
	}
	if p != nil && p.foreign {
		return itemp(tPassport, p.nation.passport(r), "foreign")
	}
	if chance(r, 2) {
		return itemp(tPassport, pick(r, []string{"M", "M", "S", "R"})+digits(r, 8), "korean")
	}
	return itemp(tPassport, "M"+digits(r, 3)+string(rune('A'+r.IntN(26)))+digits(r, 4), "korean")
}

var licenceRegions = []string{"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"}

func (b *builder) licence() piece {
	r := b.r
	if b.clean {
		return negp("masked", "**-**-******-**")
	}
	reg := 11 + r.IntN(16)
	body := fmt.Sprintf("%02d-%s-%s", r.IntN(100), digits(r, 6), digits(r, 2))
	switch r.IntN(5) {
	case 0:
		return itemp(tLicence, licenceRegions[reg-11]+" "+body)
	case 1:
		return itemp(tLicence, licenceRegions[reg-11]+body)
	case 2:
		return itemp(tLicence, fmt.Sprint(reg)+strings.ReplaceAll(body, "-", ""))
	}
	return itemp(tLicence, fmt.Sprintf("%d-%s", reg, body))
}

var plateLetters = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모",
	"보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "하", "허", "호"}

func (b *builder) plate() piece {
	r := b.r
	if b.clean {
		return negp("masked", fmt.Sprintf("%02d%s****", r.IntN(100), pick(r, plateLetters)))
	}
	n := fmt.Sprintf("%02d", 10+r.IntN(90))
	if chance(r, 2) {
		n = fmt.Sprintf("%d", 100+r.IntN(900))
	}
	h, last := pick(r, plateLetters), fmt.Sprint(1000+r.IntN(9000))
	switch r.IntN(6) {
	case 0:
		return itemp(tPlate, n+h+" "+last)
	case 1:
		return itemp(tPlate, pick(r, []string{"서울", "경기", "인천", "부산"})+n+h+last, "regional")
	case 2:
		return itemp(tPlate, pick(r, []string{"서울 ", "경기 "})+n+h+" "+last, "regional")
	}
	return itemp(tPlate, n+h+last)
}

// birth writes p's date of birth in one of many notations; six makes it
// the bare six-digit code that sits in a column beside a name.
func (b *builder) birth(p *person, six bool) piece {
	r := b.r
	if b.clean {
		return negp("masked", fmt.Sprintf("%d. **. **.", p.y))
	}
	if six {
		return itemp(tBirth, p.yy(), "birth.six")
	}
	y, m, d := p.y, p.m, p.d
	switch r.IntN(10) {
	case 0:
		return itemp(tBirth, fmt.Sprintf("%d. %d. %d.", y, m, d), "birth.dotspace")
	case 1:
		return itemp(tBirth, fmt.Sprintf("%d.%02d.%02d.", y, m, d), "birth.dot")
	case 2:
		return itemp(tBirth, fmt.Sprintf("%d-%02d-%02d", y, m, d), "birth.iso")
	case 3:
		return itemp(tBirth, fmt.Sprintf("%d년 %d월 %d일", y, m, d), "birth.korean")
	case 4:
		return itemp(tBirth, fmt.Sprintf("%02d.%02d.%02d", y%100, m, d), "birth.short")
	case 5:
		return itemp(tBirth, fmt.Sprintf("%d%02d%02d", y, m, d), "birth.eight")
	case 6:
		return itemp(tBirth, fmt.Sprintf("%d/%d/%d", y, m, d), "birth.slash")
	case 7:
		return itemp(tBirth, fmt.Sprintf("'%02d.%d.%d.", y%100, m, d), "birth.short")
	case 8:
		return itemp(tBirth, p.yy(), "birth.six")
	}
	return itemp(tBirth, fmt.Sprintf("%d.%d.%d", y, m, d), "birth.dot")
}

func (b *builder) ip() piece {
	r := b.r
	if b.clean {
		return negp("masked", fmt.Sprintf("%d.%d.***.***", pick(r, []int{211, 121, 175, 59}), r.IntN(256)))
	}
	first := pick(r, []int{1, 14, 27, 39, 49, 58, 61, 106, 110, 112, 115, 118, 121, 125, 175, 182, 183, 211, 218, 220, 221, 223})
	return itemp(tIP, fmt.Sprintf("%d.%d.%d.%d", first, r.IntN(256), r.IntN(256), 1+r.IntN(254)))
}

// ---- addresses ----

var cities = []struct{ city, gu string }{{"서울특별시", "은평구"}, {"서울특별시", "노원구"}, {"서울특별시", "강서구"}, {"서울특별시", "구로구"},
	{"서울특별시", "성북구"}, {"서울특별시", "중랑구"}, {"서울특별시", "동작구"}, {"서울특별시", "송파구"}, {"서울", "마포구"}, {"서울시", "관악구"},
	{"경기도", "고양시 덕양구"}, {"경기도", "부천시"}, {"경기도", "의정부시"}, {"경기도", "안산시 단원구"}, {"인천광역시", "부평구"},
	{"부산광역시", "사하구"}, {"대전광역시", "서구"}, {"경기도", "김포시"}, {"충청북도", "청주시 흥덕구"}, {"전라남도", "목포시"}}

var roads = []string{"녹번로", "갈현로", "연서로", "불광로", "진관2로", "수색로", "증산로", "서오릉로", "가좌로", "응암로", "백련산로",
	"역말로", "대조로", "구산로", "연신로", "장미로", "매봉산로", "동명로", "성곡로", "보광로", "장안벚꽃로", "무학로", "길동로",
	"양재천로", "헌릉로", "세곡로", "광평로", "개포로", "상도로", "노량진로", "여의대방로", "시흥대로", "금하로", "독산로", "벚꽃로",
	"가산로", "신대방로", "보라매로", "화곡로", "등촌로", "공항대로", "까치산로", "초록마을로", "경인로", "고척로", "오류로",
	"동일로", "한글비석로", "덕릉로", "섬밭로", "화랑로", "공릉로", "망우로", "용마산로", "면목로", "겸재로", "봉화산로", "정릉로",
	"보문로", "삼양로", "솔샘로", "오패산로", "중앙로", "평화로", "호수로", "대화로", "송내대로", "원미로", "시민로", "낙동대로"}

var dongs = []string{"녹번동", "응암동", "갈현동", "불광동", "구산동", "역촌동", "대조동", "수색동", "증산동", "진관동", "상계동",
	"중계동", "하계동", "월계동", "공릉동", "면목동", "망우동", "신내동", "묵동", "장위동", "석관동", "정릉동", "돈암동", "길음동",
	"종암동", "화곡동", "등촌동", "가양동", "방화동", "신월동", "구로동", "개봉동", "오류동", "고척동", "독산동", "시흥동", "흑석동",
	"사당동", "대방동", "신길동", "성내동", "거여동", "마천동", "장지동", "괴정동", "하단동", "관저동", "둔산동", "운정동"}

var buildings = []string{"푸른솔아파트", "한마음빌라", "새벽별맨션", "은빛마을 3단지", "청솔하이츠", "무지개연립", "초록숲오피스텔",
	"햇살채아파트", "산들마을아파트", "늘봄빌라", "솔바람타운", "다온캐슬", "해오름주택", "미소빌", "한빛그린빌", "우리마을 5단지",
	"가람휴먼시아", "동산빌라", "백송아파트", "금호어울림"}

// address is a private address: the city and road (or 동) as literal
// text, then the planted span from the building or lot number to the end
// of the unit, as evalset plants addresses. A clean document gets a
// district alone.
func (b *builder) address() cell {
	r := b.r
	c := pick(r, cities)
	if b.clean {
		return cell{lit(c.city + " " + c.gu + " " + pick(r, dongs) + " "), negp("masked", pick(r, []string{"***", "(이하 생략)", "○○-○○"}))}
	}
	city := c.city + " "
	if chance(r, 4) {
		city = ""
	}
	unit := func() string {
		switch r.IntN(6) {
		case 0:
			return fmt.Sprintf(", %d동 %d호", 101+r.IntN(12), 101+r.IntN(19)*100+r.IntN(6))
		case 1:
			return fmt.Sprintf(" %d호", 101+r.IntN(5)*100+r.IntN(4))
		case 2:
			return fmt.Sprintf(", %s %d동 %d호", pick(r, buildings), 101+r.IntN(12), 101+r.IntN(19)*100+r.IntN(6))
		case 3:
			return fmt.Sprintf(" (%s) %d층", pick(r, dongs), 2+r.IntN(5))
		case 4:
			return fmt.Sprintf(", 지하 %d층", 1+r.IntN(2))
		}
		return ""
	}
	if chance(r, 3) {
		// lot-number address: 서울특별시 은평구 녹번동 12-34
		num := fmt.Sprint(1 + r.IntN(900))
		if chance(r, 3) {
			num = "산" + num
		}
		if !chance(r, 3) {
			num += "-" + fmt.Sprint(1+r.IntN(60))
		}
		if chance(r, 3) {
			num += "번지"
		}
		return cell{lit(city + c.gu + " " + pick(r, dongs) + " "), itemp(tAddress, num+unit(), "lot")}
	}
	road := pick(r, roads)
	if chance(r, 3) {
		road += fmt.Sprintf("%d길", 1+r.IntN(40))
	}
	num := fmt.Sprint(1 + r.IntN(300))
	if chance(r, 5) {
		num += "-" + fmt.Sprint(1+r.IntN(20))
	}
	return cell{lit(city + c.gu + " " + road + " "), itemp(tAddress, num+unit(), "road")}
}

// shortAddress is a lot or unit written without the city, as in a
// column headed 주소(동): "녹번동 123-4".
func (b *builder) shortAddress() cell {
	r := b.r
	d := pick(r, dongs)
	if b.clean {
		return litc(d)
	}
	if chance(r, 2) {
		return cell{lit(d + " "), itemp(tAddress, fmt.Sprintf("%d-%d", 1+r.IntN(700), 1+r.IntN(40)), "lot")}
	}
	return cell{lit(pick(r, buildings) + " "), itemp(tAddress, fmt.Sprintf("%d동 %d호", 101+r.IntN(12), 101+r.IntN(15)*100+r.IntN(5)), "unit")}
}
