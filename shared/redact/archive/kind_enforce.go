package archive

import (
	"fmt"
)

func (d *doc) noticeNo() piece {
	return ng("notice_no", fmt.Sprintf("%s 공고 제%d-%d호", d.org.name, d.date.y, between(d.r, 10, 2400)))
}

func (d *doc) when() []any {
	t := d.date.before(between(d.r, 20, 90))
	return []any{d.dt(t), " ", ng("time", fmt.Sprintf("%02d:%02d", between(d.r, 0, 23), between(d.r, 0, 59)))}
}

func genPenalty(d *doc) {
	d.setup("gu,gu,city", "주차관리과", "교통행정과", "건축과", "청소행정과", "주차계획과")
	r := d.r
	switch {
	case d.clean && r.IntN(2) == 0:
		penaltyCorporate(d)
	case d.clean:
		penaltyGuide(d)
	default:
		switch r.IntN(4) {
		case 0, 1:
			penaltyPublication(d)
		case 2:
			penaltyBuilding(d)
		default:
			penaltyTaxi(d)
		}
	}
}

// penaltyPublication is 공시송달: notices returned undelivered, published
// with who, where and which car.
func penaltyPublication(d *doc) {
	r := d.r
	d.letterhead("과태료 부과 사전통지서 공시송달 공고")
	d.h(0, "아래와 같이 공고하고자 합니다.")
	d.closing(true, "공고문")
	d.plain("\n")
	d.ln(pick(r, []string{"[붙임 1] 공고문", "붙임 1", "<공고문>"}))
	d.ln(d.noticeNo())
	d.ln("과태료 부과 사전통지서 공시송달 공고")
	d.para(d.statute([]string{"「도로교통법」 제160조제3항", "「질서위반행위규제법」 제16조", "「주차장법」 제29조"}), "에 따라 과태료 부과 사전통지서를 발송하였으나 수취인 부재, 주소 불명 등의 사유로 반송되어 ", ng("statute", "「행정절차법」 제14조제4항"), "에 의거 다음과 같이 공시송달합니다.")
	d.h(0, "공고 기간: ", d.today(), " ~ ", d.dt(d.date.addDays(14)))
	d.h(0, "공시송달 대상")
	maskNames := r.IntN(3) == 0
	t := table{head: [][]string{{"연번", pick(r, []string{"성명", "납부자", "소유자", "당사자"}), pick(r, []string{"생년월일", "주민번호"}), "주소", "차량번호", "위반일시", "위반장소", "과태료"}}}
	for i := range between(r, 3, 8) {
		p := d.person(22, 80)
		var nm any = d.name(p, cell)
		if maskNames {
			nm = p.mask(r)
		}
		var id any
		switch r.IntN(4) {
		case 0:
			id = maskedRRN(p.rrn, r.IntN(2))
		case 1:
			id = d.birthIn(p, cell, 3)
		case 2:
			id = d.leak(p, tRRN, cell)
		default:
			id = d.birth(p, cell)
		}
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), nm, id, d.addr(p, cell), d.plate(p, cell), d.when(), d.spot(), ng("amount", comma(pick(r, []int{40000, 50000, 80000, 100000, 120000})))})
	}
	if d.fmt == "hwp" && r.IntN(2) == 0 {
		d.render(t, layBox)
	} else {
		d.table(t)
	}
	d.h(0, "납부 방법: 위택스(www.wetax.go.kr) 또는 가상계좌 납부, 기한 내 의견 제출 시 과태료의 ", ng("number", "20%"), " 감경")
	d.h(0, "문의처: ", d.dept, " ", d.officeNo("office_phone"))
	d.ln(d.today())
	d.ln(d.org.head)
}

