// Package auth authenticates city staff on the /api/staff/ routes. The API
// depends only on Verifier: on one machine a local HS256 issuer signs and
// checks tokens (Local); on AWS the API Gateway JWT authorizer (Cognito) has
// already checked the token and the gateway adapter reads its claims.
package auth

import (
	"errors"
	"net/http"
	"strings"
	"time"
)

// ErrNoToken is returned when a request carries no credentials.
var ErrNoToken = errors.New("auth: no bearer token")

// ErrInvalid is returned when credentials are present but not acceptable
// (bad signature, wrong algorithm, expired, missing claims).
var ErrInvalid = errors.New("auth: invalid token")

// Claims are what Plaza knows about a staff member.
type Claims struct {
	// Subject identifies the staff member (the JWT "sub").
	Subject string `json:"sub"`
	// Department is the code of the staff member's department.
	Department string `json:"department"`
	// Admin may act on every department.
	Admin bool `json:"admin"`
	// ExpiresAt is when the token stops being valid.
	ExpiresAt time.Time `json:"exp"`
}

// CanAct reports whether the staff member may act on documents of department.
// An empty department (a global hold, say) needs an admin.
func (c Claims) CanAct(department string) bool {
	if c.Admin {
		return true
	}
	return department != "" && c.Department == department
}

// Verifier authenticates a request.
type Verifier interface {
	// Verify returns the claims of the request's staff member, or an error
	// wrapping ErrNoToken or ErrInvalid.
	Verify(r *http.Request) (Claims, error)
}

// BearerToken returns the token of an "Authorization: Bearer …" header.
func BearerToken(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}
