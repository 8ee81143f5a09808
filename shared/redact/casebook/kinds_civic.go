package casebook

import (
	"fmt"
	"strings"
)

// maskedName writes a name masked as the city masks it: a negative.
func (w *writer) maskedName(p *person) seg {
	rs := []rune(p.name)
	if p.nat != nil || len(rs) < 2 {
		return keep("masked", string(rs[0])+"○○")
	}
	sur := []rune(p.sur)
	switch w.r.IntN(4) {
	case 0:
		return keep("masked", p.sur+strings.Repeat("○", len(rs)-len(sur)))
	case 1:
		return keep("masked", p.sur+"모")
	}
	if len(rs)-len(sur) == 1 {
		return keep("masked", p.sur+"*")
	}
	mid := strings.Repeat(w.pick("*", "○"), len(rs)-len(sur)-1)
	return keep("masked", p.sur+mid+string(rs[len(rs)-1]))
}

// leakyName writes a name with only the surname hidden: the given name,
// which identifies, stays readable.
func (w *writer) leakyName(p *person) seg {
	if p.nat != nil {
		return w.nm(p)
	}
	return personal(tName, strings.Repeat(w.pick("○", "*"), len([]rune(p.sur)))+p.given, p.q, p.ctx, "+partial_mask")
}

// maskedMobile and leakyMobile: the city hides the middle group.
func (w *writer) maskedMobile(p *person) seg {
	return keep("masked", "010-****-"+p.mobile[7:])
}

func (w *writer) leakyMobile(p *person) seg {
	if w.chance(0.5) {
		return personal(tMobile, "010-"+p.mobile[3:7]+"-****", "+partial_mask")
	}
	return personal(tMobile, "010-"+p.mobile[3:5]+"**-"+p.mobile[7:], "+partial_mask")
}

// maskedAddr hides the number of an address; leakyAddr hides the number
// but leaves the flat.
func (w *writer) maskedAddr(p *person) []seg {
	a := w.homeOf(p)
	f := strings.Fields(a.body)
	return []seg{plain(a.pre), keep("masked", f[0]+" ***")}
}

func (w *writer) leakyAddr(p *person) []seg {
	for {
		a := w.homeOf(p)
		f := strings.Fields(a.body)
		if strings.HasSuffix(a.body, "호") && a.q == "+road" && len(f) > 2 {
			num := "***"
			if strings.HasSuffix(f[1], ",") {
				num += ","
			}
			v := f[0] + " " + num + " " + strings.Join(f[2:], " ")
			return []seg{plain(a.pre), personal(tAddress, v, a.q, "+partial_mask")}
		}
		p.home = w.address()
	}
}

// companyPlate is a commercial or rental vehicle's plate: the vehicle of
// a company, not a person's.
func (w *writer) companyPlate() seg {
	ch := w.pick("바", "사", "아", "자", "허", "하", "호")
	if w.chance(0.5) {
		return keep("org_vehicle", fmt.Sprintf("서울%d%s%d", 10+w.r.IntN(90), ch, 1000+w.r.IntN(9000)))
	}
	return keep("org_vehicle", fmt.Sprintf("%d%s%d", 10+w.r.IntN(90), ch, 1000+w.r.IntN(9000)))
}

func (w *writer) carModel() string {
	return w.pick("쏘나타", "아반떼", "그랜저", "K5", "스포티지", "카니발", "모닝", "레이", "포터2", "SM6", "투싼")
}

// 체납 처분 (압류 대상자)

func seizureRoster(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcScan, srcExport)
	f := w.newFrame(w.pick("징수과", "세무2과", "세무1과"), w.pick("고액·상습 체납자 재산 압류 계획", "체납자 재산 압류 대상자 보고", "자동차세 체납차량 번호판 영치 및 압류 대상"))
	w.head(f, nil)
	w.para("1. 근거: ", statute("지방세징수법", 33, "제1항"), ", ", statute("지방세징수법", 55, ""))
	w.para("2. ", w.when(), " 현재 ", fmt.Sprint(2+w.r.IntN(6)), "회 이상 체납자 중 재산이 확인된 자에 대하여 아래와 같이 압류하고자 합니다.")
	ps := w.people(3+w.r.IntN(5), adult, "")
	var rows [][][]seg
	for i, p := range ps {
		var prop []seg
		switch w.r.IntN(5) {
		case 0, 1:
			prop = cell("자동차 ", w.plate(), " ("+w.carModel()+")")
		case 2:
			b, a := w.account()
			prop = cell("예금 ", b+" ", a)
		case 3:
			prop = cell("급여채권 (", w.company(), ")")
		default:
			a := w.address()
			prop = cell("부동산 ", personal(tAddress, a.body, a.q))
		}
		id := cell(w.rrn(p))
		if w.chance(0.3) {
			id = cell(w.rrnMasked(p))
		}
		rows = append(rows, [][]seg{cell(fmt.Sprint(i + 1)), cell(w.nmv(p)), id, cell(w.amount(10000, 900000)), prop})
	}
	corp := w.chance(0.7)
	if corp {
		// A company in arrears sits in the same table with its public numbers.
		rows = append(rows, [][]seg{cell(fmt.Sprint(len(rows) + 1)), cell(w.company()), cell(w.corpNo()), cell(w.amount(100000, 9000000)), cell("자동차 ", w.companyPlate())})
	}
	heads := []string{"연번", w.nameHead("체납자", "체납자명", "납세자"), w.pick("주민(법인)등록번호", "주민등록번호", "등록번호"), "체납액", "압류재산"}
	w.table(table{heads: heads, rows: rows})
	if corp {
		w.para("※ 법인 체납자는 사업자등록번호(", w.bizNo(), ")로 관허사업 제한을 병행합니다.")
	}
	w.para("3. 압류 후 ", fmt.Sprint(7+w.r.IntN(20)), "일 이내 납부하지 않으면 공매를 의뢰합니다.")
	w.foot(f)
}

