package realset

import (
	"fmt"
	"strings"
)

// contract: 계약 현황 — 대표자 names are personal; 사업자등록번호,
// 법인등록번호 and 입찰공고번호 are public.
func (g *gen) contract() {
	y := g.between(2021, 2025)
	g.head("contract", fmt.Sprintf("%d년 %d월 수의계약 체결 현황 공개", y, g.between(1, 12)))
	g.sections("contract", y)
	g.wrapLine(g.statute() + "에 따라 수의계약 체결 현황을 다음과 같이 공개합니다.")
	g.nl()
	if g.p(50) {
		g.header("계약명", "업체명", "대표자", "사업자등록번호", "계약금액(원)", "계약기간")
		for i := 0; i < g.between(3, 10); i++ {
			p := g.newPerson()
			g.row(g.tx(pick(g.r, []string{"청사 방역 소독 용역", "공원 수목 전정 공사", "행사 무대 설치 임차", "전산장비 유지보수", "보도 정비 공사", "홍보물 제작"})),
				g.cNeg("company", pick(g.r, companies)), g.cName(p, "대표자"), g.cNeg("bizno", bizNo(g)),
				g.cNeg("amount", commas(g.between(300, 9000)*10000)), g.tx(g.date(y)+" ~ "+g.date(y)))
		}
	} else {
		// one contract in detail: the transposed table of a contract sheet
		p := g.newPerson()
		co := pick(g.r, companies)
		g.t(g.label("계약명") + "\t" + pick(g.r, []string{"가을 음악축제 행사대행 용역", "CCTV 통합관제센터 고도화", "노후 보안등 교체 공사"}) + "\n")
		g.t(g.label("입찰공고번호") + "\t")
		g.neg("bid_no", fmt.Sprintf("%d%s-%s", y, g.digits(7), g.pk("00", "01")))
		g.t("\t" + g.label("계약방법") + "\t" + g.pk("제한경쟁입찰", "협상에 의한 계약", "수의계약") + "\n")
		g.t(g.label("계약상대자") + "\t")
		g.neg("company", co)
		g.t("\t" + g.label("대표자") + "\t")
		g.nm(p, g.tp()+":대표자", "")
		g.nl()
		g.t(g.label("사업자등록번호") + "\t")
		g.neg("bizno", bizNo(g))
		g.t("\t" + g.label("법인등록번호") + "\t")
		g.neg("corpno", corpNo(g))
		g.nl()
		g.t(g.label("소재지") + "\t")
		g.neg("company_address", g.off.city+" "+pick(g.r, []string{"구로구 디지털로 " + fmt.Sprint(g.between(10, 300)), "금천구 가산디지털1로 " + fmt.Sprint(g.between(10, 200)), "성동구 아차산로 " + fmt.Sprint(g.between(10, 150))}))
		g.t("\t" + g.label("계약금액") + "\t")
		g.neg("amount", "금"+commas(g.between(3000, 30000)*10000)+"원")
		g.nl()
		if g.p(50) {
			g.t(g.label("대표자 연락처") + "\t")
			g.mobile(g.tp() + ":대표자연락처")
			if g.p(50) {
				g.t("\t" + g.label("이메일") + "\t")
				g.email(p, g.tp()+":대표자이메일")
			}
			g.nl()
		}
		g.plainLine("※ 계약상대자 " + co + "의 대표이사 변경에 따라 계약서상 대표자를 변경함")
		if g.p(50) {
			q := g.newPerson()
			g.t("   - 변경 전: ")
			g.nm(q, "list", "")
			g.t(" → 변경 후: ")
			g.nm(p, "list", "")
			g.nl()
			g.t("   - 계약서 및 보증서의 대표자 명의를 ")
			g.nm(p, "prose", "으로/로")
			g.t(" 정정하고 ")
			g.nm(q, "prose", "의 ")
			g.t("사임 등기를 확인함\n")
		}
	}
	g.para([]string{"계약 이행 상황은 분기별로 점검하여 공개한다.", "하도급 대금 지급 여부를 확인하였다.", "계약보증금은 계약금액의 10%로 한다.", "준공검사는 발주부서 외의 공무원이 실시한다."}, g.between(2, 5))
	g.foot()
}

var crimes = []string{"폐기물 무단 투기", "무허가 건축물 불법 증축", "보조금 부정 수급", "공무집행 방해", "불법 숙박업 영업", "개인정보 무단 유출", "허위 서류 제출에 의한 사업자 등록"}

