package tracking

import "testing"

func TestTokens(t *testing.T) {
	a, b := New(), New()
	if a == b || len(a) != 43 {
		t.Fatalf("tokens %q %q: not fresh or not 256 bits", a, b)
	}
	h := Hash(a)
	if !Check(a, h) || Check(b, h) || Check("", h) || Check(a, "") || Check(a, Hash(a+"x")) {
		t.Error("Check accepts what it must not, or refuses the token")
	}
}
