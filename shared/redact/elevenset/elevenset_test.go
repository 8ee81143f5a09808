package elevenset

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(1, 40), Generate(1, 40)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("seed 1 gave two different sets")
	}
	if d := Doc(1, 17); !reflect.DeepEqual(d, a[17]) {
		t.Error("Doc(1, 17) differs from Generate(1, 40)[17]")
	}
	c := Generate(2, 40)
	same := 0
	for i := range a {
		if a[i].Text == c[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seeds 1 and 2 share %d of 40 texts", same)
	}
}

var (
	itemPlaces = []string{"header", "body", "list", "speaker", "kv", "attach", "footer", "table.pipe", "table.space", "table.tab", "table.cell", "table.pdf"}
	qualities  = []string{"clean", "wrapped", "ocr", "spaced", "fullwidth", "sloppy"}
)

// TestSpans checks that every item and negative points at the text it
// was planted as: inside the text, on rune boundaries, not overlapping,
// of a type the evaluation knows, with a place and a quality.
func TestSpans(t *testing.T) {
	for _, seed := range []uint64{1, 2} {
		for _, d := range Generate(seed, 300) {
			type span struct{ a, b int }
			var all []span
			check := func(what string, a, b int) {
				if a < 0 || b > len(d.Text) || a >= b {
					t.Fatalf("%s %s: span %d-%d outside the text (%d bytes)", d.ID, what, a, b, len(d.Text))
				}
				if !utf8.RuneStart(d.Text[a]) || (b < len(d.Text) && !utf8.RuneStart(d.Text[b])) {
					t.Fatalf("%s %s: span %d-%d cuts a rune", d.ID, what, a, b)
				}
				v := d.Text[a:b]
				if strings.TrimSpace(v) != v {
					t.Errorf("%s %s %q: span starts or ends with a space", d.ID, what, v)
				}
				all = append(all, span{a, b})
			}
			for _, it := range d.Items {
				check(it.Type, it.Start, it.End)
				if !slices.Contains(evalset.AllTypes, it.Type) {
					t.Errorf("%s: type %q is not one the evaluation scores", d.ID, it.Type)
				}
				parts := strings.Split(it.Form, "+")
				if len(parts) < 2 || !slices.Contains(itemPlaces, parts[0]) || !slices.Contains(qualities, parts[1]) {
					t.Errorf("%s: form %q lacks a known place and quality", d.ID, it.Form)
				}
				v := d.Text[it.Start:it.End]
				if it.Type == "name" && slices.Contains(d.Exempt, v) {
					t.Errorf("%s: official %q planted as a citizen's name", d.ID, v)
				}
				if !strings.ContainsFunc(v, func(c rune) bool {
					return c >= '0' && c <= '9' || c >= 0xFF10 && c <= 0xFF19 || c >= 'A' && c <= 'z' || c >= 0xAC00
				}) {
					t.Errorf("%s: item %q has nothing to mask", d.ID, v)
				}
			}
			for _, n := range d.Negatives {
				check("negative "+n.Kind, n.Start, n.End)
			}
			slices.SortFunc(all, func(x, y span) int { return x.a - y.a })
			for i := 1; i < len(all); i++ {
				if all[i].a < all[i-1].b {
					t.Errorf("%s: spans %q and %q overlap", d.ID, d.Text[all[i-1].a:all[i-1].b], d.Text[all[i].a:all[i].b])
				}
			}
		}
	}
}

// TestValues checks planted values against the shapes they imitate: valid
// resident-number check digits, sloppy masks that still show more than
// the masking rule allows, officials kept out of the items.
func TestValues(t *testing.T) {
	rrn := regexp.MustCompile(`^(\d{6})-(\d{7})$`)
	sloppySeen := 0
	for _, d := range Generate(1, 300) {
		for _, it := range d.Items {
			v := d.Text[it.Start:it.End]
			q := strings.Split(it.Form, "+")[1]
			if it.Type == "rrn" && q == "clean" {
				m := rrn.FindStringSubmatch(v)
				if m == nil {
					t.Errorf("%s: clean rrn %q is not NNNNNN-NNNNNNN", d.ID, v)
					continue
				}
				ds := m[1] + m[2]
				w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
				sum := 0
				for i := range 12 {
					sum += int(ds[i]-'0') * w[i]
				}
				if want := byte('0' + (11-sum%11)%10); ds[12] != want {
					t.Errorf("%s: rrn %q check digit %c, want %c", d.ID, v, ds[12], want)
				}
			}
			if q == "sloppy" {
				sloppySeen++
				if !strings.Contains(v, "*") {
					t.Errorf("%s: sloppy %s %q has no mask", d.ID, it.Type, v)
				}
				if it.Type == "rrn" {
					back := v[strings.IndexByte(v, '-')+1:]
					if strings.Count(back, "*") >= 6 {
						t.Errorf("%s: sloppy rrn %q is masked as the rule masks it", d.ID, v)
					}
				}
			}
		}
	}
	if sloppySeen < 20 {
		t.Errorf("only %d sloppy masks planted", sloppySeen)
	}
}

// TestCounts checks that the set is large and varied enough to measure:
// every type, place, quality and kind with enough items, officials and
// the office's contacts in every document, some documents clean.
func TestCounts(t *testing.T) {
	docs := Generate(1, 300)
	byType, byPlace, byQuality, byKind, negs := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	total, clean := 0, 0
	for _, d := range docs {
		if len(d.Items) == 0 {
			clean++
		}
		kinds := map[string]bool{}
		for _, n := range d.Negatives {
			negs[n.Kind]++
			kinds[n.Kind] = true
		}
		for _, k := range []string{"official", "office_phone", "office_address", "statute"} {
			if !kinds[k] {
				t.Errorf("%s has no %s negative", d.ID, k)
			}
		}
		for _, it := range d.Items {
			total++
			p := strings.Split(it.Form, "+")
			byType[it.Type]++
			byPlace[p[0]]++
			byQuality[p[1]]++
			byKind[d.Kind]++
		}
	}
	if total < 3000 {
		t.Errorf("%d items in 300 documents, want at least 3000", total)
	}
	for _, ty := range evalset.AllTypes {
		if byType[ty] < 30 {
			t.Errorf("type %s: %d items, want at least 30", ty, byType[ty])
		}
	}
	for _, p := range itemPlaces {
		if p != "footer" && byPlace[p] < 20 {
			t.Errorf("place %s: %d items, want at least 20", p, byPlace[p])
		}
	}
	for _, q := range qualities {
		if byQuality[q] < 40 {
			t.Errorf("quality %s: %d items, want at least 40", q, byQuality[q])
		}
	}
	if len(byKind) < 12 {
		t.Errorf("%d kinds carry items, want at least 12", len(byKind))
	}
	if clean < 30 || clean > 100 {
		t.Errorf("%d of 300 documents clean, want 30 to 100", clean)
	}
	for _, k := range []string{"company", "biz_no", "corp_no", "receipt", "bid_no", "amount", "date", "word", "place", "office_email", "office_fax"} {
		if negs[k] < 15 {
			t.Errorf("negative %s: %d, want at least 15", k, negs[k])
		}
	}
}
