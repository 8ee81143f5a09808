package s3event_test

import (
	"encoding/json"
	"net/url"
	"testing"

	lambdaevents "github.com/aws/aws-lambda-go/events"

	"github.com/seoul-plaza/plaza/events"
	"github.com/seoul-plaza/plaza/shared/s3event"
)

// BenchmarkDecode measures Decode on each shape; the baseline is what a
// handler would do by hand for the EventBridge shape alone (one
// json.Unmarshal into aws-lambda-go's type, one into the detail, one
// QueryUnescape), so the price of probing the shape is visible.
func BenchmarkDecode(b *testing.B) {
	for _, name := range []string{"s3-eventbridge-korean-key-created", "s3-notification-envelope-created", "sqs-s3-notification"} {
		data, err := events.Load(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := s3event.Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	data, _ := events.Load("s3-eventbridge-korean-key-created")
	b.Run("baseline-eventbridge-by-hand", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var ev lambdaevents.EventBridgeEvent
			if err := json.Unmarshal(data, &ev); err != nil {
				b.Fatal(err)
			}
			var d s3event.Detail
			if err := json.Unmarshal(ev.Detail, &d); err != nil {
				b.Fatal(err)
			}
			if _, err := url.QueryUnescape(d.Object.Key); err != nil {
				b.Fatal(err)
			}
		}
	})
}
