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
	for _, want := range []auth.Claims{
		{Subject: "kim", Organization: "6110000", Department: "1100123"},
		{Subject: "lee", Organization: "3220000", Admin: true},
		{Subject: "park", CityAdmin: true},
		{Subject: "choi", Organization: "6110000", CityAdmin: true},
	} {
		tok, err := l.Issue(want, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		got, err := l.Verify(request(tok))
		if err != nil {
			t.Fatal(err)
		}
		if !got.ExpiresAt.Equal(now.Add(time.Hour)) {
			t.Errorf("%s expires at %v", want.Subject, got.ExpiresAt)
		}
		got.ExpiresAt = time.Time{}
		if got != want {
			t.Errorf("claims = %+v, want %+v", got, want)
		}
	}
}

// TestCanAct: a department code means nothing without its organization
// (both embedded organizations have 1100123), an organization's admin
// stops at its border, a city-wide admin does not.
func TestCanAct(t *testing.T) {
	const city, gangnam, dept, other = "6110000", "3220000", "1100123", "1100200"
	officer := auth.Claims{Subject: "kim", Organization: city, Department: dept}
	admin := auth.Claims{Subject: "lee", Organization: city, Admin: true}
	cityAdmin := auth.Claims{Subject: "park", CityAdmin: true}
	for _, tc := range []struct {
		who           string
		c             auth.Claims
		org, dept     string
		sees, manages bool
		act           bool
	}{
		{"officer, own department", officer, city, dept, true, false, true},
		{"officer, other department", officer, city, other, true, false, false},
		{"officer, whole organization", officer, city, "", true, false, false},
		{"officer, same code elsewhere", officer, gangnam, dept, false, false, false},
		{"officer, no organization", officer, "", dept, false, false, false},
		{"admin, own organization", admin, city, other, true, true, true},
		{"admin, whole organization", admin, city, "", true, true, true},
		{"admin, other organization", admin, gangnam, dept, false, false, false},
		{"admin, other organization whole", admin, gangnam, "", false, false, false},
		{"city admin, any", cityAdmin, gangnam, dept, true, true, true},
		{"city admin, whole", cityAdmin, city, "", true, true, true},
		// An admin flag without an organization manages nothing: Validate
		// refuses such a token, and the checks do not rely on it.
		{"admin of no organization", auth.Claims{Subject: "x", Admin: true}, "", "", false, false, false},
	} {
		if got := tc.c.Sees(tc.org); got != tc.sees {
			t.Errorf("%s: Sees(%q) = %v", tc.who, tc.org, got)
		}
		if got := tc.c.Manages(tc.org); got != tc.manages {
			t.Errorf("%s: Manages(%q) = %v", tc.who, tc.org, got)
		}
		if got := tc.c.CanAct(tc.org, tc.dept); got != tc.act {
			t.Errorf("%s: CanAct(%q, %q) = %v", tc.who, tc.org, tc.dept, got)
		}
	}
}

func TestLocalRejects(t *testing.T) {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	l := newLocal(t, &now)
	good, _ := l.Issue(auth.Claims{Subject: "kim", Organization: "6110000", Department: "D1"}, time.Minute)

	other, _ := auth.NewLocal(bytes.Repeat([]byte{8}, 32), func() time.Time { return now })
	foreign, _ := other.Issue(auth.Claims{Subject: "kim", Organization: "6110000", Department: "D1"}, time.Minute)

	// alg=none and RS/HS confusion must never pass.
	none := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": "kim", "department": "D1", "exp": now.Add(time.Hour).Unix(), "iss": auth.LocalIssuer, "aud": auth.LocalAudience})
	noneTok, _ := none.SignedString(jwt.UnsafeAllowNoneSignatureType)
	hs512 := jwt.NewWithClaims(jwt.SigningMethodHS512, jwt.MapClaims{"sub": "kim", "department": "D1", "exp": now.Add(time.Hour).Unix(), "iss": auth.LocalIssuer, "aud": auth.LocalAudience})
	hs512Tok, _ := hs512.SignedString(bytes.Repeat([]byte{7}, 32))
	noExp := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "kim", "department": "D1", "iss": auth.LocalIssuer, "aud": auth.LocalAudience})
	noExpTok, _ := noExp.SignedString(bytes.Repeat([]byte{7}, 32))
	noDept := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "kim", "exp": now.Add(time.Hour).Unix(), "iss": auth.LocalIssuer, "aud": auth.LocalAudience})
	noDeptTok, _ := noDept.SignedString(bytes.Repeat([]byte{7}, 32))
	// A token of the time before organizations: a department, no organization.
	noOrg := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "kim", "department": "D1", "exp": now.Add(time.Hour).Unix(), "iss": auth.LocalIssuer, "aud": auth.LocalAudience})
	noOrgTok, _ := noOrg.SignedString(bytes.Repeat([]byte{7}, 32))
	noOrgAdmin := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "kim", "admin": true, "exp": now.Add(time.Hour).Unix(), "iss": auth.LocalIssuer, "aud": auth.LocalAudience})
	noOrgAdminTok, _ := noOrgAdmin.SignedString(bytes.Repeat([]byte{7}, 32))

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
		{"no organization", request(noOrgTok), auth.ErrInvalid, 0},
		{"admin of no organization", request(noOrgAdminTok), auth.ErrInvalid, 0},
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
	for _, c := range []auth.Claims{{Department: "D1"}, {Subject: "kim"}, {Subject: "kim", Department: "D1"},
		{Subject: "kim", Admin: true}, {Subject: "kim", Organization: "6110000"}, {Organization: "6110000", CityAdmin: true}} {
		if _, err := l.Issue(c, time.Hour); err == nil {
			t.Errorf("Issue(%+v) succeeded", c)
		}
	}
	if _, err := l.Issue(auth.Claims{Subject: "kim", Organization: "6110000", Department: "D"}, 0); err == nil {
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
