// Package stages builds the document pipeline of the Lambda functions over
// S3, DynamoDB and OpenSearch.
//
// functions/internal is several small packages (wire, stages, inquiries,
// inquiries/delivery) rather than one, because a Go binary links every
// package it imports: split this way, each function links only the
// adapters it uses (ingest no inquiry code, only notify the mail and SMS
// clients), and functions/size_test.go holds every bootstrap under its
// size target. Pipeline takes the file reader as an argument for the same
// reason: only the functions that ingest import pipeline/files and its
// format readers.
package stages

import (
	"context"
	"strings"

	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/pipeline/cloudfront"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/boilerplate"
	bps3 "github.com/seoul-plaza/plaza/shared/search/boilerplate/s3"
	"github.com/seoul-plaza/plaza/shared/search/opensearch"
	s3store "github.com/seoul-plaza/plaza/shared/storage/s3"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// Store returns the S3 store.
func Store(e wire.Env) *s3store.Store { return s3store.NewFromConfig(e.AWS) }

// Ledger returns the DynamoDB ledger.
func Ledger(e wire.Env) *dynamodb.Ledger { return dynamodb.NewFromConfig(e.AWS, e.Config.LedgerTable) }

// Search returns the OpenSearch index. Requests to an https endpoint (the
// Amazon OpenSearch Service domain) are signed with SigV4; a plain http
// endpoint (a local test server) is not.
func Search(ctx context.Context, e wire.Env) (*opensearch.Index, error) {
	return opensearch.New(ctx, opensearch.Config{
		Endpoint:    e.Config.OpenSearchEndpoint,
		Region:      e.AWS.Region,
		Alias:       e.Config.OpenSearchAlias,
		Sign:        strings.HasPrefix(e.Config.OpenSearchEndpoint, "https://"),
		Credentials: e.AWS.Credentials,
		Replicas:    e.Config.OpenSearchReplicas,
	})
}

// SearchIfConfigured returns the OpenSearch index, or nil when the
// function has no endpoint configured: the pipeline then fails what needs
// the index with pipeline.ErrNoIndex, which the monitor logs and skips.
func SearchIfConfigured(ctx context.Context, e wire.Env) (search.Index, error) {
	if e.Config.OpenSearchEndpoint == "" {
		return nil, nil
	}
	idx, err := Search(ctx, e)
	if err != nil {
		return nil, err // not a typed nil inside the interface
	}
	return idx, nil
}

// Pipeline builds the pipeline over S3, DynamoDB and idx (nil for the
// stages that never touch the index) with x reading files (nil for the
// functions that never ingest: they then link no file reader).
func Pipeline(e wire.Env, idx search.Index, x pipeline.Extractor) *pipeline.Pipeline {
	return pipeline.New(config(e), deps(e, idx, x))
}

// IndexingPipeline is Pipeline for the functions that index (index,
// monitor): it also names the lines each department repeats, as the
// monitor keeps them in the work bucket (Boilerplate), so the index
// weighs them nothing, as on one machine.
func IndexingPipeline(e wire.Env, idx search.Index, x pipeline.Extractor) *pipeline.Pipeline {
	d := deps(e, idx, x)
	d.Boilerplate = Boilerplate(e)
	return pipeline.New(config(e), d)
}

func config(e wire.Env) pipeline.Config {
	return pipeline.Config{
		Buckets:    e.Config.Buckets(),
		DefaultOrg: e.Config.Org(),
		Senders:    e.Config.Senders,
		Logger:     e.Log,
	}
}

func deps(e wire.Env, idx search.Index, x pipeline.Extractor) pipeline.Deps {
	return pipeline.Deps{
		Store:     Store(e),
		Ledger:    Ledger(e),
		Index:     idx,
		Extractor: x,
		Redactor:  redact.New(),
		Verifier:  verify.New(),
		Edge:      edge(e),
	}
}

// BoilerplateStore keeps each organization's learnt lines in the work
// bucket (boilerplate/<org>.json).
func BoilerplateStore(e wire.Env) *bps3.Store { return bps3.New(Store(e), e.Config.WorkBucket) }

// Boilerplate reads the learnt lines from the work bucket, each
// organization's once per boilerplate.DefaultTTL for the life of the
// execution environment; a failed read logs a warning (with the
// invocation's request id) and indexes without them.
func Boilerplate(e wire.Env) *boilerplate.Cache {
	return boilerplate.NewCache(BoilerplateStore(e), boilerplate.CacheOptions{Logger: e.Log})
}

// edge is the CloudFront distribution to invalidate after a text is
// masked after publication, a new version replaces it or a retraction
// removes it (pipeline.ChangedPaths, RemovedPaths), nil where none is
// configured (only the index
// and monitor functions get PLAZA_DISTRIBUTION_ID).
func edge(e wire.Env) pipeline.Invalidator {
	if e.Config.DistributionID == "" {
		return nil
	}
	return cloudfront.NewFromConfig(e.AWS, e.Config.DistributionID)
}
