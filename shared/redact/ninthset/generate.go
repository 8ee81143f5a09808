package ninthset

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// kind is one of the nine kinds of document and its writer.
type kind struct {
	name  string
	write func(*builder)
}

// kinds are the nine kinds the outside held-out test uses.
var kinds = []kind{
	{"complaint", complaint},
	{"minutes", minutes},
	{"subsidy", subsidy},
	{"notice", notice},
	{"briefing", briefing},
	{"contract", contract},
	{"criminal", criminal},
	{"audit", audit},
	{"foreign", foreign},
}

// Generate builds n documents. Document i depends only on seed and i, so
// a longer set begins with a shorter one.
func Generate(seed uint64, n int) []evalset.Doc {
	docs := make([]evalset.Doc, 0, n)
	for i := 0; i < n; i++ {
		docs = append(docs, one(seed, i))
	}
	return docs
}

func one(seed uint64, i int) evalset.Doc { return build(seed, i).doc }

// build writes document i of seed.
func build(seed uint64, i int) *builder {
	r := rand.New(rand.NewPCG(seed^0x6e696e7468736574, uint64(i)*0x9E3779B97F4A7C15+1))
	k := kinds[(i+int(seed%9))%len(kinds)]
	b := &builder{r: r, used: map[string]bool{}}
	b.clean = r.IntN(4) == 0
	b.doc.ID = fmt.Sprintf("ninth-%04d", i)
	b.doc.Kind = k.name
	k.write(b)
	b.doc.Text = b.sb.String()
	if b.doc.Items == nil {
		b.doc.Items = []evalset.Item{}
	}
	if b.doc.Negatives == nil {
		b.doc.Negatives = []evalset.Negative{}
	}
	return b
}

// asides are sentences of ordinary words that open with a surname
// syllable or sit where a name might ({…} marks each negative).
var asides = []string{
	"{한편} {김장} 나눔 행사 {신청}은 각 동 {주민}센터에서 받습니다.",
	"{이상}의 {조사} 결과를 {정리}하여 관계 부서에 {송부}함.",
	"{고소}·고발 사건의 {진행} 상황은 별도로 보고할 예정임.",
	"{지급액}은 예산 사정에 따라 {변경}될 수 있음.",
	"{구청장님} 지시사항: {민원} 처리 기한을 철저히 준수할 것.",
	"대리인: {해당 없음}",
	"{최근} {황사}와 미세먼지로 {야외} 행사는 {연기}될 수 있음.",
	"{장기} {임대} {주택} 입주자 모집 {안내}는 누리집에 게시함.",
	"{성과} 평가 결과는 {차기} 사업 {선정}에 반영함.",
	"{홍보} {전단}을 {배부}하고 {방문} {상담}을 병행함.",
	"{위원장님}께서 {회의} {진행}을 맡으셨음.",
	"신청인: {본인}, 대리인: {없음}",
	"{조치} 결과는 {기한} 내 {제출}하여 주시기 바랍니다.",
	"{남은} {예산}은 {반납} {처리}함.",
	"{강화}된 {기준}에 따라 {심의}를 거쳐 {원안}대로 {채택}함.",
}

// aside writes one of the asides.
func (b *builder) aside() {
	s := pick(b.r, asides)
	for s != "" {
		a, rest, ok := strings.Cut(s, "{")
		b.w(a)
		if !ok {
			break
		}
		w, rest2, _ := strings.Cut(rest, "}")
		kind := "word"
		if strings.Contains(w, "님") {
			kind = "title"
		} else if strings.Contains(w, "없") || w == "본인" {
			kind = "placeholder"
		}
		b.put("prose", "", negp(kind, w))
		s = rest2
	}
	b.w("\n")
}
