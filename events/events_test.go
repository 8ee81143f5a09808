package events_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	lambdaevents "github.com/aws/aws-lambda-go/events"

	"github.com/seoul-plaza/plaza/events"
)

// update rewrites the golden files from the current round trip; review
// the diff before committing it.
var update = flag.Bool("update", false, "rewrite testdata/*.golden.json for fixtures that have one")

// typeFor returns the aws-lambda-go type a fixture decodes into, by the
// fixture's name.
func typeFor(name string) any {
	switch {
	case strings.HasPrefix(name, "s3-eventbridge-"), strings.HasPrefix(name, "schedule-"):
		return &lambdaevents.EventBridgeEvent{}
	case strings.HasPrefix(name, "s3-notification-"):
		return &lambdaevents.S3Event{}
	case name == "s3-test-event":
		return &lambdaevents.S3TestEvent{}
	case strings.HasPrefix(name, "sqs-"):
		return &lambdaevents.SQSEvent{}
	case strings.HasPrefix(name, "dynamodb-stream-"):
		return &lambdaevents.DynamoDBEvent{}
	case strings.HasPrefix(name, "apigw-v2-"):
		return &lambdaevents.APIGatewayV2HTTPRequest{}
	}
	return nil
}

// TestGoldenRoundTrip decodes each fixture into its aws-lambda-go type,
// encodes it again and compares the JSON semantically with the fixture, or
// with testdata/<name>.golden.json where aws-lambda-go adds fields. A
// fixture field the type does not know would be lost, and fail here.
func TestGoldenRoundTrip(t *testing.T) {
	names := events.Names()
	if len(names) < 10 {
		t.Fatalf("only %d fixtures embedded: %v", len(names), names)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			input, err := events.Load(name)
			if err != nil {
				t.Fatal(err)
			}
			onDisk, err := os.ReadFile(name + ".json")
			if err != nil {
				t.Fatal(err)
			}
			if string(onDisk) != string(input) {
				t.Fatal("embedded fixture differs from the file sam local would read")
			}
			v := typeFor(name)
			if v == nil {
				t.Fatalf("no aws-lambda-go type for fixture %s; add it to typeFor", name)
			}
			dec := json.NewDecoder(strings.NewReader(string(input)))
			if err := dec.Decode(v); err != nil {
				t.Fatalf("decode into %T: %v", v, err)
			}
			output, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			want := input
			goldenPath := filepath.Join("testdata", name+".golden.json")
			if golden, err := os.ReadFile(goldenPath); err == nil {
				want = golden
				if *update {
					var buf bytes.Buffer
					if err := json.Indent(&buf, output, "", "  "); err != nil {
						t.Fatal(err)
					}
					buf.WriteByte('\n')
					if err := os.WriteFile(goldenPath, buf.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					want = buf.Bytes()
				}
			}
			if err := jsonEqual(want, output); err != nil {
				t.Fatalf("round trip through %T: %v\noutput: %s", v, err, output)
			}
		})
	}
}

func jsonEqual(want, got []byte) error {
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		return fmt.Errorf("want: %w", err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		return fmt.Errorf("got: %w", err)
	}
	if !reflect.DeepEqual(w, g) {
		return fmt.Errorf("JSON differs:\nwant %v\n got %v", w, g)
	}
	return nil
}

func TestLoad(t *testing.T) {
	a, err := events.Load("s3-test-event")
	if err != nil {
		t.Fatal(err)
	}
	b, err := events.Load("s3-test-event.json")
	if err != nil {
		t.Fatal(err)
	}
	if string(a) != string(b) || !strings.Contains(string(a), "s3:TestEvent") {
		t.Fatalf("Load with and without .json differ or are wrong: %s", a)
	}
	if _, err := events.Load("no-such-fixture"); err == nil {
		t.Fatal("Load of a missing fixture succeeded")
	}
}
