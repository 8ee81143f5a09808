package twelveset

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

func TestDeterministicPerSeed(t *testing.T) {
	a, b := Generate(1, 60), Generate(1, 60)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("seed 1 gave two different sets")
	}
	c := Generate(2, 60)
	same := 0
	for i := range a {
		if a[i].Text == c[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Fatalf("seeds 1 and 2 share %d of 60 texts", same)
	}
	// A document does not depend on how many others are generated.
	if !reflect.DeepEqual(Generate(1, 10), a[:10]) {
		t.Fatal("the first 10 documents changed with the set's size")
	}
}

// fold undoes the noise the generator adds, to check that a span holds
// the value of its type.
var fold = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4", "５", "5", "６", "6", "７", "7", "８", "8", "９", "9", "－", "-",
	"O", "0", "l", "1", "S", "5", "B", "8", "Z", "2", "b", "6", " ", "", "\n", "", "\t", "")

var shapes = map[string]*regexp.Regexp{
	tRRN:      regexp.MustCompile(`^\d{6}-[1-4][\d*]{6}$`),
	tFRN:      regexp.MustCompile(`^\d{6}-[5-8][\d*]{6}$`),
	tMobile:   regexp.MustCompile(`^010-\d{4}-[\d*]{4}$`),
	tLandline: regexp.MustCompile(`^\(?0\d{1,2}[)\-.]?\d{3,4}[\-.]?\d{4}$`),
	tEmail:    regexp.MustCompile(`^[a-z0-9._]+@[a-z]+\.[a-z.]+$`),
	tCard:     regexp.MustCompile(`^\d{4}-\d{4}-\d{4}-[\d*]{4}$`),
	tAccount:  regexp.MustCompile(`^\d{3,6}(-\d{1,7}){2,3}$`),
	tPassport: regexp.MustCompile(`^[A-Z0-9]{8,10}$`),
	tLicence:  regexp.MustCompile(`^(\d\d-|[가-힣]{2})\d\d-\d{6}-\d\d$`),
	tPlate:    regexp.MustCompile(`^([가-힣]{2})?\d{2,3}[가-힣]\d{4}$`),
	tBirth:    regexp.MustCompile(`^\d{2,4}[.\-/년]?\d{1,2}[.\-/월]?\d{1,2}[.일]?$`),
	tName:     regexp.MustCompile(`^([가-힣]{2,12}|[A-Z]{2,30})$`),
	tAddress:  regexp.MustCompile(`^[가-힣]+(특별시|광역시|도).*\d`),
	tIP:       regexp.MustCompile(`^\d{1,3}(\.\d{1,3}){3}$`),
}

func TestSpansHoldTheirValues(t *testing.T) {
	set := Generate(1, 300)
	for _, d := range set {
		var spans [][2]int
		for _, it := range d.Items {
			if it.Start < 0 || it.End > len(d.Text) || it.Start >= it.End ||
				!utf8.RuneStart(d.Text[it.Start]) || (it.End < len(d.Text) && !utf8.RuneStart(d.Text[it.End])) {
				t.Fatalf("%s: bad span %+v", d.ID, it)
			}
			v := d.Text[it.Start:it.End]
			if strings.TrimSpace(v) != v {
				t.Errorf("%s: %s span has surrounding space %q", d.ID, it.Type, v)
			}
			s := fold.Replace(v)
			if it.Type == tName || it.Type == tAddress || it.Type == tEmail {
				s = strings.NewReplacer(" ", "", "\n", "").Replace(v)
			}
			if !shapes[it.Type].MatchString(s) {
				t.Errorf("%s: %s span %q (%s) is not of its type", d.ID, it.Type, v, it.Form)
			}
			if !strings.Contains(it.Form, "+") {
				t.Errorf("%s: form %q has no quality", d.ID, it.Form)
			}
			spans = append(spans, [2]int{it.Start, it.End})
		}
		for _, n := range d.Negatives {
			if n.Start < 0 || n.End > len(d.Text) || n.Start >= n.End {
				t.Fatalf("%s: bad negative %+v", d.ID, n)
			}
			for _, s := range spans {
				if n.Start < s[1] && s[0] < n.End {
					t.Errorf("%s: negative %q overlaps an item", d.ID, d.Text[n.Start:n.End])
				}
			}
		}
		for _, e := range d.Exempt {
			if !strings.Contains(d.Text, e) {
				t.Errorf("%s: exempt %q not in the text", d.ID, e)
			}
		}
	}
}

func TestCoverage(t *testing.T) {
	set := Generate(1, 300)
	byType := map[string]int{}
	kinds, clean, items := map[string]int{}, 0, 0
	for _, d := range set {
		kinds[d.Kind]++
		if len(d.Items) == 0 {
			clean++
		}
		for _, it := range d.Items {
			byType[it.Type]++
			items++
		}
	}
	for _, typ := range evalset.AllTypes {
		if byType[typ] < 20 {
			t.Errorf("%s: %d items, want at least 20", typ, byType[typ])
		}
	}
	if items < 3000 {
		t.Errorf("%d items in 300 documents, want at least 3000", items)
	}
	if len(kinds) < 10 {
		t.Errorf("%d kinds, want at least 10", len(kinds))
	}
	if clean == 0 || clean > 100 {
		t.Errorf("%d clean documents of 300", clean)
	}
}

// TestFootersOnlyNegatives checks that what follows the closing 끝 —
// the 결재 line and the office's contacts — holds no planted item.
func TestFootersOnlyNegatives(t *testing.T) {
	for _, d := range Generate(3, 120) {
		end := strings.LastIndex(d.Text, "\n\n")
		for _, it := range d.Items {
			if it.End > end {
				t.Errorf("%s: %s item in the footer", d.ID, it.Type)
			}
		}
	}
}

// TestNegativesInEveryDocument checks that every document, clean or not,
// carries the office's own contacts, its officials and public numbers.
func TestNegativesInEveryDocument(t *testing.T) {
	for _, d := range Generate(4, 120) {
		kinds := map[string]bool{}
		for _, n := range d.Negatives {
			kinds[n.Kind] = true
		}
		for _, k := range []string{"official", "office_phone", "office_fax", "office_email", "office_address", "docno", "date"} {
			if !kinds[k] {
				t.Errorf("%s: no %s negative", d.ID, k)
			}
		}
		if !kinds["company"] && !kinds["statute"] {
			t.Errorf("%s: neither a company nor a statute", d.ID)
		}
		if len(d.Exempt) < 3 {
			t.Errorf("%s: %d exempt officials, want the three of the 결재 line", d.ID, len(d.Exempt))
		}
	}
}
