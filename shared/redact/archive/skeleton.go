package archive

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// official is a public servant acting in duty.
type official struct{ name, pos string }

// doc is one document being written.
type doc struct {
	*builder
	kind   string
	clean  bool
	fmt    string // hwp, hwpx, pdf, docx: what the text was extracted from
	org    org
	dept   string
	team   string
	date   date
	ds     int // date style of the document's own dates
	serial int
	mark   string // 전결, 대결 or nothing
	coop   []official
	names  map[string]bool
	bul    []string // bullet patterns by level
	count  []int    // items so far at each level

	drafter, reviewer, approver official
}

func newDoc(r *rand.Rand, kind string, clean bool) *doc {
	d := &doc{
		builder: &builder{r: r, wordP: 0.3},
		kind:    kind,
		clean:   clean,
		names:   map[string]bool{},
	}
	d.fmt = pick(r, []string{"hwp", "hwp", "hwp", "hwp", "hwp", "hwp", "hwp", "hwpx", "hwpx", "hwpx", "hwpx", "pdf", "pdf", "pdf", "pdf", "pdf", "pdf", "docx", "docx", "docx"})
	d.date = randDate(r, 2019, 2025)
	d.ds = pick(r, []int{0, 0, 0, 0, 1, 2, 3, 4})
	d.serial = between(r, 1000, 39999)
	d.bul = pick(r, [][]string{
		{"N.", "K.", "N)", "K)"},
		{"□", "○", "-", "·"},
		{"R.", "N.", "K.", "(N)"},
		{"N.", "K.", "(N)", "(K)"},
		{"■", "▶", "-", "※"},
		{"□", "ㅇ", "-", "·"},
	})
	if d.fmt == "pdf" {
		d.width = between(r, 36, 50)
	}
	return d
}

// setup chooses the issuing organisation among the kinds given ("city",
// "gu", "agency", "dong"), a department (the first of prefer it has) and
// the officials.
func (d *doc) setup(orgKinds string, prefer ...string) {
	r := d.r
	var cands []org
	for _, k := range strings.Split(orgKinds, ",") {
		switch k {
		case "city":
			cands = append(cands, cities...)
			cands = append(cands, cities...)
		case "gu":
			for _, g := range gus {
				g.kind, g.depts = "gu", guDepts
				cands = append(cands, g)
			}
		case "agency":
			cands = append(cands, agencies...)
		case "dong":
			dg := pick(r, dongs)
			for _, g := range gus {
				if g.short == dg.gu {
					o := g
					o.kind = "dong"
					o.name = g.name + " " + dg.dong
					o.short = dg.dong
					o.head = g.name + " " + dg.dong + "장"
					o.addr = dg.addr
					o.post = "0" + digits(r, 4)
					o.depts = []string{"맞춤형복지팀", "행정민원팀", "주민자치팀"}
					cands = append(cands, o, o, o)
				}
			}
		}
	}
	d.org = pick(r, cands)
	d.dept = ""
	for _, p := range prefer {
		for _, x := range d.org.depts {
			if x == p && d.dept == "" && r.IntN(4) > 0 {
				d.dept = x
			}
		}
	}
	if d.dept == "" {
		d.dept = pick(r, d.org.depts)
	}
	d.team = teamOf(r, d.dept, d.org.kind)
	d.officials()
}

// moveTo hands the document to another department of the same
// organisation: the team and the positions follow, the officials stay.
func (d *doc) moveTo(dept string) {
	d.dept = dept
	d.team = teamOf(d.r, dept, d.org.kind)
	d.reviewer.pos = d.team + "장"
	if d.org.kind == "agency" {
		d.reviewer.pos = "팀장"
	}
	switch {
	case d.org.kind == "dong":
	case strings.HasSuffix(dept, "담당관"):
		d.approver.pos = dept
	default:
		d.approver.pos = dept + "장"
	}
}

func teamOf(r *rand.Rand, dept, kind string) string {
	if kind == "dong" {
		return dept
	}
	base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(dept, "과"), "담당관"), "처")
	base = strings.TrimSuffix(strings.TrimSuffix(base, "실"), "부")
	if i := strings.LastIndexByte(base, ' '); i >= 0 {
		base = base[i+1:]
	}
	return base + pick(r, []string{"팀", "기획팀", "지원팀", "관리팀", "운영팀"})
}

// person makes a citizen whose name no one else in the document has.
func (d *doc) person(minAge, maxAge int) *person {
	for {
		p := newPerson(d.r, d.date.y, minAge, maxAge)
		if d.free(p.sur + p.given) {
			return p
		}
	}
}

