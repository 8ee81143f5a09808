// Package search is the search port: Amazon OpenSearch Service on AWS, a
// Bleve index on one machine. Both adapters satisfy one contract test suite.
// The index is fed only from the public bucket, so only redacted text is in it.
package search

import (
	"context"
	"errors"
	"time"
)

// ErrNotFound is returned when a document is not in the index.
var ErrNotFound = errors.New("search: not found")

// Doc is what is indexed: a published (redacted) document.
type Doc struct {
	Org            string    `json:"org"`
	ID             string    `json:"id"`
	Version        int       `json:"version"`
	Title          string    `json:"title"`
	Body           string    `json:"body"`
	DocumentNumber string    `json:"document_number,omitempty"`
	DepartmentCode string    `json:"department_code"`
	DepartmentName string    `json:"department_name"`
	Type           string    `json:"type"`
	Grade          string    `json:"grade"`
	ApprovedAt     time.Time `json:"approved_at"`
	// PublishedAt is when the document was published (its public
	// object's published_at): what harvesters, feeds and sitemaps ask
	// about, which may be long after its approval (a scheduled release,
	// a lifted hold, a new version). Zero for an entry indexed before
	// the field existed.
	PublishedAt  time.Time `json:"published_at,omitzero"`
	Keywords     []string  `json:"keywords,omitempty"`
	MetadataOnly bool      `json:"metadata_only"`
	// Boilerplate are lines of Body its department repeats in many
	// documents (shared/search/boilerplate): engines index Body without
	// them, so they weigh nothing in ranking or relatedness; the
	// published document keeps them.
	Boilerplate []string `json:"boilerplate,omitempty"`
	// Revision counts the masks added to this version after it was
	// published (a citizen's leak report, a reviewer widening it). A
	// higher revision of a version replaces a lower one, and a lower one
	// is ignored, so a late copy of the unmasked text cannot overwrite the
	// masked one.
	Revision int `json:"revision,omitempty"`
}

// StampBits is how many low bits of a stamp hold the revision.
const StampBits = 20

// Stamp orders the writes of one document: by version, then by revision.
// It is the external version on OpenSearch and the recorded version in
// Bleve.
func Stamp(version, revision int) int {
	return version<<StampBits | min(max(revision, 0), 1<<StampBits-1)
}

// StampAll is the highest stamp of a version: a Delete up to it removes
// every revision of the version.
func StampAll(version int) int { return version<<StampBits | (1<<StampBits - 1) }

// Sort orders.
const (
	SortRelevance = "relevance"
	// SortDate: newest approval first.
	SortDate = "date"
	// SortPublished: newest publication first.
	SortPublished = "published"
)

// Query is a search request as the API receives it.
type Query struct {
	Text string // free text; "quoted phrases" match exactly
	// Org filters by organization; "" searches every organization.
	Org string
	// Department filters by department within Org. Department ids are
	// unique within an organization only (City Hall's 1100123 is not
	// Gangnam-gu's), so a Department without an Org is refused with
	// ErrDepartmentWithoutOrg rather than matching both.
	Department string
	Type       string
	Grade      string
	From, To   time.Time // approved_at range, inclusive; zero means open
	// PublishedSince keeps documents published at or after it (a
	// harvester's modified_since); zero means open.
	PublishedSince time.Time
	Sort           string // relevance (default), date or published (newest first)
	Page           int    // 1-based
	Size           int    // default 20, at most 100
	// After is an opaque cursor from Result.Next for deep paging; when set,
	// Page is ignored.
	After string
	// Keys, when set, restricts the search to these documents (at most
	// MaxKeys): the API's most viewed, which it ranks itself.
	Keys []Key
	// Subject restricts the search to a subject area (nil: every area).
	// Its departments are Org's, so a Subject with departments and no Org
	// is refused with ErrDepartmentWithoutOrg.
	Subject *Subject
	// Forgiving asks for the Korean typing habits to be forgiven
	// (Forgive): the citizens' search box sets it; machine clients
	// (feeds, the CKAN API, subscription digests) get exactly what they
	// asked for.
	Forgiving bool
	// Match is how Text is matched (MatchWords, MatchInitials,
	// MatchTitleTypo); Forgive sets it.
	Match string
}

