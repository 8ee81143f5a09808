package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lists of people that say how many they are, signatures set apart on
// their own line, and names followed by a family relation in brackets.

// countedLists reads the list after a heading that counts people:
// "대상자(4명): 천주수·소윤호·반중자·양소회", "추천 대상(3명):   설주일\n
// 이옥란\n  노승기". Its items are split by ·, commas or lines; when their
// number is the count, a word shaped like a name is one, otherwise it must
// read as a name.
func (sc *scanner) countedLists() {
	s := sc.s
	for k := 0; ; {
		m := sc.index(s[k:], "명)")
		if m < 0 {
			return
		}
		m += k
		k = m + len("명)")
		d := m
		for d > 0 && isDigit(s[d-1]) {
			d--
		}
		if d == m || d == 0 || s[d-1] != '(' || m-d > 3 {
			continue
		}
		count := atoi(s, group{d, m})
		if count < 2 || count > 30 {
			continue
		}
		j := k
		for j < len(s) && (s[j] == ' ' || s[j] == ':') {
			j++
		}
		if strings.HasPrefix(s[j:], "：") {
			j += len("：")
		}
		if j == k || j >= len(s) {
			continue // "(4명)" inside a sentence, not a heading
		}
		items := sc.listItems(j, count)
		for _, it := range items {
			sc.countedItem(it, len(items) == count)
		}
	}
}

