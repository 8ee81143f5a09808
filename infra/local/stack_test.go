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

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/screen"
)

func openStack(t *testing.T, dir string, seed int) *Stack {
	t.Helper()
	s, err := Open(Options{Data: dir, Addr: "127.0.0.1:0", Seed: seed, Logger: slog.New(slog.DiscardHandler), TickEvery: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func waitIdle(t *testing.T, s *Stack) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := s.Bus.Wait(ctx); err != nil {
		t.Fatal(err)
	}
}

func states(t *testing.T, s *Stack) map[ledger.State]int {
	t.Helper()
	recs, err := readLedger(context.Background(), s.Ledger, "6110000", "", "")
	if err != nil {
		t.Fatal(err)
	}
	out := map[ledger.State]int{}
	for _, r := range recs {
		out[r.State]++
	}
	return out
}

func getJSON(t *testing.T, h http.Handler, path string, v any) int {
	t.Helper()
	rr := httptest.NewRecorder()
	h.ServeHTTP(rr, httptest.NewRequest(http.MethodGet, path, nil))
	if v != nil {
		if err := json.Unmarshal(rr.Body.Bytes(), v); err != nil {
			t.Fatalf("%s: %v: %s", path, err, rr.Body.String())
		}
	}
	return rr.Code
}

func TestFirstStartSeedsThroughTheInbox(t *testing.T) {
	dir := t.TempDir()
	s := openStack(t, dir, 60)
	defer s.Close()
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	st := states(t, s)
	total := 0
	for _, n := range st {
		total += n
	}
	if total != 60 {
		t.Fatalf("ledger holds %d records, want 60: %v", total, st)
	}
	for _, bad := range []ledger.State{ledger.Received, ledger.Staged, ledger.Published} {
		if st[bad] != 0 {
			t.Errorf("%d documents left in %s: %v", st[bad], bad, st)
		}
	}
	if st[ledger.Indexed] < 40 {
		t.Errorf("only %d indexed: %v", st[ledger.Indexed], st)
	}
	var res struct {
		Total  int              `json:"total"`
		Items  []map[string]any `json:"items"`
		Facets map[string]any   `json:"facets"`
	}
	if code := getJSON(t, s.API, "/api/documents?q="+url.QueryEscape("추진"), &res); code != 200 || res.Total == 0 {
		t.Fatalf("search: %d %+v", code, res)
	}
	if _, ok := res.Facets["department"]; !ok {
		t.Errorf("no department facet: %v", res.Facets)
	}
	// Seeding happens once.
	s.Close()
	s2 := openStack(t, dir, 60)
	defer s2.Close()
	if err := s2.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s2)
	if got := states(t, s2); got[ledger.Indexed] != st[ledger.Indexed] {
		t.Errorf("second start changed the ledger: %v → %v", st, got)
	}
}

func TestDroppedFolderBecomesSearchable(t *testing.T) {
	dir := t.TempDir()
	s := openStack(t, dir, 0)
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, func(a string) { ready <- a }) }()
	addr := <-ready

	// A user copies a folder in by hand: files first, envelope last.
	docDir := filepath.Join(dir, "inbox", "minutes", "DROP-1")
	if err := os.MkdirAll(filepath.Join(docDir, "files"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(docDir, "files", "회의록.txt"), []byte("자전거 도로 확충 회의 결과: 참석자 의견 수렴"), 0o644)
	env := map[string]any{
		"schema": "plaza.envelope/v1", "id": "DROP-1", "version": 1, "type": "minutes",
		"title": "자전거 도로 확충 실무협의회 회의록", "department": map[string]any{"code": "1100315", "name": "도시교통실 교통정책과"},
		"approver": map[string]any{"name": "이과장", "rank": "division_head"}, "approved_at": "2026-11-20T10:00:00+09:00",
		"disclosure": map[string]any{"grade": "public", "exemptions": []string{}}, "body": "",
		"files": []any{map[string]any{"name": "회의록.txt", "key": "files/회의록.txt"}},
	}
	b, _ := json.Marshal(env)
	dropped := time.Now()
	if err := os.WriteFile(filepath.Join(docDir, "envelope.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	q := "http://" + addr + "/api/documents?q=" + url.QueryEscape("자전거 도로")
	var found bool
	for time.Since(dropped) < 15*time.Second && !found {
		resp, err := http.Get(q)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			Items []struct {
				ID string `json:"id"`
			} `json:"items"`
		}
		json.NewDecoder(resp.Body).Decode(&res)
		resp.Body.Close()
		for _, it := range res.Items {
			found = found || it.ID == "DROP-1"
		}
		if !found {
			time.Sleep(20 * time.Millisecond)
		}
	}
	if !found {
		t.Fatal("dropped document never became searchable")
	}
	t.Logf("drop to searchable: %s", time.Since(dropped))

	// status works while the stack holds the ledger: through the staff API.
	var out bytes.Buffer
	if err := run(context.Background(), []string{"status", "--data", dir, "--addr", addr, "DROP-1"}, nil, &out, &out); err != nil {
		t.Fatalf("status while serving: %v\n%s", err, out.String())
	}
	var rec ledger.Record
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil || rec.State != ledger.Indexed {
		t.Fatalf("status while serving: %v %s", err, out.String())
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestCrashMidFloodLosesNothing(t *testing.T) {
	dir := t.TempDir()
	s := openStack(t, dir, 0)
	ctx := context.Background()
	docs := samples(80, time.Now())
	for _, d := range docs {
		d.envelope["release_at"] = nil
	}
	// Spool the events without delivering any: the process dies before
	// its workers get to them.
	if err := s.Seed(ctx, docs, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2 := openStack(t, dir, 0)
	defer s2.Close()
	if err := s2.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s2)
	st := states(t, s2)
	total := 0
	for _, n := range st {
		total += n
	}
	if total != 80 || st[ledger.Received]+st[ledger.Staged]+st[ledger.Published] != 0 {
		t.Fatalf("after restart: %v", st)
	}
}

func TestRedactCommand(t *testing.T) {
	var out bytes.Buffer
	in := strings.NewReader(`{"id":"a","text":"연락처 010-1234-5678"}` + "\n" + `{"id":"b","text":"없음"}` + "\n")
	if err := run(context.Background(), []string{"redact", "--jsonl"}, in, &out, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || strings.Contains(lines[0], "1234-5678") || !strings.Contains(lines[0], `"findings":[{`) || !strings.Contains(lines[1], `"findings":[]`) {
		t.Fatalf("output:\n%s", out.String())
	}
}

// The command says, per line, what the pipeline would do: publish, or
// send to review with the doubts that point at spans of the masked text;
// the same call of package screen decides both.
func TestRedactCommandTellsTheDecision(t *testing.T) {
	in := strings.Join([]string{
		`{"id":1,"text":"민원인 홍길동(010-1234-5678)의 민원 회신"}`,
		// A card number that fails Luhn, masked by its context but with low
		// confidence: layer 1's own guess sends the line to review.
		`{"id":2,"text":"결제 카드번호 1234-5678-9012-3457 로 납부"}`,
		// The office's own number and e-mail, and an official in duty.
		`{"id":3,"text":"문의: 담당 주무관 김철수 02-2133-1234 / kim@seoul.go.kr","exempt":["김철수"]}`,
	}, "\n") + "\n"
	var out bytes.Buffer
	if err := run(context.Background(), []string{"redact", "--jsonl"}, strings.NewReader(in), &out, &out); err != nil {
		t.Fatal(err)
	}
	type answer struct {
		ID       int              `json:"id"`
		Text     string           `json:"text"`
		Review   bool             `json:"review"`
		Doubts   []screen.Doubt   `json:"doubts"`
		Findings []redact.Finding `json:"findings"`
	}
	var got []answer
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var a answer
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		got = append(got, a)
	}
	if len(got) != 3 {
		t.Fatalf("%d answers:\n%s", len(got), out.String())
	}
	if got[0].Review || len(got[0].Doubts) != 0 || !strings.Contains(got[0].Text, "홍*동") || strings.Contains(got[0].Text, "1234-5678") {
		t.Errorf("a clean masking must be published: %+v", got[0])
	}
	if !got[1].Review || len(got[1].Doubts) == 0 || got[1].Doubts[0].Code != "redact.low_confidence:card" {
		t.Errorf("a guess must go to review with its reason: %+v", got[1])
	}
	for _, d := range got[1].Doubts {
		if d.Start < 0 || d.End > len(got[1].Text) || d.Start >= d.End || d.Reason == "" {
			t.Errorf("a doubt must point at a span of the masked text with a reason: %+v", d)
		}
	}
	// The office's own number, e-mail and official stay, and are no doubt.
	if got[2].Review || !strings.Contains(got[2].Text, "02-2133-1234") || !strings.Contains(got[2].Text, "kim@seoul.go.kr") || !strings.Contains(got[2].Text, "김철수") {
		t.Errorf("public identifiers must stay and be published: %+v", got[2])
	}
}

func TestPutAndStatusCommands(t *testing.T) {
	dir := t.TempDir()
	src := t.TempDir()
	env := map[string]any{
		"schema": "plaza.envelope/v1", "id": "PUT-1", "version": 1, "type": "press",
		"title": "보도자료", "department": map[string]any{"code": "1100530", "name": "문화본부 문화정책과"},
		"approver": map[string]any{"rank": "division_head"}, "approved_at": "2026-11-20T10:00:00+09:00",
		"disclosure": map[string]any{"grade": "public", "exemptions": []string{}}, "body": "가을밤 음악축제",
	}
	b, _ := json.Marshal(env)
	os.MkdirAll(filepath.Join(src, "one"), 0o755)
	os.WriteFile(filepath.Join(src, "one", "envelope.json"), b, 0o644)
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"put", "--data", dir, src}, nil, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "inbox", "cli", "PUT-1", "envelope.json")); err != nil {
		t.Fatal(err)
	}
	// The next start ingests what was put while it was stopped.
	s := openStack(t, dir, 0)
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	s.Close()
	out.Reset()
	if err := run(context.Background(), []string{"status", "--data", dir, "PUT-1"}, nil, &out, &errb); err != nil {
		t.Fatal(err)
	}
	var rec ledger.Record
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil || rec.State != ledger.Indexed {
		t.Fatalf("status: %v %s", err, out.String())
	}
}

