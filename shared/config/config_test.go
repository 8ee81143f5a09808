package config_test

import (
	"log/slog"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/org/orgtest"
)

func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func full() map[string]string {
	return map[string]string{
		"PLAZA_STAGE":                 "dev",
		"PLAZA_INBOX_BUCKET":          "plaza-dev-inbox",
		"PLAZA_WORK_BUCKET":           "plaza-dev-work",
		"PLAZA_PUBLIC_BUCKET":         "plaza-dev-public",
		"PLAZA_LEDGER_TABLE":          "plaza-dev-ledger",
		"PLAZA_INQUIRY_TABLE":         "plaza-dev-inquiries",
		"PLAZA_OPENSEARCH_ENDPOINT":   "https://search-plaza-dev.ap-northeast-2.es.amazonaws.com/",
		"PLAZA_ORG_CODE":              "6110000",
		"PLAZA_ORG_NAME":              "서울특별시",
		"PLAZA_MAIL_FROM":             "no-reply@plaza.seoul.go.kr",
		"PLAZA_SES_CONFIGURATION_SET": "plaza-dev",
		"PLAZA_SMS_SENDER_ID":         "SEOUL",
		"PLAZA_KMS_KEY_ID":            "alias/plaza-dev",
		"PLAZA_PORTAL_URL":            "https://plaza.seoul.go.kr",
		"PLAZA_LOG_LEVEL":             "debug",
		"PLAZA_SENDERS":               `{"systems":[{"prefix":"e-approval","departments":["1100123"]}]}`,
		"PLAZA_OPENSEARCH_REPLICAS":   "0",
		"PLAZA_ORIGIN_SECRET":         "0123456789abcdef0123",
	}
}

func TestReplicasAndOriginSecret(t *testing.T) {
	c, err := config.Load(env(full()))
	if err != nil || c.OpenSearchReplicas == nil || *c.OpenSearchReplicas != 0 || c.OriginSecret != "0123456789abcdef0123" {
		t.Fatalf("replicas %v, secret %q, %v", c.OpenSearchReplicas, c.OriginSecret, err)
	}
	m := full()
	delete(m, "PLAZA_OPENSEARCH_REPLICAS")
	if c, err := config.Load(env(m)); err != nil || c.OpenSearchReplicas != nil {
		t.Errorf("unset replicas: %v, %v", c.OpenSearchReplicas, err)
	}
	for k, v := range map[string]string{"PLAZA_OPENSEARCH_REPLICAS": "-1", "PLAZA_ORIGIN_SECRET": "short"} {
		m := full()
		m[k] = v
		if _, err := config.Load(env(m)); err == nil || !strings.Contains(err.Error(), k) {
			t.Errorf("%s=%q: %v", k, v, err)
		}
	}
}

func TestLoadAll(t *testing.T) {
	c, err := config.Load(env(full()), config.All()...)
	if err == nil {
		t.Fatal("PLAZA_OPENSEARCH_ALIAS is in All but unset; Load should have said so")
	}
	if !strings.Contains(err.Error(), "PLAZA_OPENSEARCH_ALIAS") {
		t.Fatalf("error does not name the variable: %v", err)
	}
	c, err = config.Load(env(full()))
	if err != nil {
		t.Fatal(err)
	}
	if c.OpenSearchAlias != config.DefaultOpenSearchAlias {
		t.Errorf("alias default: %q", c.OpenSearchAlias)
	}
	if c.OpenSearchEndpoint != "https://search-plaza-dev.ap-northeast-2.es.amazonaws.com" {
		t.Errorf("endpoint keeps its trailing slash: %q", c.OpenSearchEndpoint)
	}
	if c.LogLevel != slog.LevelDebug {
		t.Errorf("log level %v", c.LogLevel)
	}
	b := c.Buckets()
	if b.Inbox != "plaza-dev-inbox" || b.Work != "plaza-dev-work" || b.Public != "plaza-dev-public" {
		t.Errorf("buckets %+v", b)
	}
	if o := c.Org(); o.Code != "6110000" || o.Name != "서울특별시" {
		t.Errorf("org %+v", o)
	}
	if c.Senders == nil || c.Senders.Check("e-approval", "6110000", "1100123", "6110000") != nil ||
		c.Senders.Check("minutes", "6110000", "1100123", "6110000") == nil {
		t.Errorf("senders %+v", c.Senders)
	}
}

