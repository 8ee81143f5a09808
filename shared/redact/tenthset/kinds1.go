package tenthset

import (
	"fmt"
	"strings"
)

// nm writes a citizen's name in prose with a particle after it; the span
// is the name alone.
func (b *builder) nm(place, label string, p person, q string, set []string) {
	var v val
	if p.latin != "" {
		v = b.latinName(p)
	} else {
		v = b.name(p)
	}
	suf, pq := b.particle(set)
	v.q += pq + q
	b.put(place, it("name", label, v))
	b.w(suf)
}

func (b *builder) nameCell(label string, p person, q string) cell {
	var v val
	if p.latin != "" {
		v = b.latinName(p)
	} else {
		v = b.name(p)
	}
	v.q += q
	return c(it("name", label, v))
}

// given writes the given name alone, as a clerk writes 철수 씨.
func (b *builder) given(place, label string, p person, q string) {
	if len([]rune(p.given)) < 2 {
		b.put(place, it("name", label, val{p.full(), q}))
		b.w(" 씨")
		return
	}
	b.put(place, it("name", label, val{p.given, "+given_only" + q}))
	b.w(b.pick([]string{" 씨", "씨", " 님", "님", " 씨는", "씨가", " 어르신"}))
}

// counter numbers the items of a list in the pattern's style:
// 가. 나. 다., (1) (2) (3), or ○ for every item.
func counter(pat string) func() string {
	k := 0
	kor := []rune("가나다라마바사아자차카타파하")
	return func() string {
		k++
		switch {
		case strings.ContainsRune(pat, '가'):
			return strings.Replace(pat, "가", string(kor[(k-1)%len(kor)]), 1)
		case strings.Contains(pat, "1"):
			return strings.Replace(pat, "1", fmt.Sprint(k), 1)
		}
		return pat
	}
}

var numberings = [][4]string{
	{"1.", "가.", "1)", "가)"},
	{"1.", "가.", "(1)", "(가)"},
	{"Ⅰ.", "1.", "가.", "1)"},
	{"□", "○", "-", "·"},
}

func (b *builder) numbering() [4]string { return pick(b.r, numberings) }

