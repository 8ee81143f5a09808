package opendata

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/search"
)

// DCAT-AP 3: the catalog (/catalog.jsonld, /catalog.ttl), paged with
// Hydra and filtered with modified_since as CKAN's DCAT extension
// (ckanext-dcat) does, and one dataset per document
// (/dataset/{id}.jsonld). A closed document is a dataset whose
// dct:accessRights is NON_PUBLIC, with no distribution.

// CatalogPageSize is the number of datasets on a catalog page.
const CatalogPageSize = 100

// EU authority tables DCAT-AP names its values from.
const (
	euAccessRight = "http://publications.europa.eu/resource/authority/access-right/"
	euLanguage    = "http://publications.europa.eu/resource/authority/language/KOR"
	euFileTypeTXT = "http://publications.europa.eu/resource/authority/file-type/TXT"
	ianaTextPlain = "https://www.iana.org/assignments/media-types/text/plain"
	// DCAT-AP 3's application profile, which the catalog conforms to.
	dcatAP3 = "http://data.europa.eu/r5r/"
)

// datasetIRI names a document's dataset; /dataset/{id}.jsonld is its
// JSON-LD.
func (h *Handler) datasetIRI(base string, d Dataset) string {
	return base + "/dataset/" + url.PathEscape(d.ID) + h.orgQuery(d.Org.Code)
}

// agentIRI names an organization as a publisher: its public record.
func agentIRI(base, org string) string { return base + "/api/organizations/" + url.PathEscape(org) }

func dateTime(t time.Time) object { return typed(t.In(kst).Format(time.RFC3339), "xsd:dateTime") }

// addDataset adds a document's dataset, its distributions, publisher and
// contact point to g.
func (h *Handler) addDataset(g *graph, base string, d Dataset) string {
	id := h.datasetIRI(base, d)
	n := g.node(id, "dcat:Dataset")
	n.add("dct:title", ko(d.Title))
	desc := d.Summary
	if d.Closed {
		desc = "비공개 문서입니다. 목록(제목·부서·일자·비공개 근거)만 공개합니다. 근거: 공공기관의 정보공개에 관한 법률 제9조제1항 " + itemList(d.Exemptions)
	}
	if desc == "" {
		desc = d.Title
	}
	n.add("dct:description", ko(desc))
	n.add("dct:identifier", lit(packageID(d.Key())))
	if d.DocumentNumber != "" {
		n.add("adms:identifier", lit(d.DocumentNumber))
	}
	// Issued and modified are the publication of this version (the
	// approval is the document's date, not the dataset's: a document
	// approved in 2014 and released today is a dataset of today).
	n.add("dct:issued", dateTime(d.PublishedAt))
	n.add("dct:modified", dateTime(d.PublishedAt))
	n.add("owl:versionInfo", lit(strconv.Itoa(d.Version)))
	n.add("dct:language", iri(euLanguage))
	n.add("dcat:landingPage", iri(h.pageURL(base, d.Key())))
	for _, k := range d.Keywords {
		n.add("dcat:keyword", ko(k))
	}
	access := "PUBLIC"
	if d.Closed {
		access = "NON_PUBLIC"
	}
	n.add("dct:accessRights", iri(euAccessRight+access))

	pub := agentIRI(base, d.Org.Code)
	n.add("dct:publisher", iri(pub))
	if a := g.node(pub, "foaf:Agent"); len(a.props) == 0 {
		a.add("foaf:name", ko(h.orgName(d.Org.Code, d.Org.Name)))
	}

	// The department answers questions about its documents: an office,
	// never a person.
	contact := pub + "/departments/" + url.PathEscape(d.Department.Code)
	n.add("dcat:contactPoint", iri(contact))
	c := g.node(contact, "vcard:Organization")
	if len(c.props) == 0 {
		c.add("vcard:fn", ko(h.orgName(d.Org.Code, d.Org.Name)+" "+d.Department.Name))
		c.add("vcard:hasURL", iri(base+"/"))
	}

	for _, t := range d.Texts {
		dist := id + "#text-" + strconv.Itoa(t.N)
		n.add("dcat:distribution", iri(dist))
		dn := g.node(dist, "dcat:Distribution")
		title := "본문 텍스트"
		if t.N > 0 {
			title = t.Name + " 텍스트"
		}
		u := h.textURL(base, d.Key(), t.N)
		dn.add("dct:title", ko(title))
		dn.add("dct:description", ko(title+"(개인정보를 가린 공개본)"))
		dn.add("dcat:accessURL", iri(u))
		dn.add("dcat:downloadURL", iri(u))
		dn.add("dct:format", iri(euFileTypeTXT))
		dn.add("dcat:mediaType", iri(ianaTextPlain))
		dn.add("dcat:byteSize", typed(strconv.Itoa(t.Bytes), "xsd:nonNegativeInteger"))
		dn.add("dct:rights", iri(euAccessRight+access))
	}
	return id
}

// catalogQuery reads page and modified_since.
type catalogQuery struct {
	page  int
	since time.Time
}

func readCatalogQuery(v url.Values) (catalogQuery, string) {
	q := catalogQuery{page: 1}
	if s := v.Get("page"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 1<<20 {
			return q, "page must be a whole number from 1"
		}
		q.page = n
	}
	if s := v.Get("modified_since"); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t, err = time.ParseInLocation(time.DateOnly, s, kst)
		}
		if err != nil || t.Year() < 1900 || t.Year() > 2200 {
			return q, "modified_since must be a date (YYYY-MM-DD) or an RFC 3339 time"
		}
		q.since = t
	}
	return q, ""
}

