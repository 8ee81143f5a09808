package redact

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// scanner is one pass over normalised text. Detection is keyed on a few
// trigger bytes (ASCII digits, '@', '+', '(' and Hangul marker syllables),
// so most of the text is skipped with a table lookup per byte.
type scanner struct {
	s    string
	opts Options
	hits []hit
	tok  token // reused by number, so digit runs cost no allocation
	lx   *lexicon
	lay  *layout
	// docForeign: the text is about foreign residents (a passport, a
	// nationality, a foreigner's registration), so foreign names are read
	// on every line.
	docForeign bool
	// newest is the newest year the text names (newestYear), read once.
	newest     int
	newestRead bool
	// disc says whether the text disciplines someone (docDiscipline),
	// read once.
	disc, discRead bool
	// counts are the text's byte counts (a sample), which choose the
	// byte a search of the whole text looks for (index).
	counts *byteCounts
	// roles remembers which words are words for citizens (citizenRole),
	// asked of every word before a name-shaped one.
	roles map[string]bool
	// lands are telephones alone in their cells that no word named a
	// person's: a record's person may own them (recordLandlines).
	lands []hit
	// cellCuts are the line breaks inside cells of one-cell-per-line
	// tables that cellRows found a row's width broke ("1955.\n03.21"):
	// the joined reading reads across them.
	cellCuts []cut
}

// docDisc reports a text that disciplines someone: it demands or records
// a sanction (중징계, 훈계, 견책 …), not only a 주의 or a 고발.
func (sc *scanner) docDisc() bool {
	if !sc.discRead {
		sc.disc, sc.discRead = false, true
		for _, w := range []string{"중징계", "경징계", "징계", "훈계", "견책", "감봉", "정직 ", "문책"} {
			if sc.index(sc.s, w) >= 0 {
				sc.disc = true
				break
			}
		}
	}
	return sc.disc
}

// index returns strings.Index(t, w) for t a part of the text, looking
// for the byte of w that the text holds fewest of.
func (sc *scanner) index(t, w string) int {
	return sc.byteCounts().indexIn(t, w)
}

// hasAny reports whether t, a part of the text, contains any of the
// words, as hasAny does, each looked for by the byte the text holds
// fewest of.
func (sc *scanner) hasAny(t string, words []string) bool {
	c := sc.byteCounts()
	for _, w := range words {
		if c.indexIn(t, w) >= 0 {
			return true
		}
	}
	return false
}

// byteCounts returns the text's byte counts, counting them once.
func (sc *scanner) byteCounts() *byteCounts {
	if sc.counts == nil {
		sc.counts = countBytes(sc.s)
	}
	return sc.counts
}

// citizenRole reports a word for a citizen, remembering the answer for
// the rest of the text.
func (sc *scanner) citizenRole(w string) bool {
	if !roleEnds.may(w) {
		return false
	}
	if v, ok := sc.roles[w]; ok {
		return v
	}
	if sc.roles == nil {
		sc.roles = map[string]bool{}
	}
	v := citizenRole(w)
	sc.roles[w] = v
	return v
}

// newestYear returns the newest year the text names, reading it once.
func (sc *scanner) newestYear() int {
	if !sc.newestRead {
		sc.newest, sc.newestRead = newestYear(sc.s), true
	}
	return sc.newest
}

// lines returns the text's lines, split once by the layout pass.
func (sc *scanner) lines() []span {
	if sc.lay != nil {
		return sc.lay.lines
	}
	return splitLines(sc.s)
}

func scan(s string, opts Options, known map[string]string, lx *lexicon) []hit {
	if known == nil {
		// The lines' reading lends the names it found to the joined
		// reading of its wrapped parts.
		known = map[string]string{}
	}
	sc := &scanner{s: s, opts: opts, lx: lx, lay: analyze(s, lx), docForeign: hasAny(s, docForeignWords)}
	hits := sc.readAll(known)
	if cuts := mergeCuts(mergeCuts(mergeCuts(wrapCuts(s, sc.lines()), spacedCuts(s)), strayCuts(s)), sc.cellCuts); len(cuts) > 0 {
		hits = addWrapped(hits, sc.dewrapped(cuts, known))
	}
	return oneLine(s, hits)
}

