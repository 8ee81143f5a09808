package evalset

import (
	"fmt"
	"io"
	"sort"
	"unicode/utf8"
)

// Finding is what a redactor reports: a type and a byte span of the
// input.
type Finding struct {
	Type       string
	Start, End int
}

// Redactor is the redactor under test: it returns its findings for text.
type Redactor func(text string, exempt []string) []Finding

// TypeScore is precision and recall for one type.
type TypeScore struct {
	Type      string  `json:"type"`
	Planted   int     `json:"planted"`
	Found     int     `json:"found"`  // planted items fully covered
	Masked    int     `json:"masked"` // covered by a finding of any type
	Findings  int     `json:"findings"`
	TruePos   int     `json:"true_positives"` // findings on a planted item of this type
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// Report is the score of a redactor on a set.
type Report struct {
	Types          []TypeScore    `json:"types"`
	Planted        int            `json:"planted"`
	Found          int            `json:"found"`
	Recall         float64        `json:"recall"`
	Precision      float64        `json:"precision"`
	Negatives      int            `json:"negatives"`
	Untouched      int            `json:"untouched"`
	NegativeRate   float64        `json:"negative_rate"`
	TouchedByKind  map[string]int `json:"touched_by_kind"`
	Misses         []string       `json:"-"`
	FalsePositives []string       `json:"-"`
}

// mustCover reports whether rune c of an item of type typ must lie inside
// a finding for the item to count as found: digits and Latin letters
// (ASCII or full-width) for every type, Hangul as well for names, every
// visible character of an e-mail address. Invisible characters never.
func mustCover(typ string, c rune) bool {
	switch {
	case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return true
	case c >= 0xFF10 && c <= 0xFF19, c >= 0xFF21 && c <= 0xFF3A, c >= 0xFF41 && c <= 0xFF5A:
		return true
	case c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD || c == 0x2060:
		return false
	}
	switch typ {
	case tName:
		return c >= 0x80
	case tEmail:
		return c == '@' || c == '.' || c >= 0x80
	}
	return false
}

// Score runs red over docs and scores it.
func Score(docs []Doc, red Redactor) Report {
	per := map[string]*TypeScore{}
	for _, t := range AllTypes {
		per[t] = &TypeScore{Type: t}
	}
	rep := Report{TouchedByKind: map[string]int{}}
	for _, d := range docs {
		fs := red(d.Text, d.Exempt)
		covered := make([]string, len(d.Text)) // type covering each byte
		for _, f := range fs {
			for i := max(0, f.Start); i < f.End && i < len(d.Text); i++ {
				covered[i] = f.Type
			}
			ts := per[f.Type]
			if ts == nil {
				ts = &TypeScore{Type: f.Type}
				per[f.Type] = ts
			}
			ts.Findings++
			hit := false
			for _, it := range d.Items {
				if it.Type == f.Type && f.Start < it.End && it.Start < f.End {
					hit = true
					break
				}
			}
			if hit {
				ts.TruePos++
			} else {
				rep.FalsePositives = append(rep.FalsePositives, fmt.Sprintf("%s %s %q in %q", d.ID, f.Type, d.Text[f.Start:f.End], window(d.Text, f.Start, f.End)))
			}
		}
		for _, it := range d.Items {
			ts := per[it.Type]
			ts.Planted++
			same, any := true, true
			for i, c := range d.Text[it.Start:it.End] {
				i += it.Start
				if !mustCover(it.Type, c) {
					continue
				}
				if covered[i] == "" {
					any = false
				}
				if covered[i] != it.Type {
					same = false
				}
			}
			if same {
				ts.Found++
			} else {
				rep.Misses = append(rep.Misses, fmt.Sprintf("%s %s [%s] %q in %q", d.ID, it.Type, it.Form, d.Text[it.Start:it.End], window(d.Text, it.Start, it.End)))
			}
			if any {
				ts.Masked++
			}
		}
		for _, n := range d.Negatives {
			rep.Negatives++
			touched := false
			for _, f := range fs {
				if f.Start < n.End && n.Start < f.End {
					touched = true
				}
			}
			if touched {
				rep.TouchedByKind[n.Kind]++
				rep.FalsePositives = append(rep.FalsePositives, fmt.Sprintf("%s negative %s %q", d.ID, n.Kind, d.Text[n.Start:n.End]))
			} else {
				rep.Untouched++
			}
		}
	}
	var tp, nf int
	for _, t := range AllTypes {
		ts := per[t]
		finish(ts)
		rep.Types = append(rep.Types, *ts)
		rep.Planted += ts.Planted
		rep.Found += ts.Found
		tp += ts.TruePos
		nf += ts.Findings
	}
	// Findings of types the set does not plant count against precision.
	var extra []string
	for t := range per {
		if !contains(AllTypes, t) {
			extra = append(extra, t)
		}
	}
	sort.Strings(extra)
	for _, t := range extra {
		ts := per[t]
		finish(ts)
		rep.Types = append(rep.Types, *ts)
		nf += ts.Findings
	}
	rep.Recall = ratio(rep.Found, rep.Planted)
	rep.Precision = ratio(tp, nf)
	rep.NegativeRate = ratio(rep.Untouched, rep.Negatives)
	return rep
}

func finish(ts *TypeScore) {
	ts.Recall = ratio(ts.Found, ts.Planted)
	ts.Precision = ratio(ts.TruePos, ts.Findings)
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func window(s string, a, b int) string {
	a = max(0, a-30)
	b = min(len(s), b+30)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	return s[a:b]
}

// Print writes the report as a table.
func (r Report) Print(w io.Writer) {
	fmt.Fprintf(w, "%-16s %8s %8s %8s %9s %7s %7s\n", "type", "planted", "found", "masked", "findings", "prec", "recall")
	for _, t := range r.Types {
		fmt.Fprintf(w, "%-16s %8d %8d %8d %9d %7.4f %7.4f\n", t.Type, t.Planted, t.Found, t.Masked, t.Findings, t.Precision, t.Recall)
	}
	fmt.Fprintf(w, "%-16s %8d %8d %8s %9s %7.4f %7.4f\n", "overall", r.Planted, r.Found, "", "", r.Precision, r.Recall)
	fmt.Fprintf(w, "hard negatives untouched: %d/%d = %.4f\n", r.Untouched, r.Negatives, r.NegativeRate)
	if len(r.TouchedByKind) > 0 {
		fmt.Fprintf(w, "touched negatives by kind: %v\n", r.TouchedByKind)
	}
}
