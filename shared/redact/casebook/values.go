package casebook

import (
	"fmt"
	"strings"
)

// Each formatter returns a value as written and the quality flags that
// say how it is written.

// mobile writes p's mobile number in one of the notations people use.
func (w *writer) mobile(p *person) seg {
	d := p.mobile
	a, b, c := d[:3], d[3:7], d[7:]
	var v, q string
	switch w.r.IntN(24) {
	case 0, 1:
		v, q = a+" "+b+" "+c, "+spaces"
	case 2, 3:
		v, q = d, "+nosep"
	case 4:
		v, q = a+"."+b+"."+c, "+dots"
	case 5:
		v, q = "+82-10-"+b+"-"+c, "+intl"
	case 6:
		v, q = "+82 10 "+b+" "+c, "+intl"
	case 7:
		v, q = "+82 (0)10-"+b+"-"+c, "+intl"
	case 8:
		v, q = "("+a+")"+b+"-"+c, "+paren"
	case 9:
		v, q = a+")"+b+"-"+c, "+paren"
	case 10:
		v, q = a+" - "+b+" - "+c, "+spaced"
	case 11:
		v, q = a+"–"+b+"–"+c, "+dash"
	case 12:
		v, q = fullwidth(a+"-"+b+"-"+c), ""
	case 13:
		// An old 01x number with a three-digit exchange, still in use.
		v, q = w.pick("011", "016", "017", "019")+"-"+w.digitsFrom(1, "2345678")+w.digits(2)+"-"+w.digits(4), "+old"
	case 14:
		v, q = a+"-"+b+c, "+partial_sep"
	default:
		v = a + "-" + b + "-" + c
	}
	return personal(tMobile, v, q)
}

// landline writes a home or private line.
func (w *writer) landline(p *person) seg {
	if p.landline == "" {
		area := w.pick("02", "02", "02", "02", "031", "032", "070", "033", "043", "061")
		mid := w.digitsFrom(1, "2345678") + w.digits(2)
		if area == "070" || w.chance(0.5) {
			mid += w.digits(1)
		}
		p.landline = area + "|" + mid + "|" + w.digits(4)
	}
	f := strings.Split(p.landline, "|")
	a, b, c := f[0], f[1], f[2]
	var v, q string
	switch w.r.IntN(12) {
	case 0:
		v, q = "("+a+")"+b+"-"+c, "+paren"
	case 1:
		v, q = "("+a+") "+b+"-"+c, "+paren"
	case 2:
		v, q = a+")"+b+"-"+c, "+paren"
	case 3:
		v, q = a+" "+b+" "+c, "+spaces"
	case 4:
		v, q = a+b+c, "+nosep"
	case 5:
		v, q = a+"."+b+"."+c, "+dots"
	default:
		v = a + "-" + b + "-" + c
	}
	return personal(tLandline, v, q)
}

// officePhone is an office's own number, written as offices write it.
func (w *writer) officePhone(o office) string {
	ext := w.digitsFrom(1, "2345678") + w.digits(3)
	switch w.r.IntN(6) {
	case 0:
		return "(" + strings.Replace(o.tel, "-", ")", 1) + "-" + ext
	case 1:
		return strings.Replace(o.tel, "-", ")", 1) + "-" + ext
	}
	return o.tel + "-" + ext
}

// orgPhone is a company's main number.
func (w *writer) orgPhone() string {
	if w.chance(0.4) {
		return w.pick("1588", "1577", "1544", "1600", "1899", "1670") + "-" + w.digits(4)
	}
	return w.pick("02", "031", "032", "02") + "-" + w.digitsFrom(1, "2345678") + w.digits(2+w.r.IntN(2)) + "-" + w.digits(4)
}

// rrnValue makes the digits of p's registration number; a foreigner's
// has the same shape with gender digit 5-8.
func (w *writer) rrnValue(p *person) string {
	g := 1
	if p.y >= 2000 {
		g = 3
	}
	if !p.male {
		g++
	}
	if p.nat != nil {
		g += 4
	}
	body := fmt.Sprintf("%02d%02d%02d%d%s", p.y%100, p.m, p.d, g, w.digits(5))
	if w.chance(0.5) {
		// Numbers issued before October 2020 end in a check digit.
		body += string(rune('0' + rrnCheck(body)))
	} else {
		body += w.digits(1)
	}
	return body
}

func rrnCheck(d string) int {
	weights := [12]int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i, wt := range weights {
		sum += int(d[i]-'0') * wt
	}
	return (11 - sum%11) % 10
}

