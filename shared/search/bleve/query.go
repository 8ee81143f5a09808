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
	"sync"
	"time"
	"unicode/utf8"

	blevesearch "github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search"
)

// hitFields are the stored fields a hit is built from.
var hitFields = []string{fOrg, fID, fVersion, fTitle, fNumber, fDeptCode, fDeptName, fType, fGrade, fApprovedAt, fPublishedAt, fMetadataOnly}

// Field boosts: a word in the title or among the envelope keywords says
// more about the subject than one in the body.
const (
	boostTitle    = 3.0
	boostKeywords = 2.0
	boostBody     = 1.0
)

// facetSize bounds the facet values counted: every department of every
// organization (a city, its 25 districts and its agencies have a few
// thousand between them), the organizations, types, grades and years.
const facetSize = 20000

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
func (x *Index) textQuery(text string) query.Query {
	phrases, words := ParseText(text)
	var must []query.Query
	for _, p := range phrases {
		if q := x.anyField(p, true); q != nil {
			must = append(must, q)
		}
	}
	for _, w := range words {
		if q := x.anyField(w, false); q != nil {
			must = append(must, q)
		}
	}
	switch len(must) {
	case 0:
		return nil
	case 1:
		return must[0]
	}
	all := query.NewConjunctionQuery(must)
	if len(phrases) > 0 {
		return all
	}
	// Several words that stand together in a title ("정보공개의 원칙")
	// name its subject: the title phrase adds to the score.
	title := query.NewMatchPhraseQuery(strings.Join(keywords.Words(text), " "))
	title.SetField(fTitle)
	title.SetBoost(boostTitle)
	return query.NewBooleanQuery([]query.Query{all}, []query.Query{title}, nil)
}

// anyField matches s in one of the text fields: a quoted phrase as a
// phrase of CJK bigrams, a word as all of its bigrams (positions are not
// read: bigrams of one word rarely meet apart, and reading positions for
// every match is most of a query's cost).
func (x *Index) anyField(s string, phrase bool) query.Query {
	var terms []string
	if x.analyzer != nil {
		for _, t := range x.analyzer.Analyze([]byte(s)) {
			terms = append(terms, string(t.Term))
		}
		if len(terms) == 0 {
			return nil
		}
	}
	f := func(field string, boost float64) query.Query {
		if len(terms) == 1 {
			q := query.NewTermQuery(terms[0])
			q.SetField(field)
			q.SetBoost(boost)
			return q
		}
		if phrase {
			q := query.NewMatchPhraseQuery(s)
			q.SetField(field)
			q.SetBoost(boost)
			return q
		}
		q := query.NewMatchQuery(s)
		q.SetField(field)
		q.SetOperator(query.MatchQueryOperatorAnd)
		q.SetBoost(boost)
		return q
	}
	any := []query.Query{f(fTitle, boostTitle), f(fBody, boostBody), f(fKwText, boostKeywords)}
	if !phrase && hasHangul([]byte(s)) {
		any = append(any, x.koWord(s)...)
	}
	return query.NewDisjunctionQuery(any)
}

