// Package sns is the notify.Texter adapter for Amazon SNS: SMS published
// straight to a phone number, as transactional messages.
package sns

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"
	"github.com/aws/smithy-go"

	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/redact"
)

// Texter sends SMS through SNS.
type Texter struct {
	client   *sns.Client
	senderID string
}

var _ notify.Texter = (*Texter)(nil)

// New returns a Texter; senderID is the alphanumeric sender shown where
// the country allows one (empty: the account default).
func New(client *sns.Client, senderID string) *Texter {
	return &Texter{client: client, senderID: senderID}
}

// NewFromConfig builds the SNS client from cfg.
func NewFromConfig(cfg aws.Config, senderID string) *Texter {
	return New(sns.NewFromConfig(cfg), senderID)
}

func str(v string) types.MessageAttributeValue {
	return types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(v)}
}

// Send publishes s to its phone number. Numbers SNS refuses wrap
// notify.ErrPermanent.
func (t *Texter) Send(ctx context.Context, s notify.SMS) error {
	if err := s.Validate(); err != nil {
		return err
	}
	to, _ := notify.E164(s.To)
	attrs := map[string]types.MessageAttributeValue{
		// Transactional: delivered even to numbers on do-not-disturb lists,
		// and priced for one-to-one notices.
		"AWS.SNS.SMS.SMSType": str("Transactional"),
	}
	if t.senderID != "" {
		attrs["AWS.SNS.SMS.SenderID"] = str(t.senderID)
	}
	_, err := t.client.Publish(ctx, &sns.PublishInput{
		PhoneNumber:       aws.String(to),
		Message:           aws.String(s.Text),
		MessageAttributes: attrs,
	})
	if err != nil {
		return classify(fmt.Errorf("sns: publish to %s: %w", redact.MaskPhone(to), err))
	}
	return nil
}

func classify(err error) error {
	var api smithy.APIError
	if errors.As(err, &api) {
		switch api.ErrorCode() {
		case "InvalidParameter", "InvalidParameterValue", "OptedOut", "AuthorizationError":
			return notify.Permanent(err)
		}
	}
	return err
}