// readAll runs every rule over the text as its lines stand.
func (sc *scanner) readAll(known map[string]string) []hit {
	sc.run()
	sc.keywordValues()
	sc.wrappedAddresses()
	sc.wrappedNumbers()
	sc.people()
	sc.pdfRows()
	sc.pdfAnchoredRows()
	sc.pdfTables()
	sc.cellRows()
	sc.spacedLabels()
	sc.givenSpeakers()
	sc.childTitles()
	sc.nominees()
	sc.unitNames()
	sc.gluedChildTitles()
	sc.gluedRoleNames()
	sc.transcriptSpeakers()
	sc.spacedDigits()
	sc.attachedPapers()
	sc.transcribedAfterLatin()
	sc.recordLandlines()
	sc.recordLots()
	sc.dropPublic()
	sc.repeatNames(known)
	sc.repeatValues()
	return resolve(sc.hits)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (sc *scanner) add(start, end int, typ, rule string, conf float64, mask string) {
	if typ == TypeName && !sc.plausibleName(start, end) {
		return
	}
	sc.hits = append(sc.hits, hit{start: start, end: end, typ: typ, rule: rule, conf: conf, mask: mask})
	switch typ {
	case TypeRRN, TypeFRN, TypeMobile, TypeLandline, TypeEmail, TypeLicence, TypePassport, TypeAccount:
		sc.nameBefore(start)
	}
	if typ == TypeAccount {
		sc.holderAfter(end)
	}
}

// plausibleName is the last word on a name, whatever rule found it: a role,
// a header, a word that is never a name or a road ("권율대로 183") is
// not one.
func (sc *scanner) plausibleName(start, end int) bool {
	v := sc.s[start:end]
	if notNames[v] || isPrivateRole(v) && !spelledOut(v) {
		return false
	}
	if r, ok := labelRoles[squeeze(v)]; ok && r != roleNone {
		return false // "성명", "생년월일", "Name": a header
	}
	if r, ok := labelRoles[squeeze(stripParticle(v))]; ok && r != roleNone && r != roleName {
		return false // "생년월일이", "주소는": a header with its particle
	}
	if end+4 < len(sc.s) && strings.HasPrefix(sc.s[end:], "로 ") && (isDigit(sc.s[end+4]) || sc.s[end+4] == '*') {
		return false // "성수이로 ***": a road and its number
	}
	rest := sc.s[end:]
	if strings.HasPrefix(rest, "도") && provinces[v+"도"] || strings.HasPrefix(rest, "로") && strings.HasSuffix(v, "대") {
		return false // "전라남도", "송파대로", "원안대로"
	}
	if (strings.HasPrefix(rest, "로") || strings.HasPrefix(rest, "길")) && districtBefore(sc.s, start) {
		return false // "마포구 성미산로": a road after its district
	}
	return true
}

// spelledOut reports three or four single syllables a space apart ("편 태
// 양"): a name spelled out, whose last syllable is no role even where
// alone it would be one (양, 군).
func spelledOut(v string) bool {
	f := strings.Split(v, " ")
	if len(f) < 3 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if len(w) != 3 || !hangulAt(w, 0) {
			return false
		}
	}
	return true
}

// provinces are the provinces whose names a particle split would leave
// looking like names ("전라남" + 도).
var provinces = map[string]bool{"경기도": true, "강원도": true, "충청남도": true, "충청북도": true, "전라남도": true, "전라북도": true,
	"경상남도": true, "경상북도": true, "제주도": true}

// districtBefore reports a word ending in 시, 군, 구, 읍, 면 or 동 right
// before i: what stands before a road's name.
func districtBefore(s string, i int) bool {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == i || k < 3 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	if !strings.ContainsRune("시군구읍면동", r) {
		return false
	}
	// "없으면 설호미로", "하시면": a verb's ending, not a 면 or a 시.
	w := s[max(0, k-6):k]
	for _, end := range []string{"으면", "하면", "다면", "려면", "이면", "라면", "되면", "지면", "으시", "하시", "없으면", "있으면"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	return true
}

// trigger marks the bytes that can start a detection: ASCII digits, '@',
// '+' and the lead bytes of the Hangul syllables that end a marker word or
// are an honorific. Every other byte is skipped with one lookup.
var trigger = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['@'], t['+'], t['('], t[0xEA], t[0xEB], t[0xEC], t[0xED] = true, true, true, true, true, true, true
	return t
}()

// markerEnds marks the last syllables of the markers the key switch in
// run does not name.
var markerEnds = func() (t [0xD7A4 - 0xAC00]bool) {
	for _, m := range markers {
		r, _ := utf8.DecodeLastRuneInString(m)
		switch r {
		case '인', '명', '자', '름', '주', '함', '신', '람':
			continue
		}
		if r >= 0xAC00 && r <= 0xD7A3 {
			t[r-0xAC00] = true
		}
	}
	return t
}()