// countedTails reads a list that ends with its count: "원고 어범연,
// 왕혜식, 변의주 … 원소운 등 10명", "김철수·이영희 외 3명". The list runs
// back from 등/외 to the start of its line, or to a colon or a role word
// before it; when most of its items read as names, each is one.
func (sc *scanner) countedTails() {
	s := sc.s
	for k := 0; ; {
		m := sc.index(s[k:], "명")
		if m < 0 {
			return
		}
		m += k
		k = m + len("명")
		d := m
		for d > 0 && isDigit(s[d-1]) {
			d--
		}
		if d == m || m-d > 3 || d < 8 {
			continue
		}
		w := strings.TrimRight(s[:d], " ")
		var end int
		switch {
		case strings.HasSuffix(w, " 등"), strings.HasSuffix(w, " 외"):
			end = len(w) - len(" 등")
		default:
			continue
		}
		// At most 600 bytes back: a list longer than that is no list of
		// names, and a line of a million "외 1명" stays linear.
		lo := max(0, end-600)
		start := lo + strings.LastIndexByte(s[lo:end], '\n') + 1
		if c := strings.LastIndexAny(s[start:end], ":："); c >= 0 {
			start += c + 1
		}
		var items []span
		a := start
		for i := start; i <= end; {
			r, size := utf8.RuneError, 1
			if i < end {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if i == end || r == ',' || r == '·' || r == 'ㆍ' || r == '、' {
				if sp := trimSpan(s, span{a, i}); sp.end > sp.start {
					items = append(items, sp)
				}
				a = i + size
			}
			i += size
		}
		if len(items) < 2 {
			continue
		}
		// The first item may carry the role that heads the list: "원고
		// 어범연".
		if f := items[0]; strings.IndexByte(s[f.start:f.end], ' ') > 0 {
			sp := strings.LastIndexByte(s[f.start:f.end], ' ')
			if isPrivateRole(s[f.start:f.start+sp]) || roleWord(s[f.start:f.start+sp]) {
				items[0] = span{f.start + sp + 1, f.end}
			}
		}
		named := 0
		for _, it := range items {
			if t := s[it.start:it.end]; hangulWord(t) && sc.lx.score(t) >= shapeName {
				named++
			}
		}
		if 2*named < len(items)+1 {
			continue
		}
		for _, it := range items {
			sc.countedItem(it, true)
		}
	}
}

// listItems splits the list that starts at i into at most max items: the
// rest of the line by ·, ・, 、 and commas, then, while items are missing,
// the following indented lines.
func (sc *scanner) listItems(i, max int) []span {
	s := sc.s
	var out []span
	line := func(a, b int) {
		st := a
		for k := a; k <= b; {
			r, size := utf8.RuneError, 1
			if k < b {
				r, size = utf8.DecodeRuneInString(s[k:])
			}
			if k == b || r == '·' || r == '・' || r == '、' || r == ',' || r == 'ㆍ' {
				if sp := trimSpan(s, span{st, k}); sp.end > sp.start {
					out = append(out, sp)
				}
				st = k + size
			}
			k += size
		}
	}
	e := eolWithin(s, i, 400)
	line(i, e)
	for len(out) < max && e < len(s) {
		a := e + 1
		b := eol(s, a)
		t := s[a:b]
		if strings.TrimSpace(t) == "" || t[0] != ' ' && t[0] != '\t' {
			break // the list ends at an empty line or an unindented one
		}
		if _, st := bulletOf(s, a, b); st < b && (isDigit(s[st]) || strings.ContainsRune("□■○●◇◆※", runeAt(s, st))) {
			break // the next numbered heading
		}
		line(a, b)
		e = b
	}
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// countedItem masks the person an item names: "설주일", "금 경숙(상암동)",
// "허소한(배우자)", "한준정 위원".
func (sc *scanner) countedItem(it span, counted bool) {
	s := sc.s
	a, b := it.start, it.end
	if k := strings.IndexByte(s[a:b], '('); k > 0 {
		b = a + k // a note in brackets: a place, a relation, a role
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	if k := strings.LastIndexByte(s[a:b], ' '); k > 0 && isPrivateRole(s[a+k+1:b]) {
		b = a + k // "한준정 위원"
	}
	w := s[a:b]
	if w == "" {
		return
	}
	if sc.transcribedCell(a, b) {
		sc.add(a, b, TypeName, "name.counted_list", 0.85, MaskName(w))
		return
	}
	if !hangulWord(w) {
		if e, ok := sc.spacedNameMin(a, b, 2); ok && e == b && counted {
			sc.add(a, b, TypeName, "name.counted_list", 0.85, MaskName(w))
		}
		return
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 5 || roleWord(w) || isPrivateRole(w) || placeWord(w) || isTitle(w) || sc.exempt(w) || officialNear(s, a, b) {
		return
	}
	score := sc.lx.score(w)
	if counted && score >= shapeName && (n >= 3 || score >= likelyName) && !sc.lx.derived(w) || score >= likelyName && !sc.lx.noun(w) {
		sc.add(a, b, TypeName, "name.counted_list", 0.85, MaskName(w))
	}
}

// signatureLines masks a name standing alone on its line when the text
// then says "위 사람은 …" (a commendation, a certificate): the line before
// it is the person's place or role ("○○동 주민센터 통장").
func (sc *scanner) signatureLines() {
	s := sc.s
	for k := 0; ; {
		m := sc.index(s[k:], "위 사람")
		if m < 0 {
			return
		}
		m += k
		k = m + len("위 사람")
		if m > 0 && s[m-1] != '\n' && s[m-1] != ' ' {
			continue
		}
		// The nearest non-empty line before it.
		e := strings.LastIndexByte(s[:m], '\n')
		for e > 0 {
			a := strings.LastIndexByte(s[:e], '\n') + 1
			if strings.TrimSpace(s[a:e]) == "" {
				e = a - 1
				continue
			}
			sp := trimSpan(s, span{a, e})
			w := s[sp.start:sp.end]
			if hangulWord(w) {
				if sc.shapedName(w) {
					sc.add(sp.start, sp.end, TypeName, "name.signature", 0.85, MaskName(w))
				}
			} else if se, ok := sc.spacedNameMin(sp.start, sp.end, 2); ok && se == sp.end {
				sc.add(sp.start, sp.end, TypeName, "name.signature", 0.85, MaskName(w))
			}
			break
		}
	}
}

// relations are what a bracket after a person says of them in a household
// or a family.
var relations = map[string]bool{"본인": true, "배우자": true, "자녀": true, "아들": true, "딸": true, "장남": true, "장녀": true, "차남": true,
	"차녀": true, "삼남": true, "삼녀": true, "손자": true, "손녀": true, "부": true, "모": true, "부친": true, "모친": true, "조부": true,
	"조모": true, "형": true, "누나": true, "언니": true, "오빠": true, "동생": true, "며느리": true, "사위": true, "세대주": true,
	"세대원": true, "처": true, "남편": true, "아내": true, "보호자": true, "손부": true, "계부": true, "계모": true, "형제": true, "자매": true, "대리인": true, "가족": true}

// nameBeforeRelation masks the name before a bracket that holds a family
// relation: "진숙의(본인), 허소한(배우자)". i is the bracket.
func (sc *scanner) nameBeforeRelation(i int) {
	s := sc.s
	c := strings.IndexByte(s[i:min(len(s), i+32)], ')')
	if c < 0 {
		return
	}
	rel := strings.TrimSpace(s[i+1 : i+c])
	if k := strings.LastIndex(rel, "의 "); k > 0 {
		rel = rel[k+len("의 "):] // "(수급자의 형제)": whose relation
	}
	if !relations[rel] {
		return
	}
	a, n := hangulBack(s, i, 6)
	if n < 2 || n > 5 {
		return
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:a]); a > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return // part of a longer word
	}
	w := s[a:i]
	if sc.lx.score(w) >= shapeName && !roleWord(w) && !isPrivateRole(w) && !sc.exempt(w) && !sc.lx.noun(w) {
		sc.add(a, i, TypeName, "name.relation", 0.85, MaskName(w))
	}
}

// nameBeforePlace masks a list item's name before the bracket that says
// where its person lives: "연광세(종암동)·금 경숙(상암동)", "정예영
// (관악구 조원동 281 …)". i is the bracket. The item must open a line or
// follow a separator, so that "주민센터(종암동)" in running text, which no
// name's shape fits anyway, is not read as one.
func (sc *scanner) nameBeforePlace(i int) {
	s := sc.s
	c := strings.IndexByte(s[i:min(len(s), i+24)], ')')
	first := s[i+1:]
	if c >= 0 {
		first = s[i+1 : i+c]
	} else if len(first) > 24 {
		first = first[:24]
	}
	if sp := strings.IndexAny(first, " ,"); sp >= 0 {
		first = first[:sp]
	}
	n := utf8.RuneCountInString(first)
	if !hangulWord(first) || n < 2 || n > 5 {
		return
	}
	if last, _ := utf8.DecodeLastRuneInString(first); !strings.ContainsRune("동구읍면리", last) && !provinces[first] && !cities[first] {
		return
	}
	st, p, k := wordBeforeBracket(s, i)
	if k < 2 || k > 4 {
		return
	}
	w := s[st:p]
	// "금 경숙", "황보 인숙": a surname set apart from its given name.
	if k == 2 && st > 1 && s[st-1] == ' ' {
		if ss, sk := hangulBack(s, st-1, 3); (sk == 1 && surnames1.has(runeAt(s, ss)) || sk == 2 && hasSurname2(s[ss:st-1])) && (ss == 0 || !prevHangul(s, ss)) &&
			sc.lx.score(s[ss:st-1]+w) >= shapeName {
			st = ss
			w = s[st:p]
		}
	}
	if !listItemStart(s, st) {
		return
	}
	if k := strings.TrimRight(s[:st], " "); strings.HasSuffix(k, ",") && len(k) > 1 && isDigit(k[len(k)-2]) {
		return // "월드컵북로53길 80, 반지하 (서교동)": an address's unit
	}
	bare := strings.ReplaceAll(w, " ", "")
	// The bracket says a person lives there, so a dictionary's word shaped
	// like a name (조중혁, a name the dictionary knows) is one, unless it
	// ends like a place: 경로당, 도서관, 복지관.
	last, _ := utf8.DecodeLastRuneInString(bare)
	if sc.lx.noun(bare) && strings.ContainsRune("당관원소회단청실점장교집터사", last) {
		return
	}
	if !sc.shapedName(bare) || sc.lx.derived(bare) || verbLike(bare) || titleSuffix(bare) || districtLike(bare) {
		return
	}
	sc.add(st, p, TypeName, "name.before_place", 0.8, MaskName(w))
}

// nameBeforeContact masks the name before a bracket that gives its
// person's mobile: "활동지원사 제우(연락처 010-9885-9860)", "보호자
// 은민순(010.3521.1548)". A mobile is a person's own; the word before it
// needs only a name's shape.
func (sc *scanner) nameBeforeContact(i int) {
	s := sc.s
	in := strings.TrimLeft(s[i+1:min(len(s), i+48)], " ")
	for _, w := range []string{"연락처", "휴대전화", "휴대폰", "핸드폰", "전화", "HP", "H.P"} {
		if strings.HasPrefix(in, w) {
			in = strings.TrimLeft(in[len(w):], " :")
			break
		}
	}
	if len(in) < 4 || in[0] != '0' || in[1] != '1' || strings.IndexByte("016789", in[2]) < 0 {
		return
	}
	st, p, k := wordBeforeBracket(s, i)
	if k < 2 || k > 6 {
		return
	}
	w := s[st:p]
	if sc.lx.score(w) < shapeName || roleWord(w) || isPrivateRole(w) || placeWord(w) || isTitle(w) || titleSuffix(w) ||
		sc.exempt(w) || sc.lx.derived(w) || sc.lx.common(w) || verbLike(w) {
		return
	}
	sc.add(st, p, TypeName, "name.before_contact", 0.85, MaskName(w))
}

// unitNames masks a name with the apartment unit written right after it,
// "- 박형준 111동 602호", "조세준(102동 604호)", as the members of a
// complex's association are listed, and the unit with it: a person's
// home within the complex the text is about.
func (sc *scanner) unitNames() {
	s := sc.s
	for from := 0; ; {
		k := strings.Index(s[from:], "동 ")
		if k < 0 {
			return
		}
		k += from
		from = k + len("동 ")
		a := k
		for a > 0 && isDigit(s[a-1]) {
			a--
		}
		d := digitsAt(s, from)
		if k-a < 2 || k-a > 4 || d < 2 || d > 4 || !strings.HasPrefix(s[from+d:], "호") {
			continue
		}
		ue := from + d + len("호")
		if a < 2 || (s[a-1] != ' ' && s[a-1] != '(') {
			continue
		}
		p := a - 1
		st := -1
		if se := sc.splitNameBefore(p); se >= 0 {
			st = se // "윤 재 찬 103동 1102호"
		} else if b, n := hangulBack(s, p, 4); n >= 2 && n <= 4 && (b == 0 || !prevHangul(s, b)) {
			w := s[b:p]
			if sc.lx.score(w) >= shapeName && !sc.lx.noun(w) && !sc.lx.derived(w) && !roleWord(w) && !isPrivateRole(w) && !placeWord(w) &&
				!isTitle(w) && !titleSuffix(w) && !sc.exempt(w) && !verbLike(w) && !hasSuffixAny(w, []string{"아파트", "빌라", "맨션", "타운"}) {
				st = b
			}
		}
		if st < 0 {
			continue
		}
		// The name opens its item: a line's start, a bullet, a number or
		// a comma before it.
		lead := strings.TrimRight(s[strings.LastIndexByte(s[:st], '\n')+1:st], " ")
		if lead != "" && !strings.HasSuffix(lead, ",") && !strings.HasSuffix(lead, "-") && !strings.HasSuffix(lead, ".") && !strings.HasSuffix(lead, ")") &&
			!strings.HasSuffix(lead, "·") && !strings.HasSuffix(lead, "○") && !strings.HasSuffix(lead, ":") {
			continue
		}
		sc.add(st, p, TypeName, "name.before_unit", 0.8, MaskName(s[st:p]))
		sc.add(a, ue, TypeAddress, "address.unit", 0.85, maskDigits(s[a:ue]))
	}
}

// holderInBrackets masks the name a bracket gives as the holder or user
// of what stands before it: "4579-9219-2137-9871 (사용자 추원)", "(명의자
// 김철수)", "(소유자: 박영희)".
func (sc *scanner) holderInBrackets(i int) {
	s := sc.s
	in := s[i+1 : min(len(s), i+40)]
	w := ""
	for _, h := range []string{"사용자", "명의자", "소유자", "명의인", "카드 소유자", "실사용자"} {
		if strings.HasPrefix(in, h) {
			w = h
			break
		}
	}
	if w == "" {
		return
	}
	a := i + 1 + len(w)
	for a < len(s) && (s[a] == ' ' || s[a] == ':') {
		a++
	}
	if a == i+1+len(w) {
		return // "소유자명", "사용자가": another word
	}
	e := a
	for e < len(s) && hangulAt(s, e) && e-a < 15 {
		e += 3
	}
	if e >= len(s) || s[e] != ')' && s[e] != ',' {
		return
	}
	name := s[a:e]
	if n := utf8.RuneCountInString(name); n < 2 || n > 5 || sc.lx.score(name) < shapeName || sc.lx.common(name) || roleWord(name) || isPrivateRole(name) || sc.exempt(name) || placeWord(name) || isTitle(name) {
		return
	}
	sc.add(a, e, TypeName, "name.holder_bracket", 0.8, MaskName(name))
}

// gluedRoles are the roles a document may glue to the name after them:
// "청구인독고규가", "신청인송윤윤을".
var gluedRoles = []string{"청구인", "신청인", "민원인", "진정인", "고발인", "고소인", "이의신청인", "청원인"}

// gluedRoleNames masks a name glued to the role before it and to its
// particle after it: "가. 청구인독고규가 위 주소지에", "청구인추윤담이었으며".
// The run must start with the role, at a word's start, and what follows
// the name must be a particle or an ending.
func (sc *scanner) gluedRoleNames() {
	s := sc.s
	for _, r := range gluedRoles {
		for from := 0; ; {
			k := sc.index(s[from:], r)
			if k < 0 {
				break
			}
			k += from
			from = k + len(r)
			if k > 0 && prevHangul(s, k) || !hangulAt(s, from) {
				continue
			}
			e := from
			for e < len(s) && hangulAt(s, e) && e-from < 30 {
				e += 3
			}
			run := s[from:e]
			for n := 4; n >= 2; n-- { // a name of three syllables, four with a surname of two, or two
				if len(run) < 3*n || n == 4 && !hasSurname2(run) {
					continue
				}
				name, rest := run[:3*n], run[3*n:]
				if !nameEnding(rest) {
					continue // "청구인명부의": a compound word, not a name and its particle
				}
				if sc.lx.score(name) < shapeName || sc.lx.common(name) || sc.lx.noun(name) || sc.lx.derived(name) ||
					roleWord(name) || sc.exempt(name) || placeWord(name) {
					continue
				}
				sc.add(from, from+3*n, TypeName, "name.glued_role", 0.8, MaskName(name))
				break
			}
		}
	}
}

// nameEnding reports the particle or ending that may follow a name: "가",
// "을", "이었으며", "과".
func nameEnding(rest string) bool {
	for _, p := range nameParticles {
		if rest == p {
			return true
		}
	}
	switch rest {
	case "이었으며", "이었고", "이었다", "이었음", "이며", "으로서", "과", "와", "에게", "이라", "이었으나", "이", "이고",
		"였으며", "였고", "였다", "였음", "였으나", "며", "에", "에게는", "에게서":
		return true
	}
	return false
}

// transcriptSpeakers masks the speakers of a meeting's record that no
// colon or role marks: "○백규길 네, 망원동 주민입니다", "질문(남미택 :
// 주차 문제가 …)", "○ 참석자 양연 : 네". The text must read as a record
// of speech: two lines or more that open with a bullet and a role in
// brackets ("○사회자(차*래)", "○주민(고*결)"), or a question's bracket.
func (sc *scanner) transcriptSpeakers() {
	s := sc.s
	if sc.index(s, "○") < 0 && sc.index(s, "질문(") < 0 {
		return
	}
	lines := sc.lines()
	roled := 0
	for _, ln := range lines {
		t := strings.TrimLeft(s[ln.start:ln.end], " ")
		if strings.HasPrefix(t, "○") {
			t = strings.TrimLeft(t[len("○"):], " ")
			if k := strings.IndexByte(t, '('); k >= 6 && k <= 15 && hangulWord(t[:k]) {
				roled++
			}
		}
		if strings.HasPrefix(t, "질문(") || strings.HasPrefix(t, "답변(") {
			roled++
		}
	}
	if roled < 2 {
		return
	}
	for _, ln := range lines {
		a := ln.start
		for a < ln.end && s[a] == ' ' {
			a++
		}
		t := s[a:ln.end]
		switch {
		case strings.HasPrefix(t, "○"):
			a += len("○")
			for a < ln.end && s[a] == ' ' {
				a++
			}
			w, e := wordAt(s, a, ln.end)
			if slices.Contains(markers, w) && e+1 < ln.end && s[e] == ' ' {
				// "○ 참석자 양연 : 네": a role, then the name and a colon.
				a = e + 1
				w, e = wordAt(s, a, ln.end)
				if !strings.HasPrefix(strings.TrimLeft(s[e:ln.end], " "), ":") {
					continue
				}
			} else if e >= ln.end || s[e] != ' ' {
				continue // "○사회자(차*래)": a role's bracket, read elsewhere
			}
			sc.speakerName(a, e, w)
		case strings.HasPrefix(t, "질문(") || strings.HasPrefix(t, "답변("):
			a += len("질문(")
			w, e := wordAt(s, a, ln.end)
			if rest := strings.TrimLeft(s[e:ln.end], " "); strings.HasPrefix(rest, ":") {
				sc.speakerName(a, e, w)
			}
		}
	}
}

// speakerName masks w at [a, e) when it has a name's shape and is no
// role, title, place or ordinary word.
func (sc *scanner) speakerName(a, e int, w string) {
	n := utf8.RuneCountInString(w)
	if !hangulWord(w) || n < 2 || n > 5 || sc.lx.score(w) < shapeName || sc.lx.common(w) || sc.lx.noun(w) && n <= 2 || sc.lx.derived(w) ||
		roleWord(w) || isPrivateRole(w) || placeWord(w) || isTitle(w) || verbLike(w) || sc.exempt(w) || slices.Contains(markers, w) {
		return
	}
	sc.add(a, e, TypeName, "name.transcript", 0.8, MaskName(w))
}

// profileDates masks the date of birth among a person's particulars in
// brackets that give a school's grade or a nationality first: "(△△고등학교
// 1학년, 2013년 8월 22일)", "(○○중학교 2학년, 100510)", "(미국, EMILY
// JOHNSON, 1988.09.27.)". A date there is the person's birth, not the
// document's.
func (sc *scanner) profileDates(i int) {
	s := sc.s
	c := strings.IndexByte(s[i:min(len(s), i+120)], ')')
	if c < 0 {
		return
	}
	end := i + c
	inner := s[i+1 : end]
	k := strings.IndexByte(inner, ',')
	if k < 0 {
		return
	}
	// Most brackets are statutes' or dates': ask the first part before
	// splitting the rest.
	first := strings.TrimSpace(inner[:k])
	if !strings.Contains(first, "학년") && !isNation(first) && !strings.HasSuffix(first, "학교") {
		return
	}
	parts := strings.Split(inner, ",")
	dated := false
	latin, latinEnd := -1, -1
	defer func() {
		if dated && latin >= 0 {
			sc.add(latin, latinEnd, TypeName, "name.profile_list", 0.85, MaskName(s[latin:latinEnd]))
		}
		// The person the particulars are of, when they gave a birth:
		// "1. 최다규 (○○중학교 2학년, 2009-12-01)", "3) 전용준(□□초등학교
		// 6학년, …)".
		st, p, k := wordBeforeBracket(s, i)
		if !dated || k < 2 || k > 5 || !listItemStart(s, st) {
			return
		}
		if w := s[st:p]; sc.lx.score(w) >= shapeName && !sc.lx.common(w) && !(k == 2 && sc.lx.noun(w)) && !sc.lx.derived(w) && !roleWord(w) &&
			!isPrivateRole(w) && !placeWord(w) && !isTitle(w) && !sc.exempt(w) && !verbLike(w) {
			sc.add(st, p, TypeName, "name.profile_list", 0.85, MaskName(w))
		}
	}()
	at := i + 1 + len(parts[0]) + 1
	for _, p := range parts[1:] {
		a := at
		at += len(p) + 1
		for a < end && s[a] == ' ' {
			a++
		}
		t := strings.TrimRight(s[a:min(at-1, end)], " ")
		if isNation(first) && upperWords(t) {
			latin, latinEnd = a, a+len(t) // "EMILY JOHNSON", masked once a birth says it is a person's
			continue
		}
		if t == "" || !isDigit(t[0]) {
			continue
		}
		n := birthSpan(t)
		if n == 0 {
			if ok, k := koreanDate(t, 0); ok {
				n = k
			} else if len(t) >= 6 && digitsAt(t, 0) == 6 && validMD(atoi(t, group{2, 4}), atoi(t, group{4, 6})) {
				n = 6 // "100510"
			}
		}
		if n == 0 {
			continue
		}
		if rest := strings.TrimPrefix(strings.TrimLeft(t[n:], ". "), "생"); rest != "" {
			continue // "2학년 2반", a count: no date alone
		}
		e := a + n
		if e < end && s[e] == '.' {
			e++
		}
		sc.add(a, e, TypeBirthDate, "birth.profile_list", 0.85, maskDigits(s[a:e]))
		dated = true
	}
}

// foreignProfile masks a foreigner's name as a list item gives it: the
// Hangul transcription, then a bracket with the passport's spelling and
// the nationality, "○ 팜 민 뚜언(PHAM MINH TUAN, 베트남) 님", "○ 왕샤오메이
// (중국, WANG XIAOMEI, 1985.1.2.)". The bracket must hold both a
// nationality and capital Latin words; the item's words before it, at
// most four and twelve syllables, are the transcription.
func (sc *scanner) foreignProfile(i int) {
	s := sc.s
	c := strings.IndexByte(s[i:min(len(s), i+120)], ')')
	if c < 0 {
		return
	}
	inner := s[i+1 : i+c]
	if strings.IndexByte(inner, ',') < 0 || strings.IndexFunc(inner, func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
		return // no passport's spelling in it
	}
	parts := strings.Split(inner, ",")
	nation, latin, latinEnd := false, -1, -1
	at := i + 1
	for _, p := range parts {
		t := strings.TrimSpace(p)
		switch {
		case isNation(t):
			nation = true
		case latin < 0 && upperWords(t):
			latin, latinEnd = at+strings.Index(p, t), at+strings.Index(p, t)+len(t)
		}
		at += len(p) + 1
	}
	if !nation || latin < 0 {
		return
	}
	e := i
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	// Back over Hangul words a space apart, to the item's start or a
	// role ("대상자 속 찬타 (…)").
	a, words, syl := e, 0, 0
	for words < 4 {
		ws, n := hangulBack(s, a, 8)
		if n == 0 {
			break
		}
		if w := s[ws:a]; words > 0 && (roleWord(w) || slices.Contains(markers, w)) {
			break
		}
		a, words, syl = ws, words+1, syl+n
		if a >= 4 && s[a-1] == ' ' && hangulAt(s, a-4) {
			a-- // another word before, a space apart
			continue
		}
		break
	}
	for a < e && s[a] == ' ' {
		a++
	}
	w := s[a:e]
	if w == "" || syl > 12 || !listItemStart(s, a) && !personWord(lastWordBefore(s, a)) || !allHangulWords(w) || roleWord(w) || sc.anyNoun(w) && !sc.foreignWords(w) {
		return
	}
	sc.add(a, e, TypeName, "name.foreign_profile", 0.85, MaskName(w))
	sc.add(latin, latinEnd, TypeName, "name.foreign_profile", 0.85, MaskName(s[latin:latinEnd]))
}

// upperWords reports two to four words of capital Latin letters: a name
// as a passport writes it ("EMILY JOHNSON", "SHRESTHA RAM BAHADUR").
func upperWords(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if len(w) < 2 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if !isLatinUpper(w[i]) && w[i] != '-' {
				return false
			}
		}
	}
	return true
}

