package ninthset

import "fmt"

// ---- 민원 처리 결과 ----

var complaintTopics = []struct{ title, gist, answer string }{
	{"불법 주정차 단속 요청", "주택가 이면도로에 상습적으로 주차된 차량으로 통행이 어렵다는", "해당 구간을 집중 단속 구역으로 지정하고 주 3회 이상 현장 단속을 실시하겠습니다"},
	{"공사장 소음 관련 민원", "인근 신축 공사장의 이른 아침 소음으로 생활에 불편이 크다는", "시공사에 작업 시간 준수를 지도하고 소음 측정을 실시하였습니다"},
	{"가로등 고장 신고", "골목길 가로등이 일주일째 꺼져 있어 야간 보행이 위험하다는", "현장 확인 후 안정기를 교체하여 정상 점등되었습니다"},
	{"쓰레기 무단투기 신고", "주택 담장 앞에 생활폐기물이 반복적으로 버려진다는", "무단투기 감시 카메라를 설치하고 계도 현수막을 게시하였습니다"},
	{"보도블록 파손 정비 요청", "버스정류장 앞 보도블록이 들떠 넘어질 위험이 있다는", "도로보수 작업반을 투입하여 파손 구간을 정비하였습니다"},
	{"어린이공원 시설 개선 건의", "놀이터 바닥 포장재가 닳아 아이들이 다칠 우려가 있다는", "내년도 예산에 반영하여 탄성포장재를 교체할 계획입니다"},
	{"누수 관련 이웃 분쟁 중재 요청", "윗집에서 물이 새어 천장이 젖었으나 협의가 되지 않는다는", "공동주택 관리규약에 따라 관리사무소에 중재를 요청하였습니다"},
	{"과태료 부과 이의", "거주자우선주차 구역에 주차하였는데 과태료가 부과되었다는", "관련 자료를 검토한 결과 부과를 취소하기로 하였습니다"},
}

