// Package functions holds Plaza's Lambda functions, one per folder
// (ingest, redact, index, api, notify, monitor, and setup, which runs only
// while the stack deploys), each a main package that
// only composes config, adapters and the handlers of shared/ (see
// internal/wire).
//
// The adapters are built in internal/, in several small packages (wire:
// configuration, logging, event decoding; stages: the pipeline's; and
// inquiries, with delivery apart) so that each bootstrap links only what
// its function uses: a Go binary carries every package it imports, and
// small bootstraps start and deploy faster. size_test.go builds them as
// they ship and fails any over its size target.
//
// Build one for Lambda (provided.al2023, arm64) as the CDK app does:
//
//	GOOS=linux GOARCH=arm64 CGO_ENABLED=0 go build -tags lambda.norpc -ldflags "-s -w" -o bootstrap ./functions/ingest
//
// The test in this folder is the SAM-style local invocation: it builds
// every bootstrap for the host, runs each under the Lambda Runtime
// Interface Emulator with the environment of the synthesized template,
// pointed at moto_server and a spec-validating OpenSearch, invokes them
// with the fixtures in events/ and checks the effects.
package functions
