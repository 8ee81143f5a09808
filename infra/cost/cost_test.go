package cost

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/infra/stack"
	"github.com/seoul-plaza/plaza/shared/pipeline/route"
)

// fixed is a measurement written by hand, so that the arithmetic below
// can be checked against figures worked out on paper.
func fixed(t *testing.T, stage string) Model {
	t.Helper()
	st, err := Stacks(stage)
	if err != nil {
		t.Fatal(err)
	}
	return Model{Stack: st, Prices: Seoul(), Latency: DefaultLatency(), Quotas: DefaultQuotas(), Measured: Measured{
		Docs: 1, Files: 1, RecordMax: 634,
		Compute:  map[route.Stage]time.Duration{route.Ingest: 10 * time.Millisecond, route.Redact: 10 * time.Millisecond, route.Index: 2 * time.Millisecond},
		LogBytes: map[route.Stage]int{route.Ingest: 300, route.Redact: 500, route.Index: 300},
	}}
}

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-6*math.Max(1, math.Abs(want)) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// TestArithmetic checks the model against a case worked out by hand.
func TestArithmetic(t *testing.T) {
	m := fixed(t, "prod")
	total := Total(ForFiles(1))
	// 8 ledger Gets + 3 reads before updates + 2 Holds queries.
	// Writes: 4 puts × 2 (transaction) × 1 KB for the record, the same for
	// the change item, GSIs 2 for the create and 3 for each of 3 updates.
	d := DynamoUnits(total, 634)
	near(t, "RRU", d.RRU, 13)
	near(t, "WRU", d.WRU, 8+8+2+9)
	near(t, "change WRU", d.ChangeWRU, 8)
	near(t, "WRU of 1.5 KB records", DynamoUnits(total, 1500).WRU, 16+16+2*(2+9))

	// Ingest at 1,024 MB: 10 ms / (1024/1769) = 17.275 ms, plus 2 GETs
	// (30) + 2 HEADs (20) + 1 PUT (25) + 5 GetItems (25) + 2 transactions
	// (30) + 1 Query (5) = 135 ms.
	dur := m.Durations()
	near(t, "ingest ms", ms(dur[route.Ingest]), 10*1769.0/1024+135)
	// Index at 256 MB: 2 ms × 1769/256 + GET 15 + LIST 20 + 3 GetItems 15 + 1 transaction 15 + index 20.
	near(t, "index ms", ms(dur[route.Index]), 2*1769.0/256+85)

	line := func(prefix string) float64 {
		for _, l := range m.PerMillion() {
			if strings.HasPrefix(l.Item, prefix) {
				return l.Dollars
			}
		}
		t.Fatalf("no line %q", prefix)
		return 0
	}
	// PUT-class: staged, public, report, 2 LISTs and the sender's envelope
	// and file; GET-class: 2 GETs and 2 HEADs in ingest, 1 GET each after.
	near(t, "S3 PUT", line("S3 PUT"), 7*0.0045/1000*1e6)
	near(t, "S3 GET", line("S3 GET"), 6*0.00035/1000*1e6)
	near(t, "DynamoDB writes", line("DynamoDB writes"), 27*0.7115)
	near(t, "Lambda requests", line("Lambda requests"), 0.60)
	near(t, "Lambda ingest", line("Lambda ingest"), (10*1769.0/1024+135)/1000*0.0000133334*1e6)
	near(t, "logs", line("CloudWatch Logs"), (300+500+300+3*300)/1e9*0.76*1e6)
	// 5 events (envelope, file, staged, report, public) of 1,100 B at $0.10 a GB.
	near(t, "archive", line("EventBridge archive"), 5*1100/1e9*0.10*1e6)
	near(t, "events", line("EventBridge (S3"), 5*1.00)

	// Fixed, prod: 3 × r7g.large at 0.2010 and 3 × m7g.large at 0.1630 for
	// 730 h, 300 GB of gp3 at 0.1464, a key, a secret, 42 alarms, a
	// dashboard and a web ACL with 5 rules.
	near(t, "fixed prod", Sum(m.Fixed()), 3*730*0.2010+3*730*0.1630+300*0.1464+1+0.40+4.20+3+10)

	// Backfill within the defaults: the change feed's 16 keys take 1,000
	// WRU/s each at 8 WRU per document, 2,000 documents/s; the table's
	// warm 4,000 WRU/s at 27 WRU per document bind first, 148.1
	// documents/s; 12.7 M take 85,725 s.
	ls := m.Limits()
	for _, l := range ls {
		if l.Name == "DynamoDB change-feed partition" {
			near(t, "change feed /s", l.Rate, 16*1000/8)
		}
	}
	if b := Bottleneck(ls); b.Name != "DynamoDB writes" || math.Abs(b.Rate-4000.0/27) > 1e-9 {
		t.Errorf("bottleneck %+v, want the table's warm writes at 148/s", b)
	}
	near(t, "backfill s", Duration(12.7e6, ls).Seconds(), 12.7e6*27/4000)

	// The index: 4,542 B × 1.5 × 3 copies × 12.7 M = 259.6 GB.
	m.Measured.Public = 4542
	need, have := m.SearchGB(12.7e6)
	near(t, "index GB", need, 4542*1.5*3*12.7e6/1e9)
	near(t, "volumes GB", have, 300)
}

