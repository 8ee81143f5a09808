// Package dynamodb is the ledger.Ledger adapter for Amazon DynamoDB.
//
// One table holds records and holds (single-table design):
//
//	item     pk                 sk              gsi1pk (by-state)  gsi1sk                  gsi2pk (by-org)  gsi2sk
//	record   DOC#<org>#<id>     DOC             <state>            <org>#<department>#<id>  <org>           <department>#<id>
//	hold     HOLD               <org>#<dept>    -                  -                        -               -
//	change   CHG#<day>#<shard>  <time>#<org>#<id>#<rev>  (the change feed, changes.go; expires by TTL)
//
// Both indexes project all attributes; holds carry no index keys, so they
// never appear in them. List queries by-state when the filter names a state
// (narrowed by org and department with begins_with on the sort key), by-org
// when it names an organization only, and scans otherwise.
//
// Get reads strongly consistently, so a read-modify-write starts from the
// latest revision; List reads the indexes, which DynamoDB keeps eventually
// consistent, so a record written a moment ago may be listed in its
// previous state (the monitor, the only heavy lister, runs again anyway).
//
// A record carries its revision in "rev". Put writes with the condition
// attribute_not_exists(pk) for Rev 0 and rev = :expected otherwise, so of
// two writers that read the same revision exactly one wins; the other gets
// ledger.ErrConflict. Organization and department codes must not contain
// '#'.
//
// Schema is the table definition; the CDK stack must declare the same keys
// and indexes.
package dynamodb

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// Attribute and index names of the table.
const (
	AttrPK     = "pk"
	AttrSK     = "sk"
	AttrGSI1PK = "gsi1pk"
	AttrGSI1SK = "gsi1sk"
	AttrGSI2PK = "gsi2pk"
	AttrGSI2SK = "gsi2sk"
	AttrRev    = "rev"

	IndexByState = "by-state"
	IndexByOrg   = "by-org"
)

const (
	docPrefix = "DOC#"
	docSK     = "DOC"
	holdPK    = "HOLD"
	// defaultLimit matches the bolt adapter's page size.
	defaultLimit = 1000
)

// Ledger is a ledger.Ledger over one DynamoDB table.
type Ledger struct {
	client *dynamodb.Client
	table  string
	now    func() time.Time
	settle time.Duration
}

var _ ledger.Ledger = (*Ledger)(nil)

// New returns a Ledger on table.
func New(client *dynamodb.Client, table string) *Ledger {
	return &Ledger{client: client, table: table, now: time.Now, settle: DefaultSettle}
}

// NewFromConfig builds the DynamoDB client from cfg.
func NewFromConfig(cfg aws.Config, table string) *Ledger {
	return New(dynamodb.NewFromConfig(cfg), table)
}

// Schema returns the CreateTable input for a ledger table named table,
// billed on demand, with both indexes.
func Schema(table string) *dynamodb.CreateTableInput {
	s := types.ScalarAttributeTypeS
	return &dynamodb.CreateTableInput{
		TableName:   aws.String(table),
		BillingMode: types.BillingModePayPerRequest,
		AttributeDefinitions: []types.AttributeDefinition{
			{AttributeName: aws.String(AttrPK), AttributeType: s},
			{AttributeName: aws.String(AttrSK), AttributeType: s},
			{AttributeName: aws.String(AttrGSI1PK), AttributeType: s},
			{AttributeName: aws.String(AttrGSI1SK), AttributeType: s},
			{AttributeName: aws.String(AttrGSI2PK), AttributeType: s},
			{AttributeName: aws.String(AttrGSI2SK), AttributeType: s},
		},
		KeySchema: []types.KeySchemaElement{
			{AttributeName: aws.String(AttrPK), KeyType: types.KeyTypeHash},
			{AttributeName: aws.String(AttrSK), KeyType: types.KeyTypeRange},
		},
		GlobalSecondaryIndexes: []types.GlobalSecondaryIndex{
			{
				IndexName: aws.String(IndexByState),
				KeySchema: []types.KeySchemaElement{
					{AttributeName: aws.String(AttrGSI1PK), KeyType: types.KeyTypeHash},
					{AttributeName: aws.String(AttrGSI1SK), KeyType: types.KeyTypeRange},
				},
				Projection: &types.Projection{ProjectionType: types.ProjectionTypeAll},
			},
			{
				IndexName: aws.String(IndexByOrg),
				KeySchema: []types.KeySchemaElement{
					{AttributeName: aws.String(AttrGSI2PK), KeyType: types.KeyTypeHash},
					{AttributeName: aws.String(AttrGSI2SK), KeyType: types.KeyTypeRange},
				},
				Projection: &types.Projection{ProjectionType: types.ProjectionTypeAll},
			},
		},
	}
}

