// Package userdict holds the administrative user dictionary that both
// search engines split Korean words by: OpenSearch gives its rules to
// nori (user_dictionary_rules in the index template), the local index
// reads them through shared/search/korean. It is a package of its own,
// a few hundred bytes, so that the OpenSearch adapter in the Lambda
// functions takes the rules without the local engine's noun list.
package userdict

import (
	_ "embed"
	"strings"
)

//go:embed userdict.txt
var text string

// Text returns the dictionary file: one rule a line, a word alone (kept
// whole) or a word and its parts separated by spaces; # starts a comment.
func Text() string { return text }

// Rules returns the dictionary's rules without comments and blank lines,
// in nori's user_dictionary_rules format.
func Rules() []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, strings.Join(f, " "))
		}
	}
	return out
}
