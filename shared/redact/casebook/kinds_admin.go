package casebook

import (
	"fmt"
	"strings"
)

// foodFirm is a food supplier's name; many begin with a bank's name or
// a surname syllable.
func (w *writer) foodFirm() seg {
	return keep("org", w.pick("국민식품 주식회사", "하나로유통(주)", "농협하나로마트 망원점", "김포푸드(주)", "(주)이가푸드", "정다운식품", "최고급식(주)", "우리들급식 주식회사", "(주)대한급식", "신세계푸드", "(주)동원홈푸드", "농업회사법인 늘푸른(주)", "장수영농조합법인"))
}

// 학교 급식 납품 계약

func mealSoleTrader(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcScan)
	f := w.newFrame(w.pick("교육지원과", "친환경급식지원센터"), w.pick("학교급식 식재료 공급업체 등록 신청 검토", "친환경 식재료 납품업체(개인사업자) 계약 체결"))
	w.head(f, nil)
	owner := w.citizen(adult)
	owner.ctx = "+sole_trader"
	firm := w.pick("정직한농산", "행복한두부", "싱싱청과", "바른채소", "새벽수산")
	w.para("1. 개인사업자 ", keep("org", firm), "이(가) 제출한 납품업체 등록 신청을 검토한 결과 적합하여 계약을 체결하고자 합니다.")
	w.kvBlock(
		fld("상호", keep("org", firm)),
		fld("사업자등록번호", w.bizNo()),
		fld("대표자", w.nm(owner), " (", w.birthDate(owner), ")"),
		fld("사업장 소재지", w.orgAddr("org_address")),
		fld("대표전화", keep("org_phone", w.orgPhone())),
		fld("대표자 휴대전화", w.mobile(owner)),
	)
	b, a := w.account()
	w.para("2. 대금 지급 계좌: ", b, " ", a, " (예금주 ", w.nm(owner), ")")
	if w.chance(0.4) {
		w.para("   ※ 사업장이 대표자 자택과 같음: ", w.addrSeg(w.homeOf(owner), "+sole_trader"))
	}
	w.para("3. 계약기간: ", w.period(), " / 계약번호 ", w.contractNo(), " / 추정금액 ", w.amount(1000000, 9000000))
	w.para("4. 식품위생 점검: ", statute("학교급식법", 16, ""), "에 따른 원산지·품질 기준 준수 확인")
	w.foot(f)
}

func mealMail(w *writer) {
	w.setup(false, srcMail)
	dr, _ := w.staff()
	rep := w.citizen(adult)
	firm := w.foodFirm()
	w.mailHead(w.addressee(rep), []seg{plain("급식지원센터 <"), w.mailbox(), plain(">")}, w.pick("RE: 납품 식재료 품질 문제 관련 회신", "[긴급] 내일 납품 품목 변경 요청"), w.originIP())
	w.para("안녕하세요 ", firm, " 영업 담당 ", w.nm(rep), "입니다.")
	w.para("어제 ", keep("place", w.pick("성서초등학교", "망원중학교", "정릉초등학교")), "에 납품한 ", w.pick("애호박", "두부", "돼지고기 앞다리"), " 품질 문제로 불편을 드려 죄송합니다. 오늘 중으로 교환해 드리겠습니다.")
	w.para("급한 건은 제 휴대폰 ", w.mobile(rep), "으로 연락 주시고, 회사 대표번호는 ", keep("org_phone", w.orgPhone()), "입니다.")
	w.line(w.nm(rep), w.pick(" 드림", " 배상"))
	w.line(firm, " | ", w.orgAddr("org_address"))
	w.nl()
	w.line("-----Original Message-----")
	w.put("email:보낸사람", "From: ", w.officialFrom(dr))
	w.nl()
	w.quoteLine(keep("position", w.pick("영양교사", "급식지원센터 주무관")), "입니다. 오늘 검수에서 품질 불량이 확인되었습니다. 사진 첨부합니다.")
}

