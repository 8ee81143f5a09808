package userdict

import (
	"strings"
	"testing"
)

// TestRules holds the rules to what nori accepts: Hangul words, and parts
// that spell the word they follow.
func TestRules(t *testing.T) {
	rules := Rules()
	if len(rules) < 10 {
		t.Fatalf("%d rules, want the administrative terms", len(rules))
	}
	seen := map[string]bool{}
	for _, r := range rules {
		f := strings.Fields(r)
		if seen[f[0]] {
			t.Errorf("%q twice", f[0])
		}
		seen[f[0]] = true
		for _, w := range f {
			for _, c := range w {
				if c < 0xAC00 || c > 0xD7A3 {
					t.Errorf("rule %q: %q is not Hangul", r, w)
				}
			}
		}
		if len(f) > 1 && strings.Join(f[1:], "") != f[0] {
			t.Errorf("rule %q: the parts do not spell the word", r)
		}
	}
}
