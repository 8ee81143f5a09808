package casebook

import (
	"fmt"
	"strings"
)

// 장애인 활동지원 급여 결정

func disabilityDecision(w *writer) {
	w.setup(false, srcHWP, srcHWP, srcPDF, srcScan, srcHWPX)
	f := w.newFrame("장애인복지과", w.pick("장애인활동지원 급여 결정 통지", "활동지원급여 변경결정 통지", "장애인 활동지원 수급자격 결정 안내"))
	p := w.citizen(w.one(adult, elder, child, youth))
	p.ctx = "+health"
	var guardian *person
	if p.y >= 2006 || w.chance(0.3) {
		guardian = w.citizen(adult)
	}
	to := w.toCitizen(p)
	if guardian != nil && w.chance(0.5) {
		to = []seg{w.nm(guardian), plain(w.pick(" 귀하 (", "(")), plain("수급자 "), w.nm(p), plain("의 보호자)")}
	}
	w.head(f, to)
	w.para("1. 귀 가정의 평안을 기원합니다.")
	w.para("2. ", statute("장애인활동 지원에 관한 법률", 7, ""), " 및 같은 법 시행령에 따라 ", w.when(), "에 신청하신 활동지원급여에 대하여 다음과 같이 결정하였음을 알려드립니다.")
	w.line(w.pick("  가. 수급자 인적사항", "가. 인적사항", " ○ 대상자"))
	fields := []field{fld("성명", w.nmv(p))}
	if w.chance(0.6) {
		fields = append(fields, fld("생년월일", w.birthDate(p)))
	} else if w.chance(0.5) {
		fields = append(fields, fld("주민등록번호", w.rrnMasked(p)))
	} else {
		fields = append(fields, fld("주민등록번호", w.rrn(p)))
	}
	fields = append(fields, fld("주소", w.addrSeg(w.homeOf(p))))
	if p.y < 2006 {
		fields = append(fields, fld(w.pick("연락처", "전화번호", "휴대전화"), w.mobile(p)))
	}
	if guardian != nil {
		rel := w.pick("모", "부", "조모")
		if p.y < 2006 {
			rel = w.pick("배우자", "자녀", "아들", "딸")
		}
		fields = append(fields, fld("보호자", w.nm(guardian), " ("+rel+") ", w.mobile(guardian)))
	}
	fields = append(fields, fld("장애정도", w.pick("심한 장애", "심한 장애(지적)", "심한 장애(뇌병변)", "심하지 않은 장애(청각)", "심한 장애(자폐성)")))
	if w.chance(0.5) {
		w.formTable(2, fields...)
	} else {
		w.kvBlock(fields...)
	}
	w.line(w.pick("  나. 결정 내용", "나. 결정내용", " ○ 결정 내용"))
	w.kvBlock(
		fld("활동지원 구간", fmt.Sprintf("%d구간", 1+w.r.IntN(15))),
		fld("월 한도액", w.amount(60000, 700000)),
		fld("본인부담금", w.amount(0, 16000)),
		fld("급여 개시일", w.when()),
	)
	if w.chance(0.6) {
		holder := p
		if guardian != nil {
			holder = guardian
		}
		w.put("kv:환급계좌", w.pick("  다. 본인부담금 환급계좌: ", "  ※ 환급 계좌 : "), w.accountSegs(), " (예금주 ", w.nm(holder), ")")
		w.nl()
		w.para("본인부담금 환급금은 ", w.nm(holder), "에게 지급하며, 계좌가 바뀐 경우 ", w.center(), "로 알려 주십시오.")
	}
	w.para("3. 이 결정에 이의가 있으신 경우 결정을 통지받은 날부터 90일 이내에 ", statute("장애인활동 지원에 관한 법률", 36, ""), "에 따라 이의신청을 하시거나, ", keep("statute", "「행정심판법」"), "에 따른 행정심판 또는 ", keep("statute", "「행정소송법」"), "에 따른 행정소송을 제기하실 수 있습니다.")
	w.para("4. 궁금하신 사항은 보건복지상담센터(", w.callCentre(), ") 또는 ", w.center(), "로 문의하여 주시기 바랍니다.")
	w.line("붙임  활동지원급여 결정서 1부.  끝.")
	w.foot(f)
}

