package thirteenset

import "fmt"

var kinds = []kind{
	{"lease", [][2]string{{"재산관리과", "공유재산팀"}, {"자산관리과", "재산관리팀"}, {"재무과", "공유재산팀"}}, kLease},
	{"roaduse", [][2]string{{"도로과", "도로점용팀"}, {"건설관리과", "도로관리팀"}}, kRoadUse},
	{"building", [][2]string{{"건축과", "건축민원팀"}, {"건축과", "건축허가팀"}, {"주택과", "건축안전팀"}}, kBuilding},
	{"seniorjob", [][2]string{{"어르신복지과", "노인일자리팀"}, {"노인복지과", "일자리지원팀"}}, kSeniorJob},
	{"youthrent", [][2]string{{"청년정책과", "청년주거팀"}, {"일자리정책과", "청년지원팀"}}, kYouthRent},
	{"aptaudit", [][2]string{{"공동주택과", "공동주택감사팀"}, {"주택과", "공동주택팀"}}, kAptAudit},
	{"parking", [][2]string{{"주차관리과", "주차단속팀"}, {"교통행정과", "주정차관리팀"}}, kParking},
	{"safetyreport", [][2]string{{"안전총괄과", "생활안전팀"}, {"교통지도과", "단속지원팀"}, {"건설안전과", "안전점검팀"}}, kSafetyReport},
	{"foodsanction", [][2]string{{"위생과", "식품위생팀"}, {"보건위생과", "식품안전팀"}}, kFood},
	{"disability", [][2]string{{"장애인복지과", "장애인지원팀"}, {"장애인복지과", "활동지원팀"}}, kDisability},
	{"multicultural", [][2]string{{"가족정책과", "다문화가족팀"}, {"여성가족과", "가족지원팀"}}, kMulticultural},
	{"youthcase", [][2]string{{"아동청소년과", "청소년팀"}, {"교육지원과", "청소년지원팀"}}, kYouthCase},
	{"redevelop", [][2]string{{"주거정비과", "재개발팀"}, {"도시재생과", "정비사업팀"}}, kRedevelop},
	{"hiring", [][2]string{{"인사과", "인사팀"}, {"총무과", "인사팀"}, {"인사과", "채용팀"}}, kHiring},
	{"outofschool", [][2]string{{"교육지원과", "청소년지원팀"}, {"아동청소년과", "학교밖청소년팀"}}, kOutOfSchool},
	{"taxarrears", [][2]string{{"세무1과", "체납징수팀"}, {"징수과", "체납관리팀"}, {"세무2과", "체납추적팀"}}, kTaxArrears},
}

