package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/extract"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/sender"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// dropAs writes an envelope into the inbox under system's prefix.
func (e *env) dropAs(system, folder string, data []byte) string {
	e.t.Helper()
	key := system + "/" + folder + "/envelope.json"
	if err := e.store.Put(context.Background(), "inbox", key, strings.NewReader(string(data)), storage.PutOptions{}); err != nil {
		e.t.Fatal(err)
	}
	return key
}

func mustJSON(t *testing.T, m map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A rejection aimed at a published id — a malformed envelope with a high
// version, from the document's own system or another — leaves the
// document alone, and the valid correction that follows is taken.
func TestRejectionAimedAtPublishedIDLeavesItAlone(t *testing.T) {
	e := newEnv(t)
	e.drop("PUB-1", envelope("PUB-1", 1))
	before := e.record("PUB-1")
	if before.State != ledger.Indexed {
		t.Fatalf("%+v", before)
	}
	bad := envelope("PUB-1", 99)
	delete(bad, "title")
	e.drop("PUB-1", bad)                                   // the owner's own folder
	evil := e.dropAs("evil-system", "x", mustJSON(t, bad)) // another system
	valid99 := envelope("PUB-1", 99)
	valid99["body"] = "탈취 시도"
	hijack := e.dropAs("evil-system", "y", mustJSON(t, valid99)) // valid, but not its id

	if r := e.record("PUB-1"); r.Rev != before.Rev || r.State != ledger.Indexed || r.Version != 1 {
		t.Fatalf("the published record moved: %+v", r)
	}
	if r := e.inboxRecord("approval/PUB-1/envelope.json"); r.State != ledger.Rejected || r.Reason != "envelope.missing_field:title" || r.Version != 0 {
		t.Errorf("owner's refusal: %+v", r)
	}
	if r := e.inboxRecord(evil); r.Reason != "envelope.missing_field:title" {
		t.Errorf("other system's malformed envelope: %+v", r)
	}
	if r := e.inboxRecord(hijack); r.Reason != sender.CodeNotOwner {
		t.Errorf("other system's valid envelope: %+v", r)
	}
	// Nor can a sender take the name of a refusal's record to hide it.
	squat := envelope(e.p.inboxKey(hijack).ID, 1)
	squatKey := e.dropAs("evil-system", "z", mustJSON(t, squat))
	if r := e.inboxRecord(hijack); r.Reason != sender.CodeNotOwner || r.Source != hijack {
		t.Errorf("a refusal's record was taken over: %+v", r)
	}
	if r := e.inboxRecord(squatKey); r.Reason != "envelope.reserved_id" {
		t.Errorf("reserved id: %+v", r)
	}
	if pub, _ := e.public("PUB-1"); pub.Version != 1 || strings.Contains(pub.Body, "탈취") {
		t.Errorf("public changed: v%d %q", pub.Version, pub.Body)
	}
	// The owner's correction is not "older" than the refused 99.
	e.drop("PUB-1", envelope("PUB-1", 2))
	if r := e.record("PUB-1"); r.State != ledger.Indexed || r.Version != 2 || r.PublicVersion != 2 {
		t.Fatalf("the correction was dropped: %+v", r)
	}
	if d, _ := e.idx.get("PUB-1"); d.Version != 2 {
		t.Errorf("index holds v%d", d.Version)
	}
}

// A system bound to an organization or departments may send nothing else.
func TestSenderConfigurationIsEnforced(t *testing.T) {
	e := newEnv(t)
	cfg := e.p.cfg
	var err error
	cfg.Senders, err = sender.Parse([]byte(`{"systems":[{"prefix":"approval","departments":["1100123"]},{"prefix":"gangnam","organization":"3220000"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	e.p = New(cfg, e.p.d)
	e.bus.p = e.p
	other := envelope("DEPT-1", 1)
	other["department"] = map[string]any{"code": "1100200", "name": "도시교통실"}
	wrongDept := e.dropAs("approval", "DEPT-1", mustJSON(t, other))
	wrongOrg := e.dropAs("gangnam", "ORG-1", mustJSON(t, envelope("ORG-1", 1))) // for 6110000, from Gangnam's system
	unknown := e.dropAs("unlisted", "U-1", mustJSON(t, envelope("U-1", 1)))
	for key, code := range map[string]string{wrongDept: sender.CodeWrongDepartment, wrongOrg: sender.CodeWrongOrganization, unknown: sender.CodeUnknownSystem} {
		k := e.p.inboxKey(key)
		r, err := e.led.Get(context.Background(), k.Org, k.ID)
		if err != nil || r.State != ledger.Rejected || r.Reason != code {
			t.Errorf("%s: %+v %v, want %s", key, r, err, code)
		}
	}
	// Gangnam's refusals are recorded under Gangnam, not the city.
	if k := e.p.inboxKey(wrongOrg); k.Org != "3220000" {
		t.Errorf("inbox record under %s", k.Org)
	}
	if n := e.publicCount(); n != 0 {
		t.Errorf("%d published", n)
	}
	// A document the system may send goes through.
	e.dropAs("approval", "OK-1", mustJSON(t, envelope("OK-1", 1)))
	if r := e.record("OK-1"); r.State != ledger.Indexed {
		t.Errorf("%+v", r)
	}
}

// Duplicate and case-variant keys are refused in the pipeline, with
// nothing published.
func TestDuplicateKeysAreRejected(t *testing.T) {
	e := newEnv(t)
	m := envelope("DUP-1", 1)
	m["disclosure"] = map[string]any{"grade": "closed", "exemptions": []string{"2"}}
	b := mustJSON(t, m)
	// encoding/json keeps the last: the public one goes last.
	twice := strings.Replace(string(b), `"disclosure":{"exemptions":["2"],"grade":"closed"}`,
		`"disclosure":{"exemptions":["2"],"grade":"closed"},"disclosure":{"grade":"public","exemptions":[]}`, 1)
	if twice == string(b) {
		t.Fatal("test envelope not rewritten")
	}
	e.dropRaw("DUP-1", []byte(twice))
	if r := e.record("DUP-1"); r.State != ledger.Rejected || r.Reason != document.CodeDuplicateKey {
		t.Fatalf("%+v", r)
	}
	m2 := envelope("DUP-2", 1)
	b2 := mustJSON(t, m2)
	e.dropRaw("DUP-2", []byte(strings.Replace(string(b2), `"body":`, `"Body":"덮어쓴 본문","body":`, 1)))
	if r := e.record("DUP-2"); r.State != ledger.Rejected || r.Reason != document.CodeCaseVariantKey {
		t.Fatalf("%+v", r)
	}
	if n := e.publicCount(); n != 0 {
		t.Errorf("%d published", n)
	}
}

// flakyStore fails every write to one bucket while broken, as a full disk.
type flakyStore struct {
	storage.Store
	mu     sync.Mutex
	bucket string
	broken bool
}

func (f *flakyStore) set(b bool) { f.mu.Lock(); f.broken = b; f.mu.Unlock() }

func (f *flakyStore) Put(ctx context.Context, bucket, key string, body io.Reader, o storage.PutOptions) error {
	f.mu.Lock()
	broken := f.broken && bucket == f.bucket
	f.mu.Unlock()
	if broken {
		return errors.New("write /data/public: no space left on device")
	}
	return f.Store.Put(ctx, bucket, key, body, o)
}

// A dead letter waits in review with an item that says what failed; the
// monitor retries it with back-off, and once the fault clears it is
// published, with every step in its history.
func TestDeadLetterIsRetriedWithBackoffAndReleased(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	flaky := &flakyStore{Store: e.store, bucket: "public", broken: true}
	e.p = New(Config{Buckets: buckets, Now: func() time.Time { return e.now }, RetryBackoff: time.Minute, MaxRetryBackoff: 4 * time.Minute},
		Deps{Store: flaky, Ledger: e.led, Index: e.idx, Extractor: readFiles{extract.New()}, Redactor: redact.New(), Verifier: verify.New()})
	e.bus.p = e.p
	e.drop("DL-1", envelope("DL-1", 1))
	if len(e.bus.errs) == 0 {
		t.Fatal("the redact stage did not fail")
	}
	staged := storage.Event{Kind: storage.Created, Bucket: "work", Key: "staged/6110000/DL-1/v1.json"}
	e.p.DeadLettered(ctx, staged, e.bus.errs[0])
	r := e.record("DL-1")
	if r.State != ledger.Review || r.Reason != "pipeline.dead_letter:redact" {
		t.Fatalf("%+v", r)
	}
	k := document.Key{Org: "6110000", ID: "DL-1"}
	v, err := e.p.ReviewItem(ctx, k)
	if err != nil || v.DeadLetter == nil || !strings.Contains(v.DeadLetter.Error, "no space left") {
		t.Fatalf("review item: %+v %v", v, err)
	}
	// Masking or approving a dead letter is refused: it must run again.
	if _, err := e.p.Review(ctx, k, review.Action{Kind: review.ActApprove, By: "s"}); !errors.Is(err, review.ErrDeadLetter) {
		t.Errorf("approve a dead letter: %v", err)
	}

	// Not yet due: nothing happens.
	if rep, err := e.p.Tick(ctx); err != nil || rep.Retried != 0 {
		t.Fatalf("%+v %v", rep, err)
	}
	if r2 := e.record("DL-1"); r2.Rev != r.Rev {
		t.Fatal("retried before its time")
	}
	// Due, still failing: the attempt is recorded and the wait doubles.
	e.now = e.now.Add(time.Minute)
	if rep, _ := e.p.Tick(ctx); rep.Retried != 0 {
		t.Fatalf("%+v", rep)
	}
	r = e.record("DL-1")
	if r.State != ledger.Review || r.Attempts != 1 || r.RetryAt == nil || !r.RetryAt.Equal(e.now.Add(2*time.Minute)) {
		t.Fatalf("after a failed retry: attempts %d retry at %v (now %v)", r.Attempts, r.RetryAt, e.now)
	}
	// The fault clears; the next due run publishes it.
	flaky.set(false)
	e.now = e.now.Add(2 * time.Minute)
	if rep, err := e.p.Tick(ctx); err != nil || rep.Retried != 1 {
		t.Fatalf("%+v %v", rep, err)
	}
	r = e.record("DL-1")
	if r.State != ledger.Indexed || r.Attempts != 0 || r.RetryAt != nil {
		t.Fatalf("after the fault cleared: %+v", r)
	}
	if got := states(r); got != "received staged review review published indexed" {
		t.Errorf("history %s", got)
	}
}

// Re-sending the same envelope after a dead letter is not taken for a
// duplicate: the document goes through.
func TestResendAfterDeadLetterIsNotIgnored(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	flaky := &flakyStore{Store: e.store, bucket: "public", broken: true}
	e.p = New(e.p.cfg, Deps{Store: flaky, Ledger: e.led, Index: e.idx, Extractor: readFiles{extract.New()}, Redactor: redact.New(), Verifier: verify.New()})
	e.bus.p = e.p
	e.drop("DL-2", envelope("DL-2", 1))
	e.p.DeadLettered(ctx, storage.Event{Kind: storage.Created, Bucket: "work", Key: "staged/6110000/DL-2/v1.json"}, errors.New("no space"))
	flaky.set(false)
	e.drop("DL-2", envelope("DL-2", 1)) // the same envelope again
	if r := e.record("DL-2"); r.State != ledger.Indexed {
		t.Fatalf("re-sent after a dead letter: %+v", r)
	}
}

// An ingest dead letter is tied to the document only when its envelope is
// valid and its own; staff can ask for a retry, which the monitor runs.
func TestIngestDeadLetterAndStaffRetry(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.bus.paused = true
	key := e.dropAs("approval", "DL-3", mustJSON(t, envelope("DL-3", 1)))
	e.bus.paused = false
	e.p.DeadLettered(ctx, storage.Event{Kind: storage.Created, Bucket: "inbox", Key: key}, errors.New("extractor panic"))
	r := e.record("DL-3")
	if r.State != ledger.Review || r.Reason != "pipeline.dead_letter:ingest" || r.Source != key {
		t.Fatalf("%+v", r)
	}
	k := document.Key{Org: "6110000", ID: "DL-3"}
	if _, err := e.p.Review(ctx, k, review.Action{Kind: review.ActRetry, By: "staff-1"}); err != nil {
		t.Fatal(err)
	}
	if r := e.record("DL-3"); r.RetryAt == nil || r.RetryAt.After(e.now) {
		t.Fatalf("retry not due now: %+v", r.RetryAt)
	}
	if rep, err := e.p.Tick(ctx); err != nil || rep.Retried != 1 {
		t.Fatalf("%+v %v", rep, err)
	}
	if r := e.record("DL-3"); r.State != ledger.Indexed {
		t.Fatalf("%+v", r)
	}
	// Another system's envelope for a document is never tied to it.
	other := e.dropAs("evil", "DL-3", mustJSON(t, envelope("DL-3", 7)))
	before := e.record("DL-3")
	e.p.DeadLettered(ctx, storage.Event{Kind: storage.Created, Bucket: "inbox", Key: other}, errors.New("boom"))
	if r := e.record("DL-3"); r.Rev != before.Rev {
		t.Errorf("another system's dead letter moved the document: %+v", r)
	}
}

// Ingest records "staged" before it writes the staged object; a write
// that fails is done by the retry, and the history stays in order.
func TestStagedWriteFailureIsRetried(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	flaky := &flakyStore{Store: e.store, bucket: "work", broken: false}
	e.p = New(e.p.cfg, Deps{Store: flaky, Ledger: e.led, Index: e.idx, Extractor: readFiles{extract.New()}, Redactor: redact.New(), Verifier: verify.New()})
	e.bus.p = e.p
	e.bus.paused = true
	key := e.dropAs("approval", "ST-1", mustJSON(t, envelope("ST-1", 1)))
	e.bus.paused = false
	flaky.set(true)
	ev := storage.Event{Kind: storage.Created, Bucket: "inbox", Key: key}
	if err := e.p.Ingest(ctx, ev); err == nil {
		t.Fatal("the write failure was not returned for a retry")
	}
	if r := e.record("ST-1"); r.State != ledger.Staged {
		t.Fatalf("%+v", r)
	}
	flaky.set(false)
	if err := e.p.Ingest(ctx, ev); err != nil { // the event's retry
		t.Fatal(err)
	}
	r := e.record("ST-1")
	if r.State != ledger.Indexed || states(r) != "received staged published indexed" {
		t.Fatalf("%s: %s", r.State, states(r))
	}
}

// The monitor re-ingests an envelope written again while nothing listened
// (same folder, new version).
func TestReconcileSeesEnvelopesWrittenAgain(t *testing.T) {
	e := newEnv(t)
	e.drop("RC-1", envelope("RC-1", 1))
	e.bus.paused = true
	e.drop("RC-1", envelope("RC-1", 2))
	e.bus.paused = false
	// The file was written after the ledger last saw its folder; an
	// unchanged one is left alone.
	later := e.record("RC-1").UpdatedAt.Add(time.Minute)
	if err := os.Chtimes(filepath.Join(e.store.Root(), "inbox", "approval", "RC-1", "envelope.json"), later, later); err != nil {
		t.Fatal(err)
	}
	e.drop("RC-2", envelope("RC-2", 1))
	earlier := e.record("RC-2").UpdatedAt.Add(-time.Minute)
	os.Chtimes(filepath.Join(e.store.Root(), "inbox", "approval", "RC-2", "envelope.json"), earlier, earlier)
	n, err := e.p.Reconcile(context.Background())
	if err != nil || n != 1 {
		t.Fatalf("%d %v", n, err)
	}
	if r := e.record("RC-1"); r.Version != 2 || r.State != ledger.Indexed {
		t.Fatalf("%+v", r)
	}
}
