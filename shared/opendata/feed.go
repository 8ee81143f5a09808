package opendata

import (
	"encoding/xml"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/search"
)

// RSS 2.0 and Atom feeds of new releases, newest first, filtered by
// organization, department (with its organization) and keyword.

// FeedSize is the number of entries in a feed.
const FeedSize = 50

// feedScan bounds how many documents a keyword feed looks through: the
// index finds the keyword as text, and only documents that carry it as
// a keyword are kept.
const feedScan = 1000

// feedQuery is a feed's filter.
type feedQuery struct {
	org, dept, keyword string
}

func readFeedQuery(v url.Values) (feedQuery, string) {
	f := feedQuery{org: v.Get("organization"), dept: v.Get("department"), keyword: strings.TrimSpace(v.Get("keyword"))}
	switch {
	case f.org != "" && !codeOK(f.org):
		return f, "organization must be an organization code"
	case f.dept != "" && !codeOK(f.dept):
		return f, "department must be a department code"
	case f.dept != "" && f.org == "":
		return f, "department needs organization: department ids are unique within an organization only"
	case !utf8.ValidString(f.keyword) || utf8.RuneCountInString(f.keyword) > 50 || strings.ContainsAny(f.keyword, "\"\x00"):
		return f, "keyword must be at most 50 characters, without quotes"
	}
	return f, ""
}

// url is the feed's own address, its parameters in one order (the
// Atom feed's id).
func (f feedQuery) url(base, kind string) string {
	v := url.Values{}
	for k, x := range map[string]string{"organization": f.org, "department": f.dept, "keyword": f.keyword} {
		if x != "" {
			v.Set(k, x)
		}
	}
	u := base + "/feeds/releases." + kind
	if len(v) > 0 {
		u += "?" + v.Encode()
	}
	return u
}

// entries are the feed's documents, newest publication first: a feed of
// releases, whatever the approval date.
func (h *Handler) entries(r *http.Request, f feedQuery) ([]Dataset, error) {
	q := search.Query{Org: f.org, Department: f.dept, Sort: search.SortPublished, Size: walkSize}
	if f.keyword != "" {
		q.Text = `"` + f.keyword + `"`
	}
	var out []Dataset
	for scanned := 0; len(out) < FeedSize && scanned < feedScan; {
		res, err := h.d.Search.Search(r.Context(), q)
		if err != nil {
			return nil, err
		}
		docs, err := h.loadAll(r.Context(), res.Items)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			if len(out) < FeedSize && (f.keyword == "" || slices.Contains(d.Keywords, f.keyword)) {
				out = append(out, d)
			}
		}
		scanned += len(res.Items)
		if res.Next == "" {
			break
		}
		q.After = res.Next
	}
	return out, nil
}

// feedTitle names the feed after its filter.
func (h *Handler) feedTitle(f feedQuery, docs []Dataset) string {
	t := "정보소통광장 새 공개 문서"
	if f.org != "" {
		t += " — " + h.orgName(f.org, "")
	}
	if f.dept != "" {
		name := f.dept
		for _, d := range docs {
			if d.Department.Code == f.dept {
				name = d.Department.Name
				break
			}
		}
		t += " " + name
	}
	if f.keyword != "" {
		t += " — 주제어 " + f.keyword
	}
	return t
}

func (h *Handler) description(d Dataset) string {
	if d.Closed {
		return "비공개 문서(목록만 공개). 근거: 정보공개법 제9조제1항 " + itemList(d.Exemptions)
	}
	return d.Summary
}

