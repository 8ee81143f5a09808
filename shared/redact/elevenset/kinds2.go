package elevenset

import "fmt"

var visas = []string{"E-9", "F-6", "D-2", "E-7", "F-2", "H-2", "F-4", "C-3"}

func (b *builder) kForeign() {
	title := pick(b.r, []string{"외국인 주민 생활안정 지원금 지급", "결혼이민자 한국어 교육비 지원 대상 확정", "외국인 근로자 건강검진 결과 통보", "외국인 유학생 긴급 체류 지원", "다문화가족 자녀 돌봄 지원 결정"})
	b.header(title, b.internalTo())
	b.related(5)
	if b.clean {
		b.num(2, txt("국적별 지원 현황"))
		b.summary([]string{"베트남", "중국", "필리핀", "태국", "우즈베키스탄", "네팔", "기타"})
		b.num(3, txt("지원 창구: "), ng("place", pick(b.r, []string{"서울글로벌센터", "서울시 외국인주민센터"})), txt(" (평일 09:00~18:00)"))
		b.num(4, b.word()...)
		b.contact()
		b.footer([]string{"국적별 통계표"})
		return
	}
	ps := make([]*person, 4+b.r.IntN(5))
	for i := range ps {
		ps[i] = b.newForeigner(1970, 2004)
	}
	b.num(2, txt("지원 대상자"))
	cols := []col{b.cName("", "성명", "성명(영문)", "이름", "Name", "성명(여권상)"),
		col{[]string{"국적", "국적"}, func(p *person) []seg { return one(txt(country(p.f.nation))) }},
		col{[]string{"외국인등록번호", "등록번호", "외국인등록번호"}, func(p *person) []seg {
			return one(b.it("frn", "foreign", rrnFor(b.r, p.bd.y, p.bd.m, p.bd.d, true)))
		}}}
	if b.r.IntN(2) == 0 {
		cols = append(cols, col{[]string{"여권번호", "여권 번호", "Passport No."}, func(p *person) []seg { return one(b.it("passport", "foreign", passport(b.r, p.f.nation))) }})
	} else {
		cols = append(cols, b.cBirth("foreign"))
	}
	cols = append(cols, b.cFixed([]string{"체류자격"}, visas), b.cMobile("foreign"))
	b.ptable(ps, cols...)
	p := ps[0]
	b.num(3, txt("신청서 기재 사항("+pick(b.r, []string{"대표 사례", "첨부 신청서 발췌", "예시"})+")"))
	b.kv(lbl(pick(b.r, []string{"성명(영문): ", "Name: ", "성 명 : "}), b.plain("name", "foreign+latin", p.f.latin(b.r))),
		lbl("성명(한글): ", b.plain("name", "foreign+translit", p.f.hangul(b.r))),
		lbl("국적: ", txt(country(p.f.nation))),
		lbl(pick(b.r, []string{"생년월일: ", "Date of Birth: ", "출생일: "}), b.it("birth_date", "foreign", p.bd.birth(b.r))),
		lbl(pick(b.r, []string{"여권번호: ", "Passport No: ", "여권: "}), b.it("passport", "foreign", passport(b.r, p.f.nation))),
		lbl("주소: ", b.it("address", "foreign", address(b.r))))
	if b.r.IntN(2) == 0 {
		q := ps[len(ps)-1]
		sep := pick(b.r, []string{" / ", " | ", ", ", "  "})
		b.line("kv", txt(pick(b.r, []string{"여권 정보: ", "※ 여권 사본 판독: ", "MRZ 판독 결과: "})), b.plain("name", "foreign+latin", q.f.latin(b.r)), txt(sep), b.it("passport", "foreign", passport(b.r, q.f.nation)), txt(sep), b.it("birth_date", "foreign", q.bd.birth(b.r)), txt(sep+country(q.f.nation)))
	}
	sp := b.newPerson(1965, 1995)
	b.num(4, txt("처리 의견"))
	b.sub(0, cat(b.mention(ps[1], "foreign"), []seg{txt(" 여권(" + pick(b.r, []string{"번호 ", "No. ", ""})), b.it("passport", "foreign", passport(b.r, ps[1].f.nation)), txt(") 분실로 체류 연장이 지연되어 " + pick(b.r, []string{"출입국·외국인청에 협조를 요청함.", "임시 증명서 발급을 안내함."}))})...)
	b.sub(1, cat([]seg{txt("결혼이민자 ")}, b.mention(ps[2%len(ps)], "foreign"), []seg{txt(" 배우자 ")}, b.name(sp, ""), []seg{txt("(주민등록번호 "), b.it("rrn", "", rrnFor(b.r, sp.bd.y, sp.bd.m, sp.bd.d, false)), txt(")와 함께 내방하였음.")})...)
	if b.r.IntN(2) == 0 {
		k := b.newPerson(1980, 1999)
		b.sub(2, txt("한국인 배우자 "), b.givenName(k), txt(pick(b.r, []string{" 씨가 ", "님이 "})+"통역 없이 상담에 동행함."))
	}
	b.sub(3, b.duty()...)
	if b.r.IntN(2) == 0 {
		b.talk(ps[0], pick(b.r, []string{"신청인", "상담자", "내방객"}), "foreign", []string{"비자 연장 서류를 잃어버렸어요.", "여권 사본과 외국인등록증을 가져오시면 됩니다.", "통역은 언제 가능해요?", "서울글로벌센터 통역 지원을 연결해 드리겠습니다."})
	}
	b.contact()
	if b.r.IntN(2) == 0 {
		b.footer([]string{"지원 신청서"}, b.plain("name", "foreign+latin", ps[len(ps)-1].f.latin(b.r)), txt(pick(b.r, []string{" 여권 사본", "_외국인등록증 사본"})))
		return
	}
	b.footer([]string{"지원 신청서", "여권 사본"})
}

