package api

import (
	"net/http"
	"net/url"
	"slices"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/ledger"
)

// Bounds on staff requests.
const (
	maxBodyBytes    = 64 << 10
	maxReasonRunes  = 1000
	defaultLedgerPg = 50
)

type staffFunc = auth.Handler

// staff authenticates a request before fn runs (auth.Require).
func (h *Handler) staff(fn staffFunc) http.HandlerFunc {
	return auth.Require(h.d.Auth, h.log, fn)
}

func forbidden(w http.ResponseWriter) {
	httpjson.Error(w, http.StatusForbidden, "auth.forbidden", "this action is limited to the document's department or an admin")
}

// forbiddenOrg refuses a listing of an organization the caller may not
// see. A 403 tells nothing of any one id: the organizations are public,
// and the answer is the same whatever the organization holds.
func forbiddenOrg(w http.ResponseWriter) {
	httpjson.Error(w, http.StatusForbidden, "auth.forbidden", "staff see their own organization only; a city-wide admin may name another")
}

// staffOrg is the organization a staff request is about: the org
// parameter, else the caller's own (a city-wide admin of no organization:
// the deployment's default). Documents are keyed by organization and id,
// so the default must be the caller's, or staff of any organization but
// the default would have to name theirs on every request. seen is false
// when the caller may not see that organization: listings answer
// forbiddenOrg, routes with an id answer as for an id that does not exist,
// without looking it up.
func (h *Handler) staffOrg(v url.Values, c auth.Claims) (org string, seen bool, bad *badParam) {
	org = v.Get("org")
	switch {
	case org != "" && !codePattern.MatchString(org):
		return "", false, &badParam{"org", "org must be 1 to 32 characters of [A-Za-z0-9_-]"}
	case org == "" && c.Organization != "":
		org = c.Organization
	case org == "":
		org = h.d.DefaultOrg
	}
	return org, c.Sees(org), nil
}

// staffDocKey reads the {id} and org of a staff route on one document.
// ok is false when the answer was written: a bad parameter, or an
// organization the caller may not see, which answers exactly as a
// missing document.
func (h *Handler) staffDocKey(w http.ResponseWriter, r *http.Request, c auth.Claims) (document.Key, bool) {
	id := r.PathValue("id")
	if !document.ValidID(id) {
		(&badParam{"id", "id must be 1 to 128 characters of [A-Za-z0-9._-]"}).write(w)
		return document.Key{}, false
	}
	org, seen, bad := h.staffOrg(r.URL.Query(), c)
	if bad != nil {
		bad.write(w)
		return document.Key{}, false
	}
	if !seen {
		notFound(w)
		return document.Key{}, false
	}
	return document.Key{Org: org, ID: id}, true
}

// notFound answers a document another department owns exactly as one that
// does not exist, so that staff cannot learn which ids exist elsewhere.
func notFound(w http.ResponseWriter) {
	httpjson.Error(w, http.StatusNotFound, "document.not_found", "no such document")
}

// staffScope is what a staff listing is limited to: the organization
// (staffOrg; one the caller may not see is refused with 403) and the
// department, the caller's or, for an admin of the organization, the one
// asked for ("" for all). none is true when a staff member of no
// department and no admin asks (an empty list). ok is false when the
// answer was written.
func (h *Handler) staffScope(w http.ResponseWriter, r *http.Request, c auth.Claims) (org, dept string, none, ok bool) {
	v := r.URL.Query()
	org, seen, bad := h.staffOrg(v, c)
	if bad != nil {
		bad.write(w)
		return "", "", false, false
	}
	if !seen {
		forbiddenOrg(w)
		return "", "", false, false
	}
	dept = v.Get("department")
	if dept != "" && !codePattern.MatchString(dept) {
		(&badParam{"department", "department must be a department code"}).write(w)
		return "", "", false, false
	}
	if c.Manages(org) {
		return org, dept, false, true
	}
	if dept != "" && dept != c.Department {
		forbidden(w)
		return "", "", false, false
	}
	return org, c.Department, c.Department == "", true
}