func seizureNotice(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame(w.pick("징수과", "세무1과"), "공시송달 공고")
	w.line(w.noticeNo())
	w.line(w.pick("공 시 송 달 공 고", "공시송달 공고", "지방세 고지서 공시송달 공고"))
	w.nl()
	w.para(statute("지방세기본법", 33, ""), "에 따라 아래 납세자에게 송달할 서류가 수취인 부재, 주소불명 등의 사유로 송달할 수 없어 다음과 같이 공시송달합니다.")
	w.line(w.pick("", "    "), keep("date", f.date))
	w.line(w.pick("", "    "), w.org.head)
	w.nl()
	w.kvBlock(
		fld("송달서류", w.pick("지방세 납세고지서", "체납액 독촉장", "압류 통지서")),
		fld("공시송달 기간", "게시일부터 14일"),
		fld("열람장소", f.dept, " (", keep("office_phone", w.officePhone(w.org)), ")"),
	)
	w.line("4. 공시송달 대상자")
	ps := w.people(4+w.r.IntN(6), adult, "")
	style := w.r.IntN(3) // 0 full, 1 masked as the city masks, 2 mixed with leaks
	var rows [][][]seg
	for i, p := range ps {
		var name, addr, id []seg
		switch {
		case style == 0:
			name, addr, id = cell(w.nm(p)), cell(w.addrSeg(w.homeOf(p))), cell(w.birthDate(p))
		case style == 1 || (i > 0 && w.chance(0.5)):
			name, addr, id = cell(w.maskedName(p)), cell(w.maskedAddr(p)), cell(w.rrnMasked(p))
		default:
			name = cell(w.maskedName(p))
			if w.chance(0.5) {
				name = cell(w.leakyName(p))
			}
			addr = cell(w.leakyAddr(p))
			id = cell(w.rrnMasked(p))
			if w.chance(0.4) {
				id = cell(w.rrnLeaky(p))
			}
		}
		rows = append(rows, [][]seg{cell(fmt.Sprint(i + 1)), name, addr, id, cell(w.pick("자동차세", "재산세", "주민세", "지방소득세")), cell(w.amount(1000, 90000))})
	}
	if style == 1 && w.chance(0.5) {
		// Masked throughout: this notice holds no personal data unless a
		// leak is planted.
		p := w.citizen(adult)
		rows = append(rows, [][]seg{cell(fmt.Sprint(len(rows) + 1)), cell(w.leakyName(p)), cell(w.maskedAddr(p)), cell(w.rrnMasked(p)), cell("재산세"), cell(w.amount(1000, 90000))})
	} else if style == 1 {
		p := w.citizen(adult)
		rows = append(rows, [][]seg{cell(fmt.Sprint(len(rows) + 1)), cell(w.maskedName(p)), cell(w.leakyAddr(p)), cell(w.rrnMasked(p)), cell("주민세"), cell(w.amount(1000, 90000))})
	}
	w.table(table{heads: []string{"연번", w.nameHead("납세자"), "주소", w.pick("생년월일", "주민등록번호"), "세목", "금액"}, rows: rows})
	w.para("※ 공시송달 기간이 지나면 송달된 것으로 보며, 납부는 ", w.feeAccount(), " 또는 가까운 금융기관에서 하실 수 있습니다.")
}

