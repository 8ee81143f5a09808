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
//	go run ./infra/local rerun           re-run a stage for a selection of documents
//	go run ./infra/local reindex         rebuild the search index with no downtime
//	go run ./infra/local redrive         hand the dead letters back to the stages
//	go run ./infra/local bench load      the API under a fixed request rate
//	go run ./infra/local bench lighthouse  Lighthouse on the portal's pages (npm, mobile)
//	go run ./infra/local soak            crash and fault the stack, compare with a clean run
//	go run ./infra/local org check FILE  validate an organization's file
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

const usage = `usage: go run ./infra/local [command] [flags]

commands:
  serve          run API, portal and pipeline (default); prints a summary,
                 JSON logs go to <data>/plaza.log (--log-stderr: to stderr,
                 --log-level debug|info|warn|error); --orgs DIR: the
                 organizations' files (default: the embedded ones)
  put <folder>   upload envelope folders into the inbox and report each
                 document's outcome once the running stack settles it
                 (--manifest FILE: a CSV or JSONL list instead; --concurrency,
                 --rate, --checkpoint, --backfill, --report; see the README)
  status [id]    print ledger states as JSON (works while serving)
  redact         read text on stdin, write {"text","findings"} JSON (--jsonl: one {"id","text"} per line)
  token          print a staff token for the running stack (--org, default the
                 deployment's; --department, --admin of --org, --city-admin;
                 --console: a one-time sign-in link to the staff console)
  bench          measure the pipeline on generated documents (--docs)
  rerun          run a stage again (--stage redact|index) for the documents of
                 --org, --department, --state, --from/--to (approval days),
                 and print per document whether its published text changed
                 (fields and mask counts, never text); --dry-run writes nothing
  reindex        rebuild the search index from the public bucket beside the
                 served one, catch up with what changed meanwhile, swap
  redrive        hand the dead letters (<data>/events/dead) back to the
                 stages once their cause is fixed (--dry-run: list them)
  bench load     load the API at fixed rates of mixed requests (--rates,
                 --duration, --target HOST:PORT of a running stack)
  bench lighthouse  Lighthouse (npm, mobile, the system Chromium) on the
                 portal's home, search and document pages of a seeded stack
                 of its own (--url: a running one); fails below the targets
                 of issue 14 (performance 90, CLS 0.1, accessibility 100,
                 best practices 95)
  soak           the same documents through a clean stack and through one
                 killed with SIGKILL and restarted (--kills), whose search
                 index and notices fail (--fail) and whose events repeat
                 late (--dup); compares the two (--docs, --seed, --keep)
  org check FILE validate organizations' files (or a folder of them) alone and
                 with the deployment's; see infra/ONBOARDING.md

common flags:
  --data DIR        data folder (default: $PLAZA_DATA, else ./var); the same for
                    every command, and the running stack writes its address
                    there (plaza.addr), so the other commands find it
  --addr HOST:PORT  serve: where to listen (default 127.0.0.1:8080); the others:
                    where the stack is, when the data folder does not say
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
		return serveCmd(ctx, args, stdout, stderr)
	case "put":
		return putCmd(ctx, args, stdout, stderr)
	case "status":
		return statusCmd(ctx, args, stdout)
	case "redact":
		return redactCmd(args, stdin, stdout)
	case "token":
		return tokenCmd(ctx, args, stdout, stderr)
	case "bench":
		return benchCmd(ctx, args, stdout, stderr)
	case "org":
		return orgCmd(args, stdout, stderr)
	case "rerun":
		return rerunCmd(ctx, args, stdout, stderr)
	case "reindex":
		return reindexCmd(ctx, args, stdout, stderr)
	case "redrive":
		return redriveCmd(ctx, args, stdout, stderr)
	case "soak":
		return soakCmd(ctx, args, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}

// commonFlags are the flags every command shares. The data folder
// defaults to $PLAZA_DATA, else ./var, for every command alike; addr is
// where serve listens, and for the other commands where to reach it when
// the data folder does not say.
func commonFlags(name, addrDefault, addrHelp string) (*flag.FlagSet, *string, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	data := fs.String("data", dataDefault(), "data folder (default: $"+dataEnv+", else "+defaultData+")")
	addr := fs.String("addr", addrDefault, addrHelp)
	return fs, data, addr
}
