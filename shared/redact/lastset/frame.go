package lastset

import (
	"fmt"
	"strings"
)

// ---- hard negatives ----

var companies = []string{"(주)한빛건설", "주식회사 다온테크", "㈜서해엔지니어링", "대한환경(주)", "미래종합건설 주식회사", "(유)청솔조경", "새길건축사사무소", "(주)누리정보통신", "동아전기공사(주)", "협동조합 마을숲", "(사)함께하는이웃", "(주)바른인쇄"}
var places = []string{"구민회관 대강당", "시청 별관 3층 소회의실", "망원한강공원", "행정복지센터 2층 회의실", "중앙도서관 세미나실", "시민안전체험관", "청소년수련관", "전통시장 고객지원센터", "다문화가족지원센터 교육장", "평생학습관 101호"}
var statutes = []string{
	"「개인정보 보호법」 제17조제1항제2호", "「민원 처리에 관한 법률」 제27조", "「지방보조금 관리에 관한 법률」 제31조",
	"「지방자치단체를 당사자로 하는 계약에 관한 법률」 제9조", "「행정절차법」 제21조제1항", "「재한외국인 처우 기본법」 제12조",
	"「형사소송법」 제234조제2항", "「공공감사에 관한 법률」 제23조", "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호",
	"「도로교통법」 제32조", "「건축법」 제79조", "「보조금 관리에 관한 법률」 제33조의2", "「출입국관리법」 제33조",
	"「주민등록법」 제29조제2항", "「지방자치법」 제21조",
}
var words = []string{"김장 나눔 행사", "이사회 의결", "박물관 관람료", "정기회의", "조사 결과", "한강 수변", "장기 미집행", "전세 사기 피해", "신규 사업", "권역별 배분", "최종 확정", "오전 중", "임시회", "서명부", "강화 방안", "문화 행사", "지원금", "안전 점검", "주민 공청회", "하천 정비", "도시 재생", "우선 순위", "민간 위탁", "고지서"}

func (b *bld) date() cell {
	y := 2019 + b.r.IntN(7)
	m, d := 1+b.r.IntN(12), 1+b.r.IntN(28)
	switch b.r.IntN(5) {
	case 0:
		return neg("date", fmt.Sprintf("%d. %d. %d.", y, m, d))
	case 1:
		return neg("date", fmt.Sprintf("%d-%02d-%02d", y, m, d))
	case 2:
		return neg("date", fmt.Sprintf("%d년 %d월 %d일", y, m, d))
	case 3:
		return neg("date", fmt.Sprintf("%d.%02d.%02d.", y, m, d))
	}
	return neg("date", fmt.Sprintf("'%02d. %d. %d.", y%100, m, d))
}

func (b *bld) amount() cell {
	n := (1 + b.r.IntN(9999)) * 1000
	s := commas(n)
	switch b.r.IntN(4) {
	case 0:
		return neg("amount", "금 "+s+"원")
	case 1:
		return neg("amount", s)
	}
	return neg("amount", s+"원")
}

func commas(n int) string {
	s := fmt.Sprintf("%d", n)
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	return strings.Join(append([]string{s}, out...), ",")
}

func (b *bld) bizno() cell {
	return neg("bizno", fmt.Sprintf("%03d-%02d-%05d", 100+b.r.IntN(800), 10+b.r.IntN(80), b.r.IntN(100000)))
}

func (b *bld) corpno() cell {
	return neg("corpno", pickOf(b.r, []string{"110111", "134111", "284211", "110114", "160111", "124611"})+"-"+digits(b.r, 7))
}

