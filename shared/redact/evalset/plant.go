package evalset

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// ctx is a context template: the value goes between pre and post.
type ctx struct{ pre, post string }

func pickCtx(r *rand.Rand, cs []ctx) ctx { return cs[r.IntN(len(cs))] }

// disguise applies the variations real text carries: full-width digits,
// other dashes, zero-width characters, no-break spaces.
func disguise(r *rand.Rand, v string) (string, string) {
	switch x := r.IntN(20); {
	case x < 2:
		var sb strings.Builder
		for _, c := range v {
			switch {
			case c >= '0' && c <= '9', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
				sb.WriteRune(c - '!' + 0xFF01)
			case c == '-':
				sb.WriteRune('－')
			case c == '.':
				sb.WriteRune('．')
			case c == '@':
				sb.WriteRune('＠')
			default:
				sb.WriteRune(c)
			}
		}
		return sb.String(), "fullwidth"
	case x < 4 && strings.Contains(v, "-"):
		return strings.ReplaceAll(v, "-", pick(r, []string{"–", "‐", "−", "—"})), "dash"
	case x < 5 && len(v) > 4:
		k := 1 + r.IntN(len(v)-2)
		for k < len(v) && v[k]&0xC0 == 0x80 {
			k++
		}
		return v[:k] + pick(r, []string{"\u200b", "\u200d", "\ufeff", "\u00ad"}) + v[k:], "zerowidth"
	case x < 6 && strings.Contains(v, " "):
		return strings.ReplaceAll(v, " ", "\u00a0"), "nbsp"
	}
	return v, "plain"
}

