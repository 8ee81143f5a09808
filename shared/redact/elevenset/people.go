package elevenset

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// person is a citizen a document speaks of.
type person struct {
	sur, given string
	bd         date
	sex        string
	f          *foreignName
}

func (p *person) full() string { return p.sur + p.given }

// whole is p's full name as a plain item: a foreigner's as the register
// writes it, in Latin letters.
func (b *builder) whole(p *person, ctx string) seg {
	if p.f != nil {
		return b.plain("name", tags(ctx, "foreign", "latin"), p.f.family+" "+p.f.given)
	}
	return b.plain("name", ctx, p.full())
}

func (p *person) age() int { return 2026 - p.bd.y }

// newPerson makes a citizen born between from and to.
// One adult in twenty-five is a foreign resident whatever the kind, as in
// a real register: nothing near the name says so.
func (b *builder) newPerson(from, to int) *person {
	if to < 2005 && b.r.IntN(25) == 0 {
		return b.newForeigner(from, to)
	}
	s, g := b.uniq()
	return &person{sur: s, given: g, bd: birthDate(b.r, from, to), sex: pick(b.r, []string{"남", "여"})}
}

func (b *builder) newForeigner(from, to int) *person {
	for {
		f := newForeign(b.r)
		if !b.used[f.family+f.given] {
			b.used[f.family+f.given] = true
			return &person{sur: f.hFamily, given: f.hGiven, bd: birthDate(b.r, from, to), sex: pick(b.r, []string{"남", "여"}), f: &f}
		}
	}
}

// batchim reports whether the last syllable of s ends in a consonant.
func batchim(s string) bool {
	c, _ := utf8.DecodeLastRuneInString(s)
	return c >= 0xAC00 && c <= 0xD7A3 && (c-0xAC00)%28 != 0
}

func josa(s, with, without string) string {
	if batchim(s) {
		return with
	}
	return without
}

// name renders p's name as one or two items: Korean names whole, spaced,
// wrapped or sloppily masked; foreign names in Latin letters, in Hangul
// or both.
func (b *builder) name(p *person, ctx string) []seg {
	if p.f != nil {
		c := tags("foreign", ctx)
		switch b.r.IntN(4) {
		case 0:
			return one(b.plain("name", c+"+translit", p.f.hangul(b.r)))
		case 1:
			return []seg{b.plain("name", c+"+latin", p.f.latin(b.r)), txt("("), b.plain("name", c+"+translit", p.f.hangul(b.r)), txt(")")}
		default:
			s := b.it("name", c+"+latin", p.f.latin(b.r))
			return one(s)
		}
	}
	if b.r.IntN(40) == 0 && utf8.RuneCountInString(p.given) >= 2 {
		g := []rune(p.given)
		return one(seg{s: p.sur + string(g[0]) + strings.Repeat("*", len(g)-1), typ: "name", q: tags("sloppy", ctx)})
	}
	if utf8.RuneCountInString(p.sur) == 2 && b.r.IntN(4) == 0 {
		// A compound surname set apart from the given name.
		return one(seg{s: p.sur + " " + p.given, typ: "name", q: tags("spaced", ctx)})
	}
	return one(b.it("name", ctx, p.full()))
}

// nameBare is p's name written plainly, for a sentence around it.
func (b *builder) nameBare(p *person, ctx string) seg {
	if p.f != nil {
		if b.r.IntN(2) == 0 {
			return b.plain("name", tags("foreign", "translit", ctx), p.f.hangul(b.r))
		}
		return b.plain("name", tags("foreign", "latin", ctx), p.f.latin(b.r))
	}
	if b.r.IntN(8) == 0 {
		return seg{s: strings.Join(strings.Split(p.full(), ""), " "), typ: "name", q: tags("spaced", ctx)}
	}
	return b.plain("name", ctx, p.full())
}

// mention writes p as the subject of a sentence, with a particle or a
// title after the name.
func (b *builder) mention(p *person, ctx string) []seg {
	n := b.nameBare(p, ctx)
	last := n.s
	if p.f != nil {
		last = p.given
	}
	var tail, kind string
	switch b.r.IntN(9) {
	case 0, 1:
		tail, kind = josa(last, "은", "는"), "particle"
	case 2, 3:
		tail, kind = josa(last, "이", "가"), "particle"
	case 4:
		tail, kind = " 씨는", "title"
	case 5:
		tail, kind = pick(b.r, []string{" 님께서는", "님은", " 님이", "씨가"}), "title"
	case 6:
		tail, kind = fmt.Sprintf("(%d세, %s)%s", p.age(), p.sex, josa(last, "은", "는")), "title"
	case 7:
		tail, kind = fmt.Sprintf("(%s·%d)%s", p.sex, p.age(), josa(last, "은", "는")), "title"
	default:
		tail, kind = pick(b.r, []string{" 어르신은", " 귀하는", "씨는"}), "title"
	}
	n.q = tags(n.q, kind)
	return []seg{n, txt(tail)}
}

// with writes p's name glued to a particle that is not a subject's:
// 에게, 의, (으)로, 와/과, 에 대하여.
func (b *builder) with(p *person, ctx, particle string) []seg {
	n := b.nameBare(p, ctx)
	n.q = tags(n.q, "particle")
	last := n.s
	if p.f != nil {
		last = p.given
	}
	switch particle {
	case "로":
		particle = josa(last, "으로", "로")
	case "와":
		particle = josa(last, "과", "와")
	}
	return []seg{n, txt(particle)}
}

