package twelveset

import (
	"fmt"
	"math/rand/v2"
)

// person is one citizen with every value a document may give of them.
type person struct {
	name, rrn, mobile, tel, email, addr, bank, acct, plate, lic, card string
	b                                                                 ymd
	lot                                                               bool
}

func newPerson(r *rand.Rand, from, to int) person {
	p := person{name: korName(r), b: birthday(r, from, to)}
	p.rrn = rrnFor(r, p.b, false)
	p.mobile = mobile(r)
	p.tel = landline(r)
	p.email = email(r)
	p.addr, p.lot = address(r)
	p.bank, p.acct = account(r)
	p.plate = plate(r)
	p.lic = licence(r)
	p.card = card(r)
	return p
}

func (p person) addrQual() []string {
	if p.lot {
		return []string{"lot"}
	}
	return []string{"road"}
}

func people(r *rand.Rand, n, from, to int) []person {
	ps := make([]person, n)
	for i := range ps {
		ps[i] = newPerson(r, from, to)
	}
	return ps
}

// josa picks the form of a particle that agrees with the name's last
// syllable: a after a final consonant, b after a vowel.
func josa(name, a, b string) string {
	rs := []rune(name)
	c := rs[len(rs)-1]
	if c < 0xAC00 || c > 0xD7A3 || (c-0xAC00)%28 == 0 {
		return b
	}
	return a
}

// particle glues a particle to a name as prose does.
func particle(r *rand.Rand, name string) string {
	switch r.IntN(8) {
	case 0:
		return josa(name, "은", "는")
	case 1:
		return josa(name, "이", "가")
	case 2:
		return josa(name, "을", "를")
	case 3:
		return josa(name, "과", "와")
	case 4:
		return josa(name, "이며", "며")
	case 5:
		return josa(name, "이었으며", "였으며")
	default:
		return pick(r, []string{"에게", "의", "으로부터", "께서", "에 대하여"})
	}
}

// topic writes the subject particle a sentence about a person starts with.
func topic(r *rand.Rand, name string) string {
	if r.IntN(2) == 0 {
		return josa(name, "은 ", "는 ")
	}
	return josa(name, "이 ", "가 ")
}

func honorific(r *rand.Rand) string {
	return pick(r, []string{"님", "씨", " 귀하", " 님", "님께서", "씨는", "씨가"})
}

// kind writes one document kind; clean documents carry no personal data.
type kind struct {
	name  string
	write func(d *doc, f frame, clean bool)
}

var kinds = []kind{
	{"adjudication", writeAdjudication},
	{"reply", writeReply},
	{"subsidy", writeSubsidy},
	{"fine", writeFine},
	{"briefing", writeBriefing},
	{"committee", writeCommittee},
	{"discipline", writeDiscipline},
	{"scholarship", writeScholarship},
	{"foreign", writeForeign},
	{"audit", writeAudit},
	{"epidemic", writeEpidemic},
	{"relief", writeRelief},
}

// companyRow writes a company with its public numbers.
func companyCells(r *rand.Rand) []cell {
	return []cell{ng("company", pick(r, companies)), ng("bizno", bizNo(r)), ng("corpno", corpNo(r)), ng("amount", money(r))}
}

func (d *doc) companies(n int) {
	d.t(pick(d.r, []string{"□ 관련 업체 현황\n", "<참고> 계약 업체\n", "○ 수행업체\n"}))
	var rows [][]cell
	for range n {
		rows = append(rows, companyCells(d.r))
	}
	d.table([]string{"업체명", "사업자등록번호", "법인등록번호", "계약금액"}, rows)
}

