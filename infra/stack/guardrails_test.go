package stack

import (
	"fmt"
	"strings"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2/assertions"
	"github.com/aws/jsii-runtime-go"
)

func TestAPIHasNoSideDoor(t *testing.T) {
	tp := fixture.devJSON
	secret := "{{resolve:secretsmanager:<" + idOf(t, tp, "AWS::SecretsManager::Secret", "OriginSecret") + ">:SecretString:::}}"
	// THEN no output publishes the API's own endpoint
	for k, o := range tp["Outputs"].(map[string]interface{}) {
		if v := render(o.(map[string]interface{})["Value"]); strings.Contains(v, "execute-api") || strings.Contains(v, "HttpApi") {
			t.Errorf("output %s publishes the API endpoint: %s", k, v)
		}
	}
	// AND CloudFront sends the origin secret to the API origin
	dist := props(tp.resources()[idOf(t, tp, "AWS::CloudFront::Distribution", "Portal")])["DistributionConfig"].(map[string]interface{})
	sent := 0
	for _, o := range list(dist["Origins"]) {
		o := o.(map[string]interface{})
		if o["CustomOriginConfig"] == nil {
			continue
		}
		for _, h := range list(o["OriginCustomHeaders"]) {
			h := h.(map[string]interface{})
			if h["HeaderName"] == "X-Plaza-Origin" && render(h["HeaderValue"]) == secret {
				sent++
			}
		}
	}
	if sent != 1 {
		t.Errorf("the API origin sends the secret %d times, want once", sent)
	}
	// AND the api function, which refuses requests without it, gets the
	// same secret, as a dynamic reference (not in the template)
	env := props(tp.resources()[idOf(t, tp, "AWS::Lambda::Function", "ApiFunction")])["Environment"].(map[string]interface{})["Variables"].(map[string]interface{})
	if render(env[EnvOriginSecret]) != secret {
		t.Errorf("api %s = %v, want %s", EnvOriginSecret, render(env[EnvOriginSecret]), secret)
	}
	// AND the inquiry rate limits trust CloudFront-Viewer-Address only
	// because every request passed that check (gateway.RequireOrigin)
}

func TestProdHasAWAFAndDevDoesNot(t *testing.T) {
	// GIVEN the prod distribution THEN it is behind a web ACL
	prodDist := props(fixture.prodJSON.resources()[idOf(t, fixture.prodJSON, "AWS::CloudFront::Distribution", "Portal")])["DistributionConfig"].(map[string]interface{})
	if prodDist["WebACLId"] == nil {
		t.Error("prod: no web ACL on the distribution")
	}
	devDist := props(fixture.devJSON.resources()[idOf(t, fixture.devJSON, "AWS::CloudFront::Distribution", "Portal")])["DistributionConfig"].(map[string]interface{})
	if devDist["WebACLId"] != nil {
		t.Errorf("dev: web ACL %v (plaza:waf defaults to false there)", devDist["WebACLId"])
	}
	// AND that ACL, in us-east-1 with CloudFront scope, runs the AWS
	// managed rule groups and the rate rules
	if fixture.edge.Region() == nil || *fixture.edge.Region() != EdgeRegion {
		t.Errorf("edge stack in %v", fixture.edge.Region())
	}
	acls := byType(fixture.edgeJSON, "AWS::WAFv2::WebACL")
	if len(acls) != 1 {
		t.Fatalf("%d web ACLs in the edge stack", len(acls))
	}
	for _, r := range acls {
		p := props(r)
		if p["Scope"] != "CLOUDFRONT" || fmt.Sprint(p["DefaultAction"]) != "map[Allow:map[]]" {
			t.Errorf("web ACL %v %v", p["Scope"], p["DefaultAction"])
		}
		groups, rates := map[string]bool{}, map[string]string{}
		for _, rule := range list(p["Rules"]) {
			rule := rule.(map[string]interface{})
			st := rule["Statement"].(map[string]interface{})
			if m, ok := st["ManagedRuleGroupStatement"].(map[string]interface{}); ok && m["VendorName"] == "AWS" {
				groups[m["Name"].(string)] = true
			}
			if rb, ok := st["RateBasedStatement"].(map[string]interface{}); ok && fmt.Sprint(rule["Action"]) == "map[Block:map[]]" {
				rates[rule["Name"].(string)] = fmt.Sprint(rb["ScopeDownStatement"])
			}
		}
		for _, g := range ManagedRuleGroups() {
			if !groups[g] {
				t.Errorf("no managed rule group %s", g)
			}
		}
		if _, ok := rates["RatePerAddress"]; !ok || !strings.Contains(rates["InquiryRatePerAddress"], "/api/inquiries") {
			t.Errorf("rate rules %v", rates)
		}
		// AND the common rule set's body limit blocks every route but the
		// pre-release check: counted in the group, blocked by the label
		// after it
		size, priorities := "", map[string]bool{}
		for _, rule := range list(p["Rules"]) {
			rule := rule.(map[string]interface{})
			st := rule["Statement"].(map[string]interface{})
			if pr := fmt.Sprint(rule["Priority"]); priorities[pr] {
				t.Errorf("two rules of priority %s", pr)
			} else {
				priorities[pr] = true
			}
			if m, ok := st["ManagedRuleGroupStatement"].(map[string]interface{}); ok && m["Name"] == "AWSManagedRulesCommonRuleSet" {
				if fmt.Sprint(m["RuleActionOverrides"]) != "[map[ActionToUse:map[Count:map[]] Name:SizeRestrictions_BODY]]" {
					t.Errorf("common rule set overrides %v", m["RuleActionOverrides"])
				}
			}
			if rule["Name"] == "BodySizeExceptCheck" && fmt.Sprint(rule["Action"]) == "map[Block:map[]]" {
				size = fmt.Sprint(st)
			}
		}
		if !strings.Contains(size, bodySizeLabel) || !strings.Contains(size, "NotStatement") || !strings.Contains(size, CheckPath) {
			t.Errorf("the body-size rule: %s", size)
		}
	}
	for _, m := range *fixture.edgeAnn.FindError(jsii.String("*"), assertions.Match_StringLikeRegexp(jsii.String("AwsSolutions-.*"))) {
		t.Errorf("edge: %v", m.Entry.Data)
	}
}

