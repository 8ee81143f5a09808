// Package dynamodb is the inquiry store adapter for Amazon DynamoDB: one
// table (PLAZA_INQUIRY_TABLE), single-table design.
//
//	item      pk                     sk        other attributes
//	inquiry   INQ#<id>               INQ       data (JSON), ver, qid, dept_pk, org_pk, doc_pk, work_pk/work_sk while watched
//	event     INQ#<id>               EVT#<key> data (JSON), work_pk/work_sk while undelivered
//	claim     MSG#<message key>      MSG       sent, claimed_until (unix ms), expires_at
//	counter   CNT#<key>#<window>     CNT       n, expires_at
//	secret    SECRET#<name>          SECRET    data (B)
//
// The contact directory is not in the table: it is read from the
// organizations' files the functions carry (shared/org), its one source.
// A CONFIG#directory item left by an older deployment is read by nothing.
// Global secondary indexes (all project ALL):
//
//	by-department   dept_pk = <org>#<department>   qid   staff lists of one department
//	by-org          org_pk  = <org>                qid   admin lists
//	by-document     doc_pk  = <org>#<document id>  qid   the public Q&A of a document
//	work            work_pk = WATCH | PENDING      work_sk  the monitor's inquiries (sk = id), pending events (sk = time#id#key)
//
// The work index is sparse: an inquiry leaves it once closed with its
// contact data deleted, an event once delivered. TTL is on expires_at
// (claims and counters). The table's stream (NEW_IMAGE) feeds the notify
// function: StreamRefs picks the inserted events out of a stream batch.
//
// A change and the events it raises are one TransactWriteItems, with the
// inquiry's put conditional on its stored version.
package dynamodb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/seoul-plaza/plaza/shared/inquiry"
)

// Attribute and index names: the CDK stack must declare the same.
const (
	AttrPK         = "pk"
	AttrSK         = "sk"
	AttrID         = "qid"
	AttrDeptPK     = "dept_pk"
	AttrOrgPK      = "org_pk"
	AttrDocPK      = "doc_pk"
	AttrWorkPK     = "work_pk"
	AttrWorkSK     = "work_sk"
	AttrExpiresAt  = "expires_at" // the TTL attribute
	IndexByDept    = "by-department"
	IndexByOrg     = "by-org"
	IndexByDoc     = "by-document"
	IndexWork      = "work"
	workWatched    = "WATCH"
	workPending    = "PENDING"
	inquiryPrefix  = "INQ#"
	inquirySK      = "INQ"
	eventPrefix    = "EVT#"
	claimRetention = 400 * 24 * time.Hour
)

// Store keeps inquiries, their events, message claims, rate counters and
// secrets in one DynamoDB table.
type Store struct {
	client *dynamodb.Client
	table  string
}

// One Store serves every user of the inquiry data.
var (
	_ inquiry.ServiceStore  = (*Store)(nil)
	_ inquiry.NotifierStore = (*Store)(nil)
	_ inquiry.MonitorStore  = (*Store)(nil)
	_ inquiry.Secrets       = (*Store)(nil)
)

// New returns a Store on table.
func New(client *dynamodb.Client, table string) *Store { return &Store{client: client, table: table} }

// NewFromConfig builds the client from cfg.
func NewFromConfig(cfg aws.Config, table string) *Store {
	return New(dynamodb.NewFromConfig(cfg), table)
}

