package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/time/rate"

	"github.com/seoul-plaza/plaza/infra/backfill"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// putCmd uploads envelope folders (a folder tree, or a manifest) into the
// inbox, files first and the envelope last, as internal systems must,
// with bounded concurrency and a checkpoint so that an interrupted put
// resumes. A running stack's watcher picks them up, and put reports each
// one's outcome once it settles; a stopped stack ingests them at its next
// start.
func putCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset, data, addr := commonFlags("put", "", "the running stack's address (default: the one it wrote to <data>/"+addrFile+")")
	system := fset.String("system", "cli", "the sending system (first folder of the inbox key)")
	org := fset.String("org", defaultOrg(), "organization code of the ledger to watch for the outcomes")
	wait := fset.Duration("wait", 2*time.Minute, "how long to wait for the outcomes (0: do not wait)")
	manifest := fset.String("manifest", "", "a CSV (columns envelope[,files]) or JSONL ({\"envelope\",\"files\"}) list of envelopes, instead of a folder")
	workers := fset.Int("concurrency", 4, "documents uploaded at once")
	perSecond := fset.Float64("rate", 0, "at most this many files per second (0: no limit)")
	checkpoint := fset.String("checkpoint", "", "the checkpoint file (default: one per source under <data>/put/; \"none\": no checkpoint)")
	backfillMode := fset.Bool("backfill", false, "an archive's backfill: put the documents under <system>/"+backfill.Marker+"/, published without the signals of new documents")
	report := fset.String("report", "", "write each document's outcome to this file, one JSON object per line")
	if err := fset.Parse(args); err != nil {
		return err
	}
	if !document.ValidID(*system) {
		return fmt.Errorf("--system %q must be letters, digits, '.', '_' or '-'", *system)
	}
	docs, source, err := putSource(fset, *manifest)
	if err != nil {
		return err
	}
	st, err := localfs.New(*data, nil)
	if err != nil {
		return err
	}
	opts := backfill.Options{System: *system, Backfill: *backfillMode, Concurrency: *workers}
	if *perSecond > 0 {
		opts.Limiter = rate.NewLimiter(rate.Limit(*perSecond), 1)
	}
	if *checkpoint != "none" {
		p := *checkpoint
		if p == "" {
			p = defaultCheckpoint(*data, *system, source)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			return err
		}
		if opts.Checkpoint, err = backfill.OpenCheckpoint(p); err != nil {
			return err
		}
		defer opts.Checkpoint.Close()
	}
	// Ctrl-C stops starting documents; what is done is in the checkpoint.
	runCtx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	res, runErr := uploadWithBar(runCtx, docs, localUploader{st}, opts, stderr)
	fmt.Fprintf(stdout, "put %d envelope(s) into %s", len(res.Sent)-res.Resumed, filepath.Join(*data, "inbox", *system))
	if res.Resumed > 0 {
		fmt.Fprintf(stdout, " (%d more were put by an earlier run: %s)", res.Resumed, "resumed from its checkpoint")
	}
	fmt.Fprintln(stdout)
	failed := backfill.FailedOutcomes(res.Failed)
	if runErr != nil {
		fmt.Fprintf(stdout, "Interrupted: %d not started, %d failed; run the same command again to resume.\n", res.NotStarted, len(res.Failed))
		for _, o := range failed {
			fmt.Fprintln(stdout, o.Line())
		}
		return runErr
	}
	var outs []backfill.Outcome
	if len(res.Sent) > 0 {
		if outs, err = reportOutcomes(ctx, stdout, *data, *addr, *org, *wait, res.Sent); err != nil {
			return err
		}
	}
	if len(failed) > 0 {
		fmt.Fprintf(stdout, "Failed to upload %d:\n", len(failed))
		for _, o := range failed {
			fmt.Fprintln(stdout, o.Line())
		}
	}
	outs = append(outs, failed...)
	if s := backfill.Summary(outs); s != "" && (len(failed) > 0 || *wait > 0) {
		fmt.Fprintf(stdout, "Outcome: %s.\n", s)
	}
	if *report != "" {
		if err := backfill.WriteReport(*report, outs); err != nil {
			return err
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d document(s) could not be uploaded; run the same command again to retry them (the checkpoint skips the rest)", len(failed))
	}
	return nil
}

