package stats

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"
)

// Ops are the operations figures of one organization or all: documents
// per state, the review backlog and its oldest item, and the release
// ratio of the whole ledger and of the documents received in the last 30
// days. Counts only: nothing in them names a document.
type Ops struct {
	Org string `json:"org,omitempty"`
	// States counts documents by where they are: published, closed,
	// withheld, review, rejected, retracted, pending.
	States              map[string]int `json:"states"`
	Received            int            `json:"received"`
	ReviewBacklog       int            `json:"review_backlog"`
	ReviewOldestSeconds int64          `json:"review_oldest_s"`
	ReleaseRatio        float64        `json:"release_ratio"`
	// ReleaseRatio30d is the ratio of the documents received in the last
	// 30 days (Seoul days, today included): the one that falls first.
	ReleaseRatio30d float64 `json:"release_ratio_30d"`
	Received30d     int     `json:"received_30d"`
	// ReleaseRatioPrior30d is the ratio of the 30 days before those: a
	// fall from it to ReleaseRatio30d is what the alarm watches.
	ReleaseRatioPrior30d float64 `json:"release_ratio_prior_30d"`
	ReceivedPrior30d     int     `json:"received_prior_30d"`
	// RolledUpAt is when the roll-up was last kept.
	RolledUpAt time.Time `json:"rolled_up_at"`
}

// OpsOf reads the operations figures of org ("" for all) from the roll-up.
func (r *Rollup) OpsOf(org string, now time.Time) Ops {
	whole := r.Report(Query{Org: org}, now).Whole.Total
	today := Now(PeriodDay, now)
	recent := r.Report(Query{Org: org, Period: PeriodDay, From: Step(PeriodDay, today, -29)}, now).Whole.Total
	prior := r.Report(Query{Org: org, Period: PeriodDay, From: Step(PeriodDay, today, -59), To: Step(PeriodDay, today, -30)}, now).Whole.Total
	return Ops{Org: org, Received: whole.Received, ReviewBacklog: whole.Review, ReviewOldestSeconds: whole.ReviewOldestSeconds,
		ReleaseRatio: whole.ReleaseRatio, ReleaseRatio30d: recent.ReleaseRatio, Received30d: recent.Received,
		ReleaseRatioPrior30d: prior.ReleaseRatio, ReceivedPrior30d: prior.Received, RolledUpAt: r.At,
		States: map[string]int{"published": whole.Published, "closed": whole.Closed, "withheld": whole.Withheld, "review": whole.Review,
			"rejected": whole.Rejected, "retracted": whole.Retracted, "pending": whole.Pending}}
}

// WritePrometheus writes the figures of each organization in the
// Prometheus text format (version 0.0.4), labelled by organization.
func WritePrometheus(w io.Writer, ops []Ops) error {
	type metric struct {
		name, help, kind string
		value            func(o Ops) []sample
	}
	one := func(f func(o Ops) float64) func(o Ops) []sample {
		return func(o Ops) []sample { return []sample{{"", f(o)}} }
	}
	metrics := []metric{
		{"plaza_documents", "Documents by state.", "gauge", func(o Ops) []sample {
			var out []sample
			for _, s := range slices.Sorted(func(yield func(string) bool) {
				for k := range o.States {
					if !yield(k) {
						return
					}
				}
			}) {
				out = append(out, sample{`,state="` + s + `"`, float64(o.States[s])})
			}
			return out
		}},
		{"plaza_documents_received", "Documents received (ledger records).", "gauge", one(func(o Ops) float64 { return float64(o.Received) })},
		{"plaza_review_backlog", "Documents waiting for a person in review.", "gauge", one(func(o Ops) float64 { return float64(o.ReviewBacklog) })},
		{"plaza_review_oldest_seconds", "How long the oldest document in review has waited.", "gauge", one(func(o Ops) float64 { return float64(o.ReviewOldestSeconds) })},
		{"plaza_release_ratio", "published / (received - rejected for format faults), whole ledger.", "gauge", one(func(o Ops) float64 { return o.ReleaseRatio })},
		{"plaza_release_ratio_30d", "The release ratio of the documents received in the last 30 days.", "gauge", one(func(o Ops) float64 { return o.ReleaseRatio30d })},
		{"plaza_release_ratio_prior_30d", "The release ratio of the documents received in the 30 days before the last 30.", "gauge", one(func(o Ops) float64 { return o.ReleaseRatioPrior30d })},
	}
	for _, m := range metrics {
		if _, err := fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", m.name, m.help, m.name, m.kind); err != nil {
			return err
		}
		for _, o := range ops {
			for _, s := range m.value(o) {
				if _, err := fmt.Fprintf(w, "%s{org=%q%s} %s\n", m.name, o.Org, s.labels, strconv.FormatFloat(s.v, 'g', -1, 64)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

type sample struct {
	labels string
	v      float64
}
