// Package twelveset generates a twelfth hand's evaluation corpus for the
// personal-data redactor: whole Korean 기안문 of twelve kinds (행정심판
// 재결, 민원 회신, 보조금 교부, 과태료 부과, 주민설명회, 위원회 심사, 징계
// 처분, 장학생 선발, 외국인 주민 지원, 감사 결과, 역학조사, 재난지원금), as
// text extraction gives them from HWP, HWPX, PDF and DOCX files. It was
// written without sight of the detector or of the other corpora.
//
// Every planted item is labelled with its type and a form "place+quality"
// (table.tab, table.cells, table.space, table.pipe, kv, prose, speaker,
// list, recipient; plain, spaced, fullwidth, ocr, wrapped, split,
// partialmask, particle, honorific, latin, transcribed, health, minor,
// disciplined, contractor…). Footers, 결재 lines and contact lines carry
// only hard negatives: officials in their duties (exempt), the office's
// own numbers and address, companies' registration numbers, case,
// receipt, bill and bid numbers, amounts, dates, statutes and places.
package twelveset

import (
	"fmt"
	"math/rand/v2"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// attached are the kinds whose applications come in online as well.
var attached = map[string]bool{"reply": true, "subsidy": true, "scholarship": true, "relief": true, "foreign": true, "fine": true}

var formats = []string{"hwp", "hwp", "hwpx", "pdf", "pdf", "docx"}

// Generate builds n documents, deterministically for a seed. About one in
// seven carries no personal data at all.
func Generate(seed uint64, n int) []evalset.Doc {
	out := make([]evalset.Doc, 0, n)
	for i := range n {
		// One stream per document, so that a document does not change
		// when another one's template does; a draw in which a citizen
		// shares an official's name is drawn again, as the label would
		// contradict the exemption.
		var d *doc
		k := kinds[(i+int(seed))%len(kinds)]
		for try := uint64(0); ; try++ {
			r := rand.New(rand.NewPCG(seed, uint64(i)*0x9E3779B97F4A7C15+1+try<<56))
			d = &doc{r: r, format: pick(r, formats)}
			clean := r.IntN(7) == 0
			f := newFrame(r)
			k.write(d, f, clean)
			if !clean && attached[k.name] && r.IntN(3) == 0 {
				d.onlineLog()
			}
			d.reference()
			d.foot(f)
			if !d.clash() {
				break
			}
		}
		out = append(out, evalset.Doc{
			ID:        fmt.Sprintf("twelveset-%d-%04d-%s-%s", seed, i, k.name, d.format),
			Kind:      k.name,
			Text:      d.b.String(),
			Exempt:    d.exempt,
			Items:     d.items,
			Negatives: d.negs,
		})
	}
	return out
}

// clash reports whether a planted name is also an exempt official's.
func (d *doc) clash() bool {
	text := d.b.String()
	for _, it := range d.items {
		if it.Type != tName {
			continue
		}
		for _, e := range d.exempt {
			if text[it.Start:it.End] == e {
				return true
			}
		}
	}
	return false
}
