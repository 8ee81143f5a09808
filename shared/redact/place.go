package redact

import (
	"sort"
	"strings"
)

// Place finds where each finding's mask stands in masked, the text that
// masking original produced (the findings' offsets are bytes into
// original). Masks change a value's length (minjun@example.org →
// m***@example.org), and a reviewer's later masks change the text again,
// so each finding is placed by its mask, made by the one rule from the
// original value and searched for after the previous finding's. The i-th
// pair is findings[i]'s start and end in masked; a finding whose mask is
// not there (masked over since) gets {-1, -1}.
func Place(original, masked string, findings []Finding) [][2]int {
	out := make([][2]int, len(findings))
	order := make([]int, len(findings))
	for i := range findings {
		order[i] = i
		out[i] = [2]int{-1, -1}
	}
	sort.SliceStable(order, func(a, b int) bool { return findings[order[a]].Start < findings[order[b]].Start })
	at := 0
	for _, i := range order {
		f := findings[i]
		if f.Start < 0 || f.End > len(original) || f.Start >= f.End {
			continue
		}
		m := Mask(f.Type, original[f.Start:f.End])
		j := strings.Index(masked[at:], m)
		if j < 0 {
			continue
		}
		out[i] = [2]int{at + j, at + j + len(m)}
		at += j + len(m)
	}
	return out
}
