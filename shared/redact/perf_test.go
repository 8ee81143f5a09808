package redact

import (
	"strings"
	"testing"
	"time"
)

// TestPathologicalInputsLinear feeds each worst case a scanner keyed on
// triggers could meet, at 256 KiB and at 1 MiB. Linear work grows four
// times; quadratic work sixteen. The test compares the two sizes in the
// same run, not a time against a budget, so a loaded machine slows both.
func TestPathologicalInputsLinear(t *testing.T) {
	r := New()
	r.Redact("warm up 홍길동 씨", Options{}) // the word lists load once
	for _, unit := range []string{"1-", "1 ", "1.", "@", "a@", "@a.bc ", "님", "김님 ", "민원인 ", "(", "(1", "+82", "로 1",
		"동 ", "1동 1호 ", "０", "\u200b", "\u1100\u1161", "성명: 김", "010-1234-5678 ", "홍길동 씨 ", "피해자 김 ", " 외 1명 ", "****-"} {
		run := func(size int) (time.Duration, string, string) {
			in := strings.Repeat(unit, size/len(unit))
			start := time.Now()
			res := r.Redact(in, Options{})
			return time.Since(start), in, res.Text
		}
		small, _, _ := run(1 << 18)
		big, in, out := run(1 << 20)
		if big > 10*small+100*time.Millisecond {
			t.Errorf("%q: 1 MiB took %v, 256 KiB %v: more than linear", unit, big, small)
		}
		if strings.Count(out, "\n") != strings.Count(in, "\n") {
			t.Errorf("%q: lines changed", unit)
		}
	}
}