// Subject is a subject area as a filter: the documents of one of its
// departments or carrying one of its keywords. An organization's file
// says which departments and keywords make each of its areas (the API
// reads it), so a changed mapping applies without reindexing.
type Subject struct {
	Departments []string
	Keywords    []string
}

// Key names a document.
type Key struct{ Org, ID string }

// MaxKeys bounds Query.Keys.
const MaxKeys = 1000

// ErrTooManyKeys is returned for a Query with more than MaxKeys Keys.
var ErrTooManyKeys = errors.New("search: too many keys")

// Facet names.
const (
	// FacetOrganization counts hits per organization code.
	FacetOrganization = "organization"
	// FacetDepartment counts hits per department of an organization: each
	// value is a department id and carries its organization in
	// FacetCount.Org, so the same id in two organizations is two values.
	FacetDepartment = "department"
	FacetType       = "type"
	FacetGrade      = "grade"
	FacetYear       = "year"
)

// Facets are the facet names every engine answers, in the order the
// portal shows them.
var Facets = []string{FacetOrganization, FacetDepartment, FacetType, FacetGrade, FacetYear}

// FacetCount is one value of a facet and how many hits have it.
type FacetCount struct {
	Value string `json:"value"`
	Label string `json:"label,omitempty"`
	// Org is the organization of a department facet's value (its id is
	// unique within that organization only); empty for other facets.
	Org   string `json:"org,omitempty"`
	Count int    `json:"count"`
}

// EmptyFacets returns every facet with no values, for an engine to fill.
func EmptyFacets() map[string][]FacetCount {
	out := make(map[string][]FacetCount, len(Facets))
	for _, f := range Facets {
		out[f] = []FacetCount{}
	}
	return out
}

// Hit is one result.
type Hit struct {
	Org            string    `json:"org"`
	ID             string    `json:"id"`
	Version        int       `json:"version"`
	Title          string    `json:"title"`
	DocumentNumber string    `json:"document_number,omitempty"`
	DepartmentCode string    `json:"department_code"`
	DepartmentName string    `json:"department_name"`
	Type           string    `json:"type"`
	Grade          string    `json:"grade"`
	ApprovedAt     time.Time `json:"approved_at"`
	// PublishedAt is Doc.PublishedAt. Not in the JSON: the public API's
	// hit schema (openapi.yaml) does not carry it.
	PublishedAt  time.Time `json:"-"`
	MetadataOnly bool      `json:"metadata_only"`
	// Snippet is HTML-escaped text with matches wrapped in <mark></mark>.
	Snippet string  `json:"snippet,omitempty"`
	Score   float64 `json:"score"`
}

// Result is a page of hits.
type Result struct {
	Total  int                     `json:"total"`
	Items  []Hit                   `json:"items"`
	Facets map[string][]FacetCount `json:"facets"`
	// Next is the cursor of the following page, empty on the last.
	Next string `json:"next,omitempty"`
	// DidYouMean is set when the query as typed found nothing and this
	// reading of it (typed in English mode, one wrong key) found the
	// items: the portal says so and offers the original.
	DidYouMean string `json:"did_you_mean,omitempty"`
}

// Index is the port.
type Index interface {
	// Index adds or replaces a document. A version (or, for one version, a
	// revision) lower than the one indexed is ignored, so retries and late
	// events are harmless.
	Index(ctx context.Context, d Doc) error
	// Delete removes a document if its indexed version is ≤ version, with
	// every revision of it.
	Delete(ctx context.Context, org, id string, version int) error
	Search(ctx context.Context, q Query) (Result, error)
	Close() error
}

// ErrBadCursor is returned for a Query.After that is not a cursor of the
// same sort order; the API answers it with 400.
var ErrBadCursor = errors.New("search: bad cursor")

// ErrDepartmentWithoutOrg is returned for a Query with a Department and
// no Org: the department would be ambiguous across organizations.
var ErrDepartmentWithoutOrg = errors.New("search: a department filter needs its organization")

