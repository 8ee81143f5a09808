package stack

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsevents"
	"github.com/aws/aws-cdk-go/awscdk/v2/awseventstargets"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambdaeventsources"
	"github.com/aws/aws-cdk-go/awscdk/v2/awss3"
	"github.com/aws/jsii-runtime-go"

	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
	"github.com/seoul-plaza/plaza/shared/pipeline/route"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Trigger describes what starts a function: the EventBridge rule made
// from it, and the tests that check no function can write where it is
// triggered from.
type Trigger struct {
	Function string
	Bucket   awss3.Bucket
	// Prefix or Suffix of the keys that trigger; both empty: any key.
	Prefix, Suffix string
	// Kinds are the S3 event detail-types that trigger.
	Kinds []string
	// Name tells apart the rules of a function with more than one
	// ("Subscriptions": NotifySubscriptionsTrigger); empty for the first.
	Name string
}

// Triggers lists the object triggers: the pipeline's route table, one
// trigger a stage (a route's last key element is matched as a suffix, the
// nearest EventBridge has), and notify's leak reports.
func (p *Plaza) Triggers() []Trigger {
	buckets := map[route.Bucket]awss3.Bucket{route.Inbox: p.Inbox, route.Work: p.Work, route.Public: p.Public}
	var ts []Trigger
	for _, r := range route.Table() {
		ts = append(ts, Trigger{Function: string(r.Stage), Bucket: buckets[r.Bucket], Prefix: r.Prefix, Suffix: r.Name, Kinds: r.Kinds})
	}
	// Not a pipeline stage, so not in the route table: each version of a
	// citizen's leak report starts its notices on AWS, while the local
	// stack sends them as the report is written and its bus carries no
	// leaks/ event (leak.Service.Deliver filters the keys again).
	// So does each subscription request, its confirmation mail.
	return append(ts, Trigger{Function: Notify, Bucket: p.Work, Prefix: PrefixLeaks, Kinds: []string{storage.Created}},
		Trigger{Function: Notify, Bucket: p.Work, Prefix: PrefixSubscriptions, Kinds: []string{storage.Created}, Name: "Subscriptions"})
}

