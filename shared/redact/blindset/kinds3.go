package blindset

import (
	"fmt"
	"strings"
)

// --- 15. 학교 밖 청소년 연계 ---

func (g *gen) school(level string) string {
	d := districts[g.r.IntN(len(districts))]
	stem := strings.TrimSuffix(strings.TrimSuffix(g.pick(d.dongs), "동"), "1가")
	return "서울" + stem + level
}

func buildYouth(g *gen) {
	o := g.offs
	if g.clean {
		g.letterHead(g.T("수신자 참조"), "학교 밖 청소년 검정고시 대비반 운영 안내")
		g.line("1. 학교 밖 청소년의 학업 복귀를 지원하기 위하여 검정고시 대비반을 다음과 같이 운영하오니 대상 청소년에게 안내하여 주시기 바랍니다.")
		g.kv("기간", func() { g.date(g.now.add(14)); g.w(" ~ "); g.date(g.now.add(100)) })
		g.kv("장소", func() { g.publicPlace() })
		g.kv("대상", func() {
			g.w("관내 학교 밖 청소년 (")
			g.neg(nAge, "만 9세")
			g.w(" ~ ")
			g.neg(nAge, "만 24세")
			g.w(")")
		})
		g.kv("문의", func() {
			g.w("청소년상담복지센터 ")
			g.neg(nCompanyTel, "02-"+g.pattern("2999")+"-"+g.digits(4))
		})
		g.w("2. 참가비는 무료이며, 교재비 ")
		g.amount(g.n(1, 5) * 10000)
		g.line("은 센터에서 지원합니다.  끝.")
		g.letterFoot(o, g.now)
		return
	}
	y := g.newPerson(13, 18)
	guardian := g.newPerson(38, 60)
	level := "고등학교"
	if y.birth.age(g.now) < 16 {
		level = "중학교"
	}
	sch := g.school(level)
	given := func() {
		if len([]rune(y.given)) > 1 {
			g.nameStyle(y, "given")
		} else {
			g.nameStyle(y, "plain")
		}
	}
	teacher := g.newOfficial("상담교사")
	hon := "군"
	if !y.male {
		hon = "양"
	}
	minor := []string{"minor"}
	body := func() {
		g.with(minor, func() {
			g.kv("성명", func() { g.name(y); g.w(" (" + map[bool]string{true: "남", false: "여"}[y.male] + ")") })
			g.kv("생년월일", func() { g.birth(y) })
			g.kv("학적", func() {
				g.neg(nPlace, sch)
				g.w(fmt.Sprintf(" %d학년 자퇴(", g.n(1, 2)))
				g.date(g.now.add(-g.n(20, 200)))
				g.w(")")
			})
			g.kv("주소", func() { g.addr(y) })
			g.kv("본인 연락처", func() { g.mobile(y) })
		})
		g.kv("보호자", func() {
			g.name(guardian)
			g.w(" (" + g.pick([]string{"부", "모", "조모"}) + ") ")
			g.mobile(guardian)
		})
		g.kv("의뢰 사유", func() {
			g.with(append(minor, "health"), func() {
				given()
				g.w(" " + hon + josa(hon, "은/는") + " ")
				g.w(g.pick([]string{"학교폭력 피해 이후 우울감과 불면을 호소", "공황장애 진단 후 등교 거부", "ADHD 치료 중단 후 결석 누적", "가정 형편으로 아르바이트를 하며 결석 누적"}))
				g.w("하여 ")
				g.word("상담")
				g.w("을 원함.")
			})
		})
	}
	if g.src == "email" {
		g.w("보낸 사람: ")
		g.off(teacher)
		g.w(" <")
		g.neg(nOfficeMail, strings.Split(teacher.email, "@")[0]+"@sen.go.kr")
		g.line(">")
		g.w("받는 사람: " + g.org.dept + " <")
		g.neg(nOfficeMail, o.drafter.email)
		g.line(">")
		g.line("제목: [학교 밖 청소년 연계] 자퇴 학생 지원 의뢰")
		g.nl()
		g.line("안녕하십니까.")
		g.w("")
		g.neg(nPlace, sch)
		g.w(" ")
		g.pos(teacher.pos)
		g.w(" ")
		g.off(teacher)
		g.line("입니다.")
		g.w("「학교 밖 청소년 지원에 관한 법률」 ")
		g.neg(nStatute, "제15조")
		g.line("에 따라 보호자 동의를 받아 아래 학생을 연계 의뢰합니다.")
		g.nl()
		body()
		g.nl()
		g.w("보호자께서는 ")
		g.with(minor, func() { given(); g.w(" " + hon) })
		g.line("이 센터 프로그램에 참여하기를 희망하십니다. 확인 부탁드립니다.")
		g.nl()
		g.line("--")
		g.w("")
		g.off(teacher)
		g.w(" 드림 / ")
		g.neg(nOfficePhone, "02-"+g.pattern("2999")+"-"+g.digits(4))
		g.nl()
		g.filed()
		return
	}
	g.letterHead(g.T("청소년상담복지센터장"), "학교 밖 청소년 지원 연계 의뢰")
	g.w("1. ")
	g.statute("학교 밖 청소년 지원에 관한 법률", "제15조")
	g.line("에 따라 아래 청소년을 학교 밖 청소년 지원센터에 연계 의뢰합니다.")
	body()
	g.w("2. 의뢰 기관 담당: ")
	g.neg(nPlace, sch)
	g.w(" ")
	g.pos(teacher.pos)
	g.w(" ")
	g.off(teacher)
	g.nl()
	g.w("3. 센터에서는 ")
	g.with(minor, func() { given(); g.w(" " + hon) })
	g.line("에게 1:1 상담과 검정고시 학습 지원을 제공하여 주시기 바랍니다.  끝.")
	g.letterFoot(o, g.now)
}

