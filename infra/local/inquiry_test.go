package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
)

func do(t *testing.T, h http.Handler, method, path, token string, body any) (int, map[string]any) {
	t.Helper()
	var rd *bytes.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	} else {
		rd = bytes.NewReader(nil)
	}
	req := httptest.NewRequest(method, path, rd)
	req.RemoteAddr = "203.0.113.7:5000"
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rr := httptest.NewRecorder()
	h.ServeHTTP(rr, req)
	var out map[string]any
	json.Unmarshal(rr.Body.Bytes(), &out)
	return rr.Code, out
}

func outboxText(t *testing.T, dir string) string {
	t.Helper()
	var all strings.Builder
	filepath.WalkDir(filepath.Join(dir, "outbox"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			all.WriteString(filepath.Base(p) + "\n" + string(b) + "\n")
		}
		return nil
	})
	return all.String()
}

// The whole inquiry flow in the one-process stack: ask, acknowledgement in
// the outbox, the officer's mail, the staff answer, the citizen told, and
// the public Q&A with the citizen's data masked.
func TestInquiryFlowInTheLocalStack(t *testing.T) {
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

	code, res := do(t, s.API, "POST", "/api/inquiries", "", map[string]any{
		"document_id": id, "question": "이 사업의 세부 일정과 예산 집행 내역을 알고 싶습니다. 연락처는 010-2345-6789 입니다.",
		"email": "citizen@example.org", "phone": "010-2345-6789", "name": "홍길순", "consent": true,
	})
	if code != http.StatusCreated {
		t.Fatalf("ask: %d %v", code, res)
	}
	qid, _ := res["id"].(string)
	if tok, _ := res["token"].(string); len(tok) < 32 || qid == "" {
		t.Fatalf("reply lacks id or a long token: %v", res)
	}
	box := outboxText(t, dir)
	if !strings.Contains(box, "citizen@example.org") || !strings.Contains(box, qid) {
		t.Fatalf("no acknowledgement to the citizen in the outbox:\n%s", box)
	}
	if !strings.Contains(box, "seoul-city.example") {
		t.Fatalf("no mail to the department's officer:\n%s", box)
	}

	staff, err := s.Auth.Issue(auth.Claims{Subject: "officer-1", Organization: "6110000", Department: dept}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if code, res := do(t, s.API, "POST", "/api/staff/inquiries/"+qid+"/answer", staff, map[string]any{"answer": "세부 일정은 붙임과 같습니다."}); code != http.StatusOK {
		t.Fatalf("answer: %d %v", code, res)
	}
	if box2 := outboxText(t, dir); len(box2) <= len(box) {
		t.Fatal("the citizen was not told of the answer")
	}
	code, qa := do(t, s.API, "GET", "/api/documents/"+id+"/qa", "", nil)
	raw, _ := json.Marshal(qa)
	if code != http.StatusOK || !strings.Contains(string(raw), "세부 일정은 붙임과 같습니다") {
		t.Fatalf("public Q&A: %d %s", code, raw)
	}
	for _, secret := range []string{"2345-6789", "citizen@", "홍길순"} {
		if strings.Contains(string(raw), secret) {
			t.Errorf("public Q&A leaks %q: %s", secret, raw)
		}
	}
}
