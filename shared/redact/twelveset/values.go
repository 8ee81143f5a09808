package twelveset

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Fictional but realistic values: registration numbers with valid check
// digits, real area codes, real banks with their account layouts, road
// names of real patterns.

var surnames = []string{
	"김", "김", "김", "이", "이", "이", "박", "박", "최", "정", "강", "조", "윤", "장", "임",
	"한", "오", "서", "신", "권", "황", "안", "송", "전", "홍", "유", "고", "문", "양", "손",
	"배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진",
	"나", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "석",
	"남궁", "황보", "제갈", "선우", "독고",
}

var givenA = []string{"민", "서", "지", "현", "수", "영", "준", "예", "도", "하", "승", "정", "재", "윤", "은", "혜", "태", "성", "경", "상", "동", "희", "보", "소", "채", "규", "형", "용", "석", "주", "다", "나", "세", "연", "미", "광", "병", "인", "창", "종"}
var givenB = []string{"준", "우", "연", "윤", "호", "아", "원", "빈", "진", "훈", "희", "민", "은", "영", "린", "율", "혁", "수", "환", "숙", "자", "철", "식", "열", "순", "옥", "길", "근", "택", "란", "솔", "결", "담", "별", "규", "찬", "효", "겸", "섭", "봉"}
var nativeGiven = []string{"하늘", "나래", "보람", "슬기", "한결", "가람", "누리", "다솜", "아름", "새봄", "빛나", "초롱", "한별", "은솔", "여름", "단비", "미리내", "별하", "온유", "라온"}

// korName returns a Korean name: mostly surname and two syllables, some
// with one syllable, some native given names.
func korName(r *rand.Rand) string {
	s := pick(r, surnames)
	switch x := r.IntN(20); {
	case x < 2:
		return s + pick(r, givenB)
	case x < 4:
		return s + pick(r, nativeGiven)
	default:
		return s + pick(r, givenA) + pick(r, givenB)
	}
}

type foreigner struct {
	latin, hangul, country, passport string
}

var foreignFirst = map[string][][2]string{
	"베트남":    {{"NGUYEN THI LAN", "응우옌 티 란"}, {"TRAN VAN HUNG", "쩐 반 훙"}, {"LE THI HOA", "레 티 호아"}, {"PHAM MINH TUAN", "팜 민 뚜언"}, {"VO THANH NAM", "보 타인 남"}},
	"중국":     {{"WANG XIAOMEI", "왕샤오메이"}, {"LIU JIANGUO", "류젠궈"}, {"ZHANG LIHUA", "장리화"}, {"CHEN YUTING", "천위팅"}, {"ZHAO MING", "자오밍"}},
	"필리핀":    {{"MARIA CRISTINA REYES", "마리아 크리스티나 레예스"}, {"JOSE DELA CRUZ", "호세 델라크루스"}, {"ANGELICA SANTOS", "안젤리카 산토스"}},
	"우즈베키스탄": {{"RUSTAMOV BOBUR", "루스타모프 보부르"}, {"KARIMOVA DILNOZA", "카리모바 딜노자"}, {"YUSUPOV AZIZ", "유수포프 아지즈"}},
	"네팔":     {{"SHRESTHA RAM BAHADUR", "슈레스타 람 바하두르"}, {"GURUNG SITA", "구룽 시타"}},
	"태국":     {{"SOMCHAI WONGSA", "솜차이 웡사"}, {"NATTAYA SRISUK", "나타야 스리숙"}},
	"캄보디아":   {{"SOK CHANTHA", "속 찬타"}, {"CHEA SREYNEANG", "찌어 스레이니엉"}},
	"미국":     {{"EMILY JOHNSON", "에밀리 존슨"}, {"MICHAEL BROWN", "마이클 브라운"}},
	"몽골":     {{"BATBAYAR GANBOLD", "바트바야르 간볼드"}, {"ENKHJARGAL TSETSEG", "엥흐자르갈 체첵"}},
}

var countries = []string{"베트남", "중국", "필리핀", "우즈베키스탄", "네팔", "태국", "캄보디아", "미국", "몽골"}

func newForeigner(r *rand.Rand) foreigner {
	c := pick(r, countries)
	n := pick(r, foreignFirst[c])
	return foreigner{latin: n[0], hangul: n[1], country: c, passport: passportFor(r, c)}
}

// passportFor writes a passport number in the layout the country issues.
func passportFor(r *rand.Rand, country string) string {
	switch country {
	case "베트남":
		return string(rune('B'+r.IntN(2))) + digits(r, 7)
	case "중국":
		if r.IntN(2) == 0 {
			return "E" + digits(r, 8)
		}
		return "EA" + digits(r, 7)
	case "필리핀":
		return "P" + digits(r, 7) + string(rune('A'+r.IntN(3)))
	case "우즈베키스탄":
		return "FA" + digits(r, 7)
	case "네팔":
		return digits(r, 8)
	case "태국":
		return "AA" + digits(r, 7)
	case "캄보디아":
		return "N" + digits(r, 8)
	case "미국":
		return "5" + digits(r, 8)
	case "몽골":
		return "E" + digits(r, 7)
	}
	return korPassport(r)
}

