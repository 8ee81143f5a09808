package fieldset

import "fmt"

// kind is one sort of document, with the sources it comes from and the
// offices that write it.
type kind struct {
	name     string
	laws     []string
	channels []string
	offices  []office
	build    func(b *builder)
}

var kinds = []kind{
	{"relief_payment", []string{"「재난 및 안전관리 기본법」 제66조", "「서울특별시 재난지원금 지급 조례」 제5조", "「소상공인기본법」 제12조"}, []string{"hwp", "hwpx", "pdf", "sheet", "docx"}, offices("소상공인정책담당관", "일자리경제과"), relief},
	{"parking_appeal", []string{"「도로교통법」 제32조", "「도로교통법」 제160조제3항", "「질서위반행위규제법」 제16조", "「질서위반행위규제법」 제20조"}, []string{"hwp", "pdf", "scan", "email"}, offices("주차계획과", "주차관리과"), parking},
	{"building_permit", []string{"「건축법」 제11조", "「건축법」 제14조", "「건축법」 제79조", "「건축법 시행령」 제9조"}, []string{"hwp", "hwpx", "pdf", "scan"}, offices("건축기획과", "건축과"), building},
	{"scholarship", []string{"「서울특별시 장학금 지급 조례」 제4조", "「교육기본법」 제28조", "「국민기초생활 보장법」 제12조의2"}, []string{"hwpx", "docx", "sheet", "pdf"}, offices("교육정책과", "교육지원과"), scholarship},
	{"epidemiology", []string{"「감염병의 예방 및 관리에 관한 법률」 제18조", "「식품위생법」 제86조", "「감염병의 예방 및 관리에 관한 법률」 제76조의2"}, []string{"hwp", "pdf", "docx"}, offices("감염병관리과", "보건위생과"), epidemiology},
	{"care_assignment", []string{"「노인복지법」 제27조의2", "「아이돌봄 지원법」 제13조", "「사회서비스 이용 및 이용권 관리에 관한 법률」 제9조"}, []string{"hwp", "sheet", "pdf", "scan"}, offices("돌봄정책과", "어르신복지과"), care},
	{"public_works", []string{"「고용정책 기본법」 제6조", "「서울특별시 공공근로사업 운영 규정」 제7조", "「근로기준법」 제17조"}, []string{"hwp", "sheet", "pdf"}, offices("일자리정책과", "일자리정책과"), publicWorks},
	{"youth_rent", []string{"「청년기본법」 제20조", "「주거기본법」 제15조", "「서울특별시 청년 기본 조례」 제12조"}, []string{"webform", "sheet", "hwpx", "email"}, offices("청년정책담당관", "청년정책과"), youthRent},
	{"ad_enforcement", []string{"「옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률」 제3조", "「옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률」 제20조", "「도로법」 제61조", "「도로법」 제114조"}, []string{"hwp", "pdf", "scan"}, offices("도시빛정책과", "건설관리과"), adEnforcement},
	{"noise_inspection", []string{"「소음·진동관리법」 제21조", "「소음·진동관리법」 제23조", "「소음·진동관리법」 제60조"}, []string{"webform", "email", "hwp", "pdf"}, offices("생활환경과", "환경과"), noise},
	{"apartment_audit", []string{"「공동주택관리법」 제93조", "「공동주택관리법」 제30조", "「공동주택관리법」 제102조"}, []string{"hwp", "pdf", "docx"}, offices("공동주택과", "주택과"), apartment},
	{"press_release", []string{"「개인정보 보호법」 제17조제1항"}, []string{"docx", "hwpx", "pdf"}, offices("시민소통담당관", "홍보담당관"), press},
	{"resident_minutes", []string{"「지방자치분권 및 지역균형발전에 관한 특별법」 제40조", "「서울특별시 주민자치회 설치·운영 조례」 제18조"}, []string{"hwp", "hwpx", "docx"}, offices("자치행정과", "자치행정과"), minutes},
	{"legal_consult", []string{"「주택임대차보호법」 제3조의2", "「민사소송법」 제462조", "「법률구조법」 제1조"}, []string{"hwp", "pdf", "scan", "email"}, offices("민생노동정책과", "법무과"), legal},
	{"dispute_mediation", []string{"「공동주택관리법」 제71조", "「주택임대차보호법」 제14조", "「공동주택관리법」 제20조"}, []string{"hwp", "pdf", "docx"}, offices("갈등조정담당관", "주택과"), mediation},
}

