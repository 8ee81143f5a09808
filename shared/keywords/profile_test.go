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