// criminal: 고발·수사의뢰 — names and numbers in a criminal context.
func (g *gen) criminal() {
	y := g.between(2021, 2025)
	crime := pick(g.r, crimes)
	p := g.newPerson()
	act := g.pk("고발", "수사의뢰")
	g.head("criminal", crime+" 관련 "+act)
	g.sections("criminal", y)
	g.t("1. ")
	g.statuteNeg()
	g.t("에 따라 아래와 같이 " + act + "합니다.\n")
	g.plainLine(g.pk("2. 피고발인 인적사항", "2. 피의자 인적사항", "2. 수사의뢰 대상자"))
	if g.flatForm() {
		g.flat(fld{"성명", func(pl string) { g.nm(p, pl+"+criminal", "") }}, fld{"주민등록번호", func(pl string) { g.rrn(p, pl+"+criminal") }}, fld{"주소", func(pl string) { g.address(pl + "+criminal") }})
	} else {
		tp := g.tp()
		g.t(g.label("성명") + "\t")
		g.nm(p, tp+":성명+criminal", "")
		g.t("\t" + g.label("주민등록번호") + "\t")
		g.rrn(p, tp+":주민등록번호+criminal")
		g.nl()
		g.t(g.label("주소") + "\t")
		g.address(tp + ":주소+criminal")
		g.nl()
		if g.p(30) {
			g.t(g.label("자택전화") + "\t")
			g.landline(tp + ":자택전화+criminal")
			g.t("\t")
		}
		g.t(g.label("연락처") + "\t")
		g.mobile(tp + ":연락처+criminal")
		if g.p(40) {
			g.t("\t" + g.label("직업") + "\t" + g.pk("자영업", "무직", "건설업", "회사원"))
		}
		g.nl()
	}
	g.plainLine("3. " + act + " 사실")
	g.t("  ○ ")
	g.nm(p, "prose+criminal", g.pk("은/는 ", "이/가 ", "은/는 "))
	g.wrapLine(g.date(y) + g.pk("경 ", " 14:30경 ") + g.off.gu + " " + pick(g.r, g.off.dongs) + " 소재 현장에서 " + crime + " 행위를 한 혐의가 있음")
	if g.p(50) {
		g.t("  ○ 당시 ")
		g.nm(p, "prose+criminal", "은/는 ")
		g.t("본인 소유 차량(")
		g.plate("prose:차량+criminal")
		g.t(")을 이용하였으며, 현장 CCTV에 촬영됨\n")
	}
	if g.p(40) {
		q := g.newPerson()
		g.t("  ○ 공범으로 의심되는 ")
		g.nm(q, "prose+criminal", g.pk("(", " ("))
		g.birth(q, "prose:생년+criminal", false)
		g.t(g.pk("생)", ")"))
		g.wrapLine(" 역시 같은 기간 동일 수법으로 " + crime + "에 가담한 것으로 보임")
	}
	if strings.Contains(crime, "보조금") && g.p(70) {
		g.t("  ○ 부정 수급액은 ")
		g.neg("amount", g.amount(100, 3000))
		g.t("이며, ")
		g.nm(p, "prose+criminal", "의 ")
		g.account("prose:계좌번호+criminal")
		g.t(" 계좌로 입금됨\n")
	}
	if strings.Contains(crime, "개인정보") || g.p(15) {
		g.plainLine("  ○ 개인정보처리시스템 접속기록")
		g.header("접속일시", "접속 IP", "조회 건수", "비고")
		for k := 0; k < g.between(2, 5); k++ {
			g.row(g.tx(g.date(y)+fmt.Sprintf(" %02d:%02d", g.between(0, 23), g.between(0, 59))), func(pl string) { g.ip(pl + ":접속IP+criminal") }, g.cNeg("stat", fmt.Sprintf("%d건", g.between(1, 900))), g.tx(g.pk("업무 외 조회", "대량 다운로드", "")))
		}
	}
	if g.p(25) {
		g.t("  ○ 피해자 명의 신용카드(")
		g.card("prose:카드번호+criminal")
		g.t(")를 무단 사용한 사실도 확인됨\n")
	}
	if g.p(20) {
		g.t("  ○ ")
		g.nm(p, "prose+criminal", "은/는 ")
		g.t("여권(")
		g.passport(nil, "prose:여권번호+criminal")
		g.t(")을 소지하고 있어 출국 우려가 있으므로 출국금지를 요청함\n")
	}
	if g.p(40) {
		g.t("  ○ 운전면허번호 ")
		g.licence("prose:운전면허+criminal")
		g.t(" 소지자로 확인됨\n")
	}
	g.plainLine("4. 증거자료")
	g.plainLine("  가. 현장 사진 " + fmt.Sprint(g.between(2, 12)) + "매")
	g.plainLine("  나. 진술서 1부")
	g.plainLine("  다. " + g.pk("CCTV 영상 캡처", "관련 공문 사본", "보조금 지급 내역") + " 1부.  끝.")
	g.foot()
}

