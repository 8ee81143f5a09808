package redact

import (
	"strings"
	"unicode/utf8"
)

// Names right after the word for the citizen they name, in running text:
// "피해자 손 율 지의 진술", "공범 허담과", "수급자 도훈에게", "입회인은
// 길란이었다", "공범으로 의심되는 석시우는", "친구 민신훈네 집". The role
// says person, so the name may be short (two syllables), spaced, or led by
// syllables that are a rare dictionary word; it must still be shaped like
// a Korean name and be no ordinary word.

// nameRoles are words for citizens, besides privateRoles, that documents
// put right before a name.
var nameRoles = map[string]bool{"수급자": true, "공범": true, "동승자": true, "입회인": true, "가맹점주": true, "점주": true, "차주": true,
	"운전자": true, "소유주": true, "세대주": true, "세대원": true, "친구": true, "통역": true, "통역사": true, "배우자": true,
	"채무자": true, "채권자": true, "임대인": true, "매수인": true, "매도인": true, "수취인": true, "예금주": true, "명의자": true,
	"수령인": true, "수령자": true, "위반자": true, "체납자": true, "신청자": true, "환자": true, "가해자": true, "고소인": true,
	"피고소인": true, "보증인": true, "상속인": true, "후견인": true, "실종자": true, "사망자": true, "부상자": true, "확진자": true,
	"접촉자": true, "입소자": true, "퇴소자": true, "조모": true, "조부": true, "손자": true, "손녀": true, "지인": true,
	"이웃": true, "동거인": true, "사업주": true, "업주": true, "근로자": true, "의뢰인": true, "상담자": true, "내담자": true,
	"그분": true, "이름": true, "성함": true,
	// Private posts an audit or a dispute names: not officials.
	"관리사무소장": true, "관리소장": true, "동대표": true, "입주자대표회장": true, "참관인": true, "거주자": true, "동료": true,
	"합격자": true, "응시자": true, "지원자": true, "면접자": true, "선발자": true, "현장대리인": true, "현장소장": true}

// roleEndings follow a name after a role: particles, the copula and the
// endings of reported speech, longest first.
var roleEndings = []string{"이었습니다", "이었으며", "이었는데", "이었다", "였습니다", "였으며", "였다", "이라고", "이라며", "이라는", "인데요",
	"이고요", "고요", "이요",
	"입니다", "으로부터", "로부터", "에게서", "에게는", "에게", "께서", "한테", "이며", "이고", "이다", "라고", "라며", "라는", "인데",
	"이가", "으로", "와", "과", "의", "은", "는", "이", "가", "을", "를", "로", "도", "만", "네"}

// roleBefore reports a role word right before the word at j, bare or with
// its particle ("피해자 ", "입회인은 ", "통역은 "), or a role and a hedge
// ("공범으로 의심되는 ", "차주로 추정되는 ").
func (sc *scanner) roleBefore(j int) bool {
	s := sc.s
	// Most words before a word are no role: their last syllable, or the
	// one before a particle, says so with one lookup.
	k := j
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == j || k < 3 {
		return false
	}
	last, size := utf8.DecodeLastRuneInString(s[:k])
	if !roleTails.has(last) {
		if !roleParticles.has(last) || k-size < 3 {
			return false
		}
		if prev, _ := utf8.DecodeLastRuneInString(s[:k-size]); !roleTails.has(prev) && !roleStems.has(prev) {
			return false
		}
	}
	w, st := prevWord(s, j)
	if w == "" {
		return false
	}
	switch w {
	case "사는", "거주하는", "거주중인":
		// "둔산동에 사는 국현은", "(간석동) 사는 황보혁우고요": a
		// resident named by where they live.
		w2, _ := prevWord(s, st)
		return strings.HasSuffix(w2, "에") && utf8.RuneCountInString(w2) >= 3 || strings.HasSuffix(w2, ")")
	case "의심되는", "추정되는", "알려진", "보이는", "지목된":
		w2, _ := prevWord(s, st)
		for _, p := range []string{"으로", "로"} {
			if r := strings.TrimSuffix(w2, p); r != w2 && sc.citizenRole(r) {
				return true
			}
		}
		return false
	}
	if roleTails.has(last) && sc.citizenRole(w) {
		return true
	}
	// "입회인은", "통역은": the role with its particle.
	return roleParticles.has(last) && last != '진' && last != '된' && len(w) > size && sc.citizenRole(w[:len(w)-size])
}

