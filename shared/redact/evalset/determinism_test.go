package evalset_test

import (
	"testing"

	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/redact/casebook"
	"github.com/seoul-plaza/plaza/shared/redact/ninthset"
	"github.com/seoul-plaza/plaza/shared/redact/tenthset"
)

// TestMaskedTextIsDeterministic redacts whole documents several times:
// the pipeline's stages run again on a retry and must publish the same
// bytes. Two spellings of one name ("금경숙", "금 경숙") once picked their
// mask by Go's map order.
func TestMaskedTextIsDeterministic(t *testing.T) {
	r := redact.New()
	docs := append(append(casebook.Generate(1, 300), ninthset.Generate(1, 300)...), tenthset.Generate(1, 300)...)
	for _, d := range docs {
		first := r.Redact(d.Text, redact.Options{Exempt: d.Exempt}).Text
		for range 4 {
			if got := r.Redact(d.Text, redact.Options{Exempt: d.Exempt}).Text; got != first {
				t.Fatalf("%s: masked differently on a second run", d.ID)
			}
		}
	}
}
