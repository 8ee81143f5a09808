package archive

import (
	"fmt"
	"strings"
)

var committees = []string{
	"주민참여예산위원회", "지방보조금심의위원회", "청소년정책위원회", "외국인주민지원위원회", "민원조정위원회",
	"도시계획위원회 소위원회", "생활보장위원회", "정보공개심의회", "마을공동체위원회", "교통안전협의회",
}

var remarks = []string{
	"올해 예산 편성 과정에서 주민 의견 수렴이 충분하지 않았다는 지적이 있습니다. 내년에는 동별 설명회를 늘려 주시기 바랍니다.",
	"사업 효과를 객관적으로 측정할 수 있는 성과지표를 마련해야 한다고 생각합니다.",
	"보조사업자 선정 기준에 지역 안배를 반영하는 것이 바람직합니다.",
	"안건 자료를 회의 하루 전에 받아 검토할 시간이 부족했습니다. 최소 일주일 전에 송부해 주십시오.",
	"원안에 동의합니다. 다만 집행 실적을 분기마다 보고받았으면 합니다.",
	"현장 점검 결과를 보면 안전 관리 인력이 부족한 것으로 보입니다.",
	"정산 과정에서 증빙 서류가 누락된 사례가 반복되고 있어 개선이 필요합니다.",
}

var replies = []string{
	"말씀하신 내용은 다음 회의 전까지 검토하여 보고드리겠습니다.",
	"관련 부서와 협의하여 반영 방안을 마련하겠습니다.",
	"예산 범위 안에서 우선순위를 정하여 추진하도록 하겠습니다.",
}

// speaker writes one speaker turn in notation k.
func (d *doc) speaker(k int, who any, role, text string) {
	switch k {
	case 0:
		d.para("○ ", who, " ", role, ": ", text)
	case 1:
		d.para(who, " ", role, " : ", text)
	case 2:
		d.para("[", who, " ", role, "] ", text)
	case 3:
		d.para("◇ ", role, " ", who, " — ", text)
	case 4:
		d.para("- ", who, ": ", text)
	case 5:
		d.para("○", role, " ", who, "  ", text)
	case 6:
		d.para(who, "(", role, ") ", text)
	default:
		d.para(role, "(", who, "): ", text)
	}
}

func genMinutes(d *doc) {
	d.setup("gu,city,city,agency", "기획예산과", "복지정책과", "자치행정과", "외국인다문화담당관", "생활보장과")
	if d.r.IntN(3) == 0 {
		minutesReport(d)
		return
	}
	minutesFull(d)
}

