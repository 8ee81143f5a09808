package archive

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// Type names, as evalset and package redact spell them.
const (
	tRRN      = "rrn"
	tFRN      = "frn"
	tMobile   = "mobile"
	tLandline = "landline"
	tEmail    = "email"
	tCard     = "card"
	tAccount  = "account"
	tPassport = "passport"
	tLicence  = "driver_licence"
	tPlate    = "vehicle_plate"
	tBirth    = "birth_date"
	tName     = "name"
	tAddress  = "address"
	tIP       = "ip"
)

// Read-only name pools. Common surnames appear more than once so that
// they are drawn more often, roughly as in the population.
var surnames = []string{
	"김", "김", "김", "김", "김", "이", "이", "이", "이", "박", "박", "최", "최", "정", "정", "강", "조", "윤", "장",
	"임", "한", "오", "서", "신", "권", "황", "안", "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백",
	"허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "류", "나", "진", "지", "엄", "채",
	"원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연",
	"위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편",
	"용", "예", "경", "봉", "사", "부", "태", "목", "계", "피", "두", "감", "빈", "동", "온", "호", "범",
}

var compoundSurnames = []string{"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"}

var givenMale = []string{
	"민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준우", "준서", "건우", "현우", "우진",
	"민재", "현준", "연우", "유준", "정우", "승우", "승현", "시윤", "준혁", "은우", "지환", "승민", "유찬", "윤우",
	"민성", "준영", "시후", "진우", "수호", "재윤", "동현", "수현", "태윤", "민규", "재원", "윤호", "민우", "재민",
	"영수", "영호", "영철", "상철", "정호", "성호", "광수", "종수", "병철", "재석", "성훈", "동훈", "상훈", "정훈",
	"준호", "진호", "영민", "경수", "기철", "만수", "용호", "대현", "석진", "태호", "형준", "창민", "두식", "봉수",
	"판석", "종길", "덕배", "일남", "춘식", "길수", "형석", "규철", "명환", "태식",
}

var givenFemale = []string{
	"서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "지민", "지유", "채원", "지윤", "은서", "수아",
	"다은", "예은", "수빈", "소율", "예린", "지아", "소윤", "예서", "시은", "영숙", "정숙", "순자", "영자", "정희",
	"미경", "미숙", "경희", "영희", "순희", "숙자", "옥순", "말순", "정순", "은주", "은정", "미영", "현정", "지영",
	"혜진", "수진", "지은", "은영", "미정", "소영", "유진", "민지", "수정", "나연", "혜원", "보람", "아름", "슬기",
	"다솜", "봉순", "금자", "복희", "선영", "명자", "춘자", "연화",
}

// One- and three-syllable given names, rarer and harder.
var given1 = []string{"준", "혁", "훈", "찬", "솔", "린", "별", "란", "웅", "빈", "건", "율", "욱", "철", "숙", "옥"}
var given3 = []string{"빛나라", "새로미", "하늘별", "아름솔", "다운비", "보람찬", "나래울", "슬기로", "은하수", "바다솔", "여름비", "한가람"}

// person is a citizen (or foreign resident) with data that stays the
// same at every mention in a document.
type person struct {
	sur, given string
	female     bool
	birth      date
	ctx        string // quality carried by every mention: health, criminal, disciplinary
	fr         *foreigner
	latinKR    string // a citizen's name in Latin script, when used

	rrn      string // 13 digits
	mobile   string // 11 digits
	home     phone
	email    string
	addr     address
	bank     string
	acct     string
	card     string
	plate    string
	licence  string
	passport string
	ip       string
}

type foreigner struct {
	nat          *nation
	latSur       string
	latGiven     string
	hanSur       string
	hanGiven     string
	givenFirst   bool // the natural order puts the given name first
	koreanLatin  bool // a Korean-Chinese resident with a Hangul name
	latinVariant int
}

