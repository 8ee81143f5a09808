package redact

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// surnames1 holds common one-syllable Korean surnames (covering well over
// 99% of the population); surnames2 the two-syllable ones.
var surnames1 = newRuneSet([]string{"김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허노남심하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상시갈단견당화창옹순빙뇌묵란평돈계"}, false)

var surnames2 = []string{"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절", "소봉"}

// surnames2First holds the first syllables of surnames2, so that most
// words are turned away without comparing each surname.
var surnames2First = newRuneSet(surnames2, true)

// hasSurname2 reports whether w starts with a two-syllable surname.
func hasSurname2(w string) bool {
	return len(w) >= 6 && surnames2First.has(runeAt(w, 0)) && hasPrefixAny(w, surnames2)
}

// givenSyllables are the syllables common in Korean given names. A
// three-syllable candidate must have both given syllables here, which keeps
// nouns with particles ("정보를", "간의") out.
var givenSyllables = newRuneSet([]string{"가각간갑강건걸겸경계고곤관광교구국군권귀규균근금기길나난남낭내녀노늘다단달담당대덕도돈동두득등라란람랑래량려련렬령례록룡루류륜률리린림마만매명모목몽무문미민바반배백범별병보복본봉부분비빈빛사산삼상새서석선설섬성세소솔송수숙순술슬승시식신실심아안암애양언엄여연열엽영예오옥온완왕요용우욱운울웅원월위유윤율은음응이익인일임자작장재전점정제조종주준중지직진집찬창채천철청초춘충치칠탁태택파판팔평표필하학한함항해행향허혁현협형혜호혼홍화환활황회효후훈휘흥희힘봄솜결찬롱샘솔름론뢰료륭르릉립랄래렴롬룸린누니님다담도두둘들란랑려루리마머메무므미바버베보부브비빛사새샛세소수스시아애야어여오요우유으이자재저제조주즈지차채처초추치카케코크키타터토투트티파퍼페포푸프피하해허헤호후흐히눈슬솜송별봄꽃빈결벼욱혁겸훤엄쟁말끝분"}, false)

