package verify

import (
	"strings"
	"unicode/utf8"
)

// commonSurnames are the most frequent Korean family names, covering the
// great majority of citizens. This list is verify's own, apart from the
// redactor's, so that a gap in one is not a gap in both.
const commonSurnames = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉"

var doubleSurnames = []string{"남궁", "황보", "제갈", "선우", "독고", "사공", "서문"}

// nameMarkers introduce a citizen's name.
var nameMarkers = []string{"민원인", "신청인", "청구인", "진정인", "성명", "이름", "수신자", "예금주", "보호자", "피해자", "청원인", "신고인", "성함"}

// honorifics follow a person's name in letters and complaints.
var honorifics = []string{"님", "씨", "귀하", "氏"}

// notPersons are words before an honorific that are titles or roles.
var notPersons = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`과장 국장 부장 팀장 차장 실장 원장 회장 사장 시장 구청장 군수 선생 고객 교수 박사 목사 신부
주무관 위원 위원장 의원 대표 이사 감사 기사 형님 누님 부모 손님 임금 조상 주인 환자 학생 회원 주민 시민 구민 국민
여러분 간호사 사모 장로 집사 권사 주임 계장 반장 통장 이장 동장 면장 소장 지사 도지사 총장 학장 교장 교감 담임 고문
의사 약사 변호사 세무사 기자 작가 감독 코치 선배 후배 동료 친구 가족 남편 아내 부인 아들 어르신 아저씨 아가씨 마음씨
솜씨 말씨 날씨 글씨 불씨 홀씨 꽃씨 성씨 김씨 이씨 박씨 최씨 정씨 민원인 신청인 당사자 본인 작성자 대리인 상대방
서명 날인 경우 이자율 인구 이사장 사무장 관장 부회장 의장 부의장 본부장 단장 센터장 청장 처장 총장 국장 차관 장관 시장님 연락처 전화 전화번호 주소 주소지 주민등록번호 주민번호 문서번호 안건 성명 생년월일 이메일 전자우편 계좌 계좌번호 여권번호
면허번호 차량번호 정보 명의 인적사항 기재 기타 제출 서명 날인 확인 외국인등록번호 휴대전화 휴대폰 연령 성별 직업 소속
지급 지급은 지원 지원은 신청은 조사 조치 전출 전입 이의 이행 변경 안내 방문 신고 정산 환수 결정 통보 접수
주민 거주지 등록기준지 국적 본적 명칭 상호 대표자 법인 단체 기관 부서 담당자 담당 공무원 연락 회신 이름 성함
조정안 주차장 현수막 경징계 중징계 견책 감봉 구의회 시의회 도의회 구의원 시의원 주의 경고 훈계 고발 수거 계고 과태료
공원 경로당 도서관 복지관 보건소 주민센터 사무소 정류장 시장 학교 병원 약국 은행 금고
문의처 문의 소유자 신청자 배우자 보호자 수령인 수령자 예금주 확인자 제출자 이용자 참석자 대상자 수급자 위반자 체납자 납부자
신고자 신고인 제보자 청구인 청구자 진정인 고소인 고발인 피해자 가해자 운전자 세대주 세대원 가구주 임차인 임대인 점유자 응시자 지원자
합격자 선발자 비고 구분 결과 사유 내용 기간 장소 일시 금액 소재지 지번 지목 면적`) {
		m[w] = true
	}
	return m
}()

