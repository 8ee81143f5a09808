package stack

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// portalHandler is the logical id of the Lambda function behind the
// portal's bucket deployment (CDK's singleton handler).
func portalHandler(t *testing.T, tp tmpl) string {
	t.Helper()
	deps := byType(tp, "Custom::CDKBucketDeployment")
	if len(deps) != 1 {
		t.Fatalf("bucket deployments: got %d, want 1", len(deps))
	}
	for _, r := range deps {
		return strings.TrimSuffix(strings.TrimPrefix(render(props(r)["ServiceToken"]), "<"), ".Arn>")
	}
	return ""
}

func TestPortalIsDeployedToTheSiteBucketAndInvalidated(t *testing.T) {
	for _, c := range []struct {
		name string
		tp   tmpl
	}{{"dev", fixture.devJSON}, {"prod", fixture.prodJSON}} {
		// GIVEN the stack
		// THEN one bucket deployment copies the portal into the site bucket
		deps := byType(c.tp, "Custom::CDKBucketDeployment")
		if len(deps) != 1 {
			t.Fatalf("%s: bucket deployments: got %d, want 1", c.name, len(deps))
		}
		site := idOf(t, c.tp, "AWS::S3::Bucket", "SiteBucket")
		dist := idOf(t, c.tp, "AWS::CloudFront::Distribution", "Portal")
		for id, r := range deps {
			p := props(r)
			if got := render(p["DestinationBucketName"]); got != "<"+site+">" {
				t.Errorf("%s: %s deploys to %s, want the site bucket", c.name, id, got)
			}
			if p["DestinationBucketKeyPrefix"] != nil {
				t.Errorf("%s: %s deploys under a prefix %v; index.html must be at the root", c.name, id, p["DestinationBucketKeyPrefix"])
			}
			// AND it invalidates every path of the distribution
			if got := render(p["DistributionId"]); got != "<"+dist+">" {
				t.Errorf("%s: %s invalidates %s, want the portal distribution", c.name, id, got)
			}
			if paths := list(p["DistributionPaths"]); !reflect.DeepEqual(paths, []interface{}{"/*"}) {
				t.Errorf("%s: %s invalidates %v, want [/*]", c.name, id, paths)
			}
			// AND it removes files the portal no longer has, and sends the
			// local handler's Cache-Control
			if p["Prune"] != true {
				t.Errorf("%s: %s does not prune", c.name, id)
			}
			if md, _ := p["SystemMetadata"].(map[string]interface{}); md["cache-control"] != PortalCacheControl {
				t.Errorf("%s: %s cache-control %v", c.name, id, md)
			}
			// AND its sources are the portal's files and the staff
			// console's sign-in settings, which name the Cognito client
			// and hosted UI domain, known at deployment
			if keys := list(p["SourceObjectKeys"]); len(keys) != 2 {
				t.Errorf("%s: %s sources %v, want the portal asset and the console's settings", c.name, id, keys)
			}
			markers := render(p["SourceMarkers"])
			for _, want := range []string{"StaffPoolStaffPortal", "StaffPoolStaffLogin"} {
				if !strings.Contains(markers, want) {
					t.Errorf("%s: %s: the console's settings do not name %s: %s", c.name, id, want, markers)
				}
			}
		}
		// AND CloudFront serves index.html from the site bucket by default
		d := props(c.tp.resources()[dist])["DistributionConfig"].(map[string]interface{})
		if d["DefaultRootObject"] != "index.html" {
			t.Errorf("%s: default root object %v", c.name, d["DefaultRootObject"])
		}
	}
}

