package redact

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Approval documents carry most of their personal data in tables and
// labelled values, where the word that says what a value is (성명,
// 생년월일, 예금주) sits in a header row or a header line, not before the
// value on its line. The layout pass finds those structures as text
// extraction really writes them and gives every cell the label of its
// column, so that the detectors can read a cell as if its label stood in
// front of it:
//
//   - rows of cells split by '|', by tabs or by runs of two or more
//     spaces, under a header row;
//   - one cell per line, as HWP tables come out: a run of header lines,
//     then each row's cells on lines of their own;
//   - labelled values, "성    명: 홍길동", one to a line or several.

// role is what a column or a labelled value holds.
type role uint8

const (
	roleNone     role = iota
	roleName          // citizens' names
	roleOfficial      // officials' names, positions, departments: public
	roleBirth         // dates of birth, six-digit birth codes
	roleRRN           // resident or foreigner registration numbers
	rolePhone         // a person's telephone
	roleAddress       // a person's address
	roleAccount       // bank account numbers
	roleEmail         // e-mail addresses
	rolePlate         // vehicle plates
	rolePassport      // passport numbers
	roleNation        // nationality: the table is about foreigners
	roleCompany       // company names, business numbers, their sites: public
	roleOther         // a known header that holds none of the above
)

// personal reports a role whose values are a citizen's personal data.
func (r role) personal() bool {
	switch r {
	case roleName, roleBirth, roleRRN, rolePhone, roleAddress, roleAccount, roleEmail, rolePlate, rolePassport:
		return true
	}
	return false
}

// cell is a value in a table or after a label, trimmed, with the label
// of its column. disc marks a row about discipline or a penalty, where an
// official's name is personal data too.
type cell struct {
	start, end int
	tab, col   int // the table (from 1) and column; 0 for a labelled value
	role       role
	label      string
	disc       bool
	foreign    bool // the table has a nationality or passport column
	// form marks a value beside its label in a form's row ("참가자 성명 |
	// 고길동"), weaker evidence than a column under a header.
	form bool
	// corp marks a row about a corporation ("하나로건설(주)"), whose
	// address, telephone and account are public; a sole proprietor's are
	// personal data.
	corp bool
	// loose marks a cell of a table written one cell to a line, where a
	// merged header or a wrapped cell can shift cells out of their
	// columns.
	loose bool
	// unwrapped marks a cell whose next line is known not to continue it
	// (the rest of a PDF row the page's edge broke, read apart).
	unwrapped bool
}

// corpMarks name a corporation.
var corpMarks = []string{"(주)", "㈜", "주식회사", "(유)", "유한회사", "(재)", "재단법인", "(사)", "사단법인", "(합)", "협동조합",
	"(의)", "의료법인", "(학)", "학교법인", "(복)", "사회복지법인", "공사", "공단"}

// markCorp sets corp on the cells of a row when a company cell names a
// corporation.
func markCorp(s string, row []cell) {
	corp, payee := false, false
	for _, c := range row {
		if c.role == roleCompany && hasAny(s[c.start:c.end], corpMarks) {
			corp = true
		}
		// A person's own column beside the company (a sole trader's,
		// an employee's), not its representative's: the row is about the
		// person, and the account paid is theirs.
		if t := strings.TrimSpace(s[c.start:c.end]); c.role == roleName && !strings.Contains(c.label, "대표") && t != "" && !hasAny(t, corpMarks) {
			payee = true
		}
	}
	if corp && !payee {
		for i := range row {
			row[i].corp = true
		}
	}
}

// layout is what the layout pass found in a text.
type layout struct {
	lines []span // the text's lines, split once for every reader
	cells []cell // sorted by start, not overlapping
	ntab  int
	// records are runs of short lines with no header, as a table's
	// continuation comes out on a new page: read line by line for people.
	records [][]span
	// official lines: the 결재 line, footers and contacts of the office,
	// whose names and numbers are public.
	office []span
	rows   []rowSplit // by line index, filled as asked
}

type span struct{ start, end int }

// labelRoles maps header words, with spaces removed, to what their column
// holds. A header that ends with one of these words (신청인성명,
// 보호자연락처) takes its role too.
var labelRoles = map[string]role{
	"성명": roleName, "이름": roleName, "성함": roleName, "예금주": roleName, "예금주명": roleName, "신청인": roleName,
	"건축주": roleName, "공동건축주": roleName, "차주": roleName, "상대방": roleName, "계약자": roleName,
	"제출인": roleName,
	// Carers assigned to a person are private people, not officials.
	"돌보미": roleName, "생활지원사": roleName, "요양보호사": roleName, "활동지원사": roleName, "담당돌보미": roleName,
	"신청인명": roleName, "신청자": roleName, "대표자": roleName, "대표자명": roleName, "대표": roleName, "수령인": roleName,
	"수령자": roleName, "수취인": roleName, "민원인": roleName, "청구인": roleName, "고발인": roleName, "피고발인": roleName,
	"고소인": roleName, "피고소인": roleName, "피의자": roleName, "피해자": roleName, "관련자": roleName, "참석자": roleName,
	"위원명": roleName, "위원": roleName, "질의자": roleName, "대상자": roleName, "수급자": roleName, "수혜자": roleName,
	"보호자": roleName, "세대주": roleName, "소유자": roleName, "임차인": roleName, "임대인": roleName, "사업주": roleName,
	"운전자": roleName, "위반자": roleName, "납세자": roleName, "체납자": roleName, "환자": roleName, "환자명": roleName,
	"신고인": roleName, "진정인": roleName, "제보자": roleName, "청원인": roleName, "응답자": roleName, "당사자": roleName,
	"영문성명": roleName, "영문이름": roleName, "한글성명": roleName, "성명(한글)": roleName, "성명(영문)": roleName,
	"name": roleName, "Name": roleName, "NAME": roleName, "fullname": roleName, "FullName": roleName, "처분대상자": roleName,
	"수상자": roleName, "합격자": roleName, "선정자": roleName, "입주자": roleName, "이용자": roleName, "가입자": roleName,
	"채무자": roleName, "채권자": roleName, "점유자": roleName, "매수인": roleName, "매도인": roleName, "상속인": roleName,
	"배우자": roleName, "자녀": roleName, "부모": roleName, "법정대리인": roleName, "대리인": roleName, "작성자": roleName,
	"발언자": roleName, "발언자명": roleName, "질문자": roleName, "면담자": roleName, "방문자": roleName, "학생명": roleName,
	"아동명": roleName, "어르신": roleName, "외국인": roleName, "근로자": roleName, "선수": roleName, "강사": roleName,
	"송달대상": roleName, "납부의무자": roleName, "의무자": roleName, "납부자": roleName, "위반자명": roleName, "청구인명": roleName, "민원인명": roleName, "대상자명": roleName, "수급자명": roleName, "보호자명": roleName, "관련자명": roleName,
	"고발인명": roleName, "피고발인명": roleName, "참석자명": roleName, "수령인명": roleName, "성명(대표자)": roleName, "가구주": roleName,
	"진술인": roleName, "의견진술인": roleName, "게시자": roleName, "작성인": roleName, "한글표기": roleName, "영문표기": roleName, "근무지": roleOther, "근무처": roleOther, "성명(여권)": roleName, "농가주": roleName, "고용주": roleName, "수상자명": roleName, "추천자": roleName, "응시자": roleName, "참가자": roleName, "당첨자": roleName, "보증인": roleName,
	"연대보증인": roleName, "세입자": roleName, "신고자": roleName, "추천인": roleName, "피추천인": roleName, "입소자": roleName,
	"담당자": roleOfficial, "담당": roleOfficial, "직위": roleOfficial, "직급": roleOfficial, "소속": roleOfficial,
	"부서": roleOfficial, "담당부서": roleOfficial, "기안자": roleOfficial, "검토자": roleOfficial, "결재자": roleOfficial,
	"결재권자": roleOfficial, "협조자": roleOfficial, "담당공무원": roleOfficial, "직책": roleOfficial,
	"생년월일": roleBirth, "출생일": roleBirth, "생일": roleBirth, "생년": roleBirth, "출생연월일": roleBirth,
	"dateofbirth": roleBirth, "DateofBirth": roleBirth, "DOB": roleBirth, "생년월일(6자리)": roleBirth,
	"주민등록번호": roleRRN, "주민번호": roleRRN, "외국인등록번호": roleRRN, "등록번호": roleRRN,
	"연락처": rolePhone, "전화번호": rolePhone, "전화": rolePhone, "휴대전화": rolePhone, "휴대폰": rolePhone, "핸드폰": rolePhone,
	"휴대전화번호": rolePhone, "자택전화": rolePhone, "유선전화": rolePhone, "연락처(휴대폰)": rolePhone, "Tel": rolePhone,
	"주소": roleAddress, "거주지": roleAddress, "체류지": roleAddress, "주거지": roleAddress, "현거주지": roleAddress, "주소지": roleAddress, "현주소": roleAddress, "자택주소": roleAddress,
	"실거주지": roleAddress, "등록기준지": roleAddress, "주민등록주소": roleAddress, "거소": roleAddress, "address": roleAddress,
	"Address": roleAddress, "소유지번": roleAddress, "소유토지": roleAddress, "소유자주소": roleAddress, "토지소유지번": roleAddress, "소유지": roleAddress,
	"계좌번호": roleAccount, "계좌": roleAccount, "입금계좌": roleAccount, "지급계좌": roleAccount, "은행계좌": roleAccount,
	"이메일": roleEmail, "전자우편": roleEmail, "E-mail": roleEmail, "e-mail": roleEmail, "Email": roleEmail, "메일": roleEmail,
	"차량번호": rolePlate, "자동차등록번호": rolePlate, "차번호": rolePlate, "차량등록번호": rolePlate,
	"여권번호": rolePassport, "PassportNo.": rolePassport, "Passport": rolePassport, "여권": rolePassport,
	"국적": roleNation, "Nationality": roleNation, "nationality": roleNation, "체류자격": roleNation,
	"업체명": roleCompany, "상호": roleCompany, "회사명": roleCompany, "법인명": roleCompany, "업체": roleCompany,
	"사업자등록번호": roleCompany, "사업자번호": roleCompany, "법인등록번호": roleCompany, "계약상대자": roleCompany,
	"소재지": roleCompany, "사업장소재지": roleCompany, "업소명": roleCompany, "시설명": roleCompany, "기관명": roleCompany,
	"상호명": roleCompany, "단체명": roleCompany,
	"연번": roleOther, "진단명": roleOther, "병명": roleOther, "질환명": roleOther, "상병명": roleOther, "장애유형": roleOther, "번호": roleOther, "순번": roleOther, "구분": roleOther, "비고": roleOther, "금액": roleOther,
	"지급액": roleOther, "은행": roleOther, "은행명": roleOther, "성별": roleOther, "나이": roleOther, "연령": roleOther,
	"내용": roleOther, "처리결과": roleOther, "일시": roleOther, "접수일": roleOther, "계약금액": roleOther, "계약일": roleOther,
	"지원금액": roleOther, "지원내용": roleOther, "처분내용": roleOther, "위반내용": roleOther, "처분요구": roleOther,
	"조치사항": roleOther, "접수번호": roleOther, "No": roleOther, "No.": roleOther, "계약명": roleOther, "사업명": roleOther,
	"발언내용": roleOther, "질의내용": roleOther, "답변": roleOther, "의견": roleOther, "서명": roleOther, "인": roleOther,
	"금융기관": roleOther, "지급일": roleOther, "신청일": roleOther, "처분일": roleOther, "계약기간": roleOther, "수량": roleOther,
	"직업": roleOther, "관계": roleOther, "가구원수": roleOther, "세대원수": roleOther, "체류기간": roleOther, "지원유형": roleOther,
	"IP": roleOther, "접속IP": roleOther, "IP주소": roleOther, "아이피": roleOther, "게시일시": roleOther, "작성일": roleOther,
	"결정": roleOther, "통지일": roleOther, "청구내용": roleOther, "민원요지": roleOther, "가구유형": roleOther, "건강상태": roleOther,
	"결과": roleOther, "조치": roleOther, "상태": roleOther, "날인": roleOther, "확인": roleOther, "학년": roleOther,
	"처분": roleOther, "징계": roleOther, "처분결과": roleOther, "사유": roleOther, "지적사항": roleOther, "소관부서": roleOther,
}

