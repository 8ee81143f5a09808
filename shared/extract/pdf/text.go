package pdf

import (
	"context"
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	lib "github.com/ledongthuc/pdf"
	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"golang.org/x/text/encoding/korean"
)

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var ident = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (m applied first).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

type gstate struct {
	ctm, tm, tlm               matrix
	tc, tw, th, tl, tfs, trise float64
	font                       *font
}

// font is what the interpreter needs of a font: how to split a string into
// codes, what each code means and how wide it is.
type font struct {
	cid     bool // two-byte codes
	mixed   bool // one or two bytes, as in CP949 (KSC CMaps)
	decode  func(code string) string
	cache   map[string]string
	widths  map[int]float64 // glyph space (1/1000 em)
	first   int
	simple  []float64
	dw      float64
	missing bool // no way to Unicode
}

func (f *font) width(code int) float64 {
	if f.cid {
		if w, ok := f.widths[code]; ok {
			return w
		}
		return f.dw
	}
	if i := code - f.first; i >= 0 && i < len(f.simple) {
		return f.simple[i]
	}
	return f.dw
}

func (f *font) text(code string) string {
	if f.missing {
		return ""
	}
	if s, ok := f.cache[code]; ok {
		return s
	}
	s := f.decode(code)
	if len(f.cache) < 1<<16 {
		f.cache[code] = s
	}
	return s
}

// loadFont reads a font dictionary.
func loadFont(v lib.Value) *font {
	f := &font{cache: map[string]string{}, dw: 1000}
	lf := lib.Font{V: v}
	hasToUnicode := v.Key("ToUnicode").Kind() == lib.Stream
	enc := v.Key("Encoding").Name()
	if v.Key("Subtype").Name() == "Type0" {
		f.cid = true
		desc := v.Key("DescendantFonts").Index(0)
		if dw := desc.Key("DW"); dw.Kind() == lib.Integer || dw.Kind() == lib.Real {
			f.dw = dw.Float64()
		}
		f.widths = cidWidths(desc.Key("W"))
		switch {
		case hasToUnicode:
			e := lf.Encoder()
			f.decode = e.Decode
		case strings.HasPrefix(enc, "UniKS-UCS2") || strings.HasPrefix(enc, "UniKS-UTF16"):
			f.decode = utf16BE
		case strings.HasPrefix(enc, "KSC"):
			// Codes are CP949 bytes; their CIDs, and so their /W widths,
			// are not known without the CMap: all glyphs take DW.
			f.cid, f.mixed, f.widths = false, true, nil
			f.decode = cp949
		default:
			f.missing = true // Identity-H without ToUnicode: glyph ids only
		}
		return f
	}
	f.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	for i := 0; i < ws.Len() && i < 256; i++ {
		f.simple = append(f.simple, ws.Index(i).Float64())
	}
	if len(f.simple) > 0 {
		f.dw = 0
	}
	e := lf.Encoder()
	f.decode = e.Decode
	return f
}

