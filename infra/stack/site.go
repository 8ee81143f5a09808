package stack

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/aws/aws-cdk-go/awscdk/v2/awss3deployment"
	"github.com/aws/jsii-runtime-go"
)

// PortalDir is where the portal's files live, relative to the repository
// root (shared/portal embeds the same directory for the local stack).
const PortalDir = "shared/portal/static"

// PortalCacheControl is the Cache-Control of the deployed portal files, the
// same as shared/portal's handler sends: a new deployment shows up within
// minutes in browsers, and at once at the edge (it invalidates CloudFront).
const PortalCacheControl = "public, max-age=300"

// PortalSite lays out the portal's files for the site bucket under
// out/site, the way shared/portal serves them: index.html at the root
// (CloudFront's default root object) and every file under static/, where
// index.html loads them from (/static/app.js, /static/app.css). It reads
// root/shared/portal/static, so it needs no build, and fails when the
// directory has no index.html.
func PortalSite(root, out string) (string, error) {
	src := filepath.Join(root, filepath.FromSlash(PortalDir))
	if _, err := os.Stat(filepath.Join(src, "index.html")); err != nil {
		return "", fmt.Errorf("portal: no index.html in %s: %w", src, err)
	}
	dst := filepath.Join(out, "site")
	if err := os.MkdirAll(filepath.Join(dst, "static"), 0o755); err != nil {
		return "", fmt.Errorf("portal: %w", err)
	}
	copyFile := func(from, to string) error {
		data, err := os.ReadFile(from)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	}
	if err := copyFile(filepath.Join(src, "index.html"), filepath.Join(dst, "index.html")); err != nil {
		return "", fmt.Errorf("portal: %w", err)
	}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		// The local handler redirects /static/index.html to /; the bucket
		// has no redirects, so the page lives only at the root.
		if rel == "index.html" {
			return nil
		}
		// The staff console's page is served at /staff/ (the Cognito
		// callback), from staff/index.html through a CloudFront Function.
		if filepath.ToSlash(rel) == "staff/index.html" {
			return copyFile(path, filepath.Join(dst, "staff", "index.html"))
		}
		return copyFile(path, filepath.Join(dst, "static", rel))
	})
	if err != nil {
		return "", fmt.Errorf("portal: %w", err)
	}
	return dst, nil
}

// site deploys the portal's files (laid out by PortalSite) to the site
// bucket on every `cdk deploy` and invalidates CloudFront, so that the
// deployment alone publishes the portal. The copy runs in CDK's
// bucket-deployment custom resource; its files are zipped at synthesis, so
// no Docker is needed. Files no longer in the portal are removed (prune).
func (p *Plaza) site(dir string) {
	s := p.Stack
	logs := p.logGroup("PortalDeploymentLogs")
	p.PortalDeployment = awss3deployment.NewBucketDeployment(s, jsii.String("PortalDeployment"), &awss3deployment.BucketDeploymentProps{
		Sources:           &[]awss3deployment.ISource{awss3deployment.Source_Asset(jsii.String(dir), nil), p.consoleConfig()},
		DestinationBucket: p.Site,
		Distribution:      p.Distribution,
		DistributionPaths: jsii.Strings("/*"),
		CacheControl:      &[]awss3deployment.CacheControl{awss3deployment.CacheControl_FromString(jsii.String(PortalCacheControl))},
		Prune:             jsii.Bool(true),
		MemoryLimit:       jsii.Number(256),
		LogGroup:          logs,
	})
}

// ConsoleConfigKey is the staff console's configuration in the site
// bucket, served at /staff/config.json. The local stack answers the same
// path with its own sign-in (a one-time link).
const ConsoleConfigKey = "staff/config.json"

// consoleConfig tells the staff console how staff sign in on AWS:
// Cognito's hosted UI, authorization code with PKCE, back to /staff/. It
// is written at deployment, when the domain and client id are known.
func (p *Plaza) consoleConfig() awss3deployment.ISource {
	portal := *p.portalURL()
	return awss3deployment.Source_JsonData(jsii.String(ConsoleConfigKey), map[string]any{
		"auth":         "cognito",
		"domain":       p.staffSignIn,
		"client_id":    p.userPoolClientID,
		"redirect_uri": portal + StaffConsolePath,
		"logout_uri":   portal + "/",
	}, nil)
}
