package elevenset

import "fmt"

func (b *builder) kHousing() {
	title := pick(b.r, []string{"행복주택 예비입주자 선정 결과", "장기전세주택 입주자 자격 검증 결과", "청년 매입임대주택 당첨자 확정", "공공임대 재계약 대상자 통보"})
	if !b.clean && b.r.IntN(3) == 0 {
		b.header(title+" 안내", b.letterTo(b.newPerson(1970, 2003)))
	} else {
		b.header(title, b.internalTo())
	}
	b.related(10)
	if b.clean {
		b.num(2, txt("단지별 공급 현황"))
		b.summary([]string{"은평 녹번", "강서 마곡", "송파 위례", "노원 상계", "구로 항동"})
		b.num(3, b.word()...)
		b.num(4, b.duty()...)
		b.contact()
		b.footer([]string{"공급 단지 목록"})
		return
	}
	ps := b.people(5+b.r.IntN(5), 1960, 2003)
	b.num(2, txt("선정 결과"))
	cols := []col{b.cFixed([]string{"순위", "예비번호"}, []string{"1", "2", "3", "예비 4", "5"}), b.cName("", "성명", "신청자", "당첨자", "이름")}
	if b.r.IntN(2) == 0 {
		cols = append(cols, col{[]string{"생년월일", "생년월일(6자리)", "출생"}, func(p *person) []seg {
			return one(b.it("birth_date", "code", fmt.Sprintf("%02d%02d%02d", p.bd.y%100, p.bd.m, p.bd.d)))
		}})
	} else {
		cols = append(cols, b.cBirth(""))
	}
	cols = append(cols, b.cAddr(""), b.cPhone(""), b.cFixed([]string{"배점", "점수"}, []string{"12", "9", "15", "11"}))
	b.ptable(ps, cols...)
	b.num(3, txt("부적격 및 특이 사항"))
	b.sub(0, cat(b.mention(ps[0], ""), []seg{txt(" 세대원 ")}, b.name(b.newPerson(1960, 2000), ""), []seg{txt(" 명의의 주택(")}, one(b.it("address", "", address(b.r))), []seg{txt(")이 확인되어 부적격 처리함.")})...)
	b.sub(1, cat([]seg{txt("소명 기한 내 ")}, b.with(ps[1], "", pick(b.r, []string{"로부터", "에게서"})), []seg{txt(" 전자우편("), b.it("email", "", email(b.r)), txt(")으로 소명서를 제출함.")})...)
	b.sub(2, txt("공급 단지: "), ng("place", pick(b.r, []string{"은평구청", "노원구청"})), txt(" 인근 행복주택 "), ng("amount", amount(b)), txt(" 보증금"))
	b.contact()
	b.footer([]string{"예비입주자 명단", "자격 검증 결과"})
}

func (b *builder) kLand() {
	title := pick(b.r, []string{"도시계획시설(도로) 편입 토지 보상 협의", "공원 조성 사업 편입 토지 소유자 통지", "하천 정비 사업 보상금 지급 결정", "사도 개설 허가에 따른 토지 사용 승낙 확인"})
	b.header(title, b.internalTo())
	b.related(11)
	if b.clean {
		b.num(2, txt("보상 추진 현황"))
		b.summary([]string{"토지", "지장물", "영업손실", "이주정착금"})
		b.num(3, b.word()...)
		b.contact()
		b.footer([]string{"사업 위치도"})
		return
	}
	ps := b.people(4+b.r.IntN(5), 1940, 1990)
	b.num(2, txt("편입 토지 및 소유자"))
	cols := []col{col{[]string{"소재지", "편입 토지", "지번"}, func(p *person) []seg {
		d := pick(b.r, districts)
		return one(b.it("address", "parcel", fmt.Sprintf("%s %s %s%d-%d", d.gu, pick(b.r, d.dongs), pick(b.r, []string{"", "", "산"}), 1+b.r.IntN(900), 1+b.r.IntN(40))))
	}}, b.cFixed([]string{"지목", "지목"}, []string{"대", "전", "답", "임야", "잡종지"}),
		b.cName("", "소유자", "소유자 성명", "토지소유자"), b.cAddr(""), b.cAmount()}
	b.ptable(ps, cols...)
	b.num(3, txt("협의 경과"))
	b.sub(0, cat([]seg{txt("소유자 ")}, b.mention(ps[0], ""), []seg{txt(" 감정평가액이 낮다며 재평가를 요구함(연락처 "), b.it("landline", "", landline(b.r)), txt(").")})...)
	b.sub(1, cat(b.mention(ps[1], ""), []seg{txt(" 소유 토지 ")}, one(b.it("address", "parcel", pick(b.r, []string{"경기도 양평군 양서면 목왕리 산", "강원특별자치도 홍천군 내촌면 와야리 산 ", "관악구 신림동 "})+fmt.Sprintf("%d-%d번지", 1+b.r.IntN(300), 1+b.r.IntN(30)))), []seg{txt("는 상속 등기가 되지 않아 공탁 예정.")})...)
	b.sub(2, txt("수용재결 신청 사건("), ng("case_no", caseNo(b)), txt(")은 별도 보고 예정."))
	b.sub(3, txt("감정평가: "), ng("company", pick(b.r, []string{"(주)대한감정평가법인", "한결감정평가(주)", "하나감정평가법인(주)"})), txt(" 등 2개 기관"))
	b.sub(4, b.duty()...)
	b.contact()
	b.footer([]string{"토지 조서", "보상금 산정 내역"})
}

