package lastset

import (
	"fmt"
	"strings"
)

var kindFuncs = map[string]func(*bld){
	"complaint": complaint,
	"minutes":   minutes,
	"subsidy":   subsidy,
	"notice":    notice,
	"briefing":  briefing,
	"contract":  contract,
	"criminal":  criminal,
	"audit":     audit,
	"foreign":   foreignSupport,
}

// channel picks the channel and its layout.
func (b *bld) channel(chs ...string) {
	b.ch = b.pick(chs)
	switch b.ch {
	case "hwp":
		b.layout = b.pick([]string{"tab", "tab", "cell", "indent"})
	case "web":
		b.layout = b.pick([]string{"colon", "box"})
	}
}

// at names the place of the items written next.
func (b *bld) at(section string) {
	b.place = b.ch
	if b.layout != "" {
		b.place += "." + b.layout
	}
	b.place += "/" + section
}

// rowsFor is how many table rows of cols columns fit the line budget.
func (b *bld) rowsFor(cols, lo, hi int) int {
	n := b.n(lo, hi)
	if b.ch == "hwp" && b.layout == "cell" {
		room := (95 - lines(b.sb.String()) - cols) / cols
		n = min(n, max(1, room))
	}
	return n
}

// contactCell is one of a person's ways to be reached.
func (b *bld) contact(p *person) cell {
	switch b.r.IntN(7) {
	case 0, 1:
		return b.landline()
	case 2:
		return b.email(p)
	}
	return b.mobile()
}

// idCell identifies a person: registration number or date of birth.
func (b *bld) idCell(p *person) (string, cell) {
	if b.chance(0.45) {
		if p.foreign {
			return "외국인등록번호", b.regno(p)
		}
		return "주민등록번호", b.regno(p)
	}
	return "생년월일", b.birth(p)
}

// ---------------------------------------------------------------- complaint

func complaint(b *bld) {
	b.channel("hwp", "hwp", "web", "email", "ocr")
	p := b.person()
	title := b.pick([]string{"민원 처리 결과 통지", "고충민원 처리 결과 회신", "불법 주정차 신고 민원 처리 결과", "소음 피해 민원 회신(재민원)"})
	if b.chance(0.3) {
		b.at("title")
		b.head(b.nm(p, " 님 "), title)
	} else {
		b.head(title)
	}
	rc := b.receipt()
	switch b.ch {
	case "email":
		complaintMail(b, p, rc)
	case "web":
		b.at("field")
		b.field("접수번호", rc)
		b.field("신청인", b.nm(p, ""))
		b.field(b.pick([]string{"휴대전화", "연락처"}), b.mobile())
		if b.chance(0.5) {
			b.field("전화번호", b.landline())
		}
		b.field("전자우편", b.email(p))
		b.field("주소", b.address())
		b.field("신청일", b.date())
		b.field("처리기관", txt(b.off.org+" "+b.off.dept))
		b.field("공개여부", txt(b.pick([]string{"비공개", "공개"})))
		b.at("body")
		b.ln("[민원 내용]")
		complaintStory(b, p)
		b.at("field")
		b.field("신청 IP", b.ip())
		b.ln("[처리 결과]")
		complaintAnswer(b, p)
		b.at("signature")
		b.ln("위와 같이 신청합니다.   신청인 ", b.nm(p, " (서명 생략, 전자 제출)"))
	default:
		b.at("body")
		b.ln("1. 관련: ", b.statute(), ", ", rc, "(", b.date(), ")")
		b.ln("2. 귀하께서 제기하신 민원에 대하여 아래와 같이 처리하였음을 알려드립니다.")
		b.ln("")
		b.at("field")
		b.ln(b.pick([]string{"■ 민원인 인적사항", "가. 민원인", "민원인 현황"}))
		b.field("성명", b.nm(p, ""))
		l, c := b.idCell(p)
		b.field(l, c)
		b.field("주소", b.address())
		b.field("연락처", b.contact(p))
		b.ln("")
		b.at("body")
		b.ln("나. 민원 요지")
		complaintStory(b, p)
		b.ln("다. 처리 결과")
		complaintAnswer(b, p)
	}
	b.pad(32)
	b.foot()
}

func complaintStory(b *bld, p *person) {
	switch b.r.IntN(4) {
	case 0:
		q := b.person()
		b.ln("  ", b.nm(p, "은/는"), " ", b.date(), " 자택 앞 골목에 차량(", b.plate(), ")이 상습적으로 주차되어 통행이 어렵다고 신고함.")
		b.ln("  차주로 추정되는 ", b.nm(q, "과/와"), " 수차례 대화하였으나 개선되지 않았다고 함. 차주 연락처는 ", b.mobile(), "(민원인 제공).")
		b.ln("  ", b.word(), " 기간 중 반복 민원(", b.stat(), ")이 접수된 지역임.")
	case 1:
		b.ln("  윗집(", b.address(), ")에서 심야 시간 소음이 지속된다는 내용임.")
		b.ln("  민원인은 ", b.nm(p, "이라고/라고"), " 밝히며 관리사무소(", b.callcenter(), ")에도 알렸으나 해결되지 않았다고 진술함.")
		b.ln("  회신은 전자우편(", b.email(p), ")으로 받기를 원함.")
	case 2:
		b.ln("  ", b.date(), " 민원실에서 발급 수수료 ", b.amount(), "을 카드(", b.card(), ")로 결제하였으나 이중 승인되었다며 환불을 요청함.")
		b.ln("  환불 계좌: ", b.bankLine(), " (예금주 ", b.nm(p, ")"))
	default:
		b.ln("  여권 재발급 신청(구 여권번호 ", b.passport(p), ") 처리 지연에 대한 고충 민원임.")
		b.ln("  ", b.nm(p, "께서는/께서는"), " 출국 예정일이 임박하였다며 신속 처리를 요청함(", b.date(), " 출국 예정).")
	}
	if b.chance(0.4) {
		b.ln("  ※ 동일 내용으로 ", b.word(), " 관련 민원이 ", b.stat(), " 접수됨.")
	}
}

