package tenthset

import (
	"fmt"
	"strings"
)

var surnames = []string{
	"김", "김", "김", "이", "이", "이", "박", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
	"황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노", "하", "곽", "성",
	"차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추",
	"도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "탁",
	"국", "어", "은", "편", "용", "예", "경", "봉", "황보", "남궁", "제갈", "선우", "독고", "사공", "서문",
}

var givens = []string{
	"민준", "서연", "지호", "하은", "도윤", "수아", "예준", "지유", "시우", "채원", "주원", "다은", "건우", "소율", "현우",
	"지민", "우진", "서윤", "선우", "민서", "정숙", "영자", "순자", "미숙", "경희", "영수", "상철", "광호", "동훈", "성민",
	"재현", "혜진", "은정", "미경", "종민", "연우", "태식", "복순", "말순", "길례", "옥분", "창호", "덕배", "춘자", "병철",
	"승희", "보람", "한결", "가람", "나래", "슬기", "다솜", "초롱", "은비", "예린", "태양", "하늘", "준", "솔", "윤", "혁",
	"진", "란", "철", "범", "결", "용준", "기남", "두식", "정애", "순례", "명자", "효정", "윤서", "수빈", "재훈", "성호",
	"지혜", "유진", "경민", "상우", "민호", "형준", "세영", "나연", "수정", "보영", "정훈", "기현", "은지", "태희", "하준",
}

// foreigners are Latin-script names as a passport writes them, with the
// Hangul transcription a clerk would use.
var foreigners = []struct{ latin, hangul, nation string }{
	{"NGUYEN VAN AN", "응우옌반안", "베트남"},
	{"TRAN THI HOA", "쩐티호아", "베트남"},
	{"PHAM MINH TUAN", "팜민뚜언", "베트남"},
	{"LE THI THU HUONG", "레티투흐엉", "베트남"},
	{"Maria Santos", "마리아 산토스", "필리핀"},
	{"CRUZ JENNIFER REYES", "제니퍼 크루즈", "필리핀"},
	{"WANG XIAOMING", "왕샤오밍", "중국"},
	{"LIU YANG", "류양", "중국"},
	{"ZHANG WEI", "장웨이", "중국"},
	{"BATBAYAR GANBOLD", "바트바야르 간볼드", "몽골"},
	{"Enkhjargal Tsetseg", "엔흐자르갈 체첵", "몽골"},
	{"RAHMATOV AZIZ", "라흐마토프 아지즈", "우즈베키스탄"},
	{"Siti Nurhaliza", "시티 누르할리자", "인도네시아"},
	{"SOMCHAI PRASERT", "솜차이 쁘라셋", "태국"},
	{"IVANOVA OLGA", "이바노바 올가", "러시아"},
	{"John Michael Smith", "존 마이클 스미스", "미국"},
	{"SOK CHANNA", "쏙 찬나", "캄보디아"},
	{"RAI BIKASH", "라이 비카스", "네팔"},
	{"TANAKA YUKI", "다나카 유키", "일본"},
	{"KHAN IMRAN", "칸 임란", "파키스탄"},
	{"Aung Kyaw Moe", "아웅 쬬 모에", "미얀마"},
	{"SHARMA PRIYA", "샤르마 프리야", "인도"},
}

// person is one citizen or official of a document.
type person struct {
	sur, given string
	latin      string // set for a foreigner
	hangul     string // a foreigner's transcription
	nation     string
	y, m, d    int
	male       bool
}

func (p person) full() string {
	if p.latin != "" {
		return p.hangul
	}
	return p.sur + p.given
}

// newPerson draws a Korean whose name is not yet used in the document.
func (b *builder) newPerson() person {
	for {
		p := person{sur: b.pick(surnames), given: b.pick(givens)}
		if b.used[p.full()] || b.used[p.given] {
			continue
		}
		b.used[p.full()] = true
		b.used[p.given] = true
		p.y, p.m, p.d = 1938+b.n(67), 1+b.n(12), 1+b.n(28)
		p.male = b.p(1, 2)
		return p
	}
}

