package lastset

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

const testDocs = 400

func TestIDsAndShape(t *testing.T) {
	docs := Generate(1, testDocs)
	if len(docs) != testDocs {
		t.Fatalf("got %d documents", len(docs))
	}
	for i, d := range docs {
		if want := "lastset-" + pad5(i); d.ID != want {
			t.Errorf("doc %d: id %q, want %q", i, d.ID, want)
		}
		if !utf8.ValidString(d.Text) {
			t.Errorf("%s: invalid UTF-8", d.ID)
		}
		if n := strings.Count(d.Text, "\n") + 1; n < 30 || n > 120 {
			t.Errorf("%s: %d lines", d.ID, n)
		}
	}
}

func pad5(i int) string {
	s := "00000" + itoa(i)
	return s[len(s)-5:]
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

func TestSpans(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		for _, d := range Generate(seed, testDocs) {
			check := func(what string, a, b int) {
				if a < 0 || b > len(d.Text) || a >= b {
					t.Errorf("%s: %s span [%d,%d) out of range", d.ID, what, a, b)
					return
				}
				if !utf8.RuneStart(d.Text[a]) || (b < len(d.Text) && !utf8.RuneStart(d.Text[b])) {
					t.Errorf("%s: %s span [%d,%d) not on rune boundaries", d.ID, what, a, b)
				}
				if strings.TrimSpace(d.Text[a:b]) != d.Text[a:b] {
					t.Errorf("%s: %s %q has outer spaces", d.ID, what, d.Text[a:b])
				}
			}
			for _, it := range d.Items {
				check(it.Type, it.Start, it.End)
			}
			for _, n := range d.Negatives {
				check(n.Kind, n.Start, n.End)
			}
		}
	}
}

type span struct {
	a, b int
	what string
}

func TestNoOverlaps(t *testing.T) {
	for _, d := range Generate(1, testDocs) {
		var all []span
		for _, it := range d.Items {
			all = append(all, span{it.Start, it.End, "item " + it.Type})
		}
		for _, n := range d.Negatives {
			all = append(all, span{n.Start, n.End, "negative " + n.Kind})
		}
		for i := range all {
			for j := i + 1; j < len(all); j++ {
				if all[i].a < all[j].b && all[j].a < all[i].b {
					t.Errorf("%s: %s %q overlaps %s %q", d.ID, all[i].what, d.Text[all[i].a:all[i].b], all[j].what, d.Text[all[j].a:all[j].b])
				}
			}
		}
	}
}

// Every occurrence of a labelled value must lie inside an item: a value
// written twice is labelled twice.
func TestEveryOccurrenceLabelled(t *testing.T) {
	for _, seed := range []uint64{1, 2} {
		for _, d := range Generate(seed, testDocs) {
			for _, it := range d.Items {
				v := d.Text[it.Start:it.End]
				for from := 0; ; {
					k := strings.Index(d.Text[from:], v)
					if k < 0 {
						break
					}
					a := from + k
					inside := false
					for _, o := range d.Items {
						if o.Start <= a && a+len(v) <= o.End {
							inside = true
						}
					}
					if !inside {
						t.Errorf("%s: %s %q also at %d outside any item", d.ID, it.Type, v, a)
					}
					from = a + len(v)
				}
			}
		}
	}
}

