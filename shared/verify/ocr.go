package verify

import "strings"

// DoubtOCR is the doubt on a number that optical character recognition
// garbled: a letter read for one of its digits.
const DoubtOCR = "ocr"

// ocrLetter reports the letters OCR reads for digits: O and o for 0, l
// and I for 1, S for 5, B for 8.
func ocrLetter(c byte) bool {
	return c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == 'S' || c == 'B'
}

// garbledNumbers doubts numbers with a letter OCR read for a digit
// ("84O608-1696***", "(032) 4B4-1202", "l970. 4. 17.", "o10-6645-8730"):
// the detector reads digits, so such a number may be an identifier it
// could not see, and the scan it came from likely garbled others. A
// letter counts when digits stand on both its sides, when an O, o, l or
// I opens a number, or when any of them opens or closes a group that a
// '-' or '.' joins to the next; the number must hold five digits at
// least, which codes of a letter and a few digits (B02호, A4) do not.
func garbledNumbers(s string) []Doubt {
	var toks [][2]int
	for i := 0; i < len(s); {
		c := s[i]
		if !digit(c) && !ocrLetter(c) {
			i++
			continue
		}
		if i > 0 && isASCIILetter(s[i-1]) {
			// Inside a word ("Bus", "OS10"): skip the word.
			for i < len(s) && (isASCIILetter(s[i]) || digit(s[i])) {
				i++
			}
			continue
		}
		// The token: digits, OCR letters and the joiners of numbers.
		j, e := i, i
		digits, garbled := 0, false
		for j < len(s) {
			c := s[j]
			switch {
			case digit(c):
				digits++
				e = j + 1
			case ocrLetter(c):
				prevDigit := j > i && digit(s[j-1])
				nextDigit := j+1 < len(s) && digit(s[j+1])
				opens := j == i && (c == 'o' || c == 'l' || c == 'O' || c == 'I') && nextDigit ||
					j == i && groupThenJoin(s, j+1, 3)
				closes := prevDigit && j+2 < len(s) && (s[j+1] == '.' || s[j+1] == '-') && digit(s[j+2])
				if prevDigit && nextDigit || opens || closes {
					garbled = true
					e = j + 1
				} else if !(j == i && nextDigit) && !(prevDigit && (j+1 == len(s) || !isASCIILetter(s[j+1]))) {
					goto done
				}
			case (c == '-' || c == '.' || c == ' ') && j+1 < len(s) && (digit(s[j+1]) || ocrLetter(s[j+1]) || s[j+1] == ' '):
			default:
				goto done
			}
			j++
		}
	done:
		if garbled && digits >= 5 && (e == len(s) || !isASCIILetter(s[e])) {
			toks = append(toks, [2]int{i, e})
		}
		if e > i {
			j = max(j, e)
		}
		if j == i {
			j++
		}
		i = j
	}
	if len(toks) == 0 {
		return nil
	}
	// Read the numbers with their letters as digits, as the digit rule
	// reads numbers, so that what makes a number public there (an office's
	// telephone, a company's registration, a code) holds here too.
	b := []byte(s)
	for _, t := range toks {
		for k := t[0]; k < t[1]; k++ {
			b[k] = ocrDigit(b[k])
		}
	}
	folded := string(b)
	dense := digitRuns(folded)
	var ds []Doubt
	k := 0 // both lists run in text order: one sweep
	for _, t := range toks {
		v := folded[t[0]:t[1]]
		pre := lineBefore(folded, t[0], 60)
		hit := birthDate(v) || len(onlyDigitsOf(v)) >= 9 && !hasWord(pre, officeWords) && !hasWord(pre, codeWords) && !hasWord(lineAround(folded, t[0]), corporateWords) &&
			!publicCode(folded, t[0], t[1], ownWords(pre)) && !strings.HasPrefix(v, "20") && !strings.HasPrefix(v, "19")
		for k < len(dense) && dense[k].End <= t[0] {
			k++
		}
		if k < len(dense) && dense[k].Start < t[1] {
			hit = true
		}
		if hit {
			ds = append(ds, Doubt{Type: DoubtOCR, Rule: "ocr.garbled", Start: t[0], End: t[1], Reason: "a number OCR garbled (a letter for a digit) may be an identifier left unread"})
		}
	}
	return ds
}

// ocrDigit returns the digit an OCR letter stands for, or c.
func ocrDigit(c byte) byte {
	switch c {
	case 'O', 'o':
		return '0'
	case 'l', 'I':
		return '1'
	case 'S':
		return '5'
	case 'B':
		return '8'
	}
	return c
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// groupThenJoin reports n or more digits at i followed by a '-' or '.'
// and another digit: a number's first group ("B50608-2052", "I960. 12").
func groupThenJoin(s string, i, n int) bool {
	j := i
	for j < len(s) && digit(s[j]) {
		j++
	}
	if j-i < n || j+1 >= len(s) || s[j] != '-' && s[j] != '.' {
		return false
	}
	k := j + 1
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k < len(s) && digit(s[k])
}

// birthDate reports a date before 2010 ("1960. 12. 9", "75.08.15"):
// a garbled date of birth; a recent date is the document's own.
func birthDate(t string) bool {
	var groups []string
	for _, f := range strings.FieldsFunc(t, func(r rune) bool { return r < '0' || r > '9' }) {
		groups = append(groups, f)
	}
	if len(groups) != 3 || len(groups[1]) > 2 || len(groups[2]) > 2 {
		return false
	}
	switch y := groups[0]; len(y) {
	case 4:
		return y < "2010" && y >= "1900"
	case 2:
		return y >= "30"
	}
	return false
}