func seizureLetter(w *writer) {
	w.setup(false, srcHWP, srcScan, srcPDF)
	f := w.newFrame(w.pick("징수과", "세무2과"), w.pick("재산 압류 통지", "자동차 압류 통지서", "체납액 분할납부 승인 통지"))
	p := w.citizen(adult)
	w.head(f, w.toCitizen(p))
	w.para("1. 귀하께서 체납하신 지방세를 징수하기 위하여 ", statute("지방세징수법", 61, ""), "에 따라 아래 재산을 압류하였음을 통지합니다.")
	plate := w.plate()
	w.kvBlock(
		fld("체납자", w.nmv(p)),
		fld(w.pick("주민등록번호", "생년월일"), w.rrn(p)),
		fld("주소", w.addrSeg(w.homeOf(p))),
		fld("체납액", w.amount(10000, 500000), " (", w.pick("자동차세", "재산세"), " ", fmt.Sprint(2+w.r.IntN(6)), "건)"),
		fld("압류재산", "자동차 ", plate, " ("+w.carModel()+", "+fmt.Sprint(2008+w.r.IntN(15))+"년식)"),
	)
	w.para("2. 체납액을 납부하시면 압류를 해제하여 드립니다. 납부: 위택스(www.wetax.go.kr), ", w.feeAccount())
	if w.chance(0.7) {
		w.line("3. 분할납부 신청 내용 (체납자 작성)")
		w.kvBlock(
			fld("납부방법", w.pick("신용카드 자동납부", "카드 정기결제")),
			fld("카드번호", w.card()),
			fld("유효기간", fmt.Sprintf("%02d/%02d", 1+w.r.IntN(12), 25+w.r.IntN(6))),
			fld("연락처", w.mobile(p)),
		)
	}
	w.foot(f)
}

func seizurePlan(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame("징수과", w.pick("2024년 상반기 체납액 일제정리 계획", "지방세 체납액 특별정리기간 운영 계획"))
	w.head(f, nil)
	w.para("1. 목적: 체납액 일제정리로 자주재원 확충 및 성실납세 분위기 조성")
	w.para("2. 기간: ", w.period())
	w.para("3. 체납 현황 (", w.when(), " 기준)")
	var rows [][][]seg
	for _, t := range []string{"자동차세", "재산세", "지방소득세", "주민세", "취득세"} {
		rows = append(rows, [][]seg{cell(t), cell(fmt.Sprint(100 + w.r.IntN(9000))), cell(w.amount(1000000, 90000000))})
	}
	w.table(table{heads: []string{"세목", "건수", "체납액"}, rows: rows})
	w.para("4. 추진 방법: 체납차량 번호판 영치(", statute("지방세징수법", 56, ""), "), 관허사업 제한, 출국금지 요청, 예금·급여 압류")
	w.para("5. 소요예산: ", w.amount(100000, 900000), " (", w.budgetCode(), ")")
	w.foot(f)
}

// 불법 주정차 과태료 이의신청

func parkingObjection(w *writer) {
	w.setup(false, srcScan, srcScan, srcHWP, srcPDF)
	w.staff()
	p := w.citizen(adult)
	driver := p
	if w.chance(0.5) {
		driver = w.citizen(w.one(adult, elder))
	}
	w.line(w.pick("의견진술서 (이의신청서)", "과태료 부과 사전통지에 대한 의견제출서", "주정차위반 과태료 이의신청서"))
	w.line(w.pick("※ 접수번호 ", "접수번호: "), w.receiptNo())
	w.nl()
	plate := w.plate()
	fields := []field{
		fld("차량번호", plate),
		fld("소유자 성명", w.nmv(p)),
		fld(w.pick("생년월일", "주민등록번호"), w.birthDate(p)),
		fld("주소", w.addrSeg(w.homeOf(p))),
		fld(w.pick("연락처", "휴대전화", "전화번호"), w.mobile(p)),
		fld("위반일시", w.when(), " ", w.clock()),
		fld("위반장소", keep("place", w.pick(w.dongName()+" "+w.pick("망원시장 앞", "○○빌딩 앞 도로", "초등학교 정문 앞", "버스정류장 옆"), "소방시설 5m 이내"))),
	}
	if w.chance(0.5) {
		w.formTable(2, fields...)
	} else {
		w.kvBlock(fields...)
	}
	w.line(w.pick("■ 의견 내용", "진술 내용:", "[이의 사유]"))
	if driver == p && w.chance(0.5) {
		w.para("운전자는 소유자 본인이며 운전면허번호는 ", w.licence(), "입니다.")
	}
	if driver != p {
		driver.ctx = w.pick("+health", "")
		w.para("당시 차량 운전자는 제 ", w.relation(), " ", w.nm(driver), "(운전면허번호 ", w.licence(), ")입니다.")
	}
	if driver.ctx == "+health" {
		w.para(w.nm(driver), w.pick(josa(driver.name, "이/가")+" ", "께서 "), "갑자기 가슴 통증을 호소하여 ", w.clinic(), " 응급실 앞에 잠시 정차하였던 것입니다. 진단서를 첨부합니다.")
	} else {
		w.para("장애인 보호자 차량으로 ", w.facility(), " 앞에서 승하차를 돕느라 3분 정도 정차하였습니다. 사진을 첨부하니 선처 바랍니다.")
	}
	if w.chance(0.4) {
		w.para("과태료는 이미 카드(", w.card(), ")로 납부하였으니 인용되면 환불해 주십시오.")
	}
	w.signBlock(w.pick("제출인", "신청인", "진술인"), p)
	w.line(w.org.head, " 귀하")
}

