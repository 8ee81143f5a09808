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
}

// analyzerConfig is the custom analyzer added to the index mapping.
var analyzerConfig = map[string]any{
	"type":          custom.Name,
	"tokenizer":     unicode.Name,
	"token_filters": []any{cjk.WidthName, lowercase.Name, hangulFilterName, cjk.BigramName},
}
