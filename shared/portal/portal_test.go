package portal

import (
	"io/fs"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/org"
)

func TestHandler(t *testing.T) {
	h := Handler()
	cases := []struct {
		path, status, ctype, body string
	}{
		{"/", "200", "text/html", `<html lang="ko">`},
		// The English interface is the same page; its script reads the path.
		{"/en/", "200", "text/html", `<script src="/static/i18n.js" defer>`},
		{"/en", "301", "", ""},
		{"/static/i18n.js", "200", "javascript", `"use strict"`},
		{"/static/app.js", "200", "javascript", `"use strict"`},
		{"/static/app.css", "200", "text/css", "--brand"},
		{"/static/", "301", "", ""},
		{"/static/nope.js", "404", "", ""},
		{"/staff/", "200", "text/html", `<script src="/static/staff/console.js" defer>`},
		{"/static/staff/console.js", "200", "javascript", `"use strict"`},
		{"/static/staff/console.css", "200", "text/css", ".queue"},
		{"/static/favicon.svg", "200", "image/svg+xml", "<svg"},
		{"/staff", "301", "", ""},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest("GET", c.path, nil))
			if got := strings.TrimSpace(strings.Fields(w.Result().Status)[0]); got != c.status {
				t.Errorf("%s: status %s, want %s", c.path, got, c.status)
			}
			if !strings.Contains(w.Header().Get("Content-Type"), c.ctype) || !strings.Contains(w.Body.String(), c.body) {
				t.Errorf("%s: %q %.60q", c.path, w.Header().Get("Content-Type"), w.Body.String())
			}
		})
	}
}

// TestNoMarkupFromData guards the rule that keeps the portal free of XSS:
// nothing is parsed as HTML, and there is no inline script or handler that
// the CSP (script-src 'self') would have to allow.
func TestNoMarkupFromData(t *testing.T) {
	for _, name := range []string{"app.js", "i18n.js", "feedback.js", "staff/console.js"} {
		js, err := fs.ReadFile(FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"} {
			if strings.Contains(string(js), bad) {
				t.Errorf("%s uses %s", name, bad)
			}
		}
	}
	for _, name := range []string{"index.html", "staff/index.html"} {
		page, err := fs.ReadFile(FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		if regexp.MustCompile(`<script>|<script [^>]*>[^<]|\son[a-z]+=|style=`).Match(page) {
			t.Errorf("%s has inline script, style or event handlers", name)
		}
	}
}

// TestEmblemsOfEmbeddedOrganizations: every embedded organization's
// branding.emblem is one of the portal's files, so the URL that GET
// /api/organizations gives (/static/<emblem>) is served, locally and from
// the site bucket.
func TestEmblemsOfEmbeddedOrganizations(t *testing.T) {
	h := Handler()
	for _, o := range org.Embedded().All() {
		if _, err := fs.Stat(FS(), o.Branding.Emblem); err != nil {
			t.Errorf("%s: emblem %q: %v", o.Code, o.Branding.Emblem, err)
			continue
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/static/"+o.Branding.Emblem, nil))
		if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "image/") {
			t.Errorf("%s: /static/%s: %d %q", o.Code, o.Branding.Emblem, w.Code, w.Header().Get("Content-Type"))
		}
	}
}

// TestPagesWithoutScript: with JavaScript off a reader still gets a skip
// link, a message and a way to the documents, and the browser finds the
// favicon (no console error).
func TestPagesWithoutScript(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"index.html", []string{`<a class="skip" href="#main" data-en="Skip to content">`, `<main id="main"`, "<noscript>", `href="/sitemap.xml"`,
			// Without the script, the search goes to the server's plain list.
			`action="/documents" method="get"`, `<a href="/documents">`, `<link rel="icon" href="/static/favicon.svg"`, "<h1"}},
		{"staff/index.html", []string{`<a class="skip" href="#main">`, `<main id="main"`, "<noscript>", `<link rel="icon" href="/static/favicon.svg"`, "<h1"}},
	} {
		page, err := fs.ReadFile(FS(), c.name)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !strings.Contains(string(page), w) {
				t.Errorf("%s lacks %s", c.name, w)
			}
		}
	}
}

// TestEveryInterfaceStringHasEnglish: every Korean string literal of the
// portal's scripts goes through PlazaI18n.t and has an English entry in
// i18n.js, so the English interface (/en/, ?lang=en) has no Korean left
// on pages the browser test does not open (tracking, reports, usage,
// feedback, subscriptions).
func TestEveryInterfaceStringHasEnglish(t *testing.T) {
	dict, err := fs.ReadFile(FS(), "i18n.js")
	if err != nil {
		t.Fatal(err)
	}
	hangul := regexp.MustCompile(`\p{Hangul}`)
	literal := regexp.MustCompile(`(t\()?"((?:[^"\\\n]|\\.)*)"`)
	checked := 0
	for _, name := range []string{"app.js", "feedback.js"} {
		js, err := fs.ReadFile(FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(js), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				continue
			}
			code, _, _ := strings.Cut(line, " // ")
			for _, m := range literal.FindAllStringSubmatch(code, -1) {
				if !hangul.MatchString(m[2]) {
					continue
				}
				switch {
				case m[1] == "" && m[2] != "한국어": // the switch names Korean in Korean
					t.Errorf("%s:%d: Korean literal outside t(): %q", name, n+1, m[2])
				case m[1] != "" && !strings.Contains(string(dict), `"`+m[2]+`":`):
					t.Errorf("%s:%d: no English for %q", name, n+1, m[2])
				}
				checked++
			}
		}
	}
	if checked < 300 {
		t.Errorf("only %d Korean literals found: the check reads the scripts wrongly", checked)
	}
}
