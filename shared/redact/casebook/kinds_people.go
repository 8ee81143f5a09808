package casebook

import (
	"fmt"
)

// spokenMobile is a mobile number as a transcript renders speech: the
// groups joined by 에 ("공일공에…").
func (w *writer) spokenMobile(p *person) seg {
	d := p.mobile
	return personal(tMobile, d[:3]+"에 "+d[3:7]+"에 "+d[7:], "+spoken")
}

// spokenBirth is a date of birth as said aloud.
func (w *writer) spokenBirth(p *person) seg {
	return personal(tBirth, fmt.Sprintf("%02d년 %d월 %d일", p.y%100, p.m, p.d), "+spoken")
}

// 민원 녹취록

func callTranscript(w *writer) {
	w.setup(false, srcHWP, srcExport, srcDOCX)
	w.staff()
	p := w.citizen(adult)
	mother := w.citizen(elder)
	mother.ctx = "+health"
	agent := w.pick("상담사", "상담원", "민원상담관")
	who := w.pick(spColon, spParen, spBracket, "role")
	w.line(w.pick("민원 통화 녹취록", "[녹취록] 민원 상담 통화", "전화민원 녹취 내용"))
	w.line("일시: ", w.when(), " ", w.clock(), " / 통화시간 ", fmt.Sprint(3+w.r.IntN(20)), "분 / 녹취번호 ", w.receiptNo())
	w.nl()
	say := func(citizen bool, text ...any) {
		if !citizen {
			w.turn(spColon, agent, nil, text...)
			return
		}
		switch who {
		case "role":
			w.line(append([]any{"민원인: "}, text...)...)
		case spParen:
			w.turn(spParen, "민원인", p, text...)
		default:
			w.turn(who, "", p, text...)
		}
	}
	say(false, "네, ", w.org.name, "청 민원상담실입니다.")
	say(true, "네 저 ", w.dongName(), " 사는 ", w.nm(p), "인데요, 우리 어머니 때문에 전화 드렸어요.")
	say(false, "네 ", w.nm(p), " 님, 어떤 일로 전화 주셨어요?")
	say(true, "어머니 ", w.nm(mother), w.pick(" 씨가", "께서"), " ", w.pick("치매 진단을 받으셨는데", "지난달에 뇌졸중으로 쓰러지셨는데", "투석을 받고 계신데"), " 장기요양 신청을 어디서 하는지 몰라서요.")
	say(false, "어머님 혼자 사세요?")
	say(true, "아니요, 어머니 ", w.nm(mother), "만 계신 게 아니고 제가 같이 살아요.")
	say(false, "본인 확인을 위해 어머님 생년월일 말씀해 주시겠어요?")
	say(true, w.spokenBirth(mother), "이요.")
	say(false, "연락 받으실 번호는요?")
	if w.chance(0.6) {
		say(true, w.spokenMobile(p), "요.")
	} else {
		say(true, w.mobile(p), " 이요.")
	}
	say(false, "주소도 확인 부탁드립니다.")
	say(true, w.addrSeg(w.homeOf(mother)), "요. 제가 모시고 살아요.")
	say(false, "확인되었습니다. 장기요양 인정 신청은 ", keep("org", "국민건강보험공단"), "(", keep("call_centre", "1577-1000"), ")에서 하시고, 돌봄 서비스는 ", w.center(), "로 연결해 드리겠습니다.")
	say(true, "네 감사합니다.")
	w.nl()
	w.line("※ 상담 결과: ", w.pick("유관기관 안내", "부서 이관(노인복지과)", "현장 방문 요청"))
}

