package api

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/chromium"
)

// handler is an inline event handler in markup.
var handler = regexp.MustCompile(`<[^>]*\son[a-z]+=`)

// docLinks are the documents a list page links, in order.
var docLinks = regexp.MustCompile(`<h2(?: lang="ko")?><a href="/documents/([^"?]+)`)

// TestDocumentsPageShowsWhatTheAPIShows: the plain list names exactly the
// documents GET /api/documents answers, for the same parameters, in the
// same order, and nothing of a closed document but its listing.
func TestDocumentsPageShowsWhatTheAPIShows(t *testing.T) {
	e := newEnv(t)
	for _, q := range []string{"", "q=%EC%A0%95%EB%B3%B4%EA%B3%B5%EA%B0%9C", "grade=closed", "sort=date&size=2", "sort=date&size=2&page=2",
		"organization=6110000&department=" + deptInfo, "from=2015-01-01&to=2015-12-31", "q=%EC%84%A4%EB%AA%85%ED%9A%8C&lang=en"} {
		t.Run(q, func(t *testing.T) {
			w := e.do(t, "GET", "/api/documents?"+q, "", nil)
			if w.Code != 200 {
				t.Fatalf("api: %d %s", w.Code, w.Body)
			}
			var res searchResponse
			if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, h := range res.Items {
				want = append(want, url.PathEscape(h.ID))
			}
			p := e.do(t, "GET", "/documents?"+q, "", nil)
			page := p.Body.String()
			if p.Code != 200 || !strings.HasPrefix(p.Header().Get("Content-Type"), "text/html") {
				t.Fatalf("page: %d %q", p.Code, p.Header().Get("Content-Type"))
			}
			var got []string
			for _, m := range docLinks.FindAllStringSubmatch(page, -1) {
				got = append(got, m[1])
			}
			if !slices.Equal(got, want) {
				t.Errorf("page lists %v, the API %v", got, want)
			}
			mustNotContain(t, "page", page, "SECRET", "<script", "홍길동", "김철수", " style=")
			if handler.MatchString(page) {
				t.Errorf("page has an event handler: %s", handler.FindString(page))
			}
			if len(res.Items) == 0 {
				t.Error("a query that finds nothing tests nothing")
			}
		})
	}
}

// TestDocumentsPage reads the plain list as a reader would: the query
// kept in the form, hostile titles as text, highlights, facets that link
// the same page with one more filter, a pager, the closed document's
// listing only, English labels around Korean content, and a 400 page.
func TestDocumentsPage(t *testing.T) {
	e := newEnv(t)
	get := func(target string, status int) string {
		t.Helper()
		w := e.do(t, "GET", target, "", nil)
		if w.Code != status {
			t.Fatalf("%s: %d, want %d: %s", target, w.Code, status, w.Body)
		}
		return w.Body.String()
	}
	q := url.QueryEscape("설명회")
	page := get("/documents?q="+q, 200)
	mustContain(t, "search", page, `<html lang="ko">`, "<title>‘설명회’ 검색 결과 — 정보소통광장</title>", `<meta name="robots" content="noindex, follow">`,
		`value="설명회"`, "‘설명회’ 검색 결과 1건", "<mark>설명회</mark>", "&lt;script&gt;alert(1)&lt;/script&gt; 주민 설명회",
		`<a href="/documents/XSS-0001">`, `<section data-facet="department">`, `href="/documents?department=1100200&amp;organization=6110000&amp;q=`+q+`"`,
		`<span class="badge public">공개</span> <span>회의록</span>`, "2016. 01. 05.", `<span class="page">1 / 1</span>`,
		`<a href="/documents?lang=en&amp;q=`+q+`" lang="en" hreflang="en">English</a>`)
	mustNotContain(t, "search", page, "<script>alert(1)", "<b onmouseover", `rel="next"`)

	page = get("/documents?grade=closed", 200)
	mustContain(t, "closed", page, "수사 협조 요청에 대한 회신", "비공개 문서입니다. 목록 정보만 공개합니다.", `aria-current="true"`)
	mustNotContain(t, "closed", page, "SECRET")

	page = get("/documents?sort=date&size=1&page=2", 200)
	mustContain(t, "pager", page, `<a rel="prev" href="/documents?size=1&amp;sort=date">`, `<span class="page">2 / 4</span>`,
		`<a rel="next" href="/documents?page=3&amp;size=1&amp;sort=date">`)

	page = get("/documents", 200)
	mustNotContain(t, "home", page, `name="robots"`)
	mustContain(t, "home", page, "전체 문서 4건")

	page = get("/documents?lang=en&q="+q, 200)
	mustContain(t, "english", page, `<html lang="en">`, "<title>‘설명회’: search results — Information Communication Plaza</title>",
		`<input type="hidden" name="lang" value="en">`, "‘설명회’: results 1", `<h2 lang="ko"><a href="/documents/XSS-0001?lang=en">`,
		`<span class="badge public">Public</span> <span>Minutes</span> <span lang="ko">도시교통실 교통정책과</span> <span>5 Jan 2016</span>`,
		"Document type", `<a href="/documents?q=`+q+`" lang="ko" hreflang="ko">한국어</a>`, `<a class="brand" href="/en/">`)
	mustNotContain(t, "english", page, "검색 결과", ">공개<", "문서 유형")

	// A query that is personal data is shown back masked, in the title,
	// the box and the links alike.
	page = get("/documents?grade=public&q="+url.QueryEscape("880315-1234567"), 200)
	mustContain(t, "masked echo", page, "‘880315-1******’ 검색 결과 0건", `value="880315-1******"`)
	mustNotContain(t, "masked echo", page, "1234567")
	page = get("/documents?grade=secret&q="+url.QueryEscape("880315-1234567"), 400)
	mustNotContain(t, "masked echo on a 400", page, "1234567")

	page = get("/documents?grade=secret", 400)
	mustContain(t, "bad", page, `<p class="error" role="alert" lang="en">grade must be public, partial or closed</p>`)
}

