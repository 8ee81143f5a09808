// Command index is the Lambda function that feeds OpenSearch from the
// public bucket (pipeline.Index): created documents are indexed, deleted
// ones removed. Triggered by S3 "Object Created" and "Object Deleted"
// events under documents/ in the public bucket.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/stages"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/storage"
)

func main() {
	ctx := context.Background()
	env := wire.Load(ctx, config.FuncIndex)
	idx, err := stages.Search(ctx, env)
	if err != nil {
		wire.Fatal(config.FuncIndex, err)
	}
	p := stages.Pipeline(env, idx)
	// The index template and alias are made on the first invocation, not
	// at init, so a cold start does not wait on the cluster.
	var ensured wire.Once
	lambda.Start(wire.ObjectHandler(env.Log, func(ctx context.Context, ev storage.Event) error {
		if err := ensured.Do(func() error { return idx.EnsureIndex(ctx) }); err != nil {
			return err
		}
		return p.Index(ctx, ev)
	}))
}
