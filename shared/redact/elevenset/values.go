package elevenset

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func digits(r *rand.Rand, n int) string {
	var sb strings.Builder
	for range n {
		sb.WriteByte(byte('0' + r.IntN(10)))
	}
	return sb.String()
}

// Surnames weighted roughly by how common they are: the first ones are
// repeated so that 김, 이, 박 dominate as they do in a real register.
var surnames = []string{
	"김", "김", "김", "김", "이", "이", "이", "박", "박", "최", "정", "정", "강", "조", "윤", "장", "임",
	"한", "오", "서", "신", "권", "황", "안", "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백",
	"허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "류", "나", "진", "지", "엄",
	"채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마",
	"길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁",
	"국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "황보", "남궁", "제갈", "선우", "독고", "사공",
}

var givenA = []string{"민", "서", "지", "현", "수", "준", "영", "우", "연", "진", "윤", "은", "하", "예", "도", "성", "재", "정", "원", "주", "혜", "승", "유", "경", "미", "태", "동", "시", "호", "희", "상", "채", "다", "소", "세", "규", "석", "용", "건", "형", "광", "병", "종", "명", "창", "인", "보", "가", "나", "의", "한", "선", "효", "충", "덕"}
var givenB = []string{"준", "서", "연", "우", "민", "호", "진", "현", "영", "수", "빈", "윤", "아", "은", "희", "원", "혁", "훈", "철", "석", "기", "환", "율", "린", "정", "경", "미", "숙", "자", "순", "식", "남", "규", "태", "욱", "찬", "범", "결", "솔", "별", "비", "주", "람", "니", "온"}

// Native and older given names that syllable pairs do not produce.
var givenWhole = []string{"하늘", "보람", "새봄", "다온", "이슬", "한별", "아름", "누리", "초롱", "가람", "나래", "슬기", "라온", "다솜", "한울", "바다", "봄이", "은별",
	"순자", "말순", "영자", "옥순", "복남", "만수", "춘자", "덕배", "점례", "갑돌", "귀남", "막례", "판석", "끝순",
	"새벽별", "가온누리", "한빛나", "아름드리", "별하", "윤슬", "소담", "해든"}

// koreanName returns a surname and a given name.
func koreanName(r *rand.Rand) (string, string) {
	s := pick(r, surnames)
	switch n := r.IntN(20); {
	case n < 2:
		return s, pick(r, givenWhole)
	case n < 3:
		return s, pick(r, givenA) // one-syllable given name
	default:
		return s, pick(r, givenA) + pick(r, givenB)
	}
}

type foreignName struct {
	nation        string
	family, given string // Latin
	hFamily       string // Hangul transcription
	hGiven        string
}

type namePart struct{ latin, hangul string }

