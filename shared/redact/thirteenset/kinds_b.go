package thirteenset

import (
	"fmt"
	"strings"
)

// 주차 위반 이의신청: committee results, or a reply to one owner that
// names the actual driver by licence.
func kParking(g *gen) {
	r := g.r
	d := g.district()
	spot := func() {
		g.neg("place", fmt.Sprintf("%s %d", pick(r, d.roads), 1+r.IntN(200)))
		g.w(pick(r, []string{" 앞", " 인근", " 건너편", " 교차로"}))
	}
	if !g.clean && chance(r, 45) {
		p := g.citizen()
		g.header(pick(r, []string{"주정차위반 과태료 의견진술(이의신청) 결과 알림", "과태료 부과 이의신청 심의 결과 통보"}), g.toCitizen(p))
		g.related("「도로교통법」 제32조", "「질서위반행위규제법」 제16조")
		g.w(g.n(), "귀하께서 제출하신 의견진술서에 대한 ", g.orgShort(), " 주정차 의견진술심의위원회 심의 결과를 아래와 같이 알려드립니다.\n\n")
		g.kvVal("차량번호", "vehicle_plate", plate(r))
		g.label("소유자")
		g.nm(p, "kv", "")
		g.w("\n")
		g.label("위반일시")
		g.dateNeg(g.after(-20-r.IntN(40)), false)
		g.wf(" %02d:%02d\n", 7+r.IntN(15), r.IntN(60))
		g.label("위반장소")
		spot()
		g.w("\n")
		g.label("심의결과")
		ok := chance(r, 35)
		if ok {
			g.w("수용(부과 취소)\n\n")
		} else {
			g.w("불수용(원안 부과)\n\n")
		}
		g.w(g.n(), "심의 의견\n")
		reason := pick(r, []string{"긴급한 환자 이송", "화물 상하차", "장애인 승하차", "차량 고장"})
		switch {
		case ok:
			g.w("   ", reason, " 사실이 ", pick(r, []string{"진료기록", "정비업체 확인서", "배송 전표", "CCTV 영상"}), "으로 확인되어 수용함\n")
		case g.can(4) && chance(r, 70):
			drv := g.citizen()
			g.w("   소유자 ")
			g.nm(p, "prose", "은/는")
			g.w(" 위반 당시 실제 운전자가 ", pick(r, []string{"배우자", "아들", "지인", "직장 동료"}), " ")
			g.nm(drv, "prose", "(이)라고")
			g.w(" 진술하고 운전면허번호(")
			g.val("driver_licence", "prose", licence(r))
			g.w(")를 제출하였으나, ")
			g.neg("statute", "「도로교통법」 제160조제3항")
			g.w("에 따라 과태료는 고용주등(소유자)에게 부과됨\n")
		default:
			g.w("   ", reason, " 사유를 인정할 객관적 자료가 없어 불수용함\n")
		}
		if !ok {
			g.w("\n", g.n(), "과태료 ")
			g.amount(pick(r, []int{40000, 50000, 80000, 120000}))
			g.w("은 ")
			g.dateNeg(g.after(30), true)
			g.w("까지 납부하여 주시기 바랍니다.")
			if g.can(1) && chance(r, 75) {
				g.w(" 자동납부 신청 카드(")
				g.val("card", "prose", card(r))
				g.w(")로 납부일에 출금됩니다.")
			}
			g.w("\n")
		}
		g.contact()
		g.closing("의견진술 심의 결과서")
		return
	}
	g.header(pick(r, []string{fmt.Sprintf("%d년 제%d회 주정차 의견진술심의위원회 심의 결과", g.date.Year(), 1+r.IntN(20)), "주정차위반 과태료 이의신청 처리 결과 보고"}), nil)
	g.related("「도로교통법」 제32조", "「주차장법」 제8조의2", "「질서위반행위규제법」 제20조")
	g.w(g.n(), "")
	g.dateNeg(g.after(-3), true)
	g.w(" 개최한 위원회의 심의 결과를 아래와 같이 보고합니다.\n")
	g.w("  ", g.l())
	g.wf("심의 안건: %d건 (수용 %d건, 불수용 %d건)\n", 20+r.IntN(80), 5+r.IntN(10), 10+r.IntN(60))
	g.w("  ", g.l(), "장소: ")
	g.facility(d, false)
	g.w(" 회의실\n\n")
	if g.can(9) {
		pl := col{"차량번호", 1, func(t *table, i int, p *person) cell { return t.c("vehicle_plate", plate(t.g.r)) }}
		cols := []col{colNo("연번"), pl, colName("의견진술인"), colText("위반장소", d.roads...), colText("사유", "환자 이송", "상하차", "단속 오류 주장", "주차 공간 부족", "긴급 용무"), colText("결과", "수용", "불수용", "불수용", "일부 수용")}
		switch r.IntN(5) {
		case 0, 1:
			cols = []col{colNo("연번"), pl, colName("의견진술인"), colPhone("연락처"), colAddr("주소"), cols[5]}
		case 2:
			lic := col{"실제 운전자 면허번호", 1, func(t *table, i int, p *person) cell { return t.c("driver_licence", licence(t.g.r)) }}
			drv := col{"실제 운전자", 1, func(t *table, i int, p *person) cell { return t.nameCell(t.g.citizen()) }}
			cols = []col{colNo("연번"), pl, colName("소유자"), drv, lic, cols[5]}
		}
		g.roster("  @안건별 심의 결과", 5+r.IntN(10), g.citizen, cols...)
	}
	g.w("\n", g.n(), "불수용 건은 과태료를 원안대로 부과하고, 수용 건은 부과를 취소합니다.\n")
	g.contact()
	g.closing("심의 결과표")
}