// roleParticles and roleStems are the endings roleBefore lets through
// after a role ("입회인은") and the stems before them ("지정된"), as
// bitmaps: every word before a word is asked.
var (
	roleParticles = newRuneSet([]string{"은는이가인진된"}, false)
	roleStems     = newRuneSet([]string{"되보사하중알지"}, false)
)

// roleTails holds the last syllables of the words for citizens, so that
// roleBefore turns most words away with one lookup.
var roleTails = func() *runeSet {
	set := newRuneSet(nil, false)
	add := func(w string) {
		r, _ := utf8.DecodeLastRuneInString(w)
		set.add(r)
	}
	for w := range nameRoles {
		add(w)
	}
	for _, w := range privateRoles {
		add(w)
	}
	for _, w := range privateRoleSuffixes {
		add(w)
	}
	return set
}()

// roleEnds holds the endings of the words citizenRole accepts: their
// last syllable when it is a role of its own, else their last two. A
// word ending otherwise is no role, which a shift and a mask say without
// hashing the word.
var roleEnds = func() *endSet {
	set := &endSet{one: runeSet{other: map[rune]bool{}}}
	for w := range nameRoles {
		set.add(w)
	}
	for _, w := range privateRoles {
		set.add(w)
	}
	for _, w := range privateRoleSuffixes {
		set.add(w)
	}
	return set
}()

// endSet is a filter over the last two runes of words (or the last one,
// for words of one rune): may reports false only for a word that ends
// with none of the words added.
type endSet struct {
	one  runeSet
	pair [1 << 16 / 64]uint64
}

func pairBit(a, b rune) uint32 { return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> 16 }

func (set *endSet) add(w string) {
	b, n := utf8.DecodeLastRuneInString(w)
	if n == len(w) {
		set.one.add(b)
		return
	}
	a, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
	k := pairBit(a, b)
	set.pair[k>>6] |= 1 << (k & 63)
}

func (set *endSet) may(w string) bool {
	b, n := utf8.DecodeLastRuneInString(w)
	if n == 0 {
		return false
	}
	if set.one.has(b) {
		return true
	}
	if n == len(w) {
		return false
	}
	a, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
	k := pairBit(a, b)
	return set.pair[k>>6]&(1<<(k&63)) != 0
}

// citizenRole reports a word for a citizen.
func citizenRole(w string) bool {
	if nameRoles[w] || isPrivateRole(w) && w != "씨" && w != "님" {
		return true
	}
	// "기초생활수급자", "차량소유주": a longer word ending in a role of
	// three syllables or more.
	for n := 3; n <= 4 && len(w) > 3*n; n++ {
		if tail := w[len(w)-3*n:]; nameRoles[tail] {
			return true
		}
	}
	return false
}

// prevWord returns the word before the spaces before j on its line, and
// where it starts.
func prevWord(s string, j int) (string, int) {
	k := j
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == j {
		return "", j
	}
	st := k
	for st > 0 && s[st-1] != ' ' && s[st-1] != '\n' && s[st-1] != '\t' {
		st--
	}
	if c := s[st]; c != '(' && c != '"' && c != '\'' && c != 0xE2 {
		return s[st:k], st // nothing to trim: the common case, without TrimLeft's rune decoding
	}
	return strings.TrimLeft(s[st:k], "(“\"'"), st
}

