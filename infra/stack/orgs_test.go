package stack

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"

	"github.com/seoul-plaza/plaza/shared/org/orgtest"
)

// The third district of the orgs stack, sending from two prefixes.
const (
	jongno        = "3000000"
	jongnoPrefix1 = "jongno-approval"
	jongnoPrefix2 = "jongno-minutes"
)

// orgsStack is a dev stack whose organizations come from a folder
// (plaza:orgsDir), as a deployment onboards a district: the embedded
// two and Jongno-gu.
func orgsStack(app awscdk.App, out string, code map[string]string, site string) (*Plaza, error) {
	dir := filepath.Join(out, "orgs")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if err := orgtest.Write(dir, orgtest.District(jongno, "서울특별시 종로구", jongnoPrefix1, jongnoPrefix2)); err != nil {
		return nil, err
	}
	// A file the functions must not receive.
	if err := os.WriteFile(filepath.Join(dir, "NOTES.md"), []byte("notes"), 0o600); err != nil {
		return nil, err
	}
	cfg, err := ConfigFrom(func(k string) string {
		return map[string]string{CtxStage: "dev", CtxInstance: "orgs", CtxOrgsDir: dir}[k]
	})
	if err != nil {
		return nil, err
	}
	return NewPlazaStack(app, cfg.StackName(), &Props{Config: cfg, Code: code, Site: site})
}

// senderRole returns the logical id of an organization's sender role and
// the object ARNs (rendered) its policy lets it put.
func senderRole(t *testing.T, tp tmpl, code string) (string, []string) {
	t.Helper()
	id := idOf(t, tp, "AWS::IAM::Role", SenderRoleID(code))
	var puts []string
	for _, r := range byType(tp, "AWS::IAM::Policy") {
		p := props(r)
		if !slices.ContainsFunc(list(p["Roles"]), func(v interface{}) bool { return render(v) == "<"+id+">" }) {
			continue
		}
		for _, st := range list(p["PolicyDocument"].(map[string]interface{})["Statement"]) {
			s := st.(map[string]interface{})
			acts := list(s["Action"])
			if s["Action"] == "s3:PutObject" || slices.Contains(acts, interface{}("s3:PutObject")) {
				res := list(s["Resource"])
				if res == nil {
					res = []interface{}{s["Resource"]}
				}
				for _, r := range res {
					puts = append(puts, render(r))
				}
			}
			if a, _ := s["Action"].(string); strings.HasPrefix(a, "s3:") && a != "s3:PutObject" {
				t.Errorf("%s: sender role may %s", code, a)
			}
		}
	}
	slices.Sort(puts)
	return id, puts
}

// inboxDenies returns the inbox bucket policy's deny statements, by the
// object ARN they protect, with the role they exempt.
func inboxDenies(t *testing.T, tp tmpl) map[string]string {
	t.Helper()
	inbox := idOf(t, tp, "AWS::S3::Bucket", "InboxBucket")
	out := map[string]string{}
	for _, r := range byType(tp, "AWS::S3::BucketPolicy") {
		p := props(r)
		if render(p["Bucket"]) != "<"+inbox+">" {
			continue
		}
		for _, st := range list(p["PolicyDocument"].(map[string]interface{})["Statement"]) {
			s := st.(map[string]interface{})
			if s["Effect"] != "Deny" || s["Action"] != "s3:PutObject" {
				continue
			}
			cond, _ := s["Condition"].(map[string]interface{})
			arn, _ := cond["ArnNotEquals"].(map[string]interface{})
			if s["Principal"].(map[string]interface{})["AWS"] != "*" {
				t.Errorf("%v: a reservation must bind every principal", s["Sid"])
			}
			out[render(s["Resource"])] = render(arn["aws:PrincipalArn"])
		}
	}
	return out
}

