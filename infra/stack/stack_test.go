package stack

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/assertions"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdklabs/cdk-nag-go/cdknag/v2"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/emf"
	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
	ledgerddb "github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
)

// One app with a dev and a prod stack, synthesized once for all tests:
// starting jsii and synthesizing cost seconds each time.
var fixture struct {
	dev, prod       *Plaza
	devT, prodT     assertions.Template
	devJSON         tmpl
	prodJSON        tmpl
	devAnn, prodAnn assertions.Annotations
	edge            awscdk.Stack
	edgeJSON        tmpl
	edgeAnn         assertions.Annotations
	// orgs is a dev stack (instance "orgs") whose organizations come from
	// a folder (plaza:orgsDir): the embedded two and a third district
	// sending from two prefixes.
	orgs     *Plaza
	orgsJSON tmpl
	orgsAnn  assertions.Annotations
	err      error
}

func TestMain(m *testing.M) {
	start := time.Now()
	// The jsii runtime's node inherits these: without them every run
	// prints Node 20's end-of-life banner (use Node 22 or 24; see
	// infra/check's quietNode). An explicit setting wins.
	for k, v := range map[string]string{
		"JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION":  "1",
		"JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
	} {
		if _, ok := os.LookupEnv(k); !ok {
			os.Setenv(k, v)
		}
	}
	code := func() int {
		defer jsii.Close()
		if err := synth(); err != nil {
			fmt.Fprintln(os.Stderr, "synth:", err)
			return 1
		}
		fmt.Fprintf(os.Stderr, "stack: synthesized dev and prod in %s\n", time.Since(start).Round(time.Millisecond))
		return m.Run()
	}()
	os.Exit(code)
}

func synth() error {
	wd, _ := os.Getwd()
	root, err := RepoRoot(wd)
	if err != nil {
		return err
	}
	ctx, err := FileContext(root)
	if err != nil {
		return err
	}
	out, err := os.MkdirTemp("", "plaza-stack-test-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(out)
	code, err := Placeholders(out)
	if err != nil {
		return err
	}
	site, err := PortalSite(root, out)
	if err != nil {
		return err
	}
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out + "/cdk.out")})
	mk := func(stage string) (*Plaza, error) {
		cfg, err := DefaultConfig(stage)
		if err != nil {
			return nil, err
		}
		props := &Props{Config: cfg, Code: code, Site: site}
		if stage == "prod" {
			// Prod refuses the example sender and wants an alarm address;
			// its WAF lives in a us-east-1 stack, as the app makes it.
			cfg.MailFrom, cfg.AlarmEmail = "plaza@seoul.go.kr", "ops@seoul.go.kr"
			props.Config = cfg
			env := &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("ap-northeast-2")}
			edge, arn := NewEdgeStack(app, cfg, awscdk.StackProps{Env: &awscdk.Environment{Account: env.Account}})
			fixture.edge = edge
			props.WebACLArn = arn
			props.Env, props.CrossRegionReferences = env, jsii.Bool(true)
		}
		return NewPlazaStack(app, cfg.StackName(), props)
	}
	if fixture.dev, err = mk("dev"); err != nil {
		return err
	}
	if fixture.prod, err = mk("prod"); err != nil {
		return err
	}
	if fixture.orgs, err = orgsStack(app, out, code, site); err != nil {
		return err
	}
	awscdk.Aspects_Of(app).Add(cdknag.NewAwsSolutionsChecks(&cdknag.NagPackProps{Verbose: jsii.Bool(true)}), nil)
	// Template_FromStack synthesizes the whole app (aspects included) once.
	fixture.devT = assertions.Template_FromStack(fixture.dev.Stack, nil)
	fixture.prodT = assertions.Template_FromStack(fixture.prod.Stack, nil)
	fixture.devAnn = assertions.Annotations_FromStack(fixture.dev.Stack)
	fixture.prodAnn = assertions.Annotations_FromStack(fixture.prod.Stack)
	fixture.edgeAnn = assertions.Annotations_FromStack(fixture.edge)
	fixture.orgsAnn = assertions.Annotations_FromStack(fixture.orgs.Stack)
	for _, x := range []struct {
		t   assertions.Template
		dst *tmpl
	}{{fixture.devT, &fixture.devJSON}, {fixture.prodT, &fixture.prodJSON}, {assertions.Template_FromStack(fixture.edge, nil), &fixture.edgeJSON},
		{assertions.Template_FromStack(fixture.orgs.Stack, nil), &fixture.orgsJSON}} {
		data, err := json.Marshal(x.t.ToJSON())
		if err != nil {
			return err
		}
		if err := json.Unmarshal(data, x.dst); err != nil {
			return err
		}
	}
	return nil
}

// check runs an assertions call, turning its panic into a test error.
func check(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s: %v", what, r)
		}
	}()
	f()
}

func byType(tp tmpl, typ string) map[string]map[string]interface{} {
	out := map[string]map[string]interface{}{}
	for id, r := range tp.resources() {
		if r["Type"] == typ {
			out[id] = r
		}
	}
	return out
}

// idOf finds the logical id with the given construct-id prefix (CDK adds
// an 8-hex-digit hash).
func idOf(t *testing.T, tp tmpl, typ, prefix string) string {
	t.Helper()
	for id := range byType(tp, typ) {
		if strings.HasPrefix(id, prefix) && len(id) == len(prefix)+8 {
			return id
		}
	}
	t.Fatalf("no %s named %s…", typ, prefix)
	return ""
}

