package thirteenset

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// maxItems caps a document's planted items; sections ask room() first so
// that no personal value is ever written without its label.
const maxItems = 40

type gen struct {
	r     *rand.Rand
	sb    strings.Builder
	doc   evalset.Doc
	clean bool
	used  map[string]bool
	ctx   string // context quality for the section being written
	off   office
	dept  string
	team  string
	offs  []string // officials: drafter, reviewer, approver, (co-operator)
	date  time.Time
	num   int // body's top-level number
	let   int // letter within it
	docno int
	kvSty int
}

type office struct {
	org, chief, addr, zip, tel, domain string
	gu                                 string // district of the office, "" for City Hall
}

var offices = []office{
	{"서울특별시", "서울특별시장", "서울특별시 중구 세종대로 110", "04524", "02-2133-", "seoul.go.kr", ""},
	{"서울특별시", "서울특별시장", "서울특별시 중구 덕수궁길 15", "04515", "02-2133-", "seoul.go.kr", ""},
	{"서울특별시 마포구", "마포구청장", "서울특별시 마포구 월드컵로 212", "03937", "02-3153-", "mapo.go.kr", "마포구"},
	{"서울특별시 성동구", "성동구청장", "서울특별시 성동구 고산자로 270", "04750", "02-2286-", "sd.go.kr", "성동구"},
	{"서울특별시 강남구", "강남구청장", "서울특별시 강남구 학동로 426", "06090", "02-3423-", "gangnam.go.kr", "강남구"},
	{"서울특별시 종로구", "종로구청장", "서울특별시 종로구 삼봉로 43", "03153", "02-2148-", "jongno.go.kr", "종로구"},
	{"서울특별시 노원구", "노원구청장", "서울특별시 노원구 노해로 437", "01689", "02-2116-", "nowon.kr", "노원구"},
	{"서울특별시 관악구", "관악구청장", "서울특별시 관악구 관악로 145", "08832", "02-879-", "ga.go.kr", "관악구"},
	{"서울특별시 은평구", "은평구청장", "서울특별시 은평구 은평로 195", "03384", "02-351-", "ep.go.kr", "은평구"},
	{"서울특별시 송파구", "송파구청장", "서울특별시 송파구 올림픽로 326", "05552", "02-2147-", "songpa.go.kr", "송파구"},
	{"서울특별시 영등포구", "영등포구청장", "서울특별시 영등포구 당산로 123", "07260", "02-2670-", "ydp.go.kr", "영등포구"},
	{"서울특별시 동작구", "동작구청장", "서울특별시 동작구 장승배기로 161", "06928", "02-820-", "dongjak.go.kr", "동작구"},
	{"서울특별시 서대문구", "서대문구청장", "서울특별시 서대문구 연희로 248", "03719", "02-330-", "sdm.go.kr", "서대문구"},
}

// kind is one document kind: depts it comes from and its body writer.
type kind struct {
	name  string
	depts [][2]string // department, team
	body  func(g *gen)
}

// Generate builds n documents for seed. Each document draws from its own
// PCG stream, so document i does not depend on n.
func Generate(seed uint64, n int) []evalset.Doc {
	docs := make([]evalset.Doc, n)
	for i := range docs {
		docs[i] = one(seed, i)
	}
	return docs
}

func one(seed uint64, i int) evalset.Doc {
	r := rand.New(rand.NewPCG(seed*0x9E3779B97F4A7C15+1, uint64(i)*0xD1B54A32D192ED03+0x632BE59BD9B4E019))
	k := kinds[r.IntN(len(kinds))]
	g := &gen{r: r, used: map[string]bool{}}
	g.clean = r.IntN(13) < 2
	g.off = pick(r, offices)
	d := pick(r, k.depts)
	g.dept, g.team = d[0], d[1]
	g.date = time.Date(2025+r.IntN(2), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.Local)
	g.docno = 100 + r.IntN(9800)
	g.kvSty = r.IntN(5)
	for j := 0; j < 3+r.IntN(2); j++ {
		for {
			p := &person{female: r.IntN(2) == 0, y: 1965 + r.IntN(34)}
			nm := wpick(r, surnames) + givenName(r, p.y, p.female)
			if !g.taken(nm) {
				g.used[nm] = true
				g.offs = append(g.offs, nm)
				break
			}
		}
	}
	k.body(g)
	g.footer()
	g.doc.ID = fmt.Sprintf("thirteenset-%d-%04d-%s", seed, i, k.name)
	g.doc.Kind = k.name
	g.doc.Text = g.sb.String()
	g.doc.Exempt = append([]string(nil), g.offs...)
	if g.doc.Items == nil {
		g.doc.Items = []evalset.Item{}
	}
	return g.doc
}

