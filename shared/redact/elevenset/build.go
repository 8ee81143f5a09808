package elevenset

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// seg is a piece of text: plain, a planted item (typ) or a hard negative
// (neg). q holds an item's qualities and context tags ("clean+health").
type seg struct {
	s, typ, neg, q string
}

func txt(s string) seg      { return seg{s: s} }
func ng(kind, s string) seg { return seg{s: s, neg: kind} }
func cat(xs ...[]seg) []seg { return concat(xs...) }
func one(s seg) []seg       { return []seg{s} }
func concat(xs ...[]seg) (o []seg) {
	for _, x := range xs {
		o = append(o, x...)
	}
	return o
}

type builder struct {
	r        *rand.Rand
	sb       strings.Builder
	doc      evalset.Doc
	clean    bool // the document carries no personal data
	scan     bool // an OCR'd scan: misread characters are common
	wrapW    int  // body paragraphs are hard-wrapped at this many runes (0: not)
	anywhere bool // the wrap may cut a word, as PDF extraction does
	used     map[string]bool
	off      office
	offs     []official
}

// write appends segs at place, recording items and negatives.
func (b *builder) write(place string, segs ...seg) {
	for _, s := range segs {
		s = b.noisy(s)
		st := b.sb.Len()
		b.sb.WriteString(s.s)
		b.record(place, s, st, b.sb.Len())
	}
}

func (b *builder) record(place string, s seg, st, end int) {
	switch {
	case s.typ != "":
		q := s.q
		if strings.Contains(b.sb.String()[st:end], "\n") && !strings.HasPrefix(q, "wrapped") {
			q = "wrapped" + q[strings.IndexByte(q+"+", '+'):]
		}
		b.doc.Items = append(b.doc.Items, evalset.Item{Type: s.typ, Start: st, End: end, Form: place + "+" + q})
	case s.neg != "":
		b.doc.Negatives = append(b.doc.Negatives, evalset.Negative{Kind: s.neg, Start: st, End: end})
	}
}

func (b *builder) line(place string, segs ...seg) {
	b.write(place, segs...)
	b.sb.WriteByte('\n')
}

func (b *builder) col() int {
	s := b.sb.String()
	k := strings.LastIndexByte(s, '\n')
	return utf8.RuneCountInString(s[k+1:])
}

// para writes a body paragraph, hard-wrapped as a PDF's text layer or a
// narrow HWP column gives it when the document says so.
func (b *builder) para(place string, segs ...seg) {
	if b.wrapW == 0 {
		b.line(place, segs...)
		return
	}
	for _, s := range segs {
		s = b.noisy(s)
		st := b.sb.Len()
		for i, c := range s.s {
			if b.col() >= b.wrapW && (b.anywhere || c == ' ') {
				b.sb.WriteByte('\n')
				if i == 0 {
					st = b.sb.Len() // a break before a value is not inside it
				}
				if c == ' ' {
					continue
				}
			}
			b.sb.WriteRune(c)
		}
		b.record(place, s, st, b.sb.Len())
	}
	b.sb.WriteByte('\n')
}

var numericTypes = map[string]bool{"rrn": true, "frn": true, "mobile": true, "landline": true, "card": true, "account": true, "passport": true, "driver_licence": true, "vehicle_plate": true, "birth_date": true, "ip": true}

// it makes an item of typ from raw, sometimes in the forms that real
// text degrades values into; ctx are context tags ("health", "minor").
func (b *builder) it(typ, ctx, raw string) seg {
	if b.clean {
		panic("elevenset: personal data planted in a clean document")
	}
	q, v := "clean", raw
	n := b.r.IntN(100)
	ocrP := 6
	if b.scan {
		ocrP = 35
	}
	// One roll picks the degradation; a value it does not apply to stays
	// clean, so that each quality keeps its share whatever the type.
	switch {
	case n < 4:
		if typ == "rrn" || typ == "frn" || typ == "mobile" || typ == "account" {
			if s := sloppy(b.r, typ, raw); s != raw {
				q, v = "sloppy", s
			}
		}
	case n < 4+ocrP:
		if numericTypes[typ] {
			if s := ocr(b.r, raw); s != raw {
				q, v = "ocr", s
			}
		}
	case n < 10+ocrP:
		if numericTypes[typ] || typ == "name" {
			if s := spaced(b.r, typ, raw); s != raw {
				q, v = "spaced", s
			}
		}
	case n < 13+ocrP:
		if numericTypes[typ] {
			q, v = "fullwidth", fullwidth(raw)
		}
	case n < 20+ocrP:
		if utf8.RuneCountInString(raw) > 2 {
			q, v = "wrapped", wrapInside(b.r, raw)
		}
	}
	return seg{s: v, typ: typ, q: tags(q, ctx)}
}

