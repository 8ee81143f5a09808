package realset

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

func TestWellFormed(t *testing.T) {
	for _, seed := range []uint64{1, 2, 7} {
		for _, d := range Generate(seed, 400) {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("%s: invalid UTF-8", d.ID)
			}
			type span struct {
				a, b int
				what string
			}
			var all []span
			for _, it := range d.Items {
				if it.Start < 0 || it.End > len(d.Text) || it.Start >= it.End {
					t.Fatalf("%s: bad item span %+v", d.ID, it)
				}
				if !utf8.RuneStart(d.Text[it.Start]) || (it.End < len(d.Text) && !utf8.RuneStart(d.Text[it.End])) {
					t.Fatalf("%s: item %+v not on rune boundaries", d.ID, it)
				}
				if !contains(evalset.AllTypes, it.Type) {
					t.Fatalf("%s: unknown type %q", d.ID, it.Type)
				}
				v := d.Text[it.Start:it.End]
				if strings.TrimSpace(v) != v {
					t.Errorf("%s: item %q has outer space", d.ID, v)
				}
				all = append(all, span{it.Start, it.End, "item " + v})
			}
			for _, n := range d.Negatives {
				if n.Start < 0 || n.End > len(d.Text) || n.Start >= n.End {
					t.Fatalf("%s: bad negative span %+v", d.ID, n)
				}
				if !utf8.RuneStart(d.Text[n.Start]) || (n.End < len(d.Text) && !utf8.RuneStart(d.Text[n.End])) {
					t.Fatalf("%s: negative %+v not on rune boundaries", d.ID, n)
				}
				all = append(all, span{n.Start, n.End, "negative " + d.Text[n.Start:n.End]})
			}
			sort.Slice(all, func(i, j int) bool { return all[i].a < all[j].a })
			for i := 1; i < len(all); i++ {
				if all[i].a < all[i-1].b {
					t.Fatalf("%s: %s overlaps %s", d.ID, all[i-1].what, all[i].what)
				}
			}
		}
	}
}

// TestEveryMention checks that every occurrence of a labelled value is
// inside an item, and that no exempt official shares a labelled value.
func TestEveryMention(t *testing.T) {
	for _, d := range Generate(1, 400) {
		for _, it := range d.Items {
			v := d.Text[it.Start:it.End]
			for off := 0; ; {
				k := strings.Index(d.Text[off:], v)
				if k < 0 {
					break
				}
				a, b := off+k, off+k+len(v)
				in := false
				for _, o := range d.Items {
					if o.Start <= a && b <= o.End {
						in = true
					}
				}
				if !in {
					t.Errorf("%s: %q also occurs unlabelled at %d", d.ID, v, a)
				}
				off = b
			}
			for _, e := range d.Exempt {
				if strings.Contains(v, e) {
					t.Errorf("%s: exempt %q inside item %q", d.ID, e, v)
				}
			}
		}
		for _, n := range d.Negatives {
			if n.Kind == "official" && !contains(d.Exempt, d.Text[n.Start:n.End]) {
				t.Errorf("%s: official %q not exempt", d.ID, d.Text[n.Start:n.End])
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a := Generate(3, 60)
	b := Generate(3, 60)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different documents")
	}
	c := Generate(3, 20)
	if !reflect.DeepEqual(a[:20], c) {
		t.Fatal("document i depends on n")
	}
	d := Generate(4, 20)
	if reflect.DeepEqual(c, d) {
		t.Fatal("different seeds, same documents")
	}
	for i, x := range a {
		if want := "realset-" + pad(i); x.ID != want {
			t.Fatalf("ID %q, want %q", x.ID, want)
		}
	}
}

func pad(i int) string {
	s := "0000" + string(rune('0'+i/10)) + string(rune('0'+i%10))
	return s[len(s)-5:]
}

func TestCoverage(t *testing.T) {
	docs := Generate(1, 400)
	types := map[string]int{}
	kinds := map[string]int{}
	clean, short, long := 0, 0, 0
	for _, d := range docs {
		kinds[d.Kind]++
		if len(d.Items) == 0 {
			clean++
		}
		for _, it := range d.Items {
			types[it.Type]++
		}
		lines := strings.Count(d.Text, "\n")
		if lines < 25 {
			short++
		}
		if lines > 160 {
			long++
		}
	}
	for _, ty := range evalset.AllTypes {
		if types[ty] == 0 {
			t.Errorf("type %s never planted", ty)
		}
	}
	for _, k := range kindsList() {
		if kinds[k] == 0 {
			t.Errorf("kind %s never drawn", k)
		}
	}
	if clean < 100 || clean > 170 {
		t.Errorf("%d of 400 documents without personal data, want about a third", clean)
	}
	if short > 40 || long > 10 {
		t.Errorf("%d documents under 25 lines, %d over 160", short, long)
	}
	t.Logf("types %v", types)
	t.Logf("kinds %v, clean %d, short %d, long %d", kinds, clean, short, long)
}

func kindsList() []string {
	var out []string
	for _, k := range kinds {
		out = append(out, k.name)
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
