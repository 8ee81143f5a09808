package twelveset

import (
	"fmt"
	"math/rand/v2"
)

// org is an issuing office: its own contacts are public.
type org struct {
	name, head, addr, zip, tel, domain string
	depts                              []string
}

var orgs = []org{
	{"서울특별시", "서울특별시장", "서울특별시 중구 세종대로 110", "04524", "02-2133", "seoul.go.kr", []string{"복지정책과", "교통정책과", "감염병관리과", "외국인다문화담당관", "감사담당관", "인사과", "청년정책담당관", "도시계획과"}},
	{"서울특별시 마포구", "마포구청장", "서울특별시 마포구 월드컵로 212", "03937", "02-3153", "mapo.go.kr", []string{"복지정책과", "주차관리과", "보건행정과", "자치행정과", "감사담당관", "교육지원과"}},
	{"서울특별시 성동구", "성동구청장", "서울특별시 성동구 고산자로 270", "04750", "02-2286", "sd.go.kr", []string{"복지정책과", "교통행정과", "보건정책과", "감사담당관", "행정지원과", "지역경제과"}},
	{"부산광역시 해운대구", "해운대구청장", "부산광역시 해운대구 중동2로 11", "48095", "051-749", "haeundae.go.kr", []string{"복지정책과", "교통행정과", "보건행정과", "감사실", "총무과", "교육청소년과"}},
	{"수원시", "수원시장", "경기도 수원시 팔달구 효원로 241", "16490", "031-228", "suwon.go.kr", []string{"복지여성국 복지정책과", "교통정책과", "감염병관리과", "감사관", "인사과", "외국인복지과"}},
	{"대전광역시 서구", "대전광역시 서구청장", "대전광역시 서구 둔산서로 100", "35242", "042-288", "seogu.go.kr", []string{"복지정책과", "교통과", "보건행정과", "감사실", "자치행정과", "평생학습과"}},
}

type official struct{ name, pos string }

// frame is what every 기안문 carries around its body: the office, its
// officials in their duties, its numbers.
type frame struct {
	o        org
	dept     string
	drafter  official
	checker  official
	approver official
	docNo    string
	date     string
}

func newFrame(r *rand.Rand) frame {
	o := pick(r, orgs)
	return frame{
		o:        o,
		dept:     pick(r, o.depts),
		drafter:  official{korName(r), pick(r, []string{"주무관", "행정주사보", "행정주사", "보건주사", "사회복지주사"})},
		checker:  official{korName(r), pick(r, []string{"팀장", "주무관", "담당"})},
		approver: official{korName(r), pick(r, []string{"과장", "국장", "담당관", "소장"})},
		docNo:    fmt.Sprintf("-%d", 1000+r.IntN(60000)),
		date:     fmt.Sprintf("2026. %d. %d.", 1+r.IntN(11), 1+r.IntN(28)),
	}
}

// head writes the 기안문's head. to is written by the caller when the
// document is addressed to a citizen.
func (d *doc) head(f frame, title string, to func()) {
	d.t(f.o.name + "\n")
	if d.format == "hwp" || d.format == "hwpx" {
		// HWP puts the empty paragraph under the office's name on a line.
		d.t(pick(d.r, []string{"", "\n"}))
	}
	d.t("수신")
	d.t(pick(d.r, []string{"  ", "\t", " "}))
	if to != nil {
		to()
	} else {
		d.t(pick(d.r, []string{"내부결재", "수신자 참조", f.o.head + "(" + f.dept + ")", "각 동 주민센터장"}))
	}
	d.t("\n")
	d.t(pick(d.r, []string{"(경유)\n", ""}))
	d.t("제목" + pick(d.r, []string{"  ", "\t", " "}) + title + "\n\n")
}

// foot writes the 결재 line and the office's contacts: only negatives.
func (d *doc) foot(f frame) {
	d.t("\n" + pick(d.r, []string{"끝.", "  끝.", "(끝)"}) + "\n\n")
	d.t(f.o.head + "\n")
	switch d.format {
	case "pdf":
		d.t(f.drafter.pos + " ")
		d.official(f.drafter.name)
		d.t(" " + f.checker.pos + " ")
		d.official(f.checker.name)
		d.t(" " + f.approver.pos + " ")
		d.official(f.approver.name)
		d.t("\n")
	default:
		d.t(f.drafter.pos + "\t")
		d.official(f.drafter.name)
		d.t("\t" + f.checker.pos + "\t")
		d.official(f.checker.name)
		d.t("\t" + f.approver.pos + pick(d.r, []string{"\t", " 전결 "}))
		d.official(f.approver.name)
		d.t("\n")
	}
	d.t("협조자\n시행\t")
	d.neg("docno", f.dept+f.docNo)
	d.t(" (")
	d.neg("date", f.date)
	d.t(")\t접수\n우 ")
	d.neg("zip", f.o.zip)
	d.t(" ")
	d.neg("office_address", f.o.addr)
	d.t(pick(d.r, []string{" / ", "  ", "\n"}))
	d.t("http://www." + f.o.domain + "\n전화 ")
	d.neg("office_phone", fmt.Sprintf("%s-%04d", f.o.tel, d.r.IntN(10000)))
	d.t(pick(d.r, []string{" 전송 ", " /팩스 ", "  FAX "}))
	d.neg("office_fax", fmt.Sprintf("%s-%04d", f.o.tel, d.r.IntN(10000)))
	d.t(" / ")
	d.neg("office_email", pick(d.r, []string{"min", "kwon", "jh", "sj", "yk", "hs"})+fmt.Sprint(d.r.IntN(99))+"@"+f.o.domain)
	d.t(" / " + pick(d.r, []string{"공개", "부분공개(6)", "비공개(6)"}) + "\n")
}

