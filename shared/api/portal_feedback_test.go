package api

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/chromium"
	"github.com/seoul-plaza/plaza/shared/feedback"
	"github.com/seoul-plaza/plaza/shared/stats"
)

// TestPortalFeedbackInChromium drives feedback.js in a real browser: the
// "was this useful?" box under a document, the rating page of a closed
// inquiry, and the subscription form and its confirmation page, whose
// tokens never reach the server in a URL.
func TestPortalFeedbackInChromium(t *testing.T) {
	e := newEnv(t)
	var log accessLog
	srv := httptest.NewServer(log.wrap(e.withOrgs())) // the subscription form lists the organizations
	t.Cleanup(srv.Close)
	b := chromium.New(t)

	b.Open(srv.URL + "/?id=SEOUL-2014-0001&org=" + org)
	b.WaitFor("the useful box", `document.getElementById("useful-no") && document.getElementById("doc-body")`)
	b.Fill("useful-comment", "담당자 전화 010-1234-5678 이 틀렸어요")
	b.Click("#useful-no")
	b.WaitFor("the thanks", `document.getElementById("useful-msg").textContent.indexOf("감사합니다") > 0`)
	sum, err := e.fb.Summary(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got := sum[stats.DeptKey{Org: org, Dept: deptInfo}]; got.NotUseful != 1 {
		t.Fatalf("after the click: %+v", got)
	}

	tok, err := e.fb.RatingToken(feedback.RateClaims{Org: org, Inquiry: "Q-2026-000042", Department: deptInfo})
	if err != nil {
		t.Fatal(err)
	}
	b.Open(srv.URL + "/?rate=Q-2026-000042#token=" + url.QueryEscape(tok))
	b.WaitFor("the scores", `document.getElementById("rate-4")`)
	b.Click("#rate-4")
	b.WaitFor("the rating", `document.getElementById("rate-msg").textContent.indexOf("4점") === 0`)

	// The vote and the rating, in the statistics page by month.
	b.Open(srv.URL + "/?view=stats&period=month&organization=" + org)
	b.WaitFor("the satisfaction tables", `document.getElementById("satisfaction") && document.getElementById("satisfaction-periods")`)
	row := b.Text(`Array.prototype.map.call(document.querySelectorAll("#satisfaction tbody td"), function (td) { return td.textContent; }).join("|")`)
	if !strings.Contains(row, "정보공개정책과|0|1|0.0%|1|4.00|0|-") {
		t.Fatalf("the department's satisfaction row: %q", row)
	}
	if month := b.Text(`document.querySelector("#satisfaction-periods tbody td").textContent`); month != "2026-11" {
		t.Fatalf("the satisfaction by month starts with %q", month)
	}

	b.Open(srv.URL + "/")
	b.WaitFor("the subscription form", `document.getElementById("subscribe-form") && document.getElementById("subscribe-consent-text").textContent.length > 40`)
	b.Fill("subscribe-keywords", "정보공개, 도로")
	// A department of an organization, and the whole organization.
	b.WaitFor("the organizations", `document.querySelector('#subscribe-org option[value="`+org+`"]')`)
	b.Eval(`(function () { var s = document.getElementById("subscribe-org"); s.value = "` + org + `"; s.dispatchEvent(new Event("change")); return true; })()`)
	b.WaitFor("the departments", `document.querySelector('#subscribe-departments option[value="`+deptInfo+`"]')`)
	b.Eval(`(function () { document.querySelector('#subscribe-departments option[value="` + deptInfo + `"]').selected = true; return true; })()`)
	b.Click("#subscribe-whole-org")
	b.Fill("subscribe-email", "browser.subscriber@example.com")
	b.Click("#subscribe-consent")
	b.Click(`#subscribe-form button[type=submit]`)
	b.WaitFor("the confirmation notice", `document.getElementById("subscribe-msg").textContent.indexOf("확인 메일") === 0`)
	m := e.mails.last()
	if m.To != "browser.subscriber@example.com" {
		t.Fatalf("confirmation to %q", m.To)
	}
	if !strings.Contains(m.Text, "«도로», «정보공개», "+org+"/"+deptInfo+", "+org+"\n") {
		t.Fatalf("the criteria the form sent:\n%s", m.Text)
	}
	_, link, _ := strings.Cut(m.Text, "https://plaza.example")
	link, _, _ = strings.Cut(link, "\n")
	b.Open(srv.URL + link)
	b.WaitFor("the confirm button", `document.getElementById("subscription-go")`)
	b.Click("#subscription-go")
	b.WaitFor("confirmed", `document.getElementById("subscription-msg").textContent.indexOf("구독이 시작") === 0`)

	confirm, _ := url.QueryUnescape(link[strings.Index(link, "#token=")+len("#token="):])
	for _, secret := range []string{tok, confirm} {
		if in, _ := log.seen(secret); in {
			t.Errorf("a token reached the server in a URL")
		}
	}
	if st, err := e.subs.Confirm(t.Context(), confirm); err != nil || st.State != "active" {
		t.Fatalf("the subscription is not active: %+v %v", st, err)
	}
}
