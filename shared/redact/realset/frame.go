package realset

import (
	"fmt"
	"strings"
)

// nm writes p's name at place ctx, then the particle (a pair such as
// "이/가" is resolved against the name). The particle stays outside the
// span. Table cells and form fields sometimes carry the name letter-spaced
// ("김 철 수"), as HWP cells written with character spacing come out.
func (g *gen) nm(p *person, ctx, particle string) {
	name := p.name()
	form := ctx + p.quals
	if p.latin != "" {
		form += "+transcribed"
	}
	if g.clean {
		m := p.sur + g.pk("○○", "**", "OO", "○○")
		if p.latin != "" {
			m = string([]rune(p.trans)[:1]) + "○○"
		}
		g.neg("masked", m)
		if strings.Contains(particle, "/") {
			particle = josa("○", particle)
		}
		g.t(particle)
		return
	}
	if p.latin == "" && (strings.HasPrefix(ctx, "table") || strings.HasPrefix(ctx, "kv") || strings.HasPrefix(ctx, "flat")) && g.p(15) {
		rs := []rune(name)
		parts := make([]string, len(rs))
		for i, c := range rs {
			parts[i] = string(c)
		}
		name = strings.Join(parts, " ")
		form += "+spaced"
	}
	if strings.Contains(particle, "/") {
		particle = josa(name, particle)
	}
	if particle != "" && !strings.HasPrefix(particle, " ") && !strings.HasPrefix(particle, "(") && !strings.HasPrefix(particle, "\t") && !strings.HasPrefix(particle, "\n") && !strings.HasPrefix(particle, ",") && !strings.HasPrefix(particle, ")") && !strings.HasPrefix(particle, ":") && !strings.HasPrefix(particle, "·") {
		form += "+particle:" + strings.Fields(particle)[0]
	}
	g.item(tName, form, name)
	g.t(particle)
}

// latinName writes a foreigner's Latin-script name.
func (g *gen) latinName(p *person, ctx, particle string) {
	if g.clean {
		g.neg("masked", p.latin[:1]+"*****")
		g.t(particle)
		return
	}
	form := ctx + "+latin"
	if particle != "" && particle[0] > 0x7f {
		form += "+particle"
	}
	g.item(tName, form, p.latin)
	g.t(particle)
}

// official is a public servant acting in office: named, but not personal
// data here. Every official's name is in Doc.Exempt.
type official struct {
	name, rank string
}

var ranks = []string{"주무관", "주무관", "주무관", "행정주사", "사회복지주사", "시설주사", "보건주사", "행정주사보"}

func (g *gen) staffer(rank string) official {
	for {
		sur := pick(g.r, surnames)
		a, b := pick(g.r, syl1), pick(g.r, syl2)
		if a == b {
			continue
		}
		n := sur + a + b
		if g.used[n] || nameClash[n] {
			continue
		}
		g.used[n] = true
		g.doc.Exempt = append(g.doc.Exempt, n)
		o := official{n, rank}
		g.staff = append(g.staff, o)
		return o
	}
}

func (g *gen) on(o official) { g.neg("official", o.name) }

var depts = map[string][]string{
	"complaint":   {"민원여권과", "건축과", "교통행정과", "주차관리과", "청소행정과", "도시계획과", "공원녹지과"},
	"minutes":     {"자치행정과", "기획예산과", "도시재생과", "교육지원과", "여성가족과"},
	"subsidy":     {"복지정책과", "일자리경제과", "기후환경과", "주거복지과", "어르신복지과"},
	"disposition": {"건축과", "위생과", "교통행정과", "부동산정보과", "세무1과", "환경과"},
	"briefing":    {"도시계획과", "도시재생과", "교통행정과", "치수과", "공원녹지과"},
	"contract":    {"재무과", "회계과", "문화체육과", "정보통신과", "도로과"},
	"criminal":    {"감사담당관", "건축과", "청소행정과", "복지정책과", "세무1과"},
	"audit":       {"감사담당관", "감사실"},
	"foreign":     {"외국인지원과", "일자리경제과", "여성가족과", "다문화가족지원팀"},
	"welfare":     {"보건소 건강증진과", "복지정책과", "장애인복지과", "정신건강팀", "보건소 의약과"},
	"press":       {"홍보담당관", "문화체육과", "복지정책과"},
	"bidform":     {"문화체육과", "회계과", "재무과"},
	"safety":      {"재난안전과", "교통행정과", "건축과"},
}