var misconduct = []string{"보조금 정산 검사를 소홀히 하여", "계약 관련 서류를 확인하지 않고", "출장 여비를 부당하게 수령하여", "민원 처리 기한을 정당한 사유 없이 넘겨", "물품 검수를 형식적으로 실시하여", "시간외근무수당을 부당 수령하여"}

// audit: 감사 결과 — disciplined officials' names are personal data;
// the auditors and the audited department's head are in office.
func (g *gen) audit() {
	y := g.between(2021, 2025)
	target := pick(g.r, []string{"복지정책과", "건축과", "문화체육과", pick(g.r, g.off.dongs) + " 주민센터", "시설관리공단"})
	g.head("audit", fmt.Sprintf("%d년 %s 종합감사 결과 보고", y, target))
	g.sections("audit", y)
	aud := g.staffer("감사관")
	g.plainLine("1. 감사 개요")
	g.kv("감사기간", func(string) { g.t(g.date(y) + " ~ " + g.date(y) + "(" + fmt.Sprint(g.between(3, 10)) + "일간)") })
	g.kv("감사반", func(string) {
		g.t("반장 " + aud.rank + " ")
		g.on(aud)
		g.t(" 외 " + fmt.Sprint(g.between(2, 6)) + "명")
	})
	g.t("2. 감사 결과: ")
	g.stat(fmt.Sprintf("지적 %d건(시정 %d, 주의 %d, 징계 %d)", g.between(5, 20), g.between(1, 8), g.between(1, 8), g.between(1, 3)))
	g.nl()
	g.plainLine("3. 주요 지적사항")
	var ppl []*person
	for i := 0; i < g.between(1, 3); i++ {
		p := g.newPerson()
		ppl = append(ppl, p)
		g.wrapLine(fmt.Sprintf("  %s %s", []string{"가.", "나.", "다."}[i], pick(g.r, []string{"보조금 정산 부적정", "계약 업무 처리 부적정", "복무 관리 소홀", "물품 관리 부적정"})))
		g.t("   ○ " + target + " " + g.pk("담당자 ", "", "당시 담당 ") + g.pk("주무관 ", "행정주사 ", ""))
		g.nm(p, "prose+disciplined", g.pk("은/는 ", "이/가 ", "은/는 "))
		g.wrapLine(g.date(y-1) + "부터 " + g.date(y) + "까지 " + pick(g.r, misconduct) + " " + g.statute() + "을 위반하였다.")
	}
	if g.p(30) {
		p := ppl[len(ppl)-1]
		g.plainLine("   ○ 개인정보처리시스템 접속기록 점검 결과")
		g.t("     - ")
		g.nm(p, "list+disciplined", "의 계정으로 ")
		g.t(g.date(y) + " 외부 IP(")
		g.ip("list:접속IP")
		g.t(")에서 " + fmt.Sprint(g.between(20, 900)) + "건을 조회함\n")
	}
	g.plainLine("4. 관련자 현황")
	g.header("소속", "직급", "성명", "비위 내용", "처분 요구")
	for _, p := range ppl {
		g.row(g.tx(target), g.tx(g.pk("지방행정주사", "지방행정주사보", "지방시설주사", "사회복지주사")), g.cName(p, "성명+disciplined"), g.tx(g.pk("업무 소홀", "부당 수령", "기한 경과")), g.tx(g.pk("경징계", "훈계", "중징계", "주의")))
	}
	if g.p(50) {
		p := ppl[0]
		g.t("※ ")
		g.nm(p, "prose+disciplined", "에게는 ")
		g.t("부당 수령액 ")
		g.neg("amount", g.amount(10, 300))
		g.t("을 회수하도록 조치\n")
	}
	if g.p(40) {
		s := g.staffer(target + "장")
		g.t("○ 기관장 의견: " + target + "장 ")
		g.on(s)
		g.wrapLine("은 지적사항을 수용하고 재발 방지 교육을 실시하겠다고 밝힘")
	}
	g.pageMark(2, "감사 결과")
	g.para([]string{"감사 결과에 이의가 있는 경우 「공공감사에 관한 법률」 제23조에 따라 재심의를 신청할 수 있다.", "처분 요구 사항은 2개월 이내에 이행 결과를 제출한다.", "우수 사례는 전 부서에 전파한다."}, g.between(2, 4))
	g.foot()
}

