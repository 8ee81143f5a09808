package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/seoul-plaza/plaza/shared/storage"
)

// syncBuffer collects log lines from many goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Personal data placed in every field an internal system controls must not
// reach the public bucket, the index, the API or a log line, in any of the
// forms it was written in.
func TestPersonalDataNeverLeaks(t *testing.T) {
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
	secrets := []string{
		"010-9876-5432", "01098765432", "9876-5432", // a mobile, plain and bare
		"880315-1234567", "8803151234567", "1234567", // a resident number
		"hong.gilsun@example.org", // an e-mail
		"홍길순",                     // a citizen's name
		"4111-1111-1111-1111",     // a card (Luhn-valid)
	}
	body := "민원인 홍길순(010-9876-5432, hong.gilsun@example.org)의 민원 회신.\n" +
		"신청인 홍길순, 주민등록번호 880315-1234567, 연락처 01098765432.\n" +
		"전각 표기 ０１０－９８７６－５４３２ 와 ８８０３１５－１２３４５６７ 도 있음.\n" +
		"결제 카드번호 4111-1111-1111-1111 로 수수료 납부.\n"
	attachment := "붙임 명단\n성명: 홍길순\n휴대전화: 010-9876-5432\n주민등록번호: 8803151234567\n"
	docs := []sampleDoc{
		leakDoc("LEAK-PUBLIC", "public", nil, "민원인 홍길순 님 민원 회신 (010-9876-5432)", body, attachment),
		leakDoc("LEAK-PARTIAL", "partial", []string{"6"}, "신청인 홍길순 관련 처리 결과", body, attachment),
		leakDoc("LEAK-CLOSED", "closed", []string{"6"}, "민원 처리 결과 보고", body, attachment),
		// A sender that puts a resident number in the id itself.
		leakDoc("880315-1234567", "public", nil, "민원 회신", "본문", attachment),
	}
	if err := s.Seed(ctx, docs, nil); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)

	st := map[string]string{}
	for _, id := range []string{"LEAK-PUBLIC", "LEAK-PARTIAL", "LEAK-CLOSED"} {
		r, err := s.Ledger.Get(ctx, "6110000", id)
		if err != nil {
			t.Fatal(err)
		}
		st[id] = string(r.State) + " " + r.Reason
	}
	t.Logf("states: %v", st)
	// A leak test proves nothing if nothing goes out: the public and the
	// closed document must be published (the partial one may be held).
	if !strings.HasPrefix(st["LEAK-PUBLIC"], "indexed") || !strings.HasPrefix(st["LEAK-CLOSED"], "indexed") {
		t.Fatalf("not published: %v", st)
	}

	// What is public: every object in the public bucket...
	var public strings.Builder
	err = s.Store.List(ctx, buckets.Public, "", func(in storage.Info) error {
		data, err := storage.ReadAll(ctx, s.Store, buckets.Public, in.Key, 1<<24)
		public.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if public.Len() == 0 {
		t.Fatal("nothing was published at all; the test would prove nothing")
	}
	if !strings.Contains(public.String(), "홍*순") || !strings.Contains(public.String(), "010-****-5432") {
		t.Error("the masked forms are missing: was anything redacted at all?")
	}
	// ...every API answer, including searches for the secrets themselves...
	var api strings.Builder
	paths := []string{"/api/documents?size=100", "/api/departments", "/api/stats/release"}
	for _, id := range []string{"LEAK-PUBLIC", "LEAK-PARTIAL", "LEAK-CLOSED"} {
		paths = append(paths, "/api/documents/"+id, "/api/documents/"+id+"/related", "/api/documents/"+id+"/qa")
	}
	for _, sec := range secrets {
		paths = append(paths, "/api/documents?q="+url.QueryEscape(sec), "/api/keywords?prefix="+url.QueryEscape(sec[:3]))
	}
	for _, p := range paths {
		rr := httptest.NewRecorder()
		s.API.ServeHTTP(rr, httptest.NewRequest(http.MethodGet, p, nil))
		io.Copy(&api, rr.Body)
	}
	// ...and every log line.
	surfaces := map[string]string{"public bucket": public.String(), "API": api.String(), "logs": logs.String()}
	for name, text := range surfaces {
		for _, sec := range secrets {
			if i := strings.Index(text, sec); i >= 0 {
				t.Logf("%s context: %q", name, text[max(0, i-80):min(len(text), i+40)])
				t.Errorf("%s leaks %q", name, sec)
			}
		}
		for _, fw := range []string{"９８７６", "１２３４５６７"} {
			if strings.Contains(text, fw) {
				t.Errorf("%s leaks full-width %q", name, fw)
			}
		}
	}
	// The originals stay private, and the index is fed only from the public bucket.
	if _, err := os.Stat(filepath.Join(dir, "public", "documents", "6110000", "LEAK-CLOSED.json")); err != nil {
		t.Errorf("the closed document is not listed: %v", err)
	}
	if strings.Contains(public.String(), "붙임 명단") && strings.Contains(public.String(), "LEAK-CLOSED") {
		// The closed document's content must not be there at all.
		closed, _ := os.ReadFile(filepath.Join(dir, "public", "documents", "6110000", "LEAK-CLOSED.json"))
		if bytes.Contains(closed, []byte("붙임 명단")) || bytes.Contains(closed, []byte("민원 회신")) {
			t.Error("the closed document's content was published")
		}
	}
}

func leakDoc(id, grade string, exemptions []string, title, body, attachment string) sampleDoc {
	if exemptions == nil {
		exemptions = []string{}
	}
	name := "붙임1. 명단.txt"
	return sampleDoc{
		system: "e-approval",
		envelope: map[string]any{
			"schema": "plaza.envelope/v1", "id": id, "version": 1, "type": "report",
			"title": title, "document_number": "민원처리과-" + id[len(id)-3:],
			"department":  map[string]any{"code": "1100123", "name": "행정국 정보공개정책과"},
			"drafter":     map[string]any{"name": "김주무", "position": "주무관"},
			"approver":    map[string]any{"name": "이과장", "position": "과장", "rank": "division_head"},
			"approved_at": "2026-11-20T10:00:00+09:00",
			"disclosure":  map[string]any{"grade": grade, "exemptions": exemptions, "note": "민원인 홍길순 요청"},
			"body":        body,
			"keywords":    []string{"민원", "홍길순"},
			"files":       []any{map[string]any{"name": name, "key": "files/" + name}},
		},
		files: map[string][]byte{"files/" + name: []byte(attachment)},
	}
}
