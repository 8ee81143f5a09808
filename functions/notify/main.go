// Command notify is the Lambda function that tells citizens and officers
// about inquiries: triggered by the inquiry table's stream (inserted EVT#
// items only), it delivers each new inquiry event (inquiry.Notifier) by
// e-mail through SES v2 and SMS through SNS, with contact data opened
// through KMS, and reports failed records as batch item failures.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/inquiries/delivery"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/config"
	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
)

func main() {
	ctx := context.Background()
	env := wire.Load(ctx, config.FuncNotify)
	n, err := delivery.Notifier(ctx, env)
	if err != nil {
		wire.Fatal(config.FuncNotify, err)
	}
	lambda.Start(wire.Handle(env, inquiryddb.StreamHandler(n)))
}
