package ninthset

import "fmt"

// ---- 계약 현황 (업체와 개인 강사) ----

var courses = []string{"생활요가 교실", "어르신 스마트폰 활용 교육", "청소년 코딩 캠프", "주민 바리스타 과정", "한국어 회화반(초급)",
	"민화 그리기 강좌", "우쿨렐레 교실", "생활 법률 특강", "원예치료 프로그램", "자녀 진로 코칭", "수어 기초반", "탁구 교실"}

var works = []string{"구청사 냉난방기 정비 용역", "가로수 전정 작업", "주민센터 청소 용역", "보도 정비공사", "홍보물 인쇄",
	"전산장비 유지보수", "CCTV 설치공사", "공원 화장실 리모델링", "재난안전 컨설팅 용역", "행사 무대 설치"}

func contract(b *builder) {
	r := b.r
	b.startDoc([]string{"재무과", "계약팀", "평생학습과", "문화체육과", "총무과"})
	if chance(r, 3) {
		lecturerContract(b)
		return
	}
	year := 2023 + r.IntN(4)
	b.header(b.recvInternal(), fmt.Sprintf("%d년 %d분기 계약 현황 공개", year, 1+r.IntN(4)))
	b.w(numbered(0, 0), "관련: ")
	b.put("prose", "", negp("statute", "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제"+fmt.Sprint(5+r.IntN(30))+"조"))
	b.w("\n", numbered(0, 1), pick(r, []string{"우리 구 계약 현황을 다음과 같이 공개하고자 합니다.", "분기별 수의계약 및 강사 위촉 계약 현황을 아래와 같이 보고합니다."}), "\n")
	b.say("prose", numbered(1, 0), "입찰공고번호: ", b.bidno(), " 외 ", negp("count", fmt.Sprintf("%d건", 1+r.IntN(12))), "\n")
	b.say("prose", numbered(1, 1), "계약 총액: ", b.amount(), "\n\n")
	layout := r.IntN(2)
	var head []string
	if layout == 0 {
		head = []string{"연번", "계약명", "계약방법", "계약상대자", "사업자번호/생년월일", "계약금액", "계약기간"}
	} else {
		head = []string{"No", "건명", "상대방", "등록번호", "연락처", "금액"}
	}
	var rows [][]cell
	var lecturers []*person
	nrows := 3 + r.IntN(5)
	for k := 0; k < nrows; k++ {
		period := negp("period", fmt.Sprintf("%d.%d.%d.~%d.%d.%d.", year, 1+r.IntN(6), 1+r.IntN(28), year, 7+r.IntN(6), 1+r.IntN(28)))
		if b.clean || (chance(r, 2) && (k < nrows-1 || len(lecturers) > 0)) {
			w := pick(r, works)
			if layout == 0 {
				rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), litc(w), litc(pick(r, []string{"수의계약", "제한경쟁", "일반경쟁", "협상에 의한 계약"})), {b.company()}, {b.bizno()}, {b.amount()}, {period}})
			} else {
				reg := b.bizno()
				if chance(r, 2) {
					reg = b.corpno()
				}
				rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), litc(w), {b.company()}, {reg}, {b.officePhoneOf()}, {b.amount()}})
			}
			continue
		}
		p := b.newPerson(chance(r, 8))
		lecturers = append(lecturers, p)
		c := pick(r, courses) + pick(r, []string{" 강사", " 강사 위촉", " 운영"})
		if layout == 0 {
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), litc(c), litc("수의계약(개인)"), {b.name(p, p.foreign && chance(r, 2))}, {b.birth(p, chance(r, 2))}, {b.amount()}, {period}})
		} else {
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), litc(c), {b.name(p, false), lit(pick(r, []string{" (개인)", "", " 강사"}))}, {b.regno(p)}, {b.mobile()}, {b.amount()}})
		}
	}
	b.table(head, rows)
	if len(lecturers) > 0 {
		p := pick(r, lecturers)
		b.w("\n")
		switch r.IntN(3) {
		case 0:
			bank, acct := b.account()
			b.say("prose", "※ 강사료 지급 계좌: ", bank, " ", acct, " (예금주 ", b.name(p, false), ")\n")
		case 1:
			b.say("prose", "※ ", b.nameWith(p, false, "은/는", " 강사는"), " 기존 강사의 사정으로 ", b.date(), "부터 대체 위촉함.\n")
		default:
			b.say("prose", "※ 강사 ", b.name(p, false), "(", b.email(p), ")에게 위촉장 송부 예정\n")
		}
	}
	b.attachments(cell{lit("계약 현황 세부 내역")}, cell{lit("수의계약 사유서")})
	b.signoff()
}