// cities are the names of cities a residence bracket may begin with.
var cities = map[string]bool{"서울": true, "부산": true, "대구": true, "인천": true, "광주": true, "대전": true, "울산": true, "세종": true, "서울시": true, "서울특별시": true}

// listItemStart reports whether a list item may begin at i: at a line's
// start after its bullet, or after a colon or an item separator.
func listItemStart(s string, i int) bool {
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	if k == 0 || s[k-1] == '\n' || s[k-1] == ':' || s[k-1] == ',' || s[k-1] == ')' || s[k-1] == '-' {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	return strings.ContainsRune("·ㆍ、：○●◦•▶▷□■※-", r)
}

// districtLike reports a word that names a district or a neighbourhood
// rather than a person: "상암동", "강북구".
func districtLike(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("동구군시읍면리", last) && utf8.RuneCountInString(w) >= 2 && !strings.HasSuffix(w, "시") || provinces[w] || cities[w]
}

// splitBeforeParticulars masks a name written apart right before the
// bracket of its particulars: "3) 편 태 양 (1998. 9. 7.생)", "훈계 차 재현
// (6급)". Glued names before such a bracket have their own readers; a
// name written apart is read only with a bracket that says it is one.
func (sc *scanner) splitBeforeParticulars(i int) {
	s := sc.s
	if !particularsAfter(s, i) || !personalBracket(s, i) {
		return
	}
	e := i
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	if st, n := hangulBack(s, e, 5); n >= 3 && n <= 4 {
		// "훈계 선성호 (6급)": one word that reads as a name and as no word.
		if w := s[st:e]; (st == 0 || !prevHangul(s, st)) && sc.lx.score(w) >= likelyName && !sc.lx.noun(w) && !sc.lx.derived(w) && !verbLike(w) &&
			!titleSuffix(w) && sc.shapedName(w) && gradeAfter(s, i) {
			sc.add(st, e, TypeName, "name.split_particulars", 0.8, MaskName(w))
			return
		}
	}
	if st := sc.splitNameBefore(e); st >= 0 {
		if w := s[st:e]; !sc.exempt(strings.ReplaceAll(w, " ", "")) {
			sc.add(st, e, TypeName, "name.split_particulars", 0.8, MaskName(w))
		}
	}
}

// splitNameBefore returns the start of a name written apart that ends at
// e ("차 재현", "편 태 양", "남 궁 예 준"), or -1: the words before e, one
// or two syllables each and a space apart; the most that read as a name
// win ("남 궁 예 준", not "예 준").
func (sc *scanner) splitNameBefore(e int) int {
	s := sc.s
	var starts []int
	for st := e; len(starts) < 4; {
		a, n := hangulBack(s, st, 3)
		if n == 0 || n > 2 {
			break
		}
		starts = append(starts, a)
		if a == 0 || s[a-1] != ' ' || a < 2 || !prevHangul(s, a-1) {
			break
		}
		st = a - 1
	}
	for k := len(starts) - 1; k >= 1; k-- {
		if st := starts[k]; sc.splitName(st, e) == e {
			return st
		}
	}
	return -1
}

// transcribedAfterLatin masks the Hangul transcription written beside a
// name in Latin script on the same line: "John Michael Smith  존 마이클
// 스미스", "1 KHAN IMRAN 칸 임란 파키스탄 …". Its words run until a
// nationality, a role or anything that is no word of a name, and are no
// more than the Latin name's words and one.
func (sc *scanner) transcribedAfterLatin() {
	s := sc.s
	n := len(sc.hits)
	for k := 0; k < n; k++ {
		h := sc.hits[k]
		if h.typ != TypeName || !isLatinUpper(s[h.start]) {
			continue
		}
		latin := len(strings.Fields(s[h.start:h.end]))
		le := eolWithin(s, h.end, 120)
		i := h.end
		for i < le && (s[i] == ' ' || s[i] == '(') {
			i++
		}
		if i == h.end || i >= le || !hangulAt(s, i) {
			continue
		}
		// One space apart only in a row of a table a PDF ran together;
		// in prose the words after a name are the sentence's ("WANG
		// XIAOMING 출산 후").
		if i == h.end+1 && s[h.end] == ' ' && h.rule != "name.pdf_row" {
			continue
		}
		st, e, words := i, i, 0
		for j := i; j < le && words <= latin; {
			w, we := wordAt(s, j, le)
			// Short dictionary words are kept: transcriptions make them
			// ("임란", "모에"); a sex, a district or a verb ends the name.
			if w == "" || utf8.RuneCountInString(w) > 6 || isNation(w) || roleWord(w) || isPrivateRole(w) || placeWord(w) || bankWord(w) ||
				sc.lx.noun(w) && utf8.RuneCountInString(w) >= 3 && !sc.lx.foreignName(w) || w == "남" || w == "여" || w == "남성" || w == "여성" ||
				districtLike(w) || verbLike(w) {
				break
			}
			words++
			e = we
			if we+1 < le && s[we] == ' ' && hangulAt(s, we+1) {
				j = we + 1
				continue
			}
			break
		}
		if words == 0 || words > latin+1 {
			continue
		}
		sc.add(st, e, TypeName, "name.transcription", 0.8, MaskName(s[st:e]))
	}
}

// spacedLabels reads the value of a form's 성명 label spread to the width
// of the others ("성    명 : 엄정훈", "성   명: 김 철수"), which the
// marker "성 명" with its one space does not meet.
func (sc *scanner) spacedLabels() {
	s := sc.s
	for from := 0; ; {
		k := sc.index(s[from:], "성  ")
		if k < 0 {
			return
		}
		k += from
		from = k + len("성  ")
		j := from
		for j < len(s) && s[j] == ' ' && j-k < 16 {
			j++
		}
		if !strings.HasPrefix(s[j:], "명") || k > 0 && prevHangul(s, k) {
			continue
		}
		j += len("명")
		if next := j; next < len(s) && hangulAt(s, next) {
			continue // "성  명단"
		}
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		tab := false
		if strings.HasPrefix(s[j:], ":") {
			j++
		} else if strings.HasPrefix(s[j:], "：") {
			j += len("：")
		} else if j > 0 && s[j-1] == '\t' {
			tab = true // "성    명\t전지율\t직 책\t…": a form's row of cells
		} else {
			continue
		}
		for j < len(s) && s[j] == ' ' {
			j++
		}
		le := eolWithin(s, j, 60)
		if e := sc.splitName(j, le); e > j && !tab {
			sc.add(j, e, TypeName, "name.form_value", 0.85, MaskName(s[j:e]))
			continue
		}
		// After a tab the next cell may be a header's ("성  명\t공적 요지"):
		// it must read as a name and as no word.
		if w, e := wordAt(s, j, le); sc.shapedName(w) && (e == le || !hangulAt(s, e)) && (!tab || sc.lx.score(w) >= likelyName && !sc.lx.noun(w)) {
			sc.add(j, e, TypeName, "name.form_value", 0.85, MaskName(w))
		}
	}
}

// personalBracket reports a bracket at i that holds a date ("(1998. 9.
// 7.생)", "('60.1.8)", "(60-08-07)"), an age ("(45세)") or a grade
// ("(6급)"): a person's particulars, where a plate ("(647부2604)") or a
// count is not.
func personalBracket(s string, i int) bool {
	j := i + 1
	if j < len(s) && s[j] == '\'' {
		j++
	}
	d := digitsAt(s, j)
	if d == 0 {
		return false
	}
	rest := s[j+d:]
	switch {
	case d == 1 && strings.HasPrefix(rest, "급)"), d <= 3 && strings.HasPrefix(rest, "세"):
		return true
	case (d == 2 || d == 4) && (strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "년")):
		return true
	}
	return false
}

