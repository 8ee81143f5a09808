package docset

import (
	"fmt"
	"strings"
)

// The frame every 기안문 shares: header, numbered body, 붙임, 발신명의,
// 결재 line and footer. Its numbers and names are public and are planted
// as hard negatives.

var (
	devSlogans     = []string{"동행·매력 특별시 서울", "시민이 행복한 ⟦정다운⟧ 도시", "함께 만드는 ⟦안전⟧한 마을"}
	holdoutSlogans = []string{"약자와 동행하는 서울", "⟦이웃⟧과 함께 여는 내일", "⟦신뢰⟧받는 ⟦정직⟧한 구정"}
)

// begin writes the header. recipient is what follows 수신 (nil for 내부결재).
func (b *builder) begin(dept, title string, recipient ...any) {
	b.dept = dept
	b.doc = dept + "-" + itoa(1000+b.intn(30000))
	r := b.r
	if b.chance(0.3) {
		sl := devSlogans
		if b.holdout() {
			sl = holdoutSlogans
		}
		b.line("", pick(r, sl))
	}
	h := b.org.header
	switch b.intn(4) {
	case 0:
		h = strings.Join(strings.Split(strings.ReplaceAll(h, " ", ""), ""), " ")
	case 1:
		if b.org.short != "서울특별시" {
			h = b.org.short + "청"
		}
	}
	b.line("", h)
	b.line("", "")
	if len(recipient) == 0 {
		recipient = []any{pickOf(r, "내부결재", "내부결재", "수신자 참조", b.org.head+"("+dept+"장)")}
	}
	b.line("recipient", append([]any{pickOf(r, "수신  ", "수신 ", "수신자  ")}, recipient...)...)
	b.line("", "(경유)")
	b.line("", "제목  ", title)
	b.line("", "")
}

// date is a date that is not anyone's birth: a hard negative.
func (b *builder) date(d date) seg { return neg("date", d.official()) }

// docNo is another document's number, 부서-번호.
func (b *builder) docNo(dept string) seg { return neg("doc_no", dept+"-"+itoa(100+b.intn(30000))) }

func (b *builder) amount(n int) seg { return neg("amount", won(n)) }

// statute is a reference to an article: 「law」 제9조제1항제6호.
func (b *builder) statute(law, article string) []seg {
	return []seg{plain("「" + law + "」 "), neg("statute", article)}
}

func (b *builder) receiptNo() seg {
	return neg("receipt_no", fmt.Sprintf("1AA-%02d%02d-%07d", b.today.y%100, b.today.m, b.intn(10000000)))
}

func (b *builder) caseNo() seg {
	kinds := []string{"고단", "고정", "고합", "가단", "구합", "형제", "노"}
	return neg("case_no", fmt.Sprintf("%d%s%d", b.today.y-b.intn(2), pick(b.r, kinds), 100+b.intn(20000)))
}

func (b *builder) bidNo() seg {
	return neg("bid_no", fmt.Sprintf("%d%02d%05d-00", b.today.y, b.today.m, b.intn(100000)))
}

func (b *builder) bizNo(corporate bool) seg { return neg("business_no", bizNumber(b.r, corporate)) }

func (b *builder) corpNo() seg { return neg("corp_no", corpNumber(b.r)) }

func (b *builder) permitNo() seg {
	return neg("permit_no", fmt.Sprintf("제%d-%07d호", 2005+b.intn(19), b.intn(10000000)))
}

// officePhone is one of the organisation's numbers.
func (b *builder) officePhone() string {
	return b.org.tel + itoa(1000+b.intn(9000))
}

// officeTel is an office number as a hard negative, sometimes in the
// notations citizens' numbers use.
func (b *builder) officeTel() seg {
	t := b.officePhone()
	if b.holdout() && b.chance(0.3) {
		i := strings.IndexByte(t, '-')
		t = pickOf(b.r, "(", "") + t[:i] + ")" + t[i+1:]
	}
	return neg("office_phone", t)
}

// contact writes "담당 주무관 김민수(☎ 02-2133-1234)" for an official.
func (b *builder) contact(o official) []seg {
	switch b.intn(4) {
	case 0:
		return segs(b.dept, " ", o.pos, " ", neg("official", o.sur+pickOf(b.r, "OO", "○○")), "(☎ ", b.officeTel(), ")")
	case 1:
		return segs(o.pos, " ", b.off(o), "(", b.officeTel(), ")")
	case 2:
		return segs(b.dept, " ", b.off(o), " ", o.pos, "(전화 ", b.officeTel(), ")")
	}
	return segs(b.dept, "(담당 ", o.pos, " ", b.off(o), ", ☎ ", b.officeTel(), ")")
}

