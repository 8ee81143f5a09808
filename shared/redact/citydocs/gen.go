package citydocs

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Type names, spelled as package evalset spells them.
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

// Kinds lists the document kinds in generation order.
var Kinds = []string{"complaint", "minutes", "subsidy", "notice", "briefing", "contract", "criminal", "audit", "foreign"}

type gen struct {
	r     *rand.Rand
	b     strings.Builder
	d     evalset.Doc
	clean bool
	o     office
	used  map[string]bool
}

func (g *gen) w(ss ...string) {
	for _, s := range ss {
		g.b.WriteString(s)
	}
}

func (g *gen) item(typ, form, v string) {
	st := g.b.Len()
	g.b.WriteString(v)
	g.d.Items = append(g.d.Items, evalset.Item{Type: typ, Start: st, End: g.b.Len(), Form: form})
}

func (g *gen) neg(kind, v string) {
	st := g.b.Len()
	g.b.WriteString(v)
	g.d.Negatives = append(g.d.Negatives, evalset.Negative{Kind: kind, Start: st, End: g.b.Len()})
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) in(a, b int) int         { return a + g.r.IntN(b-a+1) }
func (g *gen) p(pct int) bool          { return g.r.IntN(100) < pct }
func (g *gen) dg(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(byte('0' + g.r.IntN(10)))
	}
	return sb.String()
}

// pf writes a person's field: the value as an item, or in a clean
// document its masked form as a negative (or a plain placeholder).
func (g *gen) pf(typ, form, value, masked string) {
	if g.clean {
		if masked == "" {
			g.w(g.pick([]string{"(비공개)", "-", "비공개", "***"}))
			return
		}
		g.neg("masked", masked)
		return
	}
	g.item(typ, form, value)
}

// Generate builds n documents deterministically: document i depends only
// on seed and i.
func Generate(seed uint64, n int) []evalset.Doc {
	docs := make([]evalset.Doc, 0, n)
	for i := 0; i < n; i++ {
		docs = append(docs, one(seed, i))
	}
	return docs
}

func one(seed uint64, i int) evalset.Doc {
	kind := Kinds[(i+int(seed%9))%len(Kinds)]
	var last evalset.Doc
	for attempt := uint64(0); attempt < 50; attempt++ {
		r := rand.New(rand.NewPCG(seed*0x9E3779B97F4A7C15+attempt, uint64(i)*0xBF58476D1CE4E5B9+1))
		g := &gen{r: r, used: map[string]bool{}}
		g.clean = (i+i/9)%3 == 1 // decorrelated from the kind, which cycles every nine
		g.d.ID = fmt.Sprintf("citydocs-%05d", i)
		g.d.Kind = kind
		g.o = g.office(kind)
		kindFuncs[kind](g)
		g.d.Text = g.b.String()
		sort.Slice(g.d.Items, func(a, b int) bool { return g.d.Items[a].Start < g.d.Items[b].Start })
		last = g.d
		if check(g.d) == nil {
			return g.d
		}
	}
	return last
}

var kindFuncs = map[string]func(*gen){
	"complaint": (*gen).complaint,
	"minutes":   (*gen).minutes,
	"subsidy":   (*gen).subsidy,
	"notice":    (*gen).notice,
	"briefing":  (*gen).briefing,
	"contract":  (*gen).contract,
	"criminal":  (*gen).criminal,
	"audit":     (*gen).audit,
	"foreign":   (*gen).foreign,
}

// check verifies the labelling rules of one document: spans ordered and
// disjoint, every occurrence of a labelled value inside an item, no
// exempt name inside an item, no item value inside a negative.
func check(d evalset.Doc) error {
	for k, it := range d.Items {
		if it.Start >= it.End || it.End > len(d.Text) {
			return fmt.Errorf("%s: bad span %v", d.ID, it)
		}
		if k > 0 && d.Items[k-1].End > it.Start {
			return fmt.Errorf("%s: items overlap %v %v", d.ID, d.Items[k-1], it)
		}
		for _, ng := range d.Negatives {
			if ng.Start < it.End && it.Start < ng.End {
				return fmt.Errorf("%s: item %v overlaps negative %v", d.ID, it, ng)
			}
		}
	}
	inItem := func(s, e int) bool {
		for _, it := range d.Items {
			if it.Start <= s && e <= it.End {
				return true
			}
		}
		return false
	}
	for _, it := range d.Items {
		v := d.Text[it.Start:it.End]
		for off := 0; ; {
			k := strings.Index(d.Text[off:], v)
			if k < 0 {
				break
			}
			s := off + k
			if !inItem(s, s+len(v)) {
				return fmt.Errorf("%s: %q at %d outside items", d.ID, v, s)
			}
			off = s + 1
		}
		for _, ex := range d.Exempt {
			if strings.Contains(v, ex) || strings.Contains(ex, v) {
				return fmt.Errorf("%s: exempt %q vs item %q", d.ID, ex, v)
			}
		}
	}
	return nil
}