func TestFunctionsRunOnProvidedAL2023Arm64(t *testing.T) {
	// GIVEN the dev stack
	fns := byType(fixture.devJSON, "AWS::Lambda::Function")
	// (CDK's portal-deployment handler, checked in site_test.go, is the
	// one helper Lambda the stack is meant to have)
	delete(fns, portalHandler(t, fixture.devJSON))
	// THEN each of the six functions is a Go bootstrap for arm64 on AL2023
	if len(fns) != len(Functions()) {
		t.Errorf("functions: got %d, want %d (a construct added a helper Lambda?)", len(fns), len(Functions()))
	}
	for id, r := range fns {
		p := props(r)
		if p["Runtime"] != "provided.al2023" || p["Handler"] != "bootstrap" {
			t.Errorf("%s: runtime %v handler %v", id, p["Runtime"], p["Handler"])
		}
		if a := list(p["Architectures"]); len(a) != 1 || a[0] != "arm64" {
			t.Errorf("%s: architectures %v", id, a)
		}
		if lc, _ := p["LoggingConfig"].(map[string]interface{}); lc["LogFormat"] != "JSON" {
			t.Errorf("%s: logging %v", id, lc)
		}
	}
}

func TestFunctionsGetOnlyTheirEnvironment(t *testing.T) {
	allowed := map[string]bool{}
	for _, e := range []string{EnvStage, EnvInboxBucket, EnvWorkBucket, EnvPublicBucket, EnvLedgerTable, EnvInquiryTable, EnvOpenSearchEndpoint,
		EnvOpenSearchAlias, EnvOrgCode, EnvOrgName, EnvMailFrom, EnvSESConfigSet, EnvSMSSenderID, EnvKMSKeyID, EnvPortalURL, EnvLogLevel,
		EnvSenders, EnvOpenSearchReplicas, EnvOriginSecret, EnvDistributionID, EnvEndpointURL, EnvOrgsDir, EnvSurveys, EnvLogBucket, EnvAccessLogGroup, EnvReconcileSample, EnvDeadLetterQueues} {
		allowed[e] = true
	}
	for _, v := range config.All() {
		if !allowed[string(v)] {
			t.Errorf("shared/config reads %s, which the stack never sets", v)
		}
	}
	for name, sp := range specs() {
		// GIVEN a function's spec WHEN the stack is synthesized
		id := idOf(t, fixture.devJSON, "AWS::Lambda::Function", title(name)+"Function")
		vars := props(fixture.devJSON.resources()[id])["Environment"].(map[string]interface{})["Variables"].(map[string]interface{})
		var got, want []string
		for k := range vars {
			got = append(got, k)
		}
		// (and the SDK's endpoint override, empty, for sam local invoke)
		want = append(want, sp.env...)
		want = append(want, EnvEndpointURL)
		if vars[EnvEndpointURL] != "" {
			t.Errorf("%s: %s = %v, want empty on AWS", name, EnvEndpointURL, vars[EnvEndpointURL])
		}
		sort.Strings(got)
		sort.Strings(want)
		// THEN it has exactly those variables, all from the agreed list
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: env %v, want %v", name, got, want)
		}
		for _, k := range got {
			if !allowed[k] {
				t.Errorf("%s: unknown variable %s", name, k)
			}
		}
		// AND it has every variable the function requires at start-up
		for _, v := range config.Needs(name) {
			if _, ok := vars[string(v)]; !ok {
				t.Errorf("%s: lacks %s, which shared/config requires", name, v)
			}
		}
		if vars[EnvStage] != "dev" {
			t.Errorf("%s: %s = %v", name, EnvStage, vars[EnvStage])
		}
	}
}

func TestEveryAsyncPathRetriesAndDeadLetters(t *testing.T) {
	tp := fixture.devJSON
	queues := byType(tp, "AWS::SQS::Queue")
	isQueue := func(v interface{}) bool {
		s := render(v)
		for id := range queues {
			if s == "<"+id+".Arn>" {
				return true
			}
		}
		return false
	}
	// GIVEN every EventBridge rule (object triggers and schedules)
	rules := byType(tp, "AWS::Events::Rule")
	if len(rules) < 5 {
		t.Errorf("rules: got %d, want the three object triggers and two schedules", len(rules))
	}
	targeted := map[string]bool{}
	for id, r := range rules {
		for _, tg := range list(props(r)["Targets"]) {
			tg := tg.(map[string]interface{})
			// THEN each target retries and dead-letters to a queue
			rp, _ := tg["RetryPolicy"].(map[string]interface{})
			if rp["MaximumRetryAttempts"] == nil || rp["MaximumEventAgeInSeconds"] == nil {
				t.Errorf("rule %s: no retry policy: %v", id, tg)
			}
			dl, _ := tg["DeadLetterConfig"].(map[string]interface{})
			if !isQueue(dl["Arn"]) {
				t.Errorf("rule %s: dead letters go to %v, not a queue of the stack", id, dl)
			}
			targeted[strings.TrimSuffix(strings.TrimPrefix(render(tg["Arn"]), "<"), ".Arn>")] = true
		}
	}
	// AND each targeted function, invoked asynchronously, has its own
	// retries, maximum age and on-failure queue
	configs := map[string]map[string]interface{}{}
	for _, r := range byType(tp, "AWS::Lambda::EventInvokeConfig") {
		configs[strings.Trim(render(props(r)["FunctionName"]), "<>")] = props(r)
	}
	for _, fn := range []string{Ingest, Redact, Index, Monitor} {
		id := idOf(t, tp, "AWS::Lambda::Function", title(fn)+"Function")
		if !targeted[id] {
			t.Errorf("%s: not the target of any rule", fn)
		}
		c := configs[id]
		if c == nil {
			t.Errorf("%s: no async invoke config", fn)
			continue
		}
		if c["MaximumRetryAttempts"] != float64(2) || c["MaximumEventAgeInSeconds"] == nil {
			t.Errorf("%s: async config %v", fn, c)
		}
		dest := c["DestinationConfig"].(map[string]interface{})["OnFailure"].(map[string]interface{})["Destination"]
		if !isQueue(dest) {
			t.Errorf("%s: on-failure destination %v is not a queue", fn, dest)
		}
	}
	// AND the stream that drives notify bisects, retries and dead-letters
	check(t, "notify stream", func() {
		fixture.devT.HasResourceProperties(jsii.String("AWS::Lambda::EventSourceMapping"), &map[string]interface{}{
			"BisectBatchOnFunctionError":     true,
			"MaximumRetryAttempts":           5,
			"FunctionResponseTypes":          []string{"ReportBatchItemFailures"},
			"DestinationConfig":              map[string]interface{}{"OnFailure": map[string]interface{}{"Destination": assertions.Match_AnyValue()}},
			"MaximumRecordAgeInSeconds":      assertions.Match_AnyValue(),
			"EventSourceArn":                 map[string]interface{}{"Fn::GetAtt": []string{idOf(t, tp, "AWS::DynamoDB::Table", "InquiryTable"), "StreamArn"}},
			"FilterCriteria":                 assertions.Match_AnyValue(),
			"StartingPosition":               "TRIM_HORIZON",
			"BatchSize":                      10,
			"MaximumBatchingWindowInSeconds": assertions.Match_Absent(),
		})
	})
}

