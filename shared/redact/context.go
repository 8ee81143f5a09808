package redact

import (
	"strings"
	"unicode/utf8"
)

// before returns up to max bytes of s before i on the same line, starting
// on a rune boundary.
func before(s string, i, max int) string {
	a := i - max
	if a < 0 {
		a = 0
	}
	for a < i && !utf8.RuneStart(s[a]) {
		a++
	}
	w := s[a:i]
	if k := strings.LastIndexByte(w, '\n'); k >= 0 {
		w = w[k+1:]
	}
	return w
}

// ctxBefore returns the words that may qualify a number at i: up to max
// bytes before it on the same line, cut after the last digit, so that a
// keyword belongs to the nearest number after it and not to the next one.
func ctxBefore(s string, i, max int) string {
	w := before(s, i, max)
	for k := len(w) - 1; k >= 0; k-- {
		if isDigit(w[k]) || w[k] == '*' {
			w = w[k+1:]
			break
		}
	}
	// Words of an earlier sentence do not qualify this number.
	for _, end := range []string{"다. ", "요. ", "음. ", "함. ", "임. ", "다.\t"} {
		if k := strings.LastIndex(w, end); k >= 0 {
			w = w[k+len(end):]
		}
	}
	return w
}

// after returns up to max bytes of s from i on the same line, ending on a
// rune boundary.
func after(s string, i, max int) string {
	e := i + max
	if e > len(s) {
		e = len(s)
	}
	for e > i && e < len(s) && !utf8.RuneStart(s[e]) {
		e--
	}
	w := s[i:e]
	if k := strings.IndexByte(w, '\n'); k >= 0 {
		w = w[:k]
	}
	return w
}

// lastAny returns the largest index in w of any of the words, or -1.
func lastAny(w string, words []string) int {
	best := -1
	for _, k := range words {
		if j := strings.LastIndex(w, k); j > best {
			best = j
		}
	}
	return best
}

func hasAny(w string, words []string) bool {
	// A whole text is searched by the words' rare bytes; a line by
	// strings.Contains, which is quicker on a few hundred bytes.
	long := len(w) >= 4096
	for _, k := range words {
		if long && containsRare(w, k) || !long && strings.Contains(w, k) {
			return true
		}
	}
	return false
}

// bankIn reports a bank word in w. A bank's short name counts only as a
// word of its own or before 은행/뱅크 ("하나은행", "국민 123…"), never
// inside another name ("하나로건설", "우리들약국", "국민건강").
func bankIn(w string) bool { return lastBank(w) >= 0 }

// lastBank returns the offset of the last bank word in w, or -1.
func lastBank(w string) int {
	best := -1
	for _, k := range kwBank {
		for from := 0; from < len(w); {
			j := strings.Index(w[from:], k)
			if j < 0 {
				break
			}
			j += from
			from = j + len(k)
			if shortBank[k] {
				rest := w[j+len(k):]
				if r, _ := utf8.DecodeRuneInString(rest); isHangul(r) && !strings.HasPrefix(rest, "은행") && !strings.HasPrefix(rest, "뱅크") {
					continue
				}
				if j > 0 {
					if r, _ := utf8.DecodeLastRuneInString(w[:j]); isHangul(r) {
						continue
					}
				}
			}
			if j > best {
				best = j
			}
		}
	}
	return best
}

// shortBank are bank words that are also parts of other words.
var shortBank = map[string]bool{"국민": true, "신한": true, "우리": true, "하나": true, "기업": true, "카카오": true, "토스": true,
	"씨티": true, "KB": true, "NH": true, "IBK": true}

// Context words. Korean and English, as they appear in forms and letters.
var (
	kwRRN = []string{"주민등록번호", "주민번호", "주민등록", "RRN", "resident registration"}
	kwFRN = []string{"외국인등록", "외국인 등록", "외국인번호", "alien registration", "foreigner"}

	// Strong personal words win when nearer than an office word; weak
	// ones ("연락처") lose to any office word on the line.
	kwLandPersonal = []string{"자택", "집전화", "집 전화", "집)", "집:", "집(", "집 ", "휴대", "본인", "민원인", "신청인", "청구인",
		"신고인", "진정인", "청원인", "보호자", "개인", "거주", "주소", "home", "Home", "HOME", "private", "Private",
		"방청인", "참고인", "피해자", "제보자", "신청자", "목격자"}
	kwLandWeak   = []string{"연락처", "전화번호", "전화", "유선", "연락", "phone", "Phone", "Tel", "TEL", "tel", "☎"}
	kwLandOffice = []string{"담당", "문의", "대표전화", "대표 전화", "팩스", "FAX", "Fax", "fax", "사무실", "콜센터",
		"상담센터", "민원실", "과 ", "팀 ", "과)", "팀)", "부서", "기관", "주무관", "office", "Office"}

	kwBank = []string{"계좌", "은행", "입금", "예금", "송금", "환급", "이체", "뱅크", "농협", "신협", "수협", "새마을금고",
		"우체국", "금고", "증권", "account", "Account", "bank", "Bank", "KB", "NH", "IBK", "SC제일", "국민", "신한",
		"우리", "하나", "기업", "카카오", "토스", "씨티"}
	kwBankName  = []string{"은행", "뱅크", "농협", "신협", "수협", "금고", "우체국", "증권", "Bank", "bank"}
	kwBankFirst = []string{"국민", "신한", "우리", "하나", "농협", "NH", "기업", "IBK", "카카오", "토스", "케이뱅크", "우체국",
		"새마을", "신협", "수협", "SC", "씨티", "대구", "부산", "경남", "광주", "전북", "제주", "산업", "KB", "은행"}
	kwCorporate = []string{"법인등록번호", "법인번호", "법인 등록번호", "등기번호"}
	kwBizNo     = []string{"사업자등록번호", "사업자번호", "사업자 등록번호", "사업자", "고유번호", "법인등록번호"}
	kwBudget    = []string{"예산", "과목", "코드", "세출", "세입"}
	// kwBillNo name the numbers of a bill the office issues: a number
	// after them is the bill's, whatever account it is paid into.
	kwBillNo = []string{"고지서 번호", "고지서번호", "고지번호", "납부번호", "전자납부번호", "납세번호", "부과번호"}
	kwCard   = []string{"카드", "card", "Card", "CARD", "결제"}

	kwLicence = []string{"면허", "licence", "license", "License", "Licence"}
	kwPlate   = []string{"차량", "자동차", "차번호", "번호판", "주차", "승용", "화물", "운전", "견인", "위반", "렌터카",
		"렌트", "택시", "버스", "이륜", "오토바이", "차주", "승합", "등록번호", "vehicle", "Vehicle", "car ", "plate", "Plate", "차)"}
	kwBirth = []string{"생년월일", "출생", "생일", "태어", "생년", "DOB", "D.O.B", "birth", "Birth", "BIRTH", "born",
		"년월일", "년 월일", "넌월일"} // "생 년월일", "샹년월일", "생넌월일": the label spaced or misread
	kwIP = []string{"IP", "ip", "Ip", "아이피", "접속", "ip주소", "IPv4", "address", "서버", "로그"}

	kwAddress = []string{"주소", "거주", "자택", "사는", "살고", "주거", "소재", "주민등록지", "배송", "address", "Address", "지번", "부동산", "토지 소유", "소유 토지", "근무지"}
)
