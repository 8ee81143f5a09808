package api

import (
	"context"
	"net"
	"net/http"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/leak"
)

// Reports is the citizens' leak reports (*leak.Service): a report masks
// the text at once, staff confirm, widen or restore.
type Reports interface {
	Submit(ctx context.Context, s leak.Submission) (leak.Receipt, error)
	Track(ctx context.Context, k document.Key, id, token string) (leak.Status, error)
	List(ctx context.Context, org, department string, all bool) ([]leak.Report, error)
	Get(ctx context.Context, k document.Key, id string) (leak.View, error)
	Act(ctx context.Context, k document.Key, id string, a leak.StaffAction) (leak.View, error)
	Missed(ctx context.Context, org, department string) ([]leak.MissCount, error)
}

// ReportTokenHeader may carry a report's tracking token instead of the
// query string, which keeps it out of access logs.
const ReportTokenHeader = "X-Report-Token"

func (h *Handler) leakRoutes() {
	h.route("GET /api/reports/consent", h.reportConsent)
	h.route("POST /api/documents/{id}/reports", h.needReports(h.submitReport))
	h.route("GET /api/documents/{id}/reports/{report}", h.needReports(h.trackReport))
	h.route("GET /api/staff/reports", h.staff(h.staffReports))
	h.route("GET /api/staff/reports/missed", h.staff(h.staffMissed))
	h.route("GET /api/staff/reports/{id}/{report}", h.staff(h.staffReport))
	for _, a := range []leak.Action{leak.Confirm, leak.Widen, leak.Restore, leak.Dismiss} {
		h.route("POST /api/staff/reports/{id}/{report}/"+string(a), h.staff(h.staffReportAction(a)))
	}
}

func (h *Handler) needReports(fn http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if h.d.Reports == nil {
			httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "reports are not available here")
			return
		}
		fn(w, r)
	}
}

// leakError answers a problem of the report service with the status of
// its Kind (a report the citizen must fix, 400, when it names none), or
// 500 for a failure.
func (h *Handler) leakError(w http.ResponseWriter, r *http.Request, what string, err error) {
	if p, ok := document.Reason(err); ok {
		if p.Kind == document.Limited {
			w.Header().Set("Retry-After", "3600") // the flood limit counts by the hour
		}
		httpjson.Problem(w, p, http.StatusBadRequest)
		return
	}
	h.opError(w, r, what, err)
}

type reportConsent struct {
	Version       string `json:"version"`
	Text          string `json:"text"`
	TextEN        string `json:"text_en"`
	RetentionDays int    `json:"retention_days"`
}

func (h *Handler) reportConsent(w http.ResponseWriter, r *http.Request) {
	days := int(leak.DefaultRetention.Hours() / 24)
	writeCachedJSON(w, reportConsent{
		Version: leak.ConsentVersion,
		Text: "[개인정보 수집·이용 동의] 목적: 신고 처리 결과 안내. 항목: 전자우편 또는 휴대전화번호(선택). " +
			"보유 기간: 처리 완료 후 90일. 동의하지 않으셔도 신고할 수 있으며, 이 경우 결과 안내를 받을 수 없습니다.",
		TextEN: "[Consent to the collection and use of personal information] Purpose: to tell you the outcome of your report. " +
			"Items: e-mail or mobile number (optional). Kept: 90 days after the report is decided. You may report without it, but then you will not be told the outcome.",
		RetentionDays: days,
	}, 300)
}

type reportBody struct {
	Text           string        `json:"text"`
	Reason         leak.Reason   `json:"reason"`
	Contact        *leak.Contact `json:"contact,omitempty"`
	ConsentVersion string        `json:"consent_version,omitempty"`
}

type reportCreated struct {
	leak.Receipt
	URL string `json:"url"`
}

func (h *Handler) submitReport(w http.ResponseWriter, r *http.Request) {
	key, bad := h.docKey(r)
	if bad != nil {
		bad.write(w)
		return
	}
	var body reportBody
	if !httpjson.Decode(w, r, 16<<10, &body) {
		return
	}
	rec, err := h.d.Reports.Submit(r.Context(), leak.Submission{Key: key, Text: body.Text, Reason: body.Reason,
		Contact: body.Contact, ConsentVersion: body.ConsentVersion, ClientAddr: h.clientAddr(r)})
	if err != nil {
		h.leakError(w, r, "report", err)
		return
	}
	h.log(r.Context()).Info("leak report", "doc_id", key.String(), "report", rec.ID, "state", string(rec.State), "masked", rec.Masked)
	httpjson.Write(w, http.StatusAccepted, reportCreated{Receipt: rec,
		URL: "/api/documents/" + key.ID + "/reports/" + rec.ID + "?org=" + key.Org})
}

func (h *Handler) clientAddr(r *http.Request) string {
	if h.d.ClientAddr != nil {
		return h.d.ClientAddr(r)
	}
	return remoteHost(r)
}

// remoteHost is the host part of r.RemoteAddr.
func remoteHost(r *http.Request) string {
	if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return host
	}
	return r.RemoteAddr
}

