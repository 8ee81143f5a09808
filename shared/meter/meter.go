// Package meter keeps, in one process, the figures the functions emit as
// EMF log lines (emf.Catalog): on AWS CloudWatch reads them from the
// logs; the local stack owns a Registry, hands it to the stages, and
// serves it as JSON and Prometheus text. Names, units and families are
// the catalogue's; the values are counts and durations, never a document.
package meter

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/seoul-plaza/plaza/shared/emf"
)

// BucketsMs returns the upper bounds of the latency histograms, in
// milliseconds: from a local stack's sub-second stages to a day's queue.
func BucketsMs() []float64 {
	return []float64{10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 3600000, 86400000}
}

// Figures are one organization's figures by catalogue name: the counts
// summed over every record (Published, PersonalData.rrn…) and each
// latency's distribution (ReceivedToPublished…).
type Figures struct {
	Counts  map[string]float64 `json:"counts"`
	Latency map[string]Latency `json:"latency"`
}

// Latency is a distribution of durations: how many, their sum, and per
// bound of BucketsMs how many took at most that long (cumulative).
type Latency struct {
	Count   int      `json:"count"`
	SumMs   float64  `json:"sum_ms"`
	Buckets []Bucket `json:"buckets"`
}

// Bucket is one cumulative bound of a Latency.
type Bucket struct {
	LeMs  float64 `json:"le_ms"`
	Count int     `json:"count"`
}

// Registry holds the figures recorded since it was made, by organization.
// It is safe for concurrent use.
type Registry struct {
	fns  []string
	mu   sync.Mutex
	orgs map[string]*Figures
	// runFn's periodic run (the monitor's) reports runNames; its figures
	// are the deployment's, not an organization's.
	runFn    string
	runNames []string
	run      Run
}

// Run is a periodic run's figures, the deployment's: the latest value of
// each level or age (Seconds, None), and each count summed over the runs.
type Run struct {
	Gauges map[string]float64 `json:"gauges"`
	Counts map[string]float64 `json:"counts"`
}

// New returns an empty registry of the metrics of the functions named
// (the ones this process runs, "redact" and "index"): WritePrometheus
// writes each of their catalogue metrics.
func New(fns ...string) *Registry {
	return &Registry{fns: slices.Clone(fns), orgs: map[string]*Figures{},
		run: Run{Gauges: map[string]float64{}, Counts: map[string]float64{}}}
}

// TakeRun makes the registry serve names, fn's catalogue metrics that
// describe its periodic run (the monitor's OldestUnprocessedDocumentAge,
// Released…), from RecordRun. Call it before the registry is shared.
func (r *Registry) TakeRun(fn string, names ...string) error {
	for _, n := range names {
		if d, ok := emf.Lookup(fn, n); !ok || d.Prefix || d.Unit == emf.Milliseconds {
			return fmt.Errorf("meter: %s/%s is not a run's figure in the catalogue", fn, n)
		}
	}
	r.runFn, r.runNames = fn, slices.Clone(names)
	return nil
}

// RecordRun keeps the metrics fn's run emitted: those TakeRun named (the
// others of fn's catalogue are served from elsewhere and dropped). A
// metric the catalogue does not list for fn is refused.
func (r *Registry) RecordRun(fn string, ms ...emf.Metric) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var unknown []string
	for _, m := range ms {
		d, ok := emf.Lookup(fn, m.Name)
		if !ok || d.Unit != m.Unit {
			unknown = append(unknown, fn+"/"+m.Name)
			continue
		}
		if fn != r.runFn || !slices.Contains(r.runNames, m.Name) {
			continue
		}
		if d.Unit == emf.Count && !d.Level {
			r.run.Counts[m.Name] += m.Value
		} else {
			r.run.Gauges[m.Name] = m.Value
		}
	}
	if unknown != nil {
		return fmt.Errorf("meter: not in the catalogue: %s", strings.Join(unknown, ", "))
	}
	return nil
}

// RunFigures returns a copy of the run's figures.
func (r *Registry) RunFigures() Run {
	r.mu.Lock()
	defer r.mu.Unlock()
	return Run{Gauges: maps.Clone(r.run.Gauges), Counts: maps.Clone(r.run.Counts)}
}

// RunNames are the run metrics the registry serves (TakeRun's).
func (r *Registry) RunNames() []string { return slices.Clone(r.runNames) }

// Functions are the functions the registry serves.
func (r *Registry) Functions() []string { return slices.Clone(r.fns) }

// Record adds the metrics fn emitted for org's document. A metric the
// catalogue does not list for fn is dropped (and reported): it would have
// no Prometheus name either.
func (r *Registry) Record(fn, org string, ms ...emf.Metric) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var unknown []string
	for _, m := range ms {
		d, ok := emf.Lookup(fn, m.Name)
		if !ok || d.Unit != m.Unit || !slices.Contains(r.fns, fn) {
			unknown = append(unknown, fn+"/"+m.Name)
			continue
		}
		// An organization appears once it has a figure.
		f := r.orgs[org]
		if f == nil {
			f = &Figures{Counts: map[string]float64{}, Latency: map[string]Latency{}}
			r.orgs[org] = f
		}
		if d.Unit != emf.Milliseconds {
			f.Counts[m.Name] += m.Value
			continue
		}
		l := f.Latency[m.Name]
		if l.Buckets == nil {
			for _, b := range BucketsMs() {
				l.Buckets = append(l.Buckets, Bucket{LeMs: b})
			}
		}
		l.Count++
		l.SumMs += m.Value
		for i := range l.Buckets {
			if m.Value <= l.Buckets[i].LeMs {
				l.Buckets[i].Count++
			}
		}
		f.Latency[m.Name] = l
	}
	if unknown != nil {
		return fmt.Errorf("meter: not in the catalogue: %s", strings.Join(unknown, ", "))
	}
	return nil
}

