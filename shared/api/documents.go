package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/rendition"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// maxPublicDocument bounds a public document read from the bucket.
const maxPublicDocument = 32 << 20

// Korean labels of the facet values the portal shows.
var (
	typeLabels = map[string]string{
		"approval": "결재문서", "minutes": "회의록", "plan": "계획", "report": "보고",
		"press": "보도자료", "budget": "예산", "contract": "계약", "other": "기타",
	}
	gradeLabels = map[string]string{
		document.GradePublic: "공개", document.GradePartial: "부분공개", document.GradeClosed: "비공개",
	}
)

// searchResponse is GET /api/documents.
type searchResponse struct {
	Total  int                            `json:"total"`
	Page   int                            `json:"page"`
	Size   int                            `json:"size"`
	Items  []search.Hit                   `json:"items"`
	Facets map[string][]search.FacetCount `json:"facets"`
	Next   string                         `json:"next,omitempty"`
	// DidYouMean is search.Result.DidYouMean: the reading of q answered.
	DidYouMean string `json:"did_you_mean,omitempty"`
}

func (h *Handler) searchDocuments(w http.ResponseWriter, r *http.Request) {
	q, bad := h.searchQuery(r)
	if bad != nil {
		bad.write(w)
		return
	}
	var res search.Result
	var err error
	if r.URL.Query().Get("sort") == SortViews {
		res, err = h.mostViewed(r.Context(), q)
	} else {
		res, err = h.d.Search.Search(r.Context(), q)
	}
	if errors.Is(err, search.ErrBadCursor) {
		(&badParam{"after", "after must be a cursor returned as next, with the same sort"}).write(w)
		return
	}
	if errors.Is(err, search.ErrDepartmentWithoutOrg) {
		(&badParam{"department", "department needs organization: department ids are unique within an organization only"}).write(w)
		return
	}
	if err != nil {
		h.opError(w, r, "search", err)
		return
	}
	httpjson.Write(w, http.StatusOK, h.shapeResult(q, res))
}

// shapeResult gives the result its stable shape: no null lists, every facet
// present, Korean labels (organizations' names from their files), and
// snippets that hold nothing but text and <mark>.
func (h *Handler) shapeResult(q search.Query, res search.Result) searchResponse {
	out := searchResponse{Total: res.Total, Page: q.Page, Size: q.Size, Items: res.Items, Facets: map[string][]search.FacetCount{}, Next: res.Next, DidYouMean: res.DidYouMean}
	if out.Items == nil {
		out.Items = []search.Hit{}
	}
	for i := range out.Items {
		out.Items[i].Snippet = SanitizeSnippet(out.Items[i].Snippet)
	}
	for _, name := range search.Facets {
		fc := append([]search.FacetCount{}, res.Facets[name]...)
		for i := range fc {
			if fc[i].Label != "" {
				continue
			}
			switch name {
			case search.FacetOrganization:
				fc[i].Label = h.orgName(fc[i].Value)
			case search.FacetType:
				fc[i].Label = typeLabels[fc[i].Value]
			case search.FacetGrade:
				fc[i].Label = gradeLabels[fc[i].Value]
			}
		}
		out.Facets[name] = fc
	}
	return out
}

// SanitizeSnippet keeps <mark> and </mark> and escapes every other '<' and
// '>', so a snippet is safe as HTML even if an engine forgot to escape.
func SanitizeSnippet(s string) string {
	if !strings.ContainsAny(s, "<>\"'") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "<mark>"):
			b.WriteString("<mark>")
			i += len("<mark>")
		case strings.HasPrefix(s[i:], "</mark>"):
			b.WriteString("</mark>")
			i += len("</mark>")
		case s[i] == '<':
			b.WriteString("&lt;")
			i++
		case s[i] == '>':
			b.WriteString("&gt;")
			i++
		case s[i] == '"':
			b.WriteString("&#34;")
			i++
		case s[i] == '\'':
			b.WriteString("&#39;")
			i++
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// Exemption is one item of Article 9(1) of the Official Information
// Disclosure Act, explained for citizens.
type Exemption struct {
	Item    string `json:"item"`
	Label   string `json:"label"`
	Summary string `json:"summary"`
}

