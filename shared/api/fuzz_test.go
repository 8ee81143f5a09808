package api

import (
	"encoding/json"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/search"
)

// FuzzSearchParams throws arbitrary query strings at GET /api/documents:
// the answer is always 200 or a JSON 400, never a crash or a 500.
func FuzzSearchParams(f *testing.F) {
	for _, s := range []string{
		"q=%EC%A0%95%EB%B3%B4%EA%B3%B5%EA%B0%9C", "size=100&page=100", "page=101&size=100", "from=2014-03-02&to=2014-03-01",
		"q=%ff", "after=eyJzIjoiZGF0ZSJ9&size=1", "grade=closed&type=plan", "sort=date&org=6110000", "q=%22%EC%A0%95%EB%B3%B4%22",
		"department=1100123", "organization=6110000&department=1100123", "organization=6110000&org=3220000",
	} {
		f.Add(s)
	}
	e := newEnv(f)
	f.Fuzz(func(t *testing.T, qs string) {
		r := httptest.NewRequest("GET", "/api/documents", nil)
		r.URL.RawQuery = qs
		w := httptest.NewRecorder()
		e.h.ServeHTTP(w, r)
		switch w.Code {
		case 200:
			var res searchResponse
			if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil || res.Items == nil || len(res.Facets) != len(search.Facets) {
				t.Fatalf("%q: 200 with %s", qs, w.Body)
			}
		case 400:
			var eb httpjson.ErrorBody
			if err := json.Unmarshal(w.Body.Bytes(), &eb); err != nil || !strings.HasPrefix(eb.Error.Code, "query.bad_param:") {
				t.Fatalf("%q: 400 with %s", qs, w.Body)
			}
		default:
			t.Fatalf("%q: status %d %s", qs, w.Code, w.Body)
		}
	})
}

var markupOutsideMark = regexp.MustCompile(`<(?:/?mark>)?`)

// FuzzSanitizeSnippet: whatever an engine returns, the snippet holds no
// markup but <mark> and </mark>, and no quote that could end an attribute.
func FuzzSanitizeSnippet(f *testing.F) {
	for _, s := range []string{"a <mark>b</mark> c", "<script>x</script>", "<mark onclick=1>", "</mark><mark>", "<<mark>>", "\"'&lt;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := SanitizeSnippet(s)
		for _, m := range markupOutsideMark.FindAllString(out, -1) {
			if m == "<" {
				t.Fatalf("SanitizeSnippet(%q) = %q keeps a bare '<'", s, out)
			}
		}
		if strings.ContainsAny(strings.NewReplacer("<mark>", "", "</mark>", "").Replace(out), "<>\"'") {
			t.Fatalf("SanitizeSnippet(%q) = %q keeps markup", s, out)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("SanitizeSnippet broke UTF-8: %q", out)
		}
	})
}
