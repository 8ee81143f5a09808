package tenthset

import (
	"fmt"
	"strings"
)

// office is the issuing department: its contacts are public and appear
// in every footer.
type office struct {
	org, dept, zip, addr, building, phone, fax, mail, site string
}

var depts = []string{"복지정책과", "민원여권과", "교통정책과", "주택정책과", "감사담당관", "외국인다문화담당관", "계약심사과", "도시계획과", "환경정책과", "안전총괄과", "공원녹지정책과", "일자리정책과", "재무과", "주차계획과", "자치행정과", "보건의료정책과"}

func (b *builder) newOffice() office {
	dept := b.pick(depts)
	user := b.pick([]string{"kimhs", "plaza", "jhlee", "civil", "parkmj", "sh0315", "welfare", "yoon77", "cityhall", "choi.sy"})
	// Only the city hall's own buildings: the evaluator applies one
	// organization's allowlist to every document.
	if b.p(1, 4) {
		return office{"서울특별시", dept, "04515", "서울특별시 중구 덕수궁길 15", "서울특별시청 서소문청사 " + fmt.Sprint(1+b.n(9)) + "층", fmt.Sprintf("02-2133-%04d", 1000+b.n(9000)), fmt.Sprintf("02-2133-%04d", 1000+b.n(9000)), user + "@seoul.go.kr", "http://www.seoul.go.kr"}
	}
	return office{"서울특별시", dept, "04524", "서울특별시 중구 세종대로 110", "서울특별시청 본관 " + fmt.Sprint(2+b.n(9)) + "층", fmt.Sprintf("02-2133-%04d", 1000+b.n(9000)), fmt.Sprintf("02-2133-%04d", 1000+b.n(9000)), user + "@seoul.go.kr", "http://www.seoul.go.kr"}
}

// officials are the drafter, team leader and head of the department:
// exempt in their role.
type officials struct {
	drafter, lead, head, coop string
	draftTitle                string
}

func (b *builder) newOfficials() officials {
	o := officials{}
	for _, s := range []*string{&o.drafter, &o.lead, &o.head, &o.coop} {
		*s = b.newPerson().full()
		b.doc.Exempt = append(b.doc.Exempt, *s)
	}
	o.draftTitle = b.pick([]string{"주무관", "행정주무관", "주무관", "행정7급", "사회복지주무관"})
	return o
}

// docDate is the date of the document: a hard negative.
type day struct{ y, m, d int }

func (b *builder) newDay() day { return day{2019 + b.n(7), 1 + b.n(12), 1 + b.n(28)} }

func (d day) dotted() string { return fmt.Sprintf("%d. %d. %d.", d.y, d.m, d.d) }

func (b *builder) date(d day) string {
	switch b.n(4) {
	case 0:
		return fmt.Sprintf("%d.%d.%d.", d.y, d.m, d.d)
	case 1:
		return fmt.Sprintf("%d년 %d월 %d일", d.y, d.m, d.d)
	case 2:
		return fmt.Sprintf("%d-%02d-%02d", d.y, d.m, d.d)
	}
	return d.dotted()
}

// header writes the 기안문 head: the issuer, 수신, (경유), 제목.
func (b *builder) header(recipient []piece, title string) {
	if b.p(2, 3) {
		b.w(b.org.org, "\n")
	}
	if b.p(1, 3) {
		b.w(b.pick([]string{"시민과 함께하는 서울", "동행·매력 특별시 서울", "서울, 마음껏 누리는 도시", "사람 중심 따뜻한 도시"}), "\n")
	}
	sep := b.pick([]string{" ", "\t", "  ", " : "})
	b.w("수신", sep)
	if recipient == nil {
		b.w(b.pick([]string{"수신자 참조", "내부결재", b.org.org + "장", "각 자치구청장", "수신자 참조(각 자치구청장)"}))
	} else {
		b.put("header", recipient...)
	}
	b.w("\n(경유)", b.pick([]string{"", " ", "\t"}), "\n제목", sep, title, "\n\n")
}