// --- 16. 감염병 역학조사 ---

var diseases = []string{"결핵", "홍역", "세균성이질", "레지오넬라증", "A형간염", "엠폭스", "쯔쯔가무시증"}

func buildEpi(g *gen) {
	o := g.offs
	dis := g.pick(diseases)
	onset := g.now.add(-g.n(5, 14))
	if g.clean {
		g.letterHead(g.T("내부결재"), dis+" 환자 발생에 따른 역학조사 결과 공개")
		g.w("1. ")
		g.statute("감염병의 예방 및 관리에 관한 법률", "제34조의2")
		g.line("에 따라 감염병 환자의 이동 경로 등을 공개합니다. 성별, 나이, 거주지 등 개인을 특정할 수 있는 정보는 공개하지 않습니다.")
		t := &table{head: []string{"일자", "장소", "시간", "소독 여부"}}
		for i := 0; i < g.n(2, 5); i++ {
			d := onset.add(-i)
			g.row(t, func() { g.date(d) }, func() { g.publicPlace() }, g.T(fmt.Sprintf("%02d:%02d~%02d:%02d", g.n(8, 12), g.n(0, 59), g.n(13, 20), g.n(0, 59))), g.T("완료"))
		}
		g.table(t)
		g.w("2. 해당 장소 방문자는 ")
		g.neg(nPlace, g.org.short+"보건소")
		g.w(" 선별진료소(")
		g.neg(nOfficePhone, g.officePhone())
		g.line(")로 문의하시기 바랍니다.")
		g.letterFoot(o, g.now)
		return
	}
	p := g.newPerson(8, 85)
	work := g.newCompany()
	h := []string{"health"}
	if p.birth.age(g.now) < 19 {
		h = append(h, "minor")
	}
	g.letterHead(g.T("내부결재"), dis+" 환자 역학조사 결과 보고")
	g.w("1. ")
	g.date(onset)
	g.w(" 신고된 " + dis + " 환자에 대하여 ")
	g.statute("감염병의 예방 및 관리에 관한 법률", "제18조")
	g.line("에 따른 역학조사를 실시하고 그 결과를 다음과 같이 보고합니다.")
	g.line("가. 환자 정보")
	g.with(h, func() {
		g.kv("성명", func() { g.name(p) })
		g.kv("성별/나이", func() {
			g.w(map[bool]string{true: "남", false: "여"}[p.male] + "/")
			g.neg(nAge, fmt.Sprintf("만 %d세", p.birth.age(g.now)))
		})
		g.kv("생년월일", func() { g.birth(p) })
		g.kv("주소", func() { g.addr(p) })
		g.kv("연락처", func() { g.mobile(p) })
		if p.birth.age(g.now) < 19 {
			g.kv("직업", func() {
				lv := "초등학교"
				if p.birth.age(g.now) >= 13 {
					lv = "중학교"
				}
				g.w("학생 (")
				g.neg(nPlace, g.school(lv))
				g.w(")")
			})
		} else {
			g.kv("직업", func() { g.w("회사원 ("); g.neg(nCompany, work.name); g.w(")") })
		}
		g.kv("증상", g.T(g.pick([]string{"발열, 설사, 복통", "기침 3주 이상, 야간 발한", "발진, 림프절 비대", "발열, 가피"})))
		g.kv("확진일", func() { g.date(onset.add(g.n(1, 3))) })
		if g.chance(0.4) {
			g.kv("해외 방문력", func() {
				g.w(g.pick([]string{"베트남 다낭", "필리핀 세부", "태국 방콕", "몽골 울란바토르"}) + " 체류 후 ")
				g.date(onset.add(-g.n(2, 6)))
				g.w(" 입국 (여권 영문성명 ")
				g.nameStyle(p, "latin")
				g.w(", 여권번호 ")
				g.passport(p)
				g.w(")")
			})
		}
	})
	g.line("나. 주요 동선")
	t := &table{head: []string{"일시", "장소", "이동수단", "접촉 여부"}}
	for i := 0; i < g.n(2, 5); i++ {
		d := onset.add(-i - 1)
		g.row(t, func() { g.date(d) }, func() {
			if g.chance(0.3) {
				g.neg(nCompany, g.newCompany().name)
			} else {
				g.publicPlace()
			}
		}, g.T(g.pick([]string{"도보", "지하철", "버스", "자가용"})), g.T(g.pick([]string{"있음", "없음", "확인 중"})))
	}
	g.table(t)
	g.line("다. 접촉자 현황")
	ct := &table{head: []string{"성명", "관계", "연락처", "조치"}}
	for i := 0; i < g.n(1, 4); i++ {
		c := g.newPerson(5, 80)
		rel := g.pick([]string{"배우자", "자녀", "직장 동료", "모", "동거인"})
		cq := []string{"health"}
		if c.birth.age(g.now) < 19 {
			cq = append(cq, "minor")
		}
		g.with(cq, func() {
			g.row(ct, func() { g.name(c) }, g.T(rel), func() { g.mobile(c) }, g.T(g.pick([]string{"능동감시", "검사 권고", "격리 통지", "잠복결핵 검사"})))
		})
	}
	g.table(ct)
	if g.chance(0.6) {
		g.line("라. 신용카드 사용 내역 확인 (카드사 회신)")
		g.with(h, func() {
			for i := 0; i < g.n(1, 2); i++ {
				g.w("  - ")
				g.in("list", "카드번호", func() { g.card() })
				g.w(" : ")
				g.date(onset.add(-g.n(1, 6)))
				g.w(" ")
				g.neg(nCompany, g.newCompany().name)
				g.w(" ")
				g.amount(g.n(5, 90) * 1000)
				g.nl()
			}
		})
	}
	if g.chance(0.4) {
		g.in("footnote", "", func() {
			g.w("* 접촉자 중 ")
			c := g.newPerson(20, 60)
			g.with([]string{"health"}, func() { g.name(c) })
			g.w("(" + g.pick([]string{"직장 동료", "지인"}) + ")은 연락처가 확인되지 않아 관할 보건소에 주소지 (")
			g.with([]string{"health"}, func() { g.addr(c) })
			g.w(") 확인을 요청함.")
		})
		g.nl()
	}
	g.w("마. 조치 사항: 환자 ")
	g.with(h, func() { g.nameJ(p, "은/는") })
	g.w(" ")
	g.publicPlace()
	g.line(" 인근 병원에 입원 격리 중이며, 직장에 업무 배제를 요청함.")
	g.letterFoot(o, g.now)
}

