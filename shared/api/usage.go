package api

import (
	"errors"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/usage"
)

// Beacon limits: a beacon is a few bytes of query string and no body, one
// per document page a person leaves.
const (
	beaconMaxBody   = 1024
	beaconPerMinute = 60
	// beaconClients bounds the addresses the limiter remembers; past it
	// the window starts afresh (the WAF's rate rule still holds).
	beaconClients = 50000
)

// limiter counts requests per client address in one-minute windows. It
// lives in the handler's memory only (per Lambda instance on AWS, where
// the WAF's rate rule bounds the rest) and is never logged.
type limiter struct {
	mu     sync.Mutex
	window time.Time
	counts map[string]int
}

func (l *limiter) allow(addr string, now time.Time, per int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if w := now.Truncate(time.Minute); !w.Equal(l.window) || len(l.counts) >= beaconClients {
		l.window, l.counts = w, map[string]int{}
	}
	l.counts[addr]++
	return l.counts[addr] <= per
}

// beacon takes the portal's time-on-page beacon (navigator.sendBeacon).
// Its figures are in the query string, so that the access log (CloudFront's
// on AWS, the local stack's) carries them to the daily aggregation; the
// handler only checks them and answers 204, or 400, 413, 429, which the
// aggregation does not count.
func (h *Handler) beacon(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, beaconMaxBody)
	if _, err := io.Copy(io.Discard, r.Body); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			httpjson.Error(w, http.StatusRequestEntityTooLarge, "beacon.too_large", "a beacon carries at most 1 KiB")
			return
		}
		httpjson.Error(w, http.StatusBadRequest, "beacon.unreadable", "the beacon could not be read")
		return
	}
	if !h.beacons.allow(h.clientAddr(r), h.d.Now(), beaconPerMinute) {
		w.Header().Set("Retry-After", "60")
		httpjson.Error(w, http.StatusTooManyRequests, "beacon.rate_limited", "too many beacons from this address; try again in a minute")
		return
	}
	if _, ok := usage.ParseBeacon(r.URL.RawQuery, h.d.DefaultOrg); !ok {
		httpjson.Error(w, http.StatusBadRequest, "beacon.bad_query", "doc (a document id), org (optional) and ms (0 to 7200000) are required")
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusNoContent)
}

// usageRange reads from and to (2006-01-02, Seoul days): by default the
// 30 days up to today, at most 366 days.
func (h *Handler) usageRange(r *http.Request) (string, string, *badParam) {
	v := r.URL.Query()
	to, from := v.Get("to"), v.Get("from")
	if to == "" {
		to = usage.Day(h.d.Now())
	}
	tt, err := time.Parse(time.DateOnly, to)
	if err != nil {
		return "", "", &badParam{"to", "to must be a day, 2006-01-02"}
	}
	if from == "" {
		from = tt.AddDate(0, 0, -29).Format(time.DateOnly)
	}
	ft, err := time.Parse(time.DateOnly, from)
	if err != nil {
		return "", "", &badParam{"from", "from must be a day, 2006-01-02"}
	}
	if ft.After(tt) || tt.Sub(ft) > 365*24*time.Hour {
		return "", "", &badParam{"from", "from must be on or before to, at most 366 days before"}
	}
	return from, to, nil
}

// usageStats is GET /api/stats/usage: the period's figures, with the
// queries and referrers fewer than usage.K visitors used left out.
func (h *Handler) usageStats(w http.ResponseWriter, r *http.Request) {
	h.serveUsage(w, r, true, 20)
}

// staffUsageStats is GET /api/staff/stats/usage: every masked query,
// those that found nothing and rare ones included, for search
// improvements. The figures are counts, never a person.
func (h *Handler) staffUsageStats(w http.ResponseWriter, r *http.Request, _ auth.Claims) {
	h.serveUsage(w, r, false, 100)
}

func (h *Handler) serveUsage(w http.ResponseWriter, r *http.Request, public bool, n int) {
	from, to, bad := h.usageRange(r)
	if bad != nil {
		bad.write(w)
		return
	}
	days, err := usage.Load(r.Context(), h.d.Store, h.d.Buckets.Work, from, to)
	if err != nil {
		h.internal(w, r, "usage figures", err)
		return
	}
	s := usage.Sum(days, from, to, n, public)
	if public {
		writeCachedJSON(w, s, 300)
		return
	}
	httpjson.Write(w, http.StatusOK, s)
}
