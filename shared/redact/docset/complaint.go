package docset

import "fmt"

// 민원 처리 결과 통지·보고.

var complaintTemplates = []template{
	{"letter", both, false, complaintLetter},
	{"report_table", both, false, complaintReport},
	{"grievance_kv", devOnly, false, complaintGrievance},
	{"repeat_closure", holdoutOnly, false, complaintRepeat},
	{"passport", both, false, complaintPassport},
	{"stats", both, true, complaintStats},
}

type topic struct{ subject, detail, result string }

var complaintTopics = [2][]topic{
	{
		{"아파트 단지 앞 불법 주정차 단속 요청", "아파트 정문 앞 도로에 야간마다 차량이 이중 주차되어 보행과 통행에 불편이 크니 단속해 달라는 내용",
			"해당 구간을 주정차 단속 구역으로 지정하고 CCTV 단속 차량을 주 2회 ⟦이상⟧ 배치하였으며, ⟦조치⟧ 결과를 ⟦정기⟧적으로 점검하겠습니다."},
		{"근린공원 가로등 고장 수리 요청", "공원 산책로 가로등 5기가 고장 나 야간 보행이 위험하다는 내용",
			"현장을 확인한 결과 가로등 5기의 안정기 불량을 확인하여 교체를 완료하였으며, ⟦한편⟧ 노후 등기구는 하반기 ⟦정비⟧ 사업에 반영하겠습니다."},
		{"생활폐기물 수거 누락 민원", "이면도로에 내놓은 종량제 봉투가 사흘째 수거되지 않았다는 내용",
			"수거 대행업체에 ⟦주의⟧ 조치를 하고 해당 노선의 수거 시간을 오전으로 ⟦조정⟧하였습니다."},
		{"도로 파임(포트홀) 보수 요청", "버스정류장 앞 차로에 깊은 파임이 생겨 차량 파손이 우려된다는 내용",
			"긴급 보수를 완료하였으며 인근 구간은 ⟦정밀⟧ 조사 후 재포장 ⟦여부⟧를 결정하겠습니다."},
		{"층간소음 중재 요청", "위층 세대의 심야 소음으로 수면에 지장이 있어 중재를 요청한다는 내용",
			"공동주택 층간소음 ⟦이웃⟧사이센터 상담을 연계하였으며, 관리사무소와 함께 현장 ⟦방문⟧ 상담을 실시하였습니다."},
		{"보도 위 적치물 정비 요청", "상가 앞 보도에 적치물이 쌓여 휠체어 통행이 어렵다는 내용",
			"도로점용 허가 ⟦여부⟧를 확인하고 자진 정비를 안내하였으며, 미이행 시 「도로법」에 따라 ⟦조치⟧하겠습니다."},
	},
	{
		{"학교 앞 과속방지턱 설치 요청", "초등학교 후문 이면도로에서 차량 과속이 잦아 어린이 사고가 우려된다는 내용",
			"교통안전시설 심의를 거쳐 과속방지턱 2개소를 설치하였고, 어린이보호구역 ⟦표지⟧를 ⟦정비⟧하였습니다."},
		{"무단투기 쓰레기 방치 민원", "빌라 앞 전신주 아래에 대형 폐기물이 ⟦방치⟧되어 악취가 난다는 내용",
			"무단투기 폐기물을 수거하고 감시카메라를 설치하였으며, 투기자가 확인되면 과태료를 부과할 예정입니다."},
		{"버스정류장 안내단말기 고장", "정류장 도착 ⟦안내⟧ 단말기가 꺼져 있다는 내용",
			"유지보수 업체에 수리를 요청하여 전원부를 교체하였습니다."},
		{"공사장 소음 및 비산먼지 민원", "인근 공사장에서 이른 아침부터 ⟦소음⟧과 먼지가 발생한다는 내용",
			"현장 점검 결과 작업 시간 위반이 확인되어 개선 명령을 하였으며, ⟦이행⟧ 여부를 다시 점검하겠습니다."},
		{"가로수 전지 요청", "가로수 가지가 간판과 창문을 가린다는 내용",
			"수목 ⟦전지⟧ 계획에 반영하여 다음 달 중 ⟦정리⟧하겠습니다."},
		{"공영주차장 요금 과다 청구 이의", "정기권을 구매했음에도 일일 요금이 추가로 청구되었다는 내용",
			"주차요금 시스템을 확인한 결과 정기권 등록 누락이 확인되어 ⟦정산⟧을 ⟦정정⟧하였습니다."},
	},
}