func disabilityRoster(w *writer) {
	w.setup(false, srcHWP, srcHWPX, srcPDF, srcDOCX)
	f := w.newFrame("장애인복지과", w.pick("활동지원급여 변경 대상자 보고", "2024년 활동지원 재판정 결과 보고", "활동지원 추가급여 대상자 확정"))
	w.head(f, nil)
	w.para("1. 관련: ", keep("doc_no", fmt.Sprintf("%s-%d", f.dept, 100+w.r.IntN(9000))), "(", w.when(), ")호")
	w.para("2. 활동지원급여 변경 대상자를 아래와 같이 보고합니다.")
	ps := w.people(3+w.r.IntN(5), adult, "+health")
	w.line(w.pick("  가. 대상: ", "가. 대상 인원: "), fmt.Sprintf("%d명", len(ps)))
	w.line(w.pick("  나. 대상자 명단", "나. 명단"))
	top := ""
	if w.chance(0.35) {
		top = "인적사항"
	}
	cols := []col{{id: "no", head: "연번"}, {id: "name", head: w.nameHead("수급자", "대상자명"), top: top}, {id: "birth", head: "생년월일", top: top}}
	if w.chance(0.5) {
		cols = append(cols, col{id: "sex", head: "성별", top: top})
	}
	cols = append(cols,
		col{id: "type", head: "장애유형", f: func(int, *person) []seg {
			return cell(w.pick("지체", "뇌병변", "시각", "지적", "자폐성", "신장"))
		}},
		col{id: "band", head: "변경구간", f: func(int, *person) []seg { return cell(fmt.Sprintf("%d→%d", 1+w.r.IntN(15), 1+w.r.IntN(15))) }},
	)
	if w.chance(0.6) {
		cols = append(cols, col{id: "tel", head: w.pick("연락처", "전화번호")})
	}
	if w.chance(0.4) {
		cols = append(cols, col{id: "addrbody", head: "주소"})
	}
	cols = append(cols, col{id: "note", head: "비고"})
	w.roster(ps, cols, "")
	w.para("3. 변경된 급여는 ", w.when(), "부터 적용되며, 대상자에게는 개별 통지할 예정입니다.")
	w.foot(f)
}

func disabilityMail(w *writer) {
	w.setup(false, srcMail)
	dr, _ := w.staff()
	parent := w.citizen(adult)
	child := w.citizen(w.one(child, youth))
	child.ctx = "+health"
	helper := w.citizen(adult)
	w.mailHead(w.addressee(parent), []seg{plain(w.org.name + " 장애인복지과 <"), w.mailbox(), plain(">")}, w.pick("활동지원사 변경 요청드립니다", "[민원] 활동지원 시간 관련 문의", "Re: 활동지원급여 결정 관련"), w.originIP())
	w.para("안녕하세요. ", w.dongName(), "에 사는 ", w.nm(child), w.pick("(", " ("), w.birthDate(child), w.pick("생) 엄마입니다.", "생)의 보호자입니다."))
	w.para("아이가 ", w.pick("뇌전증 약을 바꾸고 나서", "작년 수술 이후로", "자폐 진단을 받은 뒤로"), " 밤에 잠을 잘 못 자서 활동지원 시간을 늘릴 수 있는지 여쭙고 싶습니다. 지금 오시는 ", w.nm(helper), w.pick(" 선생님", "선생님", " 활동지원사님"), "께서 너무 잘해주시는데 시간이 부족합니다.")
	w.para("서류가 필요하면 ", w.pick("이메일로", "문자로"), " 알려주시고 급한 일은 ", w.mobile(parent), w.pick("로 연락 부탁드립니다.", " 으로 전화 주세요.", "(휴대폰)로 주시면 됩니다."))
	w.line(w.nm(parent), w.pick(" 드림", " 올림", ""))
	w.nl()
	w.line(w.pick("-----Original Message-----", "---------- 답장 ----------", "-------- 원본 메일 --------"))
	w.put("email:보낸사람", "보낸 사람: ", w.officialFrom(dr))
	w.nl()
	w.line("제목: RE: 활동지원 관련 문의")
	w.nl()
	w.para("안녕하세요, ", w.org.name, " 장애인복지과 ", keep("official", dr.name), " ", dr.rank, "입니다.")
	w.para("문의하신 ", w.nm(child), " 님의 추가급여는 국민연금공단 종합조사를 다시 받으셔야 하며, 신청은 ", w.center(), "에서 하실 수 있습니다. 서류는 ", keep("statute", "「장애인활동 지원에 관한 법률 시행규칙」 별지 제1호서식"), "을 참고하시기 바랍니다.")
	w.para("문의: ", keep("office_phone", w.officePhone(w.org)))
}