func writeAdjudication(d *doc, f frame, clean bool) {
	r := d.r
	if !clean && r.IntN(3) == 0 {
		adjudicationParties(d, f)
		return
	}
	caseNo := fmt.Sprintf("서행심%d-%d", 2025+r.IntN(2), 100+r.IntN(900))
	d.head(f, pick(r, []string{"행정심판 재결서 송부", "행정심판 사건 재결 결과 통보", "재결서 정본 송달"}), nil)
	d.t(pick(r, []string{"1. ", "가. "}) + "관련: " + f.o.name + " 행정심판위원회 ")
	d.neg("caseno", caseNo)
	d.t("\n2. 위 사건에 대하여 아래와 같이 재결하였기에 재결서를 송부합니다.\n\n" + pick(r, []string{"재 결 서\n", "재결\n", "행정심판위원회 재결\n"}))
	if clean {
		d.t("청구인\t")
		d.neg("company", pick(r, companies))
		d.t(" (사업자등록번호 ")
		d.neg("bizno", bizNo(r))
		d.t(")\n피청구인\t" + f.o.head + "\n주문\t청구인의 청구를 기각한다.\n이유\t")
		d.neg("statute", pick(r, statutes))
		d.t("에 따른 처분은 적법하다.\n")
		return
	}
	p := newPerson(r, 1950, 2000)
	lbl := pick(r, []string{"청구인", "청 구 인", "심판청구인"})
	d.t(lbl + pick(r, []string{"\t", "  ", "\n"}))
	d.pii(tName, "kv", p.name)
	if r.IntN(2) == 0 {
		d.t(" (")
		d.pii(tBirth, "kv", birthText(r, p.b))
		d.t(pick(r, []string{"생)", ")"}))
	}
	d.t("\n" + pick(r, []string{"주소", "주 소", "주소지"}) + pick(r, []string{"\t", "  ", "\n"}))
	d.pii(tAddress, "kv", p.addr, p.addrQual()...)
	d.t("\n피청구인\t" + f.o.head + "\n")
	if r.IntN(2) == 0 {
		agent := newPerson(r, 1960, 1990)
		d.t("청구인 대리인\t")
		d.pii(tName, "kv", agent.name)
		d.t(pick(r, []string{" (행정사, 연락처 ", " (", " 대리인 휴대전화 "}))
		d.pii(tMobile, "kv", agent.mobile)
		d.t(")\n")
	}
	d.t("주문\t" + pick(r, []string{"피청구인이 ", "피청구인이 2026. 3. 4. "}) + "청구인에게 한 ")
	d.t(pick(r, []string{"영업정지 처분을 취소한다.", "과징금 부과처분은 이를 변경한다.", "주거급여 지급 중지 처분을 취소한다.", "정보공개 거부처분을 취소한다."}) + "\n")
	d.t("청구취지\t주문과 같다.\n이유\n1. 사건 개요\n")
	d.t(" 가. 청구인")
	d.pii(tName, "prose", p.name, "particle")
	d.t(particle(r, p.name))
	d.sp()
	d.t(pick(r, []string{"위 주소지에 거주하는 자로서", "관내에서 음식점을 운영하는 자로서", "기초생활수급자로서"}))
	d.sp()
	d.neg("date", fmt.Sprintf("2026. %d. %d.", 1+r.IntN(10), 1+r.IntN(28)))
	d.t(" 피청구인으로부터 처분을 받았다.\n")
	d.t(" 나. 청구인의 주민등록번호는 ")
	d.pii(tRRN, "prose", p.rrn)
	d.t("이며, 처분 당시 연락처 ")
	d.pii(tMobile, "prose", p.mobile)
	d.t("로 사전통지하였으나")
	d.sp()
	d.t("송달되지 아니하였다.\n2. 관계 법령\n ")
	d.neg("statute", pick(r, statutes))
	d.t("\n3. 판단\n")
	d.t(" 피청구인은 ")
	d.pii(tName, "prose", p.name, "particle")
	d.t(pick(r, []string{"의 사정을 고려하지 아니하고", "에 대하여 의견제출 기회를 주지 아니하고"}) + " 처분하였으므로 위법하다.\n")
	d.t(pick(r, []string{"위원장 ", "행정심판위원회 위원장 "}))
	d.official(f.approver.name)
	d.t("\n")
}

func writeReply(d *doc, f frame, clean bool) {
	r := d.r
	if !clean && r.IntN(3) == 0 {
		replyLetter(d, f)
		return
	}
	p := newPerson(r, 1945, 2004)
	rcpt := fmt.Sprintf("2AA-26%02d-%07d", 1+r.IntN(11), r.IntN(10000000))
	title := pick(r, []string{"민원 회신(", "국민신문고 민원 처리 결과 알림(", "질의 민원에 대한 회신("}) + pick(r, []string{"불법주정차 단속", "공원 소음", "도로 파손", "가로등 고장", "쓰레기 무단투기"}) + ")"
	if clean {
		d.head(f, title, func() { d.t("민원인 귀하") })
		d.t("1. 귀하께서 국민신문고(접수번호 ")
		d.neg("receipt", rcpt)
		d.t(")를 통해 신청하신 민원에 대한 검토 결과를 알려드립니다.\n2. 해당 구간은 ")
		d.lookalike()
		d.t(" 인근으로 ")
		d.neg("date", fmt.Sprintf("2026. %d. %d.", 1+r.IntN(11), 1+r.IntN(28)))
		d.t("까지 정비할 예정입니다.\n")
		d.contact(f)
		return
	}
	d.head(f, title, func() {
		switch r.IntN(3) {
		case 0:
			d.pii(tName, "recipient", p.name, "honorific")
			d.t(pick(r, []string{" 귀하", "귀하", " 님"}))
			d.t(pick(r, []string{" (", " ("}) + pick(r, []string{"", "우 " + fmt.Sprint(10000+r.IntN(50000)) + " "}))
			d.pii(tAddress, "recipient", p.addr, p.addrQual()...)
			d.t(")")
		case 1:
			d.pii(tName, "recipient", p.name, "honorific")
			d.t(" 귀하\n(")
			d.pii(tAddress, "recipient", p.addr, p.addrQual()...)
			d.t(")")
		default:
			d.pii(tAddress, "recipient", p.addr, p.addrQual()...)
			d.t(" ")
			d.pii(tName, "recipient", p.name, "honorific")
			d.t(" 님")
		}
	})
	d.t("1. 평소 구정에 관심을 가져 주신 ")
	d.pii(tName, "prose", p.name, "honorific")
	d.t(honorific(r))
	d.t("께 감사드립니다.\n2. ")
	d.neg("date", fmt.Sprintf("2026. %d. %d.", 1+r.IntN(11), 1+r.IntN(28)))
	d.t(" 국민신문고(")
	d.neg("receipt", rcpt)
	d.t(")로 신청하신 민원에 대한 답변입니다.\n")
	d.t(" 가. 민원 요지: ")
	d.lookalike()
	d.t(" 주변 ")
	d.pii(tPlate, "prose", p.plate)
	d.t(pick(r, []string{" 차량의 장기 주차", " 차량이 보도 위에 상시 주차"}) + "\n")
	d.t(" 나. 처리 결과: 현장 확인 결과 위반 사실이 확인되어 ")
	d.neg("statute", pick(r, statutes))
	d.t("에 따라 조치하였습니다.\n")
	d.t("3. 추가 문의사항은 민원인")
	d.t(pick(r, []string{"께서 남기신 연락처(", "의 전화(", " 휴대전화("}))
	if r.IntN(2) == 0 {
		d.pii(tMobile, "prose", p.mobile)
	} else {
		d.pii(tLandline, "prose", p.tel, "home")
	}
	d.t(pick(r, []string{") 또는 전자우편(", "), 이메일("}))
	d.pii(tEmail, "prose", p.email)
	d.t(")로 회신드리겠습니다.\n")
	if r.IntN(2) == 0 {
		d.t(pick(r, []string{"※ 접속기록: 신청 IP ", "(신청 단말 IP: ", "※ 민원 신청 접속 IP "}))
		d.pii(tIP, "prose", ip(r))
		d.t("\n")
	}
	d.contact(f)
}

