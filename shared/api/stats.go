package api

import (
	"cmp"
	"context"
	"encoding/csv"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/stats"
)

// RatioDefinition is stats.RatioDefinition: the responses carry it.
const RatioDefinition = stats.RatioDefinition

// ReleaseCounts are the counts of one row: a department, an organization
// or all of them, over a range or one period.
type ReleaseCounts = stats.Group

// Rollups gives the release roll-up as it stands (*stats.Roller: the one
// the monitor keeps, with the changes since applied).
type Rollups interface {
	Current(ctx context.Context) (*stats.Rollup, error)
}

// OrgStats are one organization's counts. Its departments' counts and
// WithoutDepartment add up to them.
type OrgStats struct {
	Code string `json:"code"`
	Name string `json:"name,omitempty"`
	ReleaseCounts
	// WithoutDepartment counts the organization's records that name no
	// department: mostly envelopes rejected before one could be read.
	// They are not a department, so they are reported here, apart.
	WithoutDepartment ReleaseCounts `json:"without_department"`
}

// DepartmentStats are one department's counts. A department id is unique
// within its organization only, so every row names both.
type DepartmentStats struct {
	Org  string `json:"org"`
	Code string `json:"code"`
	Name string `json:"name,omitempty"`
	ReleaseCounts
	// Satisfaction is what citizens said of the department (votes,
	// inquiry ratings, surveys) over the row's range or period, by the
	// day it was said; absent when nothing was said.
	Satisfaction *stats.Satisfaction `json:"satisfaction,omitempty"`
}

// PeriodStats are the counts of one day, month or year.
type PeriodStats struct {
	Period        string            `json:"period"`
	Total         ReleaseCounts     `json:"total"`
	Organizations []OrgStats        `json:"organizations"`
	Departments   []DepartmentStats `json:"departments,omitempty"`
	// Satisfaction is what citizens said in the period, of the
	// organization and department asked for (all without); absent when
	// nothing was said.
	Satisfaction *stats.Satisfaction `json:"satisfaction,omitempty"`
}

// ReleaseStats is GET /api/stats/release.
type ReleaseStats struct {
	// Org is the organization asked for; absent for every organization.
	Org        string `json:"org,omitempty"`
	Department string `json:"department,omitempty"`
	// Period, From and To are the split and range asked for (or their
	// defaults); absent for the whole ledger.
	Period          string            `json:"period,omitempty"`
	From            string            `json:"from,omitempty"`
	To              string            `json:"to,omitempty"`
	GeneratedAt     time.Time         `json:"generated_at"`
	RatioDefinition string            `json:"ratio_definition"`
	Total           ReleaseCounts     `json:"total"`
	Organizations   []OrgStats        `json:"organizations"`
	Departments     []DepartmentStats `json:"departments"`
	Periods         []PeriodStats     `json:"periods,omitempty"`
	// Satisfaction is what citizens said over the range (all time
	// without a period), as PeriodStats' is; the departments' rows carry
	// their own.
	Satisfaction *stats.Satisfaction `json:"satisfaction,omitempty"`
}

// OrgRank is one organization in the comparison.
type OrgRank struct {
	// Rank orders the organizations by release ratio, highest first;
	// equal ratios share a rank. It is absent for an organization with
	// nothing to count (ratio_base 0).
	Rank int    `json:"rank,omitempty"`
	Code string `json:"code"`
	Name string `json:"name,omitempty"`
	ReleaseCounts
}

// OrgComparison is GET /api/stats/organizations: each organization's
// ratio side by side, as open.go.kr publishes each agency's.
type OrgComparison struct {
	GeneratedAt     time.Time     `json:"generated_at"`
	RatioDefinition string        `json:"ratio_definition"`
	Total           ReleaseCounts `json:"total"`
	Items           []OrgRank     `json:"items"`
}

// maxPeriods bounds the periods one request may split into, per kind.
var maxPeriods = map[string]int{stats.PeriodDay: 366, stats.PeriodMonth: 120, stats.PeriodYear: 50}

// defaultPeriods is how many periods back from the present a request
// without from gets.
var defaultPeriods = map[string]int{stats.PeriodDay: 31, stats.PeriodMonth: 12, stats.PeriodYear: 10}

