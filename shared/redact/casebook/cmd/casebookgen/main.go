// Command casebookgen writes the casebook corpus as JSON Lines, one
// evalset.Doc per line.
//
//	go run ./shared/redact/casebook/cmd/casebookgen -seed 1 -n 400 > casebook.jsonl
//	go run ./shared/redact/casebook/cmd/casebookgen -seed 1 -n 400 -stats
//
// With -stats it prints counts per kind, type, place and quality instead.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/seoul-plaza/plaza/shared/redact/casebook"
)

func main() {
	seed := flag.Uint64("seed", 1, "seed of the corpus")
	n := flag.Int("n", 400, "number of documents")
	stats := flag.Bool("stats", false, "print counts instead of the documents")
	flag.Parse()
	if *n < 0 {
		fmt.Fprintln(os.Stderr, "casebookgen: -n must not be negative")
		os.Exit(2)
	}
	docs := casebook.Generate(*seed, *n)
	out := bufio.NewWriter(os.Stdout)
	if *stats {
		casebook.Summarize(docs).Print(out)
	} else {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		for _, d := range docs {
			if err := enc.Encode(d); err != nil {
				fmt.Fprintln(os.Stderr, "casebookgen:", err)
				os.Exit(1)
			}
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "casebookgen:", err)
		os.Exit(1)
	}
}
