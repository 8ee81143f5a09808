// Package inquiries builds the inquiry service of the Lambda functions
// over DynamoDB, KMS, SES and SNS.
package inquiries

import (
	"context"
	"errors"
	"fmt"
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
// inquiry table's stream. Every event is tried; any failure is returned so
// that Lambda retries the batch (delivery is idempotent per message).
func StreamHandler(log *slog.Logger, n *inquiry.Notifier) func(context.Context, events.DynamoDBEvent) error {
	return func(ctx context.Context, ev events.DynamoDBEvent) error {
		var errs []error
		for _, ref := range inquiryddb.StreamRefs(ev) {
			if err := n.Deliver(ctx, ref); err != nil {
				log.Error("delivery failed", "inquiry", ref.Inquiry, "event", ref.Key, "err", err.Error())
				errs = append(errs, fmt.Errorf("inquiry %s event %s: %w", ref.Inquiry, ref.Key, err))
			}
		}
		return errors.Join(errs...)
	}
}