// 안전신문고: a report about an illegal parking or a hazard, with the
// reporter's details, the SMS and the intake system's log.
func kSafetyReport(g *gen) {
	r := g.r
	d := g.district()
	hazard := pick(r, []string{"보도 위 불법 적치물", "소화전 앞 불법 주정차", "파손된 보도블록", "가로등 고장", "공사장 안전펜스 미설치", "어린이보호구역 내 주정차", "인도 위 불법 주차", "횡단보도 위 정차"})
	car := strings.Contains(hazard, "주차") || strings.Contains(hazard, "정차")
	g.header(pick(r, []string{"안전신문고 신고(" + hazard + ") 처리 결과", "안전신문고 신고사항 처리 결과 보고", "안전신문고 신고 처리 현황(" + fmt.Sprint(int(g.date.Month())) + "월)"}), nil)
	g.related("「재난 및 안전관리 기본법」 제66조의9", "「도로교통법」 제32조", "「도로교통법」 제34조의2")
	g.w(g.n(), pick(r, []string{"안전신문고로 접수된 신고에 대하여 현장 확인 후 아래와 같이 처리하였습니다.", "안전신문고 신고사항을 아래와 같이 처리하였기에 보고합니다.", "신고 처리 결과를 다음과 같이 보고합니다."}), "\n\n")
	if g.can(8) && chance(r, 55) {
		p := g.citizen()
		spot := fmt.Sprintf("%s %d", pick(r, d.roads), 1+r.IntN(200))
		g.w("  ", g.l(), "신고 내용\n")
		g.kvNeg("신고번호", "receipt", fmt.Sprintf("SPP-%d-%07d", g.date.Year(), r.IntN(10000000)))
		g.label("신고인")
		g.nm(p, "kv", "")
		g.w("\n")
		g.label("연락처")
		g.phoneOf(p, "kv")
		g.w("\n")
		g.kvText("신고유형", hazard)
		g.label("발생장소")
		g.neg("place", d.gu+" "+spot)
		g.w(" 일대\n")
		pl := plate(r)
		if chance(r, 60) {
			g.w("\n  ", g.l(), "신고인 문자 원문\n")
			g.w("    [Web발신]\n    ", pick(r, []string{"안녕하세요 ", "", "민원 드립니다. ", "구청이죠? "}))
			g.w(spot, pick(r, []string{" 앞에 ", " 근처 ", " 건너편에 "}))
			if car {
				g.val("vehicle_plate", "sms", pl)
				g.w(pick(r, []string{" 트럭이 며칠째 서있어요.", " 차량이 또 세워져 있습니다.", " 승합차 때문에 아이들이 차도로 다녀요."}))
			} else {
				g.w(pick(r, []string{"보도블록이 깨져서 어르신이 넘어지셨어요.", "가로등이 일주일째 꺼져 있어요.", "공사장 펜스가 쓰러져 있습니다."}))
			}
			g.w(" 처리결과는 ")
			g.phoneOf(p, "sms")
			g.w(pick(r, []string{" 로 문자주세요", "으로 연락 부탁드립니다", " 여기로 회신바랍니다"}), "\n")
		}
		if g.can(2) && chance(r, 70) {
			g.w("\n  ", g.l(), "접수 시스템 기록\n")
			g.w("    - 접속 IP: ")
			g.val("ip", "kv", ip(r))
			g.w(", 단말: ", pick(r, []string{"Android 14", "iOS 17.4", "Android 13", "Windows 10 (PC)"}), "\n")
			if chance(r, 50) {
				g.w("    - 회신 이메일: ")
				g.val("email", "kv", p.email(r))
				g.w("\n")
			}
		}
		g.w("\n  ", g.l(), "처리 결과\n")
		g.w("    현장 확인 결과 ")
		if car {
			g.val("vehicle_plate", "prose", pl)
			g.w(" 차량에 과태료 ")
			g.amount(pick(r, []int{40000, 80000, 120000}))
			g.w("을 부과하였으며, ")
		} else {
			g.neg("company", pick(r, companies))
			g.w("에 긴급 보수를 지시하여 ")
			g.dateNeg(g.after(2), false)
			g.w(" 완료하였으며, ")
		}
		g.nm(p, "prose", "님께")
		g.w(" 처리 결과를 안전신문고 앱으로 회신하였습니다.\n")
		if car && g.can(2) && chance(r, 45) {
			ow := g.citizen()
			g.w("    차량 소유자 ")
			g.nm(ow, "prose", "은/는")
			g.w(" 유선 통화(")
			g.phoneOf(ow, "prose")
			g.w(")에서 ", pick(r, []string{"이의를 제기하겠다고 하였음", "신고인이 누구인지 알려달라고 요구하였으나 거부함", "단속 사진 열람을 요청함"}), "\n")
		}
	} else {
		g.w("  ", g.l())
		g.wf("처리 현황: 접수 %d건, 처리 완료 %d건, 처리 중 %d건\n\n", 50+r.IntN(300), 40+r.IntN(200), r.IntN(20))
		ipc := col{"접속 IP", 1, func(t *table, i int, p *person) cell { return t.c("ip", ip(t.g.r)) }}
		typ := col{"신고유형", 0, func(t *table, i int, p *person) cell {
			t.memo = pick(t.g.r, []string{"불법 주정차", "불법 주정차", "보도 파손", "가로등 고장", "적치물", "공사장 안전", "횡단보도 정차"})
			return tx(t.memo)
		}}
		veh := col{"대상 차량", 1, func(t *table, i int, p *person) cell {
			if strings.Contains(t.memo, "정차") {
				return t.c("vehicle_plate", plate(t.g.r))
			}
			return tx("-")
		}}
		res := col{"처리결과", 0, func(t *table, i int, p *person) cell {
			if strings.Contains(t.memo, "정차") {
				return tx(pick(t.g.r, []string{"과태료 부과", "계도", "이동 조치"}))
			}
			return tx(pick(t.g.r, []string{"보수 완료", "이송", "처리 중"}))
		}}
		cols := []col{colNo("연번"), colName("신고인"), colPhone("연락처"), typ, veh, res}
		if chance(r, 45) {
			cols = append(cols, ipc)
		}
		g.roster("  @주요 신고 처리 내역", 4+r.IntN(8), g.citizen, cols...)
		if g.clean || chance(r, 50) {
			g.w("\n  ", g.l(), "보수 공사: ")
			g.neg("company", pick(r, companies))
			g.w(" (계약금액 ")
			g.amount((500 + r.IntN(9000)) * 10000)
			g.w(", 입찰공고번호 ")
			g.neg("bidno", fmt.Sprintf("R%02dBK%08d", g.date.Year()%100, r.IntN(100000000)))
			g.w(")\n")
		}
	}
	g.w("\n", g.n(), "신고인의 개인정보는 ")
	g.neg("statute", "「개인정보 보호법」 제17조제1항")
	g.w("에 따른 동의 범위에서만 처리하며, 피신고인에게 제공하지 않습니다.\n")
	g.contact()
	g.closing()
}

