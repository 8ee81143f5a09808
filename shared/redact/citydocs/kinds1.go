package citydocs

import "fmt"

// ---- 1. 민원 처리 결과 통보 ----

func (g *gen) complaintMatter(p *person) {
	switch g.in(0, 3) {
	case 0:
		g.w("   다. 신청 내용: ", g.pick([]string{"자택 앞 골목", "어린이보호구역 내 도로", "아파트 후문 소방차 전용구역"}), "에 차량(")
		g.fPlate("prose")
		g.w(")이 ", g.pick([]string{"상습적으로 불법 주정차", "매일 야간에 장기 주차", "보도를 막고 주차"}), "하고 있어 단속을 요청함\n")
	case 1:
		n := g.person()
		g.w("   다. 신청 내용: 위층 거주자 ")
		g.nm(n, "prose", "의")
		g.w(" ", g.pick([]string{"야간 소음", "반려견 소음", "인테리어 공사 소음"}), "으로 생활에 불편이 크다며 ")
		g.nm(n, "prose", "에게")
		g.w(" 계도해 달라는 내용\n")
	case 2:
		g.w("   다. 신청 내용: 인접 공사장의 ", g.pick([]string{"비산먼지", "야간 작업", "도로 점용"}), " 관련 현장 확인 요청 (", g.pick([]string{"첨부 사진 3매", "동영상 1건", "현장 사진"}), ")\n")
	default:
		g.w("   다. 신청 내용: ")
		g.facility()
		g.w(" 인근 무단투기 쓰레기 수거 및 CCTV 설치 요청\n")
	}
}

