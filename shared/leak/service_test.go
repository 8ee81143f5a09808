package leak_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// masker holds one public document in memory and masks as the pipeline
// does (review.Apply, the one masking rule).
type masker struct {
	mu    sync.Mutex
	base  document.Public
	masks map[string]review.Span
}

func (m *masker) current() *document.Public {
	pub := review.Copy(&m.base)
	for _, s := range m.masks {
		if strings.Contains(pub.Body, s.Text) {
			review.Apply(pub, []review.Span{s})
		}
	}
	return pub
}

func (m *masker) Published(_ context.Context, k document.Key) (*document.Public, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if k != m.base.Key() {
		return nil, leak.ErrNotPublished
	}
	return m.current(), nil
}

func (m *masker) AsPublished(_ context.Context, k document.Key) (*document.Public, error) {
	return review.Copy(&m.base), nil
}

func (m *masker) MaskAfter(_ context.Context, k document.Key, report string, s review.Span) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := strings.Count(m.current().Body, s.Text)
	if n > 0 {
		m.masks[report] = s
	}
	return n, nil
}

func (m *masker) Unmask(_ context.Context, k document.Key, report string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.masks, report)
	return nil
}

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) Count(_ context.Context, key string, window time.Duration, now time.Time) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key+now.Truncate(window).String()]++
	return c.n[key+now.Truncate(window).String()], nil
}

type notices struct {
	mu   sync.Mutex
	sent []leak.Notice
	fail bool
}

func (n *notices) Notify(_ context.Context, no leak.Notice) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.fail {
		return fmt.Errorf("mail server down")
	}
	n.sent = append(n.sent, no)
	return nil
}

type fixture struct {
	svc   *leak.Service
	m     *masker
	store *localfs.Store
	out   *notices
	now   time.Time
	logs  *bytes.Buffer
}

const secret = "에스더 킴벌리"

func newFixture(t *testing.T) *fixture {
	t.Helper()
	st, err := localfs.New(filepath.Join(t.TempDir(), "objects"), nil)
	if err != nil {
		t.Fatal(err)
	}
	sealer, err := inquiry.NewLocal(bytes.Repeat([]byte{7}, inquiry.LocalKeyBytes))
	if err != nil {
		t.Fatal(err)
	}
	blinder, err := inquiry.NewBlinder(bytes.Repeat([]byte{9}, 32))
	if err != nil {
		t.Fatal(err)
	}
	pub := document.Public{Meta: document.Meta{ID: "DOC-1", Version: 1, Title: "자전거 도로 회의 결과",
		Organization: document.Organization{Code: "6110000", Name: "서울특별시"}, Department: document.Department{Code: "1100123", Name: "정보공개정책과"}},
		Body: "발표 자료는 " + secret + "가 준비했다. 다시 " + secret + "에게 물었다."}
	f := &fixture{m: &masker{base: pub, masks: map[string]review.Span{}}, store: st, out: &notices{},
		now: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC), logs: &bytes.Buffer{}}
	f.svc = leak.New(leak.Deps{Masker: f.m, Store: st, Bucket: "work", Sealer: sealer, Blinder: blinder,
		Counter: &counter{n: map[string]int{}}, Notifier: f.out, Now: func() time.Time { return f.now },
		Limits: leak.Limits{AutoPerDocumentDay: 3}})
	return f
}

var doc1 = document.Key{Org: "6110000", ID: "DOC-1"}

func TestSubmitMasksAndSealsAndNotifies(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	rc, err := f.svc.Submit(ctx, leak.Submission{Key: doc1, Text: "  에스더   킴벌리 ", Reason: leak.SomeonesData,
		Contact: &leak.Contact{Email: "me@example.com"}, ConsentVersion: leak.ConsentVersion, ClientAddr: "203.0.113.5"})
	if err != nil || rc.State != leak.Masked || rc.Masked != 2 {
		t.Fatalf("submit: %+v %v", rc, err)
	}
	if pub, _ := f.m.Published(ctx, doc1); strings.Contains(pub.Body, secret) {
		t.Fatalf("still shows: %s", pub.Body)
	}
	// Nothing stored holds the text, the contact or the token in the clear.
	_ = f.store.List(ctx, "work", "", func(in storage.Info) error {
		data, _ := storage.ReadAll(ctx, f.store, "work", in.Key, 1<<20)
		for _, s := range []string{secret, "킴벌리", "me@example.com", rc.Token} {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s holds %q in the clear", in.Key, s)
			}
		}
		return nil
	})
	if len(f.out.sent) != 2 || f.out.sent[0].To != leak.ToDepartment || f.out.sent[1].To != leak.ToPrivacy {
		t.Errorf("notices: %+v", f.out.sent)
	}
	// Staff see the text and where it stands.
	v, err := f.svc.Get(ctx, doc1, rc.ID)
	if err != nil || v.Text != secret || len(v.Places) != 2 || v.Places[0].Before != "발표 자료는 " {
		t.Fatalf("view: %+v %v", v, err)
	}
	// The token follows it; a wrong one or another id finds nothing.
	if st, err := f.svc.Track(ctx, doc1, rc.ID, rc.Token); err != nil || st.State != leak.Masked {
		t.Errorf("track: %+v %v", st, err)
	}
	for _, tok := range []string{"", "x", rc.Token + "x"} {
		if _, err := f.svc.Track(ctx, doc1, rc.ID, tok); err != leak.ErrNotFound {
			t.Errorf("track with %q: %v", tok, err)
		}
	}
}

