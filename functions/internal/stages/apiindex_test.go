package stages

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/opensearch"
	"github.com/seoul-plaza/plaza/shared/search/opensearch/ostest"
)

// spec loads the OpenSearch specification; without it the test skips,
// except under CI=true, where it fails.
func spec(t *testing.T) *ostest.Spec {
	t.Helper()
	path, err := ostest.SpecPath()
	if err == nil {
		var s *ostest.Spec
		if s, err = ostest.LoadSpec(path, true); err == nil {
			return s
		}
	}
	if os.Getenv("CI") == "true" || !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("%v\n%s", err, ostest.SpecHelp)
	}
	t.Skipf("%v\n%s", err, ostest.SpecHelp)
	return nil
}

func TestAPIIndexAnswersEmptyUntilTheIndexExists(t *testing.T) {
	// GIVEN a fresh domain (no template, no index, no alias) behind a
	// server that validates every request against the specification
	srv := ostest.NewServer(t, spec(t), ostest.NewEmulator())
	ctx := context.Background()
	raw, err := opensearch.New(ctx, opensearch.Config{Endpoint: srv.URL, HTTPClient: srv.Client(), Backoff: time.Millisecond, Refresh: true})
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	x := NewAPIIndex(raw, slog.New(slog.NewJSONHandler(&logs, nil)))
	q := search.Query{Text: "정보공개", Org: "6110000"}

	// WHEN the api searches before the index function ever ran
	_, rawErr := raw.Search(ctx, q)
	res, err := x.Search(ctx, q)
	// THEN OpenSearch says the index is missing, and the api finds nothing
	var oe *opensearch.Error
	if !errors.As(rawErr, &oe) || oe.Status != http.StatusNotFound || oe.Type != "index_not_found_exception" {
		t.Fatalf("the adapter alone: %v, want index_not_found_exception", rawErr)
	}
	if err != nil || res.Total != 0 || res.Items == nil || len(res.Items) != 0 || res.Facets == nil {
		t.Fatalf("search before the index exists: %+v, %v", res, err)
	}
	if !strings.Contains(logs.String(), `"level":"WARN"`) || !strings.Contains(logs.String(), raw.Alias()) {
		t.Errorf("no warning naming the alias: %s", logs.String())
	}
	// AND suggestions are empty, related documents not found
	if sug, err := x.Suggest(ctx, "정보", 5); err != nil || sug == nil || len(sug) != 0 {
		t.Fatalf("suggest before the index exists: %v, %v", sug, err)
	}
	if _, err := x.Related(ctx, "6110000", "SEOUL-INFO-2014-001234", 5); !errors.Is(err, search.ErrNotFound) {
		t.Fatalf("related before the index exists: %v, want search.ErrNotFound", err)
	}
	searches := 0
	for _, r := range srv.Requests() {
		if strings.HasSuffix(r.Path, "/_search") {
			searches++
		}
	}
	if searches != 3 { // the adapter's, the wrapper's, the suggestion's
		t.Errorf("%d searches reached the server, want 3: %v", searches, srv.Operations())
	}

	// WHEN the index function has created the index and indexed a document
	if err := raw.EnsureIndex(ctx); err != nil {
		t.Fatal(err)
	}
	d := search.Doc{Org: "6110000", ID: "SEOUL-INFO-2014-001234", Version: 1, Title: "2014년 정보공개 추진계획",
		Body: "정보공개 추진계획 본문", DepartmentCode: "1100123", DepartmentName: "행정국 정보공개정책과",
		Type: "approval", Grade: "public", ApprovedAt: time.Date(2014, 3, 2, 1, 15, 0, 0, time.UTC)}
	if err := raw.Index(ctx, d); err != nil {
		t.Fatal(err)
	}
	// THEN the api finds it through the same wrapper
	res, err = x.Search(ctx, q)
	if err != nil || res.Total != 1 || len(res.Items) != 1 || res.Items[0].ID != d.ID {
		t.Fatalf("search after indexing: %+v, %v", res, err)
	}
}

func TestAPIIndexPassesOtherErrorsOn(t *testing.T) {
	// GIVEN a domain that answers every search with an internal error
	s := spec(t)
	srv := ostest.NewServer(t, s, ostest.NewEmulator())
	srv.Inject(func(ostest.Request) *ostest.Reply {
		return &ostest.Reply{Status: http.StatusInternalServerError,
			Body: `{"error":{"type":"search_phase_execution_exception","reason":"all shards failed"},"status":500}`}
	})
	raw, err := opensearch.New(context.Background(), opensearch.Config{Endpoint: srv.URL, HTTPClient: srv.Client(), Backoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	x := NewAPIIndex(raw, nil)
	// WHEN the api searches and suggests
	_, serr := x.Search(context.Background(), search.Query{Text: "정보공개"})
	_, gerr := x.Suggest(context.Background(), "정보", 5)
	// THEN the failures are not hidden behind an empty answer
	for _, err := range []error{serr, gerr} {
		var oe *opensearch.Error
		if !errors.As(err, &oe) || oe.Type != "search_phase_execution_exception" {
			t.Errorf("got %v, want the search_phase_execution_exception", err)
		}
	}
}
