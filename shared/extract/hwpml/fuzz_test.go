package hwpml

import (
	"context"
	"testing"
	"unicode/utf8"
)

func FuzzHWPML(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Extract(context.Background(), data, 1<<20)
		if err == nil && !utf8.ValidString(d.Text) {
			t.Fatal("invalid UTF-8")
		}
	})
}
