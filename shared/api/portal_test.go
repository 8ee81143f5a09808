package api

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/seoul-plaza/plaza/shared/chromium"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/redact"
)

func dumpDOM(t *testing.T, url string) string {
	t.Helper()
	return string(chromium.Run(t, "--dump-dom", url))
}

func mustContain(t *testing.T, what, dom string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(dom, s) {
			t.Errorf("%s: DOM lacks %q", what, s)
		}
	}
}

func mustNotContain(t *testing.T, what, dom string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if strings.Contains(dom, s) {
			t.Errorf("%s: DOM contains %q", what, s)
		}
	}
}

// TestPortalInChromium loads the portal in a real browser and checks what
// its script rendered from the API. Each page is one Chromium process; two
// run at a time, which is what the 2-core CI machine can take.
func TestPortalInChromium(t *testing.T) {
	e := newEnv(t)
	srv := httptest.NewServer(e.h)
	t.Cleanup(srv.Close) // after the parallel subtests, unlike defer
	slots := make(chan struct{}, 2)
	page := func(name string, fn func(t *testing.T)) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			slots <- struct{}{}
			defer func() { <-slots }()
			fn(t)
		})
	}

	// An inquiry asked and answered through the API (as the form and an
	// officer would), with markup in both the question and the answer.
	qid, qtok := askAndAnswer(t, e, "SEOUL-2014-0001", xssQuestion, xssAnswer)
	openID, openTok := askAndAnswer(t, e, "SEOUL-2014-0003", "비공개 결정된 회신 문서의 공개를 청구합니다. 사유를 알려 주세요.", "")
	shots := os.Getenv("PLAZA_SCREENSHOT_DIR") // set it to keep the images

	// One Chromium process renders the search page on a phone's viewport,
	// dumps its DOM and takes the screenshot to look at.
	page("search on a phone", func(t *testing.T) {
		png := shotPath(t, shots, "portal-mobile.png")
		q := url.QueryEscape("설명회")
		dom := string(chromium.Run(t, "--window-size=390,844", "--hide-scrollbars", "--screenshot="+png, "--dump-dom",
			srv.URL+"/?q="+q+"&grade=public"))
		mustContain(t, "search", dom,
			`<li class="result">`, "<mark>설명회</mark>", "검색 결과 1건",
			// The title follows the query; the introduction is the home's.
			"<title>‘설명회’ 검색 결과 — 정보소통광장</title>", `hidden="">서울시가 결재한 행정문서를`,
			`data-facet="organization"`, `data-facet="department"`, `data-facet="type"`, `data-facet="grade"`, `data-facet="year"`,
			// A department's link names its organization too.
			`href="/?q=`+q+`&amp;grade=public&amp;organization=6110000&amp;department=1100200"`,
			"도시교통실 교통정책과", "회의록", `href="/?id=XSS-0001&amp;org=6110000"`,
			`aria-current="true"`, `href="/?q=`+q+`&amp;grade=public&amp;type=minutes"`, `aria-label="공개 조건 해제"`,
			// The hostile title and body are shown as text.
			"&lt;script&gt;alert(1)&lt;/script&gt; 주민 설명회", "&lt;script&gt;document.body.setAttribute")
		mustNotContain(t, "search", dom, "<script>alert(1)", `data-xss="`, `<img src="x"`, "<b onmouseover")
		checkPNG(t, png)
	})

	// The Ask form, opened by its link, on a phone.
	page("ask form on a phone", func(t *testing.T) {
		png := shotPath(t, shots, "ask-mobile.png")
		// A phone's width, and tall enough that the whole form shows without
		// scrolling (a headless screenshot of a scrolled page comes out blank).
		dom := string(chromium.Run(t, "--window-size=390,3000", "--hide-scrollbars", "--screenshot="+png, "--dump-dom",
			srv.URL+"/?id=SEOUL-2014-0002&ask=1"))
		notice := inquiry.ConsentNotice(inquiry.DefaultRetention)
		mustContain(t, "ask form", dom, "이 문서에 대해 질문하기", "도시교통실 교통정책과", `aria-expanded="true"`,
			`<textarea id="ask-question" name="question" rows="6" maxlength="4000" required=""`, "0 / 4,000자",
			`id="ask-email" name="email" type="email"`, `id="ask-phone" name="phone" type="tel"`, `id="ask-name" name="name"`, "성명 (선택)",
			"개인정보 수집·이용 동의 (필수)", "수집 목적", notice.Purpose, "수집 항목", notice.Items, "보유·이용 기간", notice.Retention, notice.Refusal,
			`<input id="ask-consent" name="consent" type="checkbox" required="">`, // enabled once the notice is shown
			`id="ask-private" name="private" type="checkbox"`, "공개하지 않습니다",
			`<div class="hp" aria-hidden="true">`, `id="ask-website" name="website" type="text" tabindex="-1"`, "질문 보내기")
		mustNotContain(t, "ask form", dom, "정보공개 청구로 접수됩니다")
		checkPNG(t, png)
	})

	// Typed with the keyboard in English mode: answered as 정보공개, and
	// the page says so beside what was typed.
	page("search typed in English mode", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?q=wjdqhrhdro")
		mustContain(t, "english mode", dom, "‘정보공개’ 검색 결과 3건", `<span class="did-you-mean"> · 입력하신 ‘wjdqhrhdro’(으)로는 찾지 못해 바꾸어 찾았습니다</span>`,
			"<mark>정보공개</mark>")
	})

	// Browsing by subject area: the organization's areas beside the
	// facets, and an area's documents with a chip that drops it.
	withOrgs := httptest.NewServer(e.withOrgs())
	t.Cleanup(withOrgs.Close)
	page("browse by subject area", func(t *testing.T) {
		dom := dumpDOM(t, withOrgs.URL+"/?organization=6110000")
		mustContain(t, "areas", dom, `data-facet="subject"`, "<h2>분야</h2>", `href="/?organization=6110000&amp;subject=transport"`, "<span>교통</span>")
		dom = dumpDOM(t, withOrgs.URL+"/?organization=6110000&subject=transport")
		mustContain(t, "an area", dom, "전체 문서 1건", `aria-label="교통 조건 해제"`, `href="/?id=SEOUL-2014-0002&amp;org=6110000"`,
			`href="/?organization=6110000" aria-current="true"><span>교통</span>`)
	})

	page("ask on a closed document is a disclosure request", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?id=SEOUL-2014-0003&ask=1")
		mustContain(t, "closed ask", dom, "질문하기 (정보공개 청구)", "<h2>정보공개 청구</h2>", "정보공개 청구로 접수됩니다", "청구 내용 (필수)", "정보공개 청구하기")
	})

	// A person fills in the form, is told what is missing, sends it, and
	// follows the tracking link it shows.
	page("asking through the form", func(t *testing.T) {
		b := chromium.New(t)
		b.Open(srv.URL + "/?id=SEOUL-2014-0002")
		b.WaitFor("the document", `document.querySelector("button.ask[data-document-id]")`)
		b.Click("button.ask[data-document-id]")
		b.WaitFor("the consent notice", `document.getElementById("ask-consent") && !document.getElementById("ask-consent").disabled`)
		submit := `#ask-form button[type=submit]`
		errorIs := func(step, want string) {
			t.Helper()
			b.WaitFor(step+": "+want, `document.getElementById("ask-error").textContent === `+chromium.JS(want))
		}
		b.Fill("ask-question", "  노선 개편 질문 ")
		if got := b.Text(`document.getElementById("ask-counter").textContent`); got != "8 / 4,000자 (10자 이상)" {
			t.Errorf("counter %q", got)
		}
		b.Click(submit)
		errorIs("short", "질문은 10자 이상 4,000자 이하로 적어 주세요.")
		b.Fill("ask-question", formQuestion)
		b.Click(submit)
		errorIs("no contact", "전자우편 주소나 휴대전화번호 중 하나 이상을 적어 주세요.")
		b.Fill("ask-email", "form@example.com")
		b.Click(submit)
		errorIs("no consent", "개인정보 수집·이용에 동의해야 질문을 접수할 수 있습니다.")
		b.Click("#ask-consent")
		b.Click("#ask-private")
		// What a bot fills in, the API refuses.
		b.Fill("ask-website", "http://spam.example")
		b.Click(submit)
		errorIs("honeypot", "요청을 처리할 수 없습니다.")
		b.Fill("ask-website", "")
		b.Click(submit)
		b.WaitFor("the receipt", `document.getElementById("track-link")`)
		b.Screenshot(shotPath(t, shots, "asked-mobile.png"))
		receipt := b.Text(`document.getElementById("ask-box").innerText`)
		mustContain(t, "receipt", receipt, "질문이 접수되었습니다", "접수번호", "처리 기한", "2026. 12. ", "다시 보여 드릴 수 없으니")
		href := b.Text(`document.getElementById("track-link").getAttribute("href")`)
		m := regexp.MustCompile(`^/\?inquiry=(Q-\d{8}-[A-Z2-7]{10})#token=([A-Za-z0-9_-]{43})$`).FindStringSubmatch(href)
		if m == nil {
			t.Fatalf("tracking link %q", href)
		}
		if v := b.Text(`document.querySelector(".track-link").value`); v != srv.URL+href {
			t.Errorf("link to copy %q", v)
		}

		// What the form sent: the opt-out, the contact (staff see it masked).
		w := e.do(t, "GET", "/api/staff/inquiries/"+m[1], e.token(t, "", true), nil)
		staff := decode[struct {
			Publish  bool
			Question string
			Contact  struct{ Email string }
		}](t, w.Body.Bytes())
		if w.Code != 200 || staff.Publish || staff.Question != formQuestion || staff.Contact.Email != "f***@example.com" {
			t.Errorf("stored %d %+v", w.Code, staff)
		}

		b.Click("#track-link")
		b.WaitFor("the tracking page", `document.querySelector("#inquiry-view h1") && document.getElementById("inquiry-question")`)
		if got := b.Text(`document.getElementById("inquiry-question").textContent`); got != formQuestion {
			t.Errorf("question shown as %q", got)
		}
		page := b.Text(`document.getElementById("inquiry-view").innerText`)
		mustContain(t, "tracked", page, "질문 처리 현황", m[1], "접수", "공개하지 않음", "아직 답변 전입니다")
		if x := b.Text(`document.body.getAttribute("data-xss") || (document.querySelector("#inquiry-view img") ? "img" : "")`); x != "" {
			t.Errorf("markup ran: %q", x)
		}
	})

	// The tracking link from the 201 (and the notices), on a phone.
	page("tracking an answered inquiry", func(t *testing.T) {
		png := shotPath(t, shots, "track-mobile.png")
		dom := string(chromium.Run(t, "--window-size=390,844", "--hide-scrollbars", "--screenshot="+png, "--dump-dom",
			srv.URL+"/?inquiry="+qid+"#token="+qtok))
		mustContain(t, "tracking", dom, "<h1>질문 처리 현황</h1>", qid, "답변 완료", "행정국 정보공개정책과", "처리 기한", "2026. 12. ",
			"2014년 정보공개 추진계획", `href="/?id=SEOUL-2014-0001&amp;org=6110000"`,
			"접수</span>", "담당자 지정</span>", "처리 중</span>", "답변 완료</span>",
			// Markup in the question and the answer is shown as text.
			"&lt;script&gt;document.body.setAttribute('data-xss','q')&lt;/script&gt;", "&lt;img src=x onerror=",
			"&lt;script&gt;document.body.setAttribute('data-xss','a')&lt;/script&gt;", "답변드립니다")
		mustNotContain(t, "tracking", dom, `data-xss="`, "<img src=\"x\"", "아직 답변 전입니다")
		checkPNG(t, png)
	})

	page("tracking a disclosure request not yet answered", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?inquiry="+openID+"#token="+openTok)
		mustContain(t, "open tracking", dom, "정보공개 청구 처리 현황", "청구 내용", "아직 답변 전입니다", "접수</span>")
	})

	page("tracking with a wrong token", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?inquiry="+qid+"#token=not-the-token")
		mustContain(t, "wrong token", dom, "질문을 찾을 수 없습니다")
		mustNotContain(t, "wrong token", dom, "data-xss", "답변드립니다")
		dom = dumpDOM(t, srv.URL+"/?inquiry="+qid)
		mustContain(t, "no token", dom, "추적 링크에 토큰이 없습니다")
	})

	page("document", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?id=SEOUL-2014-0001")
		mustContain(t, "document", dom, "<h1>2014년 정보공개 추진계획</h1>", "시민에게 행정정보를 적극 공개하기 위한",
			// The public Q&A, its markup shown as text.
			"묻고 답하기", `<li class="qa-item">`, "&lt;script&gt;document.body.setAttribute('data-xss','a')&lt;/script&gt;", "답변드립니다",
			"첨부: 붙임1. 추진계획.hwp", "붙임 일정표: 정보공개 확대", "휴대전화 1건", "질문하기",
			// Its DCAT dataset, advertised.
			`<link rel="alternate" type="application/ld+json" href="/dataset/SEOUL-2014-0001.jsonld?org=6110000">`,
			"관련 문서", "버스 노선 개편 계획", "(이 문서를 인용: 정보공개정책과-0001)", "수사 협조 요청에 대한 회신", "(공통 주제어: 정보공개)", "홍길동 주무관", "정보공개정책과-0001",
			// The report action, closed until pressed.
			`id="report-open" aria-expanded="false" aria-controls="report-box">개인정보가 보이나요? 신고하기<span class="en" lang="en">Report personal data</span></button>`,
			`<section class="ask-box report-box" id="report-box" aria-labelledby="report-title" hidden="">`)
		mustNotContain(t, "document", dom, `id="reported-note"`)
	})

	page("closed document", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?id=SEOUL-2014-0003")
		mustContain(t, "closed", dom, "비공개 문서입니다", "제4호 재판·수사", "제6호 개인정보(사생활)", "수사 협조 요청에 대한 회신", "질문하기",
			"아직 공개된 질문과 답변이 없습니다") // the request is open, and its citizen opted out
		mustNotContain(t, "closed", dom, "SECRET", `id="report-open"`, "신고하기")
	})

	page("hostile document", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?id=XSS-0001")
		mustContain(t, "xss document", dom, "&lt;script&gt;document.body.setAttribute", "&lt;b onmouseover=alert(3)&gt;굵게&lt;/b&gt;")
		mustNotContain(t, "xss document", dom, `data-xss="`, "<b onmouseover")
	})

	page("release statistics", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?view=stats")
		// 행정국: 3 received, 1 published → 33.3%; City Hall: 3 of 7 →
		// 42.9%; with the other organization's one: 4 of 8 → 50.0%.
		mustContain(t, "stats", dom, "기관별 공개 현황", "부서별 공개 현황", "<td>6110000 · 행정국 정보공개정책과</td>", ">33.3%<", ">42.9%<", ">50.0%<", "<td>전체</td>")
	})

	page("release statistics by month", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?view=stats&period=month&organization=6110000")
		// The seeded records were received in November 2026: one bar, the
		// organization's 3 of 7, a form to choose, the same figures as CSV.
		mustContain(t, "stats by month", dom, "월별 공개율 (2025-12 ~ 2026-11)", "<td>2026-11</td>",
			// The charts: a column per month, a bar per department, each
			// named, with its figure as the tooltip.
			`<svg id="chart-periods" class="chart-svg" viewBox="0 0 400 200" role="img" aria-label="월별 공개율 (2025-12 ~ 2026-11)"`,
			`width="40.0" height="72.0"><title>2026-11: 42.9%</title></rect>`, "부서별 공개율",
			`<svg id="chart-departments" class="chart-svg" viewBox="0 0 400 52" role="img" aria-label="부서별 공개율"`,
			// Highest ratio first.
			"<title>도시교통실 교통정책과: 50.0%</title></rect><text class=\"value\" text-anchor=\"end\" x=\"398\" y=\"19\">50.0%</text><text class=\"label\" text-anchor=\"end\" x=\"144\" y=\"41\">행정국 정보공개정책과</text>", `>33.3%</text>`,
			// Wide tables scroll in a region the keyboard reaches.
			`<div class="scroller" tabindex="0" role="region" aria-label="부서별 공개 현황"><table>`,
			`href="/api/stats/release?period=month&amp;organization=6110000&amp;format=csv"`,
			`<option value="month" selected="">월별</option>`, `<option value="6110000" selected="">`, `<option value="6120000">`, ">42.9%<")
		// The other organization is a choice in the form, not a row.
		mustNotContain(t, "stats by month", dom, "<td>6120000")
	})
}