func complaintAnswer(b *bld, p *person) {
	b.ln("  - 현장 확인 일시: ", b.date(), ", 확인자: ", b.staff(0), " ", b.off.titles[0])
	b.ln("  - ", b.pick([]string{"과태료 부과 예고 및 계도 조치", "관리주체에 시정 권고", "결제 취소 처리 완료", "재발급 우선 처리"}), "하였으며, 처리 기간은 ", neg("statistic", fmt.Sprintf("%d일", 3+b.r.IntN(20))), " 이내였음.")
	b.ln("  - 추가 문의는 담당자(", b.officePhone(), ")에게 연락 바랍니다.")
	if b.chance(0.5) {
		b.ln("  - ", b.nm(p, "님께/님께"), " 처리 결과를 문자로 안내함.")
	}
}

func complaintMail(b *bld, p *person, rc cell) {
	b.at("header")
	b.ln("---------- 전달된 메일 ----------")
	b.ln("보낸사람: ", b.nm(p, " <"), b.email(p), ">")
	b.ln("받는사람: ", b.officeMail())
	b.ln("날짜: ", b.date())
	b.ln("제목: ", b.pick([]string{"민원 재문의드립니다", "Re: 처리 결과 문의", "소음 문제 다시 말씀드립니다"}), " (", rc, ")")
	if b.chance(0.5) {
		b.ln("X-Originating-IP: [", b.ip(), "]")
	}
	b.ln("")
	b.at("body")
	b.ln("안녕하세요. ", b.nm(p, "입니다./입니다."))
	complaintStory(b, p)
	b.ln("번거로우시겠지만 꼭 확인 부탁드립니다.")
	b.at("signature")
	b.ln("")
	b.ln(b.nm(p, " 드림"))
	b.ln(b.pick([]string{"H.P ", "M. ", "핸드폰 ", "☎ "}), b.mobile())
	if b.chance(0.5) {
		b.ln("집 ", b.landline())
	}
	b.ln("")
	b.at("quote")
	b.ln("> ", b.date(), " ", b.off.dept, " <", b.officeMail(), ">님이 작성:")
	b.ln("> 안녕하십니까, ", b.off.dept, " ", b.staff(0), " 주무관입니다.")
	b.ln("> ", b.nm(p, " 님께서/ 님께서"), " 문의하신 건은 현장 확인 후 회신드리겠습니다.")
	b.ln("> 문의: ", b.officePhone())
	b.ln("")
	b.at("body")
	b.ln("[담당자 메모] 위 메일을 기록물로 등록하고 아래와 같이 처리함.")
	complaintAnswer(b, p)
}

// ---------------------------------------------------------------- minutes

func minutes(b *bld) {
	b.channel("hwp", "stt", "stt", "ocr")
	committee := b.pick([]string{"주민참여예산위원회", "지방보조금심의위원회", "생활보장위원회", "공동주택관리 분쟁조정위원회", "외국인주민 지원 협의회"})
	b.head(fmt.Sprintf("제%d차 %s 회의록", 1+b.r.IntN(12), committee))
	var members []*person
	for i := 0; i < b.n(2, 4); i++ {
		members = append(members, b.person())
	}
	chair := members[0]
	b.at("roster")
	if b.ch != "stt" {
		b.ln("1. 회의 개요")
		b.ln("  가. 일시: ", b.date(), fmt.Sprintf(" %d:00", 10+b.r.IntN(7)))
		b.ln("  나. 장소: ", b.place_())
	}
	b.w("  참석: 위원장 ", b.nm(chair, ""), ", 위원 ")
	for i, m := range members[1:] {
		if i > 0 {
			b.w(", ")
		}
		b.w(b.nm(m, ""))
	}
	b.ln(", 당연직 위원 ", b.staff(2), "(", b.off.dept, "장), 간사 ", b.staff(0))
	b.ln("  안건: ", b.word(), " 및 개별 신청 건 심의 (", b.count("건"), ")")
	b.ln("")
	app := b.person()
	if b.ch == "stt" {
		minutesSTT(b, chair, members, app)
	} else {
		b.at("turns")
		b.ln("2. 회의 내용")
		b.ln("○ 위원장(", b.nm(chair, ")"), ": 성원이 되었으므로 개회를 선언합니다.")
		b.ln("○ 간사(", b.staff(0), "): 안건 1은 신청인 ", b.nm(app, "의/의"), " 긴급 지원 요청 건입니다.")
		b.w("   신청인 ")
		l, c := b.idCell(app)
		b.ln(l, " ", c, ", 주소 ", b.address(), ", 연락처 ", b.mobile(), ".")
		b.ln("○ ", b.nm(members[len(members)-1], " 위원: "), "현장 실사 결과를 먼저 듣고 싶습니다.")
		b.ln("○ 간사: ", b.date(), " 실사 시 ", b.nm(app, "은/는"), " 부재중이었고 배우자 ", b.nm(b.person(), "이/가"), " 응대하였습니다.")
		b.ln("○ 위원장: 지원 금액은 ", b.amount(), "으로 하고 ", b.bankLine(), " 계좌로 지급하는 것으로 하겠습니다.")
		b.ln("○ ", b.nm(members[1], " 위원: "), "이의 없습니다. 다만 ", b.statute(), " 요건을 재확인해 주십시오.")
		b.ln("3. 의결 사항: 원안 가결 (찬성 ", b.count("명"), ")")
		if b.chance(0.5) {
			b.at("scores")
			b.ln("[붙임] 위원별 심사 의견")
			var rows [][]cell
			for _, m := range members {
				rows = append(rows, []cell{b.nm(m, ""), txt(b.pick([]string{"적정", "조건부 적정", "보완 필요"})), neg("statistic", fmt.Sprintf("%d점", 60+b.r.IntN(40)))})
			}
			b.table([]string{"위원", "의견", "점수"}, rows)
		}
		if strings.Contains(committee, "분쟁") {
			b.at("parties")
			x, y := b.person(), b.person()
			b.ln("[안건 2] 층간소음 분쟁 조정 신청")
			b.field("신청인", b.nm(x, ""), b.address())
			b.field("피신청인", b.nm(y, ""), b.address())
			b.ln("○ 신청인 ", b.nm(x, "은/는"), " 피신청인 ", b.nm(y, "이/가"), " 야간에 소음을 유발한다고 주장함. 피신청인 연락처 ", b.contact(y), ".")
			b.ln("○ 조정안: 양 당사자 합의 (", b.date(), ")")
		}
	}
	b.pad(34)
	b.foot()
}