// complaint is 민원 처리 결과: the complainant in the 수신 line and the
// body, sometimes a table of several complaints.
func (b *builder) complaint(o officials, d day) {
	nb := b.numbering()
	title := b.pick([]string{"민원 처리 결과 통지", "국민신문고 민원(불법 주정차 신고) 처리 결과 알림", "고충민원 처리결과 회신", "민원 회신(소음 피해 관련)", "반복 민원 종결 처리 알림", "정보공개 청구에 대한 결정 통지", "민원 처리결과 보고(2024년 3분기)", "생활불편 민원 처리 결과"})
	pp := b.newPerson()
	if b.clean {
		b.header(nil, title)
	} else {
		rec := []piece{}
		lab := b.pick([]string{"민원인 ", "", "청구인 ", "신청인 "})
		v := b.name(pp)
		rec = append(rec, tx(lab), it("name", "수신", v), tx(b.pick([]string{" 귀하", "귀하", " 님", " 귀하 (우 "})))
		if strings.HasSuffix(rec[2].text, "(우 ") {
			rec = append(rec, tx(fmt.Sprintf("%05d) ", 1000+b.n(9000))), it("address", "수신", b.address(false)), tx(")"))
		}
		b.header(rec, title)
	}
	rcp := b.receiptNo(d)
	b.w(nb[0], " 관련: ")
	b.put("prose", ng("statute", b.statute()))
	s := counter(nb[1])
	b.w("\n  ", s(), " 국민신문고 민원(신청번호 ")
	b.put("prose", ng("receipt_no", rcp))
	b.w(", ")
	b.put("prose", ng("doc_date", b.date(d)))
	b.w(")\n")
	if b.clean {
		b.w("2. 2024년 민원 처리 현황을 다음과 같이 보고합니다.\n\n")
		head := []string{"구분", "접수", "처리", "이송", "처리율"}
		var rows [][]cell
		for _, k := range []string{"불법 주정차", "소음", "도로 파손", "가로등", "쓰레기 무단투기"} {
			n := 20 + b.n(400)
			rows = append(rows, []cell{ct(k), c(ng("count", fmt.Sprint(n))), ct(fmt.Sprint(n - b.n(20))), ct(fmt.Sprint(b.n(9))), c(ng("percent", fmt.Sprintf("%d.%d%%", 90+b.n(9), b.n(10))))})
		}
		b.table(b.pick(tableStyles), head, rows)
		b.w("\n3. 처리 기한을 넘긴 민원은 ")
		b.put("prose", ng("word", "전부"))
		b.w(" 담당 부서에 통보하였으며, 반복 민원은 ")
		b.put("prose", ng("statute", "「민원 처리에 관한 법률」 제23조"))
		b.w("에 따라 종결 처리함.\n")
		return
	}
	b.w("2. 귀하께서 제출하신 민원에 대한 처리 결과를 다음과 같이 알려드립니다.\n")
	s = counter(nb[1])
	switch b.n(3) {
	case 0: // kv form
		sep := b.pick([]string{" : ", ": ", "\t", "  "})
		rows := []kvrow{{"  " + s() + " 민원인", b.nameCell("민원인", pp, "")}}
		if b.p(2, 3) {
			rows = append(rows, kvrow{"  " + s() + " 생년월일", c(it("birth_date", "생년월일", b.birth(pp, false)))})
		}
		rows = append(rows, kvrow{"  " + s() + " 연락처", c(it("mobile", "연락처", b.mobile(false)))})
		if b.p(1, 2) {
			rows = append(rows, kvrow{"  " + s() + " 자택", c(it("landline", "자택", b.landline(false)))})
		}
		rows = append(rows, kvrow{"  " + s() + " 주소", c(it("address", "주소", b.address(b.p(1, 3))))})
		if b.p(1, 3) {
			rows = append(rows, kvrow{"  " + s() + " 운전면허번호", c(it("driver_licence", "운전면허번호", b.licence(false)))})
		}
		if b.p(1, 2) {
			rows = append(rows, kvrow{"  " + s() + " 전자우편", c(it("email", "전자우편", b.email(pp)))})
		}
		b.kv(sep, rows)
	case 1: // prose
		b.w("  ", s(), " 민원 요지: ")
		b.nm("prose", "민원인", pp, "", poss)
		b.w(" 거주지(")
		b.put("prose", it("address", "거주지", b.address(b.p(1, 4))))
		b.w(") 앞 도로에 차량(")
		b.put("prose", it("vehicle_plate", "차량", b.plate(false)))
		b.w(")이 장기간 방치되어 ")
		b.put("prose", ng("word", "안전"))
		b.w("에 위협이 된다는 내용\n  ", s(), " 회신 연락처: ")
		b.put("prose", it("mobile", "연락처", b.mobile(false)))
		if b.p(1, 2) {
			b.w(", ")
			b.put("prose", it("email", "회신", b.email(pp)))
		}
		b.w("\n")
	default: // prose with the given name and a health detail
		b.w("  ", s(), " ")
		b.nm("prose", "청구인", pp, "+health", subj)
		b.w(" 허리 디스크 수술 후 거동이 불편하여 방문 대신 전화(")
		b.put("prose", it("landline", "전화", b.landline(false)))
		b.w(")로 상담을 요청하였음.\n  ", s(), " 담당자가 ")
		b.put("prose", ng("doc_date", b.date(d)))
		b.w(" ")
		b.given("prose", "민원인", pp, "+health")
		b.w(" 댁(")
		b.put("prose", it("address", "댁", b.address(b.p(1, 3))))
		b.w(")을 방문하여 현장을 확인함.\n")
	}
	if b.p(1, 2) {
		b.w("  ※ 처리 결과는 ")
		b.nm("prose", "안내", pp, "", to)
		b.w(" 문자로 안내함.\n")
	}
	s = counter(nb[1])
	b.w("3. 처리 결과\n  ", s(), " 현장 확인 결과 지적하신 사항이 사실로 확인되어 ")
	b.put("prose", ng("amount", b.amount()))
	b.w("의 과태료를 부과하고 ")
	b.put("prose", ng("word", "이행"))
	b.w(" 여부를 점검할 예정입니다.\n  ", s(), " 이 처분에 이의가 있으면 ")
	b.put("prose", ng("statute", "「행정심판법」 제27조"))
	b.w("에 따라 90일 이내에 행정심판을 청구할 수 있습니다.\n")
	if b.p(1, 2) {
		b.w("\n붙임  ", b.pick([]string{"민원 접수 내역 1부.", "동일 유형 민원 목록 1부.  끝.", "민원 접수 내역(스캔본) 1부."}), "\n\n")
		scanned := b.p(1, 3)
		head := []string{"접수번호", "민원인", "연락처", "접수 IP", "처리부서"}
		var rows [][]cell
		for k := 0; k < 2+b.n(4); k++ {
			q := b.newPerson()
			rows = append(rows, []cell{c(ng("receipt_no", b.receiptNo(d))), b.nameCell("민원인", q, ""), c(it("mobile", "연락처", b.mobile(scanned))), c(it("ip", "접수IP", b.ip())), ct(b.org.dept)})
		}
		b.table(b.pick(tableStyles), head, rows)
	}
}

