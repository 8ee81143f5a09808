// Command docgen writes the docset evaluation corpus as JSON Lines, one
// evalset.Doc a line, so that it can be inspected and fed to outside
// tools.
//
//	go run ./shared/redact/docset/cmd/docgen -seed 1 -n 300 -split holdout > holdout.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/seoul-plaza/plaza/shared/redact/docset"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "docgen:", err)
		os.Exit(2)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("docgen", flag.ContinueOnError)
	seed := fs.Uint64("seed", 1, "random seed; the same seed and split give the same documents")
	n := fs.Int("n", 300, "number of documents")
	split := fs.String("split", "dev", "dev or holdout")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n < 0 {
		return fmt.Errorf("-n must not be negative, got %d", *n)
	}
	s, err := docset.ParseSplit(*split)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, d := range docset.Generate(*seed, *n, s) {
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("encode %s: %w", d.ID, err)
		}
	}
	return w.Flush()
}
