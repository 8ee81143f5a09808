package stats

import (
	"cmp"
	"encoding/json"
	"maps"
	"slices"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// kst is the time zone periods are cut in: a document received at 00:30
// in Seoul counts on that Seoul day.
var kst = time.FixedZone("KST", 9*3600)

// Day is the day (2006-01-02, Seoul time) a document received at t
// counts on.
func Day(t time.Time) string { return t.In(kst).Format(time.DateOnly) }

// Cell names one group of the roll-up: an organization's department (""
// for the records that name none) on one day.
type Cell struct {
	Org  string `json:"org"`
	Dept string `json:"department,omitempty"`
	Day  string `json:"day"`
}

// Waiting is a document in review: its group and since when it waits.
type Waiting struct {
	Cell
	Since time.Time `json:"since"`
}

// Rollup is the counts of every cell, and the documents in review, as of
// the change feed's Cursor. Each document counts, in its present state,
// on the day it was received: a month's ratio is that of the documents the
// month brought, however late they were released.
type Rollup struct {
	Cursor string
	// Prev is the cursor of the roll-up before this one: the feed is
	// trimmed up to it only, so a reader that loaded the previous roll-up
	// still finds the changes after it.
	Prev  string
	At    time.Time
	Cells map[Cell]*Counts
	// Review holds the documents in review, by "org/id".
	Review map[string]Waiting
	// Seen holds, for a roll-up started from a scan of the ledger, the
	// revision each recently changed record had in the scan, until
	// SeenUntil: a change at or below it is already counted.
	Seen      map[string]int64
	SeenUntil time.Time
	// days caches Day by Seoul day number: formatting a date for each of
	// a night's changes was a good part of a roll-up.
	days map[int64]string
}

// NewRollup returns an empty roll-up.
func NewRollup() *Rollup {
	return &Rollup{Cells: map[Cell]*Counts{}, Review: map[string]Waiting{}}
}

func (r *Rollup) cellOf(org string, f ledger.Facts) Cell {
	n := f.Received.Unix() + 9*3600
	if n < 0 {
		n -= 86399 // floor, not truncation, before 1970
	}
	n /= 86400
	day, ok := r.days[n]
	if !ok {
		if r.days == nil {
			r.days = map[int64]string{}
		}
		day = Day(f.Received)
		r.days[n] = day
	}
	return Cell{Org: org, Dept: f.Department, Day: day}
}

func (r *Rollup) count(org, id string, f ledger.Facts, n int) {
	c := r.cellOf(org, f)
	cs := r.Cells[c]
	if cs == nil {
		cs = &Counts{}
		r.Cells[c] = cs
	}
	cs.Count(f, n)
	if cs.zero() {
		delete(r.Cells, c)
	}
	if f.State == ledger.Review {
		if n > 0 {
			r.Review[org+"/"+id] = Waiting{Cell: c, Since: f.Since}
		} else {
			delete(r.Review, org+"/"+id)
		}
	}
}

// Clone returns a deep copy: applying changes to it leaves r as it was.
func (r *Rollup) Clone() *Rollup {
	c := &Rollup{Cursor: r.Cursor, Prev: r.Prev, At: r.At, SeenUntil: r.SeenUntil,
		Cells: make(map[Cell]*Counts, len(r.Cells)), Review: maps.Clone(r.Review), Seen: maps.Clone(r.Seen), days: maps.Clone(r.days)}
	for k, n := range r.Cells {
		v := *n
		v.WithheldBy, v.ClosedBy, v.RejectedBy = maps.Clone(n.WithheldBy), maps.Clone(n.ClosedBy), maps.Clone(n.RejectedBy)
		c.Cells[k] = &v
	}
	if c.Review == nil {
		c.Review = map[string]Waiting{}
	}
	return c
}

// Add counts a record as it stands (the scan that starts a roll-up).
func (r *Rollup) Add(rec ledger.Record) { r.count(rec.Org, rec.ID, ledger.FactsOf(rec), 1) }

// Apply moves a changed record from its count before to its count after.
// It reports false for a change the roll-up had already counted.
func (r *Rollup) Apply(c ledger.Change) bool {
	k := c.Org + "/" + c.ID
	if rev, ok := r.Seen[k]; ok {
		if c.Rev <= rev {
			return false
		}
		delete(r.Seen, k)
	}
	if c.Before != nil {
		r.count(c.Org, c.ID, *c.Before, -1)
	}
	r.count(c.Org, c.ID, c.After, 1)
	return true
}

// rollupJSON is how a roll-up is stored: maps keyed by structs are lists.
type rollupJSON struct {
	Cursor    string           `json:"cursor"`
	Prev      string           `json:"prev,omitempty"`
	At        time.Time        `json:"at"`
	Cells     []cellJSON       `json:"cells"`
	Review    []waitingJSON    `json:"review"`
	Seen      map[string]int64 `json:"seen,omitempty"`
	SeenUntil time.Time        `json:"seen_until,omitzero"`
}

type cellJSON struct {
	Cell
	Counts
}

type waitingJSON struct {
	Doc string `json:"doc"`
	Waiting
}

// MarshalJSON stores the roll-up, its cells in order.
func (r *Rollup) MarshalJSON() ([]byte, error) {
	out := rollupJSON{Cursor: r.Cursor, Prev: r.Prev, At: r.At, Seen: r.Seen, SeenUntil: r.SeenUntil,
		Cells: make([]cellJSON, 0, len(r.Cells)), Review: make([]waitingJSON, 0, len(r.Review))}
	for c, n := range r.Cells {
		out.Cells = append(out.Cells, cellJSON{c, *n})
	}
	slices.SortFunc(out.Cells, func(a, b cellJSON) int {
		return cmp.Or(cmp.Compare(a.Org, b.Org), cmp.Compare(a.Dept, b.Dept), cmp.Compare(a.Day, b.Day))
	})
	for k, w := range r.Review {
		out.Review = append(out.Review, waitingJSON{k, w})
	}
	slices.SortFunc(out.Review, func(a, b waitingJSON) int { return cmp.Compare(a.Doc, b.Doc) })
	return json.Marshal(out)
}

// UnmarshalJSON reads a stored roll-up.
func (r *Rollup) UnmarshalJSON(data []byte) error {
	var in rollupJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	*r = *NewRollup()
	r.Cursor, r.Prev, r.At, r.Seen, r.SeenUntil = in.Cursor, in.Prev, in.At, in.Seen, in.SeenUntil
	for _, c := range in.Cells {
		n := c.Counts
		r.Cells[c.Cell] = &n
	}
	for _, w := range in.Review {
		r.Review[w.Doc] = w.Waiting
	}
	return nil
}
