package cost

import (
	"fmt"
	"math"
	"time"

	ddb "github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
	"github.com/seoul-plaza/plaza/shared/pipeline/route"
)

// Quotas are the limits a backfill runs into. The defaults are
// ASSUMPTIONS read from the AWS quota pages for ap-northeast-2 on
// 2026-12-07 (Lambda, EventBridge, DynamoDB, S3 performance guidelines);
// check the account's Service Quotas console before planning.
type Quotas struct {
	// LambdaConcurrency is the account's concurrent executions in the
	// region (default 1,000; new accounts may start lower).
	LambdaConcurrency int
	// APIHeadroom is concurrency left for the API while the backfill runs
	// (an assumption of ours), Reserved what the stack reserves (monitor
	// and setup, 1 each).
	APIHeadroom, Reserved int
	// EventBridgeInvocations is the rule invocations per second (the
	// quota page lists 1,100 for regions it does not name, Seoul among them).
	EventBridgeInvocations float64
	// DynamoWarmWRU/RRU is what an on-demand table serves at once before it
	// has seen a higher peak (4,000 writes and 12,000 reads per second for
	// a new table); it doubles its capacity over time on its own, which the
	// default plan does not count on. DynamoTableWRU/RRU is the on-demand
	// table maximum (40,000 each).
	DynamoWarmWRU, DynamoWarmRRU, DynamoTableWRU, DynamoTableRRU float64
	// PartitionWRU is what one DynamoDB partition key takes (1,000 WCU/s).
	// It binds on the change feed, whose keys each take an increasing sort
	// key (shared/ledger/dynamodb/changes.go), so DynamoDB cannot split
	// them for heat. ChangeShards is how many keys the feed spreads its
	// writes over at a time (the code's ledger/dynamodb.ChangeShards).
	PartitionWRU float64
	ChangeShards int
	// S3 per prefix: 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD per
	// second; a bucket is taken as one prefix (as a new one starts).
	S3PutPerPrefix, S3GetPerPrefix float64
	// SearchReplicas overrides the domain's replicas during a backfill
	// (-1: as deployed); SearchDataNodes its data nodes (0: as deployed).
	SearchReplicas, SearchDataNodes int
}

// DefaultQuotas are the defaults (see Quotas).
func DefaultQuotas() Quotas {
	return Quotas{LambdaConcurrency: 1000, APIHeadroom: 100, Reserved: 2, EventBridgeInvocations: 1100,
		DynamoWarmWRU: 4000, DynamoWarmRRU: 12000, DynamoTableWRU: 40000, DynamoTableRRU: 40000,
		PartitionWRU: 1000, ChangeShards: ddb.ChangeShards, S3PutPerPrefix: 3500, S3GetPerPrefix: 5500, SearchReplicas: -1}
}

// SearchDocsPerNode is how many single-document index requests a data
// node of each type absorbs per second, counting every copy it writes
// (primary and replica), for ~5 KB Korean documents through nori with a
// 1 s refresh. ASSUMPTION, not measured: there is no domain to measure on
// this machine (the local Bleve index, a different engine, takes 949
// docs/s in bulk on one core, BENCHMARKS.md). Measure on the domain with
// a short backfill and replace.
func SearchDocsPerNode() map[string]float64 {
	return map[string]float64{"t3.small.search": 50, "r7g.large.search": 400, "m7g.large.search": 350}
}

// Limit is one ceiling on the backfill rate.
type Limit struct {
	Name  string
	Rate  float64 // documents per second
	Basis string
}

// Model holds every input of the figures.
type Model struct {
	Stack    Stack
	Prices   Prices
	Latency  Latency
	Measured Measured
	Quotas   Quotas
}

// Durations are the modelled billed durations per stage.
func (m Model) Durations() map[route.Stage]time.Duration {
	calls := ForFiles(m.Measured.Files)
	out := map[route.Stage]time.Duration{}
	for _, s := range stages() {
		out[s] = LambdaTime(m.Measured.Compute[s], m.Stack.Memory[s], calls[s], m.Latency)
	}
	return out
}

