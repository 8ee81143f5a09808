package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/extract"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/boilerplate"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// readFiles is pipeline/files's adapter, which this package's own tests
// cannot import.
type readFiles struct{ x *extract.Extractor }

func (r readFiles) Extract(ctx context.Context, name string, data []byte) (Extraction, error) {
	res, err := r.x.Extract(ctx, name, data)
	return Extraction{Text: res.Text, Format: res.Format}, err
}

var buckets = storage.Buckets{Inbox: "inbox", Work: "work", Public: "public"}

// memIndex is an in-memory search.Index that keeps the highest version.
type memIndex struct {
	mu   sync.Mutex
	docs map[string]search.Doc
}

func (m *memIndex) Index(ctx context.Context, d search.Doc) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := d.Org + "/" + d.ID
	if cur, ok := m.docs[k]; ok && cur.Version > d.Version {
		return nil
	}
	m.docs[k] = d
	return nil
}

func (m *memIndex) Delete(ctx context.Context, org, id string, version int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.docs, org+"/"+id)
	return nil
}

// Search lists the documents (those of q.Keys when set), q.Size at a
// time (the reconciliation reads the index this way); After is the offset
// of the next page.
func (m *memIndex) Search(ctx context.Context, q search.Query) (search.Result, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	keys := make([]string, 0, len(m.docs))
	for k := range m.docs {
		keys = append(keys, k)
	}
	if len(q.Keys) > 0 { // restricted to these documents, as the engines do
		var only []string
		for _, k := range q.Keys {
			if _, ok := m.docs[k.Org+"/"+k.ID]; ok {
				only = append(only, k.Org+"/"+k.ID)
			}
		}
		keys = only
	}
	sort.Strings(keys)
	from, _ := strconv.Atoi(q.After)
	res := search.Result{Total: len(keys)}
	for _, k := range keys[min(from, len(keys)):min(from+q.Size, len(keys))] {
		d := m.docs[k]
		res.Items = append(res.Items, search.Hit{Org: d.Org, ID: d.ID, Version: d.Version})
	}
	if from+q.Size < len(keys) {
		res.Next = strconv.Itoa(from + q.Size)
	}
	return res, nil
}
func (m *memIndex) Close() error { return nil }

func (m *memIndex) get(id string) (search.Doc, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	d, ok := m.docs["6110000/"+id]
	return d, ok
}

// syncBus delivers events at once, in the caller's goroutine, or drops
// them when paused (to simulate a crash between stages).
type syncBus struct {
	p      *Pipeline
	paused bool
	errs   []error
}

func (b *syncBus) Publish(ctx context.Context, ev storage.Event) error {
	if b.paused || b.p == nil {
		return nil
	}
	if err := b.p.Handle(ctx, ev); err != nil {
		b.errs = append(b.errs, err)
	}
	return nil
}

type env struct {
	t     *testing.T
	p     *Pipeline
	store *localfs.Store
	led   *bolt.Ledger
	idx   *memIndex
	bus   *syncBus
	now   time.Time
}

