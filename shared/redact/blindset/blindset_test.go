package blindset

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

var (
	setOnce sync.Once
	set400  []evalset.Doc
	src400  []string
)

func docs400(t *testing.T) ([]evalset.Doc, []string) {
	t.Helper()
	setOnce.Do(func() { set400, src400 = GenerateWithSources(1, 400) })
	return set400, src400
}

func TestDeterministic(t *testing.T) {
	a := Generate(7, 40)
	b := Generate(7, 40)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different documents")
	}
	c := Generate(7, 12)
	for i := range c {
		if !reflect.DeepEqual(a[i], c[i]) {
			t.Fatalf("document %d depends on n", i)
		}
	}
	d := Generate(8, 12)
	same := 0
	for i := range d {
		if d[i].Text == c[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d documents equal across seeds", same)
	}
	for i, doc := range a {
		if want := fmt.Sprintf("blindset-%05d", i); doc.ID != want {
			t.Errorf("id %q, want %q", doc.ID, want)
		}
	}
}

var places = map[string]bool{"body": true, "table": true, "kv": true, "list": true, "speaker": true, "message": true, "email": true, "signature": true, "recipient": true, "form": true, "caption": true, "footnote": true}

var qualities = map[string]bool{}

func init() {
	for _, q := range strings.Fields(`wrapped noheader ocr quoted escaped nosep dots spaces parens intl nozero
		fullwidth spoken masked mixed region iso korean shortyear sixdigit dmy particle honorific title
		spaced given_only given1 given3 compound hanja latin translit surname_last case foreign road lot
		nounit unit obfuscated health minor criminal disciplinary accused ipv6`) {
		qualities[q] = true
	}
}

type span struct {
	s, e int
	item bool
	kind string
}

func spansOf(d evalset.Doc) []span {
	var out []span
	for _, it := range d.Items {
		out = append(out, span{it.Start, it.End, true, it.Type})
	}
	for _, n := range d.Negatives {
		out = append(out, span{n.Start, n.End, false, n.Kind})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].s < out[b].s })
	return out
}

func TestSpansAndForms(t *testing.T) {
	docs, _ := docs400(t)
	types := map[string]bool{}
	for _, ty := range Types {
		types[ty] = true
	}
	negKinds := map[string]bool{}
	for _, k := range NegativeKinds {
		negKinds[k] = true
	}
	for _, d := range docs {
		if d.Kind == "" {
			t.Errorf("%s: no kind", d.ID)
		}
		if !utf8.ValidString(d.Text) {
			t.Errorf("%s: text is not UTF-8", d.ID)
		}
		sp := spansOf(d)
		for k, s := range sp {
			if s.s < 0 || s.s >= s.e || s.e > len(d.Text) {
				t.Fatalf("%s: bad span %+v", d.ID, s)
			}
			if !utf8.RuneStart(d.Text[s.s]) || (s.e < len(d.Text) && !utf8.RuneStart(d.Text[s.e])) {
				t.Errorf("%s: span %+v not on rune boundaries", d.ID, s)
			}
			if k > 0 && sp[k-1].e > s.s {
				t.Errorf("%s: spans overlap: %+v %+v", d.ID, sp[k-1], s)
			}
			v := d.Text[s.s:s.e]
			if strings.TrimSpace(v) != v {
				t.Errorf("%s: span %q has outer spaces", d.ID, v)
			}
		}
		for _, it := range d.Items {
			if !types[it.Type] {
				t.Errorf("%s: unknown type %q", d.ID, it.Type)
			}
			parts := strings.Split(it.Form, "+")
			place, _, _ := strings.Cut(parts[0], ":")
			if !places[place] {
				t.Errorf("%s: unknown place in %q", d.ID, it.Form)
			}
			if !sort.StringsAreSorted(parts[1:]) {
				t.Errorf("%s: qualities not sorted: %q", d.ID, it.Form)
			}
			for _, q := range parts[1:] {
				if !qualities[q] {
					t.Errorf("%s: unknown quality %q in %q", d.ID, q, it.Form)
				}
			}
		}
		for _, n := range d.Negatives {
			if !negKinds[n.Kind] {
				t.Errorf("%s: unknown negative kind %q", d.ID, n.Kind)
			}
		}
	}
}

func TestCoverage(t *testing.T) {
	docs, srcs := docs400(t)
	kinds, types, negs, plc, srcSeen := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	clean := 0
	for i, d := range docs {
		kinds[d.Kind]++
		srcSeen[srcs[i]]++
		if len(d.Items) == 0 {
			clean++
			if len(d.Negatives) == 0 {
				t.Errorf("%s: clean document without negatives", d.ID)
			}
		}
		for _, it := range d.Items {
			types[it.Type]++
			p, _, _ := strings.Cut(strings.Split(it.Form, "+")[0], ":")
			plc[p]++
		}
		for _, n := range d.Negatives {
			negs[n.Kind]++
		}
	}
	for _, k := range Kinds() {
		if kinds[k] == 0 {
			t.Errorf("kind %s missing", k)
		}
	}
	for _, ty := range Types {
		if types[ty] == 0 {
			t.Errorf("type %s missing", ty)
		}
	}
	for _, k := range NegativeKinds {
		if negs[k] == 0 {
			t.Errorf("negative kind %s missing", k)
		}
	}
	for p := range places {
		if plc[p] == 0 {
			t.Errorf("place %s missing", p)
		}
	}
	for _, s := range []string{"hwp", "hwpx", "pdf", "docx", "ocr", "email", "csv", "xlsx", "webform", "jsonlog"} {
		if srcSeen[s] == 0 {
			t.Errorf("source %s missing", s)
		}
	}
	share := float64(clean) / float64(len(docs))
	if share < 0.30 || share > 0.40 {
		t.Errorf("clean share %.2f, want 0.30–0.40", share)
	}
}

