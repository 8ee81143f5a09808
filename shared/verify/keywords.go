package verify

import (
	"strings"
	"unicode/utf8"
)

// idKeywords name an identifier; each should be followed by a masked
// value or none at all.
var idKeywords = []struct {
	word, typ string
	digits    int // unmasked digits after the keyword that raise a doubt
}{
	{"주민등록번호", "rrn", 6}, {"주민번호", "rrn", 6}, {"외국인등록번호", "frn", 6}, {"여권번호", "passport", 6},
	{"면허번호", "driver_licence", 6}, {"카드번호", "card", 8}, {"계좌번호", "account", 8}, {"계좌", "account", 9},
	{"휴대폰", "mobile", 7}, {"휴대전화", "mobile", 7}, {"핸드폰", "mobile", 7}, {"연락처", "phone", 8},
	{"전화번호", "phone", 8}, {"자택", "phone", 7}, {"생년월일", "birth_date", 6}, {"출생", "birth_date", 6},
	{"생일", "birth_date", 6}, {"DOB", "birth_date", 6}, {"Date of birth", "birth_date", 6},
	{"차량번호", "vehicle_plate", 4}, {"접속 IP", "ip", 7}, {"IP 주소", "ip", 7}, {"아이피", "ip", 7},
}

// keywordResidue flags an identifier keyword followed, on its line and
// within a short distance, by enough unmasked digits.
func keywordResidue(s string, occ hits) []Doubt {
	var ds []Doubt
	for _, k := range idKeywords {
		for _, j := range occ[k.word] {
			from := j + len(k.word)
			if strings.HasPrefix(s[from:], ")") {
				continue // "(생년월일)": a note on the value before it
			}
			w := lineAfter(s, from, 40)
			n, end := 0, -1
			for i := 0; i < len(w); {
				r, size := utf8.DecodeRuneInString(w[i:])
				if r == '*' || r == 'X' && n > 0 && i > 0 && (w[i-1] == '-' || w[i-1] == 'X') || r == '○' && n > 0 {
					// 'X' and '○' mask digits as '*' does: "010-XXXX-2177".
					// A masked value ("900101-1******", "010-****-5678")
					// means the keyword has its match; other stars
					// (Markdown "**①**") just end the look.
					if n == 0 || i > 0 && (digit(w[i-1]) || w[i-1] == '-' || w[i-1] == '.') {
						n = -1
					}
					break
				}
				if r >= '0' && r <= '9' {
					n++
					end = i + 1
				} else if r >= 0x80 && n > 0 && r != '년' && r != '월' && r != '일' && !plateSyllable(r) {
					break // the digits ended at a word (e.g. "제12조")
				}
				i += size
			}
			if n >= k.digits && !hasWord(w[:max(0, end)], codeWords) && !orgAccount(s, from+end) && !bizNumber(w, end) {
				ds = append(ds, Doubt{Type: DoubtKeyword, Rule: "keyword." + k.typ, Start: j, End: from + end,
					Reason: "the keyword " + k.word + " is followed by unmasked digits"})
			}
		}
	}
	return ds
}

// bizNumber reports a business registration number (ddd-dd-ddddd)
// ending at end of w: a company's, public, even under a label that also
// names a resident number ("주민등록번호 (사업자등록번호)").
func bizNumber(w string, end int) bool {
	if end < 12 {
		return false
	}
	parts := strings.Split(w[end-12:end], "-")
	return len(parts) == 3 && len(parts[0]) == 3 && len(parts[1]) == 2 && len(parts[2]) == 5 && allDigits(parts[0]+parts[1]+parts[2]) &&
		(end == 12 || !digit(w[end-13]))
}

func plateSyllable(r rune) bool {
	return strings.ContainsRune("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주바사아자배하허호", r)
}

// placeAfter reports words after a building number that make it a
// place on the road, not a home: "일대", "앞 보도", "부근".
func placeAfter(t string) bool {
	return hasPrefixWord(t, []string{"일대", "앞", "부근", "인근", "일원", "사거리", "교차로", "주변"})
}

// publicPlaces end the names of places the public goes to.
var publicPlaces = []string{"센터", "청", "관", "원", "학교", "소", "서", "공원", "시장", "빌딩", "타워", "실", "강당", "아파트", "터미널", "우체국", "교회", "성당", "광장", "어린이집", "경로당"}