func TestStaffActionsFollowTheRules(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	rc, _ := f.svc.Submit(ctx, leak.Submission{Key: doc1, Text: secret, Reason: leak.MyData, ClientAddr: "a"})
	pending, _ := f.svc.Submit(ctx, leak.Submission{Key: doc1, Text: "없는 말", Reason: leak.MyData, ClientAddr: "a"})
	if pending.State != leak.Pending || pending.Why != leak.WhyNotFound {
		t.Fatalf("not found: %+v", pending)
	}
	for _, c := range []struct {
		id   string
		a    leak.StaffAction
		want error
	}{
		{rc.ID, leak.StaffAction{Action: leak.Restore, By: "s"}, leak.ErrNeedsNote},
		{rc.ID, leak.StaffAction{Action: leak.Dismiss, By: "s", Note: "n"}, leak.ErrBadAction},
		{rc.ID, leak.StaffAction{Action: leak.Confirm, By: "s"}, leak.ErrBadMiss},
		{rc.ID, leak.StaffAction{Action: leak.Confirm, By: "s", Miss: &leak.Miss{Type: "name", Context: "moon"}}, leak.ErrBadMiss},
		{rc.ID, leak.StaffAction{Action: leak.Widen, By: "s", Miss: &leak.Miss{Type: "name", Context: "body"}, Texts: []string{"없는 말"}}, leak.ErrBadWiden},
		{pending.ID, leak.StaffAction{Action: leak.Restore, By: "s", Note: "n"}, leak.ErrBadAction},
		{"R20261207T090000-00000000", leak.StaffAction{Action: leak.Confirm, By: "s"}, leak.ErrNotFound},
	} {
		if _, err := f.svc.Act(ctx, doc1, c.id, c.a); err != c.want {
			t.Errorf("%s %s: %v, want %v", c.id, c.a.Action, err, c.want)
		}
	}
	stale := 0
	if _, err := f.svc.Act(ctx, doc1, rc.ID, leak.StaffAction{Action: leak.Restore, By: "s", Note: "n", Seq: &stale}); err != leak.ErrConflict {
		t.Errorf("stale seq: %v", err)
	}
	v, err := f.svc.Act(ctx, doc1, rc.ID, leak.StaffAction{Action: leak.Widen, By: "s", Miss: &leak.Miss{Type: "name", Context: "body"}, Texts: []string{"자전거 도로"}})
	if err != nil || v.State != leak.Confirmed || len(v.Widened) != 1 || v.Steps[len(v.Steps)-1].Masked != 0 {
		t.Fatalf("widen: %+v %v", v, err)
	}
	if _, err := f.svc.Act(ctx, doc1, rc.ID, leak.StaffAction{Action: leak.Restore, By: "s", Note: "n"}); err != leak.ErrNotOpen {
		t.Errorf("acting on a decided report: %v", err)
	}
	// A pending report confirmed masks its text now (it is not there,
	// so nothing) and a dismissal needs a note.
	if v, err := f.svc.Act(ctx, doc1, pending.ID, leak.StaffAction{Action: leak.Dismiss, By: "s", Note: "오타"}); err != nil || v.State != leak.Dismissed {
		t.Errorf("dismiss: %+v %v", v.State, err)
	}
	missed, _ := f.svc.Missed(ctx, "6110000", "")
	if len(missed) != 1 || missed[0].Count != 1 || missed[0].Month != "2026-12" {
		t.Errorf("missed: %+v", missed)
	}
	open, _ := f.svc.List(ctx, "6110000", "", false)
	all, _ := f.svc.List(ctx, "6110000", "", true)
	if len(open) != 0 || len(all) != 2 {
		t.Errorf("lists: %d open, %d all", len(open), len(all))
	}
}

func TestFloodingStopsAutomaticMasks(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	states := []leak.State{}
	for i, text := range []string{"발표 자료는", "준비했다", "다시", "물었다"} {
		rc, err := f.svc.Submit(ctx, leak.Submission{Key: doc1, Text: text, Reason: leak.SomeonesData, ClientAddr: fmt.Sprint("c", i)})
		if err != nil {
			t.Fatal(err)
		}
		states = append(states, rc.State)
	}
	if fmt.Sprint(states) != "[masked masked masked pending]" {
		t.Errorf("states %v: the fourth automatic mask of the day must wait for a person", states)
	}
	f.now = f.now.Add(25 * time.Hour)
	if rc, _ := f.svc.Submit(ctx, leak.Submission{Key: doc1, Text: "에게", Reason: leak.SomeonesData, ClientAddr: "c9"}); rc.State != leak.Masked {
		t.Errorf("the next day: %s", rc.State)
	}
}

