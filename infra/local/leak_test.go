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
	// (the plain pages for readers without JavaScript too, in both languages)
	paths := []string{"/api/documents?size=100", "/api/departments", "/api/stats/release", "/documents?size=100", "/documents?size=100&lang=en"}
	for _, id := range []string{"LEAK-PUBLIC", "LEAK-PARTIAL", "LEAK-CLOSED"} {
		paths = append(paths, "/api/documents/"+id, "/api/documents/"+id+"/related", "/api/documents/"+id+"/qa", "/documents/"+id, "/documents/"+id+"?lang=en")
	}
	for _, sec := range secrets {
		paths = append(paths, "/api/documents?q="+url.QueryEscape(sec), "/api/keywords?prefix="+url.QueryEscape(sec[:3]), "/documents?q="+url.QueryEscape(sec))
	}
	for _, p := range paths {
		rr := httptest.NewRecorder()
		s.API.ServeHTTP(rr, httptest.NewRequest(http.MethodGet, p, nil))
		io.Copy(&api, strings.NewReader(results(p, rr.Body.String())))
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

// Every envelope field is published in some form: the people and bodies
// it names included. Personal data put in any of them, and in the tables
// of an attachment as text extraction writes them, must reach no public
// surface; the officials' names themselves stay.
func TestEnvelopeFieldsAndTablesNeverLeak(t *testing.T) {
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
		"010-2468-1357", "650412-2345678", "minsu.park@example.net", "010-8765-4321", // in the envelope's people and bodies
		"송보람", "9876-5432", "1975. 3. 14.", "770819", "123-456789-01234", "성수동1가 498-44", "101동 1203호", // in the tables
		"NGUYEN THI HOA", "C01X00T47", "하늘빛", "조도나",
	}
	attachment := "1. 지급 내역\n" +
		"| 연번 | 성명 | 생년월일 | 주소 | 은행 | 계좌번호 | 예금주 | 지급액 |\n" +
		"|---|---|---|---|---|---|---|---|\n" +
		"| 1 | 송보람 | 1975. 3. 14. | 서울시 성동구 성수동1가 498-44 | 국민은행 | 123-456789-01234 | 송보람 | 1,200,000 |\n" +
		"2. 외국인 주민\n성명\t국적\t여권번호\t연락처\nNGUYEN THI HOA\t베트남\tC01X00T47\t010-9876-5432\n\n" +
		"3. 대상자\n연번\n성명\n생년월일\n주소\n1\n김하늘빛\n770819\n왕십리로 222, 101동 1203호\n\n" +
		"4. 참석: 조도나, 황하은, 김승온 (이상 3명)\n"
	doc := leakDoc("LEAK-FIELDS", "public", nil, "지원금 지급 결과", "지원금 지급 결과를 붙임과 같이 보고합니다.", attachment)
	env := doc.envelope
	env["drafter"] = map[string]any{"name": "김주무 010-2468-1357", "position": "주무관 650412-2345678"}
	env["approver"] = map[string]any{"name": "이과장", "position": "과장 (minsu.park@example.net)", "rank": "division_head"}
	env["department"] = map[string]any{"code": "1100123", "name": "복지정책과 (담당 휴대폰 010-8765-4321)"}
	env["organization"] = map[string]any{"code": "6110000", "name": "서울특별시 (문의 010-2468-1357)"}
	env["disclosure"] = map[string]any{"grade": "public", "exemptions": []string{}, "note": ""}
	env["keywords"] = []string{"지원금"}
	if err := s.Seed(ctx, []sampleDoc{doc}, nil); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	r, err := s.Ledger.Get(ctx, "6110000", "LEAK-FIELDS")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(r.State), "indexed") {
		t.Fatalf("not published (%s %s): the test would prove nothing", r.State, r.Reason)
	}
	data, err := os.ReadFile(filepath.Join(dir, "public", "documents", "6110000", "LEAK-FIELDS.json"))
	if err != nil {
		t.Fatal(err)
	}
	// The officials stay; what was around them does not.
	for _, want := range []string{"김주무", "이과장", "주무관", "과장", "송*람", "010-****-1357"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("the public document lacks %q: %s", want, data)
		}
	}
	var api strings.Builder
	for _, p := range []string{"/api/documents?size=100", "/api/documents/LEAK-FIELDS", "/api/documents/LEAK-FIELDS/related",
		"/api/departments", "/api/stats/release", "/api/documents?q=" + url.QueryEscape("송보람"),
		"/documents?size=100", "/documents/LEAK-FIELDS", "/documents?q=" + url.QueryEscape("송보람")} {
		rr := httptest.NewRecorder()
		s.API.ServeHTTP(rr, httptest.NewRequest(http.MethodGet, p, nil))
		io.Copy(&api, strings.NewReader(results(p, rr.Body.String())))
	}
	for name, text := range map[string]string{"public document": string(data), "API": api.String(), "logs": logs.String()} {
		for _, sec := range secrets {
			if i := strings.Index(text, sec); i >= 0 {
				t.Errorf("%s leaks %q in %q", name, sec, text[max(0, i-60):min(len(text), i+30)])
			}
		}
	}
}

// results is what a plain search page (/documents?q=) shows of the
// documents: its list of hits. The rest of it shows the reader's own
// query back to them (title, search box, links that keep it), as the
// scripted portal does; that is their input, not a published document,
// and is masked where the redactor can tell on its own. Any other body
// is checked whole.
func results(path, body string) string {
	if !strings.HasPrefix(path, "/documents?q=") {
		return body
	}
	_, list, ok := strings.Cut(body, `<ol class="results">`)
	if !ok {
		return body
	}
	list, _, _ = strings.Cut(list, "</ol>")
	return list
}
