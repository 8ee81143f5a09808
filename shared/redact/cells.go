package redact

import (
	"strings"
	"unicode"
)

// The cells of a column whose header names a kind of personal data hold
// that data whatever the words around them: a six-digit code under
// 생년월일 is a date of birth, a number under 연락처 a person's telephone.

// firstDigit returns the first ASCII digit in [a, b), or b.
func firstDigit(s string, a, b int) int {
	for a < b && !isDigit(s[a]) {
		a++
	}
	return a
}

// birthCell masks a date of birth in a cell: 1980. 3. 2., 1980-03-02,
// 19800302, 800302, 80.03.02, 1980년 3월 2일.
func (sc *scanner) birthCell(c cell) {
	s := sc.s
	if a := strings.TrimLeft(s[c.start:c.end], " \t\""); a != "" && isLatin(a[0]) {
		st := c.end - len(a)
		if e := mdyDate(s, st, c.end); e > st {
			sc.add(st, e, TypeBirthDate, "birth.column", 0.9, maskDigits(s[st:e]))
			return
		}
	}
	if i := firstDigit(s, c.start, c.end); i < c.end {
		if e := starDate(s, i, c.end); e > i {
			sc.add(i, e, TypeBirthDate, "birth.partly_masked", 0.85, maskDigits(s[i:e]))
			return
		}
		if e := dmyDate(s, i, c.end); e > i {
			sc.add(i, e, TypeBirthDate, "birth.column", 0.9, maskDigits(s[i:e]))
			return
		}
	}
	for i := firstDigit(s, c.start, c.end); i < c.end; i = firstDigit(s, i, c.end) {
		t := &sc.tok
		readToken(s, i, t)
		l := t.lensFrom(0, 3)
		if n, e := dateShape(s, t, 0, l); n > 0 && e <= c.end {
			if e < c.end && s[e] == '.' {
				e++
			}
			sc.add(i, e, TypeBirthDate, "birth.column", 0.9, maskDigits(s[i:e]))
			return
		}
		i = t.g[len(t.g)-1].end
	}
}

// amountLike reports a sum of money: "654,108,950원", "₩524,162,810".
func amountLike(v string) bool {
	v = strings.TrimSpace(v)
	return strings.HasPrefix(v, "₩") || strings.HasPrefix(v, "금") && strings.HasSuffix(v, "원") ||
		strings.HasSuffix(v, "원") && strings.Contains(v, ",") && strings.Trim(strings.TrimSuffix(v, "원"), "0123456789,") == ""
}

// dmyDate reads a date written day first, as foreign passports and
// some systems write it, from i: "08.02.1971", "14/10/1975", "25 MAY
// 1988", "08 OCT 1982". It returns the end, or i.
func dmyDate(s string, i, end int) int {
	d := digitsAt(s[:end], i)
	if d < 1 || d > 2 {
		return i
	}
	day := atoi(s, group{i, i + d})
	j := i + d
	if j < end && (s[j] == '.' || s[j] == '/' || s[j] == '-') {
		sep := s[j]
		j++
		m := digitsAt(s[:end], j)
		if m < 1 || m > 2 {
			return i
		}
		mon := atoi(s, group{j, j + m})
		j += m
		if j >= end || s[j] != sep || digitsAt(s[:end], j+1) != 4 {
			return i
		}
		y := atoi(s, group{j + 1, j + 5})
		if !validDate(y, mon, day) || y < 1900 || y > 2030 {
			return i
		}
		return j + 5
	}
	if j < end && s[j] == ' ' && j+9 <= end {
		if !isLatin(s[j+1]) || !isLatin(s[j+2]) || !isLatin(s[j+3]) {
			return i
		}
		mon := strings.Index("JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC", strings.ToUpper(s[j+1:j+4]))
		if mon < 0 || mon%3 != 0 || s[j+4] != ' ' || digitsAt(s[:end], j+5) != 4 {
			return i
		}
		y := atoi(s, group{j + 5, j + 9})
		if !validDate(y, mon/3+1, day) || y < 1900 || y > 2030 {
			return i
		}
		return j + 9
	}
	return i
}

