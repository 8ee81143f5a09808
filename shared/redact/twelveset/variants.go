package twelveset

import "fmt"

// The second template of five kinds: the same matter written by another
// office in another shape.

// replyLetter is a reply as a DOCX letter: greeting line, paragraphs, no
// numbered items, the citizen named in the salutation and the body.
func replyLetter(d *doc, f frame) {
	r := d.r
	p := newPerson(r, 1940, 2003)
	d.head(f, pick(r, []string{"귀하의 민원에 대한 답변", "제안 검토 결과 알림", "정보공개 청구에 대한 결정 통지"}), func() {
		d.pii(tName, "recipient", p.name)
		d.t(pick(r, []string{" 님 댁", " 귀하", "님"}))
	})
	d.t(pick(r, []string{"안녕하십니까, ", "", "존경하는 "}))
	d.pii(tName, "prose", p.name, "honorific")
	d.t(pick(r, []string{"님.", " 님께,", " 선생님께"}) + "\n")
	d.t("보내 주신 ")
	d.neg("date", fmt.Sprintf("2026년 %d월 %d일", 1+r.IntN(11), 1+r.IntN(28)))
	d.t("자 서신(")
	d.neg("receipt", fmt.Sprintf("접수번호 %d-%05d", 2026, r.IntN(100000)))
	d.t(")은 잘 받았습니다.")
	d.sp()
	d.t("말씀하신 ")
	d.lookalike()
	d.t(" 관련 건은 담당 부서에서 현장을 확인하였습니다.")
	d.sp()
	d.t("귀하의 주소지(")
	d.pii(tAddress, "prose", p.addr, p.addrQual()...)
	d.t(")로 결과를 우편 발송하였으며,")
	d.sp()
	d.t("휴대전화 ")
	d.pii(tMobile, "prose", p.mobile)
	d.t(pick(r, []string{"로도 안내드렸습니다.", "으로 문자를 보냈습니다."}) + "\n")
	if r.IntN(2) == 0 {
		d.t("첨부하신 자료 중 운전면허증 사본(")
		d.pii(tLicence, "prose", p.lic)
		d.t(")과 통장 사본(" + p.bank + " ")
		d.pii(tAccount, "prose", p.acct)
		d.t(")은 목적 달성 후 파기합니다.\n")
	}
	d.t(pick(r, []string{"늘 건강하시기 바랍니다.\n", "감사합니다.\n"}))
	d.contact(f)
}

// epidemicForm is an 역학조사서 as HWPX gives a form: each label and its
// value on lines of their own.
func epidemicForm(d *doc, f frame) {
	r := d.r
	dis := pick(r, []string{"세균성이질", "장출혈성대장균감염증", "수두", "백일해", "엠폭스"})
	d.head(f, dis+" 기초역학조사서 제출", nil)
	d.t("■ 감염병 기초역학조사서\n")
	pt := newPerson(r, 1940, 2018)
	q := []string{"health"}
	if pt.b.y >= 2008 {
		q = append(q, "minor")
	}
	d.t("1. 인적사항\n성명\n")
	d.pii(tName, "kv", pt.name, q...)
	sex := "여"
	if pt.rrn[7]%2 == 1 {
		sex = "남"
	}
	d.t("\n성별\n" + sex + "\n주민등록번호\n")
	d.pii(tRRN, "kv", pt.rrn, "health")
	d.t("\n직업\n" + pick(r, []string{"회사원", "학생", "무직", "조리종사자"}) + "\n실거주지\n")
	d.pii(tAddress, "kv", pt.addr, append(pt.addrQual(), "health")...)
	d.t("\n전화번호\n")
	d.pii(tLandline, "kv", pt.tel, "health")
	d.t("\n휴대전화\n")
	d.pii(tMobile, "kv", pt.mobile, "health")
	d.t("\n2. 임상정보\n증상 시작일\n")
	d.neg("date", fmt.Sprintf("2026-%02d-%02d", 1+r.IntN(11), 1+r.IntN(28)))
	d.t("\n진단 의료기관\n")
	d.neg("place", pick(r, []string{"○○대학교병원", "보건소", "△△의원"}))
	d.t("\n3. 위험요인\n" + pick(r, []string{"해외여행력 있음(베트남)", "집단급식소 이용", "가족 내 유사 증상자 있음"}) + "\n")
	if r.IntN(2) == 0 {
		d.t("출국 시 여권번호\n")
		d.pii(tPassport, "kv", korPassport(r), "health")
		d.t("\n")
	}
	d.t("4. 조사자\n")
	d.t(f.dept + " ")
	d.official(f.drafter.name)
	d.t("\n")
}