const (
	formQuestion = `<img src=x onerror="document.body.setAttribute('data-xss','f')"> 버스 노선 개편안은 언제 확정되나요?`
	xssQuestion  = `추진 일정이 궁금합니다 <script>document.body.setAttribute('data-xss','q')</script> <img src=x onerror="document.body.setAttribute('data-xss','i')">`
	xssAnswer    = `답변드립니다. <script>document.body.setAttribute('data-xss','a')</script> 일정은 붙임과 같습니다.`
)

// askAndAnswer asks a question through the API and, if answer is set,
// has the department assign, start and answer it. It returns the id and
// tracking token.
func askAndAnswer(t *testing.T, e *env, doc, question, answer string) (id, token string) {
	t.Helper()
	body := map[string]any{"document_id": doc, "question": question, "email": "citizen@example.com", "phone": "010-2345-6789", "consent": true}
	if answer == "" {
		body["publish"] = false
	}
	w := e.do(t, "POST", "/api/inquiries", "", body)
	if w.Code != 201 {
		t.Fatalf("ask: %d %s", w.Code, w.Body)
	}
	created := decode[struct{ ID, Token string }](t, w.Body.Bytes())
	if answer == "" {
		return created.ID, created.Token
	}
	staff := e.token(t, deptInfo, false)
	for _, step := range []struct{ action, body string }{
		{"assign", `{"officer":"info-1"}`}, {"start", `{}`}, {"answer", `{"answer":` + strconv.Quote(answer) + `}`},
	} {
		if w := e.do(t, "POST", "/api/staff/inquiries/"+created.ID+"/"+step.action, staff, step.body); w.Code != 200 {
			t.Fatalf("%s: %d %s", step.action, w.Code, w.Body)
		}
	}
	return created.ID, created.Token
}