// bankLine is a bank (a negative) and an account number.
func (b *bld) bankLine() []cell {
	bk, ac := b.account()
	return []cell{bk, txt(" "), ac}
}

func minutesSTT(b *bld, chair *person, members []*person, app *person) {
	b.at("turns")
	t := 60 * (1 + b.r.IntN(5))
	stamp := func() string {
		t += 5 + b.r.IntN(90)
		return fmt.Sprintf("[%02d:%02d:%02d] ", t/3600, t/60%60, t%60)
	}
	spk := func(p *person, role string) []cell {
		if b.chance(0.5) {
			return []cell{txt(role + "("), b.nm(p, "): ")}
		}
		return []cell{b.nm(p, " "+role+": ")}
	}
	b.ln(stamp(), spk(chair, "위원장"), "네, 시작하겠습니다. 음… 오늘 안건은 두 건입니다.")
	b.ln(stamp(), "간사(", b.staff(0), "): 첫 번째는 ", b.nm(app, " 씨"), " 건인데요, 주소가 ", b.address(), "로 되어 있고—")
	b.ln(stamp(), spk(members[1], "위원"), "잠깐만요, 그분 ", b.nm(app, "이/가"), " 작년에도 신청하지 않았나요?")
	b.ln(stamp(), "간사: 네 맞습니다. ", b.date(), "에 한 번… [불명] …지원받으셨습니다.")
	b.ln(stamp(), spk(chair, "위원장"), "(웃음) 기억력이 좋으시네요. 연락은 되나요?")
	b.ln(stamp(), "간사: 휴대폰 ", b.mobile().qual("+spoken"), " 으로 통화했습니다.")
	if b.chance(0.6) {
		b.ln(stamp(), spk(members[len(members)-1], "위원"), "생년월일이… ", b.birth(app), " 맞죠? 고령이시네요.")
	}
	b.ln(stamp(), "(", b.nm(members[1], " 위원 발언 중 휴대전화 벨소리)"))
	b.ln(stamp(), spk(chair, "위원장"), "그럼 ", b.amount(), " 지급으로 의결하겠습니다. 이의 없으시죠?")
	b.ln(stamp(), "(일동) 없습니다.")
	b.ln(stamp(), "간사: 두 번째 안건은 ", b.word(), " 관련으로 ", b.stat(), " 입니다.")
	q := b.person()
	b.ln(stamp(), spk(q, "방청인"), "저 한마디만… 저희 집이 ", b.address(), "인데요, 거기도 포함됩니까?")
	b.ln(stamp(), spk(chair, "위원장"), "방청인 발언은 회의 끝나고 간사에게 따로… 연락처 남겨 주세요.")
	b.ln(stamp(), spk(q, "방청인"), b.contact(q), " 입니다. 감사합니다.")
	b.ln(stamp(), spk(chair, "위원장"), "이상으로 폐회합니다.")
}

// ---------------------------------------------------------------- subsidy

