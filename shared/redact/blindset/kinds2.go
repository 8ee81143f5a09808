package blindset

import (
	"fmt"
	"strings"
)

// --- 8. 주정차위반 의견진술 심의 ---

var statementReasons = []struct {
	text   string
	health bool
	driver bool
}{
	{"가족 응급 상황(심근경색 의심)으로 응급실 이송 중 정차", true, false},
	{"장애인 탑승자 승하차를 위한 일시 정차", true, false},
	{"택배 물품 하역 중 5분 이내 정차", false, false},
	{"단속 당시 운전자가 차량 내에 대기하고 있었음", false, false},
	{"실제 운전자는 지인으로 운전자 변경을 요청함", false, true},
	{"도로 공사 안내 표지 미설치로 단속 구간인지 알 수 없었음", false, false},
	{"차량 고장으로 견인차를 기다리던 중 정차", false, false},
}

func buildParking(g *gen) {
	o := g.offs
	held := g.now.add(-g.n(1, 7))
	g.letterHead(g.T("내부결재"), "주정차위반 과태료 의견진술 심의 결과 보고")
	g.w("1. ")
	g.statute("질서위반행위규제법", "제16조")
	g.line("에 따라 제출된 의견진술에 대하여 의견진술심의위원회의 심의 결과를 다음과 같이 보고합니다.")
	g.kv("심의일시", func() { g.date(held); g.w(" 15:00") })
	g.kv("심의장소", func() { g.neg(nPlace, g.officeRoom()) })
	t := &table{}
	n := g.n(3, 8)
	if g.clean {
		t.head = []string{"연번", "접수번호", "위반일시", "위반장소", "진술사유", "결과"}
	} else {
		t.head = []string{"연번", "접수번호", "차량번호", "소유자", "위반일시", "위반장소", "진술사유", "결과"}
	}
	accepted := 0
	var driver *person
	var driverPlate string
	for i := 1; i <= n; i++ {
		rs := statementReasons[g.r.IntN(len(statementReasons))]
		if g.clean && rs.driver {
			rs = statementReasons[2]
		}
		ok := rs.health || g.chance(0.3)
		if ok {
			accepted++
		}
		res := "불수용"
		if ok {
			res = "수용(부과 취소)"
		}
		when := g.now.add(-g.n(20, 60))
		d := districts[g.r.IntN(len(districts))]
		if !g.org.city {
			d = g.org.gu
		}
		loc := fmt.Sprintf("%s %d 앞 도로", g.pick(d.roads), g.n(1, 300))
		cells := []func(){g.T(fmt.Sprint(i)), func() { g.neg(nReceipt, fmt.Sprintf("%d-%06d", g.now.y, g.n(1, 99999))) }}
		if !g.clean {
			p := g.newPerson(22, 80)
			pl := g.plateValue()
			if rs.driver && driver == nil {
				driver = g.newPerson(22, 70)
				driverPlate = pl
			}
			var ctx []string
			if rs.health {
				ctx = []string{"health"}
			}
			cells = append(cells, func() { g.with(ctx, func() { g.plate(pl) }) }, func() { g.with(ctx, func() { g.name(p) }) })
		}
		cells = append(cells, func() {
			g.neg(nDate, fmt.Sprintf("%d.%02d.%02d. %02d:%02d", when.y, when.m, when.d, g.n(7, 22), g.n(0, 59)))
		},
			func() { g.neg(nPlace, loc) }, g.T(rs.text), g.T(res))
		g.row(t, cells...)
	}
	g.kv("심의건수", g.T(fmt.Sprintf("총 %d건 (수용 %d건, 불수용 %d건)", n, accepted, n-accepted)))
	if g.src == "pdf" && n > 4 {
		t.cont = n - 2
	}
	g.table(t)
	if driver != nil {
		g.w("2. 운전자 변경 요청 건(차량 ")
		g.plate(driverPlate)
		g.w(")은 실제 운전자 ")
		g.nameJ(driver, "이/가")
		g.w(" 확인서를 제출하여 운전자 ")
		g.name(driver)
		g.w("(운전면허번호 ")
		g.licence()
		g.line(")에게 과태료를 부과하기로 함.")
	}
	g.line("3. 불수용 건은 사전통지 기간 경과 후 과태료를 부과할 예정임.  끝.")
	g.letterFoot(o, g.now)
}

