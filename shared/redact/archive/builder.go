package archive

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// piece is a run of text that is either plain, one planted personal datum
// (typ set) or one hard negative (neg set). Labelled pieces are written
// whole, so a layout can move them but never cut them by accident.
type piece struct {
	s    string
	typ  string
	form string
	neg  string
}

func pii(typ, form, s string) piece { return piece{s: s, typ: typ, form: form} }
func ng(kind, s string) piece       { return piece{s: s, neg: kind} }

func (p piece) labelled() bool { return p.typ != "" || p.neg != "" }

// with returns p with qualities appended to its Form.
func (p piece) with(q ...string) piece {
	for _, x := range q {
		if x != "" && p.typ != "" && !strings.Contains(p.form+"+", "+"+x+"+") {
			p.form += "+" + x
		}
	}
	return p
}

// at returns p with its place (the Form before any '+') replaced.
func (p piece) at(place string) piece {
	if p.typ == "" {
		return p
	}
	if i := strings.IndexByte(p.form, '+'); i >= 0 {
		p.form = place + p.form[i:]
	} else {
		p.form = place
	}
	return p
}

// pager repeats a PDF's running header and footer every so many lines.
type pager struct {
	every  int
	header string
	footer func(page int) string
}

// builder accumulates one document's text and its labels.
type builder struct {
	r     *rand.Rand
	sb    strings.Builder
	doc   evalset.Doc
	vals  []string // the value planted for each item, checked by the tests
	col   int      // runes written since the last line break
	lines int      // lines on the current page
	page  int
	pg    *pager
	width int // wrap width of PDF paragraphs; 0 means no wrapping
	wordP float64
}

// raw writes s without labels and without pagination.
func (b *builder) raw(s string) {
	b.sb.WriteString(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		b.col = utf8.RuneCountInString(s[i+1:])
	} else {
		b.col += utf8.RuneCountInString(s)
	}
}

// plain writes unlabelled text, turning pages at line breaks.
func (b *builder) plain(s string) {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			b.raw(s)
			return
		}
		b.raw(s[:i+1])
		s = s[i+1:]
		b.newline()
	}
}

func (b *builder) newline() {
	b.lines++
	if b.pg == nil || b.lines < b.pg.every {
		return
	}
	b.lines = 0
	b.page++
	// The footer of the page just ended, then the next page's header, as
	// a text layer lists them.
	b.raw(b.pg.footer(b.page) + "\n")
	if b.pg.header != "" {
		b.raw(b.pg.header + "\n")
	}
}

func (b *builder) put(p piece) {
	switch {
	case p.typ != "":
		st := b.sb.Len()
		b.raw(p.s)
		b.doc.Items = append(b.doc.Items, evalset.Item{Type: p.typ, Start: st, End: b.sb.Len(), Form: p.form})
		b.vals = append(b.vals, p.s)
	case p.neg != "":
		st := b.sb.Len()
		b.raw(p.s)
		b.doc.Negatives = append(b.doc.Negatives, evalset.Negative{Kind: p.neg, Start: st, End: b.sb.Len()})
	default:
		for _, q := range b.words(p.s) {
			if q.neg != "" {
				b.put(q)
			} else {
				b.plain(q.s)
			}
		}
	}
}

// last is the last rune written, or a line break at the start.
func (b *builder) last() rune {
	s := b.sb.String()
	if s == "" {
		return '\n'
	}
	c, _ := utf8.DecodeLastRuneInString(s)
	return c
}

// pieces flattens strings, pieces and slices of them into pieces.
func (b *builder) pieces(parts ...any) []piece {
	var out []piece
	for _, x := range parts {
		switch v := x.(type) {
		case string:
			out = append(out, piece{s: v})
		case piece:
			out = append(out, v)
		case []piece:
			out = append(out, v...)
		case []any:
			out = append(out, b.pieces(v...)...)
		case nil:
		default:
			panic(fmt.Sprintf("archive: cannot write %T", x))
		}
	}
	return out
}

// w writes parts as they come.
func (b *builder) w(parts ...any) {
	for _, p := range b.pieces(parts...) {
		b.put(p)
	}
}

// ln writes parts and a line break.
func (b *builder) ln(parts ...any) {
	b.w(parts...)
	b.plain("\n")
}

// para writes one paragraph. In a PDF it is broken into lines of b.width
// runes wherever the width runs out, as a text layer gives them back:
// Korean lines break inside words, Latin words get a hyphen.
func (b *builder) para(parts ...any) {
	b.flow(b.pieces(parts...), b.width)
	b.plain("\n")
}

