package realset

import (
	"fmt"
	"strings"
)

type kind struct {
	name  string
	build func(g *gen)
}

var kinds = []kind{
	{"complaint", (*gen).complaint},
	{"minutes", (*gen).minutes},
	{"subsidy", (*gen).subsidy},
	{"disposition", (*gen).disposition},
	{"briefing", (*gen).briefing},
	{"contract", (*gen).contract},
	{"criminal", (*gen).criminal},
	{"audit", (*gen).audit},
	{"foreign", (*gen).foreign},
	{"welfare", (*gen).welfare},
	{"press", (*gen).press},
	{"bidform", (*gen).bidform},
}

var complaintTopics = []string{"불법 주정차 단속 요청", "공사장 소음 및 분진 피해", "무단투기 쓰레기 수거 요청", "보도블록 파손 보수 요청", "가로등 고장 신고", "옥외광고물 불법 설치 신고", "누수로 인한 아랫집 피해", "공원 내 흡연 단속 요청", "어린이보호구역 과속 단속 요청", "불법 건축물 신고"}

var complaintBody = []string{
	"귀하께서 제기하신 민원에 대하여 현장을 확인한 결과 일부 사실이 확인되어 관련 규정에 따라 조치하였습니다.",
	"해당 장소는 상습 민원 발생 지역으로 단속 인력을 추가 배치하여 집중 관리하겠습니다.",
	"현장 확인 결과 시설물 파손이 확인되어 보수 공사를 발주하였으며, 공사는 약 2주 소요될 예정입니다.",
	"민원 처리에 대한 이의가 있는 경우 결과를 통지받은 날부터 30일 이내에 이의신청을 할 수 있습니다.",
	"관계 부서와 협의하여 재발 방지 대책을 마련하고 추진 결과를 별도로 알려드리겠습니다.",
	"다만, 사유지에 해당하는 부분은 소유자에게 자진 정비를 안내하였음을 알려드립니다.",
	"귀하의 적극적인 구정 참여에 감사드리며, 궁금한 사항은 담당자에게 문의하여 주시기 바랍니다.",
	"신고하신 내용은 관계 법령상 단속 대상에 해당하지 아니하여 계도 조치하였습니다.",
}

