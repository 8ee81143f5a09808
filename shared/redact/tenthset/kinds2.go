package tenthset

import "fmt"

// notice is a 공고 or 공시송달: addressees who could not be reached,
// named in a table or in prose.
func (b *builder) notice(o officials, d day) {
	kind := b.pick([]string{"공시송달", "과태료 부과 사전통지서 공시송달", "행정처분 공시송달", "무단방치 자동차 처리 공고", "불법 건축물 시정명령 공시송달", "일반 공고"})
	if b.clean {
		kind = b.pick([]string{"입찰 공고", "일반 공고", "주민설명회 개최 공고", "도시계획시설 결정 열람 공고"})
	}
	if !b.clean && b.p(1, 4) {
		b.noticeToPerson(o, d)
		return
	}
	b.header(nil, kind)
	b.put("header", ng("notice_no", b.noticeNo(d)))
	b.w("\n\n")
	if b.clean {
		b.w("1. ", b.pick([]string{"사업명", "공사명", "계획명"}), ": ", b.pick(places), " 일대 ", b.pick([]string{"보행환경 개선", "안전 시설물 정비", "공원 조성", "하수관로 정비"}), "\n2. 열람 기간: ")
		b.put("prose", ng("doc_date", b.date(d)))
		b.w("부터 14일간\n3. 열람 장소: ", b.org.dept, " (")
		b.put("prose", ng("office_address", b.org.addr))
		b.w(")\n4. 문의: ", b.org.dept, " ")
		b.put("prose", ng("office_phone", b.org.phone))
		b.w("\n5. 근거: ")
		b.put("prose", ng("statute", b.statute()))
		b.w("\n6. 입찰공고번호: ")
		b.put("prose", ng("bid_no", fmt.Sprintf("R%02dBK%08d-00", d.y%100, b.n(100000000))))
		b.w("\n")
		return
	}
	b.w("  ", b.pick([]string{"아래 사람에게", "다음 대상자에게"}), " 처분 사전통지서를 등기우편으로 발송하였으나 수취인 불명 등으로 반송되어 ")
	b.put("prose", ng("statute", "「행정절차법」 제14조제4항"))
	b.w("에 따라 공시송달합니다.\n\n1. 공시송달 대상\n")
	scanned := b.p(1, 5)
	n := 1 + b.n(6)
	switch b.n(3) {
	case 0:
		var rows [][]cell
		for k := 0; k < n; k++ {
			p := b.newPerson()
			rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("성명", p, ""), c(it("birth_date", "생년월일", b.birth(p, scanned))), c(it("address", "주소", b.address(b.p(1, 3)))), c(it("vehicle_plate", "차량번호", b.plate(scanned))), c(ng("amount", b.amount()))})
		}
		b.table(b.pick(tableStyles), []string{"연번", "성명", "생년월일", "최종 주소", "차량번호", "과태료"}, rows)
	case 1:
		for k := 0; k < n; k++ {
			p := b.newPerson()
			b.w(fmt.Sprintf("  %d) ", k+1))
			b.nm("prose", "대상자", p, "", bare)
			b.w(" (")
			b.put("prose", it("birth_date", "생", b.birth(p, scanned)))
			b.w("생) ", b.pick([]string{"주소: ", "", "최종주소지 "}))
			b.put("prose", it("address", "주소", b.address(b.p(1, 3))))
			b.w("\n")
		}
	default:
		var rows []kvrow
		p := b.newPerson()
		rows = append(rows, kvrow{"  가. 성    명", b.nameCell("성명", p, "")})
		rows = append(rows, kvrow{"  나. 주민등록번호", c(it("rrn", "주민등록번호", b.rrn(p, false, scanned)))})
		rows = append(rows, kvrow{"  다. 주    소", c(it("address", "주소", b.address(b.p(1, 2))))})
		rows = append(rows, kvrow{"  라. 처분내용", c(tx("자동차 운전면허("), it("driver_licence", "면허번호", b.licence(scanned)), tx(") 취소"))})
		b.kv(b.pick([]string{" : ", "\t", ": "}), rows)
	}
	b.w("\n2. 공시송달 기간: ")
	b.put("prose", ng("doc_date", b.date(d)))
	b.w(" ~ 14일간\n3. 송달 효력: 공고일부터 14일이 지난 때에 효력이 발생함\n4. 열람 장소: ", b.org.org, " ", b.org.dept, "(")
	b.put("prose", ng("office_phone", b.org.phone))
	b.w(")\n")
}

