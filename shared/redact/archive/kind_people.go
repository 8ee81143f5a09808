package archive

import (
	"fmt"
)

var merits = []string{
	"10년간 독거 어르신 도시락 배달 봉사를 해 오며 지역 복지 향상에 기여함",
	"화재 현장에서 이웃 주민 3명을 구조하여 인명 피해를 막음",
	"골목 환경 정비 활동을 주도하여 무단투기 없는 마을을 만듦",
	"다문화 가정 아동에게 무료 학습 지도를 실시함",
	"마을 공동체 활성화와 주민 화합에 앞장섬",
}

func genAward(d *doc) {
	d.setup("gu,gu,city,dong", "자치행정과", "총무과", "인사과", "복지정책과")
	r := d.r
	if d.clean {
		awardGroups(d)
		return
	}
	switch r.IntN(3) {
	case 0:
		awardMerit(d)
	default:
		awardList(d)
	}
}

// awardList is the list of citizens to be commended.
func awardList(d *doc) {
	r := d.r
	title := pick(r, []string{"모범구민 표창 대상자 확정", "자원봉사 유공자 표창 계획", "효행 및 선행 시민 표창 수여"})
	d.letterhead(title)
	d.h(0, "근거: ", d.statute([]string{"「서울특별시 표창 조례」 제4조", "「자원봉사활동 기본법」 제13조"}))
	d.h(0, "수여 일시: ", d.dt(d.date.addDays(7)), " ", ng("time", "10:00"), " / 장소: ", d.place())
	d.h(0, "대상자")
	nameHead := pick(r, []string{"성명", "성 명", "수상자", "이름"})
	t := table{head: [][]string{{"연번", "동", nameHead, "생년월일", "공적 요지"}}}
	if r.IntN(4) == 0 {
		t.head = nil
	}
	var first *person
	for i := range between(r, 3, 7) {
		p := d.person(20, 85)
		if first == nil {
			first = p
		}
		var b any = d.birth(p, cell)
		if r.IntN(6) == 0 {
			b = d.leak(p, tBirth, cell)
		}
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), pick(r, seoulDongs)[1], d.name(p, cell), b, pick(r, merits)})
	}
	d.table(t)
	d.h(0, "특기 사항: ", d.nameWith(first, "body", d.poss()), " 구청장 표창 수상 이력(", ng("date", fmt.Sprintf("%d년", d.date.y-3)), ")이 있어 서울특별시장 표창으로 상신함")
	if r.IntN(3) == 0 {
		// Officials commended: personnel records, not duty.
		o := d.person(30, 58)
		d.h(0, "공무원 부문: ", pick(r, guDepts), " ", pick(r, ranks), " ", d.name(o, "body", "personnel"), " (모범공무원)")
	}
	d.closing(false, "공적조서")
}

// awardMerit is the 공적조서 of one person.
func awardMerit(d *doc) {
	r := d.r
	p := d.person(30, 85)
	d.reportHead("공적조서")
	d.kvs(
		kv{"성명", d.name(p, "kv")},
		kv{"생년월일", d.birth(p, "kv")},
		kv{"주소", d.addr(p, "kv")},
		kv{"연락처", pick(r, []any{d.mobile(p, "kv"), d.home(p, "kv")})},
		kv{"직업", pick(r, []string{"자영업", "주부", "회사원", "무직", "택시 운수종사자"})},
		kv{"추천 기관", ng("org", d.org.short)},
	)
	d.h(0, "공적 개요")
	d.para(d.nameWith(p, "body", "은/는"), " ", pick(r, merits), ". 특히 ", d.dt(d.date.before(200)), " ", d.spot(), " 인근에서 쓰러진 행인을 발견하고 심폐소생술을 실시하여 생명을 구하였다. 이웃들은 “", d.name(p, "quote"), pick(r, []string{" 씨", " 어르신", " 선생님"}), " 같은 분이 계셔서 든든하다”고 말한다.")
	d.h(0, "추천 사유: 위와 같이 ", d.nameWith(p, "body", "의"), " 공적이 현저하여 표창 대상자로 추천함")
	d.closing(false)
}

// awardGroups commends associations: no one in it.
func awardGroups(d *doc) {
	r := d.r
	d.letterhead(fmt.Sprintf("%d년 우수 자원봉사단체 표창 계획", d.date.y))
	t := table{head: [][]string{{"연번", "단체명", "고유번호", "활동 분야", "비고"}}}
	for i := range between(r, 3, 6) {
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.company(), ng("unique_no", bizNo(r, true)), pick(r, []string{"환경", "복지", "교육", "안전"}), pick(r, []string{"", "재선정", "신규"})})
	}
	d.table(t)
	d.h(0, "수여식: ", d.dt(d.date.addDays(10)), " ", d.place())
	d.closing(false)
}