func mealInspection(w *writer) {
	w.setup(false, srcHWP, srcScan, srcExport)
	f := w.newFrame("교육지원과", w.pick("학교급식 식재료 검수 결과 보고", "학부모 급식 모니터링 결과"))
	w.head(f, nil)
	w.para("1. ", w.when(), " 실시한 식재료 검수 및 학부모 모니터링 결과를 보고합니다.")
	parents := w.people(2+w.r.IntN(3), adult, "")
	var rows [][][]seg
	for i := 0; i < 3+w.r.IntN(3); i++ {
		who := cell(keep("position", w.pick("영양교사", "조리실무사", "행정실장")))
		if i < len(parents) {
			who = cell("학부모 ", w.nm(parents[i]))
		}
		rows = append(rows, [][]seg{cell(w.when()), cell(w.pick("쌀", "배추", "한우", "계란", "우유")), cell(w.foodFirm()), cell(w.pick("적합", "적합", "부적합(온도)")), who})
	}
	w.table(table{heads: []string{"일자", "품목", "업체", "결과", "검수자"}, rows: rows})
	w.para("2. 학부모 모니터링단 대표 ", w.nm(parents[0]), "(", w.mobile(parents[0]), ")의 의견: 잔반이 줄었으나 국 간이 짜다는 의견이 있음.")
	w.foot(f)
}

func mealContract(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX, srcExport)
	f := w.newFrame(w.pick("교육지원과", "계약관리과", "재무과"), w.pick("학교급식 식재료 공급 계약 체결 결과 공개", "수의계약 체결 현황 공개"))
	w.head(f, nil)
	w.para("1. ", statute("지방자치단체를 당사자로 하는 계약에 관한 법률 시행령", 25, ""), " 및 ", statute("학교급식법", 10, ""), "에 따라 계약 체결 결과를 공개합니다.")
	firm := w.foodFirm()
	b, a := w.orgAccount()
	w.kvBlock(
		fld("계약번호", w.contractNo()),
		fld("계약명", w.pick("2024년 친환경 농산물 공급", "학교급식 공산품 단가계약", "축산물 공급 용역")),
		fld("계약상대자", firm, " (대표이사)"),
		fld("사업자등록번호", w.bizNo()),
		fld("법인등록번호", w.corpNo()),
		fld("소재지", w.orgAddr("org_address")),
		fld("대표전화", keep("org_phone", w.orgPhone())),
		fld("계약금액", w.amount(1000000, 90000000)),
		fld("대금 지급 계좌", b+" ", keep("org_account", a), " (예금주 ", firm, ")"),
		fld("예산과목", w.budgetCode()),
	)
	w.para("2. 계약기간: ", w.period())
	w.foot(f)
}

func mealResult(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcExport)
	f := w.newFrame("계약관리과", "학교급식 식재료 공급업체 입찰 결과")
	w.head(f, nil)
	w.para("1. ", keep("notice_no", fmt.Sprintf("입찰공고 제%d-%d호", 2023+w.r.IntN(3), 1+w.r.IntN(900))), "에 따른 개찰 결과를 알려드립니다.")
	var rows [][][]seg
	for i := 0; i < 3+w.r.IntN(4); i++ {
		rows = append(rows, [][]seg{cell(fmt.Sprint(i + 1)), cell(w.foodFirm()), cell(w.bizNo()), cell(w.amount(1000000, 9000000)), cell(fmt.Sprintf("%d.%03d%%", 86+w.r.IntN(5), w.r.IntN(1000)))})
	}
	w.table(table{heads: []string{"순위", "업체명", "사업자등록번호", "투찰금액", "투찰률"}, rows: rows})
	w.para("2. 낙찰 하한율 미만 업체는 제외하였으며, 문의는 ", f.dept, " ", keep("office_phone", w.officePhone(w.org)), ", 조달청 고객지원센터 ", keep("call_centre", "1588-0800"))
	w.foot(f)
}

// 행정심판 재결

