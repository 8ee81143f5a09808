// Package delivery builds the inquiry notifier of the notify function over
// DynamoDB, KMS, SES and SNS. It is apart from package inquiries so that
// the api and monitor functions do not link the SES and SNS clients.
package delivery

import (
	"context"

	"github.com/seoul-plaza/plaza/functions/internal/citizens"
	"github.com/seoul-plaza/plaza/functions/internal/inquiries"
	"github.com/seoul-plaza/plaza/functions/internal/stages"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/feedback"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/inquiry/kms"
	"github.com/seoul-plaza/plaza/shared/leak"
	leakmail "github.com/seoul-plaza/plaza/shared/leak/mail"
	"github.com/seoul-plaza/plaza/shared/notify/ses"
	"github.com/seoul-plaza/plaza/shared/notify/sns"
	"github.com/seoul-plaza/plaza/shared/subscription"
)

// Notifier builds the inquiry notifier over DynamoDB, KMS, SES and SNS.
// Its closing notices carry the signed link that rates the inquiry.
func Notifier(ctx context.Context, e wire.Env) (*inquiry.Notifier, error) {
	st, sealer := inquiries.Store(e), kms.NewFromConfig(e.AWS, e.Config.KMSKeyID)
	signer := citizens.NewSigner(st, sealer)
	return inquiry.NewNotifier(inquiry.NotifierDeps{
		Store:  st,
		Sealer: sealer,
		RatingLink: func(q inquiry.Inquiry) (string, error) {
			return feedback.RatingLink(signer, e.Config.PortalURL, feedback.RateClaims{Org: q.Org, Inquiry: q.ID, Department: q.Department})
		},
		Directories: inquiries.Directories(e),
		Mailer:      ses.NewFromConfig(e.AWS, e.Config.MailFrom, e.Config.SESConfigurationSet),
		Texter:      sns.NewFromConfig(e.AWS, e.Config.SMSSenderID),
		PortalURL:   e.Config.PortalURL,
		Logger:      e.Log,
	}), nil
}

// Reports builds the leak report service of the notify function: it only
// delivers notices (leak.Service.Deliver), for the report versions the
// work bucket's leaks/ events name, through the same SES, SNS, KMS and
// directories as inquiries.
func Reports(ctx context.Context, e wire.Env) (*leak.Service, error) {
	return leak.New(leak.Deps{
		Store:  stages.Store(e),
		Bucket: e.Config.WorkBucket,
		Sealer: kms.NewFromConfig(e.AWS, e.Config.KMSKeyID),
		Notifier: &leakmail.Notifier{
			Mailer:    ses.NewFromConfig(e.AWS, e.Config.MailFrom, e.Config.SESConfigurationSet),
			Texter:    sns.NewFromConfig(e.AWS, e.Config.SMSSenderID),
			Directory: leakmail.Officers(inquiries.Directories(e)), PortalURL: e.Config.PortalURL,
		},
		Logger: e.Log,
	}), nil
}

// Subscriptions builds the subscription service of the notify function:
// it sends the confirmation a new request owes (on the work bucket's
// subscriptions/ events) and the weekly digest (on its schedule), found
// in OpenSearch, through SES, each mail claimed in the inquiry table first.
func Subscriptions(ctx context.Context, e wire.Env) (*subscription.Service, error) {
	idx, err := stages.SearchIfConfigured(ctx, e)
	if err != nil {
		return nil, err
	}
	st, sealer := inquiries.Store(e), kms.NewFromConfig(e.AWS, e.Config.KMSKeyID)
	return citizens.Subscriptions(e, stages.Store(e), citizens.NewSigner(st, sealer), sealer, nil, st,
		ses.NewFromConfig(e.AWS, e.Config.MailFrom, e.Config.SESConfigurationSet), idx, nil), nil
}
