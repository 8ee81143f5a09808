package api

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/seoul-plaza/plaza/shared/chromium"
)

// TestHomeNoticesAndKeywords: the home lists the organization's notices,
// newest first, with their links kept in the interface's language, and
// the searches enough citizens made as links to their results, never one
// a single person typed; the English home shows the notices' English
// titles and keeps the Korean words marked as Korean.
func TestHomeNoticesAndKeywords(t *testing.T) {
	e := newEnv(t)
	putUsage(t, e)
	srv := httptest.NewServer(e.withOrgs())
	t.Cleanup(srv.Close)
	b := chromium.New(t)
	type item struct{ Text, Href, Lang string }
	items := func(sel string) []item {
		t.Helper()
		var out []item
		if err := json.Unmarshal([]byte(b.Text(`JSON.stringify(Array.from(document.querySelectorAll(`+chromium.JS(sel)+`)).map(function (n) {
			var a = n.querySelector("a, span"); return {text: n.textContent, href: a.getAttribute("href") || "", lang: a.getAttribute("lang") || ""}; }))`)), &out); err != nil {
			t.Fatal(err)
		}
		return out
	}

	b.Open(srv.URL + "/")
	b.WaitFor("the notices and keywords", `document.querySelector("#notices li") && document.querySelector("#popular .keywords li") && document.querySelector("#results li.result")`)
	got := items("#notices li")
	want := []item{
		{"2026. 12. 01. 정보소통광장 영어 화면을 시작합니다", "/en/", "ko"},
		{"2026. 11. 15. 공개 현황을 기간별 그래프와 CSV로 볼 수 있습니다", "/?view=stats", "ko"},
		{"2026. 10. 28. 개인정보가 보이는 문서는 문서 화면에서 바로 신고해 주세요", "", "ko"},
	}
	if len(got) != len(want) {
		t.Fatalf("notices %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("notice %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if k := items("#popular .keywords li"); len(k) != 1 || k[0].Text != "정보공개" || k[0].Href != "/?q="+url.QueryEscape("정보공개") {
		t.Errorf("keywords %+v (only the query three visitors typed)", k)
	}
	// Both arrive after the results: they come below them, so their
	// arrival moves nothing on screen.
	if b.Text(`String(["notices", "popular"].every(function (id) { return !!(document.getElementById("layout").compareDocumentPosition(document.getElementById(id)) & Node.DOCUMENT_POSITION_FOLLOWING); }))`) != "true" {
		t.Error("the notices or the keywords come before the results")
	}
	b.Click("#popular .keywords a")
	b.WaitFor("the keyword's results", `location.search === "?q=`+url.QueryEscape("정보공개")+`" && document.querySelector("#results li.result")`)

	b.Open(srv.URL + "/en/")
	b.WaitFor("the English notices", `document.querySelector("#notices li") && document.querySelector("#popular .keywords li") && document.querySelector("#results li.result")`)
	got = items("#notices li")
	if len(got) != 3 || got[0] != (item{"1 Dec 2026 The Plaza now has an English interface", "/en/", "en"}) || got[1].Href != "/en/?view=stats" || got[2].Lang != "en" {
		t.Errorf("English notices %+v", got)
	}
	var problems []string
	if err := json.Unmarshal([]byte(b.Text(englishProblems)), &problems); err != nil || len(problems) > 0 {
		t.Errorf("the English home: %v %v", problems, err)
	}
}