func (b *builder) kComplaint() {
	title := pick(b.r, []string{"민원 처리 결과 통보", "국민신문고 민원 회신", "반복 민원 처리 결과 보고", "생활불편 민원 조치 결과 알림"})
	if b.clean {
		b.header(title, b.internalTo())
		b.related(6)
		b.num(2, txt("유형별 민원 처리 현황(접수번호 "), ng("receipt", receipt(b)), txt(" 외)"))
		b.summary([]string{"도로", "교통", "환경", "주택", "복지", "기타"})
		b.num(3, b.word()...)
		b.num(4, b.duty()...)
		b.contact()
		b.footer(nil)
		return
	}
	c := b.newPerson(1950, 2002)
	to := []seg{b.whole(c, "title"), txt(" 귀하")}
	if b.r.IntN(2) == 0 {
		to = append(to, txt(" (우 0"+digits(b.r, 4)+" "), b.it("address", "", address(b.r)), txt(")"))
	}
	b.header(title, to)
	b.related(6)
	b.num(2, txt("귀하께서 "), ng("date", b.today()), txt(" 국민신문고(접수번호 "), ng("receipt", receipt(b)), txt(")로 신청하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다."))
	b.num(3, txt("민원 요지"))
	b.sub(0, cat([]seg{txt("민원인 ")}, b.given(c, "", "topic"), []seg{txt(" " + pick(b.r, []string{"거주지 앞 보도블록 파손으로 보행이 어렵다고 하였음.", "불법 광고물 철거를 요청하였음.", "야간 공사 소음 피해를 호소하였음.", "버스정류장 안내판 고장을 신고하였음.", "골목길 가로등이 3주째 꺼져 있다고 하였음.", "공원 화장실 악취 개선을 요구하였음.", "무단 투기 쓰레기 수거를 요청하였음."}))})...)
	b.sub(1, txt("회신 연락처: "), b.it("mobile", "", mobile(b.r)), txt(pick(b.r, []string{", 전자우편 ", " / e-mail: ", ", 이메일 "})), b.it("email", "", email(b.r)))
	n := b.newPerson(1950, 2000)
	b.sub(2, cat([]seg{txt("같은 건으로 이웃 주민 ")}, b.given(n, "", "also"), []seg{txt(" " + pick(b.r, []string{"유선(", "전화("})), b.it("landline", "", landline(b.r)), txt(")으로 의견을 제출함.")})...)
	if b.r.IntN(2) == 0 {
		b.talk(c, "민원인", "", []string{"몇 달째 같은 민원을 넣고 있습니다.", "현장을 다시 확인하고 연락드리겠습니다.", "이번 주 안에는 꼭 고쳐 주세요.", "시공사에 보수를 지시하겠습니다."})
	}
	b.num(4, txt("처리 결과"))
	b.sub(0, b.duty()...)
	b.sub(1, txt("시공사 "), ng("company", pick(b.r, companies)), txt("에 보수를 지시하였고 "), ng("date", b.today()), txt("까지 완료 예정입니다."))
	b.num(5, txt("기타 궁금하신 사항은 "), ng("official", b.offs[0].name), txt(" "+b.offs[0].pos+"("), ng("office_phone", b.off.phone), txt(")에게 문의하여 주시면 "), ng("word", "한결"), txt(" 신속히 안내해 드리겠습니다."))
	b.footer(nil)
}

