package archive

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

// between returns a number in [lo, hi].
func between(r *rand.Rand, lo, hi int) int { return lo + r.IntN(hi-lo+1) }

type date struct{ y, m, d int }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func randDate(r *rand.Rand, y0, y1 int) date {
	y := between(r, y0, y1)
	m := between(r, 1, 12)
	return date{y, m, between(r, 1, daysIn(y, m))}
}

// addDays moves d forward by n days (n < 365).
func (d date) addDays(n int) date {
	for ; n > 0; n-- {
		d.d++
		if d.d > daysIn(d.y, d.m) {
			d.d = 1
			d.m++
			if d.m > 12 {
				d.m = 1
				d.y++
			}
		}
	}
	return d
}

func (d date) before(n int) date {
	for ; n > 0; n-- {
		d.d--
		if d.d == 0 {
			d.m--
			if d.m == 0 {
				d.m = 12
				d.y--
			}
			d.d = daysIn(d.y, d.m)
		}
	}
	return d
}

var weekdays = []string{"일", "월", "화", "수", "목", "금", "토"}

// weekday by Sakamoto's method.
func (d date) weekday() string {
	t := []int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	y := d.y
	if d.m < 3 {
		y--
	}
	return weekdays[(y+y/4-y/100+y/400+t[d.m-1]+d.d)%7]
}

// official writes a date the way documents date themselves; style 0-4.
func (d date) official(style int) string {
	switch style {
	case 1:
		return fmt.Sprintf("%d.%02d.%02d.", d.y, d.m, d.d)
	case 2:
		return fmt.Sprintf("%d-%02d-%02d", d.y, d.m, d.d)
	case 3:
		return fmt.Sprintf("%d년 %d월 %d일", d.y, d.m, d.d)
	case 4:
		return fmt.Sprintf("%d. %d. %d.(%s)", d.y, d.m, d.d, d.weekday())
	}
	return fmt.Sprintf("%d. %d. %d.", d.y, d.m, d.d)
}

// birthNotations is how many notations birthText knows.
const birthNotations = 13

// birthText writes a date of birth in notation k.
func birthText(d date, k int) string {
	yy := d.y % 100
	switch k {
	case 0:
		return fmt.Sprintf("%d. %d. %d.", d.y, d.m, d.d)
	case 1:
		return fmt.Sprintf("%d.%02d.%02d", d.y, d.m, d.d)
	case 2:
		return fmt.Sprintf("%02d.%02d.%02d", yy, d.m, d.d)
	case 3:
		return fmt.Sprintf("%02d%02d%02d", yy, d.m, d.d)
	case 4:
		return fmt.Sprintf("%d/%d/%d", d.y, d.m, d.d)
	case 5:
		return fmt.Sprintf("%d-%02d-%02d", d.y, d.m, d.d)
	case 6:
		return fmt.Sprintf("%d년 %d월 %d일", d.y, d.m, d.d)
	case 7:
		return fmt.Sprintf("'%02d. %d. %d.", yy, d.m, d.d)
	case 8:
		return fmt.Sprintf("%d.%d.%d", d.y, d.m, d.d)
	case 9:
		return fmt.Sprintf("%02d년 %d월 %d일", yy, d.m, d.d)
	case 10:
		return fmt.Sprintf("%d%02d%02d", d.y, d.m, d.d)
	case 11:
		return fmt.Sprintf("%d. %02d. %02d", d.y, d.m, d.d)
	default:
		return fmt.Sprintf("%02d-%02d-%02d", yy, d.m, d.d)
	}
}

// rrnDigits builds a registration number for a birth date: gender digit
// by century and sex (foreigners 5-8), four region digits, a serial and
// the checksum digit.
func rrnDigits(r *rand.Rand, b date, female, foreign bool) string {
	g := 1
	if b.y >= 2000 {
		g = 3
	}
	if female {
		g++
	}
	if foreign {
		g += 4
	}
	s := fmt.Sprintf("%02d%02d%02d%d%02d%02d%d", b.y%100, b.m, b.d, g, between(r, 0, 96), between(r, 0, 99), r.IntN(10))
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i := range 12 {
		sum += int(s[i]-'0') * w[i]
	}
	return s + fmt.Sprint((11-sum%11)%10)
}