func TestObjectTriggersMatchTheDesign(t *testing.T) {
	tp := fixture.devJSON
	want := map[string]struct {
		bucket, kinds string
		key           map[string]interface{}
	}{
		Ingest: {"InboxBucket", "Object Created", map[string]interface{}{"suffix": "envelope.json"}},
		Redact: {"WorkBucket", "Object Created", map[string]interface{}{"prefix": "staged/"}},
		Index:  {"PublicBucket", "Object Created,Object Deleted", map[string]interface{}{"prefix": "documents/"}},
	}
	for fn, w := range want {
		// GIVEN the rule that starts fn
		id := idOf(t, tp, "AWS::Events::Rule", title(fn)+"Trigger")
		pat := props(tp.resources()[id])["EventPattern"].(map[string]interface{})
		// THEN it matches the bucket, the event kinds and the key filter
		var kinds []string
		for _, k := range list(pat["detail-type"]) {
			kinds = append(kinds, k.(string))
		}
		if strings.Join(kinds, ",") != w.kinds {
			t.Errorf("%s: detail-type %v, want %s", fn, kinds, w.kinds)
		}
		d := pat["detail"].(map[string]interface{})
		if b := render(list(d["bucket"].(map[string]interface{})["name"])[0]); b != "<"+idOf(t, tp, "AWS::S3::Bucket", w.bucket)+">" {
			t.Errorf("%s: bucket %s", fn, b)
		}
		key := list(d["object"].(map[string]interface{})["key"])[0].(map[string]interface{})
		if fmt.Sprint(key) != fmt.Sprint(w.key) {
			t.Errorf("%s: key filter %v, want %v", fn, key, w.key)
		}
	}
}

func TestObjectEventsAreArchivedForReplay(t *testing.T) {
	for _, c := range []struct {
		name string
		tp   tmpl
		days float64
	}{{"dev", fixture.devJSON, 14}, {"prod", fixture.prodJSON, 90}} {
		// GIVEN the stack's event archive
		id := idOf(t, c.tp, "AWS::Events::Archive", "EventArchive")
		p := props(c.tp.resources()[id])
		// THEN it keeps the S3 events of the three pipeline buckets from
		// the default bus, for the stage's retention
		pat := p["EventPattern"].(map[string]interface{})
		var buckets []string
		for _, b := range list(pat["detail"].(map[string]interface{})["bucket"].(map[string]interface{})["name"]) {
			buckets = append(buckets, render(b))
		}
		want := []string{"<" + idOf(t, c.tp, "AWS::S3::Bucket", "InboxBucket") + ">", "<" + idOf(t, c.tp, "AWS::S3::Bucket", "WorkBucket") + ">",
			"<" + idOf(t, c.tp, "AWS::S3::Bucket", "PublicBucket") + ">"}
		if fmt.Sprint(list(pat["source"])) != "[aws.s3]" || strings.Join(buckets, ",") != strings.Join(want, ",") {
			t.Errorf("%s: archive pattern %v", c.name, pat)
		}
		if !strings.HasSuffix(render(p["SourceArn"]), ":event-bus/default") || p["RetentionDays"] != c.days {
			t.Errorf("%s: archive of %s for %v days", c.name, render(p["SourceArn"]), p["RetentionDays"])
		}
		// AND the outputs name it, its bus and each stage's trigger rule,
		// which the replay command reads
		outs := c.tp["Outputs"].(map[string]interface{})
		for _, k := range []string{OutputEventArchiveArn, OutputEventBusArn, TriggerRuleOutput(Ingest), TriggerRuleOutput(Redact), TriggerRuleOutput(Index)} {
			if _, ok := outs[k]; !ok {
				t.Errorf("%s: no output %s", c.name, k)
			}
		}
	}
}

func TestBucketsAreEncryptedPrivateAndTLSOnly(t *testing.T) {
	tp := fixture.devJSON
	key := idOf(t, tp, "AWS::KMS::Key", "DataKey")
	buckets := byType(tp, "AWS::S3::Bucket")
	for id, r := range buckets {
		p := props(r)
		// THEN every bucket blocks all public access
		pab, _ := p["PublicAccessBlockConfiguration"].(map[string]interface{})
		for _, k := range []string{"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"} {
			if pab[k] != true {
				t.Errorf("%s: %s = %v", id, k, pab[k])
			}
		}
		enc := list(p["BucketEncryption"].(map[string]interface{})["ServerSideEncryptionConfiguration"])[0].(map[string]interface{})["ServerSideEncryptionByDefault"].(map[string]interface{})
		data := strings.HasPrefix(id, "InboxBucket") || strings.HasPrefix(id, "WorkBucket") || strings.HasPrefix(id, "PublicBucket")
		switch {
		case data && (enc["SSEAlgorithm"] != "aws:kms" || render(enc["KMSMasterKeyID"]) != "<"+key+".Arn>"):
			t.Errorf("%s: encryption %v, want the data key", id, enc)
		case !data && enc["SSEAlgorithm"] != "AES256":
			t.Errorf("%s: encryption %v, want S3-managed", id, enc)
		}
		if data {
			if eb, _ := p["NotificationConfiguration"].(map[string]interface{}); fmt.Sprint(eb["EventBridgeConfiguration"]) != "map[EventBridgeEnabled:true]" {
				t.Errorf("%s: EventBridge notifications %v", id, eb)
			}
		}
		if len(list(p["LifecycleConfiguration"].(map[string]interface{})["Rules"])) == 0 {
			t.Errorf("%s: no lifecycle rules", id)
		}
	}
	// AND inbox and work keep versions
	for _, b := range []string{"InboxBucket", "WorkBucket"} {
		p := props(buckets[idOf(t, tp, "AWS::S3::Bucket", b)])
		if fmt.Sprint(p["VersioningConfiguration"]) != "map[Status:Enabled]" {
			t.Errorf("%s: versioning %v", b, p["VersioningConfiguration"])
		}
	}
	// AND every bucket policy denies requests without TLS
	denied := map[string]bool{}
	for _, r := range byType(tp, "AWS::S3::BucketPolicy") {
		p := props(r)
		for _, st := range list(p["PolicyDocument"].(map[string]interface{})["Statement"]) {
			s := st.(map[string]interface{})
			if s["Effect"] == "Deny" && strings.Contains(fmt.Sprint(s["Condition"]), "aws:SecureTransport:false") {
				denied[strings.Trim(render(p["Bucket"]), "<>")] = true
			}
		}
	}
	for id := range buckets {
		if !denied[id] {
			t.Errorf("%s: no TLS-only policy", id)
		}
	}
}