// footer writes the closing block: the issuer's name, the 결재 line,
// 시행/접수, the office's address and contacts, and 공개 구분.
func (b *builder) footer(o officials, d day) {
	b.w("\n")
	if b.p(2, 3) {
		b.w(b.pick([]string{"끝.", "  끝.", ""}), "\n\n")
	}
	b.w(b.org.org, b.pick([]string{"장", "장", "청장"}), "\n")
	if b.p(1, 2) {
		b.w(b.pick([]string{"[직인생략]", "(직인생략)", "전결"}), "\n")
	}
	b.w("\n")
	dt := fmt.Sprintf("%02d/%02d", d.m, d.d)
	switch b.n(4) {
	case 0:
		b.w(o.draftTitle, " ")
		b.put("approval", ng("official", o.drafter))
		b.w("\t팀장 ")
		b.put("approval", ng("official", o.lead))
		b.w("\t", b.pick([]string{"과장", "담당관", "과장 전결"}), " ", dt, " ")
		b.put("approval", ng("official", o.head))
		b.w("\n협조자\t", b.pick([]string{"주무관", "팀장", "사무관"}), " ")
		b.put("approval", ng("official", o.coop))
		b.w("\n")
	case 1:
		b.w(o.draftTitle, "\n")
		b.put("approval", ng("official", o.drafter))
		b.w("\n팀장\n")
		b.put("approval", ng("official", o.lead))
		b.w("\n과장\n", dt, "\n")
		b.put("approval", ng("official", o.head))
		b.w("\n협조자\n")
		b.put("approval", ng("official", o.coop))
		b.w("\n")
	case 2:
		b.w("기안자 ", o.draftTitle, " ")
		b.put("approval", ng("official", o.drafter))
		b.w("   검토자 팀장 ")
		b.put("approval", ng("official", o.lead))
		b.w("   결재권자 과장 ")
		b.put("approval", ng("official", o.head))
		b.w("\n협조 ")
		b.put("approval", ng("official", o.coop))
		b.w("\n")
	default:
		b.w("| ", o.draftTitle, " | 팀장 | 과장 |\n| ")
		b.put("approval", ng("official", o.drafter))
		b.w(" | ")
		b.put("approval", ng("official", o.lead))
		b.w(" | ", dt, " ")
		b.put("approval", ng("official", o.head))
		b.w(" |\n협조자  ")
		b.put("approval", ng("official", o.coop))
		b.w("\n")
	}
	b.w("시행 ")
	b.put("footer", ng("doc_no", fmt.Sprintf("%s-%d", b.org.dept, 1000+b.n(30000))))
	b.w(" (")
	b.put("footer", ng("doc_date", d.dotted()))
	b.w(")", b.pick([]string{"\t접수 ", "   접수  ", "\n접수\n"}), "\n")
	b.w(b.pick([]string{"우 ", "우편번호 ", "(", ""}))
	b.put("footer", ng("office_zip", b.org.zip))
	b.w(b.pick([]string{" ", ") ", "  "}))
	b.put("footer", ng("office_address", b.org.addr))
	b.w(" ", b.org.building, b.pick([]string{" / ", "  ", "\n"}), b.org.site, "\n")
	tel := pick(b.r, [][2]string{{"전화번호 ", "  팩스번호 "}, {"전화 ", " / 전송 "}, {"전화 (", ")  FAX "}, {"☎ ", "\t팩스 "}, {"전화 ", "  전송 "}})
	b.w(tel[0])
	b.put("footer", ng("office_phone", b.org.phone))
	b.w(tel[1])
	b.put("footer", ng("office_fax", b.org.fax))
	b.w(b.pick([]string{" / ", "  ", "\n"}))
	b.put("footer", ng("office_email", b.org.mail))
	b.w(" / ", b.pick([]string{"대시민 공개", "공개", "부분공개(6)", "비공개(6)", "부분공개(5)", "공개(서울특별시 정보공개 조례)"}), "\n")
	if b.p(1, 3) {
		b.w(b.pick([]string{"\"시민이 행복한 서울\"", "개인정보를 소중히 다루는 " + b.org.org, "부정청탁 및 금품등 수수의 금지에 관한 법률을 준수합시다."}), "\n")
	}
}