// Schema is the table definition (for tests; the CDK stack declares the
// same, plus TTL on expires_at and a NEW_IMAGE stream).
func Schema(table string) *dynamodb.CreateTableInput {
	s := types.ScalarAttributeTypeS
	attr := func(n string) types.AttributeDefinition {
		return types.AttributeDefinition{AttributeName: aws.String(n), AttributeType: s}
	}
	gsi := func(name, hash, rng string) types.GlobalSecondaryIndex {
		return types.GlobalSecondaryIndex{
			IndexName: aws.String(name),
			KeySchema: []types.KeySchemaElement{
				{AttributeName: aws.String(hash), KeyType: types.KeyTypeHash},
				{AttributeName: aws.String(rng), KeyType: types.KeyTypeRange},
			},
			Projection: &types.Projection{ProjectionType: types.ProjectionTypeAll},
		}
	}
	return &dynamodb.CreateTableInput{
		TableName:   aws.String(table),
		BillingMode: types.BillingModePayPerRequest,
		AttributeDefinitions: []types.AttributeDefinition{
			attr(AttrPK), attr(AttrSK), attr(AttrID), attr(AttrDeptPK), attr(AttrOrgPK), attr(AttrDocPK), attr(AttrWorkPK), attr(AttrWorkSK),
		},
		KeySchema: []types.KeySchemaElement{
			{AttributeName: aws.String(AttrPK), KeyType: types.KeyTypeHash},
			{AttributeName: aws.String(AttrSK), KeyType: types.KeyTypeRange},
		},
		GlobalSecondaryIndexes: []types.GlobalSecondaryIndex{
			gsi(IndexByDept, AttrDeptPK, AttrID),
			gsi(IndexByOrg, AttrOrgPK, AttrID),
			gsi(IndexByDoc, AttrDocPK, AttrID),
			gsi(IndexWork, AttrWorkPK, AttrWorkSK),
		},
		StreamSpecification: &types.StreamSpecification{StreamEnabled: aws.Bool(true), StreamViewType: types.StreamViewTypeNewImage},
	}
}

// CreateTable creates the table and waits until it is active (tests and
// local runs; on AWS the CDK stack owns it).
func CreateTable(ctx context.Context, client *dynamodb.Client, table string) error {
	if _, err := client.CreateTable(ctx, Schema(table)); err != nil {
		return fmt.Errorf("inquiry/dynamodb: create table %s: %w", table, err)
	}
	w := dynamodb.NewTableExistsWaiter(client)
	if err := w.Wait(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(table)}, 2*time.Minute); err != nil {
		return fmt.Errorf("inquiry/dynamodb: wait for table %s: %w", table, err)
	}
	return nil
}

func str(s string) types.AttributeValue { return &types.AttributeValueMemberS{Value: s} }
func num(n int64) types.AttributeValue {
	return &types.AttributeValueMemberN{Value: strconv.FormatInt(n, 10)}
}

func key(pk, sk string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{AttrPK: str(pk), AttrSK: str(sk)}
}

func inquiryKey(id string) map[string]types.AttributeValue { return key(inquiryPrefix+id, inquirySK) }

func eventItemKey(r inquiry.Ref) map[string]types.AttributeValue {
	return key(inquiryPrefix+r.Inquiry, eventPrefix+r.Key)
}

func inquiryItem(q inquiry.Inquiry) (map[string]types.AttributeValue, error) {
	data, err := json.Marshal(q)
	if err != nil {
		return nil, err
	}
	item := inquiryKey(q.ID)
	item["data"] = str(string(data))
	item["ver"] = num(int64(q.Version))
	item["state"] = str(string(q.State))
	item[AttrID] = str(q.ID)
	item[AttrDeptPK] = str(q.Org + "#" + q.Department)
	item[AttrOrgPK] = str(q.Org)
	item[AttrDocPK] = str(q.Org + "#" + q.DocumentID)
	if inquiry.Watched(q) {
		item[AttrWorkPK] = str(workWatched)
		item[AttrWorkSK] = str(q.ID)
	}
	return item, nil
}

func pendingSK(e inquiry.Event) string {
	return e.At.UTC().Format("20060102T150405.000000000") + "#" + e.Inquiry + "#" + e.Key
}

func eventItem(e inquiry.Event) (map[string]types.AttributeValue, error) {
	data, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	item := eventItemKey(e.Ref())
	item["data"] = str(string(data))
	if e.DeliveredAt == nil {
		item[AttrWorkPK] = str(workPending)
		item[AttrWorkSK] = str(pendingSK(e))
	}
	return item, nil
}

func decodeData(item map[string]types.AttributeValue, v any) error {
	d, ok := item["data"].(*types.AttributeValueMemberS)
	if !ok {
		return errors.New("inquiry/dynamodb: item without data")
	}
	return json.Unmarshal([]byte(d.Value), v)
}

func isConditionFailed(err error) bool {
	var cf *types.ConditionalCheckFailedException
	var tc *types.TransactionCanceledException
	return errors.As(err, &cf) || errors.As(err, &tc)
}