func complaint(b *builder) {
	r := b.r
	b.startDoc([]string{"민원여권과", "교통행정과", "청소행정과", "도로과", "건축과", "공원녹지과", "환경과"})
	t := pick(r, complaintTopics)
	p := b.newPerson(chance(r, 10))
	switch r.IntN(3) {
	case 0: // a reply letter to the complainant
		var recv cell
		if b.clean {
			recv = litc(pick(r, []string{"민원인 귀하", "수신자 참조", "신청인 귀하"}))
		} else {
			recv = b.nameWith(p, false, " 귀하", "귀하", " 님")
			if chance(r, 2) {
				recv = append(recv, lit(" ("))
				recv = append(recv, b.address()...)
				recv = append(recv, lit(")"))
			}
		}
		b.header(recv, "민원("+t.title+") 처리 결과 알림")
		b.w(numbered(0, 0), "평소 구정에 관심을 가져 주신 데 대하여 감사드립니다.\n")
		b.w(numbered(0, 1), "귀하께서 ", pick(r, []string{"국민신문고", "새올 전자민원창구", "구청장에게 바란다"}), "를 통해 ")
		b.put("prose", "", b.date())
		b.w(" 신청하신 민원(접수번호 ")
		b.put("prose", "", b.receipt())
		b.w(")에 대한 ", pick(r, []string{"검토 결과를", "처리 결과를", "답변을"}), " 다음과 같이 알려드립니다.\n")
		b.w(numbered(1, 0), "민원 요지: ")
		if b.clean {
			b.w("민원인께서는 ", t.gist, " 내용입니다.\n")
		} else {
			switch r.IntN(3) {
			case 0:
				b.say("prose", "민원인 ", b.nameWith(p, false, "은/는", " 씨는", "께서는"), " ", t.gist, " 내용입니다.\n")
			case 1:
				b.say("prose", t.gist, " 내용으로, ", b.address(), " 거주 ", b.nameWith(p, false, "이/가", " 씨가", "님이"), " 제기하였습니다.\n")
			default:
				b.say("prose", t.gist, " 취지입니다(연락처 ", b.mobile(), ").\n")
			}
		}
		b.w(numbered(1, 1), "처리 결과: ", t.answer, ". ")
		b.say("prose", "이는 ", b.statute(), "에 따른 조치임을 양해하여 주시기 바랍니다.\n")
		if !b.clean && chance(r, 2) {
			b.w(numbered(1, 2), "현장 확인: ")
			b.put("prose", "", b.date())
			b.say("prose", " 담당 ", lit(b.staff[0].rank), " ", negp("official", b.staff[0].name), "이 민원 현장(", b.address(), ")을 방문하여 ")
			if chance(r, 2) {
				b.say("prose", b.plate(), " 차량을 확인하였습니다.\n")
			} else {
				b.say("prose", b.nameWith(p, false, "과/와", " 씨와", "님과"), " 면담하였습니다.\n")
			}
		}
		if chance(r, 3) {
			b.say("prose", "※ 이 민원은 인터넷으로 접수되었습니다(접수 IP ", b.ip(), ", 접수일시 ", b.date(), ").\n")
		}
		b.w(numbered(0, 2), "기타 궁금하신 사항은 ", b.dept, " ", b.staff[0].rank, " ")
		b.put("prose", "", negp("official", b.staff[0].name))
		b.w("(")
		b.put("prose", "", b.officePhone())
		b.w(")에게 문의하여 주시면 ", pick(r, []string{"친절히 안내해 드리겠습니다", "성심껏 답변드리겠습니다"}), ".\n")
	case 1: // an internal report with a table of complaints
		b.header(b.recvInternal(), fmt.Sprintf("%s %d월 민원 처리 현황 보고", b.dept, 1+r.IntN(12)))
		b.w(numbered(0, 0), "관련: ")
		b.put("prose", "", b.statute())
		b.w("\n", numbered(0, 1), pick(r, []string{"우리 과 소관 민원의 처리 현황을 아래와 같이 보고합니다.", "다음과 같이 민원 처리 현황을 보고드립니다."}), "\n")
		b.w(numbered(1, 0), "기간: ")
		b.put("prose", "", b.date())
		b.w(" ~ ")
		b.put("prose", "", b.date())
		b.w("\n", numbered(1, 1), "처리 건수: ")
		b.put("prose", "", negp("count", fmt.Sprintf("총 %d건", 5+r.IntN(80))))
		b.w("\n\n")
		head := []string{"접수번호", "민원인", "연락처", "주소", "민원 요지", "처리 결과"}
		withIP := chance(r, 2)
		if withIP {
			head = append(head, "접수 IP")
		}
		var rows [][]cell
		for k := 0; k < 2+r.IntN(4); k++ {
			q := b.newPerson(chance(r, 12))
			tt := pick(r, complaintTopics)
			phone := cell{b.mobile()}
			if chance(r, 3) {
				phone = cell{b.landline()}
			}
			row := []cell{{b.receipt()}, {b.name(q, chance(r, 2))}, phone, b.address(), litc(tt.title), litc(pick(r, []string{"완료", "처리중", "이첩", "종결"}))}
			if withIP {
				row = append(row, cell{b.ip()})
			}
			rows = append(rows, row)
		}
		b.table(head, rows)
		b.w("\n", numbered(0, 2), "향후 계획: 반복 민원은 현장 점검을 병행하고 처리 기간 내 회신을 철저히 하겠음.\n")
	default: // a 민원 처리부 record, transposed
		b.header(b.recvInternal(), "민원 처리부 사본 송부("+t.title+")")
		b.w(numbered(0, 0), "민원 처리 내용을 다음과 같이 송부합니다.\n\n")
		fs := []field{{"접수번호", cell{b.receipt()}}, {"접수일", cell{b.date()}}, {"민원인 성명", cell{b.name(p, true)}}}
		if p.foreign && !b.clean {
			fs = append(fs, field{"국적", litc(p.nation.name)}, field{"외국인등록번호", cell{b.regno(p)}})
		} else {
			fs = append(fs, field{"생년월일", cell{b.birth(p, false)}})
		}
		fs = append(fs, field{"주소", b.address()}, field{"휴대전화", cell{b.mobile()}})
		if chance(r, 2) {
			fs = append(fs, field{"자택 전화", cell{b.landline()}})
		}
		fs = append(fs, field{"전자우편", cell{b.email(p)}})
		if !chance(r, 3) {
			fs = append(fs, field{"접속 IP", cell{b.ip()}})
		}
		switch r.IntN(4) {
		case 0:
			fs = append(fs, field{"여권번호", cell{b.passport(p)}})
		case 1:
			fs = append(fs, field{"운전면허번호", cell{b.licence()}})
		case 2:
			fs = append(fs, field{"환불 카드번호", cell{b.card()}})
		}
		fs = append(fs, field{"민원 내용", litc(t.gist + " 민원")}, field{"처리 부서", litc(b.dept)})
		b.form(fs)
		b.w("\n")
		if !b.clean {
			switch r.IntN(3) {
			case 0:
				b.say("prose", "※ ", b.nameWith(p, p.foreign, "에게", " 님에게"), " 처리 결과를 문자로 통보함.\n")
			case 1:
				b.say("prose", "※ ", b.nameWith(p, p.foreign, "은/는", " 씨는"), " 동일 내용으로 3회 민원을 제기하였음.\n")
			default:
				b.say("prose", "※ ", b.nameWith(p, p.foreign, "의", " 씨의"), " 요청으로 현장을 다시 확인함.\n")
			}
		}
		b.attachments(cell{lit("민원 신청서 사본")}, cell{lit("현장 사진")})
	}
	b.signoff()
}

