package archive

import (
	"fmt"
)

func genSubsidy(d *doc) {
	r := d.r
	switch {
	case d.clean:
		d.setup("gu,gu,city,dong", "자치행정과", "복지정책과", "기획예산과")
		subsidyGroups(d)
		return
	}
	switch r.IntN(5) {
	case 0:
		d.setup("gu,gu,city", "어르신복지과", "교통행정과", "교통정책과")
		subsidyLicence(d)
	case 1:
		d.setup("gu,gu,dong", "생활보장과", "복지정책과", "맞춤형복지팀")
		subsidyCorrection(d)
	case 2:
		d.setup("gu,gu,city", "일자리경제과", "민생노동정책과")
		subsidyShops(d)
	default:
		d.setup("gu,gu,city,dong", "복지정책과", "청년정책담당관", "가족정책과", "생활보장과", "주택정책과")
		subsidyRent(d)
	}
}

// payStatutes are the grounds of each programme.
var payStatutes = map[string][]string{
	"청년 월세 지원금":             {"「서울특별시 청년 기본 조례」 제11조", "「청년기본법」 제20조"},
	"출산 축하금":                {"「서울특별시 저출산 대책 지원 조례」 제6조", "「저출산ㆍ고령사회기본법」 제10조"},
	"저소득층 에너지 바우처":          {"「에너지법」 제16조의2", "「국민기초생활 보장법」 제7조"},
	"장애인 보조기기 지원금":          {"「장애인복지법」 제65조", "「장애인ㆍ노인 등을 위한 보조기기 지원 및 활용촉진에 관한 법률」 제9조"},
	"한부모가족 양육비":             {"「한부모가족지원법」 제12조"},
	"어르신 운전면허 자진반납 교통카드 지원": {"「서울특별시 고령운전자 교통안전 지원 조례」 제5조", "「교통안전법」 제55조의2"},
	"소상공인 경영안정 지원금":         {"「소상공인 보호 및 지원에 관한 법률」 제12조", "「서울특별시 소상공인 지원에 관한 조례」 제7조"},
}

func (d *doc) payHead(title, program string) {
	r := d.r
	if r.IntN(2) == 0 {
		d.letterhead(title)
	} else {
		d.reportHead(title)
	}
	d.h(0, "관련: ", d.docNo(), "(", d.dt(d.date.before(between(r, 10, 40))), ") ", program, " 추진 계획")
	grounds := payStatutes[program]
	if grounds == nil {
		grounds = statGeneral
	}
	d.h(0, program, " 대상자에 대하여 ", d.statute(grounds), "에 따라 아래와 같이 지급하고자 합니다.")
	d.h(1, "지급 인원: ", ng("number", fmt.Sprint(between(r, 3, 60))), "명")
	d.h(1, "지급 총액: ", amount(r, 1000, 90000))
	d.h(1, "예산 과목: ", ng("budget_code", pick(r, []string{"일반회계 > 사회복지 > 노인ㆍ청소년 > 307-05 민간위탁금", "307-02 민간경상보조", "301-11 사회보장적 수혜금", "308-10 자치단체등이전"})))
	d.h(1, "지급 방법: 대상자 명의 계좌 입금(", d.dt(d.date.addDays(between(r, 1, 7))), " 예정)")
	d.plain("\n")
}

