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
	// Trim trailing dots and hyphens (end of sentence).
	for e > at+1 && (s[e-1] == '.' || s[e-1] == '-') {
		e--
	}
	dom := s[at+1 : e]
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
