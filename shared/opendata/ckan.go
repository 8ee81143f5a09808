package opendata

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/search"
)

// The CKAN Action API subset. A document is a package (dataset); its
// department is an organization, whose parent group is Plaza's
// organization (City Hall, a district); its text renditions are
// resources. Answers and errors keep CKAN's envelope,
// {"help","success","result"} or {"help","success":false,"error"}, so
// that CKAN's clients and harvesters read them unchanged.

// CKANVersion is the CKAN release whose Action API conventions the
// subset follows (status_show reports it; clients choose features by it).
const CKANVersion = "2.10.0"

// MaxRows bounds package_search's rows, as CKAN's default
// ckan.search.rows_max.
const MaxRows = 1000

// ckanError is CKAN's error object: a __type and a message, or, for a
// validation error, the fields with their messages.
type ckanError struct {
	status int
	body   map[string]any
}

func notFound(msg string) *ckanError {
	return &ckanError{http.StatusNotFound, map[string]any{"__type": "Not Found Error", "message": msg}}
}

func invalid(field, msg string) *ckanError {
	return &ckanError{http.StatusConflict, map[string]any{"__type": "Validation Error", field: []string{msg}}}
}

func badRequest(msg string) *ckanError {
	return &ckanError{http.StatusBadRequest, map[string]any{"__type": "Bad Request", "message": msg}}
}

func queryError(msg string) *ckanError {
	return &ckanError{http.StatusConflict, map[string]any{"__type": "Search Query Error", "message": "Search error: " + msg}}
}

// params are an action's arguments: a GET's query string or a POST's
// JSON object.
type params map[string]any

