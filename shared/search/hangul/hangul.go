// Package hangul reads Korean the way citizens type it: the initial
// consonants of words (초성, ㅈㅂㄱㄱ for 정보공개), keystrokes typed with
// the keyboard left in English mode (wjdqhrhdro for 정보공개, on the 두벌식
// layout every Korean keyboard uses), and words spelt in jamo so that one
// wrong key is one edit. It is pure text: both search engines index and
// query what it returns.
package hangul

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

const (
	syllableBase = 0xAC00
	syllableLast = 0xD7A3
	nV           = 21
	nT           = 28
)

// leads are the compatibility jamo of the 19 initial consonants, in the
// order of the Unicode syllable block.
var leads = []rune("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")

// vowels are the 21 medial vowels, in block order.
var vowels = []rune("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")

// tails are the 27 final consonants, in block order (index+1 is T).
var tails = []rune("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

// IsSyllable reports whether r is a precomposed Hangul syllable.
func IsSyllable(r rune) bool { return r >= syllableBase && r <= syllableLast }

// isConsonant reports whether r is a compatibility jamo consonant (ㄱ to ㅎ).
func isConsonant(r rune) bool { return r >= 0x3131 && r <= 0x314E }

// Initials returns the initial consonants of the Hangul syllables of word
// (정보공개 → ㅈㅂㄱㄱ), skipping anything else; "" when word has fewer
// than two syllables, since one consonant narrows nothing.
func Initials(word string) string {
	var b strings.Builder
	n := 0
	for _, r := range word {
		if IsSyllable(r) {
			b.WriteRune(leads[(r-syllableBase)/(nV*nT)])
			n++
		}
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// IsInitials reports whether text is a 초성 query: only consonant jamo and
// spaces, at least two consonants. Such text matches no word as it is.
func IsInitials(text string) bool {
	n := 0
	for _, r := range text {
		switch {
		case isConsonant(r):
			n++
		case unicode.IsSpace(r):
		default:
			return false
		}
	}
	return n >= 2
}

// Jamo spells word in its jamo (NFD), so that a wrong key (정보공게 for
// 정보공개) is one edit away rather than a different syllable.
func Jamo(word string) string { return norm.NFD.String(word) }

// Distance is the Levenshtein distance between a and b counted in runes,
// stopping early once it exceeds limit (it then returns limit+1).
func Distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], limit+1)
}

// keys maps the 두벌식 layout: each Latin key to the jamo it types.
// Shifted keys type the tense consonants and ㅒ ㅖ; the other capitals type
// what their small letters do (caps lock left on).
var keys = map[rune]rune{
	'r': 'ㄱ', 'R': 'ㄲ', 's': 'ㄴ', 'e': 'ㄷ', 'E': 'ㄸ', 'f': 'ㄹ', 'a': 'ㅁ',
	'q': 'ㅂ', 'Q': 'ㅃ', 't': 'ㅅ', 'T': 'ㅆ', 'd': 'ㅇ', 'w': 'ㅈ', 'W': 'ㅉ',
	'c': 'ㅊ', 'z': 'ㅋ', 'x': 'ㅌ', 'v': 'ㅍ', 'g': 'ㅎ',
	'k': 'ㅏ', 'o': 'ㅐ', 'O': 'ㅒ', 'i': 'ㅑ', 'j': 'ㅓ', 'p': 'ㅔ', 'P': 'ㅖ',
	'u': 'ㅕ', 'h': 'ㅗ', 'y': 'ㅛ', 'n': 'ㅜ', 'b': 'ㅠ', 'm': 'ㅡ', 'l': 'ㅣ',
}

// Vowels typed as two keys, and finals typed as two consonants.
var (
	doubleVowels = map[[2]rune]rune{
		{'ㅗ', 'ㅏ'}: 'ㅘ', {'ㅗ', 'ㅐ'}: 'ㅙ', {'ㅗ', 'ㅣ'}: 'ㅚ',
		{'ㅜ', 'ㅓ'}: 'ㅝ', {'ㅜ', 'ㅔ'}: 'ㅞ', {'ㅜ', 'ㅣ'}: 'ㅟ', {'ㅡ', 'ㅣ'}: 'ㅢ',
	}
	doubleTails = map[[2]rune]rune{
		{'ㄱ', 'ㅅ'}: 'ㄳ', {'ㄴ', 'ㅈ'}: 'ㄵ', {'ㄴ', 'ㅎ'}: 'ㄶ', {'ㄹ', 'ㄱ'}: 'ㄺ',
		{'ㄹ', 'ㅁ'}: 'ㄻ', {'ㄹ', 'ㅂ'}: 'ㄼ', {'ㄹ', 'ㅅ'}: 'ㄽ', {'ㄹ', 'ㅌ'}: 'ㄾ',
		{'ㄹ', 'ㅍ'}: 'ㄿ', {'ㄹ', 'ㅎ'}: 'ㅀ', {'ㅂ', 'ㅅ'}: 'ㅄ',
	}
)

func index(set []rune, r rune) int {
	for i, x := range set {
		if x == r {
			return i
		}
	}
	return -1
}

func isVowel(r rune) bool { return index(vowels, r) >= 0 }

// FromKeys reads text as keystrokes on the 두벌식 layout (wjdqhrhdro →
// 정보공개, dkssud → 안녕). It reports false unless text is Latin letters
// and spaces that spell whole syllables only: a word typed in English
// mode, not an English word that happens to be typeable. Whether an
// English word like "covid" was meant is the caller's to judge (by what
// each finds).
func FromKeys(text string) (string, bool) {
	words := strings.Fields(text)
	if len(words) == 0 {
		return "", false
	}
	out := make([]string, 0, len(words))
	for _, w := range words {
		jamo := make([]rune, 0, len(w))
		for _, r := range w {
			j, ok := keys[r]
			if !ok {
				j, ok = keys[unicode.ToLower(r)]
			}
			if !ok {
				return "", false
			}
			jamo = append(jamo, j)
		}
		s, ok := compose(jamo)
		if !ok {
			return "", false
		}
		out = append(out, s)
	}
	return strings.Join(out, " "), true
}

// compose assembles jamo into syllables as a Korean input method does: a
// consonant before a vowel opens a syllable, one or two consonants not
// followed by a vowel close it.
func compose(j []rune) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(j); {
		l := index(leads, j[i])
		if l < 0 || i+1 >= len(j) || !isVowel(j[i+1]) {
			return "", false
		}
		v := j[i+1]
		i += 2
		if i < len(j) {
			if dv, ok := doubleVowels[[2]rune{v, j[i]}]; ok {
				v = dv
				i++
			}
		}
		t := 0
		opens := func(k int) bool { return k+1 < len(j) && isVowel(j[k+1]) }
		if i < len(j) && !isVowel(j[i]) && !opens(i) {
			if ti := index(tails, j[i]); ti >= 0 {
				t = ti + 1
				i++
				if i < len(j) && !isVowel(j[i]) && !opens(i) {
					if dt, ok := doubleTails[[2]rune{j[i-1], j[i]}]; ok {
						t = index(tails, dt) + 1
						i++
					}
				}
			}
		}
		b.WriteRune(rune(syllableBase + (l*nV+index(vowels, v))*nT + t))
	}
	return b.String(), utf8.RuneCountInString(b.String()) > 0
}
