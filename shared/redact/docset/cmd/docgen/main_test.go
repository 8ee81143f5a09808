package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

func TestRunWritesOneDocumentALine(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-seed", "3", "-n", "12", "-split", "holdout"}, &out); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<24)
	n := 0
	for sc.Scan() {
		var d evalset.Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if d.Kind == "" || d.Text == "" {
			t.Errorf("line %d: document without kind or text", n+1)
		}
		n++
	}
	if n != 12 {
		t.Errorf("%d lines, want 12", n)
	}
}

func TestRunRefusesBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-split", "test"}, {"-n", "-1"}, {"-seed", "x"}} {
		if err := run(args, &bytes.Buffer{}); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}
