package ninthset

import "fmt"

// The second templates of five kinds: letters to one person, opinion
// registers, a lecturer's contract, a complaint against advertisers and an
// audit reply. Each writer is called after startDoc.

// subsidyLetter is the decision letter to one applicant.
func subsidyLetter(b *builder) {
	r := b.r
	sub := pick(r, subsidyNames)
	p := b.newPerson(chance(r, 10))
	recv := litc("신청인 귀하")
	if !b.clean {
		recv = b.nameWith(p, false, " 귀하", " 님", "귀하")
	}
	b.header(recv, sub+" 지급 결정 통지")
	b.w(numbered(0, 0), pick(r, []string{"귀하의 가정에 건강과 행복이 가득하시기를 바랍니다.", "항상 구정에 협조해 주셔서 감사합니다."}), "\n")
	b.w(numbered(0, 1), "귀하께서 ")
	b.put("prose", "", b.date())
	b.w(" 신청하신 ", sub, "에 대하여 ")
	b.put("prose", "", b.statute())
	b.w("에 따라 ", pick(r, []string{"아래와 같이 지급하기로 결정하였음을 알려드립니다.", "다음과 같이 지급 결정되었기에 통지합니다."}), "\n\n")
	bank, acct := b.account()
	fs := []field{{"성명", cell{b.name(p, false)}}, {"생년월일", cell{b.birth(p, false)}}, {"주소", b.address()},
		{"지급액", cell{b.amount()}}, {"지급 계좌", cell{lit(bank + " "), acct}}, {"지급일", cell{b.date()}}}
	if chance(r, 3) {
		fs = append(fs, field{"연락처", cell{b.landline()}})
	}
	b.form(fs)
	b.w("\n", numbered(0, 2), "지급받은 보조금을 목적 외로 사용하거나 거짓으로 신청한 경우 ")
	b.put("prose", "", negp("statute", "「보조금 관리에 관한 법률」 제33조"))
	b.w("에 따라 환수될 수 있습니다.\n")
	if !b.clean && chance(r, 2) {
		b.say("prose", numbered(0, 3), "예금주가 신청인과 다른 경우(예금주 ", b.name(b.newPerson(false), false), ", 관계: ", lit(pick(r, []string{"배우자", "자녀", "모"})), ") 위임장을 제출하여야 합니다.\n")
	}
	b.signoff()
}

// briefingOpinions is the register of written opinions after a briefing.
func briefingOpinions(b *builder) {
	r := b.r
	topic := pick(r, []string{"○○근린공원 조성계획", "녹번천 복원사업", "공영주차장 건립", "역세권 활성화사업", "소각장 증설"})
	b.header(b.recvInternal(), topic+" 주민 의견 검토 결과 보고")
	b.w(numbered(0, 0), "주민설명회(")
	b.put("prose", "", b.date())
	b.w(") 이후 ")
	b.put("prose", "", negp("period", fmt.Sprintf("%d일간", 14+r.IntN(16))))
	b.w(" 접수된 주민 의견을 다음과 같이 검토하였습니다.\n")
	total := 4 + r.IntN(60)
	b.w(numbered(1, 0), "접수 건수: ")
	b.put("prose", "", negp("count", fmt.Sprintf("%d건", total)))
	b.w(" (방문 ")
	b.put("prose", "", negp("count", fmt.Sprintf("%d건", 1+r.IntN(total))))
	b.w(", 우편 및 전자우편 포함)\n\n")
	gists := []string{"공원 내 반려견 놀이터 설치 반대", "공사 차량 통행로 변경 요청", "사업 구역에서 제외 요청", "주차면 추가 확보 요구",
		"야간 조명 설치 건의", "토지 보상 단가 상향 요청", "하천변 산책로 폭 확대"}
	head := []string{"연번", "제출인", "주소", "의견 요지", "검토 결과"}
	var rows [][]cell
	for k := 0; k < 3+r.IntN(5); k++ {
		var who, addr cell
		if b.clean || chance(r, 5) {
			who = cell{negp("org", pick(r, []string{"○○동 주민자치회", "녹번동 상인회", "○○아파트 입주자대표회의", "환경운동연합 ○○지부"}))}
			addr = litc(pick(r, dongs))
		} else {
			p := b.newPerson(chance(r, 12))
			who = cell{b.name(p, false)}
			if chance(r, 4) {
				who = append(who, lit(fmt.Sprintf(" 외 %d명", 2+r.IntN(40))))
			}
			addr = b.address()
			if chance(r, 2) {
				addr = b.shortAddress()
			}
		}
		rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), who, addr, litc(pick(r, gists)), litc(pick(r, []string{"반영", "일부 반영", "미반영(사업 취지 상이)", "추후 검토"}))})
	}
	b.table(head, rows)
	if !b.clean {
		p := b.newPerson(false)
		b.say("prose", "\n※ 제출인 중 ", b.nameWith(p, false, "은/는", " 씨는", " 님은"), " 회신을 원하여 ", pick(r, []string{"우편", "전자우편", "문자"}), "으로 결과를 알려 드림(", b.email(p), ").\n")
	}
	b.signoff()
}