func newEnv(t *testing.T) *env {
	t.Helper()
	dir := t.TempDir()
	bus := &syncBus{}
	store, err := localfs.New(filepath.Join(dir, "data"), bus)
	if err != nil {
		t.Fatal(err)
	}
	led, err := bolt.Open(filepath.Join(dir, "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { led.Close() })
	e := &env{t: t, store: store, led: led, idx: &memIndex{docs: map[string]search.Doc{}}, bus: bus,
		now: time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)}
	e.p = New(Config{Buckets: buckets, Now: func() time.Time { return e.now }}, Deps{
		Store: store, Ledger: led, Index: e.idx, Extractor: readFiles{extract.New()}, Redactor: redact.New(), Verifier: verify.New(),
	})
	bus.p = e.p
	return e
}

func envelope(id string, version int) map[string]any {
	return map[string]any{
		"schema":          document.SchemaEnvelope,
		"id":              id,
		"version":         version,
		"type":            "approval",
		"title":           fmt.Sprintf("2026년 정보공개 추진계획 (%d판)", version),
		"document_number": "정보공개정책과-1234",
		"department":      map[string]any{"code": "1100123", "name": "행정국 정보공개정책과"},
		"drafter":         map[string]any{"name": "홍길동", "position": "주무관"},
		"approver":        map[string]any{"name": "김철수", "position": "과장", "rank": "division_head"},
		"approved_at":     "2026-11-20T10:15:00+09:00",
		"disclosure":      map[string]any{"grade": "public", "exemptions": []string{}},
		"body":            fmt.Sprintf("정보공개 추진계획 본문입니다. 판 %d.", version),
	}
}

func (e *env) drop(id string, m map[string]any) {
	e.t.Helper()
	data, err := json.Marshal(m)
	if err != nil {
		e.t.Fatal(err)
	}
	e.dropRaw(id, data)
}

func (e *env) dropRaw(id string, data []byte) {
	e.t.Helper()
	if err := e.store.Put(context.Background(), "inbox", "approval/"+id+"/envelope.json", bytes.NewReader(data), storage.PutOptions{}); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) record(id string) ledger.Record {
	e.t.Helper()
	r, err := e.led.Get(context.Background(), "6110000", id)
	if err != nil {
		e.t.Fatalf("ledger %s: %v", id, err)
	}
	return r
}

func (e *env) public(id string) (document.Public, bool) {
	e.t.Helper()
	var pub document.Public
	data, err := storage.ReadAll(context.Background(), e.store, "public", "documents/6110000/"+id+".json", 1<<20)
	if errors.Is(err, storage.ErrNotFound) {
		return pub, false
	}
	if err != nil {
		e.t.Fatal(err)
	}
	if err := json.Unmarshal(data, &pub); err != nil {
		e.t.Fatal(err)
	}
	return pub, true
}

// inboxRecord is the ledger record of an inbox object (refusals).
func (e *env) inboxRecord(source string) ledger.Record {
	e.t.Helper()
	k := e.p.inboxKey(source)
	r, err := e.led.Get(context.Background(), k.Org, k.ID)
	if err != nil {
		e.t.Fatalf("ledger of inbox object %s: %v", source, err)
	}
	return r
}

// states lists the states a record's history went through.
func states(r ledger.Record) string {
	var out []string
	for _, h := range r.History {
		out = append(out, string(h.To))
	}
	return strings.Join(out, " ")
}

func (e *env) publicCount() int {
	n := 0
	e.store.List(context.Background(), "public", "", func(storage.Info) error { n++; return nil })
	return n
}

func TestEndToEndPublishAndIndex(t *testing.T) {
	e := newEnv(t)
	m := envelope("DOC-1", 1)
	m["body"] = "민원인 연락처 010-1234-5678, 주민등록번호 900101-1234567, 메일 hong@example.org 입니다."
	e.drop("DOC-1", m)
	r := e.record("DOC-1")
	if r.State != ledger.Indexed || r.PublicVersion != 1 {
		t.Fatalf("state = %s public=%d, history %+v", r.State, r.PublicVersion, r.History)
	}
	// Delivery here is synchronous: the index stage runs inside the
	// redact stage's write, before publication is recorded; the history
	// still holds every step, in order.
	if got := states(r); got != "received staged published indexed" {
		t.Errorf("history = %s", got)
	}
	pub, ok := e.public("DOC-1")
	if !ok {
		t.Fatal("not published")
	}
	for _, secret := range []string{"1234-5678", "1234567", "hong@"} {
		if strings.Contains(pub.Body, secret) {
			t.Errorf("public body leaks %q: %s", secret, pub.Body)
		}
	}
	if pub.Drafter.Name != "홍길동" {
		t.Errorf("officials' names must stay public: %+v", pub.Drafter)
	}
	d, ok := e.idx.get("DOC-1")
	if !ok || strings.Contains(d.Body, "1234567") {
		t.Fatalf("index: %v %q", ok, d.Body)
	}
}

// TestIndexNamesBoilerplate: with a department's repeated lines known,
// the index stage passes them on with the document (the engines weigh
// them nothing), and only the lines the body holds.
func TestIndexNamesBoilerplate(t *testing.T) {
	e := newEnv(t)
	attach := "붙임  세부 추진계획 1부.  끝."
	known := &LiveBoilerplate{}
	known.Set(boilerplate.Model{Lines: map[string][]string{
		"6110000/1100123": {boilerplate.Normalize(attach), boilerplate.Normalize("공개구분: 공개")},
	}})
	e.p.d.Boilerplate = known
	m := envelope("DOC-1", 1)
	m["body"] = "정보공개 추진계획 본문입니다.\n" + attach
	e.drop("DOC-1", m)
	d, ok := e.idx.get("DOC-1")
	if !ok {
		t.Fatal("not indexed")
	}
	if !slices.Equal(d.Boilerplate, []string{attach}) || !strings.Contains(d.Body, attach) {
		t.Errorf("indexed boilerplate %q, body %q: want the 붙임 line named and kept", d.Boilerplate, d.Body)
	}
}

// TestLearnBoilerplateFromThePublicBucket: the lines a department's
// published documents repeat are learnt, and a LiveBoilerplate set with
// them names them in the next document indexed.
func TestLearnBoilerplateFromThePublicBucket(t *testing.T) {
	e := newEnv(t)
	attach := "붙임  세부 추진계획 1부.  끝."
	topics := []string{"가로등 교체", "보도블록 정비", "교량 점검", "하천 준설", "녹지 조성"}
	for i, topic := range topics {
		m := envelope(fmt.Sprintf("DOC-%d", i), 1)
		m["body"] = topic + " 계획입니다.\n" + attach
		e.drop(fmt.Sprintf("DOC-%d", i), m)
	}
	model, err := e.p.LearnBoilerplate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := model.Lines["6110000/1100123"], []string{boilerplate.Normalize(attach)}; !slices.Equal(got, want) {
		t.Fatalf("learnt %q, want %q", got, want)
	}
	live := &LiveBoilerplate{}
	e.p.d.Boilerplate = live
	m := envelope("DOC-9", 1)
	m["body"] = "새 사업 계획입니다.\n" + attach
	e.drop("DOC-9", m)
	if d, _ := e.idx.get("DOC-9"); len(d.Boilerplate) != 0 {
		t.Errorf("an empty LiveBoilerplate named %q", d.Boilerplate)
	}
	live.Set(model)
	m["version"] = 2
	e.drop("DOC-9", m)
	if d, _ := e.idx.get("DOC-9"); !slices.Equal(d.Boilerplate, []string{attach}) {
		t.Errorf("indexed with boilerplate %q, want the 붙임 line", d.Boilerplate)
	}
}

func TestBadEnvelopesEndRejectedWithReason(t *testing.T) {
	cases := map[string]struct {
		data []byte
		code string
	}{
		"malformed": {[]byte(`{"schema":`), "envelope.invalid_json"},
		"cp949":     {append([]byte(`{"schema":"plaza.envelope/v1","title":"`), 0xc1, 0xa4, '"', '}'), "envelope.not_utf8"},
		"hostile":   {hostile(), "envelope.bad_id"},
		"oversize":  {append([]byte(`{"body":"`), append(bytes.Repeat([]byte("가"), document.MaxEnvelopeBytes/3+1), '"', '}')...), "envelope.too_large"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t)
			e.dropRaw("X", c.data)
			recs, _, err := e.led.List(context.Background(), ledger.Filter{})
			if err != nil || len(recs) != 1 {
				t.Fatalf("want one ledger record, got %d (%v)", len(recs), err)
			}
			if recs[0].State != ledger.Rejected || recs[0].Reason != c.code {
				t.Errorf("state %s reason %s, want rejected %s", recs[0].State, recs[0].Reason, c.code)
			}
			if strings.Contains(recs[0].ID, "/") || strings.Contains(recs[0].ID, "..") {
				t.Errorf("ledger key from a hostile id: %q", recs[0].ID)
			}
			if n := e.publicCount(); n != 0 {
				t.Errorf("%d public objects", n)
			}
			found := false
			e.store.List(context.Background(), "work", "rejected/", func(storage.Info) error { found = true; return nil })
			if !found {
				t.Error("no rejection notice for the sender")
			}
		})
	}
}