var foreignParts = map[string]struct {
	family, given []namePart
	country       string
}{
	"vn": {[]namePart{{"NGUYEN", "응우옌"}, {"TRAN", "쩐"}, {"LE", "레"}, {"PHAM", "팜"}, {"HOANG", "호앙"}, {"VU", "부"}, {"DANG", "당"}, {"BUI", "부이"}, {"DO", "도"}, {"NGO", "응오"}},
		[]namePart{{"THI LAN", "티 란"}, {"VAN HUNG", "반 훙"}, {"MINH DUC", "민 득"}, {"THI HOA", "티 호아"}, {"THANH TUNG", "타인 뚱"}, {"THI MAI", "티 마이"}, {"QUOC BAO", "꾸옥 바오"}, {"THI NGOC ANH", "티 응옥 아인"}, {"VAN NAM", "반 남"}}, "베트남"},
	"cn": {[]namePart{{"WANG", "왕"}, {"LI", "리"}, {"ZHANG", "장"}, {"LIU", "류"}, {"CHEN", "천"}, {"ZHAO", "자오"}, {"HUANG", "황"}, {"ZHOU", "저우"}, {"SUN", "쑨"}},
		[]namePart{{"XIAOMEI", "샤오메이"}, {"NA", "나"}, {"WEI", "웨이"}, {"JUNJIE", "쥔제"}, {"YUTING", "위팅"}, {"HAOYU", "하오위"}, {"LIHUA", "리화"}, {"MINGYUE", "밍웨"}}, "중국"},
	"th": {[]namePart{{"SRISUK", "시숙"}, {"WONGSAWAT", "웡사왓"}, {"CHAIYAPORN", "차이야폰"}, {"BOONMA", "분마"}, {"KAEWKLA", "깨우끌라"}, {"RATTANAKUL", "라따나꾼"}},
		[]namePart{{"SOMCHAI", "솜차이"}, {"KANYA", "깐야"}, {"NATTAPONG", "낫따퐁"}, {"SIRIPORN", "시리폰"}, {"PRANEE", "쁘라니"}, {"ANUCHA", "아누차"}}, "태국"},
	"uz": {[]namePart{{"KARIMOV", "카리모프"}, {"YUSUPOVA", "유수포바"}, {"RAKHIMOV", "라히모프"}, {"TOSHMATOVA", "토시마토바"}, {"ABDULLAEV", "압둘라예프"}, {"NAZAROV", "나자로프"}},
		[]namePart{{"RUSTAM", "루스탐"}, {"DILNOZA", "딜노자"}, {"BEKZOD", "베크조드"}, {"MADINA", "마디나"}, {"SARDOR", "사르도르"}, {"GULNORA", "굴노라"}}, "우즈베키스탄"},
	"np": {[]namePart{{"GURUNG", "구룽"}, {"TAMANG", "타망"}, {"THAPA", "타파"}, {"SHRESTHA", "슈레스타"}, {"RAI", "라이"}, {"MAGAR", "마가르"}},
		[]namePart{{"RAM BAHADUR", "람 바하두르"}, {"SITA KUMARI", "시타 쿠마리"}, {"BISHNU", "비슈누"}, {"ANITA", "아니타"}, {"DIL PRASAD", "딜 프라사드"}, {"SUNITA", "수니타"}}, "네팔"},
	"ph": {[]namePart{{"SANTOS", "산토스"}, {"REYES", "레예스"}, {"BAUTISTA", "바우티스타"}, {"GARCIA", "가르시아"}, {"MENDOZA", "멘도사"}, {"AQUINO", "아키노"}},
		[]namePart{{"MARIA CRISTINA", "마리아 크리스티나"}, {"JOSE RAMON", "호세 라몬"}, {"ANGELICA", "안젤리카"}, {"MARK ANTHONY", "마크 앤서니"}, {"JOY", "조이"}, {"RICARDO", "리카르도"}}, "필리핀"},
}

var nations = []string{"vn", "vn", "cn", "th", "uz", "np", "ph"}

func newForeign(r *rand.Rand) foreignName {
	n := pick(r, nations)
	p := foreignParts[n]
	f, g := pick(r, p.family), pick(r, p.given)
	return foreignName{nation: n, family: f.latin, given: g.latin, hFamily: f.hangul, hGiven: g.hangul}
}

func country(n string) string { return foreignParts[n].country }