// rrn writes p's registration number in a common notation.
func (w *writer) rrn(p *person) seg {
	d := w.rrnValue(p)
	typ := tRRN
	if p.nat != nil {
		typ = tFRN
	}
	var v, q string
	switch w.r.IntN(14) {
	case 0, 1:
		v, q = d, "+nosep"
	case 2:
		v, q = d[:6]+" - "+d[6:], "+spaced"
	case 3:
		v, q = d[:6]+"–"+d[6:], "+dash"
	case 4:
		v, q = d[:6]+" "+d[6:], "+spaces"
	default:
		v = d[:6] + "-" + d[6:]
	}
	return personal(typ, v, q)
}

// rrnMasked writes p's number masked as the city masks it.
func (w *writer) rrnMasked(p *person) seg {
	d := w.rrnValue(p)
	switch w.r.IntN(3) {
	case 0:
		return keep("masked", d[:7]+"******")
	case 1:
		return keep("masked", d[:6]+"-"+d[6:7]+"******")
	}
	return keep("masked", d[:6]+"-*******")
}

// rrnLeaky writes p's number with a mask that hides too little.
func (w *writer) rrnLeaky(p *person) seg {
	d := w.rrnValue(p)
	typ := tRRN
	if p.nat != nil {
		typ = tFRN
	}
	switch w.r.IntN(3) {
	case 0:
		return personal(typ, d[:6]+"-"+d[6:10]+"***", "+partial_mask")
	case 1:
		return personal(typ, "******-"+d[6:], "+partial_mask")
	}
	return personal(typ, d[:6]+"-"+d[6:11]+"**", "+partial_mask")
}

// date writes a date in one of the notations Korean documents use; the
// same notations serve dates of birth and event dates.
func (w *writer) date(y, m, d int) (string, string) {
	switch w.r.IntN(20) {
	case 0, 1:
		return fmt.Sprintf("%d.%02d.%02d", y, m, d), "+dots"
	case 2:
		return fmt.Sprintf("%d.%02d.%02d.", y, m, d), "+dots"
	case 3, 4:
		return fmt.Sprintf("%d-%02d-%02d", y, m, d), "+iso"
	case 5, 6:
		return fmt.Sprintf("%d년 %d월 %d일", y, m, d), "+hangul"
	case 7:
		return fmt.Sprintf("%d년 %02d월 %02d일", y, m, d), "+hangul"
	case 8:
		return fmt.Sprintf("%02d.%02d.%02d", y%100, m, d), "+short"
	case 9:
		return fmt.Sprintf("%02d. %d. %d.", y%100, m, d), "+short"
	case 10:
		return fmt.Sprintf("%02d%02d%02d", y%100, m, d), "+yymmdd"
	case 11:
		return fmt.Sprintf("%d/%02d/%02d", y, m, d), "+slash"
	case 12:
		return fmt.Sprintf("%02d.%02d.%d", d, m, y), "+dmy"
	case 13:
		return fmt.Sprintf("%04d%02d%02d", y, m, d), "+nosep"
	case 14:
		return fmt.Sprintf("'%02d.%d.%d", y%100, m, d), "+short"
	case 15:
		return fmt.Sprintf("%d.%d.%d", y, m, d), "+dots"
	case 16:
		return fmt.Sprintf("%d. %d. %d", y, m, d), ""
	}
	return fmt.Sprintf("%d. %d. %d.", y, m, d), ""
}

// birthDate writes p's date of birth.
func (w *writer) birthDate(p *person) seg {
	v, q := w.date(p.y, p.m, p.d)
	return personal(tBirth, v, q)
}

// birthLatin writes a date of birth as passports print it.
func (w *writer) birthLatin(p *person) seg {
	mon := strings.Fields("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")[p.m-1]
	if w.chance(0.5) {
		return personal(tBirth, fmt.Sprintf("%02d %s %d", p.d, mon, p.y), "+latin")
	}
	return personal(tBirth, fmt.Sprintf("%02d/%02d/%d", p.d, p.m, p.y), "+dmy")
}

// when is an event date in 2023-2025, a hard negative.
func (w *writer) when() seg {
	y := 2023 + w.r.IntN(3)
	m := 1 + w.r.IntN(12)
	v, _ := w.date(y, m, 1+w.r.IntN(daysIn(y, m)))
	return keep("date", v)
}

