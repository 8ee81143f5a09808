// Command ops holds Plaza's operations commands for a deployed stack and
// for local invocation with SAM:
//
//	go run ./infra/ops samenv --outputs cdk-outputs.json [--stack Plaza-dev] [-o env.json]
//	go run ./infra/ops samenv --moto http://127.0.0.1:5000 [--endpoint http://host.docker.internal:5000] [--opensearch URL] [-o env.json]
//	go run ./infra/ops redrive --outputs cdk-outputs.json [--stack Plaza-dev] [--queue ingest-failure] [--max N] [--dry-run]
//	go run ./infra/ops replay  --outputs cdk-outputs.json --from RFC3339 --to RFC3339 [--stages index]
//	go run ./infra/ops rerun   --outputs cdk-outputs.json [--stage redact|index] [--org C] [--department D] [--from DAY] [--to DAY] [--dry-run]
//	go run ./infra/ops reindex --outputs cdk-outputs.json
//	go run ./infra/ops backfill --outputs cdk-outputs.json [--stack Plaza-dev] --system SYSTEM (FOLDER | --manifest FILE) [--rate N] [--concurrency N] [--wait D]
//	go run ./infra/ops cost [--stage prod|dev] [--docs N] [--within 4h] [--sample N] [--files N] [--per-day N]
//
// cdk-outputs.json is what `cdk deploy --outputs-file cdk-outputs.json`
// writes. AWS credentials and region come from the usual chain
// (AWS_PROFILE, AWS_REGION …). See infra/README.md and functions/README.md.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/seoul-plaza/plaza/infra/redrive"
	"github.com/seoul-plaza/plaza/infra/samenv"
	"github.com/seoul-plaza/plaza/shared/org"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: go run ./infra/ops samenv|redrive|replay|rerun|reindex|backfill|cost [flags] (-h for each)")
		os.Exit(2)
	}
	ctx := context.Background()
	var err error
	switch os.Args[1] {
	case "samenv":
		err = samenvCmd(os.Args[2:])
	case "redrive":
		err = redriveCmd(os.Args[2:])
	case "replay":
		err = replayCmd(ctx, os.Args[2:], os.Stdout, os.Stderr)
	case "rerun":
		err = rerunCmd(ctx, os.Args[2:], os.Stdout, os.Stderr)
	case "reindex":
		err = reindexCmd(ctx, os.Args[2:], os.Stdout, os.Stderr)
	case "backfill":
		err = backfillCmd(os.Args[2:])
	case "cost":
		err = costCmd(ctx, os.Args[2:], os.Stdout, os.Stderr)
	default:
		err = fmt.Errorf("unknown command %q (want samenv, redrive, replay, rerun, reindex, backfill or cost)", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "plaza ops:", err)
		os.Exit(1)
	}
}

