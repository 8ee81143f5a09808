package api

import (
	"context"
	"net/http"
	"sort"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
)

// ReleaseCounts are the ledger counts of one department (or all of them).
// Received counts every document the ledger knows; the others split it.
type ReleaseCounts struct {
	Received int `json:"received"`
	// Published counts documents released in full or in part.
	Published int `json:"published"`
	// Closed counts closed documents listed by their metadata only.
	Closed    int `json:"closed"`
	Withheld  int `json:"withheld"`
	Review    int `json:"review"`
	Rejected  int `json:"rejected"`
	Retracted int `json:"retracted"`
	// Pending counts documents still moving through the pipeline.
	Pending int `json:"pending"`
	// ReleaseRatio is Published / Received (0 when nothing was received).
	ReleaseRatio float64 `json:"release_ratio"`
}

func (c *ReleaseCounts) add(r ledger.Record) {
	c.Received++
	switch r.State {
	case ledger.Published, ledger.Indexed:
		if r.Grade == document.GradeClosed {
			c.Closed++
		} else {
			c.Published++
		}
	case ledger.Withheld:
		c.Withheld++
	case ledger.Review:
		c.Review++
	case ledger.Rejected:
		c.Rejected++
	case ledger.Retracted:
		c.Retracted++
	default:
		c.Pending++
	}
}

func (c *ReleaseCounts) ratio() {
	if c.Received > 0 {
		c.ReleaseRatio = float64(c.Published) / float64(c.Received)
	}
}

// DepartmentStats are one department's counts.
type DepartmentStats struct {
	Code string `json:"code"`
	Name string `json:"name,omitempty"`
	ReleaseCounts
}

// ReleaseStats is GET /api/stats/release.
type ReleaseStats struct {
	Org         string            `json:"org"`
	GeneratedAt time.Time         `json:"generated_at"`
	Total       ReleaseCounts     `json:"total"`
	Departments []DepartmentStats `json:"departments"`
}

type cachedStats struct {
	at    time.Time
	stats ReleaseStats
}

// ledgerPage is how many records one List call asks for.
const ledgerPage = 1000

func (h *Handler) releaseStats(w http.ResponseWriter, r *http.Request) {
	org, bad := h.org(r.URL.Query())
	if bad != nil {
		bad.write(w)
		return
	}
	c, err := h.cachedStats(r, org)
	if err != nil {
		h.opError(w, r, "release stats", err)
		return
	}
	writeCachedJSON(w, c.stats, int(h.d.StatsTTL/time.Second))
}

// maxCachedOrgs bounds the cache: org is a request parameter.
const maxCachedOrgs = 256

// cachedStats returns fresh-enough statistics for org. Computations are
// serialised (a ledger scan is the most expensive thing a citizen can ask
// for), and a request that waited finds the result of the one before it.
func (h *Handler) cachedStats(r *http.Request, org string) (cachedStats, error) {
	fresh := func() (cachedStats, bool) {
		now := h.d.Now()
		h.statsMu.Lock()
		defer h.statsMu.Unlock()
		c, ok := h.stats[org]
		return c, ok && now.Sub(c.at) < h.d.StatsTTL && !now.Before(c.at)
	}
	if c, ok := fresh(); ok {
		return c, nil
	}
	h.computeMu.Lock()
	defer h.computeMu.Unlock()
	if c, ok := fresh(); ok {
		return c, nil
	}
	now := h.d.Now()
	st, err := h.computeStats(r.Context(), org, now)
	if err != nil {
		return cachedStats{}, err
	}
	// Department names come from the index; without them the codes
	// alone are still correct, so a search failure is not fatal.
	if deps, err := h.departmentList(r, org); err == nil {
		names := map[string]string{}
		for _, d := range deps {
			names[d.Code] = d.Name
		}
		for i := range st.Departments {
			st.Departments[i].Name = names[st.Departments[i].Code]
		}
	}
	c := cachedStats{at: now, stats: st}
	h.statsMu.Lock()
	if len(h.stats) >= maxCachedOrgs {
		clear(h.stats)
	}
	h.stats[org] = c
	h.statsMu.Unlock()
	return c, nil
}

// computeStats scans the organization's ledger. The monitor keeps the
// same numbers on a schedule; this is the on-demand view, cached.
func (h *Handler) computeStats(ctx context.Context, org string, now time.Time) (ReleaseStats, error) {
	st := ReleaseStats{Org: org, GeneratedAt: now, Departments: []DepartmentStats{}}
	per := map[string]*ReleaseCounts{}
	after := ""
	for {
		recs, next, err := h.d.Ledger.List(ctx, ledger.Filter{Org: org, After: after, Limit: ledgerPage})
		if err != nil {
			return st, err
		}
		for _, rec := range recs {
			if rec.Org != org {
				continue
			}
			st.Total.add(rec)
			c := per[rec.Department]
			if c == nil {
				c = &ReleaseCounts{}
				per[rec.Department] = c
			}
			c.add(rec)
		}
		if next == "" || next == after {
			break
		}
		after = next
	}
	st.Total.ratio()
	for code, c := range per {
		c.ratio()
		st.Departments = append(st.Departments, DepartmentStats{Code: code, ReleaseCounts: *c})
	}
	sort.Slice(st.Departments, func(i, j int) bool { return st.Departments[i].Code < st.Departments[j].Code })
	return st, nil
}
