package search

import (
	"context"
	"slices"
	"strings"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search/hangul"
)

// How an engine matches Query.Text. Forgive sets Match; other callers
// leave it empty.
const (
	// MatchWords is the ordinary search.
	MatchWords = ""
	// MatchInitials: Text is 초성 (ㅈㅂㄱㄱ); each of its space-separated
	// parts must begin the initials of a word of the title or of a keyword
	// (Typing.Initials).
	MatchInitials = "initials"
	// MatchTitleTypo: every word of Text must be a word of the title or
	// one edit away from one in jamo (TypoWords against Typing.TitleJamo).
	MatchTitleTypo = "title_typo"
)

// Typing is what a document adds to the index for the typing habits:
// the initials of its title's words and keywords, and its title's words
// spelt in jamo. Both engines index it as exact terms.
type Typing struct {
	Initials  []string
	TitleJamo []string
}

// TypingOf computes a document's Typing.
func TypingOf(title string, kws []string) Typing {
	var t Typing
	add := func(list *[]string, s string) {
		if s != "" && !slices.Contains(*list, s) {
			*list = append(*list, s)
		}
	}
	for _, w := range keywords.Words(title) {
		w = keywords.Strip(w)
		add(&t.Initials, hangul.Initials(w))
		if syllables(w) >= 2 {
			add(&t.TitleJamo, hangul.Jamo(w))
		}
	}
	for _, k := range kws {
		for _, w := range keywords.Words(k) {
			add(&t.Initials, hangul.Initials(keywords.Strip(w)))
		}
		// A keyword of several words is also typed as one (ㅈㅂㄱㄱㅊㄱ).
		add(&t.Initials, hangul.Initials(k))
	}
	return t
}

// TypoWord is a word of a MatchTitleTypo query in jamo; Fuzzy says
// whether it may be one edit away (words of two or more syllables: one
// wrong key in a one-syllable word makes another common word).
type TypoWord struct {
	Jamo  string
	Fuzzy bool
}

// TypoWords are the words of a MatchTitleTypo query.
func TypoWords(text string) []TypoWord {
	var out []TypoWord
	for _, w := range keywords.Words(text) {
		w = keywords.Strip(w)
		out = append(out, TypoWord{Jamo: hangul.Jamo(w), Fuzzy: syllables(w) >= 2})
	}
	return out
}

// InitialsParts are the parts of a MatchInitials query.
func InitialsParts(text string) []string { return strings.Fields(text) }

func syllables(w string) int {
	n := 0
	for _, r := range w {
		if hangul.IsSyllable(r) {
			n++
		}
	}
	return n
}

// Forgive runs q with run (an engine's own search) and, when
// q.Forgiving, forgives the ways Koreans mistype: a 초성 query is matched
// as initials; a query that finds nothing is read again as keystrokes
// typed in English mode (wjdqhrhdro → 정보공개), then with one wrong key
// in a title word (정보공게 → 정보공개). The first reading that finds
// documents is answered, with Result.DidYouMean naming it. An ordinary
// query that finds something costs nothing more than one IsInitials
// check; only a query that finds nothing pays for the other readings.
func Forgive(ctx context.Context, q Query, run func(context.Context, Query) (Result, error)) (Result, error) {
	if !q.Forgiving {
		return run(ctx, q)
	}
	if q.Match == MatchWords && hangul.IsInitials(q.Text) {
		q.Match = MatchInitials
		return run(ctx, q)
	}
	res, err := run(ctx, q)
	if err != nil || res.Total > 0 || q.Match != MatchWords || len(keywords.Words(q.Text)) == 0 {
		return res, err
	}
	readings := []string{q.Text}
	if k, ok := hangul.FromKeys(q.Text); ok {
		readings = append(readings, k)
	}
	if lower := strings.ToLower(q.Text); lower != q.Text {
		if k, ok := hangul.FromKeys(lower); ok && !slices.Contains(readings, k) {
			readings = append(readings, k)
		}
	}
	for _, text := range readings[1:] {
		alt := q
		alt.Text = text
		r, err := run(ctx, alt)
		if err != nil {
			return Result{}, err
		}
		if r.Total > 0 {
			r.DidYouMean = text
			return r, nil
		}
	}
	filtered := q.filtered()
	for _, text := range readings {
		if syllables(text) == 0 {
			continue
		}
		if filtered {
			// Words that some document holds are not typos: the filters
			// are what found nothing (공원 in the press releases is not
			// 공연).
			probe := Query{Text: text, Size: 1, Sort: SortRelevance}
			r, err := run(ctx, probe)
			if err != nil {
				return Result{}, err
			}
			if r.Total > 0 {
				continue
			}
		}
		fix, err := correct(ctx, q, text, run)
		if err != nil {
			return Result{}, err
		}
		if fix == "" || fix == text {
			continue
		}
		alt := q
		alt.Text = fix
		r, err := run(ctx, alt)
		if err != nil {
			return Result{}, err
		}
		if r.Total > 0 {
			r.DidYouMean = fix
			return r, nil
		}
	}
	return res, nil
}

// filtered reports whether q narrows the documents searched beyond its
// text.
func (q Query) filtered() bool {
	return q.Org != "" || q.Department != "" || q.Type != "" || q.Grade != "" || !q.From.IsZero() || !q.To.IsZero() ||
		!q.PublishedSince.IsZero() || q.Subject != nil || len(q.Keys) > 0
}

// correctionHits is how many titles a typo search reads for a correction.
const correctionHits = 10

// correct asks run for titles within one wrong key of text's words and
// spells text with their words: the correction to search for, or "".
func correct(ctx context.Context, q Query, text string, run func(context.Context, Query) (Result, error)) (string, error) {
	typo := q
	typo.Text, typo.Match, typo.Page, typo.Size, typo.After, typo.Sort = text, MatchTitleTypo, 1, correctionHits, "", SortRelevance
	r, err := run(ctx, typo)
	if err != nil || len(r.Items) == 0 {
		return "", err
	}
	var titleWords []string
	for _, h := range r.Items {
		for _, w := range keywords.Words(h.Title) {
			titleWords = append(titleWords, keywords.Strip(w))
		}
	}
	words := keywords.Words(text)
	for i, w := range words {
		w = keywords.Strip(w)
		words[i] = w
		if syllables(w) < 2 || slices.Contains(titleWords, w) {
			continue
		}
		j := hangul.Jamo(w)
		for _, t := range titleWords {
			if hangul.Distance(j, hangul.Jamo(t), 1) <= 1 {
				words[i] = t
				break
			}
		}
	}
	return strings.Join(words, " "), nil
}
