package docset

import (
	"fmt"
	"strings"
)

// 위원회 회의록 and 회의 결과 보고. Members from outside the administration
// are private persons; officials who present or answer are named with
// their position.

var minutesTemplates = []template{
	{"overview_speakers", both, false, minutesOverview},
	{"attendance_table", both, false, minutesAttendance},
	{"allowance", devOnly, false, minutesAllowance},
	{"stenographic", holdoutOnly, false, minutesStenographic},
	{"anonymous", both, true, minutesAnonymous},
}

type committee struct{ name, dept, agenda string }

var committees = [2][]committee{
	{
		{"도시계획위원회", "도시계획과", "지구단위계획 변경 결정(안)"},
		{"주민참여예산위원회", "예산과", "주민참여예산 사업 선정(안)"},
		{"지방보조금심의위원회", "기획예산과", "지방보조금 지원 대상 사업 심의(안)"},
		{"공유재산심의회", "재산관리과", "공유재산 관리계획 변경(안)"},
		{"청소년육성위원회", "교육청소년과", "청소년 시설 운영 개선(안)"},
	},
	{
		{"건축위원회", "건축과", "공동주택 건축 심의(안)"},
		{"교통안전위원회", "교통정책과", "어린이보호구역 추가 지정(안)"},
		{"성평등위원회", "여성가족과", "성별영향평가 개선 권고(안)"},
		{"민관협치위원회", "협치지원과", "민관협치 의제 선정(안)"},
		{"도시재생위원회", "도시재생과", "도시재생 활성화계획 변경(안)"},
		{"인권위원회", "인권담당관", "인권 침해 구제 권고(안)"},
	},
}

var remarks = [2][]string{
	{
		"사업 예산 대비 ⟦성과⟧ 지표가 불분명하므로 보완이 필요합니다.",
		"주민 의견 수렴 절차를 충분히 거쳤는지 확인 바랍니다.",
		"유사 사업과 중복되는지 검토해 주시기 바랍니다.",
		"원안대로 의결하는 것에 ⟦이견⟧이 없습니다.",
		"보조금 ⟦정산⟧ 결과를 다음 회의에 보고해 주십시오.",
		"사업 대상지 주변의 교통 ⟦영향⟧도 함께 검토되어야 합니다.",
	},
	{
		"심의 자료가 회의 ⟦직전⟧에 배포되어 충분히 검토하지 못했습니다.",
		"보행자 안전 대책을 ⟦우선⟧ 반영해 주시기 바랍니다.",
		"권고 ⟦이행⟧ 여부를 분기마다 점검할 필요가 있습니다.",
		"수정 의견을 반영하는 조건으로 ⟦동의⟧합니다.",
		"예산 ⟦한도⟧ 안에서 단계적으로 추진하는 방안을 제안합니다.",
		"주민 설명 자료를 쉬운 말로 다시 작성해 주십시오.",
	},
}

var answers = []string{
	"말씀하신 사항은 다음 회의 전까지 보완하여 보고드리겠습니다.",
	"관계 부서와 협의하여 반영하도록 하겠습니다.",
	"해당 내용은 ⟦최종⟧ 보고서에 포함하겠습니다.",
}

var affiliations = [2][]string{
	{"○○대학교 교수", "건축사", "변호사", "시민단체 활동가", "주민대표", "공인회계사", "도시계획기술사"},
	{"△△대학교 부교수", "교통공학 박사", "노무사", "마을공동체 활동가", "동 주민자치회장", "세무사", "연구원 선임연구위원"},
}

// speaker writes a speaker line for a member in one of the ways minutes
// name them.
func (b *builder) speaker(p *person, chair bool, says ...any) {
	style := b.intn(4)
	if b.holdout() {
		style = b.intn(6)
	}
	var lead []any
	switch {
	case chair && style%2 == 0:
		lead = []any{"위원장(", b.nm(p), "): "}
	case chair:
		lead = []any{b.nm(p), " 위원장: "}
	case style == 0 || style == 4:
		lead = []any{b.nm(p), " 위원: "}
	case style == 1:
		lead = []any{"○ ", b.nm(p), " 위원 : "}
	case style == 2:
		lead = []any{"(", b.nm(p), " 위원) "}
	case style == 3:
		lead = []any{"위원(", b.nm(p), "): "}
	default:
		lead = []any{"◇ ", b.nm(p), " 위원\t"}
	}
	b.line("speaker", append(lead, says...)...)
}

