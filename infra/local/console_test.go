package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/quotedprintable"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/chromium"
	"github.com/seoul-plaza/plaza/shared/ledger"
)

// TestStaffConsoleInChromium signs in to the staff console of a real
// stack with a one-time link, masks the doubt layer 2 raised on a seeded
// review item by selecting it, approves it, follows the officer's e-mail
// link to a citizen's question and answers it, retracts the approved
// document, and sets and lifts a hold, as a person would in headless
// Chromium; the ledger, the published text, the inquiry and the holds
// show that each action took effect.
func TestStaffConsoleInChromium(t *testing.T) {
	chromium.Require(t)
	ctx := context.Background()
	dir := t.TempDir()
	s := openStack(t, dir, 30)
	defer s.Close()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	srv := httptest.NewServer(s.API)
	defer srv.Close()
	const doubt = "SAMPLE-REVIEW-0002" // layer 2: an apartment unit left unmasked
	if rec, err := s.Ledger.Get(ctx, "6110000", doubt); err != nil || rec.State != ledger.Review {
		t.Fatalf("%s: %+v %v", doubt, rec, err)
	}

	tok, err := s.Auth.Issue(auth.Claims{Subject: "console-test", Organization: "6110000", Admin: true}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	code, err := newLogin(dir, tok, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	b := chromium.New(t)
	b.Open(srv.URL + "/staff/#login=" + code)
	b.WaitFor("the review queue", `document.querySelector('#queue a[href="#/review/6110000/`+doubt+`"]')`)
	if h := b.Text(`location.hash`); strings.Contains(h, code) {
		t.Errorf("the sign-in code stays in the address: %q", h)
	}
	if _, err := claimLogin(dir, code, time.Now()); err == nil {
		t.Error("the sign-in code works twice")
	}
	a11y(t, b, "queue")
	shot(t, b, "console-queue.png")

	// The review item: layer 2's doubt and layer 1's masks highlighted.
	b.Click(`#queue a[href="#/review/6110000/` + doubt + `"]`)
	b.WaitFor("the review item", `document.querySelector('[data-field="body"] mark.l2')`)
	unit := b.Text(`document.querySelector('[data-field="body"] mark.l2').textContent`)
	if unit != "109동 704호" {
		t.Errorf("layer 2's doubt highlights %q", unit)
	}
	if n := b.Text(`String(document.querySelectorAll('[data-field="body"] mark.l1').length)`); n == "0" {
		t.Error("no layer-1 mask is highlighted")
	}
	a11y(t, b, "review item")
	shot(t, b, "console-review.png")

	// Mask more: select the doubted text, press the mask button.
	b.Eval(`(function(){var m=document.querySelector('[data-field="body"] mark.l2'), r=document.createRange();
		r.selectNodeContents(m); var s=getSelection(); s.removeAllRanges(); s.addRange(r);})()`)
	b.Click(`#form-mask button[type=submit]`)
	b.WaitFor("the mask audited", `document.querySelectorAll('#audit li').length === 1`)
	if body := b.Text(`document.querySelector('[data-field="body"]').textContent`); strings.Contains(body, "704호") {
		t.Errorf("the unit is still there after masking: %q", body)
	}
	// Approve as masked.
	b.Click(`#form-approve button[type=submit]`)
	b.WaitFor("back at the queue", `location.hash === "#/review" && document.getElementById("status").textContent.indexOf("`+doubt+`: 승인") === 0`)
	if b.Text(`String(!!document.querySelector('#queue a[href="#/review/6110000/`+doubt+`"]'))`) != "false" {
		t.Error("the approved document is still in the queue")
	}
	waitIdle(t, s)
	if rec, err := s.Ledger.Get(ctx, "6110000", doubt); err != nil || (rec.State != ledger.Published && rec.State != ledger.Indexed) {
		t.Errorf("%s after approval: %+v %v", doubt, rec.State, err)
	}
	var pub struct {
		Body string `json:"body"`
	}
	if code := getJSON(t, s.API, "/api/documents/"+doubt, &pub); code != 200 || strings.Contains(pub.Body, "704호") || !strings.Contains(pub.Body, "신청인") {
		t.Errorf("published %s: %d %q", doubt, code, pub.Body)
	}

	// A citizen asks; the officer's notice links to the console.
	asked := askFirstDocument(t, s, srv, "이 사업의 추진 일정은 언제 확정되나요? 알려 주세요.")
	link := officerLink(t, filepath.Join(dir, "outbox"), asked.ID)
	b.Eval(`location.href = ` + chromium.JS(srv.URL+link))
	b.WaitFor("the inquiry", `document.getElementById("question") && document.getElementById("question").textContent.indexOf("추진 일정") >= 0`)
	a11y(t, b, "inquiry")
	const answer = "추진 일정은 다음 달 15일에 확정하여 누리집에 공고합니다."
	b.Fill("answer-text", answer)
	b.Click(`#inquiry-answer button[type=submit]`)
	b.WaitFor("the answer shown", `document.getElementById("answer") && document.getElementById("answer").textContent === `+chromium.JS(answer))
	shot(t, b, "console-inquiry.png")

	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/api/staff/inquiries/"+asked.ID, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ State, Answer string }
	_ = json.NewDecoder(resp.Body).Decode(&got)
	resp.Body.Close()
	if got.State != "answered" || got.Answer != answer {
		t.Errorf("the inquiry after the console's answer: %+v", got)
	}

	// The inbox lists it, answered, by deadline.
	b.Eval(`location.hash = "#/inquiries"`)
	b.WaitFor("the inbox", `document.querySelector('#inbox a[href="#/inquiries/`+asked.ID+`"]')`)
	a11y(t, b, "inbox")

	// Retraction: found by search, it says what it removes and asks why.
	b.Eval(`location.hash = "#/documents?q=" + encodeURIComponent("기초생활보장")`)
	b.WaitFor("the document found", `document.querySelector('#doc-results a[href="#/retract/6110000/`+doubt+`"]')`)
	b.Click(`#doc-results a[href="#/retract/6110000/` + doubt + `"]`)
	b.WaitFor("what retraction removes", `document.getElementById("retract-removes")`)
	if removes := b.Text(`document.getElementById("retract-removes").textContent`); !strings.Contains(removes, "기초생활보장 수급자 지원 결과 보고") || !strings.Contains(removes, "검색") {
		t.Errorf("the retraction says it removes %q", removes)
	}
	a11y(t, b, "retract")
	// Without a reason the form does not submit.
	if b.Text(`String(document.getElementById("retract-form").checkValidity())`) != "false" {
		t.Error("the retraction form takes no reason")
	}
	b.Fill("retract-reason", "개인정보가 포함되어 공개를 철회함")
	b.Click(`#retract-form button[type=submit]`)
	b.WaitFor("retracted", `document.getElementById("retracted")`)
	waitIdle(t, s)
	if rec, err := s.Ledger.Get(ctx, "6110000", doubt); err != nil || rec.State != ledger.Retracted {
		t.Errorf("%s after retraction: %+v %v", doubt, rec.State, err)
	}
	if code := getJSON(t, s.API, "/api/documents/"+doubt, nil); code != 404 {
		t.Errorf("the retracted document answers %d", code)
	}

	// Holds: set on a department, listed, lifted.
	b.Eval(`location.hash = "#/holds"`)
	b.WaitFor("the holds", `document.getElementById("hold-form")`)
	a11y(t, b, "holds")
	b.Fill("hold-department", "1100210")
	b.Fill("hold-reason", "선거 기간 공개 보류")
	b.Click(`#hold-form button[type=submit]`)
	b.WaitFor("the hold listed", `document.querySelectorAll("#holds li").length === 1`)
	holds, err := s.Ledger.Holds(ctx)
	if err != nil || len(holds) != 1 || holds[0].Department != "1100210" || holds[0].By != "console-test" {
		t.Errorf("holds after the console set one: %+v %v", holds, err)
	}
	b.Click(`#holds li button`)
	b.WaitFor("the hold lifted", `document.querySelectorAll("#holds li").length === 0 && document.getElementById("status").textContent.indexOf("보류를 해제") === 0`)
	if holds, err := s.Ledger.Holds(ctx); err != nil || len(holds) != 0 {
		t.Errorf("holds after lifting: %+v %v", holds, err)
	}
}

// officerLink finds the staff link in the officer's notice of inquiry id
// and returns its path and fragment.
func officerLink(t *testing.T, outbox, id string) string {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(outbox, "inquiry_"+id+"_*officer*.eml"))
	if len(names) == 0 {
		t.Fatalf("no officer notice for %s in %s", id, outbox)
	}
	raw, err := os.ReadFile(names[0])
	if err != nil {
		t.Fatal(err)
	}
	text, _ := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(raw)))
	m := regexp.MustCompile(`https?://[^/\s"]+(/staff/#/inquiries/` + regexp.QuoteMeta(id) + `)\b`).FindSubmatch(text)
	if m == nil {
		t.Fatalf("the officer's notice has no console link to %s", id)
	}
	return string(m[1])
}