// complaint: 민원 처리 결과 통보 — a reply letter, a complaint register
// (처리부), or an online complaint print-out (DOCX) with the IP it was
// filed from.
func (g *gen) complaint() {
	y := g.between(2021, 2025)
	topic := pick(g.r, complaintTopics)
	p := g.newPerson()
	switch g.n(3) {
	case 0:
		g.head("complaint", "민원 처리 결과 통보("+topic+")")
		g.wrapLine(fmt.Sprintf("1. 평소 구정에 관심을 가져 주신 데 감사드립니다."))
		g.t("2. ")
		g.nm(p, "prose", g.pk(" 님께서", " 귀하께서", "님께서 "))
		g.t(" " + g.date(y) + " 국민신문고(접수번호 ")
		g.neg("receipt_no", g.receiptNo(y))
		g.t(")를 통하여 신청하신 「" + topic + "」 민원에 대한 처리 결과를 다음과 같이 알려드립니다.\n")
		g.nl()
		g.plainLine(g.pk("가. 민원인 인적사항", "□ 민원인 현황"))
		g.kv("성명", func(pl string) { g.nm(p, pl, "") })
		if g.p(60) {
			g.kv("연락처", func(pl string) { g.mobile(pl) })
		}
		g.kv("주소", func(pl string) { g.address(pl) })
		if g.p(35) {
			g.kv("전자우편", func(pl string) { g.email(p, pl) })
		}
		g.plainLine(g.pk("나. 민원 요지", "□ 민원 내용"))
		g.wrapLine("  ○ " + g.off.gu + " " + pick(g.r, g.off.dongs) + " 일대 " + topic + " 건")
		if strings.Contains(topic, "주정차") || strings.Contains(topic, "과속") || g.p(25) {
			g.t("  ○ 신고 차량: ")
			g.plate("prose:신고차량")
			g.t(g.pk(" (승용, 흰색)", " 화물차", "", " 외 1대"))
			g.nl()
		}
		g.plainLine(g.pk("다. 처리 결과", "□ 조치 결과"))
		g.para(complaintBody, g.between(3, 7))
		g.t("3. 기타 궁금하신 사항은 " + g.dept + " ")
		s := g.staffer(pick(g.r, ranks))
		g.t(s.rank + " ")
		g.on(s)
		g.t("(☎ ")
		g.neg("office_phone", g.off.tel+"-"+g.digits(4))
		g.t(")에게 문의하여 주시면 친절히 안내하여 드리겠습니다.\n")
		if g.p(40) {
			g.t("※ 본 통보는 ")
			g.nm(p, "prose", g.pk(" 귀하", "귀하"))
			g.t("에게만 발송되며 제3자에게 공개되지 않습니다.\n")
		}
		g.foot()
	case 1:
		g.head("complaint", fmt.Sprintf("%d년 %d분기 민원 처리부 정리 보고", y, g.between(1, 4)))
		g.sections("complaint", y)
		g.wrapLine(fmt.Sprintf("%d년 %d분기 접수·처리한 고충민원 현황을 다음과 같이 보고합니다.", y, g.between(1, 4)))
		g.nl()
		g.plainLine("1. 처리 현황")
		g.t("  ○ ")
		g.stat(fmt.Sprintf("총 %d건(처리완료 %d건, 처리중 %d건)", g.between(30, 300), g.between(20, 250), g.between(1, 30)))
		g.nl()
		g.plainLine("2. 민원 처리부")
		g.header("접수번호", "접수일", "민원인", "연락처", "민원 요지", "처리 결과")
		rows := g.between(4, 12)
		for i := 0; i < rows; i++ {
			q := p
			if i > 0 {
				q = g.newPerson()
			}
			rn := g.receiptNo(y)
			g.row(g.cNeg("receipt_no", rn), g.tx(g.date(y)), g.cName(q, "민원인"), g.cMobile(), g.tx(pick(g.r, complaintTopics)), g.tx(g.pk("완료", "처리중", "이송", "완료(계도)")))
			if (g.layout == "hwp" || g.layout == "hwpx") && !g.clean && g.p(30) { // second paragraph of a cell: continuation line
				g.t("\t\t\t")
				g.landline("table.cont:연락처")
				g.t("\t\t\n")
			}
		}
		g.pageMark(2, "민원 처리부")
		g.plainLine("3. 향후 계획")
		g.para(complaintBody, g.between(3, 6))
		g.foot()
	default:
		g.layout = "docx"
		g.dept = pick(g.r, depts["complaint"])
		g.plainLine("국민신문고 민원 신청 내역(출력본)")
		g.plainLine("신청번호: " + g.receiptNo(y))
		g.t("신청인: ")
		g.nm(p, "kv.colon:신청인", "")
		g.nl()
		g.t("휴대전화: ")
		g.mobile("kv.colon:휴대전화")
		g.nl()
		g.t("이메일: ")
		g.email(p, "kv.colon:이메일")
		g.nl()
		g.t("주소: ")
		g.address("kv.colon:주소")
		g.nl()
		g.t("신청일시: " + g.date(y) + fmt.Sprintf(" %02d:%02d", g.between(0, 23), g.between(0, 59)) + "  접속 IP: ")
		g.ip("kv.colon:접속IP")
		g.nl()
		g.plainLine("민원 제목: " + topic)
		g.plainLine("민원 내용:")
		g.t("안녕하세요. " + pick(g.r, g.off.dongs) + "에 사는 ")
		if g.p(50) {
			g.nm(p, "prose", "이라고/라고")
			g.t(" 합니다. ")
		} else {
			g.nm(p, "prose", "입니다")
			g.t(". ")
		}
		g.plainLine(pick(g.r, []string{"몇 달째 같은 문제가 반복되고 있어 다시 민원을 넣습니다.", "빠른 조치 부탁드립니다.", "현장 사진을 첨부하니 확인 바랍니다."}))
		g.plainLine(pick(g.r, []string{"작년에도 같은 민원을 넣었는데 그때만 잠깐 단속하고 달라진 것이 없습니다.", "아이들 통학로라서 더 걱정이 됩니다.", "밤 10시 이후에도 소음이 계속되어 잠을 잘 수가 없습니다."}))
		g.plainLine(pick(g.r, []string{"회신은 문자로 부탁드립니다.", "처리 결과를 꼭 알려 주세요.", "담당자 연락 바랍니다."}))
		g.plainLine("처리기관: " + g.off.gu + " " + g.dept)
		g.plainLine("처리 결과:")
		g.para(complaintBody, g.between(4, 8))
		g.plainLine("만족도 평가: " + g.pk("만족", "보통", "불만족", "미응답"))
		g.plainLine("※ 이 민원에 대한 이의신청은 처리 결과를 통지받은 날부터 90일 이내에 할 수 있습니다.")
		g.t("담당: " + g.off.gu + " " + g.dept + " ")
		s := g.staffer(pick(g.r, ranks))
		g.on(s)
		g.t(" / ")
		g.neg("office_phone", g.off.tel+"-"+g.digits(4))
		g.nl()
	}
}