func (b *builder) newForeigner() person {
	for {
		f := pick(b.r, foreigners)
		if b.used[f.latin] {
			continue
		}
		b.used[f.latin] = true
		return person{latin: f.latin, hangul: f.hangul, nation: f.nation, y: 1965 + b.n(40), m: 1 + b.n(12), d: 1 + b.n(28), male: b.p(1, 2)}
	}
}

// name spells a Korean citizen's name: whole, spaced (김 철 수), or
// with a stray space.
func (b *builder) name(p person) val {
	switch k := b.n(14); {
	case k == 0:
		return val{strings.Join(strings.Split(p.full(), ""), " "), "+spaced"}
	case k == 1:
		return val{p.sur + " " + p.given, "+spaced"}
	}
	return val{p.full(), ""}
}

// latinName spells a foreigner's name in the passport's script or the
// clerk's transcription.
func (b *builder) latinName(p person) val {
	switch b.n(5) {
	case 0, 1:
		return val{p.latin, "+latin"}
	case 2:
		return val{strings.ToUpper(p.latin), "+latin"}
	case 3:
		return val{p.hangul, "+translit"}
	}
	return val{strings.ReplaceAll(p.hangul, " ", ""), "+translit"}
}

// Particles follow a name in prose; the span stays on the name. Each
// set fits a place in a sentence: subject, object, recipient.
var (
	subj = []string{"이", "가", "은", "는", "께서", "씨는", "님은", "이며", "은(는)", " 씨가", " 님께서", "씨", " 씨"}
	obj  = []string{"을", "를", "을(를)", "씨를", " 씨를", "에 대하여", "의", "과", "와"}
	to   = []string{"에게", "께", "에게로", "씨에게", " 님께", " 귀하", "님에게"}
	poss = []string{"의", "씨의", " 씨의", "님의", "의"}
	bare = []string{"", "", " 씨", "씨", "님", " 님"}
)

func (b *builder) particle(set []string) (string, string) {
	s := b.pick(set)
	if s != "" && !strings.HasPrefix(s, " ") {
		return s, "+particle"
	}
	return s, ""
}

// rrn computes a resident registration number with its check digit,
// or, as for numbers issued since 2020 and for typos, without.
func (b *builder) rrnDigits(p person, foreign bool) string {
	g := 1
	if p.y >= 2000 {
		g = 3
	}
	if !p.male {
		g++
	}
	if foreign {
		g += 4
	}
	s := fmt.Sprintf("%02d%02d%02d%d%04d%d", p.y%100, p.m, p.d, g, b.n(10000), b.n(10))
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i := 0; i < 12; i++ {
		sum += int(s[i]-'0') * w[i]
	}
	chk := (11 - sum%11) % 10
	if foreign {
		chk = (13 - sum%11) % 10
	}
	if b.p(1, 7) {
		return s + fmt.Sprint((chk+1+b.n(9))%10)
	}
	return s[:12] + fmt.Sprint(chk)
}

// rrn spells a resident or foreign registration number, sometimes
// masked by the clerk too little (850302-1234***): issue 10 counts such a
// sloppy mask as unmasked. "850302-1******" is not planted: it is the
// form DESIGN.md's one masking rule publishes.
func (b *builder) rrn(p person, foreign bool, scanned bool) val {
	d := b.rrnDigits(p, foreign)
	switch b.n(9) {
	case 0:
		return b.noisy(val{d, "+nohyphen"}, scanned)
	case 1:
		return val{d[:6] + "-" + d[6:10] + "***", "+partmasked"}
	case 2:
		return val{d[:6] + " - " + d[6:], "+spaced"}
	case 3:
		return val{d[:6] + "－" + d[6:], "+fullwidth"}
	}
	return b.noisy(val{d[:6] + "-" + d[6:], ""}, scanned)
}