// --- 9. 체납 독촉 / 압류 예고 ---

func buildArrears(g *gen) {
	o := g.offs
	var p *person
	var c company
	if g.clean {
		c = g.newCompany()
	} else {
		p = g.newPerson(30, 78)
	}
	g.letterHead(func() {
		if p != nil {
			g.nameH(p, "귀하")
		} else {
			g.neg(nCompany, c.name)
			g.w(" 대표자 귀하")
		}
	}, "지방세 체납액 납부 독촉 및 재산 압류 예고")
	g.w("1. 귀하의 지방세 체납액이 아래와 같이 있어 ")
	g.statute("지방세징수법", "제32조")
	g.line("에 따라 독촉하오니 납부기한까지 납부하여 주시기 바랍니다.")
	if p != nil {
		g.kv("체납자", func() { g.name(p) })
		if g.chance(0.7) {
			g.kv("주민등록번호", func() { g.rrn(p) })
		} else {
			g.kv("생년월일", func() { g.birth(p) })
		}
		g.kv("주소", func() { g.addr(p) })
		if g.chance(0.5) {
			g.kv("전화", func() { g.landline(p) })
		}
	} else {
		g.kv("체납자", func() { g.neg(nCompany, c.name) })
		g.kv("법인등록번호", func() { g.neg(nCorpNo, c.corp) })
		g.kv("사업자등록번호", func() { g.neg(nBizNo, c.biz) })
		g.kv("소재지", func() { g.neg(nCompanyAddr, c.addr) })
	}
	t := &table{head: []string{"세목", "과세연월", "본세", "가산세", "합계"}}
	tot := 0
	for _, tax := range []string{"자동차세", "재산세(주택)", "지방소득세", "주민세(개인분)"}[:g.n(1, 4)] {
		a, b := g.n(5, 900)*1000, g.n(1, 90)*1000
		tot += a + b
		ym := g.now.add(-g.n(60, 700))
		g.row(t, g.T(tax), func() { g.neg(nDate, fmt.Sprintf("%d.%02d.", ym.y, ym.m)) }, func() { g.neg(nAmount, won(a)) }, func() { g.neg(nAmount, won(b)) }, func() { g.neg(nAmount, won(a+b)) })
	}
	g.table(t)
	g.kv("체납액 합계", func() { g.amount(tot) })
	g.kv("납부기한", func() { g.date(g.now.add(g.n(10, 20))) })
	g.w("2. 기한까지 납부하지 아니하면 ")
	g.statute("지방세징수법", "제33조")
	g.line("에 따라 다음 재산을 압류할 예정입니다.")
	if p != nil {
		g.in("list", "압류예정재산", func() {
			g.w("  - 예금채권: ")
			g.account()
			g.nl()
			if g.chance(0.7) {
				g.w("  - 자동차: " + g.pick([]string{"그랜저", "쏘나타", "스포티지", "모닝", "카니발"}) + " (")
				g.plate(g.plateValue())
				g.line(")")
			}
			if g.chance(0.5) {
				g.w("  - 급여채권: 근무처 ")
				g.neg(nCompany, g.newCompany().name)
				g.nl()
			}
		})
	} else {
		g.w("  - 법인 예금: ")
		g.w(g.pick([]string{"기업은행", "하나은행"}) + " ")
		g.neg(nOrgAccount, g.pattern("999-999999-99-999"))
		g.nl()
		g.line("  - 매출채권 및 사업장 내 동산")
	}
	g.line("3. 납부는 위택스, 가까운 금융기관 또는 지방세 ARS로 하실 수 있습니다.")
	g.w("※ 문의: " + g.org.dept + " 체납관리팀 ")
	g.neg(nOfficePhone, g.officePhone())
	g.nl()
	g.letterFoot(o, g.now)
}

// --- 10. 공유재산 대부 ---