// minutes is a committee's 회의록: attendees, speaker lines, decisions.
func (b *builder) minutes(o officials, d day) {
	committee := b.pick([]string{"주민참여예산위원회", "지방보조금심의위원회", "도시계획위원회 소위원회", "외국인주민 정책자문위원회", "공원조성 시민위원회", "복지정책 자문회의", "교통안전 시민협의회", "청년정책위원회"})
	b.header(nil, fmt.Sprintf("제%d차 %s 회의 결과 보고", 1+b.n(12), committee))
	b.w("1. 회의 개요\n  가. 일시: ")
	b.put("prose", ng("doc_date", b.date(d)))
	b.w(fmt.Sprintf(" %d:00~%d:30\n  나. 장소: ", 10+b.n(5), 15+b.n(3)))
	b.put("prose", ng("place", b.pick(places)))
	b.w("\n  다. 안건: ", b.pick([]string{"2025년도 사업 선정(안)", "보조금 지급 대상 심의", "조성계획 변경(안) 자문", "지원 사업 평가"}), "\n")
	// Members: citizens are personal data; the officials present are
	// exempt.
	type member struct {
		p     person
		role  string
		affil string
	}
	var ms []member
	if !b.clean {
		ms = append(ms, member{b.newPerson(), "위원장", b.pick([]string{"○○대학교 교수", "시민대표", "변호사", ""})})
		for k := 0; k < 3+b.n(5); k++ {
			ms = append(ms, member{b.newPerson(), "위원", b.pick([]string{"주민대표", "세무사", "사회복지사", "○○동 주민자치회", "", "", "건축사"})})
		}
	}
	b.w("  라. 참석자: ")
	if b.clean {
		b.w(fmt.Sprintf("위원 %d명 중 %d명 참석(위원 명단은 비공개), 간사 ", 12+b.n(5), 8+b.n(4)))
		b.put("attendees", ng("official", o.drafter))
		b.w(" ", o.draftTitle, "\n")
	} else {
		style := b.n(4)
		switch style {
		case 0:
			for i, m := range ms {
				if i > 0 {
					b.w(", ")
				}
				b.w(m.role, " ")
				b.put("attendees", b.nameCell(m.role, m.p, "")...)
			}
			b.w(" (", fmt.Sprint(len(ms)), "명)\n")
		case 1:
			b.w("\n")
			for _, m := range ms {
				b.w("   - ", m.role, "\t")
				b.put("attendees", b.nameCell(m.role, m.p, "")...)
				if m.affil != "" {
					b.w("(", m.affil, ")")
				}
				b.w("\n")
			}
		case 2:
			b.w("\n")
			var rows [][]cell
			for i, m := range ms {
				rows = append(rows, []cell{ct(fmt.Sprint(i + 1)), ct(m.role), b.nameCell("성명", m.p, ""), ct(m.affil), ct(b.pick([]string{"참석", "참석", "서면"}))})
			}
			b.table(b.pick(tableStyles), []string{"연번", "구분", "성명", "소속", "비고"}, rows)
		default:
			b.w("위원 ")
			for i, m := range ms {
				if i > 0 {
					b.w(b.pick([]string{"·", ", ", " "}))
				}
				v := b.name(m.p)
				b.put("attendees", it("name", "위원", v))
			}
			b.w(" (", fmt.Sprint(len(ms)), "명), 간사 ")
			b.put("attendees", ng("official", o.drafter))
			b.w("\n")
		}
	}
	b.w("\n2. 주요 발언 내용\n")
	speakers := 4 + b.n(6)
	sstyle := b.n(5)
	for k := 0; k < speakers; k++ {
		line := b.pick([]string{"예산 집행률이 낮은 사업은 재검토가 필요합니다.", "지급액 산정 기준을 명확히 해 주시기 바랍니다.", "안전 점검 결과를 다음 회의에 보고해 주십시오.", "원안대로 의결하는 것에 이의 없습니다.", "주민 의견을 더 수렴한 뒤 결정하는 것이 좋겠습니다.", "한도를 초과한 부분은 삭감하는 것으로 하겠습니다.", "이상으로 회의를 마치겠습니다."})
		if b.clean || len(ms) == 0 || b.p(1, 5) {
			// An official or a member already anonymised by the clerk.
			switch b.n(3) {
			case 0:
				b.w(b.pick([]string{"간사", "담당 주무관"}), "(")
				b.put("speaker", ng("official", o.drafter))
				b.w("): ")
			case 1:
				b.w(b.pick([]string{"위원장(김OO)", "위원 A", "○○○ 위원", "위원(이○○)"}), ": ")
			default:
				who := pick(b.r, [][2]string{{"과장", o.head}, {"팀장", o.lead}})
				b.w(who[0], " ")
				b.put("speaker", ng("official", who[1]))
				b.w(" : ")
			}
		} else {
			m := ms[b.n(len(ms))]
			switch sstyle {
			case 0:
				b.w(m.role, "(")
				b.put("speaker", b.nameCell(m.role, m.p, "")...)
				b.w("): ")
			case 1:
				b.w("○ ")
				b.put("speaker", b.nameCell(m.role, m.p, "")...)
				b.w(" ", m.role, " : ")
			case 2:
				b.put("speaker", b.nameCell("이름", m.p, "")...)
				b.w(": ")
			case 3:
				b.w("[", m.role, " ")
				b.put("speaker", b.nameCell(m.role, m.p, "")...)
				b.w("] ")
			default:
				b.w(m.role, " ")
				b.put("speaker", b.nameCell(m.role, m.p, "")...)
				b.w("\n  ")
			}
		}
		b.w(line, "\n")
	}
	if !b.clean && b.p(1, 2) {
		ap := b.newPerson()
		b.w("\n3. 개별 심의\n  가. 신청인 ")
		b.nm("prose", "신청인", ap, "+health", subj)
		b.w(" 중증 ")
		b.put("prose", ng("word", "장애"))
		b.w("(뇌병변)로 활동지원 급여 ")
		b.put("prose", ng("word", "한도"))
		b.w(" 상향을 신청함. 위원회는 ")
		b.put("prose", ng("amount", b.amount()))
		b.w("을 추가 지원하기로 의결함.\n")
	}
	b.w("\n붙임  회의 자료 1부.  끝.\n")
}