func (b *bld) receipt() cell {
	switch b.r.IntN(5) {
	case 0:
		return neg("receipt", fmt.Sprintf("%dAA-%02d%02d-%07d", 1+b.r.IntN(2), 19+b.r.IntN(7), 1+b.r.IntN(12), b.r.IntN(10000000)))
	case 1:
		return neg("receipt", fmt.Sprintf("%d-민원-%05d", 2019+b.r.IntN(7), b.r.IntN(100000)))
	case 2:
		return neg("receipt", fmt.Sprintf("제%d-%04d호", 2019+b.r.IntN(7), b.r.IntN(10000)))
	case 3:
		return neg("receipt", fmt.Sprintf("%s-%d", b.off.dept, 1000+b.r.IntN(90000)))
	}
	return neg("receipt", fmt.Sprintf("접수 %d%02d%02d-%04d", 2019+b.r.IntN(7), 1+b.r.IntN(12), 1+b.r.IntN(28), b.r.IntN(10000)))
}

func (b *bld) caseno() cell {
	return neg("case", pickOf(b.r, []string{
		fmt.Sprintf("%d고단%d", 2019+b.r.IntN(7), 100+b.r.IntN(9900)),
		fmt.Sprintf("%d형제%d", 2019+b.r.IntN(7), 1000+b.r.IntN(90000)),
		fmt.Sprintf("%d가합%d", 2019+b.r.IntN(7), 10000+b.r.IntN(90000)),
		fmt.Sprintf("%d-%05d", 2019+b.r.IntN(7), b.r.IntN(100000)),
	}))
}

func (b *bld) bidno() cell {
	if b.chance(0.5) {
		return neg("bid", fmt.Sprintf("R%02dBK%08d", 20+b.r.IntN(6), b.r.IntN(100000000)))
	}
	return neg("bid", fmt.Sprintf("%d%02d%05d-%02d", 2019+b.r.IntN(7), 1+b.r.IntN(12), b.r.IntN(100000), b.r.IntN(3)))
}

func (b *bld) budget() cell {
	return neg("budget", pickOf(b.r, []string{
		fmt.Sprintf("%d-%03d-%02d", 100+b.r.IntN(900), b.r.IntN(1000), b.r.IntN(100)),
		fmt.Sprintf("30%d-%02d", 1+b.r.IntN(8), 1+b.r.IntN(15)),
		fmt.Sprintf("%04d-%04d-%03d", 1000+b.r.IntN(9000), b.r.IntN(10000), b.r.IntN(1000)),
	}))
}

func (b *bld) stat() cell {
	return neg("statistic", pickOf(b.r, []string{
		fmt.Sprintf("전년 대비 %d.%d%% 증가", b.r.IntN(40), b.r.IntN(10)),
		fmt.Sprintf("총 %s건", commas(100+b.r.IntN(20000))),
		fmt.Sprintf("%s명", commas(10+b.r.IntN(9000))),
		fmt.Sprintf("만족도 %d.%d점", 60+b.r.IntN(40), b.r.IntN(10)),
		fmt.Sprintf("%d.%d%%", b.r.IntN(100), b.r.IntN(10)),
	}))
}

func (b *bld) officePhone() cell { return neg("office_phone", b.off.phone) }
func (b *bld) officeMail() cell  { return neg("office_email", b.off.mail) }
func (b *bld) company() cell     { return neg("company", pickOf(b.r, companies)) }
func (b *bld) place_() cell      { return neg("place", pickOf(b.r, places)) }
func (b *bld) statute() cell     { return neg("statute", pickOf(b.r, statutes)) }
func (b *bld) word() cell        { return neg("word", pickOf(b.r, words)) }
func (b *bld) callcenter() cell {
	if b.chance(0.25) {
		return neg("office_phone", pickOf(b.r, []string{"120", "1345", "국번없이 110"}))
	}
	return neg("office_phone", pickOf(b.r, []string{"1588-", "1577-", "1644-", "1661-"})+digits(b.r, 4))
}

// maskedName and maskedPhone are values already masked properly.
func (b *bld) maskedName() cell {
	return neg("masked", pickOf(b.r, surnames)+b.pick([]string{"○○", "**", "OO", "△△"}))
}

func (b *bld) maskedPhone() cell {
	return neg("masked", "010-****-"+digits(b.r, 4))
}

