package keywords

import (
	"math"
	"regexp"
	"slices"
	"strings"

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
	for _, n := range Nouns(title) {
		counts[n] += 3
	}
	for _, n := range Nouns(body) {
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

// citation matches a Korean document number: a unit name in Hangul (and
// digits), a hyphen and a serial, e.g. 정보공개정책과-1234. The
// surrounding characters are captured so that a number inside a longer
// token is not taken.
var citation = regexp.MustCompile(`(^|[^\p{L}\p{N}-])(\p{Hangul}[\p{Hangul}\p{N}]{1,30}-[0-9]{1,8})([^\p{N}-]|$)`)

// Citations returns the distinct document numbers cited in text, in order
// of appearance.
func Citations(text string) []string {
	text = norm.NFC.String(text)
	var out []string
	seen := map[string]bool{}
	// Matches may share a separator; scan from each match's number end.
	for i := 0; i < len(text); {
		m := citation.FindStringSubmatchIndex(text[i:])
		if m == nil {
			break
		}
		num := text[i+m[4] : i+m[5]]
		if !seen[num] {
			seen[num] = true
			out = append(out, num)
		}
		i += m[5]
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
