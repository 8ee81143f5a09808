package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// putEnvelope is one envelope put wrote into the inbox.
type putEnvelope struct {
	name    string    // the document's id, or its folder's name when it has none
	source  string    // its inbox key, which the ledger records as the source
	version int       // the version it claims (0 when unreadable)
	at      time.Time // just before the envelope was written
}

// settledIn finds the outcome of e among recs: the record whose source is
// e's inbox key, in a state where the pipeline leaves it, changed after e
// was written. A refusal lands on the document's record or on the record
// of the inbox object (inbox-…): both carry the source. A record changed
// earlier is a previous put's outcome, not this one's.
func (e putEnvelope) settledIn(recs []ledger.Record) (ledger.Record, bool) {
	var best ledger.Record
	var bestAt time.Time
	found := false
	for _, r := range recs {
		if r.Source != e.source || !final(r.State) {
			continue
		}
		at := r.UpdatedAt
		if n := len(r.History); n > 0 {
			at = r.History[n-1].At
		}
		if at.Before(e.at) || (r.State != ledger.Rejected && e.version > 0 && r.Version != e.version) {
			continue
		}
		if !found || at.After(bestAt) {
			best, bestAt, found = r, at, true
		}
	}
	return best, found
}

// final reports whether the pipeline leaves a document in state st until
// someone (a person, a schedule, a new version) moves it.
func final(st ledger.State) bool {
	switch st {
	case ledger.Rejected, ledger.Withheld, ledger.Review, ledger.Indexed, ledger.Retracted:
		return true
	}
	return false
}

// outcomeWord is how put names a final state: a citizen finds an indexed
// document, so it is "published".
func outcomeWord(st ledger.State) string {
	if st == ledger.Indexed {
		return "published"
	}
	return string(st)
}

// reportOutcomes waits for the running stack to settle each envelope and
// prints one line per document, then a count by outcome. With no stack
// running it says where the outcomes will be.
func reportOutcomes(ctx context.Context, w io.Writer, data, flagAddr, org string, wait time.Duration, sent []putEnvelope) error {
	first := sent[0].name
	later := fmt.Sprintf("`go run ./infra/local status%s %s` shows a document's outcome", hint(data), first)
	c, err := dialStack(ctx, data, flagAddr)
	if err != nil || !answers(ctx, c.addr) {
		fmt.Fprintf(w, "No stack is running on %s: its next start (`go run ./infra/local%s`) ingests them; then %s.\n", data, hint(data), later)
		return nil
	}
	if wait <= 0 {
		fmt.Fprintf(w, "The stack at %s is ingesting them; %s.\n", c.addr, later)
		return nil
	}
	fmt.Fprintf(w, "Waiting for the stack at %s to settle them (up to %s)…\n", c.addr, wait)
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	pending := append([]putEnvelope(nil), sent...)
	counts := map[string]int{}
	pause := 100 * time.Millisecond
	for len(pending) > 0 {
		recs, err := c.ledger(ctx, org, "", "")
		if err != nil && ctx.Err() == nil {
			return err
		}
		left := pending[:0]
		for _, e := range pending {
			r, ok := e.settledIn(recs)
			if !ok {
				left = append(left, e)
				continue
			}
			word := outcomeWord(r.State)
			counts[word]++
			line := fmt.Sprintf("  %-10s %s", word, e.name)
			if r.Reason != "" {
				line += "  " + r.Reason
				if r.Detail != "" {
					line += ": " + r.Detail
				}
			}
			if r.ID != e.name {
				line += " (ledger record " + r.ID + ")"
			}
			fmt.Fprintln(w, line)
		}
		pending = left
		if len(pending) == 0 {
			break
		}
		select {
		case <-ctx.Done():
			fmt.Fprintf(w, "%d not settled after %s; %s.\n", len(pending), wait, later)
			pending = nil
		case <-time.After(pause):
			pause = min(2*pause, time.Second)
		}
	}
	var parts []string
	for _, word := range []string{"published", "withheld", "review", "rejected", "retracted"} {
		if n := counts[word]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, word))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(w, "Outcome: %s.\n", strings.Join(parts, ", "))
	}
	return nil
}
