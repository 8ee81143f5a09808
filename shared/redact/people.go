package redact

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Names are found by where they stand, since a Korean name is only a
// surname and a syllable or two that many ordinary words also begin with:
//
//   - a cell or labelled value of a name column (성명, 예금주, 대표자 …);
//   - a column whose cells are mostly names, whatever its header;
//   - an item of a list of names (참석자: 김철수, 이영희 …) or a line of a
//     bulleted list of people;
//   - the speaker of a line of minutes ("김철수 위원: …", "위원장(김철수):");
//   - a word with a particle or ending (김철수에게, 김철수입니다) that no
//     dictionary knows as an ordinary word;
//   - a foreign name, in Latin letters or in Hangul, near a foreigner
//     context (국적, 여권, 외국인등록번호).
//
// Officials named with their position (주무관 김철수, 도시계획과장
// 이영희), and every name on the 결재 line, are public, except in a row
// or line about discipline, where the name is personal data too.

// officialTitles follow or precede an official's name in the line of duty.
// placeNouns end like an official's title (차장, 장) but name places:
// "주차장 탁영용" is a lot's use, then its holder.
var placeNouns = []string{"주차장", "운동장", "공장", "광장", "농장", "목장", "극장", "매장", "현장", "공사장", "작업장", "정거장", "사업장", "경기장", "전시장", "체육장", "야적장", "하치장", "처리장"}

// cellGap reports two spaces or more, or a tab, right before i: the gap
// between two cells of a row, not the space of a title before its name.
func cellGap(s string, i int) bool {
	return i >= 2 && (s[i-1] == '\t' || s[i-1] == ' ' && (s[i-2] == ' ' || s[i-2] == '\t'))
}

// privatePosts end with an official's title but are private posts: the
// head of an apartment's management office is no official.
var privatePosts = []string{"관리사무소장", "관리소장"}

var officialTitles = []string{"주무관", "지원관", "전문관", "사무관", "서기관", "부이사관", "이사관", "주사보", "주사", "서기보", "서기", "행정관",
	"과장", "팀장", "국장", "실장", "본부장", "단장", "계장", "담당관", "부시장", "시장", "부구청장", "구청장", "동장", "센터장",
	"감사관", "조사관", "연구관", "연구사", "지도관", "지도사", "공무관", "주임", "소장", "관장", "청장", "차장", "부장",
	"반장", "담당", "담당자", "시의원", "구의원", "의원", "기안자", "검토자", "결재권자", "협조자", "전결", "대결", "비서관",
	"대변인", "정책관", "기획관", "위생관", "환경관", "교육장", "부교육감", "교육감", "행정관리관", "주택관리관", "사무국장",
	"운영관", "조정관", "정보관", "조사원", "세무관", "세무원", "소방관", "경찰관", "간호사무관"}

// officeLineWords mark the 결재 line and the footer of an official
// document, whose names and numbers are the office's.
var officeLineWords = []string{"기안자", "검토자", "결재권자", "협조자", "전결", "대결", "시행 ", "시행:", "접수 ", "접수:", "전송",
	"팩스", "FAX", "Fax", "홈페이지", "www.", "/ 공개", "/공개", "공개구분", "비공개(", "부분공개(", "처리과", "담당자", "전화",
	".go.kr", "주무관", "팀장", "과장", "국장"}

// privateRoles may follow or precede a citizen's name in lists and
// minutes: "김철수 위원", "주민 박영희", "이영희(주민대표)".
var privateRoles = []string{"위원장", "부위원장", "위원", "간사", "교수", "변호사", "회계사", "세무사", "노무사", "건축사",
	"주민대표", "주민", "대표", "회장", "부회장", "총무", "통장", "반장", "이장", "씨", "님", "군", "양", "학생", "학부모",
	"어르신", "원장", "박사", "연구원", "전문가", "자문위원", "민원인", "신청인", "청구인", "질의자", "참석자", "발언자",
	"입주민", "상인", "대표자", "고문", "목사", "신부", "스님", "선생", "선생님", "씨는", "님은", "목격자", "참고인", "방청인",
	"신고자", "제보자", "피해자", "당사자", "증인", "보호자", "대리인", "고발인", "피고발인", "사회자", "조합장", "조합원", "대의원",
	"총무이사", "혐의자", "피의자", "진술인", "탄원인", "청원인", "세입자", "임차인", "소유자", "토지등소유자", "농가주", "고용주",
	"원고", "피고", "상대방", "아들", "딸", "어머니", "아버지", "남편", "아내", "며느리", "사위", "동생", "통역인", "가구원", "가구주",
	"할머니", "할아버지", "아동", "어린이", "접촉자", "확진자", "의심환자", "등록자", "장애인", "실종자", "입원자", "퇴원자", "이용인"}

// attendeeLabels start a line or block listing people.
var attendeeLabels = []string{"참석자", "참석위원", "출석위원", "참석인원", "참석", "불참자", "불참위원", "불참", "결석위원",
	"명단", "참여자", "참가자", "수상자", "선정자", "합격자", "대상자", "위원", "출석", "배석", "방청", "방청인", "질의자",
	"발언자", "면담자", "입회인", "참관인", "추천 대상", "추천대상", "추천자", "피추천자", "표창 대상", "표창대상", "수혜자", "봉사자",
	"자원봉사자", "수료자", "당첨자", "입상자", "응시자", "신청자"}

// attendeeFirst holds the first syllables of attendeeLabels.
var attendeeFirst = newRuneSet(attendeeLabels, true)

// foreignWords mark a line or table about foreign residents.
var foreignWords = []string{"국적", "여권", "외국인", "체류", "Nationality", "nationality", "Passport", "passport", "결혼이민",
	"이주민", "이주", "다문화", "유학생", "베트남", "중국", "필리핀", "우즈베키스탄", "네팔", "캄보디아", "태국", "몽골",
	"인도네시아", "미얀마", "스리랑카", "방글라데시", "파키스탄", "러시아", "카자흐스탄", "미국", "캐나다", "일본", "대만",
	"키르기스스탄", "인도", "Vietnam", "China", "Philippines", "외국"}

// docForeignWords make a whole text one about foreign residents.
var docForeignWords = []string{"외국인등록", "여권번호", "국적", "체류자격", "Nationality", "nationality", "Passport No", "결혼이민자",
	"외국인 주민", "외국인주민", "외국인 근로자", "외국인근로자", "유학생"}

// latinStop are capitalised words of organisations and programmes, not
// names.
var latinStop = map[string]bool{"Dear": true, "DEAR": true, "Hello": true, "To": true, "From": true, "Attn": true, "Re": true, "Seoul": true, "SEOUL": true, "Korea": true, "KOREA": true, "Global": true, "GLOBAL": true,
	"Center": true, "CENTER": true, "Centre": true, "Office": true, "Team": true, "Service": true, "Services": true,
	"Support": true, "Foundation": true, "Bank": true, "Co": true, "Ltd": true, "Inc": true, "University": true,
	"Program": true, "Programme": true, "City": true, "CITY": true, "Hall": true, "Government": true, "Metropolitan": true,
	"Republic": true, "Of": true, "of": true, "The": true, "the": true, "And": true, "and": true, "For": true, "for": true,
	"Immigration": true, "Visa": true, "VISA": true, "Passport": true, "PASSPORT": true, "No": true, "Name": true, "NAME": true,
	"Date": true, "Birth": true, "Nationality": true, "E": true, "F": true, "D": true, "H": true, "M": true, "Mr": true,
	"Ms": true, "Mrs": true, "Dr": true, "Tel": true, "TEL": true, "Fax": true, "FAX": true, "Email": true, "EMAIL": true, "HP": true, "Mail": true, "Plaza": true, "Online": true,
	"Multicultural": true, "Family": true, "Welfare": true, "Health": true, "Care": true, "Housing": true, "Job": true,
	"Korean": true, "KOREAN": true, "Language": true, "Class": true, "School": true, "Church": true, "Park": true,
	"Street": true, "Road": true, "Gu": true, "Dong": true, "Si": true, "Station": true, "Hospital": true, "Clinic": true,
	"Company": true, "Corporation": true, "Group": true, "Industry": true, "Industries": true, "Electronics": true,
	"Motors": true, "Construction": true, "Engineering": true, "Tech": true, "Systems": true, "Solutions": true, "OK": true,
	"PDF": true, "HWP": true, "ID": true, "IP": true, "AM": true, "PM": true, "ARC": true, "NGO": true, "Association": true,
	"Committee": true, "Council": true, "Department": true, "Division": true, "Ministry": true, "Agency": true, "Gate": true,
	"Open": true, "OPEN": true, "API": true, "Data": true, "DATA": true, "Smart": true, "SMART": true, "Digital": true, "Platform": true,
	"Big": true, "Cloud": true, "Network": true, "System": true, "Project": true, "PROJECT": true, "Lab": true, "Hub": true, "Zone": true,
	"Plus": true, "Pay": true, "Talk": true, "App": true, "Web": true, "Mobile": true, "Portal": true, "Free": true, "Wi": true,
	"Fi": true, "AI": true, "IoT": true, "ICT": true, "IT": true, "GIS": true, "BIM": true, "CCTV": true, "USB": true, "PC": true,
	"PROPOSAL": true, "Proposal": true, "Report": true, "REPORT": true, "Plan": true, "PLAN": true, "Policy": true, "News": true,
	"English": true, "Chinese": true, "Japanese": true, "Vietnamese": true, "Seoul-si": true, "Metro": true,
	"Bus": true, "Taxi": true, "Line": true, "Green": true, "Eco": true, "Energy": true, "Safety": true, "Welcome": true,
	"Information": true, "Public": true, "Private": true, "Total": true, "Sum": true, "Note": true, "Time": true}