// latinRoles are the headers in Latin letters, lower case, spaces
// removed.
var latinRoles = map[string]role{
	"name": roleName, "fullname": roleName, "surname": roleName, "givenname": roleName, "givennames": roleName, "englishname": roleName,
	"dob": roleBirth, "dateofbirth": roleBirth, "birthdate": roleBirth, "birth": roleBirth,
	"passport": rolePassport, "passportno": rolePassport, "passportnumber": rolePassport,
	"nationality": roleNation, "country": roleNation,
	"phone": rolePhone, "mobile": rolePhone, "tel": rolePhone, "telephone": rolePhone, "contact": rolePhone,
	"address": roleAddress, "email": roleEmail, "e-mail": roleEmail,
	"no": roleOther, "result": roleOther, "remarks": roleOther, "sex": roleOther, "gender": roleOther,
}

// labelFirst holds the first letters of the labels, to turn most words
// away with one lookup.
var labelFirst = func() *runeSet {
	set := newRuneSet(nil, false)
	for w := range labelRoles {
		r, _ := utf8.DecodeRuneInString(w)
		set.add(r)
	}
	return set
}()

// labelPrefix is a beginning of a label, as labelAt reads it: whether it
// is a whole label, with its role, and whether it begins a longer one.
type labelPrefix struct {
	role          role
	label, longer bool
}

// labelPrefixes maps every beginning of a label, cut between letters, to
// what it may still become, so that labelAt stops reading a word as soon
// as no label can start with it: most words end after one lookup.
var labelPrefixes = func() map[string]labelPrefix {
	m := map[string]labelPrefix{}
	for w, r := range labelRoles {
		for k := range w {
			if k > 0 {
				p := m[w[:k]]
				p.longer = true
				m[w[:k]] = p
			}
		}
		p := m[w]
		p.role, p.label = r, true
		m[w] = p
	}
	return m
}()

// labelSuffixes are the header words a longer header may end with.
var labelSuffixes = []string{"의무자", "납부자", "대상자", "진술인", "신청인", "신고인", "신청자", "보증인", "송달대상", "계좌", "성명", "이름", "생년월일", "주민등록번호", "외국인등록번호", "연락처", "전화번호", "휴대전화", "주소",
	"계좌번호", "예금주", "이메일", "차량번호", "여권번호", "국적", "대표자", "업체명", "사업자등록번호", "법인등록번호", "소재지"}

// roleOf returns the role of a header text, or roleNone when it is no
// known header. Spaces, a trailing colon and a bracketed note are ignored.
func roleOf(h string) role {
	k := squeeze(h)
	if k == "" {
		return roleNone
	}
	if r, ok := labelRoles[k]; ok {
		return r
	}
	if k[0] < 0x80 {
		// "PASSPORT", "Date of Birth", "e-mail": Latin headers in any case.
		if r, ok := latinRoles[strings.ToLower(strings.TrimRight(k, ".:"))]; ok {
			return r
		}
	}
	if i := strings.IndexByte(k, '('); i > 0 {
		if r, ok := labelRoles[k[:i]]; ok {
			return r
		}
		// "배정농가(농가주)": the word in brackets says what it holds.
		if in := strings.TrimSuffix(k[i+1:], ")"); labelRoles[in] == roleName {
			return roleName
		}
		k = k[:i]
	}
	if i := strings.IndexByte(k, '/'); i > 0 {
		// "성명/생년월일": the first word names the main value.
		if r := roleOf(k[:i]); r != roleNone {
			return r
		}
	}
	if utf8.RuneCountInString(k) <= 10 {
		for _, suf := range labelSuffixes {
			if strings.HasSuffix(k, suf) && len(k) > len(suf) {
				return labelRoles[suf]
			}
		}
	}
	// "원아명", "학생명", "세대원명": a word for people, then 명.
	if base, ok := strings.CutSuffix(k, "명"); ok && slices.Contains(personHeads, base) {
		return roleName
	}
	// A word for people ending in 자 or 인 heads their names: 참여자,
	// 접촉자, 검수자, 봉사자명, 의견제출인. Officials and companies are
	// the exceptions.
	if n := utf8.RuneCountInString(k); n >= 2 && n <= 7 && hangulOnly(k) {
		base := strings.TrimSuffix(k, "명")
		if (strings.HasSuffix(base, "자") || strings.HasSuffix(base, "인")) && !hasSuffixAny(base, notPersonHeads) && !hasPrefixAny(base, notPersonHeads) &&
			!nameInJa(k) {
			return roleName
		}
	}
	// Headers of other columns end like these: 지원액, 처리일, 계약방법,
	// 청구 내용. A name never does, so the first row is not taken for
	// one.
	if n := utf8.RuneCountInString(k); n >= 2 && n <= 8 && hangulOnly(k) {
		for _, suf := range otherSuffixes {
			if strings.HasSuffix(k, suf) {
				return roleOther
			}
		}
	}
	return roleNone
}

