package archive

import (
	"fmt"
)

func genForeign(d *doc) {
	d.setup("city,gu,gu", "외국인다문화담당관", "가족정책과", "일자리경제과", "자치행정과")
	r := d.r
	if d.clean {
		foreignProgramme(d)
		return
	}
	switch r.IntN(3) {
	case 0:
		foreignSelection(d)
	case 1:
		foreignCounselling(d)
	default:
		foreignEmergency(d)
	}
}

// foreignSelection lists selected residents with a two-row header: the
// name in Latin and in Hangul.
func foreignSelection(d *doc) {
	r := d.r
	prog := pick(r, []string{"외국인 주민 한국어 교육 지원", "결혼이민자 운전면허 취득 지원", "외국인 근로자 건강검진 지원", "외국인 유학생 생활 정착 지원"})
	d.reportHead(prog + " 대상자 선정 결과")
	d.h(0, "근거: ", d.statute([]string{"「서울특별시 외국인주민 지원 조례」 제5조", "「재한외국인 처우 기본법」 제12조"}))
	d.h(0, "선정 인원: ", ng("number", fmt.Sprint(between(r, 3, 30))), "명 (", d.place(), " 접수분)")
	t := table{head: [][]string{
		{"연번", "국적", "성명", "성명", "외국인등록번호", "여권번호", "연락처"},
		{"연번", "국적", "영문", "한글", "외국인등록번호", "여권번호", "연락처"},
	}}
	if r.IntN(3) == 0 {
		t.head = [][]string{{"연번", "국적", "성명(영문)", "성명(한글)", "등록번호", "여권번호", "연락처"}}
	}
	for i := range between(r, 3, 7) {
		p := d.foreigner()
		lat, han := p.latin(cell), p.nm(cell)
		id := any(d.rrn(p, cell))
		if r.IntN(5) == 0 {
			id = d.leak(p, tFRN, cell)
		}
		t.rows = append(t.rows, []any{fmt.Sprint(i + 1), p.fr.nat.name, lat, han, id, d.passport(p, cell), d.mobile(p, cell)})
	}
	d.table(t)
	d.closing(false, "선정 대상자 명단")
}

var englishNotes = []string{
	"We have reviewed your application for emergency support and are pleased to inform you that it has been approved. The support payment will be transferred to your registered account within seven working days.",
	"Please bring your passport and alien registration card when you visit the community service centre. An interpreter will be available on the day of your appointment.",
	"Your employer has been notified of the outstanding wages. If the payment is not made within fourteen days, the case will be referred to the regional labour office.",
}

// foreignCounselling is a counselling record with an English letter to
// the resident.
func foreignCounselling(d *doc) {
	r := d.r
	p := d.foreigner()
	d.letterhead("외국인 주민 상담 처리 결과 보고")
	d.h(0, "상담 일시: ", d.today(), " / 상담 장소: ", d.place())
	d.h(0, "상담 대상자")
	d.kvs(
		kv{"성명", []any{p.latin("kv"), " (", p.nm("kv"), ")"}},
		kv{"국적", p.fr.nat.name},
		kv{"외국인등록번호", d.rrn(p, "kv")},
		kv{"여권번호", d.passport(p, "kv")},
		kv{"체류지", d.addr(p, "kv")},
		kv{"연락처", []any{d.mobile(p, "kv"), " / ", d.email(p, "kv")}},
	)
	d.h(0, "상담 내용")
	d.h(1, d.nameWith(p, "body", "씨는"), " ", pick(r, []string{"사업주로부터 3개월분 임금을 받지 못했다고 호소함", "체류기간 연장 서류 준비에 어려움을 겪고 있음", "자녀의 초등학교 입학 절차를 문의함"}))
	d.h(1, "통역 지원: ", ng("org", "다누리콜센터"), "(", ng("callcentre", "1577-1366"), ") 연계")
	d.h(0, "회신 내용(영문)")
	d.para("Dear ", p.latin("letter"), ",")
	d.para(pick(r, englishNotes))
	d.para("If you have any questions, please contact the Seoul Global Center (", ng("callcentre", "02-2075-4180"), ") or call ", ng("callcentre", "1345"), ".")
	d.para("Sincerely,")
	d.para(d.dept, ", ", d.org.short)
	d.closing(false, "상담 일지")
}

// foreignEmergency grants emergency support to a few residents in a
// numbered list.
func foreignEmergency(d *doc) {
	r := d.r
	d.letterhead("외국인 주민 긴급생계비 지원 결정")
	d.h(0, d.statute([]string{"「긴급복지지원법」 제5조의2", "「서울특별시 외국인주민 지원 조례」 제5조"}), "에 따라 아래 외국인 주민에게 긴급생계비를 지원하고자 합니다.")
	for i := range between(r, 2, 4) {
		p := d.foreigner()
		p.ctx = pick(r, []string{"", "", "health"})
		reason := "실직으로 인한 생계 곤란"
		if p.ctx == "health" {
			reason = withJosa(pick(r, illnesses), "으로/로") + " 인한 입원"
		}
		d.ln(fmt.Sprintf("%d) ", i+1), d.name(p, "list"), " (", p.fr.nat.name, ", ", d.birth(p, "list"), ")")
		d.ln("   여권번호 ", d.passport(p, "list"), " / 외국인등록번호 ", d.rrn(p, "list"))
		d.ln("   사유: ", reason)
		if r.IntN(2) == 0 {
			d.ln("   지원액: ", amount(r, 300, 1500), " / 입금 계좌: ", ng("org", p.bank), " ", d.account(p, "list"))
		} else {
			d.ln("   지원액: ", amount(r, 300, 1500), " / 선불카드: ", d.card(p, "list"))
		}
	}
	d.closing(true)
}

// foreignProgramme announces a programme: no one in it.
func foreignProgramme(d *doc) {
	r := d.r
	d.letterhead(fmt.Sprintf("%d년 외국인 주민 한국어 교실 운영 계획", d.date.y))
	d.h(0, "운영 개요")
	d.h(1, "기간: ", d.dt(d.date.addDays(10)), " ~ ", d.dt(d.date.addDays(120)))
	d.h(1, "장소: ", d.place(), ", ", d.place())
	d.h(1, "대상: 관내 거주 외국인 주민 및 결혼이민자 ", ng("number", fmt.Sprint(between(r, 40, 200))), "명")
	d.h(1, "예산: ", amount(r, 5000, 50000), " (", ng("budget_code", "307-05 민간위탁금"), ")")
	d.h(0, "수탁 기관: ", d.company(), " (", d.corpPhone(), ")")
	d.h(0, "홍보: 외국인 주민 SNS, ", ng("org", "서울글로벌센터"), ", 다누리콜센터(", ng("callcentre", "1577-1366"), ")")
	d.para("Korean language classes are free of charge for all foreign residents. Registration opens on the first Monday of the month at the community service centre.")
	d.closing(false)
}
