package opendata

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/search"
)

// Sitemaps, robots.txt and the document page search engines read: the
// sitemap index (/sitemap.xml) names one sitemap per MaxSitemapURLs
// documents (/sitemaps/{n}.xml), each listing the documents' pages
// (/documents/{id}), which carry schema.org JSON-LD.

// MaxSitemapURLs is the sitemap protocol's limit of URLs in one sitemap.
const MaxSitemapURLs = 50000

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

type sitemapIndexXML struct {
	XMLName  xml.Name     `xml:"sitemapindex"`
	NS       string       `xml:"xmlns,attr"`
	Sitemaps []sitemapRef `xml:"sitemap"`
}

type sitemapRef struct {
	Loc string `xml:"loc"`
}

type urlsetXML struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitemapSize is the URLs per sitemap (Deps.SitemapURLs, at most the
// protocol's limit).
func (h *Handler) sitemapSize() int {
	if h.d.SitemapURLs <= 0 || h.d.SitemapURLs > MaxSitemapURLs {
		return MaxSitemapURLs
	}
	return h.d.SitemapURLs
}

func (h *Handler) sitemapIndex(w http.ResponseWriter, r *http.Request) {
	res, err := h.d.Search.Search(r.Context(), search.Query{Size: 1}.Normalize())
	if err != nil {
		h.fail(w, r, "sitemap index", err)
		return
	}
	base := h.base(r)
	n := max(1, (res.Total+h.sitemapSize()-1)/h.sitemapSize())
	idx := sitemapIndexXML{NS: sitemapNS}
	for i := 1; i <= n; i++ {
		idx.Sitemaps = append(idx.Sitemaps, sitemapRef{Loc: base + "/sitemaps/" + strconv.Itoa(i) + ".xml"})
	}
	writeCrawled(w, r, h, idx)
}

// sitemap lists the pages of the n-th slice of documents, newest
// approval first, each with its publication date as lastmod (a page
// changes when its document is published, not when it was approved).
func (h *Handler) sitemap(w http.ResponseWriter, r *http.Request) {
	s, ok := strings.CutSuffix(r.PathValue("file"), ".xml")
	n, err := strconv.Atoi(s)
	if !ok || err != nil || n < 1 || n > 1<<16 {
		plainError(w, http.StatusNotFound, "not_found", "no such sitemap")
		return
	}
	size := h.sitemapSize()
	hits, head, err := h.hits(r.Context(), search.Query{Sort: search.SortDate}, (n-1)*size, size)
	if err != nil {
		h.fail(w, r, "sitemap", err)
		return
	}
	if n > 1 && len(hits) == 0 && (n-1)*size >= head.Total {
		plainError(w, http.StatusNotFound, "not_found", "no such sitemap")
		return
	}
	base := h.base(r)
	set := urlsetXML{NS: sitemapNS, URLs: make([]sitemapURL, 0, len(hits))}
	for _, hit := range hits {
		u := sitemapURL{Loc: h.pageURL(base, keyOf(hit))}
		if !hit.PublishedAt.IsZero() {
			u.LastMod = hit.PublishedAt.In(kst).Format(time.RFC3339)
		}
		set.URLs = append(set.URLs, u)
	}
	writeCrawled(w, r, h, set)
}

func writeCrawled(w http.ResponseWriter, r *http.Request, h *Handler, v any) {
	data, err := xml.MarshalIndent(v, "", " ")
	if err != nil {
		h.fail(w, r, "encode sitemap", err)
		return
	}
	w.Header().Set("Content-Type", "application/xml; charset=utf-8")
	cacheFor(w, maxAgeSlow)
	_, _ = w.Write([]byte(xml.Header))
	_, _ = w.Write(data)
	_, _ = w.Write([]byte("\n"))
}

// robots lets crawlers read the public pages and open data, keeps them
// out of the staff console and API, and names the sitemap.
func (h *Handler) robots(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	cacheFor(w, maxAgeSlow)
	_, _ = w.Write([]byte("User-agent: *\nAllow: /\nDisallow: /staff/\nDisallow: /api/staff/\nDisallow: /api/inquiries\n\nSitemap: " + h.base(r) + "/sitemap.xml\n"))
}

// page serves a document's crawlable page: its metadata, its redacted
// text (none when closed), links to its portal page and its DCAT
// dataset, and schema.org JSON-LD. No official's name is on it.
func (h *Handler) page(w http.ResponseWriter, r *http.Request) {
	key, ok := h.docKey(r.PathValue("id"), r.URL.Query())
	if !ok {
		plainError(w, http.StatusNotFound, "document.not_found", "no such document")
		return
	}
	d, err := h.load(r.Context(), key)
	if errors.Is(err, errGone) {
		plainError(w, http.StatusNotFound, "document.not_found", "no such document")
		return
	}
	if err != nil {
		h.fail(w, r, "read public document", err)
		return
	}
	base := h.base(r)
	ld, err := json.Marshal(h.schemaOrg(base, d)) // escapes <, > and &: no </script> can close the block
	if err != nil {
		h.fail(w, r, "encode json-ld", err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	cacheFor(w, maxAgeDocument)
	txt := pageKo
	if r.URL.Query().Get("lang") == "en" {
		txt = pageEn
	}
	_, _ = w.Write([]byte(h.renderPage(base, d, ld, txt)))
}

// pageText is the interface of a document's page in one language (?lang=en
// for English); the document's own words stay Korean.
type pageText struct {
	lang, site, list, number, org, dept, approved, published, keywords, closed, text, portal string
	types, grades                                                                            map[string]string
	items                                                                                    func([]string) string
}

var (
	pageKo = pageText{lang: "ko", site: "정보소통광장", list: "문서 목록", number: "문서번호", org: "기관", dept: "부서", approved: "결재일",
		published: "공개일", keywords: "주제어", closed: "비공개 문서입니다. 목록만 공개합니다. 근거: 공공기관의 정보공개에 관한 법률 제9조제1항 ",
		text: " (텍스트)", portal: "포털에서 보기 · 질문하기 · 개인정보 신고", types: typeLabels, grades: gradeLabels, items: itemList}
	pageEn = pageText{lang: "en", site: "Information Communication Plaza", list: "List of documents", number: "Document number",
		org: "Organization", dept: "Department", approved: "Approved", published: "Published", keywords: "Keywords",
		closed: "This document is closed: only its listing is published. Grounds: Official Information Disclosure Act, Article 9(1) ",
		text:   " (text)", portal: "Open in the portal · ask a question · report personal data",
		types: map[string]string{"approval": "Approval", "minutes": "Minutes", "plan": "Plan", "report": "Report",
			"press": "Press release", "budget": "Budget", "contract": "Contract", "other": "Other"},
		grades: map[string]string{document.GradePublic: "Public", document.GradePartial: "Partly public", document.GradeClosed: "Closed"},
		items: func(xs []string) string {
			out := make([]string, len(xs))
			for i, x := range xs {
				out[i] = "item " + x
			}
			return strings.Join(out, ", ")
		}}
)

// renderPage writes the page by hand, every value escaped: html/template
// would make the linker keep every exported method of the api function
// (text/template calls methods by name), doubling its size.
func (h *Handler) renderPage(base string, d Dataset, ld []byte, txt pageText) string {
	key := d.Key()
	esc := html.EscapeString
	var b strings.Builder
	w := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
	}
	// In English the document's own words are marked Korean (WCAG 3.1.2).
	ko, home, list, portal := "", "/", "/documents", h.portalURL(base, key)
	if txt.lang == "en" {
		ko, home, list = ` lang="ko"`, "/en/", "/documents?lang=en"
		portal = strings.Replace(portal, base+"/?", base+"/en/?", 1)
	}
	desc := d.Summary
	if d.Closed {
		desc = "비공개 문서 목록: " + d.Title
	}
	date := func(t time.Time) string { return t.In(kst).Format(time.DateOnly) }
	w("<!doctype html>\n<html lang=\"", txt.lang, "\">\n<head>\n<meta charset=\"utf-8\">\n",
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
		"<title>", esc(d.Title), " — ", esc(txt.site), "</title>\n",
		"<meta name=\"description\" content=\"", esc(desc), "\">\n",
		"<link rel=\"canonical\" href=\"", esc(h.pageURL(base, key)), "\">\n",
		"<link rel=\"alternate\" type=\"application/ld+json\" href=\"", esc(h.datasetURL(base, key)), "\">\n",
		// The portal's icon: without it the browser asks for /favicon.ico,
		// a 404 in the console (Lighthouse: best practices).
		"<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n",
		"<link rel=\"stylesheet\" href=\"/static/app.css\">\n",
		// json.Marshal escapes <, > and &: nothing in it can close the block.
		"<script type=\"application/ld+json\">", string(ld), "</script>\n</head>\n<body>\n",
		"<header class=\"top\"><a class=\"brand\" href=\"", home, "\">", esc(txt.site), "</a>",
		" <nav class=\"nav\"><a href=\"", esc(list), "\">", esc(txt.list), "</a></nav></header>\n<main>\n<article class=\"doc\">\n",
		"<p class=\"meta\">", esc(txt.grades[d.Grade]), " · ", esc(txt.types[d.Type]), "</p>\n",
		"<h1", ko, ">", esc(d.Title), "</h1>\n<dl>\n")
	row := func(k, v, lang string) { w("<dt>", k, "</dt><dd", lang, ">", esc(v), "</dd>\n") }
	row(esc(txt.number), d.DocumentNumber, ko)
	row(esc(txt.org), h.orgName(d.Org.Code, d.Org.Name), ko)
	row(esc(txt.dept), d.Department.Name, ko)
	row(esc(txt.approved), date(d.ApprovedAt), "")
	row(esc(txt.published), date(d.PublishedAt), "")
	if len(d.Keywords) > 0 {
		row(esc(txt.keywords), strings.Join(d.Keywords, ", "), ko)
	}
	w("</dl>\n")
	if d.Closed {
		w("<p>", esc(txt.closed), esc(txt.items(d.Exemptions)), "</p>\n")
	} else {
		w("<div class=\"doc-body\"", ko, ">")
		for _, t := range d.Texts {
			if t.N != 0 {
				continue
			}
			for _, para := range strings.Split(t.text, "\n") {
				if para = strings.TrimSpace(para); para != "" {
					w("<p>", esc(para), "</p>\n")
				}
			}
		}
		w("</div>\n<ul class=\"texts\">")
		for _, t := range d.Texts {
			w("<li><a href=\"", esc(h.textURL(base, key, t.N)), "\"><span", ko, ">", esc(t.Name), "</span>", esc(txt.text), "</a></li>")
		}
		w("</ul>\n")
	}
	w("<p><a href=\"", esc(portal), "\">", esc(txt.portal), "</a></p>\n</article>\n</main>\n</body>\n</html>\n")
	return b.String()
}

// schemaOrg describes a document for search engines: a DigitalDocument
// (schema.org has no GovernmentDocument type) published by a
// GovernmentOrganization, its department the source.
func (h *Handler) schemaOrg(base string, d Dataset) map[string]any {
	k := d.Key()
	orgName := h.orgName(d.Org.Code, d.Org.Name)
	m := map[string]any{
		"@context": "https://schema.org", "@type": "DigitalDocument", "@id": h.pageURL(base, k),
		"url": h.pageURL(base, k), "name": d.Title, "inLanguage": "ko",
		"identifier":    []string{packageID(k), d.DocumentNumber},
		"dateCreated":   d.ApprovedAt.In(kst).Format(time.RFC3339),
		"datePublished": d.PublishedAt.In(kst).Format(time.RFC3339),
		"version":       strconv.Itoa(d.Version),
		"genre":         typeLabels[d.Type],
		"keywords":      d.Keywords,
		"publisher":     map[string]any{"@type": "GovernmentOrganization", "name": orgName, "url": base + "/"},
		"sourceOrganization": map[string]any{"@type": "GovernmentOrganization", "name": orgName + " " + d.Department.Name,
			"parentOrganization": map[string]any{"@type": "GovernmentOrganization", "name": orgName}},
		"isAccessibleForFree": true,
		"sameAs":              h.datasetIRI(base, d),
	}
	if d.Closed {
		m["description"] = "비공개 문서(목록만 공개). 근거: 정보공개법 제9조제1항 " + itemList(d.Exemptions)
		m["conditionsOfAccess"] = "비공개: 본문은 공개하지 않습니다."
		return m
	}
	m["description"] = d.Summary
	var enc []map[string]any
	for _, t := range d.Texts {
		enc = append(enc, map[string]any{"@type": "MediaObject", "name": t.Name, "contentUrl": h.textURL(base, k, t.N),
			"encodingFormat": "text/plain", "contentSize": strconv.Itoa(t.Bytes) + " B"})
	}
	m["encoding"] = enc
	return m
}

// keyOf is a hit's document key.
func keyOf(hit search.Hit) document.Key { return document.Key{Org: hit.Org, ID: hit.ID} }