func (s *Store) putEvents(q map[string]types.AttributeValue, cond string, vals map[string]types.AttributeValue, evs []inquiry.Event) ([]types.TransactWriteItem, error) {
	items := []types.TransactWriteItem{{Put: &types.Put{TableName: aws.String(s.table), Item: q, ConditionExpression: aws.String(cond), ExpressionAttributeValues: vals}}}
	for _, e := range evs {
		it, err := eventItem(e)
		if err != nil {
			return nil, err
		}
		items = append(items, types.TransactWriteItem{Put: &types.Put{TableName: aws.String(s.table), Item: it, ConditionExpression: aws.String("attribute_not_exists(pk)")}})
	}
	return items, nil
}

// Create implements inquiry.Records.
func (s *Store) Create(ctx context.Context, q inquiry.Inquiry, ev inquiry.Event) error {
	item, err := inquiryItem(q)
	if err != nil {
		return err
	}
	tx, err := s.putEvents(item, "attribute_not_exists(pk)", nil, []inquiry.Event{ev})
	if err != nil {
		return err
	}
	_, err = s.client.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: tx})
	if isConditionFailed(err) {
		return fmt.Errorf("inquiry %s: %w", q.ID, inquiry.ErrExists)
	}
	if err != nil {
		return fmt.Errorf("inquiry/dynamodb: create %s: %w", q.ID, err)
	}
	return nil
}

// Get implements inquiry.Records.
func (s *Store) Get(ctx context.Context, id string) (inquiry.Inquiry, error) {
	out, err := s.client.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(s.table), Key: inquiryKey(id), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return inquiry.Inquiry{}, fmt.Errorf("inquiry/dynamodb: get %s: %w", id, err)
	}
	if out.Item == nil {
		return inquiry.Inquiry{}, fmt.Errorf("inquiry %s: %w", id, inquiry.ErrNotFound)
	}
	var q inquiry.Inquiry
	if err := decodeData(out.Item, &q); err != nil {
		return q, fmt.Errorf("inquiry/dynamodb: %s: %w", id, err)
	}
	return q, nil
}

// Update implements inquiry.Records.
func (s *Store) Update(ctx context.Context, q inquiry.Inquiry, prev int, evs ...inquiry.Event) error {
	item, err := inquiryItem(q)
	if err != nil {
		return err
	}
	tx, err := s.putEvents(item, "#ver = :prev", map[string]types.AttributeValue{":prev": num(int64(prev))}, evs)
	tx[0].Put.ExpressionAttributeNames = map[string]string{"#ver": "ver"}
	if err != nil {
		return err
	}
	_, err = s.client.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: tx})
	if isConditionFailed(err) {
		if _, gerr := s.Get(ctx, q.ID); errors.Is(gerr, inquiry.ErrNotFound) {
			return gerr
		}
		return fmt.Errorf("inquiry %s: expected version %d: %w", q.ID, prev, inquiry.ErrConflict)
	}
	if err != nil {
		return fmt.Errorf("inquiry/dynamodb: update %s: %w", q.ID, err)
	}
	return nil
}

