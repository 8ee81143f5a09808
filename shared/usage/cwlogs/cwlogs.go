// Package cwlogs reads API Gateway's access log from CloudWatch Logs, the
// destination the stack gives the API stage's access logging: the
// monitor's daily aggregation (shared/usage) counts its lines for the
// hours CloudFront's logs do not cover.
//
// It speaks the one call it needs, FilterLogEvents (JSON 1.1, SigV4), by
// hand: the SDK's CloudWatch Logs client would take the monitor's
// bootstrap over its 15 MB target.
package cwlogs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
)

// Log is one log group: every stream in it (API Gateway writes several).
type Log struct {
	cfg      aws.Config
	endpoint string
	group    string
	signer   *v4.Signer
	http     aws.HTTPClient
	now      func() time.Time
	limit    int // events per page; 0: the service's (10,000)
}

// New returns the reader of the log group named group, with cfg's
// region, credentials and endpoint (BaseEndpoint, as in tests).
func New(cfg aws.Config, group string) *Log {
	ep := "https://logs." + cfg.Region + ".amazonaws.com"
	if cfg.BaseEndpoint != nil && *cfg.BaseEndpoint != "" {
		ep = strings.TrimRight(*cfg.BaseEndpoint, "/")
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Log{cfg: cfg, endpoint: ep, group: group, signer: v4.NewSigner(), http: hc, now: time.Now}
}

type filterInput struct {
	LogGroupName string `json:"logGroupName"`
	StartTime    int64  `json:"startTime"`
	EndTime      int64  `json:"endTime"`
	NextToken    string `json:"nextToken,omitempty"`
	Limit        int    `json:"limit,omitempty"`
}

type filterOutput struct {
	Events []struct {
		Message   string `json:"message"`
		Timestamp int64  `json:"timestamp"`
	} `json:"events"`
	NextToken string `json:"nextToken"`
}

// Messages calls fn with every message logged in [from, to), page by
// page: CloudWatch Logs answers a time range across all streams.
func (l *Log) Messages(ctx context.Context, from, to time.Time, fn func(string) error) error {
	in := filterInput{LogGroupName: l.group, StartTime: from.UnixMilli(), EndTime: to.UnixMilli() - 1, Limit: l.limit} // EndTime is inclusive
	for {
		var out filterOutput
		if err := l.call(ctx, "FilterLogEvents", in, &out); err != nil {
			return fmt.Errorf("cwlogs: %s: %w", l.group, err)
		}
		for _, e := range out.Events {
			if err := fn(e.Message); err != nil {
				return err
			}
		}
		// The last page has no token; a token equal to the one sent
		// would loop for ever.
		if out.NextToken == "" || out.NextToken == in.NextToken {
			return nil
		}
		in.NextToken = out.NextToken
	}
}

// APIError is an error CloudWatch Logs answered.
type APIError struct {
	Status  int
	Type    string
	Message string
}

func (e *APIError) Error() string { return fmt.Sprintf("%s (%d): %s", e.Type, e.Status, e.Message) }

// call makes one signed request, retrying throttling and server errors
// three times with a growing pause.
func (l *Log) call(ctx context.Context, op string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(body)
	var last error
	for attempt := range 4 {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Duration(attempt*attempt) * 200 * time.Millisecond):
			}
		}
		var retry bool
		retry, last = l.once(ctx, op, body, hex.EncodeToString(sum[:]), out)
		if !retry {
			return last
		}
	}
	return last
}

// once makes one request; retry says whether another might succeed
// (throttling, a server error, a broken connection).
func (l *Log) once(ctx context.Context, op string, body []byte, hash string, out any) (retry bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.endpoint+"/", bytes.NewReader(body))
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/x-amz-json-1.1")
	req.Header.Set("X-Amz-Target", "Logs_20140328."+op)
	creds, err := l.cfg.Credentials.Retrieve(ctx)
	if err != nil {
		return false, fmt.Errorf("credentials: %w", err)
	}
	if err := l.signer.SignHTTP(ctx, creds, req, hash, "logs", l.cfg.Region, l.now()); err != nil {
		return false, fmt.Errorf("signing: %w", err)
	}
	res, err := l.http.Do(req)
	if err != nil {
		return ctx.Err() == nil, err
	}
	defer res.Body.Close()
	data, err := io.ReadAll(io.LimitReader(res.Body, 64<<20))
	if err != nil {
		return true, err
	}
	if res.StatusCode != http.StatusOK {
		var e struct {
			Type    string `json:"__type"`
			Message string `json:"message"`
		}
		_ = json.Unmarshal(data, &e)
		if i := strings.LastIndex(e.Type, "#"); i >= 0 {
			e.Type = e.Type[i+1:]
		}
		ae := &APIError{Status: res.StatusCode, Type: e.Type, Message: e.Message}
		return ae.Status >= 500 || strings.Contains(ae.Type, "Throttling"), ae
	}
	// Some calls (CreateLogGroup) answer with no body.
	if len(bytes.TrimSpace(data)) == 0 {
		return false, nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return false, fmt.Errorf("%s answer: %w", op, err)
	}
	return false, nil
}
