package bleve

import (
	"fmt"
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

// koFilter replaces each Hangul token by the terms nori's mixed mode
// keeps of it (as korean.Dict.Terms): a dictionary compound takes the
// token's position and its parts the positions from it on; the nouns of
// any other split take consecutive positions. Later tokens move along.
type koFilter struct{ dict *korean.Dict }

func (f koFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(in)+len(in)/2)
	shift := 0
	for _, t := range in {
		t.Position += shift
		if !isHangulTerm(t.Term) {
			out = append(out, t)
			continue
		}
		noun, parts, known := f.dict.Decompose(string(t.Term))
		if len(parts) == 0 || known {
			whole := *t
			whole.Term = []byte(noun)
			whole.End = t.Start + len(noun)
			out = append(out, &whole)
		}
		start := t.Start
		for i, p := range parts {
			out = append(out, &analysis.Token{
				Term: []byte(p), Start: start, End: start + len(p),
				Position: t.Position + i, Type: analysis.AlphaNumeric,
			})
			start += len(p)
		}
		if len(parts) > 1 {
			shift += len(parts) - 1
		}
	}
	return out
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
