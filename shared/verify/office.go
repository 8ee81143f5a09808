package verify

import "strings"

// An organization publishes its own identifiers: the numbers, e-mail
// addresses and address of its offices, in every footer and in its text
// ("의견 제출처: 건축과 (… 고산자로 270, 02-2286-2040)"), and the
// registration numbers of the companies it deals with. None of these is a
// reason for a person to look. Verify reads them with its own rules, apart
// from the redactor's: the allowlist the policy gives, and what the
// footers of the text itself show.

// officeMarks are the words of a footer or the 결재 line.
var officeMarks = []string{"전송", "팩스", "FAX", "Fax", "홈페이지", "www.", "http", "공개구분", "대국민공개", "/ 공개", "/공개",
	"부분공개(", "비공개(", "우편번호", "우)", "우 0", "우 1", "우0", "우1", "(우)", "기안자", "결재권자", "협조자", "시행 ", "접수 "}

// citizenMarks make a line a citizen's even with office marks on it.
var citizenMarks = []string{"자택", "휴대", "본인", "민원인", "신청인", "청구인", "보호자", "귀하", "개인"}

// officeLine reports a footer: two office marks, or one with a telephone
// word, and no citizen's word.
func officeLine(t string) bool {
	n := 0
	for _, m := range officeMarks {
		if strings.Contains(t, m) {
			n++
		}
	}
	if f := strings.Fields(t); len(f) > 0 && len(f[0]) == 7 && strings.HasPrefix(f[0], "(") && strings.HasSuffix(f[0], ")") && len(onlyDigitsOf(f[0])) == 5 {
		n++ // "(02848) 서울특별시 …": a postal code first
	}
	for _, f := range strings.Fields(t) {
		// The office's site: "nowon.kr", "www.gwanak.go.kr".
		if f = strings.TrimRight(f, ".,)/"); strings.HasSuffix(f, ".kr") && !strings.Contains(f, "@") {
			n++
			break
		}
	}
	if n == 0 || hasWord(t, citizenMarks) {
		return false
	}
	return n >= 2 || hasWord(t, []string{"전화", "Tel", "TEL", "☎"})
}

// webMail are mail services anyone can join; an address there is a
// person's even on an office's line.
var webMail = map[string]bool{"gmail.com": true, "naver.com": true, "daum.net": true, "hanmail.net": true, "nate.com": true,
	"kakao.com": true, "hotmail.com": true, "yahoo.com": true, "yahoo.co.kr": true, "outlook.com": true, "icloud.com": true,
	"korea.com": true, "empas.com": true, "paran.com": true, "dreamwiz.com": true, "live.com": true, "me.com": true}

// own is what the text and the policy say the organization publishes.
type own struct {
	phones  []string // digit prefixes
	domains []string
	places  []string // "고산자로 270", spaces removed
	// footer holds the starts of the lines of a footer written one field
	// to a line, which officeLine cannot tell alone.
	footer map[int]bool
}

// fieldLabels open a footer's lines when it gives one field to a line
// under the 시행 line: "주소 서울특별시 관악구 관악로 145", "전화번호
// (02)879-1989".
var fieldLabels = map[string]bool{"우편번호": true, "우": true, "주소": true, "홈페이지": true, "누리집": true, "전화": true, "전화번호": true,
	"팩스": true, "팩스번호": true, "전송": true, "이메일": true, "전자우편": true, "공개구분": true, "부서": true}

// fieldFooter returns the starts of the labelled lines after the last
// 시행 line, when there are three or more of them.
func fieldFooter(s string) map[int]bool {
	k := strings.LastIndex(s, "\n시행")
	if k < 0 {
		return nil
	}
	foot := map[int]bool{}
	pos := k + 1
	for n, line := range strings.SplitN(s[pos:], "\n", 17) {
		if n == 16 {
			break
		}
		f := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || r == ':' || r == '：' })
		if len(f) > 0 && fieldLabels[f[0]] {
			foot[pos] = true
		}
		pos += len(line) + 1
	}
	if len(foot) < 3 {
		return nil
	}
	return foot
}

// onFooter reports whether byte i is on an office's line.
func (o own) onFooter(s string, i int) bool {
	return o.footer[strings.LastIndexByte(s[:i], '\n')+1] || officeLine(lineBefore(s, i, 400)+lineAfter(s, i, 400))
}