// roleName reads the name at the word start j of a line ending at e when
// a role word stands right before it, and masks it. It returns where the
// name ends, or j.
func (sc *scanner) roleName(j, e int, lc *lineCtx) int {
	s := sc.s
	if j == 0 || s[j-1] != ' ' || !sc.roleBefore(j) {
		return j
	}
	// Up to four Hangul words, one space apart.
	var ws [4]span
	n := 0
	for k := j; n < 4 && k < e && hangulAt(s, k); {
		b := k
		for b < e && hangulAt(s, b) {
			b += 3
		}
		ws[n] = span{k, b}
		n++
		if b+1 < e && s[b] == ' ' && hangulAt(s, b+1) {
			k = b + 1
		} else {
			break
		}
	}
	if n == 0 {
		return j
	}
	// Single syllables first: a name written apart ("손 율 지의", "임 건
	// 씨로"), its last part with the ending glued to it.
	m := 0
	for m < n && ws[m].end-ws[m].start == 3 {
		m++
	}
	if m > 0 && s[ws[0].start:ws[0].end] == "간" {
		return j // "당사자 간 합의": between them, not a surname
	}
	var name string
	end, honored := 0, false
	switch {
	case m == 0:
		w := s[ws[0].start:ws[0].end]
		core := cutEnding(w)
		if k, ok := strings.CutSuffix(w, "에"); ok && core == w && len(k) >= 6 && hasPrefixAny(s[ws[0].end:e], []string{" 대하여", " 대해", " 대한"}) {
			core = k // "조합장 금은영에 대하여"
		}
		if core == w && !nameStops(s, ws[0].end, e) {
			return j
		}
		if k, ok := strings.CutSuffix(core, "씨"); ok && (len(k) == 3 || len(k) == 6) {
			core, honored = k, true // "주민 해든씨도": a given name and its honorific
		} else if k, ok := strings.CutSuffix(core, "님"); ok && len(k) == 3 {
			core, honored = k, true // "민원인 병님은"
		}
		name, end = core, ws[0].start+len(core)
	case m < n:
		w := s[ws[m].start:ws[m].end]
		if hasPrefixAny(w, []string{"씨", "님"}) && m >= 1 {
			// "민원인 김 철 수 씨는", "민원인 은 씨는": syllables apart,
			// or a given name alone, then the honorific.
			name, end, honored = joinSyllables(s, ws[:m]), ws[m-1].end, true
			break
		}
		core := cutEnding(w)
		if core == w && !nameStops(s, ws[m].end, e) || len(core) > 9 {
			return j
		}
		name, end = joinSyllables(s, ws[:m])+core, ws[m].start+len(core)
	default: // all single syllables: "구 수 빈(1989. …)"
		if m < 2 || !nameStops(s, ws[m-1].end, e) {
			return j
		}
		name, end = joinSyllables(s, ws[:m]), ws[m-1].end
	}
	if !sc.roleNamed(name, m > 0, honored) && !sc.speakerNamed(s, j, end, e, name) && !(honored && sc.givenNamed(name)) {
		// "그분 자오리나가", "그분 팜 민 뚜언이": a foreign name after the
		// role, in Hangul.
		if fe := sc.transcribed(j, e, true); fe > j && !lc.isOffice() {
			sc.add(j, fe, TypeName, "name.role_foreign", 0.8, MaskName(s[j:fe]))
			return fe
		}
		return j
	}
	if lc.isOffice() && !lc.isDisc() || !lc.isDisc() && officialNear(s, j, end) {
		return j
	}
	sc.add(j, end, TypeName, "name.role", 0.8, MaskName(s[j:end]))
	return end
}

