// Command local runs the whole of Plaza in one process, on embedded
// engines: a folder for S3, bbolt for DynamoDB, Bleve for OpenSearch and an
// outbox folder for mail. Its subcommands make each stage usable by hand.
//
//	go run ./infra/local                 serve API and portal on 127.0.0.1:8080
//	go run ./infra/local put <folder>    drop envelopes into the inbox
//	go run ./infra/local status [id]     ledger states as JSON
//	go run ./infra/local redact          mask personal data: text in, JSON out
//	go run ./infra/local token           a staff token for the local API
//	go run ./infra/local bench           pipeline throughput and latency
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/seoul-plaza/plaza/shared/sender"
)

const usage = `usage: go run ./infra/local [command] [flags]

commands:
  serve          run API, portal and pipeline (default)
  put <folder>   upload envelope folders into the inbox, with progress
  status [id]    print ledger states as JSON (works while serving)
  redact         read text on stdin, write {"text","findings"} JSON (--jsonl: one {"id","text"} per line)
  token          print a staff token for the local API (--department, --admin)
  bench          measure the pipeline on generated documents (--docs)

common flags: --data DIR (default ./var), --addr HOST:PORT (default 127.0.0.1:8080)
`

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "plaza:", err)
		os.Exit(1)
	}
}

// memoryLimit is the Go runtime's soft memory limit unless GOMEMLIMIT says
// otherwise: without one the heap of a 10,000-document flood doubles
// before each collection and the process passes 300 MiB; with it the
// collector works a little harder and the stack stays well within a laptop.
const memoryLimit = 192 << 20

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return serveCmd(ctx, args, stderr)
	case "put":
		return putCmd(ctx, args, stdout, stderr)
	case "status":
		return statusCmd(ctx, args, stdout)
	case "redact":
		return redactCmd(args, stdin, stdout)
	case "token":
		return tokenCmd(args, stdout)
	case "bench":
		return benchCmd(ctx, args, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}

func commonFlags(name string) (*flag.FlagSet, *string, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	data := fs.String("data", "./var", "data folder")
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	return fs, data, addr
}

func serveCmd(ctx context.Context, args []string, stderr io.Writer) error {
	fs, data, addr := commonFlags("serve")
	seed := fs.Int("seed", 200, "sample documents to seed on first start (0: none)")
	tick := fs.Duration("tick", 5*time.Second, "monitor schedule")
	sendersFile := fs.String("senders", "", "sending systems' configuration (JSON, see shared/sender); default: any system for the default organization")
	retry := fs.Duration("retry", 0, "first wait before the monitor retries a dead-lettered document (doubles after each failure; default 1m)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	senders, err := sender.Load(*sendersFile)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	s, err := Open(Options{Data: *data, Addr: *addr, Seed: *seed, TickEvery: *tick, Logger: log, Senders: senders, RetryBackoff: *retry})
	if err != nil {
		return err
	}
	defer func() {
		if err := s.Close(); err != nil {
			log.Error("closing", "err", err)
		}
	}()
	if err := s.Start(ctx); err != nil {
		return err
	}
	err = s.Run(ctx, nil)
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	return err
}
