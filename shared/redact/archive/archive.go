package archive

import (
	"fmt"
	"math/rand/v2"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// kind is a type of document and its generator.
type kind struct {
	name string
	gen  func(*doc)
}

// Kinds are the document kinds in the order IDs cycle through them (after
// a shuffle by seed).
var kinds = []kind{
	{"minwon_reply", genMinwon},
	{"foi_decision", genFOI},
	{"committee_minutes", genMinutes},
	{"public_hearing", genHearing},
	{"subsidy_payment", genSubsidy},
	{"penalty_notice", genPenalty},
	{"contract_result", genContract},
	{"criminal_referral", genReferral},
	{"audit_result", genAudit},
	{"foreign_resident", genForeign},
	{"welfare_case", genWelfare},
	{"parking_enforcement", genParking},
	{"award_list", genAward},
	{"hiring_result", genHiring},
	{"disaster_relief", genDisaster},
	{"youth_support", genYouth},
}

// Kinds returns the names of the document kinds.
func Kinds() []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.name
	}
	return out
}

// cleanShare is the share of documents with no personal data, as a
// fraction of twenty, spread evenly over the IDs.
const cleanOf20 = 7

// Generate writes n documents, deterministically for seed: document i is
// the same whatever n, so a longer set extends a shorter one.
func Generate(seed uint64, n int) []evalset.Doc {
	docs, _ := generate(seed, n)
	return docs
}

// meta is what the tests need to know beyond the Doc.
type meta struct {
	clean bool
	vals  []string // value planted per item
	fmt   string
}

func generate(seed uint64, n int) ([]evalset.Doc, []meta) {
	order := rand.New(rand.NewPCG(seed, 0x4B494E44)).Perm(len(kinds))
	docs := make([]evalset.Doc, 0, n)
	metas := make([]meta, 0, n)
	for i := range n {
		r := rand.New(rand.NewPCG(seed, uint64(i)*0x9E3779B97F4A7C15+1))
		k := kinds[order[i%len(kinds)]]
		clean := (i*13)%20 < cleanOf20
		d := newDoc(r, k.name, clean)
		k.gen(d)
		d.doc.ID = fmt.Sprintf("archive-%05d", i)
		d.doc.Kind = k.name
		d.doc.Text = d.sb.String()
		if d.doc.Items == nil {
			d.doc.Items = []evalset.Item{}
		}
		if d.doc.Negatives == nil {
			d.doc.Negatives = []evalset.Negative{}
		}
		docs = append(docs, d.doc)
		metas = append(metas, meta{clean: clean, vals: d.vals, fmt: d.fmt})
	}
	return docs, metas
}
