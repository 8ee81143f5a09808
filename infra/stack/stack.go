// Package stack is Plaza's AWS deployment as a CDK stack: the buckets the
// pipeline runs on, its functions and their triggers, the ledger, the
// search domain, the public API behind CloudFront, notifications and the
// alarms that watch them. NewPlazaStack builds it; infra/main.go is the app.
package stack

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsapigatewayv2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudfront"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudwatch"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscognito"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsdynamodb"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsevents"
	"github.com/aws/aws-cdk-go/awscdk/v2/awskms"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsopensearchservice"
	"github.com/aws/aws-cdk-go/awscdk/v2/awss3"
	"github.com/aws/aws-cdk-go/awscdk/v2/awss3deployment"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssecretsmanager"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsses"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssns"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/seoul-plaza/plaza/infra/redrive"
)

// Props configure a Plaza stack.
type Props struct {
	awscdk.StackProps
	Config Config
	// Code maps each function name to the directory of its asset, holding
	// a bootstrap built by Build (or a placeholder from Placeholders).
	Code map[string]string
	// Site is the directory whose files the stack deploys to the site
	// bucket, laid out by PortalSite.
	Site string
	// WebACLArn, when set, puts the distribution behind a WAF web ACL
	// (one of CloudFront scope, made in us-east-1 by NewEdgeStack).
	WebACLArn *string
}

// Plaza is the stack with handles on the resources that other parts of the
// stack, the outputs and the tests refer to.
type Plaza struct {
	awscdk.Stack
	cfg Config

	Key                            awskms.Key
	Inbox, Work, Public, Site, Log awss3.Bucket
	Ledger, Inquiries              awsdynamodb.Table
	Domain                         awsopensearchservice.Domain
	Functions                      map[string]awslambda.Function
	// DLQs holds every dead-letter queue by a name such as "ingest-delivery".
	DLQs map[string]awssqs.Queue
	// Archive keeps the buckets' object events for replays, and
	// TriggerRules are the rules that start each stage (replay targets).
	Archive      awsevents.Archive
	TriggerRules map[string]awsevents.Rule
	API          awsapigatewayv2.HttpApi
	apiStage     awsapigatewayv2.HttpStage
	UserPool     awscognito.UserPool
	Distribution awscloudfront.Distribution
	// PortalDeployment copies the portal's files to Site on each deploy.
	PortalDeployment awss3deployment.BucketDeployment
	AlarmTopic       awssns.Topic
	Alarms           []awscloudwatch.Alarm
	Dashboard        awscloudwatch.Dashboard

	logGroups        map[string]awslogs.LogGroup
	apiAccessLogs    awslogs.LogGroup
	searchLogs       map[string]awslogs.LogGroup
	originSecret     awssecretsmanager.Secret
	webACL           *string
	mailConfig       awsses.ConfigurationSet
	mailIdentity     awsses.EmailIdentity
	userPoolClientID *string
	staffSignIn      *string // Cognito's hosted UI (https://<prefix>.auth.<region>.amazoncognito.com)
}

// NewPlazaStack builds the stack for props.Config's stage.
func NewPlazaStack(scope constructs.Construct, id string, props *Props) (*Plaza, error) {
	if err := props.Config.Validate(); err != nil {
		return nil, err
	}
	for _, n := range Functions() {
		if props.Code[n] == "" {
			return nil, fmt.Errorf("stack: no code for function %q", n)
		}
	}
	if props.Site == "" {
		return nil, fmt.Errorf("stack: no portal files (Props.Site; see PortalSite)")
	}
	sprops := props.StackProps
	if sprops.Description == nil {
		sprops.Description = jsii.String(fmt.Sprintf("Plaza (%s): publishes approved documents with personal data removed", props.Config.Stage))
	}
	p := &Plaza{
		Stack:        awscdk.NewStack(scope, jsii.String(id), &sprops),
		cfg:          props.Config,
		Functions:    map[string]awslambda.Function{},
		logGroups:    map[string]awslogs.LogGroup{},
		searchLogs:   map[string]awslogs.LogGroup{},
		DLQs:         map[string]awssqs.Queue{},
		TriggerRules: map[string]awsevents.Rule{},
		webACL:       props.WebACLArn,
	}
	// cfn-lint's resource schemas do not (yet) list Tags on dashboards.
	tagProps := &awscdk.TagProps{ExcludeResourceTypes: jsii.Strings("AWS::CloudWatch::Dashboard")}
	awscdk.Tags_Of(p.Stack).Add(jsii.String("project"), jsii.String("plaza"), tagProps)
	awscdk.Tags_Of(p.Stack).Add(jsii.String("stage"), jsii.String(props.Config.Stage), tagProps)

	p.storage()
	p.tables()
	p.search()
	p.notifications()
	p.origin()
	p.functions(props.Code)
	p.triggers()
	p.permissions()
	p.searchSetup()
	p.api()
	p.cdn()
	p.staff() // before site: the console's configuration names its client
	p.site(props.Site)
	p.organizations()
	p.monitoring()
	p.outputs()
	p.suppressions()
	p.portalSuppressions()
	p.lintClean()
	return p, nil
}

// removal is the removal policy of stateful resources.
func (p *Plaza) removal() awscdk.RemovalPolicy {
	if p.cfg.Retain {
		return awscdk.RemovalPolicy_RETAIN
	}
	return awscdk.RemovalPolicy_DESTROY
}