// CreateTable creates the ledger table and waits until it is active. It is
// for tests and local stacks; on AWS the CDK stack owns the table.
func CreateTable(ctx context.Context, client *dynamodb.Client, table string) error {
	if _, err := client.CreateTable(ctx, Schema(table)); err != nil {
		return fmt.Errorf("ledger: create table %s: %w", table, err)
	}
	w := dynamodb.NewTableExistsWaiter(client)
	if err := w.Wait(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(table)}, 2*time.Minute); err != nil {
		return fmt.Errorf("ledger: wait for table %s: %w", table, err)
	}
	return nil
}

func docKey(org, id string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{
		AttrPK: &types.AttributeValueMemberS{Value: docPrefix + org + "#" + id},
		AttrSK: &types.AttributeValueMemberS{Value: docSK},
	}
}

// jsonTags makes attribute names follow the records' JSON names, so the
// table reads like the bolt file and the API.
func jsonTags(o *attributevalue.EncoderOptions) { o.TagKey = "json" }

func jsonTagsDec(o *attributevalue.DecoderOptions) { o.TagKey = "json" }

// Get returns a record.
func (l *Ledger) Get(ctx context.Context, org, id string) (ledger.Record, error) {
	out, err := l.client.GetItem(ctx, &dynamodb.GetItemInput{
		TableName:      &l.table,
		Key:            docKey(org, id),
		ConsistentRead: aws.Bool(true), // read-modify-write needs the latest revision
	})
	if err != nil {
		return ledger.Record{}, fmt.Errorf("ledger: get %s/%s: %w", org, id, err)
	}
	if out.Item == nil {
		return ledger.Record{}, ledger.ErrNotFound
	}
	return decodeRecord(out.Item)
}

func decodeRecord(item map[string]types.AttributeValue) (ledger.Record, error) {
	var rec ledger.Record
	if err := attributevalue.UnmarshalMapWithOptions(item, &rec, jsonTagsDec); err != nil {
		return rec, fmt.Errorf("ledger: decode record: %w", err)
	}
	return rec, nil
}

// Put writes rec if the stored revision is rec.Rev (0: must not exist) and
// returns the new revision. The write and its change-feed item go in one
// transaction; the record as it was (the change's "before") is read first,
// and the transaction's condition on its revision makes that read exact.
func (l *Ledger) Put(ctx context.Context, rec ledger.Record) (int64, error) {
	var prev *ledger.Record
	if rec.Rev != 0 {
		cur, err := l.Get(ctx, rec.Org, rec.ID)
		if errors.Is(err, ledger.ErrNotFound) {
			return 0, ledger.ErrConflict
		}
		if err != nil {
			return 0, err
		}
		if cur.Rev != rec.Rev {
			return 0, ledger.ErrConflict
		}
		prev = &cur
	}
	next := rec
	next.Rev = rec.Rev + 1
	item, err := attributevalue.MarshalMapWithOptions(next, jsonTags)
	if err != nil {
		return 0, fmt.Errorf("ledger: encode %s/%s: %w", rec.Org, rec.ID, err)
	}
	for k, v := range docKey(rec.Org, rec.ID) {
		item[k] = v
	}
	item[AttrGSI1PK] = &types.AttributeValueMemberS{Value: string(rec.State)}
	item[AttrGSI1SK] = &types.AttributeValueMemberS{Value: rec.Org + "#" + rec.Department + "#" + rec.ID}
	item[AttrGSI2PK] = &types.AttributeValueMemberS{Value: rec.Org}
	item[AttrGSI2SK] = &types.AttributeValueMemberS{Value: rec.Department + "#" + rec.ID}
	if rec.State == "" {
		// A GSI key may not be empty; a stateless record is in no state index.
		delete(item, AttrGSI1PK)
		delete(item, AttrGSI1SK)
	}
	if rec.Org == "" {
		delete(item, AttrGSI2PK)
		delete(item, AttrGSI2SK)
	}
	put := &types.Put{TableName: &l.table, Item: item}
	if rec.Rev == 0 {
		put.ConditionExpression = aws.String("attribute_not_exists(#pk)")
		put.ExpressionAttributeNames = map[string]string{"#pk": AttrPK}
	} else {
		put.ConditionExpression = aws.String("#rev = :expected")
		put.ExpressionAttributeNames = map[string]string{"#rev": AttrRev}
		put.ExpressionAttributeValues = map[string]types.AttributeValue{
			":expected": &types.AttributeValueMemberN{Value: strconv.FormatInt(rec.Rev, 10)},
		}
	}
	change, err := l.changeItem(ledger.ChangeOf(prev, next, next.Rev))
	if err != nil {
		return 0, err
	}
	_, err = l.client.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: []types.TransactWriteItem{
		{Put: put},
		{Put: &types.Put{TableName: &l.table, Item: change}},
	}})
	if err != nil {
		var tce *types.TransactionCanceledException
		if errors.As(err, &tce) {
			for _, r := range tce.CancellationReasons {
				if r.Code != nil && (*r.Code == "ConditionalCheckFailed" || *r.Code == "TransactionConflict") {
					return 0, ledger.ErrConflict
				}
			}
		}
		var ccf *types.ConditionalCheckFailedException
		if errors.As(err, &ccf) {
			return 0, ledger.ErrConflict
		}
		return 0, fmt.Errorf("ledger: put %s/%s: %w", rec.Org, rec.ID, err)
	}
	return next.Rev, nil
}

