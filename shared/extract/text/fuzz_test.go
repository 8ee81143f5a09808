package text

import (
	"context"
	"testing"
	"unicode/utf8"
)

func FuzzText(f *testing.F) {
	f.Add([]byte("서울특별시\r\n정보소통광장"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Extract(context.Background(), data, 1<<20)
		if err == nil && !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 out of %q", data)
		}
	})
}
