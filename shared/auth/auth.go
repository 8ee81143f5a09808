// Package auth authenticates city staff on the /api/staff/ routes. The API
// depends only on Verifier: on one machine a local HS256 issuer signs and
// checks tokens (Local); on AWS the API Gateway JWT authorizer (Cognito) has
// already checked the token and the gateway adapter reads its claims.
package auth

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// ErrNoToken is returned when a request carries no credentials.
var ErrNoToken = errors.New("auth: no bearer token")

// ErrInvalid is returned when credentials are present but not acceptable
// (bad signature, wrong algorithm, expired, missing claims).
var ErrInvalid = errors.New("auth: invalid token")

// Claims are what Plaza knows about a staff member. Staff belong to one
// organization (a city, a district, an agency); department codes are
// unique within an organization only, so a department never stands
// without its organization.
type Claims struct {
	// Subject identifies the staff member (the JWT "sub").
	Subject string `json:"sub"`
	// Organization is the code of the staff member's organization. Only a
	// city-wide admin may have none.
	Organization string `json:"organization"`
	// Department is the code of the staff member's department, within
	// Organization.
	Department string `json:"department"`
	// Admin manages every department of Organization, and no other
	// organization.
	Admin bool `json:"admin"`
	// CityAdmin sees and acts on every organization of the deployment.
	CityAdmin bool `json:"city_admin"`
	// ExpiresAt is when the token stops being valid.
	ExpiresAt time.Time `json:"exp"`
}

// Validate checks that the claims name someone Plaza can scope: a
// subject, and an organization (unless a city-wide admin) with a
// department (unless an admin). It returns an error wrapping ErrInvalid;
// every Verifier applies it, so that a token missing its scope is refused
// rather than read as "no restriction".
func (c Claims) Validate() error {
	switch {
	case c.Subject == "":
		return fmt.Errorf("%w: subject is required", ErrInvalid)
	case c.CityAdmin:
		return nil
	case c.Organization == "":
		return fmt.Errorf("%w: organization is required", ErrInvalid)
	case c.Department == "" && !c.Admin:
		return fmt.Errorf("%w: department is required", ErrInvalid)
	}
	return nil
}

// Sees reports whether the staff member may see any of org's business:
// their own organization, or every one for a city-wide admin. Whatever
// they may not see must look to them as if it did not exist.
func (c Claims) Sees(org string) bool {
	return c.CityAdmin || (org != "" && org == c.Organization)
}

// Manages reports whether the staff member may act on every department
// of org (an organization-wide hold, say): an admin of org, or a
// city-wide admin.
func (c Claims) Manages(org string) bool {
	return c.CityAdmin || (c.Admin && c.Sees(org))
}

// CanAct reports whether the staff member may act on documents of
// department in org. Department codes repeat across organizations
// (1100123 is both City Hall's and Gangnam-gu's), so the organization
// must match before the department means anything. An empty department
// (an organization-wide hold) needs Manages.
func (c Claims) CanAct(org, department string) bool {
	if c.Manages(org) {
		return true
	}
	return c.Sees(org) && department != "" && c.Department == department
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