// a11y is a sanity check of the page's accessibility (the harness has no
// axe-core): Korean as the page's language, one h1, every form control
// labelled, ids unique, images with alt text.
func a11y(t *testing.T, b *chromium.Browser, where string) {
	t.Helper()
	problems := b.Text(`(function(){
		var out = [];
		if (document.documentElement.lang !== "ko") out.push("lang " + document.documentElement.lang);
		var h1 = document.querySelectorAll("h1").length;
		if (h1 !== 1) out.push(h1 + " h1");
		document.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function (n) {
			if (!n.closest("label") && !n.getAttribute("aria-label") && !(n.id && document.querySelector('label[for="' + n.id + '"]'))) out.push("unlabelled " + n.outerHTML.slice(0, 60));
		});
		var ids = {};
		document.querySelectorAll("[id]").forEach(function (n) { if (ids[n.id]) out.push("duplicate id " + n.id); ids[n.id] = 1; });
		document.querySelectorAll("img:not([alt])").forEach(function (n) { out.push("img without alt " + n.src); });
		document.querySelectorAll("button").forEach(function (n) { if (!n.hidden && !n.textContent.trim() && !n.getAttribute("aria-label")) out.push("button without a name"); });
		return out.join("; ");
	})()`)
	if problems != "" {
		t.Errorf("%s: %s", where, problems)
	}
}

// shot keeps a screenshot in $PLAZA_SCREENSHOT_DIR when it is set.
func shot(t *testing.T, b *chromium.Browser, name string) {
	t.Helper()
	if dir := os.Getenv("PLAZA_SCREENSHOT_DIR"); dir != "" {
		b.Screenshot(filepath.Join(dir, name))
	}
}
