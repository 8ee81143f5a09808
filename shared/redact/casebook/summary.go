package casebook

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Summary counts what a set of documents holds.
type Summary struct {
	Docs, Clean int
	// Kinds counts documents; Types, Places and Qualities count labelled
	// items; Negatives counts hard negatives by kind.
	Kinds, Types, Places, Qualities, Negatives map[string]int
}

// Summarize counts docs by kind, their items by type, place and quality,
// and their hard negatives by kind.
func Summarize(docs []evalset.Doc) Summary {
	s := Summary{Docs: len(docs), Kinds: map[string]int{}, Types: map[string]int{}, Places: map[string]int{}, Qualities: map[string]int{}, Negatives: map[string]int{}}
	for _, d := range docs {
		s.Kinds[d.Kind]++
		if len(d.Items) == 0 {
			s.Clean++
		}
		for _, it := range d.Items {
			s.Types[it.Type]++
			s.Places[Place(it.Form)]++
			for _, q := range Qualities(it.Form) {
				s.Qualities[q]++
			}
		}
		for _, n := range d.Negatives {
			s.Negatives[n.Kind]++
		}
	}
	return s
}

// Place is the part of a form before its header and qualities.
func Place(form string) string {
	if i := strings.IndexAny(form, ":+"); i >= 0 {
		return form[:i]
	}
	return form
}

// Qualities lists the "+" flags of a form.
func Qualities(form string) []string {
	parts := strings.Split(form, "+")
	return parts[1:]
}

// Print writes the counts, largest first.
func (s Summary) Print(w io.Writer) {
	fmt.Fprintf(w, "documents %d, without personal data %d (%.1f%%)\n", s.Docs, s.Clean, 100*float64(s.Clean)/float64(max(1, s.Docs)))
	section := func(title string, m map[string]int) {
		total := 0
		for _, v := range m {
			total += v
		}
		fmt.Fprintf(w, "\n%s (%d)\n", title, total)
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if m[keys[i]] != m[keys[j]] {
				return m[keys[i]] > m[keys[j]]
			}
			return keys[i] < keys[j]
		})
		for _, k := range keys {
			fmt.Fprintf(w, "  %-24s %6d\n", k, m[k])
		}
	}
	section("kinds", s.Kinds)
	section("items by type", s.Types)
	section("items by place", s.Places)
	section("items by quality", s.Qualities)
	section("hard negatives by kind", s.Negatives)
}
