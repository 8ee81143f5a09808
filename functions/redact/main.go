// Command redact is the Lambda function that masks personal data in staged
// documents and publishes them, or sends them to review
// (pipeline.Redact). Triggered by S3 "Object Created" events under staged/
// in the work bucket.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/stages"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/config"
)

func main() {
	env := wire.Load(context.Background(), config.FuncRedact)
	p := stages.Pipeline(env, nil, nil)
	lambda.Start(wire.HandleErr(env, wire.ObjectHandler(env.Log, p.Redact)))
}