// The look-alike patterns below are this test's own, written apart
// from the generator's check: anything shaped like a phone number, an
// RRN, an e-mail address, a card, an IP address or an account number
// must be labelled, as an item or as a negative.
var digit = `[0-9０-９]`
var lookalike = map[string]*regexp.Regexp{
	"mobile":   regexp.MustCompile(`(?:\+82\s?-?\s?)?\(?0?1[016-9]\)?[\s.\-)－]*` + digit + `{3,4}[\s.\-－]*` + digit + `{4}`),
	"landline": regexp.MustCompile(`\(?0[2-7]` + digit + `?\)?[\s.\-)－]+` + digit + `{3,4}[\s.\-－]+` + digit + `{4}`),
	"rrn":      regexp.MustCompile(digit + `{6}\s*[-–－]?\s*[1-8]` + digit + `{6}`),
	"email":    regexp.MustCompile(`[\w.+-]+\s?(?:@|＠|\[at\])\s?[\w-]+\.[\w.]+`),
	"card":     regexp.MustCompile(digit + `{4}[\s\-－]` + digit + `{4}[\s\-－]` + digit + `{4}[\s\-－]` + digit + `{3,4}`),
	"ip":       regexp.MustCompile(`(?:^|[^0-9.])([0-9]{1,3}(?:\.[0-9]{1,3}){3})(?:[^0-9.]|$)`),
	"account":  regexp.MustCompile(digit + `{2,6}-` + digit + `{2,7}-` + digit + `{2,7}`),
	"digits":   regexp.MustCompile(digit + `{10,}`),
	"ipv6":     regexp.MustCompile(`[0-9a-f]{4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}`),
}

func TestNoUnlabelledLookalike(t *testing.T) {
	docs, _ := docs400(t)
	for _, d := range docs {
		sp := spansOf(d)
		for name, re := range lookalike {
			for _, m := range re.FindAllStringSubmatchIndex(d.Text, -1) {
				s, e := m[0], m[1]
				if len(m) > 2 && m[2] >= 0 {
					s, e = m[2], m[3]
				}
				hit := false
				for _, x := range sp {
					if x.s < e && s < x.e {
						hit = true
						break
					}
				}
				if !hit {
					t.Errorf("%s: unlabelled %s-like %q", d.ID, name, d.Text[s:e])
				}
			}
		}
	}
}

func TestRepeatsLabelled(t *testing.T) {
	docs, _ := docs400(t)
	for _, d := range docs {
		sp := spansOf(d)
		inItem := func(s, e int) bool {
			for _, x := range sp {
				if x.item && x.s <= s && e <= x.e {
					return true
				}
			}
			return false
		}
		for _, it := range d.Items {
			v := d.Text[it.Start:it.End]
			if utf8.RuneCountInString(v) < 2 {
				continue
			}
			for off := 0; off < len(d.Text); {
				j := strings.Index(d.Text[off:], v)
				if j < 0 {
					break
				}
				s := off + j
				if !inItem(s, s+len(v)) {
					t.Errorf("%s: %q at %d is not labelled", d.ID, v, s)
				}
				off = s + len(v)
			}
		}
	}
}

func TestExemptOnlyAsOfficial(t *testing.T) {
	docs, _ := docs400(t)
	for _, d := range docs {
		if len(d.Exempt) != 2 {
			t.Errorf("%s: exempt %v, want drafter and approver", d.ID, d.Exempt)
		}
		for _, x := range d.Exempt {
			seen := 0
			for off := 0; off < len(d.Text); {
				j := strings.Index(d.Text[off:], x)
				if j < 0 {
					break
				}
				s := off + j
				seen++
				ok := false
				for _, n := range d.Negatives {
					if n.Kind == "official" && n.Start <= s && s+len(x) <= n.End {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%s: exempt %q at %d is not an official negative", d.ID, x, s)
				}
				off = s + len(x)
			}
			if seen == 0 {
				t.Errorf("%s: exempt %q never written", d.ID, x)
			}
			for _, it := range d.Items {
				if strings.Contains(d.Text[it.Start:it.End], x) {
					t.Errorf("%s: exempt %q inside item %q", d.ID, x, d.Text[it.Start:it.End])
				}
			}
		}
	}
}

// Adequately masked RRNs are left unlabelled on purpose; leaky ones
// are items.
func TestMaskedRRN(t *testing.T) {
	docs, _ := docs400(t)
	masked := regexp.MustCompile(`[0-9]{6}-[1-8]?(?:\*{6,7}|x{6})`)
	found, leaky := 0, 0
	for _, d := range docs {
		for _, m := range masked.FindAllStringIndex(d.Text, -1) {
			found++
			for _, it := range d.Items {
				if it.Start < m[1] && m[0] < it.End {
					t.Errorf("%s: masked %q labelled", d.ID, d.Text[m[0]:m[1]])
				}
			}
		}
		for _, it := range d.Items {
			if (it.Type == "rrn" || it.Type == "frn") && strings.Contains(it.Form, "+masked") {
				leaky++
			}
		}
	}
	if found == 0 || leaky == 0 {
		t.Errorf("masked %d, leaky %d: want both", found, leaky)
	}
}