func writeSubsidy(d *doc, f frame, clean bool) {
	r := d.r
	prog := pick(r, []string{"청년 월세 한시 특별지원", "소상공인 경영안정자금", "어르신 일자리 참여수당", "출산축하금", "장애인 보조기기 구입비", "노후주택 집수리 보조금"})
	d.head(f, fmt.Sprintf("%s 교부 결정(%d차)", prog, 1+r.IntN(5)), nil)
	d.t("1. 관련: ")
	d.neg("statute", pick(r, statutes))
	d.t(", " + f.dept + "-" + fmt.Sprint(1000+r.IntN(9000)) + "\n")
	d.t(fmt.Sprintf("2. %s 대상자를 아래와 같이 결정하고 보조금을 교부하고자 합니다.\n", prog))
	d.t(" 가. 교부 총액: ")
	d.neg("amount", money(r))
	d.t("\n 나. 예산과목: 사회복지 > 기초생활보장 > 301-12\n")
	if clean {
		d.companies(2 + r.IntN(3))
		return
	}
	d.t("\n붙임 " + pick(r, []string{"교부 대상자 명단 1부.", "지급 명세서 1부.", "대상자 현황 1부."}) + "\n")
	ps := people(r, 3+r.IntN(6), 1950, 2004)
	hdrs := [][]string{
		{"연번", "성명", "생년월일", "주소", "은행명", "계좌번호", "지급액"},
		{"번호", "신청인", "주민등록번호", "연락처", "금융기관", "입금계좌", "금액"},
		{"순번", "수령인", "생년월일", "휴대전화", "은행", "계좌", "예금주"},
	}
	v := r.IntN(3)
	var rows [][]cell
	for i, p := range ps {
		row := []cell{txt(fmt.Sprint(i + 1)), pv(tName, p.name)}
		switch v {
		case 0:
			row = append(row, pv(tBirth, birthText(r, p.b)), pv(tAddress, p.addr, p.addrQual()...), txt(p.bank), pv(tAccount, p.acct), ng("amount", money(r)))
		case 1:
			row = append(row, pv(tRRN, p.rrn), pv(tMobile, p.mobile), txt(p.bank), pv(tAccount, p.acct), ng("amount", money(r)))
		default:
			row = append(row, pv(tBirth, birthText(r, p.b)), pv(tMobile, p.mobile), txt(p.bank), pv(tAccount, p.acct), pv(tName, p.name, "repeat"))
		}
		rows = append(rows, row)
	}
	d.table(hdrs[v], rows)
	d.t("※ 교부 대상자 중 ")
	d.pii(tName, "prose", ps[0].name, "particle")
	d.t(pick(r, []string{josa(ps[0].name, "은", "는") + " 계좌 해지로 ", "의 경우 예금주 불일치로 "}) + "재확인 후 지급 예정\n")
	d.contact(f)
}

