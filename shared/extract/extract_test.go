package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// wantCode fails unless err is a Problem with code.
func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	p, ok := document.Reason(err)
	if !ok || p.Code != code {
		t.Fatalf("err = %v, want code %s", err, code)
	}
}

// makeZip builds a zip of the given entries, in order.
func makeZip(t testing.TB, entries ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		f, err := w.Create(e[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(e[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	hpNS   = `xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"`
	wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
)

func hwpxZip(t testing.TB, sections ...string) []byte {
	entries := [][2]string{{"mimetype", "application/hwp+zip"}}
	var items, refs string
	for i, s := range sections {
		id := "section" + string(rune('0'+i))
		items += `<opf:item id="` + id + `" href="Contents/` + id + `.xml" media-type="application/xml"/>`
		refs += `<opf:itemref idref="` + id + `"/>`
		entries = append(entries, [2]string{"Contents/" + id + ".xml", `<hs:sec xmlns:hs="s" ` + hpNS + `>` + s + `</hs:sec>`})
	}
	// The spine lists section1 before section0 when there are two, to show
	// that the spine, not the entry name, gives the order.
	if len(sections) == 2 {
		refs = `<opf:itemref idref="section1"/><opf:itemref idref="section0"/>`
	}
	entries = append(entries, [2]string{"Contents/content.hpf", `<opf:package xmlns:opf="http://www.idpf.org/2007/opf/"><opf:metadata><opf:title>시험</opf:title></opf:metadata><opf:manifest>` + items + `</opf:manifest><opf:spine>` + refs + `</opf:spine></opf:package>`})
	return makeZip(t, entries...)
}

func TestHWPXOrderTablesAndControls(t *testing.T) {
	data := hwpxZip(t,
		`<hp:p><hp:run><hp:t>둘째 구역</hp:t></hp:run><hp:switch><hp:case><hp:t></hp:t></hp:case><hp:default><hp:t>둘째 구역</hp:t></hp:default></hp:switch></hp:p>`,
		`<hp:p><hp:run><hp:t>첫째<hp:tab/>문단<hp:lineBreak/>다음 줄</hp:t></hp:run></hp:p>`+
			`<hp:p><hp:run><hp:tbl><hp:tr><hp:tc><hp:subList><hp:p><hp:run><hp:t>이름</hp:t></hp:run></hp:p></hp:subList></hp:tc>`+
			`<hp:tc><hp:subList><hp:p><hp:run><hp:t>홍길동</hp:t></hp:run></hp:p></hp:subList></hp:tc></hp:tr></hp:tbl></hp:run></hp:p>`)
	res, err := New().Extract(context.Background(), "a.hwpx", data)
	if err != nil {
		t.Fatal(err)
	}
	want := "첫째 문단\n다음 줄\n이름\t홍길동\n둘째 구역"
	if res.Format != FormatHWPX || res.Text != want {
		t.Fatalf("got %q %q, want %q", res.Format, res.Text, want)
	}
	if res.Meta["title"] != "시험" {
		t.Errorf("title = %q", res.Meta["title"])
	}
	var kinds []string
	for _, b := range res.Blocks {
		kinds = append(kinds, b.Kind+":"+res.Text[b.Start:b.End])
	}
	if got := strings.Join(kinds, "|"); got != "section:첫째 문단\n다음 줄\n이름\t홍길동\n|table:이름\t홍길동\n|section:둘째 구역" {
		t.Errorf("blocks = %q", got)
	}
}

func TestDOCXSkipsDeletedAndFallback(t *testing.T) {
	doc := `<w:document ` + wordNS + ` xmlns:mc="m"><w:body>` +
		`<w:p><w:pPr><w:tabs><w:tab w:val="left"/></w:tabs></w:pPr><w:r><w:t>보이는</w:t><w:tab/><w:t xml:space="preserve">글 </w:t></w:r>` +
		`<w:del><w:r><w:delText>지운 글</w:delText></w:r></w:del></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>상자</w:t></mc:Choice><mc:Fallback><w:t>상자</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>가</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>나</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`</w:body></w:document>`
	data := makeZip(t,
		[2]string{"[Content_Types].xml", `<Types/>`},
		[2]string{"_rels/.rels", `<Relationships><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		[2]string{"word/document.xml", doc},
	)
	res, err := New().Extract(context.Background(), "a.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	if want := "보이는 글\n상자\n가\t나"; res.Format != FormatDOCX || res.Text != want {
		t.Fatalf("got %q %q, want %q", res.Format, res.Text, want)
	}
}

func TestHWPML(t *testing.T) {
	const doc = `<?xml version="1.0" encoding="UTF-16" standalone="no" ?>
<!DOCTYPE HWPML [
	<!ENTITY nbsp	"&#160;">
]>
<HWPML Version="2.8"><HEAD><DOCSUMMARY><TITLE>제목</TITLE></DOCSUMMARY></HEAD>
<BODY><SECTION Id="0">
<P><TEXT CharShape="0"><CHAR>제1조(목적)&nbsp;이 규칙은</CHAR><TAB/><CHAR>정한다.</CHAR></TEXT></P>
<P><TEXT><TABLE><ROW><CELL><PARALIST><P><TEXT><CHAR>성명</CHAR></TEXT></P></PARALIST></CELL><CELL><PARALIST><P><TEXT><CHAR>홍길동</CHAR></TEXT></P></PARALIST></CELL></ROW></TABLE></TEXT></P>
<P><TEXT><EQUATION><SCRIPT>x^2</SCRIPT></EQUATION><CHAR>끝</CHAR></TEXT></P>
</SECTION></BODY></HWPML>`
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(doc)
	for _, in := range []string{doc, utf16} {
		res, err := New().Extract(context.Background(), "규칙.hwp", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if want := "제1조(목적)\u00a0이 규칙은 정한다.\n성명\t홍길동\n끝"; res.Format != FormatHWPML || res.Text != want {
			t.Fatalf("got %s %q, want %q", res.Format, res.Text, want)
		}
	}
	for _, markup := range []string{"{\\rtf1\\ansi 본문}", "\n<!DOCTYPE html><html><body>본문</body></html>", "<HTML><body>본문"} {
		_, err := New().Extract(context.Background(), "a.doc", []byte(markup))
		wantCode(t, err, CodeUnsupported)
	}
}

func TestTextEncodings(t *testing.T) {
	const s = "서울특별시 정보소통광장\n공개 문서"
	cp949, err := korean.EUCKR.NewEncoder().String(s + " 똠방각하") // 똠 is outside EUC-KR, inside CP949
	if err != nil {
		t.Fatal(err)
	}
	utf16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
	utf16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(s)
	decomposed := "\u1109\u1165\u110b\u116e\u11af" // 서울 in conjoining jamo (NFD)
	cases := []struct {
		name, in, want, enc string
	}{
		{"utf8", s, s, "utf-8"},
		{"utf8 bom crlf", "\xef\xbb\xbf" + strings.ReplaceAll(s, "\n", "\r\n"), s, "utf-8"},
		{"cp949", cp949, s + " 똠방각하", "cp949"},
		{"utf16le", utf16le, s, "utf-16le"},
		{"utf16be", utf16be, s, "utf-16be"},
		{"nfd to nfc", decomposed, "서울", "utf-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := New().Extract(context.Background(), "a.txt", []byte(c.in))
			if err != nil {
				t.Fatal(err)
			}
			if res.Text != c.want || res.Format != FormatText || res.Meta["encoding"] != c.enc {
				t.Fatalf("got %q %s %v, want %q %s", res.Text, res.Format, res.Meta, c.want, c.enc)
			}
		})
	}
}

func TestNegative(t *testing.T) {
	x := New()
	ctx := context.Background()
	hwpx := hwpxZip(t, `<hp:p><hp:run><hp:t>본문</hp:t></hp:run></hp:p>`)
	cases := []struct {
		name string
		data []byte
		code string
	}{
		{"garbage", []byte("\x00\x01\x02\xff\xfe\x00garbage\x9c\x00"), CodeUnsupported},
		{"empty file", nil, CodeEmpty},
		{"blank text", []byte(" \n\t\r\n"), CodeEmpty},
		{"truncated zip", hwpx[:len(hwpx)/2], CodeCorrupt},
		{"other zip", makeZip(t, [2]string{"a.csv", "1,2"}), CodeUnsupported},
		{"hwpx without sections", makeZip(t, [2]string{"mimetype", "application/hwp+zip"}), CodeCorrupt},
		{"hwpx broken xml", hwpxZip(t, `<hp:p><hp:t>글</hp:p`), CodeCorrupt},
		{"pdf without text", scanPDF(), CodeNeedsOCR},
		{"pdf truncated", scanPDF()[:200], CodeCorrupt},
		{"hwpx encrypted", makeZip(t, [2]string{"mimetype", "application/hwp+zip"}, [2]string{"META-INF/manifest.xml", `<odf:manifest><odf:file-entry><odf:encryption-data/></odf:file-entry></odf:manifest>`}), CodeEncrypted},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := x.Extract(ctx, "f", c.data)
			wantCode(t, err, c.code)
		})
	}
}

// bomb is a zip whose one entry inflates from about 50 KiB to 50 MiB.
func bomb(t testing.TB, name string) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	f, err := w.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for range 50 {
		f.Write(zeros)
	}
	w.Close()
	return buf.Bytes()
}

