// Command monitor is the Lambda function run by EventBridge schedules:
// every run releases scheduled and un-held documents and drives stuck ones
// on (pipeline.Tick); the daily rule's run (MonitorDaily) also reconciles
// the whole inbox against the ledger (pipeline.Reconcile); when
// an inquiry table is configured it also runs the inquiries' reminders,
// escalations and retention (inquiry.Monitor), whose alerts the notify
// function delivers from the table's stream; and it deletes the texts and
// contacts of leak reports past their retention (leak.Service.Tick).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/inquiries"
	"github.com/seoul-plaza/plaza/functions/internal/stages"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/pipeline/files"
)

// Report is the function's result, visible in the invocation's response.
type Report struct {
	pipeline.TickReport
	Reconciled *int            `json:"reconciled,omitempty"` // daily runs only
	Inquiries  *inquiry.Report `json:"inquiries,omitempty"`
	// ReportsPurged counts leak reports whose texts and contacts were
	// deleted after their retention period.
	ReportsPurged int `json:"reports_purged"`
}

func main() {
	ctx := context.Background()
	env := wire.Load(ctx, config.FuncMonitor)
	idx, err := stages.SearchIfConfigured(ctx, env)
	if err != nil {
		wire.Fatal(config.FuncMonitor, err)
	}
	p := stages.Pipeline(env, idx, files.New())
	// Leak reports: only their retention here (the notify function sends
	// their notices, so the monitor links no mail client).
	reports := leak.New(leak.Deps{Store: stages.Store(env), Bucket: env.Config.WorkBucket, Logger: env.Log})
	var inq *inquiry.Monitor
	if env.Config.InquiryTable != "" {
		inq = inquiry.NewMonitor(inquiry.MonitorDeps{Store: inquiries.Store(env), Logger: env.Log})
	}
	lambda.Start(wire.Handle(env, func(ctx context.Context, payload json.RawMessage) (Report, error) {
		tick, err := p.Tick(ctx)
		r := Report{TickReport: tick}
		if err != nil {
			return r, fmt.Errorf("tick: %w", err)
		}
		if strings.Contains(wire.ScheduleRule(payload), "MonitorDaily") {
			n, err := p.Reconcile(ctx)
			r.Reconciled = &n
			if err != nil {
				return r, fmt.Errorf("reconcile: %w", err)
			}
		}
		if r.ReportsPurged, err = reports.Tick(ctx); err != nil {
			return r, fmt.Errorf("leak reports: %w", err)
		}
		if inq != nil {
			rep, err := inq.Run(ctx)
			r.Inquiries = &rep
			if err != nil {
				return r, fmt.Errorf("inquiries: %w", err)
			}
		}
		env.Log.Info("monitor run", "released", r.Released, "redriven", r.Redriven, "retried", r.Retried, "unseen", r.Unseen,
			"reconciled", r.Reconciled != nil, "oldest_unprocessed_s", r.OldestUnprocessed.Seconds())
		return r, nil
	}))
}
