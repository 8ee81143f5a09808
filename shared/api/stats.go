package api

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/search"
)

// RatioDefinition says in words what ReleaseRatio computes; the API
// documents and the responses carry the same sentence.
const RatioDefinition = "release_ratio = published ÷ (received − format_rejected); 0 when nothing remains"

// Ratio is the release ratio, defined once for every figure Plaza
// publishes: the documents published (in full or in part) over the
// documents received, less those rejected for format faults (FormatFault),
// which were never documents of the organization. 0 when nothing remains.
func Ratio(published, received, formatRejected int) float64 {
	base := received - formatRejected
	if base <= 0 {
		return 0
	}
	return float64(published) / float64(base)
}

// formatFaults are the reason prefixes of rejections for format faults:
// the envelope itself (envelope.missing_field:title, envelope.not_utf8…),
// the inbox object (inbox.not_regular:symlink) or its sender
// (sender.wrong_organization…).
var formatFaults = []string{"envelope.", "inbox.", "sender."}

// FormatFault reports whether a rejection's reason is a format fault: what
// was refused never became a document of the organization, so the release
// ratio leaves it out. A document sent back by review (review.sent_back)
// was the department's, and stays in.
func FormatFault(reason string) bool {
	for _, p := range formatFaults {
		if strings.HasPrefix(reason, p) {
			return true
		}
	}
	return false
}

// ReleaseCounts are the ledger counts of one department, one organization
// or all of them. Received counts every record the ledger has; the states
// split it.
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
	// FormatRejected counts the rejections for format faults (a part of
	// Rejected), which the ratio leaves out.
	FormatRejected int `json:"format_rejected"`
	// RatioBase is Received − FormatRejected, the ratio's denominator.
	RatioBase int `json:"ratio_base"`
	// ReleaseRatio is Ratio(Published, Received, FormatRejected).
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
		if FormatFault(r.Reason) {
			c.FormatRejected++
		}
	case ledger.Retracted:
		c.Retracted++
	default:
		c.Pending++
	}
}

func (c *ReleaseCounts) ratio() {
	c.RatioBase = c.Received - c.FormatRejected
	c.ReleaseRatio = Ratio(c.Published, c.Received, c.FormatRejected)
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
}

