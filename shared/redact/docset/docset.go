// Package docset generates an evaluation corpus of whole approval
// documents (기안문) as text extraction produces them from HWP and PDF, with
// every citizen's personal datum labelled (evalset.Item) and public
// look-alikes planted beside them (evalset.Negative). It is written
// independently of the redactor, from what real Korean administrative
// documents contain, so that the redactor can be measured honestly:
// package evalset's sentences measure whether a detector fires on a
// pattern, this set measures whether it finds the data in the documents
// Plaza really publishes.
//
// # Splits
//
// Generate(seed, n, Dev) is for developing the redactor and Holdout for
// checking it. The splits share the document frame but differ in
//   - templates: every kind has several; some are Holdout-only (and some
//     Dev-only), so Holdout has phrasings and table shapes Dev lacks;
//   - vocabularies: given names (lists and syllable pools), rare and
//     compound surnames, foreign residents, organisations, streets and
//     dongs, companies, e-mail domains, banks, sentences;
//   - notations and layout variants: birth-date, phone and RRN notations,
//     pipe tables without outer pipes, other rules under the header,
//     key-value blocks with full-width colons, without colons or two pairs
//     a line, two-level headers in cell-per-line tables, office numbers
//     written like citizens' ones, 결재 lines as tab rows.
//
// About 35% of documents carry no personal data at all: persons appear
// only as staff mask them (김○○, 010-****-5678) or not at all, so the rate
// at which clean documents are sent to review can be measured.
//
// # Labelling conventions
//
// A name is personal data wherever it is a private person's: citizens,
// residents, committee members from outside the administration,
// representatives of companies (대표자, whether sole proprietor or
// corporation: the name is a person's either way), 예금주, 통장, witnesses,
// foreign residents (Latin and Hangul spellings are separate items).
// Officials acting in their duty are not: the drafter and approver (in
// Doc.Exempt, as the envelope lists them), reviewers, 협조자, contact
// persons and speakers named with a position word (주무관 김민수,
// 교통행정과장 박영수) are hard negatives of kind "official". An official
// named in a disciplinary, criminal or health finding (감사 결과 관련자,
// 징계 대상, 병가 사유) is personal data (quality "disciplinary", "criminal" or "health"): the safe
// reading, since such findings are exempt from disclosure under
// 정보공개법 제9조제1항제6호 whatever the person's job.
//
// An item's span is the value only: a name without its particle (홍길동
// in 홍길동에게) or title, an address from the road or dong name through the
// building number and unit (왕십리로 222, 101동 1203호 — not the city and
// district before it, not the 참고항목 after it), a phone number without
// its label. A person's data is labelled at every mention.
//
// Masks: a value masked as the team's masking rule masks it
// (900101-1******, 010-****-5678, 홍*동, 김○○) is no longer personal data and is a
// hard negative of kind "masked"; a hand mask that leaves more than the
// rule (881007-2774***, 010-12**-5678, 110-123-456***) still identifies
// and is labelled with the quality "sloppy_mask". Ages (만 43세), birth
// years alone (1980년생), dong names without numbers (성수동 거주) and
// committee members' affiliations are not labelled: they are not among the
// types; nor is a citizen's postcode (우 04750) on its own. A sole
// proprietor's premises, mobile and account are the person's and are
// labelled (quality "premises" on the address); a corporation's head
// office, office number and account, the organisation's own address,
// numbers and revenue account, and public facilities are hard negatives.
// A plate is labelled whenever a named person drives or owns the vehicle,
// including a company taxi driven by the person named. Business and
// corporate registration numbers (법인등록번호 has a resident number's
// shape), court case numbers, receipt, notice and bid numbers, amounts,
// dates, statute references, budget codes and company names (including
// 하나로건설(주), 우리들약국, 국민건강식품) are hard negatives, and so is a
// sample of ordinary words that begin with a surname syllable (조치, 이상,
// 정산, 김장, 박람회: kind "word").
//
// # Forms
//
// Item.Form is the context, then qualities, joined by "+":
// "table.<layout>:<header>" (header "(none)" on a continuation page
// without a header row), "kv:<key>", "recipient", "attendee_list",
// "speaker", "list_item", "quote", "body"; qualities "particle:에게",
// "honorific:님", "spaced", "compound_surname", "given:1", "given:3",
// "latin", "transcribed", "health", "criminal", "disciplinary",
// "sloppy_mask", "premises", "untold_header" (a name column whose header
// does not say it holds names).
package docset

