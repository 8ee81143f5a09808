package blindset

import (
	"fmt"
	"strings"
)

type kindSpec struct {
	id       string
	dept     string
	sources  []string
	canClean bool
	build    func(g *gen)
}

var kinds = []kindSpec{
	{"disposition_notice", "안전", []string{"hwp", "hwpx", "pdf", "ocr"}, true, buildDisposition},
	{"hearing_record", "건축", []string{"hwp", "pdf", "docx", "ocr"}, true, buildHearing},
	{"subsidy_grant", "복지", []string{"hwp", "hwpx", "pdf", "docx"}, true, buildSubsidy},
	{"emergency_welfare", "복지", []string{"hwp", "pdf", "ocr", "hwpx"}, true, buildEmergency},
	{"activity_support", "장애", []string{"hwpx", "docx", "hwp", "pdf"}, true, buildActivity},
	{"livelihood_roster", "복지", []string{"csv", "xlsx", "pdf"}, true, buildRoster},
	{"apartment_reply", "주택", []string{"email", "email", "hwp", "docx"}, true, buildApartment},
	{"parking_statement", "교통", []string{"hwp", "pdf", "xlsx", "ocr"}, true, buildParking},
	{"arrears_seizure", "세무", []string{"hwp", "pdf", "ocr"}, true, buildArrears},
	{"property_lease", "재산", []string{"hwp", "hwpx", "docx", "pdf"}, true, buildLease},
	{"committee_minutes", "복지", []string{"hwp", "hwpx", "pdf", "docx"}, true, buildMinutes},
	{"award_nomination", "포상", []string{"hwp", "hwpx", "docx"}, true, buildAward},
	{"hiring_result", "인사", []string{"hwp", "xlsx", "pdf", "docx"}, true, buildHiring},
	{"foreign_resident", "외국인", []string{"webform", "xlsx", "docx", "hwp"}, true, buildForeign},
	{"youth_outreach", "청소년", []string{"hwp", "docx", "email", "hwpx"}, true, buildYouth},
	{"epi_investigation", "보건", []string{"hwp", "pdf", "docx", "ocr"}, true, buildEpi},
	{"disclosure_decision", "정보", []string{"hwp", "jsonlog", "pdf", "webform"}, true, buildDisclosure},
	{"citizen_proposal", "소통", []string{"email", "webform", "email"}, true, buildProposal},
	{"inspection_result", "안전", []string{"hwp", "hwpx", "pdf", "xlsx"}, true, buildInspection},
	{"disciplinary_request", "감사", []string{"hwp", "pdf", "ocr"}, true, buildDisciplinary},
}

// Kinds lists the document kinds.
func Kinds() []string {
	var out []string
	for _, k := range kinds {
		out = append(out, k.id)
	}
	return out
}

func (g *gen) officeRoom() string {
	if g.org.city {
		return g.pick([]string{"서울특별시청 본관 8층 다목적회의실", "서울특별시청 서소문청사 1동 13층 회의실", "서울특별시청 본관 6층 기획상황실"})
	}
	return g.org.short + "청 " + g.pick([]string{"본관 3층 소회의실", "2층 기획상황실", "별관 4층 회의실", "본관 5층 대회의실"})
}

func (g *gen) publicPlace() {
	var v string
	switch g.r.IntN(5) {
	case 0:
		v = g.pick(parks)
	case 1:
		v = "지하철 " + g.pick([]string{"2호선", "3호선", "4호선", "6호선", "7호선"}) + " " + g.pick(stations)
	case 2:
		d := districts[g.r.IntN(len(districts))]
		v = g.pick(d.dongs) + " 주민센터"
	case 3:
		d := districts[g.r.IntN(len(districts))]
		v = d.name + g.pick([]string{"보건소", "구민체육센터", "구립도서관", "종합사회복지관", "가족센터"})
	default:
		v = g.pick(stations) + " " + fmt.Sprint(g.n(1, 9)) + "번 출구"
	}
	g.neg(nPlace, v)
}

func (g *gen) word(w string) { g.neg(nWord, w) }

// --- 1. 행정처분 사전통지 ---

type violation struct{ short, fact, law, art, penalty string }

