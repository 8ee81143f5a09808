// Package samenv writes the env.json that `sam local invoke --env-vars`
// reads, so that the functions of a synthesized template run locally with
// real values instead of the references SAM cannot resolve: either those
// of a deployed stack (its outputs, as `cdk deploy --outputs-file` writes
// them) or those of a local emulator (moto_server), whose resources it
// creates under the names the events/ fixtures use.
package samenv

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsddb "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/seoul-plaza/plaza/shared/config"
	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
	ledgerddb "github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
)

// LocalOriginSecret is the origin secret of local invocations: the API
// Gateway fixtures in events/ carry it in their X-Plaza-Origin header, as
// CloudFront carries the real one.
const LocalOriginSecret = "plaza-local-origin-secret"

// The resources of the events/ fixtures (the dev stage's, as a local
// emulator holds them).
const (
	FixtureInbox     = "plaza-dev-inbox"
	FixtureWork      = "plaza-dev-work"
	FixturePublic    = "plaza-dev-public"
	FixtureLedger    = "plaza-dev-ledger"
	FixtureInquiries = "plaza-dev-inquiries"
	FixtureMailFrom  = "no-reply@plaza.example.org"
)

// Settings are the values that are not stack outputs.
type Settings struct {
	Stage, OrgCode, OrgName, MailFrom, SMSSenderID, LogLevel string
	// OpenSearch is the search endpoint the functions use (a deployed
	// domain's https://…, or a local OpenSearch's http://…).
	OpenSearch string
	// Endpoint, when set, becomes AWS_ENDPOINT_URL: the SDK sends every
	// AWS call there (moto_server) instead of to AWS.
	Endpoint string
}

// File is env.json: Parameters apply to every function, and SAM passes a
// function only the variables its template declares.
type File struct {
	Parameters map[string]string `json:"Parameters"`
}

func base(s Settings) map[string]string {
	p := map[string]string{
		string(config.Stage):              s.Stage,
		string(config.OrgCode):            s.OrgCode,
		string(config.OrgName):            s.OrgName,
		string(config.MailFrom):           s.MailFrom,
		string(config.SMSSenderID):        s.SMSSenderID,
		string(config.LogLevel):           s.LogLevel,
		string(config.OpenSearchEndpoint): s.OpenSearch,
		string(config.OpenSearchAlias):    config.DefaultOpenSearchAlias,
		string(config.OriginSecret):       LocalOriginSecret,
		// Empty: a local monitor counts no CloudFront logs (SAM would
		// hand it the log bucket's logical id instead of a name).
		string(config.LogBucket): "",
		"AWS_ENDPOINT_URL":       s.Endpoint,
	}
	return p
}

// FromOutputs builds env.json from a deployed stack's outputs (the object
// of one stack in `cdk deploy --outputs-file`'s file).
func FromOutputs(outputs map[string]string, s Settings) (File, error) {
	p := base(s)
	need := map[config.Var]string{
		config.InboxBucket: "InboxBucketName", config.WorkBucket: "WorkBucketName", config.PublicBucket: "PublicBucketName",
		config.LedgerTable: "LedgerTableName", config.InquiryTable: "InquiryTableName", config.KMSKeyID: "KMSKeyId",
		config.SESConfigurationSet: "MailConfigurationSet", config.PortalURL: "PortalURL",
	}
	var missing []string
	for v, out := range need {
		if outputs[out] == "" {
			missing = append(missing, out)
		}
		p[string(v)] = outputs[out]
	}
	if s.OpenSearch == "" {
		if e := outputs["SearchEndpoint"]; e != "" {
			p[string(config.OpenSearchEndpoint)] = "https://" + strings.TrimPrefix(e, "https://")
		} else {
			missing = append(missing, "SearchEndpoint")
		}
	}
	if len(missing) > 0 {
		return File{}, fmt.Errorf("samenv: the stack's outputs lack %s (deploy this version of the stack first)", strings.Join(missing, ", "))
	}
	return File{Parameters: p}, nil
}

// ReadOutputs reads one stack's outputs from the file `cdk deploy
// --outputs-file` writes ({"Plaza-dev": {"InboxBucketName": …}}).
func ReadOutputs(path, stack string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("samenv: %w", err)
	}
	var all map[string]map[string]string
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, fmt.Errorf("samenv: %s: %w", path, err)
	}
	out, ok := all[stack]
	if !ok {
		return nil, fmt.Errorf("samenv: %s has no stack %q", path, stack)
	}
	return out, nil
}

// Emulator creates, in the emulator cfg points at (moto_server), the
// buckets, tables, KMS key and SES identity the events/ fixtures name, if
// they are not there yet, and returns env.json for them.
func Emulator(ctx context.Context, cfg aws.Config, s Settings) (File, error) {
	s3c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	for _, b := range []string{FixtureInbox, FixtureWork, FixturePublic} {
		_, err := s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(b),
			CreateBucketConfiguration: &s3types.CreateBucketConfiguration{LocationConstraint: s3types.BucketLocationConstraint(cfg.Region)}})
		var owned *s3types.BucketAlreadyOwnedByYou
		if err != nil && !errors.As(err, &owned) {
			return File{}, fmt.Errorf("samenv: bucket %s: %w", b, err)
		}
	}
	ddb := awsddb.NewFromConfig(cfg)
	for _, t := range []*awsddb.CreateTableInput{ledgerddb.Schema(FixtureLedger), inquiryddb.Schema(FixtureInquiries)} {
		_, err := ddb.CreateTable(ctx, t)
		var exists *ddbtypes.ResourceInUseException
		if err != nil && !errors.As(err, &exists) {
			return File{}, fmt.Errorf("samenv: table %s: %w", aws.ToString(t.TableName), err)
		}
	}
	kc := kms.NewFromConfig(cfg)
	const alias = "alias/plaza-dev-local"
	keyID := ""
	if d, err := kc.DescribeKey(ctx, &kms.DescribeKeyInput{KeyId: aws.String(alias)}); err == nil {
		keyID = aws.ToString(d.KeyMetadata.KeyId)
	} else {
		k, err := kc.CreateKey(ctx, &kms.CreateKeyInput{Description: aws.String("Plaza local invocations")})
		if err != nil {
			return File{}, fmt.Errorf("samenv: KMS key: %w", err)
		}
		keyID = aws.ToString(k.KeyMetadata.KeyId)
		if _, err := kc.CreateAlias(ctx, &kms.CreateAliasInput{AliasName: aws.String(alias), TargetKeyId: aws.String(keyID)}); err != nil {
			return File{}, fmt.Errorf("samenv: KMS alias: %w", err)
		}
	}
	if _, err := sesv2.NewFromConfig(cfg).CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String(s.MailFrom)}); err != nil &&
		!strings.Contains(err.Error(), "AlreadyExists") {
		return File{}, fmt.Errorf("samenv: SES identity: %w", err)
	}
	p := base(s)
	p[string(config.InboxBucket)] = FixtureInbox
	p[string(config.WorkBucket)] = FixtureWork
	p[string(config.PublicBucket)] = FixturePublic
	p[string(config.LedgerTable)] = FixtureLedger
	p[string(config.InquiryTable)] = FixtureInquiries
	p[string(config.KMSKeyID)] = keyID
	p[string(config.SESConfigurationSet)] = ""
	p[string(config.PortalURL)] = "http://127.0.0.1:8080"
	return File{Parameters: p}, nil
}
