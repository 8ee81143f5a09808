package main

import (
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/access"
)

// logsBucket is the folder of the stack's access logs (logs/access/ in
// the data folder), the one machine's stand-in for CloudFront's and API
// Gateway's logs. The monitor's usage count reads it and deletes files
// past their 30 days.
const logsBucket = "logs"

// accessLogPrefix is the access logs' folder within logsBucket.
const accessLogPrefix = "access/"

// queryKept reports whether a path's query string goes into the access
// log: only where the usage count reads it (searches, document views,
// the beacon, the portal's page), never elsewhere, where inquiry and
// report tokens travel.
func queryKept(path string) bool {
	return path == "/" || path == "/api/documents" || path == "/api/beacon" ||
		strings.HasPrefix(path, "/api/documents/") && !strings.Contains(path[len("/api/documents/"):], "/")
}

// withAccessLog writes one line per request, in the API Gateway stage's
// access-log format (shared/access), to the day's file.
func withAccessLog(next http.Handler, w *access.Writer, now func() time.Time, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		start := now()
		rec := &access.Recorder{ResponseWriter: rw}
		next.ServeHTTP(rec, r)
		if rec.Status == 0 {
			rec.Status = http.StatusOK
		}
		query := ""
		if queryKept(r.URL.Path) {
			query = r.URL.RawQuery
		}
		ip, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			ip = r.RemoteAddr
		}
		route := "ANY /api/{proxy+}"
		if !strings.HasPrefix(r.URL.Path, "/api/") {
			route = "$default"
		}
		l := access.NewLine(rec.Header().Get("X-Request-Id"), start, route, rec.Status, now().Sub(start), rec.Bytes,
			ip, r.Method, r.URL.Path, query, r.Referer(), r.UserAgent())
		if err := w.Write(start, l); err != nil {
			// The line is lost, not the request; the error names no client.
			log.Error("access log", "request_id", l.RequestID, "err", err)
		}
	})
}