func visitTranscript(w *writer) {
	w.setup(false, srcHWP, srcScan, srcHWPX)
	f := w.newFrame(w.pick("민원여권과", "고객만족과", "환경과"), w.pick("방문 민원 면담 녹취록", "층간소음 갈등 조정 면담 기록", "민원 면담 결과 보고"))
	w.head(f, nil)
	a, b := w.citizen(adult), w.citizen(adult)
	if w.chance(0.3) {
		b = w.foreigner("")
	}
	style := w.pick(spBracket, spBracket, spColon, spCircle)
	w.kvBlock(
		fld("일시", w.when(), " ", w.clock()),
		fld("장소", w.facility(), " 상담실"),
	)
	w.put("body", "참석: 민원인 ", w.nm(a), ", 상대방 ", w.nmv(b), ", ", keep("position", w.pick("조정위원", "주무관", "환경과 팀장")))
	w.nl()
	w.nl()
	w.turn(style, "", a, "위층에서 밤마다 쿵쿵거려서 잠을 못 잡니다. 제가 ", w.pick("공황장애 약을 먹고 있어서", "야간 근무를 해서"), " 정말 힘들어요.")
	w.turn(style, "", b, "저희 집엔 아이가 둘 있어서 조심하고 있는데 너무 자주 올라오세요. 경찰도 불렀잖아요.")
	w.turn(style, w.pick("조정위원", "주무관"), nil, "두 분 연락처를 확인하겠습니다. 합의 내용은 문자로 보내드립니다.")
	w.turn(style, "", a, w.mobile(a), "입니다. 집 전화는 ", w.landline(a), "예요.")
	w.turn(style, "", b, "저는 ", w.mobile(b), "요.")
	w.nl()
	w.para("□ 결과: 매트 설치 및 22시 이후 주의, ", w.when(), " 재면담. ", keep("org", "국가소음정보시스템"), " 층간소음 이웃사이센터(", keep("call_centre", "1661-2642"), ") 안내")
	w.foot(f)
}

func kakaoCapture(w *writer) {
	w.setup(false, srcExport, srcHWP, srcMail)
	f := w.newFrame(w.pick("민원여권과", "일자리경제과", "지역경제과"), w.pick("국민신문고 민원(중고거래 사기 피해) 처리", "민원 첨부자료(카카오톡 대화) 정리"))
	w.head(f, nil)
	v, s := w.citizen(adult), w.citizen(adult)
	s.ctx = "+criminal"
	w.line("1. 민원 요지")
	w.para("민원인 ", w.nm(v), josa(v.name, "은/는")+" ", "중고거래 앱에서 유모차를 사려고 판매자에게 돈을 보냈으나 물건을 받지 못했다며 판매자 정보를 공개해 달라고 요청함.")
	w.line("2. 첨부 대화 (민원인 제출, 원문 그대로)")
	day := fmt.Sprintf("%d년 %d월 %d일", 2023+w.r.IntN(3), 1+w.r.IntN(12), 1+w.r.IntN(28))
	b, acct := w.account()
	lines := []struct {
		who  *person
		text []any
	}{
		{v, []any{"안녕하세요 유모차 아직 있나요?"}},
		{s, []any{"네 있어요 택배 가능해요"}},
		{s, []any{"못 믿으시면 신분증 보내드릴게요 운전면허 ", w.licence(), " 생일 ", w.birthDate(s)}},
		{s, []any{b + " ", acct, " ", w.nm(s), " 으로 보내주세요"}},
		{v, []any{"보냈습니다 제 번호 ", w.mobile(v), " 이에요"}},
		{s, []any{"네 내일 발송할게요"}},
		{v, []any{w.nm(s), "님 왜 연락이 안 되세요?"}},
	}
	ts := w.clocks(len(lines))
	for k, l := range lines {
		t := ts[k]
		switch w.r.IntN(2) {
		case 0:
			w.put("message", keep("date", day), " ", t, ", ", w.nm(l.who), " : ")
		default:
			w.put("message", "[", w.nm(l.who), "] [", t, "] ")
		}
		w.put("message", l.text...)
		w.nl()
	}
	w.line("3. 처리 결과")
	w.para("판매자 정보는 ", statute("개인정보 보호법", 18, ""), "에 따라 제공할 수 없으며, 사기 피해는 ", keep("place", "관할 경찰서"), " 또는 사이버범죄 신고시스템(ECRM)에 신고하도록 안내함. 피해금 지급정지는 송금한 은행 고객센터(", keep("call_centre", w.pick("1588-9999", "1599-3333", "1644-4000")), ")에 요청하도록 함.")
	w.foot(f)
}

