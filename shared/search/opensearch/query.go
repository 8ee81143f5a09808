package opensearch

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/opensearch-project/opensearch-go/v2/opensearchapi"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search"
)

// MaxWindow is how deep from/size paging may go (index.max_result_window);
// beyond it callers must follow Result.Next.
const MaxWindow = 10000

// ErrWindow is returned for a page beyond MaxWindow.
var ErrWindow = fmt.Errorf("opensearch: page beyond the first %d results; follow the cursor", MaxWindow)

// searchFields are the fields free text is matched against, with boosts:
// a hit in the title or a keyword says more than one in the body.
// The department name is left out: every document of 정보공개정책과 would
// match 정보공개 (the department facet and filter serve that need).
var searchFields = []string{"title^3", "keywords.text^2", "body", "document_number^3"}

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
	if q.Subject != nil {
		f = append(f, subjectFilter(*q.Subject))
	}
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
	if !q.PublishedSince.IsZero() {
		f = append(f, map[string]any{"range": map[string]any{"published_at": map[string]any{"gte": q.PublishedSince.Format(time.RFC3339Nano)}}})
	}
	if len(q.Keys) > 0 {
		ids := make([]string, len(q.Keys))
		for i, k := range q.Keys {
			ids[i] = docID(k.Org, k.ID)
		}
		f = append(f, map[string]any{"ids": map[string]any{"values": ids}})
	}
	return f
}

// subjectFilter matches the documents of a subject area: of one of its
// departments or with one of its keywords; an empty area matches none.
func subjectFilter(sub search.Subject) any {
	should := []any{}
	if len(sub.Departments) > 0 {
		should = append(should, map[string]any{"terms": map[string]any{"department_code": sub.Departments}})
	}
	var kws []string
	for _, k := range sub.Keywords {
		if k = keywords.NormalizeKeyword(k); k != "" {
			kws = append(kws, k)
		}
	}
	if len(kws) > 0 {
		should = append(should, map[string]any{"terms": map[string]any{"keywords": kws}})
	}
	if len(should) == 0 {
		return map[string]any{"bool": map[string]any{"must_not": []any{map[string]any{"match_all": map[string]any{}}}}}
	}
	return map[string]any{"bool": map[string]any{"should": should, "minimum_should_match": 1}}
}

// textQuery matches free text. simple_query_string keeps "quoted phrases"
// as phrases and, with only the PHRASE and WHITESPACE flags, treats every
// other operator character (+ - | * ~ …) as text, so user input can never
// make the query fail to parse.
func textQuery(text string) any {
	if !hasText(text) {
		return map[string]any{"match_all": map[string]any{}}
	}
	return map[string]any{"simple_query_string": map[string]any{
		"query":            text,
		"fields":           searchFields,
		"default_operator": "and",
		"flags":            "PHRASE|WHITESPACE",
	}}
}

// matchQuery matches the text as q.Match says: ordinary words, 초성
// parts that begin the initials of a title word or keyword (a whole
// word's initials counting more), or title words within one wrong key
// (search.Forgive sets the last two).
func matchQuery(q search.Query) any {
	var must []any
	switch q.Match {
	case search.MatchInitials:
		for _, p := range search.InitialsParts(q.Text) {
			must = append(must, map[string]any{"bool": map[string]any{"should": []any{
				map[string]any{"prefix": map[string]any{"initials": map[string]any{"value": p}}},
				map[string]any{"term": map[string]any{"initials": map[string]any{"value": p}}},
			}}})
		}
	case search.MatchTitleTypo:
		for _, w := range search.TypoWords(q.Text) {
			if !w.Fuzzy {
				must = append(must, map[string]any{"term": map[string]any{"title_jamo": map[string]any{"value": w.Jamo}}})
				continue
			}
			// Without transpositions: one edit as Bleve counts it.
			must = append(must, map[string]any{"fuzzy": map[string]any{"title_jamo": map[string]any{
				"value": w.Jamo, "fuzziness": 1, "transpositions": false,
			}}})
		}
	default:
		return textQuery(q.Text)
	}
	if len(must) == 0 {
		return map[string]any{"match_all": map[string]any{}}
	}
	return map[string]any{"bool": map[string]any{"must": must}}
}

func sortClause(kind string) []any {
	byDate := map[string]any{"approved_at": map[string]any{"order": "desc"}}
	byUID := map[string]any{"uid": map[string]any{"order": "asc"}}
	switch kind {
	case search.SortDate:
		return []any{byDate, byUID}
	case search.SortPublished:
		return []any{map[string]any{"published_at": map[string]any{"order": "desc"}}, byUID}
	}
	// {"_score": {"order": "desc"}} is what most clients send, but the
	// specification's sort oneOf accepts it twice (FieldWithOrder and
	// SortOptions) and so rejects it; the short form is unambiguous.
	return []any{map[string]any{"_score": "desc"}, byDate, byUID}
}

// Facet sizes: the organizations of a deployment (every ministry and local
// government, nationally, is some hundreds), and the departments of one.
const (
	orgFacetSize  = 1000
	deptFacetSize = 500
)