// foreign: 외국인 주민 지원 — Latin names and their Hangul
// transcriptions, foreign registration numbers, passports.
func (g *gen) foreign() {
	y := g.between(2021, 2025)
	prog := pick(g.r, []string{"외국인 주민 한국어교실 수강생", "결혼이민자 정착 지원금", "외국인 근로자 건강검진", "다문화가족 자녀 장학금", "외국인 주민 생활 통역 지원"})
	g.head("foreign", prog+" 선정 결과 보고")
	g.sections("foreign", y)
	g.t("1. ")
	g.statuteNeg()
	g.wrapLine("에 따라 " + g.date(y) + " 접수한 " + prog + " 신청자 중 대상자를 다음과 같이 선정하였습니다.")
	g.t("2. 선정 인원: ")
	g.stat(fmt.Sprintf("%d명(%d개국)", g.between(3, 30), g.between(2, 9)))
	g.nl()
	g.plainLine("3. 선정자 명단")
	if g.p(50) {
		g.header("연번", "성명(영문)", "성명(한글)", "국적", "외국인등록번호", "연락처")
		for i := 1; i <= g.between(3, 9); i++ {
			p := g.foreignPerson()
			g.row(g.tx(fmt.Sprint(i)), func(pl string) { g.latinName(p, pl+":성명영문", "") }, func(pl string) { g.nm(p, pl+":성명한글", "") }, g.tx(p.nation), func(pl string) { g.rrn(p, pl+":외국인등록번호") }, g.cMobile())
		}
	} else {
		// the transposed form of 프로젝트 계획서.hwpx: one field a row, people across
		ps := []*person{g.foreignPerson(), g.foreignPerson()}
		if g.p(50) {
			ps = append(ps, g.foreignPerson())
		}
		g.t("성명(영문)")
		for _, p := range ps {
			g.t("\t")
			g.latinName(p, "table.transposed:성명", "")
		}
		g.t("\n국적")
		for _, p := range ps {
			g.t("\t" + p.nation)
		}
		g.t("\n여권번호")
		for _, p := range ps {
			g.t("\t")
			g.passport(p, "table.transposed:여권번호")
		}
		g.t("\n생년월일")
		for _, p := range ps {
			g.t("\t")
			g.birth(p, "table.transposed:생년월일", true)
		}
		g.nl()
	}
	p := g.foreignPerson()
	g.plainLine("4. 특이사항")
	g.t("  ○ ")
	if g.p(50) {
		g.latinName(p, "prose", g.pk("(", " ("))
		g.nm(p, "prose", ", "+p.nation+")")
		g.t(g.pk("은 ", " 씨는 "))
	} else {
		g.nm(p, "prose", " 씨("+p.nation+")는 ")
	}
	g.wrapLine("체류기간 연장 신청 중으로 외국인등록증 재발급 전까지 여권으로 신원을 확인함")
	g.t("    - 여권번호: ")
	g.passport(p, "list:여권번호")
	g.t(g.pk(", 외국인등록번호: ", " / 등록번호 "))
	g.rrn(p, "list:외국인등록번호")
	g.nl()
	if g.p(50) {
		g.t("    - 거주지: ")
		g.address("list:주소")
		g.nl()
	}
	if g.p(40) {
		g.t("    - 연락처: ")
		g.mobile("list:연락처")
		g.t(g.pk(" (통역 필요)", "", " / 카카오톡 가능"))
		g.nl()
	}
	if g.p(30) {
		g.t("    - 국내 운전면허 교환 발급: ")
		g.licence("list:운전면허번호")
		g.t(g.pk(" (1종 보통)", " (2종 보통)", "") + "\n")
	}
	if g.p(40) {
		s := g.newPerson()
		g.t("  ○ ")
		g.nm(p, "prose", "의 ")
		g.t("배우자(한국인) ")
		g.nm(s, "prose", g.pk("은/는 ", "씨는 "))
		g.t(g.pk("해외 체류 중으로 ", "출국 예정으로 ") + "여권(")
		g.passport(s, "prose:여권번호")
		g.t(")으로 신원을 확인함\n")
	}
	g.plainLine("5. 향후 계획")
	g.para([]string{"선정자에게는 개별 문자로 안내하고 다국어 안내문을 발송한다.", "통역 인력은 가족센터와 협력하여 지원한다.", "외국인등록 사실은 출입국·외국인관서에 조회하여 확인하였다."}, g.between(2, 4))
	g.foot()
}

