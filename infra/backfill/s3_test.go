package backfill

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/pipeline"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// countingWaiter counts the requests Throttled let through.
type countingWaiter struct{ n atomic.Int64 }

func (c *countingWaiter) Wait(ctx context.Context) error {
	c.n.Add(1)
	return ctx.Err()
}

// inboxBucket is a versioned bucket on moto (as the stack's inbox is), so
// that every upload of a key leaves a version to count, and a client
// whose requests go through Throttled.
func inboxBucket(t *testing.T) (*s3.Client, string, *countingWaiter) {
	t.Helper()
	srv := moto.Get(t)
	w := &countingWaiter{}
	cfg := srv.Config.Copy()
	cfg.HTTPClient = Throttled{Client: http.DefaultClient, Limiter: w}
	client := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	bucket := fmt.Sprintf("inbox-%d", time.Now().UnixNano())
	ctx := context.Background()
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: &bucket,
		CreateBucketConfiguration: &s3types.CreateBucketConfiguration{LocationConstraint: s3types.BucketLocationConstraint(awstest.Region)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: &bucket,
		VersioningConfiguration: &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusEnabled}}); err != nil {
		t.Fatal(err)
	}
	return client, bucket, w
}

// versions counts the stored versions of each key.
func versions(t *testing.T, client *s3.Client, bucket string) map[string]int {
	t.Helper()
	out := map[string]int{}
	p := s3.NewListObjectVersionsPaginator(client, &s3.ListObjectVersionsInput{Bucket: &bucket})
	for p.HasMorePages() {
		page, err := p.NextPage(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range page.Versions {
			out[aws.ToString(v.Key)]++
		}
	}
	return out
}

// A backfill into S3: a large file goes up in parts, every request waits
// for the limiter, the documents land under the backfill folder, and a
// run interrupted mid-way then run again leaves every object stored once.
func TestBackfillIntoS3ResumesWithoutUploadingTwice(t *testing.T) {
	client, bucket, waiter := inboxBucket(t)
	root := t.TempDir()
	const n = 12
	for i := range n {
		writeDoc(t, filepath.Join(root, fmt.Sprint(i)), fmt.Sprintf("ARCH-%02d", i), "files/a.txt")
	}
	big := make([]byte, 11<<20)
	rand.Read(big)
	if err := os.WriteFile(filepath.Join(root, "0", "files", "scan.pdf"), big, 0o600); err != nil {
		t.Fatal(err)
	}
	docs, err := Tree(root)
	if err != nil {
		t.Fatal(err)
	}
	up := NewS3(client, bucket, 5<<20)
	cpPath := filepath.Join(t.TempDir(), "cp.jsonl")
	cp, err := OpenCheckpoint(cpPath)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var done atomic.Int64
	opts := Options{System: "archive", Backfill: true, Concurrency: 2, Checkpoint: cp,
		Progress: func() {
			if done.Add(1) == 5 {
				cancel()
			}
		}}
	res1, err := Run(ctx, docs, up, opts)
	cp.Close()
	if !errors.Is(err, context.Canceled) || res1.NotStarted == 0 {
		t.Fatalf("interrupted run: %v, %d not started", err, res1.NotStarted)
	}
	before := waiter.n.Load()
	cp, err = OpenCheckpoint(cpPath)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	opts.Checkpoint, opts.Progress = cp, nil
	res2, err := Run(context.Background(), docs, up, opts)
	if err != nil || len(res2.Sent) != n || len(res2.Failed) != 0 || res2.Resumed != len(res1.Sent) {
		t.Fatalf("rerun: %d sent, %d failed, %d resumed (first run %d): %v", len(res2.Sent), len(res2.Failed), res2.Resumed, len(res1.Sent), err)
	}
	vs := versions(t, client, bucket)
	envelopes := 0
	for k, c := range vs {
		if !strings.HasPrefix(k, "archive/"+Marker+"/ARCH-") {
			t.Errorf("key %s outside the backfill folder", k)
		}
		if strings.HasSuffix(k, "/"+pipeline.EnvelopeName) {
			envelopes++
			if !pipeline.Backfilled(k) {
				t.Errorf("the pipeline does not see %s as backfilled", k)
			}
		}
		// A file of a document cut off before its envelope is sent again
		// (the envelope is the commit point); an envelope never.
		if c != 1 && strings.HasSuffix(k, "/"+pipeline.EnvelopeName) {
			t.Errorf("%s stored %d times", k, c)
		}
	}
	if envelopes != n {
		t.Errorf("%d envelopes in the bucket, want %d", envelopes, n)
	}
	// The large file, whole, in parts.
	key := "archive/" + Marker + "/ARCH-00/files/scan.pdf"
	// A multipart object's ETag is the digest of its parts' with their
	// count after a dash.
	head, err := client.HeadObject(context.Background(), &s3.HeadObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		t.Fatal(err)
	}
	if etag := strings.Trim(aws.ToString(head.ETag), `"`); !strings.HasSuffix(etag, "-3") {
		t.Errorf("%s was not uploaded in 3 parts (ETag %s)", key, etag)
	}
	obj, err := client.GetObject(context.Background(), &s3.GetObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(obj.Body)
	obj.Body.Close()
	if !bytes.Equal(got, big) {
		t.Errorf("%s differs from the file (%d bytes, want %d)", key, len(got), len(big))
	}
	// Every request went through the limiter: at least one per object,
	// the first run's ones before.
	if before < int64(len(res1.Sent)) || waiter.n.Load()-before < int64(2*(n-len(res1.Sent))) {
		t.Errorf("limiter waited %d then %d times", before, waiter.n.Load()-before)
	}
}

type fakeLedger map[string]ledger.Record

func (f fakeLedger) Get(_ context.Context, org, id string) (ledger.Record, error) {
	if r, ok := f[org+"/"+id]; ok {
		return r, nil
	}
	return ledger.Record{}, ledger.ErrNotFound
}

// On AWS each outcome is read by id: the document's record, or the inbox
// object's where a refusal that owns no document lands.
func TestByIDReadsTheDocumentsAndTheInboxObjectsRecords(t *testing.T) {
	at := time.Now().UTC()
	ok := Entry{Name: "OK-1", Source: "s/backfill/OK-1/envelope.json", Version: 1, At: at}
	bad := Entry{Name: "BAD-1", Source: "s/backfill/BAD-1/envelope.json", Version: 1, Org: "3220000", At: at}
	later := at.Add(time.Second)
	l := fakeLedger{
		"6110000/OK-1": {ID: "OK-1", State: ledger.Indexed, Version: 1, Source: ok.Source, UpdatedAt: later},
		"6110000/" + pipeline.InboxRecordID(bad.Source): {ID: pipeline.InboxRecordID(bad.Source), State: ledger.Rejected,
			Source: bad.Source, Reason: "envelope.missing_field:title", UpdatedAt: later},
	}
	outs, err := Wait(context.Background(), []Entry{ok, bad}, ByID(l, "6110000"), time.Second, nil)
	if err != nil {
		t.Fatal(err)
	}
	if outs[0].Outcome != "published" || outs[1].Outcome != "rejected" || outs[1].Reason != "envelope.missing_field:title" {
		t.Errorf("outcomes %+v", outs)
	}
}