func appealRuling(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX, srcScan)
	f := w.newFrame(w.pick("행정심판담당관", "법무행정서비스과"), "재결서")
	w.org = w.lx.offices[len(w.lx.offices)-1]
	p := w.citizen(adult)
	topic := w.r.IntN(3)
	if topic == 0 {
		p.ctx = "+criminal"
	} else if topic == 1 {
		p.ctx = "+health"
	}
	w.line(w.pick("서울특별시 행정심판위원회", "서울특별시행정심판위원회"))
	w.line("재    결")
	w.line("사    건  ", keep("case_no", fmt.Sprintf("%d-%d", 2023+w.r.IntN(3), 1000+w.r.IntN(9000))), " ", []string{"자동차운전면허 취소처분 취소청구", "기초생활수급자 급여 중지처분 취소청구", "영업정지처분 취소청구"}[topic])
	w.put("body", "청 구 인  ", w.nmv(p), "\n          ")
	w.put("body", w.addrSeg(w.homeOf(p)))
	w.nl()
	if w.chance(0.4) {
		agent := w.citizen(adult)
		w.line("          대리인 행정사 ", w.nm(agent, "+agent"))
	}
	respondent := w.pick("서울특별시 마포구청장", "서울특별시 성북구청장", "서울특별시 은평구청장", "서울특별시 노원구청장")
	ruling := w.pick("청구인의 청구를 기각한다.", "피청구인이 한 처분을 취소한다.", "처분을 영업정지 1개월로 변경한다.")
	switch topic {
	case 0:
		respondent = "서울특별시경찰청장"
		ruling = w.pick("청구인의 청구를 기각한다.", "처분을 운전면허 정지 110일로 변경한다.")
	case 1:
		ruling = w.pick("청구인의 청구를 기각한다.", "피청구인이 한 처분을 취소한다.")
	}
	w.line("피청구인  ", keep("position", respondent))
	w.line("주    문  ", ruling)
	w.line("청구 취지  피청구인이 ", w.when(), " 청구인에게 한 처분을 취소한다.")
	w.line("이    유")
	switch topic {
	case 0:
		w.para("1. 청구인은 ", w.when(), " 혈중알코올농도 0.0", fmt.Sprint(80+w.r.IntN(90)), "% 상태로 ", w.plate(), " 차량을 운전하다 적발되어 운전면허(", w.licence(), ")가 취소되었다.")
		w.para("2. 청구인 ", w.nm(p), josa(p.name, "은/는")+" ", "생계를 위해 운전이 필요하다고 주장하나, ", statute("도로교통법", 93, "제1항제1호"), "에 따른 처분은 재량의 여지가 없다.")
	case 1:
		w.para("1. 청구인은 ", w.pick("우울증과 공황장애로", "척추 수술 후 근로능력이 없어", "알코올 의존증 치료 중으로"), " 근로가 불가능함에도 피청구인이 조건부수급자로 분류하여 급여를 중지하였다고 주장한다.")
		w.para("2. ", keep("org", "국민연금공단"), " 근로능력평가 결과와 ", w.clinic(), " 진단서를 종합하면, 청구인 ", w.nm(p), "의 근로능력 판정은 위법하다.")
	default:
		w.para("1. 청구인은 ", w.dongName(), "에서 일반음식점을 운영하며 ", w.when(), " 청소년에게 주류를 제공하여 적발되었다.")
		w.para("2. 청구인 ", w.nm(p), josa(p.name, "이/가")+" ", "신분증 위조를 알 수 없었던 사정이 인정되므로 처분을 감경한다.")
	}
	w.line(keep("date", f.date))
	w.line("서울특별시행정심판위원회 위원장 ", keep("position", "서울특별시 행정부시장"))
	w.foot(f)
}

