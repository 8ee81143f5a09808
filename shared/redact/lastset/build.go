package lastset

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Type names, as package evalset spells them.
const (
	tRRN      = "rrn"
	tFRN      = "frn"
	tMobile   = "mobile"
	tLandline = "landline"
	tEmail    = "email"
	tCard     = "card"
	tAccount  = "account"
	tPassport = "passport"
	tLicence  = "driver_licence"
	tPlate    = "vehicle_plate"
	tBirth    = "birth_date"
	tName     = "name"
	tAddress  = "address"
	tIP       = "ip"
)

// Kinds are the nine document kinds.
var Kinds = []string{"complaint", "minutes", "subsidy", "notice", "briefing", "contract", "criminal", "audit", "foreign"}

// Channels are the ways a document reaches Plaza.
var Channels = []string{"hwp", "ocr", "email", "web", "csv", "stt"}

// cell is one piece of a document: plain text ('t'), a planted item ('i')
// or a hard negative ('n'). suf is plain text written right after the
// value (a particle, an ending).
type cell struct {
	k   byte
	typ string // item type or negative kind
	v   string
	q   string // form qualities, "+dash+particle"
	suf string
}

func txt(s string) cell           { return cell{k: 't', v: s} }
func neg(kind, v string) cell     { return cell{k: 'n', typ: kind, v: v} }
func itm(typ, v, q string) cell   { return cell{k: 'i', typ: typ, v: v, q: q} }
func (c cell) then(s string) cell { c.suf += s; return c }
func (c cell) qual(q string) cell { c.q += q; return c }
func (c cell) String() string     { return c.v + c.suf }

type bld struct {
	r      *rand.Rand
	sb     strings.Builder
	doc    evalset.Doc
	ch     string // channel
	layout string // hwp: tab or cell; web: colon or box
	clean  bool   // no personal data in this document
	place  string // where values sit now, the first part of an item's Form
	off    office
	used   map[string]bool // names of people already made
}

// w writes parts: strings as text, cells as what they are.
func (b *bld) w(parts ...any) {
	for _, p := range parts {
		switch x := p.(type) {
		case string:
			b.text(x)
		case cell:
			b.put(x, "")
		case []cell:
			for _, c := range x {
				b.put(c, "")
			}
		default:
			panic(fmt.Sprintf("lastset: part %T", p))
		}
	}
}

// ln writes parts and a newline.
func (b *bld) ln(parts ...any) { b.w(parts...); b.sb.WriteByte('\n') }

func (b *bld) text(s string) {
	if b.ch == "ocr" {
		s = b.ocrText(s)
	}
	b.sb.WriteString(s)
}

// put writes c; label names the field or column for the item's Form.
func (b *bld) put(c cell, label string) {
	switch c.k {
	case 't':
		b.text(c.v)
	case 'n':
		st := b.sb.Len()
		b.sb.WriteString(c.v)
		b.doc.Negatives = append(b.doc.Negatives, evalset.Negative{Kind: c.typ, Start: st, End: b.sb.Len()})
	case 'i':
		v, q := c.v, c.q
		if b.ch == "ocr" && c.typ != tEmail {
			v, q = b.ocrValue(c.typ, v, q)
		}
		st := b.sb.Len()
		b.sb.WriteString(v)
		form := b.place
		if label != "" {
			form += ":" + label
		}
		b.doc.Items = append(b.doc.Items, evalset.Item{Type: c.typ, Start: st, End: b.sb.Len(), Form: form + q})
	}
	if c.suf != "" {
		b.text(c.suf)
	}
}

func (b *bld) pick(xs []string) string { return xs[b.r.IntN(len(xs))] }
func (b *bld) chance(p float64) bool   { return b.r.Float64() < p }
func (b *bld) n(lo, hi int) int        { return lo + b.r.IntN(hi-lo+1) }