// Exemptions explains items "1" to "8" of Article 9(1) in Korean.
var Exemptions = map[string]Exemption{
	"1": {"1", "법령상 비밀", "다른 법률 또는 법률이 위임한 명령에 따라 비밀이나 비공개 사항으로 정해진 정보"},
	"2": {"2", "국가안보·외교", "국가안전보장·국방·통일·외교관계 등에 관한 사항으로, 공개되면 국가의 중대한 이익을 현저히 해칠 우려가 있는 정보"},
	"3": {"3", "생명·신체·재산 보호", "공개되면 국민의 생명·신체 및 재산의 보호에 현저한 지장을 줄 우려가 있는 정보"},
	"4": {"4", "재판·수사", "진행 중인 재판, 범죄의 예방·수사·공소·형의 집행 등에 관한 정보로, 공개되면 직무수행을 현저히 곤란하게 하거나 공정한 재판을 받을 권리를 침해할 상당한 이유가 있는 정보"},
	"5": {"5", "감사·의사결정 과정", "감사·감독·검사·시험·규제·입찰계약·기술개발·인사관리나 의사결정·내부검토 과정의 사항으로, 공개되면 업무의 공정한 수행이나 연구·개발에 현저한 지장을 줄 상당한 이유가 있는 정보"},
	"6": {"6", "개인정보(사생활)", "성명·주민등록번호 등 개인에 관한 사항으로, 공개되면 사생활의 비밀 또는 자유를 침해할 우려가 있는 정보"},
	"7": {"7", "법인 등의 영업상 비밀", "법인·단체 또는 개인의 경영상·영업상 비밀로, 공개되면 정당한 이익을 현저히 해칠 우려가 있는 정보"},
	"8": {"8", "특정인의 이익·불이익", "공개되면 부동산 투기, 매점매석 등으로 특정인에게 이익 또는 불이익을 줄 우려가 있는 정보"},
}

// documentView is GET /api/documents/{id}: the public document minus what
// citizens need not see (the content hash of the original), and for a
// closed document nothing but its metadata.
type documentView struct {
	document.Meta
	TypeLabel      string                `json:"type_label"`
	GradeLabel     string                `json:"grade_label"`
	MetadataOnly   bool                  `json:"metadata_only"`
	Body           string                `json:"body,omitempty"`
	Attachments    []document.Attachment `json:"attachments,omitempty"`
	Redactions     map[string]int        `json:"redactions,omitempty"`
	PublishedAt    time.Time             `json:"published_at"`
	ExemptionItems []Exemption           `json:"exemption_items"`
	// Reported: part of the text is masked on a citizen's report.
	Reported bool `json:"reported,omitempty"`
	// PDF: a PDF rendition is at /api/documents/{id}/pdf.
	PDF bool `json:"pdf,omitempty"`
}

func view(p document.Public) documentView {
	v := documentView{
		Meta:           p.Meta,
		TypeLabel:      typeLabels[p.Type],
		GradeLabel:     gradeLabels[p.Disclosure.Grade],
		MetadataOnly:   p.MetadataOnly || p.Disclosure.Grade == document.GradeClosed,
		PublishedAt:    p.PublishedAt,
		ExemptionItems: []Exemption{},
	}
	if v.Disclosure.Exemptions == nil {
		v.Disclosure.Exemptions = []string{}
	}
	for _, x := range p.Disclosure.Exemptions {
		if e, ok := Exemptions[x]; ok {
			v.ExemptionItems = append(v.ExemptionItems, e)
		}
	}
	if !v.MetadataOnly {
		v.Body, v.Attachments, v.Redactions, v.Reported = p.Body, p.Attachments, p.Redactions, p.Reported
	}
	return v
}

// docKey validates the {id} path value and the org parameter.
func (h *Handler) docKey(r *http.Request) (document.Key, *badParam) {
	id := r.PathValue("id")
	if !document.ValidID(id) {
		return document.Key{}, &badParam{"id", "id must be 1 to 128 characters of [A-Za-z0-9._-]"}
	}
	org, bad := h.org(r.URL.Query())
	if bad != nil {
		return document.Key{}, bad
	}
	return document.Key{Org: org, ID: id}, nil
}

func (h *Handler) getDocument(w http.ResponseWriter, r *http.Request) {
	p, ok := h.publicDocument(w, r)
	if ok {
		v := view(p)
		v.PDF = h.d.PDFFont != nil && !v.MetadataOnly
		writeCachedJSON(w, v, 60)
	}
}

// publicDocument reads the document the request names from the public
// bucket, or writes the error and reports false.
func (h *Handler) publicDocument(w http.ResponseWriter, r *http.Request) (document.Public, bool) {
	key, bad := h.docKey(r)
	if bad != nil {
		bad.write(w)
		return document.Public{}, false
	}
	// Only ever the public bucket: originals and review copies live in the
	// work bucket and must not be reachable from here.
	data, err := storage.ReadAll(r.Context(), h.d.Store, h.d.Buckets.Public, document.PublicKey(key), maxPublicDocument)
	if errors.Is(err, storage.ErrNotFound) {
		httpjson.Error(w, http.StatusNotFound, "document.not_found", "no such document")
		return document.Public{}, false
	}
	if err != nil {
		h.internal(w, r, "read public document", err)
		return document.Public{}, false
	}
	var p document.Public
	if err := json.Unmarshal(data, &p); err != nil {
		h.internal(w, r, "decode public document", err)
		return document.Public{}, false
	}
	if p.ID != key.ID || p.Organization.Code != key.Org {
		h.internal(w, r, "public document key mismatch", errors.New("object "+document.PublicKey(key)+" holds "+p.Key().String()))
		return document.Public{}, false
	}
	return p, true
}