func buildLease(g *gen) {
	o := g.offs
	var p *person
	var c company
	if g.clean {
		c = g.newCompany()
	} else {
		p = g.newPerson(30, 80)
	}
	d := g.org.gu
	if g.org.city {
		d = districts[g.r.IntN(len(districts))]
	}
	start := g.now.add(g.n(3, 20))
	g.letterHead(func() {
		if p != nil {
			g.nameH(p, "귀하")
		} else {
			g.neg(nCompany, c.name)
			g.w(" 귀하")
		}
	}, "공유재산 대부계약 체결 알림")
	g.w("1. ")
	g.statute("공유재산 및 물품 관리법", "제32조")
	g.line("에 따라 아래 공유재산의 대부계약을 체결하였음을 알려드립니다.")
	g.kv("재산의 표시", func() {
		g.neg(nPlace, fmt.Sprintf("%s %s %d-%d", d.name, g.pick(d.dongs), g.n(10, 900), g.n(1, 40)))
		g.w(fmt.Sprintf(" (%s %d㎡ 중 %d㎡)", g.pick([]string{"대", "잡종지", "전", "도로"}), g.n(80, 900), g.n(10, 80)))
	})
	g.kv("대부 목적", g.T(g.pick([]string{"주말농장 경작", "가로판매대 설치", "건축공사 자재 임시 적치", "자전거 보관대 설치"})))
	g.kv("대부 기간", func() { g.date(start); g.w(" ~ "); g.date(start.add(364)) })
	g.kv("대부료", func() { g.w("연 "); g.amount(g.n(3, 300) * 10000); g.w(" (부가가치세 별도)") })
	if p != nil {
		g.kv("대부받는 자", func() { g.name(p) })
		if g.chance(0.5) {
			g.kv("주민등록번호", func() { g.rrn(p) })
		} else {
			g.kv("생년월일", func() { g.birth(p) })
		}
		g.kv("주소", func() { g.addr(p) })
		g.kv("연락처", func() {
			g.mobile(p)
			if g.chance(0.4) {
				g.w(" / 자택 ")
				g.landline(p)
			}
		})
	} else {
		g.kv("대부받는 자", func() { g.neg(nCompany, c.name) })
		g.kv("사업자등록번호", func() { g.neg(nBizNo, c.biz) })
		g.kv("소재지", func() { g.neg(nCompanyAddr, c.addr) })
		g.kv("연락처", func() { g.neg(nCompanyTel, c.phone) })
	}
	g.line("2. 대부받는 자는 대부재산을 목적 외로 사용하거나 다른 사람에게 전대할 수 없으며, 대부기간이 끝나면 원상으로 회복하여 반환하여야 합니다.")
	g.w("3. 대부료는 ")
	g.date(start.add(-1))
	g.line("까지 고지서에 따라 납부하시기 바랍니다.")
	g.nl()
	g.line("대부한 자  " + g.org.head)
	g.w("대부받는 자  ")
	if p != nil {
		g.in("signature", "대부받는자", func() { g.name(p) })
	} else {
		g.neg(nCompany, c.name)
	}
	g.line("  (인)")
	g.letterFoot(o, g.now)
}

// --- 11. 위원회 회의록 ---

var committees = []string{"생활보장위원회", "지방보조금심의위원회", "지역사회보장협의체 실무협의체", "공동주택 분쟁조정위원회", "도시계획위원회 소위원회"}

