package citydocs

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDocuments(t *testing.T) {
	for _, seed := range []uint64{1, 2, 7} {
		docs := Generate(seed, 400)
		if len(docs) != 400 {
			t.Fatalf("got %d docs", len(docs))
		}
		kinds := map[string]int{}
		types := map[string]int{}
		clean := 0
		for _, d := range docs {
			kinds[d.Kind]++
			if !utf8.ValidString(d.Text) {
				t.Errorf("%s: invalid UTF-8", d.ID)
			}
			if err := check(d); err != nil {
				t.Errorf("seed %d: %v", seed, err)
			}
			for _, it := range d.Items {
				types[it.Type]++
				if !utf8.RuneStart(d.Text[it.Start]) || (it.End < len(d.Text) && !utf8.RuneStart(d.Text[it.End])) {
					t.Errorf("%s: item %v not on rune boundary", d.ID, it)
				}
				if v := d.Text[it.Start:it.End]; strings.TrimSpace(v) != v {
					t.Errorf("%s: item %q has outer space", d.ID, v)
				}
			}
			for k, n := range d.Negatives {
				if n.Start >= n.End || !utf8.RuneStart(d.Text[n.Start]) || (n.End < len(d.Text) && !utf8.RuneStart(d.Text[n.End])) {
					t.Errorf("%s: negative %v bad span", d.ID, n)
				}
				for _, m := range d.Negatives[k+1:] {
					if m.Start < n.End && n.Start < m.End {
						t.Errorf("%s: negatives overlap %v %v", d.ID, n, m)
					}
				}
			}
			if len(d.Items) == 0 {
				clean++
			}
			lines := strings.Count(d.Text, "\n") + 1
			if lines < 20 || lines > 160 {
				t.Errorf("%s: %d lines", d.ID, lines)
			}
		}
		for _, k := range Kinds {
			if kinds[k] == 0 {
				t.Errorf("seed %d: kind %s missing", seed, k)
			}
		}
		for _, ty := range []string{tRRN, tFRN, tMobile, tLandline, tEmail, tCard, tAccount, tPassport, tLicence, tPlate, tBirth, tName, tAddress, tIP} {
			if types[ty] == 0 {
				t.Errorf("seed %d: type %s missing", seed, ty)
			}
		}
		if clean < 120 || clean > 150 {
			t.Errorf("seed %d: %d clean documents of 400", seed, clean)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a := Generate(3, 60)
	b := Generate(3, 60)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("not deterministic across calls")
	}
	c := Generate(3, 20)
	if !reflect.DeepEqual(a[:20], c) {
		t.Fatal("document i depends on n")
	}
	if a[5].ID != "citydocs-00005" {
		t.Fatalf("ID %q", a[5].ID)
	}
	if reflect.DeepEqual(Generate(4, 10), a[:10]) {
		t.Fatal("seed ignored")
	}
}