// gradeAfter reports an official's grade in the bracket at i: "(6급)",
// "(7급)", which a disciplinary list puts after the person it names.
func gradeAfter(s string, i int) bool {
	d := digitsAt(s, i+1)
	return d == 1 && strings.HasPrefix(s[i+2:], "급)")
}

// givenSpeakers masks the given name that heads a speaker's line with
// its honorific: "○ 재현님(주민): …", "○ 영수 씨(상인회): …", "○ 세영
// 어르신(주민): …". Both syllables must be a given name's and the word no
// dictionary word.
func (sc *scanner) givenSpeakers() {
	s := sc.s
	for _, ln := range sc.lines() {
		_, a := bulletOf(s, ln.start, ln.end)
		if a+6 > ln.end || !hangulAt(s, a) || !hangulAt(s, a+3) {
			continue
		}
		e := a + 6
		j := e
		if j < ln.end && s[j] == ' ' {
			j++
		}
		h := ""
		for _, x := range []string{"님", "씨", "어르신"} {
			if strings.HasPrefix(s[j:ln.end], x) {
				h = x
				break
			}
		}
		if h == "" || a > ln.start && prevHangul(s, a) {
			continue
		}
		j += len(h)
		for _, x := range []string{"께서", "가", "이", "는", "은"} {
			if strings.HasPrefix(s[j:ln.end], x) && j+len(x) < ln.end && (s[j+len(x)] == '(' || s[j+len(x)] == ':' || s[j+len(x)] == ' ') {
				j += len(x) // "○ 옥분씨가(주민):", "○ 상철님이:"
				break
			}
		}
		if j < ln.end && s[j] == '(' {
			c := strings.IndexByte(s[j:ln.end], ')')
			if c < 0 {
				continue
			}
			j += c + 1
		}
		for j < ln.end && s[j] == ' ' {
			j++
		}
		if j >= ln.end || s[j] != ':' && !strings.HasPrefix(s[j:], "：") {
			continue
		}
		w := s[a:e]
		if !givenSyllables.has(runeAt(w, 0)) || !givenSyllables.has(runeAt(w, 3)) || sc.lx.common(w) || notNames[w] || titleSuffix(w) || sc.exempt(w) {
			continue
		}
		sc.add(a, e, TypeName, "name.given_speaker", 0.8, MaskName(w))
	}
}

