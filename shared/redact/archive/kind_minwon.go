package archive

import (
	"fmt"
	"strings"
)

// complaint is a theme of civil complaints: what citizens write and what
// offices answer.
type complaint struct {
	title  string
	quote  string // the citizen's words; %s takes a place
	answer []string
}

var complaints = []complaint{
	{"이면도로 불법 주정차 단속 요청", "매일 저녁 %s 골목에 차량이 이중으로 주차되어 소방차가 들어올 수 없을 지경입니다. 단속을 강화해 주세요.",
		[]string{"해당 구간은 주·정차 금지구역으로 지정되어 있으나 야간 시간대 단속 인력이 부족한 실정입니다.", "우리 구에서는 이동식 단속 차량을 우선 배치하고, 고정형 CCTV 설치를 검토하겠습니다."}},
	{"공원 내 야간 소음 민원", "밤 11시가 넘도록 %s에서 음악을 크게 틀고 술을 마시는 사람들 때문에 잠을 잘 수 없습니다.",
		[]string{"공원 관리 부서와 협의하여 22시 이후 순찰을 강화하고 소음 자제 안내문을 추가로 게시하였습니다.", "경찰과 합동 순찰을 실시하는 방안도 함께 검토 중에 있습니다."}},
	{"보도블록 파손에 따른 보수 요청", "%s 앞 보도블록이 깨지고 들떠 있어 어르신이 넘어지실 뻔했습니다. 빨리 고쳐 주세요.",
		[]string{"현장을 확인한 결과 보도블록 약 12㎡가 파손된 것으로 확인되어 긴급 보수를 완료하였습니다.", "앞으로도 보행 안전을 위해 정기 점검을 실시하겠습니다."}},
	{"가로등 고장 신고", "%s 가로등이 일주일째 꺼져 있어 밤길이 너무 어둡습니다.",
		[]string{"신고하신 가로등은 안정기 불량으로 확인되어 교체를 완료하였습니다."}},
	{"건축 공사장 소음·분진 민원", "%s 공사장에서 아침 7시부터 굴착기 소리가 나고 먼지가 날려 창문을 열 수 없습니다.",
		[]string{"해당 공사장 시공사에 작업 시간 준수(08:00~18:00)와 방진막 보강을 지시하였습니다.", "소음 측정 결과 기준치를 초과할 경우 「소음·진동관리법」에 따라 행정처분할 예정입니다."}},
	{"무단투기 쓰레기 수거 요청", "%s 전봇대 옆에 누군가 가구와 생활쓰레기를 계속 버려 악취가 납니다.",
		[]string{"현장 수거를 완료하였으며, 상습 투기 지역으로 지정하여 감시 카메라를 설치할 계획입니다."}},
	{"지하철역 승강기 운행 중지 관련", "%s 엘리베이터가 한 달째 고장이라 휠체어로 이동할 수가 없습니다.",
		[]string{"해당 승강기는 노후 부품 교체 공사로 운행을 중지하였으며, 공사는 이달 말 완료될 예정입니다.", "공사 기간 중 인근 출입구의 임시 경사로를 이용하여 주시기 바랍니다."}},
	{"버스정류장 이설 요청", "%s 정류장이 너무 좁아 출근 시간에 사람들이 차도로 밀려납니다.",
		[]string{"정류장 이설은 보도 폭과 교통 흐름을 종합적으로 검토해야 하는 사항으로, 관계 기관과 협의하겠습니다."}},
}

// spot is a public location where something happened: a negative.
func (d *doc) spot() piece {
	if d.r.IntN(3) == 0 {
		return ng("place", pick(d.r, outdoors))
	}
	rd := pick(d.r, seoulRoads)
	return ng("place", fmt.Sprintf("%s %d", rd[1], between(d.r, 1, 200)))
}