func genHiring(d *doc) {
	d.setup("gu,agency,agency,city", "총무과", "인사과", "인사처", "인사부", "경영기획실")
	r := d.r
	if d.clean {
		if r.IntN(2) == 0 {
			hiringMasked(d)
		} else {
			hiringAd(d)
		}
		return
	}
	switch r.IntN(4) {
	case 0:
		hiringResult(d)
	case 1:
		hiringInternal(d)
	case 2:
		hiringMail(d)
	default:
		hiringMasked(d)
	}
}

// hiringMasked publishes successful candidates the way offices do: exam
// numbers and masked names. Some offices leave the birth day out only.
func hiringMasked(d *doc) {
	r := d.r
	d.letterhead(fmt.Sprintf("%d년 제%d회 공무직 근로자 채용 최종합격자 공고", d.date.y, between(r, 1, 5)))
	d.ln(d.noticeNo())
	d.para(d.org.short, " 공무직 근로자 채용 시험의 최종합격자를 다음과 같이 공고합니다.")
	t := table{head: [][]string{{"분야", "응시번호", "성명", "생년월일"}}}
	for range between(r, 3, 8) {
		p := d.person(20, 55)
		var b any = ng("masked", fmt.Sprintf("%d.**.**", p.birth.y))
		if !d.clean && r.IntN(2) == 0 {
			b = d.leak(p, tBirth, cell)
		}
		t.rows = append(t.rows, []any{pick(r, []string{"환경미화", "주차관리", "시설관리", "사무보조"}), ng("exam_no", fmt.Sprintf("%d%04d", between(r, 10, 99), between(r, 1, 9999))), p.mask(r), b})
	}
	d.table(t)
	d.para("합격자는 ", d.dt(d.date.addDays(5)), "까지 ", d.place(), "로 채용 서류를 제출하시기 바랍니다. (문의 ", d.officeNo("office_phone"), ")")
	if !d.clean {
		// One candidate's appointment letter is pasted unmasked.
		p := d.person(22, 50)
		d.para("※ 합격자 ", d.nameWith(p, "body", "은/는"), " 임용 포기서를 제출하여 차순위자를 추가 합격 처리함")
	}
	d.closing(true)
}

// hiringResult publishes full names, as some fixed-term notices still do.
func hiringResult(d *doc) {
	r := d.r
	d.letterhead("기간제 근로자(" + pick(r, []string{"청사 안내", "공원 관리", "방역", "주차 단속"}) + ") 채용 합격자 발표")
	d.ln(d.noticeNo())
	t := table{head: [][]string{{"순번", "접수번호", pick(r, []string{"성명", "합격자", "이름"}), "생년월일", "비고"}}}
	for i := range between(r, 3, 8) {
		p := d.person(20, 65)
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), ng("exam_no", fmt.Sprintf("%d-%03d", d.date.y, between(r, 1, 300))), d.name(p, cell), d.birth(p, cell), pick(r, []string{"", "예비 1순위", "취업지원대상자"})})
	}
	d.table(t)
	d.para("근로계약 체결: ", d.dt(d.date.addDays(3)), " ", ng("time", "10:00"), ", ", d.place())
	d.closing(true)
}

// hiringInternal is the internal report on hired fixed-term workers: the
// full personnel data, with drivers' licences.
func hiringInternal(d *doc) {
	r := d.r
	d.reportHead("기간제 근로자 채용 결과 및 배치 보고")
	driver := r.IntN(2) == 0
	head := []string{"연번", "성명", "생년월일", "주소", "연락처", "배치 부서"}
	if driver {
		head = []string{"연번", "성명", "생년월일", "운전면허번호", "연락처", "배치 부서"}
	}
	t := table{head: [][]string{head}}
	for i := range between(r, 3, 6) {
		p := d.person(20, 65)
		var col any = d.addrCore(p, cell)
		if driver {
			col = d.licence(p, cell)
		}
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.name(p, cell), d.birth(p, cell), col, d.mobile(p, cell), pick(r, guDepts)})
	}
	d.table(t)
	d.h(0, "근로 기간: ", d.dt(d.date.addDays(1)), " ~ ", d.dt(d.date.addDays(180)), " / 임금: 일 ", amount(r, 80, 110))
	d.closing(false, "근로계약서")
}