func writeFine(d *doc, f frame, clean bool) {
	r := d.r
	kind := pick(r, []string{"주정차위반", "전용차로 위반", "장애인전용주차구역 위반", "자동차 검사 지연", "의무보험 미가입"})
	d.head(f, fmt.Sprintf("%s 과태료 부과 %s", kind, pick(r, []string{"알림", "결정", "사전통지", "(의견진술 기한 경과분)"})), nil)
	d.t("1. ")
	d.neg("statute", pick(r, statutes))
	d.t("에 따라 " + kind + " 차량에 과태료를 부과합니다.\n2. 부과 내역\n")
	if clean {
		d.t(" 가. 건수: " + fmt.Sprint(10+r.IntN(300)) + "건, 금액: ")
		d.neg("amount", money(r))
		d.t("\n 나. 단속장소: ")
		d.lookalike()
		d.t(" 앞 도로\n")
		return
	}
	ps := people(r, 3+r.IntN(5), 1950, 2002)
	hdrs := [][]string{
		{"차량번호", "소유자", "주소", "위반일시", "금액"},
		{"연번", "차량번호", "성명", "주민등록번호", "주소"},
		{"차량번호", "차주", "운전면허번호", "연락처", "과태료"},
	}
	v := r.IntN(3)
	var rows [][]cell
	for i, p := range ps {
		when := ng("datetime", fmt.Sprintf("2026.%02d.%02d %02d:%02d", 1+r.IntN(11), 1+r.IntN(28), r.IntN(24), r.IntN(60)))
		switch v {
		case 0:
			rows = append(rows, []cell{pv(tPlate, p.plate), pv(tName, p.name), pv(tAddress, p.addr, p.addrQual()...), when, ng("amount", pick(r, []string{"40,000원", "80,000원", "100,000원"}))})
		case 1:
			rows = append(rows, []cell{txt(fmt.Sprint(i + 1)), pv(tPlate, p.plate), pv(tName, p.name), pv(tRRN, p.rrn), pv(tAddress, p.addr, p.addrQual()...)})
		default:
			rows = append(rows, []cell{pv(tPlate, p.plate), pv(tName, p.name), pv(tLicence, p.lic), pv(tMobile, p.mobile), ng("amount", "320,000원")})
		}
	}
	d.table(hdrs[v], rows)
	p := ps[r.IntN(len(ps))]
	d.t("3. 위 차량 중 ")
	d.pii(tPlate, "prose", p.plate)
	d.t(pick(r, []string{"의 소유자 ", " 차주 "}))
	d.pii(tName, "prose", p.name, "particle")
	d.t(topic(r, p.name) + "의견진술서를 제출하였으며 운전면허번호 ")
	d.pii(tLicence, "prose", p.lic)
	d.t("로 본인 확인하였습니다.\n")
	if r.IntN(2) == 0 {
		d.t("※ ")
		d.pii(tName, "prose", p.name, "particle")
		d.t(pick(r, []string{"의 신용카드(", " 차주 카드 납부("}))
		d.pii(tCard, "prose", p.card)
		d.t(") 승인 취소 건은 환급 처리\n")
	}
	d.t("4. 가상계좌 납부: 고지서 번호 ")
	d.neg("billno", fmt.Sprintf("%d-%d-%08d", 11+r.IntN(20), 2026, r.IntN(1e8)))
	d.t("\n")
	d.contact(f)
}

func writeBriefing(d *doc, f frame, clean bool) {
	r := d.r
	if !clean && r.IntN(3) == 0 {
		briefingTranscript(d, f)
		return
	}
	topic := pick(r, []string{"재개발 정비구역 지정", "공영주차장 건립", "하수처리시설 증설", "경전철 역사 위치", "어린이공원 리모델링"})
	d.head(f, topic+" "+pick(r, []string{"주민설명회 결과 보고", "주민설명회 회의록", "설명회 개최 결과"}), nil)
	d.t("1. 개요\n ○ 일시: ")
	d.neg("datetime", fmt.Sprintf("2026. %d. %d.(%s) %d:00", 1+r.IntN(11), 1+r.IntN(28), pick(r, []string{"월", "화", "수", "목", "금"}), 14+r.IntN(5)))
	d.t("\n ○ 장소: ")
	d.neg("place", pick(r, []string{"구청 대강당", "○○동 주민센터 3층", "구민회관 소강당", "남산도서관 세미나실"}))
	d.t("\n ○ 참석: 주민 " + fmt.Sprint(20+r.IntN(80)) + "명, " + f.dept + " ")
	d.official(f.checker.name)
	d.t(" " + f.checker.pos + " 등\n2. 질의응답\n")
	if clean {
		d.t(" - 주민 A: 공사 기간은 어떻게 되나요?\n - " + f.checker.pos + ": ")
		d.neg("date", "2027. 6.")
		d.t(" 준공 예정입니다.\n")
		return
	}
	speakers := people(r, 2+r.IntN(4), 1945, 1995)
	for _, p := range speakers {
		switch r.IntN(4) {
		case 0:
			d.pii(tName, "speaker", p.name)
			d.t(pick(r, []string{"(주민): ", " 주민: ", "(○○동): "}))
		case 1:
			d.t(pick(r, []string{"질문(", "주민 "}))
			d.pii(tName, "speaker", p.name)
			d.t(pick(r, []string{"): ", " : "}))
		case 2:
			d.t("○ ")
			d.pii(tName, "speaker", p.name, "honorific")
			d.t(pick(r, []string{" 님", "님"}) + ": ")
		default:
			d.t("- ")
			d.pii(tName, "speaker", p.name)
			d.t(" (")
			d.pii(tAddress, "speaker", p.addr, p.addrQual()...)
			d.t(" 거주): ")
		}
		d.t(pick(r, []string{"우리 집 앞이 공사 구간에 들어가는데 보상은 어떻게 됩니까?", "소음 대책을 알려 주세요.", "반대 서명을 받았습니다. 연락은 제 번호 ", "주차 문제가 심각합니다."}))
		if r.IntN(3) == 0 {
			d.pii(tMobile, "speaker", p.mobile)
			d.t("로 주시면 됩니다.")
		}
		d.t("\n" + pick(r, []string{"답변(", "→ "}) + f.checker.pos + "): ")
		d.t(pick(r, []string{"검토 후 개별 안내드리겠습니다.", "보상 기준은 감정평가 후 결정됩니다.", "공사 시간을 조정하겠습니다."}) + "\n")
	}
	d.t("3. 향후 조치: 건의 주민 ")
	for i, p := range speakers[:min(2, len(speakers))] {
		if i > 0 {
			d.t(", ")
		}
		d.pii(tName, "list", p.name, "repeat")
	}
	d.t(pick(r, []string{"에게 개별 회신", " 등에게 결과 통보"}) + "\n")
	d.contact(f)
}