// facetAggs counts the facets. Departments are counted inside their
// organization's bucket: a department id is unique within an organization
// only, so City Hall's 1100123 and Gangnam-gu's are two buckets.
func facetAggs() map[string]any {
	return map[string]any{
		search.FacetOrganization: map[string]any{
			"terms": map[string]any{"field": "org", "size": orgFacetSize},
			"aggs": map[string]any{search.FacetDepartment: map[string]any{
				"terms": map[string]any{"field": "department_code", "size": deptFacetSize},
				"aggs": map[string]any{"name": map[string]any{
					"terms": map[string]any{"field": "department_name.raw", "size": 1},
				}},
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

// hitSource are the _source fields a hit is built from.
var hitSource = []string{"org", "id", "version", "title", "document_number", "department_code", "department_name", "type", "grade", "approved_at", "published_at", "metadata_only"}

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
		return nil, fmt.Errorf("%w: %v", search.ErrBadCursor, err)
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("%w: %v", search.ErrBadCursor, err)
	}
	want := 3
	if kind == search.SortDate || kind == search.SortPublished {
		want = 2
	}
	if c.Sort != kind || len(c.After) != want {
		return nil, fmt.Errorf("%w: not for this sort order", search.ErrBadCursor)
	}
	// Each value must be a JSON scalar: a score, a date in epoch millis, an id.
	for _, v := range c.After {
		var x any
		if err := json.Unmarshal(v, &x); err != nil {
			return nil, fmt.Errorf("%w: %v", search.ErrBadCursor, err)
		}
		switch x.(type) {
		case float64, string:
		default:
			return nil, fmt.Errorf("%w: bad sort value", search.ErrBadCursor)
		}
	}
	return c.After, nil
}

// hasText reports whether a search text has anything to match: "-" or
// "\"\"" alone is no query, as in the Bleve adapter, rather than a query
// that matches nothing.
func hasText(text string) bool { return len(keywords.Words(text)) > 0 }

// sortMode is the effective sort: without text there is no relevance, so
// the newest documents come first.
func sortMode(q search.Query) string {
	if !hasText(q.Text) && q.Sort != search.SortPublished {
		return search.SortDate
	}
	return q.Sort
}

// SearchBody returns the _search body for q: exported for tests and for
// operators who want to replay a query by hand.
func SearchBody(q search.Query) (map[string]any, error) {
	q = q.Normalize()
	q.Sort = sortMode(q)
	body := map[string]any{
		"query": map[string]any{"bool": map[string]any{
			"must":   []any{matchQuery(q)},
			"filter": filters(q),
		}},
		// One more than asked, to know whether a next page exists.
		"size":             q.Size + 1,
		"sort":             sortClause(q.Sort),
		"track_total_hits": true,
		"_source":          map[string]any{"includes": hitSource},
		"aggs":             facetAggs(),
	}
	if hasText(q.Text) {
		// The body's no_match_size gives the start of the body (escaped)
		// when the match is elsewhere, so the body itself, which may be
		// megabytes of attachment text, never travels with the hits.
		body["highlight"] = highlight()
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
// and paging by page number or by cursor, forgiving the ways Koreans
// mistype (search.Forgive).
func (x *Index) Search(ctx context.Context, q search.Query) (search.Result, error) {
	return search.Forgive(ctx, q, x.searchOnce)
}

// searchOnce runs one reading of a query.
func (x *Index) searchOnce(ctx context.Context, q search.Query) (search.Result, error) {
	if x.closed.Load() {
		return search.Result{}, search.ErrClosed
	}
	q = q.Normalize()
	if err := q.Check(); err != nil {
		return search.Result{}, err
	}
	q.Sort = sortMode(q)
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
	Aggregations map[string]aggAnswer `json:"aggregations"`
}

// aggAnswer is a terms or date_histogram aggregation's answer.
type aggAnswer struct {
	Buckets []aggBucket `json:"buckets"`
}

type aggBucket struct {
	Key         any    `json:"key"`
	KeyAsString string `json:"key_as_string"`
	DocCount    int    `json:"doc_count"`
	// Name is a department bucket's most frequent name.
	Name *aggAnswer `json:"name"`
	// Department are an organization bucket's departments.
	Department *aggAnswer `json:"department"`
}

func (b aggBucket) value() string {
	if b.KeyAsString != "" {
		return b.KeyAsString
	}
	return fmt.Sprint(b.Key)
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
		Org: s.Org, ID: s.ID, Version: s.Version, Title: s.Title, DocumentNumber: s.DocumentNumber,
		DepartmentCode: s.DepartmentCode, DepartmentName: s.DepartmentName,
		Type: s.Type, Grade: s.Grade, ApprovedAt: s.ApprovedAt.In(kst), MetadataOnly: s.MetadataOnly,
	}
	if !s.PublishedAt.IsZero() {
		out.PublishedAt = s.PublishedAt.In(kst)
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
	out := search.EmptyFacets()
	for name, agg := range a.Aggregations {
		if _, ok := out[name]; !ok || name == search.FacetDepartment {
			continue
		}
		fc := make([]search.FacetCount, 0, len(agg.Buckets))
		for _, b := range agg.Buckets {
			fc = append(fc, search.FacetCount{Value: b.value(), Count: b.DocCount})
			if name != search.FacetOrganization || b.Department == nil {
				continue
			}
			for _, d := range b.Department.Buckets {
				c := search.FacetCount{Value: d.value(), Org: b.value(), Count: d.DocCount}
				if d.Name != nil && len(d.Name.Buckets) > 0 {
					c.Label = d.Name.Buckets[0].value()
				}
				out[search.FacetDepartment] = append(out[search.FacetDepartment], c)
			}
		}
		out[name] = fc
	}
	for name, fc := range out {
		if name == search.FacetYear {
			// Newest year first, as the portal lists them.
			sort.Slice(fc, func(i, j int) bool { return fc[i].Value > fc[j].Value })
			continue
		}
		sort.SliceStable(fc, func(i, j int) bool {
			if fc[i].Count != fc[j].Count {
				return fc[i].Count > fc[j].Count
			}
			if fc[i].Value != fc[j].Value {
				return fc[i].Value < fc[j].Value
			}
			return fc[i].Org < fc[j].Org
		})
	}
	return out
}
