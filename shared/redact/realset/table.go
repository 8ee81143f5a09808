package realset

import (
	"fmt"
	"strings"
)

type cellFn func(place string)

// tp is the place name of a table cell in this document's source.
func (g *gen) tp() string { return "table." + g.layout }

// row writes one table row as the source's extractor delivers it:
// cells joined by tabs, one row a line. In PDF a row whose cells wrap
// comes out one cell a line (kbo_only_table.pdf), and the wrapped cell
// spills onto the next line.
func (g *gen) row(cells ...cellFn) {
	sep, place := "\t", g.tp()
	if g.pdf() && g.p(30) {
		sep, place = "\n", "table.pdflines"
	}
	for i, c := range cells {
		if i > 0 {
			g.t(sep)
		}
		c(place)
	}
	g.nl()
}

// header writes a table's header row, letter-spaced now and then.
func (g *gen) header(cols ...string) {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = g.label(c)
	}
	g.line(out...)
}

func (g *gen) tx(s string) cellFn { return func(string) { g.t(s) } }

func (g *gen) cName(p *person, detail string) cellFn {
	return func(pl string) { g.nm(p, pl+":"+detail, "") }
}
func (g *gen) cRRN(p *person) cellFn {
	return func(pl string) { g.rrn(p, pl+":주민등록번호") }
}
func (g *gen) cBirth(p *person) cellFn {
	return func(pl string) { g.birth(p, pl+":생년월일", true) }
}
func (g *gen) cMobile() cellFn {
	return func(pl string) { g.mobile(pl + ":연락처") }
}
func (g *gen) cAddr() cellFn {
	return func(pl string) {
		if strings.HasPrefix(pl, "table.pdf") && g.p(50) {
			g.addressWrapped(pl + ":주소")
			return
		}
		g.address(pl + ":주소")
	}
}
func (g *gen) cNeg(kind, v string) cellFn { return func(string) { g.neg(kind, v) } }

// kv writes "label : value" or "label\tvalue" as forms come out: a tab
// in HWP/HWPX tables, a colon in paragraphs, a run of spaces in PDF.
func (g *gen) kv(label string, v func(place string)) {
	switch {
	case g.pdf() && g.p(50):
		g.t(g.label(label) + g.spaces(2, 6))
		v("kv.pdf:" + label)
	case g.layout == "hwp" || g.layout == "hwpx":
		if g.p(70) {
			g.t(g.label(label) + "\t")
			v("kv.tab:" + label)
		} else {
			g.t(g.pk("○ ", "- ", "  ", "") + g.label(label) + g.pk(" : ", ": ", " ：", "："))
			v("kv.colon:" + label)
		}
	default:
		g.t(label + g.pk(": ", " : ", ":"))
		v("kv.colon:" + label)
	}
	g.nl()
}

// flat writes a HWPX form drawn in text boxes, which extraction delivers
// as one long line: "○ 성   명 :   홍길동   ○ 주민등록번호 : …".
func (g *gen) flat(fields ...struct {
	l string
	v func(string)
}) {
	for i, f := range fields {
		if i > 0 {
			g.t(g.spaces(2, 8))
		}
		g.t(g.pk("○ ", "", "· ") + g.label(f.l) + g.pk(" : ", " :  ", "： ") + g.spaces(0, 3))
		f.v("flat:" + f.l)
	}
	g.nl()
}

type fld = struct {
	l string
	v func(string)
}

// para writes k paragraphs drawn from pool, marked as gov plans mark
// them (□, ○, -, *), wrapped at a fixed width in PDF.
func (g *gen) para(pool []string, k int) {
	marks := []string{"□ ", " ○ ", "   - ", "     * ", "○ ", "가. ", "1) "}
	for i := 0; i < k; i++ {
		s := pick(g.r, pool)
		m := marks[g.n(len(marks))]
		if g.layout == "docx" {
			m = ""
		}
		g.wrapLine(m + s)
		if g.p(30) {
			g.t(g.pk("   ※ ", "     * ", "  - "))
			g.neg("word", g.word())
			g.t(g.pk(" 관련 사항은 별도 검토", " 결과 반영", "은(는) 기존 계획에 따름", " 일정 조정 예정") + "\n")
		}
	}
}

// wrapLine writes s, breaking it every ~48 runes in PDF as a justified
// page does (korean_texts_two_page.pdf), mid-word if it must.
func (g *gen) wrapLine(s string) {
	if !g.pdf() {
		g.plainLine(s)
		return
	}
	rs := []rune(s)
	w := g.between(38, 52)
	for len(rs) > w {
		cut := w
		for j := w; j > w-10; j-- {
			if rs[j] == ' ' {
				cut = j
				break
			}
		}
		g.plainLine(strings.TrimRight(string(rs[:cut]), " "))
		rs = []rune(strings.TrimLeft(string(rs[cut:]), " "))
	}
	g.plainLine(string(rs))
}

// stat writes a statistics line with public counts.
func (g *gen) stat(s string) {
	g.neg("stat", s)
}

func (g *gen) statLine(what string) {
	g.t("※ " + what + " ")
	g.stat(fmt.Sprintf("총 %s명(남 %d명, 여 %d명)", commas(g.between(20, 3000)), g.between(5, 900), g.between(5, 900)))
	g.nl()
}