// Officials in duty are exempt and planted as negatives; no citizen's
// item contains one, nor the other way round.
func TestExempt(t *testing.T) {
	for _, d := range Generate(1, testDocs) {
		if len(d.Exempt) == 0 {
			t.Errorf("%s: no exempt officials", d.ID)
		}
		officials := 0
		for _, n := range d.Negatives {
			if n.Kind == "official" {
				officials++
				v := d.Text[n.Start:n.End]
				found := false
				for _, e := range d.Exempt {
					if e == v {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: official %q not in Exempt", d.ID, v)
				}
			}
		}
		if officials == 0 {
			t.Errorf("%s: no official named", d.ID)
		}
		for _, it := range d.Items {
			v := d.Text[it.Start:it.End]
			for _, e := range d.Exempt {
				if strings.Contains(v, e) || strings.Contains(e, v) {
					t.Errorf("%s: item %q and exempt %q", d.ID, v, e)
				}
			}
		}
	}
}

func TestDeterministicAndIndependentOfN(t *testing.T) {
	a := Generate(7, 60)
	b := Generate(7, 60)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different documents")
	}
	c := Generate(7, 200)
	if !reflect.DeepEqual(a, c[:60]) {
		t.Fatal("document i depends on n")
	}
	d := Generate(8, 60)
	same := 0
	for i := range a {
		if a[i].Text == d[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seeds 7 and 8 share %d documents", same)
	}
}

func TestCoverage(t *testing.T) {
	docs := Generate(1, testDocs)
	kinds := map[string]int{}
	types := map[string]int{}
	typeKinds := map[string]map[string]bool{}
	negKinds := map[string]int{}
	places := map[string]int{}
	clean := 0
	for _, d := range docs {
		kinds[d.Kind]++
		if len(d.Items) == 0 {
			clean++
		}
		for _, it := range d.Items {
			types[it.Type]++
			if typeKinds[it.Type] == nil {
				typeKinds[it.Type] = map[string]bool{}
			}
			typeKinds[it.Type][d.Kind] = true
			ch := it.Form
			if k := strings.IndexAny(ch, "./"); k >= 0 {
				ch = ch[:k]
			}
			places[ch]++
		}
		for _, n := range d.Negatives {
			negKinds[n.Kind]++
		}
	}
	for _, k := range Kinds {
		if kinds[k] < 20 {
			t.Errorf("kind %s: %d documents", k, kinds[k])
		}
	}
	for _, typ := range evalset.AllTypes {
		if types[typ] < 20 {
			t.Errorf("type %s: %d items", typ, types[typ])
		}
		if len(typeKinds[typ]) < 2 {
			t.Errorf("type %s in only %d kinds", typ, len(typeKinds[typ]))
		}
	}
	for _, ch := range Channels {
		if places[ch] < 20 {
			t.Errorf("channel %s: %d items", ch, places[ch])
		}
	}
	for _, k := range []string{"official", "office_phone", "office_email", "office_address", "company", "bank", "bizno", "corpno", "receipt", "case", "bid", "budget", "amount", "date", "statute", "word", "place", "statistic", "masked"} {
		if negKinds[k] == 0 {
			t.Errorf("no negatives of kind %s", k)
		}
	}
	if f := float64(clean) / float64(len(docs)); f < 0.25 || f > 0.42 {
		t.Errorf("%d of %d documents without personal data (%.2f), want about a third", clean, len(docs), f)
	}
}

// Forms: the qualities the set promises appear.
func TestForms(t *testing.T) {
	docs := Generate(1, testDocs)
	quals := map[string]int{}
	for _, d := range docs {
		for _, it := range d.Items {
			for _, q := range strings.Split(it.Form, "+")[1:] {
				quals[it.Type+"+"+q]++
			}
		}
	}
	for _, q := range []string{
		"name+particle", "name+spaced", "name+compound", "name+given1", "name+given3", "name+latin", "name+transcribed", "name+ocr",
		"rrn+dash", "rrn+nodash", "rrn+sloppy", "frn+dash", "mobile+intl", "mobile+sloppy", "mobile+ocr",
		"landline+paren", "landline+halfparen", "landline+intl", "email+plain", "email+obfuscated",
		"card+dash", "card+amex", "account+nodash", "passport+kor", "passport+vnm", "passport+chn",
		"driver_licence+region", "driver_licence+numeric", "vehicle_plate+region", "birth_date+hangul", "birth_date+dmy-en",
		"birth_date+six", "address+lot", "address+apt", "address+road", "ip+v4", "ip+v6",
	} {
		if quals[q] == 0 {
			t.Errorf("no item %s", q)
		}
	}
}

// Clean documents carry masks and the office's own data only.
func TestCleanDocumentsHaveNegatives(t *testing.T) {
	for _, d := range Generate(1, testDocs) {
		if len(d.Items) == 0 && len(d.Negatives) < 5 {
			t.Errorf("%s: clean document with %d negatives", d.ID, len(d.Negatives))
		}
	}
}