var drafterPositions = []string{"주무관", "주무관", "주무관", "행정주사", "행정주사보", "사회복지주사", "시설주사", "전문관"}

// draftsman is the document's drafter, who is also its usual contact.
func (b *builder) draftsman() official {
	if b.drafter == nil {
		o := b.newOfficial(pick(b.r, drafterPositions))
		b.drafter = &o
	}
	return *b.drafter
}

// attach writes the 붙임 lines, or the closing 끝. when there are none.
func (b *builder) attach(names ...string) {
	b.aside()
	if len(names) == 0 {
		b.line("", "  끝.")
		b.line("", "")
		return
	}
	b.line("", "")
	for i, n := range names {
		lead := "      "
		if i == 0 {
			lead = "붙임  "
		}
		num := ""
		if len(names) > 1 {
			num = itoa(i+1) + ". "
		}
		end := ""
		if i == len(names)-1 {
			end = "  끝."
		}
		b.line("", lead, num, n, " ", itoa(1+b.intn(2)*b.intn(2)), "부.", end)
	}
	b.line("", "")
}

// close writes 발신명의, the 결재 line and the footer. The drafter's and
// approver's names go to Exempt, as the envelope lists them; the reviewer
// and 협조자 are only recognisable by their position words.
func (b *builder) close() {
	r := b.r
	if b.chance(0.75) {
		b.line("", b.org.head)
		b.line("", "")
	}
	dr := b.draftsman()
	rv := b.newOfficial(pickOf(r, "팀장", "팀장", "주무관", "지원관"))
	apPos := pickOf(r, deptHead(b.dept), deptHead(b.dept), "과장", "국장")
	ap := b.newOfficial(apPos)
	b.exempt = append(b.exempt, dr.name, ap.name)
	mmdd := neg("date", fmt.Sprintf("%02d/%02d", b.today.m, b.today.d))
	style := b.intn(3)
	if b.holdout() {
		style = b.intn(4)
	}
	switch style {
	case 0:
		b.line("", "기안자 ", dr.pos, " ", b.off(dr), "  검토자 ", rv.pos, " ", b.off(rv), "  결재권자 ", ap.pos, " ", b.off(ap))
	case 1:
		b.line("", dr.pos, " ", b.off(dr), "   ", rv.pos, " ", b.off(rv), "   ", ap.pos, " 전결 ", mmdd, " ", b.off(ap))
	case 2:
		for _, s := range [][]any{{dr.pos}, {b.off(dr)}, {rv.pos}, {b.off(rv)}, {ap.pos}, {"전결 ", b.date(b.today)}, {b.off(ap)}} {
			b.line("", s...)
		}
	case 3:
		b.line("", "★", dr.pos, "\t", b.off(dr), "\t", rv.pos, "\t", b.off(rv), "\t", ap.pos, "\t", mmdd, "\t", b.off(ap))
	}
	if b.chance(0.6) {
		co := b.newOfficial(pickOf(r, "주무관", "팀장", "과장"))
		dept := pickOf(r, "예산과", "법무팀", "자치행정과", "정보통신과", "감사담당관", "회계과")
		if co.pos == "과장" {
			b.line("", "협조자  ", deptHead(dept), " ", b.off(co))
		} else {
			b.line("", "협조자  ", co.pos, " ", b.off(co), "(", dept, ")")
		}
	}
	b.line("", "시행  ", neg("doc_no", b.doc), " (", b.date(b.today), ")   접수  ", pickOf(r, "(    )", "", "( )"))
	b.footer(dr)
	if b.chance(0.4) {
		b.appendix()
	}
}

func (b *builder) footer(dr official) {
	r := b.r
	o := b.org
	switch b.intn(3) {
	case 0:
		b.line("", "우 ", neg("postcode", o.postcode), "  ", neg("office_address", o.addr), pickOf(r, "", " "+itoa(2+b.intn(8))+"층"), "  / ", neg("url", o.web))
	case 1:
		b.line("", "우)", neg("postcode", o.postcode), " ", neg("office_address", o.addr), " / http://", neg("url", o.web))
	default:
		b.line("", "우편번호 ", neg("postcode", o.postcode), "  주소 ", neg("office_address", o.addr), "  홈페이지 ", neg("url", o.web))
	}
	disc := pickOf(r, "공개", "부분공개(6)", "비공개(6)", "대국민공개", "부분공개(5,6)")
	fax := neg("office_phone", o.tel+itoa(1000+b.intn(9000)))
	switch b.intn(3) {
	case 0:
		b.line("", "전화 ", b.officeTel(), "  전송 ", fax, "  / ", neg("official_email", b.officialMail(dr)), "  / ", disc)
	case 1:
		b.line("", "전화번호 ", b.officeTel(), " 팩스번호 ", fax, " / ", neg("official_email", b.officialMail(dr)), " / ", disc)
	default:
		b.line("", "전화 ", b.officeTel(), " / 전송 ", fax)
		b.line("", "전자우편 ", neg("official_email", b.officialMail(dr)), "   공개구분 ", disc)
	}
	if b.chance(0.3) {
		b.line("", "※ 문의: 다산콜센터 ", neg("public_number", pickOf(r, "120", "120", "02-120")), " 또는 ", b.dept, " ", b.officeTel())
	}
}