// ---- frames: how each channel opens and closes a document ----

func (b *bld) head(title ...any) {
	o := b.off
	switch b.ch {
	case "hwp", "ocr":
		org := o.org
		if b.chance(0.5) {
			org = strings.Join(strings.Split(strings.ReplaceAll(o.org, " ", ""), ""), " ")
		}
		b.ln(org)
		if b.chance(0.5) {
			b.ln("")
		}
		b.ln("수신", pick2(b, "\t", "  "), b.pick([]string{"내부결재", "수신자 참조", "각 동장", "감사담당관"}))
		b.ln("(경유)")
		b.ln(append([]any{"제목", pick2(b, "\t", "  ")}, title...)...)
		b.ln("")
	case "email":
		b.ln("[전자우편 출력본 — 기록물 등록용]")
		b.ln("보낸사람: ", b.staff(0), " <", b.officeMail(), ">")
		b.ln("받는사람: ", b.pick([]string{"민원 담당자 공용", "부서 공유함", "팀 전체"}))
		b.ln("날짜: ", b.date(), " ", fmt.Sprintf("오후 %d:%02d", 1+b.r.IntN(11), b.r.IntN(60)))
		b.ln(append([]any{"제목: FW: "}, title...)...)
		b.ln("")
	case "web":
		heads := map[string][]string{
			"complaint": {"[국민신문고] 민원신청 내용 출력", "전자민원 접수 내역 — 화면 출력", "새올 민원처리 화면 인쇄"},
			"foreign":   {"■ 온라인 신청서 (인쇄용)", "외국인주민 지원 신청 — 화면 출력", "[다국어 신청 양식] 제출 내용"},
			"contract":  {"계약정보공개시스템 게시 화면 출력", "누리집 게시물 출력 — 계약 정보"},
			"notice":    {"누리집 고시·공고 게시물 출력", "[고시공고] 화면 인쇄"},
			"briefing":  {"누리집 게시물 출력 — 주민설명회", "[주민참여 플랫폼] 게시글 인쇄"},
		}[b.doc.Kind]
		if heads == nil {
			heads = []string{"누리집 게시물 출력"}
		}
		b.ln(b.pick(heads))
		b.ln("출력일시: ", b.date(), fmt.Sprintf(" %02d:%02d", b.r.IntN(24), b.r.IntN(60)), "  출력자: ", b.staff(0))
		b.ln("==============================")
		b.ln(title...)
	case "csv":
		b.ln(append([]any{"# "}, title...)...)
		b.ln("# 추출: ", b.off.dept, " / ", b.date(), " / 시스템 내보내기 (UTF-8)")
	case "stt":
		b.ln(append([]any{"[음성 녹취 전사본] "}, title...)...)
		b.ln("※ 자동 음성인식 후 담당자(", b.staff(0), ")가 일부 교정함. 청취 불가 구간은 [불명]으로 표기.")
		b.ln("일시: ", b.date(), fmt.Sprintf(" %d:%02d", 9+b.r.IntN(9), b.r.IntN(60)), "   장소: ", b.place_())
		b.ln("")
	}
}

func pick2(b *bld, x, y string) string {
	if b.chance(0.5) {
		return x
	}
	return y
}