// briefing is a 주민설명회 report with its sign-in sheet and questions.
func (b *builder) briefing(o officials, d day) {
	topic := b.pick([]string{"재개발 정비구역 지정", "공영주차장 건립", "경전철 노선 계획", "공원 리모델링", "자원회수시설 입지", "하천 정비", "청년주택 건립", "도시가스 배관 교체"})
	b.header(nil, topic+" 주민설명회 개최 결과 보고")
	b.w("1. 개요\n  가. 일시: ")
	b.put("prose", ng("doc_date", b.date(d)))
	b.w(fmt.Sprintf(" %d:00\n  나. 장소: ", 14+b.n(5)))
	b.put("prose", ng("place", b.pick(places)))
	b.w("\n  다. 참석: 주민 ", fmt.Sprint(20+b.n(80)), "명, 관계 공무원 ", fmt.Sprint(3+b.n(5)), "명(", b.org.dept, "장 ")
	b.put("prose", ng("official", o.head))
	b.w(" 외)\n2. 주요 질의 및 답변\n")
	if b.clean {
		for k := 0; k < 3+b.n(3); k++ {
			b.w("  ", b.pick([]string{"○ 주민 A", "○ 주민(○○동)", "○ 참석 주민", "○ 질의자(비공개)"}), ": ", b.pick([]string{"공사 기간 중 소음 대책은?", "주차 공간은 얼마나 늘어나는가?", "보상 기준은 어떻게 되는가?"}), "\n    → 답변(", b.org.dept, "): ", b.pick([]string{"저소음 공법을 적용하겠음", "약 120면이 늘어날 예정임", "감정평가 결과에 따름"}), "\n")
		}
		b.w("\n붙임  참석자 명부 1부(비공개).  끝.\n")
		return
	}
	for k := 0; k < 2+b.n(4); k++ {
		p := b.newPerson()
		switch b.n(4) {
		case 0:
			b.w("  ○ 주민 ")
			b.put("speaker", b.nameCell("주민", p, "")...)
			b.w("(", b.pick([]string{"망원동", "신림동", "상계동", "성수동"}), "): ")
		case 1:
			b.w("  - ")
			b.put("speaker", b.nameCell("이름", p, "")...)
			b.w(" : ")
		case 2:
			b.w("  ○ ")
			b.given("speaker", "주민", p, "")
			b.w("(", b.pick([]string{"통장", "주민", "상인회"}), "): ")
		default:
			b.w("  질의 ")
			b.put("speaker", b.nameCell("질의", p, "")...)
			b.w(b.pick([]string{" 님: ", "님 ", " 씨: "}))
		}
		b.w(b.pick([]string{"공사 기간 중 소음 대책은 무엇입니까?", "보상 기준은 어떻게 되는지 알려 주십시오.", "어린이 통학로 안전 대책을 마련해 달라.", "저희 집 앞 도로가 좁아져 불편합니다."}), "\n")
		if b.p(1, 3) {
			b.w("    (추가 연락 요청: ")
			b.put("prose", it("mobile", "연락", b.mobile(false)))
			b.w(")\n")
		}
		who := pick(b.r, [][2]string{{"과장 ", o.head}, {"팀장 ", o.lead}})
		b.w("    → ", who[0])
		b.put("speaker", ng("official", who[1]))
		b.w(": ", b.pick([]string{"검토하여 회신드리겠습니다.", "설계에 반영하겠습니다.", "관계 부서와 협의하겠습니다."}), "\n")
	}
	b.w("\n붙임  참석자 서명부 1부.  끝.\n\n[참석자 서명부]\n")
	scanned := b.p(1, 3)
	var rows [][]cell
	n := 4 + b.n(8)
	for k := 0; k < n; k++ {
		p := b.newPerson()
		addr := c(it("address", "주소", b.address(b.p(1, 4))))
		if b.p(1, 3) {
			addr = ct(b.pick([]string{"망원동", "서교동", "상계3동", "신림동"}))
		}
		var tel cell
		if b.p(3, 4) {
			tel = c(it("mobile", "연락처", b.mobile(scanned)))
		} else {
			tel = c(it("landline", "연락처", b.landline(scanned)))
		}
		q := ""
		if scanned {
			q = "+scanned"
		}
		rows = append(rows, []cell{ct(fmt.Sprint(k + 1)), b.nameCell("성명", p, q), addr, tel, ct(b.pick([]string{"(서명)", "서명", "", "✓"}))})
	}
	b.table(b.pick([]string{"cell", "cell", "tab", "space", "pdf", "pipe"}), []string{"연번", "성명", "주소", "연락처", "서명"}, rows)
}

