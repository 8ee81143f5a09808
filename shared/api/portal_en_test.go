package api

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/chromium"
)

// englishProblems lists, on the page in the browser, what breaks the
// English mode: a page language other than en, Korean literals the
// scripts asked for without an English entry (PlazaI18n.missing), and
// Korean text outside an element marked lang="ko" (the documents' own
// words are Korean and must say so, WCAG 3.1.2; anything else is an
// untranslated interface string).
const englishProblems = `(function(){
	var out = [];
	if (document.documentElement.lang !== "en") out.push("html lang " + document.documentElement.lang);
	PlazaI18n.missing.forEach(function (s) { out.push("no English for " + JSON.stringify(s)); });
	var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (var n = walk.nextNode(); n; n = walk.nextNode()) {
		var p = n.parentElement;
		if (!/[\uac00-\ud7a3]/.test(n.nodeValue) || p.closest("[lang='ko'], noscript, [hidden]")) continue;
		out.push("Korean outside lang=ko in <" + p.tagName.toLowerCase() + ">: " + n.nodeValue.trim().slice(0, 60));
	}
	return JSON.stringify(out);
})()`

// TestPortalInEnglish reads the portal with its English interface, from
// /en/ and from ?lang=en: search, a document, a closed document and the
// statistics, in a phone's viewport. The documents stay in Korean, marked
// as such; every interface string is English; dates follow the locale;
// links stay in English; the switch leads back to the same page in Korean.
func TestPortalInEnglish(t *testing.T) {
	e := newEnv(t)
	srv := httptest.NewServer(e.h)
	t.Cleanup(srv.Close)
	shots := os.Getenv("PLAZA_SCREENSHOT_DIR")
	b := chromium.New(t)

	// One browser for every page, so the sections run in order on the
	// test's own t (the browser fails the t it was made with).
	check := func(name string) {
		t.Helper()
		// Works from 360 px: nothing makes the page scroll sideways.
		b.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": true}, nil)
		if w := b.Text(`String(document.documentElement.scrollWidth)`); w != "360" {
			t.Errorf("%s: %s px wide at 360 px", name, w)
		}
		var problems []string
		if err := json.Unmarshal([]byte(b.Text(englishProblems)), &problems); err != nil {
			t.Fatal(err)
		}
		for _, p := range problems {
			t.Errorf("%s: %s", name, p)
		}
		b.Screenshot(shotPath(t, shots, "en-"+name+"-mobile.png"))
		b.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false}, nil)
		b.Screenshot(shotPath(t, shots, "en-"+name+"-desktop.png"))
	}

	{ // home
		b.Open(srv.URL + "/en/")
		b.WaitFor("the figures at a glance", `document.querySelector("#glance a") && document.querySelector("#results li.result")`)
		check("home")
		if got := b.Text(`document.getElementById("glance").textContent`); got != "Last 12 months: 8 received · 4 published · release ratio 50.0% Release statistics" {
			t.Errorf("at a glance: %q", got)
		}
		if h := b.Text(`document.querySelector("#glance a").getAttribute("href")`); h != "/en/?view=stats" {
			t.Errorf("the figures link %q", h)
		}
	}

	{ // search
		b.Open(srv.URL + "/en/?q=" + "%EC%84%A4%EB%AA%85%ED%9A%8C") // 설명회
		b.WaitFor("results", `document.querySelector("#results li.result")`)
		check("search")
		mustContain(t, "search", b.Text(`document.body.innerText`), "Find documents", "Release statistics",
			"‘설명회’: results 1", "Document type", "Disclosure", "Minutes")
		mustContain(t, "search", b.Text(`document.title`), "‘설명회’: search results — Information Communication Plaza")
		if h := b.Text(`document.querySelector("#results h3 a").getAttribute("href")`); !strings.HasPrefix(h, "/en/?id=") {
			t.Errorf("a hit links to %q, not the English page", h)
		}
		if h := b.Text(`document.getElementById("lang-switch").getAttribute("href")`); h != "/?q=%EC%84%A4%EB%AA%85%ED%9A%8C" {
			t.Errorf("the switch to Korean goes to %q", h)
		}
		if l := b.Text(`document.querySelector("#results h3 a").closest("[lang]").getAttribute("lang")`); l != "ko" {
			t.Errorf("a hit's Korean title is marked %q", l)
		}
		if a := b.Text(`document.getElementById("search").getAttribute("action")`); a != "/en/" {
			t.Errorf("the search form goes to %q", a)
		}
	}

	{ // document
		b.Open(srv.URL + "/en/?id=SEOUL-2014-0001")
		b.WaitFor("the document", `document.querySelector("#doc-view h1") && document.querySelector("#related li") && document.querySelector("#qa p")`)
		check("document")
		text := b.Text(`document.getElementById("doc-view").innerText`)
		// Dates in the English locale (2014-03-02 approved).
		mustContain(t, "document", text, "Document number", "Approved", "Published", "Related documents", "Questions and answers",
			"Ask a question", "2 Mar 2014", "Attachment: 붙임1. 추진계획.hwp", "(cites this document: 정보공개정책과-0001)", "2014년 정보공개 추진계획")
		mustNotContain(t, "document", text, "2014. 03. 02")
		// The type and grade in English, not the API's Korean labels.
		if got := b.Text(`document.querySelector("#doc-view .meta").textContent + " | " + Array.from(document.querySelectorAll("#doc-view dt")).filter(function (n) { return n.textContent === "Disclosure"; })[0].nextElementSibling.textContent`); got != "PublicApproval | Public" {
			t.Errorf("type and grade: %q", got)
		}
		// Plaza's PDF of the masked text, offered by the document.
		mustContain(t, "document", text, "Download as PDF", "not the original file")
		if h := b.Text(`document.getElementById("doc-pdf").getAttribute("href")`); h != "/api/documents/SEOUL-2014-0001/pdf?org=6110000" {
			t.Errorf("the PDF link is %q", h)
		}
		if l := b.Text(`document.getElementById("doc-body").getAttribute("lang")`); l != "ko" {
			t.Errorf("the document's text is marked %q, want ko", l)
		}
		// Printed, the document keeps its text, metadata and related
		// documents and loses the page's controls.
		b.Call("Emulation.setEmulatedMedia", map[string]any{"media": "print"}, nil)
		shown := `["search", "doc-body", "related", "report-open", "lang-switch"].map(function (id) {
			var n = document.getElementById(id); return id + ":" + (n ? getComputedStyle(n).display !== "none" && !!n.offsetParent : "missing");
		}).join(" ") + " actions:" + Array.from(document.querySelectorAll("#doc-view .actions")).some(function (n) { return !!n.offsetParent; })`
		if got := b.Text(shown); got != "search:false doc-body:true related:true report-open:false lang-switch:false actions:false" {
			t.Errorf("printed: %s", got)
		}
		b.Call("Emulation.setEmulatedMedia", map[string]any{"media": ""}, nil)
	}

	{ // closed document
		b.Open(srv.URL + "/?lang=en&id=SEOUL-2014-0003")
		b.WaitFor("the document", `document.querySelector("#doc-view h1") && document.querySelector("#qa p")`)
		check("closed")
		mustContain(t, "closed", b.Text(`document.getElementById("doc-view").innerText`), "This document is closed", "Item 4 Trials and investigations — pending trials", "Item 6 Personal data (privacy)", "Ask a question (disclosure request)")
		if b.Text(`String(!!document.getElementById("doc-pdf"))`) != "false" {
			t.Error("a closed document offers a PDF")
		}
	}

	{ // statistics
		b.Open(srv.URL + "/en/?view=stats&period=month&organization=6110000")
		b.WaitFor("the figures", `document.querySelector("#stats-view table")`)
		check("stats")
		mustContain(t, "stats", b.Text(`document.getElementById("stats-view").innerText`), "Releases by organization", "Releases by department",
			"Release ratio", "Monthly release ratio (2025-12 ~ 2026-11)", "Download these figures as CSV", "42.9%")
		if a := b.Text(`document.querySelector(".stats-form").getAttribute("action")`); a != "/en/" {
			t.Errorf("the period form goes to %q", a)
		}
	}

	{ // keyboard only: skip link, search, a result, the document
		b.Open(srv.URL + "/en/")
		b.WaitFor("the home", `document.querySelector("#results li.result") && document.querySelector("#glance a")`)
		key := func(name string, code int) {
			t.Helper()
			for _, typ := range []string{"rawKeyDown", "keyUp"} {
				ev := map[string]any{"type": typ, "key": name, "code": name, "windowsVirtualKeyCode": code}
				if name == "Enter" && typ == "rawKeyDown" {
					b.Call("Input.dispatchKeyEvent", map[string]any{"type": "keyDown", "key": name, "code": name, "windowsVirtualKeyCode": code, "text": "\r"}, nil)
					continue
				}
				b.Call("Input.dispatchKeyEvent", ev, nil)
			}
		}
		focused := func() string {
			return b.Text(`(document.activeElement.id || document.activeElement.tagName) + " " + document.activeElement.textContent.trim().slice(0, 40)`)
		}
		key("Tab", 9)
		if got := focused(); got != "A Skip to content" {
			t.Fatalf("first Tab lands on %q", got)
		}
		key("Enter", 13)
		b.WaitFor("the main region focused", `document.activeElement.id === "main"`)
		key("Tab", 9)
		if got := focused(); !strings.HasPrefix(got, "q ") {
			t.Fatalf("Tab after the skip link lands on %q, not the search box", got)
		}
		b.Call("Input.insertText", map[string]any{"text": "추진계획"}, nil)
		key("Enter", 13)
		b.WaitFor("the results", `location.search === "?q=%EC%B6%94%EC%A7%84%EA%B3%84%ED%9A%8D" && document.querySelector("#results li.result a")`)
		for i := 0; i < 60 && !strings.HasPrefix(b.Text(`document.activeElement.getAttribute("href") || ""`), "/en/?id="); i++ {
			key("Tab", 9)
		}
		if got := b.Text(`document.activeElement.getAttribute("href") || focused()`); got != "/en/?id=SEOUL-2014-0001&org=6110000" {
			t.Fatalf("Tab never reached the result, stopped at %q", got)
		}
		key("Enter", 13)
		b.WaitFor("the document", `document.querySelector("#doc-view h1") && document.querySelector("#doc-view h1").textContent === "2014년 정보공개 추진계획"`)
	}
}
