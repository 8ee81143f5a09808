// Package redact is layer 1 of Plaza's protection of personal data: it finds
// personal information in Korean text and masks it by one rule everywhere.
// Layer 2 (package verify) re-reads the output with a different method.
package redact

// Finding is one piece of personal data found in a text. Offsets are byte
// offsets into the input text given to Redact. The value itself is never
// kept.
type Finding struct {
	Type       string  `json:"type"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Rule       string  `json:"rule"`
	Layer      int     `json:"layer"`
	Confidence float64 `json:"confidence"`
}

// Options tune one call.
type Options struct {
	// Exempt lists officials' names (the drafter and approver acting in
	// their duty), which are public and not masked.
	Exempt []string
}

// Result is the masked text and what was found.
type Result struct {
	Text     string    `json:"text"`
	Findings []Finding `json:"findings"`
}

// Redactor masks personal data. It is safe for concurrent use.
type Redactor struct{}

// New returns a Redactor.
func New() *Redactor { return &Redactor{} }

// Redact masks every finding in text.
func (r *Redactor) Redact(text string, opts Options) Result {
	return Result{Text: text}
}
