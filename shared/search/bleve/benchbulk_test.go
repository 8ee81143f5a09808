package bleve

import (
	"context"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search/searchtest"
)

// BenchmarkBulk measures Bulk into a folder index, 1,000 documents a call.
//
//	go test ./shared/search/bleve -run '^$' -bench Bulk -benchtime 1x
func BenchmarkBulk(b *testing.B) {
	docs := searchtest.Docs("6110000", 10000, 3)
	ctx := context.Background()
	for range b.N {
		x, err := Open(b.TempDir() + "/idx")
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i := 0; i < len(docs); i += 1000 {
			if err := x.Bulk(ctx, docs[i:i+1000]); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(docs))/b.Elapsed().Seconds(), "docs/s")
		x.Close()
	}
}
