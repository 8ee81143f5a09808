// Package emf makes a structured log line a CloudWatch embedded metric
// format record: CloudWatch Logs extracts the metrics from the line
// itself, so a function needs no CloudWatch permission and no extra call.
// On one machine the same lines are plain JSON logs.
package emf

import (
	"log/slog"
	"slices"
	"time"
)

// Namespace is the namespace of Plaza's metrics.
const Namespace = "Plaza"

// Dimension is the field of every function's log line that names the
// function, and Deployment the one that names the deployment's stage
// (functions/internal/wire adds both): the metrics' dimensions, so that
// two stacks in one account do not mix.
const (
	Dimension  = "function"
	Deployment = "deployment"
)

// Units.
const (
	Count        = "Count"
	Milliseconds = "Milliseconds"
)

// Metric is one value.
type Metric struct {
	Name  string
	Unit  string
	Value float64
}

type metricDef struct {
	Name string `json:"Name"`
	Unit string `json:"Unit"`
}

type directive struct {
	Namespace  string      `json:"Namespace"`
	Dimensions [][]string  `json:"Dimensions"`
	Metrics    []metricDef `json:"Metrics"`
}

// Attrs returns the attributes to add to a log line: the _aws directive
// and each metric's value as a field of its own name.
func Attrs(at time.Time, metrics ...Metric) []any {
	if len(metrics) == 0 {
		return nil
	}
	slices.SortFunc(metrics, func(a, b Metric) int {
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	})
	d := directive{Namespace: Namespace, Dimensions: [][]string{{Deployment, Dimension}}}
	out := make([]any, 0, len(metrics)+1)
	for _, m := range metrics {
		d.Metrics = append(d.Metrics, metricDef{Name: m.Name, Unit: m.Unit})
		out = append(out, slog.Float64(m.Name, m.Value))
	}
	return append(out, slog.Group("_aws", slog.Int64("Timestamp", at.UnixMilli()), slog.Any("CloudWatchMetrics", []directive{d})))
}
