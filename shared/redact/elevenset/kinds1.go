package elevenset

import "fmt"

func (b *builder) kHealth() {
	title := pick(b.r, []string{"감염병 확진자 역학조사 결과 보고", "결핵 환자 복약 관리 현황 보고", "응급환자 이송 및 병상 배정 결과", "집단 식중독 의심 환자 발생 보고", "고위험군 예방접종 이상반응 신고 처리"})
	b.header(title, b.internalTo())
	b.related(0)
	b.num(2, txt("관내 "), ng("place", pick(b.r, places)), txt(" 등에서 발생한 환자에 대한 조사 결과를 다음과 같이 보고합니다."))
	if b.clean {
		b.num(3, txt("자치구별 발생 현황"))
		b.summary(b.guLabels())
		b.num(4, b.word()...)
		b.num(5, b.duty()...)
		b.contact()
		b.footer([]string{"역학조사 총괄표"})
		return
	}
	ps := b.people(4+b.r.IntN(5), 1935, 2018)
	b.num(3, txt(pick(b.r, []string{"확진자 현황", "환자 명단", "조사 대상자 명단", "이송 환자 현황"})))
	role := pick(b.r, []string{"health", "health"})
	cols := []col{b.cName(role, "성명", "환자명", "확진자", "이름", "환자 성명"), b.cSex()}
	if b.r.IntN(2) == 0 {
		cols = append(cols, b.cBirth(role))
	} else {
		cols = append(cols, b.cRRN(role))
	}
	cols = append(cols, b.cMobile(role))
	if b.r.IntN(2) == 0 {
		cols = append(cols, b.cAddr(role))
	}
	cols = append(cols, b.cFixed([]string{"진단일", "확진일"}, []string{"11. 28.", "12. 1.", "12. 2.", "11. 30."}), b.cFixed([]string{"입원기관", "비고"}, append([]string{"자택격리"}, hospitals...)))
	if b.r.IntN(3) == 0 {
		cols = append(cols, b.cOfficial())
	}
	b.ptable(ps, cols...)
	b.num(4, txt("주요 사항"))
	p, q := ps[0], ps[1]
	b.sub(0, append(append([]seg{txt(pick(b.r, []string{"확진자 ", "환자 ", "", "접촉자 "}))}, b.mention(p, "health")...), txt(" "+pick(b.r, []string{"발열 및 기침 증상으로 선별진료소를 방문하였음.", "증상 발현 후 동거 가족과 접촉한 것으로 확인됨.", "기저질환(당뇨)이 있어 전담병원으로 이송함."})))...)
	g := b.newPerson(1955, 2000)
	b.sub(1, cat([]seg{txt("보호자 ")}, b.name(g, "health"), []seg{txt(pick(b.r, []string{"(자녀, ", "(배우자, ", "(모, "})), b.it("mobile", "health", mobile(b.r)), txt(")에게 결과를 통보하였으며, "), ng("place", pick(b.r, hospitals)), txt(" 입원 절차를 안내함.")})...)
	b.sub(2, cat([]seg{txt("동선 조사 결과 ")}, b.with(q, "health", "의"), []seg{txt(" 거주지(")}, one(b.it("address", "health", address(b.r))), []seg{txt(") 인근 약국을 방문한 것으로 확인됨.")})...)
	b.sub(3, b.duty()...)
	if b.r.IntN(2) == 0 {
		// A colleague who falls ill is a patient, not an official at work:
		// the name is personal data despite the title after it.
		e := b.newPerson(1970, 1998)
		b.sub(4, txt("직원 확진자: "), b.whole(e, "health+offduty"), txt(" "+pick(b.r, []string{"주무관", "행정주사보", "팀장"})+"("+pick(b.r, []string{"총무과", "세무과", "공원녹지과"})+")"+pick(b.r, []string{"은 재택 치료 중이며 업무는 대행자를 지정함.", ", 12. 1.부터 병가 처리"})))
	}
	b.num(5, b.word()...)
	b.contact()
	if b.r.IntN(2) == 0 {
		b.footer([]string{"확진자 동선 조사표", "접촉자 명단"}, b.nameBare(ps[2], "health"), txt(pick(b.r, []string{" 진단서 사본", "_검사결과지", " 입원확인서"})))
		return
	}
	b.footer([]string{"확진자 동선 조사표", "접촉자 명단"})
}