type rssDoc struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title       string    `xml:"title"`
	Link        string    `xml:"link"`
	Self        atomLink  `xml:"atom:link"`
	Description string    `xml:"description"`
	Language    string    `xml:"language"`
	LastBuild   string    `xml:"lastBuildDate,omitempty"`
	TTL         int       `xml:"ttl"`
	Items       []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	Description string   `xml:"description"`
	GUID        rssGUID  `xml:"guid"`
	PubDate     string   `xml:"pubDate"`
	Categories  []string `xml:"category"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

func (h *Handler) rss(w http.ResponseWriter, r *http.Request) {
	f, bad := readFeedQuery(r.URL.Query())
	if bad != "" {
		plainError(w, http.StatusBadRequest, "query.bad_param", bad)
		return
	}
	docs, err := h.entries(r, f)
	if err != nil {
		h.fail(w, r, "feed", err)
		return
	}
	base := h.base(r)
	ch := rssChannel{
		Title: h.feedTitle(f, docs), Link: base + "/", Description: "결재된 행정문서를 개인정보를 가린 뒤 공개합니다.",
		Language: "ko", TTL: maxAgeListing / 60,
		Self: atomLink{Href: f.url(base, "rss"), Rel: "self", Type: "application/rss+xml"},
	}
	if len(docs) > 0 {
		ch.LastBuild = newest(docs).Format(time.RFC1123Z)
	}
	for _, d := range docs {
		ch.Items = append(ch.Items, rssItem{
			Title: d.Title, Link: h.pageURL(base, d.Key()), Description: h.description(d),
			GUID: rssGUID{Value: packageID(d.Key())}, PubDate: d.PublishedAt.In(kst).Format(time.RFC1123Z),
			Categories: append([]string{d.Department.Name}, d.Keywords...),
		})
	}
	writeXML(w, r, h, "application/rss+xml; charset=utf-8", rssDoc{Version: "2.0", Atom: "http://www.w3.org/2005/Atom", Channel: ch})
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      string         `xml:"title"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published"`
	Link       atomLink       `xml:"link"`
	Summary    string         `xml:"summary"`
	Author     atomPerson     `xml:"author"`
	Categories []atomCategory `xml:"category"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

func (h *Handler) atom(w http.ResponseWriter, r *http.Request) {
	f, bad := readFeedQuery(r.URL.Query())
	if bad != "" {
		plainError(w, http.StatusBadRequest, "query.bad_param", bad)
		return
	}
	docs, err := h.entries(r, f)
	if err != nil {
		h.fail(w, r, "feed", err)
		return
	}
	base := h.base(r)
	self := f.url(base, "atom")
	updated := time.Unix(0, 0).UTC()
	if len(docs) > 0 {
		updated = newest(docs)
	}
	feed := atomFeed{
		Lang: "ko", ID: self, Title: h.feedTitle(f, docs), Updated: updated.In(kst).Format(time.RFC3339),
		Links:  []atomLink{{Href: self, Rel: "self", Type: "application/atom+xml"}, {Href: base + "/", Rel: "alternate", Type: "text/html"}},
		Author: atomPerson{Name: h.orgName(h.d.DefaultOrg, "정보소통광장")},
	}
	if f.org != "" {
		feed.Author.Name = h.orgName(f.org, f.org)
	}
	for _, d := range docs {
		e := atomEntry{
			ID: h.datasetIRI(base, d), Title: d.Title, Summary: h.description(d),
			Updated: d.PublishedAt.In(kst).Format(time.RFC3339), Published: d.PublishedAt.In(kst).Format(time.RFC3339),
			Link:   atomLink{Href: h.pageURL(base, d.Key()), Rel: "alternate", Type: "text/html"},
			Author: atomPerson{Name: h.orgName(d.Org.Code, d.Org.Name) + " " + d.Department.Name},
		}
		for _, c := range append([]string{d.Department.Name}, d.Keywords...) {
			e.Categories = append(e.Categories, atomCategory{Term: c})
		}
		feed.Entries = append(feed.Entries, e)
	}
	writeXML(w, r, h, "application/atom+xml; charset=utf-8", feed)
}

// newest is the latest publication among docs.
func newest(docs []Dataset) time.Time {
	t := docs[0].PublishedAt
	for _, d := range docs[1:] {
		if d.PublishedAt.After(t) {
			t = d.PublishedAt
		}
	}
	return t
}

// writeXML writes v with the XML declaration.
func writeXML(w http.ResponseWriter, r *http.Request, h *Handler, contentType string, v any) {
	data, err := xml.MarshalIndent(v, "", " ")
	if err != nil {
		h.fail(w, r, "encode xml", err)
		return
	}
	w.Header().Set("Content-Type", contentType)
	cacheFor(w, maxAgeListing)
	_, _ = w.Write([]byte(xml.Header))
	_, _ = w.Write(data)
	_, _ = w.Write([]byte("\n"))
}