func appealDocket(w *writer) {
	w.setup(false, srcExport, srcHWP, srcPDF)
	f := w.newFrame("행정심판담당관", w.pick("행정심판 재결 결과 공개 목록", "월별 행정심판 사건 처리 현황"))
	w.head(f, nil)
	w.para("1. ", w.when(), " 행정심판위원회 재결 결과를 아래와 같이 공개합니다. (청구인 성명은 가림 처리)")
	ps := w.people(4+w.r.IntN(6), adult, "")
	leaks := 0
	var rows [][][]seg
	for i, p := range ps {
		name := cell(w.maskedName(p))
		if w.chance(0.3) || (i == len(ps)-1 && leaks == 0) {
			// Masking missed or half-done: the name still identifies.
			leaks++
			if w.chance(0.5) {
				name = cell(w.leakyName(p))
			} else {
				name = cell(w.nm(p, "+mask_missed"))
			}
		}
		rows = append(rows, [][]seg{cell(keep("case_no", fmt.Sprintf("%d-%d", 2023+w.r.IntN(3), 1000+w.r.IntN(9000)))), name, cell(w.pick("운전면허 취소처분 취소", "영업정지처분 취소", "정보공개 거부처분 취소", "과징금 부과처분 취소")), cell(w.pick("기각", "인용", "일부인용", "각하"))})
	}
	w.table(table{heads: []string{"사건번호", "청구인", "사건명", "재결"}, rows: rows})
	w.foot(f)
}

func appealBrief(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame(w.pick("주차관리과", "위생과", "복지정책과"), "행정심판 답변서 제출")
	w.head(f, []seg{plain("서울특별시 행정심판위원회 위원장")})
	p := w.citizen(adult)
	w.para("1. 관련: ", keep("case_no", fmt.Sprintf("%d-%d", 2023+w.r.IntN(3), 1000+w.r.IntN(9000))), " ", w.pick("과태료 부과처분 취소청구", "영업정지처분 취소청구"))
	w.para("2. 위 사건에 대하여 ", statute("행정심판법", 24, ""), "에 따라 답변서를 제출합니다.")
	w.line("답 변 서")
	w.kvBlock(
		fld("청구인", w.nm(p)),
		fld("주소", w.addrSeg(w.homeOf(p))),
		fld("연락처", w.mobile(p)),
		fld("피청구인", keep("position", w.org.head)),
	)
	w.para("가. 청구인 ", w.nm(p), josa(p.name, "은/는")+" ", w.when(), " 처분에 대하여 이의를 제기하였으나, 현장 사진과 CCTV 기록(", keep("receipt_no", fmt.Sprintf("CCTV-%d-%04d", 2024, w.r.IntN(9999))), ")에 따르면 위반 사실이 명백합니다.")
	w.para("나. 청구인이 제출한 ", w.pick("진단서", "사업자등록증", "임대차계약서"), "만으로는 처분을 취소할 사유가 되지 않습니다.")
	w.line("붙임  1. 처분서 사본 1부.  2. 현장 사진 3매.  끝.")
	w.foot(f)
}

func appealSession(w *writer) {
	w.setup(false, srcHWP, srcPDF)
	f := w.newFrame("행정심판담당관", "제12회 행정심판위원회 개최 결과")
	w.head(f, nil)
	w.para("1. 일시: ", w.when(), " ", w.clock(), " / 장소: ", keep("place", "서울시청 서소문청사 행정심판위원회 회의실"))
	w.para("2. 심리 결과: 총 ", fmt.Sprint(40+w.r.IntN(60)), "건 (인용 ", fmt.Sprint(w.r.IntN(10)), "건, 기각 ", fmt.Sprint(20+w.r.IntN(30)), "건, 각하 ", fmt.Sprint(w.r.IntN(8)), "건)")
	w.para("3. 주요 쟁점: ", w.pick("운전면허 취소처분의 재량권 일탈 여부", "정보공개법상 비공개 사유(제9조제1항제6호) 해당 여부"))
	w.para("4. 다음 회의: ", w.when(), ", 문의 ", keep("office_phone", w.officePhone(w.org)))
	w.foot(f)
}

// 정보공개 이의신청

