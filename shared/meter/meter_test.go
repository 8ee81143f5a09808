package meter

import (
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/seoul-plaza/plaza/shared/emf"
)

func TestRecordSumsCountsAndBucketsLatencies(t *testing.T) {
	r := New("redact", "index")
	for _, ms := range []float64{5, 120, 4000} {
		if err := r.Record("redact", "6110000", emf.Metric{Name: emf.Published, Unit: emf.Count, Value: 1},
			emf.Metric{Name: emf.PersonalDataPrefix + "rrn", Unit: emf.Count, Value: 2},
			emf.Metric{Name: emf.ReceivedToPublished, Unit: emf.Milliseconds, Value: ms}); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Record("index", "3000000", emf.Metric{Name: emf.ReceivedToIndexed, Unit: emf.Milliseconds, Value: 70}); err != nil {
		t.Fatal(err)
	}
	f := r.Of("6110000")
	if f.Counts[emf.Published] != 3 || f.Counts["PersonalData.rrn"] != 6 {
		t.Errorf("counts %v", f.Counts)
	}
	l := f.Latency[emf.ReceivedToPublished]
	if l.Count != 3 || l.SumMs != 4125 {
		t.Errorf("latency %+v", l)
	}
	for _, b := range l.Buckets {
		want := 0
		for _, ms := range []float64{5, 120, 4000} {
			if ms <= b.LeMs {
				want++
			}
		}
		if b.Count != want {
			t.Errorf("le %v: %d, want %d", b.LeMs, b.Count, want)
		}
	}
	if _, ok := r.Of("3000000").Latency[emf.ReceivedToPublished]; ok {
		t.Error("one organization's latency counted in another's")
	}
	// A copy: the caller cannot change the registry.
	f.Counts[emf.Published] = 99
	if r.Of("6110000").Counts[emf.Published] != 3 {
		t.Error("Of returned the registry's own map")
	}
}

func TestRecordRefusesWhatTheCatalogueLacks(t *testing.T) {
	r := New("redact", "index")
	err := r.Record("redact", "6110000", emf.Metric{Name: "Text", Unit: emf.Count, Value: 1},
		emf.Metric{Name: emf.ReceivedToIndexed, Unit: emf.Milliseconds, Value: 1}, // index's, not redact's
		emf.Metric{Name: emf.Published, Unit: emf.Count, Value: 1})
	if err == nil || !strings.Contains(err.Error(), "redact/Text") || !strings.Contains(err.Error(), "redact/ReceivedToIndexed") {
		t.Errorf("error %v", err)
	}
	// A function the registry does not serve: /metrics would not show it.
	if err := r.Record("monitor", "6110000", emf.Metric{Name: emf.Released, Unit: emf.Count, Value: 1}); err == nil {
		t.Error("recorded the monitor's metric in a registry of redact and index")
	}
	if err := r.Record("redact", "3000000", emf.Metric{Name: "Text", Unit: emf.Count, Value: 1}); err == nil || slices.Contains(r.Orgs(), "3000000") {
		t.Errorf("an organization with nothing recorded is listed: %v %v", r.Orgs(), err)
	}
	if f := r.Of("6110000"); len(f.Counts) != 1 || len(f.Latency) != 0 {
		t.Errorf("kept %+v", f)
	}
}

func TestPromName(t *testing.T) {
	for _, c := range []struct {
		d          emf.Def
		name, kind string
	}{
		{emf.Def{Function: "redact", Name: emf.Published, Unit: emf.Count}, "plaza_published_total", "counter"},
		{emf.Def{Function: "redact", Name: emf.PersonalDataPrefix, Unit: emf.Count, Prefix: true}, "plaza_personal_data_total", "counter"},
		{emf.Def{Function: "redact", Name: emf.ReceivedToPublished, Unit: emf.Milliseconds}, "plaza_received_to_published_seconds", "histogram"},
		{emf.Def{Function: "index", Name: emf.ReceivedToIndexed, Unit: emf.Milliseconds}, "plaza_received_to_indexed_seconds", "histogram"},
		{emf.Def{Function: "monitor", Name: emf.OldestUnprocessed, Unit: emf.Seconds}, "plaza_oldest_unprocessed_document_age_seconds", "gauge"},
		{emf.Def{Function: "monitor", Name: emf.Released, Unit: emf.Count}, "plaza_released_total", "counter"},
		{emf.Def{Function: "monitor", Name: emf.ReleaseRatio, Unit: emf.None}, "plaza_release_ratio", "gauge"},
		{emf.Def{Function: "monitor", Name: emf.DeadLetters, Unit: emf.Count, Level: true}, "plaza_dead_letters", "gauge"},
	} {
		if n, k := PromName(c.d); n != c.name || k != c.kind {
			t.Errorf("%s: %s %s, want %s %s", c.d.Name, n, k, c.name, c.kind)
		}
	}
}

// The text parses as Prometheus's own parser reads it, with the families,
// types and values recorded; a label value is escaped, not quoted as Go.
func TestWritePrometheusParses(t *testing.T) {
	r := New("redact", "index")
	if err := r.Record("redact", "61\"10\\000", emf.Metric{Name: emf.PersonalDataPrefix + "주민번호", Unit: emf.Count, Value: 4},
		emf.Metric{Name: emf.ReceivedToPublished, Unit: emf.Milliseconds, Value: 1500}, emf.Metric{Name: emf.Published, Unit: emf.Count, Value: 1}); err != nil {
		t.Fatal(err)
	}
	if err := r.Record("index", "6110000", emf.Metric{Name: emf.ReceivedToIndexed, Unit: emf.Milliseconds, Value: 20}); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := r.WritePrometheus(&b); err != nil {
		t.Fatal(err)
	}
	// Legacy validation: the 0.0.4 text format's names, ASCII only.
	parser := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := parser.TextToMetricFamilies(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	for _, d := range emf.Catalog() {
		name, kind := PromName(d)
		if d.Function != "redact" && d.Function != "index" {
			if _, ok := fams[name]; ok {
				t.Errorf("%s written for %s", name, d.Function)
			}
			continue
		}
		f, ok := fams[name]
		if !ok || !strings.EqualFold(f.GetType().String(), kind) {
			t.Errorf("%s: family %v", name, f)
		}
	}
	pd := fams["plaza_personal_data_total"].GetMetric()
	if len(pd) != 1 || pd[0].GetCounter().GetValue() != 4 {
		t.Fatalf("personal data %v", pd)
	}
	labels := map[string]string{}
	for _, l := range pd[0].GetLabel() {
		labels[l.GetName()] = l.GetValue()
	}
	if labels["org"] != "61\"10\\000" || labels["type"] != "주민번호" {
		t.Errorf("labels %v", labels)
	}
	h := fams["plaza_received_to_published_seconds"].GetMetric()[0].GetHistogram()
	if h.GetSampleCount() != 1 || h.GetSampleSum() != 1.5 {
		t.Errorf("histogram %v", h)
	}
	for _, bk := range h.GetBucket() {
		if want := uint64(0); bk.GetUpperBound() >= 1.5 && bk.GetCumulativeCount() != 1 || bk.GetUpperBound() < 1.5 && bk.GetCumulativeCount() != want {
			t.Errorf("bucket %v", bk)
		}
	}
}

// A run's figures: the latest level, the counts summed over the runs;
// the metrics of the run that TakeRun did not name are left to others,
// and a name outside the catalogue is refused.
func TestRecordRunKeepsLatestLevelsAndSumsCounts(t *testing.T) {
	r := New("redact", "index")
	if err := r.TakeRun("monitor", emf.OldestUnprocessed, emf.Released, emf.Mismatches, emf.DeadLetters); err != nil {
		t.Fatal(err)
	}
	if err := r.TakeRun("monitor", emf.ReceivedToPublished); err == nil {
		t.Error("took redact's latency as the monitor's")
	}
	for _, run := range []struct{ age, released, dead float64 }{{120, 2, 4}, {30, 3, 1}} {
		if err := r.RecordRun("monitor", emf.Metric{Name: emf.OldestUnprocessed, Unit: emf.Seconds, Value: run.age},
			emf.Metric{Name: emf.Released, Unit: emf.Count, Value: run.released},
			emf.Metric{Name: emf.DeadLetters, Unit: emf.Count, Value: run.dead},
			emf.Metric{Name: emf.ReviewBacklog, Unit: emf.Count, Value: 9}); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.RecordRun("monitor", emf.Metric{Name: "Secret", Unit: emf.Count, Value: 1}); err == nil {
		t.Error("kept a metric the catalogue lacks")
	}
	f := r.RunFigures()
	// DeadLetters is a Count, but a level: the latest, not the sum.
	if f.Gauges[emf.OldestUnprocessed] != 30 || f.Counts[emf.Released] != 5 || f.Gauges[emf.DeadLetters] != 1 || len(f.Gauges) != 2 || len(f.Counts) != 1 {
		t.Errorf("run figures %+v", f)
	}
	var b strings.Builder
	if err := r.WritePrometheus(&b); err != nil {
		t.Fatal(err)
	}
	parser := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := parser.TextToMetricFamilies(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	age := fams["plaza_oldest_unprocessed_document_age_seconds"].GetMetric()
	rel := fams["plaza_released_total"].GetMetric()
	if len(age) != 1 || age[0].GetGauge().GetValue() != 30 || len(age[0].GetLabel()) != 0 {
		t.Errorf("age %v", age)
	}
	if len(rel) != 1 || rel[0].GetCounter().GetValue() != 5 {
		t.Errorf("released %v", rel)
	}
	if dl := fams["plaza_dead_letters"].GetMetric(); len(dl) != 1 || dl[0].GetGauge().GetValue() != 1 {
		t.Errorf("dead letters %v", dl)
	}
	if !strings.Contains(b.String(), "# TYPE plaza_mismatches_total counter\n") || fams["plaza_mismatches_total"].GetMetric() != nil {
		t.Errorf("mismatches before a reconciliation: %v", fams["plaza_mismatches_total"])
	}
	if _, ok := fams["plaza_review_backlog_total"]; ok {
		t.Error("wrote a monitor metric TakeRun did not name")
	}
}