func buildMinutes(g *gen) {
	com := g.pick(committees)
	held := g.now.add(-g.n(2, 14))
	g.heading(fmt.Sprintf("%d년 제%d차 %s %s 회의록", held.y, g.n(1, 9), g.org.short, com))
	g.kv("일시", func() { g.date(held); g.w(fmt.Sprintf("(%s) %d:00 ~ %d:30", held.wd(), g.n(10, 15), g.n(16, 17))) })
	g.kv("장소", func() { g.neg(nPlace, g.officeRoom()) })
	chairPos := g.pick([]string{"부구청장", "복지국장", "행정국장"})
	if g.org.city {
		chairPos = g.pick([]string{"행정1부시장", "복지실장"})
	}
	chair := g.newOfficial(chairPos)
	secretary := g.offs.drafter
	var members []*person
	if !g.clean {
		for i := 0; i < g.n(3, 6); i++ {
			members = append(members, g.newPerson(35, 72))
		}
	}
	g.kv("참석", func() {
		g.w("위원장(")
		g.pos(chair.pos)
		g.w(" ")
		g.off(chair)
		g.w(")")
		if g.clean {
			g.w(fmt.Sprintf(", 위원 %d명 (명단 비공개)", g.n(5, 9)))
			return
		}
		g.w(", 위원 ")
		g.in("list", "참석위원", func() {
			for i, m := range members {
				if i > 0 {
					g.w(g.pick([]string{", ", "·", ", "}))
				}
				g.name(m)
			}
		})
	})
	g.kv("간사", func() { g.offWithPos(secretary) })
	g.nl()
	g.line("1. 개회 선언")
	g.line("2. 안건 심의")
	var subject *person
	if !g.clean && (com == "생활보장위원회" || com == "공동주택 분쟁조정위원회") {
		subject = g.newPerson(40, 90)
	}
	if subject != nil {
		age := subject.birth.age(held)
		ctx := []string{"health"}
		g.with(ctx, func() {
			g.w("  안건 제1호: 부양의무자 부양능력 판정 및 보장비용 징수 제외 (")
			g.neg(nPlace, g.pick(subject.addr.dongNames()))
			g.w(" 거주, ")
			g.name(subject)
			g.w(", ")
			g.neg(nAge, fmt.Sprintf("%d세", age))
			g.line(")")
			g.w("   - 신청인은 " + g.pick([]string{"치매", "파킨슨병", "만성 신부전(주 3회 투석)", "중증 우울증"}) + "으로 거동이 어렵고, 부양의무자인 아들과 ")
			g.neg(nDate, fmt.Sprintf("%d년", held.y-g.n(5, 20)))
			g.line("부터 가족관계가 단절된 상태임.")
		})
	} else {
		g.line("  안건 제1호: " + g.pick([]string{"2025년 지방보조금 공모사업 선정(안)", "지역사회보장계획 연차별 시행계획(안)", "관리규약 준칙 개정(안)", "지구단위계획 변경 결정(안)"}))
	}
	g.nl()
	g.line("3. 주요 발언")
	letters := []string{"가", "나", "다", "라", "마", "바"}
	say := func(i int, text string) {
		if g.clean || i < 0 {
			who := "위원장"
			if i >= 0 {
				who = letters[i%len(letters)] + " 위원"
				if g.chance(0.5) {
					who = string(rune('A'+i)) + "위원"
				}
			}
			g.line("  ○ " + who + ": " + text)
			return
		}
		m := members[i%len(members)]
		g.w("  ○ ")
		g.in("speaker", "", func() {
			switch g.r.IntN(3) {
			case 0:
				g.name(m, "title")
				g.w(" 위원")
			case 1:
				g.w("위원 ")
				g.name(m)
			default:
				g.name(m, "title")
				g.w("위원")
			}
		})
		g.line(": " + text)
	}
	say(-1, "안건에 대하여 간사의 설명을 듣고 질의하도록 하겠습니다.")
	g.w("  ○ 간사(")
	g.off(secretary)
	g.line("): 안건 자료 3쪽부터 설명드리겠습니다. 사전 검토 결과 요건은 충족하는 것으로 확인되었습니다.")
	say(0, "현장 확인은 누가 하였는지, 확인 일자가 언제인지 궁금합니다.")
	g.w("  ○ 간사: 담당 주무관이 ")
	g.date(held.add(-g.n(7, 20)))
	g.line("에 방문하여 확인하였습니다.")
	say(1, "제출된 자료로는 판단이 어려우므로 보완 후 재상정하는 것이 좋겠습니다.")
	if subject != nil {
		g.w("  ○ ")
		g.in("speaker", "", func() {
			if len(members) > 2 {
				g.name(members[2], "title")
				g.w(" 위원")
			} else {
				g.w("위원장")
			}
		})
		g.w(": ")
		g.with([]string{"health"}, func() { g.nameStyle(subject, "plain", "honorific"); g.w(" 어르신") })
		g.line("의 건강 상태를 고려하면 이번에 의결하는 것이 타당하다고 봅니다.")
	}
	say(-1, "의견을 종합하여 원안 가결하겠습니다.")
	g.nl()
	g.line("4. 심의 결과: 원안 가결")
	g.line("5. 폐회")
	g.nl()
	g.w("작성: ")
	g.off(g.offs.drafter)
	g.w("   확인: ")
	g.pos(g.offs.approver.pos)
	g.w(" ")
	g.off(g.offs.approver)
	g.nl()
}