func hostile() []byte {
	m := envelope("x", 1)
	m["id"] = "../../public/documents/6110000/x"
	b, _ := json.Marshal(m)
	return b
}

func TestMissingFieldIsRejectedUnderItsOwnID(t *testing.T) {
	e := newEnv(t)
	m := envelope("DOC-2", 3)
	delete(m, "title")
	e.drop("DOC-2", m)
	r := e.record("DOC-2")
	// A refusal never raises the version: a valid version of any number
	// that follows is taken.
	if r.State != ledger.Rejected || r.Reason != "envelope.missing_field:title" || r.Version != 0 || !strings.HasPrefix(r.Detail, "version 3:") {
		t.Fatalf("%+v", r)
	}
	e.drop("DOC-2", envelope("DOC-2", 2))
	if r := e.record("DOC-2"); r.State != ledger.Indexed || r.Version != 2 {
		t.Fatalf("the valid version after the refused one: %+v", r)
	}
}

func TestNoTextAndMissingFile(t *testing.T) {
	e := newEnv(t)
	m := envelope("DOC-3", 1)
	m["body"] = ""
	m["files"] = []any{map[string]any{"name": "붙임1.txt", "key": "files/붙임1.txt"}}
	e.drop("DOC-3", m)
	if r := e.record("DOC-3"); r.State != ledger.Rejected || r.Reason != "envelope.missing_file" {
		t.Fatalf("%+v", r)
	}
	// The sender uploads the file and sends the same envelope again.
	if err := e.store.Put(context.Background(), "inbox", "approval/DOC-3/files/붙임1.txt", strings.NewReader("붙임 본문: 추진 일정"), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	e.drop("DOC-3", m)
	if r := e.record("DOC-3"); r.State != ledger.Indexed {
		t.Fatalf("after the file arrived: %+v", r)
	}
	pub, _ := e.public("DOC-3")
	if len(pub.Attachments) != 1 || !strings.Contains(pub.Attachments[0].Text, "추진 일정") {
		t.Errorf("attachment text: %+v", pub.Attachments)
	}
}

func TestDuplicateEventChangesNothing(t *testing.T) {
	e := newEnv(t)
	e.drop("DOC-4", envelope("DOC-4", 1))
	before := e.record("DOC-4")
	ev := storage.Event{Kind: storage.Created, Bucket: "inbox", Key: "approval/DOC-4/envelope.json"}
	for range 3 {
		if err := e.p.Handle(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"staged/6110000/DOC-4/v1.json"} {
			if err := e.p.Handle(context.Background(), storage.Event{Kind: storage.Created, Bucket: "work", Key: key}); err != nil {
				t.Fatal(err)
			}
		}
	}
	after := e.record("DOC-4")
	if after.Rev != before.Rev || len(after.History) != len(before.History) {
		t.Errorf("duplicate events changed the ledger: rev %d→%d", before.Rev, after.Rev)
	}
}

func TestOutOfOrderVersions(t *testing.T) {
	e := newEnv(t)
	e.drop("DOC-5", envelope("DOC-5", 2))
	e.drop("DOC-5", envelope("DOC-5", 1)) // late
	r := e.record("DOC-5")
	if r.Version != 2 || r.State != ledger.Indexed {
		t.Fatalf("%+v", r)
	}
	pub, _ := e.public("DOC-5")
	if pub.Version != 2 || !strings.Contains(pub.Title, "2판") {
		t.Errorf("public is %d %q", pub.Version, pub.Title)
	}
	// A higher version replaces the published one and is re-indexed.
	e.drop("DOC-5", envelope("DOC-5", 3))
	pub, _ = e.public("DOC-5")
	d, _ := e.idx.get("DOC-5")
	if pub.Version != 3 || d.Version != 3 {
		t.Errorf("public v%d index v%d", pub.Version, d.Version)
	}
	// A staged v1 event arriving now is ignored too.
	if err := e.p.Redact(context.Background(), storage.Event{Kind: storage.Created, Bucket: "work", Key: "staged/6110000/DOC-5/v2.json"}); err != nil {
		t.Fatal(err)
	}
	if pub, _ = e.public("DOC-5"); pub.Version != 3 {
		t.Errorf("late staged event republished v%d", pub.Version)
	}
}

// Re-sending a published version with other content is refused, and the
// refusal is recorded against the inbox object: the published document's
// record stays as it was.
func TestVersionReuseWithOtherContentIsRejected(t *testing.T) {
	e := newEnv(t)
	e.drop("DOC-6", envelope("DOC-6", 1))
	before := e.record("DOC-6")
	m := envelope("DOC-6", 1)
	m["body"] = "다른 내용"
	e.drop("DOC-6", m)
	r := e.record("DOC-6")
	if r.State != ledger.Indexed || r.Rev != before.Rev || r.PublicVersion != 1 {
		t.Fatalf("the published record moved: %+v", r)
	}
	refused := e.inboxRecord("approval/DOC-6/envelope.json")
	if refused.State != ledger.Rejected || refused.Reason != "envelope.version_reused" || refused.Version != 0 {
		t.Fatalf("refusal: %+v", refused)
	}
	if pub, _ := e.public("DOC-6"); strings.Contains(pub.Body, "다른") {
		t.Error("reused version replaced the published content")
	}
}

func TestClosedIsListedByMetadataOnly(t *testing.T) {
	e := newEnv(t)
	m := envelope("DOC-7", 1)
	m["disclosure"] = map[string]any{"grade": "closed", "exemptions": []string{"2", "5"}}
	m["body"] = "비공개 본문: 국가안전보장 관련 내용"
	e.drop("DOC-7", m)
	pub, ok := e.public("DOC-7")
	if !ok || !pub.MetadataOnly || pub.Body != "" || len(pub.Attachments) != 0 {
		t.Fatalf("closed document published with content: %+v", pub)
	}
	if d, _ := e.idx.get("DOC-7"); d.Body != "" || !d.MetadataOnly {
		t.Errorf("closed body indexed: %+v", d)
	}
	if pub.Title == "" || len(pub.Disclosure.Exemptions) != 2 {
		t.Errorf("metadata missing: %+v", pub.Meta)
	}
}

func TestPartialWithOtherExemptionGoesToReview(t *testing.T) {
	e := newEnv(t)
	m := envelope("DOC-8", 1)
	m["disclosure"] = map[string]any{"grade": "partial", "exemptions": []string{"5"}}
	e.drop("DOC-8", m)
	if r := e.record("DOC-8"); r.State != ledger.Review || r.Reason != "policy.partial_needs_person" {
		t.Fatalf("%+v", r)
	}
	if e.publicCount() != 0 {
		t.Error("published before review")
	}
	k := document.Key{Org: "6110000", ID: "DOC-8"}
	if _, err := e.p.Review(context.Background(), k, review.Action{Kind: review.ActApprove, By: "staff1",
		Decisions: map[string]string{"5": review.NotPresent}, Note: "부분 삭제 확인"}); err != nil {
		t.Fatal(err)
	}
	if r := e.record("DOC-8"); r.State != ledger.Indexed {
		t.Fatalf("after approval: %+v", r)
	}
	if got := states(e.record("DOC-8")); got != "received review published indexed" {
		t.Errorf("history %s", got)
	}
}

func TestRankThresholdByPhase(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		id, rank, at string
		want         ledger.State
	}{
		{"R1", "team_manager", "2013-11-01T10:00:00+09:00", ledger.Withheld}, // phase 1: division_head+
		{"R2", "division_head", "2013-11-01T10:00:00+09:00", ledger.Indexed},
		{"R3", "team_manager", "2014-03-01T09:00:00+09:00", ledger.Indexed}, // phase 2
		{"R4", "officer", "2020-01-01T09:00:00+09:00", ledger.Withheld},
		{"R5", "mayor", "2013-10-27T09:00:00+09:00", ledger.Withheld}, // before launch
	}
	for _, c := range cases {
		m := envelope(c.id, 1)
		m["approver"] = map[string]any{"name": "김철수", "rank": c.rank}
		m["approved_at"] = c.at
		e.drop(c.id, m)
		if r := e.record(c.id); r.State != c.want {
			t.Errorf("%s: %s (%s), want %s", c.id, r.State, r.Reason, c.want)
		}
	}
}

