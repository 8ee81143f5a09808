package sender

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/org"
)

func TestDefaultLetsAnySystemSendForTheDefaultOrganization(t *testing.T) {
	c := Default()
	for _, sys := range []string{"e-approval", "minutes", "cli"} {
		if p := c.Check(sys, "6110000", "1100123", "6110000"); p != nil {
			t.Errorf("%s: %v", sys, p)
		}
		if p := c.Check(sys, "3000000", "1100123", "6110000"); p == nil || p.Code != CodeWrongOrganization {
			t.Errorf("%s for another organization: %v", sys, p)
		}
	}
	// A key at the top of the inbox names no system.
	if p := c.Check(SystemOf("envelope.json"), "6110000", "1100123", "6110000"); p == nil || p.Code != CodeUnknownSystem {
		t.Errorf("top-level envelope: %v", p)
	}
}

func TestSystemsAreBoundToOrganizationsAndDepartments(t *testing.T) {
	c, err := Parse([]byte(`{"systems":[
		{"prefix":"e-approval","organization":"6110000"},
		{"prefix":"gangnam","organization":"3220000","departments":["3220100"]}
	]}`))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		key, org, dept, code string
	}{
		{"e-approval/A/envelope.json", "6110000", "1100123", ""},
		{"e-approval/A/envelope.json", "3220000", "3220100", CodeWrongOrganization},
		{"gangnam/B/envelope.json", "3220000", "3220100", ""},
		{"gangnam/B/envelope.json", "3220000", "3220999", CodeWrongDepartment},
		{"unknown/C/envelope.json", "6110000", "1100123", CodeUnknownSystem},
	}
	for _, cs := range cases {
		t.Run(cs.key+" "+cs.org+"/"+cs.dept, func(t *testing.T) {
			p := c.Check(SystemOf(cs.key), cs.org, cs.dept, "6110000")
			got := ""
			if p != nil {
				got = p.Code
			}
			if got != cs.code {
				t.Errorf("%s %s/%s: %q, want %q", cs.key, cs.org, cs.dept, got, cs.code)
			}
		})
	}
	if o := c.OrgOf("gangnam", "6110000"); o != "3220000" {
		t.Errorf("OrgOf gangnam = %s", o)
	}
	if o := c.OrgOf("unknown", "6110000"); o != "6110000" {
		t.Errorf("OrgOf unknown = %s", o)
	}
}

func TestParseReportsEveryProblemByName(t *testing.T) {
	_, err := Parse([]byte(`{"systems":[
		{"prefix":"a b"},
		{"prefix":"ok","organization":"no/slash","departments":["1","1","x y"]},
		{"prefix":"ok"},
		{"organization":"6110000"}
	]}`))
	if err == nil {
		t.Fatal("accepted a bad configuration")
	}
	for _, want := range []string{`systems[0].prefix: "a b"`, `systems[1].organization: "no/slash"`, `systems[1].departments[1]: "1" is listed twice`,
		`systems[1].departments[2]: "x y"`, `systems[2].prefix: "ok" is already systems[1]`, `systems[3].prefix: is missing`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	for _, data := range []string{`{"systems":[]}`, `{"systems":[{"prefix":"*","org":"x"}]}`, `{"systems":[{"prefix":"*"}]} {}`, `not json`} {
		if _, err := Parse([]byte(data)); err == nil {
			t.Errorf("accepted %s", data)
		}
	}
}

func TestLoad(t *testing.T) {
	// No file: the organizations' binding, where City Hall takes every
	// prefix no organization lists.
	if c, err := Load(""); err != nil || c.JSON() != Default().JSON() || c.OrgOf("any-system", "") != "6110000" {
		t.Fatalf("default: %+v %v", c, err)
	}
	path := filepath.Join(t.TempDir(), "senders.json")
	os.WriteFile(path, []byte(`{"systems":[{"prefix":"minutes"}]}`), 0o600)
	c, err := Load(path)
	if err != nil || c.Systems[0].Prefix != "minutes" {
		t.Fatalf("%+v %v", c, err)
	}
	if c2, err := Parse([]byte(c.JSON())); err != nil || c2.Systems[0].Prefix != "minutes" {
		t.Errorf("JSON round trip: %v", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("loaded a missing file")
	}
}

// The default binding comes from the organizations' files: Gangnam-gu's
// prefix sends for Gangnam-gu only, whatever the envelope claims.
func TestDefaultBindsEachOrganizationsPrefix(t *testing.T) {
	c := Default()
	if p := c.Check("gangnam-approval", "3220000", "1100123", "6110000"); p != nil {
		t.Errorf("gangnam-approval for 3220000: %v", p)
	}
	if p := c.Check("gangnam-approval", "6110000", "1100123", "6110000"); p == nil || p.Code != CodeWrongOrganization {
		t.Errorf("gangnam-approval claiming City Hall: %v", p)
	}
	if o := c.OrgOf("gangnam-approval", "6110000"); o != "3220000" {
		t.Errorf("OrgOf gangnam-approval = %s", o)
	}
	for _, s := range c.Systems {
		if s.Organization == "" {
			t.Errorf("%s is bound to no organization", s.Prefix)
		}
	}
}

func TestCheckOrgs(t *testing.T) {
	c, err := Parse([]byte(`{"systems":[{"prefix":"a","organization":"3220000"},{"prefix":"b"},{"prefix":"c","organization":"3000000"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	err = c.CheckOrgs(org.Embedded())
	if err == nil || !strings.Contains(err.Error(), `systems[2].organization: "3000000" has no organization's file`) || strings.Contains(err.Error(), "systems[0]") {
		t.Errorf("CheckOrgs = %v", err)
	}
}