func TestTablesMatchTheAdapters(t *testing.T) {
	keys := func(v interface{}) string {
		var s []string
		for _, k := range list(v) {
			k := k.(map[string]interface{})
			s = append(s, fmt.Sprintf("%v:%v", k["AttributeName"], k["KeyType"]))
		}
		return strings.Join(s, ",")
	}
	schemaKeys := func(ks []types.KeySchemaElement) string {
		var s []string
		for _, k := range ks {
			s = append(s, *k.AttributeName+":"+string(k.KeyType))
		}
		return strings.Join(s, ",")
	}
	for _, c := range []struct {
		table  string
		schema *dynamodb.CreateTableInput
	}{{"LedgerTable", ledgerddb.Schema("x")}, {"InquiryTable", inquiryddb.Schema("x")}} {
		// GIVEN the schema the DynamoDB adapter creates in its tests
		p := props(fixture.devJSON.resources()[idOf(t, fixture.devJSON, "AWS::DynamoDB::Table", c.table)])
		// THEN the stack declares the same keys, indexes and stream
		if got, want := keys(p["KeySchema"]), schemaKeys(c.schema.KeySchema); got != want {
			t.Errorf("%s: keys %s, want %s", c.table, got, want)
		}
		gsis := map[string]string{}
		for _, g := range list(p["GlobalSecondaryIndexes"]) {
			g := g.(map[string]interface{})
			gsis[g["IndexName"].(string)] = keys(g["KeySchema"]) + "/" + fmt.Sprint(g["Projection"].(map[string]interface{})["ProjectionType"])
		}
		if len(gsis) != len(c.schema.GlobalSecondaryIndexes) {
			t.Errorf("%s: %d indexes, want %d", c.table, len(gsis), len(c.schema.GlobalSecondaryIndexes))
		}
		for _, g := range c.schema.GlobalSecondaryIndexes {
			if got, want := gsis[*g.IndexName], schemaKeys(g.KeySchema)+"/"+string(g.Projection.ProjectionType); got != want {
				t.Errorf("%s: index %s = %q, want %q", c.table, *g.IndexName, got, want)
			}
		}
		stream, _ := p["StreamSpecification"].(map[string]interface{})
		if s := c.schema.StreamSpecification; s != nil {
			if stream["StreamViewType"] != string(s.StreamViewType) {
				t.Errorf("%s: stream %v, want %s", c.table, stream, s.StreamViewType)
			}
		} else if stream != nil {
			t.Errorf("%s: unexpected stream %v", c.table, stream)
		}
		// AND it can be recovered to a point in time
		if fmt.Sprint(p["PointInTimeRecoverySpecification"]) != "map[PointInTimeRecoveryEnabled:true]" {
			t.Errorf("%s: PITR %v", c.table, p["PointInTimeRecoverySpecification"])
		}
	}
	// AND the inquiries' claims and counters expire
	check(t, "inquiry TTL", func() {
		fixture.devT.HasResourceProperties(jsii.String("AWS::DynamoDB::Table"), &map[string]interface{}{
			"TimeToLiveSpecification": map[string]interface{}{"AttributeName": inquiryddb.AttrExpiresAt, "Enabled": true},
		})
	})
}