// flow writes ps wrapping at width runes (0: no wrapping). A labelled
// piece is never cut, except an address, which a narrow cell breaks at a
// space; that item then holds the line break and says so in its Form.
func (b *builder) flow(ps []piece, width int) {
	if width <= 0 {
		for _, p := range ps {
			b.put(p)
		}
		return
	}
	for _, p := range ps {
		if !p.labelled() {
			for _, q := range b.words(p.s) {
				if q.neg != "" {
					b.wrapPut(q, width)
					continue
				}
				b.wrapText(q.s, width)
			}
			continue
		}
		b.wrapPut(p, width)
	}
}

func (b *builder) wrapText(s string, width int) {
	prev := b.last()
	for _, c := range s {
		if c == '\n' {
			b.plain("\n")
			prev = c
			continue
		}
		if b.col >= width {
			switch {
			case c == ' ':
				b.plain("\n")
				prev = '\n'
				continue
			case isLatin(prev) && isLatin(c):
				b.plain("-\n")
			default:
				b.plain("\n")
			}
		}
		b.raw(string(c))
		prev = c
	}
}

func (b *builder) wrapPut(p piece, width int) {
	n := utf8.RuneCountInString(p.s)
	if b.col+n <= width {
		b.put(p)
		return
	}
	if p.typ == tAddress {
		cut := wrapAt(p.s, width-b.col)
		if cut == 0 && b.col > 0 {
			b.plain("\n")
			cut = wrapAt(p.s, width)
		}
		if cut > 0 {
			p.s = p.s[:cut] + "\n" + p.s[cut+1:]
			b.put(p.with("wrapped"))
			b.lines++
			return
		}
		b.put(p)
		return
	}
	if b.col > 0 {
		b.plain("\n")
	}
	b.put(p)
}

// wrapAt returns the byte index of the last space in s that leaves at most
// room runes before it, or 0.
func wrapAt(s string, room int) int {
	best, n := 0, 0
	for i, c := range s {
		if n > room {
			break
		}
		if c == ' ' && n >= 2 {
			best = i
		}
		n++
	}
	return best
}

func isLatin(c rune) bool { return c < 0x80 && unicode.IsLetter(c) }

// surnameWords are ordinary words that begin with a syllable that is also
// a surname; a sample of them is labelled as negatives of kind "word".
var surnameWords = []string{
	"이번", "이상", "이후", "이의신청", "이용", "이전", "김장", "박물관", "최근", "최종", "최소", "정기", "정책", "정보",
	"정비", "강화", "강좌", "조치", "조사", "조례", "윤리", "장소", "장애인", "임시", "임대", "한편", "한도", "오전",
	"오후", "서류", "신청", "신고", "권리", "권고", "황사", "안내", "안전", "송부", "전달", "전화", "홍보", "유지",
	"유의", "고지", "고시", "문의", "양식", "손해", "배부", "배정", "백서", "허가", "남부", "심의", "심사", "노후",
	"하천", "성과", "차량", "주민", "주차", "우선", "구청", "민원", "나눔", "진행", "지원", "지급", "엄격", "채용",
	"원칙", "방문", "공개", "공고", "현장", "함께", "변경", "여부", "추진", "도로", "소관", "석면", "선정", "설명",
	"마을", "연락", "위원", "표창", "명단", "기간", "반려", "금액", "인근", "제출", "모집", "국장", "어린이", "편의",
	"예산", "경우", "봉사", "사업", "부서", "위반", "방지", "계약", "감사", "진술", "시행", "공사",
}

// words splits s, about to be written, into plain pieces and "word"
// negatives: a sample of ordinary words that begin with a surname syllable.
func (b *builder) words(s string) []piece {
	if b.wordP == 0 || s == "" {
		return []piece{{s: s}}
	}
	var out []piece
	last := 0
	prev := b.last()
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRuneInString(s[i:])
		if isHangul(c) && !isHangul(prev) && !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
			if w := longestWord(s[i:]); w != "" && b.r.Float64() < b.wordP {
				if i > last {
					out = append(out, piece{s: s[last:i]})
				}
				out = append(out, ng("word", w))
				i += len(w)
				last = i
				prev, _ = utf8.DecodeLastRuneInString(w)
				continue
			}
		}
		prev = c
		i += n
	}
	if last < len(s) {
		out = append(out, piece{s: s[last:]})
	}
	return out
}

func longestWord(s string) string {
	best := ""
	for _, w := range surnameWords {
		if len(w) > len(best) && strings.HasPrefix(s, w) {
			best = w
		}
	}
	return best
}

func isHangul(c rune) bool { return c >= 0xAC00 && c <= 0xD7A3 }
