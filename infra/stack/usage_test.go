package stack

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/access"
)

// TestAccessLogsFeedTheUsageFiguresAndExpire: GIVEN the dev stack THEN
// API Gateway writes the access-log line the local stack writes (every
// key of access.GatewayFormat, with its $context variable) and keeps it
// 30 days; CloudFront's logs expire after 30 days in the log bucket,
// whose other logs are kept longer; and the monitor, which counts them,
// is told the bucket and may read only CloudFront's logs there.
func TestAccessLogsFeedTheUsageFiguresAndExpire(t *testing.T) {
	tp := fixture.devJSON
	for _, st := range byType(tp, "AWS::ApiGatewayV2::Stage") {
		format, _ := props(st)["AccessLogSettings"].(map[string]interface{})["Format"].(string)
		var got map[string]string
		if err := json.Unmarshal([]byte(format), &got); err != nil {
			t.Fatalf("access log format %q: %v", format, err)
		}
		for k, v := range access.GatewayFormat() {
			if got[k] != v {
				t.Errorf("access log %s = %q, want %q", k, got[k], v)
			}
		}
		if len(got) != len(access.GatewayFormat()) {
			t.Errorf("access log keys %v", got)
		}
	}
	groups := byType(tp, "AWS::Logs::LogGroup")
	if g := groups[idOf(t, tp, "AWS::Logs::LogGroup", "ApiAccessLogs")]; props(g)["RetentionInDays"].(float64) > AccessLogDays {
		t.Errorf("API access logs kept %v days", props(g)["RetentionInDays"])
	}
	logBucket := idOf(t, tp, "AWS::S3::Bucket", "LogBucket")
	rules := props(byType(tp, "AWS::S3::Bucket")[logBucket])["LifecycleConfiguration"].(map[string]interface{})["Rules"].([]interface{})
	var access, other bool
	for _, r := range rules {
		r := r.(map[string]interface{})
		switch {
		case r["Prefix"] == PrefixCloudFrontLogs && r["ExpirationInDays"] == float64(30) && r["Status"] == "Enabled":
			access = true
		case r["Prefix"] == nil && r["ExpirationInDays"].(float64) > 30:
			other = true
		}
	}
	if !access || !other {
		t.Errorf("log bucket rules %v", rules)
	}
	dist := byType(tp, "AWS::CloudFront::Distribution")
	for _, d := range dist {
		lg := props(d)["DistributionConfig"].(map[string]interface{})["Logging"].(map[string]interface{})
		if lg["Prefix"] != PrefixCloudFrontLogs {
			t.Errorf("CloudFront logs to %v", lg["Prefix"])
		}
	}
	fn := byType(tp, "AWS::Lambda::Function")[idOf(t, tp, "AWS::Lambda::Function", "MonitorFunction")]
	vars := props(fn)["Environment"].(map[string]interface{})["Variables"].(map[string]interface{})
	ref, _ := vars[EnvLogBucket].(map[string]interface{})
	if ref["Ref"] != logBucket {
		t.Errorf("monitor's %s = %v, want the log bucket", EnvLogBucket, vars[EnvLogBucket])
	}
	// AND the monitor reads API Gateway's lines where its delivery
	// really puts them (the stage's log group), and may only filter them.
	apiLogs := idOf(t, tp, "AWS::Logs::LogGroup", "ApiAccessLogs")
	for _, st := range byType(tp, "AWS::ApiGatewayV2::Stage") {
		if dest := render(props(st)["AccessLogSettings"].(map[string]interface{})["DestinationArn"]); dest != "<"+apiLogs+".Arn>" {
			t.Errorf("the stage logs to %s, want %s", dest, apiLogs)
		}
	}
	if got, _ := vars[EnvAccessLogGroup].(map[string]interface{}); got["Ref"] != apiLogs {
		t.Errorf("monitor's %s = %v, want the API's access log group", EnvAccessLogGroup, vars[EnvAccessLogGroup])
	}
	var filters bool
	for _, g := range tp.roleGrants(tp.functionRole(idOf(t, tp, "AWS::Lambda::Function", "MonitorFunction"))) {
		if strings.Contains(g.Resource, apiLogs) {
			if g.Action != "logs:FilterLogEvents" {
				t.Errorf("monitor may %s on %s", g.Action, g.Resource)
			}
			filters = filters || g.Resource == "<"+apiLogs+".Arn>"
		}
	}
	if !filters {
		t.Error("the monitor may not read API Gateway's access log")
	}
}