func disabilityNotice(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame("장애인복지과", "2024년 장애인활동지원 급여 단가 변경 안내")
	w.head(f, []seg{plain("수신자 참조")})
	w.para("1. ", statute("장애인활동 지원에 관한 법률", 20, ""), " 및 보건복지부 고시에 따라 ", w.when(), "부터 적용되는 활동지원 급여 단가를 아래와 같이 알려드립니다.")
	w.bandTable([]string{"활동보조(시간)", "방문목욕(회)", "방문간호(30분 미만)", "방문간호(60분 이상)", "가산급여(시간)"}, 1400, 9000)
	w.para("2. 각 ", w.center(), "와 제공기관은 수급자 안내에 만전을 기하여 주시기 바랍니다.")
	w.para("3. 기타 문의는 보건복지상담센터(", w.callCentre(), ")로 하여 주시기 바랍니다.")
	w.line("붙임  급여 단가표 1부.  끝.")
	w.foot(f)
}

// 기초생활수급 변동

func livelihoodExport(w *writer) {
	w.setup(false, srcExport, srcExport, srcHWP)
	f := w.newFrame(w.pick("복지정책과", "생활보장과"), w.pick("국민기초생활보장 수급자 변동 보고", "수급자 책정·변동 내역 보고", "3월 수급자 변동자 명단"))
	w.head(f, nil)
	w.para("1. 행복e음 시스템 변동 내역을 아래와 같이 보고합니다.")
	w.para("2. 변동 내역 (행복e음 엑셀 내려받기)")
	ps := w.people(4+w.r.IntN(6), w.one(adult, elder), "")
	reasons := []string{"소득 증가", "사망", "전출", "재산 변동", "부양의무자 변동", "신규 책정", "가구원 변동"}
	hs := [][]string{{"연번", "세대주", "주민등록번호", "변동사유", "변동일", "급여종류"}, {"No", "성명", "주민번호", "사유", "변동일자", "급여"}}[w.r.IntN(2)]
	w.txt(strings.Join(hs, ",") + "\n")
	for i, p := range ps {
		id := w.rrn(p)
		if w.chance(0.3) {
			// The spreadsheet dropped the hyphen and kept the number as text.
			id = personal(tRRN, w.rrnValue(p), "+nosep")
		}
		w.put("table:"+hs[1]+"+csv", fmt.Sprint(i+1), ",", w.nm(p), ",")
		w.put("table:"+hs[2]+"+csv", id, ",")
		w.put("body", w.pick(reasons...), ",", w.when(), ",", w.pick("생계·의료", "주거", "교육", "생계·주거·의료"))
		w.nl()
	}
	w.nl()
	w.para("3. 급여 중지 대상자에게는 ", statute("국민기초생활 보장법", 29, ""), "에 따라 개별 통지하였습니다.")
	w.foot(f)
}

func livelihoodStop(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcScan, srcHWPX)
	f := w.newFrame(w.pick("복지정책과", "생활보장과"), w.pick("맞춤형급여 변경(중지) 통지", "기초생활보장 급여 변경 결정 통지"))
	head := w.citizen(w.one(adult, elder))
	w.head(f, w.toCitizen(head))
	w.para("1. ", statute("국민기초생활 보장법", 29, "제1항"), "에 따라 귀 가구의 급여가 아래와 같이 변경되었음을 알려드립니다.")
	var members []*person
	var rels []string
	for i := 0; i < 1+w.r.IntN(3); i++ {
		if i == 0 && w.chance(0.5) {
			members, rels = append(members, w.citizen(adult)), append(rels, "배우자")
			continue
		}
		members, rels = append(members, w.relative(head.sur, w.one(youth, child, adult))), append(rels, w.pick("자녀", "자녀", "손자녀"))
	}
	var spouse *person
	if w.chance(0.4) {
		spouse = w.foreigner(w.pick("VNM", "CHN", "PHL", "KHM"))
	}
	w.line(w.pick("  가. 가구원", "가. 가구원 현황"))
	w.put("list+"+lsComma, "  ", w.nm(head), "(본인)")
	for i, m := range members {
		w.put("list+"+lsComma, ", ", w.nm(m), "(", rels[i], ")")
	}
	w.nl()
	if spouse != nil {
		w.put("body", "  ※ 결혼이민자 ", w.nm(spouse), "(", spouse.nat.ko, ", 외국인등록번호 ")
		w.put("body", w.rrn(spouse), ")는 ", w.when(), " 가구원으로 추가")
		w.nl()
	}
	w.line(w.pick("  나. 변경 내용", "나. 변경내용"))
	w.kvBlock(
		fld("변경 사유", w.pick("근로소득 증가", "부양의무자 소득 확인", "금융재산 조사 결과", "자동차 소유")),
		fld("변경 전 급여", w.amount(30000, 160000)),
		fld("변경 후 급여", w.amount(0, 120000)),
		fld("적용일", w.when()),
	)
	if w.chance(0.6) {
		w.put("kv:급여계좌", w.pick("  다. 급여 입금 계좌: ", "  ※ 입금계좌: "), w.accountSegs())
		w.nl()
	}
	if len(members) > 0 {
		m := members[0]
		w.para("이 통지는 세대주 ", w.nm(head), "에게 보내며, 가구원 ", w.nm(m), "도 같은 날부터 변경된 급여를 받습니다.")
	}
	w.para("2. 이 처분에 이의가 있으면 통지를 받은 날부터 90일 이내에 ", w.center(), "를 거쳐 이의신청을 할 수 있습니다.")
	w.contact(f)
	w.foot(f)
}