func (g *gen) w(ss ...string) {
	for _, s := range ss {
		g.sb.WriteString(s)
	}
}

func (g *gen) wf(f string, a ...any) { fmt.Fprintf(&g.sb, f, a...) }

func (g *gen) room() int { return maxItems - len(g.doc.Items) }

// can reports whether a section with k items still fits.
func (g *gen) can(k int) bool { return !g.clean && g.room() >= k }

func (g *gen) mark(typ, form string, st int) {
	if g.clean {
		panic("thirteenset: item in a clean document")
	}
	g.doc.Items = append(g.doc.Items, evalset.Item{Type: typ, Start: st, End: g.sb.Len(), Form: form})
}

// put writes an already shaped value as an item.
func (g *gen) put(typ, place, q, val string) {
	st := g.sb.Len()
	g.sb.WriteString(val)
	g.mark(typ, place+"+"+q, st)
}

func (g *gen) neg(kind, val string) {
	st := g.sb.Len()
	g.sb.WriteString(val)
	g.doc.Negatives = append(g.doc.Negatives, evalset.Negative{Kind: kind, Start: st, End: g.sb.Len()})
}

// quality picks a noise for a value in place, or the context quality.
func (g *gen) quality(typ, place string) string {
	r := g.r
	if place == "ocr" && typ != "email" && typ != "passport" {
		if chance(r, 75) {
			return "ocr"
		}
	}
	n := r.IntN(100)
	switch typ {
	case "name":
		if n < 4 {
			return "spaced"
		}
	case "address":
		if place == "prose" || place == "kv" || place == "recipient" {
			if n < 22 {
				return "wrapped"
			}
		}
	case "email", "passport":
		if n < 4 {
			return "fullwidth"
		}
		if n < 8 && typ == "email" {
			return "partialmask"
		}
	case "birth_date", "vehicle_plate", "driver_licence":
		if n < 4 {
			return "fullwidth"
		}
		if n < 8 {
			return "spaced"
		}
		if n < 12 && place == "prose" {
			return "wrapped"
		}
	default:
		switch {
		case n < 5:
			return "fullwidth"
		case n < 11:
			return "partialmask"
		case n < 16:
			return "spaced"
		case n < 20 && (place == "prose" || place == "kv"):
			return "wrapped"
		case n < 23:
			return "ocr"
		}
	}
	if g.ctx != "" {
		return g.ctx
	}
	return "plain"
}

// shape applies a quality to a raw value.
func (g *gen) shape(typ, q, v string, brk int) string {
	switch q {
	case "fullwidth":
		return fullwidth(v)
	case "ocr":
		return ocr(g.r, v)
	case "spaced":
		return spaced(g.r, typ, v)
	case "partialmask":
		return mask(g.r, typ, v)
	case "wrapped":
		return wrap(v, breakAt(v, brk), "")
	}
	return v
}

// val writes a value of typ in place with a drawn quality.
func (g *gen) val(typ, place, v string) {
	q := g.quality(typ, place)
	out := g.shape(typ, q, v, 0)
	if out == v && noisy(q) {
		q = g.ctxOr("plain")
	}
	g.put(typ, place, q, out)
}

// noisy reports whether a quality changes the value's characters; when a
// transform had nothing to act on, the label falls back.
func noisy(q string) bool {
	switch q {
	case "fullwidth", "ocr", "spaced", "partialmask", "wrapped":
		return true
	}
	return false
}

// addr writes a person's address.
func (g *gen) addr(p *person, place string) {
	q := g.quality("address", place)
	out := g.shape("address", q, p.addr, p.addrWrap)
	if out == p.addr && noisy(q) {
		q = g.ctxOr("plain")
	}
	g.put("address", place, q, out)
}

// nm writes a citizen's name in place followed by suffix; a suffix given
// as "은/는" is resolved and glued, making the quality "particle".
func (g *gen) nm(p *person, place, suffix string) {
	r := g.r
	if p.foreign {
		if chance(r, 55) {
			g.put("name", place, "latin", p.name)
			if chance(r, 40) {
				g.w("(")
				g.put("name", place, "transcribed", p.hangul)
				g.w(")")
			}
			g.w(josa(p.name, suffix))
			return
		}
		g.put("name", place, "transcribed", p.hangul)
		g.w(josa(p.hangul, suffix))
		return
	}
	q := g.quality("name", place)
	glued := suffix != "" && suffix[0] != ' ' && suffix[0] != ',' && suffix[0] != '(' && suffix[0] != ')' && suffix[0] != '\n'
	if q == "plain" && glued {
		q = "particle"
	}
	if q == "plain" || q == "particle" {
		t := strings.TrimSpace(suffix)
		if place == "recipient" && (strings.HasPrefix(t, "귀하") || strings.HasPrefix(t, "님")) {
			q = "honorific"
		}
	}
	if place == "ocr" && q != "ocr" && chance(r, 30) {
		q = "ocr"
	}
	v := p.name
	switch q {
	case "spaced":
		v = spaced(r, "name", v)
	case "ocr":
		if rs := []rune(v); len(rs) > 1 && chance(r, 60) {
			v = string(rs[:1]) + " " + string(rs[1:])
		} else if glued {
			q = "particle"
		} else {
			q = g.ctxOr("plain")
		}
	}
	g.put("name", place, q, v)
	g.w(josa(p.name, suffix))
}

