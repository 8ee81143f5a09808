package docset

// 계약 현황, 입찰 결과, 계약 체결 보고. Company names and registration
// numbers are public; a 대표자's name is a person's; a sole proprietor's
// mobile, premises and account are personal data, a corporation's office
// number and account are not.

var contractTemplates = []template{
	{"contract_list", both, false, contractList},
	{"bid_result", both, false, contractBid},
	{"sole_kv", both, false, contractSole},
	{"payment_request", holdoutOnly, false, contractPayment},
	{"estimate_compare", devOnly, false, contractEstimates},
	{"corp_only", both, true, contractCorpOnly},
}

var contractWorks = [2][]string{
	{"청사 방수공사", "공원 놀이시설 교체", "구정 소식지 인쇄", "가로등 LED 교체", "CCTV 유지보수 용역", "행사 무대 설치"},
	{"주민센터 리모델링 설계 용역", "보도블록 정비공사", "홍보 영상 제작", "방역 소독 용역", "복지관 급식 식자재 구매", "하천 산책로 조명 설치"},
}

// firm is a company in a contract together with its representative.
type firm struct {
	c   company
	rep *person
}

func (b *builder) firms(n int) []firm {
	out := make([]firm, 0, n)
	seen := map[string]bool{}
	for len(out) < n {
		c := pick(b.r, b.v.companies)
		if seen[c.name] && len(seen) < len(b.v.companies) {
			continue
		}
		seen[c.name] = true
		out = append(out, firm{c, b.newPerson(30, 75)})
	}
	return out
}

func contractList(b *builder) {
	dept := byHalf(b, [2][]string{{"재무과", "계약과"}, {"재무과", "회계과"}})
	q := pickOf(b.r, "1분기", "2분기", "3분기", "4분기")
	b.begin(dept, itoa(b.today.y)+"년 "+q+" 수의계약 체결 현황 공개")
	b.line("body", "1. ", b.statute("지방자치단체를 당사자로 하는 계약에 관한 법률 시행령", "제30조"), "에 따라 수의계약 체결 현황을 다음과 같이 공개합니다.")
	repHead := pickOf(b.r, "대표자", "대표자", "대표자명", "대 표 자")
	t := table{head: []string{"연번", "계약명", "업체명", repHead, "사업자등록번호", "계약금액", "계약기간", "계약방법"}}
	for i, f := range b.firms(3 + b.intn(6)) {
		from := b.today.addDays(-b.intn(60))
		t.add(itoa(i+1), byHalf(b, contractWorks), neg("company", f.c.name), b.nm(f.rep), b.bizNo(f.c.corporate),
			b.amount(b.amountOf(3000000, 49000000, 1000)), []seg{b.date(from), plain("~"), b.date(from.addDays(30 + b.intn(120)))},
			pickOf(b.r, "1인 견적", "2인 이상 견적", "소액 수의"))
	}
	b.table(t, b.tableLayout())
	b.line("body", "2. 계약 관련 문의: ", b.contact(b.draftsman()))
	b.attach()
	b.close()
}

func contractBid(b *builder) {
	dept := byHalf(b, [2][]string{{"계약과"}, {"재무과", "계약심사과"}})
	work := byHalf(b, contractWorks)
	b.begin(dept, work+" 입찰 결과 보고")
	fs := b.firms(3 + b.intn(4))
	win := fs[0]
	base := b.amountOf(80000000, 900000000, 10000)
	b.line("body", "1. 입찰 개요")
	b.line("body", "  가. 입찰공고번호: ", b.bidNo())
	b.line("body", "  나. 기초금액: ", b.amount(base))
	b.line("body", "  다. 개찰일시: ", b.date(b.today.addDays(-2)), " 11:00 (국가종합전자조달시스템)")
	b.line("body", "2. 낙찰자")
	t := table{head: []string{"업체명", "법인등록번호", "사업자등록번호", "대표자", "투찰금액", "낙찰률"}}
	corp := plain("해당 없음")
	if win.c.corporate {
		corp = b.corpNo()
	}
	t.add(neg("company", win.c.name), corp, b.bizNo(win.c.corporate), b.nm(win.rep), b.amount(base*87/100), "87.745%")
	b.table(t, b.tableLayout(LayoutKV, LayoutPipeRule, LayoutSpaces, LayoutCellPerLine))
	b.line("body", "3. 개찰 순위")
	t2 := table{head: []string{"순위", "업체명", pickOf(b.r, "대표자", "대표"), "투찰금액", "비고"}}
	for i, f := range fs {
		note := ""
		if i == 0 {
			note = "낙찰"
		}
		t2.add(itoa(i+1), neg("company", f.c.name), b.nm(f.rep), comma(base*(87+i)/100), note)
	}
	b.table(t2, b.tableLayout())
	b.line("body", "4. 계약 체결 예정일: ", b.date(b.today.addDays(7)), ", 대표자 ", b.nmp(win.rep, "에게"), " 계약 서류 제출을 안내함")
	b.attach("개찰 결과표")
	b.close()
}