func TestEveryFunctionLoadsFromAFullEnvironment(t *testing.T) {
	for _, fn := range []string{config.FuncIngest, config.FuncRedact, config.FuncIndex, config.FuncAPI, config.FuncNotify, config.FuncMonitor, config.FuncSetup} {
		need := config.Needs(fn)
		if len(need) == 0 {
			t.Fatalf("%s needs nothing", fn)
		}
		if _, err := config.Load(env(full()), need...); err != nil {
			t.Errorf("%s: %v", fn, err)
		}
		// Dropping any one required variable names it.
		for _, v := range need {
			m := full()
			delete(m, string(v))
			_, err := config.Load(env(m), need...)
			if err == nil || !strings.Contains(err.Error(), string(v)) {
				t.Errorf("%s without %s: %v", fn, v, err)
			}
		}
	}
	if config.Needs("nope") != nil {
		t.Error("unknown function has needs")
	}
	t.Setenv("PLAZA_STAGE", "")
	if _, err := config.FromEnv("nope"); err == nil {
		t.Error("FromEnv of an unknown function succeeded")
	}
}

func TestMissingAreAllNamed(t *testing.T) {
	_, err := config.Load(env(map[string]string{"PLAZA_INBOX_BUCKET": "  "}), config.InboxBucket, config.LedgerTable)
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	if !strings.Contains(msg, "PLAZA_INBOX_BUCKET") || !strings.Contains(msg, "PLAZA_LEDGER_TABLE") {
		t.Fatalf("not every missing variable named: %v", msg)
	}
}

func TestMalformed(t *testing.T) {
	tests := []struct {
		v, value string
	}{
		{"PLAZA_STAGE", "Prod!"},
		{"PLAZA_INBOX_BUCKET", "Plaza_Inbox"},
		{"PLAZA_PUBLIC_BUCKET", "x"},
		{"PLAZA_OPENSEARCH_ENDPOINT", "search-plaza.example.com"},
		{"PLAZA_PORTAL_URL", "ftp://plaza"},
		{"PLAZA_MAIL_FROM", "nobody"},
		{"PLAZA_ORG_CODE", "61#10000"},
		{"PLAZA_LOG_LEVEL", "loud"},
		{"PLAZA_SENDERS", `{"systems":[]}`},
		{"PLAZA_SENDERS", `{"systems":[{"prefix":"../x"}]}`},
		// The default organization must have a file, and its name is the
		// file's: nothing defaults silently.
		{"PLAZA_ORG_CODE", "1234567"},
		{"PLAZA_ORG_NAME", "서울시청"},
		{"PLAZA_SENDERS", `{"systems":[{"prefix":"e-approval","organization":"1234567"}]}`},
	}
	for _, tc := range tests {
		t.Run(tc.v+"="+tc.value, func(t *testing.T) {
			m := full()
			m[tc.v] = tc.value
			_, err := config.Load(env(m))
			if err == nil || !strings.Contains(err.Error(), tc.v) {
				t.Errorf("%s=%q: %v", tc.v, tc.value, err)
			}
		})
	}
}

func TestFromEnv(t *testing.T) {
	for k, v := range full() {
		t.Setenv(k, v)
	}
	c, err := config.FromEnv(config.FuncIngest)
	if err != nil {
		t.Fatal(err)
	}
	if c.InboxBucket != "plaza-dev-inbox" {
		t.Fatalf("inbox %q", c.InboxBucket)
	}
	t.Setenv("PLAZA_LEDGER_TABLE", "")
	if _, err := config.FromEnv(config.FuncIngest); err == nil || !strings.Contains(err.Error(), "PLAZA_LEDGER_TABLE") {
		t.Fatalf("FromEnv without the table: %v", err)
	}
}

func TestDefaultOrg(t *testing.T) {
	c, err := config.Load(env(map[string]string{}))
	if err != nil {
		t.Fatal(err)
	}
	// Unset, the default is the one the organizations' deployment file
	// names, with its file's name.
	def := org.Embedded().Default()
	if c.Org().Code != def.Code || c.Org().Name != def.Name || c.Orgs.Default().Code != def.Code {
		t.Fatalf("default org %+v", c.Org())
	}
	if c.Senders == nil || c.Senders.Check("any-system", def.Code, "1100123", def.Code) != nil {
		t.Fatalf("default senders %+v", c.Senders)
	}
	// Each organization's prefixes are bound to it.
	if p := c.Senders.Check("gangnam-approval", def.Code, "1100123", def.Code); p == nil || p.Code != "sender.wrong_organization" {
		t.Fatalf("gangnam-approval for the default organization: %v", p)
	}
	// PLAZA_ORG_CODE chooses another organization that has a file.
	c, err = config.Load(env(map[string]string{"PLAZA_ORG_CODE": "3220000"}))
	if err != nil || c.Org().Code != "3220000" || c.Org().Name != "서울특별시 강남구" || c.Orgs.Default().Code != "3220000" {
		t.Fatalf("PLAZA_ORG_CODE=3220000: %+v %v", c.Org(), err)
	}
}

