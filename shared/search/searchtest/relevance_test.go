package searchtest

import (
	"context"
	"math"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/teamdata"
)

// fixed answers every query with the same ranking.
type fixed []string

func (f fixed) Index(context.Context, search.Doc) error           { return nil }
func (f fixed) Delete(context.Context, string, string, int) error { return nil }
func (f fixed) Close() error                                      { return nil }
func (f fixed) Search(context.Context, search.Query) (search.Result, error) {
	r := search.Result{Total: len(f)}
	for _, id := range f {
		r.Items = append(r.Items, search.Hit{ID: id})
	}
	return r, nil
}

func TestEvaluateMetrics(t *testing.T) {
	rep, err := Evaluate(context.Background(), fixed{"x", "a", "b"}, Org, []Judged{
		{Query: "1", Relevant: map[string]int{"a": 2}},          // RR 1/2
		{Query: "2", Relevant: map[string]int{"x": 2, "b": 1}},  // RR 1, ideal order
		{Query: "3", Relevant: map[string]int{"zz": 2, "a": 1}}, // RR 0
	})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(rep.MRR-0.5) > 1e-9 {
		t.Errorf("MRR = %v, want 0.5", rep.MRR)
	}
	// Query 1: DCG 3/log2(3), ideal 3 → 1/log2(3). Query 2: DCG 3 + 1/2, ideal 3 + 1/log2(3).
	// Query 3: DCG 1/log2(3), ideal 3 + 1/log2(3).
	l3 := math.Log2(3)
	want := (1/l3 + 3.5/(3+1/l3) + (1/l3)/(3+1/l3)) / 3
	if math.Abs(rep.NDCG10-want) > 1e-9 {
		t.Errorf("nDCG@10 = %v, want %v", rep.NDCG10, want)
	}
}

func TestLoadRelevanceSet(t *testing.T) {
	shared, err := teamdata.Dir()
	if err != nil {
		t.Fatal(err)
	}
	set, err := LoadRelevanceSet(shared, Org)
	if err != nil {
		t.Fatal(err) // the corpus is required; under CI its absence fails
	}
	kinds := map[string]int{}
	for _, q := range set.Queries {
		kinds[q.Kind]++
	}
	if kinds["statute"] != 60 || kinds["article"] < 40 || kinds["seeded"] < 15 {
		t.Errorf("queries by kind = %v", kinds)
	}
	ids := map[string]bool{}
	for _, d := range set.Docs {
		if ids[d.ID] {
			t.Fatalf("duplicate id %s", d.ID)
		}
		ids[d.ID] = true
		if d.Title == "" || d.ApprovedAt.IsZero() || d.DepartmentName == "" {
			t.Fatalf("document %s lacks title, date or department: %+v", d.ID, d.Title)
		}
	}
	for _, q := range set.Queries {
		for id := range q.Relevant {
			if !ids[id] {
				t.Errorf("query %q judges unknown document %s", q.Query, id)
			}
		}
	}
}