func (b *builder) kWelfare() {
	title := pick(b.r, []string{"긴급복지 생계지원 대상자 결정 및 지급", "기초생활수급자 해산급여 지급", "저소득 위기가구 월동비 지원 대상 확정", "수급자 주거급여 변경 결정"})
	b.header(title, b.internalTo())
	b.related(1 + b.r.IntN(2))
	b.num(2, b.word()...)
	if b.clean {
		b.num(3, txt("지급 내역(자치구별)"))
		b.summary(b.guLabels())
		b.num(4, txt("소요 예산: 금 "), ng("amount", amount(b)), txt("(사회복지사업비 > 긴급복지)"))
		b.contact()
		b.footer([]string{"지급 명세서"})
		return
	}
	ps := b.people(5+b.r.IntN(5), 1938, 1999)
	b.num(3, txt(pick(b.r, []string{"지급 대상자", "수급자 명단 및 지급 내역", "대상자 및 지급계좌"})))
	cols := []col{b.cName("welfare", "수급자", "성명", "대상자", "신청인", "수급자명"), b.cRRN("welfare"), b.cAddr("welfare"), b.cAccount("welfare", b.r.IntN(2) == 0), b.cAmount()}
	if b.r.IntN(2) == 0 {
		cols = append(cols[:3], append([]col{b.cPhone("welfare")}, cols[3:]...)...)
	}
	if b.r.IntN(3) == 0 {
		cols = append(cols, b.cOfficial())
	}
	b.ptable(ps, cols...)
	b.num(4, txt("세부 사항"))
	b.sub(0, cat([]seg{txt("수급자 ")}, b.mention(ps[0], "welfare"), []seg{txt(" 실직 후 소득이 끊겨 "), ng("amount", amount(b)), txt("을 지급하기로 결정함.")})...)
	b.sub(1, cat([]seg{txt("압류 방지를 위해 ")}, b.with(ps[1], "welfare", "의"), []seg{txt(" 배우자 명의 계좌(" + pick(b.r, []string{"신한은행 ", "우리은행 ", "농협 "})), b.it("account", "welfare", func() string { _, a := account(b.r); return a }()), txt(")로 지급함.")})...)
	b.sub(2, b.duty()...)
	if b.r.IntN(2) == 0 {
		b.sub(3, cat([]seg{txt(pick(b.r, []string{"세대원 현황(", "가구원 구성(", "동거 가족("}))}, []seg{b.nameBare(ps[0], "welfare"), txt(pick(b.r, []string{" 세대)", " 가구)", "씨 세대)"}))})...)
		head := ps[0]
		var fam []*person
		rel := []string{"본인"}
		fam = append(fam, head)
		for i := 0; i < 1+b.r.IntN(4); i++ {
			m := b.newPerson(head.bd.y-30, head.bd.y+35)
			if m.bd.y > 2025 {
				m.bd.y = 2025
			}
			if m.bd.y > head.bd.y+15 {
				if m.f == nil && head.f == nil {
					m.sur = head.sur
				}
				rel = append(rel, pick(b.r, []string{"자녀", "자", "녀", "손자", "손녀"}))
			} else {
				rel = append(rel, pick(b.r, []string{"배우자", "모", "부", "형제"}))
			}
			fam = append(fam, m)
		}
		k := 0
		b.ptable(fam, b.cName("welfare", "성명", "가구원", "이름"), col{[]string{"관계", "가구주와의 관계"}, func(p *person) []seg { k++; return one(txt(rel[k-1])) }}, b.cBirth("welfare"),
			b.cFixed([]string{"비고", "근로 여부"}, []string{"", "무직", "학생", "일용직", "-"}))
	}
	b.num(5, txt("지급일: "), ng("date", b.today()))
	b.contact()
	if b.r.IntN(2) == 0 {
		b.footer([]string{"긴급지원 결정 통지서", "지급 명세서"}, txt("수급자("), b.nameBare(ps[len(ps)-1], "welfare"), txt(pick(b.r, []string{") 통장 사본", ") 소득 확인서"})))
		return
	}
	b.footer([]string{"긴급지원 결정 통지서", "지급 명세서"})
}

