package bleve

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/seoul-plaza/plaza/shared/search/korean"
)

// Bleve's CJK analyzer bigrams only ideographic tokens (Han, kana): the
// Unicode word segmenter types Hangul as letters, so "정보공개를" stays one
// token that a search for 정보공개 never meets. Lucene's CJK analyzer
// bigrams Hangul too; analyzerName is the CJK analyzer with that one
// difference: a filter marks Hangul tokens ideographic before the bigram
// filter, so particles and compounds cost one bigram and not the match.
const (
	analyzerName     = "plaza_cjk"
	hangulFilterName = "plaza_hangul_ideographic"
)

// koAnalyzerName is the morphological analyzer of the *_ko fields, the
// one nori applies on OpenSearch with decompound_mode mixed: a Hangul word
// loses its particle and yields itself and its parts (버스노선 → 버스노선,
// 버스, 노선), by the dictionary of shared/search/korean. Bigrams stay, in
// the plain fields, for words the dictionary cannot spell.
const (
	koAnalyzerName = "plaza_ko"
	koFilterName   = "plaza_ko_decompound"
)

// koFilter replaces each token holding Hangul by the terms nori's mixed
// mode keeps of it (koTerms). Later tokens move along by the positions the
// parts take.
type koFilter struct{ dict *korean.Dict }

func (f koFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(in)+len(in)/2)
	shift := 0
	for _, t := range in {
		t.Position += shift
		if !hasHangul(t.Term) {
			out = append(out, t)
			continue
		}
		terms, width := koTerms(f.dict, string(t.Term))
		for _, k := range terms {
			out = append(out, &analysis.Token{
				Term: []byte(k.term), Start: t.Start + k.start, End: t.Start + k.end,
				Position: t.Position + k.pos, Type: analysis.AlphaNumeric,
			})
		}
		shift += width - 1
	}
	return out
}

// koTerm is one term of a word, with its byte span in the word and its
// position from the word's.
type koTerm struct {
	term       string
	start, end int
	pos        int
	whole      bool // a dictionary compound, followed by its parts
}

// koTerms analyses one word as nori does: runs of Hangul syllables and
// runs of other letters and digits apart (5등급차량 → 5, 등급, 차량); a
// Hangul run loses its particle and gives a dictionary compound and its
// parts, the nouns of another split, or its noun. It returns the terms
// and the positions they take (at least 1).
func koTerms(d *korean.Dict, word string) ([]koTerm, int) {
	var out []koTerm
	pos := 0
	for i := 0; i < len(word); {
		r, n := utf8.DecodeRuneInString(word[i:])
		hangul := isSyllable(r)
		j := i + n
		for j < len(word) {
			r2, n2 := utf8.DecodeRuneInString(word[j:])
			if isSyllable(r2) != hangul {
				break
			}
			j += n2
		}
		run := word[i:j]
		if !hangul {
			out = append(out, koTerm{term: run, start: i, end: j, pos: pos})
			pos++
			i = j
			continue
		}
		noun, parts, known := d.Decompose(run)
		if len(parts) == 0 || known {
			out = append(out, koTerm{term: noun, start: i, end: i + len(noun), pos: pos, whole: len(parts) > 0})
		}
		off := 0
		for k, p := range parts {
			at := max(0, strings.Index(run[off:], p)) // parts spell the word, joints aside
			out = append(out, koTerm{term: p, start: i + off + at, end: i + off + at + len(p), pos: pos + k})
			off += at + len(p)
		}
		pos += max(1, len(parts))
		i = j
	}
	return out, max(1, pos)
}

func isSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

func hasHangul(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if isSyllable(r) {
			return true
		}
		b = b[n:]
	}
	return false
}

// hangulFilter marks tokens made of Hangul syllables as ideographic.
type hangulFilter struct{}

func (hangulFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if t.Type == analysis.AlphaNumeric && isHangulTerm(t.Term) {
			t.Type = analysis.Ideographic
		}
	}
	return in
}

func isHangulTerm(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if !(r >= 0xAC00 && r <= 0xD7A3) && !(r >= 0x1100 && r <= 0x11FF) && !(r >= 0x3130 && r <= 0x318F) {
			return false
		}
		b = b[n:]
	}
	return true
}

func init() {
	// Registration is Bleve's plugin mechanism: an index names its
	// analyzers and filters in its stored mapping.
	err := registry.RegisterTokenFilter(hangulFilterName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return hangulFilter{}, nil
	})
	if err != nil {
		panic(fmt.Sprintf("register %s: %v", hangulFilterName, err))
	}
	err = registry.RegisterTokenFilter(koFilterName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return koFilter{dict: korean.Default()}, nil
	})
	if err != nil {
		panic(fmt.Sprintf("register %s: %v", koFilterName, err))
	}
}

// analyzerConfig is the custom analyzer added to the index mapping.
var analyzerConfig = map[string]any{
	"type":          custom.Name,
	"tokenizer":     unicode.Name,
	"token_filters": []any{cjk.WidthName, lowercase.Name, hangulFilterName, cjk.BigramName},
}

// koAnalyzerConfig is the morphological analyzer added to the index mapping.
var koAnalyzerConfig = map[string]any{
	"type":          custom.Name,
	"tokenizer":     unicode.Name,
	"token_filters": []any{cjk.WidthName, lowercase.Name, koFilterName},
}
