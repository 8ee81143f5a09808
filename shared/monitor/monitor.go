// Package monitor is the periodic run both deployments share: on AWS the
// monitor function calls it on an EventBridge schedule, on one machine the
// stack calls it on a ticker. A run drives documents on (pipeline.Tick),
// reconciles the inbox, the ledger, the public bucket and the index when
// asked, rolls the release statistics up, checks the non-disclosure
// decisions, counts the access logs into the daily usage figures, deletes
// the texts and contacts of leak reports past their retention, and runs
// the inquiries' reminders, escalations and retention.
package monitor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"time"

	"github.com/seoul-plaza/plaza/shared/emf"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/usage"
)

// Pipeline is what a run asks of the document pipeline.
type Pipeline interface {
	Tick(ctx context.Context) (pipeline.TickReport, error)
	Reconciliation(ctx context.Context, o pipeline.ReconcileOptions) (pipeline.Reconciliation, error)
}

// Subscriptions is the retention of unconfirmed subscription requests
// (*subscription.Service).
type Subscriptions interface {
	Purge(ctx context.Context) (int, error)
}

// Reports is the retention of citizens' leak reports.
type Reports interface {
	Tick(ctx context.Context) (purged int, err error)
}

// Rollup keeps the release statistics' roll-up (*stats.Roller).
type Rollup interface {
	Run(ctx context.Context) (stats.RunReport, error)
}

// Closures checks the organizations' non-disclosure decisions
// (*closure.Runner) and returns the number of doubts.
type Closures interface {
	Run(ctx context.Context) (int, error)
}

// Usage counts the access logs into the daily usage figures
// (*usage.Aggregator).
type Usage interface {
	Run(ctx context.Context) (usage.RunReport, error)
}

// Boilerplate relearns the lines each department repeats and keeps them
// where the functions that index read them (on AWS, a
// pipeline.BoilerplateRelearner over the work bucket).
type Boilerplate interface {
	Run(ctx context.Context) (pipeline.BoilerplateReport, error)
}

// Inquiries is the inquiries' own monitor.
type Inquiries interface {
	Run(ctx context.Context) (inquiry.Report, error)
}

// DeadLetters reads the dead-letter queues' depths by queue name
// (*sqs.Depths of shared/queue/sqs).
type DeadLetters interface {
	Depths(ctx context.Context) (map[string]int, error)
}

// Deps are what a Monitor runs. Inquiries may be nil (a deployment
// without citizens' questions).
type Deps struct {
	Pipeline Pipeline
	Reports  Reports
	// Subscriptions, when set, deletes the subscription requests never
	// confirmed, on the runs that reconcile (daily on AWS, hourly on one
	// machine).
	Subscriptions Subscriptions
	Inquiries     Inquiries
	// Stats, when set, rolls the release statistics up from the ledger's
	// change feed: on the runs that reconcile (nightly on AWS), or on
	// every run with StatsEveryRun (one machine's tick).
	Stats         Rollup
	StatsEveryRun bool
	// Closures, when set, checks the non-disclosure decisions: on the
	// runs that reconcile, or with ClosuresEvery, on the first run and
	// then once that long has passed (one machine).
	Closures      Closures
	ClosuresEvery time.Duration
	// ReconcileSample bounds the index entries a reconciliation reads (on
	// AWS, where the index is large); 0 reads all of it. ReconcileEvery
	// also reconciles runs that were not asked to, once that long has
	// passed (one machine).
	ReconcileSample int
	ReconcileEvery  time.Duration
	// Usage, when set, counts the access logs: on the runs that
	// reconcile (the daily rule on AWS), or with UsageEvery, on the first
	// run and then once that long has passed (one machine).
	Usage      Usage
	UsageEvery time.Duration
	// Boilerplate, when set (on AWS), relearns the lines each department
	// repeats on the runs that reconcile (nightly); one machine learns
	// them when it refills its index and on reindex instead.
	Boilerplate Boilerplate
	// DeadLetters, when set (on AWS), is read on every run: the depth of
	// each queue goes in the run's line, their total in its metrics.
	DeadLetters DeadLetters
	Logger      *slog.Logger
	// EveryRun logs the line of every run at Info; otherwise only a run
	// that moved something is logged at Info, the others at Debug. On AWS
	// the metrics are read from that line (EMF, shared/emf), so it must
	// be there every run; one machine ticks every few seconds.
	EveryRun bool
	// Meter, when set (one machine's *meter.Registry; nil on AWS, where
	// CloudWatch reads the line), is told each logged run's metrics.
	Meter Meter
}