// 공유재산 대부: renewal reports with lessee rosters, or a notice of 변상금
// to someone occupying public land.
func kLease(g *gen) {
	r := g.r
	d := g.district()
	lot := fmt.Sprintf("%s %s %d-%d", d.gu, pick(r, d.dongs), 1+r.IntN(800), 1+r.IntN(40))
	if !g.clean && chance(r, 40) {
		p := g.citizen()
		g.header(pick(r, []string{"공유재산 무단점유 변상금 부과 사전통지", "공유재산 무단점유 변상금 부과 예고", "변상금 부과 사전 통지(의견제출 안내)"}), g.toCitizen(p))
		g.related("「공유재산 및 물품 관리법」 제81조", "「행정절차법」 제21조")
		g.w(g.n(), "귀하께서 아래 공유재산을 대부계약 등 정당한 권원 없이 사용하고 있어 ")
		g.neg("statute", "「공유재산 및 물품 관리법」 제81조제1항")
		g.w("에 따라 변상금을 부과할 예정임을 알려드립니다.\n\n")
		g.w("  ", g.l(), "점유자\n")
		g.label("성명")
		g.nm(p, "kv", "")
		g.w("\n")
		if chance(r, 60) {
			g.label("생년월일")
			g.val("birth_date", "kv", p.birth(r, r.IntN(8)))
			g.w("\n")
		}
		g.label("주소")
		g.addr(p, "kv")
		g.w("\n  ", g.l(), "점유 재산: ")
		g.neg("place", lot)
		g.wf(" (%s, %d.%d㎡)\n", pick(r, []string{"도로", "구거", "잡종지", "공원"}), 5+r.IntN(200), r.IntN(10))
		g.w("  ", g.l(), "점유 기간: ")
		g.dateNeg(g.after(-365*(1+r.IntN(4))), false)
		g.w(" ~ ")
		g.dateNeg(g.after(-1), false)
		g.w("\n  ", g.l(), "변상금(안): ")
		g.amount((50 + r.IntN(3000)) * 1000)
		g.w("\n\n", g.n(), "이 처분에 의견이 있는 경우 ")
		g.dateNeg(g.after(20), true)
		g.w("까지 의견서를 제출하여 주시기 바라며, 기한 내 의견 제출이 없으면 의견이 없는 것으로 봅니다.\n")
		if g.can(2) && chance(r, 60) {
			g.w(g.n(), "참고로, ")
			g.nm(p, "prose", pick(r, []string{"께서", "님께서", " 씨가"}))
			g.w(" 지난 ")
			g.dateNeg(g.after(-40), false)
			g.w(" 유선(")
			g.phoneOf(p, "prose")
			g.w(")으로 ")
			g.word("장기간")
			g.w(" 점유 사실을 인정하고 분할 납부를 요청하였으나, 분할 납부는 부과 후 신청할 수 있습니다.\n")
		}
		g.contact()
		g.closing("의견제출서 서식")
		return
	}
	g.header(pick(r, []string{fmt.Sprintf("%d년 공유재산 대부계약 갱신 결과 보고", g.date.Year()), "공유재산(일반재산) 대부계약 체결 알림", "공유재산 대부료 부과 계획"}), nil)
	g.related("「공유재산 및 물품 관리법」 제31조", "「공유재산 및 물품 관리법 시행령」 제31조", "「"+g.orgShort()+" 공유재산 관리 조례」 제25조")
	g.w(g.n(), "대부기간이 만료되는 공유재산에 대하여 아래와 같이 대부계약을 ", pick(r, []string{"갱신하였음을 보고합니다.", "체결하고자 합니다.", "갱신하고 대부료를 부과하고자 합니다."}), "\n\n")
	g.w("  ", g.l(), "대부 개요\n")
	g.w(g.bullet(1), "대상 재산: ")
	g.neg("place", lot)
	g.wf(" 외 %d필지\n", 2+r.IntN(12))
	g.w(g.bullet(1), "대부 기간: ")
	g.dateNeg(g.after(10), false)
	g.w(" ~ ")
	g.dateNeg(g.after(10+365*(1+r.IntN(5))), false)
	g.w("\n", g.bullet(1), "연간 대부료 합계: ")
	g.amount((200 + r.IntN(9000)) * 1000)
	g.w("\n\n")
	if g.can(8) {
		g.w("  ", g.l(), "대부 대상자 현황\n")
		g.roster("", 4+r.IntN(8), g.citizen,
			colNo("연번"), colText("재산 구분", "대지", "잡종지", "도로", "주차장", "점포"), colName(pick(r, []string{"대부자", "성명", "계약자"})),
			colBirth("생년월일", pick(r, []int{0, 2, 3, 5})), colAddr("주소"), colPhone("연락처"), colAmount("대부료(원)", 150000, 4800000, 10000))
	}
	g.w("\n  ", g.l(), "법인 대부자\n")
	g.w(g.bullet(1), "상호: ")
	g.neg("company", pick(r, companies))
	g.w(" (사업자등록번호 ")
	g.neg("bizno", g.bizno())
	g.w(", 법인등록번호 ")
	g.neg("corpno", g.corpno())
	g.w(")\n")
	if g.can(1) {
		g.w(g.bullet(1), "대표자: ")
		g.nm(g.citizen(), "kv", "")
		g.w("\n")
	}
	g.w("\n", g.n(), "대부료는 ")
	g.neg("statute", "「공유재산 및 물품 관리법 시행령」 제31조제1항")
	g.w("에 따라 재산가액에 요율을 곱하여 산출하였으며, 납부기한은 ")
	g.dateNeg(g.after(30), true)
	g.w("입니다.\n")
	if g.can(3) && chance(r, 55) {
		p := g.citizen()
		g.w(g.n(), "대부자 중 ")
		g.nm(p, "prose", "은/는")
		g.w(" 대부료를 신용카드(")
		g.val("card", "prose", card(r))
		g.w(")로 납부하겠다고 신청하였으며, 환급금은 ")
		g.acctOf(p, "prose")
		g.w("으로 지급합니다.\n")
	}
	g.contact()
	g.closing("대부계약서(안)", "대부료 산출 내역")
}

