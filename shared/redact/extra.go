package redact

import (
	"strings"
	"unicode/utf8"
)

// ipv6 reads an IPv6 address from i: hexadecimal groups of one to four
// digits joined by ':', with "::" at most once, and at least four groups
// or a "::" — so that a time (12:30:45) is none. It returns the end, or i.
func ipv6(s string, i int) int {
	if i > 0 && (isHex(s[i-1]) || s[i-1] == ':') {
		return i
	}
	j, groups, colons, double, letters := i, 0, 0, false, false
	for j < len(s) {
		k := j
		for k < len(s) && k-j < 5 && isHex(s[k]) {
			letters = letters || !isDigit(s[k])
			k++
		}
		if k-j > 4 {
			return i
		}
		if k > j {
			groups++
		}
		j = k
		if j+1 < len(s) && s[j] == ':' && s[j+1] == ':' {
			if double {
				return i
			}
			double = true
			j += 2
			colons += 2
			continue
		}
		if j < len(s) && s[j] == ':' && j+1 < len(s) && isHex(s[j+1]) {
			j++
			colons++
			continue
		}
		break
	}
	if j < len(s) && (isHex(s[j]) || s[j] == ':' || s[j] == '.') {
		return i
	}
	if groups >= 2 && (double && groups >= 3 || groups >= 5) && colons >= 3 && (letters || double) {
		return j
	}
	return i
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// spelledEmails masks addresses written to dodge harvesters:
// "shinmyungok08 (at) daum.net", "hong[at]naver.com".
func (sc *scanner) spelledEmails() {
	s := sc.s
	for _, at := range []string{" (at) ", "(at)", " [at] ", "[at]", " (AT) "} {
		for k := 0; ; {
			m := sc.index(s[k:], at)
			if m < 0 {
				break
			}
			m += k
			k = m + len(at)
			a := m
			for a > 0 && isLocalChar(s[a-1]) && m-a < 64 {
				a--
			}
			e := k
			for e < len(s) && isDomainChar(s[e]) && e-k < 255 {
				e++
			}
			for e > k && (s[e-1] == '.' || s[e-1] == '-') {
				e--
			}
			dom := s[k:e]
			if a == m || strings.IndexByte(dom, '.') <= 0 {
				continue
			}
			sc.add(a, e, TypeEmail, "email.spelled", 0.85, maskAll(s[a:m])+s[m:k]+dom)
		}
	}
}

// latinInBrackets masks a transcribed name followed by its Latin spelling
// and a nationality in brackets: "쏨차이 (SOMCHAI, 태국)", "바트에르덴
// (BAT-ERDENE, 몽골)". i is the bracket.
func (sc *scanner) latinInBrackets(i int) {
	s := sc.s
	c := strings.IndexByte(s[i:min(len(s), i+64)], ')')
	if c < 0 || i+1 >= len(s) || !isLatinUpper(s[i+1]) {
		return
	}
	end := i + c
	le := latinNameEnd(s, i+1, end)
	if le == i+1 {
		// One word in capitals: "SOMCHAI", "BAT-ERDENE".
		k := i + 1
		for k < end && (isLatinUpper(s[k]) || s[k] == '-') {
			k++
		}
		if k-i-1 < 3 {
			return
		}
		le = k
	}
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s[le:end]), ","))
	if rest != "" && !hasAny(rest, docForeignWords) && !isNation(rest) {
		return
	}
	sc.add(i+1, le, TypeName, "name.bracket_latin", 0.85, MaskName(s[i+1:le]))
	// The Hangul before the bracket is the same name.
	b := i
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	a := b
	for a > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:a])
		if !isHangul(r) && r != ' ' || b-a > 30 {
			break
		}
		a -= size
	}
	for a < b && s[a] == ' ' {
		a++
	}
	if a < b && sc.transcribedCell(a, b) || a < b && sc.lx.foreignName(s[a:b]) {
		sc.add(a, b, TypeName, "name.bracket_latin", 0.85, MaskName(s[a:b]))
	} else if a < b && !strings.Contains(s[a:b], " ") && utf8.RuneCountInString(s[a:b]) >= 2 && utf8.RuneCountInString(s[a:b]) <= 6 && !sc.lx.noun(s[a:b]) && !roleWord(s[a:b]) {
		sc.add(a, b, TypeName, "name.bracket_latin", 0.8, MaskName(s[a:b]))
	}
}

