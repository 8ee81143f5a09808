package extract

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/document"
)

// FuzzExtract runs the whole dispatcher: whatever the bytes, the result is
// valid UTF-8 text or a Problem with an extract.* code, never a panic.
func FuzzExtract(f *testing.F) {
	x := NewWith(Limits{MaxFileBytes: 1 << 20, MaxUnpackedBytes: 4 << 20, MaxHWPStreamBytes: 4 << 20, MaxTextBytes: 1 << 20, MaxPDFPages: 50})
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := x.Extract(context.Background(), "fuzz", data)
		if err != nil {
			if _, ok := document.Reason(err); !ok {
				t.Fatalf("error without a reason code: %v", err)
			}
			return
		}
		if !utf8.ValidString(res.Text) || res.Text == "" {
			t.Fatalf("bad text %q", res.Text)
		}
	})
}
