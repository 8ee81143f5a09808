package archive

import (
	"fmt"
)

var services = []string{
	"공영주차장 유지관리 용역", "청사 시설물 안전점검 용역", "하수관로 준설 공사", "보도 정비 공사", "방역 소독 용역",
	"어린이공원 놀이시설 교체 공사", "전산장비 유지보수", "지하철 역사 청소 용역", "임대주택 도장 공사", "행사 대행 용역",
}

func genContract(d *doc) {
	d.setup("gu,city,agency,agency", "재무과", "계약처", "계약부", "경영지원처", "총무과")
	switch d.r.IntN(3) {
	case 0:
		contractBids(d)
	case 1:
		contractPrivate(d)
	default:
		contractReport(d)
	}
}

func (d *doc) bidNo() piece {
	if d.r.IntN(2) == 0 {
		return ng("bid_no", fmt.Sprintf("R%02dBK%08d-00", d.date.y%100, between(d.r, 1, 99999999)))
	}
	return ng("bid_no", fmt.Sprintf("%d%02d%05d-00", d.date.y, d.date.m, between(d.r, 1, 99999)))
}

func (d *doc) corpPhone() piece {
	return ng("corp_phone", phoneText(phone{pick(d.r, []string{"02", "02", "031", "032"}), fmt.Sprint(between(d.r, 2000, 9899)), digits(d.r, 4)}, pick(d.r, []int{0, 6, 9})))
}

// contractBids publishes the opening of bids: ranked companies and, in
// many offices, their representatives.
func contractBids(d *doc) {
	r := d.r
	svc := pick(r, services)
	d.letterhead("입찰 결과 공개(" + svc + ")")
	d.kvs(
		kv{"입찰공고번호", d.bidNo()},
		kv{"공고명", svc},
		kv{"개찰일시", []any{d.today(), " ", ng("time", fmt.Sprintf("%02d:00", between(r, 10, 16)))}},
		kv{"기초금액", amount(r, 50000, 900000)},
		kv{"낙찰하한율", ng("number", "87.745%")},
	)
	d.plain("\n")
	head := []string{"순위", "업체명", "사업자등록번호", "대표자", "투찰금액(원)", "투찰률(%)", "비고"}
	if d.clean {
		head = []string{"순위", "업체명", "사업자등록번호", "투찰금액(원)", "투찰률(%)", "비고"}
	}
	t := table{head: [][]string{head}}
	for i := range between(r, 3, 8) {
		note := ""
		if i == 0 {
			note = "낙찰"
		}
		row := []any{fmt.Sprint(i + 1), d.company(), ng("biz_no", bizNo(r, false))}
		if !d.clean {
			row = append(row, d.name(d.person(35, 70), cell))
		}
		row = append(row, ng("amount", comma(between(r, 40000, 800000)*1000)), ng("number", fmt.Sprintf("%d.%03d", between(r, 87, 89), r.IntN(1000))), note)
		t.rows = append(t.rows, row)
	}
	d.table(t)
	d.para("※ 적격심사 결과에 따라 낙찰자가 변경될 수 있으며, 자세한 사항은 나라장터(www.g2b.go.kr)를 참고하시기 바랍니다.")
	d.closing(true)
}

// contractPrivate is the monthly disclosure of negotiated contracts.
func contractPrivate(d *doc) {
	r := d.r
	d.reportHead(fmt.Sprintf("%d년 %d월 수의계약 체결 현황 공개", d.date.y, d.date.m))
	d.para(d.statute([]string{"「지방자치단체를 당사자로 하는 계약에 관한 법률」 제43조의2", "「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제25조"}), "에 따라 수의계약 체결 현황을 공개합니다.")
	head := []string{"계약명", "계약일", "계약금액", "업체명", "대표자", "소재지", "수의계약 사유"}
	if d.clean {
		head = []string{"계약명", "계약일", "계약금액", "업체명", "소재지", "수의계약 사유"}
	}
	t := table{head: [][]string{head}}
	for range between(r, 3, 6) {
		row := []any{pick(r, services), d.dt(d.date.before(between(r, 1, 28))), amount(r, 3000, 50000), d.company()}
		if !d.clean {
			row = append(row, d.name(d.person(35, 70), cell))
		}
		row = append(row, ng("corp_address", d.corpAddress()), pick(r, []string{"시행령 제25조제1항제5호(추정가격 2천만원 이하)", "여성기업", "장애인기업", "사회적기업"}))
		t.rows = append(t.rows, row)
	}
	d.table(t)
	d.closing(false)
}

// contractReport is the internal report of a signed contract: the
// counterparty's public numbers and, for a sole trader, the owner.
func contractReport(d *doc) {
	r := d.r
	svc := pick(r, services)
	d.letterhead(svc + " 계약 체결 보고")
	d.h(0, "관련: ", d.docNo(), "(", d.dt(d.date.before(15)), ") 계약 의뢰")
	d.h(0, "위 건과 관련하여 아래와 같이 계약을 체결하였기에 보고합니다.")
	co := d.company()
	pairs := []kv{
		{"계약번호", ng("contract_no", fmt.Sprintf("제%d-%04d호", d.date.y, between(r, 1, 2000)))},
		{"계약명", svc},
		{"계약상대자", co},
		{"사업자등록번호", ng("biz_no", bizNo(r, false))},
		{"법인등록번호", ng("corp_no", corpNo(r))},
		{"소재지", ng("corp_address", d.corpAddress())},
		{"대표전화", d.corpPhone()},
	}
	if d.clean {
		pairs = append(pairs, kv{"대표자", ng("masked", pick(r, surnames)+"○○")})
	} else {
		p := d.person(35, 70)
		pairs = append(pairs, kv{"대표자", d.name(p, "kv")})
		if r.IntN(2) == 0 {
			// The site agent's mobile is the agent's own, not the firm's.
			a := d.person(30, 60)
			pairs = append(pairs, kv{"현장대리인", []any{d.name(a, "kv"), " (", d.mobile(a, "kv"), ")"}})
		}
	}
	pairs = append(pairs,
		kv{"계약금액", amount(r, 20000, 900000)},
		kv{"계약기간", []any{d.today(), " ~ ", d.dt(d.date.addDays(between(r, 30, 300)))}},
		kv{"대금 지급 계좌", []any{ng("org", pick(r, banks).name), " ", ng("corp_account", accountText(accountNumber(r, pick(r, banks)), 0)), " (예금주: ", co, ")"}},
	)
	d.kvs(pairs...)
	d.h(0, "예산 과목: ", ng("budget_code", pick(r, []string{"401-01 시설비", "201-01 사무관리비", "202-01 국내여비", "401-02 감리비"})))
	d.closing(false, "계약서", "산출내역서")
}
