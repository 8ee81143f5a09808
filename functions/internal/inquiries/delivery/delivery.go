// Package delivery builds the inquiry notifier of the notify function over
// DynamoDB, KMS, SES and SNS. It is apart from package inquiries so that
// the api and monitor functions do not link the SES and SNS clients.
package delivery

import (
	"context"

	"github.com/seoul-plaza/plaza/functions/internal/inquiries"
	"github.com/seoul-plaza/plaza/functions/internal/stages"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/inquiry/kms"
	"github.com/seoul-plaza/plaza/shared/leak"
	leakmail "github.com/seoul-plaza/plaza/shared/leak/mail"
	"github.com/seoul-plaza/plaza/shared/notify/ses"
	"github.com/seoul-plaza/plaza/shared/notify/sns"
)

// Notifier builds the inquiry notifier over DynamoDB, KMS, SES and SNS.
func Notifier(ctx context.Context, e wire.Env) (*inquiry.Notifier, error) {
	return inquiry.NewNotifier(inquiry.NotifierDeps{
		Store:       inquiries.Store(e),
		Sealer:      kms.NewFromConfig(e.AWS, e.Config.KMSKeyID),
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