// Of returns a copy of org's figures (empty, not nil, when it has none).
func (r *Registry) Of(org string) Figures {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := Figures{Counts: map[string]float64{}, Latency: map[string]Latency{}}
	if f := r.orgs[org]; f != nil {
		maps.Copy(out.Counts, f.Counts)
		for k, l := range f.Latency {
			l.Buckets = slices.Clone(l.Buckets)
			out.Latency[k] = l
		}
	}
	return out
}

// Orgs lists the organizations with figures, sorted.
func (r *Registry) Orgs() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Sorted(maps.Keys(r.orgs))
}

// PromName is a catalogue metric's Prometheus family: "plaza_" and its
// name in snake case, counts as counters (_total), latencies in seconds
// as histograms. A family's member (PersonalData.rrn) is a label of its
// family (plaza_personal_data_total{type="rrn"}).
func PromName(d emf.Def) (name, kind string) {
	base := strings.TrimSuffix(d.Name, ".")
	var b strings.Builder
	b.WriteString("plaza")
	for i, c := range base {
		if c >= 'A' && c <= 'Z' {
			if i == 0 || base[i-1] != '.' {
				b.WriteByte('_')
			}
			c += 'a' - 'A'
		} else if c == '.' {
			c = '_'
		}
		b.WriteRune(c)
	}
	switch d.Unit {
	case emf.Milliseconds:
		return b.String() + "_seconds", "histogram"
	case emf.Seconds:
		return strings.TrimSuffix(b.String(), "_age") + "_age_seconds", "gauge"
	case emf.None:
		return b.String(), "gauge"
	}
	if d.Level {
		return b.String(), "gauge"
	}
	return b.String() + "_total", "counter"
}

// PromLabel is the label a family's member takes (its suffix after the
// family's prefix).
const PromLabel = "type"

// WritePrometheus writes every catalogue metric of the registry's
// functions in the Prometheus text format (0.0.4), each family with its
// HELP and TYPE even before it has a sample. The run's figures have no
// label: they are the deployment's.
func (r *Registry) WritePrometheus(w io.Writer) error {
	orgs := r.Orgs()
	figs := make([]Figures, len(orgs))
	for i, o := range orgs {
		figs[i] = r.Of(o)
	}
	run := r.RunFigures()
	for _, d := range emf.Catalog() {
		if d.Function == r.runFn && slices.Contains(r.runNames, d.Name) {
			if err := writeRun(w, d, run); err != nil {
				return err
			}
			continue
		}
		if !slices.Contains(r.fns, d.Function) {
			continue
		}
		name, kind := PromName(d)
		help := d.Name + " (" + d.Function + ", EMF " + d.Unit + ")"
		if d.Prefix {
			help = d.Name + "<" + PromLabel + "> (" + d.Function + ", EMF " + d.Unit + ")"
		}
		if _, err := fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, kind); err != nil {
			return err
		}
		for i, org := range orgs {
			if err := writeSamples(w, d, name, org, figs[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

func writeRun(w io.Writer, d emf.Def, run Run) error {
	name, kind := PromName(d)
	if _, err := fmt.Fprintf(w, "# HELP %s %s (%s run, EMF %s)\n# TYPE %s %s\n", name, d.Name, d.Function, d.Unit, name, kind); err != nil {
		return err
	}
	v, ok := run.Counts[d.Name]
	if kind == "gauge" {
		v, ok = run.Gauges[d.Name]
	}
	if !ok {
		return nil
	}
	_, err := fmt.Fprintf(w, "%s %s\n", name, strconv.FormatFloat(v, 'g', -1, 64))
	return err
}

func writeSamples(w io.Writer, d emf.Def, name, org string, f Figures) error {
	lbl := `org="` + escape(org) + `"`
	num := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	if d.Unit == emf.Milliseconds {
		l, ok := f.Latency[d.Name]
		if !ok {
			return nil
		}
		for _, b := range l.Buckets {
			if _, err := fmt.Fprintf(w, "%s_bucket{%s,le=%q} %d\n", name, lbl, num(b.LeMs/1000), b.Count); err != nil {
				return err
			}
		}
		_, err := fmt.Fprintf(w, "%s_bucket{%s,le=\"+Inf\"} %d\n%s_sum{%s} %s\n%s_count{%s} %d\n",
			name, lbl, l.Count, name, lbl, num(l.SumMs/1000), name, lbl, l.Count)
		return err
	}
	if !d.Prefix {
		if v, ok := f.Counts[d.Name]; ok {
			_, err := fmt.Fprintf(w, "%s{%s} %s\n", name, lbl, num(v))
			return err
		}
		return nil
	}
	for _, k := range slices.Sorted(maps.Keys(f.Counts)) {
		if member, ok := strings.CutPrefix(k, d.Name); ok && member != "" {
			if _, err := fmt.Fprintf(w, "%s{%s,%s=\"%s\"} %s\n", name, lbl, PromLabel, escape(member), num(f.Counts[k])); err != nil {
				return err
			}
		}
	}
	return nil
}

// escape quotes a label value as the text format wants: backslash,
// double quote and newline escaped, every other character as it is.
func escape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}
