package search

import (
	"math"
	"testing"
)

func TestNormalizeAndWindow(t *testing.T) {
	q := Query{}.Normalize()
	if q.Size != 20 || q.Page != 1 || q.Sort != SortRelevance || q.BeyondWindow() {
		t.Errorf("defaults: %+v beyond=%v", q, q.BeyondWindow())
	}
	if q := (Query{Size: 1000, Sort: "x"}).Normalize(); q.Size != 100 || q.Sort != SortRelevance {
		t.Errorf("bounds: %+v", q)
	}
	for _, c := range []struct {
		page, size int
		beyond     bool
	}{
		{500, 20, false}, // starts at 9980
		{501, 20, true},  // starts at 10000
		{100, 100, false},
		{101, 100, true},
		{math.MaxInt, 20, true},
		{math.MaxInt / 7, 100, true},
	} {
		q := Query{Page: c.page, Size: c.size}.Normalize()
		if got := q.BeyondWindow(); got != c.beyond {
			t.Errorf("page %d size %d: beyond = %v, want %v", c.page, c.size, got, c.beyond)
		}
	}
}
