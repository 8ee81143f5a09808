package opensearch

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/opensearch-project/opensearch-go/v2/opensearchapi"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/userdict"
)

//go:embed template.json
var templateJSON string

// Template returns the index template installed by EnsureIndex: settings
// with the nori analysis chain, nori given the administrative user
// dictionary the local engine also splits by (shared/search/userdict), and
// the explicit, strict mappings.
func (x *Index) Template() []byte {
	t := strings.ReplaceAll(templateJSON, "{{ALIAS}}", x.alias)
	rules := mustJSON(userdict.Rules())
	t = strings.Replace(t, `["{{USER_DICTIONARY}}"]`, string(rules), 1)
	if x.replicas != nil {
		t = strings.Replace(t, `"number_of_replicas": 1,`, `"number_of_replicas": `+strconv.Itoa(*x.replicas)+`,`, 1)
	}
	return []byte(t)
}

// indexName is the concrete index of generation n behind the alias.
func (x *Index) indexName(n int) string { return x.alias + "-v" + strconv.Itoa(n) }

// generation parses n from alias-vN; 0 if name is not ours.
func (x *Index) generation(name string) int {
	s, ok := strings.CutPrefix(name, x.alias+"-v")
	if !ok {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0
	}
	return n
}

// EnsureIndex installs (or updates) the index template and, if the alias
// does not exist yet, creates the first versioned index behind it. It is
// safe to run on every start and from several processes at once.
func (x *Index) EnsureIndex(ctx context.Context) error {
	tpl := x.Template()
	err := x.callJSON(ctx, nil, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.IndicesPutIndexTemplateRequest{Name: x.alias, Body: bytes.NewReader(tpl)}.Do(ctx, x.client)
	})
	if err != nil {
		return fmt.Errorf("put index template: %w", err)
	}
	cur, err := x.CurrentIndex(ctx)
	if err != nil {
		return err
	}
	if cur != "" {
		return x.addFields(ctx, cur)
	}
	return x.createIndex(ctx, x.indexName(1), true)
}

// addedFields are the template's fields added after indices were already
// serving (template version 3: published_at; 4: initials and title_jamo,
// the typing fields of search.Typing). The mapping is strict, so
// an index made from an older template would refuse every document that
// carries them; adding a field to a live index is allowed, and its older
// documents simply lack it until they are written again (a reindex from
// the public bucket fills it in).
var addedFields = []string{"published_at", "initials", "title_jamo"}

