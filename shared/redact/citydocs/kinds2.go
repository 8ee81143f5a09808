package citydocs

import "fmt"

var companies = []string{"(주)하나테크", "(주)미래건설", "한빛엔지니어링(주)", "주식회사 서울조경", "(유)청솔환경", "(주)다온시스템", "대성산업(주)", "(주)새솔디자인", "㈜한강토건", "(사)서울시민연대", "하나컨설팅(주)", "(주)동방전기"}

func (g *gen) bizno() {
	g.neg("bizno", fmt.Sprintf("%03d-%02d-%05d", g.in(101, 899), g.in(10, 99), g.in(10000, 99999)))
}

func (g *gen) corpno() {
	g.neg("corpno", fmt.Sprintf("1%d0111-%07d", g.in(1, 3), g.in(1000000, 9999999)))
}

func (g *gen) bidno() {
	if g.p(50) {
		g.neg("bid_no", fmt.Sprintf("R%02dBK%08d-000", g.in(21, 25), g.in(1, 99999999)))
	} else {
		g.neg("bid_no", fmt.Sprintf("%d%02d%05d-00", g.in(2021, 2025), g.in(1, 12), g.in(1, 99999)))
	}
}

// ---- 6. 계약 현황 ----

func (g *gen) contract() {
	g.head(nil, g.pick([]string{"계약 현황 공개", "수의계약 체결 현황", "2024년 하반기 계약 현황 보고", "용역 계약 체결 결과"}))
	g.w("1. ")
	g.statute()
	g.w("에 따라 ", g.pick([]string{"계약 현황", "수의계약 내역", "계약 체결 내역"}), "을 다음과 같이 공개합니다.\n\n")
	lay := g.layout()
	n := g.in(3, 8)
	var reps []*person
	var cos []string
	var rows [][]cell
	for k := 0; k < n; k++ {
		p := g.person()
		co := companies[(g.r.IntN(len(companies))+k)%len(companies)]
		reps = append(reps, p)
		cos = append(cos, co)
		k := k
		pl := tplace(lay)
		rows = append(rows, []cell{g.txt(fmt.Sprint(k + 1)),
			func() { g.bidno() },
			g.txt(g.pick([]string{"보도 정비공사", "청사 청소 용역", "CCTV 유지보수", "공원 조경 관리", "행사 대행 용역", "전산장비 구매"})),
			func() { g.neg("company", co) },
			func() { g.nmCell(p, pl+":대표자") },
			func() { g.bizno() },
			func() { g.amount() },
			func() { g.date() }})
	}
	g.table(lay, []string{"연번", "입찰공고번호", "계약명", "업체명", "대표자", "사업자등록번호", "계약금액", "계약일"}, rows)
	g.w("\n2. 계약 상대자 세부 내역(", g.pick([]string{"제1건", "주요 계약"}), ")\n")
	k := g.r.IntN(n)
	g.w("  가. 상호: ")
	g.neg("company", cos[k])
	g.w("\n  나. 대표자: ")
	g.nm(reps[k], "kv:대표자", "")
	g.w("\n  다. 법인등록번호: ")
	g.corpno()
	g.w("\n  라. 사업자등록번호: ")
	g.bizno()
	g.w("\n  마. 소재지: ")
	g.neg("company_address", g.pick([]string{"서울특별시 금천구 가산디지털1로 168", "서울특별시 구로구 디지털로 300", "경기도 성남시 분당구 판교역로 235", "서울특별시 영등포구 국제금융로 10"}))
	g.w("\n")
	if g.p(70) {
		site := g.person()
		g.w("  바. 현장대리인: ")
		g.nm(site, "kv:현장대리인", "")
		g.w(" (")
		g.fMobile(site, "kv:현장대리인")
		g.w(")")
		if g.p(40) {
			g.w(", ")
			g.fEmail("kv:현장대리인")
		}
		if g.p(50) {
			g.w(", 생년월일 ")
			g.fBirth(site, "kv:현장대리인")
		}
		g.w("\n")
	}
	g.w("  사. 계약보증금: ")
	g.amount()
	g.w(" (", g.pick([]string{"서울보증보험", "건설공제조합", "하나은행 지급보증"}), ")\n")
	g.w("3. 총 계약 ")
	g.neg("stat", fmt.Sprintf("%d건", n))
	g.w(", 총액 ")
	g.amount()
	g.w(" (평균 낙찰률 ")
	g.neg("stat", fmt.Sprintf("%d.%03d%%", g.in(86, 89), g.in(0, 999)))
	g.w(")\n")
	if g.p(40) {
		g.w("※ ")
		g.nm(reps[0], "prose", "은")
		g.w(" ")
		g.neg("company", cos[0])
		g.w(" 대표이사로서 계약 체결 권한을 위임하였음\n")
	}
	g.foot()
}

