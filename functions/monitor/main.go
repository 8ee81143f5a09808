// Command monitor is the Lambda function run by an EventBridge schedule:
// it releases scheduled and un-held documents, drives stuck ones on, and
// reconciles the inbox against the ledger (pipeline.Tick, Reconcile).
package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/pipeline"
)

// Report is the function's result, visible in the invocation's response.
type Report struct {
	pipeline.TickReport
	Reconciled int `json:"reconciled"`
}

func main() {
	ctx := context.Background()
	env := wire.Load(ctx, config.FuncMonitor)
	idx, err := env.Search(ctx)
	if err != nil {
		env.Log.Error("start-up failed", "err", err.Error())
		panic(err)
	}
	p := env.Pipeline(idx)
	// Any schedule event (or none) starts one run; its content is unused.
	lambda.Start(func(ctx context.Context, _ json.RawMessage) (Report, error) {
		tick, err := p.Tick(ctx)
		if err != nil {
			return Report{TickReport: tick}, fmt.Errorf("tick: %w", err)
		}
		n, err := p.Reconcile(ctx)
		r := Report{TickReport: tick, Reconciled: n}
		if err != nil {
			return r, fmt.Errorf("reconcile: %w", err)
		}
		env.Log.Info("monitor run", "released", r.Released, "redriven", r.Redriven, "unseen", r.Unseen,
			"reconciled", r.Reconciled, "oldest_unprocessed_s", r.OldestUnprocessed.Seconds())
		return r, nil
	})
}