// List returns the records that match f, one page at a time. Within an
// index, records come in index order; a scan has no order.
func (l *Ledger) List(ctx context.Context, f ledger.Filter) ([]ledger.Record, string, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	start, err := decodeCursor(f.After)
	if err != nil {
		return nil, "", err
	}
	q := l.plan(f)
	var out []ledger.Record
	for {
		items, last, err := q.page(ctx, l, start, int32(limit-len(out)))
		if err != nil {
			return nil, "", fmt.Errorf("ledger: list: %w", err)
		}
		for i, item := range items {
			rec, err := decodeRecord(item)
			if err != nil {
				return nil, "", err
			}
			out = append(out, rec)
			if len(out) == limit {
				if i == len(items)-1 && last == nil {
					return out, "", nil // the very end: no further page
				}
				cur, err := encodeCursor(q.keyOf(item))
				return out, cur, err
			}
		}
		if last == nil {
			return out, "", nil
		}
		start = last
	}
}

// query is a plan for one List call: which index and which conditions.
type query struct {
	index  string // "" scans the table
	keyExp string
	filter string
	names  map[string]string
	values map[string]types.AttributeValue
	keys   []string // attributes of a page's LastEvaluatedKey
}

func (l *Ledger) plan(f ledger.Filter) query {
	s := func(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }
	q := query{names: map[string]string{}, values: map[string]types.AttributeValue{}}
	var filters []string
	switch {
	case f.State != "":
		q.index = IndexByState
		q.keys = []string{AttrPK, AttrSK, AttrGSI1PK, AttrGSI1SK}
		q.names["#pk"] = AttrGSI1PK
		q.values[":pk"] = s(string(f.State))
		q.keyExp = "#pk = :pk"
		switch {
		case f.Org != "" && f.Department != "":
			q.keyExp += " AND begins_with(#sk, :sk)"
			q.names["#sk"] = AttrGSI1SK
			q.values[":sk"] = s(f.Org + "#" + f.Department + "#")
		case f.Org != "":
			q.keyExp += " AND begins_with(#sk, :sk)"
			q.names["#sk"] = AttrGSI1SK
			q.values[":sk"] = s(f.Org + "#")
		case f.Department != "":
			filters = append(filters, "#dept = :dept")
		}
	case f.Org != "":
		q.index = IndexByOrg
		q.keys = []string{AttrPK, AttrSK, AttrGSI2PK, AttrGSI2SK}
		q.names["#pk"] = AttrGSI2PK
		q.values[":pk"] = s(f.Org)
		q.keyExp = "#pk = :pk"
		if f.Department != "" {
			q.keyExp += " AND begins_with(#sk, :sk)"
			q.names["#sk"] = AttrGSI2SK
			q.values[":sk"] = s(f.Department + "#")
		}
	default:
		q.keys = []string{AttrPK, AttrSK}
		q.names["#sk"] = AttrSK
		q.values[":doc"] = s(docSK)
		filters = append(filters, "#sk = :doc")
		if f.Department != "" {
			filters = append(filters, "#dept = :dept")
		}
	}
	if strings.Contains(strings.Join(filters, " "), ":dept") {
		q.names["#dept"] = "department"
		q.values[":dept"] = s(f.Department)
	}
	q.filter = strings.Join(filters, " AND ")
	return q
}

