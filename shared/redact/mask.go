package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TypeOther is the type of a span a person chose to mask that is none of
// the detected types (an exempt passage under Art. 9(1) item 5, say).
const TypeOther = "other"

// Mask returns value masked by Plaza's one rule for typ. Every path that
// masks — the redactor, staff review, inquiries, SMS logs — calls this (or
// the functions it dispatches to), because two different masks of one
// value can be combined to rebuild it.
//
//	name            홍길동 → 홍*동, 김철 → 김*, 남궁민수 → 남**수, John Smith → J*** S****
//	rrn, frn        900101-1234567 → 900101-1******
//	mobile,landline 010-1234-5678 → 010-****-5678, 02-123-4567 → 02-***-4567
//	email           citizen@example.com → c***@example.com
//	card            1234-5678-9012-3456 → 1234-****-****-3456
//	account         123-456-789012 → ***-***-**9012
//	passport        M12345678 → M********
//	driver_licence  11-12-123456-12 → 11-**-******-**
//	vehicle_plate   12가3456 → 12가****
//	ip              211.10.20.30 → 211.***.***.***
//	birth_date, address and anything else: every letter and digit → *
//
// The mask never contains a character of the value that the rule hides,
// whatever the input's shape.
func Mask(typ, value string) string {
	switch typ {
	case TypeName:
		return MaskName(value)
	case TypeRRN, TypeFRN:
		return maskRRN(value)
	case TypeMobile, TypeLandline:
		return MaskPhone(value)
	case TypeEmail:
		return MaskEmail(value)
	case TypeCard:
		return maskCard(value)
	case TypeAccount:
		return maskKeepLast(maskLetters(value), 4)
	case TypePassport:
		return maskPassport(value)
	case TypeLicence:
		return maskLicence(value)
	case TypePlate:
		return maskPlate(value)
	case TypeIP:
		return maskIP(value)
	case TypeBirthDate, TypeAddress:
		return maskDigits(maskLetters(value))
	}
	return maskAll(value)
}

// MaskName applies the rule for names: the first and last letters stay,
// the rest become '*' (홍길동 → 홍*동, 김철 → 김*, 남궁민수 → 남**수).
// Spaced Hangul ("홍 길 동") is masked as the name it spells, and each word
// of a Latin-script name is masked on its own (John Smith → J*** S****).
func MaskName(name string) string {
	if strings.ContainsAny(name, " \t") {
		ws := strings.Fields(name)
		if len(ws) > 1 && allOneSyllable(ws) {
			// "홍 길 동": the spaced letters of one name.
			m := []rune(MaskName(strings.Join(ws, "")))
			var b strings.Builder
			for i, r := range m {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteRune(r)
			}
			return b.String()
		}
		// Each word on its own, the spaces and tabs between them kept.
		var b strings.Builder
		a := 0
		for i := 0; i <= len(name); i++ {
			if i < len(name) && name[i] != ' ' && name[i] != '\t' {
				continue
			}
			if i > a {
				b.WriteString(MaskName(name[a:i]))
			}
			if i < len(name) {
				b.WriteByte(name[i])
			}
			a = i + 1
		}
		return b.String()
	}
	rs := []rune(name)
	if len(rs) > 0 && rs[0] < 0x80 {
		// Latin script: keep the initial only (Smith → S****), since the
		// last letter of a short Latin name tells too much.
		if len(rs) == 1 {
			return "*"
		}
		return string(rs[0]) + strings.Repeat("*", len(rs)-1)
	}
	switch len(rs) {
	case 0:
		return ""
	case 1:
		return "*"
	case 2:
		return string(rs[0]) + "*"
	}
	return string(rs[0]) + strings.Repeat("*", len(rs)-2) + string(rs[len(rs)-1])
}

func allOneSyllable(ws []string) bool {
	for _, w := range ws {
		if utf8.RuneCountInString(w) != 1 {
			return false
		}
	}
	return true
}

// MaskPhone applies the rule for telephone numbers: the area or carrier
// code and the last four digits stay (010-****-5678, 02-***-4567,
// 031-****-4567). A number in international form (+82 10 …) is written
// in its domestic form first. Too few digits to be a number: all masked.
func MaskPhone(phone string) string {
	d := make([]byte, 0, 16)
	for i := 0; i < len(phone); i++ {
		if isDigit(phone[i]) {
			d = append(d, phone[i])
		}
	}
	s := string(d)
	if strings.HasPrefix(strings.TrimSpace(phone), "+82") {
		s = strings.TrimPrefix(s, "82")
		if !strings.HasPrefix(s, "0") {
			s = "0" + s
		}
	}
	if len(s) < 8 {
		return strings.Repeat("*", max(len(s), 4))
	}
	area := 3
	switch {
	case strings.HasPrefix(s, "02"):
		area = 2
	case strings.HasPrefix(s, "050") && len(s) >= 12:
		area = 4
	case s[0] != '0':
		area = 0 // a local number without an area code: 123-4567
	}
	mid := len(s) - area - 4
	if mid < 1 {
		return strings.Repeat("*", len(s)-4) + "-" + s[len(s)-4:]
	}
	if area == 0 {
		return strings.Repeat("*", mid) + "-" + s[len(s)-4:]
	}
	return phoneMask(s[:area], mid, s[len(s)-4:])
}

// MaskEmail applies the rule for e-mail addresses: the first character of
// the local part and the domain stay (c***@example.com).
func MaskEmail(email string) string {
	at := strings.LastIndexByte(email, '@')
	if at <= 0 {
		return maskAll(email)
	}
	first, _ := utf8.DecodeRuneInString(email)
	return string(first) + "***" + email[at:]
}

func maskRRN(v string) string {
	d := onlyDigits(v)
	if len(d) != 13 {
		return maskAll(v)
	}
	return d[:6] + "-" + d[6:7] + "******"
}

func maskCard(v string) string {
	d := onlyDigits(v)
	if len(d) < 12 {
		return maskAll(v)
	}
	return d[:4] + "-****-****-" + d[len(d)-4:]
}

func maskPassport(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return v
	}
	r, size := utf8.DecodeRuneInString(v)
	return string(r) + strings.Repeat("*", utf8.RuneCountInString(v[size:]))
}

func maskLicence(v string) string {
	d := onlyDigits(v)
	if len(d) == 12 {
		return d[:2] + "-**-******-**"
	}
	if len(d) == 10 {
		return "**-******-**"
	}
	return maskAll(v)
}

func maskPlate(v string) string {
	// Keep the digits before the plate syllable and the syllable itself.
	for i, r := range v {
		if isHangul(r) {
			e := i + utf8.RuneLen(r)
			return v[:e] + maskDigits(strings.TrimLeft(v[e:], " "))
		}
	}
	return maskAll(v)
}

func maskIP(v string) string {
	k := strings.IndexByte(v, '.')
	if k <= 0 {
		return maskAll(v)
	}
	return v[:k] + ".***.***.***"
}

func onlyDigits(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			b.WriteByte(v[i])
		}
	}
	return b.String()
}

// maskLetters replaces every ASCII letter with '*'.
func maskLetters(v string) string {
	b := []byte(v)
	for i, c := range b {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			b[i] = '*'
		}
	}
	return string(b)
}

// maskAll replaces every letter and digit of any script with '*', keeping
// spaces and punctuation, so that a reader still sees where text was.
func maskAll(v string) string {
	var b strings.Builder
	for _, r := range v {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteByte('*')
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