// isOffice reports whether line t is the 결재 line or a footer: two or
// more of their marks, so that one word ("접수") in a sentence does not
// make a citizen's line the office's.
func isOffice(t string) bool {
	n := 0
	for _, w := range officeLineWords {
		if strings.Contains(t, w) {
			n++
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

// officialNear reports whether the words next to a name at [a, b) make
// it an official's: a position right before or after it.
func officialNear(s string, a, b int) bool {
	pre := strings.TrimRight(before(s, a, 40), " (")
	post := strings.TrimLeft(after(s, b, 40), " (")
	if strings.TrimSpace(pre) == "" && strings.TrimSpace(post) == "" {
		// A name alone on its line, as the 결재 line comes out of a
		// table: its position is the line before or after.
		prev, next := lineBeforeLine(s, a), lineAfterLine(s, b)
		for _, t := range officialTitles {
			if strings.HasSuffix(prev, t) || strings.HasPrefix(next, t) && len(next) <= len(t)+12 {
				return true
			}
		}
		return false
	}
	for _, t := range officialTitles {
		if strings.HasPrefix(post, t) {
			rest := post[len(t):]
			if rest == "" || !isHangul(runeAt(rest, 0)) || hasPrefixAny(rest, []string{"이", "은", "는", "의", "께서", "님", "으로", "과", "와"}) {
				return true
			}
		}
		if strings.HasSuffix(pre, t) && !hasSuffixAny(pre, privatePosts) && !hasSuffixAny(pre, placeNouns) && !cellGap(s, a) {
			return true
		}
	}
	return false
}

// lineBeforeLine returns the line before the one holding i, trimmed.
func lineBeforeLine(s string, i int) string {
	k := strings.LastIndexByte(s[:i], '\n')
	if k <= 0 {
		return ""
	}
	j := strings.LastIndexByte(s[:k], '\n') + 1
	return strings.TrimSpace(s[j:k])
}

// lineAfterLine returns the line after the one holding i, trimmed.
func lineAfterLine(s string, i int) string {
	k := strings.IndexByte(s[i:], '\n')
	if k < 0 {
		return ""
	}
	k += i + 1
	e := strings.IndexByte(s[k:], '\n')
	if e < 0 {
		return strings.TrimSpace(s[k:])
	}
	return strings.TrimSpace(s[k : k+e])
}

// people finds names by their place in the layout and on their lines.
func (sc *scanner) people() {
	sc.cellNames()
	sc.lineNames()
	sc.countedLists()
	sc.countedTails()
	sc.othersCounted()
	sc.honoredRuns()
	sc.contractPersons()
	sc.signatureLines()
	sc.spelledEmails()
	sc.numberedRows()
	sc.numberedRecords()
	sc.rowBirthDates()
	sc.hanjaNames()
}

// cellNames masks the names in name columns, and in columns most of whose
// cells are names.
func (sc *scanner) cellNames() {
	if sc.lay == nil {
		return
	}
	s := sc.s
	shifted := sc.shiftedTables()
	for _, c := range sc.lay.cells {
		if shifted[c.tab] {
			continue // read by content alone, in tableContent
		}
		switch c.role {
		case roleName:
			sc.nameCell(c, false)
		case roleOfficial:
			// A 담당 column of bare names lists volunteers (통장, 반장);
			// an official's cell carries a position ("주무관 김철수").
			if w := strings.TrimSpace(s[c.start:c.end]); hangulWord(w) && sc.lx.score(w) >= likelyName && !officialNear(s, c.start, c.end) &&
				!sc.exempt(w) && !approvalRow(lineOf(s, c.start)) {
				sc.add(c.start, c.start+len(w), TypeName, "name.cell", 0.85, MaskName(w))
			}
		case roleNone, roleOther:
			if c.label == "" {
				continue
			}
			// A cell that is a name written apart ("빈 영 희") is a
			// name under any header.
			if c.tab > 0 && !c.corp {
				if e, ok := sc.spacedName(c.start, c.end); ok && e == c.end {
					sc.add(c.start, e, TypeName, "name.cell_spaced", 0.85, MaskName(s[c.start:e]))
				}
			}
		case roleCompany:
			// "수의계약(개인) | 반세연": a contract with a person, whose
			// name stands where a company's would.
			if personalContract(s, c.start) {
				c.role = roleName
				sc.nameCell(c, false)
			}
		case roleBirth:
			sc.birthCell(c)
		case roleRRN:
			// "주민등록번호" over "1985.08.27": a notice that shows the
			// date of birth where the number would be.
			if strings.Contains(c.label, "주민") && birthLike(s, c.start, c.end) {
				if y, ok := birthShape(strings.TrimSpace(s[c.start:c.end]), sc.newestYear()); ok && y >= 1900 && y <= sc.newestYear()-8 {
					sc.birthCell(c)
				}
			}
		case rolePhone:
			sc.phoneCell(c)
		case roleAddress:
			sc.addressCell(c)
		case roleAccount:
			sc.accountCell(c)
		case rolePassport:
			sc.passportCell(c)
		}
		if c.role != rolePassport && strings.Contains(c.label, "여권") {
			// "등록번호/여권": a registration number for some, a passport
			// for others; the registration number is its own finding,
			// longer, and wins over the passport read in its digits.
			sc.passportCell(c)
		}
		_ = s
	}
	// Columns by content: a column of a table (or of one-cell-per-line
	// rows) whose cells are mostly names is a name column.
	type colKey struct{ tab, col int }
	votes := map[colKey][2]int{}
	for _, c := range sc.lay.cells {
		if c.tab == 0 || c.role == roleName || c.role == roleOfficial || c.role == roleCompany {
			continue
		}
		k := colKey{c.tab, c.col}
		v := votes[k]
		v[1]++
		if sc.nameValue(s[c.start:c.end]) >= likelyName {
			v[0]++
		}
		votes[k] = v
	}
	named := map[int]bool{} // tables with a name column
	for _, c := range sc.lay.cells {
		if c.role == roleName {
			named[c.tab] = true
		}
		if c.tab == 0 || c.role == roleName || c.role == roleOfficial || c.role == roleCompany {
			continue
		}
		if v := votes[colKey{c.tab, c.col}]; v[0] >= 2 && 2*v[0] >= v[1] {
			named[c.tab] = true
			sc.nameCell(c, true)
		}
	}
	// In a table of people, a column with no header of dates of birth or
	// of addresses is one by its cells.
	dates, places := map[colKey][2]int{}, map[colKey][2]int{}
	for _, c := range sc.lay.cells {
		if !named[c.tab] || c.role != roleNone && c.role != roleOther || c.corp || placeHeader(c.label) {
			continue
		}
		k := colKey{c.tab, c.col}
		t := s[c.start:c.end]
		d, p := dates[k], places[k]
		d[1]++
		p[1]++
		if birthLike(s, c.start, c.end) {
			d[0]++
		}
		if placeLike(t) {
			p[0]++
		}
		dates[k], places[k] = d, p
	}
	for _, c := range sc.lay.cells {
		k := colKey{c.tab, c.col}
		if d := dates[k]; d[0] >= 2 && 2*d[0] >= d[1] {
			sc.birthCell(c)
		}
		if p := places[k]; p[0] >= 2 && 2*p[0] >= p[1] {
			sc.addressCell(c)
		}
	}
	sc.tableContent()
	sc.recordNames()
}

// personalContract reports a contract with a person: "(개인)" on the line
// of i or on one of the three lines before it (a form written one field
// to a line).
func personalContract(s string, i int) bool {
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	for k := 0; k < 3 && ls > 0; k++ {
		ls = strings.LastIndexByte(s[:ls-1], '\n') + 1
	}
	le := strings.IndexByte(s[i:], '\n')
	if le < 0 {
		le = len(s) - i
	}
	return strings.Contains(s[ls:i+le], "개인)")
}

// shiftedTables returns the tables written one cell to a line whose
// cells have slipped out of their columns: fewer than half of the cells
// under headers of personal data hold what the header says (a merged
// header over two rows, a wrapped cell). Read by position, they would be
// masked as the wrong kind, and a name or an address only in part.
func (sc *scanner) shiftedTables() map[int]bool {
	type count struct{ fit, all int }
	counts := map[int]count{}
	for _, c := range sc.lay.cells {
		if !c.role.personal() || !c.loose || strings.TrimSpace(sc.s[c.start:c.end]) == "" {
			continue
		}
		n := counts[c.tab]
		n.all++
		if fits(sc.s, span{c.start, c.end}, c.role, sc.lx) {
			n.fit++
		}
		counts[c.tab] = n
	}
	out := map[int]bool{}
	for tab, n := range counts {
		if n.all >= 4 && 2*n.fit < n.all {
			out[tab] = true
		}
	}
	return out
}

// tableContent reads, in a table whose header names a kind of personal
// data, every cell that reads as that kind as one, in whatever column it
// landed: extraction shifts cells out of their columns when a header is
// merged over two rows, a cell wraps or a header line is taken for a
// cell, and the roles by position are then wrong while the roles the
// table holds are not.
func (sc *scanner) tableContent() {
	s := sc.s
	kinds := map[int]map[role]bool{}
	for _, c := range sc.lay.cells {
		if c.tab == 0 {
			continue
		}
		if kinds[c.tab] == nil {
			kinds[c.tab] = map[role]bool{}
		}
		kinds[c.tab][c.role] = true
	}
	found := make([]hit, len(sc.hits))
	copy(found, sc.hits)
	sort.Slice(found, func(i, j int) bool { return found[i].start < found[j].start })
	// covered reports a hit overlapping [a, b); hits are short, so only
	// those starting up to 200 bytes before a are looked at.
	covered := func(a, b int) bool {
		k := sort.Search(len(found), func(k int) bool { return found[k].start >= b })
		for k--; k >= 0 && found[k].start >= a-200; k-- {
			if found[k].end > a {
				return true
			}
		}
		return false
	}
	for _, c := range sc.lay.cells {
		has := kinds[c.tab]
		if c.tab == 0 || !c.loose || c.corp || c.role == roleCompany || c.role == roleOfficial || placeHeader(c.label) || covered(c.start, c.end) {
			continue
		}
		t := s[c.start:c.end]
		switch {
		case has[roleBirth] && birthLike(s, c.start, c.end):
			sc.birthCell(c)
		case has[roleAddress] && placeLike(t):
			sc.addressCell(c)
		case has[roleAccount] && accountLike(t):
			sc.accountCell(c)
		case has[roleName] && hangulWord(t) && utf8.RuneCountInString(t) >= 3 && sc.lx.score(t) >= likelyName && !sc.lx.noun(t) &&
			!sc.lx.derived(t) && !isTitle(t) && !roleWord(t) && !placeWord(t) && !sc.exempt(t) && !officialNear(s, c.start, c.end):
			sc.add(c.start, c.end, TypeName, "name.table", 0.8, MaskName(t))
		}
	}
}

// accountLike reports a cell that is one bank account number: three or
// four groups of digits joined by hyphens or spaces, ten to sixteen
// digits, not a telephone.
func accountLike(t string) bool {
	digits, groups := 0, 1
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case isDigit(c) || c == '*':
			digits++
		case c == '-' || c == ' ':
			if i == 0 || i+1 >= len(t) || !(isDigit(t[i+1]) || t[i+1] == '*') {
				return false
			}
			groups++
		default:
			return false
		}
	}
	if strings.HasPrefix(t, "01") || strings.HasPrefix(t, "02") {
		return false // a mobile or a Seoul number
	}
	return digits >= 10 && digits <= 16 && (groups >= 3 && groups <= 4 || groups == 1 && digits >= 11 && digits <= 14)
}

// placeHeader reports a header of places and times that are no one's
// home: 위반장소, 단속 위치, 발생 일시.
func placeHeader(h string) bool {
	k := squeeze(h)
	for _, suf := range []string{"장소", "위치", "지점", "구간", "현장", "발생지", "일시", "일자", "시간"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// birthLike reports a cell that is one date of birth: a whole date, of a
// year before 2010 (the years of the documents themselves come later).
func birthLike(s string, a, b int) bool {
	i := firstDigit(s, a, b)
	if i != a {
		return false
	}
	if e := dmyDate(s, i, b); e > i && strings.TrimSpace(s[e:b]) == "" {
		return true // day first: a foreigner's date of birth, or a system's
	}
	if e := starDate(s, i, b); e > i && strings.TrimSpace(s[e:b]) == "" {
		y := atoi(s, group{i, i + digitsAt(s, i)})
		if y < 100 {
			y += 1900
		}
		return y >= 1900 && y < 2010
	}
	var t token
	readToken(s, i, &t)
	n, e := dateShape(s, &t, 0, t.lensFrom(0, 3))
	if n == 0 || e < b-1 && strings.TrimSpace(strings.TrimRight(s[e:b], ".")) != "" && s[e] != ' ' && s[e] != '(' {
		return false
	}
	y := atoi(s, t.g[0])
	switch {
	case t.g[0].len() == 2:
		y += 1900
	case t.g[0].len() == 6:
		y = 1900 + y/10000
	case t.g[0].len() == 8:
		y /= 10000
	}
	return y >= 1900 && y < 2010
}

// placeLike reports a cell that reads as an address: a road or a
// neighbourhood followed by a number.
func placeLike(t string) bool {
	for _, w := range []string{"로 ", "길 ", "동 ", "리 ", "가 "} {
		if k := strings.Index(t, w); k > 0 && k+len(w) < len(t) && isDigit(t[k+len(w)]) {
			return true
		}
	}
	return false
}

// inSignOff reports whether byte i lies in the sign-off of a document:
// after its closing "끝." and before the footer's 시행 line, where the
// 결재 line names the officials, one to a line when it comes from a
// table.
func (sc *scanner) inSignOff(i int) bool {
	s := sc.s
	k := strings.LastIndex(s[:i], "끝.")
	if k < 0 || i-k > 400 {
		return false
	}
	return !strings.Contains(s[k:i], "\n붙임") && !strings.Contains(s[k:i], "시행 ")
}

// recordNames reads runs of short lines with no header (a table's
// continuation on a new page) line by line: when two or more lines are
// names, it is a list of people, and its lines that are names, dates of
// birth or addresses are masked.
func (sc *scanner) recordNames() {
	s := sc.s
	for _, run := range sc.lay.records {
		var names []span
		for _, ln := range run {
			t := s[ln.start:ln.end]
			if hangulWord(t) && sc.lx.score(t) >= likelyName && utf8.RuneCountInString(t) >= 3 && !sc.lx.derived(t) && !isTitle(t) ||
				isLatinUpper(t[0]) && latinNameEnd(s, ln.start, ln.end) == ln.end {
				names = append(names, ln)
			}
		}
		if len(names) < 2 {
			continue
		}
		for _, ln := range run {
			t := s[ln.start:ln.end]
			switch {
			case hangulWord(t) && (sc.lx.score(t) >= likelyName || utf8.RuneCountInString(t) == 4 && sc.lx.score(t) >= shapeName) &&
				utf8.RuneCountInString(t) <= 5 && !officialNear(s, ln.start, ln.end) && !sc.exempt(t) && !isPrivateRole(t) && !isTitle(t) &&
				roleOf(t) == roleNone && !sc.inSignOff(ln.start):
				sc.add(ln.start, ln.end, TypeName, "name.record", 0.85, MaskName(t))
			case isLatinUpper(t[0]) && latinNameEnd(s, ln.start, ln.end) == ln.end:
				sc.add(ln.start, ln.end, TypeName, "name.record", 0.85, MaskName(t))
			case birthLike(s, ln.start, ln.end):
				sc.birthCell(cell{start: ln.start, end: ln.end})
			case placeLike(t) && !rowLine(s, ln.end):
				// A row of a table run together ("2 이 지민 신림동 133-49 …")
				// is no address cell: pdfRows reads it.
				sc.addressCell(cell{start: ln.start, end: ln.end})
			}
		}
	}
}

// nameValue rates a cell's text as a name: the best score of a Korean
// name in it, with particles, honorifics and brackets removed.
func (sc *scanner) nameValue(t string) int {
	t = strings.TrimSpace(t)
	if k := strings.IndexAny(t, "(（["); k > 0 {
		t = strings.TrimSpace(t[:k])
	}
	for _, suf := range []string{" 귀하", "귀하", " 님", " 씨", "님", "씨"} {
		t = strings.TrimSuffix(t, suf)
	}
	if strings.ContainsRune(t, '*') || t == "" {
		return notName
	}
	if isSpacedName(t) {
		return likelyName
	}
	if !hangulWord(t) {
		return notName
	}
	return sc.lx.score(t)
}

// hangulWord reports that t is one word of Hangul syllables only.
func hangulWord(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if !isHangul(r) {
			return false
		}
	}
	return true
}

// isSpacedName reports "홍 길 동": two to four single syllables set apart
// by spaces that spell a name.
func isSpacedName(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if utf8.RuneCountInString(w) != 1 || !isHangul(runeAt(w, 0)) {
			return false
		}
	}
	return nameLike(strings.Join(ws, ""))
}

// nameCell masks the names in a cell of a name column. byContent says the
// column was found by its cells, not its header: then each cell must
// itself look like a name. A cell may hold several names ("김철수,
// 이영희"), a name with a note ("홍길동(대리인)", "홍길동 외 2명"), a
// spaced name or a foreign name: the name that starts each item counts.
func (sc *scanner) nameCell(c cell, byContent bool) {
	s := sc.s
	if k := strings.IndexByte(s[c.start:c.end], '\n'); k > 0 {
		// "독고\n태규": a name its cell's width broke; each part is masked
		// by the one rule, and no mask runs over the line's end.
		if c.role == roleName && !byContent {
			sc.brokenName(c.start, c.start+k, c.end)
		}
		return
	}
	for a := c.start; a < c.end; {
		b := a
		depth := 0
		for b < c.end {
			ch := s[b]
			if ch == '(' {
				depth++
			} else if ch == ')' && depth > 0 {
				depth--
			}
			if depth == 0 && (ch == ',' || ch == ';' || ch == '/' || strings.HasPrefix(s[b:], "·") || strings.HasPrefix(s[b:], "、")) {
				break
			}
			b++
		}
		if x, ia, ib, ok := coOwners(s, a, b); ok {
			// "소동만 외 1 (강성준)": the first owner, and the others in
			// brackets after their count.
			sc.nameItem(c, a, x, byContent)
			sc.nameItem(c, ia, ib, byContent)
		} else {
			sc.nameItem(c, a, b, byContent)
		}
		if b >= c.end {
			break
		}
		_, size := utf8.DecodeRuneInString(s[b:])
		a = b + size
	}
}

// coOwners splits "소동만 외 1 (강성준)" or "김철수 외 2명(이영희)" in
// [a, b): the end of the first name, and the bracket's content.
func coOwners(s string, a, b int) (x, ia, ib int, ok bool) {
	k := strings.Index(s[a:b], " 외 ")
	if k <= 0 {
		return 0, 0, 0, false
	}
	j := a + k + len(" 외 ")
	if j >= b || !isDigit(s[j]) {
		return 0, 0, 0, false
	}
	o := strings.IndexByte(s[j:b], '(')
	c := strings.LastIndexByte(s[j:b], ')')
	if o < 0 || c < o {
		return 0, 0, 0, false
	}
	return a + k, j + o + 1, j + c, true
}

// nameItem masks the name that starts [a, b) in a name cell.
func (sc *scanner) nameItem(c cell, a, b int, byContent bool) {
	s := sc.s
	for a < b && (s[a] == ' ' || s[a] == '\t') {
		a++
	}
	if a >= b {
		return
	}
	if !c.disc && officialNear(s, a, b) || hasAny(s[a:b], corpMarks) {
		return // an official, or a corporation ("우리기술(주)")
	}
	if c.role == roleName && isLatin(s[a]) {
		// "ivanov alexei", "SAPUTRA, Dewi", "HENG SOPHEAP (행 소피읍)": in
		// a name column, words of Latin letters are a name whatever their
		// case, and the Hangul in brackets after them is its
		// transcription.
		e := b
		if o := strings.IndexByte(s[a:b], '('); o > 0 {
			e = a + o
		}
		for e > a && s[e-1] == ' ' {
			e--
		}
		if latinWords(s[a:e]) && !latinStop[s[a:e]] {
			sc.add(a, e, TypeName, "name.cell_latin", 0.85, MaskName(s[a:e]))
			if o := strings.IndexByte(s[e:b], '('); o >= 0 {
				in := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s[e+o+1:b]), ")"))
				if k := strings.Index(s[e+o+1:b], in); in != "" && k >= 0 && (allHangulWords(in) || hangulWord(in) && utf8.RuneCountInString(in) <= 12) {
					sc.add(e+o+1+k, e+o+1+k+len(in), TypeName, "name.cell_foreign", 0.85, MaskName(in))
				}
			}
			return
		}
	}
	if isLatinUpper(s[a]) {
		if e := latinNameEnd(s, a, b); e > a && (c.role == roleName || c.foreign) && !latinStop[s[a:e]] {
			sc.add(a, e, TypeName, "name.cell_latin", 0.85, MaskName(s[a:e]))
			sc.transcription(e, b)
		}
		return
	}
	if e, ok := sc.spacedNameMin(a, b, 2); ok && c.role == roleName || !byContent && ok {
		sc.add(a, e, TypeName, "name.cell_spaced", 0.85, MaskName(s[a:e]))
		return
	}
	if c.role == roleName {
		item := strings.TrimSpace(s[a:b])
		// "김 민형", "이 해순": the surname set apart from the given name.
		if ws := strings.Fields(item); len(ws) == 2 && utf8.RuneCountInString(ws[0]) == 1 && surnames1.has(runeAt(ws[0], 0)) &&
			hangulWord(ws[1]) && utf8.RuneCountInString(ws[1]) <= 3 && sc.lx.score(ws[0]+ws[1]) >= shapeName {
			sc.add(a, a+len(item), TypeName, "name.cell_spaced", 0.85, MaskName(item))
			return
		}
		// "*시재", "○후연": the surname starred and the given name left,
		// which with the rest of the row still tells who it is.
		if k := strings.TrimLeft(item, "*○◯O"); k != item && hangulWord(k) && utf8.RuneCountInString(k) == 2 {
			sc.add(a, a+len(item), TypeName, "name.partly_masked", 0.8, MaskName(item))
			return
		}
	}
	if c.role == roleName {
		// "올가 이바노바(Olga Ivanova)": the name in Latin letters in
		// brackets, then the Hangul before it.
		if o := strings.IndexByte(s[a:b], '('); o > 0 && o+1 < b-a && isLatinUpper(s[a+o+1]) {
			if le := latinNameEnd(s, a+o+1, b); le > a+o+1 {
				sc.add(a+o+1, le, TypeName, "name.cell_latin", 0.85, MaskName(s[a+o+1:le]))
			}
			b = a + o
		}
		// "마리아 산토스", "응우옌 반 훙": a name of several Hangul words,
		// and nothing else in the item, is one foreign name.
		// Under a name column's own header (not a form's label), the
		// item is a name whatever its origin, unless its first word is a
		// role or a body ("주민 박영희").
		column := !c.form && c.tab > 0
		if item := strings.TrimSpace(s[a:b]); strings.Count(item, " ") >= 1 && strings.Count(item, " ") <= 3 && allHangulWords(item) && !roleWord(item) &&
			(hasAny(c.label, []string{"한글", "국문"}) || (c.foreign || sc.docForeign || isSpacedName(item)) && !sc.anyNoun(item) ||
				column && !leadWord(firstWord(item)) && !sc.allNouns(item) && sc.foreignWords(item)) {
			sc.add(a, a+len(item), TypeName, "name.cell_foreign", 0.85, MaskName(item))
			return
		}
	}
	w, we := wordAt(s, a, b)
	// "주민 박영희", "위원 김철수", "○○일보 서태혁 기자": roles and bodies
	// before the name; take the first word that scores as one.
	for we < b && s[we] == ' ' && w != "" && (isPrivateRole(w) || bodyWord(w)) {
		w2, we2 := wordAt(s, we+1, b)
		if w2 == "" {
			break
		}
		a, w, we = we+1, w2, we2
	}
	if w == "" {
		return
	}
	if we < b && (s[we] == 'O' || s[we] == '*') || strings.HasPrefix(s[we:b], "○") {
		return // "황보O식", "김○○": masked already
	}
	core := sc.nameCore(w)
	if core != w && w == strings.TrimSpace(s[a:b]) && sc.lx.score(w) >= shapeName {
		core = w // a cell holds no particle: "박슬기로" is the whole name
	}
	if sc.exempt(core) || placeholder(core) || roleWord(core) || placeWord(core) || isPrivateRole(core) || isTitle(core) {
		return
	}
	score := sc.lx.score(core)
	if utf8.RuneCountInString(core) == 2 && score < likelyName && (byContent || c.form) {
		return // "당뇨", "안부": two syllables must not be an ordinary word
	}
	if c.form && (score < likelyName || sc.lx.derived(core) || c.end-c.start > 40) {
		return // a form's value must itself look like a name
	}
	if byContent && (verbLike(core) || sc.lx.derived(core)) {
		return
	}
	if score >= shapeName && (c.role == roleName || byContent) {
		sc.add(a, a+len(core), TypeName, "name.cell", 0.9, MaskName(core))
		return
	}
	if n := utf8.RuneCountInString(core); c.role == roleName && !c.form && c.tab > 0 && !byContent && core == w && n >= 3 && n <= 4 &&
		(n == 3 && surnames1.has(runeAt(core, 0)) || hasSurname2(core)) && !sc.lx.noun(core) && !sc.lx.compound4(core) && !verbLike(core) && !notNames[core] {
		// Under its column's own header a word led by a surname is the
		// name the header says, even with given-name syllables the
		// lexicon rarely sees (피윤국, 태가국).
		sc.add(a, a+len(core), TypeName, "name.cell", 0.85, MaskName(core))
		return
	}
	if c.role != roleName {
		return
	}
	// A transcribed foreign name: the run of Hangul words.
	if c.form || !(c.foreign || sc.docForeign) && sc.lx.alienness(s[a:we]) < 1 {
		// "쏨차이", "리우양" alone under a name column's header: a word
		// that is no ordinary word, no place and no role is the name.
		if !c.form && c.tab > 0 && we == b && utf8.RuneCountInString(core) >= 3 && utf8.RuneCountInString(core) <= 6 && core == w &&
			!sc.anyNoun(core) && !verbLike(core) && !sc.lx.derived(core) && sc.foreignWords(core) {
			sc.add(a, we, TypeName, "name.cell_foreign", 0.8, MaskName(core))
		}
		return
	}
	if hasAny(s[a:b], []string{"특별시", "광역시", "특별자치", "서울시"}) || bodyWord(strings.Fields(s[a:b])[len(strings.Fields(s[a:b]))-1]) {
		return // "서울특별시 성북구 교통행정과": a running head, not a name
	}
	fe := sc.foreignRun(s, a, b)
	if fe <= a && (c.foreign || sc.docForeign) {
		fe = we
		for fe < b && s[fe] == ' ' {
			if w2, e2 := wordAt(s, fe+1, b); w2 != "" && utf8.RuneCountInString(w2) <= 4 {
				fe = e2
				continue
			}
			break
		}
	}
	if fe > a && utf8.RuneCountInString(s[a:fe]) >= 2 && !roleWord(s[a:fe]) {
		sc.add(a, fe, TypeName, "name.cell_foreign", 0.85, MaskName(s[a:fe]))
	}
}