func (b *builder) kDispute() {
	title := pick(b.r, []string{"공동주택 층간소음 분쟁 조정 회의 결과", "이웃 간 누수 분쟁 중재 결과 보고", "주차 분쟁 조정위원회 회의록", "반려견 소음 갈등 조정 결과"})
	b.header(title, b.internalTo())
	b.related(7)
	if b.clean {
		b.num(2, txt("분쟁 유형별 조정 실적"))
		b.summary([]string{"층간소음", "누수", "주차", "흡연", "반려동물"})
		b.num(3, b.word()...)
		b.contact()
		b.footer([]string{"조정 실적 통계"})
		return
	}
	a, d := b.newPerson(1955, 1995), b.newPerson(1955, 1995)
	brand := pick(b.r, aptBrands)
	unit := func() string {
		return fmt.Sprintf("%s아파트 %d동 %d호", brand, 101+b.r.IntN(12), (1+b.r.IntN(20))*100+1+b.r.IntN(4))
	}
	b.num(2, txt("회의 개요"))
	b.sub(0, txt("일시: "), ng("date", b.today()), txt(" 14:00"))
	b.sub(1, txt("장소: "), ng("place", pick(b.r, places)))
	b.sub(2, cat([]seg{txt("참석자: 신청인 ")}, b.name(a, ""), []seg{txt(", 피신청인 ")}, b.name(d, ""), []seg{txt(", 간사 "), ng("official", b.offs[0].name), txt(" " + b.offs[0].pos)})...)
	b.sub(3, txt("대상 세대: "), b.it("address", "unit", unit()), txt("(신청인), "), b.it("address", "unit", unit()), txt("(피신청인)"))
	b.num(3, txt("발언 요지"))
	lines := []string{"밤 11시 이후 발걸음 소리가 계속되어 잠을 잘 수 없습니다.", "저희는 매트를 깔았고 아이들도 일찍 재웁니다.", "관리사무소에 여러 번 알렸으나 달라진 것이 없습니다.", "서로 시간대를 정해 조심하면 좋겠습니다.", "소음 측정을 한 번 더 해 주셨으면 합니다.",
		"천장에서 물이 떨어져 도배를 새로 해야 합니다.", "배관 공사 비용은 반반 부담하겠습니다.", "주차 자리를 매번 막아서 출근이 늦습니다.", "개가 짖는 건 낮 시간뿐이라고 들었습니다.", "중재안을 받아들이겠습니다."}
	for i := 0; i < 4+b.r.IntN(3); i++ {
		var who []seg
		switch k := b.r.IntN(6); k {
		case 0:
			who = []seg{txt("간사 "), ng("official", b.offs[0].name), txt(": ")}
		case 1, 2:
			p, role := a, "신청인"
			if k == 2 {
				p, role = d, "피신청인"
			}
			n := b.nameBare(p, "")
			switch b.r.IntN(3) {
			case 0:
				who = []seg{txt(role + "("), n, txt("): ")}
			case 1:
				who = []seg{txt(role + " "), n, txt(": ")}
			default:
				who = []seg{txt("○ " + role + "("), n, txt(") : ")}
			}
		case 3:
			who = cat(b.given(a, "", ""), []seg{txt(": ")})
		default:
			p := pick(b.r, []*person{a, d})
			who = []seg{b.nameBare(p, ""), txt(pick(b.r, []string{" : ", ": ", "  "}))}
		}
		b.line("speaker", append(who, txt(pick(b.r, lines)))...)
	}
	b.num(4, txt("조정 결과: 양측은 "), ng("date", b.today()), txt("까지 소음 저감 조치를 하기로 합의함."))
	if b.r.IntN(2) == 0 {
		b.line("body", txt("   ※ 조정 불성립 시 "+pick(b.r, []string{"민사조정", "소액사건"})+"("), ng("case_no", caseNo(b)), txt(")으로 진행 예정"))
	}
	b.num(5, b.word()...)
	b.contact()
	b.footer([]string{"조정 합의서", "소음 측정 결과"})
}