// minutesFull is the minutes proper: schedule, attendance and turns.
func minutesFull(d *doc) {
	r := d.r
	com := pick(r, committees)
	if d.org.kind == "agency" {
		com = pick(r, []string{"고객서비스위원회", "안전경영위원회", "계약심의위원회"})
	}
	n := between(r, 1, 9)
	d.pager(com)
	title := fmt.Sprintf("제%d차 %s 회의록", n, com)
	if r.IntN(3) == 0 {
		d.reportHead(title)
	} else {
		d.ln(spaceOut("회의록"))
		d.ln(title)
		d.plain("\n")
	}
	members := make([]*person, between(r, 3, 6))
	for i := range members {
		members[i] = d.person(35, 75)
	}
	chairIsOfficial := r.IntN(3) == 0
	chair := official{}
	if chairIsOfficial {
		chair = official{pick(r, []string{"부구청장", "행정국장", "기획조정실장"}), ""}
		chair.pos = chair.name
		for {
			p := newPerson(r, d.date.y, 45, 60)
			if d.free(p.sur + p.given) {
				chair.name = p.sur + p.given
				break
			}
		}
	}
	// who is how the minutes refer to member i at this mention.
	who := func(i int, place string) any {
		if d.clean {
			return []any{"A", "B", "C", "D", "E", "F"}[i]
		}
		return d.name(members[i], place)
	}
	whoMask := func(i int) any {
		if d.clean {
			return members[i].mask(r)
		}
		return d.name(members[i], "attendee")
	}
	// 참석자
	var att []any
	switch r.IntN(5) {
	case 0:
		att = append(att, "위원장 ")
		if chairIsOfficial {
			att = append(att, chair.pos, " ", ng("official", chair.name))
		} else {
			att = append(att, whoMask(0))
		}
		att = append(att, ", 위원 ")
		for i := 1; i < len(members); i++ {
			if i > 1 {
				att = append(att, ", ")
			}
			att = append(att, whoMask(i))
		}
		att = append(att, fmt.Sprintf(" (총 %d명)", len(members)))
	case 1:
		for i := range members {
			if i > 0 {
				att = append(att, pick(r, []string{", ", "·", " "}))
			}
			att = append(att, whoMask(i))
			if i == 0 && !chairIsOfficial {
				att = append(att, "(위원장)")
			}
		}
	default:
		att = nil
	}
	sched := []kv{
		{"회의명", fmt.Sprintf("제%d차 %s", n, com)},
		{"일시", []any{d.today(), " ", ng("time", fmt.Sprintf("%02d:00~%02d:30", between(r, 9, 15), between(r, 16, 18)))}},
		{"장소", d.place()},
	}
	if att != nil {
		sched = append(sched, kv{"참석자", att})
	}
	sched = append(sched, kv{"배석", []any{d.dept, "장, ", d.team, "장, ", d.drafter.pos, " ", d.off(d.drafter)}})
	d.kvs(sched...)
	if att == nil {
		// The attendance as a table or a list.
		d.ln("참석위원 명단")
		if r.IntN(2) == 0 {
			t := table{head: [][]string{{"구분", pick(r, []string{"성명", "성 명", "위원명"}), "소속"}}}
			if r.IntN(4) == 0 {
				t.head = nil
			}
			for i := range members {
				role := "위원"
				if i == 0 && !chairIsOfficial {
					role = "위원장"
				}
				var nm any
				if d.clean {
					nm = members[i].mask(r)
				} else {
					nm = d.name(members[i], cell)
				}
				t.rows = append(t.rows, []any{role, nm, pick(r, []any{d.company(), "주민대표", "시민위원", ng("org", pick(r, []string{"서울대학교", "한국외국어대학교", "서울시립대학교", "○○구의회", "서울시복지재단"}))})})
			}
			d.table(t)
		} else {
			for i := range members {
				if d.clean {
					d.ln(pick(r, []string{"- ", "· ", fmt.Sprintf("%d. ", i+1)}), members[i].mask(r), " 위원")
				} else {
					d.ln(pick(r, []string{"- ", "· ", fmt.Sprintf("%d. ", i+1)}), d.name(members[i], "list"), " 위원")
				}
			}
		}
	}
	d.plain("\n")
	d.h(0, "안건: ", pick(r, []string{"2025년도 사업 계획(안) 심의", "보조사업자 선정(안)", "운영 규정 일부 개정(안)", "주민 제안사업 우선순위 결정"}))
	d.h(0, "회의 내용")
	k := r.IntN(8)
	if chairIsOfficial {
		d.speaker(k, ng("official", chair.name), "위원장", "성원이 되었으므로 회의를 개회하겠습니다.")
	} else {
		d.speaker(k, who(0, "speaker"), "위원장", "성원이 되었으므로 회의를 개회하겠습니다.")
	}
	d.para("○ ", d.dept, "장: 안건에 대하여 설명드리겠습니다. (", d.statute(statGeneral), " 관련)")
	for i := 1; i < len(members); i++ {
		d.speaker(k, who(i, "speaker"), "위원", pick(r, remarks))
		if r.IntN(3) == 0 {
			d.para("○ ", d.team, "장: ", pick(r, replies))
		}
	}
	if len(members) > 2 && r.IntN(2) == 0 {
		other := 1 + r.IntN(len(members)-1)
		if d.clean {
			d.speaker(k, who(len(members)-1, "speaker"), "위원", "앞서 다른 위원님께서 말씀하신 내용에 동의합니다.")
		} else {
			d.speaker(k, who(len(members)-1, "speaker"), "위원", "")
			d.para("  앞서 ", d.nameWith(members[other], "speech", pick(r, []string{" 위원님께서", "위원님께서", " 위원께서", " 위원이", "위원이"})), " 말씀하신 내용에 동의합니다.")
		}
	}
	if strings.Contains(com, "생활보장") {
		d.welfareReview()
	}
	d.h(0, "의결 결과: ", pick(r, []string{"원안 가결", "수정 가결", "보류(차기 회의 재상정)"}))
	d.h(0, "회의록 작성: ", d.drafter.pos, " ", d.off(d.drafter), pick(r, []string{"", " (간사)"}))
	if r.IntN(2) == 0 {
		d.ln("※ 회의 내용 중 개인정보는 ", ng("statute", "「개인정보 보호법」 제18조"), "에 따라 비공개 처리함")
	}
	d.closing(false)
}

// welfareReview adds the cases a 생활보장위원회 decided: people and the
// illness that grounds the decision.
func (d *doc) welfareReview() {
	r := d.r
	d.h(1, "심의 대상 (수급자 직권 결정)")
	t := table{head: [][]string{{"연번", pick(r, []string{"대상자", "성명", "신청인"}), "생년월일", "심의 사유", "결과"}}}
	for i := range between(r, 2, 4) {
		p := d.person(30, 85)
		p.ctx = "health"
		var nm, b any
		if d.clean {
			nm, b = p.mask(r), ng("masked", fmt.Sprintf("%d. *. *.", p.birth.y))
		} else {
			nm, b = d.name(p, cell), d.birth(p, cell)
		}
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), nm, b, withJosa(pick(r, illnesses), "으로/로") + " 근로 불가", pick(r, []string{"적정", "부적정", "재조사"})})
	}
	d.table(t)
}

