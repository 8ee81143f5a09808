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

// Related returns up to n documents related to org/id, in the order
// search.Related keeps; this file only translates its queries to
// OpenSearch's query DSL.
func (x *Index) Related(ctx context.Context, org, id string, n int) ([]search.Link, error) {
	if x.closed.Load() {
		return nil, search.ErrClosed
	}
	return search.Related(ctx, relatedQueries{x}, org, id, n)
}

// Suggest completes prefix with nouns and envelope keywords of the corpus,
// ranked by search.Suggest. Keywords are found through their edge-ngram
// subfield, nouns by prefix; terms aggregations count them.
func (x *Index) Suggest(ctx context.Context, prefix string, n int) ([]string, error) {
	if x.closed.Load() {
		return nil, search.ErrClosed
	}
	return search.Suggest(ctx, relatedQueries{x}, prefix, n)
}

// relatedQueries answers search.RelatedQueries and search.SuggestQueries
// from the cluster.
type relatedQueries struct{ x *Index }

// relSource is what Related reads of the document itself.
type relSource struct {
	DocumentNumber string    `json:"document_number"`
	DepartmentCode string    `json:"department_code"`
	Cites          []string  `json:"cites"`
	Keywords       []string  `json:"keywords"`
	Terms          string    `json:"terms"`
	ApprovedAt     time.Time `json:"approved_at"`
}

func (q relatedQueries) Source(ctx context.Context, org, id string) (search.Source, error) {
	x := q.x
	status, body, err := x.call(ctx, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.GetRequest{
			Index: x.alias, DocumentID: docID(org, id),
			SourceIncludes: []string{"document_number", "department_code", "cites", "keywords", "terms", "approved_at"},
		}.Do(ctx, x.client)
	})
	if err != nil {
		return search.Source{}, err
	}
	if status == http.StatusNotFound {
		return search.Source{}, fmt.Errorf("%s/%s: %w", org, id, search.ErrNotFound)
	}
	if status >= 300 {
		return search.Source{}, fmt.Errorf("load %s/%s: %w", org, id, parseError(status, body))
	}
	var ans struct {
		Found  bool      `json:"found"`
		Source relSource `json:"_source"`
	}
	if err := json.Unmarshal(body, &ans); err != nil {
		return search.Source{}, fmt.Errorf("load %s/%s: decode: %w", org, id, err)
	}
	if !ans.Found {
		return search.Source{}, fmt.Errorf("%s/%s: %w", org, id, search.ErrNotFound)
	}
	s := ans.Source
	return search.Source{
		Key:            docID(org, id),
		DocumentNumber: s.DocumentNumber,
		DepartmentCode: s.DepartmentCode,
		Cites:          s.Cites,
		Keywords:       s.Keywords,
		Terms:          keywords.ParseTerms(s.Terms),
		ApprovedAt:     s.ApprovedAt,
	}, nil
}

// run searches org with a bool query: must (or, with minShould, at least
// one of must as should), leaving out exclude.
func (q relatedQueries) run(ctx context.Context, org string, must []any, minShould bool, exclude []string, size int, sortBy []any, extra ...string) ([]search.Candidate, error) {
	b := map[string]any{
		"filter":   []any{map[string]any{"term": map[string]any{"org": org}}},
		"must_not": []any{map[string]any{"ids": map[string]any{"values": exclude}}},
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
	if err := q.x.search(ctx, body, &ans); err != nil {
		return nil, fmt.Errorf("related in %s: %w", org, err)
	}
	out := make([]search.Candidate, 0, len(ans.Hits.Hits))
	for _, h := range ans.Hits.Hits {
		out = append(out, search.Candidate{Key: h.ID, Hit: h.hit(), Terms: h.Source.Terms, Keywords: h.Source.Keywords})
	}
	return out, nil
}

// byDate sorts newest first, then by uid.
func byDate() []any {
	return []any{
		map[string]any{"approved_at": map[string]any{"order": "desc"}},
		map[string]any{"uid": map[string]any{"order": "asc"}},
	}
}

func (q relatedQueries) Numbered(ctx context.Context, org string, numbers, exclude []string, size int) ([]search.Candidate, error) {
	cq := []any{map[string]any{"terms": map[string]any{"document_number": numbers}}}
	return q.run(ctx, org, cq, false, exclude, size, byDate())
}

func (q relatedQueries) Citing(ctx context.Context, org, number string, exclude []string, size int) ([]search.Candidate, error) {
	cq := []any{map[string]any{"term": map[string]any{"cites": number}}}
	return q.run(ctx, org, cq, false, exclude, size, byDate())
}

// DocFreq asks with one size-0 search with two terms aggregations.
func (q relatedQueries) DocFreq(ctx context.Context, words []string) (map[string]int, int, error) {
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
	if err := q.x.search(ctx, body, &ans); err != nil {
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

// Sharing is a more_like_this over title and body joined with the
// keywords, boosted by weight, as nouns or envelope keywords.
func (q relatedQueries) Sharing(ctx context.Context, org string, src search.Source, top []keywords.Keyword, exclude []string, size int) ([]search.Candidate, error) {
	kq := []any{map[string]any{"more_like_this": map[string]any{
		"fields":               []string{"title", "body"},
		"like":                 []any{map[string]any{"_id": src.Key}},
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
	return q.run(ctx, org, kq, true, exclude, size, byScore, "terms", "keywords")
}

func (q relatedQueries) Nearby(ctx context.Context, org, department string, from, to time.Time, exclude []string, size int) ([]search.Candidate, error) {
	must := []any{
		map[string]any{"term": map[string]any{"department_code": department}},
		map[string]any{"range": map[string]any{"approved_at": map[string]any{
			"gte": from.Format(time.RFC3339Nano),
			"lte": to.Format(time.RFC3339Nano),
		}}},
	}
	return q.run(ctx, org, must, false, exclude, size, byDate())
}

// PrefixCounts runs SuggestBody.
func (q relatedQueries) PrefixCounts(ctx context.Context, prefix string) (nouns, kws map[string]int, err error) {
	var ans searchAnswer
	if err := q.x.search(ctx, SuggestBody(prefix), &ans); err != nil {
		return nil, nil, err
	}
	nouns, kws = map[string]int{}, map[string]int{}
	for _, f := range []struct {
		agg    string
		counts map[string]int
	}{{"nouns", nouns}, {"keywords", kws}} {
		for _, b := range ans.Aggregations[f.agg].Buckets {
			f.counts[fmt.Sprint(b.Key)] += b.DocCount
		}
	}
	return nouns, kws, nil
}

// Live is always true: aggregations count live documents only.
func (q relatedQueries) Live(context.Context, string) (bool, error) { return true, nil }

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
