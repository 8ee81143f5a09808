package access

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// FuzzScan feeds arbitrary log files (either format, gzipped or not) to
// Scan: it must not panic, and every record it returns has a valid
// device class and a host-only referrer.
func FuzzScan(f *testing.F) {
	f.Add([]byte(cloudFrontLog))
	f.Add([]byte(`{"requestId":"r","time":"07/Dec/2026:01:02:03 +0000","status":"200","ip":"203.0.113.9","method":"GET","path":"/api/documents","query":"q=x","userAgent":"curl/8"}` + "\n"))
	f.Add([]byte("#Fields: date time c-ip\n2026-12-07\t01:02:03\t::1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Scan(bytes.NewReader(data), func(r Record) error {
			switch Device(r.UserAgent) {
			case Mobile, Tablet, Desktop, Bot:
			default:
				t.Fatalf("device of %q", r.UserAgent)
			}
			if h := RefererHost(r.Referer); bytes.ContainsAny([]byte(h), "/?#@") && utf8.ValidString(h) {
				t.Fatalf("referrer host %q of %q", h, r.Referer)
			}
			return nil
		})
	})
}