var diagnoses = []string{"치매(중등도)", "조현병", "알코올 사용장애", "우울증", "당뇨병 합병증", "말기 신부전(투석 중)", "뇌병변장애(심한 장애)", "지체장애 2급", "시각장애(심한 장애)", "결핵(활동성)", "발달장애"}

// welfare: 보건·복지 — a person named with a diagnosis or disability in a
// case conference, an emergency aid decision, or a home-visit log.
func (g *gen) welfare() {
	y := g.between(2021, 2025)
	p := g.newPerson()
	dx := pick(g.r, diagnoses)
	switch g.n(2) {
	case 0:
		g.head("welfare", "통합사례관리 사례회의 결과")
		g.sections("welfare", y)
		g.plainLine("1. 회의 일시: " + g.date(y) + "  장소: " + pick(g.r, g.off.dongs) + " 주민센터")
		g.plainLine("2. 사례 대상자")
		if g.flatForm() {
			g.flat(fld{"성명", func(pl string) { g.nm(p, pl+"+diagnosis", "") }}, fld{"주민등록번호", func(pl string) { g.rrn(p, pl) }}, fld{"연락처", func(pl string) { g.mobile(pl) }})
		} else {
			g.row(g.tx(g.label("성명")), g.cName(p, "성명+diagnosis"), g.tx(g.label("생년월일")), g.cBirth(p))
			g.row(g.tx(g.label("주소")), g.cAddr(), g.tx(g.label("연락처")), g.cMobile())
		}
		g.t("3. 사례 개요\n  ○ ")
		g.nm(p, "prose+diagnosis", g.pk("은/는 ", "(")+"")
		if strings.HasSuffix(g.sb.String(), "(") {
			g.t(fmt.Sprint(y-p.y) + "세)은 ")
		}
		g.wrapLine(dx + " 진단을 받았으며 " + g.pk("독거 상태로 식사를 거르는 일이 잦음", "가족과 연락이 끊긴 상태임", "월세 3개월 체납으로 퇴거 위기에 있음"))
		if g.p(50) {
			q := g.newPerson()
			g.t("  ○ 보호자(" + g.pk("아들", "딸", "배우자", "동생") + ") ")
			g.nm(q, "prose", g.pk(" 씨", "", "씨"))
			g.t(g.pk("의 연락처 ", " 연락처 "))
			g.mobile("prose:보호자연락처")
			g.nl()
		}
		if g.layout == "hwpx" || g.p(30) {
			// 가구원 현황 in the transposed layout of 프로젝트 계획서.hwpx
			g.plainLine("  ○ 가구원 현황")
			hh := []*person{p, g.newPerson()}
			if g.p(50) {
				hh = append(hh, g.newPerson())
			}
			g.t("가구원 성명")
			for _, h := range hh {
				g.t("\t")
				g.nm(h, "table.transposed:성명", "")
			}
			g.t("\n관계\t본인")
			for range hh[1:] {
				g.t("\t" + g.pk("배우자", "자녀", "손자녀", "모"))
			}
			g.t("\n생년월일")
			for _, h := range hh {
				g.t("\t")
				g.birth(h, "table.transposed:생년월일", true)
			}
			g.nl()
		}
		g.plainLine("4. 논의 결과")
		g.para([]string{"방문간호사가 주 1회 방문하여 투약을 관리한다.", "긴급복지 생계지원을 신청한다.", "정신건강복지센터에 연계한다.", "장기요양등급 신청을 지원한다."}, g.between(2, 5))
		if g.p(35) {
			g.t("   ※ 바우처 카드번호: ")
			g.card("prose:바우처카드+diagnosis")
			g.nl()
		}
		if g.p(50) {
			g.t("5. 후원금 지급 계좌: ")
			g.account("prose:계좌번호+diagnosis")
			g.t(" (예금주 ")
			g.nm(p, "prose", ")")
			g.nl()
		}
	default:
		g.head("welfare", fmt.Sprintf("%d년 %s 방문 건강관리 대상자 현황", y, pick(g.r, g.off.dongs)))
		g.sections("welfare", y)
		g.plainLine("1. 대상자 현황")
		g.header("연번", "성명", "생년월일", "질환/장애", "주소", "연락처")
		for i := 1; i <= g.between(3, 12); i++ {
			q := g.newPerson()
			if i == 1 {
				q = p
			}
			g.row(g.tx(fmt.Sprint(i)), g.cName(q, "성명+diagnosis"), g.cBirth(q), g.tx(pick(g.r, diagnoses)), g.cAddr(), func(pl string) {
				if g.p(30) {
					g.landline(pl + ":연락처")
				} else {
					g.mobile(pl + ":연락처")
				}
			})
		}
		g.plainLine("2. 방문 결과")
		g.t("  ○ ")
		g.nm(p, "prose+diagnosis", g.pk("님은 ", " 어르신은 ", "은/는 "))
		g.wrapLine(dx + "으로 거동이 불편하여 " + g.pk("보건소 방문진료로 전환함", "보호자 동의를 받아 요양병원 입원을 안내함", "응급안전 알림서비스를 설치함"))
		g.t("  ○ 통계: ")
		g.stat(fmt.Sprintf("65세 이상 %d명, 등록장애인 %d명", g.between(10, 300), g.between(5, 100)))
		g.nl()
	}
	g.foot()
}

