package docset

// 감사 결과. Officials named in disciplinary, health or criminal findings
// are personal data (quality "disciplinary", "health" or "criminal"); the
// auditors are officials in their duty (hard negatives).

var auditTemplates = []template{
	{"disposition_table", both, false, auditDisposition},
	{"narrative", both, false, auditNarrative},
	{"service_health", holdoutOnly, false, auditService},
	{"privacy_breach", devOnly, false, auditPrivacy},
	{"institutional", both, true, auditInstitutional},
}

type finding struct{ title, detail, action string }

var findings = [2][]finding{
	{
		{"보조금 정산 검사 소홀", "민간단체 보조사업 정산 시 증빙 없는 집행액을 그대로 인정함", "부당 집행액 회수 및 관련자 경징계"},
		{"수의계약 분할 발주", "같은 공사를 3건으로 나누어 1인 견적 수의계약을 체결함", "관련자 훈계 및 계약 업무 교육"},
		{"초과근무수당 부당 수령", "실제 근무하지 않은 시간을 초과근무로 입력하여 수당을 받음", "부당 수령액 2배 환수 및 징계"},
	},
	{
		{"건축허가 처리 부적정", "주차장 설치 기준에 미달하는 건축물을 허가함", "관련자 중징계 및 허가 취소 검토"},
		{"공유재산 무단 점유 방치", "구유지 무단 점유를 5년간 알고도 변상금을 부과하지 않음", "변상금 부과 및 관련자 경징계"},
		{"개인정보 목적 외 이용", "업무와 무관하게 주민등록 정보를 조회함", "관련자 중징계 및 고발"},
	},
}

var grades = []string{"행정6급", "행정7급", "행정8급", "시설6급", "사회복지7급", "행정5급"}

func (b *builder) auditTeam() {
	lead := b.newOfficial("사무관")
	mem := b.newOfficial(pickOf(b.r, "주무관", "감사관"))
	b.line("body", "  다. 감사반: 감사반장 사무관 ", b.off(lead), " 외 ", itoa(2+b.intn(4)), "명(감사관 ", b.off(mem), " 등)")
}

func auditDisposition(b *builder) {
	dept := byHalf(b, complaintDepts)
	b.begin(byHalf(b, [2][]string{{"감사담당관"}, {"감사담당관", "조사담당관"}}), dept+" 종합감사 결과 처분요구")
	b.line("body", "1. 감사 개요")
	b.line("body", "  가. 감사 기간: ", b.date(b.today.addDays(-60)), " ~ ", b.date(b.today.addDays(-50)))
	b.line("body", "  나. 감사 대상: ", dept, " 소관 업무 전반")
	b.auditTeam()
	b.line("body", "2. 지적 사항 및 처분요구")
	fs := byHalf2(b, findings)
	t := table{head: []string{"연번", "지적 사항", "소속", "직급", pickOf(b.r, "성명", "관련자"), "처분요구"}}
	n := 0
	for _, f := range fs[:1+b.intn(len(fs))] {
		for j := 0; j < 1+b.intn(2); j++ {
			p := b.newPerson(27, 60)
			n++
			t.add(itoa(n), f.title, dept, pick(b.r, grades), b.nm(p, "disciplinary"), pickOf(b.r, "경징계", "중징계", "훈계", "주의"))
		}
	}
	b.table(t, b.tableLayout())
	b.line("body", "3. 기관 처분: ", pickOf(b.r, "기관주의", "시정", "개선"), " 및 부당 집행액 ", b.amount(b.amountOf(1000000, 40000000, 10)), " 회수")
	b.line("body", "4. 처분요구를 받은 날부터 ", pickOf(b.r, "1개월", "2개월"), " 이내에 조치 결과를 제출하여 주시기 바랍니다.")
	b.attach("감사 결과 세부 내역")
	b.close()
}

func auditNarrative(b *builder) {
	f := byHalf(b, findings)
	dept := byHalf(b, complaintDepts)
	b.begin(byHalf(b, [2][]string{{"감사담당관"}, {"감사담당관", "조사담당관"}}), f.title+" 감사 결과")
	p := b.newPerson(27, 60)
	boss := b.newPerson(40, 60)
	b.line("body", "1. 감사 개요")
	b.line("body", "  가. 대상: ", dept)
	b.line("body", "  나. 기간: ", b.date(b.today.addDays(-40)), " ~ ", b.date(b.today.addDays(-35)))
	b.auditTeam()
	b.line("body", "2. 지적 내용")
	b.line("body", "  ", dept, " 주무관 ", b.nmp(p, "은/는", "disciplinary"), " ", b.date(b.today.addDays(-300)), "부터 해당 업무를 담당하면서 ", f.detail, ".")
	b.line("body", "  또한 당시 팀장이던 ", b.nm(boss, "disciplinary"), pickOf(b.r, "은(는)", "도"), " 결재 과정에서 이를 확인하지 아니하였다.")
	if b.chance(0.6) {
		c := b.newPerson(30, 80)
		b.line("body", "  그 결과 수급 자격이 없는 ", b.nm(c), "(", b.dob(c, ""), ")에게 ", b.amount(b.amountOf(500000, 5000000, 10)), "이 부당 지급되었다.")
	}
	b.line("body", "3. 관련자 의견: ", b.nmp(p, "은/는", "disciplinary"), " 업무 과중으로 인한 착오였다고 진술함")
	b.line("body", "4. 조치할 사항: ", f.action)
	t := table{head: []string{"관련자", "직급", "처분요구"}}
	t.add(b.nm(p, "disciplinary"), pick(b.r, grades), pickOf(b.r, "경징계", "훈계"))
	t.add(b.nm(boss, "disciplinary"), "행정6급", "주의")
	b.table(t, b.tableLayout())
	b.attach()
	b.close()
}

