package tenthset_test

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
	"github.com/seoul-plaza/plaza/shared/redact/tenthset"
)

const n = 360

func set(t *testing.T) []evalset.Doc {
	t.Helper()
	return tenthset.Generate(1, n)
}

// spanOK reports whether [a,b) lies on text, on rune boundaries, and has
// no space at either end.
func spanOK(text string, a, b int) bool {
	if a < 0 || b > len(text) || a >= b {
		return false
	}
	if !utf8.RuneStart(text[a]) || (b < len(text) && !utf8.RuneStart(text[b])) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[a:])
	last, _ := utf8.DecodeLastRuneInString(text[:b])
	return !unicode.IsSpace(first) && !unicode.IsSpace(last)
}

func TestSpans(t *testing.T) {
	for _, d := range set(t) {
		if !utf8.ValidString(d.Text) {
			t.Fatalf("%s: text is not UTF-8", d.ID)
		}
		items := slices.Clone(d.Items)
		sort.Slice(items, func(i, j int) bool { return items[i].Start < items[j].Start })
		for k, it := range items {
			if !spanOK(d.Text, it.Start, it.End) {
				t.Errorf("%s: item %s %d:%d badly placed", d.ID, it.Type, it.Start, it.End)
				continue
			}
			if k > 0 && items[k-1].End > it.Start {
				t.Errorf("%s: items %q and %q overlap", d.ID, d.Text[items[k-1].Start:items[k-1].End], d.Text[it.Start:it.End])
			}
			if !strings.Contains(it.Form, ":") {
				t.Errorf("%s: form %q is not place:label", d.ID, it.Form)
			}
		}
		for _, ng := range d.Negatives {
			if !spanOK(d.Text, ng.Start, ng.End) {
				t.Errorf("%s: negative %s %d:%d badly placed", d.ID, ng.Kind, ng.Start, ng.End)
				continue
			}
			for _, it := range d.Items {
				if ng.Start < it.End && it.Start < ng.End {
					t.Errorf("%s: negative %s %q overlaps item %s %q", d.ID, ng.Kind, d.Text[ng.Start:ng.End], it.Type, d.Text[it.Start:it.End])
				}
			}
		}
	}
}

// TestExemptAreNotItems checks that no planted name is an exempt
// official's, and that every exempt official appears in the text.
func TestExemptAreNotItems(t *testing.T) {
	for _, d := range set(t) {
		for _, it := range d.Items {
			if it.Type == "name" && slices.Contains(d.Exempt, d.Text[it.Start:it.End]) {
				t.Errorf("%s: planted name %q is exempt", d.ID, d.Text[it.Start:it.End])
			}
		}
		for _, ng := range d.Negatives {
			if ng.Kind == "official" && !slices.Contains(d.Exempt, d.Text[ng.Start:ng.End]) {
				t.Errorf("%s: official %q is not exempt", d.ID, d.Text[ng.Start:ng.End])
			}
		}
		for _, e := range d.Exempt {
			if !strings.Contains(d.Text, e) {
				t.Errorf("%s: exempt %q not in the text", d.ID, e)
			}
		}
	}
}

func TestTypesAndKinds(t *testing.T) {
	types := map[string]int{}
	kinds := map[string]int{}
	negs := map[string]int{}
	clean := 0
	for _, d := range set(t) {
		kinds[d.Kind]++
		if len(d.Items) == 0 {
			clean++
		}
		for _, it := range d.Items {
			if !slices.Contains(evalset.AllTypes, it.Type) {
				t.Errorf("%s: type %q is not in evalset.AllTypes", d.ID, it.Type)
			}
			types[it.Type]++
		}
		for _, ng := range d.Negatives {
			negs[ng.Kind]++
		}
	}
	for _, typ := range evalset.AllTypes {
		if types[typ] < 10 {
			t.Errorf("type %s planted %d times in %d documents, want >= 10", typ, types[typ], n)
		}
	}
	for _, k := range tenthset.Kinds {
		if kinds[k] == 0 {
			t.Errorf("kind %s never generated", k)
		}
	}
	if clean < n/6 || clean > n/3 {
		t.Errorf("%d of %d documents clean, want about a quarter", clean, n)
	}
	for _, k := range []string{"office_phone", "office_fax", "office_address", "office_email", "bizno", "corpno", "receipt_no", "case_no", "notice_no", "statute", "amount", "doc_date", "word", "official", "org", "place"} {
		if negs[k] == 0 {
			t.Errorf("no hard negative of kind %s", k)
		}
	}
}

// TestQualities checks that the hard forms the set exists for are
// there: names with particles, spaced, Latin-script, transcribed, given
// only, in health and criminal contexts; wrapped, OCR and full-width
// numbers; partly masked resident numbers.
func TestQualities(t *testing.T) {
	qs := map[string]int{}
	for _, d := range set(t) {
		for _, it := range d.Items {
			for _, q := range strings.Split(it.Form, "+")[1:] {
				qs[it.Type+"/"+q]++
			}
		}
	}
	for _, k := range []string{"name/particle", "name/spaced", "name/latin", "name/translit", "name/given_only", "name/health", "name/criminal", "address/wrapped", "mobile/ocr", "mobile/fullwidth", "rrn/partmasked", "birth_date/six", "landline/noarea", "address/lot"} {
		if qs[k] == 0 {
			t.Errorf("no item %s", k)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := tenthset.Generate(3, 40), tenthset.Generate(3, 40)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different sets")
	}
	// Document i depends only on (seed, i), not on how many are made.
	if c := tenthset.Generate(3, 10); !reflect.DeepEqual(a[:10], c) {
		t.Fatal("document depends on the size of the set")
	}
	d := tenthset.Generate(4, 40)
	same := 0
	for i := range a {
		if a[i].Text == d[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d of 40 documents identical under another seed", same)
	}
}