// approvalRow reports the 결재 line of an approval document, however it
// is split into cells: its names are the officials who signed.
func approvalRow(t string) bool {
	return countAny(t, []string{"기안자", "검토자", "결재권자", "협조자", "전결", "대결"}) >= 2
}

// leadWord reports a word that leads a name in a cell without being
// part of it: a role, a body or a title.
func leadWord(w string) bool {
	return isPrivateRole(w) || bodyWord(w) || isTitle(w) || roleWord(w)
}

// placeWord reports a bank, a station or another place that a name
// column may hold instead of a person: 신한은행, 창동역, 새마을금고.
func placeWord(w string) bool {
	return hasSuffixAny(w, []string{"은행", "뱅크", "금고", "증권", "조합", "역", "센터", "공원", "시장", "학교", "병원", "약국", "식당"}) ||
		w == "신협" || w == "농협" || w == "수협" || w == "우체국"
}

func hasSuffixAny(w string, sufs []string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(w, x) && len(w) > len(x) {
			return true
		}
	}
	return false
}

// anyNoun reports whether a word of t is an ordinary word.
func (sc *scanner) anyNoun(t string) bool {
	for _, w := range strings.Fields(t) {
		if utf8.RuneCountInString(w) >= 2 && (sc.lx.noun(w) || notNames[w]) {
			return true
		}
	}
	return false
}

// allNouns reports whether every word of t is an ordinary word ("해당
// 없음"), where a foreign name has at least one that is not ("마리아
// 산토스").
func (sc *scanner) allNouns(t string) bool {
	for _, w := range strings.Fields(t) {
		if !(sc.lx.noun(w) || notNames[w]) {
			return false
		}
	}
	return true
}

// allHangulWords reports words of Hangul only, each of one to five
// syllables, none a role.
func allHangulWords(t string) bool {
	for _, w := range strings.Fields(t) {
		if !hangulWord(w) || len(w) > 15 || isPrivateRole(w) || roleWord(w) || honorificWord(w) {
			return false
		}
	}
	return true
}

// roleWord reports words that fill a name cell without being a name.
func roleWord(w string) bool {
	switch w {
	case "본인", "해당없음", "없음", "미상", "공란", "합계", "소계", "계", "외", "등", "기타", "생략", "비공개", "익명", "대리인", "법인",
		"한글", "영문", "한자", "국문", "대표", "성명", "이름":
		return true
	}
	return hasAny(w, foreignWords)
}

func isLatinUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// latinNameEnd reads a Latin-script name from i: two to four words of
// letters, each starting with a capital ("Maria Santos", "NGUYEN THI
// HOA"), none of them a word of organisations. It returns i when there is
// none.
func latinNameEnd(s string, i, end int) int {
	j := i
	words := 0
	allUpper, comma := false, false
	last := i
	for j < end && words < 5 {
		if !isLatinUpper(s[j]) {
			break
		}
		k := j
		for k < end {
			if s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] == '\'' || s[k] == '-' {
				k++
				continue
			}
			// Latin letters with accents: Müller, José, Đặng.
			if r, size := utf8.DecodeRuneInString(s[k:]); r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7 || r >= 0x1E00 && r <= 0x1EFF {
				k += size
				continue
			}
			break
		}
		w := s[j:k]
		if latinStop[w] || k-j < 2 && words > 0 || k < end && isDigit(s[k]) {
			break
		}
		// One name is written in one case: "Maria Santos", "NGUYEN VAN
		// AN"; "Open API" mixes them. After "SURNAME," the given names
		// may be written as words: "HENG, Vannak", "GURUNG, Gita Kumari".
		upper := strings.ToUpper(w) == w && k-j > 1
		if words == 0 || words == 1 && comma {
			allUpper = upper
		} else if upper && !allUpper && !latinAcronyms[w] && (k-j >= 4 || k == end || s[k] != ' ') {
			// "Haoyu WANG", "Maria Cristina GARCIA": given names, then the
			// surname in capitals, as passports and forms write it.
			allUpper = true
		} else if upper != allUpper {
			break
		}
		words++
		last = k
		if k < end && s[k] == ',' && k+1 < end && s[k+1] == ' ' && words == 1 {
			// "SMITH, John"
			k++
			comma = true
		}
		if k >= end || s[k] != ' ' {
			j = k
			break
		}
		j = k + 1
	}
	if words < 2 {
		return i
	}
	return last
}

// latinAcronyms are words in capitals that end no name: "Open API".
var latinAcronyms = map[string]bool{"API": true, "ICT": true, "CCTV": true, "GPS": true, "AI": true, "IT": true, "PC": true, "TV": true, "ID": true,
	"OK": true, "USB": true, "SNS": true, "QR": true, "KTX": true, "SRT": true, "NGO": true, "CEO": true, "LED": true, "PDF": true, "HWP": true,
	"URL": true, "IP": true, "DB": true, "ESG": true, "OECD": true, "UN": true, "EU": true, "USA": true, "KOREA": true, "SEOUL": true}

// spacedMin reads a spaced name of at least min syllables at i.
func spacedMin(s string, i, end, min int) (int, bool) {
	j := i
	var b strings.Builder
	n, gap := 0, 0
	lastEnd := i
	for j < end && n < 5 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isHangul(r) {
			break
		}
		if j+size < end && isHangul(runeAt(s, j+size)) {
			break // not a single syllable
		}
		if n >= 3 && strings.ContainsRune("군양씨님", r) {
			break // "김 덕 배 군": the honorific is no part of the name
		}
		b.WriteRune(r)
		n++
		lastEnd = j + size
		k := j + size
		if k >= end || s[k] != ' ' {
			break
		}
		for k < end && s[k] == ' ' {
			k++
		}
		// A name is spaced evenly: "제 목  주·정차" is a label, then text.
		if g := k - (j + size); gap == 0 {
			gap = g
		} else if g != gap {
			break
		}
		j = k
	}
	// Five syllables apart are a heading spaced out ("서 울 주 택 도 시
	// 공 사"), not a name.
	if w := b.String(); n < min || n > 4 || !nameLike(w) && !nativeSpaced(w) {
		return 0, false
	}
	return lastEnd, true
}

// spacedName reads a name written apart at i, of three or four
// syllables.
func (sc *scanner) spacedName(i, end int) (int, bool) { return sc.spacedNameMin(i, end, 3) }

// spacedNameMin reads a name of at least min syllables written apart at
// i, and refuses a place or an office spelled out in a letterhead: "강 북
// 구", "홍 천 군 수".
func (sc *scanner) spacedNameMin(i, end, min int) (int, bool) {
	s := sc.s
	if i >= 4 && s[i-1] == ' ' && hangulAt(s, i-4) && (i == 4 || s[i-5] == ' ' || s[i-5] == '\n') {
		return 0, false // inside a longer run: "노 원 구 청 장"
	}
	e, ok := spacedMin(s, i, end, min)
	if !ok {
		return 0, false
	}
	w := strings.ReplaceAll(sc.s[i:e], " ", "")
	if sc.lx.noun(w) || len(w) == 12 && sc.lx.noun(w[:9]) || notNames[w] {
		return 0, false
	}
	return e, true
}

// nativeSpaced reports a surname and a native given name of three
// syllables written apart ("최 바 다 솔", "문 새 로 미"): the spacing
// itself marks a name, so the given name need only be made of name
// syllables.
func nativeSpaced(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !surnames1.has(r) || utf8.RuneCountInString(w) != 4 {
		return false
	}
	for _, g := range w[size:] {
		if !givenSyllables.has(g) {
			return false
		}
	}
	return true
}

// foreignRun returns the end of a run of Hangul words from i of which at
// least one transcribes a foreign name ("응우옌 티 호아", "마리아 산토스"),
// or i when there is none.
func (sc *scanner) foreignRun(s string, i, end int) int {
	j := i
	words, known := 0, 0
	last := i
	for j < end && words < 4 {
		e := j
		for e < end && hangulAt(s, e) {
			e += 3
		}
		if e == j {
			break
		}
		w := stripParticle(s[j:e])
		if utf8.RuneCountInString(w) > 5 || notNames[w] || roleWord(w) || honorificWord(w) {
			break
		}
		isForeign := sc.lx.foreignName(w)
		// Every word of the run transcribes a name, or is a short one
		// ("반", "티") that no dictionary knows as an ordinary word.
		if !isForeign && (utf8.RuneCountInString(w) > 2 || sc.lx.noun(w) || verbLike(w)) {
			break
		}
		words++
		if isForeign {
			known++
		}
		last = j + len(w)
		if w != s[j:e] || e >= end || s[e] != ' ' {
			break
		}
		j = e + 1
	}
	if known == 0 || words >= 2 && known < 2 {
		return i
	}
	return last
}

// nameCore returns the name in a word that may carry a particle: the
// whole word when it is itself a likely name of three syllables (신예은,
// 박하은, whose last syllables are also particles), otherwise the word
// without its particle (김철수는 → 김철수).
func (sc *scanner) nameCore(w string) string {
	if utf8.RuneCountInString(w) == 3 {
		// 은, 이, 을, 과 follow a closed syllable, 는, 가, 를, 와 an open
		// one: "지원은" is 지원 with its particle, "신예은" a name, since
		// 예 takes 는.
		last := runeAt(w, 6)
		closed := (runeAt(w, 3)-0xAC00)%28 != 0
		switch last {
		case '은', '이', '을', '과':
			if !closed {
				return w
			}
		case '는', '가', '를', '와':
			if closed {
				return w
			}
		}
		if sc.lx.score(w) >= likelyName && !sc.lx.noun(w[:6]) && !notNames[w[:6]] {
			return w
		}
	}
	return stripParticle(w)
}

// honorificWord reports 씨, 님, 귀하 and their forms with particles.
func honorificWord(w string) bool {
	return hasPrefixAny(w, []string{"씨", "님", "귀하", "氏"}) && utf8.RuneCountInString(w) <= 3
}

// stripParticle removes a particle or ending from a word: 김철수에게 →
// 김철수, 공종민로 → 공종민, 남궁연우입니다 → 남궁연우.
func stripParticle(w string) string {
	if len(w) <= 6 {
		return w // two syllables or fewer
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	for _, p := range particlesByLast[last] {
		if strings.HasSuffix(w, p) && len(w)-len(p) >= 6 {
			return w[:len(w)-len(p)]
		}
	}
	return w
}

// particlesByLast indexes nameParticles by their last syllable, longest
// first.
var particlesByLast = func() map[rune][]string {
	m := map[rune][]string{}
	for _, p := range nameParticles {
		r, _ := utf8.DecodeLastRuneInString(p)
		m[r] = append(m[r], p)
	}
	return m
}()

// nameParticles follow a name, longest first.
var nameParticles = []string{"이었습니다", "입니다", "이었던", "이라는", "이라고", "에게서", "으로부터", "로부터", "께서는", "께서",
	"에게는", "에게", "한테", "이며", "이고", "이다", "이가", "님께서", "님께", "님의", "님은", "님이", "님을", "님", "씨는", "씨가",
	"씨의", "씨를", "씨에게", "씨", "귀하", "으로", "로서", "로", "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "께",
	"만", "외", "등"}

// lineNames reads each line for lists of names, speakers, names with
// particles and foreign names.
func (sc *scanner) lineNames() {
	s := sc.s
	inList := 0 // lines left under an attendee heading
	// Transcribed names are read in free text only when the text already
	// names a foreigner elsewhere (a Latin-script name, a name column of
	// a table about foreigners): the syllables of a transcription alone
	// would also take verb forms ("따라 알리는") for names.
	namesForeigners := false
	for _, h := range sc.hits {
		if strings.Contains(h.rule, "latin") || strings.Contains(h.rule, "foreign") {
			namesForeigners = true
			break
		}
	}
	// The starts of the lines that open a list of people, for
	// bulletLists, which reads the same lines again.
	var heads []int
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		e := len(s)
		if j >= 0 {
			e = i + j
		}
		t := s[i:e]
		if strings.TrimSpace(t) != "" {
			sc.signedBy(i, e)
			if k := strings.Index(t, "Dear "); k >= 0 && strings.TrimSpace(t[:k]) == "" {
				sc.salutation(i+k, e)
			}
			sc.sender(i, e)
			if strings.IndexByte(t, '\t') >= 0 || strings.Count(t, "|") >= 2 {
				sc.labelPairs(i, e)
			}
			if k := sc.index(t, "라고 "); k > 0 {
				sc.selfIntro(i + k) // "우동에 사는 원진서라고 합니다", "민원인은 육석우라고 밝히며"
			}
			if t[0] == '[' || strings.Contains(t, ", ") {
				sc.chatLine(i, e)
			}
			lc := &lineCtx{t: t, docDisc: sc.docDisc()}
			if headedList(t) {
				inList = 6
				heads = append(heads, i)
			}
			sc.speaker(i, e, lc)
			sc.asker(i, e, lc)
			sc.listLine(i, e, inList > 0, lc)
			if strings.IndexByte(t, '(') >= 0 {
				sc.bracketLists(i, e, lc)
			}
			sc.wordNames(i, e, lc, namesForeigners && (sc.docForeign || sc.lay.foreignAt(i)))
			if inList > 0 {
				inList--
			}
			if lc.officeDone && lc.office {
				inList = 0
			}
		}
		if j < 0 {
			break
		}
		i = e + 1
	}
	sc.bulletLists(heads)
}

// lineCtx says, once asked, whether a line is the office's (the 결재
// line, a footer) and whether it is about discipline. Most lines never
// hold a candidate name, so they are never asked.
type lineCtx struct {
	t                  string
	officeDone, office bool
	discDone, disc     bool
	honDone, hon       bool
	// docDisc: the text disciplines someone (a 징계 or 훈계 it demands),
	// so officials named outside the office lines are its subjects.
	docDisc bool
}

func (l *lineCtx) isOffice() bool {
	if !l.officeDone {
		l.office, l.officeDone = isOffice(l.t), true
	}
	return l.office
}

// honored reports 씨, 님 or 귀하 on the line: without one, and outside a
// text about foreigners, only an anchoring name part makes a
// transcription (transcribed).
func (l *lineCtx) honored(c *byteCounts) bool {
	if !l.honDone {
		l.hon, l.honDone = c.indexIn(l.t, "씨") >= 0 || c.indexIn(l.t, "님") >= 0 || c.indexIn(l.t, "귀하") >= 0, true
	}
	return l.hon
}

func (l *lineCtx) isDisc() bool {
	if !l.discDone {
		l.disc, l.discDone = hasAny(l.t, disciplineWords) || l.docDisc && !l.isOffice(), true
	}
	return l.disc
}

// bulletItem is a line of a bulleted list whose text starts with a word
// that may be a name.
type bulletItem struct {
	a, b   int // the name
	score  int
	spaced bool
	disc   bool
}

// bulletLists masks the names that start the lines of a bulleted or
// numbered list of people ("- 김철수 (주민대표)", "1. 이영희 위원"): a
// list most of whose lines, and at least two, start with a likely name, or
// any list under a heading such as 참석자. heads holds the starts of the
// lines headedList accepts, in order.
func (sc *scanner) bulletLists(heads []int) {
	s := sc.s
	var block []bulletItem
	lines, headed := 0, false
	var bullet rune
	flush := func() {
		strong := 0
		for _, it := range block {
			if it.score >= likelyName {
				strong++
			}
		}
		if strong >= 2 && 2*strong >= lines || headed && strong >= 1 {
			for _, it := range block {
				if it.score < shapeName {
					continue
				}
				rule := "name.list"
				if it.spaced {
					rule = "name.list_spaced"
				}
				sc.add(it.a, it.b, TypeName, rule, 0.85, MaskName(s[it.a:it.b]))
			}
		}
		block, lines, headed = block[:0], 0, false
	}
	prevHeaded := false
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		e := len(s)
		if j >= 0 {
			e = i + j
		}
		b, st := bulletOf(s, i, e)
		switch {
		case b != 0 && (b == bullet || lines == 0):
			if lines == 0 {
				headed = prevHeaded
			}
			bullet = b
			lines++
			if it, ok := sc.bulletCandidate(st, e); ok {
				block = append(block, it)
			}
		case strings.TrimSpace(s[i:e]) == "" && lines > 0:
			// A blank line inside a list.
		default:
			if lines > 0 {
				flush()
			}
			bullet = 0
			if b != 0 {
				bullet, lines, headed = b, 1, prevHeaded
				if it, ok := sc.bulletCandidate(st, e); ok {
					block = append(block, it)
				}
			}
		}
		if strings.TrimSpace(s[i:e]) != "" {
			prevHeaded = len(heads) > 0 && heads[0] == i
			if prevHeaded {
				heads = heads[1:]
			}
		}
		if j < 0 {
			break
		}
		i = e + 1
	}
	if lines > 0 {
		flush()
	}
}