func complaintManual(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcDOCX)
	f := w.newFrame("민원여권과", "전화 민원 응대 매뉴얼(개정)")
	w.head(f, nil)
	w.para("1. 개정 사유: 특이민원 증가에 따라 ", statute("민원 처리에 관한 법률", 4, ""), " 및 같은 법 시행령 제4조의2에 따른 보호조치를 반영함.")
	w.line("2. 응대 예시")
	w.turn(spColon, "상담사", nil, "네, ", w.org.name, "청 민원상담실 ", keep("position", "상담사"), "입니다.")
	w.line("민원인: (", keep("masked", "홍○○"), ") 지난주에 신청한 건 어떻게 됐어요?")
	w.turn(spColon, "상담사", nil, "본인 확인을 위해 생년월일 앞자리를 말씀해 주시겠어요? 확인 후 담당 부서로 연결해 드리겠습니다.")
	w.para("3. 녹취 고지: 통화 내용은 ", statute("민원 처리에 관한 법률 시행령", 4, "의2"), "에 따라 녹음될 수 있음을 안내한다.")
	w.para("4. 개인정보는 녹취록에 ", keep("masked", "010-****-1234"), ", ", keep("masked", "800101-1******"), "과 같이 가려서 적는다.")
	w.para("5. 문의: 다산콜센터 ", w.callCentre(), ", ", f.dept, " ", keep("office_phone", w.officePhone(w.org)))
	w.foot(f)
}

// 외국인 계절근로자

func seasonalRoster(w *writer) {
	w.setup(true, srcHWP, srcPDF, srcExport, srcScan)
	f := w.newFrame(w.pick("농업정책과", "농업기술센터 농촌지원과", "일자리경제과"), w.pick("외국인 계절근로자 입국 명단 및 농가 배정", "공공형 계절근로 근로자 배정 현황", "계절근로자 외국인등록 신청 명단"))
	w.head(f, nil)
	nat := w.pick("VNM", "PHL", "KHM", "UZB", "NPL", "THA", "IDN", "MNG")
	w.para("1. ", keep("org", "법무부 "+w.pick("서울출입국·외국인청", "춘천출입국·외국인사무소", "청주출입국·외국인사무소")), " 사증 발급(E-8)에 따라 입국한 계절근로자를 아래와 같이 농가에 배정합니다.")
	w.para("2. 입국일: ", w.when(), " / 체류기간: 5개월 / 송출기관: ", keep("org", w.pick("베트남 노동보훈사회부", "필리핀 이주노동부", "캄보디아 노동부", "우즈베키스탄 이주청")))
	var ps []*person
	for i := 0; i < 3+w.r.IntN(5); i++ {
		ps = append(ps, w.foreigner(nat))
	}
	farmers := w.people(1+w.r.IntN(2), w.one(adult, elder), "+employer")
	var farms []addr
	for range farmers {
		farms = append(farms, w.farm())
	}
	cols := []col{
		{id: "no", head: "연번"},
		{id: "namelat", head: w.pick("성명(영문)", "Name", "성명")},
		{id: "namehan", head: w.pick("성명(한글)", "한글성명")},
		{id: "sex", head: "성별"},
		{id: "birth", head: "생년월일", f: func(i int, p *person) []seg {
			if w.chance(0.4) {
				return cell(w.birthLatin(p))
			}
			return cell(w.birthDate(p))
		}},
		{id: "passport", head: w.pick("여권번호", "Passport No.")},
	}
	if w.chance(0.7) {
		cols = append(cols, col{id: "frn", head: "외국인등록번호"})
	}
	cols = append(cols, col{id: "farm", head: w.pick("고용농가", "배정 농가(농가주)"), f: func(i int, p *person) []seg {
		return cell(w.nm(farmers[i%len(farmers)]))
	}})
	if w.chance(0.5) {
		cols = append(cols, col{id: "farmaddr", head: "농가 주소", f: func(i int, p *person) []seg {
			return cell(w.addrSeg(farms[i%len(farms)], "+farm"))
		}})
	}
	w.roster(ps, cols, "")
	w.para("3. 농가주 ", w.nm(farmers[0]), "(", w.mobile(farmers[0]), ")는 숙소 점검을 ", w.when(), "까지 마쳐야 합니다.")
	w.para("4. 근로자 통역 및 고충 상담: ", keep("org", "(사)한국외국인력지원센터"), " ", keep("call_centre", "1644-0644"))
	w.foot(f)
}

