package tenthset

import (
	"fmt"
	"math/rand/v2"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Kinds are the document kinds, in the order documents cycle through
// them.
var Kinds = []string{"complaint", "minutes", "subsidy", "notice", "briefing", "contract", "criminal", "audit", "foreign"}

// Generate builds n documents; document i depends only on (seed, i).
func Generate(seed uint64, n int) []evalset.Doc {
	docs := make([]evalset.Doc, 0, n)
	for i := 0; i < n; i++ {
		docs = append(docs, Doc(seed, i))
	}
	return docs
}

// Doc builds document i of the set for seed.
func Doc(seed uint64, i int) evalset.Doc {
	r := rand.New(rand.NewPCG(seed^0x7E47_5E70_0000_0010, uint64(i)*0x9E3779B97F4A7C15+1))
	b := &builder{r: r, used: map[string]bool{}}
	kind := Kinds[i%len(Kinds)]
	b.clean = r.IntN(4) == 0
	b.doc.ID = fmt.Sprintf("tenth-%04d", i)
	b.doc.Kind = kind
	if r.IntN(5) == 0 {
		b.wrapW, b.anywhere = 40+r.IntN(36), r.IntN(2) == 0
	}
	b.org = b.newOffice()
	o := b.newOfficials()
	d := b.newDay()
	switch kind {
	case "complaint":
		b.complaint(o, d)
	case "minutes":
		b.minutes(o, d)
	case "subsidy":
		b.subsidy(o, d)
	case "notice":
		b.notice(o, d)
	case "briefing":
		b.briefing(o, d)
	case "contract":
		b.contract(o, d)
	case "criminal":
		b.criminal(o, d)
	case "audit":
		b.audit(o, d)
	case "foreign":
		b.foreign(o, d)
	}
	b.footer(o, d)
	b.doc.Text = b.sb.String()
	if b.doc.Items == nil {
		b.doc.Items = []evalset.Item{}
	}
	return b.doc
}