func (b *builder) plant(typ string) {
	r := b.r
	var v, form string
	var c ctx
	switch typ {
	case tRRN, tFRN:
		v, form = rrn(r, typ == tFRN)
		if typ == tRRN {
			c = pickCtx(r, []ctx{{"주민등록번호: ", ""}, {"주민등록번호 ", ""}, {"주민번호 ", " "}, {"(", ")"}, {"주민등록번호는 ", "입니다"},
				{"", ""}, {"RRN ", ""}, {"생년월일 및 주민번호 ", ""}, {"신청인 김모(", ")"}, {"주민등록번호 : ", ","},
				{"| ", " |"}, {"주민등록번호\t", ""}, {"주민등록번호:", ""}, {"주민번호(", ")"}})
		} else {
			c = pickCtx(r, []ctx{{"외국인등록번호: ", ""}, {"외국인등록번호 ", ""}, {"등록번호 ", ""}, {"(", ")"}, {"", ""}, {"Alien Reg. No. ", ""}})
		}
	case tMobile:
		v, form = mobile(r)
		c = pickCtx(r, []ctx{{"연락처 ", ""}, {"휴대전화: ", ""}, {"핸드폰 ", "로 연락 바랍니다"}, {"(", ")"}, {"H.P. ", ""}, {"", ""},
			{"Tel. ", ""}, {"휴대폰번호는 ", "입니다"}, {"연락처(", ")"}, {"문자 수신 번호: ", ""},
			{"| ", " |"}, {"휴대전화:", ""}, {"HP ", ""}})
	case tLandline:
		v, form = landline(r)
		c = pickCtx(r, []ctx{{"자택 전화 ", ""}, {"집 전화번호: ", ""}, {"연락처(자택) ", ""}, {"민원인 연락처 ", ""},
			{"보호자 연락처는 ", "입니다"}, {"자택: ", ""}, {"신청인 전화번호 ", ""}, {"Home ", ""},
			{"연락처 ", " (자택)"}, {"(집) ", ""}, {"집 전화 ", ""}})
	case tEmail:
		v, form = email(r)
		c = pickCtx(r, []ctx{{"이메일 ", ""}, {"전자우편: ", ""}, {"E-mail: ", ""}, {"(", ")"}, {"", "으로 회신 바랍니다"}, {"메일 주소 ", ""}, {"<", ">"}})
	case tCard:
		v, form = card(r)
		c = pickCtx(r, []ctx{{"카드번호 ", ""}, {"신용카드(", ")로 결제"}, {"card no. ", ""}, {"결제카드: ", ""}, {"체크카드 ", " 분실"}})
	case tAccount:
		var bank string
		v, bank, form = account(r)
		c = pickCtx(r, []ctx{{bank + " ", ""}, {"계좌번호: ", " (" + bank + ")"}, {"환급계좌 " + bank + " ", ""}, {"", " " + bank},
			{"예금주 홍모, " + bank + " ", ""}, {"입금계좌 ", ""},
			{bank + " 계좌 ", "로 입금"}, {"입금 계좌: ", ", 예금주 본인"}, {"계좌 ", ""}, {bank + " ", " 예금주 김모"}})
	case tPassport:
		v, form = passport(r)
		c = pickCtx(r, []ctx{{"여권번호 ", ""}, {"여권번호: ", ""}, {"Passport No. ", ""}, {"여권(", ")"}, {"", ""}})
	case tLicence:
		v, form = licence(r)
		c = pickCtx(r, []ctx{{"운전면허번호 ", ""}, {"면허번호: ", ""}, {"운전면허증(", ")"}, {"driver's license ", ""}})
	case tPlate:
		v, form = plate(r)
		c = pickCtx(r, []ctx{{"차량번호 ", ""}, {"", " 차량"}, {"승용차(", ")"}, {"주차 위반 차량 ", ""}, {"차량 번호판 ", ""}, {"화물차 ", "의 운전자"}})
	case tBirth:
		v, form = birth(r)
		c = pickCtx(r, []ctx{{"생년월일: ", ""}, {"생년월일 ", ""}, {"출생일 ", ""}, {"(", "생)"}, {"", "생"}, {"DOB ", ""}, {"생일은 ", "이며"},
			{"", " (생년월일)"}, {"생년월일:", ""}, {"출생 ", ""}})
	case tName:
		v, form = name(r)
		for contains(b.doc.Exempt, v) {
			v, form = name(r) // a citizen who shares an official's name is exempt too
		}
		c = pickCtx(r, []ctx{{"민원인 ", pick(r, []string{"은 ", "의 ", "이 ", "(남, 45세)"})}, {"신청인: ", ""}, {"신청인 ", " (서명)"}, {"성명 ", ""},
			{"성명: ", ""}, {"수신자 ", " 귀하"}, {"", " 님"}, {"", "님께서"}, {"", " 씨가"}, {"", "씨는"}, {"청구인 ", "은 "},
			{"진정인 ", "의 주장"}, {"예금주 ", ""}, {"보호자 ", "(모)"}, {"", " 님의 민원"}, {"이름: ", ""},
			{"수신자: ", ""}, {"", "님께"}, {"", " 귀하"}, {"민원인 ", "께서 "}, {"신청인 ", " 외 1명"}, {"| 성명 | ", " |"},
			{"", fmt.Sprintf("(%d세)", 20+r.IntN(60))}, {"", pick(r, []string{"(여, ", "(남, "}) + fmt.Sprint(20+r.IntN(60)) + "세)"},
			{"", " 민원인께서"}, {"", " 고객님"}})
		if c.post == "" && c.pre != "" && r.IntN(3) == 0 {
			c.post = pick(r, []string{"(010-****-1234)", ", ", " 외 2명"})
		}
	case tAddress:
		b.address()
		return
	case tIP:
		v, form = ip(r)
		c = pickCtx(r, []ctx{{"접속 IP ", ""}, {"IP 주소: ", ""}, {"아이피 ", "에서 접속"}, {"IP(", ")"}, {"로그인 IP는 ", "입니다"}})
	}
	var how string
	v, how = disguise(r, v)
	if typ == tName && r.IntN(15) == 0 {
		v, how = norm.NFD.String(v), "nfd"
	}
	b.item(typ, form+"/"+how, c.pre, v, c.post)
}

func rrn(r *rand.Rand, foreign bool) (string, string) {
	y := 1935 + r.IntN(88)
	m := 1 + r.IntN(12)
	d := 1 + r.IntN(28)
	if r.IntN(10) == 0 {
		d = 29 + r.IntN(2)
		if m == 2 {
			d = 28
		}
	}
	g := 1 + r.IntN(2)
	if y >= 2000 {
		g += 2
	}
	if foreign {
		g += 4
	}
	body := fmt.Sprintf("%02d%02d%02d%d%s", y%100, m, d, g, digits(r, 5))
	form := "random"
	if r.IntN(2) == 0 {
		w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
		sum := 0
		for i := 0; i < 12; i++ {
			sum += int(body[i]-'0') * w[i]
		}
		body += fmt.Sprint((11 - sum%11) % 10)
		form = "checksum"
	} else {
		body += digits(r, 1)
	}
	sep := pick(r, []string{"-", "-", "-", "", " ", " - "})
	return body[:6] + sep + body[6:], form
}