var minutesTalk = []string{
	"안건에 대하여 충분히 검토하였고 원안대로 의결하는 것이 타당하다고 생각합니다.",
	"주민 불편이 없도록 공사 기간 중 우회로 안내를 철저히 해 주시기 바랍니다.",
	"예산 산출 근거가 부족하므로 다음 회의 때 보완 자료를 제출해 주십시오.",
	"지난 회의에서 지적된 사항이 어떻게 반영되었는지 설명 부탁드립니다.",
	"현장 점검 결과를 보면 안전 관리 인력이 부족한 것으로 보입니다.",
	"말씀하신 부분은 관계 부서와 협의하여 반영하도록 하겠습니다.",
	"이의 없으시면 가결되었음을 선포합니다.",
	"수정 의견을 반영하여 조건부로 의결하겠습니다.",
}

// minutes: 위원회 회의록 — an attendance table, a list line of members,
// speaker lines in three house styles, and the signature block.
func (g *gen) minutes() {
	y := g.between(2021, 2025)
	com := pick(g.r, []string{"주민참여예산위원회", "도시계획위원회", "지방보조금심의위원회", "건축위원회", "청소년육성위원회", "인권위원회", "공유재산심의회"})
	n := g.between(3, 7)
	var mem []*person
	for i := 0; i < n; i++ {
		mem = append(mem, g.newPerson())
	}
	chair := mem[0]
	gan := g.staffer(pick(g.r, ranks))
	ex := g.staffer("국장")
	if g.layout == "docx" || g.p(30) {
		g.plainLine(fmt.Sprintf("제%d회 %s 회의록", g.between(1, 40), com))
	} else {
		g.head("minutes", fmt.Sprintf("%d년 제%d차 %s 회의 결과 보고", y, g.between(1, 12), com))
	}
	g.plainLine("1. 회의 개요")
	g.kv("일시", func(string) {
		g.t(g.date(y) + fmt.Sprintf("(%s) %d:00", g.pk("월", "화", "수", "목", "금"), g.between(9, 17)))
	})
	g.kv("장소", func(string) {
		g.neg("facility", g.off.gu+"청 "+g.pk("기획상황실", "3층 소회의실", "별관 대회의실", "구의회 회의실"))
	})
	// attendance: a list line or a table
	if g.p(50) {
		g.t(g.pk("참석자: ", "참석위원 : ", "○ 참석: "))
		g.t("위원장 ")
		g.nm(chair, "attendees", "")
		g.t(", 위원 ")
		for i, m := range mem[1:] {
			if i > 0 {
				g.t(g.pk(", ", "·", ", "))
			}
			g.nm(m, "attendees", "")
		}
		g.t(g.pk(", ", " / ") + "당연직 " + g.pk("위원 ", "") + "행정국장 ")
		g.on(ex)
		g.tf(" (총 %d명)\n", n+1)
	} else {
		g.plainLine("2. 참석위원 명단")
		g.header("구분", "성명", "소속(직위)", "비고")
		g.row(g.tx("위원장"), g.cName(chair, "성명"), g.tx(g.pk("민간위원", "○○대학교 교수", "주민대표")), g.tx(""))
		for _, m := range mem[1:] {
			last := g.tx(g.pk("", "", "서면의결"))
			if g.p(30) {
				m := m
				last = func(pl string) { g.email(m, pl+":이메일") }
			}
			g.row(g.tx("위원"), g.cName(m, "성명"), g.tx(g.pk("민간위원", "변호사", "건축사", "주민대표", "시민단체")), last)
		}
		g.row(g.tx("당연직"), func(string) { g.on(ex) }, g.tx(g.off.gu+" 행정국장"), g.tx(""))
	}
	g.t("간사: " + gan.rank + " ")
	g.on(gan)
	g.nl()
	g.pageMark(1, "")
	g.plainLine("2. 상정 안건")
	for k := 1; k <= g.between(2, 4); k++ {
		g.plainLine(fmt.Sprintf("  %s 제%d호 안건: %s", g.pk("○", "-", "가."), k, pick(g.r, []string{"2025년 주민참여예산 사업 선정(안)", "위원회 운영 세칙 일부 개정(안)", "지방보조사업 성과평가 결과 보고", "도시관리계획(용도지역) 변경 결정(안)", "공유재산 관리계획 변경(안)", "청소년 시설 운영 개선 방안"})))
	}
	g.plainLine("3. 회의 내용")
	style := g.n(3)
	for turn := 0; turn < g.between(6, 14); turn++ {
		m := pick(g.r, mem)
		isChair := m == chair
		role := "위원"
		if isChair {
			role = "위원장"
		}
		switch style {
		case 0:
			g.t("○" + role + "(")
			g.nm(m, "speaker", ")")
			g.t(" ")
		case 1:
			g.t("◯ ")
			g.nm(m, "speaker", " "+role)
			g.t("  ")
		default:
			g.nm(m, "speaker", " "+role+":")
			g.t(" ")
		}
		g.wrapLine(pick(g.r, minutesTalk))
		if g.p(25) {
			g.t("○간사(")
			g.on(gan)
			g.t(") ")
			g.wrapLine(pick(g.r, minutesTalk))
		}
		if g.p(12) {
			o := pick(g.r, mem)
			if o != m {
				g.t("  - ")
				g.nm(o, "prose", "이/가")
				g.wrapLine(" 제기한 의견에 " + g.pk("동의합니다.", "보충하겠습니다.", "공감합니다."))
			}
		}
	}
	g.plainLine("4. 의결 결과")
	g.t("  ○ 제1호 안건: ")
	g.stat(fmt.Sprintf("재적 %d명 중 출석 %d명, 찬성 %d명", n+2, n+1, n))
	g.t("으로 원안 가결\n")
	if g.p(60) {
		g.plainLine("위 회의 내용이 사실과 다름없음을 확인합니다.")
		g.plainLine(g.date(y))
		g.t(g.label("위원장") + "\t")
		g.nm(chair, "sign", "\t(서명)")
		g.nl()
		if g.p(50) {
			g.t("이름: ")
			g.nm(mem[len(mem)-1], "kv.colon:이름", "")
			g.t(g.pk("  (서명)", "\t(인)", ""))
			g.nl()
		}
	}
	if g.p(50) {
		g.foot()
	}
}

