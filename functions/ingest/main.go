// Command ingest is the Lambda function that validates envelopes arriving
// in the inbox bucket and stages their text in the work bucket
// (pipeline.Ingest). Triggered by S3 "Object Created" events for
// */envelope.json via EventBridge.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/stages"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/pipeline/files"
)

func main() {
	env := wire.Load(context.Background(), config.FuncIngest)
	p := stages.Pipeline(env, nil, files.New())
	lambda.Start(wire.HandleErr(env, wire.ObjectHandler(env.Log, p.Ingest)))
}
