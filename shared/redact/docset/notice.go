package docset

import "fmt"

// 행정처분 사전통지, 공시송달 공고 and other notices to named persons.

var noticeTemplates = []template{
	{"public_service", both, false, noticePublicService},
	{"prior_notice_kv", both, false, noticePrior},
	{"taxi_licence", both, false, noticeTaxi},
	{"food_business", devOnly, false, noticeFood},
	{"deregistration", holdoutOnly, false, noticeDeregistration},
	{"corporations", both, true, noticeCorporations},
}

var violationPlaces = [2][]string{
	{"왕십리역 3번 출구 앞", "성수이로 22길 입구", "망원시장 공영주차장 앞", "상계역 2번 출구 버스정류장", "신림사거리 교차로"},
	{"천호역 5번 출구 앞", "창동역 1번 출구 택시승강장", "구로디지털단지역 2번 출구", "목동오거리 횡단보도", "독산역 앞 소화전 주변"},
}

// noticeNo is a public notice's number: 성동구 공고 제2024-123호.
func (b *builder) noticeNo() []seg {
	return []seg{plain(b.org.short + " 공고 "), neg("notice_no", fmt.Sprintf("제%d-%d호", b.today.y, 1+b.intn(2500)))}
}

func noticePublicService(b *builder) {
	dept := byHalf(b, [2][]string{{"주차관리과", "교통지도과"}, {"교통행정과", "주차단속과"}})
	b.begin(dept, "과태료 부과 사전통지서 공시송달 공고")
	b.line("body", b.noticeNo())
	b.line("body", "「질서위반행위규제법」 ", neg("statute", "제16조"), " 및 「행정절차법」 ", neg("statute", "제14조제4항"), "에 따라 과태료 부과 사전통지서를 송달하였으나 수취인 부재 또는 주소 불명으로 반송되어 다음과 같이 공시송달합니다.")
	from := b.today
	b.line("body", "1. 공고 기간: ", b.date(from), " ~ ", b.date(from.addDays(14)), " (14일간)")
	b.line("body", "2. 송달 내용: 주정차 위반 과태료 부과 사전통지")
	b.line("body", "3. 공시송달 대상")
	nameHead := byHalf(b, [2][]string{{"성명", "이름"}, {"성명", "송달대상", "납부의무자", "당사자"}})
	t := table{head: []string{"연번", "차량번호", nameHead, "생년월일", "주소", "위반일시", "위반장소", "과태료"}}
	withBirth := b.chance(0.7)
	if !withBirth {
		t.head = append(t.head[:3], t.head[4:]...)
	}
	for i, p := range b.people(3+b.intn(8), 20, 80) {
		row := func() {
			name := b.nm(p)
			if b.chance(0.15) {
				name = neg("masked", p.mask) // staff masked this one properly
			}
			when := neg("date", b.today.addDays(-30-b.intn(60)).official())
			cells := []any{itoa(i + 1), b.plate(p), name}
			if withBirth {
				cells = append(cells, b.dob(p, ""))
			}
			cells = append(cells, b.addr(p, b.chance(0.6)), []seg{when, plain(" " + pickOf(b.r, "08:12", "13:40", "22:05", "07:55"))}, neg("place", byHalf(b, violationPlaces)), comma(pickOf2(b, 40000, 40000, 80000, 120000)))
			t.add(cells...)
		}
		if i > 0 && b.chance(0.1) { // the first row stays: the document is not a clean one
			b.masking(row)
		} else {
			row()
		}
	}
	b.table(t, b.tableLayout())
	if b.chance(0.5) {
		d := b.newPerson(20, 70)
		b.line("body", "  ※ 연번 1 차량은 소유자가 실제 운전자를 ", b.nm(d), "(운전면허번호 ", b.licence(d), ", ", b.mob(d, ""), ")로 지정하여 운전자에게 부과함")
	}
	b.line("body", "4. 의견 제출: 공고 기간 만료일까지 의견을 제출하지 않으면 의견이 없는 것으로 봅니다.")
	b.line("body", "5. 문의: ", b.contact(b.draftsman()))
	b.attach()
	b.close()
}

// pickOf2 picks one of several ints.
func pickOf2(b *builder, xs ...int) int { return xs[b.intn(len(xs))] }

type violation struct{ title, fact, action, law, article string }