// 도로점용 허가: permits for scaffolding, signboards, driveway crossings.
func kRoadUse(g *gen) {
	r := g.r
	d := g.district()
	what := pick(r, []string{"건축공사 가설울타리", "주택 진입로(차량출입시설)", "돌출간판", "상수도 인입관 매설", "공사용 비계", "에어컨 실외기 거치대"})
	g.header(pick(r, []string{"도로점용 허가 처리 결과 통보", "도로점용 허가(" + what + ")", "도로점용료 부과 알림", fmt.Sprintf("%d년 %d월 도로점용 허가 현황 보고", g.date.Year(), int(g.date.Month()))}), nil)
	g.related("「도로법」 제61조", "「도로법 시행령」 제55조", "「"+g.orgShort()+" 도로점용허가 및 점용료 등 징수 조례」")
	g.w(g.n(), "위 호와 관련하여 ", pick(r, []string{"접수된 도로점용 허가 신청을 검토한 결과", "도로점용 허가 신청에 대하여"}), " 아래와 같이 허가하였음을 ", pick(r, []string{"알려드립니다.", "보고합니다."}), "\n\n")
	if g.can(6) && chance(r, 55) {
		p := g.citizen()
		g.w("  ", g.l(), "신청인\n")
		g.label("성명")
		g.nm(p, "kv", "")
		g.w("\n")
		g.label("주소")
		g.addr(p, "kv")
		g.w("\n")
		g.label("연락처")
		g.phoneOf(p, "kv")
		g.w("\n")
		if chance(r, 50) {
			g.kvVal("생년월일", "birth_date", p.birth(r, r.IntN(8)))
		}
		g.w("  ", g.l(), "점용 장소: ")
		g.neg("place", fmt.Sprintf("%s %s %s %d 앞 보도", d.city, d.gu, pick(r, d.roads), 1+r.IntN(200)))
		g.w("\n  ", g.l(), "점용 목적: ", what, "\n  ", g.l(), "점용 기간: ")
		g.dateNeg(g.after(3), false)
		g.w(" ~ ")
		g.dateNeg(g.after(90+r.IntN(300)), false)
		g.w("\n  ", g.l(), "점용료: ")
		g.amount((30 + r.IntN(900)) * 1000)
		g.w("\n\n")
		if g.can(2) {
			g.w(g.n(), "공사 차량(")
			g.val("vehicle_plate", "prose", plate(r))
			g.w(")의 보도 진입은 허가 기간 중 09:00~18:00에 한하며, ")
			g.nm(p, "prose", "은/는")
			g.w(" 점용 기간 중 안전시설을 설치하여야 합니다.\n")
		}
	} else {
		g.w("  ", g.l(), "허가 현황\n")
		g.roster("", 5+r.IntN(8), g.citizen,
			colNo("번호"), colName("신청인"), colText("점용 목적", "가설울타리", "차량출입시설", "돌출간판", "비계", "상수도관", "적치물"),
			colText("면적(㎡)", "3.5", "12.0", "24.6", "1.2", "40.0", "7.8"), colPhone("연락처"), colAddr("신청인 주소"))
		if g.clean || chance(r, 40) {
			g.w("  ", g.l(), "법인 신청분: ")
			g.neg("company", pick(r, companies))
			g.w("(")
			g.neg("bizno", g.bizno())
			g.w(") 외 ", fmt.Sprint(1+r.IntN(5)), "건, 점용료 합계 ")
			g.amount((300 + r.IntN(9000)) * 1000)
			g.w("\n")
		}
	}
	g.w("\n", g.n(), "점용료는 ")
	g.neg("statute", "「도로법」 제66조")
	g.w("에 따라 부과하며, 허가 조건 위반 시 허가를 취소할 수 있습니다.\n")
	g.contact()
	g.closing(pick(r, [][]string{{"도로점용 허가증"}, {"도로점용 허가증", "점용 위치도"}, nil})...)
}