// childTitles masks the full name before 군 or 양, as a school or a
// welfare record names a boy or a girl, or before a title a citizen is
// given (어르신, 여사, 학생): "아동 박서준 군(초등학교 3학년)",
// "학생 이도윤 양은". The word before must read as a name and as no word,
// and 군 or 양 must end there (a particle or a bracket may follow), since
// both are words of their own (a county, an amount).
func (sc *scanner) childTitles() {
	s := sc.s
	for _, t := range []string{" 군", " 양", " 어르신", " 여사", " 학생", " 할머니", " 할아버지", " 원생", " 아동"} {
		for from := 0; ; {
			k := sc.index(s[from:], t)
			if k < 0 {
				break
			}
			k += from
			from = k + len(t)
			if from < len(s) && hangulAt(s, from) && !nameTail(s[from:]) && !strings.HasPrefix(s[from:], "에게") {
				continue
			}
			st, n := hangulBack(s, k, 5)
			if n < 3 || n > 4 || st > 0 && prevHangul(s, st) {
				continue
			}
			w := s[st:k]
			if sc.lx.score(w) < likelyName || !fullName(w) && !(n == 4 && hasSurname2(w)) || sc.lx.noun(w) || sc.lx.derived(w) || verbLike(w) || districtLike(w) || sc.exempt(w) || !sc.shapedName(w) {
				continue
			}
			rule := "name.child"
			if t != " 군" && t != " 양" {
				rule = "name.titled" // "마혜경 어르신은", "정원희 학생은"
			}
			sc.add(st, k, TypeName, rule, 0.8, MaskName(w))
		}
	}
}

