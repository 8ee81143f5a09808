package realset

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Type names, exactly as package evalset spells them.
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

// Generate builds n documents. Document i depends only on seed and i.
func Generate(seed uint64, n int) []evalset.Doc {
	docs := make([]evalset.Doc, 0, n)
	for i := 0; i < n; i++ {
		docs = append(docs, one(seed, i))
	}
	return docs
}

// one builds document i. A draft in which a labelled value also occurs
// outside its items (a name inside an ordinary word, say), or in which an
// exempt official's name collides with a labelled value, is drawn again
// from the next attempt's stream.
func one(seed uint64, i int) evalset.Doc {
	var d evalset.Doc
	for attempt := uint64(0); attempt < 64; attempt++ {
		r := rand.New(rand.NewPCG(seed*0x9E3779B97F4A7C15+uint64(i), 0xD1B54A32D192ED03^(attempt<<40)^uint64(i)))
		g := newGen(r)
		g.clean = r.IntN(3) == 0
		k := kinds[i%len(kinds)]
		if r.IntN(4) == 0 { // not a strict rotation
			k = kinds[r.IntN(len(kinds))]
		}
		g.doc.Kind = k.name
		k.build(g)
		d = g.finish(fmt.Sprintf("realset-%05d", i))
		if valid(d) {
			return d
		}
	}
	return d
}

// valid reports whether every occurrence of every labelled value lies in
// an item, no exempt name collides with an item, and spans do not overlap.
func valid(d evalset.Doc) bool {
	type span struct{ a, b int }
	var sp []span
	for _, it := range d.Items {
		sp = append(sp, span{it.Start, it.End})
	}
	in := func(a, b int) bool {
		for _, s := range sp {
			if s.a <= a && b <= s.b {
				return true
			}
		}
		return false
	}
	for _, it := range d.Items {
		v := d.Text[it.Start:it.End]
		if utf8.RuneCountInString(v) < 2 {
			return false
		}
		for off := 0; ; {
			k := strings.Index(d.Text[off:], v)
			if k < 0 {
				break
			}
			if !in(off+k, off+k+len(v)) {
				return false
			}
			off += k + len(v)
		}
		for _, e := range d.Exempt {
			if strings.Contains(v, e) || strings.Contains(e, v) {
				return false
			}
		}
	}
	all := sp
	for _, n := range d.Negatives {
		all = append(all, span{n.Start, n.End})
	}
	sort.Slice(all, func(a, b int) bool { return all[a].a < all[b].a })
	for k := 1; k < len(all); k++ {
		if all[k].a < all[k-1].b {
			return false
		}
	}
	return true
}

type gen struct {
	r      *rand.Rand
	sb     strings.Builder
	doc    evalset.Doc
	clean  bool
	off    office
	dept   string
	staff  []official
	used   map[string]bool
	layout string // hwp, hwpx, pdf, docx: the source the document imitates
	// colStyle is the notation of the document's 생년월일 column, -1
	// until drawn.
	colStyle int
}

func newGen(r *rand.Rand) *gen {
	g := &gen{r: r, used: map[string]bool{}, colStyle: -1}
	g.off = offices[r.IntN(len(offices))]
	g.layout = pick(r, []string{"hwp", "hwp", "hwpx", "hwpx", "pdf", "pdf", "docx"})
	return g
}

func (g *gen) finish(id string) evalset.Doc {
	g.doc.ID = id
	g.doc.Text = g.sb.String()
	if g.doc.Items == nil {
		g.doc.Items = []evalset.Item{}
	}
	if g.doc.Negatives == nil {
		g.doc.Negatives = []evalset.Negative{}
	}
	return g.doc
}