func disclosureObjection(w *writer) {
	w.setup(false, srcExport, srcHWP, srcPDF)
	f := w.newFrame(w.pick("행정지원과", "기록관리과", "민원여권과"), w.pick("정보공개 이의신청 결정", "정보공개 이의신청 심의 결과 통지"))
	p := w.citizen(adult)
	w.head(f, w.toCitizen(p))
	w.line(w.pick("[정보공개포털 이의신청서]", "■ 이의신청 내용"))
	w.kvBlock(
		fld("접수번호", w.receiptNo()),
		fld("청구인", w.nmv(p)),
		fld("생년월일", w.birthDate(p)),
		fld("주소", w.addrSeg(w.homeOf(p))),
		fld("전화번호", w.mobile(p)),
		fld("전자우편", personal(tEmail, w.emailFor(p))),
		fld(w.pick("신청 IP", "접속 IP"), w.ip()),
		fld("청구 내용", w.pick("2023년 구청장 업무추진비 집행 내역", "관내 재개발 조합 회계 감사 결과", "불법 주정차 단속 CCTV 영상")),
	)
	w.para("이의신청 사유: 비공개 결정은 ", statute("공공기관의 정보공개에 관한 법률", 9, "제1항제6호"), "의 취지를 넘는 것으로 부당함.")
	w.line("□ 결정")
	w.para(w.pick("부분 인용: ", "기각: ", "인용: "), "개인에 관한 정보(성명, 주민등록번호)는 가리고 나머지를 공개함. 공개 수수료 ", w.amount(30, 900), "는 ", w.feeAccount(), "로 납부하시기 바랍니다.")
	switch w.r.IntN(3) {
	case 0:
		w.para("수수료 카드 결제 확인: ", w.cardMasked(), " (승인번호 ", keep("receipt_no", w.digits(8)), ")")
	case 1:
		w.para("청구인이 알려 온 결제 카드: ", w.card(), " (유효기간 ", fmt.Sprintf("%02d/%02d", 1+w.r.IntN(12), 25+w.r.IntN(6)), ")")
	}
	w.foot(f)
}

func disclosureMail(w *writer) {
	w.setup(false, srcMail)
	dr, _ := w.staff()
	p := w.citizen(adult)
	w.mailHead(w.addressee(p), []seg{plain("정보공개 담당 <"), w.mailbox(), plain(">")}, w.pick("정보공개 결정에 대한 이의신청", "비공개 결정 재검토 요청드립니다"), w.originIP())
	w.para("담당자님께,")
	w.para("접수번호 ", w.receiptNo(), " 청구 건에 대해 비공개 결정을 받았습니다. 제가 요청한 것은 제 민원 처리 기록인데 본인 정보까지 가린 것은 이해가 되지 않습니다.")
	w.para("청구인 본인 확인이 필요하시면 주민등록번호 ", w.rrn(p), " 로 확인해 주세요. 휴대폰은 ", w.mobile(p), " 입니다.")
	if w.chance(0.5) {
		w.para("수수료는 제 카드 ", w.card(), "로 결제하겠습니다.")
	}
	w.line(w.nmv(p), w.pick(" 드림", ""))
	w.nl()
	w.line("---------- 전달된 메일 ----------")
	w.put("email:보낸사람", "보낸 사람: ", w.officialFrom(dr))
	w.nl()
	w.line("받는 사람: ", keep("position", "기록관리팀장"))
	w.para("팀장님, 위 이의신청 건 ", w.pick("심의회 상정", "부분공개로 재결정"), " 검토 부탁드립니다. 청구인 ", w.nm(p), w.pick(" 씨는 ", "님은 "), "같은 건으로 세 번째 청구입니다.")
}

