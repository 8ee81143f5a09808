package redact

import (
	"strings"
	"unicode/utf8"
)

// scanner is one pass over normalised text. Detection is keyed on a few
// trigger bytes (ASCII digits, '@', '+', '(' and Hangul marker syllables),
// so most of the text is skipped with a table lookup per byte.
type scanner struct {
	s    string
	opts Options
	hits []hit
}

func scan(s string, opts Options) []hit {
	sc := scanner{s: s, opts: opts}
	sc.run()
	sc.repeatNames()
	return resolve(sc.hits)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (sc *scanner) add(start, end int, typ, rule string, conf float64, mask string) {
	sc.hits = append(sc.hits, hit{start: start, end: end, typ: typ, rule: rule, conf: conf, mask: mask})
}

func (sc *scanner) run() {
	s := sc.s
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			i = sc.number(i)
		case c == '@':
			sc.email(i)
			i++
		case c == '+':
			i = sc.plus(i)
		case c >= 0xEA && c <= 0xED && i+2 < len(s):
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			switch r {
			case '님', '씨':
				sc.honorific(i)
			case '인', '명', '자', '름', '주', '함', '신', '람':
				sc.marker(i, 3)
			}
			i += 3
		default:
			i++
		}
	}
}

// repeatNames masks every later or earlier mention of a name found once
// with a marker or honorific, so that "홍길동 씨 … 홍길동은" leaks nothing.
func (sc *scanner) repeatNames() {
	s := sc.s
	seen := map[string]bool{}
	n := len(sc.hits)
	for k := 0; k < n; k++ {
		h := sc.hits[k]
		if h.typ != TypeName {
			continue
		}
		w := s[h.start:h.end]
		if seen[w] || len(w) < 6 {
			continue
		}
		seen[w] = true
		for from := 0; ; {
			j := strings.Index(s[from:], w)
			if j < 0 {
				break
			}
			j += from
			e := j + len(w)
			from = e
			if j == h.start {
				continue
			}
			if j > 0 {
				if r, _ := utf8.DecodeLastRuneInString(s[:j]); isHangul(r) {
					continue
				}
			}
			if r, _ := utf8.DecodeRuneInString(s[e:]); isHangul(r) && !hasPrefixAny(s[e:], particles) {
				continue
			}
			sc.add(j, e, TypeName, "name.repeat", 0.8, h.mask)
		}
	}
}
