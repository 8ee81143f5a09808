// Command lexgen derives the Korean decomposer's noun list from
// mecab-ko-dic (the dictionary behind OpenSearch's nori), as served by the
// Go module github.com/ikawaha/kagome-dict-ko, and writes it to
// ../data/nouns.txt.gz.
//
//	cd shared/search/korean/lexgen && go run .
//
// It is a module of its own so that the 70 MB dictionary never enters the
// main module's build: the search index embeds only the list written
// here. Run it again only to change what is derived.
//
// Each line is a Hangul noun the dictionary knows (common nouns, and
// proper nouns other than people's names, which would split ordinary
// words into surnames), a tab and its word cost (the lowest of its noun
// entries: mecab's measure of how unlikely the word is, which its Viterbi
// search adds up), and, for the dictionary's compounds, a tab and its
// parts separated by "+": 예산안	2105	예산+안. The parts are what nori's
// decompound_mode mixed reads from the same entries.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	ko "github.com/ikawaha/kagome-dict-ko"
	"github.com/ikawaha/kagome-dict/dict"
)

// maxSyllables bounds the words kept: longer entries are phrases a query
// meets whole or through their parts.
const maxSyllables = 8

func hangulOnly(w string) bool {
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return w != ""
}

func main() {
	out := filepath.Join("..", "data", "nouns.txt.gz")
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	d := ko.Dict()
	words := map[string]*noun{}
	da := d.Index.Da
	var buf []byte
	// Walk the double-array trie to list every surface form with its
	// part-of-speech and features.
	var walk func(p int)
	walk = func(p int) {
		base := int(da[p].Base)
		for c := 0; c < 256; c++ {
			q := base + c
			if q < 0 || q >= len(da) || int(da[q].Check) != p {
				continue
			}
			if c == 0 {
				if da[q].Base <= 0 {
					id := int(-da[q].Base)
					for i := id; i <= id+int(d.Index.Dup[int32(id)]); i++ {
						note(words, string(buf), d.POSTable.NameList, d.POSTable.POSs[i], d.Contents[i], int(d.Morphs[i].Weight))
					}
				}
				continue
			}
			buf = append(buf, byte(c))
			walk(q)
			buf = buf[:len(buf)-1]
		}
	}
	walk(0)
	lines := make([]string, 0, len(words))
	for w, n := range words {
		line := fmt.Sprintf("%s\t%d", w, n.cost)
		if n.parts != "" {
			line += "\t" + n.parts
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	var b bytes.Buffer
	z, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	must(err)
	_, err = z.Write([]byte(strings.Join(lines, "\n") + "\n"))
	must(err)
	must(z.Close())
	must(os.WriteFile(out, b.Bytes(), 0o644))
	fmt.Fprintf(os.Stderr, "lexgen: %d nouns, %d bytes\n", len(lines), b.Len())
}

type noun struct {
	cost  int
	parts string // "" when simple
}

// note records surface w when the entry is a noun worth splitting on.
func note(words map[string]*noun, w string, names []string, pos dict.POS, feat []string, cost int) {
	if !hangulOnly(w) || utf8.RuneCountInString(w) > maxSyllables || len(pos) != 1 {
		return
	}
	switch names[pos[0]] {
	case "NNG":
	case "NNP":
		if len(feat) > 0 && feat[0] == "인명" {
			return
		}
	default:
		return
	}
	parts := ""
	// feat: semantic class, final consonant, reading, type, first POS,
	// last POS, expression ("예산/NNG/*+안/NNG/*").
	if len(feat) >= 7 && feat[3] == "Compound" {
		var ps []string
		for _, m := range strings.Split(feat[6], "+") {
			if f := strings.SplitN(m, "/", 2); f[0] != "" {
				ps = append(ps, f[0])
			}
		}
		if len(ps) > 1 && strings.Join(ps, "") == w {
			parts = strings.Join(ps, "+")
		}
	}
	n := words[w]
	if n == nil {
		words[w] = &noun{cost: cost, parts: parts}
		return
	}
	n.cost = min(n.cost, cost)
	if n.parts == "" {
		n.parts = parts
	}
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
}
