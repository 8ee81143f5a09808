// Package inquiries builds the inquiry service of the Lambda functions
// over DynamoDB, KMS, SES and SNS.
package inquiries

import (
	"context"
	"errors"
	"fmt"

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

// Directory returns the contact directory stored in the inquiry table, or
// the embedded sample directory (with a warning) when none was stored.
func Directory(ctx context.Context, e wire.Env, st *inquiryddb.Store) (*inquiry.Directory, error) {
	d, err := st.LoadDirectory(ctx)
	if errors.Is(err, inquiry.ErrNotFound) {
		e.Log.Warn("no contact directory in the inquiry table; using the embedded sample (store one with PutDirectory)")
		return inquiry.DefaultDirectory(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("inquiries: %w", err)
	}
	return d, nil
}

// Notifier builds the inquiry notifier over DynamoDB, KMS, SES and SNS.
func Notifier(ctx context.Context, e wire.Env) (*inquiry.Notifier, error) {
	st := Store(e)
	dir, err := Directory(ctx, e, st)
	if err != nil {
		return nil, err
	}
	return inquiry.NewNotifier(inquiry.NotifierDeps{
		Store:     st,
		Sealer:    kms.NewFromConfig(e.AWS, e.Config.KMSKeyID),
		Directory: dir,
		Mailer:    ses.NewFromConfig(e.AWS, e.Config.MailFrom, e.Config.SESConfigurationSet),
		Texter:    sns.NewFromConfig(e.AWS, e.Config.SMSSenderID),
		PortalURL: e.Config.PortalURL,
		Logger:    e.Log,
	}), nil
}