// TestPortalWithoutJavaScript reads the portal in Chromium with scripts
// off: the home page says where to go and its search form leads to the
// plain list, which shows the results, and a result to its page with the
// text. Nothing there needs a script.
func TestPortalWithoutJavaScript(t *testing.T) {
	e := newEnv(t)
	srv := httptest.NewServer(e.h)
	t.Cleanup(srv.Close)
	b := chromium.New(t)
	b.Open("about:blank")
	// The page's scripts are off; the test's own reads still run.
	b.Call("Emulation.setScriptExecutionDisabled", map[string]any{"value": true}, nil)
	read := func(target, ready string) string {
		t.Helper()
		b.Call("Page.navigate", map[string]any{"url": srv.URL + target}, nil)
		b.WaitFor(target, ready)
		return b.Text(`document.documentElement.outerHTML`)
	}
	home := read("/", `document.querySelector("footer") && location.pathname === "/"`)
	mustContain(t, "home", home, `<form id="search" class="search" role="search" action="/documents" method="get">`, `<a href="/documents">문서 목록</a>`)
	if got := b.Text(`String(document.getElementById("results-view").hidden) + " " + document.documentElement.lang`); got != "true ko" {
		t.Errorf("with scripts off the page's script ran: %s", got)
	}
	// The form as a reader submits it.
	b.Eval(`document.getElementById("q").value = "추진계획"; document.getElementById("search").requestSubmit(); 1`)
	b.WaitFor("the list", `location.pathname === "/documents" && document.querySelector("ol.results")`)
	list := b.Text(`document.documentElement.outerHTML`)
	mustContain(t, "list", list, "‘추진계획’ 검색 결과 1건", `<a href="/documents/SEOUL-2014-0001">2014년 정보공개 추진계획</a>`, "<mark>추진계획</mark>")
	b.Click(`ol.results a`)
	b.WaitFor("the document", `location.pathname === "/documents/SEOUL-2014-0001" && document.querySelector("h1")`)
	doc := b.Text(`document.documentElement.outerHTML`)
	mustContain(t, "document", doc, "<h1>2014년 정보공개 추진계획</h1>", "시민에게 행정정보를 적극 공개하기 위한")
	mustNotContain(t, "document", doc, "홍길동")
	b.Screenshot(shotPath(t, os.Getenv("PLAZA_SCREENSHOT_DIR"), "nojs-document-mobile.png"))
	// Both plain pages work from 360 px: nothing scrolls sideways.
	b.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": true}, nil)
	for _, target := range []string{"/documents?lang=en&q=" + url.QueryEscape("정보공개"), "/documents/SEOUL-2014-0001?lang=en"} {
		read(target, `document.querySelector("h1")`)
		if w := b.Text(`String(document.documentElement.scrollWidth)`); w != "360" {
			t.Errorf("%s: %s px wide at 360 px", target, w)
		}
	}
}

// TestDocumentPDF downloads a document's PDF as the portal's link does
// and reads it back: the masked text and attachment, no official's name;
// the document's JSON says it is there; a closed document has none.
func TestDocumentPDF(t *testing.T) {
	e := newEnv(t)
	if e.h.d.PDFFont == nil {
		t.Skip("fonts-nanum missing (required under CI)")
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("poppler-utils is required under CI: %v", err)
		}
		t.Skip("poppler-utils missing")
	}
	w := e.do(t, "GET", "/api/documents/SEOUL-2014-0001/pdf?org=6110000", "", nil)
	if w.Code != 200 || w.Header().Get("Content-Type") != "application/pdf" ||
		w.Header().Get("Content-Disposition") != `attachment; filename="SEOUL-2014-0001.pdf"; filename*=UTF-8''2014%EB%85%84%20%EC%A0%95%EB%B3%B4%EA%B3%B5%EA%B0%9C%20%EC%B6%94%EC%A7%84%EA%B3%84%ED%9A%8D.pdf` {
		t.Fatalf("%d %q %q", w.Code, w.Header().Get("Content-Type"), w.Header().Get("Content-Disposition"))
	}
	cmd := exec.Command(pdftotext, "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(w.Body.Bytes())
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	mustContain(t, "pdf", text, "2014년 정보공개 추진계획", "문의 010-****-5678.", "첨부: 붙임1. 추진계획.hwp", "붙임 일정표: 정보공개 확대",
		"출처: http://example.com/documents/SEOUL-2014-0001")
	mustNotContain(t, "pdf", text, "홍길동", "김철수")

	var d struct{ PDF bool }
	if err := json.Unmarshal(e.do(t, "GET", "/api/documents/SEOUL-2014-0001", "", nil).Body.Bytes(), &d); err != nil || !d.PDF {
		t.Errorf("the document does not offer its PDF: %v", err)
	}
	d.PDF = false
	if err := json.Unmarshal(e.do(t, "GET", "/api/documents/SEOUL-2014-0003", "", nil).Body.Bytes(), &d); err != nil || d.PDF {
		t.Errorf("the closed document offers a PDF: %v", err)
	}
	if w := e.do(t, "GET", "/api/documents/SEOUL-2014-0003/pdf", "", nil); w.Code != 404 || strings.Contains(w.Body.String(), "SECRET") {
		t.Errorf("closed: %d %s", w.Code, w.Body)
	}
}
