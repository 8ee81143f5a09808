package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/notify/outbox"
	"github.com/seoul-plaza/plaza/shared/subscription"
)

// planted is an address that must show up in the outbox and nowhere else.
const planted = "planted.reader@example.org"

// tokenAfter returns the URL-escaped token that follows marker in text.
func tokenAfter(t *testing.T, text, marker string) string {
	t.Helper()
	_, rest, ok := strings.Cut(text, marker)
	if !ok {
		t.Fatalf("no %q in:\n%s", marker, text)
	}
	if i := strings.IndexAny(rest, "\n >"); i >= 0 {
		rest = rest[:i]
	}
	tok, err := url.QueryUnescape(rest)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func mails(t *testing.T, dir string) []outbox.Message {
	t.Helper()
	m, _, err := outbox.Read(filepath.Join(dir, "outbox"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func treeText(t *testing.T, root string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			b.Write(data)
		}
		return nil
	})
	return b.String()
}

// Subscriptions in the one-process stack: opt-in through the API and the
// outbox, the digest of the week's new documents found by the Bleve
// index, a second run in the week sending nothing, one-click
// unsubscribe, and the address nowhere but in the mails.
func TestSubscriptionInTheLocalStack(t *testing.T) {
	dir := t.TempDir()
	var logs bytes.Buffer
	s, err := Open(Options{Data: dir, Addr: "127.0.0.1:0", Logger: slog.New(slog.NewJSONHandler(&logs, nil)), TickEvery: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	docs := samples(2, time.Now())
	for i, d := range docs {
		d.envelope["release_at"] = nil
		d.envelope["approver"] = map[string]any{"name": "김과장", "rank": "mayor"}
		d.envelope["disclosure"] = map[string]any{"grade": "public", "exemptions": []string{}}
		d.envelope["title"] = "주간구독시험 추진계획 " + []string{"신규", "지난달"}[i]
		age := []time.Duration{24 * time.Hour, 30 * 24 * time.Hour}[i]
		d.envelope["approved_at"] = time.Now().Add(-age).Format(time.RFC3339)
	}
	if err := s.Seed(ctx, docs, nil); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)

	code, res := do(t, s.API, "POST", "/api/subscriptions", "", map[string]any{"email": planted,
		"criteria": map[string]any{"keywords": []string{"주간구독시험"}}, "consent_version": subscription.ConsentVersion})
	if code != http.StatusAccepted {
		t.Fatalf("subscribe: %d %v", code, res)
	}
	box := mails(t, dir)
	if len(box) != 1 || box[0].To != planted {
		t.Fatalf("outbox after subscribing: %+v", box)
	}
	confirm := tokenAfter(t, box[0].Text, "#token=")
	if rep, err := s.Subscriptions.Digest(ctx); err != nil || rep.Sent != 0 {
		t.Fatalf("a digest before confirming: %+v %v", rep, err)
	}
	if code, res := do(t, s.API, "POST", "/api/subscriptions/confirm", "", map[string]any{"token": confirm}); code != 200 || res["state"] != "active" {
		t.Fatalf("confirm: %d %v", code, res)
	}
	// The stack's ticker runs the digest (DigestEvery): the first tick
	// after the confirmation sends it.
	var last time.Time
	s.digestDue(ctx, &last)
	box = mails(t, dir)
	if len(box) != 2 {
		t.Fatalf("%d mails after the digest, want 2", len(box))
	}
	// The digest is the mail that is not the confirmation: two outbox
	// files written in one tick of the file system's clock may come back
	// in either order (CI failed on box[1] once).
	dg := box[1]
	if strings.Contains(dg.Text, "subscription=confirm") {
		dg = box[0]
	}
	if !strings.Contains(dg.Text, "주간구독시험 추진계획 신규") || strings.Contains(dg.Text, "지난달") {
		t.Fatalf("digest text:\n%s", dg.Text)
	}
	var oneClick string
	for _, h := range dg.Headers {
		if h.Name == notify.ListUnsubscribe {
			oneClick = strings.Trim(h.Value, "<>")
		}
	}
	if oneClick == "" {
		t.Fatalf("the digest has no List-Unsubscribe: %+v", dg.Headers)
	}
	// A second run in the same week sends nothing.
	rep, err := s.Subscriptions.Digest(ctx)
	if err != nil || rep.Sent != 0 || rep.AlreadySent != 1 || len(mails(t, dir)) != 2 {
		t.Fatalf("second run: %+v %v", rep, err)
	}

	// The address is nowhere but in the outbox: not in the stored
	// records, the logs, the public answers.
	var public strings.Builder
	for _, path := range []string{"/api/stats/release", "/api/stats/organizations", "/api/documents?q=%EC%A3%BC%EA%B0%84%EA%B5%AC%EB%8F%85%EC%8B%9C%ED%97%98"} {
		rr := httptest.NewRecorder()
		s.API.ServeHTTP(rr, httptest.NewRequest("GET", path, nil))
		public.WriteString(rr.Body.String())
	}
	for what, text := range map[string]string{"work bucket": treeText(t, filepath.Join(dir, "work")), "public bucket": treeText(t, filepath.Join(dir, "public")),
		"logs": logs.String(), "public answers": public.String()} {
		if strings.Contains(text, "planted.reader") {
			t.Errorf("the address is in the %s", what)
		}
	}
	if !strings.Contains(treeText(t, filepath.Join(dir, "work", "subscriptions")), `"address"`) {
		t.Fatal("no subscription stored: the check above checked nothing")
	}

	// One click (RFC 8058) unsubscribes and deletes the sealed address.
	u, _ := url.Parse(oneClick)
	req := httptest.NewRequest("POST", u.RequestURI(), strings.NewReader(notify.OneClickBody))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rr := httptest.NewRecorder()
	s.API.ServeHTTP(rr, req)
	if rr.Code != 200 {
		t.Fatalf("one-click unsubscribe: %d %s", rr.Code, rr.Body)
	}
	if left := treeText(t, filepath.Join(dir, "work", "subscriptions")); left != "" {
		t.Fatalf("still stored after unsubscribing: %s", left)
	}
}

// Feedback in the one-process stack: a vote whose comment holds personal
// data is stored redacted, an inquiry's closing notice carries a rating
// link that rates without signing in, and both reach the department's
// statistics.
func TestFeedbackInTheLocalStack(t *testing.T) {
	dir := t.TempDir()
	s := openStack(t, dir, 0)
	defer s.Close()
	ctx := context.Background()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	docs := samples(1, time.Now())
	docs[0].envelope["release_at"] = nil
	docs[0].envelope["approver"] = map[string]any{"name": "김과장", "rank": "mayor"}
	docs[0].envelope["disclosure"] = map[string]any{"grade": "public", "exemptions": []string{}}
	if err := s.Seed(ctx, docs, nil); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	id := docs[0].envelope["id"].(string)
	dept := docs[0].envelope["department"].(map[string]any)["code"].(string)

	if code, res := do(t, s.API, "POST", "/api/documents/"+id+"/feedback", "", map[string]any{"useful": false,
		"comment": "민원인 홍길동 010-2345-6789 " + planted + " 으로 답 주세요"}); code != http.StatusAccepted {
		t.Fatalf("vote: %d %v", code, res)
	}
	stored := treeText(t, filepath.Join(dir, "work", "feedback"))
	if !strings.Contains(stored, "답 주세요") {
		t.Fatalf("the comment is not stored: %s", stored)
	}
	for _, pd := range []string{"planted.reader", "2345-6789", "홍길동"} {
		if strings.Contains(stored, pd) {
			t.Errorf("the stored comment holds %q: %s", pd, stored)
		}
	}

	code, res := do(t, s.API, "POST", "/api/inquiries", "", map[string]any{"document_id": id,
		"question": "이 사업의 세부 일정을 알고 싶습니다.", "email": "asker@example.org", "consent": true})
	if code != http.StatusCreated {
		t.Fatalf("ask: %d %v", code, res)
	}
	qid := res["id"].(string)
	staff, err := s.Auth.Issue(auth.Claims{Subject: "officer-1", Organization: "6110000", Department: dept}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []struct {
		action string
		body   map[string]any
	}{{"answer", map[string]any{"answer": "세부 일정은 붙임과 같습니다."}}, {"close", map[string]any{}}} {
		if code, res := do(t, s.API, "POST", "/api/staff/inquiries/"+qid+"/"+a.action, staff, a.body); code != http.StatusOK {
			t.Fatalf("%s: %d %v", a.action, code, res)
		}
	}
	var closing string
	for _, m := range mails(t, dir) {
		if m.To == "asker@example.org" && strings.Contains(m.Key, "/closed/") {
			closing = m.Text
		}
	}
	rate := tokenAfter(t, closing, "?rate="+qid+"#token=")
	for range 2 { // the same rating twice counts once
		if code, res := do(t, s.API, "POST", "/api/ratings", "", map[string]any{"token": rate, "score": 4}); code != 200 || res["score"] != 4.0 {
			t.Fatalf("rate: %d %v", code, res)
		}
	}
	rr := httptest.NewRecorder()
	s.API.ServeHTTP(rr, httptest.NewRequest("GET", "/api/stats/release", nil))
	var st struct {
		Departments []struct {
			Org, Code    string
			Satisfaction *struct {
				NotUseful  int     `json:"not_useful"`
				Ratings    int     `json:"ratings"`
				RatingMean float64 `json:"rating_mean"`
			}
		}
	}
	if err := json.Unmarshal(rr.Body.Bytes(), &st); err != nil {
		t.Fatal(err)
	}
	var got bool
	for _, d := range st.Departments {
		if d.Code == dept && d.Satisfaction != nil {
			got = d.Satisfaction.NotUseful == 1 && d.Satisfaction.Ratings == 1 && d.Satisfaction.RatingMean == 4
			if !got {
				t.Fatalf("satisfaction %+v", *d.Satisfaction)
			}
		}
	}
	if !got || strings.Contains(rr.Body.String(), "답 주세요") {
		t.Fatalf("stats: %s", rr.Body)
	}
}