// personHeads are words for citizens that head a column of their names
// with 명 after them.
var personHeads = []string{"원아", "원생", "아동", "유아", "영아", "환아", "어린이", "학생", "자녀", "수강생", "교육생", "훈련생", "회원", "세대원", "가구원", "조합원", "입주민", "주민", "어르신"}

// nameInJa reports a name of three syllables whose given name ends in 자
// or 인 the way names do (김금자, 박명자, 이수인), which a header word for
// people must not be taken for.
func nameInJa(k string) bool {
	r, size := utf8.DecodeRuneInString(k)
	if !surnames1.has(r) || utf8.RuneCountInString(k) != 3 {
		return false
	}
	return givenInJa[k[size:]]
}

var givenInJa = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range strings.Fields("금자 명자 옥자 영자 순자 정자 경자 춘자 숙자 말자 복자 희자 미자 은자 향자 연자 점자 귀자 길자 분자 선자 " +
		"애자 양자 봉자 덕자 행자 혜자 화자 인자 현자 월자 신자 필자 갑자 계자 매자 난자 둘자 판자 " +
		"수인 지인 예인 서인 유인 윤인 세인 해인 다인 가인 채인 태인 혜인 소인 주인 우인 은인 재인 현인 시인 진인 " +
		"경인 성인 정인 민인 영인 의인 숙인 선인 희인 미인") {
		m[g] = true
	}
	return m
}()

// notPersonHeads end (or start) headers in 자 or 인 that name officials,
// companies or things, not citizens.
var notPersonHeads = []string{"담당자", "기안자", "검토자", "결재자", "협조자", "관리자", "책임자", "감독자", "사업자", "계약자", "공급자",
	"납품자", "시공자", "수급인", "수탁자", "위탁자", "발주자", "주관자", "시행자", "작성자", "확인자", "승인자", "처리자", "접수자",
	"입찰자", "낙찰자", "운영자", "개발자", "설치자", "제조자", "판매자", "도급인", "법인", "직인", "확인", "승인", "시인", "요인",
	"원인", "용인", "공인", "타인", "개인", "본인", "비고인"}

// otherSuffixes end the headers of columns that hold no personal data.
var otherSuffixes = []string{"통보일", "발생일", "위반일", "적발일", "입금일", "금액", "지원액", "지급액", "보조금", "지원금", "수당", "처리일", "접수일", "신청일", "통지일", "결정일",
	"계약일", "일시", "기간", "방법", "내용", "결과", "사유", "구분", "비고", "현황", "유형", "상태", "단계", "여부", "횟수", "건수",
	"인원", "번호", "명칭", "제목", "요지", "의견", "조치", "처분", "종류", "등급", "점수", "비율", "수량", "단가", "계", "률", "율",
	"액", "료", "비", "일자", "시간", "장소", "위치", "용도", "품목", "규격"}

func hangulOnly(t string) bool {
	for _, r := range t {
		if !isHangul(r) {
			return false
		}
	}
	return t != ""
}

// squeeze drops spaces, tabs, a trailing colon and leading bullets.
func squeeze(h string) string {
	h = strings.TrimSpace(h)
	h = strings.TrimLeft(h, "○◯●◦·-□■▶◇◆*※ ")
	h = strings.TrimRight(h, ": ：")
	if !strings.ContainsAny(h, " \t") {
		return h
	}
	var b strings.Builder
	for i := 0; i < len(h); i++ {
		if h[i] != ' ' && h[i] != '\t' {
			b.WriteByte(h[i])
		}
	}
	return b.String()
}

// disciplineWords mark a row or line about a penalty or an investigation.
var disciplineWords = []string{"징계", "경징계", "중징계", "견책", "감봉", "정직", "파면", "해임", "강등", "문책", "훈계", "경고",
	"주의", "처분요구", "변상", "고발", "수사의뢰", "혐의", "전과", "범죄경력", "입건", "송치", "기소", "소홀히", "의무를 위반", "규정을 위반"}

// analyze finds the tables and labelled values of s.
func analyze(s string, lx *lexicon) *layout {
	lay := &layout{}
	lines := splitLines(s)
	lay.lines = lines
	lay.tables(s, lines)
	claimed := lay.columnMajor(s, lines, lx)
	lay.columnLines(s, lines, lx, claimed)
	lay.labelled(s, lines)
	sort.Slice(lay.cells, func(i, j int) bool { return lay.cells[i].start < lay.cells[j].start })
	// Drop overlaps (a labelled value inside a table cell): keep the first.
	out := lay.cells[:0]
	end := -1
	for _, c := range lay.cells {
		if c.start < end {
			continue
		}
		out = append(out, c)
		end = c.end
	}
	lay.cells = out
	lay.headerless(s, lines)
	sort.Slice(lay.cells, func(i, j int) bool { return lay.cells[i].start < lay.cells[j].start })
	for k := range lay.cells {
		if accusedLabels[squeeze(lay.cells[k].label)] {
			lay.cells[k].disc = true // "관련자: 건축과 팀장 백린": an official, named as accused
		}
	}
	return lay
}

// accusedLabels head the people an audit, a penalty or an investigation
// is about: an official named there is named as a person, not in duty.
var accusedLabels = map[string]bool{"관련자": true, "징계대상자": true, "처분대상자": true, "피감사자": true, "피의자": true, "피고발인": true,
	"피고소인": true, "혐의자": true, "비위자": true, "징계혐의자": true, "비위관련자": true}

// headerless finds tables with no header: rows split the same way into
// the same number of cells (three or more), and runs of six or more
// short lines, as a table's continuation on a new page comes out.
func (l *layout) headerless(s string, lines []span) {
	known := len(l.cells) // sorted and apart: at() reads only these
	covered := func(sp span) bool {
		k := sort.Search(known, func(k int) bool { return l.cells[k].end > sp.start })
		return k < known && l.cells[k].start < sp.end
	}
	for i := 0; i < len(lines); i++ {
		if covered(lines[i]) {
			continue
		}
		cs, k := l.row(s, lines, i)
		if (k == sepPipe || k == sepTab || k == sepComma) && len(cs) >= 4 && len(cs)%2 == 0 && pairedRow(s, cs) {
			// A form's row of label and value pairs: "| 성명 | Dang Van An
			// | 한글 표기 | 당 반 안 |".
			for p := 0; p+1 < len(cs); p += 2 {
				label := s[cs[p].start:cs[p].end]
				if v := cs[p+1]; v.end > v.start {
					l.cells = append(l.cells, cell{start: v.start, end: v.end, role: roleOf(label), label: label, form: true})
				}
			}
			continue
		}
		if (k == sepPipe || k == sepTab || k == sepComma) && len(cs) >= 2 {
			// A form's row: a label, then its values ("참가자 성명 |
			// 고길동 | 홍길동").
			if r := roleOf(s[cs[0].start:cs[0].end]); r != roleNone {
				label := s[cs[0].start:cs[0].end]
				for _, c := range cs[1:] {
					if c.end > c.start && roleOf(s[c.start:c.end]) == roleNone {
						l.cells = append(l.cells, cell{start: c.start, end: c.end, role: r, label: label, form: true})
					}
				}
				continue
			}
		}
		if k == sepPipe || k == sepTab || k == sepComma || k == sepSpaces && len(cs) >= 3 && runningNumber(s[cs[0].start:cs[0].end]) {
			rows := [][]span{cs}
			j := i + 1
			for ; j < len(lines); j++ {
				t := s[lines[j].start:lines[j].end]
				if strings.TrimSpace(t) == "" || ruleLine(t) || pageBreak(t) {
					continue
				}
				rc, rk := l.row(s, lines, j)
				if rk != k || len(rc) != len(cs) || covered(lines[j]) {
					break
				}
				rows = append(rows, rc)
			}
			if len(rows) >= 2 && len(cs) >= 3 {
				l.ntab++
				for _, r := range rows {
					from := len(l.cells)
					for c, sp := range r {
						l.cells = append(l.cells, cell{start: sp.start, end: sp.end, tab: l.ntab, col: c})
					}
					markCorp(s, l.cells[from:])
				}
				i = j - 1
			} else if len(cs) < 3 {
				// Every line of the block would be read the same way and
				// left the same: go past it.
				i = j - 1
			}
			continue
		}
		// Short lines, one cell each.
		var run []span
		j := i
		for ; j < len(lines); j++ {
			t := strings.TrimSpace(s[lines[j].start:lines[j].end])
			if t == "" || pageBreak(t) {
				continue
			}
			if !cellLine(t) || covered(lines[j]) || strings.ContainsAny(t, "|\t") {
				break
			}
			run = append(run, trimSpan(s, lines[j]))
		}
		if len(run) >= 6 {
			l.records = append(l.records, run)
			i = j - 1
		}
	}
}

