package evalset

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Item is one planted piece of personal data. Start and End are byte
// offsets of the value in Doc.Text.
type Item struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Form  string `json:"form"`
}

// Negative is a planted string that must stay untouched.
type Negative struct {
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Doc is one document of the evaluation set.
type Doc struct {
	ID        string     `json:"id"`
	Kind      string     `json:"kind,omitempty"` // document kind, for sets of whole documents
	Text      string     `json:"text"`
	Exempt    []string   `json:"exempt,omitempty"`
	Items     []Item     `json:"items"`
	Negatives []Negative `json:"negatives"`
}

// Type names match package redact's; they are repeated here so that the
// set does not depend on the code it judges.
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

// AllTypes lists the planted types in report order.
var AllTypes = []string{tRRN, tFRN, tMobile, tLandline, tEmail, tCard, tAccount, tPassport, tLicence, tPlate, tBirth, tName, tAddress, tIP}

type builder struct {
	r   *rand.Rand
	b   strings.Builder
	doc Doc
}

func (b *builder) text(s string) { b.b.WriteString(s) }

// item writes prefix, value and suffix and records the value's span.
func (b *builder) item(typ, form, prefix, value, suffix string) {
	b.b.WriteString(prefix)
	st := b.b.Len()
	b.b.WriteString(value)
	b.doc.Items = append(b.doc.Items, Item{Type: typ, Start: st, End: b.b.Len(), Form: form})
	b.b.WriteString(suffix)
}

func (b *builder) neg(kind, prefix, value, suffix string) {
	b.b.WriteString(prefix)
	st := b.b.Len()
	b.b.WriteString(value)
	b.doc.Negatives = append(b.doc.Negatives, Negative{Kind: kind, Start: st, End: b.b.Len()})
	b.b.WriteString(suffix)
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func digits(r *rand.Rand, n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(byte('0' + r.IntN(10)))
	}
	return sb.String()
}

// Generate builds n documents from corpus texts, deterministically for a
// seed.
func Generate(corpus []string, seed uint64, n int) []Doc {
	r := rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
	var lines [][]string
	for _, t := range corpus {
		lines = append(lines, strings.Split(t, "\n"))
	}
	docs := make([]Doc, 0, n)
	for d := 0; d < n; d++ {
		b := &builder{r: r}
		b.doc.ID = fmt.Sprintf("eval-%04d", d)
		officials := []string{pick(r, officialNames), pick(r, officialNames)}
		b.doc.Exempt = officials
		b.text(pick(r, headers))
		b.neg("official", "기안자 ", officials[0], " "+pick(r, []string{"주무관", "행정주사", "사무관"}))
		b.text(", 결재 " + pick(r, []string{"과장", "팀장", "국장"}) + " ")
		b.neg("official", "", officials[1], "\n")
		for k := 0; k < 2+r.IntN(3); k++ {
			// Real statute text between the planted sentences.
			ls := pick(r, lines)
			at := r.IntN(len(ls))
			for j := at; j < len(ls) && j < at+2+r.IntN(5); j++ {
				b.text(ls[j] + "\n")
			}
			for s := 0; s < 1+r.IntN(3); s++ {
				b.sentence()
			}
		}
		b.doc.Text = b.b.String()
		docs = append(docs, b.doc)
	}
	return docs
}

var headers = []string{
	"민원 처리 결과 통지\n", "정보공개 청구서 접수 현황\n", "제3차 주민참여예산위원회 회의록\n", "2014년 민원 처리 보고\n",
	"불법 주정차 과태료 이의신청 검토\n", "시민 제안 검토 결과\n", "회의록 (2014. 3. 12.)\n", "민원 회신\n",
}

var fillers = []string{
	"아래와 같이 처리하였음을 알려드립니다. ", "검토 결과는 다음과 같습니다. ", "위원장이 개회를 선언하였다. ",
	"안건에 대한 질의와 답변이 있었다. ", "관계 법령에 따라 처리할 예정입니다. ", "추가 자료를 제출하여 주시기 바랍니다. ",
	"해당 부서에서 현장을 확인하였습니다. ", "처리 기간은 10일입니다. ", "의결 정족수를 충족하였다. ", "",
}

// sentence writes one complaint- or minutes-like sentence with one planted
// item and, often, a hard negative.
func (b *builder) sentence() {
	r := b.r
	b.text(pick(r, fillers))
	if r.IntN(3) > 0 {
		b.negative()
		b.text(" ")
	}
	typ := AllTypes[r.IntN(len(AllTypes))]
	b.plant(typ)
	if r.IntN(2) == 0 {
		b.text(" ")
		b.negative()
	}
	b.text(pick(r, []string{"\n", " ", ".\n", "\n\n"}))
}
