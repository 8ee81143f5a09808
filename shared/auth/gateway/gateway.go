// Package gateway is the auth adapter for AWS: API Gateway's JWT authorizer
// (Cognito) has already checked signature, issuer, audience and expiry
// before the Lambda runs, so the verifier only reads the authorizer's claims
// from the Lambda request context. It never trusts headers: a request that
// did not come through the authorizer has no claims and is refused.
//
// Staff clients send Cognito's ID token: the authorizer accepts access
// tokens too (their client_id matches), but only the ID token carries the
// user's custom:organization and custom:department, without which a
// token is refused (auth.Claims.Validate).
package gateway

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/awslabs/aws-lambda-go-api-proxy/core"

	"github.com/seoul-plaza/plaza/shared/auth"
)

// Config names the claims that carry Plaza's fields in the Cognito token.
// The defaults are the contract with the CDK stack, which creates the
// attributes and groups in the user pool.
type Config struct {
	// OrganizationClaim holds the organization code (default
	// "custom:organization"). A token without it is refused unless its
	// user is a city-wide admin.
	OrganizationClaim string
	// DepartmentClaim holds the department code (default "custom:department").
	DepartmentClaim string
	// GroupsClaim lists the user's groups (default "cognito:groups").
	GroupsClaim string
	// AdminGroup is the group whose members administer their own
	// organization (default "plaza-admin").
	AdminGroup string
	// CityAdminGroup is the group whose members see and act on every
	// organization (default "plaza-city-admin").
	CityAdminGroup string
	// Now is the clock used to re-check expiry (default time.Now).
	Now func() time.Time
}

// Verifier reads claims from the API Gateway v2 request context.
type Verifier struct{ cfg Config }

// New returns a Verifier, filling in defaults.
func New(cfg Config) *Verifier {
	if cfg.OrganizationClaim == "" {
		cfg.OrganizationClaim = "custom:organization"
	}
	if cfg.DepartmentClaim == "" {
		cfg.DepartmentClaim = "custom:department"
	}
	if cfg.GroupsClaim == "" {
		cfg.GroupsClaim = "cognito:groups"
	}
	if cfg.AdminGroup == "" {
		cfg.AdminGroup = "plaza-admin"
	}
	if cfg.CityAdminGroup == "" {
		cfg.CityAdminGroup = "plaza-city-admin"
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Verifier{cfg: cfg}
}

// Verify implements auth.Verifier.
func (v *Verifier) Verify(r *http.Request) (auth.Claims, error) {
	rc, ok := core.GetAPIGatewayV2ContextFromContext(r.Context())
	if !ok || rc.Authorizer == nil || rc.Authorizer.JWT == nil || len(rc.Authorizer.JWT.Claims) == 0 {
		return auth.Claims{}, auth.ErrNoToken
	}
	cl := rc.Authorizer.JWT.Claims
	// Groups match whole names only: "plaza-admins" or "plaza-city-admin2"
	// is another group, not a lookalike that passes.
	gs := groups(cl[v.cfg.GroupsClaim])
	c := auth.Claims{
		Subject:      cl["sub"],
		Organization: cl[v.cfg.OrganizationClaim],
		Department:   cl[v.cfg.DepartmentClaim],
		Admin:        slices.Contains(gs, v.cfg.AdminGroup),
		CityAdmin:    slices.Contains(gs, v.cfg.CityAdminGroup),
	}
	if exp, err := strconv.ParseInt(cl["exp"], 10, 64); err == nil {
		c.ExpiresAt = time.Unix(exp, 0)
	}
	if c.ExpiresAt.IsZero() || !v.cfg.Now().Before(c.ExpiresAt) {
		return auth.Claims{}, fmt.Errorf("%w: expired or no exp claim", auth.ErrInvalid)
	}
	if err := c.Validate(); err != nil {
		return auth.Claims{}, err
	}
	return c, nil
}

// groups parses the groups claim as API Gateway renders a list claim in a
// map[string]string: "[a b]" (or a JSON-ish "[\"a\",\"b\"]", or "a,b").
func groups(s string) []string {
	s = strings.Trim(strings.TrimSpace(s), "[]")
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '"' })
}

// RequestID returns API Gateway's request id for r, or "" outside Lambda.
// Pass it as api.Deps.RequestID in the Lambda function.
func RequestID(r *http.Request) string {
	rc, ok := core.GetAPIGatewayV2ContextFromContext(r.Context())
	if !ok {
		return ""
	}
	return rc.RequestID
}
