package opensearch

import (
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/searchtest"
)

// TestContract runs the shared search contract against the adapter through
// its HTTP seam: every request is validated against the OpenSearch
// specification and answered by the in-memory emulator.
func TestContract(t *testing.T) {
	searchtest.Run(t, func(t *testing.T) search.Index {
		x, _ := newTestIndex(t, nil, nil)
		mustEnsure(t, x)
		return x
	})
}