// statsQuery reads the parameters of GET /api/stats/release.
func (h *Handler) statsQuery(v url.Values, now time.Time) (stats.Query, *badParam) {
	var q stats.Query
	var bad *badParam
	if q.Org, bad = orgFilter(v); bad != nil {
		return q, bad
	}
	q.Dept = v.Get("department")
	switch {
	case q.Dept != "" && !codePattern.MatchString(q.Dept):
		return q, &badParam{"department", "department must be a department code"}
	case q.Dept != "" && q.Org == "":
		return q, &badParam{"department", "department needs organization: department ids are unique within an organization only"}
	}
	q.Period, q.From, q.To = v.Get("period"), v.Get("from"), v.Get("to")
	if q.Period == "" {
		if q.From != "" || q.To != "" {
			return q, &badParam{"period", "from and to need period (day, month or year)"}
		}
		return q, nil
	}
	if _, ok := maxPeriods[q.Period]; !ok {
		return q, &badParam{"period", "period must be day, month or year"}
	}
	layout := map[string]string{stats.PeriodDay: "2006-01-02", stats.PeriodMonth: "2006-01", stats.PeriodYear: "2006"}[q.Period]
	for name, val := range map[string]string{"from": q.From, "to": q.To} {
		if _, ok := stats.ParsePeriod(q.Period, val); val != "" && !ok {
			return q, &badParam{name, name + " must be a " + q.Period + " written " + layout}
		}
	}
	if q.To == "" {
		q.To = stats.Now(q.Period, now)
	}
	if q.From == "" {
		q.From = stats.Step(q.Period, q.To, 1-defaultPeriods[q.Period])
	}
	if q.From > q.To {
		return q, &badParam{"from", "from is after to"}
	}
	if stats.Step(q.Period, q.From, maxPeriods[q.Period]-1) < q.To {
		return q, &badParam{"to", fmt.Sprintf("at most %d periods of a %s at once", maxPeriods[q.Period], q.Period)}
	}
	return q, nil
}

// wantsCSV reports whether the client asked for CSV: format=csv, or an
// Accept header that prefers text/csv to JSON.
func wantsCSV(r *http.Request) (bool, *badParam) {
	switch f := r.URL.Query().Get("format"); f {
	case "csv":
		return true, nil
	case "json":
		return false, nil
	case "":
	default:
		return false, &badParam{"format", "format must be json or csv"}
	}
	accept := r.Header.Get("Accept")
	return strings.Contains(accept, "text/csv") && !strings.Contains(accept, "application/json"), nil
}

func (h *Handler) releaseStats(w http.ResponseWriter, r *http.Request) {
	now := h.d.Now()
	q, bad := h.statsQuery(r.URL.Query(), now)
	if bad == nil {
		var asCSV bool
		if asCSV, bad = wantsCSV(r); bad == nil {
			ru, err := h.rollup(r.Context())
			if err != nil {
				h.opError(w, r, "release stats", err)
				return
			}
			st := h.releaseFigures(r.Context(), ru, q, now)
			h.satisfaction(r.Context(), &st)
			if asCSV {
				h.writeStatsCSV(w, st)
				return
			}
			writeCachedJSON(w, st, int(h.d.StatsTTL/time.Second))
			return
		}
	}
	bad.write(w)
}

func (h *Handler) orgComparison(w http.ResponseWriter, r *http.Request) {
	ru, err := h.rollup(r.Context())
	if err != nil {
		h.opError(w, r, "organization comparison", err)
		return
	}
	now := h.d.Now()
	writeCachedJSON(w, h.compare(h.releaseFigures(r.Context(), ru, stats.Query{}, now)), int(h.d.StatsTTL/time.Second))
}