func TestKMSDecryptIsLimitedToS3OrTheSealingContext(t *testing.T) {
	for _, c := range []struct {
		name string
		tp   tmpl
	}{{"dev", fixture.devJSON}, {"prod", fixture.prodJSON}} {
		key := "<" + idOf(t, c.tp, "AWS::KMS::Key", "DataKey") + ".Arn>"
		for _, fn := range Functions() {
			role := c.tp.functionRole(idOf(t, c.tp, "AWS::Lambda::Function", title(fn)+"Function"))
			for _, g := range c.tp.roleGrants(role) {
				if !strings.HasPrefix(g.Action, "kms:") || (g.Resource != key && g.Resource != "*") {
					continue
				}
				// THEN every use of the data key either goes through S3
				// or carries the encryption context inquiry sealing binds
				viaS3 := strings.Contains(g.Condition, "kms:ViaService:map[Fn::Sub:s3.${AWS::Region}.amazonaws.com]")
				sealing := strings.Contains(g.Condition, "kms:EncryptionContextKeys:plaza")
				if !viaS3 && !sealing {
					t.Errorf("%s %s: %s on the data key without kms:ViaService or the sealing context: %q", c.name, fn, g.Action, g.Condition)
				}
			}
		}
	}
}

func TestMonitorNeverRunsTwiceAtOnceAndEveryFunctionIsTraced(t *testing.T) {
	for id, r := range byType(fixture.devJSON, "AWS::Lambda::Function") {
		p := props(r)
		if id == portalHandler(t, fixture.devJSON) {
			continue
		}
		// THEN every function is traced with X-Ray
		if fmt.Sprint(p["TracingConfig"]) != "map[Mode:Active]" {
			t.Errorf("%s: tracing %v", id, p["TracingConfig"])
		}
		// AND the monitor (5-minute timeout on a 5-minute schedule) and
		// the deploy-time setup run one at a time
		one := strings.HasPrefix(id, "MonitorFunction") || strings.HasPrefix(id, "SetupFunction")
		if got := p["ReservedConcurrentExecutions"]; one != (got == float64(1)) {
			t.Errorf("%s: reserved concurrency %v", id, got)
		}
	}
}

func TestLogRetentionIsPerStageAndProdKeepsLogsAndDeadLetters(t *testing.T) {
	for _, c := range []struct {
		name, policy string
		days         float64
		tp           tmpl
	}{{"dev", "Delete", 14, fixture.devJSON}, {"prod", "Retain", 365, fixture.prodJSON}} {
		groups := byType(c.tp, "AWS::Logs::LogGroup")
		if len(groups) < len(Functions())+5 {
			t.Errorf("%s: only %d log groups", c.name, len(groups))
		}
		// THEN every log group keeps its stage's days (the API's access
		// log, which names addresses, at most AccessLogDays), and prod
		// keeps the group itself when the stack goes
		for id, r := range groups {
			days := c.days
			if strings.HasPrefix(id, "ApiAccessLogs") {
				days = min(days, AccessLogDays)
			}
			if props(r)["RetentionInDays"] != days || r["DeletionPolicy"] != c.policy {
				t.Errorf("%s: log group %s keeps %v days, deletion policy %v", c.name, id, props(r)["RetentionInDays"], r["DeletionPolicy"])
			}
		}
		// AND every dead-letter queue too
		for id, r := range byType(c.tp, "AWS::SQS::Queue") {
			if r["DeletionPolicy"] != c.policy {
				t.Errorf("%s: queue %s deletion policy %v", c.name, id, r["DeletionPolicy"])
			}
		}
	}
}