func (p *person) hangulName() string {
	if p.fr != nil && !p.fr.koreanLatin {
		if p.fr.givenFirst {
			return p.fr.hanGiven + " " + p.fr.hanSur
		}
		return p.fr.hanSur + " " + p.fr.hanGiven
	}
	return p.sur + p.given
}

// quals are the qualities every mention of p's name carries.
func (p *person) quals() []string {
	var q []string
	if p.fr == nil || p.fr.koreanLatin {
		if utf8.RuneCountInString(p.sur) == 2 {
			q = append(q, "compound_surname")
		}
		switch utf8.RuneCountInString(p.given) {
		case 1:
			q = append(q, "given1")
		case 3:
			q = append(q, "given3")
		}
	}
	if p.ctx != "" {
		q = append(q, p.ctx)
	}
	return q
}

// nm is p's name as a piece: the Hangul name of a citizen, or the Hangul
// transcription of a foreigner's name.
func (p *person) nm(place string, q ...string) piece {
	s := p.hangulName()
	if p.fr != nil && !p.fr.koreanLatin {
		q = append(q, "transcribed")
	}
	return pii(tName, place, s).with(p.quals()...).with(q...)
}

// spaced is the name with spaces between syllables, as distributed
// alignment in an HWP cell extracts.
func (p *person) spaced(place string, double bool, q ...string) piece {
	sep := " "
	if double && utf8.RuneCountInString(p.hangulName()) == 2 {
		sep = "  "
	}
	var parts []string
	for _, c := range p.hangulName() {
		if c != ' ' {
			parts = append(parts, string(c))
		}
	}
	return pii(tName, place, strings.Join(parts, sep)).with(p.quals()...).with("spaced").with(q...)
}

// latin is the name in Latin script in the variant fixed for the person.
func (p *person) latin(place string, q ...string) piece {
	var s string
	if p.fr == nil || p.fr.koreanLatin {
		s = p.latinKR
	} else {
		f := p.fr
		sur, giv := f.latSur, f.latGiven
		switch f.latinVariant {
		case 0: // passport: surname then given names, capitals
			s = strings.ToUpper(sur + " " + giv)
		case 1:
			if f.givenFirst {
				s = giv + " " + sur
			} else {
				s = sur + " " + giv
			}
		case 2:
			s = strings.ToUpper(sur) + ", " + giv
		case 3:
			s = giv + " " + strings.ToUpper(sur)
		default:
			s = strings.ToLower(sur + " " + giv)
		}
	}
	return pii(tName, place, s).with(p.quals()...).with("latin").with(q...)
}

// mask is the proper mask of the name that offices publish (홍○동,
// 김○○, 이**); it is a negative.
func (p *person) mask(r *rand.Rand) piece {
	rs := []rune(p.sur + p.given)
	if p.fr != nil && !p.fr.koreanLatin {
		rs = []rune(p.fr.hanSur)
		return ng("masked", string(rs)+" "+pick(r, []string{"○○", "**", "OOO"}))
	}
	sur := utf8.RuneCountInString(p.sur)
	out := []rune(p.sur)
	sym := pick(r, []string{"○", "*", "O", "◯", "○"})
	keepLast := r.IntN(2) == 0 && len(rs)-sur >= 2
	for i := sur; i < len(rs); i++ {
		if keepLast && i == len(rs)-1 {
			out = append(out, rs[i])
		} else {
			out = append(out, []rune(sym)...)
		}
	}
	return ng("masked", string(out))
}

// josa picks the form of a two-form particle for the word before it:
// "은/는", "이/가", "을/를", "과/와", "으로/로", "이에요/예요".
func josa(word, pair string) string {
	a, bb, _ := strings.Cut(pair, "/")
	c, _ := utf8.DecodeLastRuneInString(word)
	if !isHangul(c) {
		return a
	}
	fin := (c - 0xAC00) % 28
	if pair == "으로/로" && fin == 8 { // ㄹ takes 로
		return bb
	}
	if fin != 0 {
		return a
	}
	return bb
}