func TestScheduledRelease(t *testing.T) {
	e := newEnv(t)
	m := envelope("DOC-9", 1)
	m["release_at"] = "2026-12-01T09:00:00+09:00"
	e.drop("DOC-9", m)
	if r := e.record("DOC-9"); r.State != ledger.Withheld || r.Reason != "policy.scheduled" {
		t.Fatalf("%+v", r)
	}
	if rep, err := e.p.Tick(context.Background()); err != nil || rep.Released != 0 {
		t.Fatalf("released early: %+v %v", rep, err)
	}
	e.now = time.Date(2026, 12, 1, 0, 0, 1, 0, time.UTC)
	rep, err := e.p.Tick(context.Background())
	if err != nil || rep.Released != 1 {
		t.Fatalf("%+v %v", rep, err)
	}
	if r := e.record("DOC-9"); r.State != ledger.Indexed {
		t.Fatalf("%+v", r)
	}
}

func TestHoldWaitsAndReleasesWhenLifted(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	if err := e.p.SetHold(ctx, ledger.Hold{Org: "6110000", Reason: "유출 점검", By: "admin"}); err != nil {
		t.Fatal(err)
	}
	e.drop("DOC-10", envelope("DOC-10", 1))
	if r := e.record("DOC-10"); r.State != ledger.Withheld || r.Reason != "policy.hold" {
		t.Fatalf("%+v", r)
	}
	if e.publicCount() != 0 {
		t.Fatal("published while on hold")
	}
	if err := e.p.LiftHold(ctx, "6110000", "", "admin"); err != nil {
		t.Fatal(err)
	}
	if r := e.record("DOC-10"); r.State != ledger.Indexed {
		t.Fatalf("after lift: %+v", r)
	}
}