var violations = [2][]violation{
	{
		{"위반건축물 시정명령 불이행에 따른 이행강제금 부과", "건축 허가 없이 옥상에 조립식 패널 구조물(28㎡)을 증축함", "이행강제금 3,120,000원 부과", "건축법", "제80조제1항"},
		{"옥외광고물 무단 표시에 따른 과태료 부과", "허가 없이 건물 외벽에 돌출간판을 표시함", "과태료 500,000원 부과", "옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률", "제20조제1항"},
		{"무단 점용에 따른 변상금 부과", "허가 없이 보도 12㎡를 물건 적치 용도로 점용함", "변상금 864,000원 부과", "도로법", "제72조"},
	},
	{
		{"불법 용도변경에 따른 원상복구 명령", "근린생활시설을 허가 없이 주거 용도로 변경하여 사용함", "원상복구 명령(기한 60일)", "건축법", "제79조"},
		{"개발제한구역 내 불법 형질변경 시정명령", "허가 없이 토지에 성토하고 컨테이너를 설치함", "시정명령 및 이행강제금 예고", "개발제한구역의 지정 및 관리에 관한 특별조치법", "제30조"},
		{"빈집 정비 명령", "장기간 방치된 빈집의 담장이 붕괴 우려가 있음", "안전조치 명령", "빈집 및 소규모주택 정비에 관한 특례법", "제11조"},
	},
}

func noticePrior(b *builder) {
	v := byHalf(b, violations)
	p := b.newPerson(30, 85)
	dept := byHalf(b, [2][]string{{"건축과", "도로관리과"}, {"건축안전과", "도시계획과"}})
	rcp := []any{b.nm(p, "honorific:귀하"), " 귀하"}
	b.begin(dept, v.title+" 사전통지", rcp...)
	b.line("body", "「행정절차법」 ", neg("statute", "제21조제1항"), "에 따라 귀하에게 다음과 같이 처분하고자 하오니 의견을 제출하여 주시기 바랍니다.")
	b.line("body", "1. 예정된 처분의 제목: ", v.title)
	b.line("body", "2. 당사자")
	t := table{head: []string{"성명(명칭)", "주소", "생년월일"}}
	if b.chance(0.4) {
		t.head[2] = "주민등록번호"
		t.add(b.nm(p), b.addr(p, true), b.rrnOf(p, ""))
	} else {
		t.add(b.nm(p), b.addr(p, true), b.dob(p, ""))
	}
	b.table(t, b.tableLayout(LayoutKV, LayoutKV, LayoutPipeRule, LayoutCellPerLine))
	b.line("body", "3. 처분의 원인이 되는 사실: ", b.addr(p, false), " 소재 건축물에서 ", v.fact)
	b.line("body", "4. 처분하려는 내용: ", v.action)
	b.line("body", "5. 법적 근거: ", b.statute(v.law, v.article))
	b.line("body", "6. 의견 제출 기한: ", b.date(b.today.addDays(15)), "까지")
	b.line("body", "7. 의견 제출처: ", b.org.short, " ", dept, " (", neg("office_address", b.org.addr), ", ", b.officeTel(), ")")
	b.line("body", "  ※ 기한 내에 의견을 제출하지 않으면 의견이 없는 것으로 보고 처분합니다. ", b.nmp(p, "의"), " 대리인이 제출하는 경우 위임장을 첨부하여 주십시오.")
	b.attach("의견제출서 서식")
	b.close()
}

func noticeTaxi(b *builder) {
	p := b.newPerson(40, 75)
	co := byHalf(b, [2][]string{{"(주)한성운수", "대원교통(주)", "개인택시", "개인택시"}, {"(주)동부운수", "신흥택시(주)", "개인택시", "개인택시"}})
	b.begin(byHalf(b, [2][]string{{"택시물류과"}, {"택시정책과", "도시교통과"}}), "택시운전자격 취소 처분 사전통지")
	b.line("body", "1. ", b.statute("여객자동차 운수사업법", "제87조제1항"), "에 따라 택시운전자격 취소 처분에 앞서 의견 제출 기회를 드립니다.")
	b.line("body", "2. 처분 대상자")
	t := table{head: []string{"성명", "생년월일", "주소", "운전면허번호", "소속", "차량번호"}}
	var employer any = neg("company", co)
	if co == "개인택시" {
		employer = co
	}
	t.add(b.nm(p, "criminal"), b.dob(p, ""), b.addr(p, true), b.licence(p), employer, b.plate(p))
	b.table(t, b.tableLayout(LayoutKV, LayoutKV, LayoutPipe, LayoutSpaces, LayoutCellPerLine))
	b.line("body", "3. 처분 사유: 위 ", b.nmp(p, "은/는", "criminal"), " ", b.date(b.today.addDays(-60)), " 음주운전(혈중알코올농도 ", fmt.Sprintf("0.%03d", 80+b.intn(90)), "%)으로 운전면허(", b.licence(p), ")가 취소되었음")
	b.line("body", "4. 처분 내용: 택시운전자격 취소")
	b.line("body", "5. 의견 제출 기한: ", b.date(b.today.addDays(10)), "까지 (자택 전화 ", b.tel(p, ""), "로 사전 안내함)")
	b.attach()
	b.close()
}

