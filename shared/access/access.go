// Package access holds the access log lines Plaza's analytics read: the
// JSON line of the API Gateway stage's access log (one format, written by
// API Gateway on AWS and by the local stack on one machine) and
// CloudFront's standard logs (W3C, tab-separated). A Record carries the
// client's raw address only as far as the aggregation (shared/usage),
// which hashes it at once.
package access

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Record is one request as an access log tells it.
type Record struct {
	Time      time.Time
	IP        string // the client's raw address: hash it, never store it
	Method    string
	Path      string
	Query     string // the raw query string, without '?'
	Status    int
	Referer   string
	UserAgent string
	// Relayed is true when IP is a relay's, not the viewer's: API
	// Gateway's source address behind CloudFront is an edge's. Such a
	// record counts as a request and a view, never as a visitor.
	Relayed bool
}

// TimeLayout is $context.requestTime's layout (CLF).
const TimeLayout = "02/Jan/2006:15:04:05 -0700"

// GatewayFormat is the API Gateway stage's access log format: each key of
// the JSON line and the $context variable API Gateway puts there. The
// local stack writes the same keys (Line); infra/stack configures the
// stage with it. The query string and the referrer have no $context
// variable (and the query carries inquiry tokens): on AWS they come from
// CloudFront's logs, and the local stack adds them as Line's "query" and
// "referer".
func GatewayFormat() map[string]string {
	return map[string]string{
		"requestId": "$context.requestId", "time": "$context.requestTime", "routeKey": "$context.routeKey",
		"status": "$context.status", "latency": "$context.responseLatency", "integrationLatency": "$context.integrationLatency",
		"integrationError": "$context.integrationErrorMessage", "authorizerError": "$context.authorizer.error",
		"responseLength": "$context.responseLength",
		"ip":             "$context.identity.sourceIp", "method": "$context.httpMethod", "path": "$context.path",
		"userAgent": "$context.identity.userAgent",
	}
}

// Line is one JSON access-log line in GatewayFormat's keys, plus the
// query and referrer that CloudFront supplies on AWS. API Gateway writes
// every value as a string, so the local stack does too.
type Line struct {
	RequestID      string `json:"requestId"`
	Time           string `json:"time"`
	RouteKey       string `json:"routeKey"`
	Status         string `json:"status"`
	Latency        string `json:"latency"`
	ResponseLength string `json:"responseLength"`
	IP             string `json:"ip"`
	Method         string `json:"method"`
	Path           string `json:"path"`
	UserAgent      string `json:"userAgent"`
	Query          string `json:"query,omitempty"`
	Referer        string `json:"referer,omitempty"`
}

// NewLine fills a Line from a served request's facts.
func NewLine(requestID string, t time.Time, route string, status int, latency time.Duration, bytes int,
	ip, method, path, query, referer, userAgent string) Line {
	return Line{
		RequestID: requestID, Time: t.UTC().Format(TimeLayout), RouteKey: route, Status: strconv.Itoa(status),
		Latency: strconv.FormatInt(latency.Milliseconds(), 10), ResponseLength: strconv.Itoa(bytes),
		IP: ip, Method: method, Path: path, UserAgent: userAgent, Query: query, Referer: referer,
	}
}

// ErrFormat is wrapped by every error about a line that is not a record.
var ErrFormat = errors.New("access: not an access log line")