// subsidy: 보조금·지원금 지급 명단 — a roster table as each source
// delivers it, with a six-digit birth code column and accounts.
func (g *gen) subsidy() {
	y := g.between(2021, 2025)
	prog := pick(g.r, []string{"에너지바우처 추가 지원금", "소상공인 임차료 지원금", "청년 월세 특별지원", "출산양육지원금", "어르신 교통비 지원", "재해 위로금", "저소득층 긴급생계비"})
	g.head("subsidy", fmt.Sprintf("%d년 %s 지급 결정 및 지급 의뢰", y, prog))
	g.sections("subsidy", y)
	g.wrapLine(fmt.Sprintf("1. 관련: %s", g.statute()))
	g.wrapLine(fmt.Sprintf("2. %d년 %s 신청자에 대한 자격 확인 결과를 붙임과 같이 지급 결정하고 지급을 의뢰합니다.", y, prog))
	g.t("  가. 지급 대상: ")
	g.stat(fmt.Sprintf("%d명", g.between(3, 40)))
	g.nl()
	g.t("  나. 지급 금액: ")
	g.neg("amount", "총 "+g.amount(100, 9000))
	g.nl()
	g.t("  다. 예산 과목: ")
	g.neg("budget_code", fmt.Sprintf("%s-%s-%s", g.digits(4), g.digits(3), g.digits(3)))
	g.t(" " + g.pk("사회복지 > 기초생활보장", "지역경제 > 소상공인지원", "주택 > 주거복지") + "\n")
	g.plainLine("붙임  지급 대상자 명단 1부.  끝.")
	g.nl()
	g.plainLine("[붙임] " + prog + " 지급 대상자 명단")
	wide := g.p(50)
	card := strings.Contains(prog, "교통비") || strings.Contains(prog, "바우처") || g.p(20)
	if wide && card {
		g.header("연번", "성명", "생년월일", "주소", "카드사", "카드번호", "충전액")
	} else if wide {
		g.header("연번", "성명", "생년월일", "주소", "은행", "계좌번호", "지급액")
	} else {
		g.header("순번", "동", "성명", "생년월일", "지급액", "비고")
	}
	for i := 1; i <= g.between(4, 16); i++ {
		p := g.newPerson()
		amt := g.amount(10, 300)
		if wide {
			g.row(g.tx(fmt.Sprint(i)), g.cName(p, "성명"), g.cBirth(p), g.cAddr(), func(pl string) {
				if g.clean {
					g.t(pick(g.r, banks) + "\t***")
					return
				}
				if card {
					g.t(g.pk("NH", "신한", "KB", "비씨") + "\t")
					g.card(pl + ":카드번호")
					return
				}
				b := pick(g.r, banks)
				g.neg("bank", b)
				g.t("\t")
				g.item(tAccount, pl+":계좌번호", g.digits(3)+"-"+g.digits(2)+"-"+g.digits(6))
			}, g.cNeg("amount", amt))
		} else {
			g.row(g.tx(fmt.Sprint(i)), g.tx(pick(g.r, g.off.dongs)), g.cName(p, "성명"), g.cBirth(p), g.cNeg("amount", amt), g.tx(g.pk("", "", "대리수령", "계좌변경")))
			if (g.layout == "hwp" || g.layout == "hwpx") && g.p(30) {
				// the 비고 cell's second paragraph: a continuation line
				q := g.newPerson()
				g.t("\t\t\t\t\t(대리인 ")
				g.nm(q, "table.cont:대리인", ", "+g.pk("자녀", "배우자", "형제"))
				g.t(")\n")
			}
		}
		if i%9 == 0 {
			g.pageMark(i/9+1, "지급 대상자 명단")
		}
	}
	g.t("합계\t\t\t\t")
	g.stat(fmt.Sprintf("%d명", g.between(4, 16)))
	g.nl()
	if g.p(40) && !g.clean {
		g.plainLine("※ 계좌 변경 신청자")
		p := g.newPerson()
		g.t("  - ")
		g.nm(p, "list", ": ")
		g.account("list:계좌번호")
		g.t(g.pk(" (본인 명의)", "", " → 변경 완료"))
		g.nl()
	}
	if g.p(50) {
		g.plainLine("※ 향후 계획")
		g.para(plans, g.between(1, 3))
	}
	g.foot()
}

