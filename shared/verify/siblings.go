package verify

import (
	"strings"
	"unicode/utf8"
)

// Names come in sets: the attendees of a meeting, the rows of a payment
// table, the speakers of minutes. Once layer 1 has masked some of a set,
// a sibling left bare — a word of the same shape in the same column, list
// or run of lines — is a name it missed far more often than a word that
// happens to sit there. Verify looks for masked names and then at their
// siblings; it needs no list of markers or headers to do so.

// maskedName reports a masked Korean name: a surname, then '*', '○' or
// 'O' for the hidden syllables, perhaps the last syllable kept (홍*동,
// 김*, 남**수, 김○○, 이OO).
func maskedName(t string) bool {
	t = strings.TrimSpace(t)
	r, size := utf8.DecodeRuneInString(t)
	if !hangul(r) {
		return false
	}
	rest := t[size:]
	if r2, size2 := utf8.DecodeRuneInString(rest); hangul(r2) && surnameStart(t[:size+size2]) && hasPrefix2(t) {
		rest = rest[size2:] // a two-syllable surname
	}
	n := 0
	for len(rest) > 0 {
		c, sz := utf8.DecodeRuneInString(rest)
		if c != '*' && c != '○' && c != 'O' && c != '◯' && c != '△' && c != '□' {
			break
		}
		n++
		rest = rest[sz:]
	}
	if n == 0 {
		return false
	}
	if rest == "" {
		return true
	}
	last, sz := utf8.DecodeRuneInString(rest)
	return hangul(last) && len(rest) == sz
}

// bareName reports a word shaped like a Korean name and left whole: two
// to four syllables led by a common surname, none a title or role word.
func bareName(t string) bool {
	t = strings.TrimSpace(t)
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 4 || !surnameStart(t) || notPersons[t] || titled(t) {
		return false
	}
	for _, r := range t {
		if !hangul(r) {
			return false
		}
	}
	if hasWord(t, []string{"은행", "센터", "공원", "시장", "학교", "병원", "주식", "회사", "과장", "팀장"}) || provinces[t] || strings.HasSuffix(t, "병") {
		return false // a bank, a province, a disease (조현병)
	}
	// Header words and the names of things end like these: 소재지,
	// 처리결과, 응시번호, 장수산업, 주민대표, 시설주사보.
	for _, suf := range []string{"지", "과", "명", "번호", "일자", "결과", "요지", "내용", "분야", "구분", "대표", "산업", "주사", "주사보",
		"법인", "기관", "단체", "금액", "장소", "일시", "사유", "현황", "계획", "방법", "기간", "사항", "부서", "업체", "국", "급", "뱅크",
		"금고", "협", "예금주", "액", "월일", "주소", "처리", "요구", "위반일", "접수일", "처리일", "봉사상", "모범상", "공로상", "효행상", "장려상", "우수상", "대상",
		"지급일", "신청일", "등록일", "납부일", "발급일", "만료일", "결정일", "통지일", "선정일", "입국일", "출국일", "입소일", "퇴소일"} {
		if strings.HasSuffix(t, suf) {
			return false
		}
	}
	return true
}

// personWord returns the first word of t with any role before it or note
// after it dropped: "위원 김철수" → 김철수, "김철수(주민)" → 김철수.
func personWord(t string) (string, int) {
	t0 := t
	t = strings.TrimLeft(t, " \t○●◦·-□■▶◇◆*•ㅇ")
	off := len(t0) - len(t)
	if k := strings.IndexAny(t, "(（"); k > 0 {
		t = t[:k]
	}
	ws := strings.Fields(t)
	if len(ws) == 0 {
		return "", 0
	}
	w := ws[0]
	if len(ws) >= 2 && (notPersons[w] || strings.HasSuffix(w, "사") || strings.HasSuffix(w, "원")) && len(ws[1]) <= 12 {
		// "위원 김철수", "사회복지사 이재민": the role, then the name.
		off += strings.Index(t, ws[1])
		return ws[1], off
	}
	return w, off + strings.Index(t, w)
}