// catalog builds one page of the catalog as a graph, newest publication
// first. modified_since selects by the publication date (dct:modified),
// so a document approved long before its release (a scheduled release, a
// lifted hold, an archive's backfill) is found by a harvester that last
// came before the release.
func (h *Handler) catalog(r *http.Request) (*graph, int, error) {
	cq, bad := readCatalogQuery(r.URL.Query())
	if bad != "" {
		return nil, http.StatusBadRequest, errors.New(bad)
	}
	base := h.base(r)
	q := search.Query{Sort: search.SortPublished, PublishedSince: cq.since}
	start := (cq.page - 1) * CatalogPageSize
	hits, head, err := h.hits(r.Context(), q, start, CatalogPageSize)
	if err != nil {
		return nil, http.StatusInternalServerError, err
	}
	docs, err := h.loadAll(r.Context(), hits)
	if err != nil {
		return nil, http.StatusInternalServerError, err
	}
	g := &graph{}
	catalogID := base + "/catalog"
	cat := g.node(catalogID, "dcat:Catalog", "hydra:Collection")
	cat.add("dct:title", ko("정보소통광장"))
	cat.add("dct:description", ko("결재된 행정문서를 개인정보를 가린 뒤 공개합니다. 비공개 문서는 목록만 공개합니다."))
	pub := agentIRI(base, h.d.DefaultOrg)
	cat.add("dct:publisher", iri(pub))
	if a := g.node(pub, "foaf:Agent"); len(a.props) == 0 {
		a.add("foaf:name", ko(h.orgName(h.d.DefaultOrg, "")))
	}
	cat.add("foaf:homepage", iri(base+"/"))
	cat.add("dct:language", iri(euLanguage))
	cat.add("dct:conformsTo", iri(dcatAP3))
	cat.add("hydra:totalItems", typed(strconv.Itoa(head.Total), "xsd:integer"))

	pageURL := func(n int) string {
		v := url.Values{"page": {strconv.Itoa(n)}}
		if s := r.URL.Query().Get("modified_since"); s != "" {
			v.Set("modified_since", s)
		}
		// Pages are named without a format, so that the Turtle and the
		// JSON-LD are one graph; /catalog serves either (Accept).
		return base + "/catalog?" + v.Encode()
	}
	last := max(1, (head.Total+CatalogPageSize-1)/CatalogPageSize)
	view := pageURL(cq.page)
	cat.add("hydra:view", iri(view))
	vn := g.node(view, "hydra:PartialCollectionView")
	vn.add("hydra:first", iri(pageURL(1)))
	vn.add("hydra:last", iri(pageURL(last)))
	if cq.page > 1 {
		vn.add("hydra:previous", iri(pageURL(min(cq.page-1, last))))
	}
	if cq.page < last {
		vn.add("hydra:next", iri(pageURL(cq.page+1)))
	}
	for _, d := range docs {
		cat.add("dcat:dataset", iri(h.addDataset(g, base, d)))
	}
	return g, http.StatusOK, nil
}

func (h *Handler) catalogJSONLD(w http.ResponseWriter, r *http.Request) {
	h.serveCatalog(w, r, "application/ld+json", (*graph).jsonld)
}

func (h *Handler) catalogTurtle(w http.ResponseWriter, r *http.Request) {
	h.serveCatalog(w, r, "text/turtle; charset=utf-8", (*graph).turtle)
}

// catalogByAccept serves /catalog (the pages' IRIs): Turtle when the
// client asks for it, else JSON-LD.
func (h *Handler) catalogByAccept(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Vary", "Accept")
	if strings.Contains(r.Header.Get("Accept"), "text/turtle") {
		h.catalogTurtle(w, r)
		return
	}
	h.catalogJSONLD(w, r)
}

func (h *Handler) serveCatalog(w http.ResponseWriter, r *http.Request, contentType string, write func(*graph, io.Writer) error) {
	g, status, err := h.catalog(r)
	switch {
	case status == http.StatusBadRequest:
		plainError(w, status, "query.bad_param", err.Error())
		return
	case err != nil:
		h.fail(w, r, "catalog", err)
		return
	}
	var b bytes.Buffer
	if err := write(g, &b); err != nil {
		h.fail(w, r, "write catalog", err)
		return
	}
	w.Header().Set("Content-Type", contentType)
	cacheFor(w, maxAgeListing)
	_, _ = w.Write(b.Bytes())
}

// datasetJSONLD serves /dataset/{id}.jsonld (and /dataset/{id}, the
// dataset's IRI).
func (h *Handler) datasetJSONLD(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimSuffix(r.PathValue("file"), ".jsonld")
	key, ok := h.docKey(id, r.URL.Query())
	if !ok {
		plainError(w, http.StatusNotFound, "document.not_found", "no such document")
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
	g := &graph{}
	h.addDataset(g, h.base(r), d)
	var b bytes.Buffer
	if err := g.jsonld(&b); err != nil {
		h.fail(w, r, "write dataset", err)
		return
	}
	w.Header().Set("Content-Type", "application/ld+json")
	cacheFor(w, maxAgeDocument)
	_, _ = w.Write(b.Bytes())
}
