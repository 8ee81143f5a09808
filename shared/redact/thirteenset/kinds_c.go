package thirteenset

import (
	"fmt"
)

// 청소년 상담 사례회의: a meeting report with attendees, a case summary
// about a minor and the discussion as minutes.
func kYouthCase(g *gen) {
	r := g.r
	d := g.district()
	g.header(pick(r, []string{fmt.Sprintf("%d년 제%d차 청소년 통합지원체계 사례회의 결과 보고", g.date.Year(), 1+r.IntN(12)), "위기청소년 사례회의 개최 결과", "청소년안전망 솔루션위원회 회의 결과"}), nil)
	g.related("「청소년복지 지원법」 제9조", "「청소년복지 지원법」 제12조")
	g.w(g.n(), "위기청소년 지원 방안을 논의하기 위하여 개최한 사례회의 결과를 아래와 같이 보고합니다.\n\n")
	g.w("  ", g.l(), "일시: ")
	g.dateNeg(g.after(-5), true)
	g.wf(" %d:00~%d:00\n", 14+r.IntN(3), 17)
	g.w("  ", g.l(), "장소: ")
	g.neg("place", d.gu+" 청소년상담복지센터")
	g.w(" ", fmt.Sprint(2+r.IntN(4)), "층 회의실\n")
	var members []*person
	if g.can(4) {
		g.w("  ", g.l(), "참석: ")
		roles := []string{"정신건강전문요원", "학교사회복지사", "경찰서 학대예방경찰관", "변호사", "청소년동반자", "임상심리사"}
		for i := 0; i < 3+r.IntN(2); i++ {
			if i > 0 {
				g.w(", ")
			}
			p := g.citizen()
			members = append(members, p)
			g.nm(p, "list", "("+roles[(i+r.IntN(3))%len(roles)]+")")
		}
		g.w(" 및 담당 ")
		g.word("주무관")
		g.w(" 등 ", fmt.Sprint(len(members)+2), "명\n\n")
	} else {
		g.w("  ", g.l(), "참석: 위원 ", fmt.Sprint(5+r.IntN(4)), "명\n\n")
	}
	if !g.can(8) {
		g.w(g.n(), "논의 결과: 사례 ", fmt.Sprint(2+r.IntN(5)), "건에 대하여 ")
		g.neg("place", "서울특별시 청소년상담복지센터")
		g.w(" 연계 및 긴급지원비 ")
		g.amount((30 + r.IntN(100)) * 10000)
		g.w(" 지원을 의결함\n")
		g.contact()
		g.closing("회의록")
		return
	}
	par := g.newPerson(1962, 1988)
	rel := "(부)"
	kid := g.childOf(par, g.date.Year()-18, g.date.Year()-13)
	if par.female {
		rel = pick(r, []string{"(모)", "(모)", "(조모)"})
		kid = g.minor()
		kid.addr, kid.addrWrap = par.addr, par.addrWrap
	}
	g.ctx = "minor"
	g.w(g.n(), "사례 개요\n")
	g.label("대상 청소년")
	g.nm(kid, "kv", "")
	g.w(" (")
	g.val("birth_date", "kv", kid.birth(r, pick(r, []int{0, 1, 2, 3})))
	g.wf(", %s)\n", pick(r, []string{"중학교 3학년", "고등학교 1학년 자퇴", "고등학교 2학년", "중학교 2학년"}))
	g.label("보호자")
	g.ctx = ""
	g.nm(par, "kv", rel)
	g.w(", ")
	g.phoneOf(par, "kv")
	g.w("\n")
	g.label("주소")
	g.addr(kid, "kv")
	g.w("\n")
	g.ctx = "criminal"
	g.label("주요 문제")
	g.w("가출 3회, ")
	g.neg("word", "고소")
	g.w(" 사건 피의자로 ")
	g.neg("place", d.gu[:len(d.gu)-3]+"경찰서")
	g.w(" 수사 중(")
	g.neg("caseno", g.caseno("푸"))
	g.w(")\n\n")
	g.ctx = ""
	g.w(g.n(), "주요 논의 내용\n")
	sayers := members
	if len(sayers) == 0 {
		sayers = []*person{g.citizen()}
	}
	say := func(ctx, before string, who *person, suffix, after string) func() {
		return func() {
			g.ctx = ctx
			g.w(before)
			if who != nil {
				g.nm(who, "speaker", suffix)
			}
			g.w(after)
			g.ctx = ""
		}
	}
	lines := []func(){
		say("minor", "학교 복귀보다 대안교육 위탁이 우선이라고 봅니다. ", kid, "이/가", " 지난달 상담에서 보호자와의 갈등을 여러 번 이야기했습니다."),
		say("", "보호자 ", par, "께서", " 치료비 부담을 호소하고 있어 긴급지원 연계가 필요합니다."),
		say("health", "우울 척도 점수가 높아 정신건강복지센터 의뢰를 권고합니다. ", kid, "은/는", " 수면제 처방 이력이 있습니다."),
		say("criminal", "수사 결과에 따라 소년부 송치 가능성이 있으니 국선보조인 선정을 안내하겠습니다. ", kid, "의", " 진술 조서는 아직 받지 못했습니다."),
		say("minor", "", kid, "이/가", pick(r, []string{" 머무는 친구 집 주소를 확인했습니다. 보호자 동의 없이 방문할 수는 없습니다.", " 아르바이트 임금을 받지 못했다고 해서 노동청 진정을 돕고 있습니다.", " 검정고시 준비 의사를 밝혔습니다."})),
		say("", "조모 연락처로는 통화가 안 됩니다. ", par, "과/와", " 직접 면담 일정을 다시 잡겠습니다."),
		say("criminal", "피해 학생 측이 ", nil, "", "합의 의사가 없다고 들었습니다. 고소 취하는 어려워 보입니다."),
		say("health", "", kid, "의", pick(r, []string{" 자해 흔적이 팔에 있어 병원 동행이 필요합니다.", " 식사를 거의 못 해 영양 상태가 나쁩니다."})),
	}
	r.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	lines = lines[:3+r.IntN(3)]
	style := r.IntN(3)
	for i, f := range lines {
		if !g.can(3) {
			break
		}
		who := sayers[i%len(sayers)]
		switch style {
		case 0:
			g.w("  위원 ")
			g.nm(who, "speaker", ": ")
		case 1:
			g.w("  ○ ")
			g.nm(who, "speaker", " 위원 : ")
		default:
			g.w("  - ")
			g.nm(who, "speaker", pick(r, []string{"(위원): ", " 위원: "}))
		}
		f()
		g.w("\n")
	}
	g.w("\n", g.n(), "결정 사항: 긴급지원비 ")
	g.amount((30 + r.IntN(70)) * 10000)
	g.w(" 지원, 청소년동반자 주 1회 방문, 다음 회의 ")
	g.dateNeg(g.after(28), true)
	g.w("\n")
	g.contact()
	g.closing("회의록", "참석자 명단")
}