func TestHoldSetAfterStagingStillStopsRelease(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.bus.paused = true
	e.drop("DOC-11", envelope("DOC-11", 1))
	if err := e.p.Ingest(ctx, storage.Event{Kind: storage.Created, Bucket: "inbox", Key: "approval/DOC-11/envelope.json"}); err != nil {
		t.Fatal(err)
	}
	e.bus.paused = false
	if err := e.p.SetHold(ctx, ledger.Hold{Org: "6110000", Department: "1100123", Reason: "점검"}); err != nil {
		t.Fatal(err)
	}
	if err := e.p.Redact(ctx, storage.Event{Kind: storage.Created, Bucket: "work", Key: "staged/6110000/DOC-11/v1.json"}); err != nil {
		t.Fatal(err)
	}
	if r := e.record("DOC-11"); r.State != ledger.Withheld {
		t.Fatalf("%+v", r)
	}
	if e.publicCount() != 0 {
		t.Fatal("published while on hold")
	}
}

func TestRetract(t *testing.T) {
	e := newEnv(t)
	e.drop("DOC-12", envelope("DOC-12", 1))
	k := document.Key{Org: "6110000", ID: "DOC-12"}
	edge := &edgeLog{}
	e.p.d.Edge = edge
	if err := e.p.Retract(context.Background(), k, "오류 정정", "admin"); err != nil {
		t.Fatal(err)
	}
	// The edge drops every cached copy that could still serve or list it:
	// the API's, and the open-data routes' (page, dataset, CKAN, catalog,
	// feeds, sitemaps).
	for _, want := range []string{"/api/documents/DOC-12*", "/api/documents?*", "/documents/DOC-12*", "/dataset/DOC-12*",
		"/api/3/action/*", "/catalog*", "/feeds/*", "/sitemap.xml", "/sitemaps/*"} {
		if !slices.Contains(edge.paths, want) {
			t.Errorf("retraction did not invalidate %s: %v", want, edge.paths)
		}
	}
	if r := e.record("DOC-12"); r.State != ledger.Retracted {
		t.Fatalf("%+v", r)
	}
	if _, ok := e.public("DOC-12"); ok {
		t.Error("still public")
	}
	if _, ok := e.idx.get("DOC-12"); ok {
		t.Error("still indexed")
	}
	// A late staged event must not publish it again.
	if err := e.p.Redact(context.Background(), storage.Event{Kind: storage.Created, Bucket: "work", Key: "staged/6110000/DOC-12/v1.json"}); err != nil {
		t.Fatal(err)
	}
	if _, ok := e.public("DOC-12"); ok {
		t.Error("republished after retraction")
	}
}