func seasonalDeparture(w *writer) {
	w.setup(true, srcHWP, srcScan, srcPDF)
	f := w.newFrame("농업정책과", w.pick("외국인 계절근로자 이탈 신고", "계절근로자 무단이탈 발생 보고", "계절근로자 근무처 변경 보고"))
	w.head(f, nil)
	p := w.foreigner(w.pick("VNM", "PHL", "KHM", "UZB", "NPL", "THA", "IDN"))
	farmer := w.citizen(w.one(adult, elder))
	farmer.ctx = "+employer"
	w.para("1. ", w.nm(farmer), w.pick(" 농가에", "(농가주) 농가에"), " 배정된 계절근로자의 이탈 사실을 아래와 같이 보고합니다.")
	w.formTable(2,
		fld("성명", w.nmLatin(p)),
		fld("한글 표기", w.nm(p)),
		fld("국적", p.nat.ko),
		fld("생년월일", w.birthLatin(p)),
		fld("여권번호", w.passport(p)),
		fld("외국인등록번호", w.rrn(p)),
		fld("휴대전화", w.mobile(p)),
		fld("근무지", w.addrSeg(w.farm(), "+farm")),
	)
	w.line("2. 경위")
	w.para("○ ", w.nm(p), w.pick(josa(p.name, "은/는")+" ", " 씨는 "), w.when(), " 아침 작업에 나오지 않았으며, 숙소에 여권과 짐이 없는 것을 농가주 ", w.nm(farmer), josa(farmer.name, "이/가")+" ", "확인하여 신고함.")
	w.para("○ 같은 숙소의 ", func() seg { q := w.foreigner(p.nat.code); return w.nm(q) }(), w.pick("에 따르면 ", "의 진술로는 "), "다른 지역 공장에 취업하겠다고 말했다고 함.")
	w.para("3. 조치: ", keep("org", "출입국·외국인청"), " 이탈 신고(", w.when(), "), 대체 인력 요청")
	w.foot(f)
}

func seasonalHealth(w *writer) {
	w.setup(true, srcPDF, srcScan, srcExport)
	f := w.newFrame(w.pick("보건소 건강증진과", "농업정책과"), w.pick("계절근로자 입국 후 건강검진 결과", "외국인 근로자 결핵 검진 결과 통보"))
	w.head(f, nil)
	nat := w.pick("VNM", "PHL", "UZB", "NPL", "THA")
	w.para("1. 입국한 계절근로자에 대한 건강검진(흉부 X선, 혈액검사) 결과를 아래와 같이 통보합니다.")
	var ps []*person
	for i := 0; i < 3+w.r.IntN(4); i++ {
		p := w.foreigner(nat)
		p.ctx = "+health"
		ps = append(ps, p)
	}
	w.roster(ps, []col{
		{id: "no", head: "No"},
		{id: "namelat", head: w.pick("NAME", "성명")},
		{id: "passport", head: w.pick("PASSPORT", "여권번호")},
		{id: "birth", head: "DOB", f: func(i int, p *person) []seg { return cell(w.birthLatin(p)) }},
		{id: "res", head: "결과", f: func(int, *person) []seg {
			return cell(w.pick("정상", "정상", "결핵 의심(재검)", "B형간염 보균", "고혈압 주의"))
		}},
	}, "")
	interp := w.citizen(adult)
	w.para("2. 재검 대상자는 ", w.clinic(), "에서 ", w.when(), " 재검사 예정이며, 통역은 ", w.nm(interp), "(", w.mobile(interp), ")이 지원합니다.")
	w.foot(f)
}

func seasonalPlan(w *writer) {
	w.setup(true, srcHWP, srcPDF)
	f := w.newFrame("농업정책과", "2024년 외국인 계절근로자 도입 계획")
	w.head(f, nil)
	w.para("1. 근거: ", keep("statute", "「출입국관리법」 제18조"), ", 법무부 계절근로 프로그램 운영 지침")
	var rows [][][]seg
	for _, n := range []string{"베트남", "필리핀", "캄보디아", "라오스"} {
		rows = append(rows, [][]seg{cell(n), cell(fmt.Sprint(10 + w.r.IntN(90))), cell(fmt.Sprint(5 + w.r.IntN(40)))})
	}
	w.table(table{heads: []string{"국가", "배정인원", "농가수"}, rows: rows})
	w.para("2. 소요예산: ", w.amount(1000000, 9000000), " (", w.budgetCode(), "), 숙소 지원 ", keep("place", "농촌인력지원센터"))
	w.para("3. 협약: ", keep("place", w.pick("베트남 타이빈성", "필리핀 일로일로주", "라오스 비엔티안")), "과 업무협약(MOU) 체결 ", w.when())
	w.foot(f)
}

// 감염병 역학조사