// Check reports whether the query can be answered without mixing
// organizations; engines call it before searching.
func (q Query) Check() error {
	if q.Department != "" && q.Org == "" {
		return ErrDepartmentWithoutOrg
	}
	if q.Subject != nil && len(q.Subject.Departments) > 0 && q.Org == "" {
		return ErrDepartmentWithoutOrg
	}
	if len(q.Keys) > MaxKeys {
		return ErrTooManyKeys
	}
	return nil
}

// ErrClosed is returned by an index after Close.
var ErrClosed = errors.New("search: index closed")

// Bulker indexes many documents in one request, with the same version rule
// as Index for each of them.
type Bulker interface {
	Bulk(ctx context.Context, docs []Doc) error
}

// Rebuilder builds a fresh index beside the one searches are served from:
// a reindex with no downtime (pipeline.Reindex), on a new mapping or to
// drop what the served index should not hold.
type Rebuilder interface {
	Rebuild(ctx context.Context) (Rebuild, error)
}

// Rebuild is an index being built: written to, not yet searched, with the
// same version rule as Index. Swap serves it in one atomic step (searches
// see the old index or the new, never neither) and drops the one it
// replaces; Abort drops it instead.
type Rebuild interface {
	// Name is the new index's name (an OpenSearch index, a folder).
	Name() string
	Bulker
	Delete(ctx context.Context, org, id string, version int) error
	Swap(ctx context.Context) error
	Abort(ctx context.Context) error
}

// Reasons a document is related to another, strongest first.
const (
	// ReasonCites: the document cites the related one's document number.
	ReasonCites = "cites"
	// ReasonCitedBy: the related document cites this one's document number.
	ReasonCitedBy = "cited_by"
	// ReasonKeywords: both share keywords (Link.Keywords lists them).
	ReasonKeywords = "keywords"
	// ReasonDepartmentPeriod: same department, approved within RelatedPeriod.
	ReasonDepartmentPeriod = "department_period"
)

// RelatedPeriod is how close two approval dates must be for
// ReasonDepartmentPeriod.
const RelatedPeriod = 90 * 24 * time.Hour

// Link is one related document and why it is related.
type Link struct {
	Hit
	Reason string `json:"reason"`
	// Keywords are the shared keywords when Reason is ReasonKeywords.
	Keywords []string `json:"keywords,omitempty"`
	// Cited is the document number cited when Reason is cites or cited_by.
	Cited string `json:"cited,omitempty"`
}

// Relater finds the documents related to one document: first those linked
// by citation (both directions), then those sharing keywords, then those of
// the same department and period, at most n, each with its reason. It
// returns ErrNotFound when the document is not indexed.
type Relater interface {
	Related(ctx context.Context, org, id string, n int) ([]Link, error)
}

// Suggester completes a search-box prefix with keywords of the corpus,
// most frequent first.
type Suggester interface {
	Suggest(ctx context.Context, prefix string, n int) ([]string, error)
}

// Engine is the complete search port the API and the pipeline use.
type Engine interface {
	Index
	Bulker
	Relater
	Suggester
}

// MaxWindow bounds how deep Page may reach (as OpenSearch's
// index.max_result_window): a page starting at or beyond it has no items,
// only the total and facets. Deeper results are reached with After.
const MaxWindow = 10000

// BeyondWindow reports whether a normalized query's page starts at or
// beyond MaxWindow (computed without overflow for any Page).
func (q Query) BeyondWindow() bool {
	return q.Page-1 >= MaxWindow/q.Size+1 || (q.Page-1)*q.Size >= MaxWindow
}

// Normalize fills in defaults and bounds a query.
func (q Query) Normalize() Query {
	if q.Size <= 0 {
		q.Size = 20
	}
	if q.Size > 100 {
		q.Size = 100
	}
	if q.Page <= 0 {
		q.Page = 1
	}
	if q.Sort != SortDate && q.Sort != SortPublished {
		q.Sort = SortRelevance
	}
	return q
}