var eateries = []string{"맛나분식", "할매순대국", "해뜨는김밥", "장수갈비", "행복한베이커리", "소문난족발", "청춘포차", "미소반점", "황금돈까스", "엄마손칼국수", "바다횟집", "골목떡볶이"}

// 식품위생 행정처분: dispositions against small restaurants.
func kFood(g *gen) {
	r := g.r
	d := g.district()
	viol := pick(r, []string{"유통기한 경과 제품 보관", "청소년 주류 제공", "영업시간 제한 위반", "위생교육 미이수", "건강진단 미실시 종사자 고용", "원산지 거짓 표시"})
	if !g.clean && chance(r, 50) {
		p := g.citizen()
		shop := pick(r, eateries)
		g.header(pick(r, []string{"식품위생법 위반업소 행정처분 사전통지", "행정처분(영업정지) 사전 통지서", "식품접객업소 행정처분 통지"}), g.toCitizen(p))
		g.related("「식품위생법」 제75조", "「식품위생법 시행규칙」 제89조", "「행정절차법」 제21조")
		g.w(g.n(), "귀 업소의 위반사항에 대하여 아래와 같이 행정처분을 하고자 하니 의견이 있으면 ")
		g.dateNeg(g.after(10), true)
		g.w("까지 제출하여 주시기 바랍니다.\n\n")
		g.label("업소명")
		g.neg("company", shop)
		g.w("\n")
		g.kvNeg("영업신고번호", "bizno", fmt.Sprintf("제%d-%s-%05d호", 2010+r.IntN(15), pick(r, []string{"3150000", "3040000", "3220000"}), r.IntN(100000)))
		g.label("영업자")
		g.nm(p, "kv", "")
		if chance(r, 60) {
			g.w(" (")
			g.val("birth_date", "kv", p.birth(r, pick(r, []int{0, 1, 2, 4})))
			g.w(")")
		}
		g.w("\n")
		g.label("영업자 주소")
		g.addr(p, "kv")
		g.w("\n")
		g.label("위반사항")
		g.w(viol, " (")
		g.dateNeg(g.after(-15), false)
		g.w(" 적발)\n")
		g.label("처분내용")
		if disp := pick(r, []string{"영업정지 7일", "영업정지 1개월", "시정명령", "과징금 "}); disp == "과징금 " {
			g.w(disp)
			g.amount((100 + r.IntN(3000)) * 10000)
			g.w(" (영업정지 갈음)\n\n")
		} else {
			g.w(disp, "\n\n")
		}
		if viol == "청소년 주류 제공" && g.can(3) {
			g.ctx = "criminal"
			g.w(g.n(), "아울러 본 건은 ")
			g.neg("place", d.gu[:len(d.gu)-3]+"경찰서")
			g.w("의 수사 결과(사건번호 ")
			g.neg("caseno", g.caseno("형제"))
			g.w(")에 따른 것으로, 영업자 ")
			g.nm(p, "prose", "은/는")
			g.w(" 벌금형을 받았고 종업원 ")
			g.nm(g.citizen(), "prose", "도")
			g.w(" 함께 송치되었습니다. 전과 조회는 하지 않았습니다.\n")
			g.ctx = ""
		}
		g.contact()
		g.closing("의견제출서", "행정처분 기준표")
		return
	}
	g.header(pick(r, []string{fmt.Sprintf("%d년 %d분기 식품위생 위반업소 행정처분 결과", g.date.Year(), 1+r.IntN(4)), "식품접객업소 위생점검 결과 및 행정처분 공표"}), nil)
	g.related("「식품위생법」 제84조", "「식품위생법 시행령」 제59조")
	g.w(g.n(), "", g.orgShort(), " 관내 식품접객업소 위생점검 결과 위반업소에 대한 행정처분 결과를 다음과 같이 공표합니다.\n\n")
	if g.can(6) {
		shopc := col{"업소명", 0, func(t *table, i int, p *person) cell { return ng("company", pick(t.g.r, eateries)) }}
		regc := col{"신고번호", 0, func(t *table, i int, p *person) cell {
			return ng("bizno", fmt.Sprintf("%d-%s-%05d", 2010+t.g.r.IntN(15), "3150000", t.g.r.IntN(100000)))
		}}
		cols := []col{colNo("연번"), shopc, colName("영업자"), colBirth("생년월일", pick(r, []int{5, 3})), regc, colText("위반내용", "유통기한 경과", "위생교육 미이수", "청소년 주류 제공", "건강진단 미실시"), colText("처분", "영업정지 7일", "과태료 20만원", "시정명령", "영업정지 2개월")}
		g.roster("", 4+r.IntN(10), g.citizen, cols...)
	} else {
		t := g.table("구분", "점검 업소", "위반 업소", "과태료")
		for _, k := range []string{"일반음식점", "휴게음식점", "제과점영업", "단란주점"} {
			t.add(tx(k), tx(fmt.Sprint(20+r.IntN(200))), tx(fmt.Sprint(r.IntN(15))), ng("amount", commas((r.IntN(50)+1)*100000)))
		}
		t.write()
	}
	g.w(g.n(), "공표 기간: ")
	g.dateNeg(g.after(1), false)
	g.w(" ~ ")
	g.dateNeg(g.after(180), false)
	g.w(" (", g.orgShort(), " 누리집)\n")
	g.contact()
	g.closing("위반업소 공표 목록")
}