func (b *builder) mobile(scanned bool) val {
	mid, end := fmt.Sprintf("%04d", 2000+b.n(8000)), fmt.Sprintf("%04d", b.n(10000))
	pre := "010"
	if b.p(1, 12) {
		pre = b.pick([]string{"011", "016", "017", "019"})
		mid = mid[1:]
	}
	var v val
	switch b.n(12) {
	case 0:
		v = val{pre + mid + end, "+nohyphen"}
	case 1:
		v = val{pre + " " + mid + " " + end, "+spaced"}
	case 2:
		v = val{pre + "." + mid + "." + end, ""}
	case 3:
		v = val{"(" + pre + ")" + mid + "-" + end, ""}
	case 4:
		v = val{"+82-" + pre[1:] + "-" + mid + "-" + end, "+intl"}
	case 5:
		v = val{pre + " - " + mid + " - " + end, "+spaced"}
	case 6:
		v = val{pre + "-" + mid + "-\n" + end, "+wrapped"}
	case 7:
		v = val{pre + ")" + mid + "-" + end, ""}
	default:
		v = val{pre + "-" + mid + "-" + end, ""}
	}
	return b.noisy(v, scanned)
}

var areaCodes = []string{"02", "02", "02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"}

// landline is a citizen's home or shop line, with or without its area
// code.
func (b *builder) landline(scanned bool) val {
	a := b.pick(areaCodes)
	mid := fmt.Sprintf("%d", 200+b.n(800))
	if b.p(2, 3) {
		mid = fmt.Sprintf("%d", 2000+b.n(8000))
	}
	end := fmt.Sprintf("%04d", b.n(10000))
	var v val
	switch b.n(11) {
	case 0:
		v = val{"(" + a + ")" + mid + "-" + end, ""}
	case 1:
		v = val{a + ")" + mid + "-" + end, ""}
	case 2:
		v = val{a + "." + mid + "." + end, ""}
	case 3:
		v = val{mid + "-" + end, "+noarea"}
	case 4:
		v = val{a + " " + mid + " " + end, "+spaced"}
	case 5:
		v = val{"070-" + fmt.Sprintf("%04d", 2000+b.n(8000)) + "-" + end, "+voip"}
	case 6:
		v = val{a + mid + end, "+nohyphen"}
	case 7:
		v = val{"(" + a + ") " + mid + "-" + end, ""}
	default:
		v = val{a + "-" + mid + "-" + end, ""}
	}
	return b.noisy(v, scanned)
}

var mailUsers = []string{"sky", "happy", "mom", "jjang", "sunny", "minsu", "hope", "blue", "star", "dream", "green", "kim", "lee", "park", "tiger", "rose", "apple"}
var mailHosts = []string{"naver.com", "hanmail.net", "daum.net", "gmail.com", "nate.com", "kakao.com", "hotmail.com", "yahoo.co.kr", "korea.com", "outlook.kr"}

func (b *builder) email(p person) val {
	user := b.pick(mailUsers)
	switch b.n(4) {
	case 0:
		user += fmt.Sprint(b.n(10000))
	case 1:
		user = user + "_" + fmt.Sprint(70+b.n(30))
	case 2:
		user = strings.ToLower(strings.ReplaceAll(p.latin, " ", ".")) + fmt.Sprint(b.n(100))
		if p.latin == "" {
			user = b.pick(mailUsers) + "." + b.pick(mailUsers)
		}
	}
	host := b.pick(mailHosts)
	switch b.n(12) {
	case 0:
		return val{user + " @ " + host, "+spaced"}
	case 1:
		return val{user + "＠" + host, "+fullwidth"}
	case 2:
		return val{user + "@" + strings.Replace(host, ".", ".\n", 1), "+wrapped"}
	case 3:
		return val{strings.ToUpper(user[:1]) + user[1:] + "@" + host, ""}
	}
	return val{user + "@" + host, ""}
}

// card is a payment card number with a valid Luhn digit.
func (b *builder) card(scanned bool) val {
	pre := b.pick([]string{"4", "5", "9410", "9430", "3", "6"})
	n := 16
	if pre == "3" {
		pre = b.pick([]string{"34", "37"})
		n = 15
	}
	d := []byte(pre)
	for len(d) < n-1 {
		d = append(d, byte('0'+b.n(10)))
	}
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
	}
	d = append(d, byte('0'+(10-sum%10)%10))
	s := string(d)
	var v val
	if n == 15 {
		v = val{s[:4] + "-" + s[4:10] + "-" + s[10:], ""}
	} else {
		switch b.n(5) {
		case 0:
			v = val{s, "+nohyphen"}
		case 1:
			v = val{s[:4] + " " + s[4:8] + " " + s[8:12] + " " + s[12:], ""}
		default:
			v = val{s[:4] + "-" + s[4:8] + "-" + s[8:12] + "-" + s[12:], ""}
		}
	}
	return b.noisy(v, scanned)
}