// at returns the cell holding byte i, if any.
func (l *layout) at(i int) (cell, bool) {
	if l == nil {
		return cell{}, false
	}
	k := sort.Search(len(l.cells), func(k int) bool { return l.cells[k].end > i })
	if k < len(l.cells) && l.cells[k].start <= i {
		return l.cells[k], true
	}
	return cell{}, false
}

func splitLines(s string) []span {
	var ls []span
	for i := 0; i <= len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			ls = append(ls, span{i, len(s)})
			break
		}
		ls = append(ls, span{i, i + j})
		i += j + 1
	}
	return ls
}

// sep is how a row splits into cells.
type sep uint8

const (
	sepNone sep = iota
	sepPipe
	sepTab
	sepSpaces
	sepComma // a system's CSV export
)

// row returns rowCells of line i, split once for the whole analysis: the
// tables and the headerless pass read every line.
func (l *layout) row(s string, lines []span, i int) ([]span, sep) {
	if l.rows == nil {
		l.rows = make([]rowSplit, len(lines))
	}
	r := &l.rows[i]
	if !r.done {
		r.cells, r.sep = rowCells(s, lines[i])
		r.done = true
	}
	return r.cells, r.sep
}

type rowSplit struct {
	cells []span
	sep   sep
	done  bool
}

// spacedCells reports two spaces between words of t: spaces before the
// first word do not split cells, and nor do spaces at the end.
func spacedCells(t string) bool {
	lead := 0
	for lead < len(t) && t[lead] == ' ' {
		lead++
	}
	// Only the first pair after the first word counts: if only spaces
	// follow it, only spaces follow any later pair too.
	x := strings.Index(t[lead:], "  ")
	return x >= 0 && strings.TrimSpace(t[lead+x:]) != ""
}

// rowCells splits a line into trimmed cells and says how.
func rowCells(s string, ln span) ([]span, sep) {
	t := s[ln.start:ln.end]
	// Every line of the text is asked this once: each separator is
	// looked for with one IndexByte or Index, in order of precedence.
	var k sep
	switch {
	case strings.IndexByte(t, '|') >= 0 && !strings.Contains(t, "||") && !(strings.Count(t, "\t") >= 2 && strings.Count(t, "\t") > strings.Count(t, "|")):
		// A pipe among more tabs is a letter OCR misread ("9B-D3S72b-|D"):
		// the tabs split the row.
		k = sepPipe
	case strings.IndexByte(t, '\t') >= 0:
		k = sepTab
	case spacedCells(t):
		k = sepSpaces
	default:
		if cs := csvCells(s, ln); len(cs) >= 3 {
			return cs, sepComma
		}
		return nil, sepNone
	}
	var cs []span
	add := func(a, b int) {
		for a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r') {
			a++
		}
		for b > a && (s[b-1] == ' ' || s[b-1] == '\t' || s[b-1] == '\r') {
			b--
		}
		cs = append(cs, span{a, b})
	}
	a := ln.start
	switch k {
	case sepPipe, sepTab:
		c := byte('|')
		if k == sepTab {
			c = '\t'
		}
		for i := ln.start; i < ln.end; i++ {
			if s[i] == c {
				add(a, i)
				a = i + 1
			}
		}
		add(a, ln.end)
		// "| a | b |": the empty edges are not cells.
		if len(cs) > 0 && cs[0].start == cs[0].end && k == sepPipe {
			cs = cs[1:]
		}
		if len(cs) > 0 && cs[len(cs)-1].start == cs[len(cs)-1].end && k == sepPipe {
			cs = cs[:len(cs)-1]
		}
	case sepSpaces:
		i := ln.start
		for i < ln.end && s[i] == ' ' {
			i++
		}
		a = i
		for i < ln.end {
			if s[i] == ' ' && i+1 < ln.end && s[i+1] == ' ' {
				add(a, i)
				for i < ln.end && s[i] == ' ' {
					i++
				}
				a = i
				continue
			}
			i++
		}
		if a < ln.end {
			add(a, ln.end) // trailing spaces leave no empty cell
		}
	}
	if len(cs) < 2 {
		return nil, sepNone
	}
	return cs, k
}

// underHeader returns the column of a space-aligned table that a cell
// stands under: the last header cell that starts before the cell's
// middle, counting display columns from the start of each line.
func underHeader(s string, head []span, c span) int {
	width := func(p int) int {
		ls := strings.LastIndexByte(s[:p], '\n') + 1
		w := 0
		for _, r := range s[ls:p] {
			w++
			if r >= 0x1100 && (r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 || r >= 0xF900 && r <= 0xFAFF || r >= 0xFF00 && r <= 0xFF60) {
				w++
			}
		}
		return w
	}
	at := width(c.start)
	col := -1
	for k, h := range head {
		if width(h.start) <= at+1 {
			col = k
		}
	}
	return col
}

// csvCells splits a line of a CSV export: commas outside double quotes,
// none followed by a space (a sentence's commas are) and none between
// the digits of an amount ("1,522,000"). It returns nil for a line that is
// not one.
// commaSpaceOutsideQuotes reports ", " outside double quotes: prose, where
// an export writes a comma and a space only inside a quoted field
// ("중랑구 동일로 86, 301호").
func commaSpaceOutsideQuotes(t string) bool {
	quoted := false
	for i := 0; i+1 < len(t); i++ {
		switch {
		case t[i] == '"':
			quoted = !quoted
		case !quoted && t[i] == ',' && t[i+1] == ' ':
			return true
		}
	}
	return false
}

func csvCells(s string, ln span) []span {
	t := s[ln.start:ln.end]
	if strings.IndexByte(t, ',') < 0 || commaSpaceOutsideQuotes(t) {
		return nil // a sentence's commas, not an export's
	}
	var cs []span
	add := func(a, b int) {
		sp := trimSpan(s, span{a, b})
		a, b = sp.start, sp.end
		if b-a >= 2 && s[a] == '"' && s[b-1] == '"' {
			a, b = a+1, b-1 // "323,286,000원": the quotes are no part of it
		}
		cs = append(cs, span{a, b})
	}
	quoted := false
	a := ln.start
	for i := ln.start; i < ln.end; i++ {
		switch c := s[i]; {
		case c == '"':
			quoted = !quoted
		case c == ',' && !quoted:
			if amountComma(s, ln, i) {
				continue // a thousands separator
			}
			add(a, i)
			a = i + 1
		}
	}
	add(a, ln.end)
	if quoted || len(cs) < 3 {
		return nil
	}
	return cs
}

// pairedRow reports a row whose even cells are labels and odd cells
// are not: every label a known header, the values none.
func pairedRow(s string, cs []span) bool {
	for p := 0; p+1 < len(cs); p += 2 {
		if roleOf(s[cs[p].start:cs[p].end]) == roleNone || roleOf(s[cs[p+1].start:cs[p+1].end]) != roleNone {
			return false
		}
	}
	return true
}

// runningNumber reports a row's first cell that numbers it: "1", "12".
func runningNumber(t string) bool {
	return len(t) >= 1 && len(t) <= 3 && digitsAt(t, 0) == len(t)
}

// amountComma reports a comma at i that separates thousands: one to
// three digits before it (after the start of the field, a sign, ₩ or 금)
// and three after it, then no digit, hyphen or dot ("433-10,010-6954-6688"
// is an address then a telephone).
func amountComma(s string, ln span, i int) bool {
	if i == ln.start || !isDigit(s[i-1]) || digitsAt(s[:ln.end], i+1) != 3 {
		return false
	}
	if k := i + 4; k < ln.end && (isDigit(s[k]) || s[k] == '-' || s[k] == '.' && k+1 < ln.end && isDigit(s[k+1])) {
		return false
	}
	k := i - 1
	for k > ln.start && (isDigit(s[k-1]) || s[k-1] == ',') {
		k--
	}
	return k == ln.start || s[k-1] != '-' && s[k-1] != '.' && s[k-1] != ')'
}

// pageBreak reports a page number line ("- 4 -", "-3-") that extraction
// leaves inside a table running over two pages.
func pageBreak(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 3 || t[0] != '-' || t[len(t)-1] != '-' {
		return false
	}
	in := strings.TrimSpace(t[1 : len(t)-1])
	return in != "" && len(in) <= 4 && strings.Trim(in, "0123456789") == ""
}

// ruleLine reports a table rule such as "|---|---|", "-----" or "=====".
func ruleLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '-', '=', '|', '+', ':', ' ', '_':
		default:
			return false
		}
	}
	return true
}

