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
	hasPassport := strings.Contains(s, "여권") || strings.Contains(s, "assport") || strings.Contains(s, "ASSPORT")
	for _, kw := range passportWords {
		for from := 0; hasPassport; {
			k := strings.Index(s[from:], kw)
			if k < 0 {
				break
			}
			k += from
			from = k + len(kw)
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
	}
	sc.spacedAccounts()
}

// spacedAccounts masks account numbers written with spaces right after a
// bank or 계좌: "토스뱅크 1000 0030 8697", "계좌(015 280443 76 450)".
func (sc *scanner) spacedAccounts() {
	s := sc.s
	// The next 계좌 and the next 은행 are each searched for only once they
	// are passed: searching both from every hit would read a long text
	// once per hit.
	next := func(word string, from int) int {
		if k := strings.Index(s[from:], word); k >= 0 {
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