// hiringAd is the job advertisement: no one in it.
func hiringAd(d *doc) {
	r := d.r
	d.letterhead(fmt.Sprintf("%d년 기간제 근로자 채용 공고", d.date.y))
	d.ln(d.noticeNo())
	d.h(0, "채용 분야 및 인원: ", pick(r, []string{"공원 관리", "청사 안내", "방역 소독"}), " ", ng("number", fmt.Sprintf("%d명", between(r, 2, 20))))
	d.h(0, "접수 기간: ", d.dt(d.date.addDays(3)), " ~ ", d.dt(d.date.addDays(10)), " ", ng("time", "09:00~18:00"))
	d.h(0, "접수 방법: 방문 또는 전자우편(", d.officeMail(d.drafter), ")")
	d.h(0, "문의: ", d.dept, " ", d.officeNo("office_phone"))
	d.closing(true)
}

var schools = []string{"서울망원초등학교", "성산중학교", "서울여자고등학교", "상계중학교", "신림고등학교", "서울화곡초등학교", "정릉중학교", "노원고등학교", "서울가락초등학교"}

func genYouth(d *doc) {
	d.setup("gu,gu,city", "아동청소년과", "교육지원과", "평생교육과", "아동담당관")
	r := d.r
	if d.clean {
		youthProgramme(d)
		return
	}
	switch r.IntN(4) {
	case 0:
		youthScholarship(d)
	case 1:
		youthAccident(d)
	case 2:
		youthTransit(d)
	default:
		youthOutOfSchool(d)
	}
}

func youthScholarship(d *doc) {
	r := d.r
	d.reportHead(fmt.Sprintf("%d년 %s 장학생 선발 결과", d.date.y, d.org.short))
	d.h(0, "선발 인원: ", ng("number", fmt.Sprint(between(r, 5, 40))), "명 / 장학금: 1인당 ", amount(r, 500, 2000))
	t := table{head: [][]string{
		{"연번", "학생", "학생", "학생", "보호자", "보호자"},
		{"연번", "성명", "학교", "생년월일", "성명", "연락처"},
	}}
	if r.IntN(2) == 0 {
		t.head = [][]string{{"연번", "학생명", "학교", "학년", "보호자", "보호자 연락처"}}
	}
	for i := range between(r, 3, 7) {
		s := d.person(8, 18)
		g := d.person(38, 55)
		third := any(d.birth(s, cell))
		if len(t.head) == 1 {
			third = fmt.Sprintf("%d학년", between(r, 1, 6))
		}
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.name(s, cell), ng("place", pick(r, schools)), third, d.name(g, cell), d.mobile(g, cell)})
	}
	d.table(t)
	if r.IntN(2) == 0 {
		s, g := d.person(8, 18), d.person(38, 55)
		d.h(0, "추가 선정: ", d.name(s, "body"), "(", ng("place", pick(r, schools)), ") - 보호자 ", d.nameWith(g, "body", "의"), " 계좌(", ng("org", g.bank), " ", d.account(g, "body"), ")로 지급, 안내는 전자우편(", d.email(g, "body"), ")으로 발송")
	}
	d.closing(false, "장학생 명단")
}

// youthAccident reports an injury at a youth facility.
func youthAccident(d *doc) {
	r := d.r
	s := d.person(10, 17)
	s.ctx = "health"
	g := d.person(38, 55)
	d.letterhead("청소년수련관 프로그램 중 안전사고 발생 보고")
	d.h(0, "발생 일시: ", d.when(), " / 장소: ", ng("place", pick(r, youthPlaces)), " 체험실")
	d.h(0, "사고 개요")
	suffix := " 군"
	if s.female {
		suffix = " 양"
	}
	d.h(1, ng("place", pick(r, schools)), " 학생 ", d.name(s, "body").with("honorific"), suffix, fmt.Sprintf("(%d세)", d.date.y-s.birth.y), "이 암벽 등반 체험 중 추락하여 ", pick(r, []string{"왼쪽 손목 골절", "발목 인대 파열", "뇌진탕"}), " 진단을 받음")
	d.h(1, "보호자 ", d.name(g, "body"), "(", d.mobile(g, "body"), ")에게 즉시 연락하고 ", ng("org", "서울의료원"), "으로 이송함")
	d.h(0, "조치 사항")
	d.h(1, d.nameWith(s, "body", "의"), " 치료비는 ", ng("org", "한국스포츠안전공제"), " 보험으로 처리 예정")
	d.h(1, "보호자 ", d.nameWith(g, "body", "은/는"), " 안전요원 배치 부족에 대해 문제를 제기함")
	d.closing(false)
}