// scholarshipList writes the selected students as numbered list items.
func scholarshipList(d *doc, f frame) {
	r := d.r
	d.head(f, pick(r, []string{"장학금 지급 대상자 확정 알림", "꿈나무 장학생 추천 결과"}), nil)
	d.t("1. 장학금 지급 대상자를 다음과 같이 확정하였습니다.\n2. 대상자\n")
	for i := range 3 + r.IntN(5) {
		s := newPerson(r, 2006, 2014)
		g := newPerson(r, 1965, 1988)
		d.tf(pick(r, []string{"  %d. ", " (%d) ", "  %d) "}), i+1)
		d.pii(tName, "list", s.name, "minor")
		d.t(pick(r, []string{" (", "("}))
		d.neg("place", pick(r, []string{"○○중학교 2학년", "△△고등학교 1학년", "□□초등학교 6학년"}))
		d.t(", ")
		d.pii(tBirth, "list", birthText(r, s.b), "minor")
		d.t(pick(r, []string{"생", ""}) + ") - 보호자 ")
		d.pii(tName, "list", g.name, "guardian")
		d.t(" ")
		d.pii(tMobile, "list", g.mobile, "guardian")
		if r.IntN(2) == 0 {
			d.t(", " + g.bank + " ")
			d.pii(tAccount, "list", g.acct, "guardian")
		}
		d.t("\n")
	}
	d.t("3. 지급액: 1인당 ")
	d.neg("amount", money(r))
	d.t("\n")
	d.contact(f)
}

// disciplineNotice is a 처분 사유 설명서: one official, his particulars
// in a form, the facts in prose.
func disciplineNotice(d *doc, f frame) {
	r := d.r
	p := newPerson(r, 1965, 1998)
	d.head(f, "징계처분 사유 설명서", nil)
	d.t("소속\t" + f.o.name + " " + pick(r, f.o.depts) + "\n직위(직급)\t" + pick(r, []string{"행정주사", "시설주사보", "세무주사"}) + "\n성명\t")
	d.pii(tName, "kv", p.name, "disciplined")
	d.t("\n주소\t")
	d.pii(tAddress, "kv", p.addr, append(p.addrQual(), "disciplined")...)
	d.t("\n처분 내용\t" + pick(r, []string{"감봉 3월", "견책", "정직 1월"}) + "\n처분 사유\t")
	d.pii(tName, "prose", p.name, "disciplined", "particle")
	d.t(topic(r, p.name) + "민원인의 개인정보를 업무 외 목적으로 조회하였으며,")
	d.sp()
	d.t("그 조회 기록의 접속 IP는 ")
	d.pii(tIP, "prose", ip(r), "disciplined")
	d.t("로 확인됨.")
	d.sp()
	d.neg("statute", "「지방공무원법」 제48조")
	d.t(" 위반\n처분권자\t" + f.o.head + "\n")
}

// adjudicationParties writes a 재결서 whose parties sit in a table, as
// some commissions lay them out.
func adjudicationParties(d *doc, f frame) {
	r := d.r
	d.head(f, "행정심판 재결서("+pick(r, []string{"인용", "기각", "각하", "일부인용"})+")", nil)
	d.t("사건 ")
	d.neg("caseno", fmt.Sprintf("%d-%05d", 2026, r.IntN(100000)))
	d.t(" " + pick(r, []string{"운전면허 취소처분 취소청구", "영업정지처분 취소청구", "기초연금 환수처분 취소청구"}) + "\n")
	a, b := newPerson(r, 1950, 1999), newPerson(r, 1950, 1999)
	d.table([]string{"구분", "성명", "생년월일", "주소", "연락처"}, [][]cell{
		{txt("청구인"), pv(tName, a.name), pv(tBirth, birthText(r, a.b)), pv(tAddress, a.addr, a.addrQual()...), pv(tMobile, a.mobile)},
		{txt("선정대표자"), pv(tName, b.name), pv(tBirth, birthText(r, b.b)), pv(tAddress, b.addr, b.addrQual()...), pv(tLandline, b.tel, "home")},
	})
	d.t("피청구인\t" + pick(r, []string{"서울특별시경찰청장", f.o.head}) + "\n주문\n청구인의 청구를 " + pick(r, []string{"기각한다.", "인용한다."}) + "\n이유\n")
	d.t("청구인 ")
	d.pii(tName, "prose", a.name, "particle")
	d.t(topic(r, a.name))
	d.pii(tPlate, "prose", a.plate)
	d.t(" 차량을 운전하던 중 적발되었고, 청구인의 운전면허(")
	d.pii(tLicence, "prose", a.lic)
	d.t(")는 취소되었다.\n")
	d.neg("statute", "「도로교통법」 제93조")
	d.t("에 비추어 보건대 처분은 ")
	d.t(pick(r, []string{"재량권의 범위 내에 있다.", "비례원칙에 어긋난다."}) + "\n")
}

