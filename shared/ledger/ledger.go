// Package ledger is the record of where every document is. A document is
// always in exactly one state; every transition is stored with its time and
// reason. Writes are conditional so that at-least-once events cannot race.
package ledger

import (
	"context"
	"errors"
	"time"
)

// State is a document's place in the pipeline.
type State string

// The states, in pipeline order.
const (
	Received  State = "received"
	Rejected  State = "rejected"
	Withheld  State = "withheld"
	Staged    State = "staged"
	Review    State = "review"
	Published State = "published"
	Indexed   State = "indexed"
	Retracted State = "retracted"
)

// States lists every state.
var States = []State{Received, Rejected, Withheld, Staged, Review, Published, Indexed, Retracted}

// ErrNotFound is returned when there is no record.
var ErrNotFound = errors.New("ledger: not found")

// ErrConflict is returned when a conditional write lost a race.
var ErrConflict = errors.New("ledger: conditional write failed")

// Transition is one step in a record's history.
type Transition struct {
	At      time.Time `json:"at"`
	From    State     `json:"from,omitempty"`
	To      State     `json:"to"`
	Version int       `json:"version"`
	Reason  string    `json:"reason,omitempty"`
	Detail  string    `json:"detail,omitempty"`
}

// Record is one document's entry.
type Record struct {
	Org        string `json:"org"`
	ID         string `json:"id"`
	Version    int    `json:"version"`
	Hash       string `json:"hash,omitempty"`
	State      State  `json:"state"`
	Reason     string `json:"reason,omitempty"`
	Detail     string `json:"detail,omitempty"`
	Department string `json:"department,omitempty"`
	Grade      string `json:"grade,omitempty"`
	// Exemptions are the Art. 9(1) items a partial or closed document
	// cites ("1" to "8").
	Exemptions []string `json:"exemptions,omitempty"`
	Source     string   `json:"source,omitempty"` // inbox key
	// PublicVersion is the version in the public bucket, 0 if none.
	PublicVersion int        `json:"public_version,omitempty"`
	ReleaseAt     *time.Time `json:"release_at,omitempty"`
	// Attempts counts the failed retries of a dead-lettered version, and
	// RetryAt is when the monitor tries it again (with back-off).
	Attempts  int        `json:"attempts,omitempty"`
	RetryAt   *time.Time `json:"retry_at,omitempty"`
	UpdatedAt time.Time  `json:"updated_at"`
	// Rev is the record's revision; a write must name the revision it read.
	Rev     int64        `json:"rev"`
	History []Transition `json:"history"`
}

// Move sets a new state and appends the transition to the history. A
// detail longer than MaxDetail characters is cut.
func (r *Record) Move(at time.Time, to State, version int, reason, detail string) {
	if n := 0; len(detail) > MaxDetail {
		for i := range detail {
			if n == MaxDetail {
				detail = detail[:i] + "…"
				break
			}
			n++
		}
	}
	r.History = append(r.History, Transition{At: at, From: r.State, To: to, Version: version, Reason: reason, Detail: detail})
	if len(r.History) > MaxHistory {
		r.History = r.History[len(r.History)-MaxHistory:]
	}
	r.State, r.Version, r.Reason, r.Detail, r.UpdatedAt = to, version, reason, detail, at
}

// MaxHistory bounds the history kept on a record (DynamoDB items are 400 KB).
const MaxHistory = 100

// MaxDetail bounds a transition's detail, in characters.
const MaxDetail = 500

// Hold stops releases, globally (Department "") or for one department,
// until it is lifted. Documents wait in the ledger meanwhile.
type Hold struct {
	Org        string    `json:"org"`
	Department string    `json:"department"`
	Reason     string    `json:"reason"`
	Since      time.Time `json:"since"`
	By         string    `json:"by,omitempty"`
}

// Filter selects records to list.
type Filter struct {
	Org        string
	State      State
	Department string
	// After is the cursor returned by the previous page.
	After string
	Limit int
}

// Ledger is the port.
type Ledger interface {
	Get(ctx context.Context, org, id string) (Record, error)
	// Put stores rec if the stored revision equals rec.Rev (0: must not
	// exist) and returns the new revision; otherwise ErrConflict.
	Put(ctx context.Context, rec Record) (int64, error)
	// List returns a page of records and the cursor of the next page.
	List(ctx context.Context, f Filter) ([]Record, string, error)
	Holds(ctx context.Context) ([]Hold, error)
	SetHold(ctx context.Context, h Hold) error
	LiftHold(ctx context.Context, org, department string) error
}

// Update reads a record, lets fn change it and writes it back, retrying on
// conflicts. fn returns false to leave the record as it is. A missing
// record reaches fn as a zero Record with Rev 0.
func Update(ctx context.Context, l Ledger, org, id string, fn func(r *Record) (bool, error)) (Record, error) {
	for attempt := 0; ; attempt++ {
		rec, err := l.Get(ctx, org, id)
		if errors.Is(err, ErrNotFound) {
			rec, err = Record{Org: org, ID: id}, nil
		}
		if err != nil {
			return Record{}, err
		}
		changed, err := fn(&rec)
		if err != nil || !changed {
			return rec, err
		}
		rev, err := l.Put(ctx, rec)
		if errors.Is(err, ErrConflict) && attempt < 20 {
			continue
		}
		if err != nil {
			return Record{}, err
		}
		rec.Rev = rev
		return rec, nil
	}
}

// Facts are the fields of a record that statistics count by, as the
// change feed keeps them: a change carries them before and after, so a
// roll-up moves a document from one count to another without reading the
// record or keeping its own copy of it.
type Facts struct {
	State      State    `json:"state"`
	Reason     string   `json:"reason,omitempty"`
	Department string   `json:"department,omitempty"`
	Grade      string   `json:"grade,omitempty"`
	Exemptions []string `json:"exemptions,omitempty"`
	// Received is when the record was first written (its first kept
	// transition; a record keeps MaxHistory), the period it counts in.
	Received time.Time `json:"received"`
	// Since is when it entered its present state.
	Since time.Time `json:"since"`
}

// FactsOf returns the facts of r.
func FactsOf(r Record) Facts {
	f := Facts{State: r.State, Reason: r.Reason, Department: r.Department, Grade: r.Grade,
		Exemptions: r.Exemptions, Received: r.UpdatedAt, Since: r.UpdatedAt}
	if len(r.History) > 0 {
		f.Received = r.History[0].At
	}
	return f
}

// Change is one write of a record in the change feed: its facts before
// (nil for a new record) and after. Rev is the revision the write made,
// so a reader can tell a change it has already seen in the record.
type Change struct {
	Org    string    `json:"org"`
	ID     string    `json:"id"`
	Rev    int64     `json:"rev"`
	At     time.Time `json:"at"`
	Before *Facts    `json:"before,omitempty"`
	After  Facts     `json:"after"`
}

// ChangeOf describes the write of next over prev (nil for a new record).
func ChangeOf(prev *Record, next Record, rev int64) Change {
	c := Change{Org: next.Org, ID: next.ID, Rev: rev, At: next.UpdatedAt, After: FactsOf(next)}
	if prev != nil {
		b := FactsOf(*prev)
		c.Before = &b
	}
	return c
}
