package api

import (
	"errors"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/search"
)

// The plain pages are what a reader without JavaScript, and a crawler,
// get: the search as a server-rendered list (GET /documents) whose entries
// link the documents' own pages (GET /documents/{id}, shared/opendata).
// The list reads exactly what GET /api/documents reads, through the same
// query parsing and result shaping, so it can show nothing the API would
// not. It is written by hand, every value escaped, for the reason
// opendata's page gives: html/template would double the api function.

// pageText is the interface of a plain page in one language; the
// documents' own words stay Korean.
type pageText struct {
	lang, site, skip, findDocs, stats, other, otherLang, search, searchLabel, placeholder string
	title, titleQuery, all, results, none, filters, prev, next, pages, closed, scripted   string
	facets                                                                                map[string]string
	types, grades                                                                         map[string]string
	date                                                                                  func(time.Time) string
}

var (
	pageKo = pageText{
		lang: "ko", site: "정보소통광장", skip: "본문 바로가기", findDocs: "문서 찾기", stats: "공개 현황",
		other: "English", otherLang: "en", search: "검색", searchLabel: "검색어", placeholder: "문서 제목, 내용, 문서번호 검색",
		title: "서울시 결재문서 찾기", titleQuery: "‘%s’ 검색 결과", all: "전체 문서 %s건", results: "‘%s’ 검색 결과 %s건",
		none: "검색 결과가 없습니다. 다른 검색어나 조건으로 찾아보세요.", filters: "검색 조건",
		prev: "이전", next: "다음", pages: "페이지", closed: "비공개 문서입니다. 목록 정보만 공개합니다.",
		scripted: "자바스크립트를 켜면 질문하기와 신고하기도 쓸 수 있습니다.",
		facets: map[string]string{search.FacetOrganization: "기관", search.FacetDepartment: "부서", search.FacetType: "문서 유형",
			search.FacetGrade: "공개 구분", search.FacetYear: "결재 연도"},
		types: typeLabels, grades: gradeLabels,
		date: func(t time.Time) string { return t.In(kst).Format("2006. 01. 02.") },
	}
	pageEn = pageText{
		lang: "en", site: "Information Communication Plaza", skip: "Skip to content", findDocs: "Find documents", stats: "Release statistics",
		other: "한국어", otherLang: "ko", search: "Search", searchLabel: "Search words", placeholder: "Search titles, text, document numbers (in Korean)",
		title: "Find Seoul's approved documents", titleQuery: "‘%s’: search results", all: "All documents: %s", results: "‘%s’: results %s",
		none: "No results. Try other words or filters.", filters: "Filters",
		prev: "Previous", next: "Next", pages: "Pages", closed: "Closed document: only its listing is published.",
		scripted: "With JavaScript on, you can also ask questions and report personal data.",
		facets: map[string]string{search.FacetOrganization: "Organization", search.FacetDepartment: "Department", search.FacetType: "Document type",
			search.FacetGrade: "Disclosure", search.FacetYear: "Year approved"},
		types: map[string]string{"approval": "Approval", "minutes": "Minutes", "plan": "Plan", "report": "Report",
			"press": "Press release", "budget": "Budget", "contract": "Contract", "other": "Other"},
		grades: map[string]string{"public": "Public", "partial": "Partly public", "closed": "Closed"},
		date:   func(t time.Time) string { return t.In(kst).Format("2 Jan 2006") },
	}
)

// listKeys are the list page's own parameters, carried from link to link.
var listKeys = []string{"q", "organization", "org", "department", "type", "grade", "from", "to", "sort", "size", "lang"}

// documentsPage serves GET /documents: the search as a plain HTML list.
func (h *Handler) documentsPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	txt := pageKo
	if v.Get("lang") == "en" {
		txt = pageEn
	}
	// What the page shows of the query, in its title, box and links, is
	// masked as published text is: the page is cached and shared, and a
	// reader may have searched for a resident number. The search itself
	// uses the query as typed (the index holds only masked text).
	if s := v.Get("q"); s != "" {
		v.Set("q", h.echo.Redact(s, redact.Options{}).Text)
	}
	q, bad := h.searchQuery(r)
	if bad != nil {
		h.writePage(w, http.StatusBadRequest, txt, txt.title, v, bad.message, "", true)
		return
	}
	var res search.Result
	var err error
	if v.Get("sort") == SortViews {
		res, err = h.mostViewed(r.Context(), q)
	} else {
		res, err = h.d.Search.Search(r.Context(), q)
	}
	if errors.Is(err, search.ErrBadCursor) || errors.Is(err, search.ErrDepartmentWithoutOrg) {
		h.writePage(w, http.StatusBadRequest, txt, txt.title, v, err.Error(), "", true)
		return
	}
	if err != nil {
		h.opError(w, r, "search page", err)
		return
	}
	out := h.shapeResult(q, res)
	if q.Text != "" {
		q.Text = h.echo.Redact(q.Text, redact.Options{}).Text
	}
	title := txt.title
	if q.Text != "" {
		title = strings.ReplaceAll(txt.titleQuery, "%s", q.Text)
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	// A page of results is for readers; crawlers follow it to the
	// documents (the sitemaps list them all) but need not keep it.
	h.writePage(w, http.StatusOK, txt, title, v, "", renderList(txt, q, v, out, h.d.DefaultOrg), len(v) > 0)
}