func disclosurePortal(w *writer) {
	w.setup(false, srcExport, srcExport, srcHWP)
	f := w.newFrame("행정지원과", w.pick("정보공개 청구 처리대장(월간)", "정보공개 청구 접수 현황"))
	w.head(f, nil)
	w.para("1. 정보공개시스템 처리대장을 내려받아 보고합니다.")
	ps := w.people(4+w.r.IntN(6), adult, "")
	masked := w.chance(0.4)
	cols := []col{
		{id: "rcpt", head: "접수번호", f: func(int, *person) []seg { return cell(w.receiptNo()) }},
		{id: "name", head: "청구인"},
		{id: "mobile", head: "연락처", f: func(_ int, p *person) []seg {
			switch {
			case !masked:
				return cell(w.mobile(p))
			case w.chance(0.25):
				return cell(w.leakyMobile(p))
			}
			return cell(w.maskedMobile(p))
		}},
	}
	if w.chance(0.6) {
		cols = append(cols, col{id: "email", head: "이메일", f: func(_ int, p *person) []seg {
			e := w.emailFor(p)
			at := strings.Index(e, "@")
			switch {
			case !masked:
				return cell(personal(tEmail, e))
			case w.chance(0.25) && at > 4:
				// Masked after most of the local part: still identifying.
				return cell(personal(tEmail, e[:at-2]+"**"+e[at:], "+partial_mask"))
			}
			return cell(keep("masked", e[:1]+"***"+e[at:]))
		}})
	}
	if w.chance(0.6) {
		cols = append(cols, col{id: "ip", head: "신청IP", f: func(int, *person) []seg { return cell(w.ip()) }})
	}
	cols = append(cols, col{id: "res", head: "결정", f: func(int, *person) []seg {
		return cell(w.pick("공개", "부분공개", "비공개", "정보부존재"))
	}})
	w.roster(ps, cols, w.pick(stCSV, stTab, stAligned))
	w.para("2. 처리기간 준수율 ", fmt.Sprint(90+w.r.IntN(10)), "%")
	w.foot(f)
}

func disclosureResult(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame("행정지원과", w.pick("정보공개 운영 현황 보고", "정보공개심의회 심의 결과"))
	w.head(f, nil)
	var rows [][][]seg
	for _, r := range []string{"공개", "부분공개", "비공개", "정보부존재", "취하"} {
		rows = append(rows, [][]seg{cell(r), cell(fmt.Sprint(w.r.IntN(400))), cell(fmt.Sprintf("%d.%d%%", w.r.IntN(60), w.r.IntN(10)))})
	}
	w.table(table{heads: []string{"결정", "건수", "비율"}, rows: rows})
	w.para("비공개 사유는 주로 ", statute("공공기관의 정보공개에 관한 법률", 9, "제1항제6호"), "(개인정보)이며, 청구인 ", keep("masked", "김○○"), " 등의 반복 청구는 ", statute("공공기관의 정보공개에 관한 법률", 11, "의2"), "에 따라 종결 처리하였습니다.")
	w.para("문의: ", f.dept, " ", keep("office_phone", w.officePhone(w.org)), ", 정보공개포털 ", keep("call_centre", "1600-0022"))
	w.foot(f)
}

// 감사 결과 징계 요구: officials named in findings are personal data.

func auditDemand(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame("감사담당관", w.pick("자체감사 결과 처분 요구", "복무 감사 결과 징계 요구", "보조금 집행 실태 감사 결과"))
	w.head(f, nil)
	w.para("1. ", w.when(), "부터 실시한 ", w.pick("복지정책과", "도시정비과", "주차관리과"), " 자체감사 결과 아래와 같이 처분을 요구합니다.")
	ps := w.people(2+w.r.IntN(3), adult, "+disciplinary")
	var rows [][][]seg
	for _, p := range ps {
		rows = append(rows, [][]seg{cell(w.center()), cell(w.pick("행정6급", "행정7급", "사회복지7급", "시설6급")), cell(w.nmv(p)), cell(w.pick("경징계", "중징계", "훈계", "주의"))})
	}
	w.table(table{heads: []string{"소속", "직급", w.nameHead("관련자"), "처분 요구"}, rows: rows})
	w.line("2. 지적 사항")
	w.para("가. ", w.nm(ps[0]), josa(ps[0].name, "은/는")+" ", w.when(), "부터 ", w.when(), "까지 긴급지원 생계비 ", fmt.Sprint(3+w.r.IntN(10)), "건을 소득 조사 없이 지급하여 ", statute("긴급복지지원법", 9, ""), "을 위반하였다.")
	if len(ps) > 1 {
		w.para("나. 팀장 ", w.nm(ps[1]), josa(ps[1].name, "은/는")+" ", "이를 확인하지 않고 결재하여 ", statute("지방공무원법", 48, ""), "의 성실의무를 위반하였다.")
	}
	w.para("※ ", w.nm(ps[len(ps)-1]), "에게는 ", keep("word", "정상"), " 참작 사유가 있어 ", w.pick("경징계", "훈계"), "를 요구합니다.")
	w.para("3. 관련자는 처분 요구를 받은 날부터 1개월 이내에 재심의를 신청할 수 있습니다.")
	w.foot(f)
}

