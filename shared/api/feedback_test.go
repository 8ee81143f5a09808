package api

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/feedback"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/subscription"
)

// TestOneClickUnsubscribe posts what a mail client posts (RFC 8058) to
// the List-Unsubscribe URL of a confirmation mail: the subscription and
// its sealed address are gone at once.
func TestOneClickUnsubscribe(t *testing.T) {
	e := newEnv(t)
	const planted = "planted.subscriber@example.com"
	w := e.do(t, "POST", "/api/subscriptions", "", map[string]any{"email": planted,
		"criteria": map[string]any{"keywords": []string{"정보공개"}}, "consent_version": subscription.ConsentVersion})
	if w.Code != 202 || strings.Contains(w.Body.String(), "planted") {
		t.Fatalf("subscribe: %d %s", w.Code, w.Body)
	}
	m := e.mails.last()
	if m.To != planted {
		t.Fatalf("confirmation to %q", m.To)
	}
	var oneClick, post string
	for _, h := range m.Headers {
		switch h.Name {
		case notify.ListUnsubscribe:
			oneClick = strings.Trim(h.Value, "<>")
		case notify.ListUnsubscribePost:
			post = h.Value
		}
	}
	u, err := url.Parse(oneClick)
	if err != nil || u.Scheme != "https" || u.Path != "/api/subscriptions/unsubscribe" || post != "List-Unsubscribe=One-Click" {
		t.Fatalf("headers %+v", m.Headers)
	}
	var names []string
	if err := e.store.List(t.Context(), buckets.Work, subscription.Prefix, func(in storage.Info) error { names = append(names, in.Key); return nil }); err != nil || len(names) != 1 {
		t.Fatalf("stored subscriptions %v %v", names, err)
	}
	r := httptest.NewRequest("POST", u.RequestURI(), strings.NewReader(notify.OneClickBody))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rr := httptest.NewRecorder()
	e.h.ServeHTTP(rr, r)
	if rr.Code != 200 || !strings.Contains(rr.Body.String(), `"unsubscribed"`) {
		t.Fatalf("one-click: %d %s", rr.Code, rr.Body)
	}
	names = nil
	e.store.List(t.Context(), buckets.Work, subscription.Prefix, func(in storage.Info) error { names = append(names, in.Key); return nil })
	if len(names) != 0 {
		t.Fatalf("still stored after unsubscribing: %v", names)
	}
	if strings.Contains(e.logs.String(), "planted") {
		t.Fatalf("the address is in the logs:\n%s", e.logs)
	}
}

// TestSatisfactionByPeriod: GIVEN votes in October and a vote and a
// survey response in November WHEN the statistics are asked by month
// THEN each month's row and each department's row over a range count
// only what was said in it; without a period, all of it.
func TestSatisfactionByPeriod(t *testing.T) {
	e := newEnv(t)
	say := func(at time.Time, addr, target string, body any) {
		t.Helper()
		e.now = at
		e.setAddr(addr)
		if w := e.do(t, "POST", target, "", body); w.Code != 202 {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
	}
	oct, nov := time.Date(2026, 10, 14, 3, 0, 0, 0, time.UTC), time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC)
	say(oct, "198.51.100.1", "/api/documents/SEOUL-2014-0001/feedback", `{"useful":true}`)
	say(oct, "198.51.100.2", "/api/documents/SEOUL-2014-0001/feedback", `{"useful":true}`)
	say(nov, "198.51.100.3", "/api/documents/SEOUL-2014-0001/feedback", `{"useful":false}`)
	say(nov, "198.51.100.3", "/api/surveys/satisfaction/responses", map[string]any{"organization": org, "department": deptInfo,
		"answers": map[string]any{"overall": 4}})
	e.now = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	get := func(target string) ReleaseStats {
		t.Helper()
		w := e.do(t, "GET", target, "", nil)
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		var st ReleaseStats
		if err := json.Unmarshal(w.Body.Bytes(), &st); err != nil {
			t.Fatal(err)
		}
		return st
	}
	row := func(rows []DepartmentStats) *stats.Satisfaction {
		for _, d := range rows {
			if d.Org == org && d.Code == deptInfo {
				return d.Satisfaction
			}
		}
		return nil
	}
	st := get("/api/stats/release?period=month&from=2026-10&to=2026-11&organization=" + org)
	months := map[string]*stats.Satisfaction{}
	for _, p := range st.Periods {
		months[p.Period] = p.Satisfaction
	}
	if o, n := months["2026-10"], months["2026-11"]; o == nil || n == nil || o.Useful != 2 || o.NotUseful != 0 || o.Surveys != 0 ||
		n.Useful != 0 || n.NotUseful != 1 || n.Surveys != 1 || *n.SurveyMean != 4 {
		t.Fatalf("by month: %+v / %+v", o, n)
	}
	for _, p := range st.Periods {
		if p.Period == "2026-11" {
			if s := row(p.Departments); s == nil || s.NotUseful != 1 || s.Useful != 0 {
				t.Fatalf("November's department row: %+v", s)
			}
		}
	}
	if s := row(st.Departments); s == nil || s.Useful != 2 || s.NotUseful != 1 || *s.UsefulRatio != 0.667 || st.Satisfaction.Surveys != 1 {
		t.Fatalf("October to November: %+v, total %+v", s, st.Satisfaction)
	}
	if s := row(get("/api/stats/release?period=month&from=2026-11&to=2026-11&organization=" + org).Departments); s == nil || s.Useful != 0 || s.NotUseful != 1 {
		t.Fatalf("November only: %+v", s)
	}
	if s := row(get("/api/stats/release?period=day&from=2026-10-14&to=2026-10-14").Departments); s != nil {
		t.Fatalf("a day without documents has no department row, yet: %+v", s)
	}
	if s := row(get("/api/stats/release").Departments); s == nil || s.Useful != 2 || s.NotUseful != 1 || s.Surveys != 1 {
		t.Fatalf("all time: %+v", s)
	}
}

