package docset

import "fmt"

// 긴급복지 지원, 통합사례관리, 역학조사: names in a health context carry
// the quality "health".

var welfareTemplates = []template{
	{"case_conference", both, false, welfareConference},
	{"emergency_decision", both, false, welfareDecision},
	{"home_visit", holdoutOnly, false, welfareVisit},
	{"epidemiology", devOnly, false, welfareEpidemiology},
	{"program_stats", both, true, welfareStats},
}

var conditions = [2][]string{
	{"뇌경색으로 입원 치료 중", "당뇨 합병증으로 주 3회 투석", "우울증 진단 후 통원 치료", "교통사고 후유증으로 거동 불편", "치매 초기 진단"},
	{"고관절 골절 수술 후 재활 중", "알코올 의존으로 입원 치료 이력", "폐암 3기 항암 치료 중", "조현병으로 정신건강복지센터 등록", "중증 천식으로 산소 치료"},
}

var welfareDepts = [2][]string{
	{"희망복지지원과", "복지정책과", "생활보장과"},
	{"복지지원과", "통합돌봄과", "사회복지과"},
}

func welfareConference(b *builder) {
	p := b.newPerson(45, 90)
	dept := byHalf(b, welfareDepts)
	b.begin(dept, "통합사례관리 사례회의 결과")
	b.line("body", "1. 회의 개요: ", b.date(b.today.addDays(-2)), " 15:00, ", neg("place", b.org.short+" "+pick(b.r, b.v.places)))
	sw := b.newPerson(28, 55)
	o := b.newOfficial("주무관")
	b.line("attendee_list", "  ○ 참석: ", dept, " 주무관 ", b.off(o), ", ", pickOf(b.r, "종합사회복지관", "정신건강복지센터", "노인복지관"), " 사회복지사 ", b.nm(sw), ", 방문간호사 ", b.nm(b.newPerson(30, 55)))
	b.line("body", "2. 대상자")
	age := b.today.y - p.dob.y
	cond := byHalf(b, conditions)
	// Household members, younger or of an age with the person.
	type member struct {
		rel string
		p   *person
	}
	var ms []member
	for i := 0; i < b.intn(3); i++ {
		switch rel := pickOf(b.r, "자녀", "자녀", "배우자", "손자녀"); rel {
		case "배우자":
			ms = append(ms, member{rel, b.newPerson(max(20, age-5), age+5)})
		case "손자녀":
			ms = append(ms, member{rel, b.newPerson(5, max(6, age-45))})
		default:
			ms = append(ms, member{rel, b.newPerson(max(1, age-45), max(2, age-22))})
		}
	}
	household := "1인 가구"
	if len(ms) > 0 {
		household = itoa(len(ms)+1) + "인 가구"
	}
	t := table{head: []string{"성명", "생년월일", "주소", "연락처", "가구 유형"}}
	t.add(b.nm(p, "health"), []seg{b.dob(p, ""), plain(fmt.Sprintf(" (만 %d세)", age))}, b.addr(p, true), b.tel(p, ""), household)
	b.table(t, b.tableLayout(LayoutKV, LayoutKV, LayoutCellPerLine))
	b.line("body", "3. 가구원 현황")
	t2 := table{head: []string{"관계", "성명", "생년월일", "건강 상태"}}
	t2.add("본인", b.nm(p, "health"), b.dob(p, dobSix), cond)
	for _, m := range ms {
		t2.add(m.rel, b.nm(m.p, "health"), b.dob(m.p, dobSix), pickOf(b.r, "양호", "지적장애(심하지 않은)", "ADHD 치료 중", "양호"))
	}
	b.table(t2, b.tableLayout())
	b.line("body", "4. 논의 내용")
	b.line("speaker", "  ", b.nm(sw), " 사회복지사: 대상자는 ", cond, "이며 식사 지원이 시급합니다.")
	b.line("speaker", "  주무관 ", b.off(o), ": 긴급복지 생계지원과 ⟦방문⟧ 간호를 연계하겠습니다.")
	b.line("body", "5. 결정: ", b.nmp(p, "에게", "health"), " 긴급 생계비 ", b.amount(1833000), " 지원 및 월 2회 ⟦방문⟧ 상담")
	b.attach("사례관리 계획서")
	b.close()
}

