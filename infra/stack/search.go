package stack

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsec2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsopensearchservice"
	"github.com/aws/jsii-runtime-go"

	"github.com/seoul-plaza/plaza/shared/search/opensearch"
)

// SearchAlias is the index alias the index and api functions use; the
// setup function points it at the first physical index at deployment.
const SearchAlias = "plaza-documents"

func (p *Plaza) search() {
	s := p.Stack
	c := p.cfg
	for _, kind := range []string{"App", "SlowSearch", "SlowIndex", "Audit"} {
		p.searchLogs[kind] = p.logGroup("Search" + kind + "Logs")
	}
	// The domain's log publishing needs a logs resource policy. Writing it
	// here (rather than letting the Domain construct add one) avoids the
	// custom-resource Lambda the construct would deploy for it.
	policy := awslogs.NewCfnResourcePolicy(s, jsii.String("SearchLogsPolicy"), &awslogs.CfnResourcePolicyProps{
		PolicyName: jsii.String(PhysicalName(*s.StackName(), 200) + "-opensearch-logs"),
		PolicyDocument: s.ToJsonString(map[string]interface{}{
			"Version": "2012-10-17",
			"Statement": []interface{}{map[string]interface{}{
				"Effect":    "Allow",
				"Principal": map[string]interface{}{"Service": "es.amazonaws.com"},
				"Action":    []string{"logs:PutLogEvents", "logs:CreateLogStream"},
				"Resource": []interface{}{p.searchLogs["App"].LogGroupArn(), p.searchLogs["SlowSearch"].LogGroupArn(),
					p.searchLogs["SlowIndex"].LogGroupArn(), p.searchLogs["Audit"].LogGroupArn()},
				"Condition": map[string]interface{}{"StringEquals": map[string]interface{}{"aws:SourceAccount": awscdk.Aws_ACCOUNT_ID()}},
			}},
		}, nil),
	})

	capacity := &awsopensearchservice.CapacityConfig{
		DataNodes:                 jsii.Number(float64(c.SearchDataNodes)),
		DataNodeInstanceType:      jsii.String(c.SearchInstanceType),
		MultiAzWithStandbyEnabled: jsii.Bool(c.SearchZones == 3 && c.SearchMasterNodes > 0),
	}
	if c.SearchMasterNodes > 0 {
		capacity.MasterNodes = jsii.Number(float64(c.SearchMasterNodes))
		capacity.MasterNodeInstanceType = jsii.String(c.SearchMasterType)
	}
	zones := &awsopensearchservice.ZoneAwarenessConfig{Enabled: jsii.Bool(false)}
	if c.SearchZones > 1 {
		zones = &awsopensearchservice.ZoneAwarenessConfig{Enabled: jsii.Bool(true), AvailabilityZoneCount: jsii.Number(float64(c.SearchZones))}
	}
	p.Domain = awsopensearchservice.NewDomain(s, jsii.String("Search"), &awsopensearchservice.DomainProps{
		// A name derived from the stack's (unique in the account and
		// region) lets the access policy name the domain's ARN without
		// referring to the domain itself, and a second stack its own.
		DomainName:           jsii.String(p.domainName()),
		Version:              awsopensearchservice.EngineVersion_OPENSEARCH_2_19(),
		Capacity:             capacity,
		ZoneAwareness:        zones,
		Ebs:                  &awsopensearchservice.EbsOptions{Enabled: jsii.Bool(true), VolumeSize: jsii.Number(float64(c.SearchVolumeGiB)), VolumeType: awsec2.EbsDeviceVolumeType_GP3},
		EncryptionAtRest:     &awsopensearchservice.EncryptionAtRestOptions{Enabled: jsii.Bool(true), KmsKey: p.Key},
		NodeToNodeEncryption: jsii.Bool(true),
		EnforceHttps:         jsii.Bool(true),
		TlsSecurityPolicy:    awsopensearchservice.TLSSecurityPolicy_TLS_1_2,
		EnableVersionUpgrade: jsii.Bool(true),
		// Snapshots at 03:00 KST (18:00 UTC).
		AutomatedSnapshotStartHour: jsii.Number(18),
		Logging: &awsopensearchservice.LoggingOptions{
			AppLogEnabled: jsii.Bool(true), AppLogGroup: p.searchLogs["App"],
			SlowSearchLogEnabled: jsii.Bool(true), SlowSearchLogGroup: p.searchLogs["SlowSearch"],
			SlowIndexLogEnabled: jsii.Bool(true), SlowIndexLogGroup: p.searchLogs["SlowIndex"],
		},
		SuppressLogsResourcePolicy: jsii.Bool(true),
		RemovalPolicy:              p.removal(),
	})
	p.Domain.Node().AddDependency(policy)
}