func genMinwon(d *doc) {
	d.setup("gu,gu,city,dong,agency", "민원여권과", "자치행정과", "교통행정과", "청소행정과", "고객안전처")
	switch d.r.IntN(4) {
	case 0:
		minwonLetter(d)
	case 1:
		minwonForm(d)
	case 2:
		minwonMail(d)
	default:
		minwonPassport(d)
	}
}

// minwonLetter is the classic answer letter to a petitioner.
func minwonLetter(d *doc) {
	r := d.r
	c := pick(r, complaints)
	p := d.person(25, 80)
	var to []any
	if d.clean {
		to = []any{pick(r, []any{"민원인 귀하", []any{p.mask(r), " 귀하"}, "국민신문고 민원인"})}
	} else {
		to = []any{d.name(p, "recipient"), " 귀하"}
		if r.IntN(4) == 0 {
			to = d.nameWith(p, "recipient", pick(r, []string{"귀하", "님 귀하", "님"}))
		}
		if r.IntN(2) == 0 {
			to = append(to, " (", d.addr(p, "recipient"), ")")
		}
	}
	d.letterhead("민원 회신("+c.title+")", to...)
	spot := d.spot()
	d.h(0, "평소 ", d.org.short, " 행정에 관심을 가져 주신 데 대하여 감사드립니다.")
	d.h(0, "귀하께서 ", d.dt(d.date.before(between(r, 3, 14))), " 국민신문고를 통해 신청하신 민원(신청번호 ", d.receiptNo(), ")에 대한 검토 결과를 다음과 같이 알려드립니다.")
	d.h(0, "민원 요지")
	quote := fmt.Sprintf(c.quote, "\x00")
	before, after, _ := strings.Cut(quote, "\x00")
	if d.clean || r.IntN(2) == 0 {
		d.h(1, "“", before, spot, after, "”")
	} else {
		// The petitioner wrote where they live and how to reach them.
		d.h(1, "“저희 집(", d.addrCore(p, "quote"), ") 바로 옆 ", before, spot, after, " 처리 결과는 ", d.mobile(p, "quote"), "로 문자 주세요.”")
	}
	d.h(0, "검토 결과")
	for _, a := range c.answer {
		d.h(1, a)
	}
	if !d.clean {
		d.h(1, "아울러 현장 확인 시 민원인 ", d.nameWith(p, "body", d.subj()), " 현장에 입회하여 피해 상황을 설명하였으며, 조치 결과는 ", d.nameWith(p, "body", d.dat()), " 유선으로 안내하였습니다.")
	} else {
		d.h(1, "조치 결과는 ", d.dt(d.date), " 민원인에게 유선으로 안내하였습니다.")
	}
	d.h(0, "이 답변 내용에 만족하지 않으시는 경우 ", d.statute(statMinwon), "에 따라 이의신청을 하실 수 있습니다.")
	d.contact()
	d.closing(true)
}

// minwonForm is the 처리결과 통지 as a form of labelled values.
func minwonForm(d *doc) {
	r := d.r
	c := pick(r, complaints)
	p := d.person(20, 85)
	d.letterhead("민원 처리결과 통지")
	d.para(d.statute(statMinwon), "에 따라 귀하께서 신청하신 민원의 처리결과를 아래와 같이 통지합니다.")
	d.plain("\n")
	var pairs []kv
	if d.clean {
		pairs = append(pairs, kv{"민원인", p.mask(r)}, kv{"연락처", maskedMobile(p.mobilePhone())})
	} else {
		pairs = append(pairs, kv{"민원인", d.name(p, "kv")})
		switch r.IntN(3) {
		case 0:
			pairs = append(pairs, kv{"생년월일", d.birth(p, "kv")})
		case 1:
			pairs = append(pairs, kv{"주민등록번호", pick(r, []any{d.rrn(p, "kv"), maskedRRN(p.rrn, 0), d.leak(p, tRRN, "kv")})})
		}
		pairs = append(pairs, kv{"주소", d.addr(p, "kv")})
		switch r.IntN(3) {
		case 0:
			pairs = append(pairs, kv{"연락처", d.mobile(p, "kv")})
		case 1:
			pairs = append(pairs, kv{"전화번호", []any{d.home(p, "kv"), " / ", d.mobile(p, "kv")}})
		default:
			pairs = append(pairs, kv{"휴대전화", d.leak(p, tMobile, "kv")})
		}
	}
	if !d.clean && r.IntN(4) == 0 {
		pairs = append(pairs, kv{"신청 경로", []any{"국민신문고 (접속 IP ", d.ip(p, "kv"), ")"}})
	}
	pairs = append(pairs,
		kv{"접수번호", d.receiptNo()},
		kv{"접수일자", d.dt(d.date.before(between(r, 2, 10)))},
		kv{"민원요지", c.title},
		kv{"처리결과", c.answer[0]},
		kv{"처리부서", []any{d.dept, " (", d.officeNo("office_phone"), ")"}},
	)
	d.kvs(pairs...)
	d.plain("\n")
	if !d.clean && r.IntN(2) == 0 {
		d.para("※ 본 통지서는 ", d.nameWith(p, "body", "님의"), " 요청에 따라 전자우편(", d.email(p, "body"), ")으로도 송부하였습니다.")
	}
	d.contact()
	d.closing(true)
}