// rrnText writes 13 digits in notation k.
func rrnText(s string, k int) string {
	switch k {
	case 1:
		return s
	case 2:
		return s[:6] + " - " + s[6:]
	case 3:
		return s[:6] + " " + s[6:]
	case 4:
		return s[:6] + "–" + s[6:]
	case 5:
		return fullWidth(s[:6] + "-" + s[6:])
	}
	return s[:6] + "-" + s[6:]
}

func fullWidth(s string) string {
	var sb strings.Builder
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			sb.WriteRune(c - '0' + '０')
		case c == '-':
			sb.WriteRune('－')
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// phone is a number cut into its groups.
type phone struct{ area, mid, last string }

func mobileNumber(r *rand.Rand) phone {
	if r.IntN(15) == 0 {
		return phone{pick(r, []string{"011", "016", "017", "019"}), fmt.Sprint(between(r, 200, 999)), digits(r, 4)}
	}
	return phone{"010", fmt.Sprint(between(r, 2000, 9999)), digits(r, 4)}
}

var areaCodes = []string{"02", "02", "02", "02", "031", "031", "032", "033", "041", "042", "043", "051", "053", "061", "062", "063", "064"}

func homeNumber(r *rand.Rand) phone {
	a := pick(r, areaCodes)
	if r.IntN(10) == 0 {
		a = "070"
	}
	mid := fmt.Sprint(between(r, 200, 999))
	if a == "070" || r.IntN(3) > 0 {
		mid = fmt.Sprint(between(r, 2000, 9899))
	}
	return phone{a, mid, digits(r, 4)}
}

// phoneText writes a number in notation k (0-11).
func phoneText(p phone, k int) string {
	a, m, l := p.area, p.mid, p.last
	switch k {
	case 1:
		return a + " " + m + " " + l
	case 2:
		return a + m + l
	case 3:
		return a + "." + m + "." + l
	case 4:
		return "+82-" + a[1:] + "-" + m + "-" + l
	case 5:
		return "+82 " + a[1:] + " " + m + " " + l
	case 6:
		return "(" + a + ")" + m + "-" + l
	case 7:
		return a + ")" + m + "-" + l
	case 8:
		return a + " - " + m + " - " + l
	case 9:
		return "(" + a + ") " + m + "-" + l
	case 10:
		return "+82 (0)" + a[1:] + "-" + m + "-" + l
	case 11:
		return a + "-" + m + " " + l
	}
	return a + "-" + m + "-" + l
}

var mailDomains = []string{"naver.com", "naver.com", "naver.com", "hanmail.net", "daum.net", "gmail.com", "gmail.com", "nate.com", "kakao.com", "hotmail.com", "yahoo.co.kr", "korea.com"}
var handleWords = []string{"sky", "happy", "sunny", "moon", "star", "hope", "green", "tiger", "angel", "dream", "mint", "blue", "lucky", "haru", "cool"}

func emailFor(r *rand.Rand, sur, given string) string {
	var local string
	gr, sr := romanize(given), strings.ToLower(latinSurname(sur))
	switch r.IntN(6) {
	case 0:
		local = sr + gr + digits(r, 2)
	case 1:
		local = gr + "." + sr
	case 2:
		local = pick(r, handleWords) + digits(r, 4)
	case 3:
		local = sr + "_" + gr + fmt.Sprint(between(r, 60, 99))
	case 4:
		local = gr + digits(r, 3)
	default:
		local = pick(r, handleWords) + "_" + gr
	}
	return local + "@" + pick(r, mailDomains)
}

// luhn completes a card number prefix of n-1 digits with its check digit.
func luhn(body string) string {
	sum := 0
	dbl := true
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if dbl {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		dbl = !dbl
	}
	return body + fmt.Sprint((10-sum%10)%10)
}

func cardNumber(r *rand.Rand) string {
	if r.IntN(8) == 0 {
		p := pick(r, []string{"34", "37"})
		return luhn(p + digits(r, 12))
	}
	p := pick(r, []string{"4", "4", "5", "9410", "9430", "6253"})
	if p == "5" {
		p += fmt.Sprint(between(r, 1, 5))
	}
	return luhn(p + digits(r, 15-len(p)))
}

// cardText groups a card number in notation k.
func cardText(s string, k int) string {
	var g []string
	if len(s) == 15 {
		g = []string{s[:4], s[4:10], s[10:]}
	} else {
		g = []string{s[:4], s[4:8], s[8:12], s[12:]}
	}
	switch k {
	case 1:
		return strings.Join(g, " ")
	case 2:
		return s
	}
	return strings.Join(g, "-")
}

// bank is a bank and the group shape of its account numbers.
type bank struct {
	name   string
	groups []int
	prefix string
}

var banks = []bank{
	{"국민은행", []int{6, 2, 6}, ""},
	{"KB국민은행", []int{3, 2, 4, 3}, ""},
	{"신한은행", []int{3, 3, 6}, "1"},
	{"우리은행", []int{4, 3, 6}, "1002"},
	{"하나은행", []int{3, 6, 5}, ""},
	{"NH농협은행", []int{3, 4, 4, 2}, "3"},
	{"농협", []int{6, 2, 6}, "3"},
	{"IBK기업은행", []int{3, 6, 2, 3}, "0"},
	{"카카오뱅크", []int{4, 2, 7}, "3333"},
	{"우체국", []int{6, 2, 6}, ""},
	{"새마을금고", []int{4, 4, 4, 1}, "9"},
	{"SC제일은행", []int{3, 2, 6}, ""},
	{"부산은행", []int{3, 4, 4, 2}, "1"},
	{"토스뱅크", []int{4, 4, 4}, "1000"},
	{"신협", []int{3, 3, 6}, "13"},
}

func accountNumber(r *rand.Rand, bk bank) []string {
	total := 0
	for _, g := range bk.groups {
		total += g
	}
	s := bk.prefix + digits(r, total-len(bk.prefix))
	var out []string
	for _, g := range bk.groups {
		out = append(out, s[:g])
		s = s[g:]
	}
	return out
}

// accountText writes account groups in notation k: hyphens, none, spaces.
func accountText(g []string, k int) string {
	switch k {
	case 1:
		return strings.Join(g, "")
	case 2:
		return strings.Join(g, " ")
	}
	return strings.Join(g, "-")
}

var plateSyllables = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "허", "하", "호"}