// searchSetup turns on fine-grained access control with the setup
// function's role as master user, publishes the audit log, and adds the
// custom resource that runs the setup function at every deployment: it
// maps the index and monitor roles to the writer role and the api role to
// the reader role, turns the audit log on and installs the index template
// and alias (stages.Setup).
func (p *Plaza) searchSetup() {
	d := p.Domain.Node().DefaultChild().(awsopensearchservice.CfnDomain)
	setup := p.Functions[Setup]
	d.SetAdvancedSecurityOptions(&awsopensearchservice.CfnDomain_AdvancedSecurityOptionsInputProperty{
		Enabled:                     jsii.Bool(true),
		InternalUserDatabaseEnabled: jsii.Bool(false),
		MasterUserOptions:           &awsopensearchservice.CfnDomain_MasterUserOptionsProperty{MasterUserArn: setup.Role().RoleArn()},
	})
	d.AddPropertyOverride(jsii.String("LogPublishingOptions.AUDIT_LOGS"), map[string]interface{}{
		"CloudWatchLogsLogGroupArn": p.searchLogs["Audit"].LogGroupArn(),
		"Enabled":                   true,
	})
	roles := func(fns ...string) []*string {
		out := make([]*string, len(fns))
		for i, fn := range fns {
			out[i] = p.Functions[fn].Role().RoleArn()
		}
		return out
	}
	cr := awscdk.NewCustomResource(p.Stack, jsii.String("SearchSetup"), &awscdk.CustomResourceProps{
		ServiceToken: setup.FunctionArn(),
		ResourceType: jsii.String("Custom::PlazaSearchSetup"),
		Properties: &map[string]interface{}{
			opensearch.SetupWriters: roles(Index, Monitor),
			opensearch.SetupReaders: roles(API, Notify),
			opensearch.SetupAudit:   "true",
			opensearch.SetupDigest:  p.searchDigest(),
		},
		RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
	})
	// The setup needs its grants and the domain before it runs.
	cr.Node().AddDependency(setup.Role(), p.Domain)
}

// searchDigest changes when anything the setup installs does: the index
// template (with the stage's replicas), the roles or the audit
// configuration. A new digest makes CloudFormation update the resource,
// which runs the setup again.
func (p *Plaza) searchDigest() string {
	replicas := p.cfg.SearchReplicas
	x, err := opensearch.New(context.Background(), opensearch.Config{Endpoint: "http://digest.invalid", Alias: SearchAlias, Replicas: &replicas})
	if err != nil {
		panic(err) // a constant configuration
	}
	h := sha256.New()
	h.Write(x.Template())
	roles, _ := json.Marshal(x.Roles())
	audit, _ := json.Marshal(opensearch.AuditConfig())
	h.Write(roles)
	h.Write(audit)
	h.Write([]byte(strconv.Itoa(replicas)))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// domainName is derived from the stack's name: at most 28 characters, as
// OpenSearch Service allows.
func (p *Plaza) domainName() string { return PhysicalName(*p.Stack.StackName(), 28) }

// domainArn is the domain's ARN built from its name, for the domain's own
// access policy (a reference to the domain there would be circular).
func (p *Plaza) domainArn() *string {
	return awscdk.Fn_Sub(jsii.String("arn:${AWS::Partition}:es:${AWS::Region}:${AWS::AccountId}:domain/"+p.domainName()), nil)
}

func retention(days int) awslogs.RetentionDays {
	switch {
	case days <= 7:
		return awslogs.RetentionDays_ONE_WEEK
	case days <= 14:
		return awslogs.RetentionDays_TWO_WEEKS
	case days <= 30:
		return awslogs.RetentionDays_ONE_MONTH
	case days <= 90:
		return awslogs.RetentionDays_THREE_MONTHS
	case days <= 180:
		return awslogs.RetentionDays_SIX_MONTHS
	case days <= 365:
		return awslogs.RetentionDays_ONE_YEAR
	}
	return awslogs.RetentionDays_TWO_YEARS
}