func (b *builder) kDisability() {
	title := pick(b.r, []string{"장애인 활동지원 급여 변경 결정", "중증장애인 보조기기 지원 대상자 선정", "발달장애인 주간활동 서비스 이용자 확정", "장애인 콜택시 이용 등록 처리"})
	b.header(title, b.internalTo())
	b.related(3)
	if b.clean {
		b.num(2, txt("지원 현황"))
		b.summary([]string{"지체", "시각", "청각", "지적", "자폐성", "뇌병변"})
		b.num(3, b.word()...)
		b.contact()
		b.footer(nil)
		return
	}
	ps := b.people(3+b.r.IntN(5), 1950, 2015)
	b.num(2, txt("대상자 현황"))
	cols := []col{b.cName("health", "장애인 성명", "성명", "이용자", "대상자"), b.cBirth("health"),
		b.cFixed([]string{"장애유형", "장애정도"}, []string{"지체(심한)", "시각(심한)", "지적", "자폐성", "뇌병변(심하지 않은)"}), b.cMobile("health")}
	if b.r.IntN(2) == 0 {
		cols = append(cols, col{[]string{"보호자", "보호자(관계)"}, func(p *person) []seg {
			g := b.newPerson(1950, 1995)
			return append(b.name(g, "health"), txt(pick(b.r, []string{"(모)", "(부)", "(배우자)", ""})))
		}})
	}
	b.ptable(ps, cols...)
	b.num(3, txt("결정 사유"))
	b.sub(0, cat([]seg{txt("장애인 ")}, b.mention(ps[0], "health"), []seg{txt(" 최근 재판정 결과 장애정도가 변경되어 급여량을 조정함.")})...)
	aide := b.newPerson(1960, 1995)
	b.sub(1, cat([]seg{txt("활동지원사 ")}, b.name(aide, ""), []seg{txt("(연락처 "), b.it("mobile", "", mobile(b.r)), txt(")를 새로 연계함.")})...)
	b.sub(2, b.duty()...)
	b.contact()
	b.footer([]string{"급여 변경 결정 통지서"})
}

