package blindset

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// --- tables ---

type table struct {
	group []string // optional upper header row (merged cells repeat the label)
	head  []string
	rows  [][][]seg
	cont  int // first row of a continuation page printed without header; 0 = none
}

func (g *gen) tableStyle() string {
	switch g.src {
	case "hwp":
		return g.pick([]string{"cells", "cells", "cells", "tabs"})
	case "hwpx":
		return g.pick([]string{"tabs", "cells"})
	case "pdf":
		return g.pick([]string{"columns", "spaces", "spaces"})
	case "docx":
		return g.pick([]string{"pipes", "tabs"})
	case "ocr":
		return g.pick([]string{"spaces", "box"})
	case "email":
		return g.pick([]string{"pipes", "spaces"})
	case "csv":
		return "csv"
	case "xlsx":
		return "tabs"
	}
	return "spaces"
}

// T returns a cell writer for plain text.
func (g *gen) T(s string) func() { return func() { g.w(s) } }

func (g *gen) row(t *table, cells ...func()) {
	var r [][]seg
	for j, f := range cells {
		h := ""
		if j < len(t.head) {
			h = t.head[j]
		}
		var c []seg
		g.in("table", h, func() { c = g.capture(f) })
		r = append(r, c)
	}
	for len(r) < len(t.head) {
		r = append(r, nil)
	}
	t.rows = append(t.rows, r)
}

func dispWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r == '\n':
		case r >= 0x1100 && (r <= 0x115F || (r >= 0x2E80 && r <= 0xA4CF) || (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0xFF00 && r <= 0xFF60) || (r >= 0xFFE0 && r <= 0xFFE6) || (r >= 0x2500 && r <= 0x257F && false)):
			n += 2
		default:
			n++
		}
	}
	return n
}

func segsWidth(c []seg) int {
	n := 0
	for _, s := range c {
		n += dispWidth(s.text)
	}
	return n
}

// flattenCell joins a cell to one line (replacing newlines by spaces in
// plain text; items keep theirs).
func oneLine(c []seg) []seg {
	var out []seg
	for _, s := range c {
		if s.typ == "" && s.neg == "" {
			s.text = strings.ReplaceAll(s.text, "\n", " ")
		}
		out = append(out, s)
	}
	return out
}

