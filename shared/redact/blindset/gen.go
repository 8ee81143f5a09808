package blindset

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Type names of personal data, as evalset spells them.
const (
	tRRN      = "rrn"
	tFRN      = "frn"
	tMobile   = "mobile"
	tLandline = "landline"
	tEmail    = "email"
	tCard     = "card"
	tAccount  = "account"
	tPassport = "passport"
	tLicence  = "driver_licence"
	tPlate    = "vehicle_plate"
	tBirth    = "birth_date"
	tName     = "name"
	tAddress  = "address"
	tIP       = "ip"
)

// Types lists every item type the set uses.
var Types = []string{tRRN, tFRN, tMobile, tLandline, tEmail, tCard, tAccount, tPassport, tLicence, tPlate, tBirth, tName, tAddress, tIP}

// Negative kinds.
const (
	nDate        = "date"
	nAmount      = "amount"
	nStatute     = "statute"
	nDocNo       = "doc_number"
	nOfficePhone = "office_phone"
	nOfficeFax   = "office_fax"
	nOfficeMail  = "official_email"
	nOfficeAddr  = "office_address"
	nBizNo       = "business_no"
	nCorpNo      = "corp_no"
	nCompany     = "company"
	nCompanyAddr = "company_address"
	nCompanyTel  = "company_phone"
	nReceipt     = "receipt_no"
	nCase        = "case_no"
	nBid         = "bid_no"
	nPosition    = "position"
	nOfficial    = "official"
	nPlace       = "public_place"
	nWord        = "word"
	nAge         = "age"
	nBudget      = "budget_code"
	nOrgAccount  = "org_account"
)

// NegativeKinds lists every negative kind the set uses.
var NegativeKinds = []string{nDate, nAmount, nStatute, nDocNo, nOfficePhone, nOfficeFax, nOfficeMail, nOfficeAddr, nBizNo, nCorpNo, nCompany, nCompanyAddr, nCompanyTel, nReceipt, nCase, nBid, nPosition, nOfficial, nPlace, nWord, nAge, nBudget, nOrgAccount}

// seg is one piece of text: plain, a planted item, or a negative.
type seg struct {
	text string
	typ  string // item type, "" if not an item
	neg  string // negative kind, "" if not a negative
	form string // place[:header] of an item
	q    []string
	// nowrap marks text laid out as a table row: PDF line wrapping
	// leaves it alone.
	nowrap bool
}

// gen builds one document.
type gen struct {
	r      *rand.Rand
	segs   []seg
	place  string
	header string
	ctxQ   []string

	kind    string
	src     string // source format
	tstyle  string // table rendering
	org     org
	clean   bool
	exempt  []string
	secrets []string // values that must be labelled wherever they occur
	page    int
	now     date
	offs    officials
}

func (g *gen) w(parts ...string) {
	for _, s := range parts {
		if s != "" {
			g.segs = append(g.segs, seg{text: s})
		}
	}
}

func (g *gen) f(format string, a ...any) { g.w(fmt.Sprintf(format, a...)) }

func (g *gen) nl() { g.w("\n") }

// line writes parts followed by a newline.
func (g *gen) line(parts ...string) { g.w(parts...); g.nl() }

func (g *gen) item(typ, val string, q ...string) {
	if val == "" {
		panic("empty item")
	}
	form := g.place
	if form == "" {
		form = "body"
	}
	if g.header != "" {
		form += ":" + g.header
	}
	qs := append(append([]string(nil), g.ctxQ...), q...)
	g.segs = append(g.segs, seg{text: val, typ: typ, form: form, q: qs})
}

func (g *gen) neg(kind, val string) {
	if val == "" {
		panic("empty negative")
	}
	g.segs = append(g.segs, seg{text: val, neg: kind})
}

// in runs f with items placed at place:header.
func (g *gen) in(place, header string, f func()) {
	p, h := g.place, g.header
	g.place, g.header = place, normHeader(header)
	f()
	g.place, g.header = p, h
}

