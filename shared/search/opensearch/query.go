package opensearch

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/opensearch-project/opensearch-go/v2/opensearchapi"

	"github.com/seoul-plaza/plaza/shared/search"
)

// MaxWindow is how deep from/size paging may go (index.max_result_window);
// beyond it callers must follow Result.Next.
const MaxWindow = 10000

// ErrCursor is returned for a Query.After that this adapter did not issue
// or that belongs to another sort order.
var ErrCursor = errors.New("opensearch: invalid cursor")

// ErrWindow is returned for a page beyond MaxWindow.
var ErrWindow = fmt.Errorf("opensearch: page beyond the first %d results; follow the cursor", MaxWindow)

// searchFields are the fields free text is matched against, with boosts:
// a hit in the title or a keyword says more than one in the body.
var searchFields = []string{"title^3", "keywords.text^2", "document_number^3", "department_name", "body"}

// Highlight tags; the HTML encoder escapes the text between them.
const (
	preTag      = "<mark>"
	postTag     = "</mark>"
	snippetSize = 160
)

// filters turns the query's structured parts into bool filter clauses.
func filters(q search.Query) []any {
	// Never nil: "filter": null is not a valid bool query (the spec check caught it).
	f := []any{}
	term := func(field, v string) {
		if v != "" {
			f = append(f, map[string]any{"term": map[string]any{field: v}})
		}
	}
	term("org", q.Org)
	term("department_code", q.Department)
	term("type", q.Type)
	term("grade", q.Grade)
	if !q.From.IsZero() || !q.To.IsZero() {
		r := map[string]any{}
		if !q.From.IsZero() {
			r["gte"] = q.From.Format(time.RFC3339Nano)
		}
		if !q.To.IsZero() {
			r["lte"] = q.To.Format(time.RFC3339Nano)
		}
		f = append(f, map[string]any{"range": map[string]any{"approved_at": r}})
	}
	return f
}

// textQuery matches free text. simple_query_string keeps "quoted phrases"
// as phrases and, with only the PHRASE and WHITESPACE flags, treats every
// other operator character (+ - | * ~ …) as text, so user input can never
// make the query fail to parse.
func textQuery(text string) any {
	if strings.TrimSpace(text) == "" {
		return map[string]any{"match_all": map[string]any{}}
	}
	return map[string]any{"simple_query_string": map[string]any{
		"query":            text,
		"fields":           searchFields,
		"default_operator": "and",
		"flags":            "PHRASE|WHITESPACE",
	}}
}

func sortClause(kind string) []any {
	byDate := map[string]any{"approved_at": map[string]any{"order": "desc"}}
	byUID := map[string]any{"uid": map[string]any{"order": "asc"}}
	if kind == search.SortDate {
		return []any{byDate, byUID}
	}
	// {"_score": {"order": "desc"}} is what most clients send, but the
	// specification's sort oneOf accepts it twice (FieldWithOrder and
	// SortOptions) and so rejects it; the short form is unambiguous.
	return []any{map[string]any{"_score": "desc"}, byDate, byUID}
}

func facetAggs() map[string]any {
	return map[string]any{
		search.FacetDepartment: map[string]any{
			"terms": map[string]any{"field": "department_code", "size": 200},
			"aggs": map[string]any{"name": map[string]any{
				"terms": map[string]any{"field": "department_name.raw", "size": 1},
			}},
		},
		search.FacetType:  map[string]any{"terms": map[string]any{"field": "type", "size": 20}},
		search.FacetGrade: map[string]any{"terms": map[string]any{"field": "grade", "size": 10}},
		// Years are Seoul's calendar years, not UTC's.
		search.FacetYear: map[string]any{"date_histogram": map[string]any{
			"field": "approved_at", "calendar_interval": "year", "format": "yyyy",
			"min_doc_count": 1, "time_zone": "Asia/Seoul",
		}},
	}
}

func highlight() map[string]any {
	return map[string]any{
		"pre_tags":  []string{preTag},
		"post_tags": []string{postTag},
		"encoder":   "html",
		"fields": map[string]any{
			"body":  map[string]any{"fragment_size": snippetSize, "number_of_fragments": 1, "no_match_size": snippetSize},
			"title": map[string]any{"number_of_fragments": 0},
		},
	}
}

// cursor is what Result.Next carries: the sort values of the last hit.
type cursor struct {
	Sort  string            `json:"o"`
	After []json.RawMessage `json:"a"`
}

func encodeCursor(kind string, after []json.RawMessage) string {
	return base64.RawURLEncoding.EncodeToString(mustJSON(cursor{Sort: kind, After: after}))
}

