package closure

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/screen"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Result is one organization's latest check, kept in the work bucket
// (document.DisclosureCheckKey) for staff.
type Result struct {
	Org         string    `json:"org"`
	GeneratedAt time.Time `json:"generated_at"`
	// Checked counts the organization's closed and partial documents
	// checked; Compared the published documents of every organization
	// they were compared with.
	Checked  int     `json:"checked"`
	Compared int     `json:"compared"`
	Doubts   []Doubt `json:"doubts"`
}

// RunnerDeps are what a Runner reads and writes.
type RunnerDeps struct {
	Store   storage.Store
	Buckets storage.Buckets
	Layers  Layers
	Options Options
	Logger  *slog.Logger
	Now     func() time.Time
}

// Runner checks every organization's decisions over the published
// documents and keeps each organization's result: the monitor runs it
// nightly (on one machine, every few minutes).
type Runner struct{ d RunnerDeps }

// NewRunner returns a Runner.
func NewRunner(d RunnerDeps) *Runner {
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	return &Runner{d: d}
}

// maxObject bounds a document read back.
const maxObject = 64 << 20

// readers is how many documents are read at once: the public bucket is
// read whole, an object at a time.
const readers = 16

// Run checks and keeps the results; it returns the number of doubts.
func (r *Runner) Run(ctx context.Context) (int, error) {
	var keys []string
	err := r.d.Store.List(ctx, r.d.Buckets.Public, document.PrefixDocuments, func(in storage.Info) error {
		if _, ok := document.ParsePublicKey(in.Key); ok {
			keys = append(keys, in.Key)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("disclosure check: list: %w", err)
	}
	docs := make([]Doc, len(keys))
	errs := make([]error, len(keys))
	var wg sync.WaitGroup
	next := make(chan int)
	for range readers {
		wg.Go(func() {
			for i := range next {
				docs[i], errs[i] = r.read(ctx, keys[i])
			}
		})
	}
	for i := range keys {
		next <- i
	}
	close(next)
	wg.Wait()
	kept := docs[:0]
	for i, d := range docs {
		if errs[i] != nil {
			// Retracted meanwhile, or unreadable: checked next time.
			r.d.Logger.WarnContext(ctx, "disclosure check: a document unread", "doc_id", keys[i], "err", errs[i].Error())
			continue
		}
		kept = append(kept, d)
	}
	docs = kept
	doubts := Check(docs, "", r.d.Layers, r.d.Options)
	now := r.d.Now().UTC()
	results := map[string]*Result{}
	for _, d := range docs {
		res := results[d.Org]
		if res == nil {
			res = &Result{Org: d.Org, GeneratedAt: now, Compared: len(docs), Doubts: []Doubt{}}
			results[d.Org] = res
		}
		if d.Grade == document.GradeClosed || d.Grade == document.GradePartial {
			res.Checked++
		}
	}
	for _, d := range doubts {
		results[d.Org].Doubts = append(results[d.Org].Doubts, d)
	}
	for _, org := range slices.Sorted(func(yield func(string) bool) {
		for o := range results {
			if !yield(o) {
				return
			}
		}
	}) {
		data, err := json.Marshal(results[org])
		if err != nil {
			return 0, err
		}
		if err := r.d.Store.Put(ctx, r.d.Buckets.Work, document.DisclosureCheckKey(org), bytes.NewReader(data), storage.PutOptions{ContentType: "application/json"}); err != nil {
			return 0, fmt.Errorf("disclosure check: keep %s: %w", org, err)
		}
	}
	r.d.Logger.InfoContext(ctx, "disclosure check", "documents", len(docs), "doubts", len(doubts))
	return len(doubts), nil
}

// read returns one published document's metadata, and for a decision
// citing item 6 the text of its staged version (never published).
func (r *Runner) read(ctx context.Context, key string) (Doc, error) {
	data, err := storage.ReadAll(ctx, r.d.Store, r.d.Buckets.Public, key, maxObject)
	if err != nil {
		return Doc{}, err
	}
	var pub document.Public
	if err := json.Unmarshal(data, &pub); err != nil {
		return Doc{}, fmt.Errorf("decode: %w", err)
	}
	d := Doc{Org: pub.Organization.Code, ID: pub.ID, Department: pub.Department.Code, Type: pub.Type, Title: pub.Title,
		Grade: pub.Disclosure.Grade, Exemptions: pub.Disclosure.Exemptions}
	if d.Grade == document.GradePublic || !slices.Contains(d.Exemptions, "6") {
		return d, nil
	}
	data, err = storage.ReadAll(ctx, r.d.Store, r.d.Buckets.Work, document.StagedKey(pub.Key(), pub.Version), maxObject)
	if err != nil {
		return Doc{}, fmt.Errorf("staged version: %w", err)
	}
	var st document.Staged
	if err := json.Unmarshal(data, &st); err != nil {
		return Doc{}, fmt.Errorf("decode staged: %w", err)
	}
	d.Text = []screen.Field{{Name: "title", Text: st.Title}, {Name: "body", Text: st.Body}}
	for _, a := range st.Attachments {
		d.Text = append(d.Text, screen.Field{Name: "attachment", Text: a.Text})
	}
	return d, nil
}

// Load returns an organization's latest result, or nil before the first
// check.
func Load(ctx context.Context, st storage.Store, bucket, org string) (*Result, error) {
	data, err := storage.ReadAll(ctx, st, bucket, document.DisclosureCheckKey(org), maxObject)
	if err != nil {
		if errors.Is(err, storage.ErrNotFound) {
			return nil, nil
		}
		return nil, fmt.Errorf("disclosure check: %w", err)
	}
	var res Result
	if err := json.Unmarshal(data, &res); err != nil {
		return nil, fmt.Errorf("disclosure check: decode: %w", err)
	}
	return &res, nil
}
