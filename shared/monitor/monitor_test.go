package monitor

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/emf"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/usage"
)

type fake struct {
	recon                        []pipeline.ReconcileOptions
	calls                        []string
	tickErr, reconErr, reportErr error
	tick                         pipeline.TickReport
}

func (f *fake) Tick(context.Context) (pipeline.TickReport, error) {
	f.calls = append(f.calls, "tick")
	return f.tick, f.tickErr
}

// Reconciliation finds two envelopes the ledger had not seen (ingested)
// and a stray public object (reported).
func (f *fake) Reconciliation(_ context.Context, o pipeline.ReconcileOptions) (pipeline.Reconciliation, error) {
	f.calls = append(f.calls, "reconcile")
	f.recon = append(f.recon, o)
	return pipeline.Reconciliation{Mismatches: []pipeline.Mismatch{{Kind: pipeline.MismatchInboxUnseen, Repaired: "ingested"},
		{Kind: pipeline.MismatchInboxUnseen, Repaired: "ingested"}, {Kind: pipeline.MismatchObjectWithoutLedger, ID: "STRAY"}}}, f.reconErr
}

type reports struct{ f *fake }

func (r reports) Tick(context.Context) (int, error) {
	r.f.calls = append(r.f.calls, "reports")
	return 1, r.f.reportErr
}

type inquiries struct{ f *fake }

func (q inquiries) Run(context.Context) (inquiry.Report, error) {
	q.f.calls = append(q.f.calls, "inquiries")
	return inquiry.Report{Reminders: 3}, nil
}

func run(t *testing.T, f *fake, withInquiries, reconcile, everyRun bool) (Report, error, []map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	d := Deps{Pipeline: f, Reports: reports{f}, Logger: slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo})), EveryRun: everyRun}
	if withInquiries {
		d.Inquiries = inquiries{f}
	}
	r, err := New(d).Run(context.Background(), reconcile)
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, m)
	}
	return r, err, lines
}

func TestRunDoesEveryPartAndLogsTheMetricsLine(t *testing.T) {
	f := &fake{tick: pipeline.TickReport{Released: 4, OldestUnprocessed: 90 * time.Second}}
	r, err, lines := run(t, f, true, true, true)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(f.calls, ",") != "tick,reconcile,reports,inquiries" {
		t.Errorf("calls %v", f.calls)
	}
	if len(f.recon) != 1 || !f.recon[0].Repair || !f.recon[0].Keep || r.Mismatches == nil || *r.Mismatches != 3 {
		t.Errorf("reconciliation %+v, %v mismatches; want one that repairs and keeps its report, 3 found", f.recon, r.Mismatches)
	}
	if r.Released != 4 || r.Reconciled == nil || *r.Reconciled != 2 || r.ReportsPurged != 1 || r.Inquiries == nil || r.Inquiries.Reminders != 3 {
		t.Errorf("report %+v", r)
	}
	// infra/stack's metric filters read these fields as numbers.
	if len(lines) != 1 || lines[0]["msg"] != RunMessage {
		t.Fatalf("log %v", lines)
	}
	for field, want := range map[string]float64{"released": 4, "reconciled": 2, "oldest_unprocessed_s": 90, "redriven": 0} {
		if got, ok := lines[0][field].(float64); !ok || got != want {
			t.Errorf("%s = %v, want the number %v", field, lines[0][field], want)
		}
	}
}

func TestRunWithoutReconcileOrInquiries(t *testing.T) {
	f := &fake{}
	r, err, lines := run(t, f, false, false, false)
	if err != nil || r.Reconciled != nil || r.Inquiries != nil || strings.Join(f.calls, ",") != "tick,reports" {
		t.Errorf("%+v %v %v", r, err, f.calls)
	}
	// A run that purged a report moved something: logged at Info.
	if len(lines) != 1 || lines[0]["reconciled"] != nil {
		t.Errorf("log %v", lines)
	}
	quiet := &fake{}
	var buf bytes.Buffer
	m := New(Deps{Pipeline: quiet, Reports: zero{}, Logger: slog.New(slog.NewJSONHandler(&buf, nil))})
	if _, err := m.Run(context.Background(), false); err != nil || buf.Len() != 0 {
		t.Errorf("an idle run logged at Info: %s %v", buf.String(), err)
	}
}

type zero struct{}

func (zero) Tick(context.Context) (int, error) { return 0, nil }

