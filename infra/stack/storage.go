package stack

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/aws-cdk-go/awscdk/v2/awskms"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/aws-cdk-go/awscdk/v2/awss3"
	"github.com/aws/jsii-runtime-go"

	"github.com/seoul-plaza/plaza/shared/document"
)

// Object key prefixes, as shared/document writes them. The triggers and
// the IAM grants are both derived from these, so a grant cannot drift from
// the key a stage writes.
const (
	PrefixStaged    = document.PrefixStaged
	PrefixWithheld  = document.PrefixWithheld
	PrefixRejected  = document.PrefixRejected
	PrefixReview    = document.PrefixReview
	PrefixReports   = document.PrefixReports
	PrefixAudit     = document.PrefixAudit
	PrefixDocuments = document.PrefixDocuments
	// Citizens' leak reports (leaks/), their notice markers (leaks-sent/),
	// the texts masked after publication (masks/) and the public documents
	// as first published (published/).
	PrefixLeaks     = document.PrefixLeaks
	PrefixLeaksSent = document.PrefixLeaksSent
	PrefixMasks     = document.PrefixMasks
	PrefixPublished = document.PrefixPublished
	// The release statistics' roll-up (stats/), kept by the monitor and
	// read by the api.
	PrefixStats = document.PrefixStats
	// Citizens' feedback (feedback/: votes, ratings, surveys, written and
	// counted by the api) and subscriptions (subscriptions/: written by
	// the api, their confirmations and digests sent by notify).
	PrefixFeedback      = document.PrefixFeedback
	PrefixSubscriptions = document.PrefixSubscriptions
	// The lines each department repeats (boilerplate/: one object an
	// organization), learnt nightly by the monitor and read by the
	// functions that index.
	PrefixBoilerplate = document.PrefixBoilerplate
	// PrefixCloudFrontLogs is where CloudFront writes its standard logs in
	// the log bucket; the monitor counts them into the usage figures.
	PrefixCloudFrontLogs = "cloudfront/"
)

// AccessLogDays is how long raw access logs are kept (CloudFront's in
// the log bucket, API Gateway's access log group): they carry citizens'
// addresses, the usage figures do not.
const AccessLogDays = 30

