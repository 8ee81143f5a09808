package archive

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

const testN = 400

// set is generated once per test binary: every test reads the same
// documents, which keeps the suite fast.
func set(t *testing.T) ([]evalset.Doc, []meta) {
	t.Helper()
	return generate(1, testN)
}

func TestDeterministic(t *testing.T) {
	a := Generate(7, 60)
	b := Generate(7, 60)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with one seed differ")
	}
	if !reflect.DeepEqual(Generate(7, 25), a[:25]) {
		t.Fatal("a shorter set is not a prefix of a longer one")
	}
	c := Generate(8, 60)
	same := 0
	for i := range a {
		if a[i].Text == c[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Fatalf("seeds 7 and 8 share %d documents", same)
	}
	for i, d := range a {
		if want := fmt.Sprintf("archive-%05d", i); d.ID != want || d.Kind == "" {
			t.Fatalf("doc %d: id %q kind %q", i, d.ID, d.Kind)
		}
	}
}

type span struct {
	start, end int
	what       string
}

func TestSpans(t *testing.T) {
	docs, _ := set(t)
	types := map[string]bool{}
	for _, ty := range evalset.AllTypes {
		types[ty] = true
	}
	for _, d := range docs {
		var sp []span
		for _, it := range d.Items {
			if !types[it.Type] {
				t.Errorf("%s: unknown type %q", d.ID, it.Type)
			}
			if place, _, _ := strings.Cut(it.Form, "+"); place == "" || place == cell || place == "kv" {
				t.Errorf("%s: item %q has no place in Form %q", d.ID, d.Text[it.Start:it.End], it.Form)
			}
			sp = append(sp, span{it.Start, it.End, "item " + it.Type})
		}
		for _, n := range d.Negatives {
			if n.Kind == "" {
				t.Errorf("%s: negative without kind", d.ID)
			}
			sp = append(sp, span{n.Start, n.End, "negative " + n.Kind})
		}
		for _, s := range sp {
			if s.start < 0 || s.end > len(d.Text) || s.start >= s.end {
				t.Fatalf("%s: %s span [%d,%d) out of text of %d bytes", d.ID, s.what, s.start, s.end, len(d.Text))
			}
			if !utf8.RuneStart(d.Text[s.start]) || (s.end < len(d.Text) && !utf8.RuneStart(d.Text[s.end])) {
				t.Errorf("%s: %s span [%d,%d) not on rune boundaries", d.ID, s.what, s.start, s.end)
			}
		}
		sort.Slice(sp, func(i, j int) bool { return sp[i].start < sp[j].start })
		for i := 1; i < len(sp); i++ {
			if sp[i].start < sp[i-1].end {
				t.Errorf("%s: %s %q overlaps %s %q", d.ID, sp[i].what, d.Text[sp[i].start:sp[i].end], sp[i-1].what, d.Text[sp[i-1].start:sp[i-1].end])
			}
		}
		if !utf8.ValidString(d.Text) {
			t.Errorf("%s: text is not UTF-8", d.ID)
		}
	}
}

var (
	reDigits = regexp.MustCompile(`[0-9*]`)
	reIP     = regexp.MustCompile(`^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$`)
	rePass   = regexp.MustCompile(`^[A-Z0-9]{2}[ ]?[A-Z0-9]{5,8}$`)
	reLic    = regexp.MustCompile(`^(\d{2}|[가-힣]{2})[- ]?\d{2}[- ]?\d{6}[- ]?\d{2}$`)
	rePlate  = regexp.MustCompile(`^([가-힣]{2} ?)?\d{2,3} ?[가-힣] ?(\d{4}|\d{2}\*\*)$`)
	reMail   = regexp.MustCompile(`^[a-z0-9._*]+@[a-z0-9.-]+\.[a-z]{2,}$`)
	reAddr   = regexp.MustCompile(`^[가-힣]+[0-9]*[가-힣]*(\s?\d+[가-힣]+)?\s[\s\S]*\d(호|층|번지)?$`)
)