// decodeCursor parses an untrusted cursor for a query sorted by kind.
func decodeCursor(s, kind string) ([]json.RawMessage, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCursor, err)
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCursor, err)
	}
	want := 3
	if kind == search.SortDate {
		want = 2
	}
	if c.Sort != kind || len(c.After) != want {
		return nil, fmt.Errorf("%w: not for this sort order", ErrCursor)
	}
	// Each value must be a JSON scalar: a score, a date in epoch millis, an id.
	for _, v := range c.After {
		var x any
		if err := json.Unmarshal(v, &x); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrCursor, err)
		}
		switch x.(type) {
		case float64, string:
		default:
			return nil, fmt.Errorf("%w: bad sort value", ErrCursor)
		}
	}
	return c.After, nil
}

// SearchBody returns the _search body for q: exported for tests and for
// operators who want to replay a query by hand.
func SearchBody(q search.Query) (map[string]any, error) {
	q = q.Normalize()
	body := map[string]any{
		"query": map[string]any{"bool": map[string]any{
			"must":   []any{textQuery(q.Text)},
			"filter": filters(q),
		}},
		// One more than asked, to know whether a next page exists.
		"size":             q.Size + 1,
		"sort":             sortClause(q.Sort),
		"track_total_hits": true,
		"_source":          map[string]any{"excludes": []string{"body"}},
		"aggs":             facetAggs(),
		"highlight":        highlight(),
	}
	if q.After != "" {
		after, err := decodeCursor(q.After, q.Sort)
		if err != nil {
			return nil, err
		}
		body["search_after"] = after
		return body, nil
	}
	from := (q.Page - 1) * q.Size
	if from+q.Size > MaxWindow {
		return nil, ErrWindow
	}
	body["from"] = from
	return body, nil
}

// Search runs a query: free text, filters, facets, highlighting, sorting
// and paging by page number or by cursor.
func (x *Index) Search(ctx context.Context, q search.Query) (search.Result, error) {
	q = q.Normalize()
	body, err := SearchBody(q)
	if err != nil {
		return search.Result{}, err
	}
	var ans searchAnswer
	if err := x.search(ctx, body, &ans); err != nil {
		return search.Result{}, err
	}
	res := search.Result{
		Total:  ans.Hits.Total.Value,
		Items:  make([]search.Hit, 0, min(len(ans.Hits.Hits), q.Size)),
		Facets: ans.facets(),
	}
	for i, h := range ans.Hits.Hits {
		if i == q.Size {
			res.Next = encodeCursor(q.Sort, ans.Hits.Hits[i-1].Sort)
			break
		}
		res.Items = append(res.Items, h.hit())
	}
	return res, nil
}

func (x *Index) search(ctx context.Context, body map[string]any, out *searchAnswer) error {
	b := mustJSON(body)
	err := x.callJSON(ctx, out, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.SearchRequest{Index: []string{x.alias}, Body: bytes.NewReader(b)}.Do(ctx, x.client)
	})
	if err != nil {
		return fmt.Errorf("search: %w", err)
	}
	return nil
}

// searchAnswer is the part of a _search response we read.
type searchAnswer struct {
	Hits struct {
		Total struct {
			Value int `json:"value"`
		} `json:"total"`
		Hits []answerHit `json:"hits"`
	} `json:"hits"`
	Aggregations map[string]struct {
		Buckets []struct {
			Key         any    `json:"key"`
			KeyAsString string `json:"key_as_string"`
			DocCount    int    `json:"doc_count"`
			Name        *struct {
				Buckets []struct {
					Key string `json:"key"`
				} `json:"buckets"`
			} `json:"name"`
		} `json:"buckets"`
	} `json:"aggregations"`
}

type answerHit struct {
	ID        string              `json:"_id"`
	Score     *float64            `json:"_score"`
	Source    source              `json:"_source"`
	Highlight map[string][]string `json:"highlight"`
	Sort      []json.RawMessage   `json:"sort"`
}

func (h answerHit) hit() search.Hit {
	s := h.Source
	out := search.Hit{
		Org: s.Org, ID: s.ID, Version: s.Version, Title: s.Title,
		DepartmentCode: s.DepartmentCode, DepartmentName: s.DepartmentName,
		Type: s.Type, Grade: s.Grade, ApprovedAt: s.ApprovedAt, MetadataOnly: s.MetadataOnly,
	}
	if h.Score != nil {
		out.Score = *h.Score
	}
	if f := h.Highlight["body"]; len(f) > 0 {
		out.Snippet = strings.Join(f, " … ")
	} else if f := h.Highlight["title"]; len(f) > 0 {
		out.Snippet = f[0]
	}
	return out
}

