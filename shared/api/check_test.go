package api

import (
	"bytes"
	"context"
	"encoding/json"
	"mime/multipart"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// checkBody builds a pre-release check's multipart body: the envelope and
// files by name.
func checkBody(t testing.TB, envelope string, files map[string]string) (string, *bytes.Buffer) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	if envelope != "" {
		w, _ := mw.CreateFormFile("envelope", "envelope.json")
		w.Write([]byte(envelope))
	}
	for name, text := range files {
		w, _ := mw.CreateFormFile("file", name)
		w.Write([]byte(text))
	}
	mw.Close()
	return mw.FormDataContentType(), &b
}

func draft(dept, body string, files ...string) string {
	m := map[string]any{
		"schema": "plaza.envelope/v1", "id": "DRAFT-0001", "version": 1, "type": "approval",
		"title": "주민 설명회 결과 보고", "document_number": "교통정책과-77",
		"department":  map[string]any{"code": dept, "name": "교통정책과"},
		"drafter":     map[string]any{"name": "홍길동", "position": "주무관"},
		"approver":    map[string]any{"name": "김철수", "position": "과장", "rank": "division_head"},
		"approved_at": "2026-11-20T10:15:00+09:00",
		"disclosure":  map[string]any{"grade": "public", "exemptions": []string{}},
		"body":        body,
	}
	var fs []map[string]string
	for _, f := range files {
		fs = append(fs, map[string]string{"name": f, "key": "files/" + f})
	}
	if fs != nil {
		m["files"] = fs
	}
	data, _ := json.Marshal(m)
	return string(data)
}

// everything lists every object, ledger record and index entry.
func (e *env) everything(t testing.TB) string {
	t.Helper()
	ctx := context.Background()
	var out []string
	for _, b := range []string{buckets.Inbox, buckets.Work, buckets.Public} {
		if err := e.store.List(ctx, b, "", func(i storage.Info) error { out = append(out, b+"/"+i.Key); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	recs, _, err := e.ledger.List(ctx, ledger.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		out = append(out, "ledger "+r.Org+"/"+r.ID+" "+string(r.State)+" v"+strconv.Itoa(r.Version))
	}
	res, err := e.index.Search(ctx, search.Query{Size: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Items {
		out = append(out, "index "+h.Org+"/"+h.ID)
	}
	return strings.Join(out, "\n")
}

func TestStaffCheck(t *testing.T) {
	e := newEnv(t)
	traffic, info := e.token(t, deptTraffic, false), e.token(t, deptInfo, false)
	before := e.everything(t)
	if !strings.Contains(before, "index "+org+"/SEOUL-2014-0001") {
		t.Fatalf("the seeded stack lists no index entry: %s", before)
	}

	post := func(tok, ctype string, body *bytes.Buffer) *httptest.ResponseRecorder {
		r := httptest.NewRequest("POST", "/api/staff/check", body)
		r.Header.Set("Content-Type", ctype)
		if tok != "" {
			r.Header.Set("Authorization", "Bearer "+tok)
		}
		w := httptest.NewRecorder()
		e.h.ServeHTTP(w, r)
		return w
	}

	ct, body := checkBody(t, draft(deptTraffic, "민원인 연락처 010-3141-5926 로 결과를 알림.", "명단.txt"),
		map[string]string{"files/명단.txt": "참석자 이영수 주민등록번호 850505-1234561"})
	w := post(traffic, ct, body)
	if w.Code != 200 {
		t.Fatalf("check: %d %s", w.Code, w.Body)
	}
	var pv struct {
		Outcome  string
		Review   bool
		Document struct {
			Body        string
			Attachments []struct{ Name, Text string }
		}
		Counts map[string]int
	}
	if err := json.Unmarshal(w.Body.Bytes(), &pv); err != nil {
		t.Fatal(err)
	}
	if pv.Outcome != "publish" || pv.Review || strings.Contains(w.Body.String(), "3141-5926") || strings.Contains(w.Body.String(), "1234561") {
		t.Errorf("the check answered %s", w.Body)
	}
	if len(pv.Document.Attachments) != 1 || !strings.Contains(pv.Document.Attachments[0].Text, "850505-1******") || pv.Counts["rrn"] != 1 {
		t.Errorf("the file's text as it would be published: %+v, counts %v", pv.Document.Attachments, pv.Counts)
	}
	if strings.Contains(e.logs.String(), "3141") {
		t.Errorf("a log line carries the draft's text: %s", e.logs)
	}

	// Refusals: the draft's own problem is an answer, not an error.
	ct, body = checkBody(t, draft(deptTraffic, "본문", "빠진 파일.txt"), nil)
	if w := post(traffic, ct, body); w.Code != 200 || !strings.Contains(w.Body.String(), `"outcome":"reject"`) || !strings.Contains(w.Body.String(), "envelope.missing_file") {
		t.Errorf("a missing file: %d %s", w.Code, w.Body)
	}
	// Another department's draft is not the caller's to check.
	ct, body = checkBody(t, draft(deptTraffic, "본문"), nil)
	if w := post(info, ct, body); w.Code != 403 {
		t.Errorf("another department's draft: %d %s", w.Code, w.Body)
	}
	ct, body = checkBody(t, draft(deptTraffic, "본문"), nil)
	if w := post("", ct, body); w.Code != 401 {
		t.Errorf("without a token: %d", w.Code)
	}
	if w := post(traffic, "application/json", bytes.NewBufferString(draft(deptTraffic, "본문"))); w.Code != 415 {
		t.Errorf("JSON: %d", w.Code)
	}
	ct, body = checkBody(t, "", map[string]string{"a.txt": "본문"})
	if w := post(traffic, ct, body); w.Code != 400 || !strings.Contains(w.Body.String(), "body.missing_field:envelope") {
		t.Errorf("no envelope: %d %s", w.Code, w.Body)
	}
	ct, body = checkBody(t, draft(deptTraffic, strings.Repeat("가", 100)), map[string]string{"big.txt": strings.Repeat("x", maxCheckBytes)})
	if w := post(traffic, ct, body); w.Code != 413 {
		t.Errorf("over the limit: %d", w.Code)
	}

	if after := e.everything(t); after != before {
		t.Errorf("the checks stored something:\nbefore %s\nafter  %s", before, after)
	}
}
