package searchtest

import "strings"

// Joined returns, for every query of several Hangul words, the query typed
// as citizens often type it, without its spaces ("청원법 시행령" →
// "청원법시행령"), judged as the original, of kind "<kind>-joined". A
// bigram index misses most of them; a morphological one splits them back.
func Joined(queries []Judged) []Judged {
	var out []Judged
	for _, q := range queries {
		f := strings.Fields(q.Query)
		if len(f) < 2 || strings.ContainsAny(q.Query, "\"") {
			continue
		}
		j := q
		j.Query = strings.Join(f, "")
		j.Kind = q.Kind + "-joined"
		out = append(out, j)
	}
	return out
}