func livelihoodCaseNote(w *writer) {
	w.setup(false, srcScan, srcScan, srcHWP)
	f := w.newFrame("복지정책과", w.pick("통합사례관리 상담일지", "위기가구 방문 상담 결과", "사례회의 결과 보고"))
	w.head(f, nil)
	p := w.citizen(elder)
	p.ctx = "+health"
	son := w.citizen(adult)
	w.kvBlock(
		fld("상담일시", w.when(), " ", w.clock()),
		fld("상담장소", w.pick("대상자 자택", "주민센터 상담실", "전화 상담")),
		fld("대상자", w.nm(p), " (", w.birthDate(p), ", ", fmt.Sprintf("%d세", 2024-p.y), ")"),
		fld("주소", w.addrSeg(w.homeOf(p))),
	)
	w.nl()
	w.line("□ 상담 내용")
	w.para("○ ", w.nm(p), w.pick(josa(p.name, "은/는")+" ", " 어르신은 ", "님은 "), w.pick("치매 초기 진단을 받았으며", "당뇨와 고혈압으로 투약 중이며", "작년 낙상 이후 거동이 불편하며"), " 혼자 거주하고 있음. 월세 ", w.amount(20000, 45000), "이 ", fmt.Sprint(2+w.r.IntN(5)), "개월 밀려 있음.")
	w.para("○ 아들 ", w.nm(son), "(", w.mobile(son), ")", w.pick(josa(son.name, "은/는")+" 연락이 잘 되지 않음.", josa(son.name, "과/와")+" 통화하였으나 부양이 어렵다고 함.", josa(son.name, "은/는")+" 지방에 거주하며 가끔 방문함."))
	if w.chance(0.5) {
		w.para("○ 자택 전화 ", w.landline(p), "는 요금 미납으로 정지됨.")
	}
	w.line("□ 조치 계획")
	w.para("○ 긴급지원(생계) 신청 및 ", w.clinic(), " 방문 진료 연계. 다음 방문 예정일 ", w.when(), ".")
	w.foot(f)
}

func livelihoodStats(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcExport)
	f := w.newFrame("복지정책과", "국민기초생활보장 수급자 현황 보고")
	w.head(f, nil)
	w.para("1. ", w.when(), " 기준 동별 수급자 현황을 아래와 같이 보고합니다.")
	var rows [][][]seg
	for i := 0; i < 5+w.r.IntN(4); i++ {
		rows = append(rows, [][]seg{cell(w.center()), cell(fmt.Sprint(100 + w.r.IntN(900))), cell(fmt.Sprint(50 + w.r.IntN(500))), cell(fmt.Sprintf("%d.%d%%", w.r.IntN(6), w.r.IntN(10)))})
	}
	w.table(table{heads: []string{"동", "가구", "인원", "증감률"}, rows: rows})
	w.para("2. 2024년 기준 중위소득 4인 가구 ", w.amount(500000, 600000), ", 생계급여 선정기준 ", w.amount(170000, 190000), "을 적용하였습니다.")
	w.para("3. 관련: ", statute("국민기초생활 보장법", 8, "제2항"), ", 예산과목 ", w.budgetCode())
	w.foot(f)
}

// 청소년 보호 시설 입소

