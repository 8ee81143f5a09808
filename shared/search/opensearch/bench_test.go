package opensearch

import (
	"encoding/json"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
)

// BenchmarkEncodeDoc measures what the adapter does per document before a
// _bulk request (nouns, citations, JSON), against the baseline of plainly
// marshalling the port's Doc.
func BenchmarkEncodeDoc(b *testing.B) {
	docs := manyDocs(64)
	b.Run("baseline-json", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, err := json.Marshal(docs[i%len(docs)]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("adapter-source", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			_ = mustJSON(toSource(docs[i%len(docs)]))
		}
	})
}

// BenchmarkSearchBody measures building and encoding the _search body for
// a two-word query with filters, facets and highlighting, against the
// baseline of encoding a match_all body.
func BenchmarkSearchBody(b *testing.B) {
	q := search.Query{Text: "주차장 요금", Org: "6110000", Department: "1200456", Type: "plan", Size: 20}
	b.Run("baseline-match_all", func(b *testing.B) {
		for b.Loop() {
			_ = mustJSON(map[string]any{"query": map[string]any{"match_all": map[string]any{}}, "size": 20})
		}
	})
	b.Run("adapter", func(b *testing.B) {
		for b.Loop() {
			body, err := SearchBody(q)
			if err != nil {
				b.Fatal(err)
			}
			_ = mustJSON(body)
		}
	})
}
