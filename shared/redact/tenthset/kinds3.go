package tenthset

import "fmt"

// criminal is a 고발 or 수사의뢰: suspects and victims, their health and
// records.
func (b *builder) criminal(o officials, d day) {
	what := b.pick([]string{"보조금 부정수급자 고발", "무허가 영업 행위자 수사의뢰", "노인 학대 의심 사례 수사의뢰", "불법 폐기물 투기자 고발", "공무집행방해 사건 고발", "허위 서류 제출자 수사의뢰"})
	if b.clean {
		b.header(nil, fmt.Sprintf("%d년 고발 및 수사의뢰 현황 보고", d.y))
		b.w("1. 관련: ")
		b.put("prose", ng("statute", "「형사소송법」 제234조제2항"))
		b.w("\n2. ", fmt.Sprint(d.y), "년 고발·수사의뢰 건수를 다음과 같이 보고합니다.\n")
		var rows [][]cell
		for _, k := range []string{"보조금 부정수급", "무허가 영업", "폐기물 투기", "기타"} {
			rows = append(rows, []cell{ct(k), c(ng("count", fmt.Sprint(b.n(40)))), c(ng("count", fmt.Sprint(b.n(20)))), ct(b.pick([]string{"수사 중", "기소", "불기소 포함"}))})
		}
		b.table(b.pick(tableStyles), []string{"유형", "고발", "수사의뢰", "진행"}, rows)
		b.w("3. 사건번호 ")
		b.put("prose", ng("case_no", b.caseNo(d)))
		b.w(" 등 ")
		b.put("prose", ng("word", "고소"))
		b.w("·고발 사건은 개인정보를 제외하고 요지만 공개함.\n")
		return
	}
	b.header(nil, what)
	b.w("1. 관련: ")
	b.put("prose", ng("statute", "「형사소송법」 제234조제2항"))
	b.w(", ")
	b.put("prose", ng("statute", b.statute()))
	b.w("\n2. 아래와 같이 ", b.pick([]string{"고발", "수사의뢰"}), "하고자 합니다.\n\n")
	if b.p(1, 3) {
		b.suspectsTable(d)
		b.w("\n붙임  증거자료 1부.  끝.\n")
		return
	}
	sus := b.newPerson()
	scanned := b.p(1, 5)
	b.w("  가. 피고발인\n")
	rows := []kvrow{
		{"    성명", b.nameCell("피고발인", sus, "+criminal")},
		{"    주민등록번호", c(it("rrn", "주민등록번호", b.rrn(sus, false, scanned)))},
		{"    주소", c(it("address", "주소", b.address(b.p(1, 3))))},
		{"    연락처", c(it("mobile", "연락처", b.mobile(scanned)))},
	}
	if b.p(1, 2) {
		rows = append(rows, kvrow{"    차량", c(it("vehicle_plate", "차량", b.plate(scanned)))})
	}
	if b.p(1, 3) {
		rows = append(rows, kvrow{"    운전면허", c(it("driver_licence", "운전면허", b.licence(scanned)))})
	}
	b.kv(b.pick([]string{" : ", "\t", ": ", "  "}), rows)
	vic := b.newPerson()
	b.w("  나. 고발 요지\n    피고발인 ")
	b.nm("prose", "피고발인", sus, "+criminal", subj)
	b.w(" ")
	b.put("prose", ng("doc_date", b.date(d)))
	b.w("경 ")
	switch b.n(3) {
	case 0:
		b.w("피해자 ")
		b.nm("prose", "피해자", vic, "+health+criminal", bare)
		b.w(" (")
		b.put("prose", it("birth_date", "생", b.birth(vic, false)))
		b.w("생, 치매 3등급)을 폭행하여 전치 3주의 상해를 입혔음.\n")
	case 1:
		b.w("허위 서류로 보조금 ")
		b.put("prose", ng("amount", b.amount()))
		b.w("을 부정수급하였으며, 이를 ")
		bank, acc := b.account(false)
		b.w(bank, " 계좌(")
		b.put("prose", it("account", "계좌", acc))
		b.w(")로 송금받음. 공범으로 ")
		b.nm("prose", "공범", vic, "+criminal", subj)
		b.w(" 관여함.\n")
	default:
		b.w("무허가로 영업하면서 손님 ")
		b.given("prose", "피해자", vic, "+health")
		b.w("(")
		b.put("prose", it("mobile", "피해자", b.mobile(false)))
		b.w(")에게 식중독 증상(입원 치료)을 일으킴.\n")
	}
	b.w("    과거 동종 전과(")
	b.put("prose", ng("case_no", b.caseNo(d)))
	b.w(")가 있으며, 피고발인은 알코올 의존증으로 치료를 받은 사실이 있음.\n")
	b.w("  다. 고발인: ", b.org.org, "장 (담당 ")
	b.put("prose", ng("official", o.drafter))
	b.w(" ", o.draftTitle, ", ")
	b.put("prose", ng("office_phone", b.org.phone))
	b.w(")\n")
	if b.p(1, 2) {
		w := b.newPerson()
		b.w("  라. 참고인: ")
		b.nm("prose", "참고인", w, "+criminal", bare)
		b.w(" ")
		b.put("prose", it("mobile", "참고인", b.mobile(false)))
		b.w(b.pick([]string{" (이웃 주민)", ", 자택 ", ""}))
		b.w("\n")
	}
	b.w("\n붙임  1. 고발장 1부.\n      2. 증거자료(CCTV 캡처, 접속 로그 IP ")
	b.put("prose", it("ip", "접속로그", b.ip()))
	b.w(") 1부.  끝.\n")
}