// UTF-8 of the trigger syllables, as 24-bit keys.
const (
	keyNim = 0xEB8B98 // 님
	keySsi = 0xEC94A8 // 씨
	keyIn  = 0xEC9DB8 // 인
	keyMy  = 0xEBAA85 // 명
	keyJa  = 0xEC9E90 // 자
	keyRm  = 0xEBA684 // 름
	keyJu  = 0xECA3BC // 주
	keyHm  = 0xED95A8 // 함
	keySn  = 0xEC8BA0 // 신
	keyRam = 0xEB9E8C // 람
	keyHa  = 0xED9598 // 하, of 귀하
	keyIp  = 0xEC9E85 // 입, of 입니다
)

func (sc *scanner) run() {
	s := sc.s
	for i := 0; i < len(s); {
		c := s[i]
		if !trigger[c] {
			// s is valid UTF-8: the two bytes after a three-byte lead
			// (가-깋 and most punctuation) are continuation bytes, never
			// triggers, so the whole letter is passed at once.
			if c >= 0xE0 && c < 0xF0 {
				i += 3
			} else {
				i++
			}
			continue
		}
		switch {
		case c <= '9' && c >= '0':
			i = sc.number(i)
		case c == '@':
			sc.email(i)
			i++
		case c == '+':
			i = sc.plus(i)
		case c == '(':
			sc.nameBeforeProfile(i)
			sc.nameBeforeRelation(i)
			sc.nameBeforePlace(i)
			sc.nameBeforeContact(i)
			sc.holderInBrackets(i)
			sc.profileDates(i)
			sc.foreignProfile(i)
			sc.splitBeforeParticulars(i)
			sc.attribution(i)
			sc.latinInBrackets(i)
			if i > 0 && (s[i-1] == ' ' || isLatinUpper(s[i-1])) {
				sc.latinThenHangul(i)
			}
			sc.hanjaInBrackets(i)
			i++
		default: // 0xEB..0xED: a three-byte syllable (s is valid UTF-8)
			if i+2 >= len(s) {
				return
			}
			switch uint32(c)<<16 | uint32(s[i+1])<<8 | uint32(s[i+2]) {
			case keyNim, keySsi:
				sc.honorific(i)
			case keyIn, keyMy, keyJa, keyRm, keyJu, keyHm, keySn, keyRam:
				sc.marker(i, 3)
				if c == 0xEC && strings.HasPrefix(s[i:], "인데요") {
					sc.selfIntro(i) // "정릉동 사는 김준자인데요"
				}
			case keyIp:
				sc.selfIntro(i)
			case keyHa:
				if i >= 3 && s[i-3:i] == "귀" {
					sc.honorific(i - 3)
				}
			default:
				// The other markers' last syllables (대표, 학생, 원고,
				// 친구 …): one lookup in a table of syllables.
				if r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r >= 0xAC00 && r <= 0xD7A3 && markerEnds[r-0xAC00] {
					sc.marker(i, 3)
				}
			}
			i += 3
		}
	}
}