func epiInvestigation(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcScan, srcHWPX)
	f := w.newFrame(w.pick("보건소 감염병관리과", "보건행정과", "감염병대응팀"), w.pick("감염병 환자 역학조사 결과 보고", "기초역학조사서", w.pick("결핵", "홍역", "A형간염", "쯔쯔가무시증")+" 환자 역학조사 보고"))
	w.head(f, nil)
	p := w.citizen(w.one(adult, elder, youth))
	if w.chance(0.25) {
		p = w.foreigner("")
	}
	p.ctx = "+health"
	var fields []field
	fields = append(fields, fld("성명", w.nmv(p)), fld("성별/나이", w.pick("남", "여"), fmt.Sprintf("/%d세", 2024-p.y)), fld("생년월일", w.birthDate(p)))
	switch {
	case p.nat != nil:
		fields = append(fields, fld("국적", p.nat.ko), fld("외국인등록번호", w.rrn(p)))
	case w.chance(0.3):
		fields = append(fields, fld("주민등록번호", w.rrn(p)))
	}
	fields = append(fields, fld("주소", w.addrSeg(w.homeOf(p))), fld("연락처", w.mobile(p)), fld("직업", w.pick("회사원", "학생", "무직", "자영업", "요양보호사")))
	var abroad bool
	if w.chance(0.3) {
		abroad = true
		fields = append(fields, fld("여권번호", w.passport(p)), fld("입국일", w.when()))
	}
	w.kvBlock(fields...)
	w.line("□ 임상 정보")
	w.para("○ ", w.when(), " 발열(38.5℃), 기침 증상 발생, ", w.clinic(), " 내원 후 검사 결과 양성. ", w.pick("당뇨 기저질환 있음.", "기저질환 없음.", "고혈압 약 복용 중."))
	if abroad {
		w.para("○ 최근 14일 이내 해외 방문력 있음(", keep("place", w.pick("베트남 하노이", "필리핀 마닐라", "태국 방콕")), ").")
	}
	if w.chance(0.5) {
		w.para("○ 동선 확인을 위해 카드 사용내역 조회(", w.card(), ", ", w.pick("신한카드", "KB국민카드", "BC카드", "삼성카드"), ") 및 휴대전화 위치정보를 확인함.")
	}
	w.line("□ 동선 (증상 발현 2일 전부터)")
	var rows [][][]seg
	for i := 0; i < 3+w.r.IntN(3); i++ {
		ts := w.clocks(2)
		rows = append(rows, [][]seg{cell(w.when()), cell(ts[0], "~", ts[1]), cell(w.facility()), cell(w.pick("마스크 착용", "마스크 미착용", "자차 이용", "대중교통"))})
	}
	w.table(table{heads: []string{"일자", "시간", "장소", "비고"}, rows: rows})
	w.line("□ 접촉자")
	cs := w.people(1+w.r.IntN(4), w.one(adult, child), "+health")
	w.roster(cs, []col{
		{id: "name", head: w.nameHead("접촉자")},
		{id: "rel", head: "관계", f: func(int, *person) []seg { return cell(w.relation()) }},
		{id: "tel", head: "연락처"},
		{id: "res", head: "조치", f: func(int, *person) []seg { return cell(w.pick("자가격리", "능동감시", "검사 예정")) }},
	}, "")
	w.foot(f)
}

func epiContacts(w *writer) {
	w.setup(false, srcPDF, srcExport, srcHWP)
	f := w.newFrame("보건소 감염병관리과", w.pick("집단발생 접촉자 명단 통보", "접촉자 검사 결과 보고"))
	w.head(f, nil)
	w.para("1. ", w.facility(), " 관련 집단발생(", w.when(), " 최초 확인)에 따라 관할 보건소 접촉자 명단을 통보합니다.")
	ps := w.people(4+w.r.IntN(8), w.one(adult, youth, child, elder), "+health")
	for i := range ps {
		if w.chance(0.2) {
			ps[i] = w.foreigner("")
			ps[i].ctx = "+health"
		}
	}
	cols := []col{{id: "no", head: "연번"}, {id: "name", head: w.nameHead("접촉자")}, {id: "sex", head: "성별"}, {id: "birth", head: "생년월일"}, {id: "mobile", head: "휴대전화"}}
	if w.chance(0.4) {
		cols[3] = col{id: "rrn", head: w.pick("주민(외국인)등록번호", "등록번호")}
	}
	if w.chance(0.5) {
		cols = append(cols, col{id: "addr", head: "주소"})
	}
	cols = append(cols, col{id: "res", head: "검사결과", f: func(int, *person) []seg { return cell(w.pick("음성", "음성", "양성", "미검사")) }})
	w.roster(ps, cols, "")
	w.para("2. 양성자는 ", statute("감염병의 예방 및 관리에 관한 법률", 41, ""), "에 따라 격리 조치하였습니다.")
	w.foot(f)
}

