// Command archivegen writes the archive evaluation set as JSON lines: one
// evalset.Doc per line.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/seoul-plaza/plaza/shared/redact/archive"
)

func main() {
	seed := flag.Uint64("seed", 1, "seed of the set")
	n := flag.Int("n", 400, "number of documents")
	flag.Parse()
	if *n < 0 {
		fmt.Fprintln(os.Stderr, "archivegen: -n must not be negative")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, d := range archive.Generate(*seed, *n) {
		if err := enc.Encode(d); err != nil {
			fmt.Fprintln(os.Stderr, "archivegen:", err)
			os.Exit(1)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "archivegen:", err)
		os.Exit(1)
	}
}