// headerRow reports whether cells read as a header: at least two known
// header words, and no cell that holds a digit.
func headerRow(s string, cs []span) ([]role, bool) {
	roles := make([]role, len(cs))
	known := 0
	for i, c := range cs {
		t := s[c.start:c.end]
		bare := t
		if k := strings.IndexByte(t, '('); k > 0 {
			bare = t[:k] // "생년월일(6자리)"
		}
		if strings.ContainsAny(bare, "0123456789") {
			return nil, false
		}
		roles[i] = roleOf(t)
		if roles[i] != roleNone && (roles[i] != roleOther || strongOther(t)) {
			known++ // "경징계" ends like 합계 but heads nothing
		}
	}
	if known >= 2 {
		return roles, true
	}
	// One known header among short ones: "| 게시 일시 | 작성자 | 접속 IP |".
	if known == 1 && len(cs) >= 3 {
		for _, c := range cs {
			if c.end-c.start > 24 || c.end == c.start {
				return nil, false
			}
		}
		return roles, true
	}
	return nil, false
}

// subHeader reports whether a row under a header names the columns of
// its merged cells: the header has an empty cell (the right part of a
// merged one), and the row is short words with no digits, each under an
// empty header cell or under the cell that starts a merged run.
func subHeader(s string, head []span, ln span, k sep) bool {
	if k != sepPipe && k != sepTab {
		return false // runs of spaces lose empty cells
	}
	sub, sk := rowCells(s, ln)
	if sk != k || len(sub) != len(head) {
		return false
	}
	empty := func(sp span) bool { return sp.end == sp.start }
	merged, named := false, 0
	for c := range head {
		if empty(head[c]) {
			merged = true
		}
		if empty(sub[c]) {
			continue
		}
		t := s[sub[c].start:sub[c].end]
		if len(t) > 24 || strings.ContainsAny(t, "0123456789@") {
			return false
		}
		if !empty(head[c]) && (c+1 >= len(head) || !empty(head[c+1])) {
			return false // under a header cell of its own
		}
		named++
	}
	return merged && named >= 2
}

// formRow reports a row whose first cell alone is a label: a form's
// label and its values, not a header.
func formRow(roles []role) bool {
	if len(roles) < 2 || roles[0] == roleNone {
		return false
	}
	for _, r := range roles[1:] {
		if r != roleNone {
			return false
		}
	}
	return true
}

// tables finds rows of cells under a header row. Rows continue while the
// lines split the same way, across table rules and single blank lines.
func (l *layout) tables(s string, lines []span) {
	for i := 0; i < len(lines); i++ {
		cs, k := l.row(s, lines, i)
		if k == sepNone {
			continue
		}
		roles, ok := headerRow(s, cs)
		if !ok && kvHeader(s, cs) {
			roles, ok = make([]role, len(cs)), true
		}
		if !ok {
			continue
		}
		if formRow(roles) || len(cs) >= 4 && len(cs)%2 == 0 && pairedRow(s, cs) {
			continue // "참가자 성명 | 고길동 | 홍길동", "성명 | 홍길동 | 연락처 | …": labels and their values
		}
		labels := make([]string, len(cs))
		foreign := false
		for c, sp := range cs {
			labels[c] = s[sp.start:sp.end]
			foreign = foreign || roles[c] == roleNation || roles[c] == rolePassport
		}
		j := i + 1
		for j < len(lines) && ruleLine(s[lines[j].start:lines[j].end]) {
			j++
		}
		if j < len(lines) && subHeader(s, cs, lines[j], k) {
			// "| 성명 |  |" over "| 영문 | 한글 |": a merged header cell
			// whose columns are named on the next row.
			sub, _ := l.row(s, lines, j)
			parent := -1
			for c := range cs {
				if cs[c].end > cs[c].start {
					parent = c
				}
				t := s[sub[c].start:sub[c].end]
				if t == "" || parent < 0 {
					continue
				}
				if r := roleOf(t); r != roleNone {
					roles[c] = r
				} else {
					roles[c] = roles[parent]
				}
				labels[c] = s[cs[parent].start:cs[parent].end] + " " + t
			}
			j++
		} else {
			j = i + 1
		}
		var rows [][]span
		l.ntab++
		tab := l.ntab
		blank := 0
		for ; j < len(lines); j++ {
			t := s[lines[j].start:lines[j].end]
			if strings.TrimSpace(t) == "" {
				blank++
				if blank > 1 {
					break
				}
				continue
			}
			if ruleLine(t) || pageBreak(t) {
				blank = 0
				continue
			}
			if k == sepPipe && len(rows) > 0 && strings.TrimSpace(t) == "|" {
				blank = 0
				continue // "| 2021.6.1." then "|": the wrapped row's closing pipe
			}
			rc, rk := l.row(s, lines, j)
			if rk == sepNone && k == sepTab && j+len(cs)-1 < len(lines) && (numberHeader(labels[0]) && runningNumber(strings.TrimSpace(t)) || tabRowAfter(l, s, lines, j+len(cs), len(cs))) {
				// "1" then the row's other cells one to a line, amid rows
				// of tabs: a row the extraction wrapped cell by cell.
				row := []span{trimSpan(s, lines[j])}
				for x := 1; x < len(cs); x++ {
					tt := strings.TrimSpace(s[lines[j+x].start:lines[j+x].end])
					if tt == "" || strings.ContainsRune(tt, '\t') || !cellLine(tt) {
						break
					}
					row = append(row, trimSpan(s, lines[j+x]))
				}
				if len(row) == len(cs) {
					rows = append(rows, row)
					j += len(cs) - 1
					blank = 0
					continue
				}
			}
			if rk != k && !(k == sepSpaces && rk == sepTab) && !(k == sepTab && rk == sepSpaces) {
				break
			}
			if rr, again := headerRow(s, rc); again && len(rows) > 0 && (sharedLabels(s, rc, labels) >= 2 || dataLabels(rr) >= 1) {
				break // the header again, or a form's next labels: a new table
			}
			blank = 0
			if (k == sepTab && rk == sepTab || k == sepPipe && rk == sepPipe && openPipeRow(t) || k == sepSpaces && rk == sepSpaces && len(rc) <= 2) && len(rc) < len(cs) && j+1 < len(lines) {
				// "1\t현서온\t1980년 5월 21일\t경기도 수원시 팔달구" then
				// "중부대로10길 18, 302호\tNH\t…": a cell wrapped onto the
				// next line, which holds the rest of the row. The two lines
				// are one row, the wrapped cell one cell. A pipe row wraps
				// the same way: "| 7 | 선민상 | 서울 성북구 종암로" then
				// "113-3 | 061-719-1843 | 서명 |".
				if rc2, rk2 := l.row(s, lines, j+1); rk2 == rk && len(rc)+len(rc2)-1 == len(cs) && (rk == sepTab || !strings.HasPrefix(strings.TrimSpace(s[lines[j+1].start:lines[j+1].end]), "|")) {
					merged := append(append(append([]span(nil), rc[:len(rc)-1]...), span{rc[len(rc)-1].start, rc2[0].end}), rc2[1:]...)
					rows = append(rows, merged)
					j++
					continue
				}
			}
			if k == sepPipe && rk == sepPipe && len(rc) < len(cs) && j+1 < len(lines) {
				// "| 3 | … | 2,367,000원 |" then "2021. 6. 1. |": the row's
				// last cells on a line of their own, which does not open
				// with a pipe.
				if rest := pipeRest(s, lines[j+1]); len(rest) > 0 && len(rc)+len(rest) == len(cs) {
					rows = append(rows, append(append([]span(nil), rc...), rest...))
					j++
					continue
				}
			}
			rows = append(rows, rc)
		}
		if kvHeader(s, cs) {
			// "구분 | 내용" over "건축주 | 강경성": each row is a label and
			// its value, as in a form.
			for _, rc := range rows {
				if len(rc) != 2 || rc[1].end <= rc[1].start {
					continue
				}
				label := s[rc[0].start:rc[0].end]
				l.cells = append(l.cells, cell{start: rc[1].start, end: rc[1].end, tab: tab, col: 1, role: roleOf(label), label: label, form: true})
			}
			if j > i+1 {
				i = j - 1
			}
			continue
		}
		for _, rc := range rows {
			disc := false
			for _, c := range rc {
				disc = disc || hasAny(s[c.start:c.end], disciplineWords)
			}
			from := len(l.cells)
			for c, sp := range rc {
				col := c
				if len(rc) != len(cs) && k == sepSpaces {
					// An empty cell vanishes between runs of spaces: a cell
					// belongs to the header it stands under, by the width
					// of the text before it (Hangul is two columns wide).
					col = underHeader(s, cs, sp)
					if col < 0 {
						continue
					}
				}
				if col >= len(cs) {
					continue
				}
				l.cells = append(l.cells, cell{start: sp.start, end: sp.end, tab: tab, col: col, role: roles[col], label: labels[col], disc: disc, foreign: foreign})
			}
			markCorp(s, l.cells[from:])
		}
		if j > i+1 {
			i = j - 1
		}
	}
}