// cidWidths parses a /W array: c [w1 w2 …] or cfirst clast w.
func cidWidths(w lib.Value) map[int]float64 {
	m := map[int]float64{}
	for i := 0; i+1 < w.Len() && len(m) < 1<<16; {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == lib.Array {
			for j := 0; j < next.Len() && j < 1<<16; j++ {
				m[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(next.Int64()), w.Index(i+2).Float64()
		for k := c; k <= last && k-c < 1<<16; k++ {
			m[k] = width
		}
		i += 3
	}
	return m
}

func utf16BE(s string) string {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

func cp949(s string) string {
	out, err := korean.EUCKR.NewDecoder().String(s)
	if err != nil {
		return ""
	}
	return out
}

// page interprets one content stream tree and lays its glyphs out as lines.
type page struct {
	ctx    context.Context
	b      *out.Builder
	t      *guard.Ticker
	fonts  map[string]*font // by resource name and BaseFont, across pages
	depth  int
	glyphs int // mapped, non-space glyphs

	have           bool
	lastY, lastEnd float64
	lastSize       float64
}

// pageText writes the text of one page and returns how many glyphs mapped
// to text.
func pageText(ctx context.Context, pg lib.Page, fonts map[string]*font, b *out.Builder, lim Limits) (int, error) {
	p := &page{ctx: ctx, b: b, t: guard.NewTicker(ctx), fonts: fonts}
	ops := &opScan{prev: [3]byte{' ', ' ', ' '}}
	err := safely(ctx, func() {
		contents := pg.V.Key("Contents")
		var total int64
		streams := []lib.Value{contents}
		if contents.Kind() == lib.Array {
			streams = streams[:0]
			for j := 0; j < contents.Len(); j++ {
				streams = append(streams, contents.Index(j))
			}
		}
		for _, s := range streams {
			if s.Kind() != lib.Stream {
				continue
			}
			n, err := readAllBounded(ctx, s, lim.MaxContent-total, ops)
			if err != nil {
				panic(err)
			}
			total += n
		}
		if total == 0 {
			return
		}
		p.run(contents, pg.Resources(), ident)
	})
	if err != nil && !isLimit(err) && p.glyphs == 0 && ops.image && !ops.text {
		return 0, nil // an inline-image scan the tokenizer choked on
	}
	return p.glyphs, err
}

func popAll(stk *lib.Stack) []lib.Value {
	n := stk.Len()
	args := make([]lib.Value, n)
	for i := n - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

// run interprets a content stream with its resources; forms recurse.
func (p *page) run(strm, res lib.Value, ctm matrix) {
	g := gstate{ctm: ctm, tm: ident, tlm: ident, th: 1}
	var stack []gstate
	// Every Key lookup re-reads objects from the file in the library, so
	// the fonts of this stream are resolved once per name.
	byName := map[string]*font{}
	lib.Interpret(strm, func(stk *lib.Stack, op string) {
		if err := p.t.Tick(); err != nil {
			panic(err)
		}
		args := popAll(stk)
		num := func(i int) float64 { return args[i].Float64() }
		need := func(n int) bool { return len(args) >= n }
		switch op {
		case "q":
			if len(stack) < 64 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if need(6) {
				g.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
			}
		case "BT":
			g.tm, g.tlm = ident, ident
		case "Tf":
			if need(2) {
				name := args[0].Name()
				f, ok := byName[name]
				if !ok {
					f = p.font(res, name)
					byName[name] = f
				}
				g.font = f
				g.tfs = num(1)
			}
		case "Tc":
			if need(1) {
				g.tc = num(0)
			}
		case "Tw":
			if need(1) {
				g.tw = num(0)
			}
		case "Tz":
			if need(1) {
				g.th = num(0) / 100
			}
		case "TL":
			if need(1) {
				g.tl = num(0)
			}
		case "Ts":
			if need(1) {
				g.trise = num(0)
			}
		case "TD":
			if need(2) {
				g.tl = -num(1)
			}
			fallthrough
		case "Td":
			if need(2) {
				g.tlm = translate(num(0), num(1)).mul(g.tlm)
				g.tm = g.tlm
			}
		case "Tm":
			if need(6) {
				g.tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
				g.tm = g.tlm
			}
		case "T*":
			g.tlm = translate(0, -g.tl).mul(g.tlm)
			g.tm = g.tlm
		case "Tj":
			if need(1) {
				p.show(&g, args[len(args)-1].RawString())
			}
		case "'", "\"":
			if op == "\"" && need(3) {
				g.tw, g.tc = num(0), num(1)
			}
			g.tlm = translate(0, -g.tl).mul(g.tlm)
			g.tm = g.tlm
			if need(1) {
				p.show(&g, args[len(args)-1].RawString())
			}
		case "TJ":
			if !need(1) {
				return
			}
			a := args[len(args)-1]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == lib.String {
					p.show(&g, x.RawString())
				} else {
					g.tm = translate(-x.Float64()/1000*g.tfs*g.th, 0).mul(g.tm)
				}
			}
		case "Do":
			if need(1) && p.depth < 8 {
				xo := res.Key("XObject").Key(args[0].Name())
				if xo.Kind() == lib.Stream && xo.Key("Subtype").Name() == "Form" {
					m := ident
					if mv := xo.Key("Matrix"); mv.Len() == 6 {
						m = matrix{mv.Index(0).Float64(), mv.Index(1).Float64(), mv.Index(2).Float64(), mv.Index(3).Float64(), mv.Index(4).Float64(), mv.Index(5).Float64()}
					}
					fres := xo.Key("Resources")
					if fres.IsNull() {
						fres = res
					}
					p.depth++
					p.run(xo, fres, m.mul(g.ctm))
					p.depth--
				}
			}
		}
		if err := p.b.Err(); err != nil {
			panic(err)
		}
	})
}

func (p *page) font(res lib.Value, name string) *font {
	fv := res.Key("Font").Key(name)
	key := name + "\x00" + fv.Key("BaseFont").Name()
	if f, ok := p.fonts[key]; ok {
		return f
	}
	f := loadFont(fv)
	p.fonts[key] = f
	return f
}

// show places the glyphs of one string.
func (p *page) show(g *gstate, s string) {
	f := g.font
	if f == nil {
		return
	}
	for len(s) > 0 {
		var code string
		switch {
		case (f.cid || f.mixed && s[0] >= 0x81) && len(s) >= 2:
			code, s = s[:2], s[2:]
		default:
			code, s = s[:1], s[1:]
		}
		c := 0
		for i := 0; i < len(code); i++ {
			c = c<<8 | int(code[i])
		}
		w0 := f.width(c)
		trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.trise}.mul(g.tm).mul(g.ctm)
		x, y := trm[4], trm[5]
		end := x + trm[0]*w0/1000
		size := math.Hypot(trm[2], trm[3])
		p.glyph(f.text(code), x, y, end, size)
		tx := w0/1000*g.tfs + g.tc
		if len(code) == 1 && code[0] == ' ' {
			tx += g.tw
		}
		g.tm = translate(tx*g.th, 0).mul(g.tm)
	}
}

// glyph lays one decoded glyph out: a new line when the baseline moves by
// more than half the font size, a tab for a gap of more than two ems
// (table cells, columns), a space for more than a sixth of an em.
func (p *page) glyph(s string, x, y, end, size float64) {
	if size <= 0 {
		size = 1
	}
	if s == "" || strings.ContainsRune(s, utf8.RuneError) {
		return
	}
	if strings.TrimSpace(s) == "" {
		if p.have {
			p.b.Space()
			p.lastEnd = math.Max(p.lastEnd, end)
		}
		return
	}
	if p.have {
		gap := x - p.lastEnd
		switch {
		case math.Abs(y-p.lastY) > 0.5*math.Max(size, p.lastSize):
			p.b.Break()
		case gap > 2*size:
			p.b.Tab()
		case gap > size/6:
			p.b.Space()
		}
	}
	p.b.WriteString(s)
	p.glyphs++
	p.have = true
	p.lastY, p.lastEnd, p.lastSize = y, end, size
}