// --- 17. 정보공개 결정 ---

func jsonEscapeASCII(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}

func buildDisclosure(g *gen) {
	o := g.offs
	var p *person
	var c company
	if g.clean {
		c = g.newCompany()
		c.name = g.pick([]string{"(주)서울일보", "주식회사 한빛방송", "(사)투명사회시민연대", "(주)데이터저널"})
	} else {
		p = g.newPerson(22, 75)
	}
	rno := g.pattern("99999999")
	req := g.now.add(-g.n(5, 10))
	what := g.pick([]string{"최근 3년간 업무추진비 집행 내역", "관내 위반건축물 단속 현황", "○○공원 리모델링 공사 설계도서", "구청 관용차량 운행일지", "위원회 회의록 및 참석 위원 명단"})
	if g.src == "jsonlog" {
		g.line("# open.go.kr 연계 로그 export (민원처리시스템)")
		ip := g.ipValue()
		esc := g.chance(0.3)
		clock := g.n(9*3600, 12*3600)
		day := req
		ev := func(t string, kvs ...func()) {
			clock += g.n(60, 5*3600)
			if clock >= 18*3600 {
				clock = 9*3600 + g.n(0, 3600)
				day = day.add(1)
			}
			g.w(`{"ts":"`)
			g.neg(nDate, day.iso())
			g.f(`T%02d:%02d:%02d+09:00","event":"%s"`, clock/3600, clock/60%60, clock%60, t)
			g.w(`,"req_no":"`)
			g.neg(nReceipt, rno)
			g.w(`"`)
			for _, f := range kvs {
				g.w(",")
				f()
			}
			g.line("}")
		}
		field := func(k string, f func()) func() {
			return func() { g.w(`"` + k + `":"`); g.in("kv", k, f); g.w(`"`) }
		}
		var applicant func()
		if p != nil {
			applicant = field("applicant", func() {
				if esc {
					g.item(tName, jsonEscapeASCII(p.full()), "escaped")
				} else {
					g.name(p)
				}
			})
			ev("request.submit", applicant,
				field("phone", func() { g.item(tMobile, p.mobile, "nosep") }),
				field("email", func() { g.item(tEmail, p.email) }),
				field("client_ip", func() { g.ip(ip) }))
		} else {
			ev("request.submit", func() { g.w(`"applicant":"`); g.neg(nCompany, c.name); g.w(`"`) }, func() { g.w(`"applicant_type":"corporation"`) })
		}
		ev("request.assign", func() { g.w(`"dept":"` + g.org.dept + `","handler":"`); g.off(o.drafter); g.w(`"`) })
		ev("decision.partial", func() {
			g.w(`"basis":"`)
			g.neg(nStatute, "제9조제1항제6호")
			g.w(`","approver":"`)
			g.off(o.approver)
			g.w(`"`)
		})
		if p != nil {
			ev("notice.sent", field("to", func() { g.item(tEmail, p.email) }), func() { g.w(`"channel":"email"`) })
			if g.chance(0.5) {
				ev("file.download", field("client_ip", func() { g.ip(ip) }), func() { g.w(`"ua":"Mozilla/5.0 (Linux; Android 14)"`) })
			}
		}
		return
	}
	if g.src == "webform" {
		g.line("정보공개 청구서 (정보공개포털 접수본)")
		g.w("접수번호: ")
		g.neg(nReceipt, rno)
		g.w("  접수일: ")
		g.neg(nDate, req.iso())
		g.nl()
		if p != nil {
			g.kv("청구인 성명", func() { g.name(p) })
			g.kv("생년월일", func() { g.birth(p) })
			g.kv("주소", func() { g.addr(p) })
			g.kv("전화번호", func() { g.mobile(p) })
			g.kv("전자우편", func() { g.email(p) })
		} else {
			g.kv("청구인(법인명)", func() { g.neg(nCompany, c.name) })
			g.kv("사업자등록번호", func() { g.neg(nBizNo, c.biz) })
			g.kv("주소", func() { g.neg(nCompanyAddr, c.addr) })
			g.kv("전화번호", func() { g.neg(nCompanyTel, c.phone) })
		}
		g.kv("청구 내용", g.T(what))
		g.kv("공개 방법", g.T("전자파일"))
		g.kv("수령 방법", g.T("정보통신망"))
		g.kv("처리기관", g.T(g.org.full+" "+g.org.dept))
		g.filed()
		return
	}
	g.letterHead(func() {
		if p != nil {
			g.nameH(p, "귀하")
		} else {
			g.neg(nCompany, c.name)
			g.w(" 귀하")
		}
	}, "정보 (부분)공개 결정 통지")
	g.w("1. 귀하께서 ")
	g.date(req)
	g.w(" 청구하신 정보(접수번호 ")
	g.neg(nReceipt, rno)
	g.line(")에 대하여 다음과 같이 결정하였음을 알려드립니다.")
	if p != nil {
		g.kv("청구인", func() { g.name(p) })
		g.kv("주소", func() { g.addr(p) })
		if g.chance(0.5) {
			g.kv("전화번호", func() { g.mobile(p) })
		}
		if g.chance(0.6) {
			g.kv("전자우편", func() { g.email(p) })
		}
	}
	g.kv("청구 내용", g.T(what))
	g.kv("결정 내용", g.T("부분공개"))
	g.kv("비공개 내용 및 사유", func() {
		g.w("개인의 성명, 주민등록번호 등 개인에 관한 사항 (")
		g.statute("공공기관의 정보공개에 관한 법률", "제9조제1항제6호")
		g.w(")")
	})
	g.kv("공개 일시", func() { g.date(g.now.add(2)); g.w(" 10:00") })
	g.kv("수수료", func() { g.amount(0); g.w(" (전자파일)") })
	g.w("2. 이 결정에 불복하는 경우 ")
	g.statute("공공기관의 정보공개에 관한 법률", "제18조")
	g.line("에 따라 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.  끝.")
	g.letterFoot(o, g.now)
}

