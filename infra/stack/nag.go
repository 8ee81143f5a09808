package stack

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdklabs/cdk-nag-go/cdknag/v2"
	"strings"
)

// suppress records why a cdk-nag AwsSolutions finding does not apply to a
// construct (and its children). appliesTo narrows an IAM5 suppression to
// the listed findings; each is a literal or a /regex/.
func suppress(c constructs.IConstruct, id, reason string, appliesTo ...string) {
	s := &cdknag.NagPackSuppression{Id: jsii.String("AwsSolutions-" + id), Reason: jsii.String(reason)}
	if len(appliesTo) > 0 {
		at := make([]interface{}, len(appliesTo))
		for i, a := range appliesTo {
			if len(a) > 1 && a[0] == '/' {
				at[i] = &cdknag.RegexAppliesTo{Regex: jsii.String(a)}
			} else {
				at[i] = a
			}
		}
		s.AppliesTo = &at
	}
	cdknag.NagSuppressions_AddResourceSuppressions(c, &[]*cdknag.NagPackSuppression{s}, jsii.Bool(true))
}

// objectsUnder matches IAM5 findings for object ARNs under the given
// prefixes of the bucket with the construct id bucket.
func objectsUnder(bucket string, prefixes ...string) string {
	alt := ""
	for i, p := range prefixes {
		if i > 0 {
			alt += "|"
		}
		alt += p
	}
	return `/^Resource::<` + bucket + `[0-9A-F]{8}\.Arn>\/(` + alt + `)\*$/`
}

// suppressions justifies every AwsSolutions finding the stack leaves in
// place. The stack test fails on any finding without one.
func (p *Plaza) suppressions() {
	const prefixReason = "Object actions are scoped to the key prefixes this stage owns in the shared/document key layout; the wildcard is the object key under the prefix."
	role := func(fn string) constructs.IConstruct { return p.Functions[fn].Role() }

	const xray = " Resource::* is X-Ray's PutTraceSegments and PutTelemetryRecords (active tracing), which take no resource."
	suppress(role(Ingest), "IAM5", prefixReason+" ingest reads an envelope's files anywhere under its inbox folder."+xray,
		objectsUnder("InboxBucket", ""), objectsUnder("WorkBucket", PrefixStaged, PrefixWithheld, PrefixReview, PrefixReports, PrefixRejected), "Resource::*")
	suppress(role(Redact), "IAM5", prefixReason+xray,
		objectsUnder("WorkBucket", PrefixStaged, PrefixReview, PrefixReports, PrefixMasks, PrefixPublished), objectsUnder("PublicBucket", PrefixDocuments), "Resource::*")
	searchPaths := `/^Resource::<Search[0-9A-F]{8}\.Arn>\/` + SearchAlias + `\/(\*|_doc\/\*)$/`
	searchReason := " The OpenSearch resource wildcard is the document id (or the request path) under the one alias, on this one domain; the domain's access policy grants the same paths per role and denies the rest (SearchGrants)."
	suppress(role(Index), "IAM5", prefixReason+searchReason+xray, objectsUnder("PublicBucket", PrefixDocuments), objectsUnder("WorkBucket", PrefixMasks, PrefixBoilerplate), searchPaths, "Resource::*")
	suppress(role(API), "IAM5", prefixReason+searchReason+xray,
		objectsUnder("PublicBucket", PrefixDocuments), objectsUnder("WorkBucket", PrefixReview, PrefixReports, PrefixAudit, PrefixRejected, PrefixLeaks, PrefixLeaksSent, PrefixMasks, PrefixPublished, PrefixStats, PrefixFeedback, PrefixSubscriptions), searchPaths, "Resource::*")
	suppress(role(Notify), "IAM5", prefixReason+" sns:Publish to a phone number (SMS) has no resource ARN to scope to; dynamodb:ListStreams, added by the event source, takes no resource either."+searchReason+xray,
		objectsUnder("WorkBucket", PrefixLeaks, PrefixLeaksSent, PrefixSubscriptions), searchPaths, "Resource::*")
	suppress(role(Monitor), "IAM5", prefixReason+" The monitor runs the three stages in process to drive stuck documents on, so it holds their grants; it lists and reads the inbox to reconcile it with the ledger, and reads CloudFront's logs (cloudfront/ of the log bucket) to count the usage figures."+searchReason+xray,
		objectsUnder("InboxBucket", ""), objectsUnder("WorkBucket", PrefixStaged, PrefixWithheld, PrefixReview, PrefixRejected, PrefixReports, PrefixAudit, PrefixMasks, PrefixPublished, PrefixLeaks, PrefixStats, PrefixSubscriptions, PrefixBoilerplate),
		objectsUnder("PublicBucket", PrefixDocuments), objectsUnder("LogBucket", PrefixCloudFrontLogs), searchPaths, "Resource::*")
	suppress(role(Setup), "IAM5", "The setup function's role is the search domain's master user (fine-grained access control): at deployment only, it writes the security plugin's roles, mappings and audit configuration, the index template and the first index, anywhere on this one domain."+xray,
		`/^Resource::<Search[0-9A-F]{8}\.Arn>\/\*$/`, "Resource::*")
	suppress(p.originSecret, "SMG4", "The origin secret is shared by CloudFront's origin header and the api function's environment, both set from it at deployment; rotating it means a deployment (cdk deploy after aws secretsmanager put-secret-value), which a rotation Lambda could not do consistently.")

	for _, q := range p.DLQs {
		suppress(q, "SQS3", "This queue is itself a dead-letter queue (of an EventBridge target, a Lambda on-failure destination or an event source mapping); its depth raises an alarm.")
	}

	d := p.Domain
	suppress(d, "OS1", "Kept out of a VPC so the functions need no VPC, NAT gateway or endpoints; every request is SigV4-signed, the access policy grants each function's role its own paths, and fine-grained access control maps the roles to a writer or reader role.")
	suppress(d, "OS3", "Access is granted to IAM roles by the domain's access policy, not to IP addresses: callers are Lambda functions without fixed addresses.")
	if p.cfg.SearchMasterNodes == 0 {
		suppress(d, "OS4", "Stage "+p.cfg.Stage+" runs a single small data node to keep its idle cost low; prod uses three dedicated master nodes.")
	}
	if p.cfg.SearchZones < 2 {
		suppress(d, "OS7", "Stage "+p.cfg.Stage+" runs a single data node; prod spreads three nodes over three zones. The index can be rebuilt from the public bucket.")
	}

	open := map[string]bool{"ANY--api--{proxy+}": true, "POST--api--inquiries": true}
	for _, path := range OpenDataPaths() {
		for _, m := range []string{"GET", "HEAD"} {
			open[m+strings.ReplaceAll(path, "/", "--")] = true
		}
	}
	for _, r := range *p.API.Node().Children() {
		if open[*r.Node().Id()] {
			suppress(r, "APIG4", "The public API is open by design: citizens search and read published documents and ask questions without an account, and harvesters and crawlers read the open-data formats (CKAN, DCAT, feeds, sitemaps). Staff routes (/api/staff) use the Cognito JWT authorizer; every request must carry CloudFront's origin secret, and throttling (per stage, and on its own for questions) limits abuse.")
		}
	}

	cf := p.Distribution
	if p.cfg.DomainName == "" {
		suppress(cf, "CFR4", "Without a custom domain the distribution uses the default *.cloudfront.net certificate, whose security policy CloudFront fixes; set plaza:domainName and plaza:certificateArn to enforce TLSv1.2_2021.")
	}
	suppress(cf, "CFR1", "Plaza publishes public information to anyone, including citizens abroad; no country is restricted.")
	if p.webACL == nil {
		suppress(cf, "CFR2", "Stage "+p.cfg.Stage+" runs without a WAF web ACL (context plaza:waf=false; prod has one by default): its fixed monthly cost exceeds the rest of an idle dev deployment. Reads are cached at the edge and the HTTP API is throttled per stage and per route.")
	}
	// CDK's reader of cross-region references (the web ACL's ARN from
	// the us-east-1 edge stack) is a custom resource with its own Lambda.
	if reader := p.Stack.Node().TryFindChild(jsii.String("Custom::CrossRegionExportReaderCustomResourceProvider")); reader != nil {
		suppress(reader, "IAM4", "CDK's cross-region export reader (run only during deployments) writes its own logs through AWSLambdaBasicExecutionRole.")
		suppress(reader, "IAM5", "CDK's cross-region export reader reads the parameters CDK writes under /cdk/exports/<this stack>/ in this region; the wildcard is the export's name.")
		suppress(reader, "L1", "The runtime of CDK's cross-region export reader is chosen by aws-cdk-lib and moves with it.")
	}
}