// perDoc is the total time of one document's three invocations.
func (m Model) perDoc() time.Duration {
	var d time.Duration
	for _, v := range m.Durations() {
		d += v
	}
	return d
}

// Limits are the ceilings on the backfill rate under m.Quotas.
func (m Model) Limits() []Limit {
	q := m.Quotas
	calls := Total(ForFiles(m.Measured.Files))
	dyn := DynamoUnits(calls, m.Measured.RecordMax)
	free := float64(q.LambdaConcurrency - q.APIHeadroom - q.Reserved)
	nodes, replicas := m.Stack.SearchDataNodes, m.Stack.SearchReplicas
	if q.SearchDataNodes > 0 {
		nodes = q.SearchDataNodes
	}
	if q.SearchReplicas >= 0 {
		replicas = q.SearchReplicas
	}
	ls := []Limit{
		{"Lambda concurrency", free / m.perDoc().Seconds(), fmt.Sprintf("(%d − %d API − %d reserved) / %.0f ms per document", q.LambdaConcurrency, q.APIHeadroom, q.Reserved, ms(m.perDoc()))},
		{"EventBridge invocations", q.EventBridgeInvocations / Invocations, fmt.Sprintf("%.0f/s / %d rules matched per document", q.EventBridgeInvocations, Invocations)},
		{"DynamoDB writes", math.Min(q.DynamoWarmWRU, q.DynamoTableWRU) / dyn.WRU, fmt.Sprintf("%.0f WRU/s / %.0f WRU per document", math.Min(q.DynamoWarmWRU, q.DynamoTableWRU), dyn.WRU)},
		{"DynamoDB reads", math.Min(q.DynamoWarmRRU, q.DynamoTableRRU) / dyn.RRU, fmt.Sprintf("%.0f RRU/s / %.0f RRU per document", math.Min(q.DynamoWarmRRU, q.DynamoTableRRU), dyn.RRU)},
		{"DynamoDB change-feed partition", q.PartitionWRU * float64(q.ChangeShards) / dyn.ChangeWRU, fmt.Sprintf("%d key(s) × %.0f WRU/s / %.0f WRU per document", q.ChangeShards, q.PartitionWRU, dyn.ChangeWRU)},
	}
	for _, b := range []string{"inbox", "work", "public"} {
		c := PerBucket(m.Measured.Files)[b]
		ls = append(ls, Limit{"S3 " + b + " bucket", math.Min(q.S3PutPerPrefix/float64(c.PutClass), q.S3GetPerPrefix/float64(c.GetClass)),
			fmt.Sprintf("min(%.0f PUT/s / %d, %.0f GET/s / %d)", q.S3PutPerPrefix, c.PutClass, q.S3GetPerPrefix, c.GetClass)})
	}
	per := SearchDocsPerNode()[m.Stack.SearchType]
	ls = append(ls, Limit{"OpenSearch indexing", float64(nodes) * per / float64(1+replicas),
		fmt.Sprintf("%d × %s × %.0f docs/s (assumed) / %d copies", nodes, m.Stack.SearchType, per, 1+replicas)})
	return ls
}

// Bottleneck is the lowest limit.
func Bottleneck(ls []Limit) Limit {
	low := ls[0]
	for _, l := range ls[1:] {
		if l.Rate < low.Rate {
			low = l
		}
	}
	return low
}

// Duration is how long docs take at the bottleneck of ls.
func Duration(docs float64, ls []Limit) time.Duration {
	return time.Duration(docs / Bottleneck(ls).Rate * float64(time.Second))
}

// Headroom is the margin the plan keeps over the exact rate.
const Headroom = 1.10