// List implements inquiry.Records: one index query, paged until the page is
// full (a state filter may drop items), in id order.
func (s *Store) List(ctx context.Context, f inquiry.Filter) ([]inquiry.Inquiry, string, error) {
	if f.Limit <= 0 {
		f.Limit = 1000
	}
	var index, hashAttr, hash string
	switch {
	case f.Document != "":
		index, hashAttr, hash = IndexByDoc, AttrDocPK, f.Org+"#"+f.Document
	case f.Department != "":
		index, hashAttr, hash = IndexByDept, AttrDeptPK, f.Org+"#"+f.Department
	default:
		index, hashAttr, hash = IndexByOrg, AttrOrgPK, f.Org
	}
	in := &dynamodb.QueryInput{
		TableName:                 aws.String(s.table),
		IndexName:                 aws.String(index),
		KeyConditionExpression:    aws.String("#h = :h"),
		ExpressionAttributeNames:  map[string]string{"#h": hashAttr},
		ExpressionAttributeValues: map[string]types.AttributeValue{":h": str(hash)},
		Limit:                     aws.Int32(int32(min(f.Limit+1, 500))),
	}
	var filters []string
	if f.State != "" {
		filters = append(filters, "#st = :st")
		in.ExpressionAttributeNames["#st"] = "state"
		in.ExpressionAttributeValues[":st"] = str(string(f.State))
	}
	if f.Document != "" && f.Department != "" {
		filters = append(filters, "#d = :d")
		in.ExpressionAttributeNames["#d"] = AttrDeptPK
		in.ExpressionAttributeValues[":d"] = str(f.Org + "#" + f.Department)
	}
	if len(filters) > 0 {
		in.FilterExpression = aws.String(strings.Join(filters, " AND "))
	}
	if f.After != "" {
		start := inquiryKey(f.After)
		start[AttrID] = str(f.After)
		start[hashAttr] = str(hash)
		in.ExclusiveStartKey = start
	}
	var out []inquiry.Inquiry
	for {
		page, err := s.client.Query(ctx, in)
		if err != nil {
			return nil, "", fmt.Errorf("inquiry/dynamodb: list: %w", err)
		}
		for _, it := range page.Items {
			var q inquiry.Inquiry
			if err := decodeData(it, &q); err != nil {
				return nil, "", err
			}
			out = append(out, q)
		}
		if len(out) > f.Limit || page.LastEvaluatedKey == nil {
			break
		}
		in.ExclusiveStartKey = page.LastEvaluatedKey
	}
	if len(out) > f.Limit {
		return out[:f.Limit], out[f.Limit-1].ID, nil
	}
	return out, "", nil
}

// queryWork pages through one partition of the work index.
func (s *Store) queryWork(ctx context.Context, part string, limit int, fn func(map[string]types.AttributeValue) error) error {
	in := &dynamodb.QueryInput{
		TableName:                 aws.String(s.table),
		IndexName:                 aws.String(IndexWork),
		KeyConditionExpression:    aws.String("#p = :p"),
		ExpressionAttributeNames:  map[string]string{"#p": AttrWorkPK},
		ExpressionAttributeValues: map[string]types.AttributeValue{":p": str(part)},
	}
	if limit > 0 {
		in.Limit = aws.Int32(int32(limit))
	}
	n := 0
	for {
		page, err := s.client.Query(ctx, in)
		if err != nil {
			return fmt.Errorf("inquiry/dynamodb: work %s: %w", part, err)
		}
		for _, it := range page.Items {
			if limit > 0 && n == limit {
				return nil
			}
			n++
			if err := fn(it); err != nil {
				return err
			}
		}
		if page.LastEvaluatedKey == nil || (limit > 0 && n >= limit) {
			return nil
		}
		in.ExclusiveStartKey = page.LastEvaluatedKey
	}
}

// Work implements inquiry.MonitorStore.
func (s *Store) Work(ctx context.Context, fn func(inquiry.Inquiry) error) error {
	var work []inquiry.Inquiry
	err := s.queryWork(ctx, workWatched, 0, func(it map[string]types.AttributeValue) error {
		var q inquiry.Inquiry
		if err := decodeData(it, &q); err != nil {
			return err
		}
		work = append(work, q)
		return nil
	})
	if err != nil {
		return err
	}
	for _, q := range work {
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

// AddEvent implements inquiry.MonitorStore.
func (s *Store) AddEvent(ctx context.Context, ev inquiry.Event) (bool, error) {
	it, err := eventItem(ev)
	if err != nil {
		return false, err
	}
	_, err = s.client.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: []types.TransactWriteItem{
		{ConditionCheck: &types.ConditionCheck{TableName: aws.String(s.table), Key: inquiryKey(ev.Inquiry), ConditionExpression: aws.String("attribute_exists(pk)")}},
		{Put: &types.Put{TableName: aws.String(s.table), Item: it, ConditionExpression: aws.String("attribute_not_exists(pk)")}},
	}})
	if isConditionFailed(err) {
		if _, gerr := s.Get(ctx, ev.Inquiry); gerr != nil {
			return false, gerr
		}
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("inquiry/dynamodb: add event %s/%s: %w", ev.Inquiry, ev.Key, err)
	}
	return true, nil
}

