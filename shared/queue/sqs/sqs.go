// Package sqs reads the depth of Amazon SQS queues: the monitor reports
// the dead-letter queues' depth as a metric of its own run.
package sqs

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

// Depths reads the depth of named queues.
type Depths struct {
	client *sqs.Client
	urls   map[string]string
}

// New returns Depths of the queues in urls (name → queue URL).
func New(client *sqs.Client, urls map[string]string) *Depths {
	return &Depths{client: client, urls: urls}
}

// NewFromConfig builds the SQS client from cfg.
func NewFromConfig(cfg aws.Config, urls map[string]string) *Depths {
	return New(sqs.NewFromConfig(cfg), urls)
}

// depthAttrs are what a queue holds: messages waiting, in flight (being
// re-driven, or read and not yet deleted) and delayed. A message in flight
// is still undelivered until it is deleted.
var depthAttrs = []types.QueueAttributeName{
	types.QueueAttributeNameApproximateNumberOfMessages,
	types.QueueAttributeNameApproximateNumberOfMessagesNotVisible,
	types.QueueAttributeNameApproximateNumberOfMessagesDelayed,
}

// Depths returns each queue's depth by name. A queue it cannot read is an
// error, with the depths of the others.
func (d *Depths) Depths(ctx context.Context) (map[string]int, error) {
	names := make([]string, 0, len(d.urls))
	for n := range d.urls {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make(map[string]int, len(names))
	var first error
	for _, n := range names {
		a, err := d.client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(d.urls[n]), AttributeNames: depthAttrs})
		if err != nil {
			if first == nil {
				first = fmt.Errorf("queue %s: %w", n, err)
			}
			continue
		}
		total := 0
		for _, k := range depthAttrs {
			v, err := strconv.Atoi(a.Attributes[string(k)])
			if err != nil {
				return out, fmt.Errorf("queue %s: %s %q: %w", n, k, a.Attributes[string(k)], err)
			}
			total += v
		}
		out[n] = total
	}
	return out, first
}
