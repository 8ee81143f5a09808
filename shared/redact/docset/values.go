package docset

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// date is a calendar date; documents, births and deadlines use it.
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

// randDate draws a valid date in years [y0, y1].
func randDate(r *rand.Rand, y0, y1 int) date {
	y := y0 + r.IntN(y1-y0+1)
	m := 1 + r.IntN(12)
	return date{y, m, 1 + r.IntN(daysIn(y, m))}
}

// addDays moves a date by n days (n may be negative).
func (d date) addDays(n int) date {
	for n > 0 {
		d.d++
		if d.d > daysIn(d.y, d.m) {
			d.d = 1
			d.m++
			if d.m > 12 {
				d.m = 1
				d.y++
			}
		}
		n--
	}
	for n < 0 {
		d.d--
		if d.d < 1 {
			d.m--
			if d.m < 1 {
				d.m = 12
				d.y--
			}
			d.d = daysIn(d.y, d.m)
		}
		n++
	}
	return d
}

// official formats a date the way 공문서 write it: "2024. 3. 2.".
func (d date) official() string { return fmt.Sprintf("%d. %d. %d.", d.y, d.m, d.d) }

// Birth-date notations. The six-digit code is what a "생년월일" column
// beside a name holds in benefit tables.
const (
	dobDot    = "dot"    // 1980. 3. 2.
	dobDot0   = "dot0"   // 1980.03.02
	dobDash   = "dash"   // 1980-03-02
	dobKor    = "kor"    // 1980년 3월 2일
	dobSix    = "six"    // 800302
	dobDot0Sp = "dot0sp" // 1980. 03. 02.
	dobShort  = "yy"     // 80. 3. 2.
	dobSlash  = "slash"  // 1980/03/02
)

func fmtDOB(d date, style string) string {
	switch style {
	case dobDot0:
		return fmt.Sprintf("%d.%02d.%02d", d.y, d.m, d.d)
	case dobDash:
		return fmt.Sprintf("%d-%02d-%02d", d.y, d.m, d.d)
	case dobKor:
		return fmt.Sprintf("%d년 %d월 %d일", d.y, d.m, d.d)
	case dobSix:
		return fmt.Sprintf("%02d%02d%02d", d.y%100, d.m, d.d)
	case dobDot0Sp:
		return fmt.Sprintf("%d. %02d. %02d.", d.y, d.m, d.d)
	case dobShort:
		return fmt.Sprintf("%02d. %d. %d.", d.y%100, d.m, d.d)
	case dobSlash:
		return fmt.Sprintf("%d/%02d/%02d", d.y, d.m, d.d)
	}
	return d.official()
}

func digits(r *rand.Rand, n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(byte('0' + r.IntN(10)))
	}
	return sb.String()
}

// nonzero draws n digits whose first digit is not 0.
func nonzero(r *rand.Rand, n int) string {
	return string(rune('1'+r.IntN(9))) + digits(r, n-1)
}

// residentNumber builds a 13-digit resident (or, with foreign, alien
// registration) number for a birth date. The 7th digit encodes century and
// sex: 1/2 (1900s) and 3/4 (2000s) for citizens, 5/6 and 7/8 for
// foreigners. withCheck chooses between the old checksum and a number
// issued after October 2020, which has none; such a number is drawn so that
// it fails the old checksum, as half of them really do not pass it by
// chance.
func residentNumber(r *rand.Rand, dob date, female, foreign, withCheck bool) string {
	g := 1
	if dob.y >= 2000 {
		g = 3
	}
	if female {
		g++
	}
	if foreign {
		g += 4
	}
	s := fmt.Sprintf("%02d%02d%02d%d", dob.y%100, dob.m, dob.d, g)
	// Region code (two digits, 00-95), then serial digits.
	s += fmt.Sprintf("%02d", r.IntN(96)) + digits(r, 3)
	c := rrnCheck(s)
	if withCheck {
		return s + string(rune('0'+c))
	}
	last := r.IntN(9)
	if last >= c {
		last++
	}
	return s + string(rune('0'+last))
}

// rrnCheck is the pre-2020 check digit of the first 12 digits.
func rrnCheck(s string) int {
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i, c := range s[:12] {
		sum += int(c-'0') * w[i]
	}
	return (11 - sum%11) % 10
}

// RRN notations.
const (
	rrnDash   = "dash"   // 800302-1234567
	rrnPlain  = "plain"  // 8003021234567
	rrnSpaced = "spaced" // 800302 - 1234567
	rrnSpace  = "space"  // 800302 1234567
)

func fmtRRN(s, style string) string {
	switch style {
	case rrnPlain:
		return s
	case rrnSpaced:
		return s[:6] + " - " + s[6:]
	case rrnSpace:
		return s[:6] + " " + s[6:]
	}
	return s[:6] + "-" + s[6:]
}

// mobileNumber draws 010-XXXX-XXXX digits (11 digits).
func mobileNumber(r *rand.Rand) string {
	return "010" + string(rune('2'+r.IntN(8))) + digits(r, 7)
}