// repeatNames masks every other mention of a name found once with a
// marker or honorific, so that "홍길동 씨 … 홍길동은" leaks nothing. It is
// one pass over the word starts of the text, whatever the number of names.
func (sc *scanner) repeatNames(known map[string]string) {
	s := sc.s
	var names map[string]string // name → mask
	if len(known) > 0 {
		names = map[string]string{}
		for k, v := range known {
			names[k] = v
		}
	}
	taken := map[int]bool{}
	for _, h := range sc.hits {
		// Only names read from their place (a marker, an honorific, a
		// name column, a list, a speaker) are spread; the weaker readings
		// (a word before a role or an identifier) are not.
		if h.typ != TypeName || h.end-h.start < 5 || !spreads(h.rule) {
			continue
		}
		if names == nil {
			names = map[string]string{}
		}
		names[s[h.start:h.end]] = h.mask
		taken[h.start] = true
		if known != nil && len(known) < maxKnownNames {
			known[s[h.start:h.end]] = h.mask
		}
	}
	if names == nil {
		return
	}
	// In a fixed order, so that the same text is always masked the same
	// way: two spellings of one name ("금경숙", "금 경숙") meet below.
	order := slices.Sorted(maps.Keys(names))
	// Names of several words (a foreign name, a spaced one) are found by
	// their text.
	for _, n := range order {
		mask := names[n]
		if !strings.ContainsAny(n, " ") && (n == "" || !isLatinUpper(n[0])) {
			continue
		}
		for from := 0; ; {
			k := sc.index(s[from:], n)
			if k < 0 {
				break
			}
			k += from
			from = k + len(n)
			if taken[k] || k > 0 && (isAlnum(s[k-1]) || prevHangul(s, k)) || from < len(s) && isAlnum(s[from]) {
				continue
			}
			sc.add(k, from, TypeName, "name.repeat", 0.8, mask)
		}
	}
	// A Korean name of three or four syllables is also the same name
	// written apart ("금경숙" and "금 경숙", OCR's "장 범희"): both are
	// keyed by their syllables alone.
	compact := map[string]string{}
	for _, n := range order {
		if c, ok := syllablesOnly(n); ok && len(c) >= 9 {
			// The spelling without spaces gives the mask, whichever
			// spelling came first.
			if _, had := compact[c]; !had || !strings.Contains(n, " ") {
				compact[c] = names[n]
			}
		}
	}
	// A known name's given name alone, as a letter addresses its person
	// ("김재현" then "재현 님 댁", "성혁님"): taken only before 님 or 씨.
	givens := map[string]bool{}
	for n := range names {
		if c, ok := syllablesOnly(n); ok && (len(c) == 9 && surnames1.has(runeAt(c, 0)) || len(c) == 12 && hasSurname2(c)) {
			givens[c[len(c)-6:]] = true
		}
	}
	// Every key looked up below starts with the syllable at i: a word
	// whose first syllable starts none is passed without a lookup.
	first := &runeSet{}
	for n := range names {
		if hangulAt(n, 0) {
			first.add(syllableAt(n, 0))
		}
	}
	for c := range compact {
		first.add(syllableAt(c, 0))
	}
	for g := range givens {
		first.add(syllableAt(g, 0))
	}
	prevHangul := false
	for i := 0; i < len(s); {
		size := 1
		h := false
		if c := s[i]; c >= 0x80 {
			if hangulAt(s, i) {
				h, size = true, 3
			} else {
				_, size = utf8.DecodeRuneInString(s[i:])
			}
		}
		if h && !prevHangul && first.has(syllableAt(s, i)) && !taken[i] {
			// Try the longest name first: 4, 3, then 2 syllables.
			found := false
			for n := 4; n >= 2 && !found; n-- {
				e := i + 3*n
				if e > len(s) {
					continue
				}
				mask, ok := names[s[i:e]]
				if !ok {
					mask, ok = compact[s[i:e]]
				}
				if !ok || !nameEnds(s, e) {
					continue
				}
				sc.add(i, e, TypeName, "name.repeat", 0.8, mask)
				found = true
			}
			if !found && len(compact) > 0 {
				if e, mask, ok := spacedKnown(s, i, compact); ok {
					sc.add(i, e, TypeName, "name.repeat", 0.8, mask)
					found = true
				}
			}
			if !found && i+6 <= len(s) && givens[s[i:i+6]] {
				r := s[i+6:]
				if strings.HasPrefix(r, " ") {
					r = r[1:]
				}
				if strings.HasPrefix(r, "님") || strings.HasPrefix(r, "씨") || sc.givenAddressed(s[i:i+6], s[i+6:]) {
					sc.add(i, i+6, TypeName, "name.repeat_given", 0.8, MaskName(s[i:i+6]))
				}
			}
		}
		prevHangul = h
		i += size
	}
}

// nameEnds reports whether a name may end at e: at the end of a word or
// before a particle.
func nameEnds(s string, e int) bool {
	nr, _ := utf8.DecodeRuneInString(s[e:])
	return !isHangul(nr) || hasPrefixAny(s[e:], particles) || hasPrefixAny(s[e:], knownEnds)
}

// knownEnds may follow a name already known, besides particles: words
// that would be cut from a new candidate's given name (김이만) but that
// after a known name are endings ("장범희만이", "은문준으로부터").
var knownEnds = []string{"만", "으로", "로", "에", "께", "하고", "랑", "이랑", "처럼", "보다"}

// syllablesOnly returns name without its spaces when it is made of
// Hangul syllables and single spaces only.
func syllablesOnly(name string) (string, bool) {
	var b strings.Builder
	for _, r := range name {
		switch {
		case isHangul(r):
			b.WriteRune(r)
		case r != ' ':
			return "", false
		}
	}
	return b.String(), true
}

// spacedKnown reads three or four syllables from i with single spaces
// between some of them ("금 경숙", "장 범 희") and reports a known name
// among them, with where it ends.
func spacedKnown(s string, i int, compact map[string]string) (int, string, bool) {
	var buf [12]byte
	n, spaces := 0, 0
	for j := i; n < 4 && hangulAt(s, j); {
		copy(buf[3*n:], s[j:j+3])
		n++
		j += 3
		if n >= 3 && spaces > 0 {
			if mask, ok := compact[string(buf[:3*n])]; ok && nameEnds(s, j) {
				return j, mask, true
			}
		}
		if j+1 < len(s) && s[j] == ' ' && hangulAt(s, j+1) {
			spaces++
			j++
		} else if !hangulAt(s, j) {
			break
		}
	}
	return 0, "", false
}