func (b *builder) kSecurity() {
	title := pick(b.r, []string{"개인정보 처리시스템 접속기록 점검 결과", "홈페이지 무단 접근 시도 차단 보고", "시민 계정 도용 의심 사례 조치 결과", "전자민원 시스템 비정상 로그인 점검"})
	b.header(title, b.internalTo())
	b.related(12)
	b.num(2, txt("점검 기간: "), ng("date", b.today()), txt(" ~ "), ng("date", b.today()))
	if b.clean {
		b.num(3, txt("점검 결과 요약"))
		b.summary([]string{"정상", "주의", "차단", "오탐"})
		b.num(4, txt("보안 패치 버전 "), ng("version", fmt.Sprintf("%d.%d.%d.%d", 1+b.r.IntN(9), b.r.IntN(20), b.r.IntN(30), b.r.IntN(200))), txt(" 적용 완료"))
		b.num(5, b.duty()...)
		b.contact()
		b.footer(nil)
		return
	}
	ps := b.people(4+b.r.IntN(5), 1960, 2005)
	b.num(3, txt("의심 접속 내역"))
	b.ptable(ps, b.cFixed([]string{"접속일시", "일시"}, []string{"12. 1. 03:12", "12. 2. 23:48", "11. 29. 02:05", "12. 3. 04:30"}),
		col{[]string{"접속 IP", "IP", "접속IP"}, func(p *person) []seg { return one(b.it("ip", "", ip(b.r))) }},
		b.cName("", "계정 소유자", "이용자", "성명"),
		col{[]string{"아이디(이메일)", "이메일", "계정"}, func(p *person) []seg { return one(b.it("email", "", email(b.r))) }},
		b.cFixed([]string{"조치", "결과"}, []string{"차단", "비밀번호 초기화", "본인 확인", "모니터링"}))
	b.num(4, txt("조치 사항"))
	b.sub(0, cat(b.with(ps[0], "", "의"), []seg{txt(" 계정은 해외 IP("), b.it("ip", "", fmt.Sprintf("%d.%d.%d.%d", 45+b.r.IntN(150), b.r.IntN(256), b.r.IntN(256), 1+b.r.IntN(254))), txt(")에서 접속되어 잠금 처리함.")})...)
	b.sub(1, txt("보안 패치 버전 "), ng("version", fmt.Sprintf("%d.%d.%d.%d", 1+b.r.IntN(9), b.r.IntN(20), b.r.IntN(30), b.r.IntN(200))), txt(" 적용, 관리 서버는 "), ng("place", "서울시청 다목적홀"), txt(" 옆 전산실에 있음."))
	b.sub(2, b.duty()...)
	b.contact()
	b.footer([]string{"접속기록 원본(비공개)"})
}

