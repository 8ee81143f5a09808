package elevenset

import "fmt"

var subMarks = []string{"가", "나", "다", "라", "마", "바", "사", "아"}

// num writes a numbered paragraph of the body.
func (b *builder) num(n int, segs ...seg) {
	b.para("body", append([]seg{txt(fmt.Sprintf("%d. ", n))}, segs...)...)
}

// sub writes an item of a 가/나/다 list.
// A third of them run on as plain sentences of the body instead.
func (b *builder) sub(k int, segs ...seg) {
	if b.r.IntN(3) == 0 {
		b.para("body", append([]seg{txt(pick(b.r, []string{"   ", "  ", "   ○ "}))}, segs...)...)
		return
	}
	lead := pick(b.r, []string{"  %s. ", "   %s. ", "  %s) "})
	b.para("list", append([]seg{txt(fmt.Sprintf(lead, subMarks[k%len(subMarks)]))}, segs...)...)
}

// related writes the customary "1. 관련" paragraph.
func (b *builder) related(i int) {
	b.line("body", txt("1. 관련"))
	b.line("list", append(append([]seg{txt("  가. ")}, statute(i)...), txt(pick(b.r, []string{"", " 및 같은 법 시행령", " 및 같은 법 시행규칙"})))...)
	b.line("list", txt("  나. "+b.off.dept+"-"), ng("doc_no", fmt.Sprint(1000+b.r.IntN(9000))), txt("("), ng("date", b.today()), txt(")호"))
	if b.r.IntN(3) == 0 {
		b.line("list", txt("  다. 같은 법 시행령 "), ng("statute", fmt.Sprintf("제%d조%s제%d항", 2+b.r.IntN(40), pick(b.r, []string{"", "의2", "의3"}), 1+b.r.IntN(4))), txt(pick(b.r, []string{"", " 및 별표 1", "제2호"})))
	}
}

func (b *builder) internalTo() []seg {
	return one(txt(pick(b.r, []string{"내부결재", "수신자 참조", "내부결재", "각 자치구청장(" + pick(b.r, []string{"복지정책과장", "민원여권과장", "교통행정과장"}) + ")", "서울특별시장(" + b.off.dept + "장)"})))
}

// duty is a sentence with an official acting in office: a hard negative.
func (b *builder) duty() []seg {
	o := pick(b.r, b.offs[:2])
	switch b.r.IntN(4) {
	case 0:
		return []seg{txt("현장 확인은 " + b.off.team + " "), ng("official", o.name), txt(" " + o.pos + josa(o.pos, "이", "가") + " 실시하였다.")}
	case 1:
		return []seg{ng("official", o.name), txt(" " + o.pos + josa(o.pos, "은", "는") + " 관계 서류를 검토하여 " + b.today() + "까지 결과를 보고할 것.")}
	case 2:
		return []seg{txt("담당 " + o.pos + " "), ng("official", o.name), txt(josa(o.name, "이", "가") + " 처리 기한 내 회신하였음.")}
	default:
		return []seg{txt("(담당자: " + b.off.dept + " " + o.pos + " "), ng("official", o.name), txt(")")}
	}
}

// company writes a firm with its registration numbers: public data.
func (b *builder) company() []seg {
	c := pick(b.r, companies)
	s := []seg{ng("company", c), txt("(사업자등록번호 "), ng("biz_no", bizNo(b))}
	if b.r.IntN(2) == 0 {
		s = append(s, txt(", 대표전화 "), ng("public_phone", pick(b.r, []string{"1577-", "1588-", "1644-", "1661-", "1899-"})+digits(b.r, 4)))
	}
	if b.r.IntN(2) == 0 {
		s = append(s, txt(", 법인등록번호 "), ng("corp_no", corpNo(b)))
	}
	return append(s, txt(")"))
}

// summary is what a clean document carries instead of a list of people:
// counts and amounts per district or category.
func (b *builder) summary(labels []string) {
	heads := []string{"구분", pick(b.r, []string{"대상(명)", "건수", "인원"}), pick(b.r, []string{"금액(원)", "예산액", "지급액"}), "비고"}
	var rows [][][]seg
	k := 3 + b.r.IntN(4)
	for i := 0; i < k; i++ {
		rows = append(rows, [][]seg{one(txt(labels[i%len(labels)])), one(txt(fmt.Sprint(1 + b.r.IntN(300)))), one(ng("amount", amount(b))), b.note()})
	}
	b.table(heads, rows)
}

var gus = []string{"종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구", "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구", "관악구", "서초구", "강남구", "송파구", "강동구"}

func (b *builder) guLabels() []string {
	s := append([]string(nil), gus...)
	b.r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	return s
}

func (b *builder) people(n, from, to int) []*person {
	ps := make([]*person, n)
	for i := range ps {
		ps[i] = b.newPerson(from, to)
	}
	return ps
}

// talk writes a conversation record (상담·면담 기록) as speaker lines:
// the citizen by role, name or given name, the official by position.
func (b *builder) talk(p *person, role, ctx string, lines []string) {
	b.line("body", txt(pick(b.r, []string{"【상담 기록】", "<면담 내용>", "※ 통화 기록", "■ 면담 요지"})))
	o := b.offs[0]
	for i, l := range lines {
		var who []seg
		if i%2 == 1 {
			switch b.r.IntN(3) {
			case 0:
				who = []seg{txt("담당자: ")}
			case 1:
				who = []seg{ng("official", o.name), txt(" " + o.pos + ": ")}
			default:
				who = []seg{txt(o.pos + "("), ng("official", o.name), txt("): ")}
			}
		} else {
			switch b.r.IntN(4) {
			case 0:
				who = []seg{txt(role + ": ")}
			case 1:
				who = []seg{txt(role + "("), b.nameBare(p, ctx), txt("): ")}
			case 2:
				who = []seg{b.nameBare(p, ctx), txt(pick(b.r, []string{": ", " : ", "  "}))}
			default:
				who = cat(b.given(p, ctx, ""), []seg{txt(": ")})
			}
		}
		b.line("speaker", append(who, txt(l))...)
	}
}

// note is a remark cell: empty, a status, or an ordinary word that looks
// like a name.
func (b *builder) note() []seg {
	switch b.r.IntN(6) {
	case 0:
		return one(ng("word", pick(b.r, []string{"지원", "정리", "하나"})))
	case 1:
		return []seg{ng("word", "지원"), txt(" 완료")}
	default:
		return one(txt(pick(b.r, []string{"", "-", "완료", "진행 중", "예비비", "이월"})))
	}
}

// cOfficial is a column of the officials in charge: exempt, a hard
// negative beside the citizens of the same row.
func (b *builder) cOfficial() col {
	return col{[]string{"담당자", "담당", "처리자"}, func(p *person) []seg {
		o := pick(b.r, b.offs[:2])
		if b.r.IntN(2) == 0 {
			return []seg{ng("official", o.name), txt(" " + o.pos)}
		}
		return one(ng("official", o.name))
	}}
}

var hospitals = []string{"서울의료원", "보라매병원", "국립중앙의료원", "서울특별시 서북병원", "서울특별시 동부병원", "서울특별시 어린이병원"}

// letterTo is a 수신 line to a citizen with the postal address, as a
// notice sent by post carries it.
func (b *builder) letterTo(p *person) []seg {
	s := []seg{b.whole(p, "title"), txt(pick(b.r, []string{" 귀하", " 님", "귀하"}))}
	if b.r.IntN(3) != 0 {
		s = append(s, txt(fmt.Sprintf(" (우 %05d ", 1000+b.r.IntN(62000))), b.it("address", "", address(b.r)), txt(")"))
	}
	return s
}