func reason(w http.ResponseWriter, s string, required bool) (string, bool) {
	s, bad := cleanText("reason", s, maxReasonRunes)
	if bad != nil {
		httpjson.Error(w, http.StatusBadRequest, "body.bad_field:reason", bad.message)
		return "", false
	}
	if required && s == "" {
		httpjson.Error(w, http.StatusBadRequest, "body.bad_field:reason", "a reason is required")
		return "", false
	}
	return s, true
}

// ledgerPage is GET /api/staff/ledger.
type ledgerResponse struct {
	Items []ledger.Record `json:"items"`
	Next  string          `json:"next,omitempty"`
}

func (h *Handler) staffLedger(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	v := r.URL.Query()
	org, seen, bad := h.staffOrg(v, c)
	if bad != nil {
		bad.write(w)
		return
	}
	if id := v.Get("id"); id != "" {
		if !document.ValidID(id) {
			(&badParam{"id", "id must be 1 to 128 characters of [A-Za-z0-9._-]"}).write(w)
			return
		}
		if !seen {
			notFound(w)
			return
		}
		rec, err := h.d.Ledger.Get(r.Context(), org, id)
		if err != nil {
			h.opError(w, r, "ledger get", err)
			return
		}
		if !c.CanAct(rec.Org, rec.Department) {
			notFound(w)
			return
		}
		httpjson.Write(w, http.StatusOK, ledgerResponse{Items: []ledger.Record{rec}})
		return
	}
	if !seen {
		forbiddenOrg(w)
		return
	}
	f := ledger.Filter{Org: org, Department: v.Get("department"), After: v.Get("after")}
	if s := v.Get("state"); s != "" {
		if !slices.Contains(ledger.States, ledger.State(s)) {
			(&badParam{"state", "state must be a ledger state"}).write(w)
			return
		}
		f.State = ledger.State(s)
	}
	h.listLedger(w, r, c, f, "ledger list")
}

// listLedger answers a page of ledger records of f.Org, which the caller
// sees (staffOrg): the department and cursor checked, the listing scoped
// to the caller's department (an admin of the organization sees every
// one, or the one asked for), the page size read from size.
func (h *Handler) listLedger(w http.ResponseWriter, r *http.Request, c auth.Claims, f ledger.Filter, op string) {
	if f.Department != "" && !codePattern.MatchString(f.Department) {
		(&badParam{"department", "department must be a department code"}).write(w)
		return
	}
	if len(f.After) > maxCursorLen {
		(&badParam{"after", "after must be a cursor returned as next"}).write(w)
		return
	}
	if !c.Manages(f.Org) {
		if f.Department != "" && f.Department != c.Department {
			forbidden(w)
			return
		}
		f.Department = c.Department
		if f.Department == "" {
			// Staff of no department see no department's business.
			httpjson.Write(w, http.StatusOK, ledgerResponse{Items: []ledger.Record{}})
			return
		}
	}
	var bad *badParam
	if f.Limit, bad = intParam(r.URL.Query(), "size", defaultLedgerPg, 1, MaxPageSize); bad != nil {
		bad.write(w)
		return
	}
	recs, next, err := h.d.Ledger.List(r.Context(), f)
	if err != nil {
		h.opError(w, r, op, err)
		return
	}
	if recs == nil {
		recs = []ledger.Record{}
	}
	httpjson.Write(w, http.StatusOK, ledgerResponse{Items: recs, Next: next})
}

// authorizeDocument loads the ledger record of the {id} document and checks
// that the staff member may act on its organization and department;
// another's document is "not found", as a missing one.
func (h *Handler) authorizeDocument(w http.ResponseWriter, r *http.Request, c auth.Claims) (document.Key, bool) {
	key, ok := h.staffDocKey(w, r, c)
	if !ok {
		return key, false
	}
	rec, err := h.d.Ledger.Get(r.Context(), key.Org, key.ID)
	if err != nil {
		h.opError(w, r, "ledger get", err)
		return key, false
	}
	if !c.CanAct(rec.Org, rec.Department) {
		notFound(w)
		return key, false
	}
	if h.d.Ops == nil {
		httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "staff actions are not available here")
		return key, false
	}
	return key, true
}