// subsidyRent is the classic payment list with a merged two-row header.
func subsidyRent(d *doc) {
	r := d.r
	program := pick(r, []string{"청년 월세 지원금", "출산 축하금", "저소득층 에너지 바우처", "장애인 보조기기 지원금", "한부모가족 양육비"})
	d.payHead(program+" 지급 결의", program)
	nameHead := pick(r, []string{"성명", "성 명", "신청인", "수령인", "대상자", "이름"})
	merged := r.IntN(2) == 0
	t := table{head: [][]string{{"연번", nameHead, "생년월일", "주소", "은행명", "계좌번호", "예금주", "지급액"}}}
	if merged {
		t.head = [][]string{
			{"연번", "인적사항", "인적사항", "인적사항", "지급계좌", "지급계좌", "지급계좌", "지급액(원)"},
			{"연번", nameHead, "생년월일", "주소", "은행명", "계좌번호", "예금주", "지급액(원)"},
		}
	}
	health := program == "장애인 보조기기 지원금"
	rows := between(r, 3, 8)
	lo, hi := 19, 85
	switch program {
	case "출산 축하금", "한부모가족 양육비":
		lo, hi = 22, 45
	case "청년 월세 지원금":
		lo, hi = 19, 39
	}
	for i := range rows {
		p := d.person(lo, hi)
		if health {
			p.ctx = "health"
		}
		holder := any(p.nm(cell))
		if r.IntN(6) == 0 {
			g := d.person(40, 80) // a guardian receives it
			holder = []any{d.name(g, cell), "(보호자)"}
		}
		acct := any(d.account(p, cell))
		if r.IntN(10) == 0 {
			acct = d.leak(p, tAccount, cell)
		}
		var birth any = d.birth(p, cell)
		if r.IntN(8) == 0 {
			birth = maskedRRN(p.rrn, r.IntN(2))
		}
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.name(p, cell), birth, d.addrCore(p, cell), ng("org", p.bank), acct, holder, ng("amount", comma(between(r, 10, 200)*10000))})
	}
	t.rows = append(t.rows, []any{"합계", "", "", "", "", "", "", ng("amount", comma(between(r, 100, 900)*10000))})
	d.table(t)
	if health {
		d.para("※ 장애 유형(지체·뇌병변·시각)별 보조기기 품목은 붙임 참조")
	}
	d.closing(false, "지급 명단", "계좌 사본")
}

// subsidyLicence pays older drivers who returned their licence with a
// transport card.
func subsidyLicence(d *doc) {
	r := d.r
	program := "어르신 운전면허 자진반납 교통카드 지원"
	d.payHead(program+" 대상자 지급 결과 보고", program)
	t := table{head: [][]string{{"연번", pick(r, []string{"성명", "반납자"}), "생년월일", "운전면허번호", "교통카드번호", "지원액"}}}
	for i := range between(r, 3, 7) {
		p := d.person(70, 92)
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.name(p, cell), d.birth(p, cell), d.licence(p, cell), d.card(p, cell), ng("amount", "100,000원")})
	}
	d.table(t)
	d.para("※ 교통카드는 ", ng("org", "티머니"), " 선불카드로 충전하여 주민센터에서 교부함")
	d.closing(false, "지원 대상자 명단")
}

// subsidyShops pays small businesses: trade names and registration
// numbers are public, the owner's name is not.
func subsidyShops(d *doc) {
	r := d.r
	program := "소상공인 경영안정 지원금"
	d.payHead(program+" 지급 대상 확정", program)
	t := table{head: [][]string{{"연번", "상호", "대표자", "사업자등록번호", "업종", "지원액"}}}
	shops := []string{"행복분식", "우리동네세탁소", "김밥나라 망원점", "이화미용실", "새봄꽃집", "정든식당", "하나인쇄", "박사네 문구", "신한정육점", "오복떡집"}
	for i := range between(r, 3, 7) {
		p := d.person(30, 70)
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), ng("org", pick(r, shops)), d.name(p, cell), ng("biz_no", bizNo(r, false)), pick(r, []string{"음식점업", "세탁업", "소매업", "미용업", "인쇄업"}), ng("amount", "1,000,000원")})
	}
	d.table(t)
	d.closing(false, "지급 대상 명단")
}

