package keywords

import (
	"strconv"
	"strings"
)

// MaxTerms bounds the nouns kept per document.
const MaxTerms = 64

// Profile is what a search engine stores about a document to relate it to
// others and to suggest words: both engines build it here, so they relate
// and suggest alike.
type Profile struct {
	// Nouns are the document's nouns, most frequent first.
	Nouns []string
	// Terms holds the nouns with their counts, one "word count" a line.
	Terms string
	// Keywords are the envelope's keywords, normalised.
	Keywords []string
	// Number is the document's own number, normalised.
	Number string
	// Cites are the document numbers the body cites, other than its own.
	Cites []string
}

// ProfileOf builds a document's profile.
func ProfileOf(title, body, number string, envelope []string) Profile {
	terms := Terms(title, body, MaxTerms)
	p := Profile{Nouns: make([]string, len(terms)), Terms: EncodeTerms(terms), Number: NormalizeNumber(number)}
	for i, t := range terms {
		p.Nouns[i] = t.Word
	}
	for _, k := range envelope {
		if k = NormalizeKeyword(k); k != "" {
			p.Keywords = append(p.Keywords, k)
		}
	}
	for _, c := range Citations(body) {
		if c != p.Number {
			p.Cites = append(p.Cites, c)
		}
	}
	return p
}

// EncodeTerms writes terms one "word count" a line.
func EncodeTerms(ts []Term) string {
	var b strings.Builder
	b.Grow(16 * len(ts))
	for _, t := range ts {
		b.WriteString(t.Word)
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(t.Count))
		b.WriteByte('\n')
	}
	return b.String()
}

// ParseTerms reads what EncodeTerms wrote, skipping malformed lines.
func ParseTerms(s string) []Term {
	var out []Term
	for line := range strings.SplitSeq(s, "\n") {
		w, c, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(c)
		if err != nil {
			continue
		}
		out = append(out, Term{Word: w, Count: n})
	}
	return out
}