// press: 보도자료 in the mot.hwpx layout — residents named in the story,
// the officials in the contact box at the end.
func (g *gen) press() {
	y := g.between(2021, 2025)
	g.dept = pick(g.r, depts["press"])
	g.t(g.off.gu + "\t보도자료\n")
	g.t("보도시점\t" + g.date(y) + "(" + g.pk("월", "화", "수", "목") + ") " + g.pk("06:00", "08:00", "즉시") + "\t배포\t" + g.date(y) + "\n")
	topic := pick(g.r, []string{"자원봉사 대상 시상", "모범 구민 표창", "100세 어르신 장수 축하", "의인 표창", "골목상권 우수 상인 선정"})
	g.plainLine(g.off.gu + ", " + topic + " 개최")
	g.plainLine(" - " + g.date(y) + " 구청 대강당에서 " + fmt.Sprint(g.between(5, 30)) + "명에게 시상")
	head := g.staffer("구청장")
	g.t("  " + g.off.gu + "(구청장 ")
	g.on(head)
	g.wrapLine(")는 지난 " + g.date(y) + " " + topic + "을 열었다고 밝혔다.")
	var ppl []*person
	for i := 0; i < g.between(1, 3); i++ {
		p := g.newPerson()
		ppl = append(ppl, p)
		g.t("  " + pick(g.r, g.off.dongs) + "에 사는 ")
		if g.p(50) {
			g.nm(p, "prose", fmt.Sprintf("(%d)", y-p.y))
			g.t(g.pk(" 씨는 ", "씨는 "))
		} else {
			g.nm(p, "prose", g.pk(" 씨는 ", "씨는 ", "은/는 "))
		}
		g.wrapLine(pick(g.r, []string{"20년 동안 홀몸 어르신 도시락 배달 봉사를 해 왔다.", "화재 현장에서 이웃 3명을 구조했다.", "매년 장학금을 기탁해 왔다.", "골목 환경 정비에 앞장섰다."}))
	}
	if len(ppl) > 0 && g.p(60) {
		g.t("  ")
		g.nm(ppl[0], "prose", g.pk(" 씨는 “", "은/는 “"))
		g.wrapLine("이웃과 함께한 시간이 가장 큰 상이라고 생각한다”고 소감을 전했다.")
	}
	g.para([]string{
		"이번 시상은 동 주민센터와 직능단체의 추천을 받아 공적심사위원회 심사를 거쳐 대상자를 선정했다.",
		"구는 수상자 공적을 구 소식지와 누리집에 소개하고 우수 사례를 널리 알릴 계획이다.",
		"올해로 " + fmt.Sprint(g.between(3, 30)) + "회째를 맞은 이 행사에는 주민 " + fmt.Sprint(g.between(100, 600)) + "여 명이 참석했다.",
		"구는 앞으로도 나눔 문화 확산을 위해 다양한 지원을 이어갈 방침이다.",
	}, g.between(2, 4))
	g.wrapLine("  구청장은 “묵묵히 봉사하는 구민들이 " + g.off.gu + "의 자랑”이라고 말했다.")
	if len(ppl) > 0 {
		g.t(g.pk("▲ ", "[사진] ", "※ 사진설명: ") + g.date(y) + " 열린 시상식에서 ")
		g.nm(ppl[len(ppl)-1], "caption", g.pk("(왼쪽 두 번째) 씨가", " 씨(가운데)가", "(오른쪽)이 "))
		g.t(" 구청장과 기념촬영을 하고 있다.\n")
	}
	g.plainLine("붙임 수상자 명단")
	g.header("구분", "동", "성명", "공적 요지")
	for _, p := range ppl {
		g.row(g.tx(g.pk("대상", "봉사상", "효행상", "선행상")), g.tx(pick(g.r, g.off.dongs)), g.cName(p, "성명"), g.tx(g.pk("장기 봉사", "인명 구조", "장학금 기탁", "환경 정비")))
	}
	for k := 0; k < g.between(3, 10); k++ {
		p := g.newPerson()
		g.row(g.tx(g.pk("봉사상", "효행상", "모범구민상", "선행상")), g.tx(pick(g.r, g.off.dongs)), g.cName(p, "성명"), g.tx(g.pk("경로당 봉사", "방범 순찰", "무료 급식 봉사", "이웃 돌봄", "재능 기부")))
	}
	g.plainLine("※ 현장 사진 별도 배포")
	g.contactBox()
}