// doc writes a whole document in the frame its channel calls for: a
// spreadsheet export or an approval document with head and footer.
func (b *builder) frame(title string, attach []string, body func()) {
	if b.ch == "sheet" {
		b.sheetHead(title)
		body()
		b.linef("※ 개인정보가 포함된 자료이므로 외부 유출을 금지함. 문의: ", b.offPhone())
		return
	}
	b.gianHead(title, "")
	body()
	b.gianFoot(attach)
}

func (b *builder) people(min, max int) []*person {
	n := min + b.r.IntN(max-min+1)
	ps := make([]*person, n)
	for i := range ps {
		ps[i] = b.person()
	}
	return ps
}

// aged draws a citizen of an age between lo and lo+span.
func (b *builder) aged(lo, span int) *person {
	m, s := b.ageMin, b.ageSpan
	b.ageMin, b.ageSpan = lo, span
	x := b.person()
	b.ageMin, b.ageSpan = m, s
	return x
}

func num(i int) cell { return cell{p(fmt.Sprint(i + 1))} }

func relief(b *builder) {
	year := 2022 + b.r.IntN(4)
	title := b.pick(fmt.Sprintf("%d년 소상공인 재난지원금 지급 대상자 확정", year), "소상공인 경영안정 지원금 지급 명단 통보", "외국인 주민 재난긴급생활비 지급 결정", "폭우 피해 소상공인 재해지원금 지급 계획")
	if title[0:3] == "외" {
		b.foreignPct = 60
	}
	b.frame(title, []string{"지급 대상자 명단", "지급 계좌 확인서"}, func() {
		if b.ch != "sheet" {
			b.numbered(1, "관련: ", b.statute(), ", ", b.docNo(), "(", b.date(), ")")
			b.numbered(2, b.filler())
			b.numbered(3, "위 호와 관련하여 ", b.place(), " 소재 피해 사업장 ", b.stat(), "에 대하여 지원금 ", b.amount(), "을 아래와 같이 지급하고자 합니다.")
			b.linef("  가. 예산과목: ", b.budget(), " (", b.nameLike(), " 지정 계좌 이체)")
			b.linef("  나. 지급일: ", b.date())
		}
		ps := b.people(3, 9)
		foreign := false
		for _, x := range ps {
			foreign = foreign || x.foreign
		}
		if b.clean && b.chance(40) {
			b.statsTable("지급 건수")
			return
		}
		t := &table{head: []string{"연번", b.pick("대표자", "성명", "대표자명"), "상호", "사업자등록번호", b.pick("생년월일", "출생일"), b.pick("연락처", "휴대전화"), "은행", b.pick("계좌번호", "입금계좌"), "지급액"}}
		if b.chance(30) {
			t.groups = []group{{"", 1}, {"신청인", 3}, {"", 1}, {"연락처", 1}, {"지급 계좌", 2}, {"", 1}}
			t.groups[0].title, t.groups[2].title, t.groups[5].title = "구분", "개인정보", "금액"
		}
		card := b.chance(35)
		if card {
			t.groups = nil
			t.head[6], t.head[7] = "지급수단", b.pick("선불카드 번호", "카드번호")
		}
		if b.ch == "sheet" && b.chance(60) {
			t.head = append(t.head, "신청 IP")
		}
		for i, x := range ps {
			id := x.birth
			if x.foreign {
				id = x.frn
			}
			row := []cell{num(i), {x.name}, {b.company()}, {b.brn()}, {id}, {x.mobile}, {x.bank}, {x.account}, {b.amount()}}
			if card {
				row[6], row[7] = cell{p("서울사랑상품권")}, cell{x.card}
			}
			if len(t.head) > 9 {
				row = append(row, cell{x.ip})
			}
			t.add(row...)
		}
		b.table(t)
		if foreign && b.ch != "sheet" {
			b.text("※ 외국인 주민은 외국인등록번호와 여권번호로 본인을 확인함\n")
			for _, x := range ps {
				if x.foreign {
					b.linef("   - ", x.name, " (", x.latin, ", ", x.nation, "): 여권번호 ", x.passport)
				}
			}
		}
		if b.ch != "sheet" && b.chance(60) {
			x := ps[b.r.IntN(len(ps))]
			b.linef("4. 계좌 오류로 반송된 ", b.honor(x.name), " 지급액은 정정 계좌(", x.bank, " ", x.account, ")로 재지급함.")
		}
	})
}