// head writes the top of a 기안문: issuing body, 수신, (경유), 제목. The
// HWP and HWPX extractors give the letterhead as paragraphs; 수신 and 제목
// sit in a table (tab between label and value) or as spaced paragraphs.
func (g *gen) head(kind, title string) {
	g.dept = pick(g.r, depts[kind])
	o := g.off
	switch g.layout {
	case "pdf":
		g.plainLine(g.pk(o.city+" "+o.gu, o.gu, spaced(o.gu)))
		if g.p(50) {
			g.plainLine("수신 " + g.pk("내부결재", "수신자 참조", o.head()))
		}
		g.plainLine("제목 " + title)
	case "docx":
		g.plainLine(title)
		g.plainLine(fmt.Sprintf("%s %s", o.gu, g.dept))
	default:
		g.plainLine(g.pk(o.city+" "+o.gu, spaced(o.gu)))
		if g.p(30) {
			g.plainLine(g.pk("구민과 함께하는 "+o.gu, "더 행복한 "+o.gu, "살기 좋은 "+o.gu))
		}
		tab := g.pk("\t", "  ", " ")
		g.plainLine("수신" + tab + g.pk("내부결재", "수신자 참조", "내부결재", o.head()))
		g.plainLine("(경유)")
		g.plainLine("제목" + tab + title)
	}
	g.nl()
}

func teamOf(dept string) string {
	if strings.HasSuffix(dept, "팀") {
		return dept
	}
	return strings.TrimSuffix(strings.TrimSuffix(dept, "과"), "담당관") + "팀"
}

func spaced(s string) string {
	rs := []rune(s)
	parts := make([]string, len(rs))
	for i, c := range rs {
		parts[i] = string(c)
	}
	return strings.Join(parts, " ")
}

// foot writes the bottom of a 기안문 as each source delivers it: the
// 결재 line (a table: tabs in HWP/HWPX, gaps in PDF), 시행/접수, and the
// office's own address, phone, fax and e-mail, which are public.
func (g *gen) foot() {
	o := g.off
	a := g.staffer(pick(g.r, ranks))
	b := g.staffer("팀장")
	c := g.staffer("과장")
	team := teamOf(g.dept)
	docNo := fmt.Sprintf("%s-%d", g.dept, g.between(1000, 39999))
	y := g.between(2021, 2025)
	ext := g.digits(4)
	if len(o.tel) > 6 {
		ext = g.digits(4)
	}
	phone := o.tel + "-" + ext
	fax := o.tel + "-" + g.digits(4)
	local := pick(g.r, romaji) + g.pk("", "77", "21", "0")
	g.nl()
	g.plainLine(o.head())
	switch g.layout {
	case "pdf":
		g.t(a.rank + " ")
		g.on(a)
		g.t("  " + g.pk(team+"장", "팀장") + " ")
		g.on(b)
		g.t("  " + g.pk(g.dept+"장", "과장") + " " + g.pk("", fmt.Sprintf("전결 %02d/%02d ", g.between(1, 12), g.between(1, 28))))
		g.on(c)
		g.nl()
		g.t("시행 ")
		g.neg("doc_no", docNo)
		g.t(" (" + g.date(y) + ")  접수\n")
		g.t("우 ")
		g.neg("zip", o.zip)
		g.t(" ")
		g.neg("office_address", o.city+" "+o.gu+" "+o.addr)
		g.t(" / " + o.web + "\n")
		g.t("전화 ")
		g.neg("office_phone", phone)
		g.t(" 전송 ")
		g.neg("office_fax", fax)
		g.t(" / ")
		g.neg("office_email", local+"@"+o.mail)
		g.t(" / " + g.pk("대시민 공개", "부분공개(6)", "비공개(6)") + "\n")
	default:
		if g.p(50) {
			g.t("기안자\t" + a.rank + "\t")
			g.on(a)
			g.t("\t검토자\t" + team + "장\t")
			g.on(b)
			g.t("\t결재권자\t" + g.dept + "장\t")
			g.on(c)
			g.nl()
		} else {
			g.t(a.rank + "\t" + team + "장\t" + g.dept + "장\n")
			g.on(a)
			g.t("\t")
			g.on(b)
			g.t(fmt.Sprintf("\t전결 %d. %d.\t", g.between(1, 12), g.between(1, 28)))
			g.on(c)
			g.nl()
		}
		g.plainLine("협조자")
		g.t("시행\t")
		g.neg("doc_no", docNo)
		g.t("\t(" + g.date(y) + ")\t접수\t\n")
		g.t("우\t")
		g.neg("zip", o.zip)
		g.t("\t")
		g.neg("office_address", o.city+" "+o.gu+" "+o.addr+g.pk("", " "+o.gu+"청", " ("+g.dept+")"))
		g.t("\t/ http://" + o.web + "\n")
		g.t("전화번호\t")
		g.neg("office_phone", phone)
		g.t("\t팩스번호\t")
		g.neg("office_fax", fax)
		g.t("\t/ ")
		g.neg("office_email", local+"@"+o.mail)
		g.t("\t/ " + g.pk("대국민 공개", "부분공개(6)", "비공개(6)") + "\n")
	}
}