// writePage wraps a list (or an error message) in the portal's frame.
func (h *Handler) writePage(w http.ResponseWriter, status int, txt pageText, title string, v url.Values, problem, body string, noindex bool) {
	esc := html.EscapeString
	var b strings.Builder
	put := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
	}
	put("<!doctype html>\n<html lang=\"", txt.lang, "\">\n<head>\n<meta charset=\"utf-8\">\n",
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
		"<title>", esc(title), " — ", esc(txt.site), "</title>\n")
	if noindex {
		put("<meta name=\"robots\" content=\"noindex, follow\">\n")
	}
	home := "/"
	if txt.lang == "en" {
		home = "/en/"
	}
	otherList := listURL(v, "lang", txt.otherLang)
	put("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n",
		"<link rel=\"alternate\" hreflang=\"", txt.otherLang, "\" href=\"", esc(otherList), "\">\n</head>\n<body>\n",
		"<a class=\"skip\" href=\"#main\">", esc(txt.skip), "</a>\n<header class=\"top\">\n  <a class=\"brand\" href=\"", home, "\">", esc(txt.site), "</a>\n",
		"  <nav class=\"nav\"><a href=\"", home, "\">", esc(txt.findDocs), "</a> <a href=\"", home, "?view=stats\">", esc(txt.stats), "</a> ",
		"<a href=\"", esc(otherList), "\" lang=\"", txt.otherLang, "\" hreflang=\"", txt.otherLang, "\">", esc(txt.other), "</a></nav>\n</header>\n",
		"<main id=\"main\" tabindex=\"-1\">\n<form class=\"search\" role=\"search\" action=\"/documents\" method=\"get\">\n",
		"  <label for=\"q\" class=\"sr-only\">", esc(txt.searchLabel), "</label>\n",
		"  <input id=\"q\" name=\"q\" type=\"search\" maxlength=\"200\" placeholder=\"", esc(txt.placeholder), "\" value=\"", esc(v.Get("q")), "\">\n")
	if txt.lang == "en" {
		put("  <input type=\"hidden\" name=\"lang\" value=\"en\">\n")
	}
	put("  <button type=\"submit\">", esc(txt.search), "</button>\n</form>\n<h1 class=\"page-title\">", esc(title), "</h1>\n")
	if problem != "" {
		put("<p class=\"error\" role=\"alert\" lang=\"en\">", esc(problem), "</p>\n")
	}
	put(body, "<p class=\"meta\">", esc(txt.scripted), "</p>\n</main>\n</body>\n</html>\n")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(b.String()))
}

// listURL is the list page with key set to value (dropped when ""),
// back on its first page.
func listURL(v url.Values, key, value string) string {
	p := url.Values{}
	for _, k := range listKeys {
		if s := v.Get(k); s != "" {
			p.Set(k, s)
		}
	}
	if value == "" || (key == "lang" && value == "ko") {
		p.Del(key)
	} else {
		p.Set(key, value)
	}
	if s := p.Encode(); s != "" {
		return "/documents?" + s
	}
	return "/documents"
}

