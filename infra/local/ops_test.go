package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/search"
)

// The operations commands work on a running stack (through its /ops
// routes, while it serves) and on a stopped data folder alike.
func TestOperationsCommandsOnARunningAndAStoppedStack(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	s := openStack(t, dir, 20)
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	st := states(t, s)
	published := st[ledger.Indexed] + st[ledger.Published]
	if published == 0 {
		t.Fatalf("nothing published: %v", st)
	}
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, func(addr string) { ready <- addr }) }()
	<-ready

	// GIVEN a running stack: the commands reach it (its ledger is locked)
	out := command(t, ctx, "reindex", "--data", dir)
	if !strings.HasPrefix(out, fmt.Sprintf("reindexed into index-v2: copied %d, caught up 0, deleted 0", published)) {
		t.Errorf("reindex on the running stack: %s", out)
	}
	// and it serves the new generation at once
	if r, err := s.Index.Search(ctx, search.Query{Size: 1}); err != nil || r.Total != published {
		t.Errorf("after the reindex: %d, %v", r.Total, err)
	}
	out = command(t, ctx, "rerun", "--data", dir, "--org", "6110000")
	if !strings.HasSuffix(out, fmt.Sprintf("re-ran redact on %d document(s): unchanged %d\n", published, published)) {
		t.Errorf("rerun on the running stack:\n%s", out)
	}
	if out := command(t, ctx, "redrive", "--data", dir, "--dry-run"); out != "0 dead letter(s) waiting\n" {
		t.Errorf("redrive: %q", out)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// GIVEN the stack stopped: the commands open the data folder
	ctx = context.Background()
	out = command(t, ctx, "reindex", "--data", dir)
	if !strings.HasPrefix(out, fmt.Sprintf("reindexed into index-v3: copied %d", published)) {
		t.Errorf("reindex on the stopped folder: %s", out)
	}
	if cur, err := os.ReadFile(filepath.Join(dir, "index.current")); err != nil || strings.TrimSpace(string(cur)) != "index-v3" {
		t.Errorf("index.current = %q, %v", cur, err)
	}
	for _, old := range []string{"index", "index-v2"} {
		if _, err := os.Stat(filepath.Join(dir, old)); !os.IsNotExist(err) {
			t.Errorf("%s still there (%v)", old, err)
		}
	}
	out = command(t, ctx, "rerun", "--data", dir, "--stage", "index", "--from", "2000-01-01")
	if !strings.Contains(out, fmt.Sprintf("re-ran index on %d document(s): indexed %d", published, published)) {
		t.Errorf("rerun of the index stage:\n%s", out)
	}
	// and the stack starts again on the new generation
	s = openStack(t, dir, 0)
	defer s.Close()
	if n, err := s.Index.DocCount(); err != nil || int(n) != published {
		t.Errorf("restarted on %d documents, %v", n, err)
	}
}
