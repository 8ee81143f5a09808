package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/infra/backfill"
	"github.com/seoul-plaza/plaza/shared/ledger"
)

// A newcomer's first hour, with the README's commands as written (no
// --data: the default folder ./var, here in a temporary directory; only
// --addr differs, so that the test takes any free port and the other
// commands must find it through the data folder): the first start's
// summary, a document dropped by hand, put with each document's outcome,
// status and token against the running stack, and a clean stop.
func TestNewcomersFirstHour(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv(dataEnv, "")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	// First start: the summary, on stdout, line by line.
	outR, outW := io.Pipe()
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"--addr", "127.0.0.1:0", "--seed", "30"}, nil, outW, &stderr)
		outW.Close()
	}()
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(outR)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var summary []string
	for l := range lines {
		summary = append(summary, l)
		if strings.HasPrefix(l, "Stop with Ctrl-C") {
			break
		}
	}
	text := strings.Join(summary, "\n")
	t.Logf("first start:\n%s", text)
	varDir, err := filepath.Abs(defaultData)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`Plaza is serving http://(127\.0\.0\.1:\d+) `).FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("the summary does not say where the stack serves:\n%s", text)
	}
	addr := m[1]
	for _, want := range []string{
		"data     " + varDir,
		"logs     " + filepath.Join(varDir, logFile),
		"seeded   30 sample documents",
		"status --state review",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the summary lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "{") || stderr.String() != "" {
		t.Errorf("JSON logs reached the terminal:\n%s\nstderr: %s", text, stderr.String())
	}
	counts := ledgerLine(t, text)
	total := 0
	for _, n := range counts {
		total += n
	}
	// The seed shows every branch: three for review, three refused.
	if total != 30 || counts["review"] < 3 || counts["rejected"] < 3 || counts["indexed"] == 0 {
		t.Errorf("ledger line %v, want 30 in all with indexed, ≥3 review and ≥3 rejected", counts)
	}
	// The logs went to the file, as JSON with their ids.
	log, err := os.ReadFile(filepath.Join(varDir, logFile))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(log), `"msg":"plaza is serving"`) || !strings.Contains(string(log), `"doc_id":"6110000/SAMPLE-REVIEW-0001"`) {
		t.Errorf("the log file lacks the JSON lines:\n%.2000s", log)
	}
	if got, err := os.ReadFile(filepath.Join(varDir, addrFile)); err != nil || strings.TrimSpace(string(got)) != addr {
		t.Fatalf("address file: %q %v, want %s", got, err, addr)
	}

	// Drop a document by hand, as the README shows: files, then envelope.
	drop := filepath.Join(varDir, "inbox", "minutes", "DROP-1")
	writeFile(t, filepath.Join(drop, "files", "회의록.txt"), "자전거 도로 확충 회의 결과: 참석자 의견 수렴")
	writeFile(t, filepath.Join(drop, "envelope.json"), envelopeJSON(t, "DROP-1", map[string]any{
		"type": "minutes", "title": "자전거 도로 확충 실무협의회 회의록", "body": "",
		"files": []any{map[string]any{"name": "회의록.txt", "key": "files/회의록.txt"}},
	}))

	// put: each document's outcome, with its reason.
	src := t.TempDir()
	writeFile(t, filepath.Join(src, "ok", "envelope.json"), envelopeJSON(t, "PUT-OK", nil))
	writeFile(t, filepath.Join(src, "review", "envelope.json"), envelopeJSON(t, "PUT-REVIEW", map[string]any{
		"disclosure": map[string]any{"grade": "partial", "exemptions": []string{"5"}},
	}))
	writeFile(t, filepath.Join(src, "bad", "envelope.json"), envelopeJSON(t, "PUT-BAD", map[string]any{"title": nil}))
	out := command(t, ctx, "put", src)
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^  published +PUT-OK$`),
		regexp.MustCompile(`(?m)^  review +PUT-REVIEW  policy\.partial_needs_person: `),
		regexp.MustCompile(`(?m)^  rejected +PUT-BAD  envelope\.missing_field:title: `),
		regexp.MustCompile(`(?m)^Outcome: 1 published, 1 review, 1 rejected\.$`),
	} {
		if !want.MatchString(out) {
			t.Errorf("put's output does not match %s:\n%s", want.String(), out)
		}
	}

	// status finds the stack through the data folder, with no --addr.
	// The dropped document is asked for until it settles (no record yet
	// is an answer too: the watcher waits for the envelope to settle).
	var rec ledger.Record
	for rec.State != ledger.Indexed {
		var out, errb strings.Builder
		err := run(ctx, []string{"status", "DROP-1"}, nil, &out, &errb)
		if err != nil && strings.Contains(err.Error(), "no ledger record") {
			time.Sleep(20 * time.Millisecond)
			continue
		}
		if err != nil {
			t.Fatalf("status DROP-1: %v", err)
		}
		if err := json.Unmarshal([]byte(out.String()), &rec); err != nil {
			t.Fatal(err)
		}
		if backfill.Final(rec.State) && rec.State != ledger.Indexed {
			t.Fatalf("the dropped document ended %s: %s %s", rec.State, rec.Reason, rec.Detail)
		}
		time.Sleep(20 * time.Millisecond)
	}
	review := statusIDs(t, command(t, ctx, "status", "--state", "review"))
	for _, id := range []string{"SAMPLE-REVIEW-0001", "SAMPLE-REVIEW-0002", "SAMPLE-REVIEW-0003", "PUT-REVIEW"} {
		if !review[id] {
			t.Errorf("status --state review lacks %s: %v", id, review)
		}
	}
	rejected := statusIDs(t, command(t, ctx, "status", "--state", "rejected"))
	for _, id := range []string{"SAMPLE-REJECT-0001", "SAMPLE-REJECT-0002", "PUT-BAD"} {
		if !rejected[id] {
			t.Errorf("status --state rejected lacks %s: %v", id, rejected)
		}
	}

	// token: accepted by the running stack.
	tok := strings.TrimSpace(command(t, ctx, "token", "--admin"))
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/api/staff/review", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("the stack answers %d to the token", resp.StatusCode)
	}
	// A token from another folder's key is refused, and token says so.
	other := t.TempDir()
	writeFile(t, filepath.Join(other, "keys", "jwt.key"), strings.Repeat("k", 32))
	var sink strings.Builder
	err = run(ctx, []string{"token", "--admin", "--data", other, "--addr", addr}, nil, &sink, &sink)
	if err == nil || !strings.Contains(err.Error(), "refuses tokens") || !strings.Contains(err.Error(), "--data") {
		t.Errorf("a token the stack refuses: %v (output %q)", err, sink.String())
	}

	// A clean stop removes the address file; put then says no stack runs.
	cancel()
	for l := range lines {
		summary = append(summary, l)
	}
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
	if last := summary[len(summary)-1]; !strings.HasPrefix(last, "Plaza stopped.") {
		t.Errorf("last line %q, want the stop notice", last)
	}
	if _, err := os.Stat(filepath.Join(varDir, addrFile)); !os.IsNotExist(err) {
		t.Errorf("address file after a clean stop: %v", err)
	}
	out = command(t, context.Background(), "put", src)
	if !strings.Contains(out, "No stack is running on ./var") || !strings.Contains(out, "status PUT-BAD") {
		t.Errorf("put with no stack running:\n%s", out)
	}
}

// command runs one of the README's commands and returns its stdout.
func command(t *testing.T, ctx context.Context, args ...string) string {
	t.Helper()
	var out, errb strings.Builder
	if err := run(ctx, args, nil, &out, &errb); err != nil {
		t.Fatalf("%v: %v\n%s%s", args, err, out.String(), errb.String())
	}
	return out.String()
}

// ledgerLine reads the summary's counts: "ledger   12 indexed, 3 review…".
func ledgerLine(t *testing.T, text string) map[string]int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^  ledger   (.*) \(\d+ in all\)$`).FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no ledger line in the summary:\n%s", text)
	}
	out := map[string]int{}
	for _, part := range strings.Split(m[1], ", ") {
		n, state, _ := strings.Cut(part, " ")
		v, err := strconv.Atoi(n)
		if err != nil {
			t.Fatalf("ledger line %q: %v", m[0], err)
		}
		out[state] = v
	}
	return out
}

// statusIDs reads the ids status lists; a refused envelope's id is on its
// record, or in its source when the refusal is the inbox object's.
func statusIDs(t *testing.T, out string) map[string]bool {
	t.Helper()
	var st struct {
		Records []ledger.Record `json:"records"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	ids := map[string]bool{}
	for _, r := range st.Records {
		ids[r.ID] = true
	}
	return ids
}

func writeFile(t *testing.T, p, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// envelopeJSON is a valid public envelope with id, changed by with (a nil
// value removes the field).
func envelopeJSON(t *testing.T, id string, with map[string]any) string {
	t.Helper()
	env := map[string]any{
		"schema": "plaza.envelope/v1", "id": id, "version": 1, "type": "press",
		"title": "가을밤 음악축제 보도자료", "department": map[string]any{"code": "1100530", "name": "문화본부 문화정책과"},
		"approver": map[string]any{"name": "김과장", "rank": "division_head"}, "approved_at": "2026-11-20T10:00:00+09:00",
		"disclosure": map[string]any{"grade": "public", "exemptions": []string{}}, "body": "가을밤 음악축제를 개최합니다.",
	}
	for k, v := range with {
		if v == nil {
			delete(env, k)
		} else {
			env[k] = v
		}
	}
	b, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
