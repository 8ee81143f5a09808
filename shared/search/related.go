package search

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/keywords"
)

// RelatedKeywords is how many of a document's heaviest keywords are
// matched against other documents.
const RelatedKeywords = 10

// MaxCitations bounds the documents a document cites that are considered:
// all of them are fetched (up to this bound) so that the citation order,
// not the date, decides which survive n.
const MaxCitations = 200

// Source is what Related reads of the document itself.
type Source struct {
	// Key is the engine's own id of the document, excluded from its links.
	Key            string
	DocumentNumber string
	DepartmentCode string
	Cites          []string
	Keywords       []string
	Terms          []keywords.Term
	ApprovedAt     time.Time // zero when unknown
}

// Candidate is a hit of one of Related's queries.
type Candidate struct {
	Key string // the engine's own id, to exclude it from later queries
	Hit Hit
	// Terms and Keywords are filled by Sharing, for Subject.Shares.
	Terms    string
	Keywords []string
}

// RelatedQueries is what an engine answers so that Related can relate
// documents: each method is one query in the engine's own language. Every
// query is within org and leaves out the documents whose keys are in
// exclude; size bounds its hits.
type RelatedQueries interface {
	// Source loads the document, or fails with ErrNotFound.
	Source(ctx context.Context, org, id string) (Source, error)
	// Numbered finds the documents whose number is one of numbers.
	Numbered(ctx context.Context, org string, numbers, exclude []string, size int) ([]Candidate, error)
	// Citing finds the documents citing number, newest first.
	Citing(ctx context.Context, org, number string, exclude []string, size int) ([]Candidate, error)
	// DocFreq counts the documents using each word as a noun or as an
	// envelope keyword (the larger of the two), and all documents.
	DocFreq(ctx context.Context, words []string) (df map[string]int, total int, err error)
	// Sharing finds documents matching the weighted keywords top (and, an
	// engine may add, the text of src), best first, with their terms.
	Sharing(ctx context.Context, org string, src Source, top []keywords.Keyword, exclude []string, size int) ([]Candidate, error)
	// Nearby finds documents of department approved within [from, to],
	// newest first.
	Nearby(ctx context.Context, org, department string, from, to time.Time, exclude []string, size int) ([]Candidate, error)
}

// Related returns up to n documents related to org/id, asking q: the
// documents it cites, in the order it cites them, then those citing it,
// newest first; then documents sharing its heaviest keywords; then
// documents of the same department approved within RelatedPeriod. Each
// document appears once, under its strongest reason. Both adapters call
// it, so the order is one rule whatever the engine.
func Related(ctx context.Context, q RelatedQueries, org, id string, n int) ([]Link, error) {
	if n <= 0 {
		n = 10
	}
	src, err := q.Source(ctx, org, id)
	if err != nil {
		return nil, err
	}
	seen := []string{src.Key}
	var links []Link
	add := func(c Candidate, l Link) {
		seen = append(seen, c.Key)
		l.Hit = c.Hit
		links = append(links, l)
	}

	// 1. Citations, both directions.
	if len(src.Cites) > 0 {
		cs, err := q.Numbered(ctx, org, src.Cites, slices.Clone(seen), max(n, MaxCitations))
		if err != nil {
			return nil, err
		}
		slices.SortStableFunc(cs, func(a, b Candidate) int {
			return cmp.Compare(slices.Index(src.Cites, a.Hit.DocumentNumber), slices.Index(src.Cites, b.Hit.DocumentNumber))
		})
		for _, c := range cs {
			// A document cannot cite one approved after it: the number
			// was reissued (numbers restart with the year or a
			// reorganisation), and the later one is not what was meant.
			if before(src.ApprovedAt, c.Hit.ApprovedAt) {
				continue
			}
			add(c, Link{Reason: ReasonCites, Cited: c.Hit.DocumentNumber})
		}
	}
	if len(links) < n && src.DocumentNumber != "" {
		// Twice as many as needed, since citing documents older than this
		// one are dropped.
		cs, err := q.Citing(ctx, org, src.DocumentNumber, slices.Clone(seen), 2*(n-len(links)))
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if len(links) >= n {
				break
			}
			// Approved before this document, it cited an earlier holder
			// of the number.
			if before(c.Hit.ApprovedAt, src.ApprovedAt) {
				continue
			}
			add(c, Link{Reason: ReasonCitedBy, Cited: src.DocumentNumber})
		}
	}

	// 2. Shared keywords. A hit that shares none of the heaviest keywords
	// (a text-similarity hit, say) is dropped.
	if len(links) < n && (len(src.Terms) > 0 || len(src.Keywords) > 0) {
		words := make([]string, 0, len(src.Terms)+len(src.Keywords))
		for _, t := range src.Terms {
			words = append(words, t.Word)
		}
		words = append(words, src.Keywords...)
		df, total, err := q.DocFreq(ctx, words)
		if err != nil {
			return nil, err
		}
		top := keywords.Rank(src.Terms, src.Keywords, func(w string) int { return df[w] }, total, RelatedKeywords)
		subject := keywords.NewSubject(top, src.Keywords)
		cs, err := q.Sharing(ctx, org, src, top, slices.Clone(seen), 2*n)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if len(links) >= n {
				break
			}
			if shared, ok := subject.Shares(c.Terms, c.Keywords); ok {
				add(c, Link{Reason: ReasonKeywords, Keywords: shared})
			}
		}
	}

	// 3. Same department and period.
	if len(links) < n && src.DepartmentCode != "" && !src.ApprovedAt.IsZero() {
		at := src.ApprovedAt
		cs, err := q.Nearby(ctx, org, src.DepartmentCode, at.Add(-RelatedPeriod), at.Add(RelatedPeriod), slices.Clone(seen), n-len(links))
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			add(c, Link{Reason: ReasonDepartmentPeriod})
		}
	}
	if len(links) > n {
		links = links[:n]
	}
	return links, nil
}

// before reports whether a was approved before b, both being known.
func before(a, b time.Time) bool { return !a.IsZero() && !b.IsZero() && a.Before(b) }

// SuggestQueries is what an engine answers so that Suggest can complete a
// prefix.
type SuggestQueries interface {
	// PrefixCounts counts, for each word starting with prefix, the
	// documents using it as a noun and as an envelope keyword.
	PrefixCounts(ctx context.Context, prefix string) (nouns, keywords map[string]int, err error)
	// Live reports whether some live document still holds word: an engine
	// whose counts may include deleted documents checks here; others
	// answer true.
	Live(ctx context.Context, word string) (bool, error)
}

// keywordWeight is how much more an envelope keyword counts in Suggest
// than a noun of the text: the sender chose it.
const keywordWeight = 3

// Suggest completes prefix with up to n words of the corpus, asking q: the
// words most documents use first, envelope keywords counting triple, ties
// in alphabetical order. A blank prefix has no completions.
func Suggest(ctx context.Context, q SuggestQueries, prefix string, n int) ([]string, error) {
	prefix = keywords.NormalizeKeyword(prefix)
	if prefix == "" {
		return nil, nil
	}
	if n <= 0 {
		n = 10
	}
	nouns, kws, err := q.PrefixCounts(ctx, prefix)
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for w, c := range nouns {
		if strings.HasPrefix(w, prefix) {
			counts[w] += c
		}
	}
	for w, c := range kws {
		if strings.HasPrefix(w, prefix) {
			counts[w] += c * keywordWeight
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	out := words[:0]
	for _, w := range words {
		if len(out) == n {
			break
		}
		ok, err := q.Live(ctx, w)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, w)
		}
	}
	return out, nil
}
