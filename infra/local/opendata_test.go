package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// ckanClientVersion is the npm ckan package (the Open Knowledge
// Foundation's ckan.js, MIT) the harvest test installs.
const ckanClientVersion = "0.2.3"

// needTool finds a program the test cannot do without: missing, it fails
// under CI (which must have it) and skips elsewhere.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not on PATH; CI must have it (Debian: apt-get install nodejs npm)", name)
	}
	t.Skipf("%s is not on PATH", name)
	return ""
}

// ckanClient installs npm's ckan client into the user's cache (once) and
// returns its node_modules folder.
func ckanClient(t *testing.T) string {
	t.Helper()
	needTool(t, "node")
	npm := needTool(t, "npm")
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "plaza", "npm-ckan-"+ckanClientVersion)
	mods := filepath.Join(dir, "node_modules")
	if _, err := os.Stat(filepath.Join(mods, "ckan", "ckan.js")); err == nil {
		return mods
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, "install", "--no-audit", "--no-fund", "--no-save", "--prefix", dir, "ckan@"+ckanClientVersion)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm install ckan@%s: %v\n%s", ckanClientVersion, err, out)
	}
	return mods
}

// runCKANClient runs testdata/ckan_client.js against endpoint with rows
// packages a page and returns what it printed.
func runCKANClient(t *testing.T, mods, endpoint string, rows int, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", append([]string{filepath.Join("testdata", "ckan_client.js"), endpoint, strconv.Itoa(rows)}, args...)...)
	cmd.Env = append(os.Environ(), "NODE_PATH="+mods)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("the CKAN client failed: %v\n%s", err, stderr.String())
	}
	return raw
}

