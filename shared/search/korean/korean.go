// Package korean decomposes Korean words the way OpenSearch's nori does
// with decompound_mode mixed: a compound of the dictionary yields itself
// and its parts (예산안 → 예산안, 예산, 안), another word the nouns of its
// cheapest split (버스노선 → 버스, 노선), and particles and endings are
// stripped (계획을 → 계획). It reads a compact noun
// list derived from mecab-ko-dic, nori's dictionary, by ./lexgen, and the
// administrative user dictionary (shared/search/userdict) that the
// OpenSearch index template gives nori, so both engines split the same
// words the same way.
//
// The list weighs 2.0 MB compressed, against 28.7 MB of binary for kagome
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
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search/userdict"
)

//go:embed data/nouns.txt.gz
var nounsGz []byte

// Dict is a noun dictionary: simple nouns, and compounds with their parts.
type Dict struct {
	words  map[string]entry // the noun list, shared by dictionaries With it
	user   map[string]entry // the user dictionary, looked up first
	maxLen int              // longest word, in syllables
	// affix holds the one-syllable nouns that may end or continue a
	// split (안, 법, 부, 과): those that are parts of at least minAffix of
	// the dictionary's compounds and are not particles. Others (은, 을,
	// 다) are more often an ending than a noun; no split starts with one.
	affix map[string]bool
	// joints are the particles, verb endings and conjunctions that may
	// stand between nouns typed together (청원의처리, 설치및운영): a
	// split passes over them and drops them.
	joints   map[string]bool
	jointLen int
	// suffixes are the particles and endings a word of the dictionary may
	// carry, longest first.
	suffixes []string
}

type entry struct {
	cost  int      // mecab's word cost; 0 for the user dictionary's words
	parts []string // nil: a simple noun
}

// Costs of a split, beside the words' own: every piece pays pieceCost
// (about what mecab's connection costs add between two nouns), and a
// particle or conjunction passed over between two nouns jointCost.
const (
	pieceCost = 1000
	jointCost = 2500
)

// minAffix is how many dictionary compounds a one-syllable noun must be
// a part of to be split off another word.
const minAffix = 100

// endings are copula and verb endings of administrative prose beyond
// keywords.Strip's (추진계획입니다, 대상이었다), and the particle 과,
// which keywords.Strip leaves for department names; a word of the
// dictionary ending in 과 (결과, 정책과) is found whole before.
var endings = []string{"이었습니다", "이었으며", "입니다만", "이었다", "입니다", "이므로", "이지만", "합니다", "됩니다", "하였으며", "였으며", "이므로", "였다", "이며", "이고", "이다", "이니", "이라", "했다", "됐다", "과"}

// particles1 are the one-syllable particles: never a part of a split.
var particles1 = map[string]bool{"은": true, "는": true, "이": true, "가": true, "을": true, "를": true, "의": true, "에": true, "로": true, "와": true, "도": true, "만": true, "란": true, "나": true, "께": true}

// base is the embedded noun list, read once, on first use.
var base = sync.OnceValue(func() *Dict {
	d, err := Load(nounsGz, "")
	if err != nil {
		panic(fmt.Sprintf("korean: embedded noun list: %v", err)) // a build error
	}
	return d
})

// Default returns the dictionary of the embedded noun list and the shared
// user dictionary (shared/search/userdict).
var Default = sync.OnceValue(func() *Dict {
	d, err := base().With(userdict.Rules())
	if err != nil {
		panic(fmt.Sprintf("korean: user dictionary: %v", err)) // a build error
	}
	return d
})

// WithRules returns the embedded noun list with other user dictionary
// rules, as an OpenSearch index template gives them to nori: what the
// OpenSearch stand-in analyses by.
func WithRules(rules []string) (*Dict, error) { return base().With(rules) }

// With returns d with the user dictionary rules (nori's format: a word,
// optionally followed by its parts, separated by spaces) in place of its
// own. It shares d's noun list.
func (d *Dict) With(rules []string) (*Dict, error) {
	u := *d
	u.user = map[string]entry{}
	for i, r := range rules {
		f := strings.Fields(r)
		if len(f) == 0 {
			continue
		}
		if len(f) > 1 && strings.Join(f[1:], "") != f[0] {
			return nil, fmt.Errorf("user dictionary rule %d: parts of %q do not spell it", i+1, f[0])
		}
		parts := f[1:]
		if len(parts) < 2 {
			parts = nil
		}
		u.user[f[0]] = entry{cost: 0, parts: parts}
		u.maxLen = max(u.maxLen, utf8.RuneCountInString(f[0]))
	}
	return &u, nil
}

// lookup finds w in the user dictionary, then in the noun list.
func (d *Dict) lookup(w string) (entry, bool) {
	if e, ok := d.user[w]; ok {
		return e, true
	}
	e, ok := d.words[w]
	return e, ok
}