// givenNamed reports a given name said alone with its honorific after a
// role: "민원인 은 씨는", "이웃 주민 해든씨도", "민원인 병님은". One
// syllable must be a surname's or a given name's; two, no word.
func (sc *scanner) givenNamed(name string) bool {
	switch utf8.RuneCountInString(name) {
	case 1:
		r := runeAt(name, 0)
		return (surnames1.has(r) || givenSyllables.has(r)) && !notNames[name] && !strings.ContainsRune("분측등외본각전현구신", r)
	case 2:
		last, _ := utf8.DecodeLastRuneInString(name)
		return givenSyllables.has(last) && !sc.lx.noun(name) && !sc.lx.usedNoun(name) && !notNames[name] && sc.plainName(name) && !honorificWord(name)
	}
	return false
}

// speakerNamed reports a name that opens a speaker's line after the
// speaker's role: "조합원 장우국 : …", "조합원 이승수(107동): …". The
// form says person, so a name that is also a rare word (우국, 승수)
// counts; it must still be led by a surname and be no ordinary word.
func (sc *scanner) speakerNamed(s string, j, end, e int, name string) bool {
	rest := s[end:e]
	if p := strings.IndexByte(rest, ')'); strings.HasPrefix(rest, "(") && p > 0 && p < 20 {
		rest = rest[p+1:]
	}
	if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, " :") && !strings.HasPrefix(rest, " - ") {
		return false
	}
	ls := strings.LastIndexByte(s[:j], '\n') + 1
	lead := strings.Fields(strings.TrimLeft(s[ls:j], " \t○●◦·-□■▶"))
	if len(lead) != 1 {
		return false // the role alone before the name
	}
	n := utf8.RuneCountInString(name)
	led := surnames1.has(runeAt(name, 0)) || hasSurname2(name)
	return n >= 3 && n <= 5 && led && hangulWord(name) && !notNames[name] && sc.plainName(name) && !verbLike(name) && !sc.lx.common(name)
}

// roleNamed reports that name (its syllables, spaces removed) reads as a
// Korean name after a role: two to four syllables (five with a two-syllable
// surname), led by a surname, of a name's letters, and no ordinary word.
// Spaced, it needs three syllables or an honorific after it ("임 건 씨").
func (sc *scanner) roleNamed(name string, spaced, honored bool) bool {
	n := utf8.RuneCountInString(name)
	two := hasSurname2(name)
	if n < 2 || n > 4 && !(two && n == 5) || !two && !surnames1.has(runeAt(name, 0)) {
		return false
	}
	if spaced && n < 3 && !honored {
		return false // "운전자가 차 또는": one syllable apart is no name
	}
	if last, _ := utf8.DecodeLastRuneInString(name); strings.ContainsRune("등들외", last) {
		return false // "공직자등": a plural, not a name
	}
	if placeholder(name) {
		return false // "류모 씨": a name withheld already
	}
	if n == 2 {
		// Two syllables after a role: 도훈, 정민 and 길란 are dictionary
		// entries too, but no word documents use.
		last, _ := utf8.DecodeLastRuneInString(name)
		return !sc.lx.usedNoun(name) && (sc.lx.score(name) >= likelyName || givenSyllables.has(last)) && sc.plainName(name)
	}
	score := sc.lx.score(name)
	if score < shapeName || sc.lx.noun(name) || notNames[name] {
		return false
	}
	if !spaced && (verbLike(name) || sc.lx.derived(name)) {
		return false
	}
	if n == 4 && !two && (sc.lx.usedNoun(name[:6]) && sc.lx.usedNoun(name[6:]) || sc.lx.derived(name[:9])) {
		return false // "시각장애", "공직자등": words, not a surname and three syllables
	}
	return sc.plainName(name)
}

// plainName reports a candidate that is no exempt official, title, role,
// body or place.
func (sc *scanner) plainName(name string) bool {
	return !sc.exempt(name) && !isTitle(name) && !roleWord(name) && !citizenRole(name) && !bodyWord(name) && !placeWord(name)
}

// cutEnding returns w without the ending a name after a role may carry,
// or w.
func cutEnding(w string) string {
	for _, p := range roleEndings {
		if strings.HasSuffix(w, p) && len(w)-len(p) >= 3 {
			return w[:len(w)-len(p)]
		}
	}
	return w
}