func subsidy(b *bld) {
	b.channel("csv", "csv", "hwp", "ocr")
	prog := b.pick([]string{"긴급생계비 지원금", "청년 월세 한시 특별지원", "소상공인 재난지원금", "출산 축하금", "에너지 바우처 추가 지원", "어르신 교통비"})
	b.head(prog + " 지급 내역(" + fmt.Sprintf("%d차", 1+b.r.IntN(5)) + ")")
	if b.ch != "csv" {
		b.at("body")
		b.ln("1. 근거: ", b.statute(), " 및 ", b.receipt())
		b.ln("2. ", prog, " 대상자에 대하여 아래와 같이 지급하고자 합니다.")
		b.ln("  가. 예산과목: ", b.budget(), " (", b.word(), ")")
		b.ln("  나. 지급 총액: ", b.amount(), " / 대상 ", b.count("명"))
		b.ln("")
	}
	if b.ch != "csv" && b.chance(0.35) {
		b.at("list")
		b.ln("3. 지급 보류 대상자 (소명 요청)")
		for i := 0; i < b.n(2, 5); i++ {
			p := b.person()
			switch b.r.IntN(3) {
			case 0:
				b.ln(fmt.Sprintf("  %d) ", i+1), b.nm(p, "("), b.birth(p), "): 계좌 명의 불일치 — ", b.bankLine(), " 예금주 확인 필요")
			case 1:
				b.ln(fmt.Sprintf("  %d) ", i+1), b.nm(p, "은/는"), " 주민등록상 주소(", b.address(), ")와 실거주지 상이. 연락처 ", b.contact(p))
			default:
				b.ln(fmt.Sprintf("  %d) ", i+1), b.regno(p), " ", b.nm(p, " — "), "타 기관 동일 사업 중복 수급 의심(", b.amount(), ")")
			}
		}
		b.ln("")
	}
	b.at("table")
	head := []string{"연번", "성명", "생년월일", "주소", "연락처", "은행", "계좌번호", "지급액", "비고"}
	switch b.r.IntN(5) {
	case 0, 1:
		head = []string{"번호", "수급자", "주민등록번호", "휴대전화", "입금은행", "계좌", "금액"}
	case 2:
		head = []string{"번호", "성명", "생년월일", "연락처", "충전 카드번호", "충전액"}
	}
	n := b.rowsFor(len(head), 4, 14)
	var rows [][]cell
	for i := 0; i < n; i++ {
		p := b.person()
		bk, ac := b.account()
		var row []cell
		for _, h := range head {
			switch h {
			case "연번", "번호":
				row = append(row, txt(fmt.Sprintf("%d", i+1)))
			case "성명", "수급자":
				row = append(row, b.nm(p, ""))
			case "생년월일":
				row = append(row, b.birth(p))
			case "주민등록번호":
				row = append(row, b.regno(p))
			case "주소":
				row = append(row, b.address())
			case "연락처":
				row = append(row, b.contact(p))
			case "휴대전화":
				row = append(row, b.mobile())
			case "은행", "입금은행":
				row = append(row, bk)
			case "계좌번호", "계좌":
				row = append(row, ac)
			case "충전 카드번호":
				row = append(row, b.card())
			case "지급액", "금액", "충전액":
				row = append(row, b.amount())
			case "비고":
				row = append(row, txt(b.pick([]string{"", "신규", "계좌변경", "대리수령", "재지급"})))
			}
		}
		rows = append(rows, row)
	}
	b.table(head, rows)
	b.at("body")
	if b.chance(0.5) {
		p := b.person()
		b.ln("※ 대리수령: ", b.nm(p, "("), "수급자의 ", b.pick([]string{"자녀", "배우자", "형제"}), ") 명의 ", b.bankLine(), " — 위임장 확인")
	}
	b.ln("※ 합계 ", b.amount(), " / 예산과목 ", b.budget())
	b.pad(30)
	b.foot()
}

// ---------------------------------------------------------------- notice

func notice(b *bld) {
	b.channel("hwp", "hwp", "ocr", "web")
	what := b.pick([]string{"공시송달 공고", "행정처분 사전통지", "과태료 부과 사전통지서 반송분 공고", "운전면허 정지 처분 사전 통지"})
	b.head(what)
	if b.chance(0.35) {
		noticeLetter(b)
		return
	}
	b.at("body")
	b.ln(b.statute(), "에 따라 아래 대상자에게 처분 사실을 통지하고자 하였으나,")
	b.ln("주소 불명 또는 수취인 부재로 반송되어 이를 공고합니다.")
	b.ln("")
	b.ln("1. 공고 기간: ", b.date(), " ~ ", b.date(), " (14일간)")
	b.ln("2. 공고 대상")
	b.at("table")
	head := []string{"연번", "성명", "생년월일", "최종 주소", "차량번호", "처분 내용", "금액"}
	if b.chance(0.4) {
		head = []string{"순번", "성명", "면허번호", "주소", "위반일", "처분"}
	}
	n := b.rowsFor(len(head), 3, 10)
	var rows [][]cell
	for i := 0; i < n; i++ {
		p := b.person()
		var row []cell
		for _, h := range head {
			switch h {
			case "연번", "순번":
				row = append(row, txt(fmt.Sprintf("%d", i+1)))
			case "성명":
				row = append(row, b.nm(p, ""))
			case "생년월일":
				row = append(row, b.birth(p))
			case "최종 주소", "주소":
				row = append(row, b.address())
			case "차량번호":
				row = append(row, b.plate())
			case "면허번호":
				row = append(row, b.licence())
			case "처분 내용", "처분":
				row = append(row, txt(b.pick([]string{"주정차위반 과태료", "면허정지 40일", "영업정지 7일", "이행강제금 부과"})))
			case "금액":
				row = append(row, b.amount())
			case "위반일":
				row = append(row, b.date())
			}
		}
		rows = append(rows, row)
	}
	b.table(head, rows)
	b.at("body")
	b.ln("")
	b.ln("3. 의견 제출: 공고 기간 내 ", b.off.dept, "(", b.officePhone(), ") 또는 ", b.officeMail(), "로 제출")
	b.ln("4. 열람 장소: ", b.place_(), " 및 누리집 고시공고란")
	b.ln("5. 기타: 사건번호 ", b.caseno(), " 관련 문의는 담당자에게 하시기 바랍니다.")
	b.pad(30)
	b.foot()
}