func writeCommittee(d *doc, f frame, clean bool) {
	r := d.r
	com := pick(r, []string{"도시계획위원회", "지방보조금심의위원회", "공적심사위원회", "건축심의위원회", "청년정책위원회"})
	d.head(f, com+" "+pick(r, []string{"심사 결과 보고", "심의 결과 알림", "제" + fmt.Sprint(1+r.IntN(20)) + "차 회의 결과"}), nil)
	d.t("1. 회의 개요\n - 일시: ")
	d.neg("date", fmt.Sprintf("2026. %d. %d.", 1+r.IntN(11), 1+r.IntN(28)))
	d.t(" / 장소: ")
	d.neg("place", "서울시청 서소문청사 회의실")
	d.t("\n - 위원장: ")
	d.official(f.approver.name)
	d.t(" (" + f.approver.pos + ")\n2. 참석 위원\n")
	var rows [][]cell
	for i := range 3 + r.IntN(4) {
		if clean || r.IntN(2) == 0 {
			// Appointed outside members of the committee in the duty:
			// the roster carries only institutions.
			rows = append(rows, []cell{txt(fmt.Sprint(i + 1)), ng("place", pick(r, []string{"서울대학교", "한국도시연구소", "○○법률사무소", "구의회"})), txt(pick(r, []string{"-", "위원", "부위원장"}))})
			continue
		}
		m := newPerson(r, 1955, 1990)
		rows = append(rows, []cell{txt(fmt.Sprint(i + 1)), pv(tName, m.name, "member"), pv(tMobile, m.mobile)})
	}
	d.table([]string{"연번", pick(r, []string{"성명(소속)", "위원", "성명/소속"}), pick(r, []string{"연락처", "비고"})}, rows)
	d.t("3. 심사 결과\n")
	if clean {
		d.companies(2)
		return
	}
	ps := people(r, 2+r.IntN(4), 1950, 2000)
	var res [][]cell
	for _, p := range ps {
		res = append(res, []cell{pv(tName, p.name), pv(tBirth, birthText(r, p.b)), pv(tAddress, p.addr, p.addrQual()...), txt(pick(r, []string{"적합", "부적합", "조건부 적합", "보류"}))})
	}
	d.table([]string{pick(r, []string{"신청인", "대상자", "성명"}), "생년월일", "주소", "결과"}, res)
	d.t(" ※ ")
	d.pii(tName, "prose", ps[0].name, "particle")
	d.t(pick(r, []string{" 신청인은 이해충돌로 ", "의 건은 "}) + "재심의 예정\n")
	d.contact(f)
}