// nominees masks the person in whose name something is held: "봉 순 자의
// 명의 개인카드", "곽혁 명의 계좌", "김영희 명의로". A word that reads as
// a name and as no word, or a name written apart, right before 명의.
func (sc *scanner) nominees() {
	s := sc.s
	for from := 0; ; {
		k := strings.Index(s[from:], "명의")
		if k < 0 {
			return
		}
		k += from
		from = k + len("명의")
		e := k
		changed := false // "김영희로 명의를 변경": the new holder
		for _, p := range []string{"으로 ", "로 "} {
			if strings.HasSuffix(s[:k], p) && (strings.HasPrefix(s[from:], "를 ") || strings.HasPrefix(s[from:], "가 ") || strings.HasPrefix(s[from:], " 변경")) {
				changed = true
				e = k - len(p)
				break
			}
		}
		if !changed && from < len(s) && hangulAt(s, from) && !strings.HasPrefix(s[from:], "로") && !strings.HasPrefix(s[from:], "의") {
			continue // 명의자, 명의신탁: other words
		}
		switch {
		case changed:
		case strings.HasSuffix(s[:e], "의 "):
			e -= len("의 ")
		case strings.HasSuffix(s[:e], " "):
			e--
		default:
			continue
		}
		if st := sc.splitNameBefore(e); st >= 0 && (st == 0 || !prevHangul(s, st)) {
			if w := strings.ReplaceAll(s[st:e], " ", ""); !sc.exempt(w) {
				sc.add(st, e, TypeName, "name.nominee", 0.8, MaskName(s[st:e]))
			}
			continue
		}
		st, n := hangulBack(s, e, 5)
		if n < 2 || n > 4 || st > 0 && prevHangul(s, st) {
			continue
		}
		w := s[st:e]
		if changed && (n < 3 || hasAny(before(s, st, 16), corpMarks)) {
			continue // "주식회사 한빛으로 명의를": a company's name
		}
		if n == 2 && sc.lx.common(w) || n > 2 && sc.lx.noun(w) || sc.lx.score(w) < shapeName || personWord(w) || sc.lx.derived(w) || verbLike(w) || titleSuffix(w) || districtLike(w) || !sc.shapedName(w) {
			continue
		}
		sc.add(st, e, TypeName, "name.nominee", 0.8, MaskName(w))
	}
}

