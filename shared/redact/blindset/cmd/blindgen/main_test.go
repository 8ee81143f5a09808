package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/redact/blindset"
	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

func TestExpandKeepsEvalsetShape(t *testing.T) {
	docs, srcs := blindset.GenerateWithSources(3, 30)
	for i, d := range docs {
		e := expand(d, srcs[i])
		for k, it := range e.Items {
			if it.Value != d.Text[it.Start:it.End] || it.Item != d.Items[k] {
				t.Fatalf("%s: item %d mismatch", d.ID, k)
			}
		}
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		var back evalset.Doc
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.Text != d.Text || len(back.Items) != len(d.Items) || len(back.Negatives) != len(d.Negatives) {
			t.Fatalf("%s: round trip through evalset.Doc lost data", d.ID)
		}
	}
}

func TestStats(t *testing.T) {
	docs, srcs := blindset.GenerateWithSources(1, 40)
	var buf bytes.Buffer
	printStats(&buf, docs, srcs)
	for _, want := range []string{"items by type", "items by place", "items by quality", "documents by kind", "negatives by kind"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("stats lack %q", want)
		}
	}
}
