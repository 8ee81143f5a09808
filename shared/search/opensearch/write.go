package opensearch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/opensearch-project/opensearch-go/v2/opensearchapi"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/boilerplate"
)

// source is the indexed JSON document. It is declared here rather than
// reusing search.Doc's tags, because the mapping is strict: a field added
// to the port must be added to template.json and here together.
type source struct {
	UID            string    `json:"uid"`
	Org            string    `json:"org"`
	ID             string    `json:"id"`
	Version        int       `json:"version"`
	Title          string    `json:"title"`
	Body           string    `json:"body"`
	DocumentNumber string    `json:"document_number,omitempty"`
	Cites          []string  `json:"cites,omitempty"`
	Nouns          []string  `json:"nouns,omitempty"`
	Terms          string    `json:"terms,omitempty"`
	DepartmentCode string    `json:"department_code"`
	DepartmentName string    `json:"department_name"`
	Type           string    `json:"type"`
	Grade          string    `json:"grade"`
	ApprovedAt     time.Time `json:"approved_at"`
	// PublishedAt is left out when unknown: a date field takes no zero
	// value worth sorting by.
	PublishedAt  time.Time `json:"published_at,omitzero"`
	Keywords     []string  `json:"keywords,omitempty"`
	MetadataOnly bool      `json:"metadata_only"`
	// Initials and TitleJamo are search.Typing: 초성 and one wrong key.
	Initials  []string `json:"initials,omitempty"`
	TitleJamo []string `json:"title_jamo,omitempty"`
}

// docID is the OpenSearch _id: organization and document id, which cannot
// contain ':' (envelope ids are [A-Za-z0-9._-]).
func docID(org, id string) string { return org + ":" + id }

// toSource prepares a document for the index the way the Bleve adapter
// does, so both engines relate and suggest alike: normalised document
// number and keywords, the numbers the body cites, and the document's
// nouns with their counts.
func toSource(d search.Doc) source {
	body := boilerplate.Without(d.Body, d.Boilerplate)
	prof := keywords.ProfileOf(d.Title, body, d.DocumentNumber, d.Keywords)
	kws, nouns, own, cites := prof.Keywords, prof.Nouns, prof.Number, prof.Cites
	s := source{
		UID: docID(d.Org, d.ID), Org: d.Org, ID: d.ID, Version: d.Version,
		Title: d.Title, Body: body, DocumentNumber: own, Cites: cites, Nouns: nouns, Terms: prof.Terms,
		DepartmentCode: d.DepartmentCode, DepartmentName: d.DepartmentName,
		Type: d.Type, Grade: d.Grade, ApprovedAt: d.ApprovedAt.In(kst),
		Keywords: kws, MetadataOnly: d.MetadataOnly,
	}
	typing := search.TypingOf(d.Title, kws)
	s.Initials, s.TitleJamo = typing.Initials, typing.TitleJamo
	if !d.PublishedAt.IsZero() {
		s.PublishedAt = d.PublishedAt.In(kst)
	}
	return s
}

// kst is Seoul's time zone: dates are stored and returned in it.
var kst = time.FixedZone("KST", 9*60*60)

func (x *Index) checkKey(org, id string, version int) error {
	if x.closed.Load() {
		return search.ErrClosed
	}
	if org == "" || id == "" {
		return errors.New("opensearch: document needs org and id")
	}
	if version < 0 || version >= 1<<(62-search.StampBits) {
		// External versions are non-negative longs; 0 is a legal (stale)
		// version; the stamp needs StampBits more.
		return fmt.Errorf("opensearch: document %s: version %d out of range", id, version)
	}
	return nil
}

// Index adds or replaces a document. It uses external versioning, so the
// cluster itself refuses a version that is not newer than the indexed one
// (409); that refusal is the idempotence we want and is not an error.
func (x *Index) Index(ctx context.Context, d search.Doc) error {
	if err := x.checkKey(d.Org, d.ID, d.Version); err != nil {
		return err
	}
	b := mustJSON(toSource(d))
	status, body, err := x.call(ctx, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.IndexRequest{
			Index: x.alias, DocumentID: docID(d.Org, d.ID), Body: bytes.NewReader(b),
			Version: intp(search.Stamp(d.Version, d.Revision)), VersionType: "external", Refresh: x.refresh,
		}.Do(ctx, x.client)
	})
	if err != nil {
		return fmt.Errorf("index %s: %w", d.ID, err)
	}
	if status < 300 || status == http.StatusConflict {
		return nil
	}
	return fmt.Errorf("index %s v%d: %w", d.ID, d.Version, parseError(status, body))
}

// Delete removes a document if its indexed version is ≤ version
// (external_gte). The delete leaves a tombstone at that version (kept for
// index.gc_deletes, 24 h in our template), so a late Index of the same or
// an older version cannot bring a retracted document back.
func (x *Index) Delete(ctx context.Context, org, id string, version int) error {
	if err := x.checkKey(org, id, version); err != nil {
		return err
	}
	status, body, err := x.call(ctx, func(ctx context.Context) (*opensearchapi.Response, error) {
		return opensearchapi.DeleteRequest{
			Index: x.alias, DocumentID: docID(org, id),
			Version: intp(search.StampAll(version)), VersionType: "external_gte", Refresh: x.refresh,
		}.Do(ctx, x.client)
	})
	if err != nil {
		return fmt.Errorf("delete %s: %w", id, err)
	}
	switch {
	case status < 300, status == http.StatusNotFound, status == http.StatusConflict:
		return nil
	}
	return fmt.Errorf("delete %s v%d: %w", id, version, parseError(status, body))
}

