package redact

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// group is one run of digits inside a numeric token.
type group struct{ start, end int }

func (g group) len() int { return g.end - g.start }

// token is a run of digit groups joined by short separators ("-", ".",
// " ", " - ", ". ", ")"), all on one line.
type token struct {
	g     []group
	tight []bool // tight[k]: separator before g[k+1] is a bare '-', '.' or '/'
	gbuf  [maxGroups]group
	tbuf  [maxGroups]bool
	lbuf  [maxGroups]int
}

const maxGroups = 8

// readToken reads digit groups from i into t, reusing its buffers.
func readToken(s string, i int, t *token) {
	t.g, t.tight = t.gbuf[:0], t.tbuf[:0]
	for len(t.g) < maxGroups {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		t.g = append(t.g, group{i, j})
		// separator: spaces* [-.)]? spaces*, 1..4 bytes, then a digit
		k := j
		sp := 0
		for k < len(s) && s[k] == ' ' && sp < 2 {
			k++
			sp++
		}
		mark := byte(0)
		if k < len(s) && (s[k] == '-' || s[k] == '.' || s[k] == ')' || s[k] == '/') {
			mark = s[k]
			k++
			for k < len(s) && s[k] == ' ' && sp < 3 {
				k++
				sp++
			}
			// "032-2320-\n8670": a cell wrapped at its hyphen.
			if mark == '-' && sp == 0 && k+1 < len(s) && s[k] == '\n' && isDigit(s[k+1]) {
				k++ // still tight: the hyphen joins the groups, the break is the cell's width
			}
			// "49.152.77.\n156": an address wrapped before its fourth part.
			if mark == '.' && sp == 0 && len(t.g) == 3 && k+1 < len(s) && s[k] == '\n' && isDigit(s[k+1]) && s[t.g[0].end] == '.' && s[t.g[1].end] == '.' {
				k++
			}
		} else if n := middleDot(s, k); n > 0 {
			// "900101·1234567": a middle dot typed for the hyphen. It
			// separates groups but never makes them one code.
			mark = 'm'
			k += n
		}
		if k == j || k >= len(s) || !isDigit(s[k]) {
			break
		}
		// A slash joins a date (1990/01/15) but also separates a list
		// (010-…/010-…), so it never makes a group part of a longer code.
		t.tight = append(t.tight, sp == 0 && (mark == '-' || mark == '.'))
		i = k
	}
}

// spacedPlate matches a plate typed with its digits spaced apart ("1 2 가
// 3 4 5 6", "12가 34 56"): 2 or 3 digits, a plate syllable, 4 digits,
// single spaces anywhere between them and at least one inside a group of
// digits, as a plain plate never has. It returns the end, or 0.
func spacedPlate(s string, i int) int {
	j, front, inner := i, 0, false
	for j < len(s) && isDigit(s[j]) && front <= 3 {
		front++
		j++
		if j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) {
			inner = true
			j++
		}
	}
	if front < 2 || front > 3 || i > 0 && (isDigit(s[i-1]) || s[i-1] == '-' || s[i-1] == '.') {
		return 0
	}
	if j < len(s) && s[j] == ' ' {
		j++
	}
	r, size := utf8.DecodeRuneInString(s[j:])
	if size != 3 || !strings.ContainsRune(plateSyllables, r) {
		return 0
	}
	j += size
	if j < len(s) && s[j] == ' ' {
		j++
	}
	back := 0
	for j < len(s) && isDigit(s[j]) && back < 4 {
		back++
		j++
		if back < 4 && j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) {
			inner = true
			j++
		}
	}
	if back != 4 || !inner || j < len(s) && (isDigit(s[j]) || s[j] == '-' || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])) {
		return 0
	}
	return j
}