func parkingReview(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcDOCX, srcHWPX)
	f := w.newFrame("주차관리과", w.pick("주정차위반 과태료 의견진술 심의 결과", "과태료 이의신청 처리 결과 보고"))
	w.head(f, nil)
	w.para("1. ", w.when(), " 개최한 의견진술심의위원회 심의 결과를 아래와 같이 보고합니다.")
	w.para("2. 심의 안건: ", fmt.Sprint(5+w.r.IntN(30)), "건 (수용 ", fmt.Sprint(1+w.r.IntN(5)), "건)")
	ps := w.people(3+w.r.IntN(4), adult, "")
	var rows [][][]seg
	for i, p := range ps {
		rows = append(rows, [][]seg{cell(w.receiptNo()), cell(w.plate()), cell(w.nmv(p)), cell(w.when()), cell(w.pick("긴급 환자 이송", "장애인 승하차", "단속 시각 오류", "차량 도난", "생계형")), cell(w.pick("수용", "불수용", "불수용", "감경"))})
		if i == 0 && w.chance(0.6) {
			rows = append(rows, [][]seg{cell(w.receiptNo()), cell(w.companyPlate()), cell(w.company(), " (", w.bizNo(), ")"), cell(w.when()), cell("렌트 차량 임차인 변경"), cell("수용")})
		}
	}
	w.table(table{heads: []string{"접수번호", "차량번호", w.nameHead("소유자", "진술인"), "위반일", "진술 사유", "결과"}, rows: rows})
	w.para("3. 불수용 건은 과태료를 부과하고, 수용 건은 부과를 취소하여 진술인에게 통지할 예정입니다.")
	w.para("4. 특히 ", w.nm(ps[0]), josa(ps[0].name, "으로/로"), "부터 받은 의견서는 위원회 ", keep("word", "전원"), "이 검토하였으며, ", w.nm(ps[len(ps)-1]), josa(ps[len(ps)-1].name, "과/와"), " 같은 사유의 진술은 ", keep("word", "최근"), " 증가 추세입니다.")
	w.foot(f)
}

func parkingMessages(w *writer) {
	w.setup(false, srcExport, srcHWP, srcMail)
	f := w.newFrame("주차관리과", w.pick("새올 민원 처리(불법주정차 단속 이의)", "국민신문고 민원 회신", "주정차 단속 관련 민원 답변"))
	p := w.citizen(adult)
	plate := w.plate()
	w.line(w.pick("[민원 내용]", "■ 민원 내용", "민원요지:"))
	fs := []field{fld("신청인", w.nm(p)), fld("접수번호", w.receiptNo()), fld("휴대전화", w.mobile(p))}
	if w.chance(0.5) {
		fs = append(fs, fld(w.pick("신청 IP", "접속IP", "IP"), w.ip()))
	}
	w.kvBlock(fs...)
	w.para("어제 받은 단속 문자가 이상해서 캡처 내용 붙입니다.")
	w.line("----- 문자 캡처 -----")
	w.put("message", "[Web발신]\n[", w.org.name, "] ", plate, w.pick(" 차량이 ", "차량 "), "불법주정차 단속구역(", keep("place", w.dongName()+" 사거리"), ")에 주차되어 있습니다. 10분 이내 이동하지 않으면 단속됩니다. 문의 ", keep("office_phone", w.officePhone(w.org)))
	w.nl()
	w.nl()
	friend := w.citizen(adult)
	w.line(w.pick("----- 카카오톡 대화 -----", "<카톡 내용>", "[카카오톡 캡처]"))
	ts := w.clocks(4)
	w.put("message", "[", w.nm(friend), "] [", ts[0], "] 차 빼라는 문자 왔어?")
	w.nl()
	w.put("message", "[", w.nm(p), "] [", ts[1], "] 응 근데 바로 뺐는데 딱지 왔어")
	w.nl()
	if w.chance(0.5) {
		w.put("message", "[", w.nm(friend), "] [", ts[2], "] 구청에 전화해봐 ", keep("call_centre", "120"), " 아니면 주차관리과")
		w.nl()
	}
	paid := w.cardMasked()
	if w.chance(0.25) {
		// A card slip that hides only the last group.
		paid = personal(tCard, w.pick("9410", "4579", "5365")+"-"+w.digits(4)+"-"+w.digits(4)+"-****", "+partial_mask")
	}
	w.put("message", "[", w.nm(p), "] [", ts[3], "] ", w.pick("카드 결제는 해놨어 ", "일단 냈어 "), paid)
	w.nl()
	w.nl()
	w.line(w.pick("[답변]", "■ 처리 결과"))
	w.para(w.nm(p), w.pick("님께서 ", " 님께서 "), "제기하신 민원에 대한 답변입니다. 사전알림 문자 발송 후 10분 이내 이동이 확인되어 해당 단속 건(", plate, ")은 부과를 취소하였습니다.")
	w.para("납부하신 과태료는 결제하신 카드로 취소 처리됩니다. 추가 문의는 ", keep("position", "주차단속팀"), " ", keep("office_phone", w.officePhone(w.org)), "로 하여 주시기 바랍니다.")
	w.foot(f)
}

