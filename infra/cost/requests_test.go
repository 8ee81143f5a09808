package cost

import (
	"context"
	"testing"

	"github.com/seoul-plaza/plaza/shared/pipeline/route"
)

// TestRequestTable runs the real pipeline over counting adapters and
// checks the documented request table against what it counted, for
// documents with no, one and three files.
func TestRequestTable(t *testing.T) {
	for _, files := range []int{0, 1, 3} {
		m, err := Measure(context.Background(), t.TempDir(), 5, files)
		if err != nil {
			t.Fatal(err)
		}
		if m.Outcomes["indexed"] != 5 {
			t.Fatalf("files=%d: outcomes %v, want every document indexed (the table prices that path)", files, m.Outcomes)
		}
		want := ForFiles(files)
		for _, s := range stages() {
			if m.Calls[s] != want[s] {
				t.Errorf("files=%d %s: counted %+v, table says %+v", files, s, m.Calls[s], want[s])
			}
		}
		for name, b := range PerBucket(files) {
			got := m.Buckets[name]
			if name == "inbox" {
				got.PutClass += 1 + files // the sender's uploads, made outside the counted store
			}
			if got != b {
				t.Errorf("files=%d bucket %s: counted %+v, table says %+v", files, name, got, b)
			}
		}
		if m.RecordMax <= 0 || m.Compute[route.Ingest] <= 0 {
			t.Errorf("files=%d: nothing measured: %+v", files, m)
		}
	}
}

// BenchmarkMeasure times one document through the three stages with the
// counting adapters (counted) and over the bare ports (bare, the
// baseline): the ratio is what counting adds to the measured times.
func BenchmarkMeasure(b *testing.B) {
	for _, c := range []struct {
		name  string
		count bool
	}{{"bare", false}, {"counted", true}} {
		b.Run(c.name, func(b *testing.B) {
			if _, err := measure(context.Background(), b.TempDir(), b.N, 1, c.count); err != nil {
				b.Fatal(err)
			}
		})
	}
}