func titleCase(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// latin writes the name in one of the orders forms and passports use.
func (f foreignName) latin(r *rand.Rand) string {
	switch r.IntN(5) {
	case 0:
		return f.family + " " + f.given
	case 1:
		return titleCase(f.given) + " " + titleCase(f.family)
	case 2:
		return f.family + ", " + titleCase(f.given)
	case 3:
		return titleCase(f.family + " " + f.given)
	default:
		return titleCase(f.given) + " " + f.family
	}
}

func (f foreignName) hangul(r *rand.Rand) string {
	if r.IntN(2) == 0 && f.nation != "vn" && f.nation != "np" && f.nation != "ph" {
		return f.hFamily + f.hGiven // Chinese, Thai and Uzbek names often run together
	}
	if r.IntN(3) == 0 {
		return f.hGiven + " " + f.hFamily
	}
	return f.hFamily + " " + f.hGiven
}

// rrn returns a resident registration number with a valid check digit.
func rrnFor(r *rand.Rand, y, m, d int, foreign bool) string {
	g := 1 + r.IntN(2)
	if y >= 2000 {
		g += 2
	}
	if foreign {
		g += 4
	}
	base := fmt.Sprintf("%02d%02d%02d%d%s", y%100, m, d, g, digits(r, 5))
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i, c := range base {
		sum += int(c-'0') * w[i]
	}
	c := (11 - sum%11) % 10
	if foreign {
		c = (13 - sum%11) % 10
	}
	return fmt.Sprintf("%s-%s%d", base[:6], base[6:], c)
}

type date struct{ y, m, d int }

func birthDate(r *rand.Rand, from, to int) date {
	return date{from + r.IntN(to-from+1), 1 + r.IntN(12), 1 + r.IntN(28)}
}

var monthsEn = []string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}

// birth renders a date of birth in one of the notations documents use.
func (dt date) birth(r *rand.Rand) string {
	y, m, d := dt.y, dt.m, dt.d
	switch r.IntN(15) {
	case 13:
		return fmt.Sprintf("%02d년 %d월 %d일생", y%100, m, d)
	case 14:
		return fmt.Sprintf("%d.%d.%d", y, m, d)
	case 0:
		return fmt.Sprintf("%d. %d. %d.", y, m, d)
	case 1:
		return fmt.Sprintf("%d.%02d.%02d", y, m, d)
	case 2:
		return fmt.Sprintf("%d-%02d-%02d", y, m, d)
	case 3:
		return fmt.Sprintf("%d년 %d월 %d일", y, m, d)
	case 4:
		return fmt.Sprintf("'%02d.%d.%d", y%100, m, d)
	case 5:
		return fmt.Sprintf("%02d%02d%02d", y%100, m, d)
	case 6:
		return fmt.Sprintf("%02d.%02d.%02d", y%100, m, d)
	case 7:
		return fmt.Sprintf("%02d %s %d", d, monthsEn[m-1], y)
	case 8:
		return fmt.Sprintf("%02d/%02d/%d", d, m, y)
	case 9:
		return fmt.Sprintf("%d/%02d/%02d", y, m, d)
	case 10:
		return fmt.Sprintf("%d년%d월%d일생", y, m, d)
	case 11:
		return fmt.Sprintf("%d.%d.%d.생", y, m, d)
	default:
		return fmt.Sprintf("%d%02d%02d", y, m, d)
	}
}

func mobile(r *rand.Rand) string {
	a, b := digits(r, 4), digits(r, 4)
	a = string(rune('2'+r.IntN(8))) + a[1:]
	switch r.IntN(9) {
	case 0, 1, 2:
		return "010-" + a + "-" + b
	case 3:
		return "010 " + a + " " + b
	case 4:
		return "010" + a + b
	case 5:
		return "010." + a + "." + b
	case 6:
		return "(010)" + a + "-" + b
	case 7:
		return "+82-10-" + a + "-" + b
	default:
		return "010-" + a + " " + b
	}
}

var areaCodes = []string{"02", "02", "02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064", "070"}

// landline returns a citizen's landline; exchanges avoid the city hall's.
func landline(r *rand.Rand) string {
	ac := pick(r, areaCodes)
	ex := fmt.Sprintf("%d%s", 3+r.IntN(7), digits(r, 2))
	if r.IntN(2) == 0 {
		ex = fmt.Sprintf("%d%s", 3+r.IntN(7), digits(r, 3))
	}
	if ex == "2133" {
		ex = "2134"
	}
	sub := digits(r, 4)
	switch r.IntN(8) {
	case 0, 1:
		return ac + "-" + ex + "-" + sub
	case 2:
		return "(" + ac + ")" + ex + "-" + sub
	case 3:
		return ac + ")" + ex + "-" + sub
	case 4:
		return ac + "." + ex + "." + sub
	case 5:
		return ac + " " + ex + " " + sub
	case 6:
		return ac + ex + sub
	default:
		return "+82-" + ac[1:] + "-" + ex + "-" + sub
	}
}

