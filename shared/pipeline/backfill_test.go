package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

func TestBackfilledReadsTheFolderAfterTheSystem(t *testing.T) {
	for key, want := range map[string]bool{
		"e-approval/backfill/SEOUL-1/envelope.json": true,
		"e-approval/SEOUL-1/envelope.json":          false,
		"e-approval/backfill/envelope.json":         false, // a document named "backfill"
		"backfill/SEOUL-1/envelope.json":            false, // a system named "backfill"
		"e-approval/x/backfill/envelope.json":       false,
	} {
		if got := Backfilled(key); got != want {
			t.Errorf("Backfilled(%q) = %v, want %v", key, got, want)
		}
	}
}

// A backfilled document is published and indexed like a new one, but its
// indexed line carries no ReceivedToIndexed latency and says backfill.
func TestBackfilledDocumentSendsNoLatencyRecord(t *testing.T) {
	e := newEnv(t)
	var b bytes.Buffer
	e.p.log = slog.New(slog.NewJSONHandler(&b, nil))
	e.dropAs("approval", BackfillFolder+"/OLD-1", mustJSON(t, envelope("OLD-1", 1)))
	e.dropAs("approval", "NEW-1", mustJSON(t, envelope("NEW-1", 1)))
	indexed := map[string]map[string]any{}
	for _, line := range bytes.Split(b.Bytes(), []byte("\n")) {
		var m map[string]any
		if json.Unmarshal(line, &m) == nil && m["msg"] == "indexed" {
			indexed[m["doc_id"].(string)] = m
		}
	}
	old, cur := indexed["6110000/OLD-1"], indexed["6110000/NEW-1"]
	if old == nil || cur == nil {
		t.Fatalf("indexed lines: %v", indexed)
	}
	if _, ok := old["ReceivedToIndexed"]; ok || old["backfill"] != true {
		t.Errorf("backfilled document's line %v", old)
	}
	if _, ok := cur["ReceivedToIndexed"]; !ok || cur["backfill"] != nil {
		t.Errorf("new document's line %v", cur)
	}
	for _, id := range []string{"OLD-1", "NEW-1"} {
		r, err := e.led.Get(context.Background(), "6110000", id)
		if err != nil || r.State != ledger.Indexed {
			t.Errorf("%s: %v %v", id, r.State, err)
		}
	}
}

// A backfilled document keeps its archive's publication date (its
// release_at, else its approval) in the public object and the index: a
// 2014 document backfilled today is not a new release. A live document,
// however old its approval, is published now.
func TestBackfilledDocumentKeepsItsPublicationDate(t *testing.T) {
	e := newEnv(t)
	old := envelope("OLD-1", 1)
	old["approved_at"] = "2014-03-02T10:15:00+09:00"
	released := envelope("OLD-2", 1)
	released["approved_at"] = "2014-03-02T10:15:00+09:00"
	released["release_at"] = "2014-04-01T09:00:00+09:00"
	late := envelope("LATE-1", 1)
	late["approved_at"] = "2014-03-02T10:15:00+09:00"
	e.dropAs("approval", BackfillFolder+"/OLD-1", mustJSON(t, old))
	e.dropAs("approval", BackfillFolder+"/OLD-2", mustJSON(t, released))
	e.dropAs("approval", "LATE-1", mustJSON(t, late))
	kst := time.FixedZone("KST", 9*3600)
	for id, want := range map[string]time.Time{
		"OLD-1":  time.Date(2014, 3, 2, 10, 15, 0, 0, kst),
		"OLD-2":  time.Date(2014, 4, 1, 9, 0, 0, 0, kst),
		"LATE-1": e.now,
	} {
		pub, ok := e.public(id)
		d, indexed := e.idx.get(id)
		if !ok || !indexed {
			t.Errorf("%s: public %v, indexed %v", id, ok, indexed)
			continue
		}
		if !pub.PublishedAt.Equal(want) || !d.PublishedAt.Equal(want) {
			t.Errorf("%s: published_at %v in the public object, %v in the index; want %v", id, pub.PublishedAt, d.PublishedAt, want)
		}
	}
}