func plateNumber(r *rand.Rand) string {
	h := pick(r, plateSyllables)
	switch r.IntN(7) {
	case 0:
		return fmt.Sprintf("%d%s%04d", between(r, 10, 99), h, between(r, 1000, 9999))
	case 1:
		return fmt.Sprintf("%d%s %04d", between(r, 100, 399), h, between(r, 1000, 9999))
	case 2:
		return fmt.Sprintf("서울%d%s%04d", between(r, 10, 99), h, between(r, 1000, 9999))
	case 3:
		return fmt.Sprintf("%s %d%s %04d", pick(r, []string{"서울", "경기", "인천"}), between(r, 10, 99), h, between(r, 1000, 9999))
	case 4:
		return fmt.Sprintf("%d %s %04d", between(r, 10, 99), h, between(r, 1000, 9999))
	}
	return fmt.Sprintf("%d%s%04d", between(r, 100, 399), h, between(r, 1000, 9999))
}

var licenceRegions = []string{"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"}

func licenceNumber(r *rand.Rand) string {
	reg := between(r, 11, 28)
	if reg == 27 {
		reg = 11
	}
	yy, ser, chk := digits(r, 2), digits(r, 6), digits(r, 2)
	switch r.IntN(6) {
	case 1:
		return fmt.Sprintf("%d %s %s %s", reg, yy, ser, chk)
	case 2:
		return fmt.Sprintf("%d%s%s%s", reg, yy, ser, chk)
	case 3, 4:
		return fmt.Sprintf("%s %s-%s-%s", pick(r, licenceRegions), yy, ser, chk)
	}
	return fmt.Sprintf("%d-%s-%s-%s", reg, yy, ser, chk)
}

