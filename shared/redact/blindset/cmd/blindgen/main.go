// Command blindgen writes the blind evaluation set as JSON lines, one
// document a line, or with -stats prints counts by type, place,
// quality, kind, source and negative kind.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/seoul-plaza/plaza/shared/redact/blindset"
	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// item and negative repeat evalset's fields and add the labelled text,
// so that a reader of the file sees what each span covers. Decoding a
// line into evalset.Doc ignores the extra field.
type item struct {
	evalset.Item
	Value string `json:"value"`
}

type negative struct {
	evalset.Negative
	Value string `json:"value"`
}

type doc struct {
	ID        string     `json:"id"`
	Kind      string     `json:"kind,omitempty"`
	Source    string     `json:"source,omitempty"`
	Text      string     `json:"text"`
	Exempt    []string   `json:"exempt,omitempty"`
	Items     []item     `json:"items"`
	Negatives []negative `json:"negatives"`
}

func main() {
	seed := flag.Uint64("seed", 1, "seed of the set")
	n := flag.Int("n", 400, "number of documents")
	stats := flag.Bool("stats", false, "print counts instead of the documents")
	plain := flag.Bool("plain", false, "write exactly evalset.Doc (no value or source fields)")
	flag.Parse()
	docs, srcs := blindset.GenerateWithSources(*seed, *n)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	if *stats {
		printStats(w, docs, srcs)
		return
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, d := range docs {
		var err error
		if *plain {
			err = enc.Encode(d)
		} else {
			err = enc.Encode(expand(d, srcs[i]))
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

func expand(d evalset.Doc, src string) doc {
	out := doc{ID: d.ID, Kind: d.Kind, Source: src, Text: d.Text, Exempt: d.Exempt, Items: []item{}, Negatives: []negative{}}
	for _, it := range d.Items {
		out.Items = append(out.Items, item{it, d.Text[it.Start:it.End]})
	}
	for _, ng := range d.Negatives {
		out.Negatives = append(out.Negatives, negative{ng, d.Text[ng.Start:ng.End]})
	}
	return out
}

type counter map[string]int

func (c counter) print(w io.Writer, title string) {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if c[keys[a]] != c[keys[b]] {
			return c[keys[a]] > c[keys[b]]
		}
		return keys[a] < keys[b]
	})
	fmt.Fprintf(w, "== %s ==\n", title)
	for _, k := range keys {
		fmt.Fprintf(w, "%7d  %s\n", c[k], k)
	}
	fmt.Fprintln(w)
}

func printStats(w io.Writer, docs []evalset.Doc, srcs []string) {
	types, places, quals, kinds, sources, negs, cleanKinds := counter{}, counter{}, counter{}, counter{}, counter{}, counter{}, counter{}
	clean, items, bytes := 0, 0, 0
	for i, d := range docs {
		kinds[d.Kind]++
		sources[srcs[i]]++
		bytes += len(d.Text)
		if len(d.Items) == 0 {
			clean++
			cleanKinds[d.Kind]++
		}
		for _, it := range d.Items {
			items++
			types[it.Type]++
			parts := strings.Split(it.Form, "+")
			place, _, _ := strings.Cut(parts[0], ":")
			places[place]++
			for _, q := range parts[1:] {
				quals[q]++
			}
		}
		for _, ng := range d.Negatives {
			negs[ng.Kind]++
		}
	}
	fmt.Fprintf(w, "documents %d, clean (no items) %d (%.1f%%), items %d, negatives %d, text bytes %d\n\n",
		len(docs), clean, 100*float64(clean)/float64(max(1, len(docs))), items, sum(negs), bytes)
	types.print(w, "items by type")
	places.print(w, "items by place")
	quals.print(w, "items by quality")
	kinds.print(w, "documents by kind")
	cleanKinds.print(w, "clean documents by kind")
	sources.print(w, "documents by source")
	negs.print(w, "negatives by kind")
}

func sum(c counter) int {
	t := 0
	for _, v := range c {
		t += v
	}
	return t
}