func (g *gen) complaint() {
	p := g.person()
	switch g.in(0, 2) {
	case 0:
		g.head(func() {
			g.nm(p, "recv", " 귀하")
			if g.p(40) {
				g.w(" (우", g.dg(5), " ")
				g.fAddr(p, "recv")
				g.w(")")
			}
		}, g.pick([]string{"민원 처리 결과 통보", "민원 처리결과 알림", "국민신문고 민원 회신"}))
		g.w("1. 평소 ", g.pick([]string{"시정", "구정", "우리 시 행정"}), "에 관심을 가져 주신 데 대하여 감사드립니다.\n")
		g.w("2. 귀하께서 ")
		g.date()
		g.w(" ", g.pick([]string{"국민신문고", "응답소", "120다산콜재단", "방문"}), "를 통하여 신청하신 민원(접수번호 ")
		g.receipt()
		g.w(")에 대한 처리 결과를 다음과 같이 알려드립니다.\n\n")
		g.w("  가. 민원 개요\n")
		g.w("   가) 민원인: ")
		g.nm(p, "kv", "")
		if g.p(60) {
			g.w(" (연락처 ")
			g.fMobile(p, "kv")
			g.w(")")
		}
		g.w("\n   나) 주소: ")
		g.fAddr(p, "kv")
		g.w("\n")
		if g.p(65) {
			g.w("   다) 전자우편: ")
			g.fEmail("kv")
			g.w("\n")
		}
		if g.p(35) {
			g.w("   라) 자택 전화: ")
			g.fLand("kv")
			g.w("\n")
		}
		if g.p(30) {
			g.w("   마) 접수 경로: 인터넷(접속 IP ")
			g.fIP("kv")
			g.w(")\n")
		}
		g.complaintMatter(p)
		g.w("  나. 처리 결과\n   ○ ", g.pick([]string{"현장을 확인한 결과", "담당 공무원이 출동하여 확인한 결과", "관계 부서와 협의한 결과"}), " ")
		g.statute()
		g.w("에 따라 ", g.pick([]string{"과태료 ", "이행강제금 ", "계도 후 과태료 "}))
		g.amount()
		g.w("을 부과하였습니다.\n   ○ ")
		g.nm(p, "prose", "님께서")
		g.w(" 요청하신 ", g.pick([]string{"CCTV 설치", "단속 강화", "시설 개선"}), "는 ")
		g.neg("word", g.pick([]string{"조정안", "지급액", "고소", "하나"}))
		g.w(" 검토와 예산 확보 후 ")
		g.date()
		g.w("까지 추진할 예정입니다.\n")
		if g.p(50) {
			g.w("   ○ 이번 분기 유사 민원은 총 ")
			g.neg("stat", fmt.Sprintf("%d건", g.in(12, 480)))
			g.w("이며, 처리율은 ")
			g.neg("stat", fmt.Sprintf("%d.%d%%", g.in(80, 99), g.in(0, 9)))
			g.w("입니다.\n")
		}
		g.w("  다. 향후 조치\n   ○ ", g.pick([]string{"동일 장소에 대하여 2주간 집중 단속을 실시하겠습니다.", "관계 부서(", "현장 재확인 후 결과를 추가로 알려드리겠습니다."}))
		if g.b.String()[g.b.Len()-len("관계 부서("):] == "관계 부서(" {
			g.w(g.pick([]string{"도로관리과", "청소행정과", "공원녹지과"}), ")에 이첩하여 처리하도록 하였습니다.")
		}
		g.w("\n   ○ 처리 기간은 ")
		g.neg("stat", fmt.Sprintf("%d일", g.in(7, 14)))
		g.w("이며, 필요 시 연장될 수 있습니다.\n")
		g.appeal()
		g.w("3. ")
		g.contact()
		g.w("붙임  ", g.pick([]string{"현장 사진 1부.", "처리 결과 상세 1부.", "관련 법령 발췌 1부."}))
	case 1:
		g.head(nil, g.pick([]string{"민원 처리 현황 보고", "고충민원 처리 결과 보고", "월간 민원 처리 현황"}))
		g.w("1. ", g.pick([]string{"2024년 3분기", "10월", "상반기", "금주"}), " 접수된 민원의 처리 현황을 다음과 같이 보고합니다.\n2. 처리 현황\n")
		lay := g.layout()
		var rows [][]cell
		for k := 0; k < g.in(5, 12); k++ {
			q := p
			if k > 0 {
				q = g.person()
			}
			kk := k
			rows = append(rows, []cell{
				g.txt(fmt.Sprint(kk + 1)),
				func() { g.receipt() },
				func() { g.nmCell(q, tplace(lay)+":민원인") },
				func() {
					if g.p(70) {
						g.fMobile(q, tplace(lay)+":연락처")
					} else {
						g.fLand(tplace(lay) + ":연락처")
					}
				},
				g.txt(g.pick([]string{"불법주정차", "소음", "쓰레기 무단투기", "보도 파손", "가로등 고장", "공사장 먼지"})),
				g.txt(g.pick([]string{"처리완료", "처리중", "이첩", "불수용"})),
				func() { g.date() },
			})
		}
		g.table(lay, []string{"연번", "접수번호", "민원인", "연락처", "민원요지", "처리결과", "처리일"}, rows)
		g.w("  ※ 유형별: 불법주정차 ")
		g.neg("stat", fmt.Sprintf("%d건", g.in(20, 300)))
		g.w(", 소음 ")
		g.neg("stat", fmt.Sprintf("%d건", g.in(5, 90)))
		g.w(", 기타 ")
		g.neg("stat", fmt.Sprintf("%d건", g.in(5, 90)))
		g.w("\n  ※ 기한 내 처리율 ")
		g.neg("stat", fmt.Sprintf("%d.%d%%", g.in(85, 99), g.in(0, 9)))
		g.w(" (전월 대비 ")
		g.neg("stat", fmt.Sprintf("%d.%d%%p", g.in(0, 5), g.in(0, 9)))
		g.w(" 상승)\n")
		g.w("3. 특이사항: 반복 민원 신청인은 ")
		g.nm(p, "prose", "입니다")
		g.w(". ")
		if g.p(50) {
			g.w("전년도 동일 민원인 ")
			g.maskedMention()
			g.w("과 별개 건임. ")
		}
		g.nm(p, "prose", "은")
		g.w(" 동일 내용으로 ", g.pick([]string{"3회", "5회", "반복하여"}), " 민원을 제기하였으며 ")
		g.statute()
		g.w("에 따라 종결 처리 예정\n4. 향후 계획\n  ○ 처리 지연 민원 ", g.pick([]string{"부서별 독려", "주간 점검"}), "\n  ○ 반복 민원 전담 상담 운영 (")
		g.date()
		g.w("부터)\n붙임  민원 처리 대장 1부.")
	default:
		g.head(func() { g.w("민원인") }, "민원 처리 결과 통지서")
		g.w("민원 처리 결과 통지서\n")
		g.w("접수번호\n")
		g.receipt()
		g.w("\n민원인\n성명\n")
		g.nmCell(p, "table.cell:성명")
		g.w("\n생년월일\n")
		g.fBirth(p, "table.cell:생년월일")
		g.w("\n주소\n")
		g.fAddr(p, "table.cell:주소")
		g.w("\n전화번호\n")
		g.fLand("table.cell:전화번호")
		g.w("\n휴대전화\n")
		g.fMobile(p, "table.cell:휴대전화")
		g.w("\n전자우편\n")
		g.fEmail("table.cell:전자우편")
		if g.p(50) {
			g.w("\n신청 IP\n")
			g.fIP("table.cell:신청IP")
		}
		g.w("\n민원사항\n")
		g.w(g.pick([]string{"주차 과태료 부과 이의", "도로 파손 보수 요청", "건축물 위반 신고", "불법 광고물 신고"}), "\n처리결과\n")
		g.w(g.pick([]string{"수용", "일부수용", "불수용", "기타"}), "\n처리 내용\n")
		g.nm(p, "cell.prose", "님의")
		g.w(" 민원에 대하여 ")
		g.statute()
		g.w("의 규정을 검토하였으나, ")
		g.neg("word", g.pick([]string{"지급액", "조정안", "고소"}))
		g.w(" 관련 사항은 해당하지 않음을 알려드립니다.\n처리기관\n", g.o.dept, "\n처리일\n")
		g.date()
		g.w("\n")
	}
	g.foot()
}