func shelterReferral(w *writer) {
	w.setup(false, srcHWP, srcScan, srcPDF, srcHWPX)
	f := w.newFrame(w.pick("아동청소년과", "가족정책과"), w.pick("청소년쉼터 입소 의뢰", "위기청소년 일시보호 의뢰서", "청소년 보호시설 입소 요청"))
	w.head(f, []seg{keep("org", w.pick("강북청소년상담복지센터", "마포구립 청소년쉼터", "서울시립 청소년일시쉼터")), plain("장")})
	y := w.citizen(youth)
	y.ctx = w.pick("+criminal", "+health", "")
	parent := w.citizen(adult)
	w.para("1. ", statute("청소년복지 지원법", 31, ""), "에 따라 아래 청소년의 보호를 의뢰합니다.")
	w.formTable(2,
		fld("성명", w.nmv(y)),
		fld("성별", w.pick("남", "여")),
		fld("생년월일", w.birthDate(y)),
		fld("학교", keep("place", w.pick("성서중학교", "정릉고등학교", "상계중학교", "학교 밖 청소년"))),
		fld("보호자", w.nm(parent), " ("+w.pick("부", "모", "조모")+")"),
		fld("보호자 연락처", w.mobile(parent)),
		fld("주소", w.addrSeg(w.homeOf(parent))),
		fld("청소년 연락처", w.mobile(y)),
	)
	w.line(w.pick("2. 의뢰 사유", "□ 의뢰 사유"))
	switch y.ctx {
	case "+criminal":
		w.para("   ", w.nm(y), josa(y.name, "은/는")+" ", w.when(), " 편의점 절도 건으로 ", keep("place", "마포경찰서"), "에서 조사를 받았으며 보호처분(1호) 결정 후 귀가를 거부하고 있음.")
	case "+health":
		w.para("   ", w.nm(y), josa(y.name, "은/는")+" ", "자해 흔적이 있어 ", w.clinic(), " 정신건강 상담을 받고 있으며, 보호자와의 갈등으로 가출을 반복함.")
	default:
		w.para("   보호자 ", w.nm(parent), "의 음주 후 폭언으로 ", w.nm(y), "이(가) 귀가를 원하지 않으며, 아동보호전문기관과 협의함.")
	}
	w.para("3. 입소 희망일: ", w.when(), ", 담당: ", keep("position", "청소년팀 주무관"), " ", keep("office_phone", w.officePhone(w.org)))
	w.foot(f)
}

func shelterRoster(w *writer) {
	w.setup(false, srcHWPX, srcHWP, srcPDF)
	f := w.newFrame("아동청소년과", w.pick("청소년쉼터 입·퇴소 현황 보고", "분기별 쉼터 입소자 현황"))
	w.head(f, nil)
	w.para("1. ", w.pick("1분기", "2분기", "3분기", "4분기"), " 청소년쉼터 입·퇴소 현황을 아래와 같이 보고합니다.")
	ps := w.people(3+w.r.IntN(5), youth, "")
	w.roster(ps, []col{
		{id: "no", head: "번호"},
		{id: "name", head: w.nameHead("입소자", "청소년명")},
		{id: "sex", head: "성별"},
		{id: "birth", head: w.pick("생년월일", "출생일")},
		{id: "in", head: "입소일", f: func(int, *person) []seg { return cell(w.when()) }},
		{id: "by", head: "의뢰기관", f: func(int, *person) []seg {
			return cell(keep("org", w.pick("마포경찰서", "1388 청소년상담전화", "아동보호전문기관", "학교", "본인 내방")))
		}},
		{id: "note", head: "비고"},
	}, "")
	w.para("2. 퇴소자 중 ", fmt.Sprint(1+w.r.IntN(3)), "명은 가정 복귀, 나머지는 중장기쉼터로 연계하였습니다.")
	w.foot(f)
}