var violations = []violation{
	{"영업정지 7일", "실시한 위생점검 결과 유통기한이 경과한 원료(소스류 2종)를 조리·판매 목적으로 보관한 사실이 확인됨", "식품위생법", "제44조제1항", "영업정지 7일"},
	{"과징금 부과", "경찰서 통보에 따라 청소년에게 주류를 제공한 사실이 확인됨", "식품위생법", "제44조제2항제4호", "영업정지 2개월에 갈음하여 과징금 부과"},
	{"시정명령", "항공사진 판독 및 현장 확인 결과 옥상에 조립식 패널 구조물(약 18㎡)을 허가 없이 증축한 사실이 확인됨", "건축법", "제79조제1항", "원상복구 시정명령(이행기간 30일)"},
	{"업무정지 1개월", "영업장 면적을 변경하고도 변경신고를 하지 아니한 사실이 확인됨", "공중위생관리법", "제11조제1항", "업무정지 1개월"},
}

var shopKinds = []string{"순대국", "분식", "치킨", "반찬가게", "정육점", "커피", "호프", "김밥", "미용실", "네일"}

func buildDisposition(g *gen) {
	o := g.offs
	corp := g.clean
	var p *person
	var c company
	if corp {
		c = g.newCompany()
	} else {
		p = g.newPerson(26, 74)
	}
	trade := g.pick(companyStems) + g.pick(shopKinds)
	v := violations[g.r.IntN(len(violations))]
	inspect := g.now.add(-g.n(10, 40))
	due := g.now.add(g.n(10, 20))
	g.letterHead(func() {
		if corp {
			g.neg(nCompany, c.name)
			g.w(" 대표이사 귀하")
		} else {
			g.nameH(p, "귀하")
		}
	}, "행정처분 사전통지("+v.short+")")
	g.w("1. 귀 업소에 대하여 ")
	g.statute("행정절차법", "제21조제1항")
	g.line("에 따라 다음과 같이 처분하고자 미리 알려드리오니, 의견이 있으시면 제출기한까지 의견을 제출하여 주시기 바랍니다.")
	g.line("2. 기한까지 의견을 제출하지 아니하면 의견이 없는 것으로 보아 처분하게 됨을 알려드립니다.")
	g.heading("처분 사전 통지서")
	g.kv("예정된 처분의 제목", g.T(v.short))
	if corp {
		g.kv("당사자", func() { g.neg(nCompany, c.name) })
		g.kv("법인등록번호", func() { g.neg(nCorpNo, c.corp) })
		g.kv("사업자등록번호", func() { g.neg(nBizNo, c.biz) })
		g.kv("주소", func() { g.neg(nCompanyAddr, c.addr) })
	} else {
		g.kv("성명", func() { g.name(p) })
		g.kv("상호", func() { g.neg(nCompany, trade) })
		g.kv("생년월일", func() { g.birth(p) })
		g.kv("주소", func() { g.addr(p) })
		if g.chance(0.6) {
			g.kv("연락처", func() { g.mobile(p) })
		}
	}
	g.kv("처분의 원인이 되는 사실", func() { g.date(inspect); g.w(" " + v.fact) })
	g.kv("처분하려는 내용", g.T(v.penalty))
	g.kv("법적 근거", func() { g.statute(v.law, v.art) })
	g.kv("의견제출 기한", func() { g.date(due); g.w("까지") })
	g.w("의견제출처: 기관명 " + g.org.short + " " + g.org.dept + " / 주소 ")
	g.neg(nOfficeAddr, g.org.address)
	g.nl()
	g.w("담당자: ")
	g.offWithPos(o.drafter)
	g.w(" (전화 ")
	g.neg(nOfficePhone, g.officePhone())
	g.line(")")
	if !corp && g.chance(0.5) {
		g.w("※ 당사자 ")
		g.nameJ(p, "은/는")
		g.line(" 의견제출서 서식에 따라 서면, 정보통신망 또는 구술로 의견을 제출할 수 있습니다.")
	}
	g.line("붙임  의견제출서 1부.  끝.")
	g.letterFoot(o, g.now)
}

// --- 2. 청문 조서 ---

