package elevenset

import (
	"fmt"
	"math/rand/v2"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Kinds are the document kinds, in the order documents cycle through
// them.
var Kinds = []string{"health", "welfare", "disability", "childcare", "school", "foreign", "complaint", "dispute", "traffic", "refund", "housing", "land", "security", "contract", "award", "briefing"}

// Generate builds n documents; document i depends only on (seed, i).
func Generate(seed uint64, n int) []evalset.Doc {
	docs := make([]evalset.Doc, 0, n)
	for i := range n {
		docs = append(docs, Doc(seed, i))
	}
	return docs
}

// Doc builds document i of the set for seed.
func Doc(seed uint64, i int) evalset.Doc {
	r := rand.New(rand.NewPCG(seed^0x11E1_E7E5_E700_0011, uint64(i)*0xD1B54A32D192ED03+7))
	b := &builder{r: r, used: map[string]bool{}}
	k := i % len(Kinds)
	b.doc.ID = fmt.Sprintf("eleven-%04d", i)
	b.doc.Kind = Kinds[k]
	b.clean = r.IntN(5) == 0
	b.scan = r.IntN(6) == 0
	if r.IntN(5) == 0 {
		b.wrapW, b.anywhere = 38+r.IntN(34), r.IntN(2) == 0
	}
	b.off = b.newOffice(k)
	b.offs = b.newOfficials()
	switch Kinds[k] {
	case "health":
		b.kHealth()
	case "welfare":
		b.kWelfare()
	case "disability":
		b.kDisability()
	case "childcare":
		b.kChildcare()
	case "school":
		b.kSchool()
	case "foreign":
		b.kForeign()
	case "complaint":
		b.kComplaint()
	case "dispute":
		b.kDispute()
	case "traffic":
		b.kTraffic()
	case "refund":
		b.kRefund()
	case "housing":
		b.kHousing()
	case "land":
		b.kLand()
	case "security":
		b.kSecurity()
	case "contract":
		b.kContract()
	case "award":
		b.kAward()
	default:
		b.kBriefing()
	}
	b.doc.Text = b.sb.String()
	return b.doc
}