var illnesses = []string{"뇌경색 후유증", "만성 신부전(주 3회 투석)", "우울증", "알코올 사용 장애", "당뇨 합병증", "척추 수술", "폐암 치료", "조현병", "치매 초기", "골절"}

func genHearing(d *doc) {
	d.setup("gu,gu,city,agency", "도시계획과", "교통행정과", "공원녹지과", "건축과", "주거복지처")
	if d.r.IntN(3) == 0 {
		hearingStatements(d)
		return
	}
	hearingBriefing(d)
}

// hearingBriefing reports a residents' briefing: questions, a petition
// with its signatories.
func hearingBriefing(d *doc) {
	r := d.r
	topic := pick(r, []string{"○○역세권 재정비촉진계획", "마을버스 노선 조정", "근린공원 조성 사업", "공공임대주택 건립 사업", "도시철도 출입구 신설", "하수관로 정비 공사"})
	kind := pick(r, []string{"주민설명회", "공청회", "주민 간담회"})
	title := fmt.Sprintf("%s %s 개최 결과 보고", topic, kind)
	if r.IntN(2) == 0 {
		d.reportHead(title)
	} else {
		d.letterhead(title)
	}
	d.h(0, "개요")
	d.h(1, "일시: ", d.dt(d.date.before(between(r, 3, 10))), " ", ng("time", fmt.Sprintf("%02d:00", between(r, 14, 19))))
	d.h(1, "장소: ", d.place())
	d.h(1, "참석: 주민 ", ng("number", fmt.Sprint(between(r, 20, 150))), "명, 관계 공무원, 용역사(", d.company(), ")")
	d.h(0, "주요 질의 및 답변")
	people := make([]*person, between(r, 2, 4))
	for i := range people {
		people[i] = d.person(30, 80)
	}
	words := r.Perm(len(citizenWords))
	for i, p := range people {
		dong := pick(r, seoulDongs)[1]
		var q any
		switch {
		case d.clean:
			q = []any{"주민 ", pick(r, []any{p.mask(r), fmt.Sprintf("%c", 'A'+i)}), "(", dong, ")"}
		case r.IntN(3) == 0:
			q = []any{"주민 ", d.name(p, "body"), "(", dong, " 거주)"}
		default:
			q = []any{d.name(p, "body"), pick(r, []string{" 주민대표", " 입주자대표회의 회장", " 상인회장", " 주민"})}
		}
		d.h(1, "질의(", q, "): “", citizenWords[words[i]], "”")
		d.para("     → 답변(", d.dept, "장): ", pick(r, replies))
	}
	if !d.clean && r.IntN(2) == 0 {
		p := people[0]
		d.h(1, "특히 ", d.nameWith(p, "body", d.subj()), " 공사 기간 중 통학로 안전 대책을 거듭 요구하였으며, 추후 서면 답변을 요청함(연락처 ", d.mobile(p, "body"), ")")
		if r.IntN(2) == 0 {
			n := d.person(60, 90)
			d.h(2, "“제 옆집에 사시는 ", d.name(n, "quote"), " 할머니는 다리가 불편하셔서 우회로로 다니실 수가 없어요.”")
		}
	}
	if !d.clean && r.IntN(2) == 0 {
		// A table whose header says nothing about people.
		d.h(0, "현장 건의 사항")
		t := table{head: [][]string{{"연번", "구분", "내용", "비고"}}}
		for i := range between(r, 2, 3) {
			p := d.person(30, 80)
			t.rows = append(t.rows, []any{fmt.Sprint(i + 1), pick(r, []string{"교통", "안전", "보상", "환경"}), []any{d.name(p, cell), "(", d.mobile(p, cell), ") ", pick(r, []string{"통학로 안전펜스 설치 요청", "공사 차량 출입 시간 제한 요청", "임시 주차장 마련 요청"})}, pick(r, []string{"검토", "반영", "장기 검토"})})
		}
		d.table(t)
	}
	d.h(0, "주민 건의서 접수(연명부)")
	if d.clean {
		d.h(1, "건의서 1건(서명 주민 ", ng("number", fmt.Sprint(between(r, 30, 400))), "명) 접수, 서명부는 개인정보 보호를 위해 공개하지 않음")
	} else {
		t := table{head: [][]string{{"연번", pick(r, []string{"성명", "이름", "성 명"}), "주소", "연락처", "서명"}}}
		if r.IntN(4) == 0 {
			t.head = nil
		}
		for i := range between(r, 3, 6) {
			p := d.person(25, 85)
			sign := any("(서명)")
			if r.IntN(3) == 0 {
				sign = p.nm(cell)
			}
			var tel any = d.mobile(p, cell)
			if r.IntN(4) == 0 {
				tel = d.home(p, cell)
			}
			t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.name(p, cell), d.addrCore(p, cell), tel, sign})
		}
		d.table(t)
	}
	d.h(0, "향후 계획")
	d.h(1, "주민 의견을 검토하여 계획(안)에 반영하고 ", d.dt(d.date.addDays(30)), "까지 결과를 공개할 예정")
	d.closing(false, pick(r, []string{"설명회 자료", "주민 의견서 사본", "참석자 명부"}))
}