func noticeFood(b *builder) {
	p := b.newPerson(30, 75)
	var shop company
	for shop.name == "" || shop.corporate {
		shop = pick(b.r, b.v.companies)
	}
	b.begin("위생과", "식품위생법 위반 업소 영업정지 처분 사전통지", neg("company", shop.name), " 대표자 ", b.nm(p), " 귀하")
	b.line("body", "1. 귀 업소의 ", b.statute("식품위생법", "제44조제1항"), " 위반 사항에 대하여 ", b.statute("행정절차법", "제21조"), "에 따라 처분 내용을 사전 통지합니다.")
	t := table{head: []string{"업소명", "영업신고번호", "대표자", "소재지", "업종"}}
	t.add(neg("company", shop.name), b.permitNo(), b.nm(p), b.addr(p, true, "premises"), pickOf(b.r, "일반음식점", "휴게음식점", "즉석판매제조가공업"))
	b.table(t, b.tableLayout(LayoutKV, LayoutPipeRule, LayoutTabs, LayoutCellPerLine))
	b.line("body", "2. 위반 내용: ", b.date(b.today.addDays(-20)), " 점검 시 유통기한이 지난 제품을 조리 목적으로 보관함")
	b.line("body", "3. 처분 내용: 영업정지 ", itoa(5+b.intn(10)), "일 (", b.statute("식품위생법 시행규칙", "별표 23"), ")")
	b.line("body", "4. 의견 제출: ", b.date(b.today.addDays(10)), "까지 ", b.contact(b.draftsman()))
	b.attach("의견제출서 1부", "점검 결과표")
	b.close()
}

func noticeDeregistration(b *builder) {
	b.begin(byHalf(b, [2][]string{{"교통행정과"}, {"교통행정과", "자동차관리과"}}), "자동차 직권말소 사전통지 공고")
	b.line("body", b.noticeNo())
	b.line("body", "「자동차관리법」 ", neg("statute", "제13조제3항"), "에 따라 다음 자동차의 등록을 직권 말소하고자 사전 통지하였으나 송달이 불가능하여 공고합니다.")
	t := table{head: []string{"연번", "차량번호", "차종", "소유자", "주소", "생년월일", "사유"}}
	if b.chance(0.3) {
		t.noHead = true // the list continues from the previous page
	}
	for i, p := range b.people(3+b.intn(7), 25, 85) {
		t.add(itoa(i+1), b.plate(p), pickOf(b.r, "승용", "화물", "승합"), b.nm(p), b.addr(p, b.chance(0.5)), b.dob(p, ""), pickOf(b.r, "정기검사 미수검", "의무보험 미가입", "폐차 미신고"))
	}
	if t.noHead {
		b.line("body", "(앞 쪽에서 계속)")
	}
	b.table(t, b.tableLayout(LayoutSpaces, LayoutTabs, LayoutPipe, LayoutCellPerLine))
	b.line("body", "※ 공고일부터 30일 이내에 이의가 없으면 등록을 말소합니다. 문의: ", b.contact(b.draftsman()))
	b.attach()
	b.close()
}

func noticeCorporations(b *builder) {
	b.begin(byHalf(b, [2][]string{{"세무1과", "지역경제과"}, {"세무2과", "일자리경제과"}}), "법인 대상 과태료 부과 처분서 공시송달 공고")
	b.line("body", b.noticeNo())
	b.line("body", "「행정절차법」 ", neg("statute", "제14조제4항"), "에 따라 다음 법인에 대한 처분서를 공시송달합니다.")
	t := table{head: []string{"연번", "상호", "법인등록번호", "사업자등록번호", "본점 소재지", "처분 내용"}}
	n := 0
	for _, c := range b.v.companies {
		if !c.corporate || b.chance(0.5) {
			continue
		}
		n++
		t.add(itoa(n), neg("company", c.name), b.corpNo(), b.bizNo(true), neg("business_address", pick(b.r, b.v.roads).gu+" "+pick(b.r, b.v.roads).road+" "+itoa(1+b.intn(300))), "과태료 "+comma(pickOf2(b, 500000, 1000000, 2000000))+"원")
	}
	if n == 0 {
		c := b.v.companies[0]
		t.add("1", neg("company", c.name), b.corpNo(), b.bizNo(true), neg("business_address", pick(b.r, b.v.roads).road+" "+itoa(1+b.intn(300))), "과태료 1,000,000원")
	}
	b.table(t, b.tableLayout())
	b.line("body", "※ 공고 기간: ", b.date(b.today), "부터 14일간. 문의: ", b.contact(b.draftsman()))
	b.attach()
	b.close()
}
