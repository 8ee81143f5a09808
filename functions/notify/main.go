// Command notify is the Lambda function that sends citizens' and
// officers' notifications: e-mail through SES v2 and SMS through SNS
// (notify.Sender). It takes notify.Requests from EventBridge
// ("Notification Requested"), SQS or direct invocation; the inquiry
// service decides what to send and records what was sent.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/notify/ses"
	"github.com/seoul-plaza/plaza/shared/notify/sns"
)

func main() {
	env := wire.Load(context.Background(), config.FuncNotify)
	s := notify.Sender{
		Mailer: ses.NewFromConfig(env.AWS, env.Config.MailFrom, env.Config.SESConfigurationSet),
		Texter: sns.NewFromConfig(env.AWS, env.Config.SMSSenderID),
		Log:    env.Log,
	}
	lambda.Start(s.Handle)
}