func auditHearing(w *writer) {
	w.setup(false, srcHWP, srcScan, srcHWPX)
	w.staff()
	p := w.citizen(adult)
	p.ctx = "+disciplinary"
	style := w.pick(spCircle, spColon, spBracket)
	w.line(w.org.name, " 인사위원회(징계) 회의록")
	w.kvBlock(
		fld("일시", w.when(), " ", w.clock()),
		fld("안건", "행정7급 ", w.nm(p), " 징계 의결 요구의 건"),
	)
	w.nl()
	w.turn(style, "위원장", nil, "혐의자는 진술하십시오.")
	w.turn(style, "혐의자", p, "긴급지원 대상자들이 너무 급해서 먼저 지급하고 서류를 나중에 받으려 했습니다. 제 잘못을 인정합니다.")
	w.turn(style, "위원", nil, "혐의자는 ", w.when(), " 음주운전으로 벌금 처분을 받은 전력도 있지요?")
	w.turn(style, "혐의자", p, "네, 그 건은 이미 견책 처분을 받았습니다.")
	w.turn(style, "위원장", nil, "의결 결과 ", w.nm(p), "에 대하여 ", w.pick("감봉 1월", "견책", "정직 1월"), "로 의결합니다.")
}

func auditTable(w *writer) {
	w.setup(false, srcHWP, srcExport, srcPDF)
	f := w.newFrame("감사담당관", w.pick("보조금 부정수급 환수 대상자 통보", "부정수급 적발 및 환수 결정"))
	w.head(f, nil)
	w.para("1. 감사 결과 확인된 부정수급자에 대하여 ", statute("지방자치단체 보조금 관리에 관한 법률", 31, ""), "에 따라 환수를 결정하였습니다.")
	ps := w.people(2+w.r.IntN(4), adult, "+criminal")
	w.roster(ps, []col{
		{id: "no", head: "연번"},
		{id: "name", head: w.nameHead("부정수급자", "대상자")},
		{id: "birth", head: "생년월일"},
		{id: "addr", head: "주소"},
		{id: "amt", head: "환수액", f: func(int, *person) []seg { return cell(w.amount(10000, 900000)) }},
		{id: "account", head: "지급계좌"},
	}, "")
	w.para("2. 환수금은 ", w.feeAccount(), "로 납부하도록 고지하였으며, ", w.nm(ps[0]), josa(ps[0].name, "은/는")+" ", "사기 혐의로 ", keep("place", "관할 경찰서"), "에 수사 의뢰하였습니다.")
	w.foot(f)
}

func auditPlan(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame("감사담당관", "2024년 자체감사 계획 공고")
	w.line(w.noticeNo())
	w.line(f.title)
	w.para(statute("공공감사에 관한 법률", 22, ""), "에 따라 자체감사 계획을 다음과 같이 공고합니다.")
	var rows [][][]seg
	for _, d := range []string{"복지정책과", "도시정비과", "주차관리과", "일자리경제과"} {
		rows = append(rows, [][]seg{cell(d), cell(w.period()), cell(w.pick("종합감사", "특정감사", "복무감사"))})
	}
	w.table(table{heads: []string{"대상", "기간", "종류"}, rows: rows})
	w.para("공직비리 제보: ", w.mailbox(), ", ", keep("office_phone", w.officePhone(w.org)), ", 청렴신문고(홈페이지)")
	w.line(keep("date", f.date), " ", w.org.head)
}