func buildHearing(g *gen) {
	corp := g.clean
	var p, agent *person
	var c company
	if corp {
		c = g.newCompany()
	} else {
		p = g.newPerson(30, 72)
		if g.chance(0.5) {
			agent = g.newPerson(35, 65)
		}
	}
	presider := g.newOfficial(g.pick([]string{"법무팀장", "송무담당 변호사(임기제)", "건축관리팀장"}))
	held := g.now.add(-g.n(3, 12))
	subject := g.pick([]string{"건축사사무소 업무정지 처분 관련 청문", "위반건축물 이행강제금 부과 관련 청문", "옥외광고업 등록취소 관련 청문", "정비업 등록취소 관련 청문"})
	g.heading("청문 조서")
	g.kv("사건", g.T(subject))
	g.kv("청문 일시", func() { g.date(held); g.w(" 14:00 ~ 15:10") })
	g.kv("청문 장소", func() { g.neg(nPlace, g.officeRoom()) })
	g.kv("주재자", func() { g.pos(presider.pos); g.w(" "); g.off(presider) })
	g.kv("당사자", func() {
		if corp {
			g.neg(nCompany, c.name)
			g.w(" (대표이사 불출석, 직원 출석)")
			return
		}
		g.name(p)
		if g.chance(0.6) {
			g.w(" (")
			g.birth(p)
			g.w(g.pick([]string{"생)", ")"}))
		}
	})
	if agent != nil {
		g.kv("대리인", func() { g.name(agent); g.w(" (행정사)") })
	}
	g.kv("배석", func() { g.offWithPos(g.offs.drafter) })
	g.nl()
	g.line("【진술 요지】")
	sepStyle := g.r.IntN(3)
	say := func(who func(), text func()) {
		switch sepStyle {
		case 0:
			g.in("speaker", "", who)
			g.w(": ")
		case 1:
			g.w("○ ")
			g.in("speaker", "", who)
			g.w(" : ")
		default:
			g.w("[")
			g.in("speaker", "", who)
			g.w("] ")
		}
		text()
		g.nl()
	}
	pres := func() { g.w("주재자") }
	party := func() {
		if corp {
			g.w("당사자 측 직원")
			return
		}
		if sepStyle == 2 {
			g.w("당사자 ")
		}
		g.name(p)
	}
	say(pres, g.T("이 사건 처분의 원인이 되는 사실에 대하여 의견을 진술하여 주시기 바랍니다."))
	say(party, func() {
		if !corp && g.chance(0.5) {
			g.w("당사자 ")
			g.nameJ(p, "입니다/입니다")
			g.w(". ")
		}
		g.w("지적된 부분은 공사 업체가 임의로 시공한 것으로 알고 있었고, 통보를 받은 뒤 바로 철거 견적을 받았습니다.")
	})
	say(pres, g.T("시정 계획을 확인할 수 있는 자료가 있습니까?"))
	say(party, func() {
		g.w("견적서와 현장 사진을 오늘 제출하겠습니다.")
		if !corp && g.chance(0.6) {
			g.w(" 추가로 연락하실 일이 있으면 ")
			g.in("speaker", "", func() { g.mobile(p) })
			g.w("로 연락 주십시오.")
		}
	})
	if agent != nil {
		say(func() { g.w("대리인 "); g.name(agent) }, func() {
			g.w("당사자 ")
			g.with([]string{"health"}, func() { g.nameJ(p, "은/는") })
			g.w(" 지난해 " + g.pick([]string{"허리 디스크 수술", "뇌경색 치료", "암 수술", "심장 스텐트 시술"}) + " 이후 거동이 불편하여 현장 관리를 직접 하지 못한 사정이 있으니 감경하여 주시기 바랍니다.")
		})
	}
	say(pres, g.T("진술하신 내용과 제출 자료를 검토하여 처분 여부를 결정하겠습니다."))
	g.nl()
	g.line("【주재자 의견】")
	g.w("당사자의 진술과 제출 자료를 종합하여 볼 때 위반 사실은 인정되나, 자진 시정 의사가 있으므로 ")
	g.statute("행정기본법", "제22조")
	g.line("에 따른 감경 사유를 고려함이 타당함.")
	g.nl()
	g.w("청문주재자  ")
	g.off(presider)
	g.line(" (서명)")
	if !corp {
		g.w("당 사 자  ")
		g.in("signature", "당사자", func() { g.name(p) })
		g.line(" (서명)")
	}
	g.letterFoot(g.offs, g.now)
}

// --- 3. 보조금 교부 결정 ---

