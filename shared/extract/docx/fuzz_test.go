package docx

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
)

var fuzzLimits = Limits{Zip: guard.ZipLimits{MaxEntries: 100, MaxRatio: 100, MaxUnpacked: 1 << 20}, MaxText: 1 << 20}

func FuzzDOCX(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Extract(context.Background(), data, fuzzLimits)
		if err == nil && !utf8.ValidString(d.Text) {
			t.Fatal("invalid UTF-8")
		}
		for _, b := range d.Blocks {
			if b.Start > b.End || b.End > len(d.Text) {
				t.Fatalf("block %+v outside %d bytes", b, len(d.Text))
			}
		}
	})
}