// Dates.

var weekdays = []string{"일", "월", "화", "수", "목", "금", "토"}

func dot(t time.Time) string { return fmt.Sprintf("%d. %d. %d.", t.Year(), int(t.Month()), t.Day()) }

// dateNeg writes a document date or deadline as a negative.
func (g *gen) dateNeg(t time.Time, weekday bool) {
	g.neg("date", dot(t))
	if weekday {
		g.w("(" + weekdays[t.Weekday()] + ")")
	}
}

func (g *gen) after(days int) time.Time { return g.date.AddDate(0, 0, days) }

func (g *gen) amount(n int) { g.neg("amount", commas(n)+"원") }

// Office data.

func (g *gen) orgShort() string {
	if g.off.gu != "" {
		return g.off.gu
	}
	return "서울시"
}

func (g *gen) phone() string { return fmt.Sprintf("%s%04d", g.off.tel, 1000+g.r.IntN(9000)) }

func (g *gen) docNo() string { return fmt.Sprintf("%s-%d", g.dept, g.docno) }

// header writes the letterhead, 수신 and 제목.
func (g *gen) header(title string, to func()) {
	r := g.r
	if chance(r, 35) {
		g.w(pick(r, []string{"시민이 행복한 서울", "동행·매력 특별시 서울", "함께 만드는 내일", "주민과 함께하는 " + g.orgShort()}), "\n\n")
	}
	org := g.off.org
	if chance(r, 30) {
		org = strings.Join(strings.Split(strings.ReplaceAll(org, " ", ""), ""), " ")
	}
	g.w(org, "\n\n")
	sep := pick(r, []string{"  ", " ", "\t"})
	g.w("수신", sep)
	if to == nil {
		g.w(pick(r, []string{"수신자 참조", "내부결재", "수신자 참조", g.off.chief}))
	} else {
		to()
	}
	g.w("\n")
	g.w("(경유)\n")
	g.w("제목", sep, title, "\n\n")
}

// related writes the customary "1. 관련" clause with statute and prior
// documents as negatives.
func (g *gen) related(laws ...string) {
	r := g.r
	g.w(g.n(), "관련\n")
	letters := hangulLetters
	i := 0
	if chance(r, 25) {
		laws = append(laws, pick(r, statutes))
	}
	for _, l := range laws {
		if i > 0 && chance(r, 30) {
			continue
		}
		g.w("  ", letters[i], ". ")
		g.neg("statute", l)
		g.w("\n")
		i++
	}
	g.w("  ", letters[i], ". ")
	g.neg("docno", fmt.Sprintf("%s-%d", pick(r, []string{g.dept, g.dept, "복지정책과", "자치행정과", "총무과"}), 100+r.IntN(9000)))
	g.w("(")
	g.dateNeg(g.after(-10-r.IntN(60)), false)
	g.w(")호\n\n")
}

// contact writes the "문의" line: an official in duty with the office phone.
func (g *gen) contact() {
	r := g.r
	g.w(pick(r, []string{"※ 문의: ", "※ 담당: ", "  ※ 관련 문의는 "}), g.dept, " ")
	if chance(r, 50) {
		g.w(g.team, " ")
	}
	g.w(pick(r, []string{"주무관 ", "담당 "}))
	g.neg("official", g.offs[0])
	g.w(" (☎ ")
	g.neg("office_phone", g.phone())
	g.w(")\n")
}

// closing writes 붙임 and the closing mark.
func (g *gen) closing(attach ...string) {
	r := g.r
	g.w("\n")
	if len(attach) == 0 {
		g.w(pick(r, []string{"  ", "    "}), "끝.\n")
		return
	}
	if len(attach) == 1 {
		g.w("붙임  ", attach[0], " 1부.  끝.\n")
		return
	}
	for i, a := range attach {
		if i == 0 {
			g.w("붙임  ")
		} else {
			g.w("      ")
		}
		g.wf("%d. %s 1부.", i+1, a)
		if i == len(attach)-1 {
			g.w("  끝.")
		}
		g.w("\n")
	}
}