var mailHosts = []string{"naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com", "yahoo.co.kr", "outlook.com"}
var mailWords = []string{"sky", "blue", "happy", "sun", "moon", "star", "jjang", "love", "dream", "tiger", "hope", "mint", "rain", "cool"}
var romaja = []string{"kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song"}

func email(r *rand.Rand) string {
	var local string
	switch r.IntN(4) {
	case 0:
		local = pick(r, romaja) + pick(r, []string{"", ".", "_"}) + pick(r, []string{"minsu", "jiyeon", "sh", "hj", "yk", "dw", "seoyeon", "jun"}) + digits(r, r.IntN(4))
	case 1:
		local = pick(r, mailWords) + pick(r, mailWords) + digits(r, 2)
	case 2:
		local = pick(r, []string{"mom", "papa", "grand", "nana"}) + "_" + pick(r, romaja) + digits(r, 2)
	default:
		local = pick(r, romaja) + digits(r, 4)
	}
	return local + "@" + pick(r, mailHosts)
}

// card returns a card number that passes the Luhn check.
func card(r *rand.Rand) string {
	pre := pick(r, []string{"4", "5", "9410", "3560", "6251"})
	n := pre + digits(r, 15-len(pre))
	sum := 0
	for i := len(n) - 1; i >= 0; i-- {
		d := int(n[i] - '0')
		if (len(n)-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	n += fmt.Sprint((10 - sum%10) % 10)
	switch r.IntN(3) {
	case 0:
		return n[:4] + "-" + n[4:8] + "-" + n[8:12] + "-" + n[12:]
	case 1:
		return n[:4] + " " + n[4:8] + " " + n[8:12] + " " + n[12:]
	default:
		return n
	}
}

type bank struct {
	name   string
	groups []int
}

var banks = []bank{
	{"국민은행", []int{6, 2, 6}}, {"KB국민은행", []int{6, 2, 6}}, {"신한은행", []int{3, 3, 6}}, {"우리은행", []int{4, 3, 6}},
	{"하나은행", []int{3, 6, 5}}, {"농협", []int{3, 4, 4, 2}}, {"NH농협은행", []int{3, 4, 4, 2}}, {"IBK기업은행", []int{3, 6, 2, 3}},
	{"카카오뱅크", []int{4, 2, 7}}, {"새마을금고", []int{4, 4, 4, 1}}, {"우체국", []int{6, 2, 6}}, {"부산은행", []int{3, 4, 4, 2}},
	{"대구은행", []int{3, 2, 6, 1}}, {"SC제일은행", []int{3, 2, 6}}, {"수협", []int{4, 4, 4}}, {"신협", []int{5, 2, 6}}, {"케이뱅크", []int{3, 3, 6}},
}

func account(r *rand.Rand) (string, string) {
	b := pick(r, banks)
	parts := make([]string, len(b.groups))
	for i, g := range b.groups {
		parts[i] = digits(r, g)
	}
	sep := "-"
	if r.IntN(5) == 0 {
		sep = ""
	}
	return b.name, strings.Join(parts, sep)
}

// passport returns a passport number in its country's shape.
func passport(r *rand.Rand, nation string) string {
	L := func() string { return string(rune('A' + r.IntN(26))) }
	switch nation {
	case "kr":
		if r.IntN(2) == 0 {
			return "M" + digits(r, 8)
		}
		return "M" + digits(r, 3) + string(rune('A'+r.IntN(26))) + digits(r, 4)
	case "vn":
		return pick(r, []string{"C", "B", "N"}) + digits(r, 7)
	case "cn":
		return pick(r, []string{"E", "EA", "EB", "G"}) + digits(r, 7+r.IntN(2))
	case "th":
		return pick(r, []string{"AA", "AB", "AC"}) + digits(r, 7)
	case "uz":
		return pick(r, []string{"FA", "AA", "AB"}) + digits(r, 7)
	case "np":
		return pick(r, []string{"PA", "PB", ""}) + digits(r, 7+r.IntN(2))
	case "ph":
		return "P" + digits(r, 7) + L()
	}
	return L() + L() + digits(r, 7)
}

var licenceRegions = []string{"11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28"}
var licenceRegionNames = []string{"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"}

func licence(r *rand.Rand) string {
	y := fmt.Sprintf("%02d", (80+r.IntN(46))%100)
	if r.IntN(4) == 0 {
		return pick(r, licenceRegionNames) + " " + y + "-" + digits(r, 6) + "-" + digits(r, 2)
	}
	return pick(r, licenceRegions) + "-" + y + "-" + digits(r, 6) + "-" + digits(r, 2)
}

var plateLetters = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "하", "허", "호", "배"}

func plate(r *rand.Rand) string {
	l := pick(r, plateLetters)
	switch r.IntN(5) {
	case 0:
		return fmt.Sprintf("%02d%s%s", 10+r.IntN(90), l, digits(r, 4))
	case 1:
		return fmt.Sprintf("%d%s %s", 100+r.IntN(900), l, digits(r, 4))
	case 2:
		return fmt.Sprintf("%s %02d%s %s", pick(r, []string{"서울", "경기", "인천", "부산"}), 10+r.IntN(90), l, digits(r, 4))
	case 3:
		return fmt.Sprintf("%02d%s %s", 10+r.IntN(90), l, digits(r, 4))
	default:
		return fmt.Sprintf("%d%s%s", 100+r.IntN(900), l, digits(r, 4))
	}
}

func ip(r *rand.Rand) string {
	pre := pick(r, []string{"211.234", "175.223", "121.134", "59.10", "112.169", "118.235", "222.106", "39.7", "223.38", "14.52"})
	return fmt.Sprintf("%s.%d.%d", pre, r.IntN(256), 1+r.IntN(254))
}

type district struct {
	city, gu string
	dongs    []string
	roads    []string
}

var districts = []district{
	{"서울특별시", "마포구", []string{"성산동", "망원동", "합정동", "아현동", "공덕동"}, []string{"월드컵북로", "성미산로", "독막로", "망원로", "마포대로"}},
	{"서울특별시", "관악구", []string{"신림동", "봉천동", "남현동"}, []string{"봉천로", "신림로", "남부순환로", "관악로"}},
	{"서울특별시", "노원구", []string{"상계동", "중계동", "하계동", "공릉동"}, []string{"동일로", "노해로", "한글비석로", "화랑로"}},
	{"서울특별시", "강서구", []string{"화곡동", "등촌동", "가양동", "방화동"}, []string{"강서로", "공항대로", "양천로", "화곡로"}},
	{"서울특별시", "은평구", []string{"불광동", "응암동", "갈현동", "역촌동"}, []string{"연서로", "통일로", "진흥로", "은평로"}},
	{"서울특별시", "송파구", []string{"잠실동", "가락동", "문정동", "거여동"}, []string{"올림픽로", "송파대로", "오금로", "양재대로"}},
	{"서울특별시", "성북구", []string{"정릉동", "길음동", "종암동", "석관동"}, []string{"보국문로", "성북로", "종암로", "화랑로"}},
	{"서울특별시", "강동구", []string{"천호동", "길동", "명일동", "둔촌동"}, []string{"천호대로", "양재대로", "고덕로", "상암로"}},
	{"서울특별시", "성동구", []string{"성수동1가", "성수동2가", "행당동", "금호동4가"}, []string{"왕십리로", "뚝섬로", "아차산로", "독서당로"}},
	{"서울특별시", "중랑구", []string{"면목동", "상봉동", "묵동", "신내동"}, []string{"망우로", "용마산로", "동일로", "봉화산로"}},
	{"서울특별시", "구로구", []string{"구로동", "개봉동", "오류동", "고척동"}, []string{"디지털로", "경인로", "구로중앙로", "개봉로"}},
	{"경기도", "수원시 팔달구", []string{"인계동", "우만동", "화서동"}, []string{"정조로", "효원로", "월드컵로"}},
	{"경기도", "고양시 일산동구", []string{"장항동", "마두동", "백석동"}, []string{"중앙로", "일산로", "호수로"}},
	{"부산광역시", "해운대구", []string{"우동", "중동", "좌동", "반여동"}, []string{"해운대로", "해운대해변로", "센텀중앙로"}},
	{"인천광역시", "남동구", []string{"구월동", "간석동", "만수동"}, []string{"구월로", "인주대로", "예술로"}},
	{"대구광역시", "수성구", []string{"범어동", "만촌동", "황금동"}, []string{"달구벌대로", "동대구로", "범안로"}},
}

var aptBrands = []string{"래미안", "자이", "힐스테이트", "e편한세상", "푸르지오", "아이파크", "롯데캐슬", "더샵", "센트레빌", "SK뷰", "한신", "주공", "현대", "신동아", "삼익", "우성", "벽산", "한양수자인"}

// address returns a citizen's address, road-name or lot-number, with or
// without a unit.
func address(r *rand.Rand) string {
	d := pick(r, districts)
	city := d.city
	if r.IntN(3) == 0 {
		city = strings.TrimSuffix(strings.TrimSuffix(city, "특별시"), "광역시")
		if city == "경기도" {
			city = "경기"
		}
	}
	dong := pick(r, d.dongs)
	unit := ""
	switch r.IntN(5) {
	case 0:
		unit = fmt.Sprintf(", %d동 %d호", 101+r.IntN(15), (1+r.IntN(25))*100+1+r.IntN(6))
	case 1:
		unit = fmt.Sprintf(" %d호", 101+r.IntN(5)*100+r.IntN(4))
	case 2:
		unit = fmt.Sprintf(" %d-%d", 101+r.IntN(12), (1+r.IntN(20))*100+1+r.IntN(4))
	}
	switch r.IntN(6) {
	case 0, 1, 2:
		road := pick(r, d.roads)
		if r.IntN(2) == 0 {
			road += fmt.Sprintf("%d길", 1+r.IntN(40))
			if r.IntN(3) == 0 {
				road += fmt.Sprintf(" %d", 1+r.IntN(30))
			}
		}
		s := fmt.Sprintf("%s %s %s %d", city, d.gu, road, 1+r.IntN(300))
		if r.IntN(4) == 0 {
			s += fmt.Sprintf("-%d", 1+r.IntN(20))
		}
		s += unit
		if r.IntN(2) == 0 {
			if r.IntN(2) == 0 {
				s += fmt.Sprintf(" (%s, %s%s)", dong, pick(r, aptBrands), pick(r, []string{"아파트", "", "빌", "2차"}))
			} else {
				s += " (" + dong + ")"
			}
		}
		return s
	case 3:
		return fmt.Sprintf("%s %s %s %d-%d%s", city, d.gu, dong, 1+r.IntN(1500), 1+r.IntN(60), unit)
	case 4:
		return fmt.Sprintf("%s %s %d번지%s", d.gu, dong, 1+r.IntN(900), unit)
	default:
		rural := pick(r, []string{"경기도 양평군 양서면 목왕리", "강원특별자치도 홍천군 내촌면 와야리", "충청남도 공주시 계룡면 경천리", "전라남도 곡성군 오산면 가곡리", "경상북도 봉화군 춘양면 의양리", "경기도 가평군 상면 덕현리"})
		return fmt.Sprintf("%s %s%d-%d", rural, pick(r, []string{"산 ", "산", "산 "}), 1+r.IntN(200), 1+r.IntN(30))
	}
}
