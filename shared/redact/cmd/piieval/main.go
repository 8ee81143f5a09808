// Command piieval scores the layer-1 redactor on Plaza's generated
// evaluation set: precision and recall per type, and how many hard
// negatives stay untouched.
//
//	go run ./shared/redact/cmd/piieval [-docs 600] [-seed 1] [-v] [-dump set.jsonl]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

func main() {
	docs := flag.Int("docs", 600, "documents to generate")
	seed := flag.Uint64("seed", 1, "generator seed")
	corpus := flag.String("corpus", "", "path to kr-laws.jsonl (default: ../shared/corpus from the module root)")
	verbose := flag.Bool("v", false, "list misses and false positives")
	dump := flag.String("dump", "", "write the generated set as JSON lines to this file")
	flag.Parse()
	if err := run(*docs, *seed, *corpus, *verbose, *dump); err != nil {
		fmt.Fprintln(os.Stderr, "piieval:", err)
		os.Exit(1)
	}
}

func run(n int, seed uint64, corpus string, verbose bool, dump string) error {
	if corpus == "" {
		p, err := evalset.CorpusPath(".")
		if err != nil {
			return err
		}
		corpus = p
	}
	texts, err := evalset.LoadCorpus(corpus)
	if err != nil {
		return err
	}
	set := evalset.Generate(texts, seed, n)
	if dump != "" {
		f, err := os.Create(dump)
		if err != nil {
			return fmt.Errorf("dump: %w", err)
		}
		enc := json.NewEncoder(f)
		enc.SetEscapeHTML(false)
		for _, d := range set {
			if err := enc.Encode(d); err != nil {
				f.Close()
				return fmt.Errorf("dump: %w", err)
			}
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("dump: %w", err)
		}
	}
	rep := evalset.Score(set, Layer1(redact.New()))
	rep.Print(os.Stdout)
	if verbose {
		for _, m := range rep.Misses {
			fmt.Println("MISS", m)
		}
		for _, f := range rep.FalsePositives {
			fmt.Println("FP  ", f)
		}
	}
	return nil
}

// Layer1 adapts a redactor to the evaluation's interface.
func Layer1(r *redact.Redactor) evalset.Redactor {
	return func(text string, exempt []string) []evalset.Finding {
		res := r.Redact(text, redact.Options{Exempt: exempt})
		out := make([]evalset.Finding, len(res.Findings))
		for i, f := range res.Findings {
			out[i] = evalset.Finding{Type: f.Type, Start: f.Start, End: f.End}
		}
		return out
	}
}