func shelterStatement(w *writer) {
	w.setup(false, srcScan, srcScan, srcHWP)
	y := w.citizen(youth)
	y.ctx = w.pick("+criminal", "")
	friend := w.citizen(youth)
	friend.ctx = y.ctx
	w.staff()
	w.line(w.pick("진  술  서", "진 술 서", "진술서"))
	w.nl()
	w.kvBlock(
		fld("성명", w.nmv(y)),
		fld("생년월일", w.birthDate(y)),
		fld("주소", w.addrSeg(w.homeOf(y))),
		fld("연락처", w.mobile(y)),
	)
	w.nl()
	w.para("저는 ", w.when(), " 밤에 집을 나와서 친구 ", w.nm(friend), w.pick("네 집에서", "와 함께 PC방에서"), " 지냈습니다. 아빠가 술을 마시면 소리를 지르고 물건을 던져서 무서웠습니다.")
	if y.ctx == "+criminal" {
		w.para(w.nm(friend), josa(friend.name, "이/가")+" ", "편의점에서 물건을 가져오자고 해서 같이 들어갔는데 ", w.nm(y, "+self"), josa(y.name, "은/는")+" 망만 봤습니다. 잘못했다고 생각합니다.")
	} else {
		w.para("쉼터에 있으면서 검정고시 준비를 하고 싶습니다. 연락은 ", w.pick("친구 폰", "제 폰"), " ", w.mobile(friend), "으로 하면 됩니다.")
	}
	w.para("위 내용은 사실과 다름이 없습니다.")
	w.signBlock("진술인", y)
	w.line("확인자: ", keep("position", w.pick("쉼터 상담원", "담당 주무관", "청소년동반자")))
}

func shelterReport(w *writer) {
	w.setup(false, srcHWP, srcPDF)
	f := w.newFrame("아동청소년과", "청소년쉼터 운영 현황 및 지원 계획")
	w.head(f, nil)
	w.para("1. 현황: 관내 청소년쉼터 ", fmt.Sprint(2+w.r.IntN(3)), "개소(정원 ", fmt.Sprint(20+w.r.IntN(30)), "명), ", w.when(), " 기준 입소 ", fmt.Sprint(10+w.r.IntN(20)), "명")
	w.para("2. 지원 내용: 운영비 ", w.amount(1000000, 9000000), ", 급식비 1인 1일 ", w.amount(800, 1200))
	w.para("3. 근거: ", statute("청소년복지 지원법", 31, ""), ", ", statute("청소년복지 지원법", 32, ""))
	w.para("4. 협력기관: ", keep("org", "강북청소년상담복지센터"), ", ", keep("place", "마포경찰서"), " 여성청소년과, 청소년전화 ", keep("call_centre", "1388"))
	w.foot(f)
}

// 공공근로 참여자 선정

func worksSelection(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX, srcDOCX)
	f := w.newFrame("일자리경제과", w.pick("2024년 1단계 공공근로사업 참여자 선정 결과", "지역공동체 일자리사업 참여자 확정", "공공근로 참여자 선정 및 배치 계획"))
	w.head(f, nil)
	w.para("1. ", w.noticeNo(), "에 따라 접수한 참여 신청자 중 선정 기준에 따라 아래와 같이 참여자를 선정하였습니다.")
	w.para("2. 사업기간: ", w.period(), " / 예산: ", w.budgetCode(), " ", w.amount(3000000, 90000000))
	w.line("3. 선정자 명단")
	ps := w.people(4+w.r.IntN(6), w.one(adult, elder), "")
	top := ""
	if w.chance(0.4) {
		top = "인적사항"
	}
	place := func(int, *person) []seg { return cell(w.facility()) }
	cols := []col{{id: "no", head: "연번"}, {id: "name", head: w.nameHead("참여자", "선정자"), top: top}, {id: "birth", head: "생년월일", top: top}}
	if w.chance(0.5) {
		cols = append(cols, col{id: "age", head: "나이", top: top})
	}
	cols = append(cols, col{id: "tel", head: w.pick("연락처", "휴대전화")}, col{id: "biz", head: "사업명", f: func(int, *person) []seg {
		return cell(w.pick("공원 환경정비", "행정 도우미", "경로당 안전점검", "불법광고물 정비", "전통시장 방역"))
	}}, col{id: "at", head: "배치장소", f: place}, col{id: "note", head: "비고"})
	w.roster(ps, cols, "")
	w.para("※ 안전교육 위탁: ", w.company(), " (계약번호 ", w.contractNo(), ", 사업자등록번호 ", w.bizNo(), ")")
	w.para("4. 선정자에게는 개별 문자로 안내하였으며, 안전교육은 ", w.when(), " ", w.clock(), " ", w.facility(), "에서 실시합니다.")
	w.foot(f)
}