// ParseLine reads one JSON line of the gateway format.
func ParseLine(b []byte) (Record, error) {
	var l Line
	if err := json.Unmarshal(b, &l); err != nil {
		return Record{}, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	t, err := time.Parse(TimeLayout, l.Time)
	if err != nil {
		return Record{}, fmt.Errorf("%w: time: %w", ErrFormat, err)
	}
	st, _ := strconv.Atoi(l.Status)
	return Record{Time: t, IP: l.IP, Method: l.Method, Path: l.Path, Query: l.Query, Status: st,
		Referer: dash(l.Referer), UserAgent: dash(l.UserAgent)}, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// Scan reads a log file of either kind, gzipped or not, and calls fn for
// every record; lines that are no record (CloudFront's comments, a torn
// last line) are counted in skipped, not fatal.
func Scan(r io.Reader, fn func(Record) error) (skipped int, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return 0, fmt.Errorf("access: gzip: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var fields []string // CloudFront's #Fields, once seen
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		var rec Record
		var perr error
		switch {
		case line[0] == '{':
			rec, perr = ParseLine(line)
		case line[0] == '#':
			if f, ok := bytes.CutPrefix(line, []byte("#Fields:")); ok {
				fields = strings.Fields(string(f))
			}
			continue
		default:
			rec, perr = parseW3C(fields, string(line))
		}
		if perr != nil {
			skipped++
			continue
		}
		if err := fn(rec); err != nil {
			return skipped, err
		}
	}
	if err := sc.Err(); err != nil {
		return skipped, fmt.Errorf("access: reading: %w", err)
	}
	return skipped, nil
}

// parseW3C reads one line of a CloudFront standard log, whose columns
// the file's #Fields line names.
func parseW3C(fields []string, line string) (Record, error) {
	if fields == nil {
		return Record{}, fmt.Errorf("%w: no #Fields line before the records", ErrFormat)
	}
	cols := strings.Split(line, "\t")
	if len(cols) != len(fields) {
		return Record{}, fmt.Errorf("%w: %d columns, #Fields names %d", ErrFormat, len(cols), len(fields))
	}
	var rec Record
	var date, clock string
	for i, f := range fields {
		v := cols[i]
		switch f {
		case "date":
			date = v
		case "time":
			clock = v
		case "c-ip":
			rec.IP = v
		case "cs-method":
			rec.Method = v
		case "cs-uri-stem":
			rec.Path = v
		case "sc-status":
			rec.Status, _ = strconv.Atoi(v)
		case "cs(Referer)":
			rec.Referer = unescape(dash(v))
		case "cs(User-Agent)":
			rec.UserAgent = unescape(dash(v))
		case "cs-uri-query":
			rec.Query = dash(v)
		}
	}
	t, err := time.Parse("2006-01-02 15:04:05", date+" "+clock)
	if err != nil {
		return Record{}, fmt.Errorf("%w: time: %w", ErrFormat, err)
	}
	rec.Time = t
	return rec, nil
}

// unescape undoes CloudFront's URL-encoding of header values (a space is
// %20, some are encoded twice).
func unescape(s string) string {
	for range 2 {
		if !strings.Contains(s, "%") {
			break
		}
		u, err := url.PathUnescape(s)
		if err != nil {
			break
		}
		s = u
	}
	return s
}

// Device classes.
const (
	Mobile  = "mobile"
	Tablet  = "tablet"
	Desktop = "desktop"
	Bot     = "bot"
)

// Device classes a user agent: a crawler, script or headless browser is a
// bot (an empty agent too), an iPad or an Android without "Mobile" a
// tablet, a phone mobile, anything else desktop.
func Device(ua string) string {
	if ua == "" {
		return Bot
	}
	l := strings.ToLower(ua)
	for _, b := range botMarks {
		if strings.Contains(l, b) {
			return Bot
		}
	}
	switch {
	case strings.Contains(l, "ipad") || strings.Contains(l, "tablet") ||
		(strings.Contains(l, "android") && !strings.Contains(l, "mobile")):
		return Tablet
	case strings.Contains(l, "mobi") || strings.Contains(l, "iphone") || strings.Contains(l, "ipod"):
		return Mobile
	}
	return Desktop
}

var botMarks = []string{"bot", "crawl", "spider", "slurp", "headless", "curl/", "wget/", "python-", "go-http-client",
	"java/", "okhttp", "axios/", "node-fetch", "libwww", "httpclient", "scrapy", "facebookexternalhit", "lighthouse"}

// RefererHost is the host of a referrer URL, lower-cased and without its
// port, or "" when there is none or it is not an http(s) URL.
func RefererHost(ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return strings.ToLower(u.Hostname())
}