func parkingCCTV(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame("주차관리과", "불법 주정차 단속용 CCTV 설치 행정예고")
	w.line(w.noticeNo())
	w.line(f.title)
	w.para(statute("도로교통법", 35, ""), " 및 ", statute("개인정보 보호법", 25, ""), "에 따라 불법 주정차 단속용 CCTV를 다음과 같이 설치하고자 주민 의견을 듣습니다.")
	var rows [][][]seg
	for i := 0; i < 3+w.r.IntN(4); i++ {
		rows = append(rows, [][]seg{cell(fmt.Sprint(i + 1)), cell(w.facility(), " 앞"), cell(w.pick("고정형", "회전형")), cell(w.pick("24시간", "07:00~21:00"))})
	}
	w.table(table{heads: []string{"연번", "설치장소", "형태", "단속시간"}, rows: rows})
	w.para("의견 제출: ", w.when(), "까지 ", f.dept, "(", keep("office_phone", w.officePhone(w.org)), ", ", w.mailbox(), ")")
	w.para("설치 업체: ", w.company(), " (사업자등록번호 ", w.bizNo(), ", 대표전화 ", keep("org_phone", w.orgPhone()), ")")
	w.line(keep("date", f.date), " ", w.org.head)
}

// 재개발 조합원 명단

func unionRoster(w *writer) {
	w.setup(false, srcExport, srcExport, srcPDF, srcHWP)
	f := w.newFrame(w.pick("도시정비과", "주거정비과"), w.pick("조합원 명부 및 동의서 제출 현황 검토", "재개발 조합설립 동의율 검토", "관리처분계획 조합원 분양신청 현황"))
	w.head(f, nil)
	zone := w.dongName() + fmt.Sprintf(" %d구역", 1+w.r.IntN(9))
	w.para("1. ", keep("place", zone), " 주택재개발정비사업조합(", keep("unique_no", fmt.Sprintf("%03d-82-%05d", 100+w.r.IntN(800), w.r.IntN(99999))), ")이 제출한 조합원 명부를 검토하였습니다.")
	w.para("2. 토지등소유자 ", fmt.Sprint(200+w.r.IntN(600)), "명 중 동의 ", fmt.Sprint(150+w.r.IntN(300)), "명 (동의율 ", fmt.Sprint(70+w.r.IntN(25)), "%)")
	w.line("3. 명부 발췌 (조합 제출 엑셀)")
	ps := w.people(4+w.r.IntN(6), w.one(adult, elder), "")
	csv := w.src == srcExport
	hs := []string{"연번", w.nameHead("토지등소유자", "소유자"), "생년월일", "소유 지번", "연락처", "권리가액", "동의"}
	var rows [][][]seg
	d := w.lx.districts[w.r.IntN(6)]
	for i, p := range ps {
		lot := fmt.Sprintf("%s %d-%d", w.pick(d.dongs...), 1+w.r.IntN(600), 1+w.r.IntN(40))
		name := cell(w.nmv(p))
		if w.chance(0.15) {
			q := w.citizen(adult)
			name = cell(w.nm(p), " 외 1 (", w.nm(q), ")")
		}
		rows = append(rows, [][]seg{cell(fmt.Sprint(i + 1)), name, cell(w.birthDate(p)), cell(personal(tAddress, lot, "+lot+owned")), cell(w.mobile(p)), cell(w.amount(10000000, 90000000)), cell(w.pick("O", "O", "X", "서면"))})
	}
	rows = append(rows, [][]seg{cell(fmt.Sprint(len(rows) + 1)), cell(w.company()), cell(w.corpNo()), cell(keep("org_address", w.pick(d.dongs...)+fmt.Sprintf(" %d", 1+w.r.IntN(600)))), cell(keep("org_phone", w.orgPhone())), cell(w.amount(10000000, 90000000)), cell("O")})
	style := ""
	if csv {
		style = stCSV
	}
	w.table(table{heads: hs, rows: rows, style: style})
	ub, ua := w.orgAccount()
	w.para("※ 분담금 납부 계좌: ", ub, " ", keep("org_account", ua), " (예금주: ", keep("place", zone), " 주택재개발정비사업조합)")
	w.para("4. 법인 소유 토지(", fmt.Sprint(1+w.r.IntN(4)), "필지)는 ", statute("도시 및 주거환경정비법", 39, ""), "에 따라 대표자 1인을 조합원으로 봅니다.")
	w.foot(f)
}