func (b *builder) kContract() {
	title := pick(b.r, []string{"청사 청소 용역 계약 체결", "공공시설 보수 공사 수의계약 체결", "정보시스템 유지관리 용역 계약", "방역 소독 용역 입찰 결과 보고"})
	b.header(title, b.internalTo())
	b.related(13)
	b.num(2, txt("입찰공고번호: "), ng("bid_no", bidNo(b)), txt(" ("), ng("date", b.today()), txt(")"))
	n := 3 + b.r.IntN(3)
	heads := []string{"업체명", "사업자등록번호", "투찰금액"}
	var reps []*person
	if !b.clean {
		heads = append(heads, pick(b.r, []string{"대표자", "대표자 성명", "대표"}))
	}
	var rows [][][]seg
	for i := 0; i < n; i++ {
		row := [][]seg{one(ng("company", companies[(b.r.IntN(len(companies))+i)%len(companies)])), one(ng("biz_no", bizNo(b))), one(ng("amount", amount(b)))}
		if !b.clean {
			p := b.newPerson(1955, 1990)
			reps = append(reps, p)
			row = append(row, b.name(p, "rep"))
		}
		rows = append(rows, row)
	}
	b.table(heads, rows)
	b.num(3, txt("계약 상대자: "))
	b.line("body", append([]seg{txt("  ")}, b.company()...)...)
	b.num(4, b.word()...)
	k := 5
	if !b.clean {
		k++
		b.num(5, txt("현장 관리"))
		b.sub(0, cat([]seg{txt("현장대리인 ")}, b.name(b.newPerson(1965, 1995), ""), []seg{txt("(휴대전화 "), b.it("mobile", "", mobile(b.r)), txt(")을 상주시킴.")})...)
		b.sub(1, cat([]seg{txt("대표자 ")}, b.mention(reps[0], "rep"), []seg{txt(" 계약 보증금 "), ng("amount", amount(b)), txt("을 납부함.")})...)
		if b.r.IntN(2) == 0 {
			b.sub(2, txt("투입 인력(운전원)"))
			b.ptable(b.people(2+b.r.IntN(4), 1960, 1998), b.cName("", "성명", "운전원", "이름"), b.cBirth(""),
				col{[]string{"운전면허번호", "면허번호", "면허 번호"}, func(p *person) []seg { return one(b.it("driver_licence", "", licence(b.r))) }},
				b.cFixed([]string{"면허종류", "종별"}, []string{"1종 대형", "1종 보통", "2종 보통"}))
		}
	}
	b.num(k, txt("감독공무원: "), ng("official", b.offs[0].name), txt(" "+b.offs[0].pos+", 법인등록번호 "), ng("corp_no", corpNo(b)), txt(" 확인 완료"))
	b.contact()
	b.footer([]string{"계약서", "산출내역서"})
}

func (b *builder) kAward() {
	title := pick(b.r, []string{"모범 시민 표창 대상자 추천", "자원봉사 우수자 시장 표창 수여", "의인상 수상자 선정 결과", "명예시민 추대 심의 결과"})
	b.header(title, b.internalTo())
	b.related(14)
	if b.clean {
		b.num(2, txt("분야별 추천 인원"))
		b.summary([]string{"봉사", "안전", "환경", "문화", "복지"})
		b.num(3, txt("시상: "), ng("place", pick(b.r, []string{"세종문화회관", "시민청", "서울시청 다목적홀"})), txt(", "), ng("date", b.today()))
		b.num(4, b.word()...)
		b.contact()
		b.footer(nil)
		return
	}
	ps := b.people(4+b.r.IntN(5), 1945, 2005)
	b.num(2, txt("대상자"))
	b.ptable(ps, b.cName("", "성명", "이름", "추천 대상자"), b.cBirth(""), b.cAddr(""),
		b.cFixed([]string{"공적 요지", "공적"}, []string{"독거노인 도시락 배달 10년", "화재 현장 인명 구조", "하천 정화 활동", "무료 급식 봉사"}))
	b.num(3, txt("주요 공적"))
	b.sub(0, cat(b.mention(ps[0], ""), []seg{txt(" " + pick(b.r, []string{"20년간 ", "매주 ", "지난 여름 "}) + "이웃을 위해 봉사하였으며, 지역 주민들이 " + pick(b.r, []string{"한결같이", "하나같이"}) + " 추천함.")})...)
	p := ps[1]
	b.sub(1, txt("추천인 "), b.nameBare(b.newPerson(1950, 1990), "title"), txt(" 씨는 "), b.givenName(p), txt(pick(b.r, []string{" 씨가 ", "님이 "})+"물에 빠진 아이를 구했다고 진술함."))
	b.num(4, txt("수상자 연락처 확인"))
	b.kv(lbl("성명: ", b.name(p, "")...), lbl(pick(b.r, []string{"자택: ", "전화: ", "연락처(자택) "}), b.it("landline", "", landline(b.r))), lbl("휴대전화: ", b.it("mobile", "", mobile(b.r))))
	b.num(5, b.duty()...)
	b.contact()
	if b.r.IntN(2) == 0 {
		b.footer([]string{"공적 조서"}, b.nameBare(ps[0], ""), txt(pick(b.r, []string{" 추천서", " 공적조서(개인별)", "_주민등록초본"})))
		return
	}
	b.footer([]string{"공적 조서", "추천서"})
}

