package hwp3

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/binary"
	"strings"
	"testing"
	"unicode"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/teamdata"
	"golang.org/x/text/encoding/korean"
)

var lim = Limits{MaxStream: 16 << 20, MaxText: 16 << 20}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if p, ok := document.Reason(err); !ok || p.Code != code {
		t.Fatalf("err = %v, want %s", err, code)
	}
}

// hnc encodes s as HNC codes: ASCII, modern Hangul syllables (Johab) and
// level-1 Hanja.
func hnc(t testing.TB, s string) []uint16 {
	inv := func(table [32]int8, idx int8) int {
		for i, v := range table {
			if v == idx {
				return i
			}
		}
		t.Fatalf("no Johab index for %d", idx)
		return 0
	}
	var out []uint16
	for _, r := range s {
		switch {
		case r < 0x7f:
			out = append(out, uint16(r))
		case r >= 0xAC00 && r <= 0xD7A3:
			n := int(r - 0xAC00)
			l, v, tt := inv(johabL, int8(n/588)), inv(johabV, int8(n%588/28)), inv(johabT, int8(n%28))
			out = append(out, uint16(0x8000|l<<10|v<<5|tt))
		default:
			b, err := korean.EUCKR.NewEncoder().Bytes([]byte(string(r)))
			if err != nil || len(b) != 2 || b[0] < 0xCA {
				t.Fatalf("%q is not a level-1 Hanja", r)
			}
			out = append(out, uint16(0x4000+int(b[0]-0xCA)*94+int(b[1]-0xA1)))
		}
	}
	return out
}

// para encodes one paragraph whose characters are units (HNC codes and
// controls), ending in 13.
func para(units ...uint16) []byte {
	units = append(units, 13)
	return paraRaw(len(units), hnc16(units))
}

// paraRaw encodes a paragraph of chars units whose encoded characters,
// with any control payloads, are content.
func paraRaw(chars int, content []byte) []byte {
	head := make([]byte, 43)
	head[0] = 1 // same shape as the previous paragraph: no 187-byte shape
	binary.LittleEndian.PutUint16(head[1:], uint16(chars))
	binary.LittleEndian.PutUint16(head[3:], 1)
	out := append(head, make([]byte, 14)...) // one line
	return append(out, content...)
}

func endList() []byte { return make([]byte, 43) }

// build returns an HWP 3.0 file with the given paragraph list.
func build(t testing.TB, password uint16, body ...[]byte) []byte {
	raw := make([]byte, 7*2+2) // no fonts, no styles
	for _, b := range body {
		raw = append(raw, b...)
	}
	raw = append(raw, endList()...)
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.BestCompression)
	w.Write(raw)
	w.Close()
	f := make([]byte, headerLength)
	copy(f, Signature)
	binary.LittleEndian.PutUint16(f[infoOffset+96:], password)
	f[infoOffset+124] = 1
	return append(f, z.Bytes()...)
}

func TestBuilt(t *testing.T) {
	first := append(hnc(t, "서울특별시"), 9, 0, 0, 0) // a tab: 3 more units
	first = append(first, hnc(t, "Plaza 漢字")...)
	// A table with two cells, each a one-paragraph list, and no caption,
	// then one more character in the paragraph that holds it.
	tableInfo := binary.LittleEndian.AppendUint16(make([]byte, 6+80), 2)
	tableInfo = append(tableInfo, make([]byte, 2+27*2)...)
	tablePara := paraRaw(4+1+1, bytes.Join([][]byte{
		hnc16([]uint16{10}), tableInfo,
		para(hnc(t, "이름")...), endList(),
		para(hnc(t, "홍길동")...), endList(),
		endList(), // caption
		hnc16(append(hnc(t, "뒤"), 13)),
	}, nil))
	data := build(t, 0, para(first...), tablePara, para(append([]uint16{0x3401}, hnc(t, "끝")...)...))
	d, err := Extract(context.Background(), data, lim)
	if err != nil {
		t.Fatal(err)
	}
	want := "서울특별시\tPlaza 漢字\n이름\n홍길동\n뒤\n끝"
	if d.Text != want {
		t.Fatalf("text = %q\nwant   %q", d.Text, want)
	}
	if d.Meta["unmapped_chars"] != "1" || len(d.Blocks) != 1 || d.Blocks[0].Kind != "table" {
		t.Errorf("meta %v blocks %+v", d.Meta, d.Blocks)
	}
}

