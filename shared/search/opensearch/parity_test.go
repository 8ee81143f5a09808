package opensearch

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/bleve"
	"github.com/seoul-plaza/plaza/shared/search/searchtest"
	"github.com/seoul-plaza/plaza/shared/teamdata"
)

// TestSameTopResultsAsBleve runs one query set on both engines, the local
// Bleve index and this adapter through the validating stand-in (whose
// analysis reproduces nori from the same noun list and the user
// dictionary the template carries). The set: the seeded documents' citizen
// queries, each typed without its spaces too, and the cases over
// documents that write compounds together and apart. It requires:
//   - every document OpenSearch finds, Bleve finds; Bleve may find more
//     only through its bigram field (words the dictionary splits otherwise
//     in the document), on a few queries;
//   - the same documents for the cases;
//   - the judged document first on both engines wherever both find
//     something (the scoring models differ, so unjudged orders may).
func TestSameTopResultsAsBleve(t *testing.T) {
	shared, err := teamdata.Dir()
	if err != nil {
		t.Fatal(err)
	}
	set, err := searchtest.LoadRelevanceSet(shared, searchtest.Org)
	if err != nil {
		t.Fatal(err)
	}
	var docs []search.Doc
	for _, d := range set.Docs {
		if strings.HasPrefix(d.ID, "SEED-") {
			docs = append(docs, d)
		}
	}
	extra := []search.Doc{
		doc("bus1", 1, "시내버스 노선 개편 안내", "버스 노선을 조정합니다."),
		doc("bus2", 1, "버스노선 조정 계획", "마을버스노선도 포함한다."),
		doc("bus3", 1, "교통 대책", "버스 정류장과 지하철 노선 정비"),
		doc("bud1", 1, "2024년 예산안 제출", "예산안을 의회에 제출한다."),
		doc("bud2", 1, "예산 집행 현황", "추가 예산 안 마련"),
		doc("plan", 1, "정보공개 추진계획", "계획을 세워 추진한다."),
	}
	for _, d := range extra {
		d.Org = searchtest.Org
		docs = append(docs, d)
	}
	queries := []string{"버스노선", "버스 노선", "예산안", "예산 안", "계획을", "계획", "추진계획", "정보공개를", "정보 공개"}
	judged := map[string]string{} // query → the document sought
	for _, q := range append(slices.Clip(set.Queries), searchtest.Joined(set.Queries)...) {
		if q.Kind != "seeded" && q.Kind != "seeded-joined" {
			continue
		}
		for id, g := range q.Relevant {
			if g == 2 {
				judged[q.Query] = id
			}
		}
		queries = append(queries, q.Query)
	}
	if len(judged) < 30 {
		t.Fatalf("%d judged queries, want the seeded set typed both ways", len(judged))
	}

	ctx := context.Background()
	os, _ := newTestIndex(t, nil, nil)
	mustEnsure(t, os)
	if err := os.Bulk(ctx, docs); err != nil {
		t.Fatal(err)
	}
	bl, err := bleve.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer bl.Close()
	if err := bl.Bulk(ctx, docs); err != nil {
		t.Fatal(err)
	}
	ids := func(x search.Index, q string) []string {
		t.Helper()
		r, err := x.Search(ctx, search.Query{Org: searchtest.Org, Text: q, Size: 50})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		var out []string
		for _, h := range r.Items {
			out = append(out, h.ID)
		}
		return out
	}
	cases := len(queries) - len(judged)
	found, more := 0, 0
	for i, q := range queries {
		a, b := ids(bl, q), ids(os, q)
		if len(b) > 0 {
			found++
		}
		for _, id := range b {
			if !slices.Contains(a, id) {
				t.Errorf("%q: OpenSearch found %s, Bleve did not (%v / %v)", q, id, a, b)
			}
		}
		if len(a) != len(b) {
			more++
			if i < cases {
				t.Errorf("%q: Bleve found %v, OpenSearch %v", q, a, b)
			}
			t.Logf("%q: Bleve found %v, OpenSearch %v", q, a, b)
		}
		if want := judged[q]; want != "" && len(a) > 0 && len(b) > 0 && (a[0] != want || b[0] != want) {
			t.Errorf("%q: first hits %v on Bleve, %v on OpenSearch, want %s", q, a, b, want)
		}
	}
	// The set must exercise the engines, and the bigram field add little.
	if found < len(queries)*3/4 || more > 3 {
		t.Errorf("OpenSearch found something for %d of %d queries; Bleve more on %d", found, len(queries), more)
	}
	for _, c := range []struct {
		q    string
		want []string
	}{{"버스노선", []string{"bus1", "bus2"}}, {"예산안", []string{"bud1"}}, {"계획을", []string{"bus2", "plan"}}} {
		for _, x := range []search.Index{bl, os} {
			got := ids(x, c.q)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q found %v on %T, want %s", c.q, got, x, w)
				}
			}
		}
	}
}
