package docset

// 고발·수사의뢰. Every name of an accused or suspect carries the quality
// "criminal".

var criminalTemplates = []template{
	{"complaint_kv", both, false, criminalComplaint},
	{"investigation_request", both, false, criminalInvestigation},
	{"online", both, false, criminalOnline},
	{"result_report", holdoutOnly, false, criminalResult},
	{"dumping", devOnly, false, criminalDumping},
	{"corporation", both, true, criminalCorporation},
}

type offence struct{ law, article, fact, short string }

var offences = [2][]offence{
	{
		{"식품위생법", "제37조제4항", "영업신고를 하지 아니하고 주택 지하에서 반찬류를 제조하여 인터넷으로 판매함", "미신고 영업"},
		{"폐기물관리법", "제8조제1항", "사업장에서 나온 폐합성수지 약 2톤을 공터에 무단으로 버림", "폐기물 무단투기"},
		{"건축법", "제11조제1항", "허가 없이 단독주택 옥상에 주거용 가건물을 지어 임대함", "무허가 건축"},
		{"공중위생관리법", "제3조제1항", "신고 없이 오피스텔에서 숙박업을 영위함", "미신고 숙박업"},
	},
	{
		{"개발제한구역의 지정 및 관리에 관한 특별조치법", "제12조제1항", "개발제한구역 내 토지에 허가 없이 창고를 설치하여 임대함", "불법 형질변경"},
		{"의료법", "제33조제2항", "의료인이 아니면서 한의원을 개설하여 운영함", "사무장 병원"},
		{"대기환경보전법", "제23조제1항", "신고 없이 도장 시설을 설치하여 운영함", "미신고 배출시설"},
		{"청소년 보호법", "제28조제1항", "청소년에게 주류를 판매함", "청소년 유해약물 판매"},
	},
}

func criminalComplaint(b *builder) {
	of := byHalf(b, offences)
	p := b.newPerson(30, 70)
	b.begin(byHalf(b, [2][]string{{"위생과", "청소행정과", "건축과"}, {"민생사법경찰과", "환경과", "보건위생과"}}), of.short+" 행위자 고발", pickOf(b.r, "서울"+pickOf(b.r, "동부", "서부", "남부", "북부", "중앙")+"지방검찰청 검사장", "관할 경찰서장"))
	b.line("body", "1. ", of.law, " 위반 행위자를 다음과 같이 고발합니다.")
	b.line("body", "2. 고발인: ", b.org.head)
	b.line("body", "3. 피고발인")
	t := table{head: []string{"성명", "주민등록번호", "주소", "연락처", "직업"}}
	job := pickOf(b.r, "자영업", "무직", "회사원", "미상")
	if b.chance(0.5) {
		// identity checked on the spot against a driving licence
		t.head = append(t.head, "신분 확인")
		t.add(b.nm(p, "criminal"), b.rrnOf(p, ""), b.addr(p, true), b.mob(p, ""), job, []seg{plain("운전면허증 "), b.licence(p)})
	} else {
		t.add(b.nm(p, "criminal"), b.rrnOf(p, ""), b.addr(p, true), b.mob(p, ""), job)
	}
	b.table(t, b.tableLayout(LayoutKV, LayoutKV, LayoutCellPerLine, LayoutPipeRule))
	b.line("body", "4. 고발 취지: 피고발인을 ", b.statute(of.law, of.article), " 위반 혐의로 고발하오니 엄중히 처벌하여 주시기 바랍니다.")
	b.line("body", "5. 범죄 사실")
	b.line("body", "  피고발인 ", b.nmp(p, "은/는", "criminal"), " ", b.date(b.today.addDays(-90)), "경부터 ", b.date(b.today.addDays(-10)), "까지 ", b.addr(p, false), "에서 ", of.fact, ".")
	if b.chance(0.6) {
		b.line("body", "  피고발인은 동종 전과 ", itoa(1+b.intn(3)), "회(", itoa(b.today.y-3-b.intn(5)), "년 벌금 ", itoa(100+100*b.intn(5)), "만 원)가 있으며, ", b.nm(p, "criminal"), pickOf(b.r, " 명의의 차량(", "의 차량(")+"", b.plate(p), ")을 이용하여 물건을 운반함.")
	}
	b.line("body", "6. 증거 자료: 현장 사진, 단속 결과 보고서, 진술서(", b.nm(b.newPerson(30, 70)), ", 목격자)")
	if b.chance(0.4) {
		b.line("body", "7. 관련 사건: 같은 장소의 종전 위반으로 ", b.caseNo(), " 사건이 ", pickOf(b.r, "서울동부지방법원", "서울북부지방법원", "서울중앙지방법원"), "에 계속 중임")
	}
	b.attach("증거 자료 목록", "현장 단속 결과 보고서")
	b.close()
}

func criminalInvestigation(b *builder) {
	pg := byHalf(b, programs)
	b.begin(pg.dept, pg.name+" 부정수급 의심자 수사의뢰", pickOf(b.r, "관할 경찰서장", "서울특별시경찰청장"))
	ps := b.people(2+b.intn(4), 25, 75)
	b.line("body", "1. ", pg.name, " 지급 과정에서 부정수급이 의심되는 사례를 확인하여 수사를 의뢰합니다.")
	b.line("body", "2. 수사의뢰 대상")
	t := table{head: []string{"연번", pickOf(b.r, "성명", "대상자", "피의자"), "생년월일", "주소", "부정수급액", "입금 계좌"}}
	total := 0
	for i, p := range ps {
		amt := pg.amount * (2 + b.intn(6))
		total += amt
		t.add(itoa(i+1), b.nm(p, "criminal"), b.dob(p, ""), b.addr(p, b.chance(0.5)), comma(amt), []seg{plain(p.bank.name + " "), b.acct(p)})
	}
	b.table(t, b.tableLayout())
	b.line("body", "3. 의심 사유: 위 대상자들은 같은 주소지에 전입한 뒤 서로 다른 가구로 신청하여 총 ", b.amount(total), "을 수급함")
	p := ps[0]
	b.line("body", "4. 특히 ", b.nmp(p, "은/는", "criminal"), " 다른 신청인의 신청서를 대리 작성한 정황이 있음(연락처 ", b.mob(p, ""), ")")
	b.attach("지급 내역", "신청서 사본")
	b.close()
}