// officePhoneOf is a company's or a centre's representative number:
// public.
func (b *builder) officePhoneOf() piece {
	r := b.r
	return negp("company_phone", pick(r, []string{"1588-", "1577-", "1644-", "1661-", "1899-"})+digits(r, 4))
}

// ---- 고발 ----

var offences = []struct{ law, fact string }{
	{"폐기물관리법", "허가 없이 사업장 폐기물 약 %d톤을 공터에 무단 투기"},
	{"건축법", "허가를 받지 아니하고 옥상에 %d제곱미터 규모의 가설건축물을 증축"},
	{"식품위생법", "영업 신고를 하지 아니하고 %d일간 음식점 영업을 계속"},
	{"하천법", "하천 구역 내에 허가 없이 %d미터 길이의 펜스를 설치하여 점용"},
	{"국토의 계획 및 이용에 관한 법률", "개발행위허가 없이 임야 %d제곱미터의 형질을 변경"},
	{"보조금 관리에 관한 법률", "허위 증빙으로 보조금 %d만원을 부정 수급"},
}

func criminal(b *builder) {
	r := b.r
	b.startDoc([]string{"자원순환과", "건축과", "위생과", "치수과", "감사담당관", "부동산정보과"})
	if chance(r, 3) {
		adCriminal(b)
		return
	}
	off := pick(r, offences)
	police := pick(r, []string{"서울은평경찰서장", "서울노원경찰서장", "서울강서경찰서장", "부천원미경찰서장", "서울중랑경찰서장"})
	p := b.newPerson(chance(r, 8))
	b.header(litc(police+pick(r, []string{"", "(수사과장)", "(지능범죄수사팀장)"})), off.law+" 위반자 고발")
	b.w(numbered(0, 0), "관련: ", b.dept, "-")
	b.put("prose", "", negp("docnum", fmt.Sprint(1000+r.IntN(9000))))
	b.w("(")
	b.put("prose", "", b.date())
	b.w(")\n")
	b.w(numbered(0, 1), "아래 사람이 ")
	b.put("prose", "", negp("statute", "「"+off.law+"」"))
	b.w("을 위반하였기에 ")
	b.put("prose", "", negp("statute", "「형사소송법」 제234조제2항"))
	b.w("에 따라 고발합니다.\n\n")
	b.w(pick(r, []string{"가. 피고발인", "□ 피고발인 인적사항", "【피고발인】"}), "\n")
	if b.clean {
		b.form([]field{{"상호", cell{b.company()}}, {"법인등록번호", cell{b.corpno()}}, {"사업자등록번호", cell{b.bizno()}}, {"소재지", litc(pick(r, cities).city + " 일원")}})
	} else {
		fs := []field{{"성명", cell{b.name(p, false)}}}
		if p.foreign {
			fs = append(fs, field{"영문성명", cell{b.name(p, true)}}, field{"국적", litc(p.nation.name)}, field{"외국인등록번호", cell{b.regno(p)}})
			if chance(r, 2) {
				fs = append(fs, field{"여권번호", cell{b.passport(p)}})
			}
		} else if chance(r, 3) {
			fs = append(fs, field{"생년월일", cell{b.birth(p, false)}})
		} else {
			fs = append(fs, field{"주민등록번호", cell{b.regno(p)}})
		}
		fs = append(fs, field{"주소", b.address()})
		if chance(r, 2) {
			fs = append(fs, field{"직업", cell{lit("자영업("), b.company(), lit(" 운영)")}})
		}
		fs = append(fs, field{"전화", cell{b.mobile()}})
		if chance(r, 3) {
			fs = append(fs, field{"차량", cell{b.plate()}})
		}
		if chance(r, 3) {
			fs = append(fs, field{"운전면허번호", cell{b.licence()}})
		}
		if chance(r, 4) {
			fs = append(fs, field{"접속 IP(불법광고 게시)", cell{b.ip()}})
		}
		if chance(r, 4) {
			fs = append(fs, field{"자택", cell{b.landline()}})
		}
		b.form(fs)
	}
	b.w("\n", pick(r, []string{"나. 고발 사실", "□ 고발 사실", "【고발 취지 및 사실】"}), "\n")
	fact := fmt.Sprintf(off.fact, 2+r.IntN(300))
	if b.clean {
		b.say("prose", "  피고발 법인은 ", b.date(), "경 ", pick(r, dongs), " 일대에서 ", fact, "하였다.\n")
		b.say("prose", "  이에 대하여 ", b.date(), " 원상복구 명령을 하였으나 이행하지 아니하였다.\n")
	} else {
		b.say("prose", "  피고발인 ", b.nameWith(p, false, "은/는"), " ", b.date(), "경 ", pick(r, dongs), " 일대에서 ", fact, "하였다.\n")
		switch r.IntN(3) {
		case 0:
			b.say("prose", "  담당 공무원이 현장에서 확인한 결과 ", b.plate(), " 화물차량이 폐기물을 하차하는 장면이 CCTV에 촬영되었으며, 차량 소유주는 ", b.nameWith(p, false, "으로/로"), " 확인되었다.\n")
		case 1:
			b.say("prose", "  우리 구는 ", b.date(), " ", b.nameWith(p, false, "에게", " 씨에게"), " 원상복구를 명하였으나 ", b.nameWith(p, false, "은/는", "이/가"), " 이를 이행하지 아니하였다.\n")
		default:
			q := b.newPerson(false)
			b.say("prose", "  인근 주민 ", b.nameWith(q, false, "의", "이/가"), " 신고(", b.mobile(), ")로 적발되었으며, 피고발인은 자신이 ", b.nameWith(p, false, "입니다", "이다/다"), "라고 진술하였다.\n")
		}
	}
	b.say("prose", "\n", pick(r, []string{"다. 적용 법조", "□ 관계 법령"}), ": ", b.statute(), "\n")
	b.w(pick(r, []string{"라. 관련 사건: ", "※ 참고: 동일인 관련 사건번호 "}))
	b.put("prose", "", b.caseno())
	b.w("\n")
	if b.clean {
		b.attachments(cell{lit("현장 사진")}, cell{lit("원상복구 명령서 사본")}, cell{lit("법인 등기사항전부증명서")})
	} else {
		b.attachments(cell{lit("현장 사진 "), negp("count", fmt.Sprintf("%d매", 2+r.IntN(8)))}, cell{lit("피고발인("), b.name(p, false), lit(") 진술서")}, cell{lit("원상복구 명령서 사본")})
	}
	b.signoff()
}

