package stats

import (
	"cmp"
	"slices"
	"time"
)

// The periods a report splits by.
const (
	PeriodDay   = "day"
	PeriodMonth = "month"
	PeriodYear  = "year"
)

// periodLayouts are the form of each period's values: 2026-12-07, 2026-12,
// 2026.
var periodLayouts = map[string]string{PeriodDay: time.DateOnly, PeriodMonth: "2006-01", PeriodYear: "2006"}

// PeriodOf returns the period value (of kind period) a day falls in.
func PeriodOf(period, day string) string {
	switch period {
	case PeriodMonth:
		return day[:7]
	case PeriodYear:
		return day[:4]
	}
	return day
}

// ParsePeriod checks a period value ("2026-12" for a month) and returns
// the time it starts.
func ParsePeriod(period, v string) (time.Time, bool) {
	layout, ok := periodLayouts[period]
	if !ok {
		return time.Time{}, false
	}
	t, err := time.ParseInLocation(layout, v, kst)
	return t, err == nil && t.Format(layout) == v
}

// Step returns the period value n periods after v (n may be negative).
func Step(period, v string, n int) string {
	t, ok := ParsePeriod(period, v)
	if !ok {
		return v
	}
	switch period {
	case PeriodDay:
		t = t.AddDate(0, 0, n)
	case PeriodMonth:
		t = t.AddDate(0, n, 0)
	default:
		t = t.AddDate(n, 0, 0)
	}
	return t.Format(periodLayouts[period])
}

// Now returns the period value t falls in.
func Now(period string, t time.Time) string { return PeriodOf(period, Day(t)) }

// Group is the counts of one row of a report, with the release ratio and
// how long its documents in review have waited.
type Group struct {
	Counts
	// RatioBase is Received − FormatRejected, the ratio's denominator.
	RatioBase int `json:"ratio_base"`
	// ReleaseRatio is Ratio(Published, Received, FormatRejected).
	ReleaseRatio float64 `json:"release_ratio"`
	// ReviewOldestSeconds and ReviewMedianSeconds are how long the
	// group's documents in review have waited, at the report's time.
	ReviewOldestSeconds int64 `json:"review_oldest_s"`
	ReviewMedianSeconds int64 `json:"review_median_s"`
	waits               []time.Time
}

func (g *Group) finish(now time.Time) {
	g.RatioBase, g.ReleaseRatio = g.Base(), g.Ratio()
	if len(g.waits) == 0 {
		return
	}
	slices.SortFunc(g.waits, func(a, b time.Time) int { return a.Compare(b) })
	age := func(t time.Time) int64 { return max(0, int64(now.Sub(t)/time.Second)) }
	g.ReviewOldestSeconds = age(g.waits[0])
	g.ReviewMedianSeconds = age(g.waits[len(g.waits)/2])
	g.waits = nil
}

// OrgGroup is an organization's row: its departments' and its
// WithoutDepartment add up to it.
type OrgGroup struct {
	Group
	// WithoutDepartment counts the records that name no department
	// (mostly envelopes rejected before one could be read): they are not a
	// department, so they are reported apart.
	WithoutDepartment Group
}

// DeptKey names a department: its id is unique within its organization
// only.
type DeptKey struct{ Org, Dept string }

// Table is the counts of one period (or of the whole range).
type Table struct {
	Total Group
	Orgs  map[string]*OrgGroup
	Depts map[DeptKey]*Group
}

func newTable() *Table {
	return &Table{Orgs: map[string]*OrgGroup{}, Depts: map[DeptKey]*Group{}}
}

// groups returns the rows a cell counts in.
func (t *Table) groups(c Cell) []*Group {
	o := t.Orgs[c.Org]
	if o == nil {
		o = &OrgGroup{}
		t.Orgs[c.Org] = o
	}
	if c.Dept == "" {
		return []*Group{&t.Total, &o.Group, &o.WithoutDepartment}
	}
	k := DeptKey{c.Org, c.Dept}
	d := t.Depts[k]
	if d == nil {
		d = &Group{}
		t.Depts[k] = d
	}
	return []*Group{&t.Total, &o.Group, d}
}

func (t *Table) finish(now time.Time) {
	t.Total.finish(now)
	for _, o := range t.Orgs {
		o.finish(now)
		o.WithoutDepartment.finish(now)
	}
	for _, d := range t.Depts {
		d.finish(now)
	}
}

// OrgCodes returns the organizations of t in order.
func (t *Table) OrgCodes() []string {
	out := make([]string, 0, len(t.Orgs))
	for k := range t.Orgs {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// DeptKeys returns the departments of t in order.
func (t *Table) DeptKeys() []DeptKey {
	out := make([]DeptKey, 0, len(t.Depts))
	for k := range t.Depts {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b DeptKey) int { return cmp.Or(cmp.Compare(a.Org, b.Org), cmp.Compare(a.Dept, b.Dept)) })
	return out
}

// Query selects what a report counts.
type Query struct {
	// Period splits the report (PeriodDay, PeriodMonth, PeriodYear); ""
	// reports the whole range only.
	Period string
	// From and To bound the range, inclusive, as values of Period
	// (2026-01 to 2026-12); "" leaves that end open.
	From, To string
	// Org and Dept narrow the report to an organization, and to one of its
	// departments.
	Org, Dept string
}

// Report is a roll-up read for a query: the whole range, and each period.
type Report struct {
	Whole   *Table
	Periods map[string]*Table
}

// PeriodKeys returns the periods of r in order.
func (r Report) PeriodKeys() []string {
	out := make([]string, 0, len(r.Periods))
	for k := range r.Periods {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Report reads the roll-up for q, with review waits measured at now.
func (r *Rollup) Report(q Query, now time.Time) Report {
	rep := Report{Whole: newTable(), Periods: map[string]*Table{}}
	period := q.Period
	if period == "" {
		period = PeriodDay
	}
	in := func(c Cell) (string, bool) {
		if (q.Org != "" && c.Org != q.Org) || (q.Dept != "" && c.Dept != q.Dept) {
			return "", false
		}
		p := PeriodOf(period, c.Day)
		return p, (q.From == "" || p >= q.From) && (q.To == "" || p <= q.To)
	}
	tables := func(p string) []*Table {
		if q.Period == "" {
			return []*Table{rep.Whole}
		}
		t := rep.Periods[p]
		if t == nil {
			t = newTable()
			rep.Periods[p] = t
		}
		return []*Table{rep.Whole, t}
	}
	for c, n := range r.Cells {
		p, ok := in(c)
		if !ok {
			continue
		}
		for _, t := range tables(p) {
			for _, g := range t.groups(c) {
				g.Add(*n)
			}
		}
	}
	for _, w := range r.Review {
		p, ok := in(w.Cell)
		if !ok {
			continue
		}
		for _, t := range tables(p) {
			for _, g := range t.groups(w.Cell) {
				g.waits = append(g.waits, w.Since)
			}
		}
	}
	rep.Whole.finish(now)
	for _, t := range rep.Periods {
		t.finish(now)
	}
	return rep
}
