//go:build unix

package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/api"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/sender"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// snapshot is what the public can see and count.
type snapshot struct {
	public map[string]string // key → sha256 of the object
	index  map[string]int    // id → version searchable
	stats  api.ReleaseCounts
	ledger map[string]ledger.Record
}

// clock is the stack's time, moved on by the test so that the statistics
// cache (one minute) is not what the second look sees.
type clock struct {
	mu  sync.Mutex
	off time.Duration
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return time.Now().Add(c.off) }
func (c *clock) skip(d time.Duration) {
	c.mu.Lock()
	c.off += d
	c.mu.Unlock()
}

func take(t *testing.T, s *Stack) snapshot {
	t.Helper()
	ctx := context.Background()
	sn := snapshot{public: map[string]string{}, index: map[string]int{}, ledger: map[string]ledger.Record{}}
	err := s.Store.List(ctx, buckets.Public, "", func(in storage.Info) error {
		data, err := storage.ReadAll(ctx, s.Store, buckets.Public, in.Key, 1<<26)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		sn.public[in.Key] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Total int `json:"total"`
		Items []struct {
			ID      string `json:"id"`
			Version int    `json:"version"`
		} `json:"items"`
	}
	if code := getJSON(t, s.API, "/api/documents?size=100&sort=date", &res); code != 200 || res.Total > 100 {
		t.Fatalf("search: %d, %d documents", code, res.Total)
	}
	for _, it := range res.Items {
		sn.index[it.ID] = it.Version
	}
	var st api.ReleaseStats
	if code := getJSON(t, s.API, "/api/stats/release", &st); code != 200 {
		t.Fatalf("stats: %d", code)
	}
	sn.stats = st.Total
	recs, err := readLedger(ctx, s.Ledger, "6110000", "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		sn.ledger[r.ID] = r
	}
	return sn
}

// TestHostileSender drops adversarial envelopes and files beside a
// published corpus — links to files outside the data folder, a FIFO, a
// folder in a file's place, refused envelopes aimed at a published id,
// another system's envelope for it, duplicate and case-variant keys, keys
// and ids that carry personal data — and checks that the published corpus,
// the index and the statistics are unchanged but for the intended change
// (the owner's valid correction), that every hostile drop ends rejected
// with its reason, and that nothing outside the data folder, and no
// sender-chosen key, reaches a bucket, the index or a log line.
func TestHostileSender(t *testing.T) {
	dir := t.TempDir()
	logs := &syncBuffer{}
	clk := &clock{}
	s, err := Open(Options{Data: dir, Addr: "127.0.0.1:0", Now: clk.now, TickEvery: time.Hour,
		Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	corpus := samples(30, clk.now())
	if err := s.Seed(ctx, corpus, nil); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	before := take(t, s)
	if len(before.public) < 15 || len(before.index) < 15 {
		t.Fatalf("corpus too small to prove anything: %d public, %d indexed", len(before.public), len(before.index))
	}
	// The target: a published document with its sample envelope.
	var target sampleDoc
	for _, d := range corpus {
		if r := before.ledger[d.envelope["id"].(string)]; r.State == ledger.Indexed && r.Grade == document.GradePublic {
			target = d
			break
		}
	}
	tid := target.envelope["id"].(string)
	owner := "e-approval/" + tid + "/envelope.json"

	// Things outside the data folder that nothing may read.
	outside := t.TempDir()
	secret := filepath.Join(outside, "passwd")
	os.WriteFile(secret, []byte("root:x:0:0:HOSTILE-SECRET-7731"), 0o600)
	outEnv := filepath.Join(outside, "envelope.json")
	os.WriteFile(outEnv, mustEnvelope(t, hostileEnvelope("H-OUT-ENV", "HOSTILE-SECRET-7731 외부 봉투")), 0o600)

	inbox := filepath.Join(dir, "inbox")
	folder := func(sys, id string) string {
		d := filepath.Join(inbox, sys, id)
		if err := os.MkdirAll(filepath.Join(d, "files"), 0o750); err != nil {
			t.Fatal(err)
		}
		return d
	}
	withFile := func(id string) []byte {
		m := hostileEnvelope(id, "붙임이 있는 문서")
		m["files"] = []any{map[string]any{"name": "붙임1.txt", "key": "files/붙임1.txt"}}
		return mustEnvelope(t, m)
	}
	want := map[string]string{} // inbox key → the reason its refusal must carry

	// Files a sender cannot make through S3, only on a shared folder: they
	// reach the pipeline through the reconciliation (and the watcher).
	d := folder("e-approval", "H-LINK-FILE")
	os.Symlink(secret, filepath.Join(d, "files", "붙임1.txt"))
	os.WriteFile(filepath.Join(d, "envelope.json"), withFile("H-LINK-FILE"), 0o600)
	want["e-approval/H-LINK-FILE/envelope.json"] = "inbox.not_regular:symlink"
	d = folder("e-approval", "H-ZERO")
	os.Symlink("/dev/zero", filepath.Join(d, "files", "붙임1.txt"))
	os.WriteFile(filepath.Join(d, "envelope.json"), withFile("H-ZERO"), 0o600)
	want["e-approval/H-ZERO/envelope.json"] = "inbox.not_regular:symlink"
	d = folder("e-approval", "H-FIFO")
	if err := syscall.Mkfifo(filepath.Join(d, "files", "붙임1.txt"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(d, "envelope.json"), withFile("H-FIFO"), 0o600)
	want["e-approval/H-FIFO/envelope.json"] = "inbox.not_regular:fifo"
	d = folder("e-approval", "H-DIR")
	os.MkdirAll(filepath.Join(d, "files", "붙임1.txt"), 0o750)
	os.WriteFile(filepath.Join(d, "envelope.json"), withFile("H-DIR"), 0o600)
	want["e-approval/H-DIR/envelope.json"] = "inbox.not_regular:directory"
	d = folder("e-approval", "H-LINK-ENV")
	os.Symlink(outEnv, filepath.Join(d, "envelope.json"))
	want["e-approval/H-LINK-ENV/envelope.json"] = "inbox.not_regular:symlink"
	d = folder("e-approval", "H-FIFO-ENV")
	syscall.Mkfifo(filepath.Join(d, "envelope.json"), 0o600)
	want["e-approval/H-FIFO-ENV/envelope.json"] = "inbox.not_regular:fifo"
	if _, err := s.Pipeline.Reconcile(ctx); err != nil {
		t.Fatal(err)
	}

	// Envelopes, as any system can write them.
	put := func(key string, data []byte, code string) {
		t.Helper()
		if err := s.Store.Put(ctx, buckets.Inbox, key, bytes.NewReader(data), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
		want[key] = code
		waitIdle(t, s)
	}
	noTitle := cloneEnvelope(target.envelope)
	noTitle["version"] = 99
	delete(noTitle, "title")
	put(owner, mustEnvelope(t, noTitle), "envelope.missing_field:title") // in the owner's own folder
	reused := cloneEnvelope(target.envelope)
	reused["body"] = "같은 판 번호에 다른 내용 HOSTILE-REUSED"
	put("e-approval/"+tid+"-again/envelope.json", mustEnvelope(t, reused), "envelope.version_reused")
	hijack := cloneEnvelope(target.envelope)
	hijack["version"] = 50
	hijack["body"] = "다른 시스템의 탈취 HOSTILE-HIJACK"
	put("evil-system/"+tid+"/envelope.json", mustEnvelope(t, hijack), sender.CodeNotOwner)
	dup := mustEnvelope(t, hostileEnvelope("H-DUP", "중복 키"))
	dup = bytes.Replace(dup, []byte(`"disclosure":`), []byte(`"disclosure":{"grade":"closed","exemptions":["2"]},"disclosure":`), 1)
	put("e-approval/H-DUP/envelope.json", dup, document.CodeDuplicateKey)
	caseVar := bytes.Replace(mustEnvelope(t, hostileEnvelope("H-CASE", "대소문자")), []byte(`"body":`), []byte(`"Body":"HOSTILE-CASE","body":`), 1)
	put("e-approval/H-CASE/envelope.json", caseVar, document.CodeCaseVariantKey)
	traversal := hostileEnvelope("H-TRAV", "경로 이탈")
	traversal["files"] = []any{map[string]any{"name": "x", "key": "../../../public/documents/6110000/" + tid + ".json"}}
	put("e-approval/H-TRAV/envelope.json", mustEnvelope(t, traversal), "envelope.invalid_field:files")
	badID := hostileEnvelope("x", "경로 이탈 id")
	badID["id"] = "../../public/documents/6110000/" + tid
	put("e-approval/H-BADID/envelope.json", mustEnvelope(t, badID), "envelope.bad_id")
	rrnID := hostileEnvelope("880315-1234567", "주민번호 id")
	put("e-approval/H-RRN/envelope.json", mustEnvelope(t, rrnID), "envelope.personal_data:id")
	otherOrg := hostileEnvelope("H-ORG", "다른 기관")
	otherOrg["organization"] = map[string]any{"code": "3000000", "name": "종로구"}
	put("e-approval/H-ORG/envelope.json", mustEnvelope(t, otherOrg), sender.CodeWrongOrganization)
	put("envelope.json", mustEnvelope(t, hostileEnvelope("H-TOP", "최상위")), sender.CodeUnknownSystem)
	// A folder name a sender chose that carries personal data.
	put("e-approval/민원인-010-9876-5432/envelope.json", []byte(`{"schema":`), "envelope.invalid_json")

	// The owner's valid correction is the one intended change.
	fixed := cloneEnvelope(target.envelope)
	fixed["version"] = 2
	fixed["title"] = fixed["title"].(string) + " (정정)"
	if err := s.Store.Put(ctx, buckets.Inbox, owner, bytes.NewReader(mustEnvelope(t, fixed)), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	clk.skip(2 * time.Minute) // past the statistics cache
	after := take(t, s)

	// The published corpus and the index: unchanged but for the target.
	targetKey := document.PublicKey(document.Key{Org: "6110000", ID: tid})
	for key, sum := range before.public {
		if key == targetKey {
			if after.public[key] == sum {
				t.Errorf("the owner's correction was not published")
			}
			continue
		}
		if after.public[key] != sum {
			t.Errorf("public object %s changed", key)
		}
	}
	if len(after.public) != len(before.public) {
		t.Errorf("public bucket: %d objects, was %d", len(after.public), len(before.public))
	}
	for id, v := range before.index {
		wantV := v
		if id == tid {
			wantV = 2
		}
		if after.index[id] != wantV {
			t.Errorf("index: %s at version %d, want %d", id, after.index[id], wantV)
		}
	}
	if len(after.index) != len(before.index) {
		t.Errorf("index: %d documents, was %d", len(after.index), len(before.index))
	}
	// The ledger: every document untouched but the target, and one refusal
	// record per hostile drop, each with its reason.
	bySource := map[string]ledger.Record{}
	newRecs := 0
	for id, r := range after.ledger {
		if old, ok := before.ledger[id]; ok {
			if id == tid {
				if r.State != ledger.Indexed || r.Version != 2 {
					t.Errorf("target after the correction: %s v%d", r.State, r.Version)
				}
			} else if r.Rev != old.Rev {
				t.Errorf("%s changed: %s → %s", id, old.State, r.State)
			}
			if err := checkHistory(r); err != nil {
				t.Error(err)
			}
			continue
		}
		newRecs++
		if r.State != ledger.Rejected || r.Version != 0 {
			t.Errorf("new record %s: %s v%d (%s)", id, r.State, r.Version, r.Reason)
		}
		bySource[r.Source] = r
	}
	for key, code := range want {
		r, ok := bySource[key]
		if !ok {
			t.Errorf("%s: no refusal recorded", key)
			continue
		}
		if r.Reason != code {
			t.Errorf("%s: %s, want %s", key, r.Reason, code)
		}
	}
	if newRecs != len(want) {
		t.Errorf("%d new records for %d hostile drops", newRecs, len(want))
	}
	// The statistics: the refusals, and nothing else.
	b, a := before.stats, after.stats
	if a.Published != b.Published || a.Closed != b.Closed || a.Withheld != b.Withheld || a.Review != b.Review || a.Retracted != b.Retracted || a.Pending != b.Pending {
		t.Errorf("statistics moved:\n before %+v\n after  %+v", b, a)
	}
	if a.Received != b.Received+newRecs || a.Rejected != b.Rejected+newRecs {
		t.Errorf("statistics: received %d→%d, rejected %d→%d; want +%d each", b.Received, a.Received, b.Rejected, a.Rejected, newRecs)
	}
	// Nothing from outside, nothing hostile, in a bucket, the index or a
	// log; and no key a sender chose in a log line.
	var everything strings.Builder
	for _, bucket := range []string{buckets.Public, buckets.Work} {
		s.Store.List(ctx, bucket, "", func(in storage.Info) error {
			data, _ := storage.ReadAll(ctx, s.Store, bucket, in.Key, 1<<26)
			everything.Write(data)
			return nil
		})
	}
	for _, q := range []string{"HOSTILE-SECRET-7731", "HOSTILE-HIJACK", "HOSTILE-REUSED", "HOSTILE-CASE", "root:x"} {
		var res struct{ Total int }
		getJSON(t, s.API, "/api/documents?q="+url.QueryEscape(q), &res)
		if res.Total != 0 {
			t.Errorf("searching %q finds %d documents", q, res.Total)
		}
	}
	if strings.Contains(everything.String(), "HOSTILE-SECRET-7731") {
		t.Error("a file outside the data folder was read into a bucket")
	}
	for _, leak := range []string{"HOSTILE-SECRET-7731", "010-9876-5432", "evil-system/"} {
		if strings.Contains(logs.String(), leak) {
			t.Errorf("the logs hold %q", leak)
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "events", "dead")); len(entries) != 0 {
		t.Errorf("%d dead letters", len(entries))
	}
}

func hostileEnvelope(id, title string) map[string]any {
	return map[string]any{
		"schema": "plaza.envelope/v1", "id": id, "version": 1, "type": "report",
		"title": title, "department": map[string]any{"code": "1100123", "name": "행정국 정보공개정책과"},
		"approver":    map[string]any{"name": "이과장", "position": "과장", "rank": "division_head"},
		"approved_at": "2026-11-20T10:00:00+09:00",
		"disclosure":  map[string]any{"grade": "public", "exemptions": []string{}},
		"body":        "적대적 발신자 시험 문서",
	}
}

func cloneEnvelope(m map[string]any) map[string]any {
	b, _ := json.Marshal(m)
	var out map[string]any
	json.Unmarshal(b, &out)
	return out
}

func mustEnvelope(t *testing.T, m map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(fmt.Errorf("envelope: %w", err))
	}
	return b
}