// koWord matches a word in the morphological fields: all of its terms
// in one field, a compound by its parts (버스노선 finds 버스 노선, and
// 예산안 finds 예산안). The bigram clauses beside it find what the
// dictionary cannot spell.
func (x *Index) koWord(w string) []query.Query {
	var terms []string
	all, _ := koTerms(x.dict, strings.ToLower(w))
	for _, t := range all {
		if !t.whole {
			terms = append(terms, t.term)
		}
	}
	f := func(field string, boost float64) query.Query {
		qs := make([]query.Query, len(terms))
		for i, p := range terms {
			t := query.NewTermQuery(p)
			t.SetField(field)
			t.SetBoost(boost)
			qs[i] = t
		}
		if len(qs) == 1 {
			return qs[0]
		}
		return query.NewConjunctionQuery(qs)
	}
	return []query.Query{f(fTitleKo, boostTitle), f(fBodyKo, boostBody), f(fKwTextKo, boostKeywords)}
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
	if q.Subject != nil {
		fs = append(fs, subjectQuery(*q.Subject))
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
	if !q.PublishedSince.IsZero() {
		t := true
		r := query.NewDateRangeInclusiveQuery(q.PublishedSince, time.Time{}, &t, nil)
		r.SetField(fPublishedAt)
		fs = append(fs, r)
	}
	if len(q.Keys) > 0 {
		ids := make([]string, len(q.Keys))
		for i, k := range q.Keys {
			ids[i] = docID(k.Org, k.ID)
		}
		fs = append(fs, query.NewDocIDQuery(ids))
	}
	switch len(fs) {
	case 0:
		return nil
	case 1:
		return fs[0]
	}
	return query.NewConjunctionQuery(fs)
}

// subjectQuery matches the documents of a subject area: of one of its
// departments or with one of its keywords; an empty area matches none.
func subjectQuery(sub search.Subject) query.Query {
	var any []query.Query
	for _, d := range sub.Departments {
		any = append(any, term(fDeptCode, d))
	}
	for _, k := range sub.Keywords {
		if k = keywords.NormalizeKeyword(k); k != "" {
			any = append(any, term(fKeywords, k))
		}
	}
	if len(any) == 0 {
		return query.NewMatchNoneQuery()
	}
	return query.NewDisjunctionQuery(any)
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

// Search runs a query, forgiving the ways Koreans mistype
// (search.Forgive).
func (x *Index) Search(ctx context.Context, q search.Query) (search.Result, error) {
	return search.Forgive(ctx, q, x.search)
}

// initialsQuery matches a 초성 query: each part begins the initials of a
// title word or keyword; a part that is a whole word's initials counts
// more.
func initialsQuery(text string) query.Query {
	var must []query.Query
	for _, p := range search.InitialsParts(text) {
		pq := query.NewPrefixQuery(p)
		pq.SetField(fInitials)
		must = append(must, query.NewDisjunctionQuery([]query.Query{pq, term(fInitials, p)}))
	}
	if len(must) == 0 {
		return nil
	}
	return query.NewConjunctionQuery(must)
}

// typoQuery matches title words within one edit of the query's words, in
// jamo (search.TypoWords).
func typoQuery(text string) query.Query {
	var must []query.Query
	for _, w := range search.TypoWords(text) {
		if !w.Fuzzy {
			must = append(must, term(fTitleJamo, w.Jamo))
			continue
		}
		fq := query.NewFuzzyQuery(w.Jamo)
		fq.SetField(fTitleJamo)
		fq.SetFuzziness(1)
		must = append(must, fq)
	}
	if len(must) == 0 {
		return nil
	}
	return query.NewConjunctionQuery(must)
}

// search runs a query as its Match says. An empty text lists documents
// newest first; its facets are cached until the next write.
func (x *Index) search(ctx context.Context, q search.Query) (search.Result, error) {
	q = q.Normalize()
	if err := q.Check(); err != nil {
		return search.Result{}, err
	}
	var text query.Query
	switch q.Match {
	case search.MatchInitials:
		text = initialsQuery(q.Text)
	case search.MatchTitleTypo:
		text = typoQuery(q.Text)
	default:
		text = x.textQuery(q.Text)
	}
	sortMode := q.Sort
	if text == nil && sortMode != search.SortPublished {
		sortMode = search.SortDate
	}
	main := text
	if main == nil {
		main = query.NewMatchAllQuery()
	}
	filter := filterQuery(q)
	req := blevesearch.NewSearchRequestOptions(nil, q.Size+1, 0, false)
	req.Fields = hitFields
	if text != nil {
		// The body is the snippet when no highlight applies (a match in
		// the envelope keywords only).
		req.Fields = append(slices.Clip(hitFields), fBody)
	}
	switch sortMode {
	case search.SortDate:
		req.SortBy([]string{"-" + fApprovedAt, "_id"})
		req.Score = "none"
	case search.SortPublished:
		req.SortBy([]string{"-" + fPublishedAt, "_id"})
		req.Score = "none"
	default:
		req.SortBy([]string{"-_score", "_id"})
	}
	if q.After != "" {
		vals, err := decodeCursor(q.After, sortMode, 2)
		if err != nil {
			return search.Result{}, fmt.Errorf("%w: %v", search.ErrBadCursor, err)
		}
		req.SearchAfter = vals
	} else {
		if q.BeyondWindow() {
			req.Size = 0
		} else {
			req.From = (q.Page - 1) * q.Size
		}
	}
	fkey := facetKey{org: q.Org, dept: q.Department, typ: q.Type, grade: q.Grade, from: q.From.UnixNano(), to: q.To.UnixNano(), since: q.PublishedSince.UnixNano(), subject: subjectKey(q.Subject)}
	gen := x.gen.Load()
	// The facet cache knows no Keys: a search restricted to some
	// documents counts its own.
	cached := text == nil && len(q.Keys) == 0
	if cached {
		if e, ok := x.facets.get(fkey, gen); ok && sortMode == search.SortDate {
			// Facets and total are known: only the newest page is needed,
			// and the newest documents are found among the recent ones.
			sr, err := x.recent(ctx, req, main, filter, q, req.From+q.Size+1)
			if err != nil {
				return search.Result{}, err
			}
			if sr != nil {
				res := x.result(sr, q, sortMode, false)
				res.Total = e.total
				res.Facets = e.facets
				return res, nil
			}
		}
	}
	req.Query = withFilter(main, filter)
	req.AddFacet(fFacets, blevesearch.NewFacetRequest(fFacets, facetSize))
	sr, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return search.Result{}, fmt.Errorf("bleve search: %w", err)
	}
	res := x.result(sr, q, sortMode, text != nil)
	res.Facets = facetsOf(sr)
	if cached {
		x.facets.put(fkey, gen, facetEntry{total: res.Total, facets: res.Facets})
	}
	return res, nil
}

func withFilter(main, filter query.Query) query.Query {
	bq := query.NewBooleanQuery([]query.Query{main}, nil, nil)
	if filter != nil {
		bq.AddFilter(filter)
	}
	return bq
}

// recentWindows are the approval periods, back from the newest document,
// in which the newest page is looked for before the whole index.
var recentWindows = []time.Duration{31 * 24 * time.Hour, 366 * 24 * time.Hour, 5 * 366 * 24 * time.Hour}

// recent runs a date-sorted request over the most recent documents only,
// widening the window until it holds need documents; nil when even the
// widest does. Every document outside a window is older than every
// document in it, so the page is the same as over the whole index, at a
// fraction of the cost: Bleve visits every match to sort.
func (x *Index) recent(ctx context.Context, req *blevesearch.SearchRequest, main, filter query.Query, q search.Query, need int) (*blevesearch.SearchResult, error) {
	newest := x.newest.Load()
	// A cursor may point past any window; an upper date bound may exclude
	// the newest documents.
	if newest == 0 || !q.To.IsZero() || q.After != "" {
		return nil, nil
	}
	for _, w := range recentWindows {
		since := time.Unix(0, newest).Add(-w)
		if !q.From.IsZero() && !since.After(q.From) {
			return nil, nil
		}
		t := true
		r := query.NewDateRangeInclusiveQuery(since, time.Time{}, &t, nil)
		r.SetField(fApprovedAt)
		f := query.Query(r)
		if filter != nil {
			f = query.NewConjunctionQuery([]query.Query{filter, r})
		}
		w := *req
		w.Query = withFilter(main, f)
		sr, err := x.idx.SearchInContext(ctx, &w)
		if err != nil {
			return nil, fmt.Errorf("bleve search: %w", err)
		}
		if int(sr.Total) >= need {
			return sr, nil
		}
	}
	return nil, nil
}

// result converts a page of Bleve hits.
func (x *Index) result(sr *blevesearch.SearchResult, q search.Query, sortMode string, snippets bool) search.Result {
	var words []string
	if snippets {
		phrases, ws := ParseText(q.Text)
		for _, p := range phrases {
			words = append(words, strings.Fields(p)...)
		}
		words = append(words, ws...)
		// A compound's parts are marked where they stand apart (버스 노선
		// for 버스노선).
		for _, w := range ws {
			if hasHangul([]byte(w)) {
				terms, _ := koTerms(x.dict, w)
				for _, t := range terms {
					if !t.whole {
						words = append(words, t.term)
					}
				}
			}
		}
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
		if snippets {
			hit.Snippet = snippet(h.Fields, words)
		}
		res.Items = append(res.Items, hit)
	}
	return res
}

type facetKey struct {
	org, dept, typ, grade string
	from, to, since       int64
	subject               string // the area's departments and keywords, joined
}

// subjectKey is a subject filter as part of a facetKey.
func subjectKey(sub *search.Subject) string {
	if sub == nil {
		return ""
	}
	return "d" + strings.Join(sub.Departments, "\x1f") + "\x1ek" + strings.Join(sub.Keywords, "\x1f")
}

type facetEntry struct {
	total  int
	facets map[string][]search.FacetCount
}

// facetCacheSize bounds the filter combinations whose empty-query facets
// are kept: filters come from citizens.
const facetCacheSize = 256

// facetCache holds the empty query's facets and total per filter set, for
// one write generation; a write empties it.
type facetCache struct {
	mu  sync.Mutex
	gen uint64
	m   map[facetKey]facetEntry
}

func (c *facetCache) get(k facetKey, gen uint64) (facetEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return facetEntry{}, false
	}
	e, ok := c.m[k]
	return e, ok
}

