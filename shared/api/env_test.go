package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/feedback"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	it "github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
	"github.com/seoul-plaza/plaza/shared/notify"
	orgs "github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/pipeline/files"
	"github.com/seoul-plaza/plaza/shared/portal"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/rendition"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/bleve"
	"github.com/seoul-plaza/plaza/shared/signed"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
	"github.com/seoul-plaza/plaza/shared/subscription"
	"github.com/seoul-plaza/plaza/shared/verify"
)

const org = "6110000"

var buckets = storage.Buckets{Inbox: "inbox", Work: "work", Public: "public"}

// env is a handler over real embedded adapters (folder store, bbolt
// ledger, the local JWT issuer) and a test index.
type env struct {
	h      *Handler
	store  *localfs.Store
	ledger *bolt.Ledger
	index  *bleve.Index
	ops    *fakeOps
	issuer *auth.Local
	logs   *syncBuffer
	now    time.Time
	// The inquiry routes, mounted as the stacks mount them: a real handler
	// over the bbolt store, the local sealer and the outbox.
	inq    *inquiry.Service
	inqEnv it.Env
	// The report routes, over a real pipeline as the masker.
	reports *leak.Service
	addrMu  sync.Mutex
	addr    string // the client address of the next inquiry request
	// Feedback and subscriptions, over the same store; their mail is kept
	// in mails.
	fb    *feedback.Service
	subs  *subscription.Service
	mails *mailbox
}

// mailbox keeps the mails sent, for the tests to follow their links.
type mailbox struct {
	mu    sync.Mutex
	mails []notify.Mail
}

func (m *mailbox) Send(_ context.Context, x notify.Mail) error {
	if err := x.Validate(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.mails = append(m.mails, x)
	return nil
}

func (m *mailbox) last() notify.Mail {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.mails) == 0 {
		return notify.Mail{}
	}
	return m.mails[len(m.mails)-1]
}

