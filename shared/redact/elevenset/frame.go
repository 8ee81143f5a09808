package elevenset

import (
	"fmt"
	"strings"
)

type office struct {
	bureau, dept, team string
	phone, fax, mail   string
	addr, zip          string
	code               string
}

type official struct {
	name, pos string
}

var depts = []struct{ bureau, dept, code string }{
	{"시민건강국", "감염병관리과", "khealth"}, {"복지정책실", "복지정책과", "welfare"}, {"복지정책실", "장애인자립지원과", "dsupport"},
	{"여성가족정책실", "보육담당관", "childcare"}, {"평생교육국", "교육협력과", "educoop"}, {"글로벌도시정책관", "외국인다문화담당관", "global"},
	{"행정국", "민원담당관", "minwon"}, {"주택정책실", "공동주택지원과", "apthelp"}, {"도시교통실", "주차계획과", "parking"},
	{"재무국", "세무과", "tax"}, {"주택정책실", "공공주택과", "phouse"}, {"도시계획국", "도시계획과", "uplan"},
	{"디지털도시국", "정보보안과", "infosec"}, {"재무국", "계약심사과", "contract"}, {"행정국", "총무과", "general"}, {"도시기반시설본부", "도시철도과", "metro"},
}

var offAddrs = []struct{ zip, addr string }{
	{"04524", "서울특별시 중구 세종대로 110"}, {"04524", "서울특별시 중구 세종대로 110 (태평로1가)"},
	{"04515", "서울특별시 중구 덕수궁길 15 (서소문청사)"}, {"04519", "서울특별시 중구 무교로 21 (더익스체인지서울)"},
}

func (b *builder) newOffice(k int) office {
	d := depts[k%len(depts)]
	a := pick(b.r, offAddrs)
	teams := []string{"정책팀", "관리팀", "지원팀", "운영팀", "기획팀", "조정팀"}
	return office{
		bureau: d.bureau, dept: d.dept, team: pick(b.r, teams),
		phone: fmt.Sprintf("02-2133-%d%03d", 1+b.r.IntN(9), b.r.IntN(1000)),
		fax:   pick(b.r, []string{fmt.Sprintf("02-2133-%d%03d", 1+b.r.IntN(9), b.r.IntN(1000)), fmt.Sprintf("02-768-%04d", b.r.IntN(10000))}),
		mail:  pick(b.r, romaja) + pick(b.r, []string{"", "", "."}) + pick(b.r, []string{"ms", "jh", "sy", "yk", "hw", "dk"}) + digits(b.r, b.r.IntN(3)) + "@seoul.go.kr",
		addr:  a.addr, zip: a.zip, code: d.code,
	}
}

func (b *builder) newOfficials() []official {
	pos := [][]string{{"주무관", "행정주사보", "주무관", "간호주사", "사회복지주사", "행정주사"}, {"팀장", "팀장", "사무관"}, {"과장", "담당관", "국장"}}
	var o []official
	for _, ps := range pos {
		s, g := b.uniq()
		o = append(o, official{s + g, pick(b.r, ps)})
		b.doc.Exempt = append(b.doc.Exempt, s+g)
	}
	return o
}

func (b *builder) docNo() string { return fmt.Sprintf("%s-%d", b.off.dept, 1000+b.r.IntN(30000)) }

func (b *builder) day() string {
	return pick(b.r, []string{"2026. 11. %d.", "2026. 12. %d.", "2026.11.%d.", "2026-12-%02d"})
}

func (b *builder) today() string {
	return fmt.Sprintf(b.day(), 1+b.r.IntN(28))
}

var statutes = []string{
	"「감염병의 예방 및 관리에 관한 법률」 제18조제1항", "「국민기초생활 보장법」 제27조", "「긴급복지지원법」 제9조제1항",
	"「장애인활동 지원에 관한 법률」 제20조", "「영유아보육법」 제31조의2", "「재한외국인 처우 기본법」 제12조제3항",
	"「민원 처리에 관한 법률」 제27조제2항", "「공동주택관리법」 제71조", "「도로교통법」 제32조",
	"「지방세기본법」 제60조제1항", "「공공주택 특별법」 제48조", "「공익사업을 위한 토지 등의 취득 및 보상에 관한 법률」 제16조",
	"「개인정보 보호법」 제29조", "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제9조", "「서울특별시 포상 조례」 제5조",
}

// statute writes a statute reference with its article as a negative.
func statute(i int) []seg {
	s := statutes[i%len(statutes)]
	k := strings.LastIndex(s, "」 ")
	return []seg{txt(s[:k+4]), ng("statute", s[k+4:])}
}

