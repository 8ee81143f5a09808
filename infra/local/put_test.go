package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/infra/backfill"
)

// serveInProcess runs serve on data with no seed until the test ends.
func serveInProcess(t *testing.T, data string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--data", data, "--addr", "127.0.0.1:0", "--seed", "0"}, nil, io.Discard, io.Discard)
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(data, addrFile)); err == nil {
			return
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("the stack did not start")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// inode names the file at p as the inbox holds it: the local store writes
// each put to a new file renamed into place, so a second upload of an
// envelope changes its inode.
func inode(t *testing.T, p string) uint64 {
	t.Helper()
	info, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return info.Sys().(*syscall.Stat_t).Ino
}

// A put interrupted mid-way and run again against the running stack
// uploads every document exactly once, and reports each one's outcome,
// with the rejected one's reason, and the counts.
func TestInterruptedPutResumesAndReportsEachOutcome(t *testing.T) {
	data, src := t.TempDir(), t.TempDir()
	serveInProcess(t, data)
	const n = 24
	for i := range n {
		id := fmt.Sprintf("BULK-%02d", i)
		with := map[string]any{"body": "", "files": []any{map[string]any{"name": "본문.txt", "key": "files/본문.txt"}}}
		if i == 7 {
			with["title"] = nil
		}
		writeFile(t, filepath.Join(src, id, "files", "본문.txt"), fmt.Sprintf("자전거 도로 확충 계획 %d차 협의 결과를 알립니다.", i))
		writeFile(t, filepath.Join(src, id, "envelope.json"), envelopeJSON(t, id, with))
	}
	checkpoint := filepath.Join(t.TempDir(), "put.checkpoint.jsonl")
	args := []string{"put", "--data", data, "--checkpoint", checkpoint, "--concurrency", "2"}

	// First run: slowed down, and interrupted once a few are in.
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for ctx.Err() == nil {
			if b, _ := os.ReadFile(checkpoint); strings.Count(string(b), "\n") >= 5 {
				cancel()
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	var out1 strings.Builder
	err := run(ctx, append(args, "--rate", "20", src), nil, &out1, io.Discard)
	cancel()
	if err == nil || !strings.Contains(out1.String(), "Interrupted:") {
		t.Fatalf("interrupted put: %v\n%s", err, out1.String())
	}
	first := putCount(t, out1.String())
	if first < 5 || first >= n {
		t.Fatalf("the first run put %d of %d:\n%s", first, n, out1.String())
	}
	inodes := map[string]uint64{}
	for id := range envelopesIn(t, checkpoint) {
		inodes[id] = inode(t, filepath.Join(data, "inbox", "cli", id, "envelope.json"))
	}

	// Second run: the rest, and every outcome.
	report := filepath.Join(t.TempDir(), "report.jsonl")
	var out2 strings.Builder
	if err := run(context.Background(), append(args, "--report", report, src), nil, &out2, io.Discard); err != nil {
		t.Fatalf("resumed put: %v\n%s", err, out2.String())
	}
	text := out2.String()
	if got := putCount(t, text); got != n-first {
		t.Errorf("the rerun put %d, want the %d left:\n%s", got, n-first, text)
	}
	if !strings.Contains(text, fmt.Sprintf("(%d more were put by an earlier run", first)) {
		t.Errorf("the rerun does not say what it resumed:\n%s", text)
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^  rejected +BULK-07  envelope\.missing_field:title: `),
		regexp.MustCompile(`(?m)^  published +BULK-00$`),
		regexp.MustCompile(fmt.Sprintf(`(?m)^Outcome: %d published, 1 rejected\.$`, n-1)),
	} {
		if !want.MatchString(text) {
			t.Errorf("put's output does not match %s:\n%s", want, text)
		}
	}
	// Nothing the first run put was put again.
	for id, ino := range inodes {
		if got := inode(t, filepath.Join(data, "inbox", "cli", id, "envelope.json")); got != ino {
			t.Errorf("%s was uploaded again by the rerun", id)
		}
	}
	if got := len(envelopesIn(t, checkpoint)); got != n {
		t.Errorf("the checkpoint holds %d documents, want %d", got, n)
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	outcomes := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var o backfill.Outcome
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatal(err)
		}
		outcomes[o.Outcome]++
	}
	if outcomes["published"] != n-1 || outcomes["rejected"] != 1 {
		t.Errorf("report: %v", outcomes)
	}
}

// putCount reads "put N envelope(s)".
func putCount(t *testing.T, out string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^put (\d+) envelope`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no put line:\n%s", out)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// envelopesIn reads the names a checkpoint holds.
func envelopesIn(t *testing.T, p string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var e backfill.Entry
		if json.Unmarshal([]byte(line), &e) == nil {
			out[e.Name] = true
		}
	}
	return out
}
