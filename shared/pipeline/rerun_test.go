package pipeline

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/extract"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// upgraded is a redactor with one rule more: a case code ZX-1234 is the
// citizen's, masked as 'case'. Masks keep the text's length, as the real
// rules do, so the findings' offsets hold.
type upgraded struct{ Redactor }

var caseCode = regexp.MustCompile(`ZX-[0-9]{4}`)

func (u upgraded) Redact(text string, o redact.Options) redact.Result {
	r := u.Redactor.Redact(text, o)
	for _, m := range caseCode.FindAllStringIndex(r.Text, -1) {
		r.Findings = append(r.Findings, redact.Finding{Type: "case", Start: m[0], End: m[1], Rule: "case_code", Layer: 1, Confidence: 1})
	}
	r.Text = caseCode.ReplaceAllString(r.Text, "ZX-****")
	return r
}

// snapshot is every byte the pipeline keeps: the data folder's objects,
// the ledger's records and the index's entries.
func (e *env) snapshot(dir string) map[string]string {
	e.t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		out["file:"+p] = string(b)
		return err
	})
	if err != nil {
		e.t.Fatal(err)
	}
	recs, _, err := e.led.List(context.Background(), ledger.Filter{})
	if err != nil {
		e.t.Fatal(err)
	}
	for _, r := range recs {
		b, _ := json.Marshal(r)
		out["ledger:"+r.ID] = string(b)
	}
	e.idx.mu.Lock()
	for k, d := range e.idx.docs {
		b, _ := json.Marshal(d)
		out["index:"+k] = string(b)
	}
	e.idx.mu.Unlock()
	return out
}

