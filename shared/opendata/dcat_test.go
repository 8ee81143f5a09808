package opendata

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
)

// debianPython is the interpreter with Debian's python3-rdflib and
// python3-feedparser (infra/check installs them).
const debianPython = "/usr/bin/python3"

// needPython checks that Debian's python has the modules a test parses
// with: missing, it fails under CI (which must have them) and skips
// elsewhere.
func needPython(t *testing.T, modules ...string) {
	t.Helper()
	for _, m := range modules {
		if out, err := exec.Command(debianPython, "-c", "import "+m).CombinedOutput(); err != nil {
			msg := fmt.Sprintf("%s cannot import %s (apt-get install python3-%s): %v %s", debianPython, m, m, err, out)
			if os.Getenv("CI") == "true" {
				t.Fatal(msg)
			}
			t.Skip(msg)
		}
	}
}

// runPython runs a checker script from testdata on files and decodes its
// JSON report into v.
func runPython(t *testing.T, script string, v any, files ...string) {
	t.Helper()
	cmd := exec.Command(debianPython, append([]string{filepath.Join("testdata", script)}, files...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", script, err, stderr.String())
	}
	if err := json.Unmarshal(out, v); err != nil {
		t.Fatalf("%s: %v: %.500s", script, err, out)
	}
}

// save writes a response to a file for the checkers.
func (e *env) save(t *testing.T, dir, name, target string) (string, []byte) {
	t.Helper()
	code, _, body := e.get(t, target)
	if code != 200 {
		t.Fatalf("%s: %d %s", target, code, body)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, body, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, body
}

type dcatReport struct {
	SameGraph  bool     `json:"same_graph"`
	Triples    int      `json:"triples"`
	Problems   []string `json:"problems"`
	OnlyTTL    []string `json:"only_ttl"`
	OnlyJSONLD []string `json:"only_jsonld"`
	Catalogs   int      `json:"catalogs"`
	Datasets   map[string]struct {
		Identifier    string   `json:"identifier"`
		Title         string   `json:"title"`
		Access        string   `json:"access"`
		IssuedUnix    *int64   `json:"issued_unix"`
		ModifiedUnix  *int64   `json:"modified_unix"`
		Distributions []string `json:"distributions"`
	} `json:"datasets"`
	View  map[string]string `json:"view"`
	Total int               `json:"total"`
}

// TestDCATCatalogParsesAsTheSameGraph: rdflib reads the Turtle and the
// JSON-LD catalog as one graph with DCAT-AP 3's mandatory classes and
// properties; each dataset's own JSON-LD says what the catalog says;
// closed documents are non-public datasets without distribution, and
// the distributions are the CKAN resources.
func TestDCATCatalogParsesAsTheSameGraph(t *testing.T) {
	needPython(t, "rdflib")
	e := newEnv(t)
	e.publish(t, corpus()...)
	dir := t.TempDir()
	ttl, ttlBody := e.save(t, dir, "catalog.ttl", "/catalog.ttl")
	jsonld, jsonldBody := e.save(t, dir, "catalog.jsonld", "/catalog.jsonld")
	files := []string{ttl, jsonld}
	for _, d := range corpus() {
		path, body := e.save(t, dir, d.ID+".jsonld", "/dataset/"+d.ID+".jsonld"+e.h.orgQuery(d.Organization.Code))
		noLeak(t, d.ID+".jsonld", body)
		files = append(files, path)
	}
	noLeak(t, "catalog.ttl", ttlBody)
	noLeak(t, "catalog.jsonld", jsonldBody)
	golden(t, "dcat/catalog.ttl", ttlBody)
	golden(t, "dcat/catalog.jsonld", indent(t, jsonldBody))

	var rep dcatReport
	runPython(t, "dcat_check.py", &rep, files...)
	if !rep.SameGraph {
		t.Errorf("Turtle and JSON-LD differ:\n only in Turtle: %v\n only in JSON-LD: %v", rep.OnlyTTL, rep.OnlyJSONLD)
	}
	if len(rep.Problems) > 0 {
		t.Errorf("DCAT-AP 3 problems: %v", rep.Problems)
	}
	if rep.Catalogs != 1 || len(rep.Datasets) != len(corpus()) || rep.Total != len(corpus()) {
		t.Fatalf("catalogs %d, datasets %d, total %d", rep.Catalogs, len(rep.Datasets), rep.Total)
	}
	if rep.View["first"] == "" || rep.View["last"] != rep.View["first"] || rep.View["next"] != "" {
		t.Errorf("one page's Hydra view: %v", rep.View)
	}
	published := map[string]time.Time{}
	for _, d := range corpus() {
		published[packageID(d.Key())] = d.PublishedAt
	}
	for iri, ds := range rep.Datasets {
		// dct:issued and dct:modified are the document's publication, as
		// rdflib reads them: the 2014 document's is its 2026 release.
		at := published[ds.Identifier].Unix()
		if ds.IssuedUnix == nil || *ds.IssuedUnix != at || ds.ModifiedUnix == nil || *ds.ModifiedUnix != at {
			t.Errorf("%s: issued %v modified %v, published %v", iri, ds.IssuedUnix, ds.ModifiedUnix, at)
		}
		var pkg struct {
			Result struct {
				Resources []struct {
					URL string `json:"url"`
				} `json:"resources"`
			} `json:"result"`
		}
		_, _, body := e.get(t, "/api/3/action/package_show?id="+ds.Identifier)
		if err := json.Unmarshal(body, &pkg); err != nil {
			t.Fatal(err)
		}
		var urls []string
		for _, r := range pkg.Result.Resources {
			urls = append(urls, r.URL)
		}
		if fmt.Sprint(urls) != fmt.Sprint(ds.Distributions) && len(urls)+len(ds.Distributions) > 0 {
			t.Errorf("%s: distributions %v, CKAN resources %v", iri, ds.Distributions, urls)
		}
		closed := strings.HasSuffix(ds.Identifier, "SEOUL-2015-0003")
		if closed != strings.HasSuffix(ds.Access, "/NON_PUBLIC") || closed != (len(ds.Distributions) == 0) {
			t.Errorf("%s: access %s, distributions %v", iri, ds.Access, ds.Distributions)
		}
	}

	// A harvester that last came in 2025 gets the 2014 document released
	// since, and nothing else: modified_since is the publication date.
	since, _ := e.save(t, dir, "since.ttl", "/catalog.ttl?modified_since=2026-01-01")
	var srep dcatReport
	runPython(t, "dcat_check.py", &srep, since, jsonld)
	if len(srep.Datasets) != 1 || srep.Total != 1 {
		t.Fatalf("modified_since=2026-01-01: %d datasets of %d, want the late release only", len(srep.Datasets), srep.Total)
	}
	for _, ds := range srep.Datasets {
		if ds.Identifier != "6110000:SEOUL-2014-0001" {
			t.Errorf("modified_since=2026-01-01 gave %s", ds.Identifier)
		}
	}
}

// TestDCATCatalogPages: Hydra's links page through the catalog, and
// modified_since leaves out what is older.
func TestDCATCatalogPages(t *testing.T) {
	needPython(t, "rdflib")
	e := newEnv(t)
	var docs []document.Public
	for i := range 250 {
		docs = append(docs, doc(cityHall, fmt.Sprintf("PAGE-%04d", i), "1100123", "행정국 정보공개정책과", "approval", document.GradePublic,
			fmt.Sprintf("문서 %d", i), "본문 "+fmt.Sprint(i), time.Date(2020, 1, 1, 9, 0, 0, 0, kstTest).AddDate(0, 0, i), []string{"쪽"}))
	}
	e.publish(t, docs...)
	dir := t.TempDir()
	ttl, _ := e.save(t, dir, "p2.ttl", "/catalog.ttl?page=2")
	jsonld, _ := e.save(t, dir, "p2.jsonld", "/catalog.jsonld?page=2")
	var rep dcatReport
	runPython(t, "dcat_check.py", &rep, ttl, jsonld)
	if !rep.SameGraph || len(rep.Problems) > 0 {
		t.Errorf("page 2: same graph %v, problems %v", rep.SameGraph, rep.Problems)
	}
	if rep.Total != 250 || len(rep.Datasets) != CatalogPageSize {
		t.Errorf("page 2: total %d, %d datasets", rep.Total, len(rep.Datasets))
	}
	if rep.View["next"] != base+"/catalog?page=3" || rep.View["previous"] != base+"/catalog?page=1" || rep.View["last"] != base+"/catalog?page=3" {
		t.Errorf("page 2's view: %v", rep.View)
	}
	// modified_since: the 10 newest (2020-08-28 to 2020-09-06).
	code, _, body := e.get(t, "/catalog.jsonld?modified_since=2020-08-28")
	if code != 200 || strings.Count(string(body), `"dcat:Dataset"`) != 10 || !strings.Contains(string(body), "modified_since=2020-08-28") {
		t.Errorf("modified_since: %d, %d datasets", code, strings.Count(string(body), `"dcat:Dataset"`))
	}
	if code, _, _ := e.get(t, "/catalog.ttl?modified_since=yesterday"); code != 400 {
		t.Errorf("a bad modified_since: %d", code)
	}
}