// audit is a 감사 결과: findings, the officials concerned, citizens paid
// wrongly.
func (b *builder) audit(o officials, d day) {
	target := b.pick([]string{"○○구 복지정책과", "○○사업소", "시립 ○○복지관", "○○동 주민센터", "○○공단"})
	b.header(nil, fmt.Sprintf("%s %s 감사 결과 %s", target, b.pick([]string{"종합", "특정", "재무", "복무"}), b.pick([]string{"보고", "통보", "공개"})))
	b.w("1. 감사 개요\n  가. 감사 기간: ")
	b.put("prose", ng("doc_date", b.date(d)))
	b.w(" ~ ", fmt.Sprint(5+b.n(10)), "일간\n  나. 감사반: 반장 ")
	b.put("prose", ng("official", o.lead))
	b.w(" 외 ", fmt.Sprint(3+b.n(4)), "명\n  다. 근거: ")
	b.put("prose", ng("statute", "「공공감사에 관한 법률」 제23조제1항"))
	b.w("\n2. 감사 결과: 지적 ", fmt.Sprint(3+b.n(10)), "건(시정 ")
	b.put("prose", ng("amount", b.amount()))
	b.w(", 주의 ", fmt.Sprint(1+b.n(5)), "건)\n")
	if b.clean {
		b.w("\n[지적사항 요약]\n")
		var rows [][]cell
		for k := 0; k < 3+b.n(3); k++ {
			rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), ct(b.pick([]string{"보조금 정산 부적정", "계약 업무 처리 소홀", "물품 관리 부적정", "초과근무수당 지급 부적정"})), ct(b.pick([]string{"시정", "주의", "개선", "통보"})), c(ng("amount", b.amount()))})
		}
		b.table(b.pick(tableStyles), []string{"연번", "지적사항", "처분", "금액"}, rows)
		b.w("3. 관련 공무원에 대하여는 ")
		b.put("prose", ng("statute", "「지방공무원법」 제72조"))
		b.w("에 따라 주의 처분함(성명 비공개).\n")
		return
	}
	b.w("\n3. 주요 지적사항\n  가. 생계급여 부적정 지급\n    수급자 ")
	p := b.newPerson()
	b.nm("prose", "수급자", p, "", bare)
	b.w(" (")
	b.put("prose", it("birth_date", "생", b.birth(p, false)))
	b.w(") 은 ")
	b.put("prose", ng("word", "소유"))
	b.w(" 차량(")
	b.put("prose", it("vehicle_plate", "차량", b.plate(false)))
	b.w(")이 있음에도 급여를 받아 ")
	b.put("prose", ng("amount", b.amount()))
	b.w("을 환수함.\n")
	scanned := b.p(1, 4)
	b.w("  나. 부적정 지급 내역\n")
	var rows [][]cell
	for k := 0; k < 2+b.n(5); k++ {
		q := b.newPerson()
		bank, acc := b.account(scanned)
		row := []cell{ct(fmt.Sprint(k + 1)), b.nameCell("수급자", q, ""), c(it("rrn", "주민등록번호", b.rrn(q, false, scanned))), c(tx(bank+" "), it("account", "계좌", acc)), c(ng("amount", b.amount()))}
		rows = append(rows, row)
	}
	if b.p(1, 3) {
		// The same list as the auditor's numbered prose.
		for k, row := range rows {
			b.w(fmt.Sprintf("    %d) ", k+1))
			b.put("prose", row[1]...)
			b.w("(")
			b.put("prose", row[2]...)
			b.w(") ")
			b.put("prose", row[3]...)
			b.w(" 환수 ")
			b.put("prose", row[4]...)
			b.w("\n")
		}
	} else {
		b.table(b.pick(tableStyles), []string{"연번", "성명", "주민등록번호", "입금계좌", "환수액"}, rows)
	}
	if b.p(1, 3) {
		b.voucherCards()
	}
	b.w("  다. 업무추진비 카드 사적 사용: ")
	cardHolder := b.newPerson()
	b.nm("prose", "카드", cardHolder, "", poss)
	b.w(" 명의 개인카드(")
	b.put("prose", it("card", "카드", b.card(scanned)))
	b.w(")로 결제 후 ")
	b.put("prose", ng("word", "전부"))
	b.w(" 보전받음.\n  라. 개인정보 처리시스템 접속 기록: ")
	b.put("prose", it("ip", "접속IP", b.ip()))
	b.w(" 에서 ")
	b.put("prose", ng("count", fmt.Sprint(100+b.n(900))))
	b.w("건 조회(업무 외 목적)\n")
	if b.p(1, 2) {
		b.w("4. 신분상 조치: ", b.pick([]string{"징계(경징계) 요구 ", "훈계 "}))
		dis := b.newPerson()
		b.nm("prose", "징계대상", dis, "+disciplinary", bare)
		b.w(" (", b.pick([]string{"8급", "7급", "6급"}), ")\n")
	}
	b.w("5. 문의: 감사담당관 ")
	b.put("prose", ng("office_phone", b.org.phone))
	b.w("\n")
}