// bulletCandidate reads the name that may start a list line: a spaced
// name, or a word (after a private role such as 위원) followed by the end
// of the line, a bracketed note, a comma or a role.
func (sc *scanner) bulletCandidate(st, e int) (bulletItem, bool) {
	s := sc.s
	if st+3 > e || !isHangul(runeAt(s, st)) {
		return bulletItem{}, false
	}
	if e2, ok := sc.spacedName(st, e); ok {
		return bulletItem{a: st, b: e2, score: likelyName, spaced: true}, true
	}
	w, we := wordAt(s, st, e)
	if n := len(w) / 3; n < 2 || n > 8 {
		return bulletItem{}, false
	}
	for _, r := range privateRoles {
		if w == r && we < e && s[we] == ' ' {
			if w2, we2 := wordAt(s, we+1, e); w2 != "" {
				st, w, we = we+1, w2, we2
			}
			break
		}
	}
	if !surnames1.has(runeAt(w, 0)) || !personNote(s, we, e) {
		return bulletItem{}, false
	}
	disc := hasAny(s[st:e], disciplineWords)
	core := sc.nameCore(w)
	score := sc.lx.score(core)
	if score >= likelyName && (sc.lx.derived(core) || sc.lx.compound(core) || utf8.RuneCountInString(core) < 3) {
		score = shapeName
	}
	if score < shapeName || !disc && officialNear(s, st, st+len(core)) || sc.exempt(core) {
		return bulletItem{}, false
	}
	return bulletItem{a: st, b: st + len(core), score: score, disc: disc}, true
}

// foreignAt reports a line inside a table about foreigners.
func (l *layout) foreignAt(i int) bool {
	if l == nil {
		return false
	}
	c, ok := l.at(i)
	return ok && c.foreign
}

// headedList reports a line that opens a list of people: "참석자",
// "참석위원 명단", "○ 참석: …".
func headedList(t string) bool {
	// "명)" holds "명": the rare words are looked for first, " 외 " by
	// the middle byte of 외 (every line is asked this).
	if strings.Contains(t, "(이상 ") && strings.Contains(t, "명)") || containsAt(t, " 외 ", 2) && strings.Contains(t, "명") {
		return true // "…, 김다온 (이상 7명)", "홍길동 외 3명"
	}
	_, k := bulletOf(t, 0, len(t))
	t = t[k:]
	// "주민대표: 박민준, 서성호": a role before the colon.
	if c := colonIn(t, 30); c > 0 && isPrivateRole(strings.TrimSpace(t[:c])) {
		return true
	}
	if len(t) < 3 || !attendeeFirst.has(runeAt(t, 0)) {
		return false
	}
	for _, l := range attendeeLabels {
		if strings.HasPrefix(t, l) {
			rest := t[len(l):]
			if rest == "" || !isHangul(runeAt(rest, 0)) || strings.HasPrefix(rest, "명단") || strings.HasPrefix(rest, "현황") {
				return true
			}
		}
	}
	return false
}

// containsAt reports whether t contains w, as strings.Contains does, but
// looks for w's byte k with IndexByte: a byte rare in Korean text (the
// middle byte of a syllable) skips far more at once than a space or a
// lead byte, which strings.Contains would stop at every few bytes.
func containsAt(t, w string, k int) bool {
	for from := k; from < len(t); {
		j := strings.IndexByte(t[from:], w[k])
		if j < 0 {
			return false
		}
		if at := from + j - k; at+len(w) <= len(t) && t[at:at+len(w)] == w {
			return true
		}
		from += j + 1
	}
	return false
}

// bulletOf returns the bullet of a list line and where its text starts.
func bulletOf(s string, i, e int) (rune, int) {
	j := i
	for j < e && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j >= e {
		return 0, j
	}
	if k := clockStamp(s, j, e); k > j {
		// "[00:12:49] 윤란 방청인: …": a transcript's time stamp opens
		// the turn as a bullet does.
		for k < e && s[k] == ' ' {
			k++
		}
		return '[', k
	}
	r, size := utf8.DecodeRuneInString(s[j:])
	switch r {
	case '○', '◯', '●', '◦', '·', '-', '□', '■', '▶', '◇', '◆', '*', '•', '‣', '∙', 'ㅇ':
		k := j + size
		for k < e && s[k] == ' ' {
			k++
		}
		return r, k
	}
	// "1) ", "1. ", "가. ", "(1) ": numbered items.
	k := j
	if s[k] == '(' {
		k++
	}
	d := k
	for d < e && isDigit(s[d]) {
		d++
	}
	if d == k && d+3 <= e && isHangul(runeAt(s, d)) {
		d += 3
	}
	if d > k && d < e && (s[d] == '.' || s[d] == ')') && d-k <= 3 {
		d++
		for d < e && s[d] == ' ' {
			d++
		}
		return '#', d
	}
	return 0, j
}

// splitSurname reads a name whose surname stands apart from its given
// name, the whole of a list item: "제 춘성", "황보 인숙", "박 세아(하월곡동)".
// It returns the name's end.
func (sc *scanner) splitSurname(a, b int) (int, bool) {
	s := sc.s
	sur, se := wordAt(s, a, b)
	if !(len(sur) == 3 && surnames1.has(runeAt(sur, 0)) || len(sur) == 6 && hasSurname2(sur)) || se >= b || s[se] != ' ' {
		return 0, false
	}
	given, ge := wordAt(s, se+1, b)
	if n := len(given) / 3; n < 1 || n > 2 {
		return 0, false
	}
	if rest := strings.TrimSpace(s[ge:b]); rest != "" && rest[0] != '(' {
		return 0, false
	}
	w := sur + given
	if sc.lx.score(w) < shapeName || sc.lx.noun(w) || verbLike(given) || sc.exempt(w) {
		return 0, false
	}
	return ge, true
}

// nameRun splits a list item into the names it holds a space apart
// ("위원 반효정 남 길례 차은비", "엄지호 인보영 (5명)") and returns them,
// or nil unless the whole item is names: each a word of three syllables
// (four with a two-syllable surname) that reads as a name and as no
// word, or a name written apart.
func (sc *scanner) nameRun(a, b int) []span {
	s := sc.s
	if c := strings.IndexByte(s[a:b], '('); c >= 0 && countBracket(s[a+c:b]) {
		b = a + c // "(5명)", "(이상 5명)"
	}
	var run []span
	lead := true
	for p := a; ; {
		for p < b && (s[p] == ' ' || s[p] == '\t') {
			p++
		}
		if p >= b {
			break
		}
		w, we := wordAt(s, p, b)
		if w == "" || we < b && s[we] != ' ' && s[we] != '\t' {
			return nil
		}
		if lead && (isPrivateRole(w) || bodyWord(w)) {
			p = we // "위원 …": the role before the names
			continue
		}
		lead = false
		n := len(w) / 3
		if (n == 3 || n == 4 && hasSurname2(w)) && sc.lx.score(w) >= likelyName && !sc.lx.noun(w) && !sc.lx.derived(w) && !verbLike(w) && !sc.exempt(w) && !roleWord(w) {
			run = append(run, span{p, we})
			p = we
			continue
		}
		if n <= 2 {
			if e, ok := sc.spacedNameMin(p, b, 2); ok && (e == b || s[e] == ' ') {
				run = append(run, span{p, e})
				p = e
				continue
			}
			if e := sc.splitName(p, b); e > p && (e == b || s[e] == ' ') {
				run = append(run, span{p, e})
				p = e
				continue
			}
		}
		return nil
	}
	return run
}

// countBracket reports a bracket that counts the people before it:
// "(5명)", "(이상 5명)".
func countBracket(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "(") || !strings.HasSuffix(t, "명)") {
		return false
	}
	t = strings.TrimPrefix(strings.TrimSuffix(t[1:], "명)"), "이상 ")
	return t != "" && digitsAt(t, 0) == len(t)
}

// wordAt returns the Hangul word at i and its end.
func wordAt(s string, i, e int) (string, int) {
	j := i
	for j < e && hangulAt(s, j) {
		j += 3
	}
	return s[i:j], j
}

// listLine masks the names of a line that lists people: "참석자: 김철수,
// 이영희, 박민수", "김철수 위원, 이영희 위원 (이상 2명)".
func (sc *scanner) listLine(i, e int, headed bool, lc *lineCtx) {
	s := sc.s
	t := s[i:e]
	if !headed && strings.IndexByte(t, ',') < 0 && strings.IndexByte(t, ';') < 0 && strings.IndexByte(t, '/') < 0 &&
		!strings.Contains(t, "·") && !strings.Contains(t, "、") {
		return
	}
	type item struct {
		a, b  int
		score int
	}
	var items []item
	var foreign []span // transcribed names, taken if the list is one of people
	strong, pairs := 0, 0
	// Walk the items separated by , · 、 ; and read the name in each.
	a := i
	if k := colonIn(t, 40); k >= 0 {
		a = i + k + 1
		if strings.HasPrefix(s[i+k:], "：") {
			a = i + k + len("：")
		}
	}
	for a < e {
		b := a
		depth := 0
		for b < e {
			c := s[b]
			if !listBytes[c] {
				b++ // most bytes neither nest nor separate
				continue
			}
			if c == '(' {
				depth++
			} else if c == ')' && depth > 0 {
				depth--
			}
			// · is C2 B7 and 、 E3 80 81: only those lead bytes are compared.
			if depth == 0 && (c == ',' || c == ';' || c == '/' || c == 0xC2 && strings.HasPrefix(s[b:], "·") || c == 0xE3 && strings.HasPrefix(s[b:], "、")) {
				break
			}
			b++
		}
		if run := sc.nameRun(a, b); len(run) >= 2 {
			// "배 경희 경윤서", "반효정 남 길례 차은비": names a space apart
			// in one item, as a list run together comes out.
			for _, r := range run {
				items = append(items, item{r.start, r.end, likelyName})
			}
			strong += len(run)
			if b >= e {
				break
			}
			_, size := utf8.DecodeRuneInString(s[b:])
			a = b + size
			continue
		}
		it := sc.listItem(a, b)
		if it.b > it.a {
			items = append(items, item(it))
			if it.score >= likelyName || headed && it.score >= shapeName && personNote(s, it.b, b) && strings.TrimSpace(s[it.b:b]) != "" {
				strong++ // "불참: 황지수 위원(개인 사정)"
			}
		} else if fa, fb := foreignItem(s, a, b); fb > fa && sc.transcribedCell(fa, fb) {
			// "위원 서훈, 신지예, 리우양, 아지즈 카리모프": a transcribed name
			// among the list's Korean ones is a member too.
			foreign = append(foreign, span{fa, fb})
		} else if w := strings.TrimSpace(s[a:b]); len(items) > 0 && items[len(items)-1].b <= a && !strings.Contains(w, " ") && privateRoleSet[strings.TrimRight(w, ")")] {
			// "진술서(구대호, 목격자)": a name, then its role.
			pairs++
		}
		if b >= e {
			break
		}
		_, size := utf8.DecodeRuneInString(s[b:])
		a = b + size
	}
	if !(strong >= 2 && 2*strong >= len(items)) && !(headed && strong > 0) && !(pairs > 0) {
		return
	}
	disc := lc.isDisc()
	if lc.isOffice() && !disc {
		return
	}
	for _, it := range items {
		w := s[it.a:it.b]
		if !disc && officialNear(s, it.a, it.b) || sc.exempt(w) {
			continue
		}
		sc.add(it.a, it.b, TypeName, "name.list", 0.85, MaskName(w))
	}
	if strong >= 2 {
		for _, f := range foreign {
			sc.add(f.start, f.end, TypeName, "name.list_foreign", 0.8, MaskName(s[f.start:f.end]))
		}
	}
}

// foreignItem trims a list item to its words: no spaces around it, no
// note in brackets after it, no role before it.
func foreignItem(s string, a, b int) (int, int) {
	sp := trimSpan(s, span{a, b})
	a, b = sp.start, sp.end
	if k := strings.IndexByte(s[a:b], '('); k >= 0 {
		b = a + k
		for b > a && s[b-1] == ' ' {
			b--
		}
	}
	if k := strings.IndexByte(s[a:b], ' '); k > 0 && isPrivateRole(s[a:a+k]) {
		a += k + 1
	}
	return a, b
}

// listBytes marks the bytes listLine stops at: brackets, separators and
// the lead bytes of · and 、.
var listBytes = func() (t [256]bool) {
	for _, c := range []byte("(),;/\xC2\xE3") {
		t[c] = true
	}
	return t
}()

// bracketLists masks the names listed inside brackets: "위원 3명(현형준,
// 김다은, 편채원)", "참석(김철수·이영희)".
func (sc *scanner) bracketLists(i, e int, lc *lineCtx) {
	s := sc.s
	for j := i; j < e; {
		o := strings.IndexByte(s[j:e], '(')
		if o < 0 {
			return
		}
		o += j
		c := strings.IndexByte(s[o:e], ')')
		if c < 0 {
			return
		}
		c += o
		in := s[o+1 : c]
		if strings.IndexByte(in, ',') >= 0 || strings.Contains(in, "·") {
			// "위원 3명(…)": a count of people before the bracket.
			pre := strings.TrimRight(before(s, o, 40), " ")
			headed := strings.HasSuffix(pre, "명") && len(pre) >= 4 && isDigit(pre[len(pre)-4])
			sc.listLine(o+1, c, headed, lc)
		}
		j = c + 1
	}
}