// 장애인 활동지원: benefit decisions, where every row sits next to a
// diagnosis.
func kDisability(g *gen) {
	r := g.r
	g.header(pick(r, []string{"장애인 활동지원 급여 변경 결정 통지", "장애인활동지원 수급자 재판정 결과 알림", "활동지원사 매칭 및 급여 제공 계획 보고"}), nil)
	g.related("「장애인활동 지원에 관한 법률」 제19조", "「장애인복지법」 제32조")
	g.w(g.n(), "서비스지원 종합조사 결과에 따라 활동지원 급여량을 아래와 같이 결정하였습니다.\n\n")
	if g.can(8) && chance(r, 55) {
		g.ctx = "health"
		dx := col{"장애유형(정도)", 0, func(t *table, i int, p *person) cell { return tx(pick(t.g.r, diagnoses)) }}
		hrs := col{"급여(시간/월)", 0, func(t *table, i int, p *person) cell { return tx(fmt.Sprint(60 + 10*t.g.r.IntN(40))) }}
		cols := []col{colNo("연번"), colName("수급자"), colBirth("생년월일", pick(r, []int{2, 3, 5})), dx, hrs, colPhone("보호자 연락처")}
		if chance(r, 40) {
			cols = []col{colNo("No."), colName("성명"), colRRN("주민등록번호"), dx, colAddr("주소"), hrs}
		}
		g.roster("  @급여 변경 대상자", 4+r.IntN(8), g.citizen, cols...)
		g.ctx = ""
	}
	if g.can(10) {
		p := g.newPerson(1960, 2015)
		helper := g.citizen()
		guard := g.citizen()
		g.w("\n  ", g.l(), "개별 사례\n")
		g.ctx = "health"
		g.w(g.bullet(0), "수급자 ")
		g.nm(p, "prose", "은/는")
		g.wf(" %s 진단을 받았으며, ", pick(r, diagnoses))
		rel := pick(r, []string{"아버지 ", "배우자 ", "아들 "})
		if guard.female {
			rel = pick(r, []string{"어머니 ", "배우자 ", "딸 "})
		}
		g.w(pick(r, []string{"보호자인 ", "주 보호자 "}), rel)
		g.nm(guard, "prose", "이/가")
		g.w(" 야간 돌봄이 어렵다는 의견을 제출함\n")
		g.ctx = ""
		g.w(g.bullet(1), "주소: ")
		g.addr(p, "prose")
		g.w("\n", g.bullet(1), "보호자 연락처: ")
		g.phoneOf(guard, "prose")
		g.w("\n", g.bullet(0), "활동지원사 ")
		if chance(r, 50) {
			g.nm(helper, "prose", "을/를")
			g.w(" 주 5일 배정하였으며")
		} else {
			g.nm(helper, "prose", "이/가")
			g.w(" 주 5일 배정되었으며")
		}
		g.w(", 급여비용은 제공기관(")
		g.neg("company", pick(r, []string{"(사)한마음장애인자립센터", "사회적협동조합 함께돌봄", "(재)서울장애인복지재단"}))
		g.w(")을 통해 지급됨\n")
		if chance(r, 50) {
			g.w(g.bullet(1), "장애인 자동차 표지 발급 차량: ")
			g.val("vehicle_plate", "prose", plate(r))
			g.w("\n")
		}
		if chance(r, 40) {
			g.w(g.bullet(1), "본인부담금 환급 계좌: ")
			g.acctOf(guard, "prose")
			g.w(" (예금주 ")
			g.nm(guard, "prose", ")")
			g.w("\n")
		}
	}
	g.w("\n", g.n(), "결정에 이의가 있는 경우 통지를 받은 날부터 90일 이내에 ")
	g.neg("statute", "「장애인활동 지원에 관한 법률」 제36조")
	g.w("에 따라 이의신청을 할 수 있습니다.\n")
	g.w(g.n(), "본인부담금 월 ")
	g.amount((r.IntN(20) + 1) * 10000)
	g.w("은 국민건강보험공단에서 고지합니다.\n")
	g.contact()
	g.closing("급여 변경 결정 통지서", "이의신청서 서식")
}

