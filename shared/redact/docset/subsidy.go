package docset

import "fmt"

// 보조금·지원금 지급 내역.

var subsidyTemplates = []template{
	{"payment_table", both, false, subsidyPayment},
	{"birthcode_cells", both, false, subsidyBirthCode},
	{"card", both, false, subsidyCard},
	{"recovery", holdoutOnly, false, subsidyRecovery},
	{"exclusion", devOnly, false, subsidyExclusion},
	{"by_dong", both, true, subsidyByDong},
}

type program struct {
	name, dept string
	amount     int
}

var programs = [2][]program{
	{
		{"청년월세 지원금", "청년정책과", 200000}, {"긴급생활안정자금", "복지정책과", 500000},
		{"출산양육지원금", "가족정책과", 1000000}, {"소상공인 재난지원금", "지역경제과", 1500000},
		{"어르신 교통비", "어르신복지과", 100000},
	},
	{
		{"청년수당", "청년정책담당관", 500000}, {"에너지 바우처", "기후환경과", 145000},
		{"장애인 활동지원 추가급여", "장애인복지과", 330000}, {"한부모가족 아동양육비", "여성가족과", 210000},
		{"저소득 주민 난방비", "생활보장과", 100000},
	},
}

var dongs = [2][]string{
	{"행당1동", "왕십리2동", "성수1가1동", "망원1동", "상계3·4동", "신림동", "화곡1동", "가락본동"},
	{"천호2동", "창1동", "구로3동", "신길5동", "면목본동", "독산1동", "목1동", "역삼2동"},
}

// publicAccount is an organisation's own revenue account: public, and
// shaped like anyone's.
func (b *builder) publicAccount() []seg {
	k := pick(b.r, b.v.banks)
	return []seg{plain(k.name + " "), neg("public_account", k.account(b.r, true)), plain("(예금주: " + b.org.header + ")")}
}

func subsidyPayment(b *builder) {
	pg := byHalf(b, programs)
	b.begin(pg.dept, fmt.Sprintf("%d년 %d월 %s 지급 결과 보고", b.today.y, b.today.m, pg.name))
	ps := b.people(3+b.intn(8), 19, 80)
	b.line("body", "1. 관련: ", b.docNo(pg.dept), "(", b.date(b.today.addDays(-20)), ")")
	b.line("body", "2. ", pg.name, " 지급 결과를 다음과 같이 보고합니다.")
	b.line("body", "  가. 지급일: ", b.date(b.today.addDays(-2)))
	b.line("body", "  나. 지급 대상: ", itoa(len(ps)), "명")
	b.line("body", "  다. ⟦지급액⟧: 총 ", b.amount(pg.amount*len(ps)), "(1인당 ", b.amount(pg.amount), ")")
	b.line("body", "  라. 예산과목: ", neg("budget_code", pickOf(b.r, "307-02", "308-01", "301-01")), " ", pickOf(b.r, "민간경상사업보조", "사회보장적 수혜금", "일반보상금"))
	b.line("body", "3. 지급 내역")
	nameHead := byHalf(b, [2][]string{{"성명", "신청인", "이름"}, {"성명", "수급자", "세대주", "대상자"}})
	holderHead := byHalf(b, [2][]string{{"예금주"}, {"예금주", "입금자명", "수취인"}})
	idHead := "생년월일"
	if b.chance(0.3) {
		idHead = pickOf(b.r, "주민등록번호", "주민번호")
	}
	t := table{head: []string{"연번", nameHead, idHead, "주소", "은행", "계좌번호", holderHead, pickOf(b.r, "지급액", "지급액(원)")}}
	for i, p := range ps {
		row := func() {
			holder := b.nm(p)
			if b.chance(0.2) {
				g := b.newPerson(30, 80) // a guardian's account
				holder = b.nm(g)
			}
			id := b.dob(p, "")
			if idHead != "생년월일" {
				switch x := b.r.Float64(); {
				case x < 0.15:
					id = b.sloppy(tRRN, fmtRRN(p.rrn, rrnDash))
				case x < 0.3:
					id = b.masked(tRRN, fmtRRN(p.rrn, rrnDash))
				default:
					id = b.rrnOf(p, "")
				}
			}
			t.add(itoa(i+1), b.nm(p), id, b.addr(p, b.chance(0.3)), p.bank.name, b.acct(p), holder, comma(pg.amount))
		}
		if i > 0 && b.chance(0.08) { // the first row stays: the document is not a clean one
			b.masking(row)
		} else {
			row()
		}
	}
	b.table(t, b.tableLayout())
	b.line("body", "4. 미지급자 ", itoa(b.intn(3)), "명은 계좌 오류로 ", b.date(b.today.addDays(10)), "까지 재지급 예정")
	b.attach("지급 명세서", "계좌 입금 확인서")
	b.close()
}

