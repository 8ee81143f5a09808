package review

import (
	"sort"
	"strings"

	"github.com/seoul-plaza/plaza/shared/redact"
)

// Mark locates one of layer 1's masks in a published field: its type and
// rule, and byte offsets into the field's masked text. It carries no
// value, so staff screens can say what each mask hides without the
// original.
type Mark struct {
	Field string `json:"field"`
	Type  string `json:"type"`
	Rule  string `json:"rule,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Found is one layer-1 finding in a field: offsets into the field's
// original text.
type Found struct {
	Field string
	redact.Finding
}

// Marks places layer 1's findings in the masked fields. Masks change a
// value's length (minjun@example.org → m***@example.org), and a reviewer's
// masks change it again, so each finding is placed by its mask, made by
// Plaza's one rule from the original value and searched for in the
// masked text after the previous one's. A finding whose mask is no longer
// there (a reviewer masked over it) is left out.
func Marks(original, masked map[string]string, found []Found) []Mark {
	byField := map[string][]Found{}
	for _, f := range found {
		byField[f.Field] = append(byField[f.Field], f)
	}
	fields := make([]string, 0, len(byField))
	for name := range byField {
		fields = append(fields, name)
	}
	sort.Strings(fields)
	out := []Mark{}
	for _, name := range fields {
		orig, text := original[name], masked[name]
		fs := byField[name]
		sort.Slice(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
		at := 0
		for _, f := range fs {
			if f.Start < 0 || f.End > len(orig) || f.Start >= f.End {
				continue
			}
			m := redact.Mask(f.Type, orig[f.Start:f.End])
			i := strings.Index(text[at:], m)
			if i < 0 {
				continue
			}
			start := at + i
			out = append(out, Mark{Field: name, Type: f.Type, Rule: f.Rule, Start: start, End: start + len(m)})
			at = start + len(m)
		}
	}
	return out
}