// penaltyBuilding is the prior notice of a levy on an unlawful building,
// to one owner.
func penaltyBuilding(d *doc) {
	r := d.r
	if d.org.kind == "gu" {
		d.moveTo("건축과")
	}
	p := d.person(35, 80)
	d.letterhead("위반건축물 이행강제금 부과 사전통지", d.name(p, "recipient"), " 귀하")
	d.para(d.statute([]string{"「건축법」 제80조", "「행정절차법」 제21조"}), "에 따라 이행강제금 부과에 앞서 다음과 같이 사전통지하오니 의견이 있으시면 기한 내 제출하여 주시기 바랍니다.")
	// The site is the owner's property; protected like a residence.
	d.kvs(
		kv{"성명", d.name(p, "kv")},
		kv{"생년월일", d.birth(p, "kv")},
		kv{"주소", d.addr(p, "kv")},
		kv{"위반건축물 소재지", d.addr(d.person(30, 80), "kv")},
		kv{"위반 내용", pick(r, []string{"옥상 무단 증축(샌드위치패널 28㎡)", "근린생활시설의 주거용 무단 용도변경", "발코니 불법 확장"})},
		kv{"부과 예정 금액", amount(r, 800, 12000)},
		kv{"의견 제출 기한", d.dt(d.date.addDays(15))},
	)
	d.para("의견 제출 시 ", d.nameWith(p, "body", "님"), " 본인 또는 대리인이 ", d.dept, "(", d.officeNo("office_phone"), ")를 방문하거나 팩스(", d.officeNo("fax"), ")로 제출하시기 바랍니다.")
	d.closing(true, "의견제출서 서식")
}

// penaltyCorporate publishes notices to corporations only: all public.
func penaltyCorporate(d *doc) {
	r := d.r
	d.letterhead("사업장 과태료 부과 고지서 공시송달 공고")
	d.ln(d.noticeNo())
	d.para(d.statute(statPenalty), "에 따라 다음 법인에 대한 과태료 고지서가 반송되어 공시송달합니다.")
	t := table{head: [][]string{{"연번", "법인명", "법인등록번호", "소재지", "위반 내용", "과태료"}}}
	for i := range between(r, 2, 5) {
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.company(), ng("corp_no", corpNo(r)), ng("corp_address", d.corpAddress()), pick(r, []string{"폐기물 처리 기준 위반", "옥외광고물 무단 표시", "사업장 소음 기준 초과"}), amount(r, 100, 3000)})
	}
	d.table(t)
	d.para("※ 개인 대표자의 성명은 ", ng("statute", "「개인정보 보호법」 제18조"), "에 따라 기재하지 아니함")
	d.closing(true)
}

func (d *doc) corpAddress() string {
	rd := pick(d.r, seoulRoads)
	return fmt.Sprintf("서울특별시 %s %s %d, %d층", rd[0], rd[1], between(d.r, 1, 300), between(d.r, 2, 15))
}

// penaltyGuide is a standing notice of rules: no one in it.
func penaltyGuide(d *doc) {
	r := d.r
	d.letterhead("주·정차 위반 과태료 부과 기준 및 의견진술 절차 안내")
	d.h(0, "근거: ", d.statute(statPenalty))
	t := table{head: [][]string{{"위반 유형", "승용차", "승합차", "비고"}}}
	for _, v := range []string{"일반 주·정차 위반", "어린이보호구역", "소화전 5m 이내", "장애인 전용구역"} {
		t.rows = append(t.rows, []any{v, amount(r, 40, 120), amount(r, 50, 130), pick(r, []string{"", "2배 가중", "1분 이상 정차 시"})})
	}
	d.table(t)
	d.h(0, "의견진술: 사전통지서 수령 후 ", ng("number", "10일"), " 이내 ", d.place(), " 또는 누리집으로 제출")
	d.h(0, "민원 상담: 다산콜센터 ", ng("callcentre", "120"), ", 주차단속 상황실 ", d.officeNo("office_phone"))
	d.closing(true)
}

func genParking(d *doc) {
	d.setup("gu,gu,city,agency", "주차관리과", "교통행정과", "주차계획과", "주차시설운영처")
	r := d.r
	if d.clean {
		parkingStats(d)
		return
	}
	switch r.IntN(3) {
	case 0:
		parkingOpinions(d)
	case 1:
		parkingResident(d)
	default:
		parkingAbandoned(d)
	}
}

