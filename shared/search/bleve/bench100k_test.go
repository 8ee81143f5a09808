package bleve

import (
	"context"
	"os"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	blevesearch "github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/searchtest"
)

// benchQueries are two-word citizen queries over the generated corpus.
var benchQueries = []string{
	"도로 보수", "미세먼지 저감", "예산 편성", "버스 노선", "어르신 돌봄", "재난 대피", "임대주택 모집",
	"축제 공연", "청년 창업", "전통시장 상권", "도서관 강좌", "감사 시정", "재개발 고시", "민원 상담",
	"공무원 승진", "장애인 편의시설", "지방세 체납", "정보공개 청구", "폐기물 수거", "예방접종 보건소",
}

func benchDocs() int {
	if n, err := strconv.Atoi(os.Getenv("PLAZA_BENCH_DOCS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

func heapMiB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapInuse) / (1 << 20)
}

// latencies runs each query rounds times and returns sorted durations.
func latencies(b *testing.B, rounds int, run func(q string) error) []time.Duration {
	var out []time.Duration
	for range rounds {
		for _, q := range benchQueries {
			t0 := time.Now()
			if err := run(q); err != nil {
				b.Fatal(err)
			}
			out = append(out, time.Since(t0))
		}
	}
	slices.Sort(out)
	return out
}

func report(b *testing.B, prefix string, d []time.Duration) {
	ms := func(x time.Duration) float64 { return float64(x.Microseconds()) / 1000 }
	b.ReportMetric(ms(d[len(d)/2]), prefix+"p50-ms")
	b.ReportMetric(ms(d[len(d)*95/100]), prefix+"p95-ms")
}

// straightforwardMapping is the baseline of the issue: the stock CJK
// analyzer on title and body (all stored, with term vectors, in _all),
// department and year as keyword facets, everything else dynamic.
func straightforwardMapping() mapping.IndexMapping {
	im := blevesearch.NewIndexMapping()
	dm := blevesearch.NewDocumentMapping()
	txt := blevesearch.NewTextFieldMapping()
	txt.Analyzer = cjk.AnalyzerName
	kw := blevesearch.NewKeywordFieldMapping()
	dm.AddFieldMappingsAt("title", txt)
	dm.AddFieldMappingsAt("body", txt)
	dm.AddFieldMappingsAt("department", kw)
	dm.AddFieldMappingsAt("year", kw)
	im.DefaultMapping = dm
	im.DefaultAnalyzer = cjk.AnalyzerName
	return im
}

// BenchmarkQuery100k builds a 100,000-document index (PLAZA_BENCH_DOCS
// overrides) of ~1.5 KB generated Korean documents twice, the
// straightforward way and Plaza's, and measures indexing throughput, heap,
// and query latency for a two-word query with facets and highlighting.
//
//	go test ./shared/search/bleve -run '^$' -bench Query100k -benchtime 1x -timeout 60m
func BenchmarkQuery100k(b *testing.B) {
	n := benchDocs()
	docs := searchtest.Docs("6110000", n, 7)
	ctx := context.Background()
	const rounds = 10

	b.Run("baseline", func(b *testing.B) {
		for range b.N {
			before := heapMiB()
			idx, err := blevesearch.New(b.TempDir()+"/base", straightforwardMapping())
			if err != nil {
				b.Fatal(err)
			}
			t0 := time.Now()
			for i := 0; i < len(docs); i += 1000 {
				batch := idx.NewBatch()
				for _, d := range docs[i:min(i+1000, len(docs))] {
					_ = batch.Index(d.Org+"/"+d.ID, map[string]any{
						"title": d.Title, "body": d.Body, "department": d.DepartmentCode,
						"year": strconv.Itoa(d.ApprovedAt.Year()), "type": d.Type, "grade": d.Grade,
						"approved_at": d.ApprovedAt,
					})
				}
				if err := idx.Batch(batch); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "index-docs/s")
			if err := settle(ctx, idx); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(heapMiB()-before, "heap-MiB")
			var hits int
			lat := latencies(b, rounds, func(q string) error {
				req := blevesearch.NewSearchRequestOptions(blevesearch.NewMatchQuery(q), 20, 0, false)
				req.AddFacet("department", blevesearch.NewFacetRequest("department", 50))
				req.AddFacet("year", blevesearch.NewFacetRequest("year", 20))
				req.Highlight = blevesearch.NewHighlightWithStyle("html")
				req.Highlight.AddField("body")
				req.Fields = []string{"title"}
				r, err := idx.SearchInContext(ctx, req)
				if err == nil {
					hits += int(r.Total)
				}
				return err
			})
			report(b, "", lat)
			b.ReportMetric(float64(hits)/float64(len(lat)), "hits/query")
			idx.Close()
		}
	})

	b.Run("plaza", func(b *testing.B) {
		for range b.N {
			before := heapMiB()
			x, err := Open(b.TempDir() + "/plaza")
			if err != nil {
				b.Fatal(err)
			}
			t0 := time.Now()
			for i := 0; i < len(docs); i += 1000 {
				if err := x.Bulk(ctx, docs[i:min(i+1000, len(docs))]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "index-docs/s")
			if err := x.Settle(ctx); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(heapMiB()-before, "heap-MiB")
			var hits int
			lat := latencies(b, rounds, func(q string) error {
				r, err := x.Search(ctx, search.Query{Text: q, Size: 20})
				hits += r.Total
				return err
			})
			report(b, "", lat)
			b.ReportMetric(float64(hits)/float64(len(lat)), "hits/query")
			// The portal's first page: no text, facets from the cache.
			empty := latencies(b, 2, func(string) error {
				_, err := x.Search(ctx, search.Query{Size: 20})
				return err
			})
			report(b, "empty-", empty)
			x.Close()
		}
	})
}
