package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// edgeLog records invalidations.
type edgeLog struct{ paths []string }

func (l *edgeLog) Invalidate(_ context.Context, paths []string) error {
	l.paths = append(l.paths, paths...)
	return nil
}

// A text masked after publication stays masked against every writer of
// the public object: a racing writer's unmasked text is never indexed and
// the monitor's tick masks it again, a new version is published masked,
// and only Unmask brings the text back.
func TestMaskAfterPublication(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	const name = "에스더 킴벌리" // a name layer 1 misses
	m := envelope("DOC-1", 1)
	m["body"] = "발표 자료는 " + name + "가 준비했다. 노선 연장 요청이 많았다."
	e.drop("DOC-1", m)
	k := document.Key{Org: "6110000", ID: "DOC-1"}
	first, ok := e.public("DOC-1")
	if !ok || !strings.Contains(first.Body, name) {
		t.Fatalf("the name must be published for the test to mean anything: %q", first.Body)
	}
	leaks := func(when string) {
		t.Helper()
		pub, _ := e.public("DOC-1")
		d, _ := e.idx.get("DOC-1")
		if strings.Contains(pub.Body, name) || strings.Contains(d.Body, name) {
			t.Fatalf("%s: the masked name shows (public %q, index %q)", when, pub.Body, d.Body)
		}
	}

	edge := &edgeLog{}
	e.p.d.Edge = edge
	n, err := e.p.MaskAfter(ctx, k, "R1", review.Span{Text: name})
	if err != nil || n != 1 {
		t.Fatalf("MaskAfter: %d %v", n, err)
	}
	leaks("after the mask")
	if len(edge.paths) == 0 || edge.paths[0] != "/api/documents/DOC-1*" {
		t.Errorf("the edge was not told to drop the document: %v", edge.paths)
	}
	// Nor its open-data copies (crawlable page, DCAT dataset and texts).
	for _, want := range []string{"/documents/DOC-1*", "/dataset/DOC-1*", "/api/3/action/*", "/catalog*", "/feeds/*"} {
		if !slices.Contains(edge.paths, want) {
			t.Errorf("the edge was not told to drop %s: %v", want, edge.paths)
		}
	}
	if pub, _ := e.public("DOC-1"); pub.Revision != 1 || !pub.Reported || pub.Hash != first.Hash {
		t.Errorf("revision %d reported %v hash kept %v", pub.Revision, pub.Reported, pub.Hash == first.Hash)
	}
	if n, err := e.p.MaskAfter(ctx, k, "R2", review.Span{Text: "없는 글자"}); err != nil || n != 0 {
		t.Errorf("a text not in the document: %d %v", n, err)
	}

	// A late writer puts the unmasked text back.
	data, _ := json.Marshal(first)
	if err := e.store.Put(ctx, buckets.Public, document.PublicKey(k), bytes.NewReader(data), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	if d, _ := e.idx.get("DOC-1"); strings.Contains(d.Body, name) {
		t.Fatalf("the index stage indexed a racing writer's unmasked text")
	}
	if r, err := e.p.Tick(ctx); err != nil || r.Remasked != 1 {
		t.Fatalf("tick: %+v %v", r, err)
	}
	leaks("after a racing writer and a tick")

	// A new version holding the name is published masked.
	m2 := envelope("DOC-1", 2)
	m2["body"] = "개정: " + name + "의 발표 자료를 보완했다."
	e.drop("DOC-1", m2)
	if pub, _ := e.public("DOC-1"); pub.Version != 2 {
		t.Fatalf("version 2 not published: %d", pub.Version)
	}
	leaks("version 2")
	base, err := e.p.AsPublished(ctx, k)
	if err != nil || base.Version != 2 || !strings.Contains(base.Body, name) {
		t.Fatalf("as published: %v %+v", err, base)
	}

	if err := e.p.Unmask(ctx, k, "R1"); err != nil {
		t.Fatal(err)
	}
	pub, _ := e.public("DOC-1")
	d, _ := e.idx.get("DOC-1")
	if pub.Body != base.Body || pub.Reported || !strings.Contains(d.Body, name) {
		t.Errorf("after Unmask: public %q (reported %v), index %q", pub.Body, pub.Reported, d.Body)
	}
	if len(e.bus.errs) > 0 {
		t.Errorf("stage errors: %v", e.bus.errs)
	}
}