func minutesOverview(b *builder) {
	c := byHalf(b, committees)
	n := 1 + b.intn(12)
	b.begin(c.dept, fmt.Sprintf("제%d차 %s 회의 결과 보고", n, c.name))
	members := b.people(5+b.intn(5), 35, 75)
	absent := members[len(members)-1]
	present := members[:len(members)-1]
	chair := present[0]
	day := b.today.addDays(-3 - b.intn(10))
	b.line("body", "1. 회의 개요")
	b.line("body", "  가. 일시: ", b.date(day), " ", pickOf(b.r, "10:00~12:00", "14:00~16:00", "15:30~17:30", "14:00~15:40"))
	b.line("body", "  나. 장소: ", neg("place", b.org.short+" "+pick(b.r, b.v.places)))
	b.line("attendee_list", "  다. 참석: ", b.nameList(present), " (이상 ", itoa(len(present)), "명)")
	b.line("body", "     불참: ", b.nm(absent), " 위원(개인 사정)")
	o1 := b.newOfficial(deptHead(c.dept))
	o2 := b.newOfficial(pick(b.r, drafterPositions))
	b.line("body", "     배석: ", deptHead(c.dept), " ", b.off(o1), ", ", o2.pos, " ", b.off(o2))
	b.line("body", "  라. 안건: ", c.agenda)
	b.line("body", "2. 회의 내용")
	b.speaker(chair, true, "성원이 되었으므로 제", itoa(n), "차 회의를 개회하겠습니다.")
	b.line("speaker", pickOf(b.r, deptHead(c.dept)+": ", "간사("+o2.pos+"): "), "안건에 대하여 설명드리겠습니다.")
	for _, p := range present[1:] {
		if b.chance(0.6) {
			b.speaker(p, false, byHalf(b, remarks))
			if b.chance(0.5) {
				b.line("speaker", deptHead(c.dept), "(", b.off(o1), "): ", pick(b.r, answers))
			}
		}
	}
	b.speaker(chair, true, pickOf(b.r, "원안 가결을 선포합니다.", "수정 가결을 선포합니다."))
	b.line("body", "3. 회의 결과: ", pickOf(b.r, "원안 가결", "수정 가결", "보류(재심의)"))
	if b.chance(0.5) {
		p := present[1+b.intn(len(present)-1)]
		b.line("body", "  ○ 수정 의견: ", b.nmp(p, "의"), " 의견을 반영하여 ", pickOf(b.r, "사업 대상을 조정", "일정을 변경", "예산을 감액"))
	}
	b.attach("회의록", "참석위원 서명부")
	b.close()
}

func minutesAttendance(b *builder) {
	c := byHalf(b, committees)
	n := 1 + b.intn(8)
	b.begin(c.dept, fmt.Sprintf("%d년 제%d회 %s 개최 결과", b.today.y, n, c.name))
	members := b.people(4+b.intn(6), 35, 75)
	b.line("body", "1. ", c.name, " 개최 결과를 다음과 같이 보고합니다.")
	b.line("body", "2. 참석 위원")
	nameHead := byHalf(b, [2][]string{{"성명", "성 명", "위원명"}, {"성명", "위원", "참석자"}})
	t := table{head: []string{"구분", nameHead, "소속", "비고"}}
	for i, p := range members {
		role := "위원"
		if i == 0 {
			role = "위원장"
		} else if i == 1 && b.chance(0.5) {
			role = "부위원장"
		}
		note := ""
		if b.chance(0.2) {
			note = "서면 의견 제출"
		}
		t.add(role, b.nm(p), byHalf(b, affiliations), note)
	}
	b.table(t, b.tableLayout())
	b.line("body", "3. 심의 결과")
	b.line("body", "  가. 안건: ", c.agenda)
	b.line("body", "  나. 결과: ", pickOf(b.r, "원안 의결", "조건부 의결", "재심의"))
	b.line("body", "  다. 주요 의견")
	for _, p := range members[1:min(4, len(members))] {
		b.line("list_item", "    - ", b.nm(p), " 위원: ", byHalf(b, remarks))
	}
	if b.chance(0.6) {
		b.line("body", "4. 참석수당 지급")
		t2 := table{head: []string{pickOf(b.r, "성명", "예금주"), "은행", "계좌번호", "지급액"}}
		withRRN := b.holdout() && b.chance(0.5)
		if withRRN {
			t2.head = []string{"성명", "주민등록번호", "은행", "계좌번호", "지급액"}
		}
		for _, p := range members {
			row := func() {
				acc := b.acct(p)
				if b.chance(0.15) {
					acc = b.sloppy(tAccount, p.acct)
				}
				if withRRN {
					t2.add(b.nm(p), b.rrnOf(p, ""), p.bank.name, acc, b.amount(150000))
					return
				}
				t2.add(b.nm(p), p.bank.name, acc, b.amount(150000))
			}
			if b.chance(0.2) {
				b.masking(row)
			} else {
				row()
			}
		}
		b.table(t2, b.tableLayout())
		b.line("body", "  ○ 예산과목: ", neg("budget_code", "301-09"), " 행사운영비(위원회 참석수당), 총 ", b.amount(150000*len(members)))
	}
	b.attach("회의록", "참석위원 서명부")
	b.close()
}