// Event implements inquiry.NotifierStore.
func (s *Store) Event(ctx context.Context, r inquiry.Ref) (inquiry.Event, error) {
	out, err := s.client.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(s.table), Key: eventItemKey(r), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return inquiry.Event{}, fmt.Errorf("inquiry/dynamodb: event %s/%s: %w", r.Inquiry, r.Key, err)
	}
	if out.Item == nil {
		return inquiry.Event{}, fmt.Errorf("event %s/%s: %w", r.Inquiry, r.Key, inquiry.ErrNotFound)
	}
	var e inquiry.Event
	err = decodeData(out.Item, &e)
	return e, err
}

// Pending implements inquiry.NotifierStore.
func (s *Store) Pending(ctx context.Context, limit int) ([]inquiry.Event, error) {
	var out []inquiry.Event
	err := s.queryWork(ctx, workPending, limit, func(it map[string]types.AttributeValue) error {
		var e inquiry.Event
		if err := decodeData(it, &e); err != nil {
			return err
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// Delivered implements inquiry.NotifierStore.
func (s *Store) Delivered(ctx context.Context, r inquiry.Ref, at time.Time) error {
	e, err := s.Event(ctx, r)
	if err != nil {
		return err
	}
	if e.DeliveredAt != nil {
		return nil
	}
	at = at.UTC()
	e.DeliveredAt = &at
	it, err := eventItem(e)
	if err != nil {
		return err
	}
	_, err = s.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.table), Item: it, ConditionExpression: aws.String("attribute_exists(pk)")})
	if err != nil && !isConditionFailed(err) {
		return fmt.Errorf("inquiry/dynamodb: delivered %s/%s: %w", r.Inquiry, r.Key, err)
	}
	return nil
}

func claimKey(k string) map[string]types.AttributeValue { return key("MSG#"+k, "MSG") }

// Claim implements inquiry.NotifierStore.
func (s *Store) Claim(ctx context.Context, k string, now time.Time, lease time.Duration) (inquiry.Claim, error) {
	_, err := s.client.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                aws.String(s.table),
		Key:                      claimKey(k),
		UpdateExpression:         aws.String("SET #sent = :f, #until = :until, #exp = :exp"),
		ConditionExpression:      aws.String("attribute_not_exists(#pk) OR (#sent = :f AND #until < :now)"),
		ExpressionAttributeNames: map[string]string{"#pk": AttrPK, "#sent": "sent", "#until": "claimed_until", "#exp": AttrExpiresAt},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":f":     &types.AttributeValueMemberBOOL{Value: false},
			":until": num(now.Add(lease).UnixMilli()),
			":now":   num(now.UnixMilli()),
			":exp":   num(now.Add(claimRetention).Unix()),
		},
	})
	if err == nil {
		return inquiry.Granted, nil
	}
	if !isConditionFailed(err) {
		return inquiry.Busy, fmt.Errorf("inquiry/dynamodb: claim: %w", err)
	}
	out, err := s.client.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(s.table), Key: claimKey(k), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return inquiry.Busy, fmt.Errorf("inquiry/dynamodb: claim: %w", err)
	}
	if b, ok := out.Item["sent"].(*types.AttributeValueMemberBOOL); ok && b.Value {
		return inquiry.Sent, nil
	}
	return inquiry.Busy, nil
}

// Finish implements inquiry.NotifierStore.
func (s *Store) Finish(ctx context.Context, k string, sent bool) error {
	var err error
	if sent {
		it := claimKey(k)
		it["sent"] = &types.AttributeValueMemberBOOL{Value: true}
		it[AttrExpiresAt] = num(time.Now().Add(claimRetention).Unix())
		_, err = s.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.table), Item: it})
	} else {
		_, err = s.client.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(s.table), Key: claimKey(k)})
	}
	if err != nil {
		return fmt.Errorf("inquiry/dynamodb: finish claim: %w", err)
	}
	return nil
}

