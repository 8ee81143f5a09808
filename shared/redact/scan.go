package redact

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
		default:
			i++
		}
	}
}