// minwonMail pastes the e-mail exchange into the answer.
func minwonMail(d *doc) {
	r := d.r
	c := pick(r, complaints)
	p := d.person(22, 70)
	d.letterhead("전자우편 민원(" + c.title + ") 처리 결과 보고")
	d.h(0, "관련: 전자우편 접수 민원(", d.today(), ")")
	d.h(0, "아래 민원인의 전자우편에 대하여 붙임과 같이 회신하였음을 보고합니다.")
	d.plain("\n")
	d.ln("-----Original Message-----")
	sent := d.date.before(between(r, 1, 6))
	from, to := "From: ", "To: "
	if r.IntN(2) == 0 {
		from, to = "보낸사람: ", "받는사람: "
	}
	if d.clean {
		d.ln(from, "\"", p.mask(r), "\" <", maskedEmail(p.email), ">")
	} else if r.IntN(3) == 0 {
		d.ln(from, "\"", p.latin("email_header"), "\" <", d.email(p, "email_header"), ">")
	} else {
		d.ln(from, "\"", p.nm("email_header"), "\" <", d.email(p, "email_header"), ">")
	}
	d.ln(to, d.officeMail(d.drafter))
	if !d.clean && r.IntN(3) > 0 {
		d.ln("X-Originating-IP: [", d.ip(p, "email_header"), "]")
	}
	d.ln(pick(r, []string{"Sent: ", "보낸날짜: ", "Date: "}), d.dt(sent), " ", ng("time", fmt.Sprintf("%02d:%02d", between(r, 7, 23), between(r, 0, 59))))
	d.ln(pick(r, []string{"Subject: ", "제목: "}), c.title)
	d.plain("\n")
	quote := fmt.Sprintf(c.quote, "\x00")
	before, after, _ := strings.Cut(quote, "\x00")
	if d.clean {
		d.para("안녕하세요. 구민입니다. ", before, d.spot(), after)
		d.para("빠른 답변 부탁드립니다.")
	} else {
		d.para("안녕하세요. 저는 ", d.addr(p, "email_body"), "에 사는 ", d.nameWith(p, "email_body", "입니다"), ". ", before, d.spot(), after)
		d.para("연락은 ", d.mobile(p, "email_body"), "로 주시거나 이 메일로 회신 부탁드립니다.")
		d.ln(d.name(p, "signature"), " 드림")
	}
	d.plain("\n")
	d.ln("> ", pick(r, []string{"Re: ", "RE: ", "회신: "}), c.title)
	if d.clean {
		d.ln("> 민원인님, 문의하신 내용은 담당 부서에서 현장 확인 후 답변드리겠습니다.")
	} else {
		d.ln("> ", d.nameWith(p, "email_quote", "님"), ", 문의하신 내용은 담당 부서에서 현장 확인 후 답변드리겠습니다.")
	}
	d.ln("> ", d.dept, " ", d.drafter.pos, " ", d.off(d.drafter), " 드림")
	d.plain("\n")
	d.h(0, "조치 결과")
	for _, a := range c.answer {
		d.h(1, a)
	}
	d.closing(false, "회신 전자우편 사본")
}