// listItem finds the name in one item of a list: the item's first word,
// or its second after a role ("위원 김철수"), without particles or notes.
func (sc *scanner) listItem(a, b int) struct{ a, b, score int } {
	s := sc.s
	for a < b && (s[a] == ' ' || s[a] == '\t') {
		a++
	}
	if a < b {
		if r, size := utf8.DecodeRuneInString(s[a:]); strings.ContainsRune("○◯●◦-□■▶◇◆*•", r) {
			a += size
			for a < b && s[a] == ' ' {
				a++
			}
		}
	}
	none := struct{ a, b, score int }{}
	if a >= b {
		return none
	}
	if e, ok := sc.spacedName(a, b); ok {
		return struct{ a, b, score int }{a, e, likelyName}
	}
	if e, ok := sc.splitSurname(a, b); ok {
		return struct{ a, b, score int }{a, e, shapeName}
	}
	if isLatinUpper(s[a]) {
		if e := latinNameEnd(s, a, b); e > a {
			return struct{ a, b, score int }{a, e, likelyName}
		}
		return none
	}
	w, we := wordAt(s, a, b)
	if w == "" || len(w) > 36 {
		return none
	}
	// "위원 김철수", "노인복지관 사회복지사 조현우": roles and bodies first,
	// the name last.
	roled := false
	for we < b && (s[we] == ' ' || s[we] == '\t') && (isPrivateRole(w) || bodyWord(w)) {
		if e, ok := sc.spacedName(we+1, b); ok && strings.TrimSpace(s[e:b]) == "" {
			return struct{ a, b, score int }{we + 1, e, likelyName} // "위원 두 정 순"
		}
		if e, ok := sc.splitSurname(we+1, b); ok && isPrivateRole(w) {
			return struct{ a, b, score int }{we + 1, e, likelyName} // "위원 권 세영(세무사)"
		}
		w2, we2 := wordAt(s, we+1, b)
		if w2 == "" || !(isPrivateRole(w2) || strings.TrimSpace(s[we2:b]) == "" || s[we2] == '(' || personNote(s, we2, b)) {
			break
		}
		roled = roled || isPrivateRole(w)
		a, w, we = we+1, w2, we2
	}
	if w == "" || !surnames1.has(runeAt(w, 0)) && !hasSurname2(w) {
		return none
	}
	// nameCore, not stripParticle: "김다은" keeps its 은, which an open
	// syllable never takes as a particle.
	core := sc.nameCore(w)
	// What follows the name must be a note, a role, or nothing.
	if core == w && !personNote(s, we, b) && strings.TrimSpace(s[we:b]) != "" {
		return none
	}
	if rest := strings.TrimSpace(s[we:b]); core == w && rest != "" && isPrivateRole(strings.Fields(rest)[0]) {
		roled = true // "육복희 위원": a role after the name says it too
	}
	sc2 := sc.lx.score(core)
	if sc2 < shapeName {
		return none
	}
	if sc2 >= likelyName && (sc.lx.derived(core) || sc.lx.compound(core) || len(core) < 9) && !roled {
		// Two-syllable items are words far more often than names: they
		// never make a list one of names by themselves. A role before the
		// word ("방문간호사 한미선") says it is a person.
		sc2 = shapeName
	}
	if roled && sc2 >= shapeName && len(core) >= 9 {
		sc2 = likelyName
	}
	return struct{ a, b, score int }{a, a + len(core), sc2}
}

// speaker masks the speaker of a line of minutes: "김철수 위원: …",
// "위원장(김철수): …", "○ 주민 박영희 : …", "[김철수 위원] …", "김철수:
// …". The head before the colon must be a name, alone or with a role.
func (sc *scanner) speaker(i, e int, lc *lineCtx) {
	s := sc.s
	_, st := bulletOf(s, i, e)
	head := e
	// A speaker's name and role come first: only the start of the line is
	// searched, whatever its length.
	w := min(e, st+52)
	if k := colonIn(s[st:e], 49); k >= 0 {
		head = st + k
	} else if st < e && (s[st] == '[' || s[st] == '(') {
		// "[김철수 위원] …", "(주민 우정우) …"
		c := byte(']')
		if s[st] == '(' {
			c = ')'
		}
		if k := strings.IndexByte(s[st:w], c); k > 0 && k <= 40 {
			st++
			head = st + k - 1
		}
	} else if k := strings.Index(s[st:w], "  "); k > 0 && k <= 48 && !strings.ContainsAny(s[st:st+k], "|\t") {
		head = st + k // "○ PHAM MINH TUAN 위원   권고 이행 여부 …", "○위원 모창민  현장 …"
	} else if k := strings.Index(s[st:w], " — "); k > 0 && k <= 48 {
		head = st + k // "◇ 위원 이태호 — 안건 자료를 …"
	} else if k := strings.Index(s[st:w], ") "); k > 0 && k <= 40 && strings.Contains(s[st:st+k], "(") {
		head = st + k + 1 // "최상철(위원) 현장 점검 결과를 …"
	}
	if head >= e || head <= st {
		return
	}
	for head > st && s[head-1] == ' ' {
		head--
	}
	if head <= st {
		return
	}
	h := s[st:head]
	twoWords := false // "윤란희 방청인": a name, then the role
	if f := strings.Fields(h); len(f) == 2 && isPrivateRole(f[1]) && hangulWord(f[0]) {
		twoWords = true
	}
	digits := h
	if k := strings.IndexByte(h, '('); k > 0 && strings.HasSuffix(h, ")") {
		digits = strings.TrimRight(h[:k], "0123456789") + h[k:] // "주민3(손순예)": a resident's turn number
	}
	if strings.ContainsAny(digits, "0123456789") || !strings.HasSuffix(h, ")") && roleOf(h) != roleNone && !twoWords {
		return
	}
	// What a speaker says is a sentence, not a list of offices ("당연직
	// 위원 : 재정경제부장관ㆍ교육부장관 …").
	if rest := s[min(head+1, e):e]; strings.ContainsAny(rest, "ㆍ·") && !strings.ContainsAny(rest, ".?") {
		return
	}
	mark := func(a, b int) {
		core := s[a:b]
		if lc.isOffice() && !lc.isDisc() || isTitle(core) {
			return
		}
		if (lc.isDisc() || !officialNear(s, a, b)) && !sc.exempt(core) {
			sc.add(a, b, TypeName, "name.speaker", 0.85, MaskName(core))
		}
	}
	// "위원장(김철수)", "김철수(주민)": a name and a role, one in brackets.
	if k := strings.IndexByte(h, '('); k > 0 && strings.HasSuffix(h, ")") && !strings.Contains(strings.TrimSpace(h[:k]), " ") {
		out, in := strings.TrimSpace(h[:k]), h[k+1:len(h)-1]
		if r := strings.TrimRight(out, "0123456789"); r != out && isPrivateRole(r) {
			out = r // "주민3(손순예)": the third resident to speak
		}
		inStart := st + k + 1
		if isPrivateRole(in) && sc.lx.score(out) >= shapeName {
			mark(st, st+len(out))
		} else if isPrivateRole(out) && sc.lx.score(in) >= shapeName {
			mark(inStart, inStart+len(in))
		} else if isPrivateRole(out) && isLatinUpper(in[0]) && latinNameEnd(in, 0, len(in)) == len(in) {
			sc.add(inStart, inStart+len(in), TypeName, "name.speaker_latin", 0.85, MaskName(in))
		} else if isPrivateRole(out) {
			if se, ok := sc.spacedNameMin(inStart, inStart+len(in), 2); ok && se == inStart+len(in) {
				sc.add(inStart, se, TypeName, "name.speaker_spaced", 0.85, MaskName(in))
			}
		}
		return
	}
	// A Latin-script name anywhere in the head, after roles: "질의자 Jose
	// Reyes", "PHAM MINH TUAN 위원".
	for j := st; j < head; j++ {
		if isLatinUpper(s[j]) && (j == st || s[j-1] == ' ' || s[j-1] == '(') {
			if le := latinNameEnd(s, j, head); le > j {
				sc.add(j, le, TypeName, "name.speaker_latin", 0.85, MaskName(s[j:le]))
				return
			}
		}
	}
	// A spaced name anywhere in the head: "위원장 김 연 우", "질의자(서 가 안)".
	for j := st; j < head; j++ {
		if (j == st || s[j-1] == ' ' || s[j-1] == '(') && j+3 <= head && hangulAt(s, j) {
			if se, ok := sc.spacedName(j, head); ok {
				sc.add(j, se, TypeName, "name.speaker_spaced", 0.85, MaskName(s[j:se]))
				return
			}
		}
	}
	if isLatinUpper(h[0]) {
		return
	}
	if se, ok := sc.spacedName(st, head); ok {
		if rest := strings.TrimSpace(s[se:head]); rest == "" || isPrivateRole(rest) {
			sc.add(st, se, TypeName, "name.speaker_spaced", 0.85, MaskName(s[st:se]))
		}
		return
	}
	if k := strings.IndexByte(h, '('); k > 0 && strings.HasSuffix(h, ")") {
		// "주민 유예슬(구로동)": a note in brackets after role and name.
		h = strings.TrimSpace(h[:k])
		head = st + len(h)
	}
	ws := strings.Fields(h)
	if len(ws) >= 3 && len(ws) <= 5 && isPrivateRole(ws[len(ws)-1]) {
		// "○ 존 밀러 위원:", "아지즈 카리모프 위원장:": a transcribed name
		// before the role.
		if k := strings.LastIndexByte(h, ' '); k > 0 && sc.transcribedCell(st, st+k) {
			mark(st, st+k)
			return
		}
	}
	if len(ws) >= 3 && len(ws) <= 4 && isPrivateRole(strings.Join(ws[1:], " ")) && sc.lx.score(ws[0]) >= likelyName {
		mark(st, st+len(ws[0])) // "최동욱 아파트 동대표:"
		return
	}
	if len(ws) >= 2 && len(ws) <= 3 && !isPrivateRole(ws[len(ws)-1]) && !isPrivateRole(ws[0]) && sc.transcribedCell(st, head) && speech(s[min(head+1, e):e]) {
		mark(st, head) // "라흐마토프 아지즈: 사장님이 …": a transcribed name speaks
		return
	}
	switch len(ws) {
	case 1:
		// "[박선모] 지금부터 …", "문한누리: 저희 집엔 …": a speaker named
		// alone is a name if it reads as one and is no ordinary word.
		if sc.lx.score(h) >= strongName && !sc.lx.derived(h) && !sc.lx.compound(h) ||
			sc.lx.score(h) >= likelyName && !sc.lx.noun(h) && !sc.lx.derived(h) && !verbLike(h) && utf8.RuneCountInString(h) >= 3 && speech(s[min(head+1, e):e]) {
			mark(st, head)
		}
	case 2:
		a, b := ws[0], ws[1]
		bStart := st + strings.LastIndex(h, b)
		switch {
		case isPrivateRole(b) && (sc.lx.score(a) >= likelyName ||
			sc.lx.score(a) >= shapeName && utf8.RuneCountInString(a) == 3 && !sc.lx.noun(a) && !sc.lx.derived(a)):
			mark(st, st+len(a)) // "이석수 혐의자 :"
		case isPrivateRole(a) && sc.lx.score(b) >= likelyName:
			mark(bStart, bStart+len(b))
		}
	}
}

// colonIn returns the offset of the first ':' or '：' within the first
// max bytes of t, or -1.
func colonIn(t string, max int) int {
	if len(t) > max+3 {
		t = t[:max+3]
	}
	k := strings.IndexByte(t, ':')
	if f := strings.Index(t, "："); f >= 0 && (k < 0 || f < k) {
		k = f
	}
	if k > max {
		return -1
	}
	return k
}

// isTitle reports an official's position (시설주사, 지원관, 도시계획과장).
func isTitle(w string) bool {
	for _, t := range officialTitles {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// bodyWord reports the name of a body a person belongs to, which comes
// before the person's name in lists: 노인복지관, 희망복지지원과, ○○일보.
func bodyWord(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"관", "센터", "과", "팀", "일보", "신문", "방송", "협회", "학교", "병원", "의원", "위원회", "재단",
		"법인", "구청", "시청", "주민센터", "단체", "연합회", "협의회", "조합", "회사", "(주)", "공사", "공단", "연구원", "대학"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.HasPrefix(w, "○○") || strings.HasPrefix(w, "△△") || strings.HasSuffix(w, "방송") || strings.HasSuffix(w, "뉴스")
}

// isPrivateRole reports a role a citizen takes in minutes and lists:
// one of privateRoles, or a word ending like one (사회복지사, 방문간호사,
// 동대표, 상인회장) that is no official's position, perhaps after the body
// it belongs to ("아파트 동대표").
func isPrivateRole(w string) bool {
	if privateRoleSet[w] {
		return true
	}
	if last, _ := utf8.DecodeLastRuneInString(w); !roleLast.has(last) {
		return false
	}
	if k := strings.LastIndexByte(w, ' '); k >= 0 {
		w = w[k+1:]
	}
	if privateRoleSet[w] {
		return true
	}
	for _, t := range officialTitles {
		if strings.HasSuffix(w, t) {
			return false
		}
	}
	for _, suf := range privateRoleSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return true
		}
	}
	return false
}