// portalSuppressions justifies the findings on the role and function of
// CDK's bucket-deployment custom resource, which copies the portal's files
// to the site bucket on each deploy. CDK generates its policy; the grants
// are those BucketDeployment needs and no more.
func (p *Plaza) portalSuppressions() {
	role := p.PortalDeployment.HandlerRole()
	suppress(role, "IAM4", "CDK's bucket-deployment handler (a CDK-provided custom resource run only during deployments) uses AWSLambdaBasicExecutionRole to write its own log group; it holds no data access through it.",
		"Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
	suppress(role, "IAM5", "CDK's bucket-deployment handler reads the portal's zipped asset from the CDK bootstrap assets bucket and syncs it (put, delete for pruning) to every key of the site bucket, which holds nothing but the portal; the s3 action wildcards are CDK's grantRead/grantReadWrite. The Resource::* statement is CloudFront's CreateInvalidation/GetInvalidation, which the construct grants unscoped.",
		"Action::s3:GetBucket*", "Action::s3:GetObject*", "Action::s3:List*", "Action::s3:Abort*", "Action::s3:DeleteObject*",
		"Resource::*", `/^Resource::<SiteBucket[0-9A-F]{8}\.Arn>\/\*$/`,
		`/^Resource::arn:(<AWS::Partition>|aws):s3:::cdk-[a-z0-9]+-assets-(<AWS::AccountId>|[0-9]{12})-(<AWS::Region>|[a-z0-9-]+)\/\*$/`)
	suppress(role.Node().Scope(), "L1", "The runtime of CDK's bucket-deployment handler is chosen by aws-cdk-lib and moves with it; upgrading github.com/aws/aws-cdk-go/awscdk/v2 updates it. It runs only during deployments.")
}