// 건축 민원: a reply to a citizen's complaint about a neighbour's works,
// sent through 국민신문고.
func kBuilding(g *gen) {
	r := g.r
	d := g.district()
	if g.clean {
		g.header(pick(r, []string{"건축공사장 안전점검 결과 알림", "해빙기 건축공사장 일제 점검 계획"}), nil)
		g.related("「건축법」 제24조", "「건축물관리법」 제13조")
		g.w(g.n(), "", pick(r, []string{"해빙기", "우기", "동절기"}), " 건축공사장 안전사고 예방을 위하여 아래와 같이 점검하였습니다.\n\n")
		t := g.table("연번", "공사장", "시공사", "사업자등록번호", "점검결과")
		for i := 0; i < 3+r.IntN(5); i++ {
			t.add(tx(fmt.Sprint(i+1)), ng("place", fmt.Sprintf("%s %s %d-%d", d.gu, pick(r, d.dongs), 1+r.IntN(900), 1+r.IntN(50))), ng("company", pick(r, companies)), ng("bizno", g.bizno()), tx(pick(r, []string{"양호", "시정조치", "보완 요구"})))
		}
		t.write()
		g.contact()
		g.closing("점검 결과표")
		return
	}
	p := g.citizen()
	g.header(pick(r, []string{"민원(건축공사 소음 및 균열) 처리 결과 회신", "건축 관련 민원 답변", "국민신문고 민원 처리 결과 알림"}), g.toCitizen(p))
	g.w(g.n(), "항상 ", g.orgShort(), " 행정에 관심을 가져 주셔서 감사드립니다.\n")
	g.w(g.n(), "귀하께서 국민신문고를 통하여 신청하신 민원(접수번호 ")
	g.neg("receipt", g.receipt())
	g.w(")에 대한 검토 결과를 다음과 같이 알려드립니다.\n\n")
	g.w("  ", g.l(), "민원 요지\n")
	g.w("    ")
	g.nm(p, "prose", pick(r, []string{"은/는", "께서는", " 민원인은"}))
	g.w(" ")
	g.addr(p, "prose")
	g.w(pick(r, []string{"에 거주하고 있으며", " 소재 주택 소유자로서"}), ", 인접 대지(")
	g.neg("place", fmt.Sprintf("%s %d-%d", pick(r, d.dongs), 1+r.IntN(900), 1+r.IntN(50)))
	g.w(")의 신축공사로 인한 소음과 담장 균열에 대한 조치를 요구함\n")
	if g.can(3) && chance(r, 70) {
		n := g.citizen()
		g.w("    또한, 같은 건물 2층 거주자 ")
		g.nm(n, "prose", "이/가")
		g.w(" 동일한 피해를 호소하며 연락처(")
		g.phoneOf(n, "prose")
		g.w(")를 남겼음\n")
	}
	g.w("\n  ", g.l(), "처리 결과\n")
	g.w("    - 현장 확인 결과 공사장(시공사: ")
	g.neg("company", pick(r, companies))
	g.w(")에 방음벽 보강과 작업시간(08:00~18:00) 준수를 지시하였으며,\n")
	g.w("    - 균열 피해에 대하여는 ")
	g.neg("statute", "「민법」 제750조")
	g.w("에 따른 민사 사항으로 ", pick(r, []string{"서울특별시 건축분쟁전문위원회", "환경분쟁조정위원회"}), " 조정 신청이 가능함을 안내드립니다.\n")
	if g.can(2) && chance(r, 50) {
		g.w("    - 현장 확인 시 민원인 측 참관인 ")
		g.nm(g.citizen(), "prose", "이/가")
		g.w(" 입회하였습니다.\n")
	}
	g.w("\n", g.n(), "추가 문의 사항이 있으시면 ")
	g.word("민원인")
	g.w("께서는 아래 담당자에게 연락하여 주시기 바랍니다. ")
	if g.can(1) {
		g.w("회신은 요청하신 전자우편(")
		g.val("email", "prose", p.email(r))
		g.w(")으로도 발송하였습니다.")
	}
	g.w("\n")
	g.contact()
	g.closing()
}