func (p *Plaza) triggers() {
	for _, t := range p.Triggers() {
		key := map[string]interface{}{"prefix": t.Prefix}
		if t.Suffix != "" {
			key = map[string]interface{}{"suffix": t.Suffix}
		}
		rule := awsevents.NewRule(p.Stack, jsii.String(title(t.Function)+t.Name+"Trigger"), &awsevents.RuleProps{
			Description: jsii.String("S3 object events that start " + t.Function),
			EventPattern: &awsevents.EventPattern{
				Source:     jsii.Strings("aws.s3"),
				DetailType: jsii.Strings(t.Kinds...),
				Detail: &map[string]interface{}{
					"bucket": map[string]interface{}{"name": []interface{}{t.Bucket.BucketName()}},
					"object": map[string]interface{}{"key": []interface{}{key}},
				},
			},
		})
		rule.AddTarget(p.target(t.Function))
		p.TriggerRules[t.Function] = rule
	}

	// Every object event of the three pipeline buckets is archived, so that
	// a window of them can be replayed after a fix (go run ./infra/ops
	// replay); the stages are idempotent, so a replayed event whose
	// document is already right changes nothing.
	days := 14
	if p.cfg.Retain {
		days = 90
	}
	p.Archive = awsevents.NewArchive(p.Stack, jsii.String("EventArchive"), &awsevents.ArchiveProps{
		Description:    jsii.String("Plaza " + p.cfg.Stage + ": S3 object events of the inbox, work and public buckets, for replays"),
		SourceEventBus: awsevents.EventBus_FromEventBusName(p.Stack, jsii.String("DefaultBus"), jsii.String("default")),
		EventPattern: &awsevents.EventPattern{
			Source: jsii.Strings("aws.s3"),
			Detail: &map[string]interface{}{
				"bucket": map[string]interface{}{"name": []interface{}{p.Inbox.BucketName(), p.Work.BucketName(), p.Public.BucketName()}},
			},
		},
		Retention: awscdk.Duration_Days(jsii.Number(days)),
	})

	// The monitor ticks every five minutes (scheduled releases, holds
	// lifted, overdue inquiries, the oldest-unprocessed metric) and runs a
	// daily pass (reconciliation, statistics, access-log digest) at 00:10
	// KST. Each rule's ARN, in the event's resources, tells them apart.
	tick := awsevents.NewRule(p.Stack, jsii.String("MonitorTick"), &awsevents.RuleProps{
		Description: jsii.String("Plaza monitor: every five minutes"),
		Schedule:    awsevents.Schedule_Rate(awscdk.Duration_Minutes(jsii.Number(5))),
	})
	tick.AddTarget(p.target(Monitor))
	daily := awsevents.NewRule(p.Stack, jsii.String("MonitorDaily"), &awsevents.RuleProps{
		Description: jsii.String("Plaza monitor: daily reconciliation and statistics"),
		Schedule:    awsevents.Schedule_Cron(&awsevents.CronOptions{Hour: jsii.String("15"), Minute: jsii.String("10")}),
	})
	daily.AddTarget(p.target(Monitor))
	// The subscriptions' weekly digest, Monday 09:00 KST, sent by notify
	// (once per subscriber and ISO week, so a retried or repeated run
	// sends nothing twice).
	weekly := awsevents.NewRule(p.Stack, jsii.String("SubscriptionDigest"), &awsevents.RuleProps{
		Description: jsii.String("Plaza subscriptions: the weekly digest of new documents"),
		Schedule:    awsevents.Schedule_Cron(&awsevents.CronOptions{WeekDay: jsii.String("MON"), Hour: jsii.String("0"), Minute: jsii.String("0")}),
	})
	weekly.AddTarget(p.target(Notify))

	// notify follows the inquiries table's stream, but only the inserted
	// events (sort key EVT#…) reach it: its own writes (claims, counters,
	// delivery marks) and everything else are filtered out before Lambda.
	p.Functions[Notify].AddEventSource(awslambdaeventsources.NewDynamoEventSource(p.Inquiries, &awslambdaeventsources.DynamoEventSourceProps{
		StartingPosition:        awslambda.StartingPosition_TRIM_HORIZON,
		BatchSize:               jsii.Number(10),
		BisectBatchOnError:      jsii.Bool(true),
		ReportBatchItemFailures: jsii.Bool(true),
		RetryAttempts:           jsii.Number(5),
		MaxRecordAge:            awscdk.Duration_Hours(jsii.Number(6)),
		OnFailure:               awslambdaeventsources.NewSqsDlq(p.deadLetters(Notify + "-stream")),
		Filters: &[]*map[string]interface{}{
			awslambda.FilterCriteria_Filter(&map[string]interface{}{
				"eventName": awslambda.FilterRule_IsEqual(jsii.String("INSERT")),
				"dynamodb": map[string]interface{}{"Keys": map[string]interface{}{
					inquiryddb.AttrSK: map[string]interface{}{"S": awslambda.FilterRule_BeginsWith(jsii.String(InquiryEventPrefix))},
				}},
			}),
		},
	}))
}

// target delivers a rule's events to a function, retrying for up to six
// hours and dead-lettering what cannot be delivered.
func (p *Plaza) target(fn string) awsevents.IRuleTarget {
	name := fn + "-delivery"
	q, ok := p.DLQs[name]
	if !ok {
		q = p.deadLetters(name)
	}
	return awseventstargets.NewLambdaFunction(p.Functions[fn], &awseventstargets.LambdaFunctionProps{
		DeadLetterQueue: q,
		RetryAttempts:   jsii.Number(24),
		MaxEventAge:     awscdk.Duration_Hours(jsii.Number(6)),
	})
}
