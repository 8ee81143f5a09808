package fieldset

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

var seeds = []uint64{1, 2, 7, 42, 2024}

func TestLabelsAreSound(t *testing.T) {
	for _, seed := range seeds {
		for _, d := range Generate(seed, 300) {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("seed %d %s: text is not UTF-8", seed, d.ID)
			}
			if err := check(d); err != nil {
				t.Fatalf("seed %d %s: %v", seed, d.ID, err)
			}
		}
	}
}

// TestEveryOccurrenceLabelled repeats a part of check in the test's own
// words: each item's value, wherever it occurs, lies inside an item.
func TestEveryOccurrenceLabelled(t *testing.T) {
	for _, seed := range seeds[:3] {
		for _, d := range Generate(seed, 200) {
			for _, x := range d.Items {
				v := d.Text[x.Start:x.End]
				for off := 0; ; {
					k := strings.Index(d.Text[off:], v)
					if k < 0 {
						break
					}
					s, e := off+k, off+k+len(v)
					in := false
					for _, y := range d.Items {
						in = in || y.Start <= s && e <= y.End
					}
					if !in {
						t.Fatalf("seed %d %s: %s %q unlabelled at %d", seed, d.ID, x.Type, v, s)
					}
					off = e
				}
			}
		}
	}
}

func TestNoOverlap(t *testing.T) {
	for _, d := range Generate(11, 300) {
		type span struct{ s, e int }
		var all []span
		for _, x := range d.Items {
			all = append(all, span{x.Start, x.End})
		}
		for _, x := range d.Negatives {
			all = append(all, span{x.Start, x.End})
		}
		for i := range all {
			if all[i].s < 0 || all[i].e > len(d.Text) || all[i].s >= all[i].e {
				t.Fatalf("%s: span %v out of range", d.ID, all[i])
			}
			if !utf8.RuneStart(d.Text[all[i].s]) || all[i].e < len(d.Text) && !utf8.RuneStart(d.Text[all[i].e]) {
				t.Fatalf("%s: span %v splits a rune", d.ID, all[i])
			}
			for j := i + 1; j < len(all); j++ {
				if all[i].s < all[j].e && all[j].s < all[i].e {
					t.Fatalf("%s: spans %v and %v overlap", d.ID, all[i], all[j])
				}
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Generate(9, 120), Generate(9, 120)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with one seed differ")
	}
	// Document i depends on the seed and i only, not on n.
	if !reflect.DeepEqual(a[:40], Generate(9, 40)) {
		t.Fatal("a document depends on how many were asked for")
	}
	if reflect.DeepEqual(a[:10], Generate(10, 10)) {
		t.Fatal("seeds 9 and 10 give the same documents")
	}
	for i, d := range a {
		if want := "fieldset-" + pad5(i); d.ID != want {
			t.Fatalf("ID %q, want %q", d.ID, want)
		}
		if d.Kind == "" {
			t.Fatalf("%s has no kind", d.ID)
		}
	}
}

func pad5(i int) string {
	s := itoa(i)
	return strings.Repeat("0", 5-len(s)) + s
}

func TestCleanShare(t *testing.T) {
	for _, seed := range seeds {
		docs := Generate(seed, 400)
		clean := 0
		for i, d := range docs {
			if len(d.Items) == 0 {
				clean++
				if len(d.Negatives) == 0 {
					t.Errorf("seed %d %s: clean document without hard negatives", seed, d.ID)
				}
			}
			if (len(d.Items) == 0) != isClean(seed, i) {
				t.Errorf("seed %d %s: %d items, planned clean %v", seed, d.ID, len(d.Items), isClean(seed, i))
			}
		}
		if share := float64(clean) / float64(len(docs)); share < 0.30 || share > 0.35 {
			t.Errorf("seed %d: %.1f%% clean documents, want 30–35%%", seed, 100*share)
		}
	}
}

func TestCoverage(t *testing.T) {
	for _, seed := range seeds[:2] {
		kinds := map[string]int{}
		types := map[string]int{}
		negs := map[string]int{}
		for _, d := range Generate(seed, 400) {
			kinds[d.Kind]++
			for _, x := range d.Items {
				types[x.Type]++
			}
			for _, x := range d.Negatives {
				negs[x.Kind]++
			}
		}
		if len(kinds) < 12 {
			t.Errorf("seed %d: %d kinds, want at least 12", seed, len(kinds))
		}
		for _, typ := range evalset.AllTypes {
			if types[typ] < 25 {
				t.Errorf("seed %d: only %d items of type %s", seed, types[typ], typ)
			}
		}
		for _, k := range []string{nOfficial, nOffPhone, nOffEmail, nOffAddr, nCompany, nBRN, nCRN, nCaseNo, nBudget, nAmount, nDate, nStatute, nStat, nPlace, nWord, nMasked} {
			if negs[k] < 10 {
				t.Errorf("seed %d: only %d negatives of kind %s", seed, negs[k], k)
			}
		}
	}
}

func TestTypesAreTheContract(t *testing.T) {
	known := map[string]bool{}
	for _, typ := range evalset.AllTypes {
		known[typ] = true
	}
	for _, d := range Generate(3, 200) {
		for _, x := range d.Items {
			if !known[x.Type] {
				t.Fatalf("%s: type %q is not one of evalset's", d.ID, x.Type)
			}
		}
	}
}

func TestOfficialsExempt(t *testing.T) {
	for _, d := range Generate(5, 100) {
		ex := map[string]bool{}
		for _, e := range d.Exempt {
			ex[e] = true
		}
		for _, x := range d.Negatives {
			if x.Kind == nOfficial && !ex[d.Text[x.Start:x.End]] {
				t.Fatalf("%s: official %q not exempt", d.ID, d.Text[x.Start:x.End])
			}
		}
	}
}