func youthOutOfSchool(d *doc) {
	s := d.person(14, 19)
	d.reportHead("학교 밖 청소년 지원 대상자 상담 결과")
	d.kvs(
		kv{"성명", d.name(s, "kv")},
		kv{"생년월일", d.birth(s, "kv")},
		kv{"연락처", d.mobile(s, "kv")},
		kv{"전자우편", d.email(s, "kv")},
		kv{"주소", d.addr(s, "kv")},
	)
	d.h(0, "상담 내용: ", d.nameWith(s, "body", "은/는"), " 고등학교 1학년 때 자퇴하였으며 검정고시 준비를 희망함")
	d.h(0, "연계: ", ng("org", "서울시 학교밖청소년지원센터"), "(", ng("callcentre", "1388"), ") 꿈드림 프로그램")
	d.closing(false)
}

func youthProgramme(d *doc) {
	r := d.r
	d.reportHead(fmt.Sprintf("%d년 청소년 여름방학 프로그램 운영 결과", d.date.y))
	t := table{head: [][]string{{"프로그램", "기간", "장소", "참여 인원", "만족도"}}}
	for _, p := range []string{"코딩 캠프", "진로 탐색", "생태 체험", "스포츠 클럽"} {
		t.rows = append(t.rows, []any{p, []any{d.dt(d.date.before(40)), "~", d.dt(d.date.before(30))}, d.place(), ng("number", fmt.Sprintf("%d명", between(r, 10, 80))), ng("number", fmt.Sprintf("%d.%d점", between(r, 3, 4), r.IntN(10)))})
	}
	d.table(t)
	d.h(0, "수탁 기관: ", d.company())
	d.closing(false)
}

// hiringMail records the notice of interview sent to candidates by
// e-mail.
func hiringMail(d *doc) {
	r := d.r
	d.reportHead("서류전형 합격자 면접 안내 발송 결과")
	d.h(0, "발송 일시: ", d.today(), " ", ng("time", "16:00"), " / 발송 방법: 전자우편 및 문자")
	t := table{head: [][]string{{"응시번호", pick(r, []string{"성명", "응시자"}), "전자우편", "휴대전화", "면접 시간"}}}
	for range between(r, 3, 6) {
		p := d.person(22, 50)
		t.rows = append(t.rows, []any{ng("exam_no", fmt.Sprintf("%d%04d", between(r, 10, 99), between(r, 1, 9999))), d.name(p, cell), d.email(p, cell), pick(r, []any{d.mobile(p, cell), maskedMobile(p.mobilePhone())}), ng("time", fmt.Sprintf("%02d:%02d", between(r, 9, 17), pick(r, []int{0, 20, 40})))})
	}
	d.table(t)
	p := d.person(22, 50)
	d.h(0, "반송: ", d.nameWith(p, "body", "의"), " 전자우편(", d.leak(p, tEmail, "body"), ")이 반송되어 유선으로 안내함")
	d.closing(false)
}

// youthTransit refunds teenagers' bus and subway fares to their
// registered transport cards.
func youthTransit(d *doc) {
	r := d.r
	d.reportHead(fmt.Sprintf("%d년 %d분기 청소년 대중교통비 지원 환급 결과", d.date.y, (d.date.m-1)/3+1))
	d.h(0, "근거: ", d.statute([]string{"「서울특별시 청소년 대중교통요금 지원 조례」 제5조", "「청소년 기본법」 제48조"}))
	d.h(0, "환급 대상: 만 13~18세 ", ng("number", comma(between(r, 1000, 30000))), "명 / 환급액 ", amount(r, 10000, 900000))
	d.h(0, "환급 오류 정정 대상")
	t := table{head: [][]string{{"연번", pick(r, []string{"성명", "청소년", "신청인"}), "생년월일", "교통카드번호", "환급액", "사유"}}}
	for i := range between(r, 2, 5) {
		s := d.person(13, 18)
		card := any(d.card(s, cell))
		if r.IntN(5) == 0 {
			card = d.leak(s, tCard, cell)
		}
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.name(s, cell), d.birth(s, cell), card, ng("amount", comma(between(r, 5, 60)*1000)+"원"), pick(r, []string{"카드 재발급", "등록 카드 변경", "중복 신청"})})
	}
	d.table(t)
	d.h(0, "문의: 교통카드 고객센터 ", ng("callcentre", "1644-0088"), ", ", d.dept, " ", d.officeNo("office_phone"))
	d.closing(false)
}
