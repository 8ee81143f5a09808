// Command monitor is the Lambda function run by EventBridge schedules: each
// run is a monitor.Run (the one machine's stack runs the same on a ticker).
// It releases scheduled and un-held documents and drives stuck ones on;
// the daily rule's run (MonitorDaily) also reconciles the whole inbox
// against the ledger and rolls the release statistics up from the
// ledger's change feed; when an inquiry table is configured it also runs the
// inquiries' reminders, escalations and retention, whose alerts the notify
// function delivers from the table's stream; it deletes the texts and
// contacts of leak reports past their retention; it reads the dead-letter
// queues' depth on every run; and, daily, it counts
// CloudFront's logs (and API Gateway's, where CloudFront's miss an hour)
// into the usage figures; nightly, it relearns the lines each department
// repeats (boilerplate) for the index function.
package main

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/inquiries"
	"github.com/seoul-plaza/plaza/functions/internal/stages"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/closure"
	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/monitor"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/pipeline/files"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/queue/sqs"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/subscription"
	"github.com/seoul-plaza/plaza/shared/usage"
	"github.com/seoul-plaza/plaza/shared/usage/cwlogs"
	"github.com/seoul-plaza/plaza/shared/verify"
)

func main() {
	ctx := context.Background()
	env := wire.Load(ctx, config.FuncMonitor)
	idx, err := stages.SearchIfConfigured(ctx, env)
	if err != nil {
		wire.Fatal(config.FuncMonitor, err)
	}
	// Its in-process indexing (stuck documents, repairs) names the learnt
	// boilerplate lines too.
	p := stages.IndexingPipeline(env, idx, files.New())
	// Leak reports: only their retention here (the notify function sends
	// their notices, so the monitor links no mail client).
	reports := leak.New(leak.Deps{Store: stages.Store(env), Bucket: env.Config.WorkBucket, Logger: env.Log})
	// The release statistics roll up nightly, on the daily rule's run.
	roller := stats.NewRoller(stats.RollerDeps{Ledger: stages.Ledger(env), Store: stages.Store(env), Bucket: env.Config.WorkBucket, Logger: env.Log})
	// So is the check of the non-disclosure decisions, read as the
	// pipeline read the documents.
	pol, err := policy.FromOrgs(env.Config.Orgs)
	if err != nil {
		wire.Fatal(config.FuncMonitor, err)
	}
	checks := closure.NewRunner(closure.RunnerDeps{Store: stages.Store(env), Buckets: env.Config.Buckets(), Logger: env.Log,
		Layers:  closure.Layers{Redactor: redact.New(), Verifier: verify.New()},
		Options: closure.Options{Screen: closure.ScreenOptions(pol)}})
	// The daily reconciliation checks the index by samples
	// (PLAZA_RECONCILE_SAMPLE), not the whole domain.
	// Subscription requests never confirmed are deleted on the daily run
	// (notify, which their records trigger, may not delete them).
	subs := subscription.New(subscription.Deps{Store: stages.Store(env), Bucket: env.Config.WorkBucket, Logger: env.Log})
	deps := monitor.Deps{Pipeline: p, Reports: reports, Subscriptions: subs, Stats: roller, Closures: checks, ReconcileSample: env.Config.ReconcileSample, Logger: env.Log, EveryRun: true}
	// So is the count of CloudFront's logs (and API Gateway's, for the
	// hours CloudFront's miss) into the usage figures; the log bucket's
	// lifecycle rule and the log group's retention expire them.
	if env.Config.LogBucket != "" {
		var searcher usage.Searcher
		if idx != nil {
			searcher = usage.IndexSearcher{Index: idx}
		}
		var gateway usage.GatewayLog
		if env.Config.AccessLogGroup != "" {
			gateway = cwlogs.NewFromConfig(env.AWS, env.Config.AccessLogGroup)
		}
		deps.Usage = usage.New(usage.Deps{Store: stages.Store(env), LogBucket: env.Config.LogBucket, LogPrefixes: []string{"cloudfront/"},
			Gateway: gateway, WorkBucket: env.Config.WorkBucket, Catalog: usage.PublicCatalog{Store: stages.Store(env), Bucket: env.Config.PublicBucket},
			Searcher: searcher, Redactor: redact.New(), Options: usage.Options{DefaultOrg: env.Config.OrgCode}, Logger: env.Log})
	}
	// The dead-letter queues' depth, on every run, for the DeadLetters
	// metric and its alarm.
	if len(env.Config.DeadLetterQueues) > 0 {
		deps.DeadLetters = sqs.NewFromConfig(env.AWS, env.Config.DeadLetterQueues)
	}
	// Nightly, the lines each department repeats are relearnt from its
	// latest published documents and kept in the work bucket, where the
	// index function reads them.
	if idx != nil {
		deps.Boilerplate = pipeline.BoilerplateRelearner{Pipeline: p, Store: stages.BoilerplateStore(env)}
	}
	if env.Config.InquiryTable != "" {
		deps.Inquiries = inquiry.NewMonitor(inquiry.MonitorDeps{Store: inquiries.Store(env), Logger: env.Log})
	}
	m := monitor.New(deps)
	lambda.Start(wire.Handle(env, func(ctx context.Context, payload json.RawMessage) (monitor.Report, error) {
		return m.Run(ctx, strings.Contains(wire.ScheduleRule(payload), "MonitorDaily"))
	}))
}
