// Package inquiries builds the inquiry store and contact directory of the
// Lambda functions over DynamoDB. The notifier (SES, SNS) is in package
// delivery, so that only notify links the mail and SMS clients.
package inquiries

import (
	"context"
	"errors"
	"fmt"

	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
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
