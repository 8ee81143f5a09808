package stages

import (
	"context"
	"errors"
	"log/slog"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/opensearch"
)

// APIIndex is the api function's view of the OpenSearch index. Only the
// index function creates the index (its template and first generation
// behind the alias, on its first document); until then a search or a
// keyword suggestion finds nothing instead of failing with OpenSearch's
// index_not_found_exception. Related documents need no help: a document
// missing from the index is already search.ErrNotFound.
//
// Mapping the missing index to an empty answer, rather than calling
// EnsureIndex at cold start, keeps the api read-only on the domain (its
// role has no PUT), adds no request to every cold start, leaves the index
// function the only writer of the template, and still holds if the index
// is deleted while an api instance is warm.
type APIIndex struct {
	*engine
	log *slog.Logger
}

// engine names the embedded adapter so that its field does not hide its
// Index method.
type engine = opensearch.Index

var _ search.Engine = APIIndex{}

// NewAPIIndex wraps x; log (nil for none) receives a warning each time a
// search meets the missing index, so a wrong alias does not go unseen.
func NewAPIIndex(x *opensearch.Index, log *slog.Logger) APIIndex {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return APIIndex{engine: x, log: log}
}

// Search runs q; while the index does not exist, the result is empty.
func (a APIIndex) Search(ctx context.Context, q search.Query) (search.Result, error) {
	res, err := a.engine.Search(ctx, q)
	if missingIndex(err) {
		a.warn(ctx, "search")
		return search.Result{Items: []search.Hit{}, Facets: map[string][]search.FacetCount{}}, nil
	}
	return res, err
}

// Suggest completes prefix; while the index does not exist, with nothing.
func (a APIIndex) Suggest(ctx context.Context, prefix string, n int) ([]string, error) {
	out, err := a.engine.Suggest(ctx, prefix, n)
	if missingIndex(err) {
		a.warn(ctx, "suggest")
		return []string{}, nil
	}
	return out, err
}

func (a APIIndex) warn(ctx context.Context, op string) {
	a.log.WarnContext(ctx, "search index missing: answered empty (the index function creates it with the first document)",
		"op", op, "alias", a.Alias())
}

// missingIndex reports whether err is OpenSearch saying the index (or the
// alias searched through) does not exist.
func missingIndex(err error) bool {
	var oe *opensearch.Error
	return errors.As(err, &oe) && oe.Type == "index_not_found_exception"
}