func buildSubsidy(g *gen) {
	o := g.offs
	ref := g.now.add(-g.n(20, 60))
	program := "2024년 비영리민간단체 공익활동 지원사업"
	if !g.clean {
		program = g.pick([]string{"저층주거지 집수리 지원사업", "노후 주택 에너지효율 개선 지원사업", "옥상 녹화 지원사업"})
	}
	g.letterHead(g.T("수신자 참조"), program+" 보조금 교부 결정 통지")
	g.w("1. 관련: ")
	g.neg(nDocNo, g.docNo())
	g.w("(")
	g.date(ref)
	g.line(")호 「" + program + " 추진 계획」")
	g.w("2. ")
	g.statute("지방자치단체 보조금 관리에 관한 법률", "제17조")
	g.line(" 및 같은 법 시행령에 따라 위 사업의 보조금을 다음과 같이 교부 결정하여 알려드립니다.")
	total := 0
	t := &table{}
	if g.clean {
		t.head = []string{"연번", "단체명", "고유번호", "사업명", "교부액(원)", "입금계좌"}
		for i := 1; i <= g.n(2, 6); i++ {
			org := g.pick(ngoNames)
			amt := g.n(3, 30) * 1000000
			total += amt
			bank := g.pick([]string{"신한은행", "우리은행", "국민은행", "농협"})
			g.row(t, g.T(fmt.Sprint(i)), func() { g.neg(nCompany, org) }, func() { g.neg(nBizNo, g.pattern("999-82-99999")) },
				g.T(g.pick([]string{"어르신 말벗 돌봄", "마을 환경 정비", "청소년 진로 멘토링", "다문화 가족 한국어 교실", "1인 가구 반찬 나눔"})),
				func() { g.neg(nAmount, won(amt)) }, func() { g.w(bank + " "); g.neg(nOrgAccount, g.pattern("140-999-999999")) })
		}
	} else {
		t.head = []string{"연번", "성명", "대상 주소", "연락처", "교부액(원)", "입금계좌"}
		for i := 1; i <= g.n(2, 5); i++ {
			p := g.newPerson(35, 82)
			amt := g.n(20, 120) * 100000
			total += amt
			g.row(t, g.T(fmt.Sprint(i)), func() { g.name(p) }, func() { g.addr(p) }, func() {
				if g.chance(0.7) {
					g.mobile(p)
				} else {
					g.landline(p)
				}
			}, func() { g.neg(nAmount, won(amt)) }, func() { g.account() })
		}
		if len(t.rows) > 3 && g.chance(0.3) {
			t.cont = 2
		}
	}
	g.w("  가. 교부결정액: 총 ")
	g.amount(total)
	g.nl()
	g.line("  나. 교부 대상 및 금액")
	g.table(t)
	g.w("  다. 예산과목: 일반회계 / " + g.pick([]string{"사회복지", "도시재생", "환경보호"}) + " / ")
	g.neg(nBudget, g.pick([]string{"307-02", "402-01", "307-05", "308-13"}))
	g.line(" " + g.pick([]string{"민간경상사업보조", "민간자본사업보조", "민간위탁사업비"}))
	g.line("  라. 교부조건: 보조금은 교부 목적 외의 용도로 사용할 수 없으며, 사업 완료 후 30일 이내에 정산 보고서를 제출하여야 함.")
	g.line("붙임  1. 보조금 교부 조건 1부.")
	g.line("      2. 정산 보고서 서식 1부.  끝.")
	g.letterFoot(o, g.now)
	if g.clean {
		g.line("수신자  " + strings.Join([]string{g.pick(ngoNames), g.pick(ngoNames)}, ", ") + " 대표")
	}
}

// --- 4. 긴급복지 지원 결정 ---

var crises = []struct {
	reason string
	health bool
}{
	{"주소득자의 사망", false},
	{"중한 질병(뇌출혈)으로 인한 입원 치료", true},
	{"주소득자의 실직 및 휴업", false},
	{"화재로 인한 주거지 소실", false},
	{"가정폭력으로 인한 가구 구성원과의 분리", false},
	{"중한 부상(낙상에 의한 대퇴골 골절)으로 인한 치료", true},
	{"단전·단수 등 공과금 장기 체납", false},
}

