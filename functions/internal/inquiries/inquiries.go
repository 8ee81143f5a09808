// Package inquiries builds the inquiry store and contact directories of
// the Lambda functions over DynamoDB. The notifier (SES, SNS) is in
// package delivery, so that only notify links the mail and SMS clients.
package inquiries

import (
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
)

// Store returns the DynamoDB inquiry store.
func Store(e wire.Env) *inquiryddb.Store {
	return inquiryddb.NewFromConfig(e.AWS, e.Config.InquiryTable)
}

// Directories returns every organization's contact directory, from the
// organizations' files the function carries (shared/org, as config.Load
// read them): the one source, on AWS as on one machine, so a directory
// changes with its file and a deployment, and costs the cold start no
// round trip.
func Directories(e wire.Env) *inquiry.Directories {
	return inquiry.FromOrgs(e.Config.Orgs)
}
