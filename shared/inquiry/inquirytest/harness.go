package inquirytest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// Org is the organization of the test documents (the deployment's
// default); OrgGangnam is a district of the embedded set, which has a
// department 1100123 of its own.
const (
	Org        = "6110000"
	OrgGangnam = "3220000"
)

// Departments of the test documents (they are in the embedded directory,
// except Unknown).
const (
	DeptInfo    = "1100123"
	DeptWelfare = "1100210"
	DeptTraffic = "1100315"
	DeptUnknown = "9999999"
)

// Test documents.
const (
	DocTraffic = "SEOUL-2014-000101"
	DocClosed  = "SEOUL-2014-000102"
	DocUnknown = "SEOUL-2014-000103"
	DocInfo    = "SEOUL-2014-000104"
	// DocGangnamUnknown is Gangnam-gu's, of a department its file does
	// not list. Gangnam-gu also publishes a DocInfo of its own, of its
	// department 1100123 (기획예산과): the same id and department code as
	// City Hall's, another document.
	DocGangnamUnknown = "GANGNAM-2014-000201"
)

// Clock is a settable clock.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Set sets the clock.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// Advance moves the clock on.
func (c *Clock) Advance(d time.Duration) { c.Set(c.Now().Add(d)) }

// SyncBuffer is a bytes.Buffer safe for concurrent writers (the logs).
type SyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Env is what a backend gives the harness.
type Env struct {
	Store  Store
	Sealer inquiry.Sealer
	// Serve puts the Service behind HTTP as the API does (shared/api,
	// which this package cannot import: its tests import this one).
	Serve  Serve
	Mailer notify.Mailer
	Texter notify.Texter
	// Sent returns every message sent so far.
	Sent func(t *testing.T) Sent
	// NoDispatch leaves events pending instead of delivering them at once
	// (as on AWS, where the stream delivers them).
	NoDispatch bool
}

// Serve returns the HTTP handler of a Service: staff verified by staff,
// each request's client address given by clientAddr.
type Serve func(s *inquiry.Service, staff auth.Verifier, clientAddr func(*http.Request) string) http.Handler

// Sent is what went out.
type Sent struct {
	Mails []SentMail
	SMS   []SentSMS
}

// SentMail is a sent mail; Body holds its text and HTML parts.
type SentMail struct{ To, Subject, Body string }

// SentSMS is a sent SMS; To is in E.164.
type SentSMS struct{ To, Text string }

// MailsTo returns the mails to one address.
func (s Sent) MailsTo(to string) []SentMail {
	var out []SentMail
	for _, m := range s.Mails {
		if m.To == to {
			out = append(out, m)
		}
	}
	return out
}

// SMSTo returns the SMS to one E.164 number.
func (s Sent) SMSTo(to string) []SentSMS {
	var out []SentSMS
	for _, m := range s.SMS {
		if m.To == to {
			out = append(out, m)
		}
	}
	return out
}

// Harness is the inquiry system around one Env: the Service behind HTTP,
// notifier and monitor on a fake clock, published test documents, a local
// token issuer.
type Harness struct {
	Env      Env
	Clock    *Clock
	Service  *inquiry.Service
	Handler  http.Handler
	Notifier *inquiry.Notifier
	Monitor  *inquiry.Monitor
	Issuer   *auth.Local
	Logs     *SyncBuffer
	Docs     storage.Store
	// Addr is the client address the next request comes from.
	Addr string
}

// Start is the harness's first instant: Friday 2026-11-27 10:00 KST.
var Start = time.Date(2026, 11, 27, 10, 0, 0, 0, inquiry.KST)

