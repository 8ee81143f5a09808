// Package survey holds the periodic satisfaction surveys as the
// deployment configures them (shared/config embeds the defaults): their
// questions, checked at start-up. Answers are taken by shared/feedback.
package survey

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"time"
)

// Question kinds.
const (
	Scale  = "scale"  // 1 to 5
	Choice = "choice" // one of Choices
	Text   = "text"   // free text, redacted, never published
)

// Question is one question of a survey.
type Question struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Text     string   `json:"text"`
	TextEN   string   `json:"text_en,omitempty"`
	Choices  []string `json:"choices,omitempty"`
	Required bool     `json:"required,omitempty"`
}

// Survey is a periodic survey: its questions come from the deployment's
// configuration (shared/config embeds the defaults), and it takes answers
// from From to To (dates in Seoul time; empty is open).
type Survey struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	TitleEN   string     `json:"title_en,omitempty"`
	From      string     `json:"from,omitempty"`
	To        string     `json:"to,omitempty"`
	Questions []Question `json:"questions"`
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

// Parse reads and checks a configuration of surveys (a JSON array).
// Unknown fields are refused, so a misspelt one is not silently dropped.
func Parse(data []byte) ([]Survey, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var out []Survey
	if err := dec.Decode(&out); err != nil {
		return nil, fmt.Errorf("surveys: %w", err)
	}
	var errs []error
	seen := map[string]bool{}
	for i, s := range out {
		at := fmt.Sprintf("surveys[%d]", i)
		if !idPattern.MatchString(s.ID) || seen[s.ID] {
			errs = append(errs, fmt.Errorf("%s.id: %q is not a fresh id of [a-z0-9-]", at, s.ID))
		}
		seen[s.ID] = true
		if s.Title == "" {
			errs = append(errs, fmt.Errorf("%s.title: required", at))
		}
		for _, d := range []struct{ name, v string }{{"from", s.From}, {"to", s.To}} {
			if _, err := time.Parse(time.DateOnly, d.v); d.v != "" && err != nil {
				errs = append(errs, fmt.Errorf("%s.%s: %q is not a date (YYYY-MM-DD)", at, d.name, d.v))
			}
		}
		if len(s.Questions) == 0 {
			errs = append(errs, fmt.Errorf("%s.questions: at least one", at))
		}
		qseen := map[string]bool{}
		for j, q := range s.Questions {
			qat := fmt.Sprintf("%s.questions[%d]", at, j)
			if !idPattern.MatchString(q.ID) || qseen[q.ID] {
				errs = append(errs, fmt.Errorf("%s.id: %q is not a fresh id of [a-z0-9-]", qat, q.ID))
			}
			qseen[q.ID] = true
			switch {
			case q.Text == "":
				errs = append(errs, fmt.Errorf("%s.text: required", qat))
			case q.Kind == Choice && len(q.Choices) < 2:
				errs = append(errs, fmt.Errorf("%s.choices: a choice needs at least two", qat))
			case q.Kind != Scale && q.Kind != Choice && q.Kind != Text:
				errs = append(errs, fmt.Errorf("%s.kind: %q is not scale, choice or text", qat, q.Kind))
			}
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("surveys: %w", errors.Join(errs...))
	}
	return out, nil
}

// Open reports whether s takes answers on day (YYYY-MM-DD, Seoul time).
func (s Survey) Open(day string) bool {
	return (s.From == "" || day >= s.From) && (s.To == "" || day <= s.To)
}