// ---- 위원회 회의록 ----

var committees = []string{"지방보조금심의위원회", "도시계획위원회", "건축위원회", "인사위원회", "주민참여예산위원회", "공유재산심의회",
	"정보공개심의회", "민원조정위원회", "교통안전위원회", "생활보장위원회", "청소년육성위원회", "마을공동체위원회"}

var remarks = []string{"사업 목적은 타당하나 집행 계획이 구체적이지 않으므로 보완이 필요하다고 본다.", "지난 회의에서 지적한 사항이 반영되었는지 확인을 바란다.",
	"예산 규모에 비해 성과지표가 낮게 설정되어 있다.", "원안대로 의결하는 것에 동의한다.", "주민 의견 수렴 절차를 한 번 더 거쳤으면 한다.",
	"정산 서류 중 영수증 누락이 있어 확인이 필요하다.", "조건부로 가결하되 다음 회의에 결과를 보고해 달라.", "현장 실사를 다녀온 결과 시설 상태가 양호하였다.",
	"신청 단체의 자부담 비율이 기준에 미달한다.", "유사 사업과 중복되지 않는지 검토가 필요하다."}

func minutes(b *builder) {
	r := b.r
	b.startDoc([]string{"기획예산과", "도시계획과", "총무과", "자치행정과", "복지정책과", "교통행정과"})
	com := pick(r, committees)
	title := fmt.Sprintf("제%d회 %s 회의록", 1+r.IntN(12), com)
	var members []*person
	for k := 0; k < 3+r.IntN(4); k++ {
		members = append(members, b.newPerson(false))
	}
	if chance(r, 2) {
		b.header(b.recvInternal(), fmt.Sprintf("제%d회 %s 개최 결과 보고", 1+r.IntN(12), com))
		b.w(numbered(0, 0), com, " 회의 결과를 다음과 같이 보고합니다.\n\n붙임 회의록\n\n")
	}
	br := pick(r, [][2]string{{"", ""}, {"【", "】"}, {"□ ", ""}, {"< ", " >"}})
	b.w(br[0], title, br[1], "\n\n")
	b.w("일 시", pick(r, []string{": ", " : ", "\t"}))
	b.put("prose", "", negp("period", fmt.Sprintf("%d. %d. %d.(%s) %d:00 ~ %d:30", 2023+r.IntN(4), 1+r.IntN(12), 1+r.IntN(28),
		pick(r, []string{"월", "화", "수", "목", "금"}), 10+r.IntN(5), 15+r.IntN(3))))
	b.w("\n장 소", pick(r, []string{": ", " : ", "\t"}))
	b.put("prose", "", negp("place", pick(r, []string{"구청 3층 소회의실", "본관 기획상황실", "신관 5층 중회의실", "구의회 별관 세미나실", "화상회의(온라인)"})))
	b.w("\n")
	chair := b.staff[2]
	// attendees: as a line, or as a sign-in table
	if chance(r, 2) {
		b.w("참석위원", pick(r, []string{": ", " : "}), "위원장 ")
		b.put("attendee", "", negp("official", chair.name))
		b.w("(", chair.rank, ")")
		for i, m := range members {
			if b.clean {
				b.w(", ", string(rune('A'+i)), "위원")
				continue
			}
			b.w(", ")
			b.put("attendee", "위원", b.name(m, false))
		}
		if !b.clean {
			b.w(" (총 ")
			b.put("prose", "", negp("count", fmt.Sprintf("%d명", len(members)+1)))
			b.w(")")
		}
		b.w("\n배석", pick(r, []string{": ", " : "}), b.dept, "장, ", b.staff[1].rank, " ")
		b.put("attendee", "", negp("official", b.staff[1].name))
		b.w(", 간사 ")
		b.put("attendee", "", negp("official", b.staff[0].name))
		b.w("\n\n")
	} else {
		b.w("\n참석자 명단\n")
		head := []string{"연번", "구분", "성명", "소속", "서명"}
		rows := [][]cell{{litc("1"), litc("위원장"), {negp("official", chair.name)}, litc(b.org.name), litc("(서명)")}}
		for i, m := range members {
			nm := cell{b.name(m, false)}
			if b.clean {
				nm = litc(string(rune('A'+i)) + " 위원")
			}
			rows = append(rows, []cell{litc(fmt.Sprint(i + 2)), litc(pick(r, []string{"위촉위원", "위원", "외부위원"})), nm,
				{negp("org", pick(r, []string{"○○대학교 행정학과", "한국도시연구원", "법무법인 누리", "세무법인 가온", "시민단체", "주민대표", "○○대학교 건축공학과", "공인회계사"}))}, litc("(서명)")})
		}
		b.table(head, rows)
		b.w("\n")
	}
	b.w("안 건", pick(r, []string{": ", " : "}), pick(r, []string{"2026년 지방보조사업 선정(안)", "○○지구 지구단위계획 변경(안)", "공유재산 관리계획(안)", "정보공개 이의신청 심의", "주민참여예산 사업 우선순위 결정"}), "\n\n")
	b.w(pick(r, []string{"회의 내용", "【 회의 내용 】", "□ 심의 내용"}), "\n")
	b.w("○ 위원장(", chair.rank, " ")
	b.put("speaker", "", negp("official", chair.name))
	b.w("): ", pick(r, []string{"성원이 되었으므로 개회를 선언합니다.", "회의를 시작하겠습니다. 간사는 안건을 설명해 주시기 바랍니다."}), "\n")
	b.w("○ 간사(", b.staff[0].rank, " ")
	b.put("speaker", "", negp("official", b.staff[0].name))
	b.w("): 안건 설명 (")
	b.put("prose", "", b.statute())
	b.w("에 따른 심의 사항임)\n")
	if chance(r, 4) {
		b.speakerTable(chair, members)
	}
	for k := 0; k < 3+r.IntN(5); k++ {
		i := r.IntN(len(members))
		m := members[i]
		rem := pick(r, remarks)
		if b.clean {
			b.w(pick(r, []string{"○ ", "- ", ""}), string(rune('A'+i)), pick(r, []string{" 위원: ", "위원 : ", " 위원) "}), rem, "\n")
			continue
		}
		switch r.IntN(5) {
		case 0:
			b.say("speaker", "○ 위원 ", b.name(m, false), ": ", rem, "\n")
		case 1:
			b.say("speaker", "○ ", b.name(m, false), " 위원: ", rem, "\n")
		case 2:
			b.say("speaker", "- ", b.name(m, false), " 위원 : ", rem, "\n")
		case 3:
			b.say("speaker", "(", b.name(m, false), " 위원) ", rem, "\n")
		default:
			b.say("speaker", b.name(m, false), "\t", rem, "\n")
		}
		if chance(r, 4) {
			b.w("○ ", b.dept, "장: 말씀하신 부분은 ")
			b.put("prose", "", b.date())
			b.w("까지 보완하여 보고드리겠습니다.\n")
		}
	}
	if !b.clean && chance(r, 2) {
		m := pick(r, members)
		b.say("prose", "○ 위원장: ", b.nameWith(m, false, "의", " 위원의", " 위원님의"), " 의견과 같이 조건부 가결하겠습니다.\n")
	}
	if !b.clean && chance(r, 3) {
		// 서면 심의: one row per member with the opinion
		b.w("\n서면 심의 의견\n")
		head := []string{"위원", "의견", "비고"}
		var rows [][]cell
		for _, m := range members {
			rows = append(rows, []cell{{b.name(m, false)}, litc(pick(r, []string{"찬성", "반대", "조건부 찬성", "기권"})), litc(pick(r, []string{"", "서명 완료", "전자서명"}))})
		}
		b.table(head, rows)
	}
	b.w("\n의결 결과: ", pick(r, []string{"원안 가결", "수정 가결", "부결", "보류(재심의)"}), "\n")
	if !b.clean && chance(r, 2) {
		// the allowance paid to the members, with their accounts
		b.w("\n붙임 위원 참석수당 지급 명단\n")
		head := []string{"성명", "생년월일", "은행명", "계좌번호", "지급액"}
		var rows [][]cell
		for _, m := range members {
			bank, acct := b.account()
			rows = append(rows, []cell{{b.name(m, false)}, {b.birth(m, chance(r, 2))}, litc(bank), {acct}, {negp("amount", fmt.Sprintf("%d,000", 100+50*r.IntN(4)))}})
		}
		b.table(head, rows)
	}
	b.signoff()
}