func writeDiscipline(d *doc, f frame, clean bool) {
	r := d.r
	if !clean && r.IntN(3) == 0 {
		disciplineNotice(d, f)
		return
	}
	d.head(f, pick(r, []string{"공무원 징계 처분 결과 통보", "징계위원회 의결 결과 알림", "징계처분 사유 설명서 송부"}), nil)
	d.t("1. ")
	d.neg("statute", pick(r, statutes))
	d.t("에 따라 아래와 같이 징계 처분하였음을 알려드립니다.\n")
	if clean {
		d.t("2. 징계 현황: 경징계 " + fmt.Sprint(r.IntN(5)) + "건, 중징계 " + fmt.Sprint(r.IntN(3)) + "건 (개인 정보 비공개)\n")
		return
	}
	// The disciplined officials are personal data even though they are
	// officials: they are not in the exempt list.
	ps := people(r, 1+r.IntN(3), 1965, 1998)
	var rows [][]cell
	for _, p := range ps {
		rows = append(rows, []cell{txt(pick(r, []string{"행정7급", "행정6급", "시설8급", "보건7급", "사회복지9급"})), pv(tName, p.name, "disciplined"), pv(tBirth, birthText(r, p.b)), txt(pick(r, []string{"견책", "감봉 1월", "정직 2월", "강등"})), txt(pick(r, []string{"음주운전", "성실의무 위반", "금품수수", "직장 내 괴롭힘"}))})
	}
	d.table([]string{"직급", "성명", "생년월일", "처분", "사유"}, rows)
	p := ps[0]
	d.t("2. 징계 사유\n 가. ")
	d.pii(tName, "prose", p.name, "disciplined", "particle")
	d.t(topic(r, p.name))
	d.neg("date", fmt.Sprintf("2026. %d. %d.", 1+r.IntN(11), 1+r.IntN(28)))
	d.t(pick(r, []string{" 혈중알코올농도 0.09% 상태로 ", " 근무시간 중 "}))
	d.pii(tPlate, "prose", p.plate, "disciplined")
	d.t(" 차량을 운전하다 적발되었음\n 나. 처분 대상자 연락처: ")
	d.pii(tMobile, "prose", p.mobile, "disciplined")
	d.t(", 자택 ")
	d.pii(tAddress, "prose", p.addr, append(p.addrQual(), "disciplined")...)
	d.t("\n3. 징계위원회 간사: ")
	d.official(f.checker.name)
	d.t(" " + f.checker.pos + "\n")
}

func writeScholarship(d *doc, f frame, clean bool) {
	r := d.r
	if !clean && r.IntN(3) == 0 {
		scholarshipList(d, f)
		return
	}
	fund := pick(r, []string{"구민장학재단", "희망장학금", "인재육성장학금", "다자녀가정 장학금"})
	d.head(f, fmt.Sprintf("2026년 %s 장학생 선발 결과", fund), nil)
	d.t("1. 선발 인원: " + fmt.Sprint(5+r.IntN(40)) + "명 (고등학생, 대학생)\n2. 장학금: 1인당 ")
	d.neg("amount", money(r))
	d.t("\n")
	if clean {
		d.t("3. 선발 기준: 성적 40%, 소득 60%\n")
		d.companies(1)
		return
	}
	ps := people(r, 3+r.IntN(5), 2005, 2012)
	var rows [][]cell
	for i, p := range ps {
		g := newPerson(r, 1965, 1985)
		rows = append(rows, []cell{txt(fmt.Sprint(i + 1)), pv(tName, p.name, "minor"), ng("place", pick(r, []string{"○○고", "△△중", "□□대학교"})), pv(tBirth, birthText(r, p.b), "minor"), pv(tName, g.name, "guardian"), pv(tMobile, g.mobile, "guardian"), pv(tAccount, g.acct)})
	}
	d.table([]string{"연번", "학생명", "학교", "생년월일", "보호자", "보호자 연락처", "계좌번호"}, rows)
	p := ps[0]
	d.t("3. 특이사항: ")
	d.pii(tName, "prose", p.name, "minor", "particle")
	d.t(pick(r, []string{" 학생은 ", " 군은 ", " 양은 "}) + "한부모 가정으로 우선 선발함 (주민등록번호 ")
	d.pii(tRRN, "prose", p.rrn, "minor")
	d.t(")\n")
	d.contact(f)
}

func writeForeign(d *doc, f frame, clean bool) {
	r := d.r
	if !clean && r.IntN(3) == 0 {
		foreignCase(d, f)
		return
	}
	d.head(f, pick(r, []string{"외국인 주민 생활안정 지원금 지급", "결혼이민자 통번역 서비스 지원 결과", "외국인 근로자 긴급 지원 결정"}), nil)
	d.t("1. ")
	d.neg("statute", "「재한외국인 처우 기본법」 제12조")
	d.t("에 따라 외국인 주민을 지원합니다.\n")
	if clean {
		d.t("2. 지원 인원: " + fmt.Sprint(10+r.IntN(100)) + "명 (국적별 통계 붙임)\n")
		return
	}
	n := 3 + r.IntN(4)
	var rows [][]cell
	var fs []foreigner
	for i := range n {
		fo := newForeigner(r)
		fs = append(fs, fo)
		b := birthday(r, 1970, 2002)
		rows = append(rows, []cell{txt(fmt.Sprint(i + 1)), pv(tName, fo.latin, "latin", "foreign"), txt(fo.country), pv(tPassport, fo.passport, "foreign"), pv(tFRN, rrnFor(r, b, true)), pv(tMobile, mobile(r))})
	}
	d.table([]string{"연번", "성명(영문)", "국적", "여권번호", "외국인등록번호", "연락처"}, rows)
	fo := fs[0]
	d.t("2. 세부 내용\n ○ ")
	d.pii(tName, "prose", fo.hangul, "transcribed", "foreign")
	d.t(pick(r, []string{"(", " ("}))
	d.pii(tName, "prose", fo.latin, "latin", "foreign")
	d.t(", " + fo.country + ") " + pick(r, []string{"씨는 ", "님은 "}) + "산업재해로 휴직 중이며 여권(")
	d.pii(tPassport, "prose", fo.passport, "foreign")
	d.t(") 사본을 제출함\n ○ 배우자 ")
	sp := newPerson(r, 1965, 1990)
	d.pii(tName, "prose", sp.name, "particle")
	d.t(pick(r, []string{"의 주소 ", "의 거주지 "}))
	d.pii(tAddress, "prose", sp.addr, sp.addrQual()...)
	d.t("\n ○ 통역 지원: ")
	d.neg("place", "외국인주민지원센터")
	d.t(" (")
	d.neg("office_phone", fmt.Sprintf("%s-%04d", f.o.tel, r.IntN(10000)))
	d.t(")\n")
	d.contact(f)
}

