package stages

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	awsddb "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	awss3 "github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/pipeline/files"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/opensearch"
	"github.com/seoul-plaza/plaza/shared/search/opensearch/ostest"
	"github.com/seoul-plaza/plaza/shared/storage"
	s3store "github.com/seoul-plaza/plaza/shared/storage/s3"
	"github.com/seoul-plaza/plaza/shared/verify"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// onAWS is the AWS side of a pipeline under test: three fresh buckets
// and a ledger table on the shared moto server, and an index on the
// OpenSearch stand-in that validates every request against the
// specification.
type onAWS struct {
	buckets storage.Buckets
	objects *s3store.Store
	ledger  *dynamodb.Ledger
	idx     *opensearch.Index
}

func newOnAWS(t *testing.T) onAWS {
	t.Helper()
	ctx := context.Background()
	srv := moto.Get(t)
	spec := spec(t)
	s3c := awss3.NewFromConfig(srv.Config, func(o *awss3.Options) { o.UsePathStyle = true })
	buckets := storage.Buckets{Inbox: awstest.Name("inbox"), Work: awstest.Name("work"), Public: awstest.Name("public")}
	for _, b := range []string{buckets.Inbox, buckets.Work, buckets.Public} {
		if _, err := s3c.CreateBucket(ctx, &awss3.CreateBucketInput{Bucket: &b,
			CreateBucketConfiguration: &s3types.CreateBucketConfiguration{LocationConstraint: s3types.BucketLocationConstraint(awstest.Region)}}); err != nil {
			t.Fatal(err)
		}
	}
	ddb := awsddb.NewFromConfig(srv.Config)
	table := awstest.Name("ledger")
	if err := dynamodb.CreateTable(ctx, ddb, table); err != nil {
		t.Fatal(err)
	}
	osrv := ostest.NewServer(t, spec, ostest.NewEmulator())
	idx, err := opensearch.New(ctx, opensearch.Config{Endpoint: osrv.URL, HTTPClient: osrv.Client(), Backoff: time.Millisecond, Refresh: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := idx.EnsureIndex(ctx); err != nil {
		t.Fatal(err)
	}
	return onAWS{buckets: buckets, objects: s3store.New(s3c), ledger: dynamodb.New(ddb, table), idx: idx}
}

// evented delivers each write's object event at once, as EventBridge
// would, unless paused (damage done while nothing listens) or the key is
// lost's (an event that never came).
type evented struct {
	storage.Store
	p      *pipeline.Pipeline
	paused atomic.Bool
	lost   string
	t      *testing.T
}

func (e *evented) fire(ctx context.Context, kind, bucket, key string) {
	if e.paused.Load() || key == e.lost {
		return
	}
	if err := e.p.Handle(ctx, storage.Event{Kind: kind, Bucket: bucket, Key: key, ID: "test", Time: time.Now().UTC()}); err != nil {
		e.t.Errorf("%s %s/%s: %v", kind, bucket, key, err)
	}
}

func (e *evented) Put(ctx context.Context, bucket, key string, body io.Reader, o storage.PutOptions) error {
	if err := e.Store.Put(ctx, bucket, key, body, o); err != nil {
		return err
	}
	e.fire(ctx, storage.Created, bucket, key)
	return nil
}

func (e *evented) Delete(ctx context.Context, bucket, key string) error {
	if err := e.Store.Delete(ctx, bucket, key); err != nil {
		return err
	}
	e.fire(ctx, storage.Deleted, bucket, key)
	return nil
}

// TestSampledReconciliationOnAWS runs the pipeline over S3 and DynamoDB
// (moto_server) and OpenSearch (the stand-in that validates every request
// against the specification), damages it while no event is delivered
// (an index entry deleted, a retraction whose unindexing never came), and
// reconciles by sampling as the monitor does on AWS: the sample of index
// entries and of records not published finds the retracted document's
// entry every time, the random sample of published documents finds the
// missing entry when it draws it, and the repair indexes it again
// without deleting anything.
func TestSampledReconciliationOnAWS(t *testing.T) {
	ctx := context.Background()
	aws := newOnAWS(t)
	buckets, led, idx := aws.buckets, aws.ledger, aws.idx
	lost := document.Key{Org: "6110000", ID: "DOC-05"}
	store := &evented{Store: aws.objects, t: t, lost: document.PublicKey(lost)}
	p := pipeline.New(pipeline.Config{Buckets: buckets}, pipeline.Deps{Store: store, Ledger: led, Index: idx,
		Extractor: files.New(), Redactor: redact.New(), Verifier: verify.New()})
	store.p = p

	// GIVEN twelve documents sent, published and indexed, but for one
	// whose public object's event never came
	const n = 12
	for i := 1; i <= n; i++ {
		env := map[string]any{
			"schema": document.SchemaEnvelope, "id": fmt.Sprintf("DOC-%02d", i), "version": 1, "type": "approval",
			"title": fmt.Sprintf("2026년 정보공개 추진계획 %d", i), "document_number": fmt.Sprintf("정보공개정책과-%d", i),
			"department": map[string]any{"code": "1100123", "name": "행정국 정보공개정책과"},
			"drafter":    map[string]any{"name": "홍길동", "position": "주무관"},
			"approver":   map[string]any{"name": "김철수", "position": "과장", "rank": "division_head"},
			// Days apart, so the index's newest entries are a known few.
			"approved_at": time.Date(2026, 11, i, 10, 0, 0, 0, time.UTC).Format(time.RFC3339),
			"disclosure":  map[string]any{"grade": "public", "exemptions": []string{}},
			"body":        fmt.Sprintf("정보공개 추진계획 본문 %d.", i),
		}
		data, _ := json.Marshal(env)
		if err := store.Put(ctx, buckets.Inbox, fmt.Sprintf("approval/DOC-%02d/envelope.json", i), bytes.NewReader(data), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i <= n; i++ {
		want := ledger.Indexed
		if i == 5 {
			want = ledger.Published
		}
		if r, err := led.Get(ctx, "6110000", fmt.Sprintf("DOC-%02d", i)); err != nil || r.State != want {
			t.Fatalf("DOC-%02d: %s %v, want %s", i, r.State, err, want)
		}
	}
	// AND, while no event is delivered, an old document's entry deleted
	// from the index and an old document retracted (its public object
	// deleted, its entry left behind)
	store.paused.Store(true)
	missing, retracted := document.Key{Org: "6110000", ID: "DOC-02"}, document.Key{Org: "6110000", ID: "DOC-03"}
	if err := idx.Delete(ctx, missing.Org, missing.ID, 1); err != nil {
		t.Fatal(err)
	}
	if err := p.Retract(ctx, retracted, "잘못 공개", "staff-1"); err != nil {
		t.Fatal(err)
	}
	store.paused.Store(false)

	// WHEN the monitor reconciles by samples of 4 (the index holds 10)
	const size = 4
	found := map[string]bool{}
	for run := 0; run < 40 && !(found[missing.ID] && found[lost.ID]); run++ {
		rep, err := p.Reconciliation(ctx, pipeline.ReconcileOptions{Sample: size})
		if err != nil {
			t.Fatal(err)
		}
		// THEN each run says what it checked
		s := rep.Samples
		if !rep.Sampled || s == nil || s.Size != size || s.Newest != size || s.Published != size || s.Unpublished != 1 || rep.Records != n || rep.Public != n-1 || rep.Indexed != size {
			t.Fatalf("run %d: %+v %+v", run, rep, s)
		}
		// AND the retracted document's entry is found every time (an old
		// one: not among the newest entries, found by the sample of
		// records not published)
		kinds := map[string]int{}
		for _, m := range rep.Mismatches {
			kinds[m.Kind+"/"+m.ID]++
		}
		if kinds[pipeline.MismatchIndexNotPublished+"/"+retracted.ID] != 1 || s.Stale != 1 {
			t.Fatalf("run %d: the retracted entry was not found: %v %+v", run, kinds, s)
		}
		// AND the missing entries when the published sample drew them,
		// and nothing else
		drawn := 0
		for _, id := range []string{missing.ID, lost.ID} {
			if kinds[pipeline.MismatchIndexMissing+"/"+id] == 1 {
				found[id] = true
				drawn++
			}
		}
		if len(rep.Mismatches) != 1+drawn || s.Missing != drawn {
			t.Fatalf("run %d: %v %+v", run, kinds, s)
		}
	}
	if !found[missing.ID] || !found[lost.ID] {
		t.Fatalf("40 samples of 4 in 11 never drew a missing entry: %v", found)
	}
	// WHEN runs that repair draw them
	outcome := map[string]pipeline.Mismatch{}
	for run := 0; run < 40 && len(outcome) < 2; run++ {
		rep, err := p.Reconciliation(ctx, pipeline.ReconcileOptions{Sample: size, Repair: true, Keep: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range rep.Mismatches {
			if m.Kind == pipeline.MismatchIndexMissing {
				if _, seen := outcome[m.ID]; !seen {
					outcome[m.ID] = m
				}
			}
		}
	}
	// THEN the lost one is indexed again; the one deleted from the index
	// is refused for a day (the deletion's tombstone) and says so rather
	// than claiming a repair
	if m := outcome[lost.ID]; m.Repaired != "re-indexed" {
		t.Errorf("the lost entry: %+v", m)
	}
	if m := outcome[missing.ID]; m.Repaired != "" || !strings.Contains(m.Detail, "remembered for a day") {
		t.Errorf("the deleted entry: %+v", m)
	}
	if r, err := led.Get(ctx, lost.Org, lost.ID); err != nil || r.State != ledger.Indexed {
		t.Errorf("%s after repair: %s %v", lost.ID, r.State, err)
	}
	// AND the retracted one is still there for a person (a repair
	// deletes nothing)
	res, err := idx.Search(ctx, search.Query{Keys: []search.Key{{Org: lost.Org, ID: lost.ID}, {Org: retracted.Org, ID: retracted.ID}}, Size: 10}.Normalize())
	if err != nil || res.Total != 2 {
		t.Fatalf("after repair: %+v %v", res, err)
	}
	// AND the kept report is the one staff read
	data, err := storage.ReadAll(ctx, store, buckets.Work, document.ReconciliationKey, 1<<20)
	var kept pipeline.Reconciliation
	if err != nil || json.Unmarshal(data, &kept) != nil || kept.Samples == nil || kept.Samples.Size != size {
		t.Fatalf("kept report: %s %v", data, err)
	}
}
