package main

import (
	"fmt"
	"slices"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// next lists the transitions a history may hold: every step a document
// takes is recorded, so a history never jumps over one (staged straight to
// indexed, received straight to published).
var next = map[ledger.State][]ledger.State{
	"":               {ledger.Received, ledger.Rejected},
	ledger.Received:  {ledger.Staged, ledger.Withheld, ledger.Review, ledger.Rejected, ledger.Received},
	ledger.Staged:    {ledger.Published, ledger.Review, ledger.Withheld},
	ledger.Withheld:  {ledger.Staged, ledger.Withheld, ledger.Review, ledger.Received},
	ledger.Review:    {ledger.Published, ledger.Review, ledger.Withheld, ledger.Rejected, ledger.Received, ledger.Staged},
	ledger.Published: {ledger.Indexed, ledger.Retracted},
	// published again: a re-run of the redact stage changed the text
	ledger.Indexed:   {ledger.Received, ledger.Retracted, ledger.Review, ledger.Published},
	ledger.Rejected:  {ledger.Received, ledger.Rejected},
	ledger.Retracted: {ledger.Received},
}

// checkHistory says what is wrong with a record's history, or nil: it must
// be one chain (each step starts where the one before ended), end in the
// record's state, and take only allowed steps.
func checkHistory(r ledger.Record) error {
	if len(r.History) == 0 {
		return fmt.Errorf("%s/%s: no history", r.Org, r.ID)
	}
	if len(r.History) == ledger.MaxHistory {
		return nil // trimmed: its start is gone (not the case in these tests)
	}
	prev := ledger.State("")
	for i, tr := range r.History {
		if tr.From != prev {
			return fmt.Errorf("%s/%s: step %d starts at %q, the step before ended at %q", r.Org, r.ID, i, tr.From, prev)
		}
		if !slices.Contains(next[prev], tr.To) {
			return fmt.Errorf("%s/%s: step %d jumps %s → %s (history %s)", r.Org, r.ID, i, prev, tr.To, historyOf(r))
		}
		prev = tr.To
	}
	if prev != r.State {
		return fmt.Errorf("%s/%s: history ends at %s, the record is %s", r.Org, r.ID, prev, r.State)
	}
	return nil
}

func historyOf(r ledger.Record) string {
	s := ""
	for i, tr := range r.History {
		if i > 0 {
			s += " → "
		}
		s += string(tr.To)
	}
	return s
}