func mobile(r *rand.Rand) (string, string) {
	p := "010"
	mid := fmt.Sprint(2+r.IntN(8)) + digits(r, 3)
	if r.IntN(5) == 0 {
		p = pick(r, []string{"011", "016", "017", "018", "019"})
		if r.IntN(2) == 0 {
			mid = mid[:3]
		}
	}
	last := digits(r, 4)
	switch r.IntN(9) {
	case 0:
		return p + " " + mid + " " + last, "space"
	case 1:
		return p + mid + last, "bare"
	case 2:
		return p + "." + mid + "." + last, "dot"
	case 3:
		return "+82-" + p[1:] + "-" + mid + "-" + last, "intl"
	case 4:
		return "(" + p + ")" + mid + "-" + last, "paren"
	case 5:
		return "+82 " + p[1:] + " " + mid + " " + last, "intl_space"
	}
	return p + "-" + mid + "-" + last, "hyphen"
}

func landline(r *rand.Rand) (string, string) {
	a := pick(r, []string{"02", "02", "031", "032", "042", "051", "053", "062", "064", "070"})
	mid := fmt.Sprint(2+r.IntN(8)) + digits(r, 2+r.IntN(2))
	last := digits(r, 4)
	switch r.IntN(5) {
	case 0:
		return "(" + a + ")" + mid + "-" + last, "paren"
	case 1:
		return a + " " + mid + " " + last, "space"
	case 2:
		return a + "." + mid + "." + last, "dot"
	}
	return a + "-" + mid + "-" + last, "hyphen"
}

func email(r *rand.Rand) (string, string) {
	local := pick(r, []string{"hong.gildong", "kimcs", "lee_yh", "park-ms", "jiwoo", "minsu.kim", "sy.choi", "hana2000", "yjkang", "citizen.seoul"})
	if r.IntN(2) == 0 {
		local += digits(r, 2+r.IntN(3))
	}
	dom := pick(r, []string{"naver.com", "daum.net", "hanmail.net", "gmail.com", "nate.com", "kakao.com", "example.org", "yahoo.co.kr", "korea.ac.kr"})
	return local + "@" + dom, "plain"
}

func card(r *rand.Rand) (string, string) {
	n := 16
	p := pick(r, []string{"4", "51", "52", "55", "9410", "6250", "37", "34"})
	if p == "37" || p == "34" {
		n = 15
	}
	d := p + digits(r, n-1-len(p))
	// Luhn check digit.
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
	if n == 15 {
		return d[:4] + "-" + d[4:10] + "-" + d[10:], "amex"
	}
	switch r.IntN(4) {
	case 0:
		return d, "bare"
	case 1:
		return d[:4] + " " + d[4:8] + " " + d[8:12] + " " + d[12:], "space"
	}
	return d[:4] + "-" + d[4:8] + "-" + d[8:12] + "-" + d[12:], "hyphen"
}

func account(r *rand.Rand) (v, bank, form string) {
	type bk struct{ name, shape string }
	b := pick(r, []bk{{"국민은행", "6-2-6"}, {"신한은행", "3-3-6"}, {"우리은행", "4-3-6"}, {"하나은행", "3-6-5"}, {"농협", "3-4-4-2"},
		{"NH농협은행", "3-2-6"}, {"기업은행", "3-6-2-3"}, {"카카오뱅크", "4-2-7"}, {"토스뱅크", "4-4-4"}, {"우체국", "6-2-6"},
		{"새마을금고", "4-4-4-1"}, {"케이뱅크", "3-3-6"}, {"SC제일은행", "3-2-6"}, {"부산은행", "3-4-4-2"}})
	var parts []string
	for _, p := range strings.Split(b.shape, "-") {
		var k int
		fmt.Sscan(p, &k)
		parts = append(parts, digits(r, k))
	}
	if r.IntN(5) == 0 {
		return strings.Join(parts, ""), b.name, "bare"
	}
	return strings.Join(parts, "-"), b.name, b.shape
}