func parking(b *builder) {
	if b.ch == "email" {
		x := b.person()
		b.forward()
		b.emailHead(x, "과태료 부과에 대한 의견진술(이의신청)입니다")
		b.linef("안녕하세요. 차량번호 ", x.plate, " 차주 ", x.name, "입니다.")
		b.linef(b.date(), " ", b.place(), "에서 단속된 건(고지서 번호 ", b.caseNo("P"), ")에 대하여 의견을 제출합니다.")
		b.linef("당시 저는 ", b.pick("병원 응급실에 가족을 데려다주던", "장애인 가족을 승하차시키던", "이삿짐을 내리던"), " 중이었고, 관련 진료확인서를 첨부합니다.")
		b.linef("운전면허번호는 ", x.licence, "이고 주소는 ", x.addr, "입니다.")
		if b.chance(40) {
			b.linef("과태료는 이미 카드(", x.card, ")로 납부하였으니 인용되면 환급 부탁드립니다.")
		}
		b.emailSign(x)
		return
	}
	title := b.pick("주정차위반 과태료 의견진술 심의 결과", "제3회 과태료 이의신청 심의위원회 심의 결과 보고", "견인 및 과태료 부과 이의신청 처리 결과")
	b.frame(title, []string{"심의 의결서", "의견진술서 사본"}, func() {
		b.numbered(1, "관련: ", b.statute(), ", ", b.statute())
		b.numbered(2, b.date(), " 개최된 의견진술심의위원회(", b.place(), ")의 심의 결과를 다음과 같이 보고합니다.")
		b.linef("  가. 심의 대상: ", b.stat(), " (인용 ", b.stat(), ")")
		ps := b.people(3, 8)
		t := &table{head: []string{"접수번호", b.pick("차량번호", "차량 번호"), b.pick("신청인", "차주", "소유자"), "위반일시", "위반장소", "주장 요지", "심의결과"}}
		for _, x := range ps {
			t.add(cell{b.caseNo("P")}, cell{x.plate}, cell{x.name}, cell{b.date()}, cell{b.place()}, cell{p(b.pick("긴급 환자 이송", "장애인 승하차", "단속 표지 미인지", "차량 고장", "도난 차량"))}, cell{p(b.pick("인용", "기각", "일부 인용"))})
		}
		b.table(t)
		x := ps[0]
		b.numbered(3, "인용 사유")
		b.linef("  가. ", b.honor(x.name), " 제출한 진료확인서에 따라 ", x.plate, " 차량의 정차는 긴급한 사유로 인정함.")
		if b.chance(50) {
			y := ps[len(ps)-1]
			b.linef("  나. 운전자 ", y.name, "(운전면허 ", y.licence, ", 연락처 ", y.mobile, ")의 진술을 청취함.")
		}
		b.linef("  다. 환급은 ", b.statute(), "에 따라 처리하며, 카드 납부분은 ", b.company(), " 승인 취소로 갈음함.")
		if b.chance(40) {
			b.linef("      (카드번호 ", x.card, ", 승인번호 ", b.caseNo("A"), ")")
		}
	})
}

func building(b *builder) {
	title := b.pick("건축허가 신청 민원 처리 결과 통보", "건축신고 수리 및 착공신고 처리 결과", "용도변경 허가 민원 보완 요구", "위반건축물 시정명령 이행 여부 확인")
	b.frame(title, []string{"건축허가서", "허가 조건"}, func() {
		b.numbered(1, "귀하께서 신청하신 건축 민원(", b.caseNo("건축과"), ")에 대한 검토 결과를 알려드립니다.")
		b.numbered(2, b.filler())
		ps := b.people(1, 3)
		x := ps[0]
		b.numbered(3, "허가 내용")
		t := &table{head: []string{"구분", "내용"}}
		t.add(cell{p("건축주")}, cell{x.name})
		t.add(cell{p("건축주 주소")}, cell{x.addr})
		t.add(cell{p("연락처")}, cell{x.mobile})
		if len(ps) > 1 {
			t.add(cell{p("공동 건축주")}, cell{ps[1].name, p(" ("), ps[1].birth, p(")")})
		}
		t.add(cell{p("대지위치")}, cell{b.place()})
		t.add(cell{p("설계자")}, cell{b.company(), p(" (사업자 "), b.brn(), p(")")})
		t.add(cell{p("연면적")}, cell{ng(nStat, fmt.Sprintf("%d.%02d㎡", 100+b.r.IntN(900), b.r.IntN(100)))})
		t.add(cell{p("허가일")}, cell{b.date()})
		b.table(t)
		b.numbered(4, "허가 조건: ", b.statute(), "에 따라 착공 전 감리계약을 체결하여야 합니다.")
		if b.chance(50) {
			b.linef("  ※ 인근 주민 ", b.honor(b.person().name), " 제기한 일조권 민원은 별도 회신함.")
		}
		b.linef("  ※ 문의: ", b.org.dept, " ", b.official("주무관"), " (", b.offPhone(), ")")
	})
}