// noticeLetter is a notice to one person, as a form letter.
func noticeLetter(b *bld) {
	p := b.person()
	b.at("body")
	b.ln(b.statute(), "에 따라 귀하에게 처분하고자 하는 내용을 아래와 같이 미리 알려드립니다.")
	b.ln("")
	b.at("field")
	b.ln("1. 당사자")
	b.field("성명(상호)", b.nm(p, ""))
	b.field("주소", b.address())
	b.field("생년월일", b.birth(p))
	b.ln("2. 처분 원인이 되는 사실")
	b.at("body")
	switch b.r.IntN(3) {
	case 0:
		b.ln("  귀하 소유 차량(", b.plate(), ")이 ", b.date(), " ", b.place_(), " 앞 소방시설 주변 정차 금지 구역에 주차함.")
		b.ln("  단속 공무원 ", b.staff(3), "이 현장 사진을 촬영하였고 고지서를 부착하였으나 차주 ", b.nm(p, "은/는"), " 납부하지 않음.")
	case 1:
		b.ln("  귀하(운전면허번호 ", b.licence(), ")는 ", b.date(), " 음주 측정에 불응하였음.")
		b.ln("  당시 동승자 ", b.nm(b.person(), "의/의"), " 진술서가 첨부되어 있음.")
	default:
		b.ln("  귀하가 운영하는 업소(", b.company(), ", 사업자등록번호 ", b.bizno(), ")에서 ", b.word(), " 관련 위반이 확인됨.")
		b.ln("  점검 당시 입회인은 ", b.nm(p, "이었다/였다"), ". 연락처 ", b.mobile(), ".")
	}
	b.ln("3. 처분하고자 하는 내용: ", b.pick([]string{"과태료 부과", "영업정지 10일", "운전면허 정지 100일"}), " (", b.amount(), ")")
	b.ln("4. 법적 근거: ", b.statute())
	b.ln("5. 의견 제출 기한: ", b.date(), "까지")
	b.ln("6. 의견 제출처: ", b.off.dept, " (전화 ", b.officePhone(), ", 전자우편 ", b.officeMail(), ")")
	b.ln("  ※ 의견 제출 시 신분증 사본과 함께 주민등록번호 뒷자리는 가리고 제출하시기 바랍니다.")
	b.pad(30)
	b.foot()
}

// ---------------------------------------------------------------- briefing

func briefing(b *bld) {
	b.channel("hwp", "stt", "email", "web")
	topic := b.pick([]string{"재개발 정비구역 지정", "하천 정비사업", "공영주차장 조성", "폐기물 처리시설 이전", "버스 노선 조정"})
	b.head(topic + " 주민설명회 결과 보고")
	b.at("body")
	if b.ch == "email" {
		b.ln("팀장님, 어제 설명회 결과 정리해서 보내드립니다. 참석자 명부는 아래에 붙였습니다.")
		b.ln("")
	}
	b.ln("1. 개요: ", b.date(), ", ", b.place_(), ", 참석 ", b.count("명"))
	b.ln("2. 주관: ", b.off.dept, " (발표 ", b.staff(1), " ", b.off.titles[1], ", 용역사 ", b.company(), ")")
	if b.ch == "stt" {
		briefingSTT(b)
		return
	}
	b.ln("3. 참석자 명부(서명부 발췌)")
	b.at("roster")
	head := []string{"성명", "주소", "연락처", "서명"}
	n := b.rowsFor(len(head), 3, 8)
	var ppl []*person
	var rows [][]cell
	for i := 0; i < n; i++ {
		p := b.person()
		ppl = append(ppl, p)
		rows = append(rows, []cell{b.nm(p, ""), b.address(), b.contact(p), txt(b.pick([]string{"(서명)", "서명", "✓", ""}))})
	}
	b.table(head, rows)
	b.ln("")
	b.at("qa")
	b.ln("4. 주요 질의·응답")
	for i := 0; i < min(len(ppl), b.n(2, 4)); i++ {
		p := ppl[i]
		switch b.r.IntN(4) {
		case 0:
			b.ln("  Q. (", b.nm(p, ")"), " 저희 땅이 ", b.address(), "인데 편입 대상인지 궁금합니다.")
		case 1:
			b.ln("  Q. 주민 ", b.nm(p, "은/는"), " 공사 기간 중 소음 대책을 물었음.")
		case 2:
			b.ln("  Q. ", b.nm(p, "께서/께서"), " 보상 기준을 서면으로 보내 달라며 ", b.email(p), "를 남김.")
		default:
			b.ln("  Q. ", b.nm(p, " 씨"), ": 차(", b.plate(), ") 주차할 곳이 없어지는 것 아닙니까?")
		}
		b.ln("  A. ", b.staff(1), " ", b.off.titles[1], ": ", b.pick([]string{"관계 부서와 협의하여 별도 안내드리겠습니다.", "보상은 감정평가 결과에 따릅니다.", "공사 시간을 오전 9시~오후 6시로 제한합니다."}))
	}
	b.at("body")
	b.ln("5. 향후 계획: ", b.word(), " 및 2차 설명회(", b.date(), ") 개최")
	if b.ch == "email" {
		b.at("signature")
		b.ln("")
		b.ln(b.staff(0), " 드림 (", b.officePhone(), ")")
	}
	b.pad(32)
	b.foot()
}

