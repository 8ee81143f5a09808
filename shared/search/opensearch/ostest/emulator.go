package ostest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // date_histogram time zones (Asia/Seoul) on machines without zoneinfo
)

// Emulator is an in-memory OpenSearch for the requests the adapter sends:
// index templates, index creation, aliases, _reindex, single and _bulk
// writes with external versioning, strict mappings, and _search with the
// query DSL subset the adapter uses (bool, match_all, term, range,
// simple_query_string, match, more_like_this), terms and date_histogram
// aggregations, highlighting, sorting, from/size and search_after.
//
// Text analysis reproduces nori with shared/search/korean: the noun list
// derived from nori's mecab-ko-dic and the user_dictionary_rules of the
// index's settings (see analyzer), which the Bleve adapter's morphological
// fields read too.
// It answers with bodies shaped like OpenSearch 2.19's.
type Emulator struct {
	mu        sync.Mutex
	templates map[string]map[string]any
	indices   map[string]*emIndex
	aliases   map[string]map[string]bool // alias → index → is_write_index
	seq       int64
	// security holds the security plugin's configuration as written:
	// "roles/<name>", "rolesmapping/<name>", "audit/config" → body.
	security map[string]json.RawMessage
}

type emIndex struct {
	name     string
	settings map[string]any
	fields   map[string]fieldDef // "title", "keywords.suggest", …
	strict   bool
	docs     map[string]*emDoc
	tombs    map[string]int64
	an       analyzer // nori, with the user dictionary of its settings
}

type fieldDef struct {
	typ    string // text, keyword, date, integer, boolean
	prefix bool   // analysed with an edge_ngram filter
	whole  bool   // analysed with the keyword tokenizer (one token per value)
}

type emDoc struct {
	id      string
	version int64
	seqNo   int64
	src     map[string]any
}

// NewEmulator returns an empty cluster.
func NewEmulator() *Emulator {
	return &Emulator{
		templates: map[string]map[string]any{},
		indices:   map[string]*emIndex{},
		aliases:   map[string]map[string]bool{},
		security:  map[string]json.RawMessage{},
	}
}

// Security returns the security plugin's configuration written through
// the REST API: "roles/<name>", "rolesmapping/<name>" or "audit/config"
// → the body last put there, or nil.
func (e *Emulator) Security(key string) json.RawMessage {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.security[key]
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func errBody(status int, typ, reason string) map[string]any {
	cause := map[string]any{"type": typ, "reason": reason}
	return map[string]any{
		"error":  map[string]any{"root_cause": []any{cause}, "type": typ, "reason": reason},
		"status": status,
	}
}

func writeError(w http.ResponseWriter, status int, typ, reason string) {
	writeJSON(w, status, errBody(status, typ, reason))
}

func shards() map[string]any { return map[string]any{"total": 2, "successful": 1, "failed": 0} }

// ServeHTTP routes a request.
func (e *Emulator) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	e.mu.Lock()
	defer e.mu.Unlock()
	seg := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	q := r.URL.Query()
	m := r.Method
	switch {
	case len(seg) >= 4 && seg[0] == "_plugins" && seg[1] == "_security" && seg[2] == "api" && m == http.MethodPut:
		if !json.Valid(body) {
			writeError(w, http.StatusBadRequest, "parse_exception", "invalid JSON")
			return
		}
		e.security[strings.Join(seg[3:], "/")] = append(json.RawMessage(nil), body...)
		writeJSON(w, http.StatusOK, map[string]any{"status": "OK", "message": "'" + strings.Join(seg[3:], "/") + "' updated."})
	case len(seg) == 2 && seg[0] == "_index_template" && (m == http.MethodPut || m == http.MethodPost):
		e.putTemplate(w, seg[1], body)
	case len(seg) == 2 && seg[0] == "_alias" && m == http.MethodGet:
		e.getAlias(w, seg[1])
	case len(seg) == 1 && seg[0] == "_aliases" && m == http.MethodPost:
		e.updateAliases(w, body)
	case len(seg) == 1 && seg[0] == "_reindex" && m == http.MethodPost:
		e.reindex(w, body)
	case len(seg) == 1 && seg[0] == "_bulk" && m == http.MethodPost:
		e.bulk(w, "", body)
	case len(seg) == 1 && m == http.MethodPut:
		e.createIndex(w, seg[0], body)
	case len(seg) == 1 && m == http.MethodDelete:
		e.deleteIndex(w, seg[0])
	case len(seg) == 2 && seg[1] == "_refresh":
		writeJSON(w, http.StatusOK, map[string]any{"_shards": shards()})
	case len(seg) == 2 && seg[1] == "_bulk" && m == http.MethodPost:
		e.bulk(w, seg[0], body)
	case len(seg) == 2 && seg[1] == "_mapping" && (m == http.MethodPut || m == http.MethodPost):
		e.putMapping(w, seg[0], body)
	case len(seg) == 2 && seg[1] == "_search":
		e.search(w, seg[0], body)
	case len(seg) == 3 && seg[1] == "_doc":
		switch m {
		case http.MethodPut, http.MethodPost:
			st, res := e.indexDoc(seg[0], seg[2], q.Get("version"), q.Get("version_type"), body)
			writeJSON(w, st, res)
		case http.MethodDelete:
			st, res := e.deleteDoc(seg[0], seg[2], q.Get("version"), q.Get("version_type"))
			writeJSON(w, st, res)
		case http.MethodGet, http.MethodHead:
			e.getDoc(w, seg[0], seg[2], q)
		default:
			writeError(w, http.StatusMethodNotAllowed, "illegal_argument_exception", "method not allowed")
		}
	default:
		writeError(w, http.StatusBadRequest, "illegal_argument_exception", "emulator: unsupported "+m+" "+r.URL.Path)
	}
}

