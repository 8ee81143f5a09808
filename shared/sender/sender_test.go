package sender

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	if c, err := Load(""); err != nil || len(c.Systems) != 1 || c.Systems[0].Prefix != Any {
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
