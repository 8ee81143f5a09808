package redrive

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	ebtypes "github.com/aws/aws-sdk-go-v2/service/eventbridge/types"
)

// Replays: the stack archives the S3 object events of its buckets on the
// default event bus (EventArchive). Replaying a time window sends those
// events again to the bus's rules, or to the rules named: after a fix,
// every document that went through a stage in the window goes through it
// again, and the idempotent stages do nothing for those already right.

// Output keys of a deployed stack that a replay reads (infra/stack writes
// them).
const (
	OutputEventArchiveArn = "EventArchiveArn"
	OutputEventBusArn     = "EventBusArn"
)

// TriggerRuleOutput is the output key of the ARN of the rule that starts
// a stage's function ("IndexTriggerRuleArn").
func TriggerRuleOutput(stage string) string {
	if stage == "" {
		return "TriggerRuleArn"
	}
	return strings.ToUpper(stage[:1]) + stage[1:] + "TriggerRuleArn"
}

// Replayer is the part of EventBridge a replay uses.
type Replayer interface {
	StartReplay(ctx context.Context, in *eventbridge.StartReplayInput, opts ...func(*eventbridge.Options)) (*eventbridge.StartReplayOutput, error)
	DescribeReplay(ctx context.Context, in *eventbridge.DescribeReplayInput, opts ...func(*eventbridge.Options)) (*eventbridge.DescribeReplayOutput, error)
}

// Window is a replay: the archive, the bus it archives (the only
// destination EventBridge allows), the rules to send to (none: every rule
// of the bus) and the time window [From, To).
type Window struct {
	Archive, Bus string // ARNs
	Rules        []string
	From, To     time.Time
}

// ReplayResult is how a replay ended.
type ReplayResult struct {
	Name, State, Reason string
	// Through is how far the replay got: the window's end when completed.
	Through time.Time
}

// Replay starts a replay of w and waits, polling every poll, until
// EventBridge reports it completed, failed or cancelled, or ctx ends.
func Replay(ctx context.Context, c Replayer, w Window, poll time.Duration) (ReplayResult, error) {
	if !w.From.Before(w.To) {
		return ReplayResult{}, fmt.Errorf("replay: the window's start %s is not before its end %s", w.From, w.To)
	}
	if w.To.After(time.Now()) {
		return ReplayResult{}, errors.New("replay: the window must end in the past")
	}
	name := replayName(w.From)
	in := &eventbridge.StartReplayInput{
		ReplayName:     aws.String(name),
		Description:    aws.String(fmt.Sprintf("plaza ops replay %s – %s", w.From.UTC().Format(time.RFC3339), w.To.UTC().Format(time.RFC3339))),
		EventSourceArn: aws.String(w.Archive),
		EventStartTime: aws.Time(w.From),
		EventEndTime:   aws.Time(w.To),
		Destination:    &ebtypes.ReplayDestination{Arn: aws.String(w.Bus), FilterArns: w.Rules},
	}
	if _, err := c.StartReplay(ctx, in); err != nil {
		return ReplayResult{Name: name}, fmt.Errorf("replay: start: %w", err)
	}
	for {
		out, err := c.DescribeReplay(ctx, &eventbridge.DescribeReplayInput{ReplayName: aws.String(name)})
		if err != nil {
			return ReplayResult{Name: name}, fmt.Errorf("replay %s: %w", name, err)
		}
		r := ReplayResult{Name: name, State: string(out.State), Reason: aws.ToString(out.StateReason), Through: aws.ToTime(out.EventLastReplayedTime)}
		switch out.State {
		case ebtypes.ReplayStateCompleted:
			return r, nil
		case ebtypes.ReplayStateFailed, ebtypes.ReplayStateCancelled:
			return r, fmt.Errorf("replay %s %s: %s", name, r.State, r.Reason)
		}
		select {
		case <-ctx.Done():
			return r, ctx.Err()
		case <-time.After(poll):
		}
	}
}

// replayName is unique per call and at most 64 characters of
// [.\-_A-Za-z0-9], as EventBridge requires.
func replayName(from time.Time) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return "plaza-" + from.UTC().Format("20060102T150405") + "-" + hex.EncodeToString(b[:])
}