func pickOf[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// ---- OCR noise ----

var ocrDigit = map[rune][]string{'0': {"O", "o"}, '1': {"l", "I"}, '5': {"S"}, '8': {"B"}}

// ocrValue misreads a value as a scanner would: letters for digits, a
// space inside, Hangul syllables pulled apart.
func (b *bld) ocrValue(typ, v, q string) (string, string) {
	if !b.chance(0.55) {
		return v, q
	}
	var sb strings.Builder
	changed := false
	rs := []rune(v)
	for i, c := range rs {
		if alts, ok := ocrDigit[c]; ok && !changed && b.chance(0.35) && typ != tAddress {
			sb.WriteString(pickOf(b.r, alts))
			changed = true
			continue
		}
		sb.WriteRune(c)
		if typ == tName && c >= 0xAC00 && c <= 0xD7A3 && i+1 < len(rs) && rs[i+1] != ' ' && b.chance(0.3) {
			sb.WriteByte(' ')
			changed = true
		}
		if (c == '-' || c == '.') && i+1 < len(rs) && b.chance(0.15) {
			sb.WriteByte(' ')
			changed = true
		}
	}
	if !changed {
		return v, q
	}
	return sb.String(), q + "+ocr"
}

var ocrLabel = map[string][]string{
	"주민등록번호": {"주민 등록번호", "주민둥록번호", "주민등록번 호"},
	"생년월일":   {"생년 월일", "샹년월일", "생넌월일"},
	"연락처":    {"연 락처", "연락치", "연락처."},
	"주소":     {"주 소", "주소:", "주쇼"},
	"성명":     {"성 명", "섬명", "성명."},
	"휴대전화":   {"휴대 전화", "휴대전회", "휴대전화."},
	"계좌번호":   {"계좌 번호", "계좌번흐", "게좌번호"},
	"신청인":    {"신 청 인", "신챙인", "신청인."},
	"전화번호":   {"전화 번호", "전화번흐", "잔화번호"},
}

var ocrLabelKeys = []string{"주민등록번호", "생년월일", "연락처", "주소", "성명", "휴대전화", "계좌번호", "신청인", "전화번호"}

// ocrText breaks spacing and drops stray marks into running text.
func (b *bld) ocrText(s string) string {
	for _, k := range ocrLabelKeys {
		alts := ocrLabel[k]
		if strings.Contains(s, k) && b.chance(0.4) {
			s = strings.Replace(s, k, pickOf(b.r, alts), 1)
		}
	}
	if len(s) > 12 && b.chance(0.25) {
		// drop one space or add one
		rs := []rune(s)
		i := b.r.IntN(len(rs))
		if rs[i] == ' ' {
			rs = append(rs[:i], rs[i+1:]...)
		} else if rs[i] >= 0xAC00 && rs[i] <= 0xD7A3 {
			rs = append(rs[:i+1], append([]rune{' '}, rs[i+1:]...)...)
		}
		s = string(rs)
	}
	if strings.HasSuffix(s, "\n") && b.chance(0.08) {
		s = strings.TrimSuffix(s, "\n") + pickOf(b.r, []string{" ˙", " ,", " '", " |", " ·"}) + "\n"
	}
	return s
}

// ---- fields and tables, laid out per channel ----

// field writes one labelled value on its own line (or two lines, for
// HWP's cell-per-line layout).
func (b *bld) field(label string, vals ...cell) {
	if b.ch == "hwp" && b.chance(0.4) {
		label = spreadLabel(label)
	}
	switch {
	case b.ch == "hwp" && b.layout == "cell":
		b.text(label + "\n")
	case b.ch == "hwp" && b.layout == "indent":
		b.text("   " + label + ": ")
	case b.ch == "hwp":
		b.text(label + "\t")
	case b.ch == "web" && b.layout == "box":
		b.text("▶ " + label + " : ")
	case b.ch == "web":
		b.text(label + ": ")
	case b.ch == "ocr":
		b.text(label + b.pick([]string{" ", "  ", " : ", ":", " | "}))
	case b.ch == "email":
		b.text("- " + label + ": ")
	case b.ch == "csv":
		b.text(label + ",")
	default:
		b.text(label + " ")
	}
	for i, v := range vals {
		if i > 0 && v.k != 't' && vals[i-1].suf == "" {
			b.text(" ")
		}
		b.put(v, label)
	}
	b.sb.WriteByte('\n')
}

// spreadLabel spaces a short label out as HWP forms do: "성    명",
// "연 락 처".
func spreadLabel(l string) string {
	rs := []rune(l)
	switch len(rs) {
	case 2:
		return string(rs[0]) + "    " + string(rs[1])
	case 3:
		return string(rs[0]) + " " + string(rs[1]) + " " + string(rs[2])
	}
	return l
}

// table writes a header row and rows of cells.
func (b *bld) table(head []string, rows [][]cell) {
	sep := "\t"
	cellLines := false
	switch b.ch {
	case "hwp":
		cellLines = b.layout == "cell"
	case "csv":
		sep = ","
	case "ocr":
		sep = b.pick([]string{"  ", " | ", "   "})
	case "web", "email":
		sep = " | "
	}
	if cellLines {
		for _, h := range head {
			b.text(h + "\n")
		}
	} else {
		b.text(strings.Join(head, sep) + "\n")
	}
	for _, row := range rows {
		for j, c := range row {
			label := ""
			if j < len(head) {
				label = head[j]
			}
			if b.ch == "csv" && strings.Contains(c.String(), ",") {
				b.sb.WriteByte('"')
				b.put(c, label)
				b.sb.WriteByte('"')
			} else {
				b.put(c, label)
			}
			if cellLines {
				b.sb.WriteByte('\n')
			} else if j+1 < len(row) {
				b.sb.WriteString(sep)
			}
		}
		if !cellLines {
			b.sb.WriteByte('\n')
		}
	}
}

// ---- checks ----

func lines(s string) int { return strings.Count(s, "\n") + 1 }

// valid reports whether a document keeps the set's promises: every
// occurrence of a labelled value lies inside an item, nothing overlaps,
// no exempt name sits in an item or the other way round, 30 to 120
// lines.
func valid(d evalset.Doc) bool {
	if !utf8.ValidString(d.Text) {
		return false
	}
	if n := lines(d.Text); n < 30 || n > 120 {
		return false
	}
	type span struct{ a, b int }
	var all []span
	for _, it := range d.Items {
		all = append(all, span{it.Start, it.End})
	}
	for _, ng := range d.Negatives {
		all = append(all, span{ng.Start, ng.End})
	}
	for i := range all {
		if all[i].a >= all[i].b {
			return false
		}
		for j := i + 1; j < len(all); j++ {
			if all[i].a < all[j].b && all[j].a < all[i].b {
				return false
			}
		}
	}
	for _, it := range d.Items {
		v := d.Text[it.Start:it.End]
		for _, e := range d.Exempt {
			if strings.Contains(v, e) || strings.Contains(e, v) {
				return false
			}
		}
		for from := 0; ; {
			k := strings.Index(d.Text[from:], v)
			if k < 0 {
				break
			}
			a := from + k
			inside := false
			for _, o := range d.Items {
				if o.Start <= a && a+len(v) <= o.End {
					inside = true
					break
				}
			}
			if !inside {
				return false
			}
			from = a + 1
			for from < len(d.Text) && !utf8.RuneStart(d.Text[from]) {
				from++
			}
		}
	}
	return true
}

// Generate builds n documents; document i depends only on seed and i.
func Generate(seed uint64, n int) []evalset.Doc {
	docs := make([]evalset.Doc, n)
	for i := range docs {
		docs[i] = one(seed, i)
	}
	return docs
}

func one(seed uint64, i int) evalset.Doc {
	var d evalset.Doc
	for attempt := uint64(0); attempt < 64; attempt++ {
		r := rand.New(rand.NewPCG(seed^0xA24BAED4963EE407, uint64(i)<<8|attempt))
		d = build(r)
		d.ID = fmt.Sprintf("lastset-%05d", i)
		if valid(d) {
			return d
		}
	}
	return d
}

func build(r *rand.Rand) evalset.Doc {
	b := &bld{r: r}
	b.clean = r.IntN(3) == 0
	kind := Kinds[r.IntN(len(Kinds))]
	b.doc.Kind = kind
	b.off = newOffice(r)
	b.doc.Exempt = append(b.doc.Exempt, b.off.staff...)
	kindFuncs[kind](b)
	b.doc.Text = b.sb.String()
	return b.doc
}
