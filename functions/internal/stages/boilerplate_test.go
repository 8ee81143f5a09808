package stages

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/lambdacontext"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/pipeline/files"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/boilerplate"
	bps3 "github.com/seoul-plaza/plaza/shared/search/boilerplate/s3"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// requestIDs is a slog handler that records each line with the Lambda
// request id of the context it was logged with, as the functions'
// logger (wire) adds it.
type requestIDs struct {
	slog.Handler
}

func (h requestIDs) Handle(ctx context.Context, r slog.Record) error {
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		r.AddAttrs(slog.String("request_id", lc.AwsRequestID))
	}
	return h.Handler.Handle(ctx, r)
}

// denied is a store whose reads are refused, as S3 refuses a role
// without s3:GetObject on the key.
type denied struct{ storage.Store }

func (denied) Get(context.Context, string, string) (io.ReadCloser, storage.Info, error) {
	return nil, storage.Info{}, errors.New("AccessDenied: Access Denied")
}

// TestBoilerplateOnAWS runs the index stage and the monitor's relearning
// over S3 and DynamoDB (moto_server) and OpenSearch (the stand-in that
// validates every request against the specification): the monitor learns
// a department's 붙임 line from a bounded sample of its latest documents
// and writes its organization's object once; a document indexed after
// it is not found by a word only that line holds; and an unreadable
// store indexes without the lines, with a warning that carries the
// request id.
func TestBoilerplateOnAWS(t *testing.T) {
	ctx := context.Background()
	aws := newOnAWS(t)
	buckets, objects, idx := aws.buckets, aws.objects, aws.idx
	kept := bps3.New(objects, buckets.Work)
	// A TTL of a nanosecond reads the object for every document, so the
	// test sees the relearnt lines at once (a Lambda keeps them minutes).
	cache := boilerplate.NewCache(kept, boilerplate.CacheOptions{TTL: time.Nanosecond})
	store := &evented{Store: objects, t: t}
	deps := pipeline.Deps{Store: store, Ledger: aws.ledger, Index: idx,
		Extractor: files.New(), Redactor: redact.New(), Verifier: verify.New(), Boilerplate: cache}
	p := pipeline.New(pipeline.Config{Buckets: buckets}, deps)
	store.p = p

	attach := "붙임  세부 추진계획 1부.  끝."
	send := func(ctx context.Context, id, dept, body string, day int) {
		t.Helper()
		env := map[string]any{
			"schema": document.SchemaEnvelope, "id": id, "version": 1, "type": "plan",
			"title": "도로 정비 " + id, "document_number": "도로관리과-" + id,
			"department":  map[string]any{"code": dept, "name": "도시교통실 도로관리과"},
			"drafter":     map[string]any{"name": "홍길동", "position": "주무관"},
			"approver":    map[string]any{"name": "김철수", "position": "과장", "rank": "division_head"},
			"approved_at": time.Date(2026, 11, day, 10, 0, 0, 0, time.UTC).Format(time.RFC3339),
			"disclosure":  map[string]any{"grade": "public", "exemptions": []string{}},
			"body":        body,
		}
		data, _ := json.Marshal(env)
		if err := store.Put(ctx, buckets.Inbox, "approval/"+id+"/envelope.json", bytes.NewReader(data), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	find := func(text string) []string {
		t.Helper()
		res, err := idx.Search(ctx, search.Query{Org: "6110000", Text: text, Size: 50}.Normalize())
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range res.Items {
			ids = append(ids, h.ID)
		}
		return ids
	}

	// GIVEN seven documents of one department that end with the same 붙임
	// line, and one of another department, indexed before anything is
	// learnt (no object yet: no lines, no error)
	topics := []string{"가로등 교체", "보도블록 정비", "교량 점검", "하천 준설", "녹지 조성", "육교 보수", "차선 도색"}
	for i, topic := range topics {
		send(ctx, fmt.Sprintf("ROAD-%d", i+1), "1100302", topic+" 사업을 추진한다.\n"+attach, i+1)
	}
	send(ctx, "PARK-1", "1100400", "공원 조성 사업을 추진한다.\n"+attach, 9)
	if got := find("추진계획"); len(got) != len(topics)+1 {
		t.Fatalf("before learning, 추진계획 finds %v: want every document (the line weighs)", got)
	}

	// WHEN the monitor relearns from the latest 5 of each department
	relearn := pipeline.BoilerplateRelearner{Pipeline: p, Store: kept, PerDept: 5}
	rep, err := relearn.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// THEN it read 5 + 1 documents, not the 8 there are, and wrote the
	// organization's object with the department's line
	if rep.Orgs != 1 || rep.Departments != 2 || rep.Documents != 6 || rep.Changed != 1 {
		t.Errorf("relearnt %+v: want 1 organization, 2 departments, 6 documents, 1 object changed", rep)
	}
	m, err := kept.Load(ctx, "6110000")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{boilerplate.Normalize(attach)}; !slices.Equal(m.Lines["6110000/1100302"], want) || len(m.Lines["6110000/1100400"]) != 0 {
		t.Errorf("object holds %q, want %q for 1100302 only (1100400 has one document)", m.Lines, want)
	}
	info, err := objects.Head(ctx, buckets.Work, document.BoilerplateKey("6110000"))
	if err != nil {
		t.Fatal(err)
	}
	// AND a second run (a retry, or a night with nothing new) writes
	// nothing
	if rep, err := relearn.Run(ctx); err != nil || rep.Changed != 0 {
		t.Errorf("second run: %+v, %v; want no object changed", rep, err)
	}
	if again, _ := objects.Head(ctx, buckets.Work, document.BoilerplateKey("6110000")); again.ETag != info.ETag {
		t.Errorf("the object was written again: %s, was %s", again.ETag, info.ETag)
	}

	// WHEN a new document of the department is indexed
	send(ctx, "ROAD-8", "1100302", "터널 조명 사업을 추진한다.\n"+attach, 20)
	// THEN the learnt line gives it no weight: a word only that line holds
	// does not find it, its own words do
	if got := find("추진계획"); slices.Contains(got, "ROAD-8") {
		t.Errorf("추진계획 finds %v: the learnt line weighs in ROAD-8", got)
	}
	if got := find("터널"); !slices.Equal(got, []string{"ROAD-8"}) {
		t.Errorf("터널 finds %v, want ROAD-8", got)
	}

	// WHEN the object cannot be read (the role denied, say), for a
	// document delivered in an invocation
	var logs bytes.Buffer
	log := slog.New(requestIDs{slog.NewJSONHandler(&logs, nil)})
	broken := deps
	broken.Boilerplate = boilerplate.NewCache(bps3.New(denied{objects}, buckets.Work), boilerplate.CacheOptions{Logger: log})
	store.p = pipeline.New(pipeline.Config{Buckets: buckets, Logger: log}, broken)
	lc := lambdacontext.NewContext(ctx, &lambdacontext.LambdaContext{AwsRequestID: "req-bp-1"})
	send(lc, "ROAD-9", "1100302", "지하차도 배수 사업을 추진한다.\n"+attach, 21)
	// THEN the document is indexed all the same, without the lines (so
	// the 붙임 line's word finds it), and a warning says so with the
	// request id
	if r, err := deps.Ledger.Get(ctx, "6110000", "ROAD-9"); err != nil || r.State != ledger.Indexed {
		t.Fatalf("ROAD-9 is %s (%v), want indexed", r.State, err)
	}
	if got := find("지하차도"); !slices.Equal(got, []string{"ROAD-9"}) {
		t.Errorf("지하차도 finds %v, want ROAD-9", got)
	}
	if got := find("추진계획"); !slices.Contains(got, "ROAD-9") {
		t.Errorf("추진계획 finds %v: ROAD-9 was indexed with lines no one could read", got)
	}
	var warned bool
	for _, l := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(l), &rec) == nil && rec["level"] == "WARN" && strings.Contains(fmt.Sprint(rec["msg"]), "boilerplate") {
			warned = rec["request_id"] == "req-bp-1" && rec["org"] == "6110000"
		}
	}
	if !warned {
		t.Errorf("no warning with the request id and organization:\n%s", logs.String())
	}
	if strings.Contains(logs.String(), "추진계획") {
		t.Errorf("a log line quotes the text:\n%s", logs.String())
	}
}