// roleLast holds the last syllables of privateRoles and their suffixes,
// to turn most words away with one lookup.
var roleLast = func() *runeSet {
	set := newRuneSet(nil, false)
	for _, w := range append(append([]string(nil), privateRoles...), privateRoleSuffixes...) {
		r, _ := utf8.DecodeLastRuneInString(w)
		set.add(r)
	}
	return set
}()

// privateRoleSuffixes end the names of roles citizens take.
var privateRoleSuffixes = []string{"복지사", "간호사", "상담사", "치료사", "요양보호사", "활동가", "변호사", "세무사", "회계사", "노무사",
	"대표", "회장", "위원", "위원장", "주민", "원장", "연구원", "전문가", "관계자", "통장", "반장", "이장", "총무", "간사", "교수",
	"활동지원사", "보호사", "지도사", "강사", "봉사자", "자원봉사자", "봉사단원", "단원", "회원", "조합원", "입주민", "학부모"}

var privateRoleSet = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range privateRoles {
		m[r] = true
	}
	return m
}()

// wordNames reads the words of a line for names with particles (and,
// when foreign is set, for foreign names). It visits word starts only: the
// byte after a space, a bracket, a quote or a comma.
func (sc *scanner) wordNames(i, e int, lc *lineCtx, foreign bool) {
	s := sc.s
	for j := i; j < e; j++ {
		if j > i && !startAfter[s[j-1]] && !(j-i >= 3 && s[j-3] == 0xE2 && s[j-2] == 0x80 && (s[j-1] == 0x9C || s[j-1] == 0x98)) {
			continue // a word starts after a space, punctuation, “ or ‘
		}
		c := s[j]
		switch {
		case c >= 0xEA && c <= 0xED:
			// "이웃 김 옥 순 씨가": a spaced name before an honorific or
			// a particle.
			if j+7 < e && s[j+3] == ' ' && hangulAt(s, j+4) && (j+7 >= e || s[j+7] == ' ') {
				// A single syllable, a space, a single syllable: maybe a spaced name.
			} else {
				goto word
			}
			if se, ok := sc.spacedName(j, e); ok && (se < e && (honorificNext(s, se, e) || personAfter(s, se, e) || s[se] == '(' || particleAt(s[se:e])) ||
				alone(s, i, j, se, e)) {
				sc.add(j, se, TypeName, "name.spaced", 0.85, MaskName(s[j:se]))
				j = se - 1
				continue
			}
		word:
			if re := sc.roleName(j, e, lc); re > j {
				j = re - 1
				continue
			}
			we := j
			for we+2 < e && s[we] >= 0xEA && s[we] <= 0xED && hangulAt(s, we) {
				we += 3
			}
			if we == j {
				continue
			}
			n := (we - j) / 3
			if n >= 4 && n <= 8 {
				sc.particleName(j, we, e, lc)
			}
			if n <= 8 && (foreign || sc.anchorAhead(j, e) || lc.honored(sc.byteCounts())) {
				if fe := sc.transcribed(j, e, foreign); fe > j {
					sc.add(j, fe, TypeName, "name.foreign", 0.8, MaskName(s[j:fe]))
					j = fe - 1
					continue
				}
			}
			j = we - 1
		case isLatinUpper(c):
			// A Latin-script name on a line about foreigners, or with a
			// particle or honorific glued to it anywhere ("Jose Reyes는").
			if le := latinNameEnd(s, j, e); le > j && (foreign || le < e && isHangul(runeAt(s, le)) && particleAt(s[le:e]) || latinPersonAfter(s[le:e]) ||
				j > 0 && s[j-1] == ' ' && sc.roleBefore(j)) { // "참고인 Jose Reyes(…)"
				sc.add(j, le, TypeName, "name.foreign_latin", 0.85, MaskName(s[j:le]))
				j = le - 1
			}
		}
	}
}

// latinPersonAfter reports what follows a Latin-script name when it is
// a person's: an honorific ("Haoyu WANG 어르신은", "… 씨는") or the bracket
// of their particulars ("(23세, 여)", "(휴대전화 …").
func latinPersonAfter(t string) bool {
	if strings.HasPrefix(t, " ") {
		t = t[1:]
		return strings.HasPrefix(t, "씨") || strings.HasPrefix(t, "님") || strings.HasPrefix(t, "어르신") || strings.HasPrefix(t, "선생님") || strings.HasPrefix(t, "귀하")
	}
	if !strings.HasPrefix(t, "(") || len(t) < 3 {
		return false
	}
	in := t[1:]
	return isDigit(in[0]) && (strings.Contains(in[:min(len(in), 8)], "세") || digitsAt(in, 0) >= 6) ||
		strings.HasPrefix(in, "남") || strings.HasPrefix(in, "여") || contactWords[strings.SplitN(strings.SplitN(in, " ", 2)[0], ")", 2)[0]] ||
		strings.HasPrefix(in, "여권") || strings.HasPrefix(in, "외국인등록")
}

// transcribed reads a foreign name written in Hangul from j: two to four
// words ("사라 존슨", "레 티 란", "엥흐자르갈 도르지") that read as a
// transcription — one of them a known foreign name or made of the
// syllables transcriptions use — none an ordinary word, and the run
// followed by a particle, an honorific, a bracket or a comma. It returns
// the end of the name (before the particle), or j. Where the text names
// no foreigner (foreign false), only an honorific right after the run
// ("마리아 산토스 씨", "쏨차이 씨", "타나카 유키(52) 씨") says person.
func (sc *scanner) transcribed(j, e int, foreign bool) int {
	s := sc.s
	// Most words are Korean: their first syllable already says so.
	if sc.lx.alienness(s[j:min(e, j+3)]) < -1 && sc.lx.alienness(s[j:min(e, j+6)]) < -0.5 && !sc.knownPartAt(j, e) {
		return j
	}
	words := 0
	anchored := false // a word is a known foreign name part that anchors one
	var sum, top float64
	end := j
	k := j
	for k < e && words < 4 {
		we := k
		for we < e && hangulAt(s, we) {
			we += 3
		}
		if we == k || we-k > 24 {
			break
		}
		full := s[k:we]
		w := stripParticle(full)
		known := sc.lx.mayBeForeign(runeAt(full, 0))
		if known {
			if p, _ := sc.lx.foreignPart(full); p {
				w = full // "쏨차이", not 쏨차 with a particle
			} else if p, _ := sc.lx.foreignPart(full[:3]); p && len(full) == 6 && strings.Contains("은는이가의을를도와과", full[3:]) {
				w = full[:3] // "티 호아 레는": a part of one syllable, then its particle
			}
		}
		a := sc.lx.alienness(w)
		// Every word must read as a transcription, not as Korean: the
		// dictionaries' lists of foreign names are too noisy to trust
		// alone (의장, 자연 are names in them), the syllables are not;
		// the team's list of name parts (data/foreign.txt) is.
		part, anchor := false, false
		if known {
			part, anchor = sc.lx.foreignPart(w)
		}
		if known && !part && len(w) >= 9 && sc.lx.foreignCompound(w) {
			part, anchor = true, true // "압둘라예프루스탐": parts run together
		}
		if part {
			a = max(a, 1.5)
			anchored = anchored || anchor
		}
		if !part && (a < -0.5 || !foreign && a < 0.3 || notNames[w] || honorificWord(w) || isPrivateRole(w) || verbLike(w)) {
			break
		}
		words++
		sum += a
		top = max(top, a)
		end = k + len(w)
		if w != full || we >= e || s[we] != ' ' {
			break
		}
		k = we + 1
	}
	if words == 0 {
		return j
	}
	rest := s[end:e]
	mean := sum / float64(words)
	honorific := honorificNext(s, end, e) || ageThenHonorific(s, end, e)
	if words == 1 {
		// One word ("쏨차이 씨", "바트에르덴입니다") must read as a
		// transcription by its own syllables, and be followed by what
		// only follows a person.
		if w := s[j:end]; !anchored && (!sc.lx.foreignName(w) || utf8.RuneCountInString(w) < 3) ||
			!(honorific || (foreign || anchored) && (strings.HasPrefix(rest, "입니다") || strings.HasPrefix(rest, "에게") || roleNext(rest)) ||
				anchored && (particleAt(rest) || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, ","))) {
			return j
		}
		return end
	}
	if !foreign && !anchored && (!honorific || top < 1.0 || mean < 0.3) {
		return j
	}
	switch {
	case honorific:
		// "마리아 산토스 씨는": the honorific says person; the words need
		// only not read as Korean.
		if mean < 0 {
			return j
		}
	case particleAt(rest) || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, " (") || roleNext(rest) ||
		strings.HasPrefix(rest, " 외 ") || // "라하유 데위 외 40명"
		strings.HasPrefix(rest, " ") && isNation(firstWord(rest[1:])): // "4 라따나꾼 시리폰 태국 730810-…": a row's nationality
		if top < 1.0 || mean < 0.3 {
			return j
		}
	default:
		return j
	}
	if hasAny(s[j:end], foreignWords) || roleWord(s[j:end]) {
		return j
	}
	return end
}

// foreignWords reports whether the words of t read as a foreign name: one
// of them a known part of one (data/foreign.txt) or made of such parts
// ("리우양" = 리우 + 양), or their syllables those of transcriptions.
func (sc *scanner) foreignWords(t string) bool {
	for _, w := range strings.Fields(t) {
		if part, _ := sc.lx.foreignPart(w); part || sc.lx.foreignCompound(w) {
			return true
		}
	}
	return sc.lx.alienness(strings.ReplaceAll(t, " ", "")) >= 0.5
}

// anchorAhead reports whether one of the up to four words that
// transcribed reads from j may be a name part that anchors a name. Where
// the text names no foreigner, transcribed takes a run only after an
// honorific or with such an anchor, so without both it is not asked.
func (sc *scanner) anchorAhead(j, e int) bool {
	s := sc.s
	k := j
	for range 4 {
		we := k
		for we < e && hangulAt(s, we) {
			we += 3
		}
		if we == k || we-k > 24 {
			return false
		}
		if sc.lx.mayAnchor(s, k, we) {
			return true
		}
		if we >= e || s[we] != ' ' {
			return false
		}
		k = we + 1
	}
	return false
}

// knownPartAt reports whether the word at j is a known foreign name
// part.
func (sc *scanner) knownPartAt(j, e int) bool {
	if !sc.lx.mayBeForeign(runeAt(sc.s, j)) {
		return false
	}
	we := j
	for we < e && hangulAt(sc.s, we) {
		we += 3
	}
	full, _ := sc.lx.foreignPart(sc.s[j:we])
	part, _ := sc.lx.foreignPart(stripParticle(sc.s[j:we]))
	return full || part
}

// ageThenHonorific reports an age in brackets, then an honorific:
// "(52) 씨는".
func ageThenHonorific(s string, i, e int) bool {
	if i >= e || s[i] != '(' {
		return false
	}
	k := i + 1
	for k < e && isDigit(s[k]) {
		k++
	}
	if k == i+1 || k-i > 4 || k >= e || s[k] != ')' {
		return false
	}
	return honorificNext(s, k+1, e)
}

// roleNext reports a private role after a space: "존 밀러 위원:",
// "리우양 위원 :".
func roleNext(t string) bool {
	if !strings.HasPrefix(t, " ") {
		return false
	}
	w := t[1:]
	if k := strings.IndexAny(w, " :："); k >= 0 {
		w = w[:k]
	}
	return isPrivateRole(w)
}

// transcribedCell reports whether the whole of s[a:b] is a foreign name
// written in Hangul: one word that reads as a transcription ("바트에르덴",
// "쏨차이") or two to four ("아지즈 카리모프", "응우옌 반 안"), none an
// ordinary word — for cells and items, whose bounds say where a name
// would end, and whose place (a row of a person's values, a list that
// counts people) already says person: the syllables need only lean
// foreign.
func (sc *scanner) transcribedCell(a, b int) bool {
	// Every word must be Hangul: a cell with an ASCII letter, digit or
	// sign (most list items of a text) is turned away without being split.
	for i := a; i < b; i++ {
		if c := sc.s[i]; c < 0x80 && c != ' ' && (c < '\t' || c > '\r') {
			return false
		}
	}
	ws := strings.Fields(sc.s[a:b])
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	var sum, top float64
	for _, w := range ws {
		if !hangulWord(w) || len(w) > 15 || notNames[w] || honorificWord(w) || isPrivateRole(w) || roleWord(w) || verbLike(w) || placeWord(w) {
			return false
		}
		x := sc.lx.alienness(w)
		if x < -0.5 {
			return false
		}
		sum += x
		top = max(top, x)
	}
	if len(ws) == 1 {
		return sc.lx.foreignName(ws[0]) && utf8.RuneCountInString(ws[0]) >= 3
	}
	return top >= 0.6 && sum/float64(len(ws)) >= 0.3 && !hasAny(sc.s[a:b], foreignWords)
}

// particleAt reports a particle or ending at the start of t, followed
// by a space or punctuation: "는 ", "의 ", "에게 ".
func particleAt(t string) bool {
	for _, p := range nameParticles {
		if strings.HasPrefix(t, p) {
			rest := t[len(p):]
			return rest == "" || !isHangul(runeAt(rest, 0))
		}
	}
	return false
}

