package opensearch

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/opensearch/ostest"
)

// The specification is loaded once per test binary (TestMain); tests that
// need it call needSpec.
var (
	testSpec    *ostest.Spec
	testSpecErr error
)

func TestMain(m *testing.M) {
	flag.Parse()
	path, err := ostest.SpecPath()
	if err == nil {
		start := time.Now()
		testSpec, err = ostest.LoadSpec(path, true)
		if err == nil && testing.Verbose() {
			fmt.Printf("loaded %s in %v (%d object schemas closed)\n", path, time.Since(start).Round(time.Millisecond), testSpec.Strictened)
		}
	}
	testSpecErr = err
	os.Exit(m.Run())
}

// needSpec returns the specification; without it the test skips, except
// under CI=true, where it fails.
func needSpec(t testing.TB) *ostest.Spec {
	t.Helper()
	if testSpecErr != nil {
		if os.Getenv("CI") == "true" || !errors.Is(testSpecErr, fs.ErrNotExist) {
			t.Fatalf("%v\n%s", testSpecErr, ostest.SpecHelp)
		}
		t.Skipf("%v\n%s", testSpecErr, ostest.SpecHelp)
	}
	return testSpec
}

// newTestIndex starts a validating server in front of backend (an
// emulator when nil) and an adapter pointed at it.
func newTestIndex(t testing.TB, backend http.Handler, tune func(*Config)) (*Index, *ostest.Server) {
	t.Helper()
	spec := needSpec(t)
	if backend == nil {
		backend = ostest.NewEmulator()
	}
	srv := ostest.NewServer(t, spec, backend)
	cfg := Config{Endpoint: srv.URL, HTTPClient: srv.Client(), Backoff: time.Millisecond, Refresh: true}
	if tune != nil {
		tune(&cfg)
	}
	x, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return x, srv
}

var seoul = time.FixedZone("KST", 9*3600)

func doc(id string, v int, title, body string) search.Doc {
	return search.Doc{
		Org: "6110000", ID: id, Version: v, Title: title, Body: body,
		DepartmentCode: "1100123", DepartmentName: "행정국 정보공개정책과",
		Type: "approval", Grade: "public",
		ApprovedAt: time.Date(2014, 3, 2, 10, 15, 0, 0, seoul),
	}
}
