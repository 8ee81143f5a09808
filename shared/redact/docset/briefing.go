package docset

// 주민설명회·간담회 결과.

var briefingTemplates = []template{
	{"qa_names", both, false, briefingQA},
	{"attendee_table", both, false, briefingAttendees},
	{"opinions_kv", holdoutOnly, false, briefingOpinions},
	{"meeting_dev", devOnly, false, briefingMeeting},
	{"summary", both, true, briefingSummary},
}

type project struct{ name, dept, dong string }

var projects = [2][]project{
	{
		{"성수동 도시재생 활성화 사업", "도시재생과", "성수동"}, {"망원동 공영주차장 건립", "주차관리과", "망원동"},
		{"상계동 재건축 정비계획 수립", "주거정비과", "상계동"}, {"근린공원 리모델링", "공원녹지과", "화곡동"},
		{"신림선 연계 보행로 정비", "도로과", "신림동"},
	},
	{
		{"천호동 재정비촉진지구 변경", "재정비촉진과", "천호동"}, {"창동 복합문화시설 건립", "문화체육과", "창동"},
		{"디지털단지 보행환경 개선", "교통정책과", "구로동"}, {"빗물펌프장 증설", "치수과", "목동"},
		{"면목동 모아타운 관리계획", "주거재생과", "면목동"},
	},
}

var questions = [2][]string{
	{
		"공사 기간 중 주차 공간이 부족한데 대책이 있습니까?",
		"분담금이 얼마나 되는지 구체적으로 알려 주십시오.",
		"소음과 분진 ⟦피해⟧에 대한 보상 계획이 궁금합니다.",
		"어린이 통학로 안전 대책을 마련해 주십시오.",
		"사업 일정이 또 ⟦연기⟧되는 것은 아닌지 걱정입니다.",
	},
	{
		"임시 이주 기간 동안 세입자 지원은 어떻게 됩니까?",
		"시설이 들어서면 교통 혼잡이 심해질 텐데 대책이 있습니까?",
		"주민 의견이 ⟦최종⟧ 계획에 얼마나 반영되는지 궁금합니다.",
		"공사 차량 진출입로를 학교 반대편으로 옮겨 주십시오.",
		"⟦장애인⟧ 편의시설도 함께 설치해 주시기 바랍니다.",
	},
}

var replies = []string{
	"공사 기간 중에는 인근 학교 운동장을 임시 주차장으로 개방하는 방안을 협의하겠습니다.",
	"세부 내용은 ⟦정비⟧계획 수립 단계에서 다시 설명드리겠습니다.",
	"말씀하신 사항은 설계에 반영하도록 검토하겠습니다.",
	"관계 기관과 협의하여 ⟦조속⟧히 답변드리겠습니다.",
}

func briefingQA(b *builder) {
	pj := byHalf(b, projects)
	b.begin(pj.dept, pj.name+" 주민설명회 개최 결과 보고")
	day := b.today.addDays(-7)
	b.line("body", "1. 개요")
	b.line("body", "  ○ 일시: ", b.date(day), " ", pickOf(b.r, "14:00", "19:00", "19:30"))
	b.line("body", "  ○ ⟦장소⟧: ", neg("place", pj.dong+" "+pick(b.r, b.v.places)))
	b.line("body", "  ○ 참석: 주민 ", itoa(20+b.intn(80)), "명, 구의원 ", itoa(1+b.intn(3)), "명, 관계 공무원 ", itoa(3+b.intn(5)), "명")
	reps := b.people(2+b.intn(3), 40, 80)
	b.line("attendee_list", "  ○ 주민대표: ", b.nameList(reps), pickOf(b.r, " (이상 "+itoa(len(reps))+"명)", ""))
	b.line("body", "2. 주요 질의·답변")
	head := b.newOfficial(deptHead(pj.dept))
	for _, p := range append(reps[:1], b.people(1+b.intn(3), 30, 80)...) {
		switch b.intn(4) {
		case 0:
			b.line("speaker", "  ○ 주민 ", b.nm(p), "(", pj.dong, "): ", byHalf(b, questions))
		case 1:
			b.line("speaker", "  질의자 ", b.nm(p), ": ", byHalf(b, questions))
		case 2:
			b.line("speaker", "  ○ ", b.hon(p, "님"), ": ", byHalf(b, questions))
		default:
			b.line("speaker", "  (주민 ", b.nm(p), ") ", byHalf(b, questions))
		}
		if b.chance(0.5) {
			b.line("speaker", "    → 답변(", deptHead(pj.dept), " ", b.off(head), "): ", pick(b.r, replies))
		} else {
			b.line("speaker", "    → ", deptHead(pj.dept), ": ", pick(b.r, replies))
		}
	}
	if b.chance(0.5) {
		p := reps[len(reps)-1]
		b.line("body", "3. 후속 조치: 주민대표 ", b.nmp(p, "과/와"), " 협의체를 구성하여 월 1회 ⟦정기⟧ 회의 개최")
	}
	b.attach("설명회 자료", "참석자 명단")
	b.close()
}

