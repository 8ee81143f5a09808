package auth_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/httpjson"
)

func TestRequire(t *testing.T) {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	l := newLocal(t, &now)
	ok, _ := l.Issue(auth.Claims{Subject: "s1", Organization: "6110000", Department: "1100123"}, time.Hour)
	var got auth.Claims
	h := func(v auth.Verifier) http.HandlerFunc {
		return auth.Require(v, nil, func(w http.ResponseWriter, r *http.Request, c auth.Claims) { got = c })
	}
	cases := []struct {
		name   string
		v      auth.Verifier
		token  string
		status int
		code   string
	}{
		{"not configured", nil, ok, 401, "auth.unavailable"},
		{"no token", l, "", 401, "auth.no_token"},
		{"bad token", l, "x.y.z", 401, "auth.invalid_token"},
		{"valid", l, ok, 200, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got = auth.Claims{}
			r := httptest.NewRequest("GET", "/api/staff/x", nil)
			if c.token != "" {
				r.Header.Set("Authorization", "Bearer "+c.token)
			}
			rr := httptest.NewRecorder()
			h(c.v)(rr, r)
			if rr.Code != c.status {
				t.Fatalf("status %d", rr.Code)
			}
			if c.code == "" {
				if got.Department != "1100123" {
					t.Errorf("handler did not run with the claims: %+v", got)
				}
				return
			}
			var b httpjson.ErrorBody
			json.Unmarshal(rr.Body.Bytes(), &b)
			if b.Error.Code != c.code || rr.Header().Get("WWW-Authenticate") == "" || got.Subject != "" {
				t.Errorf("%+v %v claims %+v", b, rr.Header(), got)
			}
		})
	}
}