func TestEachOrganizationWritesOnlyItsInboxPrefixes(t *testing.T) {
	for _, c := range []struct {
		name string
		tp   tmpl
		// each organization's prefixes (object paths under the inbox)
		want map[string][]string
	}{
		{"dev (embedded)", fixture.devJSON, map[string][]string{"6110000": {"*"}, "3220000": {"gangnam-approval/*"}}},
		{"orgs (plaza:orgsDir)", fixture.orgsJSON, map[string][]string{"6110000": {"*"}, "3220000": {"gangnam-approval/*"},
			jongno: {jongnoPrefix1 + "/*", jongnoPrefix2 + "/*"}}},
	} {
		inbox := idOf(t, c.tp, "AWS::S3::Bucket", "InboxBucket")
		denies := inboxDenies(t, c.tp)
		reserved := 0
		for code, paths := range c.want {
			// GIVEN an organization's file WHEN the stack is synthesized
			// THEN its sender role may put objects under its prefixes only
			role, puts := senderRole(t, c.tp, code)
			var want []string
			for _, p := range paths {
				want = append(want, "<"+inbox+".Arn>/"+p)
			}
			slices.Sort(want)
			if !slices.Equal(puts, want) {
				t.Errorf("%s: %s puts %v, want %v", c.name, code, puts, want)
			}
			// AND the bucket reserves each listed prefix to that role
			// ("*", every unlisted prefix, reserves nothing)
			for _, w := range want {
				if strings.HasSuffix(w, ".Arn>/*") {
					continue
				}
				reserved++
				if got := denies[w]; got != "<"+role+".Arn>" {
					t.Errorf("%s: %s is reserved to %q, want %s's role", c.name, w, got, code)
				}
			}
		}
		// AND nothing else is reserved
		if len(denies) != reserved {
			t.Errorf("%s: %d reservations, want %d: %v", c.name, len(denies), reserved, denies)
		}
	}
}

func TestStaffPoolCarriesOrganizationAndGroups(t *testing.T) {
	for _, c := range []struct {
		name  string
		tp    tmpl
		codes []string
	}{
		{"dev", fixture.devJSON, []string{"6110000", "3220000"}},
		{"orgs", fixture.orgsJSON, []string{"6110000", "3220000", jongno}},
	} {
		// GIVEN the staff pool THEN each person's organization and
		// department are mutable custom string attributes
		pool := props(c.tp.resources()[idOf(t, c.tp, "AWS::Cognito::UserPool", "StaffPool")])
		attrs := map[string]map[string]interface{}{}
		for _, a := range list(pool["Schema"]) {
			m := a.(map[string]interface{})
			attrs[m["Name"].(string)] = m
		}
		for _, name := range []string{AttrOrganization, AttrDepartment} {
			a, ok := attrs[name]
			if !ok || a["AttributeDataType"] != "String" || a["Mutable"] != true {
				t.Errorf("%s: custom attribute %s: %v", c.name, name, a)
			}
		}
		// AND the portal's client cannot write them (a person cannot move
		// themselves to another organization)
		for _, cl := range byType(c.tp, "AWS::Cognito::UserPoolClient") {
			w := list(props(cl)["WriteAttributes"])
			if len(w) == 0 {
				t.Errorf("%s: a client may write every attribute", c.name)
			}
			for _, a := range w {
				if strings.HasPrefix(a.(string), "custom:") {
					t.Errorf("%s: the client may write %s", c.name, a)
				}
			}
		}
		// AND there are the admin groups and a group per organization
		groups := map[string]float64{}
		for _, g := range byType(c.tp, "AWS::Cognito::UserPoolGroup") {
			p := props(g)
			groups[p["GroupName"].(string)], _ = p["Precedence"].(float64)
		}
		want := []string{GroupCityAdmin, GroupAdmin}
		for _, code := range c.codes {
			want = append(want, GroupOrgPrefix+code)
		}
		for _, g := range want {
			if _, ok := groups[g]; !ok {
				t.Errorf("%s: no group %s (have %v)", c.name, g, groups)
			}
		}
		if len(groups) != len(want) {
			t.Errorf("%s: groups %v, want %v", c.name, groups, want)
		}
		// (the city-wide group wins in cognito:preferred_role order)
		if groups[GroupCityAdmin] >= groups[GroupAdmin] {
			t.Errorf("%s: precedence %v", c.name, groups)
		}
	}
}