// deptHead names the head of a department: 교통행정과 → 교통행정과장,
// 감사담당관 → 감사담당관.
func deptHead(dept string) string {
	if strings.HasSuffix(dept, "관") || strings.HasSuffix(dept, "장") {
		return dept
	}
	return dept + "장"
}

// gana is the i-th 가나다 label.
func gana(i int) string {
	return []string{"가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타", "파", "하"}[i%14]
}

// Sentences of the plans and background notes attached to documents:
// public prose, with dates, amounts and statute references in it.
var planSentences = [2][]string{
	{
		"관련 민원이 매년 증가하여 체계적인 관리 방안 마련이 필요함",
		"주민 생활과 밀접한 사업으로 ⟦신속⟧한 ⟦추진⟧이 요구됨",
		"관계 부서 합동 점검을 통해 사업 효과를 높이고자 함",
		"유사 사업과의 중복을 피하고 예산을 효율적으로 집행",
		"사업 종료 후 ⟦성과⟧를 분석하여 다음 연도 계획에 반영",
		"⟦정보⟧ 공개 확대 요구에 따라 처리 결과를 누리집에 게시",
		"⟦안전⟧사고 예방을 위해 공사 구간에 안내 요원을 배치",
		"추진 상황은 분기별로 점검하여 구청장에게 보고",
	},
	{
		"⟦기후⟧ 위기 대응을 위한 시민 참여 기반 조성 필요",
		"사각지대 해소를 위해 ⟦민관⟧ 협력 체계를 ⟦강화⟧함",
		"현장 의견을 반영하여 ⟦우선⟧순위를 재조정함",
		"사업 ⟦이력⟧을 전산으로 관리하여 인수인계 누락 방지",
		"⟦전문⟧가 자문을 거쳐 세부 기준을 마련함",
		"대상 시설 ⟦전수⟧ 조사 결과를 기초 자료로 활용",
		"⟦주민⟧ 체감도를 높이기 위해 홍보 매체를 다양화",
		"예산 범위 안에서 단계적으로 ⟦시행⟧하고 결과를 환류",
	},
}

// appendix writes an attached plan, as the text of 붙임 files follows the
// document when Plaza extracts it.
func (b *builder) appendix() {
	r := b.r
	b.line("", "")
	b.line("", pickOf(r, "[붙임 1]", "붙임 1", "<붙임>"))
	b.line("", "")
	b.line("", pickOf(r, "세부 추진계획", "추진 상황 및 향후 계획", "사업 개요"))
	b.line("", "")
	b.line("body", "□ 추진 배경")
	for i := 0; i < 2+b.intn(2); i++ {
		b.line("body", " ○ ", byHalf(b, planSentences))
	}
	b.line("body", "□ 추진 개요")
	from := b.today.addDays(10 + b.intn(30))
	b.line("body", " ○ 기    간: ", b.date(from), " ~ ", b.date(from.addDays(60+b.intn(200))))
	b.line("body", " ○ 소요예산: ", b.amount(b.amountOf(5000000, 300000000, 1000)), pickOf(r, "(구비 100%)", "(시비 50%, 구비 50%)", ""))
	b.line("body", " ○ 근    거: ", b.statute(pickOf(r, "지방자치법", "지방재정법", "행정절차법"), pickOf(r, "제13조", "제17조제1항", "제32조의2", "제46조")))
	b.line("body", "□ 향후 일정")
	t := table{head: []string{"일정", "주요 내용", "비고"}}
	d := from
	for _, step := range []string{"계획 수립", "대상 선정", "사업 시행", "결과 보고"}[:2+b.intn(3)] {
		t.add(b.date(d), step, "")
		d = d.addDays(20 + b.intn(40))
	}
	b.table(t, b.tableLayout())
	b.line("body", " ※ ", byHalf(b, planSentences))
}