func hnc16(u []uint16) []byte {
	var b []byte
	for _, x := range u {
		b = binary.LittleEndian.AppendUint16(b, x)
	}
	return b
}

func TestBadInput(t *testing.T) {
	ctx := context.Background()
	good := build(t, 0, para(hnc(t, "본문")...))
	if _, err := Extract(ctx, good, lim); err != nil {
		t.Fatal(err)
	}
	_, err := Extract(ctx, build(t, 0x1234, para(hnc(t, "본문")...)), lim)
	wantCode(t, err, "extract.encrypted")
	_, err = Extract(ctx, good[:headerLength+(len(good)-headerLength)/2], lim)
	wantCode(t, err, "extract.corrupt")
	_, err = Extract(ctx, good[:100], lim)
	wantCode(t, err, "extract.corrupt")
	_, err = Extract(ctx, build(t, 0, para(5, 0, 0, 0)), lim)
	wantCode(t, err, "extract.unsupported")
	_, err = Extract(ctx, build(t, 0), lim)
	wantCode(t, err, "extract.empty")
	_, err = Extract(ctx, build(t, 0, para(hnc(t, strings.Repeat("가", 5000))...)), Limits{MaxStream: 1 << 10, MaxText: 1 << 20})
	wantCode(t, err, "extract.too_large")
}

func TestJohabJamo(t *testing.T) {
	cases := map[int]string{
		0x8000 | 2<<10 | 2<<5 | 1:    "ㄱ",
		0x8000 | 1<<10 | 3<<5 | 1:    "ㅏ",
		0x8000 | 1<<10 | 2<<5 | 29:   "ㅎ",
		0x8000 | 2<<10 | 3<<5 | 1:    "가",
		0x8000 | 20<<10 | 29<<5 | 29: "힣",
		0x8000 | 0<<10 | 3<<5 | 1:    "", // initial index 0: not a letter
	}
	for c, want := range cases {
		if got := johab(c); got != want {
			t.Errorf("johab(%#x) = %q, want %q", c, got, want)
		}
	}
}

// sample reads samples/hwp3/name from the team's shared folder; missing
// fails under CI.
func sample(t *testing.T, name string) []byte {
	return teamdata.Read(t, "samples", "hwp3", name)
}

// TestHanjaSample: 4e00-62ff.hwp lists the ideographs U+4E00–U+62FF in
// code order. HNC numbers its level-1 Hanja in KS X 1001 order, which is by
// reading: were the numbering off, the decoded characters would jump about
// instead of rising through the range (about half would rise; 84% do).
// Simplified forms in the range are stored by HNC as their traditional
// forms, which lie outside it or out of order.
func TestHanjaSample(t *testing.T) {
	d, err := Extract(context.Background(), sample(t, "4e00-62ff.hwp"), lim)
	wantCode(t, err, "extract.unsupported") // most of the range is level-2 Hanja
	var in, rising, outside int
	prev := rune(0)
	for _, r := range d.Text {
		if !unicode.Is(unicode.Han, r) {
			continue
		}
		if r < 0x4E00 || r > 0x62FF {
			outside++
			continue
		}
		in++
		if r > prev {
			rising++
		}
		prev = r
	}
	if in < 1000 || rising < in*80/100 || outside > in/10 {
		t.Fatalf("%d Hanja in U+4E00–U+62FF, %d of them rising, %d outside", in, rising, outside)
	}
	if !strings.HasPrefix(d.Text, "一丁七万丈三上下不丑") {
		t.Errorf("text starts %q", d.Text[:min(len(d.Text), 40)])
	}
}

func TestSpecialCharSample(t *testing.T) {
	d, err := Extract(context.Background(), sample(t, "han_special_char_3.0.hwp"), lim)
	wantCode(t, err, "extract.unsupported") // a table of symbols, none mapped
	if !strings.HasPrefix(d.Text, "한글 특수문자표\n") {
		t.Errorf("text starts %q", d.Text[:min(len(d.Text), 40)])
	}
	_, err = Extract(context.Background(), sample(t, "empty-v3.hwp"), lim)
	wantCode(t, err, "extract.empty")
}