func TestRetentionPurgesTextsAndContacts(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	rc, _ := f.svc.Submit(ctx, leak.Submission{Key: doc1, Text: secret, Reason: leak.MyData,
		Contact: &leak.Contact{Phone: "010-2345-6789"}, ConsentVersion: leak.ConsentVersion, ClientAddr: "a"})
	if _, err := f.svc.Act(ctx, doc1, rc.ID, leak.StaffAction{Action: leak.Confirm, By: "s", Miss: &leak.Miss{Type: "name", Context: "body"}}); err != nil {
		t.Fatal(err)
	}
	if got := f.out.sent[len(f.out.sent)-1]; got.To != leak.ToReporter || got.Contact.Phone != "+821023456789" {
		t.Errorf("the reporter was not told: %+v", got)
	}
	if n, err := f.svc.Tick(ctx); err != nil || n != 0 {
		t.Fatalf("purged before the retention ended: %d %v", n, err)
	}
	f.now = f.now.Add(leak.DefaultRetention + time.Hour)
	if n, err := f.svc.Tick(ctx); err != nil || n != 1 {
		t.Fatalf("tick: %d %v", n, err)
	}
	keys := 0
	_ = f.store.List(ctx, "work", "leaks/", func(in storage.Info) error {
		keys++
		data, _ := storage.ReadAll(ctx, f.store, "work", in.Key, 1<<20)
		if bytes.Contains(data, []byte(`"sealed"`)) || bytes.Contains(data, []byte(`"contact"`)) {
			t.Errorf("%s still holds a sealed text or contact", in.Key)
		}
		return nil
	})
	if keys != 1 {
		t.Errorf("%d versions kept, want the purged one only", keys)
	}
	v, err := f.svc.Get(ctx, doc1, rc.ID)
	if err != nil || v.Text != "" || v.PurgedAt == nil || v.Miss == nil {
		t.Errorf("after the purge: %+v %v", v, err)
	}
	if n, _ := f.svc.Tick(ctx); n != 0 {
		t.Errorf("purged twice")
	}
}

func TestNoticesAreRetried(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.out.fail = true
	if _, err := f.svc.Submit(ctx, leak.Submission{Key: doc1, Text: secret, Reason: leak.MyData, ClientAddr: "a"}); err != nil {
		t.Fatalf("a notice failure must not fail the report: %v", err)
	}
	f.out.fail = false
	if _, err := f.svc.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if len(f.out.sent) != 2 {
		t.Errorf("after two ticks %d notices, want the 2 owed, once", len(f.out.sent))
	}
}

func TestBadSubmissions(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	for _, c := range []struct {
		s    leak.Submission
		want error
	}{
		{leak.Submission{Key: doc1, Text: "가", Reason: leak.MyData}, leak.ErrBadText},
		{leak.Submission{Key: doc1, Text: strings.Repeat("가", 201), Reason: leak.MyData}, leak.ErrBadText},
		{leak.Submission{Key: doc1, Text: secret, Reason: "mine"}, leak.ErrBadReason},
		{leak.Submission{Key: doc1, Text: secret, Reason: leak.MyData, Contact: &leak.Contact{Email: "a@example.com"}}, leak.ErrBadContact},
		{leak.Submission{Key: doc1, Text: secret, Reason: leak.MyData, Contact: &leak.Contact{Phone: "02-123-4567"}, ConsentVersion: leak.ConsentVersion}, leak.ErrBadContact},
		{leak.Submission{Key: document.Key{Org: "6110000", ID: "NOPE"}, Text: secret, Reason: leak.MyData}, leak.ErrNoDocument},
	} {
		if _, err := f.svc.Submit(ctx, c.s); err != c.want {
			t.Errorf("%+v: %v, want %v", c.s, err, c.want)
		}
	}
}

// A report keeps and sends the document's title with the reported text
// masked: no notice or staff listing repeats it.
func TestReportTitleIsMasked(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.m.base.Title = "자전거 도로 회의 결과 (발표 " + secret + ")"
	rc, err := f.svc.Submit(ctx, leak.Submission{Key: doc1, Text: secret, Reason: leak.MyData, ClientAddr: "203.0.113.6"})
	if err != nil || rc.State != leak.Masked {
		t.Fatalf("submit: %+v %v", rc, err)
	}
	if v, _ := f.svc.Get(ctx, doc1, rc.ID); strings.Contains(v.DocumentTitle, secret) || !strings.Contains(v.DocumentTitle, "자전거 도로") {
		t.Errorf("the report keeps the title %q", v.DocumentTitle)
	}
	if len(f.out.sent) == 0 {
		t.Fatal("no notice sent")
	}
	for _, n := range f.out.sent {
		if strings.Contains(n.Report.DocumentTitle, secret) {
			t.Errorf("a notice carries the reported text in the title %q", n.Report.DocumentTitle)
		}
	}
}