func epiSMS(w *writer) {
	w.setup(false, srcExport, srcExport, srcHWP)
	f := w.newFrame("보건소 감염병관리과", w.pick("접촉자 안내 문자 발송 내역", "검사 결과 통보 SMS 발송 결과"))
	w.head(f, nil)
	w.para("1. ", w.when(), " 발송한 안내 문자 내역을 보고합니다. (발신번호 ", keep("office_phone", w.officePhone(w.org)), ")")
	ps := w.people(3+w.r.IntN(5), w.one(adult, youth), "+health")
	sep, head := ",", "수신번호,발송일시,내용,결과\n"
	if w.chance(0.5) {
		sep, head = "\t", "수신자번호\t발송시각\t메시지\t상태\n"
	}
	w.txt(head)
	for _, p := range ps {
		w.put("table:수신번호+csv", w.mobile(p), sep, w.when(), " ", w.clock(), sep)
		w.put("message", "[", w.org.name, "보건소] ", w.nm(p), "님은 ", w.pick("확진자와 접촉", "검사 결과 양성"), "으로 확인되어 ", w.when(), "까지 ", w.pick("자가격리", "능동감시"), " 대상입니다. 문의 ", keep("office_phone", w.officePhone(w.org)))
		w.put("body", sep, w.pick("성공", "성공", "실패(결번)"))
		w.nl()
	}
	w.nl()
	w.para("2. 발송 실패 건은 ", keep("position", "역학조사반"), "이 유선으로 재안내하였습니다.")
	w.foot(f)
}

func epiStatus(w *writer) {
	w.setup(false, srcHWP, srcPDF)
	f := w.newFrame("보건소 감염병관리과", w.pick("법정감염병 발생 현황 및 대응 계획", "선별진료소 운영 안내"))
	w.head(f, nil)
	var rows [][][]seg
	for _, d := range []string{"결핵", "수두", "A형간염", "쯔쯔가무시증", "백일해"} {
		rows = append(rows, [][]seg{cell(d), cell(fmt.Sprint(w.r.IntN(40))), cell(fmt.Sprint(w.r.IntN(40))), cell(fmt.Sprintf("%+d", w.r.IntN(20)-10))})
	}
	w.table(table{heads: []string{"감염병", "2023년", "2024년", "증감"}, rows: rows})
	w.para("선별진료소: ", w.facility(), " (", w.orgAddr("facility_address"), ", ", keep("office_phone", w.officePhone(w.org)), "), 운영시간 09:00~18:00")
	w.para("근거: ", statute("감염병의 예방 및 관리에 관한 법률", 11, ""), ", 질병관리청 콜센터 ", keep("call_centre", "1339"))
	w.foot(f)
}

// 표창 공적조서

func meritRecord(w *writer) {
	w.setup(false, srcHWP, srcHWPX, srcScan, srcPDF)
	f := w.newFrame(w.pick("총무과", "자치행정과"), w.pick("구청장 표창 공적조서", "모범구민 표창 추천 공적조서", "시장 표창 대상자 공적조서"))
	w.head(f, nil)
	p := w.citizen(w.one(adult, elder))
	w.line(w.pick("공 적 조 서", "공적조서", "[공적조서]"))
	w.formTable(2,
		fld("성명", w.nmv(p)),
		fld("생년월일", w.birthDate(p)),
		fld("소속", w.center()),
		fld("직위", w.pick("통장", "자율방범대원", "새마을부녀회장", "주민자치위원")),
		fld("주소", w.addrSeg(w.homeOf(p))),
		fld("연락처", w.mobile(p)),
	)
	w.line("□ 공적 요지")
	w.para("위 ", w.nm(p), w.pick(josa(p.name, "은/는")+" ", " 씨는 "), w.when(), "부터 ", w.pick("통장", "자율방범대원"), "으로 활동하면서 홀로 사는 어르신 ", fmt.Sprint(10+w.r.IntN(40)), "가구를 매주 방문하여 안부를 확인하였음.")
	w.para("이웃들은 ", w.nm(p), josa(p.name, "을/를"), " '골목 지킴이'라 부르며, ", keep("word", "한편"), " 동 주민센터는 ", w.nm(p), josa(p.name, "과/와"), " 함께 안부 확인 사업을 넓힐 계획임.")
	w.para("특히 ", w.nm(p), w.pick("의 ", "님의 "), "신고로 쓰러진 이웃을 구조한 일이 있어 주민들의 신망이 두터움.")
	if w.chance(0.4) {
		w.para("※ 표창 부상(상품권) 지급을 위한 계좌: ", func() []seg { b, a := w.account(); return []seg{plain(b + " "), a} }())
	}
	w.line("□ 추천인: ", keep("position", w.pick("동장", "주민자치위원장", "통장협의회장")))
	w.foot(f)
}

