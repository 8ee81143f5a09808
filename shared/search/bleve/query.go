package bleve

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	blevesearch "github.com/blevesearch/bleve/v2"
	bhtml "github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search"
)

// hitFields are the stored fields a hit is built from.
var hitFields = []string{fOrg, fID, fVersion, fTitle, fNumber, fDeptCode, fDeptName, fType, fGrade, fApprovedAt, fMetadataOnly}

// Field boosts: a word in the title or among the envelope keywords says
// more about the subject than one in the body.
const (
	boostTitle    = 3.0
	boostKeywords = 2.0
	boostBody     = 1.0
)

// Facet sizes: enough for every department of a city.
const (
	facetDeptSize  = 500
	facetTypeSize  = 20
	facetGradeSize = 5
	facetYearSize  = 100
)

// ParseText splits a search-box text into quoted phrases and words; words
// lose their particles (정보공개를 → 정보공개). An unmatched quote quotes to
// the end.
func ParseText(text string) (phrases, words []string) {
	text = strings.TrimSpace(text)
	for text != "" {
		i := strings.IndexByte(text, '"')
		if i < 0 {
			words = append(words, splitWords(text)...)
			break
		}
		words = append(words, splitWords(text[:i])...)
		rest := text[i+1:]
		j := strings.IndexByte(rest, '"')
		if j < 0 {
			j = len(rest)
		}
		if p := strings.Join(keywords.Words(rest[:j]), " "); p != "" {
			phrases = append(phrases, p)
		}
		if j == len(rest) {
			break
		}
		text = rest[j+1:]
	}
	return phrases, words
}

func splitWords(s string) []string {
	var out []string
	for _, w := range keywords.Words(s) {
		if w = keywords.Strip(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// textQuery requires every word and phrase in the title, the body or the
// envelope keywords; nil when there is no text.
func textQuery(text string) query.Query {
	phrases, words := ParseText(text)
	var must []query.Query
	for _, p := range append(phrases, words...) {
		must = append(must, anyField(p))
	}
	switch len(must) {
	case 0:
		return nil
	case 1:
		return must[0]
	}
	return query.NewConjunctionQuery(must)
}

// anyField matches s as a phrase of CJK bigrams in one of the text fields.
func anyField(s string) query.Query {
	f := func(field string, boost float64) query.Query {
		q := query.NewMatchPhraseQuery(s)
		q.SetField(field)
		q.SetBoost(boost)
		return q
	}
	return query.NewDisjunctionQuery([]query.Query{f(fTitle, boostTitle), f(fBody, boostBody), f(fKwText, boostKeywords)})
}

func term(field, value string) query.Query {
	q := query.NewTermQuery(value)
	q.SetField(field)
	return q
}

// filterQuery is the conjunction of the query's filters; nil when none.
func filterQuery(q search.Query) query.Query {
	var fs []query.Query
	if q.Org != "" {
		fs = append(fs, term(fOrg, q.Org))
	}
	if q.Department != "" {
		fs = append(fs, term(fDeptCode, q.Department))
	}
	if q.Type != "" {
		fs = append(fs, term(fType, q.Type))
	}
	if q.Grade != "" {
		fs = append(fs, term(fGrade, q.Grade))
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		t := true
		r := query.NewDateRangeInclusiveQuery(q.From, q.To, &t, &t)
		r.SetField(fApprovedAt)
		fs = append(fs, r)
	}
	switch len(fs) {
	case 0:
		return nil
	case 1:
		return fs[0]
	}
	return query.NewConjunctionQuery(fs)
}

// cursor is the decoded Query.After.
type cursor struct {
	Sort   string   `json:"s"`
	Values []string `json:"v"`
}

func encodeCursor(c cursor) string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s, sort string, n int) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("search: bad cursor: %w", err)
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("search: bad cursor: %w", err)
	}
	if c.Sort != sort || len(c.Values) != n {
		return nil, fmt.Errorf("search: cursor of another sort order")
	}
	return c.Values, nil
}