func TestSearchDomainIsEncryptedAndClosed(t *testing.T) {
	for _, c := range []struct {
		name  string
		tp    tmpl
		nodes float64
		zones bool
	}{{"dev", fixture.devJSON, 1, false}, {"prod", fixture.prodJSON, 3, true}} {
		id := idOf(t, c.tp, "AWS::OpenSearchService::Domain", "Search")
		p := props(c.tp.resources()[id])
		// THEN the domain runs OpenSearch 2.19, encrypted at rest and between
		// nodes, HTTPS only with TLS 1.2
		if p["EngineVersion"] != "OpenSearch_2.19" {
			t.Errorf("%s: engine %v", c.name, p["EngineVersion"])
		}
		if fmt.Sprint(p["NodeToNodeEncryptionOptions"]) != "map[Enabled:true]" || p["EncryptionAtRestOptions"].(map[string]interface{})["Enabled"] != true {
			t.Errorf("%s: encryption %v %v", c.name, p["NodeToNodeEncryptionOptions"], p["EncryptionAtRestOptions"])
		}
		ep := p["DomainEndpointOptions"].(map[string]interface{})
		if ep["EnforceHTTPS"] != true || ep["TLSSecurityPolicy"] != "Policy-Min-TLS-1-2-2019-07" {
			t.Errorf("%s: endpoint %v", c.name, ep)
		}
		// AND it is sized by stage
		cc := p["ClusterConfig"].(map[string]interface{})
		if cc["InstanceCount"] != c.nodes || cc["ZoneAwarenessEnabled"] != c.zones || (cc["DedicatedMasterEnabled"] == true) != c.zones {
			t.Errorf("%s: cluster %v", c.name, cc)
		}
		// AND only the index, api, monitor and setup roles are admitted
		seen := map[string]bool{}
		var principals []string
		for _, st := range list(p["AccessPolicies"].(map[string]interface{})["Statement"]) {
			s := st.(map[string]interface{})
			for _, pr := range list(s["Principal"].(map[string]interface{})["AWS"]) {
				if s["Effect"] == "Allow" && !seen[render(pr)] {
					seen[render(pr)] = true
					principals = append(principals, render(pr))
				}
			}
		}
		sort.Strings(principals)
		var want []string
		for _, fn := range []string{"ApiFunction", "IndexFunction", "MonitorFunction", "NotifyFunction", "SetupFunction"} {
			want = append(want, "<"+c.tp.functionRole(idOf(t, c.tp, "AWS::Lambda::Function", fn))+".Arn>")
		}
		sort.Strings(want)
		if strings.Join(principals, " ") != strings.Join(want, " ") {
			t.Errorf("%s: principals %v, want %v", c.name, principals, want)
		}
		// AND fine-grained access control is on, with the setup function's
		// role as master user, and the audit log is published
		setupRole := c.tp.functionRole(idOf(t, c.tp, "AWS::Lambda::Function", "SetupFunction"))
		as, _ := p["AdvancedSecurityOptions"].(map[string]interface{})
		mu, _ := as["MasterUserOptions"].(map[string]interface{})
		if as["Enabled"] != true || as["InternalUserDatabaseEnabled"] != false || render(mu["MasterUserARN"]) != "<"+setupRole+".Arn>" {
			t.Errorf("%s: advanced security %v", c.name, as)
		}
		audit, _ := p["LogPublishingOptions"].(map[string]interface{})["AUDIT_LOGS"].(map[string]interface{})
		if audit["Enabled"] != true || !strings.HasPrefix(render(audit["CloudWatchLogsLogGroupArn"]), "<SearchAuditLogs") {
			t.Errorf("%s: audit log %v", c.name, audit)
		}
		// AND a deploy-time custom resource, run by the setup function,
		// maps index and monitor to the writer role and the api to the
		// reader role, and installs the template and alias
		var cr map[string]interface{}
		for _, r := range byType(c.tp, "Custom::PlazaSearchSetup") {
			cr = props(r)
		}
		roleArn := func(fns ...string) string {
			var out []string
			for _, fn := range fns {
				out = append(out, "<"+c.tp.functionRole(idOf(t, c.tp, "AWS::Lambda::Function", fn))+".Arn>")
			}
			return strings.Join(out, " ")
		}
		rendered := func(v interface{}) string {
			var out []string
			for _, x := range list(v) {
				out = append(out, render(x))
			}
			return strings.Join(out, " ")
		}
		if cr == nil || render(cr["ServiceToken"]) != "<"+idOf(t, c.tp, "AWS::Lambda::Function", "SetupFunction")+".Arn>" ||
			rendered(cr["Writers"]) != roleArn("IndexFunction", "MonitorFunction") || rendered(cr["Readers"]) != roleArn("ApiFunction", "NotifyFunction") || cr["Audit"] != "true" {
			t.Errorf("%s: search setup resource %v", c.name, cr)
		}
	}
}

func TestStaffRoutesRequireTheJWTAuthorizer(t *testing.T) {
	tp := fixture.devJSON
	auth := idOf(t, tp, "AWS::ApiGatewayV2::Authorizer", "HttpApiStaffAuthorizer")
	pool := idOf(t, tp, "AWS::Cognito::UserPool", "StaffPool")
	routes := map[string]map[string]interface{}{}
	for _, r := range byType(tp, "AWS::ApiGatewayV2::Route") {
		routes[props(r)["RouteKey"].(string)] = props(r)
	}
	// THEN staff routes need a JWT from the staff pool
	for _, k := range []string{RouteStaff, RouteStaffRoot} {
		r := routes[k]
		if r == nil || r["AuthorizationType"] != "JWT" || render(r["AuthorizerId"]) != "<"+auth+">" {
			t.Errorf("%s: %v", k, r)
		}
	}
	a := props(tp.resources()[auth])
	if a["AuthorizerType"] != "JWT" || !strings.Contains(render(a["JwtConfiguration"].(map[string]interface{})["Issuer"]), "<"+pool+">") {
		t.Errorf("authorizer: %v", a)
	}
	// AND the public catch-all is open (it is the only other route)
	if r := routes[RoutePublic]; r == nil || r["AuthorizationType"] != "NONE" {
		t.Errorf("%s: %v", RoutePublic, r)
	}
	// AND questions have their own open route, throttled apart
	if r := routes[RouteInquiry]; r == nil || r["AuthorizationType"] != "NONE" {
		t.Errorf("%s: %v", RouteInquiry, r)
	}
	// AND the open-data formats outside /api/ are open and read-only
	for _, path := range OpenDataPaths() {
		for _, m := range []string{"GET", "HEAD"} {
			if r := routes[m+" "+path]; r == nil || r["AuthorizationType"] != "NONE" {
				t.Errorf("%s %s: %v", m, path, r)
			}
		}
	}
	if want := 4 + 2*len(OpenDataPaths()); len(routes) != want {
		t.Errorf("%d routes %v: want only the public, inquiry, two staff and the open-data routes (%d)", len(routes), routes, want)
	}
	for _, c := range []struct {
		tp          tmpl
		rate, burst float64
	}{{tp, 2, 5}, {fixture.prodJSON, 10, 20}} {
		for _, st := range byType(c.tp, "AWS::ApiGatewayV2::Stage") {
			rs, _ := props(st)["RouteSettings"].(map[string]interface{})[RouteInquiry].(map[string]interface{})
			if rs["ThrottlingRateLimit"] != c.rate || rs["ThrottlingBurstLimit"] != c.burst {
				t.Errorf("inquiry route throttling %v, want %v/%v", rs, c.rate, c.burst)
			}
		}
	}
	// AND the API uses payload v2, is throttled, logs access and allows CORS
	check(t, "integration", func() {
		fixture.devT.HasResourceProperties(jsii.String("AWS::ApiGatewayV2::Integration"), &map[string]interface{}{"PayloadFormatVersion": "2.0", "IntegrationType": "AWS_PROXY"})
	})
	check(t, "stage", func() {
		fixture.devT.HasResourceProperties(jsii.String("AWS::ApiGatewayV2::Stage"), &map[string]interface{}{
			"StageName":            "$default",
			"DefaultRouteSettings": map[string]interface{}{"ThrottlingRateLimit": 50, "ThrottlingBurstLimit": 100},
			"AccessLogSettings":    map[string]interface{}{"DestinationArn": assertions.Match_AnyValue(), "Format": assertions.Match_AnyValue()},
		})
	})
	check(t, "cors", func() {
		fixture.devT.HasResourceProperties(jsii.String("AWS::ApiGatewayV2::Api"), &map[string]interface{}{
			"CorsConfiguration": assertions.Match_ObjectLike(&map[string]interface{}{"AllowHeaders": []string{"Authorization", "Content-Type"}}),
		})
	})
	// AND staff sign in with MFA
	check(t, "pool", func() {
		fixture.devT.HasResourceProperties(jsii.String("AWS::Cognito::UserPool"), &map[string]interface{}{
			"MfaConfiguration":      "ON",
			"AdminCreateUserConfig": map[string]interface{}{"AllowAdminCreateUserOnly": true},
		})
	})
}