func buildEmergency(g *gen) {
	o := g.offs
	if g.clean {
		g.letterHead(g.T("내부결재"), "긴급복지 지원사업 추진 실적 보고")
		g.line("1. 긴급복지 지원사업의 월별 추진 실적을 다음과 같이 보고합니다.")
		t := &table{head: []string{"구분", "지원 건수", "생계지원", "의료지원", "주거지원", "계(원)"}}
		for m := 1; m <= g.n(2, 4); m++ {
			a, b, c := g.n(10, 60)*100000, g.n(5, 40)*100000, g.n(2, 20)*100000
			g.row(t, g.T(fmt.Sprintf("%d월", m)), g.T(fmt.Sprint(g.n(4, 40))), func() { g.neg(nAmount, won(a)) }, func() { g.neg(nAmount, won(b)) }, func() { g.neg(nAmount, won(c)) }, func() { g.neg(nAmount, won(a+b+c)) })
		}
		g.table(t)
		g.w("2. 겨울철 ")
		g.word("한파")
		g.w(" 대비 위기가구 발굴을 위하여 ")
		g.publicPlace()
		g.line(" 등에 홍보물을 비치하고, 통·반장 연계 발굴을 강화할 계획임.")
		g.w("3. 근거: ")
		g.statute("긴급복지지원법", "제7조")
		g.nl()
		g.letterFoot(o, g.now)
		return
	}
	p := g.newPerson(30, 80)
	cr := crises[g.r.IntN(len(crises))]
	var ctx []string
	if cr.health {
		ctx = []string{"health"}
	}
	applied := g.now.add(-g.n(2, 10))
	g.with(ctx, func() {
		g.letterHead(func() {
			g.nameH(p, "귀하")
			if g.chance(0.4) {
				g.w(" (")
				g.addr(p)
				g.w(")")
			}
		}, "긴급지원 결정 통지")
		g.w("1. 귀하께서 ")
		g.date(applied)
		g.w(" 신청하신 긴급지원에 대하여 ")
		g.statute("긴급복지지원법", "제8조 및 제9조")
		g.line("에 따라 아래와 같이 결정하였음을 알려드립니다.")
		g.heading("긴급지원 결정 통지서")
		g.kv("성명", func() { g.name(p) })
		if g.chance(0.5) {
			g.kv("주민등록번호", func() { g.rrn(p) })
		} else {
			g.kv("생년월일", func() { g.birth(p) })
		}
		g.kv("주소", func() { g.addr(p) })
		g.kv("연락처", func() { g.mobile(p) })
		g.kv("위기사유", g.T(cr.reason))
		if g.chance(0.7) {
			g.line("가구원 현황")
			t := &table{head: []string{"관계", "성명", "생년월일", "비고"}}
			sp := g.newPerson(30, 78)
			g.row(t, g.T("배우자"), func() { g.name(sp) }, func() { g.birth(sp) }, g.T(""))
			for i := 0; i < g.n(0, 2); i++ {
				ch := g.newPerson(4, 17)
				g.with([]string{"minor"}, func() {
					g.row(t, g.T("자녀"), func() { g.name(ch) }, func() { g.birth(ch) }, func() { g.w(g.pick([]string{"초등학생", "중학생", "미취학", "고등학생"})) })
				})
			}
			g.table(t)
		}
		amt := g.pick([]string{"1,833,000", "1,183,400", "713,100", "2,367,800"})
		g.kv("지원내용", func() { g.w("생계지원 "); g.neg(nAmount, amt+"원"); g.w(" (1개월)") })
		g.kv("지원기간", func() { g.date(g.now); g.w(" ~ "); g.date(g.now.add(30)) })
		g.kv("입금계좌", func() {
			g.account()
			g.w(" (예금주 ")
			g.name(p)
			g.w(")")
		})
		if g.chance(0.5) {
			g.w("※ ")
			g.nameJ(p, "께서/께서")
			g.line(" 제출하신 소득·재산 자료는 사후조사에 활용됩니다.")
		}
		g.w("※ 지원 결정에 이의가 있는 경우 ")
		g.statute("긴급복지지원법", "제16조")
		g.line("에 따라 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.")
		g.w("※ 문의: " + g.org.dept + " ")
		g.neg(nOfficePhone, g.officePhone())
		g.nl()
		g.letterFoot(o, g.now)
		if g.chance(0.6) {
			g.nl()
			g.line("[문자 발송 내역]")
			g.w(fmt.Sprintf("%02d-%02d 10:%02d  ", g.now.m, g.now.d, g.n(0, 59)))
			g.in("message", "", func() {
				g.w("[" + g.org.short + "] ")
				g.nameStyle(p, "plain", "honorific")
				g.w("님, 긴급지원 생계지원금 ")
				g.neg(nAmount, amt+"원")
				g.w("이 입금될 예정입니다. 문의 ")
				g.neg(nOfficePhone, g.officePhone())
			})
			g.nl()
		}
	})
}