// A first publication invalidates nothing (its paths are new); a new
// version replaces a text the edge may hold, so it drops the document's
// copies, its open-data ones included.
func TestNewVersionInvalidatesTheEdge(t *testing.T) {
	e := newEnv(t)
	edge := &edgeLog{}
	e.p.d.Edge = edge
	e.drop("DOC-14", envelope("DOC-14", 1))
	if len(edge.paths) != 0 {
		t.Fatalf("a first publication invalidated %v", edge.paths)
	}
	e.drop("DOC-14", envelope("DOC-14", 2))
	if pub, _ := e.public("DOC-14"); pub.Version != 2 {
		t.Fatalf("version 2 not published: %+v", pub)
	}
	for _, want := range []string{"/api/documents/DOC-14*", "/documents/DOC-14*", "/dataset/DOC-14*", "/catalog*", "/feeds/*"} {
		if !slices.Contains(edge.paths, want) {
			t.Errorf("version 2 did not invalidate %s: %v", want, edge.paths)
		}
	}
}

func TestCrashBetweenStagesIsDrivenOnByTheMonitor(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.bus.paused = true // the redact event is lost with the process
	e.drop("DOC-13", envelope("DOC-13", 1))
	if err := e.p.Ingest(ctx, storage.Event{Kind: storage.Created, Bucket: "inbox", Key: "approval/DOC-13/envelope.json"}); err != nil {
		t.Fatal(err)
	}
	if r := e.record("DOC-13"); r.State != ledger.Staged {
		t.Fatalf("%+v", r)
	}
	e.bus.paused = false
	e.now = e.now.Add(10 * time.Minute)
	rep, err := e.p.Tick(ctx)
	if err != nil || rep.Redriven != 1 {
		t.Fatalf("%+v %v", rep, err)
	}
	if r := e.record("DOC-13"); r.State != ledger.Indexed {
		t.Fatalf("%+v", r)
	}
}