// ---- 감사 결과 ----

func audit(b *builder) {
	r := b.r
	b.startDoc([]string{"감사담당관", "감사관", "조사담당관"})
	if chance(r, 3) {
		auditReply(b)
		return
	}
	target := pick(r, []string{"복지정책과", "○○동 주민센터", "시설관리공단", "문화재단", "보건소", "○○어린이집", "청소년수련관"})
	b.header(b.recvInternal(), fmt.Sprintf("%d년 %s 종합감사 결과 공개", 2023+r.IntN(4), target))
	b.w(numbered(0, 0), "감사 개요\n")
	b.say("prose", numbered(1, 0), "감사 기간: ", negp("period", fmt.Sprintf("%d. %d. %d. ~ %d. %d.", 2026, 3+r.IntN(3), 1+r.IntN(20), 6, 1+r.IntN(28))), "(", negp("count", fmt.Sprintf("%d일간", 5+r.IntN(10))), ")\n")
	b.say("prose", numbered(1, 1), "감사 근거: ", b.statute(), "\n")
	b.w(numbered(1, 2), "감사 인원: ", b.dept, " ", b.staff[1].rank, " ")
	b.put("prose", "", negp("official", b.staff[1].name))
	b.w(" 외 ")
	b.put("prose", "", negp("count", fmt.Sprintf("%d명", 2+r.IntN(5))))
	b.w("\n", numbered(0, 1), "지적 사항\n")
	findings := []string{"계약 업무 처리 부적정", "보조금 정산 검증 소홀", "초과근무수당 부당 수령", "물품 관리 부적정", "수급자 자격 관리 소홀", "공유재산 사용료 미부과"}
	for k, j := range r.Perm(len(findings))[:1+r.IntN(3)] {
		f := findings[j]
		b.w(numbered(1, k), f, " (", pick(r, []string{"시정", "주의", "개선", "통보"}), ")\n")
		switch {
		case b.clean || (k > 0 && chance(r, 3)):
			b.say("prose", "    ", target, josa(target, "은/는"), " ", b.date(), "부터 ", b.company(), "(사업자등록번호 ", b.bizno(), ")와 ", b.amount(), " 상당의 계약을 체결하면서 ", b.statute(), "에서 정한 절차를 거치지 아니하였다.\n")
		case chance(r, 2):
			p := b.newPerson(chance(r, 8))
			b.say("prose", "    기초생활수급자 ", b.nameWith(p, false, "은/는", "의", "에게"), " ", pick(r, []string{"이미 다른 지역으로 전출하였음에도", "재산 기준을 초과하였음에도", "사망 이후에도"}), " 생계급여 ", b.amount(), "이 계속 지급되었다.\n")
			if chance(r, 2) {
				bank, acct := b.account()
				b.say("prose", "    (입금 계좌: ", bank, " ", acct, ", 주소: ", b.address(), ")\n")
			}
		default:
			b.w("    부당 지급 내역\n")
			head := []string{"성명", "생년월일", "지급 기간", "부당 지급액", "조치"}
			var rows [][]cell
			for j := 0; j < 2+r.IntN(4); j++ {
				p := b.newPerson(false)
				rows = append(rows, []cell{{b.name(p, false)}, {b.birth(p, chance(r, 2))}, {negp("period", fmt.Sprintf("%d.%d.~%d.%d.", 2025, 1+r.IntN(6), 2025, 7+r.IntN(6)))}, {b.amount()}, litc(pick(r, []string{"환수", "환수 완료", "환수 예정"}))})
			}
			b.table(head, rows)
		}
	}
	b.w(numbered(0, 2), "조치 요구: 관련 규정 준수 및 재발 방지 교육 실시(")
	b.put("prose", "", b.date())
	b.w("까지 조치 결과 제출)\n")
	if !b.clean && chance(r, 3) {
		p := b.newPerson(false)
		b.say("prose", numbered(0, 3), "제보자 보호: 이 감사는 ", b.nameWith(p, false, "의", " 씨의"), " 공익신고(", b.receipt(), ")로 시작되었으므로 신분이 공개되지 않도록 유의할 것.\n")
	}
	b.attachments(cell{lit("감사 결과 처분요구서")}, cell{lit("지적 사항 세부 내역")})
	b.signoff()
}

