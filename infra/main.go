// Command infra is Plaza's CDK app. `cdk synth` / `cdk deploy` run it
// through cdk.json; `go run ./infra` runs it directly and writes the cloud
// assembly to $CDK_OUTDIR (default cdk.out) without the CDK CLI.
//
// Context (-c key=value, from the CLI or on this command's own command
// line): stage=dev|prod (default dev), plaza:bundle=false to synthesize
// with placeholder function code instead of building functions/<name>, and
// the plaza:* keys listed in infra/stack/context.go.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdklabs/cdk-nag-go/cdknag/v2"

	"github.com/seoul-plaza/plaza/infra/stack"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "plaza infra:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	defer jsii.Close()
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	root, err := stack.RepoRoot(wd)
	if err != nil {
		return err
	}
	ctx := map[string]interface{}{}
	// Under the CLI the context (cdk.json and -c) arrives in
	// CDK_CONTEXT_JSON and the App reads it; run directly, read cdk.json.
	if os.Getenv("CDK_CONTEXT_JSON") == "" {
		if ctx, err = stack.FileContext(root); err != nil {
			return err
		}
		// As the CLI does: the asset paths in resource metadata are what
		// `sam local invoke -t cdk.out/…` (and the local Lambda harness)
		// use to find each function's code.
		ctx["aws:cdk:enable-asset-metadata"] = true
		ctx["aws:cdk:enable-path-metadata"] = true
	}
	for i := 0; i < len(args); i++ {
		kv := args[i]
		if kv == "-c" || kv == "--context" {
			if i++; i == len(args) {
				return fmt.Errorf("%s needs key=value", kv)
			}
			kv = args[i]
		} else if v, ok := strings.CutPrefix(kv, "-c="); ok {
			kv = v
		} else {
			return fmt.Errorf("unknown argument %q (want -c key=value)", kv)
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("context %q: want key=value", kv)
		}
		ctx[k] = v
	}
	props := &awscdk.AppProps{Context: &ctx}
	if os.Getenv("CDK_OUTDIR") == "" {
		props.Outdir = jsii.String(filepath.Join(root, "cdk.out"))
	}
	app := awscdk.NewApp(props)
	get := func(k string) string {
		if v, ok := app.Node().TryGetContext(jsii.String(k)).(string); ok {
			return v
		}
		return ""
	}
	cfg, err := stack.ConfigFrom(get)
	if err != nil {
		return err
	}

	build, err := os.MkdirTemp("", "plaza-functions-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(build)
	var code map[string]string
	if get(stack.CtxBundle) == "false" {
		code, err = stack.Placeholders(build)
	} else {
		code, err = stack.Build(context.Background(), stack.BuildOptions{Root: root, Out: build})
	}
	if err != nil {
		return err
	}
	// The portal goes to the site bucket with every deployment, whatever
	// plaza:bundle says: its files need no build.
	site, err := stack.PortalSite(root, build)
	if err != nil {
		return err
	}

	var env *awscdk.Environment
	if acct, region := os.Getenv("CDK_DEFAULT_ACCOUNT"), os.Getenv("CDK_DEFAULT_REGION"); acct != "" && region != "" {
		env = &awscdk.Environment{Account: jsii.String(acct), Region: jsii.String(region)}
	}
	sprops := &stack.Props{StackProps: awscdk.StackProps{Env: env}, Config: cfg, Code: code, Site: site}
	if cfg.WAF {
		// The web ACL lives in us-east-1 (Plaza-<stage>-edge); CDK passes
		// its ARN across regions, which needs both stacks' regions.
		if env == nil {
			return fmt.Errorf("%s has a WAF (%s, on by default in prod), whose stack is in %s: set the account and region (CDK_DEFAULT_ACCOUNT, CDK_DEFAULT_REGION, as `cdk deploy` does) or -c %s=false",
				cfg.StackName(), stack.CtxWAF, stack.EdgeRegion, stack.CtxWAF)
		}
		_, arn := stack.NewEdgeStack(app, cfg, awscdk.StackProps{Env: &awscdk.Environment{Account: env.Account}})
		sprops.WebACLArn = arn
		sprops.CrossRegionReferences = jsii.Bool(true)
	}
	if _, err := stack.NewPlazaStack(app, cfg.StackName(), sprops); err != nil {
		return err
	}
	awscdk.Aspects_Of(app).Add(cdknag.NewAwsSolutionsChecks(&cdknag.NagPackProps{Verbose: jsii.Bool(true)}), nil)
	app.Synth(nil)
	return nil
}
