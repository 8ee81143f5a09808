package citydocs

import (
	"fmt"
	"strings"
)

// date writes a date that is not a birth date, as a negative.
func (g *gen) date() {
	y, m, d := g.in(2021, 2025), g.in(1, 12), g.in(1, 28)
	var s string
	switch g.in(0, 4) {
	case 0:
		s = fmt.Sprintf("%d. %d. %d.", y, m, d)
	case 1:
		s = fmt.Sprintf("%d.%02d.%02d.", y, m, d)
	case 2:
		s = fmt.Sprintf("%d년 %d월 %d일", y, m, d)
	case 3:
		s = fmt.Sprintf("%d-%02d-%02d", y, m, d)
	default:
		s = fmt.Sprintf("'%02d. %d. %d.", y%100, m, d)
	}
	g.neg("date", s)
}

// period writes two ordered dates (not birth dates) joined by mid, e.g.
// "2024. 3. 4.부터 2024. 3. 15.까지".
func (g *gen) period(mid, end string) {
	y, m := g.in(2021, 2025), g.in(1, 11)
	d1, d2 := g.in(1, 14), g.in(15, 28)
	m2 := m + g.in(0, 1)
	f := g.in(0, 2)
	one := func(y, m, d int) string {
		switch f {
		case 0:
			return fmt.Sprintf("%d. %d. %d.", y, m, d)
		case 1:
			return fmt.Sprintf("%d.%02d.%02d.", y, m, d)
		}
		return fmt.Sprintf("%d년 %d월 %d일", y, m, d)
	}
	g.neg("date", one(y, m, d1))
	g.w(mid)
	g.neg("date", one(y, m2, d2))
	g.w(end)
}

func (g *gen) amountV(v int) { g.neg("amount", commas(v)+"원") }

func (g *gen) amount() {
	v := g.in(3, 300) * 10000
	if g.p(30) {
		v = g.in(1, 900) * 100000
	}
	g.neg("amount", commas(v)+"원")
}