func TestOrgsFolderReachesEveryFunction(t *testing.T) {
	// GIVEN plaza:orgsDir THEN one layer carries its files
	layer := idOf(t, fixture.orgsJSON, "AWS::Lambda::LayerVersion", "OrgsLayer")
	// AND every function reads it through PLAZA_ORGS_DIR
	for _, fn := range Functions() {
		p := props(fixture.orgsJSON.resources()[idOf(t, fixture.orgsJSON, "AWS::Lambda::Function", title(fn)+"Function")])
		vars := p["Environment"].(map[string]interface{})["Variables"].(map[string]interface{})
		if vars[EnvOrgsDir] != OrgsLayerPath {
			t.Errorf("%s: %s = %v", fn, EnvOrgsDir, vars[EnvOrgsDir])
		}
		if l := list(p["Layers"]); len(l) != 1 || render(l[0]) != "<"+layer+">" {
			t.Errorf("%s: layers %v", fn, l)
		}
	}
	// AND the binding the functions get names the folder's organization
	for _, fn := range []string{Ingest, Monitor} {
		p := props(fixture.orgsJSON.resources()[idOf(t, fixture.orgsJSON, "AWS::Lambda::Function", title(fn)+"Function")])
		if s := p["Environment"].(map[string]interface{})["Variables"].(map[string]interface{})[EnvSenders].(string); !strings.Contains(s, jongnoPrefix2) {
			t.Errorf("%s: %s = %s", fn, EnvSenders, s)
		}
	}
	// AND without the context, no layer (the functions carry the
	// embedded files; TestFunctionsGetOnlyTheirEnvironment checks that
	// PLAZA_ORGS_DIR is not set)
	for id := range byType(fixture.devJSON, "AWS::Lambda::LayerVersion") {
		if strings.HasPrefix(id, "OrgsLayer") {
			t.Errorf("dev: layer %s", id)
		}
	}
}

func TestOrgsDirContext(t *testing.T) {
	ctx := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	// GIVEN a folder that does not load THEN synth refuses it, naming the key
	for _, dir := range []string{t.TempDir(), filepath.Join(t.TempDir(), "missing")} {
		if _, err := ConfigFrom(ctx(map[string]string{CtxOrgsDir: dir})); err == nil || !strings.Contains(err.Error(), CtxOrgsDir) {
			t.Errorf("%s: %v", dir, err)
		}
	}
	// GIVEN a folder with a third organization THEN it may be the default
	// (plaza:orgCode), with its file's name, and a senders file may name it
	dir := orgtest.Dir(t, orgtest.District(jongno, "서울특별시 종로구", jongnoPrefix1))
	c, err := ConfigFrom(ctx(map[string]string{CtxOrgsDir: dir, CtxOrgCode: jongno}))
	if err != nil || c.OrgName != "서울특별시 종로구" || c.OrgsDir == "" || len(c.Organizations().All()) != 3 {
		t.Fatalf("%+v %v", c, err)
	}
	senders := writeFile(t, "senders.json", `{"systems":[{"prefix":"x","organization":"`+jongno+`"}]}`)
	if _, err := ConfigFrom(ctx(map[string]string{CtxOrgsDir: dir, CtxSenders: senders})); err != nil {
		t.Errorf("senders naming the folder's organization: %v", err)
	}
	if _, err := ConfigFrom(ctx(map[string]string{CtxSenders: senders})); err == nil {
		t.Error("senders naming an organization without a file were accepted")
	}
}
