package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// buildPDF writes a PDF whose objects are given in order (object i+1 is
// objs[i]); object 1 must be the catalog. trailerExtra is added to the
// trailer dictionary.
func buildPDF(objs []string, trailerExtra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailerExtra, xref)
	return b.Bytes()
}

func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

func flateStream(dict string, data []byte) string {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(data)
	w.Close()
	return fmt.Sprintf("<< %s /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", dict, z.Len(), z.String())
}

// toUnicode maps CIDs 1.. to the runes of s.
func toUnicode(s string) string {
	var sb strings.Builder
	sb.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	rs := []rune(s)
	fmt.Fprintf(&sb, "%d beginbfchar\n", len(rs))
	for i, r := range rs {
		fmt.Fprintf(&sb, "<%04X> <%04X>\n", i+1, r)
	}
	sb.WriteString("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end")
	return sb.String()
}

// cids encodes the runes of s as CIDs from alphabet's order.
func cids(alphabet, s string) string {
	idx := map[rune]int{}
	for i, r := range []rune(alphabet) {
		idx[r] = i + 1
	}
	var sb strings.Builder
	sb.WriteByte('<')
	for _, r := range s {
		fmt.Fprintf(&sb, "%04X", idx[r])
	}
	sb.WriteByte('>')
	return sb.String()
}

// textPDF is a one-page PDF with a Type0 font (Identity-H, ToUnicode, /W
// widths of 1000) and a Helvetica font, showing content.
func textPDF(alphabet, content string) []byte {
	return fontPDF("/Encoding /Identity-H", "/ToUnicode 6 0 R", alphabet, content)
}

// fontPDF is textPDF with the Type0 font's encoding and ToUnicode entries
// given.
func fontPDF(encoding, toUni, alphabet, content string) []byte {
	return buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 7 0 R >> >> /Contents 8 0 R >>",
		"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Batang " + encoding + " /DescendantFonts [5 0 R] " + toUni + " >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Batang /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [1 [1000 1000] 3 200 1000] >>",
		stream("", toUnicode(alphabet)),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [" + strings.Repeat("500 ", 95) + "] >>",
		flateStream("", []byte(content)),
	}, "")
}