func subsidyBirthCode(b *builder) {
	pg := byHalf(b, programs)
	b.begin(pg.dept, pg.name+" 지급 대상자 확정 및 지급")
	ps := b.people(3+b.intn(7), 19, 85)
	b.line("body", "1. ", pg.name, " 지급 대상자를 다음과 같이 확정하고 지급하고자 합니다.")
	b.line("body", "  가. 대상: 자격 확인을 마친 ", itoa(len(ps)), "명")
	b.line("body", "  나. 금액: 1인당 ", b.amount(pg.amount))
	b.line("body", "2. 대상자 명단")
	birthHead := byHalf(b, [2][]string{{"생년월일", "생년월일(6자리)"}, {"생년월일", "생년월일(YYMMDD)", "주민번호 앞자리"}})
	t := table{head: []string{"번호", pickOf(b.r, "성명", "성 명"), birthHead, "연락처", "은행명", "계좌번호", "금액"}}
	if b.holdout() && b.chance(0.5) {
		t.group = []string{"번호", "인적사항", "지급 계좌", "금액"}
		t.head = []string{"성명", birthHead, "연락처", "은행명", "계좌번호"}
	}
	for i, p := range ps {
		cells := []any{itoa(i + 1), b.nm(p), b.dob(p, dobSix), b.mob(p, ""), p.bank.name, b.acct(p), comma(pg.amount)}
		if len(t.head) == 5 {
			cells = []any{b.nm(p), b.dob(p, dobSix), b.mob(p, ""), p.bank.name, b.acct(p)}
		}
		t.add(cells...)
	}
	lay := b.tableLayout(LayoutCellPerLine, LayoutCellPerLine, LayoutSpaces, LayoutTabs)
	if len(t.head) == 5 {
		lay = LayoutCellPerLine
	}
	b.table(t, lay)
	b.line("body", "3. 지급 후 ⟦정산⟧ 결과는 별도 보고하겠습니다.")
	b.attach("지급 대상자 명단")
	b.close()
}

func subsidyCard(b *builder) {
	pg := byHalf(b, programs)
	b.begin(pg.dept, pg.name+" 선불카드 지급 내역")
	ps := b.people(3+b.intn(6), 19, 85)
	b.line("body", "1. ", pg.name, "을(를) 선불카드로 지급한 내역을 다음과 같이 보고합니다.")
	b.line("body", "2. 카드 사용 기한: ", b.date(b.today.addDays(90)), "까지(기한 내 미사용 금액은 자동 소멸)")
	b.line("body", "3. 지급 내역")
	t := table{head: []string{"연번", "성명", "연락처", "카드번호", "충전액", pickOf(b.r, "수령인", "수령자"), "비고"}}
	for i, p := range ps {
		recv, note := b.nm(p), "본인 수령"
		if b.chance(0.25) {
			g := b.newPerson(30, 70)
			recv, note = b.nm(g), pickOf(b.r, "대리 수령(자녀)", "대리 수령(배우자)")
		}
		card := b.card(p)
		if b.chance(0.15) {
			card = b.sloppy(tCard, fmtCard(p.card, "-"))
		}
		t.add(itoa(i+1), b.nm(p), b.mob(p, ""), card, comma(pg.amount), recv, note)
	}
	b.table(t, b.tableLayout())
	p := ps[0]
	b.line("body", "4. 분실 신고: ", b.nm(p), "(카드번호 ", b.card(p), ") 재발급 완료")
	b.attach("카드 수령 확인서")
	b.close()
}

