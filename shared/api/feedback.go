package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/seoul-plaza/plaza/shared/feedback"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/subscription"
	"github.com/seoul-plaza/plaza/shared/survey"
)

// Feedback is what citizens say of the service (*feedback.Service):
// "was this useful?" on document pages, inquiry ratings, surveys, and
// their counts per department for the statistics.
type Feedback interface {
	Vote(ctx context.Context, r feedback.VoteRequest) error
	Rate(ctx context.Context, token string, score int) (feedback.Rating, error)
	Surveys() []survey.Survey
	Respond(ctx context.Context, r feedback.ResponseRequest) error
	// Days are the figures per department and Seoul day, for any period.
	Days(ctx context.Context) (stats.SatisfactionDays, error)
}

// Subscriptions are the citizens' weekly mails of new documents
// (*subscription.Service).
type Subscriptions interface {
	Subscribe(ctx context.Context, r subscription.Request) error
	Confirm(ctx context.Context, token string) (subscription.Status, error)
	Unsubscribe(ctx context.Context, token string) (subscription.Status, error)
}

func (h *Handler) feedbackRoutes() {
	h.route("POST /api/documents/{id}/feedback", h.needFeedback(h.vote))
	h.route("POST /api/ratings", h.needFeedback(h.rate))
	h.route("GET /api/surveys", h.needFeedback(h.listSurveys))
	h.route("POST /api/surveys/{id}/responses", h.needFeedback(h.respond))
	h.route("GET /api/subscriptions/consent", h.subscriptionConsent)
	h.route("POST /api/subscriptions", h.needSubscriptions(h.subscribe))
	h.route("POST /api/subscriptions/confirm", h.needSubscriptions(h.confirmSubscription))
	h.route("POST /api/subscriptions/unsubscribe", h.needSubscriptions(h.unsubscribe))
}

func (h *Handler) needFeedback(fn http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if h.d.Feedback == nil {
			httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "feedback is not available here")
			return
		}
		fn(w, r)
	}
}

func (h *Handler) needSubscriptions(fn http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if h.d.Subscriptions == nil {
			httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "subscriptions are not available here")
			return
		}
		fn(w, r)
	}
}

// accepted is the answer of a stored vote, response or request.
type accepted struct {
	Status string `json:"status"`
}

type voteBody struct {
	Useful  *bool  `json:"useful"`
	Comment string `json:"comment,omitempty"`
}

func (h *Handler) vote(w http.ResponseWriter, r *http.Request) {
	key, bad := h.docKey(r)
	if bad != nil {
		bad.write(w)
		return
	}
	var body voteBody
	if !httpjson.Decode(w, r, 16<<10, &body) {
		return
	}
	if body.Useful == nil {
		httpjson.Error(w, http.StatusBadRequest, "body.bad_field:useful", "useful (true or false) is required")
		return
	}
	err := h.d.Feedback.Vote(r.Context(), feedback.VoteRequest{Key: key, Useful: *body.Useful, Comment: body.Comment, ClientAddr: h.clientAddr(r)})
	if err != nil {
		h.leakError(w, r, "feedback", err)
		return
	}
	httpjson.Write(w, http.StatusAccepted, accepted{Status: "received"})
}

type rateBody struct {
	Token string `json:"token"`
	Score int    `json:"score"`
}

type rated struct {
	Inquiry string `json:"inquiry"`
	Score   int    `json:"score"`
}

func (h *Handler) rate(w http.ResponseWriter, r *http.Request) {
	var body rateBody
	if !httpjson.Decode(w, r, 8<<10, &body) {
		return
	}
	res, err := h.d.Feedback.Rate(r.Context(), body.Token, body.Score)
	if err != nil {
		h.leakError(w, r, "rate", err)
		return
	}
	httpjson.Write(w, http.StatusOK, rated{Inquiry: res.Inquiry, Score: res.Score})
}

type surveyList struct {
	Items []survey.Survey `json:"items"`
}

func (h *Handler) listSurveys(w http.ResponseWriter, r *http.Request) {
	writeCachedJSON(w, surveyList{Items: h.d.Feedback.Surveys()}, 300)
}

type responseBody struct {
	Organization string                     `json:"organization,omitempty"`
	Department   string                     `json:"department,omitempty"`
	Answers      map[string]json.RawMessage `json:"answers"`
}

func (h *Handler) respond(w http.ResponseWriter, r *http.Request) {
	var body responseBody
	if !httpjson.Decode(w, r, 32<<10, &body) {
		return
	}
	err := h.d.Feedback.Respond(r.Context(), feedback.ResponseRequest{Survey: r.PathValue("id"), Org: body.Organization,
		Department: body.Department, Answers: body.Answers, ClientAddr: h.clientAddr(r)})
	if err != nil {
		h.leakError(w, r, "survey", err)
		return
	}
	httpjson.Write(w, http.StatusAccepted, accepted{Status: "received"})
}

type subscriptionConsent struct {
	Version string `json:"version"`
	Text    string `json:"text"`
	TextEN  string `json:"text_en"`
}