func (c *facetCache) put(k facetKey, gen uint64, e facetEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen < c.gen {
		return // computed before a write the cache already saw
	}
	if gen != c.gen || c.m == nil || len(c.m) >= facetCacheSize {
		c.m, c.gen = map[facetKey]facetEntry{}, gen
	}
	c.m[k] = e
}

// facetsOf splits the one facet field into the port's facets: departments
// are keyed by organization and id (ids repeat across organizations) and
// carry their names as labels (a renamed department keeps the name most
// documents use), counts are largest first, years newest first.
func facetsOf(sr *blevesearch.SearchResult) map[string][]search.FacetCount {
	out := search.EmptyFacets()
	fr := sr.Facets[fFacets]
	if fr == nil || fr.Terms == nil {
		return out
	}
	type dept struct{ org, code string }
	byDept := map[dept]int{}
	label := map[dept]string{}
	labelCount := map[dept]int{}
	for _, t := range fr.Terms.Terms() {
		switch {
		case strings.HasPrefix(t.Term, facetDept):
			org, rest, _ := strings.Cut(t.Term[len(facetDept):], deptSep)
			code, name, _ := strings.Cut(rest, deptSep)
			k := dept{org, code}
			byDept[k] += t.Count
			if t.Count > labelCount[k] {
				label[k], labelCount[k] = name, t.Count
			}
		case strings.HasPrefix(t.Term, facetOrg):
			out[search.FacetOrganization] = append(out[search.FacetOrganization], search.FacetCount{Value: t.Term[len(facetOrg):], Count: t.Count})
		case strings.HasPrefix(t.Term, facetType):
			out[search.FacetType] = append(out[search.FacetType], search.FacetCount{Value: t.Term[len(facetType):], Count: t.Count})
		case strings.HasPrefix(t.Term, facetGrade):
			out[search.FacetGrade] = append(out[search.FacetGrade], search.FacetCount{Value: t.Term[len(facetGrade):], Count: t.Count})
		case strings.HasPrefix(t.Term, facetYear):
			out[search.FacetYear] = append(out[search.FacetYear], search.FacetCount{Value: t.Term[len(facetYear):], Count: t.Count})
		}
	}
	for k, c := range byDept {
		out[search.FacetDepartment] = append(out[search.FacetDepartment], search.FacetCount{Value: k.code, Label: label[k], Org: k.org, Count: c})
	}
	byCount := func(a, b search.FacetCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		if c := strings.Compare(a.Value, b.Value); c != 0 {
			return c
		}
		return strings.Compare(a.Org, b.Org)
	}
	slices.SortFunc(out[search.FacetOrganization], byCount)
	slices.SortFunc(out[search.FacetDepartment], byCount)
	slices.SortFunc(out[search.FacetType], byCount)
	slices.SortFunc(out[search.FacetGrade], byCount)
	slices.SortFunc(out[search.FacetYear], func(a, b search.FacetCount) int { return strings.Compare(b.Value, a.Value) })
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
	if t, err := time.Parse(time.RFC3339Nano, str(f, fPublishedAt)); err == nil {
		h.PublishedAt = t.In(kst)
	}
	h.MetadataOnly, _ = f[fMetadataOnly].(bool)
	return h
}