// shotPath is where a screenshot goes: dir when set (to look at), else a
// temporary folder.
func shotPath(t *testing.T, dir, name string) string {
	t.Helper()
	if dir == "" {
		return filepath.Join(t.TempDir(), name)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, name)
}

func checkPNG(t *testing.T, png string) {
	t.Helper()
	data, err := os.ReadFile(png)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 10_000 || !bytes.HasPrefix(data, []byte("\x89PNG")) {
		t.Fatalf("screenshot of %d bytes is not a rendered page", len(data))
	}
}

// accessLog records what an access log would: every request's URI, and
// the report tokens that came in the header.
type accessLog struct {
	mu      sync.Mutex
	uris    []string
	headers []string
}

func (l *accessLog) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.mu.Lock()
		l.uris = append(l.uris, r.URL.RequestURI())
		if tok := r.Header.Get(ReportTokenHeader); tok != "" {
			l.headers = append(l.headers, tok)
		}
		l.mu.Unlock()
		h.ServeHTTP(w, r)
	})
}

// seen reports whether s was in a request's URI, and whether it came as
// the report token header.
func (l *accessLog) seen(s string) (inURI, inHeader bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.ContainsFunc(l.uris, func(u string) bool { return strings.Contains(u, s) }), slices.Contains(l.headers, s)
}

