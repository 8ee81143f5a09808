package korean

import (
	"runtime"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search/userdict"
)

// BenchmarkLoad measures reading the embedded dictionary, once per
// process (go test ./shared/search/korean -run '^$' -bench . -benchmem).
func BenchmarkLoad(b *testing.B) {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	var d *Dict
	for range b.N {
		var err error
		if d, err = Load(nounsGz, userdict.Text()); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	b.ReportMetric(float64(m1.HeapAlloc-m0.HeapAlloc)/(1<<20), "heap-MiB")
	runtime.KeepAlive(d)
}

// BenchmarkDecompose measures the decomposer on the words of the mecab
// reference (statute words, with their particles).
func BenchmarkDecompose(b *testing.B) {
	d := Default()
	var words []string
	var size int
	for _, line := range strings.Split(mecabTSV(b), "\n") {
		if w, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(w, "#") {
			words = append(words, keywords.Words(w)...)
			size += len(w)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, w := range words {
			d.Decompose(w)
		}
	}
}