func (h *Handler) staffRetract(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	var body struct {
		Reason string `json:"reason"`
	}
	if !httpjson.Decode(w, r, maxBodyBytes, &body) {
		return
	}
	why, ok := reason(w, body.Reason, true)
	if !ok {
		return
	}
	key, ok := h.authorizeDocument(w, r, c)
	if !ok {
		return
	}
	if err := h.d.Ops.Retract(r.Context(), key, why, c.Subject); err != nil {
		h.opError(w, r, "retract", err)
		return
	}
	h.log(r.Context()).Info("retracted", "org", key.Org, "id", key.ID, "by", c.Subject)
	httpjson.Write(w, http.StatusOK, map[string]any{"org": key.Org, "id": key.ID, "state": ledger.Retracted})
}

func (h *Handler) staffHolds(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	org, seen, bad := h.staffOrg(r.URL.Query(), c)
	if bad != nil {
		bad.write(w)
		return
	}
	if !seen {
		forbiddenOrg(w)
		return
	}
	holds, err := h.d.Ledger.Holds(r.Context())
	if err != nil {
		h.opError(w, r, "holds", err)
		return
	}
	// A department sees its own holds and the organization-wide one that
	// applies to it (without who set it); an admin of the organization
	// sees all of its holds, and no other organization's.
	out := []ledger.Hold{}
	manages := c.Manages(org)
	for _, x := range holds {
		switch {
		case x.Org != org:
		case manages:
			out = append(out, x)
		case x.Department == c.Department && c.Department != "":
			out = append(out, x)
		case x.Department == "":
			x.By = ""
			out = append(out, x)
		}
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"items": out})
}

func (h *Handler) staffSetHold(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	var body struct {
		Department string `json:"department"`
		Reason     string `json:"reason"`
	}
	if !httpjson.Decode(w, r, maxBodyBytes, &body) {
		return
	}
	org, _, bad := h.staffOrg(r.URL.Query(), c)
	if bad != nil {
		bad.write(w)
		return
	}
	if body.Department != "" && !codePattern.MatchString(body.Department) {
		httpjson.Error(w, http.StatusBadRequest, "body.bad_field:department", "department must be a department code or empty (all)")
		return
	}
	why, ok := reason(w, body.Reason, true)
	if !ok {
		return
	}
	if !c.CanAct(org, body.Department) {
		forbidden(w)
		return
	}
	if h.d.Ops == nil {
		httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "staff actions are not available here")
		return
	}
	hold := ledger.Hold{Org: org, Department: body.Department, Reason: why, Since: h.d.Now().UTC(), By: c.Subject}
	if err := h.d.Ops.SetHold(r.Context(), hold); err != nil {
		h.opError(w, r, "set hold", err)
		return
	}
	h.log(r.Context()).Info("hold set", "org", org, "department", body.Department, "by", c.Subject)
	httpjson.Write(w, http.StatusCreated, hold)
}

func (h *Handler) staffLiftHold(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	v := r.URL.Query()
	org, _, bad := h.staffOrg(v, c)
	if bad != nil {
		bad.write(w)
		return
	}
	dep := v.Get("department")
	if dep != "" && !codePattern.MatchString(dep) {
		(&badParam{"department", "department must be a department code or empty (all)"}).write(w)
		return
	}
	if !c.CanAct(org, dep) {
		forbidden(w)
		return
	}
	if h.d.Ops == nil {
		httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "staff actions are not available here")
		return
	}
	if err := h.d.Ops.LiftHold(r.Context(), org, dep, c.Subject); err != nil {
		h.opError(w, r, "lift hold", err)
		return
	}
	h.log(r.Context()).Info("hold lifted", "org", org, "department", dep, "by", c.Subject)
	w.WriteHeader(http.StatusNoContent)
}
