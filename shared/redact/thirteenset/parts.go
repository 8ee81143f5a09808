package thirteenset

import (
	"fmt"
	"strings"
	"time"
)

// Shared parts of the kinds: rosters, public places, company identifiers.

// col is one roster column; items says how many items a row's cell holds.
type col struct {
	head  string
	items int
	f     func(t *table, i int, p *person) cell
}

func colNo(h string) col {
	return col{h, 0, func(t *table, i int, p *person) cell { return tx(fmt.Sprint(i + 1)) }}
}

func colName(h string) col {
	return col{h, 1, func(t *table, i int, p *person) cell { return t.nameCell(p) }}
}

func colBirth(h string, style int) col {
	return col{h, 1, func(t *table, i int, p *person) cell { return t.c("birth_date", p.birth(t.g.r, style)) }}
}

func colRRN(h string) col {
	return col{h, 1, func(t *table, i int, p *person) cell {
		if p.foreign {
			return t.c("frn", p.frn(t.g.r))
		}
		return t.c("rrn", p.rrn(t.g.r))
	}}
}

func colAddr(h string) col {
	return col{h, 1, func(t *table, i int, p *person) cell { return t.addrCell(p) }}
}

func colPhone(h string) col {
	return col{h, 1, func(t *table, i int, p *person) cell {
		r := t.g.r
		if p.y < 1955 && chance(r, 35) {
			a, m, l := landline(r)
			return t.c("landline", a+"-"+m+"-"+l)
		}
		return t.c("mobile", p.mob(r))
	}}
}

func colEmail(h string) col {
	return col{h, 1, func(t *table, i int, p *person) cell { return t.c("email", p.email(t.g.r)) }}
}

// colBankAcct puts the bank's name before the number in one cell.
func colBankAcct(h string) col {
	return col{h, 1, func(t *table, i int, p *person) cell {
		b, a := p.account(t.g.r)
		c := t.c("account", a)
		c.pre = b + pick(t.g.r, []string{" ", " ", "\n"})
		if t.place != "cells" {
			c.pre = b + " "
		}
		return c
	}}
}

func colBank(h string) col {
	return col{h, 0, func(t *table, i int, p *person) cell { b, _ := p.account(t.g.r); return tx(b) }}
}

func colAcct(h string) col {
	return col{h, 1, func(t *table, i int, p *person) cell { _, a := p.account(t.g.r); return t.c("account", a) }}
}

func colSex(h string) col {
	return col{h, 0, func(t *table, i int, p *person) cell {
		if p.female {
			return tx("여")
		}
		return tx("남")
	}}
}

func colText(h string, opts ...string) col {
	return col{h, 0, func(t *table, i int, p *person) cell { return tx(pick(t.g.r, opts)) }}
}

func colAmount(h string, lo, hi, step int) col {
	return col{h, 0, func(t *table, i int, p *person) cell {
		n := (lo + t.g.r.IntN((hi-lo)/step+1)*step)
		return ng("amount", commas(n))
	}}
}

func colPlate(h string) col {
	return col{h, 1, func(t *table, i int, p *person) cell { return t.c("vehicle_plate", plate(t.g.r)) }}
}

func colAge(h string) col {
	return col{h, 0, func(t *table, i int, p *person) cell { return tx(fmt.Sprintf("%d", t.g.date.Year()-p.y)) }}
}