// TestSatisfactionInStatistics: votes, a rating and a survey response
// reach the department's row of GET /api/stats/release, and nothing
// personal does.
func TestSatisfactionInStatistics(t *testing.T) {
	e := newEnv(t)
	const planted = "planted.voter@example.com"
	for _, body := range []string{
		`{"useful":true}`, `{"useful":true}`,
		`{"useful":false,"comment":"담당자 연락처가 틀렸어요. 제 메일 ` + planted + `, 010-1234-5678 로 연락 주세요"}`,
	} {
		if w := e.do(t, "POST", "/api/documents/SEOUL-2014-0001/feedback", "", body); w.Code != 202 {
			t.Fatalf("vote: %d %s", w.Code, w.Body)
		}
	}
	tok, _ := e.fb.RatingToken(feedback.RateClaims{Org: org, Inquiry: "Q-2026-000009", Department: deptInfo})
	if w := e.do(t, "POST", "/api/ratings", "", map[string]any{"token": tok, "score": 5}); w.Code != 200 {
		t.Fatalf("rate: %d %s", w.Code, w.Body)
	}
	if w := e.do(t, "POST", "/api/surveys/satisfaction/responses", "", map[string]any{"organization": org, "department": deptInfo,
		"answers": map[string]any{"overall": 3, "comment": "메일 " + planted}}); w.Code != 202 {
		t.Fatalf("survey: %d %s", w.Code, w.Body)
	}
	w := e.do(t, "GET", "/api/stats/release", "", nil)
	if w.Code != 200 {
		t.Fatalf("stats: %d %s", w.Code, w.Body)
	}
	var st ReleaseStats
	if err := json.Unmarshal(w.Body.Bytes(), &st); err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, d := range st.Departments {
		if d.Org == org && d.Code == deptInfo {
			s := d.Satisfaction
			if s == nil || s.Useful != 2 || s.NotUseful != 1 || s.Ratings != 1 || s.RatingCounts[4] != 1 || s.Surveys != 1 || *s.SurveyMean != 3 {
				t.Fatalf("satisfaction %+v", s)
			}
			found = true
		}
	}
	if !found {
		t.Fatalf("no row of %s/%s: %s", org, deptInfo, w.Body)
	}
	// The address and the phone are nowhere: not in the public answer,
	// the logs, or what is stored.
	var storedText strings.Builder
	e.store.List(t.Context(), buckets.Work, "feedback/", func(in storage.Info) error {
		b, _ := storage.ReadAll(t.Context(), e.store, buckets.Work, in.Key, 1<<20)
		storedText.Write(b)
		return nil
	})
	if storedText.Len() == 0 {
		t.Fatal("no feedback stored: the check below checks nothing")
	}
	for what, text := range map[string]string{"stats": w.Body.String(), "logs": e.logs.String(), "stored": storedText.String()} {
		for _, pd := range []string{"planted", "1234-5678"} {
			if strings.Contains(text, pd) {
				t.Errorf("%q is in the %s", pd, what)
			}
		}
	}
}
