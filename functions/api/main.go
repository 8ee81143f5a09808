// Command api is the Lambda function behind the API Gateway HTTP API
// (payload v2): the shared net/http handler of shared/api serving the
// inquiry service, reached through aws-lambda-go-api-proxy. Staff routes
// trust the claims of API Gateway's JWT authorizer (Cognito).
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"

	"github.com/seoul-plaza/plaza/functions/internal/citizens"
	"github.com/seoul-plaza/plaza/functions/internal/inquiries"
	"github.com/seoul-plaza/plaza/functions/internal/inquiries/routes"
	"github.com/seoul-plaza/plaza/functions/internal/stages"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/api"
	"github.com/seoul-plaza/plaza/shared/auth/gateway"
	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/stats"
)

func main() {
	ctx := context.Background()
	env := wire.Load(ctx, config.FuncAPI)
	raw, err := stages.Search(ctx, env)
	if err != nil {
		wire.Fatal(config.FuncAPI, err)
	}
	// Searches before the index function has created the index answer
	// empty instead of failing (see stages.APIIndex for why not EnsureIndex).
	idx := stages.NewAPIIndex(raw, env.Log)
	store, verifier := stages.Store(env), gateway.New(gateway.Config{})
	inq, shared, err := routes.Service(ctx, env, store, api.LoggerFrom)
	if err != nil {
		wire.Fatal(config.FuncAPI, err)
	}
	ops := stages.Pipeline(env, idx, nil) // the api never reads files
	reports := leak.New(leak.Deps{Masker: ops, Store: store, Bucket: env.Config.WorkBucket,
		Sealer: shared.Sealer, Blinder: shared.Blinder, Counter: shared.Store, Logger: env.Log, Log: api.RequestLogger(env.Log)})
	// Citizens' feedback and subscription requests; the signing key of
	// their links is loaded on first use. Confirmation mails and digests
	// are the notify function's.
	inqStore := inquiries.Store(env)
	signer := citizens.NewSigner(inqStore, shared.Sealer)
	fb := citizens.Feedback(env, store, signer, shared.Blinder, inqStore, api.LoggerFrom)
	subs := citizens.Subscriptions(env, store, signer, shared.Sealer, shared.Blinder, inqStore, nil, nil, api.LoggerFrom)
	led := stages.Ledger(env)
	// The roll-up the monitor keeps nightly, with the ledger's changes
	// since applied on read.
	roller := stats.NewRoller(stats.RollerDeps{Ledger: led, Store: store, Bucket: env.Config.WorkBucket, Logger: env.Log})
	h := api.New(api.Deps{
		Search:        idx,
		Store:         store,
		Buckets:       env.Config.Buckets(),
		Ledger:        led,
		Stats:         roller,
		Ops:           ops,
		Auth:          verifier,
		DefaultOrg:    env.Config.OrgCode,
		Orgs:          env.Config.Orgs,
		Logger:        env.Log,
		RequestID:     gateway.RequestID,
		Inquiries:     inq,
		Reports:       reports,
		Feedback:      fb,
		Subscriptions: subs,
		ClientAddr:    api.ViewerAddress,
		PortalURL:     env.Config.PortalURL,
		// The pre-release check reads an envelope's body only here: the
		// file readers stay out of this bootstrap (the size target).
		Check: ops,
	})
	// Only CloudFront knows the origin secret: a request sent to the API's
	// own endpoint is refused before any route sees it.
	lambda.Start(wire.Handle(env, httpadapter.NewV2(gateway.RequireOrigin(env.Config.OriginSecret, h)).ProxyWithContext))
}