// ---- 외국인 주민 지원 ----

func foreign(b *builder) {
	r := b.r
	b.startDoc([]string{"외국인주민지원과", "다문화가족지원팀", "가족정책과", "자치행정과"})
	if chance(r, 3) {
		foreignCase(b)
		return
	}
	prog := pick(r, []string{"외국인 주민 건강검진 지원", "결혼이민자 한국어 교육", "외국인 근로자 통역 서비스", "다문화가족 자녀 학습 지원", "외국인 주민 생활 안내 책자 배부", "이주민 법률 상담"})
	b.header(b.recvInternal(), prog+" 대상자 선정 결과 보고")
	b.w(numbered(0, 0), "관련: ")
	b.put("prose", "", negp("statute", "「재한외국인 처우 기본법」 제"+fmt.Sprint(10+r.IntN(10))+"조"))
	b.w("\n", numbered(0, 1), prog, " 사업의 대상자를 다음과 같이 선정하였음을 보고합니다.\n")
	b.say("prose", numbered(1, 0), "사업 기간: ", negp("period", fmt.Sprintf("%d. %d. ~ %d. %d.", 2026, 1+r.IntN(5), 2026, 6+r.IntN(6))), "\n")
	b.say("prose", numbered(1, 1), "사업비: ", b.amount(), " (", pick(r, []string{"국비 50%, 구비 50%", "시비 보조", "구비 100%"}), ")\n")
	b.w(numbered(1, 2), "국적별 현황: ")
	for k, j := range r.Perm(len(nations))[:3] {
		if k > 0 {
			b.w(", ")
		}
		b.put("prose", "", negp("place", nations[j].name))
		b.w(" ")
		b.put("prose", "", negp("count", fmt.Sprintf("%d명", 1+r.IntN(40))))
	}
	b.w("\n\n")
	if b.clean {
		b.w("붙임 협력 기관 현황\n")
		head := []string{"기관명", "담당 업무", "대표전화"}
		var rows [][]cell
		for k := 0; k < 3; k++ {
			rows = append(rows, []cell{{negp("org", pick(r, []string{"○○구 가족센터", "외국인력지원센터", "출입국·외국인청", "이주민 의료센터", "다누리콜센터"}))}, litc(pick(r, []string{"통역", "상담", "교육", "의료 연계"})), {b.officePhoneOf()}})
		}
		b.table(head, rows)
		b.signoff()
		return
	}
	b.w("붙임 대상자 명단\n")
	layout := r.IntN(3)
	var head []string
	switch layout {
	case 0:
		head = []string{"연번", "성명(영문)", "국적", "외국인등록번호", "연락처", "비고"}
	case 1:
		head = []string{"번호", "성명", "국적", "여권번호", "생년월일", "체류지"}
	default:
		head = []string{"No", "이름", "영문 이름", "국적", "휴대폰", "이메일"}
	}
	var rows [][]cell
	var ps []*person
	for k := 0; k < 2+r.IntN(5); k++ {
		p := b.newPerson(!chance(r, 6))
		ps = append(ps, p)
		nat := litc(p.nation.name)
		if !p.foreign {
			nat = litc(pick(r, []string{"대한민국(귀화)", "한국"}))
		}
		switch layout {
		case 0:
			id := cell{b.regno(p)}
			note := litc(pick(r, []string{"", "결혼이민", "E-9", "F-6", "D-2"}))
			if chance(r, 3) {
				note = cell{lit("여권 "), b.passport(p)}
			}
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {b.name(p, true)}, nat, id, {b.mobile()}, note})
		case 1:
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {b.name(p, chance(r, 2))}, nat, {b.passport(p)}, {b.birth(p, false)}, b.address()})
		default:
			hn := cell{b.name(p, false)}
			ln := litc("-")
			if p.foreign {
				ln = cell{b.name(p, true)}
			}
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), hn, ln, nat, {b.mobile()}, {b.email(p)}})
		}
	}
	b.table(head, rows)
	p := pick(r, ps)
	b.w("\n")
	switch r.IntN(4) {
	case 0:
		if p.foreign {
			b.say("prose", "※ ", p.nation.name, " 국적의 ", b.nameWith(p, false, " 씨는", "은/는"), " 여권(", b.passport(p), ") 만료로 재발급 중이므로 서류 보완 후 지원 예정.\n")
		} else {
			b.say("prose", "※ ", b.nameWith(p, false, " 씨는", "은/는"), " 귀화자로 여권번호 ", b.passport(p), "를 확인함.\n")
		}
	case 1:
		b.say("prose", "※ 통역 지원: ", b.nameWith(p, p.foreign && chance(r, 2), "의", "에게", " 씨에게"), " ", pick(r, []string{"베트남어", "중국어", "러시아어", "영어"}), " 통역사를 배정함(통역사 연락처 ", b.mobile(), ").\n")
	case 2:
		q := b.newPerson(true)
		b.say("prose", "※ 추가 신청: ", b.name(q, true), " (", q.nation.name, ", 외국인등록번호 ", b.regno(q), ", ", b.birth(q, false), "생)\n")
	default:
		b.say("prose", "※ 긴급 지원 대상 ", b.nameWith(p, false, "에게", "의"), " 생활비 ", b.amount(), "을 ", pick(r, banks).name, " 계좌로 지급함.\n")
	}
	b.signoff()
}