// mdyDate reads a date written month first in English from i, as forms
// filled in abroad give a birth date: "March 15, 1985", "Mar 15 1985",
// "JULY 22, 1991". It returns the end, or i.
func mdyDate(s string, i, end int) int {
	j := i
	for j < end && isLatin(s[j]) {
		j++
	}
	if j-i < 3 || j-i > 9 || j >= end || s[j] != ' ' {
		return i
	}
	word := strings.ToUpper(s[i:j])
	mon := -1
	for k, m := range []string{"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"} {
		if word == m || len(word) >= 3 && strings.HasPrefix(m, word) && (len(word) == 3 || word == "SEPT") {
			mon = k + 1
		}
	}
	if mon < 0 {
		return i
	}
	j++
	d := digitsAt(s[:end], j)
	if d < 1 || d > 2 {
		return i
	}
	day := atoi(s, group{j, j + d})
	j += d
	if j < end && s[j] == ',' {
		j++
	}
	if j >= end || s[j] != ' ' || digitsAt(s[:end], j+1) != 4 {
		return i
	}
	y := atoi(s, group{j + 1, j + 5})
	if !validDate(y, mon, day) || y < 1900 || y > 2030 {
		return i
	}
	return j + 5
}

// starDate reads a date whose day alone is starred from i: "1950. 11.
// **.", "'83.4.**", "1983-04-**". Its year and month still tell a date of
// birth apart from most. It returns the end, or i.
func starDate(s string, i, end int) int {
	j := i
	n := digitsAt(s[:end], j)
	if n != 2 && n != 4 {
		return i
	}
	j += n
	sep := func() bool {
		k := j
		if k < end && (s[k] == '.' || s[k] == '-' || s[k] == '/') {
			k++
		} else {
			return false
		}
		for k < end && s[k] == ' ' {
			k++
		}
		j = k
		return true
	}
	if !sep() {
		return i
	}
	m := digitsAt(s[:end], j)
	if m < 1 || m > 2 {
		return i
	}
	j += m
	if !sep() {
		return i
	}
	k := j
	for k < end && s[k] == '*' {
		k++
	}
	if k-j < 1 || k-j > 2 {
		return i
	}
	if k < end && s[k] == '.' {
		k++
	}
	return k
}

// phoneCell masks a telephone in a cell of a person's contacts.
func (sc *scanner) phoneCell(c cell) {
	s := sc.s
	for i := firstDigit(s, c.start, c.end); i < c.end; i = firstDigit(s, i, c.end) {
		t := &sc.tok
		readToken(s, i, t)
		l := t.lensFrom(0, 3)
		st := i
		if st > c.start && s[st-1] == '(' {
			st--
		}
		if n := mobileShape(l); n > 0 {
			d := t.digits(s, 0, n)
			if isMobilePrefix(d) && t.g[n-1].end <= c.end {
				sc.add(st, t.g[n-1].end, TypeMobile, "mobile.column", 0.95, phoneMask(d[:3], len(d)-7, d[len(d)-4:]))
				i = t.g[n-1].end
				continue
			}
		}
		if n, area := landShape(s, t, 0, l); n > 0 && t.g[n-1].end <= c.end {
			d := t.digits(s, 0, n)
			sc.add(st, t.g[n-1].end, TypeLandline, "landline.column", 0.9, phoneMask(d[:area], len(d)-area-4, d[len(d)-4:]))
			i = t.g[n-1].end
			continue
		}
		// "9108-6521" alone under 연락처: a local number, its area
		// code left out.
		if len(l) == 2 && (l[0] == 3 || l[0] == 4) && l[1] == 4 && !nationalNumber(s[t.g[0].start:t.g[0].end]) && strings.TrimSpace(s[c.start:c.end]) == strings.TrimSpace(s[i:t.g[1].end]) {
			sc.add(i, t.g[1].end, TypeLandline, "landline.local", 0.85, strings.Repeat("*", l[0])+"-"+s[t.g[1].start:t.g[1].end])
			i = t.g[1].end
			continue
		}
		// In a column of telephones, "010-77341160" (the second hyphen
		// lost) and "1029867716" (the first zero lost to a spreadsheet)
		// are mobiles too.
		if n := len(l); n <= 2 && t.g[n-1].end <= c.end {
			d := t.digits(s, 0, n)
			if len(d) == 10 && d[0] == '1' && isMobilePrefix("0"+d) {
				d = "0" + d
			}
			if (len(d) == 11 || len(d) == 10) && isMobilePrefix(d) {
				sc.add(st, t.g[n-1].end, TypeMobile, "mobile.column", 0.9, phoneMask(d[:3], len(d)-7, d[len(d)-4:]))
				i = t.g[n-1].end
				continue
			}
		}
		i = t.g[len(t.g)-1].end
	}
}