// minwonPassport answers a passport petition: refunds by card, the
// passport number.
func minwonPassport(d *doc) {
	r := d.r
	p := d.person(19, 75)
	d.setupPassport()
	title := pick(r, []string{"여권 재발급 수수료 환불 요청 민원 회신", "여권 분실 신고 처리 결과 안내", "여권 발급 지연 관련 민원 답변"})
	if d.clean {
		d.letterhead(title, "민원인 귀하")
		d.h(0, "귀하께서 ", d.dt(d.date.before(5)), " 제출하신 민원(접수번호 ", d.receiptNo(), ")에 대한 답변입니다.")
		d.h(0, "여권 발급 수수료는 ", d.statute([]string{"「여권법 시행령」 제41조", "「여권법」 제22조"}), "에 따라 환불이 제한되나, 접수 당일 취소한 경우에는 전액 환불이 가능합니다.")
		d.h(0, "환불 금액 ", amount(r, 15, 53), "은 결제하신 카드로 취소 처리되었습니다(카드번호 ", ng("masked", "****-****-****-"+digits(r, 4)), ").")
		d.contact()
		d.closing(true)
		return
	}
	d.letterhead(title, d.name(p, "recipient"), " 귀하")
	d.h(0, "귀하께서 ", d.dt(d.date.before(5)), " 제출하신 민원(접수번호 ", d.receiptNo(), ")에 대한 답변입니다.")
	d.h(0, "민원인 인적사항")
	d.kvs(
		kv{"성명", d.name(p, "kv")},
		kv{"영문성명", p.latin("kv")},
		kv{"주민등록번호", pick(r, []piece{d.rrn(p, "kv"), d.leak(p, tRRN, "kv")})},
		kv{"여권번호", d.passport(p, "kv")},
	)
	d.h(0, "처리 내용")
	d.h(1, "분실 신고된 여권(", d.passport(p, "body"), ")은 ", d.dt(d.date.before(3)), "자로 효력이 상실되었으며, 재발급 여권은 접수일로부터 ", ng("number", "8일"), " 이내 교부될 예정입니다.")
	d.h(1, "중복 결제된 수수료 ", amount(r, 15, 53), "은 ", d.nameWith(p, "body", "님의"), " 결제 카드(", d.card(p, "body"), ")로 승인 취소 처리하였습니다.")
	d.h(1, "환불 확인은 카드사 고객센터(", ng("callcentre", pick(r, []string{"1588-1688", "1544-7000", "1577-6000", "1588-8100"})), ")로 문의하시기 바랍니다.")
	d.contact()
	d.closing(true)
}

// setupPassport moves a passport answer to the office that issues them.
func (d *doc) setupPassport() {
	if d.org.kind == "gu" {
		d.moveTo("민원여권과")
	}
}

func genFOI(d *doc) {
	d.setup("gu,gu,city,city,agency", "정보공개정책과", "총무과", "감사실", "자치행정과")
	switch d.r.IntN(3) {
	case 0:
		foiNotice(d)
	case 1:
		foiLedger(d)
	default:
		foiThirdParty(d)
	}
}

var foiRequests = []string{
	"2023년도 업무추진비 집행 내역 일체",
	"○○동 재개발 정비구역 지정 관련 회의록",
	"관내 공영주차장 위탁 운영 계약서",
	"구청장 관용차량 운행일지",
	"주민참여예산 심사 결과 및 위원 명단",
	"○○초등학교 앞 어린이보호구역 CCTV 설치 현황",
	"건축허가 신청서 및 설계도서(신축 공동주택)",
}

