package casebook

import (
	"fmt"
	"math/rand/v2"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Generate returns n labelled documents for seed. Document i depends only
// on seed and i, so a set can be regenerated in part and sets of
// different sizes agree on the documents they share.
func Generate(seed uint64, n int) []evalset.Doc {
	lx := newLexicon()
	docs := make([]evalset.Doc, n)
	for i := range docs {
		docs[i] = generate(lx, seed, i)
	}
	return docs
}

// cleanShare is how many documents in each block of cleanBlock carry no
// personal data at all: 7 in 20, 35%.
const (
	cleanShare = 7
	cleanBlock = 20
)

// clean reports whether document i carries no personal data. The clean
// documents are spread by a permutation of each block of twenty, so the
// share is exact over whole blocks and still unpredictable in one.
func clean(seed uint64, i int) bool {
	r := rand.New(rand.NewPCG(seed^0x636c65616e, uint64(i/cleanBlock)))
	return r.Perm(cleanBlock)[i%cleanBlock] < cleanShare
}

func generate(lx *lexicon, seed uint64, i int) evalset.Doc {
	d, _ := build(lx, seed, i)
	return d
}

// build writes document i and returns it with the values it planted.
func build(lx *lexicon, seed uint64, i int) (evalset.Doc, []string) {
	r := rand.New(rand.NewPCG(seed, 0x63617365626f6f6b^uint64(i)*0x9E3779B97F4A7C15))
	w := newWriter(r, lx)
	ks := kinds()
	k := ks[r.IntN(len(ks))]
	w.doc.ID = fmt.Sprintf("casebook-%05d", i)
	w.doc.Kind = k.name
	c := clean(seed, i)
	if c {
		k.clean[r.IntN(len(k.clean))](w)
	} else {
		k.pii[r.IntN(len(k.pii))](w)
	}
	d := w.finish()
	if c != (len(d.Items) == 0) {
		// A template broke its promise; the tests name the document.
		d.Kind += "!clean-mismatch"
	}
	return d, w.values
}

// kind is one sort of document, with the templates that write it with
// and without personal data.
type kind struct {
	name  string
	pii   []func(*writer)
	clean []func(*writer)
}

// kinds lists the document kinds; it is a function so that no table of
// functions is package state.
func kinds() []kind {
	return []kind{
		{"disability_support", fs(disabilityDecision, disabilityRoster, disabilityMail), fs(disabilityNotice)},
		{"livelihood_change", fs(livelihoodExport, livelihoodStop, livelihoodCaseNote), fs(livelihoodStats)},
		{"tax_seizure", fs(seizureRoster, seizureNotice, seizureLetter), fs(seizurePlan)},
		{"parking_objection", fs(parkingObjection, parkingReview, parkingMessages), fs(parkingCCTV)},
		{"youth_shelter", fs(shelterReferral, shelterRoster, shelterStatement), fs(shelterReport)},
		{"redevelopment_roster", fs(unionRoster, unionMinutes, unionPetition), fs(zoneDesignation)},
		{"public_works", fs(worksSelection, worksPayroll, worksDrivers), fs(worksRecruit)},
		{"volunteer_record", fs(volunteerExport, volunteerAward, volunteerMail), fs(volunteerGuide)},
		{"litigation_report", fs(lawsuitReport, lawsuitPlaintiffs, lawsuitWitness), fs(lawsuitStatus)},
		{"complaint_transcript", fs(callTranscript, visitTranscript, kakaoCapture), fs(complaintManual)},
		{"seasonal_workers", fs(seasonalRoster, seasonalDeparture, seasonalHealth), fs(seasonalPlan)},
		{"epidemiology", fs(epiInvestigation, epiContacts, epiSMS), fs(epiStatus)},
		{"school_meal_contract", fs(mealSoleTrader, mealMail, mealInspection), fs(mealContract, mealResult)},
		{"commendation", fs(meritRecord, meritList, meritCitation), fs(meritPlan)},
		{"admin_appeal", fs(appealRuling, appealDocket, appealBrief), fs(appealSession)},
		{"disclosure_objection", fs(disclosureObjection, disclosureMail, disclosurePortal), fs(disclosureResult)},
		{"audit_discipline", fs(auditDemand, auditHearing, auditTable), fs(auditPlan)},
	}
}

func fs(f ...func(*writer)) []func(*writer) { return f }
