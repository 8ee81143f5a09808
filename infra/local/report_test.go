package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/redact"
)

// reportStack is a stack with one published document that holds a name
// the machine misses (a transcribed foreign name with no context), in the
// body, an attachment and a keyword, and a closed document.
type reportStack struct {
	s     *Stack
	dir   string
	logs  *syncBuffer
	staff string // an admin's token
}

const missedName = "에스더 킴벌리"

func newReportStack(t *testing.T, limits leak.Limits) *reportStack {
	t.Helper()
	dir := t.TempDir()
	logs := &syncBuffer{}
	s, err := Open(Options{Data: dir, Addr: "127.0.0.1:0", ReportLimits: limits,
		Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	open := leakDoc("REPORT-001", "public", nil, "자전거 도로 확충 실무협의회 결과",
		"자전거 도로 확충 실무협의회를 열었다. 발표 자료는 "+missedName+"가 준비했고 주민 의견을 들었다.\n노선 연장 요청이 많았다.",
		"붙임 발표자: "+missedName+" (자전거 도로 노선 연장)\n")
	open.envelope["keywords"] = []string{"자전거", missedName}
	closed := leakDoc("REPORT-002", "closed", []string{"5"}, "자전거 도로 예산 협의", "내부 검토 중인 예산 협의 자료", "예산 검토\n")
	if err := s.Seed(ctx, []sampleDoc{open, closed}, nil); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	if r, err := s.Ledger.Get(ctx, "6110000", "REPORT-001"); err != nil || r.State != "indexed" {
		t.Fatalf("REPORT-001 not published (%v %s %s): the test would prove nothing", err, r.State, r.Reason)
	}
	tok, err := s.Auth.Issue(auth.Claims{Subject: "privacy-officer", Organization: "6110000", Admin: true}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return &reportStack{s: s, dir: dir, logs: logs, staff: tok}
}

func (rs *reportStack) call(t *testing.T, method, path, token string, body any, out any) int {
	t.Helper()
	var rd *bytes.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	} else {
		rd = bytes.NewReader(nil)
	}
	r := httptest.NewRequest(method, path, rd)
	if body != nil {
		r.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	rs.s.API.ServeHTTP(w, r)
	if out != nil && w.Body.Len() > 0 {
		if err := json.Unmarshal(w.Body.Bytes(), out); err != nil {
			t.Fatalf("%s %s: %v: %s", method, path, err, w.Body)
		}
	}
	return w.Code
}

type documentBody struct {
	Body        string `json:"body"`
	Reported    bool   `json:"reported"`
	Attachments []struct {
		Text string `json:"text"`
	} `json:"attachments"`
	Keywords []string `json:"keywords"`
}

func (rs *reportStack) document(t *testing.T) documentBody {
	t.Helper()
	var d documentBody
	if c := rs.call(t, "GET", "/api/documents/REPORT-001", "", nil, &d); c != 200 {
		t.Fatalf("document: %d", c)
	}
	return d
}

// surfaces returns every public surface a name could show on: the
// document, search by it, suggestions, related reasons and the public
// bucket's files.
func (rs *reportStack) surfaces(t *testing.T, name string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range []string{"/api/documents/REPORT-001", "/api/documents?q=" + url.QueryEscape(name),
		"/api/documents?q=" + url.QueryEscape(strings.Fields(name)[1]), "/api/keywords?prefix=" + url.QueryEscape(strings.Fields(name)[0][:3]),
		"/api/documents/REPORT-001/related", "/api/documents?size=100"} {
		w := httptest.NewRecorder()
		rs.s.API.ServeHTTP(w, httptest.NewRequest("GET", p, nil))
		out[p] = w.Body.String()
	}
	_ = filepath.WalkDir(filepath.Join(rs.dir, "public"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(path)
			out[path] = string(b)
		}
		return nil
	})
	return out
}

func (rs *reportStack) shows(t *testing.T, name string) []string {
	t.Helper()
	var where []string
	for k, v := range rs.surfaces(t, name) {
		if strings.Contains(v, name) || strings.Contains(v, strings.Fields(name)[1]) {
			where = append(where, k)
		}
	}
	return where
}

type receipt struct {
	ID, Token, State, Why string
	Masked                int
}

func (rs *reportStack) report(t *testing.T, id, text, reason string) (int, receipt) {
	t.Helper()
	var rc receipt
	c := rs.call(t, "POST", "/api/documents/"+id+"/reports", "", map[string]any{"text": text, "reason": reason}, &rc)
	return c, rc
}

// A citizen reports a name the machine missed: within 60 s it shows on
// no public surface, the rest of the document is unchanged, the report
// waits for staff, a restore puts the text back with an audit entry, and
// a confirm keeps the mask and counts the miss.
func TestReportedNameIsMaskedEverywhere(t *testing.T) {
	rs := newReportStack(t, leak.Limits{})
	before := rs.document(t)
	if where := rs.shows(t, missedName); len(where) < 4 {
		t.Fatalf("the planted name shows on only %v before the report: the test would prove little", where)
	}

	reported := time.Now()
	c, rc := rs.report(t, "REPORT-001", missedName, "someones_data")
	if c != 202 || rc.State != "masked" || rc.Masked < 3 {
		t.Fatalf("report: %d %+v", c, rc)
	}
	waitIdle(t, rs.s)
	for time.Since(reported) < 60*time.Second && len(rs.shows(t, missedName)) > 0 {
		time.Sleep(50 * time.Millisecond)
		waitIdle(t, rs.s)
	}
	if where := rs.shows(t, missedName); len(where) > 0 {
		t.Fatalf("60 s after the report the name still shows on %v", where)
	}
	t.Logf("reported → masked on every surface: %s", time.Since(reported))

	after := rs.document(t)
	mask := redact.Mask(redact.TypeOther, missedName)
	if want := strings.ReplaceAll(before.Body, missedName, mask); after.Body != want || !after.Reported {
		t.Errorf("the rest of the body changed or reported is false:\n got %q\nwant %q", after.Body, want)
	}
	if want := strings.ReplaceAll(before.Attachments[0].Text, missedName, mask); after.Attachments[0].Text != want {
		t.Errorf("attachment: got %q want %q", after.Attachments[0].Text, want)
	}

	// In the staff queue, with the text and where it stood.
	var list struct{ Items []leak.Report }
	if c := rs.call(t, "GET", "/api/staff/reports", rs.staff, nil, &list); c != 200 || len(list.Items) != 1 || list.Items[0].State != leak.Masked {
		t.Fatalf("staff queue: %d %+v", c, list)
	}
	staffPath := "/api/staff/reports/REPORT-001/" + rc.ID
	var v leak.View
	if c := rs.call(t, "GET", staffPath, rs.staff, nil, &v); c != 200 || v.Text != missedName || len(v.Places) < 2 {
		t.Fatalf("staff view: %d text %q places %d", c, v.Text, len(v.Places))
	}

	// Restore: the text is back, with an audit entry.
	if c := rs.call(t, "POST", staffPath+"/restore", rs.staff, map[string]any{"note": "공개 행사 발표자로 본인 동의"}, &v); c != 200 || v.State != leak.Restored {
		t.Fatalf("restore: %d %+v", c, v.State)
	}
	waitIdle(t, rs.s)
	if got := rs.document(t); got.Body != before.Body || got.Reported {
		t.Errorf("after restore the body is %q, want it as first published", got.Body)
	}
	last := v.Steps[len(v.Steps)-1]
	if last.Action != "restore" || last.By != "privacy-officer" || last.Note == "" {
		t.Errorf("restore audit: %+v", last)
	}
	var tracked leak.Status
	if c := rs.call(t, "GET", "/api/documents/REPORT-001/reports/"+rc.ID+"?token="+rc.Token, "", nil, &tracked); c != 200 || tracked.State != leak.Restored || tracked.Outcome == "" {
		t.Errorf("tracking: %d %+v", c, tracked)
	}

	// Reported again and confirmed: the mask stays, the miss is counted.
	c, rc2 := rs.report(t, "REPORT-001", missedName, "my_data")
	if c != 202 || rc2.State != "masked" {
		t.Fatalf("second report: %d %+v", c, rc2)
	}
	if c := rs.call(t, "POST", "/api/staff/reports/REPORT-001/"+rc2.ID+"/confirm", rs.staff,
		map[string]any{"miss": map[string]string{"type": "name", "context": "body"}}, &v); c != 200 || v.State != leak.Confirmed {
		t.Fatalf("confirm: %d %s", c, v.State)
	}
	waitIdle(t, rs.s)
	if where := rs.shows(t, missedName); len(where) > 0 {
		t.Errorf("after confirm the name shows on %v", where)
	}
	var missed struct{ Items []leak.MissCount }
	rs.call(t, "GET", "/api/staff/reports/missed", rs.staff, nil, &missed)
	if len(missed.Items) != 1 || missed.Items[0].Type != "name" || missed.Items[0].Context != "body" || missed.Items[0].Count != 1 {
		t.Errorf("missed by type: %+v", missed.Items)
	}
	// The department and the privacy officer were told, without the name.
	outbox, _ := os.ReadDir(filepath.Join(rs.dir, "outbox"))
	var mails strings.Builder
	for _, e := range outbox {
		b, _ := os.ReadFile(filepath.Join(rs.dir, "outbox", e.Name()))
		mails.Write(b)
	}
	if !strings.Contains(mails.String(), "privacy.officer@seoul-city.example") || !strings.Contains(mails.String(), "info.officer1@seoul-city.example") {
		t.Errorf("the privacy officer or the department was not told (%d outbox files)", len(outbox))
	}
	// The report's own log lines carry the request's id.
	for _, line := range strings.Split(rs.logs.String(), "\n") {
		if strings.Contains(line, `"msg":"leak reported"`) && !strings.Contains(line, `"request_id":`) {
			t.Errorf("a report's log line without its request id: %s", line)
		}
	}
	if !strings.Contains(rs.logs.String(), `"msg":"leak reported"`) {
		t.Error("no log line of the report")
	}
	for name, text := range map[string]string{"outbox": mails.String(), "logs": rs.logs.String()} {
		if strings.Contains(text, missedName) || strings.Contains(text, "킴벌리") {
			t.Errorf("the reported name is in the %s", name)
		}
	}
}

// A report on a closed document, on an unknown id, or with text not in
// the document gets a clear answer and changes nothing; flooding stops the
// automatic masks at the limit, and the client limit answers 429.
func TestReportsThatChangeNothing(t *testing.T) {
	rs := newReportStack(t, leak.Limits{PerClientHour: 6, AutoPerDocumentDay: 2})
	before := rs.document(t)
	var e struct {
		Error struct{ Code string }
	}
	if c := rs.call(t, "POST", "/api/documents/REPORT-002/reports", "", map[string]any{"text": "예산 협의", "reason": "my_data"}, &e); c != 409 || e.Error.Code != "leak.closed_document" {
		t.Errorf("closed document: %d %s", c, e.Error.Code)
	}
	if c := rs.call(t, "POST", "/api/documents/NOPE-1/reports", "", map[string]any{"text": "예산 협의", "reason": "my_data"}, &e); c != 404 {
		t.Errorf("unknown document: %d %s", c, e.Error.Code)
	}
	c, rc := rs.report(t, "REPORT-001", "홍길동 010-1234-5678", "my_data")
	if c != 202 || rc.State != "pending" || rc.Why != leak.WhyNotFound || rc.Masked != 0 {
		t.Errorf("text not in the document: %d %+v", c, rc)
	}
	if got := rs.document(t); got.Body != before.Body {
		t.Errorf("a report of a text not found changed the document")
	}
	// Two automatic masks a day on one document, then reports wait.
	for i, text := range []string{"노선 연장", "주민 의견", "실무협의회"} {
		c, rc := rs.report(t, "REPORT-001", text, "someones_data")
		wantState, wantWhy := "masked", ""
		if i == 2 {
			wantState, wantWhy = "pending", leak.WhyDailyLimit
		}
		if c != 202 || rc.State != wantState || rc.Why != wantWhy {
			t.Errorf("report %d: %d %+v, want %s %s", i+1, c, rc, wantState, wantWhy)
		}
	}
	waitIdle(t, rs.s)
	if got := rs.document(t); !strings.Contains(got.Body, "실무협의회") {
		t.Errorf("a report past the daily limit masked the text")
	}
	// The client's hour holds 6 reports, refused ones included (so that
	// ids cannot be probed for free): the 7th is refused.
	if c := rs.call(t, "POST", "/api/documents/REPORT-001/reports", "", map[string]any{"reason": "error"}, &e); c != 429 || e.Error.Code != "leak.rate_limited" {
		t.Errorf("7th report: %d %s, want 429", c, e.Error.Code)
	}
}