// lecturerContract is the contract of one individual lecturer, as the
// contract form's transposed table.
func lecturerContract(b *builder) {
	r := b.r
	c := pick(r, courses)
	p := b.newPerson(chance(r, 8))
	b.header(b.recvInternal(), c+" 강사 위촉 및 계약 체결")
	b.w(numbered(0, 0), "관련: ", b.dept, " 평생학습 프로그램 운영계획\n")
	b.w(numbered(0, 1), c, " 강사를 ", pick(r, []string{"아래와 같이 위촉하고 계약을 체결하고자 합니다.", "다음과 같이 위촉하고자 합니다."}), "\n")
	b.say("prose", numbered(1, 0), "계약 방법: 수의계약(", negp("statute", "「지방계약법 시행령」 제25조제1항제5호"), ")\n")
	b.say("prose", numbered(1, 1), "계약 기간: ", negp("period", fmt.Sprintf("%d. %d. %d. ~ %d. %d. %d.", 2026, 1+r.IntN(6), 1+r.IntN(28), 2026, 7+r.IntN(6), 1+r.IntN(28))), "\n")
	b.say("prose", numbered(1, 2), "강사료: 시간당 ", negp("amount", fmt.Sprintf("%d,000원", 40+10*r.IntN(5))), " × ", negp("count", fmt.Sprintf("%d시간", 12+r.IntN(40))), "\n\n")
	b.w("강사 인적사항\n")
	if b.clean {
		b.form([]field{{"구분", litc("개인(프리랜서)")}, {"자격", litc(pick(r, []string{"요가지도자 1급", "정보처리기사", "바리스타 2급", "한국어교원 2급"}))},
			{"경력", litc(fmt.Sprintf("%d년", 3+r.IntN(15)))}, {"선정 사유", litc("공개모집 서류심사 결과 최고점")}})
	} else {
		bank, acct := b.account()
		fs := []field{{"성명", cell{b.name(p, false)}}}
		if p.foreign {
			fs = append(fs, field{"국적", litc(p.nation.name)}, field{"외국인등록번호", cell{b.regno(p)}})
		} else {
			fs = append(fs, field{"주민등록번호", cell{b.regno(p)}})
		}
		fs = append(fs, field{"주소", b.address()}, field{"휴대전화", cell{b.mobile()}}, field{"전자우편", cell{b.email(p)}},
			field{"입금 계좌", cell{lit(bank + " "), acct}}, field{"자격", litc(pick(r, []string{"요가지도자 1급", "정보처리기사", "바리스타 2급", "한국어교원 2급"}))})
		b.form(fs)
		b.say("prose", "\n", numbered(0, 2), "위촉장은 ", b.nameWith(p, false, "에게", " 강사에게", " 님께"), " 첫 강의일에 전달할 예정임.\n")
	}
	b.attachments(cell{lit("강사 이력서")}, cell{lit("자격증 사본")}, cell{lit("청렴서약서")})
	b.signoff()
}

// adCriminal is a complaint against those behind illegal advertising:
// the telephone numbers printed on the flyers and their subscribers.
func adCriminal(b *builder) {
	r := b.r
	police := pick(r, []string{"서울은평경찰서장", "서울노원경찰서장", "서울동작경찰서장", "고양경찰서장"})
	b.header(litc(police), "불법 광고물 배포자 수사 의뢰")
	b.w(numbered(0, 0), "관내에 ", pick(r, []string{"대출 광고 전단", "성매매 암시 명함형 전단", "불법 현수막", "분양 광고 벽보"}), "이 반복적으로 배포되어 ")
	b.put("prose", "", negp("statute", "「옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률」 제18조"))
	b.w("에 따라 수사를 의뢰합니다.\n")
	b.w(numbered(0, 1), "적발 현황: ")
	b.put("prose", "", b.date())
	b.w(" ~ ")
	b.put("prose", "", b.date())
	b.w(", ")
	b.put("prose", "", negp("count", fmt.Sprintf("총 %d매", 50+r.IntN(900))))
	b.w(" 수거\n\n")
	head := []string{"연번", "광고 전화번호", "가입자", "생년월일", "적발 장소"}
	var rows [][]cell
	for k := 0; k < 2+r.IntN(5); k++ {
		if b.clean {
			rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {negp("masked", "010-****-"+digits(r, 4))}, litc("확인 중"), litc("-"), {negp("place", pick(r, dongs)+" "+pick(r, []string{"버스정류장", "먹자골목", "지하철역 출구", "사거리"}))}})
			continue
		}
		p := b.newPerson(chance(r, 6))
		phone := b.mobile()
		if chance(r, 5) {
			phone = b.landline()
		}
		rows = append(rows, []cell{litc(fmt.Sprint(k + 1)), {phone}, {b.name(p, p.foreign)}, {b.birth(p, chance(r, 2))}, {negp("place", pick(r, dongs)+" "+pick(r, []string{"버스정류장", "먹자골목", "지하철역 출구", "사거리"}))}})
	}
	b.table(head, rows)
	if !b.clean {
		p := b.people[0]
		b.say("prose", "\n", numbered(0, 2), "특히 ", b.nameWith(p, p.foreign, "은/는", "의"), " ", pick(r, []string{"과태료 부과 후에도 배포를 계속하였고", "명의를 바꾸어 같은 광고를 게시하였고"}),
			", 광고에 기재된 웹사이트의 접속 기록(", b.ip(), ")이 확인되었습니다.\n")
	}
	k := 3
	if b.clean {
		k = 2
	}
	b.say("prose", numbered(0, k), "관련 과태료 부과: ", b.amount(), " (고지서 ", negp("billno", digits(r, 4)+"-"+digits(r, 12)), ")\n")
	b.attachments(cell{lit("수거 전단 사진")}, cell{lit("통신자료 제공 요청서")})
	b.signoff()
}

