package ninthset

import (
	"fmt"
	"strings"
)

// office is the issuing body: its public contacts are hard negatives.
type office struct {
	name, head, zip, addr, tel, domain, site string
}

var offices = []office{
	{"서울특별시 은평구", "은평구청장", "03384", "서울특별시 은평구 은평로 195", "02-351-", "ep.go.kr", "www.ep.go.kr"},
	{"서울특별시 노원구", "노원구청장", "01689", "서울특별시 노원구 노해로 437", "02-2116-", "nowon.kr", "www.nowon.kr"},
	{"서울특별시 강서구", "강서구청장", "07658", "서울특별시 강서구 화곡로 302", "02-2600-", "gangseo.seoul.kr", "www.gangseo.seoul.kr"},
	{"서울특별시 중랑구", "중랑구청장", "02043", "서울특별시 중랑구 봉화산로 179", "02-2094-", "jungnang.go.kr", "www.jungnang.go.kr"},
	{"서울특별시", "서울특별시장", "04524", "서울특별시 중구 세종대로 110", "02-2133-", "seoul.go.kr", "www.seoul.go.kr"},
	{"경기도 부천시", "부천시장", "14598", "경기도 부천시 길주로 210", "032-625-", "korea.kr", "www.bucheon.go.kr"},
	{"서울특별시 동작구", "동작구청장", "06928", "서울특별시 동작구 장승배기로 161", "02-820-", "dongjak.go.kr", "www.dongjak.go.kr"},
	{"고양특례시", "고양특례시장", "10464", "경기도 고양시 덕양구 고양시청로 10", "031-8075-", "korea.kr", "www.goyang.go.kr"},
	{"서울특별시 성북구", "성북구청장", "02848", "서울특별시 성북구 보문로 168", "02-2241-", "sb.go.kr", "www.sb.go.kr"},
}

// official is a public servant in the 결재 line: named in duty, exempt.
type official struct{ name, rank string }

var officialNames = []string{"구본석", "모지현", "탁재민", "위성희", "여운태", "편다인", "국성민", "어수진", "봉준열", "변혜린",
	"길태현", "도하나", "피경수", "경민아", "하지석", "소윤정", "마동훈", "예승리", "빈수경", "용태오", "함정란", "진보람", "왕혜숙", "엄기택"}

// startDoc chooses the office and the officials, who are exempt and never
// share a name with a citizen.
func (b *builder) startDoc(depts []string) {
	r := b.r
	b.org = pick(r, offices)
	b.dept = pick(r, depts)
	ranks := [][]string{{"주무관", "행정주무관", "주무관", "사회복지주무관"}, {"팀장", "팀장", "담당"}, {"과장", "과장", "국장", "단장"}}
	for k := 0; k < 3; k++ {
		for {
			n := pick(r, officialNames)
			if !b.used[n] {
				b.used[n] = true
				b.staff = append(b.staff, official{n, pick(r, ranks[k])})
				b.doc.Exempt = append(b.doc.Exempt, n)
				break
			}
		}
	}
}

// header writes the letterhead: office, 수신, 경유, 제목.
func (b *builder) header(recv cell, title string) {
	r := b.r
	b.w(b.org.name, "\n")
	if chance(r, 3) {
		b.w(pick(r, []string{"주민과 함께하는 ", "더불어 행복한 ", "살기 좋은 "}), strings.TrimPrefix(b.org.name, "서울특별시 "), "\n")
	}
	b.w("\n")
	sep := pick(r, []string{"  ", "\t", " ", ": "})
	b.w("수신", sep)
	b.putc("header", "수신", recv)
	b.w("\n")
	b.w("(경유)", sep, "\n")
	b.w("제목", sep, title, "\n\n")
}

// recvInternal is the 수신 of an internal approval.
func (b *builder) recvInternal() cell {
	return litc(pick(b.r, []string{"내부결재", "수신자 참조", "내부결재", b.dept + "장", "○○○○장(○○○○과장)"}))
}