// TestPortalReportInChromium reports personal data as a citizen does: from
// a document's page through the form (its checks, the API's errors), to
// the text masked on the page and the tracking page, then staff's decision
// on the same link and the rate limit. It has an env of its own, since the
// report masks the text the other portal tests read.
func TestPortalReportInChromium(t *testing.T) {
	e := newEnv(t)
	var log accessLog
	srv := httptest.NewServer(log.wrap(e.h))
	t.Cleanup(srv.Close)
	shots := os.Getenv("PLAZA_SCREENSHOT_DIR")
	const (
		reported = "행정정보를"
		submit   = "#report-form button[type=submit]"
	)

	b := chromium.New(t)
	// With org, as search links it: the reload after the report asks the
	// URL the browser has cached, and must not get the unmasked copy.
	b.Open(srv.URL + "/?id=SEOUL-2014-0001&org=" + org)
	b.WaitFor("the report action", `document.getElementById("report-open") && document.getElementById("doc-body")`)
	if got := b.Text(`document.getElementById("report-open").textContent`); got != "개인정보가 보이나요? 신고하기Report personal data" {
		t.Errorf("report action %q", got)
	}
	if got := b.Text(`document.querySelector("#report-open [lang=en]").textContent`); got != "Report personal data" {
		t.Errorf("English label %q", got)
	}
	if b.Text(`document.getElementById("reported-note") ? "shown" : ""`) != "" {
		t.Error("a document no one reported shows the reported notice")
	}

	// Text selected in the body fills the form that the action opens.
	b.Eval(`(function(){var t=document.getElementById("doc-body").firstChild, i=t.data.indexOf("정보공개 추진계획"), r=document.createRange();
		r.setStart(t,i); r.setEnd(t,i+9); getSelection().removeAllRanges(); getSelection().addRange(r);})()`)
	b.Click("#report-open")
	b.WaitFor("the consent notice", `document.getElementById("report-consent") && !document.getElementById("report-consent").disabled`)
	if got := b.Text(`document.getElementById("report-text").value`); got != "정보공개 추진계획" {
		t.Errorf("form prefilled with %q, want the selection", got)
	}
	if got := b.Text(`document.getElementById("report-open").getAttribute("aria-expanded") + " " + document.activeElement.id`); got != "true report-text" {
		t.Errorf("aria-expanded and focus: %q", got)
	}
	consent := decode[reportConsent](t, e.do(t, "GET", "/api/reports/consent", "", nil).Body.Bytes())
	form := b.Text(`document.getElementById("report-box").innerText`)
	mustContain(t, "report form", form, "개인정보 노출 신고", "문서에 보이는 내용", "신고 사유 (필수)",
		"내 개인정보", "다른 사람의 개인정보", "비공개 대상 내용", "오류", "처리 결과 받을 연락처 (선택)", "전자우편", "휴대전화",
		consent.Text, consent.TextEN, "연락처를 적은 경우 필수")

	errorIs := func(step, want string) {
		t.Helper()
		b.WaitFor(step+": "+want, `document.getElementById("report-error").textContent === `+chromium.JS(want))
	}
	b.Fill("report-text", "행")
	b.Click(submit)
	errorIs("too short", "신고할 내용은 2자 이상 200자 이하로 적어 주세요. 비워 두면 문서 전체에 대한 신고로 접수됩니다.")
	b.Fill("report-text", "  "+reported+" ")
	b.Click(submit)
	errorIs("no reason", "신고 사유를 골라 주세요.")
	b.Click("#report-reason-someones_data")
	// A contact needs the consent, and then only.
	if b.Text(`String(document.getElementById("report-consent").required)`) != "false" {
		t.Error("consent required with no contact")
	}
	b.Fill("report-phone", "010-12")
	if b.Text(`String(document.getElementById("report-consent").required)`) != "true" {
		t.Error("consent not required with a contact")
	}
	b.Click(submit)
	errorIs("no consent", "연락처를 남기시려면 개인정보 수집·이용에 동의해 주세요. 동의하지 않으시면 연락처를 지우고 신고할 수 있습니다.")
	b.Click("#report-consent")
	b.Click(submit)
	errorIs("the API's leak.bad_contact", "연락처를 확인해 주세요. 전자우편 주소나 010으로 시작하는 휴대전화번호를 적고, 개인정보 수집·이용에 동의해야 합니다.")
	b.Fill("report-phone", "")
	b.Click(submit)

	b.WaitFor("the receipt", `document.getElementById("report-track-link")`)
	if got := b.Text(`document.getElementById("report-done").textContent`); !strings.HasPrefix(got, "신고하신 내용을 즉시 가렸습니다 (1곳).") {
		t.Errorf("receipt says %q", got)
	}
	if got := b.Text(`document.getElementById("report-result").getAttribute("aria-live") + " " + document.activeElement.id`); got != "polite report-title" {
		t.Errorf("live region and focus: %q", got)
	}
	b.WaitFor("the text reloaded", `document.getElementById("reported-note")`)
	masked := "시민에게 " + redact.Mask(redact.TypeOther, reported) + " 적극 공개하기"
	if got := b.Text(`document.getElementById("doc-body").textContent`); !strings.Contains(got, masked) || strings.Contains(got, reported) {
		t.Errorf("body after the report %q, want %q", got, masked)
	}
	if got := b.Text(`document.getElementById("reported-note").textContent`); !strings.HasPrefix(got, "일부 내용이 시민 신고로 가려졌습니다.") {
		t.Errorf("reported notice %q", got)
	}
	b.Screenshot(shotPath(t, shots, "reported-mobile.png"))

	href := b.Text(`document.getElementById("report-track-link").getAttribute("href")`)
	m := regexp.MustCompile(`^/\?id=SEOUL-2014-0001&org=6110000&report=(R\d{8}T\d{6}-[0-9a-f]{8})#token=([A-Za-z0-9_-]{43})$`).FindStringSubmatch(href)
	if m == nil {
		t.Fatalf("tracking link %q", href)
	}
	rid, tok := m[1], m[2]
	b.Click("#report-track-link")
	b.WaitFor("the tracking page", `document.getElementById("report-outcome") && document.getElementById("report-doc-link").textContent === "2014년 정보공개 추진계획"`)
	if got := b.Text(`document.getElementById("report-outcome").textContent`); got != "신고하신 내용을 즉시 가렸으며, 담당자가 확인하고 있습니다." {
		t.Errorf("outcome %q", got)
	}
	mustContain(t, "tracking", b.Text(`document.getElementById("report-view").innerText`),
		"신고 처리 현황", rid, "가림 처리됨", "The text you reported was masked at once")
	if inURI, inHeader := log.seen(tok); inURI || !inHeader {
		t.Errorf("the token went in a URI: %v, in the header: %v", inURI, inHeader)
	}

	// Staff confirm; the same link shows the decision.
	w := e.do(t, "POST", "/api/staff/reports/SEOUL-2014-0001/"+rid+"/confirm", e.token(t, deptInfo, false),
		`{"note":"확인함","miss":{"type":"other","context":"body"}}`)
	if w.Code != 200 {
		t.Fatalf("confirm: %d %s", w.Code, w.Body)
	}
	b.Eval(`location.reload()`)
	b.WaitFor("the decision", `document.getElementById("report-outcome") && document.getElementById("report-outcome").textContent === "담당자가 개인정보임을 확인하여 가림 처리를 유지했습니다."`)
	mustContain(t, "decided", b.Text(`document.getElementById("report-view").innerText`), "가림 유지", "처리 일시")

	b.Open(srv.URL + "/?id=SEOUL-2014-0001&org=6110000&report=" + rid + "#token=not-the-token")
	b.WaitFor("a wrong token refused", `document.getElementById("status").textContent === "신고를 찾을 수 없습니다. 추적 링크가 정확한지 확인해 주세요."`)
	if b.Text(`document.getElementById("report-outcome") ? "shown" : ""`) != "" {
		t.Error("a wrong token shows the outcome")
	}

	// A closed document lists its metadata only: nothing to report.
	b.Open(srv.URL + "/?id=SEOUL-2014-0003")
	b.WaitFor("the closed document", `document.querySelector(".closed-note") && document.querySelector("button.ask[data-document-id]")`)
	if b.Text(`document.getElementById("report-open") || document.getElementById("report-box") ? "shown" : ""`) != "" {
		t.Error("a closed document offers the report action")
	}
	mustNotContain(t, "closed", b.Text(`document.body.innerText`), "신고하기")

	// Past the limit, the form says when to try again (Retry-After).
	for i := 0; ; i++ {
		w := e.do(t, "POST", "/api/documents/XSS-0001/reports", "", `{"text":"설명회","reason":"error"}`)
		if w.Code == 429 {
			break
		}
		if w.Code != 202 || i == 30 {
			t.Fatalf("report %d: %d %s", i, w.Code, w.Body)
		}
	}
	b.Open(srv.URL + "/?id=SEOUL-2014-0002")
	b.WaitFor("the report action", `document.getElementById("report-open")`)
	b.Click("#report-open")
	b.WaitFor("the form", `document.getElementById("report-text")`)
	b.Fill("report-text", "홍*동")
	b.Click("#report-reason-my_data")
	b.Click(submit)
	errorIs("rate limited", "짧은 시간에 신고가 너무 많이 접수되었습니다. 약 1시간 뒤에 다시 시도해 주세요.")
}
