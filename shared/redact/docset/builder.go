package docset

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// seg is a piece of document text: plain, a planted personal datum, or a
// hard negative.
type seg struct {
	s    string
	typ  string // personal-data type; "" when the text is not personal data
	qual string // qualities appended to the item's form ("latin", "sloppy_mask")
	neg  string // hard-negative kind
}

func plain(s string) seg { return seg{s: s} }

// pii marks s as personal data of type typ.
func pii(typ, s string, quals ...string) seg {
	return seg{s: s, typ: typ, qual: joinQuals(quals...)}
}

// neg marks s as a hard negative of a kind.
func neg(kind, s string) seg { return seg{s: s, neg: kind} }

func joinQuals(qs ...string) string {
	var out []string
	for _, q := range qs {
		if q != "" {
			out = append(out, q)
		}
	}
	return strings.Join(out, "+")
}

// Brackets marking an ordinary word that starts with a surname syllable
// (⟦조치⟧) in template text: it becomes a hard negative of kind "word".
const (
	wordOpen  = "⟦"
	wordClose = "⟧"
)

// segs flattens parts (string, seg, []seg) into segments. Strings are
// plain text with ⟦word⟧ marks.
func segs(parts ...any) []seg {
	var out []seg
	for _, p := range parts {
		switch v := p.(type) {
		case string:
			out = append(out, markup(v)...)
		case seg:
			out = append(out, v)
		case []seg:
			out = append(out, v...)
		default:
			panic(fmt.Sprintf("docset: segment of type %T", p))
		}
	}
	return out
}

func markup(s string) []seg {
	var out []seg
	for {
		i := strings.Index(s, wordOpen)
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], wordClose)
		if j < 0 {
			panic("docset: unclosed word mark in " + s)
		}
		if i > 0 {
			out = append(out, plain(s[:i]))
		}
		out = append(out, neg("word", s[i+len(wordOpen):i+j]))
		s = s[i+j+len(wordClose):]
	}
	if s != "" {
		out = append(out, plain(s))
	}
	return out
}

func text(ss []seg) string {
	var sb strings.Builder
	for _, s := range ss {
		sb.WriteString(s.s)
	}
	return sb.String()
}

// builder writes one document and records the spans of what it plants.
type builder struct {
	r     *rand.Rand
	split Split
	v     *vocab
	clean bool // the document carries no personal data

	sb     strings.Builder
	items  []evalset.Item
	negs   []evalset.Negative
	exempt []string
	used   map[string]bool // names and numbers already given to someone in this document

	today date
	org   org
	dept  string
	doc   string // the document's own number, 부서-번호

	drafter *official // drawn on first use: contact lines and the 결재 line share it
}

func newBuilder(r *rand.Rand, split Split, clean bool) *builder {
	b := &builder{r: r, split: split, v: vocabFor(split), clean: clean, used: map[string]bool{}}
	b.today = randDate(r, 2022, 2025)
	b.org = pick(r, b.v.orgs)
	return b
}

func (b *builder) holdout() bool { return b.split == Holdout }

func (b *builder) chance(p float64) bool { return b.r.Float64() < p }

func (b *builder) intn(n int) int { return b.r.IntN(n) }

// put writes parts; items among them get the form ctx (plus their
// qualities).
func (b *builder) put(ctx string, parts ...any) {
	for _, s := range segs(parts...) {
		b.write(ctx, s)
	}
}

// line writes parts and a newline.
func (b *builder) line(ctx string, parts ...any) {
	b.put(ctx, parts...)
	b.sb.WriteByte('\n')
}

func (b *builder) text(s string) { b.put("body", s) }

func (b *builder) write(ctx string, s seg) {
	st := b.sb.Len()
	b.sb.WriteString(s.s)
	switch {
	case s.typ != "":
		if b.clean {
			panic("docset: personal data planted in a clean document: " + s.s)
		}
		form := ctx
		if s.qual != "" {
			form += "+" + s.qual
		}
		b.items = append(b.items, evalset.Item{Type: s.typ, Start: st, End: b.sb.Len(), Form: form})
	case s.neg != "":
		b.negs = append(b.negs, evalset.Negative{Kind: s.neg, Start: st, End: b.sb.Len()})
	}
}

func (b *builder) finish(id, kind string) evalset.Doc {
	sort.Slice(b.items, func(i, j int) bool { return b.items[i].Start < b.items[j].Start })
	sort.Slice(b.negs, func(i, j int) bool { return b.negs[i].Start < b.negs[j].Start })
	d := evalset.Doc{ID: id, Kind: kind, Text: b.sb.String(), Exempt: b.exempt, Items: b.items, Negatives: b.negs}
	if d.Items == nil {
		d.Items = []evalset.Item{}
	}
	if d.Negatives == nil {
		d.Negatives = []evalset.Negative{}
	}
	return d
}

// fresh reports whether key is not yet used in the document and claims it.
func (b *builder) fresh(key string) bool {
	if b.used[key] {
		return false
	}
	b.used[key] = true
	return true
}