// NewHarness builds the system over env.
func NewHarness(t testing.TB, env Env) *Harness {
	t.Helper()
	h := &Harness{Env: env, Clock: &Clock{t: Start}, Logs: &SyncBuffer{}, Addr: "203.0.113.7"}
	logger := slog.New(slog.NewJSONHandler(h.Logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	docs, err := localfs.New(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	h.Docs = docs
	for _, d := range []struct {
		org, id, dept, deptName, title, grade string
	}{
		{Org, DocTraffic, DeptTraffic, "도시교통실 교통정책과", "2014년 버스 노선 조정 추진계획", document.GradePublic},
		{Org, DocClosed, DeptWelfare, "복지정책실 복지정책과", "2014년 긴급복지 지원사업 검토 보고", document.GradeClosed},
		{Org, DocUnknown, DeptUnknown, "신설부서", "2014년 신설부서 업무 안내", document.GradePublic},
		{Org, DocInfo, DeptInfo, "행정국 정보공개정책과", "2014년 정보공개 추진계획", document.GradePublic},
		{OrgGangnam, DocInfo, DeptInfo, "기획예산과", "2014년 강남구 예산 편성 계획", document.GradePublic},
		{OrgGangnam, DocGangnamUnknown, DeptUnknown, "신설부서", "2014년 강남구 신설부서 업무 안내", document.GradePublic},
	} {
		o, _ := org.Embedded().Get(d.org)
		p := document.Public{Meta: document.Meta{Schema: document.SchemaPublic, ID: d.id, Organization: o.Organization(),
			Version: 1, Type: "plan", Title: d.title, Department: document.Department{Code: d.dept, Name: d.deptName},
			Disclosure: document.Disclosure{Grade: d.grade, Exemptions: []string{}}}, Body: "본문", MetadataOnly: d.grade == document.GradeClosed}
		if d.grade == document.GradeClosed {
			p.Body = ""
			p.Disclosure.Exemptions = []string{"5"}
		}
		data, _ := json.Marshal(p)
		if err := docs.Put(context.Background(), "public", document.PublicKey(p.Key()), bytes.NewReader(data), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	key := bytes.Repeat([]byte{7}, auth.KeyBytes)
	if h.Issuer, err = auth.NewLocal(key, h.Clock.Now); err != nil {
		t.Fatal(err)
	}
	blinder, err := inquiry.LoadBlinder(context.Background(), env.Store, env.Sealer)
	if err != nil {
		t.Fatal(err)
	}
	dirs := inquiry.FromOrgs(org.Embedded())
	h.Notifier = inquiry.NewNotifier(inquiry.NotifierDeps{
		Store: env.Store, Sealer: env.Sealer, Directories: dirs, Mailer: env.Mailer, Texter: env.Texter,
		PortalURL: "https://plaza.example", Now: h.Clock.Now, Logger: logger,
	})
	h.Monitor = inquiry.NewMonitor(inquiry.MonitorDeps{Store: env.Store, Notifier: h.Notifier, Now: h.Clock.Now, Logger: logger})
	dispatch := h.Notifier.Deliver
	if env.NoDispatch {
		dispatch = nil
	}
	h.Service = inquiry.NewService(inquiry.ServiceDeps{
		Store: env.Store, Sealer: env.Sealer, Blinder: blinder, Directories: dirs, Documents: docs, PublicBucket: "public",
		Redactor: redact.New(), DefaultOrg: Org, Logger: logger, Now: h.Clock.Now, Dispatch: dispatch,
	})
	if env.Serve == nil {
		t.Fatal("inquirytest: Env.Serve is required")
	}
	h.Handler = env.Serve(h.Service, h.Issuer, func(*http.Request) string { return h.Addr })
	return h
}

// Token issues a staff token of the default organization valid for an
// hour.
func (h *Harness) Token(t testing.TB, dept string, admin bool) string {
	t.Helper()
	return h.TokenOf(t, Org, dept, admin)
}

// TokenOf issues a staff token of organization org valid for an hour.
func (h *Harness) TokenOf(t testing.TB, org, dept string, admin bool) string {
	t.Helper()
	tok, err := h.Issuer.Issue(auth.Claims{Subject: "staff-" + org + "-" + dept, Organization: org, Department: dept, Admin: admin}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// Response is a recorded response.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// JSON decodes the body.
func (r Response) JSON(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("body %q: %v", r.Body, err)
	}
	return m
}

// Code returns the error code of an error response.
func (r Response) Code() string {
	var e struct {
		Error struct{ Code string } `json:"error"`
	}
	_ = json.Unmarshal(r.Body, &e)
	return e.Error.Code
}

// Do sends a request to the handler; body is JSON-encoded unless it is a
// string (sent as is).
func (h *Harness) Do(t testing.TB, method, target, token string, body any) Response {
	t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(data)
	}
	req := httptest.NewRequest(method, target, rd)
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	h.Handler.ServeHTTP(w, req)
	return Response{Status: w.Code, Header: w.Header(), Body: w.Body.Bytes()}
}

// Ask posts a question and returns the id and token, failing unless 201.
func (h *Harness) Ask(t testing.TB, body map[string]any) (id, token string) {
	t.Helper()
	res := h.Do(t, "POST", "/api/inquiries", "", body)
	if res.Status != http.StatusCreated {
		t.Fatalf("ask: %d %s", res.Status, res.Body)
	}
	m := res.JSON(t)
	return m["id"].(string), m["token"].(string)
}

// Question returns a valid ask body.
func Question(doc, question, email, phone, name string) map[string]any {
	return map[string]any{"document_id": doc, "question": question, "email": email, "phone": phone, "name": name, "consent": true}
}