var complaintDepts = [2][]string{
	{"교통행정과", "공원녹지과", "청소행정과", "도로과", "주택과", "건축과"},
	{"주차관리과", "환경과", "자원순환과", "건설관리과", "교통지도과", "녹색도시과"},
}

var complaintChannels = [2][]string{
	{"국민신문고", "120다산콜", "구청 홈페이지"},
	{"서울시 응답소", "구청장에게 바란다", "방문 접수", "국민신문고"},
}

func complaintLetter(b *builder) {
	tp := byHalf(b, complaintTopics)
	p := b.newPerson(20, 85)
	rcp := []any{b.nm(p, "honorific:귀하"), " 귀하"}
	if b.chance(0.6) {
		rcp = append(rcp, " (우 ", b.zip(p), " ", b.addr(p, true), ")")
	}
	title := pickOf(b.r, "민원 처리 결과 통지", "민원 회신", "「"+tp.subject+"」 민원 처리 결과 알림")
	b.begin(byHalf(b, complaintDepts), title, rcp...)
	recv := b.today.addDays(-5 - b.intn(20))
	b.line("body", "1. 귀하께서 ", b.date(recv), " ", byHalf(b, complaintChannels), "(접수번호 ", b.receiptNo(), ")을 통해 신청하신 「", tp.subject, "」 민원에 대한 처리 결과를 다음과 같이 알려드립니다.")
	b.line("body", "2. 민원 요지")
	b.line("body", "  가. 민원인: ", b.nm(p), " (", b.mob(p, ""), ")")
	b.line("body", "  나. 내용: ", tp.detail)
	b.line("body", "3. 처리 결과")
	b.line("body", "  ○ ", tp.result)
	switch x := b.r.Float64(); {
	case x < 0.3:
		b.line("body", "  ○ 과오납된 ", b.amount(b.amountOf(10000, 300000, 10)), "은 ", p.bank.name, " ", b.acct(p), "(예금주 ", b.nm(p), ")로 ", b.date(b.today.addDays(7)), "까지 환급할 예정입니다.")
	case x < 0.45:
		b.line("body", "  ○ 이중 결제된 주차요금 ", b.amount(b.amountOf(2000, 90000, 100)), "은 결제하신 카드(", b.card(p), ")로 승인 취소하였습니다.")
	}
	if b.chance(0.5) {
		b.line("body", "  ○ ", b.hon(p, pickOf(b.r, "님", "님", "씨")), "께서 요청하신 사항 중 관할이 아닌 부분은 소관 기관으로 이송하였습니다.")
	}
	b.line("body", "4. 기타 궁금하신 사항은 ", b.contact(b.draftsman()), "에게 문의하여 주시면 친절히 ⟦안내⟧해 드리겠습니다.")
	b.attach()
	b.close()
}

