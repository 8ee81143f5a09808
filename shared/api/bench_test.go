package api

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
)

// BenchmarkSearch measures what the API adds to a search: parameter
// validation, NFC, middleware, access log, snippet sanitising and JSON.
// The baseline is the same query straight to the index, in the same run.
func BenchmarkSearch(b *testing.B) {
	e := newEnv(b)
	q := search.Query{Text: "정보공개", Org: org, Type: "approval", Size: 20}.Normalize()
	b.Run("baseline-index", func(b *testing.B) {
		for b.Loop() {
			if _, err := e.index.Search(context.Background(), q); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("handler", func(b *testing.B) {
		for b.Loop() {
			w := httptest.NewRecorder()
			e.h.ServeHTTP(w, httptest.NewRequest("GET", "/api/documents?q=%EC%A0%95%EB%B3%B4%EA%B3%B5%EA%B0%9C&type=approval&size=20", nil))
			if w.Code != 200 {
				b.Fatal(w.Code)
			}
		}
	})
	b.Run("document", func(b *testing.B) {
		for b.Loop() {
			w := httptest.NewRecorder()
			e.h.ServeHTTP(w, httptest.NewRequest("GET", "/api/documents/SEOUL-2014-0001", nil))
			if w.Code != 200 {
				b.Fatal(w.Code)
			}
		}
	})
}