// notNames are words that look like surname + given name but are titles,
// kinship terms or ordinary nouns; they stay unmasked.
var notNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
예산 반지하 옥탑방 감사반 당연직 위촉직 임명직 선출직 손자녀 손자 손녀 배우자 자녀 부모 모친 부친 형제 자매 조부 조모 부적정 부적합 부동의 부결 반려 보완 미제출 미완료 구두 서면 상기인 본인 인감인 인감 상기 하기 위인 과장 국장 부장 팀장 차장 실장 원장 회장 사장 시장 구청장 군수 선생 고객 교수 박사 목사 신부 주무관 위원 위원장 의원 대표 이사
감사 기사 형님 누님 부모 어머 아버 할머 할아 손님 임금 하느 부처 조상 주인 환자 학생 회원 주민 시민 구민 국민 여러분 간호사
사모 사부 조합원 정회원 장로 집사 권사 전도사 주임 계장 반장 통장 이장 동장 면장 읍장 소장 지사 도지사 총장 학장 교장 교감
담임 조교 고문 의사 약사 변호사 세무사 노무사 법무사 기자 작가 감독 코치 선배 후배 동료 친구 가족 남편 아내 부인 아들 딸
어르신 아저씨 아주머니 아가씨 언니 오빠 동생 마음 마음씨 솜씨 말씨 날씨 글씨 맵씨 불씨 홀씨 꽃씨 종자씨 성씨 김씨 이씨 박씨
정보 정도 이름 이상 이하 이내 이후 이전 이외 주소 신청 신고 기간 기관 기타 기준 전화 전부 전자 조사 조치 조건 명의 명칭 성명
성별 서류 서면 서명 소속 소재 송달 송부 신분 신원 심사 유형 유무 연락 연락처 연령 장소 장애 하는 한다 해당 확인 등록 본인
모두 모든 민원 방문 방법 배우자 변경 부모 사실 사항 사유 사본 성인 양식 여부 요청 우편 원본 위임 인적 임시 공개 공무원 구분
국적 권리 금액 기재 대리 대리인 도로 동의 마다 명세 문서 반드시 발급 범위 별지 상대방 선정 설명 수수료 시행 안내 연도 예정
우선 원칙 의견 인감 인정 입력 자료 작성 제출 제공 주거 증명 지정 진술 진행 차량 처리 추가 통지 표시 하여 함께 현재 없음 없이
미상 생략 비공개 익명 공란 해당없음 기재 귀하 귀중 제위 각위 등 및 외 또는 그 이 저 본 당 해 동 같은 다른 각 전체 일부 관계
관계자 관련 담당 담당자 주관 소관 장관 차관 청장 처장 국회 법원 정부 위원회 본부 사무 업무 회의 보고 결과 검토 계획 추진
현황 내용 목적 이사장 사무장 인구 어린이 노인 청소년 영유아 아동 유아 장애인 임산부 여성 남성 고령자 미성년자 이자율 이자 비율 세율 이율 금리 이메일 메일 연락처 전화번호 휴대폰 핸드폰 휴대전화 전화 주민번호 계좌번호 여권번호 생년월일 면허번호 카드번호 차량번호
주소지 등록번호 번호 전자우편 아이디 자택 유선 무선 팩스 사무실 직장 회사 본인 휴대폰번호 연락 문의 민원인 신청인 청구인 진정인 신고인 고소인 고발인 피해자 보호자 대리인 수신자 예금주 세대주 제보자 응답자 청원인
제출인 제출자 요청인 신청자 청구자 질의인 방문자 운전자 소유자 가입자 임차인 임대인 채무자 채권자 수급자 위반자 작성자 참고인 이외 도련 목화 국어 영어 수학 과학 사회 비고 구분 합계 평균 등급 학년 학번 성적 점수 직위 직급 나이 경우 경우에 때에 바에 시행일 공포일 신청일 접수일 처리일 기한 시행령 시행규칙 조례 규칙 법률 정관 공고 고시 훈령 예규 지침 조항 단서 전단 후단 본문
별표 서식 기간 기일 일시 장소 시간 주기 주간 연간 월간 소득 재산 보수 수당 성과 평가 감정 조정 중재 신청서 신고서 청구서 진정서 위임장
동의서 확인서 증명서 정정 정산 정지 정비 전환 전년 전월 당일 당해 당초 명령 명시 명단 구성 구역 지역 지구 지방 지원 지급 지출 지시
공시 공지 공표 공포 고지 주의 주택 주요 안전 안건 양도 양수 유지 유효 유사 유의 도입 도시 임명 임기 임원 대상 방침 조정 협의 결정 승인 결재 시장님 구청장님 고객님 선생님 여러분께 모든분 분들 당사자 본인확인
`) {
		m[w] = true
	}
	return m
}()

// isHangul reports whether r is a precomposed Hangul syllable.
func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// hangulBack returns the start of the run of Hangul syllables ending at
// i and the number of syllables (up to max+1).
func hangulBack(s string, i, max int) (int, int) {
	n := 0
	for i > 0 && n <= max {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isHangul(r) {
			break
		}
		i -= size
		n++
	}
	return i, n
}

// nameLike reports whether w (2 to 4 syllables) looks like a Korean
// personal name: a known surname and a given name of one to three
// syllables.
func nameLike(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 5 || notNames[w] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if n >= 4 {
		// Four or five syllables: a two-syllable surname, or a
		// three-syllable given name ("에스더") after a common surname.
		if hasSurname2(w) {
			return true
		}
		return n == 4 && surnames1.has(r) && longGiven(w)
	}
	return surnames1.has(r) || (n >= 3 && hasSurname2(w))
}

// longGiven reports a surname and one of the three-syllable given names
// in use (transliterated Christian names and native Korean names), such as
// 주에스더. Anything else of four syllables is more often a noun.
func longGiven(w string) bool {
	_, size := utf8.DecodeRuneInString(w)
	return threeSyllableNames[w[size:]]
}

// fourSyllableNames are native given names of four syllables, which the
// registry allows (up to five) and some parents give.
var fourSyllableNames = map[string]bool{"아름드리": true, "가온누리": true, "하늘누리": true, "으뜸누리": true, "슬기누리": true}

var threeSyllableNames = func() map[string]bool {
	m := map[string]bool{}
	// Biblical names and native (순우리말) given names of three syllables
	// that parents give, whose syllables are not all the usual ones.
	for _, w := range strings.Fields(`에스더 다니엘 사무엘 엘리사 가브리엘 미카엘 요셉이 한아름 은하수 한가람 빛나리 이슬비 한빛나 하늘별 아름솔 새로미 보배로
		슬기로 새롬이 다솜이 그루터 빛나라 하늘빛 가온길 보라미 한누리 다소니 슬기롬 봄이슬 새벽빛 나래온 푸르메 한솔이 초롱이 별하나
		은솔이 가람이 누리봄 하늬별 빛가람 새별이 한별이 다온이 온누리 가온이 해솔이 아라미 예그리 나비야 마루한 미리내 여울이 윤슬이`) {
		m[w] = true
	}
	return m
}()

// fullName reports whether w is a likely full name of three or four
// syllables: a surname and a two-syllable given name of name syllables.
func fullName(w string) bool {
	if !nameLike(w) {
		return false
	}
	rs := []rune(w)
	if len(rs) < 3 {
		return false
	}
	if len(rs) == 4 && longGiven(w) {
		return true
	}
	return givenSyllables.has(rs[len(rs)-1]) && givenSyllables.has(rs[len(rs)-2])
}

func hasPrefixAny(w string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// exempt reports whether w is an official's name. An entry may carry a
// title ("홍길동 주무관") or stray spaces; any of its words counts.
func (sc *scanner) exempt(w string) bool {
	for _, e := range sc.opts.Exempt {
		if e == w {
			return true
		}
		for _, f := range strings.Fields(e) {
			if f == w {
				return true
			}
		}
	}
	return false
}

// honorific handles 님 or 씨 at i (the syllable is size 3): the word before
// it, directly or after one space, is a name when it looks like one.
func (sc *scanner) honorific(i int) {
	s := sc.s
	j := i
	if j > 0 && s[j-1] == ' ' {
		j--
	}
	if j > 3 && s[j-1] == ')' {
		// "장순혁(72) 씨는": the age in brackets between name and honorific.
		if o := strings.LastIndexByte(s[max(0, j-6):j], '('); o >= 0 {
			o += max(0, j-6)
			if d := digitsAt(s, o+1); d >= 1 && d <= 3 && o+1+d == j-1 {
				j = o
			}
		}
	}
	st, n := hangulBack(s, j, 5)
	// "선중봉선생님께서", "하슬기롬선생님": a full name glued to the title
	// the honorific ends.
	if n >= 5 && j == i && sc.nameBeforeTitle(j) {
		return
	}
	if n < 2 || n > 5 {
		return
	}
	if st > 0 {
		// The name must start a word (or follow a marker handled elsewhere).
		r, _ := utf8.DecodeLastRuneInString(s[:st])
		if isHangul(r) {
			return
		}
	}
	w := s[st:j]
	if honorTitles[w] && j == i && st >= 2 && s[st-1] == ' ' {
		// "홍길동 고객님", "김영희 선생님": the name is the word before.
		nst, nn := hangulBack(s, st-1, 5)
		nw := s[nst : st-1]
		if nn >= 3 && nn <= 4 && (nst == 0 || !prevHangul(s, nst)) && (fullName(nw) || nn == 4 && hasSurname2(nw)) && !sc.exempt(nw) {
			sc.add(nst, st-1, TypeName, "name.honorific_title", 0.8, MaskName(nw))
		}
		return
	}
	if n == 2 && givenBeforeParticulars(s, i) && givenSyllables.has(runeAt(w, 0)) && givenSyllables.has(runeAt(w, 3)) &&
		!notNames[w] && !titleSuffix(w) && !sc.exempt(w) && !honorTitles[w] && !roleWord(w) {
		// "성혁님 (중국, 730716-…)", "시우님(01030163143)에게": a given name
		// with its honorific, then the person's particulars.
		sc.add(st, j, TypeName, "name.given_particulars", 0.8, MaskName(w))
		return
	}
	if n >= 2 && n <= 5 && st > 0 && s[st-1] == ' ' && personWord(lastWordBefore(s, st)) && !sc.lx.noun(w) &&
		(n == 2 && givenSyllables.has(runeAt(w, 0)) && givenSyllables.has(runeAt(w, 3)) || n > 2 && (sc.lx.score(w) >= shapeName || sc.lx.alienness(w) >= 0.5)) &&
		!roleWord(w) && !isPrivateRole(w) && !honorTitles[w] && !titleSuffix(w) && !notNames[w] && !placeholder(w) && !sc.exempt(w) && !sc.lx.derived(w) {
		// "보호자 영아씨는", "이웃 주민 다주 씨도", "보호자 사르도르씨는": after
		// a word for the person, a given name with its honorific.
		sc.add(st, j, TypeName, "name.honorific", 0.8, MaskName(w))
		return
	}
	if !nameLike(w) || sc.exempt(w) || placeholder(w) {
		return
	}
	if n == 2 && j == i {
		// "도련님", "목화씨": a two-syllable word glued to the honorific
		// is far more often a word than a surname and a one-syllable name.
		return
	}
	// "김철수씨" and "김철수 씨" are names; a title such as 과장 inside the
	// word ("김과장님") is not a given name.
	if titleSuffix(w) {
		return
	}
	conf := 0.85
	if j == i {
		conf = 0.8
	}
	sc.add(st, j, TypeName, "name.honorific", conf, MaskName(w))
}

// nameBeforeTitle masks a full name written together with the title
// before an honorific at j: "선중봉선생님", "하슬기롬선생님", "김민수고객님".
// "김과장님" has no given name before its title and stays.
func (sc *scanner) nameBeforeTitle(j int) bool {
	s := sc.s
	st, n := hangulBack(s, j, 8)
	if n < 4 || n > 7 || st > 0 && prevHangul(s, st) {
		return false
	}
	w := s[st:j]
	for _, t := range []string{"선생", "고객", "어르신", "여사", "학생", "환자", "보호자"} {
		name, ok := strings.CutSuffix(w, t)
		if !ok {
			continue
		}
		if k := utf8.RuneCountInString(name); (k == 3 || k == 4) && (k == 3 && fullName(name) || sc.lx.score(name) >= likelyName) && !sc.lx.noun(name) && !sc.exempt(name) {
			sc.add(st, st+len(name), TypeName, "name.honorific_title", 0.8, MaskName(name))
		}
		return true
	}
	return false
}

// givenBeforeParticulars reports, after the honorific at i (님, 씨 and a
// particle), a bracket that opens with a telephone, a registration
// number or a nationality: "님 (중국, …)", "님(010…)", "씨가(+82-…)".
func givenBeforeParticulars(s string, i int) bool {
	j := i + len("님")
	for _, p := range []string{"께서", "에게", "이", "가", "은", "는", "의"} {
		if strings.HasPrefix(s[j:], p) {
			j += len(p)
			break
		}
	}
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j+1 >= len(s) || s[j] != '(' {
		return false
	}
	if c := s[j+1]; isDigit(c) || c == '+' {
		return true
	}
	k := strings.IndexAny(s[j+1:min(len(s), j+40)], ",)")
	return k > 0 && isNation(s[j+1:j+1+k])
}

// titleSuffix reports whether w ends in a job title ("김과장", "박주무관").
func titleSuffix(w string) bool {
	for _, t := range []string{"과장", "국장", "부장", "팀장", "차장", "실장", "원장", "회장", "사장", "시장", "교수", "선생",
		"주무관", "위원", "의원", "대표", "이사", "기사", "주임", "계장", "반장", "통장", "이장", "동장", "소장", "박사", "고객", "사무관", "서기", "주사"} {
		if strings.HasSuffix(w, t) && len(w) > len(t) {
			return true
		}
	}
	return false
}

// markers introduce a citizen's name: "민원인 홍길동", "성명: 홍길동".
var markers = []string{"민원인", "개인사업자", "신청인", "청구인", "제출인", "제출자", "요청인", "신청자", "청구자", "질의인", "방문자", "성 명", "진정인", "신고인", "고소인", "고발인", "피해자", "보호자", "대리인",
	"수신자", "성명", "이름", "예금주", "세대주", "성함", "제보자", "응답자", "피신청인", "청원인", "당사자", "환자명",
	"가입자", "소유자", "임차인", "임대인", "채무자", "채권자", "수급자", "위반자", "운전자", "질의자", "작성자", "참고인", "증인",
	"민원인명", "신청인명", "수신", "받는 사람", "보내는 사람", "대표자", "대표자명", "피고발인", "피고소인", "피의자", "피고인",
	"관련자", "수령인", "수령자", "수취인", "환자", "확진자", "사망자", "부상자", "피보험자", "체납자", "납세자", "처분대상자",
	"대상자", "의뢰인", "상담자", "내담자", "입소자", "이용자", "수급권자", "배우자", "세입자", "점유자", "상속인", "신고자",
	"제보인", "질문자", "발언자", "참석자", "면담자", "수상자", "사업주", "근로자", "학생", "원생", "아동", "어르신", "주민", "씨명", "대표",
	"건축주", "차주", "상대방", "신청인 대표", "조정신청인", "피신청인", "공범", "담당자",
	"원고", "피고", "친구", "이웃", "지인", "농가주", "결혼이민자", "통역", "섬명"}

// foreignMarkers are roles only a foreigner takes: the name after them
// is read as a transcription.
var foreignMarkers = map[string]bool{"결혼이민자": true}

// healthMarkers name a person by their health: an official named after
// them is named as a patient, not in their duties ("직원 확진자: 나종율
// 주무관").
var healthMarkers = map[string]bool{"확진자": true, "환자": true, "환자명": true, "사망자": true, "부상자": true}

// professions are licensed private professions written between a role
// and the person's name.
var professions = map[string]bool{"행정사": true, "변호사": true, "담당변호사": true, "노무사": true, "법무사": true, "세무사": true,
	"공인노무사": true, "공인중개사": true, "감정평가사": true}

// labelOpens reports whether the label at i opens its line, after
// spaces, bullets and an opening bracket ("  ㅇ 성명 :", "[성명]").
func labelOpens(s string, i int) bool {
	// Only the 40 bytes before the label are read: a longer lead is no
	// form's, and a text without lines is not read again for each label.
	from := max(0, i-40)
	k := strings.LastIndexByte(s[from:i], '\n')
	if k < 0 && from > 0 {
		return false
	}
	a := from + k + 1
	lead := strings.TrimLeft(s[a:i], " \t[【(-·ㅇ○◦•□■-")
	if lead == "" {
		return true
	}
	_, st := bulletOf(s, a, i)
	return st >= i-1 || strings.TrimLeft(s[st:i], " [【") == ""
}

// nameLine reports a form's value that can only be a name: one to four
// words of Hangul, two to twelve syllables in all, not all of them
// ordinary words, led by no role or title.
func (sc *scanner) nameLine(v string) bool {
	ws := strings.Fields(v)
	if len(ws) == 0 || len(ws) > 4 || strings.ContainsAny(v, "\t") || leadWord(ws[0]) || sc.exempt(v) {
		return false
	}
	n := 0
	for _, w := range ws {
		if !hangulWord(w) {
			return false
		}
		n += utf8.RuneCountInString(w)
	}
	return n >= 2 && n <= 12 && !sc.allNouns(v) && !placeWord(ws[len(ws)-1])
}

// markersByLast indexes markers by their last syllable, the scan's trigger.
var markersByLast = func() *[0xD7A4 - 0xAC00][]string {
	var m [0xD7A4 - 0xAC00][]string
	for _, w := range markers {
		r, _ := utf8.DecodeLastRuneInString(w)
		m[r-0xAC00] = append(m[r-0xAC00], w)
	}
	return &m
}()

// weakMarkers are roles that statutes name as often as letters do; a name
// after them needs a colon, bracket or table cell, or an honorific.
var weakMarkers = map[string]bool{"대표": true, "관련자": true, "환자": true, "대상자": true, "이용자": true, "배우자": true,
	"학생": true, "원생": true, "아동": true, "어르신": true, "주민": true, "근로자": true, "사업주": true, "참석자": true, "운전자": true, "소유자": true, "가입자": true, "수급자": true, "위반자": true, "채무자": true,
	"채권자": true, "임차인": true, "임대인": true, "작성자": true, "참고인": true, "증인": true, "질의자": true, "응답자": true,
	"당사자": true, "대리인": true, "피해자": true, "보호자": true, "청원인": true, "세대주": true, "수신": true}

// particles may follow a name: they are trimmed from the candidate.
var particles = []string{"입니다", "이었던", "이고", "이며", "이다", "이라고", "께서는", "께서", "에게서", "에게", "으로부터", "로부터", "한테", "님께서", "님의", "님은", "님이", "님", "씨는",
	"씨가", "씨의", "씨", "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "외", "등"}

// marker handles a syllable at i that may end a marker word; the name may
// follow after spaces, ':' or '('.
func (sc *scanner) marker(i, size int) {
	s := sc.s
	end := i + size
	var mk string
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r < 0xAC00 || r > 0xD7A3 {
		return
	}
	for _, m := range markersByLast[r-0xAC00] {
		if end >= len(m) && s[end-len(m):end] == m {
			mk = m
			break
		}
	}
	if mk == "" {
		return
	}
	if mk == "담당자" && !hasAny(lineOf(s, i), disciplineWords) {
		// The official in charge is public in the line of duty; named
		// in a finding of an audit ("담당자 박아름은 확인 의무를
		// 소홀히"), the person is the one disciplined.
		return
	}
	sc.nameBeforeMarker(end-len(mk), mk)
	j := end
	qualified := false
	if strings.HasPrefix(s[end:], "(") {
		// "성명(상호):", "성명(한글):": a label qualified in brackets.
		if c := strings.IndexByte(s[end:min(len(s), end+20)], ')'); c > 0 {
			switch s[end+1 : end+c] {
			case "상호", "한글", "국문", "영문", "한자", "대표자", "법인명":
				j, qualified = end+c+1, true
			}
		}
	}
	topic := false
	if mk == "이름" || mk == "성명" || mk == "성함" {
		// "제 이름은 박지성이고": the topic particle may follow.
		for _, p := range []string{"은 ", "는 ", "이 "} {
			if strings.HasPrefix(s[j:], p) {
				j += len(p) - 1
				topic = true
				break
			}
		}
	}
	for from := j; j < len(s) && j-from < 8 && (s[j] == ' ' || s[j] == ':' || s[j] == '(' || s[j] == '[' || s[j] == ']' || s[j] == '\t' || s[j] == '-' || s[j] == '=' || s[j] == '|' ||
		s[j] == '.' && j+1 < len(s) && (s[j+1] == ' ' || s[j+1] == ':')); {
		j++
	}
	for _, p := range []string{"：", "】"} {
		if strings.HasPrefix(s[j:], p) {
			j += len(p)
			for j < len(s) && s[j] == ' ' {
				j++
			}
		}
	}
	if sep := s[end:j]; j > end && !topic && (mk == "성명" || mk == "이름" || mk == "성함" || mk == "환자명" || mk == "씨명") && (qualified || !strings.ContainsAny(sep, "|(")) &&
		(strings.ContainsAny(sep, ":]\t") || strings.Contains(sep, "  ") || strings.Contains(sep, "：") || strings.Contains(sep, "】")) && labelOpens(s, end-len(mk)) {
		// "성명: 구재 아", "[성명] 노디라 이스모일로프": a form's value,
		// the whole of the rest of its line, is the name, however it is
		// split or spelled.
		le := eolWithin(s, j, 80)
		if v := strings.TrimRight(s[j:le], " \t\r"); sc.nameLine(v) {
			sc.add(j, j+len(v), TypeName, "name.form_value", 0.9, MaskName(v))
			return
		}
	}
	if j == end && !strings.HasSuffix(mk, "명") {
		// "민원인홍길동": the marker must be set apart, except 성명/환자명.
		return
	}
	if strings.ContainsAny(s[end:j], "|\t") {
		// Cells of a table row are the layout's: the next cell is a value
		// of another column, not this header's.
		return
	}
	if (mk == "성명" || mk == "이름" || mk == "성함") && !topic && j < len(s) && isLatinUpper(s[j]) {
		// "성명 CHAIYAPHUM NATTAYA (낫타야 차이야품)", "영문성명: Eun-jeong Shin".
		le := eolWithin(s, j, 160)
		if e := latinNameEnd(s, j, le); e > j {
			sc.add(j, e, TypeName, "name.marker_latin", 0.9, MaskName(s[j:e]))
			sc.transcription(e, le)
		}
		return
	}
	k := j
	n := 0
	for k < len(s) && n < 10 {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !isHangul(r) {
			break
		}
		k += size
		n++
	}
	// A signature: the role, a gap of spaces, the name, and nothing after
	// it but a seal or a telephone ("증인   강동빈  (서명)", "제출인   김 옥래").
	le := eolWithin(s, j, 80)
	if (mk == "성명" || mk == "이름" || mk == "성함") && !topic && j > end {
		if e := sc.foreignValue(j, le); e > j {
			// "성명 이바노바 이반", "이름 킴 스레이몸": a foreign name of
			// several words is the whole value of its label.
			sc.add(j, e, TypeName, "name.marker_foreign", 0.85, MaskName(s[j:e]))
			return
		}
	}
	if foreignMarkers[mk] && !topic && j < len(s) && isLatinUpper(s[j]) {
		// "결혼이민자 Tanaka Yuki(다나카 유키)은": the name in Latin
		// letters, and its transcription in brackets.
		le := eolWithin(s, j, 160)
		if e := latinNameEnd(s, j, le); e > j {
			sc.add(j, e, TypeName, "name.marker_latin", 0.9, MaskName(s[j:e]))
			sc.transcription(e, le)
			return
		}
	}
	if foreignMarkers[mk] && !topic {
		// "결혼이민자 람 바하두르 라이는", "결혼이민자 깐야 차이야폰(33세,
		// 여)": a foreign name after a word that only a foreigner takes.
		if fe := sc.transcribed(j, le, true); fe > j {
			sc.add(j, fe, TypeName, "name.marker_foreign", 0.85, MaskName(s[j:fe]))
			return
		}
	}
	signed := strings.Contains(s[end:j], "  ") && signatureTail(s[k:le])
	if n == 1 && signed {
		if se, ok := sc.spacedNameMin(j, le, 2); ok && signatureTail(s[se:le]) {
			sc.add(j, se, TypeName, "name.marker_signed", 0.85, MaskName(s[j:se]))
		}
		return
	}
	if n == 1 && s[j:k] == "간" {
		return // "상속인 간 협의", "당사자 간": between them, not a surname
	}
	if (n == 1 || n == 2 && hasSurname2(s[j:k])) && k < len(s) && s[k] == ' ' && !topic {
		// "성명 김 철 수", "민원인 김 철수 씨는", "신청인 황보 은 별". After a
		// weak marker the name must be signed, carry its particle or
		// honorific ("수신 원 주원귀하"), or be followed by its
		// particulars ("수급자 배 유 진 (1951. 11. 17.)").
		se, tail := sc.splitNameTail(j, le)
		if se > j && (!weakMarkers[mk] || signed || tail || particularsAfter(s, se)) {
			sc.add(j, se, TypeName, "name.marker_split", 0.85, MaskName(s[j:se]))
		}
		return
	}
	if n < 2 || n > 9 {
		return
	}
	licensed := false
	if w := s[j:k]; professions[w] && k < len(s) && s[k] == ' ' {
		licensed = true
		// "대리인 행정사 피두지", "원고소송대리인 담당변호사 반다만":
		// a licensed profession before the person's name.
		j = k + 1
		k, n = j, 0
		for k < len(s) && n < 10 {
			r, size := utf8.DecodeRuneInString(s[k:])
			if !isHangul(r) {
				break
			}
			k += size
			n++
		}
		if n < 2 || n > 9 {
			return
		}
	}
	if accusedMarkers[mk] {
		// "관련자: 교통행정과 주무관 이옥자": the department and the
		// position come first; the name after them is the person's.
		for _, step := range []int{0, 1} {
			w := s[j:k]
			if !(hasSuffixAny(w, []string{"과", "팀", "국", "실", "센터", "소"}) && step == 0 || isTitle(w)) || k >= len(s) || s[k] != ' ' {
				break
			}
			j = k + 1
			k, n = j, 0
			for k < len(s) && n < 10 {
				r, size := utf8.DecodeRuneInString(s[k:])
				if !isHangul(r) {
					break
				}
				k += size
				n++
			}
			if n < 2 {
				return
			}
		}
	}
	w := s[j:k]
	strong := strings.ContainsAny(s[end:j], ":=") || strings.HasPrefix(s[end:j], "：") || mk == "성명" || mk == "이름" || mk == "성함"
	noted := false
	if strings.HasSuffix(s[end:j], "(") {
		// "배우자(한국인) 태동희는", "보호자(동생) 동휘": a note on the
		// person in brackets, then the name.
		if c := strings.IndexByte(s[j:min(len(s), j+24)], ')'); c > 0 && bracketNote(s[j:j+c]) {
			noted = true
			j += c + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			k, n = j, 0
			for k < len(s) && n < 10 {
				r, size := utf8.DecodeRuneInString(s[k:])
				if !isHangul(r) {
					break
				}
				k += size
				n++
			}
			if n < 2 || n > 9 {
				return
			}
			w = s[j:k]
		}
	}
	if strings.ContainsAny(s[end:j], "([") && !strings.Contains(s[end:j], ")") {
		// "신청인(홍길동)" is a name; "배우자(사실상의 …)" a definition.
		if e := strings.IndexAny(s[j:min(len(s), j+20)], ")]"); e > 0 && !strings.Contains(s[j:j+e], " ") {
			strong = true
		}
	}
	if k < len(s) && s[k] == '(' {
		strong = true // "홍길동(010-…)"
	}
	if strings.HasPrefix(s[k:], " 님") || strings.HasPrefix(s[k:], " 씨") || strings.HasPrefix(s[k:], " 귀하") {
		strong = true
	}
	if signed || licensed || noted {
		strong = true
	}
	if weakMarkers[mk] && !strong {
		return
	}
	c := sc.nameCore(w)
	if c != w && strong && !topic && strings.TrimRight(s[j:le], " ") == w && sc.lx.score(w) >= shapeName {
		c = w // "세대주: 방승은": a form's whole value holds no particle
	}
	if topic {
		// "이름은 편건환이요", "…사는 손순예고요": a spoken ending.
		for _, end := range []string{"이에요", "이고요", "이요", "예요", "고요"} {
			if k := strings.TrimSuffix(w, end); k != w && utf8.RuneCountInString(k) >= 2 {
				c = k
				break
			}
		}
	}
	if placeholder(c) || sc.exempt(c) || roleWord(c) {
		return
	}
	score := sc.lx.score(c)
	nc := utf8.RuneCountInString(c)
	if topic && (score < likelyName || nc < 3) {
		return // "성명은 이미 …": a sentence about names, not one
	}
	// After a role that only a person takes (청구인, 대표자), a word shaped
	// like a full name is one, even if a dictionary also lists it
	// (송보람, 김누리별).
	role := !weakMarkers[mk] && mk != "수신" && mk != "이름" && mk != "성명"
	if score >= likelyName && (nc >= 3 || strong || c != w) || strong && score >= shapeName && !particleEnd(c) ||
		role && score >= shapeName && nc >= 3 && !sc.lx.derived(c) && !verbLike(c) {
		if officialNear(s, j, j+len(c)) && !hasAny(lineOf(s, j), disciplineWords) && !accusedMarkers[mk] && !healthMarkers[mk] {
			return
		}
		sc.add(j, j+len(c), TypeName, "name.marker", 0.9, MaskName(c))
		return
	}
	if role && nc == 2 && c == w && strings.TrimRight(s[j:le], " ") == c && labelOpens(s, end-len(mk)) &&
		surnames1.has(runeAt(c, 0)) && !sc.lx.usedNoun(c) && !sc.lx.noun(c) && !roleWord(c) {
		// "제출인 김민": a role's form line whose whole value is a surname
		// and one syllable.
		sc.add(j, j+len(c), TypeName, "name.marker_short", 0.8, MaskName(c))
	}
}

// foreignValue returns the end of a foreign name of two to four Hangul
// words that fills the rest of the line from j to le, or j: in a text
// about foreigners, or when the words read as a transcription, and not
// all of them words documents use (이반 is Ivan as well as a noun). Spaced syllables of one Korean name ("김 철
// 수") are left to splitName.
func (sc *scanner) foreignValue(j, le int) int {
	v := strings.TrimRight(sc.s[j:le], " ")
	ws := strings.Fields(v)
	if len(ws) < 2 || len(ws) > 4 || allOneSyllable(ws) || utf8.RuneCountInString(v) > 16 {
		return j
	}
	for _, w := range ws {
		if !hangulWord(w) {
			return j
		}
	}
	used := 0
	for _, w := range ws {
		if len(w) > 3 && (sc.lx.usedNoun(w) || sc.lx.noun(w)) {
			used++
		}
		if r, ok := labelRoles[squeeze(w)]; ok && r != roleNone {
			return j // "성명 과 주민등록번호": labels, not a name
		}
	}
	if used == len(ws) || !(sc.docForeign || sc.foreignWords(v)) {
		return j
	}
	return j + len(v)
}

// signatureTail reports what may follow a signed name on its line:
// nothing, a seal ("(서명)", "(인)", "(날인)") or a telephone in brackets.
func signatureTail(t string) bool {
	t = strings.TrimSpace(t)
	return t == "" || t == "(서명)" || t == "(인)" || t == "(날인)" || t == "(서명 또는 인)" ||
		strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && len(t) > 8 && isDigit(t[1])
}

// attribution masks the speaker a press release quotes: "(손민호·61·관악구)",
// "(김영희, 45, 노원구)" — a name, an age, a district, in brackets. i is
// the bracket.
func (sc *scanner) attribution(i int) {
	s := sc.s
	c := strings.IndexByte(s[i:min(len(s), i+48)], ')')
	if c < 0 {
		return
	}
	in := s[i+1 : i+c]
	var parts []string
	for _, sep := range []string{"·", ", ", ","} {
		if strings.Contains(in, sep) {
			parts = strings.Split(in, sep)
			break
		}
	}
	if len(parts) < 2 || len(parts) > 4 {
		return
	}
	w := strings.TrimSpace(parts[0])
	age := strings.TrimSuffix(strings.TrimSpace(parts[1]), "세")
	if d := digitsAt(age, 0); d < 1 || d > 3 || d != len(age) {
		// "질의(강서온, 공덕동)": a name and the neighbourhood the person
		// comes from, as minutes and briefings credit a question.
		if len(parts) != 2 || !neighbourhood(strings.TrimSpace(parts[1])) {
			return
		}
	}
	n := utf8.RuneCountInString(w)
	if !hangulWord(w) || n < 2 || n > 5 || sc.lx.score(w) < shapeName || roleWord(w) || isPrivateRole(w) || sc.exempt(w) {
		return
	}
	st := i + 1 + strings.Index(in, w)
	sc.add(st, st+len(w), TypeName, "name.attribution", 0.85, MaskName(w))
}

// bracketNote reports a note in brackets on a person that is no name:
// a nationality ("한국인", "베트남 국적") or a relation ("동생", "모").
func bracketNote(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, "국적") || hasSuffixAny(t, []string{"국인", "외국인", "계"}) {
		return true
	}
	return relations[t] || t == "어머니" || t == "아버지" || t == "친척" || t == "지인"
}

// neighbourhood reports a place a resident is credited with: one word
// ending in 동, 가, 리, 읍 or 면 ("공덕동", "성수동1가"), or a district
// and it ("마포구 공덕동").
func neighbourhood(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	last := ws[len(ws)-1]
	return utf8.RuneCountInString(last) >= 2 && hasSuffixAny(last, []string{"동", "가", "리", "읍", "면"}) && (len(ws) == 1 || strings.HasSuffix(ws[0], "구") || strings.HasSuffix(ws[0], "시"))
}

// sender masks the person a letter or a mail is from: "From: 요수재
// <sujae.yo@hanmail.net>", "보낸 사람: 안솔 <…>", "요수재 드림", "안솔 올림".
func (sc *scanner) sender(a, e int) {
	s := sc.s
	t := s[a:e]
	lead := strings.TrimLeft(t, " \t>") // "> From:": a quoted mail's header
	for _, h := range []string{"From:", "보낸 사람:", "보낸사람:", "발신:", "발신자:"} {
		if strings.HasPrefix(lead, h) {
			st := a + (len(t) - len(lead)) + len(h)
			for st < e && s[st] == ' ' {
				st++
			}
			if st < e && s[st] == '"' {
				st++
			}
			lt := strings.IndexByte(s[st:e], '<')
			if lt <= 0 {
				return
			}
			en := st + lt
			for en > st && (s[en-1] == ' ' || s[en-1] == '"') {
				en--
			}
			sc.senderName(st, en)
			return
		}
	}
	for _, h := range []string{" 드림", " 올림"} {
		if strings.HasSuffix(strings.TrimRight(t, " "), h) {
			en := a + len(strings.TrimRight(t, " ")) - len(h)
			st := a
			for st < en && (s[st] == ' ' || s[st] == '\t') {
				st++
			}
			sc.senderName(st, en)
			return
		}
	}
}

func (sc *scanner) senderName(a, b int) {
	s := sc.s
	w := s[a:b]
	if w == "" || officialNear(s, a, b) || sc.exempt(w) {
		return
	}
	if isLatinUpper(w[0]) {
		if e := latinNameEnd(s, a, b); e == b {
			sc.add(a, b, TypeName, "name.sender", 0.85, MaskName(w))
		}
		return
	}
	if sc.shapedName(w) && !hasAny(w, corpMarks) || sc.transcribedCell(a, b) {
		sc.add(a, b, TypeName, "name.sender", 0.85, MaskName(w))
		return
	}
	// "람 바하두르 타파", a sender's display name of several Hangul words
	// that read as a foreign name and not as an office.
	if ws := strings.Fields(w); len(ws) >= 2 && len(ws) <= 4 && allHangulWords(w) && !bodyWord(ws[len(ws)-1]) && !isTitle(w) &&
		!sc.allNouns(w) && sc.foreignWords(w) {
		sc.add(a, b, TypeName, "name.sender", 0.8, MaskName(w))
	}
}

// transcription masks the Hangul reading of a foreign name written in
// brackets after it: "CHAIYAPHUM NATTAYA (낫타야 차이야품)", "HENG, Vannak
// (행 완낙)". One to four words of Hangul syllables, nothing else.
func (sc *scanner) transcription(i, end int) {
	s := sc.s
	for i < end && s[i] == ' ' {
		i++
	}
	if i >= end || s[i] != '(' {
		return
	}
	c := strings.IndexByte(s[i:end], ')')
	if c < 0 {
		return
	}
	in := s[i+1 : i+c]
	ws := strings.Fields(in)
	if len(ws) == 0 || len(ws) > 4 || strings.TrimSpace(in) != in {
		return
	}
	for _, w := range ws {
		if !hangulWord(w) || utf8.RuneCountInString(w) > 12 || isPrivateRole(w) || roleWord(w) {
			return // "유수포바베크조드": a transcription may run the words together
		}
	}
	sc.add(i+1, i+c, TypeName, "name.transcription", 0.85, MaskName(in))
}

// salutation masks the name a letter is addressed to: "Dear CHAIYAPHUM
// NATTAYA,", "Dear Ms. Maria Santos,". i is the start of "Dear".
func (sc *scanner) salutation(i, end int) {
	s := sc.s
	j := i + len("Dear ")
	for _, t := range []string{"Mr. ", "Ms. ", "Mrs. ", "Dr. "} {
		if strings.HasPrefix(s[j:end], t) {
			j += len(t)
			break
		}
	}
	if e := latinNameEnd(s, j, end); e > j && e < end && (s[e] == ',' || s[e] == ':') {
		sc.add(j, e, TypeName, "name.salutation", 0.85, MaskName(s[j:e]))
	}
}

// lineOf returns the line holding byte i.
func lineOf(s string, i int) string {
	a := strings.LastIndexByte(s[:i], '\n') + 1
	e := strings.IndexByte(s[i:], '\n')
	if e < 0 {
		return s[a:]
	}
	return s[a : i+e]
}

// accusedMarkers name a person under investigation or discipline, whose
// name is personal data even when an official's position goes with it.
var accusedMarkers = map[string]bool{"관련자": true, "피고발인": true, "피고소인": true, "피의자": true, "피고인": true, "처분대상자": true, "대상자": true}

// particleEnd reports whether a two-syllable word ends in a syllable that
// is far more often a particle than a given name.
func particleEnd(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	switch r {
	case '의', '을', '를', '은', '는', '에', '와', '과', '로', '도', '만', '께':
		return true
	}
	return false
}

// placeholder reports whether w is an already anonymised name ("김모",
// "이모씨"), which need not be masked again.
func placeholder(w string) bool {
	return utf8.RuneCountInString(w) == 2 && strings.HasSuffix(w, "모")
}

// particularsAfter reports a bracket of a person's particulars right
// after i: "(1951. 11. 17.)", "(45세)", "('60.1.8생)", "(6급)".
func particularsAfter(s string, i int) bool {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i+2 >= len(s) || s[i] != '(' {
		return false
	}
	return isDigit(s[i+1]) || s[i+1] == '\'' && isDigit(s[i+2]) || strings.HasPrefix(s[i+1:], "남") || strings.HasPrefix(s[i+1:], "여")
}

// companyTitles are the titles of a company's staff that may stand
// between a person's name and their number.
var companyTitles = map[string]bool{"과장": true, "대리": true, "팀장": true, "실장": true, "부장": true, "차장": true, "주임": true, "사원": true,
	"대표": true, "소장": true, "이사": true, "매니저": true, "연구원": true, "선임": true, "책임": true, "현장소장": true, "대표이사": true}

// bankWord reports a bank's name: 신한은행, 카카오뱅크, 새마을금고, 농협,
// KB국민, IBK기업.
func bankWord(w string) bool {
	if strings.HasSuffix(w, "은행") || strings.HasSuffix(w, "뱅크") || strings.HasSuffix(w, "금고") {
		return true
	}
	switch w {
	case "농협", "신협", "수협", "우체국", "KB국민", "IBK기업", "NH농협", "SC제일", "BNK부산", "BNK경남", "국민", "신한", "우리", "하나", "기업":
		return true
	}
	return false
}

// nameBefore handles "홍길동(900101-1234567)", "김영희 010-…" and table
// rows ("홍길동 | 900101-…", "홍길동\t900101-…"): a full name right before
// a personal identifier is the holder's name.
func (sc *scanner) nameBefore(start int) {
	s := sc.s
	p := start
	// "김금자(운전면허번호 21-02-…)": the identifier's word in the bracket.
	if pre := before(s, start, 40); strings.Contains(pre, "(") {
		k := strings.LastIndexByte(pre, '(')
		if w := strings.TrimRight(pre[k+1:], " :"); w != "" && hangulWord(w) && utf8.RuneCountInString(w) <= 8 && (strings.HasSuffix(w, "번호") || contactWords[w]) {
			p = start - (len(pre) - k)
			start = p + 1
		}
	}
	if pre := before(s, start, 60); strings.HasSuffix(strings.TrimRight(pre, " "), ",") {
		// "쩐티호아 (베트남, 970803-5…)", "마리아산토스 씨 (필리핀, …)": the
		// nationality first in the identifier's bracket.
		if k := strings.LastIndexByte(pre, '('); k >= 0 && isNation(strings.TrimSpace(pre[k+1:])) {
			o := start - (len(pre) - k) // the bracket
			e := o
			for e > 0 && s[e-1] == ' ' {
				e--
			}
			if strings.HasSuffix(s[:e], " 씨") || strings.HasSuffix(s[:e], " 님") {
				e -= len(" 씨")
			}
			if ls, ok := bolWithin(s, e, 80); ok {
				_, a := bulletOf(s, ls, e)
				if w := s[a:e]; a < e && len(w) <= 36 && sc.holderItem(w) {
					sc.add(a, e, TypeName, "name.before_identifier", 0.75, MaskName(w))
					return
				}
			}
		}
	}
	for k := 0; k < 4 && p > 0; k++ {
		switch s[p-1] {
		case '(', ' ', '\t', '|', ':', ',':
			p--
			continue
		}
		break
	}
	if p == start {
		return
	}
	bank := false
	// "예혜진 과장 010 5691 5580", "한종민 대구은행 661-21-549507-1": a
	// company's title or the bank between the person and the number.
	if ws, wn := hangulBack(s, p, 6); wn >= 2 && wn <= 6 && ws > 1 {
		w := s[ws:p]
		for ws > 0 && isLatinUpper(s[ws-1]) {
			ws-- // "KB국민", "IBK기업은행"
		}
		if (companyTitles[w] || bankWord(s[ws:p])) && ws > 1 && s[ws-1] == ' ' {
			bank = !companyTitles[w]
			p = ws - 1
			for p > 0 && s[p-1] == ' ' {
				p--
			}
			// "홍 수 정 과장 010…", "곽준 과장 010…": after a title, a name
			// written apart or of two syllables reads as one too.
			if companyTitles[w] {
				if st := sc.splitNameBefore(p); st >= 0 && (st == 0 || !prevHangul(s, st)) {
					sc.add(st, p, TypeName, "name.before_identifier", 0.75, MaskName(s[st:p]))
					return
				}
				if st, n := hangulBack(s, p, 3); n == 2 && (st == 0 || !prevHangul(s, st)) && surnames1.has(runeAt(s, st)) && !sc.lx.noun(s[st:p]) && !notNames[s[st:p]] {
					sc.add(st, p, TypeName, "name.before_identifier", 0.75, MaskName(s[st:p]))
					return
				}
			}
		}
	}
	// A list item's transcribed foreign name: "- 팜민뚜언 광주은행 612-…",
	// "- 쏙 찬나 KB국민 462-…".
	if ls, ok := bolWithin(s, p, 80); ok {
		if _, a := bulletOf(s, ls, p); a < p && a > ls && (sc.transcribedCell(a, p) || bank && sc.holderItem(s[a:p])) {
			sc.add(a, p, TypeName, "name.before_identifier", 0.75, MaskName(s[a:p]))
			return
		}
	}
	st, n := hangulBack(s, p, 5)
	// "송철(6309191031461)": a name of two syllables glued to the bracket
	// of a registration number or a date of birth.
	two := n == 2 && s[p] == '(' && digitsAt(s, p+1) >= 6 && surnames1.has(runeAt(s, st)) && !sc.lx.common(s[st:p])
	if n >= 1 && n <= 3 && st > 1 && s[st-1] == '\n' && hangulAt(s, st-4) {
		// "현장대리인 홍\n희식(휴대전화 …)": a name the line's end broke.
		if ps, pn := hangulBack(s, st-1, 3); pn+n >= 3 && pn+n <= 4 && pn <= 2 && (ps == 0 || s[ps-1] == ' ') {
			if w := s[ps:st-1] + s[st:p]; sc.lx.score(w) >= shapeName && !sc.lx.noun(w) && !sc.lx.derived(w) && !sc.exempt(w) {
				m1, m2 := splitMask(MaskName(w), pn)
				sc.hits = append(sc.hits, hit{start: ps, end: st - 1, typ: TypeName, rule: "name.before_identifier", conf: 0.75, mask: m1},
					hit{start: st, end: p, typ: TypeName, rule: "name.before_identifier", conf: 0.75, mask: m2})
				return
			}
		}
	}
	// A list item that is a person and their number: "1) 김율 010-…",
	// "- 최준 01O-…". The item opens with the name.
	opensItem := false
	if ls, ok := bolWithin(s, st, 80); ok && st > ls {
		if b, a := bulletOf(s, ls, st); b != 0 && a == st {
			opensItem = true
		}
	}
	if n == 2 && !two && s[p] == ' ' && (st == 0 || !prevHangul(s, st)) && surnames1.has(runeAt(s, st)) && (personWord(lastWordBefore(s, st)) || opensItem) {
		// "보호자 전우 010-…": a person's role, a name of two syllables,
		// the person's identifier.
		if w := s[st:p]; !notNames[w] && !sc.lx.common(w) && !sc.lx.usedNoun(w) && !roleWord(w) && !isPrivateRole(w) && !sc.exempt(w) && !placeWord(w) {
			sc.hits = append(sc.hits, hit{start: st, end: p, typ: TypeName, rule: "name.before_identifier", conf: 0.75, mask: MaskName(w)})
			return
		}
	}
	if n >= 1 && n <= 2 && !two && (s[p] == '(' && digitsAt(s, p+1) >= 6 || s[p] == ' ') {
		// "우 윤(420714-2…)": a name written apart, glued to the bracket;
		// "배우자 황 보 기 현 010…": or after a person's role.
		if st := sc.splitNameBefore(p); st >= 0 && (st == 0 || !prevHangul(s, st)) && !sc.exempt(strings.ReplaceAll(s[st:p], " ", "")) &&
			(s[p] == '(' || personWord(lastWordBefore(s, st))) {
			sc.hits = append(sc.hits, hit{start: st, end: p, typ: TypeName, rule: "name.before_identifier", conf: 0.75, mask: MaskName(s[st:p])})
		}
		return
	}
	if (n < 3 || n > 5) && !two {
		return
	}
	if st > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:st]); isHangul(r) {
			return
		}
	}
	w := s[st:p]
	// Glued to the bracket that holds the identifier ("윤보라미(010.…)"), a
	// name needs only its shape; a word a space away must read as one.
	need := likelyName
	if s[p] == '(' && (two || !sc.lx.noun(w)) || (personWord(lastWordBefore(s, st)) || opensItem) && !sc.lx.common(w) {
		need = shapeName // "윤보라미(010.…)", "보호자 백미리내 010-…"
	}
	if sc.lx.score(w) < need || sc.lx.derived(w) || verbLike(w) || sc.exempt(w) || titleSuffix(w) || !sc.plausibleName(st, p) {
		return
	}
	sc.hits = append(sc.hits, hit{start: st, end: p, typ: TypeName, rule: "name.before_identifier", conf: 0.75, mask: MaskName(w)})
}

// contactWords open the bracket of a person's telephone after their
// name: "김병범(연락처 010…)", "홍희식(휴대전화 010…)".
var contactWords = map[string]bool{"연락처": true, "휴대전화": true, "휴대폰": true, "핸드폰": true, "전화": true, "휴대번호": true, "자택": true, "비상연락처": true}

// lastWordBefore returns the Hangul word that ends a space before i.
func lastWordBefore(s string, i int) string {
	e := i
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	if e == i {
		return ""
	}
	st, _ := hangulBack(s, e, 8)
	return s[st:e]
}

// holderItem reports what a list item holds before a bank and its
// account ("- 응우옌반안 수협 189-…", "- 이바노바 올가 NH농협은행 …"):
// the account's holder, a person unless it reads as a company or a
// word. Transcribed names the lexicon cannot score are taken here, as
// the bank and the number say whose they are.
func (sc *scanner) holderItem(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 4 || hasAny(t, corpMarks) {
		return false
	}
	n := 0
	for _, w := range ws {
		k := utf8.RuneCountInString(w)
		if b := stripParticle(w); b != w && (sc.lx.noun(b) || sc.lx.derived(b) || len(b) < 6 || sc.lx.score(w) < shapeName && !sc.lx.foreignName(w)) {
			return false // "환수금은 농협 …": a sentence, not a holder
		}
		if !hangulWord(w) || k > 8 || sc.lx.noun(w) && k >= 2 || notNames[w] || sc.lx.derived(w) || verbLike(w) || roleWord(w) || isPrivateRole(w) ||
			placeWord(w) || isTitle(w) || titleSuffix(w) || districtLike(w) || honorificWord(w) || sc.exempt(w) || hasSuffixAny(w, holderStops) {
			return false
		}
		n += k
	}
	return n >= 2 && n <= 12
}

// holderStops end the words that label an account rather than hold it.
var holderStops = []string{"계좌", "번호", "명의", "예금주", "은행", "지점", "입금", "통장", "센터", "회사", "상사", "건설", "협회", "조합", "재단", "법인"}

// rolesAfterName are the markers that may also follow a name: "홍길동
// 민원인께서", "김영희 신청인은".
var rolesAfterName = map[string]bool{"민원인": true, "신청인": true, "청구인": true, "진정인": true, "신고인": true,
	"고소인": true, "고발인": true, "청원인": true, "제출인": true, "피신청인": true}

// nameBeforeMarker handles a full name one space before a role marker.
// Words ending like a modifier ("정당한 신청인", "해당된 …") are not names.
func (sc *scanner) nameBeforeMarker(mkStart int, mk string) {
	s := sc.s
	if !rolesAfterName[mk] || mkStart < 2 || s[mkStart-1] != ' ' {
		return
	}
	p := mkStart - 1
	st, n := hangulBack(s, p, 5)
	if n < 3 || n > 4 {
		return
	}
	if st > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:st]); isHangul(r) {
			return
		}
	}
	w := s[st:p]
	if verbLike(w) {
		return
	}
	if !(fullName(w) || n == 4 && hasSurname2(w)) || sc.exempt(w) || titleSuffix(w) {
		return
	}
	sc.hits = append(sc.hits, hit{start: st, end: p, typ: TypeName, rule: "name.before_marker", conf: 0.8, mask: MaskName(w)})
}

// honorTitles may stand between a name and 님: "홍길동 고객님".
var honorTitles = map[string]bool{"고객": true, "선생": true, "회원": true, "어르신": true, "학부모": true, "보호자": true, "민원인": true, "신청인": true}

func prevHangul(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isHangul(r)
}

// digitNext reports whether the next word after i is a number ("인구
// 9,110,632명"): a noun with its figure, not a name.
func digitNext(s string, i int) bool {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i < len(s) && isDigit(s[i])
}

// shortName accepts a surname and a one-syllable given name after a
// marker set apart by a space only ("진정인 이별의 주장") when the given
// syllable is a name syllable and the word is no common noun.
func shortName(c string) bool {
	rs := []rune(c)
	return len(rs) == 2 && nameLike(c) && !particleEnd(c) && givenSyllables.has(rs[1])
}

// nameBeforeProfile handles "홍길동(45세)", "김영희(여, 52세)", "박민수(남)":
// a full name right before a bracket giving sex or age.
func (sc *scanner) nameBeforeProfile(i int) {
	s := sc.s
	in := s[i+1:]
	// The note must close right after the sex or the age: "(45세)",
	// "(여, 52세)", "(남)"; "(13세 미만인 사람)" is a definition.
	closes := func(rest string) bool {
		return strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "·") || strings.HasPrefix(rest, "ㆍ")
	}
	ok := false
	for _, sx := range []string{"남", "여", "남성", "여성"} {
		ok = ok || strings.HasPrefix(in, sx) && closes(in[len(sx):])
	}
	if !ok {
		k := 0
		for k < len(in) && k < 3 && isDigit(in[k]) {
			k++
		}
		ok = k > 0 && strings.HasPrefix(in[k:], "세") && closes(in[k+len("세"):])
	}
	if !ok {
		// "(2015년생)", "(15년생)": the year of birth.
		if k := digitsAt(in, 0); (k == 4 || k == 2) && strings.HasPrefix(in[k:], "년생") && closes(in[k+len("년생"):]) {
			ok = true
		}
	}
	if !ok {
		sc.profileBracket(i)
		sc.nameRoleBracket(i)
		sc.bracketDate(i)
		return
	}
	st, p, n := wordBeforeBracket(s, i)
	if n < 2 || n > 4 {
		return
	}
	w := s[st:p]
	if sc.lx.score(w) < shapeName || sc.lx.score(w) < likelyName && (sc.lx.noun(w) || p < i) || sc.lx.derived(w) || sc.exempt(w) || titleSuffix(w) {
		sc.itemName(i, false) // "▶ 길슬기로(89세, …)": the whole item
		return
	}
	// Shaped like a name with its age or sex glued to it ("노재국(32세)"):
	// a person's particulars.
	sc.add(st, p, TypeName, "name.profile", 0.8, MaskName(w))
}

// wordBeforeBracket returns the Hangul word glued to the bracket at i, or
// one space before it ("노재국(32세)", "정예영 (관악구 …)"): its start, its
// end and its syllables, or n == 0 when the word is part of a longer one.
// Six syllables or more count as six.
func wordBeforeBracket(s string, i int) (st, p, n int) {
	p = i
	if p > 0 && s[p-1] == ' ' {
		p--
	}
	st, n = hangulBack(s, p, 5)
	if st > 0 && prevHangul(s, st) {
		return st, p, 0
	}
	return st, p, n
}

// verbLike reports a word that ends like a verb or modifier rather than a
// name: "위하여", "정하여", "해당하는", "따른". Names may end in 서, 은 or
// 인 (손준서, 노다은), so only endings names never take are listed.
func verbLike(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	if strings.ContainsRune("한된는을를의적할던른며면게로와과에께고", last) {
		return true
	}
	// A common noun with a particle: "서명은", "정보가".
	if strings.ContainsRune("은이가도", last) && notNames[w[:len(w)-utf8.RuneLen(last)]] {
		return true
	}
	for _, e := range []string{"하여", "해서", "되어", "하며", "하면", "하기", "하니", "이며", "이고", "에서", "으로", "여서", "더라", "하다", "한다", "된다", "하지", "하게", "시다", "세요", "니다"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// selfIntro handles "저는 … 김민지입니다": a full name glued to the copula
// at i, in a sentence where the writer speaks of themself.
func (sc *scanner) selfIntro(i int) {
	s := sc.s
	if !strings.HasPrefix(s[i:], "입니다") && !strings.HasPrefix(s[i:], "인데요") && !strings.HasPrefix(s[i:], "라고 합니다") &&
		!strings.HasPrefix(s[i:], "라고 밝히") && !strings.HasPrefix(s[i:], "라고 소개") && !strings.HasPrefix(s[i:], "이라고 밝히") {
		return
	}
	st, n := hangulBack(s, i, 5)
	if n < 3 || n > 4 || st > 0 && prevHangul(s, st) {
		return
	}
	w := s[st:i]
	if !fullName(w) || verbLike(w) || sc.exempt(w) || titleSuffix(w) {
		return
	}
	pre := before(s, st, 120)
	if k := strings.LastIndex(pre, ". "); k >= 0 {
		pre = pre[k+2:]
	}
	if !hasAny(pre, []string{"저는", "제 이름", "본인은", "나는", "이름은", "사는 ", "살고 있는 ", "거주하는 ", "담당 ", "민원인은", "신고인은", "신청인은", "제보자는"}) {
		return
	}
	sc.add(st, i, TypeName, "name.self", 0.8, MaskName(w))
}

// profileBracket handles a person's particulars in brackets after the
// name: "이지훈(1995. 11. 10., 화곡로 322, 101동 606호)", "김민준(1972-12-11,
// 능동로 336)", "박선영(800302, 010-1234-5678)". The bracket must open
// with a date of birth; the name before it, the date and the address
// numbers in it are masked.
func (sc *scanner) profileBracket(i int) {
	s := sc.s
	close := strings.IndexByte(s[i:min(len(s), i+160)], ')')
	ds := i + 1
	if ds < len(s) && s[ds] == '\'' {
		ds++ // "('91. 5. 13.)"
	}
	if close < 0 || ds >= len(s) || !isDigit(s[ds]) {
		return
	}
	end := i + close
	var e int
	if b := birthSpan(s[ds:end]); b > 0 {
		e = ds + b // "1953/01/08", "1939-04-17", "'91. 5. 13."
	} else {
		t := &sc.tok
		readToken(s, ds, t)
		var n int
		n, e = dateShape(s, t, 0, t.lensFrom(0, 3))
		if n == 0 || e > end {
			return
		}
	}
	if e < end && s[e] == '.' {
		e++
	}
	// The date must be the whole first particular, a 생 after it at most.
	if rest := strings.TrimPrefix(strings.TrimLeft(s[e:end], " "), "생"); rest != "" && rest[0] != ',' && rest[0] != '/' && rest[0] != ';' {
		return
	}
	st, p, cnt := wordBeforeBracket(s, i)
	if cnt < 2 || cnt > 5 {
		return
	}
	w := s[st:p]
	if sc.lx.score(w) < shapeName || sc.lx.noun(w) || sc.exempt(w) || titleSuffix(w) || strings.HasSuffix(before(s, st, 6), "의 ") {
		return
	}
	sc.add(st, p, TypeName, "name.profile", 0.85, MaskName(w))
	sc.add(ds, e, TypeBirthDate, "birth.profile", 0.9, maskDigits(s[ds:e]))
	// The rest: an address or a telephone; mask its numbers.
	a := firstDigit(s, e, end)
	if a < end {
		b := end
		for b > a && !isDigit(s[b-1]) {
			b--
		}
		d := onlyDigits(s[a:b])
		if len(d) >= 9 && d[0] == '0' {
			return // a telephone: the number detectors mask it
		}
		if !hasAny(s[e:end], []string{"로 ", "길 ", "동 ", "리 ", "가 ", "번지", "호", "동,"}) && !hasAny(s[e:end], []string{"로", "길"}) {
			return // "(2010. 1. 29., 중학교 3학년)": a school's grade, no address
		}
		sc.add(a, b, TypeAddress, "address.profile", 0.85, maskDigits(s[a:b]))
	}
}

// birthSpan returns the length of a date of birth at the start of t in
// the forms brackets give it ("1953/01/08", "1939-04-17", "91. 5. 13.",
// "1974. 08. 18."), or 0: year, month and day, each checked.
func birthSpan(t string) int {
	k := 0
	var parts [3]int
	for p := 0; p < 3; p++ {
		d := digitsAt(t, k)
		if d == 0 || d > 4 || p > 0 && d > 2 {
			return 0
		}
		parts[p] = atoi(t, group{k, k + d})
		k += d
		if p == 2 {
			break
		}
		if k >= len(t) || !strings.ContainsRune("./-", rune(t[k])) {
			return 0
		}
		k++
		for k < len(t) && t[k] == ' ' {
			k++
		}
	}
	y := parts[0]
	if y < 100 {
		y += 1900
	}
	if y < 1900 || y > 2030 || !validMD(parts[1], parts[2]) {
		return 0
	}
	return k
}

// nameRoleBracket handles a name and its role in brackets: "진술서(구대호,
// 목격자)", "(김철수, 신고인)".
func (sc *scanner) nameRoleBracket(i int) {
	s := sc.s
	in := s[i+1 : min(len(s), i+80)]
	c := strings.IndexByte(in, ')')
	if c < 0 {
		return
	}
	inner := in[:c]
	if k := strings.IndexByte(inner, '('); k > 0 {
		inner = inner[:k] // "(주민 호용호(성수동2가 거주))"
	}
	// Every bracket of a text comes here, so its words are read without
	// allocating: a name and a role, or up to four words.
	name, role, comma := strings.Cut(inner, ",")
	if comma {
		if strings.IndexByte(role, ',') >= 0 {
			return // a list, not a name and its role
		}
	} else {
		// "(김다은 위원)", "(편채원 위원장)", "(문덕배 입주자대표회의 회장)":
		// a name and its role; "(주민 호용호": a role and the name.
		var ws [4]string
		n := 0 // words, up to len(ws)+1
		for w := range strings.FieldsSeq(inner) {
			if n == len(ws) {
				n++
				break
			}
			ws[n] = w
			n++
		}
		switch {
		case n == 2 && isPrivateRole(ws[0]) && !isPrivateRole(ws[1]):
			name, role = ws[1], ws[0]
		case n >= 2 && n <= 3 && isPrivateRole(ws[n-1]):
			name, role = ws[0], ws[n-1]
		default:
			return
		}
	}
	name, role = strings.TrimSpace(name), strings.TrimSpace(role)
	if !isPrivateRole(role) || !hangulWord(name) || sc.lx.score(name) < shapeName || sc.exempt(name) {
		return
	}
	st := i + 1 + strings.Index(in, name)
	sc.add(st, st+len(name), TypeName, "name.role_bracket", 0.85, MaskName(name))
}

// bracketDate handles a date of birth in brackets after a person, alone
// or after a nationality: "경  빈 (50-09-13)", "사토 겐지 (일본,
// 1980-09-28)", "연경희 ('42. 10. 29.)". The date must be whole in the
// bracket and of a year before 2010; the word before the bracket must
// not be a number or a date.
func (sc *scanner) bracketDate(i int) {
	s := sc.s
	c := strings.IndexByte(s[i:min(len(s), i+48)], ')')
	if c < 0 {
		return
	}
	end := i + c
	j := i + 1
	if k := strings.IndexByte(s[j:end], ','); k >= 0 {
		if w := strings.TrimSpace(s[j : j+k]); w == "" || strings.ContainsAny(w, "0123456789") || utf8.RuneCountInString(w) > 10 {
			return
		}
		j += k + 1
	}
	for j < end && (s[j] == ' ' || s[j] == '\'') {
		j++
	}
	if j >= end || !isDigit(s[j]) {
		return
	}
	b := end
	for b > j && (s[b-1] == ' ' || s[b-1] == '.') {
		b--
	}
	if strings.HasSuffix(s[j:b], "생") {
		b -= len("생") // "(1951년 3월 14일생)"
	}
	var t token
	readToken(s, j, &t)
	if n, de := dateShape(s, &t, 0, t.lensFrom(0, 3)); n == 0 || de != b || !birthLike(s, j, b) {
		return // the date must be all the bracket holds
	}
	pre := strings.TrimRight(before(s, i, 30), " ")
	if pre == "" || isDigit(pre[len(pre)-1]) {
		return
	}
	if r, _ := utf8.DecodeLastRuneInString(pre); !isHangul(r) && !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
		return
	}
	e := b
	if e < end && s[e] == '.' {
		e++
	}
	sc.add(j, e, TypeBirthDate, "birth.bracket", 0.85, Mask(TypeBirthDate, s[j:e]))
	sc.itemName(i, i+1+strings.IndexByte(s[i+1:end+1], ',') >= i+1)
}

// itemName masks the person a list item starts with, before the bracket
// at i that gives their date of birth or age: "1) 나아름 (1951년 3월
// 14일생)", "3) ZHANG HAORAN (중국, 1960.10.27)", "▶ 전채원(83세, 고시원
// 거주)". Only the item's whole text before the bracket is read, so a
// sentence is never taken for a name. nation says the bracket names a
// country first, which makes Hangul words a transcription.
func (sc *scanner) itemName(i int, nation bool) {
	s := sc.s
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	_, a := bulletOf(s, ls, i)
	p := i
	for p > a && s[p-1] == ' ' {
		p--
	}
	if p <= a {
		return
	}
	item := s[a:p]
	switch {
	case latinWords(item) || hangulWord(item):
		if sc.nameAlone(item) {
			sc.add(a, p, TypeName, "name.item", 0.85, MaskName(item))
		}
	case nation && strings.Count(item, " ") >= 1 && strings.Count(item, " ") <= 3 && allHangulWords(item):
		sc.add(a, p, TypeName, "name.item", 0.8, MaskName(item))
	}
}

// personWord reports a word that speaks of a citizen: a role (신청인,
// 위원), a relation (배우자, 자녀) or a marker before a name.
func personWord(w string) bool {
	return w != "" && (isPrivateRole(w) || relations[w] || slices.Contains(markers, w))
}

// splitMask splits the mask of a name a line's end broke after its
// first n syllables, so that both parts are masked by the one rule.
func splitMask(m string, n int) (string, string) {
	k := 0
	for i := range m {
		if k == n {
			return m[:i], m[i:]
		}
		k++
	}
	return m, ""
}

// holderAfter masks the holder named right after an account number, the
// last word of its cell: "우체국 051568-94-848683 편소순 |", "수협
// 401196747041 임의영\t…".
func (sc *scanner) holderAfter(end int) {
	s := sc.s
	if end+1 >= len(s) || s[end] != ' ' || !hangulAt(s, end+1) {
		return
	}
	w, we := wordAt(s, end+1, min(len(s), end+1+18))
	if we < len(s) && !(s[we] == '\n' || s[we] == '\t' || s[we] == '|' || s[we] == ')' || strings.HasPrefix(s[we:], " |") || strings.HasPrefix(s[we:], "  ")) {
		return
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 5 || n == 2 && sc.lx.common(w) || n > 2 && sc.lx.noun(w) || !sc.shapedName(w) || sc.lx.derived(w) || verbLike(w) || personWord(w) || bankWord(w) {
		return
	}
	sc.add(end+1, we, TypeName, "name.holder", 0.8, MaskName(w))
}