// PLAZA_ORGS_DIR replaces the embedded organizations with a folder's (the
// layer the stack ships from plaza:orgsDir); a folder that does not load
// is an error naming the variable.
func TestOrgsDir(t *testing.T) {
	dir := orgtest.Dir(t, orgtest.District("3000000", "서울특별시 종로구", "jongno-approval"))
	c, err := config.Load(env(map[string]string{"PLAZA_ORGS_DIR": dir}))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Orgs.Get("3000000"); !ok || len(c.Orgs.All()) != 3 || c.Orgs.Default().Code != org.Embedded().Default().Code {
		t.Fatalf("orgs from %s: %v", dir, c.Orgs.All())
	}
	if p := c.Senders.Check("jongno-approval", "3000000", "1100123", c.OrgCode); p != nil {
		t.Errorf("the folder's prefix is not bound to its organization: %v", p)
	}
	if _, err := config.Load(env(map[string]string{"PLAZA_ORGS_DIR": t.TempDir()})); err == nil || !strings.Contains(err.Error(), "PLAZA_ORGS_DIR") {
		t.Errorf("an empty folder: %v", err)
	}
}

func TestSurveys(t *testing.T) {
	c, err := config.Load(func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Surveys) == 0 || len(c.Surveys[0].Questions) == 0 {
		t.Fatal("no embedded survey")
	}
	env := map[string]string{string(config.Surveys): `[{"id":"q1","title":"분기 조사","questions":[{"id":"a","kind":"scale","text":"만족도"}]}]`}
	c, err = config.Load(func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	if err != nil || len(c.Surveys) != 1 || c.Surveys[0].ID != "q1" {
		t.Fatalf("PLAZA_SURVEYS not read: %v %+v", err, c.Surveys)
	}
	env[string(config.Surveys)] = `[{"id":"q1","title":"x","questions":[{"id":"a","kind":"stars","text":"t"}]}]`
	if _, err := config.Load(func(k string) (string, bool) { v, ok := env[k]; return v, ok }); err == nil || !strings.Contains(err.Error(), string(config.Surveys)) {
		t.Fatalf("a bad survey: %v", err)
	}
}

// The reconciliation's sample size: the default when unset, 0 (the whole
// index) or any size, and a clear error otherwise.
func TestReconcileSample(t *testing.T) {
	for v, want := range map[string]int{"": config.DefaultReconcileSample, "0": 0, "250": 250} {
		m := full()
		if v != "" {
			m["PLAZA_RECONCILE_SAMPLE"] = v
		}
		if c, err := config.Load(env(m)); err != nil || c.ReconcileSample != want {
			t.Errorf("%q: %d %v, want %d", v, c.ReconcileSample, err, want)
		}
	}
	for _, v := range []string{"-1", "many"} {
		m := full()
		m["PLAZA_RECONCILE_SAMPLE"] = v
		if _, err := config.Load(env(m)); err == nil || !strings.Contains(err.Error(), "PLAZA_RECONCILE_SAMPLE") {
			t.Errorf("%q: %v", v, err)
		}
	}
}

// The dead-letter queues: name=URL pairs; a pair without a name, with a
// URL that is not one, or a name twice, is a clear error.
func TestDeadLetterQueues(t *testing.T) {
	m := full()
	m["PLAZA_DEAD_LETTER_QUEUES"] = "ingest-failure=https://sqs.ap-northeast-2.amazonaws.com/123456789012/a, index-delivery=https://sqs.ap-northeast-2.amazonaws.com/123456789012/b"
	c, err := config.Load(env(m))
	if err != nil || len(c.DeadLetterQueues) != 2 || c.DeadLetterQueues["index-delivery"] != "https://sqs.ap-northeast-2.amazonaws.com/123456789012/b" {
		t.Errorf("%v %v", c.DeadLetterQueues, err)
	}
	if c, err := config.Load(env(full())); err != nil || c.DeadLetterQueues != nil {
		t.Errorf("unset: %v %v", c.DeadLetterQueues, err)
	}
	for _, v := range []string{"https://sqs.example/a", "=https://sqs.example/a", "a=not a url", "a=https://sqs.example/a,a=https://sqs.example/b"} {
		m := full()
		m["PLAZA_DEAD_LETTER_QUEUES"] = v
		if _, err := config.Load(env(m)); err == nil || !strings.Contains(err.Error(), "PLAZA_DEAD_LETTER_QUEUES") {
			t.Errorf("%q: %v", v, err)
		}
	}
}
