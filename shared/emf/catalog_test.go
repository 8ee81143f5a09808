package emf

import (
	"bytes"
	"log/slog"
	"testing"
	"time"
)

// A family is found by its prefix with a member's name, never by the
// prefix alone; a metric is its function's only.
func TestLookup(t *testing.T) {
	for _, c := range []struct {
		fn, name string
		ok       bool
	}{
		{"redact", PersonalDataPrefix + "rrn", true},
		{"redact", PersonalDataPrefix, false},
		{"index", PersonalDataPrefix + "rrn", false},
		{"monitor", DocumentsPrefix + "review", true},
		{"monitor", DocumentsPrefix + "archived", false},
		{"monitor", ReleaseRatioPrior30d, true},
		{"redact", ReleaseRatio30d, false},
	} {
		if _, ok := Lookup(c.fn, c.name); ok != c.ok {
			t.Errorf("Lookup(%s, %s) = %v", c.fn, c.name, ok)
		}
	}
	seen := map[[2]string]bool{}
	for _, d := range Catalog() {
		if seen[[2]string{d.Function, d.Name}] || d.Unit == "" {
			t.Errorf("catalogue entry %+v repeated or without a unit", d)
		}
		seen[[2]string{d.Function, d.Name}] = true
	}
}

// Read reads what Attrs writes, and refuses a directive whose metric has
// no number (CloudWatch would drop it).
func TestReadWhatAttrsWrites(t *testing.T) {
	var b bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&b, nil)).With(Dimension, "monitor", Deployment, "prod")
	log.Info("monitor run", Attrs(time.Now(), Metric{ReviewBacklog, Count, 7}, Metric{ReleaseRatio30d, None, 0.8})...)
	rec, ok, err := Read(b.Bytes())
	if !ok || err != nil || rec.Function != "monitor" || rec.Deployment != "prod" || rec.Values[ReviewBacklog] != 7 || rec.Units[ReleaseRatio30d] != None {
		t.Fatalf("%+v %v %v", rec, ok, err)
	}
	if _, ok, err := Read([]byte(`{"msg":"x"}`)); ok || err != nil {
		t.Errorf("a plain line: %v %v", ok, err)
	}
	bad := `{"function":"monitor","ReviewBacklog":"seven","_aws":{"Timestamp":1,"CloudWatchMetrics":[{"Namespace":"Plaza","Dimensions":[["deployment","function"]],"Metrics":[{"Name":"ReviewBacklog","Unit":"Count"}]}]}}`
	if _, ok, err := Read([]byte(bad)); !ok || err == nil {
		t.Errorf("a metric without a number: %v %v", ok, err)
	}
}