func commas(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// roster writes a table (a title's "@" becomes the next letter) of up to want people, fewer if the item budget
// is short. It returns the people written.
func (g *gen) roster(title string, want int, mk func() *person, cols ...col) []*person {
	per := 0
	for _, c := range cols {
		per += c.items
	}
	rows := want
	if per > 0 && g.room()/per < rows {
		rows = g.room() / per
	}
	if rows < 2 || g.clean {
		return nil
	}
	if title != "" {
		if i := strings.Index(title, "@"); i >= 0 {
			title = title[:i] + g.l() + title[i+1:]
		}
		g.w(title, "\n")
	}
	heads := make([]string, len(cols))
	for i, c := range cols {
		heads[i] = c.head
	}
	t := g.table(heads...)
	var ps []*person
	for i := 0; i < rows; i++ {
		p := mk()
		ps = append(ps, p)
		row := make([]cell, len(cols))
		for j, c := range cols {
			row[j] = c.f(t, i, p)
		}
		t.add(row...)
	}
	t.write()
	return ps
}

// district returns the office's district, or a random Seoul one.
func (g *gen) district() *district {
	for i := range seoul {
		if seoul[i].gu == g.off.gu {
			return &seoul[i]
		}
	}
	return &seoul[g.r.IntN(len(seoul))]
}

// hdong names an administrative dong of d, as 주민센터 are named.
func (g *gen) hdong(d *district) string {
	dong := pick(g.r, d.dongs)
	base := dong
	if i := strings.Index(dong, "동"); i > 0 {
		base = dong[:i]
	}
	if chance(g.r, 50) {
		return fmt.Sprintf("%s%d동", base, 1+g.r.IntN(3))
	}
	return base + "동"
}

// facility writes a public facility's name and, sometimes, its address;
// both are places the redactor must leave alone.
func (g *gen) facility(d *district, withAddr bool) {
	r := g.r
	name := pick(r, []string{g.hdong(d) + " 주민센터", g.hdong(d) + " 주민센터", d.gu + "청", d.gu + " 보건소", d.gu + "립" + pick(r, []string{"도서관", "노인복지관", "장애인복지관", "청소년수련관"}), d.gu + " 가족센터"})
	g.neg("place", name)
	if withAddr {
		g.w("(")
		g.neg("place", fmt.Sprintf("%s %s %s %d", d.city, d.gu, pick(r, d.roads), 1+r.IntN(200)))
		g.w(")")
	}
}

func (g *gen) bizno() string {
	r := g.r
	d := []int{1 + r.IntN(8), r.IntN(10), r.IntN(10), 8, 1 + r.IntN(8)}
	for len(d) < 9 {
		d = append(d, r.IntN(10))
	}
	w := []int{1, 3, 7, 1, 3, 7, 1, 3, 5}
	sum := 0
	for i := range w {
		sum += d[i] * w[i]
	}
	sum += d[8] * 5 / 10
	d = append(d, (10-sum%10)%10)
	var b strings.Builder
	for i, x := range d {
		if i == 3 || i == 5 {
			b.WriteByte('-')
		}
		b.WriteByte(byte('0' + x))
	}
	return b.String()
}

// corpno is a 법인등록번호: registry office, corporation type, serial and
// check digit, in the 6-7 shape of a resident number.
func (g *gen) corpno() string {
	r := g.r
	s := pick(r, []string{"1101", "1101", "1311", "1201", "1150", "2841", "1346"}) + pick(r, []string{"11", "11", "11", "14", "21", "22"}) + digits(r, 6)
	sum := 0
	for i, c := range s {
		sum += int(c-'0') * (1 + i%2)
	}
	s += fmt.Sprint((10 - sum%10) % 10)
	return s[:6] + "-" + s[6:]
}

func (g *gen) receipt() string {
	return fmt.Sprintf("1AA-%02d%02d-%07d", g.date.Year()%100, int(g.date.Month()), g.r.IntN(10000000))
}

func (g *gen) caseno(kind string) string {
	return fmt.Sprintf("%d%s%d", g.date.Year()-g.r.IntN(2), kind, 1000+g.r.IntN(90000))
}

// word plants an ordinary word that could pass for a name.
func (g *gen) word(w string) { g.neg("word", w) }

// citizen and elder are the person makers most kinds use.
func (g *gen) citizen() *person { return g.newPerson(1950, 2001) }
func (g *gen) elder() *person   { return g.newPerson(1938, 1961) }
func (g *gen) youth() *person   { return g.newPerson(1991, 2006) }
func (g *gen) minor() *person   { return g.newPerson(g.date.Year()-18, g.date.Year()-12) }

// phoneOf writes a person's phone: mostly a mobile, sometimes a landline.
func (g *gen) phoneOf(p *person, place string) {
	r := g.r
	if chance(r, 15) {
		a, m, l := landline(r)
		v := a + "-" + m + "-" + l
		switch r.IntN(5) {
		case 0:
			v = "(" + a + ")" + m + "-" + l
		case 1:
			v = a + ")" + m + "-" + l
		case 2:
			v = a + "." + m + "." + l
		}
		g.val("landline", place, v)
		return
	}
	v := p.mob(r)
	if chance(r, 12) {
		v = strings.ReplaceAll(v, "-", pick(r, []string{"", "."}))
	}
	if p.foreign && chance(r, 30) {
		v = "+82 " + v[1:]
	}
	g.val("mobile", place, v)
}

// acctOf writes "은행 번호" with the bank nearby in one of the usual ways.
func (g *gen) acctOf(p *person, place string) {
	b, a := p.account(g.r)
	switch g.r.IntN(3) {
	case 0:
		g.w(b, " ")
		g.val("account", place, a)
	case 1:
		g.val("account", place, a)
		g.w("(", b, ")")
	default:
		g.w(b, " 계좌 ")
		g.val("account", place, a)
	}
}

// bullet varies the sub-item marks that clerks use.
func (g *gen) bullet(level int) string {
	switch level {
	case 0:
		return pick(g.r, []string{"  ○ ", "  ○ ", "  - ", "  □ "})
	}
	return pick(g.r, []string{"    - ", "    · ", "     ", "    ▪ "})
}

// stem drops the 동 and what follows from a dong name: 망원동 → 망원.
func stem(dong string) string {
	if i := strings.Index(dong, "동"); i > 3 {
		return dong[:i]
	}
	return dong
}

// scanned writes an application form as OCR gives it back from a scan,
// ending with the applicant's signature line.
func (g *gen) scanned(title string, p *person) {
	r := g.r
	g.w("\n  ※ 신청서 사본(스캔본 판독)\n")
	g.w(strings.Join(strings.Split(title, ""), " "), "\n")
	g.w(pick(r, []string{"성 명", "성  멍", "성 명"}), "  ")
	g.nm(p, "ocr", "")
	g.w(pick(r, []string{"   생년월일  ", "  생 년 월 일 ", "\n생년월일 "}))
	g.val("birth_date", "ocr", p.birth(r, pick(r, []int{0, 2, 3, 6})))
	g.w("\n주 소  ")
	q := "ocr"
	if chance(r, 30) {
		q = g.ctxOr("plain")
	}
	v := p.addr
	if q == "ocr" {
		v = ocr(r, v)
		if v == p.addr {
			q = g.ctxOr("plain")
		}
	}
	g.put("address", "ocr", q, v)
	g.w("\n", pick(r, []string{"연락처", "연 락 처", "전화번호"}), "  ")
	g.phoneOf(p, "ocr")
	g.w("\n위와 같이 신청합니다.\n")
	g.w(fmt.Sprintf("%d년  %d월  %d일\n", g.date.Year(), int(g.date.Month()), g.date.Day()))
	g.w(pick(r, []string{"신청인  ", "신청인(대표자)  ", "신 청 인 : "}))
	g.nm(p, "signature", pick(r, []string{"  (서명 또는 인)", " (인)", "   (서명)", ""}))
	g.w("\n", g.off.chief, " 귀하\n\n")
}

// mailHeader writes the header of a forwarded e-mail from a citizen.
func (g *gen) mailHeader(p *person, subject string) {
	r := g.r
	if chance(r, 50) {
		g.w("-----Original Message-----\nFrom: \"")
		g.nm(p, "email_header", "\" <")
		g.val("email", "email_header", p.email(r))
		g.w(">\nTo: <")
		g.neg("office_email", fmt.Sprintf("%s%s@%s", pick(r, []string{"minwon", "help", "sjh", "kms"}), digits(r, 2), g.off.domain))
		g.wf(">\nSent: %s\nSubject: %s\n\n", g.date.Add(time.Duration(-3*24*60+r.IntN(600)+420)*time.Minute).Format("Monday, January 2, 2006 3:04 PM"), subject)
		return
	}
	g.w("보낸 사람: ")
	g.nm(p, "email_header", " <")
	g.val("email", "email_header", p.email(r))
	g.w(">\n받는 사람: ")
	g.neg("office_email", fmt.Sprintf("%s%s@%s", pick(r, []string{"minwon", "civil", "jhl"}), digits(r, 2), "seoul.go.kr"))
	g.w("\n보낸 날짜: ")
	t := g.after(-2)
	g.neg("date", fmt.Sprintf("%d년 %d월 %d일", t.Year(), int(t.Month()), t.Day()))
	g.wf(" %s요일 오후 %d:%02d\n제목: %s\n\n", weekdays[t.Weekday()], 1+r.IntN(11), r.IntN(60), subject)
}

func colCard(h string) col {
	return col{h, 1, func(t *table, i int, p *person) cell { return t.c("card", card(t.g.r)) }}
}

// refunds writes the card refunds that double payments leave behind.
func (g *gen) refunds(title string) {
	if !g.can(8) || !chance(g.r, 50) {
		return
	}
	g.roster(title, 3+g.r.IntN(4), g.citizen, colNo("연번"), colName(pick(g.r, []string{"납부자", "성명", "결제자"})),
		colCard(pick(g.r, []string{"카드번호", "결제 카드번호", "승인 카드"})), colText("카드사", "신한카드", "KB국민카드", "삼성카드", "현대카드", "BC카드", "롯데카드"),
		colAmount("환급액", 10000, 300000, 1000))
}

// zipFor draws a postcode in the range of the address's province.
func zipFor(r interface{ IntN(int) int }, addr string) string {
	ranges := []struct {
		prefix string
		lo, hi int
	}{{"서울", 1000, 8899}, {"경기", 10000, 18599}, {"인천", 21000, 23199}, {"부산", 46000, 49599}, {"대구", 41000, 43099},
		{"대전", 34000, 35399}, {"광주", 61000, 62399}, {"충청남도", 31000, 33699}, {"전라북도", 54000, 56499}}
	for _, x := range ranges {
		if strings.HasPrefix(addr, x.prefix) {
			return fmt.Sprintf("%05d", x.lo+r.IntN(x.hi-x.lo))
		}
	}
	return fmt.Sprintf("%05d", 1000+r.IntN(7800)) // district-only addresses are Seoul's
}