// 재개발 조합 민원: complaints of members against the union, by e-mail,
// on the bulletin board and at the general meeting.
func kRedevelop(g *gen) {
	r := g.r
	d := g.district()
	zone := stem(pick(r, d.dongs)) + fmt.Sprintf("%d구역", 1+r.IntN(15))
	union := zone + " 주택재개발정비사업조합"
	g.header(pick(r, []string{union + " 관련 민원 처리 결과", "재개발 조합원 민원 검토 결과 보고", zone + " 재개발사업 조합 운영 실태 점검 결과"}), nil)
	g.related("「도시 및 주거환경정비법」 제113조", "「도시 및 주거환경정비법」 제124조", "「민원 처리에 관한 법률」 제27조")
	g.w(g.n(), "")
	g.neg("company", union)
	g.w("(법인등록번호 ")
	g.neg("corpno", g.corpno())
	g.w(", 고유번호 ")
	g.neg("bizno", g.bizno())
	g.w(")에 대한 조합원 민원을 아래와 같이 검토하였습니다.\n\n")
	if g.can(5) && chance(r, 55) {
		p := g.citizen()
		g.w("  ", g.l(), "전자우편 민원\n")
		g.mailHeader(p, pick(r, []string{"조합 총회 의결 무효 민원", "재개발 분담금 관련 문의", "조합장 해임 요구"}))
		g.w("    저는 ", zone, " 조합원 ")
		g.nm(p, "prose", "입니다")
		g.w(". 제 소유 토지(")
		g.put("address", "prose", g.ctxOr("plain"), fmt.Sprintf("%s %s %d-%d", d.gu, pick(r, d.dongs), 1+r.IntN(900), 1+r.IntN(60)))
		g.w(")의 감정평가액이 터무니없이 낮게 나왔습니다. 조합장이 ")
		g.neg("amount", commas((1+r.IntN(9))*100000000)+"원")
		g.w(" 이상을 용역업체에 몰아준 의혹도 있습니다. 답변은 ")
		g.phoneOf(p, "prose")
		g.w("로 주십시오.\n\n")
	}
	if g.can(10) && chance(r, 45) {
		g.w("  ", g.l(), "연명 민원인(", fmt.Sprint(20+r.IntN(200)), "명 중 대표자)\n")
		for i := 0; i < 3+r.IntN(4) && g.can(3); i++ {
			p := g.citizen()
			g.w(pick(r, []string{fmt.Sprintf("    %d) ", i+1), "    - ", fmt.Sprintf("   %d. ", i+1)}))
			sep := pick(r, [][2]string{{" ", ""}, {"(", ")"}, {" / ", ""}})
			g.nm(p, "list", sep[0])
			if chance(r, 60) {
				g.phoneOf(p, "list")
			} else {
				g.wf("%d동 %d호", 101+r.IntN(12), (1+r.IntN(15))*100+1+r.IntN(4))
			}
			g.w(sep[1])
			g.w("\n")
		}
		g.w("\n")
	}
	if g.can(6) && chance(r, 60) {
		g.w("  ", g.l(), "조합 게시판 민원 현황\n")
		ipc := col{"작성자 IP", 1, func(t *table, i int, p *person) cell { return t.c("ip", ip(t.g.r)) }}
		g.roster("", 3+r.IntN(5), g.citizen, colNo("번호"), colName("작성자"), colText("제목", "분담금 산정 근거 공개 요구", "총회 서면결의서 위조 의혹", "이주비 대출 지연", "조합장 해임 발의", "감정평가 재실시 요구"), ipc, colText("처리", "답변 완료", "조합에 이송", "검토 중"))
	}
	if g.can(6) {
		chief := g.citizen()
		g.w("\n  ", g.l(), "임시총회 발언 요지(")
		g.dateNeg(g.after(-12), false)
		g.w(")\n")
		speeches := []func(p *person){
			func(p *person) {
				g.w(pick(r, []string{"분담금 내역을 공개하지 않으면 ", "서면결의서 원본을 확인하지 않으면 ", "시공사 선정 과정이 불투명하므로 "}))
				g.neg("word", "조합장")
				g.w(" ")
				g.ctx = "criminal"
				g.nm(chief, "speaker", "을/를")
				g.ctx = ""
				g.w(" ", pick(r, []string{"고소하겠습니다.", "해임해야 합니다.", "상대로 소송을 내겠습니다."}))
			},
			func(p *person) {
				g.w("저는 ", pick(r, []string{"상가 세입자", "30년 거주한 원주민", "다가구 소유자"}), "인데 이주비 ")
				g.amount((5 + r.IntN(30)) * 1000000)
				g.w("으로는 전세도 못 구합니다.")
			},
			func(p *person) {
				g.w("감정평가를 다시 하십시오. 옆집 ")
				q := g.citizen()
				g.nm(q, "speaker", "씨")
				g.w(" 땅은 평당 ")
				g.amount((800 + r.IntN(900)) * 10000)
				g.w("인데 우리 집은 절반입니다.")
			},
			func(p *person) {
				g.w("총회 책자를 ", pick(r, []string{"등기로 받지 못했습니다.", "이틀 전에야 받았습니다."}), " 제 주소가 바뀐 걸 조합이 모릅니다.")
			},
			func(p *person) {
				g.w("지난 총회 때 ")
				g.ctx = "criminal"
				g.nm(chief, "speaker", "이/가")
				g.ctx = ""
				g.w(" 용역업체에서 금품을 받았다는 제보가 있습니다. 경찰 수사 의뢰를 요구합니다.")
			},
		}
		r.Shuffle(len(speeches), func(i, j int) { speeches[i], speeches[j] = speeches[j], speeches[i] })
		for i := 0; i < 2+r.IntN(3) && g.can(4); i++ {
			p := g.citizen()
			g.w("    조합원 ")
			if chance(r, 50) {
				g.nm(p, "speaker", fmt.Sprintf("(%d동): ", 101+r.IntN(9)))
			} else {
				g.nm(p, "speaker", pick(r, []string{" : ", ": ", " - "}))
			}
			speeches[i](p)
			g.w("\n")
		}
		g.w("\n  ", g.l(), "검토 의견: 조합장 ")
		g.nm(chief, "prose", "에 대하여")
		g.w(" 정보공개 의무 위반 여부를 점검하고, 조합설립인가 취소 소송(")
		g.neg("caseno", g.caseno("구합"))
		g.w(") 결과를 지켜볼 예정임\n")
	}
	g.w("\n", g.n(), "")
	g.neg("statute", "「도시 및 주거환경정비법」 제124조제1항")
	g.w("에 따른 정보공개 청구에 조합이 15일 이내 응하지 않을 경우 과태료를 부과하겠습니다.\n")
	g.contact()
	g.closing("민원 검토서")
}