// Negative vocabulary: public numbers and ordinary words that must
// survive.
func (b *builder) bizno() string {
	return fmt.Sprintf("%03d-%02d-%05d", 101+b.n(800), 1+b.n(99), b.n(100000))
}

func (b *builder) corpno() string {
	return fmt.Sprintf("%04d%02d-%07d", b.pick2([]int{1101, 1201, 1311, 1341, 1801, 2801}), b.pick2([]int{11, 11, 71, 31}), b.n(10000000))
}

func (b *builder) pick2(xs []int) int { return xs[b.n(len(xs))] }

func (b *builder) receiptNo(d day) string {
	switch b.n(3) {
	case 0:
		return fmt.Sprintf("2AA-%02d%02d-%07d", d.y%100, d.m, b.n(10000000))
	case 1:
		return fmt.Sprintf("1AA-%02d%02d-%06d", d.y%100, d.m, b.n(1000000))
	}
	return fmt.Sprintf("%d-%s-%05d", d.y, b.pick([]string{"민원", "고충", "제안"}), b.n(100000))
}

func (b *builder) caseNo(d day) string {
	return fmt.Sprintf("%d%s%d", d.y, b.pick([]string{"고단", "고합", "가합", "가단", "구합", "형제", "누"}), 100+b.n(30000))
}

func (b *builder) noticeNo(d day) string {
	return fmt.Sprintf("%s 공고 제%d-%d호", b.org.org, d.y, 100+b.n(4000))
}

var statutes = []string{
	"「민원 처리에 관한 법률」 제27조제1항", "「행정절차법」 제14조제4항", "「개인정보 보호법」 제18조제2항제2호",
	"「보조금 관리에 관한 법률」 제33조", "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제31조",
	"「재난적의료비 지원에 관한 법률」 제7조", "「공공감사에 관한 법률」 제23조제1항", "「형사소송법」 제234조제2항",
	"「출입국관리법」 제31조", "「재한외국인 처우 기본법」 제12조", "「도로교통법」 제32조", "「국민기초생활 보장법」 제23조의2",
	"「서울특별시 주민참여예산제 운영 조례」 제8조", "「지방공무원법」 제72조", "「감사원법」 제31조",
}

func (b *builder) statute() string { return b.pick(statutes) }

func (b *builder) amount() string {
	n := (10 + b.n(5000)) * 1000
	if b.p(1, 4) {
		n = (1 + b.n(900)) * 1000000
	}
	s := fmt.Sprint(n)
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	out = append([]string{s}, out...)
	return strings.Join(out, ",") + "원"
}

// wordNegs are ordinary words that a name finder could take for names.
var wordNegs = []string{"고소", "지급액", "이상", "전부", "최고", "한도", "안전", "소유", "주소지", "전기", "장애", "이행", "정상", "공사", "배상", "조정", "유지", "신청", "우선", "강화", "한결같이", "하나", "마감"}

var places = []string{"서울광장", "청계천", "남산공원", "여의도", "망원한강공원", "북한산", "홍제천", "마포구민체육센터", "서울시민청", "노원구청 대강당", "광화문광장", "성수동 카페거리"}

var companies = []string{"(주)하나로건설", "우리환경(주)", "한빛전기(주)", "(주)미래정보기술", "서울조경(주)", "(주)안전산업", "대한토건(주)", "(주)신한설비", "국민시스템(주)", "(주)새한엔지니어링", "㈜동행ICT", "(유)푸른용역", "하나기술(주)", "(주)최고종합건설", "(사)한국외국인지원센터"}
