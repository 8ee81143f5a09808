package hwp

import (
	"bytes"
	"context"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
)

// FuzzHWP runs whole files: the compound file reader, the header and the
// decompressed section streams.
func FuzzHWP(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Extract(context.Background(), data, Limits{MaxStream: 1 << 20, MaxText: 1 << 20})
		if err == nil && !utf8.ValidString(d.Text) {
			t.Fatal("invalid UTF-8")
		}
	})
}

// FuzzSection runs the record parser on decompressed section streams.
func FuzzSection(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		b := out.New(1 << 20)
		_ = Section(bytes.NewReader(data), b, guard.NewTicker(context.Background()))
		d, _ := b.Finish()
		if !utf8.ValidString(d.Text) {
			t.Fatal("invalid UTF-8")
		}
	})
}
