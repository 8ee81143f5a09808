package ninthset

import (
	"encoding/json"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// TestSpans checks that every item and negative lies on the text,
// starts and ends on character boundaries, does not begin or end with a
// space, and that no negative overlaps an item.
func TestSpans(t *testing.T) {
	for _, d := range Generate(1, 450) {
		if !utf8.ValidString(d.Text) {
			t.Fatalf("%s: invalid UTF-8", d.ID)
		}
		check := func(what string, st, end int) string {
			if st < 0 || end > len(d.Text) || st >= end {
				t.Fatalf("%s: %s span [%d,%d) outside text of %d bytes", d.ID, what, st, end, len(d.Text))
			}
			if !utf8.RuneStart(d.Text[st]) || (end < len(d.Text) && !utf8.RuneStart(d.Text[end])) {
				t.Errorf("%s: %s span [%d,%d) splits a character", d.ID, what, st, end)
			}
			v := d.Text[st:end]
			if strings.TrimSpace(v) != v || v == "" {
				t.Errorf("%s: %s %q has surrounding space", d.ID, what, v)
			}
			return v
		}
		for _, it := range d.Items {
			v := check(it.Type, it.Start, it.End)
			if it.Type == tName && strings.ContainsAny(v, "0123456789") {
				t.Errorf("%s: name %q has digits", d.ID, v)
			}
			if slices.Contains(d.Exempt, v) {
				t.Errorf("%s: planted name %q is an exempt official's", d.ID, v)
			}
			if it.Form == "" {
				t.Errorf("%s: %s %q has no form", d.ID, it.Type, v)
			}
		}
		for i, a := range d.Items {
			for _, c := range d.Items[i+1:] {
				if a.Start < c.End && c.Start < a.End {
					t.Errorf("%s: items overlap: %q and %q", d.ID, d.Text[a.Start:a.End], d.Text[c.Start:c.End])
				}
			}
		}
		for _, n := range d.Negatives {
			v := check("negative "+n.Kind, n.Start, n.End)
			for _, it := range d.Items {
				if n.Start < it.End && it.Start < n.End {
					t.Errorf("%s: negative %s %q overlaps item %s %q", d.ID, n.Kind, v, it.Type, d.Text[it.Start:it.End])
				}
			}
			if n.Kind == "official" && !slices.Contains(d.Exempt, v) {
				t.Errorf("%s: official %q is not exempt", d.ID, v)
			}
		}
	}
}

// TestRoundTrip cuts every item and negative out of the text by its
// offsets and compares it with the string that was planted, through a
// JSON round trip of the document as piieval -dump writes it.
func TestRoundTrip(t *testing.T) {
	for i := 0; i < 400; i++ {
		b := build(3, i)
		data, err := json.Marshal(b.doc)
		if err != nil {
			t.Fatal(err)
		}
		var d evalset.Doc
		if err := json.Unmarshal(data, &d); err != nil {
			t.Fatal(err)
		}
		if len(d.Items) != len(b.values) || len(d.Negatives) != len(b.negValues) {
			t.Fatalf("%s: %d items, %d values planted", d.ID, len(d.Items), len(b.values))
		}
		for k, it := range d.Items {
			if got := d.Text[it.Start:it.End]; got != b.values[k] {
				t.Errorf("%s: item %d %s is %q in the text, %q planted", d.ID, k, it.Type, got, b.values[k])
			}
		}
		for k, n := range d.Negatives {
			if got := d.Text[n.Start:n.End]; got != b.negValues[k] {
				t.Errorf("%s: negative %d %s is %q in the text, %q planted", d.ID, k, n.Kind, got, b.negValues[k])
			}
		}
	}
}

// TestShapes checks that each item's text is shaped like its type.
func TestShapes(t *testing.T) {
	for _, d := range Generate(5, 200) {
		for _, it := range d.Items {
			v := d.Text[it.Start:it.End]
			ok := true
			switch it.Type {
			case tRRN, tFRN:
				ok = countDigits(v) == 13
			case tMobile:
				ok = countDigits(v) >= 10 && countDigits(v) <= 12
			case tLandline:
				ok = countDigits(v) >= 9 && countDigits(v) <= 11
			case tEmail:
				ok = strings.Count(v, "@") == 1 && !strings.ContainsAny(v, " ()")
			case tCard:
				ok = countDigits(v) == 16
			case tAccount:
				ok = countDigits(v) >= 10
			case tIP:
				ok = strings.Count(v, ".") == 3
			case tBirth:
				ok = countDigits(v) >= 4
			case tAddress:
				ok = countDigits(v) >= 1
			}
			if !ok {
				t.Errorf("%s: %s [%s] %q is not shaped like its type", d.ID, it.Type, it.Form, v)
			}
		}
	}
}

func countDigits(s string) int {
	n := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			n++
		}
	}
	return n
}

// TestDeterminism checks that a seed gives the same set, that document i
// does not depend on n, and that seeds differ.
func TestDeterminism(t *testing.T) {
	a, b := Generate(7, 60), Generate(7, 60)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different documents")
	}
	long := Generate(7, 90)
	if !reflect.DeepEqual(a, long[:60]) {
		t.Fatal("document i depends on n")
	}
	if c := Generate(8, 60); reflect.DeepEqual(a, c) {
		t.Fatal("seeds 7 and 8 give the same set")
	}
	for i, d := range long {
		if one(7, i).Text != d.Text {
			t.Fatalf("document %d differs when built alone", i)
		}
	}
}

