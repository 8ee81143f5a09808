// Package hwp extracts the text of HWP 5.x documents (Hancom Office 2002
// and later): an OLE compound file whose BodyText/SectionN streams are
// raw-deflate compressed record streams. Paragraph text records
// (HWPTAG_PARA_TEXT) are read at every depth, so the text of tables, text
// boxes, headers, footers and notes is included; table cells are laid out
// as tab-separated rows.
//
// Password-encrypted and distribution-locked (배포용) documents are
// recognised from the FileHeader flags and refused with a reason; their
// body streams are ciphertext.
package hwp

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/richardlehane/mscfb"
	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
)

// Signature starts the FileHeader stream of an HWP 5 document.
const Signature = "HWP Document File"

// FileHeader property flags (HWP 5.0 spec, 3.2.1).
const (
	FlagCompressed   = 1 << 0
	FlagPassword     = 1 << 1
	FlagDistribution = 1 << 2 // 배포용 문서
	FlagScript       = 1 << 3
	FlagDRM          = 1 << 4
	FlagCertDRM      = 1 << 10
)

// Limits bounds the work on one file.
type Limits struct {
	MaxStream int64 // one decompressed stream
	MaxText   int
}

// Header is the decoded FileHeader stream.
type Header struct {
	Version string // "5.0.3.0"
	Flags   uint32
}

// Extract returns the text of the HWP 5 document in data.
func Extract(ctx context.Context, data []byte, lim Limits) (out.Doc, error) {
	doc, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return out.Doc{}, reason.New(reason.Corrupt, "not a readable OLE compound file: %v", err)
	}
	var (
		header   *mscfb.File
		sections = map[int]*mscfb.File{}
		names    = map[string]bool{}
	)
	for _, f := range doc.File {
		names[f.Name] = true
		switch {
		case f.Name == "FileHeader" && len(f.Path) == 0:
			header = f
		case len(f.Path) == 1 && f.Path[0] == "BodyText" && strings.HasPrefix(f.Name, "Section"):
			if n, err := strconv.Atoi(strings.TrimPrefix(f.Name, "Section")); err == nil && n >= 0 {
				sections[n] = f
			}
		}
	}
	if header == nil {
		// Meta tells the caller the container was read but is not HWP.
		return out.Doc{Meta: map[string]string{"container": "ole"}}, notHWP(names)
	}
	h, err := readHeader(ctx, header, len(data))
	if err != nil {
		return out.Doc{}, err
	}
	switch {
	case h.Flags&FlagPassword != 0:
		return out.Doc{}, reason.New(reason.Encrypted, "HWP document is password-encrypted")
	case h.Flags&FlagDistribution != 0:
		return out.Doc{}, reason.New(reason.DRMLocked, "HWP document is distribution-locked (배포용 문서): its text is encrypted for viewing only")
	case h.Flags&(FlagDRM|FlagCertDRM) != 0:
		return out.Doc{}, reason.New(reason.DRMLocked, "HWP document is DRM-protected")
	}
	if len(sections) == 0 {
		return out.Doc{}, reason.New(reason.Corrupt, "HWP document has no BodyText section")
	}
	order := make([]int, 0, len(sections))
	for n := range sections {
		order = append(order, n)
	}
	sort.Ints(order)
	b := out.New(lim.MaxText)
	t := guard.NewTicker(ctx)
	for _, n := range order {
		r, err := openStream(ctx, sections[n], h.Flags&FlagCompressed != 0, len(data), lim.MaxStream)
		if err != nil {
			return out.Doc{}, err
		}
		b.Begin("section")
		if err := Section(r, b, t); err != nil {
			return out.Doc{}, reason.Wrap(err, reason.Corrupt, fmt.Sprintf("HWP section %d", n))
		}
		b.End()
	}
	d, err := b.Finish()
	d.Meta = map[string]string{"version": h.Version, "sections": strconv.Itoa(len(order))}
	return d, err
}

// notHWP names the compound file that is not HWP.
func notHWP(names map[string]bool) error {
	switch {
	case names["EncryptedPackage"]:
		return reason.New(reason.Encrypted, "password-encrypted Office document")
	case names["WordDocument"]:
		return reason.New(reason.Unsupported, "legacy Word (.doc) document; save as DOCX, HWP or PDF")
	case names["Workbook"], names["Book"]:
		return reason.New(reason.Unsupported, "Excel workbook")
	case names["PowerPoint Document"]:
		return reason.New(reason.Unsupported, "PowerPoint presentation")
	}
	return reason.New(reason.Unsupported, "OLE compound file that is not an HWP document")
}

func readHeader(ctx context.Context, f *mscfb.File, fileSize int) (Header, error) {
	raw, err := guard.ReadAll(ctx, io.LimitReader(f, 4096), 4096, reason.Corrupt, "HWP FileHeader")
	if err != nil {
		return Header{}, reason.Wrap(err, reason.Corrupt, "HWP FileHeader")
	}
	if len(raw) < 40 || !bytes.HasPrefix(raw, []byte(Signature)) {
		return Header{}, reason.New(reason.Corrupt, "HWP FileHeader has no signature")
	}
	v := binary.LittleEndian.Uint32(raw[32:])
	h := Header{
		Version: fmt.Sprintf("%d.%d.%d.%d", v>>24, v>>16&0xff, v>>8&0xff, v&0xff),
		Flags:   binary.LittleEndian.Uint32(raw[36:]),
	}
	if v>>24 != 5 {
		return h, reason.New(reason.Unsupported, "HWP version %s is not 5.x", h.Version)
	}
	return h, nil
}

// openStream returns the decompressed content of a stream, bounded by max
// and checked against ctx. A stream's declared size is not trusted beyond
// the size of the file itself.
func openStream(ctx context.Context, f *mscfb.File, compressed bool, fileSize int, max int64) (io.Reader, error) {
	raw := io.Reader(io.LimitReader(f, int64(fileSize)))
	if !compressed {
		return guard.Reader(ctx, raw, max, reason.TooLarge, "HWP stream "+f.Name), nil
	}
	br := newPeekReader(raw)
	head, _ := br.Peek(2)
	var z io.Reader
	if len(head) == 2 && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		// A zlib header: some writers wrap the deflate data.
		zr, err := zlib.NewReader(br)
		if err != nil {
			return nil, reason.New(reason.Corrupt, "HWP stream %s: %v", f.Name, err)
		}
		z = zr
	} else {
		z = flate.NewReader(br)
	}
	return guard.Reader(ctx, z, max, reason.TooLarge, "decompressed HWP stream "+f.Name), nil
}