// ---- 7. 고발·수사의뢰 ----

func (g *gen) criminal() {
	sus := g.person()
	kind := g.pick([]string{"고발", "수사의뢰"})
	g.head(func() {
		g.w(g.pick([]string{"서울중부경찰서장", "서울마포경찰서장", "서울강남경찰서장", "서울중앙지방검찰청 검사장", "서울성동경찰서장"}))
	},
		g.pick([]string{"", "「" + g.pick([]string{"식품위생법", "폐기물관리법", "보조금 관리에 관한 법률", "건축법"}) + "」 위반자 "})+kind)
	g.w("1. ", g.o.dept, "-", fmt.Sprint(g.in(100, 9999)), "(")
	g.date()
	g.w(")와 관련입니다.\n2. 아래 사람이 ")
	g.statute()
	g.w("의 규정을 위반한 사실이 있어 ")
	g.statute()
	g.w("에 따라 ", kind, "하오니 엄중히 조치하여 주시기 바랍니다.\n\n")
	label := "피고발인"
	if kind == "수사의뢰" {
		label = "피의자"
	}
	g.w("가. ", label, "\n")
	sep := g.pick([]string{": ", "\t", "  "})
	g.w("  성    명", sep)
	g.nm(sus, "kv:성명+criminal", "")
	g.w("\n  주민등록번호", sep)
	g.fRRN(sus, "kv+criminal")
	g.w("\n  주    소", sep)
	g.fAddr(sus, "kv+criminal")
	g.w("\n  직    업", sep, g.pick([]string{"자영업(음식점 운영)", "무직", "건설업", "폐기물 수집운반업"}), "\n  연 락 처", sep)
	g.fMobile(sus, "kv+criminal")
	g.w("\n")
	if g.p(60) {
		g.w("  운전면허", sep)
		g.fLicence("kv+criminal")
		g.w("\n")
	}
	g.w("\n나. ", kind, " 사실\n  ")
	g.nm(sus, "prose+criminal", "은")
	g.w(" ")
	g.period("경부터 ", "경까지 ")
	switch g.in(0, 3) {
	case 0:
		g.w("화물차(")
		g.fPlate("prose+criminal")
		g.w(")를 이용하여 건설폐기물 약 ")
		g.neg("stat", fmt.Sprintf("%d톤", g.in(3, 90)))
		g.w("을 무단 투기하였다.\n")
	case 1:
		g.w("허위 서류를 제출하여 보조금 ")
		g.amount()
		g.w("을 부정 수급하였고, 이를 본인 명의 계좌(")
		g.neg("bank", g.pick(banks))
		g.w(" ")
		g.fAccount("", "prose+criminal")
		g.w(")로 송금받았다.\n")
	case 2:
		g.w("구청 홈페이지 게시판에 담당 공무원을 비방하는 글을 반복 게시하였으며, 게시 IP는 ")
		g.fIP("prose+criminal")
		g.w(" 및 ")
		g.fIP("prose+criminal")
		g.w("로 확인되었다.\n")
	default:
		g.w("영업신고 없이 음식점을 운영하였고, 결제는 ")
		g.nm(sus, "prose+criminal", "의")
		g.w(" 명의 카드단말기로 이루어졌다(매출 ")
		g.amount()
		g.w(", 결제 카드 ")
		g.fCard("prose+criminal")
		g.w(" 등).\n")
	}
	if g.p(60) {
		v := g.person()
		g.w("  피해자 ")
		g.nm(v, "prose+victim", "은")
		g.w("(")
		g.birthProse(v, "prose+victim")
		g.w(", ")
		g.fMobile(v, "prose+victim")
		g.w(") ", g.pick([]string{"위 행위로 재산상 피해를 입었다고 진술하였다.", "현장에서 이를 목격하고 신고하였다."}), "\n")
		if g.p(50) {
			g.w("  피해자의 피해금은 ")
			g.amount()
			g.w("이며, 카드번호 ")
			g.fCard("prose+victim")
			g.w("로 결제되었다.\n")
		}
	}
	g.w("  ")
	g.nm(sus, "prose+criminal", "이")
	g.w(" ", g.pick([]string{"동종 전과 2회", "같은 혐의로 벌금형 전력", "이미 과태료 처분 3회", "2019년 동종 범죄로 기소유예 처분"}), "가 있는 점에 비추어 재범의 우려가 있다.\n")
	if g.p(50) {
		acc := g.person()
		g.w("  공범으로 의심되는 ")
		g.nm(acc, "prose+criminal", "은")
		g.w(" ")
		g.nm(sus, "prose+criminal", "의")
		g.w(" 배우자로, 주소지는 ")
		g.fAddr(acc, "prose+criminal")
		g.w("이다.\n")
	}
	if g.p(50) {
		g.w("  CCTV 영상 및 차량 등록 조회 결과 행위자를 ")
		g.nm(sus, "prose+criminal", "으로")
		g.w(" 특정하였다.\n")
	}
	g.w("\n다. 증거자료\n  1. 현장 사진 ")
	g.neg("stat", fmt.Sprintf("%d매", g.in(3, 30)))
	g.w("\n  2. 진술서 1부\n  3. 관련 법령(")
	g.statute()
	g.w(")\n")
	g.foot()
}