// footer writes the approval line, numbers and the office's contact block.
// Only negatives live here.
func (g *gen) footer() {
	r := g.r
	o := g.off
	g.w("\n\n")
	if chance(r, 50) {
		g.w(g.off.chief, "\n\n")
	}
	teamTitle := g.team + "장"
	if chance(r, 40) {
		teamTitle = "팀장"
	}
	deptTitle := g.dept + "장"
	if chance(r, 40) {
		deptTitle = "과장"
	}
	sp := func() string { return strings.Repeat(" ", 2+r.IntN(6)) }
	switch r.IntN(3) {
	case 0:
		g.w("기안자 주무관 ")
		g.neg("official", g.offs[0])
		g.w(sp(), "검토자 ", teamTitle, " ")
		g.neg("official", g.offs[1])
		g.w(sp(), pick(r, []string{"결재권자 ", "전결 ", "결재권자 전결 "}), deptTitle, " ")
		g.neg("official", g.offs[2])
		g.w("\n")
	case 1:
		g.w(pick(r, []string{"주무관", "행정주사보", "사회복지주사", "주무관"}), " ")
		g.neg("official", g.offs[0])
		g.w(sp(), teamTitle, " ")
		g.neg("official", g.offs[1])
		g.w(sp(), deptTitle, " 전결 ")
		g.dateNeg(g.date, false)
		g.w(" ")
		g.neg("official", g.offs[2])
		g.w("\n")
	default:
		g.w("주무관\n")
		g.neg("official", g.offs[0])
		g.w("\n", teamTitle, "\n")
		g.neg("official", g.offs[1])
		g.w("\n", deptTitle, "\n", fmt.Sprintf("%02d/%02d", int(g.date.Month()), g.date.Day()), "\n")
		g.neg("official", g.offs[2])
		g.w("\n")
	}
	if len(g.offs) > 3 {
		g.w("협조자 ", pick(r, []string{"주무관 ", "팀장 ", "주무관 "}))
		g.neg("official", g.offs[3])
		g.w("\n")
	} else {
		g.w("협조자\n")
	}
	g.w("시행 ")
	g.neg("docno", g.docNo())
	g.w(" (")
	g.dateNeg(g.date, false)
	g.w(")", sp(), "접수", pick(r, []string{"", " ", "  (        )"}), "\n")
	g.w("우 ", o.zip, " ")
	g.neg("office_address", o.addr)
	g.w(pick(r, []string{" ", " (" + g.dept + ")"}), " / https://www.", o.domain, "\n")
	g.w(pick(r, []string{"전화 ", "전화번호 "}))
	g.neg("office_phone", g.phone())
	g.w(pick(r, []string{" / 전송 ", " 팩스번호 ", " /전송 "}))
	g.neg("office_fax", fmt.Sprintf("%s%04d", o.tel, 1000+r.IntN(9000)))
	g.w(" / ")
	dom := o.domain
	if chance(r, 50) {
		dom = "seoul.go.kr"
	}
	g.neg("office_email", fmt.Sprintf("%s%s@%s", pick(r, []string{"kms", "jhl", "syp", "hjc", "dwk", "eun", "min", "sjh", "yhk", "hs"}), digits(r, 2+r.IntN(3)), dom))
	g.w(" / ", pick(r, []string{"공개", "부분공개(6)", "부분공개(6)", "비공개(6)", "부분공개(5,6)"}), "\n")
	if chance(r, 30) {
		g.w("담당자 ")
		g.neg("official", g.offs[0])
		g.w(" ")
		g.neg("office_phone", g.phone())
		g.w("\n")
	}
}

// toCitizen addresses the document to a citizen, with the postal address
// as 수신 lines carry it.
func (g *gen) toCitizen(p *person) func() {
	return func() {
		r := g.r
		g.nm(p, "recipient", pick(r, []string{" 귀하", " 귀하", "님 귀하", " 님"}))
		if chance(r, 65) {
			g.w(pick(r, []string{" (우", " (우 ", "\n      (우"}), zipFor(r, p.addr), " ")
			g.addr(p, "recipient")
			g.w(")")
		}
	}
}

var hangulLetters = []string{"가", "나", "다", "라", "마", "바", "사", "아"}

// n and l number the body's items so that optional sections leave no gap.
func (g *gen) n() string {
	g.num++
	g.let = 0
	return fmt.Sprintf("%d. ", g.num)
}

func (g *gen) l() string {
	g.let++
	return hangulLetters[g.let-1] + ". "
}
