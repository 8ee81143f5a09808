package redact

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The word lists are derived from mecab-ko-dic 2.1.1 (Apache License 2.0;
// see data/NOTICE) by the command in lexgen/.

//go:embed data/nouns.txt.gz
var nounsGz []byte

// alienBin is a string, not a []byte, so that it sits in read-only data
// and not in the writable segment, which is what sets the size of the
// functions' bootstraps (functions/size_test.go).
//
//go:embed data/alien.bin
var alienBin string

//go:embed data/given.txt
var givenTxt string

//go:embed data/stems.txt
var stemsTxt string

//go:embed data/foreign.txt
var foreignTxt string

// lexicon is what the redactor knows of words: which surname-led words are
// ordinary words and not names, which Hangul words transcribe foreign
// names, and how often a syllable starts or ends a Korean given name. It
// is read-only once built and shared by every call.
type lexicon struct {
	nouns map[string]struct{}
	// stems are the two-syllable nouns that documents really use (found
	// in the statutes): only these make a derived noun or a compound of
	// a three-syllable word, so that 황가안 and 육근식 stay names.
	stems  map[string]struct{}
	first  syllableCounts
	second syllableCounts
	// alien is, per Hangul syllable (from U+AC00), how much more often it
	// is found in transcribed foreign names than in Korean words (log
	// odds): 르, 즈, 뮐 and 페 are the marks of a transcription.
	alien []float32
	// foreign holds name parts common among foreign residents, written in
	// Hangul (data/foreign.txt): true for an anchor, false for a part
	// that only supports one (a single syllable, an ordinary word too).
	foreign map[string]bool
	// foreignFirst marks the first syllables of the foreign name parts,
	// so that most words are passed without a lookup.
	foreignFirst [0xD7A4 - 0xAC00]bool
	// anchorStarts filters the first two syllables of the foreign name
	// parts that anchor a name (pairBit); anchorsAll says every anchor
	// starts with two syllables, so that the filter may be trusted.
	anchorStarts [1 << 16 / 64]uint64
	anchorsAll   bool
}

func loadLexicon() *lexicon {
	lx := &lexicon{first: newSyllableCounts(), second: newSyllableCounts()}
	lx.nouns = gunzipSet(nounsGz)
	lx.stems = map[string]struct{}{}
	for _, w := range strings.Fields(stemsTxt) {
		lx.stems[w] = struct{}{}
	}
	lx.foreign = map[string]bool{}
	for _, ln := range strings.Split(foreignTxt, "\n") {
		if strings.HasPrefix(ln, "#") {
			continue
		}
		for _, w := range strings.Fields(ln) {
			part := strings.HasSuffix(w, "?")
			w = strings.TrimSuffix(w, "?")
			lx.foreign[w] = !part && utf8.RuneCountInString(w) >= 2
			if r, _ := utf8.DecodeRuneInString(w); r >= 0xAC00 && r <= 0xD7A3 {
				lx.foreignFirst[r-0xAC00] = true
			}
		}
	}
	lx.anchorsAll = true
	for w, anchor := range lx.foreign {
		if !anchor {
			continue
		}
		if !hangulAt(w, 0) || !hangulAt(w, 3) {
			lx.anchorsAll = false
			continue
		}
		k := pairBit(syllableAt(w, 0), syllableAt(w, 3))
		lx.anchorStarts[k>>6] |= 1 << (k & 63)
	}
	lx.alien = make([]float32, len(alienBin))
	for i := range len(alienBin) {
		lx.alien[i] = float32(int8(alienBin[i])) / 16
	}
	sc := bufio.NewScanner(strings.NewReader(givenTxt))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f[0])
		a, _ := strconv.Atoi(f[1])
		b, _ := strconv.Atoi(f[2])
		lx.first.set(r, a)
		lx.second.set(r, b)
	}
	return lx
}

// gunzipSet reads a word list; the data is embedded and checked by the
// tests, so a fault here is a build fault and yields no words.
func gunzipSet(gz []byte) map[string]struct{} {
	z, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil
	}
	data, err := io.ReadAll(z)
	if err != nil {
		return nil
	}
	words := string(data)
	m := make(map[string]struct{}, strings.Count(words, "\n")+1)
	for len(words) > 0 {
		k := strings.IndexByte(words, '\n')
		if k < 0 {
			k = len(words)
		}
		if k > 0 {
			m[words[:k]] = struct{}{}
		}
		words = words[min(k+1, len(words)):]
	}
	return m
}

// syllableCounts holds a count per rune: in an array for the Hangul
// syllables, as score reads them for every candidate name, and in a map
// for anything else.
type syllableCounts struct {
	hangul []int
	other  map[rune]int
}

