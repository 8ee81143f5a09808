// Package opendata publishes Plaza's documents in the formats that
// open-data portals, harvesters and search engines already read: a subset
// of CKAN's Action API (/api/3/action/…), DCAT-AP 3 in JSON-LD and Turtle,
// RSS and Atom feeds of new releases, sitemaps, robots.txt and a document
// page carrying schema.org JSON-LD.
//
// Everything here is read from the search index and the public bucket
// only, so only published, redacted text is ever served. A closed
// document is listed by its metadata alone (no text, no distribution),
// and no official's name is published here: harvested copies live on in
// other catalogues, beyond the reach of a later mask or retraction, so
// they get the least that serves their purpose.
package opendata

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/logctx"
	orgs "github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Deps are what the open-data routes read.
type Deps struct {
	Search search.Index
	Store  storage.Store
	// Bucket is the public bucket: the only one read here.
	Bucket string
	// Orgs names organizations and lists their departments (as CKAN
	// organizations); nil lists only what the index holds.
	Orgs *orgs.Set
	// DefaultOrg is the organization of a document named without one.
	DefaultOrg string
	// BaseURL is the portal's absolute URL without a trailing slash (on
	// AWS the CloudFront domain); "" takes the request's host, as on one
	// machine.
	BaseURL string
	Now     func() time.Time
	// SitemapURLs is the number of documents per sitemap (default and
	// at most MaxSitemapURLs, the protocol's limit).
	SitemapURLs int
	// Log returns the request's logger (with its request id).
	Log func(context.Context) *slog.Logger
}

// Route is one route of the handler, for the API's mux.
type Route struct {
	Pattern string
	Handler http.HandlerFunc
}

// Handler serves the open-data routes.
type Handler struct {
	d Deps
	// tags caches tag_list: it reads every document.
	tagsMu   sync.Mutex
	tags     []string
	tagsTime time.Time
}

// New returns the handler.
func New(d Deps) *Handler {
	if d.Now == nil {
		d.Now = time.Now
	}
	d.Log = logctx.Per(nil, d.Log)
	return &Handler{d: d}
}

// Routes lists the handler's routes.
func (h *Handler) Routes() []Route {
	return []Route{
		{"GET /api/3/action/{action}", h.ckanGet},
		{"POST /api/3/action/{action}", h.ckanPost},
		{"GET /dataset/{id}/text/{file}", h.text},
		{"GET /catalog.jsonld", h.catalogJSONLD},
		{"GET /catalog.ttl", h.catalogTurtle},
		{"GET /catalog", h.catalogByAccept},
		{"GET /dataset/{file}", h.datasetJSONLD},
		{"GET /feeds/releases.rss", h.rss},
		{"GET /feeds/releases.atom", h.atom},
		{"GET /sitemap.xml", h.sitemapIndex},
		{"GET /sitemaps/{file}", h.sitemap},
		{"GET /robots.txt", h.robots},
		{"GET /documents/{id}", h.page},
	}
}

// Cache times (seconds), which CloudFront's behaviours honour: listings
// change as documents arrive, a document only when it is re-released,
// masked or retracted (and masks invalidate its paths).
const (
	maxAgeListing  = 60
	maxAgeDocument = 300
	maxAgeSlow     = 900 // sitemaps, tag lists: crawled, not read by people
)

// maxPublicDocument bounds a public document read from the bucket.
const maxPublicDocument = 32 << 20

// Dataset is what the open-data formats publish of a document: its
// listed metadata and, unless it is closed, its text renditions. It holds
// no official's name and no content hash.
type Dataset struct {
	Org            document.Organization
	ID             string
	Version        int
	Title          string
	DocumentNumber string
	Department     document.Department
	Type           string
	Grade          string
	Exemptions     []string
	Keywords       []string
	ApprovedAt     time.Time
	PublishedAt    time.Time
	// Closed: only the metadata above is published.
	Closed bool
	// Texts are the text renditions (the body first, then each readable
	// attachment); none when Closed.
	Texts []Text
	// Summary is the start of the body; "" when Closed.
	Summary string
}

// Text is one text rendition of a document.
type Text struct {
	N      int // 0 is the body, n the n-th attachment
	Name   string
	Format string // of the original file: hwp, pdf…
	Bytes  int
	text   string
}

// summaryRunes bounds a dataset's description.
const summaryRunes = 300