func (e *Emulator) putTemplate(w http.ResponseWriter, name string, body []byte) {
	var t map[string]any
	if err := json.Unmarshal(body, &t); err != nil {
		writeError(w, http.StatusBadRequest, "x_content_parse_exception", err.Error())
		return
	}
	e.templates[name] = t
	writeJSON(w, http.StatusOK, map[string]any{"acknowledged": true})
}

func (e *Emulator) getAlias(w http.ResponseWriter, alias string) {
	idx, ok := e.aliases[alias]
	if !ok || len(idx) == 0 {
		writeJSON(w, http.StatusNotFound, map[string]any{"error": "alias [" + alias + "] missing", "status": 404})
		return
	}
	out := map[string]any{}
	for name, write := range idx {
		a := map[string]any{}
		if write {
			a["is_write_index"] = true
		}
		out[name] = map[string]any{"aliases": map[string]any{alias: a}}
	}
	writeJSON(w, http.StatusOK, out)
}

func (e *Emulator) updateAliases(w http.ResponseWriter, body []byte) {
	var req struct {
		Actions []map[string]struct {
			Index        string `json:"index"`
			Alias        string `json:"alias"`
			IsWriteIndex *bool  `json:"is_write_index"`
		} `json:"actions"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "x_content_parse_exception", err.Error())
		return
	}
	// Check everything first: the call is atomic.
	for _, a := range req.Actions {
		for _, v := range a {
			if e.indices[v.Index] == nil {
				writeError(w, http.StatusNotFound, "index_not_found_exception", "no such index ["+v.Index+"]")
				return
			}
		}
	}
	for _, a := range req.Actions {
		for kind, v := range a {
			switch kind {
			case "add":
				if e.aliases[v.Alias] == nil {
					e.aliases[v.Alias] = map[string]bool{}
				}
				e.aliases[v.Alias][v.Index] = v.IsWriteIndex != nil && *v.IsWriteIndex
			case "remove":
				delete(e.aliases[v.Alias], v.Index)
			}
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"acknowledged": true})
}

func (e *Emulator) createIndex(w http.ResponseWriter, name string, body []byte) {
	if e.indices[name] != nil || e.aliases[name] != nil {
		writeError(w, http.StatusBadRequest, "resource_already_exists_exception", "index ["+name+"] already exists")
		return
	}
	var req struct {
		Aliases  map[string]map[string]any `json:"aliases"`
		Settings map[string]any            `json:"settings"`
		Mappings map[string]any            `json:"mappings"`
	}
	if len(body) > 0 {
		if err := json.Unmarshal(body, &req); err != nil {
			writeError(w, http.StatusBadRequest, "x_content_parse_exception", err.Error())
			return
		}
	}
	ix, err := e.newIndex(name, req.Settings, req.Mappings)
	if err != nil {
		writeError(w, http.StatusBadRequest, "illegal_argument_exception", err.Error())
		return
	}
	for alias, a := range req.Aliases {
		if e.aliases[alias] == nil {
			e.aliases[alias] = map[string]bool{}
		}
		wi, _ := a["is_write_index"].(bool)
		e.aliases[alias][name] = wi
	}
	e.indices[name] = ix
	writeJSON(w, http.StatusOK, map[string]any{"acknowledged": true, "shards_acknowledged": true, "index": name})
}

// newIndex applies the highest-priority matching template, then the
// request's own settings and mappings.
func (e *Emulator) newIndex(name string, settings, mappings map[string]any) (*emIndex, error) {
	ix := &emIndex{name: name, docs: map[string]*emDoc{}, tombs: map[string]int64{}, fields: map[string]fieldDef{}}
	best := -1.0
	for _, t := range e.templates {
		pats, _ := t["index_patterns"].([]any)
		for _, p := range pats {
			if ok, _ := path.Match(fmt.Sprint(p), name); ok {
				prio, _ := t["priority"].(float64)
				if prio > best {
					best = prio
					tt, _ := t["template"].(map[string]any)
					ix.settings, _ = tt["settings"].(map[string]any)
					if m, ok := tt["mappings"].(map[string]any); ok && mappings == nil {
						mappings = m
					}
				}
			}
		}
	}
	if settings != nil {
		ix.settings = settings
	}
	if mappings != nil {
		ix.strict = fmt.Sprint(mappings["dynamic"]) == "strict"
		props, _ := mappings["properties"].(map[string]any)
		for f, def := range props {
			ix.addField(f, def)
		}
	}
	an, err := newAnalyzer(ix.settings)
	if err != nil {
		return nil, fmt.Errorf("nori user dictionary: %w", err)
	}
	ix.an = an
	return ix, nil
}

func (ix *emIndex) addField(name string, def any) {
	d, _ := def.(map[string]any)
	typ, _ := d["type"].(string)
	an, _ := d["analyzer"].(string)
	def0 := fieldDef{typ: typ, prefix: ix.edgeAnalyzer(an)}
	if a, ok := dig(ix.settings, "analysis", "analyzer", an).(map[string]any); ok {
		def0.whole = a["tokenizer"] == "keyword"
	}
	ix.fields[name] = def0
	if sub, ok := d["fields"].(map[string]any); ok {
		for s, sd := range sub {
			ix.addField(name+"."+s, sd)
		}
	}
}

// edgeAnalyzer reports whether a custom analyzer ends in an edge_ngram filter.
func (ix *emIndex) edgeAnalyzer(name string) bool {
	an, _ := dig(ix.settings, "analysis", "analyzer", name).(map[string]any)
	filters, _ := an["filter"].([]any)
	for _, f := range filters {
		def, _ := dig(ix.settings, "analysis", "filter", fmt.Sprint(f)).(map[string]any)
		if def["type"] == "edge_ngram" {
			return true
		}
	}
	return false
}

func dig(m map[string]any, keys ...string) any {
	var cur any = m
	for _, k := range keys {
		mm, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = mm[k]
	}
	return cur
}

// putMapping adds fields to the mappings of an index (or of an alias's
// indices). As in OpenSearch, a field may be added, never changed: a
// field already mapped with another type is refused.
func (e *Emulator) putMapping(w http.ResponseWriter, target string, body []byte) {
	var m struct {
		Properties map[string]any `json:"properties"`
	}
	if err := json.Unmarshal(body, &m); err != nil {
		writeError(w, http.StatusBadRequest, "mapper_parsing_exception", err.Error())
		return
	}
	ixs := e.readIndices(target)
	if len(ixs) == 0 {
		writeError(w, http.StatusNotFound, "index_not_found_exception", "no such index ["+target+"]")
		return
	}
	for _, ix := range ixs {
		for f, def := range m.Properties {
			d, _ := def.(map[string]any)
			if have, ok := ix.fields[f]; ok && have.typ != fmt.Sprint(d["type"]) {
				writeError(w, http.StatusBadRequest, "illegal_argument_exception",
					"mapper ["+f+"] cannot be changed from type ["+have.typ+"] to ["+fmt.Sprint(d["type"])+"]")
				return
			}
		}
	}
	for _, ix := range ixs {
		for f, def := range m.Properties {
			ix.addField(f, def)
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"acknowledged": true})
}

func (e *Emulator) deleteIndex(w http.ResponseWriter, name string) {
	if e.indices[name] == nil {
		writeError(w, http.StatusNotFound, "index_not_found_exception", "no such index ["+name+"]")
		return
	}
	delete(e.indices, name)
	for _, idx := range e.aliases {
		delete(idx, name)
	}
	writeJSON(w, http.StatusOK, map[string]any{"acknowledged": true})
}

// writeIndex resolves a write target; like OpenSearch with
// action.auto_create_index, a write to an unknown name creates an index
// (with dynamic mappings: exactly the accident EnsureIndex prevents).
func (e *Emulator) writeIndex(name string) (*emIndex, string) {
	if ix := e.indices[name]; ix != nil {
		return ix, ""
	}
	if idx, ok := e.aliases[name]; ok && len(idx) > 0 {
		for n, write := range idx {
			if write || len(idx) == 1 {
				return e.indices[n], ""
			}
		}
		return nil, "no write index is defined for alias [" + name + "]"
	}
	ix, err := e.newIndex(name, nil, nil)
	if err != nil {
		return nil, err.Error()
	}
	e.indices[name] = ix
	return ix, ""
}

// readIndices resolves a search target.
func (e *Emulator) readIndices(name string) []*emIndex {
	if ix := e.indices[name]; ix != nil {
		return []*emIndex{ix}
	}
	var out []*emIndex
	names := make([]string, 0)
	for n := range e.aliases[name] {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		out = append(out, e.indices[n])
	}
	return out
}

func (e *Emulator) indexDoc(target, id, version, vtype string, body []byte) (int, map[string]any) {
	ix, msg := e.writeIndex(target)
	if ix == nil {
		return http.StatusBadRequest, errBody(400, "illegal_argument_exception", msg)
	}
	var src map[string]any
	if err := json.Unmarshal(body, &src); err != nil {
		return http.StatusBadRequest, errBody(400, "mapper_parsing_exception", "failed to parse: "+err.Error())
	}
	if ix.strict {
		for k := range src {
			if _, ok := ix.fields[k]; !ok {
				return http.StatusBadRequest, errBody(400, "strict_dynamic_mapping_exception",
					"mapping set to strict, dynamic introduction of ["+k+"] within [_doc] is not allowed")
			}
		}
	}
	for k, def := range ix.fields {
		if def.typ == "date" {
			if s, ok := src[k].(string); ok {
				if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
					return http.StatusBadRequest, errBody(400, "mapper_parsing_exception", "failed to parse field ["+k+"] of type [date]")
				}
			}
		}
	}
	cur := ix.docs[id]
	var v int64 = 1
	if vtype == "external" || vtype == "external_gte" {
		n, err := strconv.ParseInt(version, 10, 64)
		if err != nil {
			return http.StatusBadRequest, errBody(400, "action_request_validation_exception", "version is required for external versioning")
		}
		have := ix.tombs[id]
		if cur != nil {
			have = cur.version
		}
		if (cur != nil || have > 0) && (n < have || n == have && vtype == "external") {
			return http.StatusConflict, e.conflict(ix, id, have, n)
		}
		v = n
	} else if cur != nil {
		v = cur.version + 1
	}
	e.seq++
	result := "created"
	status := http.StatusCreated
	if cur != nil {
		result, status = "updated", http.StatusOK
	}
	ix.docs[id] = &emDoc{id: id, version: v, seqNo: e.seq, src: src}
	delete(ix.tombs, id)
	return status, map[string]any{
		"_index": ix.name, "_id": id, "_version": v, "result": result,
		"_shards": shards(), "_seq_no": e.seq, "_primary_term": 1,
	}
}

func (e *Emulator) conflict(ix *emIndex, id string, have, got int64) map[string]any {
	b := errBody(409, "version_conflict_engine_exception",
		fmt.Sprintf("[%s]: version conflict, current version [%d] is higher or equal to the one provided [%d]", id, have, got))
	b["error"].(map[string]any)["index"] = ix.name
	b["error"].(map[string]any)["shard"] = "0"
	return b
}

func (e *Emulator) deleteDoc(target, id, version, vtype string) (int, map[string]any) {
	ix, msg := e.writeIndex(target)
	if ix == nil {
		return http.StatusBadRequest, errBody(400, "illegal_argument_exception", msg)
	}
	cur := ix.docs[id]
	n, _ := strconv.ParseInt(version, 10, 64)
	if vtype == "external" || vtype == "external_gte" {
		have := ix.tombs[id]
		if cur != nil {
			have = cur.version
		}
		if n < have || n == have && vtype == "external" && cur != nil {
			return http.StatusConflict, e.conflict(ix, id, have, n)
		}
		ix.tombs[id] = max(ix.tombs[id], n)
	}
	e.seq++
	res := map[string]any{"_index": ix.name, "_id": id, "_version": n, "_shards": shards(), "_seq_no": e.seq, "_primary_term": 1}
	if cur == nil {
		res["result"] = "not_found"
		return http.StatusNotFound, res
	}
	delete(ix.docs, id)
	res["result"] = "deleted"
	return http.StatusOK, res
}

func (e *Emulator) getDoc(w http.ResponseWriter, target, id string, q url.Values) {
	for _, ix := range e.readIndices(target) {
		if d := ix.docs[id]; d != nil {
			res := map[string]any{
				"_index": ix.name, "_id": id, "_version": d.version, "_seq_no": d.seqNo, "_primary_term": 1, "found": true,
			}
			if q.Get("_source") != "false" {
				var inc []any
				for _, f := range strings.Split(q.Get("_source_includes"), ",") {
					if f != "" {
						inc = append(inc, f)
					}
				}
				res["_source"] = filterSource(d.src, inc, nil)
			}
			writeJSON(w, http.StatusOK, res)
			return
		}
	}
	writeJSON(w, http.StatusNotFound, map[string]any{"_index": target, "_id": id, "found": false})
}

func (e *Emulator) bulk(w http.ResponseWriter, target string, body []byte) {
	var items []any
	hasErr := false
	lines := strings.Split(strings.TrimRight(string(body), "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		var action map[string]struct {
			Index       string `json:"_index"`
			ID          string `json:"_id"`
			Version     *int64 `json:"version"`
			VersionType string `json:"version_type"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &action); err != nil || len(action) != 1 {
			writeError(w, http.StatusBadRequest, "illegal_argument_exception", "Malformed action/metadata line ["+strconv.Itoa(i+1)+"]")
			return
		}
		for kind, a := range action {
			idx := a.Index
			if idx == "" {
				idx = target
			}
			ver := ""
			if a.Version != nil {
				ver = strconv.FormatInt(*a.Version, 10)
			}
			var st int
			var res map[string]any
			switch kind {
			case "index":
				i++
				if i >= len(lines) {
					writeError(w, http.StatusBadRequest, "illegal_argument_exception", "The bulk request must be terminated by a newline [\\n]")
					return
				}
				st, res = e.indexDoc(idx, a.ID, ver, a.VersionType, []byte(lines[i]))
			case "delete":
				st, res = e.deleteDoc(idx, a.ID, ver, a.VersionType)
			default:
				writeError(w, http.StatusBadRequest, "illegal_argument_exception", "emulator: unsupported bulk action "+kind)
				return
			}
			if eb, ok := res["error"]; ok {
				hasErr = true
				res = map[string]any{"_index": idx, "_id": a.ID, "status": st, "error": eb.(map[string]any)}
			} else {
				res["status"] = st
			}
			items = append(items, map[string]any{kind: res})
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"took": 3, "errors": hasErr, "items": items})
}

