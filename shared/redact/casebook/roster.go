package casebook

import (
	"fmt"
)

// col is a roster column: what it holds (id), its header and, for a
// two-row header, the upper header it sits under. f, when set, writes
// the cell instead.
type col struct {
	id, head, top string
	f             func(i int, p *person) []seg
}

// rowState carries values that two columns of one row share, such as a
// bank and its account number.
type rowState struct {
	bank string
	acct seg
}

// roster writes people as a table, one row each.
func (w *writer) roster(ps []*person, cols []col, style string) {
	t := table{style: style}
	merged := false
	for _, c := range cols {
		merged = merged || c.top != ""
	}
	if !merged && w.chance(0.2) {
		// Group the columns about the person under one upper header, as
		// many rosters do.
		cols = append([]col(nil), cols...)
		person := map[string]bool{"name": true, "namelat": true, "namehan": true, "birth": true, "sex": true, "rrn": true, "rrnmask": true, "age": true, "frn": true}
		for j := range cols {
			if person[cols[j].id] && ((j > 0 && person[cols[j-1].id]) || (j+1 < len(cols) && person[cols[j+1].id])) {
				cols[j].top = w.pick("인적사항", "대상자", "신청인")
			}
		}
		for j := 1; j < len(cols); j++ {
			if cols[j].top != "" && cols[j-1].top != "" {
				cols[j].top = cols[j-1].top
			}
		}
	}
	merged = false
	for _, c := range cols {
		t.heads = append(t.heads, c.head)
		t.tops = append(t.tops, c.top)
		merged = merged || c.top != ""
	}
	if !merged {
		t.tops = nil
	}
	if w.chance(0.07) {
		// Continued from the previous page, or pasted without its header.
		t.heads, t.tops = nil, nil
	}
	for i, p := range ps {
		var st rowState
		var row [][]seg
		for _, c := range cols {
			if c.f != nil {
				row = append(row, c.f(i, p))
				continue
			}
			row = append(row, w.rosterCell(&st, i, p, c.id))
		}
		t.rows = append(t.rows, row)
	}
	w.table(t)
}

func (w *writer) rosterCell(st *rowState, i int, p *person, id string) []seg {
	switch id {
	case "no":
		return cell(fmt.Sprint(i + 1))
	case "name":
		return cell(w.nmv(p))
	case "namelat":
		return cell(w.nmLatin(p))
	case "namehan":
		return cell(w.nm(p))
	case "birth":
		return cell(w.birthDate(p))
	case "rrn":
		return cell(w.rrn(p))
	case "rrnmask":
		if w.chance(0.1) {
			return cell(w.rrnLeaky(p))
		}
		return cell(w.rrnMasked(p))
	case "mobile":
		return cell(w.mobile(p))
	case "tel":
		if w.chance(0.4) {
			return cell(w.landline(p))
		}
		return cell(w.mobile(p))
	case "addr":
		a := w.homeOf(p)
		return cell(w.addrSeg(a))
	case "addrbody":
		a := w.homeOf(p)
		return cell(personal(tAddress, a.body, a.q))
	case "email":
		return cell(personal(tEmail, w.emailFor(p)))
	case "sex":
		if p.male {
			return cell(w.pick("남", "남", "M"))
		}
		return cell(w.pick("여", "여", "F"))
	case "nation":
		if p.nat == nil {
			return cell("대한민국")
		}
		return cell(p.nat.ko)
	case "passport":
		return cell(w.passport(p))
	case "frn":
		return cell(w.rrn(p))
	case "account":
		b, a := w.account()
		return cell(b+" ", a)
	case "bank":
		st.bank, st.acct = w.account()
		return cell(st.bank)
	case "acct":
		if st.acct.s == "" {
			st.bank, st.acct = w.account()
		}
		return cell(st.acct)
	case "sign":
		switch w.r.IntN(4) {
		case 0:
			return cell(personal(tName, p.name, p.q, p.ctx, "+signature"))
		case 1:
			return cell("")
		}
		return cell(w.pick("(서명)", "(인)", "서명", "(날인)"))
	case "note":
		if w.chance(0.5) {
			return cell(w.note())
		}
		return cell("")
	case "age":
		return cell(fmt.Sprintf("%d세", 2024-p.y))
	}
	panic("casebook: no roster column " + id)
}

// nameHead is a header over a name column: usually a telling one,
// sometimes one that says nothing of names.
func (w *writer) nameHead(telling ...string) string {
	if w.chance(0.25) {
		return w.pick("구분", "대상", "내용", "참여자", "인적사항", "")
	}
	if len(telling) > 0 && w.chance(0.6) {
		return w.pick(telling...)
	}
	return w.pick("성명", "성 명", "이름", "성명(한글)")
}

// people makes n citizens of a role.
func (w *writer) people(n, role int, ctx string) []*person {
	ps := make([]*person, n)
	for i := range ps {
		ps[i] = w.citizen(role)
		ps[i].ctx = ctx
	}
	return ps
}

// nameItems turns people into list items, each with optional extras.
func (w *writer) nameItems(ps []*person, extra func(p *person) []seg) [][]seg {
	var out [][]seg
	for _, p := range ps {
		it := []seg{w.nmv(p)}
		if extra != nil {
			it = append(it, extra(p)...)
		}
		out = append(out, it)
	}
	return out
}
