// Package cwlogs is the usage.GatewayLog adapter for CloudWatch Logs, the
// destination the stack gives the API stage's access logging: the
// monitor's daily aggregation (shared/usage) counts its lines for the
// hours CloudFront's logs do not cover.
package cwlogs

import (
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"

	"github.com/seoul-plaza/plaza/shared/usage"
)

// Log is one log group: every stream in it (API Gateway writes several).
type Log struct {
	client cloudwatchlogs.FilterLogEventsAPIClient
	group  string
	limit  int32 // events per page; 0: the service's (10,000)
}

var _ usage.GatewayLog = (*Log)(nil)

// New returns the reader of the log group named group.
func New(client cloudwatchlogs.FilterLogEventsAPIClient, group string) *Log {
	return &Log{client: client, group: group}
}

// NewFromConfig returns the reader of group over a client made from cfg.
func NewFromConfig(cfg aws.Config, group string) *Log {
	return New(cloudwatchlogs.NewFromConfig(cfg), group)
}

// Messages calls fn with every message logged in [from, to), page by
// page: CloudWatch Logs answers a time range across all streams. An
// error of fn stops the reading and is returned as it is.
func (l *Log) Messages(ctx context.Context, from, to time.Time, fn func(string) error) error {
	in := &cloudwatchlogs.FilterLogEventsInput{
		LogGroupName: aws.String(l.group),
		StartTime:    aws.Int64(from.UnixMilli()),
		EndTime:      aws.Int64(to.UnixMilli() - 1), // EndTime is inclusive
	}
	pages := cloudwatchlogs.NewFilterLogEventsPaginator(l.client, in, func(o *cloudwatchlogs.FilterLogEventsPaginatorOptions) {
		o.Limit = l.limit
		// A token equal to the one sent would loop for ever.
		o.StopOnDuplicateToken = true
	})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return fmt.Errorf("cwlogs: %s: %w", l.group, err)
		}
		for _, e := range page.Events {
			if err := fn(aws.ToString(e.Message)); err != nil {
				return err
			}
		}
	}
	return nil
}