func (a address) dongNames() []string {
	if a.dong == "" {
		return []string{"관내"}
	}
	return []string{a.dong}
}

// --- 12. 포상 추천 ---

func buildAward(g *gen) {
	o := g.offs
	g.letterHead(g.T("내부결재"), fmt.Sprintf("%d년 모범구민 표창 대상자 추천", g.now.y))
	g.w("1. ")
	g.neg(nStatute, "「"+g.org.full+" 포상 조례」 제"+fmt.Sprint(g.n(3, 8))+"조")
	g.line("에 따라 지역사회 발전에 공헌한 주민을 다음과 같이 표창 대상자로 추천합니다.")
	g.heading("공 적 조 서")
	if g.clean {
		org := g.pick(ngoNames)
		g.kv("추천 구분", g.T("단체 표창"))
		g.kv("단체명", func() { g.neg(nCompany, org) })
		g.kv("고유번호", func() { g.neg(nBizNo, g.pattern("999-82-99999")) })
		g.kv("공적 요지", func() {
			g.w("매년 겨울 ")
			g.word("김장")
			g.w(" 나눔 행사를 열어 홀몸 어르신 ")
			g.w(fmt.Sprint(g.n(100, 600)))
			g.w("가구에 김치를 전달하고, ")
			g.publicPlace()
			g.w(" 일대 환경 정화 활동을 꾸준히 하였음")
		})
	} else {
		p := g.newPerson(35, 80)
		job := g.pick([]string{"자영업", "주부", "회사원", "통장", "무직", "택시 운전"})
		g.kv("성명", func() {
			g.name(p)
			if _, ok := hanjaName(p); ok && g.chance(0.5) {
				g.w(" (")
				g.nameStyle(p, "hanja")
				g.w(")")
			}
		})
		g.kv("생년월일", func() { g.birth(p) })
		g.kv("주소", func() { g.addr(p) })
		g.kv("연락처", func() { g.mobile(p) })
		g.kv("직업", g.T(job))
		g.kv("공적 요지", func() {
			g.w(fmt.Sprintf("%d년부터 ", g.now.y-g.n(5, 20)))
			g.publicPlace()
			g.w("에서 홀몸 어르신 도시락 배달 봉사를 하였으며, 누적 봉사시간 ")
			g.w(won(g.n(400, 3000)))
			g.w("시간에 이름. 특히 ")
			g.word("김장")
			g.w(" 나눔과 겨울철 ")
			g.word("한파")
			g.w(" 쉼터 운영에 앞장섬")
		})
		if g.chance(0.5) {
			rec := g.newPerson(45, 70)
			g.kv("추천인", func() { g.w(g.pick(p.addr.dongNames()) + " " + fmt.Sprint(g.n(1, 30)) + "통장 "); g.name(rec) })
		} else {
			dongHead := g.newOfficial(g.pick(p.addr.dongNames()) + "장")
			g.kv("추천인", func() { g.pos(dongHead.pos); g.w(" "); g.off(dongHead) })
		}
		if g.chance(0.5) {
			g.nameJ(p, "에게/에게")
			g.line(" " + g.org.head + " 표창을 수여하고자 함.")
		}
		g.w("위 공적 사항은 사실과 다름이 없음을 확인합니다. ")
		g.in("signature", "확인자", func() { g.nameJ(p, "은/는") })
		g.line(" 표창 수상 경력이 없음.")
	}
	g.letterFoot(o, g.now)
}

// --- 13. 채용 면접 결과 ---

func maskName(p *person) string {
	r := []rune(p.fam + p.given)
	fr := len([]rune(p.fam))
	if len(r)-fr <= 1 {
		return string(r[:fr]) + "○"
	}
	out := string(r[:fr])
	for i := fr; i < len(r)-1; i++ {
		out += "○"
	}
	return out + string(r[len(r)-1])
}