func subsidyRecovery(b *builder) {
	pg := byHalf(b, programs)
	p := b.newPerson(25, 80)
	b.begin(pg.dept, pg.name+" 부정수급 환수 처분 통지", b.nm(p, "honorific:귀하"), " 귀하")
	got := pg.amount * (2 + b.intn(6))
	b.line("body", "1. ", b.statute("보조금 관리에 관한 법률", "제33조"), " 및 「", pg.name, " 지원 조례」에 따라 환수 처분을 다음과 같이 통지합니다.")
	b.line("body", "2. 환수 대상자")
	t := table{head: []string{"성명", "생년월일", "주소", "연락처"}}
	t.add(b.nm(p), b.dob(p, ""), b.addr(p, true), b.mob(p, ""))
	b.table(t, LayoutKV)
	b.line("body", "3. 환수 사유: ", b.hon(p, "씨"), "는 ", pickOf(b.r, "소득 기준 초과 사실을 신고하지 않고", "타 지역 전출 후에도", "중복 수급 제한을 알고도"), " ", b.date(b.today.addDays(-200)), "부터 ", b.amount(got), "을 수급함")
	b.line("body", "4. 환수 금액: ", b.amount(got), "(⟦이자⟧ 포함 시 ", b.amount(got+got/20), ")")
	b.line("body", "5. 납부 기한: ", b.date(b.today.addDays(30)), "까지 아래 계좌로 납부")
	b.line("body", "   - 납부 계좌: ", b.publicAccount())
	b.line("body", "6. 수급 당시 입금 계좌(", p.bank.name, " ", b.acct(p), ")는 지급 정지하였습니다.")
	b.line("body", "7. 이 처분에 이의가 있는 경우 처분이 있음을 안 날부터 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다.")
	b.attach("환수 처분 산출 내역")
	b.close()
}

func subsidyExclusion(b *builder) {
	pg := byHalf(b, programs)
	b.begin(pg.dept, pg.name+" 지급 제외자 검토 결과")
	ps := b.people(2+b.intn(5), 19, 85)
	b.line("body", "1. ", pg.name, " 신청자 중 지급 제외 대상을 다음과 같이 검토하였습니다.")
	for i, p := range ps {
		reason := pickOf(b.r, "소득 기준 초과", "관외 전출", "중복 수급", "서류 미비")
		b.line("list_item", "  ", itoa(i+1), ") ", b.nm(p), "(", b.dob(p, ""), ", ", b.addr(p, false), "): ", reason)
	}
	b.line("body", "2. 제외자에게는 ", b.date(b.today.addDays(3)), "까지 개별 통지하고, 서류 미비자는 ⟦보완⟧ 제출을 안내함")
	p := ps[0]
	b.line("body", "3. ", b.nmp(p, "은/는"), " 이의신청서를 제출하여 재검토 중이며 연락처(", b.tel(p, ""), ")로 결과를 안내할 예정")
	b.attach()
	b.close()
}

func subsidyByDong(b *builder) {
	pg := byHalf(b, programs)
	b.begin(pg.dept, fmt.Sprintf("%d년 %s 동별 지급 현황", b.today.y, pg.name))
	b.line("body", "1. ", pg.name, " 동별 지급 현황을 다음과 같이 보고합니다.")
	t := table{head: []string{"동명", "대상 가구", "지급 인원", "⟦지급액⟧"}, unit: "(단위: 명, 천원)"}
	t.head[3] = "지급액"
	total := 0
	for _, d := range byHalf2(b, dongs)[:4+b.intn(4)] {
		n := 20 + b.intn(300)
		total += n
		t.add(d, comma(n+b.intn(40)), comma(n), comma(n*pg.amount/1000))
	}
	b.table(t, b.tableLayout())
	b.line("body", "2. 총 ", comma(total), "명, ", b.amount(total*pg.amount), " 지급 완료")
	b.line("body", "3. 미신청 가구는 동 주민센터를 통해 ⟦이달⟧ 말까지 추가 ⟦안내⟧")
	b.line("body", "4. 환수 대상 발생 시 납부 계좌: ", b.publicAccount())
	b.attach()
	b.close()
}