var citizenWords = []string{
	"공사 기간에 소음과 분진 대책은 어떻게 되는지 구체적으로 알려 주십시오.",
	"버스 노선이 바뀌면 어르신들이 병원에 가기가 더 어려워집니다.",
	"보상 기준이 지나치게 낮습니다. 감정평가를 다시 해 주세요.",
	"공원 안에 주차장을 만들면 아이들이 위험해집니다.",
	"주민 의견을 형식적으로만 듣는 것 아닙니까?",
	"출입구 위치를 학교 쪽으로 옮겨 주셨으면 합니다.",
}

// minutesReport summarises a meeting for the file: opinions carry the
// member's name in brackets after them.
func minutesReport(d *doc) {
	r := d.r
	com := pick(r, committees)
	d.reportHead(fmt.Sprintf("%s 회의 결과 보고", com))
	d.h(0, "회의 개요")
	d.h(1, "일시/장소: ", d.today(), " ", ng("time", fmt.Sprintf("%02d:00", between(r, 10, 16))), " / ", d.place())
	members := make([]*person, between(r, 3, 5))
	for i := range members {
		members[i] = d.person(35, 75)
	}
	var att []any
	for i, m := range members {
		if i > 0 {
			att = append(att, ", ")
		}
		if d.clean {
			att = append(att, m.mask(r))
		} else {
			att = append(att, d.name(m, "attendee"))
		}
	}
	d.h(1, "참석: 위원 ", ng("number", fmt.Sprintf("%d명", len(members))), "(", att, "), 간사 ", d.drafter.pos, " ", d.off(d.drafter))
	d.h(0, "주요 의견")
	for i, m := range members[1:] {
		var who any = fmt.Sprintf("위원 %c", 'A'+i)
		if !d.clean {
			who = []any{d.name(m, "speaker"), pick(r, []string{" 위원", "", " 위원장"})}
		}
		d.h(1, pick(r, remarks), " (", who, ")")
	}
	d.h(0, "조치 계획: ", pick(r, replies))
	d.closing(false)
}

// hearingStatements is the record of a public hearing's speakers.
func hearingStatements(d *doc) {
	r := d.r
	topic := pick(r, []string{"도시관리계획(용도지역) 변경", "광역버스 환승센터 건립", "생활폐기물 처리시설 현대화"})
	d.letterhead(topic + " 공청회 결과 및 진술 요지")
	d.h(0, "공청회 개요: ", d.dt(d.date.before(7)), " ", d.place(), " (주재자: ", d.dept, "장)")
	d.h(0, "진술인")
	t := table{head: [][]string{{"구분", pick(r, []string{"성명", "진술인"}), "소속", "진술 요지"}}}
	people := make([]*person, between(r, 2, 4))
	for i := range people {
		p := d.person(35, 70)
		people[i] = p
		var nm any = d.name(p, cell)
		if d.clean {
			nm = p.mask(r)
		}
		t.rows = append(t.rows, []any{pick(r, []string{"전문가", "주민대표", "시민단체"}), nm, ng("org", pick(r, []string{"서울시립대학교", "한국교통연구원", "서울환경운동연합", "주민대책위원회", d.org.short + " 도시계획위원회"})), pick(r, []string{"찬성", "반대", "조건부 찬성"})})
	}
	d.table(t)
	d.h(0, "진술 요지")
	for _, p := range people {
		if d.clean {
			d.h(1, "진술인 ", p.mask(r), ": “", pick(r, citizenWords), "”")
			continue
		}
		d.h(1, d.nameWith(p, "speaker", d.subj()), " “", pick(r, citizenWords), "”라고 진술함")
	}
	if !d.clean {
		p := people[0]
		d.h(1, "방청석 질의: 주민 ", d.name(d.person(30, 80), "body"), " 씨가 ", d.nameWith(p, "body", "과/와"), " 같은 의견을 밝히며 보상 대책을 요구함")
	}
	d.h(0, "향후 계획: 공청회 결과를 ", d.statute([]string{"「국토의 계획 및 이용에 관한 법률」 제28조", "「행정절차법」 제39조의2"}), "에 따라 계획에 반영 여부를 검토")
	d.closing(false)
}
