package usage

import (
	"cmp"
	"slices"
	"time"
)

// Summary is the figures of a period, as the API answers them. Visitors
// add up day by day: the salt changes every day, so a person who came
// back on two days counts twice, and no one can be followed across days.
type Summary struct {
	From        string         `json:"from"`
	To          string         `json:"to"`
	Generated   time.Time      `json:"generated_at"`
	Days        []DayTotal     `json:"days"`
	Visitors    int            `json:"visitors"`
	PageViews   int            `json:"page_views"`
	Requests    int            `json:"requests"`
	BotRequests int            `json:"bot_requests"`
	Devices     map[string]int `json:"devices"`
	Documents   []DocCount     `json:"documents"`
	Departments []DeptCount    `json:"departments"`
	Searches    []QueryCount   `json:"searches"`
	NoResults   []QueryCount   `json:"no_results"`
	Referrers   []HostCount    `json:"referrers"`
	TimeOnPage  Timing         `json:"time_on_page"`
	// Org is the organization the documents, departments, page views
	// and time on page are limited to (Scope); absent for all of them.
	Org string `json:"org,omitempty"`
	// Public is true when rare queries and referrers were left out (K).
	Public bool `json:"public"`
	K      int  `json:"k,omitempty"`
}

// DayTotal is one day of the period's chart.
type DayTotal struct {
	Day       string `json:"day"`
	Visitors  int    `json:"visitors"`
	PageViews int    `json:"page_views"`
	Complete  bool   `json:"complete"`
}

// Sum adds the days' figures up, keeping the top n of each list. A public
// summary counts a query or a referrer only on the days K visitors or
// more used it, so what one person typed never shows.
func Sum(days []Figures, from, to string, n int, public bool) Summary {
	s := Summary{From: from, To: to, Devices: map[string]int{}, Public: public, Days: []DayTotal{}}
	if public {
		s.K = K
	}
	docs := map[DocKey]*DocCount{}
	depts := map[[2]string]*DeptCount{}
	queries := map[string]*QueryCount{}
	refs := map[string]*HostCount{}
	slices.SortFunc(days, func(a, b Figures) int { return cmp.Compare(a.Day, b.Day) })
	for _, f := range days {
		if f.Generated.After(s.Generated) {
			s.Generated = f.Generated
		}
		s.Days = append(s.Days, DayTotal{Day: f.Day, Visitors: f.Visitors, PageViews: f.PageViews, Complete: f.Complete})
		s.Visitors += f.Visitors
		s.PageViews += f.PageViews
		s.Requests += f.Requests
		s.BotRequests += f.BotRequests
		for k, v := range f.Devices {
			s.Devices[k] += v
		}
		s.TimeOnPage.Beacons += f.TimeOnPage.Beacons
		s.TimeOnPage.Millis += f.TimeOnPage.Millis
		for _, d := range f.Documents {
			k := DocKey{d.Org, d.ID}
			x := docs[k]
			if x == nil {
				x = &DocCount{Org: d.Org, ID: d.ID}
				docs[k] = x
			}
			// The latest description wins (a title masked since).
			if d.Title != "" {
				x.Title, x.DepartmentCode, x.DepartmentName = d.Title, d.DepartmentCode, d.DepartmentName
			}
			x.Views += d.Views
			x.Visitors += d.Visitors
			x.Beacons += d.Beacons
			x.Millis += d.Millis
		}
		for _, d := range f.Departments {
			k := [2]string{d.Org, d.Code}
			x := depts[k]
			if x == nil {
				x = &DeptCount{Org: d.Org, Code: d.Code}
				depts[k] = x
			}
			if d.Name != "" {
				x.Name = d.Name
			}
			x.Views += d.Views
			x.Visitors += d.Visitors
		}
		for _, q := range f.Searches {
			if public && q.Visitors < K {
				continue
			}
			x := queries[q.Query]
			if x == nil {
				x = &QueryCount{Query: q.Query}
				queries[q.Query] = x
			}
			x.Count += q.Count
			x.Visitors += q.Visitors
			x.NoResults = q.NoResults // the latest day's answer
		}
		for _, r := range f.Referrers {
			if public && r.Visitors < K {
				continue
			}
			x := refs[r.Host]
			if x == nil {
				x = &HostCount{Host: r.Host}
				refs[r.Host] = x
			}
			x.Count += r.Count
			x.Visitors += r.Visitors
		}
	}
	s.TimeOnPage.finish()
	s.Documents = top(docs, n, func(a, b DocCount) int {
		return cmp.Or(cmp.Compare(b.Views, a.Views), cmp.Compare(a.Org, b.Org), cmp.Compare(a.ID, b.ID))
	})
	for i := range s.Documents {
		s.Documents[i].finish()
	}
	s.Departments = top(depts, n, func(a, b DeptCount) int {
		return cmp.Or(cmp.Compare(b.Views, a.Views), cmp.Compare(a.Org, b.Org), cmp.Compare(a.Code, b.Code))
	})
	byUse := func(a, b QueryCount) int {
		return cmp.Or(cmp.Compare(b.Visitors, a.Visitors), cmp.Compare(b.Count, a.Count), cmp.Compare(a.Query, b.Query))
	}
	all := top(queries, len(queries), byUse)
	s.Searches = all[:min(n, len(all))]
	s.NoResults = []QueryCount{}
	for _, q := range all {
		if q.NoResults && len(s.NoResults) < n {
			s.NoResults = append(s.NoResults, q)
		}
	}
	s.Referrers = top(refs, n, func(a, b HostCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Host, b.Host))
	})
	return s
}

func top[K comparable, V any](m map[K]*V, n int, by func(a, b V) int) []V {
	out := make([]V, 0, len(m))
	for _, v := range m {
		out = append(out, *v)
	}
	slices.SortFunc(out, by)
	return out[:min(n, len(out))]
}

// Scope keeps of each day what belongs to one organization: its
// documents and departments, and the page views and time on page they
// add up to. The rest (visitors, devices, requests, searches, referrers)
// is the portal's, which every organization shares, and stays as it is.
func Scope(days []Figures, org string) []Figures {
	out := make([]Figures, len(days))
	for i, f := range days {
		// Plain loops: generic filters would cost the api's bootstrap
		// code for each element type.
		docs, depts := f.Documents, f.Departments
		f.Documents, f.Departments = []DocCount{}, []DeptCount{}
		f.PageViews, f.TimeOnPage = 0, Timing{}
		for _, d := range docs {
			if d.Org == org {
				f.Documents = append(f.Documents, d)
				f.PageViews += d.Views
				f.TimeOnPage.Beacons += d.Beacons
				f.TimeOnPage.Millis += d.Millis
			}
		}
		for _, d := range depts {
			if d.Org == org {
				f.Departments = append(f.Departments, d)
			}
		}
		out[i] = f
	}
	return out
}
