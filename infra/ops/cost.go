package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/seoul-plaza/plaza/infra/cost"
)

// costCmd measures the pipeline stages here and prints the cost and scale
// model of a stage's stack (infra/cost): per million documents, fixed per
// month, and the backfill of --docs within the default quotas and within
// --within with the raises it names.
func costCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cost", flag.ContinueOnError)
	fs.SetOutput(stderr)
	docs := fs.Float64("docs", 12.7e6, "documents to backfill")
	stage := fs.String("stage", "prod", "stage whose stack is priced: dev or prod")
	sample := fs.Int("sample", 200, "documents measured through the local pipeline")
	files := fs.Int("files", 1, "text files attached to each document")
	perDay := fs.Float64("per-day", 20000, "documents a day at steady state")
	within := fs.Duration("within", 4*time.Hour, "backfill target")
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, err := cost.Stacks(*stage)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "plaza-cost-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	m, err := cost.Measure(ctx, dir, *sample, *files)
	if err != nil {
		return fmt.Errorf("cost: %w", err)
	}
	model := cost.Model{Stack: st, Prices: cost.Seoul(), Latency: cost.DefaultLatency(), Measured: m, Quotas: cost.DefaultQuotas()}
	model.Report(stdout, *docs, *perDay, *within)
	return nil
}
