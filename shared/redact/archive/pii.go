package archive

import (
	"strings"
)

// Mentions of a person's data. Each returns the datum as an item whose
// Form starts with place and carries the person's qualities; the notation
// is drawn afresh at each mention, as different hands write the same
// number differently in one file.

func (d *doc) item(p *person, typ, place, s string, q ...string) piece {
	it := pii(typ, place, s)
	if p != nil && p.ctx != "" {
		it = it.with(p.ctx)
	}
	return it.with(q...)
}

func (d *doc) rrn(p *person, place string, q ...string) piece {
	typ := tRRN
	if p.fr != nil {
		typ = tFRN
	}
	return d.item(p, typ, place, rrnText(p.rrn, pick(d.r, []int{0, 0, 0, 0, 1, 2, 3, 4, 5})), q...)
}

func (d *doc) mobile(p *person, place string, q ...string) piece {
	k := pick(d.r, []int{0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
	return d.item(p, tMobile, place, phoneText(p.mobilePhone(), k), q...)
}

func (d *doc) home(p *person, place string, q ...string) piece {
	k := pick(d.r, []int{0, 0, 0, 1, 2, 3, 5, 6, 7, 9, 4, 11})
	return d.item(p, tLandline, place, phoneText(p.home, k), q...)
}

func (d *doc) email(p *person, place string, q ...string) piece {
	return d.item(p, tEmail, place, p.email, q...)
}

// addr is a residence: the province and district stay text, the rest is
// the item, what follows the last number is text again.
func (d *doc) addr(p *person, place string, q ...string) []any {
	return []any{p.addr.prefix, d.item(p, tAddress, place, p.addr.core, q...), p.addr.tail}
}

// addrCore is the labelled part only, for narrow cells.
func (d *doc) addrCore(p *person, place string, q ...string) piece {
	return d.item(p, tAddress, place, p.addr.core, q...)
}

func (d *doc) birth(p *person, place string, q ...string) piece {
	return d.item(p, tBirth, place, birthText(p.birth, d.r.IntN(birthNotations)), q...)
}

// birthIn writes the birth date in notation k.
func (d *doc) birthIn(p *person, place string, k int, q ...string) piece {
	return d.item(p, tBirth, place, birthText(p.birth, k), q...)
}

func (d *doc) account(p *person, place string, q ...string) piece {
	return d.item(p, tAccount, place, accountText(p.acctGroups(), pick(d.r, []int{0, 0, 0, 1, 2})), q...)
}

func (d *doc) card(p *person, place string, q ...string) piece {
	return d.item(p, tCard, place, cardText(p.card, pick(d.r, []int{0, 0, 1, 2})), q...)
}

func (d *doc) plate(p *person, place string, q ...string) piece {
	return d.item(p, tPlate, place, p.plate, q...)
}

func (d *doc) licence(p *person, place string, q ...string) piece {
	return d.item(p, tLicence, place, p.licence, q...)
}

func (d *doc) passport(p *person, place string, q ...string) piece {
	return d.item(p, tPassport, place, p.passport, q...)
}

func (d *doc) ip(p *person, place string, q ...string) piece {
	return d.item(p, tIP, place, p.ip, q...)
}

// name writes a citizen's name in a form drawn for the place: plain,
// spaced or (for foreigners) Latin or transcribed.
func (d *doc) name(p *person, place string, q ...string) piece {
	if p.fr != nil && !p.fr.koreanLatin && d.r.IntN(2) == 0 {
		return p.latin(place, q...)
	}
	if d.r.IntN(12) == 0 {
		return p.spaced(place, d.r.IntN(2) == 0, q...)
	}
	return p.nm(place, q...)
}

// nameWith writes the name followed by a glued ending (a particle, 님, 씨
// written without a space, 입니다…), choosing the particle's form by the
// name's last syllable.
func (d *doc) nameWith(p *person, place, ending string, q ...string) []any {
	it := p.nm(place, q...)
	if strings.Contains(ending, "/") {
		ending = josa(it.s, ending)
	}
	bare := strings.TrimLeft(ending, " ")
	if bare == ending {
		it = it.with("particle")
	}
	if isHonorific(bare) || strings.Contains(bare, "님") {
		it = it.with("honorific")
	}
	return []any{it, ending}
}

// nameHon writes the name and a spaced honorific (씨, 귀하, 선생님, 어르신).
func (d *doc) nameHon(p *person, place, hon string, q ...string) []any {
	return []any{d.name(p, place, q...).with("honorific"), " " + hon}
}

func isHonorific(s string) bool {
	for _, h := range []string{"님", "씨", "께", "귀하", "선생", "어르신", "여사", "군", "양"} {
		if strings.HasPrefix(s, h) {
			return true
		}
	}
	return false
}

// Glued endings for a name in running text, by the role the name plays.

// subj is an ending for the subject of a clause.
func (d *doc) subj() string {
	return pick(d.r, []string{"은/는", "이/가", "께서", "님께서", "씨는", "씨가", "님은", "도"})
}

// poss is an ending for a possessor.
func (d *doc) poss() string { return pick(d.r, []string{"의", "님의", "씨의", "님 댁의"}) }

// dat is an ending for the one something is given or told to.
func (d *doc) dat() string {
	return pick(d.r, []string{"에게", "님께", "씨에게", "님에게", "께"})
}

// Proper masks, published as they are: negatives.

func maskedRRN(s string, k int) piece {
	if k == 0 {
		return ng("masked", s[:6]+"-"+s[6:7]+"******")
	}
	return ng("masked", s[:6]+"-*******")
}

func maskedMobile(p phone) piece { return ng("masked", p.area+"-****-"+p.last) }

func maskedEmail(e string) piece {
	local, dom, _ := strings.Cut(e, "@")
	return ng("masked", local[:1]+"***@"+dom)
}

// Partial masks that still leak: items with +partial_mask.

func (d *doc) leak(p *person, typ, place string) piece {
	var s string
	if typ == tRRN && p.fr != nil {
		typ = tFRN
	}
	switch typ {
	case tRRN, tFRN:
		r := p.rrn
		if d.r.IntN(2) == 0 {
			s = r[:6] + "-" + r[6:10] + "***"
		} else {
			s = r[:4] + "**-" + r[6:]
		}
	case tMobile:
		m := p.mobilePhone()
		switch d.r.IntN(3) {
		case 0:
			s = m.area + "-" + m.mid[:len(m.mid)-2] + "**-" + m.last
		case 1:
			s = m.area + "-" + m.mid + "-" + m.last[:2] + "**"
		default:
			s = m.area + "-" + m.mid + "-****"
		}
	case tEmail:
		local, dom, _ := strings.Cut(p.email, "@")
		s = local[:max(2, len(local)-2)] + "**@" + dom
	case tAccount:
		g := p.acctGroups()
		g[1] = strings.Repeat("*", len(g[1]))
		s = strings.Join(g, "-")
	case tCard:
		c := p.card
		s = c[:4] + "-" + c[4:8] + "-****-" + c[len(c)-4:]
	case tBirth:
		s = birthText(p.birth, 0)
		s = s[:strings.LastIndex(strings.TrimSuffix(s, "."), " ")] + " **."
	case tPlate:
		s = p.plate[:len(p.plate)-2] + "**"
	}
	return d.item(p, typ, place, s, "partial_mask")
}