// repeatValues masks every other exact occurrence of a value found once,
// such as a landline found in a personal context and repeated later
// without one. It is one pass over the starts of ASCII words.
func (sc *scanner) repeatValues() {
	s := sc.s
	type val struct{ typ, mask string }
	var vals map[string]val
	var lens []int
	taken := map[int]bool{}
	for _, h := range sc.hits {
		if h.typ == TypeName || h.end-h.start < 5 {
			continue
		}
		if vals == nil {
			vals = map[string]val{}
		}
		v := s[h.start:h.end]
		if _, ok := vals[v]; !ok {
			vals[v] = val{h.typ, h.mask}
			if !containsInt(lens, len(v)) {
				lens = append(lens, len(v))
			}
		}
		taken[h.start] = true
	}
	if vals == nil {
		return
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isAlnum(c) || c == '+' || c == '(') || (i > 0 && isAlnum(s[i-1])) || taken[i] {
			continue
		}
		for _, l := range lens {
			e := i + l
			if e > len(s) {
				continue
			}
			v, ok := vals[s[i:e]]
			if !ok || (e < len(s) && isAlnum(s[e])) || (e+1 < len(s) && (s[e] == '-' || s[e] == '.') && isDigit(s[e+1])) {
				continue
			}
			sc.add(i, e, v.typ, v.typ+".repeat", 0.8, v.mask)
			break
		}
	}
}

// dropPublic removes what the organization publishes itself: the
// numbers, e-mail domains and addresses of its allowlist, and on its
// 결재 line and footer the landlines and addresses with no citizen's
// word beside them.
func (sc *scanner) dropPublic() {
	s := sc.s
	foot := footerBlock(s)
	own := sc.officeOwn(foot)
	var addrs []span
	for _, a := range append(sc.opts.Public.Addresses, own.Addresses...) {
		addrs = append(addrs, findLoose(s, a)...)
	}
	phones := sc.opts.Public.Phones
	domains := append(append([]string(nil), sc.opts.Public.EmailDomains...), own.EmailDomains...)
	out := sc.hits[:0]
	for _, h := range sc.hits {
		keep := true
		if c, ok := sc.lay.at(h.start); ok && h.typ == TypeAddress && placeHeader(c.label) {
			continue // where something happened, on a public road: a place, not a home
		}
		if c, ok := sc.lay.at(h.start); ok && c.role != roleName && (c.corp || c.tab == 0 && c.role == roleCompany && hasAny(s[max(0, c.start-200):min(len(s), c.end+200)], corpMarks)) {
			// A corporation's address, telephone, account or e-mail.
			switch h.typ {
			case TypeLandline, TypeAddress, TypeAccount, TypeEmail:
				continue
			}
		}
		if h.typ == TypeAccount && orgHeld(s, h.end) {
			continue
		}
		switch h.typ {
		case TypeLandline, TypeMobile:
			d := onlyDigits(s[h.start:h.end])
			for _, p := range phones {
				if p != "" && strings.HasPrefix(d, p) {
					keep = false
				}
			}
			// The exchange the office's footer shows is the office's,
			// unless a citizen's word claims the number: a neighbour may
			// share it ("신청인 연락처: 02-351-7777 (자택)").
			for _, p := range own.Phones {
				if p != "" && strings.HasPrefix(d, p) && !hasAny(lineOf(s, h.start), kwCitizenPhone) {
					keep = false
				}
			}
			if keep && h.typ == TypeLandline {
				ln := lineOf(s, h.start)
				keep = !((footerLine(ln) || foot[lineStart(s, h.start)]) && !hasAny(ln, kwCitizenPhone))
			}
		case TypeEmail:
			// An office's address on its footer ("전자우편 … 공개구분
			// 공개"), unless at a mail service anyone can join.
			if ln := lineOf(s, h.start); (footerLine(ln) || foot[lineStart(s, h.start)] || hasAny(ln, gradeMarks)) && !hasAny(ln, kwCitizenPhone) {
				if at := strings.LastIndexByte(s[h.start:h.end], '@'); at >= 0 && !freeMail(s[h.start+at+1:h.end]) {
					keep = false
					break
				}
			}
			if at := strings.LastIndexByte(s[h.start:h.end], '@'); at >= 0 {
				dom := strings.ToLower(s[h.start+at+1 : h.end])
				for _, d := range domains {
					d = strings.ToLower(strings.TrimPrefix(d, "."))
					if d != "" && (dom == d || strings.HasSuffix(dom, "."+d)) {
						keep = false
					}
				}
			}
		case TypeAddress:
			for _, a := range addrs {
				if h.start < a.end && a.start < h.end {
					keep = false
				}
			}
			if facilityAddress(s, h.start, h.end) {
				keep = false
			}
			if keep {
				ln := lineOf(s, h.start)
				keep = !((footerLine(ln) || foot[lineStart(s, h.start)]) && !hasAny(ln, kwCitizenPhone))
			}
		}
		if keep {
			out = append(out, h)
		}
	}
	sc.hits = out
}

