// Package korean decomposes Korean words the way OpenSearch's nori does
// with decompound_mode mixed: a compound yields itself and its parts
// (예산안 → 예산안, 예산, 안; 버스노선 → 버스노선, 버스, 노선), particles
// and verb endings are stripped (계획을 → 계획). It reads a compact noun
// list derived from mecab-ko-dic, nori's dictionary, by ./lexgen, and the
// administrative user dictionary (userdict.txt) that the OpenSearch index
// template gives nori, so both engines split the same words the same way.
//
// The list weighs 1.7 MB compressed, against 28.7 MB of binary for kagome
// with the whole dictionary; it is embedded only by the packages that
// import this one (the local search index and the OpenSearch stand-in),
// never by the Lambda functions.
package korean

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/keywords"
)

//go:embed data/nouns.txt.gz
var nounsGz []byte

// UserDictionary is the administrative user dictionary shared by both
// engines, in nori's user_dictionary_rules format: a word alone is kept
// whole; a word followed by its parts is split into them.
//
//go:embed userdict.txt
var UserDictionary string

// Dict is a noun dictionary: simple nouns, and compounds with their parts.
type Dict struct {
	words  map[string][]string // nil parts: a simple noun
	maxLen int                 // longest word, in syllables
	// affix holds the one-syllable nouns that may end or continue a
	// split (안, 법, 부, 과): those that are parts of at least minAffix of
	// the dictionary's compounds and are not particles. Others (은, 을,
	// 다) are more often an ending than a noun; no split starts with one.
	affix map[string]bool
}

// minAffix is how many dictionary compounds a one-syllable noun must be
// a part of to be split off another word.
const minAffix = 100

// particles1 are the one-syllable particles: never a part of a split.
var particles1 = map[string]bool{"은": true, "는": true, "이": true, "가": true, "을": true, "를": true, "의": true, "에": true, "로": true, "와": true, "도": true, "만": true, "란": true, "나": true, "께": true}

// Default returns the dictionary built from the embedded noun list and
// user dictionary; it is read once, on first use.
var Default = sync.OnceValue(func() *Dict {
	d, err := Load(nounsGz, UserDictionary)
	if err != nil {
		panic(fmt.Sprintf("korean: embedded dictionary: %v", err)) // a build error
	}
	return d
})

// Load reads a gzipped noun list (lexgen's format: a word, or a word, a tab
// and its parts joined by "+") and a user dictionary (nori's rules: a
// word, optionally followed by its parts, separated by spaces; # starts a
// comment). User entries win over the list's.
func Load(gz []byte, user string) (*Dict, error) {
	z, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("noun list: %w", err)
	}
	d := &Dict{words: make(map[string][]string, 310_000)}
	sc := bufio.NewScanner(z)
	for sc.Scan() {
		w, parts, ok := strings.Cut(sc.Text(), "\t")
		if w == "" {
			continue
		}
		var ps []string
		if ok {
			ps = strings.Split(parts, "+")
		}
		d.add(w, ps)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("noun list: %w", err)
	}
	uses := map[string]int{}
	for _, ps := range d.words {
		for _, p := range ps {
			if utf8.RuneCountInString(p) == 1 {
				uses[p]++
			}
		}
	}
	d.affix = map[string]bool{}
	for p, n := range uses {
		if n >= minAffix && !particles1[p] {
			d.affix[p] = true
		}
	}
	for i, line := range strings.Split(user, "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) > 1 && strings.Join(f[1:], "") != f[0] {
			return nil, fmt.Errorf("user dictionary line %d: parts of %q do not spell it", i+1, f[0])
		}
		d.add(f[0], f[1:])
	}
	return d, nil
}

func (d *Dict) add(w string, parts []string) {
	if len(parts) < 2 {
		parts = nil
	}
	d.words[w] = parts
	if n := utf8.RuneCountInString(w); n > d.maxLen {
		d.maxLen = n
	}
}

// Has reports whether w is a word of the dictionary.
func (d *Dict) Has(w string) bool {
	_, ok := d.words[w]
	return ok
}

// Decompose returns the noun of one word (in NFC, Hangul) with its
// particle or verb ending stripped, and its parts when it is a compound:
// a compound of the dictionary by the dictionary's parts, any other word
// by the fewest dictionary nouns that spell it (longer ones first). A
// word the dictionary cannot spell has no parts; the bigram field finds it.
// known tells whether the noun is a word of the dictionary: nori keeps a
// dictionary compound beside its parts, and the parts alone of a split.
func (d *Dict) Decompose(word string) (noun string, parts []string, known bool) {
	return d.decompose(word)
}

// Terms returns what nori's decompound_mode mixed keeps of one word: a
// compound of the dictionary and its parts (예산안 예산 안), the nouns a
// word the dictionary does not hold is split into (버스 노선), else the
// word's noun.
func (d *Dict) Terms(word string) []string {
	noun, parts, known := d.decompose(word)
	switch {
	case len(parts) == 0:
		return []string{noun}
	case known:
		return append([]string{noun}, parts...)
	}
	return parts
}

// decompose is Decompose, also telling whether the noun is a word of the
// dictionary.
func (d *Dict) decompose(word string) (noun string, parts []string, known bool) {
	if ps, ok := d.words[word]; ok {
		return word, ps, true
	}
	noun = keywords.Strip(word)
	if ps, ok := d.words[noun]; ok {
		return noun, ps, true
	}
	// A one-syllable noun and its particle (법은, 조에).
	if short := keywords.StripTo(word, 1); short != noun && d.Has(short) {
		return short, d.words[short], true
	}
	if ps := d.segment(noun); ps != nil {
		return noun, ps, false
	}
	if noun != word {
		if ps := d.segment(word); ps != nil {
			return word, ps, false
		}
	}
	return noun, nil, false
}

// segment splits w into the fewest dictionary words, preferring pieces
// of two or more syllables and taking a one-syllable piece only where an
// affix may stand (not first); nil when no split into two or more exists.
func (d *Dict) segment(w string) []string {
	rs := []rune(w)
	n := len(rs)
	if n < 2 || n > 32 {
		return nil
	}
	const inf = 1 << 30
	// cost[i] is the cheapest split of rs[:i]; a piece costs 10, a
	// one-syllable piece 15, so 정보+공개 beats 정+보공개 and 정보+공+개.
	cost := make([]int, n+1)
	from := make([]int, n+1)
	for i := 1; i <= n; i++ {
		cost[i] = inf
		for j := max(0, i-d.maxLen); j < i; j++ {
			if cost[j] == inf || (j == 0 && i == n) {
				continue
			}
			piece := string(rs[j:i])
			if _, ok := d.words[piece]; !ok || i-j == 1 && (j == 0 || !d.affix[piece]) {
				continue
			}
			c := cost[j] + 10
			if i-j == 1 {
				c += 5
			}
			if c < cost[i] {
				cost[i], from[i] = c, j
			}
		}
	}
	if cost[n] == inf {
		return nil
	}
	var parts []string
	for i := n; i > 0; i = from[i] {
		parts = append(parts, string(rs[from[i]:i]))
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return parts
}
