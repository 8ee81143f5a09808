package bleve

import (
	"context"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/searchtest"
)

// BenchmarkSearch measures search, related documents and suggestions on a
// settled folder index of up to 20,000 generated documents:
//
//	go test ./shared/search/bleve -run '^$' -bench 'Search$' -benchtime 200x
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	x, err := Open(b.TempDir() + "/idx")
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	docs := searchtest.Docs("6110000", min(benchDocs(), 20000), 7)
	for i := 0; i < len(docs); i += 1000 {
		if err := x.Bulk(ctx, docs[i:min(i+1000, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
	if err := x.Settle(ctx); err != nil {
		b.Fatal(err)
	}
	b.Run("search", func(b *testing.B) {
		for i := range b.N {
			if _, err := x.Search(ctx, search.Query{Text: benchQueries[i%len(benchQueries)], Size: 20}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("related", func(b *testing.B) {
		for i := range b.N {
			if _, err := x.Related(ctx, docs[i%len(docs)].Org, docs[i%len(docs)].ID, 10); err != nil {
				b.Fatal(err)
			}
		}
	})
	prefixes := []string{"정", "예산", "도", "미세", "재"}
	b.Run("suggest", func(b *testing.B) {
		for i := range b.N {
			if _, err := x.Suggest(ctx, prefixes[i%len(prefixes)], 10); err != nil {
				b.Fatal(err)
			}
		}
	})
}