// TestCKANClientPagesPastTenThousand: CKAN's client pages through 10,250
// packages of the local stack with start and rows (1,000 a page, the
// most CKAN allows, past the index's 10,000-hit window) and reads each
// exactly once, newest release first.
func TestCKANClientPagesPastTenThousand(t *testing.T) {
	mods := ckanClient(t)
	dir := t.TempDir()
	const n = 10250
	// Published objects go straight into the public bucket, and the
	// stack's start fills its empty index from it (refeedIndex): 10,000
	// documents through every stage would take minutes.
	st, err := localfs.New(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	kst := time.FixedZone("KST", 9*3600)
	day := time.Date(2015, 1, 1, 9, 0, 0, 0, kst)
	for i := range n {
		p := document.Public{
			Meta: document.Meta{Schema: document.SchemaPublic, ID: fmt.Sprintf("BULK-%05d", i),
				Organization: document.Organization{Code: "6110000", Name: "서울특별시"}, Version: 1, Type: "approval",
				Title: fmt.Sprintf("대량 문서 %d", i), Department: document.Department{Code: "1100123", Name: "행정국 정보공개정책과"},
				// Approved in the reverse order of their release: the
				// order read must be the release's.
				ApprovedAt: day.Add(time.Duration(n-i) * time.Hour),
				Disclosure: document.Disclosure{Grade: document.GradePublic, Exemptions: []string{}}},
			Body: "본문", PublishedAt: day.AddDate(10, 0, 0).Add(time.Duration(i) * time.Minute), Hash: "sha256:x",
		}
		data, _ := json.Marshal(p)
		if err := st.Put(ctx, buckets.Public, document.PublicKey(p.Key()), bytes.NewReader(data), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	s := openStack(t, dir, 0)
	defer s.Close()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	srv := httptest.NewServer(s.API)
	defer srv.Close()

	var got harvest
	if err := json.Unmarshal(runCKANClient(t, mods, srv.URL, 1000, "page-only"), &got); err != nil {
		t.Fatal(err)
	}
	if got.Count != n || len(got.IDs) != n {
		t.Fatalf("the client read %d packages (count %d), want %d", len(got.IDs), got.Count, n)
	}
	for i, id := range got.IDs {
		if want := fmt.Sprintf("6110000:BULK-%05d", n-1-i); id != want {
			t.Fatalf("package %d is %s, want %s (newest release first, each once)", i, id, want)
		}
	}
}

// harvest is what the client script read.
type harvest struct {
	Status struct {
		CKANVersion string `json:"ckan_version"`
		SiteURL     string `json:"site_url"`
	} `json:"status"`
	Count    int      `json:"count"`
	IDs      []string `json:"ids"`
	Packages []struct {
		ID           string   `json:"id"`
		Name         string   `json:"name"`
		Title        string   `json:"title"`
		Organization string   `json:"organization"`
		Groups       []string `json:"groups"`
		Resources    []string `json:"resources"`
		Access       string   `json:"access"`
	} `json:"packages"`
	Organizations []map[string]any          `json:"organizations"`
	Tags          []string                  `json:"tags"`
	Facets        map[string]map[string]int `json:"facets"`
	Missing       struct {
		Err  string         `json:"err"`
		Body map[string]any `json:"body"`
	} `json:"missing"`
}

// TestCKANClientHarvestsTheLocalStack: CKAN's JavaScript client harvests
// the local stack (seeded through its inbox) with the Action API, and
// reads every document once, as Plaza's own API lists them, closed ones
// without any resource and without their text.
func TestCKANClientHarvestsTheLocalStack(t *testing.T) {
	mods := ckanClient(t)
	dir := t.TempDir()
	s := openStack(t, dir, 40)
	defer s.Close()
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	srv := httptest.NewServer(s.API)
	defer srv.Close()

	raw := runCKANClient(t, mods, srv.URL, 7)
	var got harvest
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("client output: %v: %.500s", err, raw)
	}

	var listed struct {
		Total int `json:"total"`
	}
	if code := getJSON(t, s.API, "/api/documents?size=1", &listed); code != 200 || listed.Total == 0 {
		t.Fatalf("/api/documents: %d %+v", code, listed)
	}
	if got.Count != listed.Total || len(got.IDs) != listed.Total {
		t.Fatalf("the client read %d packages (count %d); the API lists %d documents", len(got.IDs), got.Count, listed.Total)
	}
	seen := map[string]bool{}
	for _, id := range got.IDs {
		if seen[id] {
			t.Errorf("package %s read twice", id)
		}
		seen[id] = true
	}
	if got.Status.CKANVersion == "" || got.Status.SiteURL != srv.URL {
		t.Errorf("status_show: %+v", got.Status)
	}

	closed := 0
	for _, p := range got.Packages {
		org, id, _ := strings.Cut(p.ID, ":")
		var view struct {
			Title        string `json:"title"`
			MetadataOnly bool   `json:"metadata_only"`
			Department   struct {
				Code string `json:"code"`
			} `json:"department"`
		}
		if code := getJSON(t, s.API, "/api/documents/"+id+"?org="+org, &view); code != 200 {
			t.Fatalf("package %s is not a document: %d", p.ID, code)
		}
		if p.Title != view.Title || p.Organization != org+"-"+strings.ToLower(view.Department.Code) || len(p.Groups) != 1 || p.Groups[0] != org {
			t.Errorf("package %+v does not match the document %+v", p, view)
		}
		if view.MetadataOnly {
			closed++
			if len(p.Resources) != 0 || p.Access != "non-public" {
				t.Errorf("closed %s: resources %v, access %q", p.ID, p.Resources, p.Access)
			}
			continue
		}
		if len(p.Resources) == 0 || p.Access != "public" {
			t.Errorf("published %s: resources %v, access %q", p.ID, p.Resources, p.Access)
			continue
		}
		res, err := http.Get(p.Resources[0])
		if err != nil || res.StatusCode != 200 {
			t.Errorf("resource %s: %v %v", p.Resources[0], err, res)
		}
		if res != nil {
			res.Body.Close()
		}
	}
	if closed == 0 {
		t.Error("the seed has no closed document: the test proves nothing of them")
	}
	// The closed documents' text, as staged before redaction, is nowhere
	// in what the client read.
	checkClosedAbsent(t, s, string(raw))

	if len(got.Organizations) == 0 || len(got.Tags) == 0 || len(got.Facets["organization"]) == 0 {
		t.Errorf("organizations %d, tags %d, facets %v", len(got.Organizations), len(got.Tags), got.Facets)
	}
	if !strings.Contains(got.Missing.Err, "HTTP code 404") || got.Missing.Body["success"] != false {
		t.Errorf("a missing package: %+v", got.Missing)
	}
	if e, _ := got.Missing.Body["error"].(map[string]any); e["__type"] != "Not Found Error" {
		t.Errorf("a missing package's error: %+v", got.Missing.Body)
	}
}

// checkClosedAbsent fails if any line of a closed document's staged body
// (its text before redaction) appears in out.
func checkClosedAbsent(t *testing.T, s *Stack, out string) {
	t.Helper()
	n := 0
	err := s.Store.List(context.Background(), buckets.Work, document.PrefixStaged, func(info storage.Info) error {
		key, version, ok := document.ParseStagedKey(info.Key)
		if !ok {
			return nil
		}
		data, err := storage.ReadAll(context.Background(), s.Store, buckets.Work, document.StagedKey(key, version), 32<<20)
		if err != nil {
			return err
		}
		var st document.Staged
		if err := json.Unmarshal(data, &st); err != nil {
			return err
		}
		if st.Disclosure.Grade != document.GradeClosed {
			return nil
		}
		for _, line := range strings.Split(st.Body, "\n") {
			if line = strings.TrimSpace(line); len([]rune(line)) >= 12 {
				n++
				if strings.Contains(out, line) {
					return errors.New("closed " + key.String() + ": its text is served: " + line)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no closed document's text to look for")
	}
}

// TestLocalStackServesTheOpenDataRoutes: the one-process stack answers
// every open-data route the api function answers on AWS (the CloudFront
// behaviours and API Gateway routes of infra/stack), from its own data.
func TestLocalStackServesTheOpenDataRoutes(t *testing.T) {
	s := openStack(t, t.TempDir(), 12)
	defer s.Close()
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	var pkgs struct {
		Result struct {
			Results []struct {
				ID  string `json:"id"`
				URL string `json:"url"`
			} `json:"results"`
		} `json:"result"`
	}
	if code := getJSON(t, s.API, "/api/3/action/package_search?rows=1", &pkgs); code != 200 || len(pkgs.Result.Results) != 1 {
		t.Fatalf("package_search: %d %+v", code, pkgs)
	}
	_, id, _ := strings.Cut(pkgs.Result.Results[0].ID, ":")
	for target, ctype := range map[string]string{
		"/catalog.jsonld": "application/ld+json", "/catalog.ttl": "text/turtle; charset=utf-8", "/catalog": "application/ld+json",
		"/dataset/" + id + ".jsonld": "application/ld+json", "/documents/" + id: "text/html; charset=utf-8",
		"/feeds/releases.rss": "application/rss+xml; charset=utf-8", "/feeds/releases.atom": "application/atom+xml; charset=utf-8",
		"/sitemap.xml": "application/xml; charset=utf-8", "/sitemaps/1.xml": "application/xml; charset=utf-8",
		"/robots.txt": "text/plain; charset=utf-8", "/api/3/action/status_show": "application/json; charset=utf-8",
	} {
		rr := httptest.NewRecorder()
		r := httptest.NewRequest(http.MethodGet, target, nil)
		r.Host = "plaza.test"
		s.API.ServeHTTP(rr, r)
		if rr.Code != 200 || rr.Header().Get("Content-Type") != ctype || !strings.Contains(rr.Body.String(), "http://plaza.test/") {
			t.Errorf("%s: %d %q %.200s", target, rr.Code, rr.Header().Get("Content-Type"), rr.Body.String())
		}
		if rr.Header().Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("%s: no CORS for other sites' apps", target)
		}
	}
}

// TestRetractionLeavesEveryOpenDataOutput: on one machine, a retracted
// document is gone from every open-data output at once: CKAN's search
// and show, the DCAT catalog (both serializations) and its dataset, its
// page and texts, the feeds and the sitemaps. (On AWS the index stage
// also invalidates these paths at the edge: pipeline.RemovedPaths.)
func TestRetractionLeavesEveryOpenDataOutput(t *testing.T) {
	ctx := context.Background()
	s := openStack(t, t.TempDir(), 12)
	defer s.Close()
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	var pkgs struct {
		Result struct {
			Results []struct {
				ID string `json:"id"`
			} `json:"results"`
		} `json:"result"`
	}
	if code := getJSON(t, s.API, "/api/3/action/package_search?rows=1&fq=grade:public", &pkgs); code != 200 || len(pkgs.Result.Results) != 1 {
		t.Fatalf("package_search: %d %+v", code, pkgs)
	}
	pkgID := pkgs.Result.Results[0].ID
	org, id, _ := strings.Cut(pkgID, ":")
	listings := []string{"/api/3/action/package_search?rows=1000", "/catalog.jsonld", "/catalog.ttl",
		"/feeds/releases.rss", "/feeds/releases.atom", "/sitemap.xml", "/sitemaps/1.xml"}
	own := []string{"/api/3/action/package_show?id=" + pkgID, "/dataset/" + id + ".jsonld", "/documents/" + id, "/dataset/" + id + "/text/0.txt"}
	get := func(target string) (int, string) {
		rr := httptest.NewRecorder()
		s.API.ServeHTTP(rr, httptest.NewRequest(http.MethodGet, target, nil))
		return rr.Code, rr.Body.String()
	}
	// Before: every output has it (else the test would show nothing).
	for _, target := range append(slices.Clone(listings), own...) {
		if target == "/sitemap.xml" {
			continue // names the sitemaps, not the documents
		}
		code, body := get(target)
		if code != 200 || (!strings.Contains(target, "/text/") && !strings.Contains(body, id)) {
			t.Fatalf("before the retraction %s: %d, holds %s: %v", target, code, id, strings.Contains(body, id))
		}
	}
	if err := s.Pipeline.Retract(ctx, document.Key{Org: org, ID: id}, "오류 정정", "admin"); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, s)
	for _, target := range listings {
		if code, body := get(target); code != 200 || strings.Contains(body, id) {
			t.Errorf("after the retraction %s: %d, still names %s: %v", target, code, id, strings.Contains(body, id))
		}
	}
	for _, target := range own {
		if code, _ := get(target); code != http.StatusNotFound {
			t.Errorf("after the retraction %s: %d, want 404", target, code)
		}
	}
}