func TestOnlyThePortalDeploymentCanWriteTheSiteBucket(t *testing.T) {
	for _, c := range []struct {
		name string
		tp   tmpl
	}{{"dev", fixture.devJSON}, {"prod", fixture.prodJSON}} {
		// GIVEN every role of every Lambda function in the stack
		site := "<" + idOf(t, c.tp, "AWS::S3::Bucket", "SiteBucket") + ".Arn>"
		handler := portalHandler(t, c.tp)
		fns := byType(c.tp, "AWS::Lambda::Function")
		if len(fns) != len(Functions())+1 {
			t.Errorf("%s: %d functions, want the %d of Plaza and the deployment's", c.name, len(fns), len(Functions()))
		}
		handlerPuts := false
		for fn := range fns {
			for _, g := range c.tp.roleGrants(c.tp.functionRole(fn)) {
				if !isWrite(g.Action) || !covers(g.Resource, site, "", "") {
					continue
				}
				if fn != handler {
					// THEN no function but the deployment's handler can write it
					t.Errorf("%s: %s can write the site bucket: %v", c.name, fn, g)
				} else if g.Action == "s3:PutObject" && g.Resource == site+"/*" {
					handlerPuts = true
				}
			}
		}
		// AND the handler can (the check is not vacuous)
		if !handlerPuts {
			t.Errorf("%s: the portal deployment cannot put objects into the site bucket", c.name)
		}
		// AND the bucket's own policy lets nobody write either (CloudFront
		// only reads, through origin access control)
		for id, r := range byType(c.tp, "AWS::S3::BucketPolicy") {
			p := props(r)
			if render(p["Bucket"]) != "<"+strings.TrimSuffix(strings.TrimPrefix(site, "<"), ".Arn>")+">" {
				continue
			}
			for _, st := range list(p["PolicyDocument"].(map[string]interface{})["Statement"]) {
				s := st.(map[string]interface{})
				if s["Effect"] != "Allow" {
					continue
				}
				for _, a := range list(s["Action"]) {
					if isWrite(a.(string)) {
						t.Errorf("%s: %s allows %v to %s", c.name, id, s["Principal"], a)
					}
				}
			}
		}
	}
}

func TestPortalSiteLaysOutTheFilesAsTheLocalHandlerServesThem(t *testing.T) {
	wd, _ := os.Getwd()
	root, err := RepoRoot(wd)
	if err != nil {
		t.Fatal(err)
	}
	// GIVEN the portal's files in the repository
	// WHEN they are laid out for the site bucket
	dir, err := PortalSite(root, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			got = append(got, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	// THEN index.html is at the root, the staff page at staff/index.html
	// (served at /staff/, the sign-in's callback) and every other file
	// under static/, those in folders too (emblems/<code>.svg, where GET
	// /api/organizations points: /static/emblems/<code>.svg)
	want := []string{"index.html", "staff/index.html"}
	srcDir := filepath.Join(root, PortalDir)
	err = filepath.WalkDir(srcDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(srcDir, path)
		if rel = filepath.ToSlash(rel); rel != "index.html" && rel != "staff/index.html" {
			want = append(want, "static/"+rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("site files %v, want %v", got, want)
	}
	// AND every local script and stylesheet index.html loads is there
	page, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	refs := regexp.MustCompile(`(?:src|href)="(/[^"?#]+)"`).FindAllStringSubmatch(string(page), -1)
	assets := 0
	for _, m := range refs {
		if m[1] == "/" || m[1] == EnglishPath || strings.HasPrefix(m[1], "/api/") || servedByAPI(m[1]) {
			continue // the page itself (also in English), and the API behind CloudFront's behaviours
		}
		assets++
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(m[1], "/")))); err != nil {
			t.Errorf("index.html loads %s, which the site bucket would not have", m[1])
		}
	}
	if assets == 0 {
		t.Error("index.html loads no script or stylesheet: the check found nothing to check")
	}

	// AND a directory without index.html is refused
	if _, err := PortalSite(t.TempDir(), t.TempDir()); err == nil {
		t.Error("PortalSite accepted a repository without the portal")
	}
}

// servedByAPI says whether CloudFront sends path to the api function (a
// behaviour other than the console's matches it) rather than the site
// bucket, as /sitemap.xml, which the portal's <noscript> links to.
func servedByAPI(path string) bool {
	for _, b := range Behaviors() {
		glob := "^" + strings.ReplaceAll(regexp.QuoteMeta(b.Path), `\*`, ".*") + "$"
		if regexp.MustCompile(glob).MatchString(path) {
			return b.What != "console" && b.What != "english"
		}
	}
	return false
}