func contractSole(b *builder) {
	var f firm
	for f.rep == nil || f.c.corporate {
		f = b.firms(1)[0]
	}
	p := f.rep
	work := byHalf(b, contractWorks)
	amt := b.amountOf(2000000, 20000000, 1000)
	b.begin(byHalf(b, [2][]string{{"총무과", "문화체육과"}, {"행정지원과", "홍보담당관"}}), work+" 계약 체결 보고")
	b.line("body", "1. ", work, "을 위하여 다음과 같이 계약을 체결하고자 합니다.")
	b.line("body", "  가. 계약금액: ", b.amount(amt), "(부가가치세 포함)")
	b.line("body", "  나. 계약방법: 1인 견적 수의계약(", b.statute("지방자치단체를 당사자로 하는 계약에 관한 법률 시행령", "제25조제1항제5호"), ")")
	b.line("body", "2. 계약 상대자")
	t := table{head: []string{"상호", "대표자", "생년월일", "사업장 주소", "연락처", "사업자등록번호", "대금 지급 계좌"}}
	t.add(neg("company", f.c.name), b.nm(p), b.dob(p, ""), b.addr(p, true, "premises"), b.mob(p, ""), b.bizNo(false),
		[]seg{plain(p.bank.name + " "), b.acct(p), plain(" (예금주 "), b.nm(p), plain(")")})
	b.table(t, b.tableLayout(LayoutKV, LayoutKV, LayoutCellPerLine, LayoutPipe))
	b.line("body", "3. 계약 보증금: ", b.statute("지방자치단체를 당사자로 하는 계약에 관한 법률 시행령", "제51조"), "에 따라 면제")
	b.line("body", "4. 대표자 ", b.nmp(p, "은/는"), " 청렴계약 이행서약서를 제출함")
	b.attach("견적서", "사업자등록증 사본", "통장 사본")
	b.close()
}

func contractPayment(b *builder) {
	b.begin(byHalf(b, [2][]string{{"재무과"}, {"회계과", "재무과"}}), byHalf(b, contractWorks)+" 기성금 지급")
	fs := b.firms(2 + b.intn(4))
	b.line("body", "1. 준공(기성) 검사를 마친 계약 건의 대가를 다음과 같이 지급하고자 합니다.")
	t := table{head: []string{"업체명", "대표자", "은행", "계좌번호", "예금주", "지급액"}}
	for _, f := range fs {
		k := pick(b.r, b.v.banks)
		if f.c.corporate {
			t.add(neg("company", f.c.name), b.nm(f.rep), k.name, neg("company_account", k.account(b.r, true)), neg("company", f.c.name), comma(b.amountOf(5000000, 90000000, 1000)))
		} else {
			t.add(neg("company", f.c.name), b.nm(f.rep), f.rep.bank.name, b.acct(f.rep), b.nm(f.rep), comma(b.amountOf(1000000, 20000000, 1000)))
		}
	}
	b.table(t, b.tableLayout())
	b.line("body", "2. 예산과목: ", neg("budget_code", "401-01"), " 시설비")
	b.attach("청구서", "준공검사 조서")
	b.close()
}

func contractEstimates(b *builder) {
	work := byHalf(b, contractWorks)
	b.begin(byHalf(b, [2][]string{{"총무과", "공원녹지과"}, {"총무과"}}), work+" 견적 비교 결과")
	fs := b.firms(3)
	b.line("body", "1. 2인 이상 견적 제출 결과를 다음과 같이 비교하였습니다.")
	t := table{head: []string{"업체명", "대표자", "연락처", "견적금액", "비고"}}
	for i, f := range fs {
		phone := b.mob(f.rep, "")
		if f.c.corporate {
			phone = neg("company_phone", "02-"+itoa(2000+b.intn(7000))+"-"+digits(b.r, 4))
		}
		note := ""
		if i == 0 {
			note = "최저가"
		}
		t.add(neg("company", f.c.name), b.nm(f.rep), phone, comma(b.amountOf(3000000, 20000000, 1000)), note)
	}
	b.table(t, b.tableLayout())
	b.line("body", "2. 최저가 견적을 제출한 ", neg("company", fs[0].c.name), "(대표 ", b.nm(fs[0].rep), ")와 계약 ⟦진행⟧")
	b.attach("견적서")
	b.close()
}

func contractCorpOnly(b *builder) {
	dept := byHalf(b, [2][]string{{"재무과", "계약과"}, {"재무과", "회계과"}})
	b.begin(dept, itoa(b.today.y)+"년 공사·용역 계약 현황")
	t := table{head: []string{"연번", "계약명", "계약업체", "사업자등록번호", "계약금액", "계약일"}}
	n := 0
	for _, c := range b.v.companies {
		if !c.corporate || b.chance(0.5) {
			continue
		}
		n++
		t.add(itoa(n), byHalf(b, contractWorks), neg("company", c.name), b.bizNo(true), b.amount(b.amountOf(10000000, 500000000, 1000)), b.date(b.today.addDays(-b.intn(200))))
	}
	if n == 0 {
		t.add("1", byHalf(b, contractWorks), neg("company", b.v.companies[0].name), b.bizNo(true), b.amount(12000000), b.date(b.today))
	}
	b.table(t, b.tableLayout())
	b.line("body", "※ 입찰공고번호 ", b.bidNo(), " 건은 유찰되어 재공고 ⟦예정⟧")
	b.attach()
	b.close()
}