func (b *builder) kTraffic() {
	title := pick(b.r, []string{"불법 주정차 과태료 이의신청 검토 결과", "거주자우선주차 배정 취소 처리", "견인 차량 보관료 감면 결정", "자동차 의무보험 미가입 과태료 부과"})
	if !b.clean && b.r.IntN(3) == 0 {
		b.header(title+" 알림", b.letterTo(b.newPerson(1950, 2000)))
	} else {
		b.header(title, b.internalTo())
	}
	b.related(8)
	if b.clean {
		b.num(2, txt("단속 및 부과 현황"))
		b.summary(b.guLabels())
		b.num(3, b.duty()...)
		b.contact()
		b.footer([]string{"월별 단속 실적"})
		return
	}
	ps := b.people(4+b.r.IntN(5), 1950, 2002)
	b.num(2, txt("이의신청 내역"))
	cols := []col{col{[]string{"차량번호", "차량 번호", "자동차등록번호"}, func(p *person) []seg { return one(b.it("vehicle_plate", "labelled", plate(b.r))) }},
		b.cName("", "소유자", "차주", "신청인", "성명"), b.cAddr("")}
	if b.r.IntN(2) == 0 {
		cols = append(cols, col{[]string{"운전면허번호", "면허번호"}, func(p *person) []seg { return one(b.it("driver_licence", "", licence(b.r))) }})
	}
	cols = append(cols, b.cFixed([]string{"위반장소", "단속장소"}, []string{"세종대로 버스정류장", "은평로 소화전 앞", "마포대로 교차로", "어린이보호구역"}), b.cAmount())
	b.ptable(ps, cols...)
	b.num(3, txt("검토 의견"))
	b.sub(0, txt(pick(b.r, []string{"", "신청 차량 "})), b.it("vehicle_plate", "unlabelled", plate(b.r)), txt(pick(b.r, []string{" 차량은 ", "은 ", "(승용) "})+"장애인 전용 표지를 부착하고 있어 과태료 부과를 취소함."))
	b.sub(1, cat([]seg{txt("차주 ")}, b.mention(ps[1], ""), []seg{txt(" 당일 운전자가 따로 있었다고 진술하여 운전자 ")}, b.name(b.newPerson(1960, 2003), ""), []seg{txt("(면허번호 "), b.it("driver_licence", "", licence(b.r)), txt(")에게 부과함.")})...)
	b.sub(2, cat([]seg{txt("처분 결과는 ")}, b.with(ps[0], "", "에게"), []seg{txt(" 우편으로 통지하고, 이의가 없으면 ")}, b.with(ps[len(ps)-1], "", "로"), []seg{txt(" 명의를 변경함.")})...)
	b.sub(3, b.duty()...)
	b.num(4, txt("과태료 고지서 번호 "), ng("receipt", receipt(b)), txt(", 납부기한 "), ng("date", b.today()))
	if b.r.IntN(2) == 0 {
		b.num(5, txt("관련 소송: "+pick(b.r, []string{"서울행정법원 ", "서울중앙지방법원 ", "서울북부지방법원 "})), ng("case_no", caseNo(b)), txt(" 사건 계류 중"))
	}
	b.contact()
	b.footer([]string{"이의신청서", "단속 사진"})
}

func (b *builder) kRefund() {
	title := pick(b.r, []string{"지방세 과오납금 환급 결정", "자동차세 연납 환급금 지급", "주민세 이중 납부분 환급 처리", "수수료 카드 결제 취소 및 환불"})
	if !b.clean && b.r.IntN(3) == 0 {
		b.header(title+" 통지", b.letterTo(b.newPerson(1950, 2000)))
	} else {
		b.header(title, b.internalTo())
	}
	b.related(9)
	if b.clean {
		b.num(2, txt("세목별 환급 현황"))
		b.summary([]string{"취득세", "재산세", "자동차세", "주민세", "지방소득세"})
		b.num(3, b.word()...)
		b.contact()
		b.footer(nil)
		return
	}
	ps := b.people(4+b.r.IntN(6), 1945, 2000)
	b.num(2, txt("환급 대상"))
	cols := []col{b.cName("", "납세자", "성명", "납세의무자", "환급받을 자"), b.cRRN(""), b.cAmount(), b.cAccount("", b.r.IntN(2) == 0)}
	if b.r.IntN(2) == 0 {
		cols = append(cols, col{[]string{"결제카드", "카드번호", "납부 카드"}, func(p *person) []seg { return one(b.it("card", "", card(b.r))) }})
	}
	b.ptable(ps, cols...)
	b.num(3, txt("카드 납부분 결제 취소"))
	for i := 0; i < 1+b.r.IntN(3); i++ {
		p := ps[i%len(ps)]
		b.sub(i, cat(b.mention(p, ""), []seg{txt(" " + pick(b.r, []string{"신한카드", "KB국민카드", "삼성카드", "BC카드", "현대카드"}) + "(")}, one(b.it("card", "", card(b.r))), []seg{txt(")로 납부한 "), ng("amount", amount(b)), txt("을 결제 취소함.")})...)
	}
	b.num(4, txt("전자납부번호 "), ng("receipt", fmt.Sprintf("1126%011d", b.r.Int64N(100000000000))), txt(" 건은 "), ng("word", "하나"), txt("로 묶어 처리함."))
	b.num(5, b.duty()...)
	b.contact()
	b.footer([]string{"환급금 지급 명세서"})
}