// foreignCase is a case-management report on one foreign resident: a
// transposed form, then prose that names the resident, the spouse and an
// interpreter.
func foreignCase(b *builder) {
	r := b.r
	p := b.newPerson(true)
	b.header(b.recvInternal(), pick(r, []string{"외국인 주민 긴급 지원 사례 보고", "결혼이민자 위기가정 사례관리 결과", "외국인 근로자 체불임금 상담 결과 보고"}))
	b.w(numbered(0, 0), "관련: ")
	b.put("prose", "", b.receipt())
	b.w(" 상담 접수\n", numbered(0, 1), "상담 내용을 아래와 같이 보고합니다.\n\n")
	if b.clean {
		b.form([]field{{"국적", litc(p.nation.name)}, {"체류 자격", litc(pick(r, []string{"결혼이민(F-6)", "비전문취업(E-9)", "방문취업(H-2)"}))},
			{"거주지", litc(b.org.name + " " + pick(r, dongs))}, {"가구원 수", cell{negp("count", fmt.Sprintf("%d명", 2+r.IntN(4)))}}, {"상담 경로", litc("다누리콜센터 연계")}})
		b.say("prose", "\n", numbered(0, 2), "상담 결과: 대상자는 ", b.date(), " 입국하였으며 체불임금 ", b.amount(), "에 대하여 ", negp("org", "고용노동부 서울서부지청"), "에 진정을 안내함.\n")
		b.say("prose", numbered(0, 3), "지원 내용: ", negp("org", pick(r, []string{"○○구 가족센터", "외국인력지원센터"})), " 통역 연계, 긴급생계비 ", b.amount(), " 지원.\n")
		b.signoff()
		return
	}
	fs := []field{{"성명(한글)", cell{b.name(p, false)}}, {"성명(영문)", cell{b.name(p, true)}}, {"국적", litc(p.nation.name)},
		{"외국인등록번호", cell{b.regno(p)}}, {"여권번호", cell{b.passport(p)}}, {"생년월일", cell{b.birth(p, false)}},
		{"체류 자격", litc(pick(r, []string{"결혼이민(F-6)", "비전문취업(E-9)", "방문취업(H-2)", "유학(D-2)"}))}, {"주소", b.address()}, {"휴대전화", cell{b.mobile()}}}
	r.Shuffle(len(fs)-3, func(i, j int) { fs[i+3], fs[j+3] = fs[j+3], fs[i+3] })
	b.form(fs)
	b.w("\n", numbered(0, 2), "상담 경위\n")
	spouse := b.newPerson(false)
	switch r.IntN(3) {
	case 0:
		b.say("prose", "  ", p.nation.name, " 국적의 ", b.nameWith(p, false, " 씨는", "은/는"), " ", b.date(), " 배우자 ", b.nameWith(spouse, false, "의", " 씨의"),
			" 폭언으로 집을 나와 상담을 요청하였다. 배우자의 연락처는 ", b.mobile(), "이다.\n")
	case 1:
		b.say("prose", "  대상자는 \"제 이름은 ", b.nameWith(p, chance(r, 2), "입니다", "이고/고"), ". 사장님이 석 달째 월급을 안 줍니다\"라고 진술하였다(통역 ", lit(pick(r, []string{"베트남어", "네팔어", "몽골어"})), ").\n")
	default:
		b.say("prose", "  ", b.nameWith(p, true, "은/는", " 씨는"), " 한국인 배우자 ", b.name(spouse, false), "(", b.birth(spouse, false), "생)과 혼인하여 ", b.shortAddress(), "에 거주하고 있다.\n")
	}
	interp := b.newPerson(chance(r, 2))
	b.say("prose", "  통역은 자원봉사자 ", b.nameWith(interp, false, "이/가", " 씨가", " 님이"), " 맡았으며, 추후 연락은 ", b.email(p), "로 하기로 함.\n")
	b.w(numbered(0, 3), "조치 계획\n")
	b.say("prose", numbered(1, 0), "긴급 생계비 ", b.amount(), " 지원(", b.statute(), ")\n")
	bank, acct := b.account()
	b.say("prose", numbered(1, 1), "지급 계좌: ", bank, " ", acct, " (예금주 ", b.name(p, true), ")\n")
	b.attachments(cell{lit("상담일지")}, cell{lit("외국인등록증 사본("), b.name(p, false), lit(")")})
	b.signoff()
}
