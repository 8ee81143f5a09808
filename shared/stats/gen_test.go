package stats

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// memLedger is a ledger in memory with a change feed, for generated
// ledgers too large to write through bbolt in a test.
type memLedger struct {
	mu      sync.Mutex
	recs    map[string]*ledger.Record
	changes []ledger.Change
}

func newMemLedger() *memLedger { return &memLedger{recs: map[string]*ledger.Record{}} }

// put writes rec as the next revision and appends the change.
func (m *memLedger) put(rec ledger.Record) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := rec.Org + "\x00" + rec.ID
	var prev *ledger.Record
	if p, ok := m.recs[k]; ok {
		c := *p
		prev = &c
		rec.Rev = p.Rev + 1
	} else {
		rec.Rev = 1
	}
	m.recs[k] = &rec
	m.changes = append(m.changes, ledger.ChangeOf(prev, rec, rec.Rev))
}

func (m *memLedger) records() []ledger.Record {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]ledger.Record, 0, len(m.recs))
	for _, r := range m.recs {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b ledger.Record) int { return cmp.Or(cmp.Compare(a.Org, b.Org), cmp.Compare(a.ID, b.ID)) })
	return out
}

func (m *memLedger) List(ctx context.Context, f ledger.Filter) ([]ledger.Record, string, error) {
	all := m.records()
	i := 0
	if f.After != "" {
		i, _ = slices.BinarySearchFunc(all, f.After, func(r ledger.Record, k string) int { return cmp.Compare(r.Org+"\x00"+r.ID, k) })
		if i < len(all) && all[i].Org+"\x00"+all[i].ID == f.After {
			i++
		}
	}
	end := min(len(all), i+max(f.Limit, 1))
	if end == len(all) {
		return all[i:end], "", nil
	}
	return all[i:end], all[end-1].Org + "\x00" + all[end-1].ID, nil
}

func (m *memLedger) Changes(ctx context.Context, after string, limit int) ([]ledger.Change, string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	from := 0
	if after != "" {
		if _, err := fmt.Sscan(after, &from); err != nil {
			return nil, "", err
		}
	}
	to := min(len(m.changes), from+limit)
	return slices.Clone(m.changes[from:to]), fmt.Sprint(to), nil
}

func (m *memLedger) Head(ctx context.Context) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return fmt.Sprint(len(m.changes)), nil
}

// The generated documents' organizations and departments.
var (
	genOrgs  = []string{"6110000", "3220000"}
	genDepts = []string{"1100123", "1100200", "1100300", "1100400", "1100500", "1100600", "1100700", "1100800"}
	genStart = time.Date(2024, 1, 1, 0, 0, 0, 0, kst)
)

// step is one write of a generated document.
type step struct {
	at   time.Time
	doc  int
	move func(r *ledger.Record, at time.Time)
}

// generate writes n documents' lives into l, their writes interleaved in
// time as a pipeline's are, and returns how many writes it made.
func generate(l *memLedger, n int, seed uint64) int {
	writes := lives(n, seed)
	for _, r := range writes {
		l.put(r)
	}
	return len(writes)
}

// lives returns the writes of n generated documents, each the record as
// written (without its revision), in the order of time. Every
// state and reason the statistics count by occurs: format and other
// rejections (some naming no department), withholding for each reason,
// review (some still waiting), publication public, partial or closed
// under one or two items, retraction, and documents still moving.
func lives(n int, seed uint64) []ledger.Record {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e37))
	var steps []step
	recs := make([]ledger.Record, n)
	for i := range n {
		org := genOrgs[rng.IntN(len(genOrgs))]
		dept := genDepts[rng.IntN(len(genDepts))]
		recv := genStart.Add(time.Duration(rng.Int64N(int64(3 * 365 * 24 * time.Hour))))
		recs[i] = ledger.Record{Org: org, ID: fmt.Sprintf("GEN-%07d", i)}
		at := recv
		add := func(d time.Duration, fn func(r *ledger.Record, at time.Time)) {
			at = at.Add(d)
			steps = append(steps, step{at: at, doc: i, move: fn})
		}
		mv := func(to ledger.State, reason string) func(r *ledger.Record, at time.Time) {
			return func(r *ledger.Record, at time.Time) { r.Move(at, to, 1, reason, "") }
		}
		p := rng.IntN(100)
		if p < 4 { // refused before a department could be read, or a sender's fault
			reason := []string{"envelope.missing_field:title", "envelope.not_utf8", "inbox.not_regular:symlink", "sender.wrong_organization"}[rng.IntN(4)]
			d := ""
			if rng.IntN(2) == 0 && reason[0] == 's' {
				d = dept
			}
			add(0, func(r *ledger.Record, at time.Time) { r.Department = d; r.Move(at, ledger.Rejected, 1, reason, "") })
			continue
		}
		grade := "public"
		var ex []string
		switch q := rng.IntN(100); {
		case q < 12:
			grade, ex = "closed", [][]string{{"5"}, {"6"}, {"2", "5"}, {"7"}}[rng.IntN(4)]
		case q < 22:
			grade, ex = "partial", [][]string{{"6"}, {"5"}, {"6", "7"}}[rng.IntN(3)]
		}
		add(0, func(r *ledger.Record, at time.Time) {
			r.Department, r.Grade, r.Exemptions = dept, grade, ex
			r.Move(at, ledger.Received, 1, "", "")
		})
		if p < 9 {
			reason := []string{"policy.scheduled", "policy.rank_below_threshold", "policy.hold"}[rng.IntN(3)]
			add(time.Second, mv(ledger.Withheld, reason))
			if rng.IntN(2) == 0 {
				continue // still waiting
			}
		}
		if p >= 9 && p < 10 {
			continue // received, still moving
		}
		add(2*time.Second, mv(ledger.Staged, ""))
		if p < 20 {
			add(3*time.Second, mv(ledger.Review, "redact.doubt:name"))
			switch rng.IntN(4) {
			case 0:
				continue // still waiting for a person
			case 1:
				add(time.Duration(rng.IntN(72))*time.Hour, mv(ledger.Withheld, "review.withheld:"+[]string{"5", "6"}[rng.IntN(2)]))
				continue
			case 2:
				add(time.Duration(rng.IntN(72))*time.Hour, mv(ledger.Rejected, "review.sent_back"))
				continue
			}
			add(time.Duration(rng.IntN(72))*time.Hour, mv(ledger.Published, ""))
		} else {
			add(3*time.Second, mv(ledger.Published, ""))
		}
		add(time.Second, mv(ledger.Indexed, ""))
		if rng.IntN(200) == 0 {
			add(time.Duration(rng.IntN(400))*time.Hour, mv(ledger.Retracted, "staff.retracted"))
		}
	}
	slices.SortStableFunc(steps, func(a, b step) int { return a.at.Compare(b.at) })
	out := make([]ledger.Record, 0, len(steps))
	for _, s := range steps {
		r := &recs[s.doc]
		s.move(r, s.at)
		out = append(out, *r)
	}
	return out
}