func TestReconcileFindsEnvelopesTheLedgerNeverSaw(t *testing.T) {
	e := newEnv(t)
	e.bus.paused = true
	e.drop("DOC-14", envelope("DOC-14", 1))
	e.bus.paused = false
	n, err := e.p.Reconcile(context.Background())
	if err != nil || n != 1 {
		t.Fatalf("%d %v", n, err)
	}
	if r := e.record("DOC-14"); r.State != ledger.Indexed {
		t.Fatalf("%+v", r)
	}
}

// failingStore fails every write to one bucket, as a full disk would.
type failingStore struct {
	storage.Store
	bucket string
}

func (f failingStore) Put(ctx context.Context, bucket, key string, body io.Reader, o storage.PutOptions) error {
	if bucket == f.bucket {
		return errors.New("write /data/public: no space left on device")
	}
	return f.Store.Put(ctx, bucket, key, body, o)
}

func TestWriteErrorIsRetriedNotLost(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.bus.paused = true
	e.drop("DOC-15", envelope("DOC-15", 1))
	if err := e.p.Ingest(ctx, storage.Event{Kind: storage.Created, Bucket: "inbox", Key: "approval/DOC-15/envelope.json"}); err != nil {
		t.Fatal(err)
	}
	full := New(e.p.cfg, Deps{Store: failingStore{e.store, "public"}, Ledger: e.led, Index: e.idx,
		Extractor: readFiles{extract.New()}, Redactor: redact.New(), Verifier: verify.New()})
	err := full.Redact(ctx, storage.Event{Kind: storage.Created, Bucket: "work", Key: "staged/6110000/DOC-15/v1.json"})
	if err == nil || !strings.Contains(err.Error(), "no space") {
		t.Fatalf("want the write error returned for a retry, got %v", err)
	}
	if r := e.record("DOC-15"); r.State != ledger.Staged {
		t.Fatalf("state moved on a failed write: %+v", r)
	}
	// The retry (disk freed) completes it.
	e.bus.paused = false
	if err := e.p.Redact(ctx, storage.Event{Kind: storage.Created, Bucket: "work", Key: "staged/6110000/DOC-15/v1.json"}); err != nil {
		t.Fatal(err)
	}
	if r := e.record("DOC-15"); r.State != ledger.Indexed {
		t.Fatalf("%+v", r)
	}
}

