package bleve

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	blevesearch "github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search"
)

// relatedKeywords is how many of a document's heaviest keywords are
// matched against other documents.
const relatedKeywords = 10

// maxCitations bounds the citation links considered for one document.
const maxCitations = 200

// source is what Related needs to know about the document itself.
type source struct {
	org, id, number, dept string
	cites, keywords       []string
	terms                 []keywords.Term
	approved              string
}

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

func (x *Index) load(ctx context.Context, org, id string) (source, error) {
	req := blevesearch.NewSearchRequestOptions(query.NewDocIDQuery([]string{docID(org, id)}), 1, 0, false)
	req.Fields = []string{fNumber, fDeptCode, fCites, fKeywords, fTerms, fApprovedAt}
	sr, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return source{}, fmt.Errorf("load %s/%s: %w", org, id, err)
	}
	if len(sr.Hits) == 0 {
		return source{}, fmt.Errorf("%s/%s: %w", org, id, search.ErrNotFound)
	}
	f := sr.Hits[0].Fields
	return source{
		org: org, id: id,
		number:   str(f, fNumber),
		dept:     str(f, fDeptCode),
		cites:    strs(f[fCites]),
		keywords: strs(f[fKeywords]),
		terms:    keywords.ParseTerms(str(f, fTerms)),
		approved: str(f, fApprovedAt),
	}, nil
}

// docFreq counts the documents using a word as a noun or as an envelope
// keyword.
// The caller must call done when finished with df.
func (x *Index) docFreq(ctx context.Context) (df func(string) int, total int, done func(), err error) {
	adv, err := x.idx.Advanced()
	if err != nil {
		return nil, 0, nil, fmt.Errorf("bleve reader: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, 0, nil, fmt.Errorf("bleve reader: %w", err)
	}
	count, err := r.DocCount()
	if err != nil {
		_ = r.Close()
		return nil, 0, nil, fmt.Errorf("bleve doc count: %w", err)
	}
	df = func(w string) int {
		n := 0
		for _, field := range []string{fNouns, fKeywords} {
			tfr, err := r.TermFieldReader(ctx, []byte(w), field, false, false, false)
			if err != nil {
				continue
			}
			n = max(n, int(tfr.Count()))
			_ = tfr.Close()
		}
		return n
	}
	return df, int(count), func() { _ = r.Close() }, nil
}

func parseTime(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, s)
	return t, err == nil
}