func newSyllableCounts() syllableCounts {
	return syllableCounts{hangul: make([]int, 0xD7A3-0xAC00+1), other: map[rune]int{}}
}

func (c syllableCounts) get(r rune) int {
	if isHangul(r) {
		return c.hangul[r-0xAC00]
	}
	return c.other[r]
}

func (c syllableCounts) set(r rune, n int) {
	if isHangul(r) {
		c.hangul[r-0xAC00] = n
	} else {
		c.other[r] = n
	}
}

func has(set map[string]struct{}, w string) bool {
	_, ok := set[w]
	return ok
}

// noun reports whether w is an ordinary word (or place, organisation,
// adverb …) that begins like a surname.
func (lx *lexicon) noun(w string) bool { return notNames[w] || has(lx.nouns, w) }

// common reports a two-syllable word that documents really use (a noun
// of the dictionary's that statutes use, or one of notNames): where the place already says a
// name stands (a name's column, a resident number glued on), only such
// a word is taken for no name, since the dictionary's nouns hold most
// two-syllable names too (곽혁, 마철, 우진).
func (lx *lexicon) common(w string) bool { return notNames[w] || has(lx.stems, w) && has(lx.nouns, w) }

// mayBeForeign reports whether a known foreign name part starts with r,
// so that most words need no lookup.
func (lx *lexicon) mayBeForeign(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3 && lx.foreignFirst[r-0xAC00]
}

// mayAnchor reports whether the word at j, ending at we, may start with
// a foreign name part that anchors a name: false only when it cannot.
func (lx *lexicon) mayAnchor(s string, j, we int) bool {
	if !lx.anchorsAll {
		return true
	}
	if we-j < 6 || !hangulAt(s, j) || !hangulAt(s, j+3) {
		return false
	}
	k := pairBit(syllableAt(s, j), syllableAt(s, j+3))
	return lx.anchorStarts[k>>6]&(1<<(k&63)) != 0
}

// foreignPart reports whether w is a known part of a foreign name, and
// whether it anchors one by itself.
func (lx *lexicon) foreignPart(w string) (part, anchor bool) {
	anchor, part = lx.foreign[w]
	return part, anchor
}

// foreignCompound reports a word made of two or three known foreign name
// parts, one of them an anchor: "리우양" (리우 + 양), "왕샤오밍" (왕 +
// 샤오 + 밍).
func (lx *lexicon) foreignCompound(w string) bool {
	if len(w) < 9 || len(w) > 24 || len(w)%3 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 3 {
		if !hangulAt(w, i) {
			return false
		}
	}
	return lx.compoundSplit(w, 0, false)
}

// compoundSplit reports whether rest splits into known foreign name parts,
// longest first, so that with the parts before it there are two or three
// and one anchors; rest is Hangul only, so each syllable is three bytes
// and no lookup allocates.
func (lx *lexicon) compoundSplit(rest string, parts int, anchored bool) bool {
	if rest == "" {
		return parts >= 2 && anchored
	}
	if parts == 3 {
		return false
	}
	for k := len(rest); k >= 3; k -= 3 {
		if a, ok := lx.foreign[rest[:k]]; ok && lx.compoundSplit(rest[k:], parts+1, anchored || a) {
			return true
		}
	}
	return false
}

// foreignName reports whether w reads as a transcribed foreign name: two
// syllables or more, made of the syllables transcriptions use.
func (lx *lexicon) foreignName(w string) bool {
	if anchor := lx.foreign[w]; anchor {
		return true
	}
	return len(w) >= 6 && lx.alienness(w) >= 1.0 && !lx.noun(w)
}

// Strength of the evidence that a word is a personal name by its letters
// alone.
const (
	notName    = 0
	shapeName  = 1 // a surname and given-name syllables
	likelyName = 2 // and not an ordinary word
	strongName = 3 // and syllables frequent in given names
)

