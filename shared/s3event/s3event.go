// Package s3event decodes what S3 really sends to a Lambda function into
// storage.Events, whatever the route:
//
//   - EventBridge events from source aws.s3, detail-type "Object Created"
//     or "Object Deleted" (what Plaza's rules deliver);
//   - direct S3 event notifications ({"Records":[{"eventSource":"aws:s3"…}]});
//   - the s3:TestEvent S3 sends when a notification is configured, which
//     yields no events and no error;
//   - any of these wrapped in SQS records (a queue between S3 and the
//     function, or a dead-letter queue being redriven) or SNS records;
//   - a Lambda destination record (the on-failure queue's messages), whose
//     requestPayload is the original event, so that dead letters can be
//     replayed through the same function.
//
// Object keys arrive URL-encoded, form style ("+" for a space, %XX for
// UTF-8 bytes); Decode returns them decoded, as storage.Event promises. A
// key that is not valid form encoding is kept as it came.
//
// S3 events Plaza does not act on (restores, tagging, lifecycle
// transitions…) are skipped. A payload that is no S3 event at all is an
// error wrapping ErrUnknown, so a mis-wired trigger fails loudly (and ends
// in the dead-letter queue) instead of being dropped.
package s3event

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/storage"
)

// ErrUnknown is returned for a payload that is not an S3 event.
var ErrUnknown = errors.New("s3event: not an S3 event")

// maxDepth bounds nesting (SNS in SQS in …), which a hostile payload could
// otherwise make deep.
const maxDepth = 3

// Detail is the detail of an S3 "Object Created" or "Object Deleted"
// EventBridge event.
type Detail struct {
	Version string `json:"version"`
	Bucket  struct {
		Name string `json:"name"`
	} `json:"bucket"`
	Object struct {
		Key       string `json:"key"`
		Size      int64  `json:"size,omitempty"`
		ETag      string `json:"etag,omitempty"`
		VersionID string `json:"version-id,omitempty"`
		Sequencer string `json:"sequencer,omitempty"`
	} `json:"object"`
	RequestID       string `json:"request-id,omitempty"`
	Requester       string `json:"requester,omitempty"`
	SourceIPAddress string `json:"source-ip-address,omitempty"`
	Reason          string `json:"reason,omitempty"`
	DeletionType    string `json:"deletion-type,omitempty"`
}

// record is one entry of a Records array: S3, SQS or SNS.
type record struct {
	EventSource  string    `json:"eventSource"`
	EventSource2 string    `json:"EventSource"` // SNS capitalises it
	EventName    string    `json:"eventName"`
	EventTime    time.Time `json:"eventTime"`
	Response     struct {
		RequestID string `json:"x-amz-request-id"`
	} `json:"responseElements"`
	S3 *struct {
		Bucket struct {
			Name string `json:"name"`
		} `json:"bucket"`
		Object struct {
			Key       string `json:"key"`
			Size      int64  `json:"size"`
			ETag      string `json:"eTag"`
			Sequencer string `json:"sequencer"`
		} `json:"object"`
	} `json:"s3"`
	Body      *string `json:"body"` // SQS
	MessageID string  `json:"messageId"`
	Sns       *struct {
		Message string `json:"Message"`
	} `json:"Sns"`
}

// envelope has the fields that tell the shapes apart.
type envelope struct {
	Records    []record        `json:"Records"`
	ID         string          `json:"id"`
	Time       time.Time       `json:"time"`
	DetailType string          `json:"detail-type"`
	Source     string          `json:"source"`
	Detail     json.RawMessage `json:"detail"`
	Event      string          `json:"Event"`   // s3:TestEvent
	Service    string          `json:"Service"` // "Amazon S3"
	Type       string          `json:"Type"`    // SNS notification in an SQS body
	Message    string          `json:"Message"`
	// A Lambda destination record: the failed invocation's input.
	RequestContext json.RawMessage `json:"requestContext"`
	RequestPayload json.RawMessage `json:"requestPayload"`
}

// Decode returns the object events in payload, in the order they came.
func Decode(payload []byte) ([]storage.Event, error) {
	return decode(payload, 0)
}

