package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestConsoleLoginIsOneTime: a code printed by `token --console` gives
// its token once; the same code again, an unknown one and an expired one
// are refused alike, and no code is kept in a file name.
func TestConsoleLoginIsOneTime(t *testing.T) {
	data := t.TempDir()
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	h := loginHandler(data, clock)
	post := func(code string) (int, string) {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/staff/login", strings.NewReader(`{"code":"`+code+`"}`)))
		return w.Code, w.Body.String()
	}
	code, err := newLogin(data, "the.signed.token", now)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(data, loginsDir, "*"))
	if len(names) != 1 || strings.Contains(names[0], code) {
		t.Fatalf("pending sign-ins %v", names)
	}
	if fi, err := os.Stat(names[0]); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("pending sign-in file: %v %v", fi.Mode(), err)
	}
	if st, body := post(code); st != 200 || !strings.Contains(body, `"token":"the.signed.token"`) {
		t.Errorf("first use: %d %s", st, body)
	}
	if st, body := post(code); st != 401 || strings.Contains(body, "the.signed.token") {
		t.Errorf("second use: %d %s", st, body)
	}
	if st, _ := post(strings.Repeat("A", 43)); st != 401 {
		t.Errorf("unknown code: %d", st)
	}
	if st, _ := post("../../keys/jwt.key"); st != 401 {
		t.Errorf("a path for a code: %d", st)
	}
	late, err := newLogin(data, "late.token", now)
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(loginTTL)
	if st, body := post(late); st != 401 || strings.Contains(body, "late.token") {
		t.Errorf("expired: %d %s", st, body)
	}
	if left, _ := filepath.Glob(filepath.Join(data, loginsDir, "*")); len(left) != 0 {
		t.Errorf("claimed sign-ins left behind: %v", left)
	}
}
