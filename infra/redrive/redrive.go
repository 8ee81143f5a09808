// Package redrive re-drives the messages of Plaza's dead-letter queues
// through the same idempotent stages, once the cause of the failures is
// fixed. SQS message move tasks (StartMessageMoveTask) move messages back
// only to a source SQS queue; Plaza's dead letters come from EventBridge
// targets, Lambda on-failure destinations and the inquiries stream, so
// each message is turned back into the event its function takes and the
// function is invoked with it, synchronously: a message is deleted only
// after its invocation succeeded, and one that fails again stays in the
// queue (visible again after its visibility timeout).
package redrive

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

// Kind is how a dead-letter queue's messages wrap the original event.
type Kind int

const (
	// Delivery: an EventBridge target's dead letter; the body is the event.
	Delivery Kind = iota
	// Failure: a Lambda on-failure destination; the body is an invocation
	// record whose requestPayload is the event.
	Failure
	// Stream: an event source mapping's on-failure record; the body
	// describes a range of stream records, not the records themselves.
	Stream
)

// KindOf tells a queue's kind from its name in the stack
// ("ingest-delivery", "ingest-failure", "notify-stream").
func KindOf(queue string) Kind {
	switch {
	case hasSuffix(queue, "-failure"):
		return Failure
	case hasSuffix(queue, "-stream"):
		return Stream
	}
	return Delivery
}

func hasSuffix(s, x string) bool { return len(s) >= len(x) && s[len(s)-len(x):] == x }

// ErrStream is returned for a stream dead letter: it names shard sequence
// numbers, whose records the stream keeps for 24 hours only; re-send the
// inquiry event instead (the notifier is idempotent per event).
var ErrStream = errors.New("redrive: a stream dead letter holds a range of stream records, not an event; the inquiry monitor re-sends undelivered notices")

// Payload returns the event to invoke the function with, from the body of
// a message of a queue of kind k.
func Payload(k Kind, body []byte) (json.RawMessage, error) {
	switch k {
	case Delivery:
		if !json.Valid(body) {
			return nil, fmt.Errorf("redrive: the message is not JSON")
		}
		return json.RawMessage(body), nil
	case Failure:
		var rec struct {
			RequestPayload json.RawMessage `json:"requestPayload"`
		}
		if err := json.Unmarshal(body, &rec); err != nil {
			return nil, fmt.Errorf("redrive: invocation record: %w", err)
		}
		if len(rec.RequestPayload) == 0 || string(rec.RequestPayload) == "null" {
			return nil, fmt.Errorf("redrive: invocation record without requestPayload (payloads over 256 KB are not kept)")
		}
		return rec.RequestPayload, nil
	}
	return nil, ErrStream
}

// Message is one dead letter.
type Message struct {
	ID, Receipt string
	Body        []byte
}

// Queue is the part of SQS the re-drive uses.
type Queue interface {
	// Receive returns up to 10 messages, hidden from others for a while.
	Receive(ctx context.Context) ([]Message, error)
	Delete(ctx context.Context, m Message) error
}

// Invoker invokes a function synchronously; a returned error (or a
// function error) leaves the message in its queue.
type Invoker interface {
	Invoke(ctx context.Context, function string, payload []byte) error
}

// Result counts what a re-drive did.
type Result struct {
	Redriven, Failed, Skipped int
	Errors                    []error
}

// Run re-drives up to max messages (0: until the queue is empty) of the
// queue of kind k to function. With dryRun it only decodes them. Messages
// it leaves are hidden for the queue's visibility timeout, so the loop
// ends when a receive finds nothing more.
func Run(ctx context.Context, q Queue, k Kind, inv Invoker, function string, max int, dryRun bool) (Result, error) {
	var r Result
	for max == 0 || r.Redriven+r.Failed+r.Skipped < max {
		msgs, err := q.Receive(ctx)
		if err != nil {
			return r, fmt.Errorf("redrive: receive: %w", err)
		}
		if len(msgs) == 0 {
			return r, nil
		}
		for _, m := range msgs {
			payload, err := Payload(k, m.Body)
			if err != nil {
				r.Skipped++
				r.Errors = append(r.Errors, fmt.Errorf("message %s: %w", m.ID, err))
				continue
			}
			if dryRun {
				r.Skipped++
				continue
			}
			if err := inv.Invoke(ctx, function, payload); err != nil {
				r.Failed++
				r.Errors = append(r.Errors, fmt.Errorf("message %s: %w", m.ID, err))
				continue
			}
			if err := q.Delete(ctx, m); err != nil {
				return r, fmt.Errorf("redrive: delete %s: %w", m.ID, err)
			}
			r.Redriven++
		}
	}
	return r, nil
}