// 다문화가족 방문교육: rosters of immigrant spouses in Latin script and
// transcription, with registration and passport numbers.
func kMulticultural(g *gen) {
	r := g.r
	d := g.district()
	g.header(pick(r, []string{fmt.Sprintf("%d년 다문화가족 방문교육 서비스 대상자 선정 결과", g.date.Year()), "다문화가족 자녀생활서비스 방문교육 연계 알림", "결혼이민자 한국어 방문교육 대상자 통보"}), nil)
	g.related("「다문화가족지원법」 제6조", "「다문화가족지원법 시행령」 제12조의2")
	g.w(g.n(), "방문교육 서비스 신청자에 대하여 아래와 같이 대상자를 선정하였으니, ")
	g.neg("place", d.gu+" 가족센터")
	g.w("에서는 방문교육지도사를 배정하여 주시기 바랍니다.\n\n")
	if g.can(10) {
		g.ctx = "foreign"
		nat := col{"국적", 0, func(t *table, i int, p *person) cell { return tx(p.nat) }}
		frn := col{"외국인등록번호", 1, func(t *table, i int, p *person) cell { return t.c("frn", p.frn(t.g.r)) }}
		pp := col{"여권번호", 1, func(t *table, i int, p *person) cell { return t.c("passport", passportFor(t.g.r, p.nat)) }}
		cols := []col{colNo("연번"), colName("성명(영문)"), nat, frn, colPhone("연락처"), colAddr("주소")}
		if chance(r, 50) {
			cols = []col{colNo("번호"), colName("결혼이민자"), nat, pp, colBirth("생년월일", pick(r, []int{2, 6, 7})), colText("서비스", "한국어교육", "부모교육", "자녀생활")}
		}
		g.roster("  @선정 대상자", 4+r.IntN(8), func() *person { return g.newForeigner(1978, 2002) }, cols...)
		g.ctx = ""
	}
	if g.can(9) {
		m := g.newForeigner(1985, 2001)
		sp := g.newPerson(1965, 1988)
		sp.addr, sp.addrWrap = m.addr, m.addrWrap
		kid := g.childOf(sp, g.date.Year()-11, g.date.Year()-3)
		g.w("\n  ", g.l(), "자녀생활서비스 연계 가정\n")
		g.w(g.bullet(0), "결혼이민자 ")
		g.ctx = "foreign"
		g.nm(m, "prose", "은/는")
		g.w(" ", m.nat, " 출신으로 입국 ", fmt.Sprint(2+r.IntN(8)), "년차이며 ")
		if chance(r, 50) {
			g.w("여권번호 ")
			g.val("passport", "prose", passportFor(r, m.nat))
		} else {
			g.w("외국인등록번호 ")
			g.val("frn", "prose", m.frn(r))
		}
		g.w(", 연락처 ")
		g.phoneOf(m, "prose")
		g.w("임\n")
		g.ctx = ""
		g.w(g.bullet(0), "배우자 ")
		g.nm(sp, "prose", "은/는")
		g.w(" ")
		g.word(pick(r, []string{"이천시", "김포공항", "이천시"}))
		g.w(pick(r, []string{" 인근 물류센터", " 화물터미널", " 소재 공장"}), " 야간 근무로 자녀 양육 참여가 어렵다고 함\n")
		g.ctx = "minor"
		g.w(g.bullet(0), "자녀 ")
		g.nm(kid, "prose", "(")
		g.val("birth_date", "prose", kid.birth(r, pick(r, []int{0, 1, 2, 4})))
		g.w(")", josa(kid.name, "은/는"), " ")
		g.neg("place", g.hdong(d)+" 어린이집")
		g.w("에 다니며 언어발달 지연 소견이 있음\n")
		g.ctx = ""
		g.w(g.bullet(1), "방문 주소: ")
		g.addr(m, "prose")
		g.w("\n")
	}
	g.w("\n", g.n(), "방문교육은 주 2회, 회당 2시간이며, 교육비는 무료입니다(자녀생활서비스는 소득에 따라 본인부담 ")
	g.amount(pick(r, []int{0, 2000, 5000, 7000}))
	g.w(").\n")
	g.w(g.n(), "대상자의 외국인등록사실증명 등 개인정보는 ")
	g.neg("statute", "「개인정보 보호법」 제24조")
	g.w("에 따라 안전하게 관리하여 주시기 바랍니다.\n")
	g.contact()
	g.closing("대상자 명단", "방문교육지도사 배정표")
}
