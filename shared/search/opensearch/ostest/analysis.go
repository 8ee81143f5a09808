package ostest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/keywords"
)

// token is one analysed term with its byte span in the original text.
type token struct {
	term       string
	start, end int
	pos        int
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) ||
		unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// analyze approximates the nori chain: Hangul/Han runs become overlapping
// bigrams (a lone syllable stays a unigram), so a compound such as 정보공개
// matches its parts, as decompound_mode mixed does; other letter and
// digit runs become lower-cased words.
func analyze(s string) []token {
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

func terms(s string) []string {
	toks := analyze(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.term
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

func parseSimple(q string) []clause {
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
			out = append(out, clause{terms: terms(p), phrase: true, raw: p})
			continue
		}
		end := strings.IndexAny(q, " \t\n\r\"")
		if end < 0 {
			end = len(q)
		}
		w := q[:end]
		q = q[end:]
		out = append(out, clause{terms: terms(w), raw: w})
	}
	return out
}