// page runs one request of q from start, asking DynamoDB to evaluate at
// most limit items (a filter may return fewer).
func (q query) page(ctx context.Context, l *Ledger, start map[string]types.AttributeValue, limit int32) ([]map[string]types.AttributeValue, map[string]types.AttributeValue, error) {
	var filter *string
	if q.filter != "" {
		filter = aws.String(q.filter)
	}
	if q.index == "" {
		out, err := l.client.Scan(ctx, &dynamodb.ScanInput{
			TableName: &l.table, ExclusiveStartKey: start, Limit: aws.Int32(limit),
			FilterExpression: filter, ExpressionAttributeNames: q.names, ExpressionAttributeValues: q.values,
		})
		if err != nil {
			return nil, nil, err
		}
		return out.Items, out.LastEvaluatedKey, nil
	}
	out, err := l.client.Query(ctx, &dynamodb.QueryInput{
		TableName: &l.table, IndexName: aws.String(q.index), ExclusiveStartKey: start, Limit: aws.Int32(limit),
		KeyConditionExpression: aws.String(q.keyExp), FilterExpression: filter,
		ExpressionAttributeNames: q.names, ExpressionAttributeValues: q.values,
	})
	if err != nil {
		return nil, nil, err
	}
	return out.Items, out.LastEvaluatedKey, nil
}

// keyOf returns the start key that resumes q after item.
func (q query) keyOf(item map[string]types.AttributeValue) map[string]types.AttributeValue {
	k := make(map[string]types.AttributeValue, len(q.keys))
	for _, name := range q.keys {
		k[name] = item[name]
	}
	return k
}

// A cursor is the resume key's string attributes as base64url JSON. All
// key attributes of the table and its indexes are strings.
func encodeCursor(key map[string]types.AttributeValue) (string, error) {
	m := make(map[string]string, len(key))
	for name, v := range key {
		s, ok := v.(*types.AttributeValueMemberS)
		if !ok {
			return "", fmt.Errorf("ledger: cursor: key attribute %s is not a string", name)
		}
		m[name] = s.Value
	}
	data, err := json.Marshal(m)
	if err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(data), nil
}

// ErrBadCursor is returned by List for a cursor it did not issue.
var ErrBadCursor = errors.New("ledger: invalid cursor")

func decodeCursor(c string) (map[string]types.AttributeValue, error) {
	if c == "" {
		return nil, nil
	}
	data, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadCursor, err)
	}
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil || len(m) == 0 {
		return nil, fmt.Errorf("%w: %q", ErrBadCursor, c)
	}
	key := make(map[string]types.AttributeValue, len(m))
	for name, v := range m {
		switch name {
		case AttrPK, AttrSK, AttrGSI1PK, AttrGSI1SK, AttrGSI2PK, AttrGSI2SK:
		default:
			return nil, fmt.Errorf("%w: attribute %q", ErrBadCursor, name)
		}
		key[name] = &types.AttributeValueMemberS{Value: v}
	}
	return key, nil
}

func holdKey(org, department string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{
		AttrPK: &types.AttributeValueMemberS{Value: holdPK},
		AttrSK: &types.AttributeValueMemberS{Value: org + "#" + department},
	}
}

// Holds returns every hold in force.
func (l *Ledger) Holds(ctx context.Context) ([]ledger.Hold, error) {
	p := dynamodb.NewQueryPaginator(l.client, &dynamodb.QueryInput{
		TableName:                 &l.table,
		KeyConditionExpression:    aws.String("#pk = :hold"),
		ExpressionAttributeNames:  map[string]string{"#pk": AttrPK},
		ExpressionAttributeValues: map[string]types.AttributeValue{":hold": &types.AttributeValueMemberS{Value: holdPK}},
		ConsistentRead:            aws.Bool(true),
	})
	var out []ledger.Hold
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return nil, fmt.Errorf("ledger: holds: %w", err)
		}
		for _, item := range page.Items {
			var h ledger.Hold
			if err := attributevalue.UnmarshalMapWithOptions(item, &h, jsonTagsDec); err != nil {
				return nil, fmt.Errorf("ledger: decode hold: %w", err)
			}
			out = append(out, h)
		}
	}
	return out, nil
}

// SetHold puts a hold in force, replacing one for the same department.
func (l *Ledger) SetHold(ctx context.Context, h ledger.Hold) error {
	item, err := attributevalue.MarshalMapWithOptions(h, jsonTags)
	if err != nil {
		return fmt.Errorf("ledger: encode hold: %w", err)
	}
	for k, v := range holdKey(h.Org, h.Department) {
		item[k] = v
	}
	if _, err := l.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: &l.table, Item: item}); err != nil {
		return fmt.Errorf("ledger: set hold: %w", err)
	}
	return nil
}

// LiftHold removes a hold; lifting a missing hold is not an error.
func (l *Ledger) LiftHold(ctx context.Context, org, department string) error {
	if _, err := l.client.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: &l.table, Key: holdKey(org, department)}); err != nil {
		return fmt.Errorf("ledger: lift hold: %w", err)
	}
	return nil
}
