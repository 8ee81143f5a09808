package casebook

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Pieces several kinds of document share.

// center is a community service centre, a public place.
func (w *writer) center() seg {
	d := w.lx.districts[w.r.IntN(len(w.lx.districts))]
	return keep("place", w.pick(d.dongs...)+w.pick(" 주민센터", " 행정복지센터", "주민센터"))
}

// facility is a public facility or landmark.
func (w *writer) facility() seg {
	d := w.lx.districts[w.r.IntN(len(w.lx.districts))]
	gu := strings.Fields(d.gu)[0]
	return keep("place", w.pick(
		gu+"보건소", w.pick(w.lx.stations...)+" "+w.pick("2번 출구", "1번 출구", "광장"), w.pick(w.lx.markets...),
		gu+"청소년수련관", gu+"노인종합복지관", gu+"청 민원실", gu+"립도서관", gu+" 장애인복지관", w.pick(w.lx.schools...),
	))
}

// clinic is a hospital or clinic.
func (w *writer) clinic() seg {
	d := w.lx.districts[w.r.IntN(len(w.lx.districts))]
	gu := strings.Fields(d.gu)[0]
	return keep("place", w.pick(gu+"보건소", "서울의료원", "서울특별시 서북병원", "국립중앙의료원", w.pick(w.lx.stations...)+" "+w.pick("연세내과의원", "열린정형외과", "365열린의원", "우리들소아과")))
}

// dongName is a neighbourhood name alone; without a number it is not an
// address.
func (w *writer) dongName() string {
	d := w.lx.districts[w.r.IntN(len(w.lx.districts))]
	return w.pick(d.dongs...)
}

// mailbox is a department's shared e-mail address.
func (w *writer) mailbox() seg {
	return keep("official_email", w.pick("minwon", "welfare", "info", "open", "tax", "help", "contact")+"@"+w.org.domain)
}

// mailHead writes the header block of a received or forwarded e-mail.
func (w *writer) mailHead(from, to []seg, subject string, extra ...[]seg) {
	ko := w.chance(0.6)
	lab := func(k, e string) string {
		if ko {
			return k
		}
		return e
	}
	y := 2023 + w.r.IntN(3)
	mo := 1 + w.r.IntN(12)
	date := fmt.Sprintf("%d년 %d월 %d일 %s %d:%02d", y, mo, 1+w.r.IntN(28), w.pick("오전", "오후"), 1+w.r.IntN(12), w.r.IntN(60))
	if !ko {
		date = fmt.Sprintf("%s, %d %s %d %02d:%02d", w.pick("Mon", "Tue", "Wed", "Thu", "Fri"), 1+w.r.IntN(28), strings.Fields("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")[mo-1], y, 8+w.r.IntN(10), w.r.IntN(60))
	}
	w.put("email:"+header(lab("보낸 사람", "From")), lab("보낸 사람: ", "From: "), from)
	w.nl()
	w.put("email:"+header(lab("받는 사람", "To")), lab("받는 사람: ", "To: "), to)
	w.nl()
	w.line(lab("보낸 날짜: ", "Date: "), keep("date", date))
	w.line(lab("제목: ", "Subject: "), subject)
	for _, e := range extra {
		if e == nil {
			continue
		}
		w.put("email", e)
		w.nl()
	}
	w.nl()
}

// originIP is the header a webmail service adds with the sender's
// address, when it adds one.
func (w *writer) originIP() []seg {
	if !w.chance(0.4) {
		return nil
	}
	return []seg{plain(w.pick("X-Originating-IP: [", "X-Originating-IP: ", "X-Sender-IP: ")), w.ip(), plain(w.pick("]", "", ""))}
}

// addressee writes a name and an e-mail address as a mail header does.
func (w *writer) addressee(p *person) []seg {
	e := personal(tEmail, w.emailFor(p))
	switch w.r.IntN(4) {
	case 0:
		return []seg{plain("\""), w.nm(p), plain("\" <"), e, plain(">")}
	case 1:
		return []seg{plain("<"), e, plain(">")}
	case 2:
		return []seg{e}
	}
	if p.nat != nil || w.chance(0.2) {
		return []seg{w.nmLatin(p), plain(" <"), e, plain(">")}
	}
	return []seg{w.nm(p), plain(" <"), e, plain(">")}
}

// officialFrom is an official's own mail header entry.
func (w *writer) officialFrom(o official) []seg {
	mail := strings.ToLower(romanSurname(string([]rune(o.name)[0]))) + w.digits(3) + "@" + w.pick(w.org.domain, "korea.kr")
	return []seg{keep("official", o.name), plain(" <"), keep("official_email", mail), plain(">")}
}