// contactBox is the press-release/announcement style of naming the
// officials in charge, as mot.hwpx extracts: 담당 부서 | 부서 | 책임자 |
// 과장 | name | (phone).
func (g *gen) contactBox() {
	o := g.off
	c := g.staffer("과장")
	a := g.staffer(pick(g.r, ranks))
	team := teamOf(g.dept)
	g.t("담당 부서\t" + g.dept + "\t책임자\t과장\t")
	g.on(c)
	g.t("\t(")
	g.neg("office_phone", o.tel+"-"+g.digits(4))
	g.t(")\n")
	g.t("\t" + team + "\t담당자\t" + a.rank + "\t")
	g.on(a)
	g.t("\t(")
	g.neg("office_phone", o.tel+"-"+g.digits(4))
	g.t(")\n")
}

// pageMark writes a page break as PDF extraction shows it: a page number
// line and, sometimes, the running header again.
func (g *gen) pageMark(page int, running string) {
	if !g.pdf() {
		return
	}
	g.plainLine(g.pk(fmt.Sprintf("- %d -", page), fmt.Sprint(page), fmt.Sprintf("%d / %d", page, page+g.n(3))))
	if running != "" && g.p(60) {
		g.plainLine(running)
	}
}

// statute returns a statute reference.
func (g *gen) statute() string {
	return pick(g.r, []string{
		"「개인정보 보호법」 제17조제1항", "「민원 처리에 관한 법률」 제27조", "「행정절차법」 제21조", "「행정절차법」 제14조제4항",
		"「건축법」 제79조", "「도로교통법」 제35조", "「식품위생법」 제75조", "「국민기초생활 보장법」 제22조",
		"「지방자치단체를 당사자로 하는 계약에 관한 법률」 제9조", "「형사소송법」 제234조제2항", "「지방공무원법」 제48조",
		"「재한외국인 처우 기본법」 제12조", "「감염병의 예방 및 관리에 관한 법률」 제18조", "「장애인복지법」 제32조",
		"「주차장법」 제19조의4", "「보조금 관리에 관한 법률」 제33조", "「공공감사에 관한 법률」 제23조",
	})
}

func (g *gen) statuteNeg() { g.neg("statute", g.statute()) }

func (g *gen) receiptNo(y int) string {
	switch g.n(3) {
	case 0:
		return fmt.Sprintf("%dAA-%02d%02d-%s", g.between(1, 9), y%100, g.between(1, 12), g.digits(6))
	case 1:
		return fmt.Sprintf("제%d-%s호", y, g.digits(5))
	}
	return fmt.Sprintf("%d-%s", y, g.digits(7))
}

func bizNo(g *gen) string {
	d := g.digits(9)
	w := []int{1, 3, 7, 1, 3, 7, 1, 3, 5}
	sum := 0
	for i, c := range d {
		sum += int(c-'0') * w[i]
	}
	sum += (int(d[8]-'0') * 5) / 10
	ch := (10 - sum%10) % 10
	return fmt.Sprintf("%s-%s-%s%d", d[:3], d[3:5], d[5:], ch)
}

func corpNo(g *gen) string {
	d := pick(g.r, []string{"110111", "110111", "131111", "134511", "180111", "284411", "110114"}) + g.digits(6)
	sum := 0
	for i, c := range d {
		w := 1
		if i%2 == 1 {
			w = 2
		}
		sum += int(c-'0') * w
	}
	return fmt.Sprintf("%s-%s%d", d[:6], d[6:], (10-sum%10)%10)
}

var companies = []string{"(주)한빛건설", "주식회사 다온이앤씨", "㈜누리기획", "(주)세움씨앤디", "주식회사 동방조경", "㈜한결정보통신", "(주)미래환경산업", "주식회사 푸른나래", "㈜대성전기", "(유)이음디자인", "주식회사 바른급식", "(주)새봄이벤트"}

// ordinary words with name-like syllables, kept as negatives.
var nameWords = []string{"김장나눔", "이상 유무", "박람회", "최우수상", "정수기", "조정안", "강화 방안", "윤리강령", "장애인 편의시설", "한파 쉼터", "오류 정정", "서류 보완", "신속 처리", "권고 사항", "황사 대비", "안내문", "송부", "홍보물", "고지서", "문서함", "민원 창구", "주민 의견", "배수로", "백신 접종", "허가 조건", "심의 결과", "노후 시설", "하수관로", "곽 과제"}

func (g *gen) word() string {
	w := pick(g.r, nameWords)
	if w == "곽 과제" {
		w = "과제"
	}
	return w
}
