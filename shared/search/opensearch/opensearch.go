package opensearch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/opensearch-project/opensearch-go/v2/opensearchapi"
	"github.com/opensearch-project/opensearch-go/v2/opensearchtransport"
	"github.com/opensearch-project/opensearch-go/v2/signer/awsv2"

	"github.com/seoul-plaza/plaza/shared/search"
)

// DefaultAlias is the alias the adapter reads and writes through.
const DefaultAlias = "plaza-documents"

// Defaults for Config fields left zero.
const (
	DefaultBulkBytes = 5 << 20
	DefaultRetries   = 5
	DefaultBackoff   = 200 * time.Millisecond
)

// Config configures an Index.
type Config struct {
	// Endpoint is the domain's base URL, e.g. https://search-plaza-xyz.ap-northeast-2.es.amazonaws.com.
	Endpoint string
	// Region is the AWS region used to sign requests.
	Region string
	// Alias is the name searched and written through; versioned indices
	// (Alias-v1, Alias-v2 …) sit behind it. Default DefaultAlias.
	Alias string
	// HTTPClient sends the requests; nil means http.DefaultClient.
	HTTPClient *http.Client
	// Sign signs every request with SigV4 (service "es") using the AWS SDK's
	// default credential chain, as Amazon OpenSearch Service requires.
	Sign bool
	// Credentials overrides the default credential chain when Sign is set.
	Credentials aws.CredentialsProvider
	// BulkBytes bounds the size of one _bulk body. Default DefaultBulkBytes.
	BulkBytes int
	// Retries is how often a request refused with 429 (or 502/503/504) is
	// retried. Default DefaultRetries; negative means none.
	Retries int
	// Backoff is the first retry delay; it doubles with each attempt and
	// carries jitter. Default DefaultBackoff.
	Backoff time.Duration
	// Refresh makes every write visible to search before it returns
	// ("wait_for"). Tests use it; production leaves it off for throughput.
	Refresh bool
	// Replicas, when set, is the number of replicas in the index template
	// (nil keeps the template's 1): 0 on a single-node domain, whose
	// replicas could never be allocated.
	Replicas *int
}

// Index is the search.Index adapter for OpenSearch.
type Index struct {
	closed    atomic.Bool
	client    *opensearchtransport.Client
	alias     string
	bulkBytes int
	retries   int
	backoff   time.Duration
	refresh   string
	replicas  *int
}

var (
	_ search.Engine    = (*Index)(nil)
	_ search.Rebuilder = (*Index)(nil)
)

// New builds an Index. It does not contact the cluster; call EnsureIndex
// once at deployment or start-up.
func New(ctx context.Context, cfg Config) (*Index, error) {
	if cfg.Endpoint == "" {
		return nil, errors.New("opensearch: Endpoint is required")
	}
	if cfg.Alias == "" {
		cfg.Alias = DefaultAlias
	}
	if cfg.BulkBytes <= 0 {
		cfg.BulkBytes = DefaultBulkBytes
	}
	if cfg.Retries == 0 {
		cfg.Retries = DefaultRetries
	}
	if cfg.Retries < 0 {
		cfg.Retries = 0
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = DefaultBackoff
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = http.DefaultClient
	}
	u, err := url.Parse(strings.TrimRight(cfg.Endpoint, "/"))
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, fmt.Errorf("opensearch: endpoint %q is not a URL like https://host", cfg.Endpoint)
	}
	// The transport alone, not opensearch-go's Client: the Client builds
	// its whole API (opensearchapi.New), which links every request type
	// into each function (half a megabyte) where five are used.
	osc := opensearchtransport.Config{
		URLs: []*url.URL{u},
		// The client's own retries cannot back off on 429 per bulk item,
		// so all retrying happens in this package.
		DisableRetry: true,
		Transport:    clientTransport{hc},
	}
	if cfg.Sign {
		if cfg.Region == "" {
			return nil, errors.New("opensearch: Region is required to sign requests")
		}
		if cfg.Credentials == nil {
			return nil, errors.New("opensearch: Credentials are required to sign requests")
		}
		// The caller's credentials, not the SDK's default chain: linking
		// that chain cost each function's bootstrap about 0.5 MB.
		s, err := awsv2.NewSignerWithService(aws.Config{Region: cfg.Region, Credentials: cfg.Credentials}, "es")
		if err != nil {
			return nil, fmt.Errorf("opensearch: signer: %w", err)
		}
		osc.Signer = s
	}
	c, err := opensearchtransport.New(osc)
	if err != nil {
		return nil, fmt.Errorf("opensearch: client: %w", err)
	}
	x := &Index{
		client:    c,
		alias:     cfg.Alias,
		bulkBytes: cfg.BulkBytes,
		retries:   cfg.Retries,
		backoff:   cfg.Backoff,
		replicas:  cfg.Replicas,
	}
	if cfg.Refresh {
		x.refresh = "wait_for"
	}
	return x, nil
}

