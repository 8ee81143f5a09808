package opendata

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
)

// xmllint validates a file against testdata/sitemap.xsd.
func xmllint(t *testing.T, path string) {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("xmllint is missing; CI must have it (apt-get install libxml2-utils)")
		}
		t.Skip("xmllint is missing (apt-get install libxml2-utils)")
	}
	if out, err := exec.Command(bin, "--noout", "--schema", filepath.Join("testdata", "sitemap.xsd"), path).CombinedOutput(); err != nil {
		t.Errorf("%s is not valid against the sitemap schema: %v\n%s", filepath.Base(path), err, out)
	}
}

// TestSitemapsListEveryDocumentPage: the index names one sitemap per
// slice of documents, each valid against the sitemap schema and within
// its size; together they list every document's page once, the pages the
// CKAN packages name; robots.txt points at the index.
func TestSitemapsListEveryDocumentPage(t *testing.T) {
	e := newEnv(t)
	e.h.d.SitemapURLs = 2
	var docs []document.Public
	docs = append(docs, corpus()...)
	for i := range 3 {
		docs = append(docs, doc(cityHall, fmt.Sprintf("MORE-%04d", i), "1100200", "도시교통실 교통정책과", "plan", document.GradePublic,
			fmt.Sprintf("추가 문서 %d", i), "본문", time.Date(2017, 1, 1+i, 9, 0, 0, 0, kstTest), nil))
	}
	e.publish(t, docs...)
	dir := t.TempDir()
	idxPath, idxBody := e.save(t, dir, "sitemap.xml", "/sitemap.xml")
	xmllint(t, idxPath)
	var idx struct {
		Sitemaps []struct {
			Loc string `xml:"loc"`
		} `xml:"sitemap"`
	}
	if err := xml.Unmarshal(idxBody, &idx); err != nil {
		t.Fatal(err)
	}
	if len(idx.Sitemaps) != 4 { // 7 documents, 2 a sitemap
		t.Fatalf("%d sitemaps, want 4: %s", len(idx.Sitemaps), idxBody)
	}
	var locs []string
	lastmod := map[string]string{}
	for i, s := range idx.Sitemaps {
		path, body := e.save(t, dir, fmt.Sprintf("s%d.xml", i), strings.TrimPrefix(s.Loc, base))
		xmllint(t, path)
		var set struct {
			URLs []struct {
				Loc     string `xml:"loc"`
				LastMod string `xml:"lastmod"`
			} `xml:"url"`
		}
		if err := xml.Unmarshal(body, &set); err != nil {
			t.Fatal(err)
		}
		if len(set.URLs) == 0 || len(set.URLs) > 2 {
			t.Errorf("%s holds %d URLs", s.Loc, len(set.URLs))
		}
		for _, u := range set.URLs {
			locs = append(locs, u.Loc)
			lastmod[u.Loc] = u.LastMod
		}
	}
	// Each page's lastmod is its document's publication (W3C datetime,
	// which the schema checked above): the 2014 document's is 2026's.
	for _, d := range docs {
		u := e.h.pageURL(base, d.Key())
		if got, err := time.Parse(time.RFC3339, lastmod[u]); err != nil || !got.Equal(d.PublishedAt) {
			t.Errorf("%s: lastmod %q, published %v", u, lastmod[u], d.PublishedAt)
		}
	}
	var want []string
	for _, d := range docs {
		want = append(want, e.h.pageURL(base, d.Key()))
	}
	slices.Sort(locs)
	slices.Sort(want)
	if !slices.Equal(locs, want) {
		t.Errorf("the sitemaps list\n %v\nwant\n %v", locs, want)
	}
	if code, _, _ := e.get(t, "/sitemaps/5.xml"); code != 404 {
		t.Errorf("a sitemap past the last: %d", code)
	}
	if New(Deps{}).sitemapSize() != 50000 || New(Deps{SitemapURLs: 60000}).sitemapSize() != 50000 {
		t.Error("a sitemap may hold more than 50,000 URLs")
	}
	_, _, robots := e.get(t, "/robots.txt")
	if !strings.Contains(string(robots), "\nSitemap: "+base+"/sitemap.xml\n") || !strings.Contains(string(robots), "Disallow: /api/staff/") {
		t.Errorf("robots.txt: %s", robots)
	}
}

