// Package ses is the notify.Mailer adapter for Amazon SES v2.
//
// Mail goes out as SES "simple" content (subject, text and HTML, UTF-8),
// so SES builds the MIME. The idempotency key travels as the X-Plaza-Key
// header and as the plaza-key message tag, so bounce and complaint events
// from the configuration set can be traced to the notification.
package ses

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/smithy-go"

	"github.com/seoul-plaza/plaza/shared/notify"
)

// KeyHeader and KeyTag carry the idempotency key.
const (
	KeyHeader = "X-Plaza-Key"
	KeyTag    = "plaza-key"
)

// Mailer sends mail through SES.
type Mailer struct {
	client    *sesv2.Client
	from      string
	configSet string
}

var _ notify.Mailer = (*Mailer)(nil)

// New returns a Mailer sending from from (a verified identity), through
// configuration set configSet when it is not empty.
func New(client *sesv2.Client, from, configSet string) *Mailer {
	return &Mailer{client: client, from: from, configSet: configSet}
}

// NewFromConfig builds the SES client from cfg.
func NewFromConfig(cfg aws.Config, from, configSet string) *Mailer {
	return New(sesv2.NewFromConfig(cfg), from, configSet)
}

// Send sends m. Rejections that retrying cannot fix wrap notify.ErrPermanent.
func (s *Mailer) Send(ctx context.Context, m notify.Mail) error {
	if err := m.Validate(); err != nil {
		return err
	}
	utf8 := aws.String("UTF-8")
	body := &types.Body{Text: &types.Content{Data: aws.String(m.Text), Charset: utf8}}
	if m.HTML != "" {
		body.Html = &types.Content{Data: aws.String(m.HTML), Charset: utf8}
	}
	msg := &types.Message{
		Subject: &types.Content{Data: aws.String(m.Subject), Charset: utf8},
		Body:    body,
	}
	in := &sesv2.SendEmailInput{
		FromEmailAddress: aws.String(s.from),
		Destination:      &types.Destination{ToAddresses: []string{m.To}},
		Content:          &types.EmailContent{Simple: msg},
	}
	if m.Key != "" {
		msg.Headers = []types.MessageHeader{{Name: aws.String(KeyHeader), Value: aws.String(m.Key)}}
		in.EmailTags = []types.MessageTag{{Name: aws.String(KeyTag), Value: aws.String(TagValue(m.Key))}}
	}
	// SES keeps the extra headers of simple content as they are, the
	// one-click unsubscribe of RFC 8058 among them.
	for _, h := range m.Headers {
		msg.Headers = append(msg.Headers, types.MessageHeader{Name: aws.String(h.Name), Value: aws.String(h.Value)})
	}
	if s.configSet != "" {
		in.ConfigurationSetName = aws.String(s.configSet)
	}
	if _, err := s.client.SendEmail(ctx, in); err != nil {
		return classify(fmt.Errorf("ses: send to %s: %w", redactAddress(m.To), err))
	}
	return nil
}

// classify wraps the errors SES will give again on retry as permanent.
func classify(err error) error {
	var api smithy.APIError
	if errors.As(err, &api) {
		switch api.ErrorCode() {
		case "MessageRejected", "MailFromDomainNotVerifiedException", "AccountSuspendedException",
			"SendingPausedException", "BadRequestException", "NotFoundException":
			return notify.Permanent(err)
		}
	}
	return err
}

// TagValue makes key fit a message tag value (ASCII letters, digits, '_'
// and '-', at most 256 characters).
func TagValue(key string) string {
	var b strings.Builder
	for _, r := range key {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() == 256 {
			break
		}
	}
	return b.String()
}

// redactAddress keeps errors (which get logged) free of the full address.
func redactAddress(a string) string {
	at := strings.LastIndexByte(a, '@')
	if at <= 0 {
		return "***"
	}
	return a[:1] + "***" + a[at:]
}
