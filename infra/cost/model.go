// Package cost is Plaza's cost and scale model for AWS: the price of a
// million documents, the fixed monthly cost of each stage's stack, and the
// time a backfill takes within the default quotas and with the quotas it
// recommends raising. Every figure is either measured by running the real
// pipeline in this process (Measure) or an assumption written down here;
// the report says which.
package cost

import (
	"math"
	"time"

	"github.com/seoul-plaza/plaza/shared/pipeline/route"
)

// PerDocument is the request table: what each stage asks of AWS for one
// public document with no attached file that layer 1 masks and layer 2
// passes (the common path: staged, published, indexed). Each attached
// file adds PerFile to ingest. TestRequestTable checks it against the
// counting adapters on a real run, so it cannot drift from the code.
//
//	ingest  Head+Get the envelope, ledger Get (stale check), Update(received:
//	        a create), Holds, Update(staged), Get in ensureStaged, Put staged
//	redact  Get staged, ledger Get, Holds, Update(published), Put public and
//	        the layer-2 report, List the document's masks
//	index   Get public, ledger Get, List masks, one OpenSearch write,
//	        Update(indexed)
//
// (ledger.Update reads before it writes, hence the extra ledger Gets.)
func PerDocument() map[route.Stage]Calls {
	return map[route.Stage]Calls{
		route.Ingest: {S3Get: 1, S3Head: 1, S3Put: 1, LedgerGet: 4, LedgerCreate: 1, LedgerUpdate: 1, Holds: 1},
		route.Redact: {S3Get: 1, S3Put: 2, S3List: 1, LedgerGet: 2, LedgerUpdate: 1, Holds: 1},
		route.Index:  {S3Get: 1, S3List: 1, LedgerGet: 2, LedgerUpdate: 1, IndexDocs: 1},
	}
}

// PerFile is what each attached file adds to ingest: a Head (size check)
// and a Get.
func PerFile() Calls { return Calls{S3Get: 1, S3Head: 1} }

// BucketCalls are the requests of one document on one bucket, the
// sender's own uploads (the envelope and each file) in the inbox's: S3's
// request rates are per prefix, and a fresh bucket starts as one.
type BucketCalls struct{ GetClass, PutClass int }

// PerBucket returns the S3 requests per bucket for a document with files
// attached, including the sender's uploads. LIST is a PUT-class request
// for billing and a read for the request-rate limits; it is counted here
// as a read.
func PerBucket(files int) map[string]BucketCalls {
	return map[string]BucketCalls{
		"inbox":  {GetClass: 2 + 2*files, PutClass: 1 + files}, // Head+Get envelope and files; uploads
		"work":   {GetClass: 1 + 2, PutClass: 2},               // Get staged, List masks ×2; Put staged, report
		"public": {GetClass: 1, PutClass: 1},                   // Get public; Put public
	}
}

// Invocations are the Lambda invocations (and EventBridge rule matches)
// per document: one per stage.
const Invocations = 3

// ForFiles is the request table for a document with files attached.
func ForFiles(files int) map[route.Stage]Calls {
	out := PerDocument()
	for range files {
		out[route.Ingest] = out[route.Ingest].Add(PerFile())
	}
	return out
}

// Total sums a stage table.
func Total(t map[route.Stage]Calls) Calls {
	var c Calls
	for _, s := range stages() {
		c = c.Add(t[s])
	}
	return c
}

// Dynamo are the DynamoDB request units of some calls, priced as
// shared/ledger/dynamodb issues them on an on-demand table with two
// global secondary indexes projecting ALL (infra/stack/tables.go):
//
//   - ledger Get: a strongly consistent GetItem, 1 RRU per 4 KB;
//   - Holds: a strongly consistent Query of the holds partition, 1 RRU;
//   - ledger Put: TransactWriteItems of the record and its change item,
//     2 WRU per KB each; an update first reads the record (1 RRU);
//   - the indexes: GSI1 is keyed by state, so a write that changes the
//     state deletes and inserts there (2 WRU), GSI2 is keyed by
//     organization (1 WRU); a create inserts in both (2 WRU).
type Dynamo struct{ RRU, WRU, ChangeWRU float64 }

// DynamoUnits converts calls to request units for records of recordKB
// (measured: the largest record's JSON) and change items assumed no
// larger.
func DynamoUnits(c Calls, recordBytes int) Dynamo {
	kb := math.Max(1, math.Ceil(float64(recordBytes)/1024))
	rru4 := math.Max(1, math.Ceil(float64(recordBytes)/4096))
	puts := float64(c.LedgerCreate + c.LedgerUpdate)
	d := Dynamo{
		RRU:       rru4*float64(c.LedgerGet+c.LedgerUpdate) + float64(c.Holds),
		ChangeWRU: 2 * kb * puts,
	}
	d.WRU = 2*kb*puts + d.ChangeWRU + kb*(2*float64(c.LedgerCreate)+3*float64(c.LedgerUpdate))
	return d
}

// Latency is the time AWS takes to answer one request from a Lambda
// function in the same region: ASSUMPTIONS (typical small-object figures,
// not measured here; the local stand-ins answer in microseconds).
type Latency struct {
	S3Get, S3Head, S3Put, S3List      time.Duration
	DynamoGet, DynamoTxn, DynamoQuery time.Duration
	SearchIndex                       time.Duration // one document, refresh not awaited
}

// DefaultLatency is the assumed latency table.
func DefaultLatency() Latency {
	return Latency{S3Get: 15 * time.Millisecond, S3Head: 10 * time.Millisecond, S3Put: 25 * time.Millisecond, S3List: 20 * time.Millisecond,
		DynamoGet: 5 * time.Millisecond, DynamoTxn: 15 * time.Millisecond, DynamoQuery: 5 * time.Millisecond, SearchIndex: 20 * time.Millisecond}
}

// Wait is the time c spends waiting for AWS under l.
func (l Latency) Wait(c Calls) time.Duration {
	n := func(k int, d time.Duration) time.Duration { return time.Duration(k) * d }
	return n(c.S3Get, l.S3Get) + n(c.S3Head, l.S3Head) + n(c.S3Put, l.S3Put) + n(c.S3List, l.S3List) +
		n(c.LedgerGet+c.LedgerUpdate, l.DynamoGet) + n(c.LedgerCreate+c.LedgerUpdate, l.DynamoTxn) +
		n(c.Holds, l.DynamoQuery) + n(c.IndexDocs, l.SearchIndex)
}

// FullCPUMiB is the memory at which Lambda gives a function one whole
// vCPU (AWS documents 1,769 MB); below it the CPU share is proportional.
const FullCPUMiB = 1769

// LambdaTime is a stage's billed duration: its measured handler time on
// one local core, stretched by the CPU share its memory buys (the local
// core is ASSUMED to match a Graviton core), plus the wait for AWS.
func LambdaTime(compute time.Duration, memoryMiB float64, c Calls, l Latency) time.Duration {
	share := math.Min(1, memoryMiB/FullCPUMiB)
	return time.Duration(float64(compute)/share) + l.Wait(c)
}