// Alias returns the alias the adapter reads and writes through.
func (x *Index) Alias() string { return x.alias }

// Close marks the index closed; later calls return search.ErrClosed. The
// HTTP client belongs to the caller and stays open.
func (x *Index) Close() error {
	x.closed.Store(true)
	return nil
}

// clientTransport lets a caller's *http.Client (with its timeout) carry the
// requests that opensearch-go builds and signs.
type clientTransport struct{ c *http.Client }

func (t clientTransport) RoundTrip(r *http.Request) (*http.Response, error) { return t.c.Do(r) }

// Error is an error answer from OpenSearch.
type Error struct {
	Status int
	Type   string
	Reason string
}

func (e *Error) Error() string {
	if e.Type == "" {
		return fmt.Sprintf("opensearch: HTTP %d", e.Status)
	}
	return fmt.Sprintf("opensearch: HTTP %d %s: %s", e.Status, e.Type, e.Reason)
}

// errorBody is OpenSearch's error envelope; "error" is an object on real
// errors and a bare string on a few (e.g. a 404 from _alias).
type errorBody struct {
	Error  json.RawMessage `json:"error"`
	Status int             `json:"status"`
}

type errorCause struct {
	Type   string `json:"type"`
	Reason string `json:"reason"`
}

func parseError(status int, body []byte) *Error {
	e := &Error{Status: status}
	var eb errorBody
	if json.Unmarshal(body, &eb) != nil || len(eb.Error) == 0 {
		return e
	}
	var c errorCause
	if json.Unmarshal(eb.Error, &c) == nil {
		e.Type, e.Reason = c.Type, c.Reason
		return e
	}
	var s string
	if json.Unmarshal(eb.Error, &s) == nil {
		e.Reason = s
	}
	return e
}

// retryable reports whether a status means "try again later".
func retryable(status int) bool {
	switch status {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// wait sleeps before retry attempt n (0-based): Backoff·2ⁿ with ±50 % jitter.
func (x *Index) wait(ctx context.Context, n int) error {
	d := x.backoff << min(n, 10)
	d = d/2 + rand.N(d)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// call runs one API request, retrying with backoff while OpenSearch says it
// is overloaded. The request is rebuilt by do on every attempt, so bodies
// are fresh. It returns the status and body of the final answer; statuses
// ≥ 300 are not errors here, callers decide.
func (x *Index) call(ctx context.Context, do func(context.Context) (*opensearchapi.Response, error)) (int, []byte, error) {
	for n := 0; ; n++ {
		res, err := do(ctx)
		if err != nil {
			return 0, nil, fmt.Errorf("opensearch: %w", err)
		}
		body, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			return 0, nil, fmt.Errorf("opensearch: read answer: %w", err)
		}
		if retryable(res.StatusCode) && n < x.retries {
			if err := x.wait(ctx, n); err != nil {
				return 0, nil, err
			}
			continue
		}
		return res.StatusCode, body, nil
	}
}

// callJSON runs a request and decodes a 2xx answer into out (if non-nil);
// other statuses become *Error.
func (x *Index) callJSON(ctx context.Context, out any, do func(context.Context) (*opensearchapi.Response, error)) error {
	status, body, err := x.call(ctx, do)
	if err != nil {
		return err
	}
	if status >= 300 {
		return parseError(status, body)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("opensearch: decode answer: %w", err)
	}
	return nil
}

// perform sends a request that opensearchapi cannot express as we need it
// (the _bulk body must be sent as application/x-ndjson).
func (x *Index) perform(method, path, rawQuery, contentType string, body []byte) func(context.Context) (*opensearchapi.Response, error) {
	return func(ctx context.Context) (*opensearchapi.Response, error) {
		req, err := http.NewRequestWithContext(ctx, method, path, bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.URL.RawQuery = rawQuery
		req.Header.Set("Content-Type", contentType)
		res, err := x.client.Perform(req)
		if err != nil {
			return nil, err
		}
		return &opensearchapi.Response{StatusCode: res.StatusCode, Header: res.Header, Body: res.Body}, nil
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		// Only our own maps and structs are marshalled here.
		panic(err)
	}
	return b
}

func intp(n int) *int { return &n }
