package bleve

import (
	"context"
	"fmt"
	"slices"
	"time"

	blevesearch "github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search"
)

// Related returns up to n documents related to org/id, in the order
// search.Related keeps; this file only translates its queries to Bleve.
func (x *Index) Related(ctx context.Context, org, id string, n int) ([]search.Link, error) {
	return search.Related(ctx, relatedQueries{x}, org, id, n)
}

// Suggest completes prefix with nouns and envelope keywords of the corpus,
// ranked by search.Suggest.
func (x *Index) Suggest(ctx context.Context, prefix string, n int) ([]string, error) {
	return search.Suggest(ctx, relatedQueries{x}, prefix, n)
}

// relatedQueries answers search.RelatedQueries and search.SuggestQueries
// from the index.
type relatedQueries struct{ x *Index }

// strs reads a stored field that may hold one value or many.
func strs(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		out := make([]string, 0, len(t))
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func parseTime(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, s)
	return t, err == nil
}

func (q relatedQueries) Source(ctx context.Context, org, id string) (search.Source, error) {
	req := blevesearch.NewSearchRequestOptions(query.NewDocIDQuery([]string{docID(org, id)}), 1, 0, false)
	req.Fields = []string{fNumber, fDeptCode, fCites, fKeywords, fTerms, fApprovedAt}
	sr, err := q.x.idx.SearchInContext(ctx, req)
	if err != nil {
		return search.Source{}, fmt.Errorf("load %s/%s: %w", org, id, err)
	}
	if len(sr.Hits) == 0 {
		return search.Source{}, fmt.Errorf("%s/%s: %w", org, id, search.ErrNotFound)
	}
	f := sr.Hits[0].Fields
	src := search.Source{
		Key:            docID(org, id),
		DocumentNumber: str(f, fNumber),
		DepartmentCode: str(f, fDeptCode),
		Cites:          strs(f[fCites]),
		Keywords:       strs(f[fKeywords]),
		Terms:          keywords.ParseTerms(str(f, fTerms)),
	}
	if at, ok := parseTime(str(f, fApprovedAt)); ok {
		src.ApprovedAt = at
	}
	return src, nil
}

// run searches org for must, leaving out exclude.
func (q relatedQueries) run(ctx context.Context, org string, must query.Query, exclude []string, size int, sortBy []string, extra ...string) ([]search.Candidate, error) {
	bq := query.NewBooleanQuery([]query.Query{must}, nil, []query.Query{query.NewDocIDQuery(exclude)})
	bq.AddFilter(term(fOrg, org))
	req := blevesearch.NewSearchRequestOptions(bq, size, 0, false)
	req.Fields = append(slices.Clip(hitFields), extra...)
	req.SortBy(sortBy)
	sr, err := q.x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("related in %s: %w", org, err)
	}
	out := make([]search.Candidate, 0, len(sr.Hits))
	for _, h := range sr.Hits {
		hit := hitOf(h.Fields)
		hit.Score = h.Score
		out = append(out, search.Candidate{Key: h.ID, Hit: hit, Terms: str(h.Fields, fTerms), Keywords: strs(h.Fields[fKeywords])})
	}
	return out, nil
}

// byDate sorts newest first, then by id.
func byDate() []string { return []string{"-" + fApprovedAt, "_id"} }

func (q relatedQueries) Numbered(ctx context.Context, org string, numbers, exclude []string, size int) ([]search.Candidate, error) {
	qs := make([]query.Query, 0, len(numbers))
	for _, c := range numbers {
		qs = append(qs, term(fNumber, c))
	}
	return q.run(ctx, org, query.NewDisjunctionQuery(qs), exclude, size, byDate())
}

func (q relatedQueries) Citing(ctx context.Context, org, number string, exclude []string, size int) ([]search.Candidate, error) {
	return q.run(ctx, org, term(fCites, number), exclude, size, byDate())
}

// DocFreq reads the counts from the index's term dictionary.
func (q relatedQueries) DocFreq(ctx context.Context, words []string) (map[string]int, int, error) {
	adv, err := q.x.idx.Advanced()
	if err != nil {
		return nil, 0, fmt.Errorf("bleve reader: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, 0, fmt.Errorf("bleve reader: %w", err)
	}
	defer func() { _ = r.Close() }()
	count, err := r.DocCount()
	if err != nil {
		return nil, 0, fmt.Errorf("bleve doc count: %w", err)
	}
	df := make(map[string]int, len(words))
	for _, w := range words {
		for _, field := range []string{fNouns, fKeywords} {
			tfr, err := r.TermFieldReader(ctx, []byte(w), field, false, false, false)
			if err != nil {
				continue
			}
			df[w] = max(df[w], int(tfr.Count()))
			_ = tfr.Close()
		}
	}
	return df, int(count), nil
}

// Sharing matches the keywords, boosted by weight, as nouns or envelope
// keywords.
func (q relatedQueries) Sharing(ctx context.Context, org string, _ search.Source, top []keywords.Keyword, exclude []string, size int) ([]search.Candidate, error) {
	var kq []query.Query
	for _, k := range top {
		for _, field := range []string{fNouns, fKeywords} {
			tq := query.NewTermQuery(k.Word)
			tq.SetField(field)
			tq.SetBoost(k.Weight)
			kq = append(kq, tq)
		}
	}
	if len(kq) == 0 {
		return nil, nil
	}
	return q.run(ctx, org, query.NewDisjunctionQuery(kq), exclude, size, []string{"-_score", "_id"}, fTerms, fKeywords)
}

func (q relatedQueries) Nearby(ctx context.Context, org, department string, from, to time.Time, exclude []string, size int) ([]search.Candidate, error) {
	t := true
	r := query.NewDateRangeInclusiveQuery(from, to, &t, &t)
	r.SetField(fApprovedAt)
	return q.run(ctx, org, query.NewConjunctionQuery([]query.Query{term(fDeptCode, department), r}), exclude, size, byDate())
}

// PrefixCounts reads the term dictionaries of nouns and keywords.
func (q relatedQueries) PrefixCounts(ctx context.Context, prefix string) (nouns, kws map[string]int, err error) {
	nouns, kws = map[string]int{}, map[string]int{}
	for _, field := range []struct {
		name   string
		counts map[string]int
	}{{fNouns, nouns}, {fKeywords, kws}} {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		d, err := q.x.idx.FieldDictPrefix(field.name, []byte(prefix))
		if err != nil {
			return nil, nil, fmt.Errorf("suggest %q: %w", prefix, err)
		}
		for {
			e, err := d.Next()
			if err != nil {
				_ = d.Close()
				return nil, nil, fmt.Errorf("suggest %q: %w", prefix, err)
			}
			if e == nil {
				break
			}
			field.counts[e.Term] += int(e.Count)
		}
		_ = d.Close()
	}
	return nouns, kws, nil
}

// Live reports whether a live document holds word among its nouns or
// keywords. A term dictionary keeps the terms of deleted and replaced
// documents until its segments merge: a keyword masked after publication
// would still be suggested without this check.
func (q relatedQueries) Live(ctx context.Context, word string) (bool, error) {
	var qs []query.Query
	for _, f := range []string{fNouns, fKeywords} {
		tq := query.NewTermQuery(word)
		tq.SetField(f)
		qs = append(qs, tq)
	}
	req := blevesearch.NewSearchRequestOptions(query.NewDisjunctionQuery(qs), 0, 0, false)
	sr, err := q.x.idx.SearchInContext(ctx, req)
	if err != nil {
		return false, fmt.Errorf("suggest %q: %w", word, err)
	}
	return sr.Total > 0, nil
}