func meritList(w *writer) {
	w.setup(false, srcPDF, srcHWP, srcHWPX, srcDOCX)
	f := w.newFrame("총무과", w.pick("구민의 날 유공 구민 표창 대상자 확정", "연말 유공자 표창 계획 및 대상자"))
	w.head(f, nil)
	w.para("1. ", w.when(), " 공적심사위원회 심의 결과 표창 대상자를 아래와 같이 확정합니다.")
	ps := w.people(4+w.r.IntN(6), w.one(adult, elder), "")
	w.roster(ps, []col{
		{id: "no", head: "연번"},
		{id: "org", head: "소속", f: func(int, *person) []seg { return cell(w.center()) }},
		{id: "pos", head: "직위", f: func(int, *person) []seg {
			return cell(w.pick("통장", "주민자치위원", "자원봉사자", "새마을지도자"))
		}},
		{id: "name", head: w.nameHead("대상자")},
		{id: "birth", head: "생년월일"},
		{id: "merit", head: "공적 요지", f: func(int, *person) []seg {
			return cell(w.pick("독거노인 안부 확인", "방범 순찰 10년", "김장 나눔 봉사", "골목 환경 정비"))
		}},
	}, "")
	w.para("2. 시상: ", w.when(), " ", w.clock(), " ", w.facility(), " 대강당 (예산 ", w.budgetCode(), ")")
	w.foot(f)
}

func meritCitation(w *writer) {
	w.setup(false, srcHWP, srcScan, srcHWPX)
	w.staff()
	ps := w.people(1+w.r.IntN(3), w.one(adult, elder), "")
	for i, p := range ps {
		if i > 0 {
			w.nl()
			w.line("- ", fmt.Sprint(i+1), " -")
		}
		w.line(w.pick("표  창  장", "표 창 장", "감  사  장"))
		w.line(keep("receipt_no", fmt.Sprintf("제 %d-%d 호", 2023+w.r.IntN(3), 1+w.r.IntN(900))))
		w.nl()
		w.put("body", "    ", w.center(), " ", w.pick("통장", "주민자치위원", "자원봉사자"), "\n    ")
		if w.chance(0.4) {
			w.put("signature", w.nmSpaced(p))
		} else {
			w.put("signature", w.nm(p))
		}
		w.nl()
		w.nl()
		w.para("위 사람은 평소 투철한 봉사 정신으로 지역 사회 발전에 이바지하였으므로 이에 표창합니다.")
		w.nl()
		w.line("    ", w.when())
		w.line("    ", w.org.head, w.pick("", "  (직인)"))
	}
}

func meritPlan(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame("총무과", "2024년 정부포상 및 구청장 표창 추천 계획")
	w.head(f, []seg{plain("수신자 참조(각 부서장, 각 동장)")})
	w.para("1. ", statute("상훈법", 7, ""), " 및 ", w.org.name, " 표창 조례에 따라 유공자를 추천받고자 합니다.")
	var rows [][][]seg
	for _, c := range []string{"모범 구민", "효행", "자원봉사", "공무원", "단체"} {
		rows = append(rows, [][]seg{cell(c), cell(fmt.Sprintf("%d명", 1+w.r.IntN(10))), cell(w.pick("동장 추천", "부서장 추천", "단체장 추천"))})
	}
	w.table(table{heads: []string{"분야", "인원", "추천"}, rows: rows})
	w.para("2. 제출 기한: ", w.when(), "까지 ", f.dept, "(", w.mailbox(), ")로 제출")
	w.para("3. 제외 대상: 최근 1년 이내 표창 수상자, 형사처벌 및 징계 이력이 있는 자")
	w.foot(f)
}
