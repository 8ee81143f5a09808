package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/chromium"
)

// portalPage is one page of the citizen portal the accessibility test
// visits: its address and the condition that says its content is drawn.
type portalPage struct {
	name, path, ready string
}

// portalPages lists every page of the citizen portal on a seeded stack:
// a public and a closed document, and a question asked on the former,
// whose tracking link carries its token.
func portalPages(t *testing.T, s *Stack) []portalPage {
	t.Helper()
	first := func(grade string) string {
		var res struct {
			Items []struct{ ID string }
		}
		if code := getJSON(t, s.API, "/api/documents?size=1&grade="+grade, &res); code != http.StatusOK || len(res.Items) == 0 {
			t.Fatalf("no %s document in the seeded stack (%d)", grade, code)
		}
		return res.Items[0].ID
	}
	open, closed := first("public"), first("closed")
	code, res := do(t, s.API, "POST", "/api/inquiries", "", map[string]any{
		"document_id": open, "question": "이 사업의 세부 일정을 알고 싶습니다.",
		"email": "citizen@example.org", "consent": true,
	})
	if code != http.StatusCreated {
		t.Fatalf("ask: %d %v", code, res)
	}
	qid, _ := res["id"].(string)
	tok, _ := res["token"].(string)
	q := url.QueryEscape("계획")
	const results = `document.querySelector("#results li.result")`
	const doc = `document.querySelector("#doc-view h1") && document.querySelector("#related") && document.querySelector("#qa")`
	return []portalPage{
		{"home", "/", results + ` && document.querySelector("#glance a") && document.querySelector("#notices li")`},
		{"search", "/?q=" + q, results},
		{"document", "/?id=" + open, doc},
		{"closed document", "/?id=" + closed, `document.querySelector(".closed-note")`},
		{"ask form", "/?id=" + open + "&ask=1", `document.getElementById("ask-consent") && !document.getElementById("ask-consent").disabled`},
		{"tracking", "/?inquiry=" + qid + "#token=" + tok, `document.querySelector("#inquiry-view h1") && document.getElementById("inquiry-question")`},
		{"statistics", "/?view=stats", `document.querySelector("#stats-view table")`},
		{"usage", "/?view=usage", `document.querySelector("#stats-view h1") && !document.getElementById("status").textContent`},
		{"English home", "/en/", results + ` && document.querySelector("#glance a") && document.querySelector("#notices li")`},
		{"English search", "/en/?q=" + q, results},
		{"English document", "/en/?id=" + open, doc},
		{"English closed document", "/?lang=en&id=" + closed, `document.querySelector(".closed-note")`},
		{"English statistics", "/en/?view=stats", `document.querySelector("#stats-view table")`},
		{"no-JS list", "/documents?q=" + q, `document.querySelector("ol.results li")`},
		{"no-JS English list", "/documents?lang=en&q=" + q, `document.querySelector("ol.results li")`},
		{"no-JS document", "/documents/" + open, `document.querySelector("h1")`},
	}
}

// TestPortalAxe runs the console's axe-core audit on every page of the
// citizen portal, Korean and English, the script's pages and the plain
// ones served without it, at 360 and 1280 px: no violation of any impact
// (issue 14 asks for no serious or critical one; the console is held to
// all, and the portal has none either). It keeps a screenshot of each in $PLAZA_SCREENSHOT_DIR when
// that is set.
func TestPortalAxe(t *testing.T) {
	axe := axeScript(t)
	chromium.Require(t)
	s := openStack(t, t.TempDir(), 30)
	t.Cleanup(func() { s.Close() })
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	srv := httptest.NewServer(s.API)
	t.Cleanup(srv.Close)
	pages := portalPages(t, s)
	b := chromium.New(t)
	b.Open("about:blank")
	for _, w := range []int{360, 1280} {
		b.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": w, "height": 800, "deviceScaleFactor": 1, "mobile": w < 500}, nil)
		for _, p := range pages {
			// A mark on the old page tells it from the new one.
			b.Eval(`window.plazaOldPage = true`)
			b.Call("Page.navigate", map[string]any{"url": srv.URL + p.path}, nil)
			b.WaitFor(p.name, `!window.plazaOldPage && document.readyState === "complete" && `+p.ready)
			axeAudit(t, b, axe, fmt.Sprintf("%s (%s) at %d px", p.name, p.path, w))
			shot(t, b, fmt.Sprintf("portal-%d-%s.png", w, strings.ReplaceAll(p.name, " ", "-")))
		}
	}
}

// layoutShifts records, from the page's first paint, every layout shift
// not caused by input, with the nodes that moved.
const layoutShifts = `window.plazaShifts = [];
new PerformanceObserver(function (l) {
	l.getEntries().forEach(function (e) {
		if (!e.hadRecentInput) window.plazaShifts.push({value: e.value, nodes: e.sources.map(function (s) { var n = s.node; return n ? (n.id || n.className || n.nodeName) : "?"; }).join(" ")});
	});
}).observe({type: "layout-shift", buffered: true});`

// TestPortalLayoutIsStable loads the portal's pages on a slow phone (CPU
// 8 times slower, a slow network, 360 px) and sums their layout shifts,
// which Lighthouse weighs as CLS: each stays under 0.1. The slowness is
// what lets the page paint before its script draws the content, as a
// phone does; on a fast machine nothing would move.
func TestPortalLayoutIsStable(t *testing.T) {
	chromium.Require(t)
	s := openStack(t, t.TempDir(), 30)
	t.Cleanup(func() { s.Close() })
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	srv := httptest.NewServer(s.API)
	t.Cleanup(srv.Close)
	pages := portalPages(t, s)
	b := chromium.New(t)
	b.Open("about:blank")
	b.Call("Page.enable", map[string]any{}, nil)
	b.Call("Page.addScriptToEvaluateOnNewDocument", map[string]any{"source": layoutShifts}, nil)
	b.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": true}, nil)
	b.Call("Emulation.setCPUThrottlingRate", map[string]any{"rate": 8}, nil)
	b.Call("Network.enable", map[string]any{}, nil)
	b.Call("Network.emulateNetworkConditions", map[string]any{"offline": false, "latency": 150, "downloadThroughput": 200000, "uploadThroughput": 100000}, nil)
	for _, p := range pages {
		switch p.name {
		case "home", "search", "document", "closed document", "English home", "English search", "English document", "statistics":
		default:
			continue
		}
		b.Eval(`window.plazaOldPage = true`)
		b.Call("Page.navigate", map[string]any{"url": srv.URL + p.path}, nil)
		b.WaitFor(p.name, `!window.plazaOldPage && document.readyState === "complete" && `+p.ready)
		// The boxes of the second script and the figures arrive after the
		// content: wait until the network is quiet.
		b.WaitFor(p.name+" settled", `performance.getEntriesByType("resource").every(function (r) { return r.responseEnd > 0; }) && !document.getElementById("status").textContent.trim().endsWith("…")`)
		var shifts []struct {
			Value float64
			Nodes string
		}
		if err := json.Unmarshal(b.Eval(`new Promise(function (ok) { setTimeout(function () { ok(window.plazaShifts); }, 500); })`), &shifts); err != nil {
			t.Fatal(err)
		}
		sum, moved := 0.0, []string{}
		for _, sh := range shifts {
			sum += sh.Value
			moved = append(moved, fmt.Sprintf("%.3f %s", sh.Value, sh.Nodes))
		}
		if sum >= 0.1 {
			t.Errorf("%s: layout shifts sum to %.3f (CLS must stay under 0.1): %s", p.name, sum, strings.Join(moved, "; "))
		}
	}
}