// startAfter marks the bytes after which a word starts.
var startAfter = func() (t [256]bool) {
	for _, c := range []byte(" \t\n([\"',.:;/<-") {
		t[c] = true
	}
	return t
}()

// particleName masks the word [j, we) of free text when it is a name by
// its letters with a particle or ending glued to it ("김철수에게",
// "공종민로"), and no dictionary knows it as an ordinary word.
func (sc *scanner) particleName(j, we, e int, lc *lineCtx) {
	s := sc.s
	r := runeAt(s, j)
	if !surnames1.has(r) && !hasSurname2(s[j:]) {
		return
	}
	w := s[j:we]
	core := stripParticle(w)
	if core == w || len(core) < 9 {
		return
	}
	p := w[len(core):]
	if !personalParticle[p] && !(we >= e || s[we] == ' ' || s[we] == ',' || s[we] == '.') {
		return
	}
	if p == "의" && hasPrefixAny(strings.TrimLeft(s[we:e], " "), personNouns) {
		p = "에게" // "한태안의 민원", "김누리별의 성명": what only a person has
	}
	if personalParticle[p] {
		// 에게, 께서, 씨, 님: endings that follow people.
		if sc.lx.score(core) < likelyName || verbLike(core) || sc.lx.derived(core) && strings.ContainsRune("자인원들분측", runeAt(core, len(core)-3)) {
			return // "제외자에게": a noun for people, not a name
		}
	} else {
		score := sc.lx.score(core)
		if score < likelyName || verbLike(core) || sc.lx.derived(core) {
			return
		}
		// A bare case particle (은, 의, 로 …) ends compounds as often as
		// names: the first two syllables must not be a word themselves,
		// unless a word for a citizen right before says who the word is
		// ("게시자 구상철은", "보호자 남솔의").
		if (score < strongName || sc.lx.compound(core)) && (!personBefore(s, j) || sc.lx.noun(core)) {
			return
		}
	}
	if lc.isOffice() && !lc.isDisc() || !lc.isDisc() && officialNear(s, j, j+len(core)) || sc.exempt(core) {
		return
	}
	sc.add(j, j+len(core), TypeName, "name.particle", 0.8, MaskName(core))
}

// wordBoundary reports a byte that may stand before a word: a space, a
// bracket, a quote or punctuation, not a digit or a letter ("제1호가목").
func wordBoundary(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '(', '[', '"', '\'', ',', '.', ':', ';', '/', '<', '-':
		return true
	}
	return c >= 0x80
}

// firstWord returns the Hangul word at the start of t.
func firstWord(t string) string {
	w, _ := wordAt(t, 0, len(t))
	return w
}

// honorificNext reports 씨, 님 or 귀하 right after i, glued or after a
// space.
func honorificNext(s string, i, e int) bool {
	if i < e && s[i] == ' ' {
		i++
	}
	return hasPrefixAny(s[i:e], []string{"씨", "님", "귀하"})
}

// personBefore reports a word for a citizen right before j on its line:
// a private role (보호자, 신청인) or a header of names (합격자, 게시자).
func personBefore(s string, j int) bool {
	k := j
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == j {
		return false
	}
	st := k
	for st > 0 && s[st-1] != ' ' && s[st-1] != '\n' && s[st-1] != '\t' {
		st--
	}
	w := strings.TrimLeft(s[st:k], "(“\"'")
	if w == "" || strings.HasSuffix(w, ":") || strings.HasSuffix(w, "：") {
		return false // "위원: 원안대로": a speaker and what they said
	}
	return isPrivateRole(w) || labelRoles[w] == roleName
}

// speech reports text that reads as what someone said: a sentence of
// some length that ends like spoken Korean, not a label's value
// ("감사반장 사무관 이종…").
func speech(t string) bool {
	t = strings.TrimSpace(t)
	if utf8.RuneCountInString(t) < 8 {
		return false
	}
	return hasAny(t, []string{"다.", "요.", "요?", "까?", "니다", "습니다", "어요", "예요", "해요", "네요", "죠"}) || strings.HasSuffix(t, "요") || strings.HasSuffix(t, "다")
}

// signedBy masks the writer of a letter or an e-mail on its closing
// line: "채화민 올림", "박나덕 드림", "정채훈 배상".
func (sc *scanner) signedBy(i, e int) {
	s := sc.s
	t := strings.TrimSpace(s[i:e])
	k := strings.LastIndexByte(t, ' ')
	if k <= 0 {
		return
	}
	switch t[k+1:] {
	case "드림", "올림", "배상", "拜上", "씀":
	default:
		return
	}
	w := strings.TrimSpace(t[:k])
	if a := i + strings.Index(s[i:e], w); sc.nameAlone(w) {
		sc.add(a, a+len(w), TypeName, "name.signature", 0.85, MaskName(w))
	}
}

// nameAlone reports a word standing where only a name can stand (a
// closing line, a list item before its bracket): Latin words, or a Hangul
// word of a name's shape that is no ordinary word, title, role or body.
func (sc *scanner) nameAlone(w string) bool {
	if latinWords(w) {
		return true
	}
	return hangulWord(w) && sc.lx.score(w) >= shapeName && !sc.lx.noun(w) && !sc.exempt(w) && !isTitle(w) && !roleWord(w) && !bodyWord(w)
}

// personAfter reports a word for a person after a name: "지 준 호
// 어르신", "김 덕 배 군(17세)".
func personAfter(s string, i, e int) bool {
	if i < e && s[i] == ' ' {
		i++
	}
	return hasPrefixAny(s[i:e], privateRoles) // "할머니는", "위원)"
}

// alone reports a spaced name that stands by itself on its line [ls, e)
// from a to b: nothing before it but a bullet, a number or an opening
// bracket or quote, and nothing after it but the end of the line, a
// closing bracket or quote, or a separator.
func alone(s string, ls, a, b, e int) bool {
	before := strings.TrimSpace(s[ls:a])
	before = strings.TrimLeft(before, "-·•○●◦▶□■ㅇ*0123456789.) ")
	if before != "" && !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, "“") && !strings.HasSuffix(before, "\"") &&
		!strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "·") && !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, "：") {
		return false
	}
	after := strings.TrimLeft(s[b:e], " ")
	return after == "" || strings.IndexByte(",()/|\"'", after[0]) >= 0 || hasPrefixAny(after, []string{"·", "”", "’", "（"})
}

// personNote reports what may follow a name in a list of people: the end
// of the line, a bracketed note, a comma, or a private role.
func personNote(s string, we, e int) bool {
	rest := strings.TrimLeft(s[we:e], " ")
	if rest == "" || rest[0] == '(' || rest[0] == ',' || rest[0] == '/' || strings.HasPrefix(rest, "（") ||
		strings.HasPrefix(rest, "외 ") || strings.HasPrefix(rest, "등 ") {
		return true
	}
	for _, r := range privateRoles {
		if strings.HasPrefix(rest, r) {
			return true
		}
	}
	return false
}

// personNouns are what only a person has: after "X의", they make X a
// person.
var personNouns = []string{"민원", "성명", "주소", "연락처", "전화번호", "생년월일", "주민등록번호", "출국", "입국", "체류", "대리인",
	"전자우편", "이메일", "계좌", "카드", "납부", "휴대전화", "휴대폰", "집", "자택", "차량", "명의", "진료", "소득",
	"배우자", "자녀", "가족", "진술", "의견", "신청", "요청", "청구", "동의", "서명", "위임", "건강", "병력", "치료", "사망", "부상"}

// personalParticle are endings that follow people: 에게, 께서, 씨, 님,
// 귀하, 입니다.
var personalParticle = map[string]bool{"이었습니다": true, "입니다": true, "에게서": true, "께서는": true, "께서": true, "에게는": true,
	"에게": true, "한테": true, "님께서": true, "님께": true, "님의": true, "님은": true, "님이": true, "님을": true, "님": true, "씨는": true,
	"씨가": true, "씨의": true, "씨를": true, "씨에게": true, "씨": true, "귀하": true, "께": true}

// clockStamp returns the end of a time stamp in brackets at j
// ("[00:12:49]", "[12:49]"), or j.
func clockStamp(s string, j, e int) int {
	if j >= e || s[j] != '[' {
		return j
	}
	k := j + 1
	for n := 0; n < 3; n++ {
		if k+2 > e || !isDigit(s[k]) || !isDigit(s[k+1]) {
			return j
		}
		k += 2
		if k < e && s[k] == ']' && n >= 1 {
			return k + 1
		}
		if k >= e || s[k] != ':' {
			return j
		}
		k++
	}
	return j
}

// chatLine reads the sender of a message copied from a messenger, which
// is a person whatever the name looks like: "[옥아름솔] [오전 8:33] …"
// (a PC export) or "2024. 1. 5. 오후 3:20, 홍길동 : …" (a phone's).
func (sc *scanner) chatLine(i, e int) {
	s := sc.s
	a, b := -1, -1
	if s[i] == '[' {
		k := strings.IndexByte(s[i:e], ']')
		if k < 2 || k > 40 {
			return
		}
		rest := strings.TrimLeft(s[i+k+1:e], " ")
		if !strings.HasPrefix(rest, "[") || !clockAt(rest[1:]) {
			return
		}
		a, b = i+1, i+k
	} else {
		k := strings.Index(s[i:e], ", ")
		if k < 0 || k > 30 || !strings.ContainsAny(s[i:i+k], "0123456789") || !clockEnds(s[i:i+k]) {
			return
		}
		a = i + k + 2
		c := strings.Index(s[a:e], " : ")
		if c < 2 || c > 40 {
			return
		}
		b = a + c
	}
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	name := s[a:b]
	if name == "" || isTitle(name) || roleOf(name) != roleNone || sc.exempt(name) {
		return
	}
	if c, ok := syllablesOnly(name); ok && len(c) >= 6 && len(c) <= 15 || isLatinUpper(name[0]) && latinNameEnd(name, 0, len(name)) == len(name) {
		sc.add(a, b, TypeName, "name.chat", 0.85, MaskName(name))
	}
}

// clockAt reports whether t starts with a time of day: "오전 8:33]",
// "09:43]", "오후 5:20]".
func clockAt(t string) bool {
	t = strings.TrimPrefix(strings.TrimPrefix(t, "오전 "), "오후 ")
	k := strings.IndexByte(t, ':')
	return k >= 1 && k <= 2 && len(t) > k+2 && isDigit(t[0]) && isDigit(t[k+1]) && isDigit(t[k+2])
}

// clockEnds reports whether t ends with a time of day ("… 오후 3:20").
func clockEnds(t string) bool {
	k := strings.LastIndexByte(t, ' ')
	return k >= 0 && clockAt(t[k+1:]+"]")
}

// nameLabels are the labels whose next cell on a form's row is a
// person's name.
var nameLabels = map[string]bool{"성명": true, "이름": true, "성함": true, "대표자": true, "대표자명": true, "예금주": true, "신청인": true, "수령인": true}

// labelPairs reads, on every such line, what the layout's paired rows
// (layout.headerless, pairedRow) miss: a row led by whose particulars
// they are, a qualified label, and a value its form reading would refuse
// for want of a dictionary's confidence (a rare given name). Tried as a
// change to the layout instead, it lost recall on two corpora.
//
// labelPairs reads a form's row of labels and values split by tabs or
// '|' ("대리인	성명	국선서	주민등록번호	070127-…", "대  표  자	민 기 현
// (인)	FAX	…"): the cell after a name label is the name, however it
// is spaced, with a seal mark after it.
func (sc *scanner) labelPairs(i, e int) {
	s := sc.s
	cs := rowFields(s, i, e)
	for k := 0; k+1 < len(cs); k++ {
		label := squeeze(s[cs[k].start:cs[k].end])
		if o := strings.IndexByte(label, '('); o > 0 {
			label = label[:o] // "성명(상호)"
		}
		if !nameLabels[label] {
			continue
		}
		v := cs[k+1]
		t := s[v.start:v.end]
		for _, seal := range []string{"(인)", "(서명)", "(날인)"} {
			if j := strings.Index(t, seal); j >= 0 {
				t = t[:j]
			}
		}
		t = strings.TrimRight(t, " ")
		if t == "" || nameLabels[squeeze(t)] || roleOf(t) != roleNone {
			continue
		}
		if sc.nameLine(t) {
			sc.add(v.start, v.start+len(t), TypeName, "name.form_pair", 0.85, MaskName(t))
		}
	}
}

// brokenName masks a name written over a line's end, [a, k) then (k, e),
// if the two parts join into one that reads as a name.
func (sc *scanner) brokenName(a, k, e int) {
	s := sc.s
	p1 := strings.TrimSpace(s[a:k])
	p2 := strings.TrimSpace(s[k+1 : e])
	j := p1 + p2
	n := utf8.RuneCountInString(j)
	if !hangulWord(p1) || !hangulWord(p2) || n < 2 || n > 5 || sc.lx.noun(j) && n > 2 || sc.exempt(j) || roleWord(j) ||
		sc.lx.score(j) < shapeName && !(n >= 4 && hasSurname2(j)) {
		return
	}
	a1 := a + strings.Index(s[a:k], p1)
	a2 := k + 1 + strings.Index(s[k+1:e], p2)
	m1, m2 := splitMask(MaskName(j), utf8.RuneCountInString(p1))
	sc.add(a1, a1+len(p1), TypeName, "name.cell_broken", 0.8, m1)
	sc.add(a2, a2+len(p2), TypeName, "name.cell_broken", 0.8, m2)
}
