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

// statusRecorder remembers the status and size of a response.
type statusRecorder struct {
	http.ResponseWriter
	status, bytes int
}

func (w *statusRecorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// withAccessLog writes one line per request, in the API Gateway stage's
// access-log format (shared/access), to the day's file.
func withAccessLog(next http.Handler, w *access.Writer, now func() time.Time, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		start := now()
		rec := &statusRecorder{ResponseWriter: rw}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
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
		l := access.NewLine(rec.Header().Get("X-Request-Id"), start, route, rec.status, now().Sub(start), rec.bytes,
			ip, r.Method, r.URL.Path, query, r.Referer(), r.UserAgent())
		if err := w.Write(start, l); err != nil {
			// The line is lost, not the request; the error names no client.
			log.Error("access log", "request_id", l.RequestID, "err", err)
		}
	})
}