// plain is an item without degradation, for values whose shape a caller
// controls (a repeated name, a name with its particle).
func (b *builder) plain(typ, ctx, v string) seg {
	if b.clean {
		panic("elevenset: personal data planted in a clean document")
	}
	q := "clean"
	return seg{s: v, typ: typ, q: tags(q, ctx)}
}

func sloppy(r *rand.Rand, typ, v string) string {
	rs := []rune(v)
	var ds []int
	for i, c := range rs {
		if c >= '0' && c <= '9' {
			ds = append(ds, i)
		}
	}
	if len(ds) < 8 {
		return v
	}
	switch typ {
	case "rrn", "frn":
		// 881007-2774*** or 881007-27***** : more than the rule's one digit shown.
		keep := 8 + r.IntN(3)
		for _, i := range ds[keep:] {
			rs[i] = '*'
		}
	case "mobile":
		// 010-12**-5678: part of the middle group left.
		mid := ds[len(ds)-6 : len(ds)-4]
		for _, i := range mid {
			rs[i] = '*'
		}
	default:
		for _, i := range ds[len(ds)-3:] {
			rs[i] = '*'
		}
	}
	return string(rs)
}

var ocrMap = map[rune][]rune{'0': {'O', 'o', 'D'}, '1': {'l', 'I', '|'}, '5': {'S'}, '8': {'B'}, '2': {'Z'}, '6': {'b'}}

func ocr(r *rand.Rand, v string) string {
	rs := []rune(v)
	changed := false
	for i, c := range rs {
		if alts, ok := ocrMap[c]; ok && r.IntN(3) == 0 {
			rs[i] = pick(r, alts)
			changed = true
		}
	}
	if !changed {
		for i, c := range rs {
			if alts, ok := ocrMap[c]; ok {
				rs[i] = alts[0]
				break
			}
		}
	}
	return string(rs)
}

func spaced(r *rand.Rand, typ, v string) string {
	rs := []rune(v)
	if typ == "name" {
		if strings.ContainsRune(v, ' ') || len(rs) < 2 {
			return v
		}
		return strings.Join(strings.Split(v, ""), " ")
	}
	var sb strings.Builder
	switch r.IntN(3) {
	case 0: // every character apart, as a scan's text layer spaces a form
		for i, c := range rs {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteRune(c)
		}
	case 1: // around the separators
		for _, c := range rs {
			if c == '-' || c == '.' {
				sb.WriteString(" " + string(c) + " ")
			} else {
				sb.WriteRune(c)
			}
		}
	default: // one stray space in a digit run
		k := 1 + r.IntN(len(rs)-1)
		sb.WriteString(string(rs[:k]) + " " + string(rs[k:]))
	}
	return strings.TrimSpace(sb.String())
}

