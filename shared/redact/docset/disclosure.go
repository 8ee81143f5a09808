package docset

import "fmt"

// 정보공개 결정 통지, 처리 현황, 이의신청.

var disclosureTemplates = []template{
	{"decision_letter", both, false, disclosureDecision},
	{"processing_table", both, false, disclosureTable},
	{"objection", holdoutOnly, false, disclosureObjection},
	{"third_party", devOnly, false, disclosureThirdParty},
	{"stats", both, true, disclosureStats},
}

var requests = [2][]string{
	{"2023년 업무추진비 집행 내역", "○○공원 조성 공사 설계도서", "구청장 관용차량 운행일지", "청소 대행업체 평가 결과", "주민참여예산 심사 회의록"},
	{"재개발 구역 지정 관련 검토 보고서", "불법 주정차 단속 실적", "위원회 위원 명단 및 수당 지급 내역", "민간위탁 협약서", "청사 리모델링 공사 계약서"},
}

// requestNo is a 정보공개 청구 접수번호 (seven digits on 정보공개포털).
func (b *builder) requestNo() seg {
	return neg("receipt_no", fmt.Sprintf("%07d", 1000000+b.intn(9000000)))
}

func disclosureDecision(b *builder) {
	p := b.newPerson(20, 80)
	req := byHalf(b, requests)
	b.begin(byHalf(b, [2][]string{{"정보공개정책과", "행정지원과"}, {"정보공개과", "총무과"}}), "정보 (부분)공개 결정 통지서", b.nm(p, "honorific:귀하"), " 귀하")
	b.line("body", "1. 귀하의 정보공개 청구(접수번호 ", b.requestNo(), ", ", b.date(b.today.addDays(-9)), ")에 대한 결정 내용을 다음과 같이 통지합니다.")
	b.line("body", "2. 청구인")
	t := table{head: []string{"성명", "생년월일", "주소", "전화번호", "전자우편"}}
	t.add(b.nm(p), b.dob(p, ""), b.addr(p, true), b.mob(p, ""), b.mail(p))
	b.table(t, b.tableLayout(LayoutKV, LayoutKV, LayoutPipeRule, LayoutCellPerLine))
	b.line("body", "3. 청구 내용: ", req)
	b.line("body", "4. 결정 내용: 부분공개")
	b.line("body", "  ○ 비공개 부분: 개인의 성명·연락처 등(", b.statute("공공기관의 정보공개에 관한 법률", "제9조제1항제6호"), ")")
	b.line("body", "5. 공개 방법: 전자우편(", b.mail(p), ") 송부")
	b.line("body", "6. 수수료: ", b.amount(0), "(", b.statute("공공기관의 정보공개에 관한 법률 시행령", "제17조"), ")")
	b.line("body", "※ 이 결정에 불복하는 경우 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.")
	b.attach()
	b.close()
}

func disclosureTable(b *builder) {
	b.begin(byHalf(b, [2][]string{{"정보공개정책과"}, {"정보공개과", "기록관리과"}}), fmt.Sprintf("%d년 %d월 정보공개 청구 처리 현황", b.today.y, b.today.m))
	b.line("body", "1. 정보공개 청구 처리 현황을 다음과 같이 보고합니다.")
	t := table{head: []string{"접수번호", pickOf(b.r, "청구인", "청구인명", "청 구 인"), "청구 내용", "결정", "통지일"}}
	for i := 0; i < 3+b.intn(7); i++ {
		var who any
		switch {
		case b.chance(0.15):
			who = neg("company", pick(b.r, b.v.companies).name)
		case b.chance(0.1):
			who = []seg{plain(pickOf(b.r, "○○일보 ", "△△방송 ")), b.nm(b.newPerson(25, 60)), plain(" 기자")}
		default:
			who = b.nm(b.newPerson(20, 80))
		}
		t.add(b.requestNo(), who, byHalf(b, requests), pickOf(b.r, "공개", "부분공개", "비공개", "정보부존재"), b.date(b.today.addDays(-b.intn(20))))
	}
	b.table(t, b.tableLayout())
	b.line("body", "2. 비공개 결정 ", itoa(b.intn(4)), "건은 모두 ", b.statute("공공기관의 정보공개에 관한 법률", "제9조제1항제6호"), " 해당")
	b.attach()
	b.close()
}

func disclosureObjection(b *builder) {
	p := b.newPerson(25, 80)
	third := b.newPerson(30, 80)
	b.begin(byHalf(b, [2][]string{{"정보공개정책과"}, {"정보공개과"}}), "정보공개 이의신청 결정 통지", b.nm(p, "honorific:귀하"), " 귀하")
	b.line("body", "1. 청구인 ", b.nm(p), "(", b.mob(p, ""), ")이 ", b.date(b.today.addDays(-20)), " 제기한 이의신청에 대하여 정보공개심의회 심의를 거쳐 다음과 같이 결정하였습니다.")
	b.line("body", "2. 이의신청 요지")
	b.line("quote", "   \"청구인 ", b.nmp(p, "입니다"), ". 공사 계약서의 하도급 업체 대표자 성명은 공개 대상이라고 생각합니다.\"")
	b.line("body", "3. 결정: 기각")
	b.line("body", "4. 이유: 하도급 업체 대표자 ", b.nm(third), "의 성명과 주소(", b.addr(third, false), ")는 ", b.statute("공공기관의 정보공개에 관한 법률", "제9조제1항제6호"), "에 해당")
	b.line("body", "5. 결정 내용은 청구인 ", b.nm(p, "particle:로"), "로 통보함.")
	b.attach()
	b.close()
}

func disclosureThirdParty(b *builder) {
	third := b.newPerson(30, 80)
	req := byHalf(b, requests)
	b.begin("정보공개정책과", "제3자 관련 정보공개 청구 사실 통지", b.nm(third, "honorific:귀하"), " 귀하 (우 ", b.zip(third), " ", b.addr(third, true), ")")
	b.line("body", "1. 귀하와 관련된 정보(", req, ")에 대하여 공개 청구가 있어 ", b.statute("공공기관의 정보공개에 관한 법률", "제11조제3항"), "에 따라 알려드립니다.")
	b.line("body", "2. 공개 여부에 대한 의견이 있으시면 ", b.date(b.today.addDays(7)), "까지 제출하여 주시기 바랍니다.")
	b.line("body", "3. 기한 내 의견이 없으면 ", b.nm(third), " 님의 의견이 없는 것으로 보고 결정합니다.")
	b.attach("의견서 서식")
	b.close()
}

func disclosureStats(b *builder) {
	b.begin(byHalf(b, [2][]string{{"정보공개정책과"}, {"정보공개과"}}), fmt.Sprintf("%d년 정보공개 운영 실적", b.today.y-1))
	t := table{head: []string{"구분", "청구 건수", "공개", "부분공개", "비공개", "기타"}}
	for _, q := range []string{"1분기", "2분기", "3분기", "4분기"} {
		n := 300 + b.intn(700)
		a := n * 7 / 10
		c := n / 10
		d := n / 20
		t.add(q, comma(n), comma(a), comma(c), comma(d), comma(n-a-c-d))
	}
	b.table(t, b.tableLayout())
	b.line("body", "※ 비공개 사유는 대부분 ", b.statute("공공기관의 정보공개에 관한 법률", "제9조제1항제6호"), "(개인정보)임")
	b.attach()
	b.close()
}