// Related returns up to n documents related to org/id: citations first
// (documents it cites, then documents citing it), then documents sharing
// its heaviest keywords, then documents of the same department approved
// within search.RelatedPeriod.
func (x *Index) Related(ctx context.Context, org, id string, n int) ([]search.Link, error) {
	if n <= 0 {
		n = 10
	}
	src, err := x.load(ctx, org, id)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{docID(org, id): true}
	var links []search.Link
	exclude := func() query.Query {
		ids := make([]string, 0, len(seen))
		for k := range seen {
			ids = append(ids, k)
		}
		return query.NewDocIDQuery(ids)
	}
	run := func(must query.Query, size int, sortBy []string, extra ...string) ([]*hitFieldsT, error) {
		bq := query.NewBooleanQuery([]query.Query{must}, nil, []query.Query{exclude()})
		bq.AddFilter(term(fOrg, org))
		req := blevesearch.NewSearchRequestOptions(bq, size, 0, false)
		req.Fields = append(slices.Clip(hitFields), extra...)
		req.SortBy(sortBy)
		sr, err := x.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("related %s/%s: %w", org, id, err)
		}
		out := make([]*hitFieldsT, 0, len(sr.Hits))
		for _, h := range sr.Hits {
			hit := hitOf(h.Fields)
			hit.Score = h.Score
			out = append(out, &hitFieldsT{hit: hit, key: h.ID, fields: h.Fields})
		}
		return out, nil
	}

	// 1. Citations, both directions.
	var cq []query.Query
	for _, c := range src.cites {
		cq = append(cq, term(fNumber, c))
	}
	if src.number != "" {
		cq = append(cq, term(fCites, src.number))
	}
	if len(cq) > 0 {
		// All citations are fetched (up to a bound) so that the order below,
		// not the date, decides which survive n.
		hs, err := run(query.NewDisjunctionQuery(cq), max(n, maxCitations), []string{"-" + fApprovedAt, "_id"}, fCites)
		if err != nil {
			return nil, err
		}
		var cites, citedBy []search.Link
		for _, h := range hs {
			seen[h.key] = true
			if i := slices.Index(src.cites, h.hit.DocumentNumber); i >= 0 && h.hit.DocumentNumber != "" {
				cites = append(cites, search.Link{Hit: h.hit, Reason: search.ReasonCites, Cited: h.hit.DocumentNumber})
			} else {
				citedBy = append(citedBy, search.Link{Hit: h.hit, Reason: search.ReasonCitedBy, Cited: src.number})
			}
		}
		// Cited documents in the order the text cites them.
		slices.SortStableFunc(cites, func(a, b search.Link) int {
			return cmp.Compare(slices.Index(src.cites, a.Cited), slices.Index(src.cites, b.Cited))
		})
		links = append(links, cites...)
		links = append(links, citedBy...)
	}

	// 2. Shared keywords.
	if len(links) < n && (len(src.terms) > 0 || len(src.keywords) > 0) {
		df, total, done, err := x.docFreq(ctx)
		if err != nil {
			return nil, err
		}
		top := keywords.Rank(src.terms, src.keywords, df, total, relatedKeywords)
		done()
		subject := keywords.NewSubject(top, src.keywords)
		var kq []query.Query
		for _, k := range top {
			for _, field := range []string{fNouns, fKeywords} {
				q := query.NewTermQuery(k.Word)
				q.SetField(field)
				q.SetBoost(k.Weight)
				kq = append(kq, q)
			}
		}
		if len(kq) > 0 {
			hs, err := run(query.NewDisjunctionQuery(kq), 2*n, []string{"-_score", "_id"}, fTerms, fKeywords)
			if err != nil {
				return nil, err
			}
			for _, h := range hs {
				if len(links) >= n {
					break
				}
				shared, ok := subject.Shares(str(h.fields, fTerms), strs(h.fields[fKeywords]))
				if !ok {
					continue
				}
				seen[h.key] = true
				links = append(links, search.Link{Hit: h.hit, Reason: search.ReasonKeywords, Keywords: shared})
			}
		}
	}

	// 3. Same department and period.
	if len(links) < n && src.dept != "" {
		if at, ok := parseTime(src.approved); ok {
			t := true
			r := query.NewDateRangeInclusiveQuery(at.Add(-search.RelatedPeriod), at.Add(search.RelatedPeriod), &t, &t)
			r.SetField(fApprovedAt)
			must := query.NewConjunctionQuery([]query.Query{term(fDeptCode, src.dept), r})
			hs, err := run(must, n-len(links), []string{"-" + fApprovedAt, "_id"})
			if err != nil {
				return nil, err
			}
			for _, h := range hs {
				seen[h.key] = true
				links = append(links, search.Link{Hit: h.hit, Reason: search.ReasonDepartmentPeriod})
			}
		}
	}
	if len(links) > n {
		links = links[:n]
	}
	return links, nil
}

type hitFieldsT struct {
	hit    search.Hit
	key    string
	fields map[string]any
}

// Suggest completes prefix with nouns and envelope keywords of the corpus,
// the ones most documents use first; envelope keywords count triple.
func (x *Index) Suggest(ctx context.Context, prefix string, n int) ([]string, error) {
	prefix = keywords.NormalizeKeyword(prefix)
	if prefix == "" {
		return nil, nil
	}
	if n <= 0 {
		n = 10
	}
	counts := map[string]int{}
	for _, field := range []struct {
		name   string
		weight int
	}{{fNouns, 1}, {fKeywords, 3}} {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := x.idx.FieldDictPrefix(field.name, []byte(prefix))
		if err != nil {
			return nil, fmt.Errorf("suggest %q: %w", prefix, err)
		}
		for {
			e, err := d.Next()
			if err != nil {
				_ = d.Close()
				return nil, fmt.Errorf("suggest %q: %w", prefix, err)
			}
			if e == nil {
				break
			}
			counts[e.Term] += int(e.Count) * field.weight
		}
		_ = d.Close()
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
	// A term dictionary keeps the terms of deleted and replaced documents
	// until its segments merge: a keyword masked after publication would
	// still be suggested. Keep only terms some live document holds.
	live := out[:0]
	for _, w := range out {
		if len(live) == n {
			break
		}
		ok, err := x.liveTerm(ctx, w)
		if err != nil {
			return nil, fmt.Errorf("suggest %q: %w", prefix, err)
		}
		if ok {
			live = append(live, w)
		}
	}
	return live, nil
}

// liveTerm reports whether a live document holds term among its nouns or
// keywords.
func (x *Index) liveTerm(ctx context.Context, term string) (bool, error) {
	var qs []query.Query
	for _, f := range []string{fNouns, fKeywords} {
		q := query.NewTermQuery(term)
		q.SetField(f)
		qs = append(qs, q)
	}
	req := blevesearch.NewSearchRequestOptions(query.NewDisjunctionQuery(qs), 0, 0, false)
	sr, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return false, err
	}
	return sr.Total > 0, nil
}