// snippetRunes is the length of a snippet.
const snippetRunes = 160

// snippetLead is how much text a snippet shows before the first match.
const snippetLead = 40

// Snippet returns about snippetRunes of text around the first match of any
// of words, HTML-escaped, with every match wrapped in <mark></mark>; text
// without a match gives its escaped start. Words match case-insensitively
// (ASCII) anywhere, as Hangul bigrams match inside words.
//
// Plaza builds snippets itself rather than with Bleve's highlighter: the
// highlighter needs term locations, which Bleve then decodes for every
// match of the query, not only for the page shown.
func Snippet(text string, words []string) string {
	lower := asciiLower(text)
	var ws []string
	for _, w := range words {
		if w = asciiLower(strings.TrimSpace(w)); w != "" {
			ws = append(ws, w)
		}
	}
	// Longest first, so that 정보공개 is marked whole rather than 정보.
	slices.SortFunc(ws, func(a, b string) int { return len(b) - len(a) })
	first := -1
	for _, w := range ws {
		if i := strings.Index(lower, w); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	start := 0
	if first > 0 {
		// Back up snippetLead runes.
		start = first
		for n := 0; n < snippetLead && start > 0; n++ {
			_, size := utf8.DecodeLastRuneInString(text[:start])
			start -= size
		}
	}
	end := start
	for n := 0; n < snippetRunes && end < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	plain := start
	for i := start; i < end; {
		matched := ""
		for _, w := range ws {
			if strings.HasPrefix(lower[i:], w) {
				matched = w
				break
			}
		}
		if matched == "" {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		m := min(i+len(matched), len(text))
		b.WriteString(html.EscapeString(text[plain:i]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[i:m]))
		b.WriteString("</mark>")
		i, plain = m, m
		end = max(end, m)
	}
	b.WriteString(html.EscapeString(text[plain:end]))
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// asciiLower lowers ASCII letters only, so byte offsets stay valid.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// snippet shows the body around the query's words, else the title when
// only it matches.
func snippet(f map[string]any, words []string) string {
	body := str(f, fBody)
	s := Snippet(body, words)
	if !strings.Contains(s, "<mark>") {
		if t := Snippet(str(f, fTitle), words); strings.Contains(t, "<mark>") {
			return t
		}
	}
	return s
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