// foreign is 외국인 주민 지원: Latin-script and transcribed names,
// nationalities, registration and passport numbers.
func (b *builder) foreign(o officials, d day) {
	prog := b.pick([]string{"외국인 주민 생활안정 지원금", "결혼이민자 한국어교육", "외국인 근로자 건강검진", "다문화가족 방문교육", "외국인 유학생 주거 지원", "외국인 주민 통역 서비스"})
	b.header(nil, prog+" "+b.pick([]string{"대상자 선정 결과", "지원 결과 보고", "신청자 명단 확정", "추진 계획"}))
	b.w("1. 관련: ")
	b.put("prose", ng("statute", b.pick([]string{"「재한외국인 처우 기본법」 제12조", "「출입국관리법」 제31조", "「다문화가족지원법」 제6조"})))
	b.w("\n2. ", prog, " ", b.pick([]string{"대상자를", "신청자를"}), " 다음과 같이 ", b.pick([]string{"선정하였습니다.", "확정하고자 합니다."}), "\n")
	if b.clean {
		b.w("  가. 국적별 현황\n")
		var rows [][]cell
		for _, n := range []string{"베트남", "중국", "필리핀", "몽골", "우즈베키스탄", "네팔"} {
			rows = append(rows, []cell{ct(n), c(ng("count", fmt.Sprint(1+b.n(60)))), c(ng("amount", b.amount()))})
		}
		b.table(b.pick(tableStyles), []string{"국적", "인원", "지원액"}, rows)
		b.w("  나. 지원 기관: ")
		b.put("prose", ng("org", "(사)한국외국인지원센터"))
		b.w(" (사업자등록번호 ")
		b.put("prose", ng("bizno", b.bizno()))
		b.w(")\n")
		return
	}
	scanned := b.p(1, 4)
	n := 2 + b.n(6)
	var rows [][]cell
	var people []person
	head := []string{"연번", "성명", "국적", "외국인등록번호", "여권번호", "연락처", "주소"}
	alt := b.n(3)
	if alt == 1 {
		head = []string{"No", "성명(영문)", "성명(한글)", "국적", "생년월일", "여권번호", "휴대전화"}
	} else if alt == 2 {
		head = []string{"번호", "Name", "Nationality", "Date of Birth", "Passport No.", "E-mail"}
	}
	for k := 0; k < n; k++ {
		var p person
		if b.p(5, 6) {
			p = b.newForeigner()
		} else {
			// A naturalised or Korean-Chinese resident with a Korean name.
			p = b.newPerson()
			p.nation = b.pick([]string{"중국", "우즈베키스탄", "러시아"})
		}
		people = append(people, p)
		switch alt {
		case 0:
			rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("성명", p, ""), ct(p.nation), c(it("frn", "외국인등록번호", b.rrn(p, true, scanned))), c(it("passport", "여권번호", b.passport(p.nation))), c(it("mobile", "연락처", b.mobile(scanned))), c(it("address", "주소", b.address(b.p(1, 3))))})
		case 1:
			var lat, han cell
			if p.latin != "" {
				lat = c(it("name", "성명(영문)", val{p.latin, "+latin"}))
				han = c(it("name", "성명(한글)", val{p.hangul, "+translit"}))
			} else {
				lat = ct("-")
				han = b.nameCell("성명(한글)", p, "")
			}
			rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), lat, han, ct(p.nation), c(it("birth_date", "생년월일", b.latinBirth(p))), c(it("passport", "여권번호", b.passport(p.nation))), c(it("mobile", "휴대전화", b.mobile(scanned)))})
		default:
			nm := b.nameCell("Name", p, "")
			if p.latin != "" {
				nm = c(it("name", "Name", val{p.latin, "+latin"}))
			}
			rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), nm, ct(p.nation), c(it("birth_date", "Date of Birth", b.latinBirth(p))), c(it("passport", "Passport", b.passport(p.nation))), c(it("email", "E-mail", b.email(p)))})
		}
	}
	b.table(b.pick(tableStyles), head, rows)
	p := people[b.n(len(people))]
	if b.p(1, 3) {
		b.counselLog(p)
	}
	b.w("\n3. 특이사항\n  가. ")
	b.nm("prose", "대상자", p, "+health", bare)
	b.w(" (", p.nation, ", ")
	b.put("prose", it("frn", "외국인등록번호", b.rrn(p, true, false)))
	b.w(")은 ")
	b.put("prose", ng("word", b.pick([]string{"임신", "결핵 치료", "산업재해"})))
	b.w(" 중으로 통역 지원이 필요함.\n")
	b.w("  나. 통역: ")
	b.put("prose", ng("org", b.pick([]string{"다누리콜센터", "서울글로벌센터", "외국인력지원센터"})))
	b.w(" ")
	b.put("prose", ng("public_phone", "1577-1366"))
	b.w("\n")
	if b.p(1, 2) {
		b.w("  다. 긴급 연락: 배우자 ")
		sp := b.newPerson()
		b.nm("prose", "배우자", sp, "", bare)
		b.w(" ")
		b.put("prose", it("mobile", "배우자", b.mobile(false)))
		b.w("\n")
	}
	b.w("4. 지원금 지급 계좌\n")
	for _, q := range people[:min(2, len(people))] {
		bank, acc := b.account(scanned)
		b.w("  - ")
		b.put("prose", b.nameCell("예금주", q, "+repeat")...)
		b.w(" ", bank, " ")
		b.put("prose", it("account", "계좌", acc))
		b.w("\n")
	}
}