// ---- 보조금 지급 내역 ----

var subsidyNames = []string{"저소득 어르신 냉방비 지원금", "청년 월세 지원금", "출산 축하금", "장애인 보조기기 지원금", "재난피해 위로금",
	"소상공인 임차료 지원금", "노후 경유차 조기폐차 보조금", "친환경 보일러 설치 보조금", "전기이륜차 구매 보조금", "다자녀 가정 교육비"}

func subsidy(b *builder) {
	r := b.r
	b.startDoc([]string{"복지정책과", "일자리경제과", "환경과", "가족정책과", "청년정책과", "기후환경과"})
	if chance(r, 3) {
		subsidyLetter(b)
		return
	}
	sub := pick(r, subsidyNames)
	b.header(b.recvInternal(), fmt.Sprintf("%d년 %s 지급 계획(%d차)", 2023+r.IntN(4), sub, 1+r.IntN(6)))
	b.w(numbered(0, 0), "관련\n")
	b.say("prose", numbered(1, 0), b.statute(), "\n")
	b.say("prose", numbered(1, 1), b.org.name, " 공고 ", negp("notice", fmt.Sprintf("제%d-%d호", 2023+r.IntN(4), 100+r.IntN(1800))), "\n")
	b.w(numbered(0, 1), "위 호와 관련하여 ", sub, " 지급 대상자를 ", pick(r, []string{"아래와 같이 확정하고 지급하고자 합니다.", "다음과 같이 선정하여 지급하고자 합니다."}), "\n")
	n := 3 + r.IntN(6)
	b.say("prose", numbered(1, 0), "지급 대상: ", negp("count", fmt.Sprintf("%d명", n)), "\n")
	b.say("prose", numbered(1, 1), "지급 총액: ", b.amount(), "\n")
	b.say("prose", numbered(1, 2), "예산 과목: ", negp("budget", fmt.Sprintf("%s-%s-%s", digits(r, 4), digits(r, 3), digits(r, 3))), " (", pick(r, []string{"사회복지시설 지원", "민간경상사업보조", "민간자본사업보조"}), ")\n")
	b.say("prose", numbered(1, 3), "지급 예정일: ", b.date(), "\n\n")
	style := r.IntN(3)
	b.w("붙임 지급 대상자 명단\n")
	var head []string
	var rows [][]cell
	for k := 0; k < n; k++ {
		if b.clean || chance(r, 6) {
			// a body, not a person: 경로당, 복지관, 업체
			org := pick(r, []string{"녹번경로당", "햇살지역아동센터", "은빛노인복지관", "푸른꿈작은도서관", "한마음자활센터", "새싹어린이집"})
			if chance(r, 2) {
				org = pick(r, companies)
			}
			switch style {
			case 0:
				rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {negp("company", org)}, {b.bizno()}, litc(pick(r, []string{"-", "기관"})), litc(pick(r, banks).name), litc("법인계좌"), {b.amount()}})
			case 1:
				rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {negp("company", org)}, litc("-"), litc(pick(r, dongs)), {b.amount()}, litc("기관")})
			default:
				rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {negp("company", org)}, litc("법인"), {b.bizno()}, {b.amount()}, {b.remark()}})
			}
			continue
		}
		p := b.newPerson(chance(r, 10))
		switch style {
		case 0:
			bank, acct := b.account()
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {b.name(p, false)}, {b.birth(p, true)}, b.shortAddress(), litc(bank), {acct}, {b.amount()}})
		case 1:
			card := cell{b.card()}
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {b.name(p, false)}, {b.regno(p)}, b.address(), {b.amount()}, card})
		default:
			phone := b.mobile()
			if chance(r, 3) {
				phone = b.landline()
			}
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {b.name(p, false)}, {b.birth(p, false)}, {phone}, {b.amount()}, {b.remark()}})
		}
	}
	switch style {
	case 0:
		head = []string{"연번", "성명", "생년월일", "주소(동)", "은행", "계좌번호", "지급액"}
	case 1:
		head = []string{"번호", "수급자", "주민등록번호", "주소", "지급액", "선불카드 번호"}
	default:
		head = []string{"순번", "신청인", "생년월일", "연락처", "지원금액", "비고"}
	}
	for i := range rows {
		rows[i] = rows[i][:min(len(rows[i]), len(head))]
		for len(rows[i]) < len(head) {
			rows[i] = append(rows[i], litc("-"))
		}
	}
	b.table(head, rows)
	if !b.clean && chance(r, 2) {
		p := b.newPerson(false)
		b.say("prose", "\n※ 지급 제외: ", b.nameWith(p, false, "은/는", " 씨는", "께서는"), " ", pick(r, []string{"주소지 이전(전출)으로 지급 대상에서 제외함.", "중복 수급으로 확인되어 제외함.", "계좌 오류로 반송되어 재지급 예정임."}), "\n")
	}
	b.signoff()
}

