package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// testWriter sends the soak's progress lines to the test log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(b), "\n"))
	return len(b), nil
}

// The soak at a small scale: the real built stack, killed with SIGKILL
// five times and restarted, its search index and notices failing 10% of
// the time and 5% of its events delivered twice and late, ends where a
// clean run of the same documents ends: the same ledger states, the same
// published bytes, the same index entries once each, no notice twice.
// Then the comparison is shown to catch a difference.
func TestSoakKilledAndFaultyStackEndsAsACleanRun(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	c := soakConfig{Bin: bin, Dir: dir, Docs: 300, Kills: 5, Fail: 0.1, Dup: 0.05, Seed: 19, Asks: 30,
		Timeout: 5 * time.Minute, Out: testWriter{t}}
	rep, err := runSoak(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	rep.write(&out)
	t.Log("\n" + out.String())
	if !rep.ok() {
		t.Fatalf("the chaos run differs from the clean run:\n%s", strings.Join(rep.Problems, "\n"))
	}
	if rep.Kills != 5 {
		t.Errorf("%d kills, want 5", rep.Kills)
	}
	// Without faults the comparison proves nothing.
	if rep.Faults[faultSearch] == 0 || rep.Faults[faultDuplicate] == 0 || rep.Retries == 0 {
		t.Errorf("too few faults injected to prove anything: %v, %d retries", rep.Faults, rep.Retries)
	}
	if rep.Public < 200 || rep.Indexed != rep.Public || rep.Notices == 0 {
		t.Errorf("published %d, indexed %d, notices %d: the corpus did not go through", rep.Public, rep.Indexed, rep.Notices)
	}

	// The comparison catches a changed byte, a lost public object (which
	// the reconciliation sees too) and a lost notice.
	chaos := filepath.Join(dir, "chaos")
	var pubs []string
	filepath.WalkDir(filepath.Join(chaos, "public", "documents"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && len(pubs) < 2 {
			pubs = append(pubs, p)
		}
		return nil
	})
	b, err := os.ReadFile(pubs[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pubs[0], append(b, ' '), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(pubs[1]); err != nil {
		t.Fatal(err)
	}
	mails, _ := filepath.Glob(filepath.Join(chaos, "outbox", "*.eml"))
	if len(mails) == 0 {
		t.Fatal("no mail in the outbox")
	}
	if err := os.Remove(mails[0]); err != nil {
		t.Fatal(err)
	}
	var tampered soakReport
	if err := compareRuns(context.Background(), filepath.Join(dir, "clean"), chaos, c.Docs, &tampered); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(tampered.Problems, "\n")
	for _, want := range []string{"differs from the clean run's", ": missing", "reconciliation: ledger_without_object", "notices, clean run"} {
		if !strings.Contains(got, want) {
			t.Errorf("the comparison missed %q; it found:\n%s", want, got)
		}
	}
}

// An envelope dropped after Start has reconciled the inbox, but before
// Run watches it, is ingested (the soak found such envelopes waiting for
// the hourly reconciliation).
func TestEnvelopeDroppedWhileStartingIsIngested(t *testing.T) {
	dir := t.TempDir()
	s := openStack(t, dir, 0)
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	// Written as a sender writes the folder: no event.
	raw, err := localfs.New(dir, nopNotifier{})
	if err != nil {
		t.Fatal(err)
	}
	doc := samples(1, time.Now())[0]
	doc.envelope["release_at"] = nil
	if err := putDoc(ctx, raw, doc); err != nil {
		t.Fatal(err)
	}
	ran := make(chan error, 1)
	go func() { ran <- s.Run(ctx, nil) }()
	id := doc.envelope["id"].(string)
	// Bounded only so that a failure ends; the monitor's own sweep of the
	// inbox comes after an hour.
	limit := time.Now().Add(30 * time.Second)
	for {
		rec, err := s.Ledger.Get(ctx, defaultOrg(), id)
		if err == nil && rec.State != "" {
			break
		}
		if err != nil && !errors.Is(err, ledger.ErrNotFound) {
			t.Fatal(err)
		}
		if time.Now().After(limit) {
			t.Fatalf("%s, dropped while the stack started, was never ingested", id)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-ran; err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
}

// The fault injection fails about the share asked, half of the failures
// after the call did its work; and a stack the soak does not start
// injects nothing.
func TestFaultsFailTheShareAsked(t *testing.T) {
	c, err := parseFaults(faultConfig{Fail: 0.1, Dup: 0.05, Seed: 3}.String())
	if err != nil {
		t.Fatal(err)
	}
	if c.Fail != 0.1 || c.Dup != 0.05 || c.Seed != 3 {
		t.Fatalf("parsed %+v", c)
	}
	for _, bad := range []string{"fail=1", "dup=2", "oops", "fail=x", "late=1"} {
		if _, err := parseFaults(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	f := newFaults(c, slog.New(slog.DiscardHandler))
	failed, doneAnyway := 0, 0
	for i := range 10000 {
		did := false
		err := f.call(faultSearch, fmt.Sprint(i), func() error { did = true; return nil })
		if err != nil {
			failed++
			if !errors.Is(err, errInjected) {
				t.Fatalf("failure %v is not the injected one", err)
			}
			if did {
				doneAnyway++
			}
		}
	}
	if failed < 800 || failed > 1200 || doneAnyway < failed/4 || doneAnyway > failed*3/4 {
		t.Errorf("%d of 10000 failed, %d after doing the work; want about 1000 and half", failed, doneAnyway)
	}
	s := openStack(t, t.TempDir(), 0)
	defer s.Close()
	if s.opts.Faults != nil || s.events != localfs.Notifier(s.Bus) {
		t.Error("a stack opened without the soak's setting injects faults")
	}
}