func TestCloudFrontRoutesAndHeaders(t *testing.T) {
	tp := fixture.devJSON
	dist := props(tp.resources()[idOf(t, tp, "AWS::CloudFront::Distribution", "Portal")])["DistributionConfig"].(map[string]interface{})
	ttl := map[string]float64{}
	for id, r := range byType(tp, "AWS::CloudFront::CachePolicy") {
		ttl[id] = props(r)["CachePolicyConfig"].(map[string]interface{})["DefaultTTL"].(float64)
	}
	// GIVEN the behaviours in the order CloudFront tries them
	behaviors := map[string]map[string]interface{}{}
	var order []string
	for _, b := range list(dist["CacheBehaviors"]) {
		b := b.(map[string]interface{})
		behaviors[b["PathPattern"].(string)] = b
		order = append(order, b["PathPattern"].(string))
	}
	// THEN they are ordered most specific first: staff, leak reports,
	// documents, the rest of the API, the staff console page
	if strings.Join(order, " ") != "/api/staff* /api/documents/*/reports* /api/documents/* /api/* /staff* /catalog* /feeds/* /dataset/* /documents/* /documents /en /en/* /sitemap* /robots.txt" {
		t.Errorf("behaviour order %v", order)
	}
	// AND no behaviour is shadowed by one before it (CloudFront takes the
	// first match): a request for each pattern lands on its own behaviour
	for i, want := range order {
		probe := strings.ReplaceAll(want, "*", "x/y")
		for _, earlier := range order[:i] {
			if pathMatch(earlier, probe) {
				t.Errorf("%s is shadowed by %s, listed before it", want, earlier)
			}
		}
		if !pathMatch(want, probe) {
			t.Errorf("%s does not match %s", want, probe)
		}
	}
	for path, want := range map[string]string{
		"/api/staff/inquiries": "/api/staff*", "/api/staff": "/api/staff*", "/api/documents/SEOUL-1": "/api/documents/*",
		"/api/documents/SEOUL-1/related": "/api/documents/*", "/api/documents": "/api/*", "/api/inquiries": "/api/*", "/staff/": "/staff*",
		"/api/documents/SEOUL-1/reports": "/api/documents/*/reports*", "/api/documents/SEOUL-1/reports/R20261207T000000-0a1b2c3d": "/api/documents/*/reports*",
		"/api/3/action/package_search": "/api/*", "/catalog.ttl": "/catalog*", "/catalog": "/catalog*", "/feeds/releases.rss": "/feeds/*",
		"/dataset/SEOUL-1.jsonld": "/dataset/*", "/dataset/SEOUL-1/text/0.txt": "/dataset/*", "/documents/SEOUL-1": "/documents/*",
		"/sitemap.xml": "/sitemap*", "/sitemaps/1.xml": "/sitemap*", "/robots.txt": "/robots.txt", "/": "",
		"/documents": "/documents", "/en/": "/en/*", "/en": "/en",
	} {
		got := ""
		for _, pat := range order {
			if pathMatch(pat, path) {
				got = pat
				break
			}
		}
		if got != want {
			t.Errorf("%s is served by %q, want %q", path, got, want)
		}
	}
	// AND documents are cached longer than search results, staff not at
	// all, and staff requests keep their Authorization header
	def := func(path string) float64 { return ttl[strings.Trim(render(behaviors[path]["CachePolicyId"]), "<>")] }
	if !(def("/api/documents/*") == documentsTTL && def("/api/*") == searchTTL && def("/api/staff*") == 0) {
		t.Errorf("default TTLs: documents %v, search %v, staff %v", def("/api/documents/*"), def("/api/*"), def("/api/staff*"))
	}
	// AND open data is cached as what it is: datasets and pages like
	// documents, feeds like search, the catalog a minute (keyed on
	// Accept, by which /catalog chooses Turtle or JSON-LD), sitemaps and
	// robots.txt a quarter of an hour; none of them may be posted
	if def("/dataset/*") != documentsTTL || def("/documents/*") != documentsTTL || def("/feeds/*") != searchTTL ||
		def("/catalog*") != catalogTTL || def("/sitemap*") != crawlTTL || def("/robots.txt") != crawlTTL {
		t.Errorf("open-data TTLs: dataset %v, page %v, feeds %v, catalog %v, sitemap %v, robots %v", def("/dataset/*"),
			def("/documents/*"), def("/feeds/*"), def("/catalog*"), def("/sitemap*"), def("/robots.txt"))
	}
	if c := props(tp.resources()[strings.Trim(render(behaviors["/catalog*"]["CachePolicyId"]), "<>")]); !strings.Contains(fmt.Sprint(c), "Accept") {
		t.Errorf("the catalog's cache key has no Accept: %v", c)
	}
	for _, path := range []string{"/catalog*", "/feeds/*", "/dataset/*", "/documents/*", "/sitemap*", "/robots.txt"} {
		if strings.Contains(fmt.Sprint(behaviors[path]["AllowedMethods"]), "POST") {
			t.Errorf("%s may be posted: %v", path, behaviors[path]["AllowedMethods"])
		}
	}
	staffCache := props(tp.resources()[strings.Trim(render(behaviors["/api/staff*"]["CachePolicyId"]), "<>")])
	if !strings.Contains(fmt.Sprint(staffCache), "Authorization") {
		t.Errorf("staff cache policy does not forward Authorization: %v", staffCache)
	}
	// AND leak reports are never cached, may be posted, and keep their
	// tracking token header
	reports := behaviors["/api/documents/*/reports*"]
	reportsCache := props(tp.resources()[strings.Trim(render(reports["CachePolicyId"]), "<>")])
	if def("/api/documents/*/reports*") != 0 || !strings.Contains(fmt.Sprint(reportsCache), "X-Report-Token") || !strings.Contains(fmt.Sprint(reports["AllowedMethods"]), "POST") {
		t.Errorf("reports behaviour: ttl %v, cache %v, methods %v", def("/api/documents/*/reports*"), reportsCache, reports["AllowedMethods"])
	}
	// AND /staff/ is served from staff/index.html by a CloudFront Function
	// (and /en/, the English interface, from index.html)
	for _, site := range []string{"/staff*", "/en", "/en/*"} {
		fa := list(behaviors[site]["FunctionAssociations"])
		if len(fa) != 1 || fa[0].(map[string]interface{})["EventType"] != "viewer-request" {
			t.Errorf("%s: functions %v", site, fa)
		}
		delete(behaviors, site) // the site bucket's; the rest go to the API
	}
	// AND the API behaviors go to one HTTPS custom origin, the default to
	// the site bucket through origin access control
	origins := map[string]map[string]interface{}{}
	for _, o := range list(dist["Origins"]) {
		o := o.(map[string]interface{})
		origins[o["Id"].(string)] = o
	}
	for path, b := range behaviors {
		o := origins[b["TargetOriginId"].(string)]
		if c, _ := o["CustomOriginConfig"].(map[string]interface{}); c["OriginProtocolPolicy"] != "https-only" {
			t.Errorf("%s: origin %v", path, o)
		}
	}
	do := origins[dist["DefaultCacheBehavior"].(map[string]interface{})["TargetOriginId"].(string)]
	if do["OriginAccessControlId"] == nil || do["S3OriginConfig"] == nil {
		t.Errorf("default origin: %v", do)
	}
	// AND the API sees the viewer's address (inquiry rate limits) but not
	// the viewer's Host
	check(t, "origin request policy", func() {
		fixture.devT.HasResourceProperties(jsii.String("AWS::CloudFront::OriginRequestPolicy"), &map[string]interface{}{
			"OriginRequestPolicyConfig": assertions.Match_ObjectLike(&map[string]interface{}{
				"HeadersConfig": map[string]interface{}{"HeaderBehavior": "whitelist", "Headers": assertions.Match_ArrayWith(&[]interface{}{"CloudFront-Viewer-Address"})},
			}),
		})
	})
	for path, b := range behaviors {
		if render(b["OriginRequestPolicyId"]) != "<"+idOf(t, tp, "AWS::CloudFront::OriginRequestPolicy", "ApiOriginRequest")+">" {
			t.Errorf("%s: origin request policy %v", path, b["OriginRequestPolicyId"])
		}
	}
	for _, h := range APIOriginHeaders() {
		if strings.EqualFold(h, "Host") {
			t.Errorf("the API origin gets the viewer's Host")
		}
	}
	// AND every response carries HSTS, a CSP and frame options
	check(t, "headers", func() {
		fixture.devT.HasResourceProperties(jsii.String("AWS::CloudFront::ResponseHeadersPolicy"), &map[string]interface{}{
			"ResponseHeadersPolicyConfig": assertions.Match_ObjectLike(&map[string]interface{}{
				"SecurityHeadersConfig": assertions.Match_ObjectLike(&map[string]interface{}{
					"StrictTransportSecurity": assertions.Match_ObjectLike(&map[string]interface{}{"IncludeSubdomains": true, "Override": true}),
					"ContentSecurityPolicy":   assertions.Match_ObjectLike(&map[string]interface{}{"Override": true}),
					"FrameOptions":            map[string]interface{}{"FrameOption": "DENY", "Override": true},
				}),
			}),
		})
	})
	for path, b := range behaviors {
		if b["ResponseHeadersPolicyId"] == nil {
			t.Errorf("%s: no response headers policy", path)
		}
	}
}