func korPassport(r *rand.Rand) string {
	if r.IntN(2) == 0 {
		return "M" + digits(r, 8)
	}
	return "M" + digits(r, 3) + string(rune('A'+r.IntN(26))) + digits(r, 4)
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func digits(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteByte(byte('0' + r.IntN(10)))
	}
	return b.String()
}

type ymd struct{ y, m, d int }

func birthday(r *rand.Rand, from, to int) ymd {
	return ymd{from + r.IntN(to-from+1), 1 + r.IntN(12), 1 + r.IntN(28)}
}

// rrnFor builds a resident (or, foreign, registration) number whose
// check digit is valid.
func rrnFor(r *rand.Rand, b ymd, foreign bool) string {
	g := 1 + r.IntN(2)
	if b.y >= 2000 {
		g += 2
	}
	if foreign {
		g += 4
	}
	s := fmt.Sprintf("%02d%02d%02d%d%s", b.y%100, b.m, b.d, g, digits(r, 5))
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i, c := range s {
		sum += int(c-'0') * w[i]
	}
	return s[:6] + "-" + s[6:] + fmt.Sprint((11-sum%11)%10)
}

func mobile(r *rand.Rand) string {
	return "010-" + fmt.Sprint(2+r.IntN(8)) + digits(r, 3) + "-" + digits(r, 4)
}

var areaCodes = []string{"02", "02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"}

func landline(r *rand.Rand) string {
	a := pick(r, areaCodes)
	mid := fmt.Sprint(2+r.IntN(8)) + digits(r, 2)
	if a == "02" || r.IntN(2) == 0 {
		mid += digits(r, 1)
	}
	switch r.IntN(6) {
	case 0:
		return "(" + a + ")" + mid + "-" + digits(r, 4)
	case 1:
		return a + ")" + mid + "-" + digits(r, 4)
	case 2:
		return a + "." + mid + "." + digits(r, 4)
	case 3:
		return a + " " + mid + " " + digits(r, 4)
	default:
		return a + "-" + mid + "-" + digits(r, 4)
	}
}

var mailHosts = []string{"naver.com", "hanmail.net", "daum.net", "gmail.com", "kakao.com", "nate.com", "hotmail.com"}
var mailUsers = []string{"sky", "blue", "happy", "moon", "star", "jin", "min", "seo", "hana", "dream", "sun", "lee", "park", "kim", "choi", "mom", "papa"}

func email(r *rand.Rand) string {
	u := pick(r, mailUsers) + pick(r, []string{"", "_", "."}) + pick(r, mailUsers) + digits(r, r.IntN(4))
	return u + "@" + pick(r, mailHosts)
}

// card writes a card number with a valid Luhn digit.
func card(r *rand.Rand) string {
	s := pick(r, []string{"9410", "5365", "4579", "4092", "5327", "3565"}) + digits(r, 11)
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
	s += fmt.Sprint((10 - sum%10) % 10)
	return s[:4] + "-" + s[4:8] + "-" + s[8:12] + "-" + s[12:]
}

type bank struct {
	name   string
	layout []int
	prefix string
}

var banks = []bank{
	{"국민은행", []int{6, 2, 6}, ""},
	{"KB국민은행", []int{3, 2, 4, 3}, ""},
	{"신한은행", []int{3, 3, 6}, "110"},
	{"우리은행", []int{4, 3, 6}, "1002"},
	{"하나은행", []int{3, 6, 5}, ""},
	{"NH농협은행", []int{3, 4, 4, 2}, "3"},
	{"농협", []int{6, 2, 6}, "3020"},
	{"IBK기업은행", []int{3, 6, 2, 3}, "0"},
	{"카카오뱅크", []int{4, 2, 7}, "3333"},
	{"새마을금고", []int{4, 4, 4, 1}, "9002"},
	{"우체국", []int{6, 2, 6}, ""},
	{"부산은행", []int{3, 4, 4, 2}, "1"},
	{"수협", []int{4, 4, 4}, "1010"},
}

func account(r *rand.Rand) (string, string) {
	b := pick(r, banks)
	var parts []string
	for i, n := range b.layout {
		p := digits(r, n)
		if i == 0 && b.prefix != "" {
			p = b.prefix + p[len(b.prefix):]
		}
		parts = append(parts, p)
	}
	return b.name, strings.Join(parts, "-")
}

var licRegions = []string{"11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28"}
var licNames = []string{"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"}