func (h *Handler) subscriptionConsent(w http.ResponseWriter, r *http.Request) {
	writeCachedJSON(w, subscriptionConsent{
		Version: subscription.ConsentVersion,
		Text: "[개인정보 수집·이용 동의] 목적: 주간 새 문서 메일 발송. 항목: 전자우편 주소(암호화하여 보관). " +
			"보유 기간: 구독 해지 시까지(확인하지 않은 신청은 7일). 모든 메일에서 한 번에 해지할 수 있습니다.",
		TextEN: "[Consent to the collection and use of personal information] Purpose: the weekly mail of new documents. " +
			"Item: your e-mail address (kept encrypted). Kept: until you unsubscribe (7 days for an unconfirmed request). Every mail unsubscribes in one click.",
	}, 300)
}

func (h *Handler) subscribe(w http.ResponseWriter, r *http.Request) {
	var req subscription.Request
	if !httpjson.Decode(w, r, 16<<10, &req) {
		return
	}
	req.ClientAddr = h.clientAddr(r)
	if err := h.d.Subscriptions.Subscribe(r.Context(), req); err != nil {
		h.leakError(w, r, "subscribe", err)
		return
	}
	// The same answer whether the address was subscribed before or not.
	httpjson.Write(w, http.StatusAccepted, accepted{Status: "confirmation_sent"})
}

type tokenBody struct {
	Token string `json:"token"`
}

func (h *Handler) confirmSubscription(w http.ResponseWriter, r *http.Request) {
	var body tokenBody
	if !httpjson.Decode(w, r, 8<<10, &body) {
		return
	}
	st, err := h.d.Subscriptions.Confirm(r.Context(), body.Token)
	if err != nil {
		h.leakError(w, r, "confirm subscription", err)
		return
	}
	httpjson.Write(w, http.StatusOK, st)
}

// unsubscribe is the one-click endpoint of RFC 8058: a mail client POSTs
// "List-Unsubscribe=One-Click" (form-encoded) to the header's URL, whose
// query carries the token; the portal's page POSTs {"token"} as JSON.
// Either way it unsubscribes at once.
func (h *Handler) unsubscribe(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	if token == "" && strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var body tokenBody
		if !httpjson.Decode(w, r, 8<<10, &body) {
			return
		}
		token = body.Token
	} else {
		// The one-click body says nothing the URL does not; read it only
		// so that the connection can be reused.
		_, _ = io.Copy(io.Discard, io.LimitReader(r.Body, int64(len(notify.OneClickBody))+1024))
	}
	st, err := h.d.Subscriptions.Unsubscribe(r.Context(), token)
	if err != nil {
		h.leakError(w, r, "unsubscribe", err)
		return
	}
	httpjson.Write(w, http.StatusOK, st)
}

// satisfaction adds the feedback figures of st's range (all time
// without a period) to its departments' rows, and each period's to the
// period's rows; the totals are over the organization and department
// asked for. A failure leaves them out and is logged, the release
// figures still answer.
func (h *Handler) satisfaction(ctx context.Context, st *ReleaseStats) {
	if h.d.Feedback == nil {
		return
	}
	days, err := h.d.Feedback.Days(ctx)
	if err != nil {
		h.log(ctx).Error("feedback summary", "err", err)
		return
	}
	in := func(k stats.DeptKey) bool {
		return (st.Org == "" || k.Org == st.Org) && (st.Department == "" || k.Dept == st.Department)
	}
	fill := func(sum map[stats.DeptKey]stats.Satisfaction, rows []DepartmentStats) *stats.Satisfaction {
		for i := range rows {
			if s, ok := sum[stats.DeptKey{Org: rows[i].Org, Dept: rows[i].Code}]; ok {
				rows[i].Satisfaction = &s
			}
		}
		var total stats.Satisfaction
		n := 0
		for k, s := range sum {
			if in(k) {
				total.Merge(&s)
				n++
			}
		}
		if n == 0 {
			return nil
		}
		total.Finish()
		return &total
	}
	st.Satisfaction = fill(days.Sum(st.Period, st.From, st.To), st.Departments)
	if st.Period == "" {
		return
	}
	by := days.ByPeriod(st.Period, st.From, st.To)
	// A period with feedback and no document is listed too, its counts
	// zero. (Ordered by key, not by sorting the rows: a sort of the big
	// row type costs the api's bootstrap 10 KB.)
	rows := map[string]PeriodStats{}
	keys := make([]string, 0, len(st.Periods)+len(by))
	for _, ps := range st.Periods {
		rows[ps.Period] = ps
		keys = append(keys, ps.Period)
	}
	added := map[string]bool{}
	for p := range by {
		if _, ok := rows[p]; !ok {
			rows[p] = PeriodStats{Period: p, Organizations: []OrgStats{}}
			keys = append(keys, p)
			added[p] = true
		}
	}
	slices.Sort(keys)
	st.Periods = st.Periods[:0]
	for _, p := range keys {
		ps := rows[p]
		ps.Satisfaction = fill(by[p], ps.Departments)
		// A period added for its feedback stays only if the feedback is
		// of the organization and department asked for.
		if ps.Satisfaction != nil || !added[p] {
			st.Periods = append(st.Periods, ps)
		}
	}
}