// nameStops reports what may end a bare name after a role: the end of the
// line, a bracket, a comma or an honorific.
func nameStops(s string, i, e int) bool {
	if i >= e {
		return true
	}
	switch s[i] {
	case '(', ',', '.', ')', ':':
		return true
	}
	// "조합원 장우국 : …", "조합원 이연원 - …": a speaker's line.
	if strings.HasPrefix(s[i:e], " : ") || strings.HasPrefix(s[i:e], " - ") || strings.HasPrefix(s[i:e], " – ") {
		return true
	}
	return honorificNext(s, i, e)
}

// joinSyllables returns the syllables of ws written together.
func joinSyllables(s string, ws []span) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(s[w.start:w.end])
	}
	return b.String()
}

// askPrefixes open the line of a question and who asked it, in the
// questions and answers of a briefing: "Q. 허윤슬 :", "- 질의(남춘빈,
// 마천동 314-22):", "문) 김철수:".
var askPrefixes = []string{"Q.", "Q)", "Q:", "질의(", "질문(", "질의자(", "문)", "문.", "질의:", "질의 :"}

// asker masks the name of the citizen who asks on a question line.
func (sc *scanner) asker(i, e int, lc *lineCtx) {
	s := sc.s
	j := i
	for j < e && strings.IndexByte(" \t-·○◦▶*", s[j]) >= 0 {
		j++
	}
	for j < e && (s[j] >= 0x80 && !hangulAt(s, j)) { // "○", "▶": bullets of several bytes
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
	}
	p := ""
	for _, x := range askPrefixes {
		if strings.HasPrefix(s[j:e], x) {
			p = x
			break
		}
	}
	if p == "" {
		return
	}
	a := j + len(p)
	for a < e && s[a] == ' ' {
		a++
	}
	b := a
	for b < e && hangulAt(s, b) {
		b += 3
	}
	if b == a {
		return
	}
	// The name ends the question's head: a comma or a bracket after it
	// in "질의(…", a colon after it otherwise.
	rest := strings.TrimLeft(s[b:e], " ")
	if strings.HasSuffix(p, "(") {
		if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ")") {
			return
		}
	} else if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "：") {
		return
	}
	name := s[a:b]
	if !sc.roleNamed(name, false, false) || lc.isOffice() || officialNear(s, a, b) {
		return
	}
	sc.add(a, b, TypeName, "name.asker", 0.85, MaskName(name))
	// "질의(남춘빈, 마천동 314-22)": where the asker lives, after the
	// name; its numbers go.
	if strings.HasSuffix(p, "(") && strings.HasPrefix(rest, ",") {
		c := b + strings.IndexByte(s[b:e], ',') + 1
		if k := strings.IndexByte(s[c:e], ')'); k > 0 {
			if d := strings.IndexAny(s[c:c+k], "0123456789"); d >= 0 {
				v := strings.TrimRight(s[c+d:c+k], " ")
				sc.add(c+d, c+d+len(v), TypeAddress, "address.asker", 0.8, maskDigits(v))
			}
		}
	}
}

