package redact

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Types of personal data that Redact detects; Finding.Type is one of these.
const (
	TypeRRN       = "rrn"            // 주민등록번호
	TypeFRN       = "frn"            // 외국인등록번호
	TypeMobile    = "mobile"         // 휴대전화
	TypeLandline  = "landline"       // 유선전화 (personal context)
	TypeEmail     = "email"          // 전자우편
	TypeCard      = "card"           // 신용카드
	TypeAccount   = "account"        // 계좌번호
	TypePassport  = "passport"       // 여권번호
	TypeLicence   = "driver_licence" // 운전면허번호
	TypePlate     = "vehicle_plate"  // 자동차 등록번호
	TypeBirthDate = "birth_date"     // 생년월일
	TypeName      = "name"           // 성명 (citizens)
	TypeAddress   = "address"        // 도로명주소 건물번호·동호수
	TypeIP        = "ip"             // IP 주소
)

// Types returns every type Redact detects, in a stable order.
func Types() []string {
	return []string{TypeRRN, TypeFRN, TypeMobile, TypeLandline, TypeEmail, TypeCard, TypeAccount,
		TypePassport, TypeLicence, TypePlate, TypeBirthDate, TypeName, TypeAddress, TypeIP}
}

// Finding is one piece of personal data found in a text. Offsets are byte
// offsets into the input text given to Redact. The value itself is never
// kept.
type Finding struct {
	Type       string  `json:"type"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Rule       string  `json:"rule"`
	Layer      int     `json:"layer"`
	Confidence float64 `json:"confidence"`
}

// Options tune one call.
type Options struct {
	// Exempt lists officials' names (the drafter and approver acting in
	// their duty), which are public and not masked.
	Exempt []string
	// Public lists the organization's own identifiers, which it publishes
	// itself and which stay: its office numbers, e-mail domains and
	// addresses. The release policy holds them per organization.
	Public Public
}

// Public is an organization's allowlist of its own identifiers.
type Public struct {
	// Phones are prefixes of office numbers, digits only ("022133" for
	// 02-2133-xxxx, "02120" for 02-120); a telephone whose digits start
	// with one stays.
	Phones []string `json:"phones,omitempty"`
	// EmailDomains are domains whose addresses stay ("seoul.go.kr"; a
	// leading "." or a bare suffix such as "go.kr" matches subdomains).
	EmailDomains []string `json:"email_domains,omitempty"`
	// Addresses are office addresses ("세종대로 110"); spaces are ignored
	// when they are matched.
	Addresses []string `json:"addresses,omitempty"`
}

// Result is the masked text and what was found.
type Result struct {
	Text     string    `json:"text"`
	Findings []Finding `json:"findings"`
}

// Counts returns the number of findings per type: the part of the
// redaction report that may be public.
func (r Result) Counts() map[string]int {
	return Counts(r.Findings)
}

// Counts returns the number of findings per type.
func Counts(fs []Finding) map[string]int {
	m := make(map[string]int)
	for _, f := range fs {
		m[f.Type]++
	}
	return m
}

// ReviewConfidence is the confidence below which a finding should send its
// document to review even though it was masked: a card number that fails
// Luhn but sits after 카드, an IP or a plate without context words.
const ReviewConfidence = 0.75

// LowConfidence returns the findings below min confidence (normally
// ReviewConfidence); the pipeline sends a document with any of them to
// review.
func (r Result) LowConfidence(min float64) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Confidence < min {
			out = append(out, f)
		}
	}
	return out
}

// Redactor masks personal data. It is safe for concurrent use.
type Redactor struct {
	once sync.Once
	lx   *lexicon
}

// New returns a Redactor. Its word lists are read on first use (about
// 20 ms), so that a function that seldom redacts starts as fast as
// before; build one and share it.
func New() *Redactor { return &Redactor{} }

// lexicon returns the word lists, reading them the first time.
func (r *Redactor) lexicon() *lexicon {
	r.once.Do(func() { r.lx = loadLexicon() })
	return r.lx
}

// hit is a finding in normalised coordinates with its mask.
type hit struct {
	start, end int
	typ, rule  string
	conf       float64
	mask       string
}

// Redact masks every finding in text.
func (r *Redactor) Redact(text string, opts Options) Result {
	return r.redact(text, opts, nil)
}

// redact masks text; known carries names (and their masks) found earlier
// in the same document, and learns the new ones.
func (r *Redactor) redact(text string, opts Options, known map[string]string) Result {
	n := normalize(text)
	hits := scan(n.s, opts, known, r.lexicon())
	valid := n.valid
	if len(hits) == 0 {
		if !valid {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		return Result{Text: text, Findings: []Finding{}}
	}
	var b strings.Builder
	b.Grow(len(text))
	fs := make([]Finding, 0, len(hits))
	last := 0
	for _, h := range hits {
		os, oe := n.origStart(h.start), n.origEnd(h.end)
		if os < last {
			os = last
		}
		if oe <= os {
			continue
		}
		writeValid(&b, text[last:os], valid)
		b.WriteString(keepLines(text[os:oe], h.mask))
		last = oe
		fs = append(fs, Finding{Type: h.typ, Start: os, End: oe, Rule: h.rule, Layer: 1, Confidence: h.conf})
	}
	writeValid(&b, text[last:], valid)
	return Result{Text: b.String(), Findings: fs}
}

// keepLines returns mask with the line breaks of the value it replaces,
// at the same places, when the mask lost them ("011-724-\n3136", a cell
// wrapped at its hyphen, masked as one number): the output keeps the
// input's lines, which tables and offsets downstream rely on.
func keepLines(orig, mask string) string {
	n := strings.Count(orig, "\n")
	if n == 0 || strings.Count(mask, "\n") >= n {
		return mask
	}
	var b strings.Builder
	b.Grow(len(mask) + n)
	from := 0
	for i := 0; i < len(orig); i++ {
		if orig[i] != '\n' {
			continue
		}
		at := min(i, len(mask))
		for at < len(mask) && !utf8.RuneStart(mask[at]) {
			at++
		}
		at = max(at, from)
		b.WriteString(mask[from:at])
		b.WriteByte('\n')
		from = at
	}
	b.WriteString(mask[from:])
	return b.String()
}

// resolve sorts hits and drops overlaps, keeping the earlier, then longer.
func resolve(hs []hit) []hit {
	sort.SliceStable(hs, func(i, j int) bool {
		if hs[i].start != hs[j].start {
			return hs[i].start < hs[j].start
		}
		return hs[i].end > hs[j].end
	})
	out := hs[:0]
	end := -1
	for _, h := range hs {
		if h.start < end {
			continue
		}
		out = append(out, h)
		end = h.end
	}
	return out
}

// writeValid copies text, replacing invalid UTF-8 so that the output is
// always valid even when the input is not.
func writeValid(b *strings.Builder, s string, valid bool) {
	if !valid && !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	b.WriteString(s)
}
