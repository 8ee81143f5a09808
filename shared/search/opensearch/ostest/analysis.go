package ostest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search/korean"
)

// token is one analysed term with its byte span in the original text.
type token struct {
	term       string
	start, end int
	pos        int
	// compound marks a dictionary compound followed by its parts: a query
	// matches it through its parts, as Lucene's match on nori's token
	// graph does (예산안 finds 예산 안).
	compound bool
}

// analyzer reproduces nori (decompound_mode mixed, particles and endings
// dropped) with shared/search/korean's dictionary: the noun list derived
// from nori's mecab-ko-dic and the user dictionary rules of the index's
// settings. Han and kana runs stay bigrams.
type analyzer struct {
	dict *korean.Dict
}

// newAnalyzer builds the analyzer of an index from its settings: the
// user_dictionary_rules of its nori tokenizer.
func newAnalyzer(settings map[string]any) (analyzer, error) {
	var rules []string
	tks, _ := dig(settings, "analysis", "tokenizer").(map[string]any)
	for _, tk := range tks {
		m, _ := tk.(map[string]any)
		if m["type"] != "nori_tokenizer" {
			continue
		}
		rs, _ := m["user_dictionary_rules"].([]any)
		for _, r := range rs {
			rules = append(rules, fmt.Sprint(r))
		}
	}
	d, err := korean.WithRules(rules)
	if err != nil {
		return analyzer{}, err
	}
	return analyzer{dict: d}, nil
}

func isSyllables(s string) bool {
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return s != ""
}

// hangul analyses one run of Hangul syllables from byte offset i at
// position pos, returning its tokens and the next position.
func (a analyzer) hangul(run string, i, pos int) ([]token, int) {
	noun, parts, known := a.dict.Decompose(run)
	var out []token
	if len(parts) == 0 || known {
		out = append(out, token{term: noun, start: i, end: i + len(noun), pos: pos, compound: len(parts) > 0})
	}
	off := 0
	for k, p := range parts {
		at := strings.Index(run[off:], p)
		if at < 0 {
			at = 0 // parts always spell the word; kept safe
		}
		out = append(out, token{term: p, start: i + off + at, end: i + off + at + len(p), pos: pos + k})
		off += at + len(p)
	}
	next := pos + max(1, len(parts))
	if len(noun) < len(run) {
		// The dropped particle keeps its position, as Lucene's filters
		// do, so "정보공개를 청구" is not the phrase "정보공개 청구".
		next++
	}
	return out, next
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) ||
		unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// analyze reproduces the nori chain: a Hangul word becomes its noun and
// parts (see analyzer); Han and kana runs become overlapping bigrams (a
// lone character stays a unigram); other letter and digit runs become
// lower-cased words.
func (a analyzer) analyze(s string) []token {
	var out []token
	pos := 0
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		cjk := isCJK(r)
		j := i
		var starts []int
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !(unicode.IsLetter(r2) || unicode.IsDigit(r2)) || isCJK(r2) != cjk {
				break
			}
			starts = append(starts, j)
			j += n2
		}
		end := j
		if cjk && a.dict != nil && isSyllables(s[i:j]) {
			toks, next := a.hangul(s[i:j], i, pos)
			out = append(out, toks...)
			pos = next
			i = end
			continue
		}
		stripped := false
		if cjk {
			// nori's part-of-speech filter drops particles (J…) and verb
			// endings; keywords.Strip is the project's rule for the same.
			if st := keywords.Strip(s[i:j]); st != "" && len(st) < j-i && strings.HasPrefix(s[i:j], st) {
				for len(starts) > 0 && starts[len(starts)-1] >= i+len(st) {
					starts = starts[:len(starts)-1]
				}
				j = i + len(st)
				stripped = true
			}
		}
		starts = append(starts, j)
		if !cjk {
			out = append(out, token{term: strings.ToLower(s[i:j]), start: i, end: j, pos: pos})
			pos++
		} else if len(starts) == 2 {
			out = append(out, token{term: s[i:j], start: i, end: j, pos: pos})
			pos++
		} else {
			for k := 0; k+2 < len(starts); k++ {
				out = append(out, token{term: s[starts[k]:starts[k+2]], start: starts[k], end: starts[k+2], pos: pos})
				pos++
			}
		}
		if stripped {
			// The dropped particle keeps its position, as Lucene's filters
			// do, so "정보공개를 청구" is not the phrase "정보공개 청구".
			pos++
		}
		i = end
	}
	return out
}

// terms are a query text's terms: a compound is matched by its parts.
func (a analyzer) terms(s string) []string {
	toks := a.analyze(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if !t.compound {
			out = append(out, t.term)
		}
	}
	return out
}

// values returns a field's values as strings; subfields read their parent.
func values(src map[string]any, field string) []string {
	v, ok := src[field]
	if !ok {
		if i := strings.LastIndexByte(field, '.'); i > 0 {
			v = src[field[:i]]
		}
	}
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return []string{x}
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			out = append(out, fmt.Sprint(e))
		}
		return out
	default:
		return []string{fmt.Sprint(x)}
	}
}

// clause is one unit of a simple_query_string: a word or a "phrase".
type clause struct {
	terms  []string
	phrase bool
	raw    string
}

func (a analyzer) parseSimple(q string) []clause {
	var out []clause
	for len(q) > 0 {
		q = strings.TrimLeft(q, " \t\n\r")
		if q == "" {
			break
		}
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			var p string
			if end < 0 {
				p, q = q[1:], ""
			} else {
				p, q = q[1:1+end], q[end+2:]
			}
			out = append(out, clause{terms: a.terms(p), phrase: true, raw: p})
			continue
		}
		end := strings.IndexAny(q, " \t\n\r\"")
		if end < 0 {
			end = len(q)
		}
		w := q[:end]
		q = q[end:]
		out = append(out, clause{terms: a.terms(w), raw: w})
	}
	return out
}