// withJosa appends the right form of a particle to a word; a closing
// bracket is looked through.
func withJosa(word, pair string) string {
	w := word
	if i := strings.LastIndex(w, "("); i > 0 && strings.HasSuffix(word, ")") {
		w = strings.TrimSpace(w[:i])
	}
	return word + josa(w, pair)
}

// romanize gives the Revised Romanization of Hangul syllables, without
// the sound changes; good enough for e-mail handles and passport names.
func romanize(s string) string {
	ini := []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	med := []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	fin := []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
	var sb strings.Builder
	for _, c := range s {
		if !isHangul(c) {
			continue
		}
		i := int(c - 0xAC00)
		sb.WriteString(ini[i/588] + med[(i%588)/28] + fin[i%28])
	}
	return sb.String()
}

var surnameLatin = map[string]string{
	"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho", "윤": "Yoon",
	"장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
	"안": "Ahn", "송": "Song", "전": "Jeon", "홍": "Hong", "유": "Yoo", "고": "Ko", "문": "Moon", "양": "Yang",
	"손": "Son", "배": "Bae", "백": "Baek", "노": "Roh", "하": "Ha", "성": "Sung", "류": "Ryu", "남궁": "Namgung",
	"황보": "Hwangbo", "제갈": "Jegal", "선우": "Sunwoo",
}