// op is one bulk action with its encoded lines.
type op struct {
	id    string // the envelope id, for errors
	del   bool   // a delete: "not found" is success
	lines []byte // action line and, for index, the source line; each ends in \n
}

// ItemError is one document the cluster refused in a bulk request.
type ItemError struct {
	ID     string
	Status int
	Type   string
	Reason string
}

// BulkError lists the documents of a Bulk call that were not written.
// Version conflicts are not in it: they mean a newer version is indexed.
type BulkError struct {
	Items []ItemError
}

func (e *BulkError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "opensearch: bulk: %d documents failed", len(e.Items))
	for i, it := range e.Items {
		if i == 3 {
			b.WriteString(", …")
			break
		}
		fmt.Fprintf(&b, "; %s: HTTP %d %s: %s", it.ID, it.Status, it.Type, it.Reason)
	}
	return b.String()
}

// Bulk indexes many documents with _bulk requests of at most BulkBytes
// each. Items refused with 429 are retried with backoff; other refusals are
// returned together as *BulkError after every batch has been tried.
func (x *Index) Bulk(ctx context.Context, docs []search.Doc) error {
	ops := make([]op, 0, len(docs))
	for _, d := range docs {
		if err := x.checkKey(d.Org, d.ID, d.Version); err != nil {
			return err
		}
		var b bytes.Buffer
		b.Write(mustJSON(map[string]any{"index": map[string]any{
			"_id": docID(d.Org, d.ID), "version": search.Stamp(d.Version, d.Revision), "version_type": "external",
		}}))
		b.WriteByte('\n')
		b.Write(mustJSON(toSource(d)))
		b.WriteByte('\n')
		ops = append(ops, op{id: d.ID, lines: b.Bytes()})
	}
	return x.bulk(ctx, ops)
}

// BulkDelete deletes many documents, each if its indexed version is ≤ the
// given one; keys are organization, id and version.
func (x *Index) BulkDelete(ctx context.Context, keys []search.Doc) error {
	ops := make([]op, 0, len(keys))
	for _, k := range keys {
		if err := x.checkKey(k.Org, k.ID, k.Version); err != nil {
			return err
		}
		line := mustJSON(map[string]any{"delete": map[string]any{
			"_id": docID(k.Org, k.ID), "version": search.StampAll(k.Version), "version_type": "external_gte",
		}})
		ops = append(ops, op{id: k.ID, del: true, lines: append(line, '\n')})
	}
	return x.bulk(ctx, ops)
}

func (x *Index) bulk(ctx context.Context, ops []op) error {
	var failed []ItemError
	for len(ops) > 0 {
		n, size := 0, 0
		for n < len(ops) && (n == 0 || size+len(ops[n].lines) <= x.bulkBytes) {
			size += len(ops[n].lines)
			n++
		}
		f, err := x.bulkBatch(ctx, ops[:n])
		if err != nil {
			return err
		}
		failed = append(failed, f...)
		ops = ops[n:]
	}
	if len(failed) > 0 {
		return &BulkError{Items: failed}
	}
	return nil
}

type bulkAnswer struct {
	Errors bool                         `json:"errors"`
	Items  []map[string]bulkItemOutcome `json:"items"`
}

type bulkItemOutcome struct {
	ID     string      `json:"_id"`
	Status int         `json:"status"`
	Error  *errorCause `json:"error"`
}

// bulkBatch sends one batch, resending the items refused with 429 until
// they succeed or the retries run out. It returns the items that failed.
func (x *Index) bulkBatch(ctx context.Context, ops []op) ([]ItemError, error) {
	q := url.Values{}
	if x.refresh != "" {
		q.Set("refresh", x.refresh)
	}
	path := "/" + x.alias + "/_bulk"
	var failed []ItemError
	for n := 0; len(ops) > 0; n++ {
		if n > 0 {
			if err := x.wait(ctx, n-1); err != nil {
				return nil, err
			}
		}
		var body bytes.Buffer
		for _, o := range ops {
			body.Write(o.lines)
		}
		status, raw, err := x.call(ctx, x.perform(http.MethodPost, path, q.Encode(), "application/x-ndjson", body.Bytes()))
		if err != nil {
			return nil, fmt.Errorf("bulk: %w", err)
		}
		if status >= 300 {
			// The whole request was refused (after call's own retries).
			e := parseError(status, raw)
			for _, o := range ops {
				failed = append(failed, ItemError{ID: o.id, Status: status, Type: e.Type, Reason: e.Reason})
			}
			return failed, nil
		}
		var ans bulkAnswer
		if err := json.Unmarshal(raw, &ans); err != nil {
			return nil, fmt.Errorf("bulk: decode answer: %w", err)
		}
		if len(ans.Items) != len(ops) {
			return nil, fmt.Errorf("bulk: %d items answered for %d sent", len(ans.Items), len(ops))
		}
		var again []op
		for i, item := range ans.Items {
			var out bulkItemOutcome
			for _, v := range item { // exactly one key: index, create, update or delete
				out = v
			}
			switch {
			case out.Status < 300, out.Status == http.StatusConflict, out.Status == http.StatusNotFound && ops[i].del:
				// Written, already newer, or (delete) already gone.
			case out.Status == http.StatusTooManyRequests && n < x.retries:
				again = append(again, ops[i])
			default:
				ie := ItemError{ID: ops[i].id, Status: out.Status}
				if out.Error != nil {
					ie.Type, ie.Reason = out.Error.Type, out.Error.Reason
				}
				failed = append(failed, ie)
			}
		}
		ops = again
	}
	return failed, nil
}
