// Command notify is the Lambda function that tells citizens and officers
// about inquiries and leak reports:
//   - triggered by the inquiry table's stream (inserted EVT# items only),
//     it delivers each new inquiry event (inquiry.Notifier) by e-mail
//     through SES v2 and SMS through SNS, with contact data opened through
//     KMS, and reports failed records as batch item failures;
//   - triggered by the work bucket's leaks/ object events (EventBridge), it
//     sends the notices each new version of a citizen's leak report owes
//     (leak.Service.Deliver) to the department, the privacy officer and
//     the reporter; a failure is retried, then dead-lettered;
//   - triggered by the work bucket's subscriptions/ object events, it
//     sends the confirmation a new subscription request owes, and on the
//     weekly SubscriptionDigest schedule the digest of the week's new
//     documents (subscription.Service), each mail claimed in the inquiry
//     table before it is sent, so a subscriber gets one a week.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/inquiries/delivery"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/config"
	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
	"github.com/seoul-plaza/plaza/shared/s3event"
	"github.com/seoul-plaza/plaza/shared/subscription"
)

func main() {
	ctx := context.Background()
	env := wire.Load(ctx, config.FuncNotify)
	n, err := delivery.Notifier(ctx, env)
	if err != nil {
		wire.Fatal(config.FuncNotify, err)
	}
	reports, err := delivery.Reports(ctx, env)
	if err != nil {
		wire.Fatal(config.FuncNotify, err)
	}
	subs, err := delivery.Subscriptions(ctx, env)
	if err != nil {
		wire.Fatal(config.FuncNotify, err)
	}
	stream := inquiryddb.StreamHandler(n)
	lambda.Start(wire.Handle(env, func(ctx context.Context, payload json.RawMessage) (any, error) {
		if rule := wire.ScheduleRule(payload); rule != "" {
			return subs.Digest(ctx) // the weekly rule (SubscriptionDigest) is notify's only schedule
		}
		evs, err := s3event.Decode(payload)
		if errors.Is(err, s3event.ErrUnknown) {
			var ev events.DynamoDBEvent
			if err := json.Unmarshal(payload, &ev); err != nil || len(ev.Records) == 0 {
				return nil, fmt.Errorf("notify: neither an S3 event nor a stream batch")
			}
			return stream(ctx, ev)
		}
		if err != nil {
			return nil, err
		}
		var errs []error
		for _, ev := range evs {
			if strings.HasPrefix(ev.Key, subscription.Prefix) {
				errs = append(errs, subs.Deliver(ctx, ev.Key))
				continue
			}
			errs = append(errs, reports.Deliver(ctx, ev.Key))
		}
		return nil, errors.Join(errs...)
	}))
}
