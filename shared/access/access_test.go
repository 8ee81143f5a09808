package access

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// A CloudFront standard log (the fields of the W3C format as AWS
// documents them), one record with an encoded agent and a query.
const cloudFrontLog = "#Version: 1.0\n" +
	"#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end\n" +
	"2026-12-06\t23:10:02\tICN54-C1\t1024\t198.51.100.7\tGET\td111.cloudfront.net\t/api/documents\t200\thttps://www.google.com/search?q=x\tMozilla/5.0%2520(iPhone;%2520CPU%2520iPhone%2520OS%252017_0)%2520Mobile/15E148\tq=%EC%84%A4%EB%AA%85%ED%9A%8C&page=1\t-\tMiss\tabc==\tplaza.seoul.go.kr\thttps\t200\t0.05\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tMiss\tHTTP/2.0\t-\t-\t443\t0.05\tMiss\tapplication/json\t1024\t-\t-\n"

func TestScanCloudFront(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte(cloudFrontLog + "torn\tline\n"))
	_ = zw.Close()
	var got []Record
	skipped, err := Scan(&gz, func(r Record) error { got = append(got, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || skipped != 1 {
		t.Fatalf("records %d, skipped %d", len(got), skipped)
	}
	r := got[0]
	want := Record{Time: time.Date(2026, 12, 6, 23, 10, 2, 0, time.UTC), IP: "198.51.100.7", Method: "GET", Path: "/api/documents",
		Query: "q=%EC%84%A4%EB%AA%85%ED%9A%8C&page=1", Status: 200, Referer: "https://www.google.com/search?q=x",
		UserAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile/15E148"}
	if r.Time = r.Time.UTC(); r != want {
		t.Errorf("got  %+v\nwant %+v", r, want)
	}
	if Device(r.UserAgent) != Mobile || RefererHost(r.Referer) != "www.google.com" {
		t.Errorf("device %s host %s", Device(r.UserAgent), RefererHost(r.Referer))
	}
}

// The local stack's line and API Gateway's have the same keys: every key
// of GatewayFormat is a field of Line.
func TestLineHasTheGatewayKeys(t *testing.T) {
	l := NewLine("r1", time.Date(2026, 12, 7, 1, 2, 3, 0, time.UTC), "GET /api/documents/{id}", 200, 12*time.Millisecond, 99,
		"203.0.113.9", "GET", "/api/documents/X-1", "org=6110000", "-", "Mozilla/5.0 (Windows NT 10.0)")
	dir := t.TempDir()
	w, err := NewWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 7, 1, 2, 3, 0, time.UTC)
	if err := w.Write(at, l); err != nil {
		t.Fatal(err)
	}
	_ = w.Close()
	b, err := os.ReadFile(filepath.Join(dir, "2026-12-07.log"))
	if err != nil {
		t.Fatal(err)
	}
	for k := range GatewayFormat() {
		switch k {
		case "integrationLatency", "integrationError", "authorizerError":
			continue // API Gateway's own, empty on one machine
		}
		if !strings.Contains(string(b), `"`+k+`":`) {
			t.Errorf("line lacks %q: %s", k, b)
		}
	}
	var got []Record
	if _, err := Scan(bytes.NewReader(b), func(r Record) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !got[0].Time.Equal(at) || got[0].Status != 200 || got[0].Referer != "" || got[0].Query != "org=6110000" ||
		Device(got[0].UserAgent) != Desktop {
		t.Errorf("round trip %+v", got)
	}
}

func TestDevice(t *testing.T) {
	for ua, want := range map[string]string{
		"": Bot, "Googlebot/2.1 (+http://www.google.com/bot.html)": Bot, "curl/8.5.0": Bot,
		"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36": Bot,
		"Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)":                                                             Tablet,
		"Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 Safari/537.36":                                 Tablet,
		"Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 Mobile Safari":                                Mobile,
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0 Safari/537.36":                                      Desktop,
	} {
		if got := Device(ua); got != want {
			t.Errorf("Device(%q) = %s, want %s", ua, got, want)
		}
	}
}

func TestRefererHost(t *testing.T) {
	got := []string{RefererHost("https://Search.Naver.com:443/x?q=1"), RefererHost("android-app://x"), RefererHost("-"), RefererHost("")}
	if !slices.Equal(got, []string{"search.naver.com", "", "", ""}) {
		t.Errorf("%q", got)
	}
}