func passport(r *rand.Rand) (string, string) {
	l := pick(r, []string{"M", "M", "S", "R"})
	if r.IntN(2) == 0 {
		return l + digits(r, 8), "old"
	}
	return l + digits(r, 3) + string(rune('A'+r.IntN(26))) + digits(r, 4), "new"
}

var regions = map[int]string{11: "서울", 12: "부산", 13: "경기", 14: "강원", 15: "충북", 16: "충남", 17: "전북", 18: "전남",
	19: "경북", 20: "경남", 21: "제주", 22: "대구", 23: "인천", 24: "광주", 25: "대전", 26: "울산", 28: "경기"}

func licence(r *rand.Rand) (string, string) {
	reg := 11 + r.IntN(16)
	if reg == 27 {
		reg = 28
	}
	body := fmt.Sprintf("%02d-%s-%s", r.IntN(100), digits(r, 6), digits(r, 2))
	switch r.IntN(5) {
	case 0:
		return regions[reg] + " " + body, "region_name"
	case 1:
		return fmt.Sprintf("%d%s", reg, strings.ReplaceAll(body, "-", "")), "bare"
	}
	return fmt.Sprintf("%d-%s", reg, body), "hyphen"
}

func plate(r *rand.Rand) (string, string) {
	h := pick(r, []string{"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "하", "허", "호", "배"})
	n := digits(r, 2)
	if r.IntN(2) == 0 {
		n = fmt.Sprint(1+r.IntN(9)) + digits(r, 2)
	}
	last := fmt.Sprint(1+r.IntN(9)) + digits(r, 3)
	switch r.IntN(4) {
	case 0:
		return n + h + " " + last, "space"
	case 1:
		return pick(r, []string{"서울", "경기", "부산"}) + n + h + last, "region"
	}
	return n + h + last, "plain"
}

func birth(r *rand.Rand) (string, string) {
	y := 1940 + r.IntN(76)
	m := 1 + r.IntN(12)
	d := 1 + r.IntN(28)
	switch r.IntN(8) {
	case 0:
		return fmt.Sprintf("%d. %d. %d.", y, m, d), "dotted_space"
	case 1:
		return fmt.Sprintf("%d.%02d.%02d", y, m, d), "dotted"
	case 2:
		return fmt.Sprintf("%d-%02d-%02d", y, m, d), "iso"
	case 3:
		return fmt.Sprintf("%d년 %d월 %d일", y, m, d), "korean"
	case 4:
		return fmt.Sprintf("%02d.%02d.%02d", y%100, m, d), "short"
	case 5:
		return fmt.Sprintf("%02d%02d%02d", y%100, m, d), "yymmdd"
	case 6:
		return fmt.Sprintf("%d/%02d/%02d", y, m, d), "slash"
	}
	return fmt.Sprintf("%d%02d%02d", y, m, d), "yyyymmdd"
}

var surnames = []string{"김", "김", "김", "이", "이", "이", "박", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
	"황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노", "하", "곽", "성", "차", "주",
	"우", "구", "민", "진", "남궁", "황보", "제갈", "선우"}

var givenNames = []string{"민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준서", "준우", "현우", "도현", "지훈",
	"건우", "우진", "민재", "현준", "연우", "유준", "정우", "승우", "승현", "시윤", "준혁", "은우", "지환", "서연", "서윤", "지우",
	"서현", "민서", "하은", "하윤", "윤서", "지유", "지민", "채원", "수아", "지아", "지윤", "은서", "다은", "예은", "수빈", "소율",
	"예린", "영희", "철수", "영수", "영호", "정희", "미숙", "순자", "영자", "정숙", "경숙", "민수", "성호", "상철", "동현", "혜진",
	"은정", "미경", "지영", "수진", "현정", "명숙", "옥순", "말순", "춘자", "길동", "기철", "태식", "광수", "봉수", "슬기", "나래",
	"보람", "한결", "다솜", "하늘", "초롱", "에스더", "별"}

var officialNames = []string{"홍길동", "김철수", "이영미", "박정훈", "최은경", "정민호", "강수연", "조현석"}

func name(r *rand.Rand) (string, string) {
	s := pick(r, surnames)
	g := pick(r, givenNames)
	form := fmt.Sprintf("%d+%d", len([]rune(s)), len([]rune(g)))
	return s + g, form
}

// address writes a private road-name address; the planted span runs
// from the building number to the end of the unit.
func (b *builder) address() {
	r := b.r
	area := pick(r, []string{"서울특별시 마포구", "서울특별시 강남구", "서울시 관악구", "부산광역시 해운대구", "경기도 수원시 팔달구",
		"인천광역시 남동구", "대구광역시 수성구", "경기도 성남시 분당구", "광주광역시 북구", "충청남도 천안시 동남구", "서울 노원구"})
	road := pick(r, []string{"월드컵로", "테헤란로", "도봉로", "해운대로", "중부대로", "판교역로", "동일로", "신림로", "관악로", "올림픽로35길", "가마산로61길",
		"테헤란로7길", "중앙로12번길", "은행로", "봉은사로", "마포대로", "남부순환로", "인주대로", "상계로", "노해로"})
	num := fmt.Sprint(1 + r.IntN(500))
	if r.IntN(4) == 0 {
		num += "-" + fmt.Sprint(1+r.IntN(30))
	}
	unit := pick(r, []string{"", ", " + fmt.Sprint(101+r.IntN(15)) + "동 " + fmt.Sprint(101+r.IntN(1500)) + "호",
		" " + fmt.Sprint(2+r.IntN(20)) + "층", ", " + fmt.Sprint(101+r.IntN(900)) + "호",
		" (신림동) " + fmt.Sprint(201+r.IntN(300)) + "호", ", 래미안아파트 " + fmt.Sprint(101+r.IntN(10)) + "동 " + fmt.Sprint(1001+r.IntN(900)) + "호"})
	c := pickCtx(r, []ctx{{"주소: ", ""}, {"주소 ", ""}, {"", "에 거주하는 민원인"}, {"거주지: ", ""}, {"자택 주소는 ", "이며"}, {"민원인 주소 ", ""}})
	if r.IntN(8) == 0 {
		// A unit without a road: "주소: 래미안아파트 101동 1004호".
		b.text(c.pre + pick(r, []string{"래미안아파트 ", "푸른빌라 ", "한빛오피스텔 ", ""}))
		st := b.b.Len()
		b.text(fmt.Sprintf("%d동 %d호", 101+r.IntN(20), 101+r.IntN(1500)))
		b.doc.Items = append(b.doc.Items, Item{Type: tAddress, Start: st, End: b.b.Len(), Form: "unit"})
		b.text(c.post)
		return
	}
	b.text(c.pre + area + " " + road + " ")
	st := b.b.Len()
	b.text(num + unit)
	b.doc.Items = append(b.doc.Items, Item{Type: tAddress, Start: st, End: b.b.Len(), Form: "road"})
	b.text(c.post)
}

func ip(r *rand.Rand) (string, string) {
	first := pick(r, []int{1, 14, 27, 39, 49, 58, 59, 61, 106, 112, 121, 125, 175, 180, 183, 211, 218, 220, 222, 10, 192, 172})
	return fmt.Sprintf("%d.%d.%d.%d", first, r.IntN(256), r.IntN(256), 1+r.IntN(254)), "v4"
}

var depts = []string{"정보공개정책과", "도시계획과", "교통정책과", "복지정책과", "주택정책과", "예산담당관", "세무과", "환경정책과"}

// negative writes one hard negative.
func (b *builder) negative() {
	r := b.r
	y := 1995 + r.IntN(30)
	m := 1 + r.IntN(12)
	d := 1 + r.IntN(28)
	switch r.IntN(17) {
	case 16:
		b.neg("title", "", pick(r, []string{"과장님께서", "선생님", "고객님", "주민 여러분", "김과장님", "위원장님", "날씨가", "마음씨", "솜씨",
			"시민 여러분께", "이사장님", "구청장님", "신청인 본인", "민원인 등", "성명 및 주소", "청구인 정보"}), "")
	case 0:
		b.neg("date", "", fmt.Sprintf("%d. %d. %d.", y, m, d), "")
	case 1:
		b.neg("date", "시행일 ", pick(r, []string{fmt.Sprintf("%d-%02d-%02d", y, m, d), fmt.Sprintf("%d.%02d.%02d", y, m, d), fmt.Sprintf("%d년 %d월 %d일", y, m, d)}), "")
	case 2:
		b.neg("amount", "금 ", pick(r, []string{fmt.Sprintf("%d,%03d,000원", 1+r.IntN(999), r.IntN(1000)), fmt.Sprintf("%d억 %d,%03d만원", 1+r.IntN(99), 1+r.IntN(9), r.IntN(1000)), fmt.Sprintf("%d원", 1000*(1+r.IntN(9999)))}), "")
	case 3:
		b.neg("docnum", "문서번호 ", fmt.Sprintf("%s-%d", pick(r, depts), 1+r.IntN(9999)), "")
	case 4:
		b.neg("statute", "", pick(r, []string{fmt.Sprintf("법률 제%d호", 10000+r.IntN(9000)), fmt.Sprintf("대통령령 제%d호", 20000+r.IntN(9000)), fmt.Sprintf("서울특별시 조례 제%d호", 1000+r.IntN(8000))}), "")
	case 5:
		b.neg("article", "", pick(r, []string{fmt.Sprintf("제%d조제%d항제%d호", 1+r.IntN(80), 1+r.IntN(9), 1+r.IntN(9)), fmt.Sprintf("제%d조의%d", 1+r.IntN(80), 2+r.IntN(3)), fmt.Sprintf("같은 법 제%d조", 1+r.IntN(80))}), "")
	case 6:
		b.neg("budget", pick(r, []string{"예산과목 ", "세출예산 ", "사업코드 ", "회계코드 "}), pick(r, []string{
			fmt.Sprintf("%s-%s-%s", digits(r, 4), digits(r, 3), digits(r, 3)), fmt.Sprintf("%s-%s-%s", digits(r, 3), digits(r, 2), digits(r, 3)),
			fmt.Sprintf("%d-%s-%s", y, digits(r, 4), digits(r, 2)), fmt.Sprintf("%s-%s-%s-%s", digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 2))}), "")
	case 7:
		b.neg("year", "", pick(r, []string{fmt.Sprintf("%d년", y), fmt.Sprintf("%d년도", y), fmt.Sprintf("%d 회계연도", y)}), "")
	case 8:
		b.neg("percent", "", pick(r, []string{fmt.Sprintf("%d.%d%%", r.IntN(100), r.IntN(10)), fmt.Sprintf("%d%%", r.IntN(100)), fmt.Sprintf("%d.%d%%p", r.IntN(10), r.IntN(10))}), "")
	case 9:
		b.neg("office_phone", "담당 "+pick(r, depts)+" ", fmt.Sprintf("02-2133-%s", digits(r, 4)), "")
	case 10:
		b.neg("office_phone", "문의: ", pick(r, []string{"120", "1588-" + digits(r, 4), "02-120", "02-2133-" + digits(r, 4)}), "")
	case 11:
		b.neg("count", "", pick(r, []string{fmt.Sprintf("참석 %d명", 3+r.IntN(30)), fmt.Sprintf("총 %d,%03d건", 1+r.IntN(9), r.IntN(1000)), fmt.Sprintf("%d:%02d", 9+r.IntN(9), r.IntN(60))}), "")
	case 12:
		b.neg("case", "사건번호 ", fmt.Sprintf("%d구합%d", y, 1000+r.IntN(90000)), "")
	case 13:
		b.neg("period", "기간: ", pick(r, []string{fmt.Sprintf("%d. %d. %d. ~ %d. %d. %d.", y, m, d, y, m, d+1),
			fmt.Sprintf("%d. %d. %d.(토) 14:00~16:00", y, m, d), fmt.Sprintf("%d-%02d-%02d 10:00", y, m, d)}), "")
	case 14:
		b.neg("misc", "", pick(r, []string{fmt.Sprintf("인구 %d,%03d,%03d명", 1+r.IntN(9), r.IntN(1000), r.IntN(1000)),
			fmt.Sprintf("공고 제%d-%d호", y, 1+r.IntN(999)), fmt.Sprintf("%s-%d-%d", pick(r, depts), y, 1+r.IntN(9999)),
			fmt.Sprintf("이자율 연 %d.%d%%", r.IntN(10), r.IntN(10)), fmt.Sprintf("%d~%d%%", r.IntN(50), 50+r.IntN(50)),
			fmt.Sprintf("전화 120 또는 1588-%s", digits(r, 4))}), "")
	default:
		b.neg("official", "담당 주무관 ", b.doc.Exempt[0], "")
	}
}
