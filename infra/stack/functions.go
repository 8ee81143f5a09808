package stack

import (
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambdadestinations"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/aws-cdk-go/awscdk/v2/awss3assets"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"
	"github.com/aws/jsii-runtime-go"
)

// Environment variables the functions read. Each function receives only
// those listed for it in specs.
const (
	EnvStage              = "PLAZA_STAGE"
	EnvInboxBucket        = "PLAZA_INBOX_BUCKET"
	EnvWorkBucket         = "PLAZA_WORK_BUCKET"
	EnvPublicBucket       = "PLAZA_PUBLIC_BUCKET"
	EnvLedgerTable        = "PLAZA_LEDGER_TABLE"
	EnvInquiryTable       = "PLAZA_INQUIRY_TABLE"
	EnvOpenSearchEndpoint = "PLAZA_OPENSEARCH_ENDPOINT"
	EnvOpenSearchAlias    = "PLAZA_OPENSEARCH_ALIAS"
	EnvOrgCode            = "PLAZA_ORG_CODE"
	EnvOrgName            = "PLAZA_ORG_NAME"
	EnvMailFrom           = "PLAZA_MAIL_FROM"
	EnvSESConfigSet       = "PLAZA_SES_CONFIGURATION_SET"
	EnvSMSSenderID        = "PLAZA_SMS_SENDER_ID"
	EnvKMSKeyID           = "PLAZA_KMS_KEY_ID"
	EnvPortalURL          = "PLAZA_PORTAL_URL"
	EnvLogLevel           = "PLAZA_LOG_LEVEL"
	EnvSenders            = "PLAZA_SENDERS"
	EnvOpenSearchReplicas = "PLAZA_OPENSEARCH_REPLICAS"
	EnvOriginSecret       = "PLAZA_ORIGIN_SECRET"
	EnvDistributionID     = "PLAZA_DISTRIBUTION_ID"
	EnvLogBucket          = "PLAZA_LOG_BUCKET"
	// EnvAccessLogGroup is API Gateway's access log group, which the
	// monitor counts with CloudFront's logs.
	EnvAccessLogGroup = "PLAZA_ACCESS_LOG_GROUP"
	// EnvReconcileSample is the monitor's reconciliation sample size
	// (Settings.ReconcileSample).
	EnvReconcileSample = "PLAZA_RECONCILE_SAMPLE"
	// EnvDeadLetterQueues names the dead-letter queues' URLs for the
	// monitor, which reports their depth (set in monitoring(), once every
	// queue exists).
	EnvDeadLetterQueues = "PLAZA_DEAD_LETTER_QUEUES"
	// EnvOrgsDir is set, on every function, only when the organizations
	// come from a folder (plaza:orgsDir): the layer's files, OrgsLayerPath.
	EnvOrgsDir = "PLAZA_ORGS_DIR"
	// EnvSurveys replaces the embedded satisfaction surveys
	// (shared/config's surveys.json). The stack leaves it unset: a
	// deployment sets it on the api function to run its own surveys.
	EnvSurveys = "PLAZA_SURVEYS"
	// EnvEndpointURL is the AWS SDK's own endpoint override. Every
	// function declares it empty, which the SDK ignores, so that
	// `sam local invoke --env-vars env.json` (which overrides only the
	// variables a function declares) can point a function at a local
	// emulator such as moto.
	EnvEndpointURL = "AWS_ENDPOINT_URL"
)

// spec is what differs between functions.
type spec struct {
	memory  float64
	timeout time.Duration
	// async functions are invoked by EventBridge and get retries, a
	// maximum event age and an on-failure queue.
	async bool
	// reserved is the function's reserved concurrency (0: none): 1 where
	// two runs must never overlap.
	reserved float64
	env      []string
	desc     string
}

// MemoryMiB is the memory a function is deployed with (0 for an unknown
// name); infra/cost prices the pipeline from it.
func MemoryMiB(fn string) float64 { return specs()[fn].memory }