// TestCoverage checks that at 400 documents every type, every kind and
// the places and qualities the brief asks for appear, that about a
// quarter of the documents are clean, and that the set is large enough to
// measure.
func TestCoverage(t *testing.T) {
	docs := Generate(1, 400)
	types := map[string]int{}
	kinds := map[string]int{}
	places := map[string]int{}
	quals := map[string]int{}
	negs := map[string]int{}
	clean, items := 0, 0
	for i, d := range docs {
		if b := build(1, i); b.clean != (len(d.Items) == 0) {
			t.Errorf("%s: clean %v but %d items", d.ID, b.clean, len(d.Items))
		}
		kinds[d.Kind]++
		if len(d.Items) == 0 {
			clean++
		}
		for _, it := range d.Items {
			items++
			types[it.Type]++
			parts := strings.Split(it.Form, "+")
			place, _, _ := strings.Cut(parts[0], ":")
			places[place]++
			for _, q := range parts[1:] {
				q, _, _ = strings.Cut(q, ":")
				quals[q]++
			}
		}
		for _, n := range d.Negatives {
			negs[n.Kind]++
		}
	}
	for _, typ := range evalset.AllTypes {
		if types[typ] < 10 {
			t.Errorf("type %s: %d items", typ, types[typ])
		}
	}
	for typ := range types {
		if !slices.Contains(evalset.AllTypes, typ) {
			t.Errorf("type %s is not one evalset knows", typ)
		}
	}
	for _, k := range kinds {
		if k < 30 {
			t.Errorf("kinds unevenly spread: %v", kinds)
		}
	}
	if len(kinds) != 9 {
		t.Errorf("%d kinds, want 9: %v", len(kinds), kinds)
	}
	for _, p := range []string{"header", "table.pipe", "table.tab", "table.space", "table.cell", "table.kv", "form.kv", "form.pipe",
		"form.cell", "form.tab", "attendee", "speaker", "prose", "attach"} {
		if places[p] == 0 {
			t.Errorf("no item in place %s: %v", p, places)
		}
	}
	for _, q := range []string{"particle", "title", "copula", "spaced", "compound", "given1", "given3", "latin", "transcribed", "repeat",
		"birth.six", "tel.paren", "tel.halfparen", "tel.dot", "foreign", "korean", "lot", "road"} {
		if quals[q] == 0 {
			t.Errorf("no item of quality %s: %v", q, quals)
		}
	}
	for _, k := range []string{"official", "company", "bizno", "corpno", "bidno", "receipt", "caseno", "amount", "statute", "date",
		"place", "word", "office_phone", "office_addr", "office_email", "masked", "title"} {
		if negs[k] == 0 {
			t.Errorf("no negative of kind %s: %v", k, negs)
		}
	}
	if f := float64(clean) / float64(len(docs)); f < 0.18 || f > 0.32 {
		t.Errorf("%d of %d documents clean", clean, len(docs))
	}
	if items < 1000 || clean < 50 {
		t.Errorf("%d items, %d clean documents: too few to measure", items, clean)
	}
	t.Logf("%d items, %d negatives kinds %v, %d clean of %d; types %v", items, len(negs), negs, clean, len(docs), types)
	t.Logf("places %v", places)
	t.Logf("qualities %v", quals)
}

// TestNothingUnlabelled checks that every mention of a citizen's name
// and every mobile or registration number in the text lies inside a
// planted item (or, for numbers, a labelled negative such as a corporate
// registration or receipt number), so that nothing personal is left
// unlabelled; in a clean document nobody is named at all.
func TestNothingUnlabelled(t *testing.T) {
	shapes := regexp.MustCompile(`01[016789][-. )]?\d{3,4}[-. ]?\d{4}|\d{6}\s?[-–]\s?[1-8]\d{6}`)
	for i := 0; i < 400; i++ {
		b := build(1, i)
		d := b.doc
		inItem := func(st, end int) bool {
			for _, it := range d.Items {
				if st >= it.Start && end <= it.End {
					return true
				}
			}
			return false
		}
		for _, p := range b.people {
			for _, name := range []string{p.hangul(), p.latin} {
				if name == "" {
					continue
				}
				for off := 0; ; {
					k := strings.Index(d.Text[off:], name)
					if k < 0 {
						break
					}
					st := off + k
					if !inItem(st, st+len(name)) {
						t.Errorf("%s: %q at %d is not inside an item (clean %v)", d.ID, name, st, b.clean)
					}
					off = st + len(name)
				}
			}
		}
		for _, m := range shapes.FindAllStringIndex(d.Text, -1) {
			if inItem(m[0], m[1]) {
				continue
			}
			neg := false
			for _, n := range d.Negatives {
				if m[0] < n.End && n.Start < m[1] {
					neg = true
				}
			}
			if !neg {
				t.Errorf("%s: %q looks personal but is not planted", d.ID, d.Text[m[0]:m[1]])
			}
		}
	}
}