// ipAddress is an address in ranges Korean carriers and ISPs hand to
// subscribers.
func ipAddress(r *rand.Rand) string {
	p := pick(r, []string{"211.36", "223.38", "39.7", "110.70", "175.223", "106.101", "118.235", "121.134", "222.110", "59.10", "14.52", "61.75"})
	return fmt.Sprintf("%s.%d.%d", p, between(r, 0, 255), between(r, 1, 254))
}

// address is a residence: prefix (province, city, district) stays
// unlabelled; core runs from the road or dong name through the last
// number and its counter; tail is what follows (the 동 in brackets).
type address struct{ prefix, core, tail string }

var seoulRoads = [][2]string{
	{"마포구", "월드컵로"}, {"마포구", "양화로"}, {"마포구", "독막로"}, {"마포구", "성미산로"}, {"마포구", "망원로"},
	{"서대문구", "연희로"}, {"서대문구", "통일로"}, {"은평구", "은평로"}, {"은평구", "연서로"}, {"도봉구", "도봉로"},
	{"노원구", "노해로"}, {"노원구", "동일로"}, {"노원구", "상계로"}, {"중랑구", "망우로"}, {"중랑구", "면목로"},
	{"동대문구", "천호대로"}, {"성동구", "왕십리로"}, {"성동구", "고산자로"}, {"광진구", "자양로"}, {"광진구", "능동로"},
	{"송파구", "올림픽로"}, {"송파구", "백제고분로"}, {"강남구", "도곡로"}, {"강남구", "선릉로"}, {"강남구", "언주로"},
	{"서초구", "반포대로"}, {"서초구", "효령로"}, {"동작구", "사당로"}, {"동작구", "상도로"}, {"동작구", "노량진로"},
	{"영등포구", "신길로"}, {"영등포구", "도림로"}, {"금천구", "시흥대로"}, {"구로구", "가마산로"}, {"구로구", "경인로"},
	{"양천구", "목동동로"}, {"양천구", "신월로"}, {"강서구", "화곡로"}, {"강서구", "등촌로"}, {"강서구", "강서로"},
	{"관악구", "신림로"}, {"관악구", "봉천로"}, {"관악구", "난곡로"}, {"용산구", "청파로"}, {"용산구", "후암로"},
	{"성북구", "보문로"}, {"성북구", "정릉로"}, {"강북구", "삼양로"}, {"강북구", "수유로"}, {"강동구", "성내로"},
	{"종로구", "창신길"}, {"중구", "다산로"},
}

var seoulDongs = [][2]string{
	{"마포구", "망원동"}, {"마포구", "서교동"}, {"마포구", "연남동"}, {"마포구", "공덕동"}, {"강서구", "화곡동"},
	{"강서구", "등촌동"}, {"관악구", "신림동"}, {"관악구", "봉천동"}, {"노원구", "상계동"}, {"노원구", "중계동"},
	{"도봉구", "쌍문동"}, {"강북구", "수유동"}, {"강북구", "미아동"}, {"성북구", "정릉동"}, {"중랑구", "면목동"},
	{"중랑구", "묵동"}, {"중구", "신당동"}, {"종로구", "창신동"}, {"용산구", "후암동"}, {"성동구", "행당동"},
	{"광진구", "자양동"}, {"송파구", "가락동"}, {"송파구", "문정동"}, {"강동구", "천호동"}, {"강동구", "길동"},
	{"서초구", "방배동"}, {"동작구", "사당동"}, {"영등포구", "신길동"}, {"영등포구", "대림동"}, {"구로구", "구로동"},
	{"금천구", "독산동"}, {"금천구", "시흥동"}, {"양천구", "신월동"}, {"은평구", "불광동"}, {"은평구", "응암동"},
	{"서대문구", "홍제동"}, {"서대문구", "남가좌동"}, {"도봉구", "창동"}, {"성동구", "성수동2가"},
}