// minorWords name a child before the child's name: "원생 김은람군이".
var minorWords = []string{"원생 ", "아동 ", "학생 ", "원아 ", "유아 ", "자녀 ", "아들 ", "딸 ", "손자 ", "손녀 "}

// gluedChildTitles masks a child's full name with 군 or 양 glued to it,
// after a word for a child: "원생 김은람군이", "학생 박서윤양은". 군 and
// 양 glued to a word are parts of other words too (청소년군, 대양), so
// the word before must say a child is named.
func (sc *scanner) gluedChildTitles() {
	s := sc.s
	for _, mw := range minorWords {
		for from := 0; ; {
			k := strings.Index(s[from:], mw)
			if k < 0 {
				break
			}
			a := from + k + len(mw)
			from = a
			if from-len(mw) > 0 && prevHangul(s, from-len(mw)) {
				continue // "초등학생 …": part of a longer word
			}
			_, we := wordAt(s, a, len(s))
			for n := 4; n >= 3; n-- {
				t := a + 3*n
				if t+3 > we || !strings.HasPrefix(s[t:], "군") && !strings.HasPrefix(s[t:], "양") {
					continue
				}
				if rest := s[t+3 : we]; rest != "" && !nameTail(rest) && rest != "에게" {
					continue
				}
				w := s[a:t]
				if n == 4 && !hasSurname2(w) || sc.lx.score(w) < shapeName || sc.lx.noun(w) || sc.lx.derived(w) || sc.exempt(w) {
					continue
				}
				sc.add(a, t, TypeName, "name.child", 0.8, MaskName(w))
				break
			}
		}
	}
}

