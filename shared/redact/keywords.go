package redact

import "strings"

// Some values are known by the word before them alone: a passport number
// after 여권번호 has no shape of its own (N47321098, 27 7429261,
// EJ6123218), an account number after a bank or 계좌 may be written with
// spaces (1000 0030 8697). The keyword pass reads them there.

// passportWords introduce a passport number.
var passportWords = []string{"여권번호", "여권 번호", "여권No", "Passport No", "passport no", "PASSPORT NO", "Passport number", "여권 재발급(", "여권(", "여권 사본(",
	"여권 ", "여권:"} // "여권 E96548663" in a note

// keywordValues masks values after their keywords.
func (sc *scanner) keywordValues() {
	s := sc.s
	hasPassport := sc.index(s, "여권") >= 0 || sc.index(s, "assport") >= 0 || sc.index(s, "ASSPORT") >= 0
	// The Korean keywords all start with 여권: its places are found once
	// and each keyword is tried there, instead of a search of the whole
	// text per keyword.
	var yeo []int
	if hasPassport {
		for from := 0; ; {
			k := sc.index(s[from:], "여권")
			if k < 0 {
				break
			}
			yeo = append(yeo, from+k)
			from += k + len("여권")
		}
	}
	for _, kw := range passportWords {
		if !hasPassport {
			break
		}
		if strings.HasPrefix(kw, "여권") {
			// No keyword overlaps itself, so a place past the last
			// match is the next match a search would find.
			from := 0
			for _, k := range yeo {
				if k >= from && strings.HasPrefix(s[k:], kw) {
					from = k + len(kw)
					sc.passportValue(from)
				}
			}
			continue
		}
		for from := 0; ; {
			k := sc.index(s[from:], kw)
			if k < 0 {
				break
			}
			from = from + k + len(kw)
			sc.passportValue(from)
		}
	}
	sc.spacedAccounts()
	sc.foreignPassports()
}

// passportValue masks the passport number after a keyword ending at from.
func (sc *scanner) passportValue(from int) {
	s := sc.s
	j := from
	for j < len(s) && (s[j] == ' ' || s[j] == ':' || s[j] == '.' || s[j] == ')' || s[j] == '\t') && j-from < 6 {
		j++
	}
	if strings.HasPrefix(s[j:], "：") {
		j += len("：")
		for j < len(s) && s[j] == ' ' {
			j++
		}
	}
	if strings.HasPrefix(s[j:], "is ") {
		j += len("is ") // "My passport no. is FA8214318"
	}
	e, digits := j, 0
	for e < len(s) && (isAlnum(s[e]) || s[e] == '*' && e > j || s[e] == ' ' && e+1 < len(s) && isDigit(s[e+1]) && e > j) && e-j < 14 {
		if isDigit(s[e]) {
			digits++
		}
		e++
	}
	// "M6593****": masked by hand in part, still half the number.
	if n := e - j; n >= 6 && digits >= 4 {
		sc.add(j, e, TypePassport, "passport.keyword", 0.9, maskPassport(s[j:e]))
	}
}

// foreignPassports masks, in a text that speaks of passports, the numbers
// shaped as other countries write them, wherever a table put them: one
// or two letters and six to eight digits (B2627680, EA1564448, MA109553),
// a letter, seven digits and a letter (P2850489G), or two digits, a space
// and seven digits (Russia's 75 6864781). Korean passports (M12345678)
// have their own reader; these shapes are too common as codes to be read
// as passports where no passport is mentioned.
func (sc *scanner) foreignPassports() {
	s := sc.s
	if sc.index(s, "여권") < 0 && sc.index(s, "assport") < 0 && sc.index(s, "ASSPORT") < 0 {
		return
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || isDigit(c)) || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '-' || s[i-1] == '.' || s[i-1] == '/') {
			continue
		}
		e := passportAt(s, i)
		if e == 0 {
			for i+1 < len(s) && isAlnum(s[i+1]) {
				i++
			}
			continue
		}
		sc.add(i, e, TypePassport, "passport.foreign", 0.85, maskPassport(s[i:e]))
		i = e - 1
	}
}

// passportAt returns the end of a foreign passport number's shape at i,
// or 0.
func passportAt(s string, i int) int {
	end := func(j int) int {
		if j < len(s) && (isAlnum(s[j]) || s[j] == '-' || s[j] == '/' || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])) {
			return 0
		}
		return j
	}
	if isDigit(s[i]) {
		// "75 6864781"
		if digitsAt(s, i) == 2 && i+2 < len(s) && s[i+2] == ' ' && digitsAt(s, i+3) == 7 {
			return end(i + 10)
		}
		return 0
	}
	j := i
	for j < len(s) && j-i < 2 && s[j] >= 'A' && s[j] <= 'Z' {
		j++
	}
	letters := j - i
	d := digitsAt(s, j)
	switch {
	case letters == 1 && d == 7 && j+d < len(s) && s[j+d] >= 'A' && s[j+d] <= 'Z':
		return end(j + d + 1)
	case letters == 1 && (d == 7 || d == 8), letters == 2 && d >= 6 && d <= 8:
		return end(j + d)
	}
	return 0
}

// spacedAccounts masks account numbers written with spaces right after a
// bank or 계좌: "토스뱅크 1000 0030 8697", "계좌(015 280443 76 450)".
func (sc *scanner) spacedAccounts() {
	s := sc.s
	// The next 계좌 and the next 은행 are each searched for only once they
	// are passed: searching both from every hit would read a long text
	// once per hit.
	next := func(word string, from int) int {
		if k := sc.index(s[from:], word); k >= 0 {
			return from + k
		}
		return len(s)
	}
	acct, bank := next("계좌", 0), next("은행", 0)
	for from := 0; ; {
		if acct < from {
			acct = next("계좌", from)
		}
		if bank < from {
			bank = next("은행", from)
		}
		k := min(acct, bank)
		if k >= len(s) {
			break
		}
		from = k + len("계좌")
		// Up to 24 bytes of words to the first digit.
		j := from
		for j < len(s) && !isDigit(s[j]) && s[j] != '\n' && j-from < 24 {
			j++
		}
		if j >= len(s) || !isDigit(s[j]) {
			continue
		}
		e, digits, groups := j, 0, 1
		for e < len(s) && (isDigit(s[e]) || (s[e] == ' ' || s[e] == '-') && e+1 < len(s) && isDigit(s[e+1])) {
			if isDigit(s[e]) {
				digits++
			} else {
				groups++
			}
			e++
		}
		if digits >= 10 && digits <= 16 && groups >= 3 && strings.Contains(s[j:e], " ") && !orgHolder(after(s, e, 48)) {
			sc.add(j, e, TypeAccount, "account.spaced", 0.85, maskKeepLast(s[j:e], 4))
		}
	}
}