// period is a span of two event dates, the earlier first.
func (w *writer) period() []seg {
	y := 2023 + w.r.IntN(2)
	m := 1 + w.r.IntN(12)
	sep := w.pick(" ~ ", "~", " ~ ", " - ")
	a, _ := w.date(y, m, 1+w.r.IntN(28))
	b, _ := w.date(y+1, m, 1+w.r.IntN(28))
	return []seg{keep("date", a), plain(sep), keep("date", b)}
}

// today is the document's own date in the notation 기안문 use.
func (w *writer) today() (string, int, int, int) {
	y := 2023 + w.r.IntN(3)
	m := 1 + w.r.IntN(12)
	d := 1 + w.r.IntN(daysIn(y, m))
	return fmt.Sprintf("%d. %d. %d.", y, m, d), y, m, d
}

func (w *writer) clock() seg {
	h, mi := 9+w.r.IntN(9), w.r.IntN(12)*5
	switch w.r.IntN(3) {
	case 0:
		ap := "오전"
		hh := h
		if h >= 12 {
			ap = "오후"
			if h > 12 {
				hh = h - 12
			}
		}
		if mi == 0 {
			return keep("time", fmt.Sprintf("%s %d시", ap, hh))
		}
		return keep("time", fmt.Sprintf("%s %d시 %d분", ap, hh, mi))
	}
	return keep("time", fmt.Sprintf("%02d:%02d", h, mi))
}

// clocks returns n times of one day in order, as a chat log has them.
func (w *writer) clocks(n int) []seg {
	m := 8*60 + w.r.IntN(600)
	out := make([]seg, n)
	for i := range out {
		h, mi := m/60%24, m%60
		if w.chance(0.5) {
			ap, hh := "오전", h
			if h >= 12 {
				ap = "오후"
				if h > 12 {
					hh = h - 12
				}
			}
			out[i] = keep("time", fmt.Sprintf("%s %d:%02d", ap, hh, mi))
		} else {
			out[i] = keep("time", fmt.Sprintf("%02d:%02d", h, mi))
		}
		m += 1 + w.r.IntN(40)
	}
	return out
}

// amount is a sum of money.
func (w *writer) amount(lo, hi int) seg {
	v := (lo + w.r.IntN(hi-lo+1)) * 10
	s := commas(v)
	switch w.r.IntN(4) {
	case 0:
		return keep("amount", "금"+s+"원")
	case 1:
		return keep("amount", s+"원")
	case 2:
		return keep("amount", "₩"+s)
	}
	return keep("amount", s+"원")
}

