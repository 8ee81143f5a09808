package gateway_test

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/auth/gateway"
)

// through sends ev through the real API Gateway v2 proxy adapter, as the
// Lambda function does, and returns what the verifier saw.
func through(t *testing.T, v *gateway.Verifier, ev events.APIGatewayV2HTTPRequest) (auth.Claims, string, error) {
	t.Helper()
	var (
		c     auth.Claims
		reqID string
		verr  error
	)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, verr = v.Verify(r)
		reqID = gateway.RequestID(r)
		w.WriteHeader(http.StatusNoContent)
	})
	if _, err := httpadapter.NewV2(h).ProxyWithContext(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	return c, reqID, verr
}

func event(claims map[string]string) events.APIGatewayV2HTTPRequest {
	ev := events.APIGatewayV2HTTPRequest{
		Version: "2.0", RouteKey: "GET /api/staff/ledger", RawPath: "/api/staff/ledger",
		Headers: map[string]string{"authorization": "Bearer whatever"},
		RequestContext: events.APIGatewayV2HTTPRequestContext{
			RequestID: "Abc123=",
			HTTP:      events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "GET", Path: "/api/staff/ledger", SourceIP: "203.0.113.9"},
		},
	}
	if claims != nil {
		ev.RequestContext.Authorizer = &events.APIGatewayV2HTTPRequestContextAuthorizerDescription{
			JWT: &events.APIGatewayV2HTTPRequestContextAuthorizerJWTDescription{Claims: claims},
		}
	}
	return ev
}

func TestGatewayClaims(t *testing.T) {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	v := gateway.New(gateway.Config{Now: func() time.Time { return now }})
	exp := strconv.FormatInt(now.Add(time.Hour).Unix(), 10)
	past := strconv.FormatInt(now.Add(-time.Minute).Unix(), 10)

	c, id, err := through(t, v, event(map[string]string{"sub": "u-1", "custom:organization": "3220000", "custom:department": "1100123", "exp": exp}))
	if err != nil || c.Subject != "u-1" || c.Organization != "3220000" || c.Department != "1100123" || c.Admin || c.CityAdmin {
		t.Fatalf("claims %+v, %v", c, err)
	}
	if id != "Abc123=" {
		t.Fatalf("request id %q", id)
	}

	// The groups and claims the CDK stack creates in the user pool.
	for name, tc := range map[string]struct {
		claims           map[string]string
		admin, cityAdmin bool
		org              string
	}{
		"organization admin":              {map[string]string{"sub": "u-2", "custom:organization": "6110000", "cognito:groups": "[staff plaza-admin]", "exp": exp}, true, false, "6110000"},
		"city admin":                      {map[string]string{"sub": "u-3", "cognito:groups": "[plaza-city-admin]", "exp": exp}, false, true, ""},
		"city admin with an organization": {map[string]string{"sub": "u-4", "custom:organization": "6110000", "cognito:groups": `["plaza-city-admin","staff"]`, "exp": exp}, false, true, "6110000"},
		"both groups":                     {map[string]string{"sub": "u-5", "custom:organization": "6110000", "cognito:groups": "plaza-admin,plaza-city-admin", "exp": exp}, true, true, "6110000"},
	} {
		t.Run(name, func(t *testing.T) {
			c, _, err := through(t, v, event(tc.claims))
			if err != nil || c.Admin != tc.admin || c.CityAdmin != tc.cityAdmin || c.Organization != tc.org {
				t.Fatalf("claims %+v, %v", c, err)
			}
		})
	}

	for name, tc := range map[string]struct {
		claims map[string]string
		want   error
	}{
		"no authorizer":   {nil, auth.ErrNoToken},
		"expired":         {map[string]string{"sub": "u", "custom:organization": "6110000", "custom:department": "D", "exp": past}, auth.ErrInvalid},
		"no exp":          {map[string]string{"sub": "u", "custom:organization": "6110000", "custom:department": "D"}, auth.ErrInvalid},
		"no subject":      {map[string]string{"custom:organization": "6110000", "custom:department": "D", "exp": exp}, auth.ErrInvalid},
		"no department":   {map[string]string{"sub": "u", "custom:organization": "6110000", "exp": exp}, auth.ErrInvalid},
		"no organization": {map[string]string{"sub": "u", "custom:department": "D", "exp": exp}, auth.ErrInvalid},
		// An organization's admin without the organization would manage
		// nothing, or, read carelessly, everything: refused.
		"admin, no organization":        {map[string]string{"sub": "u", "cognito:groups": "[plaza-admin]", "exp": exp}, auth.ErrInvalid},
		"organization in another claim": {map[string]string{"sub": "u", "organization": "6110000", "custom:department": "D", "exp": exp}, auth.ErrInvalid},
		"group lookalike":               {map[string]string{"sub": "u", "cognito:groups": "[plaza-admins]", "exp": exp}, auth.ErrInvalid},
		"city group lookalike":          {map[string]string{"sub": "u", "cognito:groups": "[plaza-city-admins]", "exp": exp}, auth.ErrInvalid},
		"city group prefix":             {map[string]string{"sub": "u", "cognito:groups": "[plaza-city]", "exp": exp}, auth.ErrInvalid},
		"city group case":               {map[string]string{"sub": "u", "cognito:groups": "[Plaza-City-Admin]", "exp": exp}, auth.ErrInvalid},
		"city group joined":             {map[string]string{"sub": "u", "cognito:groups": "[plaza-city-admin-test]", "exp": exp}, auth.ErrInvalid},
		"city group as a claim":         {map[string]string{"sub": "u", "plaza-city-admin": "true", "exp": exp}, auth.ErrInvalid},
	} {
		t.Run(name, func(t *testing.T) {
			_, _, err := through(t, v, event(tc.claims))
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}

	// A lookalike next to a department does not raise the officer.
	c, _, err = through(t, v, event(map[string]string{"sub": "u", "custom:organization": "6110000", "custom:department": "D",
		"cognito:groups": "[plaza-city-admins plaza-admin-x]", "exp": exp}))
	if err != nil || c.Admin || c.CityAdmin {
		t.Fatalf("lookalike groups raised an officer: %+v, %v", c, err)
	}
}

func TestGatewayOutsideLambda(t *testing.T) {
	v := gateway.New(gateway.Config{})
	r, _ := http.NewRequest("GET", "/api/staff/ledger", nil)
	r.Header.Set("Authorization", "Bearer x")
	if _, err := v.Verify(r); !errors.Is(err, auth.ErrNoToken) {
		t.Fatalf("a plain request (no gateway context) must be refused, got %v", err)
	}
	if gateway.RequestID(r) != "" {
		t.Fatal("no request id outside Lambda")
	}
}
