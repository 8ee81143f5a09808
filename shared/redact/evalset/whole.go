package evalset

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Decider is the whole protection as the pipeline applies it to a text:
// the layer-1 findings (what is masked) and whether the document goes to
// review instead of being published (layer 2's doubts, layer 1's guesses).
type Decider func(text string, exempt []string) (findings []Finding, review bool)

// Rate is a count out of a total.
type Rate struct {
	N, Of int
}

// Value returns N/Of, or 1 for an empty total.
func (r Rate) Value() float64 { return ratio(r.N, r.Of) }

func (r Rate) String() string { return fmt.Sprintf("%d/%d = %.4f", r.N, r.Of, r.Value()) }

// WholeReport scores whole documents through a Decider: recall and hard
// negatives as Report does, and what the pipeline would do with each
// document.
type WholeReport struct {
	Report
	// ByPlace is recall by where an item sits (the part of its Form before
	// ':' or '+': table.pipe, kv, speaker …); ByQuality by each quality
	// after '+' (particle, spaced, latin, criminal …); ByKind by document
	// kind.
	ByPlace, ByQuality, ByKind map[string]*Rate
	// ByTypeQuality is recall by type and quality ("address/wrapped"),
	// which says what a low quality figure is made of without showing
	// the items (a held-out set may be looked at only in aggregate).
	ByTypeQuality map[string]*Rate
	// ReviewPII and ReviewClean are the documents sent to review among
	// those with personal data and those without.
	ReviewPII, ReviewClean Rate
	// LeakyPublished is the documents that would be published (not sent
	// to review) with at least one item left unmasked, out of all that
	// would be published.
	LeakyPublished Rate
	// Leaks lists the items left unmasked in published documents.
	Leaks []string
	// Reviewed lists why clean documents went to review, for tuning.
	ReviewedClean []string
	// ReviewedPII lists the documents with personal data sent to review;
	// ReviewedLeaky counts those of them with an item left unmasked,
	// which review is there to catch.
	ReviewedPII   []string
	ReviewedLeaky int
}

// ScoreWhole runs d over docs and scores it.
func ScoreWhole(docs []Doc, d Decider) WholeReport {
	rep := WholeReport{ByPlace: map[string]*Rate{}, ByQuality: map[string]*Rate{}, ByKind: map[string]*Rate{}, ByTypeQuality: map[string]*Rate{}}
	var fs [][]Finding
	var reviews []bool
	rep.Report = Score(docs, func(text string, exempt []string) []Finding {
		f, review := d(text, exempt)
		fs = append(fs, f)
		reviews = append(reviews, review)
		return f
	})
	bump := func(m map[string]*Rate, k string, found bool) {
		r := m[k]
		if r == nil {
			r = &Rate{}
			m[k] = r
		}
		r.Of++
		if found {
			r.N++
		}
	}
	for i, doc := range docs {
		covered := make([]string, len(doc.Text))
		for _, f := range fs[i] {
			for k := max(0, f.Start); k < f.End && k < len(doc.Text); k++ {
				covered[k] = f.Type
			}
		}
		leaks := 0
		for _, it := range doc.Items {
			found := true
			for k, c := range doc.Text[it.Start:it.End] {
				if mustCover(it.Type, c) && covered[it.Start+k] == "" {
					found = false
					break
				}
			}
			place, qualities := splitForm(it.Form)
			bump(rep.ByPlace, place, found)
			for _, q := range qualities {
				bump(rep.ByQuality, q, found)
				bump(rep.ByTypeQuality, it.Type+"/"+q, found)
			}
			bump(rep.ByKind, doc.Kind, found)
			if !found {
				leaks++
				if !reviews[i] {
					rep.Leaks = append(rep.Leaks, fmt.Sprintf("%s %s [%s] %q in %q", doc.ID, it.Type, it.Form, doc.Text[it.Start:it.End], window(doc.Text, it.Start, it.End)))
				}
			}
		}
		if len(doc.Items) > 0 {
			rep.ReviewPII.Of++
			if reviews[i] {
				rep.ReviewPII.N++
				rep.ReviewedPII = append(rep.ReviewedPII, doc.ID)
				if leaks > 0 {
					rep.ReviewedLeaky++
				}
			}
		} else {
			rep.ReviewClean.Of++
			if reviews[i] {
				rep.ReviewClean.N++
				rep.ReviewedClean = append(rep.ReviewedClean, doc.ID)
			}
		}
		if !reviews[i] {
			rep.LeakyPublished.Of++
			if leaks > 0 {
				rep.LeakyPublished.N++
			}
		}
	}
	return rep
}

// splitForm splits "table.pipe:성명+particle:에게+criminal" into its place
// ("table.pipe") and its qualities ("particle", "criminal").
func splitForm(form string) (string, []string) {
	parts := strings.Split(form, "+")
	place := parts[0]
	if k := strings.IndexByte(place, ':'); k >= 0 {
		place = place[:k]
	}
	var qs []string
	for _, q := range parts[1:] {
		if k := strings.IndexByte(q, ':'); k >= 0 {
			q = q[:k]
		}
		qs = append(qs, q)
	}
	return place, qs
}

// Print writes the report.
func (r WholeReport) Print(w io.Writer) {
	r.Report.Print(w)
	fmt.Fprintf(w, "published with a leak: %s\n", r.LeakyPublished)
	fmt.Fprintf(w, "review rate, documents with personal data: %s\n", r.ReviewPII)
	fmt.Fprintf(w, "review rate, documents without: %s\n", r.ReviewClean)
	for _, g := range []struct {
		name string
		m    map[string]*Rate
	}{{"place", r.ByPlace}, {"quality", r.ByQuality}, {"kind", r.ByKind}} {
		keys := make([]string, 0, len(g.m))
		for k := range g.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(w, "recall by %s:", g.name)
		for _, k := range keys {
			fmt.Fprintf(w, " %s %d/%d", k, g.m[k].N, g.m[k].Of)
		}
		fmt.Fprintln(w)
	}
	keys := make([]string, 0, len(r.ByTypeQuality))
	for k, v := range r.ByTypeQuality {
		if v.N < v.Of {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Fprintf(w, "missed by type and quality:")
	for _, k := range keys {
		fmt.Fprintf(w, " %s %d/%d", k, r.ByTypeQuality[k].N, r.ByTypeQuality[k].Of)
	}
	fmt.Fprintln(w)
}