// parkingOpinions is the review of drivers' objections.
func parkingOpinions(d *doc) {
	r := d.r
	d.reportHead("주·정차 위반 의견진술 심의 결과")
	d.h(0, "심의 일시: ", d.today(), " / 장소: ", d.place())
	d.h(0, "심의 결과")
	t := table{head: [][]string{{"연번", "차량번호", pick(r, []string{"소유자", "의견진술인", "진술인"}), "위반일시", "위반장소", "의견 요지", "결과"}}}
	people := make([]*person, between(r, 3, 7))
	for i := range people {
		p := d.person(20, 80)
		people[i] = p
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.plate(p, cell), d.name(p, cell), d.when(), d.spot(), pick(r, []string{"환자 이송 중 긴급 정차", "물품 하역 중", "단속 표지 미확인", "차량 고장", "장애인 승하차"}), pick(r, []string{"수용", "불수용"})})
	}
	d.table(t)
	p := people[0]
	d.h(0, "주요 진술 내용")
	d.h(1, d.nameWith(p, "quote", "은/는"), " “어머니를 병원에 모시고 가던 중이었다”고 진술하고 진료 확인서를 제출함(차량 ", d.plate(p, "quote"), ")")
	if r.IntN(2) == 0 {
		d.h(1, "불수용 건 중 이미 납부된 과태료는 감경분 ", amount(r, 8, 24), "을 ", d.nameWith(p, "body", "의"), " 납부 카드(", pick(r, []any{d.card(p, "body"), d.leak(p, tCard, "body")}), ")로 승인 취소함")
	}
	if len(people) > 1 && r.IntN(2) == 0 {
		q := people[1]
		q.ctx = "health"
		d.h(1, d.nameWith(q, "body", "의"), " 경우 ", pick(r, illnesses), " 치료를 위한 통원 중이었음이 확인되어 수용함")
	}
	d.closing(false)
}

// parkingResident lists the winners of resident parking spaces.
func parkingResident(d *doc) {
	r := d.r
	d.letterhead(fmt.Sprintf("거주자우선주차 %d년 %d분기 배정 결과", d.date.y, (d.date.m-1)/3+1))
	d.h(0, "배정 구역: ", pick(r, seoulDongs)[1], " 일대 ", ng("number", fmt.Sprint(between(r, 20, 80))), "면")
	t := table{head: [][]string{{"구획번호", pick(r, []string{"성명", "배정자", "신청인"}), "차량번호", "주소", "연락처"}}}
	for range between(r, 4, 8) {
		p := d.person(25, 75)
		tel := any(d.mobile(p, cell))
		if r.IntN(3) == 0 {
			tel = maskedMobile(p.mobilePhone())
		}
		t.rows = append(t.rows, []any{ng("number", fmt.Sprintf("%c-%02d", 'A'+r.IntN(4), between(r, 1, 40))), d.name(p, cell), d.plate(p, cell), d.addrCore(p, cell), tel})
	}
	d.table(t)
	d.h(0, "주차요금: 월 ", amount(r, 20, 60), " (", ng("org", "우리은행"), " 가상계좌 납부)")
	d.closing(true, "배정 결과 명단")
}

// parkingAbandoned publishes cars left on the street and their owners.
func parkingAbandoned(d *doc) {
	r := d.r
	d.letterhead("무단방치 자동차 자진처리 명령 공고")
	d.ln(d.noticeNo())
	d.para(d.statute([]string{"「자동차관리법」 제26조", "「자동차관리법 시행령」 제6조"}), "에 따라 무단방치 자동차의 소유자에게 자진처리를 명하였으나 주소 불명으로 통지할 수 없어 다음과 같이 공고합니다.")
	for i := range between(r, 2, 4) {
		p := d.person(25, 75)
		d.ln(fmt.Sprintf("%d. 차량번호: ", i+1), d.plate(p, "list"), " (", pick(r, []string{"쏘나타", "아반떼", "포터", "SM5", "모닝", "스타렉스"}), ")")
		if r.IntN(2) == 0 {
			d.ln("   소유자: ", d.name(p, "list"), " (", d.birthIn(p, "list", 12), ")")
		} else {
			d.ln("   소유자: ", d.name(p, "list"))
		}
		d.ln("   주소: ", d.addr(p, "list"))
		d.ln("   방치 장소: ", d.spot(), " 노상")
	}
	d.para("공고일로부터 ", ng("number", "15일"), " 이내 자진처리하지 아니하면 강제 폐차 처리합니다.")
	d.closing(true)
}