// ---- 공시송달, 행정처분 사전통지 ----

func notice(b *builder) {
	r := b.r
	b.startDoc([]string{"교통행정과", "주차관리과", "세무1과", "건축과", "위생과", "부동산정보과"})
	if chance(r, 2) {
		// 공시송달 공고
		no := fmt.Sprintf("제%d-%d호", 2023+r.IntN(4), 100+r.IntN(2500))
		b.header(litc("수신자 참조"), "공시송달 공고 게시 의뢰")
		b.w(numbered(0, 0), "아래 대상자에게 ", pick(r, []string{"과태료 부과 사전통지서", "체납 독촉장", "처분 통지서"}), "를 등기우편으로 발송하였으나 ",
			pick(r, []string{"수취인 불명", "폐문부재", "주소 불명"}), "으로 반송되어 ")
		b.put("prose", "", negp("statute", "「행정절차법」 제14조제4항"))
		b.w("에 따라 공시송달하고자 하니 게시하여 주시기 바랍니다.\n\n")
		b.w(b.org.name, " 공고 ")
		b.put("prose", "", negp("notice", no))
		b.w("\n\n공 시 송 달\n\n")
		head := []string{"연번", "성명", "생년월일", "주소", "차량번호", "고지서 번호", "금액"}
		var rows [][]cell
		for k := 0; k < 2+r.IntN(5); k++ {
			if b.clean {
				rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {b.company()}, litc("법인"), litc(pick(r, cities).gu), {b.plate()}, {negp("billno", digits(r, 4)+"-"+digits(r, 12))}, {b.amount()}})
				continue
			}
			p := b.newPerson(chance(r, 8))
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {b.name(p, p.foreign && chance(r, 2))}, {b.birth(p, chance(r, 2))}, b.address(), {b.plate()},
				{negp("billno", digits(r, 4)+"-"+digits(r, 12))}, {b.amount()}})
		}
		b.table(head, rows)
		b.w("\n공시송달 기간: ")
		b.put("prose", "", negp("period", fmt.Sprintf("%d. %d. %d. ~ %d. %d. %d.", 2026, 1+r.IntN(6), 1+r.IntN(28), 2026, 7+r.IntN(5), 1+r.IntN(28))))
		b.w("\n공시송달 효력 발생일: 게시일로부터 14일이 지난 날\n")
	} else {
		// 행정처분 사전통지서
		p := b.newPerson(chance(r, 10))
		var recv cell
		if b.clean {
			recv = cell{b.company(), lit(" 대표자 귀하")}
		} else {
			recv = b.nameWith(p, false, " 귀하", " 님")
		}
		b.header(recv, "행정처분 사전통지서("+pick(r, []string{"영업정지", "과징금 부과", "운전면허 정지 요청", "건축물 사용 제한", "옥외광고물 철거 명령"})+")")
		b.w(numbered(0, 0), "우리 구에서 ", pick(r, []string{"귀하에게", "귀 업소에"}), " 하고자 하는 처분의 내용을 ")
		b.put("prose", "", negp("statute", "「행정절차법」 제21조"))
		b.w("에 따라 다음과 같이 통지합니다.\n\n")
		var fs []field
		if b.clean {
			fs = []field{{"상호", cell{b.company()}}, {"사업자등록번호", cell{b.bizno()}}, {"법인등록번호", cell{b.corpno()}}, {"소재지", litc(b.org.name + " 일원")}}
		} else {
			fs = []field{{"성명", cell{b.name(p, true)}}, {"생년월일", cell{b.birth(p, false)}}, {"주소", b.address()}}
			if chance(r, 2) {
				fs = append(fs, field{"운전면허번호", cell{b.licence()}}, field{"차량번호", cell{b.plate()}})
			} else {
				fs = append(fs, field{"업소명", cell{b.company()}}, field{"사업자등록번호", cell{b.bizno()}})
			}
			if chance(r, 2) {
				fs = append(fs, field{"연락처", cell{b.landline()}})
			}
		}
		b.w("1. 당사자\n")
		b.form(fs)
		b.w("\n2. 처분의 원인이 되는 사실\n")
		if b.clean {
			b.say("prose", "   위 업소는 ", b.date(), " 점검 결과 ", pick(r, []string{"유통기한이 지난 원료를 보관", "영업 신고 사항을 변경 신고 없이 변경", "허가 없이 광고물을 설치"}), "하였음.\n")
		} else {
			b.say("prose", "   ", b.nameWith(p, false, "은/는", " 씨는"), " ", b.date(), " ", pick(r, []string{"관내 도로에서 ", "자신의 영업장에서 ", ""}),
				pick(r, []string{"위반 행위를 하였음이 단속 공무원에게 적발되었음.", "신고 없이 영업을 하였음.", "시정명령을 이행하지 아니하였음."}), "\n")
		}
		b.say("prose", "3. 처분하려는 내용 및 법적 근거: ", b.statute(), "에 따른 ", pick(r, []string{"영업정지 7일", "과징금 ", "경고"}), "\n")
		b.w("4. 의견 제출 기한: ")
		b.put("prose", "", b.date())
		b.w("까지\n5. 의견 제출처: ", b.org.name, " ", b.dept, " (")
		b.put("prose", "", negp("office_addr", b.org.addr))
		b.w(")\n")
		b.attachments(cell{lit("의견제출서 서식")})
	}
	b.signoff()
}