// addFields puts addedFields into the mapping of index name. It is a
// no-op on an index that has them already.
func (x *Index) addFields(ctx context.Context, name string) error {
	var tpl struct {
		Template struct {
			Mappings struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"mappings"`
		} `json:"template"`
	}
	if err := json.Unmarshal(x.Template(), &tpl); err != nil {
		return fmt.Errorf("read template: %w", err)
	}
	props := map[string]json.RawMessage{}
	for _, f := range addedFields {
		props[f] = tpl.Template.Mappings.Properties[f]
	}
	b := mustJSON(map[string]any{"properties": props})
	err := x.callJSON(ctx, nil, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.IndicesPutMappingRequest{Index: []string{name}, Body: bytes.NewReader(b)}.Do(ctx, x.client)
	})
	if err != nil {
		return fmt.Errorf("add %v to the mapping of %s: %w", addedFields, name, err)
	}
	return nil
}

// createIndex creates a versioned index from the template, optionally
// with the alias on it (atomically, so the alias never points at nothing).
func (x *Index) createIndex(ctx context.Context, name string, withAlias bool) error {
	body := map[string]any{}
	if withAlias {
		body["aliases"] = map[string]any{x.alias: map[string]any{"is_write_index": true}}
	}
	b := mustJSON(body)
	err := x.callJSON(ctx, nil, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.IndicesCreateRequest{Index: name, Body: bytes.NewReader(b)}.Do(ctx, x.client)
	})
	var oe *Error
	if errors.As(err, &oe) && oe.Type == "resource_already_exists_exception" {
		// Another process won the race; its index is as good as ours.
		return nil
	}
	if err != nil {
		return fmt.Errorf("create index %s: %w", name, err)
	}
	return nil
}

// CurrentIndex returns the concrete index the alias points at, or "" when
// the alias does not exist.
func (x *Index) CurrentIndex(ctx context.Context) (string, error) {
	status, body, err := x.call(ctx, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.IndicesGetAliasRequest{Name: []string{x.alias}}.Do(ctx, x.client)
	})
	if err != nil {
		return "", err
	}
	if status == http.StatusNotFound {
		return "", nil
	}
	if status >= 300 {
		return "", fmt.Errorf("get alias: %w", parseError(status, body))
	}
	// {"plaza-documents-v1": {"aliases": {"plaza-documents": {...}}}}
	var m map[string]struct {
		Aliases map[string]struct {
			IsWriteIndex *bool `json:"is_write_index"`
		} `json:"aliases"`
	}
	if err := json.Unmarshal(body, &m); err != nil {
		return "", fmt.Errorf("get alias: decode: %w", err)
	}
	names := make([]string, 0, len(m))
	for name, v := range m {
		if a, ok := v.Aliases[x.alias]; ok && a.IsWriteIndex != nil && *a.IsWriteIndex {
			return name, nil
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return "", nil
	}
	// No write index flagged (alias made by hand): take the newest generation.
	sort.Slice(names, func(i, j int) bool { return x.generation(names[i]) > x.generation(names[j]) })
	return names[0], nil
}

// Reindex builds the next versioned index from the current template, copies
// every document into it on the server (_reindex with external versions),
// swaps the alias in one _aliases call, then copies once more to catch
// writes that reached the old index during the first copy. Searches never
// see an empty or half-built index. The old index is kept; DeleteIndex
// removes it once the new one is trusted. It returns the new index name.
func (x *Index) Reindex(ctx context.Context) (string, error) {
	if err := x.EnsureIndex(ctx); err != nil {
		return "", err
	}
	old, err := x.CurrentIndex(ctx)
	if err != nil {
		return "", err
	}
	next := x.indexName(x.generation(old) + 1)
	if err := x.createIndex(ctx, next, false); err != nil {
		return "", err
	}
	if err := x.copyIndex(ctx, old, next); err != nil {
		return "", err
	}
	swap := mustJSON(map[string]any{"actions": []any{
		map[string]any{"add": map[string]any{"index": next, "alias": x.alias, "is_write_index": true}},
		map[string]any{"remove": map[string]any{"index": old, "alias": x.alias}},
	}})
	err = x.callJSON(ctx, nil, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.IndicesUpdateAliasesRequest{Body: bytes.NewReader(swap)}.Do(ctx, x.client)
	})
	if err != nil {
		return "", fmt.Errorf("swap alias %s → %s: %w", old, next, err)
	}
	// External versioning makes the second pass copy only what changed.
	if err := x.copyIndex(ctx, old, next); err != nil {
		return "", err
	}
	return next, nil
}

// Rebuild implements search.Rebuilder: the next versioned index behind
// the alias, created empty from the current template and written to by its
// own name while the alias still serves the old one (a leftover of an
// aborted rebuild is dropped first). Unlike Reindex, which copies the old
// index on the server, a rebuild is fed from the public bucket by
// pipeline.Reindex, which also catches what was deleted during the copy.
func (x *Index) Rebuild(ctx context.Context) (search.Rebuild, error) {
	if err := x.EnsureIndex(ctx); err != nil {
		return nil, err
	}
	old, err := x.CurrentIndex(ctx)
	if err != nil {
		return nil, err
	}
	next := x.indexName(x.generation(old) + 1)
	if err := x.DeleteIndex(ctx, next); err != nil {
		return nil, err
	}
	if err := x.createIndex(ctx, next, false); err != nil {
		return nil, err
	}
	return &rebuild{x: x, old: old, Index: x.named(next)}, nil
}

// named is an adapter that reads and writes the concrete index name
// instead of the alias.
func (x *Index) named(name string) *Index {
	return &Index{client: x.client, alias: name, bulkBytes: x.bulkBytes, retries: x.retries,
		backoff: x.backoff, refresh: x.refresh, replicas: x.replicas}
}

// rebuild is an index under construction; its embedded Index writes to it
// by name.
type rebuild struct {
	*Index
	x    *Index
	old  string
	done bool
}

func (r *rebuild) Name() string { return r.Index.alias }

// Swap moves the alias in one _aliases call (add the new index as the
// write index, remove the old), so a search sees one or the other, then
// deletes the old index.
func (r *rebuild) Swap(ctx context.Context) error {
	if r.done {
		return errors.New("opensearch: this rebuild is finished")
	}
	next := r.Index.alias
	swap := mustJSON(map[string]any{"actions": []any{
		map[string]any{"add": map[string]any{"index": next, "alias": r.x.alias, "is_write_index": true}},
		map[string]any{"remove": map[string]any{"index": r.old, "alias": r.x.alias}},
	}})
	err := r.x.callJSON(ctx, nil, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.IndicesUpdateAliasesRequest{Body: bytes.NewReader(swap)}.Do(ctx, r.x.client)
	})
	if err != nil {
		return fmt.Errorf("swap alias %s → %s: %w", r.old, next, err)
	}
	r.done = true
	return r.x.DeleteIndex(ctx, r.old)
}

// Abort deletes the unfinished index.
func (r *rebuild) Abort(ctx context.Context) error {
	if r.done {
		return nil
	}
	r.done = true
	return r.x.DeleteIndex(ctx, r.Index.alias)
}

// copyIndex copies all documents from src to dst, keeping their versions;
// documents already at that version in dst are left alone.
func (x *Index) copyIndex(ctx context.Context, src, dst string) error {
	body := mustJSON(map[string]any{
		"conflicts": "proceed",
		"source":    map[string]any{"index": src},
		"dest":      map[string]any{"index": dst, "version_type": "external"},
	})
	var out struct {
		Failures []json.RawMessage `json:"failures"`
	}
	err := x.callJSON(ctx, &out, func(ctx context.Context) (*opensearchapi.Response, error) {
		wait, refresh := true, true
		return opensearchapi.ReindexRequest{Body: bytes.NewReader(body), WaitForCompletion: &wait, Refresh: &refresh}.Do(ctx, x.client)
	})
	if err != nil {
		return fmt.Errorf("reindex %s → %s: %w", src, dst, err)
	}
	if len(out.Failures) > 0 {
		return fmt.Errorf("reindex %s → %s: %d failures, first: %s", src, dst, len(out.Failures), out.Failures[0])
	}
	return nil
}

// DeleteIndex removes a versioned index that the alias no longer points at.
func (x *Index) DeleteIndex(ctx context.Context, name string) error {
	cur, err := x.CurrentIndex(ctx)
	if err != nil {
		return err
	}
	if name == cur {
		return fmt.Errorf("opensearch: %s is behind the alias %s", name, x.alias)
	}
	if x.generation(name) == 0 {
		return fmt.Errorf("opensearch: %s is not a versioned index of %s", name, x.alias)
	}
	status, body, err := x.call(ctx, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.IndicesDeleteRequest{Index: []string{name}}.Do(ctx, x.client)
	})
	if err != nil {
		return err
	}
	if status >= 300 && status != http.StatusNotFound {
		return fmt.Errorf("delete index %s: %w", name, parseError(status, body))
	}
	return nil
}

// Refresh makes all writes so far visible to search.
func (x *Index) Refresh(ctx context.Context) error {
	return x.callJSON(ctx, nil, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.IndicesRefreshRequest{Index: []string{x.alias}}.Do(ctx, x.client)
	})
}
