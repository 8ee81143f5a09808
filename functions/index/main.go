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
)

func main() {
	ctx := context.Background()
	env := wire.Load(ctx, config.FuncIndex)
	idx, err := stages.Search(ctx, env)
	if err != nil {
		wire.Fatal(config.FuncIndex, err)
	}
	// The index template and the first index behind the alias exist
	// before the first document: the setup function makes them while the
	// stack deploys. This role may only write documents through the alias.
	// The lines each department repeats, as the monitor learnt them
	// (work bucket, boilerplate/), weigh nothing in what it indexes.
	p := stages.IndexingPipeline(env, idx, nil)
	lambda.Start(wire.HandleErr(env, wire.ObjectHandler(env.Log, p.Index)))
}
