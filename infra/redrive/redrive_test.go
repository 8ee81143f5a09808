package redrive

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	plazaevents "github.com/seoul-plaza/plaza/events"
)

type fakeQueue struct {
	msgs    []Message
	deleted []string
}

func (q *fakeQueue) Receive(context.Context) ([]Message, error) {
	// As SQS: a received message is hidden until deleted or timed out.
	out := q.msgs
	if len(out) > 10 {
		out = out[:10]
	}
	q.msgs = q.msgs[len(out):]
	return out, nil
}

func (q *fakeQueue) Delete(_ context.Context, m Message) error {
	q.deleted = append(q.deleted, m.ID)
	return nil
}

type fakeInvoker struct {
	payloads []string
	fail     func(string) bool
}

func (f *fakeInvoker) Invoke(_ context.Context, fn string, p []byte) error {
	f.payloads = append(f.payloads, fn+" "+string(p))
	if f.fail != nil && f.fail(string(p)) {
		return errors.New("Unhandled: still failing")
	}
	return nil
}

func failureRecord(t *testing.T) []byte {
	data, err := plazaevents.Load("sqs-lambda-failure-destination")
	if err != nil {
		t.Fatal(err)
	}
	var ev events.SQSEvent
	if err := json.Unmarshal(data, &ev); err != nil {
		t.Fatal(err)
	}
	return []byte(ev.Records[0].Body)
}

func TestPayloadUnwrapsEachKindOfDeadLetter(t *testing.T) {
	// GIVEN Lambda's on-failure record of a failed ingest
	p, err := Payload(KindOf("ingest-failure"), failureRecord(t))
	// THEN the payload is the original EventBridge event
	if err != nil || !strings.Contains(string(p), `"detail-type":"Object Created"`) || strings.Contains(string(p), "requestContext") {
		t.Fatalf("failure record: %s, %v", p, err)
	}
	// AND an EventBridge target's dead letter is the event itself
	ev, _ := plazaevents.Load("s3-eventbridge-envelope-created")
	if p, err := Payload(KindOf("ingest-delivery"), ev); err != nil || string(p) != string(ev) {
		t.Fatalf("delivery: %v", err)
	}
	// AND a stream record range cannot be replayed as an event
	if _, err := Payload(KindOf("notify-stream"), []byte(`{"DDBStreamBatchInfo":{}}`)); !errors.Is(err, ErrStream) {
		t.Fatalf("stream: %v", err)
	}
	if _, err := Payload(Failure, []byte(`{"requestPayload":null}`)); err == nil {
		t.Fatal("a record without payload passed")
	}
}

func TestRunDeletesOnlyWhatWasRedriven(t *testing.T) {
	body := failureRecord(t)
	// GIVEN 12 dead letters, of which one still fails and one is garbage
	q := &fakeQueue{}
	for i := range 12 {
		b := body
		switch i {
		case 3:
			b = []byte(strings.Replace(string(body), "SEOUL-INFO-2014-001234", "STILL-BROKEN", -1))
		case 7:
			b = []byte("not json")
		}
		q.msgs = append(q.msgs, Message{ID: string(rune('a' + i)), Receipt: "r", Body: b})
	}
	inv := &fakeInvoker{fail: func(p string) bool { return strings.Contains(p, "STILL-BROKEN") }}
	// WHEN the queue is re-driven
	r, err := Run(context.Background(), q, Failure, inv, "plaza-dev-ingest", 0, false)
	if err != nil {
		t.Fatal(err)
	}
	// THEN each decodable message was invoked with its original event, and
	// only the successes left the queue
	if r.Redriven != 10 || r.Failed != 1 || r.Skipped != 1 || len(q.deleted) != 10 || len(inv.payloads) != 11 {
		t.Fatalf("result %+v, deleted %d, invoked %d", r, len(q.deleted), len(inv.payloads))
	}
	for _, d := range q.deleted {
		if d == "d" || d == "h" {
			t.Errorf("message %s deleted though not re-driven", d)
		}
	}
	if !strings.HasPrefix(inv.payloads[0], `plaza-dev-ingest {"version":"0"`) {
		t.Errorf("invoked with %.80s", inv.payloads[0])
	}
	// AND a dry run invokes nothing and deletes nothing
	q2 := &fakeQueue{msgs: []Message{{ID: "x", Body: body}}}
	inv2 := &fakeInvoker{}
	if r, err := Run(context.Background(), q2, Failure, inv2, "f", 0, true); err != nil || r.Skipped != 1 || len(inv2.payloads) != 0 || len(q2.deleted) != 0 {
		t.Fatalf("dry run: %+v %v", r, err)
	}
}