// documentPDF serves GET /api/documents/{id}/pdf: Plaza's PDF rendition
// of the document's redacted text (shared/rendition), made on request
// from the public object, so it follows every mask and retraction the
// moment the object does (a mask invalidates /api/documents/*). Never
// the original file.
func (h *Handler) documentPDF(w http.ResponseWriter, r *http.Request) {
	if h.d.PDFFont == nil {
		httpjson.Error(w, http.StatusNotImplemented, "pdf.unavailable", "PDF renditions are not set up on this deployment")
		return
	}
	p, ok := h.publicDocument(w, r)
	if !ok {
		return
	}
	if view(p).MetadataOnly {
		httpjson.Error(w, http.StatusNotFound, "document.no_text", "a closed document has no text to render")
		return
	}
	base := strings.TrimRight(h.d.PortalURL, "/")
	if base == "" {
		scheme := "http"
		if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
			scheme = "https"
		}
		base = scheme + "://" + r.Host
	}
	source := base + "/documents/" + url.PathEscape(p.ID)
	if p.Organization.Code != h.d.DefaultOrg {
		source += "?org=" + url.QueryEscape(p.Organization.Code)
	}
	out, err := rendition.PDF(p, h.d.PDFFont, source)
	if err != nil {
		h.internal(w, r, "render pdf", err)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	// The title names the file for the reader; the id is the ASCII
	// fallback for clients without RFC 6266's filename*.
	w.Header().Set("Content-Disposition", `attachment; filename="`+p.ID+`.pdf"; filename*=UTF-8''`+url.PathEscape(p.Title+".pdf"))
	w.Header().Set("Cache-Control", "public, max-age=60")
	_, _ = w.Write(out)
}

func (h *Handler) departments(w http.ResponseWriter, r *http.Request) {
	org, bad := h.org(r.URL.Query())
	if bad != nil {
		bad.write(w)
		return
	}
	items, err := h.departmentList(r, org)
	if err != nil {
		h.opError(w, r, "departments", err)
		return
	}
	writeCachedJSON(w, map[string]any{"items": items}, 60)
}

// departmentItem is one department with its number of listed documents.
type departmentItem struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// orgName is an organization's name from its file, or "" for one the
// deployment does not know (a document indexed before its file was
// removed).
func (h *Handler) orgName(code string) string {
	if h.d.Orgs == nil {
		return ""
	}
	if o, ok := h.d.Orgs.Get(code); ok {
		return o.Name
	}
	return ""
}

// departmentList reads departments from the empty query's facets, which
// the engines cache.
func (h *Handler) departmentList(r *http.Request, org string) ([]departmentItem, error) {
	res, err := h.d.Search.Search(r.Context(), search.Query{Org: org, Size: 1}.Normalize())
	if err != nil {
		return nil, err
	}
	items := []departmentItem{}
	for _, f := range res.Facets[search.FacetDepartment] {
		items = append(items, departmentItem{Code: f.Value, Name: f.Label, Count: f.Count})
	}
	return items, nil
}

func (h *Handler) related(w http.ResponseWriter, r *http.Request) {
	rel, ok := h.d.Search.(search.Relater)
	if !ok {
		httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "related documents are not available with this search engine")
		return
	}
	key, bad := h.docKey(r)
	if bad != nil {
		bad.write(w)
		return
	}
	n, bad := intParam(r.URL.Query(), "size", 10, 1, 50)
	if bad != nil {
		bad.write(w)
		return
	}
	links, err := rel.Related(r.Context(), key.Org, key.ID, n)
	if err != nil {
		h.opError(w, r, "related", err)
		return
	}
	if links == nil {
		links = []search.Link{}
	}
	for i := range links {
		links[i].Snippet = SanitizeSnippet(links[i].Snippet)
	}
	writeCachedJSON(w, map[string]any{"items": links}, 60)
}

func (h *Handler) keywords(w http.ResponseWriter, r *http.Request) {
	sug, ok := h.d.Search.(search.Suggester)
	if !ok {
		httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "keyword suggestions are not available with this search engine")
		return
	}
	v := r.URL.Query()
	prefix, bad := cleanText("prefix", v.Get("prefix"), maxPrefixRune)
	if bad != nil {
		bad.write(w)
		return
	}
	if prefix == "" {
		(&badParam{"prefix", "prefix is required"}).write(w)
		return
	}
	n, bad := intParam(v, "size", 10, 1, 20)
	if bad != nil {
		bad.write(w)
		return
	}
	items, err := sug.Suggest(r.Context(), prefix, n)
	if err != nil {
		h.opError(w, r, "suggest", err)
		return
	}
	if items == nil {
		items = []string{}
	}
	writeCachedJSON(w, map[string]any{"items": items}, 300)
}
