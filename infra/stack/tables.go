package stack

import (
	"fmt"

	"github.com/aws/aws-cdk-go/awscdk/v2/awsdynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/jsii-runtime-go"

	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
	ledgerddb "github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
)

// InquiryEventPrefix is the sort-key prefix of inquiry events, the only
// items whose insertion notify is triggered by (see inquiry/dynamodb).
const InquiryEventPrefix = "EVT#"

// tables declares the ledger and inquiries tables from the adapters' own
// Schema, so the keys, indexes and stream the code uses are the ones
// deployed.
func (p *Plaza) tables() {
	// The ledger's change feed items expire through TTL.
	p.Ledger = p.table("LedgerTable", ledgerddb.Schema("ledger"), ledgerddb.AttrExpires)
	// Claims and rate-limit counters expire through TTL.
	p.Inquiries = p.table("InquiryTable", inquiryddb.Schema("inquiries"), inquiryddb.AttrExpiresAt)
}

func (p *Plaza) table(id string, schema *dynamodb.CreateTableInput, ttl string) awsdynamodb.Table {
	types := map[string]awsdynamodb.AttributeType{}
	for _, a := range schema.AttributeDefinitions {
		types[*a.AttributeName] = attrType(a.AttributeType)
	}
	attr := func(n *string) *awsdynamodb.Attribute {
		return &awsdynamodb.Attribute{Name: n, Type: types[*n]}
	}
	props := &awsdynamodb.TableProps{
		BillingMode:                      awsdynamodb.BillingMode_PAY_PER_REQUEST,
		Encryption:                       awsdynamodb.TableEncryption_AWS_MANAGED,
		PointInTimeRecoverySpecification: &awsdynamodb.PointInTimeRecoverySpecification{PointInTimeRecoveryEnabled: jsii.Bool(true)},
		DeletionProtection:               jsii.Bool(p.cfg.Retain),
		RemovalPolicy:                    p.removal(),
	}
	for _, k := range schema.KeySchema {
		if k.KeyType == "HASH" {
			props.PartitionKey = attr(k.AttributeName)
		} else {
			props.SortKey = attr(k.AttributeName)
		}
	}
	if s := schema.StreamSpecification; s != nil && s.StreamEnabled != nil && *s.StreamEnabled {
		props.Stream = streamView(s.StreamViewType)
	}
	if ttl != "" {
		props.TimeToLiveAttribute = jsii.String(ttl)
	}
	t := awsdynamodb.NewTable(p.Stack, jsii.String(id), props)
	for _, g := range schema.GlobalSecondaryIndexes {
		gp := &awsdynamodb.GlobalSecondaryIndexProps{IndexName: g.IndexName, ProjectionType: awsdynamodb.ProjectionType_ALL}
		for _, k := range g.KeySchema {
			if k.KeyType == "HASH" {
				gp.PartitionKey = attr(k.AttributeName)
			} else {
				gp.SortKey = attr(k.AttributeName)
			}
		}
		if g.Projection != nil && g.Projection.ProjectionType != "ALL" {
			panic(fmt.Sprintf("stack: index %s projects %s; only ALL is mapped", *g.IndexName, g.Projection.ProjectionType))
		}
		t.AddGlobalSecondaryIndex(gp)
	}
	return t
}

// indexNames lists a table's index names from its schema.
func indexNames(schema *dynamodb.CreateTableInput) []string {
	var out []string
	for _, g := range schema.GlobalSecondaryIndexes {
		out = append(out, *g.IndexName)
	}
	return out
}

func attrType(t types.ScalarAttributeType) awsdynamodb.AttributeType {
	switch t {
	case types.ScalarAttributeTypeN:
		return awsdynamodb.AttributeType_NUMBER
	case types.ScalarAttributeTypeB:
		return awsdynamodb.AttributeType_BINARY
	}
	return awsdynamodb.AttributeType_STRING
}

func streamView(v types.StreamViewType) awsdynamodb.StreamViewType {
	switch v {
	case types.StreamViewTypeNewImage:
		return awsdynamodb.StreamViewType_NEW_IMAGE
	case types.StreamViewTypeOldImage:
		return awsdynamodb.StreamViewType_OLD_IMAGE
	case types.StreamViewTypeKeysOnly:
		return awsdynamodb.StreamViewType_KEYS_ONLY
	}
	return awsdynamodb.StreamViewType_NEW_AND_OLD_IMAGES
}
