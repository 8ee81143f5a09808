package review

import (
	"sort"

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

// Marks places layer 1's findings in the masked fields (redact.Place:
// each by its mask, so that a reviewer's masks do not shift them). A
// finding whose mask is no longer there (a reviewer masked over it) is
// left out.
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
		fs := byField[name]
		sort.SliceStable(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
		plain := make([]redact.Finding, len(fs))
		for i, f := range fs {
			plain[i] = f.Finding
		}
		for i, at := range redact.Place(original[name], masked[name], plain) {
			if at[0] >= 0 {
				out = append(out, Mark{Field: name, Type: fs[i].Type, Rule: fs[i].Rule, Start: at[0], End: at[1]})
			}
		}
	}
	return out
}
