package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/chromium"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// consoleStack starts a seeded stack (no ticker: nothing writes but the
// requests), serves it, and signs a console in as an admin of City Hall.
func consoleStack(t *testing.T) (*Stack, *httptest.Server, *chromium.Browser, string) {
	t.Helper()
	chromium.Require(t)
	dir := t.TempDir()
	s := openStack(t, dir, 30)
	t.Cleanup(func() { s.Close() })
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	srv := httptest.NewServer(s.API)
	t.Cleanup(srv.Close)
	tok, err := s.Auth.Issue(auth.Claims{Subject: "console-test", Organization: "6110000", Department: "1100123", Admin: true}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	code, err := newLogin(dir, tok, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	b := chromium.New(t)
	b.Open(srv.URL + "/staff/#login=" + code)
	b.WaitFor("the console", `document.getElementById("console-nav") && !document.getElementById("console-nav").hidden && document.getElementById("queue")`)
	// What the CSP refuses from here on (an inline style, a script).
	b.Eval(`window.cspRefused = []; document.addEventListener("securitypolicyviolation", function (e) { window.cspRefused.push(e.violatedDirective + " " + e.blockedURI); })`)
	return s, srv, b, dir
}

// noCSPViolations checks that the CSP refused nothing the console did.
func noCSPViolations(t *testing.T, b *chromium.Browser) {
	t.Helper()
	if v := b.Text(`window.cspRefused.join("; ")`); v != "" {
		t.Errorf("the CSP refused: %s", v)
	}
}

// everything lists every object of the stack's buckets, every ledger
// record with its state, version and hash, and every index entry.
func everything(t *testing.T, s *Stack) string {
	t.Helper()
	ctx := context.Background()
	var out []string
	for _, b := range []string{buckets.Inbox, buckets.Work, buckets.Public} {
		if err := s.Store.List(ctx, b, "", func(i storage.Info) error {
			out = append(out, fmt.Sprintf("%s/%s %d", b, i.Key, i.Size))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	for after := ""; ; {
		recs, next, err := s.Ledger.List(ctx, ledger.Filter{After: after})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			out = append(out, fmt.Sprintf("ledger %s/%s %s v%d %s", r.Org, r.ID, r.State, r.Version, r.Hash))
		}
		if next == "" {
			break
		}
		after = next
	}
	res, err := s.Index.Search(ctx, search.Query{Size: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Items {
		out = append(out, fmt.Sprintf("index %s/%s v%d", h.Org, h.ID, h.Version))
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

// setFiles puts files in a file input, as choosing them does.
func setFiles(t *testing.T, b *chromium.Browser, id string, paths ...string) {
	t.Helper()
	var res struct {
		Result struct {
			ObjectID string `json:"objectId"`
		} `json:"result"`
	}
	if len(paths) == 0 { // none: as cancelling the chooser does
		b.Eval(`document.getElementById(` + chromium.JS(id) + `).value = ""`)
		return
	}
	b.Call("Runtime.evaluate", map[string]any{"expression": `document.getElementById(` + chromium.JS(id) + `)`}, &res)
	b.Call("DOM.setFileInputFiles", map[string]any{"files": paths, "objectId": res.Result.ObjectID}, nil)
}

// TestConsolePreReleaseCheckInChromium: a department types a draft with
// personal data and an attachment, then uploads a partial envelope citing
// item 5, and sees what would be published; the ledger, the buckets and
// the index are as they were.
func TestConsolePreReleaseCheckInChromium(t *testing.T) {
	s, _, b, _ := consoleStack(t)
	before := everything(t, s)
	if !strings.Contains(before, "index 6110000/") || !strings.Contains(before, "ledger 6110000/") {
		t.Fatalf("the stack holds nothing to compare: %s", before)
	}

	b.Click(`#console-nav a[href="#/check"]`)
	b.WaitFor("the check form", `document.getElementById("check-form")`)
	a11y(t, b, "check")
	if got := b.Text(`document.getElementById("check-department").value`); got != "1100123" {
		t.Errorf("the department is not the signed-in one's: %q", got)
	}
	b.Fill("check-title", "주민 설명회 결과 보고")
	b.Fill("check-department-name", "행정국 정보공개정책과")
	b.Fill("check-body", "1. 결과\n  ○ 신청인: 이민준, 연락처 010-3141-5926, 주소 서울특별시 마포구 세종대로 110, 109동 704호\n")
	file := filepath.Join(t.TempDir(), "명단.txt")
	if err := os.WriteFile(file, []byte("참석자 명단\n박서연 주민등록번호 850505-2234561\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	setFiles(t, b, "check-files", file)
	b.Click(`#check-form button[type=submit]`)
	b.WaitFor("the check's answer", `document.getElementById("check-outcome")`)
	if o := b.Text(`document.getElementById("check-outcome").getAttribute("data-outcome")`); o != "review" {
		t.Errorf("outcome %q: %s", o, b.Text(`document.getElementById("check-result").innerText`))
	}
	result := b.Text(`document.getElementById("check-result").innerText`)
	for _, secret := range []string{"3141-5926", "2234561", "이민준", "박서연"} {
		if strings.Contains(result, secret) {
			t.Errorf("the check shows %q as it would be published:\n%s", secret, result)
		}
	}
	if unit := b.Text(`(document.querySelector('#check-result [data-field="body"] mark.l2') || {}).textContent || ""`); unit != "109동 704호" {
		t.Errorf("layer 2's doubt is highlighted as %q", unit)
	}
	if n := b.Text(`String(document.querySelectorAll('#check-result [data-field="attachments[0].text"] mark.l1').length)`); n == "0" {
		t.Errorf("the attachment's masks are not highlighted:\n%s", result)
	}
	// Layer 1's masks carry their type.
	for sel, want := range map[string]string{
		`#check-result [data-field="body"] mark.l1[data-type="mobile"]`:             "010-****-5926",
		`#check-result [data-field="body"] mark.l1[data-type="name"]`:               "이*준",
		`#check-result [data-field="attachments[0].text"] mark.l1[data-type="rrn"]`: "850505-2******",
	} {
		if got := b.Text(`(document.querySelector(` + chromium.JS(sel) + `) || {}).textContent || ""`); got != want {
			t.Errorf("%s: %q, want %q", sel, got, want)
		}
	}
	if n := b.Text(`(document.querySelector('#check-counts tr[data-type="rrn"] td') || {}).textContent || ""`); n != "1" {
		t.Errorf("layer 1's resident numbers: %q\n%s", n, result)
	}
	if !strings.Contains(b.Text(`document.getElementById("check-reasons").innerText`), "2차 검증") {
		t.Errorf("the reasons do not name layer 2:\n%s", result)
	}
	a11y(t, b, "check result")
	shot(t, b, "console-check.png")

	// An envelope file: partial under item 5 goes to a person.
	env := map[string]any{"schema": "plaza.envelope/v1", "id": "DRAFT-PARTIAL-5", "version": 1, "type": "report",
		"title": "교섭 결과 보고", "department": map[string]any{"code": "1100123", "name": "행정국 정보공개정책과"},
		"approver": map[string]any{"name": "김철수", "position": "과장", "rank": "division_head"}, "approved_at": "2026-11-20T10:15:00+09:00",
		"disclosure": map[string]any{"grade": "partial", "exemptions": []string{"5"}, "note": "협상 전략 부분 비공개"},
		"body":       "교섭 개요입니다. 협상 하한선은 삼억 원이며 대외비이다.", "files": []map[string]string{{"name": "붙임.txt", "key": "files/붙임.txt"}}}
	data, _ := json.Marshal(env)
	envPath := filepath.Join(t.TempDir(), "envelope.json")
	attach := filepath.Join(t.TempDir(), "붙임.txt")
	if err := os.WriteFile(envPath, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(attach, []byte("교섭 일정표"), 0o600); err != nil {
		t.Fatal(err)
	}
	setFiles(t, b, "check-envelope", envPath)
	setFiles(t, b, "check-files", attach)
	b.Click(`#check-form button[type=submit]`)
	b.WaitFor("the second answer", `document.querySelector("#check-result h4") && document.querySelector('#check-result [data-field="title"]').textContent === "교섭 결과 보고"`)
	if o := b.Text(`document.getElementById("check-outcome").getAttribute("data-outcome")`); o != "review" {
		t.Errorf("partial under item 5: outcome %q", o)
	}
	if p := b.Text(`document.getElementById("check-policy").textContent`); !strings.Contains(p, "부분공개") || !strings.Contains(p, "item 5") {
		t.Errorf("the policy's decision reads %q", p)
	}
	if a := b.Text(`(document.querySelector('#check-result [data-field="attachments[0].text"]') || {}).textContent || ""`); a != "교섭 일정표" {
		t.Errorf("the uploaded file's text: %q", a)
	}

	// A draft that would be refused says why.
	setFiles(t, b, "check-envelope")
	setFiles(t, b, "check-files")
	b.Fill("check-title", "")
	b.Click(`#check-form button[type=submit]`)
	b.WaitFor("the refusal", `document.getElementById("check-problem")`)
	if p := b.Text(`document.getElementById("check-problem").textContent`); !strings.Contains(p, "envelope.missing_field:title") {
		t.Errorf("the refusal reads %q", p)
	}

	if after := everything(t, s); after != before {
		t.Errorf("the checks changed what the stack holds:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	noCSPViolations(t, b)
}

// key presses one key as a keyboard does (Tab, Enter, Space, arrows),
// with shift when asked.
func key(t *testing.T, b *chromium.Browser, name string, shift bool) {
	t.Helper()
	codes := map[string]int{"Tab": 9, "Enter": 13, " ": 32, "ArrowDown": 40, "ArrowUp": 38}
	ev := map[string]any{"key": name, "code": map[string]string{" ": "Space"}[name], "windowsVirtualKeyCode": codes[name], "nativeVirtualKeyCode": codes[name]}
	if ev["code"] == "" {
		ev["code"] = name
	}
	if shift {
		ev["modifiers"] = 8
	}
	down := map[string]any{"type": "rawKeyDown"}
	if name == "Enter" || name == " " {
		down["type"] = "keyDown"
		down["text"] = map[string]string{"Enter": "\r", " ": " "}[name]
	}
	for k, v := range ev {
		down[k] = v
	}
	up := map[string]any{"type": "keyUp"}
	for k, v := range ev {
		up[k] = v
	}
	b.Call("Input.dispatchKeyEvent", down, nil)
	b.Call("Input.dispatchKeyEvent", up, nil)
}

// tabTo presses Tab (or shift-Tab) until the focused element matches
// selector, and checks that every element it passes shows where the focus
// is (an outline) and that the focus never sticks.
func tabTo(t *testing.T, b *chromium.Browser, selector string, back bool) {
	t.Helper()
	last := ""
	for i := 0; i < 80; i++ {
		key(t, b, "Tab", back)
		var st struct {
			Match   bool   `json:"match"`
			Where   string `json:"where"`
			Outline string `json:"outline"`
		}
		raw := b.Eval(`(function(){var a=document.activeElement, s=getComputedStyle(a);
			return {match: a.matches(` + chromium.JS(selector) + `), where: a.tagName + "#" + a.id + " " + (a.getAttribute("href")||a.textContent||"").slice(0,40),
				outline: a === document.body ? "body" : s.outlineStyle + " " + s.outlineWidth};})()`)
		if err := json.Unmarshal(raw, &st); err != nil {
			t.Fatal(err)
		}
		if st.Outline != "body" && (strings.HasPrefix(st.Outline, "none") || strings.HasSuffix(st.Outline, " 0px")) {
			t.Errorf("%s takes the focus without showing it (outline %s)", st.Where, st.Outline)
		}
		if st.Match {
			return
		}
		if st.Where == last && st.Outline != "body" {
			t.Fatalf("the focus sticks on %s", st.Where)
		}
		last = st.Where
	}
	t.Fatalf("Tab never reached %s", selector)
}

// TestConsoleKeyboardOnly works the console with the keyboard alone: the
// skip link, a review item opened, masked more by typing and approved (the
// published text is the masked one the reviewer saw), and a pre-release
// check of a partial draft citing item 5, its grade and item chosen with
// arrows and space.
func TestConsoleKeyboardOnly(t *testing.T) {
	s, _, b, _ := consoleStack(t)
	const doubt = "SAMPLE-REVIEW-0002"
	// Each view puts the focus on the main content; behind it are the
	// menu and, first of all, the skip link, which leads back.
	if got := b.Text(`document.activeElement.id`); got != "main" {
		t.Errorf("the view starts with the focus on %q", got)
	}
	view := b.Text(`location.hash`)
	tabTo(t, b, "a.skip", true)
	if b.Text(`String(document.activeElement.getBoundingClientRect().left >= 0)`) != "true" {
		t.Error("the focused skip link is off screen")
	}
	key(t, b, "Enter", false)
	b.WaitFor("the skip link followed", `document.activeElement.id === "main"`)
	if h := b.Text(`location.hash`); h != view {
		t.Errorf("the skip link left the view for %q", h)
	}

	tabTo(t, b, `#queue a[href="#/review/6110000/`+doubt+`"]`, false)
	key(t, b, "Enter", false)
	b.WaitFor("the review item", `document.getElementById("mask-text")`)
	tabTo(t, b, "#mask-text", false)
	b.Call("Input.insertText", map[string]any{"text": "109동 704호"}, nil)
	tabTo(t, b, "#form-mask button[type=submit]", false)
	key(t, b, "Enter", false)
	b.WaitFor("the mask audited", `document.querySelectorAll('#audit li').length === 1`)
	seen := b.Text(`document.querySelector('[data-field="body"]').textContent`)
	if strings.Contains(seen, "704호") || seen == "" {
		t.Fatalf("the candidate after masking: %q", seen)
	}
	tabTo(t, b, "#form-approve button[type=submit]", false)
	key(t, b, "Enter", false)
	b.WaitFor("back at the queue", `location.hash === "#/review" && document.getElementById("status").textContent.indexOf("`+doubt+`: 승인") === 0`)
	waitIdle(t, s)
	var pub struct {
		Body string `json:"body"`
	}
	if code := getJSON(t, s.API, "/api/documents/"+doubt, &pub); code != 200 || pub.Body != seen {
		t.Errorf("published %d:\n%q\nthe reviewer saw:\n%q", code, pub.Body, seen)
	}

	// The navigation is before the main content: back to it with shift-Tab.
	tabTo(t, b, `#console-nav a[href="#/check"]`, true)
	key(t, b, "Enter", false)
	b.WaitFor("the check form", `document.getElementById("check-form")`)
	tabTo(t, b, "#check-title", false)
	b.Call("Input.insertText", map[string]any{"text": "교섭 결과 보고"}, nil)
	tabTo(t, b, "#check-grade", false)
	key(t, b, "ArrowDown", false) // public → partial
	tabTo(t, b, "#check-item-5", false)
	key(t, b, " ", false)
	tabTo(t, b, "#check-body", false)
	b.Call("Input.insertText", map[string]any{"text": "교섭 개요입니다. 협상 하한선은 대외비이다."}, nil)
	tabTo(t, b, "#check-form button[type=submit]", false)
	key(t, b, "Enter", false)
	b.WaitFor("the check's answer", `document.getElementById("check-outcome")`)
	if got := b.Text(`document.getElementById("check-grade").value + " " + String(document.getElementById("check-item-5").checked) + " " + document.getElementById("check-outcome").getAttribute("data-outcome")`); got != "partial true review" {
		t.Errorf("grade, item 5 and outcome by keyboard: %q\n%s", got, b.Text(`document.getElementById("view").innerText`))
	}
	if b.Text(`document.activeElement.id`) != "check-result" {
		t.Errorf("the focus is not on the answer but on %q", b.Text(`document.activeElement.id`))
	}
	noCSPViolations(t, b)
}

// consoleViews are the console's views, each with what shows it is drawn.
func consoleViews() []struct{ hash, ready string } {
	return []struct{ hash, ready string }{
		{"#/review", `document.getElementById("queue")`},
		{"#/review/6110000/SAMPLE-REVIEW-0002", `document.getElementById("form-mask")`},
		{"#/inquiries", `document.getElementById("inbox")`},
		{"#/documents?q=" + "정보공개", `document.getElementById("doc-results")`},
		{"#/holds", `document.getElementById("hold-form")`},
		{"#/check", `document.getElementById("check-form")`},
		{"#/metrics", `document.getElementById("chart-states")`},
		{"#/usage", `document.getElementById("usage")`},
	}
}

// TestConsoleAt360 opens every console view on a 360 px wide screen: none
// scrolls sideways, and each passes the page checks.
func TestConsoleAt360(t *testing.T) {
	_, _, b, _ := consoleStack(t)
	b.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": true}, nil)
	b.WaitFor("a 360 px screen", `window.innerWidth === 360`)
	for _, v := range consoleViews() {
		b.Eval(`location.hash = ` + chromium.JS(v.hash))
		b.WaitFor(v.hash, v.ready)
		if w := b.Text(`String(document.documentElement.scrollWidth)`); w != "360" {
			wide := b.Text(`Array.from(document.querySelectorAll("body *")).filter(function (n) { return n.getBoundingClientRect().right > 361; }).slice(0, 5).map(function (n) { return n.tagName + "#" + n.id + "." + n.className; }).join(", ")`)
			t.Errorf("%s is %s px wide at 360: %s", v.hash, w, wide)
		}
		// A region that scrolls sideways must take the keyboard's focus
		// (axe: scrollable-region-focusable).
		if stuck := b.Text(`Array.from(document.querySelectorAll("main *")).filter(function (n) {
				var o = getComputedStyle(n).overflowX;
				return (o === "auto" || o === "scroll") && n.scrollWidth > n.clientWidth + 1 && n.tabIndex < 0 && !n.querySelector("a[href], button, input, select, textarea");
			}).map(function (n) { return n.tagName + "#" + n.id + "." + n.className; }).join(", ")`); stuck != "" {
			wide := b.Text(`Array.from(document.querySelectorAll("main *")).filter(function (n) { return n.getBoundingClientRect().right > 345; }).slice(0, 8).map(function (n) { return n.tagName + "#" + n.id + "." + n.className + ":" + Math.round(n.getBoundingClientRect().right) + " " + (n.textContent || "").slice(0, 30); }).join(" | ")`)
			t.Errorf("%s: regions scroll sideways out of the keyboard's reach: %s (%s)", v.hash, stuck, wide)
		}
		a11y(t, b, v.hash)
	}
	noCSPViolations(t, b)
}

// selectText selects the first occurrence of text in a review field, as a
// person does with the mouse.
func selectText(t *testing.T, b *chromium.Browser, field, text string) {
	t.Helper()
	ok := b.Text(`(function(){var box=document.querySelector('[data-field="` + field + `"]'), w=document.createTreeWalker(box, NodeFilter.SHOW_TEXT), n;
		while ((n = w.nextNode())) { var i = n.data.indexOf(` + chromium.JS(text) + `); if (i >= 0) {
			var r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + ` + chromium.JS(text) + `.length);
			var s = getSelection(); s.removeAllRanges(); s.addRange(r); return "ok"; } }
		return "";})()`)
	if ok != "ok" {
		t.Fatalf("%q is not in one text node of %s", text, field)
	}
}

// TestConsoleReviewActionsInChromium works the review queue's other
// actions: a partial document citing item 5 has its exempt passage masked
// by selection and is approved with item 5 decided, and the published
// text carries the mask; a document is withheld under an Art. 9(1) item;
// another is sent back to its department. The audit trail shows each
// action, and the ledger records it.
func TestConsoleReviewActionsInChromium(t *testing.T) {
	s, _, b, _ := consoleStack(t)
	ctx := context.Background()
	const partial, card, doubt = "SAMPLE-REVIEW-0001", "SAMPLE-REVIEW-0003", "SAMPLE-REVIEW-0002"
	const exempt = "지원 기준 완화 여부는 의사결정 과정에 있어 공개 시 업무에 지장이 있음"

	b.Eval(`location.hash = "#/review/6110000/` + partial + `"`)
	b.WaitFor("the partial document", `document.getElementById("decide-5")`)
	selectText(t, b, "body", exempt)
	b.Click(`#form-mask button[type=submit]`)
	b.WaitFor("the mask audited", `document.querySelectorAll('#audit li').length === 1`)
	if a := b.Text(`document.querySelector('#audit li').textContent`); !strings.Contains(a, "console-test") || !strings.Contains(a, "추가 가림") {
		t.Errorf("the audit trail reads %q", a)
	}
	seen := b.Text(`document.querySelector('[data-field="body"]').textContent`)
	if strings.Contains(seen, "완화 여부") || !strings.Contains(seen, "검토 배경") {
		t.Fatalf("the candidate after masking: %q", seen)
	}
	b.Eval(`document.getElementById("decide-5").value = "masked"`)
	b.Click(`#form-approve button[type=submit]`)
	b.WaitFor("approved", `location.hash === "#/review" && document.getElementById("status").textContent.indexOf("`+partial+`: 승인") === 0`)
	waitIdle(t, s)
	var pub struct {
		Body string `json:"body"`
	}
	if code := getJSON(t, s.API, "/api/documents/"+partial, &pub); code != 200 || pub.Body != seen || strings.Contains(pub.Body, "완화 여부") {
		t.Errorf("published %d: %q; the reviewer saw %q", code, pub.Body, seen)
	}
	if r, err := s.Ledger.Get(ctx, "6110000", partial); err != nil || (r.State != ledger.Published && r.State != ledger.Indexed) {
		t.Errorf("%s: %+v %v", partial, r.State, err)
	}

	// Withheld under item 6, with a reason.
	b.Eval(`location.hash = "#/review/6110000/` + card + `"`)
	b.WaitFor("the card document", `document.getElementById("withhold-item")`)
	if b.Text(`String(document.getElementById("form-withhold").checkValidity())`) != "false" {
		t.Error("withholding takes no item or reason")
	}
	b.Eval(`document.getElementById("withhold-item").value = "6"`)
	b.Fill("withhold-note", "결제 정보가 본문 전체에 걸쳐 있음")
	b.Click(`#form-withhold button[type=submit]`)
	b.WaitFor("withheld", `document.getElementById("status").textContent.indexOf("`+card+`: 비공개") === 0`)
	if r, err := s.Ledger.Get(ctx, "6110000", card); err != nil || r.State != ledger.Withheld || r.Reason != "review.withheld:6" {
		t.Errorf("%s after withholding: %s %s %v", card, r.State, r.Reason, err)
	}

	// Sent back to the department.
	b.Eval(`location.hash = "#/review/6110000/` + doubt + `"`)
	b.WaitFor("the doubted document", `document.getElementById("send-back-note")`)
	// Both layers in context: layer 1's masks with their types, layer 2's doubt.
	for sel, want := range map[string]string{
		`[data-field="body"] mark.l1[data-type="name"]`: "이*준",
		`[data-field="body"] mark.l1[data-type="rrn"]`:  "990116-2******",
		`[data-field="body"] mark.l2`:                   "109동 704호",
	} {
		if got := b.Text(`(document.querySelector(` + chromium.JS(sel) + `) || {}).textContent || ""`); got != want {
			t.Errorf("%s: %q, want %q", sel, got, want)
		}
	}
	if title := b.Text(`document.querySelector('[data-field="body"] mark.l1[data-type="rrn"]').title`); !strings.Contains(title, "주민등록번호") {
		t.Errorf("the resident number's mark says %q", title)
	}
	b.Fill("send-back-note", "주소를 동·호수까지 적지 말고 다시 보내 주세요")
	b.Click(`#form-send_back button[type=submit]`)
	b.WaitFor("sent back", `document.getElementById("status").textContent.indexOf("`+doubt+`: 부서로 반려") === 0`)
	if r, err := s.Ledger.Get(ctx, "6110000", doubt); err != nil || r.State != ledger.Rejected || r.Reason != "review.sent_back" {
		t.Errorf("%s after sending back: %s %s %v", doubt, r.State, r.Reason, err)
	}
	for _, id := range []string{partial, card, doubt} {
		if b.Text(`String(!!document.querySelector('#queue a[href="#/review/6110000/`+id+`"]'))`) != "false" {
			t.Errorf("%s is still in the queue", id)
		}
	}
	noCSPViolations(t, b)
}

// TestConsoleInquiryActionsInChromium works an inquiry through the
// console's other actions: extend with a reason, assign an officer, start,
// and close; the API and the history show each.
func TestConsoleInquiryActionsInChromium(t *testing.T) {
	s, srv, b, _ := consoleStack(t)
	asked := askFirstDocument(t, s, srv, "이 계획의 세부 예산 내역을 알려 주실 수 있나요?")
	tok, err := s.Auth.Issue(auth.Claims{Subject: "checker", Organization: "6110000", Admin: true}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	inquiry := func() (st, officer, dept string) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/api/staff/inquiries/"+asked.ID, nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var got struct{ State, Officer, Department string }
		_ = json.NewDecoder(resp.Body).Decode(&got)
		return got.State, got.Officer, got.Department
	}
	// An officer of the inquiry's department, from the contact directory.
	_, _, dept := inquiry()
	officerID := ""
	if o, ok := org.Embedded().Get("6110000"); ok {
		for _, d := range o.Departments {
			if d.ID == dept && len(d.Officers) > 0 {
				officerID = d.Officers[0].ID
			}
		}
	}
	if officerID == "" {
		t.Fatalf("no officer of department %q in the directory", dept)
	}

	b.Eval(`location.hash = "#/inquiries/` + asked.ID + `"`)
	b.WaitFor("the inquiry", `document.getElementById("inquiry-extend")`)
	steps := []struct {
		form, fill, value, want string
	}{
		{"inquiry-extend", "extend-reason", "관계 부서 협의가 필요하여 처리 기한을 연장합니다", "extended"},
		{"inquiry-assign", "assign-officer", officerID, "assigned"},
		{"inquiry-start", "", "", "in_progress"},
		{"inquiry-close", "close-reason", "다른 민원으로 처리됨", "closed"},
	}
	for i, st := range steps {
		b.WaitFor(st.form, `document.getElementById("`+st.form+`")`)
		if st.fill != "" {
			b.Fill(st.fill, st.value)
		}
		b.Click(`#` + st.form + ` button[type=submit]`)
		b.WaitFor(st.want, `document.querySelectorAll("#inquiry-history li").length === `+strconv.Itoa(i+2))
		if got, officer, _ := inquiry(); got != st.want || (i >= 1 && officer != officerID) {
			t.Errorf("after %s: %s (officer %q), want %s", st.form, got, officer, st.want)
		}
	}
	if h := b.Text(`document.getElementById("inquiry-history").textContent`); !strings.Contains(h, "관계 부서 협의") || !strings.Contains(h, "console-test") {
		t.Errorf("the history reads %q", h)
	}
	noCSPViolations(t, b)
}

// askFirstDocument posts a citizen's question about the first document
// the API lists, as the portal's form does, and returns the inquiry.
func askFirstDocument(t *testing.T, s *Stack, srv *httptest.Server, question string) (asked struct{ ID string }) {
	t.Helper()
	var list struct {
		Items []struct {
			ID string `json:"id"`
		} `json:"items"`
	}
	if code := getJSON(t, s.API, "/api/documents?size=1", &list); code != 200 || len(list.Items) == 0 {
		t.Fatalf("documents: %d", code)
	}
	q := `{"document_id":"` + list.Items[0].ID + `","question":"` + question + `","email":"citizen@example.com","consent":true}`
	resp, err := http.Post(srv.URL+"/api/inquiries", "application/json", strings.NewReader(q))
	if err != nil {
		t.Fatal(err)
	}
	_ = json.NewDecoder(resp.Body).Decode(&asked)
	resp.Body.Close()
	if resp.StatusCode != 201 || asked.ID == "" {
		t.Fatalf("ask: %d", resp.StatusCode)
	}
	return asked
}