func (p params) str(name string) string {
	switch v := p[name].(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

func (p params) int(name string, def, lo, hi int) (int, *ckanError) {
	s := p.str(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	switch {
	case err != nil:
		return 0, invalid(name, "Invalid integer")
	case n < lo:
		return 0, invalid(name, fmt.Sprintf("Must be a natural number greater than or equal to %d", lo))
	case n > hi:
		return 0, invalid(name, fmt.Sprintf("Must be less than or equal to %d", hi))
	}
	return n, nil
}

func (p params) bool(name string) bool {
	switch strings.ToLower(p.str(name)) {
	case "true", "1", "yes", "on":
		return true
	}
	return false
}

// list reads a list given as a JSON array, or as a string holding one
// (CKAN's GET form: facet.field=["organization"]).
func (p params) list(name string) ([]string, *ckanError) {
	var raw []any
	switch v := p[name].(type) {
	case nil:
		return nil, nil
	case []any:
		raw = v
	case string:
		if v == "" {
			return nil, nil
		}
		if err := json.Unmarshal([]byte(v), &raw); err != nil {
			return nil, invalid(name, "Not a JSON list")
		}
	default:
		return nil, invalid(name, "Not a list")
	}
	out := make([]string, 0, len(raw))
	for _, x := range raw {
		s, ok := x.(string)
		if !ok {
			return nil, invalid(name, "Not a list of strings")
		}
		out = append(out, s)
	}
	return out, nil
}

// maxActionBody bounds a POSTed action's arguments.
const maxActionBody = 64 << 10

func (h *Handler) ckanGet(w http.ResponseWriter, r *http.Request) {
	p := params{}
	for k, vs := range r.URL.Query() {
		if len(vs) > 0 {
			p[k] = vs[len(vs)-1]
		}
	}
	h.ckan(w, r, p)
}

func (h *Handler) ckanPost(w http.ResponseWriter, r *http.Request) {
	p := params{}
	data, err := io.ReadAll(io.LimitReader(r.Body, maxActionBody+1))
	if err != nil || len(data) > maxActionBody {
		h.ckanWrite(w, r, nil, badRequest("Bad request - JSON Error: the request body is unreadable or too large"))
		return
	}
	if len(strings.TrimSpace(string(data))) > 0 {
		if err := json.Unmarshal(data, &p); err != nil {
			h.ckanWrite(w, r, nil, badRequest("Bad request - JSON Error: Error decoding JSON data. Could not decode it as a JSON object"))
			return
		}
	}
	h.ckan(w, r, p)
}

// actions are the actions served; anything else is CKAN's 400.
var actions = []string{"package_search", "package_show", "organization_list", "tag_list", "status_show"}

func (h *Handler) ckan(w http.ResponseWriter, r *http.Request, p params) {
	var (
		res  any
		cerr *ckanError
		err  error
	)
	base := h.base(r)
	switch name := r.PathValue("action"); name {
	case "package_search":
		res, cerr, err = h.packageSearch(r, base, p)
	case "package_show":
		res, cerr, err = h.packageShow(r, base, p)
	case "organization_list":
		res, cerr, err = h.organizationList(r, p)
	case "tag_list":
		res, cerr, err = h.tagList(r, p)
	case "status_show":
		res = map[string]any{
			"ckan_version": CKANVersion, "site_url": base, "site_title": "정보소통광장",
			"site_description": "결재된 행정문서를 개인정보를 가린 뒤 공개합니다.", "locale_default": "ko",
			"extensions": []string{"plaza"},
		}
	default:
		cerr = badRequest("Bad request - Action name not known: " + name)
	}
	if err != nil {
		h.d.Log(r.Context()).Error("ckan action", "action", r.PathValue("action"), "error", err.Error())
		cerr = &ckanError{http.StatusInternalServerError, map[string]any{"__type": "Internal Error", "message": "Internal error"}}
	}
	h.ckanWrite(w, r, res, cerr)
}

func (h *Handler) ckanWrite(w http.ResponseWriter, r *http.Request, res any, cerr *ckanError) {
	out := map[string]any{"help": h.base(r) + "/api/3/action/help_show?name=" + url.QueryEscape(r.PathValue("action"))}
	status := http.StatusOK
	if cerr != nil {
		status = cerr.status
		out["success"] = false
		out["error"] = cerr.body
	} else {
		out["success"] = true
		out["result"] = res
	}
	data, err := json.Marshal(out)
	if err != nil {
		h.fail(w, r, "encode ckan answer", err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if status == http.StatusOK && r.Method == http.MethodGet {
		cacheFor(w, maxAgeListing)
	} else {
		w.Header().Set("Cache-Control", "no-store")
	}
	w.WriteHeader(status)
	_, _ = w.Write(append(data, '\n'))
}

// packageID is a package's id: the organization code and the document id
// (unique within the organization only), joined by a colon, which
// neither may hold.
func packageID(k document.Key) string { return k.Org + ":" + k.ID }

// packageName is the package's name in CKAN's alphabet (lowercase
// letters, digits, - and _).
func packageName(k document.Key) string {
	return strings.ToLower(k.Org + "-" + strings.ReplaceAll(k.ID, ".", "_"))
}

// ckanOrgName is a department's name as a CKAN organization: its
// organization's code and its id.
func ckanOrgName(org, dept string) string { return strings.ToLower(org + "-" + dept) }

// ckanTime is CKAN's timestamp: UTC, microseconds, no zone.
func ckanTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000") }

// Package is a CKAN package dict.
type Package map[string]any

func (h *Handler) pkg(base string, d Dataset) Package {
	k := d.Key()
	id := packageID(k)
	orgName := h.orgName(d.Org.Code, d.Org.Name)
	tags := make([]map[string]any, 0, len(d.Keywords))
	for _, kw := range d.Keywords {
		tags = append(tags, map[string]any{"name": kw, "display_name": kw, "state": "active", "vocabulary_id": nil})
	}
	resources := make([]map[string]any, 0, len(d.Texts))
	for i, t := range d.Texts {
		desc := "첨부 " + t.Name + "의 텍스트(개인정보를 가린 공개본)"
		if t.N == 0 {
			desc = "본문 텍스트(개인정보를 가린 공개본)"
		}
		resources = append(resources, map[string]any{
			"id": fmt.Sprintf("%s/text/%d", id, t.N), "package_id": id, "name": t.Name, "description": desc,
			"format": "TXT", "mimetype": "text/plain", "url": h.textURL(base, k, t.N), "size": t.Bytes,
			"position": i, "state": "active", "url_type": nil, "original_format": t.Format,
			"created": ckanTime(d.PublishedAt), "last_modified": ckanTime(d.PublishedAt),
		})
	}
	notes := d.Summary
	access := "public"
	if d.Closed {
		access = "non-public"
		notes = "비공개 문서입니다. 목록(제목·부서·일자·비공개 근거)만 공개합니다. 근거: 공공기관의 정보공개에 관한 법률 제9조제1항 " + itemList(d.Exemptions)
	}
	extras := []map[string]string{
		{"key": "access_rights", "value": access},
		{"key": "approved_at", "value": d.ApprovedAt.In(kst).Format(time.RFC3339)},
		{"key": "disclosure_grade", "value": d.Grade},
		{"key": "document_number", "value": d.DocumentNumber},
		{"key": "document_type", "value": d.Type},
		{"key": "exemptions", "value": strings.Join(d.Exemptions, ",")},
		{"key": "plaza_department", "value": d.Department.Code},
		{"key": "plaza_organization", "value": d.Org.Code},
	}
	return Package{
		"id": id, "name": packageName(k), "title": d.Title, "notes": notes, "type": "dataset",
		"state": "active", "private": false, "version": strconv.Itoa(d.Version),
		"url": h.pageURL(base, k), "license_id": "notspecified", "license_title": "License not specified", "isopen": false,
		"author": d.Department.Name, "author_email": nil, "maintainer": d.Department.Name, "maintainer_email": nil,
		"metadata_created": ckanTime(d.PublishedAt), "metadata_modified": ckanTime(d.PublishedAt),
		"owner_org":    packageID(document.Key{Org: d.Org.Code, ID: d.Department.Code}),
		"organization": h.ckanOrg(d.Org.Code, d.Department, -1),
		"groups": []map[string]any{{
			"id": d.Org.Code, "name": d.Org.Code, "title": orgName, "display_name": orgName, "description": "", "image_display_url": "",
		}},
		"tags": tags, "num_tags": len(tags), "resources": resources, "num_resources": len(resources),
		"extras": extras, "relationships_as_object": []any{}, "relationships_as_subject": []any{},
	}
}

func itemList(items []string) string {
	if len(items) == 0 {
		return "(근거 없음)"
	}
	out := make([]string, len(items))
	for i, x := range items {
		out[i] = "제" + x + "호"
	}
	return strings.Join(out, ", ")
}

// ckanOrg is a department as a CKAN organization; count < 0 leaves
// package_count out (a package's own organization).
func (h *Handler) ckanOrg(org string, dept document.Department, count int) map[string]any {
	orgName := h.orgName(org, "")
	title := dept.Name
	if title == "" {
		title = dept.Code
	}
	o := map[string]any{
		"id": packageID(document.Key{Org: org, ID: dept.Code}), "name": ckanOrgName(org, dept.Code),
		"title": title, "display_name": title, "description": orgName + " " + title, "image_url": "",
		"type": "organization", "is_organization": true, "state": "active", "approval_status": "approved",
	}
	if count >= 0 {
		o["package_count"] = count
		o["groups"] = []map[string]any{{"name": org, "capacity": "public"}}
	}
	return o
}

// facetFields maps CKAN facet fields to the index's facets.
var facetFields = map[string]string{
	"organization": search.FacetDepartment,
	"groups":       search.FacetOrganization,
	"type":         search.FacetType,
	"grade":        search.FacetGrade,
	"year":         search.FacetYear,
}

func (h *Handler) packageSearch(r *http.Request, base string, p params) (any, *ckanError, error) {
	q, cerr := h.ckanQuery(p)
	if cerr != nil {
		return nil, cerr, nil
	}
	rows, cerr := p.int("rows", 10, 0, MaxRows)
	if cerr != nil {
		return nil, cerr, nil
	}
	start, cerr := p.int("start", 0, 0, 1<<30)
	if cerr != nil {
		return nil, cerr, nil
	}
	fields, cerr := p.list("facet.field")
	if cerr != nil {
		return nil, cerr, nil
	}
	for _, f := range fields {
		if _, ok := facetFields[f]; !ok {
			return nil, invalid("facet.field", "Unknown facet field "+strconv.Quote(f)+"; known: groups, grade, organization, type, year"), nil
		}
	}
	facetLimit, cerr := p.int("facet.limit", 50, -1, 1000)
	if cerr != nil {
		return nil, cerr, nil
	}
	hits, head, err := h.hits(r.Context(), q, start, rows)
	if errors.Is(err, search.ErrDepartmentWithoutOrg) {
		return nil, queryError("department needs an organization"), nil
	}
	if err != nil {
		return nil, nil, err
	}
	docs, err := h.loadAll(r.Context(), hits)
	if err != nil {
		return nil, nil, err
	}
	results := make([]Package, 0, len(docs))
	for _, d := range docs {
		results = append(results, h.pkg(base, d))
	}
	facets, searchFacets := map[string]any{}, map[string]any{}
	for _, f := range fields {
		counts, items := map[string]int{}, []map[string]any{}
		for _, fc := range head.Facets[facetFields[f]] {
			name, label := fc.Value, fc.Label
			switch f {
			case "organization":
				name = ckanOrgName(fc.Org, fc.Value)
			case "groups":
				label = h.orgName(fc.Value, fc.Label)
			case "type":
				label = typeLabels[fc.Value]
			case "grade":
				label = gradeLabels[fc.Value]
			}
			if label == "" {
				label = name
			}
			if facetLimit >= 0 && len(items) >= facetLimit {
				break
			}
			counts[name] = fc.Count
			items = append(items, map[string]any{"name": name, "display_name": label, "count": fc.Count})
		}
		facets[f] = counts
		searchFacets[f] = map[string]any{"title": f, "items": items}
	}
	return map[string]any{
		"count": head.Total, "sort": sortName(q.Sort), "results": results,
		"facets": facets, "search_facets": searchFacets,
	}, nil, nil
}

func sortName(s string) string {
	if s == search.SortPublished {
		return "metadata_modified desc"
	}
	return "score desc, metadata_modified desc"
}

// ckanQuery reads q, fq and sort into a search query.
func (h *Handler) ckanQuery(p params) (search.Query, *ckanError) {
	var q search.Query
	text := strings.TrimSpace(p.str("q"))
	if text == "*:*" || text == "*" {
		text = ""
	}
	if utf8Len(text) > 200 {
		return q, invalid("q", "Longer than 200 characters")
	}
	q.Text = text
	if cerr := h.filters(&q, p.str("fq")); cerr != nil {
		return q, cerr
	}
	switch s := strings.Join(strings.Fields(p.str("sort")), " "); s {
	case "", "score desc, metadata_modified desc", "score desc,metadata_modified desc", "score desc", "relevance asc":
		q.Sort = search.SortRelevance
		if q.Text == "" {
			q.Sort = search.SortPublished
		}
	case "metadata_modified desc", "metadata_created desc":
		// metadata_modified is the publication date (packageOf).
		q.Sort = search.SortPublished
	default:
		return q, invalid("sort", "Unsupported sort "+strconv.Quote(s)+": use score desc, metadata_modified desc or metadata_created desc")
	}
	return q, nil
}

func utf8Len(s string) int { return len([]rune(s)) }

// filters reads CKAN's fq (Solr filter syntax, conjunctions only):
// organization:<CKAN organization name> (a department, org-dept) or
// organization:<organization code>, groups:<organization code>,
// department:<id> (with an organization), type:<document type>
// (type:dataset matches every package), grade:<grade>, year:<YYYY>, and
// metadata_modified:[<time> TO *], which CKAN's own harvester sends for
// what changed since its last run (matched on the publication date).
func (h *Handler) filters(q *search.Query, fq string) *ckanError {
	toks, ok := fqTokens(fq)
	if !ok {
		return queryError("unbalanced quotes in fq")
	}
	for i := 0; i < len(toks); i++ {
		tok := toks[i]
		if tok == "AND" || tok == "&&" {
			continue
		}
		if rest, ok := strings.CutPrefix(strings.TrimPrefix(tok, "+"), "metadata_modified:["); ok {
			if i+2 >= len(toks) || toks[i+1] != "TO" || toks[i+2] != "*]" || !q.PublishedSince.IsZero() {
				return queryError("metadata_modified takes one range [<time> TO *]")
			}
			t, err := time.Parse(time.RFC3339Nano, rest)
			if err != nil {
				// Solr's form without a zone is UTC.
				t, err = time.Parse("2006-01-02T15:04:05.999999999", rest)
			}
			if err != nil || t.Year() < 1900 || t.Year() > 2200 {
				return queryError("metadata_modified must start at a time such as 2024-01-01T00:00:00Z")
			}
			q.PublishedSince = t
			i += 2
			continue
		}
		if tok == "OR" || tok == "NOT" || tok == "||" || strings.HasPrefix(tok, "-") {
			return queryError("fq supports conjunctions only (field:value AND field:value)")
		}
		field, value, found := strings.Cut(strings.TrimPrefix(tok, "+"), ":")
		value = strings.Trim(value, `"`)
		if !found || value == "" {
			return queryError("fq term " + strconv.Quote(tok) + " is not field:value")
		}
		switch field {
		case "organization", "owner_org":
			org, dept, ok := h.splitOrg(value)
			if !ok {
				return queryError("unknown organization " + strconv.Quote(value))
			}
			if cerr := setOnce(&q.Org, org); cerr != nil {
				return cerr
			}
			if dept != "" {
				if cerr := setOnce(&q.Department, dept); cerr != nil {
					return cerr
				}
			}
		case "groups":
			if !codeOK(value) {
				return queryError("bad group " + strconv.Quote(value))
			}
			if cerr := setOnce(&q.Org, value); cerr != nil {
				return cerr
			}
		case "department":
			if !codeOK(value) {
				return queryError("bad department " + strconv.Quote(value))
			}
			if cerr := setOnce(&q.Department, value); cerr != nil {
				return cerr
			}
		case "type", "dataset_type":
			if value == "dataset" {
				continue
			}
			if !slices.Contains(document.Types, value) {
				return queryError("type must be dataset or one of " + strings.Join(document.Types, ", "))
			}
			if cerr := setOnce(&q.Type, value); cerr != nil {
				return cerr
			}
		case "grade":
			switch value {
			case document.GradePublic, document.GradePartial, document.GradeClosed:
			default:
				return queryError("grade must be public, partial or closed")
			}
			if cerr := setOnce(&q.Grade, value); cerr != nil {
				return cerr
			}
		case "year":
			y, err := strconv.Atoi(value)
			if err != nil || y < 1900 || y > 2200 || !q.From.IsZero() {
				return queryError("year must be one year from 1900 to 2200")
			}
			q.From = time.Date(y, 1, 1, 0, 0, 0, 0, kst)
			q.To = time.Date(y+1, 1, 1, 0, 0, 0, 0, kst).Add(-time.Nanosecond)
		default:
			return queryError("unknown fq field " + strconv.Quote(field) + "; known: organization, groups, department, type, grade, year, metadata_modified")
		}
	}
	if q.Department != "" && q.Org == "" {
		return queryError("department needs an organization: department ids are unique within an organization only")
	}
	return nil
}

func setOnce(dst *string, v string) *ckanError {
	if *dst != "" && *dst != v {
		return queryError("two different values for one field; fq supports conjunctions only")
	}
	*dst = v
	return nil
}

// fqTokens splits fq at spaces outside double quotes.
func fqTokens(fq string) ([]string, bool) {
	var out []string
	var cur strings.Builder
	quoted := false
	for _, c := range fq {
		switch {
		case c == '"':
			quoted = !quoted
			cur.WriteRune(c)
		case (c == ' ' || c == '\t' || c == '\n') && !quoted:
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(c)
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out, !quoted
}

// splitOrg reads an organization fq value: an organization code, or a
// department's CKAN name (org-dept, lowercase as CKAN names are).
func (h *Handler) splitOrg(v string) (org, dept string, ok bool) {
	if h.d.Orgs != nil {
		for _, o := range h.d.Orgs.All() {
			if strings.EqualFold(v, o.Code) {
				return o.Code, "", true
			}
			rest, found := strings.CutPrefix(strings.ToLower(v), strings.ToLower(o.Code)+"-")
			if !found {
				continue
			}
			for _, d := range o.Departments {
				if strings.EqualFold(d.ID, rest) {
					return o.Code, d.ID, true
				}
			}
		}
	}
	// An organization the deployment has no file of: split at the first
	// '-' (codes of such are digits in practice).
	org, dept, _ = strings.Cut(v, "-")
	return org, dept, codeOK(org) && (dept == "" || codeOK(dept))
}

// parsePackageID reads package_show's id: a package id (org:id), a
// package name, or a bare document id of the default organization.
func (h *Handler) parsePackageID(s string) (document.Key, bool) {
	if org, id, ok := strings.Cut(s, ":"); ok {
		return document.Key{Org: org, ID: id}, codeOK(org) && document.ValidID(id)
	}
	return document.Key{Org: h.d.DefaultOrg, ID: s}, document.ValidID(s)
}

func (h *Handler) packageShow(r *http.Request, base string, p params) (any, *ckanError, error) {
	s := p.str("id")
	if s == "" {
		s = p.str("name_or_id")
	}
	if s == "" {
		return nil, invalid("id", "Missing value"), nil
	}
	key, ok := h.parsePackageID(s)
	if !ok {
		return nil, notFound("Not found"), nil
	}
	d, err := h.load(r.Context(), key)
	for _, k := range h.nameKeys(s) {
		if !errors.Is(err, errGone) {
			break
		}
		d, err = h.load(r.Context(), k)
	}
	if errors.Is(err, errGone) {
		return nil, notFound("Not found"), nil
	}
	if err != nil {
		return nil, nil, err
	}
	return h.pkg(base, d), nil, nil
}

// nameKeys are the documents a package name may stand for. Names are
// lowercase (and '.' is '_'), so the id's case is guessed: as written,
// upper case (Plaza's ids usually are), each with '_' read back as '.'.
func (h *Handler) nameKeys(name string) []document.Key {
	var org, rest string
	if h.d.Orgs != nil {
		for _, o := range h.d.Orgs.All() {
			if r, ok := strings.CutPrefix(strings.ToLower(name), strings.ToLower(o.Code)+"-"); ok {
				org, rest = o.Code, r
			}
		}
	}
	if org == "" {
		return nil
	}
	var out []document.Key
	for _, id := range []string{rest, strings.ToUpper(rest)} {
		for _, v := range []string{id, strings.ReplaceAll(id, "_", ".")} {
			if k := (document.Key{Org: org, ID: v}); document.ValidID(v) && packageName(k) == strings.ToLower(name) {
				out = append(out, k)
			}
		}
	}
	return out
}

func (h *Handler) organizationList(r *http.Request, p params) (any, *ckanError, error) {
	all := p.bool("all_fields")
	limit, cerr := p.int("limit", 1000, 0, 1000)
	if cerr != nil {
		return nil, cerr, nil
	}
	offset, cerr := p.int("offset", 0, 0, 1<<30)
	if cerr != nil {
		return nil, cerr, nil
	}
	sortBy := strings.Join(strings.Fields(p.str("sort")), " ")
	if sortBy != "" && sortBy != "name asc" && sortBy != "name" && sortBy != "package_count desc" && sortBy != "title asc" {
		return nil, invalid("sort", "Unsupported sort; use name asc, title asc or package_count desc"), nil
	}
	res, err := h.d.Search.Search(r.Context(), search.Query{Size: 1}.Normalize())
	if err != nil {
		return nil, nil, err
	}
	type row struct {
		org   string
		dept  document.Department
		count int
	}
	rows := map[string]*row{}
	if h.d.Orgs != nil {
		for _, o := range h.d.Orgs.All() {
			for _, d := range o.Departments {
				rows[ckanOrgName(o.Code, d.ID)] = &row{org: o.Code, dept: document.Department{Code: d.ID, Name: d.Name}}
			}
		}
	}
	for _, fc := range res.Facets[search.FacetDepartment] {
		name := ckanOrgName(fc.Org, fc.Value)
		if rows[name] == nil {
			rows[name] = &row{org: fc.Org, dept: document.Department{Code: fc.Value, Name: fc.Label}}
		}
		rows[name].count = fc.Count
	}
	names := make([]string, 0, len(rows))
	for n := range rows {
		names = append(names, n)
	}
	slices.Sort(names)
	switch sortBy {
	case "package_count desc":
		slices.SortStableFunc(names, func(a, b string) int { return rows[b].count - rows[a].count })
	case "title asc":
		slices.SortStableFunc(names, func(a, b string) int { return strings.Compare(rows[a].dept.Name, rows[b].dept.Name) })
	}
	names = names[min(offset, len(names)):]
	names = names[:min(limit, len(names))]
	if !all {
		return names, nil, nil
	}
	out := make([]map[string]any, 0, len(names))
	for _, n := range names {
		out = append(out, h.ckanOrg(rows[n].org, rows[n].dept, rows[n].count))
	}
	return out, nil, nil
}

// tagsTTL is how long tag_list's reading of every document is reused.
const tagsTTL = 10 * time.Minute

func (h *Handler) tagList(r *http.Request, p params) (any, *ckanError, error) {
	tags, err := h.allTags(r)
	if err != nil {
		return nil, nil, err
	}
	if qs := strings.ToLower(strings.TrimSpace(p.str("query"))); qs != "" {
		kept := []string{}
		for _, t := range tags {
			if strings.Contains(strings.ToLower(t), qs) {
				kept = append(kept, t)
			}
		}
		tags = kept
	}
	if !p.bool("all_fields") {
		return tags, nil, nil
	}
	out := make([]map[string]any, 0, len(tags))
	for _, t := range tags {
		out = append(out, map[string]any{"id": t, "name": t, "vocabulary_id": nil})
	}
	return out, nil, nil
}

// allTags reads the keywords of every published document (the index
// does not return them), reusing the answer for tagsTTL.
func (h *Handler) allTags(r *http.Request) ([]string, error) {
	h.tagsMu.Lock()
	defer h.tagsMu.Unlock()
	now := h.d.Now()
	if h.tags != nil && now.Sub(h.tagsTime) < tagsTTL {
		return h.tags, nil
	}
	seen := map[string]bool{}
	q := search.Query{Sort: search.SortDate, Size: walkSize}
	for {
		res, err := h.d.Search.Search(r.Context(), q)
		if err != nil {
			return nil, err
		}
		docs, err := h.loadAll(r.Context(), res.Items)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			for _, k := range d.Keywords {
				seen[k] = true
			}
		}
		if res.Next == "" {
			break
		}
		q.After = res.Next
	}
	tags := make([]string, 0, len(seen))
	for t := range seen {
		tags = append(tags, t)
	}
	slices.Sort(tags)
	h.tags, h.tagsTime = tags, now
	return tags, nil
}
