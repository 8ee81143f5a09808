package usage

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/seoul-plaza/plaza/shared/access"
	"github.com/seoul-plaza/plaza/shared/redact"
)

// BenchmarkAggregate1M counts a day of 1,000,000 generated log lines (the
// gateway's JSON lines, gzipped as CloudFront's and S3's logs are) and
// checks the figures against a brute-force count over the same records
// (untimed). The baseline, read, only decompresses and splits the lines;
// aggregate parses each, hashes its address and counts it, then masks
// and orders the figures with the real redactor.
//
//	go test -run '^$' -bench Aggregate1M -benchtime 1x ./shared/usage
func BenchmarkAggregate1M(b *testing.B) {
	const lines = 1_000_000
	opts := genOptions{lines: lines, ips: 40000, docs: 5000, seed: 42}
	path := filepath.Join(b.TempDir(), "access.log.gz")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	generate(zw, opts, func(access.Record) {})
	if err := zw.Close(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	want := bruteForce(func(yield func(access.Record)) { generate(io.Discard, opts, yield) })
	red := redact.New()
	red.Redact("워밍업 010-0000-0000", redact.Options{}) // loads the lexicon outside the timing

	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			f, _ := os.Open(path)
			zr, _ := gzip.NewReader(f)
			sc := bufio.NewScanner(zr)
			n := 0
			for sc.Scan() {
				n += len(sc.Bytes()) & 1
			}
			f.Close()
		}
		b.ReportMetric(float64(lines), "lines/op")
	})
	b.Run("aggregate", func(b *testing.B) {
		var got Figures
		for b.Loop() {
			f, _ := os.Open(path)
			t, err := NewTally(testDay, Options{Salt: bytes.Repeat([]byte{1}, 32), DefaultOrg: "6110000", OwnHosts: []string{"plaza.example.org"},
				// Every document, so that all compare with the brute force.
				Top: opts.docs * 2})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := access.Scan(f, func(r access.Record) error { t.Add(r); return nil }); err != nil {
				b.Fatal(err)
			}
			f.Close()
			if got, err = t.Figures(context.Background(), &catalog{}, red, searcher{}); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		// The generated queries carry no personal data, so masking
		// changes none and the brute force's raw queries compare.
		sameFigures(b, got, want)
		b.ReportMetric(float64(lines), "lines/op")
	})
}