// Search runs a query. An empty text lists documents newest first; its
// facets are cached until the next write.
func (x *Index) Search(ctx context.Context, q search.Query) (search.Result, error) {
	q = q.Normalize()
	text := textQuery(q.Text)
	sortMode := q.Sort
	if text == nil {
		sortMode = search.SortDate
	}
	main := text
	if main == nil {
		main = query.NewMatchAllQuery()
	}
	bq := query.NewBooleanQuery([]query.Query{main}, nil, nil)
	if f := filterQuery(q); f != nil {
		bq.AddFilter(f)
	}
	req := blevesearch.NewSearchRequestOptions(bq, q.Size+1, 0, false)
	req.Fields = hitFields
	if text != nil {
		// The body is the snippet when no highlight applies (a match in
		// the envelope keywords only).
		req.Fields = append(slices.Clip(hitFields), fBody)
	}
	if sortMode == search.SortDate {
		req.SortBy([]string{"-" + fApprovedAt, "_id"})
		req.Score = "none"
	} else {
		req.SortBy([]string{"-_score", "_id"})
	}
	if q.After != "" {
		vals, err := decodeCursor(q.After, sortMode, 2)
		if err != nil {
			return search.Result{}, fmt.Errorf("%w: %v", search.ErrBadCursor, err)
		}
		req.SearchAfter = vals
	} else {
		req.From = (q.Page - 1) * q.Size
	}
	if text != nil {
		req.Highlight = blevesearch.NewHighlightWithStyle(bhtml.Name)
		req.Highlight.AddField(fBody)
		req.Highlight.AddField(fTitle)
	}
	fkey := facetKey{org: q.Org, dept: q.Department, typ: q.Type, grade: q.Grade, from: q.From.UnixNano(), to: q.To.UnixNano()}
	gen := x.gen.Load()
	var cached map[string][]search.FacetCount
	if text == nil {
		if e, ok := x.facets.Load(fkey); ok && e.(facetEntry).gen == gen {
			cached = e.(facetEntry).facets
		}
	}
	if cached == nil {
		req.AddFacet(search.FacetDepartment, blevesearch.NewFacetRequest(fDept, facetDeptSize))
		req.AddFacet(search.FacetType, blevesearch.NewFacetRequest(fType, facetTypeSize))
		req.AddFacet(search.FacetGrade, blevesearch.NewFacetRequest(fGrade, facetGradeSize))
		req.AddFacet(search.FacetYear, blevesearch.NewFacetRequest(fYear, facetYearSize))
	}
	sr, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return search.Result{}, fmt.Errorf("bleve search: %w", err)
	}
	res := search.Result{Total: int(sr.Total), Items: make([]search.Hit, 0, min(len(sr.Hits), q.Size))}
	for i, h := range sr.Hits {
		if i == q.Size {
			last := sr.Hits[i-1]
			vals := last.Sort
			if sortMode == search.SortRelevance {
				// Bleve reports "_score" as the sort value; its search_after
				// wants the score itself.
				vals = []string{strconv.FormatFloat(last.Score, 'g', -1, 64), last.ID}
			}
			res.Next = encodeCursor(cursor{Sort: sortMode, Values: vals})
			break
		}
		hit := hitOf(h.Fields)
		hit.Score = h.Score
		if text != nil {
			hit.Snippet = snippet(h.Fragments, h.Fields)
		}
		res.Items = append(res.Items, hit)
	}
	if cached != nil {
		res.Facets = cached
	} else {
		res.Facets = facetsOf(sr)
		if text == nil {
			x.facets.Store(fkey, facetEntry{gen: gen, facets: res.Facets})
		}
	}
	return res, nil
}

type facetKey struct {
	org, dept, typ, grade string
	from, to              int64
}

type facetEntry struct {
	gen    uint64
	facets map[string][]search.FacetCount
}

// facetsOf converts Bleve's facets: departments carry their names as
// labels, years are listed newest first.
func facetsOf(sr *blevesearch.SearchResult) map[string][]search.FacetCount {
	out := map[string][]search.FacetCount{
		search.FacetDepartment: {}, search.FacetType: {}, search.FacetGrade: {}, search.FacetYear: {},
	}
	for name, fr := range sr.Facets {
		if fr == nil || fr.Terms == nil {
			continue
		}
		var counts []search.FacetCount
		if name == search.FacetDepartment {
			byCode := map[string]int{}
			label := map[string]string{}
			labelCount := map[string]int{}
			for _, t := range fr.Terms.Terms() {
				code, name, _ := strings.Cut(t.Term, deptSep)
				byCode[code] += t.Count
				// A renamed department keeps the name most documents use.
				if t.Count > labelCount[code] {
					label[code], labelCount[code] = name, t.Count
				}
			}
			for code, c := range byCode {
				counts = append(counts, search.FacetCount{Value: code, Label: label[code], Count: c})
			}
		} else {
			for _, t := range fr.Terms.Terms() {
				counts = append(counts, search.FacetCount{Value: t.Term, Count: t.Count})
			}
		}
		if name == search.FacetYear {
			slices.SortFunc(counts, func(a, b search.FacetCount) int { return strings.Compare(b.Value, a.Value) })
		} else {
			slices.SortFunc(counts, func(a, b search.FacetCount) int {
				if a.Count != b.Count {
					return b.Count - a.Count
				}
				return strings.Compare(a.Value, b.Value)
			})
		}
		out[name] = counts
	}
	return out
}

func str(f map[string]any, k string) string {
	s, _ := f[k].(string)
	return s
}

// hitOf builds a hit from stored fields.
func hitOf(f map[string]any) search.Hit {
	h := search.Hit{
		Org:            str(f, fOrg),
		ID:             str(f, fID),
		Title:          str(f, fTitle),
		DocumentNumber: str(f, fNumber),
		DepartmentCode: str(f, fDeptCode),
		DepartmentName: str(f, fDeptName),
		Type:           str(f, fType),
		Grade:          str(f, fGrade),
	}
	if v, ok := f[fVersion].(float64); ok {
		h.Version = int(v)
	}
	if t, err := time.Parse(time.RFC3339Nano, str(f, fApprovedAt)); err == nil {
		h.ApprovedAt = t.In(kst)
	}
	h.MetadataOnly, _ = f[fMetadataOnly].(bool)
	return h
}

// snippetRunes bounds a snippet built without a highlight.
const snippetRunes = 160

// snippet is the best body fragment, else the title's, else the start of
// the body; Bleve's html highlighter escapes the text and adds only
// <mark></mark>.
func snippet(frags map[string][]string, f map[string]any) string {
	for _, field := range []string{fBody, fTitle} {
		if fs := frags[field]; len(fs) > 0 && fs[0] != "" {
			return fs[0]
		}
	}
	return html.EscapeString(truncate(str(f, fBody), snippetRunes))
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