func TestAlarmsWatchDeadLettersErrorsThrottlesAndAge(t *testing.T) {
	tp := fixture.devJSON
	topic := idOf(t, tp, "AWS::SNS::Topic", "AlarmTopic")
	type key struct{ metric, dim string }
	alarms := map[key]map[string]interface{}{}
	for id, r := range byType(tp, "AWS::CloudWatch::Alarm") {
		p := props(r)
		dim := ""
		for _, d := range list(p["Dimensions"]) {
			dim = render(d.(map[string]interface{})["Value"])
		}
		alarms[key{fmt.Sprint(p["MetricName"]), dim}] = p
		// THEN every alarm notifies the topic
		if a := list(p["AlarmActions"]); len(a) != 1 || render(a[0]) != "<"+topic+">" {
			t.Errorf("%s: actions %v", id, a)
		}
	}
	for id := range byType(tp, "AWS::SQS::Queue") {
		if alarms[key{"ApproximateNumberOfMessagesVisible", "<" + id + ".QueueName>"}] == nil {
			t.Errorf("queue %s: no depth alarm", id)
		}
	}
	for _, fn := range Functions() {
		id := "<" + idOf(t, tp, "AWS::Lambda::Function", title(fn)+"Function") + ">"
		for _, m := range []string{"Errors", "Throttles"} {
			if alarms[key{m, id}] == nil {
				t.Errorf("%s: no %s alarm", fn, m)
			}
		}
	}
	// AND the age of the oldest waiting document is the monitor's EMF
	// metric, and silence (the monitor not running) breaches
	age := alarms[key{emf.OldestUnprocessed, "monitor"}]
	if age == nil || age["Namespace"] != emf.Namespace || age["TreatMissingData"] != "breaching" {
		t.Errorf("oldest-unprocessed alarm: %v", age)
	}
	check(t, "dashboard", func() {
		fixture.devT.HasResourceProperties(jsii.String("AWS::CloudWatch::Dashboard"), &map[string]interface{}{"DashboardName": "Plaza-dev"})
	})
}