func (d *doc) foreigner() *person {
	for {
		p := newForeigner(d.r, d.date.y)
		if d.free(p.hangulName()) && d.free(p.sur+p.given) {
			return p
		}
	}
}

// free reserves a name; it fails when the name, or a name it contains or
// is contained in, is already used, so that every mention is one person's.
func (d *doc) free(n string) bool {
	if n == "" {
		return true
	}
	for m := range d.names {
		if strings.Contains(m, n) || strings.Contains(n, m) {
			return false
		}
	}
	d.names[n] = true
	return true
}

func (d *doc) officials() {
	r := d.r
	mk := func(pos string) official {
		for {
			p := newPerson(r, d.date.y, 28, 58)
			if utf8Len(p.given) == 2 && d.free(p.sur+p.given) {
				return official{p.sur + p.given, pos}
			}
		}
	}
	head := d.dept + "장"
	if strings.HasSuffix(d.dept, "담당관") {
		head = d.dept
	}
	switch d.org.kind {
	case "agency":
		d.drafter = mk(pick(r, []string{"대리", "주임", "과장", "차장"}))
		d.reviewer = mk(pick(r, []string{"팀장", d.team + "장", "부장"}))
		d.approver = mk(head)
	case "dong":
		d.drafter = mk(pick(r, []string{"주무관", "주무관", "사회복지주사", "행정주사보"}))
		d.reviewer = mk(d.team + "장")
		d.approver = mk(d.org.short + "장")
	default:
		d.drafter = mk(pick(r, []string{"주무관", "주무관", "주무관", "행정주사", "실무관", "사회복지주사", "지방행정주사보"}))
		d.reviewer = mk(d.team + "장")
		d.approver = mk(head)
	}
	d.mark = pick(r, []string{"전결", "전결", "", "대결"})
	d.coop = nil
	if r.IntN(2) == 0 {
		d.coop = append(d.coop, mk(pick(r, []string{"재무과장", "기획예산과장", "총무과장", "법무팀장", "주무관", "예산팀장"})))
	}
	d.doc.Exempt = []string{d.drafter.name, d.approver.name}
}

func utf8Len(s string) int { return runeLen(s) }

// Negatives the documents use everywhere.

func (d *doc) dt(t date) piece { return ng("date", t.official(d.ds)) }

func (d *doc) today() piece { return d.dt(d.date) }

func (d *doc) off(o official) piece { return ng("official", o.name) }

func amount(r *rand.Rand, lo, hi int) piece {
	n := between(r, lo, hi)
	switch r.IntN(5) {
	case 0:
		return ng("amount", "금"+comma(n*1000)+"원")
	case 1:
		return ng("amount", comma(n)+"천원")
	case 2:
		return ng("amount", "₩"+comma(n*1000))
	}
	return ng("amount", comma(n*1000)+"원")
}