// othersCounted masks the one person a group is named by: "지솔 외
// 150명", "안 정 규 외 7명", "라하유 데위 외 40명" (a petition, a group of
// objectors). The name is the word or words right before " 외 ".
func (sc *scanner) othersCounted() {
	s := sc.s
	for k := 0; ; {
		m := sc.index(s[k:], " 외 ")
		if m < 0 {
			return
		}
		m += k
		k = m + len(" 외 ")
		d := k
		for d < len(s) && isDigit(s[d]) {
			d++
		}
		if d == k || !strings.HasPrefix(s[d:], "명") {
			continue
		}
		// The words before, back to the line's start or a separator.
		ls := m
		for ls > 0 && s[ls-1] != '\n' && s[ls-1] != '\t' && s[ls-1] != '|' && s[ls-1] != ':' && s[ls-1] != '(' && m-ls < 60 {
			ls--
		}
		words := strings.Fields(s[ls:m])
		if len(words) == 0 {
			continue
		}
		last := words[len(words)-1]
		a := m - len(last)
		switch {
		case hangulWord(last) && utf8.RuneCountInString(last) >= 2:
			// Single syllables before it make a spaced name.
			n := 1
			for n < len(words) && n < 4 && utf8.RuneCountInString(words[len(words)-1-n]) == 1 && hangulWord(words[len(words)-1-n]) {
				n++
			}
			if n >= 2 {
				break
			}
			if fe := sc.transcribedBefore(ls, m); fe > 0 {
				sc.add(fe, m, TypeName, "name.counted", 0.8, MaskName(s[fe:m]))
				continue
			}
			if sc.roleNamed(last, false, false) && !officialNear(s, a, m) {
				sc.add(a, m, TypeName, "name.counted", 0.8, MaskName(last))
			}
			continue
		case utf8.RuneCountInString(last) != 1 || !hangulWord(last):
			continue
		}
		// "안 정 규": single syllables.
		st := m
		var name strings.Builder
		n := 0
		for i := len(words) - 1; i >= 0 && n < 4 && hangulWord(words[i]) && utf8.RuneCountInString(words[i]) == 1; i-- {
			st = strings.LastIndex(s[ls:st], words[i]) + ls
			n++
		}
		for _, w := range strings.Fields(s[st:m]) {
			name.WriteString(w)
		}
		if n >= 3 && sc.roleNamed(name.String(), true, false) {
			sc.add(st, m, TypeName, "name.counted", 0.8, MaskName(s[st:m]))
		}
	}
}

// transcribedBefore returns the start of a foreign name in Hangul of two
// or three words that ends at m, or 0.
func (sc *scanner) transcribedBefore(ls, m int) int {
	s := sc.s
	var starts []int // the starts of the words before m, nearest first
	for k := m; len(starts) < 3 && k > ls; {
		j := strings.LastIndexByte(s[ls:k], ' ')
		if j < 0 {
			starts = append(starts, ls)
			break
		}
		starts = append(starts, ls+j+1)
		k = ls + j
	}
	for n := min(3, len(starts)); n >= 2; n-- {
		if st := starts[n-1]; st < m && hangulAt(s, st) && sc.transcribed(st, min(len(s), m+len(" 외 ")), true) == m {
			return st
		}
	}
	return 0
}

// honoredRuns masks the words right before " 씨" when the text names a
// person that way whatever the name's origin or spacing: "첫 번째는 자오리나
// 씨", "봉 설 씨", "팜 민 뚜언 씨". The run is one to three short Hangul
// words after a particle, a colon or the start of a line.
func (sc *scanner) honoredRuns() {
	sc.honoredBy(" 씨")
	sc.honoredBy(" 귀하") // "수신 유수포프 보부르 귀하"
}

// honoredBy reads the runs before one honorific.
func (sc *scanner) honoredBy(h string) {
	s := sc.s
	for k := 0; ; {
		m := sc.index(s[k:], h)
		if m < 0 {
			return
		}
		m += k
		k = m + len(h)
		if k < len(s) && hangulAt(s, k) && !hasPrefixAny(s[k:], []string{"는", "가", "의", "를", "에게", "와", "도", "께"}) {
			continue // "씨앗": not an honorific
		}
		// Up to three words back.
		var starts []int
		st := m
		for len(starts) < 3 {
			j := st
			for j >= 3 && hangulAt(s, j-3) && s[j-1] != ' ' {
				j -= 3
			}
			if j == st || st-j > 12 {
				break
			}
			starts = append(starts, j)
			if j == 0 || s[j-1] != ' ' || j < 2 {
				break
			}
			st = j - 1
		}
		// The shortest run that a particle or a line's start opens.
		for n := 1; n <= len(starts); n++ {
			a := starts[n-1]
			if !runOpens(s, a) {
				continue
			}
			run := s[a:m]
			if sc.officeWords(run) {
				break // "수신 강서구청장 귀하", "○○복지관 귀하": an office
			}
			joined := strings.ReplaceAll(run, " ", "")
			if sc.lx.noun(joined) || sc.exempt(joined) || isTitle(joined) || citizenRole(joined) || notNames[joined] || placeholder(joined) {
				continue
			}
			korean := (surnames1.has(runeAt(joined, 0)) || hasSurname2(joined)) && sc.lx.score(joined) >= likelyName
			if !korean && (n == 1 && (len(joined) < 9 || sc.lx.alienness(joined) < 0) || n > 1 && sc.anyUsed(run)) {
				continue // one word must read as a transcription; words apart must be no words documents use
			}
			if officialNear(s, a, m) {
				break
			}
			sc.add(a, m, TypeName, "name.honored_run", 0.8, MaskName(run))
			break
		}
	}
}

