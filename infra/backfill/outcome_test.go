package backfill

import (
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// An outcome is the record changed after the put, under the put's source:
// a previous put's outcome, another source's or a passing state is not.
func TestOutcomeIsThisUploadsOwn(t *testing.T) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	e := Entry{Name: "A", Source: "cli/A/envelope.json", Version: 2, At: at}
	rec := func(id string, st ledger.State, version int, source string, when time.Duration) ledger.Record {
		return ledger.Record{ID: id, State: st, Version: version, Source: source, UpdatedAt: at.Add(when),
			History: []ledger.Transition{{At: at.Add(when), To: st, Version: version}}}
	}
	cases := []struct {
		name string
		recs []ledger.Record
		want string // the record's id and state, or "" for none
	}{
		{"published version 2", []ledger.Record{rec("A", ledger.Indexed, 2, e.Source, time.Second)}, "A indexed"},
		{"the previous put's version 1", []ledger.Record{rec("A", ledger.Indexed, 1, e.Source, -time.Hour)}, ""},
		{"version 2 already there before the put", []ledger.Record{rec("A", ledger.Indexed, 2, e.Source, -time.Second)}, ""},
		{"still passing through", []ledger.Record{rec("A", ledger.Staged, 2, e.Source, time.Second)}, ""},
		{"another sender's document", []ledger.Record{rec("A", ledger.Indexed, 2, "other/A/envelope.json", time.Second)}, ""},
		{"refused on the inbox object's record", []ledger.Record{
			rec("A", ledger.Indexed, 1, e.Source, -time.Hour),
			rec("inbox-abc", ledger.Rejected, 0, e.Source, time.Second),
		}, "inbox-abc rejected"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, ok := Settled(e, c.recs)
			got := ""
			if ok {
				got = r.ID + " " + string(r.State)
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