// 노인 일자리: selection results with the classic beneficiary roster.
func kSeniorJob(g *gen) {
	r := g.r
	d := g.district()
	prog := pick(r, []string{"공익활동형(학교급식 지원)", "공익활동형(환경정비)", "사회서비스형(돌봄시설 지원)", "시장형(실버카페)", "공익활동형(스쿨존 교통안전)"})
	g.header(pick(r, []string{fmt.Sprintf("%d년 노인일자리 및 사회활동 지원사업 참여자 선발 결과", g.date.Year()+1), "노인일자리 참여자 추가 선발 결과 알림", "노인일자리사업 참여자 활동비 지급 명단 보고"}), nil)
	g.related("「노인복지법」 제23조", "「노인일자리 및 사회활동 지원에 관한 법률」 제5조")
	g.w(g.n(), "", prog, " 참여자를 ")
	g.neg("word", "우선순위")
	g.w(" 선발 기준에 따라 아래와 같이 선발하였으니, 각 ")
	g.facility(d, false)
	g.w("에서는 대상자에게 개별 안내하여 주시기 바랍니다.\n\n")
	g.w("  ", g.l(), "활동 기간: ")
	g.dateNeg(g.after(15), false)
	g.w(" ~ ")
	g.dateNeg(g.after(15+300), false)
	g.w("\n  ", g.l(), "활동비: 월 ")
	g.amount(290000)
	g.w(" (월 30시간)\n  ", g.l(), "선발 인원: ", fmt.Sprint(20+r.IntN(200)), "명\n")
	if chance(r, 60) {
		g.w("  ", g.l(), "예산: 노인일자리 및 사회활동 지원(")
		g.neg("docno", fmt.Sprintf("%d-%03d-%02d", 300+r.IntN(10), r.IntN(1000), 1+r.IntN(9)))
		g.w(") ", pick(r, []string{"민간경상보조", "민간위탁금", "사회보장적 수혜금"}), "\n")
	}
	g.w("\n")
	if g.can(10) {
		var cols []col
		switch r.IntN(3) {
		case 0:
			cols = []col{colNo("연번"), colName("성명"), colBirth("생년월일", pick(r, []int{5, 3, 0})), colSex("성별"), colAddr("주소"), colPhone("연락처")}
		case 1:
			cols = []col{colNo("순번"), colText("행정동", g.hdong(d), g.hdong(d)), colName("성  명"), colRRN("주민등록번호"), colPhone("전화번호"), colBankAcct("입금계좌"), colAmount("지급액", 290000, 290000, 1)}
		default:
			cols = []col{colNo("번호"), colName("참여자"), colBirth("생년월일", 2), colAge("나이"), colPhone("연락처"), colBank("은행"), colAcct("계좌번호"), colText("비고", "", "", "신규", "재참여", "기초연금 수급")}
		}
		ps := g.roster("  @선발자 명단", 6+r.IntN(12), g.elder, cols...)
		if len(ps) > 0 && g.can(2) && chance(r, 60) {
			g.w("\n  ※ ")
			g.nm(ps[r.IntN(len(ps))], "prose", "은/는")
			g.w(" 건강 사유로 활동을 포기하여 예비 순번 ")
			g.nm(g.elder(), "prose", "을/를")
			g.w(" 추가 선발함\n")
		}
	}
	if g.can(6) && chance(r, 25) {
		g.scanned("노인일자리 참여 신청서", g.elder())
	}
	g.w("\n", g.n(), "선발자 중 ", pick(r, []string{"기초연금 미수급자", "장기간 미참여자", "전문가 자격 보유자"}), "는 ")
	g.neg("word", pick(r, []string{"우선순위", "지급액", "전문가"}))
	g.w(" 산정 시 가점을 부여하였으며, 활동비는 매월 10일 본인 명의 계좌로 지급합니다.\n")
	g.w(g.n(), "참여자 교육: ")
	g.dateNeg(g.after(10), true)
	g.w(" 14:00, ")
	g.facility(d, true)
	g.w("\n")
	g.contact()
	g.closing("선발자 명단", "참여자 교육 일정")
}