func licence(r *rand.Rand) string {
	tail := digits(r, 2) + "-" + digits(r, 6) + "-" + digits(r, 2)
	if r.IntN(3) == 0 {
		return pick(r, licNames) + " " + tail
	}
	return pick(r, licRegions) + "-" + tail
}

var plateHangul = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "하", "허", "호"}

func plate(r *rand.Rand) string {
	switch r.IntN(5) {
	case 0:
		return pick(r, []string{"서울", "경기", "부산", "인천"}) + fmt.Sprint(10+r.IntN(90)) + pick(r, plateHangul) + digits(r, 4)
	case 1, 2:
		return fmt.Sprint(100+r.IntN(900)) + pick(r, plateHangul) + " " + digits(r, 4)
	default:
		return fmt.Sprint(10+r.IntN(90)) + pick(r, plateHangul) + digits(r, 4)
	}
}

// birthText writes a date of birth in one of the notations documents use.
func birthText(r *rand.Rand, b ymd) string {
	switch r.IntN(7) {
	case 0:
		return fmt.Sprintf("%d. %d. %d.", b.y, b.m, b.d)
	case 1:
		return fmt.Sprintf("%d년 %d월 %d일", b.y, b.m, b.d)
	case 2:
		return fmt.Sprintf("%02d.%02d.%02d", b.y%100, b.m, b.d)
	case 3:
		return fmt.Sprintf("%d-%02d-%02d", b.y, b.m, b.d)
	case 4:
		return fmt.Sprintf("%02d%02d%02d", b.y%100, b.m, b.d)
	case 5:
		return fmt.Sprintf("%d.%02d.%02d.", b.y, b.m, b.d)
	default:
		return fmt.Sprintf("%d/%02d/%02d", b.y, b.m, b.d)
	}
}

type region struct {
	city  string
	gus   []string
	roads []string
	dongs []string
}

var regions = []region{
	{"서울특별시", []string{"관악구", "마포구", "성동구", "노원구", "강서구", "은평구", "송파구", "중랑구"}, []string{"봉천로", "월드컵북로", "왕십리로", "동일로", "공항대로", "통일로", "백제고분로", "망우로", "성미산로", "상계로"}, []string{"성수동1가", "봉천동", "망원동", "상계동", "화곡동", "불광동", "가락동", "면목동"}},
	{"부산광역시", []string{"해운대구", "사하구", "동래구", "북구"}, []string{"해운대해변로", "낙동대로", "충렬대로", "만덕대로", "좌동순환로"}, []string{"우동", "괴정동", "명륜동", "만덕동"}},
	{"경기도 수원시", []string{"팔달구", "영통구", "장안구"}, []string{"경수대로", "매탄로", "정조로", "영통로"}, []string{"인계동", "매탄동", "정자동"}},
	{"인천광역시", []string{"남동구", "부평구", "연수구"}, []string{"구월로", "부평대로", "컨벤시아대로"}, []string{"구월동", "부평동", "송도동"}},
	{"대전광역시", []string{"서구", "유성구"}, []string{"둔산로", "계룡로", "대학로"}, []string{"둔산동", "봉명동"}},
	{"경상남도 창원시", []string{"성산구", "의창구"}, []string{"중앙대로", "원이대로"}, []string{"상남동", "팔용동"}},
	{"전라남도 순천시", nil, []string{"중앙로", "연향번영길"}, []string{"연향동", "조례동"}},
}

// address writes a citizen's road-name or lot address.
func address(r *rand.Rand) (string, bool) {
	g := pick(r, regions)
	head := g.city
	if len(g.gus) > 0 {
		head += " " + pick(r, g.gus)
	}
	if r.IntN(4) == 0 {
		lot := fmt.Sprintf("%s %s %d-%d", head, pick(r, g.dongs), 1+r.IntN(900), 1+r.IntN(60))
		if r.IntN(3) == 0 {
			lot = fmt.Sprintf("%s %s 산%d", head, pick(r, g.dongs), 1+r.IntN(300))
		}
		return lot, true
	}
	road := pick(r, g.roads)
	if r.IntN(2) == 0 {
		road += fmt.Sprintf("%d길", 1+r.IntN(40))
	}
	s := fmt.Sprintf("%s %s %d", head, road, 1+r.IntN(300))
	switch r.IntN(4) {
	case 0:
		s += fmt.Sprintf(", %d동 %d호", 101+r.IntN(15), 101+r.IntN(20)+100*r.IntN(15))
	case 1:
		s += fmt.Sprintf(", %d호 (%s)", 101+r.IntN(5)+100*r.IntN(4), pick(r, g.dongs))
	case 2:
		s += fmt.Sprintf(" (%s)", pick(r, g.dongs))
	}
	return s, false
}

func ip(r *rand.Rand) string {
	return fmt.Sprintf("%d.%d.%d.%d", pick(r, []int{211, 175, 121, 59, 220, 118, 106}), r.IntN(256), r.IntN(256), 1+r.IntN(254))
}