func welfareDecision(b *builder) {
	p := b.newPerson(30, 85)
	b.begin(byHalf(b, welfareDepts), "긴급지원 결정 통지", b.nm(p, "honorific:귀하"), " 귀하")
	b.line("body", "1. ", b.statute("긴급복지지원법", "제7조"), "에 따라 귀하의 긴급지원 신청에 대하여 다음과 같이 결정하였음을 알려드립니다.")
	t := table{head: []string{"성명", "주민등록번호", "주소", "지원 사유"}}
	rrn := b.rrnOf(p, "")
	if b.chance(0.3) {
		rrn = b.masked(tRRN, fmtRRN(p.rrn, rrnDash))
	}
	t.add(b.nm(p, "health"), rrn, b.addr(p, true), byHalf(b, conditions))
	b.table(t, b.tableLayout(LayoutKV, LayoutKV, LayoutPipeRule))
	b.line("body", "2. 지원 내용: 생계지원 ", b.amount(1833000), "(", itoa(1+b.intn(3)), "개월), 의료지원 ", pickOf(b.r, "300만 원 한도", "본인부담금 전액"))
	b.line("body", "3. 지급 계좌: ", p.bank.name, " ", b.acct(p), " (예금주 ", b.nm(p), ")")
	b.line("body", "4. 지원 기간 중 ⟦소득⟧·재산 변동이 있으면 즉시 신고하여야 하며, 거짓으로 지원받은 경우 ", b.statute("긴급복지지원법", "제15조"), "에 따라 반환하여야 합니다.")
	b.attach()
	b.close()
}

func welfareVisit(b *builder) {
	p := b.newPerson(65, 92)
	child := b.newPerson(30, 60)
	nb := b.newPerson(40, 80)
	b.begin(byHalf(b, welfareDepts), "고독사 위험 가구 방문 상담 결과")
	b.line("body", "1. 방문 일시: ", b.date(b.today.addDays(-1)), " 10:00")
	b.line("body", "2. 상담 내용")
	b.line("body", "  ○ 대상자 ", b.nm(p, "health"), "(", sex(p), ", ", itoa(b.today.y-p.dob.y), "세)은(는) ", byHalf(b, conditions), "이며, ", b.addr(p, false), "에 혼자 거주함")
	b.line("body", "  ○ 자녀 ", b.nm(child), "(", b.mob(child, ""), ")와는 연락이 끊긴 상태이며, 이웃 ", b.spaced(nb), " 씨가 가끔 안부를 확인함")
	b.line("body", "  ○ 자택 전화(", b.tel(p, ""), ")는 요금 체납으로 정지됨")
	b.line("body", "3. 조치: 안부 확인 서비스 신청, ", b.nmp(child, "에게"), " 부양 의사 확인 서면 발송")
	b.attach()
	b.close()
}

func welfareEpidemiology(b *builder) {
	p := b.newPerson(20, 80)
	b.begin("보건소 감염병관리과", "감염병 확진자 역학조사 결과 보고")
	b.line("body", "1. 확진자: ", b.nm(p, "health"), "(", b.dob(p, ""), ", ", b.addr(p, false), ")")
	b.line("body", "2. 확진일: ", b.date(b.today.addDays(-2)), ", 증상 발현일: ", b.date(b.today.addDays(-5)))
	b.line("body", "3. 접촉자")
	t := table{head: []string{"연번", "성명", "관계", "연락처", "조치"}}
	for i := 0; i < 2+b.intn(4); i++ {
		c := b.newPerson(5, 80)
		t.add(itoa(i+1), b.nm(c, "health"), pickOf(b.r, "동거 가족", "직장 동료", "동일 시설 이용자"), b.mob(c, ""), pickOf(b.r, "능동감시", "검사 후 음성", "자가격리"))
	}
	b.table(t, b.tableLayout())
	b.line("body", "4. 이동 동선은 「감염병의 예방 및 관리에 관한 법률」 ", neg("statute", "제34조의2"), "에 따라 성별·나이 등 개인을 특정할 수 있는 정보를 제외하고 공개")
	b.attach()
	b.close()
}

func sex(p *person) string {
	if p.female {
		return "여"
	}
	return "남"
}

func welfareStats(b *builder) {
	b.begin(byHalf(b, welfareDepts), fmt.Sprintf("%d년 긴급복지 지원 실적 보고", b.today.y))
	t := table{head: []string{"지원 종류", "가구 수", "지원 금액"}, unit: "(단위: 가구, 천원)"}
	for _, k := range []string{"생계지원", "의료지원", "주거지원", "연료비", "기타"} {
		n := 10 + b.intn(300)
		t.add(k, comma(n), comma(n*(300+b.intn(1500))))
	}
	b.table(t, b.tableLayout())
	b.line("body", "1. 지원 대상 발굴을 위해 ⟦이웃⟧ 살피미 활동을 ⟦강화⟧하고, 위기 가구는 ⟦정기⟧적으로 재점검함")
	b.line("body", "2. 예산 집행률: ", itoa(70+b.intn(30)), "%")
	b.attach()
	b.close()
}