// ---- 2. 위원회 회의록 ----

var committees = []string{"도시계획위원회", "주민참여예산위원회", "지방보조금심의위원회", "건축위원회", "인권위원회", "공공디자인진흥위원회", "교통영향평가심의위원회", "청년정책위원회"}

func (g *gen) minutes() {
	com := g.pick(committees)
	n := g.in(4, 8)
	var mem []*person
	for k := 0; k < n; k++ {
		mem = append(mem, g.person())
	}
	chair := mem[0]
	g.w(g.o.org, " ", com, "\n", fmt.Sprintf("제%d차 회의록\n\n", g.in(1, 24)))
	g.w(g.pick([]string{"□ 회의 개요\n", "1. 개요\n", "■ 회의개요\n"}))
	g.w(" ○ 일시: ")
	g.date()
	g.w(fmt.Sprintf(" %d:00~%d:30\n", g.in(9, 15), g.in(16, 18)))
	g.w(" ○ 장소: ")
	g.venue()
	g.w("\n ○ 참석: 위원 ")
	g.neg("stat", fmt.Sprintf("%d명", n))
	g.w(" (재적 ")
	g.neg("stat", fmt.Sprintf("%d명", n+g.in(1, 6)))
	g.w(")\n")
	switch g.in(0, 2) {
	case 0:
		g.w("  - 위원장: ")
		g.nm(chair, "list", "")
		g.w("\n  - 위원: ")
		for k, m := range mem[1:] {
			if k > 0 {
				g.w(", ")
			}
			g.nm(m, "list", "")
		}
		g.w("\n")
	case 1:
		g.w("\n참석위원 명단\n")
		lay := g.layout()
		var rows [][]cell
		for k, m := range mem {
			m, k := m, k
			role := "위원"
			if k == 0 {
				role = "위원장"
			}
			rows = append(rows, []cell{g.txt(fmt.Sprint(k + 1)), g.txt(role), func() { g.nmCell(m, tplace(lay)+":성명") },
				g.txt(g.pick([]string{"교수", "변호사", "건축사", "시민위원", "회계사", "구의원"})), g.txt(g.pick([]string{"○", "서명", ""}))})
		}
		g.table(lay, []string{"연번", "구분", "성명", "소속", "서명"}, rows)
	default:
		for k, m := range mem {
			g.w("이름: ")
			g.nm(m, "kv:이름", "")
			if k == 0 {
				g.w(" (위원장)")
			}
			g.w("\n")
		}
	}
	g.w(" ○ 배석: ", g.o.dept, " ", g.pick([]string{"과장", "팀장"}), " ")
	g.neg("official", g.official())
	g.w(", 간사 ")
	g.neg("official", g.official())
	g.w(" 주무관\n\n")
	g.w(g.pick([]string{"□ 안건 심의\n", "2. 심의 내용\n", "■ 회의 내용\n"}))
	g.w(fmt.Sprintf("【제%d호 안건】 ", g.in(1, 9)), g.pick([]string{"○○지구 지구단위계획 변경안", "2025년 보조금 지원 대상 사업 선정", "조정안 심의", "청년 공간 운영 계획"}), "\n")
	style := g.in(0, 2)
	for k := 0; k < g.in(5, 11); k++ {
		m := mem[g.r.IntN(len(mem))]
		switch style {
		case 0:
			g.w("위원 ")
			g.nm(m, "speaker", "")
			g.w(": ")
		case 1:
			g.w("○ ")
			g.nm(m, "speaker", "")
			g.w(" 위원")
			if m == chair {
				g.w("장")
			}
			g.w("  ")
		default:
			g.nm(m, "speaker", "")
			g.w(" 위원: ")
		}
		g.w(g.pick([]string{
			"사업비 산정 근거가 부족해 보입니다. 지급액 기준을 다시 제시해 주시기 바랍니다.",
			"주민 의견 수렴 결과를 보완하여 다음 회의에 재상정하는 것이 좋겠습니다.",
			"조정안에 동의합니다.",
			"고소 등 법적 분쟁 가능성은 없는지 검토가 필요합니다.",
			"원안대로 가결할 것을 제안합니다.",
			"보행 안전 대책을 추가로 마련해 주십시오.",
		}), "\n")
		if g.p(35) {
			g.w("  → ", g.o.dept, "장: ", g.pick([]string{"검토하여 보고드리겠습니다.", "관련 자료를 추가 제출하겠습니다.", "위원님 의견을 반영하겠습니다."}), "\n")
		}
	}
	g.w("\n□ 심의 결과: ", g.pick([]string{"원안 가결", "수정 가결", "재심의", "보류"}), " (찬성 ")
	g.neg("stat", fmt.Sprintf("%d명", n-1))
	g.w(", 반대 ")
	g.neg("stat", "1명")
	g.w(")\n")
	if g.p(50) {
		g.w("※ ")
		g.nm(mem[len(mem)-1], "prose", "은")
		g.w(" 이해관계가 있어 ")
		g.statute()
		g.w("에 따라 해당 안건 심의에서 제척됨\n")
	}
	if g.p(40) {
		g.w("위원장 ")
		g.nm(chair, "sign", "")
		g.w(" (서명)\n")
	}
	g.foot()
}