// given writes p by given name only, as complaints and disputes do, with
// an honorific and the particle part asks for: "topic" (은/는), "subj"
// (이/가), "also" (도) or none.
func (b *builder) given(p *person, ctx, part string) []seg {
	hon := pick(b.r, []string{" 씨", "씨", "님", " 님"})
	switch part {
	case "topic":
		hon += josa(hon, "은", "는")
	case "subj":
		hon += josa(hon, "이", "가")
	case "also":
		hon += "도"
	}
	if p.f != nil {
		return []seg{b.plain("name", tags("foreign", "given", "translit", ctx), p.f.hGiven), txt(hon)}
	}
	return []seg{b.plain("name", tags("given", ctx), p.given), txt(hon)}
}

// givenName is p's given name alone as an item.
func (b *builder) givenName(p *person) seg {
	if p.f != nil {
		return b.plain("name", "foreign+given+translit", p.f.hGiven)
	}
	return b.plain("name", "given", p.given)
}

// col is a table column: its header's synonyms and how a person fills it.
type col struct {
	heads []string
	cell  func(p *person) []seg
}

// ptable writes people as a table with a serial column and cols.
func (b *builder) ptable(ps []*person, cols ...col) {
	heads := []string{pick(b.r, []string{"연번", "번호", "순번", "No."})}
	for _, c := range cols {
		heads = append(heads, pick(b.r, c.heads))
	}
	var rows [][][]seg
	for i, p := range ps {
		row := [][]seg{one(txt(fmt.Sprint(i + 1)))}
		for _, c := range cols {
			row = append(row, c.cell(p))
		}
		rows = append(rows, row)
	}
	b.table(heads, rows)
}

func (b *builder) cName(ctx string, heads ...string) col {
	return col{heads, func(p *person) []seg { return b.name(p, ctx) }}
}

func (b *builder) cBirth(ctx string) col {
	return col{[]string{"생년월일", "생년월일", "출생일", "생일", "생년월일(6자리)"}, func(p *person) []seg { return one(b.it("birth_date", ctx, p.bd.birth(b.r))) }}
}

func (b *builder) cRRN(ctx string) col {
	return col{[]string{"주민등록번호", "주민번호", "주민등록번호(앞-뒤)"}, func(p *person) []seg {
		if p.f != nil {
			return one(b.it("frn", tags(ctx, "foreign"), rrnFor(b.r, p.bd.y, p.bd.m, p.bd.d, true)))
		}
		return one(b.it("rrn", ctx, rrnFor(b.r, p.bd.y, p.bd.m, p.bd.d, false)))
	}}
}

func (b *builder) cMobile(ctx string, heads ...string) col {
	if len(heads) == 0 {
		heads = []string{"연락처", "휴대전화", "전화번호", "핸드폰"}
	}
	return col{heads, func(p *person) []seg { return one(b.it("mobile", ctx, mobile(b.r))) }}
}

func (b *builder) cPhone(ctx string) col {
	return col{[]string{"연락처", "전화", "자택전화", "연락처(유선)"}, func(p *person) []seg {
		if b.r.IntN(3) == 0 {
			return one(b.it("mobile", ctx, mobile(b.r)))
		}
		return one(b.it("landline", ctx, landline(b.r)))
	}}
}

func (b *builder) cAddr(ctx string) col {
	return col{[]string{"주소", "주소지", "거주지", "주 소", "실거주지"}, func(p *person) []seg { return one(b.it("address", ctx, address(b.r))) }}
}

func (b *builder) cSex() col {
	return col{[]string{"성별", "성별"}, func(p *person) []seg { return one(txt(p.sex)) }}
}

func (b *builder) cAge() col {
	return col{[]string{"나이", "연령", "만나이"}, func(p *person) []seg { return one(txt(fmt.Sprint(p.age()))) }}
}

func (b *builder) cAccount(ctx string, holder bool) col {
	return col{[]string{"입금계좌", "계좌번호", "지급계좌", "은행/계좌"}, func(p *person) []seg {
		bank, acc := account(b.r)
		s := []seg{txt(bank + pick(b.r, []string{" ", " ", "/", "\n"})), b.it("account", ctx, acc)}
		if holder {
			s = append(s, txt(pick(b.r, []string{" 예금주 ", " (예금주: ", " "})), b.whole(p, tags(ctx, "holder")))
			if strings.HasSuffix(s[len(s)-2].s, ": ") {
				s = append(s, txt(")"))
			}
		}
		return s
	}}
}

func (b *builder) cAmount() col {
	return col{[]string{"지급액", "금액(원)", "지원금액", "환급액"}, func(p *person) []seg { return one(ng("amount", amount(b))) }}
}

func (b *builder) cFixed(heads []string, vals []string) col {
	return col{heads, func(p *person) []seg { return one(txt(pick(b.r, vals))) }}
}

// kv writes a form record: one "label: value" per line, as a transposed
// table or a scanned application form gives it.
func (b *builder) kv(pairs ...[]seg) {
	for _, p := range pairs {
		b.line("kv", p...)
	}
}

func lbl(label string, v ...seg) []seg {
	return append([]seg{txt(label)}, v...)
}