func samenvCmd(args []string) error {
	fs := flag.NewFlagSet("samenv", flag.ExitOnError)
	outputs := fs.String("outputs", "", "the file `cdk deploy --outputs-file` wrote (a deployed stack)")
	stack := fs.String("stack", "Plaza-dev", "the stack in that file")
	moto := fs.String("moto", "", "a moto_server endpoint to create the fixtures' resources in, e.g. http://127.0.0.1:5000")
	endpoint := fs.String("endpoint", "", "AWS_ENDPOINT_URL as the functions reach the emulator (default: --moto; from SAM's Docker container, e.g. http://host.docker.internal:5000)")
	search := fs.String("opensearch", "", "the OpenSearch endpoint the functions use (default: the stack's domain; with --moto, a local OpenSearch such as http://host.docker.internal:9200)")
	out := fs.String("o", "env.json", "where to write env.json")
	s := samenv.Settings{}
	fs.StringVar(&s.Stage, "stage", "dev", "PLAZA_STAGE")
	def := org.Embedded().Default() // the organizations' deployment file names it
	fs.StringVar(&s.OrgCode, "org-code", def.Code, "PLAZA_ORG_CODE")
	fs.StringVar(&s.OrgName, "org-name", def.Name, "PLAZA_ORG_NAME")
	fs.StringVar(&s.MailFrom, "mail-from", samenv.FixtureMailFrom, "PLAZA_MAIL_FROM")
	fs.StringVar(&s.SMSSenderID, "sms-sender", "PLAZA", "PLAZA_SMS_SENDER_ID")
	fs.StringVar(&s.LogLevel, "log-level", "debug", "PLAZA_LOG_LEVEL")
	_ = fs.Parse(args)
	s.OpenSearch = *search
	var f samenv.File
	var err error
	switch {
	case *outputs != "" && *moto == "":
		var o map[string]string
		if o, err = samenv.ReadOutputs(*outputs, *stack); err == nil {
			f, err = samenv.FromOutputs(o, s)
		}
	case *moto != "" && *outputs == "":
		s.Endpoint = *endpoint
		if s.Endpoint == "" {
			s.Endpoint = *moto
		}
		cfg := aws.Config{Region: envOr("AWS_REGION", "ap-northeast-2"), BaseEndpoint: moto,
			Credentials: credentials.NewStaticCredentialsProvider("plaza", "plaza", "")}
		f, err = samenv.Emulator(context.Background(), cfg, s)
	default:
		return fmt.Errorf("samenv: give either --outputs (a deployed stack) or --moto (a local emulator)")
	}
	if err != nil {
		return err
	}
	data, _ := json.MarshalIndent(f, "", "  ")
	if err := os.WriteFile(*out, append(data, '\n'), 0o600); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d variables)\n", *out, len(f.Parameters))
	return nil
}

func redriveCmd(args []string) error {
	fs := flag.NewFlagSet("redrive", flag.ExitOnError)
	outputs := fs.String("outputs", "cdk-outputs.json", "the file `cdk deploy --outputs-file` wrote")
	stack := fs.String("stack", "Plaza-dev", "the stack in that file")
	queue := fs.String("queue", "", "one queue, e.g. ingest-failure (default: every dead-letter queue)")
	max := fs.Int("max", 0, "re-drive at most this many messages per queue (0: all)")
	dry := fs.Bool("dry-run", false, "decode the messages and report, invoke and delete nothing")
	_ = fs.Parse(args)
	o, err := samenv.ReadOutputs(*outputs, *stack)
	if err != nil {
		return err
	}
	ctx := context.Background()
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	sq, lc := sqs.NewFromConfig(cfg), lambda.NewFromConfig(cfg)
	var names []string
	for k := range o {
		if n, ok := strings.CutSuffix(k, "DLQUrl"); ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	failed := 0
	for _, n := range names {
		name := dashed(n) // "IngestFailure" → "ingest-failure"
		if *queue != "" && *queue != name {
			continue
		}
		// Each queue holds the events of the function its name starts
		// with ("IngestFailure" → IngestFunctionName).
		fn := o[firstWord(n)+"FunctionName"]
		if fn == "" {
			return fmt.Errorf("%s: no function output for queue %s", *outputs, name)
		}
		kind := redrive.KindOf(name)
		if kind == redrive.Stream {
			fmt.Printf("%-18s skipped: %v\n", name, redrive.ErrStream)
			continue
		}
		r, err := redrive.Run(ctx, redrive.SQSQueue{Client: sq, URL: o[n+"DLQUrl"], Visibility: 600}, kind, redrive.LambdaInvoker{Client: lc}, fn, *max, *dry)
		fmt.Printf("%-18s → %-40s re-driven %d, failed again %d, skipped %d\n", name, fn, r.Redriven, r.Failed, r.Skipped)
		for _, e := range r.Errors {
			fmt.Printf("    %v\n", e)
		}
		if err != nil {
			return err
		}
		failed += r.Failed
	}
	if failed > 0 {
		return fmt.Errorf("%d message(s) failed again and stay in their queues", failed)
	}
	return nil
}

// firstWord is the leading capitalised word of a CamelCase name.
func firstWord(s string) string {
	if i := strings.IndexFunc(s[min(1, len(s)):], isUpper); i >= 0 {
		return s[:i+1]
	}
	return s
}

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' }

// dashed turns an output's CamelCase queue name into the stack's dashed one.
func dashed(s string) string {
	var b strings.Builder
	for i, r := range s {
		if isUpper(r) {
			if i > 0 {
				b.WriteByte('-')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