// header writes the document's head: issuing body, 수신, 경유, 제목.
func (b *builder) header(title string, to []seg) {
	b.line("header", txt(pick(b.r, []string{"서울특별시", "서 울 특 별 시", "서울특별시"})))
	if b.r.IntN(3) == 0 {
		b.line("header", txt(pick(b.r, []string{"시민과 함께하는 서울", "동행·매력 특별시 서울"})))
	}
	b.sb.WriteByte('\n')
	b.write("header", txt(pick(b.r, []string{"수신  ", "수신자  ", "수  신 : "})))
	b.line("header", to...)
	b.line("header", txt(pick(b.r, []string{"(경유)", "(경유) ", "경유  "})))
	b.line("header", txt(pick(b.r, []string{"제목  ", "제  목 : ", "제목 "})+title))
	b.sb.WriteByte('\n')
}

// footer writes 붙임, the 결재 line and the office's contacts.
// A file named after a citizen (extra) is listed last, as 붙임 often do.
func (b *builder) footer(files []string, extra ...seg) {
	o, f := b.offs, b.off
	if len(files) > 0 {
		b.sb.WriteByte('\n')
		if len(extra) > 0 {
			files = append(files, "")
		}
		for i, fl := range files {
			if fl == "" {
				b.line("attach", append(append([]seg{txt(fmt.Sprintf("      %d. ", i+1))}, extra...), txt(" 1부.  끝."))...)
				continue
			}
			lead := "      "
			if i == 0 {
				lead = "붙임  "
			}
			if len(files) == 1 {
				b.line("attach", txt(lead+fl+" 1부.  끝."))
			} else {
				end := ""
				if i == len(files)-1 {
					end = "  끝."
				}
				b.line("attach", txt(fmt.Sprintf("%s%d. %s 1부.%s", lead, i+1, fl, end)))
			}
		}
	} else {
		b.line("body", txt("끝."))
	}
	b.sb.WriteString("\n\n")
	b.line("footer", txt("서울특별시장"))
	b.sb.WriteByte('\n')
	sign := []seg{}
	switch b.r.IntN(3) {
	case 0: // the 결재 line in one row
		sign = []seg{txt(o[0].pos + " "), ng("official", o[0].name), txt("    " + o[1].pos + " "), ng("official", o[1].name),
			txt(fmt.Sprintf("    %s %s %d/%d ", o[2].pos, pick(b.r, []string{"전결", "", "대결"}), 11+b.r.IntN(2), 1+b.r.IntN(28))), ng("official", o[2].name)}
		b.line("footer", sign...)
	case 1: // a 결재 table one cell to a line
		for _, x := range []string{"기안자", "검토자", "결재권자"} {
			b.line("footer", txt(x))
		}
		for _, x := range o {
			b.line("footer", txt(x.pos))
			b.line("footer", ng("official", x.name))
		}
	default:
		b.line("footer", txt("기안자 "+o[0].pos+" "), ng("official", o[0].name), txt("  검토자 "+o[1].pos+" "), ng("official", o[1].name))
		b.line("footer", txt("결재권자 "+o[2].pos+" "), ng("official", o[2].name))
	}
	b.line("footer", txt("협조자"))
	b.line("footer", txt("시행  "), ng("doc_no", b.docNo()), txt(" ("), ng("date", b.today()), txt(")   접수"))
	b.line("footer", txt("우 "+f.zip+"  "), ng("office_address", f.addr), txt(pick(b.r, []string{"  / http://www.seoul.go.kr", " / www.seoul.go.kr", ""})))
	ph := pick(b.r, []string{"전화 ", "전화번호 ", "☎ ", "Tel. "})
	fx := pick(b.r, []string{"  전송 ", "  팩스 ", "  FAX ", " / 팩스번호 "})
	b.line("footer", txt(ph), ng("office_phone", f.phone), txt(fx), ng("office_fax", f.fax), txt(" / "), ng("office_email", f.mail), txt(pick(b.r, []string{" / 공개", " / 부분공개(6)", " / 대시민공개"})))
}