// Load reads a gzipped noun list (lexgen's format: a word, a tab and its
// cost, and for a compound a tab and its parts joined by "+") and a user
// dictionary (nori's rules: a word, optionally followed by its parts,
// separated by spaces; # starts a comment). User entries win over the
// list's, and cost nothing, as nori's do.
func Load(gz []byte, user string) (*Dict, error) {
	z, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("noun list: %w", err)
	}
	d := &Dict{words: make(map[string]entry, 310_000)}
	sc := bufio.NewScanner(z)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 || f[0] == "" {
			return nil, fmt.Errorf("noun list: bad line %q", sc.Text())
		}
		cost, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("noun list: %w", err)
		}
		var ps []string
		if len(f) > 2 {
			ps = strings.Split(f[2], "+")
		}
		d.add(f[0], cost, ps)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("noun list: %w", err)
	}
	uses := map[string]int{}
	for _, e := range d.words {
		for _, p := range e.parts {
			if utf8.RuneCountInString(p) == 1 {
				uses[p]++
			}
		}
	}
	d.suffixes = append(slices.Clone(endings), keywords.Particles()...)
	slices.SortStableFunc(d.suffixes, func(a, b string) int { return len(b) - len(a) })
	d.joints = map[string]bool{"및": true, "등": true, "과": true}
	for _, p := range keywords.Particles() {
		d.joints[p] = true
	}
	for p := range d.joints {
		d.jointLen = max(d.jointLen, utf8.RuneCountInString(p))
	}
	d.affix = map[string]bool{}
	for p, n := range uses {
		if n >= minAffix && !particles1[p] {
			d.affix[p] = true
		}
	}
	var rules []string
	for _, line := range strings.Split(user, "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		rules = append(rules, line)
	}
	return d.With(rules)
}

func (d *Dict) add(w string, cost int, parts []string) {
	if len(parts) < 2 {
		parts = nil
	}
	d.words[w] = entry{cost: cost, parts: parts}
	if n := utf8.RuneCountInString(w); n > d.maxLen {
		d.maxLen = n
	}
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
	if e, ok := d.lookup(word); ok {
		return word, e.parts, true
	}
	// A dictionary word and its particle or ending, even where the rule of
	// thumb keeps a word whole (홍길동의: 동의 is a noun) or would leave
	// one syllable (법은, 조에).
	for _, p := range d.suffixes {
		if rest, ok := strings.CutSuffix(word, p); ok && rest != "" {
			if e, ok := d.lookup(rest); ok {
				return rest, e.parts, true
			}
		}
	}
	noun = keywords.Strip(word)
	if noun == word {
		for _, p := range endings {
			if rest, ok := strings.CutSuffix(word, p); ok && utf8.RuneCountInString(rest) >= 2 {
				noun = rest
				break
			}
		}
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

// segment splits w into the dictionary nouns of least cost, as mecab's
// Viterbi search does over its lattice: the words' own costs, plus
// pieceCost a piece and jointCost a particle or conjunction passed over
// between two nouns (청원의처리, 설치및운영). A one-syllable piece must
// be an affix and never first. A piece that is a compound of the
// dictionary gives its parts. nil when no split into two or more exists.
func (d *Dict) segment(w string) []string {
	rs := []rune(w)
	n := len(rs)
	if n < 2 || n > 32 {
		return nil
	}
	const inf = 1 << 60
	cost := make([]int, n+1) // cheapest split of rs[:i] ending with a noun
	from := make([]int, n+1) // where the noun ending at i starts
	prev := make([]int, n+1) // where the split before that noun ends
	for i := 1; i <= n; i++ {
		cost[i] = inf
		for j := max(0, i-d.maxLen); j < i; j++ {
			if j == 0 && i == n {
				continue
			}
			piece := string(rs[j:i])
			e, ok := d.lookup(piece)
			if !ok || i-j == 1 && (j == 0 || !d.affix[piece]) {
				continue
			}
			c := e.cost + pieceCost
			if j == 0 {
				if c < cost[i] {
					cost[i], from[i], prev[i] = c, 0, 0
				}
				continue
			}
			if cost[j] != inf && cost[j]+c < cost[i] {
				cost[i], from[i], prev[i] = cost[j]+c, j, j
			}
			for k := max(1, j-d.jointLen); k < j; k++ {
				if cost[k] != inf && d.joints[string(rs[k:j])] && cost[k]+jointCost+c < cost[i] {
					cost[i], from[i], prev[i] = cost[k]+jointCost+c, j, k
				}
			}
		}
	}
	// A particle after the last noun (물막이판과 when 과 is not stripped).
	end, best := n, cost[n]
	for k := max(1, n-d.jointLen); k < n; k++ {
		if cost[k] != inf && d.joints[string(rs[k:n])] && cost[k]+jointCost < best {
			end, best = k, cost[k]+jointCost
		}
	}
	if best == inf {
		return nil
	}
	var pieces []string
	for i := end; i > 0; i = prev[i] {
		pieces = append(pieces, string(rs[from[i]:i]))
	}
	if len(pieces) < 2 {
		return nil
	}
	var parts []string
	for i := len(pieces) - 1; i >= 0; i-- {
		if e, _ := d.lookup(pieces[i]); e.parts != nil {
			parts = append(parts, e.parts...)
		} else {
			parts = append(parts, pieces[i])
		}
	}
	return parts
}