// facilityWords end the names of places the public uses, whose address
// is written in brackets after them.
var facilityWords = []string{"센터", "구청", "시청", "군청", "청사", "복지관", "도서관", "체육관", "회관", "문화원", "학교", "병원", "보건소", "공원",
	"시장", "경찰서", "소방서", "빌딩", "타워", "회의실", "강당", "아파트", "어린이집", "유치원", "경로당", "터미널", "법원", "세무서", "우체국",
	"사무소", "관리소", "교회", "성당", "기념관", "박물관", "미술관", "청소년수련관", "공연장", "광장"}

// facilityAddress reports an address in brackets right after a public
// place's name, "가족센터(서울특별시 영등포구 문래로 91)", "래미안아파트
// (서울특별시 마포구 희우정로 193)에 대한 감사": the place's, not a
// person's home. A unit (동, 호) in or after the brackets is a home's.
func facilityAddress(s string, a, e int) bool {
	ls := strings.LastIndexByte(s[:a], '\n') + 1
	from := max(ls, a-90)
	o := strings.LastIndexByte(s[from:a], '(')
	if o < 0 {
		return false
	}
	o += from
	if strings.ContainsAny(s[o:a], ")") {
		return false
	}
	pre := strings.TrimRight(s[ls:o], " ")
	w := pre[strings.LastIndexAny(pre, " \t")+1:]
	if !hasSuffixAny(w, facilityWords) || hasAny(pre, []string{"주소", "거주", "자택", "주택", "사는"}) {
		return false
	}
	c := strings.IndexByte(s[e:min(len(s), e+40)], ')')
	if c < 0 {
		return false
	}
	rest := s[o:min(len(s), e+c+12)] // the bracket, and what follows it
	return !strings.Contains(rest, "호") && !strings.Contains(rest, "동 ") && !unitAfterNumber(rest)
}

// unitAfterNumber reports a building or unit number in t: "103동", "1203호".
func unitAfterNumber(t string) bool {
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) {
			j := i + digitsAt(t, i)
			if strings.HasPrefix(t[j:], "동") || strings.HasPrefix(t[j:], "호") || strings.HasPrefix(t[j:], "층") {
				return true
			}
			i = j
		}
	}
	return false
}

// officeOwn learns the organization's own identifiers from the footers
// of the text: the exchange of its telephones (02-2286-…), the domain of
// its e-mail when it is no mail service anyone can join, and its address.
// They are public wherever else they appear ("의견 제출처: 건축과
// (서울특별시 성동구 고산자로 270, 02-2286-2040)").
func (sc *scanner) officeOwn(foot map[int]bool) Public {
	s := sc.s
	var p Public
	footer := map[int]bool{} // line start → is a footer
	for _, h := range sc.hits {
		if h.typ != TypeLandline && h.typ != TypeEmail && h.typ != TypeAddress {
			continue
		}
		ls := strings.LastIndexByte(s[:h.start], '\n') + 1
		f, ok := footer[ls]
		if !ok {
			t := lineOf(s, h.start)
			f = (footerLine(t) || foot[ls]) && !hasAny(t, kwCitizenPhone)
			footer[ls] = f
		}
		if !f {
			continue
		}
		v := s[h.start:h.end]
		switch h.typ {
		case TypeLandline:
			// Area code and exchange: "02-2286-7732" → "022286".
			d := onlyDigits(v)
			if len(d) >= 9 {
				p.Phones = append(p.Phones, d[:len(d)-4])
			}
		case TypeEmail:
			if at := strings.LastIndexByte(v, '@'); at >= 0 && !freeMail(v[at+1:]) {
				p.EmailDomains = append(p.EmailDomains, v[at+1:])
			}
		case TypeAddress:
			// The road and the number: "고산자로 270".
			if a := roadAndNumber(s, h.start, h.end); a != "" {
				p.Addresses = append(p.Addresses, a)
			}
		}
	}
	return p
}