// maskPlateSpaced keeps a spaced plate's front digits and syllable and
// stars the four digits after it.
func maskPlateSpaced(v string) string {
	var b strings.Builder
	seen := false
	for _, r := range v {
		switch {
		case isHangul(r):
			seen = true
			b.WriteRune(r)
		case seen && r >= '0' && r <= '9':
			b.WriteByte('*')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cellAlone reports whether [a, b) fills its cell: a line, or what pipes
// or tabs bound, spaces aside.
func cellAlone(s string, a, b int) bool {
	for a > 0 && s[a-1] == ' ' {
		a--
	}
	for b < len(s) && s[b] == ' ' {
		b++
	}
	open := a == 0 || s[a-1] == '\n' || s[a-1] == '\t' || s[a-1] == '|'
	shut := b == len(s) || s[b] == '\n' || s[b] == '\t' || s[b] == '|' || s[b] == '\r'
	return open && shut
}

// recordLandlines masks the telephones alone in their cells that stand
// in a record with a person's values: anywhere on a table's row, or, one
// cell to a line, on the five lines
// above it that no row's number (a line of digits alone) separates from
// it. A telephone in a record with a person's date of birth, registration
// number, mobile or account is that person's ("…\n2007. 1. 1.\n조현병\n…
// \n(031)7451-5024").
func (sc *scanner) recordLandlines() {
	if len(sc.lands) == 0 {
		return
	}
	var ends, named []int
	for _, h := range sc.hits {
		switch h.typ {
		case TypeBirthDate, TypeRRN, TypeFRN, TypeMobile, TypeAccount:
			ends = append(ends, h.end)
		case TypeName:
			named = append(named, h.end)
		}
	}
	sort.Ints(named)
	sort.Ints(ends)
	s := sc.s
	for _, l := range sc.lands {
		from := l.start
		ls, _ := bolWithin(s, l.start, 400)
		le := eolWithin(s, l.start, 400)
		row := strings.ContainsAny(s[ls:le], "|\t")
		if row {
			from = ls // a table's row is its record
		}
		for lines := 0; !row && lines < 6 && from > 0; lines++ {
			k := strings.LastIndexByte(s[:from-1], '\n')
			if lines > 0 && strings.Trim(strings.TrimSpace(s[k+1:from-1]), "0123456789.") == "" && strings.TrimSpace(s[k+1:from-1]) != "" {
				break // the row's number opens the record
			}
			if k < 0 {
				from = 0
				break
			}
			from = k + 1
		}
		// A value ending in [from, l.start), or after it on its row.
		to := l.start
		if row {
			to = le
		}
		if k := sort.SearchInts(ends, from+1); k < len(ends) && ends[k] <= to {
			sc.hits = append(sc.hits, l)
			continue
		}
		// A row of a list of people ("4 금지혜 망원동 02-9748-5601 서명",
		// "| 3 | 맹승희 | 상계3동 | (044)945-7575 |"): a citizen's name
		// before the telephone on its own line or row makes it theirs.
		if k := sort.SearchInts(named, from+1); k < len(named) && named[k] <= l.start {
			sc.hits = append(sc.hits, l)
		}
	}
}

// rowLine reports a line that reads as a row of a table whose cells a
// PDF's text layer ran together: it opens with a row's number and a word
// ("4 금지혜 망원동 02-…"), or holds a run of spaces between cells.
func rowLine(s string, i int) bool {
	ls, ok := bolWithin(s, i, 400)
	if !ok {
		return false
	}
	t := s[ls:i]
	k := 0
	for k < len(t) && k < 3 && isDigit(t[k]) {
		k++
	}
	if k > 0 && k < len(t) && t[k] == ' ' && k+1 < len(t) && !isDigit(t[k+1]) && t[k+1] != '.' {
		return true
	}
	return strings.Contains(strings.TrimLeft(t, " "), "  ")
}

// middleDot returns the length of a middle dot at i (·, ㆍ, ‧, ・), or 0.
func middleDot(s string, i int) int {
	for _, d := range []string{"·", "ㆍ", "‧", "・"} {
		if strings.HasPrefix(s[i:], d) {
			return len(d)
		}
	}
	return 0
}

// digitsOf concatenates the digits of groups a..b-1.
func (t *token) digits(s string, a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		sb.WriteString(s[t.g[k].start:t.g[k].end])
	}
	return sb.String()
}

// lensFrom returns the group lengths from a, up to n of them.
func (t *token) lensFrom(a, n int) []int {
	out := t.lbuf[:0]
	for k := a; k < len(t.g) && k < a+n; k++ {
		out = append(out, t.g[k].len())
	}
	return out
}

func eqInts(a []int, b ...int) bool {
	if len(a) < len(b) {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// number handles a digit run starting at i and returns where to continue.
func (sc *scanner) number(i int) int {
	s := sc.s
	if i > 0 && s[i-1] >= 'A' && s[i-1] <= 'Z' {
		if e := sc.sloppy(i); e > 0 {
			return e // "A047****"
		}
		if e := sc.passport(i - 1); e > 0 {
			return e
		}
	}
	if e := sc.addressAt(i); e > 0 {
		return e
	}
	if e := spacedPlate(s, i); e > 0 {
		sc.add(i, e, TypePlate, "plate.spaced", 0.8, maskPlateSpaced(s[i:e]))
		return e
	}
	if e := ipv6(s, i); e > i {
		sc.add(i, e, TypeIP, "ip.v6", 0.85, s[i:i+strings.IndexByte(s[i:e], ':')]+":****")
		return e
	}
	if e := sc.sloppy(i); e > 0 {
		return e
	}
	t := &sc.tok
	readToken(s, i, t)
	for a := 0; a < len(t.g); a++ {
		// A match may not start in the middle of a hyphenated code.
		if a > 0 && t.tight[a-1] {
			continue
		}
		before := len(sc.hits)
		if n := sc.matchAt(t, a); n > 0 {
			e := t.g[a+n-1].end
			// A match may consume groups without a hit (a public business
			// number), or a hit may reach past them (a plate's syllable).
			if len(sc.hits) > before {
				if h := sc.hits[len(sc.hits)-1]; h.end > e {
					e = h.end
				}
			}
			return e
		}
	}
	// Nothing starts inside this token: skip all of it, so that no detector
	// reads the tail of a longer code as a value of its own.
	return t.g[len(t.g)-1].end
}

// followsTight reports whether groups a..a+n-1 are followed by a tight
// separator and more digits, which makes them part of a longer code.
func (t *token) followsTight(a, n int) bool {
	k := a + n - 1
	return k < len(t.tight) && t.tight[k]
}

// matchAt tries every numeric detector on the groups from a; it returns
// the number of groups consumed, 0 for none.
func (sc *scanner) matchAt(t *token, a int) int {
	s := sc.s
	l := t.lensFrom(a, 5)
	g0 := t.g[a]
	if a > 0 && l[0] <= 4 {
		// An apartment unit after a date or another number on the line.
		if e := sc.unitAddress(g0.start); e > 0 {
			return 1
		}
	}
	// The context words are read only when a shape matched: most digit
	// runs in official text (article numbers, dates) never need them.
	var preText string
	preDone := false
	pre := func() string {
		if !preDone {
			preText, preDone = ctxBefore(s, g0.start, 72), true
			if h := sc.colCtx(g0.start); h != "" {
				preText = h + " " + preText
			}
		}
		return preText
	}

	// A date of birth written as a date before the back seven digits
	// ("90.01.01-1234567").
	if eqInts(l, 2, 2, 2, 7) && !t.followsTight(a, 4) {
		d := t.digits(s, a, a+4)
		if typ, conf, ok := rrnCheck(d); ok && !hasAny(pre(), kwCorporate) {
			sc.add(g0.start, t.g[a+3].end, typ, "rrn.dotted_date", conf, d[:6]+"-"+d[6:7]+"******")
			return 4
		}
	}
	// A registration number a PDF's text layer split with a stray space
	// ("580104-1 065718", "76021 0-2215940"): three groups of thirteen
	// digits whose first six end at a group's end, a hyphen among them.
	if n := strayRRN(l); n > 0 && !t.followsTight(a, n) && strings.ContainsRune(s[g0.start:t.g[a+n-1].end], '-') {
		d := t.digits(s, a, a+n)
		if typ, conf, ok := rrnCheck(d); ok && !hasAny(pre(), kwCorporate) && !bankIn(pre()) {
			sc.add(g0.start, t.g[a+n-1].end, typ, "rrn.stray_space", conf, d[:6]+"-"+d[6:7]+"******")
			return n
		}
	}
	// Resident / foreigner registration number: 6+7 or 13.
	if n := count(l, 13); n > 0 && n <= 2 && (n == 1 || l[0] == 6) && !t.followsTight(a, n) {
		d := t.digits(s, a, a+n)
		if typ, conf, ok := rrnCheck(d); ok {
			if n == 1 && bankIn(pre()) && !hasAny(pre(), kwRRN) && !hasAny(pre(), kwFRN) {
				// A 13-digit account number in a bank context.
			} else if hasAny(pre(), kwCorporate) || !hasAny(pre(), kwRRN) && corporateHeader(s, g0.start, 8) && ((d[6] == '0' || d[6] == '9') || corpNear(s, g0.start)) {
				// A corporate registration number (법인등록번호) is public:
				// named before it, or above it in a table's header when
				// its seventh digit is no living resident's (0 or 9).
			} else {
				sc.add(g0.start, t.g[a+n-1].end, typ, "rrn.date_gender", conf, d[:6]+"-"+d[6:7]+"******")
				return n
			}
		}
	}
	// Cards: 4-4-4-4 or 16 digits, 4-6-5 or 15 (Amex), 4-6-4 (Diners).
	if n := cardShape(l); n > 0 && !t.followsTight(a, n) {
		d := t.digits(s, a, a+n)
		ctxCard := hasAny(pre(), kwCard)
		if luhn(d) && (ctxCard || !hasAny(pre(), kwBudget)) && (ctxCard || !bankIn(pre()) || n > 1) {
			sc.add(g0.start, t.g[a+n-1].end, TypeCard, "card.luhn", 0.95, d[:4]+"-****-****-"+d[len(d)-4:])
			return n
		}
		// Four groups of four are a card's shape whatever the checksum
		// (a mistyped or redacted-by-hand number still points at its
		// holder), unless a budget line explains them.
		if n == 4 && (ctxCard || !hasAny(pre(), kwBudget)) {
			// Masked, but a checksum that fails is a guess (a mistyped
			// card, or another number): a person confirms it.
			sc.add(g0.start, t.g[a+n-1].end, TypeCard, "card.context", 0.6, d[:4]+"-****-****-"+d[len(d)-4:])
			return n
		}
	}
	// Driver licences: RR-YY-NNNNNN-CC with region 11-28, or 12 digits
	// near 면허, or a region name followed by YY-NNNNNN-CC.
	if n := licenceShape(l); n > 0 && !t.followsTight(a, n) {
		d := t.digits(s, a, a+n)
		reg := int(d[0]-'0')*10 + int(d[1]-'0')
		if reg >= 11 && reg <= 28 && (n == 4 || hasAny(pre(), kwLicence)) {
			sc.add(g0.start, t.g[a+n-1].end, TypeLicence, "licence.region", 0.9, d[:2]+"-**-******-**")
			return n
		}
	}
	if eqInts(l, 2, 6, 2) && !t.followsTight(a, 3) && regionBefore(pre()) {
		sc.add(g0.start, t.g[a+2].end, TypeLicence, "licence.region_name", 0.85, "**-******-**")
		return 3
	}
	// Mobile phones, with an optional "(010)" area.
	if n := mobileShape(l); n > 0 && !t.followsTight(a, n) {
		d := t.digits(s, a, a+n)
		if isMobilePrefix(d) {
			st := g0.start
			if n > 1 && st > 0 && s[st-1] == '(' && g0.end < len(s) && s[g0.end] == ')' {
				st-- // "(010)1234-5678"; "(01012345678)" keeps its bracket
			}
			sc.add(st, t.g[a+n-1].end, TypeMobile, "mobile.shape", 0.95, phoneMask(d[:3], len(d)-7, d[len(d)-4:]))
			return n
		}
	}
	// A mobile number that lost its leading zero, as a spreadsheet's
	// number cell drops it ("10-2345-6789", "10 2345 6789"): the shape is
	// a mobile's and nothing else's.
	if eqInts(l, 2, 4, 4) && s[g0.start:g0.end] == "10" && !t.followsTight(a, 3) && (g0.start == 0 || !isDigit(s[g0.start-1]) && s[g0.start-1] != '-' && s[g0.start-1] != '.') &&
		!strings.HasSuffix(s[:g0.start], "제") && !strings.HasPrefix(s[t.g[a+2].end:], "호") {
		d := "0" + t.digits(s, a, a+3)
		sc.add(g0.start, t.g[a+2].end, TypeMobile, "mobile.no_zero", 0.8, phoneMask(d[1:3], 4, d[len(d)-4:]))
		return 3
	}
	// A mobile whose digits a PDF's text layer split with a stray space
	// ("010-9 031-6942", "010 5515 8 704"): its groups, read on, make the
	// eleven digits of a mobile exactly, and no group follows.
	if n := strayMobile(l); n > 0 && !t.followsTight(a, n) {
		if d := t.digits(s, a, a+n); isMobilePrefix(d) {
			sc.add(g0.start, t.g[a+n-1].end, TypeMobile, "mobile.stray_space", 0.85, phoneMask(d[:3], len(d)-7, d[len(d)-4:]))
			return n
		}
	}
	// "전화(4566-7024)", "자택 전화 583-5601": a local number, its area
	// code left out, right after a word for a telephone.
	if len(l) == 2 && (l[0] == 3 || l[0] == 4) && l[1] == 4 && !nationalNumber(s[g0.start:g0.end]) && phoneWordBefore(s, g0.start) {
		sc.add(g0.start, t.g[a+1].end, TypeLandline, "landline.local", 0.8, strings.Repeat("*", l[0])+"-"+s[t.g[a+1].start:t.g[a+1].end])
		return 2
	}
	// Landlines, when the context makes them a person's.
	if n, area := landShape(s, t, a, l); n > 0 && !t.followsTight(a, n) {
		st := g0.start
		if n > 1 && st > 0 && s[st-1] == '(' && g0.end < len(s) && s[g0.end] == ')' {
			st--
		}
		d := t.digits(s, a, a+n)
		mask := phoneMask(d[:area], len(d)-area-4, d[len(d)-4:])
		if personalLine(pre(), after(s, t.g[a+n-1].end, 16)) {
			sc.add(st, t.g[a+n-1].end, TypeLandline, "landline.context", 0.85, mask)
			return n
		}
		if (cellAlone(s, st, t.g[a+n-1].end) || rowLine(s, st)) && !hasAny(pre(), kwLandOffice) {
			sc.lands = append(sc.lands, hit{start: st, end: t.g[a+n-1].end, typ: TypeLandline, rule: "landline.record", conf: 0.8, mask: mask})
		}
	}
	// IPv4 in context, or unmistakable without.
	if n := ipShape(s, t, a, l); n > 0 {
		ctx := hasAny(pre(), kwIP) || hasAny(ctxBefore(s, g0.start, 72)+" "+sc.colCtx(g0.start), kwIP) || sc.ipListed(g0.start)
		tot := l[0] + l[1] + l[2] + l[3]
		if ctx || (tot >= 8 && !strings.HasSuffix(pre(), "제") && !strings.HasSuffix(pre(), "v")) {
			conf := 0.9
			if !ctx {
				conf = 0.7
			}
			e := t.g[a+3].end
			sc.add(g0.start, e, TypeIP, "ip.octets", conf, s[g0.start:g0.end]+".***.***.***")
			return n
		}
	}
	// A business registration number (3-2-5) is public, unless 계좌
	// itself names it.
	if eqInts(l, 3, 2, 5) && t.tight[a] && t.tight[a+1] && !t.followsTight(a, 3) && (hasAny(pre(), kwBizNo) || !strings.Contains(pre(), "계좌")) {
		return 3
	}
	// Bank accounts: 10 to 14 digits near a bank word. A landline shape
	// needs 계좌 itself, since office numbers sit beside bank names.
	if n := accountShape(t, a, l); n > 0 && !t.followsTight(a, n) {
		post := strings.TrimLeft(after(s, t.g[a+n-1].end, 48), " ")
		// A bank named right after the number qualifies it, in brackets or
		// bare when no other account-length number follows the name.
		bankParen := strings.HasPrefix(post, "(") && hasAny(post[:min(len(post), 24)], kwBankName)
		bankBare := hasPrefixAny(post, kwBankFirst) && !accountNext(post) && hasAny(post[:min(len(post), 24)], kwBankName)
		bankAfter := bankParen || bankBare
		ok := bankIn(pre()) || bankAfter || bankLineBefore(s, g0.start)
		if ln, _ := landShape(s, t, a, l); ln > 0 && !t.followsTight(a, ln) && (!strings.Contains(pre(), "계좌") && !bankAfter || hasAny(pre(), kwLandOffice)) {
			ok = false
		}
		if ok && !bankParen && lastAny(pre(), kwBudget) > lastBank(pre()) {
			ok = false // a budget code, whatever bank follows
		}
		if ok && lastAny(pre(), kwBillNo) > lastBank(pre()) {
			ok = false // "가상계좌 납부: 고지서 번호 24-2026-…": the bill's number
		}
		if ok && orgHolder(post) {
			ok = false // "(예금주: 서울특별시 …)": the organization's own account
		}
		if ok {
			e := t.g[a+n-1].end
			sc.add(g0.start, e, TypeAccount, "account.bank_context", 0.85, maskKeepLast(s[g0.start:e], 4))
			return n
		}
	}
	// An account typed with spaces, after its bank: "카카오뱅크 5835 - 60 -
	// 3572771", "카카오뱅크,5280 73 0326971".
	if n := spacedAccount(s, t, a); n > 0 && bankIn(pre()) && lastAny(pre(), kwBudget) <= lastBank(pre()) {
		{
			e := t.g[a+n-1].end
			sc.add(g0.start, e, TypeAccount, "account.bank_spaced", 0.8, maskKeepLast(s[g0.start:e], 4))
			return n
		}
	}
	// Two groups a space apart right after the bank's name: "토스뱅크 9916
	// 07331105", "대구은행 659 724920618", "카카오뱅크\n540 5018920654".
	if len(l) >= 2 && l[0] >= 3 && l[0] <= 4 && l[0]+l[1] >= 11 && l[0]+l[1] <= 14 && s[g0.start] != '0' && !t.followsTight(a, 2) &&
		strings.Trim(s[g0.end:t.g[a+1].start], " ") == "" && g0.end < t.g[a+1].start && bankRightBefore(s, g0.start) {
		e := t.g[a+1].end
		sc.add(g0.start, e, TypeAccount, "account.bank_spaced", 0.8, maskKeepLast(s[g0.start:e], 4))
		return 2
	}
	// Dates of birth.
	if n, e := sc.birthDate(t, a, l); n > 0 {
		sc.add(g0.start, e, TypeBirthDate, "birth.context", 0.85, Mask(TypeBirthDate, s[g0.start:e]))
		return n
	}
	// Vehicle plates: 12가3456, 123가4567, 서울12가3456.
	if e, conf := plateAt(s, g0, pre); e > 0 {
		sc.add(g0.start, e, TypePlate, "plate.shape", conf, s[g0.start:g0.end]+plateSyllable(s, g0.end)+"****")
		return 1
	}
	return 0
}

// count returns how many leading groups of l sum to total digits, or 0.
func count(l []int, total int) int {
	sum := 0
	for k, v := range l {
		sum += v
		if sum == total {
			return k + 1
		}
		if sum > total {
			return 0
		}
	}
	return 0
}

// rrnCheck validates a 13-digit candidate: the date must exist and the
// gender digit must be known. The checksum only raises confidence, since
// numbers issued since October 2020 carry none.
func rrnCheck(d string) (typ string, conf float64, ok bool) {
	g := d[6]
	var century int
	switch g {
	case '1', '2', '5', '6':
		century = 1900
	case '3', '4', '7', '8':
		century = 2000
	case '9', '0':
		century = 1800
	default:
		return "", 0, false
	}
	yy := int(d[0]-'0')*10 + int(d[1]-'0')
	mm := int(d[2]-'0')*10 + int(d[3]-'0')
	dd := int(d[4]-'0')*10 + int(d[5]-'0')
	if !validDate(century+yy, mm, dd) {
		return "", 0, false
	}
	typ = TypeRRN
	if g >= '5' && g <= '8' {
		typ = TypeFRN
	}
	conf = 0.9
	if rrnChecksum(d) {
		conf = 0.99
	}
	return typ, conf, true
}

func rrnChecksum(d string) bool {
	w := [12]int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i := 0; i < 12; i++ {
		sum += int(d[i]-'0') * w[i]
	}
	return (11-sum%11)%10 == int(d[12]-'0')
}

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		days = 29
	}
	return d <= days
}

// mobileShape returns how many groups form a mobile number: 3-4-4, 3-3-4
// or one run of 10 or 11 digits.
func mobileShape(l []int) int {
	switch {
	case eqInts(l, 3, 4, 4), eqInts(l, 3, 3, 4):
		return 3
	case eqInts(l, 3, 8), eqInts(l, 7, 4):
		return 2 // "010-77341160", "0107734-1160": a separator lost
	case len(l) >= 1 && (l[0] == 11 || l[0] == 10):
		return 1
	}
	return 0
}

// strayRRN returns 3 when the first three groups make thirteen digits
// that split after six, as a registration number split once more does,
// or 0.
func strayRRN(l []int) int {
	if len(l) < 3 || l[0]+l[1]+l[2] != 13 || l[0] == 6 && l[1] == 7 {
		return 0
	}
	if l[0] == 6 || l[0]+l[1] == 6 {
		return 3
	}
	return 0
}

// strayMobile returns how many groups from the first make a mobile's
// digits when a stray space split one of them: three to five groups, the
// first of three digits, eleven digits in all (ten after 011, 016 …), or
// 0.
func strayMobile(l []int) int {
	if len(l) < 3 || l[0] != 3 {
		return 0
	}
	sum := 0
	for k := 0; k < len(l) && k < 5; k++ {
		sum += l[k]
		if sum >= 10 && k >= 2 {
			if sum == 11 || sum == 10 && l[k] == 4 {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

func isMobilePrefix(d string) bool {
	if len(d) < 10 || d[0] != '0' || d[1] != '1' {
		return false
	}
	switch d[2] {
	case '0':
		return true
	case '1', '6', '7', '8', '9':
		return true
	}
	return false
}

func phoneMask(area string, mid int, last4 string) string {
	return area + "-" + strings.Repeat("*", mid) + "-" + last4
}

// plus handles +82 international numbers.
func (sc *scanner) plus(i int) int {
	s := sc.s
	j := i + 1
	if !strings.HasPrefix(s[j:], "82") {
		return j
	}
	if e := sc.sloppy(j); e > 0 {
		return e // "+82-10-36**-3247"
	}
	j += 2
	for j < len(s) && (s[j] == ' ' || s[j] == '-' || s[j] == '.') && j < i+6 {
		j++
	}
	if j < len(s) && s[j] == '(' { // +82 (0)10
		if strings.HasPrefix(s[j:], "(0)") {
			j += 3
		}
	}
	if j >= len(s) || !isDigit(s[j]) {
		return i + 1
	}
	t := &sc.tok
	readToken(s, j, t)
	l := t.lensFrom(0, 3)
	n := 0
	switch {
	case eqInts(l, 2, 4, 4), eqInts(l, 2, 3, 4), eqInts(l, 3, 4, 4), eqInts(l, 3, 3, 4), eqInts(l, 1, 4, 4), eqInts(l, 1, 3, 4):
		n = 3
	case len(l) >= 1 && l[0] >= 8 && l[0] <= 11:
		n = 1
	}
	if n == 0 || t.followsTight(0, n) {
		return j
	}
	d := t.digits(s, 0, n)
	if d[0] != '0' {
		d = "0" + d // +82 10 … drops the trunk 0; +82 010 … keeps it
	}
	if !isMobilePrefix(d) {
		// A landline abroad-dialled: +82 2 …, +82 64 ….
		area := 3
		if strings.HasPrefix(d, "02") {
			area = 2
		}
		if isArea(d[:area]) && len(d)-area >= 7 {
			sc.add(i, t.g[n-1].end, TypeLandline, "landline.intl", 0.9, phoneMask(d[:area], len(d)-area-4, d[len(d)-4:]))
			return t.g[n-1].end
		}
		return j
	}
	sc.add(i, t.g[n-1].end, TypeMobile, "mobile.intl", 0.95, phoneMask(d[:3], len(d)-7, d[len(d)-4:]))
	return t.g[n-1].end
}

// passport matches a Korean passport number at i: a type letter and 8
// digits (M12345678) or the 2021 form M123A4567.
func (sc *scanner) passport(i int) int {
	s := sc.s
	switch s[i] {
	case 'M', 'S', 'R', 'O', 'D', 'G', 'T':
	default:
		return 0
	}
	if i > 0 && (isAlnum(s[i-1]) || s[i-1] == '-') {
		return 0
	}
	j := i + 1
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	switch {
	case j-i-1 == 8:
	case j-i-1 == 3 && j < len(s) && s[j] >= 'A' && s[j] <= 'Z' && digitsAt(s, j+1) == 4:
		j += 5
	default:
		return 0
	}
	if j < len(s) && (isAlnum(s[j]) || s[j] == '-') {
		return 0
	}
	conf := 0.8
	if hasAny(before(s, i, 40), []string{"여권", "passport", "Passport", "PASSPORT"}) {
		conf = 0.95
	}
	sc.add(i, j, TypePassport, "passport.shape", conf, s[i:i+1]+strings.Repeat("*", j-i-1))
	return j
}

func digitsAt(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return j - i
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// accountNext reports whether the bank name that starts post is followed
// by an account-length number (ten digits or more, hyphens allowed),
// perhaps after 계좌 or a colon: the name then belongs to that number
// ("02-2133-7666 부산은행 6051723476769"), not to the one before.
func accountNext(post string) bool {
	k := strings.IndexByte(post, ' ')
	if k < 0 {
		return false
	}
	rest := strings.TrimLeft(post[k:], " ")
	for _, w := range []string{"계좌번호", "계좌", ":"} {
		if strings.HasPrefix(rest, w) {
			rest = strings.TrimLeft(rest[len(w):], " :")
		}
	}
	n := 0
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case isDigit(c):
			n++
		case c == '-' && n > 0:
		default:
			return n >= 10
		}
	}
	return n >= 10
}

// orgHolder reports an account holder after the number that is an
// organization: "(예금주: 서울특별시 강서구)", "예금주 ○○구청".
func orgHolder(post string) bool {
	k := strings.Index(post, "예금주")
	if k < 0 || k > 12 {
		return false
	}
	h := strings.TrimLeft(post[k+len("예금주"):], " :：")
	return hasPrefixAny(h, []string{"서울특별시", "서울시", "○○"}) || hasAny(h[:min(len(h), 40)], []string{"구청", "시청", "군청", "특별시", "광역시", "(주)", "주식회사", "재단", "공단", "공사", "센터"})
}

// sloppy handles a value that a person masked only in part, so that it
// still leaks: "881007-2774***", "010-90**-3066", "3565-7057-****-5844",
// "4908**-1775438". It reads groups of digits and '*' and, when their
// shape is an identifier's, masks the value again by the one rule. It
// returns the end, or 0 when the token holds no '*' or no such shape.
func (sc *scanner) sloppy(i int) int {
	s := sc.s
	// "****19-2725292", "******-1291353": the stars before the first
	// digit are part of the value.
	if i >= 2 && s[i-1] == '-' && s[i-2] == '*' {
		i-- // "******-1291353": the birth date starred whole
	}
	for i > 0 && s[i-1] == '*' {
		i--
	}
	var gs []group
	j := i
	stars, digits := 0, 0
	for len(gs) < 5 {
		k := j
		for k < len(s) && (isDigit(s[k]) || s[k] == '*') {
			if s[k] == '*' {
				stars++
			} else {
				digits++
			}
			k++
		}
		if k == j {
			break
		}
		gs = append(gs, group{j, k})
		// A card is also written in groups of four apart: "4518 0627 **** 7768".
		// A mobile too: "010 40** 2556", "(010)82**-9988".
		mobileSep := k < len(s) && len(gs) == 1 && k-j == 3 && strings.HasPrefix(s[j:k], "01") && (s[k] == ' ' || s[k] == ')' && j > 0 && s[j-1] == '(')
		if k+1 < len(s) && (s[k] == '-' || s[k] == '.' || mobileSep || s[k] == ' ' && k-j == 4 && (len(gs) > 1 || k+5 <= len(s) && s[k+1:k+5] != "    ")) && (isDigit(s[k+1]) || s[k+1] == '*') {
			j = k + 1
			continue
		}
		break
	}
	if stars == 0 || len(gs) == 0 || digits < 4 && !(digits == 3 && len(gs) == 1 && i > 0 && isLatinUpper(s[i-1])) {
		return 0 // digits < 4: only "A047****", a passport, shows so few
	}
	end := gs[len(gs)-1].end
	if end < len(s) && (isAlnum(s[end]) || s[end] == '*') {
		return 0
	}
	l := make([]int, len(gs))
	for k, g := range gs {
		l[k] = g.len()
	}
	v := s[i:end]
	pre := ctxBefore(s, i, 72) + " " + sc.colCtx(i)
	keep := func(n int) string { // the first n characters, digits or stars
		var b strings.Builder
		for k := 0; k < len(v) && n > 0; k++ {
			if isDigit(v[k]) || v[k] == '*' {
				b.WriteByte(v[k])
				n--
			}
		}
		return b.String()
	}
	last4 := func() string {
		d := strings.NewReplacer("-", "", ".", "").Replace(v)
		return d[len(d)-4:]
	}
	// Stars over everything the rule hides: a proper mask, left alone.
	allStars := func(g group) bool { return strings.Trim(s[g.start:g.end], "*") == "" }
	switch {
	case len(l) == 1 && (l[0] == 11 || l[0] == 10) && strings.HasPrefix(v, "01") && strings.Trim(v[3:l[0]-4], "*") == "" && strings.Trim(v[l[0]-4:], "0123456789") == "",
		(eqInts(l, 6, 7) || len(l) == 1 && l[0] == 13) && strings.HasSuffix(v, "******"),
		(eqInts(l, 3, 4, 4) || eqInts(l, 3, 3, 4) || eqInts(l, 2, 4, 4) || eqInts(l, 2, 3, 4)) && allStars(gs[1]),
		eqInts(l, 4, 4, 4, 4) && allStars(gs[1]) && allStars(gs[2]),
		eqInts(l, 4, 6, 5) && allStars(gs[1]) && strings.Count(s[gs[2].start:gs[2].end], "*") >= 1:
		return end
	}
	if eqInts(l, 6, 6) && strings.Contains(s[gs[1].start:gs[1].end], "*") {
		l = []int{6, 7} // "960223-566***": a serial cut short, masked in part
	}
	switch {
	case eqInts(l, 6, 7) || len(l) == 1 && l[0] == 13:
		d := keep(7)
		if !strings.ContainsRune(d[:6], '*') && d[6] >= '1' && d[6] <= '8' {
			y := atoi(s, group{i, i + 2})
			typ, cent := TypeRRN, 1900
			if d[6] == '3' || d[6] == '4' || d[6] == '7' || d[6] == '8' {
				cent = 2000
			}
			if d[6] >= '5' {
				typ = TypeFRN
			}
			if validDate(cent+y, atoi(s, group{i + 2, i + 4}), atoi(s, group{i + 4, i + 6})) {
				sc.add(i, end, typ, "rrn.partly_masked", 0.9, d[:6]+"-"+d[6:7]+"******")
				return end
			}
		}
		if hasAny(pre, kwRRN) || hasAny(pre, kwFRN) {
			typ := TypeRRN
			if d[6] >= '5' && d[6] <= '8' || !hasAny(pre, kwRRN) {
				typ = TypeFRN
			}
			sc.add(i, end, typ, "rrn.partly_masked", 0.85, maskAll(v))
			return end
		}
		// "7311**-1540622": the birth date starred, the serial in full.
		// Six and seven with a sex digit first is a registration number's
		// shape, and its serial is what identifies.
		if len(l) == 2 && d[6] >= '1' && d[6] <= '8' && strings.Count(s[gs[1].start:gs[1].end], "*") <= 3 {
			typ := TypeRRN
			if d[6] >= '5' {
				typ = TypeFRN
			}
			sc.add(i, end, typ, "rrn.partly_masked", 0.85, "******-"+d[6:7]+"******")
			return end
		}
	case (eqInts(l, 3, 4, 4) || eqInts(l, 3, 3, 4) || len(l) == 1 && (l[0] == 11 || l[0] == 10)) && strings.HasPrefix(v, "01"):
		// "01044**4952": a mobile written without its hyphens, starred in part.
		st := i
		if strings.HasPrefix(v[3:], ")") {
			st-- // "(010)82**-9988": the bracket goes with the mask
		}
		sc.add(st, end, TypeMobile, "mobile.partly_masked", 0.9, v[:3]+"-****-"+last4())
		return end
	case (eqInts(l, 2, 2, 4, 4) || eqInts(l, 2, 2, 3, 4)) && strings.HasPrefix(v, "82-10") && i > 0 && s[i-1] == '+' && !allStars(gs[2]):
		// "+82-10-36**-3247": a mobile in the international form.
		sc.add(i-1, end, TypeMobile, "mobile.partly_masked", 0.9, "+82-10-****-"+last4())
		return end
	case (eqInts(l, 2, 4, 4) || eqInts(l, 2, 3, 4) || eqInts(l, 3, 4, 4) || eqInts(l, 3, 3, 4)) && v[0] == '0':
		area := v[:l[0]]
		sc.add(i, end, TypeLandline, "landline.partly_masked", 0.85, area+"-"+strings.Repeat("*", l[1])+"-"+last4())
		return end
	case eqInts(l, 4, 4, 4, 4) || eqInts(l, 4, 6, 5) || eqInts(l, 4, 6, 4):
		sc.add(i, end, TypeCard, "card.partly_masked", 0.9, keep(4)+"-****-****-"+last4())
		return end
	case len(l) == 4 && ipShown(s, gs):
		// "39.175.232.***": three octets shown name the subscriber's line.
		sc.add(i, end, TypeIP, "ip.partly_masked", 0.85, s[gs[0].start:gs[0].end]+"."+s[gs[1].start:gs[1].end]+".***.***")
		return end
	case len(l) == 1 && i >= 1 && isLatinUpper(s[i-1]) && l[0] >= 6 && l[0] <= 8 && isDigit(s[i]) && strings.Trim(strings.TrimRight(v, "*"), "0123456789") == "" &&
		(hasAny(pre, passportWords) || strings.Contains(pre, "여권")):
		// "A047****", "P3755****": a passport with its last digits starred.
		st := i - 1
		if st >= 1 && isLatinUpper(s[st-1]) {
			st--
		}
		if st > 0 && isAlnum(s[st-1]) {
			return 0
		}
		sc.add(st, end, TypePassport, "passport.partly_masked", 0.85, s[st:i]+strings.Repeat("*", end-i))
		return end
	case eqInts(l, 2, 2, 6, 2) && strings.Count(s[gs[2].start:gs[2].end], "*") < 6:
		// A driver's licence with part of its serial shown: "19-12-921***-73".
		sc.add(i, end, TypeLicence, "licence.partly_masked", 0.85, v[:2]+"-**-******-**")
		return end
	}
	if n := digits + stars; n >= 10 && n <= 16 && (bankIn(pre) || strings.Contains(pre, "계좌")) && digits > 4 {
		sc.add(i, end, TypeAccount, "account.partly_masked", 0.85, maskKeepLast(maskAll(v[:len(v)-4])+v[len(v)-4:], 4))
		return end
	}
	return 0
}

// ipListed reports an address at i that a list of them goes on with
// ("IP는 175.x.x.x 및 121.x.x.x": the last finding an IP just before it
// on the line), or that stands alone on its line under a label of its
// own ("신청 IP" then the address, as a form one field to a line has it).
func (sc *scanner) ipListed(i int) bool {
	s := sc.s
	if n := len(sc.hits); n > 0 {
		h := sc.hits[n-1]
		if h.typ == TypeIP && h.end <= i && i-h.end <= 12 && !strings.Contains(s[h.end:i], "\n") {
			return true
		}
	}
	if i > 0 && s[i-1] == '\n' {
		if p := lineBeforeLine(s, i); utf8.RuneCountInString(p) <= 12 && hasAny(p, kwIP) {
			return true
		}
	}
	return false
}

// ipShown reports four groups joined by dots that are an IPv4 address
// with only its last octet starred.
func ipShown(s string, gs []group) bool {
	for k, g := range gs {
		if g.len() < 1 || g.len() > 3 {
			return false
		}
		if k < 3 {
			if s[g.end] != '.' || strings.ContainsRune(s[g.start:g.end], '*') || atoi(s, g) > 255 {
				return false
			}
		} else if strings.Trim(s[g.start:g.end], "*") != "" {
			return false
		}
	}
	return true
}

// postcodeBefore returns where a postal code in brackets starts when one
// opens the address whose road or neighbourhood leads to i: "(47407)
// 서울특별시 은평구 연서로 " before the number. It looks back over at most
// four words of Hangul (and digits) on the same line, or returns -1.
func postcodeBefore(s string, i int) int {
	k := i
	for w := 0; w < 5; w++ {
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		if k >= 7 && s[k-1] == ')' && s[k-7] == '(' && digitsAt(s, k-6) == 5 {
			return k - 7
		}
		j := k
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !isHangul(r) && !(r >= '0' && r <= '9') {
				break
			}
			j -= size
		}
		if j == k {
			return -1
		}
		k = j
	}
	return -1
}

// addressAt matches an address whose building, lot or unit number starts
// at i: after its road or neighbourhood, on a hill (산783), or a unit
// alone. It returns the end, or 0.
func (sc *scanner) addressAt(i int) int {
	s := sc.s
	if i >= 4 && s[i-3:i] == "산" && s[i-4] == ' ' {
		// "신내동 산783": a lot on a hill, its 산 before the number.
		if ok, rule := roadBefore(s, i-3); ok && rule == "address.lot" {
			if e := sc.address(i, rule); e > 0 {
				sc.add(i-3, e, TypeAddress, rule, 0.85, maskReference(s[i-3:e]))
				return e
			}
		}
	}
	if i > 0 && (s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] >= 0x80) {
		if ok, rule := roadBefore(s, i); ok {
			if e := sc.address(i, rule); e > 0 {
				// Digits inside the road's name ("부평대로3길", "성수동1가")
				// are masked with the number, so no digit of the address
				// stays.
				st := i
				for k := i - 1; k > 0 && k > i-40; {
					r, size := utf8.DecodeLastRuneInString(s[:k])
					if !isHangul(r) && !(r >= '0' && r <= '9') {
						break
					}
					k -= size
					if isDigit(s[k]) {
						st = k
					}
				}
				if s[i-1] == '\n' && st < i {
					// The road ended the line before ("만리재로81길\n20"):
					// its digits are masked on their own line, so that no
					// finding runs over the line's end.
					sc.add(st, i-1, TypeAddress, rule, 0.85, maskDigits(s[st:i-1]))
					st = i
				}
				// A postal code just before the address's city or district
				// ("(47407) 서울특별시 은평구 연서로 309") narrows the home to
				// a few streets: it goes with it. The office's own address is
				// dropped whole later (dropPublic), its postcode with it.
				if p := postcodeBefore(s, st); p >= 0 {
					st = p
				}
				if rule == "address.apt" {
					// "SK뷰아파트 104-2403": the complex's name, Latin
					// letters and all, goes with its building and unit.
					k := i - 1
					for k > 0 && s[k-1] != ' ' && s[k-1] != '\t' && s[k-1] != '\n' {
						k--
					}
					st = k
				}
				mask := maskReference(s[st:e])
				if rule == "address.apt" {
					mask = Mask(TypeAddress, s[st:e])
				}
				sc.add(st, e, TypeAddress, rule, 0.85, mask)
				return e
			}
		}
	}
	if e := sc.unitAddress(i); e > 0 {
		return e
	}
	return 0
}

// phoneWordBefore reports a word for a telephone right before i, with at
// most a bracket, a colon and spaces between: "전화(", "자택 전화 ",
// "연락처: ". Office words (대표전화, 팩스, 문의) are no such word.
func phoneWordBefore(s string, i int) bool {
	k := i
	for k > 0 && i-k < 4 && (s[k-1] == ' ' || s[k-1] == '(' || s[k-1] == ':') {
		k--
	}
	if k == i && k > 0 && s[k-1] != '(' {
		return false
	}
	pre := s[max(0, k-16):k]
	if strings.HasSuffix(pre, "대표전화") || strings.HasSuffix(pre, "문의전화") || strings.HasSuffix(pre, "민원전화") {
		return false
	}
	for _, w := range []string{"전화", "전화번호", "연락처", "자택", "집 전화", "휴대전화", "유선"} {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return false
}

// nationalNumber reports the first group of a company's nationwide number
// (1588-, 1644-, 1899-…), which has no area code and is public.
func nationalNumber(g string) bool {
	return len(g) == 4 && (strings.HasPrefix(g, "15") || strings.HasPrefix(g, "16") || strings.HasPrefix(g, "18"))
}

// bankRightBefore reports a bank's name right before i, with at most a
// space, a slash or one line break between.
func bankRightBefore(s string, i int) bool {
	k := i
	for k > 0 && i-k < 3 && (s[k-1] == ' ' || s[k-1] == '/' || s[k-1] == '\n') {
		k--
	}
	if k == i {
		return false
	}
	st, n := hangulBack(s, k, 8)
	if n < 2 {
		return false
	}
	for st > 0 && isLatinUpper(s[st-1]) {
		st--
	}
	return bankWord(s[st:k])
}

// bankLineBefore reports a number that opens its line right after a
// line that ends with a bank's name: a row whose account the width of
// its cell pushed onto the next line ("… KB국민은행" then
// "04081996968939 4,612,000원").
func bankLineBefore(s string, i int) bool {
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t' || s[k-1] == '|') {
		k--
	}
	if k < 2 || s[k-1] != '\n' {
		return false
	}
	line := strings.TrimRight(s[:k-1], " \t|\r")
	w := line[strings.LastIndexAny(line, " \t|\n")+1:]
	w = strings.TrimPrefix(w, "(")
	return w != "" && bankWord(w)
}

// spacedDigits reads numbers whose characters a scan or a form set one
// space apart: "0 1 0 - 5 1 9 8 - 4 8 1 6", "8 0 0 3 1 9 - 1 3 1 8 4 8
// 3", "+ 8 2 - 1 0 - …". Each character stands alone between spaces; the
// run, squeezed, must be a registration number that passes its checks,
// or a mobile or a landline with its area code.
func (sc *scanner) spacedDigits() {
	s := sc.s
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if !isDigit(c) && c != '+' && c != '(' || i > 0 && isAlnum(s[i-1]) || s[i+1] != ' ' || !spacedTok(s, i) || !spacedTok(s, i+2) {
			continue
		}
		k := i
		var b []byte
		digits := 0
		for {
			b = append(b, s[k])
			if isDigit(s[k]) {
				digits++
			}
			if k+2 < len(s) && s[k+1] == ' ' && spacedTok(s, k+2) && len(b) < 24 {
				k += 2
				continue
			}
			break
		}
		end := k + 1
		if digits < 9 {
			i = end
			continue
		}
		sq := strings.NewReplacer("(", "", ")", "", ".", "-").Replace(string(b))
		d := onlyDigits(sq)
		switch {
		case len(d) == 13 && len(sq) == 14 && sq[6] == '-':
			if typ, conf, ok := rrnCheck(d); ok {
				sc.add(i, end, typ, "rrn.spaced_digits", conf, d[:6]+"-"+d[6:7]+"******")
			}
		case strings.HasPrefix(sq, "+82") && len(d) == 12 && strings.HasPrefix(d, "8210"):
			sc.add(i, end, TypeMobile, "mobile.spaced_digits", 0.85, phoneMask("010", 4, d[len(d)-4:]))
		case (len(d) == 10 || len(d) == 11) && isMobilePrefix(d):
			sc.add(i, end, TypeMobile, "mobile.spaced_digits", 0.85, phoneMask(d[:3], len(d)-7, d[len(d)-4:]))
		case len(d) >= 9 && len(d) <= 11 && d[0] == '0' && strings.Count(sq, "-") == 2:
			area := d[:3]
			if strings.HasPrefix(d, "02") {
				area = "02"
			}
			if isArea(area) {
				sc.add(i, end, TypeLandline, "landline.spaced_digits", 0.8, phoneMask(area, len(d)-len(area)-4, d[len(d)-4:]))
			}
		}
		i = end
	}
}

// spacedTok reports a character of a number standing alone at k: a
// space, a cell's end or the text's end follows it.
func spacedTok(s string, k int) bool {
	if k >= len(s) || strings.IndexByte("0123456789-+().", s[k]) < 0 {
		return false
	}
	return k+1 == len(s) || strings.IndexByte(" \t\n|,);", s[k+1]) >= 0 || s[k+1] >= 0x80
}

// corporateHeader reports a line above i, within the given number, that names a
// corporation's registration number and no resident's: the header of the
// table the number stands in.
func corporateHeader(s string, i, lines int) bool {
	ls := strings.LastIndexByte(s[:i], '\n')
	for k := 0; k < lines && ls > 0; k++ {
		ps := strings.LastIndexByte(s[:ls], '\n') + 1
		line := s[ps:ls]
		if hasAny(line, kwCorporate) && !hasAny(line, kwRRN) {
			return true
		}
		ls = ps - 1
	}
	return false
}

// corpNear reports a corporation named on the number's line or on one of
// the two lines before it: "(주)서해환경 634-62-88833 180111-…", or a
// table written a cell to a line.
func corpNear(s string, i int) bool {
	a := i
	for k := 0; k < 3 && a > 0; k++ {
		j := strings.LastIndexByte(s[:a], '\n')
		if j < 0 {
			a = 0
			break
		}
		a = j
	}
	e := strings.IndexByte(s[i:], '\n')
	if e < 0 {
		e = len(s) - i
	}
	return hasAny(s[a:i+e], corpMarks)
}