// subsidyCorrection changes one recipient's account: a single person in
// labelled values.
func subsidyCorrection(d *doc) {
	r := d.r
	p := d.person(25, 80)
	program := pick(r, []string{"기초연금", "긴급생계비", "청년 월세 지원금", "아동수당"})
	d.letterhead(program + " 지급 계좌 변경 및 재지급")
	d.h(0, "관련: ", d.docNo(), "(", d.dt(d.date.before(20)), ")")
	d.h(0, "아래 수급자의 지급 계좌가 해지되어 반송된 ", withJosa(program, "을/를"), " 변경된 계좌로 재지급하고자 합니다.")
	q := p
	if r.IntN(3) == 0 {
		q = d.person(40, 80)
	}
	d.kvs(
		kv{"수급자", d.name(p, "kv")},
		kv{"주민등록번호", d.rrn(p, "kv")},
		kv{"변경 전 계좌", []any{ng("org", p.bank), " ", d.leak(p, tAccount, "kv")}},
		kv{"변경 후 계좌", []any{ng("org", q.bank), " ", d.account(q, "kv")}},
		kv{"예금주", d.name(q, "kv")},
		kv{"재지급액", amount(r, 100, 1500)},
	)
	if q != p {
		d.h(0, d.nameWith(p, "body", "은/는"), " 거동이 불편하여 자녀인 ", d.nameWith(q, "body", "의"), " 계좌로 수령하기를 희망함(위임장 첨부)")
		d.h(0, "이에 따라 예금주를 ", d.nameWith(q, "body", "으로/로"), " 변경함")
	}
	d.closing(false, "계좌 변경 신청서", "위임장")
}

// subsidyGroups grants subsidies to associations: all public.
func subsidyGroups(d *doc) {
	r := d.r
	title := fmt.Sprintf("%d년 비영리민간단체 공익활동 지원사업 보조금 교부 결정", d.date.y)
	d.letterhead(title)
	d.h(0, "관련: ", d.statute([]string{"「비영리민간단체 지원법」 제7조", "「서울특별시 보조금 관리 조례」 제12조", "「지방재정법」 제32조의2"}))
	d.h(0, "지방보조금심의위원회 심의 결과에 따라 아래 단체에 보조금을 교부하고자 합니다.")
	t := table{head: [][]string{{"연번", "단체명", "고유번호", "사업명", "교부액"}}}
	for i := range between(r, 3, 7) {
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.company(), ng("unique_no", bizNo(r, true)), pick(r, []string{"마을 공동체 회복", "어르신 말벗 봉사", "청소년 진로 멘토링", "다문화 가족 한국어 교실", "골목 환경 정비"}), amount(r, 3000, 30000)})
	}
	d.table(t)
	d.h(0, "보조금 집행 잔액은 사업 종료 후 ", ng("number", "30일"), " 이내 아래 계좌로 반납")
	d.h(1, ng("org", "신한은행"), " ", ng("fee_account", accountText(accountNumber(r, banks[2]), 0)), " (예금주: ", d.holder(), ")")
	d.closing(true, "교부 결정 통지서")
}

func genDisaster(d *doc) {
	d.setup("gu,gu,city,dong", "안전재난과", "재난안전정책과", "복지정책과", "자치행정과")
	r := d.r
	if d.clean {
		disasterStats(d)
		return
	}
	switch r.IntN(3) {
	case 0:
		disasterAppeals(d)
	case 1:
		disasterCards(d)
	default:
		disasterFlood(d)
	}
}

func disasterAppeals(d *doc) {
	r := d.r
	d.reportHead("재난긴급생활비 이의신청 처리 결과")
	d.h(0, "처리 기간: ", d.dt(d.date.before(20)), " ~ ", d.today())
	d.h(0, "처리 결과")
	t := table{head: [][]string{{"접수번호", pick(r, []string{"신청인", "성명", "민원인"}), "생년월일", "가구원수", "결과", "사유"}}}
	for range between(r, 3, 7) {
		p := d.person(20, 85)
		t.rows = append(t.rows, []any{d.receiptNo(), d.name(p, cell), d.birth(p, cell), fmt.Sprintf("%d명", between(r, 1, 5)), pick(r, []string{"인용", "기각", "일부인용"}), pick(r, []string{"건강보험료 기준 초과", "세대 분리 확인", "주민등록 전입일 착오", "소득 감소 증빙 제출"})})
	}
	d.table(t)
	p := d.person(30, 70)
	d.h(0, "특이사항: ", d.nameWith(p, "body", d.poss()), " 세대원 중 1명이 외국인 배우자로 확인되어 지급 대상에 포함함")
	d.closing(false, "이의신청서 사본")
}