// One part failing does not stop the others; the failures come back
// together, and a failed tick logs no metrics line (it would read as a
// healthy pipeline).
func TestRunKeepsGoingAfterAFailure(t *testing.T) {
	boom, gone := errors.New("boom"), errors.New("gone")
	f := &fake{tickErr: boom, reportErr: gone}
	_, err, lines := run(t, f, true, true, true)
	if !errors.Is(err, boom) || !errors.Is(err, gone) || !strings.Contains(err.Error(), "tick: boom") || !strings.Contains(err.Error(), "leak reports: gone") {
		t.Errorf("err = %v", err)
	}
	if strings.Join(f.calls, ",") != "tick,reconcile,reports,inquiries" {
		t.Errorf("calls %v", f.calls)
	}
	if len(lines) != 0 {
		t.Errorf("a failed tick logged %v", lines)
	}
}

type rollup struct {
	runs int
	err  error
}

func (r *rollup) Run(context.Context) (stats.RunReport, error) {
	r.runs++
	return stats.RunReport{Changes: 5}, r.err
}

// The statistics roll up on the runs that reconcile (nightly on AWS), or
// on every run when asked (one machine); a failed roll-up is reported and
// stops nothing else.
func TestStatsRollUpNightlyOrEveryRun(t *testing.T) {
	for _, c := range []struct {
		reconcile, everyRun bool
		want                int
	}{{false, false, 0}, {true, false, 1}, {false, true, 1}} {
		f, ru := &fake{}, &rollup{err: errors.New("store down")}
		r, err := New(Deps{Pipeline: f, Reports: reports{f}, Inquiries: inquiries{f}, Stats: ru, StatsEveryRun: c.everyRun}).Run(context.Background(), c.reconcile)
		if ru.runs != c.want {
			t.Errorf("reconcile %v, every run %v: %d roll-ups, want %d", c.reconcile, c.everyRun, ru.runs, c.want)
		}
		if c.want == 1 && (err == nil || !strings.Contains(err.Error(), "stats: store down") || r.Stats == nil || r.Stats.Changes != 5) {
			t.Errorf("failed roll-up: %v, report %+v", err, r.Stats)
		}
		if c.want == 1 && !slices.Contains(f.calls, "inquiries") {
			t.Errorf("a failed roll-up stopped the inquiries: %v", f.calls)
		}
	}
}

type closures struct{ runs int }

func (c *closures) Run(context.Context) (int, error) { c.runs++; return 3, nil }

// The disclosure check runs nightly, or on the first run and then once
// its interval has passed.
func TestClosuresNightlyOrByInterval(t *testing.T) {
	f, c := &fake{}, &closures{}
	m := New(Deps{Pipeline: f, Reports: reports{f}, Closures: c})
	if r, _ := m.Run(context.Background(), false); c.runs != 0 || r.Doubts != nil {
		t.Fatalf("a run that does not reconcile checked: %d", c.runs)
	}
	if r, _ := m.Run(context.Background(), true); c.runs != 1 || r.Doubts == nil || *r.Doubts != 3 {
		t.Fatalf("the nightly run: %d checks, %v", c.runs, r.Doubts)
	}
	m = New(Deps{Pipeline: f, Reports: reports{f}, Closures: c, ClosuresEvery: time.Hour})
	m.Run(context.Background(), false)
	m.Run(context.Background(), false)
	if c.runs != 2 {
		t.Fatalf("every hour: %d checks after two runs a moment apart, want 1 more", c.runs-1)
	}
}

type counts struct{ runs int }

func (c *counts) Run(context.Context) (usage.RunReport, error) {
	c.runs++
	return usage.RunReport{Days: []string{"2026-12-06"}, Lines: 9}, nil
}

// The access logs are counted nightly, or on the first run and then once
// their interval has passed.
func TestUsageNightlyOrByInterval(t *testing.T) {
	f, c := &fake{}, &counts{}
	m := New(Deps{Pipeline: f, Reports: reports{f}, Usage: c})
	if r, _ := m.Run(context.Background(), false); c.runs != 0 || r.Usage != nil {
		t.Fatalf("a run that does not reconcile counted: %d", c.runs)
	}
	if r, _ := m.Run(context.Background(), true); c.runs != 1 || r.Usage == nil || r.Usage.Lines != 9 {
		t.Fatalf("the nightly run: %d counts, %v", c.runs, r.Usage)
	}
	m = New(Deps{Pipeline: f, Reports: reports{f}, Usage: c, UsageEvery: time.Hour})
	m.Run(context.Background(), false)
	m.Run(context.Background(), false)
	if c.runs != 2 {
		t.Fatalf("every hour: %d counts after two runs a moment apart, want 1 more", c.runs-1)
	}
}

type opsRollup struct{ ops stats.Ops }

func (r opsRollup) Run(context.Context) (stats.RunReport, error) {
	return stats.RunReport{Changes: 1, Ops: r.ops}, nil
}

type deadlines struct{}

func (deadlines) Run(context.Context) (inquiry.Report, error) {
	return inquiry.Report{Deadlines: inquiry.Deadlines{Open: 5, DueSoon: 2, Overdue: 1}}, nil
}

