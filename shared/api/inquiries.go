package api

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/inquiry"
)

// Inquiries is the citizens' questions on documents (*inquiry.Service):
// asked and followed by citizens, answered by the departments' staff.
type Inquiries interface {
	Consent() inquiry.Consent
	Ask(ctx context.Context, req inquiry.AskRequest) (inquiry.AskResponse, error)
	Track(ctx context.Context, id, token string) (inquiry.PublicView, error)
	QA(ctx context.Context, org, doc string) ([]inquiry.QA, error)
	List(ctx context.Context, f inquiry.Filter) ([]inquiry.StaffView, string, error)
	Get(ctx context.Context, c auth.Claims, id string) (inquiry.StaffView, error)
	Act(ctx context.Context, c auth.Claims, id string, a inquiry.Action, body inquiry.ActionRequest) (inquiry.StaffView, error)
}

// InquiryTokenHeader may carry an inquiry's tracking token instead of the
// query string, which keeps it out of access logs that record query
// strings (CloudFront, API Gateway); the query form is for links.
const InquiryTokenHeader = "X-Inquiry-Token"

// inquiryRoutes mounts the "Ask" routes; without Deps.Inquiries they are
// absent (404) and the portal's Ask button says the service is
// unavailable.
func (h *Handler) inquiryRoutes() {
	if h.d.Inquiries == nil {
		return
	}
	h.route("GET /api/inquiries/consent", h.inquiryConsent)
	h.route("POST /api/inquiries", h.ask)
	h.route("GET /api/inquiries/{id}", h.trackInquiry)
	h.route("GET /api/documents/{id}/qa", h.qa)
	h.route("GET /api/staff/inquiries", h.staff(h.staffInquiries))
	h.route("GET /api/staff/inquiries/{id}", h.staff(h.staffInquiry))
	for _, a := range inquiry.Actions {
		h.route("POST /api/staff/inquiries/{id}/"+string(a), h.staff(h.staffInquiryAction(a)))
	}
}

// inquiryError answers a refusal of the inquiry service with the status
// of its Kind (400 when it names none), a rate limit with when to try
// again, and anything else as opError does.
func (h *Handler) inquiryError(w http.ResponseWriter, r *http.Request, what string, err error) {
	var t *inquiry.Throttled
	if errors.As(err, &t) {
		w.Header().Set("Retry-After", strconv.Itoa(int(t.RetryAfter.Seconds())+1))
	}
	if p, ok := document.Reason(err); ok {
		httpjson.Problem(w, p, http.StatusBadRequest)
		return
	}
	h.opError(w, r, what, err)
}

func (h *Handler) inquiryConsent(w http.ResponseWriter, r *http.Request) {
	writeCachedJSON(w, h.d.Inquiries.Consent(), 300)
}

func (h *Handler) ask(w http.ResponseWriter, r *http.Request) {
	var req inquiry.AskRequest
	if !httpjson.Decode(w, r, maxBodyBytes, &req) {
		return
	}
	req.ClientAddr = h.clientAddr(r)
	res, err := h.d.Inquiries.Ask(r.Context(), req)
	if err != nil {
		h.inquiryError(w, r, "ask", err)
		return
	}
	httpjson.Write(w, http.StatusCreated, res)
}

func (h *Handler) trackInquiry(w http.ResponseWriter, r *http.Request) {
	token := trackingToken(r, InquiryTokenHeader)
	if token == "" {
		httpjson.Error(w, http.StatusUnauthorized, "inquiry.no_token", "the tracking token is required (?token=… or the "+InquiryTokenHeader+" header)")
		return
	}
	v, err := h.d.Inquiries.Track(r.Context(), r.PathValue("id"), token)
	if err != nil {
		h.inquiryError(w, r, "track inquiry", err)
		return
	}
	httpjson.Write(w, http.StatusOK, v)
}

type qaList struct {
	Items []inquiry.QA `json:"items"`
}