// Mobile notations.
const (
	mobDash   = "dash"   // 010-1234-5678
	mobSpace  = "space"  // 010 1234 5678
	mobPlain  = "plain"  // 01012345678
	mobDot    = "dot"    // 010.1234.5678
	mobParen  = "paren"  // (010)1234-5678
	mobIntl   = "intl"   // +82-10-1234-5678
	mobIntlSp = "intlsp" // +82 10 1234 5678
)

func fmtMobile(s, style string) string {
	a, b, c := s[:3], s[3:7], s[7:]
	switch style {
	case mobSpace:
		return a + " " + b + " " + c
	case mobPlain:
		return s
	case mobDot:
		return a + "." + b + "." + c
	case mobParen:
		return "(" + a + ")" + b + "-" + c
	case mobIntl:
		return "+82-" + a[1:] + "-" + b + "-" + c
	case mobIntlSp:
		return "+82 " + a[1:] + " " + b + " " + c
	}
	return a + "-" + b + "-" + c
}

// landline is a subscriber number split into its area code, exchange and
// line parts.
type landline struct{ area, exch, line string }

// homePhone draws a residential number for an area code.
func homePhone(r *rand.Rand, area string) landline {
	n := 3
	if r.IntN(3) == 0 || area == "070" { // internet phones have four-digit exchanges
		n = 4
	}
	return landline{area, nonzero(r, n), digits(r, 4)}
}

// Landline notations.
const (
	telDash   = "dash"   // 02-123-4567
	telParen  = "paren"  // (02)123-4567
	telHalf   = "half"   // 02)123-4567
	telDot    = "dot"    // 02.123.4567
	telParenS = "parens" // (02) 123-4567
	telSpace  = "space"  // 02 123 4567
)

func (t landline) format(style string) string {
	switch style {
	case telParen:
		return "(" + t.area + ")" + t.exch + "-" + t.line
	case telHalf:
		return t.area + ")" + t.exch + "-" + t.line
	case telDot:
		return t.area + "." + t.exch + "." + t.line
	case telParenS:
		return "(" + t.area + ") " + t.exch + "-" + t.line
	case telSpace:
		return t.area + " " + t.exch + " " + t.line
	}
	return t.area + "-" + t.exch + "-" + t.line
}

// luhn completes a number with its Luhn check digit.
func luhn(body string) string {
	sum := 0
	double := true // the check digit goes right of body
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return body + string(rune('0'+(10-sum%10)%10))
}

// cardIssuer is a card brand prefix and length as Korean cards carry them.
type cardIssuer struct {
	prefix string
	length int
}

var cardIssuers = []cardIssuer{
	{"9410", 16}, // BC domestic
	{"4579", 16}, // Visa
	{"5365", 16}, // Mastercard
	{"4048", 16},
	{"5409", 16},
	{"3565", 16}, // JCB
	{"3762", 15}, // Amex
	{"6250", 16}, // UnionPay
}

func cardNumber(r *rand.Rand) string {
	ci := cardIssuers[r.IntN(len(cardIssuers))]
	return luhn(ci.prefix + digits(r, ci.length-len(ci.prefix)-1))
}

func fmtCard(s, sep string) string {
	if len(s) == 15 {
		return s[:4] + sep + s[4:10] + sep + s[10:]
	}
	return s[:4] + sep + s[4:8] + sep + s[8:12] + sep + s[12:]
}

// bank is a bank's name and the group lengths of its personal accounts.
type bank struct {
	name   string
	prefix string // fixed leading digits of personal accounts, if any
	groups []int
}

func (k bank) account(r *rand.Rand, hyphen bool) string {
	total := 0
	for _, g := range k.groups {
		total += g
	}
	s := k.prefix + digits(r, total-len(k.prefix))
	if !hyphen {
		return s
	}
	var parts []string
	at := 0
	for _, g := range k.groups {
		parts = append(parts, s[at:at+g])
		at += g
	}
	return strings.Join(parts, "-")
}

// Korean passports: M + 8 digits until 2021, then letter-digits-letter
// (M123A4567).
func koreanPassport(r *rand.Rand) string {
	if r.IntN(2) == 0 {
		return pickOf(r, "M", "M", "M", "S", "R") + digits(r, 8)
	}
	return "M" + digits(r, 3) + string(rune('A'+r.IntN(26))) + digits(r, 4)
}