func writeAudit(d *doc, f frame, clean bool) {
	r := d.r
	if !clean && r.IntN(3) == 0 {
		auditFinding(d, f)
		return
	}
	d.head(f, pick(r, []string{"정기 종합감사 결과 처분 요구", "계약 특정감사 결과 통보", "보조사업 감사 결과 보고"}), nil)
	d.t("1. 감사 기간: ")
	d.neg("date", fmt.Sprintf("2026. %d. %d.", 1+r.IntN(11), 1+r.IntN(28)))
	d.t(" ~ 10일간\n2. 감사반장: ")
	d.official(f.checker.name)
	d.t(" " + f.checker.pos + "\n3. 지적 사항\n")
	d.companies(1 + r.IntN(3))
	if clean {
		d.t(" 가. 계약 검사 소홀: 시정 요구 (입찰공고번호 ")
		d.neg("bidno", fmt.Sprintf("R26BK%08d", r.IntN(1e8)))
		d.t(")\n")
		return
	}
	d.t(" 가. 수급인 현장대리인 ")
	st := newPerson(r, 1960, 1995)
	d.pii(tName, "prose", st.name, "contractor", "particle")
	d.t(topic(r, st.name) + "자격증을 대여받아 ")
	d.lookalike()
	d.t(" 공사에 상주하지 않았음 (휴대전화 ")
	d.pii(tMobile, "prose", st.mobile, "contractor")
	d.t(")\n 나. 하도급업체 직원 명단\n")
	var rows [][]cell
	for range 2 + r.IntN(4) {
		w := newPerson(r, 1960, 2000)
		rows = append(rows, []cell{pv(tName, w.name, "contractor"), pv(tRRN, w.rrn), pv(tLandline, w.tel, "home"), pv(tEmail, w.email)})
	}
	d.table([]string{"성명", "주민등록번호", "자택전화", "이메일"}, rows)
	d.t(" 다. 법인카드 사적 사용: 카드번호 ")
	d.pii(tCard, "prose", card(r))
	d.t(" (사용자 ")
	d.pii(tName, "prose", newPerson(r, 1970, 1995).name, "contractor")
	d.t(")\n 라. 업무망 접속 기록: ")
	d.pii(tIP, "prose", ip(r))
	d.t(pick(r, []string{"에서 ", " 외부 "}) + "자료 반출\n")
	d.contact(f)
}