// setAddr sets the client address the inquiry rate limits see.
func (e *env) setAddr(a string) {
	e.addrMu.Lock()
	e.addr = a
	e.addrMu.Unlock()
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newEnv(t testing.TB) *env {
	t.Helper()
	dir := t.TempDir()
	st, err := localfs.New(filepath.Join(dir, "objects"), nil)
	if err != nil {
		t.Fatal(err)
	}
	led, err := bolt.Open(filepath.Join(dir, "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { led.Close() })
	idx, err := bleve.Open("") // the real engine of the local stack, in memory
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	e := &env{store: st, ledger: led, index: idx, ops: &fakeOps{}, logs: &syncBuffer{},
		now: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)}
	e.issuer, err = auth.NewLocal(bytes.Repeat([]byte("k"), 32), func() time.Time { return e.now })
	if err != nil {
		t.Fatal(err)
	}
	clock := func() time.Time { return e.now }
	e.addr = "198.51.100.1"
	e.inqEnv = it.LocalEnv(t)
	blinder, err := inquiry.LoadBlinder(context.Background(), e.inqEnv.Store, e.inqEnv.Sealer)
	if err != nil {
		t.Fatal(err)
	}
	directories := inquiry.FromOrgs(orgs.Embedded())
	notifier := inquiry.NewNotifier(inquiry.NotifierDeps{
		Store: e.inqEnv.Store, Sealer: e.inqEnv.Sealer, Directories: directories, Mailer: e.inqEnv.Mailer, Texter: e.inqEnv.Texter,
		PortalURL: "https://plaza.example", Now: clock,
	})
	e.inq = inquiry.NewService(inquiry.ServiceDeps{
		Store: e.inqEnv.Store, Sealer: e.inqEnv.Sealer, Blinder: blinder, Directories: directories, Documents: st, PublicBucket: buckets.Public,
		Redactor: redact.New(), DefaultOrg: org, Dispatch: notifier.Deliver, Log: LoggerFrom, Now: clock,
	})
	masker := pipeline.New(pipeline.Config{Buckets: buckets, Now: clock}, pipeline.Deps{Store: st, Ledger: led, Index: idx})
	e.reports = leak.New(leak.Deps{Masker: masker, Store: st, Bucket: buckets.Work, Sealer: e.inqEnv.Sealer,
		Blinder: blinder, Counter: e.inqEnv.Store, Now: clock})
	signer, err := signed.New(bytes.Repeat([]byte("s"), 32), clock)
	if err != nil {
		t.Fatal(err)
	}
	e.fb = feedback.New(feedback.Deps{Store: st, WorkBucket: buckets.Work, PublicBucket: buckets.Public, Signer: signer,
		Blinder: blinder, Counter: e.inqEnv.Store, Surveys: config.DefaultSurveys(), Log: LoggerFrom, Now: clock})
	e.mails = &mailbox{}
	e.subs = subscription.New(subscription.Deps{Store: st, Bucket: buckets.Work, Sealer: e.inqEnv.Sealer, Blinder: blinder,
		Signer: signer, Counter: e.inqEnv.Store, Mailer: e.mails, Search: idx, Claims: e.inqEnv.Store,
		PortalURL: "https://plaza.example", Log: LoggerFrom, Now: clock})
	// The pre-release check, over a pipeline that reads files as ingest does.
	checker := pipeline.New(pipeline.Config{Buckets: buckets, Now: clock}, pipeline.Deps{Store: st, Ledger: led, Index: idx,
		Extractor: files.New(), Redactor: redact.New(), Verifier: verify.New()})
	e.h = New(Deps{
		Feedback: e.fb, Subscriptions: e.subs, Check: checker,
		Search: e.index, Store: st, Buckets: buckets, Ledger: led, Ops: e.ops, Auth: e.issuer,
		DefaultOrg: org, Logger: slog.New(slog.NewJSONHandler(e.logs, nil)), Now: clock, Inquiries: e.inq,
		Reports: e.reports, Portal: portal.Handler(), PDFFont: testFont(t), ClientAddr: func(*http.Request) string {
			e.addrMu.Lock()
			defer e.addrMu.Unlock()
			return e.addr
		},
	})
	e.seed(t)
	return e
}

func (e *env) token(t testing.TB, dept string, admin bool) string {
	t.Helper()
	tok, err := e.issuer.Issue(auth.Claims{Subject: "staff-" + dept, Organization: org, Department: dept, Admin: admin}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// do runs one request and returns the recorded response.
func (e *env) do(t testing.TB, method, target, token string, body any) *httptest.ResponseRecorder {
	t.Helper()
	var rd io.Reader
	if body != nil {
		switch b := body.(type) {
		case string:
			rd = strings.NewReader(b)
		default:
			data, _ := json.Marshal(b)
			rd = bytes.NewReader(data)
		}
	}
	r := httptest.NewRequest(method, target, rd)
	if body != nil {
		r.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	e.h.ServeHTTP(w, r)
	return w
}

const (
	deptInfo    = "1100123"
	deptTraffic = "1100200"
)

var (
	xssTitle = `<script>alert(1)</script> 주민 설명회 <img src=x onerror="document.body.setAttribute('data-xss','1')">`
	xssBody  = `설명회 안내 <script>document.body.setAttribute('data-xss','2')</script> <b onmouseover=alert(3)>굵게</b>`
)

func publicDoc(id, dept, deptName, typ, grade, title, body string, approved time.Time, exemptions ...string) document.Public {
	return publicDocKw(id, dept, deptName, typ, grade, title, body, approved, []string{"정보공개"}, exemptions...)
}

func publicDocKw(id, dept, deptName, typ, grade, title, body string, approved time.Time, kw []string, exemptions ...string) document.Public {
	if exemptions == nil {
		exemptions = []string{}
	}
	return document.Public{
		Meta: document.Meta{
			Schema: document.SchemaPublic, ID: id, Organization: document.Organization{Code: org, Name: "서울특별시"},
			Version: 1, Type: typ, Title: title, DocumentNumber: deptName[strings.LastIndex(deptName, " ")+1:] + "-" + id[len(id)-4:],
			Department: document.Department{Code: dept, Name: deptName},
			Drafter:    document.Person{Name: "홍길동", Position: "주무관"},
			Approver:   document.Person{Name: "김철수", Position: "과장", Rank: "division_head"},
			ApprovedAt: approved, Disclosure: document.Disclosure{Grade: grade, Exemptions: exemptions},
			Keywords: kw,
		},
		Body: body, MetadataOnly: grade == document.GradeClosed, PublishedAt: approved.Add(time.Hour), Hash: "sha256:deadbeef",
	}
}

// seed publishes a few documents the way the pipeline would: the public
// object, the index entry and the ledger record.
func (e *env) seed(t testing.TB) {
	t.Helper()
	d1 := publicDocKw("SEOUL-2014-0001", deptInfo, "행정국 정보공개정책과", "approval", document.GradePublic,
		"2014년 정보공개 추진계획", "시민에게 행정정보를 적극 공개하기 위한 정보공개 추진계획입니다. 문의 010-****-5678.",
		time.Date(2014, 3, 2, 10, 15, 0, 0, kst), []string{"정보공개", "추진계획"})
	d1.Redactions = map[string]int{"mobile": 1}
	d1.Attachments = []document.Attachment{{Name: "붙임1. 추진계획.hwp", Format: "hwp", Text: "붙임 일정표: 정보공개 확대"}, {Name: "붙임2. 도면.pdf", Format: "pdf", Reason: "extract.needs_ocr"}}
	d2 := publicDocKw("SEOUL-2014-0002", deptTraffic, "도시교통실 교통정책과", "plan", document.GradePartial,
		"버스 노선 개편 계획", "버스 노선을 시민 의견에 따라 개편합니다. 민원인 홍*동의 의견을 반영했습니다. 관련: 정보공개정책과-0001",
		time.Date(2015, 6, 1, 9, 0, 0, 0, kst), []string{"버스", "노선"}, "6")
	d3 := publicDocKw("SEOUL-2014-0003", deptInfo, "행정국 정보공개정책과", "report", document.GradeClosed,
		"수사 협조 요청에 대한 회신", "SECRET BODY that must never be served", time.Date(2015, 7, 1, 9, 0, 0, 0, kst), []string{"정보공개", "수사"}, "4", "6")
	d3.Attachments = []document.Attachment{{Name: "secret.hwp", Format: "hwp", Text: "SECRET ATTACHMENT"}}
	d4 := publicDocKw("XSS-0001", deptTraffic, "도시교통실 교통정책과", "minutes", document.GradePublic,
		xssTitle, xssBody, time.Date(2016, 1, 5, 9, 0, 0, 0, kst), []string{"설명회"})
	ctx := context.Background()
	for _, d := range []document.Public{d1, d2, d3, d4} {
		e.putJSON(t, buckets.Public, document.PublicKey(d.Key()), d)
		doc := search.Doc{Org: org, ID: d.ID, Version: d.Version, Title: d.Title, Body: d.Body, DocumentNumber: d.DocumentNumber,
			DepartmentCode: d.Department.Code, DepartmentName: d.Department.Name, Type: d.Type, Grade: d.Disclosure.Grade,
			ApprovedAt: d.ApprovedAt, Keywords: d.Keywords, MetadataOnly: d.MetadataOnly}
		if d.MetadataOnly {
			doc.Body = ""
		}
		if err := e.index.Index(ctx, doc); err != nil {
			t.Fatal(err)
		}
		e.putRecord(t, d.ID, d.Department.Code, d.Disclosure.Grade, ledger.Indexed)
	}
	// Only in the work bucket: the API must never serve these.
	e.putJSON(t, buckets.Work, document.PublicKey(document.Key{Org: org, ID: "WORK-ONLY"}), d1)
	e.putRecord(t, "IN-REVIEW-1", deptInfo, document.GradePartial, ledger.Review)
	e.putRecord(t, "WITHHELD-1", deptTraffic, document.GradePublic, ledger.Withheld)
	e.putRecord(t, "REJECTED-1", deptTraffic, "", ledger.Rejected)
	e.putRecord(t, "OTHER-ORG", deptTraffic, document.GradePublic, ledger.Indexed, "6120000")
}

func (e *env) putJSON(t testing.TB, bucket, key string, v any) {
	t.Helper()
	data, _ := json.Marshal(v)
	if err := e.store.Put(context.Background(), bucket, key, bytes.NewReader(data), storage.PutOptions{ContentType: "application/json"}); err != nil {
		t.Fatal(err)
	}
}

func (e *env) putRecord(t testing.TB, id, dept, grade string, state ledger.State, orgs ...string) {
	t.Helper()
	o := org
	if len(orgs) > 0 {
		o = orgs[0]
	}
	rec := ledger.Record{Org: o, ID: id, Department: dept, Grade: grade}
	rec.Move(e.now, ledger.Received, 1, "", "")
	rec.Move(e.now, state, 1, "test", "")
	if _, err := e.ledger.Put(context.Background(), rec); err != nil {
		t.Fatal(err)
	}
}

// errIndex fails every search, as a broken engine would.
type errIndex struct {
	plainIndex
	err error
}

func (x errIndex) Search(context.Context, search.Query) (search.Result, error) {
	return search.Result{}, x.err
}

// fakeOps records the staff actions and returns err.
type fakeOps struct {
	mu    sync.Mutex
	calls []string
	err   error
}

func (o *fakeOps) record(s string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.calls = append(o.calls, s)
	return o.err
}

func (o *fakeOps) Retract(_ context.Context, k document.Key, reason, by string) error {
	return o.record("retract " + k.String() + " " + reason + " by " + by)
}

func (o *fakeOps) SetHold(_ context.Context, h ledger.Hold) error {
	return o.record("hold " + h.Org + "/" + h.Department + " " + h.Reason + " by " + h.By)
}

func (o *fakeOps) LiftHold(_ context.Context, org, dept, by string) error {
	return o.record("lift " + org + "/" + dept + " by " + by)
}

func (o *fakeOps) ReviewItem(_ context.Context, k document.Key) (review.View, error) {
	return o.view(k, "review"), o.record("review item " + k.String())
}

func (o *fakeOps) Review(_ context.Context, k document.Key, a review.Action) (review.View, error) {
	state := map[string]string{review.ActApprove: "published", review.ActWithhold: "withheld", review.ActSendBack: "rejected"}[a.Kind]
	if state == "" {
		state = "review"
	}
	return o.view(k, state), o.record(fmt.Sprintf("review %s %s %s %s by %s", a.Kind, k, a.Exemption, a.Note, a.By))
}

func (o *fakeOps) view(k document.Key, state string) review.View {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	cand := publicDoc(k.ID, deptInfo, "행정국 정보공개정책과", "plan", document.GradePartial, "협상 계획", "협상 하한선은 ** *이다.", now, "5")
	return review.View{Org: k.Org, ID: k.ID, Version: 1, State: state, Reasons: []review.Reason{{Code: "policy.partial_needs_person"}},
		Candidate: &cand, Exemptions: []string{"5"}, Audit: []review.Entry{{Seq: 0, At: now, By: "staff-1", Action: review.ActMask, Org: k.Org, ID: k.ID, Version: 1,
			Spans: []review.Span{{Text: "3억 원"}}}}, Seq: 1}
}

func (o *fakeOps) last() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.calls) == 0 {
		return ""
	}
	return o.calls[len(o.calls)-1]
}

var (
	_ search.Engine = (*bleve.Index)(nil)
	_ http.Handler  = (*Handler)(nil)
)

func (e *env) doOn(h http.Handler, method, target string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(method, target, nil))
	return w
}

func (e *env) record(r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	e.h.ServeHTTP(w, r)
	return w
}

// plainIndex hides the optional capabilities of an index.
type plainIndex struct{ x search.Index }

func (p plainIndex) Index(ctx context.Context, d search.Doc) error { return p.x.Index(ctx, d) }
func (p plainIndex) Delete(ctx context.Context, o, id string, v int) error {
	return p.x.Delete(ctx, o, id, v)
}
func (p plainIndex) Search(ctx context.Context, q search.Query) (search.Result, error) {
	return p.x.Search(ctx, q)
}
func (p plainIndex) Close() error { return nil }

// panicIndex panics on every search.
type panicIndex struct{ plainIndex }

func (panicIndex) Search(context.Context, search.Query) (search.Result, error) { panic("boom") }

// withOrgs is e's handler with the embedded organizations (City Hall and
// Gangnam-gu) as its Deps.Orgs: the routes and pages that name and brand
// organizations. e.h itself has none, so the older tests see codes.
func (e *env) withOrgs() *Handler {
	d := e.h.d
	d.Orgs = orgs.Embedded()
	return New(d)
}

// testFont is the PDF renditions' font (Debian's fonts-nanum), which the
// check installs; nil without it outside CI, where the PDF route then
// answers 501 and its tests say so.
func testFont(t testing.TB) []byte {
	t.Helper()
	font, err := os.ReadFile(rendition.DebianFont)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("fonts-nanum is required under CI: %v", err)
		}
		return nil
	}
	return font
}