func disasterCards(d *doc) {
	r := d.r
	d.reportHead("재난지원금 선불카드 지급 대장")
	d.h(0, "지급 장소: ", d.place())
	t := table{head: [][]string{{"연번", pick(r, []string{"성명", "세대주"}), "생년월일", "주소", "카드번호", "충전액", "수령인"}}}
	for i := range between(r, 3, 6) {
		p := d.person(20, 90)
		rec := any("본인")
		if r.IntN(3) == 0 {
			g := d.person(20, 60)
			rec = []any{d.name(g, cell), "(", pick(r, []string{"자녀", "배우자", "손자", "대리인"}), ")"}
		}
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.name(p, cell), d.birth(p, cell), d.addrCore(p, cell), d.card(p, cell), ng("amount", comma(between(r, 1, 10)*100000)), rec})
	}
	d.table(t)
	d.closing(false)
}

func disasterFlood(d *doc) {
	r := d.r
	d.letterhead(fmt.Sprintf("%d년 집중호우 피해 주택 재난지원금 지급", d.date.y))
	d.h(0, d.statute([]string{"「재난 및 안전관리 기본법」 제66조", "「자연재해대책법」 제4조"}), "에 따라 침수 피해 가구에 재난지원금을 지급하고자 합니다.")
	if r.IntN(2) == 0 {
		t := table{head: [][]string{{"연번", "피해자", "피해 주소", "연락처", "피해 내용", "지원액"}}}
		for i := range between(r, 3, 6) {
			p := d.person(30, 85)
			t.rows = append(t.rows, []any{fmt.Sprint(i + 1), d.name(p, cell), d.addrCore(p, cell), pick(r, []any{d.mobile(p, cell), d.home(p, cell)}), pick(r, []string{"주택 침수(반지하)", "가재도구 유실", "주택 반파"}), ng("amount", "2,000,000원")})
		}
		d.table(t)
		d.closing(true, "피해 조사서")
		return
	}
	for i := range between(r, 2, 4) {
		p := d.person(30, 85)
		switch r.IntN(3) {
		case 0:
			d.ln(fmt.Sprintf("%d) ", i+1), d.name(p, "list"), " (", d.birthIn(p, "list", pick(r, []int{6, 9})), "생)")
		case 1:
			d.ln(fmt.Sprintf("%d) ", i+1), d.name(p, "list"), " (", d.rrn(p, "list"), ")")
		default:
			d.ln(fmt.Sprintf("%d) ", i+1), d.name(p, "list"), " (", d.birth(p, "list"), ")")
		}
		d.ln("   피해 주소: ", d.addr(p, "list"))
		if r.IntN(2) == 0 {
			d.ln("   연락처: ", d.mobile(p, "list"), " / 자택 ", d.home(p, "list"))
		} else {
			d.ln("   연락처: ", d.mobile(p, "list"))
		}
		d.ln("   지급 계좌: ", ng("org", p.bank), " ", d.account(p, "list"), " / 지원액 ", ng("amount", "2,000,000원"))
	}
	d.closing(true, "피해 조사서")
}

func disasterStats(d *doc) {
	r := d.r
	d.reportHead("재난지원금 지급 현황 보고")
	d.h(0, "지급 개요")
	d.h(1, "지급 대상: ", ng("number", comma(between(r, 10000, 90000))), "가구 / 지급률 ", ng("number", fmt.Sprintf("%d.%d%%", between(r, 80, 99), r.IntN(10))))
	t := table{head: [][]string{{"동", "대상 가구", "지급 가구", "지급액"}}}
	for range between(r, 4, 8) {
		t.rows = append(t.rows, []any{pick(r, seoulDongs)[1], ng("number", comma(between(r, 1000, 9000))), ng("number", comma(between(r, 900, 8000))), amount(r, 100000, 900000)})
	}
	d.table(t)
	d.h(0, "문의: ", d.dept, " (", d.officeNo("office_phone"), "), 다산콜센터 ", ng("callcentre", "120"))
	d.closing(false)
}