// numerals keeps digits (full-width folded) and asterisks.
func numerals(s string) string {
	var sb strings.Builder
	for _, c := range s {
		if c >= '０' && c <= '９' {
			c = c - '０' + '0'
		}
		if reDigits.MatchString(string(c)) {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// plausible checks that a value looks like what its type says.
func plausible(typ, form, v string) error {
	partial := strings.Contains(form, "+partial_mask")
	n := numerals(v)
	switch typ {
	case tRRN, tFRN:
		if len(n) != 13 {
			return fmt.Errorf("%d numerals", len(n))
		}
		if partial {
			if !strings.Contains(n, "*") {
				return fmt.Errorf("partial mask without a mask")
			}
			return nil
		}
		g := n[6] - '0'
		if (typ == tRRN && (g < 1 || g > 4)) || (typ == tFRN && (g < 5 || g > 8)) {
			return fmt.Errorf("gender digit %d", g)
		}
		w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
		sum := 0
		for i := range 12 {
			sum += int(n[i]-'0') * w[i]
		}
		if int(n[12]-'0') != (11-sum%11)%10 {
			return fmt.Errorf("checksum")
		}
	case tMobile:
		n = strings.TrimPrefix(n, "82")
		if !strings.HasPrefix(n, "01") && !strings.HasPrefix(n, "1") {
			return fmt.Errorf("prefix")
		}
		if len(n) < 9 || len(n) > 11 {
			return fmt.Errorf("%d numerals", len(n))
		}
	case tLandline:
		if len(n) < 8 || len(n) > 12 {
			return fmt.Errorf("%d numerals", len(n))
		}
	case tEmail:
		if !reMail.MatchString(v) {
			return fmt.Errorf("not an address")
		}
	case tCard:
		if len(n) < 14 || len(n) > 16 {
			return fmt.Errorf("%d numerals", len(n))
		}
		if !partial && luhn(n[:len(n)-1]) != n {
			return fmt.Errorf("Luhn")
		}
	case tAccount:
		if len(n) < 10 || len(n) > 14 {
			return fmt.Errorf("%d numerals", len(n))
		}
	case tPassport:
		if !rePass.MatchString(v) {
			return fmt.Errorf("shape")
		}
	case tLicence:
		if !reLic.MatchString(v) {
			return fmt.Errorf("shape")
		}
	case tPlate:
		if !rePlate.MatchString(v) {
			return fmt.Errorf("shape")
		}
	case tBirth:
		if len(strings.Trim(n, "*")) < 4 {
			return fmt.Errorf("too few digits")
		}
	case tName:
		for _, c := range v {
			if !isHangul(c) && !isLatin(c) && c != ' ' && c != ',' && c != '-' {
				return fmt.Errorf("character %q", c)
			}
		}
		if utf8.RuneCountInString(strings.ReplaceAll(v, " ", "")) < 2 {
			return fmt.Errorf("too short")
		}
	case tAddress:
		if !reAddr.MatchString(v) {
			return fmt.Errorf("shape")
		}
	case tIP:
		m := reIP.FindStringSubmatch(v)
		if m == nil {
			return fmt.Errorf("shape")
		}
		for _, o := range m[1:] {
			var x int
			fmt.Sscan(o, &x)
			if x > 255 {
				return fmt.Errorf("octet %d", x)
			}
		}
	}
	return nil
}

func TestLabelsTrue(t *testing.T) {
	docs, metas := set(t)
	for i, d := range docs {
		if len(metas[i].vals) != len(d.Items) {
			t.Fatalf("%s: %d values for %d items", d.ID, len(metas[i].vals), len(d.Items))
		}
		for j, it := range d.Items {
			got := d.Text[it.Start:it.End]
			if got != metas[i].vals[j] {
				t.Errorf("%s: item %d is %q, planted %q", d.ID, j, got, metas[i].vals[j])
			}
			if err := plausible(it.Type, it.Form, got); err != nil {
				t.Errorf("%s: %s %q (%s): %v", d.ID, it.Type, got, it.Form, err)
			}
			if strings.TrimSpace(got) != got {
				t.Errorf("%s: %s %q has outer spaces", d.ID, it.Type, got)
			}
		}
	}
}

// covered reports whether [s,e) lies inside an item.
func covered(d evalset.Doc, s, e int) bool {
	for _, it := range d.Items {
		if it.Start <= s && e <= it.End {
			return true
		}
	}
	return false
}

// TestEveryMention checks that a value planted once is labelled wherever
// it occurs, and that officials in Exempt are never labelled.
func TestEveryMention(t *testing.T) {
	docs, _ := set(t)
	for _, d := range docs {
		seen := map[string]bool{}
		for _, it := range d.Items {
			v := d.Text[it.Start:it.End]
			if seen[v] || utf8.RuneCountInString(v) < 2 {
				continue
			}
			seen[v] = true
			for off := 0; ; {
				k := strings.Index(d.Text[off:], v)
				if k < 0 {
					break
				}
				s := off + k
				if !covered(d, s, s+len(v)) {
					t.Errorf("%s: %s %q also occurs unlabelled in %q", d.ID, it.Type, v, window(d.Text, s, s+len(v)))
				}
				off = s + len(v)
			}
		}
		if len(d.Exempt) != 2 {
			t.Errorf("%s: exempt %v", d.ID, d.Exempt)
		}
		for _, x := range d.Exempt {
			if !strings.Contains(d.Text, x) {
				t.Errorf("%s: exempt %q not in text", d.ID, x)
			}
			for _, it := range d.Items {
				if strings.Contains(d.Text[it.Start:it.End], x) {
					t.Errorf("%s: exempt official %q labelled as %s", d.ID, x, it.Type)
				}
			}
		}
	}
}

func window(s string, a, b int) string {
	a, b = max(0, a-25), min(len(s), b+25)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	return s[a:b]
}

// Shapes of personal data that must never stand in the text unlabelled:
// outside items, each match must lie inside a negative.
var strays = map[string]*regexp.Regexp{
	"mobile": regexp.MustCompile(`01[016789][-. )]{0,3}\d{3,4}[-. ]{0,3}\d{4}`),
	"rrn":    regexp.MustCompile(`\d{6}\s?[-–]\s?[1-8]\d{6}`),
	"email":  regexp.MustCompile(`[A-Za-z0-9._]+@[A-Za-z0-9.-]+\.[a-z]{2,}`),
	"plate":  regexp.MustCompile(`\d{2,3} ?[가-힣] ?\d{4}`),
	"ip":     regexp.MustCompile(`\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b`),
	"phone":  regexp.MustCompile(`(\(0\d{1,2}\)\s?|0\d{1,2}[-.)]\s?)\d{3,4}[-. ]\d{4}`),
	"digits": regexp.MustCompile(`\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{2,4}`),
}

func TestNoStrayData(t *testing.T) {
	docs, _ := set(t)
	for _, d := range docs {
		for what, re := range strays {
			for _, m := range re.FindAllStringIndex(d.Text, -1) {
				if d.Text[m[0]] == '(' && !covered(d, m[0], m[1]) {
					m[0]++ // the bracket may be the sentence's, not the number's
				}
				if covered(d, m[0], m[1]) {
					continue
				}
				inNeg := false
				for _, n := range d.Negatives {
					if n.Start <= m[0] && m[1] <= n.End {
						inNeg = true
					}
				}
				if !inNeg {
					t.Errorf("%s: unlabelled %s %q in %q", d.ID, what, d.Text[m[0]:m[1]], window(d.Text, m[0], m[1]))
				}
			}
		}
	}
}

func TestCleanShare(t *testing.T) {
	docs, metas := set(t)
	clean := 0
	for i, d := range docs {
		if (len(d.Items) == 0) != metas[i].clean {
			t.Errorf("%s: clean %v with %d items", d.ID, metas[i].clean, len(d.Items))
		}
		if len(d.Items) == 0 {
			clean++
			hard := 0
			for _, n := range d.Negatives {
				if n.Kind != "word" {
					hard++
				}
			}
			if hard < 10 {
				t.Errorf("%s: a document without personal data has only %d hard negatives", d.ID, hard)
			}
		}
	}
	if share := float64(clean) / float64(len(docs)); share < 0.30 || share > 0.40 {
		t.Errorf("%d of %d documents (%.2f) have no personal data", clean, len(docs), share)
	}
}

// TestCoverage checks that a few hundred documents hold every kind, every
// type, the layouts and the hard qualities of names.
func TestCoverage(t *testing.T) {
	docs, metas := generate(1, 300)
	kindsSeen := map[string]bool{}
	typesSeen := map[string]bool{}
	forms := map[string]bool{}
	formats := map[string]bool{}
	negs := map[string]bool{}
	for i, d := range docs {
		kindsSeen[d.Kind] = true
		formats[metas[i].fmt] = true
		for _, it := range d.Items {
			typesSeen[it.Type] = true
			parts := strings.Split(it.Form, "+")
			place, _, _ := strings.Cut(parts[0], ":")
			forms[place] = true
			forms[parts[0]] = true
			for _, q := range parts[1:] {
				forms["+"+q] = true
			}
		}
		for _, n := range d.Negatives {
			negs[n.Kind] = true
		}
	}
	for _, k := range Kinds() {
		if !kindsSeen[k] {
			t.Errorf("kind %s missing", k)
		}
	}
	if len(kinds) < 12 {
		t.Errorf("only %d kinds", len(kinds))
	}
	for _, ty := range evalset.AllTypes {
		if !typesSeen[ty] {
			t.Errorf("type %s missing", ty)
		}
	}
	for _, f := range []string{
		"table", "kv", "list", "speaker", "attendee", "body", "quote", "recipient", "email_header", "email_body",
		"table:성명", "table:예금주", "table:대표자", "table:피해자", "table:관련자", "table:보호자", "table:none", "kv:성명",
		"+particle", "+honorific", "+spaced", "+latin", "+transcribed", "+compound_surname", "+given1", "+given3",
		"+health", "+criminal", "+disciplinary", "+partial_mask", "+merged", "+wrapped",
		"+box", "+pipe", "+tab", "+space", "+cells", "+columns",
	} {
		if !forms[f] {
			t.Errorf("form %s missing", f)
		}
	}
	for _, f := range []string{"hwp", "hwpx", "pdf", "docx"} {
		if !formats[f] {
			t.Errorf("format %s missing", f)
		}
	}
	for _, n := range []string{"official", "office_phone", "fax", "callcentre", "office_email", "office_address", "biz_no", "corp_no", "receipt_no", "case_no", "doc_no", "notice_no", "bid_no", "contract_no", "budget_code", "amount", "date", "time", "statute", "org", "place", "corp_address", "corp_phone", "corp_account", "fee_account", "masked", "word"} {
		if !negs[n] {
			t.Errorf("negative kind %s missing", n)
		}
	}
}

// TestLayouts checks the extraction artefacts the set promises.
func TestLayouts(t *testing.T) {
	docs, metas := set(t)
	want := map[string]*regexp.Regexp{
		"box drawing":      regexp.MustCompile(`[│┼─]`),
		"pipe rows":        regexp.MustCompile(`(?m)^\|.*\|$`),
		"tab columns":      regexp.MustCompile(`\S\t\S`),
		"page numbers":     regexp.MustCompile(`(?m)^(- \d+ -|Page \d+|－ \d+ －|\d+ 페이지)$`),
		"hyphenated break": regexp.MustCompile(`[a-z]-\n[a-z]`),
		"mid-word break":   regexp.MustCompile(`[가-힣]\n[가-힣]`),
		"결재 전결":            regexp.MustCompile(`전결`),
		"협조":               regexp.MustCompile(`협조자`),
		"email thread":     regexp.MustCompile(`(?m)^> `),
		"quoted statement": regexp.MustCompile(`“[^”]+”`),
		"key/value":        regexp.MustCompile(`□ [가-힣 ]+: `),
	}
	seen := map[string]bool{}
	pdf := 0
	for i, d := range docs {
		for k, re := range want {
			if re.MatchString(d.Text) {
				seen[k] = true
			}
		}
		if metas[i].fmt == "pdf" {
			pdf++
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("no document has %s", k)
		}
	}
	if pdf == 0 {
		t.Error("no PDF extraction")
	}
}

// TestCounts logs the distribution of types and forms (go test -v).
func TestCounts(t *testing.T) {
	docs, _ := set(t)
	types := map[string]int{}
	places := map[string]int{}
	quals := map[string]int{}
	negs := map[string]int{}
	kindsN := map[string]int{}
	for _, d := range docs {
		kindsN[d.Kind]++
		for _, it := range d.Items {
			types[it.Type]++
			parts := strings.Split(it.Form, "+")
			place, _, _ := strings.Cut(parts[0], ":")
			places[place]++
			for _, q := range parts[1:] {
				quals[q]++
			}
		}
		for _, n := range d.Negatives {
			negs[n.Kind]++
		}
	}
	for _, m := range []struct {
		name string
		m    map[string]int
	}{{"kind", kindsN}, {"type", types}, {"place", places}, {"quality", quals}, {"negative", negs}} {
		var keys []string
		for k := range m.m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			return m.m[keys[i]] > m.m[keys[j]] || (m.m[keys[i]] == m.m[keys[j]] && keys[i] < keys[j])
		})
		var sb strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&sb, " %s=%d", k, m.m[k])
		}
		t.Logf("%s:%s", m.name, sb.String())
	}
}

func TestJosa(t *testing.T) {
	for _, c := range []struct{ word, pair, want string }{
		{"홍길동", "은/는", "은"}, {"김민수", "이/가", "가"}, {"박철", "으로/로", "로"}, {"이준", "으로/로", "으로"},
		{"최서연", "과/와", "과"}, {"정하은", "을/를", "을"}, {"남궁민수", "은/는", "는"},
	} {
		if got := josa(c.word, c.pair); got != c.want {
			t.Errorf("josa(%q, %q) = %q, want %q", c.word, c.pair, got, c.want)
		}
	}
	if isHangul('a') || !unicode.Is(unicode.Hangul, '가') {
		t.Fatal("isHangul")
	}
}