func minutesAllowance(b *builder) {
	c := byHalf(b, committees)
	b.begin(c.dept, c.name+" 위원 참석수당 지급 계획")
	members := b.people(4+b.intn(6), 35, 75)
	b.line("body", "1. 관련: ", b.docNo(c.dept), "(", b.date(b.today.addDays(-7)), ")")
	b.line("body", "2. ", b.date(b.today.addDays(-5)), " 개최한 ", c.name, " 참석 위원에게 수당을 다음과 같이 지급하고자 합니다.")
	b.line("body", "  가. 지급 대상: 참석 위원 ", itoa(len(members)), "명")
	b.line("body", "  나. 지급 금액: 1인당 ", b.amount(150000), "(소득세 및 지방소득세 원천징수 후 지급)")
	b.line("body", "  다. 예산과목: ", neg("budget_code", "301-09"), " 행사운영비")
	b.line("body", "3. 지급 내역")
	t := table{head: []string{"연번", "성명", "주민등록번호", "주소", "은행", "계좌번호", "지급액"}, caption: "< 참석수당 지급 내역 >"}
	for i, p := range members {
		rrn := b.rrnOf(p, "")
		switch x := b.r.Float64(); {
		case x < 0.2:
			rrn = b.sloppy(tRRN, fmtRRN(p.rrn, rrnDash))
		case x < 0.35:
			rrn = b.masked(tRRN, fmtRRN(p.rrn, rrnDash))
		}
		t.add(itoa(i+1), b.nm(p), rrn, b.addr(p, b.chance(0.5)), p.bank.name, b.acct(p), b.amount(150000))
	}
	b.table(t, b.tableLayout(LayoutCellPerLine, LayoutCellPerLine, LayoutPipeRule, LayoutTabs, LayoutSpaces))
	b.line("body", "  ※ 원천징수 후 실지급액: 1인당 ", b.amount(150000-13200))
	b.attach("참석수당 지급 조서", "통장 사본")
	b.close()
}

func minutesStenographic(b *builder) {
	c := byHalf(b, committees)
	n := 1 + b.intn(20)
	b.begin(c.dept, fmt.Sprintf("제%d회 %s 회의록(속기)", n, c.name))
	members := b.people(4+b.intn(4), 35, 75)
	chair := members[0]
	b.line("body", "회의 일시: ", b.date(b.today.addDays(-10)), " 14:00")
	b.line("body", "회의 장소: ", neg("place", b.org.short+" "+pick(b.r, b.v.places)))
	b.line("body", "출석 위원")
	for _, p := range members {
		b.line("list_item", "○ 이름: ", b.nm(p))
	}
	o := b.newOfficial(deptHead(c.dept))
	b.line("body", "")
	b.line("speaker", "○ 위원장 ", b.nm(chair), "   성원이 되었으므로 회의를 시작하겠습니다. ", c.agenda, "을 상정합니다.")
	b.line("speaker", "○ ", deptHead(c.dept), " ", neg("official", o.sur+"OO"), "   안건을 보고드리겠습니다.")
	for _, p := range members[1:] {
		if b.chance(0.7) {
			b.line("speaker", "○ ", b.nm(p), " 위원   ", byHalf(b, remarks))
		}
	}
	b.line("body", "(방청인 의견 청취)")
	q := b.newPerson(30, 80)
	switch b.intn(3) {
	case 0:
		b.line("speaker", "질의자 ", b.nm(q), ": 저는 ", strings.TrimSpace(q.addr.pre), "에 사는 주민인데 설명회 일정을 미리 알려 주셨으면 합니다.")
	case 1:
		b.line("speaker", "○ 방청인 ", b.nm(q), "(", b.mob(q, ""), ")   주민 설명을 한 번 더 해 주시기 바랍니다.")
	default:
		b.line("speaker", "질의자(", b.spaced(q), "): 공사 기간 동안 주차 대책이 궁금합니다.")
	}
	b.line("speaker", "○ 위원장 ", b.nm(chair), "   질의하신 ", b.hon(q, "님"), "께는 사무국에서 서면으로 답변드리겠습니다. 산회를 선포합니다.")
	b.line("body", "(", pickOf(b.r, "16시 20분", "17시 05분", "15시 40분"), " 산회)")
	b.attach()
	b.close()
}

func minutesAnonymous(b *builder) {
	c := byHalf(b, committees)
	n := 1 + b.intn(12)
	b.begin(c.dept, fmt.Sprintf("제%d차 %s 회의 결과(공개용)", n, c.name))
	k := 7 + b.intn(6)
	b.line("body", "1. 회의 개요")
	b.line("body", "  가. 일시: ", b.date(b.today.addDays(-5)), " 14:00")
	b.line("body", "  나. 장소: ", neg("place", b.org.short+" "+pick(b.r, b.v.places)))
	b.line("body", "  다. 참석: 위원 ", itoa(k), "명 중 ", itoa(k-1-b.intn(2)), "명 참석(성원)")
	b.line("body", "2. 주요 발언 요지 (위원 성명은 「공공기관의 정보공개에 관한 법률」 ", neg("statute", "제9조제1항제6호"), "에 따라 비공개)")
	for i := 0; i < 2+b.intn(3); i++ {
		b.line("body", "  ○ ", string(rune('A'+i)), " 위원: ", byHalf(b, remarks))
	}
	b.line("body", "  ○ ", deptHead(c.dept), ": ", pick(b.r, answers))
	b.line("body", "3. 결과: ", pickOf(b.r, "원안 가결", "수정 가결", "재심의"))
	b.attach()
	b.close()
}