func decode(payload []byte, depth int) ([]storage.Event, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("%w: nested more than %d deep", ErrUnknown, maxDepth)
	}
	var env envelope
	if err := json.Unmarshal(payload, &env); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnknown, err)
	}
	switch {
	case env.DetailType != "" || env.Source != "":
		return fromEventBridge(env)
	case env.Event == "s3:TestEvent":
		return nil, nil
	case env.Type == "Notification" && env.Message != "":
		return decode([]byte(env.Message), depth+1)
	case len(env.RequestContext) > 0 && len(env.RequestPayload) > 0:
		return decode(env.RequestPayload, depth+1)
	case len(env.Records) > 0:
		return fromRecords(env.Records, depth)
	case env.Records != nil:
		return nil, nil // an empty batch
	}
	return nil, fmt.Errorf("%w: no Records, detail-type or s3:TestEvent", ErrUnknown)
}

func fromEventBridge(env envelope) ([]storage.Event, error) {
	if env.Source != "aws.s3" {
		return nil, fmt.Errorf("%w: EventBridge event from %q (%q)", ErrUnknown, env.Source, env.DetailType)
	}
	var kind string
	switch env.DetailType {
	case storage.Created, storage.Deleted:
		kind = env.DetailType
	default:
		return nil, nil // restores, tags, storage class changes
	}
	var d Detail
	if err := json.Unmarshal(env.Detail, &d); err != nil {
		return nil, fmt.Errorf("%w: detail: %w", ErrUnknown, err)
	}
	if d.Bucket.Name == "" || d.Object.Key == "" {
		return nil, fmt.Errorf("%w: %s event without bucket or key", ErrUnknown, kind)
	}
	return []storage.Event{{
		Kind:      kind,
		Bucket:    d.Bucket.Name,
		Key:       DecodeKey(d.Object.Key),
		Size:      d.Object.Size,
		ETag:      d.Object.ETag,
		Sequencer: d.Object.Sequencer,
		Time:      env.Time,
		ID:        env.ID,
	}}, nil
}

func fromRecords(recs []record, depth int) ([]storage.Event, error) {
	var out []storage.Event
	for i, r := range recs {
		src := r.EventSource
		if src == "" {
			src = r.EventSource2
		}
		switch {
		case src == "aws:s3" && r.S3 != nil:
			kind := kindOf(r.EventName)
			if kind == "" {
				continue
			}
			out = append(out, storage.Event{
				Kind:      kind,
				Bucket:    r.S3.Bucket.Name,
				Key:       DecodeKey(r.S3.Object.Key),
				Size:      r.S3.Object.Size,
				ETag:      r.S3.Object.ETag,
				Sequencer: r.S3.Object.Sequencer,
				Time:      r.EventTime,
				ID:        r.Response.RequestID,
			})
		case src == "aws:sqs" && r.Body != nil:
			evs, err := decode([]byte(*r.Body), depth+1)
			if err != nil {
				return nil, fmt.Errorf("SQS message %s: %w", r.MessageID, err)
			}
			out = append(out, evs...)
		case src == "aws:sns" && r.Sns != nil:
			evs, err := decode([]byte(r.Sns.Message), depth+1)
			if err != nil {
				return nil, fmt.Errorf("SNS record %d: %w", i, err)
			}
			out = append(out, evs...)
		default:
			return nil, fmt.Errorf("%w: record %d from %q", ErrUnknown, i, src)
		}
	}
	return out, nil
}

// kindOf maps a notification's event name to an event kind, or "" for the
// events Plaza ignores.
func kindOf(name string) string {
	name = strings.TrimPrefix(name, "s3:")
	switch {
	case strings.HasPrefix(name, "ObjectCreated:"):
		return storage.Created
	case strings.HasPrefix(name, "ObjectRemoved:"):
		return storage.Deleted
	}
	return ""
}

// DecodeKey undoes S3's form encoding of an object key. A key that is not
// valid form encoding is returned unchanged.
func DecodeKey(key string) string {
	if !strings.ContainsAny(key, "%+") {
		return key
	}
	dec, err := url.QueryUnescape(key)
	if err != nil {
		return key
	}
	return dec
}
