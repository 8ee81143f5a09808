package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"testing"

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
