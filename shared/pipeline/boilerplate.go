package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/search/boilerplate"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// LearnBoilerplate reads every public document and learns the lines each
// department repeats (issue 13 point 2), from the text the index gets
// (body and attachments). A reindex after it weighs them nothing in every
// document.
func (p *Pipeline) LearnBoilerplate(ctx context.Context) (boilerplate.Model, error) {
	l := boilerplate.NewLearner()
	err := p.d.Store.List(ctx, p.cfg.Buckets.Public, "documents/", func(in storage.Info) error {
		if !strings.HasSuffix(in.Key, ".json") {
			return nil
		}
		data, err := storage.ReadAll(ctx, p.d.Store, p.cfg.Buckets.Public, in.Key, maxPublicBytes)
		if _, ok := storage.Irregular(err); ok {
			return nil // never ours to read (see readForIndex)
		}
		if err != nil {
			return fmt.Errorf("learn boilerplate: %w", err)
		}
		var pub document.Public
		if err := json.Unmarshal(data, &pub); err != nil {
			return nil // not a document: the reindex logs it
		}
		d := SearchDoc(&pub)
		l.Add(d.Org, d.DepartmentCode, d.Body)
		return nil
	})
	if err != nil {
		return boilerplate.Model{}, err
	}
	return l.Model(), nil
}

// LiveBoilerplate is a Boilerplate whose model can be replaced while the
// pipeline runs (after LearnBoilerplate). Its zero value knows no lines.
type LiveBoilerplate struct {
	mu sync.RWMutex
	m  boilerplate.Model
}

// Of implements Boilerplate.
func (b *LiveBoilerplate) Of(org, dept, body string) []string {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.m.Of(org, dept, body)
}

// Set replaces the model.
func (b *LiveBoilerplate) Set(m boilerplate.Model) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.m = m
}