// date is a date that is not a birth: a negative.
func (b *builder) date() piece {
	r := b.r
	y, m, d := 2023+r.IntN(4), 1+r.IntN(12), 1+r.IntN(28)
	switch r.IntN(4) {
	case 0:
		return negp("date", fmt.Sprintf("%d. %d. %d.", y, m, d))
	case 1:
		return negp("date", fmt.Sprintf("%d.%02d.%02d.", y, m, d))
	case 2:
		return negp("date", fmt.Sprintf("%d년 %d월 %d일", y, m, d))
	}
	return negp("date", fmt.Sprintf("%d-%02d-%02d", y, m, d))
}

func (b *builder) amount() piece {
	r := b.r
	switch r.IntN(4) {
	case 0:
		return negp("amount", fmt.Sprintf("%d,%03d,000원", 1+r.IntN(90), r.IntN(1000)))
	case 1:
		return negp("amount", fmt.Sprintf("금%d,%03d,%03d원", 1+r.IntN(9), r.IntN(1000), r.IntN(100)*10))
	case 2:
		return negp("amount", fmt.Sprintf("%d만원", 10+r.IntN(990)))
	}
	return negp("amount", fmt.Sprintf("%d,%03d", 100+r.IntN(900), r.IntN(100)*10))
}

var statutes = []string{"민원 처리에 관한 법률", "행정절차법", "지방자치법", "보조금 관리에 관한 법률", "지방재정법", "폐기물관리법",
	"건축법", "도로교통법", "주차장법", "공공기관의 정보공개에 관한 법률", "개인정보 보호법", "지방계약법", "재한외국인 처우 기본법",
	"공공감사에 관한 법률", "식품위생법", "국토의 계획 및 이용에 관한 법률", "하천법", "옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률"}

func (b *builder) statute() piece {
	r := b.r
	s := pick(r, statutes)
	switch r.IntN(4) {
	case 0:
		return negp("statute", fmt.Sprintf("「%s」 제%d조제%d항", s, 2+r.IntN(60), 1+r.IntN(5)))
	case 1:
		return negp("statute", fmt.Sprintf("%s 제%d조", s, 2+r.IntN(80)))
	case 2:
		return negp("statute", fmt.Sprintf("같은 법 시행령 제%d조의%d", 2+r.IntN(40), 2+r.IntN(3)))
	}
	return negp("statute", fmt.Sprintf("「%s」 제%d조제%d항제%d호", s, 2+r.IntN(60), 1+r.IntN(5), 1+r.IntN(9)))
}

var companies = []string{"(주)한빛토건", "주식회사 다온이엔씨", "새길건설(주)", "(주)푸른숲조경", "미래안전기술(주)", "(주)청람정보통신",
	"주식회사 누리에듀", "(유)가온환경", "(주)대한방재", "바른회계법인", "(주)솔빛미디어", "(주)서진엔지니어링", "한결인쇄", "(주)정민테크",
	"(주)이화기공", "박달산업(주)", "최고인테리어", "조은건설(주)", "한솔조경(주)", "(주)김포물산", "장수식품(주)", "(주)윤슬디자인",
	"(사)희망나눔연대", "(주)강산전기", "신일냉동(주)", "(주)민영소방", "(합)동해수산", "(주)하늘교육컨설팅", "(주)오성산업",
	"제일문구사", "(주)우리경비시스템", "(주)송림청소", "(주)홍익감정평가법인"}

func (b *builder) company() piece { return negp("company", pick(b.r, companies)) }

// bizno is a business registration number: 123-45-67890.
func (b *builder) bizno() piece {
	r := b.r
	return negp("bizno", fmt.Sprintf("%d%s-%s-%s", 1+r.IntN(8), digits(b.r, 2), pick(r, []string{"81", "86", "87", "88", "01", "12", "22", "05"}), digits(b.r, 5)))
}