func (p *Plaza) storage() {
	s := p.Stack
	p.Key = awskms.NewKey(s, jsii.String("DataKey"), &awskms.KeyProps{
		Description:       jsii.String("Plaza " + p.cfg.Stage + ": inbox, work and public buckets"),
		EnableKeyRotation: jsii.Bool(true),
		RemovalPolicy:     p.removal(),
		PendingWindow:     awscdk.Duration_Days(jsii.Number(7)),
	})
	// CloudWatch alarms publish to the KMS-encrypted alarm topic.
	p.Key.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Sid:        jsii.String("AllowCloudWatchAlarmsToUseTheKey"),
		Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("cloudwatch.amazonaws.com"), nil)},
		Actions:    jsii.Strings("kms:Decrypt", "kms:GenerateDataKey"),
		Resources:  jsii.Strings("*"),
		Conditions: &map[string]interface{}{
			"StringEquals": map[string]interface{}{"aws:SourceAccount": awscdk.Aws_ACCOUNT_ID()},
		},
	}), nil)

	logDays := float64(90)
	if p.cfg.Retain {
		logDays = 365
	}
	// The log bucket receives S3 server access logs and CloudFront standard
	// logs; CloudFront writes with ACLs, hence BUCKET_OWNER_PREFERRED, and
	// neither log service can write with a customer-managed key.
	p.Log = awss3.NewBucket(s, jsii.String("LogBucket"), &awss3.BucketProps{
		Encryption:        awss3.BucketEncryption_S3_MANAGED,
		BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL(),
		EnforceSSL:        jsii.Bool(true),
		ObjectOwnership:   awss3.ObjectOwnership_BUCKET_OWNER_PREFERRED,
		RemovalPolicy:     p.removal(),
		LifecycleRules: &[]*awss3.LifecycleRule{{
			Id:                                  jsii.String("expire-logs"),
			Expiration:                          awscdk.Duration_Days(jsii.Number(logDays)),
			AbortIncompleteMultipartUploadAfter: awscdk.Duration_Days(jsii.Number(1)),
		}, {
			// CloudFront's logs name every citizen's address: they are
			// kept only until the daily count has read them (the usage
			// figures, which name no one, stay).
			Id:         jsii.String("expire-access-logs"),
			Prefix:     jsii.String(PrefixCloudFrontLogs),
			Expiration: awscdk.Duration_Days(jsii.Number(AccessLogDays)),
		}},
	})
	// API Gateway's access log (the stage's access logging, api) is made
	// here, before the functions: the monitor reads it.
	p.apiAccessLogs = awslogs.NewLogGroup(s, jsii.String("ApiAccessLogs"), &awslogs.LogGroupProps{
		Retention:     retention(min(p.cfg.LogRetentionDays, AccessLogDays)),
		RemovalPolicy: p.removal(),
	})

	abort := &awss3.LifecycleRule{Id: jsii.String("abort-multipart"), AbortIncompleteMultipartUploadAfter: awscdk.Duration_Days(jsii.Number(1))}
	noncurrent := &awss3.LifecycleRule{Id: jsii.String("expire-noncurrent"), NoncurrentVersionExpiration: awscdk.Duration_Days(jsii.Number(30)), ExpiredObjectDeleteMarker: jsii.Bool(true)}

	// Originals stay in the inbox for audit; after a month they are rarely
	// read, so they move to Intelligent-Tiering.
	p.Inbox = p.dataBucket("InboxBucket", true, abort, noncurrent, &awss3.LifecycleRule{
		Id: jsii.String("tier-originals"),
		Transitions: &[]*awss3.Transition{{
			StorageClass:    awss3.StorageClass_INTELLIGENT_TIERING(),
			TransitionAfter: awscdk.Duration_Days(jsii.Number(30)),
		}},
	})
	// Rejection notices are kept for a year, for the systems that sent them.
	p.Work = p.dataBucket("WorkBucket", true, abort, noncurrent, &awss3.LifecycleRule{
		Id:         jsii.String("expire-rejected"),
		Prefix:     jsii.String(PrefixRejected),
		Expiration: awscdk.Duration_Days(jsii.Number(365)),
	})
	p.Public = p.dataBucket("PublicBucket", false, abort)

	p.Site = awss3.NewBucket(s, jsii.String("SiteBucket"), &awss3.BucketProps{
		Encryption:             awss3.BucketEncryption_S3_MANAGED,
		BlockPublicAccess:      awss3.BlockPublicAccess_BLOCK_ALL(),
		EnforceSSL:             jsii.Bool(true),
		ObjectOwnership:        awss3.ObjectOwnership_BUCKET_OWNER_ENFORCED,
		RemovalPolicy:          p.removal(),
		ServerAccessLogsBucket: p.Log,
		ServerAccessLogsPrefix: jsii.String("s3/site/"),
		LifecycleRules:         &[]*awss3.LifecycleRule{abort},
	})
}

// dataBucket is a KMS-encrypted, private bucket that sends its object
// events to EventBridge.
func (p *Plaza) dataBucket(id string, versioned bool, rules ...*awss3.LifecycleRule) awss3.Bucket {
	b := awss3.NewBucket(p.Stack, jsii.String(id), &awss3.BucketProps{
		Encryption:             awss3.BucketEncryption_KMS,
		EncryptionKey:          p.Key,
		BucketKeyEnabled:       jsii.Bool(true),
		BlockPublicAccess:      awss3.BlockPublicAccess_BLOCK_ALL(),
		EnforceSSL:             jsii.Bool(true),
		MinimumTLSVersion:      jsii.Number(1.2),
		ObjectOwnership:        awss3.ObjectOwnership_BUCKET_OWNER_ENFORCED,
		Versioned:              jsii.Bool(versioned),
		RemovalPolicy:          p.removal(),
		ServerAccessLogsBucket: p.Log,
		ServerAccessLogsPrefix: jsii.String("s3/" + id + "/"),
		LifecycleRules:         &rules,
	})
	// EventBridge delivery is set on the bucket itself rather than through
	// EventBridgeEnabled, which would add a custom-resource Lambda to write
	// the notification configuration.
	b.Node().DefaultChild().(awss3.CfnBucket).AddPropertyOverride(
		jsii.String("NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled"), true)
	return b
}