// Count implements inquiry.Counter with an atomic ADD; TTL removes old windows.
func (s *Store) Count(ctx context.Context, k string, window time.Duration, now time.Time) (int, error) {
	start := inquiry.WindowStart(now, window)
	out, err := s.client.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                aws.String(s.table),
		Key:                      key("CNT#"+k+"#"+strconv.FormatInt(start.Unix(), 10), "CNT"),
		UpdateExpression:         aws.String("ADD #n :one SET #exp = :exp"),
		ExpressionAttributeNames: map[string]string{"#n": "n", "#exp": AttrExpiresAt},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":one": num(1),
			":exp": num(start.Add(window).Add(time.Hour).Unix()),
		},
		ReturnValues: types.ReturnValueUpdatedNew,
	})
	if err != nil {
		return 0, fmt.Errorf("inquiry/dynamodb: count: %w", err)
	}
	n, ok := out.Attributes["n"].(*types.AttributeValueMemberN)
	if !ok {
		return 0, errors.New("inquiry/dynamodb: count: no n returned")
	}
	v, err := strconv.Atoi(n.Value)
	return v, err
}

func secretKey(name string) map[string]types.AttributeValue { return key("SECRET#"+name, "SECRET") }

// Secret implements inquiry.Secrets.
func (s *Store) Secret(ctx context.Context, name string) ([]byte, error) {
	out, err := s.client.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(s.table), Key: secretKey(name), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return nil, fmt.Errorf("inquiry/dynamodb: secret: %w", err)
	}
	b, ok := out.Item["data"].(*types.AttributeValueMemberB)
	if !ok {
		return nil, fmt.Errorf("secret %s: %w", name, inquiry.ErrNotFound)
	}
	return b.Value, nil
}

// PutSecret implements inquiry.Secrets.
func (s *Store) PutSecret(ctx context.Context, name string, data []byte) error {
	it := secretKey(name)
	it["data"] = &types.AttributeValueMemberB{Value: data}
	_, err := s.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.table), Item: it, ConditionExpression: aws.String("attribute_not_exists(pk)")})
	if isConditionFailed(err) {
		return fmt.Errorf("secret %s: %w", name, inquiry.ErrExists)
	}
	if err != nil {
		return fmt.Errorf("inquiry/dynamodb: put secret: %w", err)
	}
	return nil
}

// StreamRefs returns the events inserted in a batch of the table's stream:
// what the notify function delivers. Other records (inquiries, claims,
// counters, event updates) are ignored.
func StreamRefs(ev events.DynamoDBEvent) []inquiry.Ref {
	var out []inquiry.Ref
	for _, r := range ev.Records {
		if r.EventName != string(events.DynamoDBOperationTypeInsert) {
			continue
		}
		pk, sk := r.Change.Keys[AttrPK], r.Change.Keys[AttrSK]
		if pk.DataType() != events.DataTypeString || sk.DataType() != events.DataTypeString {
			continue
		}
		id, ok1 := strings.CutPrefix(pk.String(), inquiryPrefix)
		k, ok2 := strings.CutPrefix(sk.String(), eventPrefix)
		if ok1 && ok2 {
			out = append(out, inquiry.Ref{Inquiry: id, Key: k})
		}
	}
	return out
}

// StreamHandler is the notify function's handler for the table's stream:
// it delivers every inserted event and reports, on failure, the first
// failed record as the batch item failure, so Lambda retries from there
// (records of a shard arrive in order) and, when retries run out, sends
// the batch to the on-failure destination. The event source mapping must
// enable ReportBatchItemFailures.
func StreamHandler(n *inquiry.Notifier) func(context.Context, events.DynamoDBEvent) (events.DynamoDBEventResponse, error) {
	return func(ctx context.Context, ev events.DynamoDBEvent) (events.DynamoDBEventResponse, error) {
		var resp events.DynamoDBEventResponse
		for _, rec := range ev.Records {
			refs := StreamRefs(events.DynamoDBEvent{Records: []events.DynamoDBEventRecord{rec}})
			if len(refs) == 0 {
				continue
			}
			err := n.Deliver(ctx, refs[0])
			if errors.Is(err, inquiry.ErrNotFound) {
				continue // nothing left to deliver; retrying cannot help
			}
			if err != nil {
				resp.BatchItemFailures = append(resp.BatchItemFailures, events.DynamoDBBatchItemFailure{ItemIdentifier: rec.Change.SequenceNumber})
				return resp, nil
			}
		}
		return resp, nil
	}
}