// Meter keeps a run's EMF metrics (catalogue names and values only).
type Meter interface {
	RecordRun(fn string, ms ...emf.Metric) error
}

// Function is the monitor's name in the metric catalogue.
const Function = "monitor"

// Monitor does the runs.
type Monitor struct {
	d Deps
	// checked is when Closures last ran (ClosuresEvery), reconciled when
	// the last reconciliation did (ReconcileEvery).
	checked, reconciled time.Time
	// counted is when Usage last ran (UsageEvery).
	counted time.Time
}

// New returns a Monitor.
func New(d Deps) *Monitor {
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	// Whoever starts a monitor with an interval has just reconciled (the
	// local stack's Start): the first is due an interval later.
	return &Monitor{d: d, reconciled: time.Now()}
}

// Report says what one run did.
type Report struct {
	pipeline.TickReport
	Reconciled *int `json:"reconciled,omitempty"` // runs that reconcile only: envelopes ingested
	// Mismatches counts what the reconciliation found (repaired or not).
	Mismatches *int            `json:"mismatches,omitempty"`
	Inquiries  *inquiry.Report `json:"inquiries,omitempty"`
	// ReportsPurged counts leak reports whose texts and contacts were
	// deleted after their retention period.
	ReportsPurged int `json:"reports_purged"`
	// SubscriptionsPurged counts unconfirmed subscription requests
	// deleted, on runs that reconcile.
	SubscriptionsPurged int `json:"subscriptions_purged,omitempty"`
	// Stats is what the statistics' roll-up did, on runs that roll up.
	Stats *stats.RunReport `json:"stats,omitempty"`
	// Doubts counts the non-disclosure decisions doubted, on runs that
	// check them.
	Doubts *int `json:"doubts,omitempty"`
	// Usage is what the access logs' aggregation did, on runs that count.
	Usage *usage.RunReport `json:"usage,omitempty"`
	// Boilerplate is what the relearning of the departments' repeated
	// lines did, on runs that relearn.
	Boilerplate *pipeline.BoilerplateReport `json:"boilerplate,omitempty"`
	// DeadLetters is each dead-letter queue's depth, with DeadLetters set
	// and every queue read.
	DeadLetters map[string]int `json:"dead_letters,omitempty"`
}

// RunMessage is the msg of the line each run logs; it carries the run's
// EMF metrics.
const RunMessage = "monitor run"