// contact writes the prose "문의: 담당자 이름 (전화)" line: an official
// with the office phone, both public.
func (d *doc) contact(f frame) {
	d.t(pick(d.r, []string{"※ 문의: ", "문의처: ", "담당: "}) + f.dept + " ")
	d.official(f.drafter.name)
	d.t(" " + f.drafter.pos + " (")
	d.neg("office_phone", fmt.Sprintf("%s-%04d", f.o.tel, d.r.IntN(10000)))
	d.t(")\n")
}

func money(r *rand.Rand) string {
	return fmt.Sprintf("%d,%03d,000원", 1+r.IntN(9), r.IntN(1000))
}

func bizNo(r *rand.Rand) string {
	return fmt.Sprintf("%03d-%02d-%05d", 101+r.IntN(800), 10+r.IntN(80), r.IntN(100000))
}

func corpNo(r *rand.Rand) string {
	return fmt.Sprintf("%s-%s", pick(r, []string{"110111", "110112", "131111", "180111", "134511"}), digits(r, 7))
}

var companies = []string{"(주)한빛엔지니어링", "주식회사 다온건설", "(주)서해환경", "㈜미래정보기술", "한결종합건설(주)", "(주)누리시스템", "대성산업 주식회사", "(유)청솔조경", "(주)하나로테크", "정우설비(주)"}

var statutes = []string{"「행정심판법」 제46조", "「보조금 관리에 관한 법률」 제17조", "「주차장법」 제29조", "「질서위반행위규제법」 제16조", "「지방공무원법」 제72조", "「지방공무원 징계 및 소청 규정」 제2조", "「감염병의 예방 및 관리에 관한 법률」 제18조", "「재난안전법」 제66조", "「공공감사에 관한 법률」 제23조", "「민원 처리에 관한 법률」 제27조", "「도로교통법」 제32조", "「재한외국인 처우 기본법」 제12조"}

// lookalikes are ordinary words and places that a careless name reader
// would take for names.
var lookalikes = []string{"한강공원", "정원박람회", "조정위원회", "강화도", "이사회", "박수", "유지관리", "신청서", "김장나눔", "장기미집행", "최고가", "배수로", "송파나루공원", "문화예술회관", "황학동 벼룩시장", "구민체육센터", "남산도서관", "서울시청 서소문청사", "주민센터"}

func (d *doc) lookalike() {
	d.neg("word", pick(d.r, lookalikes))
}

// reference writes the note on contracts, budget and grounds that many
// 기안문 carry: public numbers, companies, statutes, places and ordinary
// words only.
func (d *doc) reference() {
	r := d.r
	d.t(pick(r, []string{"※ 참고: ", "<참고> ", "※ 관련 사업: "}))
	switch r.IntN(3) {
	case 0:
		d.t("위탁기관 ")
		d.neg("company", pick(r, companies))
		d.t("(사업자등록번호 ")
		d.neg("bizno", bizNo(r))
		d.t(", 법인등록번호 ")
		d.neg("corpno", corpNo(r))
		d.t("), 위탁금 ")
		d.neg("amount", money(r))
	case 1:
		d.t("입찰공고번호 ")
		d.neg("bidno", fmt.Sprintf("%d%02d%05d-00", 2026, 1+r.IntN(12), r.IntN(100000)))
		d.t(", 계약상대자 ")
		d.neg("company", pick(r, companies))
		d.t(" 대표 ")
		d.neg("bizno", bizNo(r))
	default:
		d.neg("statute", pick(r, statutes))
		d.t(", ")
		d.neg("date", fmt.Sprintf("%d. %d. %d.", 2025+r.IntN(2), 1+r.IntN(12), 1+r.IntN(28)))
		d.t(" 시행, 장소 ")
		d.lookalike()
	}
	d.t("\n")
}
