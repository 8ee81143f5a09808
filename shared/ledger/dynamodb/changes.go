package dynamodb

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// The change feed: every Put writes, in its transaction, one item
//
//	pk  CHG#<UTC hour, 2006-01-02T15>   sk  <UTC write time, fixed width>#<org>#<id>#<rev>
//
// holding the change as JSON in "change" and an "expires" time (TTL), so
// a reader walks the hours since its cursor and each hour's items in
// write order. The write time is the writer's clock: a change is read only
// once it is Settle old, so that a write whose clock ran a little behind,
// or whose transaction committed late, is not passed by the cursor.
const (
	changePrefix = "CHG#"
	// AttrChange holds a change item's JSON.
	AttrChange = "change"
	// AttrExpires is the table's TTL attribute: change items expire.
	AttrExpires = "expires"
	// ChangeRetention is how long change items are kept: a reader that
	// runs nightly has a month to catch up.
	ChangeRetention = 35 * 24 * time.Hour
	// DefaultSettle is how old a change must be before it is read.
	DefaultSettle = time.Minute
	timeLayout    = "2006-01-02T15:04:05.000000000Z"
)

// SetSettle sets how old a change must be before Changes returns it
// (tests that read their own writes at once set 0).
func (l *Ledger) SetSettle(d time.Duration) { l.settle = d }

func (l *Ledger) changeItem(c ledger.Change) (map[string]types.AttributeValue, error) {
	data, err := json.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("ledger: encode change %s/%s: %w", c.Org, c.ID, err)
	}
	at := l.now().UTC()
	ts := at.Format(timeLayout)
	return map[string]types.AttributeValue{
		AttrPK:      &types.AttributeValueMemberS{Value: changePrefix + ts[:13]},
		AttrSK:      &types.AttributeValueMemberS{Value: ts + "#" + c.Org + "#" + c.ID + "#" + strconv.FormatInt(c.Rev, 10)},
		AttrChange:  &types.AttributeValueMemberS{Value: string(data)},
		AttrExpires: &types.AttributeValueMemberN{Value: strconv.FormatInt(at.Add(ChangeRetention).Unix(), 10)},
	}, nil
}

// bound is the cursor of everything written before t: a sort key that
// sorts after every item of an earlier time and before those of t.
func bound(t time.Time) string { return t.UTC().Format(timeLayout) + "#" }

// Head returns the cursor after every settled change.
func (l *Ledger) Head(ctx context.Context) (string, error) {
	return bound(l.now().Add(-l.settle)), nil
}

// Changes returns up to limit settled changes after the cursor, oldest
// first, with the cursor to read on from. An empty cursor starts at the
// oldest change kept. With no change left the cursor still moves on to
// the settled time, so that a quiet month is not walked hour by hour
// again.
func (l *Ledger) Changes(ctx context.Context, after string, limit int) ([]ledger.Change, string, error) {
	if limit <= 0 {
		limit = defaultLimit
	}
	now := l.now()
	end := bound(now.Add(-l.settle))
	cur := after
	if cur == "" {
		cur = bound(now.Add(-ChangeRetention))
	}
	if len(cur) < len(timeLayout) {
		return nil, "", fmt.Errorf("%w: change cursor %q", ErrBadCursor, after)
	}
	start, err := time.Parse(timeLayout, cur[:len(timeLayout)])
	if err != nil {
		return nil, "", fmt.Errorf("%w: change cursor %q", ErrBadCursor, after)
	}
	if cur >= end {
		return nil, cur, nil
	}
	var out []ledger.Change
	for h := start.Truncate(time.Hour); h.Before(now); h = h.Add(time.Hour) {
		hour := changePrefix + h.Format(timeLayout)[:13]
		p := dynamodb.NewQueryPaginator(l.client, &dynamodb.QueryInput{
			TableName:                &l.table,
			KeyConditionExpression:   aws.String("#pk = :pk AND #sk BETWEEN :from AND :to"),
			ExpressionAttributeNames: map[string]string{"#pk": AttrPK, "#sk": AttrSK},
			ExpressionAttributeValues: map[string]types.AttributeValue{
				":pk":   &types.AttributeValueMemberS{Value: hour},
				":from": &types.AttributeValueMemberS{Value: cur},
				":to":   &types.AttributeValueMemberS{Value: end},
			},
			ConsistentRead: aws.Bool(true),
		})
		for p.HasMorePages() {
			page, err := p.NextPage(ctx)
			if err != nil {
				return nil, "", fmt.Errorf("ledger: changes: %w", err)
			}
			for _, item := range page.Items {
				sk, _ := item[AttrSK].(*types.AttributeValueMemberS)
				raw, _ := item[AttrChange].(*types.AttributeValueMemberS)
				if sk == nil || raw == nil || sk.Value == cur {
					continue
				}
				var c ledger.Change
				if err := json.Unmarshal([]byte(raw.Value), &c); err != nil {
					return nil, "", fmt.Errorf("ledger: decode change %s: %w", sk.Value, err)
				}
				out = append(out, c)
				cur = sk.Value
				if len(out) == limit {
					return out, cur, nil
				}
			}
		}
		if strings.Compare(hour, changePrefix+end[:13]) >= 0 {
			break
		}
	}
	return out, end, nil
}
