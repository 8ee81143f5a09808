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
	"io"
	"os"

	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/redact/evalset"
	"github.com/seoul-plaza/plaza/shared/verify"
)

func main() {
	docs := flag.Int("docs", 600, "documents to generate")
	seed := flag.Uint64("seed", 1, "generator seed")
	corpus := flag.String("corpus", "", "path to kr-laws.jsonl (default: ../shared/corpus from the module root)")
	verbose := flag.Bool("v", false, "list misses and false positives")
	dump := flag.String("dump", "", "write the generated set as JSON lines to this file")
	flag.Parse()
	if err := run(os.Stdout, *docs, *seed, *corpus, *verbose, *dump); err != nil {
		fmt.Fprintln(os.Stderr, "piieval:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, n int, seed uint64, corpus string, verbose bool, dump string) error {
	if corpus == "" {
		p, err := evalset.CorpusPath()
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
	fmt.Fprintln(w, "layer 1 (redact): precision and recall per type")
	rep.Print(w)

	// Layer 2 alone, on the raw text: how much it would catch if layer 1
	// missed everything.
	v := verify.New()
	l2 := Layer2(v)
	fmt.Fprintln(w, "\nlayer 2 (verify) alone on unmasked text: items caught per type")
	orep := evalset.ScoreOverlap(set, l2)
	orep.Print(w)
	if verbose {
		for _, m := range orep.Misses {
			fmt.Fprintln(w, "L2MISS", m)
		}
	}

	// Layer 2 on layer 1's output: every doubt sends a document to review.
	r := redact.New()
	doubted := 0
	rules := map[string]int{}
	for _, d := range set {
		out := r.Redact(d.Text, redact.Options{Exempt: d.Exempt})
		ds := v.Check(out.Text, verify.Options{Exempt: d.Exempt})
		if len(ds) > 0 {
			doubted++
		}
		for _, x := range ds {
			rules[x.Rule]++
			if verbose {
				fmt.Fprintf(w, "DOUBT %s %s %q\n", d.ID, x.Rule, out.Text[x.Start:x.End])
			}
		}
	}
	fmt.Fprintf(w, "\nlayer 2 on layer 1 output: %d of %d documents doubted %v\n", doubted, len(set), rules)

	// Layer 2 on the statute corpus alone: doubts there are false alarms.
	alarms := 0
	for _, t := range texts {
		alarms += len(v.Check(t, verify.Options{}))
	}
	fmt.Fprintf(w, "layer 2 on the %d statutes: %d doubts\n", len(texts), alarms)
	if verbose {
		for _, m := range rep.Misses {
			fmt.Fprintln(w, "MISS", m)
		}
		for _, f := range rep.FalsePositives {
			fmt.Fprintln(w, "FP  ", f)
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

// Layer2 adapts a verifier to the evaluation's interface.
func Layer2(v *verify.Verifier) evalset.Redactor {
	return func(text string, exempt []string) []evalset.Finding {
		ds := v.Check(text, verify.Options{Exempt: exempt})
		out := make([]evalset.Finding, len(ds))
		for i, d := range ds {
			out[i] = evalset.Finding{Type: d.Type, Start: d.Start, End: d.End}
		}
		return out
	}
}