// officeWords reports a word of run that names an office, a title or a
// body rather than a person.
func (sc *scanner) officeWords(run string) bool {
	for _, w := range strings.Fields(run) {
		if isTitle(w) || bodyWord(w) || placeWord(w) || strings.HasSuffix(w, "청장") || strings.HasSuffix(w, "시장") || strings.HasSuffix(w, "군수") ||
			strings.HasSuffix(w, "귀중") || hasAny(w, []string{"주식회사", "(주)", "㈜"}) {
			return true
		}
	}
	return false
}

// anyUsed reports a word of run that documents use as an ordinary word.
func (sc *scanner) anyUsed(run string) bool {
	for _, w := range strings.Fields(run) {
		if len(w) > 3 && (sc.lx.usedNoun(w) || sc.lx.noun(w)) {
			return true
		}
	}
	return false
}

// runOpens reports what may stand before a name's first word: the start
// of a line, a bracket or a colon, or a word ending in a particle ("첫
// 번째는").
func runOpens(s string, a int) bool {
	if a == 0 || s[a-1] == '\n' || s[a-1] == '(' || s[a-1] == '\t' {
		return true
	}
	if s[a-1] != ' ' || a < 2 {
		return false
	}
	p := strings.TrimRight(s[:a], " ")
	if strings.HasSuffix(p, ":") || strings.HasSuffix(p, ",") || strings.HasSuffix(p, ".") || strings.HasSuffix(p, "\n수신") {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return strings.ContainsRune("은는이가을를의에도", last)
}

// contractPersons masks the person a contract with a person names after
// its label, in a record written one field to a line: "계약방법
// 수의계약(개인)" above, then "계약상대자 박희덕" or "계약상대자 : 연채비".
func (sc *scanner) contractPersons() {
	s := sc.s
	for from := 0; ; {
		k := sc.index(s[from:], "계약상대자")
		if k < 0 {
			return
		}
		k += from
		from = k + len("계약상대자")
		if k > 0 && s[k-1] != '\n' && s[k-1] != ' ' && s[k-1] != '|' && s[k-1] != '\t' {
			continue
		}
		a := from
		for a < len(s) && (s[a] == ' ' || s[a] == ':' || s[a] == '\t' || s[a] == '|') {
			a++
		}
		if strings.HasPrefix(s[a:], "：") {
			a += len("：")
			for a < len(s) && s[a] == ' ' {
				a++
			}
		}
		e := eolWithin(s, a, 60)
		v := strings.TrimRight(s[a:e], " |\t")
		if v == "" || a == from || !personalContract(s, k) {
			continue
		}
		switch {
		case hangulWord(v) && sc.roleNamed(v, false, false):
			sc.add(a, a+len(v), TypeName, "name.contract", 0.85, MaskName(v))
		case isLatinUpper(v[0]) && latinNameEnd(s, a, a+len(v)) == a+len(v):
			sc.add(a, a+len(v), TypeName, "name.contract", 0.85, MaskName(v))
		}
	}
}