import (
	"fmt"
	"math/rand/v2"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Split selects the development or the held-out half of the corpus.
type Split int

const (
	// Dev is for developing and tuning the redactor.
	Dev Split = iota
	// Holdout is for measuring it; do not tune against it.
	Holdout
)

func (s Split) String() string {
	if s == Holdout {
		return "holdout"
	}
	return "dev"
}

// ParseSplit reads "dev" or "holdout".
func ParseSplit(s string) (Split, error) {
	switch s {
	case "dev":
		return Dev, nil
	case "holdout":
		return Holdout, nil
	}
	return Dev, fmt.Errorf("docset: unknown split %q (want dev or holdout)", s)
}

// cleanShare is the share of documents without any personal data.
const cleanShare = 0.35

// Which splits a template is used in.
const (
	both = iota
	devOnly
	holdoutOnly
)

// template is one way of writing a kind of document.
type template struct {
	name      string
	splits    int
	cleanOnly bool // a document that never names anyone
	gen       func(b *builder)
}

func (t template) in(s Split) bool {
	return t.splits == both || (t.splits == devOnly) == (s == Dev)
}

type kind struct {
	name      string
	templates []template
}

// kinds is the table of document kinds; it is never modified.
var kinds = []kind{
	{"complaint", complaintTemplates},
	{"minutes", minutesTemplates},
	{"subsidy", subsidyTemplates},
	{"notice", noticeTemplates},
	{"briefing", briefingTemplates},
	{"contract", contractTemplates},
	{"criminal", criminalTemplates},
	{"audit", auditTemplates},
	{"foreign", foreignTemplates},
	{"disclosure", disclosureTemplates},
	{"welfare", welfareTemplates},
}

// Kinds lists the document kinds.
func Kinds() []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.name
	}
	return out
}

// Templates lists the templates of a kind used in a split.
func Templates(kindName string, s Split) []string {
	var out []string
	for _, k := range kinds {
		if k.name != kindName {
			continue
		}
		for _, t := range k.templates {
			if t.in(s) {
				out = append(out, t.name)
			}
		}
	}
	return out
}

// Generate builds n documents of a split, deterministically for (seed,
// split); the first m documents do not depend on n.
func Generate(seed uint64, n int, split Split) []evalset.Doc {
	docs := make([]evalset.Doc, 0, n)
	for i := 0; i < n; i++ {
		docs = append(docs, generateOne(seed, i, split).doc)
	}
	return docs
}

// generated is a document with what the tests check it against.
type generated struct {
	doc      evalset.Doc
	template string // kind/template
	clean    bool
}

func generateOne(seed uint64, i int, split Split) generated {
	salt := uint64(0x9E3779B97F4A7C15)
	if split == Holdout {
		salt = 0xD1B54A32D192ED03
	}
	r := rand.New(rand.NewPCG(seed^salt, uint64(i)))
	k := kinds[r.IntN(len(kinds))]
	clean := r.Float64() < cleanShare
	var ts []template
	for _, t := range k.templates {
		if t.in(split) && (clean || !t.cleanOnly) {
			ts = append(ts, t)
		}
	}
	t := pick(r, ts)
	if clean {
		// A clean document is as often a statistics-only one as a masked
		// one of the usual templates.
		for _, c := range ts {
			if c.cleanOnly && r.IntN(2) == 0 {
				t = c
			}
		}
	}
	b := newBuilder(r, split, clean)
	t.gen(b)
	return generated{b.finish(fmt.Sprintf("docset-%s-%05d", split, i), k.name), k.name + "/" + t.name, clean}
}
