package docset

// 외국인 주민 지원. A foreign resident's name is labelled in each spelling
// that appears: Latin ("latin") and Hangul transcription ("transcribed").

var foreignTemplates = []template{
	{"support_table", both, false, foreignSupport},
	{"counsel_kv", both, false, foreignCounsel},
	{"class_roster", devOnly, false, foreignRoster},
	{"wage_arrears", holdoutOnly, false, foreignWages},
	{"program_plan", both, true, foreignPlan},
}

var foreignDepts = [2][]string{
	{"외국인주민지원팀", "글로벌센터", "가족정책과"},
	{"외국인주민과", "다문화가족지원센터", "인권다양성과"},
}

var visas = []string{"F-6(결혼이민)", "E-9(비전문취업)", "F-4(재외동포)", "D-2(유학)", "H-2(방문취업)", "F-5(영주)", "E-7(특정활동)"}

// bothNames is "NGUYEN THI HOA (응우옌 티 호아)".
func (b *builder) bothNames(p *person) []seg {
	if b.chance(0.5) {
		return []seg{b.nm(p), plain(" ("), b.nmK(p), plain(")")}
	}
	return []seg{b.nmK(p), plain("("), b.nm(p), plain(")")}
}

func foreignSupport(b *builder) {
	dept := byHalf(b, foreignDepts)
	b.begin(dept, "외국인 주민 긴급생활지원금 지급 대상자 선정")
	n := 3 + b.intn(5)
	b.line("body", "1. 생계가 어려운 외국인 주민에게 긴급생활지원금을 지급하고자 대상자를 다음과 같이 선정합니다.")
	b.line("body", "  가. 지원 기준: ", b.statute("서울특별시 외국인 주민 지원 조례", "제8조"), ", 체류자격 및 소득 기준 충족자")
	b.line("body", "  나. 지원액: 1인당 ", b.amount(300000))
	b.line("body", "2. 선정 대상")
	head := []string{"연번", "성명(영문)", "성명(한글)", "국적", "외국인등록번호", "여권번호", "연락처", "지원액"}
	if b.chance(0.4) {
		head[1], head[2] = "영문 성명", "한글 성명"
	}
	t := table{head: head}
	for i := 0; i < n; i++ {
		p := b.newForeigner()
		row := func() {
			frn := b.rrnOf(p, "")
			if b.chance(0.15) {
				frn = b.sloppy(tFRN, fmtRRN(p.rrn, rrnDash))
			}
			t.add(itoa(i+1), b.nm(p), b.nmK(p), p.f.nation, frn, b.passport(p), b.mob(p, ""), comma(300000))
		}
		if i > 0 && b.chance(0.1) { // the first row stays: the document is not a clean one
			b.masking(row)
		} else {
			row()
		}
	}
	b.table(t, b.tableLayout())
	b.line("body", "3. 지급 방법: 본인 명의 계좌 입금(계좌가 없는 경우 ", neg("place", b.org.short+" 글로벌빌리지센터"), " 방문 수령)")
	b.attach("선정 심사표", "체류자격 확인서")
	b.close()
}

func foreignCounsel(b *builder) {
	p := b.newForeigner()
	b.begin(byHalf(b, foreignDepts), "외국인 주민 통번역 상담 결과 보고")
	b.line("body", "1. 상담 일시: ", b.date(b.today.addDays(-3)), " 10:30 (", pickOf(b.r, "방문", "전화", "화상"), ", ", p.f.lang, " 통역 지원)")
	b.line("body", "2. 상담 대상자")
	t := table{head: []string{"성명", "국적", "외국인등록번호", "여권번호", "체류자격", "주소", "연락처"}}
	t.add(b.bothNames(p), p.f.nation, b.rrnOf(p, ""), b.passport(p), pick(b.r, visas), b.addr(p, true), b.mob(p, ""))
	b.table(t, b.tableLayout(LayoutKV, LayoutKV, LayoutCellPerLine, LayoutPipeRule))
	b.line("body", "3. 상담 내용")
	switch b.intn(3) {
	case 0:
		b.line("body", "  ○ ", b.nmp(p, "은/는", "health"), " 임신 ", itoa(20+b.intn(15)), "주로 산전 검사 비용 지원과 병원 통역 동행을 요청함")
	case 1:
		if p.female {
			b.line("body", "  ○ ", b.nmp(p, "은/는"), " 배우자의 폭언으로 쉼터 입소를 희망하여 이주여성상담소를 연계함")
		} else {
			b.line("body", "  ○ ", b.nmp(p, "은/는"), " 산업재해 처리 절차를 문의하여 외국인노동자센터를 연계함")
		}
	default:
		b.line("body", "  ○ ", b.nmp(p, "은/는"), " 체류기간 연장 서류(", pickOf(b.r, "재직증명서", "가족관계증명서", "소득금액증명"), ") 준비 방법을 문의함")
	}
	b.line("body", "  ○ 통역: 센터 ", p.f.lang, " 통번역사(", b.officeTel(), ")")
	b.line("body", "4. 후속 조치: ", b.date(b.today.addDays(7)), " 재상담 예정, 결과는 ", b.hon(p, "님"), "께 문자로 안내")
	b.attach()
	b.close()
}

