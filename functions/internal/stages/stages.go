// Package stages builds the document pipeline of the Lambda functions over
// S3, DynamoDB and OpenSearch.
package stages

import (
	"context"
	"errors"
	"strings"

	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/pipeline/cloudfront"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/search"
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

// SearchIfConfigured returns the OpenSearch index, or, when the function
// has no endpoint configured, an index whose every call fails with
// ErrNoSearch (the monitor then logs and skips what needs the index).
func SearchIfConfigured(ctx context.Context, e wire.Env) (search.Index, error) {
	if e.Config.OpenSearchEndpoint == "" {
		return noSearch{}, nil
	}
	return Search(ctx, e)
}

// ErrNoSearch is returned by the stand-in index of a function that has no
// OpenSearch endpoint.
var ErrNoSearch = errors.New("stages: no OpenSearch endpoint configured (PLAZA_OPENSEARCH_ENDPOINT)")

// noSearch stands in for search.Index when there is none.
type noSearch struct{}

func (noSearch) Index(context.Context, search.Doc) error           { return ErrNoSearch }
func (noSearch) Delete(context.Context, string, string, int) error { return ErrNoSearch }
func (noSearch) Search(context.Context, search.Query) (search.Result, error) {
	return search.Result{}, ErrNoSearch
}
func (noSearch) Close() error { return nil }

// Pipeline builds the pipeline over S3, DynamoDB and idx (nil for the
// stages that never touch the index) with x reading files (nil for the
// functions that never ingest: they then link no file reader).
func Pipeline(e wire.Env, idx search.Index, x pipeline.Extractor) *pipeline.Pipeline {
	return pipeline.New(pipeline.Config{
		Buckets:    e.Config.Buckets(),
		DefaultOrg: e.Config.Org(),
		Senders:    e.Config.Senders,
		Logger:     e.Log,
	}, pipeline.Deps{
		Store:     Store(e),
		Ledger:    Ledger(e),
		Index:     idx,
		Extractor: x,
		Redactor:  redact.New(),
		Verifier:  verify.New(),
		Edge:      edge(e),
	})
}

// edge is the CloudFront distribution to invalidate after a text is
// masked after publication, nil where none is configured (only the index
// and monitor functions get PLAZA_DISTRIBUTION_ID).
func edge(e wire.Env) pipeline.Invalidator {
	if e.Config.DistributionID == "" {
		return nil
	}
	return cloudfront.NewFromConfig(e.AWS, e.Config.DistributionID)
}