// putSource reads the documents: the manifest, else the one folder named.
// source names them for the default checkpoint.
func putSource(fset *flag.FlagSet, manifest string) (docs []backfill.Doc, source string, err error) {
	switch {
	case manifest != "" && fset.NArg() == 0:
		docs, err = backfill.Manifest(manifest)
		source = manifest
	case manifest == "" && fset.NArg() == 1:
		docs, err = backfill.Tree(fset.Arg(0))
		source = fset.Arg(0)
	default:
		return nil, "", errors.New("put needs one folder (a document folder with envelope.json, or a folder of them), or --manifest FILE")
	}
	if err != nil {
		return nil, "", err
	}
	if abs, err := filepath.Abs(source); err == nil {
		source = abs
	}
	return docs, source, nil
}

// defaultCheckpoint is one file per system and source, so that the same
// put run again resumes, and another source starts afresh.
func defaultCheckpoint(data, system, source string) string {
	sum := sha256.Sum256([]byte(system + "\x00" + source))
	return filepath.Join(data, "put", system+"-"+hex.EncodeToString(sum[:6])+".checkpoint.jsonl")
}

// uploadWithBar runs the upload behind a progress bar with its rate and
// the time left.
func uploadWithBar(ctx context.Context, docs []backfill.Doc, up backfill.Uploader, opts backfill.Options, w io.Writer) (backfill.Result, error) {
	bar := progressbar.NewOptions(len(docs), progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("uploading"),
		progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	opts.Progress = func() { bar.Add(1) }
	res, err := backfill.Run(ctx, docs, up, opts)
	bar.Finish()
	return res, err
}

// localUploader writes files into the data folder's inbox.
type localUploader struct{ st storage.Store }

func (u localUploader) Upload(ctx context.Context, key, path string, _ int64) error {
	return copyFile(ctx, u.st, key, path)
}

// reportOutcomes waits for the running stack to settle each envelope and
// prints one line per document as it settles, then returns the outcomes.
// With no stack running it says where the outcomes will be.
func reportOutcomes(ctx context.Context, w io.Writer, data, flagAddr, org string, wait time.Duration, sent []backfill.Entry) ([]backfill.Outcome, error) {
	later := fmt.Sprintf("`go run ./infra/local status%s %s` shows a document's outcome", hint(data), sent[0].Name)
	accepted := func() []backfill.Outcome {
		outs := make([]backfill.Outcome, len(sent))
		for i, e := range sent {
			outs[i] = backfill.Outcome{Name: e.Name, Source: e.Source, Outcome: backfill.Accepted}
		}
		return outs
	}
	c, err := dialStack(ctx, data, flagAddr)
	if err != nil || !answers(ctx, c.addr) {
		fmt.Fprintf(w, "No stack is running on %s: its next start (`go run ./infra/local%s`) ingests them; then %s.\n", data, hint(data), later)
		return accepted(), nil
	}
	if wait <= 0 {
		fmt.Fprintf(w, "The stack at %s is ingesting them; %s.\n", c.addr, later)
		return accepted(), nil
	}
	fmt.Fprintf(w, "Waiting for the stack at %s to settle them (up to %s)…\n", c.addr, wait)
	fetch := func(ctx context.Context, _ []backfill.Entry) ([]ledger.Record, error) {
		return c.ledger(ctx, org, "", "")
	}
	outs, err := backfill.Wait(ctx, sent, fetch, wait, func(o backfill.Outcome) { fmt.Fprintln(w, o.Line()) })
	if err != nil {
		return outs, err
	}
	n := 0
	for _, o := range outs {
		if o.Outcome == backfill.Accepted {
			n++
		}
	}
	if n > 0 {
		fmt.Fprintf(w, "%d not settled after %s (accepted: in the inbox); %s.\n", n, wait, later)
	}
	return outs, nil
}
