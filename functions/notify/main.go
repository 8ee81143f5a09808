// Command notify is the Lambda function that tells citizens and officers
// about inquiries: triggered by the inquiry table's stream, it delivers
// each inserted inquiry event (inquiry.Notifier) by e-mail through SES v2
// and SMS through SNS, with contact data opened through KMS.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/inquiries"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/config"
)

func main() {
	env := wire.Load(context.Background(), config.FuncNotify)
	lambda.Start(inquiries.StreamHandler(env.Log, inquiries.Notifier(env)))
}
