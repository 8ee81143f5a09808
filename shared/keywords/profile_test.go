package keywords

import (
	"slices"
	"testing"
)

func TestProfileOf(t *testing.T) {
	p := ProfileOf("정보공개 추진계획", "정보공개를 확대한다. 관련: 교통정책과-0002, 정보공개정책과-0001", "정보공개정책과-0001", []string{" 정보공개 ", ""})
	if len(p.Nouns) == 0 || p.Nouns[0] != "정보공개" {
		t.Errorf("nouns %v", p.Nouns)
	}
	if !slices.Equal(p.Keywords, []string{"정보공개"}) {
		t.Errorf("keywords %v", p.Keywords)
	}
	if slices.Contains(p.Cites, p.Number) || !slices.Contains(p.Cites, NormalizeNumber("교통정책과-0002")) {
		t.Errorf("cites %v (own %s)", p.Cites, p.Number)
	}
	if got := ParseTerms(p.Terms); len(got) != len(p.Nouns) || got[0].Word != p.Nouns[0] || got[0].Count < 2 {
		t.Errorf("terms round trip: %v", got)
	}
}

func TestParseTermsSkipsMalformedLines(t *testing.T) {
	got := ParseTerms("가 1\nbroken\n나 x\n다 3\n")
	if len(got) != 2 || got[1] != (Term{Word: "다", Count: 3}) {
		t.Errorf("%v", got)
	}
}

func TestSubjectShares(t *testing.T) {
	s := NewSubject([]Keyword{{Word: "정보공개"}, {Word: "청구"}, {Word: "예산"}}, []string{"예산"})
	cases := []struct {
		terms string
		kws   []string
		want  bool
		n     int
	}{
		{"정보공개 3\n", nil, false, 1},          // one common noun: chance
		{"정보공개 3\n청구 1\n", nil, true, 2},     // two: a subject
		{"", []string{"예산"}, true, 1},        // a keyword a person chose
		{"도로 2\n", []string{"교통"}, false, 0}, // nothing shared
	}
	for _, c := range cases {
		shared, ok := s.Shares(c.terms, c.kws)
		if ok != c.want || len(shared) != c.n {
			t.Errorf("Shares(%q, %v) = %v %v", c.terms, c.kws, shared, ok)
		}
	}
}