// Run does one run; reconcile also compares the whole inbox with the
// ledger (daily on AWS). Every part runs even when another fails, since
// they are independent (a broken inquiry store must not stop releases);
// the failures are returned together, each named by its part.
func (m *Monitor) Run(ctx context.Context, reconcile bool) (Report, error) {
	var r Report
	var errs []error
	tick, tickErr := m.d.Pipeline.Tick(ctx)
	r.TickReport = tick
	if tickErr != nil {
		errs = append(errs, fmt.Errorf("tick: %w", tickErr))
	}
	if reconcile || (m.d.ReconcileEvery > 0 && time.Since(m.reconciled) >= m.d.ReconcileEvery) {
		rep, err := m.d.Pipeline.Reconciliation(ctx, pipeline.ReconcileOptions{Sample: m.d.ReconcileSample, Repair: true, Keep: true})
		m.reconciled = time.Now()
		n, all := 0, len(rep.Mismatches)
		for _, x := range rep.Mismatches {
			if x.Kind == pipeline.MismatchInboxUnseen {
				n++
			}
		}
		r.Reconciled, r.Mismatches = &n, &all
		if err != nil {
			errs = append(errs, fmt.Errorf("reconcile: %w", err))
		}
	}
	purged, err := m.d.Reports.Tick(ctx)
	r.ReportsPurged = purged
	if err != nil {
		errs = append(errs, fmt.Errorf("leak reports: %w", err))
	}
	if m.d.Subscriptions != nil && r.Reconciled != nil {
		n, err := m.d.Subscriptions.Purge(ctx)
		r.SubscriptionsPurged = n
		if err != nil {
			errs = append(errs, fmt.Errorf("subscriptions: %w", err))
		}
	}
	if m.d.Stats != nil && (reconcile || m.d.StatsEveryRun) {
		rep, err := m.d.Stats.Run(ctx)
		r.Stats = &rep
		if err != nil {
			errs = append(errs, fmt.Errorf("stats: %w", err))
		}
	}
	if m.d.Closures != nil && (reconcile || (m.d.ClosuresEvery > 0 && time.Since(m.checked) >= m.d.ClosuresEvery)) {
		n, err := m.d.Closures.Run(ctx)
		r.Doubts = &n
		m.checked = time.Now()
		if err != nil {
			errs = append(errs, fmt.Errorf("disclosure check: %w", err))
		}
	}
	if m.d.Usage != nil && (reconcile || (m.d.UsageEvery > 0 && time.Since(m.counted) >= m.d.UsageEvery)) {
		rep, err := m.d.Usage.Run(ctx)
		r.Usage = &rep
		m.counted = time.Now()
		if err != nil {
			errs = append(errs, fmt.Errorf("usage: %w", err))
		}
	}
	if m.d.DeadLetters != nil {
		// A partial read would report fewer dead letters than there are:
		// no figure then (the alarm sees no data), and the run fails.
		depths, err := m.d.DeadLetters.Depths(ctx)
		if err != nil {
			errs = append(errs, fmt.Errorf("dead letters: %w", err))
		} else {
			r.DeadLetters = depths
		}
	}
	if m.d.Inquiries != nil {
		rep, err := m.d.Inquiries.Run(ctx)
		r.Inquiries = &rep
		if err != nil {
			errs = append(errs, fmt.Errorf("inquiries: %w", err))
		}
	}
	// Last: it reads the most, and a run that runs out of time must have
	// done the reminders and the figures first.
	if m.d.Boilerplate != nil && reconcile {
		rep, err := m.d.Boilerplate.Run(ctx)
		r.Boilerplate = &rep
		if err != nil {
			errs = append(errs, fmt.Errorf("boilerplate: %w", err))
		}
	}
	// The line's figures come from the tick: after a failed tick they
	// would read as a healthy pipeline (oldest unprocessed 0), so there is
	// no line then, only the error.
	if tickErr == nil {
		m.log(ctx, r)
		if m.d.Meter != nil {
			// A refusal is a bug in the catalogue, not the run's failure.
			if err := m.d.Meter.RecordRun(Function, metrics(r)...); err != nil {
				m.d.Logger.Error("meter", "err", err)
			}
		}
	}
	return r, errors.Join(errs...)
}

