package pdf

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/document"
)

func FuzzPDF(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Extract(context.Background(), data, Limits{MaxPages: 20, MaxContent: 1 << 20, MaxText: 1 << 20})
		if err != nil {
			if _, ok := document.Reason(err); !ok {
				t.Fatalf("error without a reason: %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatal("invalid UTF-8")
		}
	})
}
