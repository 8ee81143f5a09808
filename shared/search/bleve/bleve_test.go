package bleve

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/search"
)

func doc(id string, v int, title, body string) search.Doc {
	return search.Doc{
		Org: "6110000", ID: id, Version: v, Title: title, Body: body,
		DepartmentCode: "1100123", DepartmentName: "행정국 정보공개정책과",
		Type: "plan", Grade: "public",
		ApprovedAt: time.Date(2014, 3, 2, 10, 15, 0, 0, kst),
	}
}

// TestReopenKeepsDocumentsAndVersions checks that a folder index survives a
// restart with its documents and its version rule.
func TestReopenKeepsDocumentsAndVersions(t *testing.T) {
	dir := t.TempDir() + "/idx"
	ctx := context.Background()
	x, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Index(ctx, doc("A", 2, "정보공개 추진계획", "정보공개 청구 절차")); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if err := x.Index(ctx, doc("B", 1, "x", "y")); !errors.Is(err, search.ErrClosed) {
		t.Fatalf("Index after Close = %v, want ErrClosed", err)
	}
	x, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if err := x.Index(ctx, doc("A", 1, "옛 제목", "옛 본문")); err != nil {
		t.Fatal(err)
	}
	r, err := x.Search(ctx, search.Query{Text: "정보공개"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 1 || r.Items[0].Version != 2 || r.Items[0].Title != "정보공개 추진계획" {
		t.Fatalf("after reopen got %+v, want version 2 kept", r)
	}
}

// TestGroupCommitCoalesces checks that concurrent writers share batches and
// that every write is searchable when its Index call returns.
func TestGroupCommitCoalesces(t *testing.T) {
	x, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	const writers, each = 8, 50
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				id := fmt.Sprintf("D-%d-%d", w, i)
				if err := x.Index(ctx, doc(id, 1, "문서 "+id, strings.Repeat("서울시 행정 문서 본문 ", 20))); err != nil {
					errs <- err
					return
				}
				r, err := x.Search(ctx, search.Query{Text: `"문서 ` + id + `"`, Size: 1})
				if err != nil || r.Total != 1 {
					errs <- fmt.Errorf("%s not searchable after Index returned: %v %+v", id, err, r.Total)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	n, _ := x.DocCount()
	if n != writers*each {
		t.Fatalf("DocCount = %d, want %d", n, writers*each)
	}
	batches, writes := x.BatchStats()
	if writes != writers*each || batches >= writes {
		t.Fatalf("batches=%d writes=%d: concurrent writes were not coalesced", batches, writes)
	}
	t.Logf("%d writes in %d batches", writes, batches)
}

func TestMappingChangeIsReported(t *testing.T) {
	dir := t.TempDir() + "/idx"
	x, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := setPersisted(x.idx, keyMapping, []byte("plaza-bleve/0")); err != nil {
		t.Fatal(err)
	}
	x.Close()
	if _, err := Open(dir); !errors.Is(err, ErrMappingChanged) {
		t.Fatalf("Open = %v, want ErrMappingChanged", err)
	}
	y, err := Rebuild(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer y.Close()
	if n, _ := y.DocCount(); n != 0 {
		t.Fatalf("rebuilt index holds %d documents", n)
	}
}

// TestCrashReplaysLog simulates a crash: the write-ahead log of a session
// is put next to an index that never saw its writes; Open replays it, a
// torn last line included.
func TestCrashReplaysLog(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	x, err := Open(dir + "/a")
	if err != nil {
		t.Fatal(err)
	}
	docs := []search.Doc{doc("W1", 1, "침수 대비 훈련", "재난 대비"), doc("W2", 1, "폭염 대책", "무더위 쉼터")}
	for _, d := range docs {
		if err := x.Index(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Delete(ctx, "6110000", "W2", 1); err != nil {
		t.Fatal(err)
	}
	logs, _ := walFiles(dir + "/a")
	if len(logs) != 1 {
		t.Fatalf("write-ahead log files = %v, want 1", logs)
	}
	data, err := os.ReadFile(logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if logs, _ := walFiles(dir + "/a"); len(logs) != 0 {
		t.Fatalf("a clean Close left %v", logs)
	}
	// A fresh index that crashed before persisting anything of it.
	y, err := Open(dir + "/b")
	if err != nil {
		t.Fatal(err)
	}
	y.Close()
	torn := append(data, []byte(`{"doc":{"org":"6110000","id":"W3"`)...)
	if err := os.WriteFile(walName(dir+"/b", 7), torn, 0o644); err != nil {
		t.Fatal(err)
	}
	y, err = Open(dir + "/b")
	if err != nil {
		t.Fatal(err)
	}
	defer y.Close()
	if r, _ := y.Search(ctx, search.Query{Text: "침수"}); r.Total != 1 {
		t.Errorf("replayed index finds %d for 침수, want 1", r.Total)
	}
	if r, _ := y.Search(ctx, search.Query{Text: "폭염"}); r.Total != 0 {
		t.Errorf("replayed delete not applied: %d hits", r.Total)
	}
	if logs, _ := walFiles(dir + "/b"); len(logs) != 0 {
		t.Errorf("replayed logs not removed: %v", logs)
	}
	// New log files continue the numbering.
	if err := y.Index(ctx, doc("W4", 1, "가뭄", "가뭄")); err != nil {
		t.Fatal(err)
	}
	if logs, _ := walFiles(dir + "/b"); len(logs) != 1 || walSeq(logs[0]) != 8 {
		t.Errorf("log after replay = %v, want number 8", logs)
	}
}

// TestEmptyQueryWindowsAgree checks that the empty query's newest pages,
// read from recent windows once facets are cached, are the pages of the
// whole index, also when the windows must widen and when a cursor walks
// past them.
func TestEmptyQueryWindowsAgree(t *testing.T) {
	ctx := context.Background()
	x, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var docs []search.Doc
	base := time.Date(2025, 6, 1, 9, 0, 0, 0, kst)
	// Dense last month, sparse before: windows of 31 days, 1 and 5 years.
	for i := range 60 {
		d := doc(fmt.Sprintf("E-%02d", i), 1, "공문", "본문")
		d.ApprovedAt = base.Add(-time.Duration(i) * 24 * time.Hour)
		if i >= 10 {
			d.ApprovedAt = base.AddDate(0, 0, -i*60)
		}
		if i%7 == 0 {
			d.Grade = "partial"
		}
		docs = append(docs, d)
	}
	if err := x.Bulk(ctx, docs); err != nil {
		t.Fatal(err)
	}
	want := func(grade string) []string {
		var out []search.Doc
		for _, d := range docs {
			if grade == "" || d.Grade == grade {
				out = append(out, d)
			}
		}
		slices.SortFunc(out, func(a, b search.Doc) int {
			if c := b.ApprovedAt.Compare(a.ApprovedAt); c != 0 {
				return c
			}
			return strings.Compare(a.ID, b.ID)
		})
		ids := make([]string, len(out))
		for i, d := range out {
			ids[i] = d.ID
		}
		return ids
	}
	for _, grade := range []string{"", "partial"} {
		all := want(grade)
		for round := range 2 { // the first round fills the facet cache
			for page := 1; page <= 4; page++ {
				r, err := x.Search(ctx, search.Query{Grade: grade, Page: page, Size: 12})
				if err != nil {
					t.Fatal(err)
				}
				lo, hi := min((page-1)*12, len(all)), min(page*12, len(all))
				if got := ids(r); !slices.Equal(got, all[lo:hi]) || r.Total != len(all) {
					t.Fatalf("grade %q round %d page %d: %v (total %d), want %v (%d)", grade, round, page, got, r.Total, all[lo:hi], len(all))
				}
			}
			var walk []string
			q := search.Query{Grade: grade, Size: 7}
			for range 20 {
				r, err := x.Search(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				walk = append(walk, ids(r)...)
				if r.Next == "" {
					break
				}
				q.After = r.Next
			}
			if !slices.Equal(walk, all) {
				t.Fatalf("grade %q round %d: cursor walk %v, want %v", grade, round, walk, all)
			}
		}
	}
}

func ids(r search.Result) []string {
	out := make([]string, len(r.Items))
	for i, h := range r.Items {
		out[i] = h.ID
	}
	return out
}

func TestPageBeyondWindow(t *testing.T) {
	x, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	if err := x.Bulk(ctx, []search.Doc{doc("P1", 1, "공문", "본문"), doc("P2", 1, "공문", "본문")}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []search.Query{{Page: 501}, {Page: 1 << 40, Size: 100}, {Text: "공문", Page: 1 << 62}} {
		r, err := x.Search(ctx, q)
		if err != nil || len(r.Items) != 0 || r.Total != 2 || r.Next != "" {
			t.Errorf("%+v: %d items, total %d, next %q, err %v; want none of 2", q, len(r.Items), r.Total, r.Next, err)
		}
		if len(r.Facets[search.FacetGrade]) == 0 {
			t.Errorf("%+v: no facets beyond the window", q)
		}
	}
}

// TestOnlyTombstonesInTheInternalStore checks where the version rule
// keeps its stamps: an indexed document's with the document (Scorch
// copies the internal store whole into every snapshot), a retracted
// one's as a tombstone, removed when a newer version is indexed; and that
// the rule holds across a restart either way, revisions included.
func TestOnlyTombstonesInTheInternalStore(t *testing.T) {
	dir := t.TempDir() + "/idx"
	ctx := context.Background()
	x, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := doc("A", 2, "정보공개 추진계획", "본문")
	a.Revision = 3
	for _, d := range []search.Doc{a, doc("B", 1, "예산 계획", "본문")} {
		if err := x.Index(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Delete(ctx, "6110000", "B", 1); err != nil {
		t.Fatal(err)
	}
	internal := func(id string) []byte {
		t.Helper()
		v, err := x.idx.GetInternal(versionKey("6110000", id))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if v := internal("A"); v != nil {
		t.Errorf("indexed A has an internal key %q", v)
	}
	if v := internal("B"); string(v) != "-"+fmt.Sprint(search.StampAll(1)) {
		t.Errorf("retracted B's tombstone %q", v)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if x, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	// A late copy of an older revision of A, and of B's retracted version:
	// both refused after the restart.
	old := a
	old.Revision, old.Title = 2, "옛 제목"
	for _, d := range []search.Doc{old, doc("B", 1, "예산 계획", "본문")} {
		if err := x.Index(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	r, err := x.Search(ctx, search.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 1 || r.Items[0].ID != "A" || r.Items[0].Title != "정보공개 추진계획" {
		t.Fatalf("after late copies: %+v, want A's revision 3 alone", r.Items)
	}
	// B's next version is indexed, and its tombstone goes.
	if err := x.Index(ctx, doc("B", 2, "예산 계획 변경", "본문")); err != nil {
		t.Fatal(err)
	}
	if v := internal("B"); v != nil {
		t.Errorf("re-indexed B keeps its tombstone %q", v)
	}
	if r, err = x.Search(ctx, search.Query{}); err != nil || r.Total != 2 {
		t.Fatalf("after B's version 2: %v %+v", err, r.Items)
	}
}
