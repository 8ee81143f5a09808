package out

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestWriteStringCleans(t *testing.T) {
	cases := map[string]string{
		"가\x00나\x1b다\x7f":    "가나다",
		"a\u0085b\uFEFFc":    "abc",
		"x\uFFFCy\uFFFDz":    "xy\uFFFDz",
		"bad\xffutf8":        "bad\uFFFDutf8",
		"탭\t줄\r끝":            "탭\t줄\n끝",
		"서울 ·  정상 ①②":        "서울 ·  정상 ①②",
		"\u1109\u1165\u110b": "서ᄋ",
	}
	for in, want := range cases {
		b := New(1 << 10)
		b.WriteString(in)
		d, err := b.Finish()
		if err != nil || d.Text != want {
			t.Errorf("%q: got %q %v, want %q", in, d.Text, err, want)
		}
	}
}

func TestBuilderLimitAndBlocks(t *testing.T) {
	b := New(10)
	b.WriteString(strings.Repeat("가", 4))
	if b.Err() == nil {
		t.Fatal("12 bytes passed a 10 byte limit")
	}
	b = New(100)
	b.Begin("table")
	b.WriteString("a ")
	b.Tab()
	b.WriteString("b")
	b.End()
	b.Begin("page") // empty: dropped
	b.End()
	d, err := b.Finish()
	if err != nil || d.Text != "a\tb" || len(d.Blocks) != 1 || d.Blocks[0] != (Block{"table", 0, 3}) {
		t.Fatalf("got %q %+v %v", d.Text, d.Blocks, err)
	}
	if _, err := New(10).Finish(); err == nil {
		t.Fatal("empty text is not an error")
	}
}

func TestIsNFCAgreesWithNorm(t *testing.T) {
	samples := []string{"서울 abc", "Å", "\u212b", "가\u11a8", "\u1100\u1161", "e\u0301", "ｶﾞ", "が", "か\u3099", "\u2000", "—…‘’", "漢字", "\uf900",
		"\u2126", "\u212a", "\u2329", "\u232a", "\u2adc", "ガ", "カ\u3099", "\u20d0", "①Ⅰ→■"}
	for _, s := range samples {
		for _, x := range []string{s, "가" + s, s + "가", "a" + s + "\u0301"} {
			if isNFC([]byte(x)) != norm.NFC.IsNormalString(x) {
				t.Errorf("%q: isNFC disagrees with norm", x)
			}
		}
	}
	// Every code point in the fast set, followed by every one: NFC already.
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		if plain(r) && !norm.NFC.IsNormalString(s) {
			t.Errorf("U+%04X: plain but not NFC", r)
		}
	}
	if !isNFC([]byte("서울특별시 정보소통광장 (2013), ㄱ ㄴ ‘공개’ 「규정」 漢字 ＡＢ ① Ⅱ")) {
		t.Error("common Korean text took the slow path")
	}
}