// orgHeld reports an account whose holder, named right after it, is an
// organization: "994-021272-82656 (예금주: 은평구)", "…\n(예금주:
// 서울특별시)". Its account is published for payments.
func orgHeld(s string, end int) bool {
	t := s[end:min(len(s), end+80)]
	k := strings.Index(t, "예금주")
	if k < 0 || k > 12 {
		return false
	}
	t = strings.TrimLeft(t[k+len("예금주"):], " :：")
	if e := strings.IndexAny(t, ")\n,"); e >= 0 {
		t = t[:e]
	}
	t = strings.TrimSpace(t)
	if t == "" || hasAny(t, corpMarks) {
		return t != ""
	}
	// A bare 구, 시 or 도 also ends people's names (김영구): only the
	// districts themselves, and the longer words of bodies.
	for _, w := range strings.Fields(t) {
		if seoulDistricts[w] {
			return true
		}
	}
	return hasSuffixAny(t, []string{"특별시", "광역시", "특별자치시", "특별자치도", "구청", "시청", "군청", "공단", "공사", "재단", "조합", "센터",
		"위원회", "사무소", "주민센터", "보건소", "세입세출외현금", "금고"})
}

// seoulDistricts are the autonomous districts of Seoul.
var seoulDistricts = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range strings.Fields("종로구 중구 용산구 성동구 광진구 동대문구 중랑구 성북구 강북구 도봉구 노원구 은평구 서대문구 마포구 양천구 " +
		"강서구 구로구 금천구 영등포구 동작구 관악구 서초구 강남구 송파구 강동구") {
		m[d] = true
	}
	return m
}()

// freeMail reports a mail service anyone can join: an address there is a
// person's, even on an office's line.
func freeMail(domain string) bool {
	d := strings.ToLower(domain)
	for _, f := range []string{"gmail.com", "naver.com", "daum.net", "hanmail.net", "nate.com", "kakao.com", "hotmail.com",
		"yahoo.com", "yahoo.co.kr", "outlook.com", "icloud.com", "korea.com", "empas.com", "paran.com", "dreamwiz.com", "live.com", "me.com"} {
		if d == f {
			return true
		}
	}
	return false
}

// roadAndNumber returns the road name and building number of an address
// hit: the word before the number and the number itself.
func roadAndNumber(s string, a, b int) string {
	if a+7 < b && s[a] == '(' {
		// The address's postcode leads the finding: read from its
		// building number, the first number after a space.
		for k := a + 7; k < b; k++ {
			if isDigit(s[k]) && s[k-1] == ' ' {
				a = k
				break
			}
		}
	}
	w := a
	for w > 0 && s[w-1] == ' ' {
		w--
	}
	st := w
	for st > 0 && s[st-1] != ' ' && s[st-1] != '\n' && s[st-1] != '\t' {
		st--
	}
	if st == w {
		return ""
	}
	// The building number only: "화곡로 302 6층" → "화곡로 302".
	e := a
	for e < b && (isDigit(s[e]) || s[e] == '-') {
		e++
	}
	return s[st:e]
}

// gradeMarks give a document's disclosure grade, on its footer.
var gradeMarks = []string{"공개구분", "대국민공개", "/ 공개", "/공개", "부분공개(", "비공개("}

// kwCitizenPhone are words that make a number or address a citizen's
// even on a line with the office's marks.
var kwCitizenPhone = []string{"자택", "(집)", "집 전화", "휴대", "본인", "민원인", "신청인", "청구인", "보호자", "개인", "거주", "고객"}

// footerLine reports the footer of an official document: the office's
// telephone with its fax, web site or disclosure grade.
func lineStart(s string, i int) int { return strings.LastIndexByte(s[:i], '\n') + 1 }

// footerLabels open the lines of an approval document's footer when it
// is written one field to a line ("주소 서울특별시 관악구 관악로 145",
// "전화번호 (02)879-1989"), which footerLine cannot tell from a
// citizen's own line.
var footerLabels = []string{"우편번호", "우", "주소", "홈페이지", "누리집", "전화", "전화번호", "팩스", "팩스번호", "전송", "이메일", "전자우편", "공개구분", "담당부서", "부서"}

// footerBlock returns the starts of the lines of the footer that
// follows the document's last 시행 line, when at least three of them
// carry a footer label; nil otherwise.
func footerBlock(s string) map[int]bool {
	k := strings.LastIndex(s, "\n시행")
	if k < 0 {
		return nil
	}
	var starts []int
	i := k + 1
	for n := 0; n < 16 && i < len(s); n++ {
		e := strings.IndexByte(s[i:], '\n')
		if e < 0 {
			e = len(s) - i
		}
		t := strings.TrimSpace(s[i : i+e])
		w := t
		if j := strings.IndexAny(t, " \t:："); j >= 0 {
			w = t[:j]
		}
		for _, l := range footerLabels {
			if w == l {
				starts = append(starts, i)
				break
			}
		}
		i += e + 1
	}
	if len(starts) < 3 {
		return nil
	}
	m := make(map[int]bool, len(starts))
	for _, st := range starts {
		m[st] = true
	}
	return m
}