// put copies only regular files: a link in the folder would upload the
// file it points to, wherever that is.
func TestPutRefusesLinks(t *testing.T) {
	dir, src := t.TempDir(), t.TempDir()
	secret := filepath.Join(t.TempDir(), "id_rsa")
	os.WriteFile(secret, []byte("PRIVATE KEY"), 0o600)
	env := map[string]any{"schema": "plaza.envelope/v1", "id": "PUT-LINK", "version": 1}
	b, _ := json.Marshal(env)
	os.MkdirAll(filepath.Join(src, "one", "files"), 0o755)
	os.WriteFile(filepath.Join(src, "one", "envelope.json"), b, 0o644)
	if err := os.Symlink(secret, filepath.Join(src, "one", "files", "붙임.txt")); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"put", "--data", dir, src}, nil, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("put with a link: %v", err)
	}
	filepath.WalkDir(filepath.Join(dir, "inbox"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if data, _ := os.ReadFile(p); strings.Contains(string(data), "PRIVATE KEY") {
				t.Errorf("%s holds the link's target", p)
			}
		}
		return nil
	})
}

// The index is a view of the public bucket: lose it, and the next start
// fills it again.
func TestLostIndexIsRefilledFromThePublicBucket(t *testing.T) {
	dir := t.TempDir()
	s := openStack(t, dir, 40)
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	var before struct {
		Total int `json:"total"`
	}
	getJSON(t, s.API, "/api/documents", &before)
	s.Close()
	if before.Total == 0 {
		t.Fatal("nothing indexed")
	}
	if err := os.RemoveAll(filepath.Join(dir, "index")); err != nil {
		t.Fatal(err)
	}
	s2 := openStack(t, dir, 40)
	defer s2.Close()
	if err := s2.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	var after struct {
		Total int `json:"total"`
	}
	getJSON(t, s2.API, "/api/documents", &after)
	if after.Total != before.Total {
		t.Errorf("after losing the index: %d documents searchable, want %d", after.Total, before.Total)
	}
}