func scholarship(b *builder) {
	title := b.pick("2024년 희망드림 장학생 선발 결과", "저소득층 대학생 학자금 지원 대상자 확정", "다문화가정 자녀 장학금 지급 명단", "꿈나무 장학재단 장학생 추천")
	b.frame(title, []string{"선발 심사표", "장학금 지급 명단"}, func() {
		if b.ch != "sheet" {
			b.numbered(1, "관련: ", b.statute(), ", 장학생 선발위원회 의결(", b.date(), ")")
			b.numbered(2, "신청자 ", b.stat(), " 중 서류 및 면접 심사를 거쳐 다음과 같이 선발하였습니다.")
		}
		if b.clean && b.chance(50) {
			b.statsTable("선발 인원")
			return
		}
		ps := make([]*person, 3+b.r.IntN(6))
		for i := range ps {
			ps[i] = b.aged(8, 16)
		}
		t := &table{head: []string{"번호", b.pick("학생명", "성명", "이름"), "학교", "생년월일", "보호자", "보호자 연락처", "장학금", "입금계좌"}}
		for i, x := range ps {
			g := b.person()
			sc := b.pick("한빛초등학교", "서울고등학교", "○○중학교", "한국외국어대학교", "서울시립대학교", "동국대학교")
			t.add(num(i), cell{x.name}, cell{ng(nPlace, sc)}, cell{x.birth}, cell{g.name}, cell{g.mobile}, cell{b.amount()}, cell{x.bank, p(" "), x.account})
		}
		b.table(t)
		if b.ch != "sheet" {
			x := ps[b.r.IntN(len(ps))]
			b.numbered(3, "선발자 ", b.honor(x.name), " 전입 예정으로 주소지(", x.addr, ") 확인 후 지급 예정.")
			if x.foreign {
				b.linef("   외국 국적 학생: ", x.latin, ", 외국인등록번호 ", x.frn, ", 여권 ", x.passport)
			}
			if b.chance(40) {
				b.linef("   개별 통지는 전자우편(", x.email, ")으로 발송함.")
			}
		}
	})
}

func epidemiology(b *builder) {
	title := b.pick("집단 식중독 의심 신고 역학조사 결과 보고", "감염병 환자 발생에 따른 역학조사 결과", "어린이집 노로바이러스 집단발생 역학조사 중간 보고")
	b.frame(title, []string{"역학조사서", "검체 검사 결과"}, func() {
		b.numbered(1, "관련: ", b.statute(), ", ", b.statute())
		b.numbered(2, "개요: ", b.date(), " ", b.place(), " 소재 ", b.company(), " 이용자 ", b.stat(), "이 설사·구토 증상을 호소하여 조사함.")
		b.linef("  가. 발병률: ", b.rate(), ", 검체 ", b.stat(), " 중 양성 ", b.stat())
		b.linef("  나. ", b.filler())
		if b.clean {
			b.statsTable("환자 수")
			b.numbered(3, "조치: 해당 업소 영업정지 및 ", b.statute(), "에 따른 과태료 ", b.amount(), " 부과.")
			return
		}
		ps := b.people(2, 6)
		b.numbered(3, "환자 명단")
		t := &table{head: []string{"연번", "성명", "주민등록번호", "성별/나이", "주소", "연락처", "발병일"}}
		for i, x := range ps {
			sx := "남"
			if !x.male {
				sx = "여"
			}
			t.add(num(i), cell{x.name}, cell{x.rrn}, cell{p(fmt.Sprintf("%s/%d", sx, x.age))}, cell{x.addr}, cell{x.mobile}, cell{b.date()})
		}
		b.table(t)
		x := ps[0]
		b.numbered(4, "지표환자 ", b.honor(x.name), " ", b.date(), " 최초 증상이 있었으며, 동거 가족의 연락처는 ", x.home, "임.")
		if b.chance(60) {
			b.linef("  가. 동선 확인: ", b.company(), " 결제 카드 ", x.card, " 사용 내역 ", b.stat())
		}
		if b.chance(50) {
			b.linef("  나. 해외 체류 이력 확인(여권번호 ", x.passport, ", 입국일 ", b.date(), ")")
		}
		if len(ps) > 1 && b.chance(40) {
			y := ps[1]
			b.linef("  다. 접촉자 ", b.honor(y.name), " 카드(", y.card, ") 결제 시각으로 노출 시간 추정")
		}
	})
}

