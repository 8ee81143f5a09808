// Package usage holds how citizens use Plaza, counted from the access
// logs (shared/access) once a day: visitors, document views per document
// and department, searches and those that found nothing, referrers,
// device classes and time on page. A client's address is hashed with a
// random salt that exists only in memory for its day (HMAC-SHA256) the
// moment its line is read, and only counts are kept: no address, no
// hash, no raw search query leaves the aggregation. Queries are masked by
// the redactor before they are kept, and a public answer drops those
// fewer than K visitors typed (k-anonymity).
package usage

import (
	"time"
)

// K is the fewest distinct visitors (on one day) a search query or a
// referrer needs before a public answer shows it.
const K = 3

// Paths whose requests the aggregation reads.
const (
	// BeaconPath is where the portal's time-on-page beacon is sent
	// (navigator.sendBeacon, POST, the figures in the query string so that
	// CloudFront's logs carry them too).
	BeaconPath = "/api/beacon"
	// SearchPath is the search route; a search is counted on its first
	// page only.
	SearchPath = "/api/documents"
	// documentPrefix begins a document's route; a view is a successful GET
	// of /api/documents/{id} (the portal's document page reads it once).
	documentPrefix = "/api/documents/"
)

// MaxQueryRunes bounds a kept search query.
const MaxQueryRunes = 100

// MaxBeaconMillis bounds the time on page one beacon may report (longer
// is a tab left open, not reading).
const MaxBeaconMillis = 2 * 60 * 60 * 1000

// kst is the time zone days are cut in, as the release statistics'.
var kst = time.FixedZone("KST", 9*3600)

// Day returns the Seoul day (2006-01-02) t falls on.
func Day(t time.Time) string { return t.In(kst).Format(time.DateOnly) }

// dayBounds returns the start and end of a Seoul day.
func dayBounds(day string) (time.Time, time.Time, error) {
	start, err := time.ParseInLocation(time.DateOnly, day, kst)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	return start, start.AddDate(0, 0, 1), nil
}

// Figures are one day's counts, as the work bucket keeps them
// (stats/usage/<day>.json). Nothing in them names a person: counts, hosts,
// document ids and masked queries.
type Figures struct {
	Day       string    `json:"day"`
	Generated time.Time `json:"generated_at"`
	// Complete is false for a day aggregated before it ended (one
	// machine's running figures for today).
	Complete bool `json:"complete"`
	// Lines are the log lines read for the day, Skipped those that were
	// no record.
	Lines   int `json:"lines"`
	Skipped int `json:"skipped"`
	// RelayedLines are the lines among Lines read from API Gateway's
	// access log, for the hours CloudFront's logs do not cover: they
	// count requests and views, not visitors (their address is an
	// edge's).
	RelayedLines int `json:"relayed_lines,omitempty"`
	// Requests and Visitors exclude bots; BotRequests counts theirs.
	Requests    int `json:"requests"`
	BotRequests int `json:"bot_requests"`
	Visitors    int `json:"visitors"`
	// Devices are the visitors per device class (access.Mobile, …, and
	// access.Bot for the distinct bot clients).
	Devices     map[string]int `json:"devices"`
	PageViews   int            `json:"page_views"`
	Documents   []DocCount     `json:"documents"`
	Departments []DeptCount    `json:"departments"`
	Searches    []QueryCount   `json:"searches"`
	Referrers   []HostCount    `json:"referrers"`
	TimeOnPage  Timing         `json:"time_on_page"`
}

// DocCount is one document's views.
type DocCount struct {
	Org            string `json:"org"`
	ID             string `json:"id"`
	Title          string `json:"title,omitempty"`
	DepartmentCode string `json:"department_code,omitempty"`
	DepartmentName string `json:"department_name,omitempty"`
	Views          int    `json:"views"`
	Visitors       int    `json:"visitors"`
	Timing
}

// DeptCount is one department's document views.
type DeptCount struct {
	Org      string `json:"org"`
	Code     string `json:"code"`
	Name     string `json:"name,omitempty"`
	Views    int    `json:"views"`
	Visitors int    `json:"visitors"`
}

// QueryCount is one search query (masked) and how often it was asked.
type QueryCount struct {
	Query    string `json:"query"`
	Count    int    `json:"count"`
	Visitors int    `json:"visitors"`
	// NoResults is true when the query finds nothing in the index (as the
	// aggregation asked it again).
	NoResults bool `json:"no_results"`
}

// HostCount is one referrer host.
type HostCount struct {
	Host     string `json:"host"`
	Count    int    `json:"count"`
	Visitors int    `json:"visitors"`
}

// Timing is the time on page the beacons reported.
type Timing struct {
	Beacons     int     `json:"beacons"`
	Millis      int64   `json:"millis"` // the sum, so that days add up
	MeanSeconds float64 `json:"mean_seconds"`
}

func (t *Timing) add(ms int64) {
	t.Beacons++
	t.Millis += ms
}

func (t *Timing) finish() {
	if t.Beacons > 0 {
		t.MeanSeconds = float64(t.Millis) / float64(t.Beacons) / 1000
	}
}
