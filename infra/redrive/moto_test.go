package redrive

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	ebtypes "github.com/aws/aws-sdk-go-v2/service/eventbridge/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/seoul-plaza/plaza/shared/awstest"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

func newQueue(t *testing.T, c *sqs.Client) (url, arn string) {
	t.Helper()
	ctx := context.Background()
	q, err := c.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String(awstest.Name("dlq"))})
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: q.QueueUrl, AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameQueueArn}})
	if err != nil {
		t.Fatal(err)
	}
	return aws.ToString(q.QueueUrl), a.Attributes[string(sqstypes.QueueAttributeNameQueueArn)]
}

func queueCounts(t *testing.T, c *sqs.Client, url string) (visible, hidden string) {
	t.Helper()
	a, err := c.GetQueueAttributes(context.Background(), &sqs.GetQueueAttributesInput{QueueUrl: aws.String(url), AttributeNames: []sqstypes.QueueAttributeName{
		sqstypes.QueueAttributeNameApproximateNumberOfMessages, sqstypes.QueueAttributeNameApproximateNumberOfMessagesNotVisible}})
	if err != nil {
		t.Fatal(err)
	}
	return a.Attributes[string(sqstypes.QueueAttributeNameApproximateNumberOfMessages)], a.Attributes[string(sqstypes.QueueAttributeNameApproximateNumberOfMessagesNotVisible)]
}

// The re-drive against SQS itself (moto): a message leaves the queue only
// when its invocation succeeded.
func TestRedriveOnSQS(t *testing.T) {
	ctx := context.Background()
	c := sqs.NewFromConfig(moto.Get(t).Config)
	url, _ := newQueue(t, c)
	body := failureRecord(t)
	// GIVEN three on-failure records, one of a document still broken
	for i, b := range []string{string(body), strings.Replace(string(body), "SEOUL-INFO-2014-001234", "STILL-BROKEN", -1), string(body)} {
		if _, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(url), MessageBody: aws.String(b)}); err != nil {
			t.Fatal(i, err)
		}
	}
	inv := &fakeInvoker{fail: func(p string) bool { return strings.Contains(p, "STILL-BROKEN") }}
	// WHEN the queue is re-driven
	r, err := Run(ctx, SQSQueue{Client: c, URL: url, Visibility: 60}, Failure, inv, "plaza-dev-ingest", 0, false)
	// THEN two were invoked and deleted; the broken one stays, hidden
	if err != nil || r.Redriven != 2 || r.Failed != 1 || len(inv.payloads) != 3 {
		t.Fatalf("%+v %v (invoked %d)", r, err, len(inv.payloads))
	}
	if v, h := queueCounts(t, c, url); v != "0" || h != "1" {
		t.Errorf("queue: %s visible, %s hidden; want the failed one hidden", v, h)
	}
}

// A replay of the archive (moto's EventBridge) sends the archived events
// to the bus's rules again, and Replay waits until it completed.
func TestReplayOfTheArchive(t *testing.T) {
	ctx := context.Background()
	cfg := moto.Get(t).Config
	eb, sq := eventbridge.NewFromConfig(cfg), sqs.NewFromConfig(cfg)
	url, qarn := newQueue(t, sq)
	bus, err := eb.DescribeEventBus(ctx, &eventbridge.DescribeEventBusInput{})
	if err != nil {
		t.Fatal(err)
	}
	source := awstest.Name("plaza.replay")
	pattern := `{"source":["` + source + `"]}`
	rule, err := eb.PutRule(ctx, &eventbridge.PutRuleInput{Name: aws.String(awstest.Name("index-trigger")), EventPattern: aws.String(pattern)})
	if err != nil {
		t.Fatal(err)
	}
	ruleName := aws.ToString(rule.RuleArn)[strings.LastIndex(aws.ToString(rule.RuleArn), "/")+1:]
	if _, err := eb.PutTargets(ctx, &eventbridge.PutTargetsInput{Rule: aws.String(ruleName), Targets: []ebtypes.Target{{Id: aws.String("q"), Arn: aws.String(qarn)}}}); err != nil {
		t.Fatal(err)
	}
	arch, err := eb.CreateArchive(ctx, &eventbridge.CreateArchiveInput{ArchiveName: aws.String(awstest.Name("plaza-events")),
		EventSourceArn: bus.Arn, EventPattern: aws.String(pattern), RetentionDays: aws.Int32(30)})
	if err != nil {
		t.Fatal(err)
	}
	// GIVEN two object events, delivered and archived
	from := time.Now().Add(-time.Minute)
	for _, key := range []string{"documents/6110000/A.json", "documents/6110000/B.json"} {
		detail, _ := json.Marshal(map[string]any{"bucket": map[string]string{"name": "public"}, "object": map[string]string{"key": key}})
		out, err := eb.PutEvents(ctx, &eventbridge.PutEventsInput{Entries: []ebtypes.PutEventsRequestEntry{{
			Source: aws.String(source), DetailType: aws.String("Object Created"), Detail: aws.String(string(detail))}}})
		if err != nil || out.FailedEntryCount != 0 {
			t.Fatal(err, out)
		}
	}
	receive := func() []map[string]any {
		t.Helper()
		var got []map[string]any
		for {
			out, err := sq.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(url), MaxNumberOfMessages: 10})
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Messages) == 0 {
				return got
			}
			for _, m := range out.Messages {
				var ev map[string]any
				if err := json.Unmarshal([]byte(aws.ToString(m.Body)), &ev); err != nil {
					t.Fatal(err)
				}
				got = append(got, ev)
				_, _ = sq.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(url), ReceiptHandle: m.ReceiptHandle})
			}
		}
	}
	if got := receive(); len(got) != 2 {
		t.Fatalf("delivered %d events", len(got))
	}
	// WHEN the window is replayed to that rule
	res, err := Replay(ctx, eb, Window{Archive: aws.ToString(arch.ArchiveArn), Bus: aws.ToString(bus.Arn),
		Rules: []string{aws.ToString(rule.RuleArn)}, From: from, To: time.Now()}, 10*time.Millisecond)
	// THEN it completed, and the rule's target got both events again,
	// marked with the replay's name
	if err != nil || res.State != string(ebtypes.ReplayStateCompleted) || !strings.HasPrefix(res.Name, "plaza-") {
		t.Fatalf("replay %+v %v", res, err)
	}
	got := receive()
	keys := map[string]bool{}
	for _, ev := range got {
		if ev["replay-name"] != res.Name {
			t.Errorf("a replayed event without its replay's name: %v", ev)
		}
		keys[ev["detail"].(map[string]any)["object"].(map[string]any)["key"].(string)] = true
	}
	if len(got) != 2 || !keys["documents/6110000/A.json"] || !keys["documents/6110000/B.json"] {
		t.Errorf("replayed %d events: %v", len(got), keys)
	}
	// AND a window that has not ended is refused before anything starts
	if _, err := Replay(ctx, eb, Window{Archive: "a", Bus: "b", From: from, To: time.Now().Add(time.Hour)}, time.Millisecond); err == nil {
		t.Error("a window ending in the future was replayed")
	}
}
