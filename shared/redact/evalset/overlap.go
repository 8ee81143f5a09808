package evalset

import (
	"fmt"
	"io"
)

// OverlapReport scores a detector that flags rather than masks, such as
// layer 2: an item counts as caught when any flag overlaps it.
type OverlapReport struct {
	Caught, Planted map[string]int
	Flags           int // all flags
	Stray           int // flags on no planted item
	NegativesHit    int // flags on a hard negative
	Negatives       int
	Misses          []string
}

// ScoreOverlap runs det over docs.
func ScoreOverlap(docs []Doc, det Redactor) OverlapReport {
	rep := OverlapReport{Caught: map[string]int{}, Planted: map[string]int{}}
	for _, d := range docs {
		fs := det(d.Text, d.Exempt)
		rep.Flags += len(fs)
		for _, it := range d.Items {
			rep.Planted[it.Type]++
			caught := false
			for _, f := range fs {
				if f.Start < it.End && it.Start < f.End {
					caught = true
					break
				}
			}
			if caught {
				rep.Caught[it.Type]++
			} else {
				rep.Misses = append(rep.Misses, fmt.Sprintf("%s %s [%s] %q in %q", d.ID, it.Type, it.Form, d.Text[it.Start:it.End], window(d.Text, it.Start, it.End)))
			}
		}
		for _, f := range fs {
			on := false
			for _, it := range d.Items {
				if f.Start < it.End && it.Start < f.End {
					on = true
					break
				}
			}
			if !on {
				rep.Stray++
			}
		}
		for _, n := range d.Negatives {
			rep.Negatives++
			for _, f := range fs {
				if f.Start < n.End && n.Start < f.End {
					rep.NegativesHit++
					break
				}
			}
		}
	}
	return rep
}

// Rate returns the share of planted items of typ that were caught, or of
// all items when typ is "".
func (r OverlapReport) Rate(typ string) float64 {
	if typ != "" {
		return ratio(r.Caught[typ], r.Planted[typ])
	}
	c, p := 0, 0
	for t, n := range r.Planted {
		p += n
		c += r.Caught[t]
	}
	return ratio(c, p)
}

// Print writes the per-type catch rates.
func (r OverlapReport) Print(w io.Writer) {
	for _, t := range AllTypes {
		fmt.Fprintf(w, "  %-16s %4d/%4d = %.4f\n", t, r.Caught[t], r.Planted[t], r.Rate(t))
	}
	fmt.Fprintf(w, "  %-16s %.4f; flags %d, stray %d, hard negatives flagged %d/%d\n", "overall", r.Rate(""), r.Flags, r.Stray, r.NegativesHit, r.Negatives)
}