// briefingSTT is a briefing's question time transcribed from the
// recording: turns, interruptions, numbers read out.
func briefingSTT(b *bld) {
	b.ln("")
	b.at("turns")
	b.ln("(질의응답 구간 녹취)")
	var ppl []*person
	for i := 0; i < b.n(3, 5); i++ {
		ppl = append(ppl, b.person())
	}
	host := b.staff(1)
	b.ln("사회(", host, "): 질문하실 분은 성함하고 사시는 곳 말씀해 주시고 하시면 됩니다.")
	start := b.r.IntN(4)
	for i, p := range ppl {
		switch (start + i) % 4 {
		case 0:
			b.ln("주민", fmt.Sprintf("%d", i+1), ": 네, 저는 ", b.address(), " 사는 ", b.nm(p, "이고요/고요"), ", 음… 보상은 언제—")
			b.ln("사회: 잠시만요, 마이크 좀… 네 말씀하세요.")
			b.ln("주민", fmt.Sprintf("%d", i+1), "(", b.nm(p, "): "), "보상 시기요. 연락은 ", b.mobile().qual("+spoken"), " 으로 주시면 됩니다.")
		case 1:
			b.ln(b.nm(p, ": "), "아니 그게 아니라… [웅성거림] …차 번호가 ", b.plate(), "인데 주차 스티커를 받을 수 있냐고요.")
			b.ln("사회: 그건 교통행정과 소관이라 따로 안내드리겠습니다.")
		case 2:
			mother := b.person()
			mother.y = 1934 + b.r.IntN(20)
			b.ln("(", b.nm(p, " 님 발언) "), "저희 어머니가 ", b.birth(mother), "생이신데 고령자 우선 이주 대상 되나요?")
			b.ln(host, ": 대상 여부는 서류 확인 후 알려드리겠습니다.")
		default:
			b.ln("주민(이름 밝히지 않음): 자료를 메일로 받고 싶은데요, ", b.email(p), " 입니다. 아, 이름은 ", b.nm(p, "이요/요"), ".")
			b.ln(host, ": 네, 보내드리겠습니다. 다른 질문 있으십니까?")
		}
	}
	b.ln("(일동 웃음) [불명] …")
	b.ln("사회: 오늘 나온 질의는 정리해서 ", b.date(), "까지 누리집에 올리겠습니다.")
	b.at("body")
	b.ln("")
	b.ln("5. 향후 계획: ", b.word(), " 및 2차 설명회(", b.date(), ") 개최")
	b.pad(32)
	b.foot()
}

// ---------------------------------------------------------------- contract

func contract(b *bld) {
	b.channel("csv", "hwp", "web", "csv")
	b.head(b.pick([]string{"수의계약 체결 현황 공개", "계약 현황(용역·물품)", "강사·자문위원 용역 계약 현황", "분기별 계약 정보 공개"}))
	if b.ch != "csv" {
		b.at("body")
		b.ln("1. 근거: ", b.statute())
		b.ln("2. 공개 기간: ", b.date(), " ~ ", b.date())
		b.ln("")
	}
	b.at("table")
	head := []string{"계약번호", "계약명", "계약상대자", "사업자(법인)등록번호", "계약금액", "계약일"}
	n := b.rowsFor(len(head), 3, 8)
	var rows [][]cell
	for i := 0; i < n; i++ {
		id := b.bidno()
		if b.chance(0.3) {
			id = neg("receipt", fmt.Sprintf("제%d-%s-%03d호", 2019+b.r.IntN(7), b.pick([]string{"용역", "공사", "물품"}), 1+b.r.IntN(400)))
		}
		reg := b.bizno()
		if b.chance(0.3) {
			reg = b.corpno()
		}
		rows = append(rows, []cell{id, txt(b.pick([]string{"청사 환경개선 공사", "누리집 유지관리 용역", "방역 소독 용역", "홍보물 제작", "CCTV 설치 공사"})), b.company(), reg, b.amount(), b.date()})
	}
	b.table(head, rows)
	b.ln("")
	b.at("individual")
	b.ln(b.pick([]string{"[개인 용역(강사·자문) 계약 — 원천징수용]", "■ 개인 계약상대자", "개인 강사 수당 지급 명세"}))
	head2 := []string{"성명", "주민등록번호", "주소", "휴대전화", "은행", "계좌번호", "수당"}
	if b.chance(0.3) {
		head2 = []string{"성명", "생년월일", "이메일", "계좌번호", "금액"}
	}
	n2 := b.rowsFor(len(head2), 2, 5)
	var rows2 [][]cell
	for i := 0; i < n2; i++ {
		p := b.person()
		bk, ac := b.account()
		var row []cell
		for _, h := range head2 {
			switch h {
			case "성명":
				row = append(row, b.nm(p, ""))
			case "주민등록번호":
				row = append(row, b.regno(p))
			case "생년월일":
				row = append(row, b.birth(p))
			case "주소":
				row = append(row, b.address())
			case "휴대전화":
				row = append(row, b.mobile())
			case "이메일":
				row = append(row, b.email(p))
			case "은행":
				row = append(row, bk)
			case "계좌번호":
				row = append(row, ac)
			case "수당", "금액":
				row = append(row, b.amount())
			}
		}
		rows2 = append(rows2, row)
	}
	b.table(head2, rows2)
	b.at("body")
	b.ln("※ 계약 관련 문의: ", b.off.dept, " ", b.officePhone(), " / 입찰 공고 ", b.bidno())
	b.pad(30)
	b.foot()
}

// ---------------------------------------------------------------- criminal