// hasPrefixWord reports whether t starts with one of words.
func hasPrefixWord(t string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// siblingNames flags bare name-shaped words beside masked names: items of
// one list line, cells of one column, and the first words of a run of
// bulleted or one-cell lines.
func siblingNames(s string, exempt []string) []Doubt {
	var ds []Doubt
	flag := func(a, b int) {
		w := s[a:b]
		if isExempt(w, exempt) {
			return
		}
		if next := strings.TrimLeft(s[b:min(len(s), b+24)], " \t"); strings.HasSuffix(w, "동") && hasPrefixWord(next, []string{"주민센터", "행정복지센터", "동사무소", "일대", "일원", "소재", "주민"}) {
			return // "봉천동 주민센터": a neighbourhood, not 홍길동
		}
		ds = append(ds, Doubt{Type: DoubtName, Rule: "name.sibling", Start: a, End: b,
			Reason: "a name-shaped word is left bare beside masked names"})
	}
	lines, offs := splitLines(s)
	// Items of one line: "참석: 김*수, 이영희, 박*수".
	for i, l := range lines {
		if strings.Count(l, ",")+strings.Count(l, "·")+strings.Count(l, "、") < 1 || officeLine(l) {
			continue
		}
		items := strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == '·' || r == '、' || r == ';' })
		masked := 0
		for _, it := range items {
			if w, _ := personWord(it); maskedName(w) {
				masked++
			}
		}
		if masked == 0 {
			continue
		}
		from := 0
		for _, it := range items {
			k := strings.Index(l[from:], it)
			if k < 0 {
				continue
			}
			at := from + k
			from = at + len(it)
			if w, off := personWord(it); bareName(w) && utf8.RuneCountInString(w) >= 3 {
				flag(offs[i]+at+off, offs[i]+at+off+len(w))
			}
		}
	}
	// Columns of rows split by '|' or tabs, and first words of runs of
	// lines (bullets, one cell per line): a block ends at a blank line.
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" && !officeLine(lines[j]) {
			j++
		}
		if j-i >= 2 {
			blockSiblings(lines[i:j], offs[i:j], flag)
		}
		i = j + 1
	}
	return ds
}

// blockSiblings looks at one block of lines: cells by column when the
// lines are rows, the first word of each line otherwise.
func blockSiblings(lines []string, offs []int, flag func(a, b int)) {
	sep := rowSep(lines[0])
	if sep != 0 {
		masked := map[int]bool{}
		for _, l := range lines {
			for c, cl := range splitCells(l, sep) {
				if w, _ := personWord(l[cl[0]:cl[1]]); maskedName(w) {
					masked[c] = true
				}
			}
		}
		for i, l := range lines {
			for c, cl := range splitCells(l, sep) {
				if !masked[c] {
					continue
				}
				cellText := strings.TrimSpace(l[cl[0]:cl[1]])
				if k := strings.IndexAny(cellText, "(（"); k > 0 {
					cellText = strings.TrimSpace(cellText[:k])
				}
				if w, off := personWord(l[cl[0]:cl[1]]); bareName(w) && utf8.RuneCountInString(w) >= 3 && cellText == w && !hasWord(l, corporateWords) {
					flag(offs[i]+cl[0]+off, offs[i]+cl[0]+off+len(w))
				}
			}
		}
		return
	}
	// The first word of each line: bullets, speakers, one cell per line.
	masked := 0
	for _, l := range lines {
		if w, _ := personWord(l); maskedName(strings.TrimRight(w, ":：")) {
			masked++
		}
	}
	if masked == 0 {
		return
	}
	for i, l := range lines {
		w, off := personWord(l)
		w = strings.TrimRight(w, ":：")
		rest := strings.TrimSpace(l[min(len(l), off+len(w)):])
		// The word must stand for a person: alone on its line, or before
		// a colon, a bracket or a role.
		n := utf8.RuneCountInString(w)
		if bareName(w) && (n == 3 || n == 4 && hasPrefix2(w)) && !hasWord(l, corporateWords) && (rest == "" || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "(") ||
			strings.HasPrefix(l[min(len(l), off+len(w)):], ":") || hasWord(rest[:min(len(rest), 12)], []string{"위원", "주민", "씨", "님"})) {
			flag(offs[i]+off, offs[i]+off+len(w))
		}
	}
}

// provinces are the names of provinces, which a column of addresses starts
// with and which begin like a surname (전라남도, 경기도).
var provinces = map[string]bool{"경기도": true, "강원도": true, "충청남도": true, "충청북도": true, "전라남도": true, "전라북도": true,
	"경상남도": true, "경상북도": true, "제주도": true}
