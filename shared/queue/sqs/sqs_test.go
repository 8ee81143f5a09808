package sqs_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awssqs "github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/queue/sqs"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// TestDepths reads the depths of two queues on moto's SQS: messages
// waiting and in flight both count; an empty queue is 0; a queue that is
// gone is an error that names it, with the others' depths.
func TestDepths(t *testing.T) {
	ctx := context.Background()
	c := awssqs.NewFromConfig(moto.Get(t).Config)
	url := func(name string) string {
		q, err := c.CreateQueue(ctx, &awssqs.CreateQueueInput{QueueName: aws.String(awstest.Name(name))})
		if err != nil {
			t.Fatal(err)
		}
		return aws.ToString(q.QueueUrl)
	}
	ingest, empty := url("ingest-failure"), url("index-delivery")
	for i := 0; i < 3; i++ {
		if _, err := c.SendMessage(ctx, &awssqs.SendMessageInput{QueueUrl: aws.String(ingest), MessageBody: aws.String(`{"n":1}`)}); err != nil {
			t.Fatal(err)
		}
	}
	// One in flight: received, not deleted.
	if out, err := c.ReceiveMessage(ctx, &awssqs.ReceiveMessageInput{QueueUrl: aws.String(ingest), MaxNumberOfMessages: 1, VisibilityTimeout: 300}); err != nil || len(out.Messages) != 1 {
		t.Fatalf("receive: %v, %d messages", err, len(out.Messages))
	}
	d := sqs.New(c, map[string]string{"ingest-failure": ingest, "index-delivery": empty})
	got, err := d.Depths(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["ingest-failure"] != 3 || got["index-delivery"] != 0 {
		t.Errorf("depths %v, want ingest-failure 3 (2 waiting, 1 in flight) and index-delivery 0", got)
	}

	if _, err := c.DeleteQueue(ctx, &awssqs.DeleteQueueInput{QueueUrl: aws.String(empty)}); err != nil {
		t.Fatal(err)
	}
	got, err = d.Depths(ctx)
	if err == nil || !strings.Contains(err.Error(), "index-delivery") || got["ingest-failure"] != 3 {
		t.Errorf("with a queue gone: %v, %v; want an error and ingest-failure still 3", got, err)
	}
}