// publicPlaceSeat reports a road and number in brackets right after the
// name of a public place, "가족센터(서울특별시 영등포구 문래로 91)", with
// no unit in or right after the brackets, and no word of a home on the
// line: the place's seat. j is the road's end, e the number's.
func publicPlaceSeat(s string, j, e int) bool {
	line := lineBefore(s, j, 120)
	o := strings.LastIndexByte(line, '(')
	if o < 0 || strings.ContainsRune(line[o:], ')') {
		return false
	}
	name := strings.TrimRight(line[:o], " ")
	if k := strings.LastIndexAny(name, " \t"); k >= 0 {
		name = name[k+1:]
	}
	if utf8.RuneCountInString(name) < 3 || hasWord(line, []string{"주소", "거주", "자택", "사는", "주택"}) {
		return false
	}
	placed := false
	for _, w := range publicPlaces {
		placed = placed || strings.HasSuffix(name, w)
	}
	if !placed {
		return false
	}
	c := strings.IndexByte(s[e:min(len(s), e+40)], ')')
	if c < 0 {
		return false
	}
	tail := s[e:min(len(s), e+c+10)]
	return !strings.ContainsAny(tail, "호층") && !strings.Contains(tail, "동 ")
}

// addressResidue flags the unmasked parts of a private address: a
// building number after a road name within an address line, and
// apartment units ("101동 1004호").
func addressResidue(s string, occ hits) []Doubt {
	var ds []Doubt
	// Building numbers: "…로 123" or "…길 12" on a line that names a
	// district (…구, …시, …군) or speaks of a home.
	for _, road := range []string{"로 ", "길 "} {
		for _, j := range occ[road] {
			// "테헤란로7길 12": digits may sit inside the road name.
			from := j + len(road)
			if from >= len(s) || !digit(s[from]) || j < 3 {
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(s[:j]); r == '으' || !hangul(r) && !(road == "길 " && digit(byte(r))) {
				continue // "…으로 3년": a particle, not a road
			}
			e := from
			for e < len(s) && digit(s[e]) {
				e++
			}
			if r, _ := utf8.DecodeRuneInString(s[e:]); strings.ContainsRune("년월일개명원조항세%번길", r) {
				continue
			}
			line := lineBefore(s, j, 90) + lineAfter(s, e, 40)
			if !districtNamed(lineBefore(s, j, 90)) && !hasWord(line, []string{"주소", "거주", "자택", "사는"}) {
				continue
			}
			if hasWord(s[max(0, j-150):j], corporateWords) && !hasWord(line, []string{"주소", "거주", "자택", "사는"}) {
				continue // a corporation's seat, named on the lines before
			}
			if publicPlaceSeat(s, j, e) {
				continue
			}
			if after := strings.TrimLeft(s[e:min(len(s), e+16)], " -0123456789"); placeAfter(after) {
				continue // "능동로 182 일대", "성미산로 190 앞 보도": a place on the road
			}
			ds = append(ds, Doubt{Type: DoubtPattern, Rule: "pattern.building_number", Start: from, End: e,
				Reason: "a building number in a private address is left unmasked"})
		}
	}
	// Units: digits then 동, a space, digits then 호.
	for _, j := range occ["동 "] {
		st := j
		for st > 0 && digit(s[st-1]) {
			st--
		}
		e := j + len("동 ")
		k := e
		for k < len(s) && digit(s[k]) {
			k++
		}
		if j-st >= 2 && k > e && strings.HasPrefix(s[k:], "호") {
			ds = append(ds, Doubt{Type: DoubtPattern, Rule: "pattern.unit", Start: st, End: k + len("호"),
				Reason: "an apartment unit is left unmasked"})
		}
	}
	return ds
}

// dateBack reads a date backwards from the end of w: the digits it holds
// and where it starts (digits, . - / spaces and 년 월 일).
func dateBack(w string) (digits, start int) {
	start = len(w)
	for i := len(w); i > 0; {
		r, size := utf8.DecodeLastRuneInString(w[:i])
		if r >= '0' && r <= '9' {
			digits++
		} else if !(r == '.' || r == '-' || r == '/' || r == ' ' || r == '년' || r == '월' || r == '일') {
			break
		}
		i -= size
		start = i
	}
	return digits, start
}

// bornSuffix flags a date written with 생 after it ("1990. 1. 1.생",
// "(900101생)"): a date of birth.
func bornSuffix(s string, occ hits) []Doubt {
	var ds []Doubt
	for _, j := range occ["생"] {
		from := j + len("생")
		if r, _ := utf8.DecodeRuneInString(s[from:]); hangul(r) {
			continue // 생활, 생산, 생년월일 …
		}
		w := lineBefore(s, j, 32)
		n, st := dateBack(w)
		if n >= 6 {
			a := j - len(w) + st
			for a < j && s[a] == ' ' {
				a++
			}
			ds = append(ds, Doubt{Type: DoubtKeyword, Rule: "keyword.born", Start: a, End: j,
				Reason: "a date followed by 생 (born) is left unmasked"})
		}
	}
	return ds
}

// bornNotes mark the date before them as a date of birth.
var bornNotes = []string{"(생년월일)", "(출생)", "(생일)", "(DOB)"}

// bornNote flags a date followed by a bracketed birth note, as in
// "1990-01-01 (생년월일)".
func bornNote(s string, occ hits) []Doubt {
	var ds []Doubt
	for _, note := range bornNotes {
		for _, j := range occ[note] {
			w := strings.TrimRight(lineBefore(s, j, 24), " ")
			n, st := dateBack(w)
			if n >= 6 {
				a := j - len(lineBefore(s, j, 24)) + st
				for a < j && s[a] == ' ' {
					a++
				}
				ds = append(ds, Doubt{Type: DoubtKeyword, Rule: "keyword.born_note", Start: a, End: j,
					Reason: "a date noted as a date of birth is left unmasked"})
			}
		}
	}
	return ds
}

// districtNamed reports a Hangul word ending in 구, 시 or 군 followed by a
// space, as in "마포구 ", "수원시 ".
func districtNamed(w string) bool {
	for _, u := range []string{"구 ", "시 ", "군 "} {
		for from := 0; ; {
			j := strings.Index(w[from:], u)
			if j < 0 {
				break
			}
			j += from
			from = j + len(u)
			if r, _ := utf8.DecodeLastRuneInString(w[:j]); hangul(r) {
				return true
			}
		}
	}
	return false
}

// patterns flags shapes that layer 1 should always have masked: plates
// near a vehicle word, four dotted octets, passport-like codes.
func patterns(s string) []Doubt {
	var ds []Doubt
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case digit(c) && (i == 0 || !digit(s[i-1]) && s[i-1] != '.'):
			// 12가3456 / 123가 4567
			j := i
			for j < len(s) && digit(s[j]) {
				j++
			}
			if n := j - i; n == 2 || n == 3 {
				k := j
				if k < len(s) && s[k] == ' ' {
					k++
				}
				r, size := utf8.DecodeRuneInString(s[k:])
				if size == 3 && plateSyllable(r) {
					m := k + size
					if m < len(s) && s[m] == ' ' {
						m++
					}
					e := m
					for e < len(s) && digit(s[e]) {
						e++
					}
					if e-m == 4 && (e == len(s) || !digit(s[e])) && hasWord(lineBefore(s, i, 60)+lineAfter(s, e, 20), []string{"차", "주차", "운전", "번호판"}) {
						ds = append(ds, Doubt{Type: DoubtPattern, Rule: "pattern.plate", Start: i, End: e, Reason: "a vehicle plate is left unmasked"})
					}
				}
			}
			// IPv4
			if e, ok := octets(s, i); ok {
				// "보안 패치 버전 [7.0.12.65]", "v1.4.23.197": a software
				// version has four numbers too.
				if !versionBefore(lineBefore(s, i, 24)) {
					ds = append(ds, Doubt{Type: DoubtPattern, Rule: "pattern.ipv4", Start: i, End: e, Reason: "an IP address is left unmasked"})
				}
				i = e
			}
		case (c == 'M' || c == 'S' || c == 'R') && (i == 0 || !alnum(s[i-1])):
			e := i + 1
			for e < len(s) && (digit(s[e]) || ('A' <= s[e] && s[e] <= 'Z')) {
				e++
			}
			if e-i == 9 && (e == len(s) || !alnum(s[e])) && countDigits(s[i+1:e]) >= 7 {
				ds = append(ds, Doubt{Type: DoubtPattern, Rule: "pattern.passport", Start: i, End: e, Reason: "a passport-like number is left unmasked"})
			}
		}
	}
	return ds
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if digit(s[i]) {
			n++
		}
	}
	return n
}

// octets reads a.b.c.d at i with every part 0..255.
func octets(s string, i int) (int, bool) {
	j := i
	for part := 0; part < 4; part++ {
		st, v := j, 0
		for j < len(s) && digit(s[j]) && j-st < 4 {
			v = v*10 + int(s[j]-'0')
			j++
		}
		if j == st || j-st > 3 || v > 255 {
			return 0, false
		}
		if part < 3 {
			if j >= len(s) || s[j] != '.' {
				return 0, false
			}
			j++
		}
	}
	if j < len(s) && (digit(s[j]) || s[j] == '.' && j+1 < len(s) && digit(s[j+1])) {
		return 0, false
	}
	return j, true
}

// versionBefore reports words that say the numbers after them are a
// version: "버전 [", "Ver. ", "v".
func versionBefore(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " [(:"))
	return strings.HasSuffix(b, "버전") || strings.HasSuffix(b, "version") || strings.HasSuffix(b, "ver.") || strings.HasSuffix(b, "ver") ||
		strings.HasSuffix(b, "v") && (len(b) == 1 || b[len(b)-2] == ' ')
}