func care(b *builder) {
	title := b.pick("노인맞춤돌봄서비스 대상자 배정 결과", "아이돌봄 서비스 긴급 배정 알림", "독거어르신 안부확인 생활지원사 배정", "장기요양 등급 외 어르신 재가서비스 배정")
	b.frame(title, []string{"배정 명단"}, func() {
		if b.ch != "sheet" {
			b.numbered(1, "관련: ", b.statute())
			b.numbered(2, "신규 신청자 ", b.stat(), "에 대하여 수행기관(", b.company(), ")별로 아래와 같이 배정합니다.")
		}
		ps := b.people(3, 8)
		t := &table{head: []string{"번호", b.pick("대상자", "어르신 성명", "아동명"), "생년월일", b.pick("주소", "거주지"), b.pick("자택전화", "집 전화"), "보호자", "보호자 휴대폰", b.pick("생활지원사", "돌보미")}}
		for i, x := range ps {
			x = b.aged(68, 27)
			ps[i] = x
			g := b.person()
			w := b.person()
			t.add(num(i), cell{x.name}, cell{x.birth}, cell{x.addr}, cell{x.home}, cell{g.name}, cell{g.mobile}, cell{w.name})
		}
		b.table(t)
		if b.ch != "sheet" {
			x := ps[0]
			b.numbered(3, "바우처 카드: ", b.honor(x.name), " 국민행복카드(", x.card, ")로 본인부담금 결제")
			b.linef("   ※ 세부 문의는 ", b.nameLike(), " 인근 수행기관 또는 ", b.offPhone())
		}
	})
}

func publicWorks(b *builder) {
	title := b.pick("2024년 하반기 공공근로사업 참여자 선발 결과", "서울형 뉴딜일자리 참여자 명단", "안심일자리 참여자 배치 및 급여 지급")
	b.frame(title, []string{"참여자 명단", "근로계약서 사본"}, func() {
		if b.ch != "sheet" {
			b.numbered(1, "관련: ", b.statute(), ", 계약번호 ", b.caseNo("계약"))
			b.numbered(2, "사업명: ", b.pick("공원 환경정비", "행정 보조", "안심 귀가 스카우트"), " / 예산 ", b.amount(), " (", b.budget(), ")")
		}
		ps := b.people(4, 10)
		t := &table{head: []string{"연번", "성명", "주민등록번호", "주소", "휴대전화", "은행", "계좌", "배치장소"}}
		for i, x := range ps {
			t.add(num(i), cell{x.name}, cell{x.rrn}, cell{x.addr}, cell{x.mobile}, cell{x.bank}, cell{x.account}, cell{b.place()})
		}
		b.table(t)
		if b.ch != "sheet" && b.chance(60) {
			x := ps[b.r.IntN(len(ps))]
			b.numbered(3, "운전 업무 배치자 ", b.honor(x.name), " 운전면허(", x.licence, ") 확인 완료, 차량 ", x.plate, " 사용 승인.")
		}
	})
}

func youthRent(b *builder) {
	b.ageMin, b.ageSpan = 19, 21
	title := "청년월세 지원 신청서"
	switch b.ch {
	case "webform":
		x := b.person()
		b.formHead(x, title)
		t := &table{head: []string{"※ 신청인 성명", "※ 생년월일", "※ 휴대전화", "전자우편", "※ 임차주택 주소", "임대인", "※ 월세 입금 계좌"}}
		ll := b.person()
		t.add(cell{x.name}, cell{x.birth}, cell{x.mobile}, cell{x.email}, cell{x.addr}, cell{ll.name}, cell{x.bank, p(" "), x.account})
		b.tableIn(t, pick(b.r, []string{lKV, lPipe}))
		b.linef("[개인정보 수집·이용 동의] ", b.statute(), "에 따라 동의함 (동의일시 ", b.date(), ")")
		b.linef("담당: ", b.org.dept, " ", b.official("주무관"), " ", b.offPhone())
		return
	case "email":
		x := b.person()
		b.forward()
		b.emailHead(x, "청년월세 지원 서류 보완 제출합니다")
		b.linef("담당자님 안녕하세요. 신청번호 ", b.caseNo("Y"), " 신청자 ", x.name, "입니다.")
		b.linef("요청하신 임대차계약서와 통장 사본(", x.bank, " ", x.account, ")을 첨부합니다.")
		b.linef("전입 주소는 ", x.addr, "이고, 생년월일은 ", x.birth, "입니다.")
		b.emailSign(x)
		return
	}
	b.frame("청년월세 한시 특별지원 대상자 확정", []string{"지원 대상자 명단"}, func() {
		if b.ch != "sheet" {
			b.numbered(1, "관련: ", b.statute(), ", ", b.docNo())
			b.numbered(2, "신청 ", b.stat(), " 중 소득·재산 조사 결과 적격자를 확정함.")
		}
		if b.clean && b.chance(50) {
			b.statsTable("지원 인원")
			return
		}
		ps := b.people(3, 8)
		t := &table{head: []string{"연번", "성명", "생년월일", "임차주소", "연락처", "이메일", "지원금", "신청 IP"}}
		for i, x := range ps {
			id := x.birth
			if x.foreign {
				id = x.frn
			}
			t.add(num(i), cell{x.name}, cell{id}, cell{x.addr}, cell{x.mobile}, cell{x.email}, cell{b.amount()}, cell{x.ip})
		}
		b.table(t)
	})
}