func buildHiring(g *gen) {
	o := g.offs
	job := g.pick([]string{"주차단속 보조", "민원안내 도우미", "공원 환경 정비", "방문간호 보조", "체납차량 번호판 영치 보조"})
	g.letterHead(g.T("내부결재"), fmt.Sprintf("%d년 기간제근로자(%s) 채용 면접 결과 보고", g.now.y, job))
	held := g.now.add(-g.n(2, 7))
	g.w("1. ")
	g.date(held)
	g.w(" 실시한 기간제근로자(" + job + ") 채용 면접 결과를 다음과 같이 보고합니다.")
	g.nl()
	g.kv("면접장소", func() { g.neg(nPlace, g.officeRoom()) })
	iv := g.newOfficial("팀장")
	g.kv("면접위원", func() {
		g.off(iv)
		g.w(" (")
		g.pos(iv.pos)
		g.w("), ")
		g.off(g.offs.approver)
		g.w(" (")
		g.pos(g.offs.approver.pos)
		g.w(")")
		if !g.clean && g.chance(0.6) {
			ext := g.newPerson(40, 65)
			g.w(", 외부위원 ")
			g.name(ext)
			g.w(" (" + g.pick([]string{"노무사", "대학 교수", "사회복지사"}) + ")")
		}
	})
	n := g.n(3, 9)
	type cand struct {
		p     *person
		no    string
		score int
	}
	var cs []cand
	for i := 0; i < n; i++ {
		cs = append(cs, cand{g.newPerson(22, 64), fmt.Sprintf("%d-%02d-%03d", g.now.y, g.now.m, i+1), g.n(55, 98)})
	}
	best := 0
	for i, c := range cs {
		if c.score > cs[best].score {
			best = i
		}
	}
	if !g.clean {
		t := &table{head: []string{"응시번호", "성명", "생년월일", "연락처", "서류", "면접", "결과"}}
		if g.src == "xlsx" {
			t.group = []string{"", "응시자", "응시자", "응시자", "점수", "점수", ""}
		}
		for i, c := range cs {
			res := "불합격"
			if i == best {
				res = "합격"
			}
			g.row(t, func() { g.neg(nReceipt, c.no) }, func() { g.name(c.p) }, func() { g.birth(c.p) }, func() { g.mobile(c.p) },
				g.T(fmt.Sprint(g.n(20, 40))), g.T(fmt.Sprint(c.score)), g.T(res))
		}
		g.table(t)
	}
	g.line("2. 합격자 공고(안)")
	g.w("  - 최종 합격자: 응시번호 ")
	g.neg(nReceipt, cs[best].no)
	g.w(" " + maskName(cs[best].p))
	g.nl()
	g.w("  - 임용 예정일: ")
	g.date(g.now.add(g.n(7, 20)))
	g.nl()
	if !g.clean && g.chance(0.5) {
		g.w("  - 예비 합격자 ")
		g.nameJ(cs[(best+1)%n].p, "은/는")
		g.line(" 합격자가 임용을 포기하는 경우에 한하여 채용함.")
	}
	g.line("붙임  면접 채점표 1부.  끝.")
	g.letterFoot(o, g.now)
}

// --- 14. 외국인 주민 지원 ---

var visas = []string{"E-9(비전문취업)", "F-6(결혼이민)", "D-2(유학)", "F-4(재외동포)", "H-2(방문취업)", "E-7(특정활동)"}