func (b *builder) kChildcare() {
	title := pick(b.r, []string{"어린이집 안전사고 처리 결과 보고", "국공립어린이집 입소 대기 아동 배정", "아동급식카드 발급 대상 아동 확정", "아동 보호조치 결과 보고"})
	b.header(title, b.internalTo())
	b.related(4)
	if b.clean {
		b.num(2, txt("어린이집 유형별 현황"))
		b.summary([]string{"국공립", "민간", "가정", "직장", "협동"})
		b.num(3, b.word()...)
		b.num(4, b.duty()...)
		b.contact()
		b.footer([]string{"사고 처리 지침"})
		return
	}
	kids := b.people(3+b.r.IntN(5), 2019, 2024)
	b.num(2, txt(pick(b.r, []string{"대상 아동", "아동 현황", "배정 결과"})))
	b.ptable(kids, b.cName("minor", "아동명", "성명", "아동 성명", "원아명"), b.cBirth("minor"),
		col{[]string{"보호자", "보호자 성명", "부모"}, func(p *person) []seg {
			g := b.newPerson(1980, 1996)
			g.sur = p.sur
			return b.name(g, "")
		}}, b.cMobile("", "보호자 연락처", "연락처", "비상연락처"))
	k := kids[0]
	suffix := pick(b.r, []string{" 군이", " 양이", "(만 " + fmt.Sprint(2026-k.bd.y) + "세) 아동이", " 어린이가", "군이"})
	b.num(3, txt("사고 경위"))
	b.sub(0, txt("원생 "), b.plain("name", "minor+title", k.full()), txt(suffix+pick(b.r, []string{" 놀이터 미끄럼틀에서 넘어져 ", " 급식 중 알레르기 반응을 보여 "})), ng("place", pick(b.r, []string{"서울특별시 어린이병원", "보라매병원", "서울의료원"})), txt(" 응급실로 이송됨."))
	b.sub(1, cat([]seg{txt("보호자 ")}, b.given(b.newPerson(1982, 1995), "minor", "topic"), []seg{txt(" 면담에서 원장에게 재발 방지를 요구하였음.")})...)
	b.sub(2, b.duty()...)
	g := b.newPerson(1980, 1995)
	b.talk(g, pick(b.r, []string{"보호자", "어머니", "아버지", "학부모"}), "minor", []string{"아이가 다친 걸 하원 때서야 알았습니다.", "사고 당시 보육교사 2명이 함께 있었습니다.", "치료비는 어떻게 처리되나요?", "어린이집 배상보험으로 처리하도록 안내하겠습니다."})
	b.num(4, txt("조치 계획: 해당 어린이집 "), ng("place", pick(b.r, []string{"은평구청", "노원구청"})), txt(" 보육팀과 합동 점검 실시"))
	b.contact()
	b.footer([]string{"안전사고 보고서", "보호자 면담 기록"})
}

func (b *builder) kSchool() {
	title := pick(b.r, []string{"저소득층 학생 장학금 지급 대상자 선정", "꿈나무 장학생 추천 결과", "학교 밖 청소년 교육비 지원 결정", "대학생 학자금 이자 지원 대상 확정"})
	b.header(title, b.internalTo())
	b.related(14)
	b.num(2, b.word()...)
	if b.clean {
		b.num(3, txt("학교급별 선정 현황"))
		b.summary([]string{"초등학교", "중학교", "고등학교", "대학교", "학교 밖"})
		b.contact()
		b.footer([]string{"선정 기준"})
		return
	}
	ps := b.people(5+b.r.IntN(5), 2008, 2018)
	b.num(3, txt("선정 대상 학생"))
	cols := []col{b.cName("minor", "학생명", "성명", "이름", "학생 성명"),
		b.cFixed([]string{"학교", "학교명"}, []string{"서울상계초", "신림중", "은평고", "마포중", "가양초", "송파공고"}),
		b.cFixed([]string{"학년", "학년/반"}, []string{"3", "5학년", "2-3", "1학년 4반"}), b.cBirth("minor")}
	if b.r.IntN(2) == 0 {
		cols = append(cols, b.cAccount("minor", true))
	} else {
		cols = append(cols, b.cMobile("minor", "보호자 연락처", "학부모 연락처"))
	}
	b.ptable(ps, cols...)
	b.num(4, txt("특기 사항"))
	k := ps[0]
	b.sub(0, txt(pick(b.r, []string{"학생 ", "", "추천 학생 "})), b.plain("name", "minor+title", k.full()), txt(pick(b.r, []string{" 학생은 ", " 군은 ", " 양은 "})+"조손가정으로 담임교사의 추천을 받았음."))
	b.sub(1, cat(b.mention(ps[1], "minor"), []seg{txt(" 가정 형편이 " + pick(b.r, []string{"어려워", "급격히 악화되어"}) + " 우선 선정함.")})...)
	b.sub(2, b.duty()...)
	b.contact()
	b.footer([]string{"장학생 추천서", "선정 심사표"})
}