// contact writes the 담당 line inside the body: the official on duty.
func (b *builder) contact() {
	o := b.offs[0]
	switch b.r.IntN(3) {
	case 0:
		b.line("body", txt(fmt.Sprintf("※ 문의: %s %s ", b.off.dept, o.pos)), ng("official", o.name), txt(" ("), ng("office_phone", b.off.phone), txt(")"))
	case 1:
		b.line("body", txt("담당: "+b.off.team+" "), ng("official", o.name), txt(" "+o.pos+" ☎ "), ng("office_phone", b.off.phone), txt(", "), ng("office_email", b.off.mail))
	default:
		b.line("body", txt("※ 관련 문의는 "+b.off.dept+"("), ng("office_phone", b.off.phone), txt(")로 하여 주시기 바랍니다."))
	}
	if b.r.IntN(3) == 0 {
		b.line("body", txt(pick(b.r, []string{"※ 야간·휴일에는 다산콜센터(", "※ 일반 문의: 120다산콜재단 ☎ "})), ng("public_phone", pick(b.r, []string{"120", "02-120", "1661-2120"})), txt(pick(b.r, []string{")로 연락 바랍니다.", ""})))
	}
}

var companies = []string{"(주)한결건설", "하나테크(주)", "구미정밀(주)", "주식회사 정리컨설팅", "(주)대한환경", "㈜미래엔지니어링", "한빛종합관리(주)", "(주)서울클린", "주식회사 다온시스템", "(주)지원산업", "새한정보통신(주)", "(주)동행케어"}

// bizNo returns a 사업자등록번호 with a valid check digit.
func bizNo(b *builder) string {
	d := digits(b.r, 9)
	w := []int{1, 3, 7, 1, 3, 7, 1, 3, 5}
	sum := 0
	for i, c := range d {
		sum += int(c-'0') * w[i]
	}
	sum += int(d[8]-'0') * 5 / 10
	c := (10 - sum%10) % 10
	return fmt.Sprintf("%s-%s-%s%d", d[:3], d[3:5], d[5:], c)
}

// corpNo returns a 법인등록번호, shaped like a resident number.
func corpNo(b *builder) string {
	d := pick(b.r, []string{"110111", "110112", "134511", "120111", "180111", "131111"}) + digits(b.r, 6)
	sum := 0
	for i, c := range d {
		sum += int(c-'0') * (1 + i%2)
	}
	return fmt.Sprintf("%s-%s%d", d[:6], d[6:], (10-sum%10)%10)
}

func receipt(b *builder) string {
	return pick(b.r, []string{
		fmt.Sprintf("%dAA-2611-%07d", 1+b.r.IntN(2), b.r.IntN(10000000)),
		fmt.Sprintf("2026-%s-%05d", b.off.code[:2], b.r.IntN(100000)),
		fmt.Sprintf("제2026-%04d호", b.r.IntN(10000)),
	})
}

func caseNo(b *builder) string {
	return fmt.Sprintf("2026%s%d", pick(b.r, []string{"가단", "고합", "구합", "가합", "고단", "타경"}), 1000+b.r.IntN(90000))
}

func bidNo(b *builder) string {
	return pick(b.r, []string{fmt.Sprintf("R26BK%08d", b.r.IntN(100000000)), fmt.Sprintf("2026%07d-00", b.r.IntN(10000000))})
}

func amount(b *builder) string {
	n := (1 + b.r.IntN(9000)) * 1000
	s := fmt.Sprint(n)
	var sb strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteRune(c)
	}
	return sb.String() + "원"
}

var places = []string{"서울의료원", "보라매병원", "서울특별시 어린이병원", "세종문화회관", "서울시립미술관", "시민청", "서울월드컵경기장", "여의도한강공원", "서울역", "은평구청", "노원구청", "마포구 성산2동 주민센터", "서울글로벌센터", "서울시 외국인주민센터", "서울시청 다목적홀"}

// words are sentences with ordinary words that look like names.
var words = []struct{ pre, word, post string }{
	{"긴급복지 ", "지원", " 대상 여부를 검토하였다."},
	{"민원 창구를 ", "하나", "로 통합하여 운영한다."},
	{"경북 ", "구미", "시 소재 협력업체와 일정을 협의하였다."},
	{"관련 자료를 ", "정리", "하여 보고한다."},
	{"시민 불편이 ", "한결", " 줄어들 것으로 기대된다."},
	{"현장 ", "지원", "반을 편성하여 운영 중이다."},
	{"국민", "보람", " 일자리 사업과 연계한다."},
	{"추진 상황을 ", "정리", "한 결과는 다음과 같다."},
	{"", "하나", "하나 점검하여 누락이 없도록 한다."},
	{"분야별 ", "지원", "금 지급 기준은 붙임과 같다."},
}

func (b *builder) word() []seg {
	w := pick(b.r, words)
	return []seg{txt(w.pre), ng("word", w.word), txt(w.post)}
}