var otherRoads = [][2]string{
	{"경기도 고양시 덕양구", "화정로"}, {"경기도 성남시 분당구", "판교역로"}, {"경기도 부천시", "길주로"},
	{"인천광역시 부평구", "부평대로"}, {"경기도 의정부시", "시민로"}, {"경기도 수원시 팔달구", "효원로"},
}

var villaNames = []string{"한빛빌라", "그린빌", "현대빌라", "우성연립", "동아하이츠", "신원빌라", "행복주택", "삼익아파트", "주공아파트", "SK뷰", "청구아파트"}

// newAddress makes a residence; inSeoul prefers Seoul districts.
func newAddress(r *rand.Rand) address {
	var a address
	city := pick(r, []string{"서울특별시 ", "서울특별시 ", "서울 ", "서울시 ", ""})
	unit := func() string {
		switch r.IntN(8) {
		case 0:
			return fmt.Sprintf(", %d동 %d호", between(r, 101, 125), between(r, 1, 25)*100+between(r, 1, 6))
		case 1:
			return fmt.Sprintf(", %d층", between(r, 2, 5))
		case 2:
			return fmt.Sprintf(" %d호", between(r, 101, 503))
		case 3:
			return fmt.Sprintf(", %s동 %d호", pick(r, []string{"A", "B", "가", "나"}), between(r, 101, 402))
		case 4:
			return fmt.Sprintf(", 지하%d층 %d호", 1, between(r, 1, 3))
		case 5:
			return fmt.Sprintf(", %d동 %d호", between(r, 1, 12), between(r, 101, 1504))
		}
		return ""
	}
	switch r.IntN(10) {
	case 0, 1, 2, 3, 4: // road address in Seoul
		dr := pick(r, seoulRoads)
		a.prefix = city + dr[0] + " "
		if city == "" {
			a.prefix = ""
		}
		road := dr[1]
		if r.IntN(2) == 0 {
			sep := ""
			if r.IntN(4) == 0 {
				sep = " "
			}
			road += sep + fmt.Sprint(between(r, 1, 40)) + pick(r, []string{"길", "길", "나길", "가길"})
		}
		num := fmt.Sprint(between(r, 1, 180))
		if r.IntN(4) == 0 {
			num += "-" + fmt.Sprint(between(r, 1, 30))
		}
		a.core = road + " " + num + unit()
		if r.IntN(3) == 0 {
			for _, d := range seoulDongs {
				if d[0] == dr[0] {
					a.tail = " (" + d[1] + ")"
					if r.IntN(2) == 0 {
						a.tail = " (" + d[1] + ", " + pick(r, villaNames) + ")"
					}
					break
				}
			}
		}
	case 5, 6, 7: // lot-number address
		dd := pick(r, seoulDongs)
		a.prefix = city + dd[0] + " "
		lot := fmt.Sprint(between(r, 1, 1200))
		if r.IntN(3) > 0 {
			lot += "-" + fmt.Sprint(between(r, 1, 99))
		}
		if r.IntN(3) == 0 {
			lot += "번지"
		}
		switch r.IntN(4) {
		case 0:
			lot += " " + pick(r, villaNames) + fmt.Sprintf(" %d호", between(r, 101, 402))
		case 1:
			lot += fmt.Sprintf(" %d층", between(r, 1, 4))
		case 2:
			lot += unit()
		}
		a.core = dd[1] + " " + lot
	default: // outside Seoul
		o := pick(r, otherRoads)
		a.prefix = o[0] + " "
		a.core = fmt.Sprintf("%s %d", o[1], between(r, 1, 300)) + unit()
	}
	return a
}

