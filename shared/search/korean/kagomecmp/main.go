// Command kagomecmp measures kagome v2 with the whole mecab-ko-dic
// (github.com/ikawaha/kagome-dict-ko), the heavy option for Korean analysis
// on the local engine, and writes what it makes of the statutes' words as
// the reference the compact decomposer is held to (../testdata/mecab.tsv).
//
//	cd shared/search/korean/kagomecmp && go run . [-words 4000]
//
// A module of its own, like ../lexgen: kagome and its dictionary never
// enter the main module's build. It prints the dictionary's load time and
// the analysis speed over the statute corpus; the binary's size is what
// `go build -o /tmp/kagomecmp . && ls -l /tmp/kagomecmp` shows.
//
// The reference terms of a word are those nori keeps with decompound_mode
// mixed: each noun (NNG, NNP) of mecab's best path and, for a compound of
// the dictionary, its parts.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	ko "github.com/ikawaha/kagome-dict-ko"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

func main() {
	corpus := flag.String("corpus", filepath.Join("..", "..", "..", "..", "..", "shared", "corpus", "kr-laws.jsonl"), "the team's statute corpus (JSON lines with a text field)")
	nwords := flag.Int("words", 4000, "distinct words to write")
	out := flag.String("out", filepath.Join("..", "testdata", "mecab.tsv"), "reference file")
	flag.Parse()

	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	d := ko.Dict()
	tk, err := tokenizer.New(d, tokenizer.OmitBosEos())
	must(err)
	load := time.Since(t0)
	runtime.GC()
	runtime.ReadMemStats(&m1)

	texts, err := read(*corpus)
	must(err)
	var size int
	t1 := time.Now()
	for _, t := range texts {
		tk.Tokenize(t)
		size += len(t)
	}
	el := time.Since(t1)
	fmt.Printf("kagome v2 + kagome-dict-ko: load %v, heap %.1f MiB, %.2f MB/s over %d texts (%.1f MB)\n",
		load.Round(time.Millisecond), float64(m1.HeapAlloc-m0.HeapAlloc)/(1<<20), float64(size)/1e6/el.Seconds(), len(texts), float64(size)/1e6)

	seen := map[string]bool{}
	var lines []string
	for _, t := range texts {
		for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r < 0xAC00 || r > 0xD7A3 }) {
			if len([]rune(w)) < 2 || seen[w] || len(lines) >= *nwords {
				continue
			}
			seen[w] = true
			lines = append(lines, w+"\t"+strings.Join(terms(tk, w), " "))
		}
	}
	must(os.WriteFile(*out, []byte("# word\tnori-style terms (kagome v2 + mecab-ko-dic), written by ../kagomecmp\n"+strings.Join(lines, "\n")+"\n"), 0o644))
	fmt.Printf("wrote %d words to %s\n", len(lines), *out)
}

// terms are the nouns of mecab's best path for w, with a compound's parts.
func terms(tk *tokenizer.Tokenizer, w string) []string {
	var out []string
	for _, t := range tk.Tokenize(w) {
		pos := t.POS()
		if len(pos) == 0 || (pos[0] != "NNG" && pos[0] != "NNP") {
			continue
		}
		out = append(out, t.Surface)
		// features: semantic class, final consonant, reading, type,
		// first POS, last POS, expression (예산/NNG/*+안/NNG/*).
		if f := t.Features(); len(f) >= 8 && f[4] == "Compound" {
			for _, m := range strings.Split(f[7], "+") {
				if p, _, _ := strings.Cut(m, "/"); p != "" {
					out = append(out, p)
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func read(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("statute corpus: %w", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var doc struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return nil, fmt.Errorf("statute corpus: %w", err)
		}
		texts = append(texts, doc.Text)
	}
	return texts, sc.Err()
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "kagomecmp:", err)
		os.Exit(1)
	}
}