// pipeRest returns the cells of a line that ends a wrapped pipe row
// ("2021. 6. 1. |"): it closes with a pipe but does not open with one.
func pipeRest(s string, ln span) []span {
	t := strings.TrimSpace(s[ln.start:ln.end])
	if len(t) < 2 || t[0] == '|' || t[len(t)-1] != '|' {
		return nil
	}
	var cs []span
	a := ln.start
	for i := ln.start; i < ln.end; i++ {
		if s[i] == '|' {
			if sp := trimSpan(s, span{a, i}); sp.end > sp.start {
				cs = append(cs, sp)
			}
			a = i + 1
		}
	}
	return cs
}

// openPipeRow reports a pipe row whose last cell runs on to the next
// line: it opens with a pipe and does not close with one.
func openPipeRow(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasPrefix(t, "|") && !strings.HasSuffix(t, "|")
}

// dataLabels counts the cells of a header-like row that name a kind of
// personal data or a company ("업체 소재지", "전화번호"): a department
// and a position ("감사과", "지방시설주사") read like labels, but name
// none.
func dataLabels(roles []role) int {
	n := 0
	for _, r := range roles {
		switch r {
		case roleName, roleBirth, roleRRN, rolePhone, roleAddress, roleAccount, roleEmail, rolePlate, rolePassport, roleCompany, roleNation:
			n++
		}
	}
	return n
}

// sharedLabels counts the cells of a row that repeat a header's labels:
// a row of a department and a position ("감사과 | 지방시설주사") reads like
// a header by its words, but only the header repeats its labels.
func sharedLabels(s string, row []span, labels []string) int {
	n := 0
	for _, c := range row {
		t := s[c.start:c.end]
		for _, l := range labels {
			if t == l {
				n++
				break
			}
		}
	}
	return n
}

// kvHeader reports the header of a two-column table of labels and values:
// "구분 | 내용", "항목 | 세부 내용".
func kvHeader(s string, cs []span) bool {
	if len(cs) != 2 {
		return false
	}
	a, b := squeeze(s[cs[0].start:cs[0].end]), squeeze(s[cs[1].start:cs[1].end])
	switch a {
	case "구분", "항목", "사항", "분류", "내역":
	default:
		return false
	}
	return b == "내용" || b == "세부내용" || b == "상세내용" || b == "내역"
}

// columnLines finds tables written one cell per line: a run of short
// header lines, at least two of them known headers, then the rows' cells,
// each on its own line. Rows set apart by blank lines are read one by one
// (an empty cell leaves no line, so a short row still starts at the first
// column); otherwise the cells are given their columns in turn.
// caption reports a table's title line: "관련자 현황", "지급 명단".
func caption(t string) bool {
	return strings.Contains(t, " ") && hasSuffixAny(t, []string{"현황", "명단", "내역", "목록", "현황표", "일람"})
}

func (l *layout) columnLines(s string, lines []span, lx *lexicon, claimed []bool) {
	for i := 0; i < len(lines); i++ {
		if claimed[i] {
			continue
		}
		var roles []role
		var labels []string
		known, lastKnown := 0, -1
		j := i
		for ; j < len(lines) && !claimed[j]; j++ {
			if len(roles)-(lastKnown+1) >= 8 || len(roles) >= 40 {
				// Eight lines past the last known word, or forty in all,
				// are no header: stop, so that a text of many short lines
				// is not read again from each of them.
				break
			}
			t := strings.TrimSpace(s[lines[j].start:lines[j].end])
			bare := t
			if k := strings.IndexByte(t, '('); k > 0 {
				bare = t[:k] // "생년월일(6자리)"
			}
			if t == "" || len(t) > 30 || strings.ContainsAny(bare, "0123456789:|\t") {
				break
			}
			if b, _ := bulletOf(t, 0, len(t)); b != 0 {
				break // "□ 상담 대상자": a heading above the table
			}
			if j == i && caption(t) {
				break // "관련자 현황": the table's title, not its first header
			}
			r := roleOf(t)
			if r == roleNone && (isTitle(t) || bodyWord(t) || strings.ContainsAny(t, "O○*◯")) {
				break // "아동청소년과", "팀장", "인OO": the first row has begun
			}
			if r == roleNone && (lx != nil && lx.score(t) >= likelyName || strings.Count(t, " ") > 2 || strings.ContainsAny(t, "()")) {
				break // a name or a company: the first row has begun
			}
			if r != roleNone {
				known++
				lastKnown = len(roles)
			}
			roles = append(roles, r)
			labels = append(labels, t)
		}
		if known < 2 {
			continue
		}
		// The header ends at its last known word: unknown lines after it
		// are the first row's cells ("본인", a company name).
		roles, labels = roles[:lastKnown+1], labels[:lastKnown+1]
		j = i + lastKnown + 1
		foreign := false
		for _, r := range roles {
			foreign = foreign || r == roleNation || r == rolePassport
		}
		n := len(roles)
		var rows [][]span
		var row []span
		blanks, grouped := 0, false
		k := j
		for ; k < len(lines) && !claimed[k]; k++ {
			t := strings.TrimSpace(s[lines[k].start:lines[k].end])
			if t == "" {
				blanks++
				if blanks > 1 {
					break
				}
				if len(row) > 0 {
					rows = append(rows, row)
					row = nil
					grouped = true
				}
				continue
			}
			if pageBreak(t) {
				blanks = 0
				continue
			}
			blanks = 0
			if !cellLine(t) || t == labels[0] && len(row) == 0 {
				break // a sentence, or the header again on a new page
			}
			if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") && !isDigit(t[1]) ||
				k+1 < len(lines) && roleOf(t) != roleNone && roleOf(strings.TrimSpace(s[lines[k+1].start:lines[k+1].end])) != roleNone &&
					knownHeader(roleOf(t)) && knownHeader(roleOf(strings.TrimSpace(s[lines[k+1].start:lines[k+1].end]))) {
				// "[개인 용역 계약]", or "성명" then "주민등록번호": the next
				// table's title or header, not this one's cells.
				break
			}
			row = append(row, trimSpan(s, lines[k]))
			if !grouped && len(row) == n {
				rows = append(rows, row)
				row = nil
			}
		}
		if len(row) > 0 {
			rows = append(rows, row)
		}
		if !grouped {
			// Rows that start with a running number or a code of one
			// shape are cut there, so that a wrapped cell or an empty one
			// shifts only its own row ("CCT-" / "V 설치 현황").
			if anchored := anchorRows(s, rows); anchored != nil {
				rows = anchored
			}
		}
		l.ntab++
		tab := l.ntab
		for _, r := range rows {
			for len(r) > 0 {
				chunk := r[:min(n, len(r))]
				r = r[len(chunk):]
				disc := false
				for _, sp := range chunk {
					disc = disc || hasAny(s[sp.start:sp.end], disciplineWords)
				}
				from := len(l.cells)
				for x, sp := range chunk {
					l.cells = append(l.cells, cell{start: sp.start, end: sp.end, tab: tab, col: x, role: roles[x], label: labels[x], disc: disc, foreign: foreign, loose: true})
				}
				markCorp(s, l.cells[from:])
			}
		}
		if k > j {
			i = k - 1
		}
	}
}

// tabRowAfter reports a row of n tab-separated cells at line i: what
// follows a row written one cell to a line among rows of tabs.
func tabRowAfter(l *layout, s string, lines []span, i, n int) bool {
	if i >= len(lines) {
		return false
	}
	rc, rk := l.row(s, lines, i)
	return rk == sepTab && len(rc) == n
}

// numberHeader reports the header of a column of running numbers.
func numberHeader(h string) bool {
	switch squeeze(h) {
	case "연번", "번호", "순번", "No", "NO", "No.", "순위":
		return true
	}
	return false
}

// knownHeader reports a role that only a header line has: a name, a date
// of birth, a registration number, an address, a telephone, an account.
func knownHeader(r role) bool {
	switch r {
	case roleName, roleBirth, roleRRN, roleAddress, rolePhone, roleAccount:
		return true
	}
	return false
}

