package fieldset

import (
	"fmt"
	"strings"
)

// office is the sender of a document: its own address and contacts are
// hard negatives.
type office struct {
	org, head, dept, addr, zip, phone, domain string
}

type govt struct{ org, head, addr, zip, phone, domain string }

var seoul = govt{"서울특별시", "서울특별시장", "서울특별시 중구 세종대로 110", "04524", "02-2133-", "seoul.go.kr"}

var guOffices = []govt{
	{"서울특별시 마포구", "마포구청장", "서울특별시 마포구 월드컵로 212", "03937", "02-3153-", "mapo.go.kr"},
	{"서울특별시 강서구", "강서구청장", "서울특별시 강서구 화곡로 302", "07658", "02-2600-", "gangseo.seoul.kr"},
	{"서울특별시 노원구", "노원구청장", "서울특별시 노원구 노해로 437", "01689", "02-2116-", "nowon.kr"},
	{"서울특별시 관악구", "관악구청장", "서울특별시 관악구 관악로 145", "08832", "02-879-", "gwanak.go.kr"},
	{"서울특별시 은평구", "은평구청장", "서울특별시 은평구 은평로 195", "03392", "02-351-", "ep.go.kr"},
	{"서울특별시 송파구", "송파구청장", "서울특별시 송파구 올림픽로 326", "05552", "02-2147-", "songpa.go.kr"},
}

// offices lists the city department and, for each district, the same
// function in the district office.
func offices(cityDept, guDept string) []office {
	o := []office{{seoul.org, seoul.head, cityDept, seoul.addr, seoul.zip, seoul.phone, seoul.domain}}
	o = append(o, o[0], o[0])
	for _, g := range guOffices {
		o = append(o, office{g.org, g.head, guDept, g.addr, g.zip, g.phone, g.domain})
	}
	return o
}

// official names a member of staff in the course of duty.
func (b *builder) official(rank string) part {
	for {
		n := pick(b.r, officialNames)
		dup := false
		for _, s := range b.staff {
			dup = dup || s.name == n.h
		}
		if !dup {
			b.staff = append(b.staff, official{n.h, rank, n.l + digits(b.r, 2)})
			return ng(nOfficial, n.h)
		}
	}
}

func (b *builder) offPhone() part { return ng(nOffPhone, b.org.phone+digits(b.r, 4)) }

func (b *builder) offMail() part {
	u := pick(b.r, []string{"", "", "civil", "info"})
	if u == "" && len(b.staff) > 0 {
		u = b.staff[0].user
	} else if u == "" {
		u = "minwon" + digits(b.r, 2)
	}
	return ng(nOffEmail, u+"@"+b.org.domain)
}

func (b *builder) date() part {
	r := b.r
	y, m, d := 2022+r.IntN(4), 1+r.IntN(12), 1+r.IntN(28)
	switch r.IntN(4) {
	case 0:
		return ng(nDate, fmt.Sprintf("%d-%02d-%02d", y, m, d))
	case 1:
		return ng(nDate, fmt.Sprintf("%d년 %d월 %d일", y, m, d))
	case 2:
		return ng(nDate, fmt.Sprintf("%d.%02d.%02d.", y, m, d))
	}
	return ng(nDate, fmt.Sprintf("%d. %d. %d.", y, m, d))
}

func (b *builder) docNo() part {
	return ng(nCaseNo, fmt.Sprintf("%s-%d", b.org.dept, 1000+b.r.IntN(30000)))
}

func (b *builder) caseNo(prefix string) part {
	r := b.r
	switch r.IntN(4) {
	case 0:
		return ng(nCaseNo, fmt.Sprintf("%s-%d-%06d", prefix, 2022+r.IntN(4), r.IntN(1000000)))
	case 1:
		return ng(nCaseNo, fmt.Sprintf("%d%s%04d", 2022+r.IntN(4), prefix, r.IntN(10000)))
	case 2:
		return ng(nCaseNo, fmt.Sprintf("제%d-%d호", 2022+r.IntN(4), 1+r.IntN(900)))
	}
	return ng(nCaseNo, fmt.Sprintf("%s%02d%s", prefix, r.IntN(100), digits(r, 8)))
}