func (g *gen) t(s string)                    { g.sb.WriteString(s) }
func (g *gen) tf(f string, a ...any)         { fmt.Fprintf(&g.sb, f, a...) }
func (g *gen) nl()                           { g.sb.WriteByte('\n') }
func (g *gen) n(k int) int                   { return g.r.IntN(k) }
func (g *gen) p(percent int) bool            { return g.r.IntN(100) < percent }
func pick[T any](r *rand.Rand, xs []T) T     { return xs[r.IntN(len(xs))] }
func (g *gen) pk(xs ...string) string        { return xs[g.r.IntN(len(xs))] }
func (g *gen) between(lo, hi int) int        { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) digits(k int) string           { return digits(g.r, k) }
func (g *gen) item(typ, form, v string)      { g.span(true, typ, form, v) }
func (g *gen) neg(kind, v string)            { g.span(false, kind, "", v) }
func (g *gen) cell(s string)                 { g.t(s + "\t") }
func (g *gen) line(parts ...string)          { g.t(strings.Join(parts, "\t") + "\n") }
func (g *gen) sep()                          { g.t("\t") }
func (g *gen) pdf() bool                     { return g.layout == "pdf" }
func (g *gen) flatForm() bool                { return g.layout == "hwpx" && g.p(50) }
func (g *gen) plainLine(s string)            { g.t(s + "\n") }
func (g *gen) spaces(lo, hi int) string      { return strings.Repeat(" ", g.between(lo, hi)) }
func (g *gen) negf(kind, f string, a ...any) { g.neg(kind, fmt.Sprintf(f, a...)) }

func (g *gen) span(pii bool, typ, form, v string) {
	st := g.sb.Len()
	g.sb.WriteString(v)
	if pii {
		g.doc.Items = append(g.doc.Items, evalset.Item{Type: typ, Start: st, End: g.sb.Len(), Form: form})
	} else {
		g.doc.Negatives = append(g.doc.Negatives, evalset.Negative{Kind: typ, Start: st, End: g.sb.Len()})
	}
}

func digits(r *rand.Rand, k int) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

// spaceOut writes a label letter-spaced as Hangul forms set it
// ("성   명", "주      소").
func (g *gen) label(s string) string {
	rs := []rune(s)
	if len(rs) > 4 || !g.p(45) {
		return s
	}
	gap := strings.Repeat(" ", g.between(1, 3))
	parts := make([]string, len(rs))
	for i, c := range rs {
		parts[i] = string(c)
	}
	return strings.Join(parts, gap)
}

// josa picks the form of a particle pair ("이/가", "은/는", "을/를",
// "과/와", "으로/로", "이다/다") after word.
func josa(word, pair string) string {
	alt := strings.SplitN(pair, "/", 2)
	// A tail after the second form (a space, a quote) follows either form.
	k := len(alt[1])
	for k > 0 {
		c, sz := utf8.DecodeLastRuneInString(alt[1][:k])
		if c >= 0xAC00 && c <= 0xD7A3 {
			break
		}
		k -= sz
	}
	alt[0] += alt[1][k:]
	last, _ := utf8.DecodeLastRuneInString(word)
	if last < 0xAC00 || last > 0xD7A3 {
		return alt[1]
	}
	jong := (last - 0xAC00) % 28
	if pair == "으로/로" {
		if jong == 0 || jong == 8 {
			return "로"
		}
		return "으로"
	}
	if jong == 0 {
		return alt[1]
	}
	return alt[0]
}

// date writes a non-birth date in one of the document's notations.
func (g *gen) date(y int) string {
	m, d := g.between(1, 12), g.between(1, 28)
	switch g.n(4) {
	case 0:
		return fmt.Sprintf("%d. %d. %d.", y, m, d)
	case 1:
		return fmt.Sprintf("%d.%02d.%02d.", y, m, d)
	case 2:
		return fmt.Sprintf("%d년 %d월 %d일", y, m, d)
	}
	return fmt.Sprintf("%d-%02d-%02d", y, m, d)
}

func (g *gen) amount(lo, hi int) string {
	v := g.between(lo, hi) * 10000
	return commas(v) + "원"
}

func commas(v int) string {
	s := fmt.Sprint(v)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
