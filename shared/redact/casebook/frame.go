package casebook

import (
	"fmt"
	"strings"
)

// frame is the administrative wrapper of a 기안문: who drafts, approves
// and sends it, and under which number.
type frame struct {
	title, dept       string
	drafter, approver official
	date              string
	docNo             string
	disclosure        string
	y, m, d           int
}

// setup chooses the office and one of the sources a document of its kind
// arrives from, and the page furniture that source brings.
func (w *writer) setup(rural bool, srcs ...source) {
	if rural {
		w.org = w.lx.rurals[w.r.IntN(len(w.lx.rurals))]
	} else {
		// The last office is the city; documents come from its districts
		// unless a template says otherwise.
		w.org = w.lx.offices[w.r.IntN(len(w.lx.offices)-1)]
		if w.chance(0.1) {
			w.org = w.lx.offices[len(w.lx.offices)-1]
		}
	}
	w.src = srcs[w.r.IntN(len(srcs))]
	switch w.src {
	case srcHWP:
		if w.chance(0.5) {
			w.pageLines = 38 + w.r.IntN(18)
		}
	case srcPDF:
		w.pageLines = 26 + w.r.IntN(18)
		w.wrapAt = 56 + w.r.IntN(26)
	case srcScan:
		if w.chance(0.6) {
			w.pageLines = 30 + w.r.IntN(15)
		}
		if w.chance(0.5) {
			w.wrapAt = 60 + w.r.IntN(20)
		}
	}
	if w.pageLines > 0 {
		w.pageFoot = w.pick("- %d -", "- %d -", "%d", "Page %d", "— %d —", "%d쪽")
	}
}

// newFrame names the officials and numbers a document.
func (w *writer) newFrame(dept, title string) *frame {
	f := &frame{title: title, dept: dept}
	f.drafter, f.approver = w.staff()
	f.date, f.y, f.m, f.d = w.today()
	f.docNo = fmt.Sprintf("%s-%d", dept, 1000+w.r.IntN(48000))
	f.disclosure = w.pick("공개", "부분공개(6)", "부분공개(제6호)", "비공개(6)", "부분공개(5,6)", "대시민공개")
	if w.src == srcPDF {
		w.running = w.pick(w.org.name+" "+dept, title, w.org.name+"  "+title)
	}
	return f
}

// head writes the letterhead; to is the addressee, nil for an internal
// approval.
func (w *writer) head(f *frame, to []seg) {
	name := w.org.name
	if w.chance(0.4) {
		name = strings.Join(strings.Split(name, ""), " ")
	}
	w.line(name)
	if w.src == srcHWP && w.chance(0.3) {
		w.line("(", f.dept, ")")
	}
	if to == nil {
		w.line(w.pick("수신  내부결재", "수신자  내부결재", "수신 내부결재", "수신  수신자 참조"))
	} else {
		w.put("recipient", w.pick("수신  ", "수신자  ", "수신 "), to)
		w.nl()
	}
	if w.chance(0.6) {
		w.line("(경유)")
	}
	w.line(w.pick("제목  ", "제목 ", "제 목 : "), f.title)
	w.nl()
}

// foot writes the closing block of a 기안문: the head of the office, the
// signers, the document number and the office's contacts.
func (w *writer) foot(f *frame) {
	w.nl()
	head := w.org.head
	if w.chance(0.5) {
		head = strings.Join(strings.Split(head, ""), " ")
	}
	w.line(head, w.pick("", "  [직인생략]", " (직인)"))
	w.nl()
	dr, ap := f.drafter, f.approver
	team := w.pick(strings.TrimSuffix(f.dept, "과")+"팀장", "담당팀장", "팀장")
	switch w.r.IntN(3) {
	case 0:
		w.line("★"+dr.rank+" ", keep("official", dr.name), "   ", keep("position", team), "   ", f.dept+w.pick("장", "장 전결")+" ", keep("date", f.date), " ", keep("official", ap.name))
	case 1:
		w.line(dr.rank, "\t", keep("official", dr.name), "\t", keep("position", team), "\t", ap.rank, "\t", keep("official", ap.name))
	default:
		w.line("기안자 ", dr.rank+" ", keep("official", dr.name), "  검토자 ", keep("position", team), "  결재권자 ", ap.rank+" ", keep("official", ap.name))
	}
	w.line("협조자")
	w.line("시행  ", keep("doc_no", f.docNo), " (", keep("date", f.date), ")", "  접수")
	zip := w.pick("우 %s ", "우편번호 %s ", "(%s) ", "우%s ")
	w.line(fmt.Sprintf(zip, w.org.zip), officeAddr(w.org), w.pick("  / http://www.", "  /  www.", " ")+w.org.domain)
	tel, fax := w.officePhone(w.org), w.officePhone(w.org)
	mail := strings.ToLower(romanSurname(string([]rune(dr.name)[0]))) + w.digits(2) + "@" + w.pick(w.org.domain, "korea.kr")
	switch w.r.IntN(3) {
	case 0:
		w.line("전화번호 ", keep("office_phone", tel), "  팩스번호 ", keep("fax", fax), "  /", keep("official_email", mail), "  / ", f.disclosure)
	case 1:
		w.line("전화 ", keep("office_phone", tel), "  전송 ", keep("fax", fax), "  ", keep("official_email", mail), "  ", f.disclosure)
	default:
		w.line("☎ ", keep("office_phone", tel), " / FAX ", keep("fax", fax), " / ", keep("official_email", mail))
		w.line("공개구분: ", f.disclosure)
	}
}

// contact writes the closing "문의" line of a notice or letter.
func (w *writer) contact(f *frame) {
	w.line(w.pick("※ 문의: ", "문의처 : ", "■ 문의 ", "담당: "), f.dept+" ", keep("position", w.pick("담당자", "담당 주무관", "담당팀")), " ", keep("office_phone", w.officePhone(w.org)))
}

// callCentre mentions a public call centre.
func (w *writer) callCentre() seg {
	switch w.r.IntN(5) {
	case 0:
		return keep("call_centre", "120")
	case 1:
		return keep("call_centre", "129")
	case 2:
		return keep("call_centre", "1577-1000")
	case 3:
		return keep("call_centre", "1345")
	}
	return keep("call_centre", "1588-"+w.digits(4))
}

// statute is a citation of a statute, a hard negative.
func statute(name string, art int, more string) seg {
	return keep("statute", fmt.Sprintf("「%s」 제%d조%s", name, art, more))
}

// company is a company or public body, a hard negative.
func (w *writer) company() seg { return keep("org", w.pick(w.lx.orgs...)) }

// note is a roster remark beginning with a surname syllable.
func (w *writer) note() seg { return keep("word", w.pick(w.lx.notes...)) }