// Raise returns the quotas (and the one code change) that let docs finish
// within target, with the reasons, each as an action to take.
func (m Model) Raise(docs float64, target time.Duration) (Quotas, []string) {
	q := m.Quotas
	need := docs / target.Seconds() * Headroom
	calls := Total(ForFiles(m.Measured.Files))
	dyn := DynamoUnits(calls, m.Measured.RecordMax)
	var do []string
	if c := int(math.Ceil(need*m.perDoc().Seconds())) + q.APIHeadroom + q.Reserved; c > q.LambdaConcurrency {
		do = append(do, fmt.Sprintf("Lambda concurrent executions: %d → %d (Service Quotas)", q.LambdaConcurrency, c))
		q.LambdaConcurrency = c
	}
	if inv := math.Ceil(need * Invocations); inv > q.EventBridgeInvocations {
		do = append(do, fmt.Sprintf("EventBridge invocations throttle limit: %.0f → %.0f per second (Service Quotas)", q.EventBridgeInvocations, inv))
		q.EventBridgeInvocations = inv
	}
	if w := math.Ceil(need * dyn.WRU); w > math.Min(q.DynamoWarmWRU, q.DynamoTableWRU) {
		if w > q.DynamoTableWRU {
			do = append(do, fmt.Sprintf("DynamoDB on-demand table maximum: %.0f → %.0f WRU/s (Service Quotas)", q.DynamoTableWRU, w))
			q.DynamoTableWRU = w
		}
		do = append(do, fmt.Sprintf("ledger table warm throughput: %.0f → %.0f WRU/s (UpdateTable WarmThroughput, an hour before)", q.DynamoWarmWRU, w))
		q.DynamoWarmWRU = w
	}
	if r := math.Ceil(need * dyn.RRU); r > math.Min(q.DynamoWarmRRU, q.DynamoTableRRU) {
		if r > q.DynamoTableRRU {
			do = append(do, fmt.Sprintf("DynamoDB on-demand table maximum: %.0f → %.0f RRU/s (Service Quotas)", q.DynamoTableRRU, r))
			q.DynamoTableRRU = r
		}
		do = append(do, fmt.Sprintf("ledger table warm throughput: %.0f → %.0f RRU/s", q.DynamoWarmRRU, r))
		q.DynamoWarmRRU = r
	}
	if k := int(math.Ceil(need * dyn.ChangeWRU / q.PartitionWRU)); k > q.ChangeShards {
		do = append(do, fmt.Sprintf("CODE, not a quota: ChangeShards %d → %d (shared/ledger/dynamodb/changes.go; readers query every shard)", q.ChangeShards, k))
		q.ChangeShards = k
	}
	per := SearchDocsPerNode()[m.Stack.SearchType]
	if have := float64(m.Stack.SearchDataNodes) * per / float64(1+m.Stack.SearchReplicas); have < need {
		q.SearchReplicas = 0
		if m.Stack.SearchReplicas > 0 {
			do = append(do, fmt.Sprintf("OpenSearch: replicas %d → 0 and refresh_interval 30s for the backfill, restored after (re-replication not counted in the time)", m.Stack.SearchReplicas))
		}
		if n := int(math.Ceil(need / per)); n > m.Stack.SearchDataNodes {
			q.SearchDataNodes = n
			do = append(do, fmt.Sprintf("OpenSearch data nodes: %d → %d %s for the backfill", m.Stack.SearchDataNodes, n, m.Stack.SearchType))
		}
	}
	for _, b := range []string{"inbox", "work", "public"} {
		c := PerBucket(m.Measured.Files)[b]
		if need*float64(c.PutClass) > q.S3PutPerPrefix || need*float64(c.GetClass) > q.S3GetPerPrefix {
			do = append(do, fmt.Sprintf("S3 %s: spread the backfill over several sender prefixes, or ask AWS support to pre-partition the bucket", b))
			q.S3PutPerPrefix = math.Max(q.S3PutPerPrefix, need*float64(c.PutClass))
			q.S3GetPerPrefix = math.Max(q.S3GetPerPrefix, need*float64(c.GetClass))
		}
	}
	return q, do
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