func diffSnapshots(a, b map[string]string) []string {
	var out []string
	for k, v := range a {
		if b[k] != v {
			out = append(out, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			out = append(out, k)
		}
	}
	return out
}

func TestRerunChangesOnlyWhatTheUpgradedRedactorMasks(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	data := e.store.Root()
	bodies := map[string]string{
		"RR-1": "민원 처리 결과 알림. 사건 ZX-1234 처리 완료.",
		"RR-2": "민원 처리 결과 알림. 사건 ZX-5678 이관.",
		"RR-3": "민원 처리 결과 알림. 해당 없음.",
	}
	for id, body := range bodies {
		m := envelope(id, 1)
		m["body"] = body
		e.drop(id, m)
	}
	other := envelope("RR-4", 1)
	other["body"] = "다른 부서 사건 ZX-9999 기록."
	other["department"] = map[string]any{"code": "1100999", "name": "다른 부서"}
	e.drop("RR-4", other)
	for id := range bodies {
		if r := e.record(id); r.State != ledger.Indexed {
			t.Fatalf("%s: %s", id, r.State)
		}
	}
	sel := Selection{Org: "6110000", Department: "1100123", From: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	collect := func(p *Pipeline, dry bool) (RerunSummary, map[string]RerunResult) {
		t.Helper()
		got := map[string]RerunResult{}
		sum, err := p.Rerun(ctx, RerunRedact, sel, dry, func(r RerunResult) error { got[r.ID] = r; return nil })
		if err != nil {
			t.Fatal(err)
		}
		return sum, got
	}

	// GIVEN the published documents, WHEN the same redactor runs again
	before := e.snapshot(data)
	sum, got := collect(e.p, false)
	// THEN all three are unchanged and not one byte moved
	if sum[OutcomeUnchanged] != 3 || len(got) != 3 || sum[OutcomeChanged] != 0 {
		t.Fatalf("unchanged re-run: %v %+v", sum, got)
	}
	if d := diffSnapshots(before, e.snapshot(data)); len(d) > 0 {
		t.Fatalf("an unchanged re-run wrote %v", d)
	}

	// WHEN the redactor learns case codes and the department is re-run
	up := New(Config{Buckets: buckets, Now: func() time.Time { return e.now }}, Deps{
		Store: e.store, Ledger: e.led, Index: e.idx, Extractor: readFiles{extract.New()}, Redactor: upgraded{redact.New()}, Verifier: verify.New(),
	})
	e.now = e.now.Add(time.Hour)
	_, dry := collect(up, true)
	if d := diffSnapshots(before, e.snapshot(data)); len(d) > 0 || dry["RR-1"].Outcome != OutcomeChanged {
		t.Fatalf("a dry run wrote %v (%+v)", d, dry)
	}
	sum, got = collect(up, false)
	// THEN exactly the two documents with a code changed, in their body,
	// with one 'case' mask more, and the report quotes no text
	if sum[OutcomeChanged] != 2 || sum[OutcomeUnchanged] != 1 || got["RR-3"].Outcome != OutcomeUnchanged {
		t.Fatalf("upgraded re-run: %v %+v", sum, got)
	}
	for _, id := range []string{"RR-1", "RR-2"} {
		r := got[id]
		if r.Outcome != OutcomeChanged || strings.Join(r.Fields, ",") != "body" || len(r.Masks) != 1 || r.Masks[0] != (MaskCount{Type: "case", Before: 0, After: 1}) {
			t.Errorf("%s: %+v", id, r)
		}
		b, _ := json.Marshal(r)
		if line := r.String(); line != "6110000/"+id+" v1 changed   fields: body masks: case 0→1" {
			t.Errorf("report line %q", line)
		}
		if strings.Contains(string(b)+r.String(), "ZX-") || strings.Contains(string(b)+r.String(), "민원") {
			t.Errorf("the result quotes text: %s", b)
		}
		pub, _ := e.public(id)
		doc, _ := e.idx.get(id)
		if strings.Contains(pub.Body, bodies[id][strings.Index(bodies[id], "ZX-"):][:7]) || !strings.Contains(doc.Body, "ZX-****") || doc.Revision != 1 {
			t.Errorf("%s: public %q, index %q rev %d", id, pub.Body, doc.Body, doc.Revision)
		}
		rec := e.record(id)
		if rec.State != ledger.Indexed || !strings.Contains(states(rec), "indexed published indexed") {
			t.Errorf("%s: ledger %s: %s", id, rec.State, states(rec))
		}
	}
	// AND the third document and the other department's are untouched
	after := e.snapshot(data)
	for _, k := range diffSnapshots(before, after) {
		if strings.Contains(k, "RR-3") || strings.Contains(k, "RR-4") {
			t.Errorf("%s changed", k)
		}
	}
	if p, _ := e.public("RR-4"); !strings.Contains(p.Body, "ZX-9999") {
		t.Error("another department's document was re-run")
	}
	// AND running the upgraded stage again changes nothing more
	sum, _ = collect(up, false)
	if sum[OutcomeUnchanged] != 3 {
		t.Fatalf("second upgraded re-run: %v", sum)
	}
	if d := diffSnapshots(after, e.snapshot(data)); len(d) > 0 {
		t.Fatalf("a repeated re-run wrote %v", d)
	}
}

// A text a citizen had masked after publication stays masked when a
// re-run publishes the document again.
func TestRerunKeepsMasksMadeAfterPublication(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	m := envelope("RM-1", 1)
	m["body"] = "사건 ZX-4321 관련 면담. 면담자 연락처는 별도 보관."
	e.drop("RM-1", m)
	k := document.Key{Org: "6110000", ID: "RM-1"}
	if n, err := e.p.MaskAfter(ctx, k, "R1", review.Span{Text: "면담자"}); err != nil || n != 1 {
		t.Fatalf("mask after publication: %d %v", n, err)
	}
	before, _ := e.public("RM-1")
	up := New(Config{Buckets: buckets, Now: func() time.Time { return e.now }}, Deps{
		Store: e.store, Ledger: e.led, Index: e.idx, Extractor: readFiles{extract.New()}, Redactor: upgraded{redact.New()}, Verifier: verify.New(),
	})
	sum, err := up.Rerun(ctx, RerunRedact, Selection{Org: "6110000"}, false, func(RerunResult) error { return nil })
	if err != nil || sum[OutcomeChanged] != 1 {
		t.Fatalf("%v %v", sum, err)
	}
	pub, _ := e.public("RM-1")
	doc, _ := e.idx.get("RM-1")
	if strings.Contains(pub.Body, "면담자") || strings.Contains(pub.Body, "ZX-4321") || !pub.Reported || pub.Revision != before.Revision+1 {
		t.Errorf("public after the re-run: %q reported=%v revision %d (was %d)", pub.Body, pub.Reported, pub.Revision, before.Revision)
	}
	if doc.Body != pub.Body || doc.Revision != pub.Revision {
		t.Errorf("index %q rev %d", doc.Body, doc.Revision)
	}
}
