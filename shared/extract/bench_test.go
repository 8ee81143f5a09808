package extract

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"context"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/richardlehane/mscfb"
	"golang.org/x/text/encoding/korean"
)

// The benchmarks report MB/s of input for each format, next to a baseline
// over the same bytes that does only the unavoidable part: unpacking the
// container (zip entries, OLE streams and inflate, PDF stream inflate) or,
// for text, one copy and a UTF-8 check.
//
//	go test ./shared/extract -run '^$' -bench . -benchtime 20x

var benchFiles = []struct{ format, file string }{
	{"hwp", "hwp/han_grammar.hwp"},
	{"hwpx", "hwpx/test.hwpx"},
	{"docx", "docx/sample-word-document.docx"},
	{"pdf", "pdf/korean_texts_two_page.pdf"},
}

func BenchmarkExtract(b *testing.B) {
	x := New()
	ctx := context.Background()
	for _, f := range benchFiles {
		data := readSample(b, f.file)
		b.Run(f.format, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := x.Extract(ctx, f.file, data); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(f.format+"/baseline", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				unpack(b, f.format, data)
			}
		})
	}
	// Text: the HWP sample's text, as UTF-8 and as CP949.
	res, err := x.Extract(ctx, "g.hwp", readSample(b, "hwp/han_grammar.hwp"))
	if err != nil {
		b.Fatal(err)
	}
	utf8Text := []byte(res.Text)
	cp949Text, err := korean.EUCKR.NewEncoder().Bytes([]byte(strings.Map(func(r rune) rune {
		if _, err := korean.EUCKR.NewEncoder().String(string(r)); err != nil {
			return '?'
		}
		return r
	}, res.Text)))
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range []struct {
		name string
		data []byte
	}{{"text-utf8", utf8Text}, {"text-cp949", cp949Text}} {
		b.Run(t.name, func(b *testing.B) {
			b.SetBytes(int64(len(t.data)))
			for b.Loop() {
				if _, err := x.Extract(ctx, "a.txt", t.data); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(t.name+"/baseline", func(b *testing.B) {
			b.SetBytes(int64(len(t.data)))
			for b.Loop() {
				unpack(b, "text", t.data)
			}
		})
	}
}

var pdfStream = regexp.MustCompile(`(?s)/FlateDecode.*?stream\r?\n`)

// unpack is the baseline work for a format.
func unpack(b *testing.B, format string, data []byte) {
	switch format {
	case "hwp":
		doc, err := mscfb.New(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range doc.File {
			if len(f.Path) == 1 && f.Path[0] == "BodyText" {
				if _, err := io.Copy(io.Discard, flate.NewReader(f)); err != nil {
					b.Fatal(err)
				}
			}
		}
	case "hwpx", "docx":
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				b.Fatal(err)
			}
			io.Copy(io.Discard, rc)
			rc.Close()
		}
	case "pdf":
		for _, loc := range pdfStream.FindAllIndex(data, -1) {
			zr, err := zlib.NewReader(bytes.NewReader(data[loc[1]:]))
			if err == nil {
				io.Copy(io.Discard, zr)
			}
		}
	case "text":
		var buf bytes.Buffer
		buf.Write(data)
		if !bytes.Contains(buf.Bytes(), []byte{0}) && len(buf.Bytes()) == 0 {
			b.Fatal("empty")
		}
	}
}