func (b *builder) amount() part {
	r := b.r
	n := (1 + r.IntN(300)) * 10000
	s := commas(n)
	switch r.IntN(4) {
	case 0:
		return ng(nAmount, s+"원")
	case 1:
		return ng(nAmount, fmt.Sprintf("%d만원", n/10000))
	case 2:
		return ng(nAmount, "금"+s+"원")
	}
	return ng(nAmount, s)
}

func commas(n int) string {
	s := fmt.Sprint(n)
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	return strings.Join(append([]string{s}, out...), ",")
}

func (b *builder) brn() part {
	r := b.r
	return ng(nBRN, fmt.Sprintf("%d%s-%s-%s", 1+r.IntN(8), digits(r, 2), pick(r, []string{"81", "86", "87", "88", "01", "05", "12", "27"}), digits(r, 5)))
}

// crn is a corporate registration number: 6-7 digits like a resident
// registration number, which is the point of it.
func (b *builder) crn() part {
	return ng(nCRN, fmt.Sprintf("1101%d1-%s", b.r.IntN(10), digits(b.r, 7)))
}

func (b *builder) budget() part {
	r := b.r
	return ng(nBudget, fmt.Sprintf("%d-%s-%s-%s", 100+r.IntN(900), digits(r, 4), digits(r, 4), pick(r, []string{"301-01", "307-05", "308-10", "201-01", "402-01"})))
}

var companies = []string{
	"(주)한빛종합관리", "주식회사 다온건설", "(주)서울환경측정", "미래공영(주)", "㈜새솔에프앤비", "한결회계법인",
	"(사)한마음복지회", "(주)나래광고", "주식회사 푸른숲조경", "(유)동서방역", "(주)보람경비", "하나로건축사사무소",
	"(주)새빛소음진동연구소", "민들레지역아동센터", "행복나눔 재가노인복지센터", "(주)우리물산",
}

func (b *builder) company() part { return ng(nCompany, pick(b.r, companies)) }

var statutes = []string{
	"「개인정보 보호법」 제17조제1항", "「개인정보 보호법」 제18조제2항제4호", "「민원 처리에 관한 법률」 제27조",
	"「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "「행정절차법」 제21조", "「도로교통법」 제32조",
	"「질서위반행위규제법」 제20조", "「건축법」 제11조", "「건축법」 제79조", "「감염병의 예방 및 관리에 관한 법률」 제18조",
	"「식품위생법」 제86조", "「공동주택관리법」 제93조", "「소음·진동관리법」 제21조", "「재난 및 안전관리 기본법」 제66조",
	"「옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률」 제3조", "「노인복지법」 제27조의2", "「청년기본법」 제20조",
	"「서울특별시 재난지원금 지급 조례」 제5조", "「국민기초생활 보장법」 제21조", "「긴급복지지원법」 제7조",
}

// statute cites a law the kind works under, now and then a general one.
func (b *builder) statute() part {
	if len(b.laws) > 0 && b.r.IntN(4) > 0 {
		return ng(nStatute, pick(b.r, b.laws))
	}
	return ng(nStatute, pick(b.r, statutes[:5]))
}

// stat is an aggregated count.
func (b *builder) stat() part {
	r := b.r
	switch r.IntN(4) {
	case 0:
		return ng(nStat, fmt.Sprintf("총 %s명", commas(20+r.IntN(4000))))
	case 1:
		return ng(nStat, fmt.Sprintf("%s명", commas(3+r.IntN(900))))
	case 2:
		return ng(nStat, fmt.Sprintf("%d건", 3+r.IntN(900)))
	}
	return ng(nStat, fmt.Sprintf("%s가구", commas(10+r.IntN(3000))))
}

// rate is an aggregated proportion.
func (b *builder) rate() part {
	r := b.r
	if r.IntN(3) == 0 {
		return ng(nStat, fmt.Sprintf("전년 대비 %d.%d%% 증가", 1+r.IntN(40), r.IntN(10)))
	}
	return ng(nStat, fmt.Sprintf("%d.%d%%", r.IntN(100), r.IntN(10)))
}