var ldBlock = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// TestDocumentPageCarriesSchemaOrg: a document's page holds schema.org
// JSON-LD (a DigitalDocument published by a GovernmentOrganization) and
// links its DCAT dataset; a closed document's page holds neither its text
// nor a text rendition.
func TestDocumentPageCarriesSchemaOrg(t *testing.T) {
	e := newEnv(t)
	e.publish(t, corpus()...)
	for _, d := range corpus() {
		target := "/documents/" + d.ID + e.h.orgQuery(d.Organization.Code)
		code, hdr, body := e.get(t, target)
		if code != 200 || hdr.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Fatalf("%s: %d %s", target, code, hdr.Get("Content-Type"))
		}
		noLeak(t, target, body)
		if d.ID == "SEOUL-2014-0001" {
			golden(t, "pages/SEOUL-2014-0001.html", body)
		}
		m := ldBlock.FindSubmatch(body)
		if m == nil {
			t.Fatalf("%s: no JSON-LD", target)
		}
		var ld map[string]any
		if err := json.Unmarshal(m[1], &ld); err != nil {
			t.Fatalf("%s: JSON-LD: %v", target, err)
		}
		pub, _ := ld["publisher"].(map[string]any)
		if ld["@context"] != "https://schema.org" || ld["@type"] != "DigitalDocument" || ld["name"] != d.Title ||
			pub["@type"] != "GovernmentOrganization" || ld["url"] != base+target {
			t.Errorf("%s: JSON-LD %v", target, ld)
		}
		if _, err := time.Parse(time.RFC3339, ld["datePublished"].(string)); err != nil {
			t.Errorf("%s: datePublished %v", target, ld["datePublished"])
		}
		alt := base + "/dataset/" + d.ID + ".jsonld" + e.h.orgQuery(d.Organization.Code)
		if !strings.Contains(string(body), `<link rel="alternate" type="application/ld+json" href="`+alt+`">`) {
			t.Errorf("%s does not link its dataset %s", target, alt)
		}
		if code, _, _ := e.get(t, strings.TrimPrefix(alt, base)); code != 200 {
			t.Errorf("%s: %d", alt, code)
		}
		closed := d.Disclosure.Grade == document.GradeClosed
		if closed == (ld["encoding"] != nil) || closed != strings.Contains(string(body), "비공개 문서입니다") {
			t.Errorf("%s: closed %v, encoding %v", target, closed, ld["encoding"])
		}
	}
	if code, _, _ := e.get(t, "/documents/NOPE"); code != 404 {
		t.Errorf("a missing document's page: %d", code)
	}
}

// TestNoClosedTextAnywhere: every open-data output, over documents whose
// closed one still holds its text in its object, holds neither that text
// nor an official's name nor the content hash.
func TestNoClosedTextAnywhere(t *testing.T) {
	e := newEnv(t)
	e.publish(t, corpus()...)
	targets := []string{
		"/api/3/action/package_search?rows=1000", "/api/3/action/package_search?q=" + url.QueryEscape("수사"),
		"/api/3/action/package_search?fq=grade:closed", "/api/3/action/tag_list?all_fields=true",
		"/api/3/action/organization_list?all_fields=true", "/api/3/action/status_show",
		"/catalog.jsonld", "/catalog.ttl", "/catalog", "/feeds/releases.rss", "/feeds/releases.atom",
		"/feeds/releases.rss?keyword=" + url.QueryEscape("수사"), "/sitemap.xml", "/sitemaps/1.xml", "/robots.txt",
	}
	for _, d := range corpus() {
		q := e.h.orgQuery(d.Organization.Code)
		targets = append(targets, "/api/3/action/package_show?id="+packageID(d.Key()), "/dataset/"+d.ID+".jsonld"+q,
			"/dataset/"+d.ID+q, "/documents/"+d.ID+q, "/dataset/"+d.ID+"/text/0.txt"+q, "/dataset/"+d.ID+"/text/1.txt"+q)
	}
	served := 0
	for _, target := range targets {
		code, _, body := e.get(t, target)
		if code == 200 {
			served++
		}
		noLeak(t, target, body)
	}
	if served < len(targets)-4 { // the closed document's two texts and two missing attachments answer 404
		t.Errorf("only %d of %d outputs served", served, len(targets))
	}
}

// TestDocumentPageEscapesHostileText: a title that tries to close the
// JSON-LD block or open a tag stays text.
func TestDocumentPageEscapesHostileText(t *testing.T) {
	e := newEnv(t)
	d := corpus()[0]
	d.Title = `</script><script>alert(1)</script><img src=x onerror=alert(2)>`
	d.Body = `본문 <b onmouseover=alert(3)>굵게</b>`
	e.publish(t, d)
	_, _, body := e.get(t, "/documents/"+d.ID)
	for _, bad := range []string{"<script>alert", "<img", "<b onmouseover"} {
		if strings.Contains(string(body), bad) {
			t.Errorf("the page holds %q:\n%s", bad, body)
		}
	}
	if n := strings.Count(string(body), "</script>"); n != 1 {
		t.Errorf("%d </script> in the page", n)
	}
}

// TestDocumentPageInEnglish: ?lang=en gives the page an English
// interface around the document's Korean words, which say they are
// Korean, and keeps the reader in English on the way back.
func TestDocumentPageInEnglish(t *testing.T) {
	e := newEnv(t)
	d := corpus()[0]
	e.publish(t, d)
	code, _, body := e.get(t, "/documents/"+d.ID+"?lang=en")
	page := string(body)
	if code != 200 {
		t.Fatalf("%d", code)
	}
	for _, want := range []string{`<html lang="en">`, "<dt>Document number</dt>", "<dt>Approved</dt><dd>2014-03-02</dd>",
		`<h1 lang="ko">` + d.Title + "</h1>", `<div class="doc-body" lang="ko">`, `<a href="/documents?lang=en">List of documents</a>`,
		`<a class="brand" href="/en/">`, "/en/?id=" + d.ID, "(text)"} {
		if !strings.Contains(page, want) {
			t.Errorf("the English page lacks %q", want)
		}
	}
	for _, bad := range []string{"문서번호", "결재일", "포털에서 보기", "(텍스트)"} {
		if strings.Contains(page, bad) {
			t.Errorf("the English page holds %q", bad)
		}
	}
}