// parkingStats reports enforcement in numbers only.
func parkingStats(d *doc) {
	r := d.r
	d.reportHead(fmt.Sprintf("%d년 %d월 불법 주·정차 단속 실적 보고", d.date.y, d.date.m))
	t := table{head: [][]string{{"구분", "고정형 CCTV", "이동형 단속", "시민 신고", "계"}}}
	for _, k := range []string{"단속 건수", "부과 금액(천원)", "의견진술 수용"} {
		t.rows = append(t.rows, []any{k, ng("number", comma(between(r, 100, 9000))), ng("number", comma(between(r, 100, 9000))), ng("number", comma(between(r, 100, 9000))), ng("number", comma(between(r, 1000, 20000)))})
	}
	if r.IntN(2) == 0 {
		t.head = [][]string{{"구분", "단속 방식", "단속 방식", "단속 방식", "계"}, {"구분", "고정형 CCTV", "이동형 단속", "시민 신고", "계"}}
	}
	d.table(t)
	d.h(0, "주요 단속 지점: ", d.spot(), ", ", d.spot(), ", ", d.spot())
	d.h(0, "단속 시간: 평일 ", ng("time", "07:00~21:00"), ", 주말 ", ng("time", "09:00~18:00"))
	d.closing(false)
}

func genReferral(d *doc) {
	d.setup("gu,gu,city,agency", "청소행정과", "감사담당관", "복지정책과", "조사담당관", "감사실")
	r := d.r
	if d.clean {
		referralCorporate(d)
		return
	}
	switch r.IntN(5) {
	case 0:
		referralDumping(d)
	case 1, 2:
		referralFraud(d)
	default:
		referralOnline(d)
	}
}

func (d *doc) police() piece {
	return ng("org", pick(d.r, []string{"마포경찰서장", "서울강서경찰서장", "서울관악경찰서장", "서울노원경찰서장", "서울중부경찰서장", "서울특별시경찰청장"}))
}

// referralDumping files a criminal complaint against a named offender.
func referralDumping(d *doc) {
	p := d.person(25, 70)
	p.ctx = "criminal"
	d.letterhead("폐기물 불법투기 행위자 고발", d.police())
	d.h(0, d.statute([]string{"「폐기물관리법」 제68조", "「형사소송법」 제234조", "「폐기물관리법」 제8조"}), "에 따라 아래와 같이 고발합니다.")
	d.h(0, "피고발인")
	d.kvs(
		kv{"성명", d.name(p, "kv")},
		kv{"주민등록번호", d.rrn(p, "kv")},
		kv{"주소", d.addr(p, "kv")},
		kv{"연락처", d.mobile(p, "kv")},
		kv{"차량번호", d.plate(p, "kv")},
	)
	d.h(0, "고발 사실")
	d.para("  피고발인 ", d.nameWith(p, "body", "은/는"), " ", d.when(), "경 ", d.spot(), " 인근 공터에 건설 폐기물 약 ", ng("number", "3톤"), "을 화물차(", d.plate(p, "body"), ")로 운반하여 무단 투기하였다. 구청 단속반이 CCTV 영상으로 확인한 결과 ", d.nameWith(p, "body", "이/가"), " 직접 하역하는 장면이 촬영되었다.")
	d.h(0, "증거 자료: CCTV 영상 사본, 현장 사진 ", ng("number", "12매"), ", 차량 등록원부")
	d.closing(true, "증거 자료 목록")
}

// referralFraud asks the police to investigate subsidy fraud: a table of
// suspects.
func referralFraud(d *doc) {
	r := d.r
	d.letterhead("보조금 부정수급 의심자 수사 의뢰", d.police())
	d.h(0, "관련: ", d.statute([]string{"「보조금 관리에 관한 법률」 제40조", "「사회보장급여법」 제22조"}))
	d.h(0, "자체 조사 결과 아래 대상자의 부정수급 정황이 확인되어 수사를 의뢰합니다.")
	t := table{head: [][]string{{"연번", pick(r, []string{"성명", "관련자", "대상자"}), "생년월일", "부정수급액", "혐의 내용"}}}
	var first *person
	for i := range between(r, 2, 5) {
		p := d.person(30, 70)
		p.ctx = "criminal"
		if first == nil {
			first = p
		}
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.name(p, cell), d.birth(p, cell), amount(r, 500, 40000), pick(r, []string{"소득 허위 신고", "위장 이혼", "허위 근로 계약", "사망자 명의 수령"})})
	}
	d.table(t)
	d.h(0, "특히 ", d.nameWith(first, "body", "은/는"), " 배우자 명의 계좌(", d.account(first, "body"), ")로 급여를 분산 수령한 것으로 확인됨")
	d.closing(true, "조사 결과 보고서")
}