func latinSurname(s string) string {
	if l, ok := surnameLatin[s]; ok {
		return l
	}
	return title(romanize(s))
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// nation is a country of origin with its name pools and passport shape.
type nation struct {
	name       string
	surM, surF [][2]string // Latin, Hangul
	givM, givF [][2]string
	givenFirst bool
	passport   func(r *rand.Rand) string
}

func letters(r *rand.Rand, n int) string {
	var sb strings.Builder
	for range n {
		sb.WriteByte(byte('A' + r.IntN(26)))
	}
	return sb.String()
}

var nations = []*nation{
	{
		name: "베트남",
		surM: [][2]string{{"Nguyen", "응우옌"}, {"Tran", "쩐"}, {"Le", "레"}, {"Pham", "팜"}, {"Hoang", "호앙"}, {"Vu", "부"}, {"Bui", "부이"}, {"Do", "도"}, {"Ngo", "응오"}},
		givM: [][2]string{{"Van An", "반 안"}, {"Duc Hung", "득 훙"}, {"Minh Tuan", "민 뚜언"}, {"Van Dung", "반 중"}, {"Quang Nam", "꽝 남"}, {"Van Phuc", "반 푹"}},
		givF: [][2]string{{"Thi Hoa", "티 호아"}, {"Thi Lan", "티 란"}, {"Ngoc Linh", "응옥 린"}, {"Thi Mai", "티 마이"}, {"Thi Huong", "티 흐엉"}, {"Thu Trang", "투 짱"}, {"Thi Thao", "티 타오"}},
		passport: func(r *rand.Rand) string {
			return pick(r, []string{"C", "B", "N"}) + digits(r, 7)
		},
	},
	{
		name: "중국",
		surM: [][2]string{{"Wang", "왕"}, {"Li", "리"}, {"Zhang", "장"}, {"Liu", "류"}, {"Chen", "천"}, {"Yang", "양"}, {"Zhao", "자오"}, {"Huang", "황"}, {"Zhou", "저우"}, {"Sun", "쑨"}},
		givM: [][2]string{{"Xiaoming", "샤오밍"}, {"Wei", "웨이"}, {"Lei", "레이"}, {"Jun", "쥔"}, {"Tao", "타오"}, {"Haoran", "하오란"}},
		givF: [][2]string{{"Fang", "팡"}, {"Jing", "징"}, {"Yan", "옌"}, {"Hui", "후이"}, {"Ling", "링"}, {"Xiuying", "슈잉"}},
		passport: func(r *rand.Rand) string {
			if r.IntN(2) == 0 {
				return "E" + digits(r, 8)
			}
			return "E" + pick(r, []string{"A", "B", "C", "D", "F", "G", "H", "J"}) + digits(r, 7)
		},
	},
	{
		name:       "필리핀",
		surM:       [][2]string{{"Santos", "산토스"}, {"Reyes", "레예스"}, {"Cruz", "크루스"}, {"Bautista", "바우티스타"}, {"Garcia", "가르시아"}, {"Mendoza", "멘도사"}, {"Dela Cruz", "델라 크루스"}, {"Ramos", "라모스"}},
		givM:       [][2]string{{"Jose", "호세"}, {"Mark Anthony", "마크 앤서니"}, {"John Paul", "존 폴"}, {"Rodel", "로델"}},
		givF:       [][2]string{{"Maria Cristina", "마리아 크리스티나"}, {"Angelica", "안젤리카"}, {"Rowena", "로웨나"}, {"Jessa Mae", "제사 메이"}},
		givenFirst: true,
		passport: func(r *rand.Rand) string {
			if r.IntN(3) == 0 {
				return "EC" + digits(r, 7)
			}
			return "P" + digits(r, 7) + letters(r, 1)
		},
	},
	{
		name:       "우즈베키스탄",
		surM:       [][2]string{{"Karimov", "카리모프"}, {"Rakhimov", "라히모프"}, {"Yusupov", "유수포프"}, {"Tursunov", "투르수노프"}},
		surF:       [][2]string{{"Karimova", "카리모바"}, {"Rakhimova", "라히모바"}, {"Yusupova", "유수포바"}, {"Tursunova", "투르수노바"}},
		givM:       [][2]string{{"Aziz", "아지즈"}, {"Bekzod", "베크조드"}, {"Sardor", "사르도르"}, {"Jasur", "자수르"}},
		givF:       [][2]string{{"Dilnoza", "딜노자"}, {"Madina", "마디나"}, {"Nigora", "니고라"}},
		givenFirst: true,
		passport: func(r *rand.Rand) string {
			return pick(r, []string{"FA", "AA", "AB", "AC"}) + digits(r, 7)
		},
	},
	{
		name: "몽골",
		surM: [][2]string{{"Batbayar", "바트바야르"}, {"Ganbold", "간볼드"}, {"Enkhbayar", "엥흐바야르"}, {"Dorj", "도르지"}},
		givM: [][2]string{{"Ganzorig", "간조릭"}, {"Naranbaatar", "나랑바타르"}, {"Temuulen", "테물렌"}},
		givF: [][2]string{{"Oyuntsetseg", "어용체첵"}, {"Bolormaa", "볼로르마"}, {"Enkhjargal", "엥흐자르갈"}},
		passport: func(r *rand.Rand) string {
			return "E" + digits(r, 7)
		},
	},
	{
		name:       "네팔",
		surM:       [][2]string{{"Thapa", "타파"}, {"Gurung", "구룽"}, {"Shrestha", "슈레스타"}, {"Tamang", "타망"}, {"Rai", "라이"}},
		givM:       [][2]string{{"Ram Bahadur", "람 바하두르"}, {"Bishnu", "비슈누"}, {"Hari", "하리"}},
		givF:       [][2]string{{"Sita", "시타"}, {"Sunita", "수니타"}, {"Gita Kumari", "기타 쿠마리"}},
		givenFirst: true,
		passport: func(r *rand.Rand) string {
			return "PA" + digits(r, 7)
		},
	},
	{
		name:       "미국",
		surM:       [][2]string{{"Smith", "스미스"}, {"Johnson", "존슨"}, {"Miller", "밀러"}, {"Brown", "브라운"}, {"Davis", "데이비스"}, {"Wilson", "윌슨"}},
		givM:       [][2]string{{"John Michael", "존 마이클"}, {"David", "데이비드"}, {"James", "제임스"}},
		givF:       [][2]string{{"Emily", "에밀리"}, {"Sarah", "세라"}, {"Jennifer Lynn", "제니퍼 린"}},
		givenFirst: true,
		passport: func(r *rand.Rand) string {
			if r.IntN(2) == 0 {
				return digits(r, 9)
			}
			return "A" + digits(r, 8)
		},
	},
	{
		name: "일본",
		surM: [][2]string{{"Tanaka", "다나카"}, {"Sato", "사토"}, {"Suzuki", "스즈키"}, {"Takahashi", "다카하시"}, {"Yamamoto", "야마모토"}, {"Ito", "이토"}},
		givM: [][2]string{{"Hiroshi", "히로시"}, {"Kenji", "겐지"}, {"Takuya", "다쿠야"}},
		givF: [][2]string{{"Yuki", "유키"}, {"Akiko", "아키코"}, {"Haruka", "하루카"}},
		passport: func(r *rand.Rand) string {
			return pick(r, []string{"TK", "TR", "TZ", "MU"}) + digits(r, 7)
		},
	},
	{
		name:       "러시아",
		surM:       [][2]string{{"Ivanov", "이바노프"}, {"Petrov", "페트로프"}, {"Smirnov", "스미르노프"}},
		surF:       [][2]string{{"Ivanova", "이바노바"}, {"Petrova", "페트로바"}, {"Smirnova", "스미르노바"}},
		givM:       [][2]string{{"Sergei", "세르게이"}, {"Dmitry", "드미트리"}, {"Alexei", "알렉세이"}},
		givF:       [][2]string{{"Anna", "안나"}, {"Olga", "올가"}, {"Elena", "옐레나"}},
		givenFirst: true,
		passport: func(r *rand.Rand) string {
			if r.IntN(2) == 0 {
				return digits(r, 2) + " " + digits(r, 7)
			}
			return digits(r, 9)
		},
	},
	{
		name: "캄보디아",
		surM: [][2]string{{"Sok", "속"}, {"Chan", "짠"}, {"Heng", "행"}, {"Chea", "찌어"}},
		givM: [][2]string{{"Dara", "다라"}, {"Vannak", "완낙"}, {"Piseth", "피셋"}},
		givF: [][2]string{{"Chantha", "짠타"}, {"Sopheap", "소피읍"}, {"Sreymom", "스레이몸"}},
		passport: func(r *rand.Rand) string {
			return "N" + digits(r, 8)
		},
	},
	{
		name:       "태국",
		surM:       [][2]string{{"Wongsakul", "웡사꾼"}, {"Srisuk", "시쑥"}, {"Chaiyaphum", "차이야품"}},
		givM:       [][2]string{{"Somchai", "솜차이"}, {"Kittipong", "낏띠퐁"}},
		givF:       [][2]string{{"Nattaya", "낫타야"}, {"Siriporn", "시리폰"}},
		givenFirst: true,
		passport: func(r *rand.Rand) string {
			return "A" + letters(r, 1) + digits(r, 7)
		},
	},
	{
		name:       "인도네시아",
		surM:       [][2]string{{"Santoso", "산토소"}, {"Wijaya", "위자야"}, {"Saputra", "사푸트라"}},
		givM:       [][2]string{{"Budi", "부디"}, {"Agus", "아구스"}},
		givF:       [][2]string{{"Siti", "시티"}, {"Dewi", "데위"}},
		givenFirst: true,
		passport: func(r *rand.Rand) string {
			return pick(r, []string{"B", "X", "C"}) + digits(r, 7)
		},
	},
}

// koreanPassport is a Republic of Korea passport number, old or 2021
// format.
func koreanPassport(r *rand.Rand) string {
	if r.IntN(2) == 0 {
		return "M" + digits(r, 8)
	}
	return pick(r, []string{"M", "S"}) + digits(r, 3) + pick(r, []string{"A", "B", "C"}) + digits(r, 4)
}