func unionMinutes(w *writer) {
	w.setup(false, srcHWP, srcHWPX, srcPDF, srcScan)
	w.staff()
	chair, sec := w.citizen(elder), w.citizen(adult)
	members := w.people(2+w.r.IntN(3), w.one(adult, elder), "")
	style := w.pick(spCircle, spCircle, spColon, spBracket)
	zone := w.dongName() + fmt.Sprintf(" %d구역", 1+w.r.IntN(9))
	w.line(keep("place", zone), " 주택재개발정비사업조합 ", w.pick("정기총회", "임시총회", "대의원회"), " 속기록")
	w.nl()
	w.kvBlock(
		fld("일시", w.when(), " ", w.clock()),
		fld("장소", w.facility(), " 대강당"),
		fld("참석", fmt.Sprintf("조합원 %d명 (직접 %d명, 서면결의 %d명)", 300+w.r.IntN(300), 50+w.r.IntN(100), 200+w.r.IntN(200))),
	)
	w.put("body", "임원: 조합장 ", w.nm(chair), ", 총무이사 ", w.nm(sec))
	w.nl()
	w.nl()
	w.turn(style, "사회자", sec, "지금부터 ", w.pick("정기총회", "임시총회"), "를 개회하겠습니다. 성원 보고 드리겠습니다. 재적 조합원 과반수가 출석하여 성원되었음을 알려드립니다.")
	w.turn(style, "조합장", chair, "조합원 여러분 반갑습니다. 제1호 안건 관리처분계획 변경의 건을 상정합니다.")
	m := members[0]
	w.turn(style, "조합원", m, "저는 ", w.pick("성산동", "망원동", "정릉동"), " 살고 있는 ", w.nm(m), "인데요, 분담금이 왜 이렇게 올랐는지 설명해 주십시오.")
	w.turn(style, "조합장", chair, "공사비가 ", w.amount(30000000, 90000000), " 증액된 것은 ", w.company(), "와의 계약 변경 때문입니다.")
	if len(members) > 1 {
		m2 := members[1]
		w.turn(style, "조합원", m2, w.nm(chair), " 조합장님, 지난번 대의원회에서 ", w.nm(m), w.pick(" 씨가", " 조합원님이", josa(m.name, "이/가")), " 요청한 자료는 언제 공개합니까?")
	}
	w.turn(style, w.pick("도시정비과장", "구청 도시정비과 팀장", "주무관"), nil, "구청에서는 ", statute("도시 및 주거환경정비법", 124, ""), "에 따라 자료 공개를 지도하고 있습니다.")
	w.turn(style, "사회자", sec, "표결 결과 찬성 ", fmt.Sprint(200+w.r.IntN(200)), "표, 반대 ", fmt.Sprint(10+w.r.IntN(90)), "표로 가결되었음을 선포합니다.")
	w.nl()
	w.line("(", w.clock(), " 폐회)")
}

func unionPetition(w *writer) {
	w.setup(false, srcScan, srcScan, srcHWP)
	w.staff()
	rep := w.citizen(w.one(adult, elder))
	w.line(w.pick("탄 원 서", "탄원서", "진 정 서"))
	w.nl()
	w.line("수신: ", w.org.head, w.pick("", " (도시정비과)"))
	zone := w.dongName() + fmt.Sprintf(" %d구역", 1+w.r.IntN(9))
	w.line("제목: ", keep("place", zone), " 정비구역 ", w.pick("해제 요청", "지정 반대", "조합 임원 해임 요청"))
	w.nl()
	w.para("저희는 ", keep("place", zone), " 안에 살고 있는 주민들입니다. 조합이 주민 동의 없이 사업을 진행하여 세입자와 노인 가구가 쫓겨날 처지에 있습니다.")
	w.para("특히 ", w.nm(rep), w.pick(" 대표는 ", "님은 "), "지난 30년간 이 동네에서 살아왔으며 조합 측의 동의서 위조 의혹을 제기하였습니다.")
	w.para(keep("word", "이번"), " 탄원에는 대표 ", w.nm(rep), josa(rep.name, "과/와"), " 이웃 주민들이 함께하였으며, ", w.nm(rep), "만이 아니라 세입자들도 서명하였습니다.")
	w.para("부디 주민의 뜻을 헤아려 주시기 바랍니다.")
	date, _, _, _ := w.today()
	w.line(keep("date", date))
	w.put("signature", "탄원인 대표  ", w.nm(rep), "  (", w.mobile(rep), ")")
	w.nl()
	w.nl()
	w.line(w.pick("[탄원인 연명부]", "탄원인 명단", "< 서 명 부 >"))
	ps := w.people(5+w.r.IntN(8), w.one(adult, elder), "")
	cols := []col{{id: "no", head: "번호"}, {id: "name", head: "성명"}, {id: "addr", head: "주소"}}
	if w.chance(0.6) {
		cols = append(cols, col{id: "tel", head: "연락처"})
	}
	cols = append(cols, col{id: "sign", head: "서명"})
	w.roster(ps, cols, w.pick(stAligned, stBox, stPipe))
	w.line(w.pick("(이상 ", "총 "), fmt.Sprint(len(ps)), "명)")
}

