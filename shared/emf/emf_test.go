package emf

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"testing"
	"time"
)

// A line with the attributes is what CloudWatch reads as EMF: a _aws
// directive naming each metric, whose values are fields of the line,
// and the dimension a field too.
func TestAttrsMakeAnEMFLine(t *testing.T) {
	var b bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&b, nil)).With(Dimension, "redact", Deployment, "dev")
	at := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	log.Info("published", Attrs(at, Metric{"PersonalData.name", Count, 2}, Metric{"Published", Count, 1})...)
	var line struct {
		Function string  `json:"function"`
		Name     float64 `json:"PersonalData.name"`
		Pub      float64 `json:"Published"`
		AWS      struct {
			Timestamp         int64
			CloudWatchMetrics []struct {
				Namespace  string
				Dimensions [][]string
				Metrics    []struct{ Name, Unit string }
			}
		} `json:"_aws"`
	}
	if err := json.Unmarshal(b.Bytes(), &line); err != nil {
		t.Fatal(err)
	}
	d := line.AWS.CloudWatchMetrics
	if line.Function != "redact" || line.Name != 2 || line.Pub != 1 || line.AWS.Timestamp != at.UnixMilli() || len(d) != 1 ||
		d[0].Namespace != Namespace || len(d[0].Dimensions) != 1 || d[0].Dimensions[0][0] != "deployment" || d[0].Dimensions[0][1] != "function" ||
		len(d[0].Metrics) != 2 || d[0].Metrics[0].Name != "PersonalData.name" || d[0].Metrics[0].Unit != Count {
		t.Fatalf("line %s", b.String())
	}
	if Attrs(at) != nil {
		t.Fatal("attributes without a metric")
	}
}