// compare ranks the organizations of st, with every organization of the
// deployment listed even before its first document.
func (h *Handler) compare(st ReleaseStats) OrgComparison {
	out := OrgComparison{GeneratedAt: st.GeneratedAt, RatioDefinition: RatioDefinition, Total: st.Total, Items: []OrgRank{}}
	seen := map[string]bool{}
	for _, o := range st.Organizations {
		seen[o.Code] = true
		out.Items = append(out.Items, OrgRank{Code: o.Code, Name: o.Name, ReleaseCounts: o.ReleaseCounts})
	}
	if h.d.Orgs != nil {
		for _, o := range h.d.Orgs.All() {
			if !seen[o.Code] {
				out.Items = append(out.Items, OrgRank{Code: o.Code, Name: o.Name})
			}
		}
	}
	slices.SortFunc(out.Items, func(a, b OrgRank) int {
		if (a.RatioBase > 0) != (b.RatioBase > 0) {
			if a.RatioBase > 0 {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(b.ReleaseRatio, a.ReleaseRatio); c != 0 {
			return c
		}
		return strings.Compare(a.Code, b.Code)
	})
	for i := range out.Items {
		it := &out.Items[i]
		switch {
		case it.RatioBase == 0:
		case i > 0 && out.Items[i-1].RatioBase > 0 && out.Items[i-1].ReleaseRatio == it.ReleaseRatio:
			it.Rank = out.Items[i-1].Rank
		default:
			it.Rank = i + 1
		}
	}
	return out
}

// rollup returns the roll-up, read at most once a StatsTTL. Reads are
// serialised (before the monitor's first run it is a ledger scan, the
// most expensive thing a citizen can ask for), and a request that waited
// finds the result of the one before it.
func (h *Handler) rollup(ctx context.Context) (*stats.Rollup, error) {
	fresh := func() (*stats.Rollup, bool) {
		now := h.d.Now()
		h.statsMu.Lock()
		defer h.statsMu.Unlock()
		return h.stats, h.stats != nil && now.Sub(h.statsAt) < h.d.StatsTTL && !now.Before(h.statsAt)
	}
	if ru, ok := fresh(); ok {
		return ru, nil
	}
	h.computeMu.Lock()
	defer h.computeMu.Unlock()
	if ru, ok := fresh(); ok {
		return ru, nil
	}
	now := h.d.Now()
	ru, err := h.d.Stats.Current(ctx)
	if err != nil {
		return nil, fmt.Errorf("release stats: %w", err)
	}
	h.statsMu.Lock()
	h.stats, h.statsAt = ru, now
	h.statsMu.Unlock()
	return ru, nil
}

// releaseFigures reads the roll-up for q, rows in order and named.
func (h *Handler) releaseFigures(ctx context.Context, ru *stats.Rollup, q stats.Query, now time.Time) ReleaseStats {
	rep := ru.Report(q, now)
	st := ReleaseStats{Org: q.Org, Department: q.Dept, Period: q.Period, From: q.From, To: q.To, GeneratedAt: now,
		RatioDefinition: RatioDefinition}
	st.Total, st.Organizations, st.Departments = rows(rep.Whole)
	for _, p := range rep.PeriodKeys() {
		ps := PeriodStats{Period: p}
		ps.Total, ps.Organizations, ps.Departments = rows(rep.Periods[p])
		if q.Org == "" {
			ps.Departments = nil // every organization's departments by day: too many rows
		}
		st.Periods = append(st.Periods, ps)
	}
	h.nameStats(ctx, &st)
	return st
}

func rows(t *stats.Table) (ReleaseCounts, []OrgStats, []DepartmentStats) {
	orgs := []OrgStats{}
	for _, code := range t.OrgCodes() {
		o := t.Orgs[code]
		orgs = append(orgs, OrgStats{Code: code, ReleaseCounts: o.Group, WithoutDepartment: o.WithoutDepartment})
	}
	depts := []DepartmentStats{}
	for _, k := range t.DeptKeys() {
		depts = append(depts, DepartmentStats{Org: k.Org, Code: k.Dept, ReleaseCounts: *t.Depts[k]})
	}
	return t.Total, orgs, depts
}

// nameStats names organizations and departments from the organizations'
// files, and a department no file lists (one renamed or removed since)
// from the index, whose facets carry the name its documents use. Without
// names the codes alone are still correct, so a search failure is not
// fatal.
func (h *Handler) nameStats(ctx context.Context, st *ReleaseStats) {
	type key struct{ org, code string }
	names := map[key]string{}
	missing := false
	name := func(org, code string) string {
		if n, ok := names[key{org, code}]; ok {
			return n
		}
		n := ""
		if h.d.Orgs != nil {
			if o, ok := h.d.Orgs.Get(org); ok {
				if dep, ok := o.Department(code); ok {
					n = dep.Name
				}
			}
		}
		names[key{org, code}] = n
		missing = missing || n == ""
		return n
	}
	each := func(fn func(o *OrgStats), fd func(d *DepartmentStats)) {
		for i := range st.Organizations {
			fn(&st.Organizations[i])
		}
		for i := range st.Departments {
			fd(&st.Departments[i])
		}
		for p := range st.Periods {
			for i := range st.Periods[p].Organizations {
				fn(&st.Periods[p].Organizations[i])
			}
			for i := range st.Periods[p].Departments {
				fd(&st.Periods[p].Departments[i])
			}
		}
	}
	each(func(o *OrgStats) { o.Name = h.orgName(o.Code) }, func(d *DepartmentStats) { d.Name = name(d.Org, d.Code) })
	if !missing {
		return
	}
	res, err := h.d.Search.Search(ctx, search.Query{Org: st.Org, Size: 1}.Normalize())
	if err != nil {
		h.log(ctx).Warn("department names from the index", "error", err.Error())
		return
	}
	for _, f := range res.Facets[search.FacetDepartment] {
		if names[key{f.Org, f.Value}] == "" {
			names[key{f.Org, f.Value}] = f.Label
		}
	}
	each(func(*OrgStats) {}, func(d *DepartmentStats) { d.Name = names[key{d.Org, d.Code}] })
}

// csvColumns are the CSV's columns after the row's names.
var csvColumns = []string{"received", "published", "closed", "withheld", "review", "rejected", "format_rejected",
	"retracted", "pending", "ratio_base", "release_ratio", "review_oldest_s", "review_median_s", "withheld_by", "closed_by", "rejected_by"}

// writeStatsCSV writes st as CSV: one row per period (or "all") and
// level (total, organization, without_department, department).
func (h *Handler) writeStatsCSV(w http.ResponseWriter, st ReleaseStats) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="plaza-release-stats.csv"`)
	w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(h.d.StatsTTL/time.Second)))
	cw := csv.NewWriter(w)
	_ = cw.Write(append([]string{"period", "level", "org", "org_name", "department", "department_name"}, csvColumns...))
	block := func(period string, total ReleaseCounts, orgs []OrgStats, depts []DepartmentStats) {
		_ = cw.Write(csvRow(period, "total", "", "", "", "", total))
		for _, o := range orgs {
			_ = cw.Write(csvRow(period, "organization", o.Code, o.Name, "", "", o.ReleaseCounts))
			_ = cw.Write(csvRow(period, "without_department", o.Code, o.Name, "", "", o.WithoutDepartment))
		}
		for _, d := range depts {
			_ = cw.Write(csvRow(period, "department", d.Org, "", d.Code, d.Name, d.ReleaseCounts))
		}
	}
	if st.Period == "" {
		block("all", st.Total, st.Organizations, st.Departments)
	} else {
		for _, p := range st.Periods {
			block(p.Period, p.Total, p.Organizations, p.Departments)
		}
	}
	cw.Flush()
}

func csvRow(period, level, org, orgName, dept, deptName string, c ReleaseCounts) []string {
	row := []string{period, level, org, csvText(orgName), dept, csvText(deptName)}
	for _, n := range []int{c.Received, c.Published, c.Closed, c.Withheld, c.Review, c.Rejected, c.FormatRejected,
		c.Retracted, c.Pending, c.RatioBase} {
		row = append(row, strconv.Itoa(n))
	}
	row = append(row, strconv.FormatFloat(c.ReleaseRatio, 'f', 4, 64),
		strconv.FormatInt(c.ReviewOldestSeconds, 10), strconv.FormatInt(c.ReviewMedianSeconds, 10),
		csvMap(c.WithheldBy), csvMap(c.ClosedBy), csvMap(c.RejectedBy))
	return row
}

// csvMap writes a split as "reason=n;reason=n", in order.
func csvMap(m map[string]int) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, k+"="+strconv.Itoa(m[k]))
	}
	return strings.Join(parts, ";")
}

// csvText keeps a spreadsheet from reading a name as a formula.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// scanOnly is the roll-up source of a ledger without a change feed: every
// read counts the ledger's records again.
type scanOnly struct{ ledger.Ledger }

func (scanOnly) Changes(context.Context, string, int) ([]ledger.Change, string, error) {
	return nil, "", nil
}

func (scanOnly) Head(context.Context) (string, error) { return "", nil }