// 공무원 채용 면접: results for clerks and drivers, with licence numbers
// for the driving posts.
func kHiring(g *gen) {
	r := g.r
	d := g.district()
	post := pick(r, []string{"일반행정 9급", "운전 9급", "사회복지 9급", "시설(토목) 8급", "기간제 근로자(주차단속)"})
	g.header(pick(r, []string{fmt.Sprintf("%d년도 제%d회 %s 지방공무원 임용시험 면접 결과", g.date.Year(), 1+r.IntN(3), g.orgShort()), post + " 경력경쟁임용시험 최종 합격자 결정", post + " 면접시험 실시 결과 보고"}), nil)
	g.related("「지방공무원법」 제35조", "「지방공무원 임용령」 제62조")
	g.w(g.n(), "", post, " 응시자에 대한 면접시험을 아래와 같이 실시하였습니다.\n")
	g.w("  ", g.l(), "일시: ")
	g.dateNeg(g.after(-4), true)
	g.w(" 10:00\n  ", g.l(), "장소: ")
	g.facility(d, chance(r, 50))
	g.w(" 대회의실\n")
	if g.can(3) {
		g.w("  ", g.l(), "면접위원: ")
		for i := 0; i < 2+r.IntN(2); i++ {
			if i > 0 {
				g.w(", ")
			}
			g.nm(g.citizen(), "list", pick(r, []string{"(외부, 노무사)", "(외부, 교수)", "(외부)", "(인사혁신처 추천)"}))
		}
		g.w(", ")
		g.neg("official", g.offs[1])
		g.w("(내부)\n\n")
	} else {
		g.w("\n")
	}
	if g.can(8) {
		no := col{"응시번호", 0, func(t *table, i int, p *person) cell {
			return tx(fmt.Sprintf("%d%04d", 10+t.g.r.IntN(80), t.g.r.IntN(10000)))
		}}
		res := colText("결과", "합격", "합격", "불합격", "추가합격")
		var cols []col
		if post == "운전 9급" {
			lic := col{"운전면허번호", 1, func(t *table, i int, p *person) cell { return t.c("driver_licence", licence(t.g.r)) }}
			cols = []col{no, colName("성명"), colBirth("생년월일", pick(r, []int{2, 3, 5})), lic, colText("면허 종별", "1종 대형", "1종 대형", "1종 특수"), res}
		} else if chance(r, 50) {
			cols = []col{no, colName("성명"), colBirth("생년월일", pick(r, []int{0, 2, 6})), colEmail("이메일"), colPhone("연락처"), res}
		} else {
			cols = []col{colNo("순위"), no, colName("성명"), colText("평정", "우수", "보통", "보통", "미흡"), res}
		}
		g.roster("  @면접 결과", 5+r.IntN(12), g.youth, cols...)
	}
	if g.can(4) && chance(r, 55) {
		p := g.youth()
		g.w("\n", g.n(), "임용 예정자 신원 확인\n")
		g.w(g.bullet(0), "최종 합격자 ")
		g.nm(p, "prose", "은/는")
		g.w(" 면접 당일 신분증으로 ")
		if chance(r, 50) {
			g.w("여권(")
			g.val("passport", "prose", passportKR(r))
			g.w(")을 제시하였으며")
		} else {
			g.w("운전면허증(")
			g.val("driver_licence", "prose", licence(r))
			g.w(")을 제시하였으며")
		}
		if chance(r, 40) {
			g.w(", 면접 당일 ")
			g.word("김포공항")
			g.w(" 결항으로 30분 늦게 도착하여 마지막 순서로 면접함")
		}
		g.w(", 임용 서류는 ")
		g.dateNeg(g.after(14), true)
		g.w("까지 제출하여야 함\n")
		if chance(r, 50) {
			g.w(g.bullet(1), "원서 접수 시 동일 IP(")
			g.val("ip", "prose", ip(r))
			g.w(")에서 2건 접수되어 확인한 결과 가족 명의 대리 접수로 확인됨\n")
		}
	}
	g.refunds("\n  ※ 응시수수료 환불 대상(시험 취소자)")
	g.w("\n", g.n(), "불합격자에게는 개별 통지하고, 합격자 명단은 응시번호만 공고합니다(")
	g.neg("statute", "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호")
	g.w(").\n")
	g.contact()
	g.closing("면접 결과표", "최종 합격자 명단")
}