func briefingAttendees(b *builder) {
	pj := byHalf(b, projects)
	b.begin(pj.dept, pj.name+" 주민설명회 참석자 명단 및 결과")
	ps := b.people(4+b.intn(8), 25, 85)
	b.line("body", "1. ", pj.name, " 주민설명회 참석자 명단을 붙임과 같이 보고합니다.")
	b.line("body", "2. 참석자 명단")
	t := table{head: []string{"연번", pickOf(b.r, "성명", "이름", "성 명"), "주소", "연락처", "서명"}}
	for i, p := range ps {
		row := func() {
			addr := b.addr(p, false)
			if b.chance(0.3) {
				addr = []seg{plain(pj.dong)}
			}
			phone := b.mob(p, "")
			if b.chance(0.15) {
				phone = b.sloppy(tMobile, fmtMobile(p.mobile, mobDash))
			}
			t.add(itoa(i+1), b.nm(p), addr, phone, "")
		}
		if i > 0 && b.chance(0.1) { // the first row stays: the document is not a clean one
			b.masking(row)
		} else {
			row()
		}
	}
	b.table(t, b.tableLayout())
	if b.chance(0.6) {
		b.line("body", "3. 통장 협조 현황")
		t2 := table{head: []string{"동", "통", pickOf(b.r, "통장", "담당")}}
		for _, p := range b.people(2+b.intn(4), 40, 75) {
			t2.add(pj.dong, itoa(1+b.intn(30))+"통", b.nm(p, "untold_header"))
		}
		b.table(t2, b.tableLayout())
	}
	b.attach()
	b.close()
}

func briefingOpinions(b *builder) {
	pj := byHalf(b, projects)
	b.begin(pj.dept, pj.name+" 주민 의견서 접수 결과")
	ps := b.people(2+b.intn(4), 25, 85)
	b.line("body", "1. 공람 기간(", b.date(b.today.addDays(-30)), " ~ ", b.date(b.today.addDays(-16)), ") 중 접수된 주민 의견은 ", itoa(len(ps)), "건입니다.")
	b.line("body", "2. 의견 제출자 및 요지")
	t := table{head: []string{"성명", "주소", "연락처", "이메일", "의견 요지"}, record: "의견"}
	for _, p := range ps {
		phone := b.tel(p, "")
		if b.chance(0.5) {
			phone = b.mob(p, "")
		}
		t.add(b.nm(p), b.addr(p, true), phone, b.mail(p), byHalf(b, questions))
	}
	b.table(t, LayoutKV)
	b.line("body", "3. 검토 의견: 제출된 의견은 ", pickOf(b.r, "관계 부서 협의 후 계획에 반영", "도시계획위원회 심의 시 참고 자료로 제출"))
	p := ps[0]
	b.line("body", "4. ", b.nmp(p, "이/가"), " 요청한 현장 설명은 ", b.date(b.today.addDays(5)), "에 실시할 예정")
	b.attach("의견서 사본")
	b.close()
}

func briefingMeeting(b *builder) {
	pj := byHalf(b, projects)
	b.begin(pj.dept, pj.name+" 주민 간담회 결과")
	ps := b.people(3+b.intn(3), 40, 85)
	b.line("body", "1. 간담회 개요: ", b.date(b.today.addDays(-4)), " ", neg("place", pj.dong+" "+pick(b.r, b.v.places)))
	b.line("body", "2. 주요 발언")
	for i, p := range ps {
		role := pickOf(b.r, "아파트 동대표", "상인회장", "주민자치위원", "통장")
		if i == 0 {
			b.line("speaker", "  ", b.nm(p), "(", role, "): ", byHalf(b, questions))
			continue
		}
		if i == 1 {
			b.line("speaker", "  ", b.nm(p, "health"), "(", itoa(65+b.intn(20)), "세, ", pickOf(b.r, "거동 불편으로 휠체어 이용", "시각장애 1급", "신장 투석 중"), "): 경사로와 엘리베이터 설치를 요청합니다.")
			continue
		}
		b.line("speaker", "  ", b.nm(p), " ", role, ": ", byHalf(b, questions))
	}
	b.line("body", "3. 조치 계획: ", pick(b.r, replies))
	b.attach()
	b.close()
}

func briefingSummary(b *builder) {
	pj := byHalf(b, projects)
	b.begin(pj.dept, pj.name+" 주민설명회 결과(요약)")
	b.line("body", "1. 일시·장소: ", b.date(b.today.addDays(-6)), " 19:00, ", neg("place", pj.dong+" "+pick(b.r, b.v.places)))
	b.line("body", "2. 참석: 주민 ", itoa(30+b.intn(70)), "명")
	b.line("body", "3. 주요 질의")
	for i := 0; i < 2+b.intn(3); i++ {
		b.line("body", "  ○ 주민", itoa(i+1), ": ", byHalf(b, questions))
		b.line("body", "    → ", pick(b.r, replies))
	}
	b.line("body", "4. 향후 일정: ", b.date(b.today.addDays(30)), " 도시계획위원회 상정 ⟦예정⟧")
	b.attach()
	b.close()
}