// foiNotice is the statutory decision form (별지 제5호서식).
func foiNotice(d *doc) {
	r := d.r
	p := d.person(25, 75)
	req := pick(r, foiRequests)
	grade := pick(r, []string{"□공개 ■부분공개 □비공개", "■공개 □부분공개 □비공개", "□공개 □부분공개 ■비공개"})
	if d.clean {
		d.letterhead("정보공개 결정 통지("+req+")", "청구인 귀하")
	} else {
		d.letterhead("정보공개 결정 통지("+req+")", d.name(p, "recipient"), " 귀하")
	}
	d.ln("■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제5호서식] <개정 ", ng("date", "2021. 6. 23."), ">")
	d.ln("정보 (", grade, ") 결정 통지서")
	var pairs []kv
	if d.clean {
		pairs = append(pairs, kv{"수신자", []any{p.mask(r), " (귀하)"}})
	} else {
		pairs = append(pairs, kv{"수신자", []any{d.name(p, "kv"), " (귀하)"}})
		pairs = append(pairs, kv{"주소", d.addr(p, "kv")})
		if r.IntN(2) == 0 {
			pairs = append(pairs, kv{"전화번호", pick(r, []any{d.mobile(p, "kv"), d.home(p, "kv")})})
		}
		if r.IntN(2) == 0 {
			pairs = append(pairs, kv{"전자우편", d.email(p, "kv")})
		}
	}
	pairs = append(pairs,
		kv{"접수번호", ng("receipt_no", digits(r, 8))},
		kv{"접수일", d.dt(d.date.before(between(r, 5, 10)))},
		kv{"청구 내용", req},
		kv{"공개 일시", []any{d.dt(d.date.addDays(3)), " ", ng("time", fmt.Sprintf("%02d:00", between(r, 9, 17)))}},
		kv{"공개 장소", pick(r, []any{"정보공개시스템(www.open.go.kr)", d.place()})},
		kv{"공개 방법", "[ ] 열람·시청  [√] 사본·출력물  [√] 전자파일  [ ] 복제·인화물"},
		kv{"수수료", []any{amount(r, 0, 9), " (사본 ", ng("number", fmt.Sprint(between(r, 2, 80))), "매)"}},
	)
	if !d.clean && r.IntN(2) == 0 {
		pairs = append(pairs, kv{pick(r, []string{"청구인 접속 IP", "접속 IP", "신청 IP"}), d.ip(p, "kv")})
	}
	d.kvs(pairs...)
	d.plain("\n")
	d.ln("비공개(부분 공개) 내용 및 사유")
	d.para("청구하신 정보 중 개인의 성명, 주민등록번호, 연락처 등은 ", d.statute(statFOI[:1]), "에 해당하는 개인에 관한 사항으로서 공개될 경우 사생활의 비밀 또는 자유를 침해할 우려가 있어 비공개합니다.")
	if !d.clean && r.IntN(2) == 0 {
		// A third party named in the request itself.
		q := d.person(30, 80)
		d.para("다만, 청구 내용에 기재된 건축주 ", d.nameWith(q, "body", "의"), " 성명은 이미 청구인이 알고 있는 정보이므로 별도로 보호조치하지 아니하였습니다.")
	}
	if r.IntN(4) == 0 {
		d.para("※ 본 결정은 서울특별시행정심판위원회 재결(사건번호 ", ng("case_no", fmt.Sprintf("%d-%05d", d.date.y, between(r, 100, 19999))), ")에 따른 재처분임")
	}
	d.ln("수수료 납부 계좌: ", ng("org", "우리은행"), " ", ng("fee_account", accountText(accountNumber(r, banks[3]), 0)), " (예금주: ", d.holder(), ")")
	d.para("※ 정보공개 여부 결정에 대하여 불복이 있는 경우에는 ", d.statute(statFOI[3:4]), "에 따라 이 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.")
	d.closing(true)
}