func foreignRoster(b *builder) {
	b.begin(byHalf(b, foreignDepts), itoa(b.today.y)+"년 결혼이민자 한국어교실 수료자 명단")
	b.line("body", "1. 한국어교실(초급반) 수료자를 다음과 같이 보고합니다.")
	t := table{head: []string{"번호", "이름", "국적", "연락처", "출석률"}}
	withID := b.chance(0.5) // rosters kept for the eligibility check carry the registration number
	if withID {
		t.head = []string{"번호", "이름", "국적", "외국인등록번호", "연락처", "출석률"}
	}
	for i := 0; i < 3+b.intn(6); i++ {
		p := b.newForeigner()
		name := b.nm(p)
		if b.chance(0.4) {
			name = b.nmK(p)
		}
		if withID {
			t.add(itoa(i+1), name, p.f.nation, b.rrnOf(p, ""), b.mob(p, ""), itoa(80+b.intn(21))+"%")
			continue
		}
		t.add(itoa(i+1), name, p.f.nation, b.mob(p, ""), itoa(80+b.intn(21))+"%")
	}
	b.table(t, b.tableLayout(LayoutCellPerLine, LayoutCellPerLine, LayoutTabs, LayoutPipe))
	b.line("body", "2. 수료식: ", b.date(b.today.addDays(10)), " ", neg("place", b.org.short+" "+pick(b.r, b.v.places)))
	b.attach("수료증 발급 대장")
	b.close()
}

func foreignWages(b *builder) {
	var c company
	for c.name == "" {
		c = pick(b.r, b.v.companies)
	}
	boss := b.newPerson(40, 70)
	b.begin(byHalf(b, foreignDepts), "외국인 근로자 임금체불 상담 및 진정 지원 결과")
	b.line("body", "1. 사업장: ", neg("company", c.name), "(대표 ", b.nm(boss), ", 사업자등록번호 ", b.bizNo(c.corporate), ")")
	b.line("body", "2. 상담 근로자")
	t := table{head: []string{"연번", "성명", "국적", "여권번호", "연락처", "체불액", "송금 계좌"}}
	ws := make([]*person, 2+b.intn(4))
	for i := range ws {
		ws[i] = b.newForeigner()
		p := ws[i]
		t.add(itoa(i+1), b.nm(p), p.f.nation, b.passport(p), b.mob(p, ""), comma(b.amountOf(1000000, 9000000, 1000)), []seg{plain(p.bank.name + " "), b.acct(p)})
	}
	b.table(t, b.tableLayout())
	b.line("body", "3. 조치: 관할 고용노동지청에 진정서 제출을 지원하고, ", b.nmp(ws[0], "의"), " 출국 예정일(", b.date(b.today.addDays(40)), ") 전에 체불액을 받을 수 있도록 사업주 ", b.nmp(boss, "에게"), " 지급을 독려함")
	b.attach("진정서 사본")
	b.close()
}

func foreignPlan(b *builder) {
	b.begin(byHalf(b, foreignDepts), itoa(b.today.y)+"년 외국인 주민 지원 프로그램 운영 계획")
	b.line("body", "1. 관내 외국인 주민 현황")
	t := table{head: []string{"국적", "인원", "비율(%)"}, unit: "(기준일: " + b.today.official() + ")"}
	total := 0
	var ns []int
	nations := []string{"중국", "베트남", "필리핀", "우즈베키스탄", "몽골", "기타"}
	for range nations {
		n := 200 + b.intn(3000)
		ns = append(ns, n)
		total += n
	}
	for i, n := range ns {
		t.add(nations[i], comma(n), itoa(n*100/total))
	}
	b.table(t, b.tableLayout())
	b.line("body", "2. 운영 프로그램")
	b.line("body", "  ○ 한국어교실: 주 2회, ", neg("place", b.org.short+" "+pick(b.r, b.v.places)))
	b.line("body", "  ○ 생활법률 상담: 매월 둘째 주 토요일")
	b.line("body", "  ○ 소요 예산: ", b.amount(b.amountOf(10000000, 60000000, 10000)), "(", neg("budget_code", "307-05"), " 민간위탁금)")
	b.attach("세부 운영 계획")
	b.close()
}
