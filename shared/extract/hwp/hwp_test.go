package hwp

import (
	"bytes"
	"compress/zlib"
	"context"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
)

var lim = Limits{MaxStream: 16 << 20, MaxText: 16 << 20}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if p, ok := document.Reason(err); !ok || p.Code != code {
		t.Fatalf("err = %v, want %s", err, code)
	}
}

// body is a section with a paragraph holding controls, a 2×2 table whose
// second row has a nested table, and a paragraph after the table.
func body() []byte {
	first := append(u16("서울"), ctrl(9)...) // tab
	first = append(first, u16("특별시")...)
	first = append(first, ctrl(11)...) // an extended control (the table's anchor)
	first = append(first, 10)          // line break
	first = append(first, u16("정보\U0001F600")...)
	first = append(first, 31, 24)
	return join(
		paraRec(0, first...),
		tableCtrl(1),
		rec(0x10+61, 2, make([]byte, 20)), // HWPTAG_TABLE, skipped
		cell(2, 0, 0), paraRec(2, u16("이름")...),
		cell(2, 0, 1), paraRec(2, u16("연락처")...),
		cell(2, 1, 0), paraRec(2, u16("홍길동")...), paraRec(2, u16("주무관")...),
		cell(2, 1, 1),
		tableCtrl(3), cell(4, 0, 0), paraRec(4, u16("안")...), cell(4, 0, 1), paraRec(4, u16("쪽")...),
		paraRec(0, u16("끝 문단")...),
	)
}

func TestBuiltDocument(t *testing.T) {
	data := buildHWP(t, FlagCompressed, body(), join(paraRec(0, u16("둘째 구역")...)))
	d, err := Extract(context.Background(), data, lim)
	if err != nil {
		t.Fatal(err)
	}
	want := "서울\t특별시 정보😀 -\n이름\t연락처\n홍길동 주무관\t안 쪽\n끝 문단\n둘째 구역"
	if d.Text != want {
		t.Fatalf("text = %q\nwant   %q", d.Text, want)
	}
	if d.Meta["version"] != "5.0.3.0" || d.Meta["sections"] != "2" {
		t.Errorf("meta = %v", d.Meta)
	}
	var kinds []string
	for _, b := range d.Blocks {
		kinds = append(kinds, b.Kind+":"+d.Text[b.Start:b.End])
	}
	if len(kinds) != 3 || kinds[1] != "table:이름\t연락처\n홍길동 주무관\t안 쪽\n" {
		t.Errorf("blocks = %q", kinds)
	}
	// The same body, stored uncompressed.
	d2, err := Extract(context.Background(), buildHWP(t, 0, body()), lim)
	if err != nil || d2.Text != want[:len(want)-len("\n둘째 구역")] {
		t.Errorf("uncompressed: %q %v", d2.Text, err)
	}
}

func TestZlibWrappedStream(t *testing.T) {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(paraRec(0, u16("감싼 스트림")...))
	w.Close()
	d, err := Extract(context.Background(), buildHWPStreams(t, FlagCompressed, z.Bytes()), lim)
	if err != nil || d.Text != "감싼 스트림" {
		t.Fatalf("got %q %v", d.Text, err)
	}
}

func TestFlags(t *testing.T) {
	sec := paraRec(0, u16("본문")...)
	for _, c := range []struct {
		flags uint32
		code  string
	}{
		{FlagCompressed | FlagPassword, "extract.encrypted"},
		{FlagCompressed | FlagDistribution, "extract.drm_locked"},
		{FlagCompressed | FlagDRM, "extract.drm_locked"},
		{FlagCompressed | FlagCertDRM, "extract.drm_locked"},
	} {
		_, err := Extract(context.Background(), buildHWP(t, c.flags, sec), lim)
		wantCode(t, err, c.code)
	}
}

func TestBadInput(t *testing.T) {
	ctx := context.Background()
	good := buildHWP(t, FlagCompressed, body())
	// A stream cut inside a record.
	_, err := Extract(ctx, buildHWPStreams(t, 0, body()[:len(body())-5]), lim)
	wantCode(t, err, "extract.corrupt")
	// A compressed stream cut short.
	z := deflate(t, body())
	_, err = Extract(ctx, buildHWPStreams(t, FlagCompressed, z[:len(z)/2]), lim)
	wantCode(t, err, "extract.corrupt")
	_, err = Extract(ctx, good[:len(good)/2], lim)
	wantCode(t, err, "extract.corrupt")
	_, err = Extract(ctx, append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), bytes.Repeat([]byte{0xff}, 600)...), lim)
	wantCode(t, err, "extract.corrupt")

	// Not deflate data although the header says compressed.
	_, err = Extract(ctx, buildHWPStreams(t, FlagCompressed, bytes.Repeat([]byte{0xff}, 100)), lim)
	wantCode(t, err, "extract.corrupt")

	// A compound file without a FileHeader: a legacy Word file.
	doc := buildCFB(t, []cfbEntry{
		{name: "Root Entry", typ: 5, left: noEntry, right: noEntry, child: 1},
		{name: "WordDocument", typ: 2, left: noEntry, right: noEntry, child: noEntry, data: []byte("x")},
	})
	d, err := Extract(ctx, doc, lim)
	wantCode(t, err, "extract.unsupported")
	if d.Meta["container"] != "ole" {
		t.Errorf("meta = %v", d.Meta)
	}
	enc := buildCFB(t, []cfbEntry{
		{name: "Root Entry", typ: 5, left: noEntry, right: noEntry, child: 1},
		{name: "EncryptedPackage", typ: 2, left: noEntry, right: noEntry, child: noEntry, data: []byte("x")},
	})
	_, err = Extract(ctx, enc, lim)
	wantCode(t, err, "extract.encrypted")
}

func TestRawSectionErrors(t *testing.T) {
	run := func(raw []byte) error {
		b := out.New(1 << 20)
		return Section(bytes.NewReader(raw), b, guard.NewTicker(context.Background()))
	}
	// A record whose header claims 100 MB that never come.
	huge := []byte{0x43, 0x00, 0xf0, 0xff, 0x00, 0xe1, 0xf5, 0x05}
	wantCode(t, run(huge), "extract.corrupt")
	wantCode(t, run(paraRec(0, u16("가나")...)[:7]), "extract.corrupt")
	if err := run(nil); err != nil {
		t.Fatalf("empty section: %v", err)
	}
}

// TestStreamBomb: a section that inflates past MaxStreamBytes stops with
// extract.too_large, whatever its text.
func TestStreamBomb(t *testing.T) {
	filler := rec(0x10+53, 1, make([]byte, 4<<20)) // 4 MiB of a skipped record
	data := buildHWP(t, FlagCompressed, join(paraRec(0, u16("본문")...), filler))
	if len(data) > 64<<10 {
		t.Fatalf("bomb is %d bytes", len(data))
	}
	_, err := Extract(context.Background(), data, Limits{MaxStream: 1 << 20, MaxText: 1 << 20})
	wantCode(t, err, "extract.too_large")
	if _, err := Extract(context.Background(), data, lim); err != nil {
		t.Fatalf("under the limit: %v", err)
	}
}

func TestDeadline(t *testing.T) {
	var many []byte
	for range 20_000 {
		many = append(many, paraRec(0, u16("가나다라마바사")...)...)
	}
	data := buildHWP(t, FlagCompressed, many)
	ctx, cancel := context.WithTimeout(context.Background(), time.Microsecond)
	defer cancel()
	time.Sleep(time.Millisecond)
	_, err := Extract(ctx, data, lim)
	wantCode(t, err, "extract.timeout")
}
