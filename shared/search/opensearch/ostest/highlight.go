package ostest

import (
	"fmt"
	"html"
	"strings"
	"unicode/utf8"
)

// highlight builds fragments for the requested fields, escaping the text
// (encoder html) and wrapping matched terms in the given tags.
func (s *searcher) highlight(h *hitDoc, hl map[string]any) map[string]any {
	pre, post := "<em>", "</em>"
	if p := asList(hl["pre_tags"]); len(p) > 0 {
		pre = fmt.Sprint(p[0])
	}
	if p := asList(hl["post_tags"]); len(p) > 0 {
		post = fmt.Sprint(p[0])
	}
	escape := func(x string) string { return x }
	if hl["encoder"] == "html" {
		escape = html.EscapeString
	}
	fields, _ := hl["fields"].(map[string]any)
	out := map[string]any{}
	for f, opt := range fields {
		o, _ := opt.(map[string]any)
		size, frags, noMatch := 100, 5, 0
		if v, ok := o["fragment_size"].(float64); ok {
			size = int(v)
		}
		if v, ok := o["number_of_fragments"].(float64); ok {
			frags = int(v)
		}
		if v, ok := o["no_match_size"].(float64); ok {
			noMatch = int(v)
		}
		vals := values(h.d.src, f)
		if len(vals) == 0 {
			continue
		}
		text := vals[0]
		var spans [][2]int
		for _, t := range h.an.analyze(text) {
			if s.hl[f][t.term] {
				if n := len(spans); n > 0 && t.start <= spans[n-1][1] {
					spans[n-1][1] = max(spans[n-1][1], t.end)
				} else {
					spans = append(spans, [2]int{t.start, t.end})
				}
			}
		}
		if len(spans) == 0 {
			if noMatch > 0 {
				out[f] = []any{escape(cutRunes(text, 0, noMatch))}
			}
			continue
		}
		lo, hi := 0, len(text)
		if frags > 0 {
			// A window of about size runes that starts a little before the first match.
			lo = spans[0][0]
			for k := 0; k < size/5 && lo > 0; k++ {
				_, n := utf8.DecodeLastRuneInString(text[:lo])
				lo -= n
			}
			hi = lo
			for k := 0; k < size && hi < len(text); k++ {
				_, n := utf8.DecodeRuneInString(text[hi:])
				hi += n
			}
		}
		var b strings.Builder
		at := lo
		for _, sp := range spans {
			a, z := max(sp[0], lo), min(sp[1], hi)
			if a >= z {
				continue
			}
			b.WriteString(escape(text[at:a]))
			b.WriteString(pre + escape(text[a:z]) + post)
			at = z
		}
		b.WriteString(escape(text[at:hi]))
		out[f] = []any{b.String()}
	}
	return out
}

func cutRunes(s string, from, n int) string {
	i := 0
	for k := 0; k < from+n && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}