func TestNoFunctionCanWriteWhereItIsTriggered(t *testing.T) {
	for _, c := range []struct {
		name string
		p    *Plaza
		tp   tmpl
	}{{"dev", fixture.dev, fixture.devJSON}, {"prod", fixture.prod, fixture.prodJSON}} {
		// GIVEN each object trigger
		for _, tr := range c.p.Triggers() {
			fn := idOf(t, c.tp, "AWS::Lambda::Function", title(tr.Function)+"Function")
			bucket := idOf(t, c.tp, "AWS::S3::Bucket", *tr.Bucket.Node().Id())
			// THEN the function holds no write grant on the triggering keys
			if bad := c.tp.selfWrites(fn, bucket, tr.Prefix, tr.Suffix); len(bad) > 0 {
				t.Errorf("%s: %s can write where it is triggered: %v", c.name, tr.Function, bad)
			}
			// AND it can read them (the check is not vacuous)
			readable := false
			for _, g := range c.tp.roleGrants(c.tp.functionRole(fn)) {
				if g.Action == "s3:GetObject" && covers(g.Resource, "<"+bucket+".Arn>", tr.Prefix, tr.Suffix) {
					readable = true
				}
			}
			if !readable {
				t.Errorf("%s: %s cannot read its trigger objects", c.name, tr.Function)
			}
		}
		// AND notify, whose stream filter admits only inserted EVT# items,
		// writes the inquiries table only under the leading keys of claims,
		// counters and inquiries (never SECRET#), and none of its indexes
		fn := idOf(t, c.tp, "AWS::Lambda::Function", "NotifyFunction")
		writes := c.tp.tableWrites(fn, idOf(t, c.tp, "AWS::DynamoDB::Table", "InquiryTable"))
		if len(writes) == 0 {
			t.Errorf("%s: notify cannot record claims and deliveries", c.name)
		}
		for _, g := range writes {
			if g.Condition != `map[ForAllValues:StringLike:map[dynamodb:LeadingKeys:[MSG#* CNT#* INQ#*]]]` || strings.Contains(g.Resource, "/index/") {
				t.Errorf("%s: notify writes %s on %s under %s", c.name, g.Action, g.Resource, g.Condition)
			}
		}
		// AND no other function writes the ledger or inquiries unless it
		// is meant to
		for _, fn := range []string{Ingest, Redact, Index} {
			if bad := c.tp.tableWrites(idOf(t, c.tp, "AWS::Lambda::Function", title(fn)+"Function"), idOf(t, c.tp, "AWS::DynamoDB::Table", "InquiryTable")); len(bad) > 0 {
				t.Errorf("%s: %s writes inquiries: %v", c.name, fn, bad)
			}
		}
	}
}

func TestCDKNagAwsSolutionsIsClean(t *testing.T) {
	for _, c := range []struct {
		name string
		ann  assertions.Annotations
	}{{"dev", fixture.devAnn}, {"prod", fixture.prodAnn}, {"orgs", fixture.orgsAnn}} {
		// THEN no AwsSolutions rule reports an unsuppressed error or warning
		errs := c.ann.FindError(jsii.String("*"), assertions.Match_StringLikeRegexp(jsii.String("AwsSolutions-.*")))
		warns := c.ann.FindWarning(jsii.String("*"), assertions.Match_StringLikeRegexp(jsii.String("AwsSolutions-.*")))
		for _, m := range append(*errs, *warns...) {
			t.Errorf("%s: %s: %v", c.name, *m.Id, m.Entry.Data)
		}
	}
}

func TestProdRetainsDataAndDevDoesNot(t *testing.T) {
	stateful := []string{"AWS::S3::Bucket", "AWS::DynamoDB::Table", "AWS::KMS::Key", "AWS::OpenSearchService::Domain", "AWS::Cognito::UserPool"}
	for _, c := range []struct {
		name, want string
		tp         tmpl
	}{{"prod", "Retain", fixture.prodJSON}, {"dev", "Delete", fixture.devJSON}} {
		// GIVEN each stateful resource THEN prod keeps it when the stack
		// goes, and dev removes it
		for _, typ := range stateful {
			for id, r := range byType(c.tp, typ) {
				if r["DeletionPolicy"] != c.want {
					t.Errorf("%s: %s %s has DeletionPolicy %v", c.name, typ, id, r["DeletionPolicy"])
				}
			}
		}
	}
	// AND prod tables refuse deletion outright
	for id, r := range byType(fixture.prodJSON, "AWS::DynamoDB::Table") {
		if props(r)["DeletionProtectionEnabled"] != true {
			t.Errorf("prod: table %s without deletion protection", id)
		}
	}
}

// pathMatch reports whether a CloudFront path pattern matches a path: *
// matches any run of characters (slashes included), ? one character.
func pathMatch(pattern, path string) bool {
	if pattern == "" {
		return path == ""
	}
	switch pattern[0] {
	case '*':
		for i := 0; i <= len(path); i++ {
			if pathMatch(pattern[1:], path[i:]) {
				return true
			}
		}
		return false
	case '?':
		return path != "" && pathMatch(pattern[1:], path[1:])
	}
	return path != "" && path[0] == pattern[0] && pathMatch(pattern[1:], path[1:])
}