// with runs f with extra context qualities on every item.
func (g *gen) with(q []string, f func()) {
	old := g.ctxQ
	g.ctxQ = append(append([]string(nil), old...), q...)
	f()
	g.ctxQ = old
}

func (g *gen) capture(f func()) []seg {
	save := g.segs
	g.segs = nil
	f()
	out := g.segs
	g.segs = save
	return out
}

func (g *gen) emit(s []seg) { g.segs = append(g.segs, s...) }

func normHeader(h string) string {
	h = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '+', ':', '*', '·', '(', ')', '[', ']':
			return -1
		}
		return r
	}, h)
	return h
}

// --- random helpers ---

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// n returns an int in [lo, hi].
func (g *gen) n(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func (g *gen) digits(k int) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

func (g *gen) weighted(ws []weighted) string {
	tot := 0
	for _, w := range ws {
		tot += w.w
	}
	x := g.r.IntN(tot)
	for _, w := range ws {
		if x < w.w {
			return w.v
		}
		x -= w.w
	}
	return ws[0].v
}

// pattern fills A with a capital letter and 9 with a digit.
func (g *gen) pattern(p string) string {
	var b strings.Builder
	for _, r := range p {
		switch r {
		case '9':
			b.WriteByte(byte('0' + g.r.IntN(10)))
		case 'A':
			b.WriteByte(byte('A' + g.r.IntN(26)))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// --- assembling ---

func formString(s seg) string {
	qs := map[string]bool{}
	for _, q := range s.q {
		if q != "" {
			qs[q] = true
		}
	}
	keys := make([]string, 0, len(qs))
	for k := range qs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := s.form
	for _, k := range keys {
		out += "+" + k
	}
	return out
}

func (g *gen) assemble(id string) evalset.Doc {
	var b strings.Builder
	d := evalset.Doc{ID: id, Kind: g.kind, Items: []evalset.Item{}, Negatives: []evalset.Negative{}}
	for _, s := range g.segs {
		start := b.Len()
		b.WriteString(s.text)
		end := b.Len()
		switch {
		case s.typ != "":
			d.Items = append(d.Items, evalset.Item{Type: s.typ, Start: start, End: end, Form: formString(s)})
		case s.neg != "":
			d.Negatives = append(d.Negatives, evalset.Negative{Kind: s.neg, Start: start, End: end})
		}
	}
	d.Text = b.String()
	d.Exempt = dedupe(g.exempt)
	return d
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// --- the generator ---

func docRand(seed uint64, i int, attempt int) *rand.Rand {
	x := uint64(i)*0x9E3779B97F4A7C15 + uint64(attempt)*0xD1B54A32D192ED03 + 0x2545F4914F6CDD1D
	x ^= x >> 31
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	return rand.New(rand.NewPCG(seed^0x6A09E667F3BCC909, x))
}

// Generate returns n documents. Document i depends only on seed and i.
func Generate(seed uint64, n int) []evalset.Doc {
	docs, _ := GenerateWithSources(seed, n)
	return docs
}

// GenerateWithSources is Generate that also returns the source format
// each document imitates (hwp, hwpx, pdf, docx, ocr, email, csv, xlsx,
// webform, jsonlog).
func GenerateWithSources(seed uint64, n int) ([]evalset.Doc, []string) {
	docs := make([]evalset.Doc, n)
	srcs := make([]string, n)
	for i := range n {
		docs[i], srcs[i] = generateOne(seed, i)
	}
	return docs, srcs
}

// generateOne builds document i, trying again with a fresh stream of
// randomness while the result breaks a labelling rule (a planted value
// that also occurs unlabelled, say because a name happens to be a word
// of the template).
func generateOne(seed uint64, i int) (evalset.Doc, string) {
	r0 := docRand(seed, i, 0)
	kindIdx := r0.IntN(len(kinds))
	clean := r0.Float64() < 0.35
	var lastErr error
	for attempt := 1; attempt <= 200; attempt++ {
		g := &gen{r: docRand(seed, i, attempt)}
		k := kinds[kindIdx]
		if clean && !k.canClean {
			clean = false
		}
		g.kind = k.id
		g.clean = clean
		g.org = g.newOrg(k.dept)
		g.src = g.pick(k.sources)
		g.tstyle = g.tableStyle()
		g.now = date{2023 + g.r.IntN(3), g.n(1, 12), g.n(1, 28)}
		g.offs = g.setupOfficials()
		k.build(g)
		g.finish()
		d := g.assemble(fmt.Sprintf("blindset-%05d", i))
		if err := check(d, g.secrets); err != nil {
			lastErr = err
			if debugRetries != nil {
				debugRetries(i, err)
			}
			continue
		}
		if clean && len(d.Items) > 0 {
			lastErr = fmt.Errorf("clean document has items")
			continue
		}
		if !clean && len(d.Items) == 0 {
			lastErr = fmt.Errorf("document without items")
			continue
		}
		return d, g.src
	}
	panic(fmt.Sprintf("blindset: document %d: %v", i, lastErr))
}

// debugRetries, when set (by tests), is told why an attempt was thrown
// away.
var debugRetries func(i int, err error)

// check enforces the labelling rules on a finished document.
func check(d evalset.Doc, secrets []string) error {
	type span struct {
		s, e int
		item bool
		kind string
	}
	var spans []span
	for _, it := range d.Items {
		spans = append(spans, span{it.Start, it.End, true, it.Type})
	}
	for _, ng := range d.Negatives {
		spans = append(spans, span{ng.Start, ng.End, false, ng.Kind})
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].s < spans[b].s })
	for k, sp := range spans {
		if sp.s >= sp.e || sp.e > len(d.Text) || !utf8.RuneStart(d.Text[sp.s]) || (sp.e < len(d.Text) && !utf8.RuneStart(d.Text[sp.e])) {
			return fmt.Errorf("bad span %v", sp)
		}
		if k > 0 && spans[k-1].e > sp.s {
			return fmt.Errorf("overlap at %d", sp.s)
		}
	}
	covered := func(s, e int, wantItem bool, kind string) bool {
		for _, sp := range spans {
			if sp.item == wantItem && sp.s <= s && e <= sp.e && (kind == "" || sp.kind == kind) {
				return true
			}
		}
		return false
	}
	vals := append([]string(nil), secrets...)
	for _, it := range d.Items {
		v := d.Text[it.Start:it.End]
		if it.Type == tName && utf8.RuneCountInString(v) < 2 {
			continue
		}
		vals = append(vals, v)
	}
	for _, v := range vals {
		if v == "" {
			continue
		}
		for off := 0; ; {
			j := strings.Index(d.Text[off:], v)
			if j < 0 {
				break
			}
			s := off + j
			if !covered(s, s+len(v), true, "") {
				return fmt.Errorf("unlabelled repeat of %q at %d", v, s)
			}
			off = s + 1
			for off < len(d.Text) && !utf8.RuneStart(d.Text[off]) {
				off++
			}
		}
	}
	for _, x := range d.Exempt {
		for _, it := range d.Items {
			if strings.Contains(d.Text[it.Start:it.End], x) {
				return fmt.Errorf("exempt name %q inside an item", x)
			}
		}
		for off := 0; ; {
			j := strings.Index(d.Text[off:], x)
			if j < 0 {
				break
			}
			s := off + j
			if !covered(s, s+len(x), false, nOfficial) {
				return fmt.Errorf("exempt name %q not an official negative at %d", x, s)
			}
			off = s + len(x)
		}
	}
	for _, m := range lookalikes(d.Text) {
		if !overlapsAny(spans2(d), m[0], m[1]) {
			return fmt.Errorf("unlabelled look-alike %q", d.Text[m[0]:m[1]])
		}
	}
	return nil
}

func spans2(d evalset.Doc) [][2]int {
	var out [][2]int
	for _, it := range d.Items {
		out = append(out, [2]int{it.Start, it.End})
	}
	for _, ng := range d.Negatives {
		out = append(out, [2]int{ng.Start, ng.End})
	}
	return out
}

func overlapsAny(sp [][2]int, s, e int) bool {
	for _, x := range sp {
		if x[0] < e && s < x[1] {
			return true
		}
	}
	return false
}