// ---- 3. 보조금·지원금 지급 명단 ----

func (g *gen) subsidy() {
	prog := g.pick([]string{"긴급생계지원금", "청년월세 지원금", "소상공인 경영안정자금", "어르신 교통비 보조금", "출산축하금", "에너지바우처 추가 지원금", "장애인 일자리 장려금"})
	g.head(nil, prog+" 지급 "+g.pick([]string{"결정 및 지급", "명단 확정", "(제3차)"}))
	g.w("1. ")
	g.statute()
	g.w(" 및 「", prog, " 지원계획」(", g.o.dept, "-", fmt.Sprint(g.in(100, 9999)), ")과 관련입니다.\n")
	g.w("2. ", prog, " 지원 대상자를 다음과 같이 확정하고 지급하고자 합니다.\n")
	g.w("  가. 지급 대상: ")
	cnt := g.in(4, 12)
	g.neg("stat", fmt.Sprintf("%d명", cnt))
	per := g.pick2([]int{100000, 200000, 300000, 500000, 600000, 1000000, 1500000, 2000000})
	g.w("\n  나. 지급액: 1인당 ")
	g.amountV(per)
	g.w(" (총 ")
	g.amountV(per * cnt)
	g.w(")\n  다. 예산과목: ")
	g.neg("budget_code", fmt.Sprintf("%s-%03d-%02d", g.pick([]string{"일반회계", "기금"}), g.in(100, 402), g.in(1, 9)))
	g.w(" (", g.pick([]string{"민간경상사업보조", "사회보장적수혜금", "민간이전"}), ")\n")
	g.w("  라. 지급 방법: 본인 명의 계좌 입금 (", g.pick(banks[:6]), " 경유)\n\n")
	lay := g.layout()
	birthCol := g.in(0, 2)
	card := g.p(25)
	hdr := []string{"연번", "성명", "생년월일", "주소", "은행", "계좌번호", "예금주", "연락처", "지급액"}
	if birthCol == 2 {
		hdr[2] = "주민등록번호"
	}
	if card {
		hdr = []string{"연번", "성명", "생년월일", "주소", "선불카드번호", "연락처", "지급액"}
		if birthCol == 2 {
			hdr[2] = "주민등록번호"
		}
	}
	var rows [][]cell
	for k := 0; k < cnt; k++ {
		p := g.person()
		bank := g.pick(banks)
		k := k
		pl := tplace(lay)
		rows = append(rows, []cell{
			g.txt(fmt.Sprint(k + 1)),
			func() { g.nmCell(p, pl+":성명") },
			func() {
				switch birthCol {
				case 0:
					g.pf(tBirth, pl+":생년월일+sixdigit", fmt.Sprintf("%s%02d%02d", yy(p.y), p.m, p.d), "")
				case 1:
					g.fBirth(p, pl+":생년월일")
				default:
					g.fRRN(p, pl+":주민등록번호")
				}
			},
			func() { g.fAddr(p, pl+":주소") },
			func() { g.neg("bank", bank) },
			func() { g.fAccount(bank, pl+":계좌번호") },
			func() {
				if g.clean {
					g.neg("masked", masked(p))
				} else if g.p(85) {
					g.nm(p, pl+":예금주+holder", "")
				} else {
					g.w("(주)")
					g.neg("company", g.pick([]string{"하나테크", "미래상사", "한빛유통", "서울푸드"}))
				}
			},
			func() { g.fMobile(p, pl+":연락처") },
			func() { g.amountV(per) },
		})
	}
	if card {
		for k, row := range rows {
			pl := tplace(lay)
			rows[k] = append(row[:4:4], func() { g.fCard(pl + ":선불카드번호") }, row[7], row[8])
		}
	}
	g.table(lay, hdr, rows)
	g.w("합계  ")
	g.neg("stat", fmt.Sprintf("%d명", cnt))
	g.w("  ")
	g.amountV(per * cnt)
	g.w("\n")
	if g.p(50) {
		g.w("※ 계좌 오류로 반송 시 ", g.pick([]string{"재확인 후 재지급", "차기 지급일에 지급"}), ", 전체 신청 ")
		g.neg("stat", fmt.Sprintf("%d건", g.in(40, 900)))
		g.w(" 중 부적격 ")
		g.neg("stat", fmt.Sprintf("%d건", g.in(1, 39)))
		g.w("\n")
	}
	g.w("붙임  1. 지급 명단 1부.\n      2. 통장 사본 ", fmt.Sprint(cnt), "부.")
	g.foot()
}

