package auth

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"github.com/seoul-plaza/plaza/shared/httpjson"
)

// Handler is a staff route: it runs with the verified claims.
type Handler func(w http.ResponseWriter, r *http.Request, c Claims)

// Require authenticates a request before fn runs, answering 401 in the
// API's JSON format without valid credentials (or when v is nil: staff
// sign-in not configured). Authorisation per organization and department
// is fn's job (Claims.CanAct).
// log gives the request's logger; the refusal is logged without the token.
func Require(v Verifier, log func(context.Context) *slog.Logger, fn Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if v == nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="plaza-staff"`)
			httpjson.Error(w, http.StatusUnauthorized, "auth.unavailable", "staff sign-in is not configured")
			return
		}
		c, err := v.Verify(r)
		if err != nil {
			code := "auth.invalid_token"
			if errors.Is(err, ErrNoToken) {
				code = "auth.no_token"
			}
			if log != nil {
				log(r.Context()).Info("staff auth refused", "reason", code)
			}
			w.Header().Set("WWW-Authenticate", `Bearer realm="plaza-staff"`)
			httpjson.Error(w, http.StatusUnauthorized, code, "a valid staff token is required")
			return
		}
		fn(w, r, c)
	}
}
