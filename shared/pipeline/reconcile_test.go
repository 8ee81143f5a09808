package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"maps"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/emf"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// TestReconciliationFindsAndRepairs: an object deleted from the index, a
// ledger item without its object, an object without a ledger item, an
// index entry for a retracted document and an envelope the ledger never
// saw are each found; the first two and the last are repaired (re-index,
// re-publish, ingest), the others only reported, and nothing is deleted.
func TestReconciliationFindsAndRepairs(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	// The ledger's clock and the inbox files' must agree: an envelope
	// written after its record's last change counts as unseen.
	e.now = time.Now().Add(time.Minute)
	for _, id := range []string{"OK-1", "UNINDEXED", "NO-OBJECT", "RETRACTED"} {
		e.drop(id, envelope(id, 1))
	}
	if e.publicCount() != 4 || len(e.idx.docs) != 4 {
		t.Fatalf("%d public, %d indexed; want 4 and 4", e.publicCount(), len(e.idx.docs))
	}
	// The damage, done while no event is delivered.
	e.bus.paused = true
	if err := e.idx.Delete(ctx, "6110000", "UNINDEXED", 1); err != nil {
		t.Fatal(err)
	}
	if err := e.store.Delete(ctx, buckets.Public, document.PublicKey(document.Key{Org: "6110000", ID: "NO-OBJECT"})); err != nil {
		t.Fatal(err)
	}
	stray := document.Public{Meta: document.Meta{ID: "STRAY", Organization: document.Organization{Code: "6110000"}, Version: 1}}
	data, _ := json.Marshal(stray)
	if err := e.store.Put(ctx, buckets.Public, document.PublicKey(stray.Key()), bytes.NewReader(data), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := e.p.Retract(ctx, document.Key{Org: "6110000", ID: "RETRACTED"}, "잘못 공개", "staff-1"); err != nil {
		t.Fatal(err)
	}
	e.drop("UNSEEN", envelope("UNSEEN", 1))
	e.bus.paused = false

	want := map[string]string{
		MismatchIndexMissing + "/UNINDEXED":        "re-indexed",
		MismatchLedgerWithoutObject + "/NO-OBJECT": "re-published",
		MismatchObjectWithoutLedger + "/STRAY":     "",
		MismatchIndexNotPublished + "/RETRACTED":   "",
		MismatchInboxUnseen + "/":                  "ingested",
		MismatchObjectWithoutLedger + "/UNINDEXED": "-", // must not be
	}
	check := func(rep Reconciliation, repair bool) {
		t.Helper()
		got := map[string]string{}
		for _, m := range rep.Mismatches {
			got[m.Kind+"/"+m.ID] = m.Repaired
		}
		for k, w := range want {
			r, ok := got[k]
			switch {
			case w == "-" && ok:
				t.Errorf("reported %s", k)
			case w == "-":
			case !ok:
				t.Errorf("missed %s (found %v)", k, got)
			case repair && r != w:
				t.Errorf("%s repaired %q, want %q", k, r, w)
			case !repair && r != "":
				t.Errorf("%s repaired %q without repair", k, r)
			}
		}
		if len(got) != 5 {
			t.Errorf("%d mismatches, want 5: %v", len(got), got)
		}
	}
	// Reported only: nothing changes.
	rep, err := e.p.Reconciliation(ctx, ReconcileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	check(rep, false)
	if _, ok := e.idx.get("UNINDEXED"); ok || rep.Sampled || rep.Records != 4 || rep.Public != 3 || rep.Indexed != 3 {
		t.Fatalf("a report changed something, or counted wrong: %+v", rep)
	}

	rep, err = e.p.Reconciliation(ctx, ReconcileOptions{Repair: true})
	if err != nil {
		t.Fatal(err)
	}
	check(rep, true)
	if _, ok := e.idx.get("UNINDEXED"); !ok {
		t.Error("UNINDEXED was not indexed again")
	}
	if _, ok := e.public("NO-OBJECT"); !ok {
		t.Error("NO-OBJECT was not published again")
	}
	if r := e.record("UNSEEN"); r.State != ledger.Indexed {
		t.Errorf("UNSEEN: %s, want indexed", r.State)
	}
	// Nothing was deleted: the stray object and the retracted document's
	// entry wait for a person.
	if _, ok := e.public("STRAY"); !ok {
		t.Error("the stray public object was deleted")
	}
	if _, ok := e.idx.get("RETRACTED"); !ok {
		t.Error("the retracted document's index entry was deleted")
	}

	// After the repair only what waits for a person is left.
	rep, err = e.p.Reconciliation(ctx, ReconcileOptions{Repair: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Mismatches) != 2 {
		t.Errorf("after repair: %+v", rep.Mismatches)
	}
	// Sampled, the index is read in part and samples stand for the rest
	// (functions/internal/stages tests them on moto_server and the
	// OpenSearch stand-in).
	if err := e.idx.Delete(ctx, "6110000", "OK-1", 1); err != nil {
		t.Fatal(err)
	}
	rep, err = e.p.Reconciliation(ctx, ReconcileOptions{Sample: 1})
	if err != nil {
		t.Fatal(err)
	}
	if s := rep.Samples; !rep.Sampled || s == nil || s.Size != 1 || s.Newest != 1 || s.Published != 1 || s.Unpublished != 1 {
		t.Errorf("a sample of 1: %+v %+v", rep, s)
	}
}

// The published and indexed lines are EMF records: personal data masked
// per type (a count), the time from the inbox to the index; never a text.
func TestStageLinesCarryMetrics(t *testing.T) {
	e := newEnv(t)
	var b bytes.Buffer
	e.p.log = slog.New(slog.NewJSONHandler(&b, nil))
	m := &meterSpy{got: map[string]map[string]float64{}}
	e.p.d.Meter = m
	env := envelope("EMF-1", 1)
	env["body"] = "민원인 김영희(010-2345-6789)의 민원에 회신합니다."
	e.drop("EMF-1", env)
	var published, indexed map[string]any
	for _, line := range bytes.Split(b.Bytes(), []byte("\n")) {
		var m map[string]any
		if json.Unmarshal(line, &m) != nil {
			continue
		}
		switch m["msg"] {
		case "published":
			published = m
		case "indexed":
			indexed = m
		}
	}
	if published == nil || published["_aws"] == nil || published["Published"] != 1.0 || published["PersonalData.mobile"] == nil ||
		published[emf.ReceivedToPublished] == nil {
		t.Errorf("published line %v", published)
	}
	if indexed == nil || indexed["_aws"] == nil || indexed["ReceivedToIndexed"] == nil {
		t.Errorf("indexed line %v", indexed)
	}
	// Each metric is the catalogue's, for the function whose line it is
	// (infra/stack's dashboard reads the same catalogue).
	for fn, line := range map[string]map[string]any{"redact": published, "index": indexed} {
		raw, _ := json.Marshal(line)
		rec, ok, err := emf.Read(raw)
		if !ok || err != nil || len(rec.Units) == 0 {
			t.Fatalf("%s: %v %v", fn, rec, err)
		}
		for name, unit := range rec.Units {
			if d, ok := emf.Lookup(fn, name); !ok || d.Unit != unit {
				t.Errorf("%s emits %s (%s), not in the catalogue", fn, name, unit)
			}
		}
		// The Meter (the local stack's registry) is told the same
		// figures, under the document's organization.
		if got := m.got[fn+"/6110000"]; !maps.Equal(got, rec.Values) {
			t.Errorf("%s: the meter was told %v, the line says %v", fn, got, rec.Values)
		}
	}
	if bytes.Contains(b.Bytes(), []byte("김영희")) || bytes.Contains(b.Bytes(), []byte("2345-6789")) {
		t.Error("a log line carries the personal data")
	}
}

// meterSpy keeps what a Meter is told, by function and organization.
type meterSpy struct{ got map[string]map[string]float64 }

func (s *meterSpy) Record(fn, org string, ms ...emf.Metric) error {
	k := fn + "/" + org
	if s.got[k] == nil {
		s.got[k] = map[string]float64{}
	}
	for _, m := range ms {
		s.got[k][m.Name] += m.Value
	}
	return nil
}