func commas(v int) string {
	s := fmt.Sprint(v)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

var statutes = []string{
	"「행정절차법」 제21조제1항", "「행정절차법」 제14조제4항", "「민원 처리에 관한 법률」 제27조", "「도로교통법」 제32조",
	"「식품위생법」 제75조제1항", "「건축법」 제79조", "「지방재정법」 제32조의2", "「보조금 관리에 관한 법률」 제33조",
	"「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "「개인정보 보호법」 제18조제2항", "「지방계약법 시행령」 제30조",
	"「형사소송법」 제234조제2항", "「지방공무원법」 제69조", "「재한외국인 처우 기본법」 제12조", "「출입국관리법」 제31조",
	"「주차장법」 제19조의4", "「폐기물관리법」 제68조제3항", "「감사원법」 제24조", "「서울특별시 보조금 관리 조례」 제12조제3항",
}

var kindStatutes = map[string][]string{
	"complaint": {"「민원 처리에 관한 법률」 제27조", "「도로교통법」 제32조", "「주차장법」 제19조의4", "「폐기물관리법」 제68조제3항", "「소음·진동관리법」 제21조제2항", "「건축법」 제79조"},
	"minutes":   {"「서울특별시 위원회 설치 및 운영에 관한 조례」 제7조제1항", "「국토의 계획 및 이용에 관한 법률」 제113조", "「지방자치법」 제130조"},
	"subsidy":   {"「보조금 관리에 관한 법률」 제33조", "「서울특별시 보조금 관리 조례」 제12조제3항", "「지방재정법」 제32조의2", "「긴급복지지원법」 제9조"},
	"notice":    {"「행정절차법」 제21조제1항", "「행정절차법」 제14조제4항", "「식품위생법」 제75조제1항", "「질서위반행위규제법」 제16조", "「건축법」 제79조"},
	"briefing":  {"「도시 및 주거환경정비법」 제15조", "「국토의 계획 및 이용에 관한 법률」 제28조", "「개인정보 보호법」 제15조제1항"},
	"contract":  {"「지방계약법 시행령」 제30조", "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제9조", "「지방계약법」 제43조"},
	"criminal":  {"「형사소송법」 제234조제2항", "「폐기물관리법」 제8조제1항", "「보조금 관리에 관한 법률」 제40조", "「식품위생법」 제37조제4항", "「건축법」 제108조"},
	"audit":     {"「지방공무원법」 제69조", "「감사원법」 제24조", "「공공감사에 관한 법률」 제23조", "「지방공무원 징계 및 소청 규정」 제2조"},
	"foreign":   {"「재한외국인 처우 기본법」 제12조", "「출입국관리법」 제31조", "「다문화가족지원법」 제11조"},
}

func (g *gen) statute() {
	if ks := kindStatutes[g.d.Kind]; len(ks) > 0 && g.p(75) {
		g.neg("statute", g.pick(ks))
		return
	}
	g.neg("statute", g.pick(statutes))
}

var facilities = []string{"망원한강공원", "서울숲", "보라매공원 관리사무소", "○○어린이공원", "중계근린공원", "성수동 수제화거리", "동부간선도로", "신림선 보라매병원역", "정자동 카페거리", "화곡동 공영주차장"}

func (g *gen) facility() { g.neg("place", g.pick(facilities)) }

// maskedMention writes an already-masked person as negatives, as found in
// documents that quote earlier published material.
func (g *gen) maskedMention() {
	p := g.person()
	g.neg("masked", masked(p))
	g.w("(")
	if g.p(50) {
		g.neg("masked", g.mobileMasked(p))
	} else {
		g.neg("masked", g.rrnMasked(p))
	}
	g.w(")")
}

func (g *gen) receipt() {
	var s string
	switch g.in(0, 2) {
	case 0:
		s = fmt.Sprintf("%dAA-%02d%02d-%07d", g.in(1, 2), g.in(21, 25), g.in(1, 12), g.in(1, 9999999))
	case 1:
		s = fmt.Sprintf("제%d-%05d호", g.in(2021, 2025), g.in(1, 99999))
	default:
		s = fmt.Sprintf("%d%02d%02d-%s", g.in(2021, 2025), g.in(1, 12), g.in(1, 28), g.dg(6))
	}
	g.neg("receipt_no", s)
}

func (g *gen) offPhone() {
	s := g.o.tel + g.dg(4)
	if strings.HasPrefix(g.o.tel, "02-8") || strings.HasPrefix(g.o.tel, "02-3") && len(g.o.tel) == 7 {
		s = g.o.tel + g.dg(4)
	}
	switch g.in(0, 3) {
	case 1:
		s = strings.Replace(s, "-", ")", 1)
	case 2:
		s = "(" + strings.Replace(s, "-", ")", 1)
	}
	g.neg("office_phone", s)
}

var offMailIDs = []string{"kjh", "lsy", "pmh", "cjw", "hys", "yoon", "parkhj", "leesk", "kimdh", "jungmr", "seo", "han"}

func (g *gen) offMail() {
	g.neg("office_email", g.pick(offMailIDs)+g.dg(g.in(0, 4))+"@"+g.o.domain)
}

var titles = [][2]string{{"주무관", "팀장"}, {"행정주사", "팀장"}, {"주무관", "과장"}, {"행정주사보", "팀장"}}

// head writes the approval document's top: organization, 수신, 제목.
func (g *gen) head(recv func(), title string) {
	if g.p(50) {
		g.w(g.o.org, "\n\n")
	} else {
		g.w(g.o.org, " ", g.o.dept, "\n")
	}
	if recv != nil {
		g.w(g.pick([]string{"수신  ", "수신자 ", "수 신 ", "수신\t"}))
		recv()
		g.w("\n")
	} else {
		g.w(g.pick([]string{"수신  내부결재", "수신  수신자 참조", "수신 ", "수신  " + g.pick([]string{"시장", "구청장", "부구청장"})}), "\n")
	}
	g.w(g.pick([]string{"(경유)\n", "(경유)  \n", ""}))
	g.w(g.pick([]string{"제목  ", "제목 ", "제 목 ", "제목\t"}), title, "\n\n")
}

// foot writes the end of a document: 끝, sender, 결재 line, 시행, contacts.
func (g *gen) foot() {
	g.w(g.pick([]string{"  끝.\n\n", "끝.\n\n", "  끝.\n\n\n"}))
	g.w(g.o.head, "\n\n")
	a, b, c := g.official(), g.official(), g.official()
	t := titles[g.r.IntN(len(titles))]
	boss := g.pick([]string{"과장", "국장", "담당관"})
	switch g.in(0, 3) {
	case 0:
		g.w("기안자 ", t[0], " ")
		g.neg("official", a)
		g.w("  검토자 ", t[1], " ")
		g.neg("official", b)
		g.w("  결재권자 ", boss, " ")
		g.neg("official", c)
		g.w("\n")
	case 1:
		g.w(t[0], "\n")
		g.neg("official", a)
		g.w("\n", t[1], "\n")
		g.neg("official", b)
		g.w("\n", g.pick([]string{"전결 ", "", "대결 "}), boss, "\n")
		g.neg("official", c)
		g.w(fmt.Sprintf(" %02d/%02d\n", g.in(1, 12), g.in(1, 28)))
	case 2:
		g.w(t[0], " ")
		g.neg("official", a)
		g.w(" → ", t[1], " ")
		g.neg("official", b)
		g.w(" → ", boss, " ")
		g.neg("official", c)
		g.w("(전결)\n")
	default:
		g.w("담당\t", t[1], "\t", boss, "\n")
		g.neg("official", a)
		g.w("\t")
		g.neg("official", b)
		g.w("\t")
		g.neg("official", c)
		g.w("\n")
	}
	if g.p(40) {
		g.w("협조자 ", g.pick([]string{"예산과장", "법무담당관", "팀장"}), " ")
		g.neg("official", g.official())
		g.w("\n")
	}
	g.w("시행 ")
	g.neg("doc_no", g.o.code)
	g.w(" (")
	g.date()
	g.w(")  접수 ", g.pick([]string{"", "( )", "-"}), "\n")
	switch g.in(0, 2) {
	case 0:
		g.w("우 ", g.o.zip, "  ")
		g.neg("office_address", g.o.addr)
		g.w(" / ", g.o.site, "\n전화 ")
		g.offPhone()
		g.w("  전송 ")
		g.neg("office_fax", g.o.fax+g.dg(4))
		g.w(" / ")
		g.offMail()
		g.w(" / ", g.pick([]string{"부분공개(6)", "공개", "비공개(6)", "부분공개(5,6)"}), "\n")
	case 1:
		g.w("우편번호 ", g.o.zip, "\n주소 ")
		g.neg("office_address", g.o.addr)
		g.w("\n홈페이지 ", g.o.site, "\n전화번호 ")
		g.offPhone()
		g.w("\n팩스번호 ")
		g.neg("office_fax", g.o.fax+g.dg(4))
		g.w("\n이메일 ")
		g.offMail()
		g.w("\n", g.pick([]string{"공개구분 부분공개", "공개", "/대시민공개"}), "\n")
	default:
		g.w("(", g.o.zip, ") ")
		g.neg("office_address", g.o.addr)
		g.w(" ", g.o.dept, " / ☎ ")
		g.offPhone()
		g.w(", FAX ")
		g.neg("office_fax", g.o.fax+g.dg(4))
		g.w(" / ")
		g.offMail()
		g.w("\n")
	}
	if g.p(30) {
		g.w(g.pick([]string{"\"시민이 행복한 서울\"", "\"함께 만드는 안심 도시\"", "\"청렴은 기본, 친절은 덤\""}), "\n")
	}
}

// appeal writes the standard notice on objections and appeals.
func (g *gen) appeal() {
	g.w(g.pick([]string{"※ ", "  ○ ", "3-1. "}), "이 처분(결과)에 이의가 있는 경우 ", g.pick([]string{"처분이 있음을 안 날부터 90일 이내", "통지를 받은 날부터 90일 이내"}), "에 ")
	g.statute()
	g.w("에 따라 행정심판 또는 행정소송을 제기할 수 있습니다.\n")
	g.w("   - 행정심판: ", g.pick([]string{"서울특별시 행정심판위원회", "중앙행정심판위원회"}), " (온라인 www.simpan.go.kr)\n")
	g.w("   - 행정소송: ", g.pick([]string{"서울행정법원", "수원지방법원"}), "\n")
	if g.p(50) {
		g.w("   - 국민권익위원회 고충민원: 국번 없이 110\n")
	}
}

// contact writes the department's contact sentence, all negatives.
func (g *gen) contact() {
	g.w(g.pick([]string{"기타 궁금하신 사항은 ", "문의사항은 ", "자세한 사항은 "}), g.o.dept, " ")
	if g.p(50) {
		g.w("담당자 ")
		g.neg("official", g.official())
		g.w(g.pick([]string{" 주무관", "", " 팀장"}), "(")
		g.offPhone()
		g.w(")")
	} else {
		g.w("(☎ ")
		g.offPhone()
		g.w(")")
	}
	g.w(g.pick([]string{"으로 연락하여 주시기 바랍니다.\n", "로 문의하시기 바랍니다.\n", "에 문의 바랍니다.\n"}))
}

// table writes one table in the chosen layout. cells are callbacks that
// write one cell each, so items keep their spans.
type cell func()

func (g *gen) txt(s string) cell { return func() { g.w(s) } }

func (g *gen) table(layout string, header []string, rows [][]cell) {
	switch layout {
	case "pipe":
		g.w("| ", strings.Join(header, " | "), " |\n")
		if g.p(60) {
			g.w("|", strings.Repeat("---|", len(header)), "\n")
		}
		for _, r := range rows {
			g.w("| ")
			for k, c := range r {
				if k > 0 {
					g.w(" | ")
				}
				c()
			}
			g.w(" |\n")
		}
	case "tab":
		g.w(strings.Join(header, "\t"), "\n")
		for _, r := range rows {
			for k, c := range r {
				if k > 0 {
					g.w("\t")
				}
				c()
			}
			g.w("\n")
		}
	case "space":
		g.w(strings.Join(header, "   "), "\n")
		for _, r := range rows {
			for k, c := range r {
				if k > 0 {
					g.w(g.pick([]string{"  ", "   ", "    "}))
				}
				c()
			}
			g.w("\n")
		}
	default: // "cell": one cell per line, as HWP tables extract
		for _, h := range header {
			g.w(h, "\n")
		}
		for _, r := range rows {
			for _, c := range r {
				c()
				g.w("\n")
			}
		}
	}
}

func (g *gen) layout() string { return g.pick([]string{"pipe", "tab", "space", "cell"}) }

// place name of a table layout for item forms.
func tplace(layout string) string {
	if layout == "cell" {
		return "table.cell"
	}
	return "table." + layout
}

var venues = []string{"서울시청 본관 8층 다목적홀", "서소문청사 1동 대회의실", "구청 별관 3층 소회의실", "성수동 주민센터 2층 강당", "시민청 태평홀", "구민회관 대강당", "망원1동 주민센터 회의실", "서울도서관 4층 세미나실"}

func (g *gen) venue() { g.neg("place", g.pick(venues)) }
