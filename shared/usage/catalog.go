package usage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// PublicCatalog describes documents from the public bucket, where only
// redacted documents are.
type PublicCatalog struct {
	Store  storage.Store
	Bucket string
}

// Describe reads the public object of every key, eight at a time.
func (c PublicCatalog) Describe(ctx context.Context, keys []DocKey) (map[DocKey]DocInfo, error) {
	out := make(map[DocKey]DocInfo, len(keys))
	var mu sync.Mutex
	var first error
	work := make(chan DocKey)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for k := range work {
				in, ok, err := c.describe(ctx, k)
				mu.Lock()
				if err != nil && first == nil {
					first = err
				}
				if ok {
					out[k] = in
				}
				mu.Unlock()
			}
		})
	}
	for _, k := range keys {
		work <- k
	}
	close(work)
	wg.Wait()
	return out, first
}

func (c PublicCatalog) describe(ctx context.Context, k DocKey) (DocInfo, bool, error) {
	b, err := storage.ReadAll(ctx, c.Store, c.Bucket, document.PublicKey(document.Key{Org: k.Org, ID: k.ID}), 256<<20)
	if errors.Is(err, storage.ErrNotFound) {
		return DocInfo{}, false, nil
	}
	if _, ok := storage.Irregular(err); ok {
		return DocInfo{}, false, nil
	}
	if err != nil {
		return DocInfo{}, false, fmt.Errorf("reading document %s/%s: %w", k.Org, k.ID, err)
	}
	var p document.Public
	if err := json.Unmarshal(b, &p); err != nil {
		return DocInfo{}, false, nil
	}
	return DocInfo{Title: p.Title, DepartmentCode: p.Department.Code, DepartmentName: p.Department.Name}, true, nil
}

// IndexSearcher asks the search index how many documents a query finds.
type IndexSearcher struct{ Index search.Index }

// Count runs the query as the search route would, one hit per page.
func (s IndexSearcher) Count(ctx context.Context, q string) (int, error) {
	r, err := s.Index.Search(ctx, search.Query{Text: q, Size: 1})
	if err != nil {
		return 0, err
	}
	return r.Total, nil
}