func criminal(b *bld) {
	b.channel("hwp", "hwp", "ocr", "email")
	p := b.person()
	if b.chance(0.3) {
		b.at("title")
		b.head("피고발인 ", b.nm(p, " "), b.pick([]string{"고발장 제출 보고", "고발 검토", "수사 의뢰 결과 보고"}))
	} else {
		b.head(b.pick([]string{"고발장 제출 보고", "수사 의뢰 결과 보고", "보조금 부정수급자 고발 검토", "공무집행방해 사건 고발"}))
	}
	b.at("body")
	if b.ch == "email" {
		b.ln("관할 경찰서 수사관 회신 메일을 아래와 같이 전달합니다.")
		b.ln("> 사건번호 ", b.caseno(), " 관련 피고발인 인적사항 확인 요청드립니다.")
		b.ln("")
	}
	b.ln("1. 고발인: ", b.off.org, "장 (대리인 ", b.staff(2), " ", b.off.titles[2], ")")
	b.ln("2. 피고발인")
	b.at("field")
	b.field("성명", b.nm(p, ""))
	b.field(map[bool]string{true: "외국인등록번호", false: "주민등록번호"}[p.foreign], b.regno(p))
	b.field("주소", b.address())
	b.field("직업", txt(b.pick([]string{"자영업", "무직", "회사원", "일용직"})))
	b.field("연락처", b.mobile())
	if b.chance(0.5) {
		b.field("운전면허번호", b.licence())
	}
	if p.foreign || b.chance(0.3) {
		b.field("여권번호", b.passport(p))
	}
	b.ln("")
	b.at("facts")
	b.ln("3. 고발 사실")
	b.ln("  피고발인 ", b.nm(p, "은/는"), " ", b.date(), "경 ", b.statute(), " 위반으로 ", b.word(), " 명목의 보조금 ", b.amount(), "을 부정 수령하였다.")
	acc := b.person()
	b.ln("  피고발인은 공범 ", b.nm(acc, "과/와"), " 공모하여 ", b.nm(acc, "의/의"), " 명의 계좌(", b.bankLine(), ")로 이를 이체받았다.")
	if b.chance(0.6) {
		b.ln("  또한 타인 명의 카드(", b.card(), ")로 ", b.amount(), "을 결제하였다.")
	}
	b.ln("  범행에 사용된 차량은 ", b.plate(), "이며, 온라인 신청 시 접속 IP는 ", b.ip(), "로 확인되었다.")
	b.ln("  피해자 ", b.nm(b.person(), "의/의"), " 진술에 따르면 피고발인은 ", b.nm(p, " 씨"), "로 자신을 소개하였다고 한다.")
	if b.chance(0.5) {
		b.at("statement")
		w := b.person()
		b.ln("  [참고인 진술 요지] 참고인 ", b.nm(w, "("), b.birth(w), ", ", b.mobile(), ")")
		b.ln("   \"저는 ", b.nm(p, "을/를"), " ", b.date(), "에 처음 만났고, 그 사람이 제 이름으로 카드를 만들어 달라고 했습니다.\"")
		b.ln("   \"그 사람 차가 ", b.plate(), " 흰색 승용차였던 걸로 기억합니다.\"")
		b.at("facts")
	}
	b.ln("4. 증거 자료: CCTV 영상, 통장 거래내역, 신청서 사본(", b.receipt(), ")")
	b.ln("5. 관련 사건: ", b.caseno(), " (병합 ", b.count("건"), ")")
	b.pad(32)
	b.foot()
}

// ---------------------------------------------------------------- audit

func audit(b *bld) {
	b.channel("hwp", "ocr", "csv", "hwp")
	b.head(b.pick([]string{"자체 감사 결과 보고", "보조금 집행 실태 특정감사 결과", "복지급여 부적정 지급 감사 결과"}))
	b.at("body")
	if b.ch != "csv" {
		b.ln("1. 감사 개요: ", b.date(), " ~ ", b.date(), ", 감사반 ", b.staff(3), " 외 ", b.count("명"))
		b.ln("2. 근거: ", b.statute())
		b.ln("3. 지적 사항")
		b.ln("  가. 중복 지급 (", b.budget(), ")")
		p := b.person()
		b.ln("    수급자 ", b.nm(p, "에게/에게"), " 동일 기간 급여가 2회 지급됨(", b.amount(), ").")
		b.ln("    환수 계좌: ", b.bankLine(), ", 수급자 연락처 ", b.contact(p))
		b.ln("  나. 자격 미확인 지급: 타 시도 전출자 ", b.count("명"), "에게 계속 지급")
		if b.chance(0.5) {
			q := b.person()
			b.ln("  다. 【지적사항】 주차 요금 감면 부적정")
			b.ln("    장애인 감면 대상이 아닌 ", b.nm(q, "의/의"), " 차량 ", b.plate(), "에 대해 감면(", b.amount(), ") 적용.")
			b.ln("    담당자는 감면 신청서의 생년월일(", b.birth(q), ")과 등록 정보를 대조하지 않았음.")
			b.ln("  라. 【지적사항】 개인정보 목적 외 조회")
			b.ln("    ", b.staff(1), " 외 ", b.count("명"), "이 업무와 무관하게 ", b.nm(b.person(), "의/의"), " 주소와 전화번호(", b.landline(), ")를 조회함.")
			b.ln("    조회 단말 IP: ", b.ip(), " / 조회 일시: ", b.date())
			if b.chance(0.6) {
				b.ln("  마. 【지적사항】 지역화폐 부정 환전: 가맹점주 ", b.nm(b.person(), "이/가"), " 카드(", b.card(), ")로 ", b.amount(), " 허위 결제")
			}
		}
		b.ln("")
	}
	b.at("table")
	head := []string{"구분", "성명", "주민등록번호", "주소", "부당지급액", "조치"}
	if b.chance(0.3) {
		head = []string{"구분", "성명", "생년월일", "차량번호", "감면액", "조치"}
	}
	if b.chance(0.25) {
		head = []string{"구분", "성명", "접속일시", "접속 IP", "조회 건수", "조치"}
	}
	n := b.rowsFor(len(head), 3, 9)
	var rows [][]cell
	for i := 0; i < n; i++ {
		p := b.person()
		var row []cell
		for _, h := range head {
			switch h {
			case "구분":
				row = append(row, txt(b.pick([]string{"중복", "자격상실", "소득초과", "전출", "목적외 조회"})))
			case "성명":
				row = append(row, b.nm(p, ""))
			case "주민등록번호":
				row = append(row, b.regno(p))
			case "생년월일":
				row = append(row, b.birth(p))
			case "주소":
				row = append(row, b.address())
			case "차량번호":
				row = append(row, b.plate())
			case "부당지급액", "감면액":
				row = append(row, b.amount())
			case "접속일시":
				row = append(row, b.date())
			case "접속 IP":
				row = append(row, b.ip())
			case "조회 건수":
				row = append(row, b.stat())
			case "조치":
				row = append(row, txt(b.pick([]string{"환수", "주의", "시정", "고발 검토"})))
			}
		}
		rows = append(rows, row)
	}
	b.table(head, rows)
	b.at("body")
	b.ln("4. 조치 요구: ", b.off.dept, "장은 부당 지급액 ", b.amount(), "을 환수하고 관련자(", b.staff(1), ")에게 주의 처분할 것")
	b.pad(30)
	b.foot()
}

