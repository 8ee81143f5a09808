package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

func TestRun(t *testing.T) {
	p, err := evalset.CorpusPath()
	if err == nil {
		_, err = os.Stat(p)
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("statute corpus: %v", err)
		}
		t.Skipf("statute corpus: %v", err)
	}
	dump := filepath.Join(t.TempDir(), "set.jsonl")
	var out bytes.Buffer
	if err := run(&out, 40, 1, "", false, dump); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"layer 1 (redact)", "overall", "hard negatives untouched", "layer 2 (verify) alone", "layer 2 on the 60 statutes"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	data, err := os.ReadFile(dump)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte("\n")); n != 40 {
		t.Errorf("dump has %d lines, want 40", n)
	}
}

func TestRunMissingCorpus(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, 5, 1, filepath.Join(t.TempDir(), "none.jsonl"), false, ""); err == nil {
		t.Fatal("no error for a missing corpus")
	}
}
