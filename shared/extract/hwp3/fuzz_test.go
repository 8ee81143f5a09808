package hwp3

import (
	"context"
	"testing"
	"unicode/utf8"
)

func FuzzHWP3(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Extract(context.Background(), data, Limits{MaxStream: 1 << 20, MaxText: 1 << 20})
		if err == nil && !utf8.ValidString(d.Text) {
			t.Fatal("invalid UTF-8")
		}
	})
}
