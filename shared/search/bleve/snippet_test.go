package bleve

import (
	"html"
	"strings"
	"testing"
)

func TestSnippet(t *testing.T) {
	long := strings.Repeat("가나다라마 ", 40)
	for _, c := range []struct {
		name, text string
		words      []string
		want       string
	}{
		{"marks every match", "정보공개 청구와 정보공개 결정", []string{"정보공개"}, "<mark>정보공개</mark> 청구와 <mark>정보공개</mark> 결정"},
		{"longest word first", "정보공개정책과", []string{"정보", "정보공개"}, "<mark>정보공개</mark>정책과"},
		{"escapes around marks", `<b>"x"</b> & 예산`, []string{"예산"}, "&lt;b&gt;&#34;x&#34;&lt;/b&gt; &amp; <mark>예산</mark>"},
		{"escapes inside marks", "a<b>c", []string{"<b>"}, "a<mark>&lt;b&gt;</mark>c"},
		{"ASCII case-insensitive", "OpenAPI 제공", []string{"openapi"}, "<mark>OpenAPI</mark> 제공"},
		{"no match shows the start", "본문입니다", []string{"없음"}, "본문입니다"},
		{"window around a late match", long + "예산 편성", []string{"예산"}, ""},
	} {
		got := Snippet(c.text, c.words)
		if c.want != "" && got != c.want {
			t.Errorf("%s: Snippet = %q, want %q", c.name, got, c.want)
		}
		if !strings.Contains(c.text, "<mark>") && strings.ContainsAny(unmarkAll(got), "<>") {
			t.Errorf("%s: %q carries markup", c.name, got)
		}
	}
	got := Snippet(long+"예산 편성", []string{"예산"})
	if !strings.HasPrefix(got, "…") || !strings.Contains(got, "<mark>예산</mark>") {
		t.Errorf("late match: %q, want a window starting with … and showing the match", got)
	}
	if n := len([]rune(html.UnescapeString(unmarkAll(got)))); n > snippetRunes+2 {
		t.Errorf("snippet of %d runes, want about %d", n, snippetRunes)
	}
}

func unmarkAll(s string) string { return strings.NewReplacer("<mark>", "", "</mark>", "").Replace(s) }

// FuzzSnippet checks that whatever the text and the words, the only markup
// in a snippet is <mark></mark> and the unescaped snippet is text of the
// document.
func FuzzSnippet(f *testing.F) {
	f.Add("<script>alert(1)</script> 정보공개", "script")
	f.Add("a&b<mark>c</mark>", "mark")
	f.Add("\xff\xfe 예산", "예")
	f.Fuzz(func(t *testing.T, text, word string) {
		got := Snippet(text, []string{word})
		if strings.ContainsAny(unmarkAll(got), "<>") {
			t.Fatalf("Snippet(%q, %q) = %q carries markup", text, word, got)
		}
		plain := strings.Trim(html.UnescapeString(unmarkAll(got)), "…")
		if !strings.Contains(html.UnescapeString(html.EscapeString(text)), plain) {
			t.Fatalf("Snippet(%q, %q) = %q is not text of the document", text, word, got)
		}
	})
}