func comma(n int) string {
	s := fmt.Sprint(n)
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

// officeNo writes the office exchange and an extension in one of the
// notations offices use; kind is office_phone or fax.
func (d *doc) officeNo(kind string) piece {
	t := d.org.tel
	if !strings.HasSuffix(t, "-") { // a call-centre style number
		return ng(kind, t)
	}
	g := strings.Split(strings.TrimSuffix(t, "-"), "-")
	p := phone{g[0], g[1], digits(d.r, 4)}
	switch d.r.IntN(8) {
	case 0:
		return ng(kind, p.mid+"-"+p.last)
	case 1:
		return ng(kind, phoneText(p, 6))
	case 2:
		return ng(kind, phoneText(p, 7))
	case 3:
		return ng(kind, phoneText(p, 3))
	}
	return ng(kind, phoneText(p, 0))
}

func (d *doc) officeMail(o official) piece {
	sur, given := []rune(o.name)[:1], []rune(o.name)[1:]
	var local string
	switch d.r.IntN(4) {
	case 0:
		local = romanize(string(given)) + strings.ToLower(latinSurname(string(sur)))
	case 1:
		local = strings.ToLower(latinSurname(string(sur))) + romanize(string(given)) + digits(d.r, 2)
	case 2:
		local = romanize(string(given)) + "." + strings.ToLower(latinSurname(string(sur)))
	default:
		local = pick(d.r, []string{"welfare", "minwon", "jumin", "info", "audit", "parking", "youth", "global"}) + digits(d.r, 2)
	}
	return ng("office_email", local+"@"+d.org.domain)
}

func (d *doc) docNo() piece {
	return ng("doc_no", fmt.Sprintf("%s-%d", strings.ReplaceAll(d.dept, " ", ""), d.serial))
}

func (d *doc) statute(list []string) piece { return ng("statute", pick(d.r, list)) }

// holder is how the organisation is named as the holder of its account.
func (d *doc) holder() piece {
	switch d.org.kind {
	case "dong":
		return ng("org", d.org.short+" 주민센터")
	case "gu":
		return ng("org", d.org.short+"청")
	}
	return ng("org", d.org.name)
}

func (d *doc) company() piece { return ng("org", pick(d.r, companies)) }

func (d *doc) place() piece { return ng("place", pick(d.r, venues)) }

func (d *doc) receiptNo() piece {
	switch d.r.IntN(3) {
	case 0:
		return ng("receipt_no", fmt.Sprintf("%dAA-%02d%02d-%07d", between(d.r, 1, 2), d.date.y%100, d.date.m, between(d.r, 1, 9999999)))
	case 1:
		return ng("receipt_no", fmt.Sprintf("%d-%02d%02d-%06d", d.date.y, d.date.m, d.date.d, between(d.r, 1, 999999)))
	}
	return ng("receipt_no", digits(d.r, 8))
}

// bizNo is a business registration number with its check digit.
func bizNo(r *rand.Rand, nonprofit bool) string {
	mid := between(r, 81, 88)
	if nonprofit {
		mid = 82
	}
	s := fmt.Sprintf("%03d%02d%04d", between(r, 101, 899), mid, between(r, 0, 9999))
	w := []int{1, 3, 7, 1, 3, 7, 1, 3, 5}
	sum := 0
	for i := range 9 {
		sum += int(s[i]-'0') * w[i]
	}
	sum += int(s[8]-'0') * 5 / 10
	s += fmt.Sprint((10 - sum%10) % 10)
	return s[:3] + "-" + s[3:5] + "-" + s[5:]
}

func corpNo(r *rand.Rand) string {
	return pick(r, []string{"1101", "1101", "1311", "1201", "1345"}) + pick(r, []string{"11", "11", "14", "31"}) + "-" + digits(r, 7)
}

// h writes an item of the document's outline at level (0 is the top);
// numbered bullets count, and a new item resets the levels below it.
func (d *doc) h(level int, parts ...any) {
	level = min(level, len(d.bul)-1)
	for len(d.count) < len(d.bul) {
		d.count = append(d.count, 0)
	}
	d.count[level]++
	for l := level + 1; l < len(d.count); l++ {
		d.count[l] = 0
	}
	ind := strings.Repeat(" ", level*2)
	d.para(append([]any{ind + bullet(d.bul[level], d.count[level]) + " "}, parts...)...)
}

var hangulSeq = []string{"가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타", "파", "하"}
var romanSeq = []string{"Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ"}

// bullet numbers a bullet pattern: N counts in digits, K in Hangul, R in
// Roman numerals; symbols stay as they are.
func bullet(pat string, n int) string {
	k := (n - 1) % len(hangulSeq)
	switch {
	case strings.Contains(pat, "N"):
		return strings.Replace(pat, "N", fmt.Sprint(n), 1)
	case strings.Contains(pat, "K"):
		return strings.Replace(pat, "K", hangulSeq[k], 1)
	case strings.Contains(pat, "R"):
		return strings.Replace(pat, "R", romanSeq[(n-1)%len(romanSeq)], 1)
	}
	return pat
}

// letterhead writes the head of a 기안문: organisation, 수신, 경유, 제목.
// to is the addressee as written.
func (d *doc) letterhead(title string, to ...any) {
	d.pager(title)
	r := d.r
	name := d.org.name
	if r.IntN(3) == 0 {
		name = spaceOut(d.org.name)
	}
	if r.IntN(4) > 0 {
		d.ln(name)
		if r.IntN(3) == 0 {
			d.ln(pick(r, []string{"시민이 행복한 " + d.org.short, "함께 만드는 " + d.org.short, "내 삶을 바꾸는 " + d.org.short, "동행·매력 특별시 서울"}))
		}
		d.plain("\n")
	}
	if len(to) == 0 {
		to = []any{pick(r, []string{"내부결재", "수신자 참조", "서울특별시장(" + pick(r, cityDepts) + "장)", "각 동장", "수신자 참조(" + d.dept + ")"})}
	}
	switch {
	case d.fmt == "hwpx" || r.IntN(5) == 0:
		d.ln("수신")
		d.ln(to...)
		d.ln("(경유)")
		d.ln("")
		d.ln("제목")
		d.ln(title)
	case r.IntN(2) == 0:
		d.ln(append([]any{"수신자  "}, to...)...)
		d.ln("(경유)")
		d.ln("제 목  ", title)
	default:
		d.ln(append([]any{"수신  "}, to...)...)
		d.ln("(경유)")
		d.ln("제목  ", title)
	}
	d.plain("\n")
}

// reportHead writes the head of an internal report: a 결재 box, the
// title, the date and department.
func (d *doc) reportHead(title string) {
	d.pager(title)
	if d.r.IntN(2) == 0 {
		d.signTable()
		d.plain("\n")
	}
	d.ln(title)
	d.ln(d.today(), " ", d.org.short, " ", d.dept)
	d.plain("\n")
}

func spaceOut(s string) string {
	var parts []string
	for _, w := range strings.Fields(s) {
		parts = append(parts, strings.Join(strings.Split(w, ""), " "))
	}
	return strings.Join(parts, "  ")
}

// pager turns a PDF into pages with a running header and a page number.
func (d *doc) pager(title string) {
	if d.fmt != "pdf" || d.r.IntN(5) == 0 {
		return
	}
	hdr := pick(d.r, []string{d.org.name + " " + d.dept, title, "", d.org.short + " 공개문서", "정보소통광장 " + d.org.short})
	style := d.r.IntN(5)
	d.pg = &pager{
		every:  between(d.r, 24, 40),
		header: hdr,
		footer: func(n int) string {
			switch style {
			case 0:
				return fmt.Sprintf("- %d -", n)
			case 1:
				return fmt.Sprintf("%d", n)
			case 2:
				return fmt.Sprintf("Page %d", n)
			case 3:
				return fmt.Sprintf("－ %d －", n)
			}
			return fmt.Sprintf("%d 페이지", n)
		},
	}
}

// closing writes the attachments, the sender, the 결재 line and the
// footer. Internal documents (sender false) have no sender line.
func (d *doc) closing(sender bool, attach ...string) {
	r := d.r
	if len(attach) > 0 {
		d.plain("\n")
		for i, a := range attach {
			lead := "      "
			if i == 0 {
				lead = "붙임  "
			}
			end := ""
			if i == len(attach)-1 {
				end = "  끝."
			}
			num := ""
			if len(attach) > 1 {
				num = fmt.Sprintf("%d. ", i+1)
			}
			d.ln(lead, num, a, " 1부.", end)
		}
	} else {
		d.ln("끝.")
	}
	d.plain("\n")
	if sender {
		h := d.org.head
		if r.IntN(2) == 0 {
			h = spaceOut(h)
		}
		d.ln(h)
		d.plain("\n")
	}
	d.signLine()
	d.footer()
}

// signLine writes the 결재 line in one of the ways extraction gives it.
func (d *doc) signLine() {
	r := d.r
	a := d.approver
	mark := d.mark
	switch r.IntN(5) {
	case 0: // one line
		d.w(d.drafter.pos, " ", d.off(d.drafter), "   ", d.reviewer.pos, " ", d.off(d.reviewer), "   ")
		switch mark {
		case "전결":
			d.w(a.pos, " 전결 ", fmt.Sprintf("%02d/%02d", d.date.m, d.date.d), " ")
		case "대결":
			d.w(superior(d), " 대결 ", a.pos, " ")
		default:
			d.w(a.pos, " ")
		}
		d.ln(d.off(a))
	case 1: // labelled lines
		d.ln("기안자 ", d.drafter.pos, " ", d.off(d.drafter))
		d.ln("검토자 ", d.reviewer.pos, " ", d.off(d.reviewer))
		tail := ""
		if mark != "" {
			tail = " (" + mark + ")"
		}
		d.ln("결재권자 ", a.pos, " ", d.off(a), tail)
	case 2: // one cell per line
		for _, o := range []official{d.drafter, d.reviewer} {
			d.ln(o.pos)
			d.ln(d.off(o))
		}
		d.ln(a.pos)
		if mark != "" {
			d.ln(mark)
		}
		d.ln(d.off(a))
	case 3: // arrows
		tail := ""
		if mark != "" {
			tail = "(" + mark + ")"
		}
		d.ln(d.drafter.pos, " ", d.off(d.drafter), " → ", d.reviewer.pos, " ", d.off(d.reviewer), " → ", a.pos, " ", d.off(a), tail)
	default: // a box, as on paper
		d.signTable()
	}
	for _, c := range d.coop {
		d.ln("협조자  ", c.pos, " ", d.off(c))
	}
}

func superior(d *doc) string {
	switch d.org.kind {
	case "agency":
		return "본부장"
	case "dong":
		return d.org.short + "장"
	}
	if d.org.kind == "city" {
		return pick(d.r, []string{"복지실장", "행정국장", "도시교통실장", "안전총괄실장", "기획조정실장"})
	}
	return pick(d.r, []string{"복지국장", "행정국장", "도시관리국장", "부구청장"})
}

// signTable writes the 결재 box: positions in the header, names below.
func (d *doc) signTable() {
	pos := []string{d.drafter.pos, d.reviewer.pos, d.approver.pos}
	last := any(d.off(d.approver))
	if d.mark != "" {
		last = []any{d.mark + " ", d.off(d.approver)}
	}
	t := table{head: [][]string{pos}, rows: [][]any{{d.off(d.drafter), d.off(d.reviewer), last}}}
	switch d.fmt {
	case "hwp":
		d.render(t, pick(d.r, []string{layBox, layBox, layTab}))
	case "pdf":
		d.render(t, pick(d.r, []string{laySpace, layColumns}))
	default:
		d.render(t, pick(d.r, []string{layCells, layTab, layPipe}))
	}
}

// footer writes 시행, the office address, telephone, fax, e-mail and the
// disclosure grade.
func (d *doc) footer() {
	r := d.r
	d.w("시행  ", d.docNo(), " (", d.today(), ")")
	d.ln("   접수  ")
	url := "www." + d.org.domain
	if r.IntN(2) == 0 {
		url = "https://" + url
	}
	urlLabel := pick(r, []string{"", "", "누리집 ", "홈페이지 "})
	d.ln("우 ", ng("postcode", d.org.post), "  ", ng("office_address", d.org.addr), pick(r, []string{"", " " + d.dept, " (" + d.dept + ")"}), "  / ", urlLabel, ng("url", url))
	grade := pick(r, []string{"공개", "대시민공개", "부분공개(6)", "공개 구분: 부분공개(제6호)", "비공개(6)"})
	switch r.IntN(3) {
	case 0:
		d.ln("전화번호 ", d.officeNo("office_phone"), "  팩스번호 ", d.officeNo("fax"), " / ", d.officeMail(d.drafter), " / ", grade)
	case 1:
		d.ln("전화 ", d.officeNo("office_phone"), "  전송 ", d.officeNo("fax"), " / 담당자 ", d.off(d.drafter), " / ", d.officeMail(d.drafter), " / ", grade)
	default:
		d.ln("Tel. ", d.officeNo("office_phone"), " / Fax. ", d.officeNo("fax"))
		d.ln("담당자 e-mail: ", d.officeMail(d.drafter))
		d.ln(grade)
	}
	if d.org.call != "" && r.IntN(2) == 0 {
		d.ln(pick(r, []string{"민원 상담: ", "고객센터 ", "콜센터 ☎ "}), ng("callcentre", d.org.call))
	}
}

// contact writes the closing line of a letter that names the officer to
// call.
func (d *doc) contact() {
	r := d.r
	switch r.IntN(4) {
	case 3:
		// An officer written the way some offices mask their own staff.
		d.para("※ 담당: ", d.dept, " ", d.team, " 주무관 ", ng("official", pick(r, surnames)+pick(r, []string{"OO", "○○", "OOO"})), " (☎ ", d.officeNo("office_phone"), ")")
	case 0:
		d.para("기타 궁금하신 사항은 ", d.org.short, " ", d.dept, " ", d.team, " ", d.drafter.pos, " ", d.off(d.drafter), "(☎", d.officeNo("office_phone"), ")에게 연락 주시면 친절히 안내해 드리겠습니다.")
	case 1:
		d.para("※ 문의: ", d.dept, " ", d.team, " (", d.officeNo("office_phone"), ", ", d.officeMail(d.drafter), ")")
	default:
		centre, call := "다산콜센터", "120"
		if d.org.call != "" && d.org.call != "120" {
			centre, call = "고객센터", d.org.call
		}
		d.para("추가로 궁금하신 사항은 ", centre, "(", ng("callcentre", call), ") 또는 담당 주무관(", d.officeNo("office_phone"), ")에게 문의하시기 바랍니다.")
	}
}