// foreignPassport draws a passport number in a country's usual shape.
func foreignPassport(r *rand.Rand, style string) string {
	up := func() string { return string(rune('A' + r.IntN(26))) }
	switch style {
	case "vn": // Viet Nam: letter + 7 digits
		return pickOf(r, "B", "C", "N", "P") + digits(r, 7)
	case "cn": // China: E + 8 digits, or E + letter + 7 digits
		if r.IntN(2) == 0 {
			return "E" + digits(r, 8)
		}
		return "E" + pickOf(r, "A", "B", "C", "D", "E", "F", "G", "H", "J") + digits(r, 7)
	case "ph": // Philippines: P + 7 digits + letter, or old two letters
		if r.IntN(2) == 0 {
			return "P" + digits(r, 7) + up()
		}
		return pickOf(r, "EB", "EC") + digits(r, 7)
	case "two": // two letters + 7 digits (TH, UZ, JP, KZ style)
		return up() + up() + digits(r, 7)
	case "num9": // nine digits (US, RU, UK style)
		return nonzero(r, 9)
	case "num8": // eight digits (NP style)
		return "1" + digits(r, 7)
	case "de": // Germany: nine characters from a restricted alphabet
		const al = "CFGHJKLMNPRTVWXYZ0123456789"
		s := pickOf(r, "C", "F", "G", "H", "J", "K")
		for i := 0; i < 8; i++ {
			s += string(al[r.IntN(len(al))])
		}
		return s
	case "mm": // Myanmar: two letters + 6 digits
		return pickOf(r, "MA", "MB", "MC") + digits(r, 6)
	}
	// one letter + 7 digits (MN, KH, ID, LK)
	return pickOf(r, "N", "E", "A", "C") + digits(r, 7)
}

// Driver licence regions: numeric codes 11-28 and the older region names.
var licenceRegions = []string{"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"}

func driverLicence(r *rand.Rand, style string) string {
	yy := fmt.Sprintf("%02d", (80+r.IntN(45))%100) // issued 1980-2024
	body := digits(r, 6)
	chk := digits(r, 2)
	switch style {
	case "name": // 서울 12-123456-12
		return licenceRegions[r.IntN(len(licenceRegions))] + " " + yy + "-" + body + "-" + chk
	case "plain":
		return fmt.Sprintf("%d", 11+r.IntN(16)) + yy + body + chk
	}
	return fmt.Sprintf("%d", 11+r.IntN(16)) + "-" + yy + "-" + body + "-" + chk
}

// Plate syllables for private cars (and 바사아자 for commercial, 하허호 for
// rentals).
var plateSyllables = []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "바", "사", "아", "자", "하", "허", "호"}

var plateRegions = []string{"서울", "경기", "인천", "부산", "대구", "충남", "강원"}

func vehiclePlate(r *rand.Rand, style string) string {
	syl := plateSyllables[r.IntN(len(plateSyllables))]
	switch style {
	case "region": // 서울12가3456
		return plateRegions[r.IntN(len(plateRegions))] + fmt.Sprintf("%02d", 10+r.IntN(90)) + syl + nonzero(r, 4)
	case "three": // 123가4567 (since 2019)
		return fmt.Sprintf("%d", 100+r.IntN(600)) + syl + nonzero(r, 4)
	case "space": // 12가 3456
		return fmt.Sprintf("%02d", 10+r.IntN(90)) + syl + " " + nonzero(r, 4)
	case "threespace":
		return fmt.Sprintf("%d", 100+r.IntN(600)) + syl + " " + nonzero(r, 4)
	}
	return fmt.Sprintf("%02d", 10+r.IntN(90)) + syl + nonzero(r, 4)
}

// publicIP draws an address from ranges Korean ISPs and carriers use.
func publicIP(r *rand.Rand) string {
	first := pickOf(r, "211", "121", "175", "118", "220", "59", "112", "183", "1", "222", "106", "39")
	return fmt.Sprintf("%s.%d.%d.%d", first, r.IntN(256), r.IntN(256), 1+r.IntN(254))
}

// bizNumber builds a 사업자등록번호 with its check digit. The middle pair
// is 81/86/87/88 for a corporation's head office and 01-79 for a sole
// proprietor.
func bizNumber(r *rand.Rand, corporate bool) string {
	mid := fmt.Sprintf("%02d", 1+r.IntN(79))
	if corporate {
		mid = pickOf(r, "81", "86", "87", "88")
	}
	s := fmt.Sprintf("%d", 101+r.IntN(799)) + mid + digits(r, 4)
	w := []int{1, 3, 7, 1, 3, 7, 1, 3, 5}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(s[i]-'0') * w[i]
	}
	sum += int(s[8]-'0') * 5 / 10
	s += string(rune('0' + (10-sum%10)%10))
	return s[:3] + "-" + s[3:5] + "-" + s[5:]
}

// corpNumber builds a 법인등록번호: registry office, kind of corporation,
// serial and check digit. It has the shape of a resident number, and the
// first six digits of a Seoul registry number (110111, 110114…) even read
// as a valid date.
func corpNumber(r *rand.Rand) string {
	office := pickOf(r, "1101", "1101", "1101", "1311", "1201", "1344", "1601")
	kind := pickOf(r, "11", "11", "11", "14", "21", "22")
	s := office + kind + digits(r, 6)
	sum := 0
	for i := 0; i < 12; i++ {
		w := 1
		if i%2 == 1 {
			w = 2
		}
		sum += int(s[i]-'0') * w
	}
	s += string(rune('0' + (10-sum%10)%10))
	return s[:6] + "-" + s[6:]
}

func pickOf(r *rand.Rand, xs ...string) string { return xs[r.IntN(len(xs))] }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// won formats an amount as 공문서 do: 1,234,000원.
func won(n int) string { return comma(n) + "원" }

func comma(n int) string {
	s := fmt.Sprintf("%d", n)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
