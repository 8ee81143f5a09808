package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge"

	"github.com/seoul-plaza/plaza/infra/redrive"
	"github.com/seoul-plaza/plaza/infra/samenv"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/opensearch"
	"github.com/seoul-plaza/plaza/shared/storage"
	s3store "github.com/seoul-plaza/plaza/shared/storage/s3"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// deployed is what the re-run, reindex and replay commands know of a
// deployed stack: its outputs and the AWS configuration to reach it.
type deployed struct {
	out map[string]string
	cfg aws.Config
}

// stackFlags adds the flags that name a deployed stack.
func stackFlags(fs *flag.FlagSet) (outputs, stackName, orgsDir *string) {
	outputs = fs.String("outputs", "cdk-outputs.json", "the file `cdk deploy --outputs-file` wrote")
	stackName = fs.String("stack", "Plaza-dev", "the stack in that file")
	orgsDir = fs.String("orgs", "", "the organizations' folder the stack was deployed with (plaza:orgsDir; default: the embedded ones)")
	return
}

func openDeployed(ctx context.Context, outputs, stackName string) (deployed, error) {
	o, err := samenv.ReadOutputs(outputs, stackName)
	if err != nil {
		return deployed{}, err
	}
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return deployed{}, err
	}
	return deployed{out: o, cfg: cfg}, nil
}

func (d deployed) need(keys ...string) error {
	var missing []string
	for _, k := range keys {
		if d.out[k] == "" {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("the stack's outputs lack %s (deploy the current stack)", strings.Join(missing, ", "))
	}
	return nil
}

// pipeline is the stages over the stack's buckets and ledger, as its
// functions build them, with idx as the index (nil: none).
func (d deployed) pipeline(orgsDir string, idx search.Index, log *slog.Logger) (*pipeline.Pipeline, error) {
	if err := d.need("InboxBucketName", "WorkBucketName", "PublicBucketName", "LedgerTableName"); err != nil {
		return nil, err
	}
	orgs := org.Embedded()
	if orgsDir != "" {
		var err error
		if orgs, err = org.LoadDir(orgsDir); err != nil {
			return nil, err
		}
	}
	pol, err := policy.FromOrgs(orgs)
	if err != nil {
		return nil, err
	}
	return pipeline.New(pipeline.Config{
		Buckets:    storage.Buckets{Inbox: d.out["InboxBucketName"], Work: d.out["WorkBucketName"], Public: d.out["PublicBucketName"]},
		DefaultOrg: orgs.Default().Organization(), Policy: pol, Logger: log,
	}, pipeline.Deps{
		Store: d.store(), Ledger: dynamodb.NewFromConfig(d.cfg, d.out["LedgerTableName"]),
		Index: idx, Redactor: redact.New(), Verifier: verify.New(),
	}), nil
}

// store is the stack's S3.
func (d deployed) store() *s3store.Store { return s3store.NewFromConfig(d.cfg) }

func opsLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// rerunCmd re-runs the redact (or index) stage for a selection of a
// deployed stack's documents. A changed public object fires its S3 event,
// and the index function takes the new text, as after any publication.
func rerunCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("rerun", flag.ContinueOnError)
	outputs, stackName, orgsDir := stackFlags(fs)
	stage := fs.String("stage", pipeline.RerunRedact, "the stage to run again: redact (its events then index) or index (needs the search domain)")
	sel := pipeline.Selection{}
	fs.StringVar(&sel.Org, "org", "", "organization code (default: every organization)")
	fs.StringVar(&sel.Department, "department", "", "department code (needs --org)")
	states := fs.String("state", "", "comma-separated ledger states (default: published,indexed)")
	from := fs.String("from", "", "approved on or after this day, YYYY-MM-DD (Seoul)")
	to := fs.String("to", "", "approved on or before this day, YYYY-MM-DD (Seoul)")
	dry := fs.Bool("dry-run", false, "report what would change, write nothing")
	asJSON := fs.Bool("json", false, "print one JSON object per document, then the summary")
	if err := fs.Parse(args); err != nil {
		return err
	}
	for _, s := range strings.Split(*states, ",") {
		if s == "" {
			continue
		}
		if !slices.Contains(ledger.States, ledger.State(s)) {
			return fmt.Errorf("--state %q is not a ledger state: use one of %v", s, ledger.States)
		}
		sel.States = append(sel.States, ledger.State(s))
	}
	var err error
	if sel.From, sel.To, err = days(*from, *to); err != nil {
		return err
	}
	d, err := openDeployed(ctx, *outputs, *stackName)
	if err != nil {
		return err
	}
	var idx search.Index
	if *stage == pipeline.RerunIndex {
		if idx, err = d.search(ctx); err != nil {
			return err
		}
	}
	p, err := d.pipeline(*orgsDir, idx, opsLogger(stderr))
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	n := 0
	sum, err := p.Rerun(ctx, *stage, sel, *dry, func(r pipeline.RerunResult) error {
		n++
		if *asJSON {
			return enc.Encode(r)
		}
		_, err := fmt.Fprintln(stdout, r)
		return err
	})
	if err != nil {
		return err
	}
	if *asJSON {
		return enc.Encode(map[string]any{"summary": sum})
	}
	verb := "re-ran"
	if *dry {
		verb = "dry run of"
	}
	fmt.Fprintf(stdout, "%s %s on %d document(s): %s\n", verb, *stage, n, sum)
	return nil
}