// --- 18. 시민 제안 답변 ---

func buildProposal(g *gen) {
	o := g.offs
	topic := g.pick([]string{"공원 산책로 야간 조명 확충", "버스정류장 온열의자 설치", "어린이보호구역 과속방지턱 추가", "하천변 자전거도로 정비", "경로당 냉방비 지원"})
	place := func() { g.publicPlace() }
	var p *person
	if !g.clean {
		if g.chance(0.15) {
			p = g.newForeigner(25, 60)
		} else {
			p = g.newPerson(20, 78)
		}
	}
	if g.src == "webform" {
		g.line("[시민제안] 제안 등록 내역")
		g.w("제안번호: ")
		g.neg(nReceipt, g.receiptNo())
		g.nl()
		if p != nil {
			g.kv("제안자", func() { g.name(p) })
			g.kv("휴대전화", func() { g.mobile(p) })
			g.kv("이메일", func() { g.email(p) })
			if g.chance(0.5) {
				g.kv("주소", func() { g.addr(p) })
			}
		} else {
			g.kv("제안자", g.T("비공개(익명)"))
		}
		g.kv("제목", g.T(topic))
		g.kv("제안 내용", func() {
			g.w("매일 ")
			place()
			g.w(" 주변을 지나는데 " + topic + josa(topic, "이/가") + " 필요합니다. 특히 밤에 어르신들이 다니기 위험합니다.")
		})
		if p != nil {
			g.kv("등록 IP", func() {
				if g.chance(0.2) {
					g.ip(g.ipv6(), "ipv6")
				} else {
					g.ip("")
				}
			})
		}
		g.w("처리부서: " + g.org.dept + " / 담당 ")
		g.off(o.drafter)
		g.w(" / 결재 ")
		g.off(o.approver)
		g.nl()
		return
	}
	g.w("보낸 사람: " + g.org.full + " <")
	g.neg(nOfficeMail, o.drafter.email)
	g.line(">")
	g.w("받는 사람: ")
	if p != nil {
		g.in("email", "받는사람", func() { g.email(p) })
	} else {
		g.w("제안자")
	}
	g.nl()
	g.w("날짜: ")
	g.neg(nDate, g.now.dot())
	g.nl()
	g.line("제목: RE: [시민제안] " + topic)
	g.nl()
	if p != nil {
		g.nameH(p, "님")
		g.line(", 소중한 제안에 감사드립니다.")
	} else {
		g.line("제안자님, 소중한 제안에 감사드립니다.")
	}
	g.w("제안하신 사항은 ")
	g.date(g.now.add(-g.n(3, 20)))
	g.w(" 현장을 확인한 결과 ")
	place()
	g.w(" 구간에 대하여 ")
	g.neg(nDate, fmt.Sprintf("%d년", g.now.y+1))
	g.w(" 예산(")
	g.amount(g.n(10, 200) * 1000000)
	g.line(")에 반영하여 추진할 예정입니다.")
	g.line("추진 상황은 누리집 시민제안 게시판에서 확인하실 수 있습니다.")
	g.nl()
	g.w(g.org.dept + " ")
	g.offWithPos(o.drafter)
	g.w(" 드림 (")
	g.neg(nOfficePhone, g.officePhone())
	g.line(")")
	g.w("결재: ")
	g.off(o.approver)
	g.nl()
	g.nl()
	if p != nil {
		g.with([]string{"quoted"}, func() {
			g.w("--- 원본 메시지 ---")
			g.nl()
			g.w("> 보낸 사람: ")
			g.in("email", "보낸사람", func() { g.name(p); g.w(" <"); g.email(p); g.w(">") })
			g.nl()
			g.line("> 안녕하세요. " + topic + josa(topic, "을/를") + " 제안합니다.")
			g.w("> 저희 집(")
			g.addr(p)
			g.line(") 앞이 특히 어둡습니다.")
			g.line(">")
			g.w("> ")
			g.in("signature", "", func() { g.name(p) })
			g.w(" 드림 / ")
			g.in("signature", "", func() { g.mobile(p) })
			g.nl()
		})
	}
}