// --- 5. 장애인 활동지원 ---

func buildActivity(g *gen) {
	o := g.offs
	if g.clean {
		g.letterHead(g.T("수신자 참조"), "장애인 활동지원기관 지정 현황 알림")
		g.w("1. ")
		g.statute("장애인활동 지원에 관한 법률", "제20조")
		g.line("에 따라 지정된 관내 활동지원기관 현황을 다음과 같이 알려드립니다.")
		t := &table{head: []string{"기관명", "소재지", "대표전화", "지정일"}}
		for i := 0; i < g.n(3, 6); i++ {
			c := g.newCompany()
			d := g.now.add(-g.n(100, 2000))
			g.row(t, func() { g.neg(nCompany, g.pick(ngoNames)+" 활동지원센터") }, func() { g.neg(nCompanyAddr, c.addr) }, func() { g.neg(nCompanyTel, c.phone) }, func() { g.date(d) })
		}
		g.table(t)
		g.line("2. 이용 문의는 각 기관 또는 관할 주민센터로 하시기 바랍니다.  끝.")
		g.letterFoot(o, g.now)
		return
	}
	p := g.newPerson(6, 85)
	guardian := g.newPerson(35, 70)
	helper := g.newPerson(30, 66)
	minor := p.birth.age(g.now) < 19
	ctx := []string{"health"}
	if minor {
		ctx = append(ctx, "minor")
	}
	center := g.pick(ngoNames) + " 활동지원센터"
	g.letterHead(func() { g.neg(nCompany, center); g.w(" 센터장") }, "장애인 활동지원 급여 변경 및 활동지원사 배정 알림")
	g.line("1. 귀 기관의 무궁한 발전을 기원합니다.")
	g.w("2. ")
	g.statute("장애인활동 지원에 관한 법률", "제18조")
	g.line("에 따라 아래 수급자의 활동지원 급여가 변경되었으므로, 변경된 급여량에 맞게 서비스를 제공하여 주시기 바랍니다.")
	g.with(ctx, func() {
		g.kv("수급자", func() { g.name(p); g.w(" ("); g.birth(p); g.w(")") })
		g.kv("장애정도", g.T(g.pick([]string{"심한 장애(지체)", "심한 장애(뇌병변)", "심한 장애(자폐성)", "심한 장애(시각)", "심한 장애(지적)"})))
		g.kv("주소", func() { g.addr(p) })
		g.kv("종합조사 점수", g.T(fmt.Sprintf("%d점 (%d구간)", g.n(120, 400), g.n(3, 12))))
		g.kv("급여량", g.T(fmt.Sprintf("월 %d시간 → 월 %d시간", g.n(60, 200), g.n(90, 300))))
		g.kv("바우처 카드", func() { g.w("국민행복카드 "); g.card() })
	})
	g.kv("보호자", func() {
		g.name(guardian)
		g.w(" (" + g.pick([]string{"모", "부", "배우자", "자녀"}) + ", ")
		g.mobile(guardian)
		g.w(")")
	})
	g.kv("배정 활동지원사", func() { g.name(helper); g.w(" / "); g.mobile(helper) })
	g.w("3. 수급자 ")
	g.with(ctx, func() { g.nameJ(p, "의/의") })
	g.w(" 급여 이용 중 ")
	g.word("장기요양")
	g.line(" 급여 신청 여부가 확인되는 경우 즉시 알려주시기 바랍니다.  끝.")
	g.letterFoot(o, g.now)
}

// --- 6. 기초생활 수급자 변동 내역 (export) ---

var rosterReasons = []string{"신규 책정", "전출", "근로소득 발생", "시설 입소", "사망", "부양의무자 소득 변동", "주거급여 변경", "재산 변동"}

