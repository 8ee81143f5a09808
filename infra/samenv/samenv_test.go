package samenv

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/config"
)

var settings = Settings{Stage: "dev", OrgCode: "6110000", OrgName: "서울특별시", MailFrom: FixtureMailFrom, SMSSenderID: "PLAZA", LogLevel: "debug"}

func TestFromOutputsGivesEveryFunctionWhatItNeeds(t *testing.T) {
	// GIVEN a deployed stack's outputs
	outputs := map[string]string{
		"InboxBucketName": "plaza-dev-inboxbucket1", "WorkBucketName": "plaza-dev-workbucket1", "PublicBucketName": "plaza-dev-publicbucket1",
		"LedgerTableName": "Plaza-dev-Ledger", "InquiryTableName": "Plaza-dev-Inquiry", "KMSKeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
		"MailConfigurationSet": "MailConfig1", "PortalURL": "https://d1.cloudfront.net", "SearchEndpoint": "search-plaza-dev-x.ap-northeast-2.es.amazonaws.com",
	}
	f, err := FromOutputs(outputs, settings)
	if err != nil {
		t.Fatal(err)
	}
	// THEN every function finds every variable it requires, valid
	lookup := func(k string) (string, bool) { v, ok := f.Parameters[k]; return v, ok }
	for _, fn := range []string{config.FuncIngest, config.FuncRedact, config.FuncIndex, config.FuncAPI, config.FuncNotify, config.FuncMonitor, config.FuncSetup} {
		if _, err := config.Load(lookup, config.Needs(fn)...); err != nil {
			t.Errorf("%s: %v", fn, err)
		}
	}
	if f.Parameters[string(config.OpenSearchEndpoint)] != "https://search-plaza-dev-x.ap-northeast-2.es.amazonaws.com" || f.Parameters["AWS_ENDPOINT_URL"] != "" {
		t.Errorf("endpoints: %v", f.Parameters)
	}
	// AND an older stack's outputs are refused, naming what is missing
	delete(outputs, "KMSKeyId")
	if _, err := FromOutputs(outputs, settings); err == nil || !strings.Contains(err.Error(), "KMSKeyId") {
		t.Errorf("missing output: %v", err)
	}
}

func TestEmulatorCreatesTheFixturesResources(t *testing.T) {
	if _, err := exec.LookPath(awstest.Command); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	srv := awstest.Start(t)
	s := settings
	s.Endpoint, s.OpenSearch = "http://host.docker.internal:5000", "http://host.docker.internal:9200"
	// WHEN env.json is written twice for the same emulator
	var files []File
	for range 2 {
		f, err := Emulator(context.Background(), srv.Config, s)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	// THEN the resources exist once, under the fixtures' names, with the
	// same key, and the functions are pointed at the emulator
	p := files[1].Parameters
	if p[string(config.KMSKeyID)] == "" || p[string(config.KMSKeyID)] != files[0].Parameters[string(config.KMSKeyID)] {
		t.Errorf("key ids %q, %q", files[0].Parameters[string(config.KMSKeyID)], p[string(config.KMSKeyID)])
	}
	if p[string(config.InboxBucket)] != FixtureInbox || p["AWS_ENDPOINT_URL"] != s.Endpoint || p[string(config.OriginSecret)] != LocalOriginSecret {
		t.Errorf("parameters %v", p)
	}
	lookup := func(k string) (string, bool) { v, ok := p[k]; return v, ok }
	for _, fn := range []string{config.FuncIngest, config.FuncAPI, config.FuncNotify, config.FuncMonitor} {
		if _, err := config.Load(lookup, config.Needs(fn)...); err != nil {
			t.Errorf("%s: %v", fn, err)
		}
	}
}
