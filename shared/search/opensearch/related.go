package opensearch

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/opensearch-project/opensearch-go/v2/opensearchapi"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search"
)

// relatedKeywords is how many of a document's heaviest keywords are
// matched against other documents (as in the Bleve adapter).
const relatedKeywords = 10

// relSource is what Related reads of the document itself.
type relSource struct {
	DocumentNumber string    `json:"document_number"`
	DepartmentCode string    `json:"department_code"`
	Cites          []string  `json:"cites"`
	Keywords       []string  `json:"keywords"`
	Terms          string    `json:"terms"`
	ApprovedAt     time.Time `json:"approved_at"`
}

func (x *Index) load(ctx context.Context, org, id string) (relSource, error) {
	status, body, err := x.call(ctx, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.GetRequest{
			Index: x.alias, DocumentID: docID(org, id),
			SourceIncludes: []string{"document_number", "department_code", "cites", "keywords", "terms", "approved_at"},
		}.Do(ctx, x.client)
	})
	if err != nil {
		return relSource{}, err
	}
	if status == http.StatusNotFound {
		return relSource{}, fmt.Errorf("%s/%s: %w", org, id, search.ErrNotFound)
	}
	if status >= 300 {
		return relSource{}, fmt.Errorf("load %s/%s: %w", org, id, parseError(status, body))
	}
	var ans struct {
		Found  bool      `json:"found"`
		Source relSource `json:"_source"`
	}
	if err := json.Unmarshal(body, &ans); err != nil {
		return relSource{}, fmt.Errorf("load %s/%s: decode: %w", org, id, err)
	}
	if !ans.Found {
		return relSource{}, fmt.Errorf("%s/%s: %w", org, id, search.ErrNotFound)
	}
	return ans.Source, nil
}

// docFreq asks how many documents use each word, as a noun or as an
// envelope keyword, and how many documents there are: the IDF of
// keywords.Rank, from one size-0 search with two terms aggregations.
func (x *Index) docFreq(ctx context.Context, words []string) (map[string]int, int, error) {
	body := map[string]any{
		"size":             0,
		"track_total_hits": true,
		"query":            map[string]any{"match_all": map[string]any{}},
		"aggs": map[string]any{
			"nouns":    map[string]any{"terms": map[string]any{"field": "nouns", "include": words, "size": len(words)}},
			"keywords": map[string]any{"terms": map[string]any{"field": "keywords", "include": words, "size": len(words)}},
		},
	}
	var ans searchAnswer
	if err := x.search(ctx, body, &ans); err != nil {
		return nil, 0, err
	}
	df := map[string]int{}
	for _, agg := range []string{"nouns", "keywords"} {
		for _, b := range ans.Aggregations[agg].Buckets {
			k := fmt.Sprint(b.Key)
			df[k] = max(df[k], b.DocCount)
		}
	}
	return df, ans.Hits.Total.Value, nil
}

