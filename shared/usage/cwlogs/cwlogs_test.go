package cwlogs

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	cwtypes "github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs/types"
	awss3 "github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/seoul-plaza/plaza/shared/access"
	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/s3"
	"github.com/seoul-plaza/plaza/shared/usage"
)

var moto awstest.Shared

// counting counts the FilterLogEvents calls that pass.
type counting struct {
	next    cloudwatchlogs.FilterLogEventsAPIClient
	filters atomic.Int32
}

func (c *counting) FilterLogEvents(ctx context.Context, in *cloudwatchlogs.FilterLogEventsInput, opts ...func(*cloudwatchlogs.Options)) (*cloudwatchlogs.FilterLogEventsOutput, error) {
	c.filters.Add(1)
	return c.next.FilterLogEvents(ctx, in, opts...)
}

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// req is one request as the test makes it: what CloudFront's log and
// API Gateway's log each say of it.
type req struct {
	at              time.Time
	viewer, edge    string // CloudFront's c-ip; API Gateway's sourceIp
	method, path, q string
	status          int
	ua              string
	cloudFront      bool // CloudFront logged it (false: its delivery lost it)
}

const (
	mobileUA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
	deskUA   = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36"
	botUA    = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
)

// cloudFrontFields are the columns of a CloudFront standard log (v1.0).
const cloudFrontFields = "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) " +
	"cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for " +
	"ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port " +
	"time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end"

func cloudFrontLine(r req, i int) string {
	q := r.q
	if q == "" {
		q = "-"
	}
	return strings.Join([]string{r.at.UTC().Format(time.DateOnly), r.at.UTC().Format(time.TimeOnly), "ICN57-P1", "812", r.viewer, r.method,
		"d111111abcdef8.cloudfront.net", r.path, fmt.Sprint(r.status), "-", strings.ReplaceAll(r.ua, " ", "%20"), q, "-", "Miss",
		fmt.Sprintf("req%03d==", i), "plaza.example.go.kr", "https", "210", "0.031", "-", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "Miss",
		"HTTP/2.0", "-", "-", "52311", "0.030", "Miss", "application/json", "512", "-", "-"}, "\t")
}

// gatewayLine is the line API Gateway writes for r: the stage's format
// (access.GatewayFormat, what the stack configures) with its $context
// variables filled in, "-" where a variable has no value.
func gatewayLine(r req, i int) string {
	ctx := map[string]string{
		"$context.requestId": fmt.Sprintf("gw%03d", i), "$context.requestTime": r.at.UTC().Format(access.TimeLayout),
		"$context.routeKey": "ANY /api/{proxy+}", "$context.status": fmt.Sprint(r.status), "$context.responseLatency": "31",
		"$context.integrationLatency": "29", "$context.integrationErrorMessage": "-", "$context.authorizer.error": "-",
		"$context.responseLength": "512", "$context.identity.sourceIp": r.edge, "$context.httpMethod": r.method,
		"$context.path": r.path, "$context.identity.userAgent": r.ua,
	}
	line := map[string]string{}
	for k, v := range access.GatewayFormat() {
		val, ok := ctx[v]
		if !ok {
			val = "-"
		}
		line[k] = val
	}
	b, _ := json.Marshal(line)
	return string(b)
}

