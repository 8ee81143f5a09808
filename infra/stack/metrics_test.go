package stack

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/emf"
)

// shown is one of Plaza's metrics as the dashboard or an alarm names it.
type shown struct {
	fn, name string
	dims     map[string]string
}

// dashboardMetrics reads the dev dashboard's body: the Plaza metrics of
// its graphs and its math expressions.
func dashboardMetrics(t *testing.T) ([]shown, []string) {
	t.Helper()
	var metrics []shown
	var exprs []string
	for id, r := range byType(fixture.devJSON, "AWS::CloudWatch::Dashboard") {
		var body struct {
			Widgets []struct {
				Properties struct {
					Metrics [][]any `json:"metrics"`
				} `json:"properties"`
			} `json:"widgets"`
		}
		if err := json.Unmarshal([]byte(render(props(r)["DashboardBody"])), &body); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		for _, w := range body.Widgets {
			for _, m := range w.Properties.Metrics {
				if len(m) == 1 {
					if o, ok := m[0].(map[string]any); ok && o["expression"] != nil {
						exprs = append(exprs, fmt.Sprint(o["expression"]))
					}
					continue
				}
				if m[0] != emf.Namespace {
					continue
				}
				s := shown{name: fmt.Sprint(m[1]), dims: map[string]string{}}
				for i := 2; i+1 < len(m); i += 2 {
					k, isKey := m[i].(string)
					if !isKey {
						break
					}
					s.dims[k] = fmt.Sprint(m[i+1])
				}
				s.fn = s.dims[emf.Dimension]
				metrics = append(metrics, s)
			}
		}
	}
	return metrics, exprs
}

// The dashboard shows every metric of shared/emf's catalogue, by the
// namespace, name and dimensions the functions emit (their own tests
// check what they emit against the same catalogue), and nothing else of
// Plaza's namespace.
func TestDashboardShowsTheCatalogue(t *testing.T) {
	// GIVEN the dev dashboard
	metrics, exprs := dashboardMetrics(t)
	seen := map[[2]string]bool{}
	// THEN each Plaza metric it shows is one a function emits, with the
	// deployment and function as its only dimensions
	for _, m := range metrics {
		d, ok := emf.Lookup(m.fn, m.name)
		if !ok || d.Prefix {
			t.Errorf("the dashboard shows %s of %q, which no function emits", m.name, m.fn)
		}
		if len(m.dims) != 2 || m.dims[emf.Deployment] != "dev" {
			t.Errorf("%s: dimensions %v", m.name, m.dims)
		}
		seen[[2]string{m.fn, m.name}] = true
	}
	// AND every metric of the catalogue is shown: by name, or a family by
	// a search for its term and function
	for _, d := range emf.Catalog() {
		if !d.Prefix {
			if !seen[[2]string{d.Function, d.Name}] {
				t.Errorf("the dashboard does not show %s's %s", d.Function, d.Name)
			}
			continue
		}
		term := strings.TrimSuffix(d.Name, ".")
		if !slices.ContainsFunc(exprs, func(e string) bool {
			return strings.HasPrefix(e, "SEARCH('{"+emf.Namespace+","+emf.Deployment+","+emf.Dimension+"} "+term+" ") &&
				strings.Contains(e, emf.Dimension+`="`+d.Function+`"`) && strings.Contains(e, emf.Deployment+`="dev"`)
		}) {
			t.Errorf("no search shows the family %s of %s: %v", d.Name, d.Function, exprs)
		}
	}
}