// quoteLine writes a line of a quoted mail.
func (w *writer) quoteLine(parts ...any) {
	w.put("body", append([]any{"> "}, parts...)...)
	w.nl()
}

// signBlock writes a signature under a statement or application.
func (w *writer) signBlock(role string, p *person) {
	date, _, _, _ := w.today()
	w.nl()
	w.line(w.pick("", "    ", "\t\t"), keep("date", date))
	nm := w.nm(p)
	if w.chance(0.35) {
		nm = w.nmSpaced(p)
	}
	w.put("signature", w.pick("", "    ", "\t\t")+role+w.pick("  ", " : ", "   "), nm, w.pick("  (서명 또는 인)", " (인)", "  (서명)", ""))
	w.nl()
}

// toCitizen writes a name and address as an envelope or notice
// addresses a citizen.
func (w *writer) toCitizen(p *person) []seg {
	out := []seg{w.nm(p), plain(w.pick(" 귀하", " 님", "귀하", " 귀하"))}
	if w.chance(0.45) {
		out = append(out, plain(" ("))
		out = append(out, w.addrSeg(w.homeOf(p))...)
		out = append(out, plain(")"))
	}
	return out
}

// relation is a family relation word.
func (w *writer) relation() string {
	return w.pick("배우자", "자녀", "모", "부", "아들", "딸", "손자", "며느리", "동생", "형")
}

// one picks one of several ints.
func (w *writer) one(xs ...int) int { return xs[w.r.IntN(len(xs))] }

// receiptNo is a reception number, a hard negative.
func (w *writer) receiptNo() seg {
	switch w.r.IntN(3) {
	case 0:
		return keep("receipt_no", fmt.Sprintf("%d-%07d", 2023+w.r.IntN(3), w.r.IntN(9999999)))
	case 1:
		return keep("receipt_no", fmt.Sprintf("1AA-%02d%02d-%07d", 23+w.r.IntN(3), 1+w.r.IntN(12), w.r.IntN(9999999)))
	}
	return keep("receipt_no", fmt.Sprintf("제%d-%d호", 2023+w.r.IntN(3), 1+w.r.IntN(9999)))
}

// noticeNo is a public notice number.
func (w *writer) noticeNo() seg {
	return keep("notice_no", fmt.Sprintf("%s 공고 제%d-%d호", w.org.name, 2023+w.r.IntN(3), 1+w.r.IntN(2400)))
}

// budgetCode is a budget line code.
func (w *writer) budgetCode() seg {
	return keep("budget_code", fmt.Sprintf("%d-%d-%03d-%02d", 100+w.r.IntN(900), 1000+w.r.IntN(9000), w.r.IntN(1000), w.r.IntN(100)))
}

// caseNo is a court case number with one of codes (구합 for an
// administrative case, 가단 for a civil one…), any when none is given.
func (w *writer) caseNo(codes ...string) seg {
	if len(codes) == 0 {
		codes = []string{"구합", "구단", "가단", "가합", "가소", "누"}
	}
	y := 2022 + w.r.IntN(4)
	return keep("case_no", fmt.Sprintf("%d%s%d", y, w.pick(codes...), 1000+w.r.IntN(90000)))
}

// contractNo is a contract number.
func (w *writer) contractNo() seg {
	return keep("contract_no", fmt.Sprintf("%d%s%05d", 2023+w.r.IntN(3), w.pick("-계약-", "1", "-"), w.r.IntN(99999)))
}

// feeAccount is the office's own account where citizens pay; a hard
// negative.
func (w *writer) feeAccount() []seg {
	b, a := w.orgAccount()
	return []seg{plain(b + " "), keep("fee_account", a), plain(" (예금주: " + w.org.name + w.pick("청", "청 세입세출외현금", "") + ")")}
}

// bandTable writes amounts by band and year, for notices without
// personal data; lo and hi bound the amounts in tens of won.
func (w *writer) bandTable(bands []string, lo, hi int) {
	var rows [][][]seg
	for _, b := range bands {
		rows = append(rows, [][]seg{cell(b), cell(w.amount(lo, hi)), cell(w.amount(lo, hi))})
	}
	w.table(table{heads: []string{"구분", "2023년", "2024년"}, rows: rows})
}

// josa picks the form of a particle that fits after word: pair is
// "은/는", "이/가", "을/를", "과/와" or "으로/로". After a word that is not
// Hangul it writes both, as forms do: "이(가)".
func josa(word, pair string) string {
	f := strings.SplitN(pair, "/", 2)
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(word))
	if !isHangul(r) {
		return f[0] + "(" + f[1] + ")"
	}
	final := (r - 0xAC00) % 28
	if final == 0 || (f[0] == "으로" && final == 8) {
		return f[1]
	}
	return f[0]
}
