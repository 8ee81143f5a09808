package gateway_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/seoul-plaza/plaza/shared/auth/gateway"
)

func TestRequireOriginLetsOnlyCloudFrontThrough(t *testing.T) {
	const secret = "s3cr3t-from-secrets-manager-0123"
	var seen http.Header
	h := gateway.RequireOrigin(secret, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = r.Header.Clone()
		w.WriteHeader(http.StatusNoContent)
	}))
	for _, c := range []struct {
		name, header string
		want         int
	}{
		{"CloudFront", secret, http.StatusNoContent},
		{"direct, no header", "", http.StatusForbidden},
		{"direct, guessed header", "s3cr3t", http.StatusForbidden},
		{"direct, longer header", secret + "x", http.StatusForbidden},
	} {
		// GIVEN a request to the API WHEN it carries header
		seen = nil
		r := httptest.NewRequest(http.MethodPost, "/api/inquiries", nil)
		r.Header.Set("CloudFront-Viewer-Address", "198.51.100.7:443")
		if c.header != "" {
			r.Header.Set(gateway.OriginHeader, c.header)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		// THEN only the secret passes, and the handler never sees it
		if w.Code != c.want {
			t.Errorf("%s: %d, want %d", c.name, w.Code, c.want)
		}
		if c.want != http.StatusNoContent && seen != nil {
			t.Errorf("%s: the handler ran", c.name)
		}
		if seen != nil && seen.Get(gateway.OriginHeader) != "" {
			t.Errorf("%s: the secret reached the handler", c.name)
		}
	}
	// AND without a configured secret nothing passes
	w := httptest.NewRecorder()
	gateway.RequireOrigin("", http.NotFoundHandler()).ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/api/documents", nil))
	if w.Code != http.StatusInternalServerError {
		t.Errorf("no secret: %d", w.Code)
	}
}
