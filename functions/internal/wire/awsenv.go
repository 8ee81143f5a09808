package wire

import (
	"context"
	"errors"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// awsFromEnv builds the SDK's settings from the environment Lambda gives
// every function: the region, the execution role's credentials
// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) and, in
// local tests, AWS_ENDPOINT_URL. These are what config.LoadDefaultConfig
// resolves inside Lambda too, where environment credentials come first;
// its other providers (profiles, SSO, STS web identity, sign-in) are never
// reached there, and linking them cost every bootstrap about 0.5 MB.
func awsFromEnv() (aws.Config, error) {
	region := os.Getenv("AWS_REGION")
	if region == "" {
		region = os.Getenv("AWS_DEFAULT_REGION")
	}
	if region == "" {
		return aws.Config{}, errors.New("AWS_REGION is not set")
	}
	cfg := aws.Config{Region: region, Credentials: aws.NewCredentialsCache(envCredentials{})}
	if ep := os.Getenv("AWS_ENDPOINT_URL"); ep != "" {
		cfg.BaseEndpoint = aws.String(ep)
	}
	return cfg, nil
}

// envCredentials reads the execution role's credentials from the
// environment at each retrieval, so a runtime that rotates them in place
// is followed.
type envCredentials struct{}

func (envCredentials) Retrieve(context.Context) (aws.Credentials, error) {
	c := aws.Credentials{
		AccessKeyID:     os.Getenv("AWS_ACCESS_KEY_ID"),
		SecretAccessKey: os.Getenv("AWS_SECRET_ACCESS_KEY"),
		SessionToken:    os.Getenv("AWS_SESSION_TOKEN"),
		Source:          "EnvCredentials",
	}
	if c.AccessKeyID == "" || c.SecretAccessKey == "" {
		return aws.Credentials{}, errors.New("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set")
	}
	return c, nil
}