func adEnforcement(b *builder) {
	title := b.pick("불법 유동광고물 일제 정비 결과", "노점 및 불법 적치물 단속 결과 보고", "현수막 무단 게시자 과태료 부과 예고")
	b.frame(title, []string{"단속 사진 대장", "과태료 부과 예고서"}, func() {
		b.numbered(1, "관련: ", b.statute(), ", ", b.statute())
		b.numbered(2, "기간: ", b.date(), " ~ ", b.date(), ", 장소: ", b.place(), ", 정비 ", b.stat())
		b.linef("  가. ", b.filler())
		if b.clean && b.chance(50) {
			b.statsTable("정비 건수")
			return
		}
		ps := b.people(2, 7)
		t := &table{head: []string{"연번", "위반 유형", "광고 전화번호", "위반자", "주소", "차량", "처분"}}
		for i, x := range ps {
			t.add(num(i), cell{p(b.pick("전단지", "현수막", "벽보", "노점 트럭", "입간판"))}, cell{x.mobile}, cell{x.name}, cell{x.addr}, cell{x.plate}, cell{p(b.pick("과태료 ", "계고 ", "수거 ")), b.amount()})
		}
		b.table(t)
		x := ps[0]
		b.numbered(3, "노점 운영자 ", b.honor(x.name), " 현장에서 운전면허증(", x.licence, ")을 제시하였으며 자진 철거를 약속함.")
	})
}

func noise(b *builder) {
	x := b.person()
	switch b.ch {
	case "webform":
		b.formHead(x, "소음·진동 민원 신청")
		b.linef("민원인: ", x.name, "\n휴대전화: ", x.mobile, "\n주소: ", x.addr)
		b.linef("발생원: ", b.company(), " 공사장 (", b.place(), ")")
		b.linef("내용: 새벽 ", fmt.Sprint(5+b.r.IntN(2)), "시부터 공사 소음이 ", ng(nStat, fmt.Sprintf("%ddB", 65+b.r.IntN(20))), " 이상으로 계속됩니다. 현장 확인 바랍니다.")
		b.linef("회신 방법: 전자우편 (", x.email, ")")
		return
	case "email":
		b.forward()
		b.emailHead(x, "공사장 소음 측정 요청")
		b.linef(b.place(), " 인근에 사는 ", x.name, "입니다. ", b.company(), " 현장 소음이 심합니다.")
		b.linef("집 주소는 ", x.addr, "이고 낮에는 ", x.home, "로 연락 주세요.")
		b.emailSign(x)
		return
	}
	b.frame(b.pick("소음 민원 현장 확인 결과 회신", "생활소음 측정 결과 및 행정처분 알림"), []string{"소음 측정 기록지"}, func() {
		b.numbered(1, "귀하의 민원(", b.caseNo("2AA"), ")에 대한 현장 확인 결과를 알려드립니다.")
		b.numbered(2, "민원인: ", b.honor(x.name), " (", x.addr, ", ", x.mobile, ")")
		if b.chance(50) {
			b.linef("   ※ 온라인 접수(접속 IP ", x.ip, "), 회신 전자우편 ", x.email)
		}
		t := &table{groups: []group{{"측정", 2}, {"결과", 3}}, head: []string{"측정일", "측정지점", "측정값", "기준", "판정"}}
		for k := 0; k < 2+b.r.IntN(3); k++ {
			v := 55 + b.r.IntN(25)
			t.add(cell{b.date()}, cell{b.place()}, cell{ng(nStat, fmt.Sprintf("%ddB(A)", v))}, cell{p("65dB(A)")}, cell{p(b.pick("초과", "적합"))})
		}
		b.table(t)
		b.numbered(3, "조치: ", b.company(), "(", b.brn(), ")에 ", b.statute(), "에 따라 과태료 ", b.amount(), " 부과 예정.")
	})
}