// 청년 월세: payment lists, with landlord accounts in the attachment.
func kYouthRent(g *gen) {
	r := g.r
	claw := chance(r, 45)
	title := pick(r, []string{fmt.Sprintf("%d년 청년월세 지원 대상자 확정 및 지급 알림", g.date.Year()), "청년 월세 한시 특별지원 " + fmt.Sprint(1+r.IntN(6)) + "차 지급 결과"})
	if claw {
		title = pick(r, []string{"청년월세 지원 부적격자 환수 통보", "청년월세 부정수급 환수 결정 및 지급 결과"})
	}
	g.header(title, nil)
	g.related("「청년기본법」 제20조", "「주거기본법」 제15조")
	g.w(g.n(), "청년월세 지원 신청자 중 소득·재산 조사 결과 적격자로 확정된 대상자에게 아래와 같이 월세를 지급합니다.\n")
	g.w("  ", g.l(), "지원 내용: 월 최대 ")
	g.amount(200000)
	g.w(", 최대 12개월\n  ", g.l(), "지급일: ")
	g.dateNeg(g.after(7), true)
	g.w("\n\n")
	if g.can(10) {
		cols := []col{colNo("연번"), colName("신청인"), colBirth("생년월일", pick(r, []int{2, 3, 5, 6})), colAddr("임차 주소"), colBankAcct("지급 계좌"), colAmount("지급액", 100000, 200000, 10000)}
		if chance(r, 40) {
			cols = []col{colNo("No"), colName("성명"), colRRN("주민등록번호"), colPhone("휴대전화"), colEmail("이메일"), colAmount("월 임차료", 300000, 700000, 10000)}
		}
		g.roster("  @지급 대상자", 5+r.IntN(10), g.youth, cols...)
	}
	if g.can(12) && chance(r, 35) {
		g.scanned("청년월세 지원 신청서", g.youth())
	}
	if g.can(6) && claw {
		p := g.youth()
		l := g.citizen()
		g.w("\n", g.n(), "환수 대상\n")
		g.w(g.bullet(0))
		g.nm(p, "prose", "은/는")
		g.w(" 지원 기간 중 주민등록상 주소를 ")
		g.addr(p, "prose")
		g.w("(으)로 이전하여 임대차계약이 종료되었음에도 ")
		g.amount(200000 * (1 + r.IntN(4)))
		g.w("을 받아 환수 대상임\n")
		g.w(g.bullet(1), "임대인 ")
		g.nm(l, "prose", "의")
		g.w(" 확인서에 따르면 보증금은 ")
		g.dateNeg(g.after(-30), false)
		g.w(" 반환되었으며, 반환 계좌는 ")
		g.acctOf(l, "prose")
		g.w("임\n")
		g.w(g.bullet(1), "환수 고지서는 본인 휴대전화(")
		g.phoneOf(p, "prose")
		g.w(")로 전자고지함\n")
	}
	g.w("\n※ ")
	g.neg("word", "지급액")
	g.w("은 임차료 실납부액 범위 내에서 산정하며, 임대인·")
	g.neg("word", "임차인")
	g.w(" 정보는 ")
	g.neg("statute", "「개인정보 보호법」 제18조제2항제2호")
	g.w("에 따라 목적 외로 이용하지 않습니다.\n")
	g.contact()
	g.closing("지급 대상자 명단", "환수 고지서(안)")
}