// foiLedger is the monthly ledger of requests: a table of petitioners.
func foiLedger(d *doc) {
	r := d.r
	d.reportHead(fmt.Sprintf("%d년 %d월 정보공개 청구 처리 현황 보고", d.date.y, d.date.m))
	d.h(0, "처리 개요")
	d.h(1, "청구 건수: ", ng("number", fmt.Sprint(between(r, 40, 300))), "건 (공개 ", ng("number", fmt.Sprint(between(r, 20, 120))), "건, 부분공개 ", ng("number", fmt.Sprint(between(r, 5, 40))), "건)")
	d.h(1, "처리 기한 내 결정률: ", ng("number", fmt.Sprintf("%d.%d%%", between(r, 90, 99), r.IntN(10))))
	d.h(0, "주요 청구 내역")
	t := table{head: [][]string{{"청구번호", "청구인", "청구 내용", "결정", "통지일"}}}
	withIP := !d.clean && r.IntN(2) == 0
	if withIP {
		// The export of the online system keeps the requester's address.
		t.head = [][]string{{"청구번호", "청구인", "접속IP", "청구 내용", "결정", "통지일"}}
	}
	for range between(r, 3, 7) {
		p := d.person(20, 80)
		var who any
		if d.clean {
			who = p.mask(r)
		} else {
			who = d.name(p, cell)
		}
		row := []any{ng("receipt_no", digits(r, 8)), who}
		if withIP {
			row = append(row, d.ip(p, cell))
		}
		row = append(row, pick(r, foiRequests), pick(r, []string{"공개", "부분공개", "비공개", "정보부존재"}), d.dt(d.date.before(between(r, 1, 25))))
		t.rows = append(t.rows, row)
	}
	if !withIP && d.r.IntN(3) == 0 {
		t.head = [][]string{{"청구번호", "청구인", "청구 내용", "처리결과", "처리결과"}, {"청구번호", "청구인", "청구 내용", "결정", "통지일"}}
	}
	d.table(t)
	d.h(0, "향후 계획")
	d.h(1, "부분공개 결정 시 비공개 사유를 구체적으로 기재하도록 부서 교육 실시(", d.dt(d.date.addDays(14)), ")")
	d.closing(false)
}

// foiThirdParty notifies a third party that information about them was
// requested (제21조).
func foiThirdParty(d *doc) {
	r := d.r
	req := pick(r, foiRequests)
	if d.clean {
		co := d.company()
		d.letterhead("정보공개 청구 사실 통지(제3자)", co, " 대표자 귀하")
		d.h(0, d.statute(statFOI), "에 따라 귀 법인과 관련된 정보에 대한 공개 청구가 있어 알려드립니다.")
		d.kvs(kv{"청구 정보", req}, kv{"관련 법인", co}, kv{"법인등록번호", ng("corp_no", corpNo(r))}, kv{"의견 제출 기한", d.dt(d.date.addDays(3))})
		d.h(0, "공개를 원하지 아니하는 경우 붙임 서식에 따라 비공개 요청서를 제출하여 주시기 바랍니다.")
		d.closing(true, "비공개 요청서 서식")
		return
	}
	p := d.person(30, 80)
	d.letterhead("정보공개 청구 사실 통지(제3자)", d.name(p, "recipient"), " 귀하")
	d.h(0, d.statute(statFOI), "에 따라 귀하와 관련된 정보에 대한 공개 청구가 있어 알려드립니다.")
	d.kvs(kv{"청구 정보", req}, kv{"관련 제3자", []any{d.name(p, "kv"), " (", d.birth(p, "kv"), ")"}}, kv{"주소", d.addr(p, "kv")}, kv{"의견 제출 기한", d.dt(d.date.addDays(3))})
	d.h(0, d.nameWith(p, "body", "께서"), " 공개를 원하지 아니하는 경우 붙임 서식에 따라 비공개 요청서를 제출하여 주시기 바랍니다.")
	d.h(0, "의견 제출은 전자우편(", d.officeMail(d.drafter), ") 또는 팩스(", d.officeNo("fax"), ")로도 가능합니다.")
	d.closing(true, "비공개 요청서 서식")
}
