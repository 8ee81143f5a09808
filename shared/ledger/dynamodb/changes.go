package dynamodb

import (
	"container/heap"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"golang.org/x/sync/errgroup"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// The change feed: every Put writes, in its transaction, one item
//
//	pk  CHG#<UTC day, 2006-01-02>#<shard, 00..15>   sk  <UTC write time, fixed width>#<org>#<id>#<rev>
//
// holding the change as JSON in "change" and an "expires" time (TTL). The
// shard is a hash of the document, so one document's changes share a key,
// and a day's writes spread over ChangeShards keys: one key takes 1,000
// write units a second, which capped a backfill at about 125 documents a
// second when the feed had a single key an hour. The sort key starts with
// the write time, so it orders changes across shards; a reader walks the
// days since its cursor and merges each day's shards by sort key, and the
// cursor stays the last sort key read, whatever shard it came from. A key
// a day, not an hour, keeps a reader's walk short: a nightly run queries
// two days' shards, a reader from the oldest change 35 days' (560 queries).
//
// Items that the code before the sharding wrote (pk CHG#<hour>) are not
// read: deploy the sharded code right after the monitor's nightly roll-up,
// or delete the roll-up object (shared/stats) so the monitor rescans.
//
// The write time is the writer's clock: a change is read only once it is
// Settle old, so that a write whose clock ran a little behind, or whose
// transaction committed late, is not passed by the cursor.
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
	// ChangeShards is how many partition keys a day of the feed spreads
	// over: 16 keys take 16,000 write units a second, 2,000 documents a
	// second at 8 change units each (infra/cost), past the 4-hour backfill
	// of 12.7 million documents (970/s with headroom). Raising it is safe
	// for a reader of the new count; lowering it strands the higher shards
	// of the days kept.
	ChangeShards = 16
	dayLen       = len("2006-01-02")
	timeLayout   = "2006-01-02T15:04:05.000000000Z"
)

// SetSettle sets how old a change must be before Changes returns it
// (tests that read their own writes at once set 0).
func (l *Ledger) SetSettle(d time.Duration) { l.settle = d }

// changeShard is the document's shard: FNV-1a is stable across builds and
// processes, so a document keeps its key however many writers there are.
func changeShard(org, id string) int {
	h := fnv.New32a()
	h.Write([]byte(org + "#" + id))
	return int(h.Sum32() % ChangeShards)
}

// dayKeys are the partition keys of one day, one a shard.
func dayKeys(day string) []string {
	keys := make([]string, 0, ChangeShards)
	for n := 0; n < ChangeShards; n++ {
		keys = append(keys, fmt.Sprintf("%s%s#%02d", changePrefix, day, n))
	}
	return keys
}

func (l *Ledger) changeItem(c ledger.Change) (map[string]types.AttributeValue, error) {
	data, err := json.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("ledger: encode change %s/%s: %w", c.Org, c.ID, err)
	}
	at := l.now().UTC()
	ts := at.Format(timeLayout)
	return map[string]types.AttributeValue{
		AttrPK:      &types.AttributeValueMemberS{Value: dayKeys(ts[:dayLen])[changeShard(c.Org, c.ID)]},
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
	// A page of each shard holds about its share of limit, so a call reads
	// little more than it returns when the shards fill evenly.
	page := int32(min(max(limit/ChangeShards+1, 50), 1000))
	var out []ledger.Change
	// UTC days are whole multiples of 24 h since the zero time, so
	// Truncate finds the day's start.
	for d := start.Truncate(24 * time.Hour); d.Before(now); d = d.Add(24 * time.Hour) {
		day := d.Format(timeLayout)[:dayLen]
		from := cur
		m, err := l.openDay(ctx, dayKeys(day), from, end, page)
		if err != nil {
			return nil, "", err
		}
		for m.Len() > 0 {
			s := m.shards[0]
			item := s.items[0]
			s.items = s.items[1:]
			if len(s.items) == 0 {
				if err := s.fill(ctx, l, from, end, page); err != nil {
					return nil, "", err
				}
			}
			if len(s.items) == 0 {
				heap.Pop(m)
			} else {
				heap.Fix(m, 0)
			}
			sk, _ := item[AttrSK].(*types.AttributeValueMemberS)
			raw, _ := item[AttrChange].(*types.AttributeValueMemberS)
			if sk == nil || raw == nil || sk.Value == from {
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
		if day >= end[:dayLen] {
			break
		}
	}
	return out, end, nil
}

// openDay reads the first page of each of keys at once (about one round
// trip of latency a day, not one a shard) and returns those with items as
// a heap on their next sort key.
func (l *Ledger) openDay(ctx context.Context, keys []string, from, to string, page int32) (*merge, error) {
	shards := make([]*shard, len(keys))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(ChangeShards)
	for i, k := range keys {
		shards[i] = &shard{pk: k}
		g.Go(func() error { return shards[i].fill(gctx, l, from, to, page) })
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	m := &merge{}
	for _, s := range shards {
		if len(s.items) > 0 {
			m.shards = append(m.shards, s)
		}
	}
	heap.Init(m)
	return m, nil
}

// shard is one partition key's query, read a page at a time.
type shard struct {
	pk    string
	items []map[string]types.AttributeValue
	next  map[string]types.AttributeValue // LastEvaluatedKey
	done  bool
}

// fill reads the shard's next non-empty page after from (inclusive, as the
// cursor item is skipped by the caller) up to to.
func (s *shard) fill(ctx context.Context, l *Ledger, from, to string, page int32) error {
	for !s.done && len(s.items) == 0 {
		out, err := l.client.Query(ctx, &dynamodb.QueryInput{
			TableName:                &l.table,
			KeyConditionExpression:   aws.String("#pk = :pk AND #sk BETWEEN :from AND :to"),
			ExpressionAttributeNames: map[string]string{"#pk": AttrPK, "#sk": AttrSK},
			ExpressionAttributeValues: map[string]types.AttributeValue{
				":pk":   &types.AttributeValueMemberS{Value: s.pk},
				":from": &types.AttributeValueMemberS{Value: from},
				":to":   &types.AttributeValueMemberS{Value: to},
			},
			ExclusiveStartKey: s.next,
			Limit:             aws.Int32(page),
			ConsistentRead:    aws.Bool(true),
		})
		if err != nil {
			return fmt.Errorf("ledger: changes %s: %w", s.pk, err)
		}
		s.items, s.next = out.Items, out.LastEvaluatedKey
		s.done = len(s.next) == 0
	}
	return nil
}

// merge is a min-heap of shards on the sort key of their next item.
type merge struct{ shards []*shard }

func (m *merge) Len() int { return len(m.shards) }
func (m *merge) Less(i, j int) bool {
	return skOf(m.shards[i].items[0]) < skOf(m.shards[j].items[0])
}
func (m *merge) Swap(i, j int) { m.shards[i], m.shards[j] = m.shards[j], m.shards[i] }
func (m *merge) Push(x any)    { m.shards = append(m.shards, x.(*shard)) }
func (m *merge) Pop() any {
	s := m.shards[len(m.shards)-1]
	m.shards = m.shards[:len(m.shards)-1]
	return s
}

func skOf(item map[string]types.AttributeValue) string {
	if s, ok := item[AttrSK].(*types.AttributeValueMemberS); ok {
		return s.Value
	}
	return ""
}
