package stack

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsec2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsopensearchservice"
	"github.com/aws/jsii-runtime-go"
)

// SearchAlias is the index alias the index and api functions use; the
// index function points it at the current physical index.
const SearchAlias = "plaza-documents"

func (p *Plaza) search() {
	s := p.Stack
	c := p.cfg
	logs := map[string]awslogs.LogGroup{}
	for _, kind := range []string{"App", "SlowSearch", "SlowIndex"} {
		logs[kind] = awslogs.NewLogGroup(s, jsii.String("Search"+kind+"Logs"), &awslogs.LogGroupProps{
			Retention:     retention(c.LogRetentionDays),
			RemovalPolicy: p.removal(),
		})
	}
	// The domain's log publishing needs a logs resource policy. Writing it
	// here (rather than letting the Domain construct add one) avoids the
	// custom-resource Lambda the construct would deploy for it.
	policy := awslogs.NewCfnResourcePolicy(s, jsii.String("SearchLogsPolicy"), &awslogs.CfnResourcePolicyProps{
		PolicyName: jsii.String("plaza-" + c.Stage + "-opensearch-logs"),
		PolicyDocument: s.ToJsonString(map[string]interface{}{
			"Version": "2012-10-17",
			"Statement": []interface{}{map[string]interface{}{
				"Effect":    "Allow",
				"Principal": map[string]interface{}{"Service": "es.amazonaws.com"},
				"Action":    []string{"logs:PutLogEvents", "logs:CreateLogStream"},
				"Resource":  []interface{}{logs["App"].LogGroupArn(), logs["SlowSearch"].LogGroupArn(), logs["SlowIndex"].LogGroupArn()},
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
		// A fixed name lets the access policy name the domain's ARN without
		// referring to the domain itself.
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
			AppLogEnabled: jsii.Bool(true), AppLogGroup: logs["App"],
			SlowSearchLogEnabled: jsii.Bool(true), SlowSearchLogGroup: logs["SlowSearch"],
			SlowIndexLogEnabled: jsii.Bool(true), SlowIndexLogGroup: logs["SlowIndex"],
		},
		SuppressLogsResourcePolicy: jsii.Bool(true),
		RemovalPolicy:              p.removal(),
	})
	p.Domain.Node().AddDependency(policy)
}

func (p *Plaza) domainName() string { return "plaza-" + p.cfg.Stage }

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