// latinThenHangul masks a Latin-script name followed by its Hangul
// transcription and a nationality or a stay status in brackets: "SANTOS
// MARIA CLARA (산토스 마리아 클라라, 필리핀, E-9)", "LIU YANG (류양,
// 중국)". i is the bracket.
func (sc *scanner) latinThenHangul(i int) {
	s := sc.s
	c := strings.IndexByte(s[i:min(len(s), i+96)], ')')
	if c < 0 {
		return
	}
	in := s[i+1 : i+c]
	k := strings.IndexByte(in, ',')
	if k <= 0 {
		return
	}
	rest := strings.TrimSpace(in[k+1:])
	if !isNation(rest) && !stayStatus(rest) {
		return
	}
	// The Latin name before the bracket, on its line.
	b := i
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	a := b
	for a > 0 && (isLatinUpper(s[a-1]) || s[a-1] == ' ' || s[a-1] == '-' || s[a-1] == '\'') && b-a < 60 {
		a--
	}
	for a < b && !isLatinUpper(s[a]) {
		a++
	}
	if b-a < 3 || a > 0 && isAlnum(s[a-1]) {
		return
	}
	sc.add(a, b, TypeName, "name.latin_transcribed", 0.85, MaskName(s[a:b]))
	h := strings.TrimSpace(in[:k])
	if o := strings.Index(in, h); h != "" && allHangulWords(h) && !roleWord(h) {
		sc.add(i+1+o, i+1+o+len(h), TypeName, "name.latin_transcribed", 0.85, MaskName(h))
	}
}

// stayStatus reports a stay status code first in t: "E-9", "F-6", "D-10".
func stayStatus(t string) bool {
	return len(t) >= 3 && t[0] >= 'A' && t[0] <= 'H' && t[1] == '-' && isDigit(t[2])
}

// nations are nationalities written after a foreign name.
var nations = []string{"베트남", "중국", "필리핀", "태국", "몽골", "캄보디아", "네팔", "우즈베키스탄", "인도네시아", "미얀마", "러시아", "일본",
	"미국", "스리랑카", "방글라데시", "파키스탄", "카자흐스탄", "키르기스스탄", "라오스", "인도", "대만", "동티모르", "프랑스", "독일", "영국", "캐나다"}

func isNation(w string) bool {
	for _, n := range nations {
		if w == n || strings.HasPrefix(w, n+" ") || strings.HasPrefix(w, n+",") {
			return true
		}
	}
	return false
}

// splitName reads a name written apart from i: a surname and its given
// name as two words ("김 철수", "남궁 하늘"), a compound surname and
// spaced syllables ("황보 은 별"), or syllables one by one ("김 철 수").
// It returns the end, or i. Only readers that know a name stands here (a
// marker, a name column) call it: the shapes alone are common in prose.
func (sc *scanner) splitName(i, end int) int {
	e, _ := sc.splitNameTail(i, end)
	return e
}

// splitNoun reports a word that a name written apart must not spell:
// of two syllables only a word documents use ("곽 혁" spells a noun of
// the dictionary's, not of a document's), of more any noun.
func (sc *scanner) splitNoun(w string) bool {
	if len(w) == 6 {
		return sc.lx.common(w)
	}
	return sc.lx.noun(w)
}

