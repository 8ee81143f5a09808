package ostest

import (
	"slices"
	"testing"
)

func TestAnalyze(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"정보공개", []string{"정보", "보공", "공개"}},
		{"정보공개를 청구한", []string{"정보", "보공", "공개", "청구"}},
		{"Seoul 2014년", []string{"seoul", "2014", "년"}},
		{"<b>보안</b>", []string{"b", "보안", "b"}},
		{"", nil},
	}
	for _, c := range cases {
		if got := terms(c.in); !slices.Equal(got, c.want) {
			t.Errorf("terms(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	// The stripped particle leaves a gap, so the words are not a phrase.
	toks := analyze("정보공개를 청구한")
	if !hasPhrase(toks, []string{"정보", "보공", "공개"}) || hasPhrase(toks, []string{"공개", "청구"}) {
		t.Errorf("positions = %+v", toks)
	}
	if !hasPhrase(analyze("정보공개 청구"), []string{"공개", "청구"}) {
		t.Error("adjacent words are not a phrase")
	}
	// Spans point into the original text.
	s := "요금을 조정"
	for _, tk := range analyze(s) {
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
	got := parseSimple(`도로 "보수 공사" 예산 "열린`)
	if len(got) != 4 || !got[1].phrase || got[1].raw != "보수 공사" || got[3].raw != "열린" || !got[3].phrase {
		t.Errorf("parseSimple = %+v", got)
	}
}
