// Command setup is the Lambda function behind the stack's search-setup
// custom resource: CloudFormation runs it while the stack deploys (never
// an event of the pipeline), and it installs the search domain's access
// roles, its audit configuration, the index template and the first index
// behind the alias (stages.Setup). Its role is the domain's master user.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/cfn"
	"github.com/aws/aws-lambda-go/lambda"

	"github.com/seoul-plaza/plaza/functions/internal/stages"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/config"
)

func main() {
	ctx := context.Background()
	env := wire.Load(ctx, config.FuncSetup)
	idx, err := stages.Search(ctx, env)
	if err != nil {
		wire.Fatal(config.FuncSetup, err)
	}
	lambda.Start(wire.Handle(env, cfn.LambdaWrap(stages.Setup(idx, env.Log))))
}