func writeEpidemic(d *doc, f frame, clean bool) {
	r := d.r
	if !clean && r.IntN(3) == 0 {
		epidemicForm(d, f)
		return
	}
	dis := pick(r, []string{"결핵", "쯔쯔가무시증", "홍역", "A형간염", "레지오넬라증", "노로바이러스 집단식중독"})
	d.head(f, fmt.Sprintf("%s %s", dis, pick(r, []string{"역학조사 결과 보고", "환자 발생 및 접촉자 조사 결과", "집단발생 역학조사서"})), nil)
	d.t("1. ")
	d.neg("statute", "「감염병의 예방 및 관리에 관한 법률」 제18조")
	d.t("에 따른 역학조사 결과를 보고합니다.\n")
	if clean {
		d.t("2. 발생 현황: 확진 " + fmt.Sprint(1+r.IntN(9)) + "명, 접촉자 " + fmt.Sprint(10+r.IntN(40)) + "명 (")
		d.neg("place", pick(r, []string{"○○초등학교", "△△요양병원", "구민체육센터"}))
		d.t(")\n")
		return
	}
	pt := newPerson(r, 1940, 2010)
	d.t("2. 환자 정보\n")
	d.t(pick(r, []string{"성명", "환자명", "이름"}) + pick(r, []string{"\t", ": ", "\n"}))
	d.pii(tName, "kv", pt.name, "health")
	d.t("\n주민등록번호" + pick(r, []string{"\t", ": ", "\n"}))
	d.pii(tRRN, "kv", pt.rrn, "health")
	d.t("\n" + pick(r, []string{"주소", "거주지"}) + pick(r, []string{"\t", ": ", "\n"}))
	d.pii(tAddress, "kv", pt.addr, append(pt.addrQual(), "health")...)
	d.t("\n" + pick(r, []string{"보호자 연락처", "연락처"}) + pick(r, []string{"\t", ": ", "\n"}))
	d.pii(tMobile, "kv", pt.mobile, "health")
	d.t("\n3. 경과\n ○ 환자 ")
	d.pii(tName, "prose", pt.name, "health", "particle")
	d.t(pick(r, []string{topic(r, pt.name), "씨는 "}))
	d.neg("date", fmt.Sprintf("%d. %d.", 1+r.IntN(11), 1+r.IntN(28)))
	d.t(pick(r, []string{" 발열로 ", " 기침 증상으로 "}))
	d.neg("place", pick(r, []string{"○○병원", "보건소 선별진료소"}))
	d.t("에 내원, 확진됨\n4. 접촉자\n")
	var rows [][]cell
	for i := range 2 + r.IntN(5) {
		c := newPerson(r, 1940, 2015)
		rel := pick(r, []string{"배우자", "자녀", "직장동료", "동거인", "요양보호사"})
		q := []string{"health"}
		if c.b.y >= 2008 {
			q = append(q, "minor")
		}
		rows = append(rows, []cell{txt(fmt.Sprint(i + 1)), pv(tName, c.name, q...), txt(rel), pv(tBirth, birthText(r, c.b), "health"), pv(tMobile, c.mobile, "health"), txt(pick(r, []string{"음성", "양성", "검사 예정"}))})
	}
	d.table([]string{"번호", "성명", "관계", "생년월일", "연락처", "검사결과"}, rows)
	d.contact(f)
}

func writeRelief(d *doc, f frame, clean bool) {
	r := d.r
	if !clean && r.IntN(3) == 0 {
		reliefRecords(d, f)
		return
	}
	ev := pick(r, []string{"집중호우", "태풍", "산불", "폭설"})
	d.head(f, fmt.Sprintf("%s 피해 재난지원금 %s", ev, pick(r, []string{"지급 결정", "지급 명단 확정", "추가 지급 알림"})), nil)
	d.t("1. ")
	d.neg("statute", "「재난안전법」 제66조")
	d.t("에 따라 " + ev + " 피해 주민에게 재난지원금을 지급합니다.\n2. 지급 총액: ")
	d.neg("amount", money(r))
	d.t("\n")
	if clean {
		d.t("3. 지급 대상: 주택 전파 " + fmt.Sprint(r.IntN(20)) + "세대, 반파 " + fmt.Sprint(r.IntN(40)) + "세대\n")
		return
	}
	ps := people(r, 3+r.IntN(6), 1935, 1995)
	var rows [][]cell
	for i, p := range ps {
		holder := pv(tName, p.name, "repeat")
		if r.IntN(4) == 0 {
			holder = pv(tName, korName(r), "family")
		}
		rows = append(rows, []cell{txt(fmt.Sprint(i + 1)), pv(tName, p.name), pv(tAddress, p.addr, p.addrQual()...), txt(pick(r, []string{"전파", "반파", "침수"})), txt(p.bank), pv(tAccount, p.acct), holder, ng("amount", money(r))})
	}
	if r.IntN(2) == 0 {
		// The officer who checked each household, in the line of duty.
		for i := range rows {
			rows[i] = append(rows[i], ng("official", f.drafter.name))
		}
		d.table([]string{"연번", "세대주", "피해주소", "피해", "은행", "계좌번호", "예금주", "지원액", "확인자"}, rows)
	} else {
		d.table([]string{"연번", "세대주", "피해주소", "피해", "은행", "계좌번호", "예금주", "지원액"}, rows)
	}
	d.t("※ 피해 현장: ")
	d.lookalike()
	d.t(" 일대\n")
	p := ps[len(ps)-1]
	d.t("3. 미지급: ")
	d.pii(tName, "prose", p.name, "particle")
	d.t(pick(r, []string{"의 계좌(", " 세대주 계좌 "}))
	d.pii(tAccount, "prose", p.acct)
	d.t(pick(r, []string{")가 압류방지 전용통장이 아님", ") 오류"}) + ", 자택전화 ")
	d.pii(tLandline, "prose", p.tel, "home")
	d.t(" 로 안내함\n")
	if r.IntN(2) == 0 {
		q := ps[0]
		d.t("4. 선불카드 지급: ")
		d.pii(tName, "prose", q.name, "honorific")
		d.t(pick(r, []string{"님 카드번호 ", "씨 선불카드 "}))
		d.pii(tCard, "prose", q.card)
		d.t("\n")
	}
	d.contact(f)
}