func fullwidth(v string) string {
	var sb strings.Builder
	for _, c := range v {
		switch {
		case c >= '0' && c <= '9', c >= 'A' && c <= 'Z', c == '-':
			sb.WriteRune(c - 0x21 + 0xFF01)
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// wrapInside breaks v over two lines where a cell or a narrow column
// would: after a separator or a space if there is one, else anywhere.
func wrapInside(r *rand.Rand, v string) string {
	rs := []rune(v)
	var cuts []int
	for i := 1; i < len(rs)-1; i++ {
		if rs[i] == ' ' || rs[i-1] == '-' || rs[i-1] == '.' || rs[i-1] == ',' {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) == 0 || r.IntN(4) == 0 {
		k := 1 + r.IntN(len(rs)-1)
		return string(rs[:k]) + "\n" + string(rs[k:])
	}
	k := pick(r, cuts)
	if rs[k] == ' ' {
		return string(rs[:k]) + "\n" + string(rs[k+1:])
	}
	return string(rs[:k]) + "\n" + string(rs[k:])
}

// width is a cell's display width: Hangul and full-width take two columns.
func width(s string) int {
	n := 0
	for _, c := range s {
		if c >= 0x1100 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func cellText(c []seg) string {
	var sb strings.Builder
	for _, s := range c {
		sb.WriteString(s.s)
	}
	return sb.String()
}

var layouts = []string{"table.pipe", "table.space", "table.tab", "table.cell", "table.pdf"}

// table writes heads and rows in one of the layouts extraction gives.
func (b *builder) table(heads []string, rows [][][]seg) {
	place := pick(b.r, layouts)
	if b.r.IntN(6) == 0 {
		// A merged title row above the header, as HWP tables carry it.
		b.sb.WriteString(pick(b.r, []string{"[인적사항]", "< 대상자 현황 >", "(단위: 명, 원)", "■ 세부 내역"}) + "\n")
	}
	switch place {
	case "table.pipe":
		edge := b.r.IntN(3) != 0
		row := func(cells [][]seg) {
			if edge {
				b.write(place, txt("| "))
			}
			for i, c := range cells {
				if i > 0 {
					b.write(place, txt(" | "))
				}
				b.write(place, c...)
			}
			if edge {
				b.write(place, txt(" |"))
			}
			b.sb.WriteByte('\n')
		}
		hs := make([][]seg, len(heads))
		rule := make([][]seg, len(heads))
		for i, h := range heads {
			hs[i], rule[i] = one(txt(h)), one(txt("---"))
		}
		row(hs)
		if b.r.IntN(2) == 0 {
			row(rule)
		}
		for _, r := range rows {
			row(r)
		}
	case "table.space":
		w := make([]int, len(heads))
		for i, h := range heads {
			w[i] = width(h)
		}
		for _, r := range rows {
			for i, c := range r {
				w[i] = max(w[i], width(cellText(c)))
			}
		}
		row := func(cells [][]seg) {
			for i, c := range cells {
				b.write(place, c...)
				if i < len(cells)-1 {
					b.sb.WriteString(strings.Repeat(" ", w[i]-width(cellText(c))+2))
				}
			}
			b.sb.WriteByte('\n')
		}
		hs := make([][]seg, len(heads))
		for i, h := range heads {
			hs[i] = one(txt(h))
		}
		row(hs)
		for _, r := range rows {
			row(r)
		}
	case "table.pdf":
		// A PDF's text layer runs cells together with single spaces and
		// breaks a long row where the page's line ends.
		w := 0
		if b.r.IntN(3) == 0 {
			w = 60 + b.r.IntN(40)
		}
		b.sb.WriteString(strings.Join(heads, " ") + "\n")
		for _, r := range rows {
			var segs []seg
			for i, c := range r {
				if i > 0 {
					segs = append(segs, txt(" "))
				}
				segs = append(segs, c...)
			}
			keep, anywhere := b.wrapW, b.anywhere
			b.wrapW, b.anywhere = w, false
			b.para(place, segs...)
			b.wrapW, b.anywhere = keep, anywhere
		}
	case "table.tab":
		sep := "\t"
		b.sb.WriteString(strings.Join(heads, sep) + "\n")
		for _, r := range rows {
			for i, c := range r {
				if i > 0 {
					b.sb.WriteString(sep)
				}
				b.write(place, c...)
			}
			b.sb.WriteByte('\n')
		}
	default: // one cell to a line, as HWP tables come out
		for _, h := range heads {
			b.sb.WriteString(h + "\n")
		}
		for _, r := range rows {
			for _, c := range r {
				b.line(place, c...)
			}
		}
	}
}

// uniq returns a Korean name not used yet in the document.
func (b *builder) uniq() (string, string) {
	for {
		s, g := koreanName(b.r)
		if !b.used[s+g] && !b.used[g] {
			b.used[s+g], b.used[g] = true, true
			return s, g
		}
	}
}

// tags joins a quality and context tags, each once, in order.
func tags(parts ...string) string {
	var out []string
	seen := map[string]bool{}
	for _, p := range parts {
		for _, t := range strings.Split(p, "+") {
			if t != "" && !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return strings.Join(out, "+")
}

// noisyKinds are the public numbers a scan misreads as readily as a
// citizen's: they must stay untouched all the same.
var noisyKinds = map[string]bool{"amount": true, "date": true, "doc_no": true, "receipt": true, "biz_no": true, "corp_no": true, "office_phone": true, "case_no": true}

// noisy misreads a public number of a scanned document now and then.
func (b *builder) noisy(s seg) seg {
	if b.scan && noisyKinds[s.neg] && b.r.IntN(4) == 0 {
		s.s = ocr(b.r, s.s)
	}
	return s
}