// --- 19. 현장 점검 결과 ---

func buildInspection(g *gen) {
	o := g.offs
	field := g.pick([]string{"식품접객업소 위생", "숙박업소 화재안전", "건설공사장 안전", "공중목욕장 수질"})
	held := g.now.add(-g.n(2, 10))
	g.letterHead(g.T("내부결재"), field+" 현장 점검 결과 보고")
	g.w("1. ")
	g.date(held)
	g.line(" 실시한 " + field + " 현장 점검 결과를 다음과 같이 보고합니다.")
	m := g.newOfficial(g.pick([]string{"위생관리팀장", "안전점검팀장", "지도점검팀장"}))
	g.kv("점검반", func() {
		g.offWithPos(m)
		g.w(", ")
		g.offWithPos(o.drafter)
		g.w(" 외 명예감시원 2명")
	})
	g.kv("근거", func() {
		g.statute(g.pick([]string{"식품위생법", "공중위생관리법", "건설기술 진흥법"}), "제"+fmt.Sprint(g.n(17, 40))+"조")
	})
	t := &table{head: []string{"업소명", "소재지", "대표전화", "사업자등록번호", "점검결과", "조치"}}
	var owner *person
	var ownerShop string
	for i := 0; i < g.n(2, 6); i++ {
		c := g.newCompany()
		bad := g.chance(0.4)
		res, act := "적합", "-"
		if bad {
			res = g.pick([]string{"조리장 위생 불량", "소화기 압력 미달", "안전난간 미설치", "수질기준 초과"})
			act = g.pick([]string{"시정명령", "과태료 부과", "개선 권고"})
		}
		g.row(t, func() { g.neg(nCompany, c.name) }, func() { g.neg(nCompanyAddr, c.addr) }, func() { g.neg(nCompanyTel, c.phone) }, func() { g.neg(nBizNo, c.biz) }, g.T(res), g.T(act))
		if bad && owner == nil && !g.clean {
			owner = g.newPerson(30, 70)
			ownerShop = c.name
		}
	}
	if !g.clean && owner == nil {
		owner = g.newPerson(30, 70)
		ownerShop = g.newCompany().name
	}
	g.table(t)
	if strings.Contains(field, "건설") || g.chance(0.3) {
		g.w("※ 점검 대상 공사: " + g.pick([]string{"보도 정비공사", "하수관로 정비공사", "구립 어린이집 리모델링 공사"}) + " (입찰공고번호 ")
		g.neg(nBid, g.bidNo())
		g.w(", 계약금액 ")
		g.amount(g.n(80, 900) * 1000000)
		g.line(")")
	}
	if owner != nil {
		g.w("2. ")
		g.neg(nCompany, ownerShop)
		g.w(" 점검 시 대표자 ")
		g.name(owner)
		g.w("(")
		g.mobile(owner)
		g.line(")이 입회하였으며, 지적 사항을 7일 이내에 개선하겠다고 확인서를 제출함.")
		g.w("  ")
		g.in("caption", "사진", func() {
			g.w("[사진 1] ")
			g.w("현장 점검 모습 (입회자: 대표 ")
			g.name(owner)
			g.w(")")
		})
		g.nl()
	}
	g.line("3. 지적 업소에 대하여는 이행 여부를 재점검할 예정임.  끝.")
	g.letterFoot(o, g.now)
}

