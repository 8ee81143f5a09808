package bleve

import (
	"context"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/searchtest"
)

// BenchmarkSearch profiles the query path on a small settled folder index:
//
//	PLAZA_BENCH_DOCS=20000 go test ./shared/search/bleve -run '^$' -bench 'Search$' -cpuprofile cpu.out
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
	b.ResetTimer()
	for i := range b.N {
		if _, err := x.Search(ctx, search.Query{Text: benchQueries[i%len(benchQueries)], Size: 20}); err != nil {
			b.Fatal(err)
		}
	}
}