// nameTail reports a particle or an honorific at the start of t, which a
// name written apart may carry on its last syllable ("양 나 래귀하", "원
// 주원귀하", "주 옥분의", "어 혁씨는").
func nameTail(t string) bool {
	for _, p := range []string{"귀하", "님", "씨", "께서", "에게", "의", "은", "는", "이", "가", "을", "를", "과", "와", "도"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// splitNameTail is splitName that also reads a particle or honorific
// glued to the name's last syllable; tail says one was there, which makes
// the reading surer.
func (sc *scanner) splitNameTail(i, end int) (e int, tail bool) {
	s := sc.s
	if e, ok := sc.spacedNameMin(i, end, 3); ok {
		return e, false
	}
	// "양 나 래귀하", "배 유 진은": syllables one by one, the last with its
	// particle.
	if e := sc.spacedBeforeTail(i, end); e > i {
		return e, true
	}
	// The surname: one syllable, or a compound one.
	j := i
	if hasSurname2(s[i:end]) {
		j += 6
	} else if i+3 <= end && hangulAt(s, i) && surnames1.has(runeAt(s, i)) {
		j += 3
	} else {
		return i, false
	}
	if j >= end || s[j] != ' ' {
		// "황광 수", "승분 희": OCR set the space one syllable late.
		if j+3 < end && hangulAt(s, j) && s[j+3] == ' ' && j+7 <= end && hangulAt(s, j+4) && (j+7 == end || !hangulAt(s, j+7)) && !hasSurname2(s[i:end]) {
			whole := s[i:j+3] + s[j+4:j+7]
			if sc.lx.score(whole) >= likelyName && !sc.lx.noun(whole) && !roleWord(whole) && !sc.exempt(whole) {
				return j + 7, false
			}
		}
		return i, false
	}
	g := j + 1
	// The given name: one word of one or two syllables, or two single
	// syllables ("황보 은 별").
	k := g
	for k < end && hangulAt(s, k) && k-g < 9 {
		k += 3
	}
	n := (k - g) / 3
	if n == 1 && k+4 <= end && s[k] == ' ' && hangulAt(s, k+1) && (k+4 == end || !hangulAt(s, k+4)) {
		k += 4 // "은 별"
		n = 2
	}
	if n < 1 || n > 3 {
		return i, false
	}
	if n == 3 || k < end && hangulAt(s, k) {
		// "원 주원귀하", "주 옥분의": the given name glued to its particle.
		for m := 2; m >= 1; m-- {
			if g+3*m < k && g+3*m <= end && nameTail(s[g+3*m:]) && !strings.ContainsRune("씨님", runeAt(s, g+3*m-3)) {
				whole := s[i:j] + s[g:g+3*m]
				if sc.lx.score(whole) >= shapeName && !sc.splitNoun(whole) && !roleWord(whole) && !sc.exempt(whole) {
					return g + 3*m, true
				}
			}
		}
		return i, false
	}
	whole := strings.ReplaceAll(s[i:k], " ", "")
	if sc.lx.score(whole) < shapeName || sc.splitNoun(whole) || roleWord(whole) || sc.exempt(whole) {
		return i, false
	}
	return k, false
}

// spacedBeforeTail reads a name of three or four syllables written one by
// one whose last syllable carries a particle or honorific ("양 나 래귀하",
// "배 유 진은"), and returns the end of its last syllable, or i.
func (sc *scanner) spacedBeforeTail(i, end int) int {
	s := sc.s
	var b strings.Builder
	j, n := i, 0
	for j+3 <= end && hangulAt(s, j) && n < 4 {
		b.WriteString(s[j : j+3])
		n++
		if j+4 <= end && s[j+3] == ' ' && hangulAt(s, j+4) {
			j += 4
			continue
		}
		if n >= 3 && j+3 < end && hangulAt(s, j+3) && nameTail(s[j+3:]) {
			w := b.String()
			if nameLike(w) && !sc.lx.noun(w) && !sc.exempt(w) {
				return j + 3
			}
		}
		return i
	}
	return i
}

func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF }

// hanWord reports two to four Chinese characters and nothing else: a name
// written in Hanja ("洪吉童").
func hanWord(t string) bool {
	n := 0
	for _, r := range t {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// hanjaInBrackets masks a name and its Hanja spelling in brackets after
// it: "홍길동(洪吉童)", "징계혐의자 김철수(金哲洙)". i is the bracket.
func (sc *scanner) hanjaInBrackets(i int) {
	s := sc.s
	c := strings.IndexByte(s[i:min(len(s), i+20)], ')')
	if c < 0 || !hanWord(s[i+1:i+c]) {
		return
	}
	a, n := hangulBack(s, i, 5)
	if n != utf8.RuneCountInString(s[i+1:i+c]) || n < 2 {
		return
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:a]); a > 0 && isHangul(r) {
		return
	}
	w := s[a:i]
	// Statutes gloss their terms in Hanja ("현물(現物)"): a name has three
	// syllables or more, and is no word.
	if n < 3 || sc.lx.score(w) < shapeName || sc.lx.noun(w) || sc.lx.derived(w) || roleWord(w) || sc.exempt(w) || officialNear(s, a, i) {
		return
	}
	// …and a person is spoken of just before: "징계혐의자 김철수(金哲洙)",
	// "성명: 김철수(金哲洙)".
	before := strings.TrimRight(s[max(0, a-40):a], " :：")
	if k := strings.LastIndexAny(before, " \n\t:："); k >= 0 {
		before = before[k+1:]
	}
	if !isPrivateRole(before) && !hasAny(before, markers) && !hasAny(before, disciplineWords) {
		return
	}
	sc.add(a, i, TypeName, "name.hanja", 0.85, MaskName(w))
	sc.add(i+1, i+c, TypeName, "name.hanja", 0.85, MaskName(s[i+1:i+c]))
}

// shapedName reports a word of two to five Hangul syllables shaped like a
// name that is no role, title, place or exempt official: the test the
// readers of a name's place (a signature, a sender, a row) share.
func (sc *scanner) shapedName(w string) bool {
	n := utf8.RuneCountInString(w)
	return hangulWord(w) && n >= 2 && n <= 5 && sc.lx.score(w) >= shapeName && !roleWord(w) && !isPrivateRole(w) &&
		!placeWord(w) && !isTitle(w) && !sc.exempt(w)
}