// --- 20. 징계 의결 요구 ---

func buildDisciplinary(g *gen) {
	o := g.offs
	if g.clean {
		g.letterHead(g.T("수신자 참조"), "자체 감사 결과 처분 요구")
		g.w("1. ")
		g.date(g.now.add(-g.n(20, 60)))
		g.line("부터 실시한 정기 감사 결과에 따라 다음과 같이 처분을 요구합니다.")
		c := g.newCompany()
		g.kv("대상 기관", g.T(g.org.short+" "+g.pick([]string{"공원녹지과", "도로과", "청소행정과"})))
		g.kv("처분 요구", g.T("기관 주의"))
		g.kv("지적 사항", func() {
			g.w("수의계약 한도를 초과하여 ")
			g.neg(nCompany, c.name)
			g.w("와 ")
			g.amount(g.n(25, 90) * 1000000)
			g.w(" 상당의 용역계약(입찰공고 ")
			g.neg(nBid, g.bidNo())
			g.w(" 유찰 후 수의계약)을 체결함 (")
			g.statute("지방자치단체를 당사자로 하는 계약에 관한 법률 시행령", "제25조")
			g.w(" 위반)")
		})
		g.line("2. 처분 요구를 받은 날부터 60일 이내에 조치 결과를 제출하여 주시기 바랍니다.  끝.")
		g.letterFoot(o, g.now)
		return
	}
	acc := g.newPerson(28, 58)
	boss := g.newPerson(40, 59)
	q := []string{"disciplinary", "accused"}
	g.letterHead(g.T(g.org.short+" 인사위원회 위원장"), "징계 의결 요구")
	g.w("1. ")
	g.statute("지방공무원법", "제72조")
	g.line(" 및 「지방공무원 징계 및 소청 규정」에 따라 아래 공무원에 대하여 징계 의결을 요구합니다.")
	g.heading("징계 의결 요구서")
	crime := g.chance(0.6)
	cq := q
	if crime {
		cq = append(append([]string(nil), q...), "criminal")
	}
	g.with(cq, func() {
		g.kv("소속", g.T(g.org.short+" "+g.pick([]string{"건설관리과", "세무1과", "청소행정과", "주민센터"})))
		g.kv("직급", g.T(g.pick([]string{"지방행정주사보", "지방시설주사", "지방세무서기", "지방행정주사"})))
		g.kv("성명", func() {
			g.name(acc)
			if _, ok := hanjaName(acc); ok {
				g.w("(")
				g.nameStyle(acc, "hanja")
				g.w(")")
			}
		})
		g.kv("생년월일", func() { g.birth(acc) })
		if g.chance(0.4) {
			g.kv("주소", func() { g.addr(acc) })
		}
		g.kv("징계 혐의", func() {
			if crime {
				d := g.now.add(-g.n(30, 90))
				g.date(d)
				g.w(fmt.Sprintf(" %02d:%02d경 ", g.n(21, 23), g.n(0, 59)))
				g.neg(nPlace, g.pick(parks)+" 앞 도로")
				g.w("에서 혈중알코올농도 0.0" + fmt.Sprint(g.n(31, 99)) + "%의 술에 취한 상태로 자기 소유 승용차(")
				g.plate(g.plateValue())
				g.w(")를 운전하다 적발되어 운전면허(")
				g.licence()
				g.w(")가 취소되고, ")
				g.neg(nCase, fmt.Sprintf("%d고약%d", g.now.y, g.n(1000, 29999)))
				g.w(" 약식명령으로 벌금 ")
				g.amount(g.n(5, 20) * 1000000)
				g.w("을 선고받음")
				return
			}
			g.w("출장 여비 ")
			g.amount(g.n(20, 200) * 10000)
			g.w("를 부당하게 수령하고, 민원인 개인정보를 업무 외 목적으로 조회함")
		})
	})
	g.kv("관련자", func() {
		g.with(q, func() { g.name(boss) })
		g.w(" (당시 팀장, 감독 소홀, 경징계 의견)")
	})
	g.w("2. 혐의자 ")
	g.with(cq, func() { g.nameJ(acc, "은/는") })
	g.line(" 감사 과정에서 사실관계를 인정하였음.")
	g.line("붙임  1. 확인서 1부.  2. 공무원 범죄 처분 결과 통보서 1부.  끝.")
	g.letterFoot(o, g.now)
}