// ---------------------------------------------------------------- foreign residents

func foreignSupport(b *bld) {
	b.channel("web", "hwp", "csv", "email")
	b.head(b.pick([]string{"외국인 주민 생활 지원 신청 접수 현황", "다문화가족 통번역 지원 결과", "외국인 근로자 임금체불 상담 연계", "결혼이민자 정착 지원금 지급"}))
	var fs []*person
	for i := 0; i < b.n(2, 6); i++ {
		p := b.person()
		for tries := 0; !p.foreign && tries < 30; tries++ {
			p = b.person()
		}
		fs = append(fs, p)
	}
	switch b.ch {
	case "csv":
		b.at("table")
		head := []string{"no", "성명(영문)", "국적", "외국인등록번호", "여권번호", "생년월일", "휴대전화", "주소", "체류자격"}
		var rows [][]cell
		for i, p := range fs {
			nmc := b.nm(p, "")
			if p.latin != "" && !b.clean {
				nmc = itm(tName, p.latin, "+latin")
			}
			rows = append(rows, []cell{txt(fmt.Sprintf("%d", i+1)), nmc, txt(p.nat), b.regno(p), b.passport(p), b.birth(p), b.mobile(), b.address(), neg("word", b.pick([]string{"E-9", "F-6", "H-2", "D-2", "F-4"}))})
		}
		b.table(head, rows)
	case "email":
		p := fs[0]
		b.at("header")
		b.ln("---------- Forwarded message ---------")
		b.ln("From: ", b.nm(p, " <"), b.email(p), ">")
		b.ln("To: ", b.officeMail())
		b.ln("Subject: help for visa / 체류 연장 문의")
		b.ln("")
		b.at("body")
		b.ln("Hello, my name is ", b.nm(p, "."), " I live in ", b.address(), ".")
		b.ln("My passport no. is ", b.passport(p), " and ARC number ", b.regno(p), ".")
		b.ln("Please call me ", b.mobile(), ". Thank you.")
		b.ln("")
		b.at("note")
		b.ln("[통역 메모] 센터 통역사(", b.staff(3), ") 확인 — 배우자 ", b.nm(b.person(), "이/가"), " 동행 예정.")
	default:
		for i, p := range fs {
			b.at("field")
			b.ln(fmt.Sprintf("[%d] 신청인", i+1))
			if p.latin != "" && p.name != p.latin && !b.clean {
				b.field("성명", b.nm(p, " ("), itm(tName, p.latin, "+latin").then(")"))
			} else {
				b.field("성명", b.nm(p, ""))
			}
			b.field("국적", txt(p.nat))
			if b.chance(0.6) {
				b.field("외국인등록번호", b.regno(p))
			} else {
				b.field("생년월일", b.birth(p))
			}
			if b.chance(0.5) {
				b.field("여권번호", b.passport(p))
			}
			b.field("연락처", b.contact(p))
			if b.chance(0.5) {
				b.field("주소", b.address())
			}
			if b.chance(0.3) {
				b.field("지원금 입금", b.bankCells()...)
			}
			if lines(b.sb.String()) > 80 {
				break
			}
		}
	}
	b.at("body")
	b.ln("")
	b.ln("○ 지원 내용: 통번역 ", b.stat(), ", 생활 상담, ", b.word())
	b.ln("○ 근거: ", b.statute(), " / 협력기관 ", b.company())
	b.ln("○ 외국인종합안내센터 ", b.callcenter(), " 연계")
	b.pad(30)
	b.foot()
}

func (b *bld) bankCells() []cell {
	bk, ac := b.account()
	return []cell{bk, ac}
}
