package backfill

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/pipeline"
)

// Words of a document's outcome in a report: the final states of the
// ledger (an indexed document is "published": a citizen finds it), plus
// Accepted for an envelope in the inbox whose outcome is not known yet,
// and Failed for a document that could not be uploaded.
const (
	Accepted = "accepted"
	Failed   = "failed"
)

// Outcome is how one document ended, as reports print and write it.
type Outcome struct {
	Name    string `json:"name"`
	Source  string `json:"source,omitempty"`
	Outcome string `json:"outcome"`
	Reason  string `json:"reason,omitempty"`
	Detail  string `json:"detail,omitempty"`
	// Record is the ledger record's id when it is not the name (a refusal
	// recorded against the inbox object).
	Record string `json:"record,omitempty"`
	Error  string `json:"error,omitempty"`
}

// Final reports whether the pipeline leaves a document in state st until
// someone (a person, a schedule, a new version) moves it.
func Final(st ledger.State) bool {
	switch st {
	case ledger.Rejected, ledger.Withheld, ledger.Review, ledger.Indexed, ledger.Retracted:
		return true
	}
	return false
}

// Word is how a report names a final state.
func Word(st ledger.State) string {
	if st == ledger.Indexed {
		return "published"
	}
	return string(st)
}

// Settled finds the outcome of e among recs: the record whose source is
// e's inbox key, in a final state, changed after e was written. A refusal
// lands on the document's record or on the record of the inbox object
// (pipeline.InboxRecordID): both carry the source. A record changed
// earlier is a previous upload's outcome, not this one's.
func Settled(e Entry, recs []ledger.Record) (ledger.Record, bool) {
	var best ledger.Record
	var bestAt time.Time
	found := false
	for _, r := range recs {
		if r.Source != e.Source || !Final(r.State) {
			continue
		}
		at := r.UpdatedAt
		if n := len(r.History); n > 0 {
			at = r.History[n-1].At
		}
		if at.Before(e.At) || (r.State != ledger.Rejected && e.Version > 0 && r.Version != e.Version) {
			continue
		}
		if !found || at.After(bestAt) {
			best, bestAt, found = r, at, true
		}
	}
	return best, found
}

// Fetch returns ledger records among which the outcomes of pending are
// (the whole ledger on one machine; each one's records on AWS).
type Fetch func(ctx context.Context, pending []Entry) ([]ledger.Record, error)

// Wait polls fetch until every entry settled or wait passed, calling
// settled for each outcome as it is known. It returns the outcomes in the
// order of sent; those not settled are Accepted.
func Wait(ctx context.Context, sent []Entry, fetch Fetch, wait time.Duration, settled func(Outcome)) ([]Outcome, error) {
	outs := make([]Outcome, len(sent))
	for i, e := range sent {
		outs[i] = Outcome{Name: e.Name, Source: e.Source, Outcome: Accepted}
	}
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	pending := make([]int, len(sent))
	for i := range sent {
		pending[i] = i
	}
	pause := 100 * time.Millisecond
	for len(pending) > 0 {
		es := make([]Entry, len(pending))
		for j, i := range pending {
			es[j] = sent[i]
		}
		recs, err := fetch(ctx, es)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			return outs, err
		}
		left := pending[:0]
		for _, i := range pending {
			r, ok := Settled(sent[i], recs)
			if !ok {
				left = append(left, i)
				continue
			}
			o := &outs[i]
			o.Outcome, o.Reason, o.Detail = Word(r.State), r.Reason, r.Detail
			if r.ID != o.Name {
				o.Record = r.ID
			}
			if settled != nil {
				settled(*o)
			}
		}
		pending = left
		if len(pending) == 0 {
			break
		}
		select {
		case <-ctx.Done():
			pending = nil
		case <-time.After(pause):
			pause = min(2*pause, time.Second)
		}
	}
	return outs, nil
}

// Line is an outcome as one line of a report.
func (o Outcome) Line() string {
	line := fmt.Sprintf("  %-10s %s", o.Outcome, o.Name)
	if o.Reason != "" {
		line += "  " + o.Reason
		if o.Detail != "" {
			line += ": " + o.Detail
		}
	}
	if o.Error != "" {
		line += "  " + o.Error
	}
	if o.Record != "" {
		line += " (ledger record " + o.Record + ")"
	}
	return line
}

// Summary counts outcomes: "2 published, 1 review, 1 rejected".
func Summary(outs []Outcome) string {
	counts := map[string]int{}
	for _, o := range outs {
		counts[o.Outcome]++
	}
	var parts []string
	for _, w := range []string{"published", "withheld", "review", "rejected", "retracted", Accepted, Failed} {
		if n := counts[w]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, w))
		}
	}
	return strings.Join(parts, ", ")
}

// FailedOutcomes are the outcomes of the documents a run could not upload.
func FailedOutcomes(fs []Failure) []Outcome {
	out := make([]Outcome, 0, len(fs))
	for _, f := range fs {
		out = append(out, Outcome{Name: f.Doc.Name, Outcome: Failed, Error: f.Err.Error()})
	}
	return out
}

// WriteReport writes one JSON line per outcome to p.
func WriteReport(p string, outs []Outcome) error {
	f, err := os.Create(p)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := writeJSONL(f, outs); err != nil {
		f.Close()
		return fmt.Errorf("report %s: %w", p, err)
	}
	return f.Close()
}

func writeJSONL(w io.Writer, outs []Outcome) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, o := range outs {
		if err := enc.Encode(o); err != nil {
			return err
		}
	}
	return nil
}

// Getter reads one ledger record (ledger.Ledger's Get).
type Getter interface {
	Get(ctx context.Context, org, id string) (ledger.Record, error)
}

// ByID fetches each pending entry's records one by one: the document's
// own, and the inbox object's (pipeline.InboxRecordID), where a refusal
// that owns no document lands, in the envelope's organization or else
// defaultOrg. It suits a ledger too large to list, such as DynamoDB's.
func ByID(l Getter, defaultOrg string) Fetch {
	return func(ctx context.Context, pending []Entry) ([]ledger.Record, error) {
		var out []ledger.Record
		for _, e := range pending {
			orgs := []string{defaultOrg}
			if e.Org != "" && e.Org != defaultOrg {
				orgs = []string{e.Org, defaultOrg}
			}
			for _, org := range orgs {
				for _, id := range []string{e.Name, pipeline.InboxRecordID(e.Source)} {
					r, err := l.Get(ctx, org, id)
					if errors.Is(err, ledger.ErrNotFound) {
						continue
					}
					if err != nil {
						return nil, err
					}
					out = append(out, r)
				}
			}
		}
		return out, nil
	}
}