// ---- 8. 감사 결과 ----

func (g *gen) audit() {
	g.head(nil, g.pick([]string{"", "2024년 "})+g.pick([]string{"종합감사 결과 처분 요구", "특정감사 결과 통보", "보조금 집행 실태 감사 결과", "복무 감찰 결과"}))
	g.w("1. ", g.o.head, "은 ")
	g.period("부터 ", "까지 ")
	g.w(g.pick([]string{"○○동 주민센터", "시설관리공단", "복지관 위탁사업", g.o.dept}), "에 대한 감사를 실시하였습니다.\n")
	g.w("2. 감사 결과 지적사항 ")
	g.neg("stat", fmt.Sprintf("%d건", g.in(2, 19)))
	g.w("(시정 ")
	g.neg("stat", fmt.Sprintf("%d건", g.in(1, 9)))
	g.w(", 주의 ")
	g.neg("stat", fmt.Sprintf("%d건", g.in(1, 9)))
	g.w(")에 대하여 다음과 같이 처분을 요구합니다.\n\n")
	g.w("□ 감사반: 반장 ")
	g.neg("official", g.official())
	g.w(", 반원 ")
	g.neg("official", g.official())
	g.w("\n\n")
	g.w(g.pick([]string{"【지적사항 1】 ", "가. ", "1) "}), g.pick([]string{"보조금 부정 수급 방치", "초과근무수당 부당 수령", "계약 업무 부적정", "복지급여 중복 지급"}), "\n")
	var staff []*person
	for k := 0; k < g.in(1, 3); k++ {
		staff = append(staff, g.person())
	}
	cit := g.person()
	g.w(" ○ 현황: 수급자 ")
	g.nm(cit, "prose+related", "은")
	g.w("(")
	if g.p(50) {
		g.birthProse(cit, "prose+related")
	} else {
		g.fBirth(cit, "prose+related")
	}
	g.w(") ")
	g.date()
	g.w(" 전출하였음에도 ")
	g.amount()
	g.w("이 계속 지급되었다(계좌 ")
	bank := g.pick(banks)
	g.neg("bank", bank)
	g.w(" ")
	g.fAccount(bank, "prose+related")
	g.w(").\n ○ 담당자 ")
	g.nm(staff[0], "prose+disciplined", "은")
	g.w(" 확인 의무를 소홀히 하여 ")
	g.statute()
	g.w("의 규정을 위반하였다.\n ○ 조치: ", g.pick([]string{"경징계", "훈계", "주의", "중징계"}), " 및 부당지급액 ")
	g.amount()
	g.w(" 회수\n\n관련자 현황\n")
	lay := g.layout()
	var rows [][]cell
	for _, s := range staff {
		s := s
		pl := tplace(lay)
		rows = append(rows, []cell{g.txt(g.o.dept), g.txt(g.pick([]string{"지방행정주사", "지방사회복지주사보", "지방시설주사", "행정7급"})),
			func() { g.nmCell(s, pl+":성명+disciplined") }, g.txt(g.pick([]string{"징계(견책)", "훈계", "주의", "징계(감봉 1월)"})), g.txt(g.pick([]string{"비위 정도 경미", "고의성 없음", "반복 위반"}))})
	}
	g.table(lay, []string{"소속", "직급", "성명", "처분요구", "비고"}, rows)
	if g.p(60) {
		g.w("\n※ 관련 민원인 ")
		w := g.person()
		g.nm(w, "prose+related", "")
		g.w("(")
		g.fLand("prose+related")
		g.w(")의 제보에 따라 감사에 착수하였으며, 제보자 신원은 ")
		g.statute()
		g.w("에 따라 보호됨\n")
	}
	if g.p(40) {
		g.w("\n【지적사항 2】 법인카드 사용 부적정\n ○ ")
		g.nm(staff[len(staff)-1], "prose+disciplined", "이")
		g.w(" 업무추진비 카드로 ")
		g.amount()
		g.w("을 사적으로 결제함 (가맹점: ")
		g.neg("place", g.pick([]string{"○○한우", "하나마트", "성수 커피", "미래주유소"}))
		g.w(")\n")
	}
	g.w("\n3. 처분 요구 사항에 대하여는 ")
	g.date()
	g.w("까지 이행 결과를 제출하여 주시기 바랍니다.\n붙임  감사 결과 처분 요구서 1부.")
	g.foot()
}

