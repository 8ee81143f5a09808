package ostest

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/search/hangul"
)

// searcher evaluates queries over the documents of some indices.
type searcher struct {
	an     analyzer // of the first index searched, for query texts
	docs   []*hitDoc
	fields map[string]fieldDef
	df     map[string]map[string]int // field → term → doc count
	// hl collects, per field, the query terms to highlight.
	hl map[string]map[string]bool
}

type hitDoc struct {
	an    analyzer // its index's
	index string
	d     *emDoc
	score float64
	sort  []any
	// toks caches analysed text fields.
	toks map[string][]token
}

func (h *hitDoc) tokens(field string) []token {
	if t, ok := h.toks[field]; ok {
		return t
	}
	var all []token
	for _, v := range values(h.d.src, field) {
		off := len(all)
		for _, t := range h.an.analyze(v) {
			t.pos += off + 100 // values do not form phrases across each other
			all = append(all, t)
		}
	}
	h.toks[field] = all
	return all
}

func (s *searcher) docFreq(field, term string) int {
	m, ok := s.df[field]
	if !ok {
		m = map[string]int{}
		for _, h := range s.docs {
			seen := map[string]bool{}
			for _, t := range h.tokens(field) {
				if !seen[t.term] {
					seen[t.term] = true
					m[t.term]++
				}
			}
		}
		s.df[field] = m
	}
	return m[term]
}

func (s *searcher) idf(field, term string) float64 {
	n := float64(len(s.docs))
	return math.Log(1 + (n-float64(s.docFreq(field, term))+0.5)/(float64(s.docFreq(field, term))+0.5))
}

func (s *searcher) mark(field string, ts []string) {
	if s.hl[field] == nil {
		s.hl[field] = map[string]bool{}
	}
	for _, t := range ts {
		s.hl[field][t] = true
	}
}

// fieldBoost splits "title^3".
func fieldBoost(f string) (string, float64) {
	if i := strings.IndexByte(f, '^'); i > 0 {
		b, err := strconv.ParseFloat(f[i+1:], 64)
		if err == nil {
			return f[:i], b
		}
	}
	return f, 1
}

// matchClause scores one clause in one field; 0 means no match.
func (s *searcher) matchClause(h *hitDoc, field string, c clause) float64 {
	def := s.fields[field]
	if def.typ == "keyword" {
		for _, v := range values(h.d.src, field) {
			if v == c.raw {
				return 1
			}
		}
		return 0
	}
	if def.typ != "text" || len(c.terms) == 0 {
		return 0
	}
	toks := h.tokens(field)
	tf := map[string]int{}
	for _, t := range toks {
		tf[t.term]++
	}
	score := 0.0
	for _, t := range c.terms {
		if tf[t] == 0 {
			return 0
		}
		f := float64(tf[t])
		score += s.idf(field, t) * f / (f + 1.2)
	}
	if c.phrase && !hasPhrase(toks, c.terms) {
		return 0
	}
	return score
}