// auditReply answers a citizen who asked for an audit.
func auditReply(b *builder) {
	r := b.r
	p := b.newPerson(chance(r, 10))
	recv := litc("청구인 대표자 귀하")
	if !b.clean {
		recv = b.nameWith(p, false, " 귀하", " 님")
		if chance(r, 2) {
			recv = append(recv, lit(" (우 "+fmt.Sprint(10000+r.IntN(89999))+" "))
			recv = append(recv, b.address()...)
			recv = append(recv, lit(")"))
		}
	}
	b.header(recv, pick(r, []string{"주민감사 청구 처리 결과 알림", "공익신고(감사 요청) 처리 결과 회신", "민원 감사 결과 통보"}))
	b.w(numbered(0, 0), "귀하께서 ")
	b.put("prose", "", b.date())
	b.w(" 제출하신 감사 청구(접수번호 ")
	b.put("prose", "", b.receipt())
	b.w(")에 대한 처리 결과를 알려드립니다.\n")
	b.w(numbered(0, 1), "청구 요지: ", pick(r, []string{"○○복지관 운영 법인의 보조금 부당 사용 의혹", "주민센터 물품 구매 과정의 특정 업체 특혜 의혹", "공원 조성공사 설계 변경의 적정성"}), "\n")
	b.w(numbered(0, 2), "감사 결과\n")
	b.say("prose", numbered(1, 0), b.company(), "(법인등록번호 ", b.corpno(), ")의 정산 서류를 확인한 결과 ", b.amount(), "이 증빙 없이 집행되어 환수 조치하였습니다.\n")
	if !b.clean {
		switch r.IntN(3) {
		case 0:
			b.say("prose", numbered(1, 1), "다만, 청구인 ", b.nameWith(p, false, "이/가", " 씨가"), " 제시한 자료 중 일부는 사실과 다른 것으로 확인되었습니다.\n")
		case 1:
			q := b.newPerson(false)
			b.say("prose", numbered(1, 1), "참고인 ", b.name(q, false), "(", b.mobile(), ")의 진술에 따르면 해당 물품은 실제로 납품되지 않았습니다.\n")
		default:
			b.say("prose", numbered(1, 1), "청구인 연명부에 기재된 ", b.name(b.newPerson(false), false), " 외 ", negp("count", fmt.Sprintf("%d명", 100+r.IntN(300))), "의 청구 요건은 충족되었습니다.\n")
		}
	}
	b.w(numbered(0, 3), "이 결과에 이의가 있으시면 ")
	b.put("prose", "", negp("statute", "「지방자치법」 제22조"))
	b.w("에 따라 주민소송을 제기할 수 있습니다.\n")
	b.signoff()
}

// speakerTable writes minutes' remarks as a two-column table, 발언자 and
// 내용, as some clerks lay them out.
func (b *builder) speakerTable(chair official, members []*person) {
	r := b.r
	head := []string{"발언자", "내용"}
	rows := [][]cell{{cell{lit("위원장 "), negp("official", chair.name)}, litc("개회 선언 및 안건 상정")}}
	for k := 0; k < 3+r.IntN(4); k++ {
		i := r.IntN(len(members))
		who := litc(fmt.Sprintf("%c 위원", 'A'+i))
		if !b.clean {
			who = cell{b.name(members[i], false), lit(pick(r, []string{" 위원", "", " 위원(외부)"}))}
		}
		rows = append(rows, []cell{who, litc(pick(r, remarks))})
	}
	b.table(head, rows)
}
