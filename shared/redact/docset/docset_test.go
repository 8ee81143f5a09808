package docset

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

var splits = []Split{Dev, Holdout}

func TestGenerateIsDeterministic(t *testing.T) {
	for _, s := range splits {
		a := Generate(7, 60, s)
		b := Generate(7, 60, s)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("%s: two runs with the same seed differ", s)
		}
		// The first documents do not depend on n.
		if !reflect.DeepEqual(a[:20], Generate(7, 20, s)) {
			t.Errorf("%s: Generate(7, 20) is not a prefix of Generate(7, 60)", s)
		}
		if reflect.DeepEqual(a, Generate(8, 60, s)) {
			t.Errorf("%s: seeds 7 and 8 give the same documents", s)
		}
	}
	if Generate(7, 1, Dev)[0].Text == Generate(7, 1, Holdout)[0].Text {
		t.Error("the splits give the same first document")
	}
}

// span is an item's or a negative's byte range, for the checks below.
type span struct {
	start, end int
	what       string
}

func TestSpansAreValidAndDisjoint(t *testing.T) {
	for _, s := range splits {
		for _, d := range Generate(1, 400, s) {
			var ss []span
			for _, it := range d.Items {
				if !contains(evalset.AllTypes, it.Type) {
					t.Errorf("%s: unknown type %q", d.ID, it.Type)
				}
				if it.Form == "" {
					t.Errorf("%s: item without a form", d.ID)
				}
				ss = append(ss, span{it.Start, it.End, it.Type})
			}
			for _, n := range d.Negatives {
				if n.Kind == "" {
					t.Errorf("%s: negative without a kind", d.ID)
				}
				ss = append(ss, span{n.Start, n.End, "negative " + n.Kind})
			}
			for _, x := range ss {
				if x.start < 0 || x.end > len(d.Text) || x.start >= x.end {
					t.Fatalf("%s: %s span [%d,%d) outside the text (%d bytes)", d.ID, x.what, x.start, x.end, len(d.Text))
				}
				if !utf8.RuneStart(d.Text[x.start]) || (x.end < len(d.Text) && !utf8.RuneStart(d.Text[x.end])) {
					t.Errorf("%s: %s span [%d,%d) cuts a character", d.ID, x.what, x.start, x.end)
				}
				v := d.Text[x.start:x.end]
				if strings.TrimSpace(v) != v {
					t.Errorf("%s: %s span %q has outer spaces", d.ID, x.what, v)
				}
			}
			for i := range ss {
				for j := i + 1; j < len(ss); j++ {
					if ss[i].start < ss[j].end && ss[j].start < ss[i].end {
						t.Errorf("%s: %s %q overlaps %s %q", d.ID, ss[i].what, d.Text[ss[i].start:ss[i].end], ss[j].what, d.Text[ss[j].start:ss[j].end])
					}
				}
			}
		}
	}
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// layoutOf is the table layout an item's form names, if any.
func layoutOf(form string) string {
	ctx, _, _ := strings.Cut(form, "+")
	if strings.HasPrefix(ctx, "kv:") {
		return LayoutKV
	}
	if rest, ok := strings.CutPrefix(ctx, "table."); ok {
		l, _, _ := strings.Cut(rest, ":")
		return l
	}
	return ""
}

func TestEverythingAppearsInAFewHundredDocs(t *testing.T) {
	wantQuals := []string{"particle", "honorific", "spaced", "compound_surname", "given", "latin", "transcribed", "health", "criminal", "disciplinary", "sloppy_mask"}
	wantContexts := []string{"recipient", "attendee_list", "speaker", "list_item", "body"}
	for _, s := range splits {
		kinds, layouts, types, quals, ctxs := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
		for _, d := range Generate(3, 300, s) {
			kinds[d.Kind]++
			for _, it := range d.Items {
				types[it.Type]++
				if l := layoutOf(it.Form); l != "" {
					layouts[l]++
				}
				parts := strings.Split(it.Form, "+")
				c, _, _ := strings.Cut(parts[0], ":")
				ctxs[c]++
				for _, q := range parts[1:] {
					q, _, _ = strings.Cut(q, ":")
					quals[q]++
				}
			}
		}
		for _, k := range Kinds() {
			if kinds[k] < 10 {
				t.Errorf("%s: kind %s in %d of 300 documents", s, k, kinds[k])
			}
		}
		for _, l := range Layouts() {
			if layouts[l] < 10 {
				t.Errorf("%s: layout %s holds %d items in 300 documents", s, l, layouts[l])
			}
		}
		for _, typ := range evalset.AllTypes {
			if types[typ] < 5 {
				t.Errorf("%s: type %s planted %d times in 300 documents", s, typ, types[typ])
			}
		}
		for _, q := range wantQuals {
			if quals[q] == 0 {
				t.Errorf("%s: no item with quality %s in 300 documents", s, q)
			}
		}
		for _, c := range wantContexts {
			if ctxs[c] == 0 {
				t.Errorf("%s: no item in context %s in 300 documents", s, c)
			}
		}
	}
}

func TestEveryTemplateIsUsed(t *testing.T) {
	for _, s := range splits {
		used := map[string]int{}
		for i := 0; i < 1500; i++ {
			used[generateOne(5, i, s).template]++
		}
		for _, k := range Kinds() {
			for _, tp := range Templates(k, s) {
				if used[k+"/"+tp] == 0 {
					t.Errorf("%s: template %s/%s never used in 1500 documents", s, k, tp)
				}
			}
		}
	}
}

func TestAboutAThirdOfDocumentsAreClean(t *testing.T) {
	for _, s := range splits {
		const n = 1000
		clean := 0
		for i := 0; i < n; i++ {
			g := generateOne(11, i, s)
			if g.clean != (len(g.doc.Items) == 0) {
				t.Errorf("%s %s (%s): clean=%v but %d items", s, g.doc.ID, g.template, g.clean, len(g.doc.Items))
			}
			if len(g.doc.Negatives) == 0 {
				t.Errorf("%s %s: no hard negatives", s, g.doc.ID)
			}
			if g.clean {
				clean++
			}
		}
		if share := float64(clean) / n; share < 0.3 || share > 0.4 {
			t.Errorf("%s: %.2f of documents are clean, want about 0.35", s, share)
		}
	}
}

// A name may not be labelled and also be a negative or exempt in the same
// document: the scorer could not tell which mention a redactor hit.
func TestNamesAreEitherPersonalOrPublic(t *testing.T) {
	for _, s := range splits {
		for _, d := range Generate(2, 400, s) {
			public := map[string]bool{}
			for _, e := range d.Exempt {
				public[e] = true
			}
			for _, n := range d.Negatives {
				if n.Kind == "official" {
					public[d.Text[n.Start:n.End]] = true
				}
			}
			for _, it := range d.Items {
				if it.Type == tName && public[d.Text[it.Start:it.End]] {
					t.Errorf("%s: %q is both a citizen and an official", d.ID, d.Text[it.Start:it.End])
				}
			}
			for _, e := range d.Exempt {
				if !strings.Contains(d.Text, e) {
					t.Errorf("%s: exempt %q does not appear", d.ID, e)
				}
			}
		}
	}
}

// devGivenNames is every given name Dev can draw.
func devGivenNames() map[string]bool {
	v := vocabFor(Dev)
	out := map[string]bool{}
	for _, xs := range [][]string{v.given1, v.given2, v.given3} {
		for _, x := range xs {
			out[x] = true
		}
	}
	for _, a := range v.syl1 {
		for _, c := range v.syl2 {
			out[a+c] = true
		}
	}
	return out
}

func TestSplitsDiffer(t *testing.T) {
	dev, ho := vocabFor(Dev), vocabFor(Holdout)
	devNames := devGivenNames()
	for _, xs := range [][]string{ho.given1, ho.given2, ho.given3} {
		for _, x := range xs {
			if devNames[x] {
				t.Errorf("holdout given name %s is in a dev pool", x)
			}
		}
	}
	for _, a := range ho.syl1 {
		for _, c := range ho.syl2 {
			if devNames[a+c] {
				t.Errorf("holdout syllables make %s, a dev given name", a+c)
			}
		}
	}
	disjoint := func(what string, a, b []string) {
		seen := map[string]bool{}
		for _, x := range a {
			seen[x] = true
		}
		for _, x := range b {
			if seen[x] {
				t.Errorf("%s: %q is in both splits", what, x)
			}
		}
	}
	disjoint("rare surnames", dev.rareSurnames, ho.rareSurnames)
	disjoint("compound surnames", dev.compound, ho.compound)
	var df, hf, dr, hr, dc, hc, dl, hl, dm, hm []string
	for _, f := range dev.foreigners {
		df = append(df, f.latin, f.hangul)
	}
	for _, f := range ho.foreigners {
		hf = append(hf, f.latin, f.hangul)
	}
	for _, r := range dev.roads {
		dr = append(dr, r.road)
	}
	for _, r := range ho.roads {
		hr = append(hr, r.road)
	}
	for _, c := range dev.companies {
		dc = append(dc, c.name)
	}
	for _, c := range ho.companies {
		hc = append(hc, c.name)
	}
	for _, l := range dev.lots {
		dl = append(dl, l.dong)
	}
	for _, l := range ho.lots {
		hl = append(hl, l.dong)
	}
	for _, o := range dev.orgs {
		if o.domain != cityHall.domain {
			dm = append(dm, o.domain)
		}
	}
	for _, o := range ho.orgs {
		hm = append(hm, o.domain)
	}
	disjoint("foreign names", df, hf)
	disjoint("roads", dr, hr)
	disjoint("companies", dc, hc)
	disjoint("lot dongs", dl, hl)
	disjoint("district offices", dm, hm)
	for _, k := range Kinds() {
		d, h := Templates(k, Dev), Templates(k, Holdout)
		if len(d) < 3 || len(h) < 3 {
			t.Errorf("kind %s: %d dev and %d holdout templates, want several", k, len(d), len(h))
		}
		only := 0
		for _, x := range h {
			if !contains(d, x) {
				only++
			}
		}
		if only == 0 {
			t.Errorf("kind %s has no holdout-only template", k)
		}
	}
}

// Holdout documents draw given names only from Holdout pools.
func TestHoldoutNamesAreUnseen(t *testing.T) {
	devNames := devGivenNames()
	ho := vocabFor(Holdout)
	surnames := map[string]bool{}
	for _, w := range commonSurnames {
		surnames[w.s] = true
	}
	for _, s := range append(ho.rareSurnames, ho.compound...) {
		surnames[s] = true
	}
	for _, d := range Generate(4, 300, Holdout) {
		for _, it := range d.Items {
			if it.Type != tName || strings.Contains(it.Form, "latin") || strings.Contains(it.Form, "transcribed") || strings.Contains(it.Form, "spaced") {
				continue
			}
			name := d.Text[it.Start:it.End]
			for _, sur := range []string{firstRunes(name, 2), firstRunes(name, 1)} {
				if surnames[sur] && len(name) > len(sur) {
					if devNames[name[len(sur):]] {
						t.Errorf("%s: holdout name %s has a dev given name", d.ID, name)
					}
					break
				}
			}
		}
	}
}

func firstRunes(s string, n int) string {
	rs := []rune(s)
	if len(rs) < n {
		return s
	}
	return string(rs[:n])
}

// The scorer accepts the set: a redactor that reports exactly the items
// scores 1 with every negative untouched, one that reports nothing scores
// 0.
func TestScorerAcceptsTheSet(t *testing.T) {
	for _, s := range splits {
		docs := Generate(9, 200, s)
		byText := map[string]evalset.Doc{}
		for _, d := range docs {
			byText[d.Text] = d
		}
		oracle := func(text string, _ []string) []evalset.Finding {
			var fs []evalset.Finding
			for _, it := range byText[text].Items {
				fs = append(fs, evalset.Finding{Type: it.Type, Start: it.Start, End: it.End})
			}
			return fs
		}
		rep := evalset.Score(docs, oracle)
		if rep.Recall != 1 || rep.Precision != 1 || rep.NegativeRate != 1 {
			t.Errorf("%s: oracle scores recall %.3f precision %.3f negatives %.3f, want 1", s, rep.Recall, rep.Precision, rep.NegativeRate)
		}
		none := evalset.Score(docs, func(string, []string) []evalset.Finding { return nil })
		if none.Found != 0 || none.Planted == 0 {
			t.Errorf("%s: empty redactor found %d of %d", s, none.Found, none.Planted)
		}
	}
}

func TestNumbersAreRealistic(t *testing.T) {
	b := newBuilder(rngFor(1), Dev, false)
	withSum, without := 0, 0
	for i := 0; i < 2000; i++ {
		p := b.newPerson(0, 90)
		rrn := p.rrn
		g := int(rrn[6] - '0')
		if p.dob.y >= 2000 && g != 3 && g != 4 || p.dob.y < 2000 && g != 1 && g != 2 {
			t.Fatalf("resident number %s for a birth in %d", rrn, p.dob.y)
		}
		if (g%2 == 0) != p.female {
			t.Fatalf("resident number %s: sex digit disagrees", rrn)
		}
		if rrnCheck(rrn) == int(rrn[12]-'0') {
			withSum++
		} else {
			without++
		}
		if !luhnValid(p.card) {
			t.Fatalf("card %s fails Luhn", p.card)
		}
		f := b.newForeigner()
		if g := f.rrn[6]; g < '5' || g > '8' {
			t.Fatalf("alien registration number %s has sex digit %c", f.rrn, g)
		}
	}
	if withSum == 0 || without == 0 {
		t.Errorf("resident numbers: %d with a valid check digit, %d without; want both", withSum, without)
	}
	for i := 0; i < 200; i++ {
		bn := strings.ReplaceAll(bizNumber(b.r, i%2 == 0), "-", "")
		w := []int{1, 3, 7, 1, 3, 7, 1, 3, 5}
		sum := 0
		for j := 0; j < 9; j++ {
			sum += int(bn[j]-'0') * w[j]
		}
		sum += int(bn[8]-'0') * 5 / 10
		if (10-sum%10)%10 != int(bn[9]-'0') {
			t.Fatalf("business number %s fails its check digit", bn)
		}
	}
}

func rngFor(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 1)) }

func luhnValid(s string) bool {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

func TestMasks(t *testing.T) {
	for _, s := range splits {
		for _, d := range Generate(6, 300, s) {
			for _, it := range d.Items {
				if strings.Contains(it.Form, "sloppy_mask") && !strings.Contains(d.Text[it.Start:it.End], "*") {
					t.Errorf("%s: sloppy mask %q has no mask", d.ID, d.Text[it.Start:it.End])
				}
			}
			for _, n := range d.Negatives {
				v := d.Text[n.Start:n.End]
				if n.Kind == "masked" && !strings.ContainsAny(v, "*○O") {
					t.Errorf("%s: masked negative %q is not masked", d.ID, v)
				}
			}
		}
	}
}