// learn reads the footers of s for the organization's own identifiers.
func learn(s string, p Public) own {
	o := own{phones: append([]string(nil), p.Phones...), domains: append([]string(nil), p.EmailDomains...)}
	for _, a := range p.Addresses {
		o.places = append(o.places, strings.ReplaceAll(a, " ", ""))
	}
	o.footer = fieldFooter(s)
	pos := 0
	for _, line := range strings.Split(s, "\n") {
		at := pos
		pos += len(line) + 1
		if !officeLine(line) && !o.footer[at] {
			continue
		}
		for _, r := range runs(line) {
			d := onlyDigitsOf(line[r.start:r.end])
			if r.digits >= 9 && d[0] == '0' {
				o.phones = append(o.phones, d[:len(d)-4]) // area and exchange
			}
		}
		for i := 0; i < len(line); i++ {
			if line[i] != '@' {
				continue
			}
			e := i + 1
			for e < len(line) && (alnum(line[e]) || line[e] == '-' || line[e] == '.') {
				e++
			}
			if dom := strings.ToLower(strings.TrimRight(line[i+1:e], ".")); strings.Contains(dom, ".") && !webMail[dom] {
				o.domains = append(o.domains, dom)
			}
		}
		for _, road := range []string{"로 ", "길 "} {
			for from := 0; ; {
				k := strings.Index(line[from:], road)
				if k < 0 {
					break
				}
				k += from
				from = k + len(road)
				e := from
				for e < len(line) && (digit(line[e]) || line[e] == '-') {
					e++
				}
				if e == from {
					continue
				}
				st := strings.LastIndexAny(line[:k], " \t/") + 1
				o.places = append(o.places, strings.ReplaceAll(line[st:e], " ", ""))
			}
		}
	}
	return o
}

func onlyDigitsOf(t string) string {
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if digit(t[i]) {
			b.WriteByte(t[i])
		}
	}
	return b.String()
}

// public reports whether a doubt points at the organization's own
// identifiers: on a footer, or a number, domain or address it publishes.
func (o own) public(s string, d Doubt) bool {
	v := s[d.Start:d.End]
	switch d.Rule {
	case "pattern.building_number", "pattern.unit":
		if o.onFooter(s, d.Start) {
			return true
		}
		// "고산자로 270" with the road before the number.
		pre := strings.TrimRight(lineBefore(s, d.Start, 60), " ")
		st := strings.LastIndexAny(pre, " \t/(,") + 1
		place := strings.ReplaceAll(pre[st:]+v, " ", "")
		for _, p := range o.places {
			if p != "" && strings.HasSuffix(place, p) {
				return true
			}
		}
	case "email.unmasked_local":
		at := strings.LastIndexByte(v, '@')
		if at < 0 {
			return false
		}
		dom := strings.ToLower(v[at+1:])
		if webMail[dom] {
			return false
		}
		if o.onFooter(s, d.Start) {
			return true
		}
		for _, x := range o.domains {
			x = strings.ToLower(strings.TrimPrefix(x, "."))
			if x != "" && (dom == x || strings.HasSuffix(dom, "."+x)) {
				return true
			}
		}
	case "table.unmasked_cell":
		// An office's number or e-mail in a contacts column.
		dd := onlyDigitsOf(v)
		if businessNumber(dd) && strings.Trim(v, "0123456789- ") == "" {
			return true
		}
		for _, p := range o.phones {
			if p != "" && len(dd) >= 8 && strings.HasPrefix(dd, p) {
				return true
			}
		}
		if at := strings.LastIndexByte(v, '@'); at >= 0 {
			dom := strings.ToLower(strings.TrimSpace(v[at+1:]))
			for _, x := range o.domains {
				if x != "" && (dom == x || strings.HasSuffix(dom, "."+strings.TrimPrefix(x, "."))) {
					return true
				}
			}
		}
	case "ocr.garbled":
		// Read as digits, an office's number garbled by the scan is the
		// office's all the same.
		b := []byte(v)
		for i := range b {
			b[i] = ocrDigit(b[i])
		}
		dd := onlyDigitsOf(string(b))
		if businessNumber(dd) || dd != "" && !strings.HasPrefix(dd, "01") && o.onFooter(s, d.Start) {
			return true
		}
		for _, p := range o.phones {
			if p != "" && strings.HasPrefix(dd, p) {
				return true
			}
		}
	case "digits.dense", "keyword.phone", "keyword.mobile":
		dd := onlyDigitsOf(v)
		if d.Rule != "digits.dense" {
			// The keyword's doubt spans the keyword: read its number.
			dd = onlyDigitsOf(lineAfter(s, d.Start, d.End-d.Start))
		}
		if d.Rule != "digits.dense" && businessNumber(dd) {
			return true // "연락처: 1588-2439": a company's national number
		}
		if dd != "" && !strings.HasPrefix(dd, "01") && o.onFooter(s, d.Start) {
			return true // an office number on the footer, with or without its area code
		}
		for _, p := range o.phones {
			if p != "" && strings.HasPrefix(dd, p) {
				return true
			}
		}
	}
	return false
}

// businessNumber reports a national representative number (1588-xxxx,
// 1661-xxxx): eight digits led by 15, 16, 18 or 19, which carriers give to
// businesses and offices, never to a person.
func businessNumber(dd string) bool {
	return len(dd) == 8 && dd[0] == '1' && strings.IndexByte("5689", dd[1]) >= 0
}