// banks and their account layouts (digits per group).
var banks = []struct {
	name   string
	groups []int
}{
	{"국민은행", []int{6, 2, 6}}, {"KB국민", []int{3, 2, 4, 3}}, {"신한은행", []int{3, 3, 6}}, {"우리은행", []int{4, 3, 6}},
	{"농협", []int{3, 4, 4, 2}}, {"NH농협은행", []int{3, 2, 6}}, {"하나은행", []int{3, 6, 5}}, {"IBK기업은행", []int{3, 6, 2, 3}},
	{"우체국", []int{6, 2, 6}}, {"카카오뱅크", []int{4, 2, 7}}, {"새마을금고", []int{4, 4, 4, 1}}, {"신협", []int{3, 3, 6}},
	{"SC제일은행", []int{3, 2, 6}}, {"대구은행", []int{3, 2, 6, 1}}, {"부산은행", []int{3, 4, 4, 2}}, {"수협", []int{3, 2, 6}},
	{"토스뱅크", []int{4, 4, 4}}, {"광주은행", []int{3, 3, 6}},
}

// account returns a bank's name and a number in its layout.
func (b *builder) account(scanned bool) (string, val) {
	bk := pick(b.r, banks)
	var parts []string
	for _, g := range bk.groups {
		var sb strings.Builder
		for i := 0; i < g; i++ {
			sb.WriteByte(byte('0' + b.n(10)))
		}
		parts = append(parts, sb.String())
	}
	v := val{strings.Join(parts, "-"), ""}
	switch b.n(8) {
	case 0:
		v = val{strings.Join(parts, ""), "+nohyphen"}
	case 1:
		v = val{strings.Join(parts, " "), "+spaced"}
	}
	return bk.name, b.noisy(v, scanned)
}

// passport spells a passport number in the layout of the holder's
// country.
func (b *builder) passport(nation string) val {
	dg := func(k int) string {
		var sb strings.Builder
		for i := 0; i < k; i++ {
			sb.WriteByte(byte('0' + b.n(10)))
		}
		return sb.String()
	}
	L := func() string { return string(rune('A' + b.n(26))) }
	var s string
	switch nation {
	case "", "대한민국":
		if b.p(1, 2) {
			s = b.pick([]string{"M", "S", "R"}) + dg(3) + L() + dg(4)
		} else {
			s = b.pick([]string{"M", "M", "S"}) + dg(8)
		}
	case "베트남":
		s = b.pick([]string{"C", "B", "N"}) + dg(7)
	case "필리핀":
		s = "P" + dg(7) + L()
	case "중국":
		s = b.pick([]string{"E", "EA", "EB", "G"}) + dg(7)
		if len(s) == 8 {
			s += dg(1)
		}
	case "몽골":
		s = "E" + dg(7)
	case "우즈베키스탄", "태국":
		s = L() + L() + dg(7)
	case "인도네시아":
		s = b.pick([]string{"A", "B", "C", "X"}) + dg(7)
	case "러시아":
		s = dg(2) + " " + dg(7)
	case "미국":
		s = dg(9)
	case "캄보디아":
		s = "N" + dg(8)
	case "네팔":
		s = "PA" + dg(7)
	case "일본":
		s = b.pick([]string{"TK", "TR", "MU"}) + dg(7)
	case "파키스탄":
		s = L() + L() + dg(7)
	case "미얀마":
		s = "MA" + dg(6)
	case "인도":
		s = L() + dg(7)
	default:
		s = L() + dg(8)
	}
	return val{s, ""}
}

