package thirteenset

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
		t.Fatal("same seed gave different documents")
	}
	seen := map[string]bool{}
	for _, d := range a {
		seen[d.Text] = true
	}
	for _, d := range Generate(2, 60) {
		if seen[d.Text] {
			t.Fatalf("seeds 1 and 2 share %s", d.ID)
		}
	}
	if !reflect.DeepEqual(Generate(1, 10), a[:10]) {
		t.Fatal("a document changed with n")
	}
}

// fold undoes the planted noise so that a value can be checked by shape.
func fold(typ, s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= 0xFF01 && c <= 0xFF5E {
			c -= 0xFEE0
		}
		switch c {
		case ' ', '\n', '\t', '\u3000':
			continue
		}
		if typ != "email" && typ != "passport" && typ != "name" && typ != "address" {
			switch c {
			case 'O', 'o':
				c = '0'
			case 'l', 'I':
				c = '1'
			}
		}
		if typ == "address" && c == 'l' {
			c = '1'
		}
		b.WriteRune(c)
	}
	return b.String()
}

var shapes = map[string]*regexp.Regexp{
	"rrn":            regexp.MustCompile(`^\d{6}-?[1-4][\d*]{6}$`),
	"frn":            regexp.MustCompile(`^\d{6}-?[5-8][\d*]{6}$`),
	"mobile":         regexp.MustCompile(`^(\+82)?0?1[016789][-.]?\d{1,2}[\d*]{2}[-.]?[\d*]{4}$`),
	"landline":       regexp.MustCompile(`^\(?0\d{1,2}[)\-.]?\d{1,2}[\d*]{2}[-.]?[\d*]{4}$`),
	"email":          regexp.MustCompile(`^[\w.+*-]+@[\w-]+(\.[\w-]+)+$`),
	"card":           regexp.MustCompile(`^\d{4}-?[\d*]{4}-?[\d*]{4}-?\d{4}$`),
	"account":        regexp.MustCompile(`^\d{3,6}(-?[\d*]{1,7}){1,4}$`),
	"passport":       regexp.MustCompile(`^[A-Z]{1,2}\d{3}[A-Z]?\d{3,5}[A-Z]?$`),
	"driver_licence": regexp.MustCompile(`^(\d{2}|서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산)-?\d{2}-?\d{6}-?\d{2}$`),
	"vehicle_plate":  regexp.MustCompile(`^([가-힣]{2})?\d{2,3}[가-힣]\d{4}$`),
	"birth_date":     regexp.MustCompile(`^((19|20)?\d{2}[./-]?\d{1,2}[./-]?\d{1,2}\.?|(19|20)\d{2}년\d{1,2}월\d{1,2}일)$`),
	"name":           regexp.MustCompile(`^([가-힣]{2,12}|[A-Za-z][A-Za-z'.-]+)$`),
	"address":        regexp.MustCompile(`^[가-힣][가-힣A-Za-z0-9\-,()]*(시|도|구|군|동|가|로|길)[가-힣A-Za-z0-9\-,()]*\d[가-힣A-Za-z0-9\-,()]*$`),
	"ip":             regexp.MustCompile(`^\d{1,3}\.\d{1,3}\.\d{1,3}\.(\d{1,3}|\*{3})$`),
}

func TestSpansHoldTheirValues(t *testing.T) {
	for _, d := range Generate(1, 300) {
		for _, it := range d.Items {
			if it.Start < 0 || it.End > len(d.Text) || it.Start >= it.End {
				t.Fatalf("%s: bad span %+v", d.ID, it)
			}
			if !utf8.RuneStart(d.Text[it.Start]) || (it.End < len(d.Text) && !utf8.RuneStart(d.Text[it.End])) {
				t.Fatalf("%s: span %+v splits a rune", d.ID, it)
			}
			v := d.Text[it.Start:it.End]
			if strings.TrimSpace(v) != v {
				t.Errorf("%s: %s %q has surrounding space", d.ID, it.Type, v)
			}
			re, ok := shapes[it.Type]
			if !ok {
				t.Fatalf("%s: unknown type %q", d.ID, it.Type)
			}
			if !re.MatchString(fold(it.Type, v)) {
				t.Errorf("%s: %s %q (%s) does not fold to its shape: %q", d.ID, it.Type, v, it.Form, fold(it.Type, v))
			}
			if !strings.Contains(it.Form, "+") {
				t.Errorf("%s: form %q", d.ID, it.Form)
			}
		}
		for _, n := range d.Negatives {
			for _, it := range d.Items {
				if n.Start < it.End && it.Start < n.End {
					t.Errorf("%s: negative %s %q overlaps %s %q", d.ID, n.Kind, d.Text[n.Start:n.End], it.Type, d.Text[it.Start:it.End])
				}
			}
		}
		for _, e := range d.Exempt {
			if !strings.Contains(d.Text, e) {
				t.Errorf("%s: exempt %q not in text", d.ID, e)
			}
		}
		if len(d.Items) > maxItems {
			t.Errorf("%s: %d items", d.ID, len(d.Items))
		}
	}
}

func TestCoverage(t *testing.T) {
	docs := Generate(1, 300)
	byType := map[string]int{}
	kinds := map[string]bool{}
	total, clean := 0, 0
	for _, d := range docs {
		kinds[d.Kind] = true
		if len(d.Items) == 0 {
			clean++
		}
		for _, it := range d.Items {
			byType[it.Type]++
			total++
		}
	}
	for _, typ := range evalset.AllTypes {
		if byType[typ] < 20 {
			t.Errorf("%s: %d items", typ, byType[typ])
		}
	}
	if total < 3000 {
		t.Errorf("%d items in all", total)
	}
	if len(kinds) < 12 {
		t.Errorf("%d kinds", len(kinds))
	}
	if clean < 1 || clean > 100 {
		t.Errorf("%d clean documents", clean)
	}
}

func TestFootersOnlyNegatives(t *testing.T) {
	for _, d := range Generate(1, 300) {
		end := strings.LastIndex(d.Text, "끝.")
		if end < 0 {
			t.Fatalf("%s has no closing mark", d.ID)
		}
		for _, it := range d.Items {
			if it.End > end {
				t.Errorf("%s: %s item after the closing mark", d.ID, it.Type)
			}
		}
	}
}

func TestNegativesInEveryDocument(t *testing.T) {
	need := []string{"official", "office_phone", "office_email", "office_address", "docno", "date"}
	for _, d := range Generate(1, 300) {
		have := map[string]bool{}
		for _, n := range d.Negatives {
			have[n.Kind] = true
		}
		for _, k := range need {
			if !have[k] {
				t.Errorf("%s: no %s negative", d.ID, k)
			}
		}
		if len(d.Exempt) < 3 {
			t.Errorf("%s: %d exempt officials", d.ID, len(d.Exempt))
		}
	}
}