func criminalOnline(b *builder) {
	p := b.newPerson(20, 65)
	b.begin(byHalf(b, [2][]string{{"홍보담당관", "정보통신과"}, {"언론협력과", "디지털정책과"}}), "구 홈페이지 게시판 업무방해 게시물 수사의뢰", "관할 경찰서장(사이버수사팀)")
	b.line("body", "1. 구 홈페이지 게시판에 허위 사실을 반복 게시하여 업무를 방해한 사안에 대해 수사를 의뢰합니다.")
	b.line("body", "2. 게시 현황")
	t := table{head: []string{"게시 일시", "작성자", "접속 IP", "게시글 제목"}}
	for i := 0; i < 2+b.intn(4); i++ {
		t.add(b.date(b.today.addDays(-30+i*3)), b.nm(p, "criminal"), b.ip(), pickOf(b.r, "구청 직원 비리 의혹", "○○사업 예산 횡령", "공무원 실명 공개"))
	}
	b.table(t, b.tableLayout())
	b.line("body", "3. 작성자 정보: 회원가입 정보상 성명 ", b.nm(p, "criminal"), ", 이메일 ", b.mail(p), ", 휴대전화 ", b.mob(p, ""))
	b.line("body", "4. 게시글은 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 ", neg("statute", "제44조의2"), "에 따라 임시조치(블라인드) 하였음")
	b.attach("게시물 캡처 자료")
	b.close()
}

func criminalResult(b *builder) {
	b.begin(byHalf(b, [2][]string{{"위생과"}, {"민생사법경찰과", "법무행정과"}}), itoa(b.today.y)+"년 고발 사건 처리 결과 보고")
	ps := b.people(2+b.intn(5), 25, 75)
	b.line("body", "1. 고발 사건의 수사·재판 결과를 다음과 같이 보고합니다.")
	t := table{head: []string{"사건번호", pickOf(b.r, "피고발인", "피고인"), "위반 법령", "처분 결과"}}
	for _, p := range ps {
		of := byHalf(b, offences)
		t.add(b.caseNo(), b.nm(p, "criminal"), of.law, pickOf(b.r, "벌금 300만 원(약식명령)", "징역 6월, 집행유예 1년", "기소유예", "벌금 100만 원", "혐의없음(증거불충분)"))
	}
	b.table(t, b.tableLayout())
	p := ps[0]
	b.line("body", "2. ", b.nmp(p, "은/는", "criminal"), " 판결에 불복하여 항소하였으며(", b.caseNo(), "), 결과는 추후 보고하겠습니다.")
	b.attach()
	b.close()
}

func criminalDumping(b *builder) {
	p := b.newPerson(25, 70)
	b.begin(byHalf(b, [2][]string{{"청소행정과"}, {"자원순환과"}}), "차량 이용 폐기물 불법 투기자 고발")
	b.line("body", "1. CCTV 분석 결과 차량을 이용해 폐기물을 불법 투기한 행위자를 확인하여 고발합니다.")
	t := table{head: []string{"차량번호", "운전자", "생년월일", "운전면허번호", "주소"}}
	t.add(b.plate(p), b.nm(p, "criminal"), b.dob(p, ""), b.licence(p), b.addr(p, true))
	b.table(t, b.tableLayout(LayoutKV, LayoutSpaces, LayoutCellPerLine))
	b.line("body", "2. 위반 내용: ", b.date(b.today.addDays(-12)), " 새벽 ", neg("place", byHalf(b, violationPlaces)), "에 건설폐기물 약 1톤을 투기함(", b.statute("폐기물관리법", "제8조제1항"), ")")
	b.line("body", "3. 차량 소유자 ", b.nmp(p, "은/는", "criminal"), " 현장 확인 시 투기 사실을 인정함")
	b.attach("CCTV 영상 캡처", "차량 등록원부")
	b.close()
}

func criminalCorporation(b *builder) {
	of := byHalf(b, offences)
	var c company
	for !c.corporate {
		c = pick(b.r, b.v.companies)
	}
	b.begin(byHalf(b, [2][]string{{"환경과", "위생과"}, {"환경과", "민생사법경찰과"}}), "위반 법인 고발", "관할 경찰서장")
	b.line("body", "1. ", of.law, " 위반 법인을 다음과 같이 고발합니다.")
	t := table{head: []string{"법인명", "법인등록번호", "사업자등록번호", "본점 소재지", "대표이사"}}
	t.add(neg("company", c.name), b.corpNo(), b.bizNo(true), neg("business_address", pick(b.r, b.v.roads).road+" "+itoa(1+b.intn(300))), neg("masked", pick(b.r, commonSurnames).s+"○○"))
	b.table(t, b.tableLayout(LayoutKV, LayoutPipeRule, LayoutTabs))
	b.line("body", "2. 위반 내용: 위 법인은 ", of.fact, "(", b.statute(of.law, of.article), ")")
	b.line("body", "3. 행위자: 성명불상의 현장 책임자(양벌규정에 따라 법인을 함께 고발)")
	b.attach("단속 결과 보고서")
	b.close()
}