// licence is a driver's licence: region digits or name, year, serial,
// check digits.
func (b *builder) licence(scanned bool) val {
	regions := []string{"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"}
	code := 11 + b.n(18)
	y := fmt.Sprintf("%02d", b.n(25))
	ser := fmt.Sprintf("%06d", b.n(1000000))
	ck := fmt.Sprintf("%02d", b.n(100))
	var v val
	switch b.n(6) {
	case 0:
		v = val{b.pick(regions) + " " + y + "-" + ser + "-" + ck, "+region"}
	case 1:
		v = val{b.pick(regions) + y + "-" + ser + "-" + ck, "+region"}
	case 2:
		v = val{fmt.Sprint(code) + y + ser + ck, "+nohyphen"}
	case 3:
		v = val{fmt.Sprintf("%d %s %s %s", code, y, ser, ck), "+spaced"}
	default:
		v = val{fmt.Sprintf("%d-%s-%s-%s", code, y, ser, ck), ""}
	}
	return b.noisy(v, scanned)
}

var plateHangul = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "하", "허", "호", "바", "사", "아", "자", "배"}

func (b *builder) plate(scanned bool) val {
	h := b.pick(plateHangul)
	n4 := fmt.Sprintf("%04d", 1000+b.n(9000))
	var v val
	switch b.n(7) {
	case 0:
		v = val{fmt.Sprintf("%d%s%s", 100+b.n(900), h, n4), ""}
	case 1:
		v = val{fmt.Sprintf("%s %d%s %s", b.pick([]string{"서울", "경기", "인천", "부산", "대구"}), 10+b.n(90), h, n4), "+region"}
	case 2:
		v = val{fmt.Sprintf("%d %s %s", 10+b.n(90), h, n4), "+spaced"}
	case 3:
		v = val{fmt.Sprintf("%s%d%s%s", b.pick([]string{"서울", "경기", "충남"}), 10+b.n(90), h, n4), "+region"}
	default:
		v = val{fmt.Sprintf("%d%s%s", 10+b.n(90), h, n4), ""}
	}
	return b.noisy(v, scanned)
}

// birth spells a date of birth in one of the notations documents use.
func (b *builder) birth(p person, scanned bool) val {
	y, m, d := p.y, p.m, p.d
	var v val
	switch b.n(13) {
	case 0:
		v = val{fmt.Sprintf("%d.%d.%d.", y, m, d), ""}
	case 1:
		v = val{fmt.Sprintf("%d. %d. %d.", y, m, d), ""}
	case 2:
		v = val{fmt.Sprintf("%d.%02d.%02d", y, m, d), ""}
	case 3:
		v = val{fmt.Sprintf("%02d-%02d-%02d", y%100, m, d), "+short"}
	case 4:
		v = val{fmt.Sprintf("%d년 %d월 %d일", y, m, d), "+hangul"}
	case 5:
		v = val{fmt.Sprintf("%02d%02d%02d", y%100, m, d), "+six"}
	case 6:
		v = val{fmt.Sprintf("%d-%02d-%02d", y, m, d), ""}
	case 7:
		v = val{fmt.Sprintf("'%02d.%d.%d.", y%100, m, d), "+short"}
	case 8:
		v = val{fmt.Sprintf("%02d.%02d.%02d", y%100, m, d), "+short"}
	case 9:
		v = val{fmt.Sprintf("%d/%02d/%02d", y, m, d), ""}
	case 10:
		v = val{fmt.Sprintf("%d년%d월%d일", y, m, d), "+hangul"}
	case 11:
		v = val{fmt.Sprintf("%d%02d%02d", y, m, d), "+eight"}
	default:
		v = val{fmt.Sprintf("%d. %02d. %02d.", y, m, d), ""}
	}
	return b.noisy(v, scanned)
}

// latinBirth is a foreign passport's date: 02 MAR 1985, 1985-03-02.
func (b *builder) latinBirth(p person) val {
	mon := []string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}
	switch b.n(3) {
	case 0:
		return val{fmt.Sprintf("%02d %s %d", p.d, mon[p.m-1], p.y), "+latin"}
	case 1:
		return val{fmt.Sprintf("%02d/%02d/%d", p.d, p.m, p.y), "+dmy"}
	}
	return b.birth(p, false)
}

