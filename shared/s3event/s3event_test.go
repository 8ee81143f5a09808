package s3event_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/events"
	"github.com/seoul-plaza/plaza/shared/s3event"
	"github.com/seoul-plaza/plaza/shared/storage"
)

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestDecodeFixtures(t *testing.T) {
	tests := []struct {
		fixture string
		want    []storage.Event
		err     error
	}{
		{"s3-eventbridge-envelope-created", []storage.Event{{
			Kind: storage.Created, Bucket: "plaza-dev-inbox", Key: "e-approval/SEOUL-INFO-2014-001234/envelope.json",
			Size: 1187, ETag: "8a1f3c9e2b7d4e6f0a5c3b2d1e9f8a7b", Sequencer: "0062F1A0B3C4D5E6F7",
			Time: at("2014-03-02T01:16:05Z"), ID: "5b1d9a3e-7c2f-4e41-9f0a-2c8e6d4b1a77",
		}}, nil},
		{"s3-eventbridge-korean-key-created", []storage.Event{{
			Kind: storage.Created, Bucket: "plaza-dev-inbox", Key: "e-approval/SEOUL-INFO-2014-001234/files/붙임1. 추진계획 (안).hwp",
			Size: 48640, ETag: "3e7b1a9c0d2f4e5a6b7c8d9e0f1a2b3c-2", Sequencer: "0062F1A0B1A2B3C4D5",
			Time: at("2014-03-02T01:16:03Z"), ID: "c0e4f7a2-3b19-4d8e-a6c5-91f2b7d3e0a4",
		}}, nil},
		{"s3-eventbridge-staged-created", []storage.Event{{
			Kind: storage.Created, Bucket: "plaza-dev-work", Key: "staged/6110000/SEOUL-INFO-2014-001234/v1.json",
			Size: 2410, ETag: "f0e1d2c3b4a5968778695a4b3c2d1e0f", Sequencer: "0062F1A0B7D8E9FA0B",
			Time: at("2014-03-02T01:16:07Z"), ID: "9e2a6c41-d8b3-47f5-8a0e-6b3c1d7f4e92",
		}}, nil},
		{"s3-eventbridge-public-created", []storage.Event{{
			Kind: storage.Created, Bucket: "plaza-dev-public", Key: "documents/6110000/SEOUL-INFO-2014-001234.json",
			Size: 2288, ETag: "0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d", Sequencer: "0062F1A0B9AABBCCDD",
			Time: at("2014-03-02T01:16:09Z"), ID: "2f7b0d93-61ae-4c5b-b9e8-0a4d3c2b1f6e",
		}}, nil},
		{"s3-eventbridge-public-deleted", []storage.Event{{
			Kind: storage.Deleted, Bucket: "plaza-dev-public", Key: "documents/6110000/SEOUL-INFO-2014-001234.json",
			Sequencer: "0062F1A0C1D2E3F405", Time: at("2014-05-20T06:42:11Z"), ID: "e6a3b8f1-0c4d-4b92-9d7e-5f1a2c3b4d5e",
		}}, nil},
		{"s3-notification-envelope-created", []storage.Event{
			{
				Kind: storage.Created, Bucket: "plaza-dev-inbox", Key: "minutes/SEOUL-MIN-2014-000077/envelope.json",
				Size: 1342, ETag: "4d2c1b0a9f8e7d6c5b4a3928170f6e5d", Sequencer: "0062F1A1F0E1D2C3B4",
				Time: at("2014-03-02T01:20:44.518Z"), ID: "D7E8F9A0B1C2D3E4",
			},
			{
				Kind: storage.Deleted, Bucket: "plaza-dev-inbox", Key: "minutes/SEOUL-MIN-2014-000077/files/회의록 초안 v2.txt",
				Sequencer: "0062F1A1F1F2E3D4C5", Time: at("2014-03-02T01:20:45.002Z"), ID: "E8F9A0B1C2D3E4F5",
			},
		}, nil},
		{"sqs-s3-notification", []storage.Event{{
			Kind: storage.Created, Bucket: "plaza-dev-inbox", Key: "minutes/SEOUL-MIN-2014-000077/envelope.json",
			Size: 1342, ETag: "4d2c1b0a9f8e7d6c5b4a3928170f6e5d", Sequencer: "0062F1A1F0E1D2C3B4",
			Time: at("2014-03-02T01:20:44.518Z"), ID: "D7E8F9A0B1C2D3E4",
		}}, nil},
		{"sqs-lambda-failure-destination", []storage.Event{{
			Kind: storage.Created, Bucket: "plaza-dev-inbox", Key: "e-approval/SEOUL-INFO-2014-001234/envelope.json",
			Size: 1187, ETag: "8a1f3c9e2b7d4e6f0a5c3b2d1e9f8a7b", Sequencer: "0062F1A0B3C4D5E6F7",
			Time: at("2014-03-02T01:16:05Z"), ID: "5b1d9a3e-7c2f-4e41-9f0a-2c8e6d4b1a77",
		}}, nil},
		{"s3-test-event", nil, nil},
		{"schedule-monitor", nil, s3event.ErrUnknown},
		{"schedule-monitor-daily", nil, s3event.ErrUnknown},
		{"schedule-subscription-digest", nil, s3event.ErrUnknown},
		{"apigw-v2-search", nil, s3event.ErrUnknown},
		{"apigw-v2-report-post", nil, s3event.ErrUnknown},
		{"dynamodb-stream-inquiry-received", nil, s3event.ErrUnknown},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		covered[tc.fixture] = true
		t.Run(tc.fixture, func(t *testing.T) {
			data, err := events.Load(tc.fixture)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s3event.Decode(data)
			if !errors.Is(err, tc.err) || (tc.err == nil) != (err == nil) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("events\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
	for _, name := range events.Names() {
		if !covered[name] && name != "apigw-v2-document" && name != "apigw-v2-inquiry-post" && name != "apigw-v2-staff-inquiries" {
			t.Errorf("fixture %s has no case here", name)
		}
	}
}

func TestDecodeShapes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []storage.Event
		err  error
	}{
		{"empty batch", `{"Records":[]}`, nil, nil},
		{"ignored S3 event", `{"Records":[{"eventSource":"aws:s3","eventName":"ObjectRestore:Completed","s3":{"bucket":{"name":"b"},"object":{"key":"k"}}}]}`, nil, nil},
		{"ignored EventBridge type", `{"detail-type":"Object Restore Completed","source":"aws.s3","detail":{"bucket":{"name":"b"},"object":{"key":"k"}}}`, nil, nil},
		{"plus and percent", `{"detail-type":"Object Created","source":"aws.s3","detail":{"bucket":{"name":"b"},"object":{"key":"a+b%2Bc%25d"}}}`,
			[]storage.Event{{Kind: storage.Created, Bucket: "b", Key: "a b+c%d"}}, nil},
		{"invalid escape kept", `{"detail-type":"Object Created","source":"aws.s3","detail":{"bucket":{"name":"b"},"object":{"key":"100%zz"}}}`,
			[]storage.Event{{Kind: storage.Created, Bucket: "b", Key: "100%zz"}}, nil},
		{"SNS record", `{"Records":[{"EventSource":"aws:sns","Sns":{"Message":"{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Copy\",\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"x%20y\"}}}]}"}}]}`,
			[]storage.Event{{Kind: storage.Created, Bucket: "b", Key: "x y"}}, nil},
		{"SNS notification in SQS", `{"Records":[{"eventSource":"aws:sqs","messageId":"m1","body":"{\"Type\":\"Notification\",\"Message\":\"{\\\"Service\\\":\\\"Amazon S3\\\",\\\"Event\\\":\\\"s3:TestEvent\\\"}\"}"}]}`, nil, nil},
		{"EventBridge in SQS", `{"Records":[{"eventSource":"aws:sqs","body":"{\"detail-type\":\"Object Deleted\",\"source\":\"aws.s3\",\"detail\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\"}}}"}]}`,
			[]storage.Event{{Kind: storage.Deleted, Bucket: "b", Key: "k"}}, nil},
		{"garbage in SQS", `{"Records":[{"eventSource":"aws:sqs","messageId":"m2","body":"hello"}]}`, nil, s3event.ErrUnknown},
		{"not JSON", `<xml/>`, nil, s3event.ErrUnknown},
		{"empty object", `{}`, nil, s3event.ErrUnknown},
		{"other source record", `{"Records":[{"eventSource":"aws:dynamodb"}]}`, nil, s3event.ErrUnknown},
		{"created without key", `{"detail-type":"Object Created","source":"aws.s3","detail":{"bucket":{"name":"b"},"object":{}}}`, nil, s3event.ErrUnknown},
		{"too deep", `{"Type":"Notification","Message":"{\"Type\":\"Notification\",\"Message\":\"{\\\"Type\\\":\\\"Notification\\\",\\\"Message\\\":\\\"{\\\\\\\"Type\\\\\\\":\\\\\\\"Notification\\\\\\\",\\\\\\\"Message\\\\\\\":\\\\\\\"{}\\\\\\\"}\\\"}\"}"}`, nil, s3event.ErrUnknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s3event.Decode([]byte(tc.in))
			if !errors.Is(err, tc.err) || (tc.err == nil) != (err == nil) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	for _, name := range events.Names() {
		data, err := events.Load(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		evs, err := s3event.Decode(data)
		if err != nil && len(evs) != 0 {
			t.Fatalf("events returned with an error: %v", err)
		}
		for _, ev := range evs {
			if ev.Kind != storage.Created && ev.Kind != storage.Deleted {
				t.Fatalf("bad kind %q", ev.Kind)
			}
		}
	})
}
