package stack

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildFailsClearlyWhenAFunctionIsMissing(t *testing.T) {
	// GIVEN a module without functions/ingest
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/x\n\ngo 1.22\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// WHEN the functions are built
	_, err := Build(context.Background(), BuildOptions{Root: root, Out: t.TempDir()}, Ingest)
	// THEN the error names the function, its directory and the way out
	if err == nil {
		t.Fatal("built a missing function")
	}
	for _, want := range []string{`"ingest"`, filepath.Join(root, "functions", "ingest"), "plaza:bundle=false"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

func TestBuildProducesAnArm64Bootstrap(t *testing.T) {
	// GIVEN a module with a tiny main package as functions/ingest
	root := t.TempDir()
	dir := filepath.Join(root, "functions", "ingest")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/x\n\ngo 1.22\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() {}\n"), 0o644)
	// WHEN it is built
	dirs, err := Build(context.Background(), BuildOptions{Root: root, Out: t.TempDir()}, Ingest)
	if err != nil {
		t.Fatal(err)
	}
	// THEN the asset directory holds a linux/arm64 ELF named bootstrap
	data, err := os.ReadFile(filepath.Join(dirs[Ingest], "bootstrap"))
	if err != nil {
		t.Fatal(err)
	}
	// ELF magic, 64-bit, and e_machine 0xB7 (AArch64) at offset 18.
	if len(data) < 20 || string(data[:4]) != "\x7fELF" || data[4] != 2 || data[18] != 0xB7 {
		t.Errorf("bootstrap is not a 64-bit ARM ELF (%d bytes)", len(data))
	}
	entries, _ := os.ReadDir(dirs[Ingest])
	if len(entries) != 1 {
		t.Errorf("asset dir holds %d entries, want only bootstrap", len(entries))
	}
}

func TestConfigFromContext(t *testing.T) {
	ctx := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }
	// GIVEN no context THEN the stage is dev with the example organization
	c, err := ConfigFrom(ctx(nil))
	if err != nil || c.Stage != "dev" || c.OrgCode != "6110000" || c.MailDomain() != "example.org" {
		t.Errorf("default: %+v %v", c, err)
	}
	// GIVEN prod with overrides THEN they are used, the organization's
	// name from its file
	c, err = ConfigFrom(ctx(map[string]string{CtxStage: "prod", CtxOrgCode: "3220000", CtxMailFrom: "plaza@gangnam.go.kr", CtxAlarmEmail: "ops@gangnam.go.kr", CtxCORSOrigins: "https://a.kr,https://b.kr"}))
	if err != nil || !c.Retain || c.SearchMasterNodes != 3 || c.OrgCode != "3220000" || c.OrgName != "서울특별시 강남구" || c.MailDomain() != "gangnam.go.kr" || len(c.CORSOrigins) != 2 || !c.WAF {
		t.Errorf("prod: %+v %v", c, err)
	}
	// AND prod's CORS defaults to the portal's origin alone, dev's to any
	c, err = ConfigFrom(ctx(map[string]string{CtxStage: "prod", CtxMailFrom: "plaza@seoul.go.kr", CtxAlarmEmail: "ops@seoul.go.kr", CtxPortalURL: "https://plaza.seoul.go.kr/"}))
	if err != nil || len(c.CORSOrigins) != 1 || c.CORSOrigins[0] != "https://plaza.seoul.go.kr" {
		t.Errorf("prod CORS: %v %v", c.CORSOrigins, err)
	}
	if c, _ := ConfigFrom(ctx(nil)); len(c.CORSOrigins) != 1 || c.CORSOrigins[0] != "*" || c.WAF {
		t.Errorf("dev CORS %v, WAF %v", c.CORSOrigins, c.WAF)
	}
	// AND a second stack of a stage gets its own name
	if c, err := ConfigFrom(ctx(map[string]string{CtxInstance: "blue"})); err != nil || c.StackName() != "Plaza-dev-blue" {
		t.Errorf("instance: %q %v", c.StackName(), err)
	}
	// GIVEN invalid values THEN each is refused
	for _, bad := range []map[string]string{
		{CtxStage: "staging"},
		{CtxOrgCode: "61#0"},
		{CtxOrgCode: "3000000"}, // no organization's file
		{CtxOrgCode: "3220000", CtxOrgName: "서울특별시"}, // not its file's name
		{CtxSenders: writeFile(t, "other-org.json", `{"systems":[{"prefix":"a","organization":"3000000"}]}`)},
		{CtxMailFrom: "nobody"},
		{CtxSMSSenderID: "TWELVECHARSX"},
		{CtxDomainName: "plaza.seoul.go.kr"},
		{CtxSenders: filepath.Join(t.TempDir(), "missing.json")},
		{CtxSenders: writeFile(t, "bad.json", `{"systems":[{"prefix":"a b"}]}`)},
		{CtxSenders: writeFile(t, "big.json", bigSenders())},
		{CtxInstance: "Blue!"},
		{CtxWAF: "yes"},
		{CtxCORSOrigins: "http://plain.kr"},
	} {
		if _, err := ConfigFrom(ctx(bad)); err == nil {
			t.Errorf("%v: accepted", bad)
		}
	}
	// GIVEN a senders file THEN it is validated and kept for PLAZA_SENDERS
	c, err = ConfigFrom(ctx(map[string]string{CtxSenders: writeFile(t, "senders.json", `{"systems":[{"prefix":"e-approval"},{"prefix":"minutes","departments":["1100123"]}]}`)}))
	if err != nil || c.Senders == nil || len(c.Senders.Systems) != 2 {
		t.Errorf("senders: %+v %v", c.Senders, err)
	}
}

func writeFile(t *testing.T, name, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// bigSenders is a valid configuration too large for a Lambda environment.
func bigSenders() string {
	var b strings.Builder
	b.WriteString(`{"systems":[`)
	for i := range 100 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"prefix":"system-%03d","organization":"6110000"}`, i)
	}
	b.WriteString("]}")
	return b.String()
}

func TestWriteCheckerSeesOverlaps(t *testing.T) {
	const arn = "<Work.Arn>"
	cases := []struct {
		resource, prefix, suffix string
		want                     bool
	}{
		{arn + "/staged/*", "staged/", "", true},
		{arn + "/*", "staged/", "", true},
		{"*", "staged/", "", true},
		{arn + "/st*", "staged/", "", true},
		{arn + "/staged/org/*", "staged/", "", true},
		{arn + "/review/*", "staged/", "", false},
		{arn + "/reports/*", "staged/", "", false},
		{"<Other.Arn>/staged/*", "staged/", "", false},
		{arn + "/x/*", "", "envelope.json", true},
		{arn + "/x/y.json", "", "envelope.json", false},
	}
	for _, c := range cases {
		if got := covers(c.resource, arn, c.prefix, c.suffix); got != c.want {
			t.Errorf("covers(%s, %q, %q) = %v", c.resource, c.prefix, c.suffix, got)
		}
	}
	for a, want := range map[string]bool{"s3:PutObject": true, "s3:Put*": true, "s3:*": true, "*": true, "s3:GetObject": false,
		"s3:ListBucket": false, "dynamodb:UpdateItem": true, "dynamodb:Query": false, "dynamodb:*": true, "s3:DeleteObject": true} {
		if isWrite(a) != want {
			t.Errorf("isWrite(%s) = %v", a, !want)
		}
	}
}

func TestProdRefusesExampleDefaults(t *testing.T) {
	ctx := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }
	good := map[string]string{CtxStage: "prod", CtxMailFrom: "plaza@seoul.go.kr", CtxAlarmEmail: "ops@seoul.go.kr"}
	if _, err := ConfigFrom(ctx(good)); err != nil {
		t.Fatalf("a real prod configuration: %v", err)
	}
	for _, c := range []struct {
		key, value, mentions string
	}{
		{CtxMailFrom, "", CtxMailFrom}, // the default no-reply@example.org
		{CtxMailFrom, "plaza@mail.example.com", CtxMailFrom},
		{CtxAlarmEmail, "", CtxAlarmEmail},
		{CtxAlarmEmail, "ops@example.org", CtxAlarmEmail},
		{CtxCORSOrigins, "*", CtxCORSOrigins},
		{CtxCORSOrigins, "https://plaza.seoul.go.kr,*", CtxCORSOrigins},
	} {
		// GIVEN prod with one example value WHEN it is configured
		kv := map[string]string{}
		for k, v := range good {
			kv[k] = v
		}
		kv[c.key] = c.value
		_, err := ConfigFrom(ctx(kv))
		// THEN it is refused, naming the context key to set
		if err == nil || !strings.Contains(err.Error(), c.mentions) {
			t.Errorf("prod with %s=%q: %v", c.key, c.value, err)
		}
	}
	// AND dev keeps its example defaults
	if _, err := ConfigFrom(ctx(map[string]string{CtxStage: "dev"})); err != nil {
		t.Errorf("dev: %v", err)
	}
}