func apartment(b *builder) {
	title := b.pick("공동주택 관리실태 감사 결과 통보", "아파트 관리비 집행 실태 점검 결과", "입주자대표회의 운영 감사 처분 요구")
	b.frame(title, []string{"감사 결과 처분요구서", "지적사항 세부내역"}, func() {
		b.numbered(1, "관련: ", b.statute(), ", 감사 기간 ", b.date(), " ~ ", b.date())
		b.numbered(2, "감사 대상: ", b.place(), " 소재 ", b.nameLike(), " (", ng(nStat, fmt.Sprintf("%d세대", 100+b.r.IntN(2000))), ")")
		b.linef("  관리주체: ", b.company(), " (법인등록번호 ", b.crn(), ", 사업자등록번호 ", b.brn(), ")")
		ps := b.people(2, 4)
		t := &table{head: []string{"번호", "지적사항", "관련자", "직위", "금액", "처분"}}
		for i, x := range ps {
			t.add(num(i), cell{p(b.pick("장기수선충당금 목적 외 사용", "수의계약 부당 체결", "관리비 부과 오류", "업무추진비 증빙 누락"))}, cell{x.name}, cell{p(b.pick("관리사무소장", "입주자대표회장", "동대표", "감사"))}, cell{b.amount()}, cell{p(b.pick("시정", "과태료", "주의", "환수"))})
		}
		b.table(t)
		x := ps[0]
		b.numbered(3, "세부: 관리비 중 ", b.amount(), "이 ", b.honor(x.name), " 개인 계좌(", x.bank, " ", x.account, ")로 이체되었음을 확인함.")
		b.linef("  계약번호 ", b.caseNo("계약"), ", 입찰공고 ", ng(nCaseNo, "K-apt "+digits(b.r, 11)))
	})
}

func press(b *builder) {
	b.text("보도자료\n")
	b.linef("보도일시: ", b.date(), " 조간 / 배포: ", b.date())
	lead := b.official("과장")
	staff := b.official("주무관")
	b.linef("담당부서: ", b.org.org, " ", b.org.dept, "  과장 ", lead, " ", b.offPhone(), "  담당 ", staff, " ", b.offPhone())
	b.text("\n")
	topic := b.pick("청년월세 지원", "노인 돌봄 서비스", "소상공인 재난지원금", "공공근로 일자리", "층간소음 이웃 조정")
	b.linef("서울시, ", topic, " 이용자 ", b.stat(), " … 만족도 ", b.rate())
	b.text("\n")
	b.linef("□ ", b.org.org, b.pick("는", "가"), " ", b.date(), " ", topic, " 성과를 발표했다. 올해 ", b.stat(), "이 혜택을 받았다.")
	b.linef("□ ", b.filler())
	for k := 0; k < 1+b.r.IntN(3); k++ {
		x := b.person()
		age := fmt.Sprint(x.age)
		switch b.r.IntN(3) {
		case 0:
			b.linef("□ ", b.place(), "에 사는 ", b.honor(x.name), " \"", topic, " 덕분에 숨통이 트였다\"고 말했다.")
		case 1:
			b.linef("□ \"처음엔 반신반의했는데 정말 도움이 됐어요.\" (", x.name, "·", age, "·", ng(nPlace, pick(b.r, districts).gu), ")")
		default:
			b.linef("□ ", b.nameLike(), "에서 만난 ", x.name, "(", age, ") 씨는 \"다른 분들도 꼭 신청하시길 바란다\"고 전했다.")
		}
	}
	b.linef("□ ", lead, " ", b.org.dept, "장은 \"", b.pick("더 많은 시민이 혜택을 받도록 하겠다", "현장 의견을 반영해 개선하겠다"), "\"고 밝혔다.")
	b.linef("붙임  ", topic, " 현황 1부.")
	b.linef("문의: ", b.offMail(), " / ", ng(nOfficeURL, "news."+b.org.domain))
}