func hasPhrase(toks []token, ts []string) bool {
	at := map[int]string{}
	for _, t := range toks {
		at[t.pos] = t.term
	}
	for _, t := range toks {
		if t.term != ts[0] {
			continue
		}
		ok := true
		for k := 1; k < len(ts); k++ {
			if at[t.pos+k] != ts[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// eval returns whether h matches q and its score.
func (s *searcher) eval(q map[string]any, h *hitDoc) (bool, float64, error) {
	for kind, arg := range q {
		a, _ := arg.(map[string]any)
		switch kind {
		case "match_all":
			return true, 1, nil
		case "bool":
			score := 0.0
			minShould := -1
			if v, ok := a["minimum_should_match"].(float64); ok {
				minShould = int(v)
			}
			for _, part := range []string{"must", "filter", "should", "must_not"} {
				nShould := 0
				list := asList(a[part])
				hit := false
				for _, sub := range list {
					sm, _ := sub.(map[string]any)
					ok, sc, err := s.eval(sm, h)
					if err != nil {
						return false, 0, err
					}
					switch part {
					case "must", "filter":
						if !ok {
							return false, 0, nil
						}
						if part == "must" {
							score += sc
						}
					case "should":
						if ok {
							hit = true
							nShould++
							score += sc
						}
					case "must_not":
						if ok {
							return false, 0, nil
						}
					}
				}
				if part == "should" && minShould >= 0 && nShould < minShould {
					return false, 0, nil
				}
				if part == "should" && minShould < 0 && len(list) > 0 && !hit && len(asList(a["must"]))+len(asList(a["filter"])) == 0 {
					return false, 0, nil
				}
			}
			return true, score, nil
		case "term":
			for f, v := range a {
				want, boost := v, 1.0
				if m, ok := v.(map[string]any); ok {
					want = m["value"]
					if b, ok := m["boost"].(float64); ok {
						boost = b
					}
				}
				for _, x := range values(h.d.src, f) {
					if x == fmt.Sprint(want) {
						return true, boost, nil
					}
				}
			}
			return false, 0, nil
		case "terms":
			for f, v := range a {
				for _, want := range asList(v) {
					for _, x := range values(h.d.src, f) {
						if x == fmt.Sprint(want) {
							return true, 1, nil
						}
					}
				}
			}
			return false, 0, nil
		case "ids":
			for _, v := range asList(a["values"]) {
				if fmt.Sprint(v) == h.d.id {
					return true, 1, nil
				}
			}
			return false, 0, nil
		case "prefix":
			for f, v := range a {
				p := v
				if m, ok := v.(map[string]any); ok {
					p = m["value"]
				}
				for _, x := range values(h.d.src, f) {
					if strings.HasPrefix(x, fmt.Sprint(p)) {
						return true, 1, nil
					}
				}
			}
			return false, 0, nil
		case "fuzzy":
			// Only what the adapter sends: a keyword field, an integer
			// fuzziness, no transpositions (Levenshtein on code points,
			// as Lucene's automaton counts).
			for f, v := range a {
				m, ok := v.(map[string]any)
				if !ok {
					return false, 0, fmt.Errorf("emulator: fuzzy on %s without options is not emulated", f)
				}
				if m["transpositions"] != false {
					return false, 0, fmt.Errorf("emulator: fuzzy with transpositions is not emulated")
				}
				n, ok := m["fuzziness"].(float64)
				if !ok || n != float64(int(n)) || n < 0 || n > 2 {
					return false, 0, fmt.Errorf("emulator: fuzziness %v is not emulated", m["fuzziness"])
				}
				if s.fields[f].typ != "keyword" {
					return false, 0, fmt.Errorf("emulator: fuzzy on %s (%s) is not emulated", f, s.fields[f].typ)
				}
				want := fmt.Sprint(m["value"])
				for _, x := range values(h.d.src, f) {
					if hangul.Distance(x, want, int(n)) <= int(n) {
						return true, 1, nil
					}
				}
			}
			return false, 0, nil
		case "range":
			for f, v := range a {
				b, _ := v.(map[string]any)
				vals := values(h.d.src, f)
				if len(vals) == 0 {
					return false, 0, nil
				}
				got, err := time.Parse(time.RFC3339Nano, vals[0])
				if err != nil {
					return false, 0, fmt.Errorf("range on %s: %w", f, err)
				}
				for op, bound := range b {
					t, err := time.Parse(time.RFC3339Nano, fmt.Sprint(bound))
					if err != nil {
						return false, 0, fmt.Errorf("range bound %v: %w", bound, err)
					}
					switch op {
					case "gte":
						if got.Before(t) {
							return false, 0, nil
						}
					case "gt":
						if !got.After(t) {
							return false, 0, nil
						}
					case "lte":
						if got.After(t) {
							return false, 0, nil
						}
					case "lt":
						if !got.Before(t) {
							return false, 0, nil
						}
					}
				}
			}
			return true, 1, nil
		case "simple_query_string":
			return s.simple(a, h)
		case "match":
			return s.match(a, h)
		case "more_like_this":
			return s.mlt(a, h)
		default:
			return false, 0, fmt.Errorf("emulator: unsupported query %q", kind)
		}
	}
	return false, 0, fmt.Errorf("emulator: empty query")
}

func asList(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case map[string]any:
		return []any{x}
	}
	return nil
}

func (s *searcher) simple(a map[string]any, h *hitDoc) (bool, float64, error) {
	clauses := s.an.parseSimple(fmt.Sprint(a["query"]))
	and := strings.EqualFold(fmt.Sprint(a["default_operator"]), "and")
	score := 0.0
	matched := 0
	live := 0
	for _, c := range clauses {
		if len(c.terms) == 0 {
			continue // nothing left after analysis, as OpenSearch drops it
		}
		live++
		best := 0.0
		fl, _ := a["fields"].([]any)
		for _, f := range fl {
			name, boost := fieldBoost(fmt.Sprint(f))
			if sc := s.matchClause(h, name, c); sc > 0 {
				best = math.Max(best, sc*boost)
				s.mark(name, c.terms)
			}
		}
		if best == 0 && and {
			return false, 0, nil
		}
		if best > 0 {
			matched++
			score += best
		}
	}
	return matched > 0 && live > 0, score, nil
}

func (s *searcher) match(a map[string]any, h *hitDoc) (bool, float64, error) {
	for f, v := range a {
		q := fmt.Sprint(v)
		if m, ok := v.(map[string]any); ok {
			q = fmt.Sprint(m["query"])
		}
		def := s.fields[f]
		if def.prefix && def.whole {
			// keyword tokenizer + lowercase + edge_ngram: a prefix of a whole value.
			lq := strings.ToLower(strings.TrimSpace(q))
			for _, x := range values(h.d.src, f) {
				if strings.HasPrefix(strings.ToLower(x), lq) {
					return true, 1, nil
				}
			}
			return false, 0, nil
		}
		if def.prefix {
			for _, qt := range s.an.terms(q) {
				for _, t := range h.tokens(f) {
					if strings.HasPrefix(t.term, qt) {
						return true, 1, nil
					}
				}
			}
			return false, 0, nil
		}
		sc := 0.0
		for _, qt := range s.an.terms(q) {
			sc += s.matchClause(h, f, clause{terms: []string{qt}})
		}
		return sc > 0, sc, nil
	}
	return false, 0, nil
}

// mlt scores h by the weighted terms it shares with the liked documents.
func (s *searcher) mlt(a map[string]any, h *hitDoc) (bool, float64, error) {
	var fields []string
	fs, _ := a["fields"].([]any)
	for _, f := range fs {
		fields = append(fields, fmt.Sprint(f))
	}
	var liked []*hitDoc
	likes, _ := a["like"].([]any)
	for _, l := range likes {
		lm, ok := l.(map[string]any)
		if !ok {
			return false, 0, fmt.Errorf("emulator: more_like_this with free text is not emulated")
		}
		for _, d := range s.docs {
			if d.d.id == lm["_id"] {
				liked = append(liked, d)
			}
		}
	}
	for _, l := range liked {
		if l == h {
			return false, 0, nil // include: false
		}
	}
	maxTerms := 25
	if v, ok := a["max_query_terms"].(float64); ok {
		maxTerms = int(v)
	}
	type wt struct {
		field, term string
		w           float64
	}
	var qs []wt
	for _, f := range fields {
		tf := map[string]int{}
		for _, l := range liked {
			for _, t := range l.tokens(f) {
				tf[t.term]++
			}
		}
		for t, n := range tf {
			qs = append(qs, wt{f, t, float64(n) * s.idf(f, t)})
		}
	}
	sort.Slice(qs, func(i, j int) bool {
		if qs[i].w != qs[j].w {
			return qs[i].w > qs[j].w
		}
		return qs[i].term < qs[j].term
	})
	if len(qs) > maxTerms {
		qs = qs[:maxTerms]
	}
	if len(qs) == 0 {
		return false, 0, nil
	}
	need := 1
	if p, ok := a["minimum_should_match"].(string); ok && strings.HasSuffix(p, "%") {
		pct, _ := strconv.Atoi(strings.TrimSuffix(p, "%"))
		need = max(1, len(qs)*pct/100)
	}
	have := map[string]map[string]bool{}
	for _, f := range fields {
		have[f] = map[string]bool{}
		for _, t := range h.tokens(f) {
			have[f][t.term] = true
		}
	}
	n, score := 0, 0.0
	for _, q := range qs {
		if have[q.field][q.term] {
			n++
			score += q.w
		}
	}
	return n >= need, score, nil
}

// search runs a _search request.
func (e *Emulator) search(w http.ResponseWriter, target string, body []byte) {
	ixs := e.readIndices(target)
	if len(ixs) == 0 {
		writeError(w, http.StatusNotFound, "index_not_found_exception", "no such index ["+target+"]")
		return
	}
	var req map[string]any
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "x_content_parse_exception", err.Error())
		return
	}
	s := &searcher{fields: map[string]fieldDef{}, df: map[string]map[string]int{}, hl: map[string]map[string]bool{}}
	for i, ix := range ixs {
		if i == 0 {
			s.an = ix.an
		}
		for f, d := range ix.fields {
			s.fields[f] = d
		}
		ids := make([]string, 0, len(ix.docs))
		for id := range ix.docs {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			s.docs = append(s.docs, &hitDoc{an: ix.an, index: ix.name, d: ix.docs[id], toks: map[string][]token{}})
		}
	}
	query, _ := req["query"].(map[string]any)
	if query == nil {
		query = map[string]any{"match_all": map[string]any{}}
	}
	var hits []*hitDoc
	for _, h := range s.docs {
		ok, sc, err := s.eval(query, h)
		if err != nil {
			writeError(w, http.StatusBadRequest, "query_shard_exception", err.Error())
			return
		}
		if ok {
			h.score = sc
			hits = append(hits, h)
		}
	}
	sortSpec := asList(req["sort"])
	byScore := len(sortSpec) == 0
	// Each sort entry is "field", {"field": "desc"} or {"field": {"order": "desc"}}.
	for i, sp := range sortSpec {
		if f, ok := sp.(string); ok {
			sortSpec[i] = map[string]any{f: map[string]any{}}
		}
	}
	for _, h := range hits {
		h.sort = nil
		for _, sp := range sortSpec {
			for f := range sp.(map[string]any) {
				switch {
				case f == "_score":
					byScore = true
					h.sort = append(h.sort, h.score)
				case s.fields[f].typ == "date":
					t, _ := time.Parse(time.RFC3339Nano, strings.Join(values(h.d.src, f), ""))
					h.sort = append(h.sort, float64(t.UnixMilli()))
				default:
					h.sort = append(h.sort, strings.Join(values(h.d.src, f), ""))
				}
			}
		}
	}
	desc := make([]bool, len(sortSpec))
	for i, sp := range sortSpec {
		for f, o := range sp.(map[string]any) {
			order := "asc"
			if f == "_score" {
				order = "desc"
			}
			if om, ok := o.(map[string]any); ok && om["order"] != nil {
				order = fmt.Sprint(om["order"])
			} else if o, ok := o.(string); ok {
				order = o
			}
			desc[i] = order == "desc"
		}
	}
	less := func(a, b []any) int {
		for i := range a {
			c := cmpAny(a[i], b[i])
			if desc[i] {
				c = -c
			}
			if c != 0 {
				return c
			}
		}
		return 0
	}
	if len(sortSpec) == 0 {
		sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })
	} else {
		sort.SliceStable(hits, func(i, j int) bool { return less(hits[i].sort, hits[j].sort) < 0 })
	}
	total := len(hits)
	aggs := e.aggregate(s, hits, req["aggs"])
	if after, ok := req["search_after"].([]any); ok {
		if len(after) != len(sortSpec) {
			writeError(w, http.StatusBadRequest, "illegal_argument_exception", "search_after has "+strconv.Itoa(len(after))+" value(s) but sort has "+strconv.Itoa(len(sortSpec)))
			return
		}
		k := sort.Search(len(hits), func(i int) bool { return less(hits[i].sort, after) > 0 })
		hits = hits[k:]
	}
	from, size := 0, 10
	if v, ok := req["from"].(float64); ok {
		from = int(v)
	}
	if v, ok := req["size"].(float64); ok {
		size = int(v)
	}
	if from > len(hits) {
		from = len(hits)
	}
	hits = hits[from:min(len(hits), from+size)]
	var includes, excludes []any
	if src, ok := req["_source"].(map[string]any); ok {
		includes, excludes = asList(src["includes"]), asList(src["excludes"])
	}
	hl, _ := req["highlight"].(map[string]any)
	out := make([]any, 0, len(hits))
	maxScore := 0.0
	for _, h := range hits {
		src := filterSource(h.d.src, includes, excludes)
		m := map[string]any{"_index": h.index, "_id": h.d.id, "_score": nil, "_source": src}
		if byScore {
			m["_score"] = h.score
			maxScore = math.Max(maxScore, h.score)
		}
		if len(sortSpec) > 0 {
			m["sort"] = h.sort
		}
		if hl != nil {
			if x := s.highlight(h, hl); len(x) > 0 {
				m["highlight"] = x
			}
		}
		out = append(out, m)
	}
	res := map[string]any{
		"took": 4, "timed_out": false,
		"_shards": map[string]any{"total": 1, "successful": 1, "skipped": 0, "failed": 0},
		"hits": map[string]any{
			"total":     map[string]any{"value": total, "relation": "eq"},
			"max_score": maxScore,
			"hits":      out,
		},
	}
	if !byScore {
		res["hits"].(map[string]any)["max_score"] = nil
	}
	if aggs != nil {
		res["aggregations"] = aggs
	}
	writeJSON(w, http.StatusOK, res)
}

func cmpAny(a, b any) int {
	switch x := a.(type) {
	case float64:
		y, _ := b.(float64)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case string:
		return strings.Compare(x, fmt.Sprint(b))
	}
	return 0
}