// TestDailyCountReadsCloudFrontFromS3AndTheGatewayFromCloudWatchLogs:
// GIVEN a CloudFront standard log object in the log bucket for one UTC
// hour, and API Gateway's lines in its CloudWatch Logs group for that
// hour and for hours CloudFront's delivery lost, WHEN the monitor's daily
// aggregation runs against moto_server THEN every request is counted
// once (CloudFront's line where there is one, the gateway's otherwise),
// the gateway's edge addresses count no visitor, and no address is in
// the figures.
func TestDailyCountReadsCloudFrontFromS3AndTheGatewayFromCloudWatchLogs(t *testing.T) {
	srv := moto.Get(t)
	ctx := context.Background()
	now := time.Now()
	// Yesterday in Seoul: CloudWatch Logs takes events of the last 14
	// days only.
	day := usage.Day(now.AddDate(0, 0, -1))
	start, _ := time.ParseInLocation(time.DateOnly, day, time.FixedZone("KST", 9*3600))
	h1, h5, h10 := start.Add(time.Hour), start.Add(5*time.Hour), start.Add(10*time.Hour)
	reqs := []req{
		{at: h1.Add(1 * time.Minute), viewer: "203.0.113.7", edge: "130.176.1.1", method: "GET", path: "/api/documents/DOC-1", status: 200, ua: mobileUA, cloudFront: true},
		{at: h1.Add(2 * time.Minute), viewer: "203.0.113.7", edge: "130.176.1.1", method: "GET", path: "/api/documents/DOC-1", status: 200, ua: mobileUA, cloudFront: true},
		{at: h1.Add(3 * time.Minute), viewer: "198.51.100.9", edge: "130.176.1.2", method: "GET", path: "/api/documents", q: "q=%EA%B5%90%ED%86%B5", status: 200, ua: deskUA, cloudFront: true},
		{at: h1.Add(4 * time.Minute), viewer: "198.51.100.9", edge: "130.176.1.2", method: "POST", path: "/api/beacon", q: "doc=DOC-1&ms=30000", status: 204, ua: deskUA, cloudFront: true},
		// Hours CloudFront's log does not cover.
		{at: h5.Add(10 * time.Minute), viewer: "203.0.113.8", edge: "130.176.2.1", method: "GET", path: "/api/documents/DOC-2", status: 200, ua: mobileUA},
		{at: h5.Add(11 * time.Minute), viewer: "203.0.113.9", edge: "130.176.2.2", method: "GET", path: "/api/documents/DOC-2", status: 200, ua: deskUA},
		{at: h5.Add(12 * time.Minute), viewer: "66.249.66.1", edge: "130.176.2.3", method: "GET", path: "/api/documents/DOC-2", status: 200, ua: botUA},
		{at: h10.Add(5 * time.Minute), viewer: "203.0.113.10", edge: "130.176.3.1", method: "GET", path: "/api/documents/DOC-404", status: 404, ua: deskUA},
	}

	// CloudFront's object: the hour of h1, as CloudFront names it.
	logBucket, work := awstest.Name("plaza-logs"), awstest.Name("plaza-work")
	s3c := awss3.NewFromConfig(srv.Config, func(o *awss3.Options) { o.UsePathStyle = true })
	for _, b := range []string{logBucket, work} {
		if _, err := s3c.CreateBucket(ctx, &awss3.CreateBucketInput{Bucket: aws.String(b),
			CreateBucketConfiguration: &s3types.CreateBucketConfiguration{LocationConstraint: s3types.BucketLocationConstraint(awstest.Region)}}); err != nil {
			t.Fatal(err)
		}
	}
	var cf bytes.Buffer
	cf.WriteString("#Version: 1.0\n#Fields: " + cloudFrontFields + "\n")
	for i, r := range reqs {
		if r.cloudFront {
			cf.WriteString(cloudFrontLine(r, i) + "\n")
		}
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(cf.Bytes())
	zw.Close()
	cfKey := "cloudfront/E2PLAZAEXAMPLE." + h1.UTC().Format("2006-01-02-15") + ".a1b2c3d4.gz"
	if _, err := s3c.PutObject(ctx, &awss3.PutObjectInput{Bucket: aws.String(logBucket), Key: aws.String(cfKey), Body: bytes.NewReader(gz.Bytes())}); err != nil {
		t.Fatal(err)
	}

	// API Gateway's lines, as CloudWatch Logs keeps them: one event each,
	// stamped with the request's time; plus a line of the next day (not
	// this day's) and one that is no access-log line.
	group := awstest.Name("plaza-api-access")
	logs := cloudwatchlogs.NewFromConfig(srv.Config)
	pages := &counting{next: logs}
	cw := New(pages, group)
	cw.limit = 3 // several pages
	if _, err := logs.CreateLogGroup(ctx, &cloudwatchlogs.CreateLogGroupInput{LogGroupName: aws.String(group)}); err != nil {
		t.Fatal(err)
	}
	var events []cwtypes.InputLogEvent
	event := func(at time.Time, m string) cwtypes.InputLogEvent {
		return cwtypes.InputLogEvent{Timestamp: aws.Int64(at.UnixMilli()), Message: aws.String(m)}
	}
	for i, r := range reqs {
		events = append(events, event(r.at, gatewayLine(r, i)))
	}
	events = append(events, event(h10.Add(time.Hour), "START RequestId: not an access log line"))
	next := req{at: start.Add(24*time.Hour + time.Minute), viewer: "203.0.113.11", edge: "130.176.4.1", method: "GET", path: "/api/documents/DOC-3", status: 200, ua: deskUA}
	if next.at.Before(now) {
		events = append(events, event(next.at, gatewayLine(next, 99)))
	}
	half := len(events) / 2
	for i, batch := range [][]cwtypes.InputLogEvent{events[:half], events[half:]} { // API Gateway writes several streams
		stream := aws.String([]string{"a", "b"}[i])
		if _, err := logs.CreateLogStream(ctx, &cloudwatchlogs.CreateLogStreamInput{LogGroupName: aws.String(group), LogStreamName: stream}); err != nil {
			t.Fatal(err)
		}
		out, err := logs.PutLogEvents(ctx, &cloudwatchlogs.PutLogEventsInput{LogGroupName: aws.String(group), LogStreamName: stream, LogEvents: batch})
		if err != nil {
			t.Fatal(err)
		}
		if out.RejectedLogEventsInfo != nil {
			t.Fatalf("CloudWatch Logs rejected events: %+v", *out.RejectedLogEventsInfo)
		}
	}

	// The brute-force count: CloudFront's line where CloudFront covers
	// the hour, the gateway's otherwise.
	covered := h1.UTC().Truncate(time.Hour)
	var wantReq, wantBots, wantViews, wantRelayed int
	viewers := map[string]bool{}
	for _, r := range reqs {
		fromCF := r.at.UTC().Truncate(time.Hour).Equal(covered)
		if !fromCF {
			wantRelayed++
		}
		if access.Device(r.ua) == access.Bot {
			wantBots++
			continue
		}
		wantReq++
		if fromCF {
			viewers[r.viewer] = true
		}
		if r.method == "GET" && r.status == 200 && strings.HasPrefix(r.path, "/api/documents/") {
			wantViews++
		}
	}

	store := s3.New(s3c)
	agg := usage.New(usage.Deps{Store: store, LogBucket: logBucket, LogPrefixes: []string{"cloudfront/"}, WorkBucket: work,
		Gateway: cw, Options: usage.Options{DefaultOrg: "6110000"}, Now: func() time.Time { return now }})
	rep, err := agg.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(rep.Days, day) {
		t.Fatalf("days aggregated %v, want %s among them", rep.Days, day)
	}
	b, err := storage.ReadAll(ctx, store, work, usage.Key(day), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	var f usage.Figures
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if f.Requests != wantReq || f.BotRequests != wantBots || f.PageViews != wantViews || f.Visitors != len(viewers) ||
		f.RelayedLines != wantRelayed || f.Skipped != 1 || f.TimeOnPage.Beacons != 1 {
		t.Fatalf("figures %+v\nwant requests %d, bots %d, views %d, visitors %d, relayed %d, skipped 1, one beacon",
			f, wantReq, wantBots, wantViews, len(viewers), wantRelayed)
	}
	views := map[string]usage.DocCount{}
	for _, d := range f.Documents {
		views[d.ID] = d
	}
	if views["DOC-1"].Views != 2 || views["DOC-1"].Visitors != 1 || views["DOC-2"].Views != 2 || views["DOC-2"].Visitors != 0 {
		t.Fatalf("documents %+v", f.Documents)
	}
	for _, r := range append(reqs, next) {
		for _, ip := range []string{r.viewer, r.edge} {
			if bytes.Contains(b, []byte(ip)) {
				t.Fatalf("address %s in the figures: %s", ip, b)
			}
		}
	}
	if pages.filters.Load() < 2 {
		t.Errorf("%d FilterLogEvents calls: the pages were not followed", pages.filters.Load())
	}
	// A second run counts the day no more: its figures are complete.
	rep, err = agg.Run(ctx)
	if err != nil || slices.Contains(rep.Days, day) {
		t.Fatalf("second run: %+v %v", rep, err)
	}
}

// TestMessagesWrapsTheServiceErrorAndReturnsTheCallersOwn: GIVEN a log
// group that does not exist, WHEN its messages are read THEN the error
// names the group and wraps the service's ResourceNotFoundException;
// GIVEN a group with lines, WHEN fn fails on the first THEN reading stops
// there and fn's error comes back as it is.
func TestMessagesWrapsTheServiceErrorAndReturnsTheCallersOwn(t *testing.T) {
	srv := moto.Get(t)
	ctx := context.Background()
	logs := cloudwatchlogs.NewFromConfig(srv.Config)
	now := time.Now()

	missing := awstest.Name("plaza-no-such-group")
	err := NewFromConfig(srv.Config, missing).Messages(ctx, now.Add(-time.Hour), now, func(string) error { return nil })
	var nf *cwtypes.ResourceNotFoundException
	if !errors.As(err, &nf) || !strings.Contains(err.Error(), missing) {
		t.Fatalf("reading a missing group: %v, want a ResourceNotFoundException naming %s", err, missing)
	}

	group := awstest.Name("plaza-api-access")
	if _, err := logs.CreateLogGroup(ctx, &cloudwatchlogs.CreateLogGroupInput{LogGroupName: aws.String(group)}); err != nil {
		t.Fatal(err)
	}
	if _, err := logs.CreateLogStream(ctx, &cloudwatchlogs.CreateLogStreamInput{LogGroupName: aws.String(group), LogStreamName: aws.String("a")}); err != nil {
		t.Fatal(err)
	}
	var batch []cwtypes.InputLogEvent
	for i := range 3 {
		batch = append(batch, cwtypes.InputLogEvent{Timestamp: aws.Int64(now.Add(time.Duration(i-30) * time.Minute).UnixMilli()), Message: aws.String(fmt.Sprint("line ", i))})
	}
	if _, err := logs.PutLogEvents(ctx, &cloudwatchlogs.PutLogEventsInput{LogGroupName: aws.String(group), LogStreamName: aws.String("a"), LogEvents: batch}); err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	var seen []string
	err = NewFromConfig(srv.Config, group).Messages(ctx, now.Add(-time.Hour), now, func(m string) error {
		seen = append(seen, m)
		return stop
	})
	if err != stop || len(seen) != 1 {
		t.Fatalf("fn failing on the first line: error %v after %q, want %v after one line", err, seen, stop)
	}
}