// referralOnline reports defamatory posts on the office's board: the
// poster's IP and e-mail.
func referralOnline(d *doc) {
	r := d.r
	p := d.person(20, 60)
	p.ctx = "criminal"
	d.letterhead("누리집 게시판 허위사실 유포 관련 수사 의뢰", d.police())
	d.h(0, "구 누리집 자유게시판에 특정 공무원을 비방하는 허위 게시글이 반복 게시되어 수사를 의뢰합니다.")
	d.kvs(
		kv{"게시자", []any{d.name(p, "kv"), " (회원 아이디는 수사기관에 별도 제공)"}},
		kv{"전자우편", d.email(p, "kv")},
		kv{"접속 IP", d.ip(p, "kv")},
		kv{"게시 일시", d.when()},
		kv{"게시 건수", ng("number", fmt.Sprintf("%d건", between(r, 3, 40)))},
	)
	d.para("게시자 ", d.nameWith(p, "body", "은/는"), " 동일 IP(", d.ip(p, "body"), ")에서 다른 아이디로도 접속한 기록이 있습니다.")
	d.closing(true, "게시글 화면 사본", "접속 기록")
}

// referralCorporate files against a corporation: all public.
func referralCorporate(d *doc) {
	r := d.r
	co := d.company()
	d.letterhead("사업장 폐수 무단 방류 고발", d.police())
	d.h(0, d.statute([]string{"「물환경보전법」 제76조", "「형사소송법」 제234조"}), "에 따라 아래 법인을 고발합니다.")
	d.kvs(
		kv{"피고발 법인", co},
		kv{"법인등록번호", ng("corp_no", corpNo(r))},
		kv{"사업자등록번호", ng("biz_no", bizNo(r, false))},
		kv{"소재지", ng("corp_address", d.corpAddress())},
		kv{"대표자", ng("masked", pick(r, surnames)+"○○")},
	)
	d.h(0, "고발 사실: ", d.when(), " 사업장 배출구에서 기준치를 초과한 폐수를 ", d.spot(), " 인근 우수관로로 방류함")
	d.closing(true)
}

// penaltyTaxi gives a taxi driver notice that the driver's qualification
// will be revoked: registration number, licence, the company's name.
func penaltyTaxi(d *doc) {
	r := d.r
	if d.org.kind == "city" {
		d.moveTo("택시물류과")
	} else {
		d.moveTo("교통행정과")
	}
	p := d.person(30, 75)
	p.ctx = "criminal"
	d.letterhead("택시운수종사자 자격 취소 처분 사전통지", d.name(p, "recipient"), " 귀하")
	d.para(d.statute([]string{"「여객자동차 운수사업법」 제87조", "「행정절차법」 제21조"}), "에 따라 귀하에 대한 택시운전자격 취소 처분에 앞서 다음과 같이 통지합니다.")
	d.kvs(
		kv{"성명", d.name(p, "kv")},
		kv{"주민등록번호", pick(r, []any{d.rrn(p, "kv"), d.leak(p, tRRN, "kv")})},
		kv{"주소", d.addr(p, "kv")},
		kv{"운전면허번호", d.licence(p, "kv")},
		kv{"소속 운수사", ng("org", pick(r, []string{"강남교통(주)", "서울상운(주)", "한성운수(주)", "동아택시(주)"}))},
		kv{"처분 사유", pick(r, []string{"음주운전으로 운전면허 취소", "특정범죄 가중처벌 대상 범죄 경력 확인", "정밀검사 미수검"})},
		kv{"의견 제출 기한", d.dt(d.date.addDays(10))},
	)
	d.para("기한 내 의견을 제출하지 아니하면 의견이 없는 것으로 보고 처분합니다. ", d.nameWith(p, "body", "께서"), " 직접 방문하기 어려운 경우 전자우편(", d.officeMail(d.drafter), ")으로 제출할 수 있습니다.")
	d.closing(true, "의견제출서")
}