func auditService(b *builder) {
	b.begin(byHalf(b, [2][]string{{"감사담당관"}, {"감사담당관", "조사담당관"}}), "공무원 복무 실태 점검 결과")
	ps := b.people(2+b.intn(3), 27, 58)
	b.line("body", "1. 점검 기간: ", b.date(b.today.addDays(-30)), " ~ ", b.date(b.today.addDays(-20)))
	b.line("body", "2. 점검 결과")
	b.line("body", "  가. 관련자 ", b.nmp(ps[0], "은/는", "health"), " ", b.date(b.today.addDays(-120)), "부터 ", pickOf(b.r, "허리 디스크 수술", "우울증 치료", "암 치료", "교통사고 치료"), "로 병가 ", itoa(20+b.intn(40)), "일을 사용하였으나 진단서 제출이 누락됨")
	b.line("body", "  나. 관련자 ", b.nmp(ps[1], "은/는", "criminal"), " ", b.date(b.today.addDays(-200)), " 음주운전으로 벌금 ", itoa(200+100*b.intn(8)), "만 원의 약식명령을 받고도 소속 기관에 통보하지 않음")
	if len(ps) > 2 {
		b.line("body", "  다. 관련자 ", b.nmp(ps[2], "은/는", "disciplinary"), " 출장 신청 후 사적 용무를 봄")
	}
	b.line("body", "3. 조치: ", b.statute("지방공무원법", "제72조"), "에 따라 징계 의결 요구")
	t := table{head: []string{"소속", "직급", "성명", "비위 유형", "조치"}}
	for i, p := range ps {
		q := []string{"health", "criminal", "disciplinary"}[min(i, 2)]
		t.add(byHalf(b, complaintDepts), pick(b.r, grades), b.nm(p, q), pickOf(b.r, "복무 위반", "품위 유지 위반", "성실 의무 위반"), pickOf(b.r, "경징계", "중징계", "훈계"))
	}
	b.table(t, b.tableLayout())
	b.attach()
	b.close()
}

func auditPrivacy(b *builder) {
	b.begin("감사담당관", "민원 서류 개인정보 유출 사고 조사 결과")
	emp := b.newPerson(27, 55)
	victims := b.people(2+b.intn(4), 20, 80)
	b.line("body", "1. 사고 개요: ", b.date(b.today.addDays(-15)), " 민원 회신 문서를 발송하면서 다른 민원인의 정보가 포함된 붙임 파일을 함께 보냄")
	b.line("body", "2. 유출된 정보")
	t := table{head: []string{"성명", "연락처", "주소"}}
	for _, v := range victims {
		t.add(b.nm(v), b.mob(v, ""), b.addr(v, false))
	}
	b.table(t, b.tableLayout())
	b.line("body", "3. 관련자: ", byHalf(b, complaintDepts), " 주무관 ", b.nm(emp, "disciplinary"), "(발송 담당)")
	b.line("body", "4. 조치: 정보주체 ", itoa(len(victims)), "명에게 유출 사실을 통지하고, ", b.nmp(emp, "에게", "disciplinary"), " 훈계 처분")
	b.attach()
	b.close()
}

func auditInstitutional(b *builder) {
	dept := byHalf(b, complaintDepts)
	f := byHalf(b, findings)
	b.begin("감사담당관", dept+" 감사 결과 공개")
	b.line("body", "1. 감사 개요: ", b.date(b.today.addDays(-50)), " ~ ", b.date(b.today.addDays(-45)), ", ", dept)
	b.auditTeam()
	b.line("body", "2. 지적 사항: ", f.title)
	b.line("body", "  ○ ", f.detail)
	b.line("body", "3. 처분: 기관주의, 관련 공무원 ", itoa(1+b.intn(3)), "명 ", pickOf(b.r, "훈계", "주의"), "(개인 ⟦신상⟧ 정보는 ", neg("statute", "제9조제1항제6호"), "에 따라 비공개)")
	b.line("body", "4. 회수 금액: ", b.amount(b.amountOf(1000000, 9000000, 10)))
	b.attach()
	b.close()
}