func commas(v int) string {
	s := fmt.Sprint(v)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func fullwidth(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c - '0' + 0xFF10)
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// card writes a payment card number that passes the Luhn check.
func (w *writer) card() seg {
	var d string
	amex := false
	switch w.r.IntN(5) {
	case 0:
		d = "9410" + w.digits(11)
	case 1:
		d = "4" + w.digits(14)
	case 2:
		d = "5" + w.digitsFrom(1, "12345") + w.digits(13)
	case 3:
		d = w.pick("34", "37") + w.digits(12)
		amex = true
	default:
		d = w.pick("4364", "4579", "5365", "9490", "6250") + w.digits(11)
	}
	d += string(rune('0' + luhn(d)))
	var groups []string
	if amex {
		groups = []string{d[:4], d[4:10], d[10:]}
	} else {
		groups = []string{d[:4], d[4:8], d[8:12], d[12:]}
	}
	switch w.r.IntN(6) {
	case 0:
		return personal(tCard, strings.Join(groups, " "), "+spaces")
	case 1:
		return personal(tCard, d, "+nosep")
	}
	return personal(tCard, strings.Join(groups, "-"))
}

// cardMasked is a card number masked as card slips print it.
func (w *writer) cardMasked() seg {
	return keep("masked", w.pick("9410", "4579", "5365")+"-"+w.digits(2)+"**-****-"+w.digits(4))
}

// luhn returns the check digit that makes d+digit Luhn-valid.
func luhn(d string) int {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return (10 - sum%10) % 10
}

// account returns a bank and an account number in its layout.
func (w *writer) account() (string, seg) {
	b := w.lx.banks[w.r.IntN(len(w.lx.banks))]
	name := w.pick(b.names...)
	v := w.pattern(w.pick(b.layouts...))
	if w.chance(0.15) {
		return name, personal(tAccount, strings.ReplaceAll(v, "-", ""), "+nosep")
	}
	return name, personal(tAccount, v)
}

// accountSegs writes an account as a kv line or sentence does: usually
// with its bank, sometimes the number alone.
func (w *writer) accountSegs() []seg {
	b, a := w.account()
	switch w.r.IntN(5) {
	case 0:
		return []seg{a}
	case 1:
		return []seg{a, plain(" (" + b + ")")}
	}
	return []seg{plain(b + " "), a}
}

// orgAccount is an account held by the office or a company.
func (w *writer) orgAccount() (string, string) {
	b := w.lx.banks[w.r.IntN(len(w.lx.banks))]
	return w.pick(b.names...), w.pattern(w.pick(b.layouts...))
}

// passport writes a passport number for p's country.
func (w *writer) passport(p *person) seg {
	if p.nat == nil {
		if w.chance(0.5) {
			return personal(tPassport, "M"+w.digits(8))
		}
		return personal(tPassport, "M"+w.digits(3)+string(rune('A'+w.r.IntN(26)))+w.digits(4))
	}
	return personal(tPassport, w.pattern(w.pick(p.nat.passport...)), "+"+strings.ToLower(p.nat.code))
}

// licence writes a driving licence number.
func (w *writer) licence() seg {
	regions := strings.Fields("서울:11 부산:12 경기:13 강원:14 충북:15 충남:16 전북:17 전남:18 경북:19 경남:20 제주:21 대구:22 인천:23 광주:24 대전:25 울산:26 경기북부:28")
	rg := pair(regions[w.r.IntN(len(regions))])
	yy := fmt.Sprintf("%02d", w.r.IntN(25))
	serial, check := w.digits(6), w.digits(2)
	switch w.r.IntN(6) {
	case 0:
		return personal(tLicence, rg[0]+" "+yy+"-"+serial+"-"+check, "+region_name")
	case 1:
		return personal(tLicence, rg[0]+yy+"-"+serial+"-"+check, "+region_name")
	case 2:
		return personal(tLicence, rg[1]+yy+serial+check, "+nosep")
	case 3:
		return personal(tLicence, rg[1]+" "+yy+" "+serial+" "+check, "+spaces")
	}
	return personal(tLicence, rg[1]+"-"+yy+"-"+serial+"-"+check)
}

// plate writes a private car's registration plate.
func (w *writer) plate() seg {
	ch := w.pick(strings.Fields("가 나 다 라 마 거 너 더 러 머 버 서 어 저 고 노 도 로 모 보 소 오 조 구 누 두 루 무 부 수 우 주")...)
	num := fmt.Sprintf("%02d", 10+w.r.IntN(90))
	if w.chance(0.5) {
		num = fmt.Sprintf("%d", 100+w.r.IntN(600))
	}
	tail := w.digitsFrom(1, "123456789") + w.digits(3)
	switch w.r.IntN(7) {
	case 0:
		return personal(tPlate, num+ch+" "+tail, "+spaced")
	case 1:
		return personal(tPlate, num+" "+ch+" "+tail, "+spaced")
	case 2:
		return personal(tPlate, w.pick("서울", "경기", "인천")+num[len(num)-2:]+ch+tail, "+region_name")
	case 3:
		return personal(tPlate, w.pick("서울", "경기")+" "+num[len(num)-2:]+ch+" "+tail, "+region_name")
	}
	return personal(tPlate, num+ch+tail)
}

// ip writes an address a citizen connected from.
func (w *writer) ip() seg {
	first := w.pick("211", "175", "121", "223", "118", "1", "14", "58", "59", "61", "106", "110", "112", "114", "115", "116", "119", "122", "124", "125", "180", "182", "183", "210", "218", "220", "221", "222")
	return personal(tIP, fmt.Sprintf("%s.%d.%d.%d", first, w.r.IntN(256), w.r.IntN(256), 1+w.r.IntN(254)))
}

// addr is a postal address split where the labelled span starts and ends.
type addr struct {
	pre, body, post string
	q               string
}

// homeOf returns p's address, made on first use.
func (w *writer) homeOf(p *person) addr {
	if p.home.body == "" {
		p.home = w.address()
	}
	return p.home
}

// address makes a citizen's address in a city district.
func (w *writer) address() addr {
	d := w.lx.districts[w.r.IntN(len(w.lx.districts))]
	a := addr{}
	switch w.r.IntN(4) {
	case 0:
		a.pre = d.city + " " + d.gu + " "
	case 1:
		a.pre = strings.TrimSuffix(strings.TrimSuffix(d.city, "특별시"), "도") + " " + d.gu + " "
	case 2:
		a.pre = d.gu + " "
	default:
		a.pre = d.city + " " + d.gu + " "
	}
	dong := w.pick(d.dongs...)
	if w.chance(0.68) {
		road := w.pick(d.roads...)
		if w.chance(0.45) {
			road += fmt.Sprintf("%d길", 1+w.r.IntN(60))
		}
		a.body = fmt.Sprintf("%s %d", road, 1+w.r.IntN(240))
		if w.chance(0.2) {
			a.body += fmt.Sprintf("-%d", 1+w.r.IntN(20))
		}
		a.q = "+road"
		switch w.r.IntN(6) {
		case 0, 1:
			apt := w.pick(d.apts...)
			a.body += fmt.Sprintf(", %d동 %d%02d호", 101+w.r.IntN(12), 1+w.r.IntN(20), 1+w.r.IntN(6))
			a.post = fmt.Sprintf(" (%s, %s)", dong, apt)
		case 2:
			a.body += fmt.Sprintf(", %d층", 2+w.r.IntN(4))
			a.post = " (" + dong + ")"
		case 3:
			a.body += fmt.Sprintf(" %d%02d호", 1+w.r.IntN(5), 1+w.r.IntN(9))
		case 4:
			a.body += w.pick(", 지하1층", ", B01호", ", 반지하")
			a.post = " (" + dong + ")"
		}
		return a
	}
	a.q = "+lot"
	a.body = fmt.Sprintf("%s %d-%d", dong, 1+w.r.IntN(700), 1+w.r.IntN(60))
	switch w.r.IntN(4) {
	case 0:
		a.body = fmt.Sprintf("%s %d번지", dong, 1+w.r.IntN(700))
	case 1:
		a.body += fmt.Sprintf(" %d층", 1+w.r.IntN(4))
	case 2:
		a.body = fmt.Sprintf("%s %d %s %d동 %d%02d호", dong, 1+w.r.IntN(700), w.pick(d.apts...), 1+w.r.IntN(12), 1+w.r.IntN(15), 1+w.r.IntN(6))
	}
	return a
}

// farm makes a lot-based address in a village.
func (w *writer) farm() addr {
	d := w.lx.villages[w.r.IntN(len(w.lx.villages))]
	v := strings.Fields(w.pick(d.dongs...))
	a := addr{pre: d.city + " " + d.gu + " " + v[0] + " ", q: "+lot+village"}
	if w.chance(0.3) {
		a.pre = d.gu + " " + v[0] + " "
	}
	a.body = fmt.Sprintf("%s %d", v[1], 1+w.r.IntN(900))
	if w.chance(0.4) {
		a.body += fmt.Sprintf("-%d", 1+w.r.IntN(9))
	}
	return a
}

// addrSeg writes an address with the part before and after the span.
func (w *writer) addrSeg(a addr, q ...string) []seg {
	return []seg{plain(a.pre), personal(tAddress, a.body, append([]string{a.q}, q...)...), plain(a.post)}
}

// officeAddr writes the office's own address, a hard negative.
func officeAddr(o office) []seg {
	pre := o.city + " " + o.name + " "
	if o.city == "" {
		pre = o.name + " "
	}
	return []seg{plain(pre), keep("office_address", o.road), plain(" (" + o.dong + ")")}
}

// orgAddr is a company's or facility's address, a hard negative.
func (w *writer) orgAddr(kind string) []seg {
	d := w.lx.districts[w.r.IntN(len(w.lx.districts))]
	body := fmt.Sprintf("%s %d", w.pick(d.roads...), 1+w.r.IntN(300))
	if w.chance(0.5) {
		body += fmt.Sprintf(", %d층", 1+w.r.IntN(12))
	}
	return []seg{plain(d.city + " " + d.gu + " "), keep(kind, body)}
}

// bizNo is a business registration number.
func (w *writer) bizNo() seg {
	return keep("biz_no", fmt.Sprintf("%s-%s-%s", w.digitsFrom(1, "1234567")+w.digits(2), w.pick("81", "86", "87", "88", "10", "21"), w.digits(5)))
}

// corpNo is a corporate registration number, shaped like a resident
// registration number.
func (w *writer) corpNo() seg {
	return keep("corp_no", fmt.Sprintf("%s-%s", w.pick("110111", "110114", "131111", "134811", "284211", "165011"), w.digits(7)))
}