func footerLine(t string) bool {
	t += "\n" // a domain at the end of the line ends like one in it
	n := 0
	if len(t) > 7 && t[0] == '(' && digitsAt(t, 1) == 5 && t[6] == ')' {
		n++ // "(02848) 서울특별시 …": a postal code first
	}
	for _, w := range []string{"전송", "팩스", "FAX", "Fax", "fax", "홈페이지", "누리집", "www.", "http", "/ 공개", "/공개", "공개구분", "비공개(", "부분공개(", ".go.kr", "우 0", "우 1", "우)", "대시민공개", "대국민공개",
		"우0", "우1", "우편번호", "(우)", ".kr\n", ".kr ", "@korea.kr", "@seoul.go.kr"} {
		if strings.Contains(t, w) {
			n++
		}
	}
	return n >= 1 && (strings.Contains(t, "전화") || strings.Contains(t, "Tel") || strings.Contains(t, "TEL") || strings.Contains(t, "☎") || n >= 2)
}

// findLoose returns the spans of s that spell a, ignoring spaces.
func findLoose(s, a string) []span {
	a = strings.ReplaceAll(a, " ", "")
	if a == "" {
		return nil
	}
	var out []span
	r0, _ := utf8.DecodeRuneInString(a)
	for i := 0; i < len(s); {
		k := strings.IndexRune(s[i:], r0)
		if k < 0 {
			break
		}
		i += k
		j, m := i, 0
		for j < len(s) && m < len(a) {
			if s[j] == ' ' {
				j++
				continue
			}
			if s[j] != a[m] {
				break
			}
			j++
			m++
		}
		if m == len(a) {
			out = append(out, span{i, j})
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return out
}

// spreads reports the name rules whose names are masked at every other
// mention too.
func spreads(rule string) bool {
	switch rule {
	case "name.before_identifier", "name.before_marker", "name.repeat", "name.repeat_given":
		return false
	}
	return strings.HasPrefix(rule, "name.")
}

// colCtx returns the label of the table column or labelled value holding
// byte i, to be read as if it stood before the value.
func (sc *scanner) colCtx(i int) string {
	c, ok := sc.lay.at(i)
	if !ok {
		return ""
	}
	// "차 량 번 호", "생  년  월  일": a header spaced out across its
	// cell reads as its word.
	return c.label + " " + squeeze(c.label)
}

// countAny returns how many of the words occur in s.
func countAny(s string, words []string) int {
	n := 0
	for _, w := range words {
		if strings.Contains(s, w) {
			n++
		}
	}
	return n
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// givenAddressed reports a known name's given name g, followed by rest,
// used as people speak of a child or a neighbour: "민준 군", "서연 양",
// "민준이가", "민준이는", "서연이에게", and, for a given name that is no
// ordinary word, with its particle alone ("서연은", "하율의"). The word
// must end there.
func (sc *scanner) givenAddressed(g, rest string) bool {
	ends := func(t string) bool {
		return t == "" || t[0] < 0x80 && !isAlnum(t[0]) || !hangulAt(t, 0)
	}
	for _, t := range []string{" 군", " 양", "군", "양"} {
		if r, ok := strings.CutPrefix(rest, t); ok && (ends(r) || particleWord(r, ends)) {
			return true // "민준 군", "서연 양은"
		}
	}
	if sc.lx.noun(g) || sc.lx.usedNoun(g) {
		return false
	}
	last := runeAt(g, 3)
	final := (last-0xAC00)%28 != 0 // the syllable closes with a consonant
	forms := []string{"가", "는", "를", "의", "에게", "와", "도"}
	if final {
		forms = []string{"이가", "이는", "이를", "이의", "이에게", "이와", "이도", "이랑", "은", "을", "의", "에게", "과"}
	}
	for _, t := range forms {
		if r, ok := strings.CutPrefix(rest, t); ok && ends(r) {
			return true
		}
	}
	return false
}

// particleWord reports a particle that ends its word at the start of r:
// "의", "은", "에게".
func particleWord(r string, ends func(string) bool) bool {
	for _, p := range []string{"에게", "은", "는", "이", "가", "의", "을", "를", "도", "과", "와"} {
		if t, ok := strings.CutPrefix(r, p); ok && ends(t) {
			return true
		}
	}
	return false
}