func minutes(b *builder) {
	b.linef(b.pick("제", "제"), fmt.Sprint(1+b.r.IntN(20)), "차 ", b.pick("주민자치회", "시민참여단", "주민참여예산위원회", "청년정책 네트워크"), " 회의록")
	b.linef("일시: ", b.date(), " ", fmt.Sprintf("%02d:00", 9+b.r.IntN(10)))
	b.linef("장소: ", b.place())
	ps := b.people(3, 6)
	chair := b.official("동장")
	b.say("참석: ", chair, "(", b.org.dept, "), 위원 ")
	for i, x := range ps {
		if i > 0 {
			b.text(", ")
		}
		b.put(x.name)
	}
	b.linef(" (", b.stat(), " 중 ", fmt.Sprint(len(ps)), "명 참석)")
	b.text("\n안건: ")
	b.linef(b.pick("주민세 마을사업 선정", "마을 축제 예산 심의", "불법 주정차 대책", "공원 환경 개선"), " (", b.amount(), ")\n")
	for k := 0; k < 4+b.r.IntN(5); k++ {
		x := ps[b.r.IntN(len(ps))]
		switch b.r.IntN(5) {
		case 0:
			b.linef(chair, " 위원장: ", b.filler())
		case 1:
			b.linef("○ ", x.name, " 위원: ", b.place(), " 쪽 주차 문제가 심각합니다. 제 번호 ", x.mobile, "로 민원 사진 보내드렸습니다.")
		case 2:
			b.linef(x.name, " 위원 : 예산 ", b.amount(), "은 과하다고 봅니다.")
		case 3:
			b.linef("위원(", x.name, "): ", b.nameLike(), " 앞 화단 정비를 제안합니다.")
		default:
			b.linef("- ", x.name, ": 저희 집(", x.addr, ") 앞 골목도 포함해 주세요.")
		}
	}
	b.linef("\n의결: 원안 가결 (찬성 ", b.stat(), ")")
	b.linef("기록: ", b.org.dept, " ", b.official("주무관"), " (", b.offPhone(), ")")
}

func legal(b *builder) {
	x := b.person()
	if b.ch == "email" {
		b.forward()
		b.emailHead(x, "마을변호사 상담 신청")
		b.linef("임대인 ", b.person().name, "에게 보증금 ", b.amount(), "을 돌려받지 못하고 있습니다.")
		b.linef("주소: ", x.addr, " / 연락처: ", x.mobile, " / 생년월일: ", x.birth)
		b.emailSign(x)
		return
	}
	b.frame(b.pick("마을변호사 법률상담 결과 보고", "무료 법률상담 일지", "찾아가는 법률상담 처리 결과"), []string{"상담일지"}, func() {
		b.numbered(1, "관련: ", b.statute(), ", 상담일 ", b.date())
		b.numbered(2, "상담 현황: ", b.stat(), " (임대차 ", b.stat(), ", 채무 ", b.stat(), ")")
		if b.clean && b.chance(50) {
			b.statsTable("상담 건수")
			return
		}
		t := &table{head: []string{"항목", "내용"}}
		t.add(cell{p("상담인")}, cell{x.name})
		if x.foreign {
			t.add(cell{p("외국인등록번호")}, cell{x.frn})
			t.add(cell{p("여권번호")}, cell{x.passport})
		} else {
			t.add(cell{p("주민등록번호")}, cell{x.rrn})
		}
		t.add(cell{p("주소")}, cell{x.addr})
		t.add(cell{p("연락처")}, cell{x.mobile, p(" / "), x.home})
		y := b.person()
		t.add(cell{p("상대방")}, cell{y.name, p(" ("), y.mobile, p(")")})
		t.add(cell{p("사건번호")}, cell{ng(nCaseNo, fmt.Sprintf("%d가단%d", 2022+b.r.IntN(4), 10000+b.r.IntN(90000)))})
		t.add(cell{p("상담 요지")}, cell{p("임대차보증금 반환, 지급명령 신청 안내")})
		b.table(t)
		b.numbered(3, "상담 결과: ", b.honor(x.name), " ", b.statute(), "에 따른 절차를 안내하고 대한법률구조공단(132)에 연계함.")
	})
}

func mediation(b *builder) {
	b.frame(b.pick("층간소음 이웃분쟁 조정 결과", "공동주택 관리 분쟁조정위원회 조정 결과 통지", "임대차 분쟁 조정 성립 알림"), []string{"조정서 정본"}, func() {
		b.numbered(1, "사건번호: ", b.caseNo("조정"), " / 조정일: ", b.date())
		b.numbered(2, b.filler())
		if b.clean && b.chance(50) {
			b.statsTable("조정 건수")
			b.numbered(3, "조정 성립률 ", b.rate(), ", 평균 처리기간 ", ng(nStat, fmt.Sprintf("%d일", 20+b.r.IntN(40))))
			return
		}
		a, c := b.person(), b.person()
		t := &table{head: []string{"구분", "성명", "주소", "연락처", "전자우편"}}
		t.add(cell{p("신청인")}, cell{a.name}, cell{a.addr}, cell{a.mobile}, cell{a.email})
		t.add(cell{p("피신청인")}, cell{c.name}, cell{c.addr}, cell{c.mobile}, cell{c.email})
		b.table(t)
		b.numbered(3, "조정 내용: 피신청인 ", b.honor(c.name), " 신청인 ", b.honor(a.name), " 위로금 ", b.amount(), "을 지급하고, 매트 설치 비용을 부담한다.")
		b.linef("   지급 계좌: ", a.bank, " ", a.account, " (예금주 ", a.name, ")")
	})
}