func (b *builder) kBriefing() {
	title := pick(b.r, []string{"도시철도 연장 주민설명회 개최 결과", "재개발 정비구역 지정 주민 공청회 결과", "공원 리모델링 주민 의견 수렴 결과", "자원회수시설 입지 주민설명회 결과 보고"})
	b.header(title, b.internalTo())
	b.related(11)
	b.num(2, txt("개최 개요"))
	b.sub(0, txt("일시: "), ng("date", b.today()), txt(pick(b.r, []string{" 19:00", " 14:00~16:00", " 오후 7시"})))
	b.sub(1, txt("장소: "), ng("place", pick(b.r, places)))
	if b.clean {
		b.sub(2, txt("참석: 주민 "+fmt.Sprint(20+b.r.IntN(200))+"명, 시 관계자 5명"))
		b.num(3, txt("주요 의견 요지"))
		b.summary([]string{"교통", "소음", "보상", "일정", "기타"})
		b.num(4, b.word()...)
		b.contact()
		b.footer([]string{"설명회 자료"})
		return
	}
	ps := b.people(5+b.r.IntN(6), 1940, 2004)
	b.sub(2, txt("참석자: 주민 "+fmt.Sprint(len(ps)+20+b.r.IntN(80))+"명(서명부 발췌는 아래와 같음)"))
	cols := []col{b.cName("", "성명", "이름", "참석자"), col{[]string{"주소(동)", "거주지", "주소"}, func(p *person) []seg {
		if b.r.IntN(2) == 0 {
			return one(txt(pick(b.r, pick(b.r, districts).dongs)))
		}
		return one(b.it("address", "", address(b.r)))
	}}, b.cPhone("")}
	if b.r.IntN(2) == 0 {
		cols = append(cols, col{[]string{"서명", "서 명", "확인"}, func(p *person) []seg {
			if b.r.IntN(3) == 0 {
				return one(txt("(서명)"))
			}
			return one(b.whole(p, "sign"))
		}})
	}
	b.ptable(ps, cols...)
	b.num(3, txt("질의 응답"))
	qs := []string{"공사 기간에 소음 대책은 무엇입니까?", "보상 기준은 언제 공개됩니까?", "통학로 안전은 어떻게 확보합니까?", "주민 대표를 협의체에 넣어 주십시오.", "설명회를 한 번 더 열어 주세요."}
	as := []string{"저소음 장비를 쓰고 야간 작업은 하지 않겠습니다.", "감정평가 후 개별 통지하겠습니다.", "보행 안전요원을 배치하겠습니다.", "검토하여 다음 회의 때 답변드리겠습니다."}
	for i := 0; i < 2+b.r.IntN(3); i++ {
		p := ps[b.r.IntN(len(ps))]
		var who []seg
		switch b.r.IntN(4) {
		case 0:
			who = []seg{txt("주민 "), b.nameBare(p, ""), txt(fmt.Sprintf("(%s): ", pick(b.r, pick(b.r, districts).dongs)))}
		case 1:
			who = []seg{txt("Q. "), b.nameBare(p, ""), txt(pick(b.r, []string{" 주민: ", "님: ", " 씨 : "}))}
		case 2:
			who = []seg{txt("질문("), b.nameBare(p, ""), txt(") ")}
		default:
			who = cat([]seg{txt("○ ")}, b.given(p, "", ""), []seg{txt(": ")})
		}
		b.line("speaker", append(who, txt(pick(b.r, qs)))...)
		o := b.offs[b.r.IntN(2)]
		b.line("speaker", txt(pick(b.r, []string{"A. ", "답변: ", "→ "})), ng("official", o.name), txt(" "+o.pos+": "+pick(b.r, as)))
	}
	b.num(4, b.word()...)
	b.contact()
	b.footer([]string{"설명회 자료", "참석자 서명부(비공개)"})
}