// ReleaseStats is GET /api/stats/release.
type ReleaseStats struct {
	// Org is the organization asked for; absent for every organization.
	Org             string            `json:"org,omitempty"`
	GeneratedAt     time.Time         `json:"generated_at"`
	RatioDefinition string            `json:"ratio_definition"`
	Total           ReleaseCounts     `json:"total"`
	Organizations   []OrgStats        `json:"organizations"`
	Departments     []DepartmentStats `json:"departments"`
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

type cachedStats struct {
	at    time.Time
	stats ReleaseStats
}

// ledgerPage is how many records one List call asks for.
const ledgerPage = 1000

func (h *Handler) releaseStats(w http.ResponseWriter, r *http.Request) {
	o, bad := orgFilter(r.URL.Query())
	if bad != nil {
		bad.write(w)
		return
	}
	c, err := h.cachedStats(r, o)
	if err != nil {
		h.opError(w, r, "release stats", err)
		return
	}
	writeCachedJSON(w, c.stats, int(h.d.StatsTTL/time.Second))
}

func (h *Handler) orgComparison(w http.ResponseWriter, r *http.Request) {
	c, err := h.cachedStats(r, "")
	if err != nil {
		h.opError(w, r, "organization comparison", err)
		return
	}
	writeCachedJSON(w, h.compare(c.stats), int(h.d.StatsTTL/time.Second))
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

// maxCachedOrgs bounds the cache: the organization is a request parameter.
const maxCachedOrgs = 256

// cachedStats returns fresh-enough statistics for one organization, or
// every organization ("" ). Computations are serialised (a ledger scan is
// the most expensive thing a citizen can ask for), and a request that
// waited finds the result of the one before it.
func (h *Handler) cachedStats(r *http.Request, o string) (cachedStats, error) {
	fresh := func() (cachedStats, bool) {
		now := h.d.Now()
		h.statsMu.Lock()
		defer h.statsMu.Unlock()
		c, ok := h.stats[o]
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
	st, err := h.computeStats(r.Context(), o, now)
	if err != nil {
		return cachedStats{}, err
	}
	h.nameStats(r.Context(), &st)
	c := cachedStats{at: now, stats: st}
	h.statsMu.Lock()
	if len(h.stats) >= maxCachedOrgs {
		clear(h.stats)
	}
	h.stats[o] = c
	h.statsMu.Unlock()
	return c, nil
}

// nameStats names organizations and departments from the organizations'
// files, and a department no file lists (one renamed or removed since)
// from the index, whose facets carry the name its documents use. Without
// names the codes alone are still correct, so a search failure is not
// fatal.
func (h *Handler) nameStats(ctx context.Context, st *ReleaseStats) {
	for i := range st.Organizations {
		st.Organizations[i].Name = h.orgName(st.Organizations[i].Code)
	}
	missing := false
	for i := range st.Departments {
		d := &st.Departments[i]
		if h.d.Orgs != nil {
			if o, ok := h.d.Orgs.Get(d.Org); ok {
				if dep, ok := o.Department(d.Code); ok {
					d.Name = dep.Name
				}
			}
		}
		missing = missing || d.Name == ""
	}
	if !missing {
		return
	}
	res, err := h.d.Search.Search(ctx, search.Query{Org: st.Org, Size: 1}.Normalize())
	if err != nil {
		h.log(ctx).Warn("department names from the index", "error", err.Error())
		return
	}
	type key struct{ org, code string }
	names := map[key]string{}
	for _, f := range res.Facets[search.FacetDepartment] {
		names[key{f.Org, f.Value}] = f.Label
	}
	for i := range st.Departments {
		if d := &st.Departments[i]; d.Name == "" {
			d.Name = names[key{d.Org, d.Code}]
		}
	}
}

// computeStats scans the ledger, of one organization or all. The monitor
// keeps the same numbers on a schedule; this is the on-demand view,
// cached.
func (h *Handler) computeStats(ctx context.Context, o string, now time.Time) (ReleaseStats, error) {
	st := ReleaseStats{Org: o, GeneratedAt: now, RatioDefinition: RatioDefinition,
		Organizations: []OrgStats{}, Departments: []DepartmentStats{}}
	type deptKey struct{ org, code string }
	orgs := map[string]*OrgStats{}
	depts := map[deptKey]*ReleaseCounts{}
	after := ""
	for {
		recs, next, err := h.d.Ledger.List(ctx, ledger.Filter{Org: o, After: after, Limit: ledgerPage})
		if err != nil {
			return st, fmt.Errorf("release stats: %w", err)
		}
		for _, rec := range recs {
			if o != "" && rec.Org != o {
				continue
			}
			st.Total.add(rec)
			oc := orgs[rec.Org]
			if oc == nil {
				oc = &OrgStats{Code: rec.Org}
				orgs[rec.Org] = oc
			}
			oc.add(rec)
			if rec.Department == "" {
				oc.WithoutDepartment.add(rec)
				continue
			}
			k := deptKey{rec.Org, rec.Department}
			c := depts[k]
			if c == nil {
				c = &ReleaseCounts{}
				depts[k] = c
			}
			c.add(rec)
		}
		if next == "" || next == after {
			break
		}
		after = next
	}
	st.Total.ratio()
	for _, oc := range orgs {
		oc.ratio()
		oc.WithoutDepartment.ratio()
		st.Organizations = append(st.Organizations, *oc)
	}
	for k, c := range depts {
		c.ratio()
		st.Departments = append(st.Departments, DepartmentStats{Org: k.org, Code: k.code, ReleaseCounts: *c})
	}
	slices.SortFunc(st.Organizations, func(a, b OrgStats) int { return strings.Compare(a.Code, b.Code) })
	slices.SortFunc(st.Departments, func(a, b DepartmentStats) int {
		return cmp.Or(strings.Compare(a.Org, b.Org), strings.Compare(a.Code, b.Code))
	})
	return st, nil
}