// datasetOf keeps of p what may be published. A closed document keeps
// nothing but its metadata, whatever its object holds.
func datasetOf(p document.Public) Dataset {
	d := Dataset{
		Org: p.Organization, ID: p.ID, Version: p.Version, Title: p.Title, DocumentNumber: p.DocumentNumber,
		Department: p.Department, Type: p.Type, Grade: p.Disclosure.Grade,
		Exemptions: append([]string{}, p.Disclosure.Exemptions...), Keywords: append([]string{}, p.Keywords...),
		ApprovedAt: p.ApprovedAt, PublishedAt: p.PublishedAt,
		Closed: p.MetadataOnly || p.Disclosure.Grade == document.GradeClosed,
	}
	if d.PublishedAt.IsZero() {
		d.PublishedAt = d.ApprovedAt
	}
	if d.Closed {
		return d
	}
	d.Summary = truncate(strings.Join(strings.Fields(p.Body), " "), summaryRunes)
	d.Texts = append(d.Texts, Text{N: 0, Name: "본문", Format: "txt", Bytes: len(p.Body), text: p.Body})
	for i, a := range p.Attachments {
		if a.Text == "" {
			continue // unreadable (a scan waiting for OCR): nothing to serve
		}
		d.Texts = append(d.Texts, Text{N: i + 1, Name: a.Name, Format: a.Format, Bytes: len(a.Text), text: a.Text})
	}
	return d
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// Key is the document's key.
func (d Dataset) Key() document.Key { return document.Key{Org: d.Org.Code, ID: d.ID} }

// errGone: the index lists a document the public bucket no longer holds
// (retracted a moment ago).
var errGone = errors.New("opendata: document not in the public bucket")

// load reads one public document.
func (h *Handler) load(ctx context.Context, key document.Key) (Dataset, error) {
	data, err := storage.ReadAll(ctx, h.d.Store, h.d.Bucket, document.PublicKey(key), maxPublicDocument)
	if errors.Is(err, storage.ErrNotFound) {
		return Dataset{}, fmt.Errorf("%s: %w", key, errGone)
	}
	if err != nil {
		return Dataset{}, fmt.Errorf("read %s: %w", key, err)
	}
	var p document.Public
	if err := json.Unmarshal(data, &p); err != nil {
		return Dataset{}, fmt.Errorf("decode %s: %w", key, err)
	}
	if p.Key() != key {
		return Dataset{}, fmt.Errorf("object of %s holds %s", key, p.Key())
	}
	return datasetOf(p), nil
}

// loadConcurrency bounds parallel reads of the public bucket.
const loadConcurrency = 16

// loadAll reads the documents of hits, in order; those gone meanwhile
// are left out.
func (h *Handler) loadAll(ctx context.Context, hits []search.Hit) ([]Dataset, error) {
	out := make([]Dataset, len(hits))
	errs := make([]error, len(hits))
	sem := make(chan struct{}, loadConcurrency)
	var wg sync.WaitGroup
	for i, hit := range hits {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i], errs[i] = h.load(ctx, document.Key{Org: hit.Org, ID: hit.ID})
		}()
	}
	wg.Wait()
	kept := out[:0]
	for i, err := range errs {
		switch {
		case errors.Is(err, errGone):
			h.d.Log(ctx).Info("indexed document not in the public bucket", "document_id", hits[i].ID, "org", hits[i].Org)
		case err != nil:
			return nil, err
		default:
			kept = append(kept, out[i])
		}
	}
	return kept, nil
}

// walkSize is the page size the walks ask the index for (its maximum).
const walkSize = 100

// hits returns up to rows hits of q from offset start (q.Page, q.Size and
// q.After are set here), with the total and the facets. Pages past the
// index's window are reached by following its cursors, so any offset
// can be read, at the cost of one request per hundred documents skipped.
func (h *Handler) hits(ctx context.Context, q search.Query, start, rows int) ([]search.Hit, search.Result, error) {
	q.Size, q.After = walkSize, ""
	first := min(start/walkSize, search.MaxWindow/walkSize-1)
	q.Page = first + 1
	offset := first * walkSize
	res, err := h.d.Search.Search(ctx, q)
	if err != nil {
		return nil, res, err
	}
	head := res
	if start >= res.Total {
		// Past the end: nothing to walk to (a harvester's last page, or a
		// request that would otherwise follow every cursor of the index).
		return nil, head, nil
	}
	var out []search.Hit
	for len(out) < rows {
		for _, hit := range res.Items {
			if offset >= start && len(out) < rows {
				out = append(out, hit)
			}
			offset++
		}
		if res.Next == "" || len(out) >= rows {
			break
		}
		q.After = res.Next
		if res, err = h.d.Search.Search(ctx, q); err != nil {
			return nil, head, err
		}
	}
	return out, head, nil
}