func zoneDesignation(w *writer) {
	w.setup(false, srcHWP, srcPDF)
	f := w.newFrame("도시정비과", "정비구역 지정 및 정비계획 결정 고시")
	w.line(keep("notice_no", fmt.Sprintf("서울특별시 고시 제%d-%d호", 2023+w.r.IntN(3), 1+w.r.IntN(600))))
	w.line(f.title)
	zone := w.dongName()
	w.para(statute("도시 및 주거환경정비법", 16, ""), "에 따라 정비구역을 지정하고 정비계획을 결정하여 다음과 같이 고시합니다.")
	w.kvBlock(
		fld("구역명", keep("place", zone+fmt.Sprintf(" %d구역", 1+w.r.IntN(9))), " 주택정비형 재개발구역"),
		fld("위치", keep("place", fmt.Sprintf("%s %d번지 일대", zone, 1+w.r.IntN(600)))),
		fld("면적", fmt.Sprintf("%d,%03d㎡", 10+w.r.IntN(90), w.r.IntN(1000))),
		fld("사업시행자", keep("place", zone+" 재개발정비사업조합"), " (추진위원회)"),
	)
	w.para("관계 도서는 ", f.dept, "(", keep("office_phone", w.officePhone(w.org)), ")에 비치하여 일반인에게 보입니다.")
	w.line(keep("date", f.date), " ", keep("position", "서울특별시장"))
}

// 소송 수행 보고 (원고/피고)

func lawsuitReport(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcHWPX)
	f := w.newFrame(w.pick("법무과", "법무행정과", "감사담당관"), w.pick("행정소송 제1심 판결 결과 보고", "소송 수행 상황 보고", "손해배상 청구소송 응소 보고"))
	w.head(f, nil)
	p := w.citizen(adult)
	p.ctx = w.pick("+criminal", "")
	lawyer := w.citizen(adult)
	cn, what := w.caseNo("구합", "구단"), w.pick("영업정지처분 취소", "과징금부과처분 취소")
	if p.ctx == "" {
		cn, what = w.caseNo("가단", "가합", "가소"), "손해배상(기)"
	}
	w.kvBlock(
		fld("사건", cn, " ", what),
		fld("원고", w.nmv(p), " (", w.addrSeg(w.homeOf(p)), ")"),
		fld("피고", keep("position", w.org.head)),
		fld("원고 소송대리인", keep("org", w.pick("법무법인 강남", "법무법인 태평양", "법무법인 서초")), " 담당변호사 ", w.nm(lawyer, "+lawyer")),
		fld("피고 소송수행자", keep("position", f.dept+" "+w.pick("행정6급", "주무관", "팀장"))),
		fld("소가", w.amount(500000, 9000000)),
	)
	w.line(w.pick("□ 사건 개요", "1. 사건 개요"))
	if p.ctx == "+criminal" {
		w.para("○ 원고 ", w.nm(p), josa(p.name, "은/는")+" ", w.when(), " 운영하는 일반음식점에서 청소년에게 주류를 제공하여 ", keep("place", "서울서부지방검찰청"), "으로부터 기소유예 처분을 받았고, 피고는 ", statute("식품위생법", 75, ""), "에 따라 영업정지 2개월을 처분함.")
	} else {
		w.para("○ 원고 ", w.nm(p), josa(p.name, "은/는")+" ", w.facility(), " 앞 보도에서 넘어져 ", w.pick("손목 골절", "무릎 인대 파열"), " 진단을 받았다며 도로 관리 하자를 이유로 손해배상을 청구함.")
	}
	w.line(w.pick("□ 판결 결과", "2. 판결 요지"))
	w.para("○ ", w.when(), " 선고: ", w.pick("원고 청구 기각", "원고 일부 승소", "각하"), " (", keep("place", w.pick("서울행정법원", "서울서부지방법원", "서울북부지방법원")), " 제", fmt.Sprint(1+w.r.IntN(14)), "부)")
	w.para("○ 원고가 항소할 경우 ", keep("org", "서울고등검찰청"), "의 지휘를 받아 응소할 예정임.")
	w.foot(f)
}