// contract is a 계약 현황 list: companies, their representatives and
// public numbers.
func (b *builder) contract(o officials, d day) {
	b.header(nil, fmt.Sprintf("%d년 %s 계약 현황 %s", d.y, b.pick([]string{"수의", "일반경쟁", "용역", "물품", "공사"}), b.pick([]string{"공개", "보고", "(" + fmt.Sprint(d.m) + "월분)"})))
	b.w("1. 관련: ")
	b.put("prose", ng("statute", b.statute()))
	b.w("\n2. ", b.pick([]string{"계약정보 공개 대상", "당해 월 체결 계약"}), "을 다음과 같이 공개합니다.\n\n")
	n := 3 + b.n(6)
	var rows [][]cell
	withRep := !b.clean
	head := []string{"연번", "계약명", "업체명", "사업자등록번호", "계약금액", "계약일"}
	if withRep {
		head = []string{"연번", "계약명", "업체명", "대표자", "사업자등록번호", "계약금액", "계약일"}
	}
	for k := 0; k < n; k++ {
		row := []cell{ct(fmt.Sprint(k + 1)), ct(b.pick([]string{"청사 청소용역", "가로등 보수공사", "전산장비 구매", "공원 조경공사", "CCTV 유지보수", "홍보물 제작"})), c(ng("org", b.pick(companies)))}
		if withRep {
			row = append(row, b.nameCell("대표자", b.newPerson(), ""))
		}
		row = append(row, c(ng("bizno", b.bizno())), c(ng("amount", b.amount())), c(ng("doc_date", b.date(d))))
		rows = append(rows, row)
	}
	if b.p(1, 4) {
		// A contract register printed one contract per block.
		for _, row := range rows {
			for j, x := range row {
				b.w(head[j], b.pick([]string{" : ", "\t", ": "}))
				b.put("form", x...)
				b.w("\n")
			}
			b.w("\n")
		}
	} else {
		b.table(b.pick(tableStyles), head, rows)
	}
	if !b.clean && b.p(1, 3) {
		b.wageList()
	}
	b.w("\n3. 법인 정보: ")
	b.put("prose", ng("org", b.pick(companies)))
	b.w(" (법인등록번호 ")
	b.put("prose", ng("corpno", b.corpno()))
	b.w(", 사업자등록번호 ")
	b.put("prose", ng("bizno", b.bizno()))
	b.w(")\n4. 입찰공고번호: ")
	b.put("prose", ng("bid_no", fmt.Sprintf("%d%02d%05d-00", d.y, d.m, b.n(100000))))
	b.w("\n")
	if !b.clean {
		p := b.newPerson()
		b.w("5. 계약 담당(업체): ")
		b.put("prose", b.nameCell("담당", p, "")...)
		b.w(" 과장 ")
		b.put("prose", it("mobile", "업체담당", b.mobile(false)))
		if b.p(1, 2) {
			b.w(", ")
			b.put("prose", it("email", "업체담당", b.email(p)))
		}
		b.w("\n")
		if b.p(1, 3) {
			b.w("6. 대금 지급 계좌(개인사업자 ")
			q := b.newPerson()
			b.put("prose", b.nameCell("예금주", q, "")...)
			b.w("): ")
			bank, acc := b.account(false)
			b.w(bank, " ")
			b.put("prose", it("account", "대금계좌", acc))
			b.w("\n")
		}
	}
}