// The alarms on Plaza's metrics name catalogue metrics; the oldest
// waiting document, the oldest review item, and the release ratio's level
// and fall each raise one.
func TestAlarmsOnPlazaMetricsUseTheCatalogue(t *testing.T) {
	type alarm struct {
		metrics []shown
		expr    string
		op      string
		limit   float64
	}
	metric := func(ns, name any, dims any) (shown, bool) {
		if ns != emf.Namespace {
			return shown{}, false
		}
		s := shown{name: fmt.Sprint(name), dims: map[string]string{}}
		for _, d := range list(dims) {
			d := d.(map[string]any)
			s.dims[fmt.Sprint(d["Name"])] = render(d["Value"])
		}
		s.fn = s.dims[emf.Dimension]
		return s, true
	}
	// GIVEN every alarm of the dev stack on Plaza's namespace
	var alarms []alarm
	for _, r := range byType(fixture.devJSON, "AWS::CloudWatch::Alarm") {
		p := props(r)
		a := alarm{op: fmt.Sprint(p["ComparisonOperator"])}
		fmt.Sscan(fmt.Sprint(p["Threshold"]), &a.limit)
		if s, ok := metric(p["Namespace"], p["MetricName"], p["Dimensions"]); ok {
			a.metrics = append(a.metrics, s)
		}
		for _, q := range list(p["Metrics"]) {
			q := q.(map[string]any)
			if e, ok := q["Expression"].(string); ok {
				a.expr = e
			}
			if ms, ok := q["MetricStat"].(map[string]any); ok {
				m := ms["Metric"].(map[string]any)
				if s, ok := metric(m["Namespace"], m["MetricName"], m["Dimensions"]); ok {
					a.metrics = append(a.metrics, s)
				}
			}
		}
		if len(a.metrics) > 0 {
			alarms = append(alarms, a)
		}
	}
	// THEN each names a metric a function emits, of this deployment
	for _, a := range alarms {
		for _, m := range a.metrics {
			if _, ok := emf.Lookup(m.fn, m.name); !ok || m.dims[emf.Deployment] != "dev" || len(m.dims) != 2 {
				t.Errorf("an alarm watches %s %v, which no function emits", m.name, m.dims)
			}
		}
	}
	// AND the ones operations needs are there
	find := func(expr string, op string, names ...string) *alarm {
		for i, a := range alarms {
			var got []string
			for _, m := range a.metrics {
				got = append(got, m.name)
			}
			slices.Sort(got)
			slices.Sort(names)
			if a.expr == expr && a.op == op && slices.Equal(got, names) {
				return &alarms[i]
			}
		}
		return nil
	}
	for _, c := range []struct {
		what, expr, op string
		names          []string
		limit          float64
	}{
		{"oldest waiting document", "", "GreaterThanThreshold", []string{emf.OldestUnprocessed}, oldestThreshold},
		{"oldest review item", "", "GreaterThanThreshold", []string{emf.ReviewOldest}, reviewOldestThreshold},
		{"low release ratio", "", "LessThanThreshold", []string{emf.ReleaseRatio30d}, releaseRatioThreshold},
		{"falling release ratio", "prior - recent", "GreaterThanThreshold", []string{emf.ReleaseRatio30d, emf.ReleaseRatioPrior30d}, releaseRatioFall},
		{"dead letters left a day", "", "GreaterThanOrEqualToThreshold", []string{emf.DeadLetters}, 1},
	} {
		if a := find(c.expr, c.op, c.names...); a == nil || a.limit != c.limit {
			t.Errorf("%s: no alarm %s %v at %v (%+v)", c.what, c.op, c.names, c.limit, a)
		}
	}
}

// The monitor is told every dead-letter queue by name, for the
// DeadLetters metric, and may read their attributes but not their
// messages.
func TestMonitorReadsEveryDeadLetterQueue(t *testing.T) {
	// GIVEN the dev stack's monitor
	tp := fixture.devJSON
	fn := idOf(t, tp, "AWS::Lambda::Function", title(Monitor)+"Function")
	vars := props(tp.resources()[fn])["Environment"].(map[string]interface{})["Variables"].(map[string]interface{})
	// THEN its variable names each queue's URL (Ref of the queue)
	got := map[string]string{}
	for _, pair := range strings.Split(render(vars[EnvDeadLetterQueues]), ",") {
		name, ref, _ := strings.Cut(pair, "=")
		got[name] = ref
	}
	names := fixture.dev.DLQNames()
	if len(names) < 5 || len(got) != len(names) {
		t.Fatalf("queues %v, the stack has %v", got, names)
	}
	// Every SQS action per queue: the role's statements come in an inline
	// policy and, past IAM's size limit, an overflow policy, in no fixed
	// order, so a queue's actions are gathered, not the last one kept.
	sqsGrants := map[string]map[string]bool{}
	for _, g := range tp.roleGrants(tp.functionRole(fn)) {
		if strings.HasPrefix(g.Action, "sqs:") {
			if sqsGrants[g.Resource] == nil {
				sqsGrants[g.Resource] = map[string]bool{}
			}
			sqsGrants[g.Resource][g.Action] = true
		}
	}
	own := "<" + idOf(t, tp, "AWS::SQS::Queue", title(Monitor)+"FailureDLQ") + ".Arn>"
	for _, n := range names {
		id := idOf(t, tp, "AWS::SQS::Queue", title(n)+"DLQ")
		if got[n] != "<"+id+">" {
			t.Errorf("%s: %q, want the URL of %s", n, got[n], id)
		}
		// AND its role may read that queue's attributes, and that only:
		// its own failure queue, where Lambda delivers the monitor's
		// failed runs, it may also send to.
		acts := sqsGrants["<"+id+".Arn>"]
		if !acts["sqs:GetQueueAttributes"] {
			t.Errorf("%s: the monitor may not read its depth: %v", n, acts)
		}
		for a := range acts {
			if a != "sqs:GetQueueAttributes" && !((a == "sqs:SendMessage" || a == "sqs:GetQueueUrl") && "<"+id+".Arn>" == own) {
				t.Errorf("%s: monitor's grant %q", n, a)
			}
		}
	}
	if len(sqsGrants) != len(names) {
		t.Errorf("SQS grants %v beyond the dead-letter queues' attributes", sqsGrants)
	}
}
