package api

import (
	"net/http"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/review"
)

// maxNoteRunes bounds a reviewer's note.
const maxNoteRunes = 2000

// staffReviewQueue is GET /api/staff/review: the documents waiting for a
// person, of the caller's department (an organization admin's: all of the
// organization's, or one).
func (h *Handler) staffReviewQueue(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	v := r.URL.Query()
	org, seen, bad := h.staffOrg(v, c)
	if bad != nil {
		bad.write(w)
		return
	}
	if !seen {
		forbiddenOrg(w)
		return
	}
	h.listLedger(w, r, c, ledger.Filter{Org: org, State: ledger.Review, Department: v.Get("department"), After: v.Get("after")}, "review queue")
}

// staffReviewItem is GET /api/staff/review/{id}.
func (h *Handler) staffReviewItem(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	key, ok := h.authorizeDocument(w, r, c)
	if !ok {
		return
	}
	v, err := h.d.Ops.ReviewItem(r.Context(), key)
	if err != nil {
		h.opError(w, r, "review item", err)
		return
	}
	httpjson.Write(w, http.StatusOK, v)
}

// reviewBody is the body of every review action; each action takes its
// own fields and refuses the others.
type reviewBody struct {
	Spans      []review.Span     `json:"spans"`
	Exemptions map[string]string `json:"exemptions"`
	Exemption  string            `json:"exemption"`
	Note       string            `json:"note"`
	Seq        *int              `json:"seq"`
}

// staffReviewAction is POST /api/staff/review/{id}/<action>.
func (h *Handler) staffReviewAction(kind string) staffFunc {
	return func(w http.ResponseWriter, r *http.Request, c auth.Claims) {
		var body reviewBody
		if !httpjson.Decode(w, r, maxBodyBytes, &body) {
			return
		}
		note, bad := cleanText("note", body.Note, maxNoteRunes)
		if bad != nil {
			httpjson.Error(w, http.StatusBadRequest, "body.bad_field:note", bad.message)
			return
		}
		field := func(name, msg string) {
			httpjson.Error(w, http.StatusBadRequest, "body.bad_field:"+name, msg)
		}
		if body.Seq != nil && *body.Seq < 0 {
			field("seq", "seq must be the seq of the review as last read")
			return
		}
		if kind != review.ActMask && body.Spans != nil {
			field("spans", "spans belong to the mask action")
			return
		}
		if kind != review.ActApprove && body.Exemptions != nil {
			field("exemptions", "exemptions belong to the approve action")
			return
		}
		if kind != review.ActWithhold && body.Exemption != "" {
			field("exemption", "exemption belongs to the withhold action")
			return
		}
		switch kind {
		case review.ActMask:
			if p := review.Check(body.Spans); p != nil {
				field("spans", p.Message)
				return
			}
		case review.ActApprove:
			for item, d := range body.Exemptions {
				if !review.ValidItem(item) || (d != review.Masked && d != review.NotPresent) {
					field("exemptions", `exemptions maps Art. 9(1) items ("1" to "8") to "masked" or "not_present"`)
					return
				}
			}
		case review.ActWithhold:
			if !review.ValidItem(body.Exemption) {
				field("exemption", `exemption must be the Art. 9(1) item ("1" to "8") the withholding rests on`)
				return
			}
			if note == "" {
				field("note", "withholding needs a note")
				return
			}
		case review.ActSendBack:
			if note == "" {
				field("note", "sending back needs a note for the department")
				return
			}
		}
		key, ok := h.authorizeDocument(w, r, c)
		if !ok {
			return
		}
		a := review.Action{Kind: kind, By: c.Subject, Spans: body.Spans, Decisions: body.Exemptions,
			Exemption: body.Exemption, Note: note, Seq: body.Seq}
		v, err := h.d.Ops.Review(r.Context(), key, a)
		if err != nil {
			h.opError(w, r, "review "+kind, err)
			return
		}
		h.log(r.Context()).Info("review action", "org", key.Org, "id", key.ID, "action", kind, "by", c.Subject)
		status := http.StatusOK
		if kind == review.ActRetry {
			status = http.StatusAccepted // the monitor runs it
		}
		httpjson.Write(w, status, v)
	}
}
