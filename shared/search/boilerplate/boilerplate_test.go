package boilerplate

import (
	"fmt"
	"slices"
	"testing"
)

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"  붙임 1.  세부 추진계획 1부.  ": "붙임 0. 세부 추진계획 0부.",
		"붙임 2. 세부 추진계획 1부.":      "붙임 0. 세부 추진계획 0부.",
		"공개구분\t: 공개":             "공개구분 : 공개",
		"":                       "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLearnAndApply(t *testing.T) {
	l := NewLearner()
	roads := []string{"강남대로", "세종대로", "테헤란로", "을지로", "종로", "퇴계로", "올림픽대로", "강변북로", "남부순환로", "동부간선도로"}
	for i, road := range roads {
		body := fmt.Sprintf("%s 포장 보수 내용.\n붙임 %d. 세부 추진계획 1부. 끝.\n공개구분: 공개", road, i%3+1)
		if i < 4 {
			body += "\n교통 혼잡 구간 안내" // 4 of 10: shared but not boilerplate (under MinDocs)
		}
		l.Add("6110000", "1100302", body)
	}
	// Another department's lines are its own; a small department has none.
	for range 3 {
		l.Add("6110000", "1100123", "붙임 1. 세부 추진계획 1부. 끝.")
	}
	m := l.Model()
	if got, want := m.Lines["6110000/1100302"], []string{"공개구분: 공개", "붙임 0. 세부 추진계획 0부. 끝."}; !slices.Equal(got, want) {
		t.Errorf("lines of 1100302 = %q, want %q", got, want)
	}
	if got := m.Lines["6110000/1100123"]; len(got) != 0 {
		t.Errorf("a department of 3 documents has boilerplate %q", got)
	}
	body := "새 사업 계획.\n붙임 7. 세부 추진계획 2부. 끝.\n교통 혼잡 구간 안내\n공개구분: 공개"
	lines := m.Of("6110000", "1100302", body)
	if want := []string{"붙임 7. 세부 추진계획 2부. 끝.", "공개구분: 공개"}; !slices.Equal(lines, want) {
		t.Errorf("Of = %q, want %q", lines, want)
	}
	if got := m.Of("3220000", "1100302", body); got != nil {
		t.Errorf("another organization's department: %q", got)
	}
	if got, want := Without(body, lines), "새 사업 계획.\n교통 혼잡 구간 안내"; got != want {
		t.Errorf("Without = %q, want %q", got, want)
	}
}