var seoul = time.FixedZone("KST", 9*60*60)

// days reads a from and a to day (Seoul), to inclusive; "" is open.
func days(from, to string) (f, t time.Time, err error) {
	if from != "" {
		if f, err = time.ParseInLocation(time.DateOnly, from, seoul); err != nil {
			return f, t, fmt.Errorf("--from: %w", err)
		}
	}
	if to != "" {
		if t, err = time.ParseInLocation(time.DateOnly, to, seoul); err != nil {
			return f, t, fmt.Errorf("--to: %w", err)
		}
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return f, t, nil
}

// search is the stack's OpenSearch domain, signed with the operator's
// credentials (which need the domain's master role or an admin mapping to
// create indices and move the alias).
func (d deployed) search(ctx context.Context) (*opensearch.Index, error) {
	if err := d.need("SearchEndpoint"); err != nil {
		return nil, err
	}
	ep := d.out["SearchEndpoint"]
	if !strings.Contains(ep, "://") {
		ep = "https://" + ep
	}
	return opensearch.New(ctx, opensearch.Config{Endpoint: ep, Region: d.cfg.Region, Sign: strings.HasPrefix(ep, "https://"),
		Credentials: d.cfg.Credentials})
}

// reindexCmd rebuilds the stack's search index from its public bucket
// beside the served one and swaps the alias (pipeline.Reindex).
func reindexCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("reindex", flag.ContinueOnError)
	outputs, stackName, orgsDir := stackFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	d, err := openDeployed(ctx, *outputs, *stackName)
	if err != nil {
		return err
	}
	x, err := d.search(ctx)
	if err != nil {
		return err
	}
	p, err := d.pipeline(*orgsDir, x, opsLogger(stderr))
	if err != nil {
		return err
	}
	return reindex(ctx, p, x, stdout)
}

func reindex(ctx context.Context, p *pipeline.Pipeline, rb search.Rebuilder, stdout io.Writer) error {
	start := time.Now()
	rep, err := p.Reindex(ctx, rb, func(pass string, r pipeline.ReindexReport) {
		fmt.Fprintf(stdout, "  %-10s copied %d, caught up %d, deleted %d (%v)\n", pass, r.Copied, r.CaughtUp, r.Deleted, time.Since(start).Round(time.Millisecond))
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "reindexed into %s: copied %d, caught up %d, deleted %d, held back %d, in %v\n",
		rep.Index, rep.Copied, rep.CaughtUp, rep.Deleted, rep.Held, time.Since(start).Round(time.Millisecond))
	return nil
}

// replayCmd replays the stack's archived object events of a time window
// to the trigger rules of the stages named.
func replayCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("replay", flag.ContinueOnError)
	outputs, stackName, _ := stackFlags(fs)
	from := fs.String("from", "", "start of the window, RFC 3339 (e.g. 2026-12-07T09:00:00+09:00)")
	to := fs.String("to", "", "end of the window, RFC 3339, in the past")
	stages := fs.String("stages", "", "comma-separated stages whose trigger rules get the events: ingest, redact, index (default: every rule of the bus)")
	poll := fs.Duration("poll", 10*time.Second, "how often to ask whether the replay finished")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var w redrive.Window
	var err error
	if w.From, err = time.Parse(time.RFC3339, *from); err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	if w.To, err = time.Parse(time.RFC3339, *to); err != nil {
		return fmt.Errorf("--to: %w", err)
	}
	d, err := openDeployed(ctx, *outputs, *stackName)
	if err != nil {
		return err
	}
	if err := d.need(redrive.OutputEventArchiveArn, redrive.OutputEventBusArn); err != nil {
		return err
	}
	w.Archive, w.Bus = d.out[redrive.OutputEventArchiveArn], d.out[redrive.OutputEventBusArn]
	for _, s := range strings.Split(*stages, ",") {
		if s == "" {
			continue
		}
		k := redrive.TriggerRuleOutput(s)
		if err := d.need(k); err != nil {
			return fmt.Errorf("--stages %s: %w", s, err)
		}
		w.Rules = append(w.Rules, d.out[k])
	}
	r, err := redrive.Replay(ctx, eventbridge.NewFromConfig(d.cfg), w, *poll)
	fmt.Fprintf(stdout, "replay %s: %s (through %s) %s\n", r.Name, r.State, r.Through.Format(time.RFC3339), r.Reason)
	return err
}