// columnMajor finds tables that text extraction wrote column by column,
// as PDF tables often come out: each column's header on a line of its
// own, then that column's cells one to a line, then the next column's
// header ("이름 / 옥길수 / 강영숙 / 나이 / 51세 / 38세"). A column runs
// from a known header to a blank line or the next known header. Two or
// more columns of two or more cells each, one after another, make such a
// table; each cell takes its column's header, whatever page numbers or
// running heads fell between. A header run of a row-by-row table gives
// its headers no cells of their own, so it is never taken for one. It
// returns the lines it claimed, for columnLines to leave alone.
func (l *layout) columnMajor(s string, lines []span, lx *lexicon) []bool {
	claimed := make([]bool, len(lines))
	headerAt := func(i int) role {
		t := strings.TrimSpace(s[lines[i].start:lines[i].end])
		if t == "" || len(t) > 30 || strings.ContainsAny(t, "0123456789:|\t") {
			return roleNone
		}
		if r, _ := utf8.DecodeRuneInString(t); !isHangul(r) && !unicode.IsLetter(r) {
			return roleNone // "■ 상담 대상자": a heading, not a column's header
		}
		r := roleOf(t)
		if r == roleOther && !strongOther(t) {
			return roleNone // "백여름비" is a name, not a header ending in 비
		}
		return r
	}
	// read returns the column headed at line i and the line after it.
	read := func(i int) (textColumn, int) {
		c := textColumn{head: i}
		j := i + 1
		for ; j < len(lines); j++ {
			t := strings.TrimSpace(s[lines[j].start:lines[j].end])
			if t == "" || headerAt(j) != roleNone || !cellLine(t) || strings.ContainsAny(t, "|\t") {
				break
			}
			if b, _ := bulletOf(t, 0, len(t)); b != 0 && b != '#' && len(t) > 1 {
				break // "▶ 통역 지원: …": the text has gone on
			}
			if pageBreak(t) {
				continue
			}
			c.cells = append(c.cells, trimSpan(s, lines[j]))
		}
		return c, j
	}
	for i := 0; i < len(lines); i++ {
		if headerAt(i) == roleNone {
			continue
		}
		var cols []textColumn
		full, personal := 0, false
		j := i
		for j < len(lines) {
			if headerAt(j) == roleNone {
				// One blank line, or a group's heading above its
				// columns ("인적사항" over "대상자"), may stand between.
				t := strings.TrimSpace(s[lines[j].start:lines[j].end])
				if j+1 < len(lines) && headerAt(j+1) != roleNone && (t == "" || cellLine(t) && len(t) <= 24 && !strings.ContainsAny(t, "0123456789")) {
					j++
					continue
				}
				break
			}
			c, next := read(j)
			cols = append(cols, c)
			if len(c.cells) >= 2 {
				full++
				// A column of personal data must hold what its header
				// says, or it is no column: in a row-by-row table read
				// this way, the cells under "자녀" would be a name, a
				// date and "양호".
				if r := headerAt(j); r.personal() {
					fit := 0
					for _, sp := range c.cells {
						if fits(s, sp, r, lx) {
							fit++
						}
					}
					if 3*fit >= 2*len(c.cells) {
						personal = true
					} else {
						cols[len(cols)-1].cells = nil
					}
				}
			}
			j = next
		}
		// A row-by-row table's header run gives three or more headers no
		// cell at all before its rows begin.
		bare := 0
		for bare < len(cols) && len(cols[bare].cells) == 0 {
			bare++
		}
		if l.verticalForm(s, lines, cols, full, headerAt, lx) {
			for k := i; k < j; k++ {
				claimed[k] = true
			}
			i = j - 1
			continue
		}
		if full < 2 || !personal || bare >= 3 {
			i = max(i, j-1) // a later start would cut the same run shorter
			continue
		}
		l.ntab++
		for x, c := range cols {
			if len(c.cells) < 2 {
				// A lone line under a header is a header word of the
				// column before ("관계 / 배우자 / 자녀 / 손자녀").
				continue
			}
			head := strings.TrimSpace(s[lines[c.head].start:lines[c.head].end])
			r := roleOf(head)
			for _, sp := range c.cells {
				l.cells = append(l.cells, cell{start: sp.start, end: sp.end, tab: l.ntab, col: x, role: r, label: head, loose: true})
			}
		}
		for k := i; k < j; k++ {
			claimed[k] = true
		}
		i = j - 1
	}
	return claimed
}

// textColumn is a column written down the page: its header's line and
// its cells.
type textColumn struct {
	head  int
	cells []span
}

// verticalForm takes a run of labels each over its one value ("성명 /
// 홍길동 / 생년월일 / 1980. 1. 2.") for labelled values: three or more,
// two of them personal data that fit their label.
func (l *layout) verticalForm(s string, lines []span, cols []textColumn, full int, headerAt func(int) role, lx *lexicon) bool {
	one, fit := 0, 0
	for _, c := range cols {
		if len(c.cells) != 1 {
			continue
		}
		one++
		if r := headerAt(c.head); r.personal() && fits(s, c.cells[0], r, lx) {
			fit++
		}
	}
	// Mostly labels over one value each; a label over a few lines is a
	// value wrapped, or a label this reading does not know ("한글 표기").
	if one < 3 || fit < 2 || full > one/2 {
		return false
	}
	for _, c := range cols {
		if len(c.cells) > 0 && len(c.cells) <= 3 {
			head := strings.TrimSpace(s[lines[c.head].start:lines[c.head].end])
			for _, sp := range c.cells {
				if r := roleOf(s[sp.start:sp.end]); r == roleNone || r == roleOther {
					l.cells = append(l.cells, cell{start: sp.start, end: sp.end, role: roleOf(head), label: head})
				}
			}
		}
	}
	return true
}

// fits reports whether a cell holds what a column of role r holds.
func fits(s string, sp span, r role, lx *lexicon) bool {
	t := s[sp.start:sp.end]
	switch r {
	case roleName:
		if latinWords(t) {
			return true // "SATO, Kenji", "heng vannak"
		}
		if n := strings.Count(t, " "); n >= 1 && n <= 3 && allHangulWords(t) {
			return true // "사토 겐지", "로델 바우티스타", "김 민 수"
		}
		return hangulWord(t) && lx != nil && lx.score(t) >= likelyName
	case roleEmail:
		return strings.IndexByte(t, '@') > 0
	default:
		n := 0
		for i := 0; i < len(t); i++ {
			if isDigit(t[i]) || t[i] == '*' {
				n++
			}
		}
		return n >= 2
	}
}

// latinWords reports a cell of one to four words of Latin letters (a
// comma, hyphen or apostrophe within), as a name in Latin script is
// written in a name column.
func latinWords(t string) bool {
	words := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if len(w) < 2 {
			return false
		}
		for i := 0; i < len(w); i++ {
			c := w[i] | 0x20
			if !(c >= 'a' && c <= 'z' || w[i] == '-' || w[i] == '\'') {
				return false
			}
		}
	}
	return true
}

func isLatin(c byte) bool {
	c |= 0x20
	return c >= 'a' && c <= 'z'
}