func (m *Monitor) log(ctx context.Context, r Report) {
	moved := r.Released+r.Redriven+r.Retried+r.Remasked+r.Unseen+r.ReportsPurged > 0 || (r.Reconciled != nil && *r.Reconciled > 0)
	level := slog.LevelDebug
	if moved || m.d.EveryRun {
		level = slog.LevelInfo
	}
	attrs := []slog.Attr{
		slog.Int("released", r.Released), slog.Int("redriven", r.Redriven), slog.Int("retried", r.Retried),
		slog.Int("remasked", r.Remasked), slog.Int("unseen", r.Unseen), slog.Int("reports_purged", r.ReportsPurged),
		slog.Float64("oldest_unprocessed_s", r.OldestUnprocessed.Seconds()),
	}
	// A number, and only on runs that reconcile, so that the Reconciled
	// metric counts what was found.
	if r.Reconciled != nil {
		attrs = append(attrs, slog.Int("reconciled", *r.Reconciled), slog.Int("mismatches", *r.Mismatches))
	}
	if r.Stats != nil {
		// The operations figures, on the runs that roll up.
		o := r.Stats.Ops
		attrs = append(attrs, slog.Int("stats_changes", r.Stats.Changes), slog.Int("review_backlog", o.ReviewBacklog),
			slog.Int64("review_oldest_s", o.ReviewOldestSeconds), slog.Float64("release_ratio", o.ReleaseRatio),
			slog.Float64("release_ratio_30d", o.ReleaseRatio30d))
	}
	if b := r.Boilerplate; b != nil {
		// Counts only: the lines are published text, but a log is no
		// place for any document's text.
		attrs = append(attrs, slog.Group("boilerplate", slog.Int("orgs", b.Orgs), slog.Int("changed", b.Changed),
			slog.Int("departments", b.Departments), slog.Int("documents", b.Documents)))
	}
	if r.DeadLetters != nil {
		// Queue names and counts only: the messages are never read.
		var qs []any
		for _, n := range slices.Sorted(maps.Keys(r.DeadLetters)) {
			qs = append(qs, slog.Int(n, r.DeadLetters[n]))
		}
		attrs = append(attrs, slog.Group("dead_letters", qs...))
	}
	for _, a := range emf.Attrs(time.Now(), metrics(r)...) {
		attrs = append(attrs, a.(slog.Attr))
	}
	m.d.Logger.LogAttrs(ctx, level, RunMessage, attrs...)
}

// metrics are the run's figures as EMF metrics (shared/emf's catalogue):
// on AWS, CloudWatch reads them from the run's line for the dashboard
// and the alarms.
func metrics(r Report) []emf.Metric {
	out := []emf.Metric{
		{Name: emf.OldestUnprocessed, Unit: emf.Seconds, Value: r.OldestUnprocessed.Seconds()},
		{Name: emf.Released, Unit: emf.Count, Value: float64(r.Released)},
		{Name: emf.Redriven, Unit: emf.Count, Value: float64(r.Redriven)},
	}
	if r.Reconciled != nil {
		out = append(out, emf.Metric{Name: emf.Reconciled, Unit: emf.Count, Value: float64(*r.Reconciled)},
			emf.Metric{Name: emf.Mismatches, Unit: emf.Count, Value: float64(*r.Mismatches)})
	}
	if r.Stats != nil {
		o := r.Stats.Ops
		out = append(out, emf.Metric{Name: emf.ReviewBacklog, Unit: emf.Count, Value: float64(o.ReviewBacklog)},
			emf.Metric{Name: emf.ReviewOldest, Unit: emf.Seconds, Value: float64(o.ReviewOldestSeconds)})
		// A ratio over nothing received is 0, not a fall: a window that
		// received nothing emits no ratio, and the alarms see no data.
		for _, x := range []struct {
			name     string
			v        float64
			received int
		}{{emf.ReleaseRatio, o.ReleaseRatio, o.Received}, {emf.ReleaseRatio30d, o.ReleaseRatio30d, o.Received30d},
			{emf.ReleaseRatioPrior30d, o.ReleaseRatioPrior30d, o.ReceivedPrior30d}} {
			if x.received > 0 {
				out = append(out, emf.Metric{Name: x.name, Unit: emf.None, Value: x.v})
			}
		}
		for _, st := range emf.States() {
			out = append(out, emf.Metric{Name: emf.DocumentsPrefix + st, Unit: emf.Count, Value: float64(o.States[st])})
		}
	}
	if q := r.Inquiries; q != nil {
		out = append(out, emf.Metric{Name: emf.InquiriesOpen, Unit: emf.Count, Value: float64(q.Open)},
			emf.Metric{Name: emf.InquiriesDueSoon, Unit: emf.Count, Value: float64(q.DueSoon)},
			emf.Metric{Name: emf.InquiriesOverdue, Unit: emf.Count, Value: float64(q.Overdue)})
	}
	if r.DeadLetters != nil {
		n := 0
		for _, v := range r.DeadLetters {
			n += v
		}
		out = append(out, emf.Metric{Name: emf.DeadLetters, Unit: emf.Count, Value: float64(n)})
	}
	return out
}