// ---- 4. 행정처분 사전 통지 / 공시송달 공고 ----

func (g *gen) notice() {
	if g.p(50) {
		p := g.person()
		g.head(func() { g.nm(p, "recv", " 귀하") }, "행정처분 사전 통지("+g.pick([]string{"영업정지", "과징금 부과", "허가 취소", "원상복구 명령"})+")")
		g.w("행정처분 사전 통지서\n\n")
		kvs := g.in(0, 1)
		sep := ": "
		if kvs == 1 {
			sep = "\t"
		}
		g.w("1. 당사자\n  성명(대표자)", sep)
		g.nm(p, "kv:성명", "")
		g.w("\n  상호", sep)
		g.neg("company", g.pick([]string{"하나식당", "미래부동산중개사무소", "청솔마트", "(주)하나테크", "성수카페"}))
		g.w("\n  생년월일", sep)
		g.fBirth(p, "kv:생년월일")
		if g.p(60) {
			g.w(" ")
			g.neg("age", fmt.Sprintf("(만 %d세)", 2024-p.y))
		}
		g.w("\n  주소", sep)
		g.fAddr(p, "kv:주소")
		g.w("\n  연락처", sep)
		g.fMobile(p, "kv:연락처")
		if g.p(40) {
			g.w("\n  전자우편", sep)
			g.fEmail("kv:전자우편")
		}
		if g.p(45) {
			g.w("\n  운전면허번호", sep)
			g.fLicence("kv:운전면허번호")
		}
		g.w("\n2. 처분하려는 원인이 되는 사실: ")
		g.date()
		g.w(" 단속 결과 ")
		g.nm(p, "prose", "이")
		g.w(" ", g.pick([]string{"유통기한이 경과한 제품을 보관", "허가 없이 용도를 변경", "무단으로 도로를 점용"}), "한 사실이 확인됨\n")
		if g.p(40) {
			g.w("   ※ 당초 처분 대상자를 ")
			g.nm(p, "prose", "으로")
			g.w(" 정정함 (당초 ")
			g.maskedMention()
			g.w(")\n")
		}
		g.w("3. 처분 내용: ", g.pick([]string{"영업정지 7일 및 과징금 ", "과징금 ", "원상복구 명령 및 이행강제금 "}))
		g.amount()
		g.w("\n4. 법적 근거: ")
		g.statute()
		g.w("\n5. 의견 제출 기한: ")
		g.date()
		g.w("까지\n6. 의견 제출 방법: 서면, 구술 또는 정보통신망\n7. 의견 제출처: ", g.o.org, " ", g.o.dept, " (")
		g.neg("office_address", g.o.addr)
		g.w(")\n8. 기타: 의견 제출 시 증거자료를 첨부할 수 있으며, 청문 신청도 가능합니다.\n")
		g.w("※ 기한 내 의견을 제출하지 아니하면 의견이 없는 것으로 봅니다.\n")
		g.appeal()
		g.contact()
	} else {
		g.w(g.o.org, " 공고 제", fmt.Sprint(g.in(2022, 2025)), "-", fmt.Sprint(g.in(100, 2999)), "호\n\n")
		g.w(g.pick([]string{"공시송달 공고", "과태료 부과 사전통지서 공시송달 공고", "행정처분 통지서 공시송달"}), "\n\n")
		g.w("아래 사람에게 ", g.pick([]string{"과태료 부과 사전통지서", "행정처분 통지서", "원상복구 명령서"}), "를 발송하였으나 ", g.pick([]string{"수취인 불명으로", "폐문부재로", "주소불명으로", "이사불명으로"}), " 반송되어 ")
		g.statute()
		g.w("에 따라 다음과 같이 공고합니다.\n\n")
		g.date()
		g.w("\n\n", g.o.head, "\n\n1. 공고 기간: 공고일로부터 14일\n2. 송달 대상\n")
		lay := g.layout()
		var rows [][]cell
		for k := 0; k < g.in(3, 10); k++ {
			p := g.person()
			k := k
			pl := tplace(lay)
			rows = append(rows, []cell{g.txt(fmt.Sprint(k + 1)),
				func() { g.nmCell(p, pl+":성명") },
				func() { g.fAddr(p, pl+":주소") },
				func() { g.fPlate(pl + ":차량번호") },
				func() { g.date() },
				func() { g.amount() }})
		}
		g.table(lay, []string{"번호", "성명", "주소", "차량번호", "위반일", "과태료"}, rows)
		g.w("3. 열람 장소: ", g.o.dept, " (")
		g.neg("office_address", g.o.addr)
		g.w(")\n4. 문의: ")
		g.offPhone()
		g.w("\n")
	}
	g.foot()
}