// splitCell breaks a cell into lines of at most max columns, splitting
// labelled values at spaces into separately labelled pieces.
func splitCell(c []seg, max int) [][]seg {
	var lines [][]seg
	var cur []seg
	w := 0
	push := func() {
		lines = append(lines, cur)
		cur = nil
		w = 0
	}
	queue := append([]seg(nil), c...)
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if strings.Contains(s.text, "\n") {
			// a value already written over lines: take line by line
			a, b, _ := strings.Cut(s.text, "\n")
			b = strings.TrimLeft(b, " ")
			s1, s2 := s, s
			s1.text, s2.text = a, b
			if s.typ != "" {
				s1.q = append(append([]string(nil), s.q...), "wrapped")
				s2.q = s1.q
			}
			rest := []seg{}
			if a != "" {
				rest = append(rest, s1)
			}
			rest = append(rest, seg{text: "\n"})
			if b != "" {
				rest = append(rest, s2)
			}
			queue = append(rest, queue...)
			continue
		}
		if s.text == "\n" && s.typ == "" && s.neg == "" {
			push()
			continue
		}
		sw := dispWidth(s.text)
		if w+sw <= max {
			cur = append(cur, s)
			w += sw
			continue
		}
		// find the last space that fits
		cut := -1
		acc := w
		for i, r := range s.text {
			if r == ' ' && acc <= max && i > 0 {
				cut = i
			}
			acc += dispWidth(string(r))
			if acc > max {
				break
			}
		}
		if cut < 0 {
			if len(cur) > 0 {
				push()
				queue = append([]seg{s}, queue...)
				continue
			}
			cur = append(cur, s)
			w += sw
			continue
		}
		s1, s2 := s, s
		s1.text = s.text[:cut]
		s2.text = strings.TrimLeft(s.text[cut+1:], " ")
		if s.typ != "" {
			s1.q = append(append([]string(nil), s.q...), "wrapped")
			s2.q = s1.q
		}
		if s1.text != "" {
			cur = append(cur, s1)
		}
		push()
		if s2.text != "" {
			queue = append([]seg{s2}, queue...)
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

func markQ(rows [][][]seg, q string) {
	for _, r := range rows {
		for _, c := range r {
			for k := range c {
				if c[k].typ != "" {
					c[k].q = append(append([]string(nil), c[k].q...), q)
				}
			}
		}
	}
}

func (g *gen) table(t *table) {
	rows := t.rows
	if t.cont > 0 && t.cont < len(rows) {
		markQ(rows[t.cont:], "noheader")
		g.renderTable(t, rows[:t.cont], true)
		g.pageBreak()
		g.renderTable(t, rows[t.cont:], false)
		return
	}
	g.renderTable(t, rows, true)
}

func groupRow(group []string) []string {
	out := make([]string, len(group))
	for i, x := range group {
		if i > 0 && group[i-1] == x {
			continue
		}
		out[i] = x
	}
	return out
}

func (g *gen) renderTable(t *table, rows [][][]seg, withHead bool) {
	start := len(g.segs)
	defer func() {
		for k := start; k < len(g.segs); k++ {
			g.segs[k].nowrap = true
		}
	}()
	style := g.tstyle
	plainRow := func(xs []string) [][]seg {
		r := make([][]seg, len(xs))
		for i, x := range xs {
			if x != "" {
				r[i] = []seg{{text: x}}
			}
		}
		return r
	}
	var heads [][][]seg
	if withHead {
		if t.group != nil {
			heads = append(heads, plainRow(groupRow(t.group)))
		}
		heads = append(heads, plainRow(t.head))
	}
	switch style {
	case "cells":
		for _, r := range append(heads, rows...) {
			for _, c := range r {
				g.emit(c)
				g.nl()
			}
		}
	case "tabs", "csv":
		sep := "\t"
		if style == "csv" {
			sep = ","
		}
		for _, r := range append(heads, rows...) {
			for j, c := range r {
				if j > 0 {
					g.w(sep)
				}
				c = oneLine(c)
				if style == "csv" && needsQuote(c) {
					g.w(`"`)
					g.emit(c)
					g.w(`"`)
				} else {
					g.emit(c)
				}
			}
			g.nl()
		}
	case "pipes":
		for k, r := range append(heads, rows...) {
			g.w("|")
			for _, c := range r {
				g.w(" ")
				g.emit(oneLine(c))
				g.w(" |")
			}
			g.nl()
			if withHead && k == len(heads)-1 {
				g.line("|" + strings.Repeat("---|", len(r)))
			}
		}
	case "columns":
		for j := range t.head {
			if withHead {
				if t.group != nil && t.group[j] != "" && (j == 0 || t.group[j-1] != t.group[j]) {
					g.line(t.group[j])
				}
				g.line(t.head[j])
			}
			for _, r := range rows {
				g.emit(oneLine(r[j]))
				g.nl()
			}
		}
	default: // spaces, box
		all := append(heads, rows...)
		n := len(t.head)
		widths := make([]int, n)
		split := make([][][][]seg, len(all))
		wcap := 26 + 2*g.r.IntN(7)
		for i, r := range all {
			split[i] = make([][][]seg, n)
			for j := 0; j < n; j++ {
				var c []seg
				if j < len(r) {
					c = r[j]
				}
				split[i][j] = splitCell(c, wcap)
				for _, l := range split[i][j] {
					if w := segsWidth(l); w > widths[j] {
						widths[j] = w
					}
				}
			}
		}
		box := style == "box"
		border := func(l, m, r string) {
			if !box {
				return
			}
			var b strings.Builder
			b.WriteString(l)
			for j, w := range widths {
				if j > 0 {
					b.WriteString(m)
				}
				b.WriteString(strings.Repeat("─", w+2))
			}
			b.WriteString(r)
			g.line(b.String())
		}
		border("┌", "┬", "┐")
		for i := range all {
			h := 0
			for j := 0; j < n; j++ {
				if len(split[i][j]) > h {
					h = len(split[i][j])
				}
			}
			for k := 0; k < h; k++ {
				if box {
					g.w("│ ")
				}
				for j := 0; j < n; j++ {
					var l []seg
					if k < len(split[i][j]) {
						l = split[i][j][k]
					}
					g.emit(l)
					pad := widths[j] - segsWidth(l)
					if box {
						g.w(strings.Repeat(" ", pad) + " │")
						if j < n-1 {
							g.w(" ")
						}
					} else if j < n-1 {
						g.w(strings.Repeat(" ", pad+2))
					}
				}
				g.nl()
			}
			if withHead && i == len(heads)-1 {
				border("├", "┼", "┤")
				if !box {
					g.line(strings.Repeat("-", sum(widths)+2*(n-1)))
				}
			}
		}
		border("└", "┴", "┘")
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func needsQuote(c []seg) bool {
	for _, s := range c {
		if strings.ContainsAny(s.text, ",\"\n") {
			return true
		}
	}
	return false
}

// --- key/value lines ---

var kvBullets = []string{"", "○ ", "- ", "• ", "  ", "□ "}

// kv writes "key: value" with the value at kv:key (or form:key for web
// forms).
func (g *gen) kv(key string, f func()) {
	place := "kv"
	if g.src == "webform" {
		place = "form"
	}
	label := key
	switch g.src {
	case "hwp", "hwpx", "ocr":
		if utf8.RuneCountInString(key) == 2 && g.chance(0.5) {
			r := []rune(key)
			label = string(r[0]) + "    " + string(r[1])
		}
	}
	switch g.src {
	case "webform":
		if g.chance(0.5) {
			g.w("[" + label + "] ")
		} else {
			g.w(label + " : ")
		}
	default:
		g.w(g.kvBullet() + label + g.pick([]string{": ", " : ", " ", "："}))
	}
	g.in(place, key, f)
	g.nl()
}

func (g *gen) kvBullet() string {
	return kvBullets[(len(g.kind)+int(g.org.exch[3]))%len(kvBullets)]
}

// heading writes a document title, spaced out the way HWP forms do.
func (g *gen) heading(s string) {
	if (g.src == "hwp" || g.src == "ocr") && utf8.RuneCountInString(s) <= 8 && g.chance(0.6) {
		s = strings.Join(strings.Split(s, ""), " ")
	}
	g.nl()
	g.line(s)
	g.nl()
}

func (g *gen) pageBreak() {
	g.page++
	g.line("")
	g.line(fmt.Sprintf("- %d -", g.page))
	if g.chance(0.5) {
		g.line(g.org.full)
	}
}

// fillers are remarks with an ordinary word that starts with a surname
// syllable; the word is a negative.
var fillers = []struct{ pre, word, post string }{
	{"※ 관내 경로당 ", "김장", " 나눔 행사와 연계하여 안내할 예정임."},
	{"※ ", "이사", " 예정 가구는 전입 신고 후 다시 신청하여야 함."},
	{"※ ", "장기요양", " 등급 판정을 받은 경우 중복 지원이 제한될 수 있음."},
	{"※ 겨울철 ", "한파", " 쉼터 운영 기간에는 당직실로 문의 바람."},
	{"※ ", "강변", " 산책로 정비 공사로 일부 구간 통행이 제한됨."},
	{"※ 도로 ", "정비", " 일정에 따라 현장 확인 일자가 변경될 수 있음."},
	{"※ 분쟁 ", "조정", " 결과는 별도로 통보함."},
	{"※ ", "유기", "동물 보호 관련 사항은 동물복지팀으로 이관함."},
	{"※ ", "노후", " 주택 밀집 지역은 우선 점검 대상임."},
	{"※ 관내 ", "하천", " 범람 위험 지역 거주 가구에 대한 안내를 병행함."},
	{"※ 공영주차장 ", "차량", " 진입은 오전 7시부터 가능함."},
	{"※ ", "민원", " 처리 기간은 토요일과 공휴일을 제외하고 산정함."},
	{"※ ", "임대", " 기간 중 원상변경은 허가를 받아야 함."},
	{"※ 위 사항 ", "고지", " 후 이의가 없으면 확정됨."},
	{"※ ", "전입", " 예정자는 확정일자를 받아 두시기 바람."},
	{"※ ", "용도", " 변경 시에는 사전 협의가 필요함."},
	{"※ ", "방문", " 상담은 사전 예약제로 운영함."},
	{"※ ", "성실", " 신고 기간 내 자진 신고 시 가산세가 감면됨."},
	{"※ ", "주거", " 취약 가구는 주거급여와 연계하여 지원함."},
	{"※ ", "우선", " 지원 대상은 위원회 심의를 거쳐 확정함."},
}

func (g *gen) filler() {
	f := fillers[g.r.IntN(len(fillers))]
	g.w(f.pre)
	g.neg(nWord, f.word)
	g.line(f.post)
}

// --- officials ---

type officials struct {
	drafter, reviewer, approver official
}

func (g *gen) setupOfficials() officials {
	var o officials
	pos := []string{"주무관", "주무관", "행정주무관"}
	switch {
	case strings.Contains(g.org.dept, "복지") || strings.Contains(g.org.dept, "장애"):
		pos = append(pos, "사회복지주무관", "사회복지주무관")
	case strings.Contains(g.org.dept, "건축") || strings.Contains(g.org.dept, "주택") || strings.Contains(g.org.dept, "주차"):
		pos = append(pos, "시설주무관", "건축주무관")
	case strings.Contains(g.org.dept, "보건") || strings.Contains(g.org.dept, "감염") || strings.Contains(g.org.dept, "위생"):
		pos = append(pos, "보건주무관", "간호주무관")
	case strings.Contains(g.org.dept, "세"):
		pos = append(pos, "세무주무관")
	}
	o.drafter = g.newOfficial(g.pick(pos))
	o.reviewer = g.newOfficial("팀장")
	switch {
	case g.org.city:
		o.approver = g.newOfficial(g.pick([]string{g.org.dept + "장", "국장", g.org.dept + "장"}))
	default:
		o.approver = g.newOfficial(g.pick([]string{g.org.dept + "장", g.org.dept + "장", "국장"}))
	}
	if strings.HasSuffix(g.org.dept, "담당관") {
		o.approver.pos = g.org.dept
	}
	g.exempt = append(g.exempt, o.drafter.name, o.approver.name)
	return o
}

func (g *gen) off(o official) { g.neg(nOfficial, o.name) }
func (g *gen) pos(s string)   { g.neg(nPosition, s) }

// offWithPos writes "position name" or "name position".
func (g *gen) offWithPos(o official) {
	if g.chance(0.7) {
		g.pos(o.pos)
		g.w(" ")
		g.off(o)
	} else {
		g.off(o)
		g.w(" ")
		g.pos(o.pos)
	}
}

// contact writes the department's phone, fax and e-mail.
func (g *gen) contact(o official) {
	g.w("전화 ")
	g.neg(nOfficePhone, g.officePhone())
	g.w(g.pick([]string{"  ", " / ", "   "}) + "전송 ")
	g.neg(nOfficeFax, "02-"+g.org.exch+"-"+g.digits(4))
	g.w(" / ")
	g.neg(nOfficeMail, o.email)
	g.w(" / ")
	g.w(g.pick([]string{"공개", "부분공개(6)", "부분공개(6)", "비공개(6)"}))
	g.nl()
}

// filed writes the line the records system adds when a received
// e-mail or web submission is registered as an official document.
func (g *gen) filed() {
	o := g.offs
	g.nl()
	g.w("[문서등록] ")
	g.neg(nDocNo, g.docNo())
	g.w(" (")
	g.neg(nDate, g.now.dot())
	g.w(") 처리과 " + g.org.dept + " / 담당 ")
	g.off(o.drafter)
	g.w(" / 결재 ")
	g.pos(o.approver.pos)
	g.w(" ")
	g.off(o.approver)
	g.nl()
}

// letterHead writes the head of an official letter.
func (g *gen) letterHead(recipient func(), subject string) {
	if g.src == "hwp" || g.src == "ocr" {
		g.line(strings.Join(strings.Split(g.org.full, ""), " "))
	} else {
		g.line(g.org.full)
	}
	g.nl()
	g.w("수신  ")
	g.in("recipient", "수신", recipient)
	g.nl()
	g.line("(경유)")
	g.line("제목  " + subject)
	g.nl()
}

// letterFoot writes the approval block and the sender's details.
func (g *gen) letterFoot(o officials, sent date) {
	if g.chance(0.5) {
		g.filler()
	}
	g.nl()
	g.line(g.org.head)
	if g.src == "hwp" && g.chance(0.5) {
		g.line("그림입니다.")
		g.line("원본 그림의 이름: 직인.png")
		g.line(fmt.Sprintf("원본 그림의 크기: 가로 %dpixel, 세로 %dpixel", g.n(120, 180), g.n(120, 180)))
	}
	g.nl()
	g.offWithPos(o.drafter)
	g.w("    ")
	if g.chance(0.7) {
		g.offWithPos(o.reviewer)
		g.w("    ")
	} else {
		g.pos(o.reviewer.pos)
		g.w("    ")
	}
	g.pos(o.approver.pos)
	g.w(" 전결 ")
	g.neg(nDate, fmt.Sprintf("%02d/%02d", sent.m, sent.d))
	g.w(" ")
	g.off(o.approver)
	g.nl()
	g.line("협조자")
	g.w("시행  ")
	g.neg(nDocNo, g.docNo())
	g.w(" (")
	g.neg(nDate, sent.dot())
	g.line(")   접수")
	g.w("우 " + g.org.postal + "  ")
	g.neg(nOfficeAddr, g.org.address)
	g.w(" " + g.org.dept + "  / " + g.org.homepage)
	g.nl()
	g.contact(o.drafter)
}

// --- finishing: PDF paging and wrapping, OCR noise ---

func (g *gen) finish() {
	switch g.src {
	case "pdf":
		g.wrapLines(g.n(68, 92))
		g.paginate(g.n(26, 40))
	case "ocr":
		g.ocrNoise()
	}
}

func (g *gen) wrapLines(width int) {
	var out []seg
	col := 0
	for _, s := range g.segs {
		if s.nowrap {
			out = append(out, s)
			if i := strings.LastIndex(s.text, "\n"); i >= 0 {
				col = dispWidth(s.text[i+1:])
			} else {
				col += dispWidth(s.text)
			}
			continue
		}
		if s.typ == "" && s.neg == "" {
			var b strings.Builder
			for _, r := range s.text {
				if r == '\n' {
					col = 0
					b.WriteRune(r)
					continue
				}
				w := dispWidth(string(r))
				if col+w > width {
					b.WriteByte('\n')
					col = 0
					if r == ' ' {
						continue
					}
				}
				b.WriteRune(r)
				col += w
			}
			s.text = b.String()
			out = append(out, s)
			continue
		}
		sw := dispWidth(s.text)
		if i := strings.LastIndex(s.text, "\n"); i >= 0 {
			out = append(out, s)
			col = dispWidth(s.text[i+1:])
			continue
		}
		if col+sw > width && col > 0 {
			if s.typ != "" && g.chance(0.5) {
				// break inside the value
				var b strings.Builder
				c := col
				broke := false
				for _, r := range s.text {
					w := dispWidth(string(r))
					if !broke && c+w > width && b.Len() > 0 {
						b.WriteByte('\n')
						broke = true
						c = 0
						if r == ' ' {
							continue
						}
					}
					b.WriteRune(r)
					c += w
				}
				s.text = b.String()
				if broke {
					s.q = append(append([]string(nil), s.q...), "wrapped")
				}
				out = append(out, s)
				col = c
				continue
			}
			out = append(out, seg{text: "\n"})
			col = 0
		}
		out = append(out, s)
		col += sw
	}
	g.segs = out
}

func (g *gen) paginate(every int) {
	var out []seg
	lines := 0
	page := 1
	for _, s := range g.segs {
		if s.typ != "" || s.neg != "" {
			out = append(out, s)
			continue
		}
		var b strings.Builder
		for _, r := range s.text {
			b.WriteRune(r)
			if r == '\n' {
				lines++
				if lines%every == 0 {
					b.WriteString(fmt.Sprintf("\n- %d -\n", page))
					page++
					if page%2 == 0 {
						b.WriteString(g.org.full + "\n")
					}
				}
			}
		}
		s.text = b.String()
		out = append(out, s)
	}
	g.segs = out
}

var ocrHangul = map[rune]string{'의': "외", '를': "률", '은': "온", '과': "파", '다': "디", '는': "눈", '에': "예", '하': "히", '고': "교", '시': "사"}
var ocrName = [][2]string{{"재", "제"}, {"혜", "해"}, {"은", "온"}, {"현", "헌"}, {"윤", "운"}, {"희", "회"}, {"진", "잔"}, {"경", "겅"}, {"영", "엉"}, {"민", "만"}}

func (g *gen) ocrNoise() {
	for k := range g.segs {
		s := &g.segs[k]
		switch {
		case s.typ == "" && s.neg == "":
			var b strings.Builder
			for _, r := range s.text {
				x := g.r.Float64()
				switch {
				case r == ' ' && x < 0.04:
					continue
				case r >= '0' && r <= '9' && x < 0.02:
					if alt, ok := ocrDigit[byte(r)]; ok {
						b.WriteString(alt[g.r.IntN(len(alt))])
						continue
					}
				case x < 0.015:
					if alt, ok := ocrHangul[r]; ok {
						b.WriteString(alt)
						continue
					}
				}
				b.WriteRune(r)
			}
			s.text = b.String()
		case s.typ != "":
			if !g.chance(0.3) {
				continue
			}
			if s.typ == tName {
				for _, ft := range ocrName {
					if strings.Contains(s.text, ft[0]) {
						s.text = strings.Replace(s.text, ft[0], ft[1], 1)
						s.q = append(append([]string(nil), s.q...), "ocr")
						break
					}
				}
				continue
			}
			if v, ok := g.ocrNum(s.text); ok {
				s.text = v
				s.q = append(append([]string(nil), s.q...), "ocr")
			}
		default:
			if g.chance(0.1) {
				if v, ok := g.ocrNum(s.text); ok {
					s.text = v
				}
			}
		}
	}
}