func worksPayroll(w *writer) {
	w.setup(false, srcHWP, srcExport, srcDOCX)
	f := w.newFrame("일자리경제과", w.pick("공공근로 참여자 인건비 지급", "3월분 공공근로 임금 지급 결의"))
	w.head(f, nil)
	w.para("1. ", w.when(), "분 공공근로사업 참여자 인건비를 아래와 같이 지급하고자 합니다.")
	w.para("2. 지급총액: ", w.amount(1000000, 9000000), " (예산과목: ", w.budgetCode(), ")")
	w.line("3. 지급 내역")
	ps := w.people(3+w.r.IntN(6), w.one(adult, elder), "")
	w.roster(ps, []col{
		{id: "no", head: "번호"},
		{id: "name", head: w.nameHead("예금주", "수령인")},
		{id: "bank", head: "은행"},
		{id: "acct", head: "계좌번호"},
		{id: "days", head: "근무일수", f: func(int, *person) []seg { return cell(fmt.Sprint(10 + w.r.IntN(12))) }},
		{id: "pay", head: "지급액", f: func(int, *person) []seg { return cell(w.amount(50000, 180000)) }},
	}, "")
	w.para("4. 출금계좌: ", w.feeAccount())
	w.foot(f)
}

func worksDrivers(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcScan)
	f := w.newFrame(w.pick("청소행정과", "일자리경제과"), w.pick("공공근로(운전원) 참여자 자격 확인", "재활용 수거차량 운전원 선발 결과"))
	w.head(f, nil)
	w.para("1. 공공근로 운전원 응시자의 운전면허 자격을 ", keep("org", "도로교통공단"), " 운전면허 정보 검증 시스템으로 확인한 결과를 보고합니다.")
	ps := w.people(2+w.r.IntN(4), adult, "")
	w.roster(ps, []col{
		{id: "no", head: "연번"},
		{id: "name", head: w.nameHead("응시자")},
		{id: "birth", head: "생년월일"},
		{id: "lic", head: w.pick("운전면허번호", "면허번호"), f: func(int, *person) []seg { return cell(w.licence()) }},
		{id: "cls", head: "종별", f: func(int, *person) []seg { return cell(w.pick("1종 대형", "1종 보통", "2종 보통")) }},
		{id: "ok", head: "결과", f: func(int, *person) []seg { return cell(w.pick("적격", "적격", "부적격(정지)")) }},
	}, "")
	p := ps[0]
	w.para("2. ", w.nm(p), w.pick(" 응시자는", "님은"), " 면허 갱신 기간이 ", w.when(), "까지이므로 채용 전 갱신 여부를 다시 확인할 예정입니다.")
	w.foot(f)
}

func worksRecruit(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame("일자리경제과", "2024년 2단계 공공근로사업 참여자 모집 공고")
	w.line(w.noticeNo())
	w.line(f.title)
	w.nl()
	w.para("생활이 어려운 주민에게 일자리를 제공하기 위하여 다음과 같이 공공근로사업 참여자를 모집합니다.")
	w.line(w.pick("", "  "), w.when(), " "+w.org.head)
	w.kvBlock(
		fld("사업기간", w.period()),
		fld("모집인원", fmt.Sprintf("%d명", 20+w.r.IntN(80))),
		fld("근로조건", "1일 4~5시간, 시급 ", w.amount(980, 1000), ", 부대경비 1일 ", w.amount(500, 800)),
		fld("신청장소", "주소지 관할 ", w.center()),
		fld("문의", f.dept, " ", keep("office_phone", w.officePhone(w.org)), " 또는 다산콜센터 ", w.callCentre()),
	)
	w.para("※ 선정 제외: 기초생활수급자(생계급여), 실업급여 수급자, 세대원 중 공무원이 있는 가구 등 (", statute("지방자치단체 공공근로사업 운영지침", 5, ""), ")")
	w.para("※ 개인정보 수집·이용 동의서는 신청서와 함께 제출하여야 합니다.")
}

// 자원봉사자 활동 실적

func volunteerExport(w *writer) {
	w.setup(false, srcExport, srcExport, srcDOCX)
	f := w.newFrame(w.pick("자치행정과", "자원봉사센터"), w.pick("자원봉사 활동실적 확인", "1365 봉사실적 일괄 등록 결과", "하반기 자원봉사자 활동 내역"))
	w.head(f, nil)
	w.para("1. 1365 자원봉사포털에서 내려받은 활동실적을 아래와 같이 확인합니다.")
	ps := w.people(4+w.r.IntN(6), w.one(adult, youth), "")
	lostZero := w.chance(0.4)
	hs := [][]string{{"봉사자명", "생년월일", "휴대전화", "이메일", "활동일", "인정시간"}, {"이름", "생년월일", "연락처", "E-mail", "활동일자", "시간"}}[w.r.IntN(2)]
	w.txt(strings.Join(hs, ",") + "\n")
	for _, p := range ps {
		ph := w.mobile(p)
		if lostZero {
			// A spreadsheet read the number as a number and dropped the 0.
			ph = personal(tMobile, p.mobile[1:], "+lost_zero")
		}
		w.put("table:"+header(hs[0])+"+csv", w.nm(p), ",")
		w.put("table:"+header(hs[1])+"+csv", w.birthDate(p), ",")
		w.put("table:"+header(hs[2])+"+csv", ph, ",")
		w.put("table:"+header(hs[3])+"+csv", personal(tEmail, w.emailFor(p)), ",")
		w.put("body", w.when(), ",", fmt.Sprint(1+w.r.IntN(8)))
		w.nl()
	}
	w.nl()
	w.para("2. 활동처: ", w.facility(), " / 총 인정시간 ", fmt.Sprint(20+w.r.IntN(200)), "시간")
	w.foot(f)
}

