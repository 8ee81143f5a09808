package search

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/keywords"
)

// fakeQueries answers Related's queries from fixed candidates, honouring
// exclude and size as an engine must.
type fakeQueries struct {
	src                             Source
	numbered, citing, sharing, near []Candidate
	stale                           map[string]bool
	nouns, kws                      map[string]int
}

func pick(cs []Candidate, exclude []string, size int) []Candidate {
	var out []Candidate
	for _, c := range cs {
		if !slices.Contains(exclude, c.Key) && len(out) < size {
			out = append(out, c)
		}
	}
	return out
}

func (f fakeQueries) Source(context.Context, string, string) (Source, error) { return f.src, nil }
func (f fakeQueries) Numbered(_ context.Context, _ string, _, ex []string, size int) ([]Candidate, error) {
	return pick(f.numbered, ex, size), nil
}
func (f fakeQueries) Citing(_ context.Context, _, _ string, ex []string, size int) ([]Candidate, error) {
	return pick(f.citing, ex, size), nil
}
func (f fakeQueries) DocFreq(context.Context, []string) (map[string]int, int, error) {
	return map[string]int{}, 10, nil
}
func (f fakeQueries) Sharing(_ context.Context, _ string, _ Source, _ []keywords.Keyword, ex []string, size int) ([]Candidate, error) {
	return pick(f.sharing, ex, size), nil
}
func (f fakeQueries) Nearby(_ context.Context, _, _ string, _, _ time.Time, ex []string, size int) ([]Candidate, error) {
	return pick(f.near, ex, size), nil
}
func (f fakeQueries) PrefixCounts(context.Context, string) (map[string]int, map[string]int, error) {
	return f.nouns, f.kws, nil
}
func (f fakeQueries) Live(_ context.Context, w string) (bool, error) { return !f.stale[w], nil }

func cand(key, number string) Candidate {
	return Candidate{Key: key, Hit: Hit{ID: key, DocumentNumber: number}}
}

func TestRelatedOrderAndOnce(t *testing.T) {
	q := fakeQueries{
		src: Source{Key: "self", DocumentNumber: "N0", DepartmentCode: "d", Cites: []string{"N2", "N1"},
			Keywords: []string{"예산"}, ApprovedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
		// Newest first, as an engine returns them; Related puts them in
		// citation order.
		numbered: []Candidate{cand("c1", "N1"), cand("c2", "N2")},
		citing:   []Candidate{cand("c1", "N1"), cand("by", "N9")},
		sharing: []Candidate{
			{Key: "k-no", Hit: Hit{ID: "k-no"}, Keywords: []string{"다른것"}},
			{Key: "k", Hit: Hit{ID: "k"}, Keywords: []string{"예산"}},
		},
		near: []Candidate{cand("k", ""), cand("d1", "")},
	}
	cases := []struct {
		name string
		n    int
		want []string
	}{
		{"all", 10, []string{"c2:cites", "c1:cites", "by:cited_by", "k:keywords", "d1:department_period"}},
		{"cut", 2, []string{"c2:cites", "c1:cites"}},
		{"default n", 0, []string{"c2:cites", "c1:cites", "by:cited_by", "k:keywords", "d1:department_period"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			links, err := Related(context.Background(), q, "org", "self", c.n)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range links {
				got = append(got, l.ID+":"+l.Reason)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// TestRelatedCitationsKeepTime: a document cites only documents approved
// on or before it, and is cited only by documents approved on or after it.
func TestRelatedCitationsKeepTime(t *testing.T) {
	day := func(y int) time.Time { return time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC) }
	dated := func(key, number string, y int) Candidate {
		c := cand(key, number)
		c.Hit.ApprovedAt = day(y)
		return c
	}
	q := fakeQueries{
		src:      Source{Key: "self", DocumentNumber: "N0", Cites: []string{"N1", "N2", "N3"}, ApprovedAt: day(2014)},
		numbered: []Candidate{dated("later", "N1", 2018), dated("earlier", "N2", 2013), dated("same", "N3", 2014), cand("undated", "N3")},
		citing:   []Candidate{dated("by-later", "N0", 2016), dated("by-earlier", "N0", 2012)},
	}
	links, err := Related(context.Background(), q, "org", "self", 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range links {
		got = append(got, l.ID+":"+l.Reason)
	}
	if want := []string{"earlier:cites", "same:cites", "undated:cites", "by-later:cited_by"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSuggestRanks(t *testing.T) {
	q := fakeQueries{
		nouns: map[string]int{"원문공개": 5, "원문": 2, "원문보기": 2, "다른": 9},
		kws:   map[string]int{"원문정보": 1, "원문보기": 1},
		stale: map[string]bool{"원문": true},
	}
	cases := []struct {
		name   string
		prefix string
		n      int
		want   []string
	}{
		// 원문보기 counts 2+1×3 = 5, as 원문공개 does: the tie goes by
		// the word. 원문 is stale and dropped; 다른 lacks the prefix.
		{"weights, ties, stale", "원문", 10, []string{"원문공개", "원문보기", "원문정보"}},
		{"n", "원문", 1, []string{"원문공개"}},
		{"blank", "  ", 5, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Suggest(context.Background(), q, c.prefix, c.n)
			if err != nil || !slices.Equal(got, c.want) {
				t.Errorf("got %v, %v; want %v", got, err, c.want)
			}
		})
	}
}