func (p *Plaza) outputs() {
	out := func(id string, v *string, desc string) {
		awscdk.NewCfnOutput(p.Stack, jsii.String(id), &awscdk.CfnOutputProps{Value: v, Description: jsii.String(desc)})
	}
	out("InboxBucketName", p.Inbox.BucketName(), "Internal systems write <system>/<id>/files… then envelope.json here")
	out("WorkBucketName", p.Work.BucketName(), "Staged, withheld, rejected and review objects")
	out("PublicBucketName", p.Public.BucketName(), "Redacted documents (the only source of the index)")
	out("SiteBucketName", p.Site.BucketName(), "Static portal files served by CloudFront")
	out("LedgerTableName", p.Ledger.TableName(), "Ledger table")
	out("InquiryTableName", p.Inquiries.TableName(), "Inquiries table")
	out("SearchEndpoint", p.Domain.DomainEndpoint(), "OpenSearch domain endpoint")
	// The API's own endpoint is not an output: it answers only requests
	// that carry CloudFront's origin secret.
	out("PortalURL", p.portalURL(), "CloudFront URL of the portal and /api")
	out("UserPoolId", p.UserPool.UserPoolId(), "Cognito user pool of staff")
	out("UserPoolClientId", p.userPoolClientID, "App client of the staff portal (authorization code with PKCE)")
	out("DashboardName", p.Dashboard.DashboardName(), "CloudWatch dashboard")
	out("AlarmTopicArn", p.AlarmTopic.TopicArn(), "SNS topic the alarms notify")
	out(OutputKMSKeyID, p.Key.KeyId(), "KMS key of the data buckets and inquiry sealing")
	out(OutputMailConfigSet, p.mailConfig.ConfigurationSetName(), "SES configuration set of citizen mail")
	// What `go run ./infra/ops redrive` and `samenv` read: each function's
	// name, each dead-letter queue's URL.
	for _, fn := range Functions() {
		out(FunctionOutput(fn), p.Functions[fn].FunctionName(), "Lambda function "+fn)
	}
	for _, n := range p.DLQNames() {
		out(DLQOutput(n), p.DLQs[n].QueueUrl(), "Dead-letter queue "+n+" (re-drive: go run ./infra/ops redrive)")
	}
	// What `go run ./infra/ops replay` reads: the archive, its bus, and
	// the rule of each stage a replay may be limited to.
	out(OutputEventArchiveArn, p.Archive.ArchiveArn(), "Archive of the buckets' object events (replay: go run ./infra/ops replay)")
	out(OutputEventBusArn, p.Stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("events"), Resource: jsii.String("event-bus"), ResourceName: jsii.String("default")}),
		"The event bus the archive keeps and a replay sends to")
	for _, fn := range slices.Sorted(maps.Keys(p.TriggerRules)) {
		out(TriggerRuleOutput(fn), p.TriggerRules[fn].RuleArn(), "The rule of S3 object events that starts "+fn)
	}
}

// Output keys that the ops commands read from a deployed stack.
const (
	OutputKMSKeyID      = "KMSKeyId"
	OutputMailConfigSet = "MailConfigurationSet"
	// The replay's, which go run ./infra/ops replay reads.
	OutputEventArchiveArn = redrive.OutputEventArchiveArn
	OutputEventBusArn     = redrive.OutputEventBusArn
)

// TriggerRuleOutput is the output key of the ARN of the rule that starts
// a function ("IndexTriggerRuleArn").
func TriggerRuleOutput(fn string) string { return redrive.TriggerRuleOutput(fn) }

// FunctionOutput is the output key of a function's name ("IngestFunctionName").
func FunctionOutput(fn string) string { return title(fn) + "FunctionName" }

// DLQOutput is the output key of a dead-letter queue's URL
// ("IngestDeliveryDLQUrl").
func DLQOutput(name string) string { return title(name) + "DLQUrl" }

// DLQFunction is the function whose events a dead-letter queue holds
// ("ingest-delivery" → ingest).
func DLQFunction(name string) string {
	fn, _, _ := strings.Cut(name, "-")
	return fn
}

// origin creates the secret that CloudFront sends to the API as an origin
// custom header (gateway.OriginHeader) and the api function requires. It
// is generated by Secrets Manager at deployment and reaches both only as a
// CloudFormation dynamic reference.
func (p *Plaza) origin() {
	p.originSecret = awssecretsmanager.NewSecret(p.Stack, jsii.String("OriginSecret"), &awssecretsmanager.SecretProps{
		Description: jsii.String("Plaza " + p.cfg.Stage + ": the header value CloudFront sends to the API, which refuses requests without it"),
		GenerateSecretString: &awssecretsmanager.SecretStringGenerator{
			ExcludePunctuation: jsii.Bool(true),
			PasswordLength:     jsii.Number(48),
		},
		RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
	})
}

// lintClean removes what cfn-lint warns about in the generated template:
// each function depends on its role both through GetAtt and through an
// explicit DependsOn (W3005). Only the dependency on the role's policy,
// which no property expresses, is kept. This holds for the portal
// deployment's handler (CDK's own function) as well.
func (p *Plaza) lintClean() {
	fns := []constructs.IConstruct{}
	roles := []constructs.IConstruct{}
	for _, n := range Functions() {
		fns, roles = append(fns, p.Functions[n]), append(roles, p.Functions[n].Role())
	}
	role := p.PortalDeployment.HandlerRole()
	fns, roles = append(fns, role.Node().Scope()), append(roles, role)
	for i, fn := range fns {
		policy := roles[i].Node().TryFindChild(jsii.String("DefaultPolicy"))
		if policy == nil {
			continue
		}
		id := p.Stack.GetLogicalId(policy.Node().DefaultChild().(awscdk.CfnElement))
		fn.Node().DefaultChild().(awscdk.CfnResource).AddOverride(jsii.String("DependsOn"), []*string{id})
	}
}