// bidform: 입찰 참가 서류 (위임장, 사용인감계, 입찰보증금 납부확약서) in
// the shapes test.hwpx extracts them: form tables and text-box forms
// flattened into one long line.
func (g *gen) bidform() {
	y := g.between(2021, 2025)
	co := pick(g.r, companies)
	rep := g.newPerson()
	agent := g.newPerson()
	g.layout = pick(g.r, []string{"hwpx", "hwpx", "hwp"})
	g.dept = pick(g.r, depts["bidform"])
	g.plainLine("【서식 " + fmt.Sprint(g.between(1, 8)) + "】")
	g.plainLine("『" + pick(g.r, []string{"제3회 봄꽃축제", "구민의 날 기념행사", "청소년 페스티벌"}) + "』 입찰 참가 접수 확인서")
	g.t("접   수   번   호\t")
	g.neg("receipt_no", g.receiptNo(y))
	g.nl()
	g.t("신청인\t업  체  명\t")
	g.neg("company", co)
	g.t("\t전   화\t")
	g.neg("company_phone", "02-"+fmt.Sprint(g.between(2000, 2999))+"-"+g.digits(4))
	g.nl()
	g.t("대  표  자\t")
	g.nm(rep, "table.hwpx:대표자", g.spaces(4, 16)+"(인)")
	g.t("\tFAX\t")
	g.neg("company_fax", "02-"+fmt.Sprint(g.between(2000, 2999))+"-"+g.digits(4))
	g.nl()
	g.t("주민등록번호 (사업자등록번호)\t")
	g.neg("bizno", bizNo(g))
	g.t("\tE-mail\t")
	g.email(rep, "table.hwpx:E-mail")
	g.nl()
	g.plainLine("  위 업체는 귀 구청에서 공고한 사항을 승낙하고 붙임 서류를 첨부하여 신청합니다.      " + g.off.head() + "  귀하")
	g.plainLine("【서식 6】")
	g.plainLine("위     임    장")
	g.t("대표자\t성명\t")
	g.nm(rep, "table.hwpx:성명", "")
	g.t("\t주민등록번호\t")
	g.rrn(rep, "table.hwpx:주민등록번호")
	g.nl()
	g.t("주소\t")
	g.address("table.hwpx:주소")
	g.nl()
	g.t("대리인\t성명\t")
	g.nm(agent, "table.hwpx:성명", "")
	g.t("\t주민등록번호\t")
	g.rrn(agent, "table.hwpx:주민등록번호")
	g.nl()
	g.t("업체명\t")
	g.neg("company", co)
	g.t("\t연락처\t ☎  :  ")
	g.landline("table.hwpx:전화")
	g.t("  HP : ")
	g.mobile("table.hwpx:HP")
	g.nl()
	// 서식 3, flattened text box
	g.plainLine("【서식 3】")
	g.t("입찰보증금 납부확약서   용  역  명 : " + pick(g.r, []string{"행사대행 용역", "무대 설치 용역"}) + "   본인은 귀 구청에서 주관하는 위의 공모에 참가함에 있어 " + g.statute() + "에 따라 입찰 보증금을 면제 받았으나 귀속사유가 발생하였을 때에는 즉시 현금으로 납부할 것을 확약합니다.   " + fmt.Sprint(y) + ".   " + fmt.Sprint(g.between(1, 12)) + ".    .   ○ 법인등록번호 :   ")
	g.neg("corpno", corpNo(g))
	g.t("   ○ 업   체   명 :   ")
	g.neg("company", co)
	g.t("   ○ 대   표   자 :   ")
	g.nm(rep, "flat:대표자", g.spaces(4, 12)+"(인)")
	g.t("       전화번호 : ")
	g.mobile("flat:전화번호")
	g.t(" " + g.off.head() + "  귀하\n")
	// 서식 8: staff roster with 생년월일
	g.plainLine("【서식 8】")
	g.plainLine("용역 수행 참여요원 현황")
	g.t("□ 회 사 명 : ")
	g.neg("company", co)
	g.t("                                       ○ 기준 : 공고일\n")
	g.header("분야별", "성   명", "생년월일", "고용일자", "건강보험 가입여부")
	for _, role := range []string{"총괄책임자", "실무책임자", "실무자"} {
		p := g.newPerson()
		g.row(g.tx(role), g.cName(p, "성명"), g.cBirth(p), g.tx(g.date(y-g.between(1, 8))), g.tx(g.pk("가입", "가입", "미가입")))
	}
	g.plainLine(" ※ 1. 참여요원은 제안사의 직원이어야 하고, 당해 과업수행에 참여하여야 함")
	g.plainLine("【서식 9】")
	g.plainLine("용역수행 참여 요원 세부 이력사항")
	g.t("회 사 명 : ")
	g.neg("company", co)
	g.nl()
	q := g.newPerson()
	g.t("성    명\t")
	g.nm(q, "table."+g.layout+":성명", "")
	g.t("\t직 책\t" + g.pk("실무책임자", "총괄책임자", "연출감독") + "\t연  령\t" + fmt.Sprint(y-q.y) + "\n")
	g.t("생년월일\t")
	g.birth(q, "table."+g.layout+":생년월일", true)
	g.t("\t학    력\t" + g.pk("대졸", "전문대졸", "대학원졸") + "\n")
	g.t("자  택  주  소\t")
	g.address("table." + g.layout + ":주소")
	g.nl()
	g.plainLine("사   업   명\t참여기간 (년월~년월)\t담당업무\t발 주 처\t비  고")
	for k := 0; k < g.between(2, 5); k++ {
		g.line(pick(g.r, []string{"구민의 날 행사", "벚꽃축제 운영", "청소년 음악회", "전통시장 페스티벌", "불꽃축제 대행"}), fmt.Sprintf("%d.%02d~%d.%02d", y-3+k%3, g.between(1, 6), y-3+k%3, g.between(7, 12)), g.pk("무대 운영", "총괄 기획", "안전 관리"), pick(g.r, []string{"관악구청", "마포구청", "서울특별시", "한국관광공사", "성동구청"}), "")
	}
	g.plainLine("  1. 공고일 현재 근무하고 있는 자와 실제 공모에 참여하는 인력을 모두 포함")
	g.plainLine("  2. 상기 기재내용이 허위사실로 판명될 경우 협상대상자에서 제외 및 최종선정 후에도 계약을 해지할 수 있음")
	g.t(" 접 수 처\t ")
	g.neg("facility", g.off.gu+"청 "+g.dept)
	g.nl()
	s := g.staffer(pick(g.r, ranks))
	g.t("접수담당\t")
	g.on(s)
	g.t(g.spaces(10, 40) + "(인)\n")
}
