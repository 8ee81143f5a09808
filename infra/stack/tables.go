package stack

import (
	"github.com/aws/aws-cdk-go/awscdk/v2/awsdynamodb"
	"github.com/aws/jsii-runtime-go"
)

// Key schema of the ledger table. These must equal the names in
// shared/ledger/dynamodb (its Schema), which the stack test checks.
const (
	AttrPK       = "pk"
	AttrSK       = "sk"
	AttrGSI1PK   = "gsi1pk"
	AttrGSI1SK   = "gsi1sk"
	AttrGSI2PK   = "gsi2pk"
	AttrGSI2SK   = "gsi2sk"
	IndexByState = "by-state"
	IndexByOrg   = "by-org"
	// AttrExpires is the inquiries' time-to-live attribute (epoch
	// seconds): questions and contact details are deleted when kept long
	// enough.
	AttrExpires = "expires_at"
)

func (p *Plaza) tables() {
	p.Ledger = p.table("LedgerTable", false)
	p.Inquiries = p.table("InquiryTable", true)
}

// table is an on-demand table with the single-table key schema and two
// indexes: by state (for listing work queues) and by organization.
func (p *Plaza) table(id string, inquiries bool) awsdynamodb.Table {
	str := func(n string) *awsdynamodb.Attribute {
		return &awsdynamodb.Attribute{Name: jsii.String(n), Type: awsdynamodb.AttributeType_STRING}
	}
	props := &awsdynamodb.TableProps{
		PartitionKey:                     str(AttrPK),
		SortKey:                          str(AttrSK),
		BillingMode:                      awsdynamodb.BillingMode_PAY_PER_REQUEST,
		Encryption:                       awsdynamodb.TableEncryption_AWS_MANAGED,
		PointInTimeRecoverySpecification: &awsdynamodb.PointInTimeRecoverySpecification{PointInTimeRecoveryEnabled: jsii.Bool(true)},
		DeletionProtection:               jsii.Bool(p.cfg.Retain),
		RemovalPolicy:                    p.removal(),
	}
	if inquiries {
		// notify reacts to new and changed inquiries through the stream.
		props.Stream = awsdynamodb.StreamViewType_NEW_AND_OLD_IMAGES
		props.TimeToLiveAttribute = jsii.String(AttrExpires)
	}
	t := awsdynamodb.NewTable(p.Stack, jsii.String(id), props)
	t.AddGlobalSecondaryIndex(&awsdynamodb.GlobalSecondaryIndexProps{
		IndexName: jsii.String(IndexByState), PartitionKey: str(AttrGSI1PK), SortKey: str(AttrGSI1SK),
		ProjectionType: awsdynamodb.ProjectionType_ALL,
	})
	t.AddGlobalSecondaryIndex(&awsdynamodb.GlobalSecondaryIndexProps{
		IndexName: jsii.String(IndexByOrg), PartitionKey: str(AttrGSI2PK), SortKey: str(AttrGSI2SK),
		ProjectionType: awsdynamodb.ProjectionType_ALL,
	})
	return t
}