func TestZipBomb(t *testing.T) {
	x := New()
	ctx := context.Background()
	b := bomb(t, "Contents/section0.xml")
	_, err := x.Extract(ctx, "bomb.hwpx", b)
	wantCode(t, err, CodeZipBomb)

	// Entries by count.
	entries := make([][2]string, 0, 30)
	for i := range 30 {
		entries = append(entries, [2]string{strings.Repeat("x", i+1), ""})
	}
	_, err = NewWith(Limits{MaxZipEntries: 20}).Extract(ctx, "many.zip", makeZip(t, entries...))
	wantCode(t, err, CodeZipBomb)

	// A declared size that lies: archive/zip stops at the declared size,
	// and the total budget stops a legitimately large entry.
	_, err = NewWith(Limits{MaxUnpackedBytes: 1 << 10}).Extract(ctx, "big.hwpx",
		hwpxZip(t, `<hp:p><hp:t>`+strings.Repeat("가나다", 1000)+`</hp:t></hp:p>`))
	wantCode(t, err, CodeZipBomb)
}

func TestLimits(t *testing.T) {
	ctx := context.Background()
	_, err := NewWith(Limits{MaxFileBytes: 10}).Extract(ctx, "a.txt", []byte("01234567890"))
	wantCode(t, err, CodeTooLarge)
	_, err = NewWith(Limits{MaxTextBytes: 100}).Extract(ctx, "a.txt", []byte(strings.Repeat("가", 100)))
	wantCode(t, err, CodeTooLarge)

	done, cancel := context.WithCancel(ctx)
	cancel()
	_, err = New().Extract(done, "a.txt", []byte("글"))
	wantCode(t, err, CodeTimeout)

	if got := New().Limits(); got != DefaultLimits() || got.MaxFileBytes != DefaultMaxDocumentBytes {
		t.Errorf("defaults = %+v", got)
	}
}

// TestDeadlineInsideParser shows the deadline is honoured while a parser
// is busy, not only between files: a very long HWPX section with a
// deadline far shorter than its parse time.
func TestDeadlineInsideParser(t *testing.T) {
	var sb strings.Builder
	for range 200_000 {
		sb.WriteString(`<hp:p><hp:run><hp:t>가</hp:t></hp:run></hp:p>`)
	}
	data := hwpxZip(t, sb.String())
	start := time.Now()
	_, err := NewWith(Limits{Timeout: 5 * time.Millisecond, MaxZipRatio: 1 << 20}).Extract(context.Background(), "slow.hwpx", data)
	wantCode(t, err, CodeTimeout)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v after a 5ms deadline", d)
	}
}

// scanPDF is a one-page PDF whose page only paints an image.
func scanPDF() []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
		"<< /Length 31 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream",
		"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x00\nendstream",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}