func lawsuitPlaintiffs(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcScan)
	f := w.newFrame("법무과", w.pick("공동소송 원고 명단 송부", "손해배상 청구 사건 원고 현황"))
	w.head(f, nil)
	w.para("1. 관련: ", w.caseNo("가합", "가단"), " 손해배상(기) 사건")
	w.para("2. 원고들 소송대리인이 제출한 원고 명단을 아래와 같이 정리하였습니다.")
	ps := w.people(4+w.r.IntN(8), w.one(adult, elder), "")
	style := w.pick(lsNewline, lsNewline, lsComma, lsMiddot)
	w.put("body", "원고 ")
	if style == lsNewline {
		w.nl()
	}
	w.list(style, w.nameItems(ps, func(p *person) []seg {
		if style == lsNewline && w.chance(0.6) {
			return segs(" (", w.addrSeg(w.homeOf(p)), ")")
		}
		return nil
	}))
	w.put("body", fmt.Sprintf(w.pick(" (이상 %d명)", "\n(이상 %d명)", " 등 %d명"), len(ps)))
	w.nl()
	w.para("원고들 주소 각 별지 기재. 원고들 소송대리인 ", keep("org", "법무법인 강남"), ", 피고 ", keep("position", w.org.head), ".")
	p := ps[0]
	w.para("3. 선정당사자: ", w.nm(p), w.pick("(", " (연락처 "), w.mobile(p), ")")
	w.foot(f)
}

func lawsuitWitness(w *writer) {
	w.setup(false, srcScan, srcHWP, srcPDF)
	w.staff()
	wit := w.citizen(adult)
	pl := w.citizen(adult)
	w.line(w.pick("증 인 신 문 조 서", "증인신문조서(제", "사 실 확 인 서"), w.pick("", "", "2회 변론)"))
	w.line("사건  ", w.caseNo("가합", "가단", "가소"), " ", w.pick("손해배상(기)", "부당이득금"))
	w.line("증인  ", w.nm(wit), "  (", w.birthDate(wit), "생)")
	w.nl()
	qa := w.pick("문 :", "문)", "원고대리인 :")
	an := w.pick("답 :", "답)", "증인 :")
	w.para(qa, " 증인은 원고 ", w.nm(pl), "과(와) 어떤 관계입니까?")
	w.para(an, " 같은 아파트에 사는 이웃입니다. ", w.nm(pl), w.pick(" 씨가", "님이"), " 넘어질 때 바로 옆에 있었습니다.")
	w.para(qa, " 당시 보도블록 상태는 어땠습니까?")
	w.para(an, " 블록 두 개가 빠져 있었고 ", w.dongName(), " 주민센터에 두 번 신고했다고 들었습니다.")
	w.para(qa, " 증인의 연락처와 주소는 조서에 적힌 대로입니까?")
	w.para(an, " 네. ", w.addrSeg(w.homeOf(wit)), ", 전화는 ", w.mobile(wit), "입니다.")
	w.signBlock("증인", wit)
}

func lawsuitStatus(w *writer) {
	w.setup(false, srcHWP, srcPDF, srcExport)
	f := w.newFrame("법무과", "소송사건 현황 보고")
	w.head(f, nil)
	w.para("1. ", w.when(), " 현재 계류 중인 소송사건 현황을 보고합니다.")
	var rows [][][]seg
	for i := 0; i < 4+w.r.IntN(4); i++ {
		var pl []seg
		if w.chance(0.5) {
			// Masked as the city masks names in reports: no personal data.
			pl = cell(keep("masked", w.pick(strings.Fields(surnameList)...)+w.pick("○○", "**", "모 외 3", "○○ 외 12")))
		} else {
			pl = cell(w.company())
		}
		rows = append(rows, [][]seg{cell(fmt.Sprint(i + 1)), cell(w.caseNo()), pl, cell(w.pick("영업정지처분 취소", "손해배상(기)", "정보공개거부처분 취소", "부당이득금 반환")), cell(w.amount(100000, 9000000)), cell(w.pick("1심 계속", "항소심", "상고심", "종결(승소)"))})
	}
	w.table(table{heads: []string{"연번", "사건번호", "원고", "사건명", "소가", "진행"}, rows: rows})
	w.para("2. 승소율 ", fmt.Sprint(70+w.r.IntN(25)), "%, 소송비용 예산 ", w.budgetCode())
	w.foot(f)
}