// foot closes a document: the 결재 line and the office's own contacts.
func (b *bld) foot() {
	o := b.off
	switch b.ch {
	case "hwp", "ocr":
		b.ln("")
		b.ln(b.pick([]string{"끝.", "  끝.", "붙임  관련 자료 1부.  끝."}))
		b.ln("")
		b.ln(o.head())
		if b.layout == "cell" {
			b.ln(o.titles[0])
			b.ln(b.staff(0))
			b.ln(o.titles[1])
			b.ln(b.staff(1))
			b.ln(o.titles[2], " ", b.pick([]string{"전결", "대결"}))
			b.ln(b.staff(2))
		} else {
			b.ln(o.titles[0], " ", b.staff(0), "\t", o.titles[1], " ", b.staff(1), "\t", o.titles[2], " ", b.pick([]string{"전결 ", "대결 ", ""}), fmt.Sprintf("%02d/%02d ", 1+b.r.IntN(12), 1+b.r.IntN(28)), b.staff(2))
		}
		b.ln("협조자\t", b.staff(3))
		b.ln("시행\t", b.receipt(), " (", b.date(), ")\t접수\t")
		b.ln("우 ", o.post, "\t", neg("office_address", o.addr), "\t/ http://www.", o.domain)
		b.ln("전화 ", b.officePhone(), "\t전송 ", neg("office_phone", o.fax), "\t/ ", b.officeMail(), "\t/ ", b.pick([]string{"공개", "부분공개(6)", "비공개(6)"}))
	case "email":
		b.ln("")
		b.ln("--")
		b.ln(o.org, " ", o.dept, " ", b.staff(0), " ", o.titles[0])
		b.ln("T. ", b.officePhone(), " | F. ", neg("office_phone", o.fax))
		b.ln(neg("office_address", o.addr))
	case "web":
		b.ln("------------------------------")
		b.ln("처리기관: ", o.org, " ", o.dept, "  담당자: ", b.staff(1), "  (", b.officePhone(), ")")
		b.ln("본 출력물은 ", b.statute(), "에 따라 관리됩니다.")
	case "csv":
		b.ln("# 끝. 담당 ", b.staff(0), " ", b.officePhone())
	case "stt":
		b.ln("")
		b.ln("(녹음 종료)")
		b.ln("전사 확인: ", o.dept, " ", b.staff(0), " / 문의 ", b.officePhone())
	}
}

// pad adds background lines until the document is long enough.
var padLines = []string{
	"관련 법령 및 지침에 따라 처리 절차를 준수하였음.",
	"세부 사항은 붙임 자료를 참고하시기 바랍니다.",
	"※ 처리 결과에 이의가 있는 경우 통지를 받은 날부터 90일 이내에 행정심판을 청구할 수 있습니다.",
	"향후 유사 사례 재발 방지를 위해 관련 부서와 협의할 예정임.",
	"현장 확인 결과 추가 조치가 필요한 사항은 없었음.",
	"위 사항을 보고드리오니 검토하여 주시기 바랍니다.",
	"○ 추진 경위",
	"○ 향후 계획",
	"  - 관계 부서 협의 및 예산 확보 추진",
	"  - 결과 공개 및 홍보(누리집 게시)",
	"가. 기본 방향: 주민 불편 최소화 및 신속 처리",
	"나. 세부 일정: 부서 자체 계획에 따름",
	"다. 협조 사항: 없음",
	"개인정보는 목적 달성 후 지체 없이 파기함.",
	"본 문서는 정보공개 대상이며 개인정보는 비공개 처리함.",
}

// head is the office's head as a 결재 line names it: 마포구청장, 안산시장.
func (o office) head() string {
	f := strings.Fields(o.org)
	last := f[len(f)-1]
	switch {
	case strings.HasSuffix(last, "구"):
		return o.org + "청장"
	case strings.HasSuffix(last, "시") && len(f) == 1:
		return o.org + "장"
	}
	return o.org + "장"
}

// count is a number of people or cases, a negative.
func (b *bld) count(unit string) cell {
	return neg("statistic", commas(1+b.r.IntN(300))+unit)
}