func (b *builder) place() part {
	r := b.r
	d := pick(r, districts)
	switch r.IntN(4) {
	case 0:
		return ng(nPlace, d.gu+" "+pick(r, d.dongs)+" 일대")
	case 1:
		return ng(nPlace, pick(r, []string{"망원한강공원", "서울광장", "불광천 산책로", "노량진 수산시장 인근", "가락시장 정문 앞", "신림역 4번 출구 앞", "월드컵공원 주차장"}))
	case 2:
		return ng(nPlace, d.gu+" "+pick(r, d.roads)+" 일원")
	}
	return ng(nPlace, pick(r, []string{"시청 본관 3층 대회의실", "서소문청사 1동 회의실", "동주민센터 2층 회의실", "구청 별관 민원실"}))
}

// nameLike are ordinary words and proper names of things that read like
// personal names.
var nameLike = []string{
	"한결같이", "고운빛 어린이집", "하나은행", "우리은행", "신한카드", "한빛초등학교", "새솔경로당", "보람공원",
	"정원 30명", "조정안", "이사회", "방학동", "강서구", "민주주의", "나래울 쉼터", "은하수 아파트 관리사무소",
	"소망교회", "하늘채 주민센터", "유수지", "전입신고", "송정역", "문화다양성",
}

func (b *builder) nameLike() part { return ng(nWord, pick(b.r, nameLike)) }

// statuteText is real statute text, used as filler between the parts of
// a document.
var statuteText = []string{
	"개인정보처리자는 개인정보의 처리 목적에 필요한 범위에서 개인정보의 정확성, 완전성 및 최신성이 보장되도록 하여야 한다.",
	"행정작용의 근거가 되는 법령등의 내용이 명확하지 아니한 경우 상대방은 해당 행정청에 그 해석을 요청할 수 있으며, 해당 행정청은 특별한 사유가 없으면 그 요청에 따라야 한다.",
	"민원을 처리하는 담당자는 담당 민원을 신속ㆍ공정ㆍ친절ㆍ적법하게 처리하여야 한다.",
	"행정기관의 장은 관계법령등에서 정한 처리기간이 남아 있다거나 그 민원과 관련 없는 공과금 등을 미납하였다는 이유로 민원 처리를 지연시켜서는 아니 된다.",
	"도로를 통행하는 보행자, 차마 또는 노면전차의 운전자는 교통안전시설이 표시하는 신호 또는 지시를 따라야 한다.",
	"심의 신청을 받은 시ㆍ도지사 또는 시장ㆍ군수ㆍ구청장은 대통령령으로 정하는 바에 따라 건축위원회에 심의 안건을 상정하고, 심의 결과를 심의를 신청한 자에게 통보하여야 한다.",
	"국가ㆍ지방자치단체는 감염병의 효율적 치료 및 확산방지를 위하여 질병의 정보, 발생 및 전파 상황을 공유하고 상호 협력하여야 한다.",
	"국민은 감염병 발생 상황, 감염병 예방 및 관리 등에 관한 정보와 대응방법을 알 권리가 있고, 국가와 지방자치단체는 신속하게 정보를 공개하여야 한다.",
	"국가 및 지방자치단체는 구호ㆍ보호 또는 지원이 어렵다고 판단되는 경우에는 민간기관ㆍ단체와의 연계를 통하여 지원을 받을 수 있도록 노력하여야 한다.",
	"재난 및 안전관리에 관하여 다른 법률을 제정하거나 개정하는 경우에는 이 법의 목적과 기본이념에 부합되도록 하여야 한다.",
	"주택조합 및 주택조합의 발기인은 계약금 등 자금의 보관 업무는 신탁업자에게 대행하도록 하여야 한다.",
	"시장ㆍ군수ㆍ구청장은 통보받은 수립지침에 따라 지역실정을 고려하여 매년 시ㆍ군ㆍ구 재해구호계획을 수립하여 시ㆍ도지사에게 제출하여야 한다.",
}

func (b *builder) filler() string { return pick(b.r, statuteText) }