// Related returns up to n documents related to org/id: citations first
// (the documents it cites, in the order it cites them, then those citing
// it), then documents sharing its heaviest keywords (a more_like_this over
// title and body joined with the keyword terms), then documents of the
// same department approved within search.RelatedPeriod. Each link says why.
func (x *Index) Related(ctx context.Context, org, id string, n int) ([]search.Link, error) {
	if x.closed.Load() {
		return nil, search.ErrClosed
	}
	if n <= 0 {
		n = 10
	}
	src, err := x.load(ctx, org, id)
	if err != nil {
		return nil, err
	}
	seen := []string{docID(org, id)}
	var links []search.Link
	run := func(must []any, minShould bool, size int, sortBy []any, extra ...string) ([]answerHit, error) {
		b := map[string]any{
			"filter":   []any{map[string]any{"term": map[string]any{"org": org}}},
			"must_not": []any{map[string]any{"ids": map[string]any{"values": slices.Clone(seen)}}},
		}
		if minShould {
			b["should"] = must
			b["minimum_should_match"] = 1
		} else {
			b["must"] = must
		}
		body := map[string]any{
			"size":    size,
			"query":   map[string]any{"bool": b},
			"sort":    sortBy,
			"_source": map[string]any{"includes": append(slices.Clip(hitSource), extra...)},
		}
		var ans searchAnswer
		if err := x.search(ctx, body, &ans); err != nil {
			return nil, fmt.Errorf("related %s/%s: %w", org, id, err)
		}
		return ans.Hits.Hits, nil
	}
	byDate := []any{
		map[string]any{"approved_at": map[string]any{"order": "desc"}},
		map[string]any{"uid": map[string]any{"order": "asc"}},
	}

	// 1. Citations: the documents it cites, in the order it cites them,
	// then the documents citing it, newest first. Two queries, so that a
	// short list still starts with what the text cites.
	if len(src.Cites) > 0 {
		cq := []any{map[string]any{"terms": map[string]any{"document_number": src.Cites}}}
		hs, err := run(cq, false, n, byDate)
		if err != nil {
			return nil, err
		}
		var cites []search.Link
		for _, h := range hs {
			seen = append(seen, h.ID)
			hit := h.hit()
			cites = append(cites, search.Link{Hit: hit, Reason: search.ReasonCites, Cited: hit.DocumentNumber})
		}
		slices.SortStableFunc(cites, func(a, b search.Link) int {
			return slices.Index(src.Cites, a.Cited) - slices.Index(src.Cites, b.Cited)
		})
		links = append(links, cites...)
	}
	if len(links) < n && src.DocumentNumber != "" {
		cq := []any{map[string]any{"term": map[string]any{"cites": src.DocumentNumber}}}
		hs, err := run(cq, false, n-len(links), byDate)
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			seen = append(seen, h.ID)
			links = append(links, search.Link{Hit: h.hit(), Reason: search.ReasonCitedBy, Cited: src.DocumentNumber})
		}
	}

	// 2. Shared keywords.
	terms := keywords.ParseTerms(src.Terms)
	if len(links) < n && (len(terms) > 0 || len(src.Keywords) > 0) {
		words := make([]string, 0, len(terms)+len(src.Keywords))
		for _, t := range terms {
			words = append(words, t.Word)
		}
		words = append(words, src.Keywords...)
		df, total, err := x.docFreq(ctx, words)
		if err != nil {
			return nil, err
		}
		top := keywords.Rank(terms, src.Keywords, func(w string) int { return df[w] }, total, relatedKeywords)
		subject := keywords.NewSubject(top, src.Keywords)
		kq := []any{map[string]any{"more_like_this": map[string]any{
			"fields":               []string{"title", "body"},
			"like":                 []any{map[string]any{"_id": docID(org, id)}},
			"min_term_freq":        1,
			"min_doc_freq":         1,
			"max_query_terms":      25,
			"minimum_should_match": "30%",
		}}}
		for _, k := range top {
			for _, field := range []string{"nouns", "keywords"} {
				kq = append(kq, map[string]any{"term": map[string]any{field: map[string]any{"value": k.Word, "boost": k.Weight}}})
			}
		}
		byScore := []any{map[string]any{"_score": "desc"}, map[string]any{"uid": map[string]any{"order": "asc"}}}
		hs, err := run(kq, true, 2*n, byScore, "terms", "keywords")
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			if len(links) >= n {
				break
			}
			// A more_like_this hit that shares no keyword is dropped too.
			shared, ok := subject.Shares(h.Source.Terms, h.Source.Keywords)
			if !ok {
				continue
			}
			seen = append(seen, h.ID)
			links = append(links, search.Link{Hit: h.hit(), Reason: search.ReasonKeywords, Keywords: shared})
		}
	}

	// 3. Same department and period.
	if len(links) < n && src.DepartmentCode != "" && !src.ApprovedAt.IsZero() {
		at := src.ApprovedAt
		must := []any{
			map[string]any{"term": map[string]any{"department_code": src.DepartmentCode}},
			map[string]any{"range": map[string]any{"approved_at": map[string]any{
				"gte": at.Add(-search.RelatedPeriod).Format(time.RFC3339Nano),
				"lte": at.Add(search.RelatedPeriod).Format(time.RFC3339Nano),
			}}},
		}
		hs, err := run(must, false, n-len(links), byDate)
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			links = append(links, search.Link{Hit: h.hit(), Reason: search.ReasonDepartmentPeriod})
		}
	}
	if len(links) > n {
		links = links[:n]
	}
	return links, nil
}

// luceneEscape escapes s for a Lucene regular expression (the terms
// aggregation's include): every character that is not a letter or digit
// is escaped, which is always allowed.
func luceneEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Suggest completes prefix with nouns and envelope keywords of the corpus,
// those most documents use first; envelope keywords count triple (as in
// the Bleve adapter). Keywords are found through their edge-ngram
// subfield, nouns by prefix; terms aggregations count them.
func (x *Index) Suggest(ctx context.Context, prefix string, n int) ([]string, error) {
	if x.closed.Load() {
		return nil, search.ErrClosed
	}
	prefix = keywords.NormalizeKeyword(prefix)
	if prefix == "" {
		return nil, nil
	}
	if n <= 0 {
		n = 10
	}
	var ans searchAnswer
	if err := x.search(ctx, SuggestBody(prefix), &ans); err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, f := range []struct {
		agg    string
		weight int
	}{{"nouns", 1}, {"keywords", 3}} {
		for _, b := range ans.Aggregations[f.agg].Buckets {
			k := fmt.Sprint(b.Key)
			if strings.HasPrefix(k, prefix) {
				counts[k] += b.DocCount * f.weight
			}
		}
	}
	out := make([]string, 0, len(counts))
	for w := range counts {
		out = append(out, w)
	}
	slices.SortFunc(out, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// SuggestBody is the query behind Suggest.
func SuggestBody(prefix string) map[string]any {
	include := luceneEscape(prefix) + ".*"
	return map[string]any{
		"size": 0,
		"query": map[string]any{"bool": map[string]any{
			"should": []any{
				map[string]any{"prefix": map[string]any{"nouns": map[string]any{"value": prefix}}},
				map[string]any{"match": map[string]any{"keywords.suggest": map[string]any{"query": prefix}}},
			},
			"minimum_should_match": 1,
		}},
		"aggs": map[string]any{
			"nouns":    map[string]any{"terms": map[string]any{"field": "nouns", "include": include, "size": 100}},
			"keywords": map[string]any{"terms": map[string]any{"field": "keywords", "include": include, "size": 100}},
		},
	}
}