// renderList writes the summary, the facets, the hits and the pager.
func renderList(txt pageText, q search.Query, v url.Values, out searchResponse, defaultOrg string) string {
	esc := html.EscapeString
	ko := ""
	if txt.lang != "ko" {
		ko = " lang=\"ko\""
	}
	var b strings.Builder
	put := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
	}
	n := strconv.Itoa(out.Total)
	summary := strings.ReplaceAll(txt.all, "%s", n)
	if q.Text != "" {
		summary = strings.Replace(strings.Replace(txt.results, "%s", q.Text, 1), "%s", n, 1)
	}
	put("<p class=\"summary\">", esc(summary), "</p>\n<div class=\"layout\">\n<nav class=\"facets\" aria-label=\"", esc(txt.filters), "\">\n")
	for _, name := range search.Facets {
		list := out.Facets[name]
		if len(list) == 0 {
			continue
		}
		put("<section data-facet=\"", name, "\"><h2>", esc(txt.facets[name]), "</h2><ul>\n")
		for _, f := range list {
			href, active := facetURL(v, name, f)
			label := f.Label
			lang := ko
			switch name {
			case search.FacetType:
				label, lang = txt.types[f.Value], ""
			case search.FacetGrade:
				label, lang = txt.grades[f.Value], ""
			case search.FacetYear:
				label, lang = f.Value, ""
			}
			if label == "" {
				label = f.Value
			}
			put("<li><a href=\"", esc(href), "\" aria-current=\"", strconv.FormatBool(active), "\"><span", lang, ">", esc(label), "</span><span class=\"count\">",
				strconv.Itoa(f.Count), "</span></a></li>\n")
		}
		put("</ul></section>\n")
	}
	put("</nav>\n<div class=\"results-col\">\n<ol class=\"results\">\n")
	for _, hit := range out.Items {
		doc := "/documents/" + url.PathEscape(hit.ID)
		dq := url.Values{}
		if hit.Org != defaultOrg {
			dq.Set("org", hit.Org)
		}
		if txt.lang == "en" {
			dq.Set("lang", "en")
		}
		if len(dq) > 0 {
			doc += "?" + dq.Encode()
		}
		put("<li class=\"result\">\n<h2", ko, "><a href=\"", esc(doc), "\">", esc(hit.Title), "</a></h2>\n<p class=\"meta\"><span class=\"badge ", esc(hit.Grade), "\">",
			esc(txt.grades[hit.Grade]), "</span> <span>", esc(txt.types[hit.Type]), "</span> <span", ko, ">", esc(hit.DepartmentName), "</span> <span>",
			esc(txt.date(hit.ApprovedAt)), "</span>")
		if hit.DocumentNumber != "" {
			put(" <span", ko, ">", esc(hit.DocumentNumber), "</span>")
		}
		put("</p>\n")
		switch {
		case hit.MetadataOnly:
			put("<p class=\"snippet\">", esc(txt.closed), "</p>\n")
		case hit.Snippet != "":
			// SanitizeSnippet (in shapeResult) left only <mark> as markup.
			put("<p class=\"snippet\"", ko, ">", hit.Snippet, "</p>\n")
		}
		put("</li>\n")
	}
	if len(out.Items) == 0 {
		put("<li class=\"empty\">", esc(txt.none), "</li>\n")
	}
	put("</ol>\n")
	size := max(out.Size, 1)
	last := max(1, min((out.Total+size-1)/size, MaxDepth/size))
	page := max(out.Page, 1)
	put("<nav class=\"pager\" aria-label=\"", esc(txt.pages), "\">")
	if page > 1 {
		put("<a rel=\"prev\" href=\"", esc(listURL(v, "page", pageParam(page-1))), "\">", esc(txt.prev), "</a> ")
	}
	put("<span class=\"page\">", strconv.Itoa(page), " / ", strconv.Itoa(last), "</span>")
	if page < last {
		put(" <a rel=\"next\" href=\"", esc(listURL(v, "page", pageParam(page+1))), "\">", esc(txt.next), "</a>")
	}
	put("</nav>\n</div>\n</div>\n")
	return b.String()
}

// pageParam is page n as a parameter: "" for the first.
func pageParam(n int) string {
	if n <= 1 {
		return ""
	}
	return strconv.Itoa(n)
}

// facetURL is the link of one facet value: it adds the value to the
// filters, or drops it when it is in force (active). A department is
// unique within its organization only, so its link names both, and
// choosing an organization drops the department.
func facetURL(v url.Values, name string, f search.FacetCount) (string, bool) {
	p := url.Values{}
	for _, k := range listKeys {
		if s := v.Get(k); s != "" {
			p.Set(k, s)
		}
	}
	org := p.Get("organization")
	if org == "" {
		org = p.Get("org")
	}
	var active bool
	switch name {
	case search.FacetYear:
		from, to := f.Value+"-01-01", f.Value+"-12-31"
		active = p.Get("from") == from && p.Get("to") == to
		if active {
			p.Del("from")
			p.Del("to")
		} else {
			p.Set("from", from)
			p.Set("to", to)
		}
	case search.FacetDepartment:
		active = p.Get("department") == f.Value && org == f.Org
		if active {
			p.Del("department")
		} else {
			p.Del("org")
			p.Set("organization", f.Org)
			p.Set("department", f.Value)
		}
	case search.FacetOrganization:
		active = org == f.Value
		p.Del("department")
		p.Del("org")
		if active {
			p.Del("organization")
		} else {
			p.Set("organization", f.Value)
		}
	default:
		active = p.Get(name) == f.Value
		if active {
			p.Del(name)
		} else {
			p.Set(name, f.Value)
		}
	}
	if s := p.Encode(); s != "" {
		return "/documents?" + s, active
	}
	return "/documents", active
}
