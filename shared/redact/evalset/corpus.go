// Package evalset builds Plaza's labelled evaluation set for the personal
// data redactor and scores a redactor against it.
//
// The set is generated deterministically from a seed: real statute text
// from ../shared/corpus/kr-laws.jsonl, interleaved with sentences that
// imitate civil complaints and meeting minutes, into which personal data of
// every type is planted in the forms real text uses (separators, spacing,
// full-width digits, zero-width characters, decomposed Hangul). Hard
// negatives — dates, amounts, document and statute numbers, article
// references, budget codes, years, percentages, office numbers and
// officials' names — are planted beside them and must stay untouched.
package evalset

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/seoul-plaza/plaza/shared/teamdata"
)

// CorpusPath returns corpus/kr-laws.jsonl in the team's shared folder.
func CorpusPath() (string, error) {
	p, err := teamdata.Path("corpus", "kr-laws.jsonl")
	if err != nil {
		return "", fmt.Errorf("corpus path: %w", err)
	}
	return p, nil
}

// LoadCorpus reads the text of every statute in a kr-laws.jsonl file.
func LoadCorpus(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load corpus: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		var d struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("load corpus %s: %w", path, err)
		}
		out = append(out, d.Text)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("load corpus %s: empty", path)
	}
	return out, nil
}
