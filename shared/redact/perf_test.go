package redact

import (
	"strings"
	"testing"
	"time"
)

// TestPathologicalInputsLinear feeds 1 MB of each worst case a scanner
// keyed on triggers could meet; each must finish quickly.
func TestPathologicalInputsLinear(t *testing.T) {
	for _, unit := range []string{"1-", "1 ", "1.", "@", "a@", "@a.bc ", "님", "김님 ", "민원인 ", "(", "(1", "+82", "로 1",
		"동 ", "1동 1호 ", "０", "\u200b", "\u1100\u1161", "성명: 김", "010-1234-5678 ", "홍길동 씨 "} {
		in := strings.Repeat(unit, (1<<20)/len(unit))
		start := time.Now()
		res := New().Redact(in, Options{})
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q x %d: %v", unit, len(in)/len(unit), d)
		}
		if strings.Count(res.Text, "\n") != strings.Count(in, "\n") {
			t.Errorf("%q: lines changed", unit)
		}
	}
}