func (e *Emulator) reindex(w http.ResponseWriter, body []byte) {
	var req struct {
		Source struct {
			Index string `json:"index"`
		} `json:"source"`
		Dest struct {
			Index       string `json:"index"`
			VersionType string `json:"version_type"`
		} `json:"dest"`
		Conflicts string `json:"conflicts"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "x_content_parse_exception", err.Error())
		return
	}
	srcs := e.readIndices(req.Source.Index)
	if len(srcs) == 0 {
		writeError(w, http.StatusNotFound, "index_not_found_exception", "no such index ["+req.Source.Index+"]")
		return
	}
	total, created, updated, conflicts := 0, 0, 0, 0
	for _, ix := range srcs {
		ids := make([]string, 0, len(ix.docs))
		for id := range ix.docs {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			d := ix.docs[id]
			total++
			st, _ := e.indexDoc(req.Dest.Index, id, strconv.FormatInt(d.version, 10), req.Dest.VersionType, mustMarshal(d.src))
			switch st {
			case http.StatusCreated:
				created++
			case http.StatusOK:
				updated++
			case http.StatusConflict:
				conflicts++
			}
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"took": 12, "timed_out": false, "total": total, "updated": updated, "created": created,
		"deleted": 0, "batches": 1, "version_conflicts": conflicts, "noops": 0,
		"retries": map[string]any{"bulk": 0, "search": 0}, "throttled_millis": 0,
		"requests_per_second": -1.0, "throttled_until_millis": 0, "failures": []any{},
	})
}

// filterSource applies _source includes (if any) and excludes.
func filterSource(src map[string]any, includes, excludes []any) map[string]any {
	out := map[string]any{}
	in := map[string]bool{}
	for _, f := range includes {
		in[fmt.Sprint(f)] = true
	}
	ex := map[string]bool{}
	for _, f := range excludes {
		ex[fmt.Sprint(f)] = true
	}
	for k, v := range src {
		if (len(in) == 0 || in[k]) && !ex[k] {
			out[k] = v
		}
	}
	return out
}

func mustMarshal(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}