// base is the absolute URL links are made from.
func (h *Handler) base(r *http.Request) string {
	if h.d.BaseURL != "" {
		return strings.TrimRight(h.d.BaseURL, "/")
	}
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// orgQuery is "?org=code" for a document of another organization than the
// default one, "" for the default's: the same document always has the
// same address.
func (h *Handler) orgQuery(org string) string {
	if org == h.d.DefaultOrg {
		return ""
	}
	return "?org=" + url.QueryEscape(org)
}

// PageURL is the address of a document's page (with its schema.org
// JSON-LD and its DCAT alternate).
func (h *Handler) pageURL(base string, k document.Key) string {
	return base + "/documents/" + url.PathEscape(k.ID) + h.orgQuery(k.Org)
}

// datasetURL is the DCAT dataset's address (also its IRI).
func (h *Handler) datasetURL(base string, k document.Key) string {
	return base + "/dataset/" + url.PathEscape(k.ID) + ".jsonld" + h.orgQuery(k.Org)
}

// textURL is a text rendition's address.
func (h *Handler) textURL(base string, k document.Key, n int) string {
	return fmt.Sprintf("%s/dataset/%s/text/%d.txt%s", base, url.PathEscape(k.ID), n, h.orgQuery(k.Org))
}

// portalURL is the document in the portal's own (scripted) page.
func (h *Handler) portalURL(base string, k document.Key) string {
	v := url.Values{"id": {k.ID}}
	if k.Org != h.d.DefaultOrg {
		v.Set("org", k.Org)
	}
	return base + "/?" + v.Encode()
}

// orgName names an organization from its file, else from the document.
func (h *Handler) orgName(code, fallback string) string {
	if h.d.Orgs != nil {
		if o, ok := h.d.Orgs.Get(code); ok {
			return o.Name
		}
	}
	if fallback != "" {
		return fallback
	}
	return code
}

// Korean labels of types and grades.
var (
	typeLabels = map[string]string{
		"approval": "결재문서", "minutes": "회의록", "plan": "계획", "report": "보고",
		"press": "보도자료", "budget": "예산", "contract": "계약", "other": "기타",
	}
	gradeLabels = map[string]string{
		document.GradePublic: "공개", document.GradePartial: "부분공개", document.GradeClosed: "비공개",
	}
)

// kst is where documents are approved: years and dates are Korea's.
var kst = time.FixedZone("KST", 9*60*60)

// docKey reads a document's key from an id and the org parameter.
func (h *Handler) docKey(id string, v url.Values) (document.Key, bool) {
	org := v.Get("org")
	if org == "" {
		org = h.d.DefaultOrg
	}
	if !document.ValidID(id) || !codeOK(org) {
		return document.Key{}, false
	}
	return document.Key{Org: org, ID: id}, true
}

func codeOK(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func cacheFor(w http.ResponseWriter, seconds int) {
	w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", seconds))
}

// plainError answers a non-JSON route's error in the API's JSON shape.
func plainError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	b, _ := json.Marshal(map[string]any{"error": map[string]string{"code": code, "message": message}})
	_, _ = w.Write(append(b, '\n'))
}

// fail logs err under the request and answers 500 without details.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, what string, err error) {
	h.d.Log(r.Context()).Error(what, "error", err.Error())
	plainError(w, http.StatusInternalServerError, "internal", "internal error")
}

// text serves one text rendition of a published, not closed document.
func (h *Handler) text(w http.ResponseWriter, r *http.Request) {
	key, ok := h.docKey(r.PathValue("id"), r.URL.Query())
	n, isTxt := strings.CutSuffix(r.PathValue("file"), ".txt")
	if !ok || !isTxt {
		plainError(w, http.StatusNotFound, "not_found", "no such resource")
		return
	}
	d, err := h.load(r.Context(), key)
	if errors.Is(err, errGone) {
		plainError(w, http.StatusNotFound, "document.not_found", "no such document")
		return
	}
	if err != nil {
		h.fail(w, r, "read public document", err)
		return
	}
	for _, t := range d.Texts {
		if fmt.Sprint(t.N) == n {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			cacheFor(w, maxAgeDocument)
			_, _ = w.Write([]byte(t.text))
			return
		}
	}
	plainError(w, http.StatusNotFound, "not_found", "no such text rendition")
}

// Public reports whether a path is an open-data route, which any site
// may read (CORS *): the same public, anonymous data as /api/.
func Public(path string) bool {
	for _, p := range []string{"/api/3/", "/catalog", "/dataset/", "/feeds/", "/sitemap", "/robots.txt", "/documents/"} {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}