// addressCell masks the numbers of a person's address: from the first
// building, lot or unit number to the last ("왕십리로 222, 101동 1203호",
// "성수동1가 498-44"). A postal code in brackets stays.
func (sc *scanner) addressCell(c cell) {
	s := sc.s
	if v := s[c.start:c.end]; !strings.ContainsFunc(v, unicode.IsLetter) || amountLike(v) {
		return // "2", "₩524,162,810": a column out of step, not an address
	}
	a, b := -1, -1
	// Masked already when nothing of the number shows after the mask;
	// "권율대로33길 ***, 105동 1206호" still shows the home.
	masked := false
	if k := strings.IndexAny(s[c.start:c.end], "○●◯*"); k >= 0 {
		masked = strings.IndexAny(s[c.start+k:c.end], "0123456789") < 0
	}
	for i := c.start; i < c.end; i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i
		for j < c.end && isDigit(s[j]) {
			j++
		}
		if j-i == 5 && (strings.HasSuffix(strings.TrimRight(s[c.start:i], " "), "우") || strings.HasSuffix(strings.TrimRight(s[c.start:i], " "), "(")) {
			i = j
			continue // a postal code
		}
		if masked && prevHangul(s, i) && hasPrefixAny(s[j:c.end], []string{"길", "가", "로", "동"}) {
			// An address masked already ("화랑로19길 ○○○"): the digits
			// of its names (화랑로19길, 진관2로, 성수동1가) are left as
			// the masker left them. Unmasked, the side street goes with
			// the number.
			i = j
			continue
		}
		if a < 0 {
			a = i
		}
		b = j
		i = j
	}
	if a < 0 {
		return
	}
	if c.end < len(s) && s[c.end] == '\n' && !c.unwrapped {
		// The cell wrapped its unit onto the next line ("올림픽로 140,
		// 가동\n169호").
		// Each line's part is its own finding: no mask runs over the
		// line's end.
		if e := unitLineEnd(s, c.end+1); e > 0 {
			sc.add(a, b, TypeAddress, "address.column", 0.9, maskDigits(s[a:b]))
			sc.add(c.end+1, e, TypeAddress, "address.column", 0.9, maskDigits(s[c.end+1:e]))
			return
		}
	}
	sc.add(a, b, TypeAddress, "address.column", 0.9, maskDigits(s[a:b]))
}

// accountCell masks a bank account number in a cell.
func (sc *scanner) accountCell(c cell) {
	s := sc.s
	if t := strings.TrimSpace(s[c.start:c.end]); strings.IndexByte(t, '*') >= 0 && accountLike(t) {
		// "004-******-78-183": masked by hand in part, more left bare than
		// the rule's last four.
		a := c.start + strings.Index(s[c.start:c.end], t)
		digits := 0
		for k := 0; k < len(t); k++ {
			if isDigit(t[k]) {
				digits++
			}
		}
		if digits > 4 {
			sc.add(a, a+len(t), TypeAccount, "account.partly_masked", 0.85, maskKeepLast(maskAll(t[:len(t)-4])+t[len(t)-4:], 4))
		}
		return
	}
	for i := firstDigit(s, c.start, c.end); i < c.end; i = firstDigit(s, i, c.end) {
		t := &sc.tok
		readToken(s, i, t)
		sum, k := 0, 0
		for k < len(t.g) && t.g[k].end <= c.end {
			sum += t.g[k].len()
			k++
			if k < len(t.g) && !t.tight[k-1] {
				break
			}
		}
		if sum >= 8 && sum <= 16 {
			e := t.g[k-1].end
			sc.add(i, e, TypeAccount, "account.column", 0.9, maskKeepLast(s[i:e], 4))
		}
		i = t.g[len(t.g)-1].end
	}
}

// passportCell masks a passport number in a cell: six to ten letters and
// digits with at least five digits (M12345678, EA1234567, C01X00T47).
func (sc *scanner) passportCell(c cell) {
	s := sc.s
	for i := c.start; i < c.end; {
		if !isAlnum(s[i]) {
			i++
			continue
		}
		j := i
		digits := 0
		for j < c.end && isAlnum(s[j]) {
			if isDigit(s[j]) {
				digits++
			}
			j++
		}
		if j < c.end && s[j] == '-' || i > c.start && s[i-1] == '-' {
			i = j // a registration number's part ("690401-*******"), not a passport
			continue
		}
		if n := j - i; n >= 6 && n <= 10 && (digits >= 5 || digits >= 1 && n >= 8 && n-digits >= 1) {
			sc.add(i, j, TypePassport, "passport.column", 0.9, maskPassport(s[i:j]))
		}
		i = j
	}
}
