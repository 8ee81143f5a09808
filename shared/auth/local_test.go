package auth_test

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/seoul-plaza/plaza/shared/auth"
)

func newLocal(t *testing.T, now *time.Time) *auth.Local {
	t.Helper()
	l, err := auth.NewLocal(bytes.Repeat([]byte{7}, 32), func() time.Time { return *now })
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func request(token string) *http.Request {
	r := httptest.NewRequest("GET", "/api/staff/ledger", nil)
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	return r
}

func TestLocalRoundTrip(t *testing.T) {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	l := newLocal(t, &now)
	tok, err := l.Issue(auth.Claims{Subject: "kim", Department: "1100123"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	c, err := l.Verify(request(tok))
	if err != nil {
		t.Fatal(err)
	}
	if c.Subject != "kim" || c.Department != "1100123" || c.Admin || !c.ExpiresAt.Equal(now.Add(time.Hour)) {
		t.Fatalf("claims = %+v", c)
	}
	if !c.CanAct("1100123") || c.CanAct("9999") || c.CanAct("") {
		t.Fatal("CanAct: a department member acts on their own department only")
	}
	admin, err := l.Issue(auth.Claims{Subject: "root", Admin: true}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	c, err = l.Verify(request(admin))
	if err != nil || !c.Admin || !c.CanAct("") || !c.CanAct("9999") {
		t.Fatalf("admin claims = %+v, %v", c, err)
	}
}

func TestLocalRejects(t *testing.T) {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	l := newLocal(t, &now)
	good, _ := l.Issue(auth.Claims{Subject: "kim", Department: "D1"}, time.Minute)

	other, _ := auth.NewLocal(bytes.Repeat([]byte{8}, 32), func() time.Time { return now })
	foreign, _ := other.Issue(auth.Claims{Subject: "kim", Department: "D1"}, time.Minute)

	// alg=none and RS/HS confusion must never pass.
	none := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": "kim", "department": "D1", "exp": now.Add(time.Hour).Unix(), "iss": auth.LocalIssuer, "aud": auth.LocalAudience})
	noneTok, _ := none.SignedString(jwt.UnsafeAllowNoneSignatureType)
	hs512 := jwt.NewWithClaims(jwt.SigningMethodHS512, jwt.MapClaims{"sub": "kim", "department": "D1", "exp": now.Add(time.Hour).Unix(), "iss": auth.LocalIssuer, "aud": auth.LocalAudience})
	hs512Tok, _ := hs512.SignedString(bytes.Repeat([]byte{7}, 32))
	noExp := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "kim", "department": "D1", "iss": auth.LocalIssuer, "aud": auth.LocalAudience})
	noExpTok, _ := noExp.SignedString(bytes.Repeat([]byte{7}, 32))
	noDept := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "kim", "exp": now.Add(time.Hour).Unix(), "iss": auth.LocalIssuer, "aud": auth.LocalAudience})
	noDeptTok, _ := noDept.SignedString(bytes.Repeat([]byte{7}, 32))

	cases := []struct {
		name  string
		req   *http.Request
		want  error
		later time.Duration
	}{
		{"no header", request(""), auth.ErrNoToken, 0},
		{"basic scheme", func() *http.Request { r := request(""); r.Header.Set("Authorization", "Basic a2ltOg=="); return r }(), auth.ErrNoToken, 0},
		{"garbage", request("not.a.jwt"), auth.ErrInvalid, 0},
		{"other key", request(foreign), auth.ErrInvalid, 0},
		{"alg none", request(noneTok), auth.ErrInvalid, 0},
		{"HS512", request(hs512Tok), auth.ErrInvalid, 0},
		{"no exp", request(noExpTok), auth.ErrInvalid, 0},
		{"no department", request(noDeptTok), auth.ErrInvalid, 0},
		{"expired", request(good), auth.ErrInvalid, 2 * time.Minute},
		{"huge", request(strings.Repeat("a", 5000)), auth.ErrInvalid, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			saved := now
			now = now.Add(tc.later)
			defer func() { now = saved }()
			_, err := l.Verify(tc.req)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := l.Verify(request(good)); err != nil {
		t.Fatalf("the good token itself must pass: %v", err)
	}
}

func TestIssueRefusesIncompleteClaims(t *testing.T) {
	now := time.Now()
	l := newLocal(t, &now)
	for _, c := range []auth.Claims{{Department: "D1"}, {Subject: "kim"}} {
		if _, err := l.Issue(c, time.Hour); err == nil {
			t.Errorf("Issue(%+v) succeeded", c)
		}
	}
	if _, err := l.Issue(auth.Claims{Subject: "kim", Department: "D"}, 0); err == nil {
		t.Error("Issue with zero ttl succeeded")
	}
	if _, err := auth.NewLocal([]byte("short"), nil); err == nil {
		t.Error("NewLocal accepted a short key")
	}
}

func TestLoadOrCreateKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys", "staff.key")
	k1, err := auth.LoadOrCreateKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(k1) != auth.KeyBytes {
		t.Fatalf("key length %d", len(k1))
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	k2, err := auth.LoadOrCreateKey(path)
	if err != nil || !bytes.Equal(k1, k2) {
		t.Fatalf("second load gave a different key (%v)", err)
	}
	short := filepath.Join(t.TempDir(), "short.key")
	os.WriteFile(short, []byte("x"), 0o600)
	if _, err := auth.LoadOrCreateKey(short); err == nil {
		t.Fatal("a short key file was accepted")
	}
}