func volunteerAward(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame("자치행정과", w.pick("우수 자원봉사자 구청장 표창 추천", "자원봉사 인증서 발급 대상자 알림"))
	w.head(f, nil)
	w.para("1. 자원봉사 누적시간 ", fmt.Sprint(100*(1+w.r.IntN(5))), "시간 이상 봉사자를 아래와 같이 추천합니다.")
	ps := w.people(3+w.r.IntN(4), adult, "")
	w.put("body", w.pick("2. 추천 대상: ", "2. 대상자("+fmt.Sprint(len(ps))+"명): "))
	w.list(w.listStyle(), w.nameItems(ps, func(p *person) []seg {
		if w.chance(0.3) {
			return []seg{plain("(" + w.dongName() + ")")}
		}
		return nil
	}))
	w.nl()
	p := ps[w.r.IntN(len(ps))]
	w.para("3. 특히 ", w.nm(p), w.pick(" 봉사자는 ", "님은 ", " 씨는 "), w.facility(), "에서 ", fmt.Sprint(3+w.r.IntN(15)), "년간 급식 봉사를 해 왔으며, 추천인 ", keep("position", "동장"), "의 의견서를 붙임과 같이 제출합니다.")
	w.line("붙임  1. 추천서 1부.  2. 공적조서 1부.  끝.")
	w.foot(f)
}

func volunteerMail(w *writer) {
	w.setup(false, srcMail)
	dr, _ := w.staff()
	v := w.citizen(w.one(adult, youth))
	w.mailHead([]seg{plain(w.org.name + " 자원봉사센터 <"), w.mailbox(), plain(">")}, w.addressee(v), w.pick("[자원봉사센터] 봉사시간 인증 관련 안내", "RE: 봉사확인서 재발급 요청"))
	w.para(w.nm(v), w.pick("님 안녕하세요.", " 님, 안녕하세요."))
	w.para("요청하신 봉사확인서를 첨부하여 드립니다. 확인서의 생년월일(", w.birthDate(v), ")이 틀린 경우 회신 주시기 바랍니다.")
	w.para("센터 담당 ", keep("official", dr.name), " 드림 / ", keep("office_phone", w.officePhone(w.org)))
	w.nl()
	w.line("> -----Original Message-----")
	w.put("email:From", "> From: ", w.addressee(v))
	w.nl()
	w.quoteLine("안녕하세요 지난달 ", w.facility(), "에서 봉사한 ", w.nm(v), "입니다.")
	w.quoteLine("확인서가 필요해서요. 휴대폰 ", w.mobile(v), " 입니다.")
}

func volunteerGuide(w *writer) {
	w.setup(false, srcHWP, srcPDF)
	f := w.newFrame("자치행정과", "자원봉사 활동시간 인정 기준 안내")
	w.head(f, []seg{plain("수신자 참조(각 동장)")})
	w.para("1. ", statute("자원봉사활동 기본법", 14, ""), " 및 1365 자원봉사포털 운영지침에 따라 활동시간 인정 기준을 아래와 같이 알려드립니다.")
	w.table(table{heads: []string{"구분", "인정 기준", "비고"}, rows: [][][]seg{
		{cell("일반 활동"), cell("실제 활동시간"), cell("1일 최대 8시간")},
		{cell("교육 참여"), cell("교육시간의 50%"), cell(keep("word", "최초"), " 1회")},
		{cell("재난 지원"), cell("실제 활동시간"), cell(keep("word", "이동"), " 시간 포함")},
	}})
	w.para("2. 문의: ", f.dept, " ", keep("office_phone", w.officePhone(w.org)), ", 자원봉사센터 ", keep("org_phone", w.orgPhone()))
	w.foot(f)
}