// foreignCase is a case report on one foreign resident, prose hard-wrapped
// as a PDF gives it, the name transcribed first and in Latin letters after.
func foreignCase(d *doc, f frame) {
	r := d.r
	fo := newForeigner(r)
	b := birthday(r, 1975, 2003)
	d.head(f, pick(r, []string{"외국인 주민 긴급지원 사례 보고", "이주배경 주민 사례관리 결과"}), nil)
	d.t("□ 대상자\n ○ ")
	d.pii(tName, "prose", fo.hangul, "transcribed", "foreign")
	d.t(" (" + fo.country + ", ")
	d.pii(tName, "prose", fo.latin, "latin", "foreign")
	d.t(", ")
	d.pii(tBirth, "prose", birthText(r, b), "foreign")
	d.t(pick(r, []string{"생)", ")"}) + "\n ○ 외국인등록번호 ")
	d.pii(tFRN, "prose", rrnFor(r, b, true), "foreign")
	d.t(" / 여권 ")
	d.pii(tPassport, "prose", fo.passport, "foreign")
	d.t("\n□ 사례 내용\n ○ 대상자는")
	d.sp()
	d.t("체류기간 만료 후 임금 체불로 생계가 곤란하여")
	d.sp()
	d.neg("place", "외국인주민지원센터")
	d.t("에 상담을 요청함.")
	d.sp()
	d.t("현 거주지는 ")
	addr, lot := address(r)
	q := []string{"road", "foreign"}
	if lot {
		q[0] = "lot"
	}
	d.pii(tAddress, "prose", addr, q...)
	d.t("이며,")
	d.sp()
	d.t("연락처는 ")
	d.pii(tMobile, "prose", mobile(r), "foreign")
	bk, acct := account(r)
	d.t("임.\n ○ 지원금은 본인 명의 계좌(" + bk + " ")
	d.pii(tAccount, "prose", acct, "foreign")
	d.t(")로 입금\n□ 조치: ")
	d.neg("statute", "「재한외국인 처우 기본법」 제12조")
	d.t("에 따라 긴급생계비 ")
	d.neg("amount", money(r))
	d.t(" 지원\n")
	d.contact(f)
}

// reliefRecords lists each household as a record of label: value lines,
// as a DOCX form exported per household gives them.
func reliefRecords(d *doc, f frame) {
	r := d.r
	d.head(f, pick(r, []string{"풍수해 재난지원금 지급 대상 통보", "재난지원금 계좌 입금 의뢰"}), nil)
	d.t("1. 재난지원금 지급 대상을 다음과 같이 통보하오니 입금 조치하여 주시기 바랍니다.\n")
	d.t("2. 지급 근거: ")
	d.neg("statute", "「재난안전법」 제66조")
	d.t("\n")
	for i := range 2 + r.IntN(4) {
		p := newPerson(r, 1935, 1995)
		d.tf("[%d] 세대주: ", i+1)
		d.pii(tName, "kv", p.name)
		d.t("\n    주민등록번호: ")
		d.pii(tRRN, "kv", p.rrn)
		d.t("\n    피해주소: ")
		d.pii(tAddress, "kv", p.addr, p.addrQual()...)
		d.t("\n    입금계좌: " + p.bank + " ")
		d.pii(tAccount, "kv", p.acct)
		d.t(" (예금주 ")
		d.pii(tName, "kv", p.name, "repeat")
		d.t(")\n    연락처: ")
		if r.IntN(2) == 0 {
			d.pii(tLandline, "kv", p.tel, "home")
		} else {
			d.pii(tMobile, "kv", p.mobile)
		}
		d.t("\n    지원액: ")
		d.neg("amount", money(r))
		d.t("\n")
	}
	d.contact(f)
}

