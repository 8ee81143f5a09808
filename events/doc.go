// Package events holds the Lambda event fixtures of Plaza: S3 object events
// as EventBridge and direct notifications deliver them, the s3:TestEvent,
// an SQS-wrapped notification, the monitor's schedule, API Gateway v2
// HTTP requests, and the inquiry table's stream record of a new inquiry
// event (what triggers notify).
//
// The .json files in this folder are the fixtures themselves, so that
// `sam local invoke -t cdk.out/<stack>.template.json -e events/<name>.json`,
// the local Lambda harness and go test all use the very same bytes. Load
// reads them from the embedded copy.
//
// Bucket names are those of the dev stage (plaza-dev-inbox, -work,
// -public); the documents named exist in the harness's test data. Keys in
// S3 events are URL-encoded the way S3 sends them ("+" for a space).
//
// testdata/<name>.golden.json is what the fixture looks like after a
// decode and encode through the aws-lambda-go/events types, when that
// differs from the fixture (aws-lambda-go adds urlDecodedKey to S3
// notifications).
package events

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

//go:embed *.json
var fixtures embed.FS

// Load returns the fixture called name, with or without ".json".
func Load(name string) ([]byte, error) {
	if !strings.HasSuffix(name, ".json") {
		name += ".json"
	}
	data, err := fixtures.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return data, nil
}

// Names lists the fixtures, without ".json", in name order.
func Names() []string {
	entries, err := fs.ReadDir(fixtures, ".")
	if err != nil {
		return nil // the embedded folder always reads
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".json"))
	}
	return names
}