// disposition: 행정처분 사전통지서 and 공시송달 공고.
func (g *gen) disposition() {
	y := g.between(2021, 2025)
	if g.p(55) {
		act := pick(g.r, []string{"영업정지 1개월", "과태료 부과", "건축물 원상복구 명령", "이행강제금 부과", "자동차 운행정지", "개발부담금 부과"})
		g.head("disposition", "행정처분 사전통지서("+act+")")
		g.sections("disposition", y)
		g.statuteNeg()
		g.plainLine("에 따라 우리 구에서 하고자 하는 처분의 내용을 통지하오니 의견을 제출하여 주시기 바랍니다.")
		g.plainLine(g.pk("1. 예정된 처분의 제목", "□ 처분의 제목") + "\t" + act)
		p := g.newPerson()
		g.plainLine("2. 당사자")
		if g.flatForm() {
			g.flat(fld{"성명(명칭)", func(pl string) { g.nm(p, pl, "") }}, fld{"생년월일", func(pl string) { g.birth(p, pl, false) }}, fld{"주소", func(pl string) { g.address(pl) }})
		} else {
			g.t(g.label("성명") + "\t")
			g.nm(p, g.tp()+":성명", "")
			g.t("\t" + g.label("생년월일") + "\t")
			g.birth(p, g.tp()+":생년월일", false)
			g.nl()
			g.t(g.label("주소") + "\t")
			g.address(g.tp() + ":주소")
			g.nl()
			if g.p(30) {
				g.t(g.label("전화") + "\t")
				g.landline(g.tp() + ":전화")
				g.t("\t" + g.label("휴대전화") + "\t")
				g.mobile(g.tp() + ":휴대전화")
				g.nl()
			}
		}
		g.plainLine("3. 처분하고자 하는 원인이 되는 사실")
		if strings.Contains(act, "자동차") || g.p(30) {
			g.t("  ○ 위반 차량 ")
			g.plate("prose:차량")
			g.t(g.pk(" 소유자 ", "의 소유자인 "))
			g.nm(p, "prose", g.pk("은/는 ", "이/가 ", ")이 "))
			g.wrapLine(g.date(y) + " 자동차 검사 기간 경과 후 " + fmt.Sprint(g.between(30, 400)) + "일이 지나도록 검사를 받지 아니함")
		} else {
			g.wrapLine("  ○ " + g.date(y) + " 현장 점검 결과 " + g.pk("무단 용도변경(근린생활시설→주택)", "유통기한 경과 제품 보관", "무허가 증축 32㎡", "신고 없는 영업장 면적 변경") + "이 확인됨")
		}
		g.t("   ※ 위 사실은 ")
		g.nm(p, "prose", "에게 ")
		g.t(g.pk("현장에서 고지하였으며 확인서를 받음", "우편으로 안내하였으나 반송됨", "유선으로 안내함") + "\n")
		g.plainLine("4. 처분하려는 내용: " + act)
		g.plainLine("5. 법적 근거: " + g.statute())
		g.plainLine("6. 의견제출 기한: " + g.date(y) + "까지")
		g.plainLine("   ※ 기한 내 의견을 제출하지 아니하면 의견이 없는 것으로 봅니다.")
		if g.p(50) {
			g.t("7. 송달 주소 변경 시 연락처: ")
			g.mobile("prose:연락처")
			g.nl()
		}
		g.foot()
		return
	}
	g.head("disposition", "공시송달 공고")
	g.sections("disposition", y)
	g.wrapLine(fmt.Sprintf("「행정절차법」 제14조제4항에 따라 다음 처분 통지서를 주소불명 또는 수취인부재로 송달할 수 없어 공시송달합니다."))
	g.plainLine("1. 공고 기간: " + g.date(y) + " ~ " + g.date(y) + "(14일간)")
	g.plainLine("2. 공시송달 대상")
	veh := g.p(50)
	lic := veh && g.p(35)
	if lic {
		g.header("연번", "차량번호", "성명", "운전면허번호", "주소", "위반일자", "과태료")
	} else if veh {
		g.header("연번", "차량번호", "성명", "주소", "위반일자", "과태료")
	} else {
		g.header("연번", "성명", "생년월일", "주소", "처분 내용", "반송 사유")
	}
	for i := 1; i <= g.between(3, 12); i++ {
		p := g.newPerson()
		if veh {
			if lic {
				g.row(g.tx(fmt.Sprint(i)), func(pl string) { g.plate(pl + ":차량번호") }, g.cName(p, "성명"), func(pl string) { g.licence(pl + ":운전면허번호") }, g.cAddr(), g.tx(g.date(y)), g.cNeg("amount", commas(g.between(4, 30)*10000)))
				continue
			}
			g.row(g.tx(fmt.Sprint(i)), func(pl string) { g.plate(pl + ":차량번호") }, g.cName(p, "성명"), g.cAddr(), g.tx(g.date(y)), g.cNeg("amount", commas(g.between(4, 30)*10000)))
		} else {
			g.row(g.tx(fmt.Sprint(i)), g.cName(p, "성명"), g.cBirth(p), g.cAddr(), g.tx(g.pk("과태료 부과", "이행강제금 부과", "원상복구 명령")), g.tx(g.pk("수취인불명", "폐문부재", "이사불명")))
		}
	}
	g.plainLine("3. 열람 장소: " + g.off.gu + "청 " + g.dept)
	g.plainLine("4. 공고 기간이 지난 날부터 14일이 경과한 때에 송달의 효력이 발생합니다.")
	g.plainLine(g.date(y))
	g.plainLine(g.off.head())
	if g.p(50) {
		g.foot()
	}
}

