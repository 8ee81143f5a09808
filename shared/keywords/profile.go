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

// Subject holds a document's strongest keywords for relating it to others.
type Subject struct {
	top      []Keyword
	envelope map[string]bool
}

// NewSubject keeps a document's ranked keywords and which of them a person
// chose (its envelope keywords).
func NewSubject(top []Keyword, envelope []string) Subject {
	s := Subject{top: top, envelope: map[string]bool{}}
	for _, k := range envelope {
		s.envelope[k] = true
	}
	return s
}

// Shares returns the subject's keywords another document has (by its term
// lines and envelope keywords) and whether they make a subject in common:
// one shared common noun is chance; two, or a keyword a person chose, is a
// subject.
func (s Subject) Shares(terms string, envelope []string) ([]string, bool) {
	has := map[string]bool{}
	for _, t := range ParseTerms(terms) {
		has[t.Word] = true
	}
	for _, k := range envelope {
		has[k] = true
	}
	var shared []string
	strong := false
	for _, k := range s.top {
		if has[k.Word] {
			shared = append(shared, k.Word)
			strong = strong || s.envelope[k.Word]
		}
	}
	return shared, len(shared) >= 2 || strong
}
