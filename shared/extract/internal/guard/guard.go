// Package guard bounds the work a parser does on untrusted input: bytes
// read from a decompressor, zip entries and expansion ratios, and the
// caller's deadline, checked inside tight loops.
package guard

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"

	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
)

// Deadline returns a Timeout problem when ctx is done, else nil.
func Deadline(ctx context.Context) error {
	if ctx.Err() != nil {
		return reason.New(reason.Timeout, "extraction deadline passed")
	}
	return nil
}

// Ticker checks the deadline every 256 calls of Tick, cheap enough for the
// innermost loop of a parser.
type Ticker struct {
	ctx context.Context
	n   uint
}

// NewTicker returns a Ticker for ctx.
func NewTicker(ctx context.Context) *Ticker { return &Ticker{ctx: ctx} }

// Tick returns a Timeout problem once ctx is done.
func (t *Ticker) Tick() error {
	t.n++
	if t.n&255 == 0 {
		return Deadline(t.ctx)
	}
	return nil
}

// Reader returns r limited to max bytes: reading past max fails with the
// code given (too_large, zip_bomb…), and every read checks ctx.
func Reader(ctx context.Context, r io.Reader, max int64, code, what string) io.Reader {
	return &reader{ctx: ctx, r: r, left: max, max: max, code: code, what: what}
}

type reader struct {
	ctx  context.Context
	r    io.Reader
	left int64
	max  int64
	code string
	what string
}

func (g *reader) Read(p []byte) (int, error) {
	if err := Deadline(g.ctx); err != nil {
		return 0, err
	}
	if g.left <= 0 {
		// Probe for one more byte: a stream exactly max long is fine.
		var one [1]byte
		n, err := g.r.Read(one[:])
		if n > 0 {
			return 0, reason.New(g.code, "%s expands past %d bytes", g.what, g.max)
		}
		return 0, err
	}
	if int64(len(p)) > g.left {
		p = p[:g.left]
	}
	n, err := g.r.Read(p)
	g.left -= int64(n)
	return n, err
}

// ReadAll reads r through Reader.
func ReadAll(ctx context.Context, r io.Reader, max int64, code, what string) ([]byte, error) {
	return io.ReadAll(Reader(ctx, r, max, code, what))
}

// ZipLimits bounds what a zip container may expand to.
type ZipLimits struct {
	MaxEntries  int   // entries in the central directory
	MaxRatio    int64 // uncompressed/compressed size of an entry and of the whole archive
	MaxUnpacked int64 // bytes read out of the archive in total
}

// ratioFloor is the size below which the ratio is not checked: small, highly
// repetitive XML parts legitimately compress 1000:1.
const ratioFloor = 1 << 20

// Zip is a zip archive opened under ZipLimits.
type Zip struct {
	ctx    context.Context
	lim    ZipLimits
	files  map[string]*zip.File
	List   []*zip.File
	budget int64
}

// OpenZip reads the central directory of data and checks the entry count
// and the declared expansion, before anything is decompressed.
func OpenZip(ctx context.Context, data []byte, lim ZipLimits) (*Zip, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, reason.New(reason.Corrupt, "not a readable zip archive: %v", err)
	}
	if len(zr.File) > lim.MaxEntries {
		return nil, reason.New(reason.ZipBomb, "zip has %d entries, more than %d", len(zr.File), lim.MaxEntries)
	}
	z := &Zip{ctx: ctx, lim: lim, files: make(map[string]*zip.File, len(zr.File)), List: zr.File, budget: lim.MaxUnpacked}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if f.UncompressedSize64 > ratioFloor && f.UncompressedSize64 > uint64(lim.MaxRatio)*max(f.CompressedSize64, 1) {
			return nil, reason.New(reason.ZipBomb, "zip entry %q expands %d:1", f.Name, f.UncompressedSize64/max(f.CompressedSize64, 1))
		}
		if _, dup := z.files[f.Name]; !dup {
			z.files[f.Name] = f
		}
	}
	if total > ratioFloor && total > uint64(lim.MaxRatio)*uint64(max(len(data), 1)) {
		return nil, reason.New(reason.ZipBomb, "zip expands %d:1", total/uint64(max(len(data), 1)))
	}
	return z, nil
}

// Has reports whether the archive holds name.
func (z *Zip) Has(name string) bool { _, ok := z.files[name]; return ok }

// Open opens the entry name, counting what is read from it against the
// archive's budget; (nil, nil) means there is no such entry. The declared
// size is enforced by archive/zip itself, the ratio by OpenZip.
func (z *Zip) Open(name string) (io.ReadCloser, error) {
	f, ok := z.files[name]
	if !ok {
		return nil, nil
	}
	return z.OpenFile(f)
}

// OpenFile opens one entry of List.
func (z *Zip) OpenFile(f *zip.File) (io.ReadCloser, error) {
	if f.UncompressedSize64 > uint64(z.budget) {
		return nil, reason.New(reason.ZipBomb, "zip entries expand past %d bytes", z.lim.MaxUnpacked)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, reason.New(reason.Corrupt, "zip entry %q: %v", f.Name, err)
	}
	z.budget -= int64(f.UncompressedSize64)
	return struct {
		io.Reader
		io.Closer
	}{Reader(z.ctx, rc, int64(f.UncompressedSize64), reason.ZipBomb, "zip entry "+f.Name), rc}, nil
}

// ReadFile reads the entry name whole, up to max bytes.
func (z *Zip) ReadFile(name string) ([]byte, error) {
	rc, err := z.Open(name)
	if err != nil || rc == nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, reason.Wrap(err, reason.Corrupt, "zip entry "+name)
	}
	return b, nil
}