func TestPhysicalNamesComeFromTheStackName(t *testing.T) {
	// GIVEN every name the templates fix THEN each carries its stack's
	// name, which is unique per account and region, so a second stack of
	// a stage (plaza:instance) can live beside the first
	for _, c := range []struct {
		stack string
		tp    tmpl
	}{{"plaza-dev", fixture.devJSON}, {"plaza-prod", fixture.prodJSON}} {
		names := map[string]string{}
		for id, r := range c.tp.resources() {
			p := props(r)
			switch r["Type"] {
			case "AWS::OpenSearchService::Domain":
				names[id] = render(p["DomainName"])
			case "AWS::Logs::ResourcePolicy":
				names[id] = render(p["PolicyName"])
			case "AWS::CloudWatch::Dashboard":
				names[id] = strings.ToLower(render(p["DashboardName"]))
			case "AWS::Cognito::UserPoolDomain":
				names[id] = render(p["Domain"])
			case "AWS::Cognito::UserPool":
				names[id] = render(p["UserPoolName"])
			}
		}
		if len(names) != 5 {
			t.Errorf("%s: named resources %v", c.stack, names)
		}
		for id, n := range names {
			if !strings.HasPrefix(n, c.stack) {
				t.Errorf("%s: %s is named %q, not after the stack", c.stack, id, n)
			}
		}
	}
	// AND long stack names are cut to a service's limit without colliding
	a, b := PhysicalName("Plaza-prod-averyveryverylongname1", 28), PhysicalName("Plaza-prod-averyveryverylongname2", 28)
	if len(a) > 28 || len(b) > 28 || a == b || !strings.HasPrefix(a, "plaza-prod-") {
		t.Errorf("PhysicalName: %q %q", a, b)
	}
	if got := PhysicalName("Plaza-dev-blue", 28); got != "plaza-dev-blue" {
		t.Errorf("PhysicalName(Plaza-dev-blue) = %q", got)
	}
}

func TestAlarmsWatchSearchTablesAndMail(t *testing.T) {
	metrics := map[string]int{}
	for _, r := range byType(fixture.devJSON, "AWS::CloudWatch::Alarm") {
		metrics[fmt.Sprint(props(r)["Namespace"])+"/"+fmt.Sprint(props(r)["MetricName"])]++
	}
	// THEN the search cluster's health, memory and storage, both tables'
	// throttling and SES's reputation each raise an alarm
	for m, n := range map[string]int{
		"AWS/ES/ClusterStatus.red": 1, "AWS/ES/ClusterStatus.yellow": 1, "AWS/ES/JVMMemoryPressure": 1, "AWS/ES/FreeStorageSpace": 1,
		"AWS/DynamoDB/ReadThrottleEvents": 2, "AWS/DynamoDB/WriteThrottleEvents": 2,
		"AWS/SES/Reputation.BounceRate": 1, "AWS/SES/Reputation.ComplaintRate": 1,
	} {
		if metrics[m] != n {
			t.Errorf("%s: %d alarms, want %d", m, metrics[m], n)
		}
	}
}

func TestDevRunsNoReplicasOnItsSingleNode(t *testing.T) {
	digests := map[string]string{}
	for _, c := range []struct {
		name, replicas string
		tp             tmpl
	}{{"dev", "0", fixture.devJSON}, {"prod", "2", fixture.prodJSON}} {
		// GIVEN the setup function, which installs the index template
		env := props(c.tp.resources()[idOf(t, c.tp, "AWS::Lambda::Function", "SetupFunction")])["Environment"].(map[string]interface{})["Variables"].(map[string]interface{})
		// THEN dev's one node gets indices without replicas (green, not
		// yellow), prod's three zones two replicas (copies a multiple of
		// three, as Multi-AZ with Standby wants)
		if env[EnvOpenSearchReplicas] != c.replicas {
			t.Errorf("%s: %s = %v, want %s", c.name, EnvOpenSearchReplicas, env[EnvOpenSearchReplicas], c.replicas)
		}
		for _, r := range byType(c.tp, "Custom::PlazaSearchSetup") {
			digests[c.name] = fmt.Sprint(props(r)["Digest"])
		}
	}
	// AND the setup resource changes with them, so an update re-runs it
	if digests["dev"] == "" || digests["dev"] == digests["prod"] {
		t.Errorf("setup digests %v", digests)
	}
}
