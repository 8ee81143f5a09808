package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/time/rate"

	"github.com/seoul-plaza/plaza/infra/backfill"
	"github.com/seoul-plaza/plaza/infra/samenv"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
	"github.com/seoul-plaza/plaza/shared/org"
)

// backfillCmd uploads an archive into a deployed stack's inbox (see
// infra/README.md, "Backfill an archive").
func backfillCmd(args []string) error {
	fs := flag.NewFlagSet("backfill", flag.ExitOnError)
	outputs := fs.String("outputs", "cdk-outputs.json", "the file `cdk deploy --outputs-file` wrote")
	stack := fs.String("stack", "Plaza-dev", "the stack in that file")
	system := fs.String("system", "", "the sending system: the inbox prefix the documents go under (required; the sender role must be allowed to write it)")
	manifest := fs.String("manifest", "", "a CSV (columns envelope[,files]) or JSONL ({\"envelope\",\"files\"}) list of envelopes, instead of a folder")
	workers := fs.Int("concurrency", 16, "documents uploaded at once")
	perSecond := fs.Float64("rate", 50, "at most this many AWS requests a second (each part of a multipart upload and each ledger read counts)")
	partMiB := fs.Int64("part-size", 16, "multipart part size and threshold, in MiB (at least 5)")
	checkpoint := fs.String("checkpoint", "", "the checkpoint file (default: backfill-<stack>-<system>.checkpoint.jsonl here)")
	live := fs.Bool("live", false, "upload as new documents, not as a backfill (no backfill folder)")
	wait := fs.Duration("wait", 0, "after the upload, wait this long for each document's outcome in the ledger (0: do not wait)")
	report := fs.String("report", "", "write each document's outcome to this file, one JSON object per line")
	_ = fs.Parse(args)
	if !document.ValidID(*system) {
		return fmt.Errorf("backfill: --system %q must be letters, digits, '.', '_' or '-'", *system)
	}
	var docs []backfill.Doc
	var err error
	switch {
	case *manifest != "" && fs.NArg() == 0:
		docs, err = backfill.Manifest(*manifest)
	case *manifest == "" && fs.NArg() == 1:
		docs, err = backfill.Tree(fs.Arg(0))
	default:
		return errors.New("backfill: give one folder of envelope folders, or --manifest FILE")
	}
	if err != nil {
		return err
	}
	o, err := samenv.ReadOutputs(*outputs, *stack)
	if err != nil {
		return err
	}
	bucket, table := o["InboxBucketName"], o["LedgerTableName"]
	if bucket == "" {
		return fmt.Errorf("%s: no InboxBucketName output for %s", *outputs, *stack)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	// Every request waits for the limiter; a throttled one (503 SlowDown,
	// ProvisionedThroughputExceeded) slows the client down further.
	cfg.HTTPClient = backfill.Throttled{Client: httpClient(cfg), Limiter: rate.NewLimiter(rate.Limit(*perSecond), max(1, int(*perSecond/10)))}
	cfg.Retryer = func() aws.Retryer { return retry.NewAdaptiveMode() }
	opts := backfill.Options{System: *system, Backfill: !*live, Concurrency: *workers}
	cp := *checkpoint
	if cp == "" {
		cp = fmt.Sprintf("backfill-%s-%s.checkpoint.jsonl", *stack, *system)
	}
	if opts.Checkpoint, err = backfill.OpenCheckpoint(filepath.Clean(cp)); err != nil {
		return err
	}
	defer opts.Checkpoint.Close()
	up := backfill.NewS3(s3.NewFromConfig(cfg), bucket, *partMiB<<20)
	bar := progressbar.NewOptions(len(docs), progressbar.OptionSetWriter(os.Stderr), progressbar.OptionSetDescription("backfill"),
		progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(250*time.Millisecond))
	opts.Progress = func() { bar.Add(1) }
	res, runErr := backfill.Run(ctx, docs, up, opts)
	bar.Finish()
	fmt.Printf("\nsent %d envelope(s) to s3://%s/%s/ (%d by an earlier run, from %s)\n", len(res.Sent)-res.Resumed, bucket, *system, res.Resumed, cp)
	failed := backfill.FailedOutcomes(res.Failed)
	if runErr != nil {
		fmt.Printf("Interrupted: %d not started, %d failed; run the same command again to resume.\n", res.NotStarted, len(failed))
	}
	outs := make([]backfill.Outcome, 0, len(res.Sent))
	for _, e := range res.Sent {
		outs = append(outs, backfill.Outcome{Name: e.Name, Source: e.Source, Outcome: backfill.Accepted})
	}
	if *wait > 0 && runErr == nil && len(res.Sent) > 0 {
		if table == "" {
			return fmt.Errorf("%s: no LedgerTableName output for %s", *outputs, *stack)
		}
		fmt.Printf("Waiting up to %s for the outcomes…\n", *wait)
		fetch := backfill.ByID(dynamodb.NewFromConfig(cfg, table), org.Embedded().Default().Code)
		if outs, err = backfill.Wait(ctx, res.Sent, fetch, *wait, func(o backfill.Outcome) {
			if o.Outcome != "published" {
				fmt.Println(o.Line())
			}
		}); err != nil {
			return err
		}
	}
	for _, o := range failed {
		fmt.Println(o.Line())
	}
	outs = append(outs, failed...)
	fmt.Printf("Outcome: %s.\n", backfill.Summary(outs))
	if *report != "" {
		if err := backfill.WriteReport(*report, outs); err != nil {
			return err
		}
	}
	if runErr != nil {
		return runErr
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d document(s) could not be uploaded; run the same command again to retry them", len(failed))
	}
	return nil
}

// httpClient is the client the configuration would use.
func httpClient(cfg aws.Config) aws.HTTPClient {
	if cfg.HTTPClient != nil {
		return cfg.HTTPClient
	}
	return http.DefaultClient
}
