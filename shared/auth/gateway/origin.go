package gateway

import (
	"crypto/subtle"
	"net/http"

	"github.com/seoul-plaza/plaza/shared/httpjson"
)

// OriginHeader is the request header CloudFront adds to every request it
// sends to the API (an origin custom header). Its value is a secret that
// only CloudFront and the api function know, so a request made to the
// API's own endpoint, past CloudFront, does not carry it.
const OriginHeader = "X-Plaza-Origin"

// RequireOrigin refuses with 403 every request whose OriginHeader is not
// secret, so that the API answers only what came through CloudFront (and
// its WAF, caches and CloudFront-Viewer-Address header, which the inquiry
// rate limits key on and which a direct caller could otherwise set). The
// header is removed before next sees the request. An empty secret is a
// configuration error, answered with 500 rather than let everything in.
func RequireOrigin(secret string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if secret == "" {
			httpjson.Error(w, http.StatusInternalServerError, "internal", "the API has no origin secret configured")
			return
		}
		got := r.Header.Get(OriginHeader)
		if subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
			httpjson.Error(w, http.StatusForbidden, "forbidden", "use the portal's address")
			return
		}
		r.Header.Del(OriginHeader)
		next.ServeHTTP(w, r)
	})
}
