package ostest

import (
	"slices"
	"testing"
)

// testAnalyzer is nori with the rules of the shared user dictionary.
func testAnalyzer(t *testing.T) analyzer {
	t.Helper()
	a, err := newAnalyzer(map[string]any{"analysis": map[string]any{"tokenizer": map[string]any{
		"plaza_nori": map[string]any{"type": "nori_tokenizer", "user_dictionary_rules": []any{"정보공개 정보 공개", "추진계획 추진 계획"}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAnalyze(t *testing.T) {
	a := testAnalyzer(t)
	cases := []struct {
		in   string
		want []string // query terms: a compound by its parts
	}{
		{"정보공개", []string{"정보", "공개"}},
		{"정보공개를 청구한", []string{"정보", "공개", "청구"}},
		{"버스노선", []string{"버스", "노선"}},
		{"예산안을", []string{"예산", "안"}},
		{"계획을", []string{"계획"}},
		{"Seoul 2014년", []string{"seoul", "2014", "년"}},
		{"<b>보안</b>", []string{"b", "보안", "b"}},
		{"", nil},
	}
	for _, c := range cases {
		if got := a.terms(c.in); !slices.Equal(got, c.want) {
			t.Errorf("terms(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	// A dictionary compound is indexed whole and by its parts.
	var idx []string
	for _, tk := range a.analyze("예산안 정보공개") {
		idx = append(idx, tk.term)
	}
	if !slices.Equal(idx, []string{"예산안", "예산", "안", "정보공개", "정보", "공개"}) {
		t.Errorf("indexed %v", idx)
	}
	// The stripped particle leaves a gap, so the words are not a phrase.
	toks := a.analyze("정보공개를 청구한")
	if !hasPhrase(toks, []string{"정보", "공개"}) || hasPhrase(toks, []string{"공개", "청구"}) {
		t.Errorf("positions = %+v", toks)
	}
	if !hasPhrase(a.analyze("정보공개 청구"), []string{"공개", "청구"}) {
		t.Error("adjacent words are not a phrase")
	}
	// Spans point into the original text.
	s := "요금을 조정 청원의처리"
	for _, tk := range a.analyze(s) {
		if s[tk.start:tk.end] != tk.term {
			t.Errorf("span %d:%d = %q, term %q", tk.start, tk.end, s[tk.start:tk.end], tk.term)
		}
	}
}

func TestIncludeFilter(t *testing.T) {
	prefix := includeFilter(`정보\-공.*`)
	if !prefix("정보-공개") || prefix("정보공개") {
		t.Error("escaped prefix include")
	}
	list := includeFilter([]any{"a", "b"})
	if !list("a") || list("c") {
		t.Error("list include")
	}
	if !includeFilter(nil)("anything") {
		t.Error("no include keeps all")
	}
}

func TestParseSimple(t *testing.T) {
	got := testAnalyzer(t).parseSimple(`도로 "보수 공사" 예산 "열린`)
	if len(got) != 4 || !got[1].phrase || got[1].raw != "보수 공사" || got[3].raw != "열린" || !got[3].phrase {
		t.Errorf("parseSimple = %+v", got)
	}
}
