package api

import (
	"cmp"
	"context"
	"errors"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/usage"
)

// SortViews is the search order "most viewed": the MostViewed documents
// most viewed over the last 30 days that match, by their views.
const SortViews = "views"

// MostViewed is how many of the most viewed documents sort=views ranks.
const MostViewed = 100

// viewsTTL is how long the ranking is kept between reads of the figures
// (they change once a day on AWS).
const viewsTTL = 5 * time.Minute

// ranking is the cached most-viewed list.
type ranking struct {
	mu    sync.Mutex
	at    time.Time
	keys  []search.Key
	views map[search.Key]int
}

// mostViewedKeys returns the MostViewed documents most viewed over the
// last 30 days, most first, and their views.
func (h *Handler) mostViewedKeys(ctx context.Context) ([]search.Key, map[search.Key]int, error) {
	h.views.mu.Lock()
	defer h.views.mu.Unlock()
	now := h.d.Now()
	if h.views.views != nil && now.Sub(h.views.at) < viewsTTL && !now.Before(h.views.at) {
		return h.views.keys, h.views.views, nil
	}
	to := usage.Day(now)
	t, _ := time.Parse(time.DateOnly, to)
	from := t.AddDate(0, 0, -29).Format(time.DateOnly)
	days, err := usage.Load(ctx, h.d.Store, h.d.Buckets.Work, from, to)
	if err != nil {
		return nil, nil, err
	}
	s := usage.Sum(days, from, to, MostViewed, true)
	keys, views := []search.Key{}, map[search.Key]int{}
	for _, d := range s.Documents {
		if d.Views > 0 {
			k := search.Key{Org: d.Org, ID: d.ID}
			keys = append(keys, k)
			views[k] = d.Views
		}
	}
	h.views.at, h.views.keys, h.views.views = now, keys, views
	return keys, views, nil
}

// mostViewed answers sort=views: the most viewed documents that match q,
// most viewed first (then newest), paged here.
func (h *Handler) mostViewed(ctx context.Context, q search.Query) (search.Result, error) {
	keys, views, err := h.mostViewedKeys(ctx)
	if err != nil {
		return search.Result{}, err
	}
	if len(keys) == 0 {
		return search.Result{Items: []search.Hit{}, Facets: search.EmptyFacets()}, nil
	}
	all := q
	all.Keys, all.Page, all.Size, all.After = keys, 1, MostViewed, ""
	res, err := h.d.Search.Search(ctx, all)
	if err != nil {
		return search.Result{}, err
	}
	// The engine answered newest first; a stable sort keeps that order
	// among equal views.
	slices.SortStableFunc(res.Items, func(a, b search.Hit) int {
		return cmp.Compare(views[search.Key{Org: b.Org, ID: b.ID}], views[search.Key{Org: a.Org, ID: a.ID}])
	})
	start := min((q.Page-1)*q.Size, len(res.Items))
	res.Items = res.Items[start:min(start+q.Size, len(res.Items))]
	res.Next = ""
	return res, nil
}

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
	h.serveUsage(w, r, true, 20, "")
}

// staffUsageStats is GET /api/staff/stats/usage: every masked query,
// those that found nothing and rare ones included, for search
// improvements. The figures are counts, never a person. Staff see their
// organization's documents and departments (usage.Scope); a city-wide
// admin sees every organization's, or the one org names.
func (h *Handler) staffUsageStats(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	org := r.URL.Query().Get("org")
	switch {
	case org != "" && !codePattern.MatchString(org):
		(&badParam{"org", "org must be 1 to 32 characters of [A-Za-z0-9_-]"}).write(w)
		return
	case org == "" && !c.CityAdmin:
		org = c.Organization
	}
	if org != "" && !c.Sees(org) {
		forbiddenOrg(w)
		return
	}
	h.serveUsage(w, r, false, 100, org)
}

// serveUsage answers the figures of the period asked, limited to org's
// documents and departments unless org is "".
func (h *Handler) serveUsage(w http.ResponseWriter, r *http.Request, public bool, n int, org string) {
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
	if org != "" {
		days = usage.Scope(days, org)
	}
	s := usage.Sum(days, from, to, n, public)
	s.Org = org
	if public {
		writeCachedJSON(w, s, 300)
		return
	}
	httpjson.Write(w, http.StatusOK, s)
}