// attachedPapers masks a person named in the title of a paper attached:
// "2. 마혜경 추천서 1부.", "3. 마라온_검사결과지 1부.". Only lines that
// count copies (1부) are read, and the word must read as a full name.
func (sc *scanner) attachedPapers() {
	s := sc.s
	for _, ln := range sc.lines() {
		t := s[ln.start:ln.end]
		if !strings.Contains(t, "부") || !strings.Contains(t, "1부") && !strings.Contains(t, "1 부") {
			continue
		}
		for i := ln.start; i < ln.end; i++ {
			if !hangulAt(s, i) || i > ln.start && (prevHangul(s, i) || isAlnum(s[i-1])) {
				continue
			}
			st := i
			w, we := wordAt(s, i, ln.end)
			i = max(i, we-1)
			n := len(w) / 3
			if n < 3 || n > 4 || we+1 >= ln.end || s[we] != ' ' && s[we] != '_' {
				continue
			}
			paper, _ := wordAt(s, we+1, ln.end)
			if !hasSuffixAny(paper, paperWords) && !slices.Contains(paperWords, paper) {
				continue
			}
			if sc.lx.score(w) < likelyName || sc.lx.noun(w) || sc.lx.derived(w) || !fullName(w) && !(n == 4 && hasSurname2(w)) || sc.exempt(w) || roleWord(w) {
				continue
			}
			sc.add(st, we, TypeName, "name.paper", 0.8, MaskName(w))
		}
	}
}

// paperWords end the titles of papers about one person.
var paperWords = []string{"추천서", "조서", "진술서", "확인서", "신청서", "결과지", "동의서", "각서", "사유서", "이력서", "진단서", "소견서",
	"서약서", "위임장", "경위서", "의견서", "답변서", "자술서", "증명서"}