// corpno is a corporate registration number, shaped like a resident's
// one (6-7 digits) but public.
func (b *builder) corpno() piece {
	r := b.r
	return negp("corpno", fmt.Sprintf("%s%s-%s", pick(r, []string{"1101", "1144", "1301", "1201", "1350", "2841", "1345"}),
		pick(r, []string{"11", "71", "81", "31"}), digits(r, 7)))
}

// bidno is a 입찰공고번호 of the public procurement service.
func (b *builder) bidno() piece {
	r := b.r
	if chance(r, 2) {
		return negp("bidno", fmt.Sprintf("R%d%s%s-00", 24+r.IntN(3), pick(r, []string{"BK", "TE", "DD"}), digits(r, 8)))
	}
	return negp("bidno", fmt.Sprintf("20%d%s-%02d", 23+r.IntN(4), digits(r, 9), r.IntN(3)))
}

// receipt is a 국민신문고 or 새올 receipt number.
func (b *builder) receipt() piece {
	r := b.r
	switch r.IntN(3) {
	case 0:
		return negp("receipt", fmt.Sprintf("%dAA-%d%02d-%s", 1+r.IntN(2), 23+r.IntN(4), 1+r.IntN(12), digits(r, 7)))
	case 1:
		return negp("receipt", fmt.Sprintf("제%d-%s호", 2023+r.IntN(4), digits(r, 5)))
	}
	return negp("receipt", fmt.Sprintf("%d%s", 2023+r.IntN(4), digits(r, 10)))
}

// caseno is a court or police case number.
func (b *builder) caseno() piece {
	r := b.r
	return negp("caseno", fmt.Sprintf("%d%s%d", 2022+r.IntN(5), pick(r, []string{"고단", "고합", "구합", "구단", "형제", "가단", "타경", "누"}), 100+r.IntN(90000)))
}

// docno is a document number of the office.
func (b *builder) docno() piece {
	return negp("docnum", fmt.Sprintf("%s-%d", b.dept, 100+b.r.IntN(19000)))
}

func (b *builder) officePhone() piece {
	return negp("office_phone", b.org.tel+fmt.Sprint(1000+b.r.IntN(9000)))
}

func (b *builder) officeMail(o official) piece {
	r := b.r
	l := pick(r, mailLocals)
	local := pick(r, []string{"", "k", "j", "s"}) + l[:min(len(l), 3+r.IntN(3))] + digits(r, r.IntN(4))
	return negp("office_email", local+"@"+b.org.domain)
}

// remark is the 비고 of a row: a short ordinary word, several opening
// with a surname syllable, beside a name. It must stay.
func (b *builder) remark() piece {
	return negp("word", pick(b.r, []string{"신규", "연장", "추가", "변경", "정리", "유지", "우선", "임시", "한정", "전출", "재지급",
		"보류", "조사중", "강화", "장기", "신청", "이상 없음", "정정", "차액", "김장철"}))
}

