package stack

import (
	"github.com/aws/aws-cdk-go/awscdk/v2/awsses"
	"github.com/aws/jsii-runtime-go"
)

// notifications declares the SES side of citizen notifications. SMS go
// out through SNS Publish to a phone number; its sender id and message type
// (Transactional) travel with each message, as the account-wide SMS
// defaults have no CloudFormation resource.
func (p *Plaza) notifications() {
	p.mailConfig = awsses.NewConfigurationSet(p.Stack, jsii.String("MailConfig"), &awsses.ConfigurationSetProps{
		ReputationMetrics:  jsii.Bool(true),
		SendingEnabled:     jsii.Bool(true),
		TlsPolicy:          awsses.ConfigurationSetTlsPolicy_REQUIRE,
		SuppressionReasons: awsses.SuppressionReasons_BOUNCES_AND_COMPLAINTS,
	})
	// The domain identity publishes DKIM records as outputs of the
	// identity; until they are in DNS (and the account is out of the SES
	// sandbox) mail reaches verified recipients only.
	p.mailIdentity = awsses.NewEmailIdentity(p.Stack, jsii.String("MailIdentity"), &awsses.EmailIdentityProps{
		Identity:         awsses.Identity_Domain(jsii.String(p.cfg.MailDomain())),
		ConfigurationSet: p.mailConfig,
	})
}