// ---- 주민설명회 ----

func briefing(b *builder) {
	r := b.r
	b.startDoc([]string{"도시계획과", "도시재생과", "주택과", "공원녹지과", "교통정책과", "자원순환과"})
	if chance(r, 3) {
		briefingOpinions(b)
		return
	}
	topic := pick(r, []string{"녹번역 일대 재정비촉진계획", "○○공원 조성사업", "생활폐기물 처리시설 현대화", "경전철 정거장 설치", "모아타운 관리계획", "하천 산책로 정비사업"})
	b.header(b.recvInternal(), topic+" 주민설명회 개최 결과 보고")
	b.w(numbered(0, 0), topic+"에 대한 주민설명회 결과를 다음과 같이 보고합니다.\n")
	b.say("prose", numbered(1, 0), "일시: ", b.date(), " ", negp("time", fmt.Sprintf("%d:00", 14+r.IntN(5))), "\n")
	b.say("prose", numbered(1, 1), "장소: ", negp("place", pick(r, []string{"녹번동 주민센터 2층 강당", "구민회관 대강당", "○○초등학교 체육관", "상계3동 주민센터 다목적실"})), "\n")
	b.say("prose", numbered(1, 2), "참석: 주민 ", negp("count", fmt.Sprintf("%d명", 20+r.IntN(120))), ", ", b.dept, "장 외 ", negp("count", fmt.Sprintf("%d명", 2+r.IntN(6))), "\n")
	b.w(numbered(0, 1), "주요 질의 및 답변\n")
	qs := []string{"공사 기간 동안 소음과 분진 대책은 무엇인가?", "보상 기준은 언제 공개되는가?", "우리 집이 사업 구역에 포함되는지 알고 싶다.",
		"주차장이 줄어드는데 대안이 있는가?", "세입자에 대한 이주 대책이 필요하다.", "설명회 자료를 이메일로 받아볼 수 있는가?"}
	as := []string{"공사 시방서에 방음벽 설치를 명시하고 수시로 점검하겠습니다.", "감정평가가 끝나는 대로 개별 통지하겠습니다.",
		"열람 기간 중 구청 누리집에서 확인하실 수 있습니다.", "인근 공영주차장 확충을 함께 검토하고 있습니다."}
	for k := 0; k < 2+r.IntN(4); k++ {
		p := b.newPerson(chance(r, 12))
		if b.clean {
			b.w(pick(r, []string{"○ 주민 A: ", "○ 주민1 : ", "- 질의(주민): ", "Q. "}), pick(r, qs), "\n")
		} else {
			switch r.IntN(5) {
			case 0:
				b.say("speaker", "○ 주민 ", b.name(p, false), "(", pick(r, dongs), "): ", pick(r, qs), "\n")
			case 1:
				b.say("speaker", "○ ", b.name(p, false), " 님: ", pick(r, qs), "\n")
			case 2:
				b.say("speaker", "- 질의(", b.name(p, false), ", ", b.shortAddress(), "): ", pick(r, qs), "\n")
			case 3:
				b.say("prose", "  ", pick(r, dongs), "에 사는 ", b.nameWith(p, false, " 씨는", "은/는", "이/가"), " \"", pick(r, qs), "\"라고 질의함\n")
			default:
				b.say("speaker", "Q. ", b.name(p, p.foreign), pick(r, []string{" : ", ": "}), pick(r, qs), "\n")
			}
			switch r.IntN(6) {
			case 0:
				b.say("prose", "  ※ 자료 송부 요청: ", b.email(p), "\n")
			case 1:
				b.say("prose", "  ※ 온라인 참여(접속 IP ", b.ip(), ")\n")
			}
		}
		b.w(pick(r, []string{"  → 답변(", "○ 답변(", "A. ("}), b.dept, "장): ", pick(r, as), "\n")
	}
	b.w(numbered(0, 2), "향후 계획: 주민 의견을 검토하여 계획안에 반영하고 ")
	b.put("prose", "", b.date())
	b.w("까지 공람 공고 예정.\n")
	if !b.clean {
		b.w("\n붙임 참석자 명부\n")
		head := []string{"연번", "성명", "주소", "연락처", "서명"}
		var rows [][]cell
		for k := 0; k < 3+r.IntN(5); k++ {
			p := b.newPerson(chance(r, 10))
			addr := b.address()
			if chance(r, 2) {
				addr = b.shortAddress()
			}
			phone := b.mobile()
			if chance(r, 4) {
				phone = b.landline()
			}
			sign := litc(pick(r, []string{"(서명)", "서명", ""}))
			if chance(r, 4) {
				sign = cell{b.remark()}
			}
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {b.name(p, false)}, addr, {phone}, sign})
		}
		b.table(head, rows)
	} else {
		b.attachments(cell{lit("설명회 자료")}, cell{lit("참석자 현황(동별 인원)")})
	}
	b.signoff()
}