// signoff writes the closing line, the 결재 line and the footer with the
// office's public contacts.
func (b *builder) signoff() {
	r := b.r
	b.w("\n")
	if !chance(r, 3) {
		if b.ended {
			b.w("※ ")
		}
		b.aside()
	}
	if !b.ended && chance(r, 2) {
		b.w(pick(r, []string{"끝.", "  끝.", "끝."}), "\n\n")
	}
	b.w(b.org.head, pick(r, []string{"", "  (직인생략)", " [직인생략]"}), "\n\n")
	s := b.staff
	switch r.IntN(4) {
	case 0:
		b.w(s[0].rank, " ")
		b.put("sign", "", negp("official", s[0].name))
		b.w("    ", s[1].rank, " ")
		b.put("sign", "", negp("official", s[1].name))
		b.w("    ", s[2].rank, pick(r, []string{" 전결 ", " "}))
		b.put("sign", "", b.date())
		b.w(" ")
		b.put("sign", "", negp("official", s[2].name))
		b.w("\n")
	case 1:
		b.w("기안자 ", s[0].rank, " ")
		b.put("sign", "", negp("official", s[0].name))
		b.w("\n검토자 ", s[1].rank, " ")
		b.put("sign", "", negp("official", s[1].name))
		b.w("\n결재권자 ", s[2].rank, " ")
		b.put("sign", "", negp("official", s[2].name))
		b.w("\n")
	case 2:
		b.w("| ", s[0].rank, " | ", s[1].rank, " | ", s[2].rank, " |\n| ")
		b.put("sign", "", negp("official", s[0].name))
		b.w(" | ")
		b.put("sign", "", negp("official", s[1].name))
		b.w(" | ")
		b.put("sign", "", negp("official", s[2].name))
		b.w(" |\n")
	default:
		for _, o := range s {
			b.w(o.rank, "\n")
			b.put("sign", "", negp("official", o.name))
			b.w("\n")
		}
	}
	b.w("협조자\n시행 ")
	b.put("footer", "", b.docno())
	b.w(" (")
	b.put("footer", "", b.date())
	b.w(")  접수\n")
	b.w("우 ", b.org.zip, " ")
	b.put("footer", "", negp("office_addr", b.org.addr))
	if chance(r, 2) {
		b.w(pick(r, []string{" 구청 본관 ", " 별관 ", " 신관 "}), fmt.Sprint(2+r.IntN(7)), "층 ", b.dept)
	}
	b.w(" / ", b.org.site, "\n")
	b.w(pick(r, []string{"전화번호 ", "전화 ", "☎ ", "Tel. "}))
	b.put("footer", "", b.officePhone())
	b.w(pick(r, []string{"  전송 ", " / 팩스 ", "  FAX "}))
	b.put("footer", "", b.officePhone())
	b.w(" / ")
	b.put("footer", "", b.officeMail(s[0]))
	b.w(pick(r, []string{" / 대국민 공개", " / 부분공개(6)", " / 비공개(6)", " / 공개"}), "\n")
}

// ---- tables and forms ----

// table writes a table in one of the layouts text extraction gives:
// pipe rows, tab-joined rows, space-aligned columns, one cell per line,
// or each row transposed to key/value lines.
func (b *builder) table(head []string, rows [][]cell) {
	r := b.r
	switch r.IntN(6) {
	case 0, 1:
		b.w("| ", strings.Join(head, " | "), " |\n")
		if chance(r, 2) {
			b.w("|", strings.Repeat("---|", len(head)), "\n")
		}
		for _, row := range rows {
			b.w("|")
			for j, c := range row {
				b.w(" ")
				b.putc("table.pipe", head[j], c)
				b.w(" |")
			}
			b.w("\n")
		}
	case 2:
		b.w(strings.Join(head, "\t"), "\n")
		for _, row := range rows {
			for j, c := range row {
				if j > 0 {
					b.w("\t")
				}
				b.putc("table.tab", head[j], c)
			}
			b.w("\n")
		}
	case 3:
		wd := make([]int, len(head))
		for j, h := range head {
			wd[j] = width(h)
		}
		for _, row := range rows {
			for j, c := range row {
				wd[j] = max(wd[j], width(c.String()))
			}
		}
		pad := func(j int, s string) {
			if j < len(head)-1 {
				b.w(strings.Repeat(" ", wd[j]-width(s)+2))
			}
		}
		for j, h := range head {
			b.w(h)
			pad(j, h)
		}
		b.w("\n")
		for _, row := range rows {
			for j, c := range row {
				b.putc("table.space", head[j], c)
				pad(j, c.String())
			}
			b.w("\n")
		}
	case 4:
		for _, h := range head {
			b.w(h, "\n")
		}
		for _, row := range rows {
			for j, c := range row {
				b.putc("table.cell", head[j], c)
				b.w("\n")
			}
		}
	default:
		sep := pick(r, []string{": ", " : ", "\t", " "})
		for i, row := range rows {
			if chance(r, 2) {
				b.w(fmt.Sprintf("[%d]\n", i+1))
			} else if i > 0 {
				b.w("\n")
			}
			for j, c := range row {
				b.w(head[j], sep)
				b.putc("table.kv", head[j], c)
				b.w("\n")
			}
		}
	}
}