// subsidy is a payment list: who receives how much on which account.
func (b *builder) subsidy(o officials, d day) {
	prog := b.pick([]string{"긴급생계비", "재난지원금", "출산축하금", "청년월세 지원금", "어르신 교통비", "에너지바우처", "장학금", "소상공인 임차료 지원금", "재난적의료비"})
	b.header(nil, fmt.Sprintf("%d년 %s 지급 %s", d.y, prog, b.pick([]string{"결정", "명단 확정", "계획(제" + fmt.Sprint(1+b.n(9)) + "차)", "내역 보고"})))
	b.w("1. 관련: ")
	b.put("prose", ng("statute", b.statute()))
	b.w("\n2. ", prog, " 지급 대상자를 다음과 같이 확정하고 ")
	b.put("prose", ng("word", "지급액"))
	b.w("을 지급하고자 합니다.\n  가. 지급 대상: ")
	n := 3 + b.n(8)
	if b.clean {
		n = 0
	}
	b.w(fmt.Sprint(n+b.n(200)), "명\n  나. 총 ")
	b.put("prose", ng("word", "지급액"))
	b.w(": ")
	b.put("prose", ng("amount", b.amount()))
	b.w("\n  다. 지급일: ")
	b.put("prose", ng("doc_date", b.date(d)))
	b.w("\n  라. 예산과목: ")
	b.put("prose", ng("budget_code", fmt.Sprintf("%d-%03d-%02d", 100+b.n(900), b.n(1000), b.n(100))))
	b.w("\n\n붙임  지급 명단 1부.\n\n")
	if b.clean {
		var rows [][]cell
		for _, dong := range []string{"망원1동", "서교동", "합정동", "연남동", "성산2동"} {
			rows = append(rows, []cell{ct(dong), c(ng("count", fmt.Sprint(10+b.n(90)))), c(ng("amount", b.amount()))})
		}
		b.table(b.pick(tableStyles), []string{"행정동", "인원", "지급액"}, rows)
		return
	}
	scanned := b.p(1, 4)
	cols := b.n(4)
	var head []string
	switch cols {
	case 0:
		head = []string{"연번", "성명", "생년월일", "주소", "은행", "계좌번호", "예금주", "지급액"}
	case 1:
		head = []string{"번호", "수령인", "주민등록번호", "연락처", "입금계좌", "금액"}
	case 2:
		head = []string{"No", "신청인", "생년월일", "주소", "연락처", "지급액", "비고"}
	default:
		head = []string{"연번", "성명", "생년월일(6자리)", "휴대전화", "계좌(은행/번호)", "지급액"}
	}
	var rows [][]cell
	for k := 0; k < n; k++ {
		p := b.newPerson()
		amt := c(ng("amount", b.amount()))
		switch cols {
		case 0:
			bank, acc := b.account(scanned)
			holder := b.nameCell("예금주", p, "+repeat")
			if b.p(1, 6) {
				// Paid to a parent: another person.
				holder = b.nameCell("예금주", b.newPerson(), "")
			}
			rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("성명", p, ""), c(it("birth_date", "생년월일", b.birth(p, scanned))), c(it("address", "주소", b.address(b.p(1, 4)))), ct(bank), c(it("account", "계좌번호", acc)), holder, amt})
		case 1:
			bank, acc := b.account(scanned)
			rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("수령인", p, ""), c(it("rrn", "주민등록번호", b.rrn(p, false, scanned))), c(it("mobile", "연락처", b.mobile(scanned))), c(tx(bank+" "), it("account", "입금계좌", acc)), amt})
		case 2:
			note, hq := ct(b.pick([]string{"", "신규", "계속", "재신청"})), ""
			if b.p(1, 4) {
				note, hq = c(tx("질환: "), tx(b.pick([]string{"당뇨", "암 투병", "신장 투석"}))), "+health"
			}
			rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("신청인", p, hq), c(it("birth_date", "생년월일", b.birth(p, scanned))), c(it("address", "주소", b.address(b.p(1, 3)))), c(it("landline", "연락처", b.landline(scanned))), amt, note})
		default:
			bank, acc := b.account(scanned)
			bd := val{fmt.Sprintf("%02d%02d%02d", p.y%100, p.m, p.d), "+six"}
			rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("성명", p, ""), c(it("birth_date", "생년월일", b.noisy(bd, scanned))), c(it("mobile", "휴대전화", b.mobile(scanned))), c(tx(bank+"/"), it("account", "계좌", acc)), amt})
		}
	}
	b.table(b.pick(tableStyles), head, rows)
	b.w("합계\t")
	b.put("table", ng("amount", b.amount()))
	b.w("\n")
}
