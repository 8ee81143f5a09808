package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	ebtypes "github.com/aws/aws-sdk-go-v2/service/eventbridge/types"
	awss3 "github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/seoul-plaza/plaza/infra/redrive"
	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/document"
	ddbledger "github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/opensearch"
	"github.com/seoul-plaza/plaza/shared/search/opensearch/ostest"
	"github.com/seoul-plaza/plaza/shared/storage"

	awsddb "github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// aStack creates a stack's buckets and ledger on moto and writes its
// outputs file; the commands reach moto through AWS_ENDPOINT_URL.
func aStack(t *testing.T, extra map[string]string) (string, deployed) {
	t.Helper()
	srv := moto.Get(t)
	for _, kv := range srv.Env() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	ctx := context.Background()
	out := map[string]string{"InboxBucketName": awstest.Name("inbox"), "WorkBucketName": awstest.Name("work"),
		"PublicBucketName": awstest.Name("public"), "LedgerTableName": awstest.Name("ledger")}
	s3c := awss3.NewFromConfig(srv.Config, func(o *awss3.Options) { o.UsePathStyle = true })
	for _, k := range []string{"InboxBucketName", "WorkBucketName", "PublicBucketName"} {
		if _, err := s3c.CreateBucket(ctx, &awss3.CreateBucketInput{Bucket: aws.String(out[k]),
			CreateBucketConfiguration: &s3types.CreateBucketConfiguration{LocationConstraint: s3types.BucketLocationConstraint(awstest.Region)}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := ddbledger.CreateTable(ctx, awsddb.NewFromConfig(srv.Config), out["LedgerTableName"]); err != nil {
		t.Fatal(err)
	}
	for k, v := range extra {
		out[k] = v
	}
	data, _ := json.Marshal(map[string]any{"Plaza-test": out})
	f := filepath.Join(t.TempDir(), "cdk-outputs.json")
	if err := os.WriteFile(f, data, 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := openDeployed(ctx, f, "Plaza-test")
	if err != nil {
		t.Fatal(err)
	}
	return f, d
}

// publish sends envelopes through ingest and redact, as the functions
// would on their events.
func publish(t *testing.T, d deployed, idx search.Index, ids ...string) {
	t.Helper()
	ctx := context.Background()
	p, err := d.pipeline("", idx, opsLogger(os.Stderr))
	if err != nil {
		t.Fatal(err)
	}
	store := d.store()
	for _, id := range ids {
		env := fmt.Sprintf(`{"schema":"plaza.envelope/v1","id":%q,"version":1,"type":"approval","title":"정보공개 추진계획",
			"department":{"code":"1100123","name":"정보공개정책과"},"drafter":{"name":"홍길동","position":"주무관"},
			"approver":{"name":"김철수","position":"과장","rank":"division_head"},"approved_at":"2026-11-20T10:15:00+09:00",
			"disclosure":{"grade":"public","exemptions":[]},"body":"정보공개 추진계획 본문입니다."}`, id)
		key := "approval/" + id + "/envelope.json"
		if err := store.Put(ctx, d.out["InboxBucketName"], key, strings.NewReader(env), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := p.Ingest(ctx, storage.Event{Kind: storage.Created, Bucket: d.out["InboxBucketName"], Key: key}); err != nil {
			t.Fatal(err)
		}
		staged := document.StagedKey(document.Key{Org: "6110000", ID: id}, 1)
		if err := p.Redact(ctx, storage.Event{Kind: storage.Created, Bucket: d.out["WorkBucketName"], Key: staged}); err != nil {
			t.Fatal(err)
		}
		if idx != nil {
			if err := p.Index(ctx, storage.Event{Kind: storage.Created, Bucket: d.out["PublicBucketName"], Key: document.PublicKey(document.Key{Org: "6110000", ID: id})}); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestRerunOnAWS(t *testing.T) {
	ctx := context.Background()
	f, d := aStack(t, nil)
	publish(t, d, nil, "AWS-1", "AWS-2")
	var before []string
	_ = d.store().List(ctx, d.out["PublicBucketName"], "", func(in storage.Info) error {
		before = append(before, in.Key+" "+in.ETag+" "+in.Modified.String())
		return nil
	})
	// WHEN the redact stage is re-run for the department with the same redactor
	var out, errb bytes.Buffer
	if err := rerunCmd(ctx, []string{"--outputs", f, "--stack", "Plaza-test", "--org", "6110000", "--department", "1100123", "--from", "2026-11-01"}, &out, &errb); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	// THEN both documents are unchanged and their public objects untouched
	if !strings.HasSuffix(out.String(), "re-ran redact on 2 document(s): unchanged 2\n") || !strings.Contains(out.String(), "6110000/AWS-1 v1 unchanged") {
		t.Errorf("rerun:\n%s", out.String())
	}
	var after []string
	_ = d.store().List(ctx, d.out["PublicBucketName"], "", func(in storage.Info) error {
		after = append(after, in.Key+" "+in.ETag+" "+in.Modified.String())
		return nil
	})
	if strings.Join(before, "\n") != strings.Join(after, "\n") || len(after) != 2 {
		t.Errorf("public objects before:\n%v\nafter:\n%v", before, after)
	}
	// AND a window that selects nothing says so
	out.Reset()
	if err := rerunCmd(ctx, []string{"--outputs", f, "--stack", "Plaza-test", "--to", "2020-01-01"}, &out, &errb); err != nil || !strings.Contains(out.String(), "none selected") {
		t.Errorf("empty window: %v %s", err, out.String())
	}
}

func TestReindexOnAWS(t *testing.T) {
	path, err := ostest.SpecPath()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v\n%s", err, ostest.SpecHelp)
		}
		t.Skip(ostest.SpecHelp)
	}
	spec, err := ostest.LoadSpec(path, true)
	if err != nil {
		t.Fatal(err)
	}
	// GIVEN a stack whose search domain (every request checked against the
	// OpenSearch specification) indexes two published documents
	srv := ostest.NewServer(t, spec, ostest.NewEmulator())
	f, d := aStack(t, map[string]string{"SearchEndpoint": srv.URL})
	ctx := context.Background()
	x, err := opensearch.New(ctx, opensearch.Config{Endpoint: srv.URL, HTTPClient: srv.Client(), Refresh: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.EnsureIndex(ctx); err != nil {
		t.Fatal(err)
	}
	publish(t, d, x, "OS-1", "OS-2")
	// WHEN the reindex command runs
	var out, errb bytes.Buffer
	if err := reindexCmd(ctx, []string{"--outputs", f, "--stack", "Plaza-test"}, &out, &errb); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	// THEN the alias serves the new index, which holds both
	if !strings.Contains(out.String(), "reindexed into plaza-documents-v2: copied 2") {
		t.Errorf("reindex:\n%s", out.String())
	}
	if cur, _ := x.CurrentIndex(ctx); cur != "plaza-documents-v2" {
		t.Errorf("alias on %q", cur)
	}
	if err := x.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	if r, err := x.Search(ctx, search.Query{Size: 10}); err != nil || r.Total != 2 {
		t.Errorf("after the reindex: %d, %v", r.Total, err)
	}
}

func TestReplayOnAWS(t *testing.T) {
	ctx := context.Background()
	cfg := moto.Get(t).Config
	eb := eventbridge.NewFromConfig(cfg)
	bus, err := eb.DescribeEventBus(ctx, &eventbridge.DescribeEventBusInput{})
	if err != nil {
		t.Fatal(err)
	}
	source := awstest.Name("plaza.ops")
	pattern := `{"source":["` + source + `"]}`
	rule, err := eb.PutRule(ctx, &eventbridge.PutRuleInput{Name: aws.String(awstest.Name("index")), EventPattern: aws.String(pattern)})
	if err != nil {
		t.Fatal(err)
	}
	arch, err := eb.CreateArchive(ctx, &eventbridge.CreateArchiveInput{ArchiveName: aws.String(awstest.Name("arch")), EventSourceArn: bus.Arn, EventPattern: aws.String(pattern)})
	if err != nil {
		t.Fatal(err)
	}
	f, _ := aStack(t, map[string]string{redrive.OutputEventArchiveArn: aws.ToString(arch.ArchiveArn), redrive.OutputEventBusArn: aws.ToString(bus.Arn),
		redrive.TriggerRuleOutput("index"): aws.ToString(rule.RuleArn)})
	from := time.Now().Add(-time.Hour).Format(time.RFC3339)
	if _, err := eb.PutEvents(ctx, &eventbridge.PutEventsInput{Entries: []ebtypes.PutEventsRequestEntry{{Source: aws.String(source), DetailType: aws.String("Object Created"), Detail: aws.String(`{}`)}}}); err != nil {
		t.Fatal(err)
	}
	to := time.Now().Format(time.RFC3339) // whole seconds: already past
	var out, errb bytes.Buffer
	err = replayCmd(ctx, []string{"--outputs", f, "--stack", "Plaza-test", "--from", from, "--to", to, "--stages", "index", "--poll", "10ms"}, &out, &errb)
	if err != nil || !strings.Contains(out.String(), ": COMPLETED") {
		t.Fatalf("replay: %v\n%s%s", err, out.String(), errb.String())
	}
	// AND a stage whose rule the stack does not output is refused
	if err := replayCmd(ctx, []string{"--outputs", f, "--stack", "Plaza-test", "--from", from, "--to", to, "--stages", "nosuch"}, &out, &errb); err == nil {
		t.Error("replayed to a stage without a rule")
	}
}