// strongOther reports a header of a column with no personal data that is
// known as such, or that ends in a word of two or more syllables (지원금액,
// 처리결과): one syllable (비, 료, 액) also ends names.
func strongOther(t string) bool {
	k := squeeze(t)
	if _, ok := labelRoles[k]; ok {
		return true
	}
	if i := strings.IndexByte(k, '('); i > 0 {
		k = k[:i]
		if _, ok := labelRoles[k]; ok {
			return true
		}
	}
	for _, suf := range otherSuffixes {
		if len(suf) >= 6 && strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// anchorRows re-cuts the cells of a one-cell-per-line table at the lines
// that start its rows: a running number (1, 2, 3 …) or a code of the
// first row's shape (eight digits, "1AA-2404-…"). It returns nil when the
// first cell is neither, or when no second anchor is found.
func anchorRows(s string, rows [][]span) [][]span {
	var cells []span
	for _, r := range rows {
		cells = append(cells, r...)
	}
	if len(cells) < 4 {
		return nil
	}
	first := s[cells[0].start:cells[0].end]
	shape := func(t string) string {
		b := []byte(t)
		for i, c := range b {
			switch {
			case isDigit(c):
				b[i] = '9'
			case c >= 'A' && c <= 'Z':
				b[i] = 'A'
			}
		}
		return string(b)
	}
	counter := first == "1"
	want := shape(first)
	if !counter && (strings.Trim(want, "9A-") != "" || len(first) < 4) {
		return nil
	}
	var out [][]span
	next := 2
	start := 0
	for i := 1; i < len(cells); i++ {
		t := s[cells[i].start:cells[i].end]
		if counter && t == strconv.Itoa(next) || !counter && shape(t) == want {
			out = append(out, cells[start:i])
			start = i
			next++
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, cells[start:])
}

// cellLine reports a line that can be one table cell: short, and no
// section heading ("3. 가구원 현황"), note or sentence.
func cellLine(t string) bool {
	if len(t) > 160 || strings.HasSuffix(t, "다.") || strings.HasSuffix(t, "끝.") || strings.HasPrefix(t, "※") ||
		strings.HasPrefix(t, "붙임") || strings.HasPrefix(t, "□ ") || strings.HasPrefix(t, "○ ") {
		return false
	}
	// "3. 가구원 현황", "가. 추진 내용": a heading, not a cell ("3" alone is).
	k := 0
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	if k == 0 && len(t) > 3 && isHangul(runeAt(t, 0)) {
		k = 3
	}
	if k > 0 && k <= 3 && k < len(t)-2 && (t[k] == '.' || t[k] == ')') && t[k+1] == ' ' && isHangul(runeAt(t, k+2)) {
		return false
	}
	return true
}

func trimSpan(s string, sp span) span {
	a, b := sp.start, sp.end
	for a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r') {
		a++
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == '\t' || s[b-1] == '\r') {
		b--
	}
	return span{a, b}
}

// labelled finds "label: value" and "label  value" pairs, several to a
// line ("성명: 홍길동  생년월일: 1980. 1. 2."). The label may be spaced out
// ("성    명"), as forms align them.
func (l *layout) labelled(s string, lines []span) {
	for _, ln := range lines {
		t := s[ln.start:ln.end]
		if strings.IndexByte(t, ':') < 0 && strings.IndexByte(t, '|') < 0 && strings.IndexByte(t, '\t') < 0 &&
			!strings.Contains(t, "  ") && !strings.Contains(t, "：") {
			continue // no separator a label could use
		}
		i := ln.start
		for i < ln.end {
			lbStart, lbEnd, r, ok := labelAt(s, i, ln.end)
			if ok && !labelStart(s, ln.start, lbStart) {
				ok = false
			}
			if !ok {
				// Go to the next word.
				for i < ln.end && s[i] != ' ' && s[i] != '\t' && s[i] != ',' && s[i] != '/' && s[i] != '(' && s[i] != '[' && s[i] != '|' {
					_, size := utf8.DecodeRuneInString(s[i:])
					i += size
				}
				for i < ln.end && (s[i] == ' ' || s[i] == '\t' || s[i] == ',' || s[i] == '/' || s[i] == '(' || s[i] == '[' || s[i] == '|') {
					i++
				}
				continue
			}
			// The separator: a colon, or two or more spaces.
			j := lbEnd
			sp := 0
			for j < ln.end && (s[j] == ' ' || s[j] == '\t') {
				j++
				sp++
			}
			colon := false
			if j < ln.end && (s[j] == ':' || s[j] == '|') {
				colon = true
				j++
			} else if strings.HasPrefix(s[j:], "：") {
				colon = true
				j += len("：")
			}
			if !colon && sp < 2 && !(j < ln.end && s[j] == '\t') {
				i = lbEnd
				continue
			}
			for j < ln.end && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			// The value runs to the next label, a run of two spaces
			// before a label, or the end of the line.
			e := j
			for e < ln.end {
				if e > j && (s[e] == ' ' || s[e] == '\t' || s[e] == ',' || s[e] == '/') {
					k := e
					for k < ln.end && (s[k] == ' ' || s[k] == '\t' || s[k] == ',' || s[k] == '/') {
						k++
					}
					if _, _, _, next := labelAt(s, k, ln.end); next && (k-e >= 2 || s[e] == ',' || s[e] == '/' || nextColon(s, k, ln.end)) {
						break
					}
				}
				e++
			}
			v := trimSpan(s, span{j, e})
			if k := strings.IndexByte(s[v.start:v.end], '|'); k >= 0 {
				v = trimSpan(s, span{v.start, v.start + k}) // "| 성명 | 홍길동 | …": one cell
			}
			if v.end > v.start && roleOf(s[v.start:v.end]) == roleNone {
				label := s[lbStart:lbEnd]
				l.cells = append(l.cells, cell{start: v.start, end: v.end, role: r, label: label, disc: hasAny(s[ln.start:ln.end], disciplineWords)})
			}
			i = max(e, lbEnd+1)
		}
	}
}

// labelStart reports whether a label at i starts a field: at the start of
// the line (after bullets), or after two spaces, a tab, a comma, a slash
// or a bar. A word inside a sentence ("김철수 위원: …") is no label.
func labelStart(s string, lineStart, i int) bool {
	j := i
	for j > lineStart {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !strings.ContainsRune("○◯●◦·-□■▶◇◆*※ ", r) {
			break
		}
		j -= size
	}
	if j == lineStart {
		return true
	}
	switch s[j-1] {
	case ',', '/', '|', '\t', '(', '[':
		return true
	}
	return i-j >= 2 && s[i-1] == ' ' && s[i-2] == ' '
}

// nextColon reports a colon after the label word starting at k.
func nextColon(s string, k, end int) bool {
	_, e, _, ok := labelAt(s, k, end)
	if !ok {
		return false
	}
	for e < end && s[e] == ' ' {
		e++
	}
	return e < end && (s[e] == ':' || strings.HasPrefix(s[e:], "："))
}

// labelAt reads a known label at i: a header word, perhaps with its
// syllables spaced out ("성    명", "주   소"), perhaps with a bracketed
// note. Bullets before it are skipped.
func labelAt(s string, i, end int) (int, int, role, bool) {
	for i < end {
		if c := s[i]; c >= 0xEA && c <= 0xED || c < 0x80 && c != '-' && c != '*' && c != ' ' && c != '\t' {
			break // a syllable or a letter, told without decoding: most words
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune("○◯●◦·-□■▶◇◆*※ \t", r) {
			break
		}
		i += size
	}
	st := i
	if i >= end || !labelFirst.has(runeAt(s, i)) {
		return 0, 0, roleNone, false
	}
	// Read up to 8 syllables, allowing single spaces (or runs of spaces
	// between single syllables) inside the word.
	var b [64]byte
	n := 0
	syl := 0
	j := i
	best, bestEnd := roleNone, -1
	for j < end && syl < 10 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isHangul(r) || r < 0x80 && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-' || r == '.') {
			if n+size > len(b) {
				break
			}
			copy(b[n:], s[j:j+size])
			n += size
			syl++
			j += size
			p := labelPrefixes[string(b[:n])]
			if p.label {
				// A label ends at a word end.
				if j >= end || !hangulAt(s, j) {
					best, bestEnd = p.role, j
				}
			}
			if !p.longer {
				break // no label goes on from here
			}
			continue
		}
		if r == ' ' && syl > 0 {
			// Spaces inside a spaced-out label: only between single
			// syllables ("성 명", "생 년 월 일").
			k := j
			for k < end && s[k] == ' ' {
				k++
			}
			if k < end && isHangul(runeAt(s, k)) && singleSyllableBefore(s, st, j) && singleSyllableAt(s, k, end) {
				j = k
				continue
			}
		}
		break
	}
	if bestEnd < 0 {
		return 0, 0, roleNone, false
	}
	return st, bestEnd, best, true
}

func runeAt(s string, i int) rune {
	if c := s[i]; c >= 0xE0 && c <= 0xEF && i+2 < len(s) {
		// The three-byte form of a Hangul syllable, decoded inline: this
		// is on every hot path.
		if s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		}
	} else if c < 0x80 {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// hangulAt reports a Hangul syllable at i.
func hangulAt(s string, i int) bool {
	if i+2 >= len(s) {
		return false
	}
	// The three bytes compared as one number, so that the call inlines:
	// word loops ask this of every syllable. UTF-8 keeps the order of
	// code points, so U+AC00 (EA B0 80) to U+D7A3 (ED 9E A3) with two
	// continuation bytes is exactly a syllable.
	k := uint32(s[i])<<16 | uint32(s[i+1])<<8 | uint32(s[i+2])
	return k >= 0xEAB080 && k <= 0xED9EA3 && k&0xC0C0 == 0x8080
}

// singleSyllableBefore reports that the syllable ending at j stands alone
// (a space or the label start before it).
func singleSyllableBefore(s string, st, j int) bool {
	_, size := utf8.DecodeLastRuneInString(s[:j])
	k := j - size
	return k == st || k > 0 && s[k-1] == ' '
}

// singleSyllableAt reports that the syllable at k is followed by a space,
// a colon or the end: one letter of a spaced-out word.
func singleSyllableAt(s string, k, end int) bool {
	_, size := utf8.DecodeRuneInString(s[k:])
	e := k + size
	return e >= end || s[e] == ' ' || s[e] == ':' || s[e] == '\t'
}
