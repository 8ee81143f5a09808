package bleve

import (
	"context"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search/searchtest"
	"github.com/seoul-plaza/plaza/shared/teamdata"
)

// minMRR is the bar the issue sets; nDCG@10 is held where it stands.
const (
	minMRR    = 0.8
	minNDCG10 = 0.85
)

// TestRelevance enforces the relevance bar on the judged set; `go run
// ./shared/search/bleve/releval -v` prints the details.
func TestRelevance(t *testing.T) {
	shared, err := teamdata.Dir()
	if err != nil {
		t.Fatal(err)
	}
	set, err := searchtest.LoadRelevanceSet(shared, searchtest.Org)
	if err != nil {
		t.Fatal(err) // under CI a missing corpus fails the run
	}
	if len(set.Queries) < 50 {
		t.Fatalf("%d judged queries, want at least 50", len(set.Queries))
	}
	x, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	if err := x.Bulk(ctx, set.Docs); err != nil {
		t.Fatal(err)
	}
	rep, err := searchtest.Evaluate(ctx, x, searchtest.Org, set.Queries)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d documents, %d queries: MRR %.3f nDCG@10 %.3f by kind %v", len(set.Docs), len(set.Queries), rep.MRR, rep.NDCG10, rep.ByKind())
	if rep.MRR < minMRR {
		t.Errorf("MRR %.3f < %.2f", rep.MRR, minMRR)
	}
	if rep.NDCG10 < minNDCG10 {
		t.Errorf("nDCG@10 %.3f < %.2f", rep.NDCG10, minNDCG10)
	}
}