// newPerson makes a citizen; age range in years at the document date.
func newPerson(r *rand.Rand, docYear, minAge, maxAge int) *person {
	p := &person{female: r.IntN(2) == 0}
	switch n := r.IntN(100); {
	case n < 5:
		p.sur = pick(r, compoundSurnames)
	default:
		p.sur = pick(r, surnames)
	}
	switch n := r.IntN(100); {
	case n < 7:
		p.given = pick(r, given1)
	case n < 12:
		p.given = pick(r, given3)
	case p.female:
		p.given = pick(r, givenFemale)
	default:
		p.given = pick(r, givenMale)
	}
	p.birth = randDate(r, docYear-maxAge, docYear-minAge)
	p.fill(r)
	p.latinKR = strings.ToUpper(latinSurname(p.sur)) + " " + strings.ToUpper(romanize(p.given))
	if r.IntN(2) == 0 {
		g := romanize(p.given)
		if rs := []rune(p.given); len(rs) == 2 {
			g = title(romanize(string(rs[0]))) + "-" + romanize(string(rs[1]))
		}
		p.latinKR = title(g) + " " + latinSurname(p.sur)
	}
	return p
}

// newForeigner makes a foreign resident; a few are Korean-Chinese with a
// Hangul name.
func newForeigner(r *rand.Rand, docYear int) *person {
	nat := pick(r, nations)
	p := &person{female: r.IntN(2) == 0}
	f := &foreigner{nat: nat, givenFirst: nat.givenFirst, latinVariant: r.IntN(5)}
	if nat.name == "중국" && r.IntN(3) == 0 {
		kp := newPerson(r, docYear, 20, 65)
		p.sur, p.given, p.female = kp.sur, kp.given, kp.female
		f.koreanLatin = true
		p.latinKR = strings.ToUpper(latinSurname(p.sur) + " " + romanize(p.given))
	} else {
		surs, givs := nat.surM, nat.givM
		if p.female {
			givs = nat.givF
			if nat.surF != nil {
				surs = nat.surF
			}
		}
		s, g := pick(r, surs), pick(r, givs)
		f.latSur, f.hanSur, f.latGiven, f.hanGiven = s[0], s[1], g[0], g[1]
	}
	p.fr = f
	p.birth = randDate(r, docYear-65, docYear-19)
	p.fill(r)
	p.passport = nat.passport(r)
	return p
}

func (p *person) fill(r *rand.Rand) {
	p.rrn = rrnDigits(r, p.birth, p.female, p.fr != nil)
	m := mobileNumber(r)
	p.mobile = m.area + "|" + m.mid + "|" + m.last
	p.home = homeNumber(r)
	sur, given := p.sur, p.given
	if p.fr != nil && !p.fr.koreanLatin {
		sur, given = "", ""
	}
	if sur == "" {
		p.email = strings.ToLower(strings.ReplaceAll(p.fr.latGiven, " ", "")) + digits(r, 2) + "@" + pick(r, []string{"gmail.com", "gmail.com", "yahoo.com", "naver.com", "hotmail.com"})
	} else {
		p.email = emailFor(r, sur, given)
	}
	p.addr = newAddress(r)
	bk := pick(r, banks)
	p.bank = bk.name
	p.acct = strings.Join(accountNumber(r, bk), "|")
	p.card = cardNumber(r)
	p.plate = plateNumber(r)
	p.licence = licenceNumber(r)
	p.passport = koreanPassport(r)
	p.ip = ipAddress(r)
}

func (p *person) mobilePhone() phone {
	g := strings.Split(p.mobile, "|")
	return phone{g[0], g[1], g[2]}
}

func (p *person) acctGroups() []string { return strings.Split(p.acct, "|") }