// alias is another way forms write a key: 이름 for 성명, 연락처 for 휴대전화.
func (b *builder) alias(key string) string {
	as := map[string][]string{
		"성명":     {"성명", "이름", "성 명", "성명(한글)"},
		"휴대전화":   {"휴대전화", "휴대폰", "연락처(HP)", "핸드폰"},
		"전화":     {"전화", "연락처", "전화번호"},
		"주소":     {"주소", "주 소", "주소지", "현 주소"},
		"생년월일":   {"생년월일", "생 년 월 일", "출생일"},
		"전자우편":   {"전자우편", "이메일", "E-mail"},
		"민원인 성명": {"민원인 성명", "민원인", "신청인 성명"},
	}[key]
	if len(as) == 0 {
		return key
	}
	return pick(b.r, as)
}

// field is one key and its value in a form.
type field struct {
	key string
	val cell
}

// form writes a single record as the forms of approval documents give it:
// "key: value" lines, two pairs to a pipe row, key and value on lines of
// their own, or a tab between them.
func (b *builder) form(fs []field) {
	r := b.r
	for i := range fs {
		fs[i].key = b.alias(fs[i].key)
	}
	switch r.IntN(5) {
	case 0, 1:
		sep := pick(r, []string{": ", " : ", "： ", " "})
		bullet := pick(r, []string{"", "- ", "○ ", "· "})
		for _, f := range fs {
			b.w(bullet, f.key, sep)
			b.putc("form.kv", f.key, f.val)
			b.w("\n")
		}
	case 2:
		for i := 0; i < len(fs); i += 2 {
			b.w("| ", fs[i].key, " | ")
			b.putc("form.pipe", fs[i].key, fs[i].val)
			if i+1 < len(fs) {
				b.w(" | ", fs[i+1].key, " | ")
				b.putc("form.pipe", fs[i+1].key, fs[i+1].val)
			}
			b.w(" |\n")
		}
	case 3:
		for _, f := range fs {
			b.w(f.key, "\n")
			b.putc("form.cell", f.key, f.val)
			b.w("\n")
		}
	default:
		for _, f := range fs {
			b.w(f.key, "\t")
			b.putc("form.tab", f.key, f.val)
			b.w("\n")
		}
	}
}

// numbered returns the heading of the k-th item at a level: 1. 2. …,
// 가. 나. …, 1) 2) …, or the bullets ○ and -.
func numbered(level, k int) string {
	switch level {
	case 0:
		return fmt.Sprintf("%d. ", k+1)
	case 1:
		return "  " + string([]rune("가나다라마바사아자차카타파하")[k%14]) + ". "
	case 2:
		return fmt.Sprintf("    %d) ", k+1)
	}
	return "   - "
}

// attachments writes the 붙임 list; names pieces may carry a person.
func (b *builder) attachments(items ...cell) {
	r := b.r
	if len(items) == 0 {
		return
	}
	b.w("\n붙임", pick(r, []string{"  ", " ", "\t"}))
	for i, it := range items {
		if len(items) > 1 {
			if i > 0 {
				b.w("      ")
			}
			b.w(fmt.Sprintf("%d. ", i+1))
		}
		b.putc("attach", "붙임", it)
		b.w(pick(r, []string{" 1부.", " 1부", " 각 1부.", " 1부."}))
		if i == len(items)-1 {
			b.w("  끝.")
			b.ended = true
		}
		b.w("\n")
	}
}