func buildRoster(g *gen) {
	o := g.offs
	d := g.org.gu
	if g.org.city {
		d = districts[g.r.IntN(len(districts))]
	}
	g.line("[사회보장정보시스템(행복e음)] 수급자 변동 내역")
	g.w("출력일시: ")
	g.neg(nDate, g.now.iso())
	g.w(fmt.Sprintf(" %02d:%02d:%02d   출력자: ", g.n(9, 17), g.n(0, 59), g.n(0, 59)))
	g.off(o.drafter)
	g.w(" (" + g.org.dept + ")")
	g.nl()
	from := date{g.now.y, g.now.m, 1}.add(-30)
	g.w("조회조건: 변동일자 ")
	g.neg(nDate, from.iso())
	g.w(" ~ ")
	g.neg(nDate, g.now.iso())
	g.line(", 관할: " + d.name)
	g.nl()
	t := &table{}
	if g.clean {
		t.head = []string{"동명", "신규", "중지", "변경", "계"}
		for _, dong := range d.dongs {
			a, b, c := g.n(0, 30), g.n(0, 20), g.n(0, 40)
			g.row(t, func() { g.neg(nPlace, dong) }, g.T(fmt.Sprint(a)), g.T(fmt.Sprint(b)), g.T(fmt.Sprint(c)), g.T(fmt.Sprint(a+b+c)))
		}
	} else {
		t.group = []string{"", "인적사항", "인적사항", "", "변동내역", "변동내역", "급여(원)", "급여(원)"}
		t.head = []string{"연번", "성명", "주민등록번호", "주소", "변동일", "변동사유", "생계", "주거"}
		n := g.n(4, 11)
		for i := 1; i <= n; i++ {
			p := g.newPerson(20, 92)
			ch := g.now.add(-g.n(1, 28))
			reason := g.pick(rosterReasons)
			masked := g.chance(0.25)
			var ctx []string
			if reason == "시설 입소" {
				ctx = []string{"health"}
			}
			g.with(ctx, func() {
				g.row(t, g.T(fmt.Sprint(i)), func() { g.name(p) }, func() {
					if masked {
						g.maskedRRN(p)
					} else {
						g.rrn(p)
					}
				}, func() { g.addr(p) }, func() { g.neg(nDate, ch.iso()) }, g.T(reason),
					func() { g.neg(nAmount, won(g.n(0, 90)*10000)) }, func() { g.neg(nAmount, won(g.n(0, 40)*10000)) })
			})
		}
		if g.src == "pdf" && n > 5 {
			t.cont = n / 2
		}
	}
	g.table(t)
	g.nl()
	if !g.clean && g.chance(0.5) {
		p := g.newPerson(60, 95)
		g.in("footnote", "", func() {
			g.w(fmt.Sprintf("주) 연번 %d ", g.n(1, 4)))
			g.with([]string{"health"}, func() { g.name(p) })
			g.w(": " + g.pick([]string{"요양병원 장기 입원", "노인요양시설 입소", "정신건강복지센터 연계"}) + "으로 주거급여 중지 (")
			g.neg(nStatute, "「국민기초생활 보장법」 제"+fmt.Sprint(g.n(7, 12))+"조")
			g.w(")")
		})
		g.nl()
	}
	g.line("※ 개인정보가 포함된 자료이므로 업무 목적 외 사용·제공을 금합니다.")
	g.w("확인: ")
	g.pos(o.approver.pos)
	g.w(" ")
	g.off(o.approver)
	g.nl()
}

// --- 7. 공동주택 관리 민원 회신 ---

