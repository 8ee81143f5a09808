package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/search"
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

// Of implements Boilerplate (the model is in memory: ctx is unused).
func (b *LiveBoilerplate) Of(_ context.Context, org, dept, body string) []string {
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

// DefaultBoilerplateSample is how many of each department's latest
// published documents RelearnBoilerplate reads: a line is boilerplate
// when it is in a fifth of them (boilerplate.MinShare), and 50 documents
// a department keep a nightly run over hundreds of departments within
// the monitor's time.
const DefaultBoilerplateSample = 50

// boilerplateReaders is how many public documents a relearning reads at
// once.
const boilerplateReaders = 8

// BoilerplateSaver keeps an organization's learnt lines
// (shared/search/boilerplate/s3 in the work bucket) and reports whether
// they changed.
type BoilerplateSaver interface {
	Save(ctx context.Context, org string, m boilerplate.Model) (bool, error)
}

// BoilerplateReport says what a relearning did.
type BoilerplateReport struct {
	// Orgs counts the organizations relearnt, Changed those whose kept
	// lines changed.
	Orgs        int `json:"orgs"`
	Changed     int `json:"changed"`
	Departments int `json:"departments"`
	// Documents counts the public documents read.
	Documents int `json:"documents"`
}

// RelearnBoilerplate learns again the lines each department repeats from
// a bounded sample, not the archive: at most perDept of the documents the
// department published last (the index orders them by publication, and
// its facets name the departments), read from the public bucket as the
// index gets them. Each organization's lines are then kept in st, which
// writes only what changed, so a rerun is harmless. An organization whose
// documents could not be read keeps its lines from before; the others are
// still relearnt.
func (p *Pipeline) RelearnBoilerplate(ctx context.Context, st BoilerplateSaver, perDept int) (BoilerplateReport, error) {
	var rep BoilerplateReport
	if p.d.Index == nil {
		return rep, fmt.Errorf("relearn boilerplate: %w", ErrNoIndex)
	}
	if perDept <= 0 {
		perDept = DefaultBoilerplateSample
	}
	all, err := p.d.Index.Search(ctx, search.Query{Sort: search.SortPublished, Size: 1})
	if err != nil {
		return rep, fmt.Errorf("relearn boilerplate: departments: %w", err)
	}
	depts := map[string][]string{}
	for _, f := range all.Facets[search.FacetDepartment] {
		if f.Org != "" && f.Value != "" {
			depts[f.Org] = append(depts[f.Org], f.Value)
		}
	}
	var errs []error
	for _, org := range slices.Sorted(maps.Keys(depts)) {
		m, n, err := p.sampleOrg(ctx, org, depts[org], perDept)
		rep.Documents += n
		if err != nil {
			errs = append(errs, fmt.Errorf("relearn boilerplate %s: %w", org, err))
			continue
		}
		changed, err := st.Save(ctx, org, m)
		if err != nil {
			errs = append(errs, fmt.Errorf("relearn boilerplate %s: %w", org, err))
			continue
		}
		rep.Orgs++
		rep.Departments += len(depts[org])
		if changed {
			rep.Changed++
		}
	}
	return rep, errors.Join(errs...)
}

// sampleOrg learns one organization's lines from the latest perDept
// documents of each of its departments, and returns how many it read.
func (p *Pipeline) sampleOrg(ctx context.Context, org string, depts []string, perDept int) (boilerplate.Model, int, error) {
	l := boilerplate.NewLearner()
	var mu sync.Mutex
	read := 0
	for _, dept := range depts {
		keys, err := p.latest(ctx, org, dept, perDept)
		if err != nil {
			return boilerplate.Model{}, read, err
		}
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(boilerplateReaders)
		for _, k := range keys {
			g.Go(func() error {
				data, err := storage.ReadAll(gctx, p.d.Store, p.cfg.Buckets.Public, document.PublicKey(k), maxPublicBytes)
				if _, ok := storage.Irregular(err); ok || errors.Is(err, storage.ErrNotFound) {
					return nil // retracted since it was listed, or never ours
				}
				if err != nil {
					return fmt.Errorf("%s: %w", k, err)
				}
				var pub document.Public
				if json.Unmarshal(data, &pub) != nil {
					return nil // not a document: the reconciliation reports it
				}
				d := SearchDoc(&pub)
				mu.Lock()
				defer mu.Unlock()
				l.Add(d.Org, d.DepartmentCode, d.Body)
				read++
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return boilerplate.Model{}, read, err
		}
	}
	return l.Model().Org(org), read, nil
}

// latest returns the keys of the n documents a department published last.
func (p *Pipeline) latest(ctx context.Context, org, dept string, n int) ([]document.Key, error) {
	var keys []document.Key
	q := search.Query{Org: org, Department: dept, Sort: search.SortPublished}
	for len(keys) < n {
		q.Size = min(n-len(keys), 100)
		res, err := p.d.Index.Search(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("latest of %s: %w", dept, err)
		}
		for _, h := range res.Items {
			keys = append(keys, document.Key{Org: h.Org, ID: h.ID})
		}
		if res.Next == "" || len(res.Items) == 0 {
			break
		}
		q.After = res.Next
	}
	return keys[:min(len(keys), n)], nil
}

// BoilerplateRelearner is the monitor's nightly RelearnBoilerplate: its
// pipeline's index and public bucket, Store for the lines, PerDept
// documents a department (DefaultBoilerplateSample when 0).
type BoilerplateRelearner struct {
	Pipeline *Pipeline
	Store    BoilerplateSaver
	PerDept  int
}

// Run relearns once.
func (r BoilerplateRelearner) Run(ctx context.Context) (BoilerplateReport, error) {
	return r.Pipeline.RelearnBoilerplate(ctx, r.Store, r.PerDept)
}