// TestStackCopy keeps the model's copy of the stack's settings equal to
// infra/stack's.
func TestStackCopy(t *testing.T) {
	for _, stage := range []string{"dev", "prod"} {
		got, err := Stacks(stage)
		if err != nil {
			t.Fatal(err)
		}
		s, err := stack.StageSettings(stage)
		if err != nil {
			t.Fatal(err)
		}
		if got.SearchDataNodes != s.SearchDataNodes || got.SearchType != s.SearchInstanceType || got.SearchMasters != s.SearchMasterNodes ||
			got.SearchMasterType != s.SearchMasterType || got.SearchVolumeGiB != s.SearchVolumeGiB || got.SearchReplicas != s.SearchReplicas ||
			got.LogRetentionDays != s.LogRetentionDays || got.WAF != s.WAF {
			t.Errorf("%s: model %+v, stack %+v", stage, got, s)
		}
		for _, st := range stages() {
			if want := stack.MemoryMiB(string(st)); got.Memory[st] != want {
				t.Errorf("%s %s: model %v MB, stack %v MB", stage, st, got.Memory[st], want)
			}
		}
		if _, ok := Seoul().SearchHour[got.SearchType]; !ok {
			t.Errorf("%s: no price for %s", stage, got.SearchType)
		}
		if _, ok := SearchDocsPerNode()[got.SearchType]; !ok {
			t.Errorf("%s: no indexing rate for %s", stage, got.SearchType)
		}
	}
}

// TestBackfillPlan checks that the raises the plan recommends finish the
// backfill within the target, where the defaults do not.
func TestBackfillPlan(t *testing.T) {
	for _, c := range []struct {
		stage  string
		docs   float64
		target time.Duration
	}{{"prod", 12.7e6, 4 * time.Hour}, {"prod", 12.7e6, 2 * time.Hour}, {"prod", 50e6, 8 * time.Hour}, {"dev", 1e6, 4 * time.Hour}} {
		m := fixed(t, c.stage)
		if d := Duration(c.docs, m.Limits()); d <= c.target {
			t.Fatalf("%+v: the defaults already finish in %s; the case tests nothing", c, d)
		}
		q, do := m.Raise(c.docs, c.target)
		if len(do) == 0 {
			t.Fatalf("%+v: nothing to raise", c)
		}
		m.Quotas = q
		if d := Duration(c.docs, m.Limits()); d > c.target {
			t.Errorf("%+v: with %v the backfill takes %s", c, do, d)
		}
	}
}

// TestReport checks that the printed plan says what it recommends and
// that it meets the target.
func TestReport(t *testing.T) {
	m := fixed(t, "prod")
	var b bytes.Buffer
	m.Report(&b, 12.7e6, 20000, 4*time.Hour)
	out := b.String()
	for _, want := range []string{"Bottleneck: DynamoDB writes at 148 documents/s: **23.8 h**", "EventBridge invocations throttle limit: 1100 →", "warm throughput: 4000 → 26194 WRU/s", "| **total** |"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	i := strings.LastIndex(out, "Then: ")
	if i < 0 {
		t.Fatalf("no plan:\n%s", out)
	}
	var name string
	var rate, h float64
	rest := out[i+len("Then: "):]
	j := strings.Index(rest, " at ")
	name = rest[:j]
	if _, err := fmt.Sscanf(rest[j:], " at %f documents/s: **%f h**", &rate, &h); err != nil {
		t.Fatalf("plan line %q: %v", rest, err)
	}
	if h > 4 || name == "" {
		t.Errorf("printed plan: %s at %v/s takes %v h, want ≤ 4", name, rate, h)
	}
	// The feed's 16 keys need no code change for 4 hours; for 1 hour
	// (3,880 documents/s with headroom, 31,040 change WRU/s) they do.
	if strings.Contains(out, "CODE, not a quota") {
		t.Errorf("the 4-hour plan asks for a code change:\n%s", out)
	}
	if q, do := m.Raise(12.7e6, time.Hour); q.ChangeShards != 32 || !strings.Contains(strings.Join(do, "\n"), "CODE, not a quota: ChangeShards 16 → 32") {
		t.Errorf("1-hour plan: %d shards, %v; want 32 and the code change named", q.ChangeShards, do)
	}
}