var sidos = []struct {
	full, short string
	gus         []string
	dongs       []string
	roads       []string
}{
	{"서울특별시", "서울", []string{"마포구", "관악구", "노원구", "강서구", "성동구", "은평구", "송파구", "중랑구", "구로구", "동대문구"},
		[]string{"망원동", "신림동", "상계동", "화곡동", "성수동1가", "불광동", "가락동", "면목동", "구로동", "장안동"},
		[]string{"월드컵로", "신림로", "동일로", "화곡로", "왕십리로", "통일로", "송파대로", "용마산로", "디지털로", "천호대로"}},
	{"경기도", "경기", []string{"수원시 팔달구", "고양시 일산동구", "성남시 분당구", "부천시", "안산시 단원구", "의정부시"},
		[]string{"인계동", "장항동", "정자동", "중동", "고잔동", "금오동"},
		[]string{"중부대로", "중앙로", "불정로", "길주로", "광덕대로", "평화로"}},
	{"인천광역시", "인천", []string{"남동구", "부평구", "연수구", "미추홀구"},
		[]string{"구월동", "부평동", "연수동", "주안동"},
		[]string{"예술로", "부평대로", "컨벤시아대로", "인하로"}},
	{"부산광역시", "부산", []string{"해운대구", "부산진구", "사하구"},
		[]string{"우동", "부전동", "하단동"},
		[]string{"해운대로", "중앙대로", "낙동대로"}},
}

// address spells a citizen's road or lot address with its unit, and
// breaks it over two lines when wrap is set.
func (b *builder) address(wrap bool) val {
	s := pick(b.r, sidos)
	gi := b.n(len(s.gus))
	city := s.full
	if b.p(1, 3) {
		city = s.short
	}
	var a string
	q := ""
	switch b.n(6) {
	case 0, 1:
		road := s.roads[b.n(len(s.roads))]
		if b.p(1, 2) {
			road += fmt.Sprintf("%d길", 1+b.n(40))
		}
		a = fmt.Sprintf("%s %s %s %d", city, s.gus[gi], road, 1+b.n(300))
		if b.p(1, 3) {
			a += fmt.Sprintf("-%d", 1+b.n(30))
		}
		if b.p(2, 3) {
			a += fmt.Sprintf(", %d동 %d호", 101+b.n(15), 100*(1+b.n(20))+1+b.n(6))
		} else if b.p(1, 2) {
			a += fmt.Sprintf(" %d층", 1+b.n(5))
		}
		if b.p(1, 2) {
			a += fmt.Sprintf("(%s)", s.dongs[gi%len(s.dongs)])
		}
	case 2:
		a = fmt.Sprintf("%s %s %s %d-%d", city, s.gus[gi], s.dongs[gi%len(s.dongs)], 1+b.n(999), 1+b.n(60))
		q = "+lot"
	case 3:
		a = fmt.Sprintf("%s %d-%d %s %d호", s.dongs[gi%len(s.dongs)], 1+b.n(999), 1+b.n(60), b.pick([]string{"", "지하", "2층"}), 101+b.n(5))
		a = strings.Join(strings.Fields(a), " ")
		q = "+lot+nocity"
	case 4:
		a = fmt.Sprintf("%s %s %s아파트 %d동 %d호", s.gus[gi], s.dongs[gi%len(s.dongs)], b.pick([]string{"현대", "한신", "주공", "푸르지오", "래미안", "e편한세상"}), 101+b.n(12), 101+b.n(1500))
		q = "+apt"
	default:
		a = fmt.Sprintf("%s %s %s %d번길 %d", s.short, s.gus[gi], s.roads[b.n(len(s.roads))], 10+b.n(90), 1+b.n(80))
	}
	if wrap {
		if w, ok := wrapAt(a, " ,"); ok {
			return val{w, q + "+wrapped"}
		}
	}
	return val{a, q}
}

// ip is a public IPv4 address, rarely IPv6.
func (b *builder) ip() val {
	if b.p(1, 10) {
		return val{fmt.Sprintf("2001:%x:%x::%x", 0x200+b.n(0xdff), b.n(0xffff), 1+b.n(0xfff)), "+v6"}
	}
	first := []int{1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 183, 203, 210, 211, 218, 220, 222}
	return val{fmt.Sprintf("%d.%d.%d.%d", pick(b.r, first), b.n(256), b.n(256), 1+b.n(254)), ""}
}
