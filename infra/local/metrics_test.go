package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/chromium"
	"github.com/seoul-plaza/plaza/shared/emf"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/meter"
	"github.com/seoul-plaza/plaza/shared/monitor"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// metricsStack starts a seeded stack, waits until its pipeline and roll-up
// settle, and returns it with an admin's token of City Hall.
func metricsStack(t *testing.T) (*Stack, string, string) {
	t.Helper()
	dir := t.TempDir()
	s := openStack(t, dir, 30)
	t.Cleanup(func() { s.Close() })
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	// A citizen's question on a published document, so that the
	// deadlines have one to count.
	var found struct {
		Items []struct{ Org, ID string }
	}
	if code := getJSON(t, s.API, "/api/documents?size=1&organization=6110000", &found); code != http.StatusOK || len(found.Items) != 1 {
		t.Fatalf("search: %d %+v", code, found)
	}
	if code, res := do(t, s.API, "POST", "/api/inquiries", "", map[string]any{"document_id": found.Items[0].ID,
		"question": "이 사업의 세부 일정을 알고 싶습니다.", "email": "citizen@example.org", "consent": true}); code != http.StatusCreated {
		t.Fatalf("ask: %d %v", code, res)
	}
	tok, err := s.Auth.Issue(auth.Claims{Subject: "metrics-test", Organization: "6110000", Admin: true}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return s, dir, tok
}

// staffOps is GET /api/staff/metrics's answer.
type staffOps struct {
	stats.Ops
	Inquiries *inquiry.Deadlines `json:"inquiries"`
	Stages    *meter.Figures     `json:"stages"`
	Monitor   *meter.Run         `json:"monitor"`
}

func staffMetrics(t *testing.T, s *Stack, tok string) staffOps {
	t.Helper()
	rr := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/api/staff/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	s.API.ServeHTTP(rr, req)
	var o staffOps
	if rr.Code != http.StatusOK || json.Unmarshal(rr.Body.Bytes(), &o) != nil {
		t.Fatalf("/api/staff/metrics: %d %s", rr.Code, rr.Body.String())
	}
	return o
}

// prometheus reads /metrics into samples by name and labels, and into
// families as Prometheus's own parser reads them (a text it cannot parse
// fails the test).
func prometheus(t *testing.T, s *Stack) (map[string]float64, map[string]*dto.MetricFamily) {
	t.Helper()
	rr := httptest.NewRecorder()
	s.API.ServeHTTP(rr, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	parser := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := parser.TextToMetricFamilies(strings.NewReader(rr.Body.String()))
	if err != nil {
		t.Fatalf("/metrics does not parse: %v\n%s", err, rr.Body.String())
	}
	out := map[string]float64{}
	for _, l := range strings.Split(rr.Body.String(), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		i := strings.LastIndexByte(l, ' ')
		v, err := strconv.ParseFloat(l[i+1:], 64)
		if i < 0 || err != nil {
			t.Fatalf("/metrics line %q", l)
		}
		out[l[:i]] = v
	}
	return out, fams
}

// The local stack serves the same figures to staff as JSON and to
// Prometheus as text: every count, ratio and the review's oldest wait
// (which grows between the two requests by at most their distance).
func TestStaffMetricsAndPrometheusAgree(t *testing.T) {
	s, _, tok := metricsStack(t)
	// A run that reconciles, so that every figure of the monitor's run has
	// a value.
	if _, err := s.Tick(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	before := time.Now()
	o := staffMetrics(t, s, tok)
	p, fams := prometheus(t, s)
	gap := time.Since(before).Seconds() + 1
	if o.Received == 0 || o.States["published"] == 0 || o.ReviewBacklog == 0 || o.Inquiries == nil || o.Inquiries.Open != 1 {
		t.Fatalf("a seeded stack with nothing to measure: %+v", o)
	}
	org := `{org="6110000"`
	want := map[string]float64{
		"plaza_documents_received" + org + "}":      float64(o.Received),
		"plaza_review_backlog" + org + "}":          float64(o.ReviewBacklog),
		"plaza_release_ratio" + org + "}":           o.ReleaseRatio,
		"plaza_release_ratio_30d" + org + "}":       o.ReleaseRatio30d,
		"plaza_release_ratio_prior_30d" + org + "}": o.ReleaseRatioPrior30d,
	}
	want["plaza_inquiries_open"+org+"}"] = float64(o.Inquiries.Open)
	want["plaza_inquiries_due_soon"+org+"}"] = float64(o.Inquiries.DueSoon)
	want["plaza_inquiries_overdue"+org+"}"] = float64(o.Inquiries.Overdue)
	for st, n := range o.States {
		want[fmt.Sprintf("plaza_documents%s,state=%q}", org, st)] = float64(n)
	}
	for k, v := range want {
		if got, ok := p[k]; !ok || got != v {
			t.Errorf("%s: /metrics %v (present %v), /api/staff/metrics %v", k, got, ok, v)
		}
	}
	if got := p["plaza_review_oldest_seconds"+org+"}"]; math.Abs(got-float64(o.ReviewOldestSeconds)) > gap {
		t.Errorf("review oldest: /metrics %v, /api/staff/metrics %v", got, o.ReviewOldestSeconds)
	}
	catalogueServed(t, s, o, fams)
}

// catalogueServed checks that every metric of the catalogue is either
// served by both /api/staff/metrics and /metrics, with the same value,
// or declared run-only: a metric added to the catalogue fails here until
// the local stack serves it (or says why not).
func catalogueServed(t *testing.T, s *Stack, o staffOps, fams map[string]*dto.MetricFamily) {
	t.Helper()
	// The roll-up's figures by catalogue name: the monitor's metrics that
	// /api/staff/metrics and /metrics serve from the roll-up and the
	// inquiries (checked value by value above), and their Prometheus names.
	rollupFigures := map[string]string{
		emf.ReviewBacklog: "plaza_review_backlog", emf.ReviewOldest: "plaza_review_oldest_seconds",
		emf.ReleaseRatio: "plaza_release_ratio", emf.ReleaseRatio30d: "plaza_release_ratio_30d", emf.ReleaseRatioPrior30d: "plaza_release_ratio_prior_30d",
		emf.InquiriesOpen: "plaza_inquiries_open", emf.InquiriesDueSoon: "plaza_inquiries_due_soon", emf.InquiriesOverdue: "plaza_inquiries_overdue",
	}

	if o.Stages == nil || o.Monitor == nil {
		t.Fatal("/api/staff/metrics has no stage figures")
	}
	// The org label's samples of a family, by the rest of their labels.
	samples := func(name string) map[string]*dto.Metric {
		out := map[string]*dto.Metric{}
		for _, m := range fams[name].GetMetric() {
			var org, rest string
			for _, l := range m.GetLabel() {
				if l.GetName() == "org" {
					org = l.GetValue()
				} else {
					rest += l.GetName() + "=" + l.GetValue()
				}
			}
			if org == "6110000" {
				out[rest] = m
			}
		}
		return out
	}
	for _, d := range emf.Catalog() {
		switch {
		case slices.Contains(s.Meter.Functions(), d.Function):
			name, _ := meter.PromName(d)
			got := samples(name)
			switch {
			case d.Unit == emf.Milliseconds:
				l, ok := o.Stages.Latency[d.Name]
				h := got[""].GetHistogram()
				if !ok || l.Count == 0 || h == nil || h.GetSampleCount() != uint64(l.Count) || math.Abs(h.GetSampleSum()-l.SumMs/1000) > 1e-9 {
					t.Errorf("%s: /api/staff/metrics %+v (present %v), /metrics %s %v", d.Name, l, ok, name, h)
				}
			case d.Prefix:
				n := 0
				for k, v := range o.Stages.Counts {
					member, ok := strings.CutPrefix(k, d.Name)
					if !ok {
						continue
					}
					n++
					if c := got[meter.PromLabel+"="+member].GetCounter(); c == nil || c.GetValue() != v {
						t.Errorf("%s: /api/staff/metrics %v, /metrics %s{type=%q} %v", k, v, name, member, c)
					}
				}
				if n == 0 || len(got) != n {
					t.Errorf("%s: /api/staff/metrics has %d types, /metrics %s %d", d.Name, n, name, len(got))
				}
			default:
				v, ok := o.Stages.Counts[d.Name]
				if c := got[""].GetCounter(); !ok || v == 0 || c == nil || c.GetValue() != v {
					t.Errorf("%s: /api/staff/metrics %v (present %v), /metrics %s %v", d.Name, v, ok, name, c)
				}
			}
		case strings.HasPrefix(d.Name, emf.DocumentsPrefix):
			st := strings.TrimPrefix(d.Name, emf.DocumentsPrefix)
			if _, ok := o.States[st]; !ok || samples("plaza_documents")["state="+st] == nil {
				t.Errorf("%s: /api/staff/metrics states %v, /metrics plaza_documents{state=%q} %v", d.Name, o.States, st, samples("plaza_documents")["state="+st])
			}
		case rollupFigures[d.Name] != "":
			if samples(rollupFigures[d.Name])[""] == nil {
				t.Errorf("%s: not in /metrics as %s", d.Name, rollupFigures[d.Name])
			}
		case d.Function == monitor.Function && slices.Contains(s.Meter.RunNames(), d.Name):
			// The monitor run's own figures, the deployment's: no org label.
			name, kind := meter.PromName(d)
			v, ok := o.Monitor.Counts[d.Name]
			if kind == "gauge" {
				v, ok = o.Monitor.Gauges[d.Name]
			}
			if got, present := runSample(fams, name); !ok || !present || got != v {
				t.Errorf("%s: /api/staff/metrics %v (present %v), /metrics %s %v (present %v)", d.Name, v, ok, name, got, present)
			}
		default:
			t.Errorf("%s (%s): in the catalogue, but not served by the local stack", d.Name, d.Function)
		}
	}
	// Personal data appears in the figures as types and counts only:
	// no label value is a seeded document's text.
	for name, f := range fams {
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if v := l.GetValue(); len(v) > 40 || strings.ContainsAny(v, "@ ") {
					t.Errorf("%s: label %s=%q looks like text, not a type", name, l.GetName(), v)
				}
			}
		}
	}
}

// runSample is the value of a family's one sample without labels (a
// monitor run's figure), as Prometheus's parser read it.
func runSample(fams map[string]*dto.MetricFamily, name string) (float64, bool) {
	ms := fams[name].GetMetric()
	if len(ms) != 1 || len(ms[0].GetLabel()) != 0 {
		return 0, false
	}
	if g := ms[0].GetGauge(); g != nil {
		return g.GetValue(), true
	}
	if c := ms[0].GetCounter(); c != nil {
		return c.GetValue(), true
	}
	return 0, false
}

// The monitor's run on the local stack's ticker (Tick) feeds the
// registry: after a run and a reconciling run, /api/staff/metrics and
// /metrics show the latest oldest-unprocessed age and the counts summed
// over the two, as the runs reported them. An envelope dropped into the
// inbox unannounced gives the reconciliation something to find.
func TestMonitorRunFiguresInBothEndpoints(t *testing.T) {
	s, dir, tok := metricsStack(t)
	ctx := context.Background()
	o := staffMetrics(t, s, tok)
	if o.Monitor == nil || len(o.Monitor.Gauges)+len(o.Monitor.Counts) != 0 {
		t.Fatalf("before any run: %+v", o.Monitor)
	}
	if _, fams := prometheus(t, s); fams["plaza_released_total"] != nil && len(fams["plaza_released_total"].GetMetric()) != 0 {
		t.Fatalf("released before any run: %v", fams["plaza_released_total"])
	}
	quiet, err := localfs.New(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := samples(1, time.Now())[0]
	d.envelope["id"] = "UNANNOUNCED-1"
	if err := putDoc(ctx, quiet, d); err != nil {
		t.Fatal(err)
	}
	first, err := s.Tick(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.Tick(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if first.Reconciled != nil || second.Reconciled == nil || *second.Reconciled < 1 || second.Mismatches == nil {
		t.Fatalf("runs %+v, %+v: want the second to reconcile the unannounced envelope", first, second)
	}
	want := map[string]float64{
		emf.OldestUnprocessed: second.OldestUnprocessed.Seconds(),
		emf.Released:          float64(first.Released + second.Released),
		emf.Redriven:          float64(first.Redriven + second.Redriven),
		emf.Reconciled:        float64(*second.Reconciled),
		emf.Mismatches:        float64(*second.Mismatches),
		// The bus's dead-letter folder, the one queue of one machine.
		emf.DeadLetters: float64(second.DeadLetters["events"]),
	}
	if _, ok := second.DeadLetters["events"]; !ok {
		t.Errorf("the run read no dead letters: %v", second.DeadLetters)
	}
	o = staffMetrics(t, s, tok)
	_, fams := prometheus(t, s)
	if o.Monitor == nil {
		t.Fatal("/api/staff/metrics has no monitor figures")
	}
	for name, v := range want {
		d, _ := emf.Lookup(monitor.Function, name)
		prom, kind := meter.PromName(d)
		got, ok := o.Monitor.Counts[name]
		if kind == "gauge" {
			got, ok = o.Monitor.Gauges[name]
		}
		if !ok || got != v {
			t.Errorf("%s: /api/staff/metrics %v (present %v), the runs reported %v", name, got, ok, v)
		}
		if p, ok := runSample(fams, prom); !ok || p != v {
			t.Errorf("%s: /metrics %s %v (present %v), the runs reported %v", name, prom, p, ok, v)
		}
	}
	if kind := fams["plaza_oldest_unprocessed_document_age_seconds"].GetType().String(); kind != "GAUGE" {
		t.Errorf("the oldest unprocessed age is a %s", kind)
	}
	if kind := fams["plaza_dead_letters"].GetType().String(); kind != "GAUGE" {
		t.Errorf("the dead letters are a %s", kind)
	}
	if kind := fams["plaza_reconciled_total"].GetType().String(); kind != "COUNTER" {
		t.Errorf("reconciled is a %s", kind)
	}
}

// The staff console's metrics view shows the figures of
// /api/staff/metrics, each kept raw beside its text.
func TestConsoleShowsTheMetrics(t *testing.T) {
	chromium.Require(t)
	s, dir, tok := metricsStack(t)
	if _, err := s.Tick(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.API)
	defer srv.Close()
	code, err := newLogin(dir, tok, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	b := chromium.New(t)
	b.Open(srv.URL + "/staff/#login=" + code)
	b.WaitFor("the console", `document.getElementById("console-nav") && !document.getElementById("console-nav").hidden`)
	b.Click(`#console-nav a[href="#/metrics"]`)
	b.WaitFor("the metrics view", `document.querySelector('#metrics-states tr[data-state="published"] td')`)
	o := staffMetrics(t, s, tok)
	cell := func(sel string) string {
		return b.Text(`(document.querySelector(` + chromium.JS(sel) + `) || {getAttribute: function () { return "absent"; }}).getAttribute("data-value")`)
	}
	for _, st := range []string{"published", "closed", "withheld", "review", "rejected", "retracted", "pending"} {
		if got := cell(`#metrics-states tr[data-state="` + st + `"] td`); got != strconv.Itoa(o.States[st]) {
			t.Errorf("state %s: the console shows %s, the API says %d", st, got, o.States[st])
		}
	}
	// The charts draw the same figures, each bar as long as its share of
	// the longest (ratios: of 100%).
	bar := func(sel string) (string, float64) {
		var got struct {
			Value string  `json:"value"`
			Width float64 `json:"width"`
		}
		_ = json.Unmarshal(b.Eval(`(function(){var n=document.querySelector(`+chromium.JS(sel)+`); return n ? {value: n.getAttribute("data-value"), width: Number(n.querySelector("rect").getAttribute("width"))} : {value: "absent"};})()`), &got)
		return got.Value, got.Width
	}
	charted := []string{"published", "closed", "withheld", "review", "rejected", "retracted", "pending"}
	top := 0
	for _, st := range charted {
		top = max(top, o.States[st])
	}
	for _, st := range charted {
		v, w := bar(`#chart-states li[data-key="` + st + `"]`)
		if want := 100 * float64(o.States[st]) / float64(top); v != strconv.Itoa(o.States[st]) || math.Abs(w-want) > 0.01 {
			t.Errorf("chart of state %s: %s, %.2f wide; the API says %d (%.2f)", st, v, w, o.States[st], want)
		}
	}
	if v, w := bar(`#chart-release li[data-key="release_ratio"]`); v != strconv.FormatFloat(o.ReleaseRatio, 'g', -1, 64) || math.Abs(w-100*o.ReleaseRatio) > 0.01 {
		t.Errorf("chart of the release ratio: %s, %.2f wide; the API says %v", v, w, o.ReleaseRatio)
	}
	if v, _ := bar(`#chart-inquiries li[data-key="inquiries.open"]`); v != strconv.Itoa(o.Inquiries.Open) {
		t.Errorf("chart of open questions: %s; the API says %d", v, o.Inquiries.Open)
	}
	for key, v := range map[string]string{"received": strconv.Itoa(o.Received), "review_backlog": strconv.Itoa(o.ReviewBacklog),
		"release_ratio": strconv.FormatFloat(o.ReleaseRatio, 'g', -1, 64), "release_ratio_30d": strconv.FormatFloat(o.ReleaseRatio30d, 'g', -1, 64)} {
		if got := cell(`#metrics-figures tr[data-metric="` + key + `"] td`); got != v {
			t.Errorf("%s: the console shows %s, the API says %s", key, got, v)
		}
	}
	for key, v := range map[string]int{"open": o.Inquiries.Open, "due_soon": o.Inquiries.DueSoon, "overdue": o.Inquiries.Overdue} {
		if got := cell(`#metrics-inquiries tr[data-metric="inquiries.` + key + `"] td`); got != strconv.Itoa(v) {
			t.Errorf("inquiries %s: the console shows %s, the API says %d", key, got, v)
		}
	}
	// The stage metrics: each count and latency by its catalogue name,
	// personal data by type.
	if o.Stages == nil || len(o.Stages.Latency) == 0 {
		t.Fatalf("no stage figures: %+v", o.Stages)
	}
	types := 0
	for k, v := range o.Stages.Counts {
		sel := `#metrics-stages tr[data-metric="` + k + `"] td`
		if typ, ok := strings.CutPrefix(k, emf.PersonalDataPrefix); ok {
			sel = `#metrics-personal-data tr[data-type="` + typ + `"] td`
			types++
		}
		if got := cell(sel); got != strconv.FormatFloat(v, 'g', -1, 64) {
			t.Errorf("%s: the console shows %s, the API says %v", k, got, v)
		}
	}
	if types == 0 {
		t.Error("the seeded documents masked no personal data")
	}
	for k, l := range o.Stages.Latency {
		sel := `#metrics-stages tr[data-metric="` + k + `"] td`
		sum := b.Text(`(document.querySelector(` + chromium.JS(sel) + `) || {getAttribute: function () { return "absent"; }}).getAttribute("data-sum-ms")`)
		if got := cell(sel); got != strconv.Itoa(l.Count) || sum != strconv.FormatFloat(l.SumMs, 'g', -1, 64) {
			t.Errorf("%s: the console shows %s in %s ms, the API says %d in %v", k, got, sum, l.Count, l.SumMs)
		}
	}
	// The monitor runs' figures, the server's.
	if o.Monitor == nil || len(o.Monitor.Gauges) == 0 || len(o.Monitor.Counts) == 0 {
		t.Fatalf("no monitor figures after a run: %+v", o.Monitor)
	}
	for k, v := range o.Monitor.Gauges {
		if got := cell(`#metrics-monitor tr[data-metric="` + k + `"] td`); got != strconv.FormatFloat(v, 'g', -1, 64) {
			t.Errorf("%s: the console shows %s, the API says %v", k, got, v)
		}
	}
	for k, v := range o.Monitor.Counts {
		if got := cell(`#metrics-monitor tr[data-metric="` + k + `"] td`); got != strconv.FormatFloat(v, 'g', -1, 64) {
			t.Errorf("%s: the console shows %s, the API says %v", k, got, v)
		}
	}
	// The dead letters are a level but a count: read as a number, not an age.
	if dl, ok := o.Monitor.Gauges[emf.DeadLetters]; !ok {
		t.Errorf("no dead letters among the monitor's gauges: %v", o.Monitor.Gauges)
	} else if got := b.Text(`document.querySelector('#metrics-monitor tr[data-metric="DeadLetters"] td').textContent`); got != strconv.FormatFloat(dl, 'f', 0, 64)+"건" {
		t.Errorf("dead letters read %q, want %v건", got, dl)
	}
	if txt := b.Text(`document.getElementById("metrics").innerText`); !strings.Contains(txt, "공개율(최근 30일)") || !strings.Contains(txt, "검토 대기") ||
		!strings.Contains(txt, "대조에서 찾은 불일치") ||
		!strings.Contains(txt, "접수부터 공개까지") || !strings.Contains(txt, "가린 개인정보(유형별)") {
		t.Errorf("the view reads:\n%s", txt)
	}
	a11y(t, b, "metrics")
	shot(t, b, "console-metrics.png")
}
