package api

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/inquiry"
)

// TestInquiriesThroughAPI: the inquiry routes get the API's request id,
// security headers, access log and JSON 404/405, and the inquiry
// service's own log lines carry the request id.
func TestInquiriesThroughAPI(t *testing.T) {
	e := newEnv(t)
	r := httptest.NewRequest("POST", "/api/inquiries", strings.NewReader(`{"document_id":"SEOUL-2014-0001","question":"정보공개 추진계획의 예산 규모가 궁금합니다.","email":"someone@example.com","consent":true}`))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("X-Request-Id", "req-inquiry-1")
	w := e.record(r)
	if w.Code != 201 {
		t.Fatalf("ask: %d %s", w.Code, w.Body)
	}
	if w.Header().Get("X-Request-Id") != "req-inquiry-1" || w.Header().Get("Content-Security-Policy") != ContentSecurityPolicy ||
		w.Header().Get("X-Frame-Options") != "DENY" || w.Header().Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("headers %v", w.Header())
	}
	logs := e.logs.String()
	var received, access bool
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		if m["msg"] == "inquiry received" && m["request_id"] == "req-inquiry-1" {
			received = true
		}
		if m["msg"] == "request" && m["route"] == "POST /api/inquiries" && m["request_id"] == "req-inquiry-1" && m["status"] == float64(201) {
			access = true
		}
	}
	if !received || !access {
		t.Errorf("inquiry log with request id %v, access log %v:\n%s", received, access, logs)
	}
	if strings.Contains(logs, "someone@example.com") || strings.Contains(logs, "예산 규모") {
		t.Errorf("personal data or the question reached the log:\n%s", logs)
	}

	// The mux's own answers for the inquiry paths are the API's JSON.
	if w := e.do(t, "DELETE", "/api/inquiries/Q-20260101-AAAAAAAAAA", "", nil); w.Code != 405 || errCode(t, w.Body.Bytes()) != "method_not_allowed" || !strings.Contains(w.Header().Get("Allow"), "GET") {
		t.Errorf("405: %d %s %v", w.Code, w.Body, w.Header())
	}
	// Other sites' apps may ask and track: the preflight allows the JSON
	// body and the token header, never for staff routes.
	pre := httptest.NewRequest("OPTIONS", "/api/inquiries", nil)
	pre.Header.Set("Origin", "https://app.example")
	pre.Header.Set("Access-Control-Request-Method", "POST")
	pre.Header.Set("Access-Control-Request-Headers", "content-type, x-inquiry-token")
	if w := e.record(pre); w.Code != 204 || w.Header().Get("Access-Control-Allow-Origin") != "*" ||
		!strings.Contains(w.Header().Get("Access-Control-Allow-Headers"), "X-Inquiry-Token") || !strings.Contains(w.Header().Get("Access-Control-Allow-Methods"), "POST") {
		t.Errorf("preflight: %d %v", w.Code, w.Header())
	}
	pre = httptest.NewRequest("OPTIONS", "/api/staff/inquiries", nil)
	pre.Header.Set("Access-Control-Request-Method", "GET")
	if w := e.record(pre); w.Code != 405 || w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("staff preflight: %d %v", w.Code, w.Header())
	}
	if w := e.do(t, "OPTIONS", "/api/inquiries", "", nil); w.Code != 405 {
		t.Errorf("OPTIONS without a preflight header: %d", w.Code)
	}
	// Staff inquiry routes are not open to any web origin.
	if w := e.do(t, "GET", "/api/staff/inquiries", e.token(t, deptInfo, false), nil); w.Code != 200 || w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("staff list: %d %v", w.Code, w.Header())
	}
}

// TestInquiryStaffRoutesNeedTheAPIsJWT: every /api/staff/inquiries route
// passes the API's own authentication.
func TestInquiryStaffRoutesNeedTheAPIsJWT(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		method, target, token string
		status                int
	}{
		{"GET", "/api/staff/inquiries", "", 401},
		{"GET", "/api/staff/inquiries", "forged", 401},
		{"POST", "/api/staff/inquiries/Q-20260101-AAAAAAAAAA/close", "", 401},
		{"GET", "/api/staff/inquiries", e.token(t, deptInfo, false), 200},
	} {
		r := httptest.NewRequest(c.method, c.target, nil)
		if c.token != "" {
			r.Header.Set("Authorization", "Bearer "+c.token)
		}
		w := e.record(r)
		if w.Code != c.status {
			t.Errorf("%s %s: %d, want %d: %s", c.method, c.target, w.Code, c.status, w.Body)
		}
		if c.status == 401 && w.Header().Get("WWW-Authenticate") == "" {
			t.Errorf("%s %s: no WWW-Authenticate", c.method, c.target)
		}
	}
	// Without Deps.Inquiries the routes are simply absent.
	bare := New(Deps{Search: e.index, Store: e.store, Buckets: buckets, Ledger: e.ledger, DefaultOrg: org})
	if w := e.doOn(bare, "GET", "/api/inquiries/consent"); w.Code != 404 {
		t.Errorf("consent without inquiries: %d", w.Code)
	}
	for _, r := range bare.Routes() {
		if strings.Contains(r, "inquiries") || strings.HasSuffix(r, "/qa") {
			t.Errorf("route %s without inquiries", r)
		}
	}
}

// TestViewerAddress: behind CloudFront the viewer's address, else the
// remote host.
func TestViewerAddress(t *testing.T) {
	r := httptest.NewRequest("GET", "/", nil)
	r.RemoteAddr = "192.0.2.1:1234"
	if got := ViewerAddress(r); got != "192.0.2.1" {
		t.Errorf("without the header: %q", got)
	}
	r.RemoteAddr = "130.176.0.1"
	if got := ViewerAddress(r); got != "130.176.0.1" {
		t.Errorf("remote host without port: %q", got)
	}
	for header, want := range map[string]string{"198.51.100.10:46532": "198.51.100.10", "2001:db8::1:46532": "2001:db8::1", "[2001:db8::2]:443": "2001:db8::2"} {
		r.Header.Set("CloudFront-Viewer-Address", header)
		if got := ViewerAddress(r); got != want {
			t.Errorf("%s: %q, want %q", header, got, want)
		}
	}
}

func TestLoggerFrom(t *testing.T) {
	if LoggerFrom(context.Background()) != slog.Default() || RequestIDFrom(context.Background()) != "" {
		t.Fatal("outside a request: want the default logger and no id")
	}
	var buf syncBuffer
	h := New(Deps{Logger: slog.New(slog.NewJSONHandler(&buf, nil)), Inquiries: echoInquiries{}})
	r := httptest.NewRequest("GET", "/api/inquiries/Q-20260101-AAAAAAAAAA?token=t", nil)
	r.Header.Set("X-Request-Id", "abc-123")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if !strings.Contains(w.Body.String(), `"id":"abc-123"`) || !strings.Contains(buf.String(), `"msg":"inside","request_id":"abc-123"`) {
		t.Fatalf("body %q, log %s", w.Body, buf.String())
	}
}

// echoInquiries tracks every inquiry as the request's id, logging inside.
type echoInquiries struct{ Inquiries }

func (echoInquiries) Track(ctx context.Context, _, _ string) (inquiry.PublicView, error) {
	LoggerFrom(ctx).Info("inside")
	return inquiry.PublicView{ID: RequestIDFrom(ctx)}, nil
}
