package stack

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awswafv2"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
)

// EdgeRegion is where CloudFront's web ACLs must live.
const EdgeRegion = "us-east-1"

// WAF rate limits, per client address over five minutes.
const (
	wafRateLimit    = 2000 // every request
	wafInquiryLimit = 100  // POST /api/inquiries
)

// ManagedRuleGroups are the AWS managed rule groups of the web ACL, in
// priority order: common exploits (OWASP top 10), known bad inputs (such
// as Log4j probes), and addresses with a bad reputation.
func ManagedRuleGroups() []string {
	return []string{"AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesAmazonIpReputationList"}
}

// CheckPath is the staff pre-release check's route, whose body (a draft
// and its files, up to 4 MiB) may exceed the common rule set's 8 KB.
const CheckPath = "/api/staff/check"

// bodySizeLabel is the label the common rule set's body-size rule adds.
const bodySizeLabel = "awswaf:managed:aws:core-rule-set:SizeRestrictions_Body"

// NewEdgeStack creates the stack, in us-east-1, that holds the web ACL of
// the main stack's CloudFront distribution (a CloudFront-scope web ACL can
// be made nowhere else), and returns the ACL's ARN for Props.WebACLArn.
// The two stacks must both have a region; CDK carries the ARN across
// regions (crossRegionReferences).
func NewEdgeStack(scope constructs.Construct, cfg Config, props awscdk.StackProps) (awscdk.Stack, *string) {
	props.CrossRegionReferences = jsii.Bool(true)
	if props.Env == nil {
		props.Env = &awscdk.Environment{}
	}
	props.Env.Region = jsii.String(EdgeRegion)
	props.Description = jsii.String("Plaza (" + cfg.Stage + "): the WAF web ACL in front of CloudFront")
	s := awscdk.NewStack(scope, jsii.String(cfg.StackName()+"-edge"), &props)
	awscdk.Tags_Of(s).Add(jsii.String("project"), jsii.String("plaza"), nil)
	awscdk.Tags_Of(s).Add(jsii.String("stage"), jsii.String(cfg.Stage), nil)

	metric := func(name string) *awswafv2.CfnWebACL_VisibilityConfigProperty {
		return &awswafv2.CfnWebACL_VisibilityConfigProperty{
			CloudWatchMetricsEnabled: jsii.Bool(true),
			MetricName:               jsii.String(name),
			SampledRequestsEnabled:   jsii.Bool(true),
		}
	}
	var rules []interface{}
	for i, g := range ManagedRuleGroups() {
		group := &awswafv2.CfnWebACL_ManagedRuleGroupStatementProperty{VendorName: jsii.String("AWS"), Name: jsii.String(g)}
		if g == "AWSManagedRulesCommonRuleSet" {
			// Its 8 KB body limit only labels the request here: the rule
			// after the groups blocks on the label, except for the staff
			// pre-release check, whose drafts and files are larger.
			group.RuleActionOverrides = []interface{}{&awswafv2.CfnWebACL_RuleActionOverrideProperty{
				Name: jsii.String("SizeRestrictions_BODY"), ActionToUse: &awswafv2.CfnWebACL_RuleActionProperty{Count: map[string]interface{}{}},
			}}
		}
		rules = append(rules, &awswafv2.CfnWebACL_RuleProperty{
			Name:             jsii.String(g),
			Priority:         jsii.Number(float64(i)),
			OverrideAction:   &awswafv2.CfnWebACL_OverrideActionProperty{None: map[string]interface{}{}},
			Statement:        &awswafv2.CfnWebACL_StatementProperty{ManagedRuleGroupStatement: group},
			VisibilityConfig: metric(g),
		})
	}
	n := float64(len(rules))
	rules = append(rules,
		&awswafv2.CfnWebACL_RuleProperty{
			Name:     jsii.String("BodySizeExceptCheck"),
			Priority: jsii.Number(n),
			Action:   &awswafv2.CfnWebACL_RuleActionProperty{Block: map[string]interface{}{}},
			Statement: &awswafv2.CfnWebACL_StatementProperty{AndStatement: &awswafv2.CfnWebACL_AndStatementProperty{
				Statements: []interface{}{
					&awswafv2.CfnWebACL_StatementProperty{LabelMatchStatement: &awswafv2.CfnWebACL_LabelMatchStatementProperty{
						Scope: jsii.String("LABEL"), Key: jsii.String(bodySizeLabel),
					}},
					&awswafv2.CfnWebACL_StatementProperty{NotStatement: &awswafv2.CfnWebACL_NotStatementProperty{
						Statement: &awswafv2.CfnWebACL_StatementProperty{ByteMatchStatement: &awswafv2.CfnWebACL_ByteMatchStatementProperty{
							FieldToMatch:         &awswafv2.CfnWebACL_FieldToMatchProperty{UriPath: map[string]interface{}{}},
							PositionalConstraint: jsii.String("EXACTLY"), SearchString: jsii.String(CheckPath),
							TextTransformations: []interface{}{&awswafv2.CfnWebACL_TextTransformationProperty{Priority: jsii.Number(0), Type: jsii.String("NONE")}},
						}},
					}},
				},
			}},
			VisibilityConfig: metric("BodySizeExceptCheck"),
		},
	)
	n++
	rules = append(rules,
		&awswafv2.CfnWebACL_RuleProperty{
			Name:     jsii.String("RatePerAddress"),
			Priority: jsii.Number(n),
			Action:   &awswafv2.CfnWebACL_RuleActionProperty{Block: map[string]interface{}{}},
			Statement: &awswafv2.CfnWebACL_StatementProperty{
				RateBasedStatement: &awswafv2.CfnWebACL_RateBasedStatementProperty{Limit: jsii.Number(wafRateLimit), AggregateKeyType: jsii.String("IP")},
			},
			VisibilityConfig: metric("RatePerAddress"),
		},
		&awswafv2.CfnWebACL_RuleProperty{
			Name:     jsii.String("InquiryRatePerAddress"),
			Priority: jsii.Number(n + 1),
			Action:   &awswafv2.CfnWebACL_RuleActionProperty{Block: map[string]interface{}{}},
			Statement: &awswafv2.CfnWebACL_StatementProperty{
				RateBasedStatement: &awswafv2.CfnWebACL_RateBasedStatementProperty{
					Limit: jsii.Number(wafInquiryLimit), AggregateKeyType: jsii.String("IP"),
					ScopeDownStatement: &awswafv2.CfnWebACL_StatementProperty{AndStatement: &awswafv2.CfnWebACL_AndStatementProperty{
						Statements: []interface{}{
							&awswafv2.CfnWebACL_StatementProperty{ByteMatchStatement: &awswafv2.CfnWebACL_ByteMatchStatementProperty{
								FieldToMatch:         &awswafv2.CfnWebACL_FieldToMatchProperty{UriPath: map[string]interface{}{}},
								PositionalConstraint: jsii.String("STARTS_WITH"), SearchString: jsii.String("/api/inquiries"),
								TextTransformations: []interface{}{&awswafv2.CfnWebACL_TextTransformationProperty{Priority: jsii.Number(0), Type: jsii.String("NONE")}},
							}},
							&awswafv2.CfnWebACL_StatementProperty{ByteMatchStatement: &awswafv2.CfnWebACL_ByteMatchStatementProperty{
								FieldToMatch:         &awswafv2.CfnWebACL_FieldToMatchProperty{Method: map[string]interface{}{}},
								PositionalConstraint: jsii.String("EXACTLY"), SearchString: jsii.String("POST"),
								TextTransformations: []interface{}{&awswafv2.CfnWebACL_TextTransformationProperty{Priority: jsii.Number(0), Type: jsii.String("NONE")}},
							}},
						},
					}},
				},
			},
			VisibilityConfig: metric("InquiryRatePerAddress"),
		},
	)
	acl := awswafv2.NewCfnWebACL(s, jsii.String("WebAcl"), &awswafv2.CfnWebACLProps{
		Scope:            jsii.String("CLOUDFRONT"),
		DefaultAction:    &awswafv2.CfnWebACL_DefaultActionProperty{Allow: map[string]interface{}{}},
		Description:      jsii.String("Plaza " + cfg.Stage + ": AWS managed rule groups and per-address rate limits"),
		VisibilityConfig: metric(PhysicalName(cfg.StackName(), 128) + "-waf"),
		Rules:            rules,
	})
	return s, acl.AttrArn()
}
