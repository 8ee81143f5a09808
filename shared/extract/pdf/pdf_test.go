package pdf

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
)

var lim = Limits{MaxPages: 100, MaxContent: 8 << 20, MaxText: 8 << 20}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if p, ok := document.Reason(err); !ok || p.Code != code {
		t.Fatalf("err = %v, want %s", err, code)
	}
}

func TestLayout(t *testing.T) {
	const abc = "서울특별시청정보광장"
	content := "BT /F1 12 Tf 72 700 Td " + cids(abc, "서울") + " Tj " +
		"[" + cids(abc, "특별") + " -300 " + cids(abc, "시") + "] TJ " + // a 0.3 em kern: a word space
		"200 0 Td " + cids(abc, "청") + " Tj " + // far right: a new cell
		"/F2 10 Tf 0 -20 Td (Hello, world) Tj T* ET " +
		"BT /F1 12 Tf 72 650 Td " + cids(abc, "정보") + " Tj ( ) Tj " + cids(abc, "광장") + " Tj ET"
	d, err := Extract(context.Background(), textPDF(abc, content), lim)
	if err != nil {
		t.Fatal(err)
	}
	want := "서울특별 시\t청\nHello, world\n정보 광장"
	if d.Text != want {
		t.Fatalf("text = %q\nwant   %q", d.Text, want)
	}
	if d.Pages != 1 || len(d.Blocks) != 1 || d.Blocks[0].Kind != "page" {
		t.Errorf("pages %d blocks %+v", d.Pages, d.Blocks)
	}
}

// noTextPDF is a page that paints an image and no text: a scan.
func noTextPDF(pages int) []byte {
	kids := make([]string, pages)
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", ""}
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 3+2*i)
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 %d 0 R >> >> /Contents %d 0 R >>", 3+2*pages, 4+2*i),
			stream("", "q 595 0 0 842 0 0 cm /Im1 Do Q"))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), pages)
	objs = append(objs, stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x00\xff\xff\x00"))
	return buildPDF(objs, "")
}

func TestNoTextLayer(t *testing.T) {
	d, err := Extract(context.Background(), noTextPDF(2), lim)
	wantCode(t, err, "extract.needs_ocr")
	if d.Meta["pages_without_text"] != "1,2" {
		t.Errorf("meta = %v", d.Meta)
	}
	// A scan drawn as an inline image whose bytes the tokenizer cannot
	// read: still a page without text, not an unreadable one.
	_, err = Extract(context.Background(), textPDF("가", "q 100 0 0 100 0 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID (\x00)) EI Q"), lim)
	wantCode(t, err, "extract.needs_ocr")
	// A font without ToUnicode on Identity-H: glyph ids only, no text.
	_, err = Extract(context.Background(), fontPDF("/Encoding /Identity-H", "", "가", "BT /F1 12 Tf 72 700 Td <0001> Tj ET"), lim)
	wantCode(t, err, "extract.needs_ocr")
}

func TestLimitsAndDamage(t *testing.T) {
	ctx := context.Background()
	_, err := Extract(ctx, noTextPDF(5), Limits{MaxPages: 3, MaxContent: 1 << 20, MaxText: 1 << 20})
	wantCode(t, err, "extract.too_many_pages")

	// A content stream that inflates past the per-page limit.
	bomb := textPDF("가", "BT /F1 12 Tf 72 700 Td <0001> Tj ET"+strings.Repeat(" ", 4<<20))
	if len(bomb) > 64<<10 {
		t.Fatalf("bomb is %d bytes", len(bomb))
	}
	_, err = Extract(ctx, bomb, Limits{MaxPages: 10, MaxContent: 1 << 20, MaxText: 1 << 20})
	wantCode(t, err, "extract.too_large")

	good := textPDF("가나", "BT /F1 12 Tf 72 700 Td <00010002> Tj ET")
	if d, err := Extract(ctx, good, lim); err != nil || d.Text != "가나" {
		t.Fatalf("good: %q %v", d.Text, err)
	}
	_, err = Extract(ctx, good[:len(good)/2], lim)
	wantCode(t, err, "extract.corrupt")
	_, err = Extract(ctx, []byte("%PDF-1.4\ngarbage\n%%EOF"), lim)
	wantCode(t, err, "extract.corrupt")
	// Junk before the header and after %%EOF, and a 2.0 header, are read.
	lax := append([]byte("junk\n"), good...)
	lax = append(lax, strings.Repeat("x", 300)...)
	lax[5+7] = '0'
	lax[5+5] = '2'
	if d, err := Extract(ctx, lax, lim); err != nil || d.Text != "가나" {
		t.Fatalf("lax: %q %v", d.Text, err)
	}

	done, cancel := context.WithTimeout(ctx, time.Nanosecond)
	defer cancel()
	time.Sleep(time.Millisecond)
	_, err = Extract(done, good, lim)
	wantCode(t, err, "extract.timeout")
}

func TestEncrypted(t *testing.T) {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [] /Count 0 >>",
		"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + strings.Repeat("41", 32) + "> /U <" + strings.Repeat("42", 32) + "> >>",
	}
	_, err := Extract(context.Background(), buildPDF(objs, "/Encrypt 3 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]"), lim)
	wantCode(t, err, "extract.encrypted")
}

// TestKoreanCMapsWithoutToUnicode: Type0 fonts on the predefined Korean
// CMaps carry their text in the codes themselves.
func TestKoreanCMapsWithoutToUnicode(t *testing.T) {
	for _, c := range []struct{ enc, str string }{
		{"UniKS-UCS2-H", "<C11CC6B8>"},     // 서울 in UTF-16BE
		{"KSC-EUC-H", "<BCADBFEF> Tj (A)"}, // 서울 in EUC-KR, then ASCII
	} {
		pdf := fontPDF("/Encoding /"+c.enc, "", "가", "BT /F1 12 Tf 72 700 Td "+c.str+" Tj ET")
		d, err := Extract(context.Background(), pdf, lim)
		if err != nil || !strings.HasPrefix(d.Text, "서울") {
			t.Errorf("%s: %q %v", c.enc, d.Text, err)
		}
	}
}