func (a searchAnswer) facets() map[string][]search.FacetCount {
	out := make(map[string][]search.FacetCount, len(a.Aggregations))
	for name, agg := range a.Aggregations {
		fc := make([]search.FacetCount, 0, len(agg.Buckets))
		for _, b := range agg.Buckets {
			v := b.KeyAsString
			if v == "" {
				v = fmt.Sprint(b.Key)
			}
			c := search.FacetCount{Value: v, Count: b.DocCount}
			if b.Name != nil && len(b.Name.Buckets) > 0 {
				c.Label = b.Name.Buckets[0].Key
			}
			fc = append(fc, c)
		}
		if name == search.FacetYear {
			// Newest year first, as the portal lists them.
			sort.Slice(fc, func(i, j int) bool { return fc[i].Value > fc[j].Value })
		}
		out[name] = fc
	}
	return out
}

// Related returns up to n documents like the given one (more_like_this
// over title and body), within its organization. It returns
// search.ErrNotFound if the document is not indexed.
func (x *Index) Related(ctx context.Context, org, id string, n int) ([]search.Hit, error) {
	if n <= 0 {
		n = 10
	}
	status, body, err := x.call(ctx, func(ctx context.Context) (*opensearchapi.Response, error) {
		no := false
		return opensearchapi.GetRequest{Index: x.alias, DocumentID: docID(org, id), Source: no}.Do(ctx, x.client)
	})
	if err != nil {
		return nil, err
	}
	if status == http.StatusNotFound {
		return nil, search.ErrNotFound
	}
	if status >= 300 {
		return nil, fmt.Errorf("related %s: %w", id, parseError(status, body))
	}
	q := RelatedBody(org, id, n)
	var ans searchAnswer
	if err := x.search(ctx, q, &ans); err != nil {
		return nil, err
	}
	hits := make([]search.Hit, 0, len(ans.Hits.Hits))
	for _, h := range ans.Hits.Hits {
		hits = append(hits, h.hit())
	}
	return hits, nil
}

// RelatedBody is the more_like_this query behind Related.
func RelatedBody(org, id string, n int) map[string]any {
	filter := []any{}
	if org != "" {
		filter = append(filter, map[string]any{"term": map[string]any{"org": org}})
	}
	return map[string]any{
		"size":    n,
		"_source": map[string]any{"excludes": []string{"body"}},
		"query": map[string]any{"bool": map[string]any{
			"must": []any{map[string]any{"more_like_this": map[string]any{
				"fields":               []string{"title", "body"},
				"like":                 []any{map[string]any{"_id": docID(org, id)}},
				"min_term_freq":        1,
				"min_doc_freq":         1,
				"max_query_terms":      25,
				"minimum_should_match": "30%",
			}}},
			"filter": filter,
		}},
	}
}

// Suggest returns up to n keywords starting with prefix, most used first,
// for the search box. It matches on the keywords' edge-ngram subfield and
// counts with a terms aggregation.
func (x *Index) Suggest(ctx context.Context, org, prefix string, n int) ([]search.FacetCount, error) {
	prefix = strings.TrimSpace(prefix)
	if prefix == "" {
		return nil, nil
	}
	if n <= 0 {
		n = 10
	}
	var ans searchAnswer
	if err := x.search(ctx, SuggestBody(org, prefix), &ans); err != nil {
		return nil, err
	}
	lp := strings.ToLower(prefix)
	var out []search.FacetCount
	for _, b := range ans.Aggregations["keywords"].Buckets {
		k := fmt.Sprint(b.Key)
		// A document matches if any of its keywords does; keep only those that do.
		if strings.HasPrefix(strings.ToLower(k), lp) {
			out = append(out, search.FacetCount{Value: k, Count: b.DocCount})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// SuggestBody is the query behind Suggest.
func SuggestBody(org, prefix string) map[string]any {
	filter := []any{}
	if org != "" {
		filter = append(filter, map[string]any{"term": map[string]any{"org": org}})
	}
	return map[string]any{
		"size": 0,
		"query": map[string]any{"bool": map[string]any{
			"must":   []any{map[string]any{"match": map[string]any{"keywords.suggest": map[string]any{"query": prefix}}}},
			"filter": filter,
		}},
		"aggs": map[string]any{"keywords": map[string]any{"terms": map[string]any{"field": "keywords", "size": 200}}},
	}
}
