package stats

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

func TestOpsAndPrometheus(t *testing.T) {
	ru := NewRollup()
	now := time.Date(2026, 12, 7, 3, 0, 0, 0, time.UTC)
	old := now.AddDate(0, -3, 0)
	add := func(id string, at time.Time, state ledger.State) {
		r := ledger.Record{Org: "6110000", ID: id, Department: "1100123", Grade: "public"}
		r.Move(at, ledger.Received, 1, "", "")
		r.Move(at.Add(time.Hour), state, 1, "", "")
		ru.Add(r)
	}
	add("OLD-1", old, ledger.Indexed)
	add("OLD-2", old, ledger.Indexed)
	add("NEW-1", now.Add(-48*time.Hour), ledger.Review)
	add("NEW-2", now.Add(-24*time.Hour), ledger.Indexed)
	// 30 to 59 days back: the prior window (one published, one withheld);
	// 29 days back is still the recent one.
	add("PRIOR-1", now.AddDate(0, 0, -45), ledger.Indexed)
	add("PRIOR-2", now.AddDate(0, 0, -30), ledger.Withheld)
	add("EDGE", now.AddDate(0, 0, -29), ledger.Indexed)
	o := ru.OpsOf("6110000", now)
	if o.Received != 7 || o.ReviewBacklog != 1 || o.ReviewOldestSeconds != 47*3600 || o.ReleaseRatio != 5.0/7 ||
		o.Received30d != 3 || o.ReleaseRatio30d != 2.0/3 || o.ReceivedPrior30d != 2 || o.ReleaseRatioPrior30d != 0.5 ||
		o.States["published"] != 5 || o.States["review"] != 1 || o.States["withheld"] != 1 {
		t.Fatalf("ops %+v", o)
	}
	var b bytes.Buffer
	if err := WritePrometheus(&b, []Ops{o}); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"# TYPE plaza_documents gauge",
		`plaza_documents{org="6110000",state="published"} 5`,
		`plaza_review_oldest_seconds{org="6110000"} 169200`,
		`plaza_release_ratio_30d{org="6110000"} 0.6666666666666666`,
		`plaza_release_ratio_prior_30d{org="6110000"} 0.5`,
	} {
		if !strings.Contains(b.String(), line+"\n") {
			t.Errorf("no line %q in\n%s", line, b.String())
		}
	}
}