// briefingTranscript is minutes as a stenographer types them: the chair
// (an official, public) and residents in turn, names in brackets.
func briefingTranscript(d *doc, f frame) {
	r := d.r
	d.head(f, pick(r, []string{"주민 간담회 속기록 송부", "공청회 회의록 공개"}), nil)
	d.t("◎ 사회: " + f.dept + " " + f.checker.pos + " ")
	d.official(f.checker.name)
	d.t("\n")
	for range 2 + r.IntN(4) {
		p := newPerson(r, 1945, 2000)
		d.t("○사회자(")
		d.official(f.checker.name)
		d.t(") 다음 분 말씀해 주십시오.\n")
		br := pick(r, [][2]string{{"○주민(", ") "}, {"○", " "}, {"○ 참석자 ", " : "}, {"○주민(", ") : "}})
		d.t(br[0])
		d.pii(tName, "speaker", p.name)
		d.t(br[1])
		d.t(pick(r, []string{"저는 ", "", "네, "}))
		d.neg("place", pick(r, []string{"망원동", "상계동", "인계동", "둔산동"}))
		d.t(pick(r, []string{"에 사는 사람입니다. ", " 주민입니다. "}))
		switch r.IntN(4) {
		case 0:
			d.t("제 전화번호 ")
			d.pii(tMobile, "speaker", p.mobile)
			d.t("로 회신 바랍니다.\n")
		case 1:
			d.t("집 주소가 ")
			d.pii(tAddress, "speaker", p.addr, p.addrQual()...)
			d.t("인데 바로 앞입니다.\n")
		case 2:
			d.t("자료는 ")
			d.pii(tEmail, "speaker", p.email)
			d.t(pick(r, []string{"로 보내 주세요.\n", " 메일로 부탁합니다.\n"}))
		default:
			d.t("반대합니다. 집 전화 ")
			d.pii(tLandline, "speaker", p.tel, "home")
			d.t(" 입니다.\n")
		}
	}
	d.t("○사회자(")
	d.official(f.checker.name)
	d.t(") 이상으로 마치겠습니다.\n")
	d.contact(f)
}

// auditFinding is one finding in prose, the contractor named with its
// public numbers and its site agent as a private person.
func auditFinding(d *doc, f frame) {
	r := d.r
	d.head(f, "감사 지적사항 처분 요구서", nil)
	co := pick(r, companies)
	w := newPerson(r, 1960, 1995)
	d.t("□ 제목: 공사 감독 소홀\n□ 관계기관: " + f.dept + "\n□ 내용\n 계약상대자 ")
	d.neg("company", co)
	d.t("(사업자등록번호 ")
	d.neg("bizno", bizNo(r))
	d.t(")의 현장대리인 ")
	d.pii(tName, "prose", w.name, "contractor")
	d.t("(")
	d.pii(tBirth, "prose", birthText(r, w.b), "contractor")
	d.t(pick(r, []string{"생", ""}) + ")")
	d.t(pick(r, []string{"은", "이"}) + " 기술자격을 보유하지 않은 채 현장을 관리하였고, 감독공무원 ")
	d.official(f.drafter.name)
	d.t(" " + f.drafter.pos + josa(f.drafter.pos, "은", "는") + " 이를 확인하지 않았다.\n 현장대리인의 자택 주소(")
	d.pii(tAddress, "prose", w.addr, append(w.addrQual(), "contractor")...)
	d.t(")와 전자우편(")
	d.pii(tEmail, "prose", w.email, "contractor")
	d.t(")은 계약서류에서 확인함.\n□ 조치: 주의 요구, 부당 지급액 ")
	d.neg("amount", money(r))
	d.t(" 회수 (계약번호 ")
	d.neg("contractno", fmt.Sprintf("제%d-%04d호", 2026, r.IntN(10000)))
	d.t(")\n")
}

// onlineLog is the attachment an online application system prints: who
// applied, how to reach them, how they paid and from where.
func (d *doc) onlineLog() {
	r := d.r
	d.t(pick(r, []string{"붙임 2. 온라인 신청 접수 내역\n", "[별첨] 전자 신청 내역\n", "※ 인터넷 접수분\n"}))
	var rows [][]cell
	for range 2 + r.IntN(3) {
		p := newPerson(r, 1950, 2004)
		contact := pv(tEmail, p.email)
		if r.IntN(3) == 0 {
			contact = pv(tLandline, p.tel, "home")
		}
		rows = append(rows, []cell{
			ng("receipt", fmt.Sprintf("W2026-%06d", r.IntN(1000000))),
			pv(tName, p.name), contact, pv(tCard, p.card), pv(tIP, ip(r)),
			ng("amount", pick(r, []string{"1,000원", "3,000원", "수수료 면제"})),
		})
	}
	d.table([]string{"접수번호", pick(r, []string{"신청인", "성명", "신청자"}), pick(r, []string{"연락처", "이메일/전화"}), pick(r, []string{"결제카드", "카드번호"}), pick(r, []string{"접속IP", "IP 주소"}), "수수료"}, rows)
}
