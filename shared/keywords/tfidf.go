package keywords

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Term is a noun and how often a document uses it.
type Term struct {
	Word  string
	Count int
}

// Terms counts the noun candidates of a document's title and body; title
// nouns count three times, since a title names the subject. The result is
// ordered by count, then word, and bounded by max (0 means no bound) so
// that an index stores a document's vocabulary at a fixed cost.
func Terms(title, body string, max int) []Term {
	counts := map[string]int{}
	for _, n := range Nouns(unrelated(title)) {
		counts[n] += 3
	}
	for _, n := range Nouns(unrelated(body)) {
		counts[n]++
	}
	out := make([]Term, 0, len(counts))
	for w, c := range counts {
		out = append(out, Term{w, c})
	}
	slices.SortFunc(out, func(a, b Term) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Word, b.Word)
	})
	if max > 0 && len(out) > max {
		out = out[:max]
	}
	return out
}

// webAddress is a domain, with or without a scheme and path
// (www.seoul.go.kr, example.com/a).
var webAddress = regexp.MustCompile(`(?i)^[("'<\[]*([a-z][a-z0-9+.-]*://)?([a-z0-9-]+\.)+[a-z]{2,}(/\S*)?$`)

// unrelated drops from text what relates documents by accident: masked
// values (홍*동, 010-****-5678), whose pieces would otherwise become words,
// and e-mail and web addresses, whose domains (example.com, the city's
// own) are shared by documents on any subject.
func unrelated(text string) string {
	if !strings.ContainsAny(text, "*@.") {
		return text
	}
	fields := strings.Fields(text)
	keep := fields[:0]
	for _, f := range fields {
		if strings.ContainsAny(f, "*@") || strings.Contains(f, "://") || webAddress.MatchString(strings.TrimRight(f, ".,;:)]>\"'")) {
			continue
		}
		keep = append(keep, f)
	}
	return strings.Join(keep, " ")
}

// Keyword is a word with its weight in one document.
type Keyword struct {
	Word   string  `json:"word"`
	Weight float64 `json:"weight"`
}

// EnvelopeBoost multiplies the weight of the keywords the sending system
// put in the envelope: a person chose them.
const EnvelopeBoost = 3.0

// Rank weighs a document's terms by TF-IDF, where df(word) is the number
// of documents using the word among total; envelope keywords are boosted
// by EnvelopeBoost (and added when the text does not use them). It returns
// the n heaviest, heaviest first.
func Rank(terms []Term, envelope []string, df func(string) int, total, n int) []Keyword {
	if total < 1 {
		total = 1
	}
	idf := func(w string) float64 {
		d := df(w)
		if d < 0 {
			d = 0
		}
		// Smoothed IDF, always positive so a word every document uses still
		// counts a little.
		return math.Log(1+float64(total)/float64(1+d)) + 0.01
	}
	weights := map[string]float64{}
	for _, t := range terms {
		weights[t.Word] = (1 + math.Log(float64(t.Count))) * idf(t.Word)
	}
	for _, e := range envelope {
		e = norm.NFC.String(strings.TrimSpace(e))
		if e == "" {
			continue
		}
		w := weights[e]
		if w == 0 {
			w = idf(e)
		}
		weights[e] = w * EnvelopeBoost
	}
	out := make([]Keyword, 0, len(weights))
	for w, x := range weights {
		out = append(out, Keyword{w, x})
	}
	slices.SortFunc(out, func(a, b Keyword) int {
		if a.Weight != b.Weight {
			if a.Weight > b.Weight {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Word, b.Word)
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// Citations returns the distinct document numbers cited in text, in order
// of appearance. A document number is a unit name in Hangul (and digits),
// a hyphen and a serial, e.g. 정보공개정책과-1234; the unit name starts with
// a syllable and is 2 to 31 characters, the serial 1 to 8 digits, and a
// number inside a longer token (abc정보과-9, 예산과-12-3) is not one.
// (A hand-written scanner: the equivalent regular expression cost a tenth
// of indexing.)
func Citations(text string) []string {
	text = norm.NFC.String(text)
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(text); i++ {
		if text[i] != '-' || i+1 >= len(text) || text[i+1] < '0' || text[i+1] > '9' {
			continue
		}
		// The serial.
		end := i + 1
		for end < len(text) && text[end] >= '0' && text[end] <= '9' {
			end++
		}
		if end-i-1 > 8 {
			continue
		}
		if end < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[end:]); r == '-' || unicode.IsNumber(r) {
				continue
			}
		}
		// The unit name, back from the hyphen.
		start, n := i, 0
		for start > 0 && n <= 31 {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if !unicode.Is(unicode.Hangul, r) && !unicode.IsNumber(r) {
				break
			}
			start -= size
			n++
		}
		if n < 2 || n > 31 {
			continue
		}
		if first, _ := utf8.DecodeRuneInString(text[start:]); !unicode.Is(unicode.Hangul, first) {
			continue
		}
		if start > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:start]); r == '-' || unicode.IsLetter(r) || unicode.IsNumber(r) {
				continue
			}
		}
		if num := text[start:end]; !seen[num] {
			seen[num] = true
			out = append(out, num)
		}
	}
	return out
}

// NormalizeNumber brings a document number to the form Citations returns,
// so that a cited number and an envelope's document_number compare equal.
// A number written with its organization ("서울특별시 정보공개정책과-1234")
// is reduced to its unit part.
func NormalizeNumber(num string) string {
	if c := Citations(num); len(c) > 0 {
		return c[len(c)-1]
	}
	return strings.Join(strings.Fields(norm.NFC.String(num)), "")
}

// NormalizeKeyword brings an envelope keyword to its indexed form: NFC,
// single spaces, Latin letters in lower case.
func NormalizeKeyword(k string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(k)), " "))
}
