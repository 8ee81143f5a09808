package redact

import "strings"

func isLocalChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isDomainChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
}

// email handles an '@' at i: a local part before it and a dotted domain
// after it.
func (sc *scanner) email(at int) {
	s := sc.s
	if at >= 2 && at+2 < len(s) && s[at-1] == ' ' && s[at+1] == ' ' && isLocalChar(s[at-2]) && isDomainChar(s[at+2]) {
		sc.spacedEmail(at)
		return
	}
	a := at
	// '*' is read too: "kim_dasom**@daum.net" was masked by hand in part
	// and still names its owner.
	for a > 0 && (isLocalChar(s[a-1]) || s[a-1] == '*') && at-a < 64 {
		a--
	}
	for a < at && (s[a] == '.' || s[a] == '*') {
		a++
	}
	if a == at {
		return
	}
	if stars := strings.Count(s[a:at], "*"); stars > 0 && (len(strings.Trim(s[a:at], "*")) <= 1 || stars >= 3 && at-a-stars <= stars) {
		return // "s***@gmail.com", "dr****@hanmail.net": masked already, most of it hidden
	}
	e := at + 1
	for e < len(s) && isDomainChar(s[e]) && e-at < 255 {
		e++
	}
	// "hope@outlook.\nkr": a cell or a PDF's line wrapped after the
	// domain's dot; the next line opens with the rest of the domain.
	if e > at+1 && s[e-1] == '.' && e+2 < len(s) && s[e] == '\n' && wrappedTLD(s[e+1:]) {
		w := e + 1
		for w < len(s) && isDomainChar(s[w]) && w-at < 255 {
			w++
		}
		e = w
	}
	// Trim trailing dots and hyphens (end of sentence).
	for e > at+1 && (s[e-1] == '.' || s[e-1] == '-') {
		e--
	}
	dom := strings.Replace(s[at+1:e], "\n", "", 1)
	dot := strings.LastIndexByte(dom, '.')
	if dot <= 0 || len(dom)-dot-1 < 2 {
		return
	}
	for _, c := range []byte(dom[dot+1:]) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return
		}
	}
	sc.add(a, e, TypeEmail, "email.shape", 0.97, s[a:a+1]+"***@"+dom)
}

// wrappedTLD reports a line that opens with a top-level domain and ends
// there or at a space or a cell's edge: "kr", "com", "co.kr".
func wrappedTLD(t string) bool {
	for _, d := range []string{"co.kr", "or.kr", "go.kr", "ac.kr", "ne.kr", "re.kr", "com", "net", "org", "kr", "edu", "gov", "info", "biz", "io", "jp", "cn", "vn", "ph", "uz", "mn", "kh", "th", "ru", "us"} {
		if strings.HasPrefix(t, d) {
			rest := t[len(d):]
			if rest == "" || !isDomainChar(rest[0]) || rest[0] == '.' && (len(rest) == 1 || !isDomainChar(rest[1])) {
				return true
			}
		}
	}
	return false
}

// spacedEmail handles "sunjw_95 @ naver.com": an address typed or
// transcribed with a space on each side of its '@', so that a form would
// not turn it into a link. The local part and the domain must each be one
// word of an address's letters, the domain dotted.
func (sc *scanner) spacedEmail(at int) {
	s := sc.s
	a := at - 1
	for a > 0 && (isLocalChar(s[a-1]) || s[a-1] == '*') && at-1-a < 64 {
		a--
	}
	if a == at-1 {
		return
	}
	e := at + 2
	for e < len(s) && isDomainChar(s[e]) && e-at < 255 {
		e++
	}
	for e > at+2 && (s[e-1] == '.' || s[e-1] == '-') {
		e--
	}
	dom := s[at+2 : e]
	dot := strings.LastIndexByte(dom, '.')
	if dot <= 0 || len(dom)-dot-1 < 2 || strings.Trim(s[a:at-1], "*") == "" {
		return
	}
	for _, c := range []byte(dom[dot+1:]) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return
		}
	}
	sc.add(a, e, TypeEmail, "email.spaced", 0.9, s[a:a+1]+"*** @ "+dom)
}