func hasPrefix2(w string) bool {
	for _, p := range doubleSurnames {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func surnameStart(w string) bool {
	for _, p := range doubleSurnames {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune(commonSurnames, r)
}

func hangul(r rune) bool { return 0xAC00 <= r && r <= 0xD7A3 }

// honorificNames flags a surname-led word of two to four syllables,
// without any '*', right before an honorific: "김영수 님", "이영희씨".
func honorificNames(s string, occ hits, exempt []string) []Doubt {
	var ds []Doubt
	for _, h := range honorifics {
		for _, j := range occ[h] {
			if rest := s[j+len(h):]; strings.HasPrefix(rest, "㈜") || strings.HasPrefix(rest, "(주)") || strings.HasPrefix(rest, "주식") {
				continue // "하나이엔씨㈜": E&C, a company
			}
			e := j
			if e > 0 && s[e-1] == ' ' {
				e--
			}
			st, n := e, 0
			for st > 0 && n < 5 {
				r, size := utf8.DecodeLastRuneInString(s[:st])
				if !hangul(r) {
					break
				}
				st -= size
				n++
			}
			if n < 2 || n > 4 || n == 2 && e == j {
				continue // "어머님", "목화씨": a word glued to the honorific
			}
			w := s[st:e]
			if !surnameStart(w) || notPersons[w] || isExempt(w, exempt) || titled(w) || anonymized(w) {
				continue
			}
			ds = append(ds, Doubt{Type: DoubtName, Rule: "name.surname_honorific", Start: st, End: e,
				Reason: "a name with an honorific is left unmasked"})
		}
	}
	return ds
}

// markedNames flags a name-like word right after a citizen marker
// ("민원인 홍길동", "성명: 홍길동") that holds no '*'.
func markedNames(s string, occ hits, exempt []string) []Doubt {
	var ds []Doubt
	for _, m := range nameMarkers {
		for _, j := range occ[m] {
			if headerRow(s, j) && tableHeaderWord(lineAfter(s, j+len(m), 40)) {
				continue // "| 계좌번호 | 예금주 | 지급액 |": the next cell is a header too
			}
			from := j + len(m)
			k := from
			colon := false
			for k < len(s) && (s[k] == ' ' || s[k] == ':' || s[k] == '(' || s[k] == '|') && k-from < 4 {
				colon = colon || s[k] != ' '
				k++
			}
			if k == from {
				continue
			}
			e, n := k, 0
			for e < len(s) && n < 7 {
				r, size := utf8.DecodeRuneInString(s[e:])
				if !hangul(r) {
					break
				}
				e += size
				n++
			}
			// A bare name ends at a space, a bracket or punctuation; the
			// next character being '*' means it was masked.
			if n < 2 || n > 7 || (e < len(s) && s[e] == '*') {
				continue
			}
			w := s[k:e]
			wordEnd := e
			// Strip a trailing particle: 홍길동께서, 홍길동의, 황보광수는.
			for _, p := range []string{"께서", "에게", "님", "씨", "의", "은", "는", "이", "가", "을", "를", "와", "과"} {
				if strings.HasSuffix(w, p) && utf8.RuneCountInString(w) > 3 {
					w = w[:len(w)-len(p)]
					e -= len(p)
					n = utf8.RuneCountInString(w)
					break
				}
			}
			if n > 4 && !(n == 5 && hasPrefix2(w)) {
				continue
			}
			if n == 4 && !hasPrefix2(w) && !strings.HasSuffix(w, "에스더") {
				// 4 syllables: a name with a particle ("홍길동은") or a noun.
				last, _ := utf8.DecodeLastRuneInString(w)
				if !strings.ContainsRune("은는이가을를의와과도께", last) {
					continue
				}
				w = s[k : e-3]
				n = 3
			}
			if last, _ := utf8.DecodeLastRuneInString(w); strings.ContainsRune("에을를의는로", last) {
				continue // a noun with a particle ("안건에")
			}
			if !surnameStart(w) || notPersons[w] || isExempt(w, exempt) || titled(w) || anonymized(w) || strings.HasPrefix(s[k+len(w):], ")") && s[k-1] == '(' {
				continue // "성명(한글)": a note on the header; "민원인: 황모": already anonymized
			}
			if n == 2 && !colon {
				continue // too weak: most two-syllable words after a marker are nouns
			}
			if !nameEnd(s, wordEnd) {
				continue
			}
			if next := strings.TrimLeft(s[wordEnd:min(len(s), wordEnd+24)], " "); strings.HasSuffix(w, "동") && next != "" && digit(next[0]) && strings.Contains(next, "구역") {
				continue // "예금주: 봉천동 7구역 조합": an association named by its place
			}
			ds = append(ds, Doubt{Type: DoubtName, Rule: "name.marker", Start: k, End: k + len(w),
				Reason: "a name after " + m + " is left unmasked"})
		}
	}
	return ds
}

// nameEnd reports whether what follows a candidate at e fits a name: an
// end of line, a space, punctuation, a bracket, or an honorific.
func nameEnd(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	switch s[e] {
	case ' ', ',', '.', ')', '(', '\n', '\t', ':', ';', '/':
		return true
	}
	return false
}

func titled(w string) bool {
	for _, t := range []string{"과장", "국장", "팀장", "주무관", "위원", "의원", "대표", "사무관", "주사", "교수", "선생", "구", "시", "군", "청", "공사", "공단"} {
		if strings.HasSuffix(w, t) && len(w) > len(t) {
			return true
		}
	}
	return false
}

func isExempt(w string, exempt []string) bool {
	for _, e := range exempt {
		if strings.TrimSpace(e) == w {
			return true
		}
	}
	return false
}

// nameAround flags a surname-led word of three or four syllables that a
// citizen's role, a title with 님, or a bracket with sex or age follows:
// "홍길동 민원인", "김영희 고객님", "박민수(45세)".
func nameAround(s string, occ hits, exempt []string) []Doubt {
	var ds []Doubt
	check := func(end int, why string) {
		st, n := end, 0
		for st > 0 && n < 5 {
			r, size := utf8.DecodeLastRuneInString(s[:st])
			if !hangul(r) {
				break
			}
			st -= size
			n++
		}
		if n < 3 || n > 4 {
			return
		}
		w := s[st:end]
		if strings.ContainsRune(w, '*') || !surnameStart(w) || notPersons[w] || isExempt(w, exempt) || titled(w) {
			return
		}
		last, _ := utf8.DecodeLastRuneInString(w)
		if strings.ContainsRune("한된는을를의적할던른며면게로와과에께고여님", last) {
			return // a verb or modifier: "위하여 민원인", "해당하는 신청인"
		}
		for _, e := range []string{"로서", "으로", "에서", "하여", "해서", "하며"} {
			if strings.HasSuffix(w, e) {
				return
			}
		}
		if strings.ContainsRune("은는이가도", last) && notPersons[w[:len(w)-utf8.RuneLen(last)]] {
			return // a noun with a particle: "서명은 신청인"
		}
		ds = append(ds, Doubt{Type: DoubtName, Rule: "name.around", Start: st, End: end, Reason: "a name " + why + " is left unmasked"})
	}
	for _, m := range []string{"민원인", "신청인", "청구인", "진정인", "신고인", "청원인", "고객님", "선생님", "어르신"} {
		for _, j := range occ[m] {
			if j > 0 && s[j-1] == ' ' {
				check(j-1, "before "+m)
			}
		}
	}
	for _, j := range occ["("] {
		in := s[j+1:]
		k := 0
		for k < len(in) && k < 3 && digit(in[k]) {
			k++
		}
		profile := k > 0 && strings.HasPrefix(in[k:], "세)") || strings.HasPrefix(in, "남,") || strings.HasPrefix(in, "여,") ||
			strings.HasPrefix(in, "남)") || strings.HasPrefix(in, "여)")
		if !profile {
			continue
		}
		e := j
		if e > 0 && s[e-1] == ' ' {
			e--
		}
		check(e, "with sex or age")
	}
	return ds
}

// headerRow reports a table row of headers: cells split by bars and not
// one digit.
func headerRow(s string, i int) bool {
	line := lineBefore(s, i, 400) + lineAfter(s, i, 400)
	return strings.Count(line, "|") >= 2 && !strings.ContainsAny(line, "0123456789*")
}

// tableHeaderWord reports whether the cell after a header cell is a
// header itself: "| 지급액 |", "| 연락처 |".
func tableHeaderWord(rest string) bool {
	rest = strings.TrimLeft(rest, " |:")
	if k := strings.IndexAny(rest, "|\t"); k >= 0 {
		rest = rest[:k]
	}
	rest = strings.TrimSpace(rest)
	return hasWord(rest, []string{"지급액", "금액", "비고", "연락처", "주소", "생년월일", "계좌", "은행", "구분", "연번", "번호", "일자",
		"날짜", "내용", "결과", "성명", "이름", "소속", "직위", "직급", "서명", "(원)"})
}

// anonymized reports a surname with 모 for the given name, how letters
// write a person they will not name ("박모 씨", "김모"): already masked.
func anonymized(w string) bool {
	return utf8.RuneCountInString(w) == 2 && strings.HasSuffix(w, "모") && surnameStart(w)
}