func complaintReport(b *builder) {
	m := b.today.addDays(-30)
	b.begin(byHalf(b, complaintDepts), fmt.Sprintf("%d년 %d월 민원 처리 결과 보고", m.y, m.m))
	ps := b.people(3+b.intn(6), 20, 85)
	done := len(ps) - b.intn(2)
	b.line("body", "1. ", itoa(m.m), "월 중 접수된 ⟦고충⟧ 민원의 처리 결과를 다음과 같이 보고합니다.")
	b.line("body", "2. 처리 현황: 총 ", itoa(len(ps)), "건(처리 완료 ", itoa(done), "건, 처리 중 ", itoa(len(ps)-done), "건)")
	b.line("body", "3. 세부 내역")
	nameHead := byHalf(b, [2][]string{{"민원인", "신청인", "성명", "민 원 인"}, {"민원인", "청구인", "요청자", "성 명"}})
	telHead := pickOf(b.r, "연락처", "전화번호", "연 락 처")
	withAddr := b.chance(0.6)
	head := []string{"연번", "접수번호", nameHead, telHead}
	if withAddr {
		head = append(head, "주소")
	}
	online := b.chance(0.3) // exported from the web board, with its columns
	if online {
		head = append(head, pickOf(b.r, "이메일", "전자우편"), pickOf(b.r, "IP", "접속IP", "작성자 IP"))
	}
	head = append(head, "민원 요지", "처리 결과")
	t := table{head: head}
	for i, p := range ps {
		row := func() {
			tp := byHalf(b, complaintTopics)
			phone := b.mob(p, "")
			switch x := b.r.Float64(); {
			case x < 0.25:
				phone = b.tel(p, "")
			case x < 0.35:
				phone = b.sloppy(tMobile, fmtMobile(p.mobile, mobDash))
			}
			cells := []any{itoa(i + 1), b.receiptNo(), b.nm(p), phone}
			if withAddr {
				cells = append(cells, b.addr(p, b.chance(0.5)))
			}
			if online {
				cells = append(cells, b.mail(p), b.ip())
			}
			res := "처리 완료"
			if i >= done {
				res = "처리 중"
			}
			cells = append(cells, tp.subject, res)
			t.add(cells...)
		}
		if i > 0 && b.chance(0.1) { // the first row stays: the document is not a clean one
			b.masking(row)
		} else {
			row()
		}
	}
	b.table(t, b.tableLayout())
	b.line("body", "4. 향후 계획")
	p := ps[len(ps)-1]
	b.line("body", "  ○ 처리 중인 민원 중 ", b.nmp(p, "의"), " 민원은 관계 부서 협의 후 ", b.date(b.today.addDays(14)), "까지 회신 예정")
	b.line("body", "  ○ 반복 민원은 「민원 처리에 관한 법률」 ", neg("statute", "제23조"), "에 따라 ⟦종결⟧ 처리 검토")
	b.attach(pickOf(b.r, "민원 처리 세부 내역", "민원 접수 대장 사본"))
	b.close()
}

func complaintGrievance(b *builder) {
	tp := byHalf(b, complaintTopics)
	p := b.newPerson(25, 85)
	b.begin(byHalf(b, complaintDepts), "고충민원 처리 결과 보고")
	b.line("body", "1. 관련: ", b.docNo("민원여권과"), "(", b.date(b.today.addDays(-20)), ")")
	b.line("body", "2. 위 호와 관련하여 고충민원 처리 결과를 다음과 같이 보고합니다.")
	b.line("body", "  가. 민원인 인적사항")
	t := table{head: []string{"성명", "생년월일", "주소", pickOf(b.r, "자택전화", "전화(자택)"), "휴대전화", pickOf(b.r, "전자우편", "이메일")}}
	t.add(b.nm(p), b.dob(p, ""), b.addr(p, true), b.tel(p, ""), b.mob(p, ""), b.mail(p))
	b.table(t, LayoutKV)
	b.line("body", "  나. 민원 내용")
	b.line("body", "    ○ 민원인 ", b.nmp(p, "은/는"), " ", b.date(b.today.addDays(-25)), " ", tp.detail, "으로 ⟦고충⟧민원을 제기함")
	if b.chance(0.5) {
		b.line("quote", "    ※ 민원 원문(발췌): \"저는 ", b.addr(p, false), "에 사는 ", b.nmp(p, "입니다"), ". 몇 달째 해결이 안 되니 빨리 처리해 주세요.\"")
	}
	b.line("body", "  다. 처리 결과")
	b.line("body", "    ○ ", tp.result)
	b.line("body", "    ○ ", b.nmp(p, "에게"), " ", b.date(b.today.addDays(-2)), " 유선(", b.tel(p, ""), ")으로 처리 결과를 ⟦안내⟧함")
	b.attach("고충민원 신청서 사본", "현장 사진")
	b.close()
}

func complaintRepeat(b *builder) {
	tp := byHalf(b, complaintTopics)
	p := b.newPerson(30, 85)
	b.begin(byHalf(b, complaintDepts), "반복·중복 민원 종결 처리 알림", b.nm(p, "honorific:님"), " 님")
	from := b.today.addDays(-120)
	b.line("body", "1. 귀하의 가정에 평안이 함께하시기를 바랍니다.")
	b.line("body", "2. 귀하께서 ", b.date(from), "부터 ", b.date(b.today.addDays(-3)), "까지 총 ", itoa(3+b.intn(9)), "회에 걸쳐 제출하신 「", tp.subject, "」 민원은 ", b.statute("민원 처리에 관한 법률", "제23조제1항"), "에 따라 종결 처리하였음을 알려드립니다.")
	b.line("body", "3. 민원 원문(요지)")
	b.line("quote", "   \"안녕하세요. 저는 ", b.addr(p, true), "에 살고 있는 ", b.nmp(p, "입니다"), ". ", tp.detail, "입니다. 연락처는 ", b.tel(p, ""), "(자택)이고 낮에는 ", b.mob(p, ""), "로 연락 주시고, 답변은 ", b.mail(p), "로 보내 주세요.\"")
	b.line("body", "4. 아울러 구 홈페이지 게시판에 같은 내용으로 게시된 글(작성자 IP ", b.ip(), ")은 개인정보가 포함되어 비공개 처리하였습니다.")
	b.line("body", "5. 종결 이후 같은 내용의 민원은 별도 회신 없이 내부 ⟦종결⟧하며, 처리 결과는 민원인 ", b.nm(p, "particle:(으)로"), "(으)로 통보함.")
	if b.chance(0.5) {
		b.line("body", "6. 민원인이 요청한 수수료 환불은 결제하신 카드(", b.card(p), ")로 승인 취소하였습니다.")
	}
	b.attach()
	b.close()
}

