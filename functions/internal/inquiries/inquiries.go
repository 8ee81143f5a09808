// Package inquiries builds the inquiry service of the Lambda functions
// over DynamoDB, KMS, SES and SNS.
package inquiries

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/events"

	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
	"github.com/seoul-plaza/plaza/shared/inquiry/kms"
	"github.com/seoul-plaza/plaza/shared/notify/ses"
	"github.com/seoul-plaza/plaza/shared/notify/sns"
)

// Store returns the DynamoDB inquiry store.
func Store(e wire.Env) *inquiryddb.Store {
	return inquiryddb.NewFromConfig(e.AWS, e.Config.InquiryTable)
}

// Notifier builds the inquiry notifier over SES, SNS and KMS.
func Notifier(e wire.Env) *inquiry.Notifier {
	return inquiry.NewNotifier(inquiry.NotifierDeps{
		Store:     Store(e),
		Sealer:    kms.NewFromConfig(e.AWS, e.Config.KMSKeyID),
		Directory: inquiry.DefaultDirectory(),
		Mailer:    ses.NewFromConfig(e.AWS, e.Config.MailFrom, e.Config.SESConfigurationSet),
		Texter:    sns.NewFromConfig(e.AWS, e.Config.SMSSenderID),
		PortalURL: e.Config.PortalURL,
		Logger:    e.Log,
	})
}

// StreamHandler delivers the inquiry events inserted in a batch of the
// inquiry table's stream. The event source reports batch item failures:
// every record is tried, and the failed ones are returned by sequence
// number, so Lambda retries from the first failure instead of redelivering
// the whole batch (delivery is idempotent per message either way).
func StreamHandler(log *slog.Logger, n *inquiry.Notifier) func(context.Context, events.DynamoDBEvent) (events.DynamoDBEventResponse, error) {
	return func(ctx context.Context, ev events.DynamoDBEvent) (events.DynamoDBEventResponse, error) {
		var resp events.DynamoDBEventResponse
		for _, rec := range ev.Records {
			for _, ref := range inquiryddb.StreamRefs(events.DynamoDBEvent{Records: []events.DynamoDBEventRecord{rec}}) {
				if err := n.Deliver(ctx, ref); err != nil {
					log.Error("delivery failed", "inquiry", ref.Inquiry, "event", ref.Key, "err", err.Error())
					resp.BatchItemFailures = append(resp.BatchItemFailures, events.DynamoDBBatchItemFailure{ItemIdentifier: rec.Change.SequenceNumber})
					break
				}
			}
		}
		return resp, nil
	}
}