func specs() map[string]spec {
	return map[string]spec{
		Ingest: {memory: 1024, timeout: 5 * time.Minute, async: true, desc: "Validates an inbox envelope, applies policy, extracts text, stages it",
			env: []string{EnvStage, EnvInboxBucket, EnvWorkBucket, EnvLedgerTable, EnvOrgCode, EnvOrgName, EnvKMSKeyID, EnvLogLevel, EnvSenders}},
		Redact: {memory: 1024, timeout: 2 * time.Minute, async: true, desc: "Masks personal data in a staged document and publishes it or sends it to review",
			env: []string{EnvStage, EnvWorkBucket, EnvPublicBucket, EnvLedgerTable, EnvOrgCode, EnvKMSKeyID, EnvLogLevel}},
		Index: {memory: 256, timeout: 1 * time.Minute, async: true, desc: "Indexes (or removes) a public document in OpenSearch",
			env: []string{EnvStage, EnvWorkBucket, EnvPublicBucket, EnvLedgerTable, EnvOpenSearchEndpoint, EnvOpenSearchAlias, EnvDistributionID, EnvLogLevel}},
		API: {memory: 512, timeout: 29 * time.Second, desc: "Public and staff HTTP API",
			env: []string{EnvStage, EnvWorkBucket, EnvPublicBucket, EnvLedgerTable, EnvInquiryTable, EnvOpenSearchEndpoint, EnvOpenSearchAlias, EnvOrgCode, EnvOrgName, EnvKMSKeyID, EnvPortalURL, EnvOriginSecret, EnvLogLevel}},
		Notify: {memory: 256, timeout: 5 * time.Minute, desc: "Sends e-mail and SMS about inquiries, leak reports and subscriptions, and the weekly digest",
			env: []string{EnvStage, EnvWorkBucket, EnvInquiryTable, EnvOpenSearchEndpoint, EnvOpenSearchAlias, EnvOrgName, EnvMailFrom, EnvSESConfigSet, EnvSMSSenderID, EnvKMSKeyID, EnvPortalURL, EnvLogLevel}},
		// The monitor's 5-minute timeout equals its schedule's period: a
		// slow run could overlap the next, which would then be throttled
		// and retried by Lambda rather than run twice at once.
		Monitor: {memory: 512, timeout: 5 * time.Minute, async: true, reserved: 1, desc: "Scheduled releases, holds, reconciliation, overdue inquiries, usage figures and metrics",
			env: []string{EnvStage, EnvInboxBucket, EnvWorkBucket, EnvPublicBucket, EnvLedgerTable, EnvInquiryTable, EnvOpenSearchEndpoint, EnvOpenSearchAlias, EnvOrgCode, EnvOrgName, EnvKMSKeyID, EnvLogLevel, EnvSenders, EnvDistributionID, EnvLogBucket, EnvAccessLogGroup, EnvReconcileSample, EnvDeadLetterQueues}},
		Setup: {memory: 256, timeout: 5 * time.Minute, reserved: 1, desc: "Deploy time only: search domain roles, audit log, index template and alias",
			env: []string{EnvStage, EnvOpenSearchEndpoint, EnvOpenSearchAlias, EnvOpenSearchReplicas, EnvLogLevel}},
	}
}

// envValue is the value of an environment variable in this stack.
func (p *Plaza) envValue(name string) *string {
	switch name {
	case EnvStage:
		return jsii.String(p.cfg.Stage)
	case EnvInboxBucket:
		return p.Inbox.BucketName()
	case EnvWorkBucket:
		return p.Work.BucketName()
	case EnvPublicBucket:
		return p.Public.BucketName()
	case EnvLedgerTable:
		return p.Ledger.TableName()
	case EnvInquiryTable:
		return p.Inquiries.TableName()
	case EnvOpenSearchEndpoint:
		return jsii.String("https://" + *p.Domain.DomainEndpoint())
	case EnvOpenSearchAlias:
		return jsii.String(SearchAlias)
	case EnvOrgCode:
		return jsii.String(p.cfg.OrgCode)
	case EnvOrgName:
		return jsii.String(p.cfg.OrgName)
	case EnvMailFrom:
		return jsii.String(p.cfg.MailFrom)
	case EnvSESConfigSet:
		return p.mailConfig.ConfigurationSetName()
	case EnvSMSSenderID:
		return jsii.String(p.cfg.SMSSenderID)
	case EnvKMSKeyID:
		return p.Key.KeyId()
	case EnvLogLevel:
		return jsii.String(p.cfg.LogLevel)
	case EnvSenders:
		return jsii.String(p.cfg.Binding().JSON())
	case EnvOpenSearchReplicas:
		return jsii.String(strconv.Itoa(p.cfg.SearchReplicas))
	case EnvOriginSecret:
		// A dynamic reference, resolved by CloudFormation at deployment:
		// the secret is in neither the template nor the assembly.
		return p.originSecret.SecretValue().UnsafeUnwrap()
	case EnvEndpointURL:
		return jsii.String("")
	case EnvLogBucket:
		return p.Log.BucketName()
	case EnvAccessLogGroup:
		return p.apiAccessLogs.LogGroupName()
	case EnvReconcileSample:
		return jsii.String(strconv.Itoa(p.cfg.ReconcileSample))
	}
	panic(fmt.Sprintf("stack: no value for %s", name)) // a programming error in specs
}

// OrgsLayerPath is where Lambda unpacks the organizations' layer.
const OrgsLayerPath = "/opt"

