package out

import (
	"strings"
	"testing"
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
