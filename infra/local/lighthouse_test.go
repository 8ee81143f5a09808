package main

import (
	"strings"
	"testing"
)

// TestLighthouseReportAgainstTargets reads scores out of Lighthouse's
// JSON and holds them to the targets of issue 14.
func TestLighthouseReportAgainstTargets(t *testing.T) {
	report := func(perf, a11y, bp, cls string) []byte {
		return []byte(`{"categories": {"performance": {"score": ` + perf + `}, "accessibility": {"score": ` + a11y + `}, "best-practices": {"score": ` + bp + `}},
			"audits": {"cumulative-layout-shift": {"numericValue": ` + cls + `}, "total-blocking-time": {"numericValue": 180}, "largest-contentful-paint": {"numericValue": 2400}}}`)
	}
	for _, c := range []struct {
		name, perf, a11y, bp, cls string
		fails                     []string
	}{
		{"all met", "0.96", "1", "1", "0", nil},
		{"at the bounds", "0.9", "1", "0.95", "0.099", nil},
		{"slow", "0.62", "1", "1", "0", []string{"performance 62 < 90"}},
		{"shifting", "0.9", "1", "1", "0.83", []string{"CLS 0.830 >= 0.1"}},
		{"inaccessible and careless", "0.95", "0.98", "0.9", "0", []string{"accessibility 98 < 100", "best practices 90 < 95"}},
	} {
		s, err := parseLighthouse(c.name, report(c.perf, c.a11y, c.bp, c.cls))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := strings.Join(s.failures(), "; "); got != strings.Join(c.fails, "; ") {
			t.Errorf("%s: failures %q, want %q", c.name, got, c.fails)
		}
		if s.TBT != 180 || s.LCP != 2400 {
			t.Errorf("%s: TBT %v, LCP %v", c.name, s.TBT, s.LCP)
		}
	}
	// A report whose run failed, or that lacks a score, is an error.
	if _, err := parseLighthouse("x", []byte(`{"runtimeError": {"message": "NO_FCP"}, "categories": {}}`)); err == nil || !strings.Contains(err.Error(), "NO_FCP") {
		t.Errorf("runtime error: %v", err)
	}
	if _, err := parseLighthouse("x", []byte(`{"categories": {"performance": {"score": null}}}`)); err == nil {
		t.Error("a null score passes")
	}
}