// 공동주택 관리 감사: findings with the managers' names and card use.
func kAptAudit(g *gen) {
	r := g.r
	d := g.district()
	apt := stem(pick(r, d.dongs)) + pick(r, aptBrands) + "아파트"
	g.header(pick(r, []string{apt + " 공동주택 관리실태 감사 결과 통보", "공동주택 관리 감사 결과 및 처분 사전통지", apt + " 입주자대표회의 운영 감사 결과"}), nil)
	g.related("「공동주택관리법」 제93조", "「공동주택관리법」 제102조")
	g.w(g.n(), "", apt, "(")
	g.neg("place", fmt.Sprintf("%s %s %s %d", d.city, d.gu, pick(r, d.roads), 1+r.IntN(200)))
	g.w(")에 대한 관리실태 감사 결과를 아래와 같이 통보하니 지적사항을 시정하고 결과를 ")
	g.dateNeg(g.after(30), true)
	g.w("까지 제출하시기 바랍니다.\n\n")
	g.w("  ", g.l(), "감사 기간: ")
	g.dateNeg(g.after(-45), false)
	g.w(" ~ ")
	g.dateNeg(g.after(-40), false)
	g.w("\n  ", g.l(), "관리주체: ")
	g.neg("company", pick(r, []string{"(주)우리관리", "주식회사 신화관리", "(주)한국종합관리", "주식회사 늘푸른주택관리"}))
	g.w(" (사업자등록번호 ")
	g.neg("bizno", g.bizno())
	g.w(")\n\n")
	if g.can(12) {
		mgr, chair := g.citizen(), g.citizen()
		g.w("  ", g.l(), "주요 지적사항\n")
		g.w("   1) 관리비 집행 부적정: 관리사무소장 ")
		g.nm(mgr, "prose", "은/는")
		g.w(" 관리비 카드(")
		g.val("card", "prose", card(r))
		g.w(")로 업무와 무관한 물품 ")
		g.amount((100 + r.IntN(900)) * 1000)
		g.w("을 구매함\n")
		g.w("   2) 입주자대표회의 회장 ")
		g.ctx = "criminal"
		g.nm(chair, "prose", "이/가")
		g.ctx = ""
		g.w(" 공사업체 선정 과정에서 ")
		g.neg("word", "고소")
		g.w(" 사건과 관련된 업체를 배제하지 않음 (")
		g.neg("caseno", g.caseno("고단"))
		g.w(")\n")
		g.w("   3) 잡수입 ")
		g.amount((1000 + r.IntN(9000)) * 1000)
		g.w("을 개인 계좌(")
		g.acctOf(mgr, "prose")
		g.w(")로 보관함\n\n")
		g.ctx = ""
		if chance(r, 60) {
			g.roster("  @관련자 명단", 3+r.IntN(3), g.citizen,
				colNo("연번"), colText("직위", "동대표", "감사", "총무이사", "관리과장", "경리주임"), colName("성명"), colPhone("연락처"), colAddr("주소(동·호)"))
		} else {
			g.w("  ", g.l(), "관련자 진술: 관리사무소장 ")
			g.nm(mgr, "prose", "은/는")
			g.w(" 면담에서 \"회장의 지시로 집행하였다\"고 진술하였고, 회장 ")
			g.nm(chair, "prose", "은/는")
			g.w(" 이를 부인함\n")
		}
	} else {
		g.w("  ", g.l(), "지적사항: 장기수선계획 미조정 등 ", fmt.Sprint(3+r.IntN(9)), "건 (시정 ", fmt.Sprint(1+r.IntN(5)), "건, 과태료 ", fmt.Sprint(r.IntN(3)), "건)\n")
	}
	g.w("\n", g.n(), "과태료 처분은 ")
	g.neg("statute", "「질서위반행위규제법」 제16조")
	g.w("에 따라 사전통지 후 부과할 예정입니다.\n")
	g.contact()
	g.closing("감사 결과 지적사항", "시정 결과 제출 서식")
}