func buildForeign(g *gen) {
	o := g.offs
	if g.clean {
		g.letterHead(g.T("내부결재"), "외국인 주민 한국어 교실 운영 결과 보고")
		g.line("1. 외국인 주민 한국어 교실 운영 결과를 다음과 같이 보고합니다.")
		t := &table{head: []string{"국적", "수강 인원", "수료 인원", "수료율"}}
		for _, nat := range nations[:g.n(3, 7)] {
			a := g.n(5, 40)
			b := g.n(1, a)
			g.row(t, g.T(nat.ko), g.T(fmt.Sprint(a)), g.T(fmt.Sprint(b)), g.T(fmt.Sprintf("%d%%", b*100/a)))
		}
		g.table(t)
		g.w("2. 장소: ")
		g.publicPlace()
		g.w(", 강사료 ")
		g.amount(g.n(30, 90) * 100000)
		g.line(" 집행 완료.  끝.")
		g.letterFoot(o, g.now)
		return
	}
	switch g.src {
	case "webform":
		p := g.newForeigner(20, 60)
		g.line("외국인주민 생활상담 신청 (온라인 접수)")
		g.w("접수번호: ")
		g.neg(nReceipt, g.receiptNo())
		g.w("   접수일시: ")
		g.neg(nDate, g.now.iso())
		g.f(" %02d:%02d", g.n(0, 23), g.n(0, 59))
		g.nl()
		g.line("----------------------------------------")
		g.kv("성명(한글)", func() { g.nameStyle(p, "translit") })
		g.kv("성명(영문)", func() { g.nameStyle(p, "latin") })
		g.kv("국적", g.T(p.nat.ko))
		g.kv("생년월일", func() { g.birth(p) })
		g.kv("외국인등록번호", func() { g.rrn(p) })
		if g.chance(0.6) {
			g.kv("여권번호", func() { g.passport(p) })
		}
		g.kv("체류자격", g.T(g.pick(visas)))
		g.kv("휴대전화", func() { g.mobile(p) })
		g.kv("이메일", func() { g.email(p) })
		g.kv("주소", func() { g.addr(p) })
		comp := g.newCompany()
		g.kv("상담분야", g.T(g.pick([]string{"임금 체불", "체류 연장", "자녀 학교 입학", "의료비 지원"})))
		g.kv("상담내용", func() {
			g.w("저는 ")
			g.neg(nCompany, comp.name)
			g.w("에서 일합니다. 3개월 월급 ")
			g.amount(g.n(300, 900) * 10000)
			g.w(" 못 받았어요. 제 이름 ")
			g.nameStyle(p, "latin")
			g.w(" 입니다. 통역 필요합니다.")
		})
		g.kv("개인정보 수집·이용 동의", g.T("동의함"))
		g.kv("접속IP", func() { g.ip("") })
		g.nl()
		g.w("배정 담당: ")
		g.offWithPos(o.drafter)
		g.w(" / 결재: ")
		g.off(o.approver)
		g.nl()
	case "xlsx":
		g.line("외국인 주민 한국어 교실 수강생 명단")
		g.w("작성: ")
		g.off(o.drafter)
		g.w("  승인: ")
		g.off(o.approver)
		g.nl()
		t := &table{head: []string{"연번", "성명(영문)", "국적", "외국인등록번호", "연락처", "수강반"}}
		for i := 1; i <= g.n(4, 10); i++ {
			p := g.newForeigner(19, 58)
			g.row(t, g.T(fmt.Sprint(i)), func() { g.nameStyle(p, "latin") }, g.T(p.nat.ko), func() { g.rrn(p) }, func() { g.mobile(p) }, g.T(g.pick([]string{"초급1", "초급2", "중급", "TOPIK 대비"})))
		}
		g.table(t)
	default:
		p := g.newForeigner(22, 55)
		interp := g.newForeigner(28, 55)
		g.letterHead(g.T("내부결재"), "결혼이민자 통번역 지원 결과 보고")
		g.line("1. 관내 외국인 주민의 행정·의료 통역 지원 결과를 다음과 같이 보고합니다.")
		g.kv("지원 대상", func() {
			g.nameStyle(p, "translit")
			g.w(" (")
			g.nameStyle(p, "latin")
			g.w(", " + p.nat.ko + ")")
		})
		g.kv("외국인등록번호", func() { g.rrn(p) })
		if g.chance(0.5) {
			g.kv("여권번호", func() { g.passport(p) })
		}
		g.kv("연락처", func() { g.mobile(p) })
		g.kv("지원 내용", func() {
			g.with([]string{"health"}, func() {
				g.w("임신 " + fmt.Sprint(g.n(8, 36)) + "주 산전 검사 통역 (")
				g.publicPlace()
				g.w(")")
			})
		})
		g.kv("통역사", func() { g.nameStyle(interp, "translit"); g.w(" (" + interp.nat.ko + "어, 가족센터 소속)") })
		g.w("2. ")
		g.nameJ(p, "은/는")
		g.line(" 자녀 어린이집 입소 상담도 함께 요청하여 아동청소년과에 연계함.  끝.")
		g.letterFoot(o, g.now)
	}
}

var _ = strings.TrimSpace
