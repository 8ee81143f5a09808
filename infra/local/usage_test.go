package main

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/access"
	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/chromium"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
	visits "github.com/seoul-plaza/plaza/shared/usage"
)

// phoneUA is a phone's browser: headless Chromium's own agent says
// "HeadlessChrome", which the figures count as a bot.
const phoneUA = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36"

// TestUsageInChromium: a citizen's phone searches, reads a document and
// leaves it; the portal's beacon reaches the stack under the portal's CSP
// and lands in the access log; the monitor's count turns the log into the
// day's figures (the view, the time on page, the phone, the search), and
// the public page, the home page's most-viewed list, the search's
// most-viewed order and the staff console show them, the public page
// without the search one person typed.
func TestUsageInChromium(t *testing.T) {
	chromium.Require(t)
	ctx := context.Background()
	dir := t.TempDir()
	s := openStack(t, dir, 20)
	defer s.Close()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	srv := httptest.NewServer(s.API)
	defer srv.Close()
	res, err := s.Index.Search(ctx, search.Query{Sort: search.SortDate, Size: 1})
	if err != nil || len(res.Items) == 0 {
		t.Fatalf("no document to read: %v", err)
	}
	doc := res.Items[0]

	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self'") {
		t.Fatalf("the portal's CSP does not let the beacon reach its own origin: %q", csp)
	}

	b := chromium.New(t, "--user-agent="+phoneUA)
	const word = "계획"
	b.Open(srv.URL + "/?q=" + url.QueryEscape(word))
	b.WaitFor("the results", `document.querySelector("#results li")`)
	navigate(b, srv.URL+"/?id="+url.QueryEscape(doc.ID)+"&org="+doc.Org)
	b.WaitFor("the document", `document.querySelector("#doc-view h1")`)
	b.Eval(`window.violations = []; document.addEventListener("securitypolicyviolation", function (e) { window.violations.push(e.violatedDirective); }); true`)
	time.Sleep(1500 * time.Millisecond) // reading: the beacon skips a glance under a second
	// Leaving the page: the portal's own pagehide handler sends the beacon.
	b.Eval(`window.dispatchEvent(new PageTransitionEvent("pagehide")); true`)
	line := waitForLog(t, dir, `"path":"/api/beacon"`)
	if !strings.Contains(line, `"status":"204"`) || !strings.Contains(line, "doc="+url.QueryEscape(doc.ID)) || !strings.Contains(line, `"method":"POST"`) {
		t.Errorf("the beacon's line: %s", line)
	}
	if v := b.Text(`JSON.stringify(window.violations)`); v != "[]" {
		t.Errorf("CSP violations on the document page: %s", v)
	}
	navigate(b, srv.URL+"/?view=stats") // the real pagehide: nothing more to report

	rep, err := s.Usage.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	today := visits.Day(time.Now())
	days, err := visits.Load(ctx, s.Store, buckets.Work, today, today)
	if err != nil || len(days) != 1 || len(rep.Days) == 0 {
		t.Fatalf("today's figures: %+v %v (run %+v)", days, err, rep)
	}
	f := days[0]
	var read *visits.DocCount
	for i, d := range f.Documents {
		if d.ID == doc.ID && d.Org == doc.Org {
			read = &f.Documents[i]
		}
	}
	if read == nil || read.Views != 1 || read.Beacons != 1 || read.Millis < 1000 || read.Title == "" {
		t.Fatalf("the document's figures: %+v", read)
	}
	if f.Devices[access.Mobile] != 1 || f.Visitors != 1 || f.Complete {
		t.Errorf("visitors %d, devices %v, complete %v", f.Visitors, f.Devices, f.Complete)
	}
	found := false
	for _, q := range f.Searches {
		found = found || q.Query == word && q.Visitors == 1
	}
	if !found {
		t.Errorf("the search is not counted: %+v", f.Searches)
	}

	// The public page: the document and its time, not the one person's search.
	navigate(b, srv.URL+"/?view=usage")
	b.WaitFor("the usage page", `document.querySelector("#stats-view h1") && document.querySelector("#stats-view h1").textContent === "시민 이용 현황"`)
	page := b.Text(`document.getElementById("stats-view").innerText`)
	for _, want := range []string{"많이 본 문서", read.Title, "휴대전화", "평균 열람 시간"} {
		if !strings.Contains(page, want) {
			t.Errorf("the usage page lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "‘"+word) || strings.Contains(b.Text(`Array.from(document.querySelectorAll("#stats-view a")).map(function (a) { return a.textContent; }).join("|")`), "|"+word+"|") {
		t.Errorf("the public page shows a search one person typed")
	}
	shot(t, b, "usage.png")

	// The home page lists it as most viewed.
	navigate(b, srv.URL+"/")
	b.WaitFor("the most viewed list", `document.querySelector("#popular ol li a")`)
	if got := b.Text(`document.querySelector("#popular ol li a").textContent`); got != read.Title {
		t.Errorf("most viewed: %q, want %q", got, read.Title)
	}
	// Not among the frequent searches: one person typed it.
	if b.Text(`String(!!document.querySelector("#popular .keywords"))`) != "false" {
		t.Errorf("the home lists a search one person typed: %s", b.Text(`document.getElementById("popular").innerText`))
	}

	// "Most viewed" as the search's order: the one document read, alone.
	navigate(b, srv.URL+"/?sort=views")
	b.WaitFor("the most viewed results", `document.querySelector("#results li.result h3 a") && document.getElementById("sort").value === "views"`)
	if got := b.Text(`Array.from(document.querySelectorAll("#results li.result h3 a")).map(function (a) { return a.textContent; }).join("|")`); got != read.Title {
		t.Errorf("sort=views lists %q, want only %q", got, read.Title)
	}

	// The staff console shows the search.
	tok, err := s.Auth.Issue(auth.Claims{Subject: "usage-test", Organization: "6110000", Admin: true}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	code, err := newLogin(dir, tok, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	navigate(b, srv.URL+"/staff/#login="+code)
	b.WaitFor("the console", `document.getElementById("console-nav") && !document.getElementById("console-nav").hidden`)
	b.Eval(`location.hash = "#/usage"; true`)
	b.WaitFor("the staff usage view", `document.querySelector("#searches td")`)
	if got := b.Text(`document.querySelector("#searches td").textContent`); got != word {
		t.Errorf("the staff view's first search: %q", got)
	}
	a11y(t, b, "staff usage")
}

// navigate loads url in the browser's current tab, so that the page it
// leaves gets its pagehide.
func navigate(b *chromium.Browser, url string) {
	b.Call("Page.navigate", map[string]any{"url": url}, nil)
}

// waitForLog waits for a line of today's access log that contains want.
func waitForLog(t *testing.T, dir, want string) string {
	t.Helper()
	path := filepath.Join(dir, logsBucket, accessLogPrefix, access.FileName(time.Now()))
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		b, _ := os.ReadFile(path)
		for _, l := range strings.Split(string(b), "\n") {
			if strings.Contains(l, want) {
				return l
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no access-log line with %s", want)
	return ""
}

// TestUsageKeepsNoAddressOrEmail: citizens on three planted addresses
// (the requests' remote addresses) search for a text with an e-mail
// address and a phone number in it, coming from a mail page whose address
// names the e-mail; after the stack's count, neither the addresses nor
// the e-mail or phone appear in the kept figures, the public or staff
// answers, or any line of the stack's JSON log.
func TestUsageKeepsNoAddressOrEmail(t *testing.T) {
	dir := t.TempDir()
	logs := &syncBuffer{}
	s, err := Open(Options{Data: dir, Addr: "127.0.0.1:0", Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	const email, phone = "kim.minwon@example.net", "010-3456-7890"
	query := "/api/documents?q=" + url.QueryEscape("민원 "+email+" "+phone)
	addrs := []string{"203.0.113.41", "203.0.113.42", "2001:db8::43"}
	for _, a := range addrs {
		for _, target := range []string{query, "/"} {
			r := httptest.NewRequest("GET", target, nil)
			r.RemoteAddr = net.JoinHostPort(a, "50000")
			r.Header.Set("User-Agent", phoneUA)
			r.Header.Set("Referer", "https://mail.example.net/read?to="+email)
			w := httptest.NewRecorder()
			s.API.ServeHTTP(w, r)
			if w.Code != 200 {
				t.Fatalf("%s: %d", target, w.Code)
			}
		}
	}
	if _, err := s.Usage.Run(ctx); err != nil {
		t.Fatal(err)
	}
	today := visits.Day(time.Now())
	kept, err := storage.ReadAll(ctx, s.Store, buckets.Work, visits.Key(today), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(kept), `"visitors":3`) || !strings.Contains(string(kept), "mail.example.net") {
		t.Fatalf("the figures did not count the visits: %s", kept)
	}
	tok, err := s.Auth.Issue(auth.Claims{Subject: "usage-test", Organization: "6110000", Admin: true}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	answer := func(target, token string) string {
		r := httptest.NewRequest("GET", target, nil)
		if token != "" {
			r.Header.Set("Authorization", "Bearer "+token)
		}
		w := httptest.NewRecorder()
		s.API.ServeHTTP(w, r)
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		return w.Body.String()
	}
	staff := answer("/api/staff/stats/usage", tok)
	if !strings.Contains(staff, `"query":"민원 `) {
		t.Fatalf("the staff answer lacks the masked query: %s", staff)
	}
	for what, text := range map[string]string{"figures": string(kept), "public": answer("/api/stats/usage", ""), "staff": staff, "log": logs.String()} {
		for _, p := range append(addrs, email, "kim.minwon", phone, "3456-7890", "203.0.113") {
			if strings.Contains(text, p) {
				t.Errorf("%s carries %q", what, p)
			}
		}
	}
}
