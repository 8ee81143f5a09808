package bleve

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
)

func TestServedAbortLeavesTheServedGeneration(t *testing.T) {
	ctx := context.Background()
	base := filepath.Join(t.TempDir(), "index")
	s, err := OpenServed(base)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Index(ctx, search.Doc{Org: "6110000", ID: "A", Version: 1, Title: "정보공개"}); err != nil {
		t.Fatal(err)
	}
	// GIVEN a rebuild under way, a second one is refused
	b, err := s.Rebuild(ctx)
	if err != nil || b.Name() != "index-v2" {
		t.Fatalf("rebuild %v %v", b, err)
	}
	if _, err := s.Rebuild(ctx); err == nil {
		t.Fatal("two rebuilds at once")
	}
	if err := b.Bulk(ctx, []search.Doc{{Org: "6110000", ID: "B", Version: 1, Title: "다른 문서"}}); err != nil {
		t.Fatal(err)
	}
	// WHEN it is aborted
	if err := b.Abort(ctx); err != nil {
		t.Fatal(err)
	}
	// THEN its folder is gone, no pointer was written, the served
	// generation is untouched, and a new rebuild may start
	if _, err := os.Stat(base + "-v2"); !os.IsNotExist(err) {
		t.Errorf("the aborted generation is still there: %v", err)
	}
	if _, err := os.Stat(base + ".current"); !os.IsNotExist(err) {
		t.Errorf("a pointer file after an abort: %v", err)
	}
	if n, _ := s.DocCount(); n != 1 || s.Current() != base {
		t.Errorf("serving %s with %d documents", s.Current(), n)
	}
	b, err = s.Rebuild(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_ = b.Abort(ctx)
	// AND a pointer file naming something else is refused at open
	if err := os.WriteFile(base+".current", []byte("../elsewhere\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenServed(base); err == nil {
		t.Error("opened a generation outside the index's")
	}
}