var kindPad = map[string][]string{
	"complaint": {"※ 민원 처리 기간은 「민원 처리에 관한 법률 시행령」 별표에 따름.", "  - 동일 장소 반복 민원으로 관리 대상 지점에 등록함.", "  - 민원인에게 처리 결과를 문자 및 우편으로 안내함.", "※ 본 회신에 이의가 있는 경우 이의신청을 할 수 있습니다.", "  - 담당 부서 현장 점검 사진 3매 첨부."},
	"minutes":   {"○ 위원 출석 현황: 재적 위원 과반수 출석으로 성원", "○ 회의 공개 여부: 비공개 (개인정보 포함 안건)", "  - 다음 회의는 추후 공지", "○ 간사 보고: 전차 회의 의결 사항 이행 결과 보고", "  - 서면 심의 안건 없음"},
	"subsidy":   {"※ 지급일: 매월 25일(공휴일인 경우 전일)", "※ 계좌 오류로 반송된 건은 재확인 후 재지급", "  - 중복 수급 여부 사회보장정보시스템 확인 완료", "  - 대상자 선정 기준: 기준 중위소득 100% 이하", "※ 지급 내역은 개인정보 보호를 위해 비공개 처리함."},
	"notice":    {"※ 공고일부터 14일이 지난 때에 송달된 것으로 봅니다.", "  - 기한 내 의견 제출이 없으면 의견이 없는 것으로 봅니다.", "※ 처분에 불복하는 경우 행정심판 또는 행정소송을 제기할 수 있습니다.", "  - 과태료는 의견 제출 기한 내 자진 납부 시 20% 감경"},
	"briefing":  {"  - 설명회 자료는 누리집에 게시함.", "  - 질의 내용은 관계 부서에 전달하여 검토 예정", "  - 참석자 중 서면 질의 제출자에게는 개별 회신", "○ 설명회 분위기: 사업 취지에는 공감하나 보상 및 교통 대책 요구 다수"},
	"contract":  {"※ 수의계약 사유: 추정가격 2천만원 이하", "  - 계약 보증금은 면제함.", "※ 계약 정보는 「지방자치단체를 당사자로 하는 계약에 관한 법률」에 따라 공개함.", "  - 준공 검사 결과 적합"},
	"criminal":  {"※ 관련 증거 목록은 별지 참조", "  - 피고발인에 대한 조사 결과는 수사기관 회신 후 보고 예정", "※ 부정 수급액은 별도로 환수 절차 진행", "  - 고발장은 관할 경찰서 민원실에 직접 제출함."},
	"audit":     {"※ 감사 결과에 대한 재심의 신청은 통보를 받은 날부터 1개월 이내", "  - 관련 부서는 조치 결과를 60일 이내 제출", "  - 유사 사례 전수 조사 실시 예정", "※ 감사 결과는 「공공감사에 관한 법률」에 따라 공개함."},
	"foreign":   {"  - 통역 언어: 베트남어, 중국어, 영어, 우즈베크어", "※ 체류 관련 사항은 출입국·외국인사무소로 안내", "  - 의료 통역 동행 지원 연계", "  - 한국어 교육 과정 안내문 배부"},
}

func (b *bld) pad(min int) {
	used := map[string]bool{}
	fresh := func(xs []string) (string, bool) {
		s := b.pick(xs)
		if used[s] {
			return "", false
		}
		used[s] = true
		return s, true
	}
	for k := 0; lines(b.sb.String()) < min; k++ {
		if k > 200 {
			b.ln("")
			continue
		}
		if b.chance(0.55) {
			if s, ok := fresh(kindPad[b.doc.Kind]); ok {
				b.ln(s)
			}
			continue
		}
		switch b.r.IntN(8) {
		case 0:
			if !used["statute"] {
				used["statute"] = true
				b.ln("○ 근거: ", b.statute())
			}
		case 1:
			if !used["stat"] {
				used["stat"] = true
				b.ln("  - 처리 실적: ", b.stat(), " (", b.date(), " 기준)")
			}
		case 2:
			if !used["word"] {
				used["word"] = true
				b.ln("  - ", b.word(), " 관련 협의는 ", b.place_(), "에서 진행")
			}
		case 3:
			b.ln("")
		case 4:
			if !used["masked"] {
				used["masked"] = true
				b.ln("※ 기존 처리 사례: 민원인 ", b.maskedName(), "(", b.maskedPhone(), ") — ", b.receipt())
			}
		default:
			if s, ok := fresh(padLines); ok {
				b.ln(s)
			}
		}
	}
}
