package tenthset

import "fmt"

// Further layouts of some kinds, so that one seed's documents of a kind
// are not all alike.

// noticeToPerson is a 처분 사전통지 addressed to one person: the name
// and address stand in the 수신 line.
func (b *builder) noticeToPerson(o officials, d day) {
	p := b.newPerson()
	rec := []piece{it("name", "수신", b.name(p)), tx(b.pick([]string{" 귀하", "귀하", " 님"}))}
	if b.p(1, 2) {
		rec = append(rec, tx(b.pick([]string{" (", "  ("})), it("address", "수신", b.address(false)), tx(")"))
	}
	b.header(rec, b.pick([]string{"자동차 운전면허 행정처분 사전통지", "과태료 부과 사전통지", "무단방치 자동차 자진처리 명령", "주정차위반 과태료 납부 독촉"}))
	b.w("1. 귀하의 ")
	b.put("prose", ng("word", b.pick([]string{"소유", "안전", "이상"})))
	b.w(" 차량(")
	b.put("prose", it("vehicle_plate", "차량", b.plate(false)))
	b.w(")에 대하여 ")
	b.put("prose", ng("statute", "「도로교통법」 제32조"))
	b.w(" 위반으로 다음과 같이 처분할 예정임을 알려드립니다.\n")
	rows := []kvrow{
		{"  가. 위반일시", c(ng("doc_date", b.date(d)))},
		{"  나. 위반장소", ct(b.pick(places) + " 앞")},
		{"  다. 운전면허번호", c(it("driver_licence", "운전면허번호", b.licence(false)))},
		{"  라. 과태료", c(ng("amount", b.amount()))},
	}
	if b.p(1, 2) {
		rows = append(rows, kvrow{"  마. 생년월일", c(it("birth_date", "생년월일", b.birth(p, false)))})
	}
	b.kv(b.pick([]string{" : ", "\t", ": "}), rows)
	b.w("2. 의견이 있으면 ")
	b.put("prose", ng("doc_date", b.date(d)))
	b.w("까지 의견서를 제출하여 주시기 바랍니다. 기한 내 의견이 없으면 의견이 없는 것으로 봅니다.\n")
	b.w("3. 문의: ", b.org.dept, " ")
	b.put("prose", ng("office_phone", b.org.phone))
	b.w(" / 다산콜센터 ")
	b.put("prose", ng("public_phone", "120"))
	b.w("\n")
}

// suspectsTable lists several suspects of one case in a table, with a
// victims' table whose 비고 holds their injuries.
func (b *builder) suspectsTable(d day) {
	scanned := b.p(1, 3)
	b.w("  가. 피의자 현황", b.pick([]string{"", "(스캔본)"}), "\n")
	var rows [][]cell
	for k := 0; k < 2+b.n(3); k++ {
		p := b.newPerson()
		rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("피의자", p, "+criminal"), c(it("birth_date", "생년월일", b.birth(p, scanned))), c(it("address", "주소", b.address(b.p(1, 3)))), c(it("mobile", "연락처", b.mobile(scanned))), ct(b.pick([]string{"주범", "공범", "방조"}))})
	}
	b.table(b.pick(tableStyles), []string{"연번", "성명", "생년월일", "주소", "연락처", "역할"}, rows)
	b.w("  나. 피해자 현황\n")
	rows = nil
	for k := 0; k < 1+b.n(3); k++ {
		p := b.newPerson()
		rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("피해자", p, "+health+criminal"), c(it("rrn", "주민등록번호", b.rrn(p, false, scanned))), ct(b.pick([]string{"전치 2주 타박상", "골절(입원)", "우울증 치료 중", "인지저하(치매 진단)"}))})
	}
	b.table(b.pick(tableStyles), []string{"연번", "성명", "주민등록번호", "피해 내용"}, rows)
	b.w("  다. 사건 개요: ")
	b.put("prose", ng("doc_date", b.date(d)))
	b.w(" 보조금 ")
	b.put("prose", ng("amount", b.amount()))
	b.w("을 편취한 사건으로 ")
	b.put("prose", ng("word", "고소"))
	b.w(" 사건(")
	b.put("prose", ng("case_no", b.caseNo(d)))
	b.w(")과 병합 수사를 요청함.\n")
}

// voucherCards is an audit's list of local-currency cards used wrongly.
func (b *builder) voucherCards() {
	scanned := b.p(1, 4)
	b.w("  다. 지역사랑상품권(카드형) 부정 사용 내역\n")
	var rows [][]cell
	for k := 0; k < 2+b.n(3); k++ {
		p := b.newPerson()
		rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("카드소지자", p, ""), c(it("card", "카드번호", b.card(scanned))), ct(b.pick([]string{"○○마트", "△△약국", "□□주유소", "가맹점 A"})), c(ng("amount", b.amount()))})
	}
	b.table(b.pick(tableStyles), []string{"연번", "성명", "카드번호", "사용처", "금액"}, rows)
}

// wageList is a subcontractor's 노무비 지급 명단 attached to a contract.
func (b *builder) wageList() {
	scanned := b.p(1, 3)
	b.w("\n붙임 2. 하도급 노무비 지급 명단(", b.pick(companies), ")\n")
	var rows [][]cell
	for k := 0; k < 2+b.n(5); k++ {
		p := b.newPerson()
		bank, acc := b.account(scanned)
		rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("근로자", p, ""), c(it("rrn", "주민등록번호", b.rrn(p, false, scanned))), c(tx(bank+" "), it("account", "계좌", acc)), c(it("mobile", "연락처", b.mobile(scanned))), c(ng("amount", b.amount()))})
	}
	b.table(b.pick(tableStyles), []string{"번호", "성명", "주민등록번호", "입금계좌", "연락처", "노무비"}, rows)
}

// counselLog is a foreign resident's counselling record: speaker lines
// between the counsellor and the client.
func (b *builder) counselLog(p person) {
	b.w("\n[상담 기록]\n상담일: ")
	b.put("prose", ng("doc_date", b.date(b.newDay())))
	b.w("  상담원: ")
	b.put("prose", ng("official", b.doc.Exempt[0]))
	b.w(" (통역 ")
	b.put("prose", ng("org", "다누리콜센터"))
	b.w(")\n내담자: ")
	b.put("prose", b.nameCell("내담자", p, "")...)
	b.w(" / 국적 ", p.nation, " / Passport No. ")
	b.put("prose", it("passport", "Passport", b.passport(p.nation)))
	b.w("\n")
	who := b.name(p)
	if p.latin != "" {
		who = b.latinName(p)
	}
	lines := []string{"체류기간 연장 서류를 잃어버렸습니다.", "사장님이 월급을 석 달째 주지 않습니다.", "아이 건강보험 가입을 도와주세요.", "임신 중이라 병원 통역이 필요합니다."}
	for k := 0; k < 2+b.n(3); k++ {
		b.w("상담원: ", b.pick([]string{"어떤 도움이 필요하신가요?", "관련 서류를 가져오셨나요?", "연락 가능한 번호를 알려 주세요."}), "\n")
		b.put("speaker", it("name", "내담자", who))
		b.w(": ", b.pick(lines), "\n")
	}
	b.w("  → 연락처 ")
	b.put("prose", it("mobile", "내담자", b.mobile(false)))
	b.w(", 거주지 ")
	b.put("prose", it("address", "거주지", b.address(b.p(1, 3))))
	b.w("\n")
}
