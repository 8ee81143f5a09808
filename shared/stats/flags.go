package stats

import (
	"cmp"
	"fmt"
	"slices"
)

// FlagOptions tune the low-ratio flags.
type FlagOptions struct {
	// Margin is how far, in ratio points (0.10: ten points), a
	// department's release ratio may fall below its organization's before
	// it is flagged.
	Margin float64 `json:"margin"`
	// ItemMargin is how far a department's share of documents closed
	// citing one item may rise above its organization's before it is
	// flagged.
	ItemMargin float64 `json:"item_margin"`
	// MinBase is the fewest documents (ratio base) a department needs to
	// be flagged at all: three documents make no ratio.
	MinBase int `json:"min_base"`
}

// DefaultFlags are the options when none are configured: ten points
// below the organization, fifteen points more closures under one item,
// and at least ten documents.
var DefaultFlags = FlagOptions{Margin: 0.10, ItemMargin: 0.15, MinBase: 10}

func (o FlagOptions) orDefault() FlagOptions {
	if o.Margin <= 0 {
		o.Margin = DefaultFlags.Margin
	}
	if o.ItemMargin <= 0 {
		o.ItemMargin = DefaultFlags.ItemMargin
	}
	if o.MinBase <= 0 {
		o.MinBase = DefaultFlags.MinBase
	}
	return o
}

// Flag kinds.
const (
	// FlagLowRatio: the department's ratio is below its organization's by
	// more than the margin.
	FlagLowRatio = "low_ratio"
	// FlagClosedItem: the department closes documents under one item far
	// more often than its organization does.
	FlagClosedItem = "closed_item"
)

// Flag is one department flagged, with the figures that justify it.
type Flag struct {
	Org        string `json:"org"`
	Department string `json:"department"`
	Kind       string `json:"kind"`
	// Item is the exemption item of a closed_item flag.
	Item string `json:"item,omitempty"`
	// Value and OrgValue are what is compared: the two ratios of a
	// low_ratio flag, the two shares of a closed_item flag (documents
	// closed citing Item ÷ ratio base).
	Value    float64 `json:"value"`
	OrgValue float64 `json:"org_value"`
	Margin   float64 `json:"margin"`
	// Count and Base are the department's figures behind Value
	// (published or closed citing Item, over its ratio base); OrgCount
	// and OrgBase the organization's.
	Count    int `json:"count"`
	Base     int `json:"base"`
	OrgCount int `json:"org_count"`
	OrgBase  int `json:"org_base"`
	// Why says it in a sentence.
	Why string `json:"why"`
}

func share(n, base int) float64 {
	if base <= 0 {
		return 0
	}
	return float64(n) / float64(base)
}

// Flags returns the flags of the departments of t, each compared with its
// own organization over the same range: lowest ratio first.
func Flags(t *Table, o FlagOptions) []Flag {
	o = o.orDefault()
	var out []Flag
	for _, k := range t.DeptKeys() {
		d, org := t.Depts[k], t.Orgs[k.Org]
		if org == nil || d.Base() < o.MinBase {
			continue
		}
		if r, or := d.Ratio(), org.Ratio(); or-r > o.Margin {
			out = append(out, Flag{Org: k.Org, Department: k.Dept, Kind: FlagLowRatio, Value: r, OrgValue: or, Margin: o.Margin,
				Count: d.Published, Base: d.Base(), OrgCount: org.Published, OrgBase: org.Base(),
				Why: fmt.Sprintf("release ratio %.1f%% (%d of %d) is %.1f points below the organization's %.1f%% (%d of %d); the margin is %.1f points",
					100*r, d.Published, d.Base(), 100*(or-r), 100*or, org.Published, org.Base(), 100*o.Margin)})
		}
		for _, item := range slices.Sorted(func(yield func(string) bool) {
			for it := range d.ClosedBy {
				if !yield(it) {
					return
				}
			}
		}) {
			s, os := share(d.ClosedBy[item], d.Base()), share(org.ClosedBy[item], org.Base())
			if s-os > o.ItemMargin {
				out = append(out, Flag{Org: k.Org, Department: k.Dept, Kind: FlagClosedItem, Item: item, Value: s, OrgValue: os, Margin: o.ItemMargin,
					Count: d.ClosedBy[item], Base: d.Base(), OrgCount: org.ClosedBy[item], OrgBase: org.Base(),
					Why: fmt.Sprintf("%.1f%% of its documents (%d of %d) are closed citing item %s, against %.1f%% (%d of %d) in the organization; the margin is %.1f points",
						100*s, d.ClosedBy[item], d.Base(), item, 100*os, org.ClosedBy[item], org.Base(), 100*o.ItemMargin)})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Flag) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Value-a.OrgValue, b.Value-b.OrgValue))
	})
	return out
}

// Ranked is one department in a ranking.
type Ranked struct {
	Org        string `json:"org"`
	Department string `json:"department"`
	// Rank orders by release ratio, highest first; equal ratios share a
	// rank. 0 for a department below the ranking's minimum base.
	Rank int `json:"rank,omitempty"`
	Group
	// Flags counts the department's flags over the same period.
	Flags int `json:"flags"`
}

// Ranking ranks the departments of t by release ratio within their
// organization, as the evaluation councils read it: those with fewer than
// o.MinBase documents are listed last, unranked.
func Ranking(t *Table, o FlagOptions) []Ranked {
	o = o.orDefault()
	flags := map[DeptKey]int{}
	for _, f := range Flags(t, o) {
		flags[DeptKey{f.Org, f.Department}]++
	}
	var out []Ranked
	for _, k := range t.DeptKeys() {
		out = append(out, Ranked{Org: k.Org, Department: k.Dept, Group: *t.Depts[k], Flags: flags[k]})
	}
	ranked := func(r Ranked) bool { return r.RatioBase >= o.MinBase }
	slices.SortStableFunc(out, func(a, b Ranked) int {
		if c := cmp.Compare(a.Org, b.Org); c != 0 {
			return c
		}
		if ranked(a) != ranked(b) {
			if ranked(a) {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.ReleaseRatio, a.ReleaseRatio)
	})
	for i := range out {
		r := &out[i]
		switch {
		case !ranked(*r):
		case i > 0 && out[i-1].Org == r.Org && out[i-1].Rank > 0 && out[i-1].ReleaseRatio == r.ReleaseRatio:
			r.Rank = out[i-1].Rank
		case i > 0 && out[i-1].Org == r.Org && out[i-1].Rank > 0:
			r.Rank = i - first(out, r.Org) + 1
		default:
			r.Rank = 1
		}
	}
	return out
}

// first is the index of org's first row in a ranking sorted by org.
func first(rs []Ranked, org string) int {
	i, _ := slices.BinarySearchFunc(rs, org, func(r Ranked, o string) int { return cmp.Compare(r.Org, o) })
	return i
}