func (h *Handler) qa(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !document.ValidID(id) {
		(&badParam{"id", "id must be 1 to 128 characters of [A-Za-z0-9._-]"}).write(w)
		return
	}
	org, bad := h.org(r.URL.Query())
	if bad != nil {
		bad.write(w)
		return
	}
	items, err := h.d.Inquiries.QA(r.Context(), org, id)
	if err != nil {
		h.inquiryError(w, r, "list Q&A", err)
		return
	}
	writeCachedJSON(w, qaList{Items: items}, 60)
}

type inquiryList struct {
	Items []inquiry.StaffView `json:"items"`
	Next  string              `json:"next"`
}

// inquiryFilter reads a staff list's query, limited to what c may see
// (staffScope); none as staffScope's.
func (h *Handler) inquiryFilter(w http.ResponseWriter, r *http.Request, c auth.Claims) (f inquiry.Filter, none, ok bool) {
	v := r.URL.Query()
	var bad *badParam
	if s := inquiry.State(v.Get("state")); s != "" && !s.Valid() {
		bad = &badParam{"state", "state must be one of received, assigned, in_progress, extended, answered, closed"}
	} else if a := v.Get("after"); a != "" && !inquiry.ValidID(a) {
		bad = &badParam{"after", "after must be a cursor returned as next"}
	}
	if bad != nil {
		bad.write(w)
		return f, false, false
	}
	f = inquiry.Filter{State: inquiry.State(v.Get("state")), After: v.Get("after"), Limit: inquiry.DefaultPage}
	if s := v.Get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > inquiry.MaxPage {
			(&badParam{"size", "size must be an integer from 1 to 100"}).write(w)
			return f, false, false
		}
		f.Limit = n
	}
	f.Org, f.Department, none, ok = h.staffScope(w, r, c)
	return f, none, ok
}

func (h *Handler) staffInquiries(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	f, none, ok := h.inquiryFilter(w, r, c)
	if !ok {
		return
	}
	if none {
		// Not to the store: an empty department there means every one.
		httpjson.Write(w, http.StatusOK, inquiryList{Items: []inquiry.StaffView{}})
		return
	}
	items, next, err := h.d.Inquiries.List(r.Context(), f)
	if err != nil {
		h.inquiryError(w, r, "list inquiries", err)
		return
	}
	httpjson.Write(w, http.StatusOK, inquiryList{Items: items, Next: next})
}

func (h *Handler) staffInquiry(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	v, err := h.d.Inquiries.Get(r.Context(), c, r.PathValue("id"))
	if err != nil {
		h.inquiryError(w, r, "get inquiry", err)
		return
	}
	httpjson.Write(w, http.StatusOK, v)
}

func (h *Handler) staffInquiryAction(a inquiry.Action) staffFunc {
	return func(w http.ResponseWriter, r *http.Request, c auth.Claims) {
		var body inquiry.ActionRequest
		if !httpjson.Decode(w, r, maxBodyBytes, &body) {
			return
		}
		v, err := h.d.Inquiries.Act(r.Context(), c, r.PathValue("id"), a, body)
		if err != nil {
			h.inquiryError(w, r, "inquiry "+string(a), err)
			return
		}
		httpjson.Write(w, http.StatusOK, v)
	}
}

// ViewerAddress is a Deps.ClientAddr for the API behind CloudFront: the
// viewer's address from the CloudFront-Viewer-Address header (the origin
// request policy must forward it), else the host of r.RemoteAddr (API
// Gateway's source IP, which behind CloudFront is an edge's). Use it only
// where the API is reachable through CloudFront alone, since a client
// could otherwise set the header: the api function refuses every request
// without CloudFront's origin secret (gateway.RequireOrigin) before this
// runs. The per-contact limits hold either way.
func ViewerAddress(r *http.Request) string {
	if v := r.Header.Get("CloudFront-Viewer-Address"); v != "" {
		if i := strings.LastIndexByte(v, ':'); i > 0 {
			v = v[:i] // drop the port
		}
		return strings.Trim(v, "[]")
	}
	return remoteHost(r)
}