// ---- 9. 외국인 주민 지원 ----

var visas = []string{"E-9", "F-6", "D-2", "H-2", "F-4", "E-7", "F-5", "D-10", "G-1"}

func (g *gen) foreign() {
	g.head(nil, g.pick([]string{"외국인 주민 ", "다문화가족 ", "외국인 근로자 "})+g.pick([]string{"통번역 지원 결과", "긴급 생활 지원 대상자 선정", "한국어 교육 수강생 명단", "의료비 지원 결과 보고"}))
	g.w("1. ")
	g.statute()
	g.w(" 및 「", g.o.org, " 외국인 주민 지원 조례」에 따라 다음과 같이 ", g.pick([]string{"지원하였음을", "선정하였음을"}), " 보고합니다.\n")
	g.w("2. 지원 개요\n - 대상: 관내 등록 외국인 ")
	g.neg("stat", fmt.Sprintf("%d명", g.in(5, 60)))
	g.w(" (전체 외국인 주민 ")
	g.neg("stat", commas(g.in(3000, 40000))+"명")
	g.w(")\n - 통역 언어: ", g.pick([]string{"베트남어·중국어·영어", "우즈베크어·러시아어", "타갈로그어·태국어·몽골어"}), "\n - 협력 기관: ", g.pick([]string{"서울글로벌센터", "외국인노동자지원센터", "다문화가족지원센터"}), "\n\n3. 지원 대상자\n")
	var fs []*person
	for k := 0; k < g.in(2, 6); k++ {
		fs = append(fs, g.foreigner())
	}
	if g.p(50) {
		lay := g.layout()
		var rows [][]cell
		for k, p := range fs {
			p, k := p, k
			pl := tplace(lay)
			rows = append(rows, []cell{g.txt(fmt.Sprint(k + 1)),
				func() { g.nmLatin(p, pl+":성명(영문)") },
				func() { g.nmHangul(p, pl+":성명(한글)") },
				g.txt(p.nat),
				func() {
					if g.p(60) {
						g.fFRN(p, pl+":외국인등록번호")
					} else {
						g.fPassport(p.nat, pl+":여권번호")
					}
				},
				func() { g.neg("visa_status", g.pick(visas)) },
				func() { g.fMobile(p, pl+":연락처") }})
		}
		g.table(lay, []string{"연번", "성명(영문)", "성명(한글)", "국적", "등록번호/여권", "체류자격", "연락처"}, rows)
	} else {
		for k, p := range fs {
			g.w(fmt.Sprintf(" %d) ", k+1))
			g.nmLatin(p, "list")
			g.w(" (")
			g.nmHangul(p, "list")
			g.w(", ", p.nat, ", ")
			g.neg("visa_status", g.pick(visas))
			g.w(")\n    - 외국인등록번호: ")
			g.fFRN(p, "kv")
			g.w("\n    - 여권번호: ")
			g.fPassport(p.nat, "kv")
			g.w(" (", p.nat, ")\n    - 생년월일: ")
			g.fBirth(p, "kv")
			g.w("\n    - 주소: ")
			g.fAddr(p, "kv")
			g.w("\n")
		}
	}
	g.w("\n4. 세부 지원 내용\n")
	p := fs[0]
	g.w(" ○ ")
	g.nm(p, "prose", "은")
	g.w(" ", g.pick([]string{"산업재해로 입원 중이며", "임금 체불로 생계가 곤란하여", "출산 후 산후조리 지원이 필요하여"}), " ")
	g.amount()
	g.w("을 지원함. 고용 사업장: ")
	g.neg("company", g.pick(companies))
	g.w("\n")
	if len(fs) > 1 {
		g.w(" ○ ")
		g.nm(fs[1], "prose", "의")
		g.w(" 배우자 ")
		sp := g.person()
		g.nm(sp, "prose", "은")
		g.w("(")
		g.fRRN(sp, "prose")
		g.w(") 한국 국적으로 통역 시 보호자로 동석함\n")
	}
	if g.p(50) {
		g.w(" ○ 지원금은 ")
		g.nm(p, "prose", "의")
		g.w(" 명의 계좌(")
		bank := g.pick(banks)
		g.neg("bank", bank)
		g.w(" ")
		g.fAccount(bank, "prose")
		g.w(")로 입금함\n")
	}
	if g.p(40) {
		g.w(" ○ 본국 귀국을 위한 여권 재발급(")
		g.fPassport(p.nat, "prose")
		g.w(") 및 대사관 연락 지원\n")
	}
	g.w(" ○ 전체 지원 실적: 통역 ")
	g.neg("stat", fmt.Sprintf("%d건", g.in(10, 400)))
	g.w(", 상담 ")
	g.neg("stat", fmt.Sprintf("%d건", g.in(10, 400)))
	g.w("\n")
	g.contact()
	g.foot()
}
