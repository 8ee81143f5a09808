package redact

import (
	"strings"
	"testing"
	"time"
)

// TestPathologicalInputsLinear feeds each worst case a scanner keyed on
// triggers could meet, at 128 KiB and at 512 KiB. Linear work grows four
// times; quadratic work sixteen. The test compares the two sizes in the
// same run, not a time against a budget, so a loaded machine slows both.
func TestPathologicalInputsLinear(t *testing.T) {
	r := New()
	r.Redact("warm up 홍길동 씨", Options{}) // the word lists load once
	for _, unit := range []string{"1-", "1 ", "1.", "@", "a@", "@a.bc ", "님", "김님 ", "민원인 ", "(", "(1", "+82", "로 1",
		"동 ", "1동 1호 ", "０", "\u200b", "\u1100\u1161", "성명: 김", "010-1234-5678 ", "홍길동 씨 ", "피해자 김 ", " 외 1명 ", "****-",
		"金敏洙 ", "성명\t金敏洙\n", "주소: 서울특별시 관악구 봉천\n로 375\n", "서울특별시 관악구\n", "1\t관악구\n",
		"0 1 0 - 1 2 3 4 - 5 6 7 8, ", "| 1 | 홍길동 | 92\n0927 |\n", "성명: 금\n점례\n"} {
		// The fastest of three runs: what other work on the machine adds
		// to one run, it seldom adds to all three.
		run := func(size int) (time.Duration, string, string) {
			in := strings.Repeat(unit, size/len(unit))
			best, out := time.Duration(1<<62), ""
			for range 3 {
				start := time.Now()
				out = r.Redact(in, Options{}).Text
				best = min(best, time.Since(start))
			}
			return best, in, out
		}
		// Quadratic work fails every time; a pair that a burst of other
		// work spoilt is measured again before it counts.
		var in, out string
		var small, big time.Duration
		for try := 0; try < 2; try++ {
			small, _, _ = run(1 << 17)
			big, in, out = run(1 << 19)
			if big <= 12*small+50*time.Millisecond {
				break
			}
			if try == 1 {
				t.Errorf("%q: 512 KiB took %v, 128 KiB %v: more than linear", unit, big, small)
			}
		}
		if strings.Count(out, "\n") != strings.Count(in, "\n") {
			t.Errorf("%q: lines changed", unit)
		}
	}
}
