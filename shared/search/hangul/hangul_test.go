package hangul

import "testing"

func TestInitials(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"정보공개", "ㅈㅂㄱㄱ"},
		{"2014년", ""}, // one syllable narrows nothing
		{"버스노선", "ㅂㅅㄴㅅ"},
		{"까치", "ㄲㅊ"},
		{"COVID-19", ""},
	} {
		if got := Initials(c.in); got != c.want {
			t.Errorf("Initials(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsInitials(t *testing.T) {
	for in, want := range map[string]bool{
		"ㅈㅂㄱㄱ": true, "ㅈㅂㄱㄱ ㅊㅈ": true, "ㅈ": false, "정보ㄱㄱ": false, "ㅏㅓ": false, "": false, "ab": false,
	} {
		if got := IsInitials(in); got != want {
			t.Errorf("IsInitials(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestFromKeys(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"wjdqhrhdro", "정보공개", true},
		{"dkssudgktpdy", "안녕하세요", true},
		{"qjtmshtjs", "버스노선", true},
		{"dPtksdks", "예산안", true},     // shift for ㅖ
		{"rhkswlrhk", "관지과", true},    // ㅗ+ㅏ is ㅘ
		{"dmlrufqkrtm", "의결박스", true}, // ㅡ+ㅣ is ㅢ
		{"qkfwm", "발즈", true},         // ㄹ closes 발, ㅈ opens 즈 before its vowel
		{"dlfr", "읽", true},           // two finals ㄹㄱ make ㄺ
		{"WJDQHRHDRO", "쩡뽀꽁꺠", true},  // capitals are shifted keys where the layout has them
		{"wjdqhrhdro dusrP", "정보공개 연계", true},
		{"hello", "", false}, // h-e-l-l-o is ㅗㄷㅣㅣㅐ: no syllable opens with a vowel
		{"tjdnf2014", "", false},
		{"", "", false},
	} {
		got, ok := FromKeys(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("FromKeys(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{Jamo("정보공게"), Jamo("정보공개"), 1},
		{Jamo("정보공개"), Jamo("정보공개"), 0},
		{Jamo("정보"), Jamo("정부"), 1},
		{Jamo("버스노선"), Jamo("예산안"), 2}, // limit 1: over
		{"abc", "abcd", 1},
	} {
		if got := Distance(c.a, c.b, 1); got != c.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func FuzzFromKeys(f *testing.F) {
	for _, s := range []string{"wjdqhrhdro", "dkssud", "qjtm shtjs", "rtrt", "QQQ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, ok := FromKeys(s)
		if !ok {
			return
		}
		for _, r := range out {
			if !IsSyllable(r) && r != ' ' {
				t.Fatalf("FromKeys(%q) = %q: %q is not a syllable", s, out, r)
			}
		}
	})
}
