// Command releval prints the relevance of the Bleve index on the judged
// query set (statutes of ../shared/corpus/kr-laws.jsonl, their articles and
// seeded documents): MRR and nDCG@10, per kind of query, and with -v every
// query that misses its document in the top 10. With -joined it also asks
// every query of several words typed without its spaces (kinds *-joined).
//
//	go run ./shared/search/bleve/releval [-v] [-joined]
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"time"

	"github.com/seoul-plaza/plaza/shared/search/bleve"
	"github.com/seoul-plaza/plaza/shared/search/searchtest"
	"github.com/seoul-plaza/plaza/shared/teamdata"
)

func main() {
	verbose := flag.Bool("v", false, "list every query that misses")
	joined := flag.Bool("joined", false, "also ask every query of several words typed without spaces")
	flag.Parse()
	if err := run(*verbose, *joined); err != nil {
		slog.New(slog.NewJSONHandler(os.Stderr, nil)).Error("releval failed", "err", err.Error())
		os.Exit(1)
	}
}

func run(verbose, joined bool) error {
	ctx := context.Background()
	shared, err := teamdata.Dir()
	if err != nil {
		return err
	}
	set, err := searchtest.LoadRelevanceSet(shared, searchtest.Org)
	if err != nil {
		return err
	}
	x, err := bleve.Open("")
	if err != nil {
		return err
	}
	defer x.Close()
	t0 := time.Now()
	if err := x.Bulk(ctx, set.Docs); err != nil {
		return err
	}
	indexed := time.Since(t0)
	t0 = time.Now()
	queries := set.Queries
	if joined {
		queries = append(slices.Clip(queries), searchtest.Joined(queries)...)
	}
	rep, err := searchtest.Evaluate(ctx, x, searchtest.Org, queries)
	if err != nil {
		return err
	}
	fmt.Printf("documents %d (indexed in %v), judged queries %d (searched in %v)\n", len(set.Docs), indexed.Round(time.Millisecond), len(queries), time.Since(t0).Round(time.Millisecond))
	fmt.Printf("MRR      %.3f\nnDCG@10  %.3f\n", rep.MRR, rep.NDCG10)
	kinds := rep.ByKind()
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		fmt.Printf("  %-8s MRR %.3f  nDCG@10 %.3f\n", k, kinds[k][0], kinds[k][1])
	}
	if verbose {
		for _, q := range rep.Queries {
			if q.RR < 1 {
				fmt.Printf("RR %.2f %-8s %q want %v got %v\n", q.RR, q.Kind, q.Query, q.Relevant, q.Top)
			}
		}
	}
	return nil
}