func (h *Handler) trackReport(w http.ResponseWriter, r *http.Request) {
	key, bad := h.docKey(r)
	if bad != nil {
		bad.write(w)
		return
	}
	token := trackingToken(r, ReportTokenHeader)
	if token == "" {
		httpjson.Error(w, http.StatusUnauthorized, "leak.no_token", "the tracking token is needed (token, or the "+ReportTokenHeader+" header)")
		return
	}
	st, err := h.d.Reports.Track(r.Context(), key, r.PathValue("report"), token)
	if err != nil {
		h.leakError(w, r, "track report", err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	httpjson.Write(w, http.StatusOK, st)
}

// trackingToken is the token a citizen follows a request with: from
// header, which keeps it out of access logs, else from ?token= (links).
func trackingToken(r *http.Request, header string) string {
	if t := r.Header.Get(header); t != "" {
		return t
	}
	return r.URL.Query().Get("token")
}

type reportList struct {
	Items []leak.Report `json:"items"`
}

// reportScope checks what every staff listing of reports needs: the
// service, the organization and the department the caller may see. none
// is true when a staff member of no department asks (an empty list).
func (h *Handler) reportScope(w http.ResponseWriter, r *http.Request, c auth.Claims) (org, dept string, none, ok bool) {
	if h.d.Reports == nil {
		httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "reports are not available here")
		return "", "", false, false
	}
	return h.staffScope(w, r, c)
}

func (h *Handler) staffReports(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	state := r.URL.Query().Get("state")
	if state != "" && state != "open" && state != "all" {
		(&badParam{"state", `state must be "open" (default) or "all"`}).write(w)
		return
	}
	org, dept, none, ok := h.reportScope(w, r, c)
	if !ok {
		return
	}
	if none {
		httpjson.Write(w, http.StatusOK, reportList{Items: []leak.Report{}})
		return
	}
	items, err := h.d.Reports.List(r.Context(), org, dept, state == "all")
	if err != nil {
		h.leakError(w, r, "list reports", err)
		return
	}
	if items == nil {
		items = []leak.Report{}
	}
	httpjson.Write(w, http.StatusOK, reportList{Items: items})
}

type missedList struct {
	Items []leak.MissCount `json:"items"`
}

func (h *Handler) staffMissed(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	org, dept, none, ok := h.reportScope(w, r, c)
	if !ok {
		return
	}
	if none {
		httpjson.Write(w, http.StatusOK, missedList{Items: []leak.MissCount{}})
		return
	}
	items, err := h.d.Reports.Missed(r.Context(), org, dept)
	if err != nil {
		h.leakError(w, r, "missed", err)
		return
	}
	httpjson.Write(w, http.StatusOK, missedList{Items: items})
}

// staffReportFor loads a report the staff member may see; another
// department's or organization's is "not found", as a missing one.
func (h *Handler) staffReportFor(w http.ResponseWriter, r *http.Request, c auth.Claims) (document.Key, leak.View, bool) {
	if h.d.Reports == nil {
		httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "reports are not available here")
		return document.Key{}, leak.View{}, false
	}
	id := r.PathValue("id")
	if !document.ValidID(id) {
		(&badParam{"id", "id must be 1 to 128 characters of [A-Za-z0-9._-]"}).write(w)
		return document.Key{}, leak.View{}, false
	}
	org, seen, bad := h.staffOrg(r.URL.Query(), c)
	if bad != nil {
		bad.write(w)
		return document.Key{}, leak.View{}, false
	}
	key := document.Key{Org: org, ID: id}
	if !seen {
		// Not looked up: another organization's reports answer as
		// missing ones, whichever exist.
		httpjson.Problem(w, leak.ErrNotFound, http.StatusNotFound)
		return key, leak.View{}, false
	}
	v, err := h.d.Reports.Get(r.Context(), key, r.PathValue("report"))
	if err != nil {
		h.leakError(w, r, "get report", err)
		return key, leak.View{}, false
	}
	if !c.CanAct(key.Org, v.Department) {
		httpjson.Problem(w, leak.ErrNotFound, http.StatusNotFound)
		return key, leak.View{}, false
	}
	return key, v, true
}

func (h *Handler) staffReport(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	_, v, ok := h.staffReportFor(w, r, c)
	if !ok {
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	httpjson.Write(w, http.StatusOK, v)
}

type reportActionBody struct {
	Note  string     `json:"note"`
	Miss  *leak.Miss `json:"miss,omitempty"`
	Texts []string   `json:"texts,omitempty"`
	Seq   *int       `json:"seq,omitempty"`
}

func (h *Handler) staffReportAction(a leak.Action) staffFunc {
	return func(w http.ResponseWriter, r *http.Request, c auth.Claims) {
		var body reportActionBody
		if !httpjson.Decode(w, r, maxBodyBytes, &body) {
			return
		}
		note, bad := cleanText("note", body.Note, maxNoteRunes)
		if bad != nil {
			httpjson.Error(w, http.StatusBadRequest, "body.bad_field:note", bad.message)
			return
		}
		if a != leak.Widen && body.Texts != nil {
			httpjson.Error(w, http.StatusBadRequest, "body.bad_field:texts", "texts belong to the widen action")
			return
		}
		key, _, ok := h.staffReportFor(w, r, c)
		if !ok {
			return
		}
		v, err := h.d.Reports.Act(r.Context(), key, r.PathValue("report"),
			leak.StaffAction{Action: a, By: c.Subject, Note: note, Miss: body.Miss, Texts: body.Texts, Seq: body.Seq})
		if err != nil {
			h.leakError(w, r, "report "+string(a), err)
			return
		}
		h.log(r.Context()).Info("report action", "doc_id", key.String(), "report", v.ID, "action", string(a), "by", c.Subject)
		w.Header().Set("Cache-Control", "no-store")
		httpjson.Write(w, http.StatusOK, v)
	}
}