// 학교 밖 청소년: support programme enrolment, with scanned application
// forms and guardians' accounts.
func kOutOfSchool(g *gen) {
	r := g.r
	d := g.district()
	center := d.gu + " 학교밖청소년지원센터(꿈드림)"
	g.header(pick(r, []string{"학교 밖 청소년 지원사업 참여자 확정 알림", fmt.Sprintf("%d년 학교 밖 청소년 교육참여수당 지급 결과", g.date.Year()), "학교 밖 청소년 검정고시 응시 지원 결과"}), nil)
	g.related("「학교 밖 청소년 지원에 관한 법률」 제8조", "「학교 밖 청소년 지원에 관한 법률」 제15조")
	g.w(g.n(), "")
	g.neg("place", center)
	g.w("에 등록한 학교 밖 청소년 중 지원 대상자를 아래와 같이 확정하였습니다.\n")
	g.w("  ", g.l(), "지원 내용: 교육참여수당 월 ")
	g.amount(pick(r, []int{100000, 200000}))
	g.w(", 검정고시 학습지원, 건강검진\n\n")
	if g.can(10) {
		g.ctx = "minor"
		cols := []col{colNo("연번"), colName("성명"), colBirth("생년월일", pick(r, []int{3, 5, 2})), colText("학력", "중학교 중퇴", "고등학교 자퇴", "초등학교 졸업", "고졸 검정고시 준비"), colPhone("연락처")}
		if chance(r, 50) {
			holder := col{"보호자(예금주)", 1, func(t *table, i int, p *person) cell { return t.nameCell(t.g.citizen()) }}
			cols = []col{colNo("번호"), colName("청소년"), colBirth("생년월일", 2), holder, colBankAcct("입금 계좌")}
		}
		g.roster("  @지원 대상자", 4+r.IntN(8), g.minor, cols...)
		g.ctx = ""
	}
	if g.can(8) && chance(r, 50) {
		kid := g.minor()
		g.ctx = "minor"
		g.scanned("학교 밖 청소년 지원 신청서", kid)
		g.ctx = ""
	}
	if g.can(3) && chance(r, 50) {
		kid := g.minor()
		g.w("\n", g.n(), "특이사항: ")
		g.ctx = "minor"
		g.nm(kid, "prose", "은/는")
		g.ctx = "health"
		g.w(" ", pick(r, []string{"ADHD 진단", "우울증 치료", "거식증 입원 치료", "학업 중단 후 은둔"}), " 이력이 있어 상담을 병행하며, 연락은 ")
		g.ctx = "minor"
		g.val("email", "prose", kid.email(r))
		g.w("으로만 원함\n")
		g.ctx = ""
	}
	g.w("\n", g.n(), "수당은 매월 25일 지급하며, ")
	g.neg("word", "장기간")
	g.w(" 미참여 시 지급을 중지합니다.\n")
	g.contact()
	g.closing("지원 대상자 명단", "개인정보 수집·이용 동의서")
}

