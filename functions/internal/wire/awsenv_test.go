package wire

import (
	"context"
	"testing"
)

// The functions' AWS settings come from Lambda's environment: the region,
// the role's credentials read at each retrieval, and the endpoint that
// local tests point at moto.
func TestAWSFromEnv(t *testing.T) {
	t.Setenv("AWS_REGION", "")
	t.Setenv("AWS_DEFAULT_REGION", "")
	if _, err := awsFromEnv(); err == nil {
		t.Fatal("no region was accepted")
	}
	t.Setenv("AWS_REGION", "ap-northeast-2")
	t.Setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:5000")
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIDONE")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "secret")
	t.Setenv("AWS_SESSION_TOKEN", "token")
	cfg, err := awsFromEnv()
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Region != "ap-northeast-2" || cfg.BaseEndpoint == nil || *cfg.BaseEndpoint != "http://127.0.0.1:5000" {
		t.Fatalf("region %q endpoint %v", cfg.Region, cfg.BaseEndpoint)
	}
	c, err := cfg.Credentials.Retrieve(context.Background())
	if err != nil || c.AccessKeyID != "AKIDONE" || c.SecretAccessKey != "secret" || c.SessionToken != "token" {
		t.Fatalf("credentials %+v %v", c, err)
	}
	t.Setenv("AWS_ACCESS_KEY_ID", "")
	if _, err := (envCredentials{}).Retrieve(context.Background()); err == nil {
		t.Fatal("missing credentials were accepted")
	}
}
