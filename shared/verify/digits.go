package verify

import "strings"

// Types of doubt.
const (
	DoubtDigits  = "digit_run"
	DoubtEmail   = "email"
	DoubtKeyword = "keyword"
	DoubtName    = "name"
)

func digit(c byte) bool { return '0' <= c && c <= '9' }

// digitRuns flags stretches of text, on one line, where digits are dense
// enough to be an identifier: at least minDigits digits joined only by
// '-', '.', ' ', '(' or ')', none of them masked. Dates, amounts with
// commas, statute and document numbers stay below the bar or are broken
// by other characters.
const minDigits = 10

func digitRuns(s string) []Doubt {
	var ds []Doubt
	for i := 0; i < len(s); {
		if !digit(s[i]) {
			i++
			continue
		}
		start, n, end := i, 0, i
		j := i
		for j < len(s) {
			c := s[j]
			if digit(c) {
				n++
				j++
				end = j
				continue
			}
			if (c == '-' || c == '.' || c == ' ' || c == ')' || c == '(') && j+1 < len(s) && (digit(s[j+1]) || s[j+1] == ' ' || s[j+1] == '-') && j-end < 3 {
				j++
				continue
			}
			break
		}
		if n >= minDigits && !dateLike(s[start:end]) {
			ds = append(ds, Doubt{Type: DoubtDigits, Rule: "digits.dense", Start: start, End: end,
				Reason: "a run of digits long enough to be an identifier is left unmasked"})
		}
		i = end + 1
	}
	return ds
}

// dateLike reports whether a run is a date or a range of dates such as
// "2014. 3. 1." or "2014-03-01 ~ 2014-03-31", which are public.
func dateLike(run string) bool {
	parts := strings.FieldsFunc(run, func(r rune) bool { return r == '.' || r == '-' || r == ' ' })
	if len(parts) == 0 || len(parts)%3 != 0 {
		return false
	}
	for k := 0; k < len(parts); k += 3 {
		if len(parts[k]) != 4 || len(parts[k+1]) > 2 || len(parts[k+2]) > 2 {
			return false
		}
		y := parts[k]
		if !(strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) {
			return false
		}
	}
	return true
}

// mailResidue flags an '@' between an unmasked local part and a dotted
// domain.
func mailResidue(s string) []Doubt {
	var ds []Doubt
	for i := 0; i < len(s); i++ {
		if s[i] != '@' {
			continue
		}
		a := i
		for a > 0 && localByte(s[a-1]) {
			a--
		}
		if i-a < 2 {
			continue // "h***@" or nothing: masked or not an address
		}
		e := i + 1
		for e < len(s) && (alnum(s[e]) || s[e] == '-' || s[e] == '.') {
			e++
		}
		if !strings.Contains(s[i+1:e], ".") {
			continue
		}
		ds = append(ds, Doubt{Type: DoubtEmail, Rule: "email.unmasked_local", Start: a, End: e,
			Reason: "an e-mail address with its local part visible"})
	}
	return ds
}

func alnum(c byte) bool {
	return digit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func localByte(c byte) bool {
	return alnum(c) || c == '.' || c == '_' || c == '+' || c == '-' || c == '%'
}