// score rates w (a word without particles) as a Korean name.
func (lx *lexicon) score(w string) int {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 || notNames[w] || placeholder(w) {
		return notName
	}
	sur := 0
	if hasSurname2(w) {
		sur = 2
	}
	r0, _ := utf8.DecodeRuneInString(w)
	if sur == 0 && surnames1.has(r0) {
		sur = 1
	}
	if sur == 0 {
		return notName
	}
	// The given name: what follows the surname's syllables.
	given := w[3*sur:]
	ng := len(given) / 3
	if ng == 4 && fourSyllableNames[given] && len(given) == 12 && !lx.noun(w) {
		return likelyName // 금아름드리, 독고가온누리
	}
	if ng == 0 || ng > 3 || len(given)%3 != 0 {
		return notName
	}
	if ng == 3 && threeSyllableNames[given] && !lx.noun(w) {
		return strongName // 슬기로, 새롬이: given names parents choose
	}
	if ng == 3 && !threeSyllableNames[given] {
		// Native given names of three syllables (하늘빛, 나래온, 푸르메):
		// a name by shape only, where the context already says so.
		for k := 0; k < len(given); k += 3 {
			if !givenSyllables.has(runeAt(given, k)) {
				return notName
			}
		}
		if lx.noun(w) || strings.ContainsRune("과팀국실처청소원회단", runeAt(given, 6)) {
			return notName
		}
		return shapeName
	}
	for k := 0; k < len(given); k += 3 {
		g := runeAt(given, k)
		if !givenSyllables.has(g) && lx.first.get(g) < 2 && lx.second.get(g) < 2 {
			return notName
		}
	}
	if last := runeAt(given, len(given)-3); strings.ContainsRune("과팀국실처청등", last) && len(given) >= 3 {
		// A department: 도로과, 감사팀, 행정국. 국 also ends many given
		// names (윤국, 찬국, 병국): there, only a stem that is an
		// ordinary word (행정, 복지, 도시) makes a bureau.
		if last != '국' || lx.noun(w[:len(w)-3]) || n < 3 {
			return notName
		}
	}
	if lx.noun(w) && strings.ContainsRune("구군시동읍면리도", runeAt(given, len(given)-3)) {
		return notName // a place: 강서구, 시흥동
	}
	if lx.noun(w) || titleSuffix(w) {
		return shapeName
	}
	if ng == 1 {
		return likelyName
	}
	if ng == 2 {
		f, s := lx.first.get(runeAt(given, 0)), lx.second.get(runeAt(given, 3))
		if f >= 20 && s >= 20 {
			return strongName
		}
		return likelyName
	}
	return strongName
}

// derived reports a word made of an ordinary word and a suffix or a verb
// ending rather than a name: 선정서, 제공자, 인정하, 조사되.
func (lx *lexicon) derived(w string) bool {
	last, size := utf8.DecodeLastRuneInString(w)
	stem := w[:len(w)-size]
	if strings.ContainsRune("하되케키시히", last) {
		// "인정하", "조사되": a verb of a noun documents use; 탁소하 and
		// 배채하 are names.
		return len(stem) != 6 || lx.usedNoun(stem)
	}
	if strings.ContainsRune("병증염암", last) && lx.noun(stem) {
		return true // 조현병, 우울증: a disease, however rare its stem
	}
	return strings.ContainsRune(nounSuffixes, last) && lx.usedNoun(stem)
}

// extraStems are stems that documents use and the statutes happen not to
// (최신성).
var extraStems = map[string]bool{"최신": true}

// usedNoun reports an ordinary word that documents use: for two
// syllables, one of the stems; longer, any noun of the dictionary.
func (lx *lexicon) usedNoun(w string) bool {
	if notNames[w] {
		return true
	}
	if len(w) == 6 {
		return has(lx.stems, w) || extraStems[w]
	}
	return has(lx.nouns, w)
}

// nounSuffixes make nouns of nouns: 신청서, 제공자, 지원금, 조정안.
const nounSuffixes = "자서인원비료금액안법령식권청부과국실팀장회단소사관처생품물율률성화적상용별간내외후전중측들분차"

// compound reports a three-syllable word whose first two syllables are an
// ordinary word (사전심, 노유자): more often a compound than a name.
func (lx *lexicon) compound(w string) bool {
	if utf8.RuneCountInString(w) != 3 {
		return false
	}
	_, a := utf8.DecodeRuneInString(w)
	_, b := utf8.DecodeRuneInString(w[a:])
	return lx.usedNoun(w[:a+b])
}

// compound4 reports a four-syllable word made of two ordinary words
// (제안+금액, 사업+계획): a compound, not a surname and three syllables.
func (lx *lexicon) compound4(w string) bool {
	if utf8.RuneCountInString(w) != 4 || len(w) != 12 {
		return false
	}
	return lx.usedNoun(w[:6]) && lx.usedNoun(w[6:])
}

// alienness returns the mean log odds of the syllables of w being a
// transcription's; above about 1 a word reads as a foreign name.
func (lx *lexicon) alienness(w string) float64 {
	var sum float64
	n := 0
	for i := 0; i+2 < len(w); i += 3 {
		r := runeAt(w, i)
		if !isHangul(r) {
			continue
		}
		sum += float64(lx.alien[r-0xAC00])
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
