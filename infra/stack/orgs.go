package stack

import (
	"regexp"
	"slices"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscognito"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/jsii-runtime-go"

	"github.com/seoul-plaza/plaza/shared/sender"
)

// The staff pool's contract with the API (shared/auth/gateway): each
// staff member's organization and department are custom attributes, in
// the ID token as custom:organization and custom:department, and groups
// say who administers what.
const (
	// AttrOrganization is the staff member's organization code
	// (claim custom:organization).
	AttrOrganization = "organization"
	// AttrDepartment is the staff member's department id within the
	// organization (claim custom:department).
	AttrDepartment = "department"
	// GroupCityAdmin administers every organization (city-wide).
	GroupCityAdmin = "plaza-city-admin"
	// GroupAdmin administers the member's own organization
	// (custom:organization).
	GroupAdmin = "plaza-admin"
	// GroupOrgPrefix + code is one group per organization, listing its
	// staff (ListUsersInGroup) for its administrators; membership grants
	// nothing: the API reads custom:organization.
	GroupOrgPrefix = "plaza-org-"
)

// orgSenders returns, per organization code, the inbox prefixes its
// systems send from, as the functions bind them (Config.Binding): a
// system that names no organization sends for the default one.
func (c Config) orgSenders() map[string][]string {
	out := map[string][]string{}
	for _, sys := range c.Binding().Systems {
		code := sys.Organization
		if code == "" {
			code = c.OrgCode
		}
		if !slices.Contains(out[code], sys.Prefix) {
			out[code] = append(out[code], sys.Prefix)
		}
	}
	return out
}

// SenderRoleID is the construct id of an organization's sender role.
func SenderRoleID(code string) string { return "Sender" + idPart(code) }

// SenderRoleOutput is the output key of the ARN of an organization's
// sender role.
func SenderRoleOutput(code string) string { return SenderRoleID(code) + "RoleArn" }

var notAlnum = regexp.MustCompile(`[^A-Za-z0-9]+`)

// idPart makes a code or prefix usable in construct ids and statement ids
// (letters and digits only).
func idPart(s string) string {
	if s == sender.Any {
		return "Any"
	}
	return notAlnum.ReplaceAllString(s, "")
}

// organizations adds what each organization needs on AWS, from the
// organizations' files (or plaza:orgsDir): onboarding one is a new file
// and a deployment.
//
//   - A sender role per organization, which its systems assume to write
//     the inbox: s3:PutObject under its own prefixes only (and the bucket
//     key, through S3 only). "*" (every prefix no organization lists) is
//     the whole inbox, less what the bucket policy reserves.
//   - One bucket-policy statement per listed prefix: only that
//     organization's role may write under it. This holds whatever an
//     identity policy elsewhere in the account grants, so a prefix cannot
//     be written for another organization.
//   - A staff group per organization (GroupOrgPrefix + code).
func (p *Plaza) organizations() {
	bindings := p.cfg.orgSenders()
	for _, o := range p.cfg.Organizations().All() {
		prefixes := bindings[o.Code]
		if len(prefixes) > 0 {
			p.senderRole(o.Code, prefixes)
		}
		awscognito.NewCfnUserPoolGroup(p.Stack, jsii.String("StaffGroup"+idPart(o.Code)), &awscognito.CfnUserPoolGroupProps{
			UserPoolId:  p.UserPool.UserPoolId(),
			GroupName:   jsii.String(GroupOrgPrefix + o.Code),
			Description: jsii.String("Staff of organization " + o.Code + " (listing only: custom:organization, not this group, scopes the API)"),
			Precedence:  jsii.Number(10),
		})
	}
}

// senderRole creates the role an organization's systems write the inbox
// with, and reserves its listed prefixes to it in the bucket policy.
func (p *Plaza) senderRole(code string, prefixes []string) {
	role := awsiam.NewRole(p.Stack, jsii.String(SenderRoleID(code)), &awsiam.RoleProps{
		// The account's own principals, as its administrators allow them
		// sts:AssumeRole: a sending system in another account is trusted
		// by changing this, per organization, not by widening the bucket.
		AssumedBy: awsiam.NewAccountRootPrincipal(),
		// (IAM descriptions take Latin-1 only: the code, not the Korean name)
		Description:        jsii.String("Plaza " + p.cfg.Stage + ": the sending systems of organization " + code + " write its inbox prefixes"),
		MaxSessionDuration: awscdk.Duration_Hours(jsii.Number(1)),
	})
	objects := make([]*string, len(prefixes))
	for i, pre := range prefixes {
		if pre == sender.Any {
			objects[i] = p.Inbox.ArnForObjects(jsii.String("*"))
			continue
		}
		objects[i] = p.Inbox.ArnForObjects(jsii.String(pre + "/*"))
	}
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("s3:PutObject"),
		Resources: &objects,
	}))
	// The inbox is encrypted with the data key: writing (multipart too)
	// needs it, and only as S3 uses it on the role's behalf.
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("kms:GenerateDataKey", "kms:Decrypt"),
		Resources: &[]*string{p.Key.KeyArn()},
		Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{
			"kms:ViaService": awscdk.Fn_Sub(jsii.String("s3.${AWS::Region}.amazonaws.com"), nil),
		}},
	}))
	for _, pre := range prefixes {
		if pre == sender.Any {
			continue // the rest of the inbox: nothing to reserve
		}
		p.Inbox.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Sid:        jsii.String("OnlyOrg" + idPart(code) + "Writes" + idPart(pre)),
			Effect:     awsiam.Effect_DENY,
			Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()},
			Actions:    jsii.Strings("s3:PutObject"),
			Resources:  &[]*string{p.Inbox.ArnForObjects(jsii.String(pre + "/*"))},
			Conditions: &map[string]interface{}{"ArnNotEquals": map[string]interface{}{
				"aws:PrincipalArn": role.RoleArn(),
			}},
		}))
	}
	suppress(role, "IAM5", "A sending system writes objects under its organization's inbox prefixes (shared/org senders); the wildcard is the document folder and file under the prefix, or the whole inbox for the organization that takes every unlisted prefix, less what the bucket policy reserves to others.",
		`/^Resource::<InboxBucket[0-9A-F]{8}\.Arn>\/.*\*$/`)
	awscdk.NewCfnOutput(p.Stack, jsii.String(SenderRoleOutput(code)), &awscdk.CfnOutputProps{
		Value:       role.RoleArn(),
		Description: jsii.String("The role the sending systems of " + code + " assume to write inbox/<prefix>/<id>/…"),
	})
}
