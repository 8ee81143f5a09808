package casebook

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// setSize is "a few hundred documents", enough for every kind and type.
const setSize = 400

func TestDeterministic(t *testing.T) {
	a, b := Generate(1, 60), Generate(1, 60)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with the same seed differ")
	}
	// Document i depends only on seed and i, not on n.
	short := Generate(1, 25)
	for i := range short {
		if !reflect.DeepEqual(short[i], a[i]) {
			t.Fatalf("document %d differs between n=25 and n=60", i)
		}
	}
	other := Generate(2, 60)
	same := 0
	for i := range other {
		if other[i].Text == a[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d documents identical across seeds 1 and 2", same)
	}
	for i, d := range a {
		if want := fmt.Sprintf("casebook-%05d", i); d.ID != want {
			t.Errorf("ID %q, want %q", d.ID, want)
		}
	}
}

// labelled is a span of an item or a negative.
type labelled struct {
	start, end int
	what       string
}

func spans(d evalset.Doc) []labelled {
	var ls []labelled
	for _, it := range d.Items {
		ls = append(ls, labelled{it.Start, it.End, "item " + it.Type})
	}
	for _, n := range d.Negatives {
		ls = append(ls, labelled{n.Start, n.End, "negative " + n.Kind})
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i].start < ls[j].start })
	return ls
}

func TestSpans(t *testing.T) {
	lx := newLexicon()
	for _, seed := range []uint64{1, 7} {
		for i := 0; i < setSize; i++ {
			d, values := build(lx, seed, i)
			if !utf8.ValidString(d.Text) {
				t.Fatalf("%s: text is not valid UTF-8", d.ID)
			}
			if d.Kind == "" || strings.Contains(d.Kind, "!") {
				t.Errorf("%s: kind %q", d.ID, d.Kind)
			}
			ls := spans(d)
			for k, l := range ls {
				if l.start < 0 || l.end > len(d.Text) || l.start >= l.end {
					t.Fatalf("%s: %s span [%d,%d) out of range", d.ID, l.what, l.start, l.end)
				}
				if !utf8.RuneStart(d.Text[l.start]) || (l.end < len(d.Text) && !utf8.RuneStart(d.Text[l.end])) {
					t.Errorf("%s: %s span [%d,%d) not on rune boundaries", d.ID, l.what, l.start, l.end)
				}
				if k > 0 && ls[k-1].end > l.start {
					t.Errorf("%s: %s %q overlaps %s %q", d.ID, ls[k-1].what, d.Text[ls[k-1].start:ls[k-1].end], l.what, d.Text[l.start:l.end])
				}
			}
			if len(values) != len(d.Items) {
				t.Fatalf("%s: %d values for %d items", d.ID, len(values), len(d.Items))
			}
			for k, it := range d.Items {
				got := d.Text[it.Start:it.End]
				if got != values[k] {
					t.Errorf("%s: item %d reads %q, planted %q", d.ID, k, got, values[k])
				}
				if strings.TrimSpace(got) != got {
					t.Errorf("%s: item %q has surrounding space", d.ID, got)
				}
			}
		}
	}
}

func TestForms(t *testing.T) {
	types := map[string]bool{}
	for _, ty := range evalset.AllTypes {
		types[ty] = true
	}
	places := map[string]bool{"body": true, "table": true, "kv": true, "list": true, "speaker": true, "message": true,
		"email": true, "signature": true, "recipient": true}
	for _, d := range Generate(1, setSize) {
		for _, it := range d.Items {
			if !types[it.Type] {
				t.Errorf("%s: type %q", d.ID, it.Type)
			}
			if !places[Place(it.Form)] {
				t.Errorf("%s: form %q has no known place", d.ID, it.Form)
			}
			for _, q := range Qualities(it.Form) {
				if q == "" || strings.ContainsAny(q, ": ") {
					t.Errorf("%s: form %q has a bad quality", d.ID, it.Form)
				}
			}
		}
	}
}