// emfRun does a run that reconciles, rolls up and watches inquiries, and
// reads its line as CloudWatch would.
func emfRun(t *testing.T, ops stats.Ops) emf.Record {
	t.Helper()
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil)).With(emf.Dimension, "monitor", emf.Deployment, "dev")
	f := &fake{tick: pipeline.TickReport{Released: 4, Redriven: 1, OldestUnprocessed: 90 * time.Second}}
	m := New(Deps{Pipeline: f, Reports: zero{}, Stats: opsRollup{ops}, Inquiries: deadlines{}, Logger: log, EveryRun: true,
		DeadLetters: depths{d: map[string]int{"ingest-failure": 2, "index-delivery": 1, "notify-stream": 0}}})
	if _, err := m.Run(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	rec, ok, err := emf.Read(bytes.TrimSpace(buf.Bytes()))
	if !ok || err != nil {
		t.Fatalf("not an EMF line (%v): %s", err, buf.String())
	}
	return rec
}

// The run line carries, as EMF, every metric the catalogue says the
// monitor emits, each with its unit and the run's figure; infra/stack's
// dashboard reads the same catalogue.
func TestRunLineIsEMFOfTheCatalogue(t *testing.T) {
	ops := stats.Ops{ReviewBacklog: 3, ReviewOldestSeconds: 7200, ReleaseRatio: 0.9, ReleaseRatio30d: 0.8, ReleaseRatioPrior30d: 0.85,
		Received: 100, Received30d: 10, ReceivedPrior30d: 20,
		States: map[string]int{"published": 80, "closed": 5, "withheld": 4, "review": 3, "rejected": 2, "retracted": 1, "pending": 5}}
	rec := emfRun(t, ops)
	if rec.Function != "monitor" || rec.Deployment != "dev" {
		t.Errorf("dimensions %q %q", rec.Function, rec.Deployment)
	}
	for name, unit := range rec.Units {
		if d, ok := emf.Lookup("monitor", name); !ok || d.Unit != unit {
			t.Errorf("%s (%s) is not in the catalogue as the monitor's: %+v", name, unit, d)
		}
	}
	for _, d := range emf.Catalog() {
		if _, ok := rec.Values[d.Name]; d.Function == "monitor" && !ok {
			t.Errorf("the catalogue's %s is not emitted", d.Name)
		}
	}
	for name, want := range map[string]float64{
		emf.OldestUnprocessed: 90, emf.Released: 4, emf.Redriven: 1, emf.Reconciled: 2, emf.Mismatches: 3,
		emf.ReviewBacklog: 3, emf.ReviewOldest: 7200, emf.ReleaseRatio30d: 0.8, emf.ReleaseRatioPrior30d: 0.85,
		emf.DocumentsPrefix + "published": 80, emf.DocumentsPrefix + "pending": 5,
		emf.InquiriesOpen: 5, emf.InquiriesDueSoon: 2, emf.InquiriesOverdue: 1, emf.DeadLetters: 3,
	} {
		if got := rec.Values[name]; got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
}

// A window that received nothing has no ratio to fall: none is emitted.
func TestNoRatioForAnEmptyWindow(t *testing.T) {
	rec := emfRun(t, stats.Ops{ReleaseRatio: 0.9, Received: 100, States: map[string]int{}})
	if _, ok := rec.Values[emf.ReleaseRatio30d]; ok {
		t.Errorf("a 30-day ratio without documents: %v", rec.Values)
	}
	if _, ok := rec.Values[emf.ReleaseRatioPrior30d]; ok {
		t.Errorf("a prior ratio without documents: %v", rec.Values)
	}
	if rec.Values[emf.ReleaseRatio] != 0.9 {
		t.Errorf("ratio %v", rec.Values[emf.ReleaseRatio])
	}
}

type recorder struct {
	fn string
	ms [][]emf.Metric
}

func (r *recorder) RecordRun(fn string, ms ...emf.Metric) error {
	r.fn = fn
	r.ms = append(r.ms, ms)
	return nil
}

// The Meter (one machine's registry) is told the metrics of the run's
// line, and nothing after a failed tick, as the line is not written then.
func TestMeterIsToldTheRunsMetrics(t *testing.T) {
	rec := &recorder{}
	f := &fake{tick: pipeline.TickReport{Released: 4, Redriven: 1, OldestUnprocessed: 90 * time.Second}}
	m := New(Deps{Pipeline: f, Reports: zero{}, Meter: rec})
	if _, err := m.Run(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, x := range slices.Concat(rec.ms...) {
		got[x.Name] = x.Value
	}
	want := map[string]float64{emf.OldestUnprocessed: 90, emf.Released: 4, emf.Redriven: 1, emf.Reconciled: 2, emf.Mismatches: 3}
	if rec.fn != Function || len(rec.ms) != 1 || len(got) != len(want) {
		t.Fatalf("told %s %v", rec.fn, rec.ms)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	f.tickErr = errors.New("boom")
	if _, err := m.Run(context.Background(), false); err == nil || len(rec.ms) != 1 {
		t.Errorf("a failed tick told the meter: %v %v", err, rec.ms)
	}
}

// depths are dead-letter queues' depths, or a failure to read them.
type depths struct {
	d   map[string]int
	err error
}

func (q depths) Depths(context.Context) (map[string]int, error) { return q.d, q.err }

// Each queue's depth is in the run's line by name; a read that failed
// gives no figure (a partial total would undercount) and fails the run,
// whose other parts still ran.
func TestDeadLetters(t *testing.T) {
	var buf bytes.Buffer
	f := &fake{tick: pipeline.TickReport{Released: 1}}
	m := New(Deps{Pipeline: f, Reports: zero{}, Logger: slog.New(slog.NewJSONHandler(&buf, nil)), EveryRun: true,
		DeadLetters: depths{d: map[string]int{"ingest-failure": 2, "index-delivery": 0}}})
	r, err := m.Run(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	var line struct {
		DeadLetters map[string]int `json:"dead_letters"`
	}
	if err := json.Unmarshal(buf.Bytes(), &line); err != nil {
		t.Fatal(err)
	}
	if len(line.DeadLetters) != 2 || line.DeadLetters["ingest-failure"] != 2 || r.DeadLetters["ingest-failure"] != 2 {
		t.Errorf("line %s, report %v: want each queue's depth", buf.String(), r.DeadLetters)
	}

	buf.Reset()
	m = New(Deps{Pipeline: f, Reports: zero{}, Logger: slog.New(slog.NewJSONHandler(&buf, nil)), EveryRun: true,
		DeadLetters: depths{d: map[string]int{"ingest-failure": 2}, err: errors.New("queue index-delivery: access denied")}})
	r, err = m.Run(context.Background(), false)
	if err == nil || !strings.Contains(err.Error(), "dead letters") || r.Released != 1 {
		t.Errorf("run with an unreadable queue: %v (released %d), want the error and the rest done", err, r.Released)
	}
	rec, ok, rerr := emf.Read(bytes.TrimSpace(buf.Bytes()))
	if !ok || rerr != nil {
		t.Fatalf("not an EMF line (%v): %s", rerr, buf.String())
	}
	if v, found := rec.Values[emf.DeadLetters]; found || r.DeadLetters != nil {
		t.Errorf("a partial read emitted %s = %v (report %v)", emf.DeadLetters, v, r.DeadLetters)
	}
}

type relearner struct {
	runs int
	err  error
}

func (b *relearner) Run(context.Context) (pipeline.BoilerplateReport, error) {
	b.runs++
	return pipeline.BoilerplateReport{Orgs: 2, Changed: 1, Departments: 7, Documents: 120}, b.err
}

// The departments' repeated lines are relearnt on the nightly run only,
// its counts in the run's line; a failure fails the run, whose other
// parts still ran.
func TestBoilerplateNightly(t *testing.T) {
	var buf bytes.Buffer
	f, b := &fake{tick: pipeline.TickReport{Released: 1}}, &relearner{}
	m := New(Deps{Pipeline: f, Reports: zero{}, Boilerplate: b, Logger: slog.New(slog.NewJSONHandler(&buf, nil)), EveryRun: true})
	if r, _ := m.Run(context.Background(), false); b.runs != 0 || r.Boilerplate != nil {
		t.Fatalf("a run that does not reconcile relearnt: %d", b.runs)
	}
	buf.Reset()
	r, err := m.Run(context.Background(), true)
	if err != nil || b.runs != 1 || r.Boilerplate == nil || r.Boilerplate.Changed != 1 {
		t.Fatalf("the nightly run: %d relearnings, %+v, %v", b.runs, r.Boilerplate, err)
	}
	var line struct {
		Boilerplate map[string]int `json:"boilerplate"`
	}
	if err := json.Unmarshal(buf.Bytes(), &line); err != nil {
		t.Fatal(err)
	}
	if line.Boilerplate["changed"] != 1 || line.Boilerplate["documents"] != 120 {
		t.Errorf("line %s: want the relearning's counts", buf.String())
	}
	b.err = errors.New("relearn boilerplate 6110000: access denied")
	r, err = m.Run(context.Background(), true)
	if err == nil || !strings.Contains(err.Error(), "boilerplate") || r.Released != 1 {
		t.Errorf("a failed relearning: %v (released %d), want the error and the rest done", err, r.Released)
	}
}