func TestDeadLetterLeavesDocumentInReview(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.bus.paused = true
	e.drop("DOC-16", envelope("DOC-16", 1))
	if err := e.p.Ingest(ctx, storage.Event{Kind: storage.Created, Bucket: "inbox", Key: "approval/DOC-16/envelope.json"}); err != nil {
		t.Fatal(err)
	}
	e.p.DeadLettered(ctx, storage.Event{Kind: storage.Created, Bucket: "work", Key: "staged/6110000/DOC-16/v1.json"}, errors.New("handler panic: boom"))
	r := e.record("DOC-16")
	if r.State != ledger.Review || r.Reason != "pipeline.dead_letter:redact" || r.RetryAt == nil {
		t.Fatalf("%+v", r)
	}
	if e.publicCount() != 0 {
		t.Error("published")
	}
	// The review item says what failed.
	v, err := e.p.ReviewItem(ctx, document.Key{Org: "6110000", ID: "DOC-16"})
	if err != nil {
		t.Fatal(err)
	}
	if v.DeadLetter == nil || v.DeadLetter.Stage != "redact" || !strings.Contains(v.DeadLetter.Error, "boom") {
		t.Fatalf("review item %+v", v)
	}
}

func TestLowConfidenceFindingGoesToReview(t *testing.T) {
	e := newEnv(t)
	m := envelope("DOC-17", 1)
	m["body"] = "결제 카드 4532-1234-5678-9012 로 납부함" // fails Luhn: masked, but only a guess
	e.drop("DOC-17", m)
	r := e.record("DOC-17")
	if r.State != ledger.Review || !strings.Contains(r.Reason, "redact.low_confidence:card") {
		t.Fatalf("%+v", r)
	}
	if e.publicCount() != 0 {
		t.Error("published a guess without a person")
	}
}

func TestPersonalDataInIdentifiersIsRefused(t *testing.T) {
	cases := map[string]func(m map[string]any){
		"id":              func(m map[string]any) { m["id"] = "880315-1234567" },
		"document_number": func(m map[string]any) { m["document_number"] = "민원과-010-9876-5432" },
	}
	for field, set := range cases {
		t.Run(field, func(t *testing.T) {
			e := newEnv(t)
			m := envelope("X", 1)
			set(m)
			e.drop("X", m)
			recs, _, _ := e.led.List(context.Background(), ledger.Filter{})
			if len(recs) != 1 || recs[0].State != ledger.Rejected || recs[0].Reason != "envelope.personal_data:"+field {
				t.Fatalf("%+v", recs)
			}
			if strings.Contains(recs[0].ID, "1234567") || e.publicCount() != 0 {
				t.Errorf("the value became a key or was published: %s", recs[0].ID)
			}
		})
	}
}

// A pipeline built without a search index (a function with no endpoint)
// fails the index stage with ErrNoIndex, to retry, rather than panic.
func TestIndexStageWithoutAnIndexFails(t *testing.T) {
	e := newEnv(t)
	e.drop("NOIDX-1", envelope("NOIDX-1", 1))
	p := New(e.p.cfg, Deps{Store: e.store, Ledger: e.led})
	key := document.PublicKey(document.Key{Org: "6110000", ID: "NOIDX-1"})
	if err := p.Handle(context.Background(), storage.Event{Kind: storage.Created, Bucket: "public", Key: key}); !errors.Is(err, ErrNoIndex) {
		t.Errorf("created: %v, want ErrNoIndex", err)
	}
	if err := e.store.Delete(context.Background(), "public", key); err != nil {
		t.Fatal(err)
	}
	if err := p.Handle(context.Background(), storage.Event{Kind: storage.Deleted, Bucket: "public", Key: key}); !errors.Is(err, ErrNoIndex) {
		t.Errorf("deleted: %v, want ErrNoIndex", err)
	}
}
