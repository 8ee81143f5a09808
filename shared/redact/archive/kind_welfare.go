package archive

import (
	"fmt"
)

func genWelfare(d *doc) {
	d.setup("gu,gu,dong,dong", "희망복지지원과", "복지정책과", "생활보장과", "맞춤형복지팀", "어르신복지과")
	r := d.r
	if d.clean {
		welfareStats(d)
		return
	}
	switch r.IntN(3) {
	case 0:
		welfareCase(d)
	case 1:
		welfareEmergency(d)
	default:
		welfareLonely(d)
	}
}

// welfareCase is the record of a case conference: the household, its
// illnesses and the plan.
func welfareCase(d *doc) {
	r := d.r
	p := d.person(40, 85)
	p.ctx = "health"
	d.reportHead("통합사례관리 사례회의 결과")
	d.h(0, "회의 개요: ", d.today(), " ", ng("time", "14:00"), ", ", d.place(), " (참석: ", d.team, "장, 사례관리사, ", ng("org", pick(r, []string{"마포구정신건강복지센터", "서울시복지재단", "국민건강보험공단 마포지사", "동네 복지관"})), " 담당자)")
	d.h(0, "대상자 현황")
	d.kvs(
		kv{"성명", d.name(p, "kv")},
		kv{"생년월일", d.birth(p, "kv")},
		kv{"주소", d.addr(p, "kv")},
		kv{"연락처", pick(r, []any{d.mobile(p, "kv"), d.home(p, "kv")})},
		kv{"건강 상태", pick(r, illnesses) + ", " + pick(r, illnesses)},
		kv{"소득", "기초생활수급(생계·의료)"},
	)
	d.h(0, "가구원")
	t := table{head: [][]string{{"관계", pick(r, []string{"성명", "이름"}), "나이", "건강 상태", "비고"}}}
	ages := map[string][2]int{"배우자": {40, 85}, "자녀": {10, 50}, "손자녀": {5, 20}}
	for _, rel := range []string{"배우자", "자녀", "손자녀"}[:between(r, 1, 3)] {
		m := d.person(ages[rel][0], ages[rel][1])
		m.ctx = "health"
		t.rows = append(t.rows, []any{rel, d.name(m, cell), fmt.Sprintf("%d세", d.date.y-m.birth.y), pick(r, illnesses), pick(r, []string{"", "별거", "장애 3급", "학교 밖 청소년"})})
	}
	d.table(t)
	d.h(0, "논의 내용")
	d.h(1, d.nameWith(p, "body", "은/는"), " 최근 ", pick(r, illnesses), " 진단을 받았으나 병원 동행이 어려워 치료를 중단한 상태임")
	d.h(1, "사례관리사는 ", d.nameWith(p, "body", "님과"), " 주 1회 방문 상담을 하고 ", ng("org", "보라매병원"), " 의료사회복지팀과 연계하기로 함")
	d.h(0, "지원 계획: 긴급 의료비 ", amount(r, 300, 3000), ", 밑반찬 배달, 안부 전화(주 2회)")
	d.closing(false, "사례관리 계획서")
}

// welfareEmergency is the letter granting emergency aid.
func welfareEmergency(d *doc) {
	r := d.r
	p := d.person(25, 80)
	p.ctx = "health"
	d.letterhead("긴급지원 결정 통지", d.name(p, "recipient"), " 귀하")
	d.h(0, d.statute(statWelfare), "에 따라 귀하의 긴급지원 신청에 대하여 다음과 같이 결정하였음을 알려드립니다.")
	d.kvs(
		kv{"신청인", d.name(p, "kv")},
		kv{"주민등록번호", pick(r, []any{d.rrn(p, "kv"), maskedRRN(p.rrn, 0)})},
		kv{"위기 사유", "주소득자의 중한 질병(" + pick(r, illnesses) + ")"},
		kv{"지원 종류", pick(r, []string{"생계지원", "의료지원", "주거지원"})},
		kv{"지원 금액", amount(r, 600, 3000)},
		kv{"입금 계좌", []any{ng("org", p.bank), " ", d.account(p, "kv"), " (예금주 ", p.nm("kv"), ")"}},
	)
	d.h(0, "지원 기간 중 ", d.nameWith(p, "body", "님의"), " 건강 상태가 호전되지 않을 경우 ", ng("number", "1개월"), " 범위에서 연장할 수 있습니다.")
	d.contact()
	d.closing(true)
}

// welfareLonely lists households at risk of dying alone, found by a
// door-to-door survey.
func welfareLonely(d *doc) {
	r := d.r
	d.reportHead("고독사 위험 1인가구 발굴 결과 보고")
	d.h(0, "조사 기간: ", d.dt(d.date.before(30)), " ~ ", d.today(), " / 조사 인원: 복지플래너 ", ng("number", "4명"))
	d.h(0, "고위험 가구")
	for range between(r, 2, 5) {
		p := d.person(55, 92)
		p.ctx = "health"
		tel := any(d.home(p, "list"))
		if r.IntN(2) == 0 {
			tel = d.mobile(p, "list")
		}
		d.h(1, d.name(p, "list"), fmt.Sprintf("(%d세, %s) - ", d.date.y-p.birth.y, pick(r, []string{"독거", "독거, 무연고", "고시원 거주"})), pick(r, illnesses), ", 연락처 ", tel)
		d.h(2, "주소: ", d.addr(p, "list"))
	}
	d.h(0, "조치: 안부 확인 서비스(", ng("org", "서울시 AI 안부확인"), ") 등록, 우유 배달 연계")
	d.closing(false)
}

// welfareStats reports a year of case management in numbers.
func welfareStats(d *doc) {
	r := d.r
	d.reportHead(fmt.Sprintf("%d년 상반기 통합사례관리 추진 실적", d.date.y))
	t := table{head: [][]string{{"구분", "목표", "실적", "달성률"}}}
	for _, k := range []string{"신규 사례", "사례회의", "서비스 연계", "종결"} {
		t.rows = append(t.rows, []any{k, ng("number", fmt.Sprint(between(r, 50, 400))), ng("number", fmt.Sprint(between(r, 40, 420))), ng("number", fmt.Sprintf("%d%%", between(r, 80, 120)))})
	}
	d.table(t)
	d.h(0, "주요 연계 기관: ", d.company(), ", ", ng("org", "서울시복지재단"), ", ", d.place())
	d.h(0, "복지 상담: 보건복지상담센터 ", ng("callcentre", "129"), ", 다산콜센터 ", ng("callcentre", "120"))
	d.closing(false)
}
