package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/seoul-plaza/plaza/shared/redact"
)

func main() {
	f, _ := os.Open("/work/shared/corpus/kr-laws.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	r := redact.New()
	for sc.Scan() {
		var d struct{ ID, Text string }
		json.Unmarshal(sc.Bytes(), &d)
		res := r.Redact(d.Text, redact.Options{})
		for _, x := range res.Findings {
			a := max(0, x.Start-40)
			for a > 0 && (d.Text[a]&0xC0) == 0x80 {
				a--
			}
			e := min(len(d.Text), x.End+20)
			for e < len(d.Text) && (d.Text[e]&0xC0) == 0x80 {
				e++
			}
			fmt.Printf("%s %s %q ctx=%q\n", x.Type, x.Rule, d.Text[x.Start:x.End], d.Text[a:e])
		}
	}
}
