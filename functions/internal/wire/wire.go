// Package wire is the composition root the Lambda functions share: it
// turns a config.Config into the AWS adapters and the handlers of shared/.
// It holds no logic of its own beyond choosing adapters, so each
// functions/<name>/main.go stays a few lines.
package wire

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"

	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/extract"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
	"github.com/seoul-plaza/plaza/shared/inquiry/kms"
	"github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
	"github.com/seoul-plaza/plaza/shared/notify/ses"
	"github.com/seoul-plaza/plaza/shared/notify/sns"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/s3event"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/opensearch"
	"github.com/seoul-plaza/plaza/shared/storage"
	s3store "github.com/seoul-plaza/plaza/shared/storage/s3"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// Env is what every function starts from.
type Env struct {
	Config config.Config
	AWS    aws.Config
	Log    *slog.Logger
}

// Load reads function fn's configuration and the AWS SDK's (region,
// credentials, and AWS_ENDPOINT_URL when set, as in local tests). A bad
// configuration is fatal: the error names the variable, and Lambda
// reports the failed init.
func Load(ctx context.Context, fn string) Env {
	cfg, err := config.FromEnv(fn)
	if err != nil {
		fatal(fn, err)
	}
	log := cfg.Logger().With("function", fn, "stage", cfg.Stage)
	awsCfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		fatal(fn, fmt.Errorf("aws config: %w", err))
	}
	return Env{Config: cfg, AWS: awsCfg, Log: log}
}

func fatal(fn string, err error) {
	slog.New(slog.NewJSONHandler(os.Stderr, nil)).Error("start-up failed", "function", fn, "err", err.Error())
	os.Exit(1)
}

// Store returns the S3 store.
func (e Env) Store() *s3store.Store { return s3store.NewFromConfig(e.AWS) }

// Ledger returns the DynamoDB ledger.
func (e Env) Ledger() *dynamodb.Ledger { return dynamodb.NewFromConfig(e.AWS, e.Config.LedgerTable) }

// Search returns the OpenSearch index. Requests to an https endpoint (the
// Amazon OpenSearch Service domain) are signed with SigV4; a plain http
// endpoint (a local test server) is not.
func (e Env) Search(ctx context.Context) (*opensearch.Index, error) {
	return opensearch.New(ctx, opensearch.Config{
		Endpoint:    e.Config.OpenSearchEndpoint,
		Region:      e.AWS.Region,
		Alias:       e.Config.OpenSearchAlias,
		Sign:        strings.HasPrefix(e.Config.OpenSearchEndpoint, "https://"),
		Credentials: e.AWS.Credentials,
	})
}

// SearchIfConfigured returns the OpenSearch index, or, when the function
// has no endpoint configured, an index whose every call fails with
// ErrNoSearch (the monitor then logs and skips what needs the index).
func (e Env) SearchIfConfigured(ctx context.Context) (search.Index, error) {
	if e.Config.OpenSearchEndpoint == "" {
		return noSearch{}, nil
	}
	return e.Search(ctx)
}

// ErrNoSearch is returned by the stand-in index of a function that has no
// OpenSearch endpoint.
var ErrNoSearch = errors.New("wire: no OpenSearch endpoint configured (PLAZA_OPENSEARCH_ENDPOINT)")

// noSearch stands in for search.Index when there is none.
type noSearch struct{}

func (noSearch) Index(context.Context, search.Doc) error           { return ErrNoSearch }
func (noSearch) Delete(context.Context, string, string, int) error { return ErrNoSearch }
func (noSearch) Search(context.Context, search.Query) (search.Result, error) {
	return search.Result{}, ErrNoSearch
}
func (noSearch) Close() error { return nil }

// Pipeline builds the pipeline over S3, DynamoDB and (when idx is not
// nil) OpenSearch.
func (e Env) Pipeline(idx search.Index) *pipeline.Pipeline {
	return pipeline.New(pipeline.Config{
		Buckets:    e.Config.Buckets(),
		DefaultOrg: e.Config.Org(),
		Logger:     e.Log,
	}, pipeline.Deps{
		Store:     e.Store(),
		Ledger:    e.Ledger(),
		Index:     idx,
		Extractor: extract.New(),
		Redactor:  redact.New(),
		Verifier:  verify.New(),
	})
}

// Inquiries returns the DynamoDB inquiry store.
func (e Env) Inquiries() *inquiryddb.Store {
	return inquiryddb.NewFromConfig(e.AWS, e.Config.InquiryTable)
}

// Notifier builds the inquiry notifier over SES, SNS and KMS.
func (e Env) Notifier() *inquiry.Notifier {
	return inquiry.NewNotifier(inquiry.NotifierDeps{
		Store:     e.Inquiries(),
		Sealer:    kms.NewFromConfig(e.AWS, e.Config.KMSKeyID),
		Directory: inquiry.DefaultDirectory(),
		Mailer:    ses.NewFromConfig(e.AWS, e.Config.MailFrom, e.Config.SESConfigurationSet),
		Texter:    sns.NewFromConfig(e.AWS, e.Config.SMSSenderID),
		PortalURL: e.Config.PortalURL,
		Logger:    e.Log,
	})
}

// StreamHandler delivers the inquiry events inserted in a batch of the
// inquiry table's stream. Every event is tried; any failure is returned so
// that Lambda retries the batch (delivery is idempotent per message).
func StreamHandler(log *slog.Logger, n *inquiry.Notifier) func(context.Context, events.DynamoDBEvent) error {
	return func(ctx context.Context, ev events.DynamoDBEvent) error {
		var errs []error
		for _, ref := range inquiryddb.StreamRefs(ev) {
			if err := n.Deliver(ctx, ref); err != nil {
				log.Error("delivery failed", "inquiry", ref.Inquiry, "event", ref.Key, "err", err.Error())
				errs = append(errs, fmt.Errorf("inquiry %s event %s: %w", ref.Inquiry, ref.Key, err))
			}
		}
		return errors.Join(errs...)
	}
}

// Once runs fn the first time it is called and remembers a success; a
// failure is retried on the next call (the next invocation), so a
// transient error at cold start does not poison the sandbox.
type Once struct {
	mu   sync.Mutex
	done bool
}

// Do runs fn unless it has succeeded before.
func (o *Once) Do(fn func() error) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.done {
		return nil
	}
	if err := fn(); err != nil {
		return err
	}
	o.done = true
	return nil
}

// ObjectHandler adapts a stage over storage.Events to a Lambda handler
// that accepts every shape S3 events arrive in (EventBridge, direct
// notification, s3:TestEvent, SQS). Every event is handled even when one
// fails; any failure is returned, so Lambda retries the invocation (the
// stages are idempotent) and finally sends it to the dead-letter queue.
func ObjectHandler(log *slog.Logger, stage func(context.Context, storage.Event) error) func(context.Context, json.RawMessage) error {
	return func(ctx context.Context, payload json.RawMessage) error {
		evs, err := s3event.Decode(payload)
		if err != nil {
			log.Error("undecodable event", "err", err.Error())
			return err
		}
		var errs []error
		for _, ev := range evs {
			if err := stage(ctx, ev); err != nil {
				log.Error("stage failed", "bucket", ev.Bucket, "key", ev.Key, "kind", ev.Kind, "event_id", ev.ID, "err", err.Error())
				errs = append(errs, fmt.Errorf("%s %s/%s: %w", ev.Kind, ev.Bucket, ev.Key, err))
				continue
			}
			log.Debug("stage done", "bucket", ev.Bucket, "key", ev.Key, "kind", ev.Kind, "event_id", ev.ID)
		}
		return errors.Join(errs...)
	}
}