func (p *Plaza) functions(code map[string]string) {
	s := p.Stack
	all := specs()
	// A folder of organizations (plaza:orgsDir) reaches the functions as
	// one layer of its JSON files, so that they route, check senders and
	// apply policy with the organizations the stack was built from; the
	// embedded files need none.
	var orgs awslambda.ILayerVersion
	if p.cfg.OrgsDir != "" {
		orgs = awslambda.NewLayerVersion(s, jsii.String("OrgsLayer"), &awslambda.LayerVersionProps{
			Description: jsii.String("Plaza " + p.cfg.Stage + ": the organizations' files (shared/org), read through " + EnvOrgsDir),
			Code: awslambda.Code_FromAsset(jsii.String(p.cfg.OrgsDir), &awss3assets.AssetOptions{
				// Only the files shared/org reads: no editor backups or notes.
				Exclude: jsii.Strings("*", "!*.json"),
			}),
			CompatibleRuntimes:      &[]awslambda.Runtime{awslambda.Runtime_PROVIDED_AL2023()},
			CompatibleArchitectures: &[]awslambda.Architecture{awslambda.Architecture_ARM_64()},
			RemovalPolicy:           awscdk.RemovalPolicy_RETAIN, // a running version may still use it
		})
	}
	for _, name := range Functions() {
		sp := all[name]
		id := title(name)
		logs := p.logGroup(id + "Logs")
		// Own roles without the AWSLambdaBasicExecutionRole managed policy:
		// each may write its own log group and nothing else it is not
		// granted in permissions().
		role := awsiam.NewRole(s, jsii.String(id+"Role"), &awsiam.RoleProps{
			AssumedBy:   awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil),
			Description: jsii.String("Plaza " + name + " function"),
		})
		logs.GrantWrite(role)
		env := map[string]*string{}
		for _, e := range sp.env {
			if e == EnvPortalURL || e == EnvDistributionID || e == EnvDeadLetterQueues {
				continue // set in cdn() and monitoring(), once what they name exists
			}
			env[e] = p.envValue(e)
		}
		env[EnvEndpointURL] = p.envValue(EnvEndpointURL)
		if orgs != nil {
			env[EnvOrgsDir] = jsii.String(OrgsLayerPath)
		}
		props := &awslambda.FunctionProps{
			Description:   jsii.String(sp.desc),
			Runtime:       awslambda.Runtime_PROVIDED_AL2023(),
			Architecture:  awslambda.Architecture_ARM_64(),
			Handler:       jsii.String("bootstrap"),
			Code:          awslambda.Code_FromAsset(jsii.String(code[name]), nil),
			MemorySize:    jsii.Number(sp.memory),
			Timeout:       awscdk.Duration_Seconds(jsii.Number(sp.timeout.Seconds())),
			Environment:   &env,
			Role:          role,
			LogGroup:      logs,
			LoggingFormat: awslambda.LoggingFormat_JSON,
			// Loops through S3 are impossible by design (outputs go to other
			// buckets or prefixes); Lambda's detection stays on as a backstop.
			RecursiveLoop: awslambda.RecursiveLoop_TERMINATE,
			// X-Ray: each invocation is traced, and its trace id is in
			// every log line (wire.Handle).
			Tracing: awslambda.Tracing_ACTIVE,
		}
		if orgs != nil {
			props.Layers = &[]awslambda.ILayerVersion{orgs}
		}
		if sp.reserved > 0 {
			props.ReservedConcurrentExecutions = jsii.Number(sp.reserved)
		}
		if sp.async {
			q := p.deadLetters(name + "-failure")
			props.RetryAttempts = jsii.Number(2)
			props.MaxEventAge = awscdk.Duration_Hours(jsii.Number(6))
			props.OnFailure = awslambdadestinations.NewSqsDestination(q)
		}
		p.Functions[name] = awslambda.NewFunction(s, jsii.String(id+"Function"), props)
		p.logGroups[name] = logs
	}
}

// logGroup is a log group with the stage's retention, kept with a prod
// stack when it is deleted.
func (p *Plaza) logGroup(id string) awslogs.LogGroup {
	return awslogs.NewLogGroup(p.Stack, jsii.String(id), &awslogs.LogGroupProps{
		Retention:     retention(p.cfg.LogRetentionDays),
		RemovalPolicy: p.removal(),
	})
}

// deadLetters creates a dead-letter queue. Messages are kept 14 days, the
// SQS maximum, so that they can be inspected and replayed.
func (p *Plaza) deadLetters(name string) awssqs.Queue {
	q := awssqs.NewQueue(p.Stack, jsii.String(title(name)+"DLQ"), &awssqs.QueueProps{
		Encryption:      awssqs.QueueEncryption_SQS_MANAGED,
		EnforceSSL:      jsii.Bool(true),
		RetentionPeriod: awscdk.Duration_Days(jsii.Number(14)),
		// prod keeps undelivered events when the stack goes.
		RemovalPolicy: p.removal(),
	})
	p.DLQs[name] = q
	return q
}

// DLQNames lists the dead-letter queues' names in order.
func (p *Plaza) DLQNames() []string {
	names := make([]string, 0, len(p.DLQs))
	for n := range p.DLQs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// title turns "ingest-failure" into "IngestFailure" for construct ids.
func title(s string) string {
	out := make([]byte, 0, len(s))
	up := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' {
			up = true
			continue
		}
		if up && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		up = false
		out = append(out, c)
	}
	return string(out)
}
