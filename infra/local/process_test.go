package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
)

// buildBinary compiles this command once per test binary run.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "plaza-local")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// startServe runs `serve` and waits until it says it is serving.
func startServe(t *testing.T, bin, data string, seed int) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--data", data, "--addr", "127.0.0.1:0", "--seed", fmt.Sprint(seed), "--log-stderr")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var line struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "plaza is serving" {
				addr <- strings.TrimPrefix(line.Addr, "http://")
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	select {
	case a := <-addr:
		return cmd, a
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatal("stack did not start")
	}
	return nil, ""
}

func ledgerStates(t *testing.T, data string) map[ledger.State]int {
	t.Helper()
	var out strings.Builder
	if err := run(context.Background(), []string{"status", "--data", data}, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var st struct {
		States map[ledger.State]int `json:"states"`
	}
	if err := json.Unmarshal([]byte(out.String()), &st); err != nil {
		t.Fatal(err)
	}
	return st.States
}

// A stack killed mid-seed (SIGKILL: no chance to clean up), then stopped
// with SIGINT mid-work, loses no document: after the next start every one
// ends in a final state.
func TestKilledAndInterruptedStackLosesNothing(t *testing.T) {
	bin := buildBinary(t)
	data := t.TempDir()
	cmd, _ := startServe(t, bin, data, 120)
	// Seeding runs before "serving"; kill at once, mid-pipeline.
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	cmd, addr := startServe(t, bin, data, 120)
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get("http://" + addr + "/api/documents?size=1")
		if err == nil {
			var r struct {
				Total int `json:"total"`
			}
			json.NewDecoder(resp.Body).Decode(&r)
			resp.Body.Close()
			if r.Total >= 100 {
				break
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("SIGINT: exit %v", err)
	}
	// What was in flight at the interrupt stayed spooled; the next start
	// finishes it.
	s := openStack(t, data, 120)
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	s.Close()
	st := ledgerStates(t, data)
	total := 0
	for s, n := range st {
		total += n
		if s == ledger.Received || s == ledger.Staged || s == ledger.Published {
			t.Errorf("%d documents left in %s", n, s)
		}
	}
	if total != 120 {
		t.Errorf("ledger has %d documents, want 120: %v", total, st)
	}
	// Every transition is in the history, including those the recovery
	// made after the kill and the interrupt: an indexed document went
	// received → staged → published → indexed, in that order.
	l, err := bolt.OpenReadOnly(filepath.Join(data, "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	recs, err := readLedger(context.Background(), l, "6110000", "", "")
	if err != nil {
		t.Fatal(err)
	}
	indexed := 0
	for _, r := range recs {
		if err := checkHistory(r); err != nil {
			t.Error(err)
		}
		if r.State == ledger.Indexed {
			indexed++
			steps := map[ledger.State]int{}
			for _, tr := range r.History {
				steps[tr.To]++
			}
			if steps[ledger.Received] == 0 || steps[ledger.Published] != 1 || steps[ledger.Indexed] != 1 ||
				(steps[ledger.Staged] == 0 && steps[ledger.Review] == 0) {
				t.Errorf("%s: incomplete history %s", r.ID, historyOf(r))
			}
		}
	}
	if indexed < 60 {
		t.Errorf("only %d documents indexed; the history check proves little", indexed)
	}
	if entries, _ := os.ReadDir(filepath.Join(data, "events", "dead")); len(entries) != 0 {
		t.Errorf("%d dead letters", len(entries))
	}
}