// 체납 세금 징수: seizure lists and individual notices, with vehicles,
// deposits and, for foreign debtors, passports for a departure ban.
func kTaxArrears(g *gen) {
	r := g.r
	tax := pick(r, []string{"지방소득세", "재산세", "자동차세", "주민세", "취득세"})
	if !g.clean && chance(r, 40) {
		p := g.citizen()
		g.header(pick(r, []string{tax + " 체납액 납부 독촉 및 압류 예고", "체납처분(압류) 사전 안내", "체납 지방세 압류 통지"}), g.toCitizen(p))
		g.related("「지방세징수법」 제32조", "「지방세징수법」 제33조", "「국세징수법」 제31조")
		g.w(g.n(), "귀하께서 체납하신 지방세를 ")
		g.dateNeg(g.after(15), true)
		g.w("까지 납부하지 않을 경우 아래 재산을 압류할 예정이오니 기한 내 납부하여 주시기 바랍니다.\n\n")
		g.label("체납자")
		g.nm(p, "kv", "")
		g.w("\n")
		g.kvVal("주민등록번호", "rrn", p.rrn(r))
		g.label("체납액")
		g.amount((10 + r.IntN(3000)) * 1000)
		g.wf(" (%s 등 %d건)\n", tax, 1+r.IntN(9))
		g.w("  압류 예정 재산\n")
		g.w(g.bullet(1), "자동차: ")
		g.val("vehicle_plate", "prose", plate(r))
		g.w(pick(r, []string{" (쏘나타)", " (그랜저)", " (포터Ⅱ)", " (모닝)"}), "\n")
		if g.can(2) {
			g.w(g.bullet(1), "예금: ")
			g.acctOf(p, "prose")
			g.w("\n")
		}
		if g.can(2) && chance(r, 50) {
			g.w(g.bullet(1), "신용카드 매출채권: 가맹점 대표자 ")
			g.nm(p, "prose", "의")
			g.w(" 결제계좌 연결 카드 ")
			g.val("card", "prose", card(r))
			g.w("\n")
		}
		g.w("\n", g.n(), "납부는 위택스 또는 가상계좌로 가능하며, 분납을 원하시면 ")
		g.word("전담")
		g.w(" 징수반에 문의하시기 바랍니다.\n")
		g.contact()
		g.closing("체납액 명세서")
		return
	}
	g.header(pick(r, []string{fmt.Sprintf("%d년 고액·상습 체납자 체납처분 추진 결과", g.date.Year()), tax + " 체납자 차량 번호판 영치 결과 보고", "외국인 체납자 출국정지 요청"}), nil)
	g.related("「지방세징수법」 제8조", "「지방세징수법」 제33조", "「출입국관리법」 제4조")
	g.w(g.n(), "", tax, " 체납액 일제 정리 기간(")
	g.dateNeg(g.after(-30), false)
	g.w(" ~ ")
	g.dateNeg(g.after(-1), false)
	g.w(") 중 체납처분을 아래와 같이 추진하였습니다.\n")
	g.w("  ", g.l(), "정리 실적: ")
	g.amount((100 + r.IntN(9000)) * 100000)
	g.wf(" (%d명)\n\n", 50+r.IntN(500))
	if g.can(10) {
		arrear := col{"체납액(원)", 0, func(t *table, i int, p *person) cell { return ng("amount", commas((1+t.g.r.IntN(500))*10000)) }}
		var cols []col
		switch r.IntN(3) {
		case 0:
			cols = []col{colNo("연번"), colName("체납자"), colRRN("주민등록번호"), colAddr("주소"), arrear, colPlate("영치 차량")}
		case 1:
			cols = []col{colNo("연번"), colName("체납자"), colBirth("생년월일", pick(r, []int{5, 3})), arrear, colBank("압류 은행"), colAcct("압류 계좌")}
		default:
			cols = []col{colNo("연번"), colName("체납자"), colRRN("주민(외국인)등록번호"), arrear, colText("처분", "예금 압류", "급여 압류", "번호판 영치", "공매 의뢰")}
		}
		g.roster("  @체납처분 내역", 4+r.IntN(10), g.citizen, cols...)
	}
	if g.can(8) && chance(r, 55) {
		g.ctx = "foreign"
		pp := col{"여권번호", 1, func(t *table, i int, p *person) cell { return t.c("passport", passportFor(t.g.r, p.nat)) }}
		nat := col{"국적", 0, func(t *table, i int, p *person) cell { return tx(p.nat) }}
		frn := col{"외국인등록번호", 1, func(t *table, i int, p *person) cell { return t.c("frn", p.frn(t.g.r)) }}
		g.roster("\n  @외국인 체납자 출국정지 요청 대상", 2+r.IntN(4), func() *person { return g.newForeigner(1970, 1998) }, colNo("연번"), colName("성명"), nat, frn, pp, arrear())
		g.ctx = ""
	}
	g.refunds("\n  @이중 납부 카드 승인 취소 내역")
	if g.clean || chance(r, 50) {
		g.w("\n  ", g.l(), "법인 체납: ")
		g.neg("company", pick(r, companies))
		g.w("(법인등록번호 ")
		g.neg("corpno", g.corpno())
		g.w(") 부동산 공매(")
		g.neg("caseno", g.caseno("타경"))
		g.w(") 진행 중\n")
	}
	g.w("\n", g.n(), "체납자 ")
	g.word("명의")
	g.w("의 재산 조회는 ")
	g.neg("statute", "「지방세징수법」 제8조제1항")
	g.w("에 따라 실시하였습니다.\n")
	g.contact()
	g.closing("체납처분 내역", "출국정지 요청서")
}

func arrear() col {
	return col{"체납액", 0, func(t *table, i int, p *person) cell { return ng("amount", commas((1+t.g.r.IntN(900))*10000)) }}
}