// ---- 5. 주민설명회 결과 ----

func (g *gen) briefing() {
	proj := g.pick([]string{"○○재정비촉진구역 변경", "성수동 도시재생활성화계획", "동부간선도로 지하화", "근린공원 조성사업", "공영주차장 건립", "모아타운 관리계획"})
	g.head(nil, proj+" 주민설명회 결과 보고")
	g.w("1. 개요\n  ○ 일시: ")
	g.date()
	g.w(" 19:00\n  ○ 장소: ")
	g.venue()
	g.w("\n  ○ 참석: 주민 ")
	g.neg("stat", fmt.Sprintf("%d명", g.in(20, 180)))
	g.w(", 구의원 2명, 관계 공무원 ")
	g.neg("stat", fmt.Sprintf("%d명", g.in(3, 9)))
	g.w("\n  ○ 주관: ", g.o.dept, "\n\n2. 주요 질의 및 답변\n")
	var res []*person
	for k := 0; k < g.in(3, 7); k++ {
		res = append(res, g.person())
	}
	for k := 0; k < g.in(3, 6); k++ {
		p := res[k%len(res)]
		switch g.in(0, 2) {
		case 0:
			g.w(" ○ 주민 ")
			g.nm(p, "qa", "")
			g.w("(", g.pick(dongs), " 거주): ")
		case 1:
			g.w(fmt.Sprintf(" 질의%d) ", k+1))
			g.nm(p, "qa", "님")
			g.w(": ")
		default:
			g.w(" - ")
			g.nm(p, "qa", "씨")
			g.w("는 ")
		}
		g.w(g.pick([]string{"보상 기준과 지급액 산정 방식을 공개해 달라.", "공사 기간 중 소음 대책이 무엇인지 묻겠다.", "조정안에 세입자 대책이 빠져 있다.", "우리 집(", "주차장 출입구 위치를 변경해 달라."}))
		if g.b.String()[g.b.Len()-len("우리 집("):] == "우리 집(" {
			g.fAddr(p, "qa")
			g.w(")이 구역에 포함되는지 알려 달라.")
		}
		g.w("\n   → 답변(", g.o.dept, "장): ", g.pick([]string{"관련 법령에 따라 감정평가 후 보상할 예정임", "공사 시간을 08시~18시로 제한하겠음", "추후 개별 안내드리겠음"}), "\n")
		if g.p(30) {
			g.w("   ※ ")
			g.nm(p, "prose", "에게")
			g.w(" 개별 회신 예정 (연락처 ")
			g.fMobile(p, "prose")
			g.w(")\n")
		}
	}
	if g.p(50) {
		g.w(" ○ 1차 설명회 참석자 ")
		g.maskedMention()
		g.w("의 ")
		g.facility()
		g.w(" 관련 의견은 반영 완료\n")
	}
	g.w("\n3. 향후 계획: 주민 의견 검토 후 ")
	g.date()
	g.w("까지 계획 보완\n\n붙임  참석자 서명부 1부.\n\n[붙임] 참석자 서명부\n")
	lay := g.layout()
	var rows [][]cell
	for k, p := range res {
		p, k := p, k
		pl := tplace(lay)
		rows = append(rows, []cell{g.txt(fmt.Sprint(k + 1)), func() { g.nmCell(p, pl+":성명+signin") },
			func() {
				if g.p(50) {
					g.fAddr(p, pl+":주소")
				} else {
					g.w(g.pick(dongs), " ", fmt.Sprint(g.in(101, 120)), "동")
				}
			},
			func() {
				if g.p(75) {
					g.fMobile(p, pl+":연락처")
				} else if g.p(50) {
					g.fLand(pl + ":연락처")
				} else {
					g.fEmail(pl + ":연락처")
				}
			}, g.txt(g.pick([]string{"(서명)", "서명", "✓", ""}))})
	}
	g.table(lay, []string{"번호", "성명", "주소", "연락처", "서명"}, rows)
	g.w("※ 개인정보 수집·이용 동의: ", g.pick([]string{"동의함", "전원 동의"}), " (")
	g.statute()
	g.w(")\n")
	g.foot()
}