var briefingQ = []string{"공사 기간 중 통학로 안전 대책이 있습니까?", "보상 기준은 언제 공개됩니까?", "주차장 부족 문제는 어떻게 해결합니까?", "소음 측정 결과를 주민에게 공개해 주십시오.", "사업 완료 후 관리 주체는 누구입니까?", "상가 영업 손실은 어떻게 보전됩니까?"}
var briefingA = []string{"공사 구간에 안전요원을 상시 배치하겠습니다.", "감정평가가 끝나는 대로 개별 통지할 예정입니다.", "인근 공영주차장을 임시 개방하겠습니다.", "측정 결과는 구 홈페이지에 매월 게시하겠습니다.", "준공 후에는 구에서 직접 관리합니다."}

// briefing: 주민설명회 결과 — Q&A with residents and a sign-in sheet.
func (g *gen) briefing() {
	y := g.between(2021, 2025)
	prj := pick(g.r, []string{"신림선 역세권 도시재생", "봉천천 생태하천 복원", "공영주차장 건립", "노후 하수관로 정비", "어린이공원 재조성", "재개발 정비구역 지정"})
	g.head("briefing", prj+" 사업 주민설명회 개최 결과 보고")
	g.sections("briefing", y)
	g.plainLine("1. 개요")
	g.kv("일시", func(string) { g.t(g.date(y) + " 19:00~21:00") })
	g.kv("장소", func(string) {
		g.neg("facility", pick(g.r, g.off.dongs)+" 주민센터 "+g.pk("3층 강당", "다목적실"))
	})
	g.t(g.label("참석") + "\t")
	g.stat(fmt.Sprintf("주민 %d명, 구의원 %d명, 관계 공무원 %d명", g.between(20, 150), g.between(1, 3), g.between(3, 9)))
	g.nl()
	g.plainLine("2. 주요 질의 및 답변")
	for i := 0; i < g.between(3, 7); i++ {
		p := g.newPerson()
		switch g.n(3) {
		case 0:
			g.t("  ○ 질의(")
			g.nm(p, "prose", ", "+pick(g.r, g.off.dongs)+")")
			g.t(": ")
		case 1:
			g.t("  ○ 주민 ")
			g.nm(p, "prose", g.pk("(", " ("))
			if g.p(30) {
				g.email(p, "prose:이메일")
			} else {
				g.mobile("prose:연락처")
			}
			g.t("): ")
		default:
			g.t("  - ")
			g.nm(p, "prose", g.pk(" 씨", "씨", " 님"))
			g.t(": ")
		}
		g.wrapLine(pick(g.r, briefingQ))
		g.wrapLine("    → (답변) " + pick(g.r, briefingA))
	}
	g.plainLine("3. 향후 계획")
	g.para([]string{"제기된 의견은 실시설계에 반영 여부를 검토하여 회신", "추가 설명회는 권역별로 2회 개최", "주민협의체를 구성하여 정기 회의 개최"}, g.between(2, 4))
	g.pageMark(2, "")
	g.plainLine("[붙임] 참석자 명부")
	g.header("번호", "성명", "주소(동)", "연락처", "서명")
	for i := 1; i <= g.between(4, 14); i++ {
		p := g.newPerson()
		addr := g.tx(pick(g.r, g.off.dongs))
		if g.p(40) {
			addr = g.cAddr()
		}
		g.row(g.tx(fmt.Sprint(i)), g.cName(p, "성명"), addr, g.cMobile(), g.tx(g.pk("(서명)", "", "서명")))
		if (g.layout == "hwp" || g.layout == "hwpx") && !g.clean && g.p(15) {
			// a second number typed under the first in the same cell
			g.t("\t\t\t")
			g.landline("table.cont:연락처")
			g.t("\t\n")
		}
	}
	g.foot()
}