func TestCoverage(t *testing.T) {
	docs := Generate(1, setSize)
	s := Summarize(docs)
	for _, k := range kinds() {
		if s.Kinds[k.name] == 0 {
			t.Errorf("kind %s missing", k.name)
		}
	}
	if len(kinds()) < 12 {
		t.Errorf("%d kinds, want at least 12", len(kinds()))
	}
	for _, ty := range evalset.AllTypes {
		if s.Types[ty] < 5 {
			t.Errorf("type %s planted %d times in %d documents", ty, s.Types[ty], setSize)
		}
	}
	share := float64(s.Clean) / float64(s.Docs)
	if share < 0.30 || share > 0.40 {
		t.Errorf("%.1f%% of documents without personal data, want 30-40%%", 100*share)
	}
	for _, q := range []string{"particle", "spaced", "latin", "transcribed", "health", "criminal", "disciplinary", "partial_mask",
		"given1", "given3", "compound_surname", "honorific", "ocr", "csv", "box", "wrapped", "merged", "pdf_columns", "cells", "tab", "pipe", "aligned"} {
		if s.Qualities[q] == 0 {
			t.Errorf("quality %s never planted", q)
		}
	}
	for _, n := range []string{"official", "position", "office_phone", "fax", "call_centre", "official_email", "office_address",
		"biz_no", "corp_no", "unique_no", "receipt_no", "case_no", "doc_no", "notice_no", "contract_no", "budget_code",
		"amount", "date", "time", "statute", "org", "place", "org_address", "org_phone", "org_account", "fee_account", "word", "masked"} {
		if s.Negatives[n] == 0 {
			t.Errorf("negative %s never planted", n)
		}
	}
}

func TestNoUnlabelledLookalikes(t *testing.T) {
	// Shapes of numbers that must never stand in a document unlabelled:
	// each is either personal data or a labelled public number.
	lookalikes := map[string]*regexp.Regexp{
		"phone":  regexp.MustCompile(`(?:\+82[ -]*(?:\(0\))?[ -]*1[0-9]|\(?0[0-9]{1,2}\)?)[ ).\-–]{0,3}[0-9]{3,4}[ .\-–]{0,3}[0-9]{4}`),
		"rrn":    regexp.MustCompile(`[0-9]{6}[ ]*[-–]?[ ]*[1-8][0-9]{6}`),
		"email":  regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`),
		"card":   regexp.MustCompile(`[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{3,4}`),
		"ip":     regexp.MustCompile(`[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}`),
		"plate":  regexp.MustCompile(`[0-9]{2,3} ?[가-힣] ?[0-9]{4}`),
		"holder": regexp.MustCompile(`[0-9]{3,6}-[0-9]{2,6}-[0-9]{4,7}`),
	}
	for _, d := range Generate(1, setSize) {
		ls := spans(d)
		covered := func(a, b int) bool {
			for _, l := range ls {
				if l.start < b && a < l.end {
					return true
				}
			}
			return false
		}
		for name, re := range lookalikes {
			for _, m := range re.FindAllStringIndex(d.Text, -1) {
				a, b := m[0], m[1]
				// Only whole tokens: a match inside a longer digit run is
				// part of something else, which the run's own match judges.
				if a > 0 && isDigitByte(d.Text[a-1]) || b < len(d.Text) && isDigitByte(d.Text[b]) {
					continue
				}
				if !covered(a, b) {
					t.Errorf("%s: unlabelled %s-like %q in %q", d.ID, name, d.Text[a:b], around(d.Text, a, b))
				}
			}
		}
	}
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// Every mention of a labelled value is labelled, and an exempt official's
// name stands only where it is marked as an official's.
func TestMentionsLabelled(t *testing.T) {
	for _, d := range Generate(1, setSize) {
		for _, it := range d.Items {
			v := d.Text[it.Start:it.End]
			if len(v) < 6 {
				continue
			}
			for off := 0; ; {
				k := strings.Index(d.Text[off:], v)
				if k < 0 {
					break
				}
				a := off + k
				if !covered(d, a, a+len(v)) {
					t.Errorf("%s: %s %q mentioned unlabelled in %q", d.ID, it.Type, v, around(d.Text, a, a+len(v)))
				}
				off = a + len(v)
			}
		}
		for _, ex := range d.Exempt {
			for off := 0; ; {
				k := strings.Index(d.Text[off:], ex)
				if k < 0 {
					break
				}
				a := off + k
				ok := false
				for _, n := range d.Negatives {
					if n.Kind == "official" && n.Start <= a && a+len(ex) <= n.End {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%s: exempt %q outside an official negative in %q", d.ID, ex, around(d.Text, a, a+len(ex)))
				}
				off = a + len(ex)
			}
		}
	}
}

func TestCleanDocuments(t *testing.T) {
	for i, d := range Generate(3, setSize) {
		if clean(3, i) != (len(d.Items) == 0) {
			t.Errorf("%s (%s): clean=%v but %d items", d.ID, d.Kind, clean(3, i), len(d.Items))
		}
		if len(d.Negatives) == 0 {
			t.Errorf("%s: no hard negatives", d.ID)
		}
	}
}

func around(s string, a, b int) string {
	a, b = max(0, a-25), min(len(s), b+25)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	return s[a:b]
}