func buildApartment(g *gen) {
	o := g.offs
	var p, chair *person
	if !g.clean {
		p = g.newPerson(28, 75)
		if g.chance(0.6) {
			chair = g.newPerson(45, 75)
		}
	}
	unit := fmt.Sprintf("%d동 %d호", g.n(101, 115), g.n(1, 20)*100+g.n(1, 4))
	if p != nil && strings.Contains(p.addr.unit, "동") {
		unit = p.addr.unit
	}
	apt := g.pick(aptBrands) + fmt.Sprintf(" %d단지", g.n(1, 4))
	if p != nil && p.addr.building != "" && strings.Contains(p.addr.unit, "동") {
		apt = p.addr.building
	}
	mgmt := g.newCompany()
	topic := g.pick([]string{"장기수선충당금 사용", "관리비 부과 내역 공개", "층간소음 관리규약 개정", "경비원 휴게시설 설치", "동대표 선출 절차"})
	answer := func() {
		g.w("귀하께서 질의하신 " + topic + "에 관하여 다음과 같이 답변드립니다.")
		g.nl()
		g.w("  가. ")
		g.statute("공동주택관리법", g.pick([]string{"제23조제4항", "제30조제2항", "제18조제2항", "제14조제1항"}))
		g.line("에 따라 관리주체는 관련 내역을 공개하여야 하며, 입주자등은 관리사무소에 열람을 청구할 수 있습니다.")
		g.w("  나. 해당 단지의 관리주체인 ")
		g.neg(nCompany, mgmt.name)
		g.w("(대표전화 ")
		g.neg(nCompanyTel, mgmt.phone)
		g.line(")에 위 사항을 안내하고 이행 여부를 점검하겠습니다.")
		if chair != nil {
			g.w("  다. 또한 입주자대표회의 회장 ")
			g.nameH(chair, "씨")
			g.line("에게도 관리규약 준수를 요청하였음을 알려드립니다.")
		}
	}
	if g.src == "email" {
		g.w("보낸 사람: " + g.org.short + " " + g.org.dept + " <")
		g.neg(nOfficeMail, o.drafter.email)
		g.line(">")
		g.w("받는 사람: ")
		if p != nil {
			g.in("email", "받는사람", func() { g.name(p); g.w(" <"); g.email(p); g.w(">") })
		} else {
			g.w(apt + " 입주자대표회의")
		}
		g.nl()
		g.w("날짜: ")
		g.neg(nDate, g.now.dot())
		g.line(fmt.Sprintf(" (%s) 오후 %d:%02d", g.now.wd(), g.n(1, 5), g.n(0, 59)))
		g.line("제목: RE: [민원] " + apt + " " + topic + " 관련 질의")
		g.nl()
		if p != nil {
			g.nameH(p, "님")
			g.line(", 안녕하십니까.")
		} else {
			g.line("안녕하십니까.")
		}
		g.w(g.org.short + " " + g.org.dept + " 공동주택 담당 ")
		g.off(o.drafter)
		g.line("입니다.")
		answer()
		g.nl()
		g.w("담당: ")
		g.offWithPos(o.drafter)
		g.w(" / ")
		g.neg(nOfficePhone, g.officePhone())
		g.nl()
		g.nl()
		if p != nil {
			g.with([]string{"quoted"}, func() {
				g.line("> -----Original Message-----")
				g.w("> From: ")
				g.in("email", "From", func() { g.name(p); g.w(" <"); g.email(p); g.w(">") })
				g.nl()
				g.w("> Sent: ")
				g.neg(nDate, g.now.add(-g.n(3, 14)).iso())
				g.nl()
				g.line(">")
				g.w("> 안녕하세요. ")
				g.item(tAddress, apt+" "+unit, "unit")
				g.w("에 사는 ")
				g.nameJ(p, "이에요/예요")
				g.nl()
				g.line("> " + topic + " 관련해서 관리사무소에 여러 번 물었는데 답을 못 들었습니다.")
				if chair != nil {
					g.w("> 입주자대표회의 회장(")
					g.name(chair)
					g.line(")도 공개를 미루고 있습니다.")
				}
				g.w("> 연락은 ")
				g.mobile(p)
				g.line(" 으로 부탁드립니다.")
			})
		}
		g.filed()
		return
	}
	g.letterHead(func() {
		if p != nil {
			g.nameH(p, "귀하")
		} else {
			g.w(apt + " 입주자대표회의 귀중")
		}
	}, "공동주택 관리 관련 민원 회신")
	g.w("1. 귀하께서 국민신문고(신청번호 ")
	g.neg(nReceipt, g.receiptNo())
	g.line(")를 통해 제기하신 민원에 대한 회신입니다.")
	g.w("2. ")
	answer()
	if p != nil && g.chance(0.6) {
		g.w("3. 민원인 주소지(")
		g.item(tAddress, apt+" "+unit, "unit")
		g.line(")의 누수 피해는 세대 간 분쟁으로 공동주택관리 분쟁조정위원회에 조정을 신청하실 수 있습니다.")
	}
	g.line("4. 기타 궁금하신 사항은 담당자에게 연락하여 주시기 바랍니다.  끝.")
	g.letterFoot(o, g.now)
}