func complaintPassport(b *builder) {
	ps := b.people(2+b.intn(4), 19, 80)
	b.begin("민원여권과", pickOf(b.r, "여권 재발급 신청 처리 결과 보고", "분실 여권 재발급 및 효력 상실 처리 보고"))
	b.line("body", "1. 여권 재발급 신청에 대한 처리 결과를 다음과 같이 보고합니다.")
	b.line("body", "2. 처리 내역")
	t := table{head: []string{"연번", pickOf(b.r, "성명", "신청인"), "생년월일", "구 여권번호", "신 여권번호", "연락처", "처리일"}}
	if b.chance(0.3) {
		t.head[2] = "생년월일(6자리)"
	}
	for i, p := range ps {
		style := ""
		if t.head[2] == "생년월일(6자리)" {
			style = dobSix
		}
		newPass := koreanPassport(b.r)
		t.add(itoa(i+1), b.nm(p), b.dob(p, style), b.passport(p), b.val(tPassport, newPass), b.mob(p, ""), b.date(b.today.addDays(-b.intn(10))))
	}
	b.table(t, b.tableLayout())
	p := ps[0]
	b.line("body", "3. 분실 신고된 여권(", b.passport(p), ")은 「여권법」 ", neg("statute", "제13조"), "에 따라 효력이 상실되었으며, ", b.nmp(p, "에게"), " 신규 여권 수령을 안내하였음.")
	b.line("body", "4. 여권 발급 수수료 ", b.amount(53000), "은 전액 ⟦정산⟧ 완료")
	b.attach("여권 발급 대장 사본")
	b.close()
}

func complaintStats(b *builder) {
	y := b.today.y
	half := pickOf(b.r, "상반기", "하반기", "1분기", "3분기")
	b.begin(byHalf(b, complaintDepts), fmt.Sprintf("%d년 %s 민원 처리 현황 보고", y, half))
	b.line("body", "1. ", itoa(y), "년 ", half, " 민원 처리 현황을 다음과 같이 보고합니다.")
	t := table{head: []string{"구분", "접수", "처리 완료", "처리 중", "처리율(%)"}, unit: "(단위: 건)"}
	for _, k := range byHalf2(b, [2][]string{{"교통", "주택·건축", "환경·청소", "복지", "기타"}, {"주차", "도로·교량", "자원순환", "보건", "기타"}}) {
		n := 50 + b.intn(900)
		d := n - b.intn(40)
		t.add(k, comma(n), comma(d), itoa(n-d), fmt.Sprintf("%.1f", float64(d)*100/float64(n)))
	}
	b.table(t, b.tableLayout())
	b.line("body", "2. 주요 내용")
	b.line("body", "  ○ 전년 동기 대비 접수 건수 ", itoa(3+b.intn(20)), "% 증가, 처리 기한 경과 민원 ", itoa(b.intn(9)), "건")
	b.line("body", "  ○ 반복 민원 ", itoa(2+b.intn(8)), "건은 ", b.statute("민원 처리에 관한 법률", "제23조"), "에 따라 ⟦종결⟧")
	b.line("body", "3. 향후 계획: 처리 지연 민원 ⟦정기⟧ 점검 및 부서별 책임 ⟦강화⟧")
	b.attach("부서별 민원 처리 현황")
	b.close()
}

// byHalf2 is the Dev or Holdout pool itself.
func byHalf2[T any](b *builder, pools [2][]T) []T { return pools[b.split] }
